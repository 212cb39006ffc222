"""Set 48's kinds (voice36: emoji and chat slang, more than one person at home, a trip). A
bleeding told as dramatic ("blood everywhere", 血哗哗的流) that pressing or pinching stopped
("... and it stopped", 按了五分钟止住了) is first aid (NHS.uk nosebleeds; NHS.uk cuts and
grazes: A&E only when 10 minutes of pressure does not stop it). A face swollen "into a bun"
(肿成包子) is a likeness, not a whole packet of tablets (成包, TOXBASE / NHS.uk overdose). A wrist
swollen after coming off a scooter or a bike, that cannot grip, is a possible broken wrist for
an urgent treatment centre, not a stroke's weak hand (NHS.uk broken arm or wrist). Confusion or
breathlessness at rest told at a mountain hut or at a height in metres (3200m) is altitude
sickness needing to go down and emergency help (NHS.uk altitude sickness: HACE / HAPE).

Written by rules-cx (session 36) before any rule changed. The sentences are this file's own,
each from the published source named above its list; ``SET48_ROWS`` are rows of
``tests/data/fresh_levels_48.jsonl`` closed here, each asserted at its gold level.
Wrong before any rule change: 5 of 5 rows and 17 of 29 kind sentences. In a second round, a
sting with a large swelling (a hand and forearm, up to the elbow, bigger than a palm; NHS.uk
insect bites and stings: around 10cm or more, a GP or 111) and a rash on the tip of the nose
after tingling or stinging, no blisters named (NHS.uk shingles, NICE CKS Shingles: Hutchinson's
sign), wrong before their change: f48-en-urg-003 and f48-zh-urg-007 and 7 of the 11 sentences.
f48-en-urg-003 stays open: its sting is told in one run with "2 yrs ago" across an emoji
(😬), so the sting reads as past; with a full stop there it reaches urgent.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk nosebleeds (pinch the soft part, lean forward, 10 to 15 minutes; A&E if it does not
# stop) and NHS.uk cuts and grazes (press on it; A&E if it does not stop after 10 minutes): a
# bleed told as a lot that pressure then stopped is first aid. Stopped then started again, or
# still going after the minutes of pressure, stays an emergency.
BLEEDING_STOPPED_BY_PRESSURE: list[tuple[str, str]] = [
    (
        "!E",
        "Loads of blood everywhere from my son's nose, we pinched it for ten minutes and"
        " it stopped, he's fine now",
    ),
    ("!E", "blood everywhere on the kitchen floor, held a towel on the cut and then it stopped"),
    ("!E", "Sliced my thumb, a lot of blood, pressed on it for 5 mins and it stopped"),
    ("!E", "切菜切到手 血哗哗的 压了几分钟止住了 伤口很浅"),
    ("!E", "流鼻血流了一地的血 捏住鼻子十分钟就止住了"),
    (
        "E",
        "blood everywhere from a cut on my arm, pressed for 10 mins and it stopped"
        " then started again",
    ),
    ("E", "Blood everywhere, pressed on it for 15 minutes and it's still bleeding"),
    ("E", "血哗哗的流 按了十分钟还在流血"),
]

# TOXBASE / NHS.uk overdose: 成包 (a whole packet) swallowed is an overdose; a face swollen
# "into a bun" (肿成包子, 鼓成包) is a likeness. NHS.uk dental abscess: a swollen face with a
# fever is an urgent dentist or NHS 111 (A&E if it affects breathing, swallowing or the eye)
SWELLING_LIKENED_TO_A_BUN: list[tuple[str, str]] = [
    ("=U", "牙疼三天了 半边脸肿成包子 有点发烧"),
    ("!E", "被蚊子咬了 手背肿成包子了"),
    ("!E", "额头撞到门 鼓成包了"),
    ("E", "佢食咗成包安眠药"),
    ("E", "他一口气吞了成包的止痛药"),
]

# NHS.uk broken arm or wrist: a wrist swollen and painful after a fall from a scooter or a bike,
# with the hand hard to use (cannot grip), goes to an urgent treatment centre; it is no stroke's
# weak hand (NHS.uk stroke: sudden weakness without an injury stays 999)
WRIST_HURT_COMING_OFF_A_RIDE: list[tuple[str, str]] = [
    # a bike is also MTS's road collision, whose weak limb is read as an emergency
    # (road_collision_with_injury, left as it is): at least urgent
    ("U", "came off my bike yesterday, wrist is swollen and sore and I can't grip my mug"),
    ("=U", "摔了一跤 手腕肿了 手抓不住东西"),
    ("=U", "跌亲 手腕肿咗 揸唔实嘢"),
    (
        "=U",
        "Came off an e-scooter on holiday, my wrist has swelled up and I can't grip anything",
    ),
    ("=U", "my son came off his skateboard, his wrist is swollen and he cant grip his pen"),
    ("E", "suddenly can't grip my coffee with my right hand, no injury, face feels odd"),
    ("E", "Dad suddenly can't grip his cup with his left hand and his arm feels weak"),
]

# NHS.uk altitude sickness: high altitude is above about 2,500m; confusion, unsteadiness or
# breathlessness at rest there (HACE / HAPE) means going down at once and emergency help.
# A headache and poor sleep at a hut, with no confusion, is mild altitude sickness.
ALTITUDE_SAID_BY_A_HUT_OR_A_HEIGHT: list[tuple[str, str]] = [
    (
        "E",
        "we're at a mountain hut about 3500m, my wife is confused and stumbling and"
        " breathless even sitting",
    ),
    ("E", "staying at 3800m on a trek, my mate is really confused and drowsy tonight"),
    ("E", "at a refuge at 3,000m and my brother is confused, can't walk straight"),
    ("E", "Trekking in Nepal at 4200m, dad is confused and talking nonsense"),
    (
        "!E",
        "at a mountain hut at 3000m, bit of a headache and slept badly, otherwise fine,"
        " not confused",
    ),
    ("!E", "stayed at a mountain hut last weekend, lovely views, just sore legs now"),
    ("E", "在四姑娘山上 爸爸糊涂了 走路不稳"),
    ("!E", "在拉萨玩 有点头痛 睡不好 其他都好"),
    ("!E", "at 3200m, breathless walking uphill and a mild headache, fine at rest"),
]

# NHS.uk insect bites and stings: see a GP or call 111 if a large area (around 10cm or more)
# around the bite or sting becomes red and swollen; a small itchy lump is self-care (999 for
# breathing, throat or faintness: the anaphylaxis rules)
STING_WITH_A_LARGE_SWELLING: list[tuple[str, str]] = [
    (
        "=U",
        "got stung by a wasp on my hand, now my hand and forearm are massively swollen and red,"
        " breathing fine",
    ),
    ("=U", "bee sting on my wrist this morning and the swelling has spread up to my elbow"),
    ("=U", "被蜜蜂蛰了手背 整只手和小臂都肿了 呼吸正常"),
    ("=U", "俾黄蜂叮咗手背 成只手肿晒 仲红 但系唞气冇问题"),
    ("L", "got stung by a wasp, small red lump, bit itchy"),
    ("L", "被蚊子叮了 起了个小包 很痒"),
]

# NHS.uk shingles (tingling or pain in an area of skin, then a rash a few days later; see a GP
# or 111 urgently if it is near the eye) and NICE CKS Shingles (the tip or side of the nose,
# Hutchinson's sign: same-day eye assessment): a rash there, the pain before it, even without
# blisters named. Spots on the forehead with no pain are not it.
SHINGLES_RASH_ON_THE_NOSE_TIP: list[tuple[str, str]] = [
    (
        "=U",
        "tingling on the right of my forehead for two days, now a rash there and on the tip"
        " of my nose",
    ),
    ("=U", "额头右边和鼻尖长了一粒粒的疹子 之前刺痛了两天 右眼有点红"),
    ("=U", "左边额头同鼻尖起咗啲红疹 刺痛咗两日"),
    ("L", "spots on my forehead from my fringe, not sore"),
    ("L", "鼻尖长了一颗痘痘 有点痛"),
]

KINDS: list[object] = (
    BLEEDING_STOPPED_BY_PRESSURE
    + SWELLING_LIKENED_TO_A_BUN
    + WRIST_HURT_COMING_OFF_A_RIDE
    + ALTITUDE_SAID_BY_A_HUT_OR_A_HEIGHT
    + STING_WITH_A_LARGE_SWELLING
    + SHINGLES_RASH_ON_THE_NOSE_TIP
)


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 48 closed here; the rest are named in the report
SET48_ROWS = [
    "f48-en-emg-008",
    "f48-en-slf-005",
    "f48-zh-slf-002",
    "f48-en-urg-008",
    "f48-zh-urg-001",
    "f48-zh-urg-007",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_48.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET48_ROWS)
def test_set48_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
