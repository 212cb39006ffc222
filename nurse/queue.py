"""The review queue: stored sessions, most urgent first, with filters and counts.

Urgency is the *effective* disposition: a nurse's override if the newest review has one,
otherwise the session's own. Sessions still in progress (no disposition yet) come after
``self_care``. Within a level the longest-waiting session comes first: waiting since the
patient's last message (since the start, when the patient has not written yet).

Each row carries what a nurse scans a board for: the complaint in the patient's own words
(their first message, its first ``COMPLAINT_CHARS`` characters), age and sex when the record
has them, the language, the labels of the most urgent red flags, and the reviewed state.
One query lists the page (the complaint and the last message time are correlated
subqueries on the messages' ``(session_id, seq)`` index); two more read the red flags and
the newest record snapshot of that page's sessions only. Plain SQLAlchemy Core, so the same
queries run on SQLite and Postgres.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, select
from sqlalchemy.orm import Session

from states.disposition import Disposition
from storage.models import IntakeSnapshot, Message, NurseReview, RedFlagRow, TriageSession

IN_PROGRESS = "in_progress"
"""The queue's name for sessions without a disposition yet."""
LEVELS = (*(d.value for d in Disposition), IN_PROGRESS)
"""Queue groups from most to least urgent."""
MAX_TEXT = 200
PAGE_SIZE = 100
"""Sessions per queue page."""
COMPLAINT_CHARS = 300
"""How much of the first patient message the queue reads (the board shows one line)."""
TOP_FLAGS = 3
"""Red-flag labels per row, the most urgent first."""


@dataclass(frozen=True)
class QueueFilter:
    """What the nurse narrowed the queue to; ``None`` means no filter."""

    disposition: str | None = None  # one of LEVELS
    red_flag: bool | None = None
    reviewed: bool | None = None
    created_from: datetime | None = None
    created_to: datetime | None = None  # exclusive
    text: str | None = None  # case-insensitive substring of any message


@dataclass(frozen=True)
class QueueRow:
    """One session as the queue lists it (health data: shown to nurses, audited, never logged)."""

    session_id: str
    created_at: datetime
    updated_at: datetime
    stage: str
    language: str
    turns: int
    disposition: str | None  # the original assessment
    effective: str  # override or original, or "in_progress"
    red_flags: int
    reviewed: bool
    overridden: bool
    complaint: str | None = None  # the start of the first patient message, as written
    waiting_since: datetime | None = None  # the patient's last message (or the start)
    age_years: float | None = None
    sex: str | None = None
    flag_labels: tuple[str, ...] = ()  # the most urgent first, at most TOP_FLAGS


@dataclass(frozen=True)
class Queue:
    """The rows in queue order and how many sessions each level has under the filters."""

    rows: list[QueueRow]
    counts: dict[str, int] = field(default_factory=dict)
    total: int = 0
    offset: int = 0  # how many sessions come before ``rows`` in queue order

    @property
    def page(self) -> int:
        """Return the number of the page these rows are (from 1)."""
        return self.offset // PAGE_SIZE + 1

    @property
    def pages(self) -> int:
        """Return how many pages of ``PAGE_SIZE`` the filtered queue has (at least one)."""
        return page_count(self.total)


