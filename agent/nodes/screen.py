"""The model's half of the red-flag check, run in parallel with extraction.

The model may raise the level, never lower what the rules decided (that happens in
``assess``). How a model-only emergency is weighed (the rules have not said emergency):

1. A finding must quote the patient: evidence that is not in what the patient wrote is
   dropped.
2. The emergency stands only when a kept quote names a danger sign of a rule that fired in
   this conversation (``RuleSet.names_a_sign_of``): the model may judge that the chest
   pain the rules rated urgent is an emergency; it may not make one out of words no rule
   recognises as a danger sign.
3. Otherwise the model's emergency counts as ``urgent``, never less: the patient is told
   to see a clinician within 24 hours and the finding stays in the nurse's view.
"""

from __future__ import annotations

import re
from typing import Any

from langgraph.runtime import Runtime

from agent import prompts
from agent.context import AgentContext
from agent.llm import StructuredOutputFailed
from agent.transcript import latest_patient, recent_turns
from states.disposition import Disposition
from states.graph_state import RedFlag, TriageState
from states.outputs import RedFlagAssessment, RedFlagFinding


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[^\w\s]", " ", text.casefold())).strip()


def grounded(evidence: str, patient_text: str) -> bool:
    """Return whether ``evidence`` is (nearly) a quote of what the patient wrote.

    A quote must say something: at least two Chinese characters or six other characters
    ("3" or "no" quote nothing), found whole-word in the patient's text, or three or more
    words of which 80% appear there.
    """
    quote = _normalise(evidence)
    if len(re.findall(r"[\u4e00-\u9fff]", quote)) < 2 and len(quote) < 6:
        return False
    haystack = _normalise(patient_text)
    if re.search(rf"(?<!\w){re.escape(quote)}(?!\w)", haystack) or (
        re.search(r"[\u4e00-\u9fff]", quote) and quote in haystack
    ):
        return True
    words = quote.split()
    if len(words) < 3:
        return False
    present = set(haystack.split())
    return sum(1 for word in words if word in present) / len(words) >= 0.8


def confirmed_emergency(
    state: TriageState, context: AgentContext, findings: list[RedFlagFinding]
) -> bool:
    """Return whether the model's emergency stands (see the module docstring).

    ``findings`` are the grounded ones. A rule emergency needs no confirmation (the rules
    already decided), so this only matters for an emergency the model raised alone.
    """
    if state.get("rule_level") == Disposition.EMERGENCY.value:
        return True
    raised = [f["flag_id"] for f in state.get("red_flags", []) if f["source"] == "rule"]
    return any(context.rules.names_a_sign_of(f.evidence, raised) for f in findings)


async def screen(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Ask the model how urgent the newest message makes things."""
    context = runtime.context
    turn = latest_patient(state)
    try:
        assessment = await context.llm.generate(
            RedFlagAssessment,
            prompts.screen_messages(
                record=state.get("record") or {},
                recent=recent_turns(state, context.recent_turns),
                message=turn["content"],
            ),
            max_tokens=300,
        )
    except StructuredOutputFailed:
        return {"model_level": None, "model_flags": [], "llm_failures": 1}

    patient_text = "\n".join(t["content"] for t in state["messages"] if t["role"] == "patient")
    findings = [f for f in assessment.findings if grounded(f.evidence, patient_text)]
    level = assessment.level
    if level is Disposition.EMERGENCY and not confirmed_emergency(state, context, findings):
        level = Disposition.URGENT
    flags: list[RedFlag] = []
    if level.rank >= Disposition.URGENT.rank:
        flags = [
            {
                "flag_id": "model:" + _normalise(f.flag)[:56].replace(" ", "_"),
                "source": "model",
                "level": level.value,
                "label": f.flag.strip()[:200],
                "evidence": f.evidence.strip()[:500],
                "guideline": None,
                "message_id": turn["message_id"],
            }
            for f in findings
        ]
    return {"model_level": level.value, "model_flags": flags}
