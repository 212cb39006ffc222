"""The nurse workspace over real HTTP: access control, login, logout, idle logout, exports.

The server is the real FastAPI app with the workspace mounted, served by uvicorn on
loopback; the sessions in it come from real conversations against the fake model.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from datetime import timedelta

import httpx
import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select, update

from core.settings import Settings
from nurse import accounts
from nurse import queue as queue_module
from nurse.accounts import MAX_FAILURES
from storage.db import utcnow
from storage.models import AuditEvent, Message, NurseLogin, TriageSession
from tests.nurse_server import PASSWORD
from tests.workspace.conftest import Site
from ui.nurse import COOKIE


def login(site: Site, name: str = "ann", password: str = PASSWORD) -> httpx.Client:
    client = httpx.Client(base_url=site.url, timeout=30)
    response = client.post("/nurse/login", data={"name": name, "password": password})
    assert response.status_code == 303, response.text
    assert response.headers["location"] == "/nurse/"
    return client


def events(site: Site) -> list[tuple[str, str, str | None]]:
    with site.sessions() as s:
        rows = s.scalars(select(AuditEvent).order_by(AuditEvent.id))
        return [(e.actor, e.action, e.object_id) for e in rows]


@pytest.fixture
def anonymous(site: Site) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site.url, timeout=30) as client:
        yield client


async def test_no_workspace_route_answers_without_a_nurse_login(
    site: Site, anonymous: httpx.Client
) -> None:
    assert len(site.routes) > 30  # Gradio's own API, queue, file and asset routes are in
    assert "/nurse/gradio_api/queue/join" in site.routes
    assert f"/nurse/export/{site.seeded.emergency}/fhir" in site.routes
    extra = ["/nurse", "/nurse/", "/nurse/config", "/nurse/gradio_api/info", "/nurse/theme.css"]
    credentials: list[tuple[str | None, dict[str, dict[str, str]]]] = [
        (None, {}),
        (site.patient_token, {}),  # a patient's token is no nurse login
        ("forged", {}),
        (None, {"headers": {"Authorization": f"Bearer {site.patient_token}"}}),
        (None, {"params": {"token": site.patient_token}}),
    ]
    checked = 0
    for path in [*site.routes, *extra]:
        if path in ("/nurse/login", "/nurse/logout"):
            continue
        for method in ("GET", "POST"):
            for cookie, extra_args in credentials:
                anonymous.cookies.clear()
                if cookie is not None:
                    anonymous.cookies.set(COOKIE, cookie)
                response = anonymous.request(method, path, **extra_args)  # type: ignore[arg-type]
                assert response.status_code == 401, (method, path, response.status_code)
                assert site.seeded.emergency not in response.text
                checked += 1
    # A browser asking for a page is sent to the login form instead.
    page = anonymous.get("/nurse/", headers={"Accept": "text/html"})
    assert page.status_code == 303 and page.headers["location"] == "/nurse/login"
    assert checked > 300
    assert not any(action == "view_session" for _, action, _ in events(site))


async def test_login_opens_the_workspace_and_every_step_is_audited(
    site: Site, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)  # everything any library logs, in every thread
    anonymous = httpx.Client(base_url=site.url, timeout=30)
    refused = anonymous.post("/nurse/login", data={"name": "ann", "password": "wrong password"})
    assert refused.status_code == 401 and "Wrong user name or password" in refused.text
    assert COOKIE not in refused.cookies
    unknown = anonymous.post("/nurse/login", data={"name": "mallory", "password": PASSWORD})
    assert unknown.status_code == 401

    client = login(site)
    cookie = client.cookies[COOKIE]
    assert client.get("/nurse/config").status_code == 200  # Gradio answers behind the gate
    page = client.get("/nurse/", headers={"Accept": "text/html"})
    assert page.status_code == 200
    assert page.headers["cache-control"] == "no-store"
    assert "img-src 'self'" in page.headers["content-security-policy"]

    fhir = client.get(f"/nurse/export/{site.seeded.emergency}/fhir")
    assert fhir.status_code == 200
    assert fhir.headers["content-type"].startswith("application/fhir+json")
    assert "attachment" in fhir.headers["content-disposition"]
    bundle = Bundle.model_validate_json(fhir.text)
    assert bundle.identifier is not None and bundle.identifier.value == site.seeded.emergency
    markdown = client.get(f"/nurse/export/{site.seeded.xss}/markdown")
    assert markdown.status_code == 200 and "## Transcript" in markdown.text
    assert "<script" not in markdown.text
    missing = client.get(f"/nurse/export/{'0' * 32}/fhir")
    assert missing.status_code == 404

    out = client.post("/nurse/logout")
    assert out.status_code == 303 and out.headers["location"] == "/nurse/login?out=1"
    # The old cookie is dead on the server, whoever replays it.
    replay = httpx.Client(base_url=site.url, timeout=30, cookies={COOKIE: cookie})
    assert replay.get("/nurse/config").status_code == 401
    assert replay.get(f"/nurse/export/{site.seeded.emergency}/fhir").status_code == 401

    trail = [(a, b, c) for a, b, c in events(site) if b != "user_added"]
    assert [(a, b) for a, b, _ in trail] == [
        ("ann", "login_failed"),
        ("mallory", "login_failed"),
        ("ann", "login"),
        ("ann", "export_fhir"),
        ("ann", "export_markdown"),
        ("ann", "logout"),
    ]
    assert trail[3][2] == site.seeded.emergency and trail[4][2] == site.seeded.xss
    # No health data in the audit rows: nothing of any transcript is in any column.
    with site.sessions() as s:
        texts = [m.content for m in s.scalars(select(Message)) if m.role == "patient"]
        cells = [str(v) for row in s.execute(select(AuditEvent.__table__)) for v in row]
    assert texts and not any(text in cell for text in texts for cell in cells)
    # Nor in the application's logs, at any level (nor the password).
    logged = caplog.text
    assert caplog.records  # the capture works (the server logs at least the failed logins)
    assert not any(text in logged for text in texts)
    assert PASSWORD not in logged


async def test_an_idle_login_ends_on_the_server(site: Site, settings: Settings) -> None:
    client = login(site)
    assert client.get("/nurse/config").status_code == 200
    idle = timedelta(minutes=settings.nurse_idle_minutes)
    # The page reports a reading nurse through /nurse/alive: that keeps the login.
    with site.sessions() as s, s.begin():
        s.execute(update(NurseLogin).values(last_seen_at=utcnow() - idle + timedelta(seconds=30)))
    assert client.post("/nurse/alive").status_code == 204
    with site.sessions() as s:
        seen = s.scalars(select(NurseLogin)).one().last_seen_at
    assert utcnow() - seen < timedelta(seconds=5)
    with site.sessions() as s, s.begin():
        s.execute(
            update(NurseLogin).values(
                last_seen_at=utcnow() - timedelta(minutes=settings.nurse_idle_minutes, seconds=5)
            )
        )
    page = client.get("/nurse/", headers={"Accept": "text/html"})
    assert page.status_code == 303 and page.headers["location"] == "/nurse/login?expired=1"
    assert client.get("/nurse/config").status_code == 401  # stays ended
    with site.sessions() as s:
        login_row = s.scalars(select(NurseLogin)).one()
        assert login_row.ended_at is not None
    assert [action for _, action, _ in events(site)][-2:] == ["login", "idle_logout"]
    form = client.get("/nurse/login?expired=1")
    assert "logged out after a period without activity" in form.text


async def test_gradio_api_calls_need_the_login_too(site: Site) -> None:
    client = login(site)
    info = client.get("/nurse/gradio_api/info")
    assert info.status_code == 200
    endpoints = info.json()["named_endpoints"]  # the workspace's own API, behind the login
    assert {"/open_session", "/refresh_queue", "/save"} <= set(endpoints)
    client.post("/nurse/logout")
    again = httpx.Client(base_url=site.url, timeout=30).get("/nurse/gradio_api/info")
    assert again.status_code == 401


def call_gradio(client: httpx.Client, api_name: str, data: list[object]) -> str:
    """Call a workspace function through Gradio's HTTP API; return the event stream text."""
    started = client.post(f"/nurse/gradio_api/call/{api_name}", json={"data": data})
    assert started.status_code == 200, started.text
    event_id = started.json()["event_id"]
    return client.get(f"/nurse/gradio_api/call/{api_name}/{event_id}").text


