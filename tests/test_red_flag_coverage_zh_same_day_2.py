"""Coverage walk: same-day problems said in everyday Chinese (set 29's kinds), reaching urgent
and no further, with their mild look-alikes left below urgent.

Written by rules-bi (session 26) from NICE CG192 antenatal and postnatal mental health and NICE
NG225 (a new mother said to think her baby would be better off without her: a same-day
assessment), NHS.uk high blood sugar and the diabetes sick day rules (vomiting or diarrhoea
with a high reading, or being sick and unable to keep food or fluids down: the diabetes team,
GP or 111 the same day), NHS.uk warfarin / apixaban / rivaroxaban and NICE CKS anticoagulation
(bleeding gums, a nosebleed or pink or red pee on an anticoagulant: contact the clinic straight
away), RCOG Green-top 57 and NHS.uk your baby's movements (fewer movements than usual: call the
maternity unit the same day, do not wait) and NICE CKS acute childhood limp (a new, unexplained
limp or a child who will not bear weight: same-day assessment). The sentences are this file's
own, simplified and traditional, Mandarin, Cantonese and Taiwan usage.

``E`` must end ``emergency``; ``=U`` exactly ``urgent``; ``U`` at least urgent; ``L`` below
urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE CG192; NICE NG225: the mother's words told by a partner, a parent or a helper
POSTNATAL_BETTER_OFF: list[tuple[str, str]] = [
    ("=U", "我老婆生完孩子一个月，这几天老说宝宝没有她会更好，晚上也睡不着"),
    ("=U", "女儿剖腹产后三周，跟我说孩子没有她会过得比较好"),
    ("=U", "太太生完BB六個禮拜，成日話個仔冇咗佢會好啲"),
    ("=U", "我太太剛生完小孩，一直說寶寶沒有她會更幸福"),
    ("=U", "生完宝宝两周，我觉得宝宝没有我会过得更好"),
    ("L", "离婚以后我发现没有他我过得更好，就是最近睡得不太好"),
    ("L", "我生完宝宝一个月，有点累，偶尔想哭，没有伤害自己的想法"),
]

# NHS.uk high blood sugar and sick day rules (NICE NG28)
SICK_DAY: list[tuple[str, str]] = [
    ("=U", "爸爸有糖尿病，昨晚开始又吐又拉，血糖测了十四点五，人清醒"),
    ("=U", "我二型糖尿病，今天上吐下泻，血糖十六"),
    ("=U", "阿媽有糖尿病，上嘔下瀉成日，血糖十五點幾"),
    ("=U", "外公打胰岛素的，今天一直吐，吃什么吐什么，水都喝不下"),
    ("=U", "我有糖尿病，今日食乜嘔乜，飲水都嘔返出嚟"),
    ("L", "我有糖尿病，今天早上吐了一次，现在好了，能吃能喝，血糖七点二"),
    ("L", "糖尿病控制得挺好，前天拉了一次肚子，已经好了，吃饭正常"),
]

# NHS.uk warfarin, apixaban, rivaroxaban; NICE CKS anticoagulation
ANTICOAGULANT_BLEEDING: list[tuple[str, str]] = [
    ("=U", "阿公食緊薄血丸，今日流鼻血流咗一陣先止"),
    ("=U", "我在吃华法林，小便颜色有点粉红"),
    ("=U", "媽媽食緊薄血丸，刷牙成日出血"),
    ("=U", "在吃抗凝血藥，最近小便變成粉紅色"),
    ("=U", "我食開薄血丸，今朝屙尿帶血"),
    ("L", "我吃华法林五年了，上周查INR正常，没有出血，想问能不能吃维生素"),
    ("L", "阿嫲冇食薄血丸，刷牙牙肉有少少血"),
]

# RCOG Green-top 57; NHS.uk your baby's movements
FEWER_MOVEMENTS: list[tuple[str, str]] = [
    ("=U", "怀孕三十周，宝宝今天比平时少动很多"),
    ("=U", "懷孕三十四週，寶寶從昨天開始好像比平常少動"),
    ("=U", "我有咗三十二周，BB今日郁得少咗"),
    ("=U", "孕三十六周，今天一整天只感觉到宝宝动了几下"),
    ("=U", "懷孕三十週了，今天寶寶只有動兩三下"),
    ("L", "我平时坐办公室，少动多坐，想问问怎么减肥"),
    ("L", "怀孕三十周，宝宝动得很厉害，晚上踢得我睡不着"),
]

# NICE CKS acute childhood limp; NICE NG143
CHILD_LIMP: list[tuple[str, str]] = [
    ("=U", "儿子两岁半，今天起床后走路一瘸一拐的，没有摔过，不发烧"),
    ("=U", "女儿四岁，下午开始不肯用左脚走路，没撞到哪里"),
    ("=U", "個仔三歲，今朝起身唔肯用右腳行，行路跛跛哋，冇跌親"),
    ("=U", "孫子五歲，今天走路一跛一跛，不肯踩地，沒有發燒"),
    ("L", "儿子上周踢球扭到脚，走路有点瘸，现在一天比一天好，已经能跑了"),
    ("L", "我自己膝盖痛了好几个月，走路有点瘸"),
]

CASES = [
    *POSTNATAL_BETTER_OFF,
    *SICK_DAY,
    *ANTICOAGULANT_BLEEDING,
    *FEWER_MOVEMENTS,
    *CHILD_LIMP,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set29_kinds_of_same_day_problem_in_chinese_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
