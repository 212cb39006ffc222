"""Gaps noticed in session 46, written as tests before the change (session 47).

A danger sign asked about in general, then told as the writer's own in the next sentence,
is a report (NHS.uk "when to call 999": the sign decides, not the question's form).
Session 46's general-question cues ("should someone with", "do people with": rules-lf) had
made "should someone with a thunderclap headache go to A&E? because i've got one right now"
a hypothetical. The writer's own ``now`` after the sign (``own_after`` in cues.yaml) ends it;
a sign had in the past, another person's, or a leaflet "got" stays a question.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

OWN_AFTER_A_GENERAL_QUESTION: list[tuple[str, str]] = [
    ("E", "should someone with a thunderclap headache go to A&E? because i've got one right now"),
    ("E", "should a person with a thunderclap headache call 999? i have one right now"),
    ("E", "do people with a sudden worst ever headache need A&E? i'm having one now"),
    (
        "E",
        "does someone with sudden weakness in one arm and leg need an ambulance? "
        "that's happening to me right now",
    ),
    (
        "E",
        "should someone with a rash that doesn't fade under a glass go to A&E? "
        "my son has that right now",
    ),
    ("E", "一般来说，突然说不出话要不要叫救护车？我现在就是这样"),
    ("E", "突然一边手脚没力气一般要去急诊吗？我妈现在就是这样"),
    # the sign not the writer's own now: the question stays general
    ("!E", "should someone with a thunderclap headache go to A&E?"),
    ("!E", "should someone with a thunderclap headache go to A&E? i had one last year"),
    (
        "!E",
        "should someone with a thunderclap headache go to A&E? asking because my friend had one",
    ),
    ("!E", "can you die from a paracetamol overdose? i've got one of those big packs at home"),
    ("!E", "do people with chest pain always need an ambulance? i've got a leaflet about it"),
    ("!E", "中风有什么症状？我现在就有点好奇"),
]


@pytest.mark.parametrize(("code", "text"), with_open(OWN_AFTER_A_GENERAL_QUESTION))
def test_the_writers_own_after_a_general_question(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
