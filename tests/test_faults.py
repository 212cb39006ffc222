"""Faults mid-turn, on SQLite and Postgres: the model failing in every way, the turn budget,
a graph that breaks off, the database failing. Nothing the patient typed is lost or doubled.

Each test fails if its protection is removed: retries (a fault once is invisible), bounded
retries (the request count), the turn budget (the turn would hang), resuming from the
checkpoint (the resend would get a stale or empty reply), one transaction per write (a
failed commit would leave half a turn).
"""

from __future__ import annotations

import dataclasses
import json
import shutil
import socket
from contextlib import AbstractAsyncContextManager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from agent.conversation import Conversation
from core.errors import StorageError, TurnFailed
from core.settings import Settings
from fakes import FakeOpenAIServer, Reply
from fakes.llm_scripts import ModelScript
from fakes.rules import BrokenRules
from storage import repository as repo
from storage.db import make_engine, make_session_factory
from storage.models import IntakeSnapshot, Message
from triage.app import open_conversation

RETRIES = 2  # the conftest settings' llm_retries
KNEE = "My knee hurts since yesterday"
SECOND = "It is about 3 out of 10"
FEVER_RASH = "I have a fever and a new rash on my legs"
CHEST_PAIN = "I have had chest pain since this morning"
VALID_UPDATE = {"update": {"chief_complaint": "my knee hurts"}}  # the patient's words


HANGING = Reply(content=json.dumps(VALID_UPDATE), delay_s=8.0)  # past a 1 s turn budget


def within_one_second(settings: Settings) -> AbstractAsyncContextManager[Conversation]:
    """Open a conversation whose turns may take 1 s (its model calls may take longer)."""
    budget = settings.model_copy(update={"turn_timeout_s": 1.0, "llm_timeout_s": 60.0})
    return open_conversation(budget, announce=False)


def transcript(conversation: Conversation, session_id: str) -> list[tuple[str, str]]:
    with conversation.sessions() as s:
        return [(m.role, m.content) for m in repo.list_messages(s, session_id=session_id)]


async def graph_patient_ids(conversation: Conversation, session_id: str) -> list[int]:
    state = await conversation.graph.aget_state({"configurable": {"thread_id": session_id}})
    return [t["message_id"] for t in state.values.get("messages", []) if t["role"] == "patient"]


def stored_patient_ids(conversation: Conversation, session_id: str) -> list[int]:
    with conversation.sessions() as s:
        return [m.id for m in repo.list_messages(s, session_id=session_id) if m.role == "patient"]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])  # closed again when the block ends


FAULTS: dict[str, Reply] = {
    "http_500": Reply(status=500),
    "http_429": Reply(status=429),
    "cut_mid_reply": Reply(content=json.dumps(VALID_UPDATE), cut_after_chars=12),
    "malformed_json": Reply(content='{"update": {"chief_complaint": "knee'),
    "schema_invalid": Reply(content=json.dumps({"update": {"age_years": "forty"}})),
}


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_a_model_fault_once_is_retried_and_invisible(
    conversation: Conversation, model: ModelScript, fault: str
) -> None:
    model.use({"Extraction": [FAULTS[fault], VALID_UPDATE]})
    started = await conversation.start("en")
    result = await conversation.send(started.session_id, KNEE)
    assert result.fallbacks == 0
    assert model.calls["Extraction"] == 2  # one failure, one retry
    with conversation.sessions() as s:
        snapshot = repo.latest_snapshot(s, session_id=started.session_id)
    assert snapshot is not None and snapshot.record["chief_complaint"] == "my knee hurts"


