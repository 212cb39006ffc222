"""The nurse workspace: a Gradio app at ``/nurse`` behind its own login.

:func:`mount_nurse_workspace` adds, to the server's FastAPI app:

- the login gate in front of every path under ``/nurse`` (:mod:`ui.nurse.gate`);
- ``/nurse/login``, ``/nurse/logout``, ``/nurse/alive`` (:mod:`ui.nurse.login`) and the
  ``/nurse/export/{session}/fhir|markdown`` downloads (:mod:`ui.nurse.exports`), FastAPI
  routes taking the database session and the user as dependencies (:mod:`ui.nurse.deps`);
- the workspace's static files (its JavaScript and styles) at ``/nurse/nw-static``
  (Gradio has its own ``/static``);
- the Gradio app itself (:mod:`ui.nurse.layout`): queue (:mod:`ui.nurse.queue`), session
  view with SBAR and sign-off (:mod:`ui.nurse.session`), and the admins' audit log
  (:mod:`ui.nurse.audit`).

Every page and fragment comes from autoescaping Jinja2 templates (:mod:`ui.nurse.fragments`).
Every login (and failed login), logout, idle logout, queue view, session view, export and
sign-off writes an audit row. Nothing here logs health data: log lines carry ids and
actions only.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import gradio as gr
from fastapi import FastAPI, Request
from fastapi.staticfiles import StaticFiles
from sqlalchemy.orm import Session, sessionmaker

from core.settings import Settings
from ui.nurse import exports, login
from ui.nurse.deps import Workspace, request_user
from ui.nurse.gate import COOKIE, NurseGate
from ui.nurse.layout import build_nurse_app
from ui.nurse_texts import LANGUAGES, text
from ui.render import popup_head

__all__ = ["COOKIE", "mount_nurse_workspace"]

STATIC = Path(__file__).parent / "static"


def mount_nurse_workspace(
    app: FastAPI,
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    path: str = "/nurse",
    theme: gr.themes.Base | None = None,
) -> FastAPI:
    """Add the login gate, the workspace's routes and static files, and the Gradio app at
    ``path``. Call it before anything is mounted at ``/`` (a mount there matches every path).
    """
    ws = Workspace(
        sessions=sessions,
        idle=timedelta(minutes=settings.nurse_idle_minutes),
        secure_cookie=settings.nurse_secure_cookie,
        base=path,
        language=settings.nurse_language,
        watch_s=settings.nurse_watch_seconds,
        idle_minutes=settings.nurse_idle_minutes,
    )
    app.state.nurse_workspace = ws
    app.add_middleware(NurseGate, workspace=ws)
    app.include_router(login.router(path))
    app.include_router(exports.router(path))
    app.mount(f"{path}/nw-static", StaticFiles(directory=STATIC), name="nurse-static")

    def gradio_user(request: Request) -> str | None:
        user = request_user(request)
        return user.name if user else None

    idle_script = (
        f'<script src="{path}/nw-static/idle.js" data-base="{path}" '
        f'data-idle-minutes="{int(settings.nurse_idle_minutes)}"></script>'
    )
    return gr.mount_gradio_app(
        app,
        build_nurse_app(ws),
        path=path,
        auth_dependency=gradio_user,
        ssr_mode=False,
        footer_links=[],
        show_error=False,  # only gr.Error texts (ours) reach the page, never internals
        theme=theme,
        css_paths=[STATIC / "workspace.css"],
        head=idle_script + nurse_popups(ws.language),
    )


def nurse_popups(language: str) -> str:
    """Return the <head> script showing Gradio's pop-ups in the workspace's language (the
    workspace has one language, so the page's ``lang`` does not choose)."""
    words = {
        kind: text(f"popup.{kind}", language) for kind in ("title", "busy", "connection", "error")
    }
    return popup_head(dict.fromkeys(LANGUAGES, words))
