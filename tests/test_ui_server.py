"""The web app's wiring and HTML, without a browser (tests/test_ui_browser.py has one)."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient
from starlette.routing import Mount

from agent.conversation import Conversation
from core.settings import Settings
from fakes import FakeOpenAIServer
from storage.db import make_engine, make_session_factory
from ui import render
from ui.nurse.queue import new_sessions_html
from ui.server import build_server


def test_inert_text_escapes_html_dollar_and_backticks() -> None:
    shown = render.inert('<img src=x onerror="a()">\n${b} `c` & d')
    assert "<" not in shown.replace("<br>", "") and "$" not in shown and "`" not in shown
    assert shown == ("&lt;img src=x onerror=&quot;a()&quot;&gt;<br>&#36;{b} &#96;c&#96; &amp; d")
    assert render.bubble('it\'s "fine"') == 'it\'s "fine"'  # quotes are safe in text


def test_the_banner_is_red_for_emergencies_amber_for_warnings_and_absent_otherwise() -> None:
    emergency = render.banner("en", flags=[{"level": "emergency"}], emergency=False, number="120")
    assert "triage-banner-emergency" in emergency and 'href="tel:120"' in emergency
    warning = render.banner(
        "zh", flags=[{"level": "urgent", "label": "<b>高烧</b>"}], emergency=False, number="120"
    )
    assert "triage-banner-warning" in warning and "120" in warning
    assert "&lt;b&gt;高烧&lt;/b&gt;" in warning
    assert render.banner("en", flags=[], emergency=False, number="120") == ""


def test_the_summary_card_shows_every_part_and_its_download_holds_the_same_text() -> None:
    advice = {
        "disposition": "non_urgent",
        "message": "Book an appointment.",
        "reasons": ["pain for <3> weeks"],
        "self_care": ["rest"],
        "get_help_now_if": ["it gets much worse"],
        "disclaimer": "For reference only.",
    }
    card = render.summary_card("en", advice, number="911")
    assert 'data-disposition="non_urgent"' in card
    assert "Non-urgent: book an appointment within the next few days" in card
    assert "pain for &lt;3&gt; weeks" in card and "Get help now if" in card
    payload = re.search(r"base64,([A-Za-z0-9+/=]+)", card)
    assert payload is not None
    text = base64.b64decode(payload.group(1)).decode()
    for part in ("Non-urgent", "pain for <3> weeks", "rest", "it gets much worse", "reference"):
        assert part in text
    assert render.summary_card("en", None, number="911") == ""


async def test_the_server_applies_the_queue_settings_and_answers_health_checks(
    conversation: Conversation, settings: Settings
) -> None:
    tuned = settings.model_copy(update={"ui_concurrency": 3, "ui_max_queue": 7})
    app = build_server(conversation, tuned)
    patient = next(r for r in app.routes if isinstance(r, Mount) and r.path == "").app
    blocks = patient.get_blocks()  # type: ignore[attr-defined]
    assert blocks._queue.max_size == 7
    assert blocks._queue.default_concurrency_limit == 3
    turns = [fn for fn in blocks.fns.values() if fn.name == "on_send"]
    assert len(turns) == 2  # Send and Enter: one queue, so at most 3 turns run at once
    assert {(fn.concurrency_id, fn.concurrency_limit) for fn in turns} == {
        ("patient-turn", "default")
    }
    with TestClient(app) as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        page = client.get("/")
        assert page.status_code == 200 and "<html" in page.text


def test_the_new_sessions_notice_names_the_levels_that_gained_and_is_red_for_emergencies() -> None:
    seen = {"emergency": 1, "urgent": 2, "non_urgent": 0, "self_care": 3, "in_progress": 4}
    assert new_sessions_html(seen, seen, "en") == ""
    assert new_sessions_html({**seen, "in_progress": 9}, {}, "en") == ""  # nothing seen yet
    urgent = new_sessions_html({**seen, "urgent": 3, "in_progress": 3}, seen, "en")
    assert 'class="nw-new"' in urgent and "1 Urgent" in urgent and "progress" not in urgent
    emergency = new_sessions_html({**seen, "emergency": 3}, seen, "zh")
    assert 'class="nw-new-emergency"' in emergency and "2 急诊" in emergency


async def test_readiness_names_what_does_not_answer(
    conversation: Conversation, settings: Settings, fake_llm: FakeOpenAIServer, tmp_path: Path
) -> None:
    app = build_server(conversation, settings)
    transport = httpx.ASGITransport(app=app)  # in this event loop, like `triage serve`
    async with httpx.AsyncClient(transport=transport, base_url="http://triage") as client:
        ready = await client.get("/readyz")
        assert ready.status_code == 200
        assert ready.json() == {"database": "ok", "model": "ok"}

        working = conversation.sessions
        unopenable = make_engine(f"sqlite:///{tmp_path}")  # a folder: no database opens there
        conversation.sessions = make_session_factory(unopenable)
        no_database = await client.get("/readyz")
        conversation.sessions = working
        assert no_database.status_code == 503
        assert no_database.json()["database"].startswith("unavailable")
        assert no_database.json()["model"] == "ok"

        fake_llm.stop()
        no_model = await client.get("/readyz")
        assert no_model.status_code == 503
        assert no_model.json() == {"database": "ok", "model": "unavailable (APIConnectionError)"}
        assert (await client.get("/healthz")).status_code == 200  # alive all the same


@pytest.mark.parametrize("bad", ["0", "-1"])
def test_queue_settings_must_be_positive(bad: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    monkeypatch.setenv("TRIAGE_UI_CONCURRENCY", bad)
    with pytest.raises(ValidationError, match="ui_concurrency"):
        Settings()
