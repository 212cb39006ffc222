"""The deterministic red-flag layer as the graph uses it: once per message, again only if needed.

``check_rules`` evaluates the newest message before any model call, with the record as it
was. Extraction may then add what the rules also read from the record (age, pregnancy,
vital signs, long-term conditions, medicines, durations): only when that part changed does
``assess`` evaluate again (:func:`rule_inputs`).
"""

from __future__ import annotations

import asyncio
import logging
import weakref
from collections.abc import Iterable
from typing import Any, ClassVar

from agent.context import AgentContext
from agent.questions import pending_bank_question
from agent.transcript import earlier_patient_texts, latest_patient, patient_texts
from clinical.answers import says_yes
from clinical.first_message import decision_level
from clinical.messages import text
from clinical.questions import Question
from clinical.red_flags import HeldBack, RuleCheck, RuleHit, RuleSet
from clinical.rule_specs import RuleSpec
from clinical.semantic import (
    SEMANTIC_FLAG,
    SEMANTIC_GUIDELINE,
    SemanticChannel,
    semantic_level,
)
from states.disposition import Disposition, more_urgent
from states.graph_state import Confirming, RedFlag, TriageState
from states.record import IntakeRecord

log = logging.getLogger(__name__)


def rule_flags(hits: list[RuleHit], message_id: int | None) -> list[RedFlag]:
    """Turn rule hits into red-flag entries tied to the triggering message."""
    return [
        {
            "flag_id": hit.rule_id,
            "source": "rule",
            "level": hit.level.value,
            "label": hit.label,
            "evidence": hit.evidence,
            "guideline": hit.guideline,
            "message_id": message_id,
        }
        for hit in hits
    ]


def standing_level(
    flags: Iterable[RedFlag], record: IntakeRecord, rules: RuleSet
) -> Disposition | None:
    """Return the most urgent level of the rule flags that still stand: the rules' floor.

    Nothing lowers it, with one exception that was never a finding: a flag raised below an
    emergency only because no age was known lapses once the record holds an age its rule
    does not fit (``RuleSet.lapsed``). An emergency always stands.
    """
    return more_urgent(
        *(f["level"] for f in standing(flags, record, rules) if f["source"] == "rule")
    )


def standing(flags: Iterable[RedFlag], record: IntakeRecord, rules: RuleSet) -> list[RedFlag]:
    """Return ``flags`` without the rule flags that lapsed (:func:`standing_level`)."""
    return [
        f
        for f in flags
        if f["source"] != "rule" or not rules.lapsed(f["flag_id"], record.age_years)
    ]


def rule_inputs(record: IntakeRecord) -> dict[str, Any]:
    """Return the part of the record the rules read (``RuleSet.evaluate``), JSON-native.

    Two records with the same inputs give the same rule hits on the same message, so the
    rules need not run again when only other fields (a symptom's location, an allergy)
    changed.
    """
    return {
        "age_years": record.age_years,
        "pregnant": record.pregnant,
        "conditions": list(record.conditions),
        "medications": list(record.medications),
        "durations": [s.duration for s in record.symptoms if s.duration],
        "vitals": record.vitals.model_dump(exclude_none=True),
    }


def check_message(
    state: TriageState, context: AgentContext, record: IntakeRecord, affirmed: list[str]
) -> RuleCheck:
    """Return the rules' reading of the newest patient message (hits and held-back signs),
    read as the answer to the bank question it answers: a bare "7 weeks" to an age question
    is the age, and a yes to a question that names a concept says it ("Is your baby younger
    than 3 months?" "yes")."""
    asked = pending_bank_question(state, context)
    answered = answered_concepts(state, asked)
    return context.rules.check(
        latest_patient(state)["content"],
        record=record,
        earlier=earlier_patient_texts(state),
        language=state.get("language") or context.default_language,
        affirmed=[*affirmed, *(c for c in answered if c not in affirmed)],
        asks_age=asked is not None and asked.asks_age,
    )


def answered_concepts(state: TriageState, asked: Question | None) -> list[str]:
    """Return the concept the newest message says by answering yes to ``asked``, the bank
    question it answers, when that question names one (``yes_affirms``); the yes is its
    evidence."""
    if asked is None or asked.yes_affirms is None:
        return []
    return [asked.yes_affirms] if says_yes(latest_patient(state)["content"]) else []


def evaluate_rules(
    state: TriageState, context: AgentContext, record: IntakeRecord
) -> list[RedFlag]:
    """Return the red flags the rules raise on the newest patient message."""
    check = check_message(state, context, record, list(state.get("affirmed", [])))
    return rule_flags(check.hits, latest_patient(state)["message_id"])


# --- held-back danger signs: one confirming question, and a "yes" is the emergency ------


def affirmed_signs(state: TriageState) -> list[str]:
    """Return the held-back sign the newest message confirms: a yes to its question."""
    pending = state.get("confirming")
    asked = (state.get("question") or {}).get("id")
    if (
        pending
        and asked == f"confirm:{pending['concept']}"
        and says_yes(latest_patient(state)["content"])
    ):
        return [pending["concept"]]
    return []


def confirmation(held_back: list[HeldBack], asked: list[str]) -> Confirming | None:
    """Return the confirming question to ask next: the first sign not asked about yet."""
    for held in held_back:
        if held.concept not in asked:
            return {
                "concept": held.concept,
                "sign": held.sign,
                "question": held.question,
                "evidence": held.evidence,
                "topic": list(held.topic),
            }
    return None


