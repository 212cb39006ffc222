"""Coverage of fresh set 25's voices: dictated into a phone, a second language, panic.

Written by the engineer who closed set 25's emergencies below urgent and its feared-condition
rows (``tests/data/fresh_levels_25.jsonl``), one group per category of miss, in other words
than the set's, each group from the published source named above it. ``E`` must end
``emergency``, ``U`` at least ``urgent``, ``!E`` anything but ``emergency``, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.medicine_sounds import read_medicine_sounds
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# TOXBASE / NHS.uk overdose: an overdose said with a count and the medicine's name as a
# recogniser writes it from speech (clinical.medicine_sounds). All were read as no medicine.
DICTATED_OVERDOSE: list[tuple[str, str]] = [
    ("E", "she took about 30 para seat a mole tablets an hour ago"),
    ("E", "my son has swallowed 24 paris eat a mole"),
    ("E", "I took 40 cert re lean last night"),
    ("E", "he took like 20 trauma doll and a bottle of wine"),
    ("E", "taken 32 i be pro fen tablets"),
    ("E", "my mum has taken 16 co coda mole"),
    ("E", "he took 28 amy trip to lean at lunch"),
    # one or two tablets are a dose, not an overdose; the name alone changes nothing
    ("L", "i took 2 paris at a mole for my headache"),
    ("L", "can i take para seat a mole with a cold"),
]

# NHS.uk burns and scalds (A&E): larger than the injured person's hand, two body areas, or a
# deep burn with white skin that may not hurt, in learner English and a second language's
# Chinese. The burns failed before; a coin-sized scald stays below urgent.
LARGE_BURN: list[tuple[str, str]] = [
    ("E", "hot oil fell on my chest and arms, very big area, skin is white and no pain"),
    ("E", "boiling water fall on my leg big area many blister"),
    ("E", "my husband burn by hot water, whole arm, skin become white"),
    ("E", "热油倒在手上 好大一片 有的地方白白的不痛"),
    ("E", "开水倒在身上 胸和手臂都烫了"),
    ("E", "煲汤的时候滚油溅到 大一片起泡"),
    ("L", "I spilled hot water on my hand, small red patch the size of a coin, cooled it"),
    ("L", "我的手被开水烫了一下 硬币那么大 红红的 有点痛"),
]

# RCOG Green-top 50 umbilical cord prolapse (call 999): after the waters break, a cord or
# something felt or seen coming down. All were urgent (waters alone) before; the waters alone
# stay urgent.
CORD_AFTER_WATERS: list[tuple[str, str]] = [
    ("E", "my waters broke and i feel something like a rope down there"),
    ("E", "waters have gone 37 weeks, something hanging out down there, is it the cord"),
    ("E", "her waters just broke and she can feel something coming out"),
    ("E", "破水了 下面有东西出来 像绳子"),
    ("E", "羊水破咗 摸到好似脐带嘅嘢"),
    ("E", "羊水刚破 感觉有东西掉出来 好怕"),
    ("=U", "羊水破了 没有什么东西出来 宫缩五分钟一次"),
    ("=U", "my waters broke at 39 weeks, clear fluid, no contractions yet"),
]

# NHS.uk heart attack / NICE NG232 head injury: a feared condition named in a frightened
# question or a past thought is the fear, not the sign; the sign itself keeps firing. The
# fears were raised to an emergency before.
FEARED_NAMED: list[tuple[str, str]] = [
    ("!E", "my heart was racing after coffee and I thought it was a heart attack, fine now"),
    ("!E", "I honestly thought I was having a heart attack but it was just wind, no chest pain"),
    ("!E", "he fell off the sofa and bumped his head, playing normally now, is his brain bleeding"),
    ("!E", "small bump on her head from the table, she is fine and eating, is her brain ok"),
    ("E", "I thought it was a heart attack, crushing chest pain going to my left arm, sweaty"),
    ("E", "she fell and hit her head, vomited 3 times and is very sleepy, is her brain bleeding"),
    ("E", "his face is drooping on one side and his speech is slurred, is his brain bleeding"),
]

# Rule misfires on everyday words: NHS.uk tension-type headache ("a tight band around the
# head") is no chest pain (NICE CG95 reads a band round the chest), and NICE NG123 urine leaked
# on coughing (Cantonese 漏少少尿) is incontinence, not NICE NG51 oliguria (得少少尿, little
# urine passed, stays). The headache and the leak were urgent before.
MISFIRES: list[tuple[str, str]] = [
    ("L", "headaches most evenings for weeks, like a tight band round my head, no vomiting"),
    ("L", "she gets a band around her head feeling after work, paracetamol helps"),
    ("L", "my head feels like theres a band around my head since yesterday"),
    ("E", "it feels like a tight band around my chest and it spreads to my arm"),
    ("L", "生完BB之后 咳嗽或者打喷嚏会漏少少尿 冇痛"),
    ("L", "跑步时会漏少少尿 已经半年了"),
    ("U", "他今日得少少尿 好攰"),
]

CASES = DICTATED_OVERDOSE + LARGE_BURN + CORD_AFTER_WATERS + FEARED_NAMED + MISFIRES


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_the_dictated_and_panic_voices_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(
    ("said", "read"),
    [
        ("took 30 paris at a mole tablets", "took 30 paracetamol tablets"),
        ("took 16 trauma doll", "took 16 tramadol"),
        # everyday words are left as they are
        ("paris was lovely at the weekend", "paris was lovely at the weekend"),
        ("the trauma of it all", "the trauma of it all"),
    ],
)
def test_a_medicine_dictated_as_sound_alike_words_is_read(said: str, read: str) -> None:
    assert read_medicine_sounds(said) == read
