"""A thermometer reading told by the measuring (session 34, coordinator).

NICE NG143 reads a parent's thermometer reading of a baby under 3 months at 38 °C or more as red
(an emergency) however it is typed. A reading told only by the measuring, "I measured her at
38.6", "took it, 38.5", "measured 38.4 on her", had no temperature word, no unit and no comma
before it, and was not read: the message ended `urgent`. A length, weight or weeks after the
number is no reading (a head measured at 38.5 cm).

Written before the change; on `12bb1ed` 5 of the 6 readings were wrong (the look-alikes were
right).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

READINGS: list[object] = [
    "I have a 3 week old and I measured her at 38.6",
    "I'm so tired, my 5 week old is hot, I measured 38.4 on her",
    "my 7 week old, I took him at 38.3 twice",
    "my 10 week old is sleepy, checked her, 38.2",
    "baby is 6 weeks, I measured it as 38.1",
    # read since session 48 (rules-nf: a reading told with where it was taken, "under the arm");
    # it moved f31-en-urg-008 and f38-en-urg-010 (well babies under 3 months at 38.1, gold urgent
    # by NHS.uk) to emergency by the product's NICE NG143 red policy for a typed reading under 3
    # months: over-triage, the policy question still open
    "2 month old, I took it and it's 38.4 under the arm",
]

LOOK_ALIKES = [
    "the health visitor measured her head at 38.5 cm, all normal, she's feeding well",
    "I'm 38.5 weeks pregnant, measured my bump, all fine, just asking about the birth plan",
]


@pytest.mark.parametrize("text", READINGS)
def test_a_reading_told_by_the_measuring_is_read(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "E", text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_measure_that_is_no_temperature_is_not_read(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "!E", text)
