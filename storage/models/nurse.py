"""The nurse workspace's tables: accounts, logins, reviews, audit."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from storage.db import utcnow
from storage.models.base import DISPOSITIONS, Base, UTCDateTime, one_of

USER_ROLES = ("nurse", "admin")


class User(Base):
    """A nurse or admin of the workspace. Never deleted: disable it instead."""

    __tablename__ = "users"
    __table_args__ = (CheckConstraint(one_of("role", USER_ROLES), name="role"),)

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
            one_of("override_disposition", DISPOSITIONS, nullable=True),
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
