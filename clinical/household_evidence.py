"""Whose self-care evidence and whose severity, in a message about more than one person.

The level below the red flags is the level of the person the message is mainly about. In a
message that names the writer and someone else ("the kids just have mild colds, I've got a
swollen knee", 老公小感冒好返晒，我自己膝头肿咗), each stretch of words from one person named
to the next is that person's (``clinical.persons``), and:

- another person's self-care evidence (mild, improving, coping, fine, a minor illness named)
  is no evidence for the writer's own complaint: when the writer tells a complaint of their
  own with no such evidence, the other person's evidence is set aside (NHS.uk condition pages and
  NICE CKS set the level from the patient's own symptoms: the children's cold says nothing of
  the writer's knee);
- another person's severity told as past ("my husband had really bad flu last week", 我妈之前
  痛得很严重) is no severity of the main person's current complaint told mild or improving
  (Manchester Triage pain is the patient's pain now).

The writer's own complaint is taken as the main one only when it is told bare beside another's
evidence (or mild beside another's past severity): a message about a relative with the writer's
word beside it ("my friend fainted, I'm fine, just a sore toe") keeps its reading.

Anything not clear is kept as read: a stretch before any person is named, evidence or
severity said by both, a complaint no one is clearly holding. Only the level below the red
flags reads this; no red flag is lowered.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from clinical.matching import blank_spans
from clinical.persons import Holder
from clinical.red_flags import RuleSet

# a severe episode told as over: last week, before, as a kid, 之前, 上次, 上个礼拜, 小时候, 去年
_PAST = re.compile(
    r"\blast (?:week|month|year|time|winter|summer|night|weekend)\b|\b(?:weeks?|months?|years?)"
    r" ago\b|\bas a (?:kid|child|teenager|baby)\b|\bused to\b|\bbefore\b|\bpreviously\b"
    r"|\bback then\b|之前|以前|上次|上回|上[个個]?(?:礼拜|禮拜|星期|月|周|週)|上周|上週|小[时時]候"
    r"|去年|前年|当年|當年|嗰阵|嗰陣",
    re.I,
)

Says = Callable[[str], bool]


def _by_person(text: str, rules: RuleSet) -> tuple[str, dict[Holder | None, list[tuple[int, int]]]]:
    """Return ``text`` prepared and the stretches of it each person holds (None: no one's),
    or no stretches unless the message ends on the writer's own words (the others told first,
    then "but I've had...", 我自己...): a message that ends on someone else is about them."""
    prepared = rules.prepare(text)
    persons = rules.persons_in(prepared)
    held: dict[Holder | None, list[tuple[int, int]]] = {}
    if not persons.mixed:
        return prepared, held
    stretches = [s for s in persons.stretches(len(prepared)) if prepared[s[0] : s[1]].strip()]
    if not stretches or stretches[-1][2] != "self":
        return prepared, held
    for start, end, who in stretches:
        held.setdefault(who, []).append((start, end))
    return prepared, held


def _words(prepared: str, spans: list[tuple[int, int]]) -> str:
    return "\n".join(prepared[s:e] for s, e in spans)


def main_evidence(text: str, rules: RuleSet, complaint: Says, evidence: Says) -> str:
    """Return ``text`` without another person's self-care evidence when one person has a
    complaint and no evidence of their own; ``text`` as it is when that is not clear."""
    prepared, held = _by_person(text, rules)
    if not held or (None in held and evidence(_words(prepared, held[None]))):
        return text
    own = {who: _words(prepared, spans) for who, spans in held.items() if who is not None}
    writer, other = own.get("self", ""), own.get("other", "")
    # the writer's own complaint with no evidence of theirs, the evidence another's: a message
    # about someone else with the writer's word beside it ("I'm fine", "I helped my brother")
    # keeps its reading
    if not (complaint(writer) and not evidence(writer) and evidence(other)):
        return text
    return blank_spans(prepared, held["other"])


def main_severity(text: str, rules: RuleSet, complaint: Says, evidence: Says, severe: Says) -> str:
    """Return ``text`` without another person's severity told as past when the other person
    has a complaint of their own told mild or improving; ``text`` as it is otherwise."""
    prepared, held = _by_person(text, rules)
    if not held or (None in held and severe(_words(prepared, held[None]))):
        return text
    own = {who: _words(prepared, spans) for who, spans in held.items() if who is not None}
    writer, other = own.get("self", ""), own.get("other", "")
    if not (
        severe(other)
        and _PAST.search(other)
        and complaint(writer)
        and evidence(writer)
        and not severe(writer)
    ):
        return text
    return blank_spans(prepared, held["other"])
