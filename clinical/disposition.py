"""All four levels without a model: the level below the red flags, as telephone triage decides it.

When no red flag fires, the complaint families recognised in the conversation decide from
severity, duration, course, function, age, pregnancy and known conditions, using the
phrase lists and per-family windows in ``clinical/data/dispositions.yaml``:

- ``urgent``: a sign NHS 111 or NICE CKS sends to a GP or pharmacist today, new severe pain
  (or 7+/10) that is not improving, worse and worse with function lost, a baby under 3
  months, a known risk condition with a fever, pregnancy with a urinary, tummy, fever or
  headache problem;
- ``self_care`` only with positive evidence (mild, improving, coping, or a minor illness
  NHS.uk treats at home) and nothing against it (no lost function, no worsening, not
  severe, not beyond the family's window, no risk group, not a review request); a baby's age
  is no reason against it for the minor illnesses NHS.uk has parents treat at home (teething,
  nappy rash, cradle cap: ``infant_minor``), and a family's floor lifts for a mild problem a
  pharmacist treats in a woman (``pharmacy``: NHS Pharmacy First, uncomplicated UTI at 16-64);
- ``non_urgent`` otherwise, and always for a sign a clinician should see within days (NICE
  NG12 suspected cancer signs, ``refer``).

The ``urgent``, ``refer`` and ``minor`` phrases come in groups that each name their source.

:func:`decide` is what the graph's no-model path and ``triage eval --rules-only`` both call;
the caller takes the more urgent of this and the red flags. It never says ``emergency``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from clinical.ages import duration_findings
from clinical.loading import DATA_DIR, ClinicalDataError, describe, read_yaml
from clinical.matching import PhraseSet, phrase_pattern
from clinical.red_flags import RuleSet, load_rules
from states.disposition import Disposition, more_urgent
from states.record import IntakeRecord

__all__ = ["Dispositions", "decide", "load_dispositions"]

DEFAULT_PATH = DATA_DIR / "dispositions.yaml"
PHRASE_LISTS = (
    "mild",
    "improving",
    "coping",
    "worsening",
    "impaired",
    "severe",
    "persistent",
    "lasting",
    "review",
    "minor",
    "infant_minor",
    "pregnancy_minor",
    "female",
    "urgent",
    "refer",
    "risk_condition",
)
# Lists whose phrases come in groups, each naming the published guidance it follows.
SOURCED_LISTS = frozenset({"urgent", "refer", "minor", "infant_minor", "pregnancy_minor"})
URGENT_IN_PREGNANCY = frozenset({"urinary", "abdominal_pain", "fever", "headache"})
YOUNG_INFANT_YEARS = 0.25
INFANT_YEARS = 1.0
OLDER_YEARS = 75.0
# Severe pain is urgent when it is new (Manchester Triage pain discriminators triage an acute
# presentation); pain that has lasted this long is a GP appointment (NICE CKS: long-standing
# pain is reviewed, not seen the same day), unless it is getting worse.
LONG_STANDING_DAYS = 28.0
# "not regular for several months", 唔准咗几个月: the negation negates "regular", not the months;
# one right before the span still does ("not for weeks", 不到一个月, 没几个月)
LASTING_REACH = 1
RAISED_SYSTOLIC, RAISED_DIASTOLIC = 140.0, 90.0  # NICE NG136: clinic blood pressure to confirm
# A worry asked as a yes/no question ("is it a fungal infection spreading??", 係咪擴散緊？？,
# "are they spreading?") reports nothing: such a sentence does not count against self-care as
# getting worse. A question that reports it ("is it normal that it keeps spreading?") still does,
# and so does every question for the same-day check (worse with function lost).
_ASKED_WORRY = re.compile(
    r"(?:(?<=^)|(?<=[.!?。！？，,\n]))\s*(?:is|are|could|can|does|do|will|might)\s+"
    r"(?:it|this|that|they|these|those)\b(?![^.!?。！？\n]*\b(?:normal|that|because)\b)"
    r"[^.!?。！？\n]*[?？]+"
    r"|(?:(?<=^)|(?<=[.!?。！？，,\n]))[^.!?。！？，,\n]*(?:是不是|会不会|係咪|系咪|会唔会|會唔會|會不會)"
    r"(?![^.!?。！？，,\n]*正常)[^.!?。！？，,\n]*[?？]+",
    re.I,
)
# NICE CKS Anticoagulation - oral: an INR of 5 or more (above range, with or without bleeding)
# needs the anticoagulant service the same day (doses withheld, vitamin K above 8); the number is
# the first one after "INR" within a few words ("INR came back 7.2", INR是5.8, "INR of 6")
INR_SAME_DAY = 5.0
_INR = re.compile(
    r"(?<![A-Za-z])INR(?![A-Za-z])[^0-9\n.!?。！？]{0,20}?(\d{1,2}(?:\.\d+)?)"
    r"(?![\d.]*\s*(?:days?|weeks?|天|日))",
    re.I,
)
_SCORE = re.compile(r"(?<![\d.])(10|\d)\s*(?:/|out of|of)\s*10(?!\d)|(?<![\d.])(10|\d)\s*分(?!钟)")


class Pharmacy(BaseModel):
    """When a family's floor lifts: a mild, short problem a pharmacist treats in a woman."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ages: tuple[float, float]  # from, up to (not including)
    window_days: float = Field(ge=0, le=365)
    source: str = Field(min_length=3)


