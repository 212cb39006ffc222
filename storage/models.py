"""The tables people read and query: sessions, their messages, snapshots, red flags, advice.

LangGraph's checkpointer keeps its own tables in the same database (see
``storage.checkpointer``); these are ours and change only through ``migrations/``.
Constraint names come from ``NAMING_CONVENTION`` so Alembic sees the same names on SQLite
and Postgres. Timestamps are aware UTC datetimes on every backend.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.db import utcnow

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Allowed values, written out so that a change is a migration. tests/test_storage.py
# checks them against the contract in states/.
STAGES = ("collecting", "advice", "emergency")
DISPOSITIONS = ("emergency", "urgent", "non_urgent", "self_care")
ROLES = ("patient", "agent")
FLAG_SOURCES = ("rule", "model")


def _one_of(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    allowed = ", ".join(f"'{value}'" for value in values)
    condition = f"{column} IN ({allowed})"
    return f"{column} IS NULL OR {condition}" if nullable else condition


class UTCDateTime(TypeDecorator[datetime]):
    """``DateTime(timezone=True)`` that only accepts aware values and returns UTC ones.

    SQLite stores no offset, so values are converted to UTC on the way in and marked as
    UTC on the way out; Postgres (``timestamptz``) round-trips them natively.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass an aware one (storage.db.utcnow())")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def new_session_id() -> str:
    """Return a fresh session id (uuid4 hex, 32 characters)."""
    return uuid.uuid4().hex


class Base(DeclarativeBase):
    """Declarative base; its ``metadata`` is what Alembic compares against."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TriageSession(Base):
    """One patient conversation, from the first message to the advice."""

    __tablename__ = "sessions"
    __table_args__ = (
        CheckConstraint(_one_of("stage", STAGES), name="stage"),
        CheckConstraint(_one_of("disposition", DISPOSITIONS, nullable=True), name="disposition"),
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
        CheckConstraint(_one_of("role", ROLES), name="role"),
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
        CheckConstraint(_one_of("source", FLAG_SOURCES), name="source"),
        CheckConstraint(_one_of("level", DISPOSITIONS), name="level"),
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
        CheckConstraint(_one_of("disposition", DISPOSITIONS), name="disposition"),
        CheckConstraint(
            _one_of("rule_disposition", DISPOSITIONS, nullable=True), name="rule_disposition"
        ),
        CheckConstraint(
            _one_of("model_disposition", DISPOSITIONS, nullable=True), name="model_disposition"
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


# --- The nurse workspace: accounts, logins, reviews, audit ------------------------------

USER_ROLES = ("nurse", "admin")


class User(Base):
    """A nurse or admin of the workspace. Never deleted: disable it instead."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(_one_of("role", USER_ROLES), name="role"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(8))
    # An argon2id hash in PHC string format (parameters and salt included).
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def __repr__(self) -> str:
        return f"User(id={self.id!r}, name={self.name!r}, role={self.role!r})"


class NurseLogin(Base):
    """One logged-in browser: the cookie's hash, when it was last used, and when it ended.

    Kept in the database (not in the process) so any app replica can check it, and so a
    logout or an idle timeout ends the session everywhere at once.
    """

    __tablename__ = "nurse_logins"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # sha256 hex of the cookie value; the value itself is never stored.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    def __repr__(self) -> str:
        return f"NurseLogin(id={self.id!r}, user_id={self.user_id!r})"


class NurseReview(Base):
    """One sign-off of a session by a nurse; the newest row is the session's current review.

    Rows are only added, so the history of who changed what and when stays; the original
    assessment (``assessments``, ``sessions.disposition``) is never changed by a review.
    """

    __tablename__ = "nurse_reviews"
    __table_args__ = (
        CheckConstraint(
            _one_of("override_disposition", DISPOSITIONS, nullable=True),
            name="override_disposition",
        ),
        CheckConstraint(
            "override_disposition IS NULL OR override_reason IS NOT NULL", name="override_reason"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    session_id: Mapped[str] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    reviewed: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)
    override_disposition: Mapped[str | None] = mapped_column(String(16))
    override_reason: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def __repr__(self) -> str:  # no note: it is health data
        return f"NurseReview(id={self.id!r}, session_id={self.session_id!r})"


class AuditEvent(Base):
    """Who did what to which object, and when. Append-only; never any health data.

    The database refuses UPDATE and DELETE on this table (triggers in migration 0002).
    ``actor`` keeps the login name as typed, so failed logins of unknown names are kept.
    """

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(32))
    object_type: Mapped[str | None] = mapped_column(String(16))
    object_id: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)

    def __repr__(self) -> str:
        return f"AuditEvent(id={self.id!r}, action={self.action!r}, actor={self.actor!r})"


# --- The knowledge base: the clinic's documents, their chunks, what answers cited -------


class KbDocument(Base):
    """One version of one imported document (a leaflet in one language).

    Re-importing changed content adds a new version and marks it current; older versions
    stay (not current) so the answers that cited them can still show what they cited.
    ``triage kb remove`` retires every version: nothing new cites it, nothing old breaks.
    """

    __tablename__ = "kb_documents"
    __table_args__ = (UniqueConstraint("slug", "language", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    slug: Mapped[str] = mapped_column(String(128))  # the front matter id, or the file stem
    language: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)  # where the content comes from
    sample: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    filename: Mapped[str | None] = mapped_column(Text)  # the imported file's name, no folder
    format: Mapped[str] = mapped_column(String(8))  # md, txt, html, pdf
    content_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the parsed content
    is_current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    retired_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    chunks: Mapped[list[KbChunk]] = relationship(
        back_populates="document",
        order_by="KbChunk.seq",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )

    def __repr__(self) -> str:
        return (
            f"KbDocument(id={self.id!r}, slug={self.slug!r}, language={self.language!r}, "
            f"version={self.version!r}, is_current={self.is_current!r})"
        )


class KbChunk(Base):
    """One passage of a document version: the text under one heading (or part of it)."""

    __tablename__ = "kb_chunks"
    __table_args__ = (UniqueConstraint("document_id", "seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("kb_documents.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(Text)  # the heading it sits under ("" before any)
    text: Mapped[str] = mapped_column(Text)

    document: Mapped[KbDocument] = relationship(back_populates="chunks")

    def __repr__(self) -> str:
        return f"KbChunk(id={self.id!r}, document_id={self.document_id!r}, seq={self.seq!r})"


class KbCitation(Base):
    """A passage an agent message cited: the document version the nurse can look up."""

    __tablename__ = "kb_citations"
    __table_args__ = (UniqueConstraint("message_id", "chunk_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(
        ForeignKey("messages.id", ondelete="CASCADE"), index=True
    )
    chunk_id: Mapped[int] = mapped_column(ForeignKey("kb_chunks.id"))
    document_id: Mapped[int] = mapped_column(ForeignKey("kb_documents.id"))
    rank: Mapped[int] = mapped_column(Integer)  # 1 = the passage shown first

    def __repr__(self) -> str:
        return f"KbCitation(message_id={self.message_id!r}, chunk_id={self.chunk_id!r})"


class KbAnswerCache(Base):
    """A question already answered against one library version: its retrieval and answer.

    The key hashes the normalised question, its language, the answer mode and the library
    version, so any change to the library misses the cache. Only answers to health
    questions are kept here, never anything about a patient's triage.
    """

    __tablename__ = "kb_answer_cache"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    library_version: Mapped[str] = mapped_column(String(64), index=True)
    answer: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    def __repr__(self) -> str:
        return f"KbAnswerCache(key={self.key[:12]!r})"
