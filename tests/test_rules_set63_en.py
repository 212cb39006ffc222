"""Set 63's English rows (voice44: after treatment, cosmetic and body, kitchen and cooking).

Written by rules-jb (session 44). Each English row of ``tests/data/fresh_levels_63.jsonl`` wrong
at its first run (87.5% for the set) is named by the KIND of reading that failed, with the
published source of its gold:

- f63-en-slf-019 (emergency): a device "fitting" (a coil, an implant, a hearing aid) read as a
  fit - NHS.uk IUS / IUD aftercare (cramps and spotting after the fitting);
- f63-en-urg-009 (emergency): a Bell's palsy's forehead told as "that side of my forehead" -
  NICE CKS Bell's palsy;
- f63-en-urg-007 (self_care): new bleeding from the bottom days after a polyp's removal -
  NHS.uk colonoscopy / BSG post-polypectomy bleeding;
- f63-en-urg-011 (non_urgent): a new widespread rash on an antibiotic without airway signs -
  NHS.uk antibiotics (side effects);
- f63-en-slf-006 (urgent): a mild fever and a blanching rash 7-11 days after the MMR jab in a
  well child - NHS.uk MMR vaccine side effects, NICE NG143 green;
- f63-en-nur-006 (urgent): severe acne with painful lumps and scars - NICE NG198 acne;
- f63-en-nur-009 (self_care): small lumps after lip filler without signs of a blocked vessel -
  NHS.uk dermal fillers (go back to the practitioner);
- f63-en-nur-018 (self_care): left open (its gold against NHS.uk blepharitis: see OPEN_ROWS).

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of 5e2ec9a): 8 of 8 rows
and 17 of 46 kind sentences. After: 7 rows at their gold (f63-en-nur-018 left open) and every
kind sentence at its level. Two kinds were found while writing: a filler's blocked vessel (the
sight lost or the skin gone white or blue) read as no emergency, and a hot red swelling that
spreads read below same day.

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

# NHS.uk intrauterine system (IUS) and intrauterine device (IUD): period-type cramps and spotting
# after the fitting are expected; NHS.uk What to do if someone has a seizure (999: a first fit,
# over 5 minutes): a device's "fitting" (a coil, an implant, a hearing aid, braces) is no fit,
# while a person fitting after a procedure still is
DEVICE_FITTING: list[tuple[str, str]] = [
    ("!E", "day 3 after my coil fitting, mild cramps that paracetamol helps"),
    ("!E", "IUD fitting this morning, some spotting and period type cramps, is that normal?"),
    ("!E", "had my hearing aid fitting yesterday and my ear canal feels a bit sore"),
    ("!E", "since the implant fitting my arm is bruised and a bit tender"),
    ("!E", "my braces fitting was on Tuesday and my teeth ache when I chew"),
    ("E", "my daughter had her coil fitted an hour ago and now she's fitting on the floor"),
    ("E", "after his brace fitting at the dentist he had a seizure in the car, his first ever"),
    (
        "E",
        "I had a coil fitting today, passed out after and my husband says I was jerking for"
        " over 5 minutes",
    ),
]

# NICE CKS Bell's palsy (a one-sided facial palsy that takes in the forehead, limbs and speech
# normal: same-day assessment; a stroke's droop spares the forehead, and any limb or speech
# sign is a stroke's 999): the forehead told by its side ("that side of my forehead")
FOREHEAD_BY_ITS_SIDE: list[tuple[str, str]] = [
    (
        "=U",
        "the left side of my face has dropped since this morning and I can't wrinkle that side"
        " of my forehead, arms and legs are fine, speech is fine",
    ),
    (
        "=U",
        "my face is drooping on the right, I can't shut my eye or raise that side of my"
        " forehead, arms and legs fine, talking fine",
    ),
    (
        "E",
        "my face is drooping on the right and I can't wrinkle that side of my forehead, and my"
        " right arm is weak",
    ),
    (
        "E",
        "his face has dropped on one side and his speech is slurred, he can't wrinkle that side"
        " of his forehead either",
    ),
]

# NHS.uk colonoscopy (bleeding after a polyp's removal: contact the endoscopy unit or a GP) and
# BSG post-polypectomy bleeding (delayed bleeding up to 2 weeks: assessed the same day; heavy
# bleeding, clots or feeling faint: A&E)
BLEEDING_AFTER_POLYPS: list[tuple[str, str]] = [
    (
        "=U",
        "had 3 polyps removed at my colonoscopy last week and today there's some blood in my"
        " poo, I feel fine otherwise",
    ),
    ("=U", "polypectomy 4 days ago, passed a bit of fresh red blood this morning, no pain"),
    (
        "=U",
        "they took a polyp off during my colonoscopy on Friday and now there's bright red"
        " blood when I go to the toilet",
    ),
    (
        "E",
        "colonoscopy with polyp removal 6 days ago, now passing large clots and the toilet"
        " water is full of blood, I feel faint",
    ),
    ("L", "had a colonoscopy yesterday, no polyps, just a bit bloated and windy"),
    ("L", "colonoscopy 3 days ago, no bleeding at all, just some tummy rumbling"),
]

# NHS.uk antibiotics (side effects: a rash - speak to a GP or 111; swelling of the lips or
# tongue, wheezing or trouble breathing - 999, anaphylaxis) and NHS.uk penicillin allergy
RASH_ON_AN_ANTIBIOTIC: list[tuple[str, str]] = [
    (
        "=U",
        "day 4 of amoxicillin for my chest and now I've got an itchy red rash all over my"
        " body, breathing fine",
    ),
    (
        "=U",
        "started penicillin two days ago and now there are hives on my arms and tummy, no lip"
        " swelling",
    ),
    (
        "=U",
        "my son is on antibiotics for an ear infection and a blotchy rash has come up on his"
        " back and legs today",
    ),
    (
        "E",
        "took my first amoxicillin an hour ago and now my lips and tongue are swelling and I'm"
        " wheezing",
    ),
    ("L", "on day 2 of amoxicillin and a bit of loose poo, no rash, feel ok"),
    ("L", "finished antibiotics last month, the rash I had then has gone"),
]

# NHS.uk MMR vaccine side effects (7 to 11 days after the jab some babies get a high
# temperature and a measles-like rash for 2 or 3 days: treat at home) and NICE NG143 (green: a
# well child; a rash that does not fade under a glass, or a child floppy or hard to wake, is red)
AFTER_THE_MMR: list[tuple[str, str]] = [
    (
        "L",
        "my 1 year old had his MMR 10 days ago and now has a temperature of 38.1 and a blotchy"
        " rash that fades under a glass, he's feeding and playing normally",
    ),
    (
        "L",
        "my daughter had her one year jabs 8 days ago, now a mild temperature and a faint pink"
        " rash that fades when I press a glass on it, she's eating and playing",
    ),
    (
        "E",
        "my 13 month old had her MMR 8 days ago, now a fever and a rash that doesn't fade under"
        " a glass and she's very sleepy",
    ),
    (
        "E",
        "my son had his 1 year jabs 9 days ago, he has a temperature of 39 and is floppy and"
        " hard to wake",
    ),
]

# NICE NG198 Acne vulgaris (severe acne, nodules or cysts, scarring: a GP, referral to a
# dermatologist; no same-day sign) and NHS.uk acne; NHS.uk cellulitis (hot, red, spreading skin
# with a temperature: same day)
SEVERE_ACNE: list[tuple[str, str]] = [
    ("L", "my acne has got really bad on my back, big painful cysts and it's starting to scar"),
    ("N", "my acne has got really bad on my back, big painful cysts and it's starting to scar"),
    ("L", "severe acne on my face, painful lumps under the skin, nothing from the chemist works"),
    ("N", "severe acne on my face, painful lumps under the skin, nothing from the chemist works"),
    ("U", "my acne is fine but my headache has gone really bad"),
    ("U", "my acne on my chin and my tummy pain has got really bad"),
]

# NHS.uk cellulitis (hot, red, swollen skin that is spreading, with a temperature: urgent GP or
# 111) and NHS.uk sprains and strains (swelling after a twist: treated at home)
SWELLING_THAT_SPREADS: list[tuple[str, str]] = [
    (
        "U",
        "a spot on my chin has turned into a hot red swelling that is spreading and I have a"
        " temperature of 38.5",
    ),
    ("U", "the bite on my leg is now a red swelling that has spread up to my knee"),
    ("L", "the swelling in my ankle has spread a bit since I twisted it, no heat"),
]

# NHS.uk dermal fillers (problems after filler: go back to the practitioner who did it; lumps
# can be treated) and the British College of Aesthetic Medicine's filler complications (a
# blocked vessel: the skin white or blue, severe pain, a change in sight - treated at once)
LUMPS_AFTER_FILLER: list[tuple[str, str]] = [
    (
        "N",
        "had lip filler a week ago and I can feel two small hard lumps in my top lip, not painful",
    ),
    (
        "L",
        "had lip filler a week ago and I can feel two small hard lumps in my top lip, not painful",
    ),
    ("N", "cheek filler 10 days ago, there's a small firm lump on the left side, colour normal"),
    ("L", "cheek filler 10 days ago, there's a small firm lump on the left side, colour normal"),
    ("E", "had filler near my nose an hour ago and now I can't see out of my right eye"),
    ("E", "lip filler this morning and a patch of my top lip has gone white and really hurts"),
    ("E", "cheek filler yesterday and the skin beside my nose has turned blue and mottled"),
    ("L", "had lip filler 2 weeks ago, colour normal, no white or blue patches, just a small lump"),
    ("!E", "the filler in the wall has gone white as it dried, is the dust safe to breathe?"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    DEVICE_FITTING
    + FOREHEAD_BY_ITS_SIDE
    + BLEEDING_AFTER_POLYPS
    + RASH_ON_AN_ANTIBIOTIC
    + AFTER_THE_MMR
    + SEVERE_ACNE
    + SWELLING_THAT_SPREADS
    + LUMPS_AFTER_FILLER
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 63 wrong at the first run
SET63_ROWS = [
    "f63-en-slf-019",
    "f63-en-urg-009",
    "f63-en-urg-007",
    "f63-en-urg-011",
    "f63-en-slf-006",
    "f63-en-nur-006",
    "f63-en-nur-009",
    "f63-en-nur-018",
]

OPEN_ROWS: dict[str, str] = {
    "f63-en-nur-018": "gold non_urgent, but NHS.uk blepharitis (clean the eyelids at home; a"
    " pharmacist can help; see a GP if no better after 2 to 4 weeks) and NHS.uk contact"
    " dermatitis (avoid the irritant; a GP if no better) treat itchy, flaky, pink lid edges a"
    " week after lash glue, with no pain, no change in sight and no sticky eye, at home first",
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET63_ROWS, OPEN_ROWS),
)
def test_set63_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_63.jsonl", row_id)
