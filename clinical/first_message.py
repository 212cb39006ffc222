"""What the rules alone decide from one message: red flags, then the four-level decision.

``triage eval --rules-only`` scores this and the coverage tests hold it, so both read the
same function rather than each its own copy of the steps.
"""

from __future__ import annotations

from clinical.disposition import decide
from clinical.language import detect_language
from clinical.questions import QuestionBank, load_questions
from clinical.red_flags import RuleHit, RuleSet
from states.disposition import Disposition, more_urgent

__all__ = ["rules_only_level"]


def rules_only_level(
    text: str, rules: RuleSet, questions: QuestionBank | None = None
) -> tuple[Disposition, list[RuleHit]]:
    """Return the level the rules give ``text`` as a first message, and the red flags hit."""
    questions = questions or load_questions()
    hits = rules.evaluate(text, language=detect_language(text))
    families = questions.families_for([text], rules)
    below, _ = decide(None, [text], families, rules=rules)
    return more_urgent(*(hit.level for hit in hits), below) or below, list(hits)
