"""Numbers read in their context: ages typed tersely, weeks of a pregnancy, the time since an
event as against how long a fever has lasted, and a count of doses.

NICE NG143 (fever in under 5s): the age band decides what a fever means (under 3 months with
38 °C or more: red, an emergency; 3 to 6 months with 39 °C or more: amber), and a fever for 5
days or more is amber; NHS 111 fever advice and NHS.uk high temperature (fever) in adults: a
fever that has lasted 3 days or more needs a same-day look, one that began this morning after
an unrelated event does not. NICE NG151 and the UKONS 24-hour triage tool: a temperature after
chemotherapy in the last 6 weeks is an emergency whenever it began. NHS.uk vaginal bleeding in
pregnancy: bleeding at any stage needs a midwife, GP or 111 the same day. NICE NG232 head
injury: a fall with a head injury at 65 or over needs a same-day scan assessment. A clinician's
"2/12", "6/52" and "28/40" are an age (months, weeks) and how far along a pregnancy is, never
a span of symptoms.

Written before any rule changed, in our own words (English; Chinese, simplified and
traditional). Wrong before the change: 42 of 70 items (ages 18 of 22, spans 9 of 15, levels 14
of 32, the 3-day fever rule beside a birth 1 of 1); 2 after (the opening "28 weeks," spans,
strict xfails below). Six level items (malaria travel, a mastitis reading) were added after the
first fix, when the all-texts comparison showed why two texts had reached their gold only by the
misread span or missed reading; one of them was wrong before (the Chinese Nigeria trip).
"""

from __future__ import annotations

import pytest

from clinical.ages import parse_age
from clinical.durations import duration_findings
from clinical.red_flags import RuleSet
from clinical.textprep import to_simplified
from tests.rule_levels import assert_reaches

AGES: list[tuple[str, float | None]] = [
    # a note's or a phone message's terse age: months with "m" before a child's word, a sex and
    # a number, a number set off at the start before a sex word
    ("18m girl, temp 39.6 and floppy", 1.5),
    ("9m boy with a runny nose", 0.75),
    ("6w baby, feeding less", round(6 * 7 / 365.25, 3)),
    ("woman 25, sore throat for 2 days, temp 38.1", 25.0),
    ("M 67, chest tightness on and off", 67.0),
    ("F 82, fell this morning, hit her head", 82.0),
    ("man, 71, fell on the stairs", 71.0),
    ("female 34 with burning when peeing", 34.0),
    ("41, female, pregnant, 28/40", 41.0),
    # a child's age in brackets or between commas, and "she is 4"
    ("my son (6) has a temp of 38.3", 6.0),
    ("my daughter, 4, has a temp of 38.2", 4.0),
    ("she is 4 and has a temp of 38.2", 4.0),
    ("he's 7, temperature 38.4 since last night", 7.0),
    # a clinician's months and weeks after the word for the child
    ("baby 6/52, temp 38.3", round(6 * 7 / 365.25, 3)),
    ("infant 2/12 with a temperature of 38.1", round(2 / 12, 3)),
    # 18个月女儿 / 10个月儿子: the child's age, not 18 months of fever
    ("18个月女儿发烧38.5，精神还可以", 1.5),
    ("我家10个月儿子发烧38.5，精神好", round(10 / 12, 3)),
    ("女儿一岁半，发烧38.3，吃喝正常", 1.5),
    # never an age: a count of doses, a temperature, a span, a pregnancy's weeks
    ("took 2 paracetamol, temp 38.1 since this morning", None),
    ("she is 38.5 and shivering", None),
    ("she is 2 weeks overdue and has a headache", None),
    ("coughing for 18 months", None),
]


@pytest.mark.parametrize(("text", "years"), AGES)
def test_an_age_is_read_from_its_context(text: str, years: float | None) -> None:
    assert parse_age(to_simplified(text)) == years


# How far along a pregnancy is, at the start of a message, is no span of symptoms (the rules'
# pregnancy reader takes it so, clinical/findings.py), but the span reader still counts it: read
# as weeks of pregnancy, walk4-en-neg-024 ("28 weeks, my ankles swell a bit by the evening, blood
# pressure was normal at my check") moves from its gold non_urgent to self_care, as its Chinese
# twin f31-zh-slf-004 (gold self_care) already is. Left open and reported, not forced; closed in
# session 42 (rules-hg, item 5 of tests/test_noticed_gaps_42b.py), that move reported.
OPEN_DURATIONS: list[tuple[str, list[float]]] = [
    ("28 weeks, lower back aches", []),
    ("34 weeks, swollen ankles since yesterday", []),
]


