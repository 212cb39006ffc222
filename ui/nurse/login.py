"""The login form, login, logout and the page's activity ping: FastAPI routes.

The form is plain HTML (no script). A login, a failed login (with the client's address),
a logout and an idle logout each write an audit row; a name with too many failed logins
is refused before its password is even checked (:mod:`nurse.accounts`).
"""

from __future__ import annotations

import logging
from typing import Annotated

from fastapi import APIRouter, Cookie, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from nurse import audit
from nurse.accounts import LOCKOUT, authenticate, end_login, get_user, locked_out, start_login
from ui.nurse.deps import CurrentNurse, DbSession, Workspace, WorkspaceDep
from ui.nurse.fragments import render
from ui.nurse.gate import COOKIE

log = logging.getLogger(__name__)

MAX_FORM_BYTES = 8192


def login_page(ws: Workspace, message: str | None = None, status_code: int = 200) -> HTMLResponse:
    """Return the login form, with a notice when there is one."""
    page = render("login.html", ws.language, base=ws.base, message=message)
    return HTMLResponse(page, status_code=status_code)


def login_form(ws: WorkspaceDep, expired: str | None = None, out: str | None = None) -> Response:
    """Show the form; say why the nurse is here after an idle end or a logout."""
    message = None
    if expired:
        message = ws.t("login.expired")
    elif out:
        message = ws.t("login.out")
    return login_page(ws, message)


def login(
    request: Request,
    ws: WorkspaceDep,
    db: DbSession,
    name: Annotated[str, Form()] = "",
    password: Annotated[str, Form()] = "",
) -> Response:
    """Check the name and password; on success set the login cookie and open the queue."""
    if int(request.headers.get("content-length") or 0) > MAX_FORM_BYTES:
        return login_page(ws, ws.t("login.too_large"), status_code=413)
    name = name.strip()
    # The client's address (behind a reverse proxy, uvicorn takes it from
    # X-Forwarded-For when the proxy is trusted: FORWARDED_ALLOW_IPS).
    address = request.client.host if request.client else "-"
    if name and locked_out(db, name=name, address=address):
        user = None  # not even checked: the password could be right
    else:
        user = authenticate(db, name=name, password=password) if name else None
    if user is None:
        known = get_user(db, name=name) if name else None
        audit.record(
            db,
            actor=audit.Actor(user_id=known.id if known else None, name=name or "-"),
            action=audit.LOGIN_FAILED,
            object_type="address",
            object_id=address,
        )
        log.info("nurse login failed")
        message = ws.t("login.wrong")
        if name and locked_out(db, name=name, address=address):  # this failure counts
            message = ws.t("login.locked", minutes=int(LOCKOUT.total_seconds() // 60))
        return login_page(ws, message, status_code=401)
    token = start_login(db, user=user)
    audit.record(
        db, actor=audit.Actor.of(user), action=audit.LOGIN, object_type="user", object_id=user.id
    )
    response = RedirectResponse(f"{ws.base}/", status_code=303)
    response.set_cookie(
        COOKIE, token, httponly=True, samesite="strict", secure=ws.secure_cookie, path=ws.base
    )
    return response


def logout(
    ws: WorkspaceDep,
    db: DbSession,
    token: Annotated[str | None, Cookie(alias=COOKIE)] = None,
    idle: str | None = None,
) -> Response:
    """End the login on the server (the button, or the page after an idle spell)."""
    user = end_login(db, token=token)
    if user is not None:
        audit.record(
            db,
            actor=audit.Actor.of(user),
            action=audit.IDLE_LOGOUT if idle else audit.LOGOUT,
            object_type="user",
            object_id=user.id,
        )
    target = f"{ws.base}/login?expired=1" if idle else f"{ws.base}/login?out=1"
    response = RedirectResponse(target, status_code=303)
    response.delete_cookie(COOKIE, path=ws.base, httponly=True, samesite="strict")
    return response


def alive(user: CurrentNurse) -> Response:
    """Answer 204: the gate in front has just checked the login and marked it used."""
    return Response(status_code=204)


def router(base: str) -> APIRouter:
    """Return these routes under the workspace's path ``base``."""
    routes = APIRouter(prefix=base, include_in_schema=False)
    routes.add_api_route("/login", login_form, methods=["GET"])
    routes.add_api_route("/login", login, methods=["POST"])
    routes.add_api_route("/logout", logout, methods=["POST"])
    routes.add_api_route("/alive", alive, methods=["POST"])
    return routes
