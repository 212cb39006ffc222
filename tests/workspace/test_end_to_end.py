"""What the issue says must hold, for real: `triage users add`, `triage serve`, two patients
chat in the browser, the nurse logs in, sees them in urgency order, reviews one, exports it,
and every step leaves an audit row. Real subprocesses, real Chromium, the HTTP fake model.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from fakes import FakeOpenAIServer
from fakes.llm_scripts import ModelScript
from tests.nurse_data import CHEST_PAIN
from tests.nurse_server import PASSWORD
from tests.test_ui_browser import CHROMIUM, SEND_ENABLED, Served, say, start_serve, stop

playwright_api = pytest.importorskip("playwright.sync_api")
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts" / "nurse"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with FakeOpenAIServer(ModelScript()) as llm:
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIAGE_")}
        env.update(
            {
                "TRIAGE_LLM_BACKEND": "vllm",
                "TRIAGE_LLM_BASE_URL": llm.base_url,
                "TRIAGE_DATABASE_URL": f"sqlite:///{tmp_path / 'triage.db'}",
                "TRIAGE_EMERGENCY_NUMBER": "999",
            }
        )
        added = subprocess.run(
            [sys.executable, "-m", "triage.cli", "users", "add", "ann", "--role", "nurse"],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )
        assert added.returncode == 0, added.stderr
        server = start_serve(env, tmp_path)
        try:
            yield server
        finally:
            stop(server)


def test_a_nurse_reviews_and_exports_what_patients_said_in_the_chat(served: Served) -> None:
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        try:
            run(browser, served)
        finally:
            browser.close()


def run(browser: Any, served: Served) -> None:
    # Two patients, each in their own browser context: a sore throat, then an emergency.
    for message in ("I have had a sore throat since yesterday", CHEST_PAIN):
        patient = browser.new_context().new_page()
        patient.set_default_timeout(30_000)
        patient.goto(served.url)
        patient.wait_for_selector("#triage-chat [data-testid='bot']")
        patient.wait_for_function(SEND_ENABLED)  # Gradio may redraw the button: wait, not throw
        say(patient, message)
        patient.context.close()
    [(emergency,)] = served.rows("SELECT id FROM sessions WHERE disposition = 'emergency'")
    [(waiting,)] = served.rows("SELECT id FROM sessions WHERE disposition IS NULL")

    nurse = browser.new_context(accept_downloads=True).new_page()
    nurse.set_default_timeout(30_000)
    nurse.goto(served.url + "nurse/")
    assert nurse.url == served.url + "nurse/login"
    nurse.fill("#name", "ann")
    nurse.fill("#password", PASSWORD)
    nurse.click("button[type=submit]")
    nurse.locator("#nw-queue").get_by_text(emergency, exact=True).last.wait_for()
    text = nurse.locator("#nw-queue").inner_text()
    assert text.index(emergency) < text.index(waiting)  # the emergency first, though newer

    nurse.locator("#nw-queue").get_by_text(emergency, exact=True).last.click()
    nurse.wait_for_selector(f"#nw-session[data-session='{emergency}']")
    assert CHEST_PAIN in nurse.locator("#nw-session").inner_text()
    nurse.locator("#nw-reviewed input").check()
    nurse.get_by_label("Nurse note").fill("Patient called back, ambulance arrived.")
    nurse.locator("#nw-save").click()
    nurse.wait_for_selector("#nw-saved")
    with nurse.expect_download() as download_info:
        nurse.locator("#nw-exports a", has_text="FHIR").click()
    bundle_text = Path(download_info.value.path()).read_text(encoding="utf-8")
    bundle = Bundle.model_validate_json(bundle_text)
    assert bundle.identifier is not None and bundle.identifier.value == emergency
    assert CHEST_PAIN in json.dumps(json.loads(bundle_text), ensure_ascii=False)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    nurse.screenshot(path=str(ARTIFACTS / "07-served-session.png"), full_page=True)
    nurse.context.close()

    trail = served.rows("SELECT actor, action, object_id FROM audit_events ORDER BY id")
    assert [(actor, action) for actor, action, _ in trail] == [
        ("system", "user_added"),
        ("ann", "login"),
        ("ann", "view_queue"),
        ("ann", "view_session"),
        ("ann", "review"),
        ("ann", "export_fhir"),
    ]
    assert trail[2][2] == "2"  # how many sessions the queue showed
    assert [object_id for _, _, object_id in trail[3:]] == [emergency] * 3
    assert served.rows("SELECT reviewed, note FROM nurse_reviews") == [
        (1, "Patient called back, ambulance arrived.")
    ]