# closed in session 42 (rules-hg: clinical/durations.py, a message opening with 20 to 42 weeks)
@pytest.mark.parametrize(("text", "days"), OPEN_DURATIONS)
def test_an_opening_week_count_is_no_span(text: str, days: list[float]) -> None:
    assert [d.value for d in duration_findings(to_simplified(text))] == days


DURATIONS: list[tuple[str, list[float]]] = [
    ("孕28周，腰酸", []),
    ("懷孕八週，噁心想吐", []),
    # a child's age before the word for the child
    ("18个月女儿发烧38.5，精神还可以", []),
    ("18個月女兒發燒38.5，精神還可以", []),
    ("baby 6/52, temp 38.3", []),
    # the time since an event when the fever's own start is today: not the fever's span
    ("started a new job 2 weeks ago, since this morning a temperature of 38.3", []),
    ("we moved house 5 days ago and since this morning he has had a temp of 38.3", []),
    ("宝宝打完疫苗三天了，今天发烧38度", []),
    ("剖腹产后十天，今天开始发烧38.2", []),
    # spans of the fever itself still count
    ("fever for 5 days now, 38.6 and not going down", [5.0]),
    ("发烧五天了，一直38.5左右", [5.0]),
    ("had my operation 10 days ago and have had a fever ever since", [10.0]),
    ("the fever started 4 days ago and is still 38.5", [4.0]),
]


@pytest.mark.parametrize(("text", "days"), DURATIONS)
def test_a_span_is_read_from_its_context(text: str, days: list[float]) -> None:
    assert [d.value for d in duration_findings(to_simplified(text))] == days


LEVELS: list[tuple[str, str]] = [
    # NICE NG143 red: under 3 months with 38 °C or more, the age typed tersely
    ("E", "baby 6/52, temp 38.3"),
    ("E", "infant 2/12 with a temperature of 38.1"),
    ("E", "6w baby, temp 38.2"),
    ("E", "寶寶兩個月，發燒38.1"),
    ("E", "10周大的女儿发烧38.3"),
    # NICE NG143 green: an older baby's fever with good signs is no fever lasting months
    ("L", "我家10个月儿子发烧38.5，精神好"),
    ("L", "18个月女儿发烧38.5，精神还可以，吃喝正常"),
    # NICE NG151 / UKONS: a temperature after chemotherapy, the reading typed bare
    ("E", "had chemo 10 days ago, 38.2 since this morning"),
    ("E", "化疗后10天，今天发烧38.3"),
    ("E", "化療後一週，今天開始發燒38.4"),
    # NHS.uk vaginal bleeding in pregnancy: how far along typed as a clinician's /40
    ("U", "8/40 and some light spotting"),
    ("U", "6+3/40, cramping and light spotting"),
    # NICE NG232: 65 or over with a head injury from a fall, the age typed tersely
    ("U", "F 82, fell this morning, hit her head"),
    ("U", "man, 71, fell this morning and hit his head"),
    # NHS.uk fever in adults / NICE NG143: the fever began today, after an unrelated event
    (
        "L",
        "started a new job 2 weeks ago, since this morning a temperature of 38.3 and a sore throat",
    ),
    (
        "L",
        "we moved house 5 days ago and since this morning my son (6) has had a temperature of "
        "38.3, playing fine",
    ),
    ("L", "宝宝打完疫苗三天了，今天发烧38度，吃奶正常，宝宝8个月"),
    ("L", "寶寶打完疫苗三天了，今天發燒38度，吃奶正常，寶寶8個月"),
    # a fever that has truly lasted 3 days or more still reaches urgent
    ("U", "fever for 5 days now, 38.6 and not going down"),
    ("U", "temp of 38.5 that has lasted 4 days"),
    ("U", "发烧五天了，一直38.5左右"),
    ("U", "發燒已經四天，38.6度"),
    ("U", "had my operation 10 days ago and have had a fever ever since"),
    ("U", "got back from holiday a week ago, the fever started 4 days ago and is still 38.5"),
    # NHS.uk malaria: a fever after travel to a malaria area is urgent whenever the fever began
    # (the trip's days are no fever's days, so the travel itself is read)
    ("=U", "Got back from Ghana 5 days ago, fever 38.8 and headache since yesterday"),
    (
        "=U",
        "back from a trip to Nigeria last week and I've had a high temperature since last night",
    ),
    ("=U", "上周刚从尼日利亚出差回来，昨晚开始发烧38.9"),
    ("=U", "從肯亞旅遊回來三天，今天開始發燒39度"),
    # NHS.uk mastitis: the bare reading is the breastfeeding mother's, beside her inflamed breast
    (
        "=U",
        "breastfeeding my 6 week old, I have a hot red painful patch on my breast and I feel "
        "fluey, 38.3 since yesterday",
    ),
    ("=U", "breastfeeding my 5 week old, sore hot area on my breast, 38.5 since this morning"),
    # a count of doses is no age and no span
    ("!E", "took 2 paracetamol, temp 38.1 since this morning"),
    ("!E", "今天吃了3次退烧药，孩子4岁，发烧38.5"),
]


