"""Set 77's English rows (voice50: apologetic, describing how something looks, an update after
earlier advice).

Written by rules-pb (session 50). Each English row of ``tests/data/fresh_levels_77.jsonl`` wrong
at its first run (74 of 80 English rows right; no English emergency missed, none of the English
self-care rows at emergency) is named by the KIND of reading that failed, with the published
source of its gold:

- f77-en-urg-017 (non_urgent): a burn gone infected after the pharmacy's advice, told as "the
  red is spreading round it" with yellow pus that smells and feeling hot - NHS.uk burns and
  scalds, NICE CKS Burns and scalds (signs of infection: a GP or 111 the same day);
- f77-en-nur-012 (emergency): a stroke feared and dismissed in the past ("I panicked thinking
  stroke, but I'd slept on it and it came back within 10 minutes") read as a stroke named -
  NHS.uk stroke (the FAST signs decide), NHS.uk pins and needles, NICE CKS Carpal tunnel syndrome;
- f77-en-slf-010 (non_urgent): wee gone pinkish-red after beetroot, painless and clearing, kept
  at the urinary family's floor - NHS.uk blood in urine (beetroot can turn pee red or pink);
- f77-en-slf-011 (non_urgent): green poo in a well, breastfed baby, kept off self-care by the
  baby's age - NHS.uk (Start for Life) baby poo, NHS Norfolk "What's in the nappy" (green can be
  normal; white or grey, black after the first days, or red: a GP);
- f77-en-slf-014 (non_urgent): a trip's length ("come back from three weeks visiting family")
  read as how long the puffy ankles had lasted - NHS.uk swollen ankles, feet and legs (oedema);
- f77-en-slf-016 (non_urgent): a verruca "still there but smaller with the gel" read as a
  treatment not working - NHS.uk warts and verrucas (treatment takes weeks; a GP if it has not
  worked).

Each kind has sentences of this file's own, in other words and both directions, from the source
named above its list. Wrong before any rule change (the rules of 3f70256): 6 of 6 rows and 21 of
43 kind sentences (34 written first, 16 wrong; green said of a poo or a wound's ooze was
read as bile vomiting by two of them, and its group of five was written then, three wrong; four
"must stay E" sentences for the stroke fear put aside, two wrong). After: the six rows at their
gold and every kind sentence at its level. The sentences marked "after the change, in other
words" were written after the rules changed (8 more; the "fortnight" one was already right).

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

# NHS.uk burns and scalds / NICE CKS Burns and scalds (a burn with signs of infection - pus, a
# smell, redness spreading round it, feeling hot or shivery - is seen the same day: a GP or
# 111); a burn healing with new pink skin and no pus is looked after at home
BURN_INFECTED: list[tuple[str, str]] = [
    (
        "=U",
        "the pharmacist dressed my burn on Monday, now there's yellow pus"
        " under the dressing and the red is spreading round it",
    ),
    (
        "=U",
        "my scald from the kettle has gone smelly with pus coming out and I feel hot and shivery",
    ),
    ("=U", "update on the burn on my arm: it's oozing green stuff now and the red has spread"),
    ("=U", "the burn on my hand has pus in it and the skin around it is red and hot"),
    (
        "L",
        "burnt my finger on the oven tray 4 days ago, it's healing well,"
        " new pink skin, no pus, not red",
    ),
    ("L", "update on my burn: the pharmacist said keep it covered, it looks much better today"),
    # after the change, in other words
    ("=U", "the scald on my wrist from the iron has gone yellow and crusty with pus and it smells"),
]

# NHS.uk stroke (call 999 for the FAST signs, even if they go away), NHS.uk pins and needles (a
# limb lain on goes numb and comes back once it moves), NICE CKS Carpal tunnel syndrome (tingling
# in the thumb and first fingers at night for weeks: a GP): a stroke feared and put aside in the
# past is no stroke named; a sign of stroke said beside the fear still is one
STROKE_FEARED_PAST: list[tuple[str, str]] = [
    (
        "!E",
        "I panicked thinking stroke when I woke with my arm dead,"
        " but I'd been lying on it and it was fine in a few minutes",
    ),
    (
        "!E",
        "my first thought was a stroke, but the numb hand came back within"
        " minutes of moving it, I'd slept on it funny",
    ),
    ("!E", "I panicked that it was a stroke but it was just pins and needles from kneeling"),
    (
        "E",
        "I panicked thinking stroke, the left side of my face has dropped"
        " and my speech is slurred since 10 minutes ago",
    ),
    (
        "E",
        "my first thought was a stroke, my mum can't lift her right arm"
        " and her mouth is drooping, it started 20 minutes ago",
    ),
    ("E", "I panicked thinking stroke, my left arm went weak 15 minutes ago and is still weak"),
    ("E", "I think I had a stroke this morning, my face went droopy for half an hour"),
    # a numbness said still there beside the fear (numb_going_on), in both languages and
    # unpunctuated: the fear put aside never silences it
    ("E", "I panicked thinking stroke, my left arm went numb 10 minutes ago and it's still numb"),
    ("E", "my first thought was stroke his arm went numb 20 minutes ago and its still numb"),
    ("E", "我以为是中风，左手麻了十分钟，现在还麻"),
    ("E", "以为系中风，隻手痹咗半個鐘，仲痹緊"),
    # after the change, in other words
    (
        "!E",
        "my first thought was a stroke when my leg went numb on the loo, but it was"
        " just dead leg from sitting and it went in a minute",
    ),
]

# NICE NG143 (bile-stained vomiting is red) and NHS.uk bowel obstruction: green said of what is
# brought up; green said of a baby's poo (NHS.uk baby poo) or of what a wound oozes (NICE NG125)
# is no vomit
GREEN_NOT_VOMIT: list[tuple[str, str]] = [
    ("!E", "my 8 month old's poo was bright green this morning, she's fine"),
    ("!E", "my baby's poo is dark green, is that normal?"),
    ("=U", "the cut on my leg is leaking green stuff and it's red and swollen"),
    ("E", "my 2 year old has been sick 3 times and it was bright green"),
    ("E", "his poo is normal but he's been sick twice and it came up green"),
]

# NHS.uk blood in urine (eating beetroot, blackberries or rhubarb can turn pee red or pink; see
# a GP for blood in pee): pee pink or red after a red food named as the cause, painless, is the
# food's; clots, burning, a fever or no red food eaten keep it a GP's
RED_PEE_FOOD: list[tuple[str, str]] = [
    ("S", "had beetroot with dinner last night and my wee is pinkish this morning, no pain at all"),
    ("S", "my pee has gone a reddish pink colour, I ate loads of beetroot yesterday, feel fine"),
    (
        "S",
        "messaged earlier about red urine, turns out it's the beetroot juice I"
        " drank, it's pinkish-red and fading, no pain",
    ),
    ("N", "my wee is pink and I ate beetroot yesterday but there are clots in it"),
    ("N", "red wee since yesterday, it burns when I go, I did have some beetroot"),
    ("N", "my wee is pinkish red today and I haven't eaten anything red"),
    # after the change, in other words
    ("S", "I ate a beetroot salad at lunch and now my pee looks reddish, no pain"),
    ("N", "ate beetroot, my wee is a bit red and it stings when I go"),
]

# NHS.uk (Start for Life) baby poo and NHS Norfolk "What's in the nappy" (a breastfed baby's poo
# is mustard yellow and green can be normal in a baby feeding well; white, grey or chalky poo,
# black poo after the first days, or red: a GP): green poo in a well baby is looked after at home
GREEN_POO_WELL_BABY: list[tuple[str, str]] = [
    (
        "S",
        "my 5 month old's poo has gone green, he's breastfed, feeding well,"
        " plenty of wet nappies and smiley",
    ),
    ("S", "green poo in my 4 month old's nappy today, formula fed, happy and feeding normally"),
    (
        "S",
        "describing the nappy: her poo is bright green and a bit seedy, my 7 month"
        " old is otherwise her usual self and feeding fine",
    ),
    ("N", "my 4 month old's poo is white and chalky, she's feeding ok"),
    ("N", "my 5 month old's poo is green with streaks of blood in it"),
    ("N", "my 6 month old has green poo and a temperature of 38.5 and isn't feeding well"),
    # after the change, in other words
    ("S", "my 9 month old's nappy was full of green poo today, she's feeding well and happy"),
]

# NHS.uk swollen ankles, feet and legs (oedema: both ankles puffy after sitting long on a flight,
# going down overnight, is looked after at home; one leg, pain or breathlessness is not): the
# length of a trip told before the flight home is how long the trip was, not the swelling
TRIP_LENGTH: list[tuple[str, str]] = [
    (
        "S",
        "just got back from two weeks in Spain, both my ankles are a bit puffy"
        " after the long flight, same on both sides, no pain",
    ),
    (
        "S",
        "home from a month visiting my daughter in Australia, after the long-haul"
        " flight both my feet are a bit puffy, they go down overnight",
    ),
    (
        "N",
        "back from three weeks in Thailand, since the flight my left calf is swollen and painful",
    ),
    (
        "N",
        "both my ankles have been swollen for three weeks since a long"
        " flight and aren't going down",
    ),
    # after the change, in other words
    (
        "S",
        "back from a fortnight in Greece and both feet are a bit puffy after the flight, no pain",
    ),
]

# NHS.uk warts and verrucas (treatments from a pharmacy can take weeks or months; a GP if the
# treatment has not worked, or it bleeds, changes or spreads): a verruca or wart still there but
# shrinking with the treatment is improving, not a treatment that has failed
STILL_THERE_BETTER: list[tuple[str, str]] = [
    (
        "S",
        "update: the wart on my finger is still there but it's shrinking with the freezing spray",
    ),
    ("S", "verruca still there but a lot smaller since I started the salicylic acid"),
    ("S", "the verruca is still there but much smaller now with the gel, no pain"),
    ("N", "verruca still there after 3 months of the gel, no smaller at all"),
    ("N", "my verruca is still there and now it's bleeding and spreading"),
    # after the change, in other words
    ("S", "my wart is still there but fading with the cream"),
    ("N", "the lump in my breast is still there but smaller"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    BURN_INFECTED
    + STROKE_FEARED_PAST
    + GREEN_NOT_VOMIT
    + RED_PEE_FOOD
    + GREEN_POO_WELL_BABY
    + TRIP_LENGTH
    + STILL_THERE_BETTER
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 77 wrong at the first run
SET77_EN_ROWS = [
    "f77-en-urg-017",
    "f77-en-nur-012",
    "f77-en-slf-010",
    "f77-en-slf-011",
    "f77-en-slf-014",
    "f77-en-slf-016",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize("row_id", rows_with_open(SET77_EN_ROWS, OPEN_ROWS))
def test_set77_en_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_77.jsonl", row_id)