class Lift(BaseModel):
    """When a family's floor is lower: a known condition in its usual, settled pattern."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    when_all: list[str] = Field(min_length=1)  # red-flag concepts, all said
    to: Disposition
    source: str = Field(min_length=3)


class FamilyWindow(BaseModel):
    """How long a complaint family may last and still be self-care, and its lowest level."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    window_days: float = Field(ge=0, le=365)
    floor: Disposition | None = None
    # the floor is lower when all these concepts are said (NHS.uk angina: diagnosed, relieved by
    # rest or GTN, as usual: a GP matter, not same-day)
    lift: Lift | None = None
    # the floor does not hold for a mild problem in a woman of these ages, not pregnant, with
    # positive evidence and nothing against it (NHS Pharmacy First: uncomplicated UTI)
    pharmacy: Pharmacy | None = None


class _Phrases(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    en: list[str] = Field(min_length=1)
    zh: list[str] = Field(min_length=1)


class PhraseGroup(_Phrases):
    """Phrases of one sign or condition, and the published guidance they follow.

    With ``with``, the group counts only when a phrase of each part is said ("diarrhoea" with
    "blood"), in any of the patient's messages. With ``unless``, it does not count when a phrase
    of that part is said ("red and hot" skin after a day in the sun is sunburn, not cellulitis).
    """

    source: str = Field(min_length=3)
    together: _Phrases | None = Field(default=None, alias="with")
    unless: _Phrases | None = None
    # a minor illness's own time before a GP, from its page (NHS.uk athlete's foot: 2 weeks),
    # in place of a shorter self-care window
    window_days: float | None = Field(default=None, ge=0, le=365)


def _part(phrases: _Phrases | None) -> PhraseSet | None:
    return None if phrases is None else PhraseSet([*phrases.en, *phrases.zh])


def _phrase_list(name: str, raw: object) -> list[_Phrases]:
    """Validate one phrase list: ``{en, zh}``, or for SOURCED_LISTS a list of sourced groups."""
    if name in SOURCED_LISTS:
        if not isinstance(raw, list) or not raw:
            raise ValueError("a list of groups, each with source, en and zh")
        return [PhraseGroup.model_validate(group) for group in raw]
    return [_Phrases.model_validate(raw)]


class Dispositions:
    """The loaded dispositions data."""

    def __init__(
        self,
        *,
        window_days: float,
        families: dict[str, FamilyWindow],
        phrases: dict[str, PhraseSet],
        groups: dict[str, list[PhraseGroup]] | None = None,
        pairs: dict[str, list[tuple[PhraseSet, PhraseSet | None, PhraseSet | None]]] | None = None,
        source: str = "<memory>",
    ) -> None:
        self.window_days = window_days
        self.families = families
        self.phrases = phrases
        self.groups = groups or {}
        # groups with "with" (both parts must be said) or "unless" (not when that part is said):
        # (the group, its "with" part or None, its "unless" part or None)
        self.pairs = pairs or {}
        # minor illnesses with their own window: (the group, its window in days)
        self.own_windows = [
            (PhraseSet([*g.en, *g.zh]), g.window_days)
            for g in self.groups.get("minor", ())
            if g.window_days is not None and g.together is None and g.unless is None
        ]
        self.source = source

    @classmethod
    def load(cls, path: Path | None = None) -> Dispositions:
        """Load and validate a dispositions file (default: the packaged one)."""
        path = path or DEFAULT_PATH
        data = read_yaml(path)
        unknown = set(data) - {"version", "window_days", "families", "phrases"}
        if unknown:
            raise ClinicalDataError(f"{path}: unknown top-level keys {sorted(unknown)}")
        families: dict[str, FamilyWindow] = {}
        for name, raw in (data.get("families") or {}).items():
            try:
                families[str(name)] = FamilyWindow.model_validate(raw)
            except ValidationError as exc:
                raise ClinicalDataError(f"{path}: family {name!r}: {describe(exc)}") from exc
        phrases: dict[str, PhraseSet] = {}
        groups: dict[str, list[PhraseGroup]] = {}
        pairs: dict[str, list[tuple[PhraseSet, PhraseSet | None, PhraseSet | None]]] = {}
        raw_phrases = data.get("phrases") or {}
        for name in PHRASE_LISTS:
            try:
                specs = _phrase_list(name, raw_phrases.get(name))
                for phrase in (p for spec in specs for p in (*spec.en, *spec.zh)):
                    phrase_pattern(phrase)
            except (ValidationError, ValueError) as exc:
                why = describe(exc) if isinstance(exc, ValidationError) else str(exc)
                raise ClinicalDataError(f"{path}: phrases {name!r}: {why}") from exc
            sourced = [g for g in specs if isinstance(g, PhraseGroup)]
            alone = [
                s
                for s in specs
                if not isinstance(s, PhraseGroup) or (not s.together and not s.unless)
            ]
            phrases[name] = PhraseSet(p for spec in alone for p in (*spec.en, *spec.zh))
            pairs[name] = [
                (PhraseSet([*g.en, *g.zh]), _part(g.together), _part(g.unless))
                for g in sourced
                if g.together is not None or g.unless is not None
            ]
            groups[name] = [g for g in specs if isinstance(g, PhraseGroup)]
        extra = set(raw_phrases) - set(PHRASE_LISTS)
        if extra:
            raise ClinicalDataError(f"{path}: unknown phrase lists {sorted(extra)}")
        window = data.get("window_days")
        if not isinstance(window, int | float) or window < 0:
            raise ClinicalDataError(f"{path}: window_days must be a number of days")
        return cls(
            window_days=float(window),
            families=families,
            phrases=phrases,
            groups=groups,
            pairs=pairs,
            source=str(path),
        )


@functools.cache
def load_dispositions() -> Dispositions:
    """Return the packaged dispositions, loaded once per process."""
    return Dispositions.load()


def _severity(record: IntakeRecord, texts: Sequence[str]) -> int | None:
    scores = [s.severity for s in record.symptoms if s.severity is not None]
    for text in texts:
        for m in _SCORE.finditer(text):
            scores.append(int(m.group(1) or m.group(2)))
    return max(scores) if scores else None


def _days(record: IntakeRecord, texts: Sequence[str], rules: RuleSet) -> float | None:
    found = [d.value for t in texts for d in rules.findings(t).durations]
    for symptom in record.symptoms:
        for field in (symptom.duration, symptom.onset):
            if field:
                found += [d.value for d in duration_findings(field)]
    return max(found) if found else None


def _raised_blood_pressure(texts: Sequence[str], rules: RuleSet) -> bool:
    """Return True for a typed reading of 140/90 or more (NICE NG136: repeat it, not at home)."""
    for text in texts:
        vitals = rules.findings(text).vitals
        systolic, diastolic = vitals.get("systolic_bp"), vitals.get("diastolic_bp")
        if (systolic and systolic.value >= RAISED_SYSTOLIC) or (
            diastolic and diastolic.value >= RAISED_DIASTOLIC
        ):
            return True
    return False


def _inr_above_range(texts: Sequence[str]) -> bool:
    """Return True for an INR typed at 5 or more (NICE CKS Anticoagulation - oral)."""
    return any(float(m.group(1)) >= INR_SAME_DAY for t in texts for m in _INR.finditer(t))


def _reported_worse(texts: Sequence[str], data: Dispositions, rules: RuleSet) -> bool:
    """Return True when getting worse is said outside a worry asked as a yes/no question."""
    reported = [_ASKED_WORRY.sub(" ", text) for text in texts]
    return any(rules.matches(text, data.phrases["worsening"]) for text in reported if text.strip())


def decide(
    record: IntakeRecord | None,
    texts: Sequence[str],
    families: Sequence[str],
    *,
    rules: RuleSet | None = None,
    data: Dispositions | None = None,
) -> tuple[Disposition, list[str]]:
    """Return the level below the red flags and the reasons, from the patient's own words.

    ``texts`` are the patient's messages (answers included), ``families`` the complaint
    families recognised in them (``QuestionBank.families_for``). Never ``emergency``: the
    caller takes the more urgent of this and the rules' hits.
    """
    record = record or IntakeRecord()
    rules = rules or load_rules()
    data = data or load_dispositions()
    texts = [t for t in texts if t and t.strip()]

    def heard(phrases: PhraseSet, reach: int | None = None) -> bool:
        return any(rules.matches(text, phrases, reach=reach) for text in texts)

    def said(name: str) -> bool:
        return heard(data.phrases[name]) or any(
            heard(group)
            and (together is None or heard(together))
            and (but is None or not heard(but))
            for group, together, but in data.pairs.get(name, ())
        )

    concepts: set[str] = set().union(*(rules.concepts_in(t) for t in texts)) if texts else set()
    ages = [a.value for t in texts for a in rules.findings(t).ages]
    if record.age_years is not None:
        ages.append(record.age_years)
    age = min(ages) if ages else None
    pregnant = record.pregnant is True or "pregnancy" in concepts
    severity = _severity(record, texts)
    days = _days(record, texts, rules)
    risk = said("risk_condition") or any(
        rules.matches(c, data.phrases["risk_condition"]) for c in record.conditions
    )
    mild, improving, coping = said("mild"), said("improving"), said("coping")
    severe = (severity is not None and severity >= 7) or said("severe")
    infant_minor = said("infant_minor")  # NHS.uk: treated at home in a baby

    def at_the_pharmacy(family: FamilyWindow) -> bool:
        p = family.pharmacy
        return (
            p is not None
            and (mild or (severity is not None and severity <= 3))
            and not severe
            and not pregnant
            and said("female")
            and age is not None
            and p.ages[0] <= age < p.ages[1]
        )

    def family_floor(family: FamilyWindow) -> Disposition | None:
        lift = family.lift
        if lift is not None and all(c in concepts for c in lift.when_all):
            return lift.to
        return family.floor

    windows = [
        (w.pharmacy.window_days, None)
        if at_the_pharmacy(w) and w.pharmacy
        else (w.window_days, family_floor(w))
        for w in (data.families[f] for f in families if f in data.families)
    ]
    window = min((days for days, _ in windows), default=data.window_days)
    own = [days for group, days in data.own_windows if heard(group)]
    if own:  # a minor illness said keeps its own page's window when that is longer
        window = max(window, *own)
    floor = more_urgent(*(level for _, level in windows))

    worsening, impaired = said("worsening"), said("impaired")

    long_standing = days is not None and days >= LONG_STANDING_DAYS and not worsening

    urgent: list[str] = []
    if said("urgent"):
        urgent.append("a sign that needs a clinician today")
    if severe and not improving and not long_standing:
        urgent.append("severe symptoms")
    if worsening and impaired:
        urgent.append("getting worse and stopping normal activities")
    if age is not None and age < YOUNG_INFANT_YEARS:
        urgent.append("a baby under 3 months")
    if risk and ("fever" in concepts or "shivering" in concepts):
        urgent.append("a fever with a condition that weakens the immune system")
    if _inr_above_range(texts):
        urgent.append("an INR well above its range")
    if pregnant and URGENT_IN_PREGNANCY.intersection(families):
        urgent.append("a new problem in pregnancy")
    if urgent:
        return more_urgent(Disposition.URGENT, floor) or Disposition.URGENT, urgent

    against: list[str] = []
    if days is not None and days > window:
        against.append(f"lasting more than {window:g} days")
    # a span of weeks or months: a negation reaches it only right before it (LASTING_REACH)
    if said("persistent") or heard(data.phrases["lasting"], reach=LASTING_REACH):
        against.append("lasting or coming back")
    for name, why in (
        ("refer", "a sign a clinician should check within days"),
        ("review", "a review or test needs a clinician"),
        ("impaired", "stopping normal activities"),
    ):
        if said(name):
            against.append(why)
    if worsening and _reported_worse(texts, data, rules):
        against.append("getting worse")
    if severe or (severity is not None and severity >= 5):
        against.append("moderate or severe symptoms")
    # NHS.uk common symptoms of pregnancy, said to be mild or easing, are treated at home
    if pregnant and not (said("pregnancy_minor") and (mild or improving)):
        against.append("pregnancy")
    if age is not None and ((age < INFANT_YEARS and not infant_minor) or age >= OLDER_YEARS):
        against.append("age")
    if risk:
        against.append("a long-term condition")
    if _raised_blood_pressure(texts, rules):
        against.append("a blood pressure reading to repeat")
    minor = said("minor") or infant_minor or (pregnant and said("pregnancy_minor"))
    positive = mild or improving or coping or minor or (severity is not None and severity <= 3)
    if positive and not against and floor is None:
        evidence = [
            why
            for flag, why in (
                (mild, "mild"),
                (improving, "improving"),
                (coping, "coping"),
                (minor, "a minor illness usually treated at home"),
            )
            if flag
        ]
        return Disposition.SELF_CARE, evidence
    level = more_urgent(Disposition.NON_URGENT, floor) or Disposition.NON_URGENT
    return level, against or ["no sign that it can safely be managed at home"]
