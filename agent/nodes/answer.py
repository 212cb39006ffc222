"""Answer a health-information question from the clinic's documents, with its sources.

Runs after ``check_rules`` (so a rule emergency in the same message has already gone to
the emergency reply, with no model call) when ``knowledge.routing`` reads the message as a
question, or as a question plus symptoms. Then:

1. retrieve passages (BM25, the patient's language) from the current library;
2. reuse a cached answer to the same normalised question on the same library version;
3. otherwise compose one: a production model (``context.kb_generate``) writes it from the
   passages only, streamed, as JSON with the ids it cited; cited ids outside the retrieved
   passages, an empty or out-of-scope text, or any model failure give the extractive
   answer instead. The bundled model never writes answers: extractive only;
4. nothing above the threshold: "I have no information on that here", never an invention.

The reply carries the sources, the disclaimer, and either the pending intake question again
("the intake resumes where it was") or an offer to check symptoms. A message that also
reports symptoms goes on into the intake after this node, which then asks its question.
"""

from __future__ import annotations

import asyncio
from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.kb_prompts import answer_messages
from agent.llm import StructuredOutputFailed, TextSink
from agent.scope_guard import PatientStream, refusal
from agent.transcript import latest_patient, pending_question
from clinical.language import detect_language
from clinical.scope import output_problem
from knowledge import answer as compose
from knowledge.retrieval import Passage
from knowledge.routing import question_text, route
from states.graph_state import TriageState
from states.knowledge import KnowledgeAnswer


def _sink(runtime: Runtime[AgentContext]) -> TextSink:
    def sink(piece: str | None) -> None:
        if piece is None:
            runtime.stream_writer({"type": "reset"})
        else:
            runtime.stream_writer({"type": "delta", "text": piece})

    return sink


def _valid(reply: KnowledgeAnswer, passages: list[Passage], language: str) -> bool:
    """Return whether a model's answer may be shown (else the extractive one is)."""
    retrieved = {p.chunk_id for p in compose.answerable(passages)}
    body = reply.answer.strip()
    return (
        bool(body)
        and bool(reply.cited)
        and set(reply.cited) <= retrieved
        and detect_language(body, default=language) == language
        and output_problem(body) is None
    )


async def answer(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Answer the newest patient message's question from the knowledge base."""
    context = runtime.context
    language = state.get("language") or context.default_language
    turn = latest_patient(state)
    goes_on = route(turn["content"]) == "both"  # the intake asks its question after this
    question = question_text(turn["content"]) if goes_on else turn["content"]
    pending = None if goes_on else pending_question(state)
    # With symptoms too, the question node after this one puts the refusal in front.
    stream = PatientStream(_sink(runtime), preface="" if goes_on else refusal(state, language))

    kb = context.knowledge
    failures = 0
    streamed = False  # the model's text was streamed to the patient and is kept
    result: compose.Answer | None = None
    if kb is not None:
        await asyncio.to_thread(kb.ensure_starter_library)
        version, passages = await asyncio.to_thread(kb.retrieve, question, language)
        mode = f"generated:{context.llm.chat.model_name}" if context.kb_generate else "extractive"
        key = kb.cache_key(question, language, mode, version)
        result = await asyncio.to_thread(kb.cached, key)
        if result is None:
            result, failures, streamed = await _compose(
                context, stream, question, language, passages
            )
            if not failures:
                await asyncio.to_thread(kb.remember, key, version, result)
    if result is None:
        result = compose.no_information(language)

    tail = ""
    if not goes_on:
        tail = (
            compose.text("resume_intake", language, question=pending)
            if pending
            else compose.text("offer_check", language)
        )
    shown = stream.lead + result.render() + (f"\n\n{tail}" if tail else "")
    if streamed:
        stream.finish()  # the whole text passed the checks: show what was held back
        stream.append(shown[len(stream.lead) + len(result.body) :])
    else:
        stream.append(shown[len(stream.lead) :])
    if goes_on:
        stream.append("\n\n")  # the intake's question follows in the same reply
    return {
        "answer": {
            "message_id": turn["message_id"],
            "text": shown,
            "kind": result.kind,
            "sources": result.sources,
            "goes_on": goes_on,
        },
        "reply": shown,
        "messages": [{"role": "agent", "content": shown, "message_id": None}],
        "llm_failures": failures,
    }


async def _compose(
    context: AgentContext,
    stream: PatientStream,
    question: str,
    language: str,
    passages: list[Passage],
) -> tuple[compose.Answer, int, bool]:
    """Return the answer, how many model calls failed (0 or 1), and whether the model's
    streamed text is the answer (else nothing of it is left on the patient's screen)."""
    usable = compose.answerable(passages)
    if not context.kb_generate or not usable:
        return compose.extractive(language, passages), 0, False
    try:
        reply = await context.llm.generate(
            KnowledgeAnswer,
            answer_messages(question, usable, language),
            max_tokens=400,
            stream_field="answer",
            sink=stream.model,
        )
    except StructuredOutputFailed:
        stream.model(None)  # retract whatever was streamed
        return compose.extractive(language, passages), 1, False
    if not _valid(reply, passages, language):
        stream.model(None)
        return compose.extractive(language, passages), 0, False
    return compose.generated(language, reply.answer, reply.cited, passages), 0, True
