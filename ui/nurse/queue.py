"""The review queue tab: filters, counts, pages, and the watch for new sessions.

Gradio handlers (:class:`QueueHandlers`); the query is :func:`nurse.queue.review_queue`.
Every listing is audited (how many rows, and whether a text search chose them: the search
words themselves may be health data, never kept); the watch reads counts only.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import gradio as gr
import pandas as pd

from nurse import audit
from nurse.queue import LEVELS, Queue, QueueFilter, queue_counts, review_queue
from ui.nurse.deps import Handlers, NurseUser, guarded, nurse_of
from ui.nurse.fragments import render
from ui.nurse_texts import level_label, text

QueueOutputs = tuple[str, pd.DataFrame, int, dict[str, int], str]
"""The queue's counts HTML, table, page, counts as seen, and the cleared new-sessions notice."""

QUEUE_COLUMNS = ("level", "session", "started", "flags", "reviewed", "stage", "turns")


def queue_headers(language: str) -> list[str]:
    """Return the queue table's column headings."""
    return [text(f"col.{column}", language) for column in QUEUE_COLUMNS]


def queue_rows(queue: Queue, language: str) -> list[list[str | int]]:
    """Return the queue as table rows (no message text: ids, levels, times, counts only)."""
    return [
        [
            level_label(row.effective, language)
            + (text("queue.by_nurse", language) if row.overridden else ""),
            row.session_id,
            row.created_at.strftime("%Y-%m-%d %H:%M"),
            row.red_flags,
            text("filter.yes" if row.reviewed else "filter.no", language),
            row.stage,
            row.turns,
        ]
        for row in queue.rows
    ]


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
        table = pd.DataFrame(queue_rows(queue, language), columns=queue_headers(language))
        return counts_html(queue, language), table, queue.page, queue.counts, ""

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
