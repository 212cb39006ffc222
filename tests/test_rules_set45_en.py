"""Set 45's English kinds (voice35: a sender who corrects themselves, a verdict quoted from a web
search or a forum, a symptom that has passed). What sets the level is what stands once the
sender has finished: a late period told by the date of the last one ("my last period was about 6
weeks ago") with one-sided pain, shoulder-tip pain or faintness, which is a possible ectopic
pregnancy; a word or a reading the sender takes back ("burnt on my face, sorry not my face its my
shoulders", "it said 184/112 ... actually I misread the slip, it's 174/112", "he is 2, I mean 20
months"), where the corrected word or number is the one read; a person passing little urine
said as "hardly peeing" in diarrhoea, a sign of dehydration; a tension headache's tight band
said before the word headache ("a tight band type headache"), which is no chest tightness;
a sprain whose sender does not think it is broken and walks on it; bleeding after sex told inside
a window that runs up to now ("twice in the last month"), which is a GP's; and both calves
aching after a run named by its distance ("my first 10k"), which is self-care; a breastfeeding
mother's red, hot "boob" with her own fever, which is mastitis, not her baby's fever.

Written by rules-cs (session 35) before any rule changed. The sentences are this file's own
(English), each from the published source named above its list; ``SET45_EN_ROWS`` are rows of
``tests/data/fresh_levels_45.jsonl`` closed here, each asserted at its gold level.
Wrong before any rule change: 25 of 38, the 7 rows and 18 of 31 kind sentences (a last period
weeks ago 4 of 6, taken back 5 of 9, hardly peeing 3 of 5, a tight band headache 3 of 5, not
broken 3 of 6). After: none. Then, before the second change: 5 of 11, -nur-019 and -slf-009 and
3 of 9 kind sentences (within the last month 1 of 5, after a run 2 of 4). After: none. Then,
before the third: 3 of 5, -urg-005 and 2 of 4 (the breast said as "boob"). After: none.
Left open on set 45's English side (not closed here): -urg-011, a face dropped with the
forehead, arms and speech normal (stroke_face_droop: NHS.uk says a face drooping on one side is
999); -slf-008, a verdict read online that names a headache ("I read a headache with a cold can
be meningitis"), whose family window of 3 days then counts 4 days.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, assert_row_reaches_gold

# NHS.uk ectopic pregnancy (a missed period; call 999 for sharp, sudden, intense tummy pain,
# shoulder-tip pain, feeling very dizzy or fainting) and NICE NG126: a period late told by the
# date of the last one, weeks ago (a cycle is 21 to 35 days, NHS.uk periods), or weeks without one
LAST_PERIOD_WEEKS_AGO: list[tuple[str, str]] = [
    (
        "E",
        "sharp pain low down on my left side since lunch and a pain at the tip of my shoulder, "
        "feel faint. My last period was 7 weeks ago",
    ),
    (
        "E",
        "pain on my right side low down and I nearly fainted in the shower, last period was "
        "about eight weeks ago, not done a test",
    ),
    (
        "E",
        "my girlfriend has a one-sided pain low down and came over faint, her last period was "
        "six weeks ago",
    ),
    ("E", "no period for 8 weeks, pain on my left side and now pain at the tip of my shoulder"),
    # not late: a last period two or three weeks ago is no missed period
    ("!E", "last period was 2 weeks ago, a niggly pain on my right side low down today"),
    ("!E", "my last period was three weeks ago and I have period-type cramps on one side today"),
]

# A self-correction: the word or reading the sender takes back ("sorry not my face", "I mean",
# "actually I misread it, it's ...") is not read; the corrected one is. The levels: NHS.uk sunburn
# and burns and scalds (a small burn on the hand or arm without blisters: self-care; the face: A&E),
# NICE NG136 (a clinic reading below 180/120 without symptoms: not same-day), NICE NG143
CORRECTED: list[tuple[str, str]] = [
    (
        "!E",
        "scalded my face with the kettle, sorry not my face, my hand, a small red patch, "
        "no blisters, feel fine",
    ),
    ("!E", "burnt my face on the oven door, sorry, not my face, my forearm, pink and sore"),
    (
        "L",
        "BP at the chemist was 186/110, sorry I misread it, it's 168/110. No headache, no "
        "chest pain, feel fine",
    ),
    (
        "L",
        "home machine said 192/100, actually no I read the wrong line, 152/100. feel totally "
        "fine, no headache",
    ),
    # harmless look-alikes: the danger that stands is still read
    ("U", "BP 150/90 this morning, sorry, it's 190/125 now and I've got a bad headache"),
    ("E", "sorry to bother you, crushing chest pain for 20 minutes and I'm sweating"),
    (
        "E",
        "his face is drooping on one side, sorry not his arm, his face, and his words are slurred",
    ),
    ("U", "temp 39.5, actually I feel ok, heart rate 130 sitting down"),
    ("E", "she is 6 weeks old, temp was 37.5, sorry I mean 38.5, and she's floppy"),
]

# NHS.uk diarrhoea and vomiting and NHS.uk dehydration (peeing less than usual, feeling dizzy: an
# urgent GP appointment or NHS 111 when signs of dehydration do not go): little urine in lay words
HARDLY_PEEING: list[tuple[str, str]] = [
    ("=U", "Mum is 80, diarrhoea for 2 days, she's hardly peeing and dizzy when she gets up"),
    ("=U", "been sick and had the runs since yesterday and I've barely peed today"),
    ("=U", "my dad has had diarrhoea for 3 days and is hardly weeing, weak and tired"),
    ("=U", "vomiting bug for two days, hardly passing any urine, feel washed out"),
    # look-alike: a cystitis sting is no little urine
    ("!E", "stings when I pee and I keep needing to go but only a little comes out"),
]

# NHS.uk tension-type headaches (feels like a tight band around the head) and NICE CKS headache
# (tension-type): the tight band said before the word headache is the head's, not the chest's
TIGHT_BAND_HEADACHE: list[tuple[str, str]] = [
    ("L", "tight band headache most days for 2 weeks, worse with stress at work, nothing else"),
    ("L", "I keep getting these tight-band type headaches after work, paracetamol helps"),
    ("L", "a tight band kind of headache across my forehead for 10 days, no other symptoms"),
    # look-alikes: a band round the chest is chest pain (NICE CG95)
    ("E", "tight band across my chest and sweating, for 20 minutes now"),
    ("U", "tight band round my chest since this morning, and a headache"),
]

# NHS.uk sprains and strains (can walk, swelling going down: self-care) and the Ottawa ankle rules
# (unable to bear weight: an X-ray): the sender's own view that it is not broken, said with
# weight borne, is no suspected fracture; the signs of a break still are
NOT_BROKEN: list[tuple[str, str]] = [
    ("L", "rolled my ankle yesterday, bit swollen, can walk on it fine, I don't think it's broken"),
    ("L", "fell on my wrist skating, sore but I can move it fine, dont think its broken"),
    ("L", "stubbed my toe on the door, bruised, walking ok, do not think it is broken"),
    # look-alikes: the signs of a break stand beside the view
    ("U", "can't put any weight on my ankle at all, don't think it's broken though"),
    ("U", "my finger is bent the wrong way after the ball hit it, don't think it's broken"),
    ("U", "fell off my bike, I think my wrist is broken, it's swollen"),
]

# NHS.uk vaginal bleeding (bleeding after sex: see a GP) and NICE NG12 (post-coital bleeding:
# examine): a window that runs up to now ("in the last month", "over the past few weeks") is no
# past history; the GP list still reads the sign said inside it. Codes "N" and "L" together: a GP
WITHIN_THE_LAST: list[tuple[str, str]] = [
    ("N", "spotted after sex three times in the last month, no pain, otherwise well, 30F"),
    ("L", "spotted after sex three times in the last month, no pain, otherwise well, 30F"),
    ("N", "bleeding after sex a few times over the past few weeks, it stops quickly, 33F"),
    ("L", "bleeding after sex a few times over the past few weeks, it stops quickly, 33F"),
    # look-alike: a time in the past that is over stays past ("last month" alone)
    ("L", "had a cold last month, all gone now, feel fine"),
]

# NHS.uk muscle pain after exercise (aches in the day or two after a new or harder workout ease
# by themselves) and NHS.uk DVT (one leg, swollen, warm: urgent): the run named by its distance
AFTER_A_RUN: list[tuple[str, str]] = [
    ("S", "thighs ache after my first 10k on Sunday, same on both sides, walking fine"),
    ("S", "calves are sore after parkrun this morning, both the same, no swelling"),
    ("S", "legs stiff and achy after a 5k yesterday, both sides, no swelling or redness"),
    # look-alike: one calf swollen and warm is a possible DVT whatever came before
    ("U", "one calf swollen, red and warm after a 10k, the other leg is fine"),
]

# NHS.uk mastitis (a red, hot, hard breast while breastfeeding with a high temperature: an urgent
# GP appointment or 111; the fever is the mother's) with the breast said in everyday words
# ("boob"); NICE NG143 (a baby under 3 months with a temperature of 38 or more: 999)
BREAST_EVERYDAY: list[tuple[str, str]] = [
    (
        "=U",
        "baby is 3 weeks old, I'm breastfeeding, my right boob is red, hot and hard and I've "
        "got a temp of 38.6",
    ),
    ("=U", "2 week old baby, there's a hot swollen patch on my boob and I'm shivery, temp 38.2"),
    # look-alikes: the baby's own fever stays an emergency beside the mother's breast
    ("E", "my 5 day old baby has a temperature of 38.5 and my boob is red and hard"),
    ("E", "my 4 week old has a fever of 38.3 and won't feed"),
]

KINDS = [
    *LAST_PERIOD_WEEKS_AGO,
    *CORRECTED,
    *HARDLY_PEEING,
    *TIGHT_BAND_HEADACHE,
    *NOT_BROKEN,
    *WITHIN_THE_LAST,
    *AFTER_A_RUN,
    *BREAST_EVERYDAY,
]

SET45_EN_ROWS = [
    "f45-en-emg-020",  # a late period by the date of the last one, shoulder tip, lightheaded
    "f45-en-slf-003",  # burnt face taken back: shoulders, pink, no blisters
    "f45-en-nur-008",  # 184/112 taken back: 174/112 without symptoms
    "f45-en-slf-013",  # "2, I mean 20 months": a teething toddler
    "f45-en-urg-018",  # hardly peeing and dizzy on standing after 3 days of diarrhoea, 72
    "f45-en-nur-007",  # a tight band type headache for 3 weeks
    "f45-en-slf-014",  # a sprain, walking fine, "dont think its broken"
    "f45-en-nur-019",  # bleeding after sex twice in the last month, stopped
    "f45-en-slf-009",  # both calves ache after a first 10k
    "f45-en-urg-005",  # 5 days after the birth, a red hot hard patch on "my left boob", 38.5
]


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_sentence_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize("row_id", SET45_EN_ROWS)
def test_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_45.jsonl", row_id)
