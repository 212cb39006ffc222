"""``triage eval``: triage accuracy on a JSONL file of cases (format: README, "How to evaluate").

Each line is ``{"id", "text", "gold_triage"}``, optionally with ``lang``, ``script``,
``voice``, ``facts`` (what the patient answers per topic) and ``rationale``.

Two modes:

- **conversation** (default): each case runs through the real :class:`Conversation`, wired
  from the ``TRIAGE_*`` settings exactly as the app wires it (the bundled local model,
  vLLM, or with ``model="least-urgent"`` the packaged HTTP fake whose every reply is the
  least urgent one). The case text is the patient's first message; every question is
  answered by a :class:`SimulatedPatient` from the case's ``facts`` for the topics of the
  bank question asked (its id read from the graph state), else "I'm not sure", until a
  disposition or ``max_turns``. Sessions go to a throwaway SQLite database unless a
  database URL is given: evaluation cases never land in a clinic's records.
- **rules only**: the deterministic layer alone reads the case text as one message,
  no model: the red flags, and below them ``clinical.disposition.decide`` (the same call
  the graph makes without a model), so all four levels can come out; then the semantic
  channel's raise (``clinical.semantic``) unless ``TRIAGE_SEMANTIC_CHANNEL=false`` (the
  report's ``semantic_channel`` says which; its flag is ``semantic_reads_as_emergency``).

The figures are described in :mod:`triage.eval_scores`.
"""

from __future__ import annotations

import asyncio
import json
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Literal, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from agent.conversation import Conversation
from clinical.first_message import first_message_levels
from clinical.language import detect_language
from clinical.loading import describe
from clinical.questions import CaseTopic, QuestionBank, load_questions
from clinical.red_flags import RuleSet, load_rules
from clinical.semantic import SEMANTIC_FLAG, SemanticChannel, load_semantic
from core.errors import TriageError
from core.settings import Settings
from states.disposition import Disposition
from triage.eval_scores import CaseResult, score, summary_lines
from triage.simulated_patient import SimulatedPatient

__all__ = ["CaseResult", "EvalCase", "evaluate", "load_cases", "score", "summary_lines"]

DEFAULT_MAX_TURNS = 25
FAKE_MODELS = {"least-urgent": "least-urgent (fake)"}
"""Built-in fake models for whole conversations without a real one, and the model name a
report gives each (see fakes/least_urgent.py)."""


Voice = Literal[
    "patient",
    "third_person",
    "clinician",
    "rambling",
    "short",
    "typos",
    "mixed_language",
    "hard_negative",
]


