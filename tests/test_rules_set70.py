"""Set 70's wrong rows (voice47: frustrated tone, home remedies, numbers and timelines), by kind.

Written by rules-na (session 48), when set 70 (a carry-over set of session 47) was opened. Each
row of ``tests/data/fresh_levels_70.jsonl`` wrong on 35ac4c2's rules (90.0%, 72 of 80) is named
by the KIND of reading that failed, with the published source of its gold:

- f70-en-emg-008 (self_care): a whole pack of paracetamol typed "hole pack", a sound-alike
  spelling the typo corrector keeps (a real word) - TOXBASE, NHS.uk paracetamol overdose (A&E
  even when feeling well);
- f70-zh-nur-005 (emergency): a mouthful of blood spat out and then said to be from the gums -
  NHS.uk bleeding gums (a dentist), NHS.uk vomiting blood (999 for blood vomited);
- f70-en-urg-006 (non_urgent): fewer movements of the baby told by memory ("can't remember the
  baby moving much") and by a small count against the usual - RCOG Green-top 57, NHS.uk your
  baby's movements (the maternity unit the same day);
- f70-zh-nur-007 (urgent): joints stiff and sore every morning for weeks, said with an everyday
  degree word (好痛) - NICE CKS Rheumatoid arthritis, NHS.uk joint pain (a GP);
- f70-en-slf-007 (non_urgent): the run-around of booking ("keep getting bounced around") read
  as a complaint that keeps coming back - NHS.uk mouth ulcers (treated at home; a GP after 3
  weeks);
- f70-en-slf-009 (urgent): an English sign word after a Chinese negation and a space ("没有
  wheeze") - NHS.uk hay fever, NHS.uk asthma;
- f70-zh-slf-004 (non_urgent): a streak of blood on the tissue after blowing the nose read as
  blood on the toilet paper - NHS.uk nosebleeds, NICE NG12 (blood on the toilet paper);
- f70-zh-slf-007 (non_urgent): a baby's age said in Cantonese after 个仔 read as how long, and
  the parents' lost sleep read as the baby's lost function - NHS.uk teething.

Each kind has sentences of this file's own, both ways, from the source named above its list,
written before any rule changed; the sentences under "in other words" in each list (10) were
written after the change. Wrong before any rule change (the rules of 35ac4c2): 8 of 8 rows and
24 of the 46 kind sentences written first. After: every row at its gold and every kind sentence
at its level, none left open.

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

# TOXBASE / NHS.uk paracetamol overdose (A&E at once, even with no symptoms): "whole" typed as
# its sound-alike "hole" before the pack; a hole in a pack or a box is no amount taken
WHOLE_TYPED_HOLE: list[tuple[str, str]] = [
    ("E", "my daughter took a hole packet of paracetamol an hour ago, she says she's fine"),
    ("E", "he swallowed a hole box of sertraline after we argued last night"),
    ("E", "i think my mum took the hole strip of co-codamol this morning"),
    ("E", "took a hole bottle of ibuprofen about 3 hrs ago feel ok"),
    ("!E", "there's a hole in the paracetamol box, are the tablets still ok to take"),
    ("!E", "the dog chewed a hole in the pack of ibuprofen but none are missing"),
    ("!E", "I have a hole in my tooth and took 2 paracetamol for the pain"),
    # in other words (written after the change)
    ("E", "my brother ate a hole box of his sleeping tablets"),
    ("!E", "punched a hole in the blister pack by mistake, one tablet fell out"),
]

# NHS.uk bleeding gums (bleeding when brushing: a dentist, not urgent) and NHS.uk vomiting blood
# (999 when blood is vomited): blood spat out that the writer then places in the gums is no
# haematemesis; blood vomited beside gums that also bleed, or a faint with it, still is
BLOOD_FROM_GUMS: list[tuple[str, str]] = [
    ("!E", "吐了一口血，原来是刷牙时牙龈出的血"),
    ("!E", "朝早吐咗啖血，睇清楚系牙肉出血，刷牙成日都会"),
    ("!E", "早上吐出来有血，吓我一跳，后来发现是牙龈出血"),
    ("!E", "I spat out some blood this morning, turned out it was from my gums"),
    ("!E", "spat blood in the sink after brushing, it's just my gums"),
    ("E", "我今天吐了一大口血，牙龈也有点出血"),
    ("E", "吐了好多血，头好晕"),
    ("E", "I vomited blood twice tonight, and it's not from my gums"),
    # in other words (written after the change)
    ("!E", "吐口水有血，后来发现系牙肉出嘅血"),
    ("E", "呕咗好多血，唔系牙肉出血"),
]

# RCOG Green-top 57 / NHS.uk your baby's movements (fewer or slower than usual: call the
# maternity unit the same day, do not wait for the next appointment): fewer told by not
# remembering the baby moving, or by a small count against the usual; a baby moving as usual,
# or before movements are felt, is not
FEWER_MOVEMENTS_TOLD: list[tuple[str, str]] = [
    ("U", "I'm 32 weeks and I can't remember the baby moving much today"),
    ("U", "34 weeks pregnant, I don't remember feeling him kick since lunch"),
    ("U", "29 weeks, counted maybe 2 little movements tonight, normally he's wriggling all night"),
    ("U", "我怀孕31周，想不起来今天宝宝有没有动过"),
    ("U", "怀孕三十周，今晚只感觉到宝宝动了两下，平时晚上都动得很厉害"),
    ("L", "I'm 30 weeks and the baby is kicking as much as usual, just asking about my heartburn"),
    ("L", "I'm 16 weeks and can't remember when you first feel the baby move, is that normal?"),
    # in other words (written after the change)
    ("U", "36 weeks and honestly I can't remember feeling her kick since breakfast"),
]

# NICE CKS Rheumatoid arthritis / NHS.uk joint pain (stiff, painful joints in the morning for
# weeks: a GP, who refers): an everyday degree word about such a pain is no same-day severity; a
# hot swollen joint with a fever, or a new injury, still is
MORNING_STIFFNESS_WEEKS: list[tuple[str, str]] = [
    ("L", "my hands are stiff and really painful every morning for about an hour, for 3 weeks now"),
    ("L", "每天早上起床手指关节都很僵很痛，要一个钟头才能活动，已经两个多星期了"),
    ("L", "我阿爸每朝起身膝头都好硬好痛，成个钟先郁得返，有两三个礼拜"),
    ("N", "每天早上起床手指关节都很僵很痛，已经三个星期了"),
    ("U", "my knee is hot, swollen and really painful since yesterday and I feel feverish"),
    ("U", "手指关节突然红肿好痛，仲发烧"),
    # in other words (written after the change)
    ("L", "my wrists are stiff every morning and really sore, 2 weeks now"),
    (
        "U",
        "each morning my fingers are stiff for weeks, today I fell and my wrist is really"
        " painful and swollen",
    ),
]

# NHS.uk mouth ulcers (treated at home; a GP if one lasts more than 3 weeks): tries to book, or a
# run-around on the phone, are no complaint that keeps coming back; an ulcer that keeps coming
# back, or has lasted weeks, is still a GP's
BOOKING_RUNAROUND: list[tuple[str, str]] = [
    (
        "S",
        "I keep getting bounced between reception and 111, but it's only a small mouth ulcer"
        " from biting my cheek 3 days ago, feel fine otherwise",
    ),
    (
        "S",
        "keep getting put on hold at the surgery, it's just a mild cold since yesterday,"
        " coping fine",
    ),
    ("N", "I keep getting mouth ulcers, this is the fourth one this month"),
    ("N", "mouth ulcer for 4 weeks, it's not going away"),
    # in other words (written after the change)
    ("S", "每次打电话去诊所都打唔通，其实只系轻微伤风，第二日，冇事"),
]

# NHS.uk hay fever (a pharmacist) and NHS.uk asthma (wheezing and breathlessness): a sign said
# in English after a Chinese negation and a space is denied; said with 有 (has) it still counts
NEGATED_ENGLISH_SIGN: list[tuple[str, str]] = [
    ("L", "呼吸正常，没有 wheeze，就是一直打喷嚏"),
    ("L", "個仔鼻敏感，冇 wheeze，瞓得好"),
    ("L", "Hay fever again, sneezing lots, 没有 wheezing, breathing fine"),
    ("U", "个仔有 wheeze，呼吸好急，讲唔到句完整嘅嘢"),
    # in other words (written after the change)
    ("S", "打喷嚏流鼻水，冇 wheeze，冇 chest tightness"),
]

# NICE NG12 (blood on the toilet paper: a GP) and NHS.uk nosebleeds (pinch the nose; treated at
# home): a streak of blood on the tissue after blowing the nose in a cold is the nose's; blood
# on the paper after the toilet is still a GP's
TISSUE_AFTER_NOSE_BLOWING: list[tuple[str, str]] = [
    ("S", "感冒擤鼻涕太用力，纸巾上有一点血丝，捏一下就停了"),
    ("S", "擤完鼻涕纸上有啲血丝，伤风擤得多，揸住鼻一阵就冇咗"),
    ("N", "大便后纸上有血，已经两个星期了"),
    ("N", "擦屁股纸上有鲜红的血，最近大便变稀"),
    # in other words (written after the change)
    ("S", "伤风擤鼻涕，纸巾上有少少血丝，已经停咗"),
]

# NHS.uk teething (dribbling, gnawing, being unsettled and waking at night: treated at home): a
# baby's age said in Cantonese after 个仔 / 个女 is how old, and the parents' lost sleep is no
# lost function of the baby; a long cough said after 个仔 is still how long
BABY_AGE_AND_PARENTS_SLEEP: list[tuple[str, str]] = [
    ("S", "个女七个月出紧牙，成日流口水咬嘢，冇发烧，食奶正常"),
    ("S", "个仔九个月出牙，夜晚扭计吵到我哋瞓唔到，冇发烧，食奶正常"),
    ("S", "我儿子十个月在长牙，一直流口水，晚上闹得我们睡不着，没发烧，吃奶正常"),
    ("N", "个仔咳咗两个月都未好，夜晚咳到瞓唔到"),
    ("N", "个女三岁，发烧咳嗽一个礼拜，夜晚咳到瞓唔着"),
    # in other words (written after the change)
    ("S", "个女六个月长牙，口水多，吵到我哋成晚瞓唔着，冇发烧，食奶正常"),
]

KINDS = (
    WHOLE_TYPED_HOLE
    + BLOOD_FROM_GUMS
    + FEWER_MOVEMENTS_TOLD
    + MORNING_STIFFNESS_WEEKS
    + BOOKING_RUNAROUND
    + NEGATED_ENGLISH_SIGN
    + TISSUE_AFTER_NOSE_BLOWING
    + BABY_AGE_AND_PARENTS_SLEEP
)

OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


SET70_ROWS = [
    "f70-en-emg-008",
    "f70-zh-nur-005",
    "f70-en-urg-006",
    "f70-zh-nur-007",
    "f70-en-slf-007",
    "f70-en-slf-009",
    "f70-zh-slf-004",
    "f70-zh-slf-007",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize("row_id", rows_with_open(SET70_ROWS, OPEN_ROWS))
def test_set70_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_70.jsonl", row_id)
