"""The model's half of the red-flag check, run in parallel with extraction.

The model may raise the level, never lower what the rules decided (that happens in
``assess``). A model emergency must quote the patient: findings whose evidence is not in
what the patient wrote are dropped, and an emergency without one counts as urgent.
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
from states.outputs import RedFlagAssessment


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
    if level is Disposition.EMERGENCY and not findings:
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
