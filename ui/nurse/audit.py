"""The audit log tab: admins read the newest audit rows; the handler refuses anyone else.

Reading the log is itself audited.
"""

from __future__ import annotations

import gradio as gr

from nurse import audit
from ui.nurse.deps import Handlers, guarded, nurse_of
from ui.nurse.fragments import render


class AuditHandlers(Handlers):
    """The audit tab's Gradio handler."""

    @guarded
    def show_audit(self, request: gr.Request) -> str:
        """Return the newest 500 audit rows, for an admin only."""
        user = nurse_of(request, self.ws)
        if user.role != "admin":
            raise gr.Error(self.ws.t("error.admin_only"))
        with self.ws.transaction() as s:
            audit.record(s, actor=user.actor, action=audit.VIEW_AUDIT)
            events = audit.list_events(s, limit=500)
            return render("audit.html", self.ws.language, events=events)
