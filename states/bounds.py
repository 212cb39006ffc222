"""Length bounds for model-written fields.

Each bound appears in the JSON schema (``maxLength`` / ``maxItems``), so grammar-constrained
decoding stops a rambling model early, and is enforced by truncation on validation rather
than rejection, so a backend that ignores the bound costs no retry.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import BeforeValidator, Field


def cut(limit: int) -> BeforeValidator:
    """Return a validator that truncates a string or list to ``limit``."""
    return BeforeValidator(lambda value: value[:limit] if isinstance(value, str | list) else value)


def max_length(limit: int) -> object:
    """Return the schema annotation for a string bound."""
    return Field(json_schema_extra={"maxLength": limit})


def max_items(limit: int) -> object:
    """Return the schema annotation for a list bound."""
    return Field(json_schema_extra={"maxItems": limit})


Name = Annotated[str, cut(60), max_length(60)]
Phrase = Annotated[str, cut(80), max_length(80)]
Quote = Annotated[str, cut(160), max_length(160)]
Sentence = Annotated[str, cut(200), max_length(200)]
QuestionText = Annotated[str, cut(300), max_length(300)]
Paragraph = Annotated[str, cut(600), max_length(600)]
Phrases = Annotated[list[Phrase], cut(10), max_items(10)]
Points = Annotated[list[Quote], cut(5), max_items(5)]
