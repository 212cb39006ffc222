"""``triage eval``: triage accuracy on a JSONL file of cases ``{"id", "text", "gold_triage"}``.

Two modes:

- **conversation** (default): each case runs through the real :class:`Conversation`, wired
  from the ``TRIAGE_*`` settings exactly as the app wires it (the test fake, the bundled
  local model or vLLM). The case text is the patient's first message; every follow-up
  question is answered by a :class:`SimulatedPatient` that uses only facts from the case
  text, until a disposition or ``max_turns``. Sessions go to a throwaway SQLite database
  unless a database URL is given: evaluation cases never land in a clinic's records.
- **rules only**: the deterministic rule layer alone reads the case text as one message,
  no model. The rules only ever raise ``emergency`` or ``urgent``; a case with no rule hit
  counts as ``self_care`` (the least urgent level, what the rules imply by staying silent).

Scores: ``accuracy`` (predicted == gold), ``emergency_sensitivity`` (gold emergencies
predicted emergency), ``under_triage_rate`` / ``over_triage_rate`` (predicted less / more
urgent than gold, over all cases). A case that ends without a disposition (turn cap, error)
is wrong and counts as under-triage: the patient left without advice.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from agent.conversation import Conversation
from clinical.language import detect_language
from clinical.questions import QuestionBank, load_questions
from clinical.red_flags import RuleSet, load_rules
from core.errors import TriageError
from core.settings import Settings
from states.disposition import Disposition, more_urgent
from triage.simulated_patient import SimulatedPatient

LEVELS = [level.value for level in Disposition]  # most urgent first
DEFAULT_MAX_TURNS = 25


class EvalCase(BaseModel):
    """One line of a cases file."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    gold_triage: Disposition


@dataclass
class CaseResult:
    """What happened to one case."""

    id: str
    gold: str
    predicted: str | None
    red_flags: list[str] = field(default_factory=list)
    turns: int = 0
    error: str | None = None

    def to_json(self) -> dict[str, Any]:
        """Return the report entry (``error`` only when there was one)."""
        data = asdict(self)
        if data["error"] is None:
            del data["error"]
        return data


