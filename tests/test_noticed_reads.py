"""Readings noticed in session 37 and left alone, closed by kind (rules-di, session 37).

Each sentence is our own, in English or simplified Chinese, read as a first message with the
rules alone:

1. **A lip swollen after a food, the other systems denied** (Resuscitation Council UK 2021
   anaphylaxis: an airway, breathing or circulation problem with the skin or mucosal change;
   NHS.uk angioedema and allergies: the lips or face swollen without a breathing problem is an
   urgent GP appointment or 111): "no other problems", "nothing else", "otherwise fine",
   其他都没事 read as the other systems denied, never when a breathing, throat, voice,
   swallowing or faint sign is said.
2. **A period soaking a pad every hour** (NHS.uk heavy periods: an urgent GP appointment or 111
   for soaking through a pad or tampon every hour; 999 or A&E with feeling faint or dizzy):
   menstrual bleeding told with the hourly pad reaches the heavy-period rules, not the general
   uncontrolled-bleeding emergency; faintness, collapse or a pregnancy or a birth keeps the
   emergency.

Wrong before the change (7f77f7e): 18 of 44 (item 1: 11 of 22, item 2: 7 of 22); after: 1 of 44
(item 1's "lips tingly and a bit swollen", another kind, a strict xfail in OPEN_LIP).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

LIP_OTHERS_DENIED = [
    # NHS.uk angioedema: lips swollen, the rest denied: urgent, not 999
    ("=U", "my lip is a bit swollen after eating nuts, no other problems"),
    ("=U", "my lip swelled up a bit after eating peanuts, nothing else"),
    ("=U", "lower lip a little puffy after cashews, otherwise fine"),
    ("=U", "ate some nuts and my lip is slightly swollen, no other symptoms"),
    ("=U", "top lip puffed up after eating almonds, otherwise i feel fine"),
    ("=U", "my son's lip is a bit swollen after a peanut butter sandwich, nothing else wrong"),
    ("=U", "lips tingly and a bit swollen after prawns, no other symptoms at all"),
    ("=U", "吃了坚果后嘴唇有点肿，其他都没事"),
    ("=U", "吃花生后嘴唇有点肿，别的没什么"),
    ("=U", "吃了虾以后上嘴唇肿了一点，其他没有不舒服"),
    ("=U", "孩子吃了腰果嘴唇有点肿，其他都还好"),
    # RCUK 2021: an airway, breathing or circulation sign keeps 999
    ("E", "my lip is swollen after eating nuts and my throat feels tight"),
    ("E", "lip swelling after peanuts and i'm wheezy, nothing else"),
    ("E", "lip swollen after nuts, no other problems but my voice is hoarse"),
    ("E", "lip swollen after cashews, otherwise fine but struggling to swallow"),
    ("E", "lip swollen after eating nuts, nothing else except i feel faint"),
    ("E", "my tongue is swelling after eating peanuts, no other problems"),
    ("E", "lip swollen after nuts and now i can't breathe properly"),
    ("E", "吃了坚果嘴唇肿，喉咙发紧"),
    ("E", "吃花生后嘴唇肿，其他没事，就是有点喘不过气"),
    ("E", "吃了坚果舌头肿了，其他都没事"),
    # the typo of a nearby word still corrected
    ("E", "lip swollen after peanuts and now wheezng and cant breathe"),
]

PERIOD_PAD_HOURLY = [
    # NHS.uk heavy periods: soaking a pad every hour, no faintness: urgent, not 999
    ("=U", "my period is soaking through pads every hour"),
    ("=U", "soaking through pads every hour with my period, no dizziness"),
    ("=U", "heavy period, soaking through a pad every hour since this morning"),
    ("=U", "my period is really heavy, soaked through a pad an hour for the last 3 hours"),
    ("=U", "period bleeding heavily, soaking through tampons every hour today"),
    ("=U", "on my period and soaking through pads every hour, feel ok otherwise"),
    ("=U", "月经每小时湿透一片卫生巾"),
    ("=U", "我的月经量很大，每个小时都要换卫生巾"),
    ("=U", "来月经出血很多，一个小时就湿透卫生巾"),
    ("=U", "例假量好大，每小时都湿透一片卫生巾"),
    # 999 or A&E: faint or dizzy, collapse
    ("E", "period soaking through pads every hour and i feel faint"),
    ("E", "my period is soaking through a pad every hour and i'm dizzy when i stand"),
    ("E", "heavy period soaking through pads every hour, i passed out in the bathroom"),
    ("E", "月经每小时湿透一片卫生巾，头晕眼花"),
    ("E", "来月经一个小时就湿透卫生巾，刚才晕倒了"),
    # a pregnancy or the weeks after a birth keep their own emergency
    ("E", "I'm 8 weeks pregnant and soaking through a pad every hour"),
    ("E", "missed my period, now bleeding heavily soaking through pads every hour"),
    ("E", "gave birth 2 weeks ago, soaking a pad every hour"),
    ("E", "怀孕8周，每小时湿透一片卫生巾"),
    # bleeding that will not stop elsewhere keeps the general emergency
    ("E", "cut my arm on glass, soaking through towels and it won't stop"),
    ("E", "手割伤了，血止不住，毛巾都湿透了"),
    # the typo of a nearby word still corrected
    ("E", "period soaking through pads every hour and i feel faintt and dizy"),
]


# Another kind, left open: four words between "lips" and "swollen" ("lips tingly and a bit
# swollen") are past the matcher's gap, so no swelling is read at all (self-care).
OPEN_LIP = {
    "lips tingly and a bit swollen after prawns, no other symptoms at all": "the gap between "
    "lips and swollen is longer than a phrase's gap: no swelling read",
}


@pytest.mark.parametrize(("code", "text"), with_open(LIP_OTHERS_DENIED, OPEN_LIP))
def test_lip_swelling_other_systems_denied(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PERIOD_PAD_HOURLY))
def test_period_pad_hourly(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
