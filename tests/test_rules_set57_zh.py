"""Set 57's Chinese rows (voice41: older adults living alone, pregnancy and babies, substances).

Written by rules-gc (session 41). Each Chinese row of ``tests/data/fresh_levels_57.jsonl`` wrong
at its first run is named by the KIND of reading that failed, with the published source of its
gold:

- f57-zh-emg-015 (urgent): the waters said in Cantonese (穿咗水) and the cord named after the thing
  coming out (好似係條臍帶) - RCOG Green-top 50 umbilical cord prolapse;
- f57-zh-emg-017 (urgent): a fever with the place muddled, said as one place then another
  (一下说在医院一下说在菜市场) - NICE NG51 sepsis, NICE CG103 delirium;
- f57-zh-slf-007 (emergency): a haemorrhage the writer thought she had (以为自己大出血了) with
  normal, lessening lochia - NICE CG37 postnatal care;
- f57-zh-nur-007 (emergency): a haemorrhage at an earlier birth (生老大的时候...大出血过) -
  RCOG Green-top 52 (a previous PPH is a risk for a birth to come, not a bleed now);
- f57-zh-nur-009 (emergency): 抽 as smoking a drug (一直抽大麻), no fit - NHS.uk cannabis,
  NICE CG90;
- f57-zh-nur-001 (urgent): haloes with sight blurring more and more over half a year - NICE NG77 /
  NICE CKS cataracts;
- f57-zh-urg-004 (non_urgent): how far along said without 怀孕 (我现在三十五周) - NICE NG133;
- f57-zh-urg-005 (emergency): a note's age after the sex word with no comma (男婴十一个月), and
  reduced urine with a fever under 5 read as amber - NICE NG143;
- f57-zh-nur-015 (urgent): a friend's baby already admitted (入咗院) is in care, not the writer's -
  NICE CKS oral candidiasis;
- the others are left open (see OPEN_ROWS; f57-zh-slf-007 and -005 moved but not to self-care).

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of 22f98ff): 20 of 20 rows and 20
of 34 kind sentences. After: 9 rows at their gold (both emergencies among them), f57-zh-slf-007
from emergency to non_urgent, f57-zh-slf-005 from non_urgent to urgent (its age now read; the
under-3-months floor kept), and every kind sentence at its level.

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

# RCOG Green-top 50 umbilical cord prolapse (a cord seen or felt after the waters break: 999) and
# NHS.uk waters breaking (call the maternity unit): the waters said in Cantonese (穿咗水, 穿羊水)
# and the cord named after what came out (好似系条脐带, 好像是脐带); a newborn's cord stump is none
CANTONESE_WATERS_AND_CORD: list[tuple[str, str]] = [
    ("E", "怀孕三十七周，琴晚穿咗水，而家觉得下面有嘢跌出嚟"),
    ("E", "我三十四周，啱啱穿咗羊水，下面有条嘢，好似系条脐带"),
    ("E", "怀孕三十六周破水了，下面有一条东西，好像是脐带"),
    ("=U", "怀孕三十六周，头先穿咗水，啲水清清哋，BB郁得好正常"),
    ("!E", "BB出世三日，肚脐嗰条脐带仲未跌，有少少湿"),
]

# NICE NG51 sepsis (new altered mental state with a fever: high risk) and NICE CG103 delirium
# (disorientation to place): the place muddled, said as one place then another; going to two
# places in a day is no muddle
PLACE_MUDDLED_WITH_FEVER: list[tuple[str, str]] = [
    ("E", "我爸八十岁，今天发烧三十八度五，一下说在医院一下说在家里"),
    ("E", "阿妈发紧烧，一阵话喺屋企一阵话喺街市"),
    ("E", "外婆发烧了，一会儿说在学校一会儿说在菜市场"),
    ("U", "我妈妈八十岁，今天一下说在医院一下说在菜市场，昨天还好好的"),
    ("!E", "我妈今天一下在医院一下在菜市场，跑来跑去好累，有点发烧"),
]

# NICE CG37 postnatal care / NHS.uk your body after the birth: lochia getting lighter is normal; a
# haemorrhage the writer only thought she had (以为自己大出血) is none, and a bleed after a
# mistaken "only lochia" stays one (RCOG Green-top 52)
THOUGHT_HAEMORRHAGE: list[tuple[str, str]] = [
    ("L", "以为自己大出血了，原来只是恶露，产后一周，越来越少，不发烧"),
    ("L", "还以为大出血了吓死我，产后十二天，恶露颜色变淡了，量很少"),
    ("E", "产后五天，以为只是恶露，结果现在大出血，一个小时湿透一片卫生巾"),
    ("E", "刚生完宝宝两天，大出血，头好晕"),
]

# RCOG Green-top 52: a haemorrhage at an earlier birth is a risk for the next birth, not a bleed
# now (上一胎, 生老大的时候 ... 大出血过); a bleed now after an easy first birth stays one
EARLIER_BIRTH_HAEMORRHAGE: list[tuple[str, str]] = [
    ("L", "上一胎产后大出血过，现在产后三周，恶露干净了，想问可以开始跑步吗"),
    ("L", "生老大的时候大出血，这次产后一个月一切正常，就是睡不好"),
    ("E", "上一胎好顺利，这次产后第三天大出血，头晕眼花"),
    ("E", "生老大的时候很顺利，现在产后一周突然大出血，湿透了好几片卫生巾"),
]

# NHS.uk cannabis / NICE CG90 depression: 抽 is also to smoke (抽大麻, 抽电子烟), no fit; a fit
# after smoking stays one (NHS.uk seizures)
SMOKED_DRUG_NOT_FIT: list[tuple[str, str]] = [
    ("!E", "我老公天天抽大麻，最近很懒，不想工作"),
    ("!E", "儿子偷偷抽电子烟，被我发现了，有点咳嗽"),
    ("!E", "他一直抽大麻，这两个月情绪很低，不出门"),
    ("E", "他抽完大麻之后突然全身抽搐，叫不醒"),
    ("E", "朋友抽了大麻，然后一直抽，口吐白沫"),
]

# NICE NG77 / NICE CKS cataracts: haloes and glare with sight blurring more and more over months
# or years is a cataract (optician or GP); a sudden painful red eye with haloes stays urgent or
# more (NICE CKS red eye: acute angle-closure glaucoma)
CATARACT_HALOES: list[tuple[str, str]] = [
    ("L", "这一年来看东西越来越模糊，晚上看路灯有光晕，眼睛不痛"),
    ("L", "我七十岁，呢两年睇嘢越来越朦，夜晚见车灯有光晕"),
    ("U", "今天突然眼睛很痛很红，看灯有光晕，头痛想吐"),
]

# NICE NG133 hypertension in pregnancy (140/90 to 159/109 new in pregnancy: same-day maternity
# assessment): how far along said without 怀孕 (我现在三十五周, 我而家三十六周); a cough's weeks
# (现在两周了) are no pregnancy
PREGNANCY_WEEKS_ALONE: list[tuple[str, str]] = [
    ("=U", "我现在三十四周，今天量血压一百四十二/九十五，头不痛"),
    ("=U", "我而家三十六周，今日量血压一百五十/九十三，对脚有啲肿"),
    ("L", "我咳嗽现在两周了，昨天量血压一百四十二/九十，其他都还好"),
]

# NICE NG143 (children under 5: a breathing rate by age; reduced urine output with a fever is
# amber, urgent) read at the age a note gives after the sex word with no comma (男婴十一个月，);
# under 3 months with 38 °C stays red
INFANT_NOTE_AGE_HEAD: list[tuple[str, str]] = [
    ("=U", "门诊记录：女婴十个月，发热一天，三十八度五，呼吸四十二次每分，精神可，尿量减少"),
    ("E", "门诊记录：男婴两个月，发热三十八度五，吃奶少"),
    ("E", "女婴九个月，发热，呼吸七十次每分"),
]

# NICE CKS oral candidiasis (a well baby: pharmacist or GP) and the rules' other people: a
# friend's baby already admitted (入咗院) is in care, not the writer's baby; the writer's own
# baby's fever stays (NICE NG143 amber: 3 to 6 months with 39 °C)
ANOTHERS_BABY_ADMITTED: list[tuple[str, str]] = [
    ("L", "我朋友个BB发烧入咗院，我个女四个月，口入面有啲白色，冇发烧，食奶正常"),
    ("U", "我朋友个BB发烧入咗院，我个仔五个月，今日都发烧三十九度"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    CANTONESE_WATERS_AND_CORD
    + PLACE_MUDDLED_WITH_FEVER
    + THOUGHT_HAEMORRHAGE
    + EARLIER_BIRTH_HAEMORRHAGE
    + SMOKED_DRUG_NOT_FIT
    + CATARACT_HALOES
    + PREGNANCY_WEEKS_ALONE
    + INFANT_NOTE_AGE_HEAD
    + ANOTHERS_BABY_ADMITTED
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 57 wrong at the first run
SET57_ZH_ROWS = [
    "f57-zh-emg-015",
    "f57-zh-emg-017",
    "f57-zh-urg-004",
    "f57-zh-urg-005",
    "f57-zh-urg-014",
    "f57-zh-urg-016",
    "f57-zh-nur-001",
    "f57-zh-nur-002",
    "f57-zh-nur-007",
    "f57-zh-nur-009",
    "f57-zh-nur-011",
    "f57-zh-nur-015",
    "f57-zh-nur-017",
    "f57-zh-slf-004",
    "f57-zh-slf-005",
    "f57-zh-slf-007",
    "f57-zh-slf-010",
    "f57-zh-slf-011",
    "f57-zh-slf-013",
    "f57-zh-slf-017",
]

# rows not worked in the time (emergencies and over-triage first), each gold checked
_LEFT = "not worked by rules-gc in session 41 (time: emergencies and over-triage first); "

OPEN_ROWS: dict[str, str] = {
    "f57-zh-nur-015": (
        "since session 48 (rules-na) 個女兩個月 is read as the baby's age: a baby under 3 months "
        "stays same-day in the decision (NICE NG143 by age, as fl16-en-slf-011), above its gold "
        "(NICE CKS oral candidiasis); not lowered"
    ),
    "f57-zh-urg-014": (
        "gold urgent agrees with NICE CKS cellulitis (fever in an older adult: same day);"
        " " + _LEFT + "no reading of a spreading red leg with a fever"
    ),
    "f57-zh-urg-016": (
        "gold urgent agrees with NHS.uk dislocated finger (a bent finger after an injury:"
        " urgent treatment centre); " + _LEFT + "dislocated in English inside Cantonese is unread"
    ),
    "f57-zh-nur-002": (
        "gold non_urgent agrees with NICE NG5 (a medication review within days); "
        + _LEFT
        + "a double dose last week with a dizziness gone is read as a same-day sign"
    ),
    "f57-zh-nur-011": (
        "gold non_urgent agrees with NHS.uk ingrown toenail (red and sore: a GP or "
        "podiatrist if not better); " + _LEFT + "read as mild self-care"
    ),
    "f57-zh-nur-017": (
        "gold non_urgent agrees with NICE CKS oedema (new bilateral ankle swelling: GP "
        "review); " + _LEFT + "read as coping self-care"
    ),
    "f57-zh-slf-004": (
        "gold self_care agrees with NHS.uk pregnancy aches (brief round-ligament pain, no"
        " bleeding); " + _LEFT + "pregnancy is kept a reason against self-care"
    ),
    "f57-zh-slf-005": (
        "gold self_care by NHS.uk vaccine side effects (37.8 then 37.2 in a well baby); the"
        " note's age is now read (男婴/女婴两个月), and the rules keep a baby under 3 months"
        " with a temperature after the jabs same-day (tests/test_disposition_medicines.py,"
        " NICE NG143 by age): left at urgent rather than loosen that floor"
    ),
    "f57-zh-slf-007": (
        "gold self_care agrees with NICE CG37 (lochia getting less); no longer an "
        "emergency (以为自己大出血 is no haemorrhage) but 产后十天 reads as a duration "
        "over 7 days: "
        "non_urgent, not worked by rules-gc in session 41 (time: emergencies and over-"
        "triage first)"
    ),
    "f57-zh-slf-010": (
        "gold self_care agrees with NHS.uk alcohol (a flush gone in 40 minutes, no "
        "allergy signs); " + _LEFT + "脸一下子红 reads as a sudden onset"
    ),
    "f57-zh-slf-011": (
        "gold self_care agrees with NHS.uk cuts and grazes (a small cut, bleeding "
        "stopped); " + _LEFT + "no minor-illness evidence read in 止血了"
    ),
    "f57-zh-slf-013": (
        "gold self_care agrees with NHS.uk back pain (mild, no red flags); "
        + _LEFT
        + "the age 76 is kept a reason against self-care"
    ),
    "f57-zh-slf-017": (
        "gold self_care agrees with NHS.uk leg cramps (occasional, eased by stretching); "
        + _LEFT
        + "read as lasting or coming back"
    ),
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET57_ZH_ROWS, OPEN_ROWS),
)
def test_set57_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_57.jsonl", row_id)
