"""Coverage of second-language English: the grammar of someone who learnt English later.

Written by the engineer who closed fresh walk 11's English misses
(``tests/data/fresh_walk_11.jsonl``, ids ``walk11-en-*``), one group per category of miss, in
other words than the walk's, each group from the published source named above it. Every group
failed on the rules before the change it comes with (the look-alikes guard the change).
``E`` must end ``emergency``, ``U`` at least ``urgent``, ``!E`` anything but ``emergency``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# Present for past (clinical.matching): a second-language speaker often tells what happened
# in the present or base form ("my son drink the bleach", "she fall from the ladder", "not
# passing urine since morning"). Inside a phrase of two or more words a regular past ("passed",
# "swallowed") also reads as its base, -s and -ing forms, and the common irregular pasts of
# the rules' verbs (ate, drank, fell, took) as their present. A one-word phrase stays as
# written ("fainted" is no "feel faint"). Sources of the signs: TOXBASE / NHS poisoning (a
# child who swallowed a household chemical or an adult's medicine), MTS major trauma (a fall
# from a height), NICE NG51 (no urine with a fever).
PRESENT_FOR_PAST: list[tuple[str, str]] = [
    ("E", "my daughter 2 years drink the bleach from under the sink"),
    ("E", "my grandson eat my heart tablets from the table, he is 2"),
    ("E", "my husband fall from the roof when fixing it, he is not moving"),
    ("E", "high fever 39 and my mother is not passing urine since yesterday"),
    ("E", "he take a whole bottle of his sleeping tablets"),
    ("!E", "I feel faint when I stand up too fast, then it goes"),
    ("!E", "I take two paracetamol tablets when I have headache"),
    ("!E", "my son drink a lot of water after football, he is fine"),
    ("!E", "she is passing urine normally and no fever now"),
]

CASES = [*PRESENT_FOR_PAST]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_second_language_english_reaches_its_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
