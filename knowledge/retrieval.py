"""Find the passages that answer a question: BM25 over words, per language, with a floor.

One :class:`Index` is built from the current library's passages (each indexed with its
document title and section heading, which say what it is about) and kept for as long as
the library version does not change. A question is answered from the passages of its own
language; a library with no document in that language is searched whole.

Ranking is Okapi BM25 (k1 = 1.5, b = 0.75) with Lucene's always-positive IDF, written out
here in a few lines: rank-bm25's Okapi class gives a negative IDF to any word found in more
than half of the passages, which in a small library is a leaflet's own title words, and then
finds nothing at all (measured on the test fixtures). Whether a passage answers at all is a second,
bounded measure, ``coverage``: the share of the question's information (the IDF weight of
its words) that the passage contains. BM25 scores grow with the question's length and
cannot be compared across questions; coverage can, so the "no information" threshold is
set on it. A word of the question that no passage has counts at full weight against
coverage: "how do I renew my passport" finds "how"-like words at best, never "passport".

Patients' words are bridged to the leaflets' in three ways, none of them learned from the
evaluation questions:

- everyday words add the words leaflets use (``data/synonyms.yaml``: "tummy" → stomach,
  "拉肚子" → 腹泻);
- an English word found nowhere in the library, and in no English dictionary
  (pyspellchecker's), is matched to the closest library word (difflib, similarity ≥
  ``TYPO_CUTOFF``), so "diabetis" finds "diabetes" but "hearing" never becomes "heart";
- Chinese typed with a pinyin keyboard picks a wrong character of the same sound: a run of
  2-4 characters that is no library word but sounds like one (pypinyin, with the usual
  fuzzy pairs zh/z, ch/c, sh/s, -ng/-n) adds that word, so "便泌" finds "便秘" (a word in
  jieba's dictionary is left alone: "痛风", gout, is not a misspelt "通风").
"""

from __future__ import annotations

import difflib
import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml
from pypinyin import lazy_pinyin

from knowledge.text import chinese_words, english_words, is_dictionary_word, normalize, tokens
from storage.knowledge import ChunkRow

K1 = 1.5
B = 0.75
CANDIDATES = 20  # passages BM25 ranks first, re-ranked with their leaflet's coverage
COVERAGE_BIAS = 0.25
TYPO_CUTOFF = 0.8
MIN_TYPO_LEN = 4
SYNONYMS_FILE = Path(__file__).parent / "data" / "synonyms.yaml"
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_FUZZY_PINYIN = [("zh", "z"), ("ch", "c"), ("sh", "s"), ("ng", "n")]


@functools.cache
def synonyms() -> dict[str, tuple[str, ...]]:
    """Return extra query tokens per token, from ``data/synonyms.yaml``."""
    loaded = yaml.safe_load(SYNONYMS_FILE.read_text(encoding="utf-8"))
    table: dict[str, tuple[str, ...]] = {}
    for entries in loaded.values():
        for word, extra in entries.items():
            for token in tokens(str(word)) or [normalize(str(word))]:
                table[token] = tuple(dict.fromkeys([*table.get(token, ()), *tokens(str(extra))]))
    return table


def sound(word: str) -> str:
    """Return a Chinese word's toneless pinyin with the usual keyboard confusions merged."""
    syllables = []
    for syllable in lazy_pinyin(word):
        for long, short in _FUZZY_PINYIN:
            syllable = syllable.replace(long, short)
        syllables.append(syllable)
    return " ".join(syllables)


@dataclass(frozen=True)
class Passage:
    """A retrieved passage with its scores; what an answer shows and cites."""

    chunk_id: int
    document_id: int
    slug: str
    language: str
    title: str
    section: str
    text: str
    version: int
    score: float  # BM25, comparable only within one question
    coverage: float  # 0..1, the share of the question's IDF weight its document contains

    def source(self) -> dict[str, object]:
        """Return what the patient and the nurse see of where it comes from."""
        return {
            "passage_id": self.chunk_id,
            "document": self.slug,
            "language": self.language,
            "title": self.title,
            "section": self.section,
            "version": self.version,
        }


