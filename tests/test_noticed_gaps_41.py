"""Two safety gaps noticed in session 40 and left alone, closed in session 41 (coordinator).

Each sentence is our own, in English or simplified / traditional / Cantonese Chinese, read as a
first message with the rules alone:

1. **A danger asked about and answered yes** (NICE NG225 Self-harm and NG134 Depression in
   children and young people: ask directly about suicidal thoughts; NHS.uk heart attack:
   crushing chest pain with sweating is 999): "I asked my dad if he had chest pain and he said
   yes, it's crushing and he's sweating", 我问她有没有想过自杀，她说有. The question's own words
   (the "if", the 没 of 有没有 and the 不 of 是不是) neither make the sign a hypothetical nor
   negate it once the answer is yes; an answer of no still denies it, and a yes about a past
   event ("ever had a stroke", 以前) is still the past.
2. **A limb named and then called "it"** (NHS.uk stroke, FAST arms: the person may not be able to
   lift both arms because of weakness or numbness in one): "out of nowhere my left arm went numb
   and I can't lift it" reads as "... can't lift the arm", as "... can't lift my arm" already
   did; in Chinese the limb of one clause is the subject of the next (左手突然麻了，抬不起来).
   An injury told beside it stays the injury's (NHS.uk sprains and strains, broken arm or
   wrist), and a limb gone numb from lying on it and back within a minute is no stroke.

Wrong before the change (8e659cc): 20 of the 37 sentences (item 1: 14 of 22, item 2: 6 of 15).
Of the 9,787 stored texts (tests/data and the development set) none moved.

3. **Chest pain told as where it hurts** ("it hurts in my chest, crushing, and I'm sweating";
   NHS.uk heart attack), found at session 41's end: 3 of 4 sentences wrong before (4f35d1a), no
   chest-pain word read at all; "hurt ... chest" is now a chest-pain phrase. Of the 10,027 stored
   texts none moved.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

ASKED_AND_ANSWERED_YES = [
    ("E", "我问她有没有想过自杀，她说有"),
    ("E", "我问他有没有想过自杀，他说有，还说今晚想吃药"),
    ("E", "我问佢有冇諗過自殺，佢話有"),
    ("E", "我问他是不是想自杀，他点头"),
    ("E", "我问女儿有没有伤害自己，她说有，手上还有新的伤口"),
    ("E", "我问我爸有没有胸口痛，他说有，压着一样痛，出冷汗"),
    ("E", "我问老公是不是胸口痛，他说是，痛到左手，一直出汗"),
    ("E", "問媽媽有冇心口痛，佢話有，仲出晒冷汗"),
    ("E", "我問他有沒有想過自殺，他說有"),
    ("E", "I asked my dad if he had chest pain and he said yes, it's crushing and he's sweating"),
    ("E", "I asked him if he had crushing chest pain and he said yes"),
    ("E", "I asked her if she'd taken the whole box of her tablets and she said yes"),
    ("E", "I asked my son if he'd thought about killing himself and he nodded"),
    ("E", "I asked my son if he had a plan to kill himself and he said yes, tonight"),
    ("U", "I asked him if he had chest pain and he said yes"),
    ("U", "我问他有没有胸痛，他说有"),
    # an answer of no still denies it; a yes about the past is the past
    ("!E", "我问她有没有想过自杀，她说没有，只是考试压力大"),
    ("!E", "我问他是不是胸口痛，他说不是，是胃不舒服"),
    ("!E", "我问他有没有想过自杀，他摇头"),
    ("!E", "I asked if he had chest pain and he said no, just heartburn after dinner"),
    ("!E", "我问她以前有没有中过风，她说有，十年前"),
    ("!E", "I asked her if she'd ever had a stroke and she said yes, ten years ago"),
]

LIMB_CALLED_IT = [
    ("E", "today out of nowhere my left arm went numb and I can't lift it"),
    ("E", "my right arm suddenly went weak and I can't lift it"),
    ("E", "out of nowhere my arm went heavy and I can't raise it"),
    ("E", "my dad's left arm suddenly went numb half an hour ago and he can't move it"),
    ("E", "my mum's right leg suddenly went weak an hour ago and she can't move it"),
    ("E", "左手突然麻了，抬不起来"),
    ("E", "我爸右手突然没感觉了，举不起来"),
    ("E", "阿妈左手突然麻咗，举唔起"),
    # an injury explains the limb; a limb slept on and back in a minute is no stroke
    ("!E", "I sprained my ankle and can't put weight on it"),
    ("!E", "my shoulder's been sore since the gym and I can't lift it above my head"),
    ("!E", "fell on my wrist, it's swollen and I can't move it"),
    ("!E", "hurt my arm falling off my bike and I can't lift it"),
    ("!E", "my arm went numb from sleeping on it, fine after a minute"),
    ("!E", "打球扭伤了左手，肿了，抬不起来"),
    ("!E", "搬东西拉伤了手臂，举不起来"),
]

# NHS.uk heart attack (chest pain that feels like pressure or crushing, with sweating: 999), the
# pain told as the place that hurts ("it hurts in my chest"), found at session 41's end
CHEST_TOLD_AS_WHERE_IT_HURTS = [
    ("E", "it hurts in my chest, crushing, and I'm sweating"),
    ("E", "hurting in my chest and down my left arm, feel sick and clammy"),
    ("U", "it hurts in my chest when I breathe in"),
    ("!E", "it doesn't hurt in my chest, just my back after lifting"),
]


@pytest.mark.parametrize(("code", "text"), with_open(ASKED_AND_ANSWERED_YES))
def test_a_danger_asked_about_and_answered_yes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LIMB_CALLED_IT))
def test_a_limb_called_it(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHEST_TOLD_AS_WHERE_IT_HURTS))
def test_chest_pain_told_as_where_it_hurts(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