@pytest.mark.parametrize("fault", list(FAULTS))
async def test_a_model_that_keeps_failing_gets_bounded_retries_then_a_safe_turn(
    conversation: Conversation, model: ModelScript, fault: str
) -> None:
    failing = FAULTS[fault]
    model.use({"Extraction": [failing], "RedFlagAssessment": [failing], "NextQuestion": [failing]})
    started = await conversation.start("en")
    result = await conversation.send(started.session_id, KNEE)
    # Bounded: each structured call tried 1 + TRIAGE_LLM_RETRIES times, then a fallback.
    assert model.calls == {
        t: RETRIES + 1 for t in ("Extraction", "RedFlagAssessment", "NextQuestion")
    }
    assert result.stage == "collecting" and result.reply  # the bank's question
    assert result.fallbacks >= 3  # the patient view shows the degraded-service notice

    model.use({})  # the model recovers: the same session carries on
    again = await conversation.send(started.session_id, SECOND)
    assert again.fallbacks == 0 and again.reply
    assert transcript(conversation, started.session_id)[1:] == [
        ("patient", KNEE),
        ("agent", result.reply),
        ("patient", SECOND),
        ("agent", again.reply),
    ]
    assert await graph_patient_ids(conversation, started.session_id) == stored_patient_ids(
        conversation, started.session_id
    )


async def test_a_refused_connection_is_retried_then_falls_back(
    settings: Settings, fake_llm: FakeOpenAIServer
) -> None:
    down = settings.model_copy(update={"llm_base_url": f"http://127.0.0.1:{closed_port()}/v1"})
    async with open_conversation(down, announce=False) as conversation:
        started = await conversation.start("en")
        result = await conversation.send(started.session_id, KNEE)
    assert result.reply and result.fallbacks >= 3

    # The model is back; a new process (a new Conversation) continues the same session.
    async with open_conversation(settings, announce=False) as conversation:
        again = await conversation.send(started.session_id, SECOND)
        assert again.fallbacks == 0
        roles = [r for r, _ in transcript(conversation, started.session_id)]
        assert roles == ["agent", "patient", "agent", "patient", "agent"]


async def test_a_model_timing_out_is_retried_within_the_request_timeout(
    settings: Settings, model: ModelScript
) -> None:
    slow = Reply(content=json.dumps(VALID_UPDATE), delay_s=3.0)
    model.use({"Extraction": [slow, VALID_UPDATE]})
    quick = settings.model_copy(update={"llm_timeout_s": 0.5})
    async with open_conversation(quick, announce=False) as conversation:
        started = await conversation.start("en")
        result = await conversation.send(started.session_id, KNEE)
    assert result.fallbacks == 0 and model.calls["Extraction"] == 2


async def test_a_turn_past_its_budget_fails_clearly_and_a_resend_continues_once(
    settings: Settings, model: ModelScript, fake_llm: FakeOpenAIServer
) -> None:
    model.use({"Extraction": [HANGING], "RedFlagAssessment": [HANGING]})
    async with within_one_second(settings) as conversation:
        started = await conversation.start("en")
        with pytest.raises(TurnFailed) as info:
            await conversation.send(started.session_id, KNEE)
        assert "120" in str(info.value) and "saved" in str(info.value)  # emergency advice
        assert transcript(conversation, started.session_id)[-1] == ("patient", KNEE)

        model.use({})
        result = await conversation.send(started.session_id, KNEE)  # the patient resends
        assert result.stage == "collecting" and result.reply and result.fallbacks == 0
        assert transcript(conversation, started.session_id)[1:] == [
            ("patient", KNEE),
            ("agent", result.reply),
        ]
        assert await graph_patient_ids(conversation, started.session_id) == stored_patient_ids(
            conversation, started.session_id
        )


