"""One turn at a time per session, across every app process: the per-session lock.

A turn reads the graph checkpoint, calls the model and writes both stores; two turns of the
same session at once (a double click, two browser tabs, two replicas behind a load
balancer) would fork the checkpoint and interleave the transcript. ``session_lock`` is
held for the whole turn and fails at once with :class:`SessionBusy` if another turn holds
it. Each lock dies with its holder, so a killed process never leaves a session locked:

- Postgres: a session-level advisory lock (``pg_try_advisory_lock``) on a pooled
  connection; the server drops it when that connection closes.
- SQLite file: ``flock`` on a small per-session file beside the database
  (``triage.db.locks/``); the kernel drops it when the process dies. SQLite has no
  advisory locks, and its single write lock would serialise every session, not one.
- In-memory SQLite (tests): an asyncio lock per session in this process.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.engine import make_url

from core.errors import StorageError, TriageError
from storage.db import is_postgres, libpq_conninfo, sqlite_path
from storage.errors import sqlite_file_error

SESSION_LOCK_CLASS = 7_420_010
"""First key of the two-key Postgres advisory locks taken per session."""

UNAVAILABLE = (
    "The database is not available; your conversation is paused. Please try again in a moment."
)


class SessionBusy(TriageError):
    """Another turn of this session is running; wait for its reply and send again."""


class SessionLocks(Protocol):
    """Hands out the per-session lock; ``close()`` releases its resources."""

    def hold(self, session_id: str) -> contextlib.AbstractAsyncContextManager[None]:
        """Hold the session's lock for the block, or raise :class:`SessionBusy` at once."""
        ...

    def forget(self, session_id: str) -> None:
        """Drop what the lock of a deleted session leaves behind (call it holding the lock)."""
        ...

    async def close(self) -> None:
        """Release pooled connections or files."""
        ...


def _key(session_id: str) -> str:
    """Return a file-name-safe stand-in for a session id (ids come from outside)."""
    return hashlib.sha256(session_id.encode("utf-8")).hexdigest()[:32]


class MemorySessionLocks:
    """Per-session asyncio locks: one process, one event loop (in-memory SQLite)."""

    def __init__(self) -> None:
        self._held: set[str] = set()

    @contextlib.asynccontextmanager
    async def hold(self, session_id: str) -> AsyncIterator[None]:
        if session_id in self._held:
            raise SessionBusy(session_id)
        self._held.add(session_id)
        try:
            yield
        finally:
            self._held.discard(session_id)

    def forget(self, session_id: str) -> None:
        return None  # nothing kept

    async def close(self) -> None:
        self._held.clear()


class FileSessionLocks:
    """``flock`` on one file per session in ``folder``: processes on one machine (SQLite)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
        except OSError as exc:
            raise sqlite_file_error(folder, exc.errno) from exc

    def _path(self, session_id: str) -> Path:
        return self.folder / f"{_key(session_id)}.lock"

    @contextlib.asynccontextmanager
    async def hold(self, session_id: str) -> AsyncIterator[None]:
        fd = os.open(self._path(session_id), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise SessionBusy(session_id) from None
            yield
        finally:
            os.close(fd)  # closing the descriptor drops the lock

    def forget(self, session_id: str) -> None:
        # Unlinked while held: a turn that opened the old file meanwhile finds the session
        # gone once it has the lock (it reads the row again), so nothing can run on it.
        self._path(session_id).unlink(missing_ok=True)

    async def close(self) -> None:
        return None


class PostgresSessionLocks:
    """Advisory locks on a small pool of dedicated connections (one per running turn)."""

    def __init__(self, url: str, *, max_size: int) -> None:
        from psycopg_pool import AsyncConnectionPool

        self._pool: Any = AsyncConnectionPool(
            libpq_conninfo(url),
            min_size=0,
            max_size=max_size,
            open=False,
            kwargs={"autocommit": True},  # no ping before each checkout: see _lock
        )

    async def open(self) -> None:
        await self._pool.open()

    async def _lock(self, key: tuple[int, str]) -> Any:
        """Return a pooled connection holding the lock ``key``, or ``None`` if another holds it.

        The pool does not ping a connection before handing it out (one more round trip on
        every turn): a connection the server lost fails the lock query instead, the pool
        drops its dead connections (``check()``) and the lock is asked for once more.
        """
        import psycopg
        from psycopg_pool import PoolTimeout

        for attempt in (1, 2):
            try:
                conn = await self._pool.getconn()
            except PoolTimeout as exc:
                raise StorageError(UNAVAILABLE) from exc
            try:
                cursor = await conn.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s))", key)
                row = await cursor.fetchone()
            except psycopg.OperationalError as exc:
                await self._pool.putconn(conn)  # a broken connection is discarded here
                if attempt == 2:
                    raise StorageError(UNAVAILABLE) from exc
                await self._pool.check()
                continue
            except psycopg.Error as exc:
                await self._pool.putconn(conn)
                raise StorageError(UNAVAILABLE) from exc
            except BaseException:
                await self._pool.putconn(conn)
                raise
            if row[0]:
                return conn
            await self._pool.putconn(conn)
            return None
        raise AssertionError("unreachable")  # pragma: no cover

    @contextlib.asynccontextmanager
    async def hold(self, session_id: str) -> AsyncIterator[None]:
        import psycopg

        key = (SESSION_LOCK_CLASS, session_id)
        conn = await self._lock(key)
        if conn is None:
            raise SessionBusy(session_id)
        try:
            try:
                yield
            finally:
                # A connection that may still hold the lock never goes back to the pool
                # open: closing it makes the server drop the lock. A lost connection has
                # lost the lock already, so that is no error of the turn.
                try:
                    await conn.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", key)
                except psycopg.Error:
                    await conn.close()
                except BaseException:
                    await conn.close()
                    raise
        finally:
            await self._pool.putconn(conn)

    def forget(self, session_id: str) -> None:
        return None  # an advisory lock keeps nothing once released

    async def close(self) -> None:
        await self._pool.close()


@contextlib.asynccontextmanager
async def open_session_locks(url: str, *, max_size: int = 20) -> AsyncIterator[SessionLocks]:
    """Yield the per-session locks that fit the database at ``url``."""
    locks: SessionLocks
    if is_postgres(url):
        pg = PostgresSessionLocks(url, max_size=max_size)
        await pg.open()
        locks = pg
    else:
        path = sqlite_path(make_url(url))
        locks = (
            MemorySessionLocks()
            if path is None
            else FileSessionLocks(path.with_name(path.name + ".locks"))
        )
    try:
        yield locks
    finally:
        await locks.close()