class _LanguageIndex:
    def __init__(self, chunks: list[ChunkRow]) -> None:
        self.chunks = chunks
        docs = [tokens(f"{c.title}\n{c.section}\n{c.text}") for c in chunks]
        self.counts = [Counter(doc) for doc in docs]
        self.lengths = [len(doc) for doc in docs]
        self.average_length = sum(self.lengths) / len(docs) if docs else 0.0
        self.sets = [set(doc) for doc in docs]
        by_document: dict[int, set[str]] = {}
        for chunk, doc_set in zip(chunks, self.sets, strict=True):
            by_document.setdefault(chunk.document_id, set()).update(doc_set)
        self.document_sets = by_document
        frequency: Counter[str] = Counter()
        for doc_set in self.sets:
            frequency.update(doc_set)
        n = len(chunks)
        self.idf = {t: math.log((n - df + 0.5) / (df + 0.5) + 1.0) for t, df in frequency.items()}
        # A word found nowhere weighs as much as a rare library word: enough to count
        # against coverage, not so much that one filler word ("watch", "daily") sinks a
        # question whose topic the library covers.
        ranked_idf = sorted(self.idf.values())
        self.unseen_idf = ranked_idf[int(0.75 * (len(ranked_idf) - 1))] if ranked_idf else 1.0
        self.vocabulary = sorted(frequency)
        self.frequency = frequency
        by_sound: dict[str, str] = {}
        for word in sorted(frequency, key=lambda w: -frequency[w]):
            if len(word) >= 2 and _HAN_RUN.fullmatch(word):
                by_sound.setdefault(sound(word), word)  # the most common word per sound
        self.by_sound = by_sound

    def concepts(self, question: str) -> dict[str, set[str]]:
        """Return the question's words, each with the library words that stand for it
        (itself, a typo's correction, synonyms, a same-sounding Chinese word)."""
        table = synonyms()
        found: dict[str, set[str]] = {}
        misspelt = {
            stem
            for surface, stem in english_words(question)
            if stem not in self.idf
            and len(stem) >= MIN_TYPO_LEN
            and not is_dictionary_word(surface)
        }
        for word in tokens(question):
            alternatives = {word, *table.get(word, ())}
            if word in misspelt:
                close = difflib.get_close_matches(word, self.vocabulary, n=1, cutoff=TYPO_CUTOFF)
                alternatives.update(close)
                for corrected in close:
                    alternatives.update(table.get(corrected, ()))
            found.setdefault(word, set()).update(alternatives)
        for run in _HAN_RUN.findall(normalize(question)):
            for piece in _misspelt_candidates(chinese_words(run), self.idf):
                if is_dictionary_word(piece):
                    continue  # 痛风 (gout) is a word, not a misspelt 通风
                heard = self.by_sound.get(sound(piece))
                if heard is None:
                    continue
                parts = [w for w in found if w in piece] or [piece]
                for part in parts:
                    found.setdefault(part, set()).add(heard)
        return found

    def bm25(self, words: list[str]) -> list[float]:
        """Return the BM25 score of every passage for ``words``."""
        scores = [0.0] * len(self.chunks)
        for word in words:
            idf = self.idf.get(word)
            if idf is None:
                continue
            for i, counts in enumerate(self.counts):
                tf = counts.get(word)
                if tf:
                    norm = K1 * (1 - B + B * self.lengths[i] / self.average_length)
                    scores[i] += idf * tf * (K1 + 1) / (tf + norm)
        return scores

    def search(self, question: str, k: int) -> list[Passage]:
        if not self.chunks:
            return []
        concepts = self.concepts(question)
        if not concepts:
            return []
        weights = {}
        for word in _without_compounds(list(concepts)):
            seen = [self.idf[w] for w in concepts[word] if w in self.idf]
            weights[word] = (
                max(seen) if word not in self.idf and seen else self.idf.get(word, self.unseen_idf)
            )
        total = sum(weights.values())
        scores = self.bm25(sorted(set().union(*concepts.values())))
        candidates = sorted(range(len(self.chunks)), key=lambda i: (-scores[i], i))[:CANDIDATES]
        hits = []
        for i in candidates:
            if scores[i] <= 0:
                break
            chunk = self.chunks[i]
            document_words = self.document_sets[chunk.document_id]
            covered = sum(w for t, w in weights.items() if concepts[t] & document_words)
            hits.append(
                Passage(
                    chunk_id=chunk.chunk_id,
                    document_id=chunk.document_id,
                    slug=chunk.slug,
                    language=chunk.language,
                    title=chunk.title,
                    section=chunk.section,
                    text=chunk.text,
                    version=chunk.version,
                    score=float(scores[i]),
                    coverage=covered / total if total else 0.0,
                )
            )
        # A passage whose leaflet holds more of the question's words goes first: BM25 alone
        # favours a passage repeating one word ("reliever" inhalers for "relieve constipation").
        hits.sort(key=lambda p: -p.score * (COVERAGE_BIAS + p.coverage))
        return hits[:k]


class Index:
    """The searchable library at one version."""

    def __init__(self, chunks: list[ChunkRow], version: str) -> None:
        self.version = version
        self.size = len(chunks)
        languages = sorted({c.language for c in chunks})
        self._by_language = {
            lang: _LanguageIndex([c for c in chunks if c.language == lang]) for lang in languages
        }
        self._chunks = chunks
        self._all: _LanguageIndex | None = None  # only for a language with no document

    def search(self, question: str, language: str, k: int = 5) -> list[Passage]:
        """Return up to ``k`` passages, best first (none when no word matches)."""
        index = self._by_language.get(language)
        if index is None:
            if self._all is None:
                self._all = _LanguageIndex(self._chunks)
            index = self._all
        return index.search(question, k)


def _misspelt_candidates(words: list[str], known: dict[str, float]) -> list[str]:
    """Return the pieces of a segmented Chinese run that may be a misspelt word: a word the
    library lacks, or two or three neighbours, one of them a lone character (jieba leaves
    a misspelt word as single characters: 便泌 → 便 / 泌), four characters at most."""
    pieces = [w for w in words if len(w) >= 2 and w not in known]
    for size in (2, 3):
        for start in range(len(words) - size + 1):
            group = words[start : start + size]
            piece = "".join(group)
            if len(piece) <= 4 and any(len(w) == 1 for w in group) and piece not in known:
                pieces.append(piece)
    return pieces


def _without_compounds(words: list[str]) -> list[str]:
    """Drop Chinese compounds whose parts are also in ``words``: jieba's search mode gives
    ``糖尿病患者`` and ``糖尿病``, ``患者``; the parts carry the meaning, and the compound,
    found in no passage, would otherwise count as a word the library lacks."""
    kept = []
    for word in words:
        parts = [w for w in words if w != word and len(w) < len(word) and w in word]
        if not (parts and not word.isascii() and len("".join(parts)) >= len(word)):
            kept.append(word)
    return kept
