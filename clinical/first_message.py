"""What the rules alone decide from one message: red flags, then the four-level decision.

``triage eval --rules-only`` scores this and the coverage tests hold it, so both read the
same function rather than each its own copy of the steps. :func:`first_message_level` adds
the semantic channel's raise (:mod:`clinical.semantic`) on top, as the graph does.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor

from clinical.disposition import decide
from clinical.language import detect_language
from clinical.questions import QuestionBank, load_questions
from clinical.red_flags import RuleHit, RuleSet
from clinical.semantic import SemanticChannel, semantic_level
from states.disposition import Disposition, more_urgent

__all__ = ["decision_level", "first_message_level", "first_message_levels", "rules_only_level"]

EMERGENCY = Disposition.EMERGENCY
_CHUNK = 32  # texts the rules read before their embeddings are handed to the channel


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
    the texts the rules leave below an emergency.

    With many texts (an eval), the channel embeds each chunk on a worker thread while the
    rules read the next chunk: the embedding engine lets go of the interpreter lock, so on
    two cores the run costs about the longer of the two rather than their sum.
    """
    questions = questions or load_questions()
    ruled: list[tuple[Disposition, list[RuleHit]]] = []
    reads: list[tuple[list[int], Future[list[bool]]]] = []
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="semantic") as pool:
        for start in range(0, len(texts), _CHUNK):
            chunk = [
                rules_only_level(text, rules, questions) for text in texts[start : start + _CHUNK]
            ]
            below = [start + i for i, (level, _) in enumerate(chunk) if level is not EMERGENCY]
            ruled += chunk
            if semantic is not None and below:
                reads.append((below, pool.submit(semantic.read_many, [texts[i] for i in below])))
    raised: dict[int, Disposition] = {}
    for below, read in reads:
        for i, fired in zip(below, read.result(), strict=True):
            level = semantic_level(ruled[i][0], fired)
            if level is not None:
                raised[i] = level
    return [(raised.get(i, level), hits, i in raised) for i, (level, hits) in enumerate(ruled)]
