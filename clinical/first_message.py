"""What the rules alone decide from one message: red flags, then the four-level decision.

``triage eval --rules-only`` scores this and the coverage tests hold it, so both read the
same function rather than each its own copy of the steps. :func:`first_message_level` adds
the semantic channel's raise (:mod:`clinical.semantic`) on top, as the graph does.
"""

from __future__ import annotations

from collections.abc import Sequence

from clinical.disposition import decide
from clinical.language import detect_language
from clinical.questions import QuestionBank, load_questions
from clinical.red_flags import RuleHit, RuleSet
from clinical.semantic import SemanticChannel, semantic_level
from states.disposition import Disposition, more_urgent

__all__ = ["decision_level", "first_message_level", "first_message_levels", "rules_only_level"]


def decision_level(texts: list[str], rules: RuleSet, questions: QuestionBank) -> Disposition:
    """Return the four-level decision the rules make from ``texts`` with no model."""
    families = questions.families_for(texts, rules)
    below, _ = decide(None, texts, families, rules=rules)
    return below


def rules_only_level(
    text: str, rules: RuleSet, questions: QuestionBank | None = None
) -> tuple[Disposition, list[RuleHit]]:
    """Return the level the rules give ``text`` as a first message, and the red flags hit."""
    questions = questions or load_questions()
    hits = rules.evaluate(text, language=detect_language(text))
    below = decision_level([text], rules, questions)
    return more_urgent(*(hit.level for hit in hits), below) or below, list(hits)


def first_message_level(
    text: str,
    rules: RuleSet,
    questions: QuestionBank | None = None,
    semantic: SemanticChannel | None = None,
) -> tuple[Disposition, list[RuleHit], bool]:
    """Return the rules' level raised by the semantic channel, the red flags, and whether
    the channel raised it."""
    return first_message_levels([text], rules, questions, semantic)[0]


def first_message_levels(
    texts: Sequence[str],
    rules: RuleSet,
    questions: QuestionBank | None = None,
    semantic: SemanticChannel | None = None,
) -> list[tuple[Disposition, list[RuleHit], bool]]:
    """Return :func:`first_message_level` for each text; the channel reads, in batches, only
    the texts the rules leave below an emergency."""
    questions = questions or load_questions()
    ruled = [rules_only_level(text, rules, questions) for text in texts]
    below = [i for i, (level, _) in enumerate(ruled) if level is not Disposition.EMERGENCY]
    fired = semantic.read_many([texts[i] for i in below]) if semantic else [False] * len(below)
    raised: dict[int, Disposition] = {}
    for i, read in zip(below, fired, strict=True):
        level = semantic_level(ruled[i][0], read)
        if level is not None:
            raised[i] = level
    return [(raised.get(i, level), hits, i in raised) for i, (level, hits) in enumerate(ruled)]