def load_cases(path: Path) -> list[EvalCase]:
    """Read a JSONL cases file, or raise ValueError naming the line that is wrong."""
    cases: list[EvalCase] = []
    seen: set[str] = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            case = EvalCase.model_validate(json.loads(line))
        except (json.JSONDecodeError, ValidationError) as exc:
            raise ValueError(
                f"{path}:{number}: not a case {{id, text, gold_triage}}: {exc}"
            ) from exc
        if case.id in seen:
            raise ValueError(f"{path}:{number}: duplicate id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    if not cases:
        raise ValueError(f"{path}: no cases")
    return cases


# --- scoring ----------------------------------------------------------------------------


def score(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Return the summary figures and the gold × predicted confusion matrix."""
    n = len(results)
    confusion = {gold: dict.fromkeys(LEVELS, 0) for gold in LEVELS}
    correct = under = over = undecided = 0
    for r in results:
        gold = Disposition(r.gold)
        if r.predicted is None:
            undecided += 1
            under += 1
            continue
        predicted = Disposition(r.predicted)
        confusion[gold.value][predicted.value] += 1
        if predicted is gold:
            correct += 1
        elif predicted.rank < gold.rank:
            under += 1
        else:
            over += 1
    emergencies = [r for r in results if r.gold == Disposition.EMERGENCY.value]
    caught = sum(1 for r in emergencies if r.predicted == Disposition.EMERGENCY.value)
    return {
        "n": n,
        "accuracy": _ratio(correct, n),
        "emergency_sensitivity": _ratio(caught, len(emergencies)),
        "under_triage_rate": _ratio(under, n),
        "over_triage_rate": _ratio(over, n),
        "undecided": undecided,
        "confusion": confusion,
    }


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def summary_lines(report: dict[str, Any]) -> list[str]:
    """Return the short human summary printed after a run."""

    def pct(value: float | None) -> str:
        return "n/a" if value is None else f"{value:.1%}"

    width = max(len(level) for level in LEVELS)
    lines = [
        f"{report['mode']}: {report['n']} cases",
        f"  accuracy               {pct(report['accuracy'])}",
        f"  emergency sensitivity  {pct(report['emergency_sensitivity'])}",
        f"  under-triage           {pct(report['under_triage_rate'])}",
        f"  over-triage            {pct(report['over_triage_rate'])}",
    ]
    if report["undecided"]:
        lines.append(f"  no disposition         {report['undecided']}")
    lines.append(f"  gold \\ predicted  {' '.join(f'{lv:>{width}}' for lv in LEVELS)}")
    for gold in LEVELS:
        row = report["confusion"][gold]
        lines.append(f"  {gold:<16} {' '.join(f'{row[lv]:>{width}}' for lv in LEVELS)}")
    return lines


def build_report(mode: str, results: Sequence[CaseResult], **about: Any) -> dict[str, Any]:
    """Return the JSON report: mode, figures, confusion and one entry per case."""
    return {"mode": mode, **about, **score(results), "cases": [r.to_json() for r in results]}


# --- rules only -------------------------------------------------------------------------


def rules_only(cases: Sequence[EvalCase], rules: RuleSet | None = None) -> list[CaseResult]:
    """Score the rule layer alone: the case text as one message, no rule hit = self_care."""
    rules = rules or load_rules()
    results = []
    for case in cases:
        hits = rules.evaluate(case.text, language=detect_language(case.text))
        level = more_urgent(*(hit.level for hit in hits)) or Disposition.SELF_CARE
        results.append(
            CaseResult(
                id=case.id,
                gold=case.gold_triage.value,
                predicted=level.value,
                red_flags=[hit.rule_id for hit in hits],
                turns=1,
            )
        )
    return results


# --- the whole conversation -------------------------------------------------------------


async def pending_question_id(conversation: Conversation, session_id: str) -> str | None:
    """Return the bank id of the question the agent is waiting on, from the graph state."""
    snapshot = await conversation.graph.aget_state({"configurable": {"thread_id": session_id}})
    question = (snapshot.values or {}).get("question") or {}
    return question.get("id")


async def run_case(
    conversation: Conversation,
    case: EvalCase,
    *,
    rules: RuleSet,
    questions: QuestionBank,
    max_turns: int = DEFAULT_MAX_TURNS,
) -> CaseResult:
    """Run one case to a disposition (or the turn cap) with the simulated patient."""
    result = CaseResult(id=case.id, gold=case.gold_triage.value, predicted=None)
    patient = SimulatedPatient(case.text, rules=rules, questions=questions)
    try:
        started = await conversation.start(patient.language)
        message = case.text
        while result.turns < max_turns:
            turn = await conversation.send(started.session_id, message)
            result.turns += 1
            for flag in turn.red_flags:
                if flag["flag_id"] not in result.red_flags:
                    result.red_flags.append(flag["flag_id"])
            if turn.done:
                result.predicted = turn.disposition
                return result
            message = patient.answer(await pending_question_id(conversation, started.session_id))
        result.error = f"{NO_DISPOSITION} {max_turns} turns"
    except TriageError as exc:
        result.error = f"{type(exc).__name__}: {exc}"
    return result


async def run_conversations(
    conversation: Conversation,
    cases: Sequence[EvalCase],
    *,
    concurrency: int = 1,
    max_turns: int = DEFAULT_MAX_TURNS,
    on_result: Callable[[int, CaseResult], None] | None = None,
) -> list[CaseResult]:
    """Run every case through ``conversation``, ``concurrency`` at a time, in file order."""
    rules, questions = load_rules(), load_questions()
    gate = asyncio.Semaphore(max(concurrency, 1))
    done = 0

    async def one(case: EvalCase) -> CaseResult:
        nonlocal done
        async with gate:
            result = await run_case(
                conversation, case, rules=rules, questions=questions, max_turns=max_turns
            )
        done += 1
        if on_result is not None:
            on_result(done, result)
        return result

    return list(await asyncio.gather(*(one(case) for case in cases)))


def run_description(settings: Settings, max_turns: int) -> dict[str, Any]:
    """Return what identifies a conversation run: a resumed report must match it."""
    return {"backend": settings.llm_backend, "model": settings.model_name, "max_turns": max_turns}


NO_DISPOSITION = "no disposition after"
"""How a case that reached the turn cap without a disposition is reported."""


def broke_off(result: CaseResult) -> bool:
    """Return whether a case's conversation broke off (a turn failed or the database did,
    e.g. a model server too slow for the turn budget) rather than ending in a disposition
    or at the turn cap: a fact about the machine, not about the triage."""
    return result.error is not None and not result.error.startswith(NO_DISPOSITION)


def resumable_results(report: dict[str, Any], about: dict[str, Any]) -> list[CaseResult]:
    """Return the finished cases of an earlier (partial) report of the same kind of run.

    Raises ``ValueError`` when the report is not a conversation run with the same backend,
    model and turn cap: mixing them would make the figures mean nothing.
    """
    if report.get("mode") != "conversation":
        raise ValueError("the earlier report is not a conversation run (rules-only?)")
    differs = [k for k, v in about.items() if report.get(k) != v]
    if differs:
        was = ", ".join(f"{k}={report.get(k)!r}" for k in differs)
        raise ValueError(f"the earlier report was made with {was}; start a new --out instead")
    fields = ("id", "gold", "predicted", "red_flags", "turns", "error")
    return [CaseResult(**{k: c[k] for k in fields if k in c}) for c in report.get("cases", [])]


async def evaluate(
    settings: Settings,
    cases: Sequence[EvalCase],
    *,
    rules_only_mode: bool = False,
    concurrency: int = 1,
    max_turns: int = DEFAULT_MAX_TURNS,
    database_url: str | None = None,
    progress: TextIO | None = sys.stderr,
    checkpoint: Callable[[dict[str, Any]], None] | None = None,
    done_before: Sequence[CaseResult] = (),
) -> dict[str, Any]:
    """Return the report for ``cases`` (the rules alone, or whole conversations).

    ``checkpoint`` gets the partial report (``"complete": false``) after every finished
    case, so a long run on a slow model that is interrupted still leaves its figures.
    Cases in ``done_before`` (an interrupted run's results) are kept and not run again, so a
    run longer than one sitting can be finished in several.
    """
    if rules_only_mode:
        return build_report("rules_only", rules_only(cases), complete=True)

    from triage.app import open_conversation  # the model stack, only when it is needed

    about = run_description(settings, max_turns)
    wanted = {c.id for c in cases}
    finished = [r for r in done_before if r.id in wanted]
    todo = [c for c in cases if c.id not in {r.id for r in finished}]
    already = len(finished)

    def show(done: int, r: CaseResult) -> None:
        finished.append(r)
        if checkpoint is not None:
            checkpoint(build_report("conversation", finished, **about, complete=False))
        if progress is not None:
            outcome = r.predicted or f"none ({r.error})"
            print(
                f"[{already + done}/{len(cases)}] {r.id}: gold {r.gold}, predicted {outcome}, "
                f"{r.turns} turn(s)",
                file=progress,
                flush=True,
            )

    if todo:
        with tempfile.TemporaryDirectory(prefix="triage-eval-") as tmp:
            url = database_url or f"sqlite:///{Path(tmp) / 'eval.db'}"
            run_settings = settings.model_copy(update={"database_url": url})
            async with open_conversation(run_settings, announce=progress is not None) as conv:
                await run_conversations(
                    conv, todo, concurrency=concurrency, max_turns=max_turns, on_result=show
                )
    by_id = {r.id: r for r in finished}
    results = [by_id[c.id] for c in cases]  # file order, earlier and new cases together
    return build_report("conversation", results, **about, complete=True)
