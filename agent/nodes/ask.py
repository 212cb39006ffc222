"""Symptom collection, part two: the model picks and phrases the next bank question.

The bank guarantees a complete history; the model only chooses among the open questions
``assess`` selected (``candidates`` in the state) and words the choice. A held-back danger
sign's confirming question (``confirming``, from ``check_rules``) comes first, word for
word. An empty, overlong, off-topic or wrong-language question falls back to the bank's
wording (the tiny local model produces all of these now and then), and so does one the
scope guard rejects (a dose, a certain diagnosis): the patient never sees it streamed
either (``agent.scope_guard``). A refusal of an out-of-scope request comes first.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from langgraph.runtime import Runtime

from agent import prompts
from agent.context import AgentContext
from agent.llm import StructuredOutputFailed
from agent.scope_guard import PatientStream, refusal
from agent.streaming import stream_sink
from agent.transcript import recent_turns
from clinical.language import detect_language
from clinical.questions import Question
from clinical.scope import output_problem
from states.graph_state import TriageState
from states.outputs import NextQuestion
from states.record import IntakeRecord

MAX_QUESTION_CHARS = 300
_STOPWORDS = frozenset(
    [
        "about",
        "after",
        "also",
        "been",
        "before",
        "does",
        "from",
        "have",
        "having",
        "how",
        "many",
        "much",
        "that",
        "this",
        "what",
        "when",
        "where",
        "which",
        "with",
        "would",
        "your",
        "you",
        "are",
        "any",
        "did",
        "the",
        "and",
        "for",
    ]
)


def _stems(text: str) -> set[str]:
    words = re.findall(r"[a-z]+", text.casefold())
    return {w[:4] for w in words if len(w) >= 4 and w not in _STOPWORDS}


def _bigrams(text: str) -> set[str]:
    han = re.findall(r"[\u4e00-\u9fff]", text)
    return {a + b for a, b in itertools.pairwise(han)}


def acceptable(question: str, bank_wording: str, language: str) -> bool:
    """Return whether the model's question may replace the bank's wording."""
    question = question.strip()
    if not question or len(question) > MAX_QUESTION_CHARS:
        return False
    if detect_language(question, default=language) != language:
        return False
    if output_problem(question) is not None:
        return False  # no doses, no certain diagnoses, no talking anyone out of care
    if language == "zh":
        return bool(_bigrams(question) & _bigrams(bank_wording))
    bank_numbers = set(re.findall(r"\d+", bank_wording))
    return bool(_stems(question) & _stems(bank_wording)) or bool(
        bank_numbers & set(re.findall(r"\d+", question))
    )


def _by_wording(question: str, candidates: list[Question], language: str) -> Question | None:
    """Return the candidate whose bank wording the model repeated (with a wrong id)."""
    said = re.sub(r"\W+", "", question.casefold())
    for candidate in candidates:
        if said and said == re.sub(r"\W+", "", candidate.in_language(language).casefold()):
            return candidate
    return None


def confirm(state: TriageState, runtime: Runtime[AgentContext], language: str) -> dict[str, Any]:
    """Ask a held-back danger sign's confirming question, word for word (no model call)."""
    pending = state.get("confirming")
    assert pending is not None
    stream = PatientStream(stream_sink(runtime), preface=refusal(state, language))
    stream.replace(pending["question"])
    shown = stream.lead + pending["question"]
    return {
        "stage": "collecting",
        "question": {
            "id": f"confirm:{pending['concept']}",
            "text": pending["question"],
            "source": "rules",
            "topic": list(pending.get("topic", [])),  # what it asks, like a bank question's
        },
        "reply": shown,
        "messages": [{"role": "agent", "content": shown, "message_id": None}],
    }


async def ask(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Ask the next question, streamed to the patient."""
    context = runtime.context
    language = state.get("language") or context.default_language
    if state.get("confirming"):
        return confirm(state, runtime, language)
    record = IntakeRecord.model_validate(state.get("record") or {})
    phrasing = context.trust == "phrasing"
    candidates = [context.questions.get(qid) for qid in state.get("candidates", [])]
    if not candidates:
        raise ValueError("ask reached with no open question; assess should have advised")
    by_id: dict[str, Question] = {q.id: q for q in candidates}
    stream = PatientStream(stream_sink(runtime), preface=refusal(state, language))

    chosen, wording, source, failures = candidates[0], None, "bank", 0
    try:
        reply = await context.llm.generate(
            NextQuestion,
            prompts.ask_messages(
                # Under "phrasing" the model only rewords a bank question: a short prompt
                # (no record, no turns) is all it needs, and on the bundled model the
                # prompt's length is most of the time to the first word.
                record={} if phrasing else record.model_dump(),
                recent=[] if phrasing else recent_turns(state, context.recent_turns),
                candidates=[(q.id, q.in_language(language)) for q in candidates],
                language=language,
            ),
            max_tokens=120,
            stream_field="question",
            sink=stream.model,
        )
        picked = by_id.get(reply.question_id.strip()) or _by_wording(
            reply.question, candidates, language
        )
        if picked is not None and acceptable(
            reply.question, picked.in_language(language), language
        ):
            chosen, wording, source = picked, reply.question.strip(), "model"
    except StructuredOutputFailed:
        failures = 1
    if wording is None:
        wording = chosen.in_language(language)
        stream.replace(wording)
    else:
        stream.finish()

    shown = stream.lead + wording
    return {
        "stage": "collecting",
        "question": {"id": chosen.id, "text": wording, "source": source},
        "asked": [chosen.id],
        "reply": shown,
        "messages": [{"role": "agent", "content": shown, "message_id": None}],
        "llm_failures": failures,
    }
