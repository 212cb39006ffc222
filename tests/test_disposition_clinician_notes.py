"""Clinicians' notes, handovers and home device readings (session 23's voices), English side.

Written from the sources named above each group (not from any evaluation case). Each sentence
is a first message; ``E`` must end ``emergency``, ``U`` exactly ``urgent``, ``N`` exactly
``non_urgent``, ``S`` exactly ``self_care`` (the rules alone, as ``triage eval --rules-only``).
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition

LEVELS = {
    "E": Disposition.EMERGENCY,
    "U": Disposition.URGENT,
    "N": Disposition.NON_URGENT,
    "S": Disposition.SELF_CARE,
}

# RCP NEWS2 (2017): one parameter scoring 3 (a heart rate of 131 or more) with the rest of a
# full set of observations in range is an urgent response, not an emergency one; a rate over
# 150 (NICE CKS atrial fibrillation: emergency admission), a partial set, or other parameters
# also off keep the emergency.
ONE_HIGH_RATE: list[tuple[str, str]] = [
    ("U", "30F vomiting x1/7. HR 136, BP 118/76, RR 16, SpO2 98%, T 37.2, alert"),
    (
        "U",
        "pulse 133 BP 125/80 resp rate 18 sats 97% temp 37.0 he's been vomiting since last night",
    ),
    ("U", "Obs: HR 140, RR 19, SpO2 99% RA, BP 130/82, T 36.8. Diarrhoea 2 days."),
    ("E", "HR 160, BP 122/70, RR 18, SpO2 99%, T 37.0, vomiting"),
    ("E", "HR 134, BP 88/60, RR 24, SpO2 93%, T 38.6, vomiting"),
    ("E", "my heart rate is 145 and I feel awful"),
]

# NICE CKS Atrial fibrillation (emergency admission: a pulse over 150, loss of consciousness,
# severe dizziness or syncope, ongoing chest pain, increasing breathlessness) and NICE NG196:
# new AF with breathlessness only on exertion, the danger signs denied, is a same-day check.
AF_ON_EXERTION: list[tuple[str, str]] = [
    (
        "U",
        "my smartwatch keeps saying atrial fibrillation, a little out of "
        "breath going upstairs, no chest pain",
    ),
    (
        "U",
        "Fitbit flagged AFib this morning, puffed on the stairs, not dizzy, didn't pass out. 71F",
    ),
    (
        "U",
        "watch ECG said AF, he gets breathless walking uphill, no chest pain "
        "and he has not fainted",
    ),
    ("E", "my watch says AFib and I'm short of breath"),
    ("E", "watch says AFib and I'm breathless even at rest, worse on the stairs"),
    ("E", "smartwatch says AFib, chest pain and breathless climbing stairs"),
    ("E", "手表提示房颤，喘不过气"),
]

# NICE NG143 and NHS.uk fever in children: a fever said only on the first days and gone since
# is no fever now and no fever lasting; a fever said now still counts.
FEVER_GONE: list[tuple[str, str]] = [
    (
        "S",
        "my 3 year old has a cold for 6 days, he had a fever on day 1 and 2 "
        "and none since, eating and drinking fine",
    ),
    (
        "S",
        "Toddler, runny nose and cough for 5 days, temperature on the first 2 "
        "days but none since, drinking well",
    ),
    (
        "S",
        "She had a temperature for the first couple of days, not since. Cough "
        "5 days, playing normally",
    ),
    ("U", "fever for 5 days in my 2 year old"),
    (
        "U",
        "she had a temperature on day 1 and 2 but none since, and today she "
        "has a fever again, 5 days of cough",
    ),
]

# NICE NG97 and NHS.uk dementia: memory and muddle getting worse over months or a year, said
# not sudden, is the GP's assessment; sudden or over days it stays urgent (delirium).
GRADUAL_MUDDLE: list[tuple[str, str]] = [
    (
        "N",
        "My dad is 82, he has been getting more muddled over the past year, "
        "repeats himself, it didn't come on suddenly",
    ),
    (
        "N",
        "Gran has got confused bit by bit over the last few months, still "
        "dressing herself, no falls",
    ),
    (
        "N",
        "her memory's been getting worse over the last couple of years and she "
        "gets muddled with money, it hasn't changed suddenly",
    ),
    ("U", "my nan has got confused gradually over 2 days"),
    ("E", "Mum is suddenly confused today and doesn't know where she is"),
]

# NHS.uk DVT (pain and swelling in one leg, usually the calf: urgent GP or 111) and NICE NG158
# (a scan within 4 hours): the two said together, whatever the setting; an insect bite, a
# pulled muscle or both ankles swollen are not.
CALF_PAIN_SWELLING: list[tuple[str, str]] = [
    ("U", "my left calf is painful and swollen since yesterday"),
    ("U", "32F, 2/52 post-partum, R calf pain and swelling x1/7, no SOB"),
    ("U", "Her right calf is tender and it is 2cm bigger than the other one"),
    ("U", "he says his calf hurts and the leg has swelled up"),
    ("N", "calf pain after football, no swelling"),
    ("S", "pulled my calf at the gym, bit swollen"),
]

# NHS.uk gallstones and acute cholecystitis (upper-right tummy pain with a high temperature:
# urgent GP or 111) and NICE CKS Gallstone disease (same-day assessment); no fever, a GP.
UPPER_RIGHT_PAIN_FEVER: list[tuple[str, str]] = [
    ("U", "pain in my upper right tummy since yesterday and a temperature of 38.3"),
    ("U", "55M RUQ pain 2/7, T 38.4, HR 96, Murphy's positive"),
    ("U", "pain under my right ribs after a fatty meal and she's got a fever"),
    ("U", "右上腹痛一天，发烧38.5度"),
    ("N", "pain under my right ribs after a fatty meal, no fever"),
]

# A note's positive evidence: up and about, observations normal, nothing else (NICE NG59 low
# back pain: keep active; RCP NEWS2: all in range); NHS.uk hay fever in its season.
POSITIVE_NOTE: list[tuple[str, str]] = [
    ("S", "40M, LBP after lifting boxes 1/7. No saddle numbness, no leg weakness. Mobilising."),
    (
        "S",
        "low back pain after gardening 2 days ago, mobilising independently, no bladder problems",
    ),
    ("S", "28F, sore throat and runny nose 2/7, obs normal, eating and drinking"),
    ("N", "back pain for 3 days, not mobilising"),
    ("S", "sneezing and itchy eyes every spring, three weeks now, no wheeze"),
    ("S", "hay fever for 2 weeks, same time every year"),
    ("S", "每年春天都打喷嚏流鼻涕，已经两个星期了"),
    ("N", "sneezing and a runny nose for 3 weeks"),
]

# Home readings explained and settling: NICE NG136 (a raised reading repeated, the lower of the
# last two recorded) and pregnancy heartburn with the pressure checked normal (NICE NG133:
# pre-eclampsia is 140/90 or more; NHS.uk heartburn in pregnancy).
SETTLED_READINGS: list[tuple[str, str]] = [
    ("S", "my BP was 162/98 after the gym, checked again after 15 min resting 128/82"),
    ("S", "bp 170/100 after a coffee, rechecked sitting down 145/92 and 138/88"),
    ("N", "BP 158/96 then 150/94 then 152/95"),
    ("S", "glucose 9.1 after a big lunch, an hour later 6.0, not diabetic, feel fine"),
    ("S", "blood sugar 10.2 after dinner, 2 hours later 6.8"),
    ("N", "Results review: 61F, HbA1c 60 on routine bloods, asymptomatic"),
    (
        "S",
        "I'm 30 weeks pregnant with heartburn after meals, my midwife checked my BP today 122/76",
    ),
    ("S", "孕28周，饭后烧心一个星期，血压118/74"),
    ("U", "I'm 30 weeks pregnant with heartburn, BP 142/92"),
]

# NICE CG179 pressure ulcers (category 1: redness over a bony point that does not blanch, a
# district nurse or GP within days) and NICE NG12 / CKS unexplained weight loss (5% or more,
# not trying: the GP).
WITHIN_DAYS: list[tuple[str, str]] = [
    (
        "N",
        "Mum's heel has a red patch that doesn't go white when pressed, she's "
        "in bed a lot, otherwise fine",
    ),
    ("N", "carer here, his sacrum is red and stays red when pressed, skin intact, eating well"),
    ("N", "I was 80kg at christmas and now I'm 74 kg, haven't been dieting, feel fine"),
    ("N", "scales said 71.5 kg in march, 67 kg today, not trying to lose weight"),
]

CASES = (
    ONE_HIGH_RATE
    + AF_ON_EXERTION
    + FEVER_GONE
    + GRADUAL_MUDDLE
    + CALF_PAIN_SWELLING
    + UPPER_RIGHT_PAIN_FEVER
    + POSITIVE_NOTE
    + SETTLED_READINGS
    + WITHIN_DAYS
)


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_note_or_reading_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    assert level is LEVELS[expected], (level, [hit.rule_id for hit in hits])
