"""Reads and writes of the triage tables, as plain functions.

Every function takes a keyword-only ``session`` and never commits: the caller owns the
transaction, e.g. ``with factory() as s, s.begin(): add_message(s, ...)``. Functions that
add rows flush, so ids and sequence numbers are set when they return.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import Table, and_, bindparam, func, insert, select, update
from sqlalchemy.orm import Session, aliased

from core.errors import SessionNotFound
from storage.db import utcnow
from storage.models import Assessment, IntakeSnapshot, Message, RedFlagRow, TriageSession

RED_FLAG_KEYS = ("flag_id", "source", "level", "label", "evidence", "guideline", "message_id")
"""The keys of ``states.graph_state.RedFlag``, which ``add_red_flags`` stores."""


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

_ADD_MESSAGE = (
    insert(Message)
    .values(
        session_id=bindparam("session_id"),
        role=bindparam("role"),
        content=bindparam("content"),
        seq=select(func.coalesce(func.max(Message.seq), 0) + 1)
        .where(Message.session_id == bindparam("session_id"))
        .scalar_subquery(),
    )
    .returning(Message)
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

_LATEST = aliased(Message)

_SESSION_AND_LAST_MESSAGE = (
    select(TriageSession, Message)
    .outerjoin(
        Message,
        and_(
            Message.session_id == TriageSession.id,
            Message.seq
            == select(func.max(_LATEST.seq))
            .where(_LATEST.session_id == TriageSession.id)
            .scalar_subquery(),
        ),
    )
    .where(TriageSession.id == bindparam("session_id"))
)


def hash_access_token(token: str) -> str:
    """Return the sha256 hex digest stored for a patient's resume token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


# Sessions


def create_session(
    session: Session, *, language: str, access_token_hash: str | None = None
) -> TriageSession:
    """Add a new conversation in the ``collecting`` stage."""
    row = TriageSession(language=language, access_token_hash=access_token_hash)
    session.add(row)
    session.flush()
    return row


def get_session(session: Session, *, session_id: str) -> TriageSession | None:
    """Return the conversation with this id, or ``None``."""
    return session.get(TriageSession, session_id)


def get_session_and_last_message(
    session: Session, *, session_id: str
) -> tuple[TriageSession, Message | None] | None:
    """Return the conversation with this id and its latest message (``None`` before the
    first) in one statement, or ``None`` when there is no such conversation."""
    row = session.execute(_SESSION_AND_LAST_MESSAGE, {"session_id": session_id}).first()
    return None if row is None else (row[0], row[1])


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


def get_session_by_token_hash(session: Session, *, access_token_hash: str) -> TriageSession | None:
    """Return the conversation whose resume token hashes to ``access_token_hash``, or ``None``."""
    return session.scalars(
        select(TriageSession).where(TriageSession.access_token_hash == access_token_hash)
    ).one_or_none()


def update_session(
    session: Session,
    *,
    session_id: str,
    stage: str | None = None,
    disposition: str | None = None,
    language: str | None = None,
    turns: int | None = None,
) -> TriageSession:
    """Set the given fields (``None`` leaves one unchanged) and bump ``updated_at``."""
    row = _require_session(session, session_id)
    if stage is not None:
        row.stage = stage
    if disposition is not None:
        row.disposition = disposition
    if language is not None:
        row.language = language
    if turns is not None:
        row.turns = turns
    row.updated_at = utcnow()
    session.flush()
    return row


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


def _require_session(session: Session, session_id: str) -> TriageSession:
    row = session.get(TriageSession, session_id)
    if row is None:
        raise SessionNotFound(f"no session {session_id!r}")
    return row


# Messages


def add_message(
    session: Session, *, session_id: str, role: str, content: str, row_locked: bool = False
) -> Message:
    """Append a message; its ``seq`` is the session's next number, computed by the database.

    ``row_locked``: this transaction already updated the session row (``finish_turn``), so
    it holds the row lock and the touch below is skipped.
    """
    # Touching the session row first takes the write lock (SQLite) or the row lock
    # (Postgres), so concurrent appends to one session queue up instead of racing for
    # the same seq; the (session_id, seq) unique constraint is the backstop.
    if not row_locked:
        touched = session.execute(_TOUCH_SESSION, {"session_id": session_id, "now": utcnow()})
        if touched.rowcount != 1:  # type: ignore[attr-defined]
            raise SessionNotFound(f"no session {session_id!r}")
    # One INSERT ... RETURNING computes seq and hands back a fully loaded row.
    return session.scalars(
        _ADD_MESSAGE, {"session_id": session_id, "role": role, "content": content}
    ).one()


def append_message(
    session: Session, *, session_id: str, role: str, content: str, row_locked: bool = False
) -> int:
    """Append a message as ``add_message`` does and return only its id (a turn's path)."""
    if not row_locked:
        touched = session.execute(_TOUCH_SESSION, {"session_id": session_id, "now": utcnow()})
        if touched.rowcount != 1:  # type: ignore[attr-defined]
            raise SessionNotFound(f"no session {session_id!r}")
    message_id: int = session.execute(
        _APPEND_MESSAGE,
        {"session_id": session_id, "role": role, "content": content},
    ).scalar_one()
    return message_id


