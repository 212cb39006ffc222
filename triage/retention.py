"""Deleting stored conversations: a retention period, or one patient's erasure request.

A conversation lives in two places: our tables (the session row, and through ``ON DELETE
CASCADE`` its messages, record snapshots, red flags, assessments and nurse reviews) and
the LangGraph checkpointer (the graph's state, which holds the same health data). Both go.

Each session is deleted under its turn lock, so a turn in flight is never cut in half (a
busy session is skipped and reported). The checkpoint goes first, then the rows with an
audit row (``session_deleted``, the id only) in one transaction: if that transaction
fails, running the command again finishes the job. Checkpoint first, because on SQLite
the two stores share one file and its one write lock.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy import delete, select

from nurse import audit
from storage.checkpointer import open_checkpointer
from storage.db import make_engine, make_session_factory, utcnow
from storage.locks import SessionBusy, open_session_locks
from storage.migrate import upgrade
from storage.models import TriageSession


@dataclass
class Deleted:
    """What a deletion did: the sessions deleted, and those skipped with the reason."""

    deleted: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)


def sessions_idle_since(database_url: str, *, older_than: timedelta) -> list[str]:
    """Return the ids of sessions with no activity for longer than ``older_than``."""
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as s:
            cutoff = utcnow() - older_than
            query = select(TriageSession.id).where(TriageSession.updated_at < cutoff)
            return list(s.scalars(query.order_by(TriageSession.updated_at)))
    finally:
        engine.dispose()


async def delete_sessions(database_url: str, session_ids: Sequence[str]) -> Deleted:
    """Delete these sessions from our tables and the checkpointer; audit each one."""
    upgrade(database_url)
    outcome = Deleted()
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    try:
        async with (
            open_checkpointer(database_url, pool_size=2) as saver,
            open_session_locks(database_url, connections=1) as locks,
        ):
            for session_id in dict.fromkeys(session_ids):  # each once, in the order given
                with factory() as s:
                    if s.get(TriageSession, session_id) is None:
                        outcome.skipped[session_id] = "no such session"
                        continue
                try:
                    async with locks.hold(session_id):
                        await saver.adelete_thread(session_id)
                        with factory() as s, s.begin():
                            s.execute(delete(TriageSession).where(TriageSession.id == session_id))
                            audit.record(
                                s,
                                actor=audit.SYSTEM,
                                action=audit.SESSION_DELETED,
                                object_type="session",
                                object_id=session_id,
                            )
                        locks.forget(session_id)  # its lock file, on SQLite
                except SessionBusy:
                    outcome.skipped[session_id] = "a turn is running; try again"
                    continue
                outcome.deleted.append(session_id)
    finally:
        engine.dispose()
    return outcome
