"""The patient chat in a real browser: Debian's Chromium driven by Playwright.

`triage serve` runs for real in a subprocess against the HTTP fake of the OpenAI API (one
server for the module; each test scripts the fake model), and Chromium opens the page.
Screenshots go to tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.fakes import FakeOpenAIServer
from tests.llm_scripts import ModelScript

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).parent / "artifacts"
NUMBER = "999"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1100, "height": 900}
COLD = ["I have a sore throat since yesterday", "mild, 2 out of 10", "I'm 34", *["no"] * 12]
COLD_EXTRACTIONS = [
    {
        "update": {
            "chief_complaint": "sore throat",
            "symptoms": [{"name": "sore throat", "onset": "yesterday"}],
        }
    },
    {"update": {"symptoms": [{"name": "sore throat", "severity": 2}]}},
    {"update": {"age_years": 34}},
    {"update": {}},
]

if not Path(CHROMIUM).exists():  # scripts/system-packages.sh installs it (the test command)
    pytest.skip(f"{CHROMIUM} is missing: run scripts/system-packages.sh", allow_module_level=True)


# --- the server under test ----------------------------------------------------------------


class Served:
    """A running `triage serve` subprocess and what it was started with."""

    def __init__(self, url: str, db: Path, process: subprocess.Popen[str]) -> None:
        self.url = url
        self.db = db
        self.process = process

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        engine = create_engine(f"sqlite:///{self.db}")
        with engine.connect() as conn:
            result = [tuple(r) for r in conn.execute(text(sql))]
        engine.dispose()
        return result


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_serve(env: dict[str, str], cwd: Path, *, timeout_s: float = 60.0) -> Served:
    """Start `triage serve` and wait for the URL it prints; fail with its output if it dies."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "triage.cli", "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
        cwd=cwd,
    )
    assert process.stdout is not None
    lines: list[str] = []
    deadline = time.monotonic() + timeout_s
    url = None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        lines.append(line)
        match = re.search(r"Patient chat: (http://\S+)", line)
        if match:
            url = match.group(1)
            break
    if url is None:
        process.kill()
        raise AssertionError("triage serve did not print its URL:\n" + "".join(lines))
    threading.Thread(target=process.stdout.read, daemon=True).start()  # keep the pipe drained
    assert httpx.get(url + "healthz", timeout=5).json() == {"status": "ok"}
    db = Path(env["TRIAGE_DATABASE_URL"].removeprefix("sqlite:///"))
    return Served(url, db, process)


def stop(served: Served) -> None:
    served.process.terminate()
    try:
        served.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        served.process.kill()
        served.process.wait()


@pytest.fixture(scope="module")
def ui_model() -> ModelScript:
    return ModelScript()


@pytest.fixture(scope="module")
def ui_llm(ui_model: ModelScript) -> Iterator[FakeOpenAIServer]:
    with FakeOpenAIServer(ui_model) as server:
        yield server


@pytest.fixture(scope="module")
def served(ui_llm: FakeOpenAIServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("serve")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env.update(
        {
            "TRIAGE_LLM_BACKEND": "vllm",
            "TRIAGE_LLM_BASE_URL": ui_llm.base_url,
            "TRIAGE_LLM_RETRIES": "0",
            "TRIAGE_DATABASE_URL": f"sqlite:///{folder / 'ui.db'}",
            "TRIAGE_EMERGENCY_NUMBER": NUMBER,
            "TRIAGE_UI_SLOW_NOTICE_S": "1",
        }
    )
    server = start_serve(env, folder)
    yield server
    stop(server)


@pytest.fixture(autouse=True)
def calm_model(ui_model: ModelScript) -> None:
    """Every test starts with a well-behaved model."""
    ui_model.use({})


# --- the browser ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with playwright_api.sync_playwright() as p:
        chromium = p.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-dev-shm-usage"],
        )
        yield chromium
        chromium.close()


@pytest.fixture
def open_page(browser: Any, request: pytest.FixtureRequest) -> Iterator[Any]:
    """Open the chat in a fresh browser context (its own cookies: another patient)."""
    contexts: list[Any] = []

    def opener(url: str, viewport: dict[str, int] = PHONE) -> Any:
        context = browser.new_context(viewport=viewport, accept_downloads=True)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(url)
        page.wait_for_selector("#triage-chat [data-testid='bot']")
        page.wait_for_function("() => !document.querySelector('#triage-send').disabled")
        return page

    yield opener
    for context in contexts:
        context.close()


