"""Set 39's English categories (session 32): a body part or function talked round.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 39's rows, ``tests/data/fresh_levels_39.jsonl``):

- a testicle talked round out of embarrassment ("my bits", "down below", "my privates", "the
  family jewels", "my nut") with one of the pair painful, sitting higher than the other, or
  the pain sudden, severe or with being sick (NHS.uk testicle pain: sudden, very bad pain in a
  testicle, go to A&E or call 999; NICE CKS Scrotal pain and swelling: torsion, a high-riding
  testis); itching or a shaving rash down below, an eyebrow higher than the other or a nut
  eaten are none;
- passing urine talked round ("my waterworks have stopped", "not a drop", "nothing comes out")
  with a swollen or painful lower tummy (NHS.uk urinary retention: suddenly not able to pee
  with a swollen painful tummy, A&E; NICE CKS LUTS in men: acute retention); stinging
  waterworks, a slow stream for months or not a drop of alcohol are none;
- a possible pregnancy talked round: the period called "the time of the month" or "the
  monthlies" and late, or a home test done that came up positive, with pain low down on one
  side and faintness or shoulder-tip pain, the faintness with a word of degree between ("came
  over really faint") (NHS.uk ectopic pregnancy: call 999 for sharp pain low down with feeling
  faint or shoulder-tip pain when you could be pregnant; NICE NG126); the time of the month
  arriving with its usual cramps, or a covid test that came up positive, are none.

Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at
least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

EMERGENCY: list[tuple[str, str]] = [
    # --- a testicle talked round (NHS.uk testicle pain; NICE CKS Scrotal pain and swelling)
    ("E", "sorry, embarrassing, sudden pain in my privates, the right one, and I've been sick"),
    ("E", "my son woke up in agony down below and one side looks higher than the other one"),
    ("E", "bad pain in my bits since 5am, it's the left one and I've thrown up"),
    ("E", "awful pain in the family jewels, the right one sits higher up than the other"),
    ("E", "his left nut is killing him, came on suddenly an hour ago"),
    ("E", "pain down there all of a sudden, one of them has gone up higher than the other"),
    ("L", "itchy down below with a bit of white discharge for a few days"),
    ("!E", "sore down below after shaving, a few little red bumps"),
    ("!E", "one of my eyebrows sits higher up than the other one, is that normal"),
    ("!E", "I ate some nuts and now my tummy aches a bit"),
    # --- passing urine talked round (NHS.uk urinary retention; NICE CKS LUTS in men)
    ("E", "man 70, my waterworks have stopped since this morning, lower tummy swollen and sore"),
    (
        "E",
        "my dad's waterworks have packed up, not a drop since last night, his belly is swollen"
        " and painful",
    ),
    ("E", "not a drop of wee since yesterday evening and my lower belly is swollen and agony"),
    ("E", "I try to go but nothing comes out, not a drop, and the bottom of my tummy is agony"),
    ("!E", "waterworks trouble, stinging when I wee and going a lot since yesterday"),
    ("L", "not a drop of alcohol for a month now and I'm feeling great"),
    ("!E", "my waterworks are a bit slow, I have to wait to get going, for a few months"),
    # --- a pregnancy talked round (NHS.uk ectopic pregnancy; NICE NG126)
    (
        "E",
        "my time of the month is three weeks late, sharp pain low down on the left and I came"
        " over faint",
    ),
    (
        "E",
        "did a test yesterday which was positive, now pain on my right side low down and at the"
        " tip of my shoulder",
    ),
    ("E", "my monthlies are late and I've got pain low down on one side, I feel faint"),
    (
        "E",
        "the test I took on Friday came up positive, sharp pain low down on the left and I went"
        " really faint on the toilet",
    ),
    ("E", "I'm pregnant, pain low down on the right and I came over really faint"),
    (
        "E",
        "my time of the month is about ten days late, sudden pain low on the left, I went faint",
    ),
    (
        "E",
        "I did a test at the weekend which was positive, one-sided pain low down and pain in the"
        " tip of my shoulder",
    ),
    ("L", "my time of the month started today, usual cramps, paracetamol is helping"),
    ("L", "did a covid test which was positive, sore throat and a cough"),
]


@pytest.mark.parametrize(("expected", "text"), EMERGENCY)
def test_set39_en_emergency_category(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Someone else's opinion quoted, read as the patient's sign (written before the exclusions
# that drop them): "she'll grow out of it" is no "out of it" (confusion), "my mother says babies
# run hot" no belief about the baby (psychosis), and a high-pitched ringing or whine in the ear
# no high-pitched breathing (stridor). NHS.uk squint in children: see a GP (not same-day);
# NHS.uk bedwetting: see a GP; NHS.uk tinnitus: see a GP if it does not go away (urgent only with
# sudden hearing loss, a head injury, or weakness of the face). The signs themselves still count.
QUOTED: list[tuple[str, str]] = [
    ("L", "her eye turns in when she's tired, my nan says she'll grow out of it"),
    ("L", "he still wets the bed at 7, my mum says he'll grow out of it"),
    ("L", "my mother says babies get spots like this, she has little white spots on her nose"),
    ("L", "a constant high-pitched ringing in my left ear for months, no pain, hearing is fine"),
    ("L", "a high-pitched whine in both ears for weeks, worse at night when it's quiet"),
    ("U", "my grandad is confused and out of it since this morning"),
    ("U", "she says the baby is evil and was swapped at the hospital"),
    ("U", "my toddler makes a high-pitched noise when he breathes in and has a barking cough"),
]


@pytest.mark.parametrize(("expected", "text"), QUOTED)
def test_set39_en_quoted_opinion(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Found while checking the other sets: an earlier set's reduced fetal movements had reached
# urgent only through "says babies" misread as a belief about the baby; with that dropped,
# the movements are read in their own words (written before the phrases that read them): a
# count of little movements or barely any against the usual (RCOG Green-top 57; NHS.uk your
# baby's movements: fewer movements than usual, call the maternity unit the same day). Numb
# fingers are no fetal movements.
MOVEMENTS: list[tuple[str, str]] = [
    (
        "U",
        "I'm 33 weeks and she's usually wriggling all evening, tonight maybe two little movements",
    ),
    ("U", "30 weeks pregnant, barely any movements since breakfast, normally he's really active"),
    ("U", "36 weeks, I've had barely any kicks today and it's nearly bedtime"),
    ("L", "I've barely felt anything in my fingertips since the cold snap, they warm up fine"),
]


@pytest.mark.parametrize(("expected", "text"), MOVEMENTS)
def test_set39_en_fewer_fetal_movements(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Croup's noisy breathing in heard only when the child cries or is upset, and quiet when calm
# (NICE CKS Croup: stridor only when agitated is mild to moderate croup, to be seen; stridor
# at rest, or with distress, drowsiness or pallor, is severe: 999). Written before the rule
# change; the noise at rest, or with the breathing hard or the child drowsy, stays an emergency.
CROUP: list[tuple[str, str]] = [
    (
        "=U",
        "my 3 year old woke up with a barking cough, there's a harsh noise when he breathes in"
        " when he cries, but when he's calm his breathing is quiet",
    ),
    (
        "=U",
        "she woke up with a croupy cough and makes a noise when breathing in, only when she's"
        " upset, drinking fine",
    ),
    ("E", "my toddler has a harsh noise when he breathes in even when he's calm and sitting still"),
    (
        "E",
        "a harsh noise when he breathes in, only when he cries, and he's drowsy and pulling in"
        " under his ribs",
    ),
    ("E", "woke up with a noise when breathing in and she's struggling to breathe"),
]


@pytest.mark.parametrize(("expected", "text"), CROUP)
def test_set39_en_croup_noise_only_when_upset(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# A baby's age said as "my baby boy is 8 months", "our little girl is 10 months", "my toddler is
# 20 months": the months are the child's age (NICE NG143 reads the age bands; NHS.uk nappy
# rash: treat at home), not how long the symptom has lasted (a GP's "more than 7 days"). Written
# before the age reader changed; a duration said with "for" still counts. (The first sentence
# first said "a red nappy area", which no home-care group reads as nappy rash: left to the
# self-care evidence.)
AGE_SAID: list[tuple[str, str]] = [
    (
        "SC",
        "my baby boy is 8 months and has had nappy rash for two days, happy and feeding well,"
        " no fever",
    ),
    (
        "SC",
        "our little girl is 10 months and has nappy rash since yesterday, she's happy, no fever",
    ),
    ("E", "my baby girl is 6 weeks and her temperature is 38.3"),
    ("!SC", "my baby boy is 8 months and has had a red nappy area for three weeks"),
]


@pytest.mark.parametrize(("expected", "text"), AGE_SAID)
def test_set39_en_baby_age_said_with_boy_or_girl(rules: RuleSet, expected: str, text: str) -> None:
    level = rules_only_level(text, rules)[0]
    if expected == "SC":
        assert level is Disposition.SELF_CARE, level
    elif expected == "!SC":
        assert level is not Disposition.SELF_CARE, level
    else:
        assert_reaches(rules, expected, text)
