"""LangGraph's checkpointer, opened on the same database as our tables.

SQLite uses the official ``AsyncSqliteSaver`` on the same file; Postgres the official
``AsyncPostgresSaver`` on a ``psycopg_pool.AsyncConnectionPool``, retrying an operation once
after a lost connection instead of pinging before each one (``storage.postgres_saver``).
Both read a turn's checkpoint once, not once for us and once for LangGraph
(``storage.turn_reads``).
The checkpointer's tables belong to LangGraph, not to our migrations: ``CHECKPOINT_TABLES``
lists them so Alembic's autogenerate leaves them alone.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiosqlite
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite.aio import AsyncSqliteSaver
from sqlalchemy.engine import make_url

from core.errors import ConfigError, StorageError
from storage.db import (
    BUSY_TIMEOUT_MS,
    CHECKPOINT_SETUP_LOCK_KEY,
    libpq_conninfo,
    prepare_sqlite_file,
    sqlite_path,
)
from storage.errors import database_error
from storage.turn_reads import TurnReads

SQLITE_CHECKPOINT_TABLES = frozenset({"checkpoints", "writes"})
"""Created by ``AsyncSqliteSaver.setup()`` (langgraph-checkpoint-sqlite 3.x)."""

POSTGRES_CHECKPOINT_TABLES = frozenset(
    {"checkpoint_migrations", "checkpoints", "checkpoint_blobs", "checkpoint_writes"}
)
"""Created by ``AsyncPostgresSaver.setup()`` (langgraph-checkpoint-postgres ``MIGRATIONS``)."""

CHECKPOINT_TABLES: frozenset[str] = SQLITE_CHECKPOINT_TABLES | POSTGRES_CHECKPOINT_TABLES
"""Every table a LangGraph checkpointer may create in our database."""


class _SqliteSaver(TurnReads, AsyncSqliteSaver):
    """``AsyncSqliteSaver`` reading a turn's checkpoint once (``storage.turn_reads``)."""


@asynccontextmanager
async def open_checkpointer(
    url: str, *, pool_size: int = 10
) -> AsyncIterator[BaseCheckpointSaver[str]]:
    """Open the checkpointer for the database at ``url`` and create its tables if needed.

    ``sqlite:///FILE`` uses the same file as the SQLAlchemy engine; ``sqlite://`` and
    ``sqlite:///:memory:`` give a private in-memory store (tests). ``postgresql+psycopg://``
    opens a pool of at most ``pool_size`` connections to the same database.
    """
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "postgresql":
        async with _postgres_saver(url, pool_size) as saver:
            yield saver
        return
    if backend != "sqlite":
        raise ConfigError(
            f"TRIAGE_DATABASE_URL: no checkpointer for {backend!r}; "
            "use sqlite:///FILE or postgresql+psycopg://..."
        )
    path = sqlite_path(parsed)
    if path is not None:
        prepare_sqlite_file(path)
    try:
        conn = await aiosqlite.connect(":memory:" if path is None else str(path))
    except sqlite3.OperationalError as exc:
        raise database_error(exc, url) or StorageError(str(exc)) from exc
    try:
        await conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        if path is not None:
            await conn.execute("PRAGMA journal_mode=WAL")
            await conn.execute("PRAGMA synchronous=NORMAL")
        saver = _SqliteSaver(conn)
        await saver.setup()
        yield saver
    finally:
        await conn.close()


@asynccontextmanager
async def _postgres_saver(url: str, pool_size: int) -> AsyncIterator[BaseCheckpointSaver[str]]:
    # Imported here so a SQLite-only install never loads libpq.
    import psycopg
    from psycopg.rows import dict_row
    from psycopg_pool import AsyncConnectionPool

    from storage.postgres_saver import PostgresSaver

    conninfo = libpq_conninfo(url)
    try:
        await _setup_postgres(conninfo)
    except psycopg.OperationalError as exc:
        raise database_error(exc, url) or StorageError(
            f"Cannot reach the database ({make_url(url).render_as_string()}): {exc}"
        ) from exc

    # The settings AsyncPostgresSaver documents for a pool: autocommit, dict rows, and
    # ``prepare_threshold=0``, which in psycopg means every statement is prepared on its
    # first use on a connection (``None`` would mean never). The saver runs the same few
    # statements all the time, so the server plans each once per connection: measured on
    # a read plus a write of a 10-turn session, 0.9-1.2 ms wall per pair against 1.3-1.5
    # ms never preparing (2026-12-01, shared machine). Behind PgBouncer in transaction mode,
    # prepared statements need PgBouncer 1.21+ with ``max_prepared_statements`` set. No
    # ``check`` before each checkout: a lost connection is retried once instead
    # (storage.postgres_saver).
    pool: AsyncConnectionPool[psycopg.AsyncConnection[dict[str, object]]] = AsyncConnectionPool(
        conninfo,
        min_size=1,
        max_size=pool_size,
        open=False,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
    )
    await pool.open(wait=True, timeout=30)
    try:
        yield PostgresSaver(pool)  # type: ignore[arg-type]
    finally:
        await pool.close()


async def _setup_postgres(conninfo: str) -> None:
    """Create or migrate LangGraph's tables, one process at a time."""
    import psycopg
    from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
    from psycopg.rows import dict_row

    # Several replicas may start at once: setup() runs under one advisory lock, so they
    # never race each other. The others poll with pg_try_advisory_lock rather than wait in
    # pg_advisory_lock: setup's CREATE INDEX CONCURRENTLY waits for every running
    # statement, a waiting pg_advisory_lock included, which would deadlock.
    async with await psycopg.AsyncConnection.connect(conninfo, autocommit=True) as lock_conn:
        while True:
            cursor = await lock_conn.execute(
                "SELECT pg_try_advisory_lock(%s)", (CHECKPOINT_SETUP_LOCK_KEY,)
            )
            row = await cursor.fetchone()
            if row is not None and row[0]:
                break
            await asyncio.sleep(0.1)
        try:
            async with await psycopg.AsyncConnection.connect(
                conninfo, autocommit=True, prepare_threshold=0, row_factory=dict_row
            ) as conn:
                await AsyncPostgresSaver(conn).setup()
        finally:
            await lock_conn.execute("SELECT pg_advisory_unlock(%s)", (CHECKPOINT_SETUP_LOCK_KEY,))
