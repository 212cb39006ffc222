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

from typing import Any

from langgraph.runtime import Runtime

from agent.answer_turn import message_route
from agent.answering import answer_question
from agent.context import AgentContext
from agent.scope_guard import PatientStream, refusal
from agent.streaming import stream_sink
from agent.transcript import latest_patient, pending_question
from knowledge import answer as compose
from knowledge.routing import question_text
from states.graph_state import TriageState


async def answer(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Answer the newest patient message's question from the knowledge base."""
    context = runtime.context
    language = state.get("language") or context.default_language
    turn = latest_patient(state)
    goes_on = message_route(state) == "both"  # the intake asks its question after this
    question = question_text(turn["content"]) if goes_on else turn["content"]
    pending = None if goes_on else pending_question(state)
    # With symptoms too, the question node after this one puts the refusal in front.
    stream = PatientStream(
        stream_sink(runtime), preface="" if goes_on else refusal(state, language)
    )

    kb = context.knowledge
    failures, streamed = 0, False
    if kb is None:
        result = compose.no_information(language)
    else:
        answered = await answer_question(
            kb, context.llm, question, language, generate=context.kb_generate, stream=stream
        )
        result, failures, streamed = answered.answer, answered.failures, answered.streamed
    asked_outright = turn["content"].rstrip().endswith(("?", "？"))
    if result.kind == "no_information" and pending and not streamed and not asked_outright:
        # Nothing in the library, an intake question is waiting, and no question mark: this
        # is the patient's answer to it ("would it matter that it clicks"), not a question
        # for the library. Go on with the intake rather than say "no information" and ask
        # the same question again (which looped until the turn cap).
        return {"answer": {"message_id": None, "goes_on": True, "sources": []}}

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
        # the pending question was asked again: next time, a question back is its answer
        "resumed": (state.get("question") or {}).get("id") if pending and not goes_on else None,
    }
