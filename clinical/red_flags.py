"""Red-flag rules as data: concepts with phrases per language, rules over them, vital signs.

The rules in ``clinical/data/red_flags.yaml`` run on every patient message, need no model
and cannot be talked out of an emergency: a prompt injection is just more words around
"crushing chest pain". A rule fires on the message that completes it; concepts from earlier
messages count, so "fever" on turn 1 and "stiff neck" on turn 3 fire on turn 3.

Ages ("my 6-week-old") and pregnancy words are read from the text as well as from the
intake record, because the record is filled by the model in parallel with this check.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from clinical.language import supported
from clinical.loading import DATA_DIR, ClinicalDataError, check_languages, describe, read_yaml
from clinical.matching import Analysis, NegationCues, PhraseSet, is_chinese, phrase_pattern
from clinical.vitals import Found, age_findings, duration_findings, parse_vitals, vital_findings
from states.disposition import Disposition
from states.record import IntakeRecord

__all__ = ["RuleHit", "RuleSet", "load_rules", "parse_vitals"]

DEFAULT_PATH = DATA_DIR / "red_flags.yaml"
FEVER_C = 38.0  # a typed temperature at or above this counts as the concept "fever"
CHILD_YEARS = 16.0  # a typed age below this counts as the concept "child"
LONG_DAYS = 3.0  # a typed duration at or above this counts as the concept "days_long"
REQUIRED_CONCEPTS = ("fever", "child", "days_long", "pregnancy")
_ID = r"^[a-z][a-z0-9_]*$"

VitalField = Literal[
    "temperature_c",
    "heart_rate_bpm",
    "systolic_bp",
    "diastolic_bp",
    "respiratory_rate",
    "oxygen_saturation",
]
_VITAL_FORMAT = {
    "temperature_c": "temperature {:g} °C",
    "heart_rate_bpm": "heart rate {:g}/min",
    "systolic_bp": "systolic BP {:g} mmHg",
    "diastolic_bp": "diastolic BP {:g} mmHg",
    "respiratory_rate": "breathing rate {:g}/min",
    "oxygen_saturation": "SpO2 {:g}%",
}


class RuleHit(BaseModel):
    """One rule that fired on the newest message, with the words that triggered it."""

    model_config = ConfigDict(frozen=True)

    rule_id: str
    level: Disposition
    label: str = Field(description="Short and patient-readable, in the requested language.")
    evidence: str = Field(description="The patient's words from the newest message, or a vital.")
    guideline: str = Field(description="The guideline family the rule comes from.")


# --- the YAML schema ------------------------------------------------------------------


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ConceptSpec(_Spec):
    """A clinical idea and the ways patients say it, per language."""

    en: list[str] = Field(min_length=1)
    zh: list[str] = Field(min_length=1)
    exclude: list[str] = Field(default_factory=list, description="Look-alikes that never count.")

    @model_validator(mode="after")
    def _scripts(self) -> ConceptSpec:
        wrong = [p for p in self.en if is_chinese(p)] + [p for p in self.zh if not is_chinese(p)]
        if wrong:
            raise ValueError(f"phrases in the wrong language list: {wrong}")
        return self


class _RuleSpec(_Spec):
    id: str = Field(pattern=_ID)
    level: Disposition
    guideline: str = Field(min_length=3)
    label: dict[str, str]
    min_age_years: float | None = Field(default=None, ge=0, le=130)
    max_age_years: float | None = Field(default=None, gt=0, le=130)
    if_age_unknown: bool = Field(
        default=False, description="With age limits: whether the rule applies to an unknown age."
    )

    @field_validator("level")
    @classmethod
    def _red_flag_level(cls, level: Disposition) -> Disposition:
        if level not in (Disposition.EMERGENCY, Disposition.URGENT):
            raise ValueError("a red flag is 'emergency' or 'urgent'")
        return level

    @field_validator("label")
    @classmethod
    def _both_languages(cls, label: dict[str, str]) -> dict[str, str]:
        return check_languages(label, "label")

    @property
    def has_age_limit(self) -> bool:
        """Return True when the rule is restricted to an age range."""
        return self.min_age_years is not None or self.max_age_years is not None

    def age_fits(self, age: float) -> bool:
        """Return True for min_age_years <= age < max_age_years."""
        low = self.min_age_years if self.min_age_years is not None else 0.0
        high = self.max_age_years if self.max_age_years is not None else 1000.0
        return low <= age < high

    def ages_fit(self, ages: Sequence[float]) -> bool:
        """Return True when any known age fits (or, with none known, if_age_unknown)."""
        if not self.has_age_limit:
            return True
        if not ages:
            return self.if_age_unknown
        return any(self.age_fits(age) for age in ages)


class TextRule(_RuleSpec):
    """A rule over concepts the patient mentioned, with optional record modifiers."""

    all_of: list[str] = Field(default_factory=list)
    any_of: list[str] = Field(default_factory=list)
    pregnant: bool = Field(
        default=False, description="Only when the record or the text says the patient is pregnant."
    )

    @model_validator(mode="after")
    def _has_concepts(self) -> TextRule:
        if not self.all_of and not self.any_of:
            raise ValueError("a rule needs all_of or any_of concepts")
        return self

    @property
    def concepts(self) -> tuple[str, ...]:
        """Return every concept the rule mentions."""
        return (*self.all_of, *self.any_of)

    def satisfied(self, present: set[str]) -> bool:
        """Return True when ``present`` holds all of all_of and one of any_of."""
        if not all(c in present for c in self.all_of):
            return False
        return not self.any_of or any(c in present for c in self.any_of)


class VitalRule(_RuleSpec):
    """A danger-zone threshold on one vital sign (bounds are combined with AND)."""

    field: VitalField
    below: float | None = None
    above: float | None = None
    at_least: float | None = None
    at_most: float | None = None

    @model_validator(mode="after")
    def _has_threshold(self) -> VitalRule:
        if all(v is None for v in (self.below, self.above, self.at_least, self.at_most)):
            raise ValueError("a vital rule needs below, above, at_least or at_most")
        return self

    def matches(self, value: float) -> bool:
        """Return True when ``value`` is inside the danger zone."""
        return (
            (self.below is None or value < self.below)
            and (self.above is None or value > self.above)
            and (self.at_least is None or value >= self.at_least)
            and (self.at_most is None or value <= self.at_most)
        )


class _LangList(_Spec):
    en: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)

    def all(self) -> list[str]:
        return [*self.en, *self.zh]


class _Negation(_Spec):
    window: int = Field(ge=0, le=20, description="Words (en) or characters (zh) it reaches.")
    phrases: list[str] = Field(min_length=1)


class CueSpec(_Spec):
    """The words that cancel a phrase match or end a clause."""

    negation: dict[Literal["en", "zh"], _Negation]
    past: _LangList
    pseudo: _LangList
    clause_breaks: _LangList


_R = TypeVar("_R", bound=_RuleSpec)


# --- the engine -------------------------------------------------------------------------


@dataclass(frozen=True)
class _Concept:
    phrases: PhraseSet
    exclude: PhraseSet | None


@dataclass(frozen=True)
class TextFindings:
    """What one message says: concepts (with the words for each), ages, vitals, durations."""

    analysis: Analysis
    concepts: dict[str, str]
    ages: list[Found]
    vitals: dict[str, Found]
    durations: list[Found]


class RuleSet:
    """The loaded red-flag rules; evaluate one patient message at a time."""

    def __init__(
        self,
        *,
        concepts: dict[str, ConceptSpec],
        rules: Sequence[TextRule],
        vitals: Sequence[VitalRule],
        cues: CueSpec,
        source: str = "<memory>",
    ) -> None:
        self.source = source
        self.rules: tuple[TextRule, ...] = tuple(rules)
        self.vital_rules: tuple[VitalRule, ...] = tuple(vitals)
        self._order = {r.id: i for i, r in enumerate((*self.rules, *self.vital_rules))}
        self._cues = NegationCues.build(
            negation=[(n.phrases, n.window) for n in cues.negation.values()],
            past=cues.past.all(),
            pseudo=cues.pseudo.all(),
            clause_breaks=cues.clause_breaks.all(),
        )
        self._concepts: dict[str, _Concept] = {}
        for concept_id, spec in concepts.items():
            exclude = PhraseSet(spec.exclude) if spec.exclude else None
            self._concepts[concept_id] = _Concept(PhraseSet([*spec.en, *spec.zh]), exclude)
        self._findings = functools.lru_cache(maxsize=1024)(self._compute_findings)

    @classmethod
    def load(cls, path: Path | None = None) -> RuleSet:
        """Load and validate a rules file (default: the packaged red_flags.yaml)."""
        path = path or DEFAULT_PATH
        data = read_yaml(path)
        unknown = set(data) - {"version", "cues", "concepts", "rules", "vitals"}
        if unknown:
            raise ClinicalDataError(f"{path}: unknown top-level keys {sorted(unknown)}")
        try:
            cues = CueSpec.model_validate(data.get("cues") or {})
        except ValidationError as exc:
            raise ClinicalDataError(f"{path}: cues: {describe(exc)}") from exc
        concepts: dict[str, ConceptSpec] = {}
        for concept_id, raw in (data.get("concepts") or {}).items():
            if not re.match(_ID, str(concept_id)):
                raise ClinicalDataError(f"{path}: concept {concept_id!r}: not a valid id")
            try:
                spec = concepts[concept_id] = ConceptSpec.model_validate(raw)
                for phrase in (*spec.en, *spec.zh, *spec.exclude):
                    phrase_pattern(phrase)
            except (ValidationError, ValueError) as exc:
                why = describe(exc) if isinstance(exc, ValidationError) else str(exc)
                raise ClinicalDataError(f"{path}: concept {concept_id!r}: {why}") from exc
        missing = [c for c in REQUIRED_CONCEPTS if c not in concepts]
        if missing:
            raise ClinicalDataError(f"{path}: the engine needs the concepts {missing}")
        rules = [_validate(TextRule, raw, path, "rule") for raw in data.get("rules") or []]
        vitals = [_validate(VitalRule, raw, path, "vital rule") for raw in data.get("vitals") or []]
        seen: set[str] = set()
        for rule in (*rules, *vitals):
            if rule.id in seen:
                raise ClinicalDataError(f"{path}: rule {rule.id!r}: duplicate id")
            seen.add(rule.id)
        for rule in rules:
            for concept_id in rule.concepts:
                if concept_id not in concepts:
                    raise ClinicalDataError(
                        f"{path}: rule {rule.id!r}: unknown concept {concept_id!r}"
                    )
        if not rules:
            raise ClinicalDataError(f"{path}: no rules")
        return cls(concepts=concepts, rules=rules, vitals=vitals, cues=cues, source=str(path))

    @property
    def concept_ids(self) -> frozenset[str]:
        """Return the ids of every defined concept."""
        return frozenset(self._concepts)

    def findings(self, text: str) -> TextFindings:
        """Return what ``text`` says (cached: earlier messages are analysed once)."""
        return self._findings(text)

    def concepts_in(self, text: str) -> set[str]:
        """Return the non-negated concepts present in ``text``."""
        return set(self._findings(text).concepts)

    def matches(self, text: str, phrases: PhraseSet) -> bool:
        """Return True when ``phrases`` match ``text`` outside negated or past clauses."""
        return self._findings(text).analysis.find(phrases) is not None

    def names_a_sign_of(self, quote: str, rule_ids: Iterable[str]) -> bool:
        """Return whether ``quote`` names a danger sign of one of the rules ``rule_ids``.

        A sign is a concept of a text rule, said without negation in the quote itself
        ("no chest pain" names nothing), or a vital sign a vital rule watches, typed in
        the quote. This is how a model's emergency is weighed (``agent.nodes.screen``): it
        stands only when its quote names a sign the rules raised in the conversation.
        """
        found = self._findings(quote)
        wanted = set(rule_ids)
        for rule in self.rules:
            if rule.id in wanted and any(c in found.concepts for c in rule.concepts):
                return True
        return any(v.id in wanted and v.field in found.vitals for v in self.vital_rules)

    def evaluate(
        self,
        message: str,
        *,
        record: IntakeRecord | None = None,
        earlier: Sequence[str] = (),
        language: str = "en",
    ) -> list[RuleHit]:
        """Return the hits the newest ``message`` triggers, most urgent first, one per rule."""
        record = record or IntakeRecord()
        lang = supported(language)
        new = self._findings(message)
        old_texts: list[str] = [*earlier, *record.conditions, *record.medications]
        old_texts += [s.duration for s in record.symptoms if s.duration]
        old = [self._findings(t) for t in old_texts if t and t.strip()]
        present = set(new.concepts).union(*(f.concepts for f in old))
        if record.vitals.temperature_c is not None and record.vitals.temperature_c >= FEVER_C:
            present.add("fever")
        ages = [f.value for f in new.ages] + [a.value for f in old for a in f.ages]
        if record.age_years is not None:
            ages.append(record.age_years)
        pregnant = record.pregnant is True or "pregnancy" in present

        hits: list[RuleHit] = []
        for rule in self.rules:
            if not rule.satisfied(present) or not rule.ages_fit(ages):
                continue
            if rule.pregnant and not pregnant:
                continue
            evidence = _unique(new.concepts[c] for c in rule.concepts if c in new.concepts)
            if not evidence and rule.has_age_limit:
                evidence = _unique(a.words for a in new.ages if rule.age_fits(a.value))
            if not evidence and rule.pregnant and "pregnancy" in new.concepts:
                evidence = [new.concepts["pregnancy"]]
            if evidence:
                hits.append(self._hit(rule, "; ".join(evidence), lang))
        for vital in self.vital_rules:
            if not vital.ages_fit(ages):
                continue
            typed = new.vitals.get(vital.field)
            recorded = getattr(record.vitals, vital.field)
            if typed is not None and vital.matches(typed.value):
                hits.append(self._hit(vital, typed.words, lang))
            elif recorded is not None and vital.matches(recorded):
                hits.append(self._hit(vital, _VITAL_FORMAT[vital.field].format(recorded), lang))
        hits.sort(key=lambda h: (-h.level.rank, self._order[h.rule_id]))
        return hits

    def _hit(self, rule: _RuleSpec, evidence: str, lang: str) -> RuleHit:
        return RuleHit(
            rule_id=rule.id,
            level=rule.level,
            label=rule.label.get(lang) or rule.label["en"],
            evidence=evidence,
            guideline=rule.guideline,
        )

    def _compute_findings(self, text: str) -> TextFindings:
        analysis = Analysis(text, self._cues)
        concepts: dict[str, str] = {}
        for concept_id, concept in self._concepts.items():
            match = analysis.find(concept.phrases, concept.exclude)
            if match is not None:
                concepts[concept_id] = analysis.clause(match.start(), match.end())
        vitals = vital_findings(text)
        ages = age_findings(text)
        durations = duration_findings(text)
        derived: list[tuple[str, Found | None]] = [
            ("fever", vitals.get("temperature_c") if _hot(vitals) else None),
            ("child", next((a for a in ages if a.value < CHILD_YEARS), None)),
            ("days_long", next((d for d in durations if d.value >= LONG_DAYS), None)),
        ]
        for concept_id, found in derived:
            if found is not None and concept_id not in concepts:
                concepts[concept_id] = found.words
        return TextFindings(analysis, concepts, ages, vitals, durations)


def _hot(vitals: dict[str, Found]) -> bool:
    temperature = vitals.get("temperature_c")
    return temperature is not None and temperature.value >= FEVER_C


def _unique(items: Iterable[str]) -> list[str]:
    """Return the distinct items in order, dropping any contained in another one."""
    distinct = list(dict.fromkeys(items))
    return [a for a in distinct if not any(a != b and a in b for b in distinct)]


def _validate(model: type[_R], raw: object, path: Path, what: str) -> _R:
    rule_id = raw.get("id", "?") if isinstance(raw, dict) else "?"
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        raise ClinicalDataError(f"{path}: {what} {rule_id!r}: {describe(exc)}") from exc


@functools.cache
def load_rules() -> RuleSet:
    """Return the packaged rule set, loaded once per process."""
    return RuleSet.load()
