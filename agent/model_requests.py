"""The model's chat-completions requests, sent as the openai SDK would send them, from a
request the SDK builds once per client instead of once per call.

``client.post(..., cast_to=object)`` rebuilds the whole request on every call: it copies its
request options twice, makes an idempotency key, merges the auth, platform and retry headers,
serialises the body, parses the URL, and wraps the reply in its response classes. At 64
sessions in flight that was about 1.1 ms of the 2.6 ms of CPU a plain model call cost (an
isolated run against the bench's fake: 2.5-2.7 ms per call through ``post``, 1.4-1.5 ms from a
prebuilt request) and the model client was the largest share of a turn's CPU (``bench/``,
concurrency, N = 64).

:class:`ChatCompletions` asks the SDK once, when the client is made, for the request it
would send (``_build_request``: the URL, every header, the timeout) and then sends each call's
body with those headers through the SDK's own httpx client (its pool, limits, proxies and
cookies). Everything after the send is the SDK's, in the same order as
``AsyncAPIClient.request``: a timeout raises ``APITimeoutError``, any other transport
failure ``APIConnectionError``, a 4xx or 5xx the SDK's own status error
(``_make_status_error_from_response``), a streamed reply is read as ``openai.AsyncStream``
reads it (``agent.model_stream``, with less work per event) and a plain one is parsed as
``AsyncAPIResponse.parse`` does for ``cast_to=object``.
Only the SDK's debug log lines are not written. ``tests/test_llm_requests.py`` sends the same
bodies both ways and compares the headers and body the server received, the replies and the
exceptions.

A body's values that are the same on every call (a schema's ``response_format``, about 4 KB
for extraction) are serialised once (:func:`fixed_json`, :func:`body_bytes`): the bytes sent
are the same as ``openapi_dumps(body)``'s.

Only for a client whose requests do not change from call to call (a fixed API key, what
``agent.llm.make_chat_model`` builds). A client with an API-key provider, workload identity,
a provider runtime or custom auth keeps the SDK's path (:class:`SdkCompletions`), as does any
SDK release that no longer has the private methods used here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Protocol

import httpx2
import openai
from openai._base_client import FinalRequestOptions
from openai._httpx2 import request_exceptions, status_exceptions, timeout_exceptions
from openai._utils._json import openapi_dumps

from agent.model_stream import EventStream

PATH = "/chat/completions"


# A streamed reply's events as JSON values, the SDK's or ours; closing it frees the connection.
Events = openai.AsyncStream[object] | EventStream


_FIXED: dict[int, tuple[Any, bytes, str, bytes]] = {}
"""The values registered by :func:`fixed_json`, by ``id``: the value (kept alive, so its id is
not reused), its JSON, and the placeholder string that stands for it while the rest of a body
is serialised, with the placeholder's JSON."""


def fixed_json(value: Any) -> Any:
    """Register ``value``, which the caller never changes and passes in many bodies, so that
    :func:`body_bytes` serialises it once; return it. Only for a bounded number of values
    (``agent.llm.response_format`` registers one per backend and schema)."""
    if id(value) not in _FIXED:
        placeholder = f"\x00fixed-json-{len(_FIXED)}\x00"
        _FIXED[id(value)] = (value, openapi_dumps(value), placeholder, openapi_dumps(placeholder))
    return value


@functools.lru_cache(maxsize=64)
def _key_json(key: str) -> bytes:
    """Return ``"key":`` as JSON bytes."""
    return openapi_dumps(key) + b":"


def body_bytes(body: dict[str, Any]) -> bytes:
    """Return ``openapi_dumps(body)``, with each top-level value registered by
    :func:`fixed_json` spliced in from its JSON serialised once.

    The rest of the body is serialised with a placeholder string in that value's place, and
    the one ``"key":"placeholder"`` in the output is replaced: a string inside the body can
    hold the placeholder's text but never an unescaped quote, so only the top level matches.
    Anything else (no match, or more than one) is serialised whole.
    """
    rest: dict[str, Any] | None = None
    splices: list[tuple[bytes, bytes]] = []
    for key, value in body.items():
        fixed = _FIXED.get(id(value))
        if fixed is None or fixed[0] is not value:
            continue
        if rest is None:
            rest = dict(body)
        _, value_json, placeholder, placeholder_json = fixed
        rest[key] = placeholder
        name = _key_json(key)
        splices.append((name + placeholder_json, name + value_json))
    if rest is None:
        return openapi_dumps(body)
    out = openapi_dumps(rest)
    for marker, value_json in splices:
        if out.count(marker) != 1:
            return openapi_dumps(body)
        out = out.replace(marker, value_json)
    return out


