"""LangGraph's checkpointer, opened on the same database as our tables.

The checkpointer's tables belong to LangGraph, not to our migrations: ``CHECKPOINT_TABLES``
lists them so Alembic's autogenerate leaves them alone.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiosqlite
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from sqlalchemy.engine import make_url

from storage.db import BUSY_TIMEOUT_MS, sqlite_path
from triage.errors import ConfigError

SQLITE_CHECKPOINT_TABLES = frozenset({"checkpoints", "writes"})
"""Created by ``AsyncSqliteSaver.setup()`` (langgraph-checkpoint-sqlite 3.x)."""

POSTGRES_CHECKPOINT_TABLES = frozenset(
    {"checkpoint_migrations", "checkpoints", "checkpoint_blobs", "checkpoint_writes"}
)
"""Created by ``AsyncPostgresSaver.setup()`` (langgraph-checkpoint-postgres ``MIGRATIONS``)."""

CHECKPOINT_TABLES: frozenset[str] = SQLITE_CHECKPOINT_TABLES | POSTGRES_CHECKPOINT_TABLES
"""Every table a LangGraph checkpointer may create in our database."""


@asynccontextmanager
async def open_checkpointer(url: str) -> AsyncIterator[BaseCheckpointSaver[str]]:
    """Open the checkpointer for the database at ``url`` and create its tables if needed.

    ``sqlite:///FILE`` uses the same file as the SQLAlchemy engine; ``sqlite://`` and
    ``sqlite:///:memory:`` give a private in-memory store (tests).
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        raise ConfigError(
            "TRIAGE_DATABASE_URL points at Postgres, but Postgres checkpointing arrives with "
            "the Postgres support issue; use sqlite:///FILE for now"
        )
    if backend != "sqlite":
        raise ConfigError(
            f"TRIAGE_DATABASE_URL: no checkpointer for {backend!r}; use sqlite:///FILE"
        )
    path = sqlite_path(parsed)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = await aiosqlite.connect(":memory:" if path is None else str(path))
    try:
        await conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if path is not None:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA synchronous=NORMAL")
        saver = AsyncSqliteSaver(conn)
        await saver.setup()
        yield saver
    finally:
        await conn.close()
