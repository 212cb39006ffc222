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
from ui.nurse_texts import level_label, name_of, text
from ui.render import inert

CSS = """
.nw-level { display:inline-block; padding:1px 8px; border-radius:10px; font-weight:600; }
.nw-emergency { background:#b91c1c; color:#fff; }
.nw-urgent { background:#ea580c; color:#fff; }
.nw-non_urgent { background:#ca8a04; color:#fff; }
.nw-self_care { background:#15803d; color:#fff; }
.nw-in_progress { background:#64748b; color:#fff; }
.nw-counts span { margin-right:12px; }
#nw-showing { color:#555; margin-left:8px; }
.nw-new, .nw-new-emergency { padding:8px 12px; border-radius:8px; font-weight:600; }
.nw-new { background:#fff7ed; color:#9a3412; border:1px solid #fdba74; }
.nw-new-emergency { background:#b91c1c; color:#fff; }
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


def level_badge(level: str | None, language: str) -> str:
    """Return a coloured badge for a disposition level (or in progress)."""
    key = level if level in LEVELS else "in_progress"
    return f'<span class="nw-level nw-{key}">{inert(level_label(key, language))}</span>'


def counts_html(queue: Queue, language: str) -> str:
    """Return the counts per level under the current filters, and which rows are shown."""
    parts = [
        f'<span data-level="{level}">{level_badge(level, language)} '
        f"{queue.counts.get(level, 0)}</span>"
        for level in LEVELS
    ]
    first, last = (queue.offset + 1 if queue.rows else 0), queue.offset + len(queue.rows)
    shown = text(
        "queue.showing",
        language,
        first=first,
        last=last,
        total=queue.total,
        page=queue.page,
        pages=queue.pages,
    )
    showing = f'<span id="nw-showing">{inert(shown)}</span>'
    return f'<div class="nw-counts" id="nw-counts">{"".join(parts)}{showing}</div>'


def new_sessions_html(now: dict[str, int], seen: dict[str, int], language: str) -> str:
    """Return the notice of levels that gained sessions since the list was loaded (empty
    when none did); red when an emergency is among them."""
    gained = {level: now.get(level, 0) - seen.get(level, 0) for level in LEVELS}
    items = [f"{n} {level_label(level, language)}" for level, n in gained.items() if n > 0]
    if not items or not seen:
        return ""
    kind = "nw-new-emergency" if gained["emergency"] > 0 else "nw-new"
    shown = text("queue.new", language, items=", ".join(items))
    return f'<div id="nw-new" class="{kind}" role="alert">{inert(shown)}</div>'


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


def _section(title: str, body: str) -> str:
    return f"<h3>{inert(title)}</h3>{body}"


def _items(values: Iterable[str], language: str) -> str:
    items = "".join(f"<li>{inert(v)}</li>" for v in values)
    return f"<ul>{items}</ul>" if items else f'<p class="nw-muted">{text("none", language)}</p>'


def session_html(view: SessionView, language: str) -> str:
    """Return the session page: header, assessment, red flags, record, transcript, sign-offs."""

    def t(key: str, **values: object) -> str:
        return text(key, language, **values)

    def badge(level: str | None) -> str:
        return level_badge(level, language)

    none = f'<p class="nw-muted">{t("none")}</p>'
    meta = t(
        "session.meta",
        at="{at}",
        lang="{lang}",
        stage="{stage}",
        level="{level}",
    ).format(
        at=inert(when(view.created_at)),
        lang=inert(view.language),
        stage=inert(view.stage),
        level=badge(view.effective_disposition),
    )
    parts = [
        f'<div id="nw-session" data-session="{inert(view.session_id)}">',
        f"<h2>{inert(t('session.title', id=view.session_id))}</h2>",
        f"<p>{meta}",
    ]
    review = view.current_review
    if review is not None and review.override_disposition:
        parts.append(
            t(
                "session.overridden", level="{level}", reviewer="{reviewer}", reason="{reason}"
            ).format(
                level=badge(view.disposition),
                reviewer=inert(review.reviewer),
                reason=inert(review.override_reason or ""),
            )
        )
    parts.append("</p>")

    a = view.assessment
    if a is None:
        parts.append(_section(t("assessment"), f'<p class="nw-muted">{t("assessment.none")}</p>'))
    else:
        levels = t("assessment.levels", level="{level}", at="{at}", rules="{r}", model="{m}")
        body = (
            "<p>"
            + levels.format(
                level=badge(a.disposition),
                at=inert(when(a.at)),
                r=inert(a.rule_disposition or t("none")),
                m=inert(a.model_disposition or t("none")),
            )
            + f"</p><p><b>{t('assessment.reasons')}</b></p>{_items(a.reasons, language)}"
            f"<p><b>{t('assessment.advice')}</b></p>"
            f'<p class="nw-text">{inert(a.message)}</p>'
            f"<p><b>{t('assessment.self_care')}</b></p>{_items(a.self_care, language)}"
            f"<p><b>{t('assessment.help')}</b></p>{_items(a.get_help_now_if, language)}"
        )
        parts.append(_section(t("assessment.title"), body))

    flags = "".join(
        f'<div class="nw-flag">{badge(f.level)} <b>{inert(f.label)}</b> — '
        f"{inert(t('flag.raised', source=name_of('flag.source', f.source, language)))} "
        f"<code>{inert(f.flag_id)}</code>"
        + (f" · {t('flag.guideline')}: {inert(f.guideline)}" if f.guideline else "")
        + f'<br>{t("flag.evidence")}: <span class="nw-text">{inert(f.evidence)}</span>'
        + (
            f"<br>{inert(t('flag.message', seq=f.message_seq))}: "
            f'<span class="nw-text">{inert(f.message_text or "")}</span>'
            if f.message_seq is not None
            else ""
        )
        + "</div>"
        for f in view.flags
    )
    parts.append(_section(t("flags"), flags or none))

    record = view.record.model_dump(exclude_none=True)
    rows = "".join(
        f"<tr><td>{inert(key)}</td><td class='nw-text'>{inert(_plain(value))}</td></tr>"
        for key, value in record.items()
        if value not in ([], {}, "")
    )
    as_of = t("record.as_of", at=when(view.record_at)) if view.record_at else ""
    parts.append(
        _section(
            t("record") + as_of,
            f'<table class="nw-transcript">{rows}</table>'
            if rows
            else f"<p>{t('record.empty')}</p>",
        )
    )

    lines = "".join(
        f'<tr data-seq="{line.seq}"><td>{line.seq}</td><td>{inert(when(line.at))}</td>'
        f"<td><b>{inert(name_of('role', line.role, language))}</b></td>"
        f'<td class="nw-text nw-message">{inert(line.content)}</td></tr>'
        for line in view.transcript
    )
    parts.append(_section(t("transcript"), f'<table class="nw-transcript">{lines}</table>'))

    reviews = "".join(
        f"<li>{inert(when(r.at))} <b>{inert(r.reviewer)}</b>: "
        f"{t('review.reviewed') if r.reviewed else t('review.not_reviewed')}"
        + (
            t("review.override", level="{level}", reason="{reason}").format(
                level=badge(r.override_disposition), reason=inert(r.override_reason)
            )
            if r.override_disposition
            else ""
        )
        + (f'{t("review.note")}<span class="nw-text">{inert(r.note)}</span>' if r.note else "")
        + "</li>"
        for r in view.reviews
    )
    parts.append(
        _section(
            t("reviews"),
            f"<ul id='nw-reviews'>{reviews}</ul>"
            if reviews
            else f'<p class="nw-muted">{t("reviews.none")}</p>',
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


def sbar_html(sbar: Sbar, language: str) -> str:
    """Return the SBAR summary (its own language; ``language`` is the workspace's)."""
    sections = "".join(
        f"<h4>{inert(heading)}</h4>{_items(lines, language)}" for heading, lines in sbar.sections()
    )
    return f'<div class="nw-sbar" id="nw-sbar">{sections}</div>'


def export_links(base: str, session_id: str, language: str) -> str:
    """Return the download links for a session's exports."""
    sid = inert(session_id)
    return (
        f'<p id="nw-exports">{text("exports", language)}: '
        f'<a href="{base}/export/{sid}/fhir" download>{text("exports.fhir", language)}</a>'
        f' · <a href="{base}/export/{sid}/markdown" download>'
        f"{text('exports.markdown', language)}</a></p>"
    )


def audit_html(events: list[AuditEvent], language: str) -> str:
    """Return the audit log table (who, what, which object, when)."""
    rows = "".join(
        f"<tr><td>{inert(when(e.created_at))}</td><td>{inert(e.actor)}</td>"
        f"<td>{inert(e.action)}</td><td>{inert(e.object_type or '')}</td>"
        f"<td>{inert(e.object_id or '')}</td></tr>"
        for e in events
    )
    head = "".join(
        f"<th>{text(f'audit.{column}', language)}</th>"
        for column in ("when", "who", "action", "object", "id")
    )
    return f'<table class="nw-transcript" id="nw-audit"><tr>{head}</tr>{rows}</table>'


def login_page(base: str, language: str, *, message: str | None = None) -> str:
    """Return the login form (plain HTML, no script)."""
    notice = f'<p class="notice" role="alert">{inert(message)}</p>' if message else ""
    return f"""<!doctype html>
<html lang="{language}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{text("login.title", language)}</title>
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
<h1>{text("workspace", language)}</h1>
{notice}
<form method="post" action="{base}/login">
<label for="name">{text("login.name", language)}</label>
<input id="name" name="name" autocomplete="username" required autofocus>
<label for="password">{text("login.password", language)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">{text("login.submit", language)}</button>
</form>
</main></body></html>
"""
