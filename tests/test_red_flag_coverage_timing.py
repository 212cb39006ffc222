"""Timing and texting shorthand at the emergency line, by category (set 20's English rows).

Written from the published sources before the rules changed for them, in other words than
``tests/data/fresh_levels_20.jsonl``. Codes as ``tests.rule_levels``: ``E`` an emergency,
``!E`` anything but an emergency, ``U`` at least urgent, ``=U`` exactly urgent (a same-day
sign that NHS.uk does not send to 999).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE NG158 (suspected PE: recent surgery or immobility, pleuritic pain, tachycardia,
# haemoptysis) and NHS.uk pulmonary embolism (sudden breathlessness or chest pain worse on
# breathing in: 999): sudden breathlessness days after an operation, a cast or a long flight
PE_AFTER_SURGERY: list[tuple[str, str]] = [
    (
        "E",
        "3 days after my hip replacement, suddenly really short of breath and it hurts when I "
        "breathe in",
    ),
    (
        "E",
        "got back from a long haul flight yesterday, now sob and my heart is pounding, sharp "
        "pain when i take a deep breath",
    ),
    (
        "E",
        "I've been laid up with my leg in plaster for a week, since this morning I can't catch"
        " my breath and my heart is racing",
    ),
    ("E", "post op day 5 after my hysterectomy, breathless out of nowhere and coughing up blood"),
    (
        "E",
        "had my knee op last week. since lunch i feel breathless and theres a stabbing pain in"
        " my side every time i breathe in",
    ),
    ("!E", "had my knee replacement 2 weeks ago, knee still swollen and stiff, physio going ok"),
    ("!E", "flying to spain next week, 3 weeks after my op, should i wear flight socks?"),
    ("!E", "no breathlessness, no chest pain, just a sore scar a week after my hernia op"),
    ("!E", "my knee op was 4 years ago, now I have a cold and a bit of a cough"),
    # the noun itself (NHS.uk "shortness of breath" / breathlessness), read as the adjective is
    # (added in session 16 after a probe: "sudden breathlessness" had been read as nothing)
    (
        "E",
        "long-haul flight 2 days ago now sudden breathlessness and sharp chest pain when I"
        " breathe in",
    ),
    ("E", "chest pain and sudden breathlessness"),
    ("U", "sudden breathlessness since this morning"),
    ("!E", "no breathlessness, just a cough for a few days"),
]

# NICE CKS Sciatica and GIRFT cauda equina pathway (saddle anaesthesia with back pain:
# emergency): numbness of the saddle said the way people say it
SADDLE_EVERYDAY: list[tuple[str, str]] = [
    ("E", "sciatica for two weeks and now i can't feel the toilet paper when i wipe"),
    ("E", "bad back since lifting a sofa, and since last night I'm numb down there"),
    ("E", "back has been killing me all week, today when I wipe I can't really feel it"),
    ("E", "lbp 1 wk, now numb round my privates and peeing feels weird"),
    ("E", "lower back agony, it's gone numb between my legs"),
    ("!E", "back pain after gardening, ran out of toilet paper so had to use tissues lol"),
    ("!E", "back pain 3 days, no numbness down there, peeing normally"),
    ("!E", "my back aches and my foot goes numb when i sit cross legged"),
]

# A negated list negates every item ("no A, B or C"; "denies A/B"; "no A, no B"): NHS.uk
# heart palpitations (999 only with chest pain, breathlessness or fainting), NICE NG240
# meningitis (fever with a stiff neck or a rash)
NEGATED_LISTS: list[tuple[str, str]] = [
    ("!E", "palpitations on and off for 3 weeks, no dizziness, chest pain or fainting"),
    ("!E", "heart skipping beats after coffee. Denies sob, cp or syncope."),
    ("!E", "palps for 2 days, no sob, no cp, no LOC"),
    ("!E", "fever since yesterday, no rash, stiff neck or headache"),
    ("!E", "headache for 2 days, no vomiting, stiff neck, rash or fever"),
    ("!E", "feel rough with a cold, no fever, chest pain, or breathing problems"),
    ("E", "palpitations since this morning, no dizziness but I've got chest pain"),
    ("E", "no fever or cough, but crushing chest pain going down my left arm"),
    ("E", "heart racing, chest pain and I fainted, no dizziness"),
    ("E", "no fever, my chest is crushing and I'm sweating buckets"),
    # a word of severity is a report, not an item of the denial
    ("E", "no fever, crushing chest pain or pressure in my chest"),
]

# NHS.uk fainting and NICE CG109 (an uncomplicated faint, set off by the sight of blood or a
# needle, with warning signs and full recovery: no emergency; not coming round, chest pain,
# or a faint during exercise are not uncomplicated)
FAINTS: list[tuple[str, str]] = [
    (
        "!E",
        "passed out for a few seconds when the nurse took my blood this morning, went hot and "
        "clammy first, fine now",
    ),
    (
        "!E",
        "my daughter fainted when she saw the blood from her knee, came round in seconds and "
        "is fine",
    ),
    ("!E", "I fainted just now at the sight of my own blood after cutting my finger, I'm ok"),
    ("!E", "fainted briefly at the sight of the needle at my jab, felt sick first, all good since"),
    ("E", "my husband fainted at the sight of blood and he hasn't come round after 2 minutes"),
    ("E", "she fainted at the sight of blood and now has chest pain"),
    # NICE CG109: a faint during exertion needs urgent assessment (the rules keep it higher)
    ("U", "passed out while running yesterday, came round quickly, fine now"),
]

# NHS.uk angioedema and RCUK 2021 anaphylaxis (skin and mucosal signs alone are no
# anaphylaxis): puffy lips and hives after a new medicine, breathing and throat said to be
# fine, is an urgent GP or 111; the tongue or throat, breathing, faintness or a hoarse voice
# make it 999
ALLERGIC_LIPS: list[tuple[str, str]] = [
    (
        "=U",
        "lips swelled up a bit with an itchy rash after starting penicillin, breathing fine, "
        "throat fine",
    ),
    (
        "=U",
        "on a new antibiotic since monday, hives and my top lip is puffy, no trouble breathing"
        " or swallowing",
    ),
    ("=U", "face a bit puffy and hives after amoxicillin, breathing normally"),
    ("E", "lips and tongue swelling after eating prawns, breathing ok for now"),
    ("E", "hives and lips swelling after a peanut, throat feels tight"),
    ("E", "lips swollen after amoxicillin"),
    ("E", "lip swelling after a wasp sting, breathing is fine but I feel faint"),
    ("E", "lips puffy after cashews, breathing ok, but my voice has gone hoarse"),
]

# NICE CKS Sore throat - acute and NHS.uk quinsy (one-sided swelling, trismus, a muffled
# voice: same-day assessment; 999 with breathing difficulty or unable to swallow saliva)
QUINSY: list[tuple[str, str]] = [
    (
        "=U",
        "tonsillitis for 4 days, now one side of my throat is swollen, i can hardly open my "
        "mouth and my voice sounds muffled",
    ),
    (
        "=U",
        "my son (16) sore throat a week, hot potato voice, one tonsil massive, can't open his "
        "mouth properly",
    ),
    ("E", "sore throat, one side swollen, muffled voice and now I can't swallow my own spit"),
    (
        "E",
        "sore throat for days, throat swollen on one side, muffled voice and I'm struggling to"
        " breathe",
    ),
    ("E", "face and lips swelling after prawns and my voice has gone hoarse"),
]

CASES = NEGATED_LISTS + FAINTS + PE_AFTER_SURGERY + SADDLE_EVERYDAY + ALLERGIC_LIPS + QUINSY


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_timing_and_shorthand_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
