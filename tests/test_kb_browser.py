"""Answers to health questions in a real browser: sources listed under the answer, inert.

Reuses the patient-chat harness of ``tests/test_ui_browser.py`` (a real ``triage serve``
against the HTTP fake of the OpenAI API, Debian's Chromium through Playwright). The leaflet
is imported with ``triage kb import`` into the served database; its title, heading and text
carry HTML and script that must show as text and never run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from tests import test_ui_browser as harness
from tests.test_ui_browser import DESKTOP, Served, bubbles, say, shot

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
