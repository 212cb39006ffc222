"""Set 67's Chinese rows (voice46: several complaints, question form, outdoors and water).

Written by rules-lc (session 46), each kind before its rules changed. Each Chinese row of
``tests/data/fresh_levels_67.jsonl`` wrong at its first run (85.6% for the set; 11 Chinese rows
wrong) is named by the KIND of reading that failed, with the published source of its gold:

- f67-zh-emg-007 (urgent): a bite by something unseen (被什么东西咬了) on a hill path, a snake
  seen slipping away by someone else, then spreading swelling and bleeding gums - NHS.uk snake
  bites;
- f67-zh-urg-008 (non_urgent): a period said regular and late this time (本来月经挺准的，
  这次推迟了), with pain low on one side (左下腹一阵一阵地疼) and brown spotting - NHS.uk ectopic
  pregnancy, NICE NG126;
- f67-zh-urg-013 (self_care): a toddler's diarrhoea and vomiting with the eyes said a bit sunken
  in Cantonese (眼有啲凹) - NICE NG143 / NHS.uk dehydration;
- f67-zh-urg-017 (self_care): a sore throat swollen on the right (右边肿起来) with the mouth hard to
  open (嘴巴打不太开) - NICE CKS Sore throat - acute (quinsy);
- f67-zh-slf-012 (urgent): ten minutes of pressing (捏鼻翼10分钟) read as a pain score of 10
  (10分) - NHS.uk nosebleeds;
- f67-zh-nur-003 (self_care): a child's shoulder said higher than the other side (右边肩膀比左边高)
  and the back standing out on bending (弯腰的时候…鼓起来) - NHS.uk scoliosis;
- f67-zh-nur-007 (self_care): a knee that goes weak and catches on the stairs (膝盖发软，会卡一下)
  months after a twist - NHS.uk knee pain;
- f67-zh-nur-010 (self_care): a rose thorn still inside after a week (还有根刺没出来) - NHS.uk
  splinters;
- f67-zh-slf-007 (urgent): legs aching after a hike "to death" (酸痛得要命), easing - NHS.uk muscle
  pain after exercise;
- f67-zh-slf-019 (non_urgent): sleep counted in hours each day in exam weeks (每天都睡不到六個小時)
  read as a complaint that lasts, beside a mouth ulcer, a stiff neck and dry eyes - NHS.uk mouth
  ulcers, neck pain, dry eyes;
- f67-zh-urg-002 (emergency): a severe headache, flashing lights and a face and feet swollen at
  32 weeks, no time given for the swelling - left open (OPEN_ROWS).

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of e6bbe6d): 11 of 11 rows and
23 of 50 kind sentences. After: 10 of 11 rows at their gold (f67-zh-urg-002 open) and every
kind sentence at its level.

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

# NHS.uk snake bites (call 999 or go to A&E for any snake bite, even if it does not hurt): a bite
# by something the person did not see (被什么东西咬了, 不知道被什么咬了, Cantonese 俾啲嘢咬咗)
# with a snake seen, by them or by someone with them, in the same story; the same unseen bite
# with no snake, or a mosquito named as the biter, is not
BITTEN_BY_SOMETHING_A_SNAKE_SEEN: list[tuple[str, str]] = [
    ("E", "在草丛里被什么东西咬了一口，同伴说看到一条蛇钻走了"),
    ("E", "钓鱼的时候手被什么咬了一下，回头看见石头缝里有条蛇"),
    ("E", "行山嗰阵俾啲嘢咬咗一啖，朋友话见到条蛇走咗"),
    ("E", "不知道被什么咬了脚踝，旁边的人说那边有一条蛇，现在腿越来越肿"),
    ("!E", "在草地上被什么虫子咬了一下，起了个红包，很痒"),
    ("!E", "被什么东西咬了一下，肿了个小包，应该是蚊子"),
    ("!E", "院子里远远看到一条蛇，没靠近，后来被什么蚊子咬了好多包，很痒"),
]

# NHS.uk ectopic pregnancy (a missed period with pain low down on one side or brown bleeding: a
# GP, 111 or an early pregnancy unit the same day; 999 with sudden intense pain, dizziness or
# fainting) and NICE NG126: the period said regular and late this time (这次推迟了, 这个月迟了),
# the pain low on one side said with a rhythm between (一阵一阵地疼); a period early, or late
# with no pain and no bleeding, is not
PERIOD_LATE_THIS_TIME_ONE_SIDED_PAIN: list[tuple[str, str]] = [
    ("=U", "我月经一向很准，这次推迟了两周，今天右下腹一阵一阵地疼，有一点咖啡色的血"),
    ("=U", "例假平时很准时，这个月推迟了十天，左下腹一直疼"),
    ("=U", "大姨妈一直很准，这次迟了快三周，左下腹疼了一上午，有点褐色的出血"),
    ("E", "月经很准，这次推迟了三周，刚才左下腹突然剧痛，头很晕，站不稳"),
    ("L", "月经一向很准，这次推迟了两天，肚子不痛，也没出血"),
    ("L", "月经这次提前了三天来，量正常，有点痛经，其他都好"),
]

# NICE NG143 (amber: reduced urine output, dry mucous membranes) and NHS.uk dehydration (sunken
# eyes: a GP or 111 the same day): a child's diarrhoea or vomiting with the eyes said a bit sunken
# in lay words (眼有啲凹, 眼睛有点凹下去, 眼凹咗); tired eyes after a late night are not
CHILD_EYES_SUNKEN_WITH_VOMITING: list[tuple[str, str]] = [
    ("=U", "女儿三岁，吐了一天，眼睛有点凹下去，嘴唇干"),
    ("=U", "個女肚屙咗三日，眼有啲凹，但仲肯玩"),
    ("=U", "仔仔一岁半，又屙又呕，眼凹咗，喊冇眼水"),
    ("L", "昨晚通宵赶报告，眼睛有点凹，黑眼圈很重"),
    ("!E", "儿子两岁，拉肚子两天，眼有啲凹，但精神几好，叫佢会应"),
]

# NICE CKS Sore throat - acute (quinsy: one-sided swelling, trismus, a muffled voice; a same-day
# assessment, emergency admission when breathing or swallowing saliva fails) and NHS.uk quinsy:
# the swelling said on the right or left (右边肿起来) and the mouth that will not open (嘴巴打不开,
# 打不太开); both sides normal, or saliva not swallowed, are not urgent alone
QUINSY_SIDE_AND_MOUTH: list[tuple[str, str]] = [
    ("=U", "喉咙痛四天，今天左边肿起来，嘴巴打不开，口水吞得下，呼吸正常"),
    ("=U", "喉嚨痛咗幾日，右邊腫咗，嘴巴打唔太開，講嘢好似含住嘢"),
    ("=U", "嗓子疼三天了，右边肿得厉害，嘴巴打不太开，说话含含糊糊，发烧38.5"),
    ("E", "喉咙痛，右边肿得很厉害，嘴巴打不开，连口水都咽不下，喘不过气"),
    ("L", "喉咙有点痛，两边都不肿，张嘴没问题，吃东西正常"),
]

# NHS.uk nosebleeds (most stop with 10 to 15 minutes of pressure and are treated at home; A&E when
# longer than 10 to 15 minutes or heavy) and the Manchester Triage pain score: a time in minutes
# (捏了10分钟, 10分鐘) is no pain score of 10; a score said as one (头痛10分) still is
MINUTES_ARE_NO_SCORE: list[tuple[str, str]] = [
    ("S", "儿子流鼻血，捏住鼻子10分钟就止住了，现在玩得很好"),
    ("S", "女儿流鼻血，按住10分钟后止住了，没有头晕，精神好"),
    ("S", "個仔流鼻血，揸住個鼻10分鐘止咗，冇頭暈，玩緊"),
    ("U", "头痛10分，吃了止痛药也没用"),
    ("U", "流鼻血按了20分钟还止不住，一直在流"),
]

# NHS.uk scoliosis (see a GP if a child has signs of it: one shoulder higher than the other, the
# ribs sticking out on one side; not the same day): one shoulder said higher than the other side
# (右边肩膀比左边高) or one side of the back standing out when bending forward (弯腰…鼓起来); a
# back ache after sport with the shoulders level is not
SCOLIOSIS_SIGNS_IN_A_CHILD: list[tuple[str, str]] = [
    ("N", "女儿11岁，最近发现她左边肩膀比右边高，不痛"),
    ("N", "儿子13岁，弯腰摸脚尖的时候背上右边鼓起来一块，平时没感觉"),
    ("L", "女儿11岁，最近发现她左边肩膀比右边高，不痛"),
    ("L", "儿子13岁，弯腰摸脚尖的时候背上右边鼓起来一块，平时没感觉"),
    ("S", "儿子十岁，打完球背有点酸，休息一下就好了，两边肩膀一样高"),
]

# NHS.uk knee pain (see a GP if the knee gives way or locks now and then, or an old injury's pain
# is not getting better; same day only if it locked and will not straighten, or swelled fast
# after an injury): a knee said to go weak or catch on the stairs (膝盖发软, 会卡一下), months
# after a twist; a knee locked straight after an injury is the same day, a tired knee after a
# run is not a GP's
KNEE_GIVES_WAY_AFTER_AN_OLD_TWIST: list[tuple[str, str]] = [
    ("N", "前年打球扭过膝盖，现在上下楼梯膝盖偶尔会发软"),
    ("L", "前年打球扭过膝盖，现在上下楼梯膝盖偶尔会发软"),
    ("N", "滑雪摔过一次，之后膝盖时不时卡一下，不痛"),
    ("U", "刚才踢球扭到膝盖，现在膝盖卡住了，伸不直"),
    ("S", "跑完十公里膝盖有点酸，休息一晚就好了"),
]

# NHS.uk splinters (see a GP or a minor injuries unit if you cannot get it out, or it is deep or
# under a nail; not the same day without spreading redness or a fever): a thorn or splinter said
# still inside after days (刺还在里面, 还有根刺没出来); one taken out cleanly is not
SPLINTER_STILL_INSIDE: list[tuple[str, str]] = [
    ("N", "一周前被仙人掌扎了，手指里面感觉还有根刺，按着有点疼"),
    ("L", "一周前被仙人掌扎了，手指里面感觉还有根刺，按着有点疼"),
    ("N", "锯木头的时候扎了根木刺，挑了几次，刺还在里面"),
    ("S", "手被木刺扎了，已经用镊子夹出来了，不红不肿"),
]

# NHS.uk "Why do I feel pain after exercise?" (delayed-onset muscle soreness: the ache 1 to 3
# days after new or harder exercise, easing on its own; see a GP if it has not gone after a week)
# and NHS.uk muscle pain: the ache said 酸痛 of the legs after a hike or a run, however much it
# "kills", and easing, is self-care; a sudden sharp pain in the calf while running, or the ache
# with cola-coloured pee, is not
ACHE_AFTER_EXERCISE_HYPERBOLE: list[tuple[str, str]] = [
    ("S", "跑完半马第二天，小腿酸痛得要命，今天好一点了"),
    ("S", "前天第一次去健身房练腿，大腿酸痛得要命，蹲厕所都难受哈哈，今天好点了"),
    ("S", "行完山两条腿酸痛到死，今日好返啲"),
    ("U", "跑步的时候小腿突然剧痛，像被人踢了一脚，走不了路"),
    ("U", "爬山回来大腿酸痛得要命，尿像可乐一样黑"),
]

# NHS.uk mouth ulcers, neck pain and dry eyes (self-care, a pharmacist) and NHS.uk insomnia (a GP
# when poor sleep goes on for months despite changing habits): a night's sleep counted in hours
# each day (每天都睡不到六个小时) told with exams or shifts is a schedule, no complaint that lasts;
# not sleeping every night for months still is
SLEEP_HOURS_A_SCHEDULE: list[tuple[str, str]] = [
    ("S", "这个月天天加班，每天都睡不到五个小时，嘴里长了个溃疡，两天了，别的都还好"),
    ("S", "期末考试周，每晚只睡五个小时，眼睛有点干，其他都好，考完就能休息了"),
    ("N", "每天都睡不着，已经三个月了，白天很累"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    BITTEN_BY_SOMETHING_A_SNAKE_SEEN
    + PERIOD_LATE_THIS_TIME_ONE_SIDED_PAIN
    + CHILD_EYES_SUNKEN_WITH_VOMITING
    + QUINSY_SIDE_AND_MOUTH
    + MINUTES_ARE_NO_SCORE
    + SCOLIOSIS_SIGNS_IN_A_CHILD
    + KNEE_GIVES_WAY_AFTER_AN_OLD_TWIST
    + SPLINTER_STILL_INSIDE
    + ACHE_AFTER_EXERCISE_HYPERBOLE
    + SLEEP_HOURS_A_SCHEDULE
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 67 wrong at the first run
SET67_ZH_ROWS = [
    "f67-zh-emg-007",
    "f67-zh-urg-002",
    "f67-zh-urg-008",
    "f67-zh-urg-013",
    "f67-zh-urg-017",
    "f67-zh-nur-003",
    "f67-zh-nur-007",
    "f67-zh-nur-010",
    "f67-zh-slf-007",
    "f67-zh-slf-012",
    "f67-zh-slf-019",
]

OPEN_ROWS: dict[str, str] = {
    "f67-zh-urg-002": "NHS.uk pre-eclampsia says call the midwife, GP or 111 immediately, as the "
    "gold has it, but the rules keep a severe headache with flashing lights and a swollen face "
    "in late pregnancy an emergency (RCOG; pregnancy_preeclampsia_flashing_lights) unless the "
    "swelling is said to have built up over a day or more (rules-cu, tests/test_rules_set46.py; "
    "f21-en-emg-016 and f46-en-emg-008 gold emergency); this message gives no time for the "
    "swelling, and lowering an emergency rule is the coordinator's call, not a row's",
}


@pytest.mark.parametrize("row_id", rows_with_open(SET67_ZH_ROWS, OPEN_ROWS))
def test_set67_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_67.jsonl", row_id)
