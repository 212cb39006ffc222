"""tests/data/everyday_mild.jsonl: 300 ordinary mild messages (self_care or non_urgent) written
by someone who never read the rules. None of them may end an emergency on the rules alone
(c08e83c: 12 of 300 did, 9 of the 200 self_care)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition

ROWS = [
    json.loads(line)
    for line in (Path(__file__).parent / "data" / "everyday_mild.jsonl")
    .read_text(encoding="utf-8")
    .splitlines()
    if line.strip()
]


def test_the_file_holds_300_mild_rows() -> None:
    assert len(ROWS) == 300
    assert {row["gold"] for row in ROWS} == {"self_care", "non_urgent"}


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_an_everyday_mild_message_is_no_emergency(rules: RuleSet, row: dict[str, str]) -> None:
    level, hits = rules_only_level(row["text"], rules)
    assert level is not Disposition.EMERGENCY, [(h.rule_id, h.evidence) for h in hits]
