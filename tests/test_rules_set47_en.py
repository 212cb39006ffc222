"""Set 47's English kinds (voice36: emoji and chat slang, more than one person at home, a trip).

What sets the level is the sign in the sender's own loose words, and whose it is: part of one
eye's sight gone dark "like a shadow or curtain" (NHS.uk detached retina); a button battery
told as "gone" or "disappeared" beside a small child (NHS.uk swallowed objects); a head injury
told by the mark it left on the forehead ("bump on forehead") on a blood thinner or with
vomiting (NICE NG232); a facial palsy that takes in the forehead told in a list after "can't"
("can't close my eye or raise that eyebrow", NICE CKS Bell's palsy); a known epilepsy's seizure
already seen by the person's team and fine since (NHS.uk epilepsy); a faint in the heat with an
everyday trigger, come round at once (NHS.uk fainting); pregnancy with chickenpox, its
childhood said after "and never" (NHS.uk chickenpox); one ear that "doesn't hear" or sounds
"under water" since waking (NHS.uk hearing loss); breathlessness on the stairs for months
(NHS.uk shortness of breath: a GP); a place denied with "nothing near" (NHS.uk cold sores); the
sender anxious about a complaint because of a past episode (NICE CG123 assesses a person's own
anxiety); mosquito bites by their slang name (NHS.uk insect bites); a calf "achy" after a
flight, "fatter than the left" (NHS.uk DVT).

Written by rules-cv (session 36) before any rule changed. The sentences are this file's own
(English), each from the published source named above its list; ``SET47_EN_ROWS`` are rows of
``tests/data/fresh_levels_47.jsonl``, each asserted at its gold level.
Wrong before any rule change (rules of 747eb1d): 42 of 60, the 13 rows and 29 of 47 kind
sentences. After: none (set 47's English side 80 of 80; across every stored text 17 moved, all
toward gold: the 13 rows, f18-en-non-003, lvl8-en-nur-023, lvl14-en-nur-004 and f42-en-nur-008,
breathless on the stairs or uphill for months).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, assert_row_reaches_gold

# NHS.uk detached retina and sudden loss of vision (a dark shadow or "curtain" moving across
# the sight, part of the sight of one eye gone: A&E or an emergency eye service now)
SIGHT_GONE_DARK: list[tuple[str, str]] = [
    ("E", "my left eye has gone dark along the bottom like a curtain, came on this afternoon"),
    ("E", "top of my right eye has gone dark, like a shadow sitting over it. 71"),
    ("E", "mum's eye went dark down one side this morning, she says it's like a blind pulled down"),
    ("E", "part of the vision in my left eye has gone dark since I woke up"),
    ("!E", "my eye went dark for a second when I stood up too fast, fine now"),
    ("!E", "dark circles under my eyes for weeks, I'm sleeping badly"),
]

# NHS.uk swallowed objects / button batteries and magnets; RoSPA (a button battery or magnets
# possibly swallowed by a child: A&E straight away, even without symptoms)
BATTERY_GONE: list[tuple[str, str]] = [
    ("E", "my 3 year old had the tv remote and the battery has gone, can't see it anywhere"),
    (
        "E",
        "the little round battery from the kitchen scales has disappeared and my toddler "
        "was playing with them",
    ),
    ("E", "the coin battery out of her toy is gone, she's 18 months"),
    ("E", "my 4yo was holding my watch and now the battery is nowhere to be found"),
    ("!E", "my 5 year old's toy car battery has gone flat, how do I recycle it"),
]

# NICE NG232 Head injury (a head injury on an anticoagulant, or with vomiting: CT and A&E);
# the head injury told by the mark it left on the forehead
FOREHEAD_MARK: list[tuple[str, str]] = [
    ("E", "Mum is 80, found on the kitchen floor with a bruise on her forehead. She's on warfarin"),
    ("E", "dad fell in the garden, graze on his forehead, he takes rivaroxaban"),
    (
        "E",
        "my son has a big bump on his forehead after falling off the sofa and has been sick twice",
    ),
    ("!E", "I have a spot on my forehead that's itchy"),
]

# NICE CKS Bell's palsy (a one-sided palsy that takes in the forehead, the arms, legs and speech
# normal: same-day assessment); NHS FAST (a droop with a weak arm or slurred speech: 999)
PALSY_FOREHEAD_LISTED: list[tuple[str, str]] = [
    (
        "=U",
        "left side of my face dropped overnight, can't shut my eye properly or lift my "
        "eyebrow on that side. arms and legs are fine, speech is fine",
    ),
    (
        "=U",
        "can't blink properly or wrinkle my forehead on the right and my smile is droopy "
        "that side. arms and legs fine, talking fine",
    ),
    (
        "E",
        "my face is droopy on the right, can't close my eye or raise my eyebrow, and my "
        "speech is slurred",
    ),
    ("E", "face droopy on one side and I can't lift my right arm"),
]

# NHS.uk epilepsy / "What to do if someone has a seizure (fit)" (999 for a first seizure, one
# over 5 minutes, one after another, not waking, an injury: a known epilepsy's seizure that has
# stopped, seen by the person's team since and fine, is theirs to follow up)
SEIZURE_SEEN_AND_FINE: list[tuple[str, str]] = [
    (
        "!E",
        "my wife is epileptic and had a fit this morning, her epilepsy nurse has seen her "
        "and she's fine. My question is about my own sore throat",
    ),
    (
        "!E",
        "My son has epilepsy and had a seizure on Sunday, the paramedics checked him over "
        "and he's fine. I'm asking about my own back pain",
    ),
    (
        "E",
        "my brother has epilepsy and has had a seizure, the paramedics have seen him but "
        "he's still not waking properly",
    ),
    ("E", "my dad just had a seizure, first ever, he's fine now"),
]

# NHS.uk fainting (common causes: standing a long time, being too hot, not eating; a faint
# with a clear trigger, come round within seconds: a GP) and NHS.uk heatstroke (999: confused,
# fitting, not coming round)
HEAT_FAINT_CAME_ROUND: list[tuple[str, str]] = [
    (
        "!E",
        "I passed out at a concert after standing for ages in the heat, came round "
        "straight away and I've been fine since",
    ),
    ("!E", "my daughter fainted in the heat at sports day, hadn't eaten, came round quickly"),
    ("E", "my dad was working in the sun all day and collapsed, he's confused and not sweating"),
    ("E", "he fainted in the heat and hasn't come round"),
]

# NHS.uk chickenpox (pregnant and with chickenpox or near someone who has it: GP, midwife or
# 111 today); the childhood told after "and never" is no past of the pregnancy
PREGNANT_NEVER_HAD_IT: list[tuple[str, str]] = [
    (
        "=U",
        "my son has chickenpox and I'm 20 weeks pregnant and never had it as a kid. "
        "I've got two spots now, feel fine",
    ),
    (
        "=U",
        "the kids next door have chickenpox and I'm 30 weeks pregnant and never had it "
        "when I was little, now I have a few spots on my tummy",
    ),
]

# NICE CKS Hearing loss in adults; NHS.uk hearing loss (sudden hearing loss in one ear: urgent
# GP or 111 the same day); NHS.uk ear problems (blocked with a cold or after a flight: home)
EAR_DOESNT_HEAR: list[tuple[str, str]] = [
    ("=U", "since I woke up my left ear doesn't hear much at all"),
    ("=U", "woke up this morning and everything in my right ear sounds under water"),
    ("=U", "woke up and my ear is muffled like it's full of cotton wool, no cold"),
    ("L", "woke up with my ear muffled, I've had a cold all week"),
]

# NHS.uk shortness of breath (see a GP if it gets worse when you do your normal activities;
# 111 when you are more short of breath than usual; 999 when sudden and severe)
BREATHLESS_ON_STAIRS_FOR_MONTHS: list[tuple[str, str]] = [
    ("L", "for a few months now I get out of breath walking up hills, no chest pain, 58"),
    ("L", "I've been getting breathless on the stairs for months, otherwise well"),
    ("U", "suddenly short of breath since this morning even sitting down"),
]

# NHS.uk cold sores (treated at home; see a GP near the eye); NHS.uk shingles (blisters near
# the eye: same day)
NOTHING_NEAR: list[tuple[str, str]] = [
    ("L", "cold sore on my top lip, tingly and blistering, nothing near my eye"),
    ("U", "blisters on my forehead and near my eye on one side, burning pain"),
]

# NICE CG123 (a person's own anxiety or low mood is assessed); the sender's worry about a
# complaint because of a past episode is no anxiety complaint (NHS.uk altitude sickness,
# headaches: mild, settled)
ANXIOUS_ABOUT_IT: list[tuple[str, str]] = [
    (
        "S",
        "Last year I had food poisoning in Spain so I'm a bit anxious. On holiday again and "
        "had a mild tummy ache yesterday that went by itself, fine today",
    ),
    (
        "S",
        "My cousin got altitude sickness in Nepal so I'm a bit anxious. Trekking at 2000m and "
        "had a mild headache last night that went with water and rest, fine today",
    ),
    ("N", "I've been anxious all the time for weeks and can't sleep"),
]

# NHS.uk insect bites and stings (itchy local bites: a pharmacist; 999 for swelling of the
# lips or throat or breathing problems)
MOZZIE_BITES: list[tuple[str, str]] = [
    ("S", "loads of itchy mozzie bites on my arms after the holiday, nothing else"),
    ("S", "been bitten by mosquitoes all over my ankles, itchy bumps, otherwise fine"),
    ("E", "bitten by mozzies and now my lips are swelling up and I can't breathe properly"),
]

# NHS.uk DVT (pain and swelling in one leg, usually the calf, after a long journey: urgent GP
# or 111); NHS.uk muscle pain after exercise (both legs: home)
CALF_ACHY_AFTER_FLIGHT: list[tuple[str, str]] = [
    (
        "=U",
        "flew back from Spain yesterday and my left calf is achy and a bit fatter than the right",
    ),
    ("=U", "my right calf is achy and warm since the long-haul flight home"),
    ("L", "both calves achy after my first 10k, walking ok"),
]

KINDS = (
    SIGHT_GONE_DARK
    + BATTERY_GONE
    + FOREHEAD_MARK
    + PALSY_FOREHEAD_LISTED
    + SEIZURE_SEEN_AND_FINE
    + HEAT_FAINT_CAME_ROUND
    + PREGNANT_NEVER_HAD_IT
    + EAR_DOESNT_HEAR
    + BREATHLESS_ON_STAIRS_FOR_MONTHS
    + NOTHING_NEAR
    + ANXIOUS_ABOUT_IT
    + MOZZIE_BITES
    + CALF_ACHY_AFTER_FLIGHT
)

SET47_EN_ROWS = [
    "f47-en-emg-004",  # right eye gone dark at the top "like a shadow or curtain", 67
    "f47-en-emg-011",  # a 2yo, the key fob's little round battery "is gone"
    "f47-en-emg-019",  # 84F, unwitnessed fall, bump on forehead, apixaban, vomited once
    "f47-en-urg-009",  # face droopy, "cant close my right eye ... or raise that eyebrow"
    "f47-en-nur-010",  # partner's seizure seen by his team, he's fine; own eyelid twitch
    "f47-en-nur-012",  # fainted at a festival in the heat, came round straight away
    "f47-en-urg-003",  # 24 weeks pregnant, chickenpox spots, "never had it as a child"
    "f47-en-urg-004",  # woke with one ear that "doesn't hear", sounds under water
    "f47-en-nur-013",  # heavy periods, tired, out of breath on the stairs for months
    "f47-en-slf-003",  # a cold sore, "nothing near my eyes"
    "f47-en-slf-012",  # "so I'm a bit anxious": a mild headache on a ski trip, gone
    "f47-en-slf-018",  # "bitten by mozzies", itchy bumps
    "f47-en-urg-011",  # calf "a bit achy and warm", "slightly fatter than the left", flight
]


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_sentence_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize("row_id", SET47_EN_ROWS)
def test_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_47.jsonl", row_id)