def page_count(total: int) -> int:
    """Return how many pages ``total`` sessions fill (at least one, when there are none)."""
    return max(1, -(-total // PAGE_SIZE))


def _latest_review() -> Any:
    newest = (
        select(NurseReview.session_id, func.max(NurseReview.id).label("review_id"))
        .group_by(NurseReview.session_id)
        .subquery("newest_review")
    )
    return (
        select(
            NurseReview.session_id,
            NurseReview.reviewed,
            NurseReview.override_disposition,
        )
        .join(newest, newest.c.review_id == NurseReview.id)
        .subquery("latest_review")
    )


def _base(filters: QueueFilter, *, with_disposition: bool) -> tuple[Select[Any], dict[str, Any]]:
    review = _latest_review()
    flag_count = (
        select(func.count(RedFlagRow.id))
        .where(RedFlagRow.session_id == TriageSession.id)
        .correlate(TriageSession)
        .scalar_subquery()
    )
    patient_says = (Message.session_id == TriageSession.id, Message.role == "patient")
    complaint = (
        select(func.substr(Message.content, 1, COMPLAINT_CHARS))
        .where(*patient_says)
        .order_by(Message.seq)
        .limit(1)
        .correlate(TriageSession)
        .scalar_subquery()
    )
    last_said = (
        select(func.max(Message.created_at))
        .where(*patient_says)
        .correlate(TriageSession)
        .scalar_subquery()
    )
    effective = func.coalesce(review.c.override_disposition, TriageSession.disposition, IN_PROGRESS)
    reviewed = func.coalesce(review.c.reviewed, False)
    conditions: list[ColumnElement[bool]] = []
    if with_disposition and filters.disposition:
        conditions.append(effective == filters.disposition)
    if filters.red_flag is not None:
        has_flag = exists().where(RedFlagRow.session_id == TriageSession.id)
        conditions.append(has_flag if filters.red_flag else ~has_flag)
    if filters.reviewed is not None:
        conditions.append(reviewed.is_(True) if filters.reviewed else reviewed.is_(False))
    if filters.created_from is not None:
        conditions.append(TriageSession.created_at >= filters.created_from)
    if filters.created_to is not None:
        conditions.append(TriageSession.created_at < filters.created_to)
    text = (filters.text or "").strip()[:MAX_TEXT]
    if text:
        conditions.append(
            exists().where(
                Message.session_id == TriageSession.id,
                func.lower(Message.content).contains(text.lower(), autoescape=True),
            )
        )
    query = select(TriageSession).outerjoin(review, review.c.session_id == TriageSession.id)
    if conditions:
        query = query.where(and_(*conditions))
    columns = {
        "effective": effective,
        "reviewed": reviewed,
        "overridden": review.c.override_disposition,
        "flags": flag_count,
        "complaint": complaint,
        "waiting_since": func.coalesce(last_said, TriageSession.created_at),
    }
    return query, columns


def queue_counts(session: Session, filters: QueueFilter | None = None) -> dict[str, int]:
    """Return how many sessions each level has under ``filters`` (ids and texts: none)."""
    filters = filters or QueueFilter()
    # Counted on the raw columns and folded here: grouping by the COALESCE expression
    # itself would not be portable (Postgres sees its bound parameters as different).
    counted, raw = _base(filters, with_disposition=False)
    grouped = (
        counted.with_only_columns(
            raw["overridden"], TriageSession.disposition, func.count(TriageSession.id)
        )
        .group_by(raw["overridden"], TriageSession.disposition)
        .order_by(None)
    )
    counts = dict.fromkeys(LEVELS, 0)
    for overridden, disposition, number in session.execute(grouped):
        counts[str(overridden or disposition or IN_PROGRESS)] += int(number)
    return counts


def review_queue(session: Session, *, filters: QueueFilter | None = None, page: int = 1) -> Queue:
    """Return one page of the filtered queue, most urgent first, and the counts per level.

    ``page`` counts from 1; past the last page it shows the last one.
    """
    filters = filters or QueueFilter()
    if filters.disposition is not None and filters.disposition not in LEVELS:
        raise ValueError(f"unknown disposition filter {filters.disposition!r}")
    query, col = _base(filters, with_disposition=True)
    rank = case(
        {level: position for position, level in enumerate(LEVELS)},
        value=col["effective"],
        else_=len(LEVELS),
    )
    counts = queue_counts(session, filters)
    total = counts[filters.disposition] if filters.disposition else sum(counts.values())
    offset = (min(max(page, 1), page_count(total)) - 1) * PAGE_SIZE
    listed = query.add_columns(
        col["effective"],
        col["reviewed"],
        col["overridden"],
        col["flags"],
        col["complaint"],
        col["waiting_since"],
    ).order_by(rank, col["waiting_since"], TriageSession.id)
    page_rows = session.execute(listed.offset(offset).limit(PAGE_SIZE)).all()
    ids = [row[0].id for row in page_rows]
    labels = _flag_labels(session, ids)
    records = _latest_records(session, ids)
    rows = [
        QueueRow(
            session_id=s.id,
            created_at=s.created_at,
            updated_at=s.updated_at,
            stage=s.stage,
            language=s.language,
            turns=s.turns,
            disposition=s.disposition,
            effective=effective,
            red_flags=int(flags or 0),
            reviewed=bool(reviewed),
            overridden=overridden is not None,
            complaint=complaint,
            waiting_since=waiting_since,
            age_years=_number(records.get(s.id, {}).get("age_years")),
            sex=_text(records.get(s.id, {}).get("sex")),
            flag_labels=labels.get(s.id, ()),
        )
        for s, effective, reviewed, overridden, flags, complaint, waiting_since in page_rows
    ]
    return Queue(rows=rows, counts=counts, total=total, offset=offset)


def _flag_labels(session: Session, ids: list[str]) -> dict[str, tuple[str, ...]]:
    """Return, per session, the labels of its most urgent red flags (distinct, in order)."""
    if not ids:
        return {}
    rank = {level: position for position, level in enumerate(LEVELS)}
    found = session.execute(
        select(RedFlagRow.session_id, RedFlagRow.level, RedFlagRow.label)
        .where(RedFlagRow.session_id.in_(ids))
        .order_by(RedFlagRow.id)
    )
    by_session: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for session_id, level, label in found:
        by_session[session_id].append((rank.get(level, len(LEVELS)), label))
    labels: dict[str, tuple[str, ...]] = {}
    for session_id, flags in by_session.items():
        ordered = dict.fromkeys(label for _, label in sorted(flags, key=lambda f: f[0]))
        labels[session_id] = tuple(ordered)[:TOP_FLAGS]
    return labels


def _latest_records(session: Session, ids: list[str]) -> dict[str, dict[str, Any]]:
    """Return the newest intake record of each session that has one."""
    if not ids:
        return {}
    newest = (
        select(func.max(IntakeSnapshot.id))
        .where(IntakeSnapshot.session_id.in_(ids))
        .group_by(IntakeSnapshot.session_id)
    )
    found = session.execute(
        select(IntakeSnapshot.session_id, IntakeSnapshot.record).where(
            IntakeSnapshot.id.in_(newest)
        )
    )
    return {sid: record for sid, record in found if isinstance(record, dict)}


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
