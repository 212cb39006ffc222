"""The figures of a ``triage eval`` report, from one result per case.

Levels, most urgent first: emergency, urgent, non_urgent, self_care.

- ``accuracy``: predicted == gold (4 levels).
- ``accuracy_3``: the same on 3 levels, emergency / urgent / routine, where *routine* is
  non_urgent and self_care together (both are "no clinician today"; telling them apart
  is the hardest call and the least dangerous miss).
- ``safe_rate``: predicted at least as urgent as gold.
- ``emergency_sensitivity``: gold emergencies predicted emergency.
- ``emergency_as_self_care``: gold emergencies that ended as self_care (a count: each is a
  patient sent home with an emergency).
- ``self_care_to_emergency`` / ``self_care_to_emergency_rate``: gold self_care cases sent
  to emergency (count, and share of the gold self_care cases).
- ``under_triage_rate`` / ``over_triage_rate``: predicted less / more urgent than gold.
- ``confusion``: gold × predicted counts.
- ``by_language`` / ``by_voice``: the headline figures per ``lang`` / ``voice`` of the case,
  when the cases file has those keys (cases without one count as ``"-"``).

A case that ends without a disposition (turn cap, error) is wrong, unsafe and counts as
under-triage: the patient left without advice. It is not in the confusion matrix
(``undecided`` counts it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from states.disposition import Disposition

LEVELS = [level.value for level in Disposition]  # most urgent first
ROUTINE = "routine"  # non_urgent and self_care, on the 3-level scale
_THREE = {"emergency": "emergency", "urgent": "urgent", "non_urgent": ROUTINE, "self_care": ROUTINE}
HEADLINE = (
    "accuracy",
    "accuracy_3",
    "safe_rate",
    "emergency_sensitivity",
    "emergency_as_self_care",
    "self_care_to_emergency",
    "self_care_to_emergency_rate",
)


@dataclass
class CaseResult:
    """What happened to one case."""

    id: str
    gold: str
    predicted: str | None
    red_flags: list[str] = field(default_factory=list)
    turns: int = 0
    error: str | None = None
    lang: str | None = None
    voice: str | None = None
    session: str | None = None  # the stored session, when the run kept its sessions
    asked: list[str] = field(default_factory=list)  # the questions answered, in order

    def to_json(self) -> dict[str, Any]:
        """Return the report entry (``error``, ``lang``, ``voice``, ``session``, ``asked``
        only when known)."""
        data = asdict(self)
        for optional in ("error", "lang", "voice", "session", "asked"):
            if not data[optional]:
                del data[optional]
        return data


def score(results: Sequence[CaseResult]) -> dict[str, Any]:
    """Return the summary figures, the confusion matrix and the breakdowns."""
    figures = _figures(results)
    for key, name in (("lang", "by_language"), ("voice", "by_voice")):
        if any(getattr(r, key) is not None for r in results):
            groups: dict[str, list[CaseResult]] = {}
            for r in results:
                groups.setdefault(getattr(r, key) or "-", []).append(r)
            figures[name] = {
                group: {k: v for k, v in _figures(rs).items() if k in ("n", *HEADLINE)}
                for group, rs in sorted(groups.items())
            }
    return figures


def _figures(results: Sequence[CaseResult]) -> dict[str, Any]:
    n = len(results)
    confusion = {gold: dict.fromkeys(LEVELS, 0) for gold in LEVELS}
    correct = correct_3 = safe = under = over = undecided = 0
    for r in results:
        gold = Disposition(r.gold)
        if r.predicted is None:
            undecided += 1
            under += 1
            continue
        predicted = Disposition(r.predicted)
        confusion[gold.value][predicted.value] += 1
        correct += predicted is gold
        correct_3 += _THREE[predicted.value] == _THREE[gold.value]
        safe += predicted.rank >= gold.rank
        under += predicted.rank < gold.rank
        over += predicted.rank > gold.rank
    emergencies = sum(confusion["emergency"].values()) + _undecided(results, "emergency")
    self_care = sum(confusion["self_care"].values()) + _undecided(results, "self_care")
    return {
        "n": n,
        "accuracy": _ratio(correct, n),
        "accuracy_3": _ratio(correct_3, n),
        "safe_rate": _ratio(safe, n),
        "emergency_sensitivity": _ratio(confusion["emergency"]["emergency"], emergencies),
        "emergency_as_self_care": confusion["emergency"]["self_care"],
        "self_care_to_emergency": confusion["self_care"]["emergency"],
        "self_care_to_emergency_rate": _ratio(confusion["self_care"]["emergency"], self_care),
        "under_triage_rate": _ratio(under, n),
        "over_triage_rate": _ratio(over, n),
        "undecided": undecided,
        "confusion": confusion,
    }


def _undecided(results: Sequence[CaseResult], gold: str) -> int:
    return sum(1 for r in results if r.gold == gold and r.predicted is None)


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1%}"


def summary_lines(report: dict[str, Any]) -> list[str]:
    """Return the short human summary printed after a run."""
    width = max(len(level) for level in LEVELS)
    took = f" in {report['seconds']:.1f} s" if report.get("seconds") is not None else ""
    lines = [
        f"{report['mode']}: {report['n']} cases{took}",
        f"  accuracy (4 levels)         {_pct(report['accuracy'])}",
        f"  accuracy (3 levels)         {_pct(report['accuracy_3'])}"
        "  (non_urgent and self_care as one: routine)",
        f"  safe (at least as urgent)   {_pct(report['safe_rate'])}",
        f"  emergency sensitivity       {_pct(report['emergency_sensitivity'])}",
        f"  emergencies as self_care    {report['emergency_as_self_care']}",
        f"  self_care sent to emergency {report['self_care_to_emergency']}"
        f" ({_pct(report['self_care_to_emergency_rate'])} of self_care)",
        f"  under-triage                {_pct(report['under_triage_rate'])}",
        f"  over-triage                 {_pct(report['over_triage_rate'])}",
    ]
    if report["undecided"]:
        lines.append(f"  no disposition              {report['undecided']}")
    lines.append(f"  gold \\ predicted  {' '.join(f'{lv:>{width}}' for lv in LEVELS)}")
    for gold in LEVELS:
        row = report["confusion"][gold]
        lines.append(f"  {gold:<16} {' '.join(f'{row[lv]:>{width}}' for lv in LEVELS)}")
    for name, title in (("by_language", "by language"), ("by_voice", "by voice")):
        if name in report:
            lines.append(
                f"  {title:<16} {'n':>4} {'acc4':>6} {'acc3':>6} {'safe':>6} {'e.sens':>6}"
                f" {'e→sc':>5} {'sc→e':>5}"
            )
            for group, f in report[name].items():
                lines.append(
                    f"    {group:<14} {f['n']:>4} {_pct(f['accuracy']):>6} "
                    f"{_pct(f['accuracy_3']):>6} {_pct(f['safe_rate']):>6} "
                    f"{_pct(f['emergency_sensitivity']):>6} {f['emergency_as_self_care']:>5} "
                    f"{f['self_care_to_emergency']:>5}"
                )
    return lines
