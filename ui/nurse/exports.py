"""The downloads of one session: a FHIR R4 bundle and a printable Markdown document.

Each download writes an audit row (who, which session, which format).
"""

from __future__ import annotations

import re

from fastapi import APIRouter
from fastapi.responses import Response

from core.errors import SessionNotFound
from nurse import audit
from nurse.export import fhir_bundle_json, markdown_document
from nurse.view import load_session_view
from ui.nurse.deps import CurrentNurse, DbSession, WorkspaceDep

SESSION_ID = re.compile(r"^[0-9a-f]{32}$")


def export(
    session_id: str, kind: str, user: CurrentNurse, db: DbSession, ws: WorkspaceDep
) -> Response:
    """Return the session as ``fhir`` (JSON) or ``markdown``, as a download."""
    if not SESSION_ID.match(session_id) or kind not in ("fhir", "markdown"):
        return Response("No such export.", status_code=404)
    try:
        view = load_session_view(db, session_id=session_id)
    except SessionNotFound:
        return Response("No such session.", status_code=404)
    action = audit.EXPORT_FHIR if kind == "fhir" else audit.EXPORT_MARKDOWN
    audit.record(db, actor=user.actor, action=action, object_type="session", object_id=session_id)
    if kind == "fhir":
        content = fhir_bundle_json(view)
        media, filename = "application/fhir+json", f"triage-{session_id}.fhir.json"
    else:
        content = markdown_document(view, language=ws.language)
        media, filename = "text/markdown; charset=utf-8", f"triage-{session_id}.md"
    return Response(
        content,
        media_type=media,
        headers={"content-disposition": f'attachment; filename="{filename}"'},
    )


def router(base: str) -> APIRouter:
    """Return the export route under the workspace's path ``base``."""
    routes = APIRouter(prefix=base, include_in_schema=False)
    routes.add_api_route("/export/{session_id}/{kind}", export, methods=["GET"])
    return routes
