"""The nurse workspace: a Gradio app at ``/nurse`` behind its own login.

``mount_nurse_workspace(app, sessions, settings)`` adds, to the server's FastAPI app:

- a gate (pure ASGI middleware) in front of every path under ``/nurse`` — pages, Gradio's
  own API, queue and file routes, static assets, exports — that lets a request through
  only with a live nurse login cookie, looked up in the database on every request (so a
  logout or an idle timeout ends it in every app process). Patient tokens are never
  accepted: they are a different secret checked against a different table;
- ``/nurse/login`` (a plain HTML form, no script) and ``/nurse/logout``;
- ``/nurse/export/{session}/fhir|markdown`` downloads;
- the Gradio app itself: queue with counts and filters, session view, SBAR, sign-off,
  export links, and an audit log tab for admins.

Every login (and failed login), logout, idle logout, session view, export and sign-off
writes an audit row. Nothing here logs health data: log lines carry ids and actions only.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from http.cookies import SimpleCookie
from typing import Any, TypeVar, cast
from urllib.parse import parse_qs

import gradio as gr
import pandas as pd
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import SessionNotFound
from core.settings import Settings
from nurse import audit
from nurse.accounts import (
    LOCKOUT,
    authenticate,
    check_login,
    end_login,
    get_user,
    locked_out,
    start_login,
)
from nurse.export import fhir_bundle_json, markdown_document
from nurse.queue import LEVELS, QueueFilter, queue_counts, review_queue
from nurse.review import ReviewError, sign_off
from nurse.sbar import build_sbar
from nurse.view import load_session_view
from states.disposition import Disposition
from ui.nurse_html import (
    CSS,
    audit_html,
    counts_html,
    export_links,
    inert,
    login_page,
    new_sessions_html,
    queue_headers,
    queue_rows,
    sbar_html,
    session_html,
)
from ui.nurse_texts import level_label, text

log = logging.getLogger(__name__)

COOKIE = "triage_nurse"
SESSION_ID = re.compile(r"^[0-9a-f]{32}$")
MAX_FORM_BYTES = 8192
Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

SECURITY_HEADERS = [
    (b"cache-control", b"no-store"),
    (b"x-frame-options", b"DENY"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    # Defence in depth: even if some text were rendered, no image could be fetched from
    # another site and no page could frame the workspace.
    (b"content-security-policy", b"img-src 'self' data: blob:; frame-ancestors 'none'"),
]


@dataclass(frozen=True)
class NurseUser:
    """The logged-in user of one request."""

    id: int
    name: str
    role: str

    @property
    def actor(self) -> audit.Actor:
        """Return the audit actor."""
        return audit.Actor(user_id=self.id, name=self.name)


@dataclass(frozen=True)
class Workspace:
    """What the workspace needs: the database and its login settings."""

    sessions: sessionmaker[Session]
    idle: timedelta
    secure_cookie: bool
    base: str = "/nurse"
    language: str = "en"  # of the workspace's own words (TRIAGE_NURSE_LANGUAGE)
    watch_s: float = 30.0  # how often an open queue checks for new sessions

    def check(self, token: str | None) -> tuple[str, NurseUser | None]:
        """Return the login status of a cookie and its user; an idle end is audited."""
        with self.sessions() as s, s.begin():
            result = check_login(s, token=token, idle_timeout=self.idle)
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


def _cookie(scope: Scope) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except Exception:  # a malformed cookie header is no login
                return None
            morsel = jar.get(COOKIE)
            return morsel.value if morsel else None
    return None


def _accepts_html(scope: Scope) -> bool:
    for name, value in scope.get("headers", []):
        if name == b"accept":
            return b"text/html" in value
    return False


class NurseGate:
    """ASGI middleware: nothing under the workspace path answers without a nurse login."""

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
        send = _with_security_headers(send) if scope["type"] == "http" else send
        if scope["path"] in self.open_paths:
            await self.app(scope, receive, send)
            return
        try:
            status, user = await asyncio.to_thread(self.workspace.check, _cookie(scope))
        except SQLAlchemyError as exc:
            log.error("nurse login check failed: %s", type(exc).__name__)
            await _plain(send, 503, "The database is not available. Try again in a moment.")
            return
        if user is not None:
            scope.setdefault("state", {})["nurse_user"] = user
            await self.app(scope, receive, send)
            return
        if scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 4401})
            return
        if scope["method"] in ("GET", "HEAD") and _accepts_html(scope):
            target = f"{self.workspace.base}/login" + ("?expired=1" if status == "idle" else "")
            response = RedirectResponse(target, status_code=303)
            await response(scope, receive, send)
            return
        await _plain(send, 401, "Log in to the nurse workspace first.")


def _with_security_headers(send: Send) -> Send:
    async def wrapped(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            names = {name.lower() for name, _ in message.get("headers", [])}
            extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return wrapped


async def _plain(send: Send, status: int, text: str) -> None:
    body = text.encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


def request_user(request: Request) -> NurseUser | None:
    """Return the user the gate let through for this request."""
    user = request.scope.get("state", {}).get("nurse_user")
    return user if isinstance(user, NurseUser) else None


# --- Login, logout, export routes -------------------------------------------------------


def _add_routes(app: FastAPI, ws: Workspace) -> None:
    base = ws.base

    @app.get(f"{base}/login", include_in_schema=False)
    def login_form(expired: str | None = None, out: str | None = None) -> HTMLResponse:
        message = None
        if expired:
            message = text("login.expired", ws.language)
        elif out:
            message = text("login.out", ws.language)
        return HTMLResponse(login_page(base, ws.language, message=message))

    def _locked(name: str, address: str) -> bool:
        with ws.sessions() as s:
            return locked_out(s, name=name, address=address)

    @app.post(f"{base}/login", include_in_schema=False)
    async def login(request: Request) -> Response:
        body = await request.body()
        if len(body) > MAX_FORM_BYTES:
            page = login_page(base, ws.language, message=text("login.too_large", ws.language))
            return HTMLResponse(page, status_code=413)
        form = parse_qs(body.decode("utf-8", "replace"))
        name = (form.get("name") or [""])[0].strip()
        password = (form.get("password") or [""])[0]
        # The client's address (behind a reverse proxy, uvicorn takes it from
        # X-Forwarded-For when the proxy is trusted: FORWARDED_ALLOW_IPS).
        address = request.client.host if request.client else "-"

        def attempt() -> str | None:
            with ws.sessions() as s, s.begin():
                if name and locked_out(s, name=name, address=address):
                    user = None  # not even checked: the password could be right
                else:
                    user = authenticate(s, name=name, password=password) if name else None
                if user is None:
                    known = get_user(s, name=name) if name else None
                    audit.record(
                        s,
                        actor=audit.Actor(user_id=known.id if known else None, name=name or "-"),
                        action=audit.LOGIN_FAILED,
                        object_type="address",
                        object_id=address,
                    )
                    return None
                token = start_login(s, user=user)
                audit.record(
                    s,
                    actor=audit.Actor.of(user),
                    action=audit.LOGIN,
                    object_type="user",
                    object_id=user.id,
                )
                return token

        token = await asyncio.to_thread(attempt)
        if token is None:
            log.info("nurse login failed")
            message = text("login.wrong", ws.language)
            locked = bool(name) and await asyncio.to_thread(_locked, name, address)
            if locked:
                minutes = int(LOCKOUT.total_seconds() // 60)
                message = text("login.locked", ws.language, minutes=minutes)
            return HTMLResponse(login_page(base, ws.language, message=message), status_code=401)
        response = RedirectResponse(f"{base}/", status_code=303)
        response.set_cookie(
            COOKIE,
            token,
            httponly=True,
            samesite="strict",
            secure=ws.secure_cookie,
            path=base,
        )
        return response

    @app.post(f"{base}/logout", include_in_schema=False)
    async def logout(request: Request, idle: str | None = None) -> Response:
        token = request.cookies.get(COOKIE)
        action = audit.IDLE_LOGOUT if idle else audit.LOGOUT

        def end() -> None:
            with ws.sessions() as s, s.begin():
                user = end_login(s, token=token)
                if user is not None:
                    audit.record(
                        s,
                        actor=audit.Actor.of(user),
                        action=action,
                        object_type="user",
                        object_id=user.id,
                    )

        await asyncio.to_thread(end)
        target = f"{base}/login?expired=1" if idle else f"{base}/login?out=1"
        response = RedirectResponse(target, status_code=303)
        response.delete_cookie(COOKIE, path=base, httponly=True, samesite="strict")
        return response

    @app.post(f"{base}/alive", include_in_schema=False)
    def alive() -> Response:
        """Answer 204: the gate in front has just checked the login and marked it used."""
        return Response(status_code=204)

    @app.get(f"{base}/export/{{session_id}}/{{kind}}", include_in_schema=False)
    async def export(session_id: str, kind: str, request: Request) -> Response:
        user = request_user(request)
        if user is None:  # the gate already refused; this is a second lock
            return Response("Log in first.", status_code=401)
        if not SESSION_ID.match(session_id) or kind not in ("fhir", "markdown"):
            return Response("No such export.", status_code=404)

        def build() -> str | None:
            with ws.sessions() as s, s.begin():
                try:
                    view = load_session_view(s, session_id=session_id)
                except SessionNotFound:
                    return None
                action = audit.EXPORT_FHIR if kind == "fhir" else audit.EXPORT_MARKDOWN
                audit.record(
                    s, actor=user.actor, action=action, object_type="session", object_id=session_id
                )
                return (
                    fhir_bundle_json(view)
                    if kind == "fhir"
                    else markdown_document(view, language=ws.language)
                )

        content = await asyncio.to_thread(build)
        if content is None:
            return Response("No such session.", status_code=404)
        if kind == "fhir":
            media, filename = "application/fhir+json", f"triage-{session_id}.fhir.json"
        else:
            media, filename = "text/markdown; charset=utf-8", f"triage-{session_id}.md"
        return Response(
            content,
            media_type=media,
            headers={"content-disposition": f'attachment; filename="{filename}"'},
        )


# --- The Gradio app ---------------------------------------------------------------------


def _date(value: str, field: str, language: str) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError as exc:
        raise gr.Error(text("error.date", language, field=field)) from exc


def _tri(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


def idle_script(base: str, minutes: int) -> str:
    """Return a script that, after ``minutes`` without activity, logs out and leaves the page
    (so no health data stays on screen); the server's own idle check stays the authority."""
    return f"""<script>
(function () {{
  var limit = {minutes * 60 * 1000}, last = Date.now(), told = Date.now(), leaving = false;
  function leave() {{ leaving = true; window.location.replace("{base}/login?expired=1"); }}
  ["mousemove", "keydown", "click", "scroll", "touchstart"].forEach(function (name) {{
    document.addEventListener(name, function () {{ last = Date.now(); }}, {{passive: true}});
  }});
  setInterval(function () {{
    // Reading counts as activity: tell the server about it (at most once a minute), so
    // its idle timeout measures the nurse, not the requests the page happens to make.
    if (last > told && Date.now() - told > 60000 && !leaving) {{
      told = Date.now();
      fetch("{base}/alive", {{method: "POST", credentials: "same-origin"}})
        .then(function (answer) {{ if (answer.status === 401) {{ leave(); }} }});
    }}
    if (Date.now() - last > limit && !leaving) {{
      leaving = true;  // end the login on the server too, then leave the page
      fetch("{base}/logout?idle=1", {{method: "POST", credentials: "same-origin"}})
        .finally(function () {{ window.location.replace("{base}/login?expired=1"); }});
    }}
  }}, 5000);
}})();
</script>"""


