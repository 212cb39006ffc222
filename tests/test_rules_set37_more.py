"""Set 37's rows left after its emergencies were closed: a nosebleed said to be still going in
Chinese (未停, 还没停, a flow like an open tap), a breastfeeding mother's own fever told beside
her young baby's age, and an arm lifted over the head that hurts most (举过头顶最痛) read as a
worst-ever headache.

Written by rules-bx (session 31). The sentences are this file's own, each from the published
source named above its list:

- NHS.uk nosebleeds (a nosebleed lasting longer than 10 to 15 minutes, or heavy, needs same-day
  care at an urgent treatment centre or A&E): the bleeding said as not yet stopped (未停, 仲未停,
  还没停) or pouring like an open tap (好似开咗水喉, 像开了水龙头);
- NHS.uk mastitis (a red, hot, painful breast with a high temperature while breastfeeding: an
  urgent GP appointment or 111) and NICE NG143 Fever in under 5s (red: a baby under 3 months
  with 38 °C or more, an emergency): the fever is the mother's when it is told of her breast,
  and the baby's own fever at one month stays an emergency;
- NHS.uk shoulder pain and NICE CKS Shoulder pain (pain lifting the arm, not better in two
  weeks: a routine GP appointment) beside NICE CKS Headache assessment (the worst headache ever:
  an emergency): 举过头顶 (lifted above the head) is the arm's movement, no head pain.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk nosebleeds (longer than 10-15 minutes, or heavy: same day); stopped with pressure is
# self-care
NOSEBLEED_STILL_GOING: list[tuple[str, str]] = [
    ("U", "流鼻血流咗三十五分鐘都仲未停，揸住個鼻都冇用"),
    ("U", "我流鼻血已经二十五分钟了，捏着鼻子到现在还没停"),
    ("U", "個仔流鼻血，好似開咗水喉咁，止極都止唔住"),
    ("U", "流鼻血流得像开了水龙头一样，按了十分钟也没用"),
    ("U", "鼻血流了快四十分钟，到现在都未停"),
    ("L", "流鼻血流咗五分鐘，揸住個鼻就停咗，冇食薄血藥"),
    ("L", "孩子流鼻血，捏了十分钟就不流了，现在在玩"),
    ("L", "水喉坏咗，成晚滴水，瞓唔着"),
]

# NHS.uk mastitis (urgent) against NICE NG143 (a baby under 3 months with 38 °C: emergency)
MOTHER_OWN_FEVER: list[tuple[str, str]] = [
    ("!E", "宝宝刚满月，我在喂母乳，右边乳房红肿发硬，一碰就痛，我自己烧到三十八度八"),
    ("!E", "我喺餵人奶，BB啱啱滿月，左邊乳房紅咗一忽又硬又熱，我今日發燒三十九度"),
    (
        "!E",
        "I'm breastfeeding my one month old and my left breast is red, hot and hard, "
        "and I've got a fever of 38.6 and the shivers",
    ),
    ("U", "宝宝刚满月，我在喂奶，乳房又红又硬，我发烧三十八度五，发冷"),
    ("E", "我在喂奶，宝宝刚满月，宝宝今天发烧三十八度二"),
    ("E", "宝宝刚满月，今天摸着很烫，量了三十八度，我在喂母乳"),
    ("E", "BB啱啱滿月，今日發燒三十八度半，食奶少咗"),
    ("E", "I'm breastfeeding, our baby is one month old and he has a fever of 38.3"),
    ("E", "我乳腺炎在吃药，宝宝刚满月，宝宝今天也发烧三十八度"),
    (
        "E",
        "I've got mastitis, my breast is red and hot, "
        "and my one month old baby has a temperature of 38.4 too",
    ),
]

# NHS.uk / NICE CKS shoulder pain (routine) against NICE CKS Headache (the worst ever: 999)
ARM_OVER_HEAD: list[tuple[str, str]] = [
    ("!E", "右边肩膀痛了两个星期，手举过头顶最痛，穿衣服也痛"),
    ("!E", "打完网球以后手臂一举过头就最痛，放下来就好点"),
    ("!E", "膊头痛咗一個月，隻手舉過頭頂最痛"),
    ("E", "头顶突然最痛，这辈子没有这么痛过"),
    ("E", "头痛得要炸开，是我这辈子最痛的一次"),
]

CASES = NOSEBLEED_STILL_GOING + MOTHER_OWN_FEVER + ARM_OVER_HEAD


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set37_remaining_kinds_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
