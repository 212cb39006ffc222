"""A real HTTP fake of the OpenAI chat-completions API, for tests and benchmarks.

`FakeOpenAIServer` listens on 127.0.0.1 (a free port) in a background thread and answers
`POST /v1/chat/completions` (plain JSON or Server-Sent Events) and `GET /v1/models`, so the
code under test talks to it through its real HTTP client. A *responder* decides each reply
from the parsed request body; `ScriptedResponder` routes by the title of the JSON schema the
caller asked for, which is what graph tests need. Every request is recorded, so a test can
assert the exact body the client sent.

    with FakeOpenAIServer(ScriptedResponder({"Advice": ["rest and fluids"]})) as server:
        client = openai.OpenAI(base_url=server.base_url, api_key="x")
        ...
        assert server.requests[0].body["model"] == "my-model"

Handlers are async and latency is `asyncio.sleep`, so many requests run concurrently: a
benchmark can keep 128 requests in flight against one server.
"""

from __future__ import annotations

import asyncio
import json
import math
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from types import TracebackType
from typing import Any

import uvicorn
from pydantic import BaseModel
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from core.settings import DEFAULT_MODELS

FAKE_MODEL = "fake-model"
SERVED_MODELS = (FAKE_MODEL, *dict.fromkeys(DEFAULT_MODELS.values()))
"""What ``GET /v1/models`` lists: the product's default model names, so a client
configured like the product finds its model there (chat completions accept any name)."""
STREAM_PIECE_CHARS = 4  # characters of content per streamed chunk
_START_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class Reply:
    """One answer from the fake server.

    `status != 200` sends `error_body` (default: an OpenAI-style error) with that status.
    `delay_s` is the latency before the first byte. `cut_after_chars` drops the connection
    early: a streaming reply sends that many characters of content and then closes without
    the finish chunk or `[DONE]`; a non-streaming reply sends only the headers. Token counts
    default to roughly characters / 4 of the request's messages and of `content`.
    """

    content: str = ""
    status: int = 200
    error_body: dict[str, Any] | None = None
    delay_s: float = 0.0
    cut_after_chars: int | None = None
    finish_reason: str = "stop"
    prompt_tokens: int | None = None
    completion_tokens: int | None = None

    def __post_init__(self) -> None:
        if not 100 <= self.status <= 599:
            raise ValueError(f"status must be an HTTP status code, got {self.status}")
        if self.delay_s < 0:
            raise ValueError(f"delay_s must be >= 0, got {self.delay_s}")
        if self.cut_after_chars is not None and self.cut_after_chars < 0:
            raise ValueError(f"cut_after_chars must be >= 0, got {self.cut_after_chars}")


@dataclass(frozen=True)
class RecordedRequest:
    """A request as the fake server received it.

    Header names are lower-case; a body that is not a JSON object is kept as `{"_raw": text}`.
    """

    path: str
    headers: dict[str, str]
    body: dict[str, Any]
    # time.monotonic() on arrival, to show which calls overlapped; not part of equality
    received_at: float = field(default=0.0, compare=False)


Responder = Callable[[dict[str, Any]], Reply]
ScriptItem = Reply | str | Mapping[str, Any] | BaseModel


def schema_of(body: Mapping[str, Any]) -> dict[str, Any] | None:
    """Return the JSON schema a chat-completions request body asks for, or None.

    Understands the vLLM/OpenAI form `{"type": "json_schema", "json_schema": {"schema": S}}`
    and the llama.cpp form `{"type": "json_object", "schema": S}`.
    """
    response_format = body.get("response_format")
    if not isinstance(response_format, Mapping):
        return None
    kind = response_format.get("type")
    if kind == "json_schema":
        json_schema = response_format.get("json_schema")
        schema = json_schema.get("schema") if isinstance(json_schema, Mapping) else None
    elif kind == "json_object":
        schema = response_format.get("schema")
    else:
        schema = None
    return dict(schema) if isinstance(schema, Mapping) else None


