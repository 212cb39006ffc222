"""A sender who corrects themselves mid-message (session 35, helper cq).

Patients type fast and fix a slip in the same message: "38.2, sorry I mean 39.2", "she's 4
months, no wait, 10 weeks", "it's been 5 days not 2", 不对，是三十九度五, 講錯咗，係八十九,
打錯了，是八週大, "he didn't hit his head, actually he did". The corrected account is what
counts: a corrected number (a temperature, an age, a pulse, a saturation, a count of tablets, a
number of days) replaces the first, and a retracted negation counts as present. The thresholds
the corrected numbers cross are the published ones the rules already use: NICE NG143 (a baby
under 3 months at 38 °C or more is red, 3-6 months at 39 °C amber, a fever of 5 days or more
amber, a heart rate over 160 under 1 year amber), NICE NG51 (a heart rate over 130), NHS
oximetry at home (92% or less), TOXBASE / NHS.uk overdose (ten tablets or more at once) and
NICE NG232 (vomiting more than once after a head injury).

Safety (DESIGN.md, docs/rule-layer.md "Nothing is dropped silently"): a correction that would
take an emergency away does not lower the level silently: the emergency the first account gave
is kept (`KEEPS_EMERGENCY`).

Written before any rule changed; at `a5abf29` 15 of the 45 items were wrong (12 of the 17
raising, 1 of the 5 retracted negations, 2 of the 4 lowering; the kept emergencies and the
corrections that change nothing were right). Two sentences first written as lowering (a pulse of
135 with a chest infection, a baby's 170) were moved to the kept emergencies before any change:
their first account is an emergency, which the correction must not drop silently. After the
change 14 of the 15 are right; the one left ("I got 37.8, sorry I mean 38.4" in a 10-week-old) is
a strict xfail: the correction is read, but "I got 38.4" is no temperature even said alone.
"""

from __future__ import annotations

import pytest

from clinical.ages import parse_age
from clinical.corrections import read_corrections
from clinical.red_flags import RuleSet, load_rules
from clinical.vitals import parse_vitals
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

# the corrected number or the retracted negation crosses a threshold upwards
RAISES: list[object] = [
    pytest.param(
        "E",
        "my 10 week old feels warm, I got 37.8, sorry I mean 38.4",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the correction is read ('I got 38.4'), but a reading told by 'I got' is "
            "not read as a temperature even when said once: another kind of wording",
        ),
    ),
    ("E", "my baby is 4 months, no wait, 10 weeks old, temperature 38.3"),
    ("E", "I have a chest infection and my pulse is 110, sorry I mean 135"),
    ("E", "dad's oxygen is 95%, sorry I meant 91%, he has covid"),
    ("E", "I took 4 paracetamol, sorry I mean 24, about an hour ago"),
    ("U", "my 3 year old has had a fever for 2 days, actually it's been 5 days not 2"),
    ("U", "4 month old, temp 38.2, sorry I mean 39.2"),
    ("U", "my 8 month old's heart rate is 150, sorry I mean 170, she has a cold"),
    ("E", "宝宝十周大，刚量了体温37.6，打错了，是38.6"),
    ("E", "宝宝四个月，不对，是十周，发烧38.5度"),
    ("E", "個BB四個月，唔係，係七個禮拜，燒到38.4度"),
    ("E", "寶寶四個月大，打錯了，是八週大，發燒38.6度"),
    ("E", "阿爸血氧九十五，講錯咗，係八十九"),
    ("E", "我爸血氧95%，更正一下，是89%"),
    ("E", "我吃了四片扑热息痛，我说错了，是二十四片"),
    ("U", "孩子发烧两天了，我说错了，是五天了"),
    ("U", "宝宝5个月，烧到三十八度五，不对，是三十九度五"),
]

# a retracted negation: the corrected account is present
RETRACTED_NEGATIONS: list[tuple[str, str]] = [
    (
        "E",
        "he fell off the bunk bed, he didn't hit his head, wait no, he did hit his head, and "
        "he's been sick three times since",
    ),
    (
        "E",
        "my son fell down the stairs, he didn't hit his head, actually he did, and he's been "
        "sick twice",
    ),
    ("E", "孩子从床上摔下来，没有撞到头，不对，其实有撞到头，吐了三次"),
    ("E", "個仔跌落床，冇撞到個頭，唔係，有撞到，嘔咗三次"),
    ("U", "my 6 week old, I said no fever but actually he felt really hot last night"),
]

