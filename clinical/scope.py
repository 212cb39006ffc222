"""The scope guard: no doses, no prescriptions, no certain diagnoses, no talking anyone out of care.

It works both ways, from patterns in ``clinical/data/scope.yaml``:

- **patient requests** (:func:`request_kind`): "how many mg of ibuprofen", "给我开点药",
  "do I have cancer?" are out of scope; the agent answers with the kind refusal
  ``scope_refusal.<kind>`` from messages.yaml and carries on with the intake. Facts are not
  requests: "I took 2 tablets of paracetamol this morning" asks for nothing.
- **the model's own text** (:func:`output_problem`): a question or advice that states a dose,
  a certain diagnosis ("you have pneumonia", "你得了…", "肯定是…") or tells the patient not to
  seek care never reaches the patient. A diagnosis inside a question or after a hedge ("if
  you have asthma", "可能是感冒") is not certain and passes.

Every language's patterns apply to every text (patients and models mix languages).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from clinical.loading import DATA_DIR, LANGUAGES, ClinicalDataError, read_yaml
from clinical.matching import normalize
from clinical.scope_regex import required_literal, stop_source, stops
from states.disposition import Disposition

__all__ = [
    "OutputProblem",
    "RequestKind",
    "ScopeGuard",
    "StreamCheck",
    "load_scope",
    "output_problem",
    "request_kind",
    "within_scope",
]

DEFAULT_PATH = DATA_DIR / "scope.yaml"

RequestKind = Literal["dose", "prescription", "diagnosis"]
OutputProblem = Literal["dose", "diagnosis", "discourage_care", "home_only"]
REQUEST_KINDS: tuple[str, ...] = get_args(RequestKind)
OUTPUT_KINDS: tuple[str, ...] = get_args(OutputProblem)
HEDGED_KINDS = frozenset({"diagnosis"})  # uncertain inside a question or after a hedge

_VOCAB = re.compile(r"<([a-z_]+)>")
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?;\n。！？；]")
_QUESTION_END = re.compile(r"(?:[?？]|[吗呢][\s\"'”」）)]*)\s*$")


@dataclass(frozen=True)
class _Check:
    kind: str
    patterns: tuple[re.Pattern[str], ...]
    min_level: Disposition | None = None
    # Per pattern, a run of caseless characters every match contains (None: no such run);
    # a text without it cannot match, so the pattern is not run (see required_literal).
    required: tuple[str | None, ...] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "required", tuple(required_literal(p) for p in self.patterns))

    def searches(self, lowered: str, start: int = 0) -> Iterator[re.Pattern[str]]:
        """Yield the patterns that could match ``lowered`` from ``start`` on, in order."""
        for pattern, needed in zip(self.patterns, self.required, strict=True):
            if needed is None or lowered.find(needed, start) >= 0:
                yield pattern


class ScopeGuard:
    """The loaded scope patterns: patient requests and model-output checks."""

    def __init__(
        self,
        requests: Iterable[_Check],
        output: Iterable[_Check],
        hedges: Iterable[str],
        source: str = "<memory>",
    ) -> None:
        self.source = source
        self.requests = tuple(requests)
        self.output = tuple(output)
        words = sorted({normalize(h).strip().lower() for h in hedges if h.strip()}, key=len)
        alternation = "|".join(re.escape(w) for w in reversed(words))
        self._hedge = re.compile(rf"(?<![a-z])(?:{alternation})(?![a-z])") if words else None
        self.stops, self.lookahead = stops([p for c in self.output for p in c.patterns])

    @classmethod
    def load(cls, path: Path | None = None) -> ScopeGuard:
        """Load and validate a scope file (default: the packaged scope.yaml)."""
        path = path or DEFAULT_PATH
        data = read_yaml(path)
        unknown = set(data) - {"version", "vocab", "requests", "output", "hedges"}
        if unknown:
            raise ClinicalDataError(f"{path}: unknown top-level keys {sorted(unknown)}")
        vocab = {
            name: _alternation(_by_language(words, path, f"vocab {name!r}"))
            for name, words in (data.get("vocab") or {}).items()
        }
        requests = _checks(data.get("requests"), REQUEST_KINDS, vocab, path, "requests")
        output = _checks(data.get("output"), OUTPUT_KINDS, vocab, path, "output")
        hedges = _by_language(data.get("hedges") or {}, path, "hedges")
        return cls(requests, output, hedges, source=str(path))

    def request_kind(self, text: str) -> str | None:
        """Return what out-of-scope thing the patient asks for ("dose", ...), or None."""
        lowered = normalize(text).lower()
        for check in self.requests:
            if any(p.search(lowered) for p in check.searches(lowered)):
                return check.kind
        return None

    def output_problem(self, text: str, *, level: Disposition | str | None = None) -> str | None:
        """Return why the model's ``text`` must not reach the patient, or None if it may.

        ``level`` is the level of care the text goes with; kinds with a ``min_level``
        ("manage this at home") only count at that level or above.
        """
        return self.problem_from(normalize(text).lower(), 0, level=level)

    def problem_from(
        self, lowered: str, start: int, *, level: Disposition | str | None = None
    ) -> str | None:
        """Return :meth:`output_problem` of normalised, lower-cased text, from ``start`` on.

        Only matches that begin at ``start`` or later count; the patterns still see the
        text before ``start`` (look-behinds, ``\\b``, a hedge earlier in the sentence).
        """
        rank = Disposition(level).rank if level is not None else None
        for check in self.output:
            if check.min_level is not None and (rank is None or rank < check.min_level.rank):
                continue
            for pattern in check.searches(lowered, start):
                for match in pattern.finditer(lowered, start):
                    if check.kind in HEDGED_KINDS and self._uncertain(lowered, match.start()):
                        continue
                    return check.kind
        return None

    def _uncertain(self, lowered: str, start: int) -> bool:
        """Return True when the sentence holding ``start`` is a question or hedged before it."""
        before = [m.end() for m in _SENTENCE_END.finditer(lowered, 0, start)]
        sentence_start = before[-1] if before else 0
        end = _SENTENCE_END.search(lowered, start)
        sentence = lowered[sentence_start : end.end() if end else len(lowered)]
        if _QUESTION_END.search(sentence):
            return True
        return self._hedge is not None and bool(self._hedge.search(lowered, sentence_start, start))


class StreamCheck:
    """:meth:`ScopeGuard.output_problem` of a growing text, at about linear total cost.

    Each :meth:`check` gives the verdict that ``output_problem`` gives on the whole text
    so far, provided every earlier check of this text passed. It reads only from the start
    of a recent sentence: a *stop* is a sentence end that no output pattern can match
    across (:func:`clinical.scope_regex.stops` proves which, from the patterns themselves:
    "!", "?", and a "." not followed by a digit with today's patterns). A match that begins
    before the last stop also ends before it and, with its sentence, its hedge and what the
    pattern looks ahead at, lies in text that the previous check saw and passed.
    """

    def __init__(self, guard: ScopeGuard, level: Disposition | str | None = None) -> None:
        self._guard = guard
        self._level = level
        self._stop = re.compile(stop_source(guard.stops)) if guard.stops else None
        self._seen = ""  # the checked text up to the last stop and what is looked at after it
        self._start = 0  # where that stop's next sentence starts

    def check(self, text: str) -> str | None:
        """Return ``output_problem(text)``: ``text`` extends the last text checked."""
        lowered = normalize(text).lower()
        start = self._start if lowered.startswith(self._seen) else 0
        problem = self._guard.problem_from(lowered, start, level=self._level)
        if problem is None:
            self._advance(lowered, start)
        else:
            self._seen, self._start = "", 0
        return problem

    def _advance(self, lowered: str, start: int) -> None:
        if self._stop is None:
            return
        reach = self._guard.lookahead + 1  # what a pattern reads past the stop, and one more
        last = None
        for match in self._stop.finditer(lowered, max(start - 1, 0)):
            if match.start() + reach >= len(lowered):
                break
            last = match.start()
        if last is not None and last + 1 > start:
            self._seen = lowered[: last + 1 + reach]
            self._start = last + 1
        elif not lowered.startswith(self._seen):
            self._seen, self._start = "", 0


def _by_language(raw: object, path: Path, what: str) -> list[str]:
    if not isinstance(raw, dict):
        raise ClinicalDataError(f"{path}: {what}: expected a mapping of language to a list")
    unknown = set(raw) - {"min_level", *LANGUAGES}
    if unknown:
        raise ClinicalDataError(f"{path}: {what}: unknown keys {sorted(unknown)}")
    items: list[str] = []
    for lang in LANGUAGES:
        values = raw.get(lang) or []
        if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
            raise ClinicalDataError(f"{path}: {what}.{lang}: expected a list of strings")
        items.extend(values)
    if not items:
        raise ClinicalDataError(f"{path}: {what}: empty")
    return items


def _alternation(words: list[str]) -> str:
    unique = sorted({normalize(w).strip().lower() for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in unique)


def _checks(
    raw: object, kinds: tuple[str, ...], vocab: dict[str, str], path: Path, section: str
) -> list[_Check]:
    if not isinstance(raw, dict):
        raise ClinicalDataError(f"{path}: {section}: expected a mapping of kind to patterns")
    unknown = set(raw) - set(kinds)
    missing = set(kinds) - set(raw)
    if unknown or missing:
        raise ClinicalDataError(
            f"{path}: {section}: kinds must be exactly {list(kinds)} "
            f"(unknown {sorted(unknown)}, missing {sorted(missing)})"
        )
    checks = []
    for kind in kinds:
        spec = raw[kind]
        what = f"{section} {kind!r}"
        patterns = []
        for source in _by_language(spec, path, what):
            expanded = _expand(source, vocab, path, what)
            try:
                patterns.append(re.compile(expanded, re.IGNORECASE))
            except re.error as exc:
                raise ClinicalDataError(f"{path}: {what}: bad pattern {source!r}: {exc}") from exc
        min_level = spec.get("min_level")
        try:
            level = Disposition(min_level) if min_level is not None else None
        except ValueError as exc:
            raise ClinicalDataError(f"{path}: {what}: unknown min_level {min_level!r}") from exc
        checks.append(_Check(kind, tuple(patterns), level))
    return checks


def _expand(source: str, vocab: dict[str, str], path: Path, what: str) -> str:
    """Return ``source`` with each <name> replaced by that vocabulary's alternation."""
    unknown = [name for name in _VOCAB.findall(source) if name not in vocab]
    if unknown:
        raise ClinicalDataError(f"{path}: {what}: unknown vocabulary <{unknown[0]}>")
    return _VOCAB.sub(lambda m: vocab[m.group(1)], source)


@functools.cache
def load_scope() -> ScopeGuard:
    """Return the packaged scope guard, loaded once per process."""
    return ScopeGuard.load()


def request_kind(text: str) -> str | None:
    """Return what out-of-scope thing the patient's ``text`` asks for, or None."""
    return load_scope().request_kind(text)


def output_problem(text: str, *, level: Disposition | str | None = None) -> str | None:
    """Return why the model's ``text`` must not reach the patient, or None if it may."""
    return load_scope().output_problem(text, level=level)


def within_scope(items: Iterable[str], level: Disposition | str | None = None) -> list[str]:
    """Return the items the patient may read (the others are dropped)."""
    return [item for item in items if output_problem(item, level=level) is None]
