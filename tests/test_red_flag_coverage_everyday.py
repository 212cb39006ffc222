"""Everyday words that sound like a danger sign, and the real signs beside them.

Written before the rule changes, in our own words (not the rows of
tests/data/everyday_mild.jsonl): each look-alike (``!E``) was an emergency on the rules at
c08e83c, and each positive (``E``) must stay one.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE NG143: floppy is a child's tone; NHS 999: collapsed is a person falling down. Food and
# things can be floppy, a tent or a shelf can collapse.
FLOPPY_COLLAPSE: list[tuple[str, str]] = [
    ("E", "my baby is floppy"),
    ("E", "she's gone all floppy and won't feed"),
    ("E", "my baby's arms and legs are soft and floppy"),
    ("E", "her legs were soft and floppy"),
    ("E", "my toddler's fries were cold and now he's floppy"),
    ("E", "my dad collapsed in the kitchen"),
    ("E", "he collapsed at the gym"),
    ("E", "collapsed at the gym an hour ago"),
    ("!E", "the pizza was soggy and floppy, and now my tummy is a bit off"),
    ("!E", "my fries were floppy and cold, now I have mild heartburn"),
    ("!E", "the shelf collapsed while I was tidying and I bruised my shin a little"),
    ("!E", "our gazebo collapsed in the wind, I have a small scratch on my hand"),
]

# Alarm words in a film's name, a joke, or a figure of speech; the real statements stay.
FIGURES_OF_SPEECH: list[tuple[str, str]] = [
    ("E", "I got hit by a bus"),
    ("E", "I'm thinking about suicide"),
    ("E", "I overdosed on my sleeping pills"),
    ("!E", "stayed up watching the Suicide Squad sequel, now I have a mild headache"),
    ("!E", "my sister joked that I overdosed on chocolate, my stomach is a bit upset"),
    ("!E", "I feel like I've been hit by a truck, achy with a cold"),
    ("!E", "feels like I got hit by a car, sore all over with flu"),
]

# History: a relative who died of something, an event long past (NICE CKS: family history is
# a reason for a check, not an emergency); a relative's current emergency still counts.
HISTORY: list[tuple[str, str]] = [
    ("E", "my father is having a heart attack"),
    ("E", "my dad collapsed and isn't breathing"),
    ("E", "我爸心梗了 现在胸口好痛"),
    ("E", "my mum is having a seizure right now"),
    ("E", "my son had a seizure as a baby and now he's fitting again and won't stop"),
    ("E", "I nearly died of an allergic reaction just now, my throat is closing"),
    ("!E", "my grandad passed away from a stroke at 70, should I check my blood pressure?"),
    ("!E", "my mum died of a heart attack at 58, I'd like a cholesterol test"),
    ("!E", "my sister had a fit once as a toddler, is that relevant for her vaccines?"),
    ("!E", "我妈妈五十多岁中风去世的，我想查查血压"),
    ("!E", "我外公六十岁心梗过世，我需要做检查吗"),
    ("!E", "我爷爷七十岁中风走的，我要注意什么"),
]

# NHS.uk low blood pressure / dizziness: light-headed for a moment on standing is self-care;
# real sudden loss of sight and real fainting stay emergencies.
POSTURAL: list[tuple[str, str]] = [
    ("E", "突然眼前一片黑，什么都看不见了"),
    ("E", "我老公刚才晕咗，叫佢都唔应"),
    ("E", "我妈突然晕倒了"),
    ("E", "我老婆站起来眼前一黑就晕倒了"),
    ("!E", "蹲久了站起来眼前黑了一下，马上就好了"),
    ("!E", "起床太快头晕咗一阵，之后冇事"),
    ("!E", "站起来太猛头晕了一下，现在没事了"),
]

# NHS.uk period pain is self-care; severe stomach pain without that explanation keeps its level.
PERIOD_PAIN: list[tuple[str, str]] = [
    ("E", "肚子痛死了，从来没这么痛过"),
    ("E", "肚痛到死，成个人冒冷汗"),
    ("E", "月经推迟两周，肚子痛死了"),
    ("!E", "来月经第二天，肚子痛死了，喝了红糖水"),
    ("!E", "痛经又来了，小肚子痛到死，吃了布洛芬"),
    ("!E", "嚟M第一日，个肚痛死了，攞咗暖水袋"),
]


@pytest.mark.parametrize(
    ("expected", "text"), FLOPPY_COLLAPSE + FIGURES_OF_SPEECH + HISTORY + POSTURAL + PERIOD_PAIN
)
def test_everyday_words_are_no_danger_sign(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
