"""Quiet and bilingual plumbing of the patient chat: Gradio's pop-ups and the serving logs.

`triage serve` runs in a subprocess against the HTTP fake of the OpenAI API, with every
deprecation warning shown (``PYTHONWARNINGS=default``, as a developer or CI would run it),
one turn at a time and one waiting (so a third patient finds the queue full), and its output
kept for the test to read. Debian's Chromium opens the page.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fakes import FakeOpenAIServer, Reply
from fakes.llm_scripts import EMPTY_UPDATE, ModelScript
from tests.test_ui_browser import CHROMIUM, SEND_DISABLED, SEND_ENABLED, free_port, say

playwright_api = pytest.importorskip("playwright.sync_api")

ARTIFACTS = Path(__file__).parent / "artifacts"
NUMBER = "999"


class Logged:
    """A running `triage serve` whose output lines are kept."""

    def __init__(self, process: subprocess.Popen[str], url: str, lines: list[str]) -> None:
        self.process = process
        self.url = url
        self.lines = lines


@pytest.fixture(scope="module")
def ui_model() -> ModelScript:
    return ModelScript()


@pytest.fixture(scope="module")
def logged(ui_model: ModelScript, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Logged]:
    folder = tmp_path_factory.mktemp("plumbing")
    with FakeOpenAIServer(ui_model) as llm:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
        env.update(
            {
                "PYTHONWARNINGS": "default",  # every DeprecationWarning, once per place
                "TRIAGE_LLM_BACKEND": "vllm",
                "TRIAGE_LLM_BASE_URL": llm.base_url,
                "TRIAGE_LLM_RETRIES": "0",
                "TRIAGE_DATABASE_URL": f"sqlite:///{folder / 'ui.db'}",
                "TRIAGE_EMERGENCY_NUMBER": NUMBER,
                "TRIAGE_UI_CONCURRENCY": "1",
                "TRIAGE_UI_MAX_QUEUE": "1",
            }
        )
        port = free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "triage.cli", "serve", "--port", str(port)],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
            cwd=folder,
        )
        assert process.stdout is not None
        lines: list[str] = []
        threading.Thread(target=lambda: lines.extend(process.stdout), daemon=True).start()
        deadline = time.monotonic() + 60
        while not any("Patient chat:" in line for line in lines):
            assert time.monotonic() < deadline and process.poll() is None, "".join(lines)
            time.sleep(0.1)
        yield Logged(process, f"http://127.0.0.1:{port}/", lines)
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(autouse=True)
def calm_model(ui_model: ModelScript) -> None:
    ui_model.use({})


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-dev-shm-usage"],
        )
        yield chromium
        chromium.close()


def open_chat(browser: Any, url: str) -> Any:
    page = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    page.set_default_timeout(30_000)
    page.goto(url)
    page.wait_for_function(SEND_ENABLED)
    return page


def test_serving_turns_logs_no_deprecation_warning(logged: Logged, browser: Any) -> None:
    page = open_chat(browser, logged.url)
    say(page, "My knee hurts after a fall")
    say(page, "since yesterday")
    page.context.close()
    time.sleep(0.5)  # the queue's bookkeeping after the last event
    noise = [line for line in logged.lines if re.search(r"Warning\b", line)]
    assert noise == [], "".join(noise)


def test_gradios_queue_full_pop_up_is_in_the_pages_language_with_the_number(
    logged: Logged, browser: Any, ui_model: ModelScript
) -> None:
    pages = [open_chat(browser, logged.url) for _ in range(4)]
    running, waiting, chinese, english = pages
    chinese.get_by_label("中文").check()
    chinese.wait_for_function("() => document.documentElement.lang === 'zh'")
    slow = Reply(content=json.dumps(EMPTY_UPDATE), delay_s=4.0)
    ui_model.use({"Extraction": [slow, slow]})
    running.locator("#triage-input textarea").fill("My ankle hurts")
    running.locator("#triage-send").click()
    running.wait_for_function(SEND_DISABLED)  # its turn runs (one at a time)...
    waiting.locator("#triage-input textarea").fill("I have a rash")
    waiting.locator("#triage-send").click()
    waiting.wait_for_function(  # ...and this one waits in the queue (Gradio says where)
        "() => [...document.querySelectorAll(\"[data-testid='status-tracker']\")]"
        ".some((el) => el.innerText.includes('queue'))"
    )
    for page, words in ((chinese, "我头疼"), (english, "My ear hurts")):
        page.locator("#triage-input textarea").fill(words)
        page.locator("#triage-send").click()
        page.wait_for_selector("[data-testid='toast-body']")

    expected = {
        chinese: ("抱歉", "现在使用的人很多", "lang=zh"),
        english: ("Sorry", "Many people are using the chat right now", "lang=en"),
    }
    for page, (title, words, state) in expected.items():
        page.wait_for_function(
            "(w) => document.querySelector(\"[data-testid='toast-body']\").innerText.includes(w)",
            arg=words,
        )
        toast = page.locator("[data-testid='toast-body']").first.inner_text()
        assert title in toast and NUMBER in toast
        assert "busy" not in toast and "Error" not in toast  # Gradio's English is gone
        # No English "Error" panel covers the page: the conversation is still there.
        assert "Error" not in page.locator("body").inner_text()
        assert page.locator("#triage-chat [data-testid='bot']").first.is_visible()
        page.screenshot(path=str(ARTIFACTS / f"patient-queue-full-{state[-2:]}-phone.png"))
    for page in pages:
        page.context.close()