class EvalCase(BaseModel):
    """One line of a cases file; only ``id``, ``text`` and ``gold_triage`` are required."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1)
    text: str = Field(min_length=1)
    gold_triage: Disposition
    lang: Literal["en", "zh"] | None = None
    script: Literal["simplified", "traditional"] | None = None
    voice: Voice | None = None
    facts: dict[CaseTopic, str] = Field(default_factory=dict)
    rationale: str | None = None

    @model_validator(mode="after")
    def _script_is_for_chinese(self) -> EvalCase:
        if self.script is not None and self.lang not in ("zh", None):
            raise ValueError(f"script {self.script!r} is for Chinese cases, not lang {self.lang!r}")
        return self

    @property
    def language(self) -> str:
        """Return ``lang``, or the language detected in the text when the case has none."""
        return self.lang or ("zh" if detect_language(self.text) == "zh" else "en")


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
            why = describe(exc) if isinstance(exc, ValidationError) else str(exc)
            raise ValueError(
                f"{path}:{number}: not a case {{id, text, gold_triage, ...}}: {why}"
            ) from exc
        if case.id in seen:
            raise ValueError(f"{path}:{number}: duplicate id {case.id!r}")
        seen.add(case.id)
        cases.append(case)
    if not cases:
        raise ValueError(f"{path}: no cases")
    return cases


def build_report(mode: str, results: Sequence[CaseResult], **about: Any) -> dict[str, Any]:
    """Return the JSON report: mode, figures, confusion and one entry per case."""
    return {"mode": mode, **about, **score(results), "cases": [r.to_json() for r in results]}


# --- rules only -------------------------------------------------------------------------


def rules_only(
    cases: Sequence[EvalCase],
    rules: RuleSet | None = None,
    semantic: SemanticChannel | None = None,
) -> list[CaseResult]:
    """Score the deterministic layer alone: the case text as one message, red flags then
    dispositions, raised by the semantic channel when one is given (as the graph does)."""
    rules = rules or load_rules()
    questions = load_questions()
    results = []
    levels = first_message_levels([case.text for case in cases], rules, questions, semantic)
    for case, (level, hits, raised) in zip(cases, levels, strict=True):
        results.append(
            CaseResult(
                id=case.id,
                gold=case.gold_triage.value,
                predicted=level.value,
                red_flags=[hit.rule_id for hit in hits] + ([SEMANTIC_FLAG] if raised else []),
                turns=1,
                lang=case.lang,
                voice=case.voice,
            )
        )
    return results


# --- the whole conversation -------------------------------------------------------------


async def pending_question(conversation: Conversation, session_id: str) -> dict[str, Any]:
    """Return the question the agent is waiting on (``{"id", ...}``), from the graph state."""
    snapshot = await conversation.graph.aget_state({"configurable": {"thread_id": session_id}})
    return dict((snapshot.values or {}).get("question") or {})


def question_topics(questions: QuestionBank) -> dict[str, tuple[str, ...]]:
    """Return the topics each bank question asks about, by question id."""
    return {q.id: q.topic for q in questions.questions}


async def run_case(
    conversation: Conversation,
    case: EvalCase,
    *,
    topics: dict[str, tuple[str, ...]],
    max_turns: int = DEFAULT_MAX_TURNS,
) -> CaseResult:
    """Run one case to a disposition (or the turn cap) with the simulated patient."""
    result = CaseResult(
        id=case.id, gold=case.gold_triage.value, predicted=None, lang=case.lang, voice=case.voice
    )
    patient = SimulatedPatient(case.text, language=case.language, facts=case.facts, topics=topics)
    try:
        started = await conversation.start(patient.language)
        result.session = started.session_id
        message = patient.first_message
        while result.turns < max_turns:
            turn = await conversation.send(started.session_id, message)
            result.turns += 1
            for flag in turn.red_flags:
                if flag["flag_id"] not in result.red_flags:
                    result.red_flags.append(flag["flag_id"])
            if turn.done:
                result.predicted = turn.disposition
                return result
            question = await pending_question(conversation, started.session_id)
            result.asked.append(str(question.get("id") or "?"))
            message = patient.answer(question)
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
    topics = question_topics(load_questions())
    gate = asyncio.Semaphore(max(concurrency, 1))
    done = 0

    async def one(case: EvalCase) -> CaseResult:
        nonlocal done
        async with gate:
            result = await run_case(conversation, case, topics=topics, max_turns=max_turns)
        done += 1
        if on_result is not None:
            on_result(done, result)
        return result

    return list(await asyncio.gather(*(one(case) for case in cases)))


def model_settings(settings: Settings, model: str | None, base_url: str | None = None) -> Settings:
    """Return the settings a run uses: as configured, or pointed at a built-in fake model."""
    if model is None:
        return settings
    if model not in FAKE_MODELS:
        raise ValueError(f"unknown built-in model {model!r}; choose from {list(FAKE_MODELS)}")
    update = {"llm_backend": "vllm", "llm_base_url": base_url, "llm_model": FAKE_MODELS[model]}
    return settings.model_copy(update=update)


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
    fields = (
        *("id", "gold", "predicted", "red_flags", "turns", "error"),
        *("lang", "voice", "session", "asked"),
    )
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
    model: str | None = None,
) -> dict[str, Any]:
    """Return the report for ``cases`` (the rules alone, or whole conversations).

    ``model`` names a built-in fake model (``"least-urgent"``) to converse with instead of
    the configured one: the packaged HTTP fake, started for the run.

    ``checkpoint`` gets the partial report (``"complete": false``) after every finished
    case, so a long run on a slow model that is interrupted still leaves its figures.
    Cases in ``done_before`` (an interrupted run's results) are kept and not run again, so a
    run longer than one sitting can be finished in several.
    """
    started = time.perf_counter()
    if rules_only_mode:
        semantic = load_semantic() if settings.semantic_channel else None
        results = rules_only(cases, semantic=semantic)
        return build_report(
            "rules_only",
            results,
            complete=True,
            seconds=_since(started),
            semantic_channel=semantic is not None,
        )

    from triage.app import open_conversation  # the model stack, only when it is needed

    about = run_description(model_settings(settings, model), max_turns)
    wanted = {c.id for c in cases}
    finished = [r for r in done_before if r.id in wanted]
    todo = [c for c in cases if c.id not in {r.id for r in finished}]
    already = len(finished)

    def show(done: int, r: CaseResult) -> None:
        if database_url is None:
            r.session = None  # the throwaway database is gone after the run
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
        with ExitStack() as stack:
            tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="triage-eval-"))
            url = database_url or f"sqlite:///{Path(tmp) / 'eval.db'}"
            run_settings = settings.model_copy(update={"database_url": url})
            if model is not None:
                from fakes import FakeOpenAIServer
                from fakes.least_urgent import least_urgent

                fake = stack.enter_context(FakeOpenAIServer(least_urgent))
                run_settings = model_settings(run_settings, model, fake.base_url)
            async with open_conversation(run_settings, announce=progress is not None) as conv:
                await run_conversations(
                    conv, todo, concurrency=concurrency, max_turns=max_turns, on_result=show
                )
    by_id = {r.id: r for r in finished}
    results = [by_id[c.id] for c in cases]  # file order, earlier and new cases together
    return build_report("conversation", results, **about, complete=True, seconds=_since(started))


def _since(started: float) -> float:
    """Return the seconds since ``started`` (``time.perf_counter``), for the report."""
    return round(time.perf_counter() - started, 2)
