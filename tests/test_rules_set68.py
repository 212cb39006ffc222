"""Set 68's rows (voice46: several complaints, question form, outdoors and water).

Written by rules-me (session 47), when the carry-over set 68 was opened. Each row of
``tests/data/fresh_levels_68.jsonl`` wrong at its first run (90.0% for the set, 72 of 80 right,
20 of 20 emergencies) is named by the KIND of reading that failed, with the published source of
its gold:

- f68-zh-urg-001 (emergency): a fever medicine a grandmother gave, told by what it does to the
  temperature (退烧药吃了能退下来), read as a child who swallowed medicine - NHS.uk poisoning is
  about a medicine a child got hold of; NICE NG143 (fever for 5 days, fewer wet nappies: amber);
- f68-en-nur-009 (emergency): a shoulder that "has ached" for 3 weeks and an arm that cannot go
  fully above the head read as a stroke's weak arm - NHS.uk shoulder pain;
- f68-en-nur-005 (urgent): a pad soaked every hour or two on the first days of each period, told
  as the pattern of the last months, read as heavy bleeding now - NHS.uk heavy periods, NICE NG88;
- f68-en-slf-009 (non_urgent): "my wee's a normal colour", a check after a workout, opened the
  urinary family - NHS.uk dehydration and exercise soreness;
- f68-zh-slf-004 (non_urgent): a question whether a hot-water bottle helps (有没有用?) read as the
  treatment not helping (没有用) - NHS.uk period pain;
- f68-en-nur-004 (self_care): a discharge from "my right ear" not read beside the ear - NHS.uk
  ear infections (fluid coming from the ear: a GP);
- f68-zh-nur-008 (self_care): the Cantonese knee, 膝头, read as a head (头...痛), and a time ago
  something was done with the pain there all along since (两个礼拜前行山之后...一路痛) read as no
  span - NHS.uk knee pain (left open for its typing slips: see OPEN_ROWS);
- f68-zh-slf-003 (non_urgent): whether to add a gastroscopy to a routine health check (体检要不要
  加个胃镜) read as a review the complaint needs - NHS.uk heartburn and acid reflux.

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list; those marked "after" in a comment were written after the change, in other
words. Wrong before any rule change (the rules of 3dca7ea): 8 of 8 rows and the kind sentences
counted in the report.

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

# NHS.uk poisoning (a child who swallowed someone's medicine: A&E) is about a medicine the child
# got hold of; a fever medicine given, told with what it does to the fever, is treatment (NICE
# NG143 reads the fever itself)
FEVER_MEDICINE_GIVEN: list[tuple[str, str]] = [
    ("!E", "孙子三岁，发烧第三天，退烧药吃了能退下来，过几个钟头又烧起来"),
    ("!E", "女儿两岁，昨天开始发烧，布洛芬吃了能退，精神还可以"),
    ("!E", "宝宝一岁半，退烧药吃了体温退下来了，现在在玩"),
    ("E", "我儿子两岁，趁我不注意偷吃了奶奶的降压药，不知道几片"),
    ("E", "孩子三岁，把爷爷的药吃了，现在很想睡"),
    # after the change, in other words
    ("!E", "儿子四岁，退烧药吃了过一个钟头就退了，晚上又烧起来"),
    ("E", "两岁女儿刚才把外婆的药吃了好几片"),
]

# NHS.uk shoulder pain (a painful shoulder that stops the arm going above the head: rotator cuff
# or frozen shoulder, a GP or physio if not better in 2 weeks); a sudden weak arm with a face or
# speech change is a stroke (NHS.uk FAST)
SHOULDER_ACHED_OVERHEAD: list[tuple[str, str]] = [
    (
        "!E",
        "my left shoulder has ached since I painted the ceiling 2 weeks ago,"
        " can't lift my arm fully above my head",
    ),
    (
        "!E",
        "my shoulder's been achy for a month after kayaking and I can't lift my arm over my head",
    ),
    ("!E", "right shoulder has hurt for weeks since tennis, can't raise my arm above my head"),
    ("E", "suddenly can't lift my arm above my head and my face has dropped on one side"),
    ("E", "my dad can't lift his right arm since this morning and his words are muddled"),
    # after the change, in other words
    (
        "!E",
        "my shoulder has been aching for 3 weeks since I went back to swimming,"
        " can't reach over my head",
    ),
]

# NHS.uk heavy periods (an urgent GP or 111: soaking a pad or tampon every hour for hours; 999 if
# faint) and NICE NG88 (months of heavy periods: the GP)
PERIODS_HEAVY_FOR_MONTHS: list[tuple[str, str]] = [
    (
        "L",
        "for the last 3 months my periods have got really heavy, I change a pad every hour"
        " on the first couple of days, is it worth seeing the GP?",
    ),
    (
        "L",
        "the past 6 months I've been flooding, a tampon every hour or two for the first few"
        " days of each period, always exhausted",
    ),
    ("U", "I'm on my period and I've been soaking through a pad every hour since this morning"),
    ("E", "my period is so heavy I'm soaking a pad every hour and I feel faint and dizzy"),
    # after the change, in other words
    (
        "L",
        "over the past few months my periods have become really heavy, on the first few days"
        " I go through a pad every hour",
    ),
]

# NHS.uk dehydration (pale wee: drinking enough) and exercise soreness (self-care): the wee said
# normal is a check, no urinary complaint
WEE_SAID_NORMAL: list[tuple[str, str]] = [
    (
        "S",
        "legs really stiff after a spin class two days ago, getting easier,"
        " and my wee's a normal colour",
    ),
    ("S", "sore thighs after a big hike yesterday, easing already, my pee's normal"),
    ("N", "it's been stinging when I wee for a week and now there's blood in it"),
    # after the change, in other words
    ("S", "stiff calves after my first parkrun yesterday, feeling better today, pee's fine"),
]

# NHS.uk period pain (the usual pain, eased by ibuprofen or a hot-water bottle: self-care; a GP
# if it changes or painkillers do not help): a question whether something helps is no treatment
# that failed
ASKED_IF_IT_HELPS: list[tuple[str, str]] = [
    ("S", "来月经第二天，小肚子有点痛，吃了布洛芬好多了，想问问喝红糖水有没有用？"),
    ("S", "有少少感冒流鼻涕，饮咗啲热水舒服啲，想问下食维他命C有冇用？"),
    ("N", "每个月来月经都痛得要请假，吃了止痛药也没有用"),
    ("N", "痛经越来越厉害半年了，热水袋都没有用"),
    # after the change, in other words
    ("S", "喉咙有点干痒，喝了蜂蜜水舒服点，想问下含润喉糖管不管用？"),
]

# NHS.uk ear infections (see a GP if fluid comes out of the ear, or the hearing changes): the ear
# named with its side
EAR_DISCHARGE_SIDE: list[tuple[str, str]] = [
    ("N", "my left ear has been sore for 3 days after swimming with a bit of discharge"),
    ("N", "her right ear is itchy and there's some yellow discharge, no fever"),
    (
        "S",
        "my right ear felt a bit blocked after swimming this morning, it popped and it's fine now",
    ),
    # after the change, in other words
    ("N", "my son's left ear has had some yellow discharge since yesterday"),
]

# NHS.uk knee pain (see a GP if it has not improved after 2 weeks): the Cantonese knee 膝头 is
# no head
CANTONESE_KNEE: list[tuple[str, str]] = [
    ("N", "我右边膝头一路痛咗两个礼拜，落楼梯仲痛，冇好转"),
    ("N", "膝頭痛咗三個禮拜都冇好，行山之後開始"),
    ("!E", "膝头痛咗两日，跑步之后开始"),
    # a time ago something was done, the pain there all along since (一路痛, 一直疼): the span
    ("N", "三个礼拜前跑完马拉松之后左边膝头一路痛，落斜仲痛，都行到路"),
    ("N", "三周前爬山以后膝盖一直疼，走平路还行"),
    ("L", "两年前做完膝盖手术之后一直很好，今天跑步后有点酸"),
]

# NHS.uk heartburn and acid reflux (one episode after a big meal eased by an antacid: self-care;
# a GP for heartburn most days for 3 weeks, trouble swallowing or weight loss): a test asked about
# for a routine health check is a question, no review the complaint needs
HEALTH_CHECK_ADD_ON: list[tuple[str, str]] = [
    ("S", "昨晚吃太撑反酸，吃了胃药就好了，今天没事。想问问体检要不要加个胃镜。"),
    ("N", "吃东西咽不下去两个月了，体重也掉了，要不要做胃镜"),
    ("N", "体检发现肝功能异常，要复查吗"),
    ("N", "体检发现血糖高，想问问要不要加药"),
    # after the change, in other words
    ("S", "上周吃辣的胃有点不舒服，吃了胃药第二天就好了。单位体检想问问要不要加个幽门螺杆菌检查"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    FEVER_MEDICINE_GIVEN
    + SHOULDER_ACHED_OVERHEAD
    + PERIODS_HEAVY_FOR_MONTHS
    + WEE_SAID_NORMAL
    + ASKED_IF_IT_HELPS
    + EAR_DISCHARGE_SIDE
    + CANTONESE_KNEE
    + HEALTH_CHECK_ADD_ON
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 68 wrong at the first run
SET68_ROWS = [
    "f68-en-nur-004",
    "f68-en-nur-005",
    "f68-en-nur-009",
    "f68-en-slf-009",
    "f68-zh-urg-001",
    "f68-zh-nur-008",
    "f68-zh-slf-003",
    "f68-zh-slf-004",
]

OPEN_ROWS: dict[str, str] = {
    "f68-zh-nur-008": "gold non_urgent agrees with NHS.uk knee pain (a GP after 2 weeks), and the"
    " Cantonese knee (膝头) and the span since the hike (两个礼拜前...之后...一路痛) are now read,"
    " but this row is typed with input-method slips: 漆頭 for 膝頭 (read as a head), 禮排 for"
    " 禮拜 (no span), 褸梯 for 樓梯; reading Cantonese typing slips is a wider change than"
    " this row (clinical.textprep.SoundRepair reads Mandarin pinyin slips only)",
}


@pytest.mark.parametrize("row_id", rows_with_open(SET68_ROWS, OPEN_ROWS))
def test_set68_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_68.jsonl", row_id)
