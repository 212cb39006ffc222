"""The topics a question asks about, in the words of an evaluation case's ``facts``.

The question bank (``clinical/data/questions.yaml``) gives every question its topic(s), and a
red-flag concept with a confirming question names its topic too (``topic:`` in the rule
files), so the simulated patient of ``triage eval`` answers either from the case's facts for
that topic. The list is the fixed one of the case format (README, "How to evaluate"): history
first, then the screening topics.
"""

from __future__ import annotations

from typing import Literal, get_args

CaseTopic = Literal[
    "age",
    "sex",
    "onset",
    "duration",
    "severity",
    "course",
    "location",
    "character",
    "modifiers",
    "function",
    "conditions",
    "medications",
    "allergies",
    "pregnancy",
    "breathing",
    "consciousness",
    "bleeding",
    "chest_pain",
    "neurological",
    "mental_health",
    "dehydration",
    "fever_sepsis",
    "allergic_reaction",
]
CASE_TOPICS: tuple[str, ...] = get_args(CaseTopic)
# A question may also ask for the complaint itself, which a case states in its first message.
COMPLAINT = "complaint"
Topic = Literal[CaseTopic, "complaint"]
QUESTION_TOPICS: tuple[str, ...] = (COMPLAINT, *CASE_TOPICS)
