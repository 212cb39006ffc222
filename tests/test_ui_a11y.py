"""Accessibility of the patient chat, checked in the real browser.

`triage serve` (with the example care options) runs against the HTTP fake of the OpenAI API
and Debian's Chromium opens it through Playwright, as in tests/test_ui_browser.py. axe-core
(tests/axe.py) checks the WCAG 2.2 A/AA rules at the start, mid-conversation, at the summary
and in an emergency, in English and Chinese; the other tests use the keyboard alone, read the
live regions and the focus, zoom to 200% on a 360-pixel-wide screen, and print the summary.
Screenshots of each state go to tests/artifacts/a11y/.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fakes import FakeOpenAIServer
from fakes.llm_scripts import ModelScript
from tests.axe import assert_accessible_sync
from tests.test_ui_browser import (
    CHROMIUM,
    COLD,
    COLD_EXTRACTIONS,
    SEND_ENABLED,
    Served,
    bubbles,
    say,
    start_serve,
    stop,
    wait_for_reply,
)

playwright_api = pytest.importorskip("playwright.sync_api")

ARTIFACTS = Path(__file__).parent / "artifacts" / "a11y"
CARE_OPTIONS = Path(__file__).parent.parent / "clinic" / "care_options.example.yaml"
NUMBER = "999"
PHONE = {"width": 390, "height": 844}
LINES = {
    "en": COLD,
    "zh": ["我从昨天开始喉咙痛", "不严重，2分", "我34岁", *["没有"] * 12],
}
STROKE = {
    "en": "I think I'm having a stroke, my face is drooping",
    "zh": "我突然脸歪了，嘴角下垂，说话不清楚",
}
NEXT_STEP = {"en": "What to do next", "zh": "下一步怎么做"}


@pytest.fixture(scope="module")
def ui_model() -> ModelScript:
    return ModelScript()


@pytest.fixture(scope="module")
def served(ui_model: ModelScript, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp("a11y")
    with FakeOpenAIServer(ui_model) as llm:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
        env.update(
            {
                "TRIAGE_LLM_BACKEND": "vllm",
                "TRIAGE_LLM_BASE_URL": llm.base_url,
                "TRIAGE_LLM_RETRIES": "0",
                "TRIAGE_DATABASE_URL": f"sqlite:///{folder / 'ui.db'}",
                "TRIAGE_EMERGENCY_NUMBER": NUMBER,
                "TRIAGE_CARE_OPTIONS_FILE": str(CARE_OPTIONS),
            }
        )
        server = start_serve(env, folder)
        yield server
        stop(server)


@pytest.fixture(autouse=True)
def calm_model(ui_model: ModelScript) -> None:
    ui_model.use({"Extraction": COLD_EXTRACTIONS})


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
def open_page(browser: Any, served: Served) -> Iterator[Any]:
    """Open the chat in a fresh context; ``scale`` 2 with a halved viewport is a 200% zoom."""
    contexts: list[Any] = []

    def opener(viewport: dict[str, int] = PHONE, scale: float = 1, language: str = "en") -> Any:
        context = browser.new_context(viewport=viewport, device_scale_factor=scale)
        contexts.append(context)
        page = context.new_page()
        page.set_default_timeout(30_000)
        page.goto(served.url)
        page.wait_for_selector("#triage-chat [data-testid='bot']")
        page.wait_for_function(SEND_ENABLED)
        if language == "zh":
            page.get_by_label("中文").check()
            page.wait_for_function("() => document.documentElement.lang === 'zh'")
        return page

    yield opener
    for context in contexts:
        context.close()


def check(page: Any, state: str) -> None:
    """Save a screenshot of the state and assert axe-core finds nothing serious or critical."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{state}.png"), full_page=True)
    assert_accessible_sync(page, f"patient chat, {state}")


def to_summary(page: Any, lines: list[str]) -> None:
    for line in lines:
        say(page, line)
        if page.locator("#triage-summary .triage-summary").count():
            return
    raise AssertionError("no summary card after every line")


# --- axe-core ---------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "zh"])
def test_axe_finds_nothing_serious_at_start_mid_conversation_and_summary(
    open_page: Any, language: str
) -> None:
    page = open_page(language=language)
    assert page.evaluate("document.documentElement.lang") == language
    check(page, f"start-{language}")

    say(page, LINES[language][0])
    assert page.evaluate("document.documentElement.lang") == language
    check(page, f"mid-{language}")

    to_summary(page, LINES[language][1:])
    card = page.locator("#triage-summary .triage-summary").inner_text()
    assert NEXT_STEP[language] in card and "020 7946 0033" in card  # self-care's number
    check(page, f"summary-{language}")


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_emergency_banner_is_assertive_takes_the_focus_and_passes_axe(
    open_page: Any, language: str
) -> None:
    page = open_page(language=language)
    say(page, STROKE[language])
    banner = page.locator("#triage-banner .triage-banner-emergency")
    assert banner.get_attribute("role") == "alert"
    assert banner.get_attribute("aria-live") == "assertive"
    page.wait_for_function(
        "() => document.activeElement"
        " && document.activeElement.matches('#triage-banner .triage-banner-emergency')"
    )
    assert NUMBER in banner.inner_text()
    check(page, f"emergency-{language}")


def test_new_replies_are_in_a_polite_live_region_named_in_the_pages_language(
    open_page: Any,
) -> None:
    page = open_page(language="zh")
    say(page, LINES["zh"][0])
    live = page.evaluate(
        """() => {
          const bots = document.querySelectorAll("#triage-chat [data-testid='bot']");
          const region = bots[bots.length - 1].closest('[aria-live]');
          return region && [region.getAttribute('aria-live'), region.getAttribute('aria-label')];
        }"""
    )
    assert live == ["polite", "对话"]


