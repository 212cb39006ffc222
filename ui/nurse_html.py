"""HTML for the nurse workspace, built so that nothing a patient or the model wrote can run.

Every stored text (transcript, record fields, red-flag evidence, advice, notes) goes
through :func:`inert`: HTML is escaped, and so are ``$`` and backticks, because Gradio
fills ``gr.HTML`` through a JavaScript template. Nothing here is rendered as Markdown, so
no image or link in a message is ever fetched or made clickable.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from nurse.queue import LEVELS, Queue
from nurse.sbar import Sbar
from nurse.view import SessionView
from storage.models import AuditEvent
from ui.render import inert

LEVEL_LABELS = {
    "emergency": "Emergency",
    "urgent": "Urgent",
    "non_urgent": "Non-urgent",
    "self_care": "Self-care",
    "in_progress": "In progress",
}

CSS = """
.nw-level { display:inline-block; padding:1px 8px; border-radius:10px; font-weight:600; }
.nw-emergency { background:#b91c1c; color:#fff; }
.nw-urgent { background:#ea580c; color:#fff; }
.nw-non_urgent { background:#ca8a04; color:#fff; }
.nw-self_care { background:#15803d; color:#fff; }
.nw-in_progress { background:#64748b; color:#fff; }
.nw-counts span { margin-right:12px; }
#nw-showing { color:#555; margin-left:8px; }
.nw-transcript { border-collapse:collapse; width:100%; }
.nw-transcript td { vertical-align:top; padding:4px 8px; border-bottom:1px solid #e2e8f0; }
.nw-text { white-space:pre-wrap; overflow-wrap:anywhere; }
.nw-flag { border-left:4px solid #b91c1c; padding:4px 8px; margin:6px 0; background:#fef2f2; }
.nw-sbar h4 { margin:8px 0 2px; }
.nw-muted { color:#64748b; }
.nw-logout { display:inline; margin-left:12px; }
"""


def when(value: datetime | None) -> str:
    """Return a UTC timestamp as the workspace shows it."""
    return value.strftime("%Y-%m-%d %H:%M:%S UTC") if value else ""


def level_badge(level: str | None) -> str:
    """Return a coloured badge for a disposition level (or in progress)."""
    key = level if level in LEVEL_LABELS else "in_progress"
    return f'<span class="nw-level nw-{key}">{inert(LEVEL_LABELS[key])}</span>'


def counts_html(queue: Queue) -> str:
    """Return the counts per level under the current filters."""
    parts = [
        f'<span data-level="{level}">{level_badge(level)} {queue.counts.get(level, 0)}</span>'
        for level in LEVELS
    ]
    first, last = (queue.offset + 1 if queue.rows else 0), queue.offset + len(queue.rows)
    showing = (
        f'<span id="nw-showing">Sessions {first}–{last} of {queue.total} '
        f"(page {queue.page} of {queue.pages})</span>"
    )
    return f'<div class="nw-counts" id="nw-counts">{"".join(parts)}{showing}</div>'


QUEUE_HEADERS = ["Level", "Session", "Started (UTC)", "Red flags", "Reviewed", "Stage", "Turns"]


def queue_rows(queue: Queue) -> list[list[str | int]]:
    """Return the queue as table rows (no message text: ids, levels, times, counts only)."""
    return [
        [
            LEVEL_LABELS[row.effective] + (" (nurse)" if row.overridden else ""),
            row.session_id,
            row.created_at.strftime("%Y-%m-%d %H:%M"),
            row.red_flags,
            "yes" if row.reviewed else "no",
            row.stage,
            row.turns,
        ]
        for row in queue.rows
    ]


def _section(title: str, body: str) -> str:
    return f"<h3>{inert(title)}</h3>{body}"


def _items(values: Iterable[str]) -> str:
    items = "".join(f"<li>{inert(v)}</li>" for v in values)
    return f"<ul>{items}</ul>" if items else '<p class="nw-muted">none</p>'


def session_html(view: SessionView) -> str:
    """Return the session page: header, assessment, red flags, record, transcript, sign-offs."""
    parts = [
        f'<div id="nw-session" data-session="{inert(view.session_id)}">',
        f"<h2>Session {inert(view.session_id)}</h2>",
        f"<p>Started {inert(when(view.created_at))} · language {inert(view.language)} · "
        f"stage {inert(view.stage)} · level {level_badge(view.effective_disposition)}",
    ]
    review = view.current_review
    if review is not None and review.override_disposition:
        parts.append(
            f" (agent said {level_badge(view.disposition)}; overridden by "
            f"{inert(review.reviewer)}: {inert(review.override_reason or '')})"
        )
    parts.append("</p>")

    a = view.assessment
    if a is None:
        parts.append(_section("Assessment", '<p class="nw-muted">No disposition yet.</p>'))
    else:
        body = (
            f"<p>{level_badge(a.disposition)} at {inert(when(a.at))} — rules: "
            f"{inert(a.rule_disposition or 'none')}, model: {inert(a.model_disposition or 'none')}"
            f"</p><p><b>Reasons</b></p>{_items(a.reasons)}"
            f'<p><b>Advice given</b></p><p class="nw-text">{inert(a.message)}</p>'
            f"<p><b>Self-care</b></p>{_items(a.self_care)}"
            f"<p><b>Get help now if</b></p>{_items(a.get_help_now_if)}"
        )
        parts.append(_section("Assessment (original, as given to the patient)", body))

    flags = "".join(
        f'<div class="nw-flag">{level_badge(f.level)} <b>{inert(f.label)}</b> — raised by '
        f"{inert(f.source)} <code>{inert(f.flag_id)}</code>"
        + (f" · guideline: {inert(f.guideline)}" if f.guideline else "")
        + f'<br>Evidence: <span class="nw-text">{inert(f.evidence)}</span>'
        + (
            f'<br>Patient message #{f.message_seq}: <span class="nw-text">'
            f"{inert(f.message_text or '')}</span>"
            if f.message_seq is not None
            else ""
        )
        + "</div>"
        for f in view.flags
    )
    parts.append(_section("Red flags", flags or '<p class="nw-muted">none</p>'))

    record = view.record.model_dump(exclude_none=True)
    rows = "".join(
        f"<tr><td>{inert(key)}</td><td class='nw-text'>{inert(_plain(value))}</td></tr>"
        for key, value in record.items()
        if value not in ([], {}, "")
    )
    parts.append(
        _section(
            "Intake record" + (f" (as of {when(view.record_at)})" if view.record_at else ""),
            f'<table class="nw-transcript">{rows}</table>' if rows else "<p>empty</p>",
        )
    )

    lines = "".join(
        f'<tr data-seq="{line.seq}"><td>{line.seq}</td><td>{inert(when(line.at))}</td>'
        f"<td><b>{inert(line.role)}</b></td>"
        f'<td class="nw-text nw-message">{inert(line.content)}</td></tr>'
        for line in view.transcript
    )
    parts.append(_section("Transcript", f'<table class="nw-transcript">{lines}</table>'))

    reviews = "".join(
        f"<li>{inert(when(r.at))} <b>{inert(r.reviewer)}</b>: "
        f"{'reviewed' if r.reviewed else 'not reviewed'}"
        + (
            f"; override to {level_badge(r.override_disposition)} — {inert(r.override_reason)}"
            if r.override_disposition
            else ""
        )
        + (f'; note: <span class="nw-text">{inert(r.note)}</span>' if r.note else "")
        + "</li>"
        for r in view.reviews
    )
    parts.append(
        _section(
            "Sign-offs",
            f"<ul id='nw-reviews'>{reviews}</ul>"
            if reviews
            else '<p class="nw-muted">not reviewed yet</p>',
        )
    )
    parts.append("</div>")
    return "".join(parts)


def _plain(value: object) -> str:
    if isinstance(value, list):
        return "; ".join(_plain(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_plain(v)}" for k, v in value.items() if v not in (None, ""))
    return str(value)


def sbar_html(sbar: Sbar) -> str:
    """Return the SBAR summary."""
    sections = "".join(
        f"<h4>{inert(heading)}</h4>{_items(lines)}" for heading, lines in sbar.sections()
    )
    return f'<div class="nw-sbar" id="nw-sbar">{sections}</div>'


def export_links(base: str, session_id: str) -> str:
    """Return the download links for a session's exports."""
    sid = inert(session_id)
    return (
        f'<p id="nw-exports">Export: <a href="{base}/export/{sid}/fhir" download>FHIR R4 JSON</a>'
        f' · <a href="{base}/export/{sid}/markdown" download>printable Markdown</a></p>'
    )


def audit_html(events: list[AuditEvent]) -> str:
    """Return the audit log table (who, what, which object, when)."""
    rows = "".join(
        f"<tr><td>{inert(when(e.created_at))}</td><td>{inert(e.actor)}</td>"
        f"<td>{inert(e.action)}</td><td>{inert(e.object_type or '')}</td>"
        f"<td>{inert(e.object_id or '')}</td></tr>"
        for e in events
    )
    return (
        '<table class="nw-transcript" id="nw-audit"><tr><th>When</th><th>Who</th>'
        f"<th>Action</th><th>Object</th><th>Id</th></tr>{rows}</table>"
    )


def login_page(base: str, *, message: str | None = None) -> str:
    """Return the login form (plain HTML, no script)."""
    notice = f'<p class="notice" role="alert">{inert(message)}</p>' if message else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nurse workspace — log in</title>
<style>
body {{ font-family: system-ui, sans-serif; background:#f1f5f9; margin:0; }}
main {{ max-width:360px; margin:10vh auto; background:#fff; padding:24px 28px;
  border-radius:12px; box-shadow:0 2px 8px rgba(0,0,0,.08); }}
label {{ display:block; margin-top:12px; font-weight:600; }}
input {{ width:100%; box-sizing:border-box; padding:8px; margin-top:4px; font-size:1rem; }}
button {{ margin-top:18px; width:100%; padding:10px; font-size:1rem; background:#0f766e;
  color:#fff; border:0; border-radius:8px; }}
.notice {{ background:#fef2f2; color:#991b1b; padding:8px; border-radius:6px; }}
</style></head>
<body><main>
<h1>Nurse workspace</h1>
{notice}
<form method="post" action="{base}/login">
<label for="name">User name</label>
<input id="name" name="name" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Log in</button>
</form>
</main></body></html>
"""
