"""A fresh walk of published lists, written by someone who had not read the rules.

``tests/data/fresh_walk_3.jsonl`` holds 200 sentences (140 emergencies, 60 look-alikes, English
and Chinese, each naming the published source it follows), committed before any rule was
changed for it. On the first run the rules missed 37 of the 140 emergencies and fired an
emergency on 2 of the 60 look-alikes; the misses were closed by generalising each source's
discriminator (lay, Cantonese and traditional synonyms, new discriminators such as carbon
monoxide, neutropenic sepsis, electric shock and drowning), not by copying the sentences.
Every emergency must fire an emergency rule; no look-alike may.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition

WALK = Path(__file__).parent / "data" / "fresh_walk_3.jsonl"
ROWS: list[dict[str, str]] = [json.loads(line) for line in WALK.read_text().splitlines() if line]

# Look-alikes the rules still raise, and why (a rule limitation, not a label we dispute):
KNOWN_FALSE_ALARMS = {
    # a grandmother already in hospital with a named stroke, the writer fine: family members
    # always count as the patient (the caller is usually with them), so "说是中风" still fires
    "walk3-zh-neg-007",
}


def _emergency(rules: RuleSet, text: str) -> bool:
    hits = rules.evaluate(text)
    return bool(hits) and hits[0].level is Disposition.EMERGENCY


@pytest.mark.parametrize(
    "row", [r for r in ROWS if r["gold"] == "emergency"], ids=lambda r: r["id"]
)
def test_every_fresh_emergency_fires_an_emergency_rule(rules: RuleSet, row: dict[str, str]) -> None:
    assert _emergency(rules, row["text"]), [h.rule_id for h in rules.evaluate(row["text"])]


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            r,
            marks=pytest.mark.xfail(strict=True, reason="known false alarm")
            if r["id"] in KNOWN_FALSE_ALARMS
            else (),
        )
        for r in ROWS
        if r["gold"] != "emergency"
    ],
    ids=lambda r: r["id"],
)
def test_no_fresh_look_alike_fires_an_emergency(rules: RuleSet, row: dict[str, str]) -> None:
    assert not _emergency(rules, row["text"]), [h.rule_id for h in rules.evaluate(row["text"])]


def test_the_walk_is_what_it_says() -> None:
    assert len(ROWS) == 200
    assert sum(r["gold"] == "emergency" for r in ROWS) == 140
    assert {r["lang"] for r in ROWS} == {"en", "zh"}
    assert all(r["source"].strip() for r in ROWS)


# Written afterwards by the engineer who closed the misses, in other words than the walk's, to
# check that the fixes generalise ("E" must be an emergency, "!E" must not).
OTHER_WORDS: list[tuple[str, str]] = [
    ("E", "我哋成家人都頭痛想嘔，隻貓都好冇精神，個熱水爐成日響"),
    ("E", "we've all got headaches and feel sick, the CO alarm keeps beeping"),
    ("E", "我喺度做緊化療，而家發燒38.6度"),
    ("E", "on chemotherapy, temperature 38.3 and feel shivery"),
    ("E", "觸電之後心跳好亂"),
    ("E", "my son got an electric shock from a socket and now has chest pain"),
    ("E", "個仔頭先遇溺，救返上嚟之後一直咳，呼吸好急"),
    ("E", "she was under the water for a bit in the bath, now she's pale and sleepy"),
    ("E", "咳咗成杯血"),
    ("E", "coughing up mouthfuls of blood"),
    ("E", "車禍之後耳朵流出清水"),
    ("E", "懷孕三十二週，BB成日都冇郁過"),
    ("E", "my baby hasn't moved at all since this morning, I'm 36 weeks"),
    ("E", "懷孕三十六週，頭好痛，眼前有閃光，塊面腫咗"),
    ("E", "老公突然心口好翳，出晒冷汗"),
    ("E", "他吞了成瓶安眠藥"),
    ("E", "阿爸倒咗喺地，摸唔到脈"),
    ("E", "吐出來好似咖啡渣"),
    ("!E", "the boiler man is coming tomorrow, I have a headache from work stress"),
    ("!E", "I'm on chemo and feel tired, no fever, no shivers"),
    ("!E", "got a tiny static shock off the car door, I'm fine"),
    ("!E", "大便之后纸上有鲜红的血，不痛，应该是痔疮"),
    ("!E", "差不多一个星期有点咳嗽，没有发烧"),
]


@pytest.mark.parametrize(("expected", "text"), OTHER_WORDS)
def test_the_fixes_hold_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    hits = [h.rule_id for h in rules.evaluate(text)]
    assert _emergency(rules, text) is (expected == "E"), hits
