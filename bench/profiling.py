"""Where the time goes: a short cProfile summary of agent turns, per package and per call.

cProfile sees the event-loop thread only. The database work that runs in worker threads
(``asyncio.to_thread``, aiosqlite) shows up as the loop waiting in ``epoll`` ("idle"), so the
summary also gives the process CPU time per turn (all threads) next to the loop thread's.
The profiler slows Python down, so read the shares, not the absolute milliseconds.
"""

from __future__ import annotations

import cProfile
import pstats
import time
from pathlib import Path
from types import TracebackType
from typing import Any

from bench import REPO_ROOT

# Frames that only dispatch work (event loop, task plumbing, graph and runnable wrappers):
# their cumulative time is everybody's, so they are left out of the hotspot list.
_DISPATCH = (
    "/asyncio/",
    "/selectors.py",
    "/threading.py",
    "/contextlib.py",
    "/langgraph/_internal/_runnable.py",
    "/langgraph/pregel/",
    "/langchain_core/runnables/",
    "/langchain_core/tracers/",
    "/langchain_core/callbacks/",
    "/bench/",
)
_WRAPPER_SHARE = 0.6  # a frame holding more than this share of all time is a wrapper


def package_of(filename: str, function: str) -> str:
    """Return the package a profiled frame belongs to ("idle" for the loop's epoll wait)."""
    if filename == "~":
        return IDLE if "poll" in function else "builtins"
    path = filename.replace("\\", "/")
    if "/site-packages/" in path:
        return path.split("/site-packages/", 1)[1].split("/", 1)[0].removesuffix(".py")
    root = str(REPO_ROOT).replace("\\", "/") + "/"
    if path.startswith(root):
        return path[len(root) :].split("/", 1)[0].removesuffix(".py")
    if "/asyncio/" in path:
        return "asyncio"
    return "stdlib"


def _label(func: tuple[str, int, str]) -> str:
    filename, line, name = func
    if filename == "~":
        return name
    path = filename.replace("\\", "/")
    if "/site-packages/" in path:
        path = path.split("/site-packages/", 1)[1]
    else:
        root = str(REPO_ROOT).replace("\\", "/") + "/"
        path = path.removeprefix(root)
        if "/lib/python" in path:
            path = path.split("/lib/python", 1)[1].split("/", 1)[-1]
    return f"{path}:{line} {name}"


LAYERS = {
    "model client (langchain-openai, openai, httpx)": (
        "langchain_openai",
        "openai",
        "httpx",
        "httpx2",
        "httpcore",
        "httpcore2",
        "h11",
        "aiohttp",
        "multidict",
        "yarl",
        "anyio",
        "sniffio",
        "jiter",
        "tenacity",
    ),
    "graph (langgraph, langchain-core)": ("langgraph", "langchain_core", "ormsgpack"),
    "database (sqlalchemy, sqlite, checkpointer)": (
        "sqlalchemy",
        "aiosqlite",
        "sqlite3",
        "storage",
    ),
    "schemas (pydantic)": ("pydantic", "pydantic_core"),
    "our code (agent, clinical, states, triage)": ("agent", "clinical", "states", "triage"),
    "event loop (asyncio)": ("asyncio",),
}
IDLE = "idle (loop waits: DB threads, sockets)"
_HELPERS = ("builtins", "stdlib", "typing_extensions")  # charged to whoever called them


def layer_of(package: str) -> str:
    """Return the layer a package belongs to (its own name when unlisted)."""
    if package == IDLE:
        return IDLE
    for layer, packages in LAYERS.items():
        if package in packages:
            return layer
    return "other"


def _charged_package(table: dict[Any, Any], func: Any, depth: int = 0) -> dict[str, float]:
    """Return ``func``'s self time split over the packages that called it.

    Builtins, stdlib and typing helpers (``isinstance``, ``json``, ``typing``) are charged to the
    package that called them, up to a few levels, so the time lands where the work began.
    """
    filename, _line, name = func
    package = package_of(filename, name)
    self_time = table[func][2]
    if package not in _HELPERS or depth > 3:
        return {package: self_time}
    callers = table[func][4]
    edges = {c: e[2] for c, e in callers.items() if c in table and e[2] > 0}
    total = sum(edges.values())
    if not edges or total <= 0:
        return {package: self_time}
    charged: dict[str, float] = {}
    for caller, edge_time in edges.items():
        share = self_time * edge_time / total
        caller_package = package_of(caller[0], caller[2])
        if caller_package in _HELPERS:
            for pkg, seconds in _charged_package(table, caller, depth + 1).items():
                weight = seconds / (table[caller][2] or 1e-12)
                charged[pkg] = charged.get(pkg, 0.0) + share * min(weight, 1.0)
        else:
            charged[caller_package] = charged.get(caller_package, 0.0) + share
    return charged


