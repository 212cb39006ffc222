"""A person who is not responding, said bare (NHS.uk 999: "someone is unconscious or not
responding"; MTS unresponsive), and the things that do not respond without being a patient.

Written before the rule change, in our own words: each positive (``E``) ended below
emergency on main at 071a73b; each look-alike (``!E``) must not become one.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    ("E", "she's not responding"),
    ("E", "my dad isn't responding"),
    ("E", "grandma is not responsive"),
    ("E", "he's unresponsive and pale"),
    ("E", "my son is not responding and his lips look grey"),
    ("E", "我妈没有反应了"),
    ("E", "我爸突然没反应了"),
    ("E", "佢冇反應"),
    ("E", "阿爷冇晒反应"),
    ("!E", "my cough isn't responding to the antibiotics"),
    ("!E", "my laptop is not responding so I'm typing on my phone"),
    ("!E", "the surgery is not responding to my emails about a repeat prescription"),
    ("!E", "my eczema is not responding to the cream"),
    ("!E", "吃了药没什么反应，还是有点咳嗽"),
    ("!E", "手机没反应了，用电脑发的，喉咙有点痛"),
    ("!E", "打针之后没有反应，手臂不痛也不肿"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_person_not_responding(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
