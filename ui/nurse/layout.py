"""The workspace's Gradio layout: the queue, session and audit tabs, and their wiring.

It holds no state of its own (all is in the database): the components, and which handler
of :mod:`ui.nurse.queue`, :mod:`ui.nurse.session` and :mod:`ui.nurse.audit` each event
calls. API names are given, so Gradio's API stays stable whatever the handlers are called.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import gradio as gr

from nurse.queue import LEVELS
from states.disposition import Disposition
from ui.nurse.audit import AuditHandlers
from ui.nurse.deps import Handlers, Workspace, guarded, nurse_of
from ui.nurse.fragments import render
from ui.nurse.queue import QueueHandlers
from ui.nurse.session import SessionHandlers
from ui.nurse_texts import level_label

BOARD_JS = Path(__file__).parent / "static" / "board.js"
PRINT_JS = Path(__file__).parent / "static" / "print.js"


class PageHandlers(Handlers):
    """What the page does when it opens."""

    def __init__(self, ws: Workspace, queue: QueueHandlers) -> None:
        super().__init__(ws)
        self.queue = queue

    @guarded
    def on_load(self, request: gr.Request) -> tuple[Any, ...]:
        """Show who is logged in, the audit tab to admins only, and the queue."""
        user = nurse_of(request, self.ws)
        header = render("header.html", self.ws.language, user=user, base=self.ws.base)
        listed = self.queue.listed(user, "", "any", "any", "", "", "")
        return header, gr.Tab(visible=user.role == "admin"), *listed


def build_nurse_app(ws: Workspace) -> gr.Blocks:
    """Return the workspace's Gradio app."""
    language, t = ws.language, ws.t
    queue_handlers = QueueHandlers(ws)
    session_handlers = SessionHandlers(ws)
    page = PageHandlers(ws, queue_handlers)
    levels = [(level_label(level, language), level) for level in LEVELS]
    tri = [(t("filter.any"), "any"), (t("filter.yes"), "yes"), (t("filter.no"), "no")]
    with gr.Blocks(title=t("workspace")) as blocks:
        current = gr.State("")
        seen = gr.State({})  # the counts per level when the list was last loaded
        watcher = gr.Timer(ws.watch_s)
        page_shown = gr.State(1)  # the queue page on show (view state only)
        header = gr.HTML(elem_classes=["nw-no-print"])
        with gr.Tabs(selected="queue") as tabs:
            with gr.Tab(t("tab.queue"), id="queue"):
                with gr.Row():
                    level = gr.Dropdown(
                        [(t("filter.all_levels"), ""), *levels], value="", label=t("filter.level")
                    )
                    flag = gr.Radio(
                        tri, value="any", label=t("filter.flag"), elem_id="nw-flag-filter"
                    )
                    reviewed = gr.Radio(
                        tri, value="any", label=t("filter.reviewed"), elem_id="nw-reviewed-filter"
                    )
                with gr.Row():
                    start = gr.Textbox(label=t("filter.from"), max_lines=1)
                    end = gr.Textbox(label=t("filter.to"), max_lines=1)
                    search = gr.Textbox(label=t("filter.text"), max_lines=1, max_length=200)
                apply = gr.Button(t("filter.apply"), variant="primary")
                notice = gr.HTML(elem_id="nw-new-box")
                counts = gr.HTML(elem_id="nw-counts-box")
                with gr.Row():
                    previous = gr.Button(
                        t("page.previous"), size="sm", scale=0, min_width=140, elem_id="nw-previous"
                    )
                    following = gr.Button(
                        t("page.next"), size="sm", scale=0, min_width=140, elem_id="nw-next"
                    )
                board = gr.HTML(elem_id="nw-queue", js_on_load=BOARD_JS.read_text("utf-8"))
                with gr.Row():
                    wanted = gr.Textbox(label=t("open.id"), max_lines=1, elem_id="nw-open-id")
                    open_button = gr.Button(t("open.button"), elem_id="nw-open")
            with gr.Tab(t("tab.session"), id="session"):
                session_box = gr.HTML(render("muted.html", language, message=t("session.none")))
                exports = gr.HTML(
                    elem_classes=["nw-no-print"], js_on_load=PRINT_JS.read_text("utf-8")
                )
                sbar_language = gr.Radio(
                    [("English", "en"), ("中文", "zh")],
                    value=language,
                    label=t("sbar.language"),
                    elem_classes=["nw-no-print"],
                )
                sbar = gr.HTML()
                with gr.Group(elem_classes=["nw-no-print"]):
                    mark = gr.Checkbox(label=t("signoff.reviewed"), elem_id="nw-reviewed")
                    note = gr.Textbox(label=t("signoff.note"), lines=3, max_length=4000)
                    override = gr.Dropdown(
                        [
                            (t("signoff.no_override"), ""),
                            *[(level_label(d.value, language), d.value) for d in Disposition],
                        ],
                        value="",
                        label=t("signoff.override"),
                    )
                    reason = gr.Textbox(label=t("signoff.reason"), max_length=4000)
                    save_button = gr.Button(t("signoff.save"), variant="primary", elem_id="nw-save")
                    saved = gr.HTML()
            with gr.Tab(t("tab.audit"), id="audit", visible=False) as audit_tab:
                audit_button = gr.Button(t("audit.show"))
                audit_box = gr.HTML()

        filters = [level, flag, reviewed, start, end, search]
        opened = [current, session_box, sbar, exports, tabs, mark, note, override, reason, saved]
        listed = [counts, board, page_shown, seen, notice]
        blocks.load(page.on_load, None, [header, audit_tab, *listed], api_name="on_load")
        watcher.tick(
            queue_handlers.watch,
            [*filters, seen],
            [notice],
            show_progress="hidden",
            api_name="watch",
        )
        apply.click(queue_handlers.refresh_queue, filters, listed, api_name="refresh_queue")
        search.submit(queue_handlers.refresh_queue, filters, listed)
        previous.click(
            queue_handlers.previous_page, [*filters, page_shown], listed, api_name="previous_page"
        )
        following.click(
            queue_handlers.next_page, [*filters, page_shown], listed, api_name="next_page"
        )
        board.click(session_handlers.pick, [sbar_language], opened, api_name="pick")
        open_button.click(
            session_handlers.open_session, [wanted, sbar_language], opened, api_name="open_session"
        )
        wanted.submit(session_handlers.open_session, [wanted, sbar_language], opened)
        sbar_language.change(
            session_handlers.change_sbar, [current, sbar_language], [sbar], api_name="change_sbar"
        )
        save_button.click(
            session_handlers.save,
            [current, mark, note, override, reason, sbar_language],
            [saved, session_box, sbar],
            api_name="save",
        )
        audit_button.click(AuditHandlers(ws).show_audit, None, [audit_box], api_name="show_audit")
    return blocks
