"""Compose an answer to a health question from retrieved passages, never from memory.

Three shapes, each with its sources (title, section, document version) and the disclaimer:

- **extractive**: the best passages verbatim, each under its document's title and section;
- **generated**: a production model's text written only from the retrieved passages
  (``agent.nodes.answer`` validates it and passes it here with the ids it cited);
- **no information**: nothing scored above the threshold; the answer says so.

Passage text is shown as data: it is never read as an instruction, and a passage the scope
guard rejects (a dose, a certain diagnosis) is left out of an extractive answer.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from clinical.language import supported
from clinical.scope import output_problem
from knowledge.retrieval import Passage

DATA_FILE = Path(__file__).parent / "data" / "answers.yaml"
MIN_COVERAGE = 0.52  # below it, a passage does not answer the question (see the README)
MAX_PASSAGES = 2  # an extractive answer shows at most this many passages
SECOND_PASSAGE_RATIO = 0.6  # ...the second only from the same leaflet, scoring near the first


@functools.cache
def _texts() -> dict[str, dict[str, str]]:
    import yaml

    loaded = yaml.safe_load(DATA_FILE.read_text(encoding="utf-8"))
    return {key: dict(value) for key, value in loaded.items()}


def text(key: str, language: str, **values: object) -> str:
    """Return a fixed answer text in ``language`` (English for an unsupported one)."""
    template = _texts()[key][supported(language)]
    return template.format(**{k: str(v) for k, v in values.items()})


@dataclass
class Answer:
    """An answer as stored in the cache and shown to the patient."""

    kind: str  # extractive | generated | no_information
    language: str
    body: str  # the answer itself, without sources and disclaimer
    passages: list[dict[str, Any]] = field(default_factory=list)  # retrieved, best first
    cited: list[int] = field(default_factory=list)  # chunk ids the answer is made of

    @property
    def sources(self) -> list[dict[str, Any]]:
        """Return the cited passages' sources, in the order cited."""
        by_id = {p["passage_id"]: p for p in self.passages}
        return [
            {k: by_id[c][k] for k in ("passage_id", "document", "title", "section", "version")}
            for c in self.cited
            if c in by_id
        ]

    def render(self) -> str:
        """Return the answer with its sources and the disclaimer, as the patient reads it."""
        parts = [self.body]
        if self.sources:
            lines = [text("sources", self.language)]
            for source in _unique_sections(self.sources):
                key = "source_line" if source["section"] else "source_line_no_section"
                lines.append("- " + text(key, self.language, **source))
            parts.append("\n".join(lines))
        parts.append(text("disclaimer", self.language))
        return "\n\n".join(parts)

    def to_json(self) -> dict[str, Any]:
        """Return the JSON-ready form (what the cache stores)."""
        return {
            "kind": self.kind,
            "language": self.language,
            "body": self.body,
            "passages": self.passages,
            "cited": self.cited,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Answer:
        """Rebuild an answer from :meth:`to_json`."""
        return cls(
            kind=str(data["kind"]),
            language=str(data["language"]),
            body=str(data["body"]),
            passages=list(data.get("passages", [])),
            cited=[int(c) for c in data.get("cited", [])],
        )


def _unique_sections(sources: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[str, str, int]] = set()
    out = []
    for source in sources:
        key = (source["title"], source["section"], source["version"])
        if key not in seen:
            seen.add(key)
            out.append(source)
    return out


def answerable(passages: Sequence[Passage]) -> list[Passage]:
    """Return the passages that clear the threshold, best first."""
    return [p for p in passages if p.coverage >= MIN_COVERAGE]


def shown_passages(passages: Sequence[Passage]) -> list[Passage]:
    """Return the passages an extractive answer shows: in scope, the best one or two."""
    good = [p for p in answerable(passages) if output_problem(p.text) is None]
    if not good:
        return []
    chosen = [good[0]]
    for passage in good[1:]:
        if len(chosen) >= MAX_PASSAGES:
            break
        same_leaflet = passage.document_id == good[0].document_id
        if same_leaflet and passage.score >= SECOND_PASSAGE_RATIO * good[0].score:
            chosen.append(passage)
    return chosen


def extractive(question_language: str, passages: Sequence[Passage]) -> Answer:
    """Return the answer made of the best passages verbatim, or "no information"."""
    language = supported(question_language)
    retrieved = [p.source() for p in passages]
    chosen = shown_passages(passages)
    if not chosen:
        return no_information(language, passages)
    blocks = [text("intro", language)]
    for passage in chosen:
        key = "passage_heading" if passage.section else "passage_heading_no_section"
        heading = text(key, language, title=passage.title, section=passage.section)
        blocks.append(f"{heading}\n{passage.text}")
    return Answer(
        kind="extractive",
        language=language,
        body="\n\n".join(blocks),
        passages=retrieved,
        cited=[p.chunk_id for p in chosen],
    )


def no_information(language: str, passages: Sequence[Passage] = ()) -> Answer:
    """Return the answer that says the library has nothing on the question."""
    return Answer(
        kind="no_information",
        language=supported(language),
        body=text("no_information", language),
        passages=[p.source() for p in passages],
    )


def generated(
    language: str, body: str, cited: Sequence[int], passages: Sequence[Passage]
) -> Answer:
    """Return a model-written answer; the caller has checked ``cited`` against ``passages``."""
    return Answer(
        kind="generated",
        language=supported(language),
        body=body,  # as streamed: the caller checked it is not blank
        passages=[p.source() for p in passages],
        cited=list(dict.fromkeys(cited)),
    )