def confirmed_flags(
    state: TriageState, context: AgentContext, flags: list[RedFlag], affirmed: list[str]
) -> list[RedFlag]:
    """Return an emergency flag for a confirmed sign when no rule made it one.

    The rules fire the rule a confirmed sign completes (``RuleSet.check(affirmed=...)``);
    a sign whose emergency rule needs more than that sign is still treated as the
    emergency: the patient said yes to having it now.
    """
    if not affirmed or any(f["level"] == Disposition.EMERGENCY.value for f in flags):
        return []
    pending = state.get("confirming")
    said_before = pending["evidence"] if pending else ""
    turn = latest_patient(state)
    language = state.get("language") or context.default_language
    extra: list[RedFlag] = []
    for concept in affirmed:
        rule: RuleSpec | None = next(
            (
                r
                for r in context.rules.rules
                if concept in r.concepts and r.level is Disposition.EMERGENCY
            ),
            None,
        )
        if rule is None:  # a reading taken back and confirmed (``RuleSet._readings_taken_back``)
            rule = next(
                (
                    v
                    for v in context.rules.vital_rules
                    if v.id == concept and v.level is Disposition.EMERGENCY
                ),
                None,
            )
        if rule is None:
            continue
        extra.append(
            {
                "flag_id": rule.id,
                "source": "rule",
                "level": Disposition.EMERGENCY.value,
                "label": rule.label.get(language) or rule.label["en"],
                "evidence": f"{said_before} / {turn['content']}"[:500],
                "guideline": rule.guideline,
                "message_id": turn["message_id"],
            }
        )
    return extra


# --- the semantic channel: a message in words no rule knows that reads like an emergency --


async def semantic_reading(
    state: TriageState, context: AgentContext, level: Disposition | None
) -> bool:
    """Return whether the semantic channel reads the newest message as an emergency.

    Read only on what the patient volunteers (no bank question or confirming question is
    waiting for an answer): the channel was trained on first messages, not on answers such as
    "no chest pain"; and not when the rules already say emergency. The embedding (tens of ms
    of CPU in C, the GIL released) runs in batches on a worker thread
    (:class:`SemanticBatcher`) so the event loop keeps serving other sessions' turns.
    """
    channel = context.semantic
    if channel is None or level is Disposition.EMERGENCY or state.get("question"):
        return False
    try:
        return await SemanticBatcher.of(channel).read(latest_patient(state)["content"])
    except Exception:  # the channel only ever raises: the turn goes on with the rules alone
        log.warning(
            "semantic channel failed; this message is read by the rules alone", exc_info=True
        )
        return False


class SemanticBatcher:
    """Reads for one event loop, embedded in batches, one batch at a time, off the loop.

    Sessions whose first messages arrive together are embedded in one call (about 2.5 times
    less CPU a message than one at a time, and one set of engine threads instead of one per
    message); the embedding runs in C with the GIL released on the loop's default executor,
    so the loop goes on serving other turns meanwhile.
    """

    _by_loop: ClassVar[weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, SemanticBatcher]] = (
        weakref.WeakKeyDictionary()
    )

    def __init__(self, channel: SemanticChannel) -> None:
        self.channel = channel
        self.pending: list[tuple[str, asyncio.Future[bool]]] = []
        self.draining: asyncio.Task[None] | None = None

    @classmethod
    def of(cls, channel: SemanticChannel) -> SemanticBatcher:
        """Return the running loop's batcher for ``channel``."""
        loop = asyncio.get_running_loop()
        batcher = cls._by_loop.get(loop)
        if batcher is None or batcher.channel is not channel:
            batcher = cls._by_loop[loop] = cls(channel)
        return batcher

    async def read(self, text: str) -> bool:
        """Return whether ``text`` reads as an emergency (queued with the others waiting)."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[bool] = loop.create_future()
        self.pending.append((text, future))
        if self.draining is None or self.draining.done():
            self.draining = loop.create_task(self._drain())
        return await future

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self.pending:
            batch, self.pending = self.pending[:BATCH], self.pending[BATCH:]
            texts = [text for text, _ in batch]
            try:
                fired = await loop.run_in_executor(None, self.channel.read_many, texts)
            except Exception as exc:  # every turn waiting on this batch gets the error
                for _, future in batch:
                    if not future.done():
                        future.set_exception(exc)
                continue
            for (_, future), read in zip(batch, fired, strict=True):
                if not future.done():
                    future.set_result(read)


BATCH = 32


def semantic_flags(
    state: TriageState, context: AgentContext, level: Disposition | None, fired: bool
) -> list[RedFlag]:
    """Return the semantic channel's flag on the newest message when it ``fired`` and that
    raises the level. The rules' own level is the red flags so far and the four-level
    decision on everything the patient wrote (:func:`clinical.semantic.semantic_level`).
    """
    if not fired:
        return []
    turn = latest_patient(state)
    decided = decision_level(patient_texts(state), context.rules, context.questions)
    raised = semantic_level(more_urgent(level, decided), fired=True)
    if raised is None:
        return []
    language = state.get("language") or context.default_language
    return [
        {
            "flag_id": SEMANTIC_FLAG,
            "source": "rule",
            "level": raised.value,
            "label": text(f"semantic_reason_{raised.value}", language),
            "evidence": turn["content"].strip()[:500],
            "guideline": SEMANTIC_GUIDELINE,
            "message_id": turn["message_id"],
        }
    ]
