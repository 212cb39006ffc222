"""A simulated patient for ``triage eval``: answers from a case's own facts, by topic.

Deterministic, no model, and independent of the code it helps to evaluate: it never reads
the case with the rule layer (no red-flag matcher, no concept lists), so a conversation can
add what the rules could not read from the first message. It knows:

- the case's first message (``text``), which it sends first and repeats when asked for the
  main complaint (topic ``complaint``);
- the case's ``facts``: for each topic of the case format (README, "How to evaluate": onset,
  severity, breathing, ...) the words the patient uses when asked about it.

Which bank question the agent asked comes from the conversation's state (the pending
question id), never from re-reading the model's wording. The question's topics (from
``clinical/data/questions.yaml``) pick the facts; the answer is those facts verbatim, in
the question's order (each ended as a sentence), or "I'm not sure" / "我不确定" when the
case has none of them. A case with no facts (the old ``{id, text, gold_triage}`` format)
is not sure of anything but its first message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

COMPLAINT = "complaint"  # the topic of "What is the main problem?": the first message
NOT_SURE = {"en": "I'm not sure.", "zh": "我不确定。"}
_STOP = {"en": ".", "zh": "。"}  # ends a fact that has no end of its own before the next
_ENDS = tuple(".!?。！？…")


class SimulatedPatient:
    """Answers the agent's questions about one case, from the case's facts alone."""

    def __init__(
        self,
        text: str,
        *,
        language: str,
        facts: Mapping[Any, str],
        topics: Mapping[str, tuple[str, ...]],
    ) -> None:
        """``topics`` maps each bank question id to the topics it asks about."""
        self.text = text
        self.language = "zh" if language == "zh" else "en"
        self._facts = {topic: words for topic, words in facts.items() if words.strip()}
        self._topics = topics

    @property
    def first_message(self) -> str:
        """Return what the patient types first: the case text, exactly."""
        return self.text

    def topics_of(self, question: Mapping[str, Any] | None) -> tuple[str, ...]:
        """Return the topics of the pending question: the bank's, else its own ``topic``."""
        question = question or {}
        question_id = question.get("id")
        if isinstance(question_id, str) and question_id in self._topics:
            return self._topics[question_id]
        topic = question.get("topic")  # a question outside the bank may name its topic
        if isinstance(topic, str):
            return (topic,)
        if isinstance(topic, list | tuple):
            return tuple(t for t in topic if isinstance(t, str))
        return ()

    def answer(self, question: Mapping[str, Any] | None) -> str:
        """Return the answer to the pending question (``{"id": ...}`` as the state holds it)."""
        said = [self._fact(topic) for topic in self.topics_of(question)]
        known = list(dict.fromkeys(words for words in said if words))
        if not known:
            return NOT_SURE[self.language]
        return "".join(self._sentence(words) for words in known[:-1]) + known[-1]

    def _sentence(self, words: str) -> str:
        """Return ``words`` ended as a sentence, ready for another to follow."""
        words = words.rstrip()
        if not words.endswith(_ENDS):
            words += _STOP[self.language]
        return words if self.language == "zh" else words.rstrip() + " "

    def _fact(self, topic: str) -> str | None:
        if topic == COMPLAINT:
            return self.text
        return self._facts.get(topic)
