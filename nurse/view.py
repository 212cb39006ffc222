"""Everything the session page shows, read from the stored tables in one place.

The transcript in order with timestamps, the latest intake record (validated against
``states.record.IntakeRecord``), each red flag with the patient message that triggered it
and the rule or model that raised it, the assessment with its reasons, and the sign-offs.
SBAR and the exports are built from this, so every fact they state comes from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy.orm import Session

from core.errors import SessionNotFound
from nurse.review import reviews_of
from states.record import IntakeRecord
from storage import knowledge as kb_repo
from storage import repository as repo
from storage.models import Message


@dataclass(frozen=True)
class CitedSource:
    """A document version an answer to a health question cited."""

    title: str
    section: str
    version: int
    document: str  # language/slug, as `triage kb list` shows it
    is_current: bool  # False: the clinic has since updated or removed it

    def label(self) -> str:
        """Return "title, section (vN)" for display."""
        where = f"{self.title}, {self.section}" if self.section else self.title
        return f"{where} (v{self.version})"


@dataclass(frozen=True)
class TranscriptLine:
    """One stored message; an answer to a health question carries the sources it cited."""

    seq: int
    role: str  # patient | agent
    content: str
    at: datetime
    sources: tuple[CitedSource, ...] = ()
    question: bool = False  # a patient message answered from the knowledge base


@dataclass(frozen=True)
class FlagView:
    """A red flag and its evidence: what raised it and the patient message behind it."""

    flag_id: str
    source: str  # rule | model
    level: str
    label: str
    evidence: str
    guideline: str | None
    message_seq: int | None
    message_text: str | None
    at: datetime


@dataclass(frozen=True)
class AssessmentView:
    """The advice the patient was given and the levels it came from."""

    disposition: str
    rule_disposition: str | None
    model_disposition: str | None
    message: str
    reasons: list[str]
    self_care: list[str]
    get_help_now_if: list[str]
    disclaimer: str
    at: datetime


@dataclass(frozen=True)
class ReviewView:
    """One nurse sign-off."""

    reviewer: str
    reviewed: bool
    note: str | None
    override_disposition: str | None
    override_reason: str | None
    at: datetime


@dataclass(frozen=True)
class SessionView:
    """A stored session as the nurse sees it."""

    session_id: str
    language: str
    stage: str
    disposition: str | None
    created_at: datetime
    updated_at: datetime
    transcript: list[TranscriptLine]
    record: IntakeRecord
    record_at: datetime | None
    flags: list[FlagView]
    assessment: AssessmentView | None
    reviews: list[ReviewView] = field(default_factory=list)

    @property
    def questions(self) -> list[tuple[str, tuple[CitedSource, ...]]]:
        """Return each health question the patient asked and the sources of its answer."""
        pairs = []
        for asked, answered in zip(self.transcript, self.transcript[1:], strict=False):
            if asked.question:
                pairs.append((asked.content, answered.sources))
        return pairs

    @property
    def current_review(self) -> ReviewView | None:
        """Return the newest sign-off, or ``None``."""
        return self.reviews[-1] if self.reviews else None

    @property
    def effective_disposition(self) -> str | None:
        """Return the nurse's override if there is one, else the original disposition."""
        review = self.current_review
        if review is not None and review.override_disposition:
            return review.override_disposition
        return self.disposition


def load_session_view(session: Session, *, session_id: str) -> SessionView:
    """Read one session for the nurse; raise :class:`SessionNotFound` if there is none."""
    row = repo.get_session(session, session_id=session_id)
    if row is None:
        raise SessionNotFound(f"no session {session_id!r}")
    messages = repo.list_messages(session, session_id=session_id)
    by_id = {m.id: m for m in messages}
    snapshot = repo.latest_snapshot(session, session_id=session_id)
    try:
        record = IntakeRecord.model_validate(snapshot.record if snapshot else {})
    except ValidationError:  # a record stored by an older contract: show what validates
        record = IntakeRecord()
    flags = []
    for flag in repo.list_red_flags(session, session_id=session_id):
        source_message = by_id.get(flag.message_id)
        flags.append(
            FlagView(
                flag_id=flag.flag_id,
                source=flag.source,
                level=flag.level,
                label=flag.label,
                evidence=flag.evidence,
                guideline=flag.guideline,
                message_seq=source_message.seq if source_message else None,
                message_text=source_message.content if source_message else None,
                at=flag.created_at,
            )
        )
    stored = repo.latest_assessment(session, session_id=session_id)
    assessment = None
    if stored is not None:
        assessment = AssessmentView(
            disposition=stored.disposition,
            rule_disposition=stored.rule_disposition,
            model_disposition=stored.model_disposition,
            message=stored.message,
            reasons=list(stored.reasons),
            self_care=list(stored.self_care),
            get_help_now_if=list(stored.get_help_now_if),
            disclaimer=stored.disclaimer,
            at=stored.created_at,
        )
    reviews = [
        ReviewView(
            reviewer=name,
            reviewed=review.reviewed,
            note=review.note,
            override_disposition=review.override_disposition,
            override_reason=review.override_reason,
            at=review.created_at,
        )
        for review, name in reviews_of(session, session_id=session_id)
    ]
    return SessionView(
        session_id=row.id,
        language=row.language,
        stage=row.stage,
        disposition=row.disposition,
        created_at=row.created_at,
        updated_at=row.updated_at,
        transcript=_transcript(session, session_id, messages),
        record=record,
        record_at=snapshot.created_at if snapshot else None,
        flags=flags,
        assessment=assessment,
        reviews=reviews,
    )


def _transcript(session: Session, session_id: str, messages: list[Message]) -> list[TranscriptLine]:
    """Return the transcript with each answer's cited sources, and its question marked."""
    cited: dict[int, list[CitedSource]] = {}
    for c in kb_repo.citations_for_session(session, session_id=session_id):
        cited.setdefault(c.message_id, []).append(
            CitedSource(
                title=c.title,
                section=c.section,
                version=c.version,
                document=f"{c.language}/{c.slug}",
                is_current=c.is_current,
            )
        )
    lines = []
    for n, m in enumerate(messages):
        following = messages[n + 1] if n + 1 < len(messages) else None
        lines.append(
            TranscriptLine(
                seq=m.seq,
                role=m.role,
                content=m.content,
                at=m.created_at,
                sources=tuple(cited.get(m.id, ())),
                question=m.role == "patient" and following is not None and following.id in cited,
            )
        )
    return lines
