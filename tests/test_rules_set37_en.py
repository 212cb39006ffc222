"""Set 37's English categories (session 31): emergency signs said in other words.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 37's rows, ``tests/data/fresh_levels_37.jsonl``):

- chest pain told as a comparison that goes through from the front of the chest to the back or
  out between the shoulder blades (NHS.uk aortic dissection: sudden severe chest pain that may
  spread to the back, call 999; NICE CKS / MTS: pain radiating through to the back); a rash on
  the front of the chest or a cough that "goes right through me" is no chest pain;
- a collapse told as dropping to the ground, with the heart banging away (NHS.uk fainting and
  heart palpitations: call 999 for a faint with a pounding or irregular heartbeat; NICE CKS
  Palpitations: syncope is a red flag); a phone that dropped or a heart banging before an exam
  is neither;
- part of the sight gone in one eye, told as its top or bottom half gone or something stuck
  over it (NHS.uk vision loss: sudden loss of sight, a curtain or shadow: A&E now); a stye on
  the eyelid or varifocals' bottom half is no loss of sight;
- coughing up blood told as pink or pinkish spit or phlegm, and breath that could not be
  caught (NICE CKS Haemoptysis; NHS.uk pulmonary embolism and NICE NG158: breathlessness with
  coughing up blood, 999); pink toothpaste or bleeding gums are no haemoptysis, nor breath lost
  running for a bus;
- thoughts of "ending it", with the tablets lined up or a note written for the family (NICE
  NG225; NHS.uk help for suicidal thoughts: a plan, the means or goodbyes: 999); ending it with
  a boyfriend, a reminder note, or a week's tablets lined up in a pill box are none.

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
    # --- chest pain through to the back (NHS.uk aortic dissection; NICE CKS / MTS)
    ("E", "a pain like a knife pushed through from the front of my chest to my back, I feel faint"),
    ("E", "it feels like a red hot rod going right through my chest into my back"),
    (
        "E",
        "sudden agony like being stabbed straight through my chest and out between my shoulder"
        " blades",
    ),
    ("E", "the pain shot right through my chest to the back, I'm sweaty and dizzy"),
    ("!E", "I've got an itchy rash on the front of my chest since starting a new soap"),
    ("!E", "this cough goes right through me, no temperature, eating fine"),
    ("!E", "ache between my shoulder blades after sleeping funny, no chest pain"),
    # --- a collapse told as dropping, with the heart banging (NHS.uk fainting, palpitations)
    ("E", "he went white and dropped to the ground at football, now his heart is banging"),
    ("E", "she just dropped on the kitchen floor and came round, her heart's banging away"),
    ("E", "I dropped like a stone at the gym and my heart is still banging in my chest"),
    ("E", "her heart's been banging away and then she went grey and dropped"),
    ("L", "I dropped my phone on the floor and the screen cracked"),
    ("L", "the plate dropped on the floor and smashed, I have a tiny cut on my finger"),
    ("!E", "my heart was banging with nerves before my driving test, fine afterwards"),
    # --- part of the sight gone in one eye (NHS.uk vision loss)
    ("E", "the bottom half of my vision in my left eye has gone dark since I woke up"),
    ("E", "it's like a black patch stuck over the top half of my eye, I can't see through it"),
    ("E", "I've lost the top half of the vision in my right eye this morning"),
    ("E", "can't see out of the lower half of my left eye since an hour ago"),
    ("L", "I've got a stye on the top half of my eyelid, it's a bit sore"),
    ("L", "I wear varifocals and the bottom half of my glasses is for reading"),
    ("!E", "the bottom half of my eye is a bit red and itchy"),
    # --- pink spit or phlegm coughed up, breath not caught (NICE CKS Haemoptysis; NICE NG158)
    ("E", "I coughed up some pink phlegm and suddenly couldn't catch my breath"),
    (
        "E",
        "coughing up pinkish spit and a sharp pain in my chest when I breathe in, calf sore since"
        " the flight",
    ),
    ("E", "all of a sudden I couldn't catch my breath and I'm coughing up pink-tinged sputum"),
    ("L", "my spit is pink after brushing my teeth, my gums bleed a bit"),
    ("L", "I spat out pink toothpaste, is that normal"),
    ("!E", "I couldn't catch my breath after running for the bus, fine after a minute"),
    # --- thoughts of "ending it", the means lined up, a note written (NICE NG225; NHS.uk)
    ("E", "I keep thinking about ending it"),
    ("E", "I've had thoughts of ending it since the divorce"),
    ("E", "the pills are lined up on the table and I've written a note for my kids, I can't go on"),
    ("E", "I've been thinking of ending it, I've written a note to my dad"),
    ("=U", "I've been thinking about ending it but I have no plan and won't act on it"),
    ("!E", "thinking about ending it with my boyfriend, we argue all the time"),
    ("!E", "I've written a note for my mum to remind her about the dentist"),
    ("L", "I lined up my tablets in the pill box for the week, all fine"),
]


@pytest.mark.parametrize(("expected", "text"), EMERGENCY)
def test_set37_en_emergency_category(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Same-day rows whose words no group read (written before the groups that read them):
# - a burn told by what burnt (hot oil, boiling water, steam) that has blistered (NHS.uk burns
#   and scalds: blistered burns on the hands, arms, feet, legs or face, or larger than the hand:
#   an urgent treatment centre or A&E); a blister from new shoes is no burn;
# - double vision or a numb cheek after a blow to the face (NHS.uk eye injuries: an injury with
#   changes to the sight such as double vision: A&E; NHS.uk broken nose and face injuries); a
#   bruised cheek with the sight normal is none;
# - pain in the side coming in waves and going into the groin, told in separate clauses (NICE
#   CKS Renal or ureteric colic: same-day assessment; NHS.uk kidney stones); a stitch running
#   or a pulled groin muscle is neither;
# - a sudden shower of floaters told as specks or dots, with flashes told as a camera flash
#   (NHS.uk floaters and flashes: new floaters or flashes need an urgent eye check the same day;
#   NICE CKS Retinal detachment); the same few floaters for years are none.
SAME_DAY: list[tuple[str, str]] = [
    # --- a blistered burn told by what burnt (NHS.uk burns and scalds)
    ("U", "boiling water from the kettle went over my hand and it's come up in blisters"),
    ("U", "hot fat from the chip pan caught my forearm, a big blister has come up"),
    ("U", "steam from the pan got my wrist an hour ago and it's blistering now"),
    ("L", "I have a blister on my heel from my new shoes"),
    ("L", "splashed a bit of hot water on my hand, cooled it, a little red but no blisters"),
    # --- double vision or a numb cheek after a blow to the face (NHS.uk eye injuries)
    ("U", "got elbowed in the face at basketball and now I'm seeing double"),
    ("U", "he was punched in the eye last night and has double vision looking up"),
    ("U", "hit in the face by a cricket ball, my cheek is numb and I see two of everything"),
    ("L", "took an elbow to the face at netball, a small bruise on my cheek, vision is fine"),
    # --- side pain in waves going into the groin (NICE CKS Renal colic; NHS.uk kidney stones)
    ("U", "pain in my right side, it comes in waves, it goes down into my groin"),
    ("U", "agony in my back on the left, coming in waves, now it goes into the groin too"),
    ("L", "I get a stitch in my side when I run, it goes when I stop"),
    ("L", "pulled a muscle in my groin at football, it aches when I kick"),
    # --- a shower of specks, flashes like a camera (NHS.uk floaters and flashes)
    ("U", "since lunch there's a shower of tiny black specks in my right eye"),
    (
        "U",
        "lots of little dark dots appeared in one eye this morning and flickers like a camera"
        " flash",
    ),
    ("U", "I keep seeing flashes like a camera flash at the side of my eye since yesterday"),
    ("L", "I've had the same couple of floaters for years, no change"),
]


@pytest.mark.parametrize(("expected", "text"), SAME_DAY)
def test_set37_en_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# A GP's within days, not home (written before the phrases that read them): a lump on the
# testicle told with words between, however painless (NICE NG12: a non-painful enlargement or
# change in the shape or texture of the testis is a suspected cancer referral; NHS.uk
# testicular lumps and swellings: see a GP); a symptom said to have gone on for the past month
# (NHS.uk heart palpitations: see a GP if they last a long time or keep coming back; NHS 111
# pages: see a GP if it lasts). ``!SC`` anything but self-care, ``SC`` self-care.
GP: list[tuple[str, str]] = [
    ("!SC", "found a pea-sized lump on my left testicle in the shower, no pain at all"),
    ("!SC", "there's a small hard lump at the bottom of my right testicle, doesn't hurt"),
    ("!SC", "my testicle has a lump on it that wasn't there before, I feel fine otherwise"),
    (
        "!SC",
        "my heart skips a beat a few times a day for the past month, then it's back to normal",
    ),
    ("!SC", "a fluttery heart on and off over the past month, it settles by itself"),
    ("SC", "I had a cold last month and now I've got a runny nose again, feel fine otherwise"),
]


@pytest.mark.parametrize(("expected", "text"), GP)
def test_set37_en_gp_not_home(rules: RuleSet, expected: str, text: str) -> None:
    level = rules_only_level(text, rules)[0]
    if expected == "SC":
        assert level is Disposition.SELF_CARE, level
    else:
        assert expected == "!SC"
        assert level is not Disposition.SELF_CARE, level
