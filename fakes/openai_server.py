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

What to answer is in ``fakes/responders.py`` (`Reply`, `ScriptedResponder`), how the answer
looks on the wire in ``fakes/openai_wire.py``; both are re-exported from ``fakes``.

Handlers are async and latency is `asyncio.sleep`, so many requests run concurrently: a
benchmark can keep 128 requests in flight against one server.
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
import time
import uuid
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from core.settings import DEFAULT_MODELS
from fakes.openai_wire import FAKE_MODEL, ChunkedResponse, completion, stream_chunks
from fakes.responders import Responder, error_body

SERVED_MODELS = (FAKE_MODEL, *dict.fromkeys(DEFAULT_MODELS.values()))
"""What ``GET /v1/models`` lists: the product's default model names, so a client
configured like the product finds its model there (chat completions accept any name)."""
_START_TIMEOUT_S = 10.0


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
            return JSONResponse(error_body(400, "request body must be a JSON object"), 400)
        return body

    async def _chat_completions(self, request: Request) -> Response:
        body = await self._record(request)
        if isinstance(body, Response):
            return body
        try:
            reply = self.responder(body)
        except Exception as exc:  # surface responder bugs to the test as an HTTP 500
            message = f"responder raised {type(exc).__name__}: {exc}"
            return JSONResponse(error_body(500, message), 500)
        if reply.delay_s:
            await asyncio.sleep(reply.delay_s)
        if reply.status != 200:
            error = reply.error_body if reply.error_body is not None else error_body(reply.status)
            return JSONResponse(error, reply.status)
        completion_id = f"chatcmpl-fake-{uuid.uuid4().hex[:24]}"
        if body.get("stream"):
            chunks = stream_chunks(body, reply, completion_id)
            cut = reply.cut_after_chars is not None
            return ChunkedResponse(chunks, "text/event-stream; charset=utf-8", cut=cut)
        if reply.cut_after_chars is not None:
            return ChunkedResponse([], "application/json", cut=True)
        return JSONResponse(completion(body, reply, completion_id))

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
        return JSONResponse(error_body(404, message), 404)
