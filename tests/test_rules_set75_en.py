"""Set 75's English rows (voice49: the writer's own diagnosis, hurried, in bed or on waking).

Written by rules-ob (session 49). Each English row of ``tests/data/fresh_levels_75.jsonl`` wrong
at its first run (92.5% for the set, 74 of 80 English rows right) is named by the KIND of
reading that failed, with the published source of its gold:

- f75-en-emg-014 (non_urgent, an emergency): cauda equina told in everyday words - a wee that
  would not come out ("couldn't get a wee out"), numb "when I wiped", sciatica "going down both
  legs", a "dodgy back" - NHS.uk sciatica and cauda equina syndrome, NICE CKS Sciatica;
- f75-en-urg-008 (emergency): the FAST saying quoted ("everyone says face droop means stroke")
  beside a one-sided palsy that takes in the forehead, arms and speech said normal - NICE CKS
  Bell's palsy, NHS.uk Bell's palsy (the saying names no stroke; a sign of stroke still counts);
- f75-en-urg-009 (emergency): a husband's heart attack told as already under care ("blue-lighted
  in last night", "he's stable now") beside the writer's own calf - NHS.uk heart attack (999 is
  for the person with the signs now), NHS.uk DVT for the writer's own complaint;
- f75-en-urg-012 (non_urgent): a hot swollen joint told as a list ("hot, red and really
  swollen") with a fever, self-labelled gout - NICE CKS Septic arthritis, NHS.uk gout;
- f75-en-urg-015 (non_urgent): chickenpox contact in a pregnancy with no immunity ("never had
  chickenpox, exposed today") - NHS.uk chickenpox in pregnancy, RCOG Green-top Guideline 13;
- f75-en-slf-010 (non_urgent): a knock to the head with NICE NG232's warning signs checked and
  denied (did not black out, remembers everything, no vomiting) - NICE NG232 Head injury, NHS.uk
  head injury (no risk factor: home with advice).

Each kind has sentences of this file's own, in other words and both polarities, written before
any rule change from the source named above its list. Wrong before any rule change (the rules
of 8540edd): 6 of 6 rows and 14 of 42 kind sentences written first (the 11 look-alikes and
must-stay sentences added next, beside the two stand-downs, were all right before and after).
The sentences under ``# after:`` in each list were written after the change, "in other words",
to check it is the kind and not the row that was closed.

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

# NHS.uk sciatica and cauda equina syndrome (A&E or 999: sciatica on both sides, numbness around
# the bottom or genitals, finding it hard to start peeing or not able to pee); NICE CKS Sciatica
# (cauda equina red flags): told in everyday words; a shy bladder, a numb hand while wiping a
# car or one leg's sciatica with a normal bladder are no cauda equina
CAUDA_EVERYDAY: list[tuple[str, str]] = [
    ("E", "my dodgy back flared up yesterday and when I wiped just now it felt numb"),
    ("E", "sciatica going down both legs since Monday and I couldn't pee at all when I got up"),
    (
        "E",
        "back went on Saturday lifting the slabs, this morning I couldn't get a wee out and"
        " when I wiped it was numb",
    ),
    (
        "E",
        "I'm 61, bad back on and off, shooting down both legs this time and I couldn't get any"
        " wee out last night, still the same",
    ),
    ("E", "husband's back has been bad since the weekend, tonight he couldn't wee at all"),
    ("L", "couldn't wee in front of the nurse for the sample so I have to go back tomorrow"),
    ("L", "dodgy back again after gardening, usual stretches helping, bladder is fine"),
    ("L", "sciatica down my left leg for two weeks, peeing normally, no numbness anywhere"),
    ("!E", "my fingers were numb from the cold when I wiped the frost off the windscreen"),
    # after: written after the change, in other words
    ("E", "lower back agony since lifting the sofa on Friday and I couldn't pee at all tonight"),
    ("L", "my back's dodgy after decorating, no numbness anywhere, weeing fine"),
]

# NHS.uk stroke (FAST: call 999 for a face dropped on one side, an arm weak or speech slurred)
# and NICE CKS Bell's palsy (a one-sided palsy that takes in the forehead, arms and speech normal:
# same day): the FAST saying quoted names no stroke; a sign of stroke beside it is still 999
FAST_SAYING_QUOTED: list[tuple[str, str]] = [
    (
        "=U",
        "I know everyone says face droop means stroke, but I woke up with the right side of my"
        " face not moving, can't shut that eye or lift that eyebrow, arms fine, talking fine",
    ),
    (
        "=U",
        "they always say a drooping face means a stroke. the left side of my face has dropped,"
        " my forehead won't wrinkle on that side, both arms strong, speech normal",
    ),
    (
        "E",
        "everyone says face droop means stroke and my dad's face has dropped on one side and his"
        " arm is weak",
    ),
    (
        "E",
        "I know face droop means stroke, my mum's mouth is drooping on the left since 20 minutes"
        " ago and she's slurring",
    ),
    ("E", "face droop means stroke right? my face has been drooping on one side since lunch"),
    ("E", "I think I'm having a stroke, my arm went weak an hour ago"),
    # after: written after the change, in other words
    (
        "=U",
        "my nan always said a drooping face means a stroke, but the whole right side of my face"
        " including my forehead won't move since I woke, arms and speech totally normal",
    ),
    (
        "E",
        "I know a drooping face can mean a stroke and my wife's face is drooping and she can't"
        " raise her arm",
    ),
]

# NHS.uk heart attack and stroke (999 for the person with the signs now): a relative already
# taken in by ambulance ("blue-lighted in", "rushed to hospital") and stable is under care; the
# writer's own complaint beside it is read on its own; the writer's own signs stay 999
RELATIVE_TAKEN_IN: list[tuple[str, str]] = [
    (
        "=U",
        "my wife was blue-lighted in last night with a heart attack and she's stable now. it's"
        " me I'm asking about: my right calf is swollen, hot and sore since yesterday, bigger than"
        " the left, after a long drive",
    ),
    (
        "L",
        "dad was rushed to hospital with a stroke on Sunday, he's stable now. I've had a sore"
        " throat for 3 days, no fever, eating and drinking fine",
    ),
    (
        "E",
        "my husband was blue-lighted in with a heart attack last night and now I've got crushing"
        " chest pain and I'm sweating",
    ),
    (
        "E",
        "mum was taken in by ambulance on Monday with a stroke, and now my own arm has gone weak"
        " and my speech is slurred",
    ),
    ("E", "I think my husband is having a heart attack, the ambulance is on its way"),
    ("E", "my dad's face has dropped and he can't lift his arm, I think it's a stroke"),
    (
        "E",
        "dad was rushed to hospital on Sunday and he's stable, but I think I'm having a heart"
        " attack right now",
    ),
    (
        "E",
        "my brother was blue lighted in with a stroke this morning and now my dad is slurring his"
        " words and his face has dropped",
    ),
    ("E", "my husband is being blue-lighted in now, I think he's having a heart attack"),
    ("E", "my husband had a heart attack an hour ago at home and he says he's fine now"),
    # after: written after the change, in other words
    (
        "L",
        "my mum was taken in by ambulance with a heart attack yesterday, they've stabilised her."
        " I've got a bit of a cold, runny nose, feel ok",
    ),
]

# NICE CKS Septic arthritis and NHS.uk gout (a hot, swollen joint, above all with a high
# temperature: same-day GP or 111), told as a list; sunburn, a knee sore after sport with no
# heat or fever, or a bit of redness from kneeling are not this
HOT_JOINT_LISTED: list[tuple[str, str]] = [
    (
        "=U",
        "my right knee's hot, red and really swollen since yesterday and I've got a temperature"
        " of 38.4, I'm sure it's gout",
    ),
    ("U", "ankle has gone hot, red and swollen overnight and I feel feverish, temp 38.2"),
    ("U", "my big toe joint is red, hot and very swollen and I've got a fever of 38.5"),
    ("U", "my elbow is hot, red and puffy since this morning and I've got a temperature"),
    # NHS.uk gout: a flare like one had before, no fever, is the GP's (set 23's f23-en-nur-022)
    ("L", "big toe came up hot, red and swollen again overnight, had gout once before, no fever"),
    ("L", "my knee is a bit red after kneeling on the patio, not swollen, not hot"),
    ("L", "knee's sore after football, a little swollen, no redness, no heat, no fever"),
    ("L", "both knees are sunburnt from the beach, hot, red and sore"),
    # after: written after the change, in other words
    ("U", "wrist is hot, red and swollen since last night, shivery, temperature 38.6"),
]

# NHS.uk chickenpox (pregnant, never had chickenpox and near someone with it: GP, midwife or
# 111 straight away; RCOG Green-top Guideline 13, chickenpox in pregnancy: a non-immune woman
# exposed is assessed for immunoglobulin or antivirals): the contact told with the immunity
# denied; no contact, or immunity known, is no same-day need
PREGNANT_CHICKENPOX_CONTACT: list[tuple[str, str]] = [
    ("=U", "quick q: 20 wks pregnant, never had chickenpox, exposed today"),
    (
        "=U",
        "I'm 14 weeks pregnant and I don't think I've had chickenpox, I spent the afternoon with"
        " my niece and she's come out in spots tonight",
    ),
    (
        "=U",
        "28 weeks pregnant, never had chicken pox, and my son's friend who was round yesterday"
        " has got it now",
    ),
    ("=U", "怀孕二十周，没出过水痘，今天跟出水痘的小孩玩了一下午"),
    ("L", "I'm pregnant and never had chickenpox, is there a vaccine I can have after the birth?"),
    ("L", "怀孕了，以前没出过水痘，想问生完孩子能不能打疫苗"),
    # after: written after the change, in other words
    (
        "=U",
        "16 weeks pregnant, not immune to chickenpox, my daughter's friend who was round"
        " yesterday has chickenpox now",
    ),
]

# NICE NG232 Head injury (no risk factor - no loss of consciousness, no amnesia, no vomiting,
# no anticoagulant, no worsening headache: home with head injury advice) and NHS.uk head injury
# (go to A&E for vomiting, a headache that does not go away, memory problems, blood thinners):
# the warning signs checked and denied; any one of them said still decides
HEAD_KNOCK_CHECKED: list[tuple[str, str]] = [
    (
        "S",
        "bumped my head on the cupboard an hour ago, didn't black out, no vomiting, remember"
        " everything, just a sore spot",
    ),
    (
        "S",
        "fell off my bike this morning, didn't pass out, remember it all, haven't been sick,"
        " 29, feel ok",
    ),
    ("S", "whacked my head on the car boot, didn't lose consciousness, no vomiting, bit tender"),
    ("E", "came off my bike and hit my head, didn't black out but I've been sick twice since"),
    (
        "U",
        "hit my head on a beam, didn't pass out, remember everything, but I'm on warfarin",
    ),
    (
        "E",
        "fell and hit my head, didn't black out, no vomiting, but I'm getting really drowsy",
    ),
    (
        "N",
        "hit my head on the shelf yesterday, didn't black out, no vomiting, but the headache"
        " keeps getting worse",
    ),
    (
        "N",
        "my dad is 82, he fell and hit his head, didn't black out, remembers everything",
    ),
    (
        "N",
        "hit my head this morning didn't black out no vomiting but the headache is still there"
        " and getting worse",
    ),
    ("E", "banged my head didn't pass out remember everything but I keep being sick"),
    ("N", "hit my head, didn't black out, no vomiting, but I can't remember the drive home"),
    ("U", "I'm on apixaban and bumped my head on the door, didn't black out, no vomiting"),
    ("S", "刚才撞到头，没晕过去，什么都记得，没有呕吐，只是起了个小包"),
    ("N", "头撞到柜子，没晕过去，没有呕吐，但是越来越想睡"),
    ("N", "我妈八十岁，摔倒撞到头，没晕过去，什么都记得"),
    # after: written after the change, in other words
    (
        "S",
        "knocked my head on the kitchen cabinet, wasn't knocked out, remember it all, just a bit"
        " tender",
    ),
    ("E", "walked into a lamppost and hit my head, didn't black out but I've vomited twice since"),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    CAUDA_EVERYDAY
    + FAST_SAYING_QUOTED
    + RELATIVE_TAKEN_IN
    + HOT_JOINT_LISTED
    + PREGNANT_CHICKENPOX_CONTACT
    + HEAD_KNOCK_CHECKED
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 75 wrong at the first run
SET75_EN_ROWS = [
    "f75-en-emg-014",
    "f75-en-urg-008",
    "f75-en-urg-009",
    "f75-en-urg-012",
    "f75-en-urg-015",
    "f75-en-slf-010",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize("row_id", rows_with_open(SET75_EN_ROWS, OPEN_ROWS))
def test_set75_en_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_75.jsonl", row_id)
