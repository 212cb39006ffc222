"""Command line: ``python -m bench [--quick] [--only NAME] [--skip-local] ...``.

Runs the figures in one event loop against one fake model process, prints a summary and
writes ``report.json`` and ``report.md`` (into ``bench/`` unless ``--out`` says otherwise).
Turn overhead and concurrency run once per database (SQLite, then a throwaway PostgreSQL);
the Postgres results are the figures ``turn_overhead_postgres`` and ``concurrency_postgres``.
A figure that fails is reported as failed; the others still run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import platform
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

from bench import (
    concurrency,
    local_model,
    memory,
    prompt_growth,
    repeat,
    report,
    rule_matching,
    seed_baseline,
    summary,
    turn_overhead,
)
from bench.fake_model import FakeModel
from bench.fixtures import figure_name

FIGURES = (
    turn_overhead.NAME,
    concurrency.NAME,
    prompt_growth.NAME,
    seed_baseline.NAME,
    memory.NAME,
    local_model.NAME,
    rule_matching.NAME,
)
DEFAULT_OUT = Path(__file__).resolve().parent
DATABASES = ("sqlite", "postgres")
PER_DATABASE = (turn_overhead.NAME, concurrency.NAME)


@dataclass(frozen=True)
class Plan:
    """How big each figure is: the full run, or ``--quick``."""

    overhead_sessions: int
    overhead_turns: int
    sizes: tuple[int, ...]
    concurrency_turns: int
    growth_turns: int
    memory_stored: int
    memory_sample: int
    memory_active: int
    memory_turns: int
    local_turns: int
    local_tokens: int


FULL = Plan(5, 10, concurrency.SIZES, 3, 20, 1000, 20, 64, 2, len(local_model.AGENT_LINES), 64)
QUICK = Plan(1, 4, (1, 8, 64), 1, 8, 100, 5, 8, 1, 1, 32)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Parse the command line."""
    parser = argparse.ArgumentParser(
        prog="python -m bench", description="Benchmark the triage agent; print and write ratios."
    )
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="NAME",
        help=f"run only these figures (repeat or comma-separate): {', '.join(FIGURES)}",
    )
    parser.add_argument("--skip-local", action="store_true", help="skip the local model figure")
    parser.add_argument(
        "--sizes", help="concurrency sizes, comma-separated (default 1,8,32,64,128)"
    )
    parser.add_argument(
        "--latency-ms", type=float, default=200.0, help="fake model latency L (default 200)"
    )
    parser.add_argument("--no-profile", action="store_true", help="skip the cProfile summaries")
    parser.add_argument(
        "--databases",
        default=",".join(DATABASES),
        help=(
            "where turn_overhead and concurrency run, comma-separated (default sqlite,postgres;"
            " Postgres is a throwaway server from Debian's postgresql, or "
            "TRIAGE_TEST_POSTGRES_URL if set)"
        ),
    )
    parser.add_argument(
        "--fake-nagle",
        action="store_true",
        help="keep the test fake's Nagle stall (~40 ms per kept-alive request) to show it",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        metavar="N",
        help="run turn_overhead and concurrency N times in turn; report the medians and spread",
    )
    parser.add_argument(
        "--out", type=Path, default=DEFAULT_OUT, help="folder for report.json and report.md"
    )
    args = parser.parse_args(argv)
    only = [name.strip() for item in args.only for name in item.split(",") if name.strip()]
    unknown = sorted(set(only) - set(FIGURES))
    if unknown:
        parser.error(f"unknown figure(s) {', '.join(unknown)}; choose from {', '.join(FIGURES)}")
    args.only = only
    if args.sizes:
        try:
            args.sizes = tuple(int(n) for n in args.sizes.split(",") if n.strip())
        except ValueError:
            parser.error("--sizes takes comma-separated integers, e.g. 1,8,64")
        if not args.sizes or min(args.sizes) < 1:
            parser.error("--sizes must be positive integers")
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.latency_ms <= 0:
        parser.error("--latency-ms must be positive")
    chosen = [name.strip() for name in args.databases.split(",") if name.strip()]
    wrong = sorted(set(chosen) - set(DATABASES))
    if wrong or not chosen:
        parser.error(f"--databases takes {' and/or '.join(DATABASES)}, got {args.databases!r}")
    args.databases = tuple(db for db in DATABASES if db in chosen)
    return args


