"""The Alembic migrations on real SQLite files and a real Postgres: they run, reverse, and
match the models.

The comparison test is the one that catches a migration drifting from ``storage.models``,
or LangGraph's checkpoint tables leaking into autogenerate.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, String, inspect, text
from sqlalchemy.exc import DBAPIError

from core.errors import StorageError
from storage.checkpointer import (
    POSTGRES_CHECKPOINT_TABLES,
    SQLITE_CHECKPOINT_TABLES,
    open_checkpointer,
)
from storage.db import make_engine
from storage.migrate import alembic_config, context_options, current, downgrade, upgrade
from storage.models import Base

REPO_ROOT = Path(__file__).resolve().parent.parent
INITIAL_TABLES = {"sessions", "messages", "intake_snapshots", "red_flags", "assessments"}
WORKSPACE_TABLES = {"users", "nurse_logins", "nurse_reviews", "audit_events"}  # 0002
KNOWLEDGE_TABLES = {"kb_documents", "kb_chunks", "kb_citations", "kb_answer_cache"}  # 0003
OUR_TABLES = INITIAL_TABLES | WORKSPACE_TABLES | KNOWLEDGE_TABLES
HEAD = "0003"


@pytest.fixture
def url(database_url: str) -> str:
    return database_url


def checkpoint_tables(url: str) -> frozenset[str]:
    return SQLITE_CHECKPOINT_TABLES if url.startswith("sqlite") else POSTGRES_CHECKPOINT_TABLES


def table_names(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def schema_diff(url: str, metadata: MetaData = Base.metadata, **overrides: Any) -> list[Any]:
    """Return what autogenerate would change to make the database match ``metadata``."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            opts = {**context_options(connection.dialect.name), **overrides}
            context = MigrationContext.configure(connection, opts=opts)
            return compare_metadata(context, metadata)
    finally:
        engine.dispose()


def test_upgrade_downgrade_upgrade(url: str, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # the script location must not depend on the cwd
    assert current(url) is None

    upgrade(url)
    assert table_names(url) >= OUR_TABLES
    assert current(url) == HEAD

    downgrade(url, "0001")  # the nurse workspace goes, the conversations stay
    assert table_names(url) & OUR_TABLES == INITIAL_TABLES
    assert current(url) == "0001"
    assert schema_diff(url, initial_metadata()) == []

    downgrade(url, "base")
    assert table_names(url) & OUR_TABLES == set()
    assert current(url) is None

    upgrade(url)
    assert table_names(url) >= OUR_TABLES
    assert current(url) == HEAD
    assert schema_diff(url) == []


def initial_metadata() -> MetaData:
    """Return the models as they stood at revision 0001 (without the workspace tables)."""
    initial = MetaData(naming_convention=dict(Base.metadata.naming_convention))
    for table in Base.metadata.sorted_tables:
        if table.name in INITIAL_TABLES:
            table.to_metadata(initial)
    return initial


def test_the_audit_log_is_append_only_in_the_database(url: str) -> None:
    upgrade(url)
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO audit_events (actor, action, created_at) "
                    "VALUES ('ann', 'login', '2026-11-24 03:00:00')"
                )
            )
        for statement in (
            "UPDATE audit_events SET actor = 'mallory'",
            "DELETE FROM audit_events",
        ):
            with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
                connection.execute(text(statement))
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT actor, action FROM audit_events")).all()
        assert [tuple(row) for row in rows] == [("ann", "login")]
    finally:
        engine.dispose()

    downgrade(url, "0001")  # the triggers go with the table
    upgrade(url)
    assert schema_diff(url) == []


def test_upgrade_names_a_missing_database_folder_and_migrates_once_it_exists(
    tmp_path: Path,
) -> None:
    # Since cab1622 a missing SQLite folder is named (a mistyped path must not start an
    # empty database somewhere new); the operator creates it and the upgrade goes through.
    folder = tmp_path / "var" / "lib"
    url = f"sqlite:///{folder / 'triage.db'}"
    with pytest.raises(StorageError, match="does not exist") as info:
        upgrade(url)
    assert str(folder) in str(info.value) and not folder.exists()
    folder.mkdir(parents=True)
    upgrade(url)
    assert (folder / "triage.db").is_file()
    assert table_names(url) >= OUR_TABLES


async def test_models_match_migrations_beside_checkpoint_tables(url: str) -> None:
    async with open_checkpointer(url):
        pass  # LangGraph creates its tables in the same file
    upgrade(url)
    assert table_names(url) >= checkpoint_tables(url) | OUR_TABLES

    assert schema_diff(url) == []
    assert schema_diff(url, compare_server_default=True) == []

    # Without the hook, autogenerate would propose dropping LangGraph's tables.
    unfiltered = schema_diff(url, include_object=None)
    removed = {diff[1].name for diff in unfiltered if diff[0] == "remove_table"}
    assert removed == set(checkpoint_tables(url))


def test_comparison_sees_a_changed_column_type(url: str) -> None:
    upgrade(url)
    changed = MetaData(naming_convention=dict(Base.metadata.naming_convention))
    for table in Base.metadata.sorted_tables:
        table.to_metadata(changed)
    changed.tables["sessions"].c.language.type = String(32)

    diffs = schema_diff(url, changed, target_metadata=changed)

    assert [(d[0][0], d[0][2], d[0][3]) for d in diffs] == [("modify_type", "sessions", "language")]


def test_programmatic_migration_leaves_app_logging_alone(url: str) -> None:
    probe = logging.getLogger("triage.probe")
    root_handlers = list(logging.getLogger().handlers)
    upgrade(url)
    assert not probe.disabled
    assert logging.getLogger().handlers == root_handlers


def test_offline_mode_prints_the_sql(url: str, tmp_path: Path, capsys) -> None:
    command.upgrade(alembic_config(url), "head", sql=True)
    sql = capsys.readouterr().out
    assert "CREATE TABLE sessions" in sql
    assert "CREATE TABLE red_flags" in sql
    assert not (tmp_path / "triage.db").exists()
    assert current(url) is None  # nothing ran


def test_replicas_migrating_at_once_take_turns(postgres_url: str) -> None:
    code = "import sys; from storage.migrate import upgrade; upgrade(sys.argv[1])"
    replicas = [
        subprocess.Popen(
            [sys.executable, "-c", code, postgres_url],
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(4)
    ]
    for replica in replicas:
        out, _ = replica.communicate(timeout=120)
        assert replica.returncode == 0, out
    assert current(postgres_url) == HEAD
    assert schema_diff(postgres_url) == []


async def test_alembic_command_line_uses_settings_and_ignores_checkpoint_tables(
    url: str,
) -> None:
    async with open_checkpointer(url):
        pass
    env = {key: value for key, value in os.environ.items() if not key.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = url

    def alembic(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "alembic", "-c", str(REPO_ROOT / "alembic.ini"), *args],
            cwd=REPO_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    upgraded = alembic("upgrade", "head")
    assert upgraded.returncode == 0, upgraded.stderr
    assert current(url) == HEAD

    checked = alembic("check")
    assert checked.returncode == 0, checked.stderr
    assert "No new upgrade operations detected" in checked.stdout + checked.stderr
