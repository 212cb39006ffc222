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

Only a call whose text reaches the patient streams (``stream_field``); the JSON-only calls
(extraction, screening) are plain requests. Both are sent as the openai SDK's
``post(..., cast_to=object)`` sends them, from a request the SDK built once
(``agent.model_requests``): the SDK's httpx client sends, nothing is retried there, the
server-sent events are read as the SDK reads them (``agent.model_stream``), the SDK's
exceptions are raised for HTTP and stream errors, but no typed object is built per streamed
chunk, and langchain's per-chunk message and callback layer is not in the path. The request
body is :func:`request_body`, exactly what ``tests/test_llm_contract`` pins.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
import jiter
import openai
from langchain_core.messages import BaseMessage
from langchain_openai import ChatOpenAI
from pydantic import BaseModel, ValidationError
from tenacity import (
    AsyncRetrying,
    retry_if_exception_type,
    stop_after_attempt,
    wait_exponential,
)

from agent.model_http import AiohttpClient, keepalive_options
from agent.model_requests import Completions, completions_for, fixed_json
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


@functools.cache
def response_format(backend: str, schema: type[BaseModel]) -> dict[str, Any]:
    """Return the ``response_format`` request field for this backend and schema: built once,
    the same object on every call (never changed), so its JSON is serialised once too
    (``agent.model_requests.fixed_json``)."""
    json_schema = _json_schema(schema)
    if backend == "llamacpp":
        return fixed_json({"type": "json_object", "schema": json_schema})
    return fixed_json(
        {
            "type": "json_schema",
            "json_schema": {"name": schema.__name__, "schema": json_schema},
        }
    )


def max_tokens_field(backend: str, max_tokens: int) -> dict[str, Any]:
    """Return the request field that caps the reply length on this backend."""
    if backend == "llamacpp":
        return {"max_tokens": max_tokens}
    return {"max_completion_tokens": max_tokens}


def structured_body(backend: str, schema: type[BaseModel], max_tokens: int) -> dict[str, Any]:
    """Return the request fields that ask for a structured reply of at most ``max_tokens``."""
    return {
        "response_format": response_format(backend, schema),
        **max_tokens_field(backend, max_tokens),
    }


_ROLES = {"system": "system", "human": "user", "ai": "assistant"}


def request_body(
    *,
    model: str,
    temperature: float | None,
    backend: str,
    schema: type[BaseModel],
    messages: Sequence[BaseMessage],
    max_tokens: int,
    stream: bool,
) -> dict[str, Any]:
    """Return the ``/v1/chat/completions`` request body for one structured call.

    A streamed call asks for the usage in its last chunk (``stream_options``), as vLLM and
    OpenAI document it.
    """
    body: dict[str, Any] = {
        "model": model,
        "messages": [{"role": _ROLES[m.type], "content": m.content} for m in messages],
        "stream": stream,
        **structured_body(backend, schema, max_tokens),
    }
    if temperature is not None:
        body["temperature"] = temperature
    if stream:
        body["stream_options"] = {"include_usage": True}
    return body


@dataclass(frozen=True)
class StructuredLLM:
    """A chat model that answers with validated Pydantic objects, retrying bad replies."""

    chat: ChatOpenAI
    backend: str
    retries: int
    max_tokens: int
    # How each request is sent: from a request built once (agent.model_requests).
    completions: Completions = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "completions", completions_for(self.chat.root_async_client))

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
        streamed = stream_field is not None and sink is not None
        body = request_body(
            model=self.chat.model_name,
            temperature=self.chat.temperature,
            backend=self.backend,
            schema=schema,
            messages=messages,
            max_tokens=min(max_tokens or self.max_tokens, self.max_tokens),
            stream=streamed,
        )
        completions = self.completions
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
                    if streamed:
                        assert stream_field is not None and sink is not None
                        if attempt_no > 1:
                            sink(None)
                        text = await _stream_text(completions, body, stream_field, sink)
                    else:
                        text = await _complete_text(completions, body)
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

    async def aclose(self) -> None:
        """Close the model client's connections (its aiohttp session)."""
        await self.chat.root_async_client.close()


async def _complete_text(completions: Completions, body: dict[str, Any]) -> str:
    """Send a plain (non-streamed) request; return the reply's text."""
    data: Any = await completions.json(body)
    try:
        return str(data["choices"][0]["message"]["content"] or "")
    except (KeyError, IndexError, TypeError) as exc:
        raise InvalidReply("no message in the reply") from exc


async def _stream_text(
    completions: Completions, body: dict[str, Any], field: str, sink: TextSink
) -> str:
    """Stream a JSON reply, passing only the growing text of ``field`` to ``sink``."""
    buffer = ""
    sent = ""
    stream = await completions.stream(body)
    async with stream:  # closed (its connection freed) however the loop ends
        async for chunk in stream:
            piece = _delta(chunk)
            if not piece:
                continue
            buffer += piece
            try:  # jiter reads the unfinished JSON, the open string included, in Rust
                partial = jiter.from_json(buffer.encode(), partial_mode="trailing-strings")
            except ValueError:
                continue  # not even a partial value yet: wait for more
            value = partial.get(field) if isinstance(partial, dict) else None
            if isinstance(value, str) and value.startswith(sent) and len(value) > len(sent):
                sink(value[len(sent) :])
                sent = value
    return buffer


def _delta(chunk: Any) -> str:
    """Return the text a streamed chunk adds (the usage chunk at the end has no choices)."""
    try:
        content = chunk["choices"][0]["delta"].get("content")
    except (KeyError, IndexError, TypeError, AttributeError):
        return ""
    return content if isinstance(content, str) else ""


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
    chat = ChatOpenAI(
        model=settings.model_name,
        base_url=url,
        api_key=settings.llm_api_key,  # type: ignore[arg-type]
        temperature=settings.llm_temperature,
        timeout=settings.llm_timeout_s,
        max_retries=0,  # retries live in StructuredLLM, bounded in one place
        stream_usage=True,
        # The SDK's httpx client on aiohttp's connector and C parser (agent.model_http).
        http_async_client=AiohttpClient(
            base_url=url, timeout=settings.llm_timeout_s, socket_options=keepalive_options()
        ),
    )
    return chat


def make_llm(settings: Settings, *, base_url: str | None = None) -> StructuredLLM:
    """Return the structured-output client for the configured backend."""
    return StructuredLLM(
        chat=make_chat_model(settings, base_url=base_url),
        backend=settings.llm_backend,
        retries=settings.llm_retries,
        max_tokens=settings.llm_max_tokens,
    )
