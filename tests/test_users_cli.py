"""`triage users add` in real subprocesses: password from a pipe, and hidden on a terminal."""

from __future__ import annotations

import os
import select
import subprocess
import sys
from pathlib import Path

from sqlalchemy import create_engine, text

PASSWORD = "a long enough secret"


def env_for(db: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = f"sqlite:///{db}"
    return env


def users_add(db: Path, name: str, role: str, stdin: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "triage.cli", "users", "add", name, "--role", role],
        input=stdin,
        capture_output=True,
        text=True,
        env=env_for(db),
        timeout=120,
    )


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql))]
    finally:
        engine.dispose()


def test_users_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "triage.db"
    added = users_add(db, "ann", "nurse", PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "user ann (nurse) created" in added.stdout
    [(name, role, digest)] = rows(db, "SELECT name, role, password_hash FROM users")
    assert (name, role) == ("ann", "nurse")
    assert str(digest).startswith("$argon2id$") and PASSWORD not in str(digest)
    assert rows(db, "SELECT actor, action, object_type FROM audit_events") == [
        ("system", "user_added", "user")
    ]

    again = users_add(db, "ann", "admin", PASSWORD + "\n")
    assert again.returncode == 1 and "already exists" in again.stderr
    short = users_add(db, "bob", "nurse", "short\n")
    assert short.returncode == 1 and "at least 10 characters" in short.stderr
    bad_role = users_add(db, "bob", "doctor", PASSWORD + "\n")
    assert bad_role.returncode == 2 and "doctor" in bad_role.stderr
    assert rows(db, "SELECT name FROM users") == [("ann",)]

    listed = subprocess.run(
        [sys.executable, "-m", "triage.cli", "users", "list"],
        capture_output=True,
        text=True,
        env=env_for(db),
        timeout=120,
    )
    assert listed.stdout.startswith("ann\tnurse\tactive")

    def users(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "triage.cli", "users", *args],
            capture_output=True,
            text=True,
            env=env_for(db),
            timeout=120,
        )

    disabled = users("disable", "ann")
    assert disabled.returncode == 0 and "user ann disabled" in disabled.stdout
    assert rows(db, "SELECT disabled FROM users WHERE name = 'ann'") == [(1,)]
    assert users("list").stdout.startswith("ann\tnurse\tdisabled")
    assert rows(db, "SELECT actor, action FROM audit_events ORDER BY id")[-1] == (
        "system",
        "user_disabled",
    )
    nobody = users("disable", "nobody")
    assert nobody.returncode == 1 and "no user named 'nobody'" in nobody.stderr


def _read_until(fd: int, marker: bytes, seen: bytearray, timeout: float = 60) -> None:
    while marker not in seen:
        ready, _, _ = select.select([fd], [], [], timeout)
        assert ready, f"no {marker!r} on the terminal; got {bytes(seen)!r}"
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        seen.extend(chunk)


def test_users_add_on_a_terminal_hides_and_confirms_the_password(tmp_path: Path) -> None:
    db = tmp_path / "triage.db"
    controller, terminal = os.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", "users", "add", "root", "--role", "admin"],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env_for(db),
        start_new_session=True,
    )
    os.close(terminal)
    seen = bytearray()
    try:
        _read_until(controller, b"Password:", seen)
        os.write(controller, (PASSWORD + "\n").encode())
        _read_until(controller, b"Repeat for confirmation:", seen)
        os.write(controller, (PASSWORD + "\n").encode())
        _read_until(controller, b"created", seen)
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(controller)
    assert PASSWORD.encode() not in seen  # never echoed
    assert rows(db, "SELECT name, role FROM users") == [("root", "admin")]
