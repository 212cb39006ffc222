"""The four-level decision in texting shorthand and timing words (set 20's English voice).

Written from NHS.uk condition pages and NICE CKS before the rules changed for them, in other
words than ``tests/data/fresh_levels_20.jsonl``: a same-day sign typed in shorthand ("bfing",
"pp", "wont use it", "preggo") stays urgent; how often and how long decides a nosebleed; a
baby's mild fever the day after a vaccine, settled, is self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import decided_level

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE

# Same-day signs in shorthand and timing words: urgent, not an emergency.
SAME_DAY: list[str] = [
    # NHS.uk mastitis: a red, hot, painful breast while breastfeeding with a high temperature
    # or flu-like feelings - urgent GP or 111
    "bfing 3 wks pp, rt breast hot n red, temp 38.9, shivery",
    "ebf 10 days pp, boob has a hard red lump n im achy like flu",
    "breastfeeding, left boob sore n red since yday, temp 38.4",
    # NHS.uk broken arm or wrist: a child who will not use the arm after a fall - urgent
    # treatment centre or A&E the same day
    "my 6yo fell off the monkey bars, wrist puffy and he wont use that hand",
    "toddler tripped yday, won't use her arm and cries if we touch her wrist",
    "daughter (8) fell on the ice, refusing to use her left arm, no bones sticking out",
    # NICE CKS Headache - assessment (raised intracranial pressure: a headache worse on
    # waking, with vomiting, for weeks - urgent referral)
    "headaches for a month, worst first thing in the morning and I throw up most mornings",
    "been getting headaches for 2 wks that are worse when i wake up, n/v every morning",
    # NHS.uk your baby's movements and RCOG GTG57 (reduced fetal movements: call the
    # maternity unit now, do not wait)
    "33 wks preggo, baby's been really quiet since last night, hardly any kicks",
    "36 weeks pregnant and the baby's movements have slowed down today",
    "29 wks, not felt her kick much 2day, usually shes wild by now",
]

# NHS.uk nosebleed: frequent nosebleeds are a GP appointment; one that stopped is self-care.
# NHS.uk vaccine side effects: a mild fever the day after, settled, is looked after at home.
BELOW: list[tuple[Disposition, str]] = [
    (NON_URGENT, "nosebleeds 3 times in 2 weeks, each one stopped with pinching, otherwise fine"),
    (NON_URGENT, "keep getting nosebleeds, 4 this month, all stopped within 10 mins, I'm 55"),
    # written after the first run (set 20's recurrence said as "the third one this month")
    (
        NON_URGENT,
        "nosebleed this morning, stopped after 5 mins pinching, but its the third one this month",
    ),
    (SELF_CARE, "had a nosebleed yesterday, stopped after 5 mins of pinching, nothing since"),
    # the same in Cantonese (停咗, 止咗血: stopped), which read as a bleed still going on
    (SELF_CARE, "個女流鼻血流咗成個鐘，而家停咗，冇頭暈，精神好好"),
    (SELF_CARE, "流鼻血流咗半個鐘，依家停咗，冇事"),
    (SELF_CARE, "my nose was bleeding for half an hour, 停咗 now, feel fine"),
    (
        SELF_CARE,
        "my 4 month old had her jabs yesterday, 37.9 last night, today feeding fine and smiley"
        " again",
    ),
    (SELF_CARE, "1yo had her jabs 2day, bit grizzly n warm 37.6 tonight, feeding ok"),
    # written after the first run: a visit named by its week ("12-week jabs") is no duration
    (
        SELF_CARE,
        "had her 12-week jabs yday, bit warm 37.7 n grizzly last night, back to her usual "
        "self today",
    ),
]

# Look-alikes: the shorthand or the timing word without the same-day sign.
NOT_SAME_DAY: list[str] = [
    "bfing 6 wks, nipples a bit sore, no redness, no fever",
    "wrist sore after a fall yesterday, moving it fine and using it normally, bit bruised",
    "headache this morning after a late night, gone with paracetamol",
    "30 wks preggo, baby kicking loads rn",
]


@pytest.mark.parametrize("text", SAME_DAY)
def test_a_same_day_sign_in_shorthand_is_urgent(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is URGENT, text


@pytest.mark.parametrize(("expected", "text"), BELOW)
def test_how_often_and_how_long_decide_below_urgent(
    rules: RuleSet, expected: Disposition, text: str
) -> None:
    assert decided_level(rules, text) is expected, text


@pytest.mark.parametrize("text", NOT_SAME_DAY)
def test_their_look_alikes_are_not_same_day(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank < URGENT.rank, text


# A span told by when it began ("since last month", 从上个月开始) is weeks long: NHS.uk cough
# and hoarse voice ("see a GP if it lasts more than 3 weeks"). Session 18 made these words
# ongoing rather than past history (cues.yaml's pseudo-cues), so the cough came to be read and
# its minor-illness self-care stood, with nothing read against it; a span from last week stays
# within a cold's own window.
SINCE_LAST_MONTH: list[tuple[Disposition, str]] = [
    (NON_URGENT, "since last month I have had a cough"),
    (NON_URGENT, "从上个月开始一直咳嗽"),
    (NON_URGENT, "由上个月开始，喉咙一直有啲痰"),
    (NON_URGENT, "I've had a cough since last year, otherwise ok"),
    (NON_URGENT, "從去年開始一直咳，其他還好"),
    (NON_URGENT, "hoarse voice since last month, no pain"),
    (SELF_CARE, "I've had a cold since last week, bit of a runny nose"),
]


@pytest.mark.parametrize(("expected", "text"), SINCE_LAST_MONTH)
def test_a_span_since_last_month_is_weeks_long(
    rules: RuleSet, expected: Disposition, text: str
) -> None:
    assert decided_level(rules, text) is expected, text


# NHS.uk vaccine side effects (a sore arm, a slight headache, feeling a bit achy for a day or
# two: look after yourself at home). A vaccine already given is no request to book one (the
# review list): "since yesterday's vaccine" answered in a least-urgent conversation of set 23
# made a flu jab's sore arm non_urgent (session 19). Asking to book or get one stays a GP's.
AFTER_A_VACCINE: list[tuple[Disposition, str]] = [
    (SELF_CARE, "had my flu vaccine yesterday, arm a bit sore, otherwise fine"),
    (SELF_CARE, "sore arm since yesterday's vaccine, mild"),
    (SELF_CARE, "slight headache after the covid vaccine this morning, feel ok otherwise"),
    (NON_URGENT, "How do I book travel vaccines for Thailand in March?"),
    (NON_URGENT, "when should I get the whooping cough vaccine, I'm 20 weeks pregnant"),
    (NON_URGENT, "Does my 70 year old dad qualify for the shingles vaccine?"),
    (NON_URGENT, "my son is due his MMR vaccination, how do I book it?"),
]


@pytest.mark.parametrize(("expected", "text"), AFTER_A_VACCINE)
def test_a_vaccine_given_is_no_request(rules: RuleSet, expected: Disposition, text: str) -> None:
    assert decided_level(rules, text) is expected, text
