"""How the rules' level and the model's voice combine, by how far the model is trusted.

The rules set the floor and nothing lowers it. Above the floor (``core.settings`` policy,
``AgentContext.trust``):

- ``phrasing`` (the bundled tiny model): the model never changes the level. Its screening
  and extraction calls are skipped; it words the questions and the advice, nothing else.
  When no rule fired, the level comes from the deterministic no-model decision
  (:func:`no_rule_level`).
- ``escalate`` (a production model): the model's screening level counts. An emergency stands
  when one of its findings quotes the patient (``clinical.grounding.grounded``), whether or not
  a rule knows that sign; an emergency with no such quote counts as ``urgent``. The advice
  draft quotes nothing, so it can raise the level to ``urgent``, not to ``emergency``. The
  deterministic no-model decision (:func:`no_rule_level`) is part of the floor here too: the
  model may raise the level above it, never lower it.
"""

from __future__ import annotations

from collections.abc import Sequence

from clinical.disposition import decide
from clinical.red_flags import RuleSet
from core.settings import ModelTrust
from states.disposition import Disposition, more_urgent
from states.record import IntakeRecord


def screened_level(level: Disposition, *, quoted: bool, trust: ModelTrust) -> Disposition | None:
    """Return what the model's screening level counts for (``None``: it does not count).

    ``quoted`` says whether at least one finding quotes the patient.
    """
    if trust == "phrasing":
        return None
    if level is Disposition.EMERGENCY and not quoted:
        return Disposition.URGENT
    return level


def drafted_level(level: Disposition | None, *, trust: ModelTrust) -> Disposition | None:
    """Return what the advice draft's level counts for: up to ``urgent``, and only if trusted."""
    if level is None or trust == "phrasing":
        return None
    if level is Disposition.EMERGENCY:
        return Disposition.URGENT
    return level


def no_rule_level(
    record: IntakeRecord,
    texts: Sequence[str] = (),
    families: Sequence[str] = (),
    rules: RuleSet | None = None,
) -> Disposition:
    """Return the level when no rule fired and the model does not set it.

    The rules' deterministic decision (``clinical.disposition.decide``: severity, duration,
    course, function, age, pregnancy, conditions), the same call ``triage eval --rules-only``
    makes. Self-care needs positive evidence in ``texts``; without any it is ``non_urgent``.
    """
    level, _ = decide(record, texts, families, rules=rules)
    return level


def level_so_far(
    rule_level: Disposition | str | None,
    model_level: Disposition | str | None,
    *,
    trust: ModelTrust,
) -> Disposition | None:
    """Return the more urgent of the rules and the (already weighed) model level.

    Under ``phrasing`` the model's level is ignored even if one was set.
    """
    if trust == "phrasing":
        return more_urgent(rule_level)
    return more_urgent(rule_level, model_level)


def final_level(
    floor: Disposition | None,
    drafted: Disposition | None,
    record: IntakeRecord,
    *,
    trust: ModelTrust,
    model_failed: bool = False,
    texts: Sequence[str] = (),
    families: Sequence[str] = (),
    rules: RuleSet | None = None,
) -> Disposition:
    """Return the advice's level: the floor, raised by what the policy lets count.

    ``floor`` is the most urgent of the rules, the screened model level and every red flag.
    The deterministic decision counts next to it under both policies (so no model takes a
    patient below it); under ``escalate`` the draft may raise it (up to ``urgent``), and a
    model that failed leaves ``non_urgent`` at least ("contact a clinician").
    """
    decided = no_rule_level(record, texts, families, rules)
    if trust == "phrasing":
        return more_urgent(floor, decided) or decided
    if model_failed:  # no model: the deterministic decision, and "contact a clinician"
        return more_urgent(floor, decided, Disposition.NON_URGENT) or Disposition.NON_URGENT
    # A trusted model may raise the level above the decision, never lower it: "self_care"
    # from the model still needs the positive evidence the decision asks for.
    return more_urgent(floor, decided, drafted_level(drafted, trust=trust)) or decided
