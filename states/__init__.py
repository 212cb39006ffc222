"""The contract of the triage graph: its state and one Pydantic model per node output.

Field descriptions matter: they become the JSON schema the model sees.
"""

from states.disposition import Disposition, more_urgent
from states.graph_state import Stage, TriageState
from states.outputs import (
    Advice,
    Extraction,
    FinalAdvice,
    NextQuestion,
    RedFlagAssessment,
    RedFlagFinding,
)
from states.record import IntakeRecord, Symptom, VitalSigns

__all__ = [
    "Advice",
    "Disposition",
    "Extraction",
    "FinalAdvice",
    "IntakeRecord",
    "NextQuestion",
    "RedFlagAssessment",
    "RedFlagFinding",
    "Stage",
    "Symptom",
    "TriageState",
    "VitalSigns",
    "more_urgent",
]