F = TypeVar("F", bound=Callable[..., Any])
QueueOutputs = tuple[str, pd.DataFrame, int, dict[str, int], str]
"""The queue's counts HTML, table, page, counts as seen, and the cleared new-sessions notice."""


def guard(language: str) -> Callable[[F], F]:
    """Return a decorator that turns a database failure into a plain message; the exception
    (which can quote the SQL parameters, so health data) is never shown nor logged, only
    its type name."""

    def guarded(handler: F) -> F:
        @functools.wraps(handler)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            try:
                return handler(*args, **kwargs)
            except SQLAlchemyError as exc:
                log.error("nurse workspace database error: %s", type(exc).__name__)
                raise gr.Error(text("error.database", language)) from None

        return cast(F, wrapper)

    return guarded


def build_nurse_app(ws: Workspace) -> gr.Blocks:
    """Return the workspace's Gradio app (it holds no state of its own: all in the database)."""
    language = ws.language
    guarded = guard(language)

    def t(key: str, **values: object) -> str:
        return text(key, language, **values)

    def who(request: gr.Request) -> NurseUser:
        """Return the request's user, re-read from the database (role, disabled)."""
        name = request.username
        if not name:
            raise gr.Error(t("error.login_ended"))
        with ws.sessions() as s:
            user = get_user(s, name=name)
            if user is None or user.disabled:
                raise gr.Error(t("error.login_ended"))
            return NurseUser(id=user.id, name=user.name, role=user.role)

    def queue_filter(
        level: str, flag: str, reviewed: str, start: str, end: str, search: str
    ) -> QueueFilter:
        """Return the filter the queue's controls describe."""
        end_at = _date(end, t("filter.to_field"), language)
        return QueueFilter(
            disposition=level or None,
            red_flag=_tri(flag),
            reviewed=_tri(reviewed),
            created_from=_date(start, t("filter.from_field"), language),
            created_to=end_at + timedelta(days=1) if end_at else None,
            text=search or None,
        )

    def queue_outputs(
        user: NurseUser,
        level: str,
        flag: str,
        reviewed: str,
        start: str,
        end: str,
        search: str,
        page: int = 1,
    ) -> QueueOutputs:
        """Return the queue's counts, rows and page, the counts as seen now (for the watch)
        and a cleared new-sessions notice; audit the view (how many rows, and whether a text
        search chose them: the search words themselves may be health data, never kept)."""
        filters = queue_filter(level, flag, reviewed, start, end, search)
        with ws.sessions() as s, s.begin():
            queue = review_queue(s, filters=filters, page=page)
            audit.record(
                s,
                actor=user.actor,
                action=audit.VIEW_QUEUE,
                object_type="queue_search" if filters.text else "queue",
                object_id=len(queue.rows),
            )
        table = pd.DataFrame(queue_rows(queue, language), columns=queue_headers(language))
        return counts_html(queue, language), table, queue.page, queue.counts, ""

    @guarded
    def on_load(request: gr.Request) -> tuple[Any, ...]:
        user = who(request)
        header = (
            '<div id="nw-user">'
            + t("header.user", name="{name}", role="{role}").format(
                name=f"<b>{inert(user.name)}</b>", role=inert(user.role)
            )
            + f'<form method="post" action="{ws.base}/logout" class="nw-logout">'
            f'<button type="submit" id="nw-logout">{t("header.logout")}</button></form></div>'
        )
        listed = queue_outputs(user, "", "any", "any", "", "", "")
        return header, gr.Tab(visible=user.role == "admin"), *listed

    @guarded
    def refresh_queue(
        level: str, flag: str, reviewed: str, start: str, end: str, search: str, request: gr.Request
    ) -> QueueOutputs:
        """Apply the filters: back to the first page."""
        return queue_outputs(who(request), level, flag, reviewed, start, end, search)

    def turn_page(step: int) -> Callable[..., QueueOutputs]:
        """Return the handler of the Previous (-1) or Next (+1) page button."""

        @guarded
        def turn(
            level: str,
            flag: str,
            reviewed: str,
            start: str,
            end: str,
            search: str,
            page: int,
            request: gr.Request,
        ) -> QueueOutputs:
            user = who(request)
            return queue_outputs(
                user, level, flag, reviewed, start, end, search, int(page or 1) + step
            )

        return turn

    @guarded
    def watch(
        level: str,
        flag: str,
        reviewed: str,
        start: str,
        end: str,
        search: str,
        seen: dict[str, int],
        request: gr.Request,
    ) -> str:
        """Tell the nurse which levels gained sessions since the list was loaded (counts
        only: no id or text is shown, so this is not a view to audit)."""
        who(request)
        with ws.sessions() as s:
            now = queue_counts(s, queue_filter(level, flag, reviewed, start, end, search))
        return new_sessions_html(now, seen or {}, language)

    @guarded
    def open_session(session_id: str, sbar_language: str, request: gr.Request) -> tuple[Any, ...]:
        user = who(request)
        session_id = (session_id or "").strip()
        if not SESSION_ID.match(session_id):
            raise gr.Error(t("error.pick_session"))
        with ws.sessions() as s, s.begin():
            try:
                view = load_session_view(s, session_id=session_id)
            except SessionNotFound as exc:
                raise gr.Error(t("error.no_session")) from exc
            audit.record(
                s,
                actor=user.actor,
                action=audit.VIEW_SESSION,
                object_type="session",
                object_id=session_id,
            )
        review = view.current_review
        return (
            session_id,
            session_html(view, language),
            sbar_html(build_sbar(view, language=sbar_language), language),
            export_links(ws.base, session_id, language),
            gr.Tabs(selected="session"),
            review.reviewed if review else False,
            "",
            "",
            "",
            "",
        )

    @guarded
    def pick(evt: gr.SelectData, sbar_language: str, request: gr.Request) -> tuple[Any, ...]:
        row = evt.row_value or []
        return open_session(str(row[1]) if len(row) > 1 else "", sbar_language, request)

    @guarded
    def change_sbar(session_id: str, sbar_language: str, request: gr.Request) -> str:
        who(request)
        if not session_id:
            return ""
        with ws.sessions() as s:
            view = load_session_view(s, session_id=session_id)
        return sbar_html(build_sbar(view, language=sbar_language), language)

    @guarded
    def save(
        session_id: str,
        reviewed: bool,
        note: str,
        override: str,
        reason: str,
        sbar_language: str,
        request: gr.Request,
    ) -> tuple[str, str, str]:
        user = who(request)
        if not session_id:
            raise gr.Error(t("error.open_first"))
        with ws.sessions() as s, s.begin():
            stored = get_user(s, name=user.name)
            assert stored is not None
            try:
                sign_off(
                    s,
                    session_id=session_id,
                    user=stored,
                    reviewed=reviewed,
                    note=note,
                    override_disposition=override or None,
                    override_reason=reason,
                )
            except ReviewError as exc:
                raise gr.Error(str(exc)) from exc
            view = load_session_view(s, session_id=session_id)
        status = f'<p id="nw-saved">{inert(t("signoff.saved", name=user.name))}</p>'
        sbar = sbar_html(build_sbar(view, language=sbar_language), language)
        return status, session_html(view, language), sbar

    @guarded
    def show_audit(request: gr.Request) -> str:
        user = who(request)
        if user.role != "admin":
            raise gr.Error(t("error.admin_only"))
        with ws.sessions() as s, s.begin():
            audit.record(s, actor=user.actor, action=audit.VIEW_AUDIT)
            events = audit.list_events(s, limit=500)
            return audit_html(events, language)

    levels = [(level_label(level, language), level) for level in LEVELS]
    tri = [(t("filter.any"), "any"), (t("filter.yes"), "yes"), (t("filter.no"), "no")]
    with gr.Blocks(title=t("workspace")) as blocks:
        current = gr.State("")
        seen = gr.State({})  # the counts per level when the list was last loaded
        watcher = gr.Timer(ws.watch_s)
        page = gr.State(1)  # the queue page on show (view state only: all data is stored)
        header = gr.HTML()
        with gr.Tabs(selected="queue") as tabs:
            with gr.Tab(t("tab.queue"), id="queue"):
                with gr.Row():
                    level = gr.Dropdown(
                        [(t("filter.all_levels"), ""), *levels], value="", label=t("filter.level")
                    )
                    flag = gr.Radio(
                        tri, value="any", label=t("filter.flag"), elem_id="nw-flag-filter"
                    )
                    reviewed = gr.Radio(
                        tri, value="any", label=t("filter.reviewed"), elem_id="nw-reviewed-filter"
                    )
                with gr.Row():
                    start = gr.Textbox(label=t("filter.from"), max_lines=1)
                    end = gr.Textbox(label=t("filter.to"), max_lines=1)
                    search = gr.Textbox(label=t("filter.text"), max_lines=1, max_length=200)
                apply = gr.Button(t("filter.apply"), variant="primary")
                notice = gr.HTML(elem_id="nw-new-box")
                counts = gr.HTML(elem_id="nw-counts-box")
                with gr.Row():
                    previous = gr.Button(
                        t("page.previous"), size="sm", scale=0, min_width=140, elem_id="nw-previous"
                    )
                    following = gr.Button(
                        t("page.next"), size="sm", scale=0, min_width=140, elem_id="nw-next"
                    )
                table = gr.Dataframe(
                    headers=queue_headers(language),
                    interactive=False,
                    wrap=True,
                    elem_id="nw-queue",
                    label=t("queue.label"),
                )
                with gr.Row():
                    wanted = gr.Textbox(label=t("open.id"), max_lines=1, elem_id="nw-open-id")
                    open_button = gr.Button(t("open.button"), elem_id="nw-open")
            with gr.Tab(t("tab.session"), id="session"):
                session_box = gr.HTML(f'<p class="nw-muted">{t("session.none")}</p>')
                exports = gr.HTML()
                sbar_language = gr.Radio(
                    [("English", "en"), ("中文", "zh")], value=language, label=t("sbar.language")
                )
                sbar = gr.HTML()
                with gr.Group():
                    mark = gr.Checkbox(label=t("signoff.reviewed"), elem_id="nw-reviewed")
                    note = gr.Textbox(label=t("signoff.note"), lines=3, max_length=4000)
                    override = gr.Dropdown(
                        [
                            (t("signoff.no_override"), ""),
                            *[(level_label(d.value, language), d.value) for d in Disposition],
                        ],
                        value="",
                        label=t("signoff.override"),
                    )
                    reason = gr.Textbox(label=t("signoff.reason"), max_length=4000)
                    save_button = gr.Button(t("signoff.save"), variant="primary", elem_id="nw-save")
                    saved = gr.HTML()
            with gr.Tab(t("tab.audit"), id="audit", visible=False) as audit_tab:
                audit_button = gr.Button(t("audit.show"))
                audit_box = gr.HTML()

        filters = [level, flag, reviewed, start, end, search]
        opened = [current, session_box, sbar, exports, tabs, mark, note, override, reason, saved]
        listed = [counts, table, page, seen, notice]
        blocks.load(on_load, None, [header, audit_tab, *listed])
        watcher.tick(watch, [*filters, seen], [notice], show_progress="hidden")
        apply.click(refresh_queue, filters, listed)
        search.submit(refresh_queue, filters, listed)
        previous.click(turn_page(-1), [*filters, page], listed, api_name="previous_page")
        following.click(turn_page(+1), [*filters, page], listed, api_name="next_page")
        table.select(pick, [sbar_language], opened)
        open_button.click(open_session, [wanted, sbar_language], opened)
        wanted.submit(open_session, [wanted, sbar_language], opened)
        sbar_language.change(change_sbar, [current, sbar_language], [sbar])
        save_button.click(
            save,
            [current, mark, note, override, reason, sbar_language],
            [saved, session_box, sbar],
        )
        audit_button.click(show_audit, None, [audit_box])
    return blocks


def mount_nurse_workspace(
    app: FastAPI,
    sessions: sessionmaker[Session],
    settings: Settings,
    *,
    path: str = "/nurse",
    theme: gr.themes.Base | None = None,
) -> FastAPI:
    """Add the login gate, the login/logout/export routes and the Gradio app at ``path``.

    Call it before anything is mounted at ``/`` (a mount there matches every path).
    """
    ws = Workspace(
        sessions=sessions,
        idle=timedelta(minutes=settings.nurse_idle_minutes),
        secure_cookie=settings.nurse_secure_cookie,
        base=path,
        language=settings.nurse_language,
        watch_s=settings.nurse_watch_seconds,
    )
    app.add_middleware(NurseGate, workspace=ws)
    _add_routes(app, ws)

    def gradio_user(request: Request) -> str | None:
        user = request_user(request)
        return user.name if user else None

    return gr.mount_gradio_app(
        app,
        build_nurse_app(ws),
        path=path,
        auth_dependency=gradio_user,
        ssr_mode=False,
        footer_links=[],
        show_error=False,  # only gr.Error texts (ours) reach the page, never internals
        theme=theme,
        css=CSS,
        head=idle_script(path, settings.nurse_idle_minutes),
    )
