"""Why the database failed, in words a clinic's IT person can act on: the one place that
reads the drivers' exceptions.

Each known failure becomes a :class:`~core.errors.StorageError` whose message names the
cause and the remedy (``reason`` says which, for code and tests):

==================  ==================================================================
``login``           Postgres refused the user: wrong password, peer authentication,
                    unknown role, no ``pg_hba.conf`` entry
``missing``         the Postgres database, or the SQLite file's folder, does not exist
``down``            nothing answers at the server's address (refused, unknown host,
                    no socket, timeout)
``permission``      the SQLite file or its folder may not be read or written
==================  ==================================================================

psycopg reports a failed connection as ``OperationalError`` without a SQLSTATE (libpq
has no result to take it from), so the server's own ``FATAL`` line is read; a SQLSTATE
is used when present. SQLite says only "unable to open database file", so the file and
its folder are looked at to tell a missing folder from a permission problem; where the
file is created, the ``OSError``'s ``errno`` says it (:func:`sqlite_file_error`).
"""

from __future__ import annotations

import errno
import os
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from core.errors import StorageError

URL_HINT = "TRIAGE_DATABASE_URL"

_LOGIN_SQLSTATES = {"28000", "28P01"}  # invalid authorization specification, password
_MISSING_SQLSTATES = {"3D000"}  # invalid catalog name
_FATAL = re.compile(r"FATAL:\s+(.*)")
_DOWN = (
    "connection refused",
    "no such file or directory",  # no server socket in that folder
    "timeout expired",
    "could not translate host name",
    "failed to resolve host",
    "network is unreachable",
    "no route to host",
    "server closed the connection unexpectedly",
    "the database system is starting up",
    "the database system is shutting down",
)


def causes(exc: BaseException) -> Iterator[BaseException]:
    """Yield ``exc`` and what it was raised from (``__cause__``, ``__context__``, and the
    driver error SQLAlchemy wraps as ``orig``), each once, outermost first."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        if isinstance(current, BaseExceptionGroup):
            todo.extend(current.exceptions)
        for nxt in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(nxt, BaseException):
                todo.append(nxt)


def where(url: str | URL) -> str:
    """Return the database's address as shown to people: never the password."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or "(in memory)"
    host = parsed.host or "the local socket"
    port = f":{parsed.port}" if parsed.port else ""
    return f"database {parsed.database or '(default)'!r} on {host}{port}"


def database_error(exc: BaseException, url: str | URL) -> StorageError | None:
    """Return a :class:`StorageError` naming why ``exc`` happened, or ``None`` if its cause
    is not a known database failure (then let it through as the bug it is)."""
    for cause in causes(exc):
        if isinstance(cause, StorageError) and cause.reason is not None:
            return cause
        error = _postgres(cause, url) or _sqlite(cause, url)
        if error is not None:
            return error
    return None


def _postgres(exc: BaseException, url: str | URL) -> StorageError | None:
    try:
        import psycopg
    except ImportError:  # pragma: no cover - psycopg is a dependency
        return None
    if not isinstance(exc, psycopg.OperationalError):
        return None
    parsed = make_url(url)
    text = str(exc)
    fatal = _FATAL.search(text)
    said = fatal.group(1).strip() if fatal else text.strip().splitlines()[0]
    lowered = text.lower()
    if exc.sqlstate in _LOGIN_SQLSTATES or (
        fatal
        and (
            "authentication failed" in lowered
            or "no pg_hba.conf entry" in lowered
            or "is not permitted to log in" in lowered
            or re.search(r'role ".*" does not exist', lowered)
        )
    ):
        remedy = (
            "peer authentication needs the system user of the same name: put a host and "
            f"password in {URL_HINT} (postgresql+psycopg://USER:PASSWORD@HOST/DB)"
            if "peer authentication" in lowered
            else f"check the user name and password in {URL_HINT} (and pg_hba.conf)"
        )
        return StorageError(f"The database refused the login: {said}.\n{remedy}.", reason="login")
    if exc.sqlstate in _MISSING_SQLSTATES or (
        fatal and re.search(r'database ".*" does not exist', lowered)
    ):
        return StorageError(
            f"The {where(parsed)} does not exist ({said}).\n"
            f"Create it (createdb {parsed.database}) or fix the name in {URL_HINT}.",
            reason="missing",
        )
    if any(marker in lowered for marker in _DOWN):
        reason = next(m for m in _DOWN if m in lowered)
        return StorageError(
            f"Cannot reach the database server for the {where(parsed)}: {reason}.\n"
            f"Start PostgreSQL there, or fix the host and port in {URL_HINT}.",
            reason="down",
        )
    if fatal:  # the server said why, in words we do not know: pass them on
        return StorageError(
            f"The database server refused the connection: {said}.\nCheck {URL_HINT}.",
            reason="down",
        )
    return None


def _sqlite(exc: BaseException, url: str | URL) -> StorageError | None:
    path = _sqlite_file(url)
    if path is None:
        return None
    if isinstance(exc, sqlite3.OperationalError):
        message = str(exc).lower()
        if "unable to open database file" in message:
            return sqlite_file_error(path, None)
        if "readonly database" in message:
            return sqlite_file_error(path, errno.EACCES)
    return None


def _sqlite_file(url: str | URL) -> Path | None:
    from storage.db import is_sqlite, sqlite_path

    try:
        return sqlite_path(url) if is_sqlite(url) else None
    except Exception:  # an unparsable URL is the settings' problem, not ours
        return None


def sqlite_file_error(path: Path, code: int | None) -> StorageError:
    """Return the error for a SQLite file that cannot be opened or created.

    ``code`` is the ``errno`` when the operating system said it; otherwise (SQLite only
    says "unable to open") the file and its folder are looked at.
    """
    folder = path.parent
    if code in (errno.ENOENT, None) and not folder.exists():
        return StorageError(
            f"The database folder {folder} does not exist.\n"
            f"Create it (mkdir -p {folder}) or fix the path in {URL_HINT}.",
            reason="missing",
        )
    if code == errno.ENOTDIR or (folder.exists() and not folder.is_dir()):
        return StorageError(
            f"The database path {path} goes through {_first_non_folder(path)}, "
            f"which is not a folder.\nFix the path in {URL_HINT}.",
            reason="missing",
        )
    if code == errno.EROFS:
        return StorageError(
            f"The database file {path} is on a read-only file system.\n"
            f"Choose a writable place in {URL_HINT}.",
            reason="permission",
        )
    if code in (errno.EACCES, errno.EPERM, None):
        if not os.access(folder, os.W_OK | os.X_OK):
            return StorageError(
                f"Permission denied on the database folder {folder} (SQLite writes its "
                "-wal and -shm files there).\nRun as its owner, or fix its owner and mode "
                "(chown; chmod 700).",
                reason="permission",
            )
        if path.exists() and not os.access(path, os.R_OK | os.W_OK):
            return StorageError(
                f"Permission denied on the database file {path} (it needs read and write).\n"
                "Run as its owner, or fix its owner and mode (chown; chmod 600).",
                reason="permission",
            )
    why = os.strerror(code) if code is not None else "SQLite could not open it"
    return StorageError(
        f"Cannot open the database file {path}: {why}.\nCheck the path in {URL_HINT}.",
        reason="permission",
    )


def _first_non_folder(path: Path) -> Path:
    for parent in reversed(path.parents):
        if parent.exists() and not parent.is_dir():
            return parent
    return path.parent
