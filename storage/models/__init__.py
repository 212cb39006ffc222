"""The tables people read and query, one module per part of the product.

``conversation`` (sessions, their messages, snapshots, red flags, advice), ``nurse`` (the
workspace's accounts, logins, reviews, audit) and ``knowledge`` (the clinic's documents, their
chunks, what answers cited), on the shared ``base``. Importing this package maps every table,
so ``Base.metadata`` is complete wherever it is used.

LangGraph's checkpointer keeps its own tables in the same database (see
``storage.checkpointer``); these are ours and change only through ``migrations/``.
"""

from storage.models.base import (
    DISPOSITIONS,
    FLAG_SOURCES,
    NAMING_CONVENTION,
    ROLES,
    STAGES,
    Base,
    UTCDateTime,
)
from storage.models.conversation import (
    Assessment,
    IntakeSnapshot,
    Message,
    RedFlagRow,
    TriageSession,
    new_session_id,
)
from storage.models.knowledge import KbAnswerCache, KbChunk, KbCitation, KbDocument
from storage.models.nurse import USER_ROLES, AuditEvent, NurseLogin, NurseReview, User

__all__ = [
    "DISPOSITIONS",
    "FLAG_SOURCES",
    "NAMING_CONVENTION",
    "ROLES",
    "STAGES",
    "USER_ROLES",
    "Assessment",
    "AuditEvent",
    "Base",
    "IntakeSnapshot",
    "KbAnswerCache",
    "KbChunk",
    "KbCitation",
    "KbDocument",
    "Message",
    "NurseLogin",
    "NurseReview",
    "RedFlagRow",
    "TriageSession",
    "UTCDateTime",
    "User",
    "new_session_id",
]
