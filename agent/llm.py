"""The one LLM factory: the only place a base URL or model name turns into a client.

Structured output differs per backend and this module hides it:

- ``vllm`` / ``openai``: ``response_format={"type": "json_schema", "json_schema": {...}}``
  and ``max_completion_tokens``;
- ``llamacpp`` (llama-cpp-python's server): ``{"type": "json_object", "schema": {...}}``
  (it answers ``json_schema`` with HTTP 500) and ``max_tokens`` (it ignores
  ``max_completion_tokens``).

Every reply is validated with its Pydantic model; invalid or failed replies are retried a
bounded number of times (tenacity), then :class:`StructuredOutputFailed` is raised so the
calling node can fall back safely.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import httpx
import openai
from langchain_core.messages import BaseMessage
from langchain_core.utils.json import parse_partial_json
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from core.errors import ModelUnavailable, TriageError
from core.settings import Settings

log = logging.getLogger(__name__)

T = TypeVar("T", bound=BaseModel)

# A text sink for streamed output: called with each new piece of the streamed field, and
# with ``None`` when what was streamed so far must be discarded (a retry starts over).
TextSink = Callable[[str | None], None]


class StructuredOutputFailed(TriageError):
    """The model gave no valid reply within the retry budget; the node must fall back."""


class InvalidReply(ValueError):
    """A reply that is not JSON or does not match the schema (retried)."""


RETRYABLE = (
    InvalidReply,
    openai.APIConnectionError,
    openai.APITimeoutError,
    openai.InternalServerError,
    openai.RateLimitError,
    openai.LengthFinishReasonError,
    httpx.HTTPError,
)


@functools.cache
def _json_schema(schema: type[BaseModel]) -> dict[str, Any]:
    """Return the JSON schema of ``schema``, built once (it costs milliseconds per call)."""
    return schema.model_json_schema()


def response_format(backend: str, schema: type[BaseModel]) -> dict[str, Any]:
    """Return the ``response_format`` request field for this backend and schema."""
    json_schema = _json_schema(schema)
    if backend == "llamacpp":
        return {"type": "json_object", "schema": json_schema}
    return {
        "type": "json_schema",
        "json_schema": {"name": schema.__name__, "schema": json_schema},
    }


def max_tokens_field(backend: str, max_tokens: int) -> dict[str, Any]:
    """Return the request field that caps the reply length on this backend."""
    if backend == "llamacpp":
        return {"max_tokens": max_tokens}
    return {"max_completion_tokens": max_tokens}


def structured_body(backend: str, schema: type[BaseModel], max_tokens: int) -> dict[str, Any]:
    """Return the request fields for a structured reply, sent as the client's ``extra_body``.

    They go in ``extra_body`` rather than langchain-openai's ``response_format`` argument: the
    request body is the same, but langchain then streams through the openai SDK's plain
    ``create`` instead of its ``beta...stream`` / ``parse`` helpers, which rebuild typed
    objects for every chunk and cost a third of an agent turn's CPU (see bench/).
    """
    return {
        "response_format": response_format(backend, schema),
        **max_tokens_field(backend, max_tokens),
    }


@dataclass(frozen=True)
class StructuredLLM:
    """A chat model that answers with validated Pydantic objects, retrying bad replies."""

    chat: ChatOpenAI
    backend: str
    retries: int
    max_tokens: int

    async def generate(
        self,
        schema: type[T],
        messages: Sequence[BaseMessage],
        *,
        max_tokens: int | None = None,
        stream_field: str | None = None,
        sink: TextSink | None = None,
    ) -> T:
        """Return the model's reply as ``schema``; stream ``stream_field`` text to ``sink``.

        Raises :class:`StructuredOutputFailed` when every attempt failed.
        """
        budget = min(max_tokens or self.max_tokens, self.max_tokens)
        bound = self.chat.bind(extra_body=structured_body(self.backend, schema, budget))
        attempt_no = 0
        try:
            async for attempt in AsyncRetrying(
                stop=stop_after_attempt(self.retries + 1),
                wait=wait_exponential(multiplier=0.25, max=2.0),
                retry=retry_if_exception_type(RETRYABLE),
                reraise=True,
            ):
                with attempt:
                    attempt_no += 1
                    if attempt_no > 1 and sink is not None and stream_field is not None:
                        sink(None)
                    if stream_field is not None and sink is not None:
                        text = await _stream_text(bound, messages, stream_field, sink)
                    else:
                        reply = await bound.ainvoke(list(messages))
                        text = reply.text if hasattr(reply, "text") else str(reply.content)
                    return _validate(schema, text)
        except RETRYABLE as exc:
            log.warning(
                "structured call %s failed after %d attempt(s): %s",
                schema.__name__,
                attempt_no,
                type(exc).__name__,
            )
            raise StructuredOutputFailed(f"{schema.__name__}: {type(exc).__name__}") from exc
        except openai.APIError as exc:  # 4xx other than 429: retrying will not help
            log.warning("structured call %s rejected: %s", schema.__name__, type(exc).__name__)
            raise StructuredOutputFailed(f"{schema.__name__}: {type(exc).__name__}") from exc
        raise AssertionError("unreachable")  # pragma: no cover


async def _stream_text(
    bound: Any, messages: Sequence[BaseMessage], field: str, sink: TextSink
) -> str:
    """Stream a JSON reply, passing only the growing text of ``field`` to ``sink``."""
    buffer = ""
    sent = ""
    async for chunk in bound.astream(list(messages)):
        piece = chunk.content if isinstance(chunk.content, str) else ""
        if not piece:
            continue
        buffer += piece
        partial = parse_partial_json(buffer)
        value = partial.get(field) if isinstance(partial, dict) else None
        if isinstance(value, str) and value.startswith(sent) and len(value) > len(sent):
            sink(value[len(sent) :])
            sent = value
    return buffer


def _validate(schema: type[T], text: str) -> T:
    """Parse and validate one reply, raising :class:`InvalidReply` on any mismatch."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidReply(f"not JSON ({exc.msg})") from exc
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        raise InvalidReply(f"schema mismatch ({exc.error_count()} errors)") from exc


def make_chat_model(settings: Settings, *, base_url: str | None = None) -> ChatOpenAI:
    """Return the langchain-openai chat model for the configured backend."""
    url = base_url or settings.llm_base_url
    if not url:
        raise ModelUnavailable(
            "No LLM server URL: set TRIAGE_LLM_BASE_URL, or start the bundled model "
            "with `triage llm local`."
        )
    return ChatOpenAI(
        model=settings.model_name,
        base_url=url,
        api_key=settings.llm_api_key,  # type: ignore[arg-type]
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout_s,
        max_retries=0,  # retries live in StructuredLLM, bounded in one place
        stream_usage=True,
    )


def make_llm(settings: Settings, *, base_url: str | None = None) -> StructuredLLM:
    """Return the structured-output client for the configured backend."""
    return StructuredLLM(
        chat=make_chat_model(settings, base_url=base_url),
        backend=settings.llm_backend,
        retries=settings.llm_retries,
        max_tokens=settings.llm_max_tokens,
    )
