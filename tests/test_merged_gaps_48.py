"""Safety gaps the merged all-texts check found in session 48, with tests written before the mend.

Every stored text was read on the merged rules of session 48's eight helpers against the dump
of the commit they branched from: two emergencies had moved to ``non_urgent`` and an urgent
message to ``self_care``.

- rules-nd's "event dealt with" stand-down (``Clauses._dealt_with``: an alarming event days back,
  dealt with by care, the person well or in care now, is over) stood down a writer's own
  operation "discharged yesterday" although the pain was getting worse today with a fever and
  vomiting, and "admitted she took two pills" (a confession read as a hospital admission)
  although her heart was "still racing" 12 hours on. NHS.uk "when to call 999" is for the signs
  now: a danger told after the event as going on or growing (still, getting worse, 越来越, 还在)
  keeps it; "admitted" counts as care only as a hospital admission. It had also stood down a
  stent put in through the groin "yesterday", discharged "today", with an egg-sized lump by the
  wound now (``urgent`` gold, moved to ``self_care``): an operation or procedure told in the
  message is no event over (its discharge is a planned stay; a sign after it is a complication,
  NHS.uk after surgery), so the stand-down is not used then.
- rules-nh's 又 ("and also") among the Chinese adverbs after a subject made 肚子又胀又硬 (a
  belly swollen and hard, NICE CKS acute abdomen / MTS) read as nothing; 又 was taken out again
  (the stroke sentence it was added for is read by another route; tests/test_voice48_kinds.py).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, assert_row_reaches_gold, with_open

GOING_ON_AFTER_AN_EVENT_DEALT_WITH: list[tuple[str, str]] = [
    (
        "E",
        "had my gallbladder out by keyhole on monday, discharged yesterday, today the pain in my "
        "tummy is getting worse, temperature 38.6 and I've been sick twice",
    ),
    ("E", "我妈前天做了阑尾手术，昨天出院了，今天肚子越来越痛，发烧38.7度，还吐了两次"),
    (
        "U",
        "my son admitted he took two pills at a festival last night, he's home now but his heart "
        "is still racing 12 hours later and he can't stop clenching his jaw",
    ),
    # the event over and the person well, nothing going on: stays stood down (rules-nd)
    (
        "!E",
        "My brother had a seizure yesterday, the ambulance took him to hospital and he was "
        "discharged this morning, he's fine now. I've got a sore throat.",
    ),
    ("!E", "我婆婆前天晕倒，送医院，已经出院了，现在没事了。我自己有点咳嗽"),
]

EVENT_OPEN: dict[str, str] = {
    "My brother had a seizure yesterday, the ambulance took him to hospital and he was discharged this morning, he's fine now. I've got a sore throat.": (  # noqa: E501
        "emergency: rules-od's narrower stand-down (session 49, tests/test_past_events_49.py)"
        " reads 'this morning' in the event's own sentence as the event not over: kept"
    ),
}

BELLY_SWOLLEN_AND_HARD: list[tuple[str, str]] = [
    ("E", "我爸这两天没大便，现在肚子又胀又硬，吐了棕色的臭东西"),
    ("E", "阿爷肚又胀又硬，仲呕咗啡色嘅嘢"),
]

# NHS.uk wisdom tooth removal: the face swollen on one side for a few days after is expected
# (extraction_cheek_swelling with dental_extraction stands allergic_swelling_alone down); once
# rules-nc stopped reading a swelling likened to a blow as a blow, 半边脸都肿起来了，像被打了一样
# after a wisdom tooth came out was read as an allergic swelling (f71-zh-slf-012)
SWOLLEN_AFTER_A_TOOTH_OUT: list[tuple[str, str]] = [
    ("L", "拔了智齿两天，今天早上半边脸肿起来了，能吃东西，不发烧"),
    (
        "L",
        "had a wisdom tooth out on monday, half my face is swollen today, eating soup, no fever",
    ),
    ("U", "半边脸突然肿起来了，嘴唇也肿，不知道吃了什么"),
    ("U", "half my face suddenly swelled up and my lips are swollen, no idea why"),
]

# NHS.uk blood in semen: see a GP; rules-ng's "peeing normally" self-care evidence had made one
# told with normal bladder words self-care (f56-en-nur-010)
BLOOD_IN_SEMEN: list[tuple[str, str]] = [
    ("N", "noticed blood in my semen last night, no pain, peeing normally, only the once"),
    ("N", "昨晚发现精液里有血，不痛，小便正常，就一次"),
    ("N", "my semen looked pink this morning, weeing fine, 28"),
]

# Cantonese 肚 alone (belly) with 又胀又硬 and a vomit told 啡色嘅嘢 was an open row here; rules-oe
# (session 49) closed it (rigid_abdomen and haematemesis in gi.yaml; tests/test_noticed_gaps_49.py)
OPEN_BELLY: dict[str, str] = {}

ROWS = [
    ("fresh_levels_17.jsonl", "f17-zh-emg-011"),
    ("fresh_levels_71.jsonl", "f71-zh-slf-012"),
    ("fresh_levels_56.jsonl", "f56-en-nur-010"),
    ("fresh_levels_63.jsonl", "f63-zh-urg-018"),
    ("fresh_walk_10.jsonl", "walk10-zh-emg-029"),
]


@pytest.mark.parametrize(
    ("code", "text"), with_open(GOING_ON_AFTER_AN_EVENT_DEALT_WITH, EVENT_OPEN)
)
def test_a_danger_going_on_after_an_event_dealt_with(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BELLY_SWOLLEN_AND_HARD, OPEN_BELLY))
def test_a_belly_swollen_and_hard(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


# the English row was left open here; rules-oe (session 49) gave the decision's "face is
# swollen" group the tooth-out unless (NHS.uk wisdom tooth removal; tests/test_noticed_gaps_49.py)
OPEN_TOOTH: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(SWOLLEN_AFTER_A_TOOTH_OUT, OPEN_TOOTH))
def test_a_face_swollen_after_a_tooth_out(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BLOOD_IN_SEMEN))
def test_blood_in_semen_is_a_gps(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("file_name", "row_id"), ROWS)
def test_the_two_emergencies_moved_away_reach_their_gold(
    rules: RuleSet, file_name: str, row_id: str
) -> None:
    assert_row_reaches_gold(rules, file_name, row_id)
