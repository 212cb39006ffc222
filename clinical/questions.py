"""The intake question bank: general history questions and red-flag screening per complaint.

The bank guarantees a complete history whatever the model does: the model picks one of
``candidates`` and phrases it, and the bank's own wording is the fallback. A complaint
family (chest pain, fever in a child, ...) is recognised from the red-flag concepts in what
the patient said, and its screening questions are asked before any advice.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from clinical.language import supported
from clinical.loading import DATA_DIR, ClinicalDataError, check_languages, describe, read_yaml
from clinical.matching import PhraseSet, phrase_pattern
from clinical.red_flags import RuleSet
from clinical.topics import CASE_TOPICS, COMPLAINT, QUESTION_TOPICS, CaseTopic, Topic
from states.record import IntakeRecord

__all__ = [
    "CASE_TOPICS",
    "COMPLAINT",
    "QUESTION_TOPICS",
    "CaseTopic",
    "Question",
    "QuestionBank",
    "Topic",
    "load_questions",
]

DEFAULT_PATH = DATA_DIR / "questions.yaml"
PREGNANCY_AGES = (12.0, 55.0)
_ID = r"^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?$"
# A body function said to be normal is a reassurance, not a complaint: "passing urine
# normally", "wee is fine", "pee is a normal colour", 小便正常, 大小便如常, "still weeing",
# 有小便 (said alone, ending its clause) open no family (a clinician's or parent's check); nor
# do its colour said normal ("pee colour normal", 尿颜色正常) or "weeing normally".
# dark yellow pee said as its colour (NHS.uk dehydration: drink more fluids) is a sign of too little
# to drink, no urinary complaint: the word "pee" in it opens no urinary family; brown, cola or
# red pee, a sting or going often still do (their concepts are the family's triggers; rules-ng)
_DARK_YELLOW = re.compile(
    r"(?<![a-z])(?:pee|wee|urine)(?:'s|\s+is|\s+was|\s+has\s+been|\s+looks)?\s+"
    r"(?:really\s+|very\s+|quite\s+|so\s+)?dark\s+yellow(?![a-z])"
    r"|(?<![a-z])dark\s+yellow\s+(?:pee|wee|urine)(?![a-z])"
    r"|(?:小便|尿)(?:很|好|超|特别)黄",
    re.I,
)
# a trip to the toilet told as when something happened ("stubbed my toe getting up for a wee",
# 起身去厕所): no urinary complaint (NHS.uk broken toe, a stubbed toe treated at home); waking
# to wee again and again is one, so a count or "a lot" after it keeps it (rules-pa, session 50)
_TOILET_ERRAND = re.compile(
    r"(?<![a-z])(?:getting|got|get|went|going|go|on\s+my\s+way)\s+(?:up\s+)?"
    r"(?:(?:in\s+the\s+night|at\s+night)\s+)?(?:to\s+the\s+(?:loo|toilet|bathroom)\s+)?"
    r"(?:for|to\s+have|to\s+do)\s+a\s+(?:wee|pee)(?![a-z])"
    r"(?!\s*(?:\d|a\s+lot|lots|more|several|many|every|again|often|twice|three|four|five|six))",
    re.I,
)
_NORMAL_FUNCTION = re.compile(
    r"(?<![a-z])(?:passing|passed|passes)?\s*(?:urine|wees?|pees?|urine\s+output|bladder"
    # "my wee's a normal colour", "pee's fine" (rules-me, session 47; NHS.uk dehydration)
    r"|bladder\s+and\s+bowels?|bowels?\s+and\s+bladder)(?:'s)?\s+"
    r"(?:is\s+|are\s+|looks\s+|feels\s+)?(?:a\s+)?(?:normally|normal|fine|ok|okay|as\s+usual)"
    r"(?:\s+colou?r)?(?![a-z])"
    r"|(?:大小便|小便|排尿|尿量|尿液|大便|膀胱)\s*(?:都|也)?\s*(?:正常|如常|无异常|无特殊|冇问题|没问题)"
    # its colour said normal, or the act said done as usual ("pee colour normal, not dark",
    # "weeing normally", 尿颜色正常, 小便嘅颜色都正常): a check after a workout or a fever
    r"|(?<![a-z])(?:urine|wee|pee)\s+colou?r(?:'s|\s+is|\s+was|\s+looks)?\s+"
    r"(?:normal|fine|ok|okay|clear)(?![a-z])"
    r"|(?<![a-z])(?:weeing|peeing|urinating)\s+(?:normally|fine|ok|okay|as\s+usual)(?![a-z])"
    r"|(?:小便|尿液|尿)(?:的|嘅)?\s*(?:颜色|顏色|色)\s*(?:都|也)?\s*(?:正常|如常|冇问题|没问题)"
    # the word "normal" before it, as a parent lists a well child's checks ("playing, eating,
    # drinking fine, normal wees": NICE NG143 green, normal hydration)
    r"|(?<![a-z])(?:normal|usual)\s+(?:amount\s+of\s+)?(?:wees|wee|pees|pee|urine|wet\s+nappies)"
    r"(?![a-z])"
    # "still weeing", 有小便 said alone, as a carer's check in a settling illness
    r"|(?<![a-z])still\s+(?:peeing|weeing)(?=\s*(?:[,.;!]|and\b|$))"
    r"|(?<![没冇无])有(?:小便|屙尿|尿)(?=\s*(?:[，,。；;！!]|$))"
    # cannabis named "weed" (NHS.uk cannabis: "a weed brownie", "smoked some weed") is no wee
    r"|(?<![a-z])(?:a|the|some|of|smoked|smoking|smoke|smokes|vaped|vaping|any|much|more)\s+weed"
    r"(?![a-z])|(?<![a-z])weed\s+(?:brownie|gummy|gummie|gummies|edible|cake|cookie|vape|pen"
    r"|joint)s?(?![a-z])",
    re.IGNORECASE,
)

Fills = Literal[
    "chief_complaint",
    "onset",
    "duration",
    "severity",
    "location",
    "character",
    "modifiers",
    "age",
    "sex",
    "pregnancy",
    "conditions",
    "medications",
    "allergies",
    "screening",
]


class Question(BaseModel):
    """One question of the bank, with its wording in every supported language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_ID)
    fills: Fills = Field(description="What the answer tells us; 'screening' for red-flag checks.")
    family: str | None = Field(default=None, description="The complaint family, or None.")
    priority: int = Field(default=50, description="Lower is asked first.")
    topic: tuple[Topic, ...] = Field(
        description="What it asks about: one topic, or a list when it asks about several."
    )
    text: dict[str, str]
    yes_affirms: str | None = Field(
        default=None,
        description="A red-flag concept a yes to this question says (its evidence is the yes).",
    )

    @property
    def asks_age(self) -> bool:
        """Return True when the answer gives an age ("7 weeks" is then no duration)."""
        return self.fills == "age" or "age" in self.topic

    @field_validator("topic", mode="before")
    @classmethod
    def _known_topics(cls, topic: object) -> object:
        topics = [topic] if isinstance(topic, str) else topic
        if not isinstance(topics, list | tuple) or not topics:
            raise ValueError(f"expected a topic or a list of topics, one of {QUESTION_TOPICS}")
        unknown = [t for t in topics if t not in QUESTION_TOPICS]
        if unknown:
            raise ValueError(f"unknown topic(s) {unknown}; use {QUESTION_TOPICS}")
        if len(set(topics)) != len(topics):
            raise ValueError("a topic is listed twice")
        return tuple(topics)

    @field_validator("text")
    @classmethod
    def _both_languages(cls, text: dict[str, str]) -> dict[str, str]:
        return check_languages(text, "text")

    def in_language(self, lang: str) -> str:
        """Return the wording in ``lang``, falling back to English."""
        return self.text.get(supported(lang)) or self.text["en"]


