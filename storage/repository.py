"""Reads and writes of the triage tables, as plain functions.

Every function takes a keyword-only ``session`` and never commits: the caller owns the
transaction, e.g. ``with factory() as s, s.begin(): add_message(s, ...)``. Functions that
add rows flush, so ids and sequence numbers are set when they return.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.orm import Session

from core.errors import SessionNotFound
from storage.db import utcnow
from storage.models import Assessment, IntakeSnapshot, Message, RedFlagRow, TriageSession

# A patient turn's own reads and writes (Core statements) live in storage/turns.py; they are
# named here too, so a caller finds every read and write of the triage tables in one place.
from storage.turns import (
    LastMessage,
    TurnOpening,
    add_snapshot,
    append_message,
    finish_turn,
    touch_session,
    turn_opening,
)

__all__ = [
    "RED_FLAG_KEYS",
    "LastMessage",
    "TurnOpening",
    "add_assessment",
    "add_message",
    "add_red_flags",
    "add_snapshot",
    "append_message",
    "create_session",
    "finish_turn",
    "get_session",
    "get_session_by_token_hash",
    "hash_access_token",
    "last_message",
    "latest_assessment",
    "latest_snapshot",
    "list_messages",
    "list_red_flags",
    "list_snapshots",
    "touch_session",
    "turn_opening",
    "update_session",
]

RED_FLAG_KEYS = ("flag_id", "source", "level", "label", "evidence", "guideline", "message_id")
"""The keys of ``states.graph_state.RedFlag``, which ``add_red_flags`` stores."""


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
        touch_session(session, session_id=session_id)
    # One INSERT ... RETURNING computes seq and hands back a fully loaded row.
    return session.scalars(
        _ADD_MESSAGE, {"session_id": session_id, "role": role, "content": content}
    ).one()


def list_messages(session: Session, *, session_id: str) -> list[Message]:
    """Return the session's messages in conversation order."""
    return list(
        session.scalars(
            select(Message).where(Message.session_id == session_id).order_by(Message.seq)
        )
    )


def last_message(session: Session, *, session_id: str, role: str | None = None) -> Message | None:
    """Return the session's latest message (of ``role``, if given), or ``None``. (A turn reads
    its latest message with the session row: ``storage.turns.turn_opening``.)"""
    query = select(Message).where(Message.session_id == session_id)
    if role is not None:
        query = query.where(Message.role == role)
    return session.scalars(query.order_by(Message.seq.desc()).limit(1)).first()


# Intake snapshots


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
