"""tests/data/everyday_mild.jsonl: 300 ordinary mild messages (self_care or non_urgent) written
by someone who never read the rules. None of them may end an emergency on the rules alone
(c08e83c: 12 of 300 did, 9 of the 200 self_care).

tests/data/everyday_mild_2.jsonl: 240 more (160 self_care, 80 non_urgent) in new voices, each
with words an over-eager matcher reads as an emergency (d269763: 35 of 240 did, 30 of the 160
self_care; 4-level 54.2%). The rows still at emergency are strict xfails, each with its reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition


def _rows(name: str) -> list[dict[str, str]]:
    return [
        json.loads(line)
        for line in (Path(__file__).parent / "data" / name).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


ROWS = _rows("everyday_mild.jsonl")
ROWS_2 = _rows("everyday_mild_2.jsonl")

# Rows of the second set still sent to emergency, and why (strict: a fix must remove its entry).
OPEN_2: dict[str, str] = {
    "mild2-zh-005": "头要爆炸了 is a thunderclap phrase (NHS 999: sudden severe headache) the "
    "rules keep; that it is hyperbole ('from studying', 有一点头痛 later) needs the whole message",
    "mild2-en-022": "chest tightness (胸口有点闷) with a racing heart meets NICE CKS palpitations "
    "(chest pain red flag); that it is exam anxiety that settles needs a clinician",
    "mild2-zh-021": "好似窒息咁 (like suffocating) after snoring in another clause: NHS sleep "
    "apnoea, but dropping the simile would lose real breathlessness said the same way",
}


def test_the_file_holds_300_mild_rows() -> None:
    assert len(ROWS) == 300
    assert {row["gold"] for row in ROWS} == {"self_care", "non_urgent"}


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_an_everyday_mild_message_is_no_emergency(rules: RuleSet, row: dict[str, str]) -> None:
    level, hits = rules_only_level(row["text"], rules)
    assert level is not Disposition.EMERGENCY, [(h.rule_id, h.evidence) for h in hits]


def test_the_second_file_holds_240_mild_rows() -> None:
    assert len(ROWS_2) == 240
    assert len({row["id"] for row in ROWS_2}) == 240
    assert sum(row["gold"] == "self_care" for row in ROWS_2) == 160
    assert sum(row["gold"] == "non_urgent" for row in ROWS_2) == 80
    assert set(OPEN_2) <= {row["id"] for row in ROWS_2}


@pytest.mark.parametrize(
    "row",
    [
        pytest.param(
            row,
            marks=[pytest.mark.xfail(strict=True, reason=OPEN_2[row["id"]])]
            if row["id"] in OPEN_2
            else [],
            id=row["id"],
        )
        for row in ROWS_2
    ],
)
def test_a_second_set_mild_message_is_no_emergency(rules: RuleSet, row: dict[str, str]) -> None:
    level, hits = rules_only_level(row["text"], rules)
    assert level is not Disposition.EMERGENCY, [(h.rule_id, h.evidence) for h in hits]
