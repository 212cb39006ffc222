"""Set 72's English rows (voice48: embarrassed, noticed changes, hobbies and screens).

Written by rules-nb (session 48). Each English row of ``tests/data/fresh_levels_72.jsonl`` wrong
at its first run (83.1% for the set, 69 of 80 English rows right) is named by the KIND of
reading that failed, with the published source of its gold:

- f72-en-emg-004 (urgent): a hesitation filler said out of embarrassment inside the sign's phrase
  ("pain in one of my, um, balls") - NHS.uk testicle pain (sudden, very bad pain: A&E);
- f72-en-urg-003 (non_urgent): a fish hook's barb left in the skin ("the barb is still in there")
  - NHS.uk cuts and grazes (something stuck in the wound: an urgent treatment centre);
- f72-en-urg-007 (emergency): a facial palsy taking in the forehead, the arms said normal as
  "both arms are strong" - NICE CKS Bell's palsy;
- f72-en-urg-011 (emergency): a hand stabbed by one's own craft knife read as a stab wound -
  NHS.uk cuts and grazes, Manchester Triage System major trauma (a penetrating injury is the
  trunk's, neck's or head's, not a finger's);
- f72-en-urg-020 (non_urgent): a calf swollen with words between ("swollen painful right
  calf") - NICE NG158, NHS.uk DVT;
- f72-en-nur-009 (self_care): palpitations after energy drinks that "happened a few times this
  month" - NHS.uk heart palpitations (see a GP if they keep coming back);
- f72-en-nur-011 (emergency): a friend "from my choir" read as the writer's own stroke, and a
  home reading at the end of its sentence ("148/92.") not read - NHS.uk stroke (999 is for the
  person with the signs now), NICE NG136;
- f72-en-slf-001 (non_urgent): an itchy bum at night with worms going round the school - NHS.uk
  threadworms;
- f72-en-slf-003 (non_urgent): "dry, gritty, tired eyes" listed with commas - NHS.uk dry eyes;
- f72-en-slf-012 (non_urgent): wind and bloating for two weeks since a high-fibre diet - NHS.uk
  flatulence and bloating (see a GP after 3 weeks of self-help);
- f72-en-slf-018 (non_urgent): "until 3am every night this week" said of a screen habit read as
  a headache that keeps coming back - NHS.uk headaches, NHS.uk screens and eye strain.

Each kind has sentences of this file's own, in other words and both polarities, from the source
named above it. Wrong before any rule change (the rules of 35ac4c2): 11 of 11 rows and
20 of 52 kind sentences. The sentences of ``KINDS_AFTER`` were written
after the change, in other words, to check it was made by kind.

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

# NHS.uk testicle pain (sudden, very bad pain, pain with being sick, a testicle higher than
# usual: A&E): a hesitation filler ("um", "erm", "uh") said out of embarrassment inside the
# sign's own words reads as if it were not there; "ER" the place is no filler
FILLER_IN_PHRASE: list[tuple[str, str]] = [
    ("E", "I've had really bad pain in my, erm, left ball since an hour ago and I've been sick"),
    ("E", "my 13 year old says his, um, testicle is in agony, it came on suddenly"),
    ("E", "sudden severe pain in one of my, uh, testicles, started 30 mins ago"),
    ("E", "sorry, my, um, left ball is swollen and sitting higher than the other one and it hurts"),
    ("!E", "um, a bit awkward, I've got an itchy rash in my groin from the gym, no pain"),
    ("!E", "erm, I went to the ER last month for my knee and it's healing fine"),
]

# NHS.uk cuts and grazes (something stuck in the wound, like glass: an urgent treatment centre)
# and MTS wounds (a foreign body in the skin): a fish hook's barb, glass or metal left in; one
# that came straight out is a small wound treated at home
EMBEDDED_OBJECT: list[tuple[str, str]] = [
    ("U", "got a fish hook stuck in my finger and the barb won't come out"),
    ("U", "fishing hook went into my palm, I pulled the shaft but the barb is still in there"),
    ("U", "there's a shard of glass stuck in my hand that I can't get out"),
    ("U", "a bit of glass is still in my foot from a broken bottle, I can feel it when I walk"),
    ("L", "got a fish hook caught in my thumb but it came straight out, tiny hole, cleaned it"),
    ("L", "bought a new set of fish hooks and my thumb is a bit sore from tying knots all day"),
]

# NICE CKS Bell's palsy (a one-sided facial palsy taking in the forehead, arms and speech
# normal: same day); the arms said strong or lifted fine are normal arms. A weak arm, or slurred
# speech, keeps the 999 call (NHS.uk stroke, FAST)
ARMS_SAID_STRONG: list[tuple[str, str]] = [
    (
        "=U",
        "the left side of my face has dropped since this morning, I can't raise my left"
        " eyebrow, both arms are strong and my speech is fine",
    ),
    (
        "=U",
        "woke with the right side of my face droopy and I can't wrinkle my forehead on that"
        " side, my arms are both strong, talking normally",
    ),
    (
        "E",
        "the left side of my face has dropped and I can't raise my left eyebrow, my left arm"
        " is weak and heavy",
    ),
    ("E", "both arms are strong but my face dropped 20 minutes ago and my speech is slurred"),
]

# NHS.uk cuts and grazes (a gaping cut: an urgent treatment centre) and MTS major trauma (a
# penetrating injury of the trunk, neck or head): one's own tool slipping into a hand or finger
# is a cut; a stabbing of the body stays an emergency
OWN_TOOL_IN_HAND: list[tuple[str, str]] = [
    ("=U", "I stabbed my hand with a craft knife, it's gaping a bit, bleeding stopped"),
    ("!E", "stabbed my thumb with a screwdriver while fixing a plug, small hole, stopped bleeding"),
    ("E", "I've been stabbed in the stomach and there's a lot of blood"),
    ("E", "my brother got stabbed in the chest outside the pub"),
    ("E", "someone stabbed me in the back an hour ago"),
]

# NICE NG158 (suspected DVT: Wells, calf swelling of 3 cm or more against the other side) and
# NHS.uk DVT (pain and swelling in one leg: urgent GP or 111): the calf's swelling said with other
# words between; both legs, ankles, or a knee swollen are no DVT sign of the calf
CALF_SAID_SWOLLEN: list[tuple[str, str]] = [
    ("U", "swollen painful left calf since the long flight yesterday"),
    ("U", "my right calf is about 3cm bigger than my left after a 12 hour gaming session"),
    ("U", "I have a swollen tender right calf and it's warm"),
    ("L", "my ankles are swollen at the end of the day in this heat"),
    ("L", "both calves are a bit tight and achy after my first run, no swelling"),
]

# NHS.uk heart palpitations (often from caffeine, usually harmless; see a GP if they keep coming
# back): episodes counted over the month are coming back; one after coffee today, settled, is not
RECURRING_EPISODES: list[tuple[str, str]] = [
    (
        "N",
        "my heart keeps skipping beats after coffee, it settled, but it's happened a few times"
        " this month",
    ),
    ("N", "fluttery heart after energy drinks, gone now, it's happened several times this month"),
    ("S", "my heart skipped a few beats after three espressos this morning, settled after an hour"),
]

# NHS.uk stroke, heart attack and when to call 999 (999 is for the person with the signs now):
# a friend named with the place or group the writer shares ("a friend from my choir") is still
# the friend; the writer's own sign, or the friend's told as now, stays
SHARED_PLACE_OTHER: list[tuple[str, str]] = [
    ("L", "a friend from my choir had a stroke last week, I feel fine, just want my BP checked"),
    ("L", "a lady at my church collapsed last week, I'm fine, I'm just a bit shaken"),
    ("E", "a friend from my choir is here with me and she's collapsed and not breathing"),
    ("E", "a friend from my gym had a heart attack last week and now I have crushing chest pain"),
]

# NICE NG136 (a reading of 140/90 or more at home: a GP to confirm; 180/120 with symptoms is the
# red flags'): a home reading at the end of its sentence is still a reading
READING_AT_SENTENCE_END: list[tuple[str, str]] = [
    ("N", "My home reading was 148/92. I feel fine."),
    ("N", "The machine at home said 152/95. No symptoms at all."),
    ("E", "My reading at home was 195/125. I have a terrible headache and my vision is blurred."),
]

# NHS.uk threadworms (an itchy bottom at night, worms in the family or school: a pharmacist's
# medicine for the whole household); blood or a long course is a GP's
THREADWORMS_TOLD: list[tuple[str, str]] = [
    ("S", "itchy bum, mostly at night, for a couple of days, my son has threadworms"),
    ("S", "my daughter has an itchy bottom at night and there are worms going round her class"),
    ("N", "itchy bottom for a few days and there's been some blood on the paper"),
    ("N", "my bum has been itchy at night for about 2 months, worms are going round at school"),
]

# NHS.uk dry eyes (a pharmacist's drops; an optician or GP if no better after a few weeks; a
# painful red eye or changed vision the same day): the eyes' words listed with commas
EYE_WORDS_LISTED: list[tuple[str, str]] = [
    ("S", "dry, gritty eyes after a long day on the laptop, my vision is fine"),
    ("S", "sore, dry, tired eyes after gaming all weekend, no pain moving them, vision normal"),
    ("N", "dry, gritty eyes for 5 months and the drops haven't helped"),
    ("N", "painful red eye with blurred vision since this morning after gaming"),
]

# NHS.uk flatulence and bloating (high-fibre foods such as beans, lentils and bran cause wind:
# self-help; see a GP if it is still there after 3 weeks, or with blood, weight loss or pain)
DIET_WIND: list[tuple[str, str]] = [
    (
        "S",
        "started eating loads of beans and lentils two weeks ago and I've been really windy"
        " and bloated, no pain, poo normal",
    ),
    ("S", "very gassy since I switched to a high fibre diet 10 days ago, otherwise fine"),
    ("N", "windy and bloated since starting a high fibre diet 2 months ago, still no better"),
    ("N", "bloated every day for 2 months and I've lost weight without trying"),
]

# NHS.uk headaches (a mild headache after too little sleep or screen time: rest, water,
# painkillers; a GP for headaches that keep coming back): "every night" told of the late screen
# habit is no headache every night
SCREEN_HABIT_NIGHTLY: list[tuple[str, str]] = [
    ("S", "been gaming until 2am every night this week, now I have a mild headache, vision fine"),
    ("S", "staying up till 3am every night watching series, mild headache today, nothing else"),
    ("N", "I've had a headache every night this week"),
    ("N", "mild headache every morning for two weeks"),
]

# Written after the change, in other words (each kind above, both directions)
KINDS_AFTER: list[tuple[str, str]] = [
    ("E", "my boy is 12 and he's got pain in his, erm, privates, one of them is really high up"),
    ("E", "I've, um, got crushing pain in my chest and I'm sweating"),
    ("U", "there's a tiny piece of metal embedded in my thumb from grinding, can't get it out"),
    ("L", "had a fish hook in my finger yesterday but it came out easily, just a bit sore today"),
    (
        "=U",
        "my face has gone droopy on the left, even my forehead won't move, I can raise both"
        " arms and I'm speaking normally",
    ),
    ("E", "I stabbed myself in the leg with a kitchen knife and it's pouring blood"),
    ("U", "one calf is swollen and painful since I got off the coach from Spain"),
    ("N", "had a fast fluttery heartbeat after a pre-workout drink, it's happened several times"),
    ("L", "a colleague from my office had a seizure at work last week, I'm okay, just worried"),
    ("N", "BP on my home monitor was 162/98. Feel totally normal."),
    ("S", "my son has an itchy bottom at night and his school says there are worms going round"),
    ("S", "eyes feel tired and strained after a day of video calls on the laptop, sight is fine"),
    ("S", "I've been a bit gassy since I started adding bran to my breakfast last week, no pain"),
    ("S", "up till 1am every night this week on my phone, slight headache this morning, mild"),
]

OPEN: dict[str, str] = {
    "my boy is 12 and he's got pain in his, erm, privates, one of them is really high up": (
        "written after the change: the filler is read (pain in his privates), but 'one of them is"
        " really high up' is no torsion phrase of torsion_signs (NHS.uk: 'higher than usual');"
        " 'high up' alone is too loose (pain high up in the tummy): left open for a phrase of"
        " its own"
    ),
}

KINDS: list[tuple[str, str]] = (
    FILLER_IN_PHRASE
    + EMBEDDED_OBJECT
    + ARMS_SAID_STRONG
    + OWN_TOOL_IN_HAND
    + CALF_SAID_SWOLLEN
    + RECURRING_EPISODES
    + SHARED_PLACE_OTHER
    + READING_AT_SENTENCE_END
    + THREADWORMS_TOLD
    + EYE_WORDS_LISTED
    + DIET_WIND
    + SCREEN_HABIT_NIGHTLY
    + KINDS_AFTER
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 72 wrong at the first run
SET72_EN_ROWS = [
    "f72-en-emg-004",
    "f72-en-urg-003",
    "f72-en-urg-007",
    "f72-en-urg-011",
    "f72-en-urg-020",
    "f72-en-nur-009",
    "f72-en-nur-011",
    "f72-en-slf-001",
    "f72-en-slf-003",
    "f72-en-slf-012",
    "f72-en-slf-018",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize("row_id", rows_with_open(SET72_EN_ROWS, OPEN_ROWS))
def test_set72_en_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_72.jsonl", row_id)
