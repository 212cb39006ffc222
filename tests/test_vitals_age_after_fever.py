"""An age said after a fever word is an age, not a temperature (NEWS2 reads a temperature).

Fresh set 25 (session 22, dictated and panic voices) showed four self-care messages sent to an
emergency: "冇發燒 ... 我二十八歲" was read as a temperature of 28 °C, a hypothermia red flag.
The same held in English ("no fever im 31"). A number followed by an age unit, or a whole
number introduced by the person ("I'm", "she's", 我, 今年), is an age; a reading with a tenth,
or one with its degree, is still a temperature.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet, load_rules
from clinical.vitals import parse_vitals
from states.disposition import Disposition

AGES = [
    "sore throat no fever im 31",
    "sore throat, no temperature and I am 33 years old",
    "no fever I am 30 yrs",
    "stiff neck from sleeping funny, no temp, I'm 29",
    "cough for 3 days no fever she is 27 and otherwise well",
    "没有发烧 我三十一岁",
    "冇發燒 我二十八歲 喉嚨痛",
    "沒有發燒 眼睛不腫 我三十三歲",
    "不发烧 今年三十岁 就是嗓子疼",
    "没发烧 他三十二岁 咳嗽三天",
    "no fever, aged 34, sore knee after running",
    "never had a temperature he's 30 y/o",
]

READINGS = [
    ("temp 34.5 and shivering", 34.5),
    ("fever im 39.4", 39.4),
    ("my temp is 39", 39.0),
    ("发烧到三十九度 我三十岁", 39.0),
    ("体温三十四度 我八十岁", 34.0),
    ("fever 39 for 2 days", 39.0),
    ("he has a fever 40 he is 3", 40.0),
    ("temperature 35 she is very cold", 35.0),
]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


@pytest.mark.parametrize("text", AGES)
def test_an_age_after_a_fever_word_is_not_a_temperature(rules: RuleSet, text: str) -> None:
    assert parse_vitals(text).temperature_c is None
    level, hits = rules_only_level(text, rules)
    assert level is not Disposition.EMERGENCY, [h.rule_id for h in hits]
    assert not {h.rule_id for h in hits} & {"vital_temperature_low", "news2_single_parameter"}


@pytest.mark.parametrize(("text", "celsius"), READINGS)
def test_a_reading_is_still_a_temperature(text: str, celsius: float) -> None:
    assert parse_vitals(text).temperature_c == celsius
