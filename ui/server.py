"""The web server: one FastAPI app, the patient chat at ``/``, the nurse workspace at ``/nurse``.

Built from injected dependencies (the running conversation service and the settings); it
opens nothing itself, so ``triage serve`` and the browser tests wire it the same way.
Each Gradio app gets its own path and its own queue. Apps under a sub-path are mounted
before the patient chat, because the mount at ``/`` matches every path left over.
"""

from __future__ import annotations

import warnings

import gradio as gr
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from agent.conversation import Conversation
from clinical.care_options import CareOptions, load_care_options
from core.settings import Settings
from ui.nurse import mount_nurse_workspace
from ui.patient import build_patient_app
from ui.render import CSS, popup_script

# Soft, with the colours axe-core checks for contrast (WCAG AA, 4.5:1) made darker: white on
# teal-500 buttons and radios is 2.5:1, on teal-700 5.5:1; grey-400 hints on white 2.5:1,
# grey-600 7:1. The nurse workspace shares the theme.
THEME = gr.themes.Soft(primary_hue="teal", neutral_hue="slate").set(
    button_primary_background_fill="*primary_700",
    button_primary_background_fill_dark="*primary_700",
    button_primary_background_fill_hover="*primary_800",
    button_primary_background_fill_hover_dark="*primary_800",
    checkbox_label_background_fill_selected="*primary_700",
    checkbox_label_background_fill_selected_dark="*primary_700",
    body_text_color_subdued="*neutral_600",
    block_title_text_color="*primary_700",
)


def quiet_gradio_analytics() -> None:
    """Silence the two pandas deprecation warnings Gradio's queue raises on every event.

    Upstream cause: gradio 6's ``Queue._get_df`` (gradio/queueing.py), which builds the
    /monitoring analytics summary after each event whether or not monitoring is used, calls
    ``pd.option_context("future.no_silent_downcasting", True)`` and
    ``infer_objects(copy=False)``, both deprecated in pandas 3 (``Pandas4Warning``, a
    DeprecationWarning). Only those two messages from that module are filtered; drop this
    when Gradio stops using them.
    """
    for message in (
        r"'future\.no_silent_downcasting' is deprecated",
        r"The copy keyword is deprecated",
    ):
        warnings.filterwarnings(
            "ignore", message=message, category=DeprecationWarning, module=r"gradio\.queueing"
        )


def build_server(
    conversation: Conversation, settings: Settings, *, care: CareOptions | None = None
) -> FastAPI:
    """Return the ASGI app: the patient chat at ``/``, the workspace at ``/nurse``, and the
    probes ``/healthz`` (alive) and ``/readyz`` (database and model answer).

    ``care`` is the clinic's care options, read from ``settings`` when not given (a wrong
    file raises ConfigError naming it).
    """
    care = care or load_care_options(settings.care_options_file)
    quiet_gradio_analytics()
    app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/healthz", include_in_schema=False)
    def healthz() -> dict[str, str]:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/readyz", include_in_schema=False)
    async def readyz() -> JSONResponse:
        """Readiness: the database and the model server answer (503 naming which does not)."""
        checks = await conversation.readiness()
        ready = all(state == "ok" for state in checks.values())
        return JSONResponse(checks, status_code=200 if ready else 503)

    # Apps under their own path go here, before "/": the nurse workspace, behind its login.
    mount_nurse_workspace(app, conversation.sessions, settings, theme=THEME)

    patient = build_patient_app(
        lambda: conversation,
        emergency_number=settings.emergency_number,
        max_message_chars=settings.max_message_chars,
        default_language=settings.default_language,
        slow_notice_s=settings.ui_slow_notice_s,
        care=care,
    )
    patient.queue(default_concurrency_limit=settings.ui_concurrency, max_size=settings.ui_max_queue)
    return gr.mount_gradio_app(
        app,
        patient,
        head=popup_script(settings.emergency_number),
        path="/",
        ssr_mode=False,
        footer_links=[],
        show_error=False,
        theme=THEME,
        css=CSS,
    )
