"""The words "can't breathe", said bare, are severe difficulty breathing (NHS.uk "When to call 999":
severe difficulty breathing, struggling to breathe; MTS life threat: inadequate breathing),
and the qualified ways people say it about a blocked nose, a laugh or a cold, which stay
shortness of breath (NHS 111, ``urgent``) or less.

Written before the rule change, in our own words: each positive (``E``) ended ``urgent`` on
main at 913049f; each look-alike (``!E``) must not become an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    ("E", "I can't breathe"),
    ("E", "help my son can't breathe"),
    ("E", "she cant breathe"),
    ("E", "he cannot breathe, please what do I do"),
    ("E", "my baby can't breathe"),
    ("E", "i cant breath"),
    ("E", "dad is unable to breathe"),
    ("E", "mum can not breathe!!"),
    ("E", "my husband suddenly can't breathe"),
    ("E", "我不能呼吸了"),
    ("E", "我儿子没法呼吸"),
    ("E", "孩子无法呼吸"),
    ("!E", "I can't breathe through my nose, it's so blocked"),
    ("!E", "I can't breathe properly with this cold"),
    ("!E", "stuffy nose and I can't breathe well at night"),
    ("!E", "I laughed so hard I couldn't breathe"),
    ("!E", "can't breathe out of my left nostril since the cold started"),
    ("!E", "so stressed about exams I feel like I can't breathe"),
    ("!E", "I can't breathe when I lie flat, it's been like that for a month"),
    ("!E", "鼻子塞住了，用鼻子没法呼吸"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_cannot_breathe_said_bare(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
