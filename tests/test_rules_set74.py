"""Set 74 (alarming-sounding messages whose gold is self_care or non_urgent), by kind.

Written by rules-nd (session 48). ``tests/data/fresh_levels_74.jsonl`` holds 80 messages by
writer-alarm74, each of one kind (`kind74`): danger signs named and denied, an alarming event
over and dealt with, a frightening word used loosely (or a device alert while well), another
person's emergency. Its first run on 9f1b77f's rules: 56.2%, 8 self-care rows at emergency.
The rows at emergency are closed here BY KIND, each kind with sentences of this module's own
written first from its published source, both ways (the real emergency of each kind stays one):

- EVENT_DEALT_WITH (someone_else / past_event): an event told days back (or last night), dealt
  with by care (taken to hospital, seen by a doctor, discharged) and the person well now or
  still in hospital is no current emergency, whoever had it, a relative too (NHS.uk "when to
  call 999" is for the person with the signs now; NHS.uk epilepsy and fainting: after a seizure
  or faint that was assessed and is over, the GP follows up). The same event told again now
  ("has had another one", 又晕倒了) or with a time of today in its own clause stays 999.
  Rows f74-en-slf-006, -028, f74-zh-slf-010, -018, -020.

Also closed by kind: "blood poisoning" (NHS.uk sepsis) and a feeling likened to being poisoned
(LOOSE_POISONING; rows f74-en-slf-025, -013), a CO alarm said tested or silent (CO_ALARM_SILENT,
NHS.uk carbon monoxide poisoning; row -013's urgent part); an old stroke told with its time
before it (OLD_STROKE_SAME, NHS.uk stroke recovery; row f74-zh-slf-026 left open, see OPEN).

Wrong before any rule change (the rules of 35ac4c2): 16 of 32 kind sentences (EVENT_DEALT_WITH
8 of 14, OLD_STROKE_SAME 2 of 7, LOOSE_POISONING 4 of 7, CO_ALARM_SILENT 2 of 4) and 8 of 8 rows.
After: every kind sentence at its level but two left open (OLD_STROKE_OPEN), 6 rows at their
gold, f74-en-slf-006 one level off (non_urgent) and f74-zh-slf-026 open. AFTER_OTHER_WORDS was
written after the change in other words: 1 of 5 wrong then, left open (AFTER_OPEN).

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

FILE = "fresh_levels_74.jsonl"
# rules-od (session 49) held the event back again, more narrowly (tests/test_past_events_49.py):
# these two stay open under its conditions
_NOW_IN_SENTENCE = (
    "emergency: rules-od's narrower stand-down reads a time of today in the event's own"
    " sentence ('discharged this morning') as the event not over: kept, on the safe side"
)
# (_NO_SUBJECT's row, 阿哥 not among `someone_else`, was closed by rules-pd in session 50)
# NHS.uk "when to call 999" (for the person with the signs now), NHS.uk epilepsy (a seizure
# assessed in hospital and over: the GP or epilepsy team follows up), NHS.uk fainting: an
# event days back, dealt with by care, the person well now or still in hospital
EVENT_DEALT_WITH: list[tuple[str, str]] = [
    (
        "!E",
        "My brother had a seizure yesterday, the ambulance took him to hospital and he was"
        " discharged this morning, he's fine now. I've got a sore throat.",
    ),
    (
        "!E",
        "Mum collapsed at the shops on Tuesday, went to A&E and they sent her home, she's back"
        " to normal. Can I give her paracetamol for her knee?",
    ),
    (
        "!E",
        "My husband fainted two days ago, the doctor checked him over and he's fine now. What"
        " should I put on my sunburn?",
    ),
    (
        "!E",
        "My flatmate had a fit last night and went to hospital by ambulance, she's staying in"
        " for tests. I feel a bit shaky after seeing it.",
    ),
    ("!E", "我爸前天晕倒了，送医院检查过，已经出院了，现在没事了。我自己有点感冒。"),
    ("!E", "我妹妹上个礼拜抽筋，救护车送去医院，医生看过说没事，已经出院了。"),
    ("!E", "我老公昨天晕倒，去了急诊，医生说没事，现在没事了。我手指割了个小口子。"),
    ("!E", "我阿哥琴日癫痫发作，白车送咗去医院，而家冇事出咗院。"),
    # the event come back, or told as now: 999 (NHS.uk epilepsy, fainting)
    (
        "E",
        "My brother had a seizure yesterday, went to hospital and was discharged, and now he's"
        " having another seizure.",
    ),
    (
        "E",
        "Mum collapsed on Tuesday, went to A&E and was sent home, but she collapsed again this"
        " morning and won't wake up properly.",
    ),
    ("E", "我爸前天晕倒了，送医院检查过，已经出院了。今天他又晕倒了，叫不醒。"),
    (
        "E",
        "My husband had a seizure yesterday and is in hospital now. I've had crushing chest pain"
        " for an hour and I'm sweating.",
    ),
    (
        "E",
        "My son had a seizure this morning and it's still going on, the ambulance is on its way.",
    ),
    ("E", "我老公刚才晕倒了，现在还没醒，已经叫了救护车。"),
]

# NHS.uk stroke recovery (a deficit left by an old stroke, unchanged, is no new FAST sign) and
# NHS.uk stroke (999 for a new or suddenly worse sign): an old stroke told with its time before
# it (三年前中风, "three years ago he had a stroke") and the weak arm said the same as before
OLD_STROKE_SAME: list[tuple[str, str]] = [
    ("!E", "我阿公三年前中风，现在右手比较没力，跟以前一样，没有变严重。今天膝盖有点痛。"),
    ("!E", "我爸两年前中风，右手一直比较没力，没有加重，今天有点咳嗽。"),
    ("!E", "我阿爷五年前中咗风，左手冇乜力，同以前一样，今日想问下湿疹点搽药。"),
    (
        "!E",
        "Three years ago my grandad had a stroke, his right hand is weaker, same as before, no"
        " worse. He's got a cold.",
    ),
    # a new or suddenly worse weakness beside the old one: 999
    ("E", "我阿公三年前中风，右手一直有点没力，今天早上突然完全举不起来了"),
    ("E", "我爸两年前中风，今天下午左手突然没力，说话也不清楚了。"),
    (
        "E",
        "my grandad had a stroke 3 years ago and his right arm has been a bit weak ever since,"
        " today it's suddenly gone completely floppy",
    ),
]

# NHS.uk sepsis ("blood poisoning" is its everyday name: its signs decide, 999 for the signs of
# sepsis) and NHS.uk poisoning / TOXBASE (a poisoning is something swallowed, breathed in or on
# the skin): a fear of blood poisoning, or a feeling likened to being poisoned, names no poison
LOOSE_POISONING: list[tuple[str, str]] = [
    (
        "!E",
        "Worried this cut will give me blood poisoning, it's a bit red but no fever, not spreading",
    ),
    (
        "!E",
        "my nan says my new piercing will give me blood poisoning, it's just a bit sore, no fever",
    ),
    (
        "!E",
        "Painted the bathroom with no window open and felt like the fumes were poisoning me,"
        " headache gone now in the fresh air",
    ),
    (
        "!E",
        "Sanding and varnishing the floor all day, it feels like the smell is poisoning me, a"
        " slight headache, fine outside",
    ),
    # a real poisoning or sepsis's signs: 999
    (
        "E",
        "I've got blood poisoning from a cut, fever 39.8, I'm confused and my skin is mottled"
        " and blotchy",
    ),
    ("E", "I took 30 paracetamol an hour ago and it feels like it's poisoning me"),
    ("E", "my son drank bleach from under the sink, I think it's poisoning him, he's drooling"),
]

# NHS.uk carbon monoxide poisoning (symptoms with a possible source, or an alarm that sounds: get
# out and get advice; 999 for the high-level signs): a CO alarm said tested or silent names no
# exposure; an alarm going off, or a source with symptoms, still counts
CO_ALARM_SILENT: list[tuple[str, str]] = [
    (
        "L",
        "Our CO alarm was tested last week and it's quiet, I've got a mild headache after painting",
    ),
    (
        "L",
        "the carbon monoxide alarm hasn't gone off, I just have a bit of a headache from the"
        " paint smell",
    ),
    ("U", "The CO alarm is going off and we all have headaches and feel sick"),
    (
        "U",
        "our carbon monoxide detector keeps beeping and I've had a headache and felt sick all"
        " evening",
    ),
]

# Written after the change, in other words (EVENT_DEALT_WITH's and LOOSE_POISONING's sources)
AFTER_OTHER_WORDS: list[tuple[str, str]] = [
    (
        "!E",
        "My wife passed out at the gym last Friday, the paramedics checked her over and she was"
        " fine, she's back at work. I've got a stiff neck from sleeping funny.",
    ),
    ("!E", "我外婆上星期抽搐，送咗去医院，住咗两日已经出咗院，而家好返晒。"),
    (
        "!E",
        "my mum's worried I'll get blood poisoning from my ingrown toenail,"
        " it's a bit red, no fever",
    ),
    (
        "E",
        "Grandad collapsed yesterday, went to A&E and they kept him in, and this afternoon he"
        " collapsed again on the ward.",
    ),
    ("E", "我老婆前天晕倒过，去了急诊检查，医生说没事。今天她又晕倒了，现在叫不醒。"),
]
AFTER_OPEN: dict[str, str] = {}  # 'last Friday' read as days back by rules-pd (session 50)


EVENT_OPEN: dict[str, str] = {
    "My brother had a seizure yesterday, the ambulance took him to hospital and he was discharged this morning, he's fine now. I've got a sore throat.": _NOW_IN_SENTENCE,  # noqa: E501
}

ROW_IDS = [
    "f74-en-slf-006",
    "f74-en-slf-028",
    "f74-zh-slf-010",
    "f74-zh-slf-018",
    "f74-zh-slf-020",
    "f74-zh-slf-026",
    "f74-en-slf-013",
    "f74-en-slf-025",
]
OPEN: dict[str, str] = {
    "f74-en-slf-006": "non_urgent: the housemate's seizure is closed (EVENT_DEALT_WITH); the"
    " decision reads no self-care evidence in a carer's question about an upset young man",
    "f74-zh-slf-026": "emergency: 'same as before' (跟以前一样, 没有变严重) said of an old stroke's"
    " weak arm would also stand down a new weakness of the other side told today; the rules"
    " read 'today' and 'now' message-wide (see OLD_STROKE_OPEN)",
}
# NHS.uk stroke (999 for a new weakness): left open for the reason of f74-zh-slf-026
OLD_STROKE_OPEN: dict[str, str] = {
    "我阿公三年前中风，现在右手比较没力，跟以前一样，没有变严重。今天膝盖有点痛。": OPEN[
        "f74-zh-slf-026"
    ],
    "我爸两年前中风，右手一直比较没力，没有加重，今天有点咳嗽。": OPEN["f74-zh-slf-026"],
}


@pytest.mark.parametrize(("code", "text"), with_open(EVENT_DEALT_WITH, EVENT_OPEN))
def test_event_dealt_with(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(OLD_STROKE_SAME, OLD_STROKE_OPEN))
def test_old_stroke_same(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LOOSE_POISONING))
def test_loose_poisoning(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CO_ALARM_SILENT))
def test_co_alarm_silent(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_OTHER_WORDS, AFTER_OPEN))
def test_after_other_words(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize("row_id", rows_with_open(ROW_IDS, OPEN))
def test_row_reaches_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, FILE, row_id)
