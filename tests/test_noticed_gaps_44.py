"""Gaps noticed in session 43 and left alone, closed in session 44 (coordinator, rules-ja).

Each sentence is our own, read as a first message with the rules alone, from the guidance named
above its list:

1. **A saturation's dip while asleep, with the reading now normal**: NHS.uk pulse oximeter (a
   low reading is measured again; the reading now decides) and NHS.uk sleep apnoea / NICE NG202
   (a fall in oxygen at night in someone who feels well now: a GP, who may arrange a sleep study;
   not an emergency, and not self-care either). Two readers did this before (``clinical.vitals``'
   asleep dip and ``clinical.rechecks``' night-then-now); one does it now, and a dip under 94%
   told as the night's keeps the patient from self-care. A heart rate's low while asleep with the
   rate now normal is no reading now either (NHS.uk: the heart rate falls in sleep). After oxygen
   or a treatment, or with a low reading now, the emergency stands.
2. **Round burns like a cigarette's on a child** (NICE CG89 Child maltreatment: when to
   suspect: a burn or scald whose shape suggests an implement, a cigarette burn, in a child: a
   same-day assessment and a referral to children's social care; NHS.uk self-harm: burns on
   oneself): at least ``urgent``.
3. **A sexual assault told of someone else, or as forced** (NHS.uk help after rape and sexual
   assault: a sexual assault referral centre, a GP or A&E as soon as possible; emergency
   contraception and HIV PEP within 72 hours; a child or teenager the same): at least
   ``urgent``. "forced me to have sex" was read; "she was forced to have sex", 被...强迫发生了关系
   were not.
4. **Self-harm told without "my" before the wound, or as a habit come back** ("slashed both arms
   last night", "been cutting again", "carved into my arm with a razor"): NICE NG225 Self-harm
   (any act of self-harm: a same-day assessment; the rules' self-harm is an emergency unless the
   wound is told as minor with no intent to die).

5. **A fall from a bike, a horse or a ladder told head first** ("fell off my bike head first, on
   warfarin, vomited twice"): NICE NG232 (a head injury on an anticoagulant with vomiting: A&E).
   Noticed at rules-jh's merge: its excludes for a ride's fall (the head unnamed) spanned "fell
   ... head first" and made the warfarin sentence ``urgent``; "head first" is read on its own.

Wrong before the change (the rules of f2274d4): 21 of the 48 sentences (item 1: 5 of 13,
item 2: 6 of 9, item 3: 5 of 10, item 4: 5 of 11, item 5: 0 of 5; its first sentence was wrong
only at rules-jh's merge, ``urgent``).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, fresh_row, with_open

# NHS.uk pulse oximeter; NHS.uk sleep apnoea; NICE NG202
NIGHT_DIP: list[tuple[str, str]] = [
    ("!E", "overnight sats 87, now 97, feel fine"),
    ("N", "overnight sats 87, now 97, feel fine"),
    ("N", "overnight his sats dropped to 87 on the oximeter, now 97 and he's fine"),
    ("N", "my ring said my oxygen was 86% overnight, this morning it's 97% and I feel ok"),
    ("N", "夜里血氧最低87，现在97，感觉还好"),
    ("!E", "watch says heart rate 38 overnight, now 70, feel great"),
    ("!E", "昨晚睡觉的时候心率40，现在72，没什么不舒服"),
    ("E", "overnight sats 87 and still 88 now, short of breath"),
    ("E", "半夜血氧86，现在还是89，喘不过气"),
    ("E", "last night his sats were 85, put him on oxygen and now 95"),
    ("E", "heart rate 38 overnight and now 36, dizzy and fainted"),
    ("L", "my sats were 98 overnight and 98 now, all good"),
    ("E", "sats 86 overnight, 97 now, but he's blue round the lips and very drowsy"),
]

# NICE CG89 (a burn whose shape suggests a cigarette on a child); NHS.uk self-harm
PATTERNED_BURN: list[tuple[str, str]] = [
    ("U", "my nephew has small round burns on his arms, they look like cigarette burns"),
    ("U", "孩子手臂上有几个圆圆的烫伤，像烟头烫的"),
    ("U", "noticed my 6 year old has a few circular burns on her back like from a cigarette"),
    ("U", "班上有个学生手上有烟头烫伤的痕迹，他说是自己不小心"),
    ("U", "my girlfriend's kid has round burn marks on his hands the size of a cigarette end"),
    ("L", "burnt my finger on the oven tray, small red mark, cooled it under the tap"),
    ("L", "我被烟灰烫了一下手背，有点红，不起泡"),
    ("L", "a spark from the bonfire left a tiny red mark on my arm, no blister"),
    ("U", fresh_row("fresh_levels_61.jsonl", "f61-zh-urg-018")["text"]),
]

# NHS.uk help after rape and sexual assault
SEXUAL_ASSAULT_OTHER: list[tuple[str, str]] = [
    ("U", "my 15 year old says she was forced to have sex by a boy at a party last night"),
    ("U", "my sister was forced to have sex by her ex yesterday and won't go to the police"),
    ("U", "我女儿说昨天被人强迫发生了关系"),
    ("U", "我朋友昨晚被迫发生了性关系，现在一直哭"),
    ("U", "a guy made her have sex with him when she was drunk on saturday"),
    ("U", "I was sexually assaulted last night"),
    ("U", "被人强奸了，昨天晚上"),
    ("L", "we had a row about sex last night, I'm fine, just upset"),
    ("L", "my friend got forced to do overtime last night and has a headache now"),
    ("U", fresh_row("fresh_levels_61.jsonl", "f61-zh-urg-003")["text"]),
]

# NICE NG225 Self-harm
SELF_HARM_WIDER: list[tuple[str, str]] = [
    ("E", "slashed both arms last night, they're still bleeding a bit"),
    ("E", "been cutting again, thighs this time"),
    ("E", "I carved into my arm with a razor"),
    ("E", "started cutting myself again after 2 years clean"),
    ("E", "昨晚又拿刀片划手臂了"),
    ("E", "忍不住又划了自己的手腕"),
    ("E", "cut myself again last night, pretty deep this time"),
    ("L", "been cutting the hedges again, sore back"),
    ("L", "cut my thigh on a branch, small scratch, cleaned it"),
    ("L", "划了一下手指，切菜的时候，贴了创可贴"),
    ("L", "I carved the turkey and nicked my thumb, tiny cut"),
]

# NICE NG232 Head injury
HEAD_FIRST_OFF_A_RIDE: list[tuple[str, str]] = [
    ("E", "fell off my bike head first, on warfarin, vomited twice"),
    ("E", "came off the horse head first and was knocked out for a minute"),
    ("E", "fell off the ladder onto my head, on apixaban, feel sick"),
    ("L", "fell off my bike, grazed knee, fine"),
    ("L", "I went head first into planning the wedding and now I have a cold"),
]

KINDS = NIGHT_DIP + PATTERNED_BURN + SEXUAL_ASSAULT_OTHER + SELF_HARM_WIDER + HEAD_FIRST_OFF_A_RIDE
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_noticed_gap_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
