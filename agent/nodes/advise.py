"""The closing advice: a disposition the floor can only raise, with safety-netting.

The floor is the most urgent of: the rules' level, the model's screened level on the last
message, and every red flag raised in the conversation (a grounded model finding stays a
finding). How the model's voice counts above it depends on the trust policy
(``agent.weighing``): under ``phrasing`` the level is settled before the model writes (the
floor, or the deterministic decision when no rule fired) and the model only words it;
under ``escalate`` its draft may raise the level up to ``urgent`` (an emergency needs a
quote, see ``agent.nodes.screen``). If the draft's level is not the final one, its message
is replaced by the fixed text for the final level; its reasons and warning signs are kept.
The disclaimer always comes from the template, never the model.

The scope guard (``clinical.scope``) checks the model's text before the patient sees it: a
message with a dose, a certain diagnosis or advice not to seek care is replaced by the
fixed text for the level, and list items that fail are dropped. A refusal of an
out-of-scope request this turn comes first.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent import prompts
from agent.context import AgentContext
from agent.llm import StructuredOutputFailed
from agent.questions import complaint_families
from agent.rules import standing
from agent.scope_guard import PatientStream, refusal
from agent.streaming import stream_sink
from agent.transcript import flag_labels, patient_texts, recent_turns
from agent.weighing import final_level
from clinical.language import detect_language
from clinical.messages import disposition_text, text
from clinical.scope import output_problem, within_scope
from states.disposition import Disposition, level_or_none, more_urgent
from states.graph_state import TriageState
from states.outputs import Advice, FinalAdvice
from states.record import IntakeRecord

HEADINGS = {
    "en": {
        "level": "Recommended",
        "reasons": "Why",
        "self_care": "Meanwhile",
        "help": "Get help now if",
    },
    "zh": {
        "level": "建议",
        "reasons": "原因",
        "self_care": "在此期间",
        "help": "出现以下情况请立即求助",
    },
}


def readable(items: list[str], level: Disposition, language: str) -> list[str]:
    """Return the model's items the patient may read: within scope and in their language
    (a small model asked in Chinese may still write "drink plenty of fluids")."""
    return [
        item
        for item in within_scope(items, level)
        if detect_language(item, default=language) == language
    ]


def render_advice(advice: dict[str, Any], language: str, number: str) -> str:
    """Return the advice as the plain text the patient reads after the streamed message."""
    heads = HEADINGS.get(language, HEADINGS["en"])
    level = Disposition(advice["disposition"])
    parts = [f"{heads['level']}: {disposition_text(level, language, number)}"]
    for key, head in (
        ("reasons", "reasons"),
        ("self_care", "self_care"),
        ("get_help_now_if", "help"),
    ):
        if advice.get(key):
            parts.append(f"{heads[head]}:\n" + "\n".join(f"- {item}" for item in advice[key]))
    parts.append(advice["disclaimer"])
    return "\n\n".join(parts)


async def advise(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Give the closing advice at the more urgent of the rules', the model's and the floor."""
    context = runtime.context
    language = state.get("language") or context.default_language
    record = IntakeRecord.model_validate(state.get("record") or {})
    stand = standing(state.get("red_flags", []), record, context.rules)
    raised = [flag["level"] for flag in stand]
    floor = more_urgent(state.get("rule_level"), state.get("model_level"), *raised)
    # Under "phrasing" the level is settled before the model writes a word.
    # no model, or one not trusted with the level: the rules' four-level decision
    texts, families = patient_texts(state), complaint_families(state, context)
    settled = final_level(
        floor,
        None,
        record,
        trust=context.trust,
        texts=texts,
        families=families,
        rules=context.rules,
    )
    shown_floor = floor or Disposition.SELF_CARE
    flags = [f for f in stand if Disposition(f["level"]).rank >= shown_floor.rank]
    labels = flag_labels(flags)
    minimum = settled  # the rules and the four-level decision: the model may only go above
    stream = PatientStream(stream_sink(runtime), preface=refusal(state, language), level=minimum)

    failures = 0
    try:
        draft = await context.llm.generate(
            Advice,
            prompts.advise_messages(
                # Under "phrasing" the level is settled and the model only words it: the
                # complaint is context enough, and a short prompt answers sooner.
                record=(
                    {"chief_complaint": record.chief_complaint}
                    if context.trust == "phrasing"
                    else record.model_dump()
                ),
                recent=[]
                if context.trust == "phrasing"
                else recent_turns(state, context.recent_turns),
                red_flags=labels,
                minimum_level=minimum.value,
                language=language,
            ),
            max_tokens=600,
            stream_field="message",
            sink=stream.model,
        )
    except StructuredOutputFailed:
        failures = 1
        draft = None

    final = final_level(
        floor,
        draft.disposition if draft else None,
        record,
        trust=context.trust,
        model_failed=draft is None,
        texts=texts,
        families=families,
        rules=context.rules,
    )
    if draft is None:
        message = text("fallback_advice", language, number=context.emergency_number)
        advice_parts: dict[str, Any] = {"reasons": labels, "self_care": [], "get_help_now_if": []}
        stream.replace(message)
    else:
        message = draft.message.strip()
        if (
            final is not draft.disposition
            or not message
            or detect_language(message, default=language) != language
            or output_problem(message, level=final) is not None
        ):
            message = disposition_text(final, language, context.emergency_number)
            stream.replace(message)
        else:
            stream.finish()
        reasons = readable(draft.reasons, final, language)
        advice_parts = {
            "reasons": [*labels, *(r for r in reasons if r not in labels)],
            "self_care": readable(draft.self_care, final, language),
            "get_help_now_if": readable(draft.get_help_now_if, final, language),
        }

    advice = FinalAdvice(
        disposition=final,
        rule_disposition=level_or_none(state.get("rule_level")),
        model_disposition=draft.disposition if draft else None,
        message=message,
        **advice_parts,
        disclaimer=text("disclaimer", language),
    ).model_dump(mode="json")
    rest = render_advice(advice, language, context.emergency_number)
    stream.append("\n\n" + rest)
    reply = f"{stream.lead}{message}\n\n{rest}"
    return {
        "stage": "advice",
        "advice": advice,
        "reply": reply,
        "messages": [{"role": "agent", "content": reply, "message_id": None}],
        "llm_failures": failures,
    }
