"""Sign-off: a nurse marks a session reviewed, adds a note, may override the disposition.

Each sign-off is a new ``nurse_reviews`` row (who, when), so earlier ones stay; the
original assessment is never touched. The newest row is the session's current review.
"""

from __future__ import annotations

from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import SessionNotFound
from nurse import audit
from states.disposition import Disposition
from storage.models import NurseReview, User
from storage.repository import get_session

MAX_NOTE = 4000


class Reviewer(Protocol):
    """Who signs off: a stored user, or the workspace's logged-in user (id and name)."""

    @property
    def id(self) -> int: ...

    @property
    def name(self) -> str: ...


class ReviewError(ValueError):
    """A sign-off cannot be stored as given; the message says what to fix."""


def sign_off(
    session: Session,
    *,
    session_id: str,
    user: Reviewer,
    reviewed: bool,
    note: str | None = None,
    override_disposition: str | None = None,
    override_reason: str | None = None,
) -> NurseReview:
    """Store a sign-off by ``user`` and its audit row; the original assessment stays as it was."""
    if get_session(session, session_id=session_id) is None:
        raise SessionNotFound(f"no session {session_id!r}")
    note = (note or "").strip() or None
    reason = (override_reason or "").strip() or None
    override = override_disposition or None
    if note is not None and len(note) > MAX_NOTE:
        raise ReviewError(f"the note is longer than {MAX_NOTE} characters")
    if reason is not None and len(reason) > MAX_NOTE:
        raise ReviewError(f"the reason is longer than {MAX_NOTE} characters")
    if override is not None:
        try:
            override = Disposition(override).value
        except ValueError as exc:
            raise ReviewError(f"unknown disposition {override!r}") from exc
        if reason is None:
            raise ReviewError("an override needs a reason")
    elif reason is not None:
        raise ReviewError("a reason was given but no disposition to override with")
    row = NurseReview(
        session_id=session_id,
        user_id=user.id,
        reviewed=reviewed,
        note=note,
        override_disposition=override,
        override_reason=reason,
    )
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=audit.Actor(user_id=user.id, name=user.name),
        action=audit.REVIEW,
        object_type="session",
        object_id=session_id,
    )
    return row


def reviews_of(session: Session, *, session_id: str) -> list[tuple[NurseReview, str]]:
    """Return every sign-off of the session, oldest first, with the reviewer's name."""
    rows = session.execute(
        select(NurseReview, User.name)
        .join(User, User.id == NurseReview.user_id)
        .where(NurseReview.session_id == session_id)
        .order_by(NurseReview.id)
    )
    return [(review, name) for review, name in rows]
