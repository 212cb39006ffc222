"""Two ways a real message says a danger sign that the rules missed, written from the sign
lists rather than from any evaluation case:

- A child's age written straight after the word for the child, without "my" ("baby 6 weeks,
  temp 38.3", "baby girl 8 weeks"): NICE NG143 makes 38 °C or more under 3 months red, and the
  weeks are the baby's age, not how long the fever has lasted.
- A Chinese adverb between the part of the body and the sign: a minimiser (有点, 有些, 稍微,
  Cantonese 有啲 / 少少), an intensifier (很, 非常, 越来越) or a time word (突然, 一直) sits
  before the predicate ("说话有点不清楚", "舌头突然不灵", "胳膊有点抬不起来"). NHS.uk stroke
  (FAST: speech slurred or garbled, an arm that cannot be lifted), sepsis (mottled skin) and
  reduced consciousness (NEWS2 "new confusion", AVPU) name the sign; how little the patient
  makes of it does not change it (Manchester Triage: a discriminator present is present).
"""

from __future__ import annotations

import pytest

from clinical.ages import age_findings
from clinical.first_message import rules_only_level
from clinical.questions import load_questions
from clinical.red_flags import load_rules


@pytest.fixture(scope="module")
def rules():  # type: ignore[no-untyped-def]
    return load_rules(), load_questions()


def _level(text: str, rules) -> str:  # type: ignore[no-untyped-def]
    level, _ = rules_only_level(text, *rules)
    return level.value


@pytest.mark.parametrize(
    ("text", "weeks"),
    [
        ("baby 6 weeks, temp 38.3", 6),
        ("baby girl 8 weeks, 38.4 on the thermometer", 8),
        ("newborn boy 3 weeks feeding less", 3),
        ("Baby 7 wks, hot and sleepy", 7),
        ("infant 10 weeks temp 38", 10),
    ],
)
def test_a_babys_age_after_the_word_for_the_baby(text: str, weeks: int) -> None:
    assert [round(f.value * 365.25 / 7) for f in age_findings(text)] == [weeks]


@pytest.mark.parametrize(
    "text",
    [
        "had the baby 6 weeks ago, stitches sore",
        "baby 6 weeks early, now 4 months old",
        "baby 3 weeks overdue yet",
    ],
)
def test_weeks_that_are_no_babys_age(text: str) -> None:
    assert all(f.value * 365.25 / 7 > 13 or "old" in f.words for f in age_findings(text)), (
        age_findings(text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "baby 6 weeks, temp 38.3",
        "probably nothing, baby 6 weeks, a bit hot 38.3",
        "baby girl 8 weeks, 38.4",
        "newborn 5 weeks temp 38.1, not feeding much",
    ],
)
def test_a_feverish_baby_under_3_months_is_an_emergency(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) == "emergency"


EMERGENCIES = [
    # NHS.uk stroke, FAST: speech
    "说话有点不清楚，从中午开始",
    "我爸说话突然有点不清楚",
    "讲话有些含糊，半小时了",
    "舌头有点不灵，说话费劲",
    "说话有点不利索，刚才开始的",
    "讲嘢有啲唔清楚，啱啱开始",
    # FAST: arm
    "胳膊有点抬不起来，右边，一个小时前开始",
    "一边手脚突然有点冇力",
    # reduced consciousness (NEWS2 new confusion; AVPU)
    "眼睛有点睁不开，叫他也不太理",
    "人有点不太清醒，一直想睡",
    # sepsis (NICE NG51: mottled or ashen skin), with a fever
    "发烧39度，皮肤有点花斑",
]

NOT_EMERGENCIES = [
    "嗓子有点哑，两天了，吃喝正常",  # a hoarse voice with a cold
    "手有点麻，早上睡醒压到了，现在好了",  # pins and needles after lying on an arm
    "说话没有不清楚，就是有点累",  # speech said clear
    "眼睛有点干，看电脑看久了",  # dry eyes
    "肚子有点胀，吃多了",  # bloated after a meal
]