async def test_every_queue_view_is_audited_without_the_search_words(site: Site) -> None:
    nurse = login(site, "ann")
    shown = call_gradio(nurse, "refresh_queue", ["", "any", "any", "", "", ""])
    assert "event: complete" in shown
    searched = call_gradio(nurse, "refresh_queue", ["", "any", "any", "", "", "stiff neck"])
    assert "event: complete" in searched
    with site.sessions() as s:
        rows = s.scalars(select(AuditEvent).where(AuditEvent.action == "view_queue")).all()
        views = [(e.actor, e.object_type, e.object_id) for e in rows]
        cells = [str(v) for row in s.execute(select(AuditEvent.__table__)) for v in row]
        total = len(s.scalars(select(TriageSession.id)).all())
    assert [(actor, kind) for actor, kind, _ in views] == [
        ("ann", "queue"),
        ("ann", "queue_search"),
    ]
    assert views[0][2] == str(total) and int(views[1][2] or 0) < total
    assert not any("stiff" in cell for cell in cells)  # the search words are not kept


async def test_the_queue_pages_through_the_api(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queue_module, "PAGE_SIZE", 2)  # the server runs in this process
    nurse = login(site, "ann")
    with site.sessions() as s:
        total = len(s.scalars(select(TriageSession.id)).all())
    filters = ["", "any", "any", "", "", ""]

    def shown(api_name: str, data: list[object]) -> tuple[str, str]:
        """Return the counts HTML and the board's HTML, from Gradio's answer."""
        answer = call_gradio(nurse, api_name, data)
        assert "event: complete" in answer, answer
        counts, board, *_ = json.loads(answer.split("data: ", 1)[1])
        return counts, board

    first, first_rows = shown("refresh_queue", filters)
    second, second_rows = shown("next_page", [*filters, 1])
    back, _ = shown("previous_page", [*filters, 2])
    assert f"Sessions 1–2 of {total} (page 1 of {-(-total // 2)})" in first
    assert f"Sessions 3–4 of {total} (page 2 of" in second
    assert "Sessions 1–2 of" in back
    assert site.seeded.emergency in first_rows and site.seeded.emergency not in second_rows


