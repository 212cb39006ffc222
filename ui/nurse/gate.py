"""The login gate: nothing under the workspace's path answers without a live nurse login.

Pure ASGI middleware in front of every path under ``/nurse`` — pages, Gradio's own API,
queue and file routes, static assets, exports — because most of those routes are Gradio's,
not ours, so no route dependency could guard them. It looks the login cookie up in the
database on every request (so a logout or an idle timeout ends it in every app process),
leaves the user in the request's state for the routes and Gradio's handlers
(:mod:`ui.nurse.deps`), and adds the workspace's security headers to every answer.
Patient tokens are never accepted: they are a different secret checked against a
different table.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy.exc import SQLAlchemyError
from starlette.datastructures import MutableHeaders
from starlette.requests import HTTPConnection
from starlette.responses import PlainTextResponse, RedirectResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocketClose

from nurse import audit
from nurse.accounts import check_login
from ui.nurse.deps import STATE_KEY, NurseUser, Workspace

log = logging.getLogger(__name__)

COOKIE = "triage_nurse"

SECURITY_HEADERS = {
    "cache-control": "no-store",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    # Defence in depth: even if some text were rendered, no image could be fetched from
    # another site and no page could frame the workspace.
    "content-security-policy": "img-src 'self' data: blob:; frame-ancestors 'none'",
}


def check(ws: Workspace, token: str | None) -> tuple[str, NurseUser | None]:
    """Return the login status of a cookie and its user; an idle end is audited."""
    with ws.transaction() as s:
        result = check_login(s, token=token, idle_timeout=ws.idle)
        user = result.user
        if result.status == "idle" and user is not None:
            audit.record(
                s,
                actor=audit.Actor.of(user),
                action=audit.IDLE_LOGOUT,
                object_type="user",
                object_id=user.id,
            )
        if result.status != "ok" or user is None:
            return result.status, None
        return "ok", NurseUser(id=user.id, name=user.name, role=user.role)


class NurseGate:
    """ASGI middleware: the workspace's paths answer only with a nurse login."""

    def __init__(self, app: ASGIApp, workspace: Workspace) -> None:
        self.app = app
        self.workspace = workspace
        self.open_paths = {f"{workspace.base}/login", f"{workspace.base}/logout"}

    def _guarded(self, path: str) -> bool:
        base = self.workspace.base
        return path == base or path.startswith(base + "/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket") or not self._guarded(scope["path"]):
            await self.app(scope, receive, send)
            return
        if scope["type"] == "http":
            send = _with_security_headers(send)
        if scope["path"] in self.open_paths:
            await self.app(scope, receive, send)
            return
        connection = HTTPConnection(scope)
        try:
            status, user = await asyncio.to_thread(
                check, self.workspace, connection.cookies.get(COOKIE)
            )
        except SQLAlchemyError as exc:
            log.error("nurse login check failed: %s", type(exc).__name__)
            answer = PlainTextResponse(
                "The database is not available. Try again in a moment.", status_code=503
            )
            await answer(scope, receive, send)
            return
        if user is not None:
            scope.setdefault("state", {})[STATE_KEY] = user
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await WebSocketClose(code=4401)(scope, receive, send)
            return
        if scope["method"] in ("GET", "HEAD") and "text/html" in connection.headers.get(
            "accept", ""
        ):
            target = f"{self.workspace.base}/login" + ("?expired=1" if status == "idle" else "")
            await RedirectResponse(target, status_code=303)(scope, receive, send)
            return
        refused = PlainTextResponse("Log in to the nurse workspace first.", status_code=401)
        await refused(scope, receive, send)


def _with_security_headers(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = MutableHeaders(scope=message)
            for name, value in SECURITY_HEADERS.items():
                if name not in headers:
                    headers[name] = value
        await send(message)

    return wrapped
