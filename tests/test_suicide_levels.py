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


# NICE NG225 and NHS.uk self-harm: self-harm with no intent to die and a minor wound (shallow,
# not deep, bleeding stopped) needs help the same day; a serious injury, an overdose or any
# intent to die is 999 / A&E. Before, any self-harm word was an emergency, so the same-day
# group for self-harm without intent could not be reached (set 24's least-urgent conversation:
# a parent's answer "self-harming, says no plans to end her life" raised a 15-year-old's
# shallow cuts to 999).
SELF_HARM_SAME_DAY = [
    "I self-harm, cut my arm last night, not deep, stopped bleeding, no thoughts of suicide",
    "she self-harms and has been doing it for a while, shallow cuts, she says she is not suicidal",
    "I cut myself again last night, it's shallow, I don't want to die",
    "self-harming again, just scratches, no plans to end my life",
    "我又割自己了，伤口不深，已经不流血了，没有想死",
    "女儿自残，划得很浅，已经止血了，她说没有想自杀",
    "我又𠝹自己，好浅，冇再流血，唔想死",
]

SELF_HARM_EMERGENCY = [
    "I cut myself, it's deep and won't stop bleeding, I don't want to die",
    "self-harmed tonight, shallow cuts, and I still want to end it all",
    "took an overdose of my tablets an hour ago, I don't want to die, it was a mistake",
    "she cut her wrists, she says she wasn't trying to die but there's a lot of blood",
    "割自己，伤口很深，一直在流血",
    "自残了，伤口不深，但是今晚还是想死",
]


@pytest.mark.parametrize("text", SELF_HARM_SAME_DAY)
def test_self_harm_without_intent_and_a_minor_wound_is_same_day(rules: RuleSet, text: str) -> None:
    from clinical.first_message import rules_only_level
    from clinical.questions import load_questions

    level, hits = rules_only_level(text, rules, load_questions())
    assert level is Disposition.URGENT, [h.rule_id for h in hits]


@pytest.mark.parametrize("text", SELF_HARM_EMERGENCY)
def test_self_harm_with_intent_or_a_serious_wound_stays_an_emergency(
    rules: RuleSet, text: str
) -> None:
    hits = rules.evaluate(text)
    assert hits and hits[0].level is Disposition.EMERGENCY, [h.rule_id for h in hits]