async def test_only_an_admin_reads_the_audit_log_even_through_the_api(site: Site) -> None:
    nurse = login(site, "ann")
    refused = call_gradio(nurse, "show_audit", [])
    assert "event: error" in refused
    assert "<table" not in refused
    admin = login(site, "root")
    shown = call_gradio(admin, "show_audit", [])
    assert "event: complete" in shown and "nw-audit" in shown
    viewers = [actor for actor, action, _ in events(site) if action == "view_audit"]
    assert viewers == ["root"]


def from_address(site: Site, address: str) -> httpx.Client:
    """A client seen as ``address``: through a proxy on loopback, which uvicorn trusts."""
    return httpx.Client(base_url=site.url, timeout=30, headers={"X-Forwarded-For": address})


def try_login(client: httpx.Client, password: str) -> httpx.Response:
    return client.post("/nurse/login", data={"name": "ann", "password": password})


async def test_repeated_failed_logins_lock_the_name_from_that_address(site: Site) -> None:
    stranger, ward = from_address(site, "203.0.113.7"), from_address(site, "198.51.100.4")
    for _ in range(MAX_FAILURES):
        assert try_login(stranger, "guess again").status_code == 401
    right = try_login(stranger, PASSWORD)
    assert right.status_code == 401 and "Too many failed attempts" in right.text
    assert COOKIE not in right.cookies
    # The stranger's guesses do not lock the nurse out at the ward's computer.
    at_ward = try_login(ward, PASSWORD)
    assert at_ward.status_code == 303 and COOKIE in at_ward.cookies
    login(site, "root")  # nor another name
    with site.sessions() as s:
        failed = s.scalars(select(AuditEvent).where(AuditEvent.action == "login_failed")).all()
        rows = [(e.actor, e.object_type, e.object_id) for e in failed]
    assert rows == [("ann", "address", "203.0.113.7")] * (MAX_FAILURES + 1)


async def test_failed_logins_from_many_addresses_lock_the_name_everywhere(
    site: Site, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(accounts, "MAX_FAILURES_PER_NAME", 6)  # the server runs in-process
    for n in range(6):  # fewer than MAX_FAILURES from each address
        assert try_login(from_address(site, f"192.0.2.{n % 3 + 1}"), "guess").status_code == 401
    elsewhere = try_login(from_address(site, "198.51.100.4"), PASSWORD)
    assert elsewhere.status_code == 401 and "Too many failed attempts" in elsewhere.text
