"""One Pydantic model per LLM-backed node output; each becomes the JSON schema sent to the model."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field

from states.bounds import Paragraph, Phrase, Points, QuestionText, Quote, cut, max_items
from states.disposition import Disposition
from states.record import IntakeRecord


class Extraction(BaseModel):
    """What the patient's newest message adds to the intake record."""

    update: IntakeRecord = Field(
        description=(
            "Only the facts stated in the newest patient message; leave everything else empty. "
            "Never guess."
        )
    )


class NextQuestion(BaseModel):
    """The next intake question, chosen from the candidates and phrased for the patient."""

    question_id: Phrase = Field(description="The id of the chosen candidate question.")
    question: QuestionText = Field(
        description=(
            "The question to ask, one short sentence in the patient's language, kind and plain."
        )
    )


class RedFlagFinding(BaseModel):
    """One danger sign and the patient's words that show it."""

    flag: Phrase = Field(description="The danger sign in a few words, e.g. 'chest pain at rest'.")
    evidence: Quote = Field(description="The patient's own words that show it, quoted.")


class RedFlagAssessment(BaseModel):
    """The model's view of how urgent the patient's situation is right now."""

    level: Disposition = Field(
        description=(
            "emergency: needs an ambulance or emergency department now; urgent: a clinician "
            "within 24 hours; non_urgent: an appointment within days; self_care: home care."
        )
    )
    findings: Annotated[list[RedFlagFinding], cut(3), max_items(3)] = Field(
        default_factory=list, description="Danger signs present in what the patient said."
    )


class Advice(BaseModel):
    """The closing advice: a level of care and what to do, for the patient to read."""

    disposition: Disposition = Field(description="The recommended level of care.")
    message: Paragraph = Field(
        description="Two or three calm sentences to the patient, in their language."
    )
    reasons: Points = Field(
        default_factory=list, description="Why this level of care, from the patient's answers."
    )
    self_care: Points = Field(
        default_factory=list,
        description="Safe things to do at home meanwhile. No medicine doses.",
    )
    get_help_now_if: Points = Field(
        default_factory=list,
        description="Warning signs that mean: seek emergency help at once.",
    )


class FinalAdvice(Advice):
    """The advice the patient gets: the model's draft after the floor, plus the disclaimer.

    Built by the advise and emergency nodes (never asked of the model) and stored as the
    session's assessment.
    """

    disposition: Disposition = Field(description="The final level: never below the floor.")
    message: str = Field(description="What the patient reads first (template or model text).")
    reasons: list[str] = Field(default_factory=list, description="Red flags, then reasons.")
    rule_disposition: Disposition | None = Field(
        default=None, description="The most urgent level the rules raised, if any."
    )
    model_disposition: Disposition | None = Field(
        default=None, description="The level the model drafted, if it answered."
    )
    disclaimer: str = Field(description="Reference-only disclaimer, in the patient's language.")


__all__ = [
    "Advice",
    "Extraction",
    "FinalAdvice",
    "NextQuestion",
    "RedFlagAssessment",
    "RedFlagFinding",
]
