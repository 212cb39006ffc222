"""The fake model server for the benchmarks, run in its own process.

``fakes.FakeOpenAIServer`` answers every schema the agent asks for the way
``fakes.llm_scripts.smart_default`` does (extract nothing, calm screening, the first bank
question, self-care advice) after a fixed latency ``L``; a request without a schema (the seed
baseline's plain chat) gets a short plain-text reply. The server runs in a child process so
that its CPU time is not counted as the agent's (a real vLLM runs on another machine): on a
2-core box an in-process fake would share the agent's interpreter lock.

The parent talks to the child (``python -m bench.fake_model``) in JSON lines over its stdin
and stdout: set the latency, fetch a summary of the recorded requests (:class:`RequestInfo`),
forget them, stop. A plain subprocess, not ``multiprocessing``, so any caller can use it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import math
import os
import select
import socket
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from types import TracebackType
from typing import Any

import httpx

from bench import REPO_ROOT
from fakes import FakeOpenAIServer, Reply, schema_of
from fakes.llm_scripts import smart_default

START_TIMEOUT_S = 60.0
PLAIN_REPLY = (
    "I'm sorry you're feeling unwell. How long has this been going on, and how bad is it "
    "from 0 to 10?"
)
"""What the fake answers a request without a JSON schema (the seed baseline's chat)."""


@dataclass(frozen=True)
class RequestInfo:
    """One chat-completions request as the fake received it (picklable summary)."""

    title: str | None
    received_at: float  # time.monotonic() in the fake's process (system-wide on Linux)
    prompt_chars: int
    system_chars: int
    prompt_tokens: int  # the fake's estimate: characters / 4, rounded up
    stream: bool


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return ""


def summarize(body: dict[str, Any], received_at: float) -> RequestInfo:
    """Return the summary of one recorded request body."""
    messages = [m for m in body.get("messages") or [] if isinstance(m, dict)]
    texts = [(m.get("role"), _text(m.get("content"))) for m in messages]
    chars = sum(len(t) for _, t in texts)
    schema = schema_of(body) or {}
    title = schema.get("title")
    return RequestInfo(
        title=title if isinstance(title, str) else None,
        received_at=received_at,
        prompt_chars=chars,
        system_chars=sum(len(t) for role, t in texts if role == "system"),
        prompt_tokens=math.ceil(chars / 4),
        stream=bool(body.get("stream")),
    )


class BenchResponder:
    """Answer each schema sensibly after ``latency_s``; plain chat gets plain text."""

    def __init__(self) -> None:
        self.latency_s = 0.0

    def __call__(self, body: dict[str, Any]) -> Reply:
        """Return the reply for this request body."""
        if schema_of(body) is None:
            return Reply(content=PLAIN_REPLY, delay_s=self.latency_s)
        return dataclasses.replace(smart_default(body), delay_s=self.latency_s)


def _no_delay(server: FakeOpenAIServer) -> None:
    """Turn Nagle's algorithm off on the fake's listening socket (inherited by connections).

    ``FakeOpenAIServer`` binds ``socket.socket(AF_INET, SOCK_STREAM)``, whose ``proto`` is 0,
    and asyncio only sets TCP_NODELAY on sockets whose proto is IPPROTO_TCP. Without it every
    request on a kept-alive connection stalls ~40 ms (Nagle + delayed ACK) before the reply's
    second write: a cost of the fake, not of the agent or of vLLM (uvicorn binding its own
    host and port gets TCP_NODELAY). The fix belongs in ``fakes/openai_server.py``;
    until then the benchmark applies it here. ``--fake-nagle`` keeps the stall, to show it.
    """
    uvicorn_server = getattr(server, "_server", None)
    for listener in getattr(uvicorn_server, "servers", []):
        for sock in listener.sockets:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _serve() -> None:
    """Child process: serve the fake and obey JSON-line commands on stdin until ``stop``."""
    channel = sys.stdout
    sys.stdout = sys.stderr  # nothing but the protocol may reach the parent's pipe

    def answer(value: Any) -> None:
        channel.write(json.dumps(value) + "\n")
        channel.flush()

    responder = BenchResponder()
    with FakeOpenAIServer(responder) as server:
        if "--keep-nagle" not in sys.argv:
            _no_delay(server)
        answer(server.base_url)
        for line in sys.stdin:
            command = json.loads(line)
            name, arg = command["command"], command.get("arg")
            if name == "latency":
                responder.latency_s = float(arg)
                answer(None)
            elif name == "requests":
                answer(
                    [
                        dataclasses.asdict(summarize(r.body, r.received_at))
                        for r in server.requests
                        if r.path.endswith("/chat/completions")
                    ]
                )
            elif name == "reset":
                server.reset()
                answer(None)
            elif name == "stop":
                answer(None)
                return
            else:
                answer({"error": f"unknown command {name!r}"})


class FakeModel:
    """The fake model server in a child process; use as a context manager."""

    def __init__(self, *, keep_nagle: bool = False) -> None:
        self.keep_nagle = keep_nagle
        self._process: subprocess.Popen[str] | None = None
        self.base_url = ""
        self.latency_s = 0.0

    def start(self) -> FakeModel:
        """Start the child and wait until the fake accepts connections."""
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(REPO_ROOT), env.get("PYTHONPATH", "")) if p
        )
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "bench.fake_model",
                *(["--keep-nagle"] if self.keep_nagle else []),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self._process.stdout is not None
        ready, _, _ = select.select([self._process.stdout], [], [], START_TIMEOUT_S)
        line = self._process.stdout.readline() if ready else ""
        if not line:
            self.stop()
            raise RuntimeError("the fake model server did not start (see its stderr above)")
        self.base_url = json.loads(line)
        return self

    def _call(self, command: str, arg: Any = None) -> Any:
        process = self._process
        if process is None or process.stdin is None or process.stdout is None:
            raise RuntimeError("FakeModel is not started")
        process.stdin.write(json.dumps({"command": command, "arg": arg}) + "\n")
        process.stdin.flush()
        line = process.stdout.readline()
        if not line:
            raise RuntimeError(f"the fake model server exited (code {process.poll()})")
        return json.loads(line)

    def floor_ms(self, requests: int = 20) -> float:
        """Return the median time of a zero-latency request to the fake, kept alive (ms)."""
        previous = self.latency_s
        self.set_latency(0.0)
        body = {"model": "probe", "messages": [{"role": "user", "content": "hi"}]}
        times = []
        with httpx.Client(base_url=self.base_url) as client:
            for _ in range(requests):
                started = time.perf_counter()
                client.post("/chat/completions", json=body).raise_for_status()
                times.append((time.perf_counter() - started) * 1000)
        self.set_latency(previous)
        self.reset()
        return round(statistics.median(times[1:] or times), 2)

    def set_latency(self, seconds: float) -> None:
        """Make every following reply wait ``seconds`` before its first byte."""
        self._call("latency", seconds)
        self.latency_s = seconds

    def requests(self) -> list[RequestInfo]:
        """Return the chat requests received since the last :meth:`reset`, in order."""
        return [RequestInfo(**row) for row in self._call("requests")]

    def reset(self) -> None:
        """Forget the recorded requests."""
        self._call("reset")

    def stop(self) -> None:
        """Stop the child process."""
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            with contextlib.suppress(OSError, RuntimeError, ValueError):
                assert process.stdin is not None
                process.stdin.write(json.dumps({"command": "stop"}) + "\n")
                process.stdin.close()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if process.stdout is not None:
            process.stdout.close()

    def __enter__(self) -> FakeModel:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


if __name__ == "__main__":
    _serve()
