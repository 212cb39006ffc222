"""Figure 6, memory: resident memory of one app process with many stored and active sessions.

Measured in a fresh child process (``python -m bench.memory --child``), so nothing else of
the benchmark run is counted; the fake model runs in a grandchild. Readings come from
``/proc/self/status`` (VmRSS now, VmHWM peak), falling back to ``getrusage``:

1. after imports, and after ``open_conversation`` (the baseline: no session yet);
2. after 1,000 stored sessions: a sample of real one-turn conversations through the service
   (zero-latency fake), the rest inserted through ``storage.repository`` with the same rows
   a one-turn conversation leaves (greeting, patient message, reply, intake snapshot);
3. the peak while 64 sessions are active at once (``asyncio.gather``, a few turns each,
   model latency L).

Figures are deltas over the baseline, so the interpreter and libraries are not counted as
"per session". The app keeps no session in memory (all state is in the database), so the
stored sessions should cost next to nothing; active ones cost their in-flight turns.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import secrets
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from bench import REPO_ROOT

NAME = "memory"
BATCH = 100


def rss() -> dict[str, float]:
    """Return this process's resident memory now and at its peak, in MB."""
    values: dict[str, float] = {}
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    return {
        "rss_mb": round(values.get("VmRSS", peak), 1),
        "peak_mb": round(values.get("VmHWM", peak), 1),
    }


def _insert(factory: sessionmaker[Session], count: int, opener: str, reply: str) -> None:
    """Store ``count`` one-turn sessions directly through the repository."""
    from storage import repository as repo

    done = 0
    while done < count:
        with factory() as session, session.begin():
            for _ in range(min(BATCH, count - done)):
                token = secrets.token_urlsafe(24)
                row = repo.create_session(
                    session, language="en", access_token_hash=repo.hash_access_token(token)
                )
                repo.add_message(session, session_id=row.id, role="agent", content="Hello.")
                message = repo.add_message(
                    session, session_id=row.id, role="patient", content=opener
                )
                repo.add_message(session, session_id=row.id, role="agent", content=reply)
                repo.add_snapshot(
                    session,
                    session_id=row.id,
                    message_id=message.id,
                    record={"chief_complaint": opener},
                )
                repo.update_session(session, session_id=row.id, stage="collecting", turns=1)
                done += 1


async def _child(options: dict[str, Any]) -> dict[str, Any]:
    """Child process: build the load step by step and read memory after each step."""
    after_imports_start = rss()
    from bench.fake_model import FakeModel
    from bench.fixtures import OPENER, open_agent, patient_lines

    after_imports = rss()
    workdir = Path(options["workdir"])
    stored = options["stored"]
    sample = max(1, min(options["sample"], stored))
    active, turns, latency = options["active"], options["turns"], options["latency_s"]
    with FakeModel() as fake:
        fake.set_latency(0.0)
        database = workdir / f"memory-{uuid.uuid4().hex[:8]}.db"
        async with open_agent(fake.base_url, database) as conv:
            baseline = rss()
            reply = ""
            for number in range(sample):
                started = await conv.start()
                reply = (await conv.send(started.session_id, OPENER)).reply
                if number == 0:
                    after_first_turn = rss()  # one-off: clients, caches, schemas warm up
            after_sample = rss()
            await asyncio.to_thread(_insert, conv.sessions, stored - sample, OPENER, reply)
            after_stored = rss()

            fake.set_latency(latency)
            starts = await asyncio.gather(*(conv.start() for _ in range(active)))
            lines = patient_lines(turns)

            async def session(session_id: str) -> None:
                for text in lines:
                    await conv.send(session_id, text)

            began = time.perf_counter()
            await asyncio.gather(*(session(s.session_id) for s in starts))
            active_seconds = time.perf_counter() - began
            after_active = rss()
    return {
        "before_imports": after_imports_start,
        "after_imports": after_imports,
        "baseline_after_open": baseline,
        "after_first_turn": after_first_turn,
        "after_sample": after_sample,
        "after_stored": after_stored,
        "after_active": after_active,
        "active_seconds": round(active_seconds, 2),
    }


def run(
    workdir: Path,
    *,
    stored: int = 1000,
    sample: int = 20,
    active: int = 64,
    turns: int = 2,
    latency_s: float = 0.2,
    timeout_s: float = 300.0,
) -> dict[str, Any]:
    """Run the child process and return its memory figures as deltas over the baseline."""
    options = {
        "workdir": str(workdir),
        "stored": stored,
        "sample": sample,
        "active": active,
        "turns": turns,
        "latency_s": latency_s,
    }
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO_ROOT), env.get("PYTHONPATH")) if p)
    done = subprocess.run(
        [sys.executable, "-m", "bench.memory", "--child", json.dumps(options)],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    if done.returncode != 0:
        return {"error": f"child exited {done.returncode}", "stderr": done.stderr[-2000:]}
    raw = json.loads(done.stdout.strip().splitlines()[-1])
    base = raw["baseline_after_open"]["rss_mb"]
    return {
        "stored_sessions": stored,
        "stored_through_service": max(1, min(sample, stored)),
        "active_sessions": active,
        "active_turns_each": turns,
        "latency_ms": round(latency_s * 1000),
        "rss_after_imports_mb": raw["after_imports"]["rss_mb"],
        "rss_baseline_mb": base,
        "rss_after_stored_mb": raw["after_stored"]["rss_mb"],
        "stored_delta_mb": round(raw["after_stored"]["rss_mb"] - base, 1),
        "rss_after_first_turn_mb": raw["after_first_turn"]["rss_mb"],
        "first_turn_delta_mb": round(raw["after_first_turn"]["rss_mb"] - base, 1),
        "stored_delta_after_first_turn_mb": round(
            raw["after_stored"]["rss_mb"] - raw["after_first_turn"]["rss_mb"], 1
        ),
        "peak_rss_mb": raw["after_active"]["peak_mb"],
        "peak_delta_mb": round(raw["after_active"]["peak_mb"] - base, 1),
        "active_delta_per_session_kb": round(
            (raw["after_active"]["peak_mb"] - raw["after_stored"]["rss_mb"]) * 1024 / active, 1
        ),
        "readings": raw,
    }


def main(argv: list[str] | None = None) -> None:
    """Entry point of the child process."""
    parser = argparse.ArgumentParser(prog="python -m bench.memory")
    parser.add_argument("--child", required=True, help="JSON options from the parent")
    args = parser.parse_args(argv)
    print(json.dumps(asyncio.run(_child(json.loads(args.child)))))


if __name__ == "__main__":
    main()
