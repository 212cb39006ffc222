"""NHS 111's "getting worse over days" is a span of days to a few weeks. The same words over
months are a slow change a GP sees (NHS.uk headaches, eczema, knee pain: "see a GP if it gets
worse"), not a same-day sign: before, any typed span under a year with "getting worse" raised
`worsening_over_days`, so "eczema getting worse for two months" was `urgent`, and so was a
conversation whose "两个月" answered "when did it start". Severe pain getting worse, or worse
over the last few days of a long problem, stays same-day.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import decided_level
from tests.test_graph import Graph

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("eczema on my hands getting worse for two months", NON_URGENT),
        ("手上湿疹越来越严重，两个月了", NON_URGENT),
        ("膝頭痛咗三個月，上落樓梯越嚟越痛", NON_URGENT),
        (
            "my headache has been getting worse for 6 weeks, paracetamol doesn't touch it",
            NON_URGENT,
        ),
        # worse over days, or the last days of a long problem, is NHS 111's same-day sign
        ("my cough has been getting worse for a week", URGENT),
        ("咳嗽一个星期了，越来越严重", URGENT),
        ("eczema for 2 months, getting worse the last 3 days", URGENT),
        ("rash getting worse over the last few days", URGENT),
        # severe and getting worse is same-day whatever the span (the decision's severity)
        ("severe knee pain, 8 out of 10, getting worse for 2 months", URGENT),
    ],
)
def test_worse_over_days_is_same_day_and_worse_over_months_a_gp(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected


@pytest.mark.parametrize(
    ("onset", "expected"),
    [
        ("两个月", "non_urgent"),
        ("2 months", "non_urgent"),
        ("三天", "urgent"),
        ("3 days", "urgent"),
    ],
)
async def test_how_long_it_has_been_getting_worse_by_its_answer(onset: str, expected: str) -> None:
    graph = Graph("phrasing")
    answers = ["itchy", "no", onset, "not sure", "itchy", "28", "both hands", "not sure"]
    state = await graph.until_done("eczema on my hands, cracking, getting worse", answers)
    assert state["stage"] == "advice"
    assert state["advice"]["disposition"] == expected, state["advice"]["reasons"]
