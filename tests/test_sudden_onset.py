"""A sudden onset (Manchester Triage System general discriminator "abrupt onset"; NHS.uk and
NICE CKS pages that say "suddenly") said with reassuring words, written by someone who had not
read the rules (helper-139, session 27), before any rule was changed for it.

``tests/data/sudden_onset.jsonl`` holds 40 first messages: 24 where a symptom began abruptly and
the source says not to manage it at home (15 emergency, 9 urgent; each also says "only mild",
"coping", 还好 or the like), and 16 genuine self-care messages that use the word "sudden"
("my cold suddenly cleared up", 突然打了一阵喷嚏). Each row names its source. Scored as
``triage eval --rules-only`` scores a first message (``clinical.first_message.rules_only_level``).

First run, rules as on main at d58831c (gold down, predicted across):

===========  =========  ======  ==========  =========
gold         emergency  urgent  non_urgent  self_care
===========  =========  ======  ==========  =========
emergency    7          5       2           1
urgent       2          5       1           1
self_care    0          0       2           14
===========  =========  ======  ==========  =========

7 of 15 emergencies caught, one ending ``self_care`` (a sudden sharp tummy pain, "eased a
little and I'm coping ok"), and an urgent sudden racing heart with dizziness at ``self_care``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.questions import QuestionBank, load_questions
from clinical.red_flags import RuleSet
from states.disposition import Disposition

DATA = Path(__file__).parent / "data" / "sudden_onset.jsonl"
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]

# rows still wrong, each a strict xfail with its reason
OPEN_AT_SELF_CARE: dict[str, str] = {
    "so-en-5": "a racing heart at rest (not read: 'heart suddenly started racing') with "
    "dizziness, said coping: no sudden-onset reason against self-care",
    "so-en-11": "a sudden sharp tummy pain, eased a little and coping: no sudden-onset reason "
    "against self-care",
}
OPEN_EMERGENCY: dict[str, str] = {
    "so-en-4": "a sudden severe pain at the back of the head: 'pain at the back of my head' "
    "is no headache (gap of five words)",
    "so-en-10": "sudden back pain at 71 (NHS.uk AAA) without faintness",
    "so-en-11": "a sudden sharp tummy pain (NHS.uk stomach ache: came on very suddenly)",
    "so-en-12": "sudden breathlessness two weeks after a knee operation (NICE NG158) is urgent",
    "so-zh-4": "sudden right lower tummy pain, tender (NHS.uk appendicitis) is urgent",
    "so-zh-8": "头一下子特别疼 on straining is no headache (a gap of five characters)",
    "so-zh-11": "sudden back pain at 65 (NHS.uk AAA) without faintness",
    "so-zh-12": "sudden breathlessness a week after an operation (NICE NG158) is urgent",
}
OPEN_BELOW_URGENT: dict[str, str] = {
    "so-en-10": OPEN_EMERGENCY["so-en-10"],
    "so-en-11": OPEN_EMERGENCY["so-en-11"],
    "so-zh-11": OPEN_EMERGENCY["so-zh-11"],
}
OPEN_SELF_CARE: dict[str, str] = {
    "so-zh-13": "a sneezing fit while dusting, over in minutes, ends non_urgent",
    "so-zh-19": "pins and needles after sitting cross-legged, gone after walking, ends non_urgent",
}


def _params(rows: list[dict[str, str]], known: dict[str, str]) -> list[object]:
    return [
        pytest.param(
            row,
            id=row["id"],
            marks=pytest.mark.xfail(strict=True, reason=known[row["id"]])
            if row["id"] in known
            else (),
        )
        for row in rows
    ]


SUDDEN = [r for r in ROWS if r["side"] == "not_self_care"]
EMERGENCIES = [r for r in SUDDEN if r["gold"] == "emergency"]
SELF_CARE = [r for r in ROWS if r["side"] == "self_care"]


@pytest.fixture(scope="module")
def questions() -> QuestionBank:
    return load_questions()


@pytest.fixture(scope="module")
def predicted(rules: RuleSet, questions: QuestionBank) -> dict[str, Disposition]:
    return {row["id"]: rules_only_level(row["text"], rules, questions)[0] for row in ROWS}


def test_the_set_is_what_it_says() -> None:
    assert (len(SUDDEN), len(EMERGENCIES), len(SELF_CARE)) == (24, 15, 16)
    assert all(r["gold"] == "self_care" for r in SELF_CARE)
    assert {r["gold"] for r in SUDDEN} == {"emergency", "urgent"}
    assert {r["lang"] for r in ROWS} == {"en", "zh"}
    assert all(r["source"].strip() for r in ROWS)
    assert len({r["id"] for r in ROWS}) == len(ROWS)


@pytest.mark.parametrize("row", _params(SUDDEN, OPEN_AT_SELF_CARE))
def test_a_sudden_onset_is_not_self_care(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]] is not Disposition.SELF_CARE


@pytest.mark.parametrize("row", _params(EMERGENCIES, OPEN_EMERGENCY))
def test_every_emergency_reaches_emergency(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]] is Disposition.EMERGENCY, predicted[row["id"]]


@pytest.mark.parametrize("row", _params(EMERGENCIES, OPEN_BELOW_URGENT))
def test_no_emergency_ends_below_urgent(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].rank >= Disposition.URGENT.rank, predicted[row["id"]]


@pytest.mark.parametrize("row", _params(SELF_CARE, OPEN_SELF_CARE))
def test_a_settled_or_minor_sudden_thing_stays_self_care(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]] is Disposition.SELF_CARE, predicted[row["id"]]
