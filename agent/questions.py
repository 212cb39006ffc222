"""Which bank questions are still worth asking: chosen once per turn, in ``assess``.

``assess`` writes the chosen ids into the state (``candidates``) and ``ask`` reads them, so
question selection runs once per patient message.
"""

from __future__ import annotations

from agent.context import AgentContext
from agent.transcript import patient_texts
from clinical.questions import Question
from states.graph_state import TriageState
from states.record import IntakeRecord

CANDIDATES = 4  # bank questions offered to the model to choose from


def pending_bank_question(state: TriageState, context: AgentContext) -> Question | None:
    """Return the bank question the newest patient message answers, if there is one."""
    question = state.get("question")
    if not question:
        return None
    try:
        return context.questions.get(question["id"])
    except KeyError:  # a confirming question ("confirm:..."), or one from an older bank
        return None


def complaint_families(state: TriageState, context: AgentContext) -> list[str]:
    """Return the complaint families recognised in everything the patient said."""
    return context.questions.families_for(patient_texts(state), context.rules)


def open_questions(
    state: TriageState, context: AgentContext, record: IntakeRecord, *, limit: int = CANDIDATES
) -> list[Question]:
    """Return the bank questions still worth asking, or none when it is time to advise.

    Enough known ends the questions; so does a spent budget, except that a recognised
    complaint family's red-flag screening questions are always asked before advice.
    """
    asked = state.get("asked", [])
    families = complaint_families(state, context)
    if context.questions.is_complete(record, asked=asked, families=families):
        return []
    candidates = context.questions.candidates(record, asked=asked, families=families, limit=limit)
    if len(asked) >= context.question_budget:
        candidates = [q for q in candidates if q.fills == "screening"]
    return candidates
