"""Water in the eye is no chemical injury (NHS.uk eye injuries: a chemical in the eye is A&E;
water or shampoo that stings is looked after at home), while a chemical splashed in the eye
stays an emergency however the splash and the chemical are said.

Written before the rule change, in our own words: each look-alike (``!E``) ended
``emergency`` on main at bf19a2f; each emergency (``E``) must stay one.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    ("!E", "water splashed in my eye in the shower, a bit sore"),
    ("!E", "洗头的时候水溅到眼睛了，有点不舒服"),
    ("!E", "游泳的时候水溅进眼睛，眼睛有点红"),
    ("!E", "洗脸时水喷到眼睛，现在没事了"),
    ("E", "bleach splashed in my eye"),
    ("E", "bleach and water splashed in my eye while cleaning"),
    ("E", "碱水溅到眼睛了"),
    ("E", "漂白水溅到眼睛，好痛"),
    ("E", "消毒水溅进眼睛了"),
    ("E", "化学药水溅到眼睛"),
    ("E", "通渠水溅到眼睛"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_water_in_the_eye_is_no_chemical_injury(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
