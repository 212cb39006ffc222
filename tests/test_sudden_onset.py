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

Then, by category from the sources (session 27): a sudden onset counts against self-care
(``clinical/disposition.py``: MTS abrupt onset) unless a minor illness is named or the episode
is said to be over (``episode_over``: "they stopped", 就停了, 不流血了); the head and the pain
with the onset or the place between ("pain at the back of my head", 头一下子特别疼); a heart
"suddenly started racing"; double vision in lay words ("seeing double"); NHS.uk pulmonary
embolism's sudden breathlessness after an operation or a long flight; NHS.uk AAA's sudden
severe tummy or lower back pain at 65 or over; 超痛 as severe. After:

===========  =========  ======  ==========  =========
gold         emergency  urgent  non_urgent  self_care
===========  =========  ======  ==========  =========
emergency    12         1       2           0
urgent       4          5       0           0
self_care    0          0       2           14
===========  =========  ======  ==========  =========

12 of 15 emergencies, none at ``self_care``; the four urgent rows at emergency are a racing heart
with dizziness (NICE CKS palpitations with pre-syncope) and sudden double vision (BE-FAST), on
the safe side. These figures are tuned on the set; the first run is the carry-over measure, and
a second set written to the same brief (``sudden_onset_2.jsonl``) measures it after the change.

Set 2 (``tests/data/sudden_onset_2.jsonl``, helper-140, same brief in other words, 19 emergency,
5 urgent, 16 self-care), written before the change and first read after it (gold down:
emergency, urgent, non_urgent, self_care predicted):

=========================  ===============  ==============  ===============
                           on 3846bdf       on 9868636      tuned (now)
=========================  ===============  ==============  ===============
emergency                  11  2  4  2      11  2  5  1     15  1  3  0
urgent                      0  1  0  4       0  1  3  1      0  1  3  1
self_care                   0  0  2 14       0  0  7  9      0  0  3 13
=========================  ===============  ==============  ===============

The carry-over: the word lists moved no emergency to ``emergency``; the sudden onset took one
emergency and three urgent rows out of ``self_care`` and sent five self-care rows to
``non_urgent`` (a cramp, a sprain, a rash fading, said with "suddenly"). Then, tuned on set 2
by category: "my head started pounding", "couldn't get my breath" (with a long flight: NHS.uk
PE), a relative not recognised (唔认得我), a shadow blocking the sight (阴影挡住), and a sudden
pain of the head, chest, tummy or back not made self-care by a guessed minor cause ("probably
just trapped wind"), and sprains and leg cramps as minor illnesses (NHS.uk Sprains and strains,
Leg cramps), which the sudden onset had sent to ``non_urgent``. A sudden loss of balance in lay
words ("can't walk without holding onto the wall", 扶着墙, NHS.uk stroke BE-FAST and NICE CKS
Vertigo: ``stroke_sudden_unsteady``, ``tests/test_sudden_unsteady.py``) then caught one more
(16 of 19).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.questions import QuestionBank, load_questions
from clinical.red_flags import RuleSet
from states.disposition import Disposition

DATA = Path(__file__).parent / "data"
SET_1 = [
    json.loads(line)
    for line in (DATA / "sudden_onset.jsonl").read_text(encoding="utf-8").splitlines()
    if line
]
SET_2 = [
    json.loads(line)
    for line in (DATA / "sudden_onset_2.jsonl").read_text(encoding="utf-8").splitlines()
    if line
]
ROWS = SET_1 + SET_2

# rows still wrong, each a strict xfail with its reason
OPEN_AT_SELF_CARE: dict[str, str] = {
    "so2-en-11": "a sudden 'thwack' at the back of the ankle during football (NHS.uk Achilles "
    "tendon rupture): no sign read",
}
OPEN_EMERGENCY: dict[str, str] = {
    "so-en-10": "sudden back pain at 71 said as 'bad pain', 'cant get comfy': no severity read, "
    "so not NHS.uk AAA's sudden severe pain; non_urgent by the sudden onset",
    "so-en-11": "a sudden sharp tummy pain, eased a little, coping: sharp is no severity; "
    "non_urgent by the sudden onset (NHS.uk stomach ache)",
    "so-zh-4": "sudden right lower tummy pain, tender, easing: urgent (NHS.uk appendicitis: 111)",
    "so2-en-10": "a sudden really sharp tummy pain, can't stand up straight: sharp is no "
    "severity; non_urgent by the sudden onset",
    "so2-zh-5": "sudden 剧痛 of the lower back at 75 with pallor (NHS.uk AAA): 腰背 too far from "
    "剧痛 to read as back pain; urgent by severity",
    "so2-zh-12": "後尾枕突然間一嘢好痛 on lifting: the back of the head too far from the pain "
    "(a gap of six characters)",
}
OPEN_BELOW_URGENT: dict[str, str] = {
    "so-en-10": OPEN_EMERGENCY["so-en-10"],
    "so-en-11": OPEN_EMERGENCY["so-en-11"],
    "so2-en-10": OPEN_EMERGENCY["so2-en-10"],
    "so2-zh-12": OPEN_EMERGENCY["so2-zh-12"],
}
OPEN_SELF_CARE: dict[str, str] = {
    "so-zh-13": "a sneezing fit while dusting, over in minutes, ends non_urgent",
    "so-zh-19": "pins and needles after sitting cross-legged, gone after walking, ends non_urgent",
    # set 2: the sudden onset's cost (a cramp and a sprain, closed by NHS.uk sprains and leg
    # cramps as minor illnesses)
    "so2-en-18": "a rash after a new washing powder, fading on an antihistamine: a sudden onset",
    "so2-en-20": "an eyelid twitching for days with stress: non_urgent before the change too",
    "so2-zh-18": "an eyelid twitching (眼皮跳) for days: non_urgent before the change too",
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


def test_the_sets_are_what_they_say() -> None:
    assert len(SET_1) == len(SET_2) == 40
    assert (len(SUDDEN), len(EMERGENCIES), len(SELF_CARE)) == (48, 34, 32)
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
