"""The one disposition enum used everywhere, ordered from most to least urgent."""

from __future__ import annotations

from enum import StrEnum


class Disposition(StrEnum):
    """Level of care recommended to the patient."""

    EMERGENCY = "emergency"  # call the emergency number / go to the ED now
    URGENT = "urgent"  # see a clinician within 24 hours
    NON_URGENT = "non_urgent"  # book an appointment within days
    SELF_CARE = "self_care"  # manage at home, with clear "get help if..." advice

    @property
    def rank(self) -> int:
        """Return 3 for emergency down to 0 for self-care."""
        return _RANK[self]


_RANK = {
    Disposition.EMERGENCY: 3,
    Disposition.URGENT: 2,
    Disposition.NON_URGENT: 1,
    Disposition.SELF_CARE: 0,
}


def more_urgent(*levels: Disposition | str | None) -> Disposition | None:
    """Return the most urgent of the given levels (``None`` entries are ignored)."""
    present = [Disposition(level) for level in levels if level is not None]
    if not present:
        return None
    return max(present, key=lambda level: level.rank)


def level_or_none(value: Disposition | str | None) -> Disposition | None:
    """Return ``value`` as a Disposition, keeping ``None``."""
    return None if value is None else Disposition(value)
