"""A repeat febrile seizure told as "another one" after the earlier one, in English.

NHS.uk febrile seizures: call 999 for a first seizure, one lasting over 5 minutes or a child
who does not wake; a child who has had a febrile seizure before and has another under 5
minutes needs a GP or NHS 111 the same day. The earlier seizure is told in the past ("had a
febrile seizure last year") and today's as "another one" in a clause of its own, so neither
the seizure rules (the earlier one is past) nor `febrile_seizure_again` (whose phrases need
the seizure and "another" in one clause) read it: before this file, 4 of its 7 "at least
urgent" sentences ended ``non_urgent`` or ``self_care`` (found by rules-ce, session 33). Now
rule ``febrile_seizure_another_one`` (urgent) reads the earlier one past or present with
today's "another one"; across tests/data and the development set one text moved, toward its
gold (set12-en-urgent-006), none away.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

AT_LEAST_URGENT = [
    "my son had a febrile seizure last year; today he has a fever and he had another one, it "
    "lasted about a minute and he's awake now",
    "she had a febrile fit when she was 1, this morning with a temp of 39 she had another one",
    "he had a febrile convulsion in the summer. today hes poorly with a temperature and he just "
    "had another one, about 2 mins, hes sleepy but awake",
    "my daughter had febrile seizures before. tonight she's hot and it happened again",
    "had a febrile fit last year, he's got a temperature today and has just had another one",
    "he had a seizure with a fever last year and today he had another one",
    "my son has had febrile fits before and he's just had another one, it lasted under a minute",
]
NOT_RAISED = [
    # a worry about another one, asked ahead, is no seizure now (NHS.uk: what to do if it
    # happens again)
    ("had a febrile seizure last year, today he's got a cold, is he at risk of another one?", "!E"),
    ("my son had a febrile fit last year, what do I do if he has another one?", "!E"),
]


@pytest.mark.parametrize("text", AT_LEAST_URGENT)
def test_a_repeat_febrile_seizure_told_as_another_one_is_at_least_urgent(
    rules: RuleSet, text: str
) -> None:
    assert_reaches(rules, "U", text)


@pytest.mark.parametrize(("text", "code"), NOT_RAISED)
def test_another_one_asked_about_is_no_seizure_now(rules: RuleSet, text: str, code: str) -> None:
    assert_reaches(rules, code, text)
