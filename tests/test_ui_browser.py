"""The patient chat in a real browser: Debian's Chromium driven by Playwright.

`triage serve` runs for real in a subprocess against the HTTP fake of the OpenAI API (one
server for the module; each test scripts the fake model), and Chromium opens the page.
Screenshots go to tests/artifacts/ (git-ignored) for a person to look at.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from sqlalchemy import create_engine, text
from sqlalchemy.orm import sessionmaker

from agent.conversation import Conversation
from core.settings import Settings
from fakes import FakeOpenAIServer, Reply
from fakes.llm_scripts import EMPTY_UPDATE, ModelScript
from fakes.rules import BrokenRules
from storage import repository as repo
from storage.models import TriageSession
from triage.app import open_conversation

playwright_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
# Gradio may re-create the button while it updates it: look it up on every check.
SEND_ENABLED = (
    "() => { const b = document.querySelector('#triage-send'); return b && !b.disabled; }"
)
SEND_DISABLED = (
    "() => { const b = document.querySelector('#triage-send'); return b && b.disabled; }"
)
# Gradio may redraw an element between two polls: a missing one is "not yet", never an error
NOTICE_HAS = "(s) => (document.querySelector('#triage-notice')?.innerText ?? '').includes(s)"
PROGRESS_HAS = "(s) => (document.querySelector('#triage-progress')?.innerText ?? '').includes(s)"
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

    def __init__(
        self, url: str, db: Path, process: subprocess.Popen[str], env: dict[str, str], cwd: Path
    ) -> None:
        self.url = url
        self.db = db
        self.process = process
        self.env = env
        self.cwd = cwd

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
    return Served(url, db, process, env, cwd)


def stop(served: Served) -> None:
    served.process.terminate()
    try:
        served.process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        served.process.kill()
        served.process.wait()
    if served.process.stdout is not None:
        served.process.stdout.close()


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
        page.wait_for_function(SEND_ENABLED)
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
    try:
        wait_for_turn(page, before)
    except playwright_api.Error:
        shot(page, f"failed-turn-{int(time.time())}")
        raise AssertionError(
            f"no reply after {before} agent bubbles; page shows:\n"
            + page.locator("body").inner_text()[-1500:]
        ) from None
    return bubbles(page, "bot")[-1]


def wait_for_turn(page: Any, before: int) -> None:
    page.wait_for_function(
        """(n) => {
          const bots = document.querySelectorAll("#triage-chat [data-testid='bot']");
          const send = document.querySelector('#triage-send');
          const done = (send && !send.disabled)
            || document.querySelector('#triage-summary .triage-summary');
          return bots.length > n && bots[bots.length - 1].innerText.trim() !== '…' && done;
        }""",
        arg=before,
    )


def wait_for_resume_in_address_bar(page: Any) -> None:
    """The token reaches the address bar in a step after the reply (`AFTER_EVENT_JS`): a test
    that reloads must wait for it, or it reloads a fresh tab (seen once in CI, stop 53)."""
    page.wait_for_function("() => /#resume=/.test(location.hash)")


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
    hint = page.locator("#triage-progress").inner_text()
    assert "Step 2 of 3" in hint
    assert "answered" not in hint  # the first message describes the problem: no answer yet
    say(page, COLD[1])  # the answer to the first question
    assert "(1 answered so far)" in page.locator("#triage-progress").inner_text()
    sent = 2 + converse_until_summary(page, COLD[2:])

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

    # On a phone, scrolled down to the summary, the banner stays on screen.
    page.set_viewport_size(PHONE)
    page.locator("#triage-resume").scroll_into_view_if_needed()
    box = banner.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= PHONE["height"]
    page.screenshot(path=str(ARTIFACTS / "patient-emergency-phone-scrolled.png"))


def test_streaming_shows_the_reply_piece_by_piece_without_json(
    served: Served, open_page: Any
) -> None:
    page = open_page(served.url, DESKTOP)
    page.evaluate(
        """() => {
          window.__seen = [];
          new MutationObserver(() => {
            const bots = document.querySelectorAll("#triage-chat [data-testid='bot']");
            if (bots.length > 1) window.__seen.push(bots[bots.length - 1].innerText.trim());
          }).observe(document.querySelector('#triage-chat'),
                     {subtree: true, childList: true, characterData: true});
        }"""
    )
    reply = say(page, "I have had a cough")
    seen = [t for t in dict.fromkeys(page.evaluate("window.__seen")) if t and t != "…"]
    assert seen[-1] == reply
    partial = [t for t in seen if t != reply]
    assert partial, "the reply appeared all at once"
    assert all(reply.startswith(t) for t in partial)
    assert not any("{" in t or "question_id" in t for t in seen)


def test_a_resume_link_reopens_the_same_conversation_and_no_other(
    served: Served, open_page: Any
) -> None:
    page = open_page(served.url)
    first = say(page, "My knee hurts after a fall")
    link = page.locator("#triage-resume a.triage-resume-link").get_attribute("href")
    token = link.split("#resume=", 1)[1]
    assert len(token) >= 22  # at least 128 bits, url-safe base64
    wait_for_resume_in_address_bar(page)
    assert page.url.endswith(f"#resume={token}")  # a reload resumes too

    later = open_page(link)  # another browser context: nothing shared but the link
    later.wait_for_function("() => document.querySelectorAll(\"[data-testid='user']\").length")
    assert bubbles(later, "user") == ["My knee hurts after a fall"]
    assert bubbles(later, "bot")[-1] == first
    assert "Welcome back" in later.locator("#triage-notice").inner_text()
    say(later, "since yesterday")
    shot(later, "patient-resumed-phone")

    sessions = served.rows(
        "SELECT s.id FROM sessions s JOIN messages m ON m.session_id = s.id "
        "WHERE m.content = 'since yesterday'"
    )
    (session_id,) = sessions[0]
    patient = served.rows(
        f"SELECT content FROM messages WHERE session_id = '{session_id}' AND role = 'patient' "
        "ORDER BY seq"
    )
    assert [r[0] for r in patient] == ["My knee hurts after a fall", "since yesterday"]

    # Neither a made-up token nor the session id itself opens anything.
    for wrong in ("A" * 32, session_id):
        other = open_page(f"{served.url}#resume={wrong}")
        other.wait_for_selector("#triage-notice .triage-notice")
        assert "does not match any conversation" in other.locator("#triage-notice").inner_text()
        assert bubbles(other, "user") == []
        assert "#resume=" not in other.url


def test_html_and_script_in_messages_are_shown_as_inert_text(
    served: Served, open_page: Any, ui_model: ModelScript
) -> None:
    hits: list[str] = []

    class Tracker(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    tracker = ThreadingHTTPServer(("127.0.0.1", 0), Tracker)
    threading.Thread(target=tracker.serve_forever, daemon=True).start()
    pixel = f"http://127.0.0.1:{tracker.server_address[1]}/pixel.png"
    payload = (
        '<img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>'
        f"![t]({pixel}) <b>bold</b> ${{window.__pwned=3}} `code`"
    )
    ui_model.use(
        {
            "Advice": [
                {
                    "disposition": "self_care",
                    "message": "Rest at home.",
                    "reasons": [f'<img src="{pixel}?advice" onerror="window.__pwned=4">'],
                    "self_care": ["<script>window.__pwned=5</script>rest"],
                    "get_help_now_if": ["you feel worse"],
                }
            ]
        }
    )
    page = open_page(served.url, DESKTOP)
    try:
        say(page, payload)
        assert bubbles(page, "user") == [payload]  # shown exactly as typed
        converse_until_summary(page, ["no"] * 12)
        shot(page, "patient-inert-html-desktop")
        card = page.locator("#triage-summary .triage-summary").inner_text()
        assert '<img src="' in card and "<script>window.__pwned=5</script>rest" in card
        assert page.evaluate("window.__pwned") is None
        assert page.locator("#triage-chat img, #triage-summary img, #triage-chat b").count() == 0
        assert page.locator("#triage-chat script, #triage-summary script").count() == 0
        time.sleep(0.5)
        assert hits == []  # no image was fetched, from the chat or the summary card
    finally:
        tracker.shutdown()


def test_several_patients_at_once_each_get_their_own_session(
    served: Served, open_page: Any, ui_model: ModelScript
) -> None:
    ui_model.use({"Extraction": [Reply(content=json.dumps(EMPTY_UPDATE), delay_s=1.0)]})
    complaints = ["My ankle is swollen", "I have a rash on my arm", "My ear hurts"]
    pages = [open_page(served.url) for _ in complaints]
    before = [type_and_send(page, words) for page, words in zip(pages, complaints, strict=True)]
    for page, n in zip(pages, before, strict=True):
        wait_for_reply(page, n)
    tokens = set()
    for page, words in zip(pages, complaints, strict=True):
        assert bubbles(page, "user") == [words]
        href = page.locator("#triage-resume a.triage-resume-link").get_attribute("href")
        tokens.add(href.split("#resume=", 1)[1])
    assert len(tokens) == len(complaints)
    owners = served.rows(
        "SELECT content, session_id FROM messages WHERE role = 'patient' AND content IN "
        "('My ankle is swollen', 'I have a rash on my arm', 'My ear hurts')"
    )
    assert len({sid for _, sid in owners}) == len(complaints) == len(owners)


def test_one_session_runs_one_turn_at_a_time(
    served: Served, open_page: Any, ui_model: ModelScript
) -> None:
    page = open_page(served.url)
    say(page, "I have a headache")
    link = page.locator("#triage-resume a.triage-resume-link").get_attribute("href")
    twin = open_page(link)  # the same patient in a second tab
    ui_model.use({"Extraction": [Reply(content=json.dumps(EMPTY_UPDATE), delay_s=2.0)]})
    n = type_and_send(page, "since this morning")
    page.wait_for_function(SEND_DISABLED)
    twin.locator("#triage-input textarea").fill("it is getting worse")
    twin.locator("#triage-send").click()
    twin.wait_for_function(NOTICE_HAS, arg="still being written")
    wait_for_reply(page, n)
    session_messages = served.rows(
        "SELECT content FROM messages WHERE role = 'patient' AND session_id = "
        "(SELECT session_id FROM messages WHERE content = 'since this morning')"
    )
    assert [r[0] for r in session_messages] == ["I have a headache", "since this morning"]
    assert twin.locator("#triage-input textarea").input_value() == "it is getting worse"


def test_one_session_runs_one_turn_at_a_time_across_replicas(
    served: Served, open_page: Any, ui_model: ModelScript
) -> None:
    # A second `triage serve` on the same database: its process knows nothing of the first
    # one's turns, so only the session lock (storage/locks.py) can refuse the twin's send.
    replica = start_serve(served.env, served.cwd)
    try:
        page = open_page(served.url)
        say(page, "My head hurts")
        link = page.locator("#triage-resume a.triage-resume-link").get_attribute("href")
        twin = open_page(replica.url + "#resume=" + link.split("#resume=", 1)[1])
        twin.wait_for_function(
            "() => document.querySelectorAll(\"#triage-chat [data-testid='user']\").length > 0"
        )
        ui_model.use({"Extraction": [Reply(content=json.dumps(EMPTY_UPDATE), delay_s=2.0)]})
        n = type_and_send(page, "it started at noon")
        page.wait_for_function(SEND_DISABLED)
        twin.locator("#triage-input textarea").fill("it is much worse now")
        twin.locator("#triage-send").click()
        twin.wait_for_function(NOTICE_HAS, arg="still being answered")
        wait_for_reply(page, n)
        assert twin.locator("#triage-input textarea").input_value() == "it is much worse now"
    finally:
        stop(replica)
    session_messages = served.rows(
        "SELECT content FROM messages WHERE role = 'patient' AND session_id = "
        "(SELECT session_id FROM messages WHERE content = 'it started at noon')"
    )
    assert [r[0] for r in session_messages] == ["My head hurts", "it started at noon"]


def test_empty_and_overlong_messages_get_a_clear_message_with_the_limit(
    served: Served, open_page: Any
) -> None:
    page = open_page(served.url)
    page.locator("#triage-input textarea").fill("   ")
    page.locator("#triage-send").click()
    page.wait_for_selector("#triage-notice .triage-notice-error")
    assert "empty" in page.locator("#triage-notice").inner_text()
    assert page.locator("#triage-resume .triage-resume").count() == 0  # no session opened

    long = "pain " * 401  # 2005 characters
    page.locator("#triage-input textarea").fill(long)
    page.locator("#triage-send").click()
    page.wait_for_function(NOTICE_HAS, arg="2000")
    assert "too long" in page.locator("#triage-notice").inner_text()
    assert page.locator("#triage-input textarea").input_value() == long  # nothing lost
    assert bubbles(page, "user") == []
    shot(page, "patient-too-long-phone")


def test_a_model_that_is_down_or_slow_gets_a_clear_message_with_the_number(
    served: Served, open_page: Any, ui_model: ModelScript
) -> None:
    down = [Reply(status=503)]
    ui_model.use({"Extraction": down, "RedFlagAssessment": down, "NextQuestion": down})
    page = open_page(served.url)
    reply = say(page, "My back hurts")
    assert reply  # the question bank still asks the next question
    notice = page.locator("#triage-notice").inner_text()
    assert "having trouble" in notice and NUMBER in notice
    shot(page, "patient-model-down-phone")

    slow = Reply(content=json.dumps(EMPTY_UPDATE), delay_s=3.0)
    ui_model.use({"Extraction": [slow]})
    n = type_and_send(page, "since Monday")
    page.wait_for_function(NOTICE_HAS, arg="longer than usual")
    assert NUMBER in page.locator("#triage-notice").inner_text()
    wait_for_reply(page, n)
    assert "longer than usual" not in page.locator("#triage-notice").inner_text()


def test_the_page_follows_the_patients_language(served: Served, open_page: Any) -> None:
    page = open_page(served.url)
    page.get_by_label("中文").check()
    page.wait_for_function(
        "() => document.querySelector(\"#triage-chat [data-testid='bot']\").innerText"
        ".includes('您好')"
    )
    assert "第 1 步" in page.locator("#triage-progress").inner_text()
    page.get_by_label("English").check()
    page.wait_for_function("() => document.querySelector('#triage-send')?.innerText === 'Send'")

    reply = say(page, "我咳嗽三天了，晚上更厉害")
    assert re.search(r"[\u4e00-\u9fff]", reply)
    assert page.get_by_label("中文").is_checked()
    assert "第 2 步" in page.locator("#triage-progress").inner_text()
    assert page.locator("#triage-send").inner_text() == "发送"
    shot(page, "patient-chinese-phone")


@pytest.mark.parametrize(
    ("label", "question", "symptom", "step_1", "step_2"),
    [
        ("English", "What should diabetics eat?", COLD[0], "Step 1 of 3", "Step 2 of 3"),
        (
            "中文",
            "糖尿病患者饮食应注意哪些事项？",
            "我咳嗽三天了，晚上更厉害",
            "第 1 步",
            "第 2 步",
        ),
    ],
)
def test_a_health_question_alone_does_not_count_as_intake_progress(
    served: Served,
    open_page: Any,
    label: str,
    question: str,
    symptom: str,
    step_1: str,
    step_2: str,
) -> None:
    page = open_page(served.url)
    page.get_by_label(label).check()
    page.wait_for_function(PROGRESS_HAS, arg=step_1)
    say(page, question)
    assert step_1 in page.locator("#triage-progress").inner_text()

    wait_for_resume_in_address_bar(page)
    page.reload()  # the resume link in the address bar: the same conversation, the same step
    page.wait_for_function(SEND_ENABLED)
    page.wait_for_function(  # the chat may draw its bubbles a frame after Send is enabled
        "() => document.querySelectorAll(\"#triage-chat [data-testid='user']\").length"
    )
    assert len(bubbles(page, "user")) == 1
    assert step_1 in page.locator("#triage-progress").inner_text()

    say(page, symptom)  # the intake begins
    assert step_2 in page.locator("#triage-progress").inner_text()


# --- failures inside a turn: the server in this process, so a test can break its parts ------


class InProcess:
    """The same app `triage serve` builds, served by uvicorn in a thread of the test."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.conversation: Conversation | None = None
        self.server: uvicorn.Server | None = None
        self.thread = threading.Thread(target=lambda: asyncio.run(self._main()), daemon=True)

    async def _main(self) -> None:
        from ui.server import build_server

        async with open_conversation(self.settings, announce=False) as conversation:
            self.conversation = conversation
            app = build_server(conversation, self.settings)
            self.server = uvicorn.Server(
                uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
            )
            await self.server.serve()

    def __enter__(self) -> InProcess:
        self.thread.start()
        deadline = time.monotonic() + 60
        while not (self.server and self.server.started):
            assert time.monotonic() < deadline and self.thread.is_alive(), "server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        assert self.server is not None
        self.server.should_exit = True
        self.thread.join(timeout=20)


