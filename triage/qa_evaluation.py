"""``triage eval-qa``: how well health questions are answered from the knowledge base.

Each case is ``{"id", "question", "lang", "leaflet", "kind"}``: ``leaflet`` is the id of the
leaflet that answers it, or null for a question the library does not cover. Every question
goes through the same path as in a conversation (``agent.answering``), without the cache,
on the configured model: the bundled model answers extractively, a production model writes.

Figures:
- ``hit_at_3``: in-library questions whose leaflet is among the 3 best passages;
- ``answered_in_library``: in-library questions that got an answer (not "no information");
- ``answer_from_gold``: ...whose first cited passage is from the right leaflet;
- ``cites_retrieved``: answers that cite only passages retrieved for them (never none);
- ``answers_without_source``: answers with no source at all (must be 0);
- ``no_information_out_of_library``: out-of-library questions answered "no information";
- latency of one answer (retrieval and composition), median and 95th percentile.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from agent.answering import answer_question
from agent.llm import StructuredLLM
from agent.scope_guard import PatientStream
from knowledge.base import KnowledgeBase


@dataclass(frozen=True)
class QaCase:
    """One labelled health question."""

    id: str
    question: str
    lang: str
    leaflet: str | None
    kind: str


def load_cases(path: Path) -> list[QaCase]:
    """Read a JSONL file of cases; a bad line stops with its number."""
    cases = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            cases.append(
                QaCase(
                    id=str(raw["id"]),
                    question=str(raw["question"]),
                    lang=str(raw.get("lang") or "en"),
                    leaflet=raw.get("leaflet") or None,
                    kind=str(raw.get("kind") or ""),
                )
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path.name} line {number}: not a case ({exc})") from exc
    return cases


def _share(hits: int, total: int) -> float | None:
    return round(hits / total, 4) if total else None


def _percentile(values: Sequence[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def evaluate(
    cases: Sequence[QaCase], kb: KnowledgeBase, llm: StructuredLLM | None
) -> dict[str, Any]:
    """Answer every case and return the report."""
    results = []
    for case in cases:
        started = time.perf_counter()
        answered = await answer_question(
            kb,
            llm,
            case.question,
            case.lang,
            generate=llm is not None,
            stream=PatientStream(lambda _piece: None),
            use_cache=False,
        )
        seconds = time.perf_counter() - started
        answer = answered.answer
        top3 = [p.slug for p in answered.passages[:3]]
        retrieved = {p.chunk_id for p in answered.passages}
        sources = answer.sources
        results.append(
            {
                "id": case.id,
                "lang": case.lang,
                "kind": case.kind,
                "leaflet": case.leaflet,
                "top3": top3,
                "coverage": round(answered.passages[0].coverage, 3) if answered.passages else 0,
                "answer_kind": answer.kind,
                "cited": [s["document"] for s in sources],
                "cites_retrieved": bool(answer.cited) and set(answer.cited) <= retrieved,
                "fallback": answered.failures > 0,
                "seconds": round(seconds, 4),
            }
        )
    return report(results, generate=llm is not None)


def report(results: list[dict[str, Any]], *, generate: bool) -> dict[str, Any]:
    """Return the figures over per-case results."""
    inside = [r for r in results if r["leaflet"]]
    outside = [r for r in results if not r["leaflet"]]
    answered = [r for r in results if r["answer_kind"] != "no_information"]
    answered_inside = [r for r in inside if r["answer_kind"] != "no_information"]
    latencies = [r["seconds"] for r in results]
    figures: dict[str, Any] = {
        "n": len(results),
        "in_library": len(inside),
        "out_of_library": len(outside),
        "answer_path": "generated" if generate else "extractive",
        "hit_at_1": _share(sum(r["leaflet"] in r["top3"][:1] for r in inside), len(inside)),
        "hit_at_3": _share(sum(r["leaflet"] in r["top3"] for r in inside), len(inside)),
        "answered_in_library": _share(len(answered_inside), len(inside)),
        "answer_from_gold": _share(
            sum(r["cited"][:1] == [r["leaflet"]] for r in answered_inside), len(answered_inside)
        ),
        "cites_retrieved": _share(sum(r["cites_retrieved"] for r in answered), len(answered)),
        "answers_without_source": sum(not r["cited"] for r in answered),
        "no_information_out_of_library": _share(
            sum(r["answer_kind"] == "no_information" for r in outside), len(outside)
        ),
        "model_fallbacks": sum(r["fallback"] for r in results),
        "latency_s": {
            "median": round(statistics.median(latencies), 4) if latencies else None,
            "p95": _percentile(latencies, 0.95),
        },
    }
    by: dict[str, dict[str, Any]] = {}
    for field in ("lang", "kind"):
        for value in sorted(Counter(r[field] for r in results)):
            group = [r for r in inside if r[field] == value]
            group_out = [r for r in outside if r[field] == value]
            by[f"{field}={value}"] = {
                "n": sum(1 for r in results if r[field] == value),
                "hit_at_3": _share(sum(r["leaflet"] in r["top3"] for r in group), len(group)),
                "no_information_out_of_library": _share(
                    sum(r["answer_kind"] == "no_information" for r in group_out), len(group_out)
                ),
            }
    figures["by"] = by
    figures["cases"] = results
    return figures


def summary_lines(figures: dict[str, Any]) -> list[str]:
    """Return the report's headline figures as lines for the terminal."""

    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{100 * value:.1f}%"

    latency = figures["latency_s"]
    return [
        f"cases: {figures['n']} ({figures['in_library']} in the library, "
        f"{figures['out_of_library']} out of it); answers: {figures['answer_path']}",
        f"retrieval hit@3: {pct(figures['hit_at_3'])} (hit@1 {pct(figures['hit_at_1'])})",
        f"in-library questions answered: {pct(figures['answered_in_library'])}; "
        f"from the right leaflet: {pct(figures['answer_from_gold'])}",
        f"answers citing a retrieved passage: {pct(figures['cites_retrieved'])}; "
        f"answers without a source: {figures['answers_without_source']}",
        f"out-of-library answered 'no information': "
        f"{pct(figures['no_information_out_of_library'])}",
        f"answer latency: median {latency['median']} s, p95 {latency['p95']} s",
    ]
