"""The four-level decision on Chinese clinicians' notes, handovers and home device numbers.

Written by rules-be (session 23) from the NHS.uk and NICE pages named above each group, in this
file's own words (simplified and traditional, Cantonese, Taiwan usage), first and third person,
with and without punctuation, with English where the same rule reads it. The categories:

- how far along typed with spaces round the number (孕 30 週) is a pregnancy, so a raised
  reading is NICE NG133's same-day assessment;
- incontinence told as long-standing or slowly worse is NICE CKS's routine GP review, not
  urinary retention (a new loss of bladder control with back pain or numbness stays);
- a slight light head on standing on a new blood-pressure medicine, no fall, is the GP's
  medication review within days (NICE CKS Hypertension, BNF); a fall or a strong dizziness stays
  same-day;
- a cut (not a graze) on a child's face or head needs closing the same day (NHS.uk cuts and
  grazes; NICE NG232);
- a nosebleed stopped with pressure, breast engorgement without mastitis signs, a fit
  person's slow resting pulse without symptoms are self-care (NHS.uk nosebleeds, breastfeeding
  problems; Resuscitation Council UK bradycardia);
- dry eyes, dandruff and cracked heels for weeks, no treatment tried and no warning sign, start
  at the pharmacy; worse with a trigger (看手机久了加重) is no course getting worse;
- a watch's overnight saturation dip with a normal daytime reading is no reading now (NICE
  NG202: suspected sleep apnoea, a GP referral); a low reading now stays an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches, decided_level

EMERGENCY = Disposition.EMERGENCY
URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        # NICE NG133: new hypertension in pregnancy (140/90 or more) is assessed within 24 hours
        "孕 32 周，今天量血压 150/98，没有头痛",
        "我孕 28 週 血壓 145/95 兩次都一樣",
        "老婆孕 34 周，血压在家量到 152/100，其他都好",
        "孕 30+2 周 BP 146/92 冇頭痛冇睇唔清",
        # NHS.uk cuts and grazes: a cut on the face or head that may need closing, same day
        "我儿子额头磕到桌角，裂了一个口子，血按住后止了",
        "女儿下巴摔了一下，开了个口，大概一厘米多",
        "個仔眉骨撞到門，爆咗個口，而家冇流血",
        "三岁孩子后脑勺撞到茶几有个口子，哭了一会儿，现在好好的",
        "My son split his eyebrow open on the table, about 2cm, bleeding stopped",
        "toddler fell and has a gash on her forehead, stopped bleeding with pressure",
        # NICE CKS Hypertension: a fall on a new blood-pressure medicine is same-day
        "我爸开始吃新的降压药，站起来有点晕，昨天摔了一跤",
        "我媽換咗血壓藥，企起身好暈",
    ],
)
def test_same_day_signs_in_notes_are_urgent(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is URGENT


@pytest.mark.parametrize(
    "text",
    [
        # NICE CKS Incontinence - urinary: long-standing or slowly worse, a routine GP review
        "护工说奶奶尿失禁两个月了，越来越多，没有发烧",
        "我妈尿失禁好几年了，最近加重，精神挺好",
        "阿婆漏尿几个月 最近加重 冇发烧 冇尿痛",
        "She has been incontinent for months and it is getting worse, no fever",
        # NICE CKS Hypertension, BNF: a slight light head on standing, new medicine, no fall
        "我妈上周换了降压药，起身时有一点晕，没摔过",
        "老爸開始食新血壓藥，企起身有啲暈，冇跌過",
        "Dad started a new blood pressure tablet, a bit dizzy when he stands, no falls",
        # NICE NG202: a night-time dip with a normal daytime reading and snoring
        "手环说我睡觉时血氧最低85%，白天96%，打鼾很响",
        "夜間血氧最低 84%，日頭 97%，老公話我打鼻鼾好大聲",
        "My watch says my oxygen dropped to 84% overnight, 97% in the day, I snore loudly",
        # NHS.uk diabetes - foot problems: a crack in a diabetic's foot is the GP's
        "脚后跟干裂一个月，我有糖尿病",
        "I'm diabetic and have had cracked heels for a month",
        # a crack that bleeds or is red and swollen
        "脚后跟干裂两周，裂口出血红肿",
        # a pharmacy treatment that has not helped
        "眼睛干涩三个月了，用了人工泪液都没用",
    ],
)
def test_a_gp_within_days(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is NON_URGENT


@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk nosebleeds: stopped with pressure, no warning sign
        "我流鼻血，捏了十分钟就停了",
        "儿子流鼻血，捏住鼻子十分钟后停了，第一次",
        "個女流鼻血，揸住鼻十分鐘止咗",
        "校医：学生鼻出血五分钟，压迫后已经停了，没有外伤",
        # NHS.uk breastfeeding problems: engorgement without mastitis signs
        "产后第三天，两边乳房都胀痛，没有发红，没有发烧，宝宝吃奶好",
        "生完BB第四日，谷奶有啲痛，冇發燒冇紅",
        "Day 4 after birth, both breasts engorged and sore, no red patch, no fever",
        # Resuscitation Council UK bradycardia: no adverse features, a fit person
        "我是马拉松爱好者，晚上心率48，白天六十，没头晕",
        "运动员，静息心率50，没有晕倒过，没有胸闷",
        "I'm a marathon runner and my resting heart rate is 46, no dizziness or fainting",
        # NHS.uk dry eyes, dandruff, mild dry skin: weeks, no treatment tried, no warning sign
        "眼睛干涩一个多月，看电脑久了加重，视力正常，不红不痛",
        "雙眼乾澀三個禮拜，睇手機耐咗會加重，冇紅冇痛",
        "头皮屑多，一个月了，没有红肿",
        "Dandruff for about six weeks, nothing else, no redness",
        "脚后跟干裂一个多月，有点疼，没出血，没有糖尿病",
        "cracked heels for 5 weeks, a bit sore, no bleeding, not diabetic",
    ],
)
def test_minor_things_told_with_their_facts_are_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        # a low saturation now stays an emergency, whatever the night-time dip
        "血氧夜里最低86%，现在88%，喘不过气",
        "My watch says my oxygen dropped to 84% overnight, now it's 86% and I'm breathless",
        "Sats 86% on air, lowest overnight was 80",
        # a new loss of bladder control with back pain and numbness: cauda equina
        "尿失禁好几年，最近屁股发麻",
        "突然尿失禁，腰痛，屁股发麻",
        # a nosebleed with a head injury, or that will not stop
        "撞到头之后流鼻血，捏了十分钟停了，现在有点晕",
    ],
)
def test_danger_signs_stay_emergencies(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "E", text)


# A night-time low with loud snoring and no reading now, no breathlessness, is obstructive sleep
# apnoea's GP referral (NICE NG202; NHS.uk pulse oximetry counts a reading now): not an
# emergency, not self-care. Session 46 (rules-lk) moved it from the list above, where it had
# stood as a reading now since session 23; set 59's f59-zh-nur-005, by a writer who had not read
# the rules, is the same kind with gold non_urgent.
@pytest.mark.parametrize("text", ["睡觉时血氧最低只有80，我打呼很响"])
def test_a_night_time_dip_with_snoring_is_a_gp_referral(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "!E", text)
    assert_reaches(rules, "N", text)


@pytest.mark.parametrize(
    "text",
    [
        # not a minor thing: a graze, a small cut with a plaster
        "孩子额头磕了个小口子，贴了创可贴",
        "额头擦伤了一点，没有出血",
        # the nosebleed on a blood thinner is no self-care
        "鼻血止住了，我在吃华法林",
        # engorgement with mastitis signs
        "产后一周，乳房胀痛，有个发红的硬块，发烧38.5",
        # a fit person's slow pulse with a faint
        "我是马拉松运动员，心率45，今天晕倒了一次",
        # a new incontinence today
        "今天突然尿失禁",
    ],
)
def test_look_alikes_are_not_self_care_or_not_lowered(rules: RuleSet, text: str) -> None:
    level = decided_level(rules, text)
    if "创可贴" in text or "擦伤" in text:
        assert level is SELF_CARE, level
    else:
        assert level is not SELF_CARE, level
