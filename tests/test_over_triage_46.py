"""Over-triage look-alikes, walked from the low-gold stored texts still at an emergency (rules-lh,
session 46).

/tmp/s46/kh_work/measure.py read every stored text whose gold is self_care or non_urgent
(tests/data, the development set) and every stored test sentence coded ``L``, ``S`` or ``!E``
with the rules alone: 9,408 texts, 277 fire a rule, 34 reach an emergency. Walked one by one;
the two commonest kinds are both a relative's finding joined to the writer's own (the person
reader, ``clinical.persons``, is never applied to an emergency rule: issue 13). Each item pairs
look-alikes (our own sentences, English and Chinese) with the real emergency beside them:

1. **A breastfeeding mother's own fever beside her young baby's age** (NICE NG143: the red
   flag is the baby's own temperature of 38 °C or more under 3 months; NHS.uk mastitis and
   NHS.uk "your body after the birth": a mother's own fever while feeding is hers, a GP or
   111 the same day): "I'm breastfeeding my 5 week old and I've got a temperature of 38.3"
   joined the baby's age to the mother's fever. The baby's own fever, said of the baby, beside
   the mother's, stays an emergency.
2. **A relative's atrial fibrillation beside the writer's own dizziness** (NICE NG196 / NICE
   CKS atrial fibrillation: AF with fainting, chest pain or breathlessness is an emergency in
   the person who has the AF; NHS.uk dizziness: standing up too fast, self-care): "my mum has
   AF and I felt dizzy getting out of the bath" joined the mother's AF to the writer's
   dizziness. The relative's own dizziness or faint with AF stays an emergency.

Wrong before the change (e6bbe6d): 13 of 29. Item 1: 7 of 17 (all seven look-alikes; the
ten dangers right, four of them written while narrowing, when the baby's fever said without
"baby" beside it, "and so does she", 也发烧了, had to be read as the baby's). Item 2: 6 of 12
(four of the six look-alikes; and two dangers under-read, non_urgent: the bare "has AF" / "I
have AF" was no AF at all). After: none wrong; test_whose_symptom.py's nine open rows of the
same two kinds closed with it (one left: "I have flu, fever 38.6" names no fever of the
writer's in words the rules read as hers).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NICE NG143 (baby under 3 months, 38 °C or more: red); NHS.uk mastitis (the mother's own
# fever: urgent GP or 111)
MOTHER_OWN_FEVER = [
    ("!E", "I'm breastfeeding my 5 week old and I've got a temperature of 38.3"),
    ("!E", "exclusively breastfeeding a 4 week old, I've come down with a fever and chills"),
    ("!E", "I have a fever of 38.6 and I'm still breastfeeding my 9 week old, is that ok?"),
    ("!E", "I'm breastfeeding my 7 week old son and I have a temperature, can I take paracetamol"),
    ("!E", "我在母乳喂养，宝宝五周，我自己发烧38度2，能吃退烧药吗"),
    ("!E", "宝宝一个半月，我在喂母乳，我发烧了，会不会传给宝宝"),
    ("!E", "我仲餵緊母乳，BB 7個禮拜，我自己發燒38度"),
    # the danger beside: the baby's own fever, with or without the mother's
    ("E", "I'm breastfeeding my 5 week old and she has a temperature of 38.3"),
    ("E", "I have a fever and I'm breastfeeding, now my 6 week old has a fever too"),
    ("E", "I'm breastfeeding and my 8 week old baby is burning up, 38.4"),
    ("E", "我在母乳喂养，宝宝五周，宝宝发烧38度2"),
    ("E", "我发烧了，我在喂母乳，现在一个月的宝宝也发烧了"),
    ("E", "我仲餵緊母乳，BB 7個禮拜，BB發燒38度"),
    # written while narrowing (the baby's fever said without "baby" beside it), right before
    ("E", "I'm breastfeeding and I have a fever, and my baby is a few weeks old and has one too"),
    ("E", "I'm breastfeeding my 4 week old, I have a fever and so does she"),
    ("E", "我在喂母乳，我发烧了，宝宝刚满月，也发烧了"),
    ("E", "我喂紧母乳，我发烧，BB六个礼拜，BB也是"),
]

# NICE NG196 / NICE CKS atrial fibrillation (with syncope, chest pain or breathlessness: 999 in
# the person with AF); NHS.uk dizziness (standing up too quickly: self-care)
RELATIVE_AF_OWN_DIZZY = [
    ("!E", "my mum has AF and I felt dizzy getting out of the bath"),
    ("!E", "my grandad has atrial fibrillation, I went a bit lightheaded after my run"),
    ("!E", "my wife has AF, I've been a bit dizzy today with this cold"),
    ("!E", "我妈有房颤，我自己今天蹲久了站起来有点头晕"),
    ("!E", "我老公有房颤，我这两天感冒有点头晕"),
    ("!E", "阿爸有房顫，我自己今日有啲頭暈"),
    # the danger beside: the relative with AF is the dizzy or fainting one
    ("E", "my mum has AF and she's dizzy and nearly passed out"),
    ("E", "my grandad has atrial fibrillation and he's gone very lightheaded and pale"),
    ("E", "I have AF and I'm dizzy and about to pass out"),
    ("E", "我妈有房颤，她现在头晕得站不住，差点晕倒"),
    ("E", "我有房颤，现在头很晕，快晕倒了"),
    ("E", "阿爸有房顫，佢而家好頭暈，差啲暈低"),
]

ROWS = [*MOTHER_OWN_FEVER, *RELATIVE_AF_OWN_DIZZY]

OPEN: dict[str, str] = {}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    from clinical.red_flags import load_rules

    return load_rules()


@pytest.mark.parametrize(("expected", "text"), with_open(ROWS, OPEN))
def test_over_triage_lookalikes_46(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
