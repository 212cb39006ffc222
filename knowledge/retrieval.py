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

An English word found nowhere in the library is matched to the closest library word
(difflib, similarity ≥ ``TYPO_CUTOFF``), so "diabetis" finds "diabetes".
"""

from __future__ import annotations

import difflib
import math
from collections import Counter
from dataclasses import dataclass

from knowledge.text import tokens
from storage.knowledge import ChunkRow

K1 = 1.5
B = 0.75
TYPO_CUTOFF = 0.8
MIN_TYPO_LEN = 5


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

    def correct(self, words: list[str]) -> list[str]:
        """Replace words found nowhere by the closest library word, when one is close."""
        out = []
        for word in words:
            if word not in self.idf and len(word) >= MIN_TYPO_LEN and word.isascii():
                close = difflib.get_close_matches(word, self.vocabulary, n=1, cutoff=TYPO_CUTOFF)
                word = close[0] if close else word
            out.append(word)
        return out

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
        words = self.correct(tokens(question))
        unique = list(dict.fromkeys(words))
        if not unique:
            return []
        weights = {t: self.idf.get(t, self.unseen_idf) for t in _without_compounds(unique)}
        total = sum(weights.values())
        scores = self.bm25(unique)
        ranked = sorted(range(len(self.chunks)), key=lambda i: (-scores[i], i))[:k]
        hits = []
        for i in ranked:
            if scores[i] <= 0:
                break
            chunk = self.chunks[i]
            document_words = self.document_sets[chunk.document_id]
            covered = sum(w for t, w in weights.items() if t in document_words)
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
        return hits


class Index:
    """The searchable library at one version."""

    def __init__(self, chunks: list[ChunkRow], version: str) -> None:
        self.version = version
        self.size = len(chunks)
        languages = sorted({c.language for c in chunks})
        self._by_language = {
            lang: _LanguageIndex([c for c in chunks if c.language == lang]) for lang in languages
        }
        self._all = _LanguageIndex(chunks)

    def search(self, question: str, language: str, k: int = 5) -> list[Passage]:
        """Return up to ``k`` passages, best first (none when no word matches)."""
        index = self._by_language.get(language, self._all)
        return index.search(question, k)


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
