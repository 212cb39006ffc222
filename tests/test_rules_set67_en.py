"""Set 67's English rows (voice46: several complaints, question form, outdoors and water).

Written by rules-lb (session 46). Each English row of ``tests/data/fresh_levels_67.jsonl`` wrong
at its first run (85.6% for the set, 68 of 80 English rows right) is named by the KIND of
reading that failed, with the published source of its gold:

- f67-en-emg-004 (urgent): the vomit told first and then said to be blood in a clause of its own
  ("been sick twice and it's all blood") - NHS.uk vomiting blood, NICE CG141;
- f67-en-emg-018 (non_urgent): a stroke told in a mixed-language family's words: "not be able
  to find her words", a hand that "keeps dropping the chopsticks", a mouth that looks 歪
  (askew) - NHS.uk stroke (FAST);
- f67-en-urg-002 (non_urgent): an infection worse again after its antibiotics - NICE CKS Sore
  throat - acute, NHS.uk tonsillitis;
- f67-en-urg-006 (non_urgent): a forearm cut by a low young person who does not want to die -
  NICE NG225 self-harm;
- f67-en-urg-008 (emergency): a heart attack named only in a saying ("chest pain can mean a
  heart attack") - NICE CG95 (the pain-free angina of yesterday stays same-day);
- f67-en-urg-009 (emergency): a heart attack denied ("I don't think it's a heart attack"), and a
  watch's pulse after a racing heart - NHS.uk heart palpitations (left open: see OPEN_ROWS);
- f67-en-urg-016 (non_urgent): "hot swollen" said together before the joint - NICE CKS Septic
  arthritis;
- f67-en-urg-018 (self_care): sunburn told by the day in the sun ("no hat"), not named, with
  big blisters and shivers - NHS.uk sunburn;
- f67-en-nur-010 (self_care): an allergy test or an adrenaline pen asked about after a past
  large sting reaction - NICE CKS Insect bites and stings;
- f67-en-nur-012 (urgent): coughing up blood named in a friend's saying ("coughing up blood
  means TB") and denied - NHS.uk cough;
- f67-en-slf-013 (non_urgent): "the first time in about ten years" read as how long a complaint
  had lasted - NHS.uk exercise (left open for its second reason: see OPEN_ROWS);
- f67-en-urg-003 (emergency): left open, its gold against the rule's own source (see OPEN_ROWS).

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of e6bbe6d): 12 of 12 rows and
20 of 39 kind sentences. After: 9 rows at their gold (three left open) and every kind sentence at
its level.

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

# NHS.uk vomiting blood (call 999 or go to A&E; NICE CG141 acute upper GI bleeding): the vomit
# told first and then said to be blood in a clause of its own; vomit said not to be blood, or
# blood from a cut, is no haematemesis
VOMIT_THEN_BLOOD: list[tuple[str, str]] = [
    ("E", "I threw up three times and it was all bright red blood"),
    ("E", "I've been sick twice tonight and it's mostly blood, I feel faint"),
    ("E", "my dad vomited twice after dinner and it was dark red blood"),
    ("!E", "I was sick twice last night and it's just the curry, no blood at all"),
    ("!E", "I've been sick twice and it's the wine I think, nothing red"),
]

# NHS.uk stroke (FAST: face dropped on one side, an arm weak, speech slurred or words lost: call
# 999) told in a mixed-language family's words; chopsticks hard to learn, or words never
# found in a second language, are no stroke
STROKE_FAMILY_WORDS: list[tuple[str, str]] = [
    ("E", "she's 79 and suddenly not able to find her words, started 15 minutes ago"),
    (
        "E",
        "my dad keeps dropping his chopsticks with his right"
        " hand since lunch and his speech is odd",
    ),
    (
        "E",
        "since 10 minutes ago the left side of my grandad's mouth is 歪 and he can't lift his arm",
    ),
    ("!E", "my chopsticks keep slipping because I'm still learning to use them"),
    (
        "!E",
        "my grandma has never been able to find her words in English, she only speaks Cantonese",
    ),
]

# NICE CKS Sore throat - acute / NHS.uk tonsillitis (reassess an infection worse after its
# antibiotics: the GP or 111 the same day); one cleared up, or worse again without a course,
# is not this
WORSE_AFTER_ANTIBIOTICS: list[tuple[str, str]] = [
    (
        "U",
        "finished my antibiotics for a chest infection on Tuesday and"
        " the cough has got worse again with a fever",
    ),
    (
        "U",
        "done the course of penicillin for my throat but it's"
        " gone worse again and I've a temperature",
    ),
    (
        "L",
        "finished the antibiotics for my ear infection last week"
        " and it's all cleared up, just want to check",
    ),
    ("L", "my cough got worse again, no antibiotics, a bit of a cold"),
]

# NICE NG225 self-harm (self-harm without intent to die: a same-day mental health assessment;
# intent to die is 999): the forearm named, the intent denied as not wanting to die
SELF_HARM_FOREARM: list[tuple[str, str]] = [
    ("=U", "I cut myself last night, not deep, I don't want to die"),
    (
        "=U",
        "my son has been really low for a month and he cut his"
        " forearm with a razor yesterday, it's shallow",
    ),
    ("E", "my daughter cut her wrist last night and says she wants to die"),
    ("L", "I cut my forearm on a broken glass while washing up, it's stopped bleeding"),
]

# NICE CG95 chest pain / NHS.uk heart attack: a heart attack named in a saying, or denied, is no
# sign; crushing pain with sweating still is (999)
HEART_ATTACK_SAID_NOT_HAD: list[tuple[str, str]] = [
    ("E", "I don't think it's a heart attack but I have crushing chest pain and I'm sweating"),
    (
        "E",
        "I know chest pain can mean a heart attack, I've had a tight"
        " ache in my chest for 30 minutes and I'm sweating",
    ),
    ("!E", "I don't think it's a heart attack, just heartburn after curry"),
    (
        "!E",
        "my nan always says indigestion can mean a heart"
        " attack, I've just got heartburn after curry",
    ),
]

# NHS.uk heart palpitations / ESI danger-zone vital signs: a watch's number said after a racing
# heart is the heart rate; a watch's oxygen, or a rate during a run, is not
WATCH_PULSE: list[tuple[str, str]] = [
    ("E", "my heart's been racing since lunch, my watch says 155"),
    ("!E", "my heart is racing, my watch says 98% oxygen"),
    ("!E", "my heart was racing after the run, my watch says 150 during it"),
]

# NICE CKS Septic arthritis / NHS.uk joint pain (a hot, swollen joint with a fever: same-day
# assessment): "hot swollen" said together before the joint; a swollen knee that is not hot, with
# no fever, is a GP's
HOT_SWOLLEN_TOGETHER: list[tuple[str, str]] = [
    ("U", "my ankle is hot swollen and I've got a temperature of 38.5"),
    ("U", "hot, swollen elbow since yesterday and I feel feverish"),
    ("L", "my knee is swollen after football, not hot, no fever"),
]

# NHS.uk sunburn (111 if the skin is blistering badly, or with chills or a high temperature;
# mild sunburn at home): the burn told by the day in the sun, not named
SUN_DAY_BLISTERS: list[tuple[str, str]] = [
    (
        "U",
        "out on the boat all day with no suncream, my shoulders are"
        " red with big blisters and I feel shivery",
    ),
    ("U", "gardening all day without a hat, my neck has big blisters now and I've got chills"),
    ("S", "out on the boat all day with no suncream, my shoulders are a bit pink and sore"),
    ("S", "I was in the sun all day, my nose is a bit red, otherwise fine"),
]

# NICE CKS Insect bites and stings (after a large local reaction the GP discusses allergy
# referral and adrenaline; a sting now that stays small is treated at home)
ALLERGY_TEST_ASKED: list[tuple[str, str]] = [
    (
        "N",
        "my son was stung by a bee last year and his leg swelled up hugely for"
        " days, should he have an allergy test before summer?",
    ),
    ("N", "a wasp sting in May made my whole hand swell for three days, do I need an EpiPen now?"),
    ("S", "got stung by a wasp an hour ago, it's a small red lump and a bit itchy"),
]

# NHS.uk cough (a GP for a cough over 3 weeks; coughing up blood, a GP or 111 urgently): the
# sign named in a saying about what it means is not had; said had, it stays
SAYING_ABOUT_A_SIGN: list[tuple[str, str]] = [
    (
        "U",
        "I read that coughing up blood can mean cancer, and"
        " I've been coughing up blood since Sunday",
    ),
    (
        "L",
        "my mum says coughing up blood means something serious,"
        " I've had a dry cough for a week, no blood",
    ),
]

# NHS.uk exercise and muscle soreness: the time since something was last done ("the first time
# in 5 years") is no duration of the complaint
FIRST_TIME_IN_YEARS: list[tuple[str, str]] = [
    (
        "S",
        "I went swimming for the first time in 5 years on"
        " Saturday and my shoulders ache, easing now",
    ),
    (
        "S",
        "went for a run for the first time in about 3 years, my"
        " calves are stiff today but I'm fine",
    ),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    VOMIT_THEN_BLOOD
    + STROKE_FAMILY_WORDS
    + WORSE_AFTER_ANTIBIOTICS
    + SELF_HARM_FOREARM
    + HEART_ATTACK_SAID_NOT_HAD
    + WATCH_PULSE
    + HOT_SWOLLEN_TOGETHER
    + SUN_DAY_BLISTERS
    + ALLERGY_TEST_ASKED
    + SAYING_ABOUT_A_SIGN
    + FIRST_TIME_IN_YEARS
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 67 wrong at the first run
SET67_EN_ROWS = [
    "f67-en-emg-004",
    "f67-en-emg-018",
    "f67-en-urg-002",
    "f67-en-urg-003",
    "f67-en-urg-006",
    "f67-en-urg-008",
    "f67-en-urg-009",
    "f67-en-urg-016",
    "f67-en-urg-018",
    "f67-en-nur-010",
    "f67-en-nur-012",
    "f67-en-slf-013",
]

OPEN_ROWS: dict[str, str] = {
    "f67-en-urg-003": "gold urgent (same-day eye casualty), but the rule it fires,"
    " eye_injury_sight_changed, follows NHS.uk eye injuries: any change to the sight after an eye"
    " injury is A&E (blurred vision after a thorn in the eye); the gold is against that source",
    "f67-en-urg-009": "gold urgent by NEWS2 (a rate of 131-150 scores 3, an urgent response), but"
    " the watch's 148-152 read at its worse end is the ESI danger zone (vital_heart_rate_high,"
    " over 130: an emergency unless a full set of observations is typed; NICE CKS atrial"
    " fibrillation admits a pulse over 150); lowering that rule is a wider change than this row",
    "f67-en-slf-013": "the 'first time in about ten years' is no longer read as a duration, but"
    " 'my nose keeps getting dry' is read as persistent ('keep getting', dispositions.yaml):"
    " narrowing that general phrase for one mild symptom was not done in this session",
}


@pytest.mark.parametrize("row_id", rows_with_open(SET67_EN_ROWS, OPEN_ROWS))
def test_set67_en_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_67.jsonl", row_id)
