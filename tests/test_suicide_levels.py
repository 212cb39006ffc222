"""Suicidal thoughts: urgent without a plan or intent, an emergency with a plan, means or time.

NHS help for suicidal thoughts and NICE NG225: thoughts the patient says they have no plan or
intent to act on need a same-day mental health assessment (``urgent``); a plan, the means or a
time in mind is an emergency, however the "no plan" is also said. Thoughts said with nothing
about a plan stay an emergency: the rules cannot ask, and tests/test_red_flag_coverage.py
holds them as emergencies.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition

URGENT = [
    "sometimes I wish I was dead but I have no plan and would never do it",
    "I've been having suicidal thoughts, no plan, I just wanted to tell someone",
    "I keep thinking everyone would be better off if I wasn't here, but I'm not going to act on it",
    "tired of living lately, no real plan, I wouldn't actually do anything",
    "最近老觉得活着没意思，但没有具体计划，也不会真去做",
    "有时候想死，没有计划，不会做傻事",
    "想死，冇计划，唔会真系做",
    "活著沒意思，但沒有具體計劃",
    # NICE NG225 safety planning: the time said inside a statement of being safe then, without
    # 自己 (set 23's least-urgent conversation, session 19: 今晚能保证安全 read as a time in mind)
    "想一了百了，没有计划，今晚能保证安全",
    "有不想活的念头，没有计划，今晚可以保证安全",
    "成日諗住唔想活，冇計劃，今晚會安全嘅",
    "I keep thinking about ending my life, no plan, I'll be ok tonight",
]

EMERGENCY = [
    "I want to die, no plan as such, but tonight is the night",
    "I wish I was dead, no plan but I've stockpiled my tablets",
    "no plan to tell anyone, I've bought a rope",
    "I have no plan B, I'm going to jump off the bridge",
    "不想活了，没有具体计划，但今晚就想结束",
    "没有什么计划，药都存好了",
    "想死，等家里人都睡了就走",
    "I just want to go to sleep and never wake up",
    "我不想再活下去了",
    "想一了百了，没有计划，但今晚不能保证安全",
    "I want to die, no plan, but I won't be safe tonight",
]


@pytest.mark.parametrize("text", URGENT)
def test_thoughts_without_a_plan_or_intent_are_urgent(rules: RuleSet, text: str) -> None:
    hits = rules.evaluate(text)
    assert hits and hits[0].level is Disposition.URGENT, [h.rule_id for h in hits]
    assert hits[0].rule_id == "suicidal_thoughts_no_plan"


@pytest.mark.parametrize("text", EMERGENCY)
def test_a_plan_means_or_time_is_an_emergency(rules: RuleSet, text: str) -> None:
    hits = rules.evaluate(text)
    assert hits and hits[0].level is Disposition.EMERGENCY, [h.rule_id for h in hits]
