"""Stateless app processes on one database, on SQLite and Postgres: replicas serving
alternate turns, concurrent sends on one session, a process killed mid-turn, and 64
concurrent sessions.

Replicas are real subprocesses (``tests/replica.py`` or ``triage chat``) with the product's
own wiring, talking to the fake model server over HTTP.
"""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from agent.conversation import Conversation
from core.errors import InputRejected
from core.settings import Settings
from fakes import FakeOpenAIServer, Reply
from fakes.llm_scripts import EMPTY_UPDATE, ModelScript
from storage import repository as repo
from triage.app import open_conversation

REPO_ROOT = Path(__file__).resolve().parent.parent
LINES = [
    "My knee hurts since yesterday",
    "It is about 3 out of 10",
    "I'm 40",
    "No, nothing else",
    "No",
    "No",
]

KNEE_LINES = [  # answers that leave the record open, so every session takes all 5 turns
    "My knee hurts",
    "I'm not sure",
    "I don't know",
    "Hard to say",
    "Maybe",
]


def replica_env(server: FakeOpenAIServer, database_url: str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(
        {
            "PYTHONPATH": str(REPO_ROOT),
            "TRIAGE_LLM_BACKEND": "vllm",
            "TRIAGE_LLM_BASE_URL": server.base_url,
            "TRIAGE_DATABASE_URL": database_url,
            "TRIAGE_EMERGENCY_NUMBER": "999",
            "TRIAGE_QUESTION_BUDGET": "30",
            **extra,
        }
    )
    return env


class Replica:
    """One app process (``python -m tests.replica``): JSON commands in, JSON replies out."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.replica"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=cwd,
        )
        self._lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, daemon=True).start()
        assert self.read() == {"ready": True}

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._lines.put(line)

    def write(self, command: dict[str, Any]) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(command) + "\n")
        self.proc.stdin.flush()

    def read(self, timeout: float = 60) -> dict[str, Any]:
        try:
            return dict(json.loads(self._lines.get(timeout=timeout)))
        except queue.Empty:
            self.proc.kill()
            raise AssertionError(f"replica gave no answer: {self.proc.stderr.read()}") from None  # type: ignore[union-attr]

    def ask(self, command: dict[str, Any]) -> dict[str, Any]:
        self.write(command)
        return self.read()

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def stored(database_url: str, session_id: str) -> list[tuple[int, str, str]]:
    engine = create_engine(database_url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text("SELECT seq, role, content FROM messages WHERE session_id = :s ORDER BY seq"),
                {"s": session_id},
            )
            return [(int(seq), str(role), str(content)) for seq, role, content in rows]
    finally:
        engine.dispose()


def assert_clean_transcript(rows: list[tuple[int, str, str]], patient_lines: list[str]) -> None:
    """Greeting, then patient/agent pairs: each line once, in order, every one answered."""
    assert [seq for seq, _, _ in rows] == list(range(1, len(rows) + 1))
    assert [role for _, role, _ in rows] == ["agent"] + ["patient", "agent"] * len(patient_lines)
    assert [c for _, role, c in rows if role == "patient"] == patient_lines
    assert all(c for _, role, c in rows if role == "agent")


def test_two_replicas_serve_alternate_turns_of_one_session(
    tmp_path: Path, fake_llm: FakeOpenAIServer, database_url: str
) -> None:
    env = replica_env(fake_llm, database_url)
    a, b = Replica(env, tmp_path), Replica(env, tmp_path)
    try:
        session_id = a.ask({"start": "en"})["session_id"]
        replies = []
        for i, line in enumerate(LINES):
            reply = (a, b)[i % 2].ask({"session_id": session_id, "text": line})
            assert "error" not in reply, reply
            assert reply["session_id"] == session_id
            replies.append(reply)
            if reply["disposition"] is not None:
                break
    finally:
        a.close()
        b.close()
    assert len(replies) >= 3 and replies[-1]["disposition"] is not None
    rows = stored(database_url, session_id)
    assert_clean_transcript(rows, LINES[: len(replies)])
    assert [c for _, role, c in rows if role == "agent"][1:] == [r["reply"] for r in replies]
    # Each turn saw the previous ones, whichever process served them: no question twice.
    questions = [r["reply"] for r in replies]
    assert len(set(questions)) == len(questions)


def test_two_replicas_sending_on_one_session_at_once_answer_one_turn(
    tmp_path: Path, fake_llm: FakeOpenAIServer, model: ModelScript, database_url: str
) -> None:
    model.use({"Extraction": [Reply(content=json.dumps(EMPTY_UPDATE), delay_s=1.5)]})
    env = replica_env(fake_llm, database_url)
    a, b = Replica(env, tmp_path), Replica(env, tmp_path)
    try:
        session_id = a.ask({"start": "en"})["session_id"]
        a.write({"session_id": session_id, "text": LINES[0]})
        time.sleep(0.5)  # a's turn is waiting for the (slow) model
        b.write({"session_id": session_id, "text": LINES[1]})
        busy = b.read()
        answered = a.read()
    finally:
        a.close()
        b.close()
    assert busy["error"] == "busy" and "999" in busy["reply"]
    assert "error" not in answered
    assert_clean_transcript(stored(database_url, session_id), LINES[:1])


async def test_a_double_click_runs_one_turn(conversation: Conversation, model: ModelScript) -> None:
    model.use({"Extraction": [Reply(content=json.dumps(EMPTY_UPDATE), delay_s=0.5)]})
    started = await conversation.start("en")
    outcomes = await asyncio.gather(
        conversation.send(started.session_id, LINES[0]),
        conversation.send(started.session_id, LINES[0]),
        return_exceptions=True,
    )
    busy = [o for o in outcomes if isinstance(o, InputRejected)]
    assert len(busy) == 1 and busy[0].code == "busy"
    with conversation.sessions() as s:
        rows = [
            (m.seq, m.role, m.content) for m in repo.list_messages(s, session_id=started.session_id)
        ]
    assert_clean_transcript(rows, LINES[:1])


def test_a_process_killed_mid_turn_resumes_from_the_database(
    tmp_path: Path, fake_llm: FakeOpenAIServer, model: ModelScript, database_url: str
) -> None:
    # The first process hangs inside its second turn's model call and is SIGKILLed there.
    hang = Reply(content=json.dumps(EMPTY_UPDATE), delay_s=20)
    model.use({"Extraction": [EMPTY_UPDATE, hang]})
    env = replica_env(fake_llm, database_url)
    script = tmp_path / "lines.txt"
    script.write_text("\n".join(LINES[:2]), encoding="utf-8")
    first = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", "chat", "--script", str(script), "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert first.stdout is not None
    reply = json.loads(first.stdout.readline())  # turn 1 answered
    session_id = reply["session_id"]
    deadline = time.monotonic() + 30
    while model.calls.get("Extraction", 0) < 2:  # turn 2 is stored and waiting on the model
        assert time.monotonic() < deadline, "the second turn never reached the model"
        time.sleep(0.05)
    assert [r for _, r, _ in stored(database_url, session_id)][-1] == "patient"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)

    model.use({})
    rest = tmp_path / "rest.txt"
    rest.write_text("\n".join(LINES[1:]), encoding="utf-8")  # the patient sends turn 2 again
    second = subprocess.run(
        [
            sys.executable,
            "-m",
            "triage.cli",
            "chat",
            "--session",
            session_id,
            "--script",
            str(rest),
            "--json",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert second.returncode == 0, second.stderr
    replies = [json.loads(line) for line in second.stdout.splitlines()]
    assert all("error" not in r for r in replies), replies
    # The second process carried on the same intake from the database: the record it ends
    # with still holds what only the killed process read (the knee, from turn 1), it asks
    # nothing that was asked before, and it reaches the advice within these lines.
    engine = create_engine(database_url)
    try:
        with Session(engine) as s:
            snapshot = repo.latest_snapshot(s, session_id=session_id)
    finally:
        engine.dispose()
    assert snapshot is not None and "knee" in snapshot.record["chief_complaint"].lower()
    asked = [c for _, role, c in stored(database_url, session_id) if role == "agent"][1:]
    assert len(set(asked)) == len(asked), asked
    assert replies[-1]["disposition"] is not None, replies
    assert_clean_transcript(stored(database_url, session_id), LINES[: 1 + len(replies)])


async def test_64_concurrent_sessions_of_5_turns_store_every_message_once_in_order(
    settings: Settings, database_url: str, figures: list[str]
) -> None:
    sessions, turns = 64, 5
    many = settings.model_copy(update={"question_budget": 30})
    async with open_conversation(many, announce=False) as conversation:
        started = await asyncio.gather(*(conversation.start("en") for _ in range(sessions)))
        ids = [s.session_id for s in started]

        async def patient(session_id: str, n: int) -> None:
            for turn in range(turns):
                result = await conversation.send(session_id, f"{KNEE_LINES[turn]} (patient {n})")
                assert result.reply and result.session_id == session_id

        began = time.perf_counter()
        await asyncio.gather(*(patient(sid, n) for n, sid in enumerate(ids)))
        elapsed = time.perf_counter() - began

        with conversation.sessions() as s:
            for n, sid in enumerate(ids):
                rows = [(m.seq, m.role, m.content) for m in repo.list_messages(s, session_id=sid)]
                lines = [f"{KNEE_LINES[t]} (patient {n})" for t in range(turns)]
                assert_clean_transcript(rows, lines)
                row = repo.get_session(s, session_id=sid)
                assert row is not None and row.turns == turns
    backend = database_url.split(":", 1)[0].split("+", 1)[0]
    figures.append(
        f"{backend}: {sessions} sessions x {turns} turns = {sessions * turns} turns, "
        f"{sessions * (1 + 2 * turns)} messages stored once and in order, "
        f"{elapsed:.1f} s, {sessions * turns / elapsed:.1f} turns/s "
        "(one process, zero-latency fake model)"
    )