def _schema_title(body: Mapping[str, Any]) -> str | None:
    """Return the schema's `title`, else the `json_schema.name`, else None."""
    schema = schema_of(body)
    if schema is not None and isinstance(schema.get("title"), str):
        return str(schema["title"])
    response_format = body.get("response_format")
    json_schema = (
        response_format.get("json_schema") if isinstance(response_format, Mapping) else None
    )
    if isinstance(json_schema, Mapping) and isinstance(json_schema.get("name"), str):
        return str(json_schema["name"])
    return None


def _error_body(status: int, message: str | None = None) -> dict[str, Any]:
    """Build an OpenAI-style error body for `status`."""
    if status == 429:
        kind, code = "requests", "rate_limit_exceeded"
    elif status >= 500:
        kind, code = "server_error", None
    else:
        kind, code = "invalid_request_error", None
    if message is None:
        message = f"Fake error: HTTP {status} {HTTPStatus(status).phrase}"
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def _to_reply(item: ScriptItem) -> Reply:
    """Turn a script item into a Reply (dicts and models become JSON content)."""
    if isinstance(item, Reply):
        return item
    if isinstance(item, str):
        return Reply(content=item)
    if isinstance(item, BaseModel):
        return Reply(content=item.model_dump_json())
    if isinstance(item, Mapping):
        return Reply(content=json.dumps(item))
    raise TypeError(f"script items must be Reply, str, dict or a pydantic model, got {item!r}")


class ScriptedResponder:
    """Answer each request with the next scripted reply for its JSON schema's title.

    The title is the schema's `title` (Pydantic sets it to the class name, e.g. `Extraction`),
    falling back to `json_schema.name`. Each title's replies are used in order; once a list
    is used up its last reply repeats for every further call. A title without a script (or a
    request without a schema) goes to `default` if given, otherwise it gets HTTP 500 with an
    error message naming the title, so the failing test shows what it forgot to script.
    `calls` counts requests per title (scripted or not). Safe to call from many threads.
    """

    def __init__(
        self,
        script: Mapping[str, Sequence[ScriptItem]],
        *,
        default: Responder | None = None,
    ) -> None:
        self._replies: dict[str, list[Reply]] = {}
        for title, items in script.items():
            if isinstance(items, str | bytes) or not items:
                raise ValueError(f"script for {title!r} must be a non-empty list of replies")
            self._replies[title] = [_to_reply(item) for item in items]
        self._next: dict[str, int] = dict.fromkeys(self._replies, 0)
        self._calls: dict[str, int] = {}
        self._default = default
        self._lock = threading.Lock()

    @property
    def calls(self) -> dict[str, int]:
        """Requests seen per schema title (a snapshot)."""
        with self._lock:
            return dict(self._calls)

    def __call__(self, body: dict[str, Any]) -> Reply:
        """Return the reply for this request body."""
        title = _schema_title(body)
        with self._lock:
            if title is not None:
                self._calls[title] = self._calls.get(title, 0) + 1
            if title is not None and title in self._replies:
                replies = self._replies[title]
                index = self._next[title]
                self._next[title] = index + 1
                return replies[min(index, len(replies) - 1)]
        if self._default is not None:
            return self._default(body)
        if title is None:
            message = "ScriptedResponder: request has no JSON schema in response_format"
        else:
            message = (
                f"ScriptedResponder has no script for schema title {title!r} "
                f"(scripted: {sorted(self._replies)})"
            )
        return Reply(status=500, error_body=_error_body(500, message))


def _count_tokens(text: str) -> int:
    """Estimate tokens as characters / 4, rounded up."""
    return math.ceil(len(text) / 4)


def _messages_text(body: Mapping[str, Any]) -> str:
    """Concatenate the text of the request's messages (string or text-part content)."""
    parts: list[str] = []
    for message in body.get("messages") or []:
        content = message.get("content") if isinstance(message, Mapping) else None
        if isinstance(content, str):
            parts.append(content)
        elif isinstance(content, list):
            parts.extend(str(part.get("text", "")) for part in content if isinstance(part, Mapping))
    return "".join(parts)


