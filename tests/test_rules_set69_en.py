"""Set 69's English rows (voice47: frustrated tone, home remedies, numbers and timelines).

Written by rules-mb (session 47). Each English row of ``tests/data/fresh_levels_69.jsonl`` wrong
at its first run (92.5% of the 80 English rows right on 3dca7ea's rules) is named by the KIND of
reading that failed, with the published source of its gold:

- f69-en-urg-004 (emergency): pus "coming out of it" (an ear) read as "out of it", new
  confusion, so a child's fever became sepsis with confusion - NHS.uk ear infections (discharge
  from the ear: a GP or 111), NHS.uk confusion (sudden confusion: 999);
- f69-en-slf-009 (emergency): a faint told trigger first ("at my blood test ... passed out"),
  coming round at once, a pattern "with needles" - NHS.uk fainting (common causes: an injection,
  the sight of blood or needles), NICE CG109 (an uncomplicated faint);
- f69-en-slf-010 (emergency): a relative "rushed to hospital with a heart attack last week",
  an event had, not a heart attack now; and "not sleeping great" for a few nights of stress -
  NHS.uk heart attack (999 for someone having one now), NHS.uk insomnia (self-help);
- f69-en-slf-017 (non_urgent): hiccups texted "on n off today", read as coming back - NHS.uk
  hiccups (they stop on their own; a GP after 48 hours);
- f69-en-slf-020 (non_urgent): "nasal congestion" in a pharmacy note not read as the cold's
  blocked nose - NHS England (2018) over-the-counter conditions (nasal congestion), NHS.uk
  sinusitis;
- f69-en-nur-013 (self_care): a cough's span told as two points of the calendar ("since
  Christmas, it's March now") not read - NHS.uk cough (a GP after 3 weeks).

Each kind has sentences of this file's own, written from the source named above its list before
any rule changed, in several phrasings and both polarities. Wrong before any rule change (the
rules of 3dca7ea): 6 of 6 rows and 22 of 48 kind sentences. After: 5 rows at their gold (one
left open, at non_urgent: see OPEN_ROWS) and every kind sentence at its level but two (OPEN).
The 13 sentences marked "# after" in each list were written after the change, in other words.

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

# NHS.uk ear infections and skin abscess (discharge or pus coming out: a GP or 111) against NHS.uk
# confusion (someone suddenly "out of it", confused: 999 with a fever, NICE NG51): fluid or pus
# "coming out of it" is no confusion; a person out of it still is
DISCHARGE_OUT_OF_IT: list[tuple[str, str]] = [
    (
        "!E",
        "my 6 year old has had earache for 2 days and now there's smelly"
        " stuff coming out of it, temp 38.2, still playing",
    ),
    ("!E", "I've got a big spot on my chin and white pus keeps coming out of it"),
    (
        "!E",
        "cut my finger on Sunday, now it's swollen and yellow fluid is oozing out of it, temp 37.9",
    ),
    ("!E", "my new ear piercing is red and a bit of clear liquid is leaking out of it"),
    ("E", "my dad has a temperature of 39.4 and he's totally out of it, doesn't know where he is"),
    ("E", "there's pus coming out of her ear and she's out of it, temp 39.2, hard to wake"),
    ("E", "my nan is feverish and really out of it today, not making any sense"),
    # after
    (
        "!E",
        "my daughter's ear is sore and this morning some runny yellow muck"
        " started coming out of it, 38.1, watching telly",
    ),
    (
        "E",
        "mum has a urine infection and a fever of 38.8 and since lunch she's been really out of it",
    ),
    ("!E", "his ear has been sore since Friday, last night gunk started coming out of it, 38.4"),
    ("E", "grandad's got a chest infection, 38.9, and this evening he's completely out of it"),
]

# NHS.uk heart attack and NHS.uk stroke (999 for someone having one now): a relative taken to
# hospital with one days or weeks back is an event had, as "had a heart attack" is; the
# writer's own signs now stay 999
TAKEN_TO_HOSPITAL_WITH: list[tuple[str, str]] = [
    (
        "!E",
        "my dad was rushed to hospital with a heart attack on Friday,"
        " he's home now and I can't stop worrying about him",
    ),
    (
        "!E",
        "my husband was taken to hospital with a stroke three weeks"
        " ago, how long does the tiredness last after",
    ),
    (
        "!E",
        "my brother was blue-lighted to hospital with a suspected heart attack"
        " a few days ago and I've been anxious since, no symptoms myself",
    ),
    (
        "E",
        "I was rushed to hospital with a heart attack last week and now I've"
        " got the same crushing chest pain again and I'm sweating",
    ),
    (
        "E",
        "my mum was taken to hospital with a stroke last year and this morning"
        " her face has dropped again and she can't lift her arm",
    ),
    # after
    (
        "!E",
        "my grandad was taken into hospital with a stroke in the summer,"
        " he's back home, can he fly next month",
    ),
    (
        "E",
        "I was rushed to hospital with a heart attack in March and since an"
        " hour ago I've had tight chest pain going into my jaw",
    ),
    ("!E", "my uncle went into hospital with a heart attack at the weekend, he's recovering well"),
    (
        "E",
        "my wife was taken to hospital with a stroke in May and right now"
        " her speech is slurred and one side of her face is drooping",
    ),
]

# NHS.uk fainting (common causes: an injection, seeing blood; usually awake within 20 seconds)
# and NICE CG109 (an uncomplicated faint with a provoking factor): told trigger first, coming
# round at once; a faint that does not come round, or one with no trigger, is still 999
FAINT_AT_A_NEEDLE: list[tuple[str, str]] = [
    (
        "!E",
        "during my flu jab at the pharmacy I passed out for a couple of"
        " seconds, came round straight away and I'm fine now",
    ),
    (
        "!E",
        "at my blood test this morning I fainted briefly, came to quickly,"
        " always happens with needles, feel fine now",
    ),
    (
        "!E",
        "my son passed out at his vaccination this afternoon for a few"
        " seconds, came round quickly, he's absolutely fine now and eating",
    ),
    (
        "E",
        "had a blood test on Monday, this morning I passed out in the kitchen for no reason"
        " and hit my head",
    ),
    ("E", "at his blood test my husband passed out and he still hasn't come round after 5 minutes"),
    # after
    ("!E", "she fainted at her injection at school, was awake again in seconds and is fine now"),
    ("E", "he collapsed at home with no warning, awake again in seconds but now has chest pain"),
    (
        "!E",
        "went lightheaded and fainted at my blood test, woke up within seconds, nurse"
        " gave me a biscuit and I'm fine",
    ),
    ("E", "I passed out at the gym while running and came round quickly but my chest hurts"),
]

# NHS.uk insomnia (a few nights of poor sleep from stress or worry: self-help; a GP when it lasts
# months or affects the day)
POOR_SLEEP_FEW_NIGHTS: list[tuple[str, str]] = [
    (
        "S",
        "work's been stressful and I haven't been sleeping well for a few nights, otherwise fine",
    ),
    ("S", "not sleeping great the last few nights, worrying about my exams, no other problems"),
    ("S", "just stressed at work and not sleeping great for a few nights"),
    ("N", "I haven't been sleeping well for 3 months and I'm exhausted all day at work"),
    # after
    ("S", "poor sleep the last couple of nights with a deadline at work, otherwise fine"),
    # after, a look-alike the all-texts dump found (NHS.uk depression: low mood for weeks, a GP)
    ("N", "feeling flat for a couple of months, nothing is fun anymore and I'm sleeping badly"),
    ("S", "been sleeping badly this week with the heat, otherwise well"),
    ("N", "not sleeping well for months now, I keep waking up gasping"),
]

# NHS.uk hiccups (they usually stop on their own in minutes or hours; a GP after 48 hours):
# "on and off" within a day, texted as "on n off" or "on & off", is no complaint coming back
ON_AND_OFF_TODAY: list[tuple[str, str]] = [
    ("S", "hiccups on n off since lunch, bit annoying lol"),
    ("S", "got hiccups on & off today, drank water upside down, still going"),
    ("N", "hiccups on and off for 3 days now and it hurts when I swallow"),
    # after
    ("S", "hiccups for about 3 hours on and off, that's all, no other symptoms"),
    ("S", "hiccups for a couple of hours on n off, that's all"),
    ("N", "hiccups on n off for a week, can't eat properly"),
]

# NHS England (2018) over-the-counter conditions (nasal congestion) and NHS.uk sinusitis (a
# blocked nose and facial ache: a pharmacist; a GP when it lasts, 111 with swelling round the eye)
NASAL_CONGESTION: list[tuple[str, str]] = [
    ("S", "2 days of nasal congestion and a runny nose, no temperature, eating fine"),
    ("S", "2 days nasal congestion, no fever"),
    ("N", "nasal congestion for 3 months only on one side and it keeps bleeding"),
    ("N", "nasal congestion for 5 days and now swelling and redness around my left eye"),
    # after
    ("S", "nasal congestion since yesterday, no fever, eating and drinking fine"),
    ("U", "blocked nose for 5 days and now swelling and redness around my left eye"),
    ("S", "hay fever, blocked nose and itchy puffy eyes, otherwise fine"),
    ("S", "Pharmacy consult: 41M, nasal congestion and a sinus headache since yesterday, afebrile"),
]

# NHS.uk cough (a GP for a cough lasting more than 3 weeks) and NHS.uk laryngitis (a GP after 2
# weeks): a span told as a month or a holiday and the month now ("since Christmas, it's March
# now"), as two weekdays are; a holiday without the month now is no span
MONTHS_SINCE: list[tuple[str, str]] = [
    ("N", "I've had this cough since January and it's April now, no fever, never smoked"),
    ("N", "dry cough since Christmas, it's February now, tried honey and lemon, no blood"),
    ("N", "my hoarse voice started after a cold in October and it's December now, no pain"),
    ("N", "tickly cough since January and it's April now, no fever, sleeping fine"),
    ("N", "I've had a blocked nose since New Year, it's March now, otherwise fine"),
    ("S", "cold since Christmas day, feeling a bit better today, no fever"),
    ("S", "runny nose since Monday, it's March now so probably hay fever starting, otherwise fine"),
    # after
    ("N", "blocked nose since Christmas and it's March now, nothing else"),
    ("S", "cold since Monday and it's March now, feeling better"),
    ("N", "chesty cough since November, it is now January, honey helps a bit, no fever"),
    ("S", "sore throat since Tuesday, it's May now and exams are on, no fever, eating fine"),
]

OPEN: dict[str, str] = {
    "just stressed at work and not sleeping great for a few nights": "NHS.uk stress is"
    " self-help, but 'stressed' is `mental_distress`, whose family keeps a non_urgent floor"
    " (NICE CG123, dispositions.yaml); a lift for everyday stress would need an `unless` for"
    " hopelessness or not coping that the lifts mechanism does not have: not done this session",
    "my hoarse voice started after a cold in October and it's December now, no pain": "the"
    " start told as an event's month ('after a cold in October') is not read: widening the"
    " month span to any 'in <month>' would also read plans and past events",
}

KINDS: list[tuple[str, str]] = (
    DISCHARGE_OUT_OF_IT
    + TAKEN_TO_HOSPITAL_WITH
    + FAINT_AT_A_NEEDLE
    + POOR_SLEEP_FEW_NIGHTS
    + ON_AND_OFF_TODAY
    + NASAL_CONGESTION
    + MONTHS_SINCE
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 69 wrong at the first run
SET69_EN_ROWS = [
    "f69-en-urg-004",
    "f69-en-nur-013",
    "f69-en-slf-009",
    "f69-en-slf-010",
    "f69-en-slf-017",
    "f69-en-slf-020",
]

OPEN_ROWS: dict[str, str] = {
    "f69-en-slf-010": "no longer an emergency (the mother's heart attack 'rushed to hospital"
    " with ... last week' is history now), but at non_urgent: 'just stressed' is"
    " `mental_distress`, whose family floor is non_urgent (NICE CG123); see the open kind"
    " sentence above",
}


@pytest.mark.parametrize("row_id", rows_with_open(SET69_EN_ROWS, OPEN_ROWS))
def test_set69_en_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_69.jsonl", row_id)
