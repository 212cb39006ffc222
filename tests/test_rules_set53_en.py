"""Set 53's English rows (voice39: cost and access, carers, medicines). What sets the level: a
degree word ("awful", "terrible") said of a thing beside the complaint (a treatment remembered,
a product, the weather), not of the complaint itself, is no severity (Manchester Triage System
pain: the severity is the patient's, of the complaint; NHS.uk head lice: treated at home by wet
combing or a pharmacy lotion); the same words said of the pain, or a smell that is a sign (a
wound's), keep their weight. An infection spread to other people ("back to school spreading
it") is passing it on, no course getting worse (NHS.uk head lice and nits, impetigo); a rash
spreading still is. A band round the head told after the headache it describes ("a
headache across my forehead ... this week, like a tight band") is the band of a tension-type
headache (NHS.uk tension-type headaches), no chest pain (still read as chest pain: open); the
chest named, or pain on a GTN spray, stays the heart's (NICE CG95).

Written by rules-du (session 39). The sentences are this file's own, each from the published
source named above its list; ``SET53_ROWS`` are rows of ``tests/data/fresh_levels_53.jsonl``
asserted at their gold level (one still open). Wrong before any rule change: 2 of 2 rows and 9
of 25 kind sentences; after: the row f53-en-slf-010 and the 5 sentences of the first two kinds
closed, the band told after its headache (4 sentences and f53-en-slf-014) left open as strict
xfails.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import (
    assert_reaches,
    assert_row_reaches_gold,
    rows_with_open,
    with_open,
)

# Manchester Triage System pain (the severity is the patient's, of the complaint) and NHS.uk head
# lice, common cold and sore throat (treated at home): a degree word said of a treatment, a
# product or the weather is no severity
DEGREE_OF_A_THING: list[tuple[str, str]] = [
    (
        "L",
        "found nits in my son's hair tonight, I remember the terrible greasy shampoo my mum"
        " used on us, can I treat it at home?",
    ),
    ("L", "a bit of a runny nose and a tickly cough, the weather has been awful all week"),
    ("L", "mild sore throat for two days, the lozenges from the chemist taste awful though"),
    ("L", "my daughter has a few itchy nits, the last lotion was awful stuff, any gentler way?"),
    # the same words said of the complaint keep their weight
    ("U", "the pain in my tummy is awful since this morning and I can't stand up straight"),
    ("U", "terrible pain in my lower back since lunch, the cream I rubbed in did nothing"),
    ("N", "an awful smell from the cut on my leg, it's getting redder and hotter"),
    # a real danger beside a thing said to be awful stays an emergency
    (
        "E",
        "the cough mixture tastes awful and now his lips have gone blue and he's struggling to"
        " breathe",
    ),
    (
        "E",
        "the weather's been terrible and this morning crushing chest pain spreading to my left"
        " arm with sweating",
    ),
]

# NHS.uk head lice and nits, impetigo and common cold (how each spreads, when to stay off school):
# an infection spread to other people is passing it on, no course getting worse; a rash or a
# redness itself spreading still is
PASSED_ON: list[tuple[str, str]] = [
    (
        "S",
        "found head lice on my granddaughter tonight, she's fine otherwise, I don't want her"
        " going into class spreading them. Can I treat it myself?",
    ),
    (
        "L",
        "my son has a runny nose and a mild cough, he's playing as usual, worried about spreading"
        " germs to the rest of the family",
    ),
    (
        "L",
        "a cold sore on my lip, I don't want to be spreading it round the office, what can I buy?",
    ),
    # the complaint itself spreading still counts as getting worse
    ("N", "a red patch on my shin that is spreading and feels warm"),
    ("N", "the itchy rash keeps spreading to his arms and tummy"),
    # a danger beside it stays an emergency
    (
        "E",
        "worried about him spreading it to the family but now he's floppy and has a rash that"
        " doesn't fade under a glass",
    ),
]

# NHS.uk tension-type headaches (a tight band round the head, eased by rest and painkillers):
# the band told after the headache it describes is no chest pain; NICE CG95: a band across the
# chest, or a band feeling not eased by GTN, stays the heart's
BAND_OF_A_HEADACHE: list[tuple[str, str]] = [
    (
        "L",
        "a dull ache over my forehead at the end of every work day lately, like a tight band,"
        " gone after a sleep",
    ),
    (
        "L",
        "headache around my temples after the long drive yesterday, sort of like a tight band,"
        " paracetamol helped",
    ),
    ("L", "my head has been aching most afternoons this month, it feels like a tight band"),
    ("L", "headaches by teatime after screen work, kind of a tight band, no sickness"),
    # the chest named, or a band feeling on a GTN spray, stays the heart's
    ("E", "tight band across my chest for the last half hour and I'm sweating and feel sick"),
    ("E", "used my GTN spray twice and it's still there like a tight band, 20 minutes now"),
    (
        "E",
        "a headache like a tight band this afternoon and now crushing chest pain going down my"
        " left arm",
    ),
    ("U", "since this morning a tight band across my chest, no other symptoms"),
    # (a typo of the danger word still reads)
    ("E", "tight band across my chest and I'm sweating, feels like a heart atack"),
    ("E", "crushing pain in my chest and I'm sweatting, like a tight band"),
]

_BAND_OPEN = (
    "open: the band told after its headache across a comma reads as chest pain (cardiac.yaml"
    " chest_pain's bare 'tight band'; its excludes reach only three words)"
)
OPEN: dict[str, str] = {text: _BAND_OPEN for code, text in BAND_OF_A_HEADACHE if code == "L"}

KINDS: list[tuple[str, str]] = DEGREE_OF_A_THING + PASSED_ON + BAND_OF_A_HEADACHE


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 53 closed here; the rest are named in the report
SET53_ROWS = [
    "f53-en-slf-010",
    "f53-en-slf-014",
]


OPEN_ROWS = {"f53-en-slf-014": _BAND_OPEN}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET53_ROWS, OPEN_ROWS),
)
def test_set53_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_53.jsonl", row_id)
