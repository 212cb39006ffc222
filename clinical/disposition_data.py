"""The dispositions data: ``clinical/data/dispositions.yaml`` validated and loaded once.

The groups of the sourced lists may also come from the files of a folder named like the file
(``dispositions/*.yaml``, one per body system or theme), appended in file-name order.

The phrase lists, per-family windows and floors that :func:`clinical.disposition.decide` reads.
The ``urgent``, ``refer``, ``minor``, ``infant_minor`` and ``pregnancy_minor`` lists come in
groups that each name their published source.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import NamedTuple

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from clinical.loading import DATA_DIR, ClinicalDataError, describe, read_yaml
from clinical.matching import PhraseSet, phrase_pattern
from states.disposition import Disposition

__all__ = [
    "DEFAULT_PATH",
    "PHRASE_LISTS",
    "SOURCED_LISTS",
    "Dispositions",
    "FamilyWindow",
    "Pair",
    "PhraseGroup",
    "load_dispositions",
]

DEFAULT_PATH = DATA_DIR / "dispositions.yaml"
# Sourced lists that live only in a group file (dispositions/known_conditions.yaml,
# dispositions/checked_and_told.yaml): empty when the main file is loaded without its folder;
# every other list must be in the main file.
_GROUP_FILE_ONLY = (
    "usual_episode",
    "usual_panic",
    "episode_over",
    "unusual_episode",
    "pharmacy_checked",
    "pregnancy_checked",
    "mothers_own",
    "risk_condition_stable",
    "newborn_normal",
    "food_coloured_pee",
)
PHRASE_LISTS = (
    "mild",
    "improving",
    "coping",
    "worsening",
    "impaired",
    "severe",
    "hyperbole",
    "pain_eased",
    "exertion_soreness",
    "minor_knock",
    "plain_degree",
    "asking_ahead",
    "persistent",
    "lasting",
    "review",
    "minor",
    "infant_minor",
    "pregnancy_minor",
    "female",
    "own_complaint",
    "usual_self",
    "urgent",
    "refer",
    "risk_condition",
    "risk_condition_lasting",
    *_GROUP_FILE_ONLY,
)
GROUP_FILE_LISTS = frozenset(_GROUP_FILE_ONLY)
# Lists whose phrases come in groups, each naming the published guidance it follows.
SOURCED_LISTS = frozenset(
    {
        "urgent",
        "refer",
        "minor",
        "infant_minor",
        "pregnancy_minor",
        "minor_knock",
        *_GROUP_FILE_ONLY,
    }
)


# the states a lift may name in ``when_said``: a known condition's usual episode settling, read
# by clinical/disposition.py from the lists of dispositions/known_conditions.yaml; pee coloured
# by a red food (dispositions/minor_told_by_signs.yaml, NHS.uk blood in urine)
LIFT_STATES = frozenset({"usual_episode", "usual_panic", "food_coloured_pee"})


class Pharmacy(BaseModel):
    """When a family's floor lifts: a mild, short problem a pharmacist treats in a woman."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    ages: tuple[float, float]  # from, up to (not including)
    window_days: float = Field(ge=0, le=365)
    source: str = Field(min_length=3)


class Lift(BaseModel):
    """When a family's floor is lower: a known condition in its usual, settled pattern, or a
    pattern the guidance names as harmless (``to: self_care`` takes the floor away; the
    self-care level still needs its positive evidence)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    when_all: list[str] = []  # red-flag concepts, all said
    # or a state the decision reads from its phrase lists (``usual_panic``: the usual panic
    # attack of a known panic disorder, passed), all of them
    when_said: list[str] = []
    to: Disposition
    source: str = Field(min_length=3)

    @model_validator(mode="after")
    def _names_a_condition(self) -> Lift:
        if not self.when_all and not self.when_said:
            raise ValueError("a lift names its concepts (when_all) or its states (when_said)")
        unknown = set(self.when_said) - LIFT_STATES
        if unknown:
            raise ValueError(f"when_said: unknown states {sorted(unknown)}")
        return self


class FamilyWindow(BaseModel):
    """How long a complaint family may last and still be self-care, and its lowest level."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    window_days: float = Field(ge=0, le=365)
    floor: Disposition | None = None
    # the floor is lower when all the concepts of one lift are said (NHS.uk angina: diagnosed,
    # relieved by rest or GTN, as usual: a GP matter, not same-day); the first that holds wins
    lifts: list[Lift] = []
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
    # red-flag concepts that must all be said too (NICE NG18: a child's thirst and wees)
    when: list[str] = Field(default_factory=list)
    # only for an age told under this many years (NHS.uk early puberty: signs before 8 or 9)
    under_years: float | None = Field(default=None, gt=0, le=120)
    # a minor illness's own time before a GP, from its page (NHS.uk athlete's foot: 2 weeks),
    # in place of a shorter self-care window
    window_days: float | None = Field(default=None, ge=0, le=365)
    # the main part is a long-term condition: it counts told as past too ("discharged with
    # heart failure", 因为心衰住院后出院), never negated or someone else's; or an event whose
    # time since is the point ("I had my baby 4 months ago", 一两个月前长了疣)
    known: bool = False
    # the ``with`` part counts told as past too: a span said with its own past cue ("a month
    # or two ago", 一两个月前), in the same clause as the main part
    known_with: bool = False
    # the ``unless`` part counts told as past too: a time that dates the event years back, said
    # in the sentence before it ("something that happened 3 years ago, I was assaulted")
    known_unless: bool = False


