"""Read the red-flag rules from YAML: one file per body system, merged, or a single file.

The packaged rules live in ``clinical/data/red_flags/``, one file per body system
(``general.yaml``, ``cardiac.yaml``, ``respiratory.yaml``, ...) plus ``cues.yaml`` with the
shared negation, past and clause cues. Every ``*.yaml`` file of the folder is read in name
order and merged: a concept or rule id is defined once across all files, a rule may use a
concept from another file, and ``version`` and ``cues`` sit in exactly one file. A single
file holding everything (the layout before the split; a clinic's own rules file) still loads.

Every error names the file and the entry to fix, for instance
``.../cardiac.yaml: rule 'chest_pain_at_rest': unknown concept 'at_rst'``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from clinical.loading import DATA_DIR, ClinicalDataError, describe, read_yaml
from clinical.matching import phrase_pattern
from clinical.rule_specs import (
    ID_PATTERN,
    ConceptSpec,
    CueSpec,
    News2Rule,
    RuleSpec,
    TextRule,
    VitalRule,
)
from states.disposition import Disposition

__all__ = ["DEFAULT_PATH", "REQUIRED_CONCEPTS", "RuleData", "read_rules"]

DEFAULT_PATH = DATA_DIR / "red_flags"
REQUIRED_CONCEPTS = ("fever", "child", "days_long", "pregnancy")
TOP_LEVEL = frozenset({"version", "cues", "concepts", "rules", "vitals", "news2"})

_R = TypeVar("_R", bound=RuleSpec)


@dataclass
class RuleData:
    """The validated content of the rule files, merged, with the file each entry came from."""

    source: str
    cues: CueSpec
    concepts: dict[str, ConceptSpec] = field(default_factory=dict)
    rules: list[TextRule] = field(default_factory=list)
    vitals: list[VitalRule] = field(default_factory=list)
    news2: list[News2Rule] = field(default_factory=list)
    where: dict[str, Path] = field(default_factory=dict)  # "concept x" / "rule y" -> file


def rule_paths(path: Path) -> list[Path]:
    """Return the rule files at ``path``: the folder's ``*.yaml`` files in name order, or
    the one file."""
    if path.is_dir():
        files = sorted(p for p in path.glob("*.yaml") if p.is_file())
        if not files:
            raise ClinicalDataError(f"{path}: no *.yaml rule files in this folder")
        return files
    return [path]


def read_rules(path: Path | None = None) -> RuleData:
    """Read, validate and merge the rule files at ``path`` (default: the packaged folder)."""
    path = path or DEFAULT_PATH
    files = rule_paths(path)
    cues: list[tuple[Path, CueSpec]] = []
    entries: list[tuple[Path, dict[str, Any]]] = []
    for file in files:
        raw = read_yaml(file)
        unknown = set(raw) - TOP_LEVEL
        if unknown:
            raise ClinicalDataError(f"{file}: unknown top-level keys {sorted(unknown)}")
        if "cues" in raw or len(files) == 1:
            if cues:
                raise ClinicalDataError(f"{file}: cues are already defined in {cues[0][0]}")
            try:
                cues.append((file, CueSpec.model_validate(raw.get("cues") or {})))
            except ValidationError as exc:
                raise ClinicalDataError(f"{file}: cues: {describe(exc)}") from exc
        entries.append((file, raw))
    if not cues:
        raise ClinicalDataError(f"{path}: no file defines the cues (see cues.yaml)")
    data = RuleData(source=str(path), cues=cues[0][1])
    for file, raw in entries:
        _read_concepts(file, raw.get("concepts") or {}, data)
        data.rules += _entries(file, raw, "rules", TextRule, "rule", data)
        data.vitals += _entries(file, raw, "vitals", VitalRule, "vital rule", data)
        data.news2 += _entries(file, raw, "news2", News2Rule, "NEWS2 rule", data)
    _check_references(path, data)
    return data


def _read_concepts(file: Path, raw: Any, data: RuleData) -> None:
    if not isinstance(raw, dict):
        raise ClinicalDataError(f"{file}: concepts: expected a mapping of id to phrases")
    for concept_id, entry in raw.items():
        if not re.match(ID_PATTERN, str(concept_id)):
            raise ClinicalDataError(f"{file}: concept {concept_id!r}: not a valid id")
        key = f"concept {concept_id}"
        if key in data.where:
            raise ClinicalDataError(
                f"{file}: concept {concept_id!r}: already defined in {data.where[key]}"
            )
        try:
            spec = ConceptSpec.model_validate(entry)
            for phrase in (*spec.en, *spec.zh, *spec.exclude):
                phrase_pattern(phrase)
        except (ValidationError, ValueError) as exc:
            why = describe(exc) if isinstance(exc, ValidationError) else str(exc)
            raise ClinicalDataError(f"{file}: concept {concept_id!r}: {why}") from exc
        data.concepts[concept_id] = spec
        data.where[key] = file


def _entries(
    file: Path, raw: dict[str, Any], key: str, model: type[_R], what: str, data: RuleData
) -> list[_R]:
    items = raw.get(key) or []
    if not isinstance(items, list):
        raise ClinicalDataError(f"{file}: {key}: expected a list of {what}s")
    out = []
    for item in items:
        rule_id = item.get("id", "?") if isinstance(item, dict) else "?"
        try:
            rule = model.model_validate(item)
        except ValidationError as exc:
            raise ClinicalDataError(f"{file}: {what} {rule_id!r}: {describe(exc)}") from exc
        where = f"rule {rule.id}"
        if where in data.where:
            raise ClinicalDataError(
                f"{file}: {what} {rule.id!r}: duplicate id (also in {data.where[where]})"
            )
        data.where[where] = file
        out.append(rule)
    return out


def _check_references(path: Path, data: RuleData) -> None:
    """Check what spans files: required concepts, rule concepts, signs, a quoted verdict's
    concept, at least one rule."""
    missing = [c for c in REQUIRED_CONCEPTS if c not in data.concepts]
    if missing:
        raise ClinicalDataError(f"{path}: the engine needs the concepts {missing}")
    for rule in data.rules:
        together = [c for group in rule.unless_together for c in group]
        for concept_id in (*rule.concepts, *rule.unless, *rule.unless_all, *together):
            if concept_id not in data.concepts:
                raise ClinicalDataError(
                    f"{data.where[f'rule {rule.id}']}: rule {rule.id!r}: "
                    f"unknown concept {concept_id!r}"
                )
    for vital in data.vitals:
        for concept_id in (*vital.any_of, *vital.unless):
            if concept_id not in data.concepts:
                raise ClinicalDataError(
                    f"{data.where[f'rule {vital.id}']}: vital rule {vital.id!r}: "
                    f"unknown concept {concept_id!r}"
                )
    in_emergency = {c for r in data.rules if r.level is Disposition.EMERGENCY for c in r.concepts}
    for concept_id, spec in data.concepts.items():
        if spec.quoted_as is not None and (not spec.verdict or spec.quoted_as not in data.concepts):
            raise ClinicalDataError(
                f"{data.where[f'concept {concept_id}']}: concept {concept_id!r}: quoted_as "
                f"{spec.quoted_as!r} must name a known concept, and only with verdict: true"
            )
        if spec.sign is not None and concept_id not in in_emergency:
            raise ClinicalDataError(
                f"{data.where[f'concept {concept_id}']}: concept {concept_id!r}: a sign is "
                "only for concepts of an emergency rule"
            )
    if not data.rules:
        raise ClinicalDataError(f"{path}: no rules")