def _usage(body: Mapping[str, Any], reply: Reply) -> dict[str, int]:
    prompt = reply.prompt_tokens
    if prompt is None:
        prompt = _count_tokens(_messages_text(body))
    completion = reply.completion_tokens
    if completion is None:
        completion = _count_tokens(reply.content)
    return {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": prompt + completion,
    }


def _sse(payload: Mapping[str, Any] | str) -> bytes:
    """Encode one Server-Sent Event the way OpenAI does: `data: <compact json>`."""
    data = payload if isinstance(payload, str) else json.dumps(payload, separators=(",", ":"))
    return f"data: {data}\n\n".encode()


class _ChunkedResponse(Response):
    """Send the status line, headers and `chunks`, then drop the connection if `cut`."""

    def __init__(self, chunks: list[bytes], media_type: str, *, cut: bool) -> None:
        super().__init__(media_type=media_type)
        del self.headers["content-length"]  # unknown length: chunked transfer encoding
        self.headers["cache-control"] = "no-cache"
        self._chunks = chunks
        self._cut = cut

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": self.raw_headers})
        for chunk in self._chunks:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        if not self._cut:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        # Returning without the final body message makes uvicorn close the connection (it
        # logs "ASGI callable returned without completing response"): what a dropped
        # upstream looks like to the client.


