"""Parents' shorthand for a baby's age: "my 2mo", "our 6wo", "a 2m old", "8 m/o".

NICE NG143 (fever in under 5s): a temperature of 38 °C or more in a baby under 3 months is a
red feature (an emergency), and the age bands decide what a fever means, so a baby's age typed
as forum shorthand must be read as the age, never dropped and never read as years. A duration
typed the same way ("a cough for 2mo") is no age.
"""

from __future__ import annotations

import pytest

from clinical.ages import parse_age
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

AGES: list[tuple[str, float | None]] = [
    ("my 2mo has a temperature of 38.2", round(2 / 12, 3)),
    ("our 6wo has a temp of 38.3", round(6 * 7 / 365.25, 3)),
    ("2m old with a temperature of 38.5 and off his feeds", round(2 / 12, 3)),
    ("my 10 m/o has a runny nose", round(10 / 12, 3)),
    ("his 8wk old sister is coughing", round(8 * 7 / 365.25, 3)),
    ("my 18mo has had a cold for two days", 1.5),
    ("I've had a cough for 2mo now", None),
    ("the rash came back 3mo ago", None),
]


@pytest.mark.parametrize(("text", "years"), AGES)
def test_a_shorthand_age_is_read_as_the_age(text: str, years: float | None) -> None:
    assert parse_age(text) == years


LEVELS: list[tuple[str, str]] = [
    ("E", "my 2mo has a temperature of 38.2"),
    ("E", "our 6wo has a temp of 38.3, he's a bit sleepy"),
    ("E", "2m old with a temperature of 38.5"),
    ("E", "my 7wk old feels hot, thermometer says 38.1"),
    ("E", "my 10wo baby girl has a temperature of 38"),
    # an older baby's fever under 39 with good signs is no red feature (NICE NG143 green)
    ("!E", "my 9mo has a temperature of 38.1, feeding well and playing"),
    ("!E", "my 18mo has a temp of 37.9 with a runny nose, eating and drinking fine"),
]


@pytest.mark.parametrize(("expected", "text"), LEVELS)
def test_a_baby_s_fever_with_a_shorthand_age(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
