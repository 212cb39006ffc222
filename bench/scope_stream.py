"""The patient stream's scope checks: the same verdicts as checking the whole text, and their CPU.

``python -m bench.scope_stream [--base REV]`` loads ``agent/scope_guard.py`` and
``clinical/scope.py`` as they are at ``REV`` (default ``main``) beside the working tree's,
streams the same fake model replies through both in small random pieces (fixed seed), and
compares everything each one sends to the patient: the same text shown, retracted at the same
piece. The replies are the ``text`` fields of tests/data/*.jsonl and eval/dev_cases.jsonl
(never eval/frozen), each alone and joined into long replies, plus sentence-crossing cases, at
every level. Then it times a 500- and a 1,500-character advice reply (median process time).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from agent.scope_guard import PatientStream
from states.disposition import Disposition

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [*sorted((ROOT / "tests" / "data").glob("*.jsonl")), ROOT / "eval" / "dev_cases.jsonl"]
LEVELS: list[Disposition | None] = [None, *Disposition]
JOINED = 300  # long replies made of several texts
SEPARATORS = [" ", "\n", "\n\n", "", ". ", "; ", "。"]
CROSSING = [  # replies whose out-of-scope part spans a sentence end, a stop, or a stream step
    "Rest well today.\nTake two\ntablets of paracetamol.",
    "Drink water. Take 400\nmg twice.",
    "Keep warm; take 1.5 mg at night.",
    "Keep warm. take 2. 5 mg at night.",
    "See below.5 mg is the note.",
    "You should rest. You have asthma? Maybe not.",
    "You should rest. You have asthma, I think.",
    "You have asthma吗啡 is a medicine.",
    "诊断是否明确还需要医生。诊断是",
    "Take it easy! Use the spray every\n4 hours.",
    "Don't\nignore this. Please ignore the noise.",
    "It is nothing to worry about!",
    "你可以在家休息就可以了。",
    "多喝水。每天吃\n两片。",
    "It's probably a cold. It's a cold.",
    "If you have asthma, use your inhaler. You have asthma.",
    "Take it with food; have a drink of water and eat something twice a day.",
    "Take a rest。Drink plenty of water and sleep well twice a day.",
    "Use a cool cloth on your forehead and rest; repeat every 4 hours.",
]


def replies(seed: int) -> list[str]:
    texts: list[str] = []
    for path in SOURCES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if isinstance(item.get("text"), str) and item["text"]:
                    texts.append(item["text"])
    rng = random.Random(seed)
    joined = []
    for _ in range(JOINED):
        parts = rng.sample(texts, rng.randint(3, 14))
        parts.insert(rng.randrange(len(parts) + 1), rng.choice(CROSSING))
        joined.append("".join(p + rng.choice(SEPARATORS) for p in parts))
    return texts + CROSSING + joined


def pieces(text: str, rng: random.Random) -> list[str]:
    out, i = [], 0
    while i < len(text):
        n = rng.randint(1, 9)
        out.append(text[i : i + n])
        i += n
    return out


def shown(stream_class: type, parts: Iterable[str], level: Disposition | None) -> list[object]:
    """Return what the patient is sent, and at which piece the stream blocked."""
    events: list[object] = []
    stream = stream_class(events.append, level=level)
    for index, part in enumerate(parts):
        stream.model(part)
        if stream.blocked:
            return [*events, ("blocked at piece", index)]
    stream.finish()
    return events


def load_base(rev: str) -> type:
    """Return PatientStream as it is at ``rev``, checking with clinical.scope as it was then."""
    tmp = Path(tempfile.mkdtemp())
    modules = {}
    for name, rel in (("base_scope", "clinical/scope.py"), ("base_guard", "agent/scope_guard.py")):
        source = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:{rel}"], check=True, capture_output=True
        ).stdout
        (tmp / f"{name}.py").write_bytes(source)
        spec = importlib.util.spec_from_file_location(name, tmp / f"{name}.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        if name == "base_guard":  # its checks go through the base scope module
            real = sys.modules["clinical.scope"]
            sys.modules["clinical.scope"] = modules["base_scope"]
            spec.loader.exec_module(module)
            sys.modules["clinical.scope"] = real
        else:
            spec.loader.exec_module(module)
        modules[name] = module
    stream_class: type = modules["base_guard"].PatientStream
    return stream_class


def compare(base: type, seed: int) -> tuple[int, int, int]:
    rng = random.Random(seed)
    runs = blocked = 0
    for text in replies(seed):
        for level in LEVELS:
            parts = pieces(text, rng)
            expected = shown(base, parts, level)
            got = shown(PatientStream, parts, level)
            if got != expected:
                print(f"DIFFERENT at level {level}: {text!r}\n base {expected}\n new  {got}")
                return runs, blocked, 1
            runs += 1
            blocked += isinstance(expected[-1], tuple)
    return runs, blocked, 0


ADVICE = (
    "It sounds like you have had a sore throat and a mild temperature for two days, and you "
    "are still eating and drinking. You can look after this yourself for now. Rest, drink "
    "plenty of fluids and keep warm. Gargling with warm salty water can ease the soreness, "
    "and a pharmacist can suggest something for the pain. Get help from a GP or NHS 111 if "
    "the pain gets worse, you find it hard to swallow, or you still feel unwell after a "
    "week. Call 999 if you have trouble breathing or you are drooling and cannot swallow. "
)

ADVICE_ZH = (
    "听起来您喉咙痛、有点低烧两天了，还能正常吃饭喝水。目前可以先在家照顾自己。多休息，多喝水，注意保暖。"
    "用温盐水漱口可以缓解疼痛，药店的药师也可以给您建议。如果疼痛加重、吞咽困难，或者一周后仍然不舒服，"
    "请联系全科医生。如果呼吸困难或者无法吞咽，请立即拨打急救电话。"
)


def timed(stream_class: type, text: str, runs: int) -> float:
    parts = [text[i : i + 4] for i in range(0, len(text), 4)]  # about a token each
    times = []
    for _ in range(runs):
        stream = stream_class(lambda _piece: None, level=Disposition.SELF_CARE)
        begin = time.process_time()
        for part in parts:
            stream.model(part)
        stream.finish()
        times.append(time.process_time() - begin)
        assert not stream.blocked
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="main")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)
    base = load_base(args.base)
    runs, blocked, different = compare(base, args.seed)
    print(f"equivalence: {runs} streams ({blocked} blocked), {different} different")
    for advice, size in ((ADVICE, 500), (ADVICE, 1500), (ADVICE_ZH, 500)):
        text = (advice * (size // len(advice) + 1))[:size]
        language = "zh" if advice is ADVICE_ZH else "en"
        print(
            f"{size} chars ({language}): base {timed(base, text, args.runs):.1f} ms, "
            f"new {timed(PatientStream, text, args.runs):.1f} ms CPU (median of {args.runs})"
        )
    return 1 if different else 0


if __name__ == "__main__":
    sys.exit(main())
