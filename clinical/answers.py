"""Read the patient's answer to a bank question without the model.

A bank question knows what it asks about (``fills``). Simple answers to simple questions —
an age, a 0-10 score, when it started, how long it has lasted, yes/no to pregnancy — are
read here deterministically, so the intake record fills in and the questions move on even
when the model's extraction is poor or down. The model's extraction is merged on top.
"""

from __future__ import annotations

import re

from clinical.ages import parse_age
from clinical.durations import bare_age, duration_findings
from states.record import IntakeRecord, Symptom

MAX_FIELD_CHARS = 120
_SCORE = re.compile(
    r"(?<![\d.])(10|\d)(?:\s*(?:/|out of|of|分之|分)\s*10|\s*分)?(?![\d.])", re.IGNORECASE
)
_SCORE_OUT_OF = re.compile(r"(?<![\d.])(10|\d)\s*(?:/|out of|of)\s*10(?![\d])", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_SCORE_ZH = re.compile(r"(10|\d)\s*分")
_ONSET = re.compile(
    r"\b(?:since\s+)?(?:yesterday(?:\s+(?:morning|afternoon|evening|night))?|last\s+night|"
    r"this\s+(?:morning|afternoon|evening)|today|"
    r"(?:\d+|a|an|one|two|three|four|five|six|seven)\s+(?:hours?|days?|weeks?|months?)\s+ago)\b"
    r"|昨天(?:早上|上午|下午|晚上)?|前天|今天(?:早上|上午|下午|晚上)?|昨晚|"
    r"[一二两三四五六七八九十\d]+\s*(?:个)?\s*(?:小时|天|周|星期|月)(?:以前|之前|前)",
    re.IGNORECASE,
)
_YES = re.compile(r"^\s*(yes|yeah|yep|i am|i'm pregnant|是|是的|对|怀孕了|有)\b", re.IGNORECASE)
_CONFIRM_YES = re.compile(
    r"^\s*(?:yes|yeah|yep|yup|y|i do|i have|he does|she does|they do|it is|still|right now|"
    r"是|是的|对|有|有的|现在有|还有|还在)(?![a-z])",
    re.IGNORECASE,
)
_NO = re.compile(r"^\s*(no|nope|not|i'm not|i am not|否|不是|没有|没怀孕)\b", re.IGNORECASE)


def _score(text: str, *, asked: bool) -> int | None:
    """Return a 0-10 severity: "6/10", "6 out of 10", "6分" anywhere, a bare number if asked."""
    for pattern in (_SCORE_OUT_OF, _SCORE_ZH):
        if m := pattern.search(text):
            return int(m.group(1))
    # a bare number is a score only when it is the answer's one number: "9-12" or "7 to 12" is
    # a range of readings, not a pain of 9 out of 10
    if asked and len(_NUMBER.findall(text)) == 1:
        numbers = _SCORE.findall(text)
        if len(numbers) == 1:
            return int(numbers[0])
    return None


def _main_symptom(record: IntakeRecord) -> Symptom:
    if record.symptoms:
        return record.symptoms[0].model_copy()
    name = (record.chief_complaint or "main problem")[:60]
    return Symptom(name=name)


def read_answer(
    text: str, *, fills: str | None, record: IntakeRecord, asks_age: bool = False
) -> IntakeRecord:
    """Return what ``text`` says for sure, as an update to merge into ``record``.

    ``asks_age``: the question answered asks for an age ("How old?", "Is your baby younger
    than 3 months?"), so a bare "7 weeks" or 2个月 is the age (:func:`bare_age`).
    """
    update = IntakeRecord()
    age = bare_age(text) if asks_age else parse_age(text)
    if age is None and fills == "age" and (m := re.fullmatch(r"\s*(\d{1,3})\s*", text)):
        age = float(m.group(1)) if int(m.group(1)) <= 120 else None
    if age is not None:
        update.age_years = age

    symptom = _main_symptom(record)
    changed = False
    score = _score(text, asked=fills == "severity")
    if score is not None:
        symptom.severity = score
        changed = True
    if fills in ("onset", "duration") and text.strip():
        setattr(symptom, fills, text.strip()[:MAX_FIELD_CHARS])
        changed = True
    elif symptom.onset is None and symptom.duration is None:
        if onset := _ONSET.search(text):  # "since yesterday morning" in any message
            symptom.onset = onset.group().strip()
            changed = True
        elif (lasting := duration_findings(text)) and not (asks_age and age is not None):
            symptom.duration = lasting[0].words  # "for three days"
            changed = True
    if changed:
        update.symptoms = [symptom]

    if fills == "pregnancy":
        if _YES.search(text):
            update.pregnant = True
        elif _NO.search(text):
            update.pregnant = False
    return update


def says_yes(text: str) -> bool:
    """Return True when an answer to a yes/no question starts with yes ("yes", "有", "still")."""
    return bool(_CONFIRM_YES.search(text)) and not _NO.search(text)
