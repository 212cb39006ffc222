"""An answer read as the answer to the question it answers: a bare "7 weeks" to an age question
is the age (never how long a fever has lasted), and a yes to "Is your baby younger than 3
months?" says so. A feverish baby whose age is learnt only from an answer is NICE NG143's red
(under 3 months, 38 °C or more: 999); before this, such a conversation ended `urgent` with "a
fever lasting 3 days or more" as its reason.
"""

from __future__ import annotations

import pytest

from clinical.answers import read_answer
from clinical.durations import bare_age
from clinical.questions import load_questions
from clinical.red_flags import load_rules
from states.record import IntakeRecord
from tests.test_graph import Graph


@pytest.mark.parametrize(
    ("answer", "years"),
    [
        ("7 weeks", 7 * 7 / 365.25),
        ("she's 7 weeks", 7 * 7 / 365.25),
        ("no, 10 months", 10 * 30 / 365.25),
        ("about 6 weeks old", 6 / 52),
        ("2个月", 2 * 30 / 365.25),
        ("8个月", 8 * 30 / 365.25),
        ("不是，8个月", 8 * 30 / 365.25),
        ("是的，6周", 6 * 7 / 365.25),
        ("10个月了", 10 * 30 / 365.25),
    ],
)
def test_a_bare_count_and_unit_is_an_age(answer: str, years: float) -> None:
    assert bare_age(answer) == pytest.approx(years, abs=0.01)


@pytest.mark.parametrize(
    "answer", ["yes", "for 3 days", "7 weeks, and coughing", "since 2 weeks ago", "不知道"]
)
def test_anything_more_is_no_bare_age(answer: str) -> None:
    assert bare_age(answer) is None


def test_an_answer_to_an_age_question_fills_the_age_not_the_duration() -> None:
    record = IntakeRecord(chief_complaint="fever")
    update = read_answer("7 weeks", fills="screening", record=record, asks_age=True)
    assert update.age_years == pytest.approx(0.134, abs=0.001)
    assert not update.symptoms  # not "7 weeks" of fever
    elsewhere = read_answer("7 weeks", fills="screening", record=record)
    assert elsewhere.age_years is None  # to another question it is how long


@pytest.mark.parametrize(
    ("first", "answer"),
    [
        ("my baby has a temperature of 38.4", "7 weeks"),
        ("my baby has a temperature of 38.4", "she's 6 weeks"),
        ("my baby has a temperature of 38.4", "yes"),
        ("my baby feels hot, 38.2 on the thermometer", "yes she is"),
        ("宝宝发烧38.5度", "2个月"),
        ("宝宝发烧38.5度", "是的"),
        ("宝宝发烧38度，不肯吃奶", "才7周"),
    ],
)
async def test_a_feverish_baby_under_3_months_by_its_answer_is_an_emergency(
    first: str, answer: str
) -> None:
    graph = Graph("phrasing")
    state = await graph.say(first)
    assert state["question"]["id"] == "fever_child.under_3_months"
    state = await graph.say(answer)
    assert state["stage"] == "emergency", [f["flag_id"] for f in state["red_flags"]]
    emergency = [f for f in state["turn_flags"] if f["level"] == "emergency"]
    assert emergency and all(f["source"] == "rule" and f["guideline"] for f in emergency)
    assert "fever_over_3_days" not in {f["flag_id"] for f in state["red_flags"]}


@pytest.mark.parametrize(
    ("first", "answers"),
    [
        ("宝宝发烧38.5度，有点咳嗽", ["8个月", "不是", "没有", "正常", "今天早上"]),
        ("my baby has a temperature of 38.4 and a runny nose", ["no, 10 months", "no", "no"]),
    ],
)
async def test_an_older_baby_s_age_is_never_read_as_days_of_fever(
    first: str, answers: list[str]
) -> None:
    graph = Graph("phrasing")
    state = await graph.until_done(first, answers)
    assert state["record"]["age_years"] > 0.5
    assert "fever_over_3_days" not in {f["flag_id"] for f in state["red_flags"]}
    assert state["stage"] != "emergency"


async def test_how_long_a_fever_has_lasted_still_counts() -> None:
    graph = Graph("phrasing")
    answers = ["no, 10 months", "no", "no", "yes", "this morning", "3 days"]
    state = await graph.until_done("my baby has a temperature of 38.4 and a runny nose", answers)
    assert "fever_over_3_days" in {f["flag_id"] for f in state["red_flags"]}


