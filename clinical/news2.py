"""NEWS2, the Royal College of Physicians' National Early Warning Score 2 (2017).

The aggregate score of the vital signs a patient (or a clinician's note) reports, so that
several moderately abnormal values together raise the level even when none alone crosses
a danger threshold. Bands from the RCP NEWS2 chart (SpO2 scale 1); a parameter that was
not reported scores 0, so the score can only under-read, never over-read.

Clinical response thresholds (RCP): 7 or more is a high score (emergency assessment);
5-6, or 3 in any single parameter, needs an urgent clinical review. NEWS2 is validated for
adults (16 and over) who are not pregnant; the caller checks that.

Which parameters must be reported: none is required, by choice. A parameter not reported
scores 0, so the score of what was reported is a lower bound of the full score: a partial
score of 7 means the full score is 7 or more, and the response it triggers is one the full
chart would trigger too. One parameter scores at most 3, so the aggregate thresholds need
two abnormal parameters (5) or three (7): a single misread number reaches only the
single-parameter trigger, which RCP publishes as a trigger on its own. A low partial score is
never read as reassurance (nothing lowers a level on it). Requiring, say, four parameters
would only drop true alarms from patients who typed two or three values.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

HIGH = 7  # emergency response
MEDIUM = 5  # urgent response
SINGLE_RED = 3  # any one parameter scoring 3: urgent response

# (upper bound inclusive, points), checked in order; the last band catches the rest.
_BANDS: dict[str, tuple[tuple[float, int], ...]] = {
    "respiratory_rate": ((8, 3), (11, 1), (20, 0), (24, 2), (1e9, 3)),
    "oxygen_saturation": ((91, 3), (93, 2), (95, 1), (1e9, 0)),
    "systolic_bp": ((90, 3), (100, 2), (110, 1), (219, 0), (1e9, 3)),
    "heart_rate_bpm": ((40, 3), (50, 1), (90, 0), (110, 1), (130, 2), (1e9, 3)),
    "temperature_c": ((35.0, 3), (36.0, 1), (38.0, 0), (39.0, 1), (1e9, 2)),
}
FIELDS = tuple(_BANDS)
# SpO2 scale 2 (RCP NEWS2 chart): for a patient with hypercapnic respiratory failure whose
# clinician set a target of 88-92% (BTS oxygen guideline), usually COPD. On air, 88 and above
# scores 0; below the target it scores as it falls; on oxygen, 93 and above scores too (more
# oxygen than the target).
_SCALE2_LOW: tuple[tuple[float, int], ...] = ((83, 3), (85, 2), (87, 1), (1e9, 0))
_SCALE2_ON_OXYGEN: tuple[tuple[float, int], ...] = ((92, 0), (94, 1), (96, 2), (1e9, 3))


@dataclass(frozen=True)
class News2:
    """An aggregate score and the points of each parameter that scored."""

    score: int
    points: dict[str, int]

    @property
    def single_red(self) -> bool:
        """Return True when one parameter alone scores 3."""
        return any(p >= SINGLE_RED for p in self.points.values())


def points_for(field: str, value: float) -> int:
    """Return the NEWS2 points of one vital sign (``field`` as in ``VitalSigns``)."""
    for upper, points in _BANDS[field]:
        if value <= upper:
            return points
    return 0  # pragma: no cover - the last band is open


def spo2_scale2_points(value: float, *, on_oxygen: bool) -> int:
    """Return the NEWS2 SpO2 scale 2 points of a saturation (target 88-92%)."""
    bands = _SCALE2_ON_OXYGEN if on_oxygen and value >= 88 else _SCALE2_LOW
    return next(points for upper, points in bands if value <= upper)


def news2(
    vitals: Mapping[str, float],
    *,
    on_oxygen: bool = False,
    altered_consciousness: bool = False,
    spo2_scale2: bool = False,
) -> News2:
    """Return the NEWS2 score of the reported ``vitals`` (missing parameters score 0).

    ``on_oxygen`` adds 2 (supplemental oxygen); ``altered_consciousness`` (new confusion,
    responds only to voice or pain, unresponsive: the C, V, P, U of ACVPU) adds 3.
    ``spo2_scale2`` scores the saturation on SpO2 scale 2 (a target of 88-92% was set).
    """
    points = {f: points_for(f, float(v)) for f, v in vitals.items() if f in _BANDS}
    if spo2_scale2 and "oxygen_saturation" in vitals:
        points["oxygen_saturation"] = spo2_scale2_points(
            float(vitals["oxygen_saturation"]), on_oxygen=on_oxygen
        )
    if on_oxygen:
        points["oxygen"] = 2
    if altered_consciousness:
        points["consciousness"] = 3
    points = {k: v for k, v in points.items() if v}
    return News2(score=sum(points.values()), points=points)
