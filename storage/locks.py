"""One turn at a time per session, across every app process: the per-session lock.

A turn reads the graph checkpoint, calls the model and writes both stores; two turns of the
same session at once (a double click, two browser tabs, two replicas behind a load
balancer) would fork the checkpoint and interleave the transcript. ``session_lock`` is
held for the whole turn and fails at once with :class:`SessionBusy` if another turn holds
it. Each lock dies with its holder, so a killed process never leaves a session locked:

- Postgres: a session-level advisory lock (``pg_try_advisory_lock``), all of a process's on
  one shared connection; the server drops them when that connection closes.
- SQLite file: ``flock`` on a small per-session file beside the database
  (``triage.db.locks/``); the kernel drops it when the process dies. SQLite has no
  advisory locks, and its single write lock would serialise every session, not one.
- In-memory SQLite (tests): an asyncio lock per session in this process.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import itertools
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy.engine import make_url

from core.errors import StorageError, TriageError
from storage.db import is_postgres, libpq_conninfo, sqlite_path
from storage.errors import sqlite_file_error

CONNECTIONS = 4
"""Connections the Postgres session locks of one process share (``PostgresSessionLocks``)."""

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
    """Advisory locks, all of this process's on a few shared connections (``CONNECTIONS``).

    A session-level advisory lock belongs to a connection, and one connection may hold any
    number of them, so a turn needs no connection of its own for the whole turn: a pool of
    one per turn in flight capped the turns in flight (20 by default) and queued the rest
    for a connection, 1.0-1.1 s a turn at 64 sessions (bench/ concurrency, Postgres). A
    connection taking a lock it holds succeeds again (advisory locks count), so turns of
    one session in this process are kept apart here first, as ``MemorySessionLocks`` does;
    other processes are kept apart by the server. A connection runs one statement at a
    time, and a turn runs two (take, release), taking turns round the connections: with
    one, the 64 turns starting at once waited 270-320 ms for it on average; with four,
    70-85 ms.

    A connection is not pinged before use: a lost one fails the lock query, a new one is
    opened and the lock asked for once more. Losing one lets go of every lock it held, as
    the server does for a killed process; turns in flight finish, still one per session in
    this process.
    """

    def __init__(self, url: str, *, connections: int = CONNECTIONS) -> None:
        self._conninfo = libpq_conninfo(url)
        self._conns: list[Any] = [None] * connections
        self._next = itertools.cycle(range(connections))
        self._connecting = asyncio.Lock()
        self._held: set[str] = set()

    async def open(self) -> None:
        for slot in range(len(self._conns)):
            await self._connection(slot)

    async def _connection(self, slot: int) -> Any:
        """Return connection ``slot``, opening a new one if there is none or it is closed."""
        import psycopg

        conn = self._conns[slot]
        if conn is not None and not conn.closed:
            return conn
        async with self._connecting:
            if self._conns[slot] is None or self._conns[slot].closed:
                try:
                    self._conns[slot] = await psycopg.AsyncConnection.connect(
                        self._conninfo, autocommit=True
                    )
                except psycopg.Error as exc:
                    raise StorageError(UNAVAILABLE) from exc
            return self._conns[slot]

    async def _drop(self, conn: Any) -> None:
        """Close ``conn`` (the server lets go of its locks) so the next turn opens another."""
        await conn.close()
        self._conns = [None if c is conn else c for c in self._conns]

    async def _lock(self, key: tuple[int, str]) -> Any:
        """Return the connection now holding the lock ``key``, or ``None`` if another does."""
        import psycopg

        slot = next(self._next)
        for attempt in (1, 2):
            conn = await self._connection(slot)
            try:
                cursor = await conn.execute("SELECT pg_try_advisory_lock(%s, hashtext(%s))", key)
                row = await cursor.fetchone()
            except psycopg.OperationalError as exc:
                await self._drop(conn)
                if attempt == 2:
                    raise StorageError(UNAVAILABLE) from exc
                continue
            except psycopg.Error as exc:
                raise StorageError(UNAVAILABLE) from exc
            return conn if row[0] else None
        raise AssertionError("unreachable")  # pragma: no cover

    async def _unlock(self, conn: Any, key: tuple[int, str]) -> None:
        """Release ``key`` on ``conn``; a release that fails drops the connection instead."""
        import psycopg

        try:
            await conn.execute("SELECT pg_advisory_unlock(%s, hashtext(%s))", key)
        except psycopg.Error:
            # Lost, the connection has let go of the lock already; otherwise the lock may
            # still be held, and closing the connection is the one sure way to let it go
            # (it lets go of the other turns' locks too, which run on, one per session
            # here). A failed release is no error of the turn.
            await self._drop(conn)

    @contextlib.asynccontextmanager
    async def hold(self, session_id: str) -> AsyncIterator[None]:
        if session_id in self._held:
            raise SessionBusy(session_id)
        self._held.add(session_id)
        try:
            key = (SESSION_LOCK_CLASS, session_id)
            conn = await self._lock(key)
            if conn is None:
                raise SessionBusy(session_id)
            try:
                yield
            finally:
                # Shielded: a turn cancelled now (its timeout) still releases, and the
                # shared connection is never left inside a statement.
                await asyncio.shield(self._unlock(conn, key))
        finally:
            self._held.discard(session_id)

    def forget(self, session_id: str) -> None:
        return None  # an advisory lock keeps nothing once released

    async def close(self) -> None:
        conns, self._conns = self._conns, [None] * len(self._conns)
        for conn in conns:
            if conn is not None:
                await conn.close()


@contextlib.asynccontextmanager
async def open_session_locks(
    url: str, *, connections: int = CONNECTIONS
) -> AsyncIterator[SessionLocks]:
    """Yield the per-session locks that fit the database at ``url`` (on Postgres, holding
    them on ``connections`` connections)."""
    locks: SessionLocks
    if is_postgres(url):
        pg = PostgresSessionLocks(url, connections=connections)
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
