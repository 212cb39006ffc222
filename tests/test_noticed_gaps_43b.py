"""Under-triage noticed before and left alone, closed in session 43 (rules-ih).

Each sentence is our own, read as a first message with the rules alone, from the guidance named
above its list:

1. **Not making sense said with "isn't"** ("she isn't making sense", "he isn't making any
   sense"): NHS.uk sudden confusion (delirium: not able to think or speak clearly; someone who
   suddenly becomes confused: 999 or A&E). "not making sense" was read as new confusion, "isn't
   making sense" was not (the "isn't" read as a negation); now it is, at the level the rules give
   "she's confused" (``urgent`` alone, an emergency with a sudden onset). A document that makes
   no sense is none.
2. **A glucose meter's number with the device named and no word of glucose** ("my meter said
   24", "it said 2.1 on my meter", "my meter this morning said 26"): NHS.uk low blood sugar
   (hypoglycaemia, under 4 mmol/L) and high blood sugar (hyperglycaemia), NICE NG17 / NG28 and
   JBDS-IP (20 or more with thirst and passing a lot of urine the same day; with vomiting or
   tummy pain an emergency). Read now as a glucose reading (``clinical.signs``), never a peak
   flow, ketone or gas meter's, nor with a ketone or oximeter word beside it.
3. **A sensor's LO** ("CGM says LO", "libre says LO", "dexcom says LO"): NHS.uk / NICE NG17 - LO
   is below the meter's range, very low: treat as a hypo. The meter's LO was read; the sensor's
   was not. "meter says HI" was read already (``urgent`` alone, an emergency with vomiting);
   those sentences guard it.
4. **A night's oximeter dip with the reading now normal** (夜里血氧88，现在96): NHS.uk pulse
   oximeter (a low reading is measured again; the reading now decides, 92% or less still an
   emergency, 93-94% same-day). The night's reading was read as now; it is now the reading after
   it when told as now (``clinical.vitals``' asleep dip since session 44), never after oxygen or
   a treatment, and a low reading now stays an emergency.

Wrong before the change (the rules of 96ce9ba): 11 of the 33 sentences (item 1: 4 of 9, item 2:
4 of 11, item 3: 2 of 6, item 4: 1 of 7).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NHS.uk sudden confusion (delirium)
NOT_MAKING_SENSE: list[tuple[str, str]] = [
    ("U", "she isn't making sense"),
    ("U", "he isn't making any sense"),
    ("U", "grandad isn't making sense this evening, he was fine at lunch"),
    ("E", "my mum suddenly isn't making sense"),
    ("E", "all of a sudden he isn't making any sense and his face looks droopy"),
    ("U", "she's not making sense"),
    ("L", "the instructions on this medicine aren't making any sense to me"),
    ("L", "she wasn't making sense for a minute after she woke up yesterday but she's fine now"),
    ("U", "她说话颠三倒四的"),
]

# NHS.uk low and high blood sugar; NICE NG17 / NG28; JBDS-IP
METER_NUMBER: list[tuple[str, str]] = [
    ("U", "my meter said 24, weeing loads and really thirsty"),
    ("U", "it said 2.1 on my meter and I'm shaky and sweaty"),
    ("E", "my meter said 2.6 and she's really drowsy and confused"),
    ("E", "meter said 23 and he's been vomiting all morning with tummy pain"),
    ("U", "my meter this morning said 26, peeing all the time and thirsty"),
    ("L", "my meter said 6.2 this morning, all fine"),
    ("L", "the meter earlier said 7.1, all good"),
    ("L", "peak flow meter said 250"),
    ("L", "the gas meter said 12"),
    ("!E", "ketone meter said 2.1"),
    ("U", "libre says 2.4, shaky"),
]

# NHS.uk / NICE NG17: a meter's or a sensor's LO is very low (treat as a hypo); HI with being
# unwell is urgent or an emergency
SENSOR_LO_HI: list[tuple[str, str]] = [
    ("U", "CGM says LO and I'm shaky"),
    ("U", "my libre says LO"),
    ("E", "dexcom says LO and he's confused and sweaty"),
    ("E", "meter says HI and I'm being sick"),
    ("U", "meter says HI, feel fine"),
    ("L", "hi lo"),
]

# NHS.uk pulse oximeter: the reading now decides
NIGHT_DIP_THEN_NOW: list[tuple[str, str]] = [
    ("!E", "夜里血氧88，现在96，没有不舒服"),
    ("!E", "overnight his sats dropped to 87 on the oximeter, now 97 and he's fine"),
    ("E", "夜里血氧掉到88，现在醒着还是89，喘不上气"),
    ("E", "dad's sats were 86 in his sleep, now 90 and he's breathless"),
    ("E", "半夜血氧87，吸氧后现在95"),
    ("E", "昨晚血氧88，现在还是88"),
    ("E", "sats 89, 2 hours later 91"),
]

KINDS = NOT_MAKING_SENSE + METER_NUMBER + SENSOR_LO_HI + NIGHT_DIP_THEN_NOW
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_noticed_gap_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
