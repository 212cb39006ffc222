"""Gaps noticed in session 44 and left alone, closed in session 45 (coordinator, rules-ka).

Each sentence is our own, read as a first message with the rules alone, from the guidance named
above its list:

1. **A snake bite told with the snake and the bite in separate clauses, in Chinese**
   ("鸡窝里有蛇，我被咬了"): NHS.uk snake bites (any snake bite: call 999 or go to A&E). The
   English side read it already ("there was a snake in the henhouse, i got bitten"); the Chinese
   snake was only read inside one clause with its bite ("蛇...咬"). A snake named for food, a
   herb, a place, a zodiac sign or a saying is no snake, and a pet bitten stays the vet's.
   The bite must be a person's (被咬, 咬了我, 俾佢咬), and another biter named (a dog, a
   mosquito) is no snake's.
2. **A fall off or from something, with a head injury's warning signs but the head unnamed**
   ("fell off my bike and now i keep being sick and cant remember the ride home", 从梯子上摔下来
   现在一直吐): NICE NG232 Head injury (vomiting, memory loss, new confusion, drowsiness, a
   blackout or a fit after the injury; a fall from a height or a ride is its dangerous
   mechanism) and NHS.uk head injury (A&E). Session 44 took the bare "fell off" and "fell from"
   out of a head injury for a ride's or a ladder's fall with nothing else hurt, but kept it for
   every other fall, and a ride's fall with these signs went to ``urgent`` or lower. A fall is
   now no head injury by itself (its wrist, its ankle, its knee stay the limb's), and a fall
   with these signs reads as one (vomiting more than once: a single vomit from the pain is no
   sign, as session 44's tests hold). On an anticoagulant, a headache after the fall is the
   head's. A fall with no sign of the head stays below urgent.

Wrong before the change (the rules of c18478b, the same as b4e6dc4's): 17 of the 38 sentences
(item 1: 8 of 17, every snake told apart from its bite; item 2: 9 of 21, every fall with the
head's signs but the head unnamed, seven of them below ``urgent``). None of the 10,747 stored
texts moved.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NHS.uk snake bites
SNAKE: list[tuple[str, str]] = [
    ("E", "鸡窝里有蛇，我被咬了"),
    ("E", "鸡窝里有蛇，我被咬了，手肿了"),
    ("E", "草丛里窜出一条蛇 我被咬了"),
    ("E", "我被咬了，好像是蛇"),
    ("E", "蛇在鸡窝里，咬了我一口"),
    ("E", "草叢裡有條蛇，我俾佢咬咗一啖"),
    ("E", "在菜地里干活，一条蛇窜出来，脚踝被咬了两个小孔"),
    ("E", "爬山時有條蛇，我朋友被咬到小腿"),
    ("L", "昨晚吃了蛇羹，今天有点拉肚子"),
    ("L", "我属蛇，最近总是失眠"),
    ("L", "我在蛇口上班，被蚊子咬了好多包，很痒"),
    ("L", "家里的狗被蛇咬了，我要带它去看兽医"),
    ("L", "看了一个关于蛇的纪录片，晚上做噩梦，咬到舌头了"),
    ("L", "白花蛇舌草泡水喝了一周，嘴里起了个小泡"),
    ("!E", "鸡窝里有蛇，我吓了一跳，后来被狗咬了一下，破了点皮"),
    ("L", "家里养了一条玉米蛇，今天被蚊子咬了几个包，有点痒"),
    ("!E", "生蛇好痛，晚上睡觉咬到舌头"),
]

# NICE NG232 Head injury; NHS.uk head injury; NHS.uk falls
FALLS: list[tuple[str, str]] = [
    ("E", "fell off my bike and now i keep being sick and cant remember the ride home"),
    (
        "E",
        "my dad fell off the ladder clearing the gutter, he's on warfarin and has a headache now",
    ),
    ("E", "fell off my horse this morning, threw up twice since and feel confused"),
    ("E", "my son fell from the climbing frame and has been sick three times and is really sleepy"),
    ("E", "came off my scooter, can't remember what happened and i've vomited twice"),
    ("E", "she fell down the loft ladder, had a fit afterwards, now very drowsy"),
    ("E", "我从梯子上摔下来了 现在一直吐 头很晕"),
    ("E", "我爸爸从自行车上摔下来，吃着华法林，现在头痛"),
    ("E", "从马上摔下来 吐了两次 记不起发生了什么"),
    ("E", "佢由梯度跌咗落嚟，之后一直嘔，好眼瞓"),
    ("E", "我媽從機車上摔下來，一直吐，講話怪怪的"),
    ("L", "fell off my bike yesterday, grazed knee, feeling fine"),
    ("L", "fell off the ladder, sprained my ankle, can walk on it"),
    ("L", "my kid fell off the sofa onto carpet, cried straight away, now playing normally"),
    ("!E", "fell off my bike on saturday, on warfarin, my wrist is bruised and sore"),
    ("L", "我从自行车上摔下来，膝盖擦破了一点皮，没有别的不舒服"),
    ("L", "从梯子上摔下来扭到脚，能走路，不肿"),
    ("!E", "my mum 84 fell off a chair onto her bottom, didn't hit her head, a bit sore"),
    # the head said with the fall still reads as it did ("head first", the head hit)
    ("E", "fell off my bike head first, on warfarin, vomited twice"),
    ("E", "fell off and hit my head on the bike, now being sick"),
    ("E", "my mum 84 fell off a chair, on apixaban, bump on her forehead"),
]

KINDS = SNAKE + FALLS
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_noticed_gap_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
