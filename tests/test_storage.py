"""The repository, engine and checkpointer against real SQLite files and a real Postgres.

Every test taking ``url`` or ``factory`` runs on both (migrated, no mocks).
"""

from __future__ import annotations

import asyncio
import stat
import threading
from collections.abc import Iterator
from datetime import UTC
from pathlib import Path
from typing import Any, TypedDict, get_args, get_type_hints

import pytest
from langgraph.graph import END, START, StateGraph
from langgraph.types import Command, interrupt
from sqlalchemy import func, inspect, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from core.errors import ConfigError, SessionNotFound, StorageError
from states import Disposition, IntakeRecord, Stage
from states.graph_state import RedFlag, Turn
from storage import repository as repo
from storage.checkpointer import (
    POSTGRES_CHECKPOINT_TABLES,
    SQLITE_CHECKPOINT_TABLES,
    open_checkpointer,
)
from storage.db import libpq_conninfo, make_engine, make_session_factory
from storage.migrate import upgrade
from storage.models import (
    DISPOSITIONS,
    FLAG_SOURCES,
    ROLES,
    STAGES,
    Assessment,
    Base,
    IntakeSnapshot,
    Message,
    RedFlagRow,
    TriageSession,
)

Factory = sessionmaker[Session]


@pytest.fixture
def url(database_url: str) -> str:
    return database_url


def migrated_factory(url: str) -> Iterator[Factory]:
    upgrade(url)
    engine = make_engine(url)
    yield make_session_factory(engine)
    engine.dispose()


@pytest.fixture
def factory(url: str) -> Iterator[Factory]:
    yield from migrated_factory(url)


@pytest.fixture
def sqlite_factory(sqlite_url: str) -> Iterator[Factory]:
    yield from migrated_factory(sqlite_url)


def new_session(factory: Factory, language: str = "en", token_hash: str | None = None) -> str:
    with factory() as s, s.begin():
        return repo.create_session(s, language=language, access_token_hash=token_hash).id


def add(factory: Factory, session_id: str, role: str, content: str) -> Message:
    with factory() as s, s.begin():
        return repo.add_message(s, session_id=session_id, role=role, content=content)


def red_flag(message_id: int | None, flag_id: str = "chest_pain_arm", **over: Any) -> RedFlag:
    flag: RedFlag = {
        "flag_id": flag_id,
        "source": "rule",
        "level": "emergency",
        "label": "Chest pain spreading to the arm",
        "evidence": "crushing chest pain spreading to my left arm",
        "guideline": "NICE CG95",
        "message_id": message_id,
    }
    return {**flag, **over}  # type: ignore[typeddict-item]


def count(factory: Factory, model: type[Base]) -> int:
    with factory() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


# Sessions and messages


def test_messages_are_numbered_in_order(factory: Factory) -> None:
    sid = new_session(factory)
    texts = ["I have chest pain", "Since this morning?", "Yes, about two hours"]
    for i, content in enumerate(texts):
        stored = add(factory, sid, "patient" if i % 2 == 0 else "agent", content)
        assert stored.seq == i + 1  # loaded, usable after the session closed
        assert stored.id is not None

    with factory() as s:
        listed = repo.list_messages(s, session_id=sid)
        assert [(m.seq, m.content) for m in listed] == list(enumerate(texts, start=1))
        last = repo.last_message(s, session_id=sid)
        assert last is not None and last.seq == 3
        last_agent = repo.last_message(s, session_id=sid, role="agent")
        assert last_agent is not None and last_agent.content == "Since this morning?"
        assert repo.last_message(s, session_id=new_session(factory)) is None


def test_a_turn_reads_its_session_and_last_message_in_one_row(factory: Factory) -> None:
    a, b, empty = new_session(factory, "zh"), new_session(factory), new_session(factory)
    for i in range(3):
        add(factory, a, "patient" if i % 2 == 0 else "agent", f"a{i}")
        add(factory, b, "agent", f"b{i}")
    with factory() as s, s.begin():
        repo.finish_turn(s, session_id=b, stage="advice", disposition="urgent")
    with factory() as s:
        last_a = repo.last_message(s, session_id=a)
        assert last_a is not None
        assert repo.turn_opening(s, session_id=a) == repo.TurnOpening(
            "zh", None, repo.LastMessage(last_a.id, "patient", "a2")
        )
        opening_b = repo.turn_opening(s, session_id=b)
        assert opening_b is not None and opening_b.disposition == "urgent"
        assert opening_b.last is not None and opening_b.last.content == "b2"
        assert repo.turn_opening(s, session_id=empty) == repo.TurnOpening("en", None, None)
        assert repo.turn_opening(s, session_id="missing") is None