def shot(page: Any, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def bubbles(page: Any, who: str) -> list[str]:
    return [
        t.strip() for t in page.locator(f"#triage-chat [data-testid='{who}']").all_inner_texts()
    ]


def type_and_send(page: Any, message: str) -> int:
    """Type a message and press Send; return how many agent bubbles there were before."""
    before = len(bubbles(page, "bot"))
    page.locator("#triage-input textarea").fill(message)
    page.locator("#triage-send").click()
    return before


def wait_for_reply(page: Any, before: int) -> str:
    """Wait until the turn finished (a new, complete agent bubble) and return its text."""
    page.wait_for_function(
        """(n) => {
          const bots = document.querySelectorAll("#triage-chat [data-testid='bot']");
          const done = !document.querySelector('#triage-send').disabled
            || document.querySelector('#triage-summary .triage-summary');
          return bots.length > n && bots[bots.length - 1].innerText.trim() !== '…' && done;
        }""",
        arg=before,
    )
    return bubbles(page, "bot")[-1]


def say(page: Any, message: str) -> str:
    return wait_for_reply(page, type_and_send(page, message))


def converse_until_summary(page: Any, lines: list[str]) -> int:
    """Send lines until the summary card appears; return how many were sent."""
    for sent, line in enumerate(lines, start=1):
        say(page, line)
        if page.locator("#triage-summary .triage-summary").count():
            return sent
    raise AssertionError("no summary card after every line")


# --- the tests ------------------------------------------------------------------------------


def test_a_self_care_conversation_streams_and_ends_with_the_summary_card(
    served: Served, open_page: Any, ui_model: ModelScript
) -> None:
    ui_model.use({"Extraction": COLD_EXTRACTIONS})
    page = open_page(served.url)
    assert "Step 1 of 3" in page.locator("#triage-progress").inner_text()
    shot(page, "patient-start-phone")

    say(page, COLD[0])
    assert "Step 2 of 3" in page.locator("#triage-progress").inner_text()
    sent = 1 + converse_until_summary(page, COLD[1:])

    card = page.locator("#triage-summary .triage-summary")
    assert card.get_attribute("data-disposition") == "self_care"
    words = card.inner_text()
    for expected in (
        "Self-care",  # the level in plain words
        "mild symptoms for two days",  # reasons
        "drink plenty of fluids",  # self-care steps
        "Get help now if",
        "you find it hard to breathe",
        "does not replace a clinician",  # the disclaimer
    ):
        assert expected in words
    assert "Step 3 of 3" in page.locator("#triage-progress").inner_text()
    assert page.locator("#triage-send").is_disabled()  # the conversation is over
    assert not page.locator("#triage-banner .triage-banner").count()
    chat = page.locator("#triage-chat").inner_text()
    assert '"question"' not in chat and '"disposition"' not in chat  # no JSON streamed
    assert bubbles(page, "user") == COLD[:sent]

    with page.expect_download() as download_info:
        card.locator("a.triage-download").click()
    download = download_info.value
    saved = Path(download.path()).read_text(encoding="utf-8")
    assert "Self-care" in saved and "drink plenty of fluids" in saved
    assert "does not replace a clinician" in saved
    shot(page, "patient-summary-phone")

    patient_rows = served.rows(
        "SELECT m.content FROM messages m JOIN sessions s ON s.id = m.session_id "
        "WHERE m.role = 'patient' AND s.disposition = 'self_care' ORDER BY m.id"
    )
    assert [r[0] for r in patient_rows][-sent:] == COLD[:sent]


def test_an_emergency_shows_the_banner_with_the_number_at_once(
    served: Served, open_page: Any
) -> None:
    page = open_page(served.url, DESKTOP)
    reply = say(page, "I think I'm having a stroke, my face is drooping")
    banner = page.locator("#triage-banner .triage-banner-emergency")
    assert banner.is_visible()
    assert NUMBER in banner.inner_text()
    assert banner.locator(f"a[href='tel:{NUMBER}']").count() == 1
    assert NUMBER in reply
    assert page.locator("#triage-summary .triage-summary").get_attribute("data-disposition") == (
        "emergency"
    )
    assert page.locator("#triage-send").is_disabled()
    shot(page, "patient-emergency-desktop")
