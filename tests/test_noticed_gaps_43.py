"""Gaps noticed in session 42 and left alone, closed in session 43 (coordinator), with the three
code overlaps session 42's review named (one AF-alert group, one re-check vocabulary, one list of
exercise words).

Each sentence is our own, read as a first message with the rules alone:

1. **A worse reading after time gone by** ("heart rate 100 then 3 hours later 120", "sats 94, 2
   hours later 89", 血氧94，两个小时后88): RCP NEWS2 scores the latest observations, so the later
   reading is read when it scores more points (``clinical.rechecks.later_worse``); the time in
   between had stopped it. A later reading that is better keeps the first, as before; a time
   that belongs to the first ("for 3 hours") is no later reading. "now" inside "know" is no
   later reading either ("37.1, I know 35 would be too low").
2. **An exercise cause told in English after the rate** ("watch said heart rate 165, because I
   was running"): RCP NEWS2 is scored at rest, and rules-hc's Chinese cause (心跳到160，因为刚打完
   球) had no English twin; a cause denied ("not because of the run") keeps the reading.
3. **A smartwatch's AF alert** (NHS.uk atrial fibrillation, NICE NG196): one group now; these
   sentences were right before and guard the merge.
4. **Self-harm told as slashing an arm or a thigh** ("I slashed my arm with a blade last night",
   "cut my thighs again"), noticed by rules-ib in session 43 (NICE NG225 / NHS.uk self-harm: every
   act of self-harm is assessed, a minor wound with no intent to die the same day): it had ended
   `self_care`; a cut by accident on something stays first aid. **A drunk partner with a knife at
   the door** (老公喝醉了，拿刀在门外), noticed by rules-ib too (NHS.uk domestic abuse: in immediate
   danger, call 999): a weapon held by the person at the door or inside is the danger, a threat
   said or not; a knife in a kitchen job is none.

Wrong before the change (546ef07): 9 of the 22 sentences (item 1: 6 of 11, item 2: 3 of 6,
item 3: 0 of 5); item 4, written later: 5 of 10 wrong before (7ab5217).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

LATER_AFTER_TIME = [
    ("E", "sats 94, 2 hours later 89"),
    ("E", "dad's oxygen was 94 at lunch then 3 hours later 88 and he's breathless"),
    ("E", "temp 35.5, half an hour later 34.9, she's shivering and confused"),
    ("E", "血氧94，两个小时后88"),
    ("E", "体温35.6，半小时后34.9，人有点糊涂"),
    ("U", "heart rate 100 then 3 hours later 135 sitting on the sofa"),
    # "know" is no "now"
    ("L", "my temp is 37.1, I know 35 would be too low, just a bit of a cold"),
    # a better later reading keeps the first; a time of the first is no later reading
    ("E", "sats 89, 2 hours later 91"),
    ("!E", "heart rate 88 for 3 hours after a coffee, 92 now, feel fine"),
    ("!E", "temp 37.4, 2 hours later 37.6, just a cold"),
    ("!E", "血氧97，两个小时后98，没有不舒服"),
]

EXERCISE_CAUSE_IN_ENGLISH = [
    ("L", "watch said heart rate 165, because I was running, feel fine now"),
    ("L", "my fitbit says heart rate 170, it's just because I'd been cycling up the hill"),
    ("L", "心跳到160，因为刚打完球，现在没事"),
    # a cause denied, or a rate at rest, keeps the reading
    ("U", "heart rate 165 sitting down, not because of the run, and I feel faint"),
    ("U", "resting heart rate 170, because I was running earlier it was fine but now at rest"),
    ("U", "heart rate 160 at rest and dizzy"),
]

SELF_HARM_AND_ARMED_AT_DOOR = [
    ("U", "I slashed my arm with a blade last night, it's bleeding a bit"),
    ("U", "slashed my thighs again with a razor, not deep"),
    ("U", "cut my arms again last night, feel numb about it"),
    ("U", "i cut my wrists with a blade, they stopped bleeding"),
    ("E", "老公喝醉了，拿刀在门外"),
    ("E", "my ex is outside the front door with a knife and I'm scared"),
    ("E", "他喝醉了拿着刀在门口，我躲在房间里"),
    # an accident, or a knife in a kitchen job, is no self-harm and no danger
    ("L", "slashed my arm on a rusty fence while hiking, small scratch, cleaned it"),
    ("L", "cut my finger with a knife chopping onions, stopped bleeding"),
    ("L", "my husband is in the kitchen with a knife cutting vegetables, I have a sore throat"),
]

AF_ALERT = [
    ("N", "my watch flagged af this morning, feel completely fine"),
    ("N", "apple watch gave me an afib warning last night, no symptoms"),
    ("N", "got an irregular rhythm notification on my watch, feel ok"),
    ("N", "手表房颤提醒，人没有不舒服"),
    ("E", "my watch says afib and I've got chest pain and I'm sweating"),
]


@pytest.mark.parametrize(("code", "text"), with_open(LATER_AFTER_TIME))
def test_a_worse_reading_after_time_gone_by(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EXERCISE_CAUSE_IN_ENGLISH))
def test_an_exercise_cause_told_in_english(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SELF_HARM_AND_ARMED_AT_DOOR))
def test_self_harm_slashing_and_a_knife_at_the_door(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AF_ALERT))
def test_a_watch_af_alert_is_a_gps_check(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