def selected(args: argparse.Namespace) -> list[str]:
    """Return the figures to run, in order."""
    names = [n for n in FIGURES if not args.only or n in args.only]
    if args.skip_local:
        names = [n for n in names if n != local_model.NAME]
    return names


def needs_postgres(args: argparse.Namespace) -> bool:
    """Return whether this run measures anything on PostgreSQL."""
    return "postgres" in args.databases and any(n in PER_DATABASE for n in selected(args))


async def run_figures(
    args: argparse.Namespace, workdir: Path, postgres: str | Exception | None = None
) -> dict[str, Any]:
    """Run the selected figures; return their results by report name.

    Turn overhead and concurrency run on SQLite files in ``workdir`` and, when
    ``args.databases`` has it, on the Postgres database URL ``postgres`` (an exception
    there is why no server could be had: those figures are reported failed with it).
    """
    plan = QUICK if args.quick else FULL
    latency = args.latency_ms / 1000
    profile = not args.no_profile
    names = selected(args)
    results: dict[str, Any] = {}

    def database_url(database: str) -> str | None:
        if database == "sqlite":
            return None  # a fresh SQLite file in workdir
        if isinstance(postgres, Exception):
            raise postgres
        return postgres

    needs_fake = any(n not in (memory.NAME, local_model.NAME, rule_matching.NAME) for n in names)
    fake = FakeModel(keep_nagle=args.fake_nagle).start() if needs_fake else None
    try:
        jobs: dict[str, Callable[[], Awaitable[dict[str, Any]]]] = {}
        if fake is not None:

            async def overhead_on(database: str, first: bool) -> dict[str, Any]:
                return await turn_overhead.run(
                    fake,
                    workdir,
                    sessions=plan.overhead_sessions,
                    turns=plan.overhead_turns,
                    latency_s=latency,
                    profile=profile and first,  # with --repeat, the first run is profiled
                    database_url=database_url(database),
                )

            async def concurrency_on(database: str, first: bool) -> dict[str, Any]:
                return await concurrency.run(
                    fake,
                    workdir,
                    sizes=args.sizes or plan.sizes,
                    turns=plan.concurrency_turns,
                    latency_s=latency,
                    # the largest N, profiled: not quick, and with --repeat the first run only
                    profile=profile and first and not args.quick,
                    database_url=database_url(database),
                )

            for database in args.databases:
                for i in range(args.repeat):
                    jobs[_run_name(figure_name(turn_overhead.NAME, database), i)] = partial(
                        overhead_on, database, i == 0
                    )
                    jobs[_run_name(figure_name(concurrency.NAME, database), i)] = partial(
                        concurrency_on, database, i == 0
                    )
            jobs[prompt_growth.NAME] = lambda: prompt_growth.run(
                fake, workdir, turns=plan.growth_turns, latency_s=latency
            )

            def growth_rows() -> list[dict[str, Any]] | None:
                growth = results.get(prompt_growth.NAME)
                return growth.get("turns") if isinstance(growth, dict) else None

            jobs[seed_baseline.NAME] = lambda: seed_baseline.run(
                fake,
                workdir,
                turns=plan.growth_turns,
                latency_s=latency,
                agent_rows=growth_rows(),
            )
        jobs[memory.NAME] = lambda: asyncio.to_thread(
            memory.run,
            workdir,
            stored=plan.memory_stored,
            sample=plan.memory_sample,
            active=plan.memory_active,
            turns=plan.memory_turns,
            latency_s=latency,
        )
        jobs[local_model.NAME] = lambda: local_model.run(
            workdir, agent_turns=plan.local_turns, max_tokens=plan.local_tokens
        )
        jobs[rule_matching.NAME] = lambda: asyncio.to_thread(rule_matching.run)
        per_database = [
            figure_name(name, database)
            for name in names
            if name in PER_DATABASE
            for database in args.databases
        ]
        order = [_run_name(name, i) for i in range(args.repeat) for name in per_database]
        order += [name for name in names if name not in PER_DATABASE]
        for name in order:
            started = time.perf_counter()
            print(f"[bench] {name} ...", file=sys.stderr, flush=True)
            load = round(os.getloadavg()[0], 2)
            try:
                results[name] = await jobs[name]()
            except Exception as exc:  # one broken figure must not lose the others
                results[name] = {"failed": f"{type(exc).__name__}: {exc}"}
            took = time.perf_counter() - started
            results[name]["seconds"] = round(took, 1)
            results[name]["load_average_1m_at_start"] = load
            print(f"[bench] {name} done in {took:.1f} s", file=sys.stderr, flush=True)
    finally:
        if fake is not None:
            fake.stop()
    if args.repeat > 1:
        for name in per_database:
            results[name] = _combined(
                name, [results.pop(_run_name(name, i)) for i in range(args.repeat)]
            )
    return results


