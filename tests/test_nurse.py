"""The nurse workspace's domain logic on sessions made by real conversations (fake model)."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from fhir.resources.R4B.bundle import Bundle
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from agent.conversation import Conversation
from fakes.llm_scripts import ModelScript
from nurse import audit
from nurse import queue as queue_module
from nurse.accounts import (
    AccountError,
    add_user,
    authenticate,
    check_login,
    end_login,
    start_login,
)
from nurse.export import fhir_bundle_json, markdown_document, md_escape
from nurse.queue import QueueFilter, review_queue
from nurse.review import ReviewError, sign_off
from nurse.sbar import build_sbar
from nurse.view import load_session_view
from storage.db import utcnow
from storage.models import Assessment, AuditEvent, NurseLogin, NurseReview, User
from tests.nurse_data import CHEST_PAIN, XSS, Seeded, seed

PASSWORD = "correct horse battery"


@pytest.fixture
async def seeded(conversation: Conversation, model: ModelScript) -> Seeded:
    return await seed(conversation, model)


@pytest.fixture
def factory(conversation: Conversation) -> sessionmaker[Session]:
    return conversation.sessions


@pytest.fixture
def nurse(factory: sessionmaker[Session]) -> User:
    with factory() as s, s.begin():
        return add_user(s, name="ann", role="nurse", password=PASSWORD)


# --- accounts ---------------------------------------------------------------------------


def test_passwords_are_stored_as_argon2id_and_checked(factory, nurse: User) -> None:
    with factory() as s:
        stored = s.get(User, nurse.id)
        assert stored is not None
        assert stored.password_hash.startswith("$argon2id$")
        assert PASSWORD not in stored.password_hash
    with factory() as s, s.begin():
        assert authenticate(s, name="ann", password=PASSWORD) is not None
        assert authenticate(s, name="ann", password=PASSWORD + "x") is None
        assert authenticate(s, name="bob", password=PASSWORD) is None


def test_bad_accounts_are_refused_with_a_reason(factory, nurse: User) -> None:
    with factory() as s, s.begin():
        for name, role, password, why in [
            ("ann", "nurse", PASSWORD, "already exists"),
            ("bob", "doctor", PASSWORD, "role"),
            ("bob", "nurse", "short", "at least"),
            ("<b>", "nurse", PASSWORD, "user name"),
        ]:
            with pytest.raises(AccountError, match=why):
                add_user(s, name=name, role=role, password=password)


def test_disabled_users_cannot_log_in_and_lose_open_logins(factory, nurse: User) -> None:
    with factory() as s, s.begin():
        token = start_login(s, user=s.get(User, nurse.id))
    with factory() as s, s.begin():
        s.get(User, nurse.id).disabled = True
    with factory() as s, s.begin():
        assert authenticate(s, name="ann", password=PASSWORD) is None
        assert check_login(s, token=token, idle_timeout=timedelta(minutes=5)).status == "ended"


def test_logins_end_on_logout_and_when_idle(factory, nurse: User) -> None:
    idle = timedelta(minutes=15)
    with factory() as s, s.begin():
        token = start_login(s, user=s.get(User, nurse.id))
        other = start_login(s, user=s.get(User, nurse.id))
    with factory() as s, s.begin():
        check = check_login(s, token=token, idle_timeout=idle)
        assert check.status == "ok" and check.user is not None and check.user.name == "ann"
        assert check_login(s, token="forged", idle_timeout=idle).status == "unknown"
        assert end_login(s, token=token) is not None
    with factory() as s, s.begin():
        assert check_login(s, token=token, idle_timeout=idle).status == "ended"
        # The other login idles out: its last use was longer ago than the timeout.
        row = s.scalars(select(NurseLogin).where(NurseLogin.ended_at.is_(None))).one()
        row.last_seen_at = utcnow() - idle - timedelta(seconds=1)
    with factory() as s, s.begin():
        assert check_login(s, token=other, idle_timeout=idle).status == "idle"
    with factory() as s, s.begin():
        assert check_login(s, token=other, idle_timeout=idle).status == "ended"
        tokens = [row.token_hash for row in s.scalars(select(NurseLogin))]
        assert token not in tokens and other not in tokens  # only hashes are stored


# --- queue ------------------------------------------------------------------------------


async def test_queue_puts_the_most_urgent_first_then_the_longest_waiting(
    factory, seeded: Seeded
) -> None:
    with factory() as s:
        queue = review_queue(s)
    ids = [row.session_id for row in queue.rows]
    assert ids == [seeded.emergency, seeded.urgent, seeded.cold, seeded.xss]
    assert [row.effective for row in queue.rows] == [
        "emergency",
        "urgent",
        "self_care",
        "in_progress",
    ]
    assert queue.counts == {
        "emergency": 1,
        "urgent": 1,
        "non_urgent": 0,
        "self_care": 1,
        "in_progress": 1,
    }
    assert queue.total == 4
    assert [row.red_flags > 0 for row in queue.rows] == [True, True, False, False]


async def test_queue_pages_keep_the_order_and_reach_every_session(
    factory, seeded: Seeded, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(queue_module, "PAGE_SIZE", 3)
    with factory() as s:
        pages = {n: review_queue(s, page=n) for n in (0, 1, 2, 3)}
        urgent_only = review_queue(s, filters=QueueFilter(disposition="emergency"), page=2)

    def ids(page: int) -> list[str]:
        return [row.session_id for row in pages[page].rows]

    assert ids(1) == [seeded.emergency, seeded.urgent, seeded.cold]
    assert ids(2) == [seeded.xss]  # the rest, in the same order
    assert ids(0) == ids(1) and ids(3) == ids(2)  # out of range: the nearest real page
    assert (pages[2].offset, pages[2].total, pages[2].pages) == (3, 4, 2)
    assert [row.session_id for row in urgent_only.rows] == [seeded.emergency]
    assert (urgent_only.offset, urgent_only.pages) == (0, 1)


async def test_queue_filters(factory, seeded: Seeded, nurse: User) -> None:
    def ids(**kwargs) -> list[str]:
        with factory() as s:
            return [row.session_id for row in review_queue(s, filters=QueueFilter(**kwargs)).rows]

    assert ids(disposition="urgent") == [seeded.urgent]
    assert ids(disposition="in_progress") == [seeded.xss]
    assert ids(red_flag=True) == [seeded.emergency, seeded.urgent]
    assert ids(red_flag=False) == [seeded.cold, seeded.xss]
    assert ids(text="LEFT ARM") == [seeded.emergency]  # any message, case-insensitive
    assert ids(text="100%_") == []  # LIKE wildcards are matched literally
    assert ids(text="sore throat") == [seeded.urgent, seeded.cold]
    now = utcnow()
    assert len(ids(created_from=now - timedelta(hours=1), created_to=now)) == 4
    assert ids(created_from=now) == []
    assert ids(reviewed=True) == []

    with factory() as s, s.begin():
        sign_off(
            s,
            session_id=seeded.cold,
            user=s.get(User, nurse.id),
            reviewed=True,
            override_disposition="urgent",
            override_reason="lives alone, worsening",
        )
    assert ids(reviewed=True) == [seeded.cold]
    assert ids(reviewed=False) == [seeded.emergency, seeded.urgent, seeded.xss]
    # The override moves the session up: urgency is the nurse's level when there is one.
    assert ids(disposition="urgent") == [seeded.cold, seeded.urgent]  # older first
    with factory() as s:
        queue = review_queue(s, filters=QueueFilter(red_flag=False))
    assert queue.counts["urgent"] == 1 and queue.counts["self_care"] == 0
    assert [r.overridden for r in queue.rows] == [True, False]


# --- session view, sign-off, SBAR -------------------------------------------------------


async def test_session_view_shows_the_evidence_for_every_red_flag(factory, seeded: Seeded) -> None:
    with factory() as s:
        view = load_session_view(s, session_id=seeded.emergency)
    assert [line.seq for line in view.transcript] == [1, 2, 3]
    assert [line.role for line in view.transcript] == ["agent", "patient", "agent"]
    assert view.transcript[1].content == CHEST_PAIN
    assert view.flags and all(f.source == "rule" for f in view.flags)
    for flag in view.flags:
        assert flag.message_seq == 2 and flag.message_text == CHEST_PAIN
        # The evidence is the patient's words (rules join several quotes with '; ').
        assert flag.evidence
        assert all(part in CHEST_PAIN for part in flag.evidence.split("; "))
        assert flag.guideline
    assert view.assessment is not None and view.assessment.disposition == "emergency"

    with factory() as s:
        urgent = load_session_view(s, session_id=seeded.urgent)
    model_flags = [f for f in urgent.flags if f.source == "model"]
    assert model_flags and model_flags[0].message_seq == 2
    assert urgent.assessment is not None and urgent.assessment.reasons


async def test_sign_off_keeps_the_original_assessment_and_history(
    factory, seeded: Seeded, nurse: User
) -> None:
    with factory() as s, s.begin():
        user = s.get(User, nurse.id)
        with pytest.raises(ReviewError, match="reason"):
            sign_off(
                s, session_id=seeded.cold, user=user, reviewed=True, override_disposition="urgent"
            )
        sign_off(s, session_id=seeded.cold, user=user, reviewed=False, note="called, no answer")
        sign_off(
            s,
            session_id=seeded.cold,
            user=user,
            reviewed=True,
            note="spoke to patient",
            override_disposition="non_urgent",
            override_reason="symptoms for a week, not two days",
        )
    with factory() as s:
        view = load_session_view(s, session_id=seeded.cold)
        assessment = s.scalars(select(Assessment).where(Assessment.session_id == seeded.cold)).one()
        reviews = s.scalars(select(NurseReview)).all()
        events = s.scalars(select(AuditEvent).where(AuditEvent.action == audit.REVIEW)).all()
    assert assessment.disposition == "self_care"  # untouched
    assert view.disposition == "self_care" and view.effective_disposition == "non_urgent"
    assert [(r.reviewed, r.note) for r in reviews] == [
        (False, "called, no answer"),
        (True, "spoke to patient"),
    ]
    assert [r.reviewer for r in view.reviews] == ["ann", "ann"]
    assert [(e.actor, e.object_id) for e in events] == [("ann", seeded.cold)] * 2


async def test_sbar_states_only_facts_from_the_record(factory, seeded: Seeded) -> None:
    with factory() as s:
        view = load_session_view(s, session_id=seeded.cold)
        emergency = load_session_view(s, session_id=seeded.emergency)
    sbar = build_sbar(view)
    text = sbar.to_text()
    assert "runny nose and sore throat" in sbar.situation[0]
    assert "Age: 34 years" in sbar.background
    assert "Sex: female" in sbar.background
    assert "Allergies: penicillin" in sbar.background
    assert "Medications: not recorded" in sbar.background  # never guessed
    assert "Pregnant: not recorded" in sbar.background
    assert any("sore throat" in line and "severity 2/10" in line for line in sbar.background)
    assert "Agent disposition: self_care" in sbar.assessment[0]
    assert "Self-care" in sbar.recommendation[0]
    assert build_sbar(view).to_text() == text  # deterministic

    emergency_sbar = build_sbar(emergency)
    # Nothing was extracted before the emergency reply: the patient's words stand in.
    assert emergency_sbar.situation[0].endswith(f"first message: \u201c{CHEST_PAIN}\u201d")
    assert "Emergency" in emergency_sbar.recommendation[0]
    assert "Age: not recorded" in emergency_sbar.background
    flag_lines = [line for line in emergency_sbar.assessment if "patient said" in line]
    assert len(flag_lines) == len(emergency.flags)
    assert all(f.evidence in line for f, line in zip(emergency.flags, flag_lines, strict=True))

    zh = build_sbar(view, language="zh")
    assert zh.sections()[0][0].startswith("现状")
    assert "年龄：34 岁" in "\n".join(zh.background).replace(": ", "：")
    assert "penicillin" in zh.to_text()


# --- export -----------------------------------------------------------------------------


async def test_fhir_export_is_a_valid_r4_bundle_of_the_stored_session(
    factory, seeded: Seeded, nurse: User
) -> None:
    with factory() as s, s.begin():
        sign_off(
            s,
            session_id=seeded.emergency,
            user=s.get(User, nurse.id),
            reviewed=True,
            note="ambulance confirmed",
        )
    with factory() as s:
        view = load_session_view(s, session_id=seeded.emergency)
    text = fhir_bundle_json(view)
    bundle = Bundle.model_validate_json(text)  # fhir.resources validates it again
    assert bundle.type == "collection"
    data = json.loads(text)
    kinds = [entry["resource"]["resourceType"] for entry in data["entry"]]
    assert kinds.count("Communication") == len(view.transcript)
    assert "QuestionnaireResponse" in kinds and "Patient" in kinds
    payloads = [
        e["resource"]["payload"][0]["contentString"]
        for e in data["entry"]
        if e["resource"]["resourceType"] == "Communication"
    ]
    assert payloads == [line.content for line in view.transcript]
    flags = [
        e["resource"]
        for e in data["entry"]
        if e["resource"].get("category", [{}])[0].get("text") == "red-flag"
    ]
    assert [f["valueString"] for f in flags] == [f.evidence for f in view.flags]
    message_urls = {
        e["fullUrl"] for e in data["entry"] if e["resource"]["resourceType"] == "Communication"
    }
    assert all(f["derivedFrom"][0]["reference"] in message_urls for f in flags)
    disposition = next(
        e["resource"]
        for e in data["entry"]
        if e["resource"].get("code", {}).get("text") == "Triage disposition"
    )
    assert disposition["valueCodeableConcept"]["coding"][0]["code"] == "emergency"
    assert any("ambulance confirmed" in n["text"] for n in disposition["note"])
    assert fhir_bundle_json(view) == text  # the same session exports the same bundle


async def test_fhir_export_carries_reported_vitals_with_loinc_codes(
    conversation: Conversation, model: ModelScript, factory
) -> None:
    model.use(
        {"Extraction": [{"update": {"vitals": {"temperature_c": 38.5, "heart_rate_bpm": 110}}}]}
    )
    started = await conversation.start("en")
    await conversation.send(started.session_id, "I have a fever of 38.5 and my pulse is 110")
    with factory() as s:
        data = json.loads(fhir_bundle_json(load_session_view(s, session_id=started.session_id)))
    quantities = {
        e["resource"]["code"]["coding"][0]["code"]: e["resource"]["valueQuantity"]
        for e in data["entry"]
        if "valueQuantity" in e["resource"]
    }
    assert quantities["8310-5"]["value"] == 38.5 and quantities["8310-5"]["code"] == "Cel"
    assert quantities["8867-4"]["value"] == 110


async def test_markdown_export_shows_the_payload_as_text(factory, seeded: Seeded) -> None:
    with factory() as s:
        document = markdown_document(load_session_view(s, session_id=seeded.xss))
    assert "<img" not in document and "<script" not in document
    assert "![pixel](" not in document and "[click](" not in document
    assert md_escape("![a](b)") == "\\!\\[a\\]\\(b\\)"
    assert "&lt;script&gt;" in document and "tummy ache" in document
    assert XSS.split()[0] in document
    assert "## Transcript" in document and "## Situation" in document
