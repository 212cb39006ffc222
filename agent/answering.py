"""Answer one health question from the knowledge base: retrieve, reuse, or compose.

Shared by the graph's ``answer`` node and ``triage eval-qa``, so the evaluation measures the
path patients get. A production model (``generate``) writes the answer from the retrieved
passages only, streamed through the caller's :class:`PatientStream`, as JSON with the ids it
cited; a reply that cites a passage it was not given, is empty, is in another language, or
fails the scope guard, and any model failure, give the extractive answer instead. Without
``generate`` (the bundled model) the answer is always extractive.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from agent.kb_prompts import answer_messages
from agent.llm import StructuredLLM, StructuredOutputFailed
from agent.scope_guard import PatientStream
from clinical.language import detect_language
from clinical.scope import output_problem
from knowledge import answer as compose
from knowledge.base import KnowledgeBase
from knowledge.retrieval import Passage
from states.knowledge import KnowledgeAnswer


@dataclass
class Answered:
    """The answer, how it came about, and what was retrieved."""

    answer: compose.Answer
    passages: list[Passage]
    failures: int = 0  # model calls that failed (the extractive answer was used)
    streamed: bool = False  # the model's streamed text is the answer's body
    cached: bool = False


def valid(reply: KnowledgeAnswer, passages: list[Passage], language: str) -> bool:
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


async def answer_question(
    kb: KnowledgeBase,
    llm: StructuredLLM | None,
    question: str,
    language: str,
    *,
    generate: bool,
    stream: PatientStream,
    use_cache: bool = True,
) -> Answered:
    """Return the answer to ``question`` in ``language`` (``generate`` needs ``llm``)."""
    generate = generate and llm is not None
    await asyncio.to_thread(kb.ensure_starter_library)
    version, passages = await asyncio.to_thread(kb.retrieve, question, language)
    mode = f"generated:{llm.chat.model_name}" if generate and llm else "extractive"
    key = kb.cache_key(question, language, mode, version)
    if use_cache:
        cached = await asyncio.to_thread(kb.cached, key)
        if cached is not None:
            return Answered(cached, passages, cached=True)
    answered = await _compose(llm, stream, question, language, passages, generate=generate)
    if use_cache and not answered.failures:
        await asyncio.to_thread(kb.remember, key, version, answered.answer)
    return answered


async def _compose(
    llm: StructuredLLM | None,
    stream: PatientStream,
    question: str,
    language: str,
    passages: list[Passage],
    *,
    generate: bool,
) -> Answered:
    usable = compose.answerable(passages)
    if not generate or llm is None or not usable:
        return Answered(compose.extractive(language, passages), passages)
    try:
        reply = await llm.generate(
            KnowledgeAnswer,
            answer_messages(question, usable, language),
            max_tokens=400,
            stream_field="answer",
            sink=stream.model,
        )
    except StructuredOutputFailed:
        stream.model(None)  # retract whatever was streamed
        return Answered(compose.extractive(language, passages), passages, failures=1)
    if not valid(reply, passages, language):
        stream.model(None)
        return Answered(compose.extractive(language, passages), passages)
    answer = compose.generated(language, reply.answer, reply.cited, passages)
    return Answered(answer, passages, streamed=True)
