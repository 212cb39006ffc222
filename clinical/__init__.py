"""The deterministic clinical layer: red-flag rules, the question bank and fixed texts.

Everything here is data (YAML under ``clinical/data/``) plus a small engine, validated at
load time. Nothing in this package calls a model or the network.
"""

from clinical.loading import ClinicalDataError

__all__ = ["ClinicalDataError"]
