"""Set 28's English categories (session 25): the danger told while being explained away, and
the known or slow thing that is no emergency.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 28's rows, ``tests/data/fresh_levels_28.jsonl``):

- a late period said in its own clause ("it's late by ten days", "I'm a week late", "my period
  hasn't come") is a possible pregnancy, so one-sided pain low down with shoulder-tip pain or
  near-fainting is a possible ectopic pregnancy (NHS.uk ectopic pregnancy: call 999 for sharp
  one-sided tummy pain with shoulder-tip pain or feeling faint when you could be pregnant;
  NICE NG126). A late period with a negative test or no pain stays below an emergency;
- "nothing sudden" is no sudden onset: memory slowly worse over months is a GP's (NICE NG97,
  NHS.uk memory loss); confusion that came on suddenly stays 999 (NHS.uk stroke, FAST);
- seizures said to be well controlled or under control are a known condition, no seizure now
  (NHS.uk epilepsy; NICE NG217); a seizure happening now stays 999;
- chest pain that hurts when the chest wall is pressed, in someone otherwise well, is a
  chest-wall strain or costochondritis (NHS.uk chest pain, NHS.uk costochondritis: treat it
  yourself); chest pain with a warning sign stays 999, and chest pain said alone stays
  same-day (NICE CG95).

Below an emergency (``DCASES``, the four-level decision):

- erection problems that keep happening or have slowly got worse are a GP's (NHS.uk erection
  problems: see a GP if it keeps happening; NICE CKS erectile dysfunction); once after a night
  out is not a concern (NHS.uk);
- a cough after a cold keeps NHS.uk cough's own 3 weeks at home (NICE NG120); 5 weeks is a GP's;
- a time ahead ("interview in 2 weeks", "flying in 10 days") is no duration: how long the
  symptom has lasted decides, and a symptom's own weeks still count.

Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at
least urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches, decided_level

NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE

CASES: list[tuple[str, str]] = [
    # --- a late period told in its own clause, with ectopic signs (NHS.uk ectopic pregnancy)
    (
        "E",
        "probably just stress messing with my cycle, it's late by ten days or so. Since lunch a"
        " stabbing pain low down on the left and I nearly fainted in the shower",
    ),
    (
        "E",
        "I'm about a week late, thought nothing of it. Now there's pain on my right side low down"
        " and the tip of my shoulder aches",
    ),
    (
        "E",
        "my period hasn't come this month and I'm usually regular. Bad pain on one side of my"
        " tummy and I almost passed out at the till",
    ),
    (
        "E",
        "period is overdue, it's nine days now. Sharp pain in my lower left since this morning"
        " and my shoulder tip hurts when I lie down",
    ),
    (
        "E",
        "I've skipped my period this time. Since this morning a sharp pain on my left side and I"
        " nearly fainted getting up",
    ),
    # look-alikes: a late period with a negative test, or with nothing wrong
    ("!E", "my period is late by a week, I've done a test and it was negative, I feel fine"),
    ("!E", "it's ten days late, no pain, no bleeding, just wondering when to do a test"),
    ("!E", "it's late at night and my shoulder aches after the gym, nearly fainted from hunger"),
    # --- nothing sudden: memory slowly worse (NICE NG97, NHS.uk memory loss)
    (
        "!E",
        "Mum's memory has got worse bit by bit over the past year, nothing sudden, she repeats"
        " stories and forgets appointments",
    ),
    (
        "!E",
        "my husband has been more forgetful for several months and muddles his words, there's"
        " been nothing sudden about it, he still drives and cooks",
    ),
    (
        "!E",
        "Grandad keeps getting confused with his tablets and dates, it has crept up over a year,"
        " nothing sudden at all",
    ),
    # the danger kept: sudden confusion (NHS.uk stroke, FAST; NHS 111 confusion)
    ("E", "Dad suddenly became confused this morning and doesn't know where he is"),
    ("E", "Mum was fine an hour ago, all of a sudden she's confused and talking nonsense"),
    # --- seizures said to be controlled: a known condition (NHS.uk epilepsy, NICE NG217)
    (
        "!E",
        "I have epilepsy on levetiracetam and my seizures are well controlled, can I have the"
        " flu jab?",
    ),
    (
        "!E",
        "my son's fits have been under control for two years on his medicine, can he go on a"
        " school trip abroad",
    ),
    ("!E", "epileptic, seizure-free for 3 years now, want to ask about driving again"),
    ("!E", "my seizures are well controlled on sodium valproate, want to ask about contraception"),
    # the danger kept: a seizure now, or one that would not stop
    ("E", "my daughter has epilepsy and she's having a seizure now, it's been going 6 minutes"),
    (
        "E",
        "his seizures are normally well controlled but he had a fit an hour ago that lasted 10"
        " minutes and he isn't waking up properly",
    ),
    # --- chest-wall pain reproduced by pressing (NHS.uk chest pain, NHS.uk costochondritis)
    (
        "L",
        "sore spot in the middle of my chest since doing press-ups yesterday, it hurts when I"
        " press on it, otherwise I feel fine",
    ),
    (
        "L",
        "pain at the front of my ribs after lifting a heavy sofa, tender when I push on it, not"
        " breathless, painkillers help",
    ),
    (
        "L",
        "chest hurts on the right by my breastbone when I press it or twist, no tightness, no"
        " sweating, not short of breath",
    ),
    # the danger kept: chest pain with a warning sign, or chest pain said alone
    ("E", "chest pain that hurts when I press it but it goes down my left arm and I'm sweaty"),
    ("E", "crushing chest pain for half an hour, tender to touch, feel sick and clammy"),
    ("U", "chest pain since this morning, no injury, I'm 58"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set28_english_categories(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


DCASES: list[tuple[str, Disposition]] = [
    ("erection problems for about 8 months now, I'm 58, smoker, no pain otherwise", NON_URGENT),
    (
        "I keep losing my erection halfway through, it's been going on since the spring, I'm 49",
        NON_URGENT,
    ),
    (
        "can't get hard most of the time lately, on blood pressure tablets, is it worth seeing"
        " someone",
        NON_URGENT,
    ),
    (
        "Over the last year my erections have slowly got weaker, I'm 61, no pain, a bit fed up",
        NON_URGENT,
    ),
    ("erection problems, it's getting me down a bit, I'm 52 and I smoke", NON_URGENT),
    (
        "couldn't get an erection once after a heavy night out, otherwise fine, first time ever",
        SELF_CARE,
    ),
    (
        "dry cough hanging on 2 weeks after a cold, otherwise fine, no temperature, not breathless",
        SELF_CARE,
    ),
    ("tickly cough since my cold 10 days ago, annoying but I feel well otherwise", SELF_CARE),
    ("cough for 5 weeks after a cold, no other symptoms", NON_URGENT),
    (
        "job interview in 2 weeks, feeling nervous and a bit on edge, sleeping fine, any tips",
        SELF_CARE,
    ),
    ("flying in 10 days, mild cold since yesterday, runny nose, can I still fly", SELF_CARE),
    ("sore throat for 3 weeks now, exams in 2 weeks, no temperature", NON_URGENT),
]


@pytest.mark.parametrize(("text", "expected"), DCASES)
def test_set28_english_levels_below_emergency(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text
