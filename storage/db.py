"""Engines and sessions: one place that knows how to open the database.

SQLite gets the settings a small multi-process deployment needs on every connection
(WAL, a busy timeout, enforced foreign keys). Writes take one path: pysqlite opens the
transaction right before the first write, so a writer waits on the busy timeout for the
single write lock instead of failing on a read-to-write upgrade; repository functions
that write start with a write. Postgres gets a bounded pool (psycopg 3) that pings a
connection only when it comes back to work after sitting idle (``IDLE_PING_S``).
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from storage.errors import sqlite_file_error

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 5000
"""How long a SQLite connection waits for another writer before giving up."""

SQLITE_PRAGMAS: tuple[tuple[str, str], ...] = (
    ("busy_timeout", str(BUSY_TIMEOUT_MS)),
    ("journal_mode", "WAL"),
    ("foreign_keys", "ON"),
    ("synchronous", "NORMAL"),
)
"""Set on every SQLite connection, in this order (wait for locks before asking for WAL)."""

MIGRATION_LOCK_KEY = 7_420_001
"""Postgres advisory lock held while our migrations run (one process at a time)."""

CHECKPOINT_SETUP_LOCK_KEY = 7_420_002
"""Postgres advisory lock held while LangGraph's checkpointer creates its tables."""

DEFAULT_POOL_SIZE = 5
"""Postgres connections an engine keeps open (``TRIAGE_DB_POOL_SIZE``)."""

IDLE_PING_S = 5.0
"""A pooled Postgres connection idle at least this long is pinged before it is handed out."""


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


def is_sqlite(url: str | URL) -> bool:
    """Return whether the URL points at SQLite (any driver)."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str | URL) -> Path | None:
    """Return the file behind a SQLite URL, or ``None`` for an in-memory database."""
    parsed = make_url(url)
    database = parsed.database or ""
    if parsed.query.get("uri") == "true" and database.startswith("file:"):
        database = database.removeprefix("file:")
    if not database or database == ":memory:" or parsed.query.get("mode") == "memory":
        return None
    return Path(database)


def is_postgres(url: str | URL) -> bool:
    """Return whether the URL points at PostgreSQL (any driver)."""
    return make_url(url).get_backend_name() == "postgresql"


def libpq_conninfo(url: str | URL) -> str:
    """Return the libpq connection string psycopg needs for a SQLAlchemy Postgres URL."""
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str, *, pool_size: int = DEFAULT_POOL_SIZE) -> Engine:
    """Create the engine for ``url`` (``sqlite:///FILE``, ``sqlite://`` or ``postgresql+...``).

    On Postgres the pool keeps ``pool_size`` connections and opens up to twice as many more
    under load. A connection that sat idle for ``IDLE_PING_S`` or more is pinged before it
    is handed out (a restart or an idle timeout may have closed it meanwhile); one in
    steady use is not, which saves a round trip on every transaction under load. A
    connection lost anyway fails its first statement: SQLAlchemy then discards every pooled
    connection, and ``agent.conversation`` runs a turn's transaction once more.
    """
    parsed = make_url(url)
    if is_sqlite(parsed):
        return _sqlite_engine(parsed)
    if parsed.get_backend_name() == "postgresql":
        engine = create_engine(
            parsed,
            pool_size=pool_size,
            max_overflow=2 * pool_size,
            pool_timeout=30,
            pool_recycle=1800,
        )
        _ping_when_idle(engine)
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def _ping_when_idle(engine: Engine) -> None:
    """Ping a pooled connection at checkout only when it was idle ``IDLE_PING_S`` or more."""

    @event.listens_for(engine, "checkin")
    def checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < IDLE_PING_S:
            return  # new, or back from work a moment ago
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as exc:
            # The pool discards this connection and hands out a new one.
            raise DisconnectionError(f"connection lost while idle: {type(exc).__name__}") from exc


def prepare_sqlite_file(path: Path) -> None:
    """Make sure the database file exists readable by its owner only (it holds health data).

    A new file is created with mode 0600 before SQLite opens it; SQLite gives its ``-wal``
    and ``-shm`` files the same mode. An existing file is left as the administrator set it,
    with a warning when other users may read it. The folder must exist: a mistyped path
    fails with :class:`StorageError` naming it, rather than starting an empty database
    somewhere new. A file that may not be read and written fails the same way.
    """
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        if not os.access(path, os.R_OK | os.W_OK):
            raise sqlite_file_error(path, errno.EACCES) from None
        mode = stat.S_IMODE(path.stat().st_mode)
        if mode & 0o077:
            log.warning(
                "%s holds health data and is readable by other users (mode %o): "
                "chmod 600 it (and its -wal and -shm files)",
                path,
                mode,
            )
    except OSError as exc:
        raise sqlite_file_error(path, exc.errno) from exc


def _sqlite_engine(url: URL) -> Engine:
    path = sqlite_path(url)
    kwargs: dict[str, Any] = {"connect_args": {"check_same_thread": False}}
    if path is None:
        # One shared connection, so every session sees the same in-memory database.
        # Fine for tests and demos; it serialises everything, so files are for real use.
        kwargs["poolclass"] = StaticPool
    else:
        prepare_sqlite_file(path)
    engine = create_engine(url, **kwargs)
    event.listen(engine, "connect", _set_sqlite_pragmas)
    return engine


def _set_sqlite_pragmas(dbapi_connection: Any, _connection_record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        for name, value in SQLITE_PRAGMAS:
            cursor.execute(f"PRAGMA {name}={value}")
    finally:
        cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return a session factory; use it as ``with factory() as s, s.begin(): ...``."""
    return sessionmaker(bind=engine, expire_on_commit=False)
