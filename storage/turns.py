"""A patient turn's own reads and writes of its session, as Core statements on the tables.

Like ``storage.repository`` (which names these too), every function takes a keyword-only
``session`` and never commits: the caller owns the transaction.
"""

from __future__ import annotations

from typing import Any, NamedTuple, cast

from sqlalchemy import Table, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from core.errors import SessionNotFound
from storage.db import utcnow
from storage.models import IntakeSnapshot, Message, TriageSession

# Statements run on every turn, built once: building one costs more CPU than running it
# (bench/ concurrency). Keyed by bind parameters. A turn's statements are Core statements on
# the tables, not ORM-enabled ones: the ORM's bulk UPDATE and INSERT ... RETURNING(entity)
# machinery, the unit of work's flush and loading whole entities cost more CPU than the
# statements themselves (bench/ turn_overhead; on Postgres above all, where psycopg
# describes in Python each column a statement returns), and a turn needs none of it: it
# reads columns and ids, and no caller reads a session row it loaded earlier in the
# transaction after updating it here.
_SESSIONS = cast(Table, TriageSession.__table__)
_MESSAGES = cast(Table, Message.__table__)

_TOUCH_SESSION = (
    update(_SESSIONS)
    .where(_SESSIONS.c.id == bindparam("session_id"))
    .values(updated_at=bindparam("now"))
)

_FINISH_TURN = (
    update(_SESSIONS)
    .where(_SESSIONS.c.id == bindparam("session_id"))
    .values(
        stage=bindparam("stage"),
        turns=_SESSIONS.c.turns + 1,
        updated_at=bindparam("now"),
        # None leaves the column as it is.
        disposition=func.coalesce(
            bindparam("disposition", type_=_SESSIONS.c.disposition.type),
            _SESSIONS.c.disposition,
        ),
        language=func.coalesce(
            bindparam("language", type_=_SESSIONS.c.language.type), _SESSIONS.c.language
        ),
    )
)

# The append a turn makes: only the new message's id comes back.
_APPEND_MESSAGE = (
    insert(_MESSAGES)
    .values(
        session_id=bindparam("session_id"),
        role=bindparam("role"),
        content=bindparam("content"),
        seq=select(func.coalesce(func.max(_MESSAGES.c.seq), 0) + 1)
        .where(_MESSAGES.c.session_id == bindparam("session_id"))
        .scalar_subquery(),
    )
    .returning(_MESSAGES.c.id)
)

_ADD_SNAPSHOT = insert(cast(Table, IntakeSnapshot.__table__))


def touch_session(session: Session, *, session_id: str) -> None:
    """Set the session's ``updated_at``, which takes its write lock (SQLite) or row lock
    (Postgres), so concurrent appends to one session queue up instead of racing for the same
    ``seq``; raise ``SessionNotFound`` when there is no such session."""
    touched = session.execute(_TOUCH_SESSION, {"session_id": session_id, "now": utcnow()})
    if touched.rowcount != 1:  # type: ignore[attr-defined]
        raise SessionNotFound(f"no session {session_id!r}")


class LastMessage(NamedTuple):
    """The id, role and text of a session's latest message."""

    id: int
    role: str
    content: str


class TurnOpening(NamedTuple):
    """What a patient turn reads of its session before storing the message."""

    language: str
    disposition: str | None
    last: LastMessage | None  # the session's latest message; None before the first


_LAST_SEQ = _MESSAGES.alias("latest")

_TURN_OPENING = (
    select(
        _SESSIONS.c.language,
        _SESSIONS.c.disposition,
        _MESSAGES.c.id,
        _MESSAGES.c.role,
        _MESSAGES.c.content,
    )
    .select_from(
        _SESSIONS.outerjoin(
            _MESSAGES,
            and_(
                _MESSAGES.c.session_id == _SESSIONS.c.id,
                _MESSAGES.c.seq
                == select(func.max(_LAST_SEQ.c.seq))
                .where(_LAST_SEQ.c.session_id == _SESSIONS.c.id)
                .scalar_subquery(),
            ),
        )
    )
    .where(_SESSIONS.c.id == bindparam("session_id"))
)


def turn_opening(session: Session, *, session_id: str) -> TurnOpening | None:
    """Return the session's language and disposition with its latest message, in one
    statement of only those columns, or ``None`` when there is no such conversation."""
    row = session.execute(_TURN_OPENING, {"session_id": session_id}).first()
    if row is None:
        return None
    language, disposition, message_id, role, content = row
    last = None if message_id is None else LastMessage(message_id, role, content)
    return TurnOpening(language, disposition, last)


def finish_turn(
    session: Session,
    *,
    session_id: str,
    stage: str,
    disposition: str | None = None,
    language: str | None = None,
) -> None:
    """Count one answered turn and set the stage (and the disposition and language, unless
    ``None``) in a single UPDATE, without reading the row first.

    The UPDATE takes the session's row lock, so an ``add_message(..., row_locked=True)``
    after it in the same transaction needs no touch of its own.
    """
    touched = session.execute(
        _FINISH_TURN,
        {
            "session_id": session_id,
            "stage": stage,
            "disposition": disposition,
            "language": language,
            "now": utcnow(),
        },
    )
    if touched.rowcount != 1:  # type: ignore[attr-defined]
        raise SessionNotFound(f"no session {session_id!r}")


def append_message(
    session: Session, *, session_id: str, role: str, content: str, row_locked: bool = False
) -> int:
    """Append a message as ``add_message`` does and return only its id (a turn's path)."""
    if not row_locked:
        touch_session(session, session_id=session_id)
    message_id: int = session.execute(
        _APPEND_MESSAGE,
        {"session_id": session_id, "role": role, "content": content},
    ).scalar_one()
    return message_id


def add_snapshot(
    session: Session, *, session_id: str, message_id: int, record: dict[str, Any]
) -> None:
    """Store the intake record as it stands after patient message ``message_id`` (one
    INSERT, not through the unit of work: nothing reads the new row back)."""
    session.execute(
        _ADD_SNAPSHOT, {"session_id": session_id, "message_id": message_id, "record": record}
    )
