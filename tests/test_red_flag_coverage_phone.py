"""Coverage of the phone voice: very short, typed fast, often for someone else.

Written by the engineer who closed fresh walk 9's misses (``tests/data/fresh_walk_9.jsonl``),
one group per category of miss, in other words than the walk's, each group from the published
source named above it. Every group failed on the rules before the change it comes with (the
look-alikes marked so failed by being raised). ``E`` must end ``emergency``, ``U`` at least
``urgent``, ``!E`` anything but ``emergency``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# Typos of the phone voice (clinical.textprep): a negative contraction typed without its
# apostrophe is a negation, not a misspelt rule word ("didnt" had become "didn", and the
# danger sign it denied fired), and a dropped letter that is as near a word's base form as its
# inflection ("collapsd": collapse / collapsed) is read as the word. The sentences with a
# denial raised an emergency before; the two misspellings were not read.
TYPOS: list[tuple[str, str]] = [
    ("!E", "i didnt pass out, just a bit dizzy after standing up"),
    ("!E", "she hasnt had a fit, she just has a temperature of 37.8"),
    ("!E", "havent blacked out just a sore knee"),
    ("!E", "my lips arent swollen, only my finger where the bee got me"),
    ("E", "my son collapsd at football"),
    ("E", "he blackd out in the shower"),
]

CASES = [*TYPOS]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_the_phone_voice_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
