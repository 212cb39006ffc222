"""The nurse workspace in a real browser (Debian's Chromium driven by Playwright).

Login, the queue in urgency order, opening a session, sign-off, logout, the admin's audit
view, and a transcript carrying an HTML/JS/markdown payload shown as inert text.
Screenshots go to tests/artifacts/nurse/ (git-ignored).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Browser, Page, async_playwright, expect
from sqlalchemy import select

from agent.conversation import Conversation
from core.settings import Settings
from storage.models import AuditEvent, NurseLogin, NurseReview
from tests.nurse_data import CHEST_PAIN, XSS
from tests.nurse_server import PASSWORD, serving, workspace_app
from tests.workspace.conftest import Site

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "nurse"
SESSION_ID = re.compile(r"\b[0-9a-f]{32}\b")


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    assert CHROMIUM.exists(), "install Chromium: bash scripts/system-packages.sh"
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        yield browser
        await browser.close()


async def shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


async def log_in(page: Page, site: Site, name: str, password: str = PASSWORD) -> None:
    await page.goto(f"{site.url}/nurse/")
    await expect(page).to_have_url(f"{site.url}/nurse/login")
    await page.fill("#name", name)
    await page.fill("#password", password)
    await page.click("button[type=submit]")


async def queue_ids(page: Page) -> list[str]:
    table = page.locator("#nw-queue")
    await expect(table).to_contain_text(SESSION_ID)
    return SESSION_ID.findall(await table.inner_text())


async def test_nurse_logs_in_reviews_the_most_urgent_session_and_logs_out(
    site: Site, browser: Browser
) -> None:
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))

    await log_in(page, site, "ann", "not the password")
    await expect(page.get_by_role("alert")).to_contain_text("Wrong user name or password")
    await shot(page, "01-login-refused")

    await page.fill("#name", "ann")
    await page.fill("#password", PASSWORD)
    await page.click("button[type=submit]")
    await expect(page.locator("#nw-user")).to_contain_text("Logged in as ann (nurse)")
    seeded = site.seeded
    ids = await queue_ids(page)
    in_progress = [seeded.xss, site.patient_session]  # the longest waiting first
    assert ids == [seeded.emergency, seeded.urgent, seeded.cold, *in_progress]
    counts = page.locator("#nw-counts")
    await expect(counts.locator("[data-level=emergency]")).to_contain_text("1")
    await expect(counts.locator("[data-level=non_urgent]")).to_contain_text("0")
    await expect(page.get_by_role("tab", name="Audit log")).to_have_count(0)  # nurses only
    await shot(page, "02-queue")

    # Filter: only sessions with a red flag.
    await page.locator("#nw-flag-filter").get_by_text("yes").click()
    await page.get_by_role("button", name="Apply filters").click()
    await expect(page.locator("#nw-queue")).not_to_contain_text(seeded.cold)
    assert await queue_ids(page) == [seeded.emergency, seeded.urgent]

    # Open the most urgent session by clicking its row.
    await page.locator("#nw-queue").get_by_text(seeded.emergency, exact=True).last.click()
    session = page.locator("#nw-session")
    await expect(session).to_have_attribute("data-session", seeded.emergency)
    await expect(session).to_contain_text("crushing chest pain")
    await expect(session.locator(".nw-flag").first).to_contain_text("raised by rule")
    await expect(page.locator("#nw-sbar")).to_contain_text("SITUATION".title())
    await expect(page.locator("#nw-exports a")).to_have_count(2)
    await shot(page, "03-session")

    # Sign off with an override and a note.
    await page.locator("#nw-reviewed input").check()
    await page.get_by_label("Nurse note").fill("Called the patient; ambulance on its way.")
    await page.get_by_label("Override disposition").click()
    options = page.get_by_role("option")
    await expect(options).to_contain_text(
        ["No override", "Emergency", "Urgent", "Non-urgent", "Self-care"]
    )
    await page.get_by_role("option", name="Urgent", exact=True).click()
    await page.get_by_label("Reason for the override").fill("Pain settled, seen by GP today")
    await page.locator("#nw-save").click()
    await expect(page.locator("#nw-saved")).to_contain_text("Saved by ann")
    await expect(page.locator("#nw-reviews")).to_contain_text("ambulance on its way")
    await expect(session).to_contain_text("overridden by ann")
    await shot(page, "04-signed-off")

    # Download the FHIR export through the page's link.
    async with page.expect_download() as download_info:
        await page.locator("#nw-exports a", has_text="FHIR").click()
    download = await download_info.value
    assert download.suggested_filename == f"triage-{seeded.emergency}.fhir.json"

    await page.locator("#nw-logout").click()
    await expect(page).to_have_url(f"{site.url}/nurse/login?out=1")
    await expect(page.get_by_role("alert")).to_contain_text("You are logged out")
    await page.goto(f"{site.url}/nurse/")
    await expect(page).to_have_url(f"{site.url}/nurse/login")  # the session really ended

    with site.sessions() as s:
        review = s.scalars(select(NurseReview)).one()
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert (review.reviewed, review.override_disposition) == (True, "urgent")
    assert actions[-8:] == [
        "login_failed",
        "login",
        "view_queue",  # the queue on opening
        "view_queue",  # the filtered queue
        "view_session",
        "review",
        "export_fhir",
        "logout",
    ]
    assert not any("127.0.0.1:9" in url for url in fetched)


async def test_a_script_in_a_transcript_is_shown_as_text_and_never_runs(
    site: Site, browser: Browser
) -> None:
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: dialogs.append(dialog.message))
    await log_in(page, site, "ann")
    await expect(page.locator("#nw-user")).to_be_visible()

    await page.locator("#nw-open-id textarea, #nw-open-id input").first.fill(site.seeded.xss)
    await page.locator("#nw-open").click()
    session = page.locator("#nw-session")
    await expect(session).to_have_attribute("data-session", site.seeded.xss)
    message = session.locator(".nw-message", has_text="tummy ache")
    await expect(message).to_have_text(XSS)  # every character shown, as text
    await page.wait_for_timeout(500)
    await shot(page, "05-xss-inert")

    assert await page.evaluate("window.__xss") is None
    assert await session.locator("img, script, a[href^='javascript']").count() == 0
    assert dialogs == []
    assert not any("127.0.0.1:9" in url or "track.png" in url for url in fetched)


async def test_an_open_queue_tells_the_nurse_about_a_new_emergency(
    site: Site, browser: Browser, conversation: Conversation, settings: Settings
) -> None:
    watching = settings.model_copy(update={"nurse_watch_seconds": 1})
    with serving(workspace_app(site.sessions, watching)) as url:
        page = await browser.new_page(viewport={"width": 1280, "height": 900})
        await page.goto(f"{url}/nurse/")
        await page.fill("#name", "ann")
        await page.fill("#password", PASSWORD)
        await page.click("button[type=submit]")
        await expect(page.locator("#nw-queue")).to_contain_text(site.seeded.emergency)
        await page.wait_for_timeout(2500)  # a few quiet ticks: nothing new, nothing shown
        await expect(page.locator("#nw-new")).to_have_count(0)

        arrived = await conversation.start("en")
        await conversation.send(arrived.session_id, CHEST_PAIN)  # while the nurse looks

        notice = page.locator("#nw-new")
        await expect(notice).to_contain_text("New since this list was loaded: 1 Emergency")
        await expect(notice).to_have_class("nw-new-emergency")
        await shot(page, "08-new-emergency")
        assert arrived.session_id not in await page.locator("#nw-queue").inner_text()
        await page.get_by_role("button", name="Apply filters").click()
        await expect(page.locator("#nw-queue")).to_contain_text(arrived.session_id)
        await expect(page.locator("#nw-new")).to_have_count(0)  # seen: the notice goes


async def test_only_an_admin_sees_the_audit_log(site: Site, browser: Browser) -> None:
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    await log_in(page, site, "root")
    await expect(page.locator("#nw-user")).to_contain_text("root (admin)")
    await page.get_by_role("tab", name="Audit log").click()
    await page.get_by_role("button", name="Show the audit log").click()
    table = page.locator("#nw-audit")
    await expect(table).to_contain_text("login")
    await expect(table).to_contain_text("user_added")
    await shot(page, "06-audit-admin")
    with site.sessions() as s:
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions[-3:] == ["login", "view_queue", "view_audit"]


async def test_an_idle_page_leaves_for_the_login_form(site: Site, browser: Browser) -> None:
    page = await browser.new_page(viewport={"width": 1280, "height": 900})
    await page.clock.install()  # the page's timers run on a clock the test moves
    await log_in(page, site, "ann")
    await expect(page.locator("#nw-user")).to_be_visible()
    await page.locator("#nw-open-id textarea, #nw-open-id input").first.fill(site.seeded.emergency)
    await page.locator("#nw-open").click()
    await expect(page.locator("#nw-session")).to_contain_text("crushing chest pain")

    pings: list[str] = []
    page.on("request", lambda r: pings.append(r.url) if r.url.endswith("/nurse/alive") else None)
    await page.clock.run_for("10:00")
    await page.wait_for_timeout(300)
    assert len(pings) == 1  # the login's clicks, told once; then nothing while untouched
    await page.mouse.move(200, 300)  # the nurse is reading: the server is told once more
    await page.clock.run_for("01:10")
    await page.wait_for_timeout(300)
    assert len(pings) == 2
    await page.clock.run_for("12:00")  # 13 minutes since the mouse moved: still there
    assert page.url == f"{site.url}/nurse/"
    await page.clock.run_for("03:00")  # past TRIAGE_NURSE_IDLE_MINUTES (15) without activity
    await expect(page).to_have_url(f"{site.url}/nurse/login?expired=1")
    await expect(page.get_by_role("alert")).to_contain_text("without activity")
    assert "crushing chest pain" not in await page.content()  # nothing left on screen
    with site.sessions() as s:
        login_row = s.scalars(select(NurseLogin)).one()
        actions = [e.action for e in s.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert login_row.ended_at is not None  # ended on the server, not just hidden
    assert actions[-1] == "idle_logout"
