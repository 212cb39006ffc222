"""Answers to bank questions read without the model."""

from __future__ import annotations

import pytest

from clinical.answers import read_answer
from states.record import IntakeRecord, Symptom

RECORD = IntakeRecord(chief_complaint="sore throat", symptoms=[Symptom(name="sore throat")])


@pytest.mark.parametrize(
    "text, fills, expected",
    [
        ("I'm 30", "age", 30),
        ("30", "age", 30),
        ("我今年40岁", "age", 40),
        ("she is 6 weeks old", None, 0.115),
        ("no", "age", None),
        ("250", "age", None),
    ],
)
def test_age(text: str, fills: str | None, expected: float | None) -> None:
    assert read_answer(text, fills=fills, record=RECORD).age_years == expected


@pytest.mark.parametrize(
    "text, fills, expected",
    [
        ("2 out of 10", "severity", 2),
        ("about 7/10", None, 7),
        ("maybe 4", "severity", 4),
        ("maybe 4", None, None),  # a bare number is a score only when we asked for one
        ("大概3分", "severity", 3),
        ("between 3 and 5", "severity", None),  # ambiguous: leave it to the model
        # a reading given where a score was asked (set 24's least-urgent conversation, session
        # 20: a glucose range "9-12" became a pain of 9 out of 10 and the level urgent)
        ("readings 9-12", "severity", None),
        ("sugars 7 to 12", "severity", None),
        ("38.5", "severity", None),
    ],
)
def test_severity(text: str, fills: str | None, expected: int | None) -> None:
    update = read_answer(text, fills=fills, record=RECORD)
    got = update.symptoms[0].severity if update.symptoms else None
    assert got == expected
    if update.symptoms:
        assert update.symptoms[0].name == "sore throat"  # it lands on the main symptom


def test_onset_and_duration_keep_the_patients_words() -> None:
    update = read_answer("since yesterday evening", fills="onset", record=RECORD)
    assert update.symptoms[0].onset == "since yesterday evening"
    update = read_answer("三天了", fills="duration", record=RECORD)
    assert update.symptoms[0].duration == "三天了"


def test_a_symptom_is_created_from_the_chief_complaint_when_none_exists() -> None:
    update = read_answer("6/10", fills="severity", record=IntakeRecord(chief_complaint="back pain"))
    assert update.symptoms[0].name == "back pain" and update.symptoms[0].severity == 6


@pytest.mark.parametrize(
    "text, expected", [("yes", True), ("是的", True), ("no", False), ("没有", False), ("?", None)]
)
def test_pregnancy(text: str, expected: bool | None) -> None:
    assert read_answer(text, fills="pregnancy", record=RECORD).pregnant is expected


@pytest.mark.parametrize(
    "text, onset, duration",
    [
        ("I have had a headache since yesterday morning", "since yesterday morning", None),
        ("it started 3 days ago", "3 days ago", None),
        ("I've had this cough for two weeks", None, "two weeks"),
        ("我昨天晚上开始头疼", "昨天晚上", None),
        ("咳嗽三天了", None, "三天"),
        ("my knee hurts", None, None),
    ],
)
def test_onset_or_duration_in_any_message(
    text: str, onset: str | None, duration: str | None
) -> None:
    update = read_answer(text, fills=None, record=RECORD)
    symptom = update.symptoms[0] if update.symptoms else None
    assert (symptom.onset if symptom else None) == onset
    assert (symptom.duration if symptom else None) == duration
