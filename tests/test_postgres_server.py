"""The tests' throwaway PostgreSQL: a server orphaned by a killed run is cleaned up next time.

A run killed with SIGKILL never reaches its ``finally``, so its server keeps running (and
holding memory and a port) after the test run is gone. The next ``PostgresServer.start``
stops and deletes such servers; here a child process starts one and is killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import psycopg

from fakes.postgres import ENV_URL, OWNER_FILE, PREFIX, find_bindir, stop_orphans
from storage.db import libpq_conninfo

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import time
from fakes.postgres import PostgresServer
with PostgresServer.start() as server:
    print(server.admin_url, flush=True)
    time.sleep(600)
"""


def reachable(url: str) -> bool:
    try:
        with psycopg.connect(libpq_conninfo(url), connect_timeout=5):
            return True
    except psycopg.OperationalError:
        return False


def test_a_server_left_by_a_killed_run_is_stopped_and_deleted() -> None:
    bindir = find_bindir()
    assert bindir is not None, "Debian's postgresql is installed by scripts/system-packages.sh"
    env = {k: v for k, v in os.environ.items() if k != ENV_URL}  # a private server, always
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        url = child.stdout.readline().strip()
        assert url.startswith("postgresql+psycopg://"), url
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    [folder] = [
        path
        for path in Path(tempfile.gettempdir()).glob(f"{PREFIX}*")
        if (path / OWNER_FILE).exists() and (path / OWNER_FILE).read_text() == str(child.pid)
    ]
    assert reachable(url)  # orphaned: still running after its owner died

    removed = stop_orphans(bindir)

    assert folder in removed and not folder.exists()
    assert not reachable(url)


def test_a_live_runs_server_is_left_alone(postgres_url: str) -> None:
    bindir = find_bindir()
    assert bindir is not None
    stop_orphans(bindir)
    assert reachable(postgres_url)  # the suite's server (its owner, this run, is alive)