def test_append_message_stores_what_add_message_does_and_returns_its_id(
    factory: Factory,
) -> None:
    sid = new_session(factory)
    add(factory, sid, "agent", "Hello")
    with factory() as s:
        before = s.get(TriageSession, sid).updated_at  # type: ignore[union-attr]
    with factory() as s, s.begin():
        first = repo.append_message(s, session_id=sid, role="patient", content="chest pain")
        repo.finish_turn(s, session_id=sid, stage="collecting")
        second = repo.append_message(
            s, session_id=sid, role="agent", content="Since when?", row_locked=True
        )
    with factory() as s:
        listed = repo.list_messages(s, session_id=sid)
        row = s.get(TriageSession, sid)
    assert [(m.id, m.seq, m.role, m.content) for m in listed[1:]] == [
        (first, 2, "patient", "chest pain"),
        (second, 3, "agent", "Since when?"),
    ]
    assert row is not None and row.updated_at > before
    stamp = listed[-1].created_at
    assert stamp.tzinfo is not None and stamp.utcoffset() == UTC.utcoffset(None)
    with pytest.raises(SessionNotFound), factory() as s, s.begin():
        repo.append_message(s, session_id="nope", role="patient", content="hello")


def test_interleaved_sessions_keep_their_own_sequences(factory: Factory) -> None:
    a, b = new_session(factory), new_session(factory)
    for i in range(3):
        add(factory, a, "patient", f"a{i}")
        add(factory, b, "patient", f"b{i}")
    add(factory, a, "agent", "a3")
    with factory() as s:
        assert [(m.seq, m.content) for m in repo.list_messages(s, session_id=a)] == [
            (1, "a0"),
            (2, "a1"),
            (3, "a2"),
            (4, "a3"),
        ]
        assert [(m.seq, m.content) for m in repo.list_messages(s, session_id=b)] == [
            (1, "b0"),
            (2, "b1"),
            (3, "b2"),
        ]


def test_several_messages_in_one_transaction_get_distinct_seqs(factory: Factory) -> None:
    sid = new_session(factory)
    with factory() as s, s.begin():
        seqs = [
            repo.add_message(s, session_id=sid, role="patient", content=str(i)).seq
            for i in range(4)
        ]
    assert seqs == [1, 2, 3, 4]


def test_concurrent_writers_on_one_session_do_not_collide(factory: Factory) -> None:
    sid = new_session(factory)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(10):
                add(factory, sid, "patient", f"{n}-{i}")
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    with factory() as s:
        assert [m.seq for m in repo.list_messages(s, session_id=sid)] == list(range(1, 41))


def test_add_message_bumps_updated_at_and_needs_a_session(factory: Factory) -> None:
    sid = new_session(factory)
    with factory() as s:
        before = s.get(TriageSession, sid).updated_at  # type: ignore[union-attr]
    add(factory, sid, "patient", "hello")
    with factory() as s:
        after = s.get(TriageSession, sid).updated_at  # type: ignore[union-attr]
    assert after > before
    with pytest.raises(SessionNotFound), factory() as s, s.begin():
        repo.add_message(s, session_id="nope", role="patient", content="hello")


def test_timestamps_come_back_aware_utc(factory: Factory) -> None:
    sid = new_session(factory)
    add(factory, sid, "patient", "hello")
    with factory() as s:
        row = repo.get_session(s, session_id=sid)
        message = repo.last_message(s, session_id=sid)
    assert row is not None and message is not None
    for stamp in (row.created_at, row.updated_at, message.created_at):
        assert stamp.tzinfo is not None and stamp.utcoffset() == UTC.utcoffset(None)


def test_caller_rollback_leaves_no_rows(factory: Factory) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), factory() as s, s.begin():
        sid = repo.create_session(s, language="en").id
        message = repo.add_message(s, session_id=sid, role="patient", content="chest pain")
        repo.add_snapshot(s, session_id=sid, message_id=message.id, record={"a": 1})
        repo.add_red_flags(s, session_id=sid, flags=[red_flag(message.id)])
        raise Boom

    # Without a transaction block the functions still leave committing to the caller.
    with factory() as s:
        sid = repo.create_session(s, language="en").id
        repo.add_message(s, session_id=sid, role="patient", content="chest pain")
        s.rollback()

    for model in (TriageSession, Message, IntakeSnapshot, RedFlagRow):
        assert count(factory, model) == 0


