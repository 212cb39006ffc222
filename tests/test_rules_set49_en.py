"""Set 49's English kinds (voice37: sport and exercise, weather, fasting and diet).

What sets the level is the sign said in the words of a pitch, a hot day or a diet: a head
injury told as a clash of heads or a ball, an elbow or a knee to the head, with vomiting or the
same questions asked again (NICE NG232, NHS.uk head injury and concussion); the FAST signs told
as a mouth that has "dropped" on one side and an arm gone "heavy and useless" (NHS.uk stroke:
the face, mouth or eye may have dropped, an arm weak or numb); pale, sweaty and dizzy in the
heat, cooled in the shade with the legs up and back to normal within 30 minutes (NHS.uk heat
exhaustion and heatstroke: no 999 unless no better after 30 minutes); a child's reliever that
settled the wheeze, needed again within hours (NHS.uk asthma attack: an urgent same-day GP
appointment when it improved; BTS/SIGN: a reliever needed again within 4 hours); a limp is a
walk, not a child's tone (NICE NG143 floppy), and a leg that can barely take weight after a
run is seen the same day (NHS.uk stress fractures, Ottawa rules); green or yellow stuff brought
up with a cough is phlegm, not a child's bile (NHS.uk chest infection, NICE NG143).

Written by rules-dc (session 37) before any rule changed. The sentences are this file's own
(English), each from the published source named above its list; ``SET49_EN_ROWS`` are rows of
``tests/data/fresh_levels_49.jsonl``, each asserted at its gold level.
Wrong before any rule change (rules of 6c164b5): 28 of 35, the 6 rows and 22 of 29 kind
sentences. After: none (set 49's English side 74 of 80; across every stored text but set 50,
6 moved, all toward gold: the 6 rows). Second round (``SUNBURN_111_SIGNS``, ``CLAUDICATION``
and two more rows): 6 of 9 wrong before, none after; 2 more moved, both rows, toward gold.
Session 38 (the coordinator, one place-words concept for the heat rules): five more heat
sentences, 2 wrong before (air con and 空调房 as the cool place), none after; 0 of 9,307 stored
texts moved.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, assert_row_reaches_gold

# NICE NG232 Head injury (vomiting more than once, any amnesia, a head injury with drowsiness:
# CT, the emergency department); NHS.uk head injury and concussion; UK Concussion Guidelines
# for Non-Elite (Grassroots) Sport (2023): the blow told in a pitch's words
HEAD_KNOCK_IN_SPORT: list[tuple[str, str]] = [
    ("E", "clashed heads with another player at football tonight and he's been sick 3 times"),
    (
        "E",
        "my daughter had a clash of heads at netball, now she keeps asking what happened and "
        "what day it is",
    ),
    ("E", "took an elbow to the head in a rugby tackle, thrown up twice since and feels drowsy"),
    ("E", "head to head collision at hockey this morning, she has vomited twice"),
    ("E", "got a knee to the head in training and now I can't remember the second half"),
    ("E", "he took a cricket ball to the head and has been sick twice on the way home"),
    ("!E", "took a ball to the head at 5-a-side, no sickness, no headache, remembers everything"),
    ("!E", "we clashed heads over the rota at work and I've been stewing about it all day"),
]

# NHS.uk stroke (FAST: the face may have dropped on one side, the mouth or eye may have
# dropped; the person may not be able to lift both arms because of weakness or numbness in
# one); NICE NG128 Stroke and TIA
FAST_DROPPED_HEAVY: list[tuple[str, str]] = [
    ("E", "the left side of his mouth has dropped and he's talking a bit funny"),
    ("E", "mum's mouth has dropped on one side since lunch"),
    ("E", "my right arm went heavy and useless about an hour ago, I couldn't hold my mug"),
    ("E", "his left arm is like a dead weight since he woke up, he can't lift it"),
    ("E", "corner of my mouth dropped on the right just now and my hand feels useless"),
    ("!E", "my arms feel heavy after the gym yesterday, did loads of shoulder presses"),
    ("!E", "I dropped my phone and now the screen is useless"),
]

# NHS.uk heat exhaustion and heatstroke (pale, sweaty, dizzy, sick: move to a cool place, lie
# down with the feet raised, water, cool the skin; better within 30 minutes is heat exhaustion
# cared for at home; 999 if no better after 30 minutes, confused, not sweating, or a fit)
HEAT_EXHAUSTION_COOLED: list[tuple[str, str]] = [
    (
        "!E",
        "my wife went pale and sweaty and dizzy in the heat at the fair, we sat her in the shade "
        "with her feet up and some water and after 15 minutes she was back to normal",
    ),
    (
        "!E",
        "got pale, sweaty and lightheaded on a hot day at the cricket, lay down in the shade "
        "with my legs up, drank water and felt fine again within half an hour",
    ),
    (
        "E",
        "my dad went pale and sweaty in the heat and he's still confused and not making sense "
        "after an hour in the shade",
    ),
    # the place words and the other cooling steps are two concepts (heat_moved_cool,
    # heat_cooled), either one with the heat and "better" standing the shock rules down
    (
        "!E",
        "went pale and sweaty and dizzy at work in the heatwave, sat in the air con for 20 "
        "minutes and back to normal now",
    ),
    ("!E", "我妈在大太阳下晒了一天，脸色苍白出冷汗头晕，进了空调房躺了一会，现在好多了"),
    ("E", "pale and sweaty in the heat, in the air con for half an hour but no better"),
    (
        "E",
        "pale, sweaty and short of breath in the heat, out of the sun now but still struggling "
        "to breathe",
    ),
    ("E", "晒了一天，脸色苍白出冷汗，进了空调房半小时还是不好"),
]

# NHS.uk asthma attack (symptoms improved with the reliever: an urgent same-day GP or asthma
# nurse appointment; 999 when the reliever does not help); BTS/SIGN British guideline on asthma
# (symptoms back, or the reliever needed again, within 4 hours: same-day help)
RELIEVER_SETTLED_THEN_BACK: list[tuple[str, str]] = [
    (
        "=U",
        "my daughter (8) took 4 puffs of her blue inhaler after netball and settled, but 2 hours "
        "later she's wheezy again and wants it again",
    ),
    (
        "=U",
        "I took 6 puffs of my blue inhaler and it settled my chest, but the wheeze is back after "
        "3 hours",
    ),
    ("E", "taken 10 puffs of ventolin and it's not helping, he's really breathless"),
]

# NICE NG143 (floppy is a child's tone); NHS.uk limping in children, sprains and strains (a
# limp is how someone walks); NHS.uk stress fractures and Ottawa rules (cannot put weight on
# the leg: seen the same day)
LIMP_AND_WEIGHT: list[tuple[str, str]] = [
    ("!E", "my son is limping and says his knee hurts after football, he's 12"),
    ("!E", "I'm limping and can't walk far after my long run"),
    (
        "U",
        "my hip has ached for weeks on my runs and now I can barely put weight through that leg",
    ),
    ("U", "after my 10k my shin is so sore I can hardly put any weight on it"),
]

# NHS.uk chest infection (coughing up yellow or green mucus; over 65 with a temperature: an
# urgent GP); NICE NG143 (green vomit in a child is red): phlegm is no bile
GREEN_PHLEGM: list[tuple[str, str]] = [
    ("!E", "Grandad's 78 with a chesty cough bringing up green stuff for 3 days"),
    ("!E", "my son has a cough and keeps bringing up green phlegm, he's 6"),
    ("!E", "coughing and bringing up green gunk since the weekend, I'm 40"),
    ("E", "my 2 year old is vomiting green and his tummy is swollen"),
]

# NHS.uk sunburn (get advice from 111 if the skin is blistering or swelling badly, with chills
# or hot and shivery, very tired, dizzy and sick, or a headache and muscle cramps; mild sunburn
# is treated at home) - written in a second round, before its rule changed
SUNBURN_111_SIGNS: list[tuple[str, str]] = [
    (
        "=U",
        "sunburnt my shoulders at the beach yesterday, blistering badly and I feel hot and shivery",
    ),
    (
        "=U",
        "got badly sunburnt at the match, big blisters on my back, and now chills and a headache",
    ),
    ("=U", "fell asleep in the sun, my legs are sunburned and I feel dizzy and sick today"),
    ("S", "a bit of mild sunburn on my nose from the park, after-sun is helping"),
]

# NHS.uk peripheral arterial disease (leg pain on walking that eases with rest, intermittent
# claudication: see a GP); NICE CKS Peripheral arterial disease - written in the second round
CLAUDICATION: list[tuple[str, str]] = [
    (
        "N",
        "after about 200 yards my calf cramps up and I have to stop, a minute's rest and it goes",
    ),
    ("L", "my calf cramps when I walk up the road, I stop for a minute and it eases, for months"),
    ("S", "calf cramp in bed last night, stretched it out and it went"),
]

KINDS = (
    HEAD_KNOCK_IN_SPORT
    + FAST_DROPPED_HEAVY
    + HEAT_EXHAUSTION_COOLED
    + RELIEVER_SETTLED_THEN_BACK
    + LIMP_AND_WEIGHT
    + GREEN_PHLEGM
    + SUNBURN_111_SIGNS
    + CLAUDICATION
)

SET49_EN_ROWS = [
    "f49-en-emg-003",  # head clash at rugby, thrown up twice, same questions over and over
    "f49-en-emg-008",  # left arm "heavy and useless", mouth "has dropped", snowed in, 58
    "f49-en-slf-008",  # pale, sweaty, dizzy queuing in the heat, cooled, back to normal in 20 min
    "f49-en-urg-004",  # 6 puffs and settled after PE, wheeze back within 3 hours
    "f49-en-urg-005",  # marathon training, groin/hip ache, limping, barely bears weight
    "f49-en-urg-009",  # Dad 74, chesty cough bringing up green stuff, 38.4, more puffed
    "f49-en-urg-007",  # asleep in the sun, blistering in big patches, hot and shivery, dizzy
    "f49-en-nur-002",  # after a stent, the calf cramps after 200 yards and goes with rest
]


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_sentence_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize("row_id", SET49_EN_ROWS)
def test_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_49.jsonl", row_id)
