"""Double vision that came on suddenly is seen the same day.

College of Optometrists (double vision which starts suddenly and is constant: seek attention
straight away, an optometrist, a GP or 111); NHS.uk double vision. With a stroke's other signs,
or after a head injury, the red-flag rules make it an emergency (neuro.yaml, injuries.yaml);
alone, before this file, it was read as a GP matter (a gap rules-bv named in session 31).
Double vision of years, or only when tired or after drinks, is not new. Sentences written by
the coordinator from those sources, not from any evaluation case. Codes as in
``tests/rule_levels.py``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    ("U", "I've had double vision since this morning, it hasn't gone away"),
    ("U", "woke up seeing double, everything has a ghost image next to it"),
    ("U", "all of a sudden I'm seeing two of everything when I look at the road signs"),
    ("U", "今天早上起来突然看东西重影，一直没好"),
    ("U", "今朝起身睇嘢变两个，到而家都仲系咁"),
    ("U", "今天突然看東西都是兩個，到現在都沒有好"),
    # not new: years of it, or only when tired or after drink
    ("L", "I've had slight double vision for years when I'm tired, my optician knows about it"),
    ("L", "我看东西重影好多年了，累的时候明显一点，眼科医生看过"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_new_double_vision_is_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
