"""Answers to health questions in a real browser: sources listed under the answer, inert.

Reuses the patient-chat harness of ``tests/test_ui_browser.py`` (a real ``triage serve``
against the HTTP fake of the OpenAI API, Debian's Chromium through Playwright). The leaflet
is imported with ``triage kb import`` into the served database; its title, heading and text
carry HTML and script that must show as text and never run.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests import test_ui_browser as harness
from tests.test_ui_browser import DESKTOP, Served, bubbles, say, shot, start_serve, stop

# The harness's fixtures, by name: a real `triage serve`, the fake model, Chromium.
ui_model = harness.ui_model
ui_llm = harness.ui_llm
served = harness.served
calm_model = harness.calm_model
browser = harness.browser
open_page = harness.open_page

LEAFLET = """<img src=x onerror="window.__pwned=1">Zebra tonic

When to drink <b>zebra</b> tonic
Zebra tonic <script>window.__pwned=2</script> is a made-up drink for tests. Drink it cold,
in the morning, with striped biscuits.
"""


def test_a_question_gets_its_answer_with_sources_shown_as_text(
    served: Served, open_page: Any, tmp_path: Path
) -> None:
    leaflet = tmp_path / "zebra-tonic.txt"
    leaflet.write_text(LEAFLET, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "triage.cli", "kb", "import", str(leaflet)],
        capture_output=True,
        text=True,
        env=served.env,
        cwd=served.cwd,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr

    page = open_page(served.url, DESKTOP)
    reply = say(page, "When should I drink zebra tonic?")
    shot(page, "patient-answer-with-sources")

    assert "Sources:" in reply
    assert '<img src=x onerror="window.__pwned=1">Zebra tonic' in reply  # the title, as text
    assert "When to drink <b>zebra</b> tonic" in reply  # the section, as text
    assert "(version 1)" in reply
    assert "does not replace advice from a clinician" in reply  # the disclaimer
    assert "tell me what is wrong" in reply  # the offer to check symptoms
    chat = page.locator("#triage-chat")
    assert chat.locator("img").count() == 0 and chat.locator("b").count() == 0
    assert page.evaluate("() => window.__pwned") is None
    assert bubbles(page, "user") == ["When should I drink zebra tonic?"]


@pytest.mark.local_model
def test_the_source_articles_question_in_the_browser_on_the_bundled_model(
    open_page: Any, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = f"sqlite:///{tmp_path / 'local.db'}"
    local = start_serve(env, tmp_path, timeout_s=300)  # the bundled model, the starter library
    try:
        for question, sources, offer in [
            ("糖尿病患者日常饮食应注意哪些事项？", "来源：", "请告诉我哪里不舒服"),
            (
                "What should a person with diabetes watch in their daily diet?",
                "Sources:",
                "tell me what is wrong",
            ),
        ]:
            page = open_page(local.url, DESKTOP)
            reply = say(page, question)
            assert sources in reply and offer in reply, reply
            assert offer in reply.strip().splitlines()[-1], reply  # no intake question after it
        shot(page, "patient-answer-bundled-model")
    finally:
        stop(local)
