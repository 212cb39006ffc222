"""The production model's answer to a health question: its text and the passages it used."""

from __future__ import annotations

from pydantic import BaseModel, Field


class KnowledgeAnswer(BaseModel):
    """An answer written only from the numbered passages it was given."""

    answer: str = Field(
        description=(
            "Two to five short sentences answering the question in the patient's language, "
            "using only facts from the passages. No medicine doses, no diagnosis."
        ),
        max_length=2000,
    )
    cited: list[int] = Field(
        description="The ids of the passages the answer uses (at least one).",
        max_length=8,
    )