def test_sessions_are_found_by_token_hash(factory: Factory) -> None:
    token_hash = repo.hash_access_token("resume-token-123")
    assert len(token_hash) == 64 and token_hash != "resume-token-123"
    sid = new_session(factory, token_hash=token_hash)
    with factory() as s:
        found = repo.get_session_by_token_hash(s, access_token_hash=token_hash)
        assert found is not None and found.id == sid
        assert repo.get_session_by_token_hash(s, access_token_hash="0" * 64) is None
        assert repo.get_session(s, session_id="missing") is None
    with pytest.raises(IntegrityError), factory() as s, s.begin():
        repo.create_session(s, language="en", access_token_hash=token_hash)


def test_update_session_sets_only_given_fields(factory: Factory) -> None:
    sid = new_session(factory, language="en")
    with factory() as s, s.begin():
        repo.update_session(s, session_id=sid, stage="advice", turns=3)
    with factory() as s, s.begin():
        row = repo.update_session(s, session_id=sid, disposition=Disposition.URGENT, language="zh")
    assert (row.stage, row.disposition, row.language, row.turns) == ("advice", "urgent", "zh", 3)
    with pytest.raises(SessionNotFound), factory() as s, s.begin():
        repo.update_session(s, session_id="missing", stage="advice")


def test_deleting_a_session_cascades_in_the_database(factory: Factory) -> None:
    sid = new_session(factory)
    message = add(factory, sid, "patient", "chest pain")
    with factory() as s, s.begin():
        repo.add_red_flags(s, session_id=sid, flags=[red_flag(message.id)])
        s.execute(text("DELETE FROM sessions WHERE id = :id"), {"id": sid})
    assert count(factory, Message) == 0
    assert count(factory, RedFlagRow) == 0


# Red flags


def test_add_red_flags_is_idempotent_per_message_and_flag(factory: Factory) -> None:
    sid = new_session(factory)
    first = add(factory, sid, "patient", "crushing chest pain spreading to my left arm")
    second = add(factory, sid, "patient", "and I am sweating")
    flags = [red_flag(first.id), red_flag(first.id, "sweating", level="urgent")]

    with factory() as s, s.begin():
        stored = repo.add_red_flags(s, session_id=sid, flags=flags)
    assert [row.flag_id for row in stored] == ["chest_pain_arm", "sweating"]

    with factory() as s, s.begin():  # the same turn, re-run
        assert repo.add_red_flags(s, session_id=sid, flags=[*flags, flags[0]]) == []
    with factory() as s, s.begin():  # the same rule, a later message: a new row
        again = repo.add_red_flags(s, session_id=sid, flags=[red_flag(second.id)])
    assert [(row.flag_id, row.message_id) for row in again] == [("chest_pain_arm", second.id)]

    with factory() as s:
        listed = repo.list_red_flags(s, session_id=sid)
    assert [(r.flag_id, r.message_id, r.level) for r in listed] == [
        ("chest_pain_arm", first.id, "emergency"),
        ("sweating", first.id, "urgent"),
        ("chest_pain_arm", second.id, "emergency"),
    ]
    assert listed[0].evidence == "crushing chest pain spreading to my left arm"
    assert listed[0].guideline == "NICE CG95"


def test_a_red_flag_needs_an_existing_message(factory: Factory) -> None:
    sid = new_session(factory)
    with pytest.raises(IntegrityError), factory() as s, s.begin():
        repo.add_red_flags(s, session_id=sid, flags=[red_flag(999_999)])
    with pytest.raises(ValueError, match="message_id"), factory() as s, s.begin():
        repo.add_red_flags(s, session_id=sid, flags=[red_flag(None)])
    assert count(factory, RedFlagRow) == 0


def test_the_database_rejects_values_outside_the_contract(factory: Factory) -> None:
    sid = new_session(factory)
    with pytest.raises(IntegrityError), factory() as s, s.begin():
        repo.update_session(s, session_id=sid, stage="finished")
    with pytest.raises(IntegrityError), factory() as s, s.begin():
        repo.add_message(s, session_id=sid, role="system", content="x")


def test_allowed_values_match_the_states_contract() -> None:
    assert set(STAGES) == set(get_args(Stage))
    assert set(DISPOSITIONS) == {level.value for level in Disposition}
    assert set(ROLES) == set(get_args(get_type_hints(Turn)["role"]))
    assert set(FLAG_SOURCES) == set(get_args(get_type_hints(RedFlag)["source"]))


# Snapshots and assessments