# --- the keyboard alone -------------------------------------------------------------------


def tab_to(page: Any, selector: str, limit: int = 40) -> int:
    """Press Tab until the focus is on ``selector``; return how many presses it took."""
    for presses in range(limit + 1):
        if page.evaluate("(s) => !!document.activeElement?.matches(s)", selector):
            return presses
        page.keyboard.press("Tab")
    raise AssertionError(f"Tab never reached {selector}")


def test_a_keyboard_only_conversation_reaches_the_summary(open_page: Any) -> None:
    page = open_page()
    page.locator("body").focus()  # start from nothing, as a keyboard user arriving
    tab_to(page, "#triage-input textarea")
    for line in LINES["en"]:
        before = len(bubbles(page, "bot"))
        page.keyboard.type(line)
        # Enter in the box starts a new line (it holds several); Tab goes to Send.
        assert tab_to(page, "#triage-send") == 1
        page.keyboard.press("Enter")
        wait_for_reply(page, before)
        if page.locator("#triage-summary .triage-summary").count():
            break
        # After each reply the focus is back in the message box: no Tab needed. The page's
        # after-event script moves it there once the turn's update has rendered, which can be
        # a moment after Send is enabled again, so wait for it (without pressing Tab).
        page.wait_for_function(
            "() => !!document.activeElement?.matches('#triage-input textarea')", timeout=5000
        )
        assert tab_to(page, "#triage-input textarea", limit=0) == 0
    else:
        raise AssertionError("no summary card")
    assert bubbles(page, "user")[0] == LINES["en"][0]
    # The summary's links and the way to a new conversation are reachable by Tab too.
    tab_to(page, "#triage-summary a.triage-action")
    tab_to(page, "#triage-summary a.triage-download")
    tab_to(page, "#triage-new")
    page.keyboard.press("Enter")
    page.wait_for_function(SEND_ENABLED)
    assert bubbles(page, "user") == []


# --- 200% zoom on a 360-pixel-wide screen -------------------------------------------------

OVERFLOW_JS = """() => {
  const width = document.documentElement.clientWidth;
  const cut = [];
  const roots = document.querySelectorAll(
    '#triage-top, #triage-progress, #triage-banner, #triage-chat, #triage-summary,'
    + ' #triage-compose, #triage-resume, #triage-new');
  for (const root of roots) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (!r.width || !r.height || style.visibility === 'hidden') continue;
      if (r.left < -1 || r.right > width + 1) cut.push(`${el.tagName}.${el.className} ${r.right}`);
    }
    const box = root.querySelector('.bubble-wrap') || root;
    if (box.scrollWidth > box.clientWidth + 1) cut.push(`${root.id} scrolls sideways`);
  }
  if (document.documentElement.scrollWidth > width + 1) {
    cut.push('the page scrolls sideways');
    for (const el of document.querySelectorAll('body *')) {  // what is wider, to debug
      const r = el.getBoundingClientRect();
      if (r.right > width + 1) cut.push(`wide: ${el.tagName}.${el.className} ${r.right}`);
    }
  }
  return cut;
}"""


def assert_nothing_cut(page: Any) -> None:
    cut = page.evaluate(OVERFLOW_JS)
    assert cut == [], "\n".join(cut)


def test_at_200_percent_zoom_on_a_360_pixel_screen_nothing_is_cut_off(open_page: Any) -> None:
    # 200% zoom on a 360-pixel-wide phone: a 180 CSS-pixel viewport drawn at 2 pixels each.
    page = open_page(viewport={"width": 180, "height": 400}, scale=2)
    assert_nothing_cut(page)
    page.screenshot(path=str(ARTIFACTS / "zoom200-start.png"), full_page=True)
    to_summary(page, LINES["en"])
    page.screenshot(path=str(ARTIFACTS / "zoom200-summary.png"), full_page=True)
    assert_nothing_cut(page)
    page.screenshot(path=str(ARTIFACTS / "zoom200-summary.png"), full_page=True)

    emergency = open_page(viewport={"width": 180, "height": 400}, scale=2)
    say(emergency, STROKE["en"])
    assert_nothing_cut(emergency)
    emergency.screenshot(path=str(ARTIFACTS / "zoom200-emergency.png"), full_page=True)


# --- print ----------------------------------------------------------------------------------

CHROME = (
    "#triage-language",
    "#triage-progress",
    "#triage-banner",
    "#triage-chat",
    "#triage-compose",
    "#triage-resume",
    "#triage-new",
    ".triage-download",
    ".triage-actions",
)


def test_print_gives_a_clean_page_with_the_summary_card_alone(open_page: Any) -> None:
    page = open_page(viewport={"width": 1000, "height": 900})
    say(page, STROKE["en"])  # an emergency: the banner is on screen too
    page.emulate_media(media="print")
    card = page.locator("#triage-summary .triage-summary")
    assert card.is_visible()
    words = card.inner_text()
    assert "Call 999 now" in words and "12 Hospital Road" in words  # the next step, in text
    for chrome in CHROME:
        assert not page.locator(chrome).first.is_visible(), chrome
    assert page.locator(".triage-header h1").is_visible()  # which clinic this is from
    colour = page.evaluate(
        "() => getComputedStyle(document.querySelector('.triage-disposition')).color"
    )
    assert colour == "rgb(0, 0, 0)"  # no white-on-red that prints as white on white
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.pdf(path=str(ARTIFACTS / "summary-print.pdf"))
    page.screenshot(path=str(ARTIFACTS / "summary-print.png"), full_page=True)

    # Before there is a summary, printing shows the conversation as it is.
    other = open_page(viewport={"width": 1000, "height": 900})
    say(other, LINES["en"][0])
    other.emulate_media(media="print")
    assert other.locator("#triage-chat").is_visible()