class Completions(Protocol):
    """Sends one chat-completions request body; returns the JSON reply or its event stream."""

    async def json(self, body: dict[str, Any]) -> Any: ...

    async def stream(self, body: dict[str, Any]) -> Events: ...


@dataclass(frozen=True)
class SdkCompletions:
    """The SDK's own path: ``client.post``, the request built anew on every call."""

    client: openai.AsyncOpenAI

    async def json(self, body: dict[str, Any]) -> Any:
        return await self.client.post(PATH, body=body, cast_to=object)

    async def stream(self, body: dict[str, Any]) -> openai.AsyncStream[object]:
        return await self.client.post(
            PATH, body=body, cast_to=object, stream=True, stream_cls=openai.AsyncStream[object]
        )


class ChatCompletions:
    """Sends each body with the URL, headers and timeout the SDK built once (module docstring)."""

    def __init__(self, client: openai.AsyncOpenAI) -> None:
        template = client._build_request(
            FinalRequestOptions.construct(method="post", url=PATH, json_data={})
        )
        self._client = client
        self._http: httpx2.AsyncClient = client._client
        self._url = template.url
        # Content-Length is the body's own; every other header is what the SDK sends.
        self._headers = [
            (name, value)
            for name, value in template.headers.raw
            if name.lower() != b"content-length"
        ]
        self._extensions = template.extensions

    async def _send(self, body: dict[str, Any], *, stream: bool) -> httpx2.Response:
        request = httpx2.Request(
            "POST",
            self._url,
            headers=self._headers,
            content=body_bytes(body),
            cookies=self._http.cookies,  # as httpx's build_request merges them
            extensions=dict(self._extensions),
        )
        try:
            response = await self._http.send(request, stream=stream)
        except timeout_exceptions() as exc:
            raise openai.APITimeoutError(request=request) from exc
        except openai.OpenAIError:
            raise
        except request_exceptions() as exc:
            raise openai.APIConnectionError(request=request) from exc
        try:
            response.raise_for_status()
        except status_exceptions() as exc:
            if not exc.response.is_closed:
                await exc.response.aread()
            raise self._client._make_status_error_from_response(exc.response) from None
        return response

    async def json(self, body: dict[str, Any]) -> Any:
        """Return the reply as ``post(..., cast_to=object)`` does: the parsed JSON, or the
        text when the server did not say it is JSON."""
        response = await self._send(body, stream=False)
        content_type, *_ = response.headers.get("content-type", "*").split(";")
        if not content_type.endswith("json"):
            return response.text
        return response.json()

    async def stream(self, body: dict[str, Any]) -> EventStream:
        """Return the reply's server-sent events, read as the SDK's own stream reads them
        (``agent.model_stream``)."""
        return EventStream(await self._send(body, stream=True))


def completions_for(client: openai.AsyncOpenAI) -> Completions:
    """Return :class:`ChatCompletions` for a client whose requests are the same every call,
    else the SDK's own path."""
    fixed = (
        getattr(client, "_provider_runtime", True) is None
        and getattr(client, "_api_key_provider", True) is None
        and getattr(client, "_workload_identity_auth", True) is None
        and getattr(client, "_idempotency_header", True) is None
        and client.custom_auth is None
        and not client._strict_response_validation
        and isinstance(getattr(client, "_client", None), httpx2.AsyncClient)
        and hasattr(client, "_make_status_error_from_response")
    )
    if not fixed:
        return SdkCompletions(client)
    try:
        return ChatCompletions(client)
    except (AttributeError, TypeError):  # an SDK release without these private methods
        return SdkCompletions(client)
