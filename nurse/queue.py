"""The review queue: stored sessions, most urgent first, with filters and counts.

Urgency is the *effective* disposition: a nurse's override if the newest review has one,
otherwise the session's own. Sessions still in progress (no disposition yet) come after
``self_care``. Within a level the longest-waiting session comes first. Plain SQLAlchemy
Core, so the same query runs on SQLite and Postgres.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, exists, func, select
from sqlalchemy.orm import Session

from states.disposition import Disposition
from storage.models import Message, NurseReview, RedFlagRow, TriageSession

IN_PROGRESS = "in_progress"
"""The queue's name for sessions without a disposition yet."""
LEVELS = (*(d.value for d in Disposition), IN_PROGRESS)
"""Queue groups from most to least urgent."""
MAX_TEXT = 200
PAGE_SIZE = 100
"""Sessions per queue page."""


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
    """One session as the queue lists it (no message text: the list is not health data)."""

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
        col["effective"], col["reviewed"], col["overridden"], col["flags"]
    ).order_by(rank, TriageSession.created_at, TriageSession.id)
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
        )
        for s, effective, reviewed, overridden, flags in session.execute(
            listed.offset(offset).limit(PAGE_SIZE)
        )
    ]
    return Queue(rows=rows, counts=counts, total=total, offset=offset)
