"""Coverage of second-language English: the grammar of someone who learnt English later.

Written by the engineer who closed fresh walk 11's English misses
(``tests/data/fresh_walk_11.jsonl``, ids ``walk11-en-*``), one group per category of miss, in
other words than the walk's, each group from the published source named above it. Every group
failed on the rules before the change it comes with (the look-alikes guard the change).
``E`` must end ``emergency``, ``U`` at least ``urgent``, ``!E`` anything but ``emergency``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# Present for past (clinical.matching): a second-language speaker often tells what happened
# in the present or base form ("my son drink the bleach", "she fall from the ladder", "not
# passing urine since morning"). Inside a phrase of two or more words a regular past ("passed",
# "swallowed") also reads as its base, -s and -ing forms, and the common irregular pasts of
# the rules' verbs (ate, drank, fell, took) as their present. A one-word phrase stays as
# written ("fainted" is no "feel faint"). Sources of the signs: TOXBASE / NHS poisoning (a
# child who swallowed a household chemical or an adult's medicine), MTS major trauma (a fall
# from a height), NICE NG51 (no urine with a fever).
PRESENT_FOR_PAST: list[tuple[str, str]] = [
    ("E", "my daughter 2 years drink the bleach from under the sink"),
    ("E", "my grandson eat my heart tablets from the table, he is 2"),
    ("E", "my husband fall from the roof when fixing it, he is not moving"),
    ("E", "high fever 39 and my mother is not passing urine since yesterday"),
    ("E", "he take a whole bottle of his sleeping tablets"),
    ("!E", "I feel faint when I stand up too fast, then it goes"),
    ("!E", "I take two paracetamol tablets when I have headache"),
    ("!E", "my son drink a lot of water after football, he is fine"),
    ("!E", "she is passing urine normally and no fever now"),
]

# "No power" for weakness, and a hand for the arm (NHS stroke, FAST: weakness or numbness of an
# arm or one side of the body). Chinese 没力 / 冇力 said in English: "have no power", "not
# having power"; the hand named where English says the arm ("cannot lift the hand"). A
# phone or a flu's whole-body tiredness with no side or limb stays as it was.
NO_POWER: list[tuple[str, str]] = [
    ("E", "since half hour his right arm and leg have no power, he is 70"),
    ("E", "my auntie left side is not having any power suddenly"),
    ("E", "my wife cannot raise her right hand since breakfast"),
    ("!E", "my phone have no power and I am waiting for the doctor to call, I have a cough"),
    ("!E", "flu since 3 days, I have no power to do anything, just lying in bed"),
]

# Second-language FAST in the progressive ("is going", "is coming"): the face or mouth going to
# one side, speech coming out wrong (NHS stroke, FAST). A pain going to one side stays a pain.
FAST_PROGRESSIVE: list[tuple[str, str]] = [
    ("E", "my mother mouth is going to one side since 10 minutes"),
    ("E", "his speech is coming wrong since lunch, he is 75"),
    ("E", "suddenly her words are coming wrong and she is confused"),
    ("!E", "toothache and the pain is going to one side of my face"),
]

# Not awake properly (NHS 999: unconscious, cannot be woken; NICE NG143 red: does not wake, or
# if roused does not stay awake; NHS.uk epilepsy: fits one after another without waking in
# between). "Not waking" without "up", "not awake properly", "did not wake properly", a fit
# said as the whole body shaking. A baby who is not waking at night for a feed any more, or a
# teenager not waking for school, is no emergency.
NOT_AWAKE: list[tuple[str, str]] = [
    ("E", "my grandfather not waking, we shake him and call him"),
    ("E", "my daughter 2 years is not awake properly after the fever, only opens eyes little"),
    ("E", "he had one fit and then another fit and he is not waking properly between"),
    ("E", "my husband whole body is shaking and he is not answering me"),
    ("!E", "my teenager is not waking for school on time, always tired"),
]

# Blood, bone and chest in the progressive and in second-language words:
# - blood coming from below (RCOG / NHS: vaginal bleeding in pregnancy, heavy, with pain)
# - blood jumping or shooting out (MTS: pulsatile, uncontrolled haemorrhage)
# - a bone coming outside the skin (MTS / NHS broken bones: an open fracture)
# - pressing on the chest, the heart (chest) uncomfortable (NHS heart attack: pressure,
#   heaviness, with sweating or spreading to the arm or jaw); a heart "uncomfortable" is
#   also heartbreak (walk 11 has two such look-alikes), so only the chest is read so
PROGRESSIVE_SIGNS: list[tuple[str, str]] = [
    ("E", "28 weeks pregnant, a lot of blood is coming from down there and my belly is very pain"),
    ("E", "glass cut my leg, blood is shooting out strong from it"),
    ("E", "my son fall from tree and his arm bone is out of the skin"),
    ("E", "something is pressing very hard on my chest and I am sweating and want to vomit"),
    ("E", "my chest is very uncomfortable since 40 minutes and I am sweating"),
    ("!E", "my heart is very uncomfortable since my mother passed, I cry every night"),
    ("!E", "my period blood is coming from below more than usual this month, I am not pregnant"),
    ("!E", "my heart is uncomfortable when I think about my exam, I am nervous"),
]

# Second-language words for a sign, one family per source:
# - a cry "in high voice" (NICE NG143 red: a weak, high-pitched or continuous cry)
# - breath smelling like nail polish or varnish (NHS DKA: breath that smells fruity, like pear
#   drops or nail varnish), with type 1 diabetes and vomiting
# - a fall "in the swimming pool" (Resuscitation Council UK drowning: a cough after)
# - a chemical "is going in" the eye (NHS eye injuries: chemical in the eye, A&E)
# - the baby "is not moving since" (present for present perfect; RCOG Green-top 57 / NHS: no
#   movements, call the maternity unit now)
# - a whole week's or month's tablets swallowed (TOXBASE / NHS overdose: a quantity)
L2_WORDS: list[tuple[str, str]] = [
    ("E", "my son 9 months crying with very high voice since afternoon, I cannot calm him"),
    ("E", "my son has type 1 diabetes, vomiting since morning, breath smell like nail varnish"),
    ("E", "my son 4 years fall in the swimming pool, we take him out, now he is coughing a lot"),
    ("E", "oven cleaner spray is going in my eye, it is burning"),
    ("E", "I am 32 weeks, the baby is not kicking since this morning"),
    ("E", "my father took his whole month of heart tablets at one time"),
    ("!E", "my daughter sings in high voice all day, no fever"),
    ("!E", "the room smells like nail polish after my sister did her nails, I have headache"),
    ("!E", "I fell in the swimming pool changing room and hurt my knee"),
    ("!E", "I have a whole week of antibiotic tablets left, can I stop them"),
]


# Dropped auxiliaries and do-support (rules-aa): the negation before the modal ("he no can wake
# up", "not can move"), "not want" for "doesn't want" ("baby not want feed", "i not want to
# live"; clinical/second_language.py), "not" before a bare verb for "is not ...ing" ("not
# answer when we shake her", "not respond"), the copula dropped inside a phrase ("since baby
# born", clinical.matching), a child's age without "is ... old" ("my baby 3 month",
# clinical/ages.py) and a child "very hot 38.4" (clinical/vitals.py). Sources: NHS.uk 999 and
# MTS (unresponsive, cannot be woken), NHS.uk stroke FAST, NICE NG225 (suicidal thoughts),
# NHS.uk / RCOG postpartum haemorrhage (soaking a pad an hour, with faintness: 999), NICE NG143
# (under 3 months with 38 °C red; poor feeding in infants amber, `urgent`: a 3-6 month old at
# 38.5 who will not feed is not over-called). All 14 emergencies and urgent sentences failed
# before the change; the 9 look-alikes pass before and after.
DROPPED_AUXILIARY: list[tuple[str, str]] = [
    ("E", "my grandmother not answer when we shake her and call her name"),
    ("E", "my husband very very sleepy, not respond to me when i talk loud"),
    ("E", "my mother no can wake up this morning, we shake her many times"),
    ("E", "he not can move his left arm and leg since one hour"),
    ("E", "my wife no can lift her right arm suddenly since breakfast"),
    ("E", "i not want to live anymore, everything too much for me"),
    ("E", "my wife after baby born 5 days bleeding very much, soaking pad every hour and dizzy"),
    ("U", "my baby 3 month very hot 38.5 and not want feed"),
    (
        "E",
        "since baby born 4 days my sister bleeding heavy, one pad full every hour "
        "and she feel faint",
    ),
    ("E", "after my son born 2 weeks my wife blood coming a lot, big clots and she is dizzy"),
    ("E", "my baby 2 month temperature 38.3, she sleepy"),
    ("E", "my baby 6 week very hot 38.4 since morning"),
    ("U", "my baby 4 month not want feed, very hot 38.6"),
    ("U", "my daughter 5 month no want milk since yesterday, very hot"),
    ("!E", "my son not want go to school, he say tummy hurt little"),
    ("!E", "i not want to eat breakfast today, feel little sick but ok"),
    ("!E", "my baby 3 month, very happy, feeding good, only little cough"),
    ("!E", "my phone no can charge and i have mild headache"),
    ("!E", "my wife after baby born 2 years, she is always tired, is it iron?"),
    ("!E", "my baby born 3 weeks ago, she sleep well and feeding good, only little rash on face"),
    ("!E", "my dad no can sleep well because of his back pain, no other problem"),
    ("!E", "its so hot 38.5 degrees outside today and my baby is 2 months old, she is fine"),
    ("!E", "my son 2 weeks cough and little runny nose, he is 6 years"),
]

CASES = [
    *L2_WORDS,
    *DROPPED_AUXILIARY,
    *PRESENT_FOR_PAST,
    *NO_POWER,
    *FAST_PROGRESSIVE,
    *NOT_AWAKE,
    *PROGRESSIVE_SIGNS,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_second_language_english_reaches_its_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
