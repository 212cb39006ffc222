"""The session tab: open a session, its SBAR in either language, and the nurse's sign-off.

Gradio handlers (:class:`SessionHandlers`); the page is ``templates/session.html`` over
:func:`nurse.view.load_session_view`. Opening a session and signing off are audited.
"""

from __future__ import annotations

from typing import Any

import gradio as gr

from core.errors import SessionNotFound
from nurse import audit
from nurse.review import ReviewError, sign_off
from nurse.sbar import build_sbar
from nurse.view import SessionView, load_session_view
from ui.nurse.deps import Handlers, guarded, nurse_of
from ui.nurse.exports import SESSION_ID
from ui.nurse.fragments import render


def session_html(view: SessionView, language: str) -> str:
    """Return the session page: header, assessment, red flags, record, transcript, sign-offs."""
    record = {
        key: value
        for key, value in view.record.model_dump(exclude_none=True).items()
        if value not in ([], {}, "")
    }
    return render("session.html", language, view=view, record=record)


def sbar_html(view: SessionView, sbar_language: str, language: str) -> str:
    """Return the SBAR summary in ``sbar_language`` (``language`` is the workspace's)."""
    return render("sbar.html", language, sbar=build_sbar(view, language=sbar_language))


def export_links(base: str, session_id: str, language: str) -> str:
    """Return the download links for a session's exports."""
    return render("exports.html", language, base=base, session_id=session_id)


class SessionHandlers(Handlers):
    """The session tab's Gradio handlers."""

    @guarded
    def open_session(
        self, session_id: str, sbar_language: str, request: gr.Request
    ) -> tuple[Any, ...]:
        """Show a session (audited) and clear the sign-off form."""
        user = nurse_of(request, self.ws)
        session_id = (session_id or "").strip()
        if not SESSION_ID.match(session_id):
            raise gr.Error(self.ws.t("error.pick_session"))
        with self.ws.transaction() as s:
            try:
                view = load_session_view(s, session_id=session_id)
            except SessionNotFound as exc:
                raise gr.Error(self.ws.t("error.no_session")) from exc
            audit.record(
                s,
                actor=user.actor,
                action=audit.VIEW_SESSION,
                object_type="session",
                object_id=session_id,
            )
        language = self.ws.language
        review = view.current_review
        return (
            session_id,
            session_html(view, language),
            sbar_html(view, sbar_language, language),
            export_links(self.ws.base, session_id, language),
            gr.Tabs(selected="session"),
            review.reviewed if review else False,
            "",
            "",
            "",
            "",
        )

    @guarded
    def pick(self, evt: gr.EventData, sbar_language: str, request: gr.Request) -> tuple[Any, ...]:
        """Open the session of the board row the nurse clicked (or chose with the keyboard)."""
        data = getattr(evt, "_data", None)
        session_id = data.get("session") if isinstance(data, dict) else None
        return self.open_session(str(session_id or ""), sbar_language, request)

    @guarded
    def change_sbar(self, session_id: str, sbar_language: str, request: gr.Request) -> str:
        """Show the SBAR in the other language."""
        nurse_of(request, self.ws)
        if not session_id:
            return ""
        with self.ws.transaction() as s:
            view = load_session_view(s, session_id=session_id)
        return sbar_html(view, sbar_language, self.ws.language)

    @guarded
    def save(
        self,
        session_id: str,
        reviewed: bool,
        note: str,
        override: str,
        reason: str,
        sbar_language: str,
        request: gr.Request,
    ) -> tuple[str, str, str]:
        """Store the sign-off (audited) and show the session as it now stands."""
        user = nurse_of(request, self.ws)
        if not session_id:
            raise gr.Error(self.ws.t("error.open_first"))
        with self.ws.transaction() as s:
            try:
                sign_off(
                    s,
                    session_id=session_id,
                    user=user,
                    reviewed=reviewed,
                    note=note,
                    override_disposition=override or None,
                    override_reason=reason,
                )
            except ReviewError as exc:
                raise gr.Error(str(exc)) from exc
            view = load_session_view(s, session_id=session_id)
        language = self.ws.language
        saved = render("saved.html", language, name=user.name)
        return saved, session_html(view, language), sbar_html(view, sbar_language, language)
