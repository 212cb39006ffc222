"""The model's half of the red-flag check, run in parallel with extraction.

Under the ``phrasing`` policy (the bundled tiny model) this makes no call: its only product
would be a level the model is not trusted with. Under ``escalate`` the model's level may
raise the rules' (``agent.weighing``): a finding must quote the patient
(``clinical.grounding.grounded``; evidence the patient did not write is dropped), and an
emergency stands when a finding quotes them, whether or not a rule knows that sign;
without a quote it counts as ``urgent``. Nothing here lowers what the rules decided.
"""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent import prompts
from agent.context import AgentContext
from agent.llm import StructuredOutputFailed
from agent.transcript import latest_patient, patient_texts, recent_turns
from agent.weighing import screened_level
from clinical.grounding import grounded, normalise
from states.disposition import Disposition
from states.graph_state import RedFlag, TriageState
from states.outputs import RedFlagAssessment


async def screen(state: TriageState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """Ask the model how urgent the newest message makes things (if it is trusted to say)."""
    context = runtime.context
    if context.trust == "phrasing":
        return {"model_level": None, "model_flags": []}
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

    patient_text = "\n".join(patient_texts(state))
    findings = [f for f in assessment.findings if grounded(f.evidence, patient_text)]
    level = screened_level(assessment.level, quoted=bool(findings), trust=context.trust)
    flags: list[RedFlag] = []
    if level is not None and level.rank >= Disposition.URGENT.rank:
        flags = [
            {
                "flag_id": "model:" + normalise(f.flag)[:56].replace(" ", "_"),
                "source": "model",
                "level": level.value,
                "label": f.flag.strip()[:200],
                "evidence": f.evidence.strip()[:500],
                "guideline": None,
                "message_id": turn["message_id"],
            }
            for f in findings
        ]
    return {"model_level": level.value if level else None, "model_flags": flags}
