"""The review queue as a board, the print view, and accessibility, in a real browser.

A nurse scans the board: each row shows the level as a chip with its name, the complaint in
the patient's words (inert), age, sex and language, the top red-flag labels, the time
waiting since the patient's last message and the reviewed state; emergencies first, then
the longest waiting. Rows open with a click or the keyboard. axe-core finds no serious or
critical WCAG 2.2 A/AA violation on the login form, the board and the session view, in
English and Chinese. Screenshots (and a printed PDF) go to tests/artifacts/nurse/.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from playwright.async_api import Browser, Page, async_playwright, expect
from sqlalchemy import update

from core.settings import Settings
from storage.db import utcnow
from storage.models import Message, TriageSession
from tests.axe import assert_accessible
from tests.nurse_data import XSS
from tests.nurse_server import PASSWORD, serving, workspace_app
from tests.workspace.conftest import Site
from tests.workspace.test_browser import ARTIFACTS, CHROMIUM, log_in, shot
from ui.server import THEME


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    assert CHROMIUM.exists(), "install Chromium: bash scripts/system-packages.sh"
    async with async_playwright() as p:
        launched = await p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        yield launched
        await launched.close()


def wait_since(site: Site, session_id: str, ago: timedelta) -> None:
    """Make the patient's messages in a session (or its start, if none) ``ago`` old."""
    at = utcnow() - ago
    with site.sessions.begin() as s:
        s.execute(
            update(Message)
            .where(Message.session_id == session_id, Message.role == "patient")
            .values(created_at=at)
        )
        s.execute(update(TriageSession).where(TriageSession.id == session_id).values(created_at=at))


async def board_rows(page: Page) -> list[dict[str, str]]:
    """Return each board row's cells by column, as the nurse sees them."""
    return await page.locator("#nw-board tbody tr[data-session]").evaluate_all(
        """rows => rows.map(row => ({
            id: row.dataset.session,
            level: row.cells[0].innerText, complaint: row.cells[1].innerText,
            patient: row.cells[2].innerText, flags: row.cells[3].innerText,
            waiting: row.cells[4].innerText, reviewed: row.cells[5].innerText}))"""
    )


async def test_the_board_shows_what_a_nurse_scans_for_emergencies_first_then_by_wait(
    site: Site, browser: Browser
) -> None:
    seeded = site.seeded
    wait_since(site, seeded.emergency, timedelta(minutes=5))
    wait_since(site, seeded.urgent, timedelta(hours=3, minutes=2))
    wait_since(site, seeded.cold, timedelta(days=1, hours=2))
    wait_since(site, seeded.xss, timedelta(minutes=12))
    wait_since(site, site.patient_session, timedelta(hours=2))  # started earlier, said nothing
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    await log_in(page, site, "ann")
    await expect(page.locator("#nw-board tbody tr")).to_have_count(5)
    rows = await board_rows(page)
    # Emergency first though it waited least; then by level; in a level, the longest wait.
    assert [r["id"] for r in rows] == [
        seeded.emergency,
        seeded.urgent,
        seeded.cold,
        site.patient_session,  # 2 h
        seeded.xss,  # 12 min
    ]
    emergency, urgent, cold, silent, xss = rows
    assert emergency["level"] == "Emergency"
    assert emergency["complaint"].startswith("I have crushing chest pain")
    assert "chest pain that may be your heart" in emergency["flags"]
    assert emergency["waiting"] == "5 min" and emergency["reviewed"] == "not reviewed"
    assert urgent["level"] == "Urgent" and urgent["patient"] == "34 y · female · English"
    assert urgent["flags"] == "sore throat for days" and urgent["waiting"] == "3 h 2 min"
    assert cold["level"] == "Self-care" and cold["waiting"] == "1 d 2 h" and cold["flags"] == ""
    assert silent["complaint"] == "(nothing written yet)" and silent["waiting"] == "2 h 0 min"
    assert xss["level"] == "In progress" and xss["complaint"] == XSS  # inert, as written
    assert await page.locator("#nw-board img, #nw-board script").count() == 0
    assert await page.evaluate("window.__xss") is None
    # The chip's colour is not the only cue: the level's name is in it.
    chip = page.locator("#nw-board .nw-level").first
    await expect(chip).to_have_text("Emergency")
    await shot(page, "09-board")

    # The keyboard opens a row: its button takes focus and Enter opens the session.
    opener = page.locator(f"#nw-board button[data-session='{seeded.urgent}']")
    await opener.focus()
    await expect(opener).to_be_focused()
    await page.keyboard.press("Enter")
    await expect(page.locator("#nw-session")).to_have_attribute("data-session", seeded.urgent)
    # A click anywhere on a row opens it too.
    await page.get_by_role("tab", name="Review queue").click()
    await page.locator(f"#nw-board tr[data-session='{seeded.cold}'] .nw-patient").click()
    await expect(page.locator("#nw-session")).to_have_attribute("data-session", seeded.cold)


