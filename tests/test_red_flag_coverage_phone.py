"""Coverage of the phone voice: very short, typed fast, often for someone else.

Written by the engineer who closed fresh walk 9's misses (``tests/data/fresh_walk_9.jsonl``),
one group per category of miss, in other words than the walk's, each group from the published
source named above it. Every group failed on the rules before the change it comes with (the
look-alikes marked so failed by being raised). ``E`` must end ``emergency``, ``U`` at least
``urgent``, ``!E`` anything but ``emergency``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# Typos of the phone voice (clinical.textprep): a negative contraction typed without its
# apostrophe is a negation, not a misspelt rule word ("didnt" had become "didn", and the
# danger sign it denied fired), and a dropped letter that is as near a word's base form as its
# inflection ("collapsd": collapse / collapsed) is read as the word. The sentences with a
# denial raised an emergency before; the two misspellings were not read.
TYPOS: list[tuple[str, str]] = [
    ("!E", "i didnt pass out, just a bit dizzy after standing up"),
    ("!E", "she hasnt had a fit, she just has a temperature of 37.8"),
    ("!E", "havent blacked out just a sore knee"),
    ("!E", "my lips arent swollen, only my finger where the bee got me"),
    ("E", "my son collapsd at football"),
    ("E", "he blackd out in the shower"),
    # "has not stopped" says it goes on (a pseudo-negation, like "won't stop"), with or without
    # the apostrophe: NHS 999 (a fit that goes on, vomiting blood), NICE NG232 (vomiting)
    ("E", "she hasnt stopped fitting"),
    ("E", "he hasn't stopped vomiting blood"),
]

# Telegraphic messages (clinical.matching, clinical.textprep): articles and "my" dropped inside
# a phrase ("blue around lips", "hit by car", "fell off ladder"), and phone shorthand written
# out ("thru", "n", "tonite"). Sources of the signs: NHS 999 (blue lips, bleeding that will not
# stop), MTS major trauma (hit by a vehicle, a fall from a height). All failed before. The
# look-alike (NHS.uk glass test passed: the rash fades) was raised once articles could drop.
TELEGRAPHIC: list[tuple[str, str]] = [
    ("E", "grandad blue around lips"),
    ("E", "hit by car"),
    ("E", "fell off ladder not moving"),
    ("E", "wound bleeding thru bandage"),
    ("!E", "toddler rash fades under glass"),
    ("!E", "toddler rash fades under a glass"),
]

# The phone voice's words for a sign, one family per source (all failed before; the look-alikes
# guard the new words):
# - heavy bleeding said as an amount in slang, in pregnancy or after birth (NHS.uk, RCOG GTG52)
# - after birth said as "after the baby" (NICE NG133: pre-eclampsia can start after birth)
# - no fetal movement said as a noun (RCOG Green-top 57)
# - a headache said as "a bad head" with blurred vision in pregnancy (NICE NG133)
# - blue said "round" the lips (NHS 999)
# - a fit said as the eyes rolling up with stiffness or jerking (NHS 999 seizures)
# - one-sided numbness said without "on" (NHS stroke, FAST)
# - numb fingers after a neck injury (NHS neck and back injuries)
# - one swollen leg, then breathless (NHS DVT: call 999 with breathlessness; NICE NG158)
# - a paper cut or shaving nick that keeps bleeding is first aid (NHS cuts and grazes)
PHONE_WORDS: list[tuple[str, str]] = [
    ("E", "39 weeks, bleeding loads and feel faint"),
    ("E", "had the baby 10 days ago and now bleeding loads"),
    ("E", "a week after the baby, awful headache and seeing flashes"),
    ("E", "35 weeks, no baby movement all day"),
    ("E", "30 weeks pregnant, bad head and blurry vision and swollen hands"),
    ("E", "grandma blue round lips"),
    ("E", "my son's eyes rolled up and he went stiff"),
    ("E", "leg and arm numb one side since lunch"),
    ("E", "fell off a horse, neck pain, cant feel my fingers"),
    ("E", "his leg swollen since the flight, now short of breath"),
    ("!E", "got a bad head cold and sore throat"),
    ("!E", "she rolled her eyes at me and stormed off"),
    ("!E", "both legs swollen by evening and a bit breathless on stairs"),
    ("!E", "papercut on finger wont stop bleeding"),
    ("!E", "cut myself shaving and it wont stop bleeding"),
    ("E", "deep cut on arm wont stop bleeding, been pressing for 20 minutes"),
]

# NHS.uk dehydration, call 999 or go to A&E: "have not peed all day" (a baby's nappy dry all
# day says it); fewer wet nappies alone is an urgent matter (dehydration_moderate). All four
# emergencies ended urgent or lower before.
NO_WEE_ALL_DAY: list[tuple[str, str]] = [
    ("E", "my baby has not had a wet nappy all day"),
    ("E", "toddler hasnt peed all day n wont drink"),
    ("E", "宝宝尿布一整天都是干的"),
    ("E", "我阿爸成日冇小便 好攰"),
    ("U", "baby has had fewer wet nappies today"),
    ("!E", "changed a wet nappy then went back to bed"),
    ("!E", "she has had a wet nappy every few hours all day"),
]

CASES = [*TYPOS, *TELEGRAPHIC, *PHONE_WORDS, *NO_WEE_ALL_DAY]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_the_phone_voice_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