# the corrected number falls below an urgent threshold: the corrected account counts
LOWERS: list[tuple[str, str]] = [
    (
        "L",
        "my 3 year old has had a temperature for 5 days, sorry I mean 2 days, she's eating "
        "and playing normally",
    ),
    ("L", "孩子发烧五天了，说错了，是两天，精神很好，吃喝正常"),
    (
        "L",
        "my 4 year old has had a cough for 6 days, sorry I mean 3 days, he's fine otherwise, "
        "eating and playing",
    ),
    ("L", "我女儿三岁，咳嗽六天，打错了，是三天，精神好，吃得下"),
]

# the first account was an emergency: the correction must not lower it silently
KEEPS_EMERGENCY: list[str] = [
    "my 6 week old is 38.4, sorry I mean 37.4, she's feeding fine",
    "I took 24 paracetamol, sorry I mean 4, for my headache",
    "血氧89，打错了，是98",
    "寶寶兩個月，發燒38.5度，講錯咗，係37.5度",
    "I have a chest infection, pulse 135, sorry I mean 105, feeling a bit better",
    "my 9 month old has a cold, heart rate 170, no wait, 130, she's feeding fine",
]

# a correction that changes nothing, or an "actually" that corrects nothing
UNCHANGED: list[tuple[str, str]] = [
    ("E", "his right arm went weak suddenly and his face is drooping, sorry I mean his LEFT arm"),
    ("E", "左边手突然没力，嘴巴歪了，说错了，是右边"),
    ("E", "my 5 week old is 38.5, sorry I mean 38.7"),
    ("!E", "temperature 38.5, sorry I mean 38.6, I'm 30 with a cold, otherwise ok"),
    ("L", "sore throat for 2 days, I mean 3 days, mild, eating and drinking fine"),
    ("L", "喉咙痛，前天开始的，我说错了，是昨天晚上开始的，不严重，吃喝正常"),
    ("L", "我喉嚨有點痛，打錯了，是鼻塞，兩天了，不嚴重"),
    ("!E", "I'm 38 weeks pregnant, actually 38+2, all well, just asking about the birth plan"),
    ("L", "I took 2 paracetamol for my headache yesterday, actually it helped a lot, mild now"),
    ("!E", "我發燒38度，唔係，係38.3度，喉嚨痛，兩日"),
    ("!E", "my 2 year old's temp was 38.5, no wait, 38.7, runny nose, playing happily"),
    (
        "!E",
        "I'm 25, sorry, 26 weeks pregnant, baby moving normally, just a question about heartburn",
    ),
    ("L", "I'm 34, no sorry 35, mild cold for 3 days, getting better"),
]


# written after the change, in other words (Taiwan's 普拿疼 and 抱歉我是說, Hong Kong's 講錯咗
# and 唔係, NHS.uk cough: 3 weeks or more is a GP's, NICE NG133 pre-eclampsia signs): all right
# at their first run
OTHER_WORDS: list[tuple[str, str]] = [
    ("E", "my daughter is 7 months, sorry I meant 7 weeks, temp 38.1"),
    ("E", "抱歉，我是說錯了，寶寶是七週大不是七個月，發燒38.3度"),
    ("E", "他吃了5顆普拿疼，抱歉我是說15顆"),
    ("E", "嘔咗兩次，唔係，係四次，佢撞到個頭"),
    ("U", "I'm 12 weeks, sorry I mean 32 weeks pregnant, bad headache and blurred vision"),
    ("N", "I've had this cough for 4 days, sorry I mean 4 weeks, otherwise well"),
    (
        "S",
        "I've had this cough for 4 weeks, sorry I mean 4 days, just a tickly cough, otherwise well",
    ),
    ("S", "咳嗽咗三個禮拜，講錯咗，係三日，其他都正常，食得瞓得"),
    # a bare "actually" and a time after it is a new reading, not a slip: NICE NG143 does not
    # judge a fever by its response to an antipyretic, so 39.2 at 4 months stays amber
    ("U", "my 4 month old was 39.2, actually 38.2 now after Calpol"),
    # a bare "no" or "wait" between two numbers (3 of 4 wrong at their first run, after 608dd90)
    ("E", "he has taken 8, no 18 paracetamol"),
    ("E", "dad's sats 95 - no, 91, he has covid"),
    ("E", "my 10 week old's temp is 37.9 oh wait it says 38.1"),
    ("E", "she is 4 months, wait, 11 weeks old, temp 38.2"),
]


