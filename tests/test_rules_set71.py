"""Set 71's rows (alarming-sounding messages whose gold is self_care or non_urgent).

Written by rules-md (session 47). ``tests/data/fresh_levels_71.jsonl`` holds 80 messages in the
voices of two frozen splits that sent self-care to an emergency (wearables and home devices,
disability and communication, home DIY, after a treatment, cosmetic and body, kitchen and
cooking). At its first run (62.5%) seven self-care rows and one non-urgent row reached an
emergency. Each is named here by the KIND of reading that failed, with the published source:

- f71-en-slf-008: a child hitting his own head with his hands in a meltdown read as a blow to the
  head after a nosebleed - NHS.uk nosebleeds (A&E after a head injury), NHS.uk learning
  disabilities (hitting their head: a sign of distress);
- f71-en-slf-010: a care note's lasting deficit, "expressive aphasia since stroke 2015" with a
  picture board - NHS.uk stroke recovery (aphasia and communication aids), NHS.uk stroke (FAST:
  a new sign is 999);
- f71-zh-slf-010: a faint in the observation after a vaccine, 打完疫苗...晕 - NHS.uk fainting (a
  clear trigger: needles), NHS.uk vaccine side effects;
- f71-zh-slf-012: a swollen face after a wisdom tooth likened to a blow, 像被打了一样, read as a
  thunderclap headache - NHS.uk wisdom tooth removal (swelling expected), NICE CKS headache
  (a thunderclap is a headache);
- f71-zh-slf-013 and -017: a danger told of someone in the news, 看新闻说有人... - NHS.uk when to
  call 999 (for the person with the signs now);
- f71-zh-slf-030: anaphylaxis asked about as a future outcome, 会过敏休克吗 - NHS.uk anaphylaxis
  (the signs decide);
- f71-zh-nur-004: white spirit used to wash paint off the hands read as a poisoning - NHS.uk
  contact dermatitis (irritants such as solvents), TOXBASE (white spirit swallowed: poisoning).

Below an emergency: f71-en-slf-005 (urgent) read the angle the writer fell asleep at as a limb
out of shape - NHS.uk neck pain, NHS.uk broken arm or wrist.

Each kind has sentences of this file's own, both ways (the real emergency of the kind stays
one). The first 30 (the seven emergency kinds) were written before any rule change; the aphasia
"stroke 2017" note, the friend's verdict, MANGO_ON_THE_HANDS and ANGLE_OF_A_SLEEP were written
after their change, in other words. Wrong on the rules of 3dca7ea: 17 of 43 kind sentences
(12 of the first 30) and 9 of 9 rows. After: every kind sentence at its level, 7 of 9 rows at
their gold, two open below urgent (see OPEN_ROWS). Set 71: 62.5% -> 71.2%, self-care at an
emergency 7 of 60 -> 0, non-urgent at an emergency 1 of 20 -> 0, none at urgent.
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

# NHS.uk learning disabilities: hitting their own head is a sign of distress; NHS.uk nosebleeds:
# A&E for a nosebleed after a head injury. Hands or fists on one's own head are no blow to the
# head; a fall or a knock against something still is
SELF_HITTING_NOT_HEAD_INJURY: list[tuple[str, str]] = [
    (
        "!E",
        "my autistic daughter had a nosebleed, she panicked and was hitting her head with her"
        " hands, it stopped after 10 minutes and she's calm now",
    ),
    (
        "!E",
        "my son got a nose bleed at school and started hitting himself on the head with his fists"
        " like he does when upset, it has stopped now",
    ),
    (
        "E",
        "my son fell off the climbing frame and hit his head on the ground, now his nose is"
        " bleeding, it stopped but he feels really weak",
    ),
    (
        "E",
        "he was hitting his head with his hands and then fell and banged his head on the radiator,"
        " his nosebleed has stopped now",
    ),
]

# NHS.uk stroke recovery: aphasia after a stroke is a lasting deficit, often helped by a
# communication aid (picture board); NHS.uk stroke FAST: new or suddenly worse signs are 999
APHASIA_SINCE_STROKE: list[tuple[str, str]] = [
    (
        "!E",
        "care home note: resident 74, aphasia since stroke in 2019, uses a communication board."
        " Pointed to her tooth today. Obs normal, alert, eating well.",
    ),
    (
        "!E",
        "Supported living note: resident 80, expressive aphasia since stroke 2017, uses picture"
        " board. Pointed to his ear today. Obs normal, alert.",
    ),
    (
        "E",
        "expressive aphasia since stroke 2015, uses picture board. Today his speech is suddenly"
        " much worse and slurred",
    ),
    (
        "!E",
        "my dad has had expressive aphasia since his stroke 3 years ago and uses a picture board;"
        " today he pointed to his ear, no temperature",
    ),
    (
        "E",
        "resident has aphasia since stroke 2015, uses picture board. Since 10am today her face is"
        " drooping on the left and she can't lift her left arm",
    ),
    ("E", "my dad suddenly can't get his words out since 20 minutes ago and his face looks droopy"),
]

# NHS.uk fainting: a faint with a clear trigger (needles, an injection) is an uncomplicated
# faint; NHS.uk anaphylaxis: swelling or breathing trouble after a vaccine is 999
FAINT_AFTER_VACCINE: list[tuple[str, str]] = [
    ("!E", "打完流感疫苗在留观区晕了一下，很快就醒了，现在回家了挺好的"),
    ("!E", "打完疫苗之后晕倒了一下，几分钟就醒了，现在没事，就是手臂酸"),
    ("!E", "I fainted after my HPV vaccine in the observation area, came round and I'm fine now"),
    ("E", "打完疫苗晕倒了，嘴唇肿起来，喘不过气"),
    ("E", "she fainted after her vaccine and her lips are swelling and she's wheezing"),
]

# NICE CKS headache assessment: a thunderclap is a headache like a blow; NHS.uk wisdom tooth
# removal: a swollen face after the extraction is expected. A face swollen "as if punched" is no
# headache
SWELLING_LIKE_A_BLOW: list[tuple[str, str]] = [
    ("!E", "拔了智齿第二天，半边脸肿得像被打了一样，不发烧，能吃东西"),
    ("!E", "补完牙脸肿起来了，像被人打了一样，其他都好"),
    ("E", "突然头痛，像被打了一样，从来没这么痛过"),
    ("E", "头突然剧痛，像被人用棍子打了一下，想吐"),
]

# NHS.uk when to call 999: for the person with the signs now; a danger told of someone in the
# news is no sign of the writer's; the writer's own signs beside it still count
DANGER_IN_THE_NEWS: list[tuple[str, str]] = [
    ("!E", "看新闻说有人吃了隔夜菜中毒了，我昨晚也吃了，现在一点事都没有"),
    ("!E", "新闻上说有人染发过敏休克，我刚染完头发，头皮有点痒，其他都好"),
    ("!E", "看新闻报道有人用了烫发剂过敏性休克，我好担心，我现在没有任何不舒服"),
    ("E", "看新闻说有人染发过敏，我刚染完头发，现在嘴唇肿了，喘不过气"),
    ("E", "新闻说有人吃河豚中毒，我刚吃了河豚，现在嘴巴麻，手脚没力，喘不过气"),
]

# NHS.uk anaphylaxis: the signs decide (swelling of the lips or throat, trouble breathing); a
# question whether a skin rash could turn into it names no sign
ANAPHYLAXIS_ASKED_AHEAD: list[tuple[str, str]] = [
    ("!E", "吃了虾身上有点痒，会过敏休克吗"),
    ("!E", "剥完芒果手有点痒，会不会过敏性休克"),
    ("E", "吃了虾全身起疹子，嘴唇肿了，喉咙好紧，是不是过敏休克"),
    ("E", "吃了花生后过敏休克了，叫不醒"),
]

# NHS.uk contact dermatitis (irritants such as solvents on the skin: dry, cracked, itchy hands);
# TOXBASE white spirit: swallowed or breathed in is a poisoning
SOLVENT_ON_THE_SKIN: list[tuple[str, str]] = [
    ("!E", "用 white spirit 洗手上的油漆，手很干还裂开了"),
    ("!E", "I've been cleaning paint off my hands with white spirit all week and they're cracked"),
    ("E", "我儿子喝了一口 white spirit，现在一直咳嗽，喘不过气"),
    ("E", "my toddler drank some white spirit from a cup and is coughing and breathing fast"),
    # a friend's verdict of a poisoning with nothing swallowed: the signs decide
    ("!E", "my friend says it's chemical poisoning, my hands are dry from the paint stripper"),
    ("E", "my friend said it's chemical poisoning, my son drank drain cleaner and is drooling"),
]

# NHS.uk contact dermatitis: an itchy rash on the hands that peeled or cut a mango is where the
# skin touched it (a pharmacist); RCUK 2021: a rash after eating the food is one system (same
# day), lips swelling with breathlessness an anaphylaxis (999). Written after the change.
MANGO_ON_THE_HANDS: list[tuple[str, str]] = [
    ("L", "剥完芒果手有点痒起了红疹，会不会过敏"),
    ("L", "peeling mangoes for a party and my hands came up in an itchy rash"),
    ("U", "吃了芒果全身起疹子"),
    ("E", "吃了芒果嘴唇肿了喘不过气"),
]

# NHS.uk neck pain (sleeping in an awkward position: treated at home); NHS.uk broken arm or
# wrist (a limb at an odd angle: the same day); NHS.uk meningitis (a stiff neck with a fever and
# a rash that does not fade: 999). The angle of a sleep is no limb out of shape (f71-en-slf-005,
# urgent at the first run). Written after the change.
ANGLE_OF_A_SLEEP: list[tuple[str, str]] = [
    (
        "L",
        "fell asleep on the sofa at a funny angle and woke up with a stiff neck, no fever,"
        " no rash, can touch chin to chest",
    ),
    ("L", "slept at a weird angle on the train and my neck is stiff today, paracetamol helps"),
    ("U", "I fell off my bike and my wrist is at a weird angle"),
    ("U", "my little finger is at an odd angle after I caught it in the door"),
    (
        "E",
        "stiff neck and a temperature of 39.5, and a rash that doesn't fade when I press a glass"
        " on it",
    ),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    SELF_HITTING_NOT_HEAD_INJURY
    + APHASIA_SINCE_STROKE
    + FAINT_AFTER_VACCINE
    + SWELLING_LIKE_A_BLOW
    + DANGER_IN_THE_NEWS
    + ANAPHYLAXIS_ASKED_AHEAD
    + SOLVENT_ON_THE_SKIN
    + MANGO_ON_THE_HANDS
    + ANGLE_OF_A_SLEEP
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 71 at an emergency or urgent at the first run
SET71_EMERGENCY_ROWS = [
    "f71-en-slf-005",  # urgent at the first run
    "f71-en-slf-008",
    "f71-en-slf-010",
    "f71-zh-slf-010",
    "f71-zh-slf-012",
    "f71-zh-slf-013",
    "f71-zh-slf-017",
    "f71-zh-slf-030",
    "f71-zh-nur-004",
]

OPEN_ROWS: dict[str, str] = {
    "f71-en-slf-008": "no longer an emergency (the hands on his own head are no head injury);"
    " the four-level decision leaves the stopped nosebleed at non_urgent: its self-care evidence"
    " (NHS.uk nosebleeds treated at home) was not reached in this session",
    # f71-zh-slf-030 closed by rules-ng (session 48): a mango's skin on the hands, NHS.uk contact
    # dermatitis, tests/test_self_care_evidence_48.py
}


@pytest.mark.parametrize("row_id", rows_with_open(SET71_EMERGENCY_ROWS, OPEN_ROWS))
def test_set71_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_71.jsonl", row_id)
