"""A throwaway PostgreSQL server for the test suite and the benchmarks, one fresh database each.

``TRIAGE_TEST_POSTGRES_URL`` (a ``postgresql+psycopg://`` URL of a role allowed to
``CREATE DATABASE``) points the tests at a server you run. Otherwise the Debian
``postgresql`` package's ``initdb``/``pg_ctl`` (installed by ``scripts/system-packages.sh``)
start a private server in a temporary folder on a free loopback port, tuned for tests
(no fsync), and stop it at the end. PostgreSQL refuses to run as root, so under root the
server runs as the ``postgres`` user. A server left behind by a killed run (its owner's
pid is in the folder) is stopped and deleted by the next run.

Why not pytest-postgresql: its process fixture runs ``pg_ctl`` as the current user, which
fails as root (our CI), and its per-test database janitor is a few lines here.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

from storage.db import libpq_conninfo

ENV_URL = "TRIAGE_TEST_POSTGRES_URL"
PREFIX = "triage-pg-"  # the throwaway servers' folders, under the temporary directory
OWNER_FILE = "owner.pid"  # the process that started the server
SERVER_USER = "postgres"
TEST_SETTINGS = {
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    "shared_buffers": "32MB",
}


def find_bindir() -> Path | None:
    """Return the folder holding ``initdb`` and ``pg_ctl`` (newest Debian version first)."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: (
            int(Path(p).parent.parent.name) if Path(p).parent.parent.name.isdigit() else 0
        ),
        reverse=True,
    )
    found = candidates[0] if candidates else shutil.which("initdb")
    return Path(found).parent if found else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def stop_orphans(bindir: Path) -> list[Path]:
    """Stop and delete the throwaway servers whose owning process is gone (a test run that
    was killed: its ``finally`` never ran). Return the folders removed."""
    removed = []
    for root in Path(tempfile.gettempdir()).glob(f"{PREFIX}*"):
        try:
            owner = int((root / OWNER_FILE).read_text())
        except (OSError, ValueError):
            continue  # not ours, or still being set up
        if _alive(owner):
            continue
        data = root / "data"
        if (data / "postmaster.pid").exists():
            command = [str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"]
            if os.geteuid() == 0:
                command = ["runuser", "-u", SERVER_USER, "--", *command]
            subprocess.run(command, capture_output=True, timeout=60, check=False)
        shutil.rmtree(root, ignore_errors=True)
        removed.append(root)
    return removed


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class PostgresServer:
    """A PostgreSQL server reachable at ``admin_url``; ``database()`` makes a fresh one."""

    def __init__(self, admin_url: str, *, owned: Path | None = None, bindir: Path | None = None):
        self.admin_url = admin_url
        self._owned = owned
        self._bindir = bindir

    @classmethod
    @contextlib.contextmanager
    def start(cls) -> Iterator[PostgresServer]:
        """Use ``TRIAGE_TEST_POSTGRES_URL`` if set, else start a private server."""
        given = os.environ.get(ENV_URL)
        if given:
            yield cls(given)
            return
        bindir = find_bindir()
        if bindir is None:
            raise RuntimeError(
                "No PostgreSQL server binaries (initdb): run `bash scripts/system-packages.sh` "
                f"(Debian package postgresql), or set {ENV_URL} to a server you run."
            )
        stop_orphans(bindir)
        root = Path(tempfile.mkdtemp(prefix=PREFIX))
        (root / OWNER_FILE).write_text(str(os.getpid()))
        as_root = os.geteuid() == 0
        if as_root:
            shutil.chown(root, SERVER_USER)
        data, log = root / "data", root / "server.log"
        port = _free_port()

        def run(*args: str) -> None:
            command = [str(bindir / args[0]), *args[1:]]
            if as_root:
                command = ["runuser", "-u", SERVER_USER, "--", *command]
            done = subprocess.run(command, capture_output=True, text=True, timeout=120)
            if done.returncode != 0:
                tail = log.read_text()[-2000:] if log.exists() else ""
                raise RuntimeError(f"{args[0]} failed: {done.stderr[-2000:]}\n{tail}")

        options = " ".join(
            [f"-p {port}", "-c listen_addresses=127.0.0.1", f"-k {root}"]
            + [f"-c {name}={value}" for name, value in TEST_SETTINGS.items()]
        )
        server = cls(
            f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{port}/postgres",
            owned=root,
            bindir=bindir,
        )
        try:
            run(
                "initdb",
                "-D",
                str(data),
                "-U",
                SERVER_USER,
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            )
            run("pg_ctl", "-D", str(data), "-o", options, "-l", str(log), "-w", "-t", "60", "start")
            yield server
        finally:
            if (data / "postmaster.pid").exists():
                with contextlib.suppress(Exception):
                    run("pg_ctl", "-D", str(data), "-m", "immediate", "-w", "stop")
            shutil.rmtree(root, ignore_errors=True)

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(libpq_conninfo(self.admin_url), autocommit=True)

    @contextlib.contextmanager
    def database(self) -> Iterator[str]:
        """Create an empty database, yield its URL, and drop it (closing what is left open)."""
        name = f"triage_test_{uuid.uuid4().hex[:12]}"
        with self._admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            yield make_url(self.admin_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with self._admin() as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    @property
    def socket_dir(self) -> Path | None:
        """Return the folder of the private server's Unix socket (``None`` for a given one)."""
        return self._owned

    def authenticate(self, rule: str) -> None:
        """Put ``rule`` (a ``pg_hba.conf`` line) before the trust-everyone lines and reload.

        Only for the private server (a server you run keeps its own rules): tests use it to
        make one role need a password or peer authentication, as a clinic's server would.
        """
        if self._owned is None:
            raise RuntimeError(f"{ENV_URL} points at a server you run: its pg_hba.conf is yours")
        hba = self._owned / "data" / "pg_hba.conf"
        hba.write_text(rule.rstrip("\n") + "\n" + hba.read_text())
        with self._admin() as conn:
            conn.execute("SELECT pg_reload_conf()")
