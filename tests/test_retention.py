"""Deleting conversations (retention period, erasure request), on SQLite and Postgres.

Everything of a deleted conversation goes — our rows and the graph's checkpoints, which
hold the same health data — and nothing of any other; a conversation in the middle of a
turn is skipped, not cut in half; each deletion leaves one audit row with the id only.
"""

from __future__ import annotations

import os
import subprocess
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from agent.conversation import Conversation
from core.settings import Settings
from nurse import audit
from nurse.accounts import add_user
from nurse.review import sign_off
from storage.db import utcnow
from storage.locks import FileSessionLocks, _key
from storage.models import (
    Assessment,
    AuditEvent,
    IntakeSnapshot,
    Message,
    NurseReview,
    RedFlagRow,
    TriageSession,
)
from tests.test_cli import triage
from triage.retention import delete_sessions, sessions_idle_since

ROOT = Path(__file__).resolve().parent.parent
FEVER_RASH = "I have a fever and a new rash on my legs"
CHEST_PAIN = "Crushing chest pain spreading to my left arm and I am sweating"
TABLES = (Message, IntakeSnapshot, RedFlagRow, Assessment, NurseReview)


def rows_of(conversation: Conversation, session_id: str) -> dict[str, int]:
    with conversation.sessions() as s:
        counts = {
            table.__tablename__: len(
                s.scalars(select(table.id).where(table.session_id == session_id)).all()
            )
            for table in TABLES
        }
        counts["sessions"] = 0 if s.get(TriageSession, session_id) is None else 1
        return counts


async def graph_state(conversation: Conversation, session_id: str) -> dict[str, object]:
    config = {"configurable": {"thread_id": session_id}}
    return dict((await conversation.graph.aget_state(config)).values)  # type: ignore[arg-type]


async def started_with_flag(conversation: Conversation, text: str = FEVER_RASH) -> str:
    started = await conversation.start("en")
    await conversation.send(started.session_id, text)
    return started.session_id


def make_idle(conversation: Conversation, session_id: str, days: int) -> None:
    with conversation.sessions() as s, s.begin():
        s.execute(
            update(TriageSession)
            .where(TriageSession.id == session_id)
            .values(updated_at=utcnow() - timedelta(days=days))
        )


async def test_an_idle_conversation_is_deleted_everywhere_and_nothing_else(
    conversation: Conversation, settings: Settings
) -> None:
    old = await started_with_flag(conversation, CHEST_PAIN)  # an emergency: assessed
    kept = await started_with_flag(conversation)
    with conversation.sessions() as s, s.begin():
        nurse = add_user(s, name="ann", role="nurse", password="a long enough secret")
        sign_off(s, session_id=old, user=nurse, reviewed=True, note="called back")
    make_idle(conversation, old, days=400)
    before, kept_before = rows_of(conversation, old), rows_of(conversation, kept)
    assert all(before.values()), before  # every kind of row exists to be deleted
    assert await graph_state(conversation, old)

    idle = sessions_idle_since(settings.database_url, older_than=timedelta(days=365))
    assert idle == [old]
    outcome = await delete_sessions(settings.database_url, [old, "0" * 32])

    assert outcome.deleted == [old]
    assert outcome.skipped == {"0" * 32: "no such session"}
    assert set(rows_of(conversation, old).values()) == {0}
    if isinstance(conversation.locks, FileSessionLocks):  # SQLite: its lock file goes too
        assert not any(conversation.locks.folder.glob(f"{_key(old)}*"))
        assert any(conversation.locks.folder.glob(f"{_key(kept)}*"))
    assert await graph_state(conversation, old) == {}  # the checkpoints are gone too
    assert rows_of(conversation, kept) == kept_before
    assert await graph_state(conversation, kept)
    assert (await conversation.send(kept, "About 3 days")).reply  # the other one goes on
    with conversation.sessions() as s:
        events = s.scalars(select(AuditEvent).where(AuditEvent.object_id == old)).all()
        trail = [(e.actor, e.action, e.object_type) for e in events]
    assert trail[-1] == ("system", audit.SESSION_DELETED, "session")


async def test_a_conversation_in_the_middle_of_a_turn_is_skipped(
    conversation: Conversation, settings: Settings
) -> None:
    busy = await started_with_flag(conversation)
    async with conversation.locks.hold(busy):  # a turn in flight, as another process sees it
        outcome = await delete_sessions(settings.database_url, [busy])
    assert outcome.deleted == [] and "turn is running" in outcome.skipped[busy]
    assert rows_of(conversation, busy)["sessions"] == 1
    assert await graph_state(conversation, busy)


def sessions_command(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = database_url
    return triage(["sessions", *args], env, ROOT, stdin="")


async def test_the_commands_count_ask_for_yes_and_delete(
    conversation: Conversation, settings: Settings
) -> None:
    old = await started_with_flag(conversation)
    other = await started_with_flag(conversation)
    make_idle(conversation, old, days=40)
    url = settings.database_url

    dry = sessions_command(url, "purge", "--older-than", "30", "--dry-run")
    assert dry.returncode == 0 and "1 conversation(s) idle for more than 30 days" in dry.stdout
    unasked = sessions_command(url, "purge", "--older-than", "30")  # stdin is not a terminal
    assert unasked.returncode != 0 and "--yes" in unasked.stderr
    assert rows_of(conversation, old)["sessions"] == 1

    purged = sessions_command(url, "purge", "--older-than", "30", "--yes")
    assert purged.returncode == 0 and "deleted 1 conversation(s)" in purged.stdout
    assert rows_of(conversation, old)["sessions"] == 0
    assert rows_of(conversation, other)["sessions"] == 1

    erased = sessions_command(url, "delete", other, "--yes")
    assert erased.returncode == 0 and "deleted 1 conversation(s)" in erased.stdout
    missing = sessions_command(url, "delete", other, "--yes")
    assert missing.returncode == 1 and "no such session" in missing.stderr
    assert rows_of(conversation, other)["sessions"] == 0