class _Phrases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    en: list[str] = Field(default_factory=list)
    zh: list[str] = Field(default_factory=list)


class FamilySpec(BaseModel):
    """A complaint family: how it is recognised and what it screens for."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    triggers: list[str] = Field(default_factory=list, description="Concept ids (any of them).")
    phrases: _Phrases = Field(default_factory=_Phrases, description="Extra trigger phrases.")
    requires: list[str] = Field(default_factory=list, description="Concepts that must also appear.")
    replaces: list[str] = Field(default_factory=list, description="Families it makes redundant.")
    fallback: bool = Field(default=False, description="Used when no other family is recognised.")
    questions: list[Question] = Field(min_length=2, max_length=4)


class QuestionBank:
    """The loaded question bank."""

    def __init__(
        self, general: Sequence[Question], families: dict[str, FamilySpec], source: str = ""
    ) -> None:
        self.source = source
        self.general: tuple[Question, ...] = tuple(sorted(general, key=lambda q: q.priority))
        self.families: dict[str, FamilySpec] = dict(families)
        self.fallback = next(name for name, f in families.items() if f.fallback)
        self._screening = {
            name: tuple(sorted(f.questions, key=lambda q: q.priority))
            for name, f in families.items()
        }
        self._by_id = {
            q.id: q for q in (*self.general, *(q for f in families.values() for q in f.questions))
        }
        self._phrases = {
            name: PhraseSet([*f.phrases.en, *f.phrases.zh])
            for name, f in families.items()
            if f.phrases.en or f.phrases.zh
        }

    @classmethod
    def load(cls, path: Path | None = None) -> QuestionBank:
        """Load and validate a question bank (default: the packaged questions.yaml)."""
        path = path or DEFAULT_PATH
        data = read_yaml(path)
        unknown = set(data) - {"version", "general", "families"}
        if unknown:
            raise ClinicalDataError(f"{path}: unknown top-level keys {sorted(unknown)}")
        general = []
        for raw in data.get("general") or []:
            question = _question(raw, path, family=None)
            if question.fills == "screening":
                raise ClinicalDataError(
                    f"{path}: question {question.id!r}: screening questions belong to a family"
                )
            general.append(question)
        families: dict[str, FamilySpec] = {}
        for name, raw in (data.get("families") or {}).items():
            if not isinstance(raw, dict):
                raise ClinicalDataError(f"{path}: family {name!r}: expected a mapping")
            raw = dict(raw)
            raw["questions"] = [_question(q, path, family=name) for q in raw.get("questions") or []]
            try:
                families[name] = spec = FamilySpec.model_validate(raw)
                for phrase in (*spec.phrases.en, *spec.phrases.zh):
                    phrase_pattern(phrase)
            except (ValidationError, ValueError) as exc:
                why = describe(exc) if isinstance(exc, ValidationError) else str(exc)
                raise ClinicalDataError(f"{path}: family {name!r}: {why}") from exc
            if not (spec.triggers or spec.phrases.en or spec.phrases.zh or spec.fallback):
                raise ClinicalDataError(f"{path}: family {name!r}: no triggers")
        _check_bank(path, general, families)
        return cls(general, families, source=str(path))

    def get(self, question_id: str) -> Question:
        """Return the question with this id, or raise KeyError naming it."""
        try:
            return self._by_id[question_id]
        except KeyError:
            raise KeyError(f"no question {question_id!r} in the bank") from None

    @property
    def questions(self) -> tuple[Question, ...]:
        """Return every question of the bank."""
        return tuple(self._by_id.values())

    def families_for(self, texts: Sequence[str], rules: RuleSet) -> list[str]:
        """Return the complaint families recognised in ``texts`` (the fallback if none)."""
        self._check_concepts(rules)
        present: set[str] = set()
        for text in texts:
            present |= rules.concepts_in(text)
        complaints = [
            _TOILET_ERRAND.sub(" ", _DARK_YELLOW.sub(" ", _NORMAL_FUNCTION.sub(" ", t)))
            for t in texts
        ]
        found = []
        for name, family in self.families.items():
            if family.fallback or not all(c in present for c in family.requires):
                continue
            phrases = self._phrases.get(name)
            if any(c in present for c in family.triggers) or (
                phrases is not None and any(rules.matches(t, phrases) for t in complaints)
            ):
                found.append(name)
        dropped = {old for name in found for old in self.families[name].replaces}
        found = [name for name in found if name not in dropped]
        return found or [self.fallback]

    def candidates(
        self,
        record: IntakeRecord,
        *,
        asked: Collection[str],
        families: Sequence[str],
        limit: int = 4,
    ) -> list[Question]:
        """Return unasked questions still worth asking: family screening first, then general."""
        asked = set(asked)
        screening = [q for q in self._screening_for(families) if q.id not in asked]
        general = [q for q in self.general if q.id not in asked and _open(q.fills, record)]
        return [*screening, *general][: max(limit, 0)]

    def is_complete(
        self, record: IntakeRecord, *, asked: Collection[str], families: Sequence[str]
    ) -> bool:
        """Return True when enough is known to advise (see the module docstring)."""
        asked = set(asked)
        known = not any(
            _open(fills, record) for fills in ("chief_complaint", "severity", "age")
        ) and not (_open("onset", record) and _open("duration", record))
        return known and all(q.id in asked for q in self._screening_for(families))

    def _screening_for(self, families: Sequence[str]) -> list[Question]:
        questions: list[Question] = []
        for name in dict.fromkeys(families):
            if name not in self._screening:
                raise KeyError(f"no complaint family {name!r} in the bank")
            questions.extend(self._screening[name])
        return questions

    def _check_concepts(self, rules: RuleSet) -> None:
        known = rules.concept_ids
        for name, family in self.families.items():
            for concept in (*family.triggers, *family.requires):
                if concept not in known:
                    raise ClinicalDataError(
                        f"{self.source}: family {name!r}: concept {concept!r} is not defined "
                        f"in {rules.source}"
                    )


def _open(fills: str, record: IntakeRecord) -> bool:
    """Return True when the record does not yet answer what ``fills`` asks about."""
    symptoms = record.symptoms
    match fills:
        case "chief_complaint":
            return not (record.chief_complaint or symptoms)
        case "onset" | "duration" | "location" | "character":
            return not any(getattr(s, fills) for s in symptoms)
        case "severity":
            return not any(s.severity is not None for s in symptoms)
        case "modifiers":
            return not any(s.better_with or s.worse_with for s in symptoms)
        case "age":
            return record.age_years is None
        case "sex":
            return record.sex is None
        case "pregnancy":
            low, high = PREGNANCY_AGES
            age_fits = record.age_years is None or low <= record.age_years <= high
            return record.pregnant is None and record.sex in (None, "female") and age_fits
        case "conditions" | "medications" | "allergies":
            return not getattr(record, fills)
        case "screening":
            return True
    raise ValueError(f"unknown fills {fills!r}")


def _question(raw: object, path: Path, *, family: str | None) -> Question:
    question_id = raw.get("id", "?") if isinstance(raw, dict) else "?"
    if isinstance(raw, dict) and family is not None:
        raw = {"fills": "screening", **raw, "family": family}
    try:
        question = Question.model_validate(raw)
    except ValidationError as exc:
        raise ClinicalDataError(f"{path}: question {question_id!r}: {describe(exc)}") from exc
    if family is not None and question.fills != "screening":
        raise ClinicalDataError(
            f"{path}: question {question_id!r}: family questions have fills: screening"
        )
    return question


def _check_bank(path: Path, general: list[Question], families: dict[str, FamilySpec]) -> None:
    seen: set[str] = set()
    for question in (*general, *(q for f in families.values() for q in f.questions)):
        if question.id in seen:
            raise ClinicalDataError(f"{path}: question {question.id!r}: duplicate id")
        seen.add(question.id)
    fallbacks = [name for name, f in families.items() if f.fallback]
    if len(fallbacks) != 1:
        raise ClinicalDataError(f"{path}: exactly one family needs fallback: true, got {fallbacks}")
    for name, family in families.items():
        for other in family.replaces:
            if other not in families:
                raise ClinicalDataError(f"{path}: family {name!r}: replaces unknown {other!r}")
    missing = {"chief_complaint", "onset", "duration", "severity", "age"} - {
        q.fills for q in general
    }
    if missing:
        raise ClinicalDataError(f"{path}: no general question fills {sorted(missing)}")


@functools.cache
def load_questions() -> QuestionBank:
    """Return the packaged question bank, loaded once per process."""
    return QuestionBank.load()