async def test_a_different_message_after_a_broken_turn_records_that_turn_too(
    settings: Settings, model: ModelScript, fake_llm: FakeOpenAIServer
) -> None:
    # The patient's first message raises an urgent rule flag, then the model hangs past the
    # turn budget. The patient then writes something else instead of resending: the broken
    # run is finished from its checkpoint and recorded against its own message (its red
    # flag with the message that triggered it, for the nurse; its reply), then the new
    # message is answered.
    model.use({"Extraction": [HANGING], "RedFlagAssessment": [HANGING]})
    async with within_one_second(settings) as conversation:
        started = await conversation.start("en")
        sid = started.session_id
        with pytest.raises(TurnFailed):
            await conversation.send(sid, FEVER_RASH)

        model.use({})
        result = await conversation.send(sid, SECOND)  # not a resend: other words

        assert result.stage == "collecting" and result.reply
        with conversation.sessions() as s:
            messages = repo.list_messages(s, session_id=sid)
            first = next(m.id for m in messages if m.content == FEVER_RASH)
            flags = [(f.flag_id, f.message_id) for f in repo.list_red_flags(s, session_id=sid)]
            row = repo.get_session(s, session_id=sid)
            snapshots = s.scalar(
                select(func.count(IntakeSnapshot.id)).where(IntakeSnapshot.session_id == sid)
            )
        assert ("fever_with_rash", first) in flags
        roles = [(m.role, m.content) for m in messages][1:]
        assert [r for r, _ in roles] == ["patient", "patient", "agent", "agent"]
        assert [c for _, c in roles[:2]] == [FEVER_RASH, SECOND]
        assert roles[3][1] == result.reply and roles[2][1]  # the earlier run's reply, kept
        assert row is not None and row.turns == 2 and snapshots == 2
        assert await graph_patient_ids(conversation, sid) == stored_patient_ids(conversation, sid)


async def test_a_different_message_after_a_broken_turn_that_ended_in_an_emergency(
    settings: Settings, model: ModelScript, fake_llm: FakeOpenAIServer
) -> None:
    # The broken run was heading for an emergency (the model's, quoting a sign of the
    # chest-pain rule that fired): finished from its checkpoint, that emergency is the
    # answer to whatever the patient wrote next, and the later message stays stored.
    emergency = {
        "level": "emergency",
        "findings": [{"flag": "chest pain", "evidence": "chest pain"}],
    }
    model.use({"Extraction": [HANGING], "RedFlagAssessment": [emergency]})
    # The semantic channel off: the retrained probe (session 22) reads "chest pain since this
    # morning" as an emergency on top of the rule's urgent, which would end the turn before the
    # model's hanging call; this test is about the model's emergency after a broken run.
    without_channel = settings.model_copy(update={"semantic_channel": False})
    async with within_one_second(without_channel) as conversation:
        started = await conversation.start("en")
        sid = started.session_id
        with pytest.raises(TurnFailed):
            await conversation.send(sid, CHEST_PAIN)

        model.use({"RedFlagAssessment": [emergency]})
        result = await conversation.send(sid, SECOND)

        assert (result.stage, result.disposition) == ("emergency", "emergency")
        assert "120" in result.reply
        roles = transcript(conversation, sid)[1:]
        assert roles == [("patient", CHEST_PAIN), ("patient", SECOND), ("agent", result.reply)]
        with conversation.sessions() as s:
            row = repo.get_session(s, session_id=sid)
        assert row is not None and row.disposition == "emergency" and row.turns == 1


async def test_a_message_whose_run_saved_nothing_is_answered_before_a_different_one(
    conversation: Conversation, model: ModelScript
) -> None:
    # A run saves its checkpoint once, at its end: a process killed mid-run leaves the
    # patient's message in the transcript (committed before the run) and nothing of it in
    # the graph. The patient then writes something else: the stored message is run first,
    # from the transcript, and recorded against its own id (its red flag for the nurse, its
    # reply), then the new message is answered.
    started = await conversation.start("en")
    sid = started.session_id
    with conversation.sessions() as s, s.begin():  # what the killed process had committed
        first = repo.add_message(s, session_id=sid, role="patient", content=FEVER_RASH).id
    assert await graph_patient_ids(conversation, sid) == []

    result = await conversation.send(sid, SECOND)

    assert result.stage == "collecting" and result.reply
    assert model.calls.get("Extraction") == 2  # one run per message
    with conversation.sessions() as s:
        flags = [(f.flag_id, f.message_id) for f in repo.list_red_flags(s, session_id=sid)]
        row = repo.get_session(s, session_id=sid)
    assert ("fever_with_rash", first) in flags
    roles = transcript(conversation, sid)[1:]
    assert [r for r, _ in roles] == ["patient", "patient", "agent", "agent"]
    assert roles[3][1] == result.reply and roles[2][1]
    assert row is not None and row.turns == 2
    assert await graph_patient_ids(conversation, sid) == stored_patient_ids(conversation, sid)


