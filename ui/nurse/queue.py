"""The review queue tab: the board, filters, counts, pages, and the watch for new sessions.

Gradio handlers (:class:`QueueHandlers`); the query is :func:`nurse.queue.review_queue`,
shown as a board (``templates/board.html``: level chip, complaint, patient, red flags,
waiting time, reviewed state; ``static/board.js`` opens a row by click or keyboard).
Every listing is audited (how many rows, and whether a text search chose them: the search
words themselves may be health data, never kept); the watch reads counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import gradio as gr

from nurse import audit
from nurse.queue import LEVELS, Queue, QueueFilter, QueueRow, queue_counts, review_queue
from ui.nurse.deps import Handlers, NurseUser, guarded, nurse_of
from ui.nurse.fragments import render, when
from ui.nurse_texts import level_label, name_of, text

QueueOutputs = tuple[str, str, int, dict[str, int], str]
"""The queue's counts HTML, board HTML, page, counts as seen, and the cleared notice."""


@dataclass(frozen=True)
class BoardRow:
    """One queue row as the board shows it (texts still raw: the template escapes them)."""

    session_id: str
    level: str
    overridden: bool
    complaint: str | None  # its first line
    patient: str  # age, sex, language
    flags: tuple[str, ...]
    waiting: str
    waiting_since_iso: str
    waiting_since_text: str
    reviewed: bool


def waited(delta: timedelta, language: str) -> str:
    """Return a waiting time as a nurse reads it: 7 min, 2 h 5 min, 3 d 4 h."""
    minutes = max(0, int(delta.total_seconds() // 60))
    days, hours, mins = minutes // 1440, minutes // 60 % 24, minutes % 60
    if days:
        return text("wait.days", language, d=days, h=hours)
    if hours:
        return text("wait.hours", language, h=hours, m=mins)
    return text("wait.minutes", language, m=mins) if mins else text("wait.now", language)


def patient_line(row: QueueRow, language: str) -> str:
    """Return age and sex when the record has them, and the language of the conversation."""
    parts = []
    if row.age_years is not None:
        parts.append(text("age", language, n=int(row.age_years)))
    if row.sex:
        parts.append(name_of("sex", row.sex, language))
    parts.append(name_of("language", row.language, language))
    return " · ".join(parts)


def board_rows(queue: Queue, language: str, now: datetime) -> list[BoardRow]:
    """Return the page's rows for the board."""
    rows = []
    for row in queue.rows:
        since = row.waiting_since or row.created_at
        first_line = (row.complaint or "").strip().splitlines()
        rows.append(
            BoardRow(
                session_id=row.session_id,
                level=row.effective,
                overridden=row.overridden,
                complaint=first_line[0] if first_line else None,
                patient=patient_line(row, language),
                flags=row.flag_labels,
                waiting=waited(now - since, language),
                waiting_since_iso=since.isoformat(),
                waiting_since_text=when(since),
                reviewed=row.reviewed,
            )
        )
    return rows


def board_html(queue: Queue, language: str, now: datetime | None = None) -> str:
    """Return the queue page as the board."""
    rows = board_rows(queue, language, now or datetime.now(UTC))
    return render("board.html", language, rows=rows)


def counts_html(queue: Queue, language: str) -> str:
    """Return the counts per level under the current filters, and which rows are shown."""
    first = queue.offset + 1 if queue.rows else 0
    last = queue.offset + len(queue.rows)
    return render("counts.html", language, queue=queue, first=first, last=last)


def new_sessions_html(now: dict[str, int], seen: dict[str, int], language: str) -> str:
    """Return the notice of levels that gained sessions since the list was loaded (empty
    when none did); red when an emergency is among them."""
    gained = {level: now.get(level, 0) - seen.get(level, 0) for level in LEVELS}
    items = [f"{n} {level_label(level, language)}" for level, n in gained.items() if n > 0]
    if not items or not seen:
        return ""
    return render(
        "new_sessions.html", language, items=", ".join(items), emergency=gained["emergency"] > 0
    )


def _date(value: str, field: str, language: str) -> datetime | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=UTC)
    except ValueError as exc:
        raise gr.Error(text("error.date", language, field=field)) from exc


def _tri(value: str) -> bool | None:
    return {"yes": True, "no": False}.get(value)


class QueueHandlers(Handlers):
    """The queue tab's Gradio handlers."""

    def queue_filter(
        self, level: str, flag: str, reviewed: str, start: str, end: str, search: str
    ) -> QueueFilter:
        """Return the filter the queue's controls describe."""
        language = self.ws.language
        end_at = _date(end, self.ws.t("filter.to_field"), language)
        return QueueFilter(
            disposition=level or None,
            red_flag=_tri(flag),
            reviewed=_tri(reviewed),
            created_from=_date(start, self.ws.t("filter.from_field"), language),
            created_to=end_at + timedelta(days=1) if end_at else None,
            text=search or None,
        )

    def listed(
        self,
        user: NurseUser,
        level: str,
        flag: str,
        reviewed: str,
        start: str,
        end: str,
        search: str,
        page: int = 1,
    ) -> QueueOutputs:
        """Return the queue's counts, rows and page, the counts as seen now (for the watch)
        and a cleared new-sessions notice; audit the view."""
        filters = self.queue_filter(level, flag, reviewed, start, end, search)
        with self.ws.transaction() as s:
            queue = review_queue(s, filters=filters, page=page)
            audit.record(
                s,
                actor=user.actor,
                action=audit.VIEW_QUEUE,
                object_type="queue_search" if filters.text else "queue",
                object_id=len(queue.rows),
            )
        language = self.ws.language
        board = board_html(queue, language)
        return counts_html(queue, language), board, queue.page, queue.counts, ""

    @guarded
    def refresh_queue(
        self,
        level: str,
        flag: str,
        reviewed: str,
        start: str,
        end: str,
        search: str,
        request: gr.Request,
    ) -> QueueOutputs:
        """Apply the filters: back to the first page."""
        user = nurse_of(request, self.ws)
        return self.listed(user, level, flag, reviewed, start, end, search)

    @guarded
    def previous_page(
        self,
        level: str,
        flag: str,
        reviewed: str,
        start: str,
        end: str,
        search: str,
        page: int,
        request: gr.Request,
    ) -> QueueOutputs:
        """Show the page before this one."""
        user = nurse_of(request, self.ws)
        return self.listed(user, level, flag, reviewed, start, end, search, int(page or 1) - 1)

    @guarded
    def next_page(
        self,
        level: str,
        flag: str,
        reviewed: str,
        start: str,
        end: str,
        search: str,
        page: int,
        request: gr.Request,
    ) -> QueueOutputs:
        """Show the page after this one."""
        user = nurse_of(request, self.ws)
        return self.listed(user, level, flag, reviewed, start, end, search, int(page or 1) + 1)

    @guarded
    def watch(
        self,
        level: str,
        flag: str,
        reviewed: str,
        start: str,
        end: str,
        search: str,
        seen: dict[str, int],
        request: gr.Request,
    ) -> str:
        """Tell the nurse which levels gained sessions since the list was loaded (counts
        only: no id or text is shown, so this is not a view to audit)."""
        nurse_of(request, self.ws)
        filters = self.queue_filter(level, flag, reviewed, start, end, search)
        with self.ws.transaction() as s:
            now = queue_counts(s, filters)
        return new_sessions_html(now, seen or {}, self.ws.language)
