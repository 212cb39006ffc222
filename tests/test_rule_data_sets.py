"""The rule layer on sentences written by someone else (tests/data/): unpunctuated current
emergencies, and emergency words that are not the writer's current problem."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.red_flags import RuleSet, load_rules
from states.disposition import Disposition

DATA = Path(__file__).parent / "data"


def _rows(name: str) -> list[dict[str, str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


UNPUNCTUATED = _rows("unpunctuated_emergencies.jsonl")
NOT_CURRENT = _rows("not_current_emergencies.jsonl")


def test_the_data_sets_are_complete() -> None:
    assert len(UNPUNCTUATED) == 48
    assert len(NOT_CURRENT) == 30
    assert {row["lang"] for row in UNPUNCTUATED} == {"en", "zh"}


@pytest.mark.parametrize("row", UNPUNCTUATED, ids=[r["id"] for r in UNPUNCTUATED])
def test_an_unpunctuated_current_emergency_is_an_emergency(
    rules: RuleSet, row: dict[str, str]
) -> None:
    check = rules.check(row["text"], language=row["lang"])
    assert check.level is Disposition.EMERGENCY, (row["why"], [h.rule_id for h in check.hits])


@pytest.mark.parametrize("row", NOT_CURRENT, ids=[r["id"] for r in NOT_CURRENT])
def test_a_sign_that_is_not_current_is_held_back_not_raised(
    rules: RuleSet, row: dict[str, str]
) -> None:
    check = rules.check(row["text"], language=row["lang"])
    assert check.level is not Disposition.EMERGENCY, [h.rule_id for h in check.hits]
    assert check.held_back, row["why"]
    for held in check.held_back:
        assert held.question and held.sign in held.question
    # someone else's event in the past ("my dad had a heart attack in 2019") reads as past
    allowed = {row["kind"], "past"} if row["kind"] == "other_person" else {row["kind"]}
    assert {h.reason for h in check.held_back} & allowed


# A phrase the text preparation can never produce is dead: a traditional character (the text
# is simplified first), shorthand the text has written out ("wks", "mins", "n"), or the stem
# of a negative contraction without its "'t" ("hasn moved": patients type "hasn't" or
# "hasnt", never "hasn"). Each concept phrase must match its own words once prepared.
_CONTRACTION_STEMS = frozenset(
    {"isn", "aren", "wasn", "weren", "doesn", "didn", "hasn", "haven", "hadn", "couldn"}
    | {"wouldn", "shouldn", "mustn", "needn", "mightn"}
)


def _dead_phrases() -> list[str]:
    from clinical.matching import PhraseSet, is_chinese, normalize
    from clinical.rule_files import read_rules

    rules = load_rules()
    dead = []
    for concept_id, spec in read_rules().concepts.items():
        for kind, phrases in (("en", spec.en), ("zh", spec.zh), ("exclude", spec.exclude)):
            for phrase in phrases:
                words = phrase.replace("...", "" if is_chinese(phrase) else " ")
                prepared = normalize(rules.prepare(words))
                if not any(PhraseSet([phrase]).finditer(prepared, prepared.lower())):
                    dead.append(f"{concept_id}.{kind}: {phrase!r} (read as {prepared!r})")
                elif _CONTRACTION_STEMS & set(phrase.lower().replace("...", " ").split()):
                    dead.append(f"{concept_id}.{kind}: {phrase!r} (a contraction without 't)")
    return dead


def test_no_rule_phrase_is_dead_after_text_preparation() -> None:
    assert _dead_phrases() == []


def _dead_disposition_phrases() -> list[str]:
    """The phrases of the dispositions data (every list, and each group's main, ``with`` and
    ``unless`` parts) that cannot match their own words once the text is prepared: the
    disposition reads the same prepared text as the red flags (``RuleSet.matches``)."""
    from clinical.disposition_data import load_dispositions
    from clinical.matching import PhraseSet, is_chinese, normalize

    rules = load_rules()
    data = load_dispositions()
    named: list[tuple[str, PhraseSet | None]] = list(data.phrases.items())
    for name, pairs in data.pairs.items():
        for pair in pairs:
            named += [(name, pair.group), (f"{name}.with", pair.together)]
            named += [(f"{name}.unless", pair.unless)]
    dead = set()
    for name, phrases in named:
        for phrase in phrases.phrases if phrases is not None else ():
            words = phrase.replace("...", "" if is_chinese(phrase) else " ")
            prepared = normalize(rules.prepare(words))
            if not any(PhraseSet([phrase]).finditer(prepared, prepared.lower())):
                dead.add(f"{name}: {phrase!r} (read as {prepared!r})")
    return sorted(dead)


def test_no_disposition_phrase_is_dead_after_text_preparation() -> None:
    assert _dead_disposition_phrases() == []
