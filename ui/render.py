"""HTML for the patient chat, built so that nothing a patient or the model wrote can run.

Every piece of text from outside the code (the patient's words, the model's replies, stored
advice) goes through :func:`inert` before it reaches the page: HTML is escaped, and so are
``$`` and backticks, because Gradio fills ``gr.HTML`` through a JavaScript template.
The chat bubbles are shown with markdown rendering off, so no markdown image is fetched.
"""

from __future__ import annotations

import base64
import html
import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from clinical.care_options import CareOptions, NextStep, next_step
from clinical.loading import LANGUAGES
from clinical.messages import disposition_text
from clinical.messages import text as message_text


def inert(value: object, *, quote: bool = True) -> str:
    """Return ``value`` as HTML text that displays literally (line breaks kept).

    ``$`` and backticks are escaped too: Gradio fills its HTML component through a
    JavaScript template, where they would otherwise be live.
    """
    escaped = html.escape(str(value), quote=quote).replace("$", "&#36;").replace("`", "&#96;")
    return escaped.replace("\n", "<br>")


def bubble(value: str) -> str:
    """Return a chat message body for the Chatbot (markdown off, so HTML is what shows).

    Quotes stay as they are (safe in text), so screen readers, which read the bubble's
    aria-label built from this string, do not spell out entities.
    """
    return inert(value, quote=False)


def progress(language: str, *, stage: str, answered: int | None, number: str) -> str:
    """Return the progress hint: which part of the intake the patient is in (``answered``:
    the questions answered so far, ``None`` before the intake began)."""
    if stage == "emergency":
        label, kind = message_text("ui.step_emergency", language, number=number), "emergency"
    elif stage == "advice":
        label, kind = message_text("ui.step_advice", language), "done"
    elif answered is None:
        label, kind = message_text("ui.step_describe", language), "start"
    elif answered == 0:
        label, kind = message_text("ui.step_questions_start", language), "questions"
    else:
        label = message_text("ui.step_questions", language, answered=str(answered))
        kind = "questions"
    return f'<div class="triage-progress triage-progress-{kind}" role="status">{inert(label)}</div>'


def banner(language: str, *, flags: Sequence[dict[str, Any]], emergency: bool, number: str) -> str:
    """Return the red-flag banner (empty when no red flag has fired)."""
    if emergency or any(f.get("level") == "emergency" for f in flags):
        words = message_text("ui.banner_emergency", language, number=number)
        return (
            # Assertive, and focusable so the page can move the focus to it (A11Y_JS).
            '<div class="triage-banner triage-banner-emergency" role="alert" '
            'aria-live="assertive" tabindex="-1">'
            f'<span class="triage-banner-icon" aria-hidden="true">⚠</span>'
            f'<span class="triage-banner-text">{inert(words)}</span>'
            f'<a class="triage-call" href="tel:{inert(number.replace(" ", ""))}">'
            f"{inert(number)}</a></div>"
        )
    if flags:
        reasons = "; ".join(dict.fromkeys(str(f.get("label", "")) for f in flags if f.get("label")))
        words = message_text("ui.banner_warning", language, reasons=reasons, number=number)
        return (
            '<div class="triage-banner triage-banner-warning" role="alert">'
            f'<span class="triage-banner-text">{inert(words)}</span></div>'
        )
    return ""


def _next_step(
    language: str, advice: dict[str, Any], number: str, care: CareOptions | None, now: datetime
) -> NextStep | None:
    if care is None:
        return None
    return next_step(care, str(advice["disposition"]), language, now=now, number=number)


def summary_text(
    language: str,
    advice: dict[str, Any],
    *,
    number: str,
    care: CareOptions | None = None,
    now: datetime | None = None,
) -> str:
    """Return the summary as plain text, for the download (ending with the clinic's next step)."""
    now = now or datetime.now(UTC)
    step = _next_step(language, advice, number, care, now)

    def section(key: str, items: Sequence[str]) -> list[str]:
        return [message_text(key, language) + ":", *[f"- {i}" for i in items], ""] if items else []

    lines = [
        message_text("ui.file_title", language),
        now.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "",
        f"{message_text('ui.file_level', language)}: "
        + disposition_text(advice["disposition"], language, number),
        "",
        f"{message_text('ui.file_advice', language)}:",
        str(advice.get("message", "")),
        "",
        *section("ui.reasons", advice.get("reasons") or []),
        *section("ui.self_care", advice.get("self_care") or []),
        *section("ui.get_help_now_if", advice.get("get_help_now_if") or []),
        str(advice.get("disclaimer", "")),
    ]
    if step is not None:  # its sentences hold every number and the booking link
        lines += ["", message_text("care.title", language) + ":", *step.lines]
    return "\n".join(lines) + "\n"