def test_every_concept_a_yes_affirms_is_one_the_rules_know() -> None:
    bank, rules = load_questions(), load_rules()
    named = [q.yes_affirms for f in bank.families.values() for q in f.questions if q.yes_affirms]
    named += [q.yes_affirms for q in bank.general if q.yes_affirms]
    assert named and all(c in rules.concept_ids for c in named), named


def test_only_a_flag_raised_for_want_of_an_age_lapses_and_never_an_emergency() -> None:
    rules = load_rules()
    assert rules.lapsed("baby_fever_age_unknown", 10 * 30 / 365.25)
    assert not rules.lapsed("baby_fever_age_unknown", 4 * 30 / 365.25)  # 3 to 6 months: amber
    assert not rules.lapsed("baby_fever_age_unknown", None)
    assert not rules.lapsed("vital_heart_rate_high", 5.0)  # an emergency always stands
    assert not rules.lapsed("infant_fever_under_3_months", 10.0)  # raised with an age, not without


UNSURE_ZH = ["不是", "没有", "正常", "今天早上", "3分", "不确定", "不确定", "不确定", "不确定"]


@pytest.mark.parametrize(
    ("first", "answers"),
    [
        ("宝宝发烧38.5度，有点咳嗽", ["8个月", *UNSURE_ZH]),
        ("my baby has a temperature of 38.4 and a runny nose", ["no, 10 months", *["no"] * 10]),
    ],
)
async def test_a_fever_in_a_baby_of_unknown_age_stands_down_when_the_age_is_older(
    first: str, answers: list[str]
) -> None:
    graph = Graph("phrasing")
    state = await graph.say(first)
    assert state["rule_level"] == "urgent"  # age unknown: NICE NG143, assess today
    for answer in answers:
        if state["stage"] != "collecting":
            break
        state = await graph.say(answer)
    assert state["stage"] == "advice"
    assert state["advice"]["disposition"] in ("non_urgent", "self_care")
    assert "age is not known" not in state["reply"] and "尚不知道月龄" not in state["reply"]


async def test_a_fever_at_4_months_stays_urgent() -> None:
    graph = Graph("phrasing")
    answers = ["no, she's 4 months", *["no"] * 10]
    state = await graph.until_done("my baby has a temperature of 38.4 and a runny nose", answers)
    assert state["stage"] == "advice" and state["advice"]["disposition"] == "urgent"


# A child's age told after "of" or "aged" with its unit ("my baby of 6 weeks", "baby aged 6
# weeks") is the age: before, the first was read as a fever of 6 weeks (`fever_over_3_days`,
# `urgent`) and the second as 6 years, so neither feverish baby reached NICE NG143's red.
@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("my baby of 6 weeks has a temperature", 6 * 7 / 365.25),
        ("a little one of 7 weeks", 7 * 7 / 365.25),
        ("my grandson of 2 months", 2 / 12),
        ("baby aged 6 weeks", 6 * 7 / 365.25),
        ("aged 10 months, fever", 10 / 12),
        ("a child of 5", 5.0),
        ("my daughter of 3 has a fever", 3.0),
        ("a woman of 80", 80.0),
        ("aged 45", 45.0),
    ],
)
def test_an_age_after_of_or_aged_is_an_age(text: str, years: float) -> None:
    from clinical.ages import age_findings
    from clinical.durations import duration_findings

    assert [a.value for a in age_findings(text)] == [pytest.approx(years, abs=0.001)]
    assert duration_findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "my husband of 20 years",
        "a mother of 3 children",
        "my son of 12 years ago",
        "baby at 6 weeks",
    ],
)
def test_of_before_a_count_that_is_no_age(text: str) -> None:
    from clinical.ages import age_findings

    assert age_findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "what is the best way to treat athletes foot? (also my baby of 6 weeks has a temperature "
        "of 38.5)",
        "baby aged 6 weeks, temp 38.2",
    ],
)
def test_a_feverish_baby_of_weeks_is_an_emergency(text: str) -> None:
    from clinical.first_message import rules_only_level

    level, *_ = rules_only_level(text, load_rules(), load_questions())
    assert level.value == "emergency"
