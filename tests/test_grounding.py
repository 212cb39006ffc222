"""The record holds only what the patient said: grounding of the model's extraction and the SBAR.

A fake model fills every field with made-up or misplaced values on every turn; whole
conversations (real storage, the real HTTP fake) must end with a record and an SBAR that
hold nothing the patient did not state.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from clinical.grounding import ground_update, grounded_record, read_topic_answer, said
from clinical.red_flags import load_rules
from core.settings import Settings
from fakes import Reply, schema_of
from fakes.llm_scripts import ModelScript, prompt_field, smart_default
from nurse.sbar import build_sbar
from nurse.view import load_session_view
from states.record import IntakeRecord, Symptom, VitalSigns
from triage.app import open_conversation

CONVERSATIONS = {
    "headache": ["I have a headache since this morning", "about 4 out of 10", "I'm 34"],
    "sore_throat": ["My throat is sore and scratchy", "since yesterday", "3 out of 10", "I'm 25"],
    "back_pain": ["My lower back hurts after lifting boxes", "two days ago", "5/10", "I'm 45"],
}
INVENTED_WORDS = ("peanut", "warfarin", "diabetes", "crushing", "left arm", "aspirin", "male")


def junk_extraction(message: str) -> dict[str, Any]:
    """Every field filled: made-up values, and the patient's own message in the wrong place."""
    return {
        "update": {
            "chief_complaint": "crushing chest pain",
            "symptoms": [
                {
                    "name": "chest pain",
                    "onset": "last year",
                    "severity": 9,
                    "location": "left arm",
                    "character": "crushing",
                    "better_with": "aspirin",
                },
                {"name": message[:60], "location": message[:80], "character": message[:80]},
            ],
            "age_years": 67,
            "sex": "male",
            "pregnant": True,
            "conditions": ["diabetes", message[:80]],
            "medications": ["warfarin", message[:80]],
            "allergies": ["peanuts", message[:80]],
            "vitals": {
                "temperature_c": 39.5,
                "heart_rate_bpm": 150,
                "systolic_bp": 70,
                "diastolic_bp": 40,
                "respiratory_rate": 35,
                "oxygen_saturation": 40,
            },
        }
    }


def junk_model(body: dict[str, Any]) -> Reply:
    if (schema_of(body) or {}).get("title") == "Extraction":
        message = re.sub(r"</?patient>", "", str(prompt_field(body, "newest_patient_message")))
        return Reply(content=json.dumps(junk_extraction(message)))
    return smart_default(body)


def assert_only_what_was_said(record: IntakeRecord, said_lines: list[str]) -> None:
    text = " ".join(said_lines).casefold()
    assert (record.conditions, record.medications, record.allergies) == ([], [], [])
    assert record.vitals == VitalSigns()
    assert record.sex is None and record.pregnant is not True  # False: a "No" to the question
    assert record.age_years is None or f"{record.age_years:g}" in text
    values = [record.chief_complaint or ""]
    for symptom in record.symptoms:
        values += [v for k, v in symptom.model_dump().items() if isinstance(v, str)]
        assert symptom.severity is None or str(symptom.severity) in text
    for value in values:
        words = re.findall(r"[a-z]+", value.casefold())
        assert all(word in text for word in words), value  # every word the patient's


@pytest.mark.parametrize("trust", ["escalate", "phrasing"])
@pytest.mark.parametrize("name", sorted(CONVERSATIONS))
async def test_a_model_that_invents_every_field_leaves_no_trace_in_record_or_sbar(
    settings: Settings, model: ModelScript, name: str, trust: str
) -> None:
    model.current = junk_model  # type: ignore[assignment]
    lines = [*CONVERSATIONS[name], *["No"] * 15]
    async with open_conversation(
        settings.model_copy(update={"model_trust": trust}), announce=False
    ) as conversation:
        started = await conversation.start("en")
        sent: list[str] = []
        for line in lines:
            sent.append(line)
            result = await conversation.send(started.session_id, line)
            assert not any(f["flag_id"].startswith("vital_") for f in result.red_flags)
            if result.done:
                break
        assert result.done and result.disposition != "emergency"
        with conversation.sessions() as s:
            view = load_session_view(s, session_id=started.session_id)
    assert_only_what_was_said(view.record, sent)
    assert view.record.age_years is not None  # the typed age is kept
    sbar = build_sbar(view)
    for topic in ("Conditions", "Medications", "Allergies", "Sex"):
        assert f"{topic}: not recorded" in sbar.background
    assert "Pregnant: yes" not in sbar.background
    text = sbar.to_text()
    assert "Reported vital signs" not in text and "SpO2" not in text
    background = " ".join(sbar.background + sbar.situation).casefold()
    assert not any(word in background for word in INVENTED_WORDS)