async def check_workspace(page: Page, site: Site, url: str, language: str) -> None:
    """Check the login form, the board (with an emergency) and a session view with axe."""
    await page.goto(f"{url}/nurse/")
    await expect(page.locator("#name")).to_be_visible()
    await assert_accessible(page, f"the nurse login ({language})")
    await page.fill("#name", "ann")
    await page.fill("#password", "wrong password")
    await page.click("button[type=submit]")
    await expect(page.locator(".notice")).to_be_visible()
    await assert_accessible(page, f"the nurse login, refused ({language})")
    await page.fill("#name", "ann")
    await page.fill("#password", PASSWORD)
    await page.click("button[type=submit]")
    await expect(page.locator("#nw-board .nw-row-emergency")).to_have_count(1)
    await assert_accessible(page, f"the review board ({language})")
    await shot(page, f"10-board-{language}")
    await page.locator(f"#nw-board button[data-session='{site.seeded.emergency}']").click()
    await expect(page.locator("#nw-session .nw-flag").first).to_be_visible()
    await expect(page.locator("#nw-sbar")).to_be_visible()
    await assert_accessible(page, f"the session view ({language})")
    await shot(page, f"11-session-{language}")


@pytest.mark.parametrize("language", ["en", "zh"])
async def test_no_serious_accessibility_violation(
    site: Site, browser: Browser, settings: Settings, language: str
) -> None:
    configured = settings.model_copy(update={"nurse_language": language})
    # The server's own theme: its colours are what axe must find readable.
    with serving(workspace_app(site.sessions, configured, theme=THEME)) as url:
        page = await browser.new_page(viewport={"width": 1280, "height": 900})
        await check_workspace(page, site, url, language)


async def test_the_session_view_prints_as_a_clean_page(site: Site, browser: Browser) -> None:
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    await log_in(page, site, "ann")
    await page.locator(f"#nw-board button[data-session='{site.seeded.emergency}']").click()
    session = page.locator("#nw-session")
    await expect(session).to_contain_text("crushing chest pain")
    # The Print button is the browser's own print.
    await page.evaluate("window.print = () => { window.__printed = true; }")
    await page.get_by_role("button", name="Print").click()
    assert await page.evaluate("window.__printed") is True
    on_screen = ["#nw-user", "#nw-exports", "#nw-save", "[role=tablist]", "#nw-reviewed"]
    for selector in on_screen:
        await expect(page.locator(selector).first).to_be_visible()

    await page.emulate_media(media="print")
    for selector in on_screen:  # controls, tabs, header and links stay off the paper
        await expect(page.locator(selector).first).to_be_hidden()
    for kept in ("#nw-session", "#nw-session .nw-flag >> nth=0", "#nw-sbar", ".nw-message"):
        await expect(page.locator(kept).first).to_be_visible()
    await expect(page.locator("#nw-sbar")).to_contain_text("Situation")
    await expect(session.locator(".nw-message", has_text="crushing chest pain")).to_be_visible()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.pdf(path=str(ARTIFACTS / "12-session-print.pdf"), format="A4")
    await shot(page, "12-session-print")
