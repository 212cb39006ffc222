"""The patient chat: a Gradio app built from injected dependencies, with no module-level state.

A browser tab keeps only its session id and secret resume token (in ``gr.State``, which lives
on the server); the conversation itself is in the database, so a reload or the resume link
(``#resume=TOKEN``: a URL fragment, never sent to the server or written to an access log)
brings it back. The session is created on the patient's first message, in the language the
selector shows, so opening the page stores nothing.

The page's components are laid out in ``ui/patient_layout.py``, its browser-side scripts are in
``ui/patient_scripts.py``; this module holds what happens on each event.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import gradio as gr

from agent.conversation import Conversation, History, TurnResult
from agent.patient_message import check_message, read_message
from clinical.care_options import CareOptions
from clinical.language import supported
from clinical.messages import text as message_text
from core.errors import InputRejected, SessionNotFound, StorageError, TurnFailed
from ui import render
from ui.patient_layout import build_page, greeting, header
from ui.patient_scripts import AFTER_EVENT_JS, READ_HASH_JS

log = logging.getLogger(__name__)


@dataclass
class Tab:
    """What one browser tab holds between events (kept server-side by ``gr.State``)."""

    language: str
    session_id: str | None = None
    token: str | None = None
    base_url: str = ""
    answered: int = 0  # the patient's messages since the one that began the intake
    stage: str = "collecting"
    done: bool = False
    intake_started: bool = False  # a health question alone does not start the intake
    shown: list[dict[str, str]] = field(default_factory=list)  # the chat as displayed

    def steps_answered(self) -> int | None:
        """Return the answers the progress hint counts (``None``: the intake has not begun;
        the message that began it describes the problem and answers nothing)."""
        return self.answered if self.intake_started else None

    def resume_url(self) -> str:
        """Return the private link that reopens this conversation."""
        return f"{self.base_url}#resume={self.token}"


def page_url(request: gr.Request | None) -> str:
    """Return the page's address without query or fragment (from the Referer), or ''."""
    referer = request.headers.get("referer", "") if request is not None else ""
    if not referer:
        return ""
    parts = urlsplit(referer)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def build_patient_app(
    get_conversation: Callable[[], Conversation],
    *,
    emergency_number: str,
    max_message_chars: int,
    default_language: str = "en",
    slow_notice_s: float = 10.0,
    care: CareOptions | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> gr.Blocks:
    """Build the patient chat; ``get_conversation`` returns the running conversation service.

    ``care`` (the clinic's care options) ends the summary with the next step, judged open or
    closed at ``clock()``.
    """
    number = emergency_number

    def summary_card(language: str, advice: dict[str, Any] | None) -> str:
        return render.summary_card(language, advice, number=number, care=care, now=clock())

    start_language = supported(default_language)
    busy: set[str] = set()  # sessions with a turn running in this process
    running: set[asyncio.Task[None]] = set()  # their turns

    def resume_block(tab: Tab) -> str:
        if tab.token is None:
            return ""
        html = render.resume_link(tab.language, tab.resume_url())
        return html.replace(
            'class="triage-resume"', f'class="triage-resume" data-token="{tab.token}"'
        )

    with gr.Blocks(title=message_text("ui.title", start_language)) as app:
        tab_state = gr.State(Tab(language=start_language, shown=greeting(start_language, number)))
        page = build_page(start_language, number=number, max_message_chars=max_message_chars)
        title, language, progress, banner = page.title, page.language, page.progress, page.banner
        chat, info, summary, message = page.chat, page.info, page.summary, page.message
        send, resume, new, token_in = page.send, page.resume, page.new, page.token_in

        def labels(lang: str, *, interactive: bool | None = None) -> dict[Any, Any]:
            """Relabel everything fixed on the page in ``lang`` (and enable or disable input)."""
            enabled: dict[str, Any] = {} if interactive is None else {"interactive": interactive}
            # Once the conversation is over, starting a new one is the thing left to do.
            finished: dict[str, Any] = (
                {}
                if interactive is None
                else {"variant": "secondary" if interactive else "primary"}
            )
            return {
                title: header(lang),
                language: gr.update(
                    value=lang, label=message_text("ui.language", lang), interactive=True
                ),
                message: gr.update(
                    label=message_text("ui.message_label", lang),
                    placeholder=message_text("ui.placeholder", lang, limit=str(max_message_chars)),
                    **enabled,
                ),
                send: gr.update(value=message_text("ui.send", lang), **enabled),
                new: gr.update(
                    value=message_text("ui.new_conversation", lang), interactive=True, **finished
                ),
            }

        def fresh(tab: Tab, note: str = "") -> dict[Any, Any]:
            """Return the page of a tab with no conversation yet."""
            tab.shown = greeting(tab.language, number)
            return {
                tab_state: tab,
                chat: tab.shown,
                progress: render.progress(
                    tab.language, stage="collecting", answered=None, number=number
                ),
                banner: "",
                summary: "",
                resume: "",
                info: render.notice(note, kind="error") if note else "",
                **labels(tab.language, interactive=True),
                message: gr.update(
                    value="",
                    interactive=True,
                    placeholder=message_text(
                        "ui.placeholder", tab.language, limit=str(max_message_chars)
                    ),
                ),
            }

        def restored(tab: Tab, history: History) -> dict[Any, Any]:
            """Return the page of a stored conversation."""
            flags = history.red_flags
            emergency = history.stage == "emergency"
            tab.shown = [
                {
                    "role": "user" if role == "patient" else "assistant",
                    "content": render.bubble(content),
                }
                for role, content in history.messages
            ]
            return {
                tab_state: tab,
                chat: tab.shown,
                progress: render.progress(
                    tab.language, stage=tab.stage, answered=tab.steps_answered(), number=number
                ),
                banner: render.banner(
                    tab.language, flags=flags, emergency=emergency, number=number
                ),
                summary: summary_card(tab.language, history.advice),
                resume: resume_block(tab),
                info: render.notice(
                    message_text("ui.finished" if tab.done else "ui.resumed", tab.language)
                ),
                **labels(tab.language, interactive=not tab.done),
            }

        async def on_load(token: str, request: gr.Request) -> dict[Any, Any]:
            tab = Tab(language=start_language, base_url=page_url(request))
            if not token:
                return fresh(tab)
            conversation = get_conversation()
            try:
                session_id = await conversation.find_by_token(token)
                history = await conversation.history(session_id)
            except SessionNotFound:
                return fresh(tab, message_text("ui.resume_bad", tab.language))
            except StorageError:
                return fresh(tab, message_text("ui.storage_error", tab.language, number=number))
            tab.session_id, tab.token = session_id, token
            tab.language = supported(history.language)
            tab.stage, tab.done = history.stage, history.disposition is not None
            tab.answered = history.answered
            tab.intake_started = history.intake_started
            return restored(tab, history)

        async def on_send(raw: str, tab: Tab, request: gr.Request) -> AsyncIterator[dict[Any, Any]]:
            # Cleaned and its language read once, here; the turn takes them as they are.
            patient_message = read_message(raw or "")
            lang = patient_message.language_in(tab.language)
            if tab.done:
                yield {info: render.notice(message_text("ui.finished", tab.language))}
                return
            if tab.session_id is not None and tab.session_id in busy:
                yield {info: render.notice(message_text("ui.busy", tab.language))}
                return
            try:  # refuse before anything is stored: an empty first message opens no session
                check_message(patient_message, max_chars=max_message_chars, language=lang)
            except InputRejected as exc:
                yield {info: render.notice(str(exc), kind="error")}
                return
            conversation = get_conversation()
            if tab.session_id is None:
                try:
                    started = await conversation.start(tab.language)
                except StorageError:
                    yield failed(tab, raw, "ui.storage_error")
                    return
                tab.session_id, tab.token = started.session_id, started.token
                tab.base_url = tab.base_url or page_url(request)
            session_id = tab.session_id
            busy.add(session_id)  # no await since the check: a twin event cannot slip in
            queue: asyncio.Queue[tuple[str, Any]] = asyncio.Queue()

            async def pump() -> None:
                # One task drives the whole turn, so a closed tab does not cut it short:
                # the reply is still stored and the resume link shows it.
                try:
                    async for item in conversation.turn(session_id, patient_message):
                        await queue.put(("item", item))
                except Exception as exc:
                    await queue.put(("error", exc))
                finally:
                    busy.discard(session_id)
                    await queue.put(("end", None))

            turn_task = asyncio.create_task(pump())  # frees the session when it ends
            running.add(turn_task)  # a strong reference: it outlives a closed tab
            turn_task.add_done_callback(running.discard)
            pending = [
                *tab.shown,
                {"role": "user", "content": render.bubble(patient_message.text)},
                {"role": "assistant", "content": "…"},
            ]
            yield {
                tab_state: tab,
                chat: pending,
                message: gr.update(value="", interactive=False),
                send: gr.update(interactive=False),
                info: "",
                resume: resume_block(tab),
            }
            streamed = ""
            result: TurnResult | None = None
            error: Exception | None = None
            while True:
                try:
                    kind, item = await asyncio.wait_for(queue.get(), timeout=slow_notice_s)
                except TimeoutError:
                    note = message_text("ui.slow", lang, number=number)
                    yield {info: render.notice(note)}
                    continue
                if kind == "end":
                    break
                if kind == "error":
                    error = item
                elif isinstance(item, TurnResult):
                    result = item
                elif item.get("type") == "delta":
                    streamed += item["text"]
                    pending[-1] = {"role": "assistant", "content": render.bubble(streamed)}
                    yield {chat: pending}
                elif item.get("type") == "reset":
                    streamed = ""
                    pending[-1] = {"role": "assistant", "content": "…"}
                    yield {chat: pending}
            await turn_task

            if result is None:
                yield failed(tab, raw, error_key(error), error)
                return
            if tab.intake_started:  # before this turn: this message answered a question
                tab.answered += 1
            tab.stage = result.stage
            tab.done = result.done
            tab.intake_started = result.intake_started
            tab.language = lang
            pending[-1] = {"role": "assistant", "content": render.bubble(result.reply)}
            tab.shown = pending
            emergency = result.stage == "emergency"
            update: dict[Any, Any] = {
                tab_state: tab,
                chat: pending,
                progress: render.progress(
                    lang, stage=result.stage, answered=tab.steps_answered(), number=number
                ),
                summary: summary_card(lang, result.advice),
                resume: resume_block(tab),
                info: render.notice(message_text("ui.degraded", lang, number=number), kind="error")
                if result.fallbacks
                else "",
                **labels(lang, interactive=not tab.done),
            }
            if result.red_flags or emergency:
                update[banner] = render.banner(
                    lang, flags=result.red_flags, emergency=emergency, number=number
                )
            yield update

        def error_key(error: Exception | None) -> str:
            if isinstance(error, StorageError):
                return "ui.storage_error"
            if isinstance(error, InputRejected | SessionNotFound | TurnFailed):
                return ""  # their own message, already in the patient's language
            if error is not None:
                log.error("patient turn failed: %s", type(error).__name__)
            return "model_unavailable"

        def failed(
            tab: Tab,
            raw: str,
            key: str,
            error: Exception | None = None,
        ) -> dict[Any, Any]:
            """Return the page after a turn that did not finish: message back in the box."""
            lang = tab.language
            words = message_text(key, lang, number=number) if key else str(error)
            retry = message_text("ui.retry_hint", lang)
            finished = isinstance(error, InputRejected) and error.code == "finished"
            return {
                tab_state: tab,
                chat: tab.shown,
                info: render.notice(f"{words}\n{retry}" if not finished else words, kind="error"),
                message: gr.update(value=raw, interactive=True),
                send: gr.update(interactive=True),
                resume: resume_block(tab),
            }

        def on_new(tab: Tab) -> dict[Any, Any]:
            return fresh(Tab(language=tab.language, base_url=tab.base_url))

        def on_language(lang: str, tab: Tab) -> dict[Any, Any]:
            tab.language = supported(lang)
            update = {
                tab_state: tab,
                progress: render.progress(
                    tab.language, stage=tab.stage, answered=tab.steps_answered(), number=number
                ),
                resume: resume_block(tab),
                **labels(tab.language),
            }
            if tab.session_id is None:
                tab.shown = greeting(tab.language, number)
                update[chat] = tab.shown
            return update

        everything = [
            tab_state,
            chat,
            progress,
            banner,
            summary,
            resume,
            info,
            message,
            send,
            title,
            language,
            new,
        ]
        private: dict[str, Any] = {"api_visibility": "private"}
        app.load(on_load, inputs=[token_in], outputs=everything, js=READ_HASH_JS, **private).then(
            None, js=AFTER_EVENT_JS, **private
        )
        for trigger in (send.click, message.submit):
            trigger(
                on_send,
                inputs=[message, tab_state],
                outputs=everything,
                show_progress="hidden",
                trigger_mode="once",
                concurrency_id="patient-turn",  # Enter and Send share one limit on turns
                **private,
            ).then(None, js=AFTER_EVENT_JS, **private)
        new.click(on_new, inputs=[tab_state], outputs=everything, **private).then(
            None, js=AFTER_EVENT_JS, **private
        )
        language.input(
            on_language, inputs=[language, tab_state], outputs=everything, **private
        ).then(None, js=AFTER_EVENT_JS, **private)
    return app