@pytest.mark.parametrize(("code", "text"), RAISES)
def test_a_corrected_number_raises_the_level(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), RETRACTED_NEGATIONS)
def test_a_retracted_negation_counts(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), LOWERS)
def test_a_corrected_number_lowers_the_level(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize("text", KEEPS_EMERGENCY)
def test_a_correction_never_drops_an_emergency_silently(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "E", text)


@pytest.mark.parametrize(("code", "text"), UNCHANGED)
def test_a_correction_that_changes_nothing(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


# what the record keeps of the message (``agent/nodes/extract.py`` reads vitals and ages for
# sure): the corrected number, not the one taken back (written after the rule change; 3 of 4
# wrong at their first run)
RECORDED_VITALS: list[tuple[str, str, float]] = [
    ("temp 38.2, sorry I mean 39.2", "temperature_c", 39.2),
    ("體溫三十八度五，講錯咗，係三十九度五", "temperature_c", 39.5),
]
RECORDED_AGES: list[tuple[str, float]] = [
    ("my baby is 4 months, no wait, 10 weeks old", 0.192),
    ("寶寶四個月大，打錯了，是八週大", 0.153),
]


@pytest.mark.parametrize(("text", "field", "value"), RECORDED_VITALS)
def test_the_record_keeps_the_corrected_reading(text: str, field: str, value: float) -> None:
    assert getattr(parse_vitals(text), field) == value


@pytest.mark.parametrize(("text", "years"), RECORDED_AGES)
def test_the_record_keeps_the_corrected_age(text: str, years: float) -> None:
    age = parse_age(text)
    assert age is not None and abs(age - years) < 0.01, age


@pytest.mark.parametrize(("code", "text"), OTHER_WORDS)
def test_a_correction_in_other_words(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


# what the reader leaves as written: no correction, or a correction of another thing (written
# after the change, each right at its first run)
NOT_CORRECTIONS = [
    "age 45, no 2 kids",
    "my 4 month old was 39.2, actually 38.2 now after Calpol",
    "pain 8 out of 10, sorry 9",
    "temp 38.5 at 2pm, actually 39 now",
    "不舒服，不对，有点痛",
    "没有发烧，不对，有咳嗽",
    "he didn't vomit, actually he has a headache",
    "看一下，不对，是三十八度",
    "my temperature was 38.5 yesterday, actually 39 today",
]


@pytest.mark.parametrize("text", NOT_CORRECTIONS)
def test_no_correction_is_read_where_none_is_said(text: str) -> None:
    assert read_corrections(text) == text


# A word taken back (``clinical.corrections.retract``, rules-cs) blanks the sign before the
# rules read it. An emergency the message gave as typed is then asked about once, as a negated
# sign is, never dropped silently (issue 13; DESIGN.md). Both sentences had no question on the
# merged rules before ``RuleSet._taken_back`` (the burn's first mention blanked, nothing held back).
TAKEN_BACK_FROM_AN_EMERGENCY = [
    "got a bit burnt on my face at the beach today, sorry not my face its my shoulders, "
    "theyre pink and a bit sore but no blisters",
    "burnt my face on the oven door, sorry, not my face, my forearm, pink and sore",
]


@pytest.mark.parametrize("text", TAKEN_BACK_FROM_AN_EMERGENCY)
def test_a_word_taken_back_from_an_emergency_is_asked_about(text: str) -> None:
    check = load_rules().check(text)
    assert check.level is not Disposition.EMERGENCY
    asked = [h for h in check.held_back if h.reason == "negated"]
    assert asked, "the emergency as typed must be asked about"
    assert all(h.question.startswith("To be sure") for h in asked)


# A blood pressure taken back across a sentence ("230/130 ... actually I misread it, it's
# 150/90") is read by its newest reading (NICE NG136: the reading read right). The emergency the
# reading as typed gave is asked about once, never dropped silently (issue 13). Written before
# the vital rules were taken into ``RuleSet._taken_back``: both had no question then.
READING_TAKEN_BACK_FROM_AN_EMERGENCY = [
    "bp machine said 230/130 this morning. actually i read it wrong, it says 150/90, feel fine",
    "my mum's blood pressure was 240/125 on the home monitor. oops, correction, it was 140/85",
]


@pytest.mark.parametrize("text", READING_TAKEN_BACK_FROM_AN_EMERGENCY)
def test_a_reading_taken_back_from_an_emergency_is_asked_about(text: str) -> None:
    check = load_rules().check(text)
    assert check.level is not Disposition.EMERGENCY
    asked = [h for h in check.held_back if h.reason == "negated"]
    assert asked, "the emergency reading as typed must be asked about"
    assert all(h.question.startswith("To be sure") for h in asked)
    assert any("blood pressure" in h.question for h in asked)