def test_a_turn_that_breaks_off_or_a_database_error_keeps_the_message_and_retry_continues(
    settings: Settings, open_page: Any
) -> None:
    settings = settings.model_copy(update={"emergency_number": NUMBER})
    with InProcess(settings) as app:
        conversation = app.conversation
        assert conversation is not None
        page = open_page(app.url)
        say(page, "My wrist hurts")

        working = conversation.context
        conversation.context = dataclasses.replace(working, rules=BrokenRules())
        page.locator("#triage-input textarea").fill("I fell on it yesterday")
        page.locator("#triage-send").click()
        page.wait_for_selector("#triage-notice .triage-notice-error")
        notice = page.locator("#triage-notice").inner_text()
        assert "saved" in notice and NUMBER in notice and "Send" in notice
        assert page.locator("#triage-input textarea").input_value() == "I fell on it yesterday"
        assert not page.locator("#triage-send").is_disabled()
        shot(page, "patient-turn-failed-phone")

        conversation.context = working
        say(page, "I fell on it yesterday")  # Send again: the same session, once
        assert bubbles(page, "user") == ["My wrist hurts", "I fell on it yesterday"]

        healthy = conversation.sessions
        conversation.sessions = sessionmaker(create_engine("sqlite:////nonexistent/dir/x.db"))
        page.locator("#triage-input textarea").fill("it is swollen")
        page.locator("#triage-send").click()
        page.wait_for_function(NOTICE_HAS, arg="could not save")
        assert NUMBER in page.locator("#triage-notice").inner_text()
        assert page.locator("#triage-input textarea").input_value() == "it is swollen"

        conversation.sessions = healthy
        say(page, "it is swollen")
        with healthy() as s:
            (row,) = s.query(TriageSession).all()
            patient = [
                m.content for m in repo.list_messages(s, session_id=row.id) if m.role == "patient"
            ]
        assert patient == ["My wrist hurts", "I fell on it yesterday", "it is swollen"]