def _run_name(name: str, i: int) -> str:
    """Return the name of run ``i`` (from 0) of a repeated figure; run 0 is the figure's name."""
    return name if i == 0 else f"{name}#{i + 1}"


def _combined(name: str, runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Return one result from the runs of a repeated figure (``bench.repeat``)."""
    failed = [r for r in runs if "failed" in r]
    if failed:
        return failed[0]
    seconds = round(sum(r["seconds"] for r in runs), 1)
    loads = [r["load_average_1m_at_start"] for r in runs]
    if name.startswith(concurrency.NAME):
        result = repeat.combine_concurrency(runs, concurrency.TARGET_EFFICIENCY)
    else:
        result = repeat.combine_overhead(runs, turn_overhead.TARGET_RATIO)
    result["seconds"] = seconds
    result["load_average_1m_at_start"] = loads[0]
    result["repeat"]["load_average_1m_at_start"] = loads
    return result


def start_postgres(stack: contextlib.ExitStack) -> str | Exception:
    """Start the tests' throwaway PostgreSQL (or use ``TRIAGE_TEST_POSTGRES_URL``) for the
    rest of ``stack``; return a fresh database's URL, or the error that prevented it."""
    from fakes.postgres import PostgresServer

    print("[bench] starting a throwaway PostgreSQL ...", file=sys.stderr, flush=True)
    try:
        server = stack.enter_context(PostgresServer.start())
        return stack.enter_context(server.database())
    except Exception as exc:  # reported per figure; the SQLite figures still run
        return RuntimeError(
            f"no PostgreSQL for the benchmark ({exc}); install Debian's postgresql "
            "(`bash scripts/system-packages.sh`), set TRIAGE_TEST_POSTGRES_URL, or pass "
            "--databases sqlite"
        )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmarks; print the summary; write the report. Return the exit code."""
    args = parse_args(argv)
    started = time.perf_counter()
    load_start = os.getloadavg()[0]
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="triage-bench-"))
        postgres: str | Exception | None = None
        if needs_postgres(args):
            postgres = start_postgres(stack)
        figures = asyncio.run(run_figures(args, Path(tmp), postgres))
    meta = {
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "argv": " ".join(sys.argv[1:] if argv is None else argv),
        "duration_s": round(time.perf_counter() - started, 1),
        "machine": {
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "python": platform.python_version(),
            "load_average_start": round(load_start, 2),
            "load_average_end": round(os.getloadavg()[0], 2),
        },
        "options": {
            "quick": args.quick,
            "figures": selected(args),
            "latency_ms": args.latency_ms,
            "profile": not args.no_profile,
            "fake_nagle": args.fake_nagle,
            "databases": list(args.databases),
            "repeat": args.repeat,
        },
    }
    full = report.build(figures, meta)
    json_path, md_path = report.write(full, args.out)
    for line in summary.summary_lines(full):
        print(line)
    print(f"wrote {json_path} and {md_path} ({full['duration_s']} s)")
    return 1 if any("failed" in f for f in figures.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
