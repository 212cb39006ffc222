"""What every ``triage`` subcommand module shares: the settings, running a coroutine, and the
start-up check that the model server serves the configured model."""

from __future__ import annotations

import asyncio

import click
from pydantic import ValidationError

from core.settings import Settings, get_settings


def load_settings() -> Settings:
    """Return the settings, or exit with the validation message (no traceback)."""
    try:
        return get_settings()
    except ValidationError as exc:
        lines = [
            f"  {'.'.join(map(str, e['loc'])) or 'settings'}: {e['msg']}" for e in exc.errors()
        ]
        raise click.ClickException("invalid settings:\n" + "\n".join(lines)) from exc


def run(coro: object) -> None:
    """Run a coroutine; a known failure becomes a clear message (see :class:`TriageGroup`)."""
    asyncio.run(coro)  # type: ignore[arg-type]


def check_model(settings: Settings) -> None:
    """Stop with the cause when TRIAGE_LLM_BASE_URL does not serve TRIAGE_LLM_MODEL (the
    bundled server, started on demand, is checked as it starts)."""
    if settings.llm_base_url is None:
        return
    from agent.model_server import check_model_server

    asyncio.run(
        check_model_server(
            settings.llm_base_url,
            settings.model_name,
            api_key=settings.llm_api_key,
            timeout_s=min(10.0, settings.llm_timeout_s),
        )
    )
