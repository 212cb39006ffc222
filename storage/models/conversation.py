"""The conversation tables: sessions, their messages, snapshots, red flags, advice."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.db import utcnow
from storage.models.base import (
    DISPOSITIONS,
    FLAG_SOURCES,
    ROLES,
    STAGES,
    Base,
    UTCDateTime,
    one_of,
)


def new_session_id() -> str:
    """Return a fresh session id (uuid4 hex, 32 characters)."""
    return uuid.uuid4().hex


class TriageSession(Base):
    """One patient conversation, from the first message to the advice."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(one_of("stage", STAGES), name="stage"),
        CheckConstraint(one_of("disposition", DISPOSITIONS, nullable=True), name="disposition"),
    )

    id: Mapped[str] = mapped_column(String(32), primary_key=True, default=new_session_id)
    # sha256 hex of the patient's resume token; the token itself is never stored.
    access_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    language: Mapped[str] = mapped_column(String(8))
    stage: Mapped[str] = mapped_column(String(16), default="collecting")
    disposition: Mapped[str | None] = mapped_column(String(16))
    turns: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    messages: Mapped[list[Message]] = relationship(
        back_populates="session",
        order_by="Message.seq",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    def __repr__(self) -> str:
        return f"TriageSession(id={self.id!r}, stage={self.stage!r}, turns={self.turns})"


class Message(Base):
    """One message of a conversation; ``seq`` is its 1-based position in the session."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("session_id", "seq"),
        CheckConstraint(one_of("role", ROLES), name="role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(8))
    content: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    session: Mapped[TriageSession] = relationship(back_populates="messages")

    def __repr__(self) -> str:  # no content: it is health data and reprs end up in logs
        return f"Message(id={self.id!r}, session_id={self.session_id!r}, seq={self.seq!r})"


class IntakeSnapshot(Base):
    """The structured intake record as it stood after one patient message."""

    __tablename__ = "intake_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    record: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def __repr__(self) -> str:
        return f"IntakeSnapshot(id={self.id!r}, message_id={self.message_id!r})"


class RedFlagRow(Base):
    """A red flag raised by the rules or the model, tied to the message that raised it."""

    __tablename__ = "red_flags"
    __table_args__ = (
        UniqueConstraint("session_id", "message_id", "flag_id"),
        CheckConstraint(one_of("source", FLAG_SOURCES), name="source"),
        CheckConstraint(one_of("level", DISPOSITIONS), name="level"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"))
    flag_id: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(8))
    level: Mapped[str] = mapped_column(String(16))
    label: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text)
    guideline: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def __repr__(self) -> str:
        return (
            f"RedFlagRow(id={self.id!r}, flag_id={self.flag_id!r}, level={self.level!r}, "
            f"message_id={self.message_id!r})"
        )


class Assessment(Base):
    """Advice given to the patient: the final level and what the rules and model said."""

    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint(one_of("disposition", DISPOSITIONS), name="disposition"),
        CheckConstraint(
            one_of("rule_disposition", DISPOSITIONS, nullable=True), name="rule_disposition"
        ),
        CheckConstraint(
            one_of("model_disposition", DISPOSITIONS, nullable=True), name="model_disposition"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    disposition: Mapped[str] = mapped_column(String(16))
    rule_disposition: Mapped[str | None] = mapped_column(String(16))
    model_disposition: Mapped[str | None] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text)
    reasons: Mapped[list[str]] = mapped_column(JSON)
    self_care: Mapped[list[str]] = mapped_column(JSON)
    get_help_now_if: Mapped[list[str]] = mapped_column(JSON)
    disclaimer: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def __repr__(self) -> str:
        return f"Assessment(id={self.id!r}, disposition={self.disposition!r})"
