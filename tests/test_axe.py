"""The accessibility helper itself (tests/axe.py): it finds what it should, and says where.

Pages are set directly in Debian's Chromium (no server); the workspace and the patient chat
are checked in their own browser tests.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from playwright.async_api import Page, async_playwright

from tests.axe import assert_accessible, axe_violations

CHROMIUM = Path("/usr/bin/chromium")
CLEAN = """<!doctype html><html lang="en"><head><title>Clean</title></head><body><main>
<h1>Clean</h1><label for="n">Name</label><input id="n"><button>Send</button></main></body></html>"""
BROKEN = """<!doctype html><html lang="en"><head><title>Broken</title></head><body><main>
<h1>Broken</h1><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<p style="color:#aaa;background:#fff">pale grey text</p><input id="unlabelled">
</main></body></html>"""


@pytest.fixture
async def page() -> AsyncIterator[Page]:
    assert CHROMIUM.exists(), "install Chromium: bash scripts/system-packages.sh"
    async with async_playwright() as p:
        browser = await p.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox"]
        )
        yield await browser.new_page()
        await browser.close()


async def test_a_clean_page_passes(page: Page) -> None:
    await page.set_content(CLEAN)
    assert await axe_violations(page) == []
    await assert_accessible(page, "a clean page")


async def test_missing_alt_text_contrast_and_labels_are_reported_with_their_nodes(
    page: Page,
) -> None:
    await page.set_content(BROKEN)
    found = {v["id"]: v for v in await axe_violations(page)}
    assert {"image-alt", "color-contrast", "label"} <= set(found)
    assert found["image-alt"]["impact"] == "critical"
    with pytest.raises(AssertionError) as failed:
        await assert_accessible(page, "a broken page")
    message = str(failed.value)
    assert "on a broken page" in message and "color-contrast (serious)" in message
    assert "#unlabelled" in message  # the node to fix
