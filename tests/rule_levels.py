"""The check the rule-coverage tests share: a sentence as a first message reaches its level.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` anything but an emergency, ``S`` self-care with no red flag fired (self-care is never
reached with one), ``N`` anything but self-care. The level
is what ``triage eval --rules-only`` predicts (``clinical.first_message``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.disposition import decide
from clinical.first_message import rules_only_level
from clinical.questions import load_questions
from clinical.red_flags import RuleSet
from states.disposition import Disposition


def assert_reaches(rules: RuleSet, expected: str, text: str) -> None:
    """Fail, naming the rules hit, unless ``text`` alone reaches the level ``expected`` codes."""
    level, hits = rules_only_level(text, rules)
    fired = [hit.rule_id for hit in hits]
    if expected == "E":
        assert level is Disposition.EMERGENCY, (level, fired)
    elif expected == "U":
        assert level.rank >= Disposition.URGENT.rank, (level, fired)
    elif expected == "=U":
        assert level is Disposition.URGENT, (level, fired)
    elif expected == "L":
        assert level.rank < Disposition.URGENT.rank, (level, fired)
    elif expected == "S":
        assert level is Disposition.SELF_CARE, (level, fired)
        assert not fired, fired
    elif expected == "N":
        assert level is not Disposition.SELF_CARE, (level, fired)
    else:
        assert expected == "!E", f"unknown level code {expected!r}"
        assert level is not Disposition.EMERGENCY, (level, fired)


def with_open(rows: list[tuple[str, str]], open_rows: dict[str, str] | None = None) -> list:
    """Return ``rows`` (a level code and a sentence each) as pytest params named by the
    sentence, those in ``open_rows`` marked strict xfails with their reason, so a gap a
    later change closes fails until its entry is removed."""
    marks = open_rows or {}
    return [
        pytest.param(
            code,
            text,
            id=text[:60],
            marks=pytest.mark.xfail(strict=True, reason=marks[text]) if text in marks else (),
        )
        for code, text in rows
    ]


def rows_with_open(row_ids: list[str], open_rows: dict[str, str]) -> list:
    """Return a fresh set's ``row_ids`` as pytest params named by the id, those in
    ``open_rows`` marked strict xfails with their reason, as ``with_open`` does for
    sentences."""
    return [
        pytest.param(
            row_id,
            id=row_id,
            marks=pytest.mark.xfail(strict=True, reason=open_rows[row_id])
            if row_id in open_rows
            else (),
        )
        for row_id in row_ids
    ]


def decided_level(rules: RuleSet, text: str) -> Disposition:
    """Return the four-level decision for ``text`` alone with its red flags on top: the more
    urgent of ``clinical.disposition.decide`` and the rules' first hit, as the rules-only
    evaluation combines them."""
    families = load_questions().families_for([text], rules)
    level, _ = decide(None, [text], families, rules=rules)
    hits = rules.evaluate(text)
    return hits[0].level if hits and hits[0].level.rank > level.rank else level


DATA = Path(__file__).parent / "data"


def fresh_row(file_name: str, row_id: str) -> dict[str, str]:
    """Return the row ``row_id`` of the set ``tests/data/<file_name>``."""
    for line in (DATA / file_name).read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            if row["id"] == row_id:
                return dict(row)
    raise KeyError(row_id)


def assert_row_reaches_gold(rules: RuleSet, file_name: str, row_id: str) -> None:
    """Fail, naming the rules hit, unless the row ``row_id`` of ``tests/data/<file_name>``
    reaches its own gold level from its first message alone (``triage eval --rules-only``)."""
    row = fresh_row(file_name, row_id)
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