def test_snapshots_round_trip_json(factory: Factory) -> None:
    sid = new_session(factory, language="zh")
    first = add(factory, sid, "patient", "胸口痛")
    second = add(factory, sid, "patient", "两个小时了")
    older = IntakeRecord(chief_complaint="胸口痛").model_dump()
    newer = IntakeRecord.model_validate(
        {"chief_complaint": "胸口痛", "symptoms": [{"name": "胸痛", "duration": "两个小时"}]}
    ).model_dump()

    with factory() as s, s.begin():
        assert repo.latest_snapshot(s, session_id=sid) is None
        repo.add_snapshot(s, session_id=sid, message_id=first.id, record=older)
        repo.add_snapshot(s, session_id=sid, message_id=second.id, record=newer)

    with factory() as s:
        latest = repo.latest_snapshot(s, session_id=sid)
    assert latest is not None and latest.message_id == second.id
    assert latest.record == newer
    assert latest.created_at.tzinfo is not None and latest.session_id == sid
    assert IntakeRecord.model_validate(latest.record).symptoms[0].duration == "两个小时"


def test_assessments_round_trip_json(factory: Factory) -> None:
    sid = new_session(factory)
    message = add(factory, sid, "patient", "crushing chest pain")
    with factory() as s, s.begin():
        assert repo.latest_assessment(s, session_id=sid) is None
        repo.add_assessment(
            s,
            session_id=sid,
            message_id=None,
            disposition="urgent",
            rule_disposition=None,
            model_disposition="urgent",
            message="first",
            reasons=[],
            self_care=[],
            get_help_now_if=[],
            disclaimer="For reference only.",
        )
        repo.add_assessment(
            s,
            session_id=sid,
            message_id=message.id,
            disposition=Disposition.EMERGENCY,
            rule_disposition=Disposition.EMERGENCY,
            model_disposition=Disposition.SELF_CARE,
            message="Call 112 now.",
            reasons=["Chest pain spreading to the arm", "出汗"],
            self_care=["Sit down and rest"],
            get_help_now_if=["Pain gets worse", "You faint"],
            disclaimer="This advice is for reference and does not replace a clinician.",
        )

    with factory() as s:
        latest = repo.latest_assessment(s, session_id=sid)
    assert isinstance(latest, Assessment)
    assert (latest.disposition, latest.rule_disposition, latest.model_disposition) == (
        "emergency",
        "emergency",
        "self_care",
    )
    assert latest.message_id == message.id
    assert latest.reasons == ["Chest pain spreading to the arm", "出汗"]
    assert latest.self_care == ["Sit down and rest"]
    assert latest.get_help_now_if == ["Pain gets worse", "You faint"]


# Engine


def test_sqlite_pragmas_are_in_effect(sqlite_factory: Factory) -> None:
    with sqlite_factory() as s:
        pragma = {
            name: s.execute(text(f"PRAGMA {name}")).scalar()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 5000,
        "synchronous": 1,
    }


def test_make_engine_names_a_missing_folder_rather_than_create_it(tmp_path: Path) -> None:
    # A mistyped path must not start an empty database somewhere new.
    with pytest.raises(StorageError, match=r"database folder .* does not exist") as info:
        make_engine(f"sqlite:///{tmp_path / 'new' / 'dir' / 'triage.db'}")
    assert info.value.reason == "missing"
    assert not (tmp_path / "new").exists()


def test_in_memory_engine_is_one_database_for_every_session() -> None:
    engine = make_engine("sqlite://")
    Base.metadata.create_all(engine)
    factory = make_session_factory(engine)
    sid = new_session(factory)
    add(factory, sid, "patient", "hello")
    with factory() as s:
        assert [m.content for m in repo.list_messages(s, session_id=sid)] == ["hello"]
    engine.dispose()


# Checkpointer


class AskState(TypedDict, total=False):
    answer: str


def ask(state: AskState) -> AskState:
    return {"answer": interrupt("How long has it hurt?")}


def ask_graph() -> StateGraph:
    builder = StateGraph(AskState)
    builder.add_node("ask", ask)
    builder.add_edge(START, "ask")
    builder.add_edge("ask", END)
    return builder


async def test_checkpointer_shares_the_database_and_survives_reopening(
    factory: Factory, url: str, tmp_path: Path
) -> None:
    config = {"configurable": {"thread_id": "session-1"}}
    async with open_checkpointer(url) as saver:
        graph = ask_graph().compile(checkpointer=saver)
        first = await graph.ainvoke({"answer": ""}, config)
        assert first["__interrupt__"][0].value == "How long has it hurt?"

    async with open_checkpointer(url) as saver:
        graph = ask_graph().compile(checkpointer=saver)
        paused = await graph.aget_state(config)
        assert paused.next == ("ask",)
        resumed = await graph.ainvoke(Command(resume="two hours"), config)
    assert resumed == {"answer": "two hours"}

    # One database: our tables and LangGraph's, side by side, still usable together.
    if url.startswith("sqlite"):
        assert {p.name for p in tmp_path.iterdir() if p.suffix == ".db"} == {"triage.db"}
        checkpoint_tables = SQLITE_CHECKPOINT_TABLES
    else:
        checkpoint_tables = POSTGRES_CHECKPOINT_TABLES
    with factory() as s:
        tables = set(inspect(s.connection()).get_table_names())
    assert checkpoint_tables | {"sessions", "messages"} <= tables
    sid = new_session(factory)
    assert add(factory, sid, "patient", "still here").seq == 1