async def test_a_turn_broken_mid_graph_resumes_from_its_checkpoint_on_resend(
    conversation: Conversation, model: ModelScript
) -> None:
    started = await conversation.start("en")
    working = conversation.context
    conversation.context = dataclasses.replace(working, rules=BrokenRules())
    with pytest.raises(TurnFailed):
        await conversation.send(started.session_id, KNEE)
    assert model.calls == {}  # broke before any model call

    conversation.context = working
    result = await conversation.send(started.session_id, KNEE)
    assert result.stage == "collecting" and result.reply  # a real answer, not a stale one
    assert model.calls.get("Extraction") == 1
    assert transcript(conversation, started.session_id)[1:] == [
        ("patient", KNEE),
        ("agent", result.reply),
    ]


async def test_a_commit_failing_mid_turn_leaves_no_partial_rows(
    conversation: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = await conversation.start("en")
    first = await conversation.send(started.session_id, KNEE)
    add_snapshot = repo.add_snapshot

    def failing_snapshot(*args: Any, **kwargs: Any) -> Any:
        add_snapshot(*args, **kwargs)  # written, then the commit fails
        raise OperationalError("INSERT", {}, Exception("server closed the connection"))

    monkeypatch.setattr(repo, "add_snapshot", failing_snapshot)
    with pytest.raises(StorageError, match="try again"):
        await conversation.send(started.session_id, SECOND)
    # The patient's message was committed before; the agent row written with the failed
    # snapshot was rolled back with it.
    assert transcript(conversation, started.session_id)[1:] == [
        ("patient", KNEE),
        ("agent", first.reply),
        ("patient", SECOND),
    ]
    with conversation.sessions() as s:
        snapshots = s.scalar(select(func.count()).select_from(IntakeSnapshot))
    assert snapshots == 1

    monkeypatch.setattr(repo, "add_snapshot", add_snapshot)
    again = await conversation.send(started.session_id, SECOND)  # answered from the checkpoint
    assert [r for r, _ in transcript(conversation, started.session_id)] == [
        "agent",
        "patient",
        "agent",
        "patient",
        "agent",
    ]
    assert transcript(conversation, started.session_id)[-1] == ("agent", again.reply)


async def test_an_unreachable_database_is_a_clear_error_and_nothing_is_lost(
    conversation: Conversation, database_url: str, tmp_path: Path
) -> None:
    started = await conversation.start("en")
    working = conversation.sessions
    if database_url.startswith("postgresql"):
        dead = make_engine("postgresql+psycopg://nobody@127.0.0.1:9/none")  # nothing listens
    else:
        # The disk holding the database goes away after start-up (a missing folder at
        # start-up is refused by make_engine itself: test_cli_errors).
        disk = tmp_path / "disk"
        disk.mkdir()
        dead = make_engine(f"sqlite:///{disk / 'triage.db'}")
        shutil.rmtree(disk)
    conversation.sessions = make_session_factory(dead)
    try:
        with pytest.raises(StorageError, match="database is not available"):
            await conversation.send(started.session_id, KNEE)
    finally:
        conversation.sessions = working
        dead.dispose()

    result = await conversation.send(started.session_id, KNEE)
    assert result.reply
    with conversation.sessions() as s:
        patient_rows = s.scalar(
            select(func.count()).select_from(Message).where(Message.role == "patient")
        )
    assert patient_rows == 1
    assert await graph_patient_ids(conversation, started.session_id) == stored_patient_ids(
        conversation, started.session_id
    )


def _postgres_settings(postgres_url: str, fake_llm: FakeOpenAIServer) -> Settings:
    """The app on this Postgres database and the fake model server."""
    return Settings(
        llm_backend="vllm",
        llm_base_url=fake_llm.base_url,
        database_url=postgres_url,
        emergency_number="120",
    )


async def test_postgres_dropping_every_connection_mid_turn_loses_nothing(
    postgres_url: str, fake_llm: FakeOpenAIServer, model: ModelScript
) -> None:
    import asyncio

    import psycopg
    from sqlalchemy.engine import make_url

    from storage.db import libpq_conninfo

    settings = _postgres_settings(postgres_url, fake_llm)
    database = make_url(postgres_url).database
    slow = Reply(content=json.dumps(VALID_UPDATE), delay_s=1.0)
    model.use({"Extraction": [slow, VALID_UPDATE]})
    async with open_conversation(settings, announce=False) as conversation:
        started = await conversation.start("en")
        turn = asyncio.create_task(conversation.send(started.session_id, KNEE))
        while model.calls.get("Extraction", 0) == 0:  # the turn waits on the model
            await asyncio.sleep(0.02)
        # The server drops every connection of the app: pools, checkpointer, turn lock.
        with psycopg.connect(libpq_conninfo(postgres_url), autocommit=True) as admin:
            dropped = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (database,),
            ).fetchone()
        assert dropped is not None and dropped[0] >= 2
        # Our tables' transaction runs once more on a fresh connection (its first statement
        # found the connection lost, agent.conversation), the checkpointer and the turn lock
        # retry once on a fresh connection (storage.postgres_saver, storage.locks), and the
        # lost turn lock is let go quietly: the turn completes.
        result = await turn
        assert result.reply and result.fallbacks == 0
        assert transcript(conversation, started.session_id)[1:] == [
            ("patient", KNEE),
            ("agent", result.reply),
        ]
        assert await graph_patient_ids(conversation, started.session_id) == stored_patient_ids(
            conversation, started.session_id
        )
        again = await conversation.send(started.session_id, SECOND)
        assert again.reply


