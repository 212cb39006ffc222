"""The audit log: one append-only row per login, view, export and change. No health data.

A row says who (user id and login name), what action, on which object (a session id or a
user id) and when. Notes, transcripts and record fields never go here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import AuditEvent, User

# Every action the workspace records, in one place.
LOGIN: Final = "login"
LOGIN_FAILED: Final = "login_failed"
LOGOUT: Final = "logout"
IDLE_LOGOUT: Final = "idle_logout"
VIEW_QUEUE: Final = "view_queue"
VIEW_SESSION: Final = "view_session"
VIEW_AUDIT: Final = "view_audit"
EXPORT_FHIR: Final = "export_fhir"
EXPORT_MARKDOWN: Final = "export_markdown"
REVIEW: Final = "review"
USER_ADDED: Final = "user_added"
USER_DISABLED: Final = "user_disabled"
SESSION_DELETED: Final = "session_deleted"
ACTIONS: Final = (
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    IDLE_LOGOUT,
    VIEW_QUEUE,
    VIEW_SESSION,
    VIEW_AUDIT,
    EXPORT_FHIR,
    EXPORT_MARKDOWN,
    REVIEW,
    USER_ADDED,
    USER_DISABLED,
    SESSION_DELETED,
)

MAX_ACTOR = 64


@dataclass(frozen=True)
class Actor:
    """Who does something: a user's id and login name (id ``None`` for an unknown name)."""

    user_id: int | None
    name: str

    @classmethod
    def of(cls, user: User) -> Actor:
        """Return the actor for a stored user."""
        return cls(user_id=user.id, name=user.name)


SYSTEM = Actor(user_id=None, name="system")
"""The actor of command-line changes (``triage users add``)."""


def record(
    session: Session,
    *,
    actor: Actor,
    action: str,
    object_type: str | None = None,
    object_id: str | int | None = None,
) -> AuditEvent:
    """Append one audit row."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    event = AuditEvent(
        user_id=actor.user_id,
        actor=actor.name[:MAX_ACTOR],
        action=action,
        object_type=object_type,
        object_id=None if object_id is None else str(object_id),
    )
    session.add(event)
    session.flush()
    return event


def count_recent(
    session: Session, *, actor: str, action: str, since: datetime, object_id: str | None = None
) -> int:
    """Return how many ``action`` rows ``actor`` has since ``since`` (e.g. failed logins),
    only those about ``object_id`` when given (e.g. from one address)."""
    query = select(func.count(AuditEvent.id)).where(
        AuditEvent.actor == actor[:MAX_ACTOR],
        AuditEvent.action == action,
        AuditEvent.created_at >= since,
    )
    if object_id is not None:
        query = query.where(AuditEvent.object_id == object_id)
    return int(session.scalar(query) or 0)


def list_events(
    session: Session,
    *,
    limit: int = 200,
    action: str | None = None,
    object_id: str | None = None,
    since: datetime | None = None,
) -> list[AuditEvent]:
    """Return the newest audit rows first, optionally filtered."""
    query = select(AuditEvent)
    if action:
        query = query.where(AuditEvent.action == action)
    if object_id:
        query = query.where(AuditEvent.object_id == object_id)
    if since is not None:
        query = query.where(AuditEvent.created_at >= since)
    return list(session.scalars(query.order_by(AuditEvent.id.desc()).limit(limit)))
