"""Set 46's kinds: the voice corrects itself, quotes a verdict found online, or tells a sign that
has passed, and none of those sets the level. What does: a fever medicine told with what it does
to the fever (退烧药吃了会降), which is treatment, not a child who got hold of a medicine (NHS.uk
poisoning); snoring told as going on since a season of last year (从去年冬天开始), which is ongoing
and keeps a child's pauses in the breathing at night the GP's (NHS.uk snoring); and a chest pain
brought on by lifting the arm (抬胳膊也痛), gone when lying still (躺着不动就不痛) and reproduced by
pressing, which is a strained chest wall, not pain spreading to the arm, pain at rest nor a
heart attack to fear (NHS.uk chest pain).

Written by rules-cu (session 35) before any rule changed. The sentences are this file's own,
each from the published source named above its list; ``SET46_ROWS`` are rows of
``tests/data/fresh_levels_46.jsonl`` closed here, each asserted at its gold level.
Wrong before any rule change: 3 of 3 rows and 11 of 21 kind sentences. In a second round, a
face, hands or fingers said to have puffed up or ballooned with a late-pregnancy headache and
flashing lights (NICE NG133 / NHS.uk pre-eclampsia: sudden swelling), wrong before its change:
f46-en-emg-008 and 5 of the 11 swelling sentences (swelling said built up since yesterday or
over days stays urgent, as f25-en-urg-012 and f29-en-urg-013's golds have it). In a third, a
packet bitten open (把干燥剂咬破了), which is no bite (NHS.uk animal and human bites; NHS.uk and
TOXBASE: silica gel), wrong before its change: f46-zh-slf-006 and 3 of the 5 sentences.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE NG133 hypertension in pregnancy, NHS.uk pre-eclampsia and RCOG: a severe headache with
# vision problems (flashing lights) and sudden swelling of the face, hands or feet is an
# emergency; the swelling said as puffed up or ballooned, the face and fingers named before it.
# Swelling said to have built up over a day or more is not the sudden swelling NHS.uk names
# (the headache with flashing lights stays urgent: pregnancy_preeclampsia_signs)
SWELLING_PUFFED_UP: list[tuple[str, str]] = [
    (
        "E",
        "34 weeks pregnant, bad headache since yesterday, flashing lights"
        " tonight and my face and fingers have puffed right up",
    ),
    (
        "E",
        "I'm 36 weeks pregnant with a pounding headache, seeing"
        " flashing lights, and my hands have ballooned",
    ),
    (
        "E",
        "Pregnant, 35 weeks. Headache won't shift, flashes in my vision"
        " and my face has puffed up since this afternoon",
    ),
    (
        "E",
        "My wife is 33 weeks pregnant, she has a headache and"
        " flashing lights and her fingers puffed up today",
    ),
    ("E", "怀孕33周，头痛两天吃药没用，眼前一闪一闪，脸和手指都胀起来了"),
    ("E", "懷孕35週，頭好痛，眼前閃光，塊面同手指腫到脹卜卜"),
    # NHS.uk swollen ankles, feet and fingers in pregnancy: swelling by the evening with no
    # headache or vision problems is checked, not an emergency
    (
        "!E",
        "32 weeks pregnant and my ankles have puffed up by the evening, no headache, vision fine",
    ),
    ("!E", "怀孕30周，晚上脚有点肿，没有头痛，眼睛也没问题"),
    ("!E", "My face puffed up after crying last night, I'm not pregnant"),
    (
        "=U",
        "34 weeks pregnant, pounding headache, flashing lights, and my face and fingers"
        " have puffed up since yesterday",
    ),
    ("=U", "33 weeks, headache and flashing lights, my hands have puffed up over two days"),
]

# NHS.uk poisoning is about a medicine a child got hold of; NICE NG143: a fever medicine given
# lowers the temperature for a while (a fever of 5 days or more is seen the same day). A fever
# medicine told with what it does to the fever (会降, 降了, 降下来, 又烧起来) is treatment
FEVER_MEDICINE_WITH_ITS_EFFECT: list[tuple[str, str]] = [
    ("=U", "女儿一岁，发烧第五天了，退烧药吃了会降，过几个钟又烧起来"),
    ("=U", "儿子两岁，发烧五天了，退烧药吃了降了一点又烧上去"),
    ("=U", "個女一歲半，發燒第五日，退燒藥食咗會降，但係過幾個鐘又燒返"),
    ("=U", "宝宝发烧5天了，退烧药吃了能降下来，精神还行"),
    # the child who got hold of the medicine stays an emergency (NHS.uk poisoning)
    ("E", "两岁儿子趁我不注意把退烧药吃了半瓶"),
    ("E", "三岁女儿把奶奶的降压药吃了两颗"),
]

# NHS.uk snoring and children's obstructive sleep apnoea: loud snoring with pauses in the
# breathing at night and tiredness in the day is the GP's; snoring going on since a season of
# last year (从去年冬天开始) is ongoing, not history, and still names the snoring
SNORING_SINCE_LAST_SEASON: list[tuple[str, str]] = [
    ("L", "儿子7岁，从去年冬天开始睡觉打呼噜很响，有时候呼吸停几秒然后猛地喘一下，白天打瞌睡"),
    ("L", "女儿六岁，从去年夏天开始晚上打鼾，睡着了呼吸会停几秒，白天呼吸正常"),
    ("L", "個仔8歲，由旧年冬天開始瞓覺扯鼻鼾好大聲，有時呼吸停咗幾秒，日頭冇事"),
    (
        "L",
        "My son is 7 and since last winter he snores loudly and stops"
        " breathing for a few seconds then gasps, fine in the day",
    ),
    # NICE NG9 bronchiolitis / NHS.uk: a baby's pauses in the breathing with no snoring told
    ("E", "宝宝三个月，感冒了，刚才呼吸停了几秒"),
    ("E", "My 2 month old has a cold and keeps stopping breathing for a few seconds"),
]

# NHS.uk chest pain (a strained chest-wall muscle: worse when you press, move or lift, you
# can treat it yourself) and NICE CG95 (rest pain; pain spreading to the arm): a pain brought
# on by lifting the arm is no pain spreading to it, and one that goes lying still is no pain
# at rest
CHEST_WALL_PAIN_ON_MOVING: list[tuple[str, str]] = [
    ("!E", "练完卧推左边胸口一按就痛，转身、抬胳膊也痛，躺着不动就不痛，不喘不出汗"),
    ("!E", "搬完家右边胸口一按就疼，举手也疼，躺着就不疼"),
    ("!E", "健身之後左邊心口一撳就痛，抬起手臂都痛，瞓低唔郁就唔痛"),
    (
        "!E",
        "after bench pressing my left chest hurts when i press on it and"
        " when i lift my left arm, no pain lying still",
    ),
    # a heart attack feared (or read online) with the pain reproduced by pressing: the signs
    # answer the fear (NHS.uk chest pain)
    ("!E", "是不是心梗？胸口一按就痛，抬胳膊也痛"),
    ("!E", "is this a heart attack? my chest hurts when i press on it since the gym, no sweating"),
    ("E", "是不是心梗？胸口一按就痛，出冷汗"),
    # NICE CG95 / NHS heart attack: pain going into the arm, or with a cold sweat, stays 999
    ("E", "胸口压着痛，一直痛到左胳膊，出冷汗"),
    ("E", "chest pain going down my left arm and i'm sweating"),
]

KINDS: list[object] = (
    SWELLING_PUFFED_UP
    + FEVER_MEDICINE_WITH_ITS_EFFECT
    + SNORING_SINCE_LAST_SEASON
    + CHEST_WALL_PAIN_ON_MOVING
)


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 46 closed here; the rest are named in the report
SET46_ROWS = [
    "f46-en-emg-008",
    "f46-zh-urg-010",
    "f46-zh-nur-006",
    "f46-zh-slf-003",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_46.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET46_ROWS)
def test_set46_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])


# NHS.uk animal and human bites are about a person bitten; a packet the child bit open
# (把干燥剂咬破了, 袋子咬破) is no bite, and NHS.uk / TOXBASE: silica gel sachets are not poisonous
# in small amounts (a well child: a drink, no hospital). A person or an animal's bite that broke
# the skin stays same day.
PACKET_BITTEN_OPEN: list[tuple[str, str]] = [
    ("L", "4岁女儿把一小包干燥剂咬破了，吃进去一点点，她没有咳嗽，玩得好好的"),
    ("L", "三歲仔將包乾燥劑咬破咗，食咗幾粒，冇咳，冇事咁玩緊"),
    ("L", "儿子把零食袋子咬破了，舔了一点干燥剂的小珠子，没咳嗽没呛到"),
    ("U", "弟弟被邻居家的猫咬破了手"),
    ("U", "小朋友打架被人咬破了皮"),
]


@pytest.mark.parametrize(("expected", "text"), PACKET_BITTEN_OPEN)
def test_packet_bitten_open_is_no_bite(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


def test_set46_silica_gel_row(rules: RuleSet) -> None:
    """f46-zh-slf-006: a child who bit open a silica-gel sachet (NHS.uk, TOXBASE) is self-care."""
    row = _BY_ID["f46-zh-slf-006"]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