async def test_postgres_turn_locks_survive_the_server_dropping_their_idle_connections(
    postgres_url: str,
) -> None:
    # The locks' shared connection is not pinged before use: dropped by the server while
    # idle, it fails the lock query, and the lock is asked for again on a new one.
    import psycopg
    from sqlalchemy.engine import make_url

    from storage.db import libpq_conninfo
    from storage.locks import CONNECTIONS, PostgresSessionLocks, SessionBusy

    locks = PostgresSessionLocks(postgres_url)
    await locks.open()
    try:
        async with locks.hold("a"), locks.hold("b"):
            pass  # the connections that held them now wait idle
        with psycopg.connect(libpq_conninfo(postgres_url), autocommit=True) as admin:
            dropped = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (make_url(postgres_url).database,),
            ).fetchone()
        assert dropped is not None and dropped[0] == CONNECTIONS  # none of a turn's own
        async with locks.hold("a"):
            with pytest.raises(SessionBusy):  # still one turn per session at a time
                async with locks.hold("a"):
                    pass
            async with locks.hold("b"):
                pass
    finally:
        await locks.close()


async def test_postgres_turn_locks_on_shared_connections_still_keep_processes_apart(
    postgres_url: str,
) -> None:
    # A process's locks share its few connections, where taking a held lock succeeds
    # again: the twin in the same process is refused before it reaches the server, and
    # takes no second count there that would keep the session locked after the turn.
    from storage.locks import PostgresSessionLocks, SessionBusy

    here = PostgresSessionLocks(postgres_url, connections=1)  # the twin meets its holder
    there = PostgresSessionLocks(postgres_url)
    await here.open()
    await there.open()
    try:
        async with here.hold("a"), here.hold("b"):
            with pytest.raises(SessionBusy):  # a double click in this process
                async with here.hold("a"):
                    pass
            with pytest.raises(SessionBusy):  # another replica
                async with there.hold("a"):
                    pass
            async with there.hold("c"):
                pass
        async with there.hold("a"), there.hold("b"):  # released for good, both
            with pytest.raises(SessionBusy):
                async with here.hold("b"):
                    pass
    finally:
        await here.close()
        await there.close()


