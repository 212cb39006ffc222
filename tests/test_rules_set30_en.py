"""Set 30's English categories (session 27): emergencies told in lay or young people's words,
a counted past heart attack, and same-day injuries and clots said in other words.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 30's rows, ``tests/data/fresh_levels_30.jsonl``):

- sudden testicle pain located in a sentence of its own shape ("the pain is in his right
  testicle", "the pain's in my left ball"): sudden or severe, or with vomiting, it is an
  emergency (NHS.uk testicle pain: sudden severe pain, A&E, torsion); a dull ache for weeks is
  no emergency (NICE CKS Scrotal pain and swelling: a GP, which the rules keep at urgent);
- the FAST signs in young people's words: an arm that "flops" or "just drops", speech that is
  "absolute / complete nonsense", one side of the mouth or face "lower" than the other (NHS.uk
  stroke: face dropped on one side, arm weakness, speech garbled; NICE NG128); a floppy phone
  charger or a lower shelf is none;
- a known aortic aneurysm in lay words ("a swelling on the main artery in her tummy", "a bulge
  in the big blood vessel"), and an age told at the end of a sentence ("Grandad is 78."), with
  sudden severe tummy or back pain (NHS.uk abdominal aortic aneurysm: 999; NICE NG156);
- heart attacks counted in the past ("had two heart attacks", "has had three strokes") are
  history (NICE CG172 secondary prevention after an MI; NHS.uk: 999 is for the symptoms now),
  so a constipated or coughing person with that history is no emergency, while new crushing
  chest pain in the same person stays one;
- a finger or toe told as facing, pointing or bent the wrong way or sideways after an injury
  (NHS.uk broken finger or dislocated finger: an urgent treatment centre or A&E, same day);
  a finger that "points the way" is none;
- one calf said to be fatter or bigger than the other (NICE NG158 DVT: calf swelling against
  the other side; NHS.uk DVT: swelling in one leg, urgent 111 or GP); both legs puffy in the
  heat is not.

Older people with a minor illness told at their own usual (``test_older_minor_at_home``): age
is no reason against self-care when the person is said to be their normal self with a word
between ("her normal chatty self"), eating and sleeping normally, when a dry skin comes each
winter, or when a minor illness is already better (a small cut whose bleeding stopped, a cold
easing): NHS.uk cuts and grazes, bruises, itchy skin, coughs and colds treat these at home at
any age; NICE NG51 and Age UK: in frailty the warning is a change from the usual. Never with
a fever or on blood thinners (NICE NG51; NHS.uk warfarin), nor a bruise after a fall that hit
the head.

A familiar band-like headache half gone after a painkiller (``test_tension_headache_at_home``):
NHS.uk tension-type headaches (a tight band around the head; paracetamol or ibuprofen, rest,
treated at home); a headache with a stiff neck and a temperature, or sudden and the worst
ever, is not.

A lipoma the GP has named, unchanged (``test_lipoma_at_home``): NHS.uk lipoma (a soft, painless
lump that moves under the skin is usually harmless and left alone; see a GP if it grows,
hurts or changes); one that is growing, hard or painful is not self-care.

Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at
least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.ages import parse_age
from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # --- sudden testicle pain located in its own sentence shape (NHS.uk testicle pain)
    ("E", "the pain is in his right testicle and its agony, started suddenly in his sleep"),
    ("E", "im 15 the pain's in my left ball it came on all of a sudden and i threw up"),
    ("E", "pain is in my right testicle, came on suddenly an hour ago, really bad"),
    ("E", "my boy is 12, the pain is in his left testicle and he has been sick"),
    ("!E", "the ache is in my left testicle on and off for a few weeks, dull, no swelling"),
    # --- the FAST signs in young people's words (NHS.uk stroke; NICE NG128)
    ("E", "my mate just collapsed onto the sofa and his left arm just flops when he lifts it"),
    ("E", "my girlfriend suddenly started talking complete nonsense and cant hold her cup"),
    ("E", "my sister's arm keeps flopping down and she's talking absolute nonsense"),
    ("E", "his face looks weird, one side of his mouth is lower than the other"),
    ("E", "my nan's mouth is lower on one side since lunch and her words are wrong"),
    ("E", "one side of her face is lower now and she cant lift her left arm"),
    ("!E", "my phone charger cable flops about and the shelf on one side is lower"),
    ("!E", "my fringe flops into my eyes and my brother is talking nonsense about football again"),
    # --- a known aortic aneurysm in lay words, an age at a sentence's end (NHS.uk AAA; NG156)
    (
        "E",
        "Grandad is 78. He has a swelling on the main artery in his tummy and suddenly has awful"
        " back pain",
    ),
    (
        "E",
        "they told mum she has a bulge in the big blood vessel in her belly, now she has sudden"
        " severe pain in her tummy and feels faint",
    ),
    ("E", "My husband is 72. Half an hour ago he got sudden severe pain in his lower back."),
    ("E", "Dad is 81. He suddenly has terrible pain in his tummy and back and looks grey."),
    ("!E", "Mum is 70. Her back has ached on and off for years, worse after gardening."),
    # --- heart attacks and strokes counted in the past are history (NICE CG172)
    (
        "!E",
        "I'm 80 and have had two heart attacks and a bypass. I've had a runny nose and a"
        " sniffle for two days.",
    ),
    (
        "!E",
        "my dad's had three heart attacks over the years, today he just wants to know about"
        " his ingrown toenail",
    ),
    ("!E", "I have had a couple of heart attacks. My knee is stiff in the mornings."),
    (
        "E",
        "I have had two heart attacks and now I have crushing chest pain going down my left arm",
    ),
    # --- a finger or toe facing the wrong way after an injury (NHS.uk broken/dislocated finger)
    ("=U", "jammed my little finger in goalkeeping, the top joint is facing the wrong way"),
    ("=U", "my toe is pointing sideways after I stubbed it on the bed, hurts, colour fine"),
    ("=U", "caught it in the door and my index finger is bent sideways at the knuckle"),
    ("=U", "my thumb is pointing the wrong way after i fell off my skateboard"),
    ("L", "my finger points the way to the shop, anyway it's a small paper cut that stopped"),
    # --- one calf fatter or bigger than the other (NICE NG158 DVT; NHS.uk DVT)
    ("=U", "my right calf is sore and it's fatter than the left one since yesterday"),
    ("=U", "flew back from Spain on Sunday, my left calf is bigger than the other one and aches"),
    ("=U", "one calf looks thicker than the other and feels warm, I'm 66, no breathlessness"),
    ("L", "both my legs are a bit puffy at the ankles in this heat, I'm 40, no pain"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set30_en_category(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("Dad is 80. He fell in the garden", 80.0),
        ("I'm 27. Do I just keep waiting?", 27.0),
        ("I am 77. Each winter my shins itch", 77.0),
        ("my wife is 65.", 65.0),
        ("mum is 70.5 kg now", None),  # a decimal is a measure, not an age
    ],
)
def test_an_age_at_the_end_of_a_sentence(text: str, age: float | None) -> None:
    assert parse_age(text) == age


OLDER_MINOR: list[tuple[bool, str]] = [
    (
        True,
        "Grandad is 82 and banged his shin on the coffee table, small bruise, he's his"
        " normal cheerful self",
    ),
    (
        True,
        "I am 79. I have had a cold for four days, it's easing now and I'm eating and"
        " sleeping normally.",
    ),
    (True, "I'm 81. Every winter my hands get dry and a bit itchy. No cracks, no bleeding."),
    (
        True,
        "I'm 77 and caught my thumb on the grater, a small cut, the bleeding stopped with"
        " pressure.",
    ),
    # look-alikes that keep age as a reason against self-care
    (False, "I'm 80 and have a cold, a temperature of 38.4, eating and sleeping normally"),
    (False, "Mum is 84 and on warfarin, a small bruise on her arm, she's her normal chatty self"),
    (False, "I am 79. A cut on my shin from the trolley, small, keeps oozing and won't stop."),
]


@pytest.mark.parametrize(("home", "text"), OLDER_MINOR)
def test_older_minor_at_home(rules: RuleSet, home: bool, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    if home:
        assert level is Disposition.SELF_CARE, (level, [h.rule_id for h in hits])
    else:
        assert level is not Disposition.SELF_CARE, level


TENSION: list[tuple[bool, str]] = [
    (
        True,
        "I'm 29, long day at the laptop, dull headache like a tight band, ibuprofen has it"
        " half gone",
    ),
    (
        True,
        "my head feels like a tight band after a stressful shift, paracetamol and it's mostly"
        " gone, I'm 41",
    ),
    (
        True,
        "27, headache like a tight hat round my forehead after revision, painkillers have it"
        " half gone",
    ),
    (False, "headache like a tight band, stiff neck and a temperature of 39, I'm 30"),
    (False, "sudden worst headache of my life like a tight band, came on in seconds"),
]


@pytest.mark.parametrize(("home", "text"), TENSION)
def test_tension_headache_at_home(rules: RuleSet, home: bool, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    if home:
        assert level is Disposition.SELF_CARE, (level, [h.rule_id for h in hits])
    else:
        assert level.rank >= Disposition.URGENT.rank, level


LIPOMA: list[object] = [
    pytest.param(
        True,
        "the GP said the soft lump on my arm is a lipoma, it hasn't changed in a year, I'm 48",
        marks=pytest.mark.xfail(
            strict=True,
            reason="open: a year unchanged still reads as lasting beyond the general family's"
            " 7-day window (non_urgent)",
        ),
    ),
    (True, "I have a lipoma on my back, squishy and painless, same size since the doctor saw it"),
    (False, "my lipoma has doubled in size in a month and is now hard and painful, I'm 52"),
]


@pytest.mark.parametrize(("home", "text"), LIPOMA)
def test_lipoma_at_home(rules: RuleSet, home: bool, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    if home:
        assert level is Disposition.SELF_CARE, (level, [h.rule_id for h in hits])
    else:
        assert level is not Disposition.SELF_CARE, level
