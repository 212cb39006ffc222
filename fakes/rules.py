"""A rule set that fails: breaks a turn in the middle of the graph, before any model call."""

from __future__ import annotations

from typing import Any


class BrokenRules:
    """Stands in for ``clinical.red_flags.RuleSet``; every evaluation raises ``RuntimeError``
    (``check``, which a turn calls, and ``evaluate``)."""

    def evaluate(self, *args: Any, **kwargs: Any) -> Any:
        """Fail the way an unexpected bug in the rule layer would."""
        raise RuntimeError("boom")

    def check(self, *args: Any, **kwargs: Any) -> Any:
        """Fail the way an unexpected bug in the rule layer would (a turn's reading)."""
        raise RuntimeError("boom")
