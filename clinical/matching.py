"""Phrase matching for the clinical data, with negation and past-time cues scoped to a clause.

English phrases match case-insensitively on word boundaries and tolerate simple inflection
("faint" matches "fainted", "breathe" matches "breathing"); Chinese phrases match as
substrings. In either language ``...`` inside a phrase allows a short gap ("pain ... chest"
matches "pain in my chest", "胸...痛" matches "胸口很痛"), never across punctuation.

A match does not count when, in the same clause, a negation cue comes shortly before it
("no chest pain", "没有胸痛") or a past-time cue appears anywhere ("chest pain last year").
Pseudo-cues ("not sure", "不舒服") are blanked out first so they negate nothing.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

GAP = "..."
HAN_CHARS = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_FLAGS = re.IGNORECASE
_LATIN_SEP = r"[\s-]+"
# A gap is up to three words (or four characters) and never holds a negation, so
# "chest ... hurt" cannot match "chest doesn't hurt" nor "胸...痛" match "胸口不痛".
_NEGATORS = r"(?:no|not|never|none|without|cannot|[a-z]+n't|dont|doesnt|didnt|isnt|wasnt)(?![a-z'])"
_LATIN_GAP = rf"(?:[\s-]+(?!{_NEGATORS})[a-z0-9']+){{0,3}}[\s-]+"
_HAN_GAP = r"[^\s,.!?;:。、不没无未]{0,4}"
_BOUNDARY_BEFORE = r"(?<![a-z0-9])"
_BOUNDARY_AFTER = r"(?![a-z0-9])"
_PUNCTUATION = r"[!?;:\n。！？；：,，]|(?<!\d)\.|\.(?!\d)"
_PUNCTUATION_RE = re.compile(_PUNCTUATION)
_UNIT = re.compile(rf"[a-z0-9']+|[{HAN_CHARS}]", _FLAGS)
_HAN = re.compile(f"[{HAN_CHARS}]")
_CONTRACTIONS = {
    "can't": r"(?:can'?t|cannot|can\s+not)",
    "won't": r"(?:won'?t|will\s+not)",
}


def normalize(text: str) -> str:
    """Return ``text`` in NFKC form with curly apostrophes straightened."""
    text = unicodedata.normalize("NFKC", text)
    return text.replace("\u2019", "'").replace("\u2018", "'")


def is_chinese(phrase: str) -> bool:
    """Return True when ``phrase`` contains a Han character (matched as a substring)."""
    return bool(_HAN.search(phrase))


def _word(word: str, inflect: bool) -> str:
    w = word.lower()
    if w in _CONTRACTIONS:
        return _CONTRACTIONS[w]
    if w.endswith("n't"):
        stem = re.escape(w[:-3])
        return rf"(?:{stem}n'?t|{stem}\s+not)"
    if not inflect or not w.isalpha() or len(w) < 3:
        return re.escape(w).replace("'", "'?")
    if w.endswith("e"):
        return rf"{re.escape(w[:-1])}(?:e|es|ed|ing)"
    if w.endswith("y") and w[-2] not in "aeiou":
        return rf"{re.escape(w[:-1])}(?:y|ies|ied|ying)"
    last = re.escape(w[-1])
    return rf"{re.escape(w)}(?:s|es|ed|ing|{last}ed|{last}ing)?"


def phrase_pattern(phrase: str, *, inflect: bool = True) -> str:
    """Return the regex source for one phrase (English or Chinese, see the module doc)."""
    phrase = normalize(phrase).strip()
    if not phrase:
        raise ValueError("empty phrase")
    parts = [p.strip() for p in phrase.split(GAP)]
    if any(not p for p in parts):
        raise ValueError(f"phrase {phrase!r}: '...' must sit between words")
    if is_chinese(phrase):
        return _HAN_GAP.join(re.escape(p) for p in parts)
    words = [
        _LATIN_SEP.join(_word(w, inflect) for w in re.split(r"[\s-]+", part) if w) for part in parts
    ]
    return _BOUNDARY_BEFORE + _LATIN_GAP.join(words) + _BOUNDARY_AFTER


def phrase_literal(phrase: str, *, inflect: bool = True) -> str | None:
    """Return a lowercase substring every match of ``phrase`` contains, or None if unsure."""
    phrase = normalize(phrase).strip().lower()
    parts = [p.strip() for p in phrase.split(GAP) if p.strip()]
    if is_chinese(phrase):
        return max(parts, key=len)
    literals = []
    for word in (w for part in parts for w in re.split(r"[\s-]+", part) if w):
        if "'" in word:
            continue  # contractions have several spellings ("can't", "cannot")
        inflected = inflect and word.isalpha() and len(word) >= 3
        if inflected and (word.endswith("e") or (word.endswith("y") and word[-2] not in "aeiou")):
            word = word[:-1]  # "breathe" -> "breath" is in "breathing"
        literals.append(word)
    return max(literals, key=len) if literals else None


class PhraseSet:
    """Phrases compiled lazily by subset: only those whose literal occurs in a text are tried.

    Python's regex engine tries every alternative at every position, so scanning a few
    hundred phrases costs far more than checking a few hundred substrings first.
    """

    def __init__(self, phrases: Iterable[str], *, inflect: bool = True) -> None:
        self._phrases = tuple(sorted(set(phrases), key=len, reverse=True))
        self._inflect = inflect
        for phrase in self._phrases:
            phrase_pattern(phrase, inflect=inflect)  # validate now, compile on demand
        # "" for a phrase without a safe literal: it is always tried
        self._literals = tuple(phrase_literal(p, inflect=inflect) or "" for p in self._phrases)
        self._subset = functools.lru_cache(maxsize=512)(self._compile_subset)

    def _compile_subset(self, indexes: tuple[int, ...]) -> re.Pattern[str] | None:
        return compile_phrases([self._phrases[i] for i in indexes], inflect=self._inflect)

    def regex_for(self, lowered: str) -> re.Pattern[str] | None:
        """Return a regex of the phrases that could match ``lowered``, or None if none can."""
        indexes = tuple(i for i, lit in enumerate(self._literals) if lit in lowered)
        return self._subset(indexes) if indexes else None

    def possible(self, lowered: str) -> bool:
        """Return False when no phrase can match ``lowered`` (the normalised, lowercased text)."""
        return any(lit in lowered for lit in self._literals)

    def finditer(self, text: str, lowered: str) -> Iterator[re.Match[str]]:
        """Iterate over the matches in ``text`` (``lowered`` is the same text, lowercased)."""
        regex = self.regex_for(lowered)
        if regex is not None:
            yield from regex.finditer(text)


def compile_phrases(phrases: Iterable[str], *, inflect: bool = True) -> re.Pattern[str] | None:
    """Return one regex matching any of ``phrases`` (longest first), or None if there are none."""
    unique = sorted(set(phrases), key=len, reverse=True)
    if not unique:
        return None
    return re.compile("|".join(f"(?:{phrase_pattern(p, inflect=inflect)})" for p in unique), _FLAGS)


def _break_pattern(phrase: str) -> str:
    """Return a clause break that consumes only its first word ("and i": the clause
    starts at "I"), so evidence keeps the patient's subject."""
    phrase = normalize(phrase).strip()
    if is_chinese(phrase):
        return re.escape(phrase)
    first, _, rest = phrase.partition(" ")
    head = _BOUNDARY_BEFORE + _word(first, inflect=False) + _BOUNDARY_AFTER
    if not rest:
        return head
    return head + f"(?={_LATIN_SEP}{phrase_pattern(rest, inflect=False)})"


