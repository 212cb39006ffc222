"""A new weakness told as sudden beside an old stroke's weakness "as usual" (session 49).

NHS.uk stroke recovery: a weakness that has stayed since an old stroke, told as it always is,
is the person's baseline and no 999 call (``stroke_arm_weakness_new_onset`` stands down on
[stroke_before, deficit_longstanding, as_usual]). But that stand-down read "as usual" anywhere
in the message, so a carer who said the OLD weakness was the same as before and then that the
other hand had gone weak suddenly today got ``non_urgent``: 我爸中风后右手一直没力，跟以前一样，
但是今天左手突然没力了 (found by rules-nd in session 48; the English sentence escaped only
because "same as before" was not an "as usual" phrase, and "same as usual" fell the same way).
NHS.uk stroke (FAST: call 999 for sudden weakness on one side; NICE NG128: a deficit that began
within hours is a stroke until shown otherwise) does not except someone who had a stroke before.

The first two blocks were written before the mend: 8 of 22 wrong then (the six emergencies
whose old weakness was told "as usual" and the new one "suddenly"; an old 脑梗 "三年前突然脑梗"
not read as an old stroke, so its weakness as usual was an emergency; and 都係咁 today, left
open). The look-alikes, an old stroke's weakness as usual with nothing new and an old stroke
that itself came on suddenly, stay below an emergency. The last block was written after the
mend (a new speech sign told as sudden; a flu's weakness all over).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

NEW_WEAKNESS_BESIDE_OLD: list[tuple[str, str]] = [
    ("E", "我爸中风后右手一直没力，跟以前一样，但是今天左手突然没力了"),
    ("E", "佢中風之後右手一直冇力，同以前一樣，但係今朝左手突然冇晒力"),
    ("E", "我婆婆脑梗以后左腿一直没劲，跟平时一样，可是刚才右手突然没劲了"),
    ("E", "外婆中風後左手一直沒力，跟以前一樣，但是今天早上右腳突然沒力了"),
    ("E", "我中风后左手一直没力，老样子，但是一个小时前右手突然使不上劲了"),
    (
        "E",
        "My dad's right hand has been weak since his stroke, same as usual, but today his left "
        "hand suddenly went weak",
    ),
    (
        "E",
        "mum had a stroke 3 years ago her left leg is weak as usual but this morning her right "
        "arm suddenly went weak",
    ),
    (
        "E",
        "since his stroke his right arm has been weak, same as always, but an hour ago his left "
        "arm suddenly went weak",
    ),
    (
        "E",
        "My right hand has been weak since my stroke, as usual, but just now my left arm "
        "suddenly went weak and I can't lift it",
    ),
    # look-alikes: the old weakness as usual, nothing new; an old stroke that came on suddenly
    ("L", "我爸中风后右手一直没力，跟以前一样，今天也没什么变化"),
    ("L", "佢中風之後右手一直冇力，今朝都係老樣子"),
    ("L", "我爸去年突然中风，右手到现在还是没力，跟以前一样"),
    ("L", "My dad's right hand has been weak since his stroke, same as usual today, nothing new"),
    (
        "L",
        "since her stroke two years ago her left arm has been weak, as usual this morning, no new "
        "symptoms",
    ),
    (
        "L",
        "my husband suddenly had a stroke last year, his right arm has been weak ever since, same "
        "as usual, just wondering about physio",
    ),
    ("L", "我外公三年前突然脑梗，之后左手一直没力，老样子，想问下康复训练"),
    ("L", "Since my stroke my left hand is weak as usual. Can I still drive?"),
]

# written before the mend too, in other words
OTHER_WORDS: list[tuple[str, str]] = [
    ("E", "阿爺中風後右手一直冇力，都係咁，但係頭先左手突然冇力"),
    ("E", "我妈中风后说话一直不太清楚，跟以前一样，但今天右手突然无力"),
    (
        "E",
        "grandad's left side has been weak since his stroke, same as ever, but tonight his right "
        "hand suddenly went weak",
    ),
    ("L", "阿爺中風後右手一直冇力，都係咁，今日冇咩唔同"),
    ("L", "grandad's left side has been weak since his stroke, same as ever, he's fine in himself"),
]

# written after the mend: a new speech sign told as sudden, and a flu's weakness all over
AFTER_THE_MEND: list[tuple[str, str]] = [
    ("E", "我爸中风后右手一直没力，跟以前一样，但今天吃饭时突然说不出话"),
    (
        "E",
        "Dad's right arm has been weak since his stroke, same as usual, but at lunch he suddenly "
        "couldn't speak",
    ),
    ("!E", "我爸中风后右手一直没力，跟以前一样，今天感冒了，突然觉得全身没力，有点发冷"),
    (
        "!E",
        "my left hand has been weak since my stroke, as usual, today I suddenly feel weak all over "
        "and shivery with the flu",
    ),
]

# 都係咁 (it is always like this) with 今日冇咩唔同 (nothing different today) was an open row
# here; rules-oe (session 49) closed it with stroke_nothing_new_today (neuro_lookalikes.yaml),
# read only with stroke_before and deficit_longstanding (tests/test_noticed_gaps_49.py)
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(NEW_WEAKNESS_BESIDE_OLD, OPEN))
def test_new_weakness_beside_old_stroke(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), with_open(OTHER_WORDS, OPEN))
def test_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), with_open(AFTER_THE_MEND, OPEN))
def test_after_the_mend(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
