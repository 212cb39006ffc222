"""RuleSet.check tries only the text rules that name a concept present (issue 15, CPU per
turn), and gives exactly the hits of trying every rule."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.language import detect_language
from clinical.red_flags import RuleCheck, RuleSet
from clinical.rule_specs import TextRule
from states.record import IntakeRecord

DATA = Path(__file__).parent / "data"


class EveryRule(RuleSet):
    """The rule set trying all of its text rules on every message, as before the index."""

    def _rules_with(self, present: set[str]) -> list[TextRule]:
        return list(self.rules)


@pytest.fixture(scope="module")
def every_rule() -> RuleSet:
    return EveryRule.load()


def _texts(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _reading(check: RuleCheck) -> tuple[object, ...]:
    return (
        [(h.rule_id, h.level, h.label, h.evidence, h.guideline) for h in check.hits],
        [(b.concept, b.reason, b.evidence, b.question) for b in check.held_back],
    )


def test_a_message_with_no_concept_tries_no_text_rule(
    rules: RuleSet, monkeypatch: pytest.MonkeyPatch
) -> None:
    tried: list[str] = []
    satisfied = TextRule.satisfied

    def counting(self: TextRule, present: set[str]) -> bool:
        tried.append(self.id)
        return satisfied(self, present)

    monkeypatch.setattr(TextRule, "satisfied", counting)
    assert rules.check("I'm not sure").hits == []
    assert tried == []
    check = rules.check("crushing chest pain and sweating")
    assert check.hits
    assert {hit.rule_id for hit in check.hits} <= set(tried)
    assert len(tried) < len(rules.rules) / 4


@pytest.mark.parametrize(
    "name", ["unpunctuated_emergencies.jsonl", "not_current_emergencies.jsonl"]
)
def test_the_same_hits_as_trying_every_rule(rules: RuleSet, every_rule: RuleSet, name: str) -> None:
    texts = _texts(name)
    assert len(texts) >= 30
    records = [None, IntakeRecord(age_years=0.1), IntakeRecord(age_years=70, pregnant=True)]
    fired = 0
    for index, text in enumerate(texts):
        language = detect_language(text, default="en")
        earlier = [texts[index - 1]]
        for record in records:
            for kwargs in ({}, {"earlier": earlier}):
                got = rules.check(text, record=record, language=language, **kwargs)
                want = every_rule.check(text, record=record, language=language, **kwargs)
                assert _reading(got) == _reading(want), (text, record, kwargs)
                fired += bool(got.hits or got.held_back)
    assert fired > len(texts)  # it compared many hits and held-back signs, not only none