# --- the README's run command on the bundled model --------------------------------------------


@pytest.mark.local_model
def test_triage_serve_on_the_bundled_model_reaches_a_disposition_in_the_browser(
    browser: Any, tmp_path: Path
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
    env["TRIAGE_DATABASE_URL"] = f"sqlite:///{tmp_path / 'local.db'}"  # and no LLM settings
    env["TRIAGE_QUESTION_BUDGET"] = "2"
    server = start_serve(env, tmp_path, timeout_s=180)
    try:
        context = browser.new_context(viewport=PHONE)
        page = context.new_page()
        page.set_default_timeout(240_000)  # a turn takes about 15 s on 2 cores, more under load
        page.goto(server.url)
        page.wait_for_selector("#triage-chat [data-testid='bot']")
        lines = ["I have a runny nose and a sore throat since yesterday", "2 out of 10", "I'm 30"]
        converse_until_summary(page, [*lines, *["no"] * 20])
        card = page.locator("#triage-summary .triage-summary")
        assert card.get_attribute("data-disposition") in (
            "emergency",
            "urgent",
            "non_urgent",
            "self_care",
        )
        assert "does not replace a clinician" in card.inner_text()
        shot(page, "patient-local-model-phone")
        context.close()
        assert server.rows("SELECT disposition FROM sessions")[0][0] is not None
    finally:
        stop(server)


def test_new_conversation_starts_afresh_in_a_new_session(served: Served, open_page: Any) -> None:
    page = open_page(served.url)
    say(page, "I think I'm having a stroke, my face is drooping")
    old = page.locator("#triage-resume a.triage-resume-link").get_attribute("href")
    assert page.locator("#triage-new").get_attribute("class").count("primary")  # the way on

    page.locator("#triage-new").click()
    page.wait_for_function(SEND_ENABLED)
    assert bubbles(page, "user") == []
    assert page.locator("#triage-banner .triage-banner").count() == 0
    assert page.locator("#triage-summary .triage-summary").count() == 0
    assert "Step 1 of 3" in page.locator("#triage-progress").inner_text()
    page.wait_for_function("() => !location.hash")

    say(page, "My toe hurts")
    new = page.locator("#triage-resume a.triage-resume-link").get_attribute("href")
    assert new != old
    assert bubbles(page, "user") == ["My toe hurts"]


def test_a_turn_goes_on_when_the_tab_is_closed_and_the_link_shows_its_reply(
    served: Served, open_page: Any, ui_model: ModelScript
) -> None:
    page = open_page(served.url)
    say(page, "My shoulder hurts")
    link = page.locator("#triage-resume a.triage-resume-link").get_attribute("href")
    ui_model.use({"Extraction": [Reply(content=json.dumps(EMPTY_UPDATE), delay_s=2.0)]})
    type_and_send(page, "since last week")
    page.wait_for_function(SEND_DISABLED)
    page.context.close()  # the patient closes the tab mid-turn

    later = open_page(link)
    deadline = time.monotonic() + 30
    # The message is stored before the model runs; the reply once the turn ends.
    while len(bubbles(later, "bot")) < 3:
        assert time.monotonic() < deadline, bubbles(later, "bot")
        time.sleep(1)
        later.reload()
        later.wait_for_function(SEND_ENABLED)
    assert bubbles(later, "user") == ["My shoulder hurts", "since last week"]
    assert len(bubbles(later, "bot")) == 3  # greeting, and an answer to each message