def _stream_chunks(body: Mapping[str, Any], reply: Reply, completion_id: str) -> list[bytes]:
    """Build the SSE events for a streamed reply, stopping early if it is cut."""
    stream_options = body.get("stream_options")
    include_usage = isinstance(stream_options, Mapping) and bool(
        stream_options.get("include_usage")
    )
    base: dict[str, Any] = {
        "id": completion_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": body.get("model", FAKE_MODEL),
        "system_fingerprint": None,
    }

    def chunk(delta: dict[str, Any], finish_reason: str | None = None) -> bytes:
        choice = {"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish_reason}
        event: dict[str, Any] = {**base, "choices": [choice]}
        if include_usage:
            event["usage"] = None
        return _sse(event)

    content = reply.content
    if reply.cut_after_chars is not None:
        content = content[: reply.cut_after_chars]
    events = [chunk({"role": "assistant", "content": ""})]
    events += [
        chunk({"content": content[i : i + STREAM_PIECE_CHARS]})
        for i in range(0, len(content), STREAM_PIECE_CHARS)
    ]
    if reply.cut_after_chars is not None:
        return events
    events.append(chunk({}, reply.finish_reason))
    if include_usage:
        events.append(_sse({**base, "choices": [], "usage": _usage(body, reply)}))
    events.append(_sse("[DONE]"))
    return events


def _completion(body: Mapping[str, Any], reply: Reply, completion_id: str) -> dict[str, Any]:
    """Build a non-streaming `chat.completion` object."""
    message = {"role": "assistant", "content": reply.content, "refusal": None}
    return {
        "id": completion_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", FAKE_MODEL),
        "choices": [
            {
                "index": 0,
                "message": message,
                "logprobs": None,
                "finish_reason": reply.finish_reason,
            }
        ],
        "usage": _usage(body, reply),
        "system_fingerprint": None,
    }


class _ReadyServer(uvicorn.Server):
    """A uvicorn server that signals a threading.Event once it is listening."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()


class FakeOpenAIServer:
    """An OpenAI-compatible HTTP server on 127.0.0.1 whose replies come from `responder`.

    Use as a context manager or call `start()` / `stop()`. `responder` is called on the
    server's event loop thread for every chat-completions request; keep it quick (use
    `Reply.delay_s` for latency). It may be replaced between requests.
    """

    def __init__(self, responder: Responder) -> None:
        self.responder = responder
        self._requests: list[RecordedRequest] = []
        self._lock = threading.Lock()
        self._port: int | None = None
        self._server: _ReadyServer | None = None
        self._thread: threading.Thread | None = None
        self._app = Starlette(
            routes=[
                Route("/v1/chat/completions", self._chat_completions, methods=["POST"]),
                Route("/v1/models", self._models, methods=["GET"]),
                Route("/{path:path}", self._not_found, methods=["GET", "POST", "PUT", "DELETE"]),
            ]
        )

    @property
    def base_url(self) -> str:
        """The OpenAI base URL, e.g. `http://127.0.0.1:PORT/v1`."""
        if self._port is None:
            raise RuntimeError("FakeOpenAIServer is not started")
        return f"http://127.0.0.1:{self._port}/v1"

    @property
    def requests(self) -> list[RecordedRequest]:
        """Requests received so far, in arrival order (a snapshot)."""
        with self._lock:
            return list(self._requests)

    def reset(self) -> None:
        """Forget the recorded requests."""
        with self._lock:
            self._requests.clear()

    def start(self) -> FakeOpenAIServer:
        """Start serving on a free port; return once the server accepts connections."""
        if self._thread is not None:
            raise RuntimeError("FakeOpenAIServer is already started")
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto says
        # TCP, and without it every reply on a kept-alive connection waits ~40 ms (Nagle).
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(
            self._app,
            http="h11",
            loop="asyncio",
            ws="none",
            lifespan="off",
            log_config=None,
            access_log=False,
            timeout_graceful_shutdown=1,
        )
        server = _ReadyServer(config)
        thread = threading.Thread(
            target=server.run, kwargs={"sockets": [sock]}, name="fake-openai", daemon=True
        )
        thread.start()
        deadline = time.monotonic() + _START_TIMEOUT_S
        while not server.ready.wait(0.01):
            if not thread.is_alive() or time.monotonic() > deadline:
                server.should_exit = True
                sock.close()
                raise RuntimeError("FakeOpenAIServer failed to start (see the uvicorn log)")
        self._port = sock.getsockname()[1]
        self._server, self._thread = server, thread
        return self

    def stop(self) -> None:
        """Stop serving and wait for the server thread (in-flight requests get 1 s)."""
        if self._server is None or self._thread is None:
            return
        self._server.should_exit = True
        self._thread.join(timeout=_START_TIMEOUT_S)
        self._server, self._thread = None, None

    def __enter__(self) -> FakeOpenAIServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    async def _record(self, request: Request) -> dict[str, Any] | Response:
        """Record the request; return its JSON body, or an error response if it has none."""
        raw = await request.body()
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            body = None
        with self._lock:
            self._requests.append(
                RecordedRequest(
                    path=request.url.path,
                    headers=dict(request.headers),
                    body=body if isinstance(body, dict) else {"_raw": raw.decode(errors="replace")},
                    received_at=time.monotonic(),
                )
            )
        if not isinstance(body, dict):
            return JSONResponse(_error_body(400, "request body must be a JSON object"), 400)
        return body

    async def _chat_completions(self, request: Request) -> Response:
        body = await self._record(request)
        if isinstance(body, Response):
            return body
        try:
            reply = self.responder(body)
        except Exception as exc:  # surface responder bugs to the test as an HTTP 500
            message = f"responder raised {type(exc).__name__}: {exc}"
            return JSONResponse(_error_body(500, message), 500)
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.status != 200:
            error = reply.error_body if reply.error_body is not None else _error_body(reply.status)
            return JSONResponse(error, reply.status)
        completion_id = f"chatcmpl-fake-{uuid.uuid4().hex[:24]}"
        if body.get("stream"):
            chunks = _stream_chunks(body, reply, completion_id)
            cut = reply.cut_after_chars is not None
            return _ChunkedResponse(chunks, "text/event-stream; charset=utf-8", cut=cut)
        if reply.cut_after_chars is not None:
            return _ChunkedResponse([], "application/json", cut=True)
        return JSONResponse(_completion(body, reply, completion_id))

    async def _models(self, request: Request) -> Response:
        await self._record(request)
        models = [
            {"id": name, "object": "model", "created": 0, "owned_by": "fake"}
            for name in SERVED_MODELS
        ]
        return JSONResponse({"object": "list", "data": models})

    async def _not_found(self, request: Request) -> Response:
        await self._record(request)
        message = f"fake server has no endpoint {request.method} {request.url.path}"
        return JSONResponse(_error_body(404, message), 404)