@dataclass(frozen=True)
class NegationCues:
    """Compiled cues that decide whether a phrase match counts."""

    negation: tuple[tuple[PhraseSet, int], ...]  # (cue, how many words/characters it reaches)
    past: PhraseSet
    pseudo: PhraseSet
    break_words: re.Pattern[str] | None
    break_literals: tuple[str, ...]

    @classmethod
    def build(
        cls,
        *,
        negation: Sequence[tuple[Sequence[str], int]],
        past: Sequence[str],
        pseudo: Sequence[str],
        clause_breaks: Sequence[str],
    ) -> NegationCues:
        """Compile the cue lists (phrases are taken literally, without inflection)."""
        ordered = sorted(
            {normalize(p).strip().lower() for p in clause_breaks}, key=len, reverse=True
        )
        words = (
            re.compile("|".join(_break_pattern(p) for p in ordered), _FLAGS) if ordered else None
        )
        return cls(
            negation=tuple((PhraseSet(p, inflect=False), window) for p, window in negation),
            past=PhraseSet(past, inflect=False),
            pseudo=PhraseSet(pseudo, inflect=False),
            break_words=words,
            break_literals=tuple({p if is_chinese(p) else p.split(" ")[0] for p in ordered}),
        )


class Analysis:
    """One normalised text with its clause boundaries, ready for negation-aware lookups."""

    def __init__(self, text: str, cues: NegationCues) -> None:
        self.text = normalize(text)
        self.lowered = self.text.lower()
        self._cues = cues
        chars = list(self.text)
        for m in cues.pseudo.finditer(self.text, self.lowered):
            chars[m.start() : m.end()] = " " * (m.end() - m.start())
        self._masked = "".join(chars)
        spans = [(m.start(), m.end()) for m in _PUNCTUATION_RE.finditer(self.text)]
        if cues.break_words is not None and any(w in self.lowered for w in cues.break_literals):
            spans += [(m.start(), m.end()) for m in cues.break_words.finditer(self.text)]
            spans.sort()
        self._break_starts = [s for s, _ in spans]
        self._break_ends = sorted(e for _, e in spans)

    def clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Return the (start, end) of the clause holding the span ``start:end``."""
        i = bisect.bisect_right(self._break_ends, start) - 1
        clause_start = self._break_ends[i] if i >= 0 else 0
        j = bisect.bisect_left(self._break_starts, end)
        clause_end = self._break_starts[j] if j < len(self._break_starts) else len(self.text)
        return clause_start, clause_end

    def clause(self, start: int, end: int) -> str:
        """Return the patient's words of the clause around a span, trimmed for display."""
        c_start, c_end = self.clause_bounds(start, end)
        words = self.text[c_start:c_end].strip(" \t\n,.;:!?，。；：！？")
        if len(words) > 160:
            left = max(0, start - c_start - 60)
            words = self.text[c_start + left : c_start + left + 160].strip()
        return words or self.text[start:end]

    def counts(self, start: int, end: int) -> bool:
        """Return False when the span is negated or placed in the past within its clause."""
        c_start, c_end = self.clause_bounds(start, end)
        before = self._masked[c_start:start]
        before_lowered = before.lower()
        for cue, window in self._cues.negation:
            last = None
            for last in cue.finditer(before, before_lowered):  # noqa: B007 - keep the last
                pass
            if last is not None and len(_UNIT.findall(before[last.end() :])) <= window:
                return False
        rest = before + " " + self._masked[end:c_end]
        return next(self._cues.past.finditer(rest, rest.lower()), None) is None

    def find(self, phrases: PhraseSet, exclude: PhraseSet | None = None) -> re.Match[str] | None:
        """Return the first match of ``phrases`` that counts, skipping ``exclude`` overlaps."""
        regex = phrases.regex_for(self.lowered)
        if regex is None:
            return None
        blocked: list[tuple[int, int]] = []
        if exclude is not None:
            blocked = [(m.start(), m.end()) for m in exclude.finditer(self.text, self.lowered)]
        for match in regex.finditer(self.text):
            if any(s < match.end() and match.start() < e for s, e in blocked):
                continue
            if self.counts(match.start(), match.end()):
                return match
        return None
