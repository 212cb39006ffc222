"""Set 51's English rows (voice38: work and study, animals and garden, night). What sets the
level: a bite from what was taken for an adder, the snake and the bite said apart, is NHS.uk's
snake bite (999 or A&E, whatever the swelling); something thrown into the eye by a strimmer,
mower or hedge trimmer, or the sight changed after something hit the eye, is NHS.uk eye
injuries' A&E (hit at high speed, changes to the sight after an injury); a deep cut with the
fingers or toes past it gone cold, white or blue is a limb whose blood supply is cut (Manchester
Triage System wounds and limb problems: vascular compromise; NHS.uk cuts and grazes). Same day:
a "positive test" said as a bare noun with pain on one side (NHS.uk ectopic pregnancy), peeing
every few minutes with a temperature, shivers or back pain (NHS.uk UTIs, NICE CKS
Pyelonephritis), a rusty or garden-fork puncture with the last tetanus jab not remembered (UKHSA
Tetanus). What does not: a snake named beside no bite, a pet bitten, pollen or a ball in the eye
while mowing, cold fingers with a small cut, a positive covid or strep test.

Written by rules-dj (session 38). The sentences are this file's own, each from the published
source named above its list; ``SET51_ROWS`` are rows of ``tests/data/fresh_levels_51.jsonl``
closed here, each asserted at its gold level. Wrong before any rule change: 6 of 6 rows and
23 of 49 kind sentences.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, assert_row_reaches_gold, with_open

# NHS.uk snake bites: any snake bite in the UK (an adder's) is 999 or A&E; the snake and the
# bite said apart ("bitten ... by what I think was an adder")
SNAKE_BITE_SAID_APART: list[tuple[str, str]] = [
    ("E", "something bit my hand in the long grass and I'm fairly sure it was an adder"),
    ("E", "got bitten on the foot on the moor, I saw a snake slither away after"),
    ("E", "my son was bitten at the campsite, we think the thing that got him was a viper"),
    ("E", "在草丛里被一条蛇在脚踝上咬了一口"),
    ("E", "行山嗰阵俾条蛇喺脚度咬咗一啖"),
    # a snake named beside no bite, or a pet bitten, stays below the emergency
    ("!E", "saw an adder sunning itself on the path, it didn't come near us, just asking"),
    ("!E", "my snake plant's leaves are going brown, and a mosquito bite on my arm itches"),
    ("!E", "we played snakes and ladders and my toddler bit his tongue a little"),
    ("!E", "家里养了一条玉米蛇，今天被蚊子咬了几个包，有点痒"),
    ("!E", "our dog got bitten on the nose by an adder on the heath, the vet is 40 minutes away"),
    ("!E", "I have a bitten nail, and I saw a snake on TV last night"),
    # a real danger beside the pet's bite stays 999
    ("E", "the dog got bitten by an adder and my son's lips are swelling and he can't breathe"),
]

# NHS.uk eye injuries (A&E or 999): something hit the eye at high speed, as with power tools or
# mowing the lawn, or any change to the sight after an eye injury
EYE_HIT_AT_SPEED: list[tuple[str, str]] = [
    ("E", "strimming the lawn edges and a stone flicked up into my eye, it really hurts"),
    ("E", "was mowing the grass when something shot into my left eye, it's streaming"),
    ("E", "using the hedge trimmer and a bit of twig flew into his eye"),
    ("E", "something flew in my eye at work, now I can't see much out of it"),
    ("E", "a branch whipped me in the eye and my sight in that eye has gone blurry since"),
    ("E", "用割草机的时候有块石头弹到眼睛里，好痛"),
    ("E", "修剪树篱时有东西飞进了眼睛，现在那只眼看不清了"),
    # pollen, dust or an eyelash, or sore eyes after mowing, stay below the emergency
    ("!E", "itchy watery eyes every time I mow the lawn, hay fever I think"),
    ("!E", "got an eyelash in my eye, washed it out, it's fine now"),
    ("!E", "was mowing and my son hit me in the eye with a ball, bit sore"),
    # a grinder's fragment with the sight kept stays the same-day group (set 17's gold)
    ("=U", "用角磨机打磨铁件，感觉有东西飞进右眼，一直流眼泪，视力还行"),
    ("!E", "割完草以后眼睛有点痒，打喷嚏，应该是花粉过敏"),
    # typos of nearby words still reach their level (speller hazard)
    ("E", "was trimming the hedge and somthing flew in to my eye, cant see out of it"),
]

# Manchester Triage System wounds and limb problems (vascular compromise: very urgent); NHS.uk
# cuts and grazes: a deep cut with the fingers or toes past it cold, white or blue
WOUND_LIMB_COLD_BEYOND: list[tuple[str, str]] = [
    (
        "E",
        "put my hand through a window pane, deep gash on the wrist and my fingers are going white",
    ),
    ("E", "caught my shin with the chainsaw, it's deep and my toes have gone cold and blue"),
    ("E", "sliced my forearm on a sheet of metal, very deep cut, my hand is going cold"),
    ("E", "被电锯割到手臂，伤口很深，手指发白冰凉"),
    ("E", "玻璃割到手腕，个口好深，手指冻冰冰又发白"),
    # a small cut beside fingers that are cold from the weather, or numb only, stays below 999
    ("!E", "tiny paper cut on my finger, my fingers are always cold in this office"),
    ("!E", "small cut on my thumb from a tin, the tip of it feels a bit numb"),
    ("!E", "手指被纸划了一个小口，冬天手指本来就冰"),
    ("!E", "really deep splinter in my finger, my fingers are cold from the garden"),
    ("!E", "hedge trimmer nicked my glove, no cut, my hands are cold"),
    # a real danger beside a small cut stays 999
    ("E", "small cut on my finger but he collapsed and isn't breathing"),
]

# NHS.uk ectopic pregnancy (pregnant with pain on one side: an urgent GP, 111 or an early
# pregnancy unit the same day): the home test said as a bare noun, "positive test"
POSITIVE_TEST_ONE_SIDED_PAIN: list[tuple[str, str]] = [
    ("=U", "got a positive test on Friday and have pain low down on the left side today"),
    ("=U", "positive home test 2 weeks ago, since this morning a pain low on my right side"),
    ("=U", "验孕两条杠，今天右下腹一侧隐隐作痛"),
    # a positive test for an infection is no pregnancy
    ("L", "positive test for covid yesterday, pain low on my right side since this morning"),
    ("L", "I had a positive test for strep, sore throat and one sided pain in my tummy"),
]

# NHS.uk urinary tract infections / NICE CKS Pyelonephritis (peeing more often with a high
# temperature, shivering or pain in the side or back: an urgent GP or 111): the frequency told
# by the minutes between
UTI_FREQUENCY_BY_MINUTES: list[tuple[str, str]] = [
    ("=U", "weeing every 15 minutes, stings, temp 38.5 and shivery"),
    (
        "=U",
        "peeing every half hour since this morning and my back hurts on the left side under the"
        " ribs, feverish",
    ),
    ("=U", "尿频尿急，发烧38.6度，右边腰痛"),
    # a wee every hour from drinking more, feeling fine, stays below urgent
    ("L", "I wee every hour at night since I started drinking more water, feel fine"),
]

# UKHSA Tetanus (a tetanus-prone wound, a puncture or a rusty object, with uncertain
# vaccination: same-day assessment): the last jab not remembered
TETANUS_NOT_REMEMBERED: list[tuple[str, str]] = [
    (
        "=U",
        "trod on a rusty nail in the shed, small hole in my foot, can't remember when I last"
        " had a tetanus jab",
    ),
    ("=U", "garden fork went into my foot, no idea when my last tetanus was"),
    ("=U", "踩到生锈的钉子，脚底扎了个洞，不记得什么时候打过破伤风"),
    # a jab remembered as up to date stays below urgent
    ("L", "rusty nail scratched me, tetanus jab up to date, I remember having it last year"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    SNAKE_BITE_SAID_APART
    + EYE_HIT_AT_SPEED
    + WOUND_LIMB_COLD_BEYOND
    + POSITIVE_TEST_ONE_SIDED_PAIN
    + UTI_FREQUENCY_BY_MINUTES
    + TETANUS_NOT_REMEMBERED
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 51 closed here; the rest are named in the report
SET51_ROWS = [
    "f51-en-emg-006",
    "f51-en-emg-010",
    "f51-en-emg-020",
    "f51-en-urg-003",
    "f51-en-urg-006",
    "f51-en-urg-009",
]


@pytest.mark.parametrize("row_id", SET51_ROWS)
def test_set51_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_51.jsonl", row_id)