@pytest.mark.parametrize(("expected", "text"), LEVELS)
def test_a_number_in_context_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


def test_a_fever_begun_today_is_not_a_fever_lasting(rules: RuleSet) -> None:
    """剖腹产后十天 is ten days since the birth: the postnatal fever rule fires, the 3-day fever
    rule does not (the fever began today)."""
    fired = [hit.rule_id for hit in rules.evaluate("剖腹产后十天，今天开始发烧38.2")]
    assert "postpartum_fever" in fired
    assert "fever_over_3_days" not in fired


# The same kinds in other words, written after the first fix (wrong before the second: 6 of 24;
# 1 after, a strict xfail): forum "DS" before a clinician's months, a baby's age in months and
# days (零), a fever's day counted "now day 5", shivering after a trip, and the first fix's
# readings said again.
OTHER_WORDS: list[object] = [
    ("E", "DS 2/12, temp 38.1"),
    ("E", "dd 9/52 and 38.4 on the thermometer"),
    ("E", "son 7/52 feels hot, 38.2 on the thermometer"),
    # (a baby of 3 to 6 months with any fever is urgent by baby_fever_age_unknown: 8 months here)
    ("L", "宝宝8个月零10天，发烧38.3，吃奶正常，精神好"),
    ("L", "女儿一岁零两个月，发烧38.5，吃喝正常，精神很好"),
    ("U", "fever since Monday, now day 5, still 38.7"),
    pytest.param(
        "U",
        "temperature on and off, it's now day 6 and still 38.5",
        marks=pytest.mark.xfail(
            strict=True, reason="open: 'temperature on and off' reads as episodic_crying, no fever"
        ),
    ),
    ("U", "4m boy, temp 39.3"),
    ("U", "3/12 old girl, temp 39.2, feeding less"),
    ("U", "孕八周，有点见红"),
    ("U", "6/40, some bleeding this morning"),
    ("U", "gave birth 8 days ago, temp 38.4 since last night"),
    ("L", "had my flu jab 2 days ago, temp 37.9 since this morning, arm sore"),
    ("L", "my daughter, 3, had her jabs 4 days ago, 38.1 since lunchtime, eating and playing"),
    (
        "L",
        "moved to a new nursery 2 weeks ago, since yesterday evening she has a temp of 38.2, "
        "she is 2, playing happily",
    ),
    ("E", "last chemo was 9 days ago, 38.3 since last night"),
    ("E", "化疗结束一周了，今天早上开始发烧38.5"),
    ("U", "发烧第五天了，还是39度"),
    ("U", "F 70 fell and banged her head this morning"),
    ("U", "male 80, fell out of bed, hit head"),
    ("!E", "took 2 nurofen 3 times today for a sore throat"),
    ("U", "back from Kenya 2 weeks ago, shivery and 38.9 since this morning"),
    ("U", "從迦納回來一個月，昨天開始發燒39度"),
    ("=U", "breastfeeding my 7 week old, red patch on my breast, I have a temp of 38.6"),
]


@pytest.mark.parametrize(("expected", "text"), OTHER_WORDS)
def test_the_same_kinds_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
