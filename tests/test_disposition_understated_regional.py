"""Understated, asked as a question, and regional English: the level from the signs.

Written from NHS.uk condition pages (cuts and grazes, tension headaches, cellulitis, gout,
kidney stones, your baby's movements, postnatal depression, depression, constipation in
pregnancy, heart palpitations), the Manchester Triage System (uncontrollable major
haemorrhage), NICE CKS (cellulitis, gout, septic arthritis, renal or ureteric colic), RCOG
Green-top 57 (reduced fetal movements) and NICE CG192, in our own words (not fresh set 26's
rows, ``tests/data/fresh_levels_26.jsonl``), in the understated voice ("probably nothing",
"sorry to bother you", the danger said in passing), as a question about the person's own
symptom ("is that normal", "can it wait till my appointment") and in regional words (British
and Irish "bunged up", "in bits", "33 weeks gone"; Caribbean "bound up"; Australian "doing it
tough", "flat"; Singapore English "wah", "got fever also"). Minimising words never lower a sign:

- a major bleed said in passing: towels or a dressing bled through, still coming under
  pressure (MTS; NHS.uk: A&E when pressure does not stop it), an emergency;
- a tension-type headache "like a tight band" is no chest pain (NHS.uk tension headaches); a
  tight band around the chest stays chest pain;
- redness that has spread or got bigger (NHS.uk cellulitis) and a first red, swollen joint with
  a fever (NICE CKS gout and septic arthritis) are same-day;
- fewer movements than usual said as a small count or a lazy day (RCOG GTG57) are same-day,
  and "I'm 34 weeks" / "33 weeks gone" is how far along, not how long;
- colicky pain from the side or back into the groin (NICE CKS renal colic) is same-day;
- a mother's own postnatal low mood with no risk is a GP or health visitor within days (NICE
  CG192): the baby's age is then the time since the birth;
- constipation in pregnancy in regional words, and palpitations after caffeine with every red
  flag denied (NHS.uk), are treated at home.

At their first run against the rules before this change, 25 of the 47 were at the wrong level.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet

E, U, N, S = "emergency", "urgent", "non_urgent", "self_care"

CASES: list[tuple[str, str]] = [
    # --- a major bleed said in passing (MTS uncontrollable major haemorrhage; NHS.uk cuts and
    # grazes: A&E when pressure does not stop it): towels bled through, still coming under pressure
    (
        E,
        "sliced my hand on a broken glass, it's gone through three tea towels already pressing "
        "on it, probably only needs a couple of stitches",
    ),
    (
        E,
        "he cut his leg on the mower and he's bled through the towel we had on it, sorry if "
        "it's nothing",
    ),
    (E, "the knife slipped and blood is coming through the towels even with me pressing hard"),
    (E, "my son's head is cut, we're pressing on it and it's still coming, is that normal?"),
    (
        E,
        "dad caught his arm on the saw it has bled through the bandage and the dressing we put "
        "over it",
    ),
    (E, "sorry to be a pain, she cut her foot on glass at the beach, bleeding through two towels"),
    # look-alikes: towels after a shower, a small cut stopped with pressure
    (N, "I went through two towels after my shower"),
    (S, "paper cut, bled through a plaster a bit but it's stopped now"),
    (  # NHS.uk nosebleeds: stopped with 10 minutes of pressure, treated at home (rules-be,
        # session 23: was N; set 27's gold reads the same page as self-care)
        S,
        "she had a nosebleed, pressed for 10 minutes and it has stopped, the towel has some "
        "blood on it",
    ),
    # --- a tension-type headache's tight band is no chest pain (NHS.uk tension headaches)
    (S, "headache like a tight band around my forehead since lunch, better after a nap"),
    (S, "had a headache like a tight band this afternoon, paracetamol sorted it, vision fine"),
    # look-alikes: a tight band around the chest stays chest pain
    (E, "a tight band across my chest and sweating"),
    (E, "I have a headache and a tight band around my chest"),
    (E, "it feels like a tight band squeezing my chest"),
    # --- spreading redness, past tense and everyday words (NHS.uk cellulitis: urgent GP or 111)
    (
        U,
        "probably nothing but the redness has spread from the graze up to my ankle since this "
        "morning",
    ),
    (U, "redness spread from the bite up my arm, is that normal"),
    (U, "his leg's red patch is getting bigger and it's hot, he says he's fine"),
    # --- a first red, swollen joint with a fever (NICE CKS gout and septic arthritis)
    (U, "my knee is red and swollen and i've got a temperature, should i be worried"),
    (U, "mum's ankle swollen and red since yesterday and she has a fever of 38"),
    (U, "wah my toe swollen and red, got fever also, can wait until Friday or not?"),
    # look-alikes: no fever
    (N, "my ankle is swollen and red after i twisted it, no fever"),
    # --- fewer fetal movements played down (RCOG GTG57, NHS.uk your baby's movements: call the
    # maternity unit the same day, do not wait for the next appointment)
    (
        U,
        "im 30 weeks and ive only felt two or three kicks today, is that normal or can it wait "
        "till my appointment",
    ),
    (U, "38 weeks, baby less wriggly than usual today, sorry probably overthinking"),
    (
        U,
        "she's 36 weeks and the baby has been a bit lazy today, only a few movements since "
        "this morning",
    ),
    (
        U,
        "33 weeks gone, he's usually kicking all evening but today I've only felt a couple of "
        "movements",
    ),
    # look-alikes
    (N, "I'm 29 weeks and baby is kicking loads as usual, just wanted to ask about heartburn"),
    (S, "having a lazy day on the sofa with a cold"),
    (N, "he's normally kicking loads and he still is today"),
    # --- colicky loin-to-groin pain (NICE CKS renal colic; NHS.uk kidney stones)
    (U, "is it normal to have a pain in my back that goes down into my groin and comes in waves"),
    (U, "my husband has pain in his right side going into his groin on and off since this morning"),
    (U, "pain from my left side down to my groin in waves for 2 hours paracetamol not touching it"),
    # look-alikes
    (S, "pulled something in my groin at football, a bit sore"),
    (N, "pain in the left side of my groin when i cough, had it for 3 weeks"),
    # --- postnatal low mood, self-harm denied (NICE CG192, NHS.uk postnatal depression: a GP or
    # health visitor): the baby's age is the time since the birth
    (N, "had my baby 5 weeks ago and my mood is low most days, no thoughts of harming anyone"),
    (
        N,
        "my baby is 8 weeks and I've been flat most days since the birth and can't enjoy "
        "things, never would hurt myself",
    ),
    # look-alikes: the baby is the patient
    (U, "my baby is 5 weeks old and he cries a lot and won't settle"),
    (E, "my baby is 7 weeks and I'm feeling flat, and she has a temperature of 38.2"),
    # --- regional words for low mood (NHS.uk depression: see a GP)
    (N, "she's been doing it tough since her mum died, in bits most days"),
    (N, "been in a bad headspace for a few weeks now, can't enjoy anything"),
    # --- constipation in pregnancy in regional words (NHS.uk: treated at home)
    (S, "28 weeks pregnant, a bit bound up this week but the prunes are helping"),
    (
        S,
        "pregnant 30 weeks and bit bunged up, only going every few days, better with more "
        "water, mild",
    ),
    # look-alike: a bunged-up nose is no constipation
    (N, "pregnant 20 weeks and nose all bunged up, mild"),
    # --- palpitations after caffeine, settling, red flags denied (NHS.uk heart palpitations)
    (
        S,
        "is it normal for my heart to flutter after two energy drinks? no chest pain or "
        "dizziness, feel fine otherwise",
    ),
    (
        S,
        "my heart skipped a beat a few times after too much coffee this morning no chest pain "
        "no dizziness",
    ),
    # look-alikes: with chest pain or fainting, at a fast rate, or lasting with a heart condition
    (E, "heart racing after coffee and I feel faint and have chest pain"),
    (U, "heart pounding after 4 coffees, 150 at rest"),
    (
        N,
        "my heart has been skipping beats for 3 months, even without coffee, and I have a "
        "heart condition",
    ),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_understated_questions_and_regional_words_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    level, hits = rules_only_level(text, rules)
    assert level.value == expected, (level, [hit.rule_id for hit in hits])