# --- the pieces -------------------------------------------------------------------------


def ground(update: dict[str, Any], message: str, fills: str | None = None) -> IntakeRecord:
    return ground_update(
        IntakeRecord.model_validate(update),
        message=message,
        patient_text=message,
        fills=fills,
        rules=load_rules(),
    )


def test_an_allergy_stands_in_words_about_allergy_or_in_the_allergies_answer() -> None:
    assert ground({"allergies": ["penicillin"]}, "I'm allergic to penicillin").allergies == [
        "penicillin"
    ]
    assert ground({"allergies": ["penicillin"]}, "penicillin", fills="allergies").allergies == [
        "penicillin"
    ]
    headache = "I have a headache since this morning"
    assert ground({"allergies": [headache]}, headache).allergies == []  # misplaced
    assert ground({"allergies": ["peanuts"]}, "I'm allergic to penicillin").allergies == []
    assert ground({"allergies": ["none"]}, "none", fills="allergies").allergies == []


def test_a_vital_sign_stands_only_as_the_number_the_patient_typed_for_it() -> None:
    typed = ground({"vitals": {"oxygen_saturation": 91}}, "my oxygen is 91%")
    assert typed.vitals.oxygen_saturation == 91
    invented = ground({"vitals": {"oxygen_saturation": 40}}, "I am 40 and feel breathless")
    assert invented.vitals == VitalSigns()  # 40 was an age, not an oxygen level


def test_symptom_details_stand_in_the_patients_words_on_their_topic() -> None:
    message = "a throbbing headache on the left side since this morning"
    update = {
        "symptoms": [
            {
                "name": "headache",
                "onset": "since this morning",
                "location": "left side",
                "character": "throbbing",
                "severity": 7,
            },
            {"name": "fever"},
        ]
    }
    record = ground(update, message)
    assert [s.name for s in record.symptoms] == ["headache"]
    assert record.symptoms[0].model_dump(exclude_none=True) == {
        "name": "headache",
        "onset": "since this morning",
        "location": "left side",
        "character": "throbbing",
    }  # the severity 7 was never typed
    misplaced = ground({"symptoms": [{"name": "headache", "location": "headache"}]}, message)
    assert misplaced.symptoms[0].location is None


def test_pregnancy_stands_only_as_the_rules_read_it() -> None:
    assert ground({"pregnant": True}, "I'm 20 weeks pregnant").pregnant is True
    assert ground({"pregnant": True}, "I'm not pregnant").pregnant is None
    assert ground({"pregnant": False}, "I'm not pregnant").pregnant is False
    assert ground({"pregnant": True}, "my back hurts").pregnant is None


def test_topic_answers_are_recorded_in_the_patients_words_unless_they_say_no() -> None:
    record = IntakeRecord(chief_complaint="back pain", symptoms=[Symptom(name="back pain")])
    assert read_topic_answer("Ibuprofen sometimes", fills="medications", record=record) == (
        IntakeRecord(medications=["Ibuprofen sometimes"])
    )
    for answer in ("No", "none", "I'm not sure", "没有", "nope."):
        assert read_topic_answer(answer, fills="allergies", record=record) == IntakeRecord()
    lower = read_topic_answer("lower back, left side", fills="location", record=record)
    assert lower.symptoms[0].location == "lower back, left side"
    assert read_topic_answer("worse when I bend", fills="modifiers", record=record).symptoms[
        0
    ].worse_with == ("worse when I bend")
    assert read_topic_answer("female", fills="sex", record=record).sex == "female"
    assert read_topic_answer("whatever", fills="severity", record=record) == IntakeRecord()


def test_said() -> None:
    assert said("sore throat", "my throat is sore")
    assert said("allergy", "I'm allergic to it")
    assert said("胸口疼", "我从早上开始胸口疼")
    assert not said("peanuts", "I'm allergic to penicillin")
    assert not said("", "anything")
    assert not said("头痛", "我肚子疼")


def test_the_sbar_view_drops_what_the_patient_never_wrote() -> None:
    stored = IntakeRecord(
        chief_complaint="crushing chest pain",
        symptoms=[Symptom(name="headache", severity=9, onset="this morning")],
        age_years=34,
        allergies=["I have a headache since this morning", "peanuts"],
        vitals=VitalSigns(oxygen_saturation=40, temperature_c=38.5),
    )
    texts = ["I have a headache since this morning", "I'm 34, my temperature is 38.5"]
    shown = grounded_record(stored, texts)
    assert shown.chief_complaint is None
    assert shown.symptoms == [Symptom(name="headache", onset="this morning")]
    assert shown.age_years == 34
    assert shown.allergies == ["I have a headache since this morning"]  # quoted: kept here
    assert shown.vitals == VitalSigns(temperature_c=38.5)
