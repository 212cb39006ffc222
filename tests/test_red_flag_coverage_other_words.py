"""Classic emergencies said in other words, and their look-alikes (fresh set 17, rules-ad).

Written before the rule changes, in our own words (not the rows of
tests/data/fresh_levels_17.jsonl): each positive (``E``) was below an emergency on the rules at
2302fc2 unless noted, and each look-alike (``!E``) must not be one.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE CG187 acute heart failure: breathless with pink frothy sputum (pulmonary oedema), said
# with a colour in -ish or a lay noun for the sputum (froth, foam, bubbles).
PULMONARY_OEDEMA: list[tuple[str, str]] = [
    ("E", "can't get my breath lying down and coughing up pinkish froth"),
    ("E", "my mum is gasping for air and bringing up pinky foamy spit"),
    ("E", "he's breathless, coughing up frothy phlegm with a pink tinge"),
    ("E", "short of breath all night and coughing up foam"),
    ("E", "喘不过气，咳出来粉红色的泡泡"),
    ("E", "我爸气喘，一直咳粉色泡沫"),
    ("E", "佢透唔到氣，咳出啲粉紅色泡泡"),
    ("!E", "short of breath after my run, had a frothy cappuccino after"),
    ("!E", "coughing up some white phlegm, bit of a cold"),
    ("!E", "刷牙的时候吐出来的泡沫有点粉色，牙龈出血"),
]

# NHS.uk angina: call 999 when the pain does not stop after a second dose of GTN (or within
# minutes); GTN said by its lay names (the tablet under the tongue, the spray, nitro) and the
# failure in everyday words.
GTN_FAILING: list[tuple[str, str]] = [
    ("E", "chest tight, used my spray twice and it's still there"),
    ("E", "angina pain, had two puffs of my nitro spray and nothing, still tight"),
    ("E", "my dad's chest pain hasn't gone after two sprays under his tongue"),
    ("E", "胸口痛，舌下含片含了两次还是痛"),
    ("E", "胸闷，含了硝酸甘油片二十分钟还没好"),
    ("E", "心口翳，噴咗兩下噴劑都冇用"),
    ("E", "胸口压着痛，吃了速效救心丸也没缓解"),
    (
        "!E",
        "had some chest tightness walking uphill, took my spray and it went in a minute as usual",
    ),
    ("!E", "喉咙痛，含了一颗润喉片还没好"),
]

# NHS.uk heart attack: the pain can feel like indigestion or be in the tummy, with sweating and
# pain or numbness spreading to the arm or jaw (NICE CG95 associated features).
ACS_AS_INDIGESTION: list[tuple[str, str]] = [
    ("E", "thought it was indigestion but I'm sweating buckets and my left arm feels heavy"),
    ("E", "my husband says it's just heartburn, he's clammy and the pain goes into his jaw"),
    ("E", "top of my stomach feels pressed on, cold sweat and left arm tingling"),
    ("E", "我爸说胃很胀顶着难受，一直冒冷汗，左手发麻"),
    ("E", "胃好唔舒服，成身冷汗，左手痹痹哋"),
    ("E", "我媽說胃悶悶的，冒冷汗，下巴也痛"),
    ("!E", "stomach ache after a curry, a bit sweaty, arm fine"),
    ("!E", "胃胀不舒服，吃多了，没有出汗"),
    ("!E", "tummy upset and sweaty after the gym"),
]

# NHS hypoglycaemia: 999 when too drowsy or unwell to eat or drink, or confused, in everyday
# and Taiwanese / Cantonese words (mumbles, barely answers, cannot drink the juice).
HYPO_UNROUSABLE: list[tuple[str, str]] = [
    ("E", "my husband is on insulin, sugar 2.3, he just mumbles and can't drink the juice"),
    ("E", "diabetic mum, hypo, we can't get her to drink any lucozade, she's barely answering"),
    ("E", "我妈打胰岛素的，血糖2.4，叫她只是嗯嗯啊啊，果汁喝不下去"),
    ("E", "老爸有糖尿病，低血糖，喊他都不太回應，糖水也沒辦法喝"),
    ("E", "阿爸打開胰島素，血糖好低，叫佢得個嗯嗯聲，啲果汁飲唔落"),
    ("!E", "I'm diabetic, sugar was 3.5, had some juice and feel fine now"),
    ("!E", "有糖尿病，低血糖，喝了果汁好多了"),
]

# TOXBASE / NHS poisoning: a corrosive swallowed is an emergency; "without my noticing" (唔觉意,
# 冇留意, 一不留神, 没看住) says how it happened, it negates nothing after it.
CORROSIVE_UNNOTICED: list[tuple[str, str]] = [
    ("E", "我个女一岁半，冇留意佢饮咗啖漂白水，依家一路流口水"),
    ("E", "孩子一不留神喝了一口洁厕灵，嘴巴起泡"),
    ("E", "没看住，儿子喝了一口通乐，嘴唇红肿一直流口水"),
    ("E", "唔为意俾个仔饮咗啖通渠水，口唇起泡"),
    ("E", "toddler had a mouthful of oven cleaner while I wasn't looking, drooling"),
    ("!E", "我没注意喝了一口过期牛奶，有点恶心"),
    ("!E", "唔觉意食咗啲过咗期嘅面包，有啲肚唔舒服"),
]

# A sign said fine is no sign: an itchy blotchy rash (hives) is no mottled skin (NHS.uk sepsis:
# blotchy or mottled skin colour; NHS.uk hives: a raised, itchy, blotchy rash).
RASH_NOT_MOTTLED: list[tuple[str, str]] = [
    ("!E", "itchy blotchy red rash on my arms after the new tablets, lips fine breathing ok"),
    ("!E", "my son has an itchy blotchy rash on his tummy since this morning, no fever"),
    ("!E", "started amoxicillin, now itchy blotchy hives, breathing normal"),
    ("E", "high temperature, skin is blotchy and cold hands and feet, very sleepy"),
    ("E", "he has a fever and his skin has gone blotchy and blue, barely responding"),
    ("E", "itchy rash after antibiotics and now my lips are swelling and I can't breathe"),
]

# NHS.uk carbon monoxide poisoning: an alarm that sounded names a source, not a poisoning; with
# a headache, dizziness or sickness it is medical advice the same day (``U``), 999 or A&E for the
# high-level signs (collapse, confusion, breathlessness, chest pain, fits).
CO_ALARM: list[tuple[str, str]] = [
    ("!E", "our CO alarm went off, I have a slight headache, better since we opened the windows"),
    ("!E", "一氧化碳报警器响了，有点头晕，开窗以后好多了"),
    ("U", "our CO alarm went off, I have a slight headache, better since we opened the windows"),
    ("U", "一氧化碳报警器响了，有点头晕，开窗以后好多了"),
    ("U", "carbon monoxide detector beeping all night, woke up feeling sick"),
    ("E", "CO alarm went off and my wife collapsed and won't wake up"),
    ("E", "一氧化碳报警器响了，我老公昏过去了叫不醒"),
    ("E", "I think we've got carbon monoxide poisoning, I'm confused and my chest hurts"),
    ("E", "the gas heater was on all night in the caravan, my dad is muddled and can't stand up"),
    ("E", "用炭炉取暖，我妈现在迷迷糊糊叫不醒"),
]


@pytest.mark.parametrize(
    ("expected", "text"),
    PULMONARY_OEDEMA
    + GTN_FAILING
    + ACS_AS_INDIGESTION
    + HYPO_UNROUSABLE
    + CORROSIVE_UNNOTICED
    + RASH_NOT_MOTTLED
    + CO_ALARM,
)
def test_classic_emergencies_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
