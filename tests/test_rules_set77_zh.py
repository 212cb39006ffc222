"""Set 77's Chinese rows (voice50: apologetic, describing how something looks, an update after
earlier advice).

Written by rules-pc (session 50). Each Chinese row of ``tests/data/fresh_levels_77.jsonl`` wrong
at its first run (14 of 80 Chinese rows wrong, on 3f70256's rules) is named by the KIND of
reading that failed, with the published source of its gold:

- f77-zh-emg-017 (urgent): a curtain over the sight told with how it looks, "像有一片黑色的帘子
  从上面拉下来" (the colour and the movement put the curtain beyond the phrase's short gap) -
  NHS.uk detached retina (A&E or 999 now);
- f77-zh-slf-005 (emergency): a poisoning only thought of (以为自己中毒了) after a stale meal,
  settled now - NHS.uk food poisoning (self-care);
- f77-zh-slf-014 (emergency): half the face numb after a dental injection, thought to be a
  stroke, the arms and speech normal - NHS.uk stroke (FAST) and NHS.uk dental local anaesthetic
  (the numbness lasts a few hours);
- f77-zh-urg-008 (non_urgent): 尿感, the everyday word for a urine infection, then a fever and
  loin pain - NHS.uk kidney infection, NICE NG111 (same-day assessment);
- f77-zh-urg-004 (emergency): nappies "drier than usual" read as none wet - NICE NG143 (reduced
  urine output is amber, same day; no wet nappy is the red flag);
- f77-zh-urg-019 (emergency): a heavy bleed stopped by ten minutes' pressure (已经不流了) -
  NHS.uk cuts and grazes (a gaping wound: urgent treatment centre); a bleed started again after
  a stop is the new emergency rule (it was self-care before);
- f77-zh-urg-006 (emergency): the forehead fallen with the face (连额头都塌了) - NICE CKS Bell's
  palsy;
- f77-zh-nur-009, -nur-019, -slf-020: an overactive thyroid's pattern (NHS.uk), a soft mass like a
  bag of worms above a testicle with the variant 睪 (NHS.uk varicocele), Taiwan's 比较不肿
  (NHS.uk sprains);
- the other rows left open (see OPEN_ROWS).

Each kind has sentences of this file's own, in both directions. The first five kinds (curtain,
poisoning thought of, dental numbness, 尿感, drier nappies: 25 sentences) were written and run
before any rule change (3f70256): 12 of 25 wrong, and 14 of 14 rows. The later kinds (forehead,
bleed stopped or again, red line, testicle mass, less swollen, thyroid) were written in other
words while their change was made, not run before it. Left open: 3 rows and 1 sentence.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import (
    assert_reaches,
    assert_row_reaches_gold,
    rows_with_open,
    with_open,
)

# NHS.uk detached retina (a shadow or curtain over the sight: A&E or 999 now): the curtain told
# with its colour and the way it moves; a room's curtain, or tired eyes, are no sign
CURTAIN_OVER_SIGHT: list[tuple[str, str]] = [
    ("E", "左眼突然像有一片黑色的帘子从上面拉下来"),
    ("E", "刚才开始右眼看东西像有一块灰色的帘子挡住下面一半"),
    ("E", "右眼突然好似有塊黑色嘅簾拉落嚟，遮住咗上面"),
    ("E", "我眼睛突然像一片黑黑的帘子遮住了，还有闪光"),
    ("!E", "我在房间装了一片黑色的遮光帘子，早上起来眼睛有点干"),
    ("!E", "眼睛看久了手机有点累，休息一下就好了"),
]

# NHS.uk food poisoning (usually settles at home; fluids): a poisoning only thought of (以为,
# 谂住) is none; something poisonous swallowed is still read by its own words
POISONING_ONLY_THOUGHT: list[tuple[str, str]] = [
    ("L", "吃了剩饭拉了一次肚子，我以为自己中毒了，现在已经好了，能喝水"),
    ("L", "我仲以为自己中毒，原来系食滞，而家冇事，饮到水"),
    ("L", "昨晚吃了烧烤，我以为我中毒了，其实就是有点胀气，今天没事了"),
    ("E", "我以为自己中毒了，因为刚才喝了一口洁厕灵，喉咙好痛"),
    ("E", "我老公以为不会有事，吃了山上采的野蘑菇，现在一直呕吐"),
    ("E", "我以为他中毒了，他刚刚吃了一整瓶药，叫不醒"),
]

# NHS.uk stroke (FAST: face, arms, speech; 999) and NHS.uk dental local anaesthetic (numbness
# of the lip, cheek and tongue for a few hours is expected): half the face numb after a dental
# injection, with the arms and legs said normal, is no stroke; a weak arm or slurred speech
# beside the injection still is
DENTAL_NUMBNESS: list[tuple[str, str]] = [
    ("L", "补牙打了麻药，半边脸麻麻的，手脚都正常，说话也清楚"),
    ("L", "睇完牙打咗麻醉针，半边面仲麻麻哋，手脚郁得正常"),
    (
        "!E",
        "I thought I was having a stroke because half my face went numb, but it was the"
        " dentist's anaesthetic, my arms and legs are fine",
    ),
    ("E", "看完牙打了麻药，现在半边脸麻，手也没力，说话不清楚"),
    ("E", "睇完牙打咗麻醉针，但而家右手冇晒力，拎唔起嘢"),
    ("E", "拔牙打了麻药三个钟头，现在嘴角歪了，左手左脚没力"),
]

# NHS.uk kidney infection and NICE NG111 pyelonephritis (a urine infection with a fever and
# pain in the side or back: same-day assessment): 尿感, the everyday word for a urine infection;
# an urge to pass urine (有尿感) is no infection
URINE_INFECTION_WORD: list[tuple[str, str]] = [
    ("U", "上次说的尿感，现在发烧腰疼了"),
    ("U", "我得了尿感，今天开始发烧，后腰两边痛"),
    ("U", "尿感又发作，发烧三十八度五，腰好痛"),
    ("L", "喝完咖啡一直有尿感，没有痛，没有发烧"),
]

# NICE NG143 (amber: reduced urine output, a same-day assessment; red: no wet nappies) and NHS.uk
# dehydration: nappies drier than usual are fewer, not none; no wet nappy all day is the red flag
NAPPIES_DRIER: list[tuple[str, str]] = [
    ("=U", "宝宝十个月，发烧三十八度五，尿布比平时干一些，吃奶少了，还会玩"),
    ("=U", "我女儿七个月，发烧一天，尿片比平时干好多，食奶少咗"),
    ("E", "宝宝八个月发烧，一整天尿布都是干的，叫他也没什么反应"),
]

# NICE CKS Bell's palsy (one side of the face weak with the forehead, the arms, legs and speech
# normal: same-day assessment); NHS.uk stroke (FAST): with a weak arm it stays a 999 call
FOREHEAD_FALLEN: list[tuple[str, str]] = [
    ("=U", "左半边脸歪了，连额头都塌了，眼睛闭不上，但手脚都有力，说话清楚"),
    ("=U", "左边脸垮咗，额头都垮咗，手脚都有力，讲嘢清楚"),
    ("E", "今天早上突然左边脸歪了，连额头都塌了，左手也没力"),
    ("E", "今朝起身右边面垮咗，饮水漏出嚟"),
]

# NHS.uk cuts and grazes (press on it for 10 minutes; A&E if it does not stop; a gaping wound:
# an urgent treatment centre): a heavy bleed stopped by pressure is no emergency; one that has
# started again after, or is still going, is
BLEED_STOPPED_OR_AGAIN: list[tuple[str, str]] = [
    ("!E", "切菜割到手，流了好多血，压了十分钟已经不流了，伤口有点深"),
    ("!E", "剪刀刺到手指，流咗好多血，揿咗一阵而家唔流了"),
    ("E", "切菜割到手，流了好多血，压了十分钟已经不流了，但刚才又开始流"),
    ("E", "切菜割到手，流了好多血，血止住了，但刚才又开始流"),
    ("E", "I cut my hand, lots of blood, it's stopped now but just started bleeding again"),
    ("E", "切菜割到手，流了好多血，按住还是止不住"),
]

# NHS.uk insect bites and stings / cellulitis (a red line spreading from a bite, or a fever: an
# urgent GP or 111): the red line said in English inside Chinese
RED_LINE_CODE_SWITCHED: list[tuple[str, str]] = [
    ("U", "我 leg 上被蚊咬咗，有条 red line 向上行，有啲发烧"),
    ("U", "手臂被虫咬的地方有一条 red streak 往上走"),
    ("S", "我 arm 上被蚊咬了，有点痒，没有 red line"),
]

# NHS.uk testicular lumps and swellings / varicocele ("like a bag of worms": see a GP) and NICE
# NG12: a soft mass above a testicle is a GP's, not self-care
TESTICLE_SOFT_MASS: list[tuple[str, str]] = [
    ("N", "右边睾丸上方有一团软软的，摸起来像一包小虫，不痛也不肿"),
    ("N", "左邊蛋蛋上面好似有一團嘢，軟軟哋，唔痛"),
    ("N", "there's something like a bag of worms above my left testicle, not painful"),
    ("N", "右邊睪丸下面摸到一團硬硬的，唔痛"),
]

# NHS.uk sprains and strains (getting better: treat at home): Taiwan's "less swollen now"
LESS_SWOLLEN_NOW: list[tuple[str, str]] = [
    ("S", "昨天腳扭到，現在比較不腫了"),
    ("S", "手腕扭到，今天比較不痛了，可以動"),
    ("N", "腳扭到，現在比較不腫，但是完全不能走路，一踩地就痛"),
]

# NHS.uk overactive thyroid (a racing heart, shaking, weight lost while eating more, feeling the
# heat: see a GP) is not NICE NG69's eating disorder with palpitations (urgent)
THYROID_PATTERN: list[tuple[str, str]] = [
    ("L", "最近老是心慌手抖，瘦了好几斤，怕热出汗多，吃得也多"),
    ("U", "最近瘦了好几斤，心慌，月经也停了，不肯当着家人吃饭"),
]

_RED_LINE = (
    "'red line' inside Chinese is not written as 红线: CODE_SWITCH's values must be red-flag"
    " phrases (tests/test_red_flag_coverage_code_switch.py) and 红线 is only a decision group's"
    " word; a red-flag concept of a spreading red line was not added this session"
)
OPEN: dict[str, str] = {
    "我 leg 上被蚊咬咗，有条 red line 向上行，有啲发烧": _RED_LINE,
}

KINDS: list[tuple[str, str]] = (
    CURTAIN_OVER_SIGHT
    + POISONING_ONLY_THOUGHT
    + DENTAL_NUMBNESS
    + URINE_INFECTION_WORD
    + NAPPIES_DRIER
    + FOREHEAD_FALLEN
    + BLEED_STOPPED_OR_AGAIN
    + RED_LINE_CODE_SWITCHED
    + TESTICLE_SOFT_MASS
    + LESS_SWOLLEN_NOW
    + THYROID_PATTERN
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 77 wrong at the first run
SET77_ZH_ROWS = [
    "f77-zh-emg-017",
    "f77-zh-urg-003",
    "f77-zh-urg-004",
    "f77-zh-urg-006",
    "f77-zh-urg-008",
    "f77-zh-urg-011",
    "f77-zh-urg-019",
    "f77-zh-nur-009",
    "f77-zh-nur-019",
    "f77-zh-slf-005",
    "f77-zh-slf-007",
    "f77-zh-slf-014",
    "f77-zh-slf-016",
    "f77-zh-slf-020",
]

OPEN_ROWS: dict[str, str] = {
    "f77-zh-urg-011": _RED_LINE,
    "f77-zh-urg-003": "gold urgent (fluid from a child's ear with a fever after ibuprofen), but the"
    " decision's ear-discharge group follows NHS.uk ear infections, which lists fluid coming from"
    " the ear under 'see a GP' (non-urgent); raising it for one row's 38.8 was not done",
    "f77-zh-slf-007": "the constipation question itself reads self-care; the long preamble of a"
    " working life (加班, 经常熬夜, 累得不行) is read as lasting or recurring: narrowing those"
    " general words for one message would be tuning to one sentence",
    "f77-zh-slf-016": "an 85-year-old's flu-jab arm with a nurse's normal observations (NEWS2 0,"
    " 清醒, 食嘢正常): age 75 or more counts against self-care unless the usual self is said (NICE"
    " NG51, Age UK); reading a nurse's normal set as the usual self is a wider change",
}


@pytest.mark.parametrize("row_id", rows_with_open(SET77_ZH_ROWS, OPEN_ROWS))
def test_set77_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_77.jsonl", row_id)
