"""What every table shares: the declarative base, constraint names, aware UTC timestamps.

Constraint names come from ``NAMING_CONVENTION`` so Alembic sees the same names on SQLite
and Postgres. Timestamps are aware UTC datetimes on every backend.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import DateTime, Dialect, MetaData, TypeDecorator
from sqlalchemy.orm import DeclarativeBase

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


def one_of(column: str, values: tuple[str, ...], *, nullable: bool = False) -> str:
    """Return a CHECK condition: ``column`` holds one of ``values`` (or NULL if ``nullable``)."""
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


class Base(DeclarativeBase):
    """Declarative base; its ``metadata`` is what Alembic compares against."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
