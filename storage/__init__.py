"""Persistence: our SQLAlchemy tables, their migrations and LangGraph's checkpointer.

with make_session_factory(make_engine(url))() as s, s.begin():
    row = repository.create_session(s, language="en")
"""

from storage import repository
from storage.checkpointer import CHECKPOINT_TABLES, open_checkpointer
from storage.db import make_engine, make_session_factory, utcnow
from storage.migrate import alembic_config, current, downgrade, upgrade
from storage.models import (
    Assessment,
    Base,
    IntakeSnapshot,
    Message,
    RedFlagRow,
    TriageSession,
)
from storage.repository import (
    add_assessment,
    add_message,
    add_red_flags,
    add_snapshot,
    create_session,
    finish_turn,
    get_session,
    get_session_by_token_hash,
    hash_access_token,
    last_message,
    latest_assessment,
    latest_snapshot,
    list_messages,
    list_red_flags,
    list_snapshots,
    update_session,
)

__all__ = [
    "CHECKPOINT_TABLES",
    "Assessment",
    "Base",
    "IntakeSnapshot",
    "Message",
    "RedFlagRow",
    "TriageSession",
    "add_assessment",
    "add_message",
    "add_red_flags",
    "add_snapshot",
    "alembic_config",
    "create_session",
    "current",
    "downgrade",
    "finish_turn",
    "get_session",
    "get_session_by_token_hash",
    "hash_access_token",
    "last_message",
    "latest_assessment",
    "latest_snapshot",
    "list_messages",
    "list_red_flags",
    "list_snapshots",
    "make_engine",
    "make_session_factory",
    "open_checkpointer",
    "repository",
    "update_session",
    "upgrade",
    "utcnow",
]
