"""Under-reads noticed in session 46, by kind, written as tests before the change (session 47,
rules-ma).

Each sentence is our own, in English or simplified / traditional / Cantonese Chinese, read as a
first message with the rules alone, both ways (the kind at its level, look-alikes below it):

1. **A home oximeter's reading told after a comma** ("just measured my oxygen, it's 87%"):
   NEWS2 SpO2 scale 1 and NHS.uk low blood oxygen / pulse oximeters: 92% or less an emergency,
   93-94% urgent. An oxygen cylinder's fill and a normal reading are no low saturation.
2. **A limb suddenly "gone weaker"** (the comparative with sudden onset): NHS.uk stroke, FAST
   (arm weakness). A weakness that grew over months, after the gym or an illness, or an old
   stroke's is not.
3. **Confusion or not remembering the event after a head injury** ("hit my head, confused
   about what happened"): NICE NG232 and NHS.uk head injury (A&E). "Confused about" meaning
   puzzled, with no head injury, is not.
4. **Not fully awake after a near-drowning or a head injury** (唔係好醒, 唔係几醒, 不太清醒):
   Manchester Triage System conscious level (altered conscious level), NHS.uk head injury
   (999 when hard to keep awake). Just woken up, or a poor night's sleep, is not.
5. **A face gone crooked, lopsided or 歪** (FAST face): NHS.uk stroke. A smile always crooked,
   an old broken nose, a picture on the wall, swelling after a tooth out, crooked teeth are not.
6. **"I don't think it's a stroke"** with no stroke sign (a writer's own denial of a named
   condition: the signs decide, NHS.uk stroke) is below an emergency; with a sign, it stays
   an emergency.
7. **Fewer wet nappies in a baby** (今日得一塊尿片濕, 今天只湿了一片尿布): NICE NG143 amber
   (reduced urine output), NHS.uk dehydration in babies: at least urgent. A wet nappy changed
   this morning with good feeds, or six today, is not.
8. **"Sudden weakness down one side of the body"** (NHS.uk's own wording, with "the body"),
   said by the writer of themselves or a relative: NHS.uk stroke. A general question about the
   signs and a quoted leaflet with the signs denied are not.

Wrong before the change (3dca7ea): 37 of the first 87 sentences (1: 8 of 16, 2: 3 of 14,
3: 5 of 10, 4: 4 of 8, 5: 3 of 14, 6: 4 of 9, 7: 5 of 9, 8: 5 of 7). After: two open rows of
kind 8, a general question about the signs and a leaflet quoted with the signs denied after it
("I have none of that"): the same for the "numbness down one side" wording read before this
change, a question frame's reach (clinical.question_frames), not this kind's. ``IN_OTHER_WORDS``
(23 sentences, every kind, both ways) was written after the change, in other words.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

OXIMETER_AFTER_A_COMMA: list[tuple[str, str]] = [
    ("E", "just measured my oxygen, it's 87%"),
    ("E", "just measured my oxygen, it's 87% this morning and I feel dizzy"),
    ("E", "checked my sats, they're 89%"),
    ("E", "did my oxygen on the finger thing, it says 88"),
    ("E", "my oxygen, it's 90% on the oximeter"),
    ("E", "put the pulse oximeter on my dad, it's reading 86 percent"),
    ("E", "checked my oxygen level just now, only 91%"),
    ("=U", "checked my oxygen, it's 94%, bit of a cough"),
    ("E", "测了一下血氧，只有88%"),
    ("E", "刚刚量咗血氧，得89"),
    ("E", "用血氧仪测了下，显示90"),
    ("L", "checked my oxygen, it's 98%, just a sore throat"),
    ("L", "measured my oxygen, it's 97 and my pulse is 80, just a cold"),
    (
        "L",
        "my oxygen cylinder, it's 85% full, my breathing is normal, just want a repeat "
        "prescription",
    ),
    ("L", "checked my sats, they're fine, 97%, runny nose"),
    ("L", "测了血氧，98%，就是有点流鼻涕"),
]

LIMB_SUDDENLY_WEAKER: list[tuple[str, str]] = [
    ("E", "my arm has suddenly gone weaker"),
    ("E", "my right arm has suddenly gone weak"),
    ("E", "all of a sudden my left leg feels weaker than the other"),
    ("E", "my left arm went weak out of nowhere about 20 minutes ago"),
    ("E", "his arm suddenly got weaker and he dropped his cup"),
    ("E", "我右手突然变得没力"),
    ("E", "我妈左手突然没力，拿不住杯"),
    ("E", "佢隻手突然冇晒力"),
    ("!E", "my legs have gone weaker over the last few months"),
    ("!E", "my grip has been getting weaker slowly since my stroke 3 years ago"),
    ("!E", "my arm feels weaker after the gym session yesterday"),
    ("!E", "I feel weaker all over since I've had the flu"),
    ("!E", "最近几个月腿越来越没力"),
    ("!E", "健身后手臂有点没力"),
]

CONFUSED_AFTER_A_HEAD_INJURY: list[tuple[str, str]] = [
    ("U", "hit my head, confused about what happened"),
    ("U", "I hit my head on a cupboard and I'm confused about what happened after"),
    ("U", "my son banged his head at football and he's confused about what happened"),
    ("U", "fell and hit my head, can't remember what happened"),
    ("U", "walked into a door frame and hit my head, a bit confused now"),
    ("U", "头撞到了，现在有点搞不清刚才发生了什么"),
    ("U", "撞亲个头，而家唔记得发生咩事"),
    (
        "L",
        "I'm confused about what happened with my prescription, the pharmacy says it's not ready",
    ),
    ("L", "a bit confused about what the GP said about my rash"),
    (
        "L",
        "confused about what happened at my appointment, do I need a blood test for my cholesterol",
    ),
]

NOT_FULLY_AWAKE: list[tuple[str, str]] = [
    ("E", "仔仔头撞到地，而家唔系好醒"),
    ("E", "个仔遇溺救返上嚟之后唔係几醒"),
    ("E", "他溺水被救上来后不太清醒"),
    ("E", "阿爷跌倒撞到头，而家唔係好醒，叫佢都唔多应"),
    ("E", "我老公头撞到，现在不太清醒"),
    ("L", "我今朝啱起身仲唔系好醒，喉咙有啲痛"),
    ("L", "昨晚冇瞓好，今日唔系几醒神，有啲鼻塞"),
    ("L", "刚睡醒还不太清醒，喉咙有点痛"),
]

FACE_CROOKED: list[tuple[str, str]] = [
    ("E", "the left side of his face looks 歪"),
    ("E", "his face looks crooked all of a sudden"),
    ("E", "my mum's face is lopsided and she's slurring"),
    ("E", "her mouth has gone crooked on one side"),
    ("E", "my dad's face suddenly looks lopsided"),
    ("E", "佢塊面歪咗"),
    ("E", "左边脸看起来歪了"),
    ("E", "阿妈块面突然歪咗一边"),
    ("!E", "my smile has always been a bit crooked"),
    ("!E", "my nose looks crooked since I broke it years ago"),
    ("!E", "the picture on the wall is crooked"),
    (
        "!E",
        "my face is a bit lopsided from the swelling after my wisdom tooth came out yesterday",
    ),
    ("!E", "我的眼镜戴歪了，看东西有点模糊"),
    ("!E", "我牙齿有点歪，想去矫正"),
]

NOT_A_STROKE_I_THINK: list[tuple[str, str]] = [
    ("!E", "I don't think it's a stroke but my hand has pins and needles after sleeping on it"),
    ("!E", "I don't think it's a stroke, just a headache from the screen"),
    ("!E", "I don't think it's a stroke, my eyelid keeps twitching"),
    ("!E", "I doubt it's a stroke, my leg went to sleep sitting cross-legged"),
    ("!E", "应该不是中风吧，就是眼皮一直跳"),
    ("!E", "我唔觉得系中风，只系手有啲麻，瞓觉压住咗"),
    ("E", "I don't think it's a stroke but his face is drooping and he can't lift his arm"),
    ("E", "I don't think it's a stroke but my speech went slurred suddenly"),
    ("E", "应该不是中风吧，但他突然说话不清楚，一边嘴角歪了"),
]

FEWER_WET_NAPPIES: list[tuple[str, str]] = [
    ("U", "baby has only had one wet nappy today"),
    ("U", "my 4 month old has only had 1 wet nappy since yesterday"),
    ("U", "今天只湿了一片尿布"),
    ("U", "今日得一塊尿片濕"),
    ("U", "宝宝今天就一片湿尿布，很没精神"),
    ("U", "BB今日淨係濕咗一塊尿片"),
    ("L", "changed one wet nappy this morning, she's feeding well"),
    ("L", "今天已经湿了六片尿布，吃奶很好"),
    ("L", "今朝换咗一块湿尿片，食奶正常"),
]

WEAKNESS_DOWN_ONE_SIDE_OF_THE_BODY: list[tuple[str, str]] = [
    ("E", "sudden weakness down one side of the body"),
    ("E", "I've got sudden weakness down one side of the body"),
    ("E", "I have sudden weakness down one side of the body, started 20 minutes ago"),
    ("E", "sudden numbness down one side of the body just now"),
    ("E", "my dad has sudden weakness down one side of the body"),
    ("!E", "what are the signs of a stroke? is sudden weakness down one side of the body one?"),
    (
        "!E",
        "NHS says sudden weakness down one side of the body is a stroke sign, I have none of "
        "that, just a headache",
    ),
]

# written after the change, in other words (each kind, both ways)
IN_OTHER_WORDS: list[tuple[str, str]] = [
    ("E", "just did my sats with the finger clip, they're 90"),
    ("E", "checked grandad's oxygen level today, only 88 percent"),
    ("!E", "my oxygen tank, it's 90% full, no breathing problems, just a cough"),
    ("=U", "血氧，只有94%，有啲咳"),
    ("E", "her leg suddenly got much weaker while she was walking"),
    ("E", "my hand went weaker all of a sudden and I can't hold my pen"),
    ("!E", "my hands have got weaker over the years with arthritis"),
    ("U", "he fell off his bike and hit his head and he's confused about how he got here"),
    ("U", "跌低撞到头，佢唔记得点跌"),
    ("L", "I'm confused about what happened to my parcel, also have a sore throat"),
    ("E", "个女撞到个头，而家唔系几醒"),
    ("E", "刚从海里救上来，人不太清醒"),
    ("L", "啱瞓醒唔系好醒，有啲头痛"),
    ("E", "her face has gone all crooked on the right"),
    ("!E", "I've had a crooked face since birth, asking about a cold"),
    (
        "!E",
        "I doubt it's a stroke, it's just my usual migraine aura that always comes before the "
        "headache",
    ),
    ("E", "I doubt it's a stroke but she can't lift her right arm since 10 minutes ago"),
    ("U", "宝宝今日得一片湿尿片，饮奶少咗"),
    ("U", "今天才湿了两片尿布，宝宝没精神"),
    ("E", "sudden weakness down the left side of the body since lunch"),
    (
        "!E",
        "my mum had sudden weakness down one side of the body last year, she's fine now, I have "
        "a cold",
    ),
    (
        "!E",
        "I don't have sudden weakness down one side of the body, just a stiff neck from sleeping "
        "funny",
    ),
]

_GENERAL = (
    "a general question or a quoted leaflet, the sign denied only after it ('none of that'): "
    "read as the writer's own, as the 'numbness down one side' wording was before this change "
    "(clinical.question_frames' reach, not this kind's)"
)
OPEN_ROWS: dict[str, str] = {
    "what are the signs of a stroke? is sudden weakness down one side of the body one?": _GENERAL,
    "NHS says sudden weakness down one side of the body is a stroke sign, I have none of that, "
    "just a headache": _GENERAL,
}


@pytest.mark.parametrize(("code", "text"), with_open(OXIMETER_AFTER_A_COMMA, OPEN_ROWS))
def test_oximeter_after_a_comma(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LIMB_SUDDENLY_WEAKER, OPEN_ROWS))
def test_limb_suddenly_weaker(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CONFUSED_AFTER_A_HEAD_INJURY, OPEN_ROWS))
def test_confused_after_a_head_injury(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(NOT_FULLY_AWAKE, OPEN_ROWS))
def test_not_fully_awake(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FACE_CROOKED, OPEN_ROWS))
def test_face_crooked(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(NOT_A_STROKE_I_THINK, OPEN_ROWS))
def test_not_a_stroke_i_think(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FEWER_WET_NAPPIES, OPEN_ROWS))
def test_fewer_wet_nappies(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WEAKNESS_DOWN_ONE_SIDE_OF_THE_BODY, OPEN_ROWS))
def test_weakness_down_one_side_of_the_body(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(IN_OTHER_WORDS, OPEN_ROWS))
def test_in_other_words(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
