"""Set 54's kinds (voice39: cost and access, carers, medicines). What sets the level: a Chinese
word for the testicle said alone inside an English sentence ("sudden pain in my left 蛋蛋",
"his 睾丸 (testicle) hurts"), often with an English gloss in brackets, is the testicle the
English rules read: sudden or severe pain in it, or pain with being sick, is an emergency
(NHS.uk testicle pain: sudden, very bad pain in the testicles, or pain with being sick, go to
A&E; NICE CKS Scrotal pain and swelling, testicular torsion). What does not: the same
Chinese word beside a painless lump stays the GP's (NHS.uk testicular lumps and swellings), and
worry about cost or a wait said beside the danger lowers nothing. Black stools told by someone
taking iron tablets are the tablets' (NHS.uk iron deficiency anaemia: iron tablets can turn poo
black), unless faintness, blood vomited, tummy pain or being sick is said beside them (NICE
CG141 acute upper GI bleeding).

Written by rules-dw (session 39). The sentences are this file's own, each from the published
source named above its list; ``SET54_ROWS`` are rows of ``tests/data/fresh_levels_54.jsonl``
closed here, each asserted at its gold level. Wrong before any rule change: 1 of 1 row and
6 of 12 testicle sentences; 3 of 8 black-stool sentences before the iron change (its row,
f54-zh-slf-004, moves from urgent to non-urgent, toward its self-care gold, not closed).

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

# NHS.uk testicle pain (sudden, very bad pain in the testicles, or pain with being sick: A&E);
# NICE CKS Scrotal pain and swelling (torsion): the testicle named in Chinese inside English
TESTICLE_IN_CHINESE: list[tuple[str, str]] = [
    ("E", "Sorry my English, since one hour sudden strong pain in my right 蛋蛋 and I threw up."),
    ("E", "My son is 14, his 睾丸 (testicle) started hurting suddenly today and he was sick."),
    ("E", "Very bad pain in my left 蛋蛋 (ball), it came on suddenly an hour ago."),
    ("E", "Suddenly a terrible pain in one 睾丸, I vomited once."),
    # cost, a wait or "probably nothing" beside the danger lowers nothing
    ("E", "A&E is too expensive for me and I have no GP, but sudden pain in my 蛋蛋, I vomited."),
    (
        "E",
        "Probably nothing and I don't want to waste anyone's time, but my left 蛋蛋 suddenly"
        " hurts a lot and I was sick.",
    ),
    # the English word itself still reads as before
    ("E", "sudden pain in my left testicle and I was sick"),
    # NHS.uk testicular lumps and swellings: a painless lump is the GP's, not A&E
    ("!E", "There's a small lump on my 蛋蛋 for a month, it doesn't hurt at all."),
    ("!E", "My 睾丸 has a pea sized lump, no pain, no swelling."),
    # no testicle word: egg tarts (蛋挞) and eggs (鸡蛋) are food
    ("!E", "I ate two 蛋挞 yesterday and today I feel a bit bloated."),
    # speller: typos of nearby English words still reach their level
    ("E", "sudden pain in my left testicel and I vomited"),
    ("E", "sudden severe pain in my testicle, I vommited once"),
]

# NHS.uk iron deficiency anaemia (iron tablets: side effects include black poo); NICE CG141
# acute upper GI bleeding (black stools with faintness, blood vomited, or tummy pain stay up)
BLACK_STOOLS_ON_IRON: list[tuple[str, str]] = [
    ("L", "I've been on ferrous sulfate for anaemia for a week and my poo is black, I feel fine."),
    ("L", "吃补铁片十天了，这几天大便是黑的，人挺好的，不晕也不痛"),
    ("L", "食紧铁丸，呢两日大便黑咗，冇肚痛，冇头晕"),
    # a danger beside the iron stays up
    ("E", "taking iron tablets, my poo is black and I feel faint and dizzy"),
    ("E", "吃铁剂一周，大便发黑，今天还吐了血"),
    ("U", "I'm on iron tablets, my poo is black and I have bad tummy pain and keep being sick"),
    ("U", "我在吃铁片，大便黑，肚子一直很痛"),
    # no iron: black stools stay the same day's
    ("U", "my poo has been black and tarry for two days"),
]

KINDS: list[tuple[str, str]] = TESTICLE_IN_CHINESE + BLACK_STOOLS_ON_IRON


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the rows of set 54 closed here; the rest are named in the report
SET54_ROWS = [
    "f54-en-emg-010",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_54.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET54_ROWS)
def test_set54_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