def next_step_section(step: NextStep | None, language: str) -> str:
    """Return the summary card's closing section: what to do next, with call/booking links."""
    if step is None:
        return ""
    lines = "".join(f"<p>{inert(line)}</p>" for line in step.lines)
    links = "".join(
        f'<a class="triage-action" href="{inert(a.href)}"'
        + (' target="_blank" rel="noopener noreferrer"' if a.href.startswith("http") else "")
        + f">{inert(a.label)}</a>"
        for a in step.actions
    )
    return (
        f'<section class="triage-next-step"><h3>{inert(message_text("care.title", language))}'
        f'</h3>{lines}<p class="triage-actions">{links}</p></section>'
    )


def summary_card(
    language: str,
    advice: dict[str, Any] | None,
    *,
    number: str,
    care: CareOptions | None = None,
    now: datetime | None = None,
) -> str:
    """Return the final summary card with a download link (empty before a disposition).

    With the clinic's care options, the card and the download end with the next step.
    """
    if not advice:
        return ""
    now = now or datetime.now(UTC)
    step = _next_step(language, advice, number, care, now)
    level = str(advice["disposition"])

    def listing(key: str, items: Sequence[str], css: str) -> str:
        if not items:
            return ""
        rows = "".join(f"<li>{inert(str(i))}</li>" for i in items)
        return (
            f'<section class="triage-{css}"><h3>{inert(message_text(key, language))}</h3>'
            f"<ul>{rows}</ul></section>"
        )

    css = inert(level)
    download = summary_text(language, advice, number=number, care=care, now=now)
    payload = base64.b64encode(download.encode()).decode()
    return (
        f'<div class="triage-summary triage-level-{css}" data-disposition="{css}">'
        f"<h2>{inert(message_text('ui.summary_title', language))}</h2>"
        f'<p class="triage-disposition">{inert(disposition_text(level, language, number))}</p>'
        + listing("ui.reasons", advice.get("reasons") or [], "reasons")
        + listing("ui.self_care", advice.get("self_care") or [], "self-care")
        + listing("ui.get_help_now_if", advice.get("get_help_now_if") or [], "get-help")
        + f'<p class="triage-disclaimer">{inert(str(advice.get("disclaimer", "")))}</p>'
        + next_step_section(step, language)
        + '<a class="triage-download" download="triage-summary.txt" '
        f'href="data:text/plain;charset=utf-8;base64,{payload}">'
        f"{inert(message_text('ui.download', language))}</a></div>"
    )


def notice(value: str, *, kind: str = "info") -> str:
    """Return a short notice (errors, hints) for the patient."""
    if not value:
        return ""
    return f'<div class="triage-notice triage-notice-{kind}" role="status">{inert(value)}</div>'


def resume_link(language: str, url: str) -> str:
    """Return the private resume link block."""
    return (
        '<div class="triage-resume">'
        f"<span>{inert(message_text('ui.resume_hint', language))}</span> "
        f'<a class="triage-resume-link" href="{inert(url)}">{inert(url)}</a></div>'
    )


POPUP_JS = """(() => {
  // Gradio's own pop-ups (toasts: queue full, connection lost, an error) are English only and
  // their text is fixed in its client; show ours, in the page's language, with the number.
  const kind = (text) => /busy|queue/i.test(text) ? 'busy'
    : /connect/i.test(text) ? 'connection' : 'error';
  const fix = (toast) => {
    const lang = (document.documentElement.lang || 'en').startsWith('zh') ? 'zh' : 'en';
    const words = TEXTS[lang];
    toast.lang = lang;
    toast.querySelectorAll('[data-testid="toast-text"]').forEach((el) => {
      const original = el.dataset.original || el.textContent;
      const wanted = words[kind(original)];
      if (el.textContent !== wanted) {
        el.dataset.original = original;
        el.textContent = wanted;
      }
    });
    const title = toast.querySelector('.toast-title-row > span');
    const node = title && title.firstChild;
    if (node && node.nodeType === Node.TEXT_NODE && node.textContent.trim() !== words.title) {
      node.textContent = words.title + ' ';
    }
  };
  new MutationObserver(() => {
    document.querySelectorAll('[data-testid="toast-body"]').forEach(fix);
  }).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
})();"""


