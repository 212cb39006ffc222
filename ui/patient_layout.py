"""The patient chat's layout: the components of the page, labelled in the language it opens in.

What happens on each event (load, send, new conversation, language) is in ``ui/patient.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

import gradio as gr

from clinical.messages import text as message_text
from ui import render

LANGUAGES = [("English", "en"), ("中文", "zh")]


def greeting(language: str, number: str) -> list[dict[str, str]]:
    """Return the chat as it opens: the greeting, with the emergency number."""
    return [
        {
            "role": "assistant",
            "content": render.bubble(message_text("greeting", language, number=number)),
        }
    ]


def header(language: str) -> str:
    """Return the page's title block in ``language`` (its ``lang`` is read by the page's script)."""
    return (
        f'<div class="triage-header" lang="{language}" '
        f'data-chat-label="{render.inert(message_text("ui.chat_label", language))}">'
        f"<h1>{render.inert(message_text('ui.title', language))}</h1>"
        f"<p>{render.inert(message_text('ui.subtitle', language))}</p></div>"
    )


@dataclass
class PatientPage:
    """The page's components, for the handlers to read and update."""

    title: gr.HTML
    language: gr.Radio
    progress: gr.HTML
    banner: gr.HTML
    chat: gr.Chatbot
    info: gr.HTML
    summary: gr.HTML
    message: gr.Textbox
    send: gr.Button
    resume: gr.HTML
    new: gr.Button
    token_in: gr.Textbox


def build_page(start_language: str, *, number: str, max_message_chars: int) -> PatientPage:
    """Lay out the page inside the ``gr.Blocks`` being built, in ``start_language``."""
    with gr.Row(elem_id="triage-top"):
        title = gr.HTML(header(start_language), js_on_load=None, scale=4, min_width=260)
        language = gr.Radio(
            choices=LANGUAGES,
            value=start_language,
            label=message_text("ui.language", start_language),
            show_label=False,
            container=False,
            elem_id="triage-language",
            interactive=False,  # on once loaded, like the input below
            scale=1,
            min_width=170,
        )
    progress = gr.HTML(
        render.progress(start_language, stage="collecting", answered=None, number=number),
        js_on_load=None,
        elem_id="triage-progress",
    )
    banner = gr.HTML("", js_on_load=None, elem_id="triage-banner")
    chat = gr.Chatbot(
        value=list(greeting(start_language, number)),  # type: ignore[arg-type]
        elem_id="triage-chat",
        show_label=False,
        render_markdown=False,  # no markdown: no image fetches, no links from the model
        sanitize_html=True,
        buttons=[],
        feedback_options=None,
        group_consecutive_messages=False,
        height="55vh",
        min_height=260,
        layout="bubble",
        autoscroll=True,
    )
    info = gr.HTML("", js_on_load=None, elem_id="triage-notice")
    summary = gr.HTML("", js_on_load=None, elem_id="triage-summary")
    with gr.Row(equal_height=True, elem_id="triage-compose"):
        message = gr.Textbox(
            label=message_text("ui.message_label", start_language),  # its accessible name
            show_label=False,
            placeholder=message_text(
                "ui.placeholder", start_language, limit=str(max_message_chars)
            ),
            lines=2,
            max_lines=8,
            scale=5,
            elem_id="triage-input",
            autofocus=True,
            # Off until the page has loaded its conversation (or none): a message typed
            # earlier would be wiped, or race the load, when the load's answer arrives.
            interactive=False,
        )
        send = gr.Button(
            message_text("ui.send", start_language),
            variant="primary",
            scale=1,
            min_width=90,
            elem_id="triage-send",
            interactive=False,
        )
    resume = gr.HTML("", js_on_load=None, elem_id="triage-resume")
    new = gr.Button(
        message_text("ui.new_conversation", start_language),
        variant="secondary",
        size="sm",
        elem_id="triage-new",
        interactive=False,
    )
    token_in = gr.Textbox(visible=False)
    return PatientPage(
        title=title,
        language=language,
        progress=progress,
        banner=banner,
        chat=chat,
        info=info,
        summary=summary,
        message=message,
        send=send,
        resume=resume,
        new=new,
        token_in=token_in,
    )