async def test_in_memory_checkpointer_runs_a_graph() -> None:
    async with open_checkpointer("sqlite://") as saver:
        graph = ask_graph().compile(checkpointer=saver)
        config = {"configurable": {"thread_id": "t"}}
        await graph.ainvoke({"answer": ""}, config)
        assert (await graph.ainvoke(Command(resume="yes"), config)) == {"answer": "yes"}


async def test_checkpointer_rejects_an_unknown_backend() -> None:
    with pytest.raises(ConfigError, match="TRIAGE_DATABASE_URL"):
        async with open_checkpointer("mysql+pymysql://u:p@localhost/triage"):
            pass


async def test_postgres_checkpointer_setup_is_safe_when_replicas_start_together(
    postgres_url: str,
) -> None:
    async def open_and_run(n: int) -> Any:
        async with open_checkpointer(postgres_url, pool_size=2) as saver:
            graph = ask_graph().compile(checkpointer=saver)
            config = {"configurable": {"thread_id": f"t{n}"}}
            await graph.ainvoke({"answer": ""}, config)
            return await graph.ainvoke(Command(resume=f"answer {n}"), config)

    results = await asyncio.gather(*(open_and_run(n) for n in range(4)))
    assert results == [{"answer": f"answer {n}"} for n in range(4)]


async def test_unreachable_postgres_is_a_clear_storage_error() -> None:
    url = "postgresql+psycopg://triage:secret@127.0.0.1:9/triage"
    with pytest.raises(StorageError, match="Cannot reach the database") as info:
        async with open_checkpointer(url):
            pass
    assert "secret" not in str(info.value)
    with pytest.raises(StorageError, match="TRIAGE_DATABASE_URL") as info:
        upgrade(url)
    assert "secret" not in str(info.value)


def test_postgres_engine_has_a_bounded_pool_pinged_only_after_idle() -> None:
    # Not a ping before every checkout: only connections back from idle are pinged
    # (tests/test_faults.py, test_postgres_pool_pings_only_connections_back_from_idle).
    engine = make_engine("postgresql+psycopg://triage:secret@127.0.0.1:9/triage", pool_size=3)
    assert not engine.pool._pre_ping  # type: ignore[attr-defined]
    assert engine.pool.size() == 3  # type: ignore[attr-defined]
    assert engine.pool._max_overflow == 6  # type: ignore[attr-defined]
    engine.dispose()


def test_libpq_conninfo_keeps_credentials_and_socket_options() -> None:
    url = "postgresql+psycopg://tri%40ge:p%25ss@db.example:6432/triage?sslmode=require"
    assert libpq_conninfo(url) == (
        "postgresql://tri%40ge:p%25ss@db.example:6432/triage?sslmode=require"
    )


# --- the SQLite file holds health data: its owner only reads it ---------------------------


async def test_a_new_sqlite_database_and_its_wal_files_are_private(tmp_path: Path) -> None:
    database = tmp_path / "clinic" / "triage.db"
    database.parent.mkdir()
    url = f"sqlite:///{database}"
    upgrade(url)
    engine = make_engine(url)
    try:
        with make_session_factory(engine)() as s, s.begin():
            repo.create_session(s, language="en")
        async with open_checkpointer(url):
            pass
        files = [database, *database.parent.glob("triage.db-*")]
        assert {f.name for f in files} >= {"triage.db", "triage.db-wal", "triage.db-shm"}
        assert {f.name: stat.S_IMODE(f.stat().st_mode) for f in files} == {
            f.name: 0o600 for f in files
        }
    finally:
        engine.dispose()


def test_a_database_others_can_read_is_reported(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    database = tmp_path / "triage.db"
    database.touch(mode=0o644)
    database.chmod(0o644)
    make_engine(f"sqlite:///{database}").dispose()
    assert "readable by other users (mode 644)" in caplog.text
    assert stat.S_IMODE(database.stat().st_mode) == 0o644  # the administrator's to change