class Pair(NamedTuple):
    """A group that counts only with its ``with`` part, not with its ``unless`` part, and only
    when its ``when`` concepts are all said."""

    group: PhraseSet
    together: PhraseSet | None
    unless: PhraseSet | None
    when: frozenset[str]
    known: bool = False
    under_years: float | None = None
    known_with: bool = False
    known_unless: bool = False


def _part(phrases: _Phrases | None) -> PhraseSet | None:
    return None if phrases is None else PhraseSet([*phrases.en, *phrases.zh])


def _phrase_list(name: str, raw: object) -> list[_Phrases]:
    """Validate one phrase list: ``{en, zh}``, or for SOURCED_LISTS a list of sourced groups."""
    if raw is None and name in GROUP_FILE_LISTS:
        return []
    if name in SOURCED_LISTS:
        if not isinstance(raw, list) or not raw:
            raise ValueError("a list of groups, each with source, en and zh")
        return [PhraseGroup.model_validate(group) for group in raw]
    return [_Phrases.model_validate(raw)]


def _append_group_files(data: dict[str, object], folder: Path) -> None:
    """Append the groups of ``folder/*.yaml`` (only ``phrases:`` with sourced lists) to
    ``data``'s phrase lists, in file-name order; a wrong file fails naming itself."""
    if not folder.is_dir():
        return
    phrases = data.setdefault("phrases", {})
    if not isinstance(phrases, dict):
        raise ClinicalDataError(f"{folder}.yaml: phrases must be a mapping of lists")
    for file in sorted(folder.glob("*.yaml")):
        more = read_yaml(file)
        lists = more.get("phrases")
        if set(more) != {"phrases"} or not isinstance(lists, dict):
            raise ClinicalDataError(f"{file}: holds only a `phrases:` mapping of sourced lists")
        for name, groups in lists.items():
            if name not in SOURCED_LISTS or not isinstance(groups, list) or not groups:
                raise ClinicalDataError(
                    f"{file}: phrases {name!r}: only the sourced lists "
                    f"{sorted(SOURCED_LISTS)}, each a list of groups"
                )
            have = phrases.setdefault(name, [])
            if not isinstance(have, list):
                raise ClinicalDataError(f"{file}: phrases {name!r}: not a list of groups here")
            have.extend(groups)


class Dispositions:
    """The loaded dispositions data."""

    def __init__(
        self,
        *,
        window_days: float,
        families: dict[str, FamilyWindow],
        phrases: dict[str, PhraseSet],
        groups: dict[str, list[PhraseGroup]] | None = None,
        pairs: dict[str, list[Pair]] | None = None,
        source: str = "<memory>",
    ) -> None:
        self.window_days = window_days
        self.families = families
        self.phrases = phrases
        self.groups = groups or {}
        # groups with "with" (both parts must be said), "unless" (not when that part is said) or
        # "when" (concepts that must be said too)
        self.pairs = pairs or {}
        # minor illnesses with their own window: (the group, its ``with`` part, its window in
        # days, whether the group counts told as past, its ``unless`` part); an expected
        # after-effect counts with its procedure or medicine said too, and a group with
        # ``unless`` keeps its window only when that part is not said (session 48, rules-nb:
        # NHS.uk flatulence and bloating, no window with blood, weight loss or pain)
        self.own_windows = [
            (
                PhraseSet([*g.en, *g.zh]),
                _part(g.together),
                g.window_days,
                g.known,
                g.known_with,
                _part(g.unless),
            )
            for g in self.groups.get("minor", ())
            if g.window_days is not None and not g.when
        ]
        self.source = source

    @classmethod
    def load(cls, path: Path | None = None) -> Dispositions:
        """Load and validate a dispositions file (default: the packaged one) and the group
        files of the folder beside it named like it, if there is one."""
        path = path or DEFAULT_PATH
        data = read_yaml(path)
        unknown = set(data) - {"version", "window_days", "families", "phrases"}
        if unknown:
            raise ClinicalDataError(f"{path}: unknown top-level keys {sorted(unknown)}")
        _append_group_files(data, path.with_suffix(""))
        families: dict[str, FamilyWindow] = {}
        for name, raw in (data.get("families") or {}).items():
            try:
                families[str(name)] = FamilyWindow.model_validate(raw)
            except ValidationError as exc:
                raise ClinicalDataError(f"{path}: family {name!r}: {describe(exc)}") from exc
        phrases: dict[str, PhraseSet] = {}
        groups: dict[str, list[PhraseGroup]] = {}
        pairs: dict[str, list[Pair]] = {}
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
                if not isinstance(s, PhraseGroup)
                or (
                    not s.together
                    and not s.unless
                    and not s.when
                    and not s.known
                    and s.under_years is None
                )
            ]
            phrases[name] = PhraseSet(p for spec in alone for p in (*spec.en, *spec.zh))
            pairs[name] = [
                Pair(
                    PhraseSet([*g.en, *g.zh]),
                    _part(g.together),
                    _part(g.unless),
                    frozenset(g.when),
                    g.known,
                    g.under_years,
                    g.known_with,
                    g.known_unless,
                )
                for g in sourced
                if g.together is not None
                or g.unless is not None
                or g.when
                or g.known
                or g.under_years is not None
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