def list_messages(session: Session, *, session_id: str) -> list[Message]:
    """Return the session's messages in conversation order."""
    return list(
        session.scalars(
            select(Message).where(Message.session_id == session_id).order_by(Message.seq)
        )
    )


def last_message(session: Session, *, session_id: str, role: str | None = None) -> Message | None:
    """Return the session's latest message (of ``role``, if given), or ``None``. (A turn reads
    its latest message with the session row: ``get_session_and_last_message``.)"""
    query = select(Message).where(Message.session_id == session_id)
    if role is not None:
        query = query.where(Message.role == role)
    return session.scalars(query.order_by(Message.seq.desc()).limit(1)).first()


# Intake snapshots


def add_snapshot(
    session: Session, *, session_id: str, message_id: int, record: dict[str, Any]
) -> None:
    """Store the intake record as it stands after patient message ``message_id`` (one
    INSERT, not through the unit of work: nothing reads the new row back)."""
    session.execute(
        _ADD_SNAPSHOT, {"session_id": session_id, "message_id": message_id, "record": record}
    )


def latest_snapshot(session: Session, *, session_id: str) -> IntakeSnapshot | None:
    """Return the session's most recent intake snapshot, or ``None``."""
    return session.scalars(
        select(IntakeSnapshot)
        .where(IntakeSnapshot.session_id == session_id)
        .order_by(IntakeSnapshot.id.desc())
        .limit(1)
    ).first()


def list_snapshots(session: Session, *, session_id: str) -> list[IntakeSnapshot]:
    """Return the session's intake snapshots, oldest first (one per patient turn)."""
    return list(
        session.scalars(
            select(IntakeSnapshot)
            .where(IntakeSnapshot.session_id == session_id)
            .order_by(IntakeSnapshot.id)
        )
    )


# Red flags


def add_red_flags(
    session: Session, *, session_id: str, flags: Sequence[Mapping[str, Any]]
) -> list[RedFlagRow]:
    """Store red flags (``RedFlag`` mappings); return the new rows, skipping stored ones.

    A flag already stored for the same ``(message_id, flag_id)`` is skipped, so re-running
    a turn cannot duplicate it. Every flag needs the ``message_id`` that raised it.
    """
    wanted: dict[tuple[int, str], Mapping[str, Any]] = {}
    for flag in flags:
        missing = [key for key in RED_FLAG_KEYS if key not in flag]
        if missing:
            raise ValueError(f"red flag {flag.get('flag_id')!r} lacks {', '.join(missing)}")
        if flag["message_id"] is None:
            raise ValueError(f"red flag {flag['flag_id']!r} has no message_id")
        wanted.setdefault((int(flag["message_id"]), str(flag["flag_id"])), flag)
    if not wanted:
        return []
    message_ids = {message_id for message_id, _ in wanted}
    stored = {
        (message_id, flag_id)
        for message_id, flag_id in session.execute(
            select(RedFlagRow.message_id, RedFlagRow.flag_id).where(
                RedFlagRow.session_id == session_id, RedFlagRow.message_id.in_(message_ids)
            )
        )
    }
    rows = [
        RedFlagRow(
            session_id=session_id,
            message_id=message_id,
            flag_id=flag_id,
            source=flag["source"],
            level=str(flag["level"]),
            label=flag["label"],
            evidence=flag["evidence"],
            guideline=flag["guideline"],
        )
        for (message_id, flag_id), flag in wanted.items()
        if (message_id, flag_id) not in stored
    ]
    session.add_all(rows)
    session.flush()
    return rows


def list_red_flags(session: Session, *, session_id: str) -> list[RedFlagRow]:
    """Return the session's red flags in the order they were raised."""
    return list(
        session.scalars(
            select(RedFlagRow).where(RedFlagRow.session_id == session_id).order_by(RedFlagRow.id)
        )
    )


# Assessments


def add_assessment(
    session: Session,
    *,
    session_id: str,
    message_id: int | None,
    disposition: str,
    rule_disposition: str | None,
    model_disposition: str | None,
    message: str,
    reasons: Sequence[str],
    self_care: Sequence[str],
    get_help_now_if: Sequence[str],
    disclaimer: str,
) -> Assessment:
    """Store the advice given to the patient and the levels it was derived from."""
    assessment = Assessment(
        session_id=session_id,
        message_id=message_id,
        disposition=str(disposition),
        rule_disposition=None if rule_disposition is None else str(rule_disposition),
        model_disposition=None if model_disposition is None else str(model_disposition),
        message=message,
        reasons=list(reasons),
        self_care=list(self_care),
        get_help_now_if=list(get_help_now_if),
        disclaimer=disclaimer,
    )
    session.add(assessment)
    session.flush()
    return assessment


def latest_assessment(session: Session, *, session_id: str) -> Assessment | None:
    """Return the session's most recent assessment, or ``None``."""
    return session.scalars(
        select(Assessment)
        .where(Assessment.session_id == session_id)
        .order_by(Assessment.id.desc())
        .limit(1)
    ).first()