@pytest.mark.parametrize("text", EMERGENCIES)
def test_an_adverb_before_the_sign_keeps_it(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) == "emergency"


@pytest.mark.parametrize("text", NOT_EMERGENCIES)
def test_the_mild_look_alikes_stay_below_an_emergency(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) != "emergency"


# A home thermometer's reading typed as a parent types it: with a bare "C", with "on the
# thermometer" after it, or alone between commas. Never a BMI, a pregnancy's weeks or a weight.
@pytest.mark.parametrize(
    "text",
    ["8 week old baby, 38.4C", "8 week old baby, 38.4 on the thermometer", "6 week old, 38.2"],
)
def test_a_reading_typed_without_its_word_is_a_temperature(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "BMI 38.4, want advice on losing weight",
        "38.5 weeks pregnant, mild backache, baby moving well",
        "she weighs 38.4 kg, asking about a diet",
    ],
)
def test_other_decimals_are_no_temperature(text: str) -> None:
    from clinical.vitals import vital_findings

    assert "temperature_c" not in vital_findings(text)


# NHS.uk stroke, FAST: speech said as the effort of getting words out, played down or not
@pytest.mark.parametrize(
    "text",
    [
        "having a bit of trouble getting my words out",
        "struggling to get my words out since this morning",
        "Mum is finding it hard to get her words out, started an hour ago",
        "dad, 70, suddenly started stammering and can't get his words out this morning",
    ],
)
def test_the_effort_of_getting_words_out_is_a_speech_sign(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) == "emergency"


@pytest.mark.parametrize(
    "text",
    [
        "no trouble getting my words out, just a sore throat and a hoarse voice",
        "my 2 year old has trouble getting his words out when he's excited, always has",
        "I've had a stammer all my life, struggle to get my words out when nervous",
        "我从小就口吃，紧张的时候说话不清楚",
    ],
)
def test_speech_effort_denied_or_lifelong_is_no_stroke(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) != "emergency"


# 没有呼吸困难 ("no difficulty breathing") held 没有呼吸 ("not breathing") and was an emergency,
# alone or in a mild cough (found by rules-ax, session 20). The denial of a breathing problem is
# no apnoea; 没有呼吸了 and 倒地没有呼吸 stay 999 (Resuscitation Council UK).
@pytest.mark.parametrize(
    "text",
    [
        "没有呼吸困难",
        "咳嗽三天，没有呼吸困难，吃喝正常",
        "沒有呼吸困難，就是流鼻涕",
        "孩子发烧38度，没有呼吸急促，精神好",
        "没有呼吸问题，只是喉咙痛",
        "没有呼吸道症状，就是膝盖痛",
    ],
)
def test_a_breathing_problem_denied_is_no_apnoea(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) != "emergency"


@pytest.mark.parametrize("text", ["爸爸倒在地上，没有呼吸了", "宝宝突然没有呼吸，脸发紫"])
def test_not_breathing_stays_an_emergency(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) == "emergency"


# NHS England's over-the-counter list names mouth ulcers; 溃疡 alone also stands in 溃疡性结肠炎
# (ulcerative colitis) and 胃溃疡 (a stomach ulcer), which are no minor illness: ulcerative
# colitis with 7-8 bloody stools a day was self_care (NICE NG130: a severe flare, same day).
@pytest.mark.parametrize(
    "text", ["溃疡性结肠炎 一天拉七八次 大部分带血", "胃溃疡又痛了，大便有点黑"]
)
def test_a_disease_named_with_ulcer_is_no_mouth_ulcer(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) not in ("self_care", "emergency")


@pytest.mark.parametrize("text", ["舌头上长了个溃疡，有点痛，三天了", "嘴里长溃疡，吃东西有点痛"])
def test_a_mouth_ulcer_is_still_a_minor_illness(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert _level(text, rules) == "self_care"