def _ancestors(table: dict[Any, Any], func: Any, depth: int = 6) -> set[Any]:
    """Return the callers of ``func`` up to ``depth`` levels."""
    seen: set[Any] = set()
    frontier = {func}
    for _ in range(depth):
        frontier = {c for f in frontier for c in table.get(f, (0, 0, 0, 0, {}))[4]} - seen
        if not frontier:
            break
        seen |= frontier
    return seen


class Profiler:
    """Profile a block of turns: ``with Profiler() as p: ...`` then ``p.summary(turns)``."""

    def __init__(self) -> None:
        self._profile = cProfile.Profile()
        self._wall = self._cpu = self._thread = 0.0

    def __enter__(self) -> Profiler:
        self._wall, self._cpu = time.perf_counter(), time.process_time()
        self._thread = time.thread_time()
        self._profile.enable()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._profile.disable()
        self._wall = time.perf_counter() - self._wall
        self._cpu = time.process_time() - self._cpu
        self._thread = time.thread_time() - self._thread

    def dump(self, path: Path) -> None:
        """Write the raw profile (for ``python -m pstats`` or snakeviz)."""
        self._profile.dump_stats(str(path))

    def summary(self, turns: int, *, packages: int = 10, hotspots: int = 10) -> dict[str, Any]:
        """Return the per-turn summary: time by layer and package, and the top calls."""
        stats = pstats.Stats(self._profile)
        table: dict[Any, Any] = stats.stats  # type: ignore[attr-defined]
        total = sum(row[2] for row in table.values()) or 1e-9
        by_package: dict[str, float] = {}
        for func in table:
            for package, seconds in _charged_package(table, func).items():
                by_package[package] = by_package.get(package, 0.0) + seconds
        by_layer: dict[str, float] = {}
        for package, seconds in by_package.items():
            by_layer[layer_of(package)] = by_layer.get(layer_of(package), 0.0) + seconds

        chosen: list[tuple[Any, float]] = []
        for func, row in sorted(table.items(), key=lambda kv: kv[1][3], reverse=True):
            filename, _line, _name = func
            cum = row[3]
            if filename == "~" or any(part in filename for part in _DISPATCH):
                continue
            if cum > _WRAPPER_SHARE * total or cum <= 0:
                continue
            above = _ancestors(table, func)
            if any(
                abs(cum - kept_cum) <= 0.08 * kept_cum
                and (kept in above or func in _ancestors(table, kept))
                for kept, kept_cum in chosen
            ):
                continue  # the same time seen through a wrapper a few levels up or down
            chosen.append((func, cum))
            if len(chosen) >= hotspots:
                break

        per_turn = 1000.0 / max(turns, 1)

        def rows(values: dict[str, float], key: str, limit: int) -> list[dict[str, Any]]:
            ranked = sorted(values.items(), key=lambda kv: kv[1], reverse=True)[:limit]
            return [
                {
                    key: name,
                    "self_ms_per_turn": round(sec * per_turn, 1),
                    "share": round(sec / total, 3),
                }
                for name, sec in ranked
            ]

        return {
            "profiled_turns": turns,
            "wall_ms_per_turn_under_profiler": round(self._wall * per_turn, 1),
            "process_cpu_ms_per_turn": round(self._cpu * per_turn, 1),
            "loop_thread_cpu_ms_per_turn": round(self._thread * per_turn, 1),
            "by_layer": rows(by_layer, "layer", len(by_layer)),
            "by_package": rows(by_package, "package", packages),
            "hotspots": [
                {
                    "call": _label(func),
                    "cum_ms_per_turn": round(cum * per_turn, 1),
                    "entries_per_turn": round(table[func][1] / max(turns, 1), 1),
                    "share": round(cum / total, 3),
                }
                for func, cum in chosen
            ],
        }


def describe(profile: dict[str, Any]) -> str:
    """Return a one-paragraph reading of a profile summary, for the Markdown report."""
    layers = ", ".join(f"{p['layer']} {p['share']:.0%}" for p in profile["by_layer"])
    calls = "; ".join(f"`{h['call']}` {h['share']:.0%}" for h in profile["hotspots"][:8])
    return (
        f"{profile['process_cpu_ms_per_turn']} ms CPU per turn in the agent process under the "
        f"profiler ({profile['loop_thread_cpu_ms_per_turn']} ms on the event-loop thread; "
        f"{profile['wall_ms_per_turn_under_profiler']} ms wall). "
        f"Event-loop thread time by layer (builtin and stdlib calls charged to their caller): "
        f"{layers}. Top calls (cumulative share of the loop thread's time): {calls}."
    )
