"""Run the nurse workspace in a real HTTP server (uvicorn, loopback, a thread) for tests."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import gradio as gr
import uvicorn
from fastapi import FastAPI
from sqlalchemy.orm import Session, sessionmaker

from core.settings import Settings
from nurse import audit
from nurse.accounts import add_user
from ui.nurse import mount_nurse_workspace

PASSWORD = "correct horse battery"


def add_users(sessions: sessionmaker[Session]) -> None:
    """Create nurse ``ann`` and admin ``root``, both with :data:`PASSWORD`."""
    with sessions() as s, s.begin():
        for name, role in (("ann", "nurse"), ("root", "admin")):
            user = add_user(s, name=name, role=role, password=PASSWORD)
            audit.record(
                s,
                actor=audit.SYSTEM,
                action=audit.USER_ADDED,
                object_type="user",
                object_id=user.id,
            )


def workspace_app(
    sessions: sessionmaker[Session], settings: Settings, *, theme: gr.themes.Base | None = None
) -> FastAPI:
    """Return a FastAPI app with only the workspace mounted, as the server mounts it
    (``theme=ui.server.THEME`` for the server's own look)."""
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    mount_nurse_workspace(app, sessions, settings, theme=theme)
    return app


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Serve ``app`` on a free loopback port; yield its base URL; stop it afterwards."""
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)
