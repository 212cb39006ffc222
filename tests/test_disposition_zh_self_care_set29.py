"""Self-care said in everyday Chinese (set 29's kinds): a cough left over from a cold and
settling within its three weeks, and a small bump on the head with no risk factor, reach
self-care; their look-alikes do not.

Written by rules-bi (session 26) from NHS.uk cough and NICE NG120 (a cough after a cold usually
goes by itself within 3 weeks: home and a pharmacist; a GP after 3 weeks, urgently with blood
or breathlessness) and NICE NG232 and NHS.uk head injury (a small bump with no risk factor -
no loss of consciousness, no vomiting, no blood thinners, not older - is looked after at home).
A how-often said with 大概 or 大约 after a week or a day
(一周大概三四次, about three or four times a week) is no age of a week: a school-age child's
bedwetting is a GP's (NICE CG111), not a baby under 3 months. The sentences are this file's
own, simplified and traditional, Mandarin, Cantonese and Taiwan usage.

``S`` must end ``self_care``; ``L`` below urgent; ``U`` at least urgent; ``E`` an emergency.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

# NHS.uk cough; NICE NG120 Cough (acute)
COUGH_AFTER_A_COLD: list[tuple[str, str]] = [
    ("S", "我伤风之后仲咳紧，差唔多两个礼拜，而家好返啲，冇发烧"),
    ("S", "感冒後還在咳，快兩週了，慢慢在好轉，呼吸正常"),
    ("S", "阿爺感冒完成日咳，十日左右，而家好咗啲，冇氣促"),
    ("L", "感冒后咳了一个月了，越来越厉害"),
    ("U", "感冒后一直咳，今天开始喘不上气"),
]

# NICE NG232; NHS.uk head injury
SMALL_HEAD_BUMP: list[tuple[str, str]] = [
    ("S", "頭先喺廚房撞親個頭，起咗個包，冇暈，冇嘔，睇嘢清楚"),
    ("S", "下午开柜门磕了一下头，磕了个包，没晕过，没吐，我二十五岁"),
    ("S", "站起來撞到櫃子，頭上撞了個包，沒有暈，沒有吐"),
    ("E", "撞到头起了个包，之后吐了两次"),
    ("E", "爷爷八十岁，撞到头起了个包，在吃华法林"),
    ("L", "脖子上起了个包，两个月了，越来越大"),
]

# NICE CG111 Bedwetting; NICE NG143 (a baby under 3 months); clinical/ages.py
HOW_OFTEN_NOT_AGE: list[tuple[str, str]] = [
    ("L", "我儿子六岁 晚上还会尿床 嗯一周大概两三次 白天都正常"),
    ("L", "女儿八岁，尿床，一个礼拜大约两次，小便不痛"),
    ("L", "我个仔七岁 嗯一周大概尿一两次床 日头冇事"),
    ("E", "宝宝三周大，今天发烧三十八度"),
    ("E", "出生两周大的宝宝发烧三十八度五"),
]

CASES = [*COUGH_AFTER_A_COLD, *SMALL_HEAD_BUMP, *HOW_OFTEN_NOT_AGE]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set29_kinds_of_self_care_in_chinese_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    if expected == "S":
        level, hits = rules_only_level(text, rules)
        assert level is Disposition.SELF_CARE, (level, [hit.rule_id for hit in hits])
    else:
        assert_reaches(rules, expected, text)