def popup_script(number: str) -> str:
    """Return the <head> script that shows Gradio's pop-ups in the page's language."""
    texts = {
        language: {
            "title": message_text("ui.popup_title", language),
            **{
                kind: message_text(f"ui.popup_{kind}", language, number=number)
                for kind in ("busy", "connection", "error")
            },
        }
        for language in LANGUAGES
    }
    return popup_head(texts)


def popup_head(texts: dict[str, dict[str, str]]) -> str:
    """Return the <head> script replacing Gradio's pop-ups with ``texts`` (per language:
    ``title``, ``busy``, ``connection``, ``error``); the patient chat and the nurse
    workspace each pass their own words."""
    data = json.dumps(texts).replace("</", "<\\/")  # stays inside the <script> element
    return f"<script>{{\nconst TEXTS = {data};\n{POPUP_JS}\n}}</script>"  # a block: no globals


CSS = """
.gradio-container { max-width: 760px !important; margin: 0 auto !important; }
.triage-header h1 { font-size: 1.5rem; margin: 0.2rem 0; }
.triage-header p { margin: 0 0 0.4rem 0; color: var(--body-text-color-subdued); }
.triage-progress { font-size: 0.95rem; padding: 0.45rem 0.8rem; border-radius: 999px;
  background: var(--color-accent-soft); display: inline-block; }
.triage-progress-emergency { background: #b91c1c; color: #fff !important; font-weight: 700; }
.triage-banner { display: flex; align-items: center; gap: 0.8rem; padding: 1rem 1.1rem;
  border-radius: 12px; font-size: 1.1rem; line-height: 1.4; }
.triage-banner-emergency, .triage-banner-emergency * { color: #fff !important; }
.triage-banner-emergency { background: #b91c1c; font-weight: 700;
  box-shadow: 0 0 0 4px #fecaca; }
.triage-banner-warning { background: #fef3c7; color: #78350f; border: 2px solid #f59e0b; }
.triage-banner-icon { font-size: 2rem; }
.triage-banner .triage-call { margin-left: auto; background: #fff; color: #b91c1c !important;
  font-size: 1.5rem; font-weight: 800; padding: 0.3rem 0.9rem; border-radius: 10px;
  text-decoration: none; white-space: nowrap; }
.triage-notice { padding: 0.7rem 0.9rem; border-radius: 10px; }
.triage-notice-info { background: var(--color-accent-soft); }
.triage-notice-error { background: #fff7ed; color: #7c2d12; border: 1px solid #fdba74; }
.triage-summary { border: 2px solid var(--border-color-primary); border-radius: 14px;
  padding: 1rem 1.2rem; background: var(--background-fill-secondary); }
.triage-summary h2 { margin-top: 0; font-size: 1.25rem; }
.triage-summary h3 { font-size: 1rem; margin: 0.8rem 0 0.2rem 0; }
.triage-disposition { font-size: 1.15rem; font-weight: 700; padding: 0.6rem 0.8rem;
  border-radius: 10px; background: #e0f2fe; color: #0c4a6e; }
.triage-level-emergency .triage-disposition { background: #b91c1c; color: #fff !important; }
.triage-level-urgent .triage-disposition { background: #fef3c7; color: #78350f; }
.triage-level-self_care .triage-disposition { background: #dcfce7; color: #14532d; }
.triage-get-help { border-left: 4px solid #f59e0b; padding-left: 0.7rem; }
.triage-disclaimer { font-size: 0.9rem; color: var(--body-text-color-subdued); }
.triage-download { display: inline-block; margin-top: 0.4rem; padding: 0.5rem 0.9rem;
  border-radius: 10px; border: 1px solid var(--border-color-primary); text-decoration: none; }
.triage-next-step { border-top: 2px solid var(--border-color-primary); margin-top: 0.8rem; }
.triage-next-step p { margin: 0.4rem 0; }
.triage-actions { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.triage-action { display: inline-block; padding: 0.5rem 0.9rem; border-radius: 10px;
  background: #0f766e; color: #fff !important; font-weight: 700; text-decoration: none; }
.triage-level-emergency .triage-action { background: #b91c1c; }
.triage-resume { font-size: 0.85rem; color: var(--body-text-color-subdued);
  overflow-wrap: anywhere; }
#triage-top { flex-wrap: wrap !important; align-items: center; }
#triage-language { flex-grow: 0 !important; }
#triage-banner:not(:has(.triage-banner)), #triage-notice:not(:has(.triage-notice)),
#triage-summary:not(:has(.triage-summary)), #triage-resume:not(:has(.triage-resume)) {
  display: none !important; }
/* The emergency banner stays on screen while the patient scrolls (Gradio's container
   clips with overflow: hidden, which would stop position: sticky; clip does not). */
.gradio-container { overflow: visible !important; overflow-x: clip !important; }
#triage-banner:has(.triage-banner-emergency) { position: sticky !important; top: 0;
  z-index: 50; }
#triage-chat button[aria-label="Clear"] { display: none; }
/* After a failed event (the queue was full) Gradio covers each output with a white "Error"
   panel, in English, hiding the conversation; the pop-up says what happened, in the page's
   language (POPUP_JS), so the panels go. */
.gradio-container [data-testid="status-tracker"]:has(> .error) { display: none !important; }
/* No colour transitions on the buttons: a half-faded colour fails contrast while it fades. */
#triage-send, #triage-new, #triage-language label { transition: none !important; }
#triage-chat .bubble-wrap:focus-visible { outline: 3px solid #0f766e; outline-offset: 2px; }
#triage-chat .message-content { white-space: normal; overflow-wrap: anywhere; }
/* Print, once there is a summary: a clean page with the summary card alone (no chat, input,
   buttons, notices or private resume link), black on white; the numbers are in its text.
   (Gradio puts its own prefix before each selector in an @media rule, splitting at commas:
   so one plain selector per item, each inside the page's column.) */
@media print {
  .column:has(.triage-summary) #triage-language,
  .column:has(.triage-summary) #triage-progress,
  .column:has(.triage-summary) #triage-banner,
  .column:has(.triage-summary) #triage-chat,
  .column:has(.triage-summary) #triage-notice,
  .column:has(.triage-summary) #triage-compose,
  .column:has(.triage-summary) #triage-resume,
  .column:has(.triage-summary) #triage-new,
  .column:has(.triage-summary) .triage-header p,
  .column:has(.triage-summary) .triage-download,
  .column:has(.triage-summary) .triage-actions { display: none !important; }
  .triage-summary { border: none !important; padding: 0 !important; background: none !important; }
  .triage-summary * { color: #000 !important; box-shadow: none !important; }
  .triage-summary .triage-disposition.triage-disposition { color: #000 !important;
    background: none !important; border: 2px solid #000; }
  .triage-summary section { break-inside: avoid; }
}
/* Reflow (WCAG 1.4.10): a phone at 200% zoom is about 180 CSS pixels wide. Less padding,
   and long words or links break rather than push the page sideways. */
.gradio-container > .main { padding-left: clamp(6px, 4vw, 32px) !important;
  padding-right: clamp(6px, 4vw, 32px) !important; }
@media (max-width: 400px) {
  #triage-summary .html-container, #triage-progress .html-container, #triage-top .html-container,
  #triage-banner .html-container, #triage-resume .html-container,
  #triage-notice .html-container { padding-left: 0 !important; padding-right: 0 !important; }
  .triage-summary { padding: 0.7rem 0.6rem; }
  .triage-summary ul { padding-left: 1.1rem; }
  .triage-get-help { padding-left: 0.4rem; }
  .triage-summary, .triage-header, .triage-progress, .triage-banner, .triage-notice {
    overflow-wrap: anywhere; }
}
@media (max-width: 600px) {
  .triage-banner { flex-wrap: wrap; font-size: 1rem; padding: 0.7rem 0.9rem; gap: 0.5rem; }
  .triage-banner-icon { display: none; }
  .triage-call { margin-left: 0; }
}
"""