def _drop_app_connections(postgres_url: str, *, pid: int | None = None) -> int:
    """Have the server drop every connection to the test database but the caller's (or only
    backend ``pid``); return how many it dropped."""
    import psycopg
    from sqlalchemy.engine import make_url

    from storage.db import libpq_conninfo

    with psycopg.connect(libpq_conninfo(postgres_url), autocommit=True) as admin:
        if pid is not None:
            row = admin.execute("SELECT count(pg_terminate_backend(%s))", (pid,)).fetchone()
        else:
            row = admin.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = %s AND pid <> pg_backend_pid()",
                (make_url(postgres_url).database,),
            ).fetchone()
    assert row is not None
    return int(row[0])


def _count_pings(engine: Any) -> list[int]:
    """Count the engine's pings (the dialect's ``do_ping``) in the returned one-item list."""
    pings = [0]
    ping = engine.dialect.do_ping

    def counted(dbapi_connection: Any) -> bool:
        pings[0] += 1
        return bool(ping(dbapi_connection))

    engine.dialect.do_ping = counted
    return pings


def test_postgres_pool_pings_only_connections_back_from_idle(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A connection in steady use costs no ping round trip; one that sat idle is pinged.
    from sqlalchemy import text

    import storage.db

    engine = make_engine(postgres_url, pool_size=1)
    pings = _count_pings(engine)
    factory = make_session_factory(engine)
    try:
        for _ in range(3):
            with factory() as s, s.begin():
                s.execute(text("SELECT 1"))
        assert pings == [0]
        monkeypatch.setattr(storage.db, "IDLE_PING_S", 0.0)  # every connection counts as idle
        with factory() as s, s.begin():
            s.execute(text("SELECT 1"))
        assert pings == [1]
    finally:
        engine.dispose()


def test_postgres_connection_lost_while_idle_is_replaced_before_use(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every user of the engine (the nurse workspace too) gets a live connection after the
    # server dropped the idle ones: the ping at checkout finds it lost and the pool replaces it.
    from sqlalchemy import text

    import storage.db

    monkeypatch.setattr(storage.db, "IDLE_PING_S", 0.0)
    engine = make_engine(postgres_url, pool_size=1)
    factory = make_session_factory(engine)
    try:
        with factory() as s, s.begin():
            s.execute(text("SELECT 1"))
        assert _drop_app_connections(postgres_url) >= 1
        with factory() as s, s.begin():
            assert s.execute(text("SELECT 1")).scalar_one() == 1
    finally:
        engine.dispose()


async def test_postgres_turn_runs_its_transaction_again_when_the_connection_was_lost(
    postgres_url: str, fake_llm: FakeOpenAIServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No ping is due (the connections were just used): the first statement finds the
    # connection lost, the server rolled that transaction back, and it runs once more.
    import storage.db

    monkeypatch.setattr(storage.db, "IDLE_PING_S", 3600.0)
    settings = _postgres_settings(postgres_url, fake_llm)
    async with open_conversation(settings, announce=False) as conversation:
        started = await conversation.start("en")
        assert _drop_app_connections(postgres_url) >= 1
        history = await conversation.history(started.session_id)
        assert history.session_id == started.session_id
        assert _drop_app_connections(postgres_url) >= 1
        result = await conversation.send(started.session_id, KNEE)
        assert result.reply
        assert transcript(conversation, started.session_id)[1:] == [
            ("patient", KNEE),
            ("agent", result.reply),
        ]


async def test_postgres_connection_lost_during_the_commit_is_not_run_again(
    postgres_url: str, fake_llm: FakeOpenAIServer
) -> None:
    # A commit that may have happened is never repeated: the work runs once and the caller
    # is told the database is unavailable.
    from sqlalchemy import text

    settings = _postgres_settings(postgres_url, fake_llm)
    async with open_conversation(settings, announce=False) as conversation:
        started = await conversation.start("en")
        runs = [0]

        def work(session: Any) -> None:
            runs[0] += 1
            repo.add_message(session, session_id=started.session_id, role="agent", content="x")
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            assert _drop_app_connections(postgres_url, pid=pid) == 1  # before the commit

        with pytest.raises(StorageError):
            await conversation._db(work)
        assert runs == [1]
        assert [role for role, _ in transcript(conversation, started.session_id)] == ["agent"]
