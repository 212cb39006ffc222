"""Self-care needs positive evidence: the kinds of it the decision did not read (rules-ng, s48).

``clinical.disposition.decide`` gives ``self_care`` only on positive evidence (mild, short,
improving, coping, or a minor illness NHS.uk treats at home). Set 71 (alarming-sounding messages
whose gold is self_care) left about 21 self-care rows at non_urgent with "no sign that it can
safely be managed at home". The KINDS of positive evidence not read, each with its published
source, and this file's own sentences of each kind, both ways (the real non-urgent or worse
look-alike of the kind - lasting weeks, not improving, recurring, a warning sign of the page -
stays where it was):

- a graze or a scratch only - NHS.uk cuts and grazes (clean and cover at home; get help if
  deep, not stopping bleeding, something stuck in it, or infected);
- a bout of sickness over, with fluids kept down and weeing normally - NHS.uk diarrhoea and
  vomiting, NHS.uk dehydration (keep drinking; 111 if unable to keep fluids down or not peeing);
- an irritant or a plant on the hands (chillies, a mango's skin) - NHS.uk contact dermatitis
  (avoid the irritant, emollients; a GP if it lasts or keeps coming back);
- a small itchy spot at a hair-dye patch test - NHS.uk hair dye reactions (a mild reaction:
  wash off, a pharmacist's antihistamine; 999 for a swollen face, lips or breathing);
- a stomach burning after spicy food - NHS.uk indigestion and heartburn (spicy food a trigger,
  treated at home or by a pharmacist; a GP for weight loss, vomiting blood, black poo);
- a passing event said over in Chinese with 已经 (现在已经没事了) - the same "gone now" the
  ``coping`` list reads as 现在没事.

Further kinds found while closing the rows, each written before its change: a home blood pressure
of 135/85 to 140/90 settled on a rested repeat (NICE NG136), a bump on the forehead (NICE NG232,
NHS.uk head injury), better after a moment's rest is no sudden onset (Manchester Triage System:
abrupt is within seconds), dark yellow pee after exercise (NHS.uk dehydration; "pee" in it opens
no urinary family), and the years since a tetanus jab (UKHSA Tetanus: no span of the complaint;
十年 is ten years). A weekly recurrence (每个星期都会) and the mango at U are look-alikes added
after the first change, in other words.

Wrong before any rule change (the rules of 35ac4c2): 25 of 66 kind sentences and 23 of 23 rows.
After: every kind sentence at its level; 13 of set 71's 22 rows at their gold, 9 open and set
69's row open (see OPEN_ROWS, SET69_OPEN). "after peeling a mango my lips are swelling and my
throat feels tight" is only urgent (the anaphylaxis rules need the mango eaten): noticed, left
to the red flags' owner.

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

# NHS.uk cuts and grazes: a graze is cleaned and covered at home; deep, still bleeding, something
# stuck in it, or infected (red, hot, pus) is not self-care
GRAZE_ONLY: list[tuple[str, str]] = [
    ("S", "I grazed my knee on the pavement, cleaned it and put a plaster on"),
    ("S", "fell off my scooter, just a graze on my elbow"),
    ("S", "my daughter grazed both palms in the playground"),
    ("S", "孩子摔了一跤，膝盖破了点皮，已经洗干净了"),
    ("S", "手臂被树枝刮伤了一道划痕，没出血"),
    ("S", "仔仔跌親，膝頭擦損咗少少"),
    ("N", "I grazed my knee 2 weeks ago and it's now red, hot and oozing pus"),
    ("N", "grazed my leg and there's gravel stuck in it I can't get out"),
    ("N", "grazed my shin three weeks ago and it still hasn't healed"),
    ("N", "膝盖擦伤两个星期了，现在红肿还流脓"),
]

# NHS.uk diarrhoea and vomiting, NHS.uk dehydration: fluids kept down and weeing normally after a
# bout of sickness is looked after at home; unable to keep fluids down, no pee, blood, or days of
# it is not
FLUIDS_AND_WEES: list[tuple[str, str]] = [
    (
        "S",
        "I was sick three times last night after a takeaway, this morning I'm keeping"
        " fluids down and weeing normally",
    ),
    ("S", "my son had a tummy upset yesterday, he's keeping water down and peeing normally now"),
    ("S", "昨晚吐了两次，今天喝水不吐了，小便正常"),
    ("S", "琴晚呕咗两次，今日饮水冇呕，小便正常"),
    ("N", "been vomiting for 5 days now, keeping some fluids down"),
    ("N", "I'm keeping fluids down but there's blood in my diarrhoea"),
    ("N", "I can't keep fluids down and haven't peed since this morning"),
]

# NHS.uk contact dermatitis: an irritant or a plant on the hands (chillies, a mango's skin) is
# washed off and treated at home; swelling of the lips or throat is anaphylaxis, an eye burning
# and blurred is an eye to check, weeks of it a GP
IRRITANT_ON_THE_HANDS: list[tuple[str, str]] = [
    ("S", "I cut up some chillies without gloves and now my fingers are burning"),
    ("S", "chopped jalapenos bare-handed, my hands have been stinging for an hour"),
    ("S", "切完辣椒手好辣好烫，没有碰到眼睛"),
    ("S", "削完芒果手上起了一些红疹，有点痒"),
    ("S", "剝完芒果手指有啲痕，起咗少少疹"),
    ("U", "after peeling a mango my lips are swelling and my throat feels tight"),
    ("N", "chopped chillies and rubbed my eye, it's still burning and blurry after an hour"),
    ("N", "itchy rash on my hands for 6 weeks since I started chopping chillies at work"),
    ("E", "切芒果后嘴唇肿了，喉咙发紧，呼吸困难"),
]

# NHS.uk hair dye reactions: a mild reaction at the patch test (a small itchy red spot) is washed
# and treated at home; a swollen face or eyes, blisters or a spreading rash is not
PATCH_TEST_SPOT: list[tuple[str, str]] = [
    (
        "S",
        "did the 48 hour patch test for hair dye and the spot behind my ear is a bit red and itchy",
    ),
    ("S", "the patch test for my lash tint left a small itchy pink patch, nothing else"),
    ("S", "染发前在耳后做了测试，48小时后那里有一小块红，有点痒"),
    ("N", "after the patch test my whole face is swollen and my eyes are puffy"),
    ("N", "the patch test spot has blistered and the redness is spreading down my neck"),
    ("N", "染发后整张脸都肿了，眼睛肿得睁不开"),
]

# NHS.uk indigestion and heartburn: spicy food is a trigger, the burning treated at home or by a
# pharmacist; weeks of it with weight loss, vomiting blood or black poo is not
SPICY_STOMACH: list[tuple[str, str]] = [
    ("S", "ate a really hot curry tonight and now my stomach is burning"),
    ("S", "did the ghost pepper challenge, stomach on fire but otherwise fine"),
    ("S", "吃了麻辣火锅，胃里烧得慌"),
    ("S", "食完好辣嘅火锅，个胃好烧"),
    ("N", "stomach burning after spicy food every day for 2 months, and I'm losing weight"),
    ("N", "吃完辣的胃很烧，还吐了咖啡色的东西"),
    ("N", "since the hot curry my stomach is burning and my poo is black and tarry"),
]

# a passing event said over with 已经 (现在已经没事了, 而家已经冇事): "gone now" as the coping
# list's 现在没事 reads it; a recurring one or one lasting weeks stays the GP's
OVER_NOW_ALREADY: list[tuple[str, str]] = [
    ("S", "今天中午吃坏了肚子拉了两次，现在已经没事了"),
    ("S", "做完针灸手臂有点麻，现在已经没事了"),
    ("S", "啱啱跑完步小腿抽筋，而家已经冇事"),
    ("N", "头痛断断续续三个星期了，今天已经没事了"),
    ("N", "每个星期都会这样发作一次，现在已经没事了"),
]

# NICE NG136: a home reading of 135/85 or more is raised; one repeated after a rest and settled
# below it is no reading to repeat at the GP (the decision read only a first reading of 140/90 or
# more settling); still 135/85 or more on the repeat stays the GP's
BP_SETTLED_AT_HOME: list[tuple[str, str]] = [
    (
        "S",
        "checked my blood pressure at home, 137/86, sat quietly for 5 minutes"
        " and rechecked: 124/80",
    ),
    ("S", "在家量血压136/87，坐着休息了一会儿再量是125/80"),
    ("N", "home BP 138/88, rested and rechecked and it was 137/87"),
    ("N", "my blood pressure was 150/95 and still 146/92 after resting"),
]

# NICE NG232 and NHS.uk head injury: a bump on the forehead after a knock, no warning sign, is
# looked after at home (ice); a lump elsewhere lasting weeks is the GP's, and vomiting after a
# head injury is not self-care
FOREHEAD_BUMP: list[tuple[str, str]] = [
    ("S", "女儿撞到桌角，额头肿了一个包，哭了一阵就好了"),
    ("S", "我额头撞到门框，肿起一个小包，正在冰敷"),
    ("S", "walked into the cupboard door, there's a bump on my forehead, I'm icing it"),
    ("N", "脖子肿了一个包，两个星期了"),
    ("N", "额头肿了个包，之后吐了三次"),
]

# the Manchester Triage System's abrupt onset is within seconds: better after a rest for a moment
# (休息一下就好点) is no sudden onset; 突然 still is
RESTED_AND_BETTER: list[tuple[str, str]] = [
    ("S", "这两天睡不好，头有点紧，休息一下就好点"),
    ("S", "肩膀有点酸，躺一下就舒服多了"),
    ("N", "突然头很晕，眼前发黑"),
]

# NHS.uk dehydration: dark yellow pee after exercise or a hot day is drinking more; brown or
# cola-coloured pee with sore muscles, blood, or weeks of it is not self-care
DARK_YELLOW_PEE: list[tuple[str, str]] = [
    ("S", "今天跑了半马，尿很黄，有点口渴"),
    ("S", "after my long run in the heat my pee is dark yellow, just thirsty"),
    ("S", "练完腿小便好黄"),
    ("N", "after a hard spin class my pee is dark brown like cola and my thighs are killing me"),
    ("N", "健身之后尿是酱油色的，大腿肌肉很痛"),
    ("N", "my wee has been dark yellow for 3 weeks even though I drink loads"),
]

# UKHSA Tetanus: the years since the last tetanus jab are no span of the complaint, and a dose
# 10 or more years ago said in Chinese numerals (十年前) is long ago: a tetanus-prone wound is then
# same-day; within ten years (十年内) it is not
TETANUS_YEARS: list[tuple[str, str]] = [
    ("S", "在花园被玫瑰刺扎到手指，刺已经拔出来了，破伤风五年前打过"),
    ("=U", "踩到生锈的钉子，破伤风十年前打的"),
    ("N", "踩到生锈的钉子，破伤风十年内打过"),
    ("N", "手指被刺扎了一下，破伤风十几年没打了"),
]

KINDS = (
    TETANUS_YEARS
    + BP_SETTLED_AT_HOME
    + FOREHEAD_BUMP
    + RESTED_AND_BETTER
    + DARK_YELLOW_PEE
    + GRAZE_ONLY
    + FLUIDS_AND_WEES
    + IRRITANT_ON_THE_HANDS
    + PATCH_TEST_SPOT
    + SPICY_STOMACH
    + OVER_NOW_ALREADY
)

OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# set 71's self-care rows (and set 69's f69-en-slf-010) the decision left at non_urgent at
# 35ac4c2, and set 71's non-urgent row at self_care
SET71_ROWS = [
    "f71-en-slf-008",
    "f71-en-slf-009",
    "f71-en-slf-022",
    "f71-en-slf-023",
    "f71-en-slf-027",
    "f71-en-slf-028",
    "f71-en-slf-030",
    "f71-zh-slf-001",
    "f71-zh-slf-003",
    "f71-zh-slf-005",
    "f71-zh-slf-006",
    "f71-zh-slf-008",
    "f71-zh-slf-009",
    "f71-zh-slf-011",
    "f71-zh-slf-014",
    "f71-zh-slf-015",
    "f71-zh-slf-018",
    "f71-zh-slf-019",
    "f71-zh-slf-025",
    "f71-zh-slf-026",
    "f71-zh-slf-027",
    "f71-zh-slf-030",
]

OPEN_ROWS: dict[str, str] = {
    "f71-en-slf-008": "the nosebleed stopped with pressure is read (NHS.uk nosebleeds), but the"
    " meltdown opens the mental_health family, whose floor is non_urgent (NICE CG123): a"
    " distressed autistic child calmed is no kind of self-care evidence this file reads",
    "f71-en-slf-023": "fake tan staining the palms is no illness on any NHS.uk page (no source"
    " for its self-care); a rule for it would be tuning to one sentence",
    "f71-zh-slf-001": "a watch's night-time 88% re-checked at once at 98% on a finger oximeter"
    " meets rules-lk's night-dip reading (NICE NG202: a GP for a dip while asleep); telling a"
    " device's error from a sleep dip is a rechecks.py change, not evidence in this file",
    "f71-zh-slf-003": "a sugar of 7.8 after cake, asked if normal: 7.8 is NHS.uk's own upper"
    " bound after food (the band reader treats it as raised); left to the readings' owner",
    # (f71-zh-slf-006, a care-home note of an 82-year-old's constipation with normal obs, reads
    # right since rules-oc, session 49: a full set of normal observations in a person said alert,
    # NEWS2 0, no longer counts age against self-care; tests/test_rules_set75_zh.py)
    "f71-zh-slf-008": "the writer's pinyin slips (只住 for 止住, 很前 for 很浅) are outside"
    " SoundRepair's danger-sign phrases; a fix would be tuning to one sentence",
    "f71-zh-slf-009": "the scratch is said in English inside Chinese (一道 scratch) and the"
    " code-switch reader has no Chinese word for it; a bare English 'scratch' as self-care"
    " evidence was not added (too wide: scratches that are bites, eyes)",
    "f71-zh-slf-015": "microblading aftercare (itchy scabs) has no NHS.uk page; left open",
    "f71-zh-slf-019": "a watch's 120 explained by coffee and re-checked at 85 at rest: rechecks.py"
    " reads no caffeine as an explanation yet (NHS.uk heart palpitations: caffeine); left open",
}


@pytest.mark.parametrize("row_id", rows_with_open(SET71_ROWS, OPEN_ROWS))
def test_set71_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_71.jsonl", row_id)


SET69_OPEN: dict[str, str] = {
    "f69-en-slf-010": "stress and a few poor nights open the mental_health family, whose floor"
    " is non_urgent (NICE CG123) with a lift only for a known panic disorder's usual attack;"
    " a lift for stress told as mild and short (NHS.uk insomnia, Every Mind Matters) needs a"
    " new state in clinical/disposition.py, not reached in this session",
}


@pytest.mark.parametrize("row_id", rows_with_open(["f69-en-slf-010"], SET69_OPEN))
def test_set69_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_69.jsonl", row_id)
