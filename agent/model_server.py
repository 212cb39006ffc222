"""Is the configured model server there, and does it serve the configured model?

Asked once when a command starts (``triage chat``, ``serve``, ``eval``), so a wrong
``TRIAGE_LLM_BASE_URL`` or ``TRIAGE_LLM_MODEL`` stops it with one line naming the cause
instead of every turn falling back to the question bank. The answer comes from the
OpenAI SDK's own exceptions on ``GET /v1/models``: ``APIConnectionError`` (nothing
answers), ``NotFoundError`` (something answers, but not an OpenAI-compatible API at that
path), ``AuthenticationError``, and the listed model ids.
"""

from __future__ import annotations

import openai

from core.errors import ModelUnavailable

URL_HINT = "TRIAGE_LLM_BASE_URL"
MODEL_HINT = "TRIAGE_LLM_MODEL"


def model_error(exc: BaseException, base_url: str) -> ModelUnavailable | None:
    """Return a :class:`ModelUnavailable` naming why a request to the model server failed,
    or ``None`` when ``exc`` is not one of the OpenAI SDK's errors."""
    if isinstance(exc, openai.APITimeoutError):
        return ModelUnavailable(
            f"The model server at {base_url} did not answer in time.\n"
            f"Check that it is running and not overloaded, or fix {URL_HINT}."
        )
    if isinstance(exc, openai.APIConnectionError):
        why = str(exc.__cause__ or "") or "connection failed"
        return ModelUnavailable(
            f"Cannot reach the model server at {base_url} ({why}).\n"
            f"Start it (triage llm local; for vLLM see triage llm vllm-command) or fix {URL_HINT}."
        )
    if isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        return ModelUnavailable(
            f"The model server at {base_url} refused the API key (HTTP {exc.status_code}).\n"
            "Set TRIAGE_LLM_API_KEY to a key it accepts."
        )
    if isinstance(exc, openai.NotFoundError):
        return ModelUnavailable(
            f"{base_url} answers, but not as an OpenAI-compatible API (HTTP 404 for "
            f"/models).\nFix {URL_HINT}: it usually ends in /v1."
        )
    if isinstance(exc, openai.APIStatusError):
        return ModelUnavailable(
            f"The model server at {base_url} failed (HTTP {exc.status_code}).\n"
            "Check its log; it may still be loading the model."
        )
    return None


async def check_model_server(
    base_url: str, model: str, *, api_key: str, timeout_s: float = 10.0
) -> None:
    """Raise :class:`ModelUnavailable` unless the server at ``base_url`` serves ``model``."""
    client = openai.AsyncOpenAI(
        base_url=base_url, api_key=api_key or "EMPTY", timeout=timeout_s, max_retries=0
    )
    try:
        served = [m.id async for m in client.models.list()]
    except openai.OpenAIError as exc:
        error = model_error(exc, base_url)
        if error is None:
            raise
        raise error from exc
    finally:
        await client.close()
    if model not in served:
        shown = ", ".join(served[:5]) or "none"
        raise ModelUnavailable(
            f"The model server at {base_url} does not serve the model {model!r} "
            f"(it serves: {shown}).\nSet {MODEL_HINT} to one of those, or serve {model!r} "
            "there (vLLM: --served-model-name)."
        )
