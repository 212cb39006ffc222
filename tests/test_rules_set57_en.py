"""Set 57's English rows (voice41: older adults living alone, pregnancy and babies, substances).

Written by rules-gb (session 41). Each English row of ``tests/data/fresh_levels_57.jsonl`` wrong
at its first run (19 of 80 English rows) is named by the KIND of reading that failed, with the
published source of its gold:

- f57-en-emg-001 (urgent): an older person named by an age typed as a number ("my mum is 84")
  who fell and is still on the floor since the night before - NHS.uk falls (cannot get up: 999);
- f57-en-slf-013 (emergency): a heart attack named as what a drink can cause, read somewhere ("I
  read energy drinks can cause heart attacks"), and "now totally fine" - NHS.uk heart attack,
  NHS.uk caffeine;
- f57-en-urg-003 (non_urgent): a deformed wrist said by its likeness ("looks like a dinner
  fork") - NHS.uk broken arm or wrist;
- f57-en-urg-004 (emergency): green brought up after a cough named earlier in the sentence ("bad
  cough for 5 days bringin up green stuff") read as bile - NHS.uk chest infection, NICE CKS;
- f57-en-urg-013 (non_urgent): alcohol withdrawal told by the amount drunk daily, then stopped,
  with shaking and sweating - NICE CG100;
- f57-en-urg-005 (non_urgent): dehydration in a carer's words ("only been to wee once", "went
  dizzy getting up", "been sick") - NHS.uk diarrhoea and vomiting, dehydration;
- f57-en-urg-010 (emergency): a note's "8 month old girl, 2 day hx" read "girl, 2 day" as an age
  under 3 months - NICE NG143 (amber by age band);
- f57-en-nur-018 (self_care): a lump said to grow slowly over years - NICE NG12, NHS.uk lumps;
- f57-en-slf-010 (non_urgent): a baby's cold in a note's word ("coryzal") - NHS.uk common cold,
  NICE NG143 green;
- f57-en-slf-008 (non_urgent): irregular painless tightenings in pregnancy - NHS.uk Braxton Hicks
  (the danger side, regular tightenings, was non_urgent too and is now same-day: NHS.uk premature
  labour);
- f57-en-slf-003 (non_urgent): pins and needles from sitting cross-legged in a 77-year-old, gone
  within minutes - NHS.uk pins and needles;
- f57-en-slf-012 (non_urgent): "a weed brownie" read as a wee (the urinary family's floor), and
  "calmer now" - NHS.uk cannabis;
- f57-en-nur-016 (urgent): a chest-wall pain "when I twist or press on it" - NHS.uk chest pain;
- f57-en-nur-010 (self_care): a midwife's note ending "refer to infant feeding team" - NICE CG37;
- f57-en-urg-001, -urg-012, -slf-004, -slf-007, -slf-009: left open (see OPEN_ROWS).

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of 22f98ff): 19 of 19 rows and 26
of 59 kind sentences. After: 14 rows at their gold, 5 open, every kind sentence at its level.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import (
    assert_reaches,
    assert_row_reaches_gold,
    rows_with_open,
    with_open,
)

# NHS.uk falls (call 999 if someone has fallen and cannot get up, or has been on the floor a long
# time); NICE CG161: an older person named by an age typed as a number, as "my nan" is; one who
# got up by themselves, or "can't get up the stairs", is no fall left on the floor
FALL_CANNOT_GET_UP_AGE_AS_NUMBER: list[tuple[str, str]] = [
    ("E", "my dad is 79, he slipped in the kitchen an hour ago and can't get himself up"),
    ("E", "my mum is 84 and fell in the bathroom, she's still on the floor"),
    ("E", "she's 88, fell on the stairs last night and she's still on the floor"),
    ("E", "I'm 81 and I've fallen in the hall, I can't get up, I'm ringing from my mobile"),
    ("!E", "my mum is 84, she tripped on the rug but got up by herself and is fine"),
    ("!E", "my dad is 80 and can't get up the stairs as fast as he used to"),
]

# NHS.uk heart attack (call 999 for its symptoms: chest pain, pain spreading, sweating,
# breathlessness) and NHS.uk caffeine / energy drinks: a heart attack named as what a drink, a
# drug or a habit can cause is the fear, not a sign; with chest pain it stays an emergency
HEART_ATTACK_AS_A_GENERAL_RISK: list[tuple[str, str]] = [
    (
        "!E",
        "I read energy drinks can cause heart attacks, I had one this morning and feel fine now",
    ),
    ("!E", "my dad says vaping causes heart attacks, I vape a bit, no symptoms at all"),
    (
        "!E",
        "heard that too much coffee can give you a heart attack, I had 4 cups today, feel a bit"
        " jittery",
    ),
    (
        "E",
        "I read energy drinks can cause heart attacks and now I have crushing chest pain and I'm"
        " sweating",
    ),
    ("E", "he took cocaine, I know it can cause a heart attack, now chest pain going down his arm"),
]

# NHS.uk broken arm or wrist (go to an urgent treatment centre or A&E if it is an odd shape after a
# fall): the deformity said by its likeness or as an odd shape; a fork at dinner is no wrist
DEFORMITY_BY_LIKENESS: list[tuple[str, str]] = [
    ("U", "fell on my outstretched hand, my wrist looks like a dinner fork and it's swelling"),
    ("U", "mum tripped on the kerb and now her wrist is an odd shape, very sore"),
    ("U", "came off my bike and my wrist is a funny shape now, really hurts"),
    ("L", "I eat with a dinner fork and my wrist aches from typing"),
]

# NHS.uk chest infection / NICE CKS chest infections (a chesty cough bringing up yellow or green
# mucus; fever: a GP): green brought up after a cough named earlier in the sentence is phlegm; a
# child's or baby's "bringing up" green, or bile named, stays an emergency (NICE NG143 red)
GREEN_AFTER_A_COUGH: list[tuple[str, str]] = [
    ("!E", "bad cough for 5 days bringing up green stuff, temp 38.2"),
    ("!E", "coughing all week and bringing up green gunk in the mornings"),
    ("E", "my baby has a cough and keeps bringing up green stuff"),
    ("E", "my 2 year old has a cough and keeps bringing up green stuff"),
    ("E", "my husband has a cough and has been bringing up green bile"),
]

# NICE CG100 Alcohol-use disorders and NICE CKS Alcohol - problem drinking (acute withdrawal:
# assess for medically assisted withdrawal; hallucinations, confusion or a fit: hospital); NHS.uk
# hangover is treated at home
ALCOHOL_WITHDRAWAL: list[tuple[str, str]] = [
    ("=U", "I drink a litre of vodka a day and stopped two days ago, now I'm shaking and sweating"),
    (
        "=U",
        "my husband drinks 8 cans a day, he stopped yesterday and his hands are trembling and"
        " he's sweating buckets",
    ),
    ("=U", "戒酒两天了，手一直抖，还出汗"),
    (
        "E",
        "stopped drinking 2 days ago after years of heavy drinking, now seeing insects on the"
        " walls and shaking",
    ),
    ("L", "big night out yesterday, stopped drinking at 2am, bit shaky this morning"),
    ("L", "I stopped drinking coffee last week and I'm a bit shaky"),
]

# NHS.uk diarrhoea and vomiting and NHS.uk dehydration (signs of dehydration, peeing little, dizzy
# on standing, with diarrhoea or vomiting: an urgent GP or 111): the one wee told as a visit ("only
# been to wee once"), dizziness told as getting up, sickness told as "been sick"
DEHYDRATION_IN_CARERS_WORDS: list[tuple[str, str]] = [
    ("U", "my dad is 88, diarrhoea for 2 days and he's only been to wee once today"),
    ("U", "mum's 90, she's been sick since yesterday and went dizzy getting up from the sofa"),
    ("U", "I've had diarrhoea since Sunday, only been for a wee once today"),
    ("L", "I'm 40, had diarrhoea since yesterday, drinking plenty and weeing normally, feel ok"),
    (
        "L",
        "went dizzy getting up from the sofa too fast this morning, fine after a second, no"
        " other symptoms",
    ),
]

# NICE NG143 (the age band decides what a fever means): a note's "2 day hx" after the child is how
# long, not how old; an age set off by commas ("baby girl, 5 weeks") is still an age
DURATION_IN_A_NOTE_NOT_AN_AGE: list[tuple[str, str]] = [
    ("!E", "HV note: 7 month old boy, 3 day hx cough, T 38.2, feeding well, alert and smiling"),
    ("!E", "GP note: 10 month old girl, 2 day history of fever 38.5, alert, feeding ok"),
    ("E", "6 week old girl, 1 day hx fever, T 38.2"),
    ("E", "baby girl, 5 weeks, temp 38.1"),
]

# NICE NG12 Suspected cancer (a soft-tissue lump increasing in size: a referral) and NHS.uk lumps
# (see a GP if a lump gets bigger): a lump said to grow is a GP's within days, however soft, old
# or painless; a bump after a knock, or a jab's lump, going down is not
LUMP_GROWING: list[tuple[str, str]] = [
    ("N", "soft lump on my arm for years, slowly getting bigger, doesn't hurt"),
    ("L", "soft lump on my arm for years, slowly getting bigger, doesn't hurt"),
    ("N", "the lump under the skin on my shoulder has grown over the last few months, painless"),
    ("L", "the lump under the skin on my shoulder has grown over the last few months, painless"),
    ("S", "my baby has grown so much, there's a small lump where she had her jab, going down"),
]

# NHS.uk common cold (a cold in a baby over 3 months, feeding and wetting nappies as usual, is
# looked after at home) and NICE NG143 green: the cold said in a note's word ("coryzal"); under 3
# months, or breathing fast, stays same-day
INFANT_COLD_IN_A_NOTE: list[tuple[str, str]] = [
    ("S", "HV call: 7-month-old, coryzal 2 days, afebrile, feeding well, alert"),
    ("N", "HV note: 5-month-old, coryzal 3 days, feeding half of usual, RR 58"),
    ("U", "2 month old, coryzal, feeding well"),
]

# NHS.uk Braxton Hicks (irregular, usually painless tightenings that ease: normal) against NHS.uk
# premature labour and signs of labour (regular or painful tightenings: the maternity unit)
TIGHTENINGS_IN_PREGNANCY: list[tuple[str, str]] = [
    (
        "S",
        "I'm 32 weeks and get painless tightenings now and then that go away when I rest, baby"
        " moving normally, no bleeding",
    ),
    ("U", "I'm 30 weeks and having regular painful tightenings every 10 minutes"),
    ("U", "35 weeks pregnant, tightenings every 5 minutes since lunch"),
    ("U", "34 weeks, irregular tightenings and some fluid leaking"),
]

# NHS.uk pins and needles (pressure on a nerve, sitting cross-legged or sleeping on an arm: gone on
# its own) in an older person, gone at once: at their own usual with a minor complaint; still numb
# hours later, or a face dropped, is not
POSITIONAL_PINS_AND_NEEDLES_OLDER: list[tuple[str, str]] = [
    (
        "S",
        "I'm 80, sat cross-legged on the floor with the grandkids and my leg went dead, gone"
        " within a minute of standing",
    ),
    (
        "S",
        "my dad is 78, slept on his arm and woke with pins and needles, gone after he shook it",
    ),
    ("N", "I'm 79, my foot went dead after sitting cross legged and it's still numb 3 hours later"),
    ("E", "I'm 76 and my arm suddenly went dead and my face dropped"),
]

# NHS.uk cannabis (a bad reaction, panicky, settling: stay with them, keep them calm): cannabis
# called "weed" is no wee ("a weed brownie"); a wee counted once with burning stays same-day
WEED_IS_NO_WEE: list[tuple[str, str]] = [
    (
        "S",
        "my friend had too much of a weed gummy 2 hours ago and panicked, she's much calmer now"
        " and talking normally",
    ),
    ("U", "she's only weed once today and it burns"),
    ("U", "my son smoked some weed and now he's paranoid and hearing voices"),
]

# NHS.uk chest pain and costochondritis (a pain that is worse when you press on the chest: a
# strained chest-wall muscle, usually treated yourself, a GP if it does not settle): pressing said
# after another movement ("when I twist or press on it"); spreading to the arm keeps 999
CHEST_WALL_PRESSED: list[tuple[str, str]] = [
    (
        "L",
        "pain in my ribs on the right when I breathe in deeply or press on it, since I lifted a"
        " wardrobe last week",
    ),
    ("E", "chest pain when I move or press on it, but also going down my left arm and I'm sweaty"),
]

# NICE CG37 Postnatal care (breastfeeding difficulty: feeding support) as a note's plan: "refer to"
# the feeding team is a referral, not self-care
NOTE_REFERS_ON: list[tuple[str, str]] = [
    (
        "L",
        "HV note: cracked nipple left side, poor latch, refer to breastfeeding clinic, no"
        " redness, apyrexial",
    ),
    (
        "N",
        "HV note: cracked nipple left side, poor latch, refer to breastfeeding clinic, no"
        " redness, apyrexial",
    ),
    (
        "S",
        "Midwife visit day 8: sore nipples, latch improved after support, breasts soft,"
        " apyrexial, baby gaining, mum coping",
    ),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    FALL_CANNOT_GET_UP_AGE_AS_NUMBER
    + HEART_ATTACK_AS_A_GENERAL_RISK
    + DEFORMITY_BY_LIKENESS
    + GREEN_AFTER_A_COUGH
    + ALCOHOL_WITHDRAWAL
    + DEHYDRATION_IN_CARERS_WORDS
    + DURATION_IN_A_NOTE_NOT_AN_AGE
    + LUMP_GROWING
    + INFANT_COLD_IN_A_NOTE
    + TIGHTENINGS_IN_PREGNANCY
    + POSITIONAL_PINS_AND_NEEDLES_OLDER
    + WEED_IS_NO_WEE
    + CHEST_WALL_PRESSED
    + NOTE_REFERS_ON
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 57 wrong at the first run
SET57_ROWS = [
    "f57-en-emg-001",
    "f57-en-urg-001",
    "f57-en-urg-003",
    "f57-en-urg-004",
    "f57-en-urg-005",
    "f57-en-urg-010",
    "f57-en-urg-012",
    "f57-en-urg-013",
    "f57-en-nur-010",
    "f57-en-nur-016",
    "f57-en-nur-018",
    "f57-en-slf-003",
    "f57-en-slf-004",
    "f57-en-slf-007",
    "f57-en-slf-008",
    "f57-en-slf-009",
    "f57-en-slf-010",
    "f57-en-slf-012",
    "f57-en-slf-013",
]

OPEN_ROWS: dict[str, str] = {
    "f57-en-urg-001": "gold urgent for urinary symptoms 'with fever' at 37.9; NHS.uk's high"
    " temperature is 38 or above and the PHE/UKHSA UTI tool for over-65s counts over 37.9, so no"
    " fever by either; the rules' non_urgent (a GP, age 80 against self-care) follows them",
    "f57-en-urg-012": "recreational_drugs_danger reads a heart still racing after ecstasy as an"
    " emergency (TOXBASE: tachycardia is a sign of stimulant toxicity); lowering an emergency"
    " rule on drugs is rules-gf's theme and the safe side, so left",
    "f57-en-slf-004": "age 80 is against self-care unless the person is said at their usual or"
    " coping with or improving from a minor illness (NICE NG51, Age UK frailty); 'bunged up',"
    " prunes and no pain or blood say neither, so the rules keep a GP",
    # (f57-en-slf-007 and -009, a well baby's hiccups and milk spots under 3 months, closed by
    # rules-ge's newborn_normal: NHS.uk hiccups, baby acne and milia;
    # tests/test_pregnancy_and_babies.py)
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET57_ROWS, OPEN_ROWS),
)
def test_set57_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_57.jsonl", row_id)
