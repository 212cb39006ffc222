"""Set 65's English rows (voice45: understated, already seen, commute and transport).

Written by rules-kb (session 45). Each English row of ``tests/data/fresh_levels_65.jsonl`` wrong
at its first run (81.2% for the set on b4e6dc4's rules) is named by the KIND of reading that
failed, with the published source of its gold:

- f65-en-emg-011 (urgent): a fall from a bike told by what threw the rider ("went over the
  handlebars", "a car clipped my back wheel"), the head's blow told by the cracked helmet, then
  vomiting, drowsiness and repeated questions - NICE NG232 head injury;
- f65-en-slf-010 (emergency): a heart attack named as what A&E checked for and found not to be
  ("checked me for a heart attack", ECG and bloods fine) - NHS.uk chest pain;
- f65-en-urg-011 (emergency): a heart attack named as a figure of speech ("heart attack of a
  commute") beside a quinsy - NHS.uk tonsillitis / quinsy;
- f65-en-nur-010 (emergency): a stroke named in a relative's joke ("joked I was having a
  stroke") - NHS.uk twitching eyes;
- f65-en-nur-009 (emergency): a stranger seen collapsing days back ("saw someone collapse at the
  station yesterday") beside the writer's own complaint - NHS.uk heartburn and acid reflux;
- f65-en-nur-007 (emergency): bleeding from the bottom that is "not stopping" told over weeks in
  drops - NHS.uk piles / bleeding from the bottom;
- f65-en-urg-005 (emergency): a child's fall off a pedal bike read as a road collision - Ottawa
  ankle rules / NHS.uk broken ankle;
- f65-en-nur-003 (self_care): a pharmacy treatment that "hasn't really done anything" - NHS.uk
  psoriasis;
- f65-en-nur-008 (self_care): a statin's ache compared with a workout ("like I've done a
  marathon") read as a workout done - NICE CKS statin muscle symptoms / NHS.uk statins;
- f65-en-slf-002 (non_urgent): travel sickness told by the ride ("coach trip", "windy roads"),
  settled on stopping - NHS.uk motion sickness;
- f65-en-slf-006 (non_urgent): the time a clinician forecast ("it'd clear in 7 to 10 days") read
  as the duration so far - NHS.uk hand, foot and mouth disease;
- f65-en-slf-008 (urgent): a hangover told by the drinks counted ("3 glasses of wine") and the
  head by what it did ("killing me") - NHS.uk headaches / hangover;
- f65-en-slf-009 (non_urgent): insect bites told by the lumps and the outing ("red itchy bumps",
  "since picnicking in the park") - NHS.uk insect bites and stings;
- f65-en-urg-020 (emergency): left open, its gold against NHS.uk's oximeter threshold (see
  OPEN_ROWS).

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above its list. Wrong before any rule change (the rules of 0557fed): 14 of 14 rows and 18
of 44 kind sentences. After: 13 rows at their gold (f65-en-urg-020 left open) and every kind
sentence at its level.

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

# NICE NG232 Head injury (vomiting since the injury, drowsiness, memory loss or repeated
# questions: the emergency department; a cyclist struck by a motor vehicle is a dangerous
# mechanism) and NHS.uk head injury (cycling: a helmet damaged by the blow): the fall told by what
# threw the rider off, the blow by the helmet it cracked; the same fall with no warning sign, or
# a helmet cracked with no fall, is no emergency
THROWN_OVER_THE_BARS: list[tuple[str, str]] = [
    (
        "E",
        "went over the handlebars on the way to work, my helmet cracked at the front and I've"
        " been sick twice since",
    ),
    (
        "E",
        "a van clipped my front wheel and I came down hard, helmet's split down the back, now I"
        " keep falling asleep and I've thrown up",
    ),
    (
        "E",
        "my husband flew over his handlebars on the commute, his helmet is smashed and he keeps"
        " asking what happened, he vomited in the car",
    ),
    (
        "!E",
        "went over the handlebars yesterday, helmet's cracked so I need a new one, just a grazed"
        " elbow and I feel totally fine",
    ),
    ("!E", "a car clipped my back wheel at the lights but I stayed on, not hurt, just shaken"),
    ("!E", "my helmet cracked when it fell off the hook in the hall, is it still safe to wear?"),
]

# NHS.uk chest pain (a strained chest-wall muscle: worse when you press on the chest, usually
# treated at home; 999 for chest pain that spreads, with sweating or breathlessness) and NHS.uk
# heart attack (the signs decide): a heart attack named as what the hospital checked for and
# ruled out, or as a figure of speech, names no sign; chest pain with its signs stays
HEART_ATTACK_NOT_A_SIGN: list[tuple[str, str]] = [
    (
        "!E",
        "the hospital checked me for a heart attack on Friday, all the tests were normal, my chest"
        " only hurts when I press the rib",
    ),
    (
        "!E",
        "they tested me for a heart attack at A&E and it was clear, they said it's a pulled muscle"
        " from moving boxes, it's easing",
    ),
    (
        "!E",
        "total heart attack of a morning at work, anyway I've had an itchy rash on my wrist for a"
        " week",
    ),
    (
        "E",
        "A&E checked me for a heart attack last month and it was fine, but now I've got crushing"
        " chest pain going down my left arm and I'm sweating",
    ),
    (
        "E",
        "absolute heart attack of a drive in, and now my chest is really tight, spreading to my"
        " jaw and I feel sick and clammy",
    ),
]

# NHS.uk stroke (the signs decide: face, arms, speech) and NHS.uk twitching eyes (a twitch lasting
# over 2 weeks: a GP): a stroke named in someone's joke names no sign; with a sign of stroke it
# stays an emergency
STROKE_JOKED: list[tuple[str, str]] = [
    (
        "!E",
        "my wife joked I was having a stroke because I put the milk in the oven, I'm fine, just"
        " tired",
    ),
    ("!E", "my son joked he was having a stroke when he couldn't work the new remote lol"),
    (
        "E",
        "my husband joked I was having a stroke but my face really has dropped on one side and my"
        " words are slurred",
    ),
]

# NHS.uk when to call 999 (someone collapsed: call now, for them) and NHS.uk heartburn and acid
# reflux: a stranger seen collapsing days back is a memory, not the writer's problem; a person
# seen collapsing now, or the writer's own collapse, stays an emergency
STRANGER_SEEN_COLLAPSING_DAYS_BACK: list[tuple[str, str]] = [
    (
        "!E",
        "I watched a man collapse on the platform last week and it's stayed with me, I've had a"
        " tension headache on and off since",
    ),
    (
        "!E",
        "saw someone collapse outside the shop yesterday, it shook me, anyway my ear has been"
        " blocked for a few days",
    ),
    ("E", "I just saw a man collapse on the platform, he's not breathing"),
    ("E", "I collapsed on the bus yesterday and I still feel faint and my chest hurts"),
]

# NHS.uk bleeding from the bottom (999 or A&E: bleeding non-stop, a lot of blood, the toilet
# water turning red; a GP for bleeding for 3 weeks) and NHS.uk piles: bleeding that has not
# stopped over weeks, a few drops at a time, is the GP's; bleeding that will not stop now stays
BLEEDING_DROPS_OVER_WEEKS: list[tuple[str, str]] = [
    (
        "!E",
        "blood in my poo, just a few spots on the paper, on and off for 3 weeks and it's not"
        " stopping",
    ),
    (
        "!E",
        "bleeding from my bottom, a few drops in the pan when I strain, for a couple of weeks, it"
        " won't stop, otherwise well",
    ),
    (
        "E",
        "blood in my poo, a few drops on the paper for 3 weeks but today the toilet water went"
        " bright red with clots",
    ),
    ("E", "blood keeps pouring from my bottom and it won't stop, the toilet water is bright red"),
]

# Ottawa ankle rules and NHS.uk broken ankle (unable to take 4 steps with bony tenderness: an
# urgent treatment centre for an X-ray today) and MTS major trauma (a road collision with a
# deformed limb or chest, belly or head injury): a child's fall off a pedal bike is a fall, not a
# road collision; a motorbike crash, or a child hit by a car, stays
PEDAL_BIKE_FALL: list[tuple[str, str]] = [
    (
        "=U",
        "my daughter (11) came off her bike at the park and can't put any weight on her ankle, the"
        " bone on the outside is tender to press",
    ),
    (
        "=U",
        "came off my bike on the way to work, my knee's swollen and I can't put any weight on it",
    ),
    ("E", "came off my motorbike at 40mph and my leg is bent the wrong way"),
    ("E", "my son was hit by a car on his bike and his arm is bent out of shape"),
]

# NHS.uk psoriasis and NHS.uk eczema (a GP if the pharmacy's treatment has not helped): the
# treatment said to have "not really" done anything; one that has helped is self-care
TREATMENT_NOT_REALLY_HELPED: list[tuple[str, str]] = [
    (
        "N",
        "the cream from the chemist hasn't really done anything for my athlete's foot after 2"
        " weeks",
    ),
    ("N", "the chemist's cream hasn't really helped my cold sore, it's a week now"),
    ("S", "the hydrocortisone from the pharmacy has really helped, the itchy patch is nearly gone"),
]

# NICE CKS Lipid modification (statin muscle symptoms: the GP checks and reviews the statin) and
# NHS.uk muscle pain after exercise: an ache compared with a workout ("like I've done a
# marathon") is no workout done; aches after a real one are self-care
ACHE_LIKE_A_WORKOUT: list[tuple[str, str]] = [
    (
        "N",
        "the doctor switched me to rosuvastatin last month and since then my legs ache like I've"
        " done a marathon",
    ),
    ("N", "since starting atorvastatin my arms ache as if I'd done a workout, no dark wee"),
    ("S", "ran my first marathon on Sunday and my thighs ache, walking down stairs is funny"),
]

# NHS.uk hangover (a headache the morning after drinking: water, rest, paracetamol, treated at
# home): the night told by the drinks counted and the head by what it did; the worst headache
# of one's life, sudden, with a stiff neck stays an emergency (NICE NG232 / CKS headache)
HANGOVER_BY_THE_DRINKS: list[tuple[str, str]] = [
    (
        "S",
        "my head was killing me this morning after 4 pints of cider, two paracetamol and it's gone",
    ),
    ("S", "2 glasses of red at dinner and woke up with a headache, bit better after water"),
    (
        "E",
        "3 glasses of wine last night and this morning the worst headache of my life came on in a"
        " second, I've been sick and my neck is stiff",
    ),
]

# NHS.uk hand, foot and mouth disease and chickenpox (usually clear in 7 to 10 days; a well child
# drinking normally is looked after at home): the time to clear that a clinician forecast is no
# duration so far; spots there 12 days with a child not eating are the GP's
FORECAST_NOT_DURATION: list[tuple[str, str]] = [
    (
        "S",
        "the GP said my daughter's hand foot and mouth would clear in 7 to 10 days, she's drinking"
        " well and playing, no temperature",
    ),
    (
        "S",
        "GP said my son's chickenpox should clear up in 5 to 7 days, he's eating and drinking"
        " fine, no temperature, just itchy",
    ),
    (
        "N",
        "my daughter's hand foot and mouth spots have been there for 12 days and she's still not"
        " eating",
    ),
    ("N", "I've had a mouth ulcer on my tongue that hasn't healed in 3 weeks"),
]

# NHS.uk motion sickness (settles once the journey stops: the horizon, fresh air, a pharmacist's
# tablets): the ride said, not the name; sickness that goes on, or a headache, is not self-care
RIDE_SICKNESS: list[tuple[str, str]] = [
    ("S", "felt sick and clammy on the ferry crossing, fine as soon as we got off"),
    ("S", "my son feels sick on the windy roads to his nan's, he's fine once we stop"),
    ("N", "felt sick on the coach trip and I've had a headache and been dizzy for 3 days since"),
]

# NHS.uk insect bites and stings (small red itchy lumps after time outdoors: a cold compress,
# an antihistamine; a GP if the redness spreads or there is a fever): the bites said by the
# lumps and the outing; a spreading redness is not self-care
BITES_BY_THE_OUTING: list[tuple[str, str]] = [
    ("S", "a few red itchy bumps on my legs after camping at the weekend, feel fine"),
    (
        "S",
        "my daughter has itchy red spots on her arms after playing in the long grass, she's fine",
    ),
    (
        "N",
        "itchy bumps on my ankle after a picnic and now the redness is spreading up my leg and hot"
        " to touch",
    ),
]

OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    THROWN_OVER_THE_BARS
    + HEART_ATTACK_NOT_A_SIGN
    + STROKE_JOKED
    + STRANGER_SEEN_COLLAPSING_DAYS_BACK
    + BLEEDING_DROPS_OVER_WEEKS
    + PEDAL_BIKE_FALL
    + TREATMENT_NOT_REALLY_HELPED
    + ACHE_LIKE_A_WORKOUT
    + HANGOVER_BY_THE_DRINKS
    + FORECAST_NOT_DURATION
    + RIDE_SICKNESS
    + BITES_BY_THE_OUTING
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 65 wrong at the first run
SET65_ROWS = [
    "f65-en-emg-011",
    "f65-en-urg-005",
    "f65-en-urg-011",
    "f65-en-urg-020",
    "f65-en-nur-003",
    "f65-en-nur-007",
    "f65-en-nur-008",
    "f65-en-nur-009",
    "f65-en-nur-010",
    "f65-en-slf-002",
    "f65-en-slf-006",
    "f65-en-slf-008",
    "f65-en-slf-009",
    "f65-en-slf-010",
]

OPEN_ROWS: dict[str, str] = {
    "f65-en-urg-020": "gold urgent by NEWS2's single parameter of 3, but NHS.uk pulse oximetry"
    " at home (92% or less: A&E or 999) and the rules' vital_spo2_low send a saturation of 91%"
    " on air, 6 below his usual with no COPD, to an emergency; left open",
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET65_ROWS, OPEN_ROWS),
)
def test_set65_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_65.jsonl", row_id)
