"""Set 50's kinds (sport and exercise, weather, fasting and diet voices). What sets the level:
a fall from a bike told with no helmet on (没戴头盔) or the helmet cracked, then vomiting, is a
head injury with a warning sign (NICE NG232 / NHS.uk head injury); a period said late with a word
between (月经好像推迟了) is a possible pregnancy, so one-sided pain with shoulder-tip pain and
near-fainting is an ectopic pregnancy's (NHS.uk ectopic pregnancy / NICE NG126); a bone seen
standing out in Cantonese (见到有骨凸出嚟) is an open fracture, and pressing said in English
inside Cantonese (press住都止唔到) is pressure that does not stop the bleeding (MTS limb problems
and uncontrollable haemorrhage; NHS broken bones). What does not: a stroke named only as what
was read a symptom can warn of (NHS.uk stroke: the FAST signs decide; NHS.uk subconjunctival
haemorrhage); green brought up with a chesty cough, which is phlegm (NHS.uk chest infection);
fingers that go white, then blue, in the cold (NHS.uk Raynaud's: a GP).

Written by rules-dh (session 37). The sentences are this file's own, each from the published
source named above its list; ``SET50_ROWS`` are rows of ``tests/data/fresh_levels_50.jsonl``
closed here, each asserted at its gold level. Wrong before any rule change: 5 of 5 rows and
16 of 39 kind sentences.

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

# NICE NG232 / NHS.uk head injury: a fall from a bike or a horse with the head unprotected (no
# helmet, a cracked helmet), then vomiting, drowsiness or confusion, is A&E now
NO_HELMET_FALL: list[tuple[str, str]] = [
    ("E", "fell off my bike with no helmet on and I've been sick twice since"),
    ("E", "came off the horse without a helmet, she's vomited and is really drowsy"),
    ("E", "crashed my mountain bike, helmet is cracked, thrown up twice and feel confused"),
    ("E", "踩单车跌倒，没戴头盔，之后吐了两次"),
    ("E", "骑车摔了，头盔都裂了，回家以后一直想吐，吐了三次"),
    ("E", "個仔踩單車跌咗，冇戴頭盔，返到屋企嘔咗兩次"),
    # a fall with no sign after it stays below the emergency
    ("!E", "came off my bike no helmet, grazed my knee, no headache, not been sick, feel fine"),
    ("!E", "骑车摔了，没戴头盔，膝盖擦破皮，没有头痛没有吐"),
    # typos of nearby words still reach their level (speller hazard)
    ("E", "fell off my bike and hit my hed, been vomitting"),
]

# NHS.uk ectopic pregnancy / NICE NG126: a late period with pain low on one side and
# shoulder-tip pain or feeling faint is 999; the period said late with a word between
PERIOD_LATE_WORD_BETWEEN: list[tuple[str, str]] = [
    ("E", "月经好像推迟了两周，右下腹突然剧痛，肩膀尖也痛，站起来差点晕倒"),
    ("E", "例假已经迟了十来天，左边小腹一侧很痛，头晕眼前发黑"),
    ("E", "大姨妈好似推迟咗两个礼拜，下腹一侧好痛，肩膀尖都痛"),
    ("E", "月經好像晚了一個多星期，下腹一邊劇痛，差點暈倒"),
    # a late period with no pain or faintness stays below the emergency
    ("!E", "月经好像推迟了一周，没有肚子痛，也没有出血，想问问要不要验孕"),
]

# MTS limb problems (open fracture) / NHS broken bones: a bone seen standing out through the
# skin; MTS uncontrollable haemorrhage: pressure said in English inside Cantonese
OPEN_FRACTURE_CANTONESE: list[tuple[str, str]] = [
    ("E", "朋友跌咗落嚟，隻腳見到有骨凸出嚟"),
    ("E", "佢條手臂屈咗，有條骨凸咗出嚟"),
    ("E", "個仔跌斷手，見到骨頭凸出來"),
    ("E", "佢隻手流好多血，press住都止唔到"),
    ("E", "割到手流好多血 press 住都止唔到"),
    ("!E", "颧骨有点高，想问问整容的事"),
]

# NHS.uk stroke (FAST decides) and NHS.uk subconjunctival haemorrhage: a stroke named only as
# what was read a symptom can warn of, with no sign of one, is no emergency
STROKE_READ_OF: list[tuple[str, str]] = [
    (
        "!E",
        "I've read that a red patch in the eye can be a sign of a stroke, it doesn't hurt,"
        " vision fine, face and arms fine",
    ),
    ("!E", "read online that a twitching eyelid could be a sign of a stroke, it's just my eyelid"),
    ("!E", "Google says tingling fingers can be a warning sign of a stroke, mine is from the cold"),
    ("!E", "网上说眼睛出血可能是中风的征兆，不痛，看东西正常"),
    # a sign of stroke told stays 999 (NHS.uk stroke)
    ("E", "I read that this can be a sign of a stroke, my face has dropped on one side"),
    ("E", "read online it could be a sign of a stroke, his speech is slurred and arm is weak"),
]

# NHS.uk chest infection (coughing up yellow or green mucus; a GP if it lasts or with a high
# temperature): green brought up with a chesty cough is phlegm, not bile; green vomiting told
# stays an emergency (NICE NG143, NHS bowel obstruction)
GREEN_PHLEGM_WITH_COUGH: list[tuple[str, str]] = [
    ("!E", "chesty cough for 3 days, bringing up green stuff, no temperature"),
    ("!E", "productive cough, it's been a week now bringing up green stuff"),
    ("!E", "my 4 year old has a wet cough, bringing up green, eating fine"),
    ("!E", "咳嗽有痰，咳出来的是绿色的，三天了"),
    ("E", "my son has a chesty cough and has been vomiting green"),
    ("E", "宝宝咳嗽有痰，还吐了绿色的水"),
    ("E", "my 2 year old is vomiting green"),
]

# NHS.uk Raynaud's phenomenon (a GP): fingers or toes that go white, then blue, then red as they
# warm up, in the cold; NHS.uk blue skin or lips: blue lips stay 999
RAYNAUD_COLOUR_RUN: list[tuple[str, str]] = [
    ("!E", "in the cold my fingers go white, then bluish, then red when they warm up"),
    ("!E", "every winter my toes turn white and then a bit blue, then throb when warm"),
    ("!E", "一到冬天手指就会发白，然后变紫，暖和了又变红"),
    ("!E", "天冷嘅时候手指变晒白色，跟住变蓝，暖返就红晒"),
    ("E", "my baby's lips are bluish"),
    ("E", "宝宝嘴唇发紫"),
    # (coordinator at the merge: blue lips beside Raynaud's fingers stay 999; were non_urgent)
    ("E", "my fingers go white in the cold, but now my lips have gone blue"),
    ("E", "raynauds, fingers white then blue, and his tongue looks blue too"),
    ("E", "手指发白 现在嘴唇也发紫了"),
    ("E", "天冷手指变白，而家连嘴唇都变紫"),
]

KINDS: list[tuple[str, str]] = (
    NO_HELMET_FALL
    + PERIOD_LATE_WORD_BETWEEN
    + OPEN_FRACTURE_CANTONESE
    + STROKE_READ_OF
    + GREEN_PHLEGM_WITH_COUGH
    + RAYNAUD_COLOUR_RUN
)


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 50 closed here; the rest are named in the report
SET50_ROWS = [
    "f50-en-emg-003",
    "f50-zh-emg-004",
    "f50-zh-emg-007",
    "f50-en-slf-010",
    "f50-en-nur-004",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_50.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET50_ROWS)
def test_set50_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
