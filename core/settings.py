"""Settings from ``TRIAGE_*`` environment variables and a ``.env`` file, read once."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LLMBackend = Literal["vllm", "llamacpp", "openai"]
ModelTrust = Literal["phrasing", "escalate"]

DEFAULT_MODELS: dict[str, str] = {
    "vllm": "Qwen/Qwen2.5-7B-Instruct",
    "llamacpp": "smollm2-135m-instruct",
    "openai": "gpt-4o-mini",
}
DEFAULT_TRUST: dict[str, ModelTrust] = {
    # The bundled tiny model rated every non-urgent and self-care case urgent: it phrases
    # questions and advice and never sets the level. A production model may raise it.
    "llamacpp": "phrasing",
    "vllm": "escalate",
    "openai": "escalate",
}


class Settings(BaseSettings):
    """Every knob of the product. Unknown ``TRIAGE_*`` variables are an error."""

    model_config = SettingsConfigDict(
        env_prefix="TRIAGE_", env_file=".env", env_file_encoding="utf-8", extra="forbid"
    )

    # The model
    llm_backend: LLMBackend = Field(
        default="llamacpp",
        description="vllm (production), llamacpp (the bundled local model) or openai.",
    )
    llm_base_url: str | None = Field(
        default=None,
        description=(
            "OpenAI-compatible base URL ending in /v1. Unset with llamacpp: the bundled "
            "local model server is started on demand."
        ),
    )
    llm_model: str | None = Field(
        default=None, description="Model name sent in every request; a per-backend default."
    )
    llm_api_key: str = Field(default="EMPTY", description="API key; vLLM accepts any.")
    llm_timeout_s: float = Field(default=30.0, gt=0, description="Per-request timeout.")
    llm_retries: int = Field(
        default=2, ge=0, le=5, description="Extra attempts after an invalid or failed reply."
    )
    llm_max_tokens: int = Field(default=1024, ge=16, le=8192, description="Tokens per reply.")
    llm_temperature: float = Field(default=0.0, ge=0.0, le=2.0)
    llm_gguf_path: Path | None = Field(
        default=None,
        description="A GGUF file for the local server instead of the bundled SmolLM2.",
    )
    llm_local_port: int = Field(default=8766, ge=1, le=65535)
    llm_local_ctx: int = Field(default=4096, ge=512, description="Local model context size.")
    model_trust: ModelTrust | None = Field(
        default=None,
        description=(
            "How far the model's voice counts. phrasing: it only words questions and advice, "
            "never sets the level or fills the record where the patient's words can be read "
            "without it (default for llamacpp); escalate: it may also raise the level, "
            "emergency included, with a finding that quotes the patient (default for vllm "
            "and openai). Nothing lowers the rules' level."
        ),
    )

    # Storage
    database_url: str = Field(
        default="sqlite:///triage.db",
        description="SQLAlchemy URL: sqlite:///FILE (default) or postgresql+psycopg://...",
    )
    db_pool_size: int = Field(
        default=5,
        ge=1,
        le=100,
        description=(
            "Postgres: connections each app process keeps for our tables (up to twice as "
            "many more under load) and for the checkpointer (twice as many)."
        ),
    )

    # The conversation
    emergency_number: str = Field(
        default="112", min_length=1, max_length=16, description="Local emergency number."
    )
    default_language: str = Field(default="en", description="Language before the patient writes.")
    semantic_channel: bool = Field(
        default=True,
        description=(
            "Beside the rules, read what the patient volunteers with a bundled "
            "sentence-embedding probe "
            "(clinical/semantic.py): a message that reads like an emergency is raised to "
            "urgent, or to emergency when the rules already say urgent. It never lowers."
        ),
    )
    question_budget: int = Field(
        default=8, ge=1, le=30, description="Most follow-up questions before advising."
    )
    max_message_chars: int = Field(default=2000, ge=100, le=20000)
    recent_turns: int = Field(
        default=6, ge=2, le=40, description="Transcript turns included in a prompt."
    )
    turn_timeout_s: float = Field(
        default=120.0,
        gt=0,
        le=3600,
        description=(
            "Budget for one patient turn, model retries included; past it the patient is "
            "told to try again (the message is kept) and shown the emergency advice."
        ),
    )

    # The patient chat (triage serve)
    ui_concurrency: int = Field(
        default=16, ge=1, le=1024, description="Patient turns run at the same time per process."
    )
    ui_max_queue: int = Field(
        default=200, ge=1, le=100000, description="Turns waiting beyond that; more are refused."
    )
    ui_slow_notice_s: float = Field(
        default=8.0, gt=0, description="Seconds without news before the patient is told to wait."
    )
    care_options_file: Path | None = Field(
        default=None,
        description=(
            "The clinic's care options (YAML: phone numbers, opening hours, booking link, "
            "out-of-hours line, emergency department), shown as the summary's next step; "
            "see clinic/care_options.example.yaml. Checked at start."
        ),
    )

    # The nurse workspace
    nurse_idle_minutes: int = Field(
        default=15, ge=1, le=720, description="A nurse login ends after this long unused."
    )
    nurse_secure_cookie: bool = Field(
        default=False,
        description="Send the nurse login cookie only over HTTPS (set it behind TLS).",
    )
    nurse_watch_seconds: float = Field(
        default=30,
        ge=1,
        le=3600,
        description="How often an open review queue checks for new sessions (seconds).",
    )
    nurse_language: Literal["en", "zh"] = Field(
        default="en", description="Language of the nurse workspace's own words (en or zh)."
    )

    @field_validator("emergency_number")
    @classmethod
    def _dialable(cls, value: str) -> str:
        if not value.replace(" ", "").replace("-", "").isdigit():
            raise ValueError(f"TRIAGE_EMERGENCY_NUMBER must be digits, got {value!r}")
        return value

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: str) -> str:
        if not value.startswith(("sqlite", "postgresql")):
            raise ValueError(
                "TRIAGE_DATABASE_URL must start with sqlite:/// or postgresql+psycopg://"
            )
        return value

    @model_validator(mode="after")
    def _base_url_for_remote(self) -> Settings:
        if self.llm_backend in ("vllm", "openai") and not self.llm_base_url:
            raise ValueError(
                f"TRIAGE_LLM_BASE_URL is required with TRIAGE_LLM_BACKEND={self.llm_backend} "
                "(for vLLM, e.g. http://gpu-host:8000/v1)"
            )
        return self

    @property
    def model_name(self) -> str:
        """Return the model name sent in requests."""
        return self.llm_model or DEFAULT_MODELS[self.llm_backend]

    @property
    def trust(self) -> ModelTrust:
        """Return the model-trust policy: the setting, else the backend's default."""
        return self.model_trust or DEFAULT_TRUST[self.llm_backend]


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """Return the process-wide settings, read once."""
    return Settings()
