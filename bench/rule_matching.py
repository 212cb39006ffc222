"""Figure: the red-flag rules' cost per character, a huge hostile message against ordinary ones.

The rule layer runs on every patient message before any model call, so a message built to be
slow (thousands of negation cues, repeated phrase heads, runs of Chinese) must cost about what
the same length of ordinary messages costs: matching stays linear in the text. Both kinds are
read by the same rule set in the same process, each text once (a counter makes every text new,
so the per-text cache never answers), and timed in CPU seconds. The figure is the ratio of the
huge message's CPU per character to the ordinary messages'; the CPU per ordinary message is
reported beside it.
"""

from __future__ import annotations

import time
from typing import Any

from clinical.red_flags import RuleSet

NAME = "rule_matching"
TARGET_RATIO = 3.0  # a huge message may cost at most 3x per character what ordinary ones do

ORDINARY = (
    "I've had a headache since this morning and my neck feels a bit stiff",
    "my 2 year old has had a fever of 38.5 since yesterday and is drinking less",
    "no chest pain, just a cough and a runny nose for three days",
    "woke up without any warning i have crushing chest pain spreading to my left arm",
    "I fell off my bike, my wrist is swollen and it hurts to move it",
    "我头疼两天了，有点怕光，吃了止痛药好一点",
    "孩子发烧三十九度，精神还可以，能喝水",
    "没想到会这样 胸口像压了大石头 疼到左胳膊 一直出冷汗",
    "my mum is 80, on blood thinners, hit her head this morning and has been sick twice",
    "It burns when I pee and I need to go all the time, no fever",
)
HUGE = ("no no no not never " * 300) + "chest " * 500 + "我没有" * 500


def _cpu_per_char(rules: RuleSet, texts: list[str]) -> float:
    started = time.process_time()
    for text in texts:
        rules.evaluate(text)
    return (time.process_time() - started) / sum(len(t) for t in texts)


def run(*, ordinary_rounds: int = 20, huge_count: int = 5) -> dict[str, Any]:
    """Return the figure: CPU per character, huge message over ordinary messages."""
    rules = RuleSet.load()
    rules.evaluate("warm up: compile the patterns once")
    counter = iter(range(10**9))
    ordinary = [f"{m} #{next(counter)}" for _ in range(ordinary_rounds) for m in ORDINARY]
    huge = [f"{HUGE} #{next(counter)}" for _ in range(huge_count)]
    per_char_ordinary = _cpu_per_char(rules, ordinary)
    per_char_huge = _cpu_per_char(rules, huge)
    ratio = per_char_huge / per_char_ordinary
    mean_chars = sum(len(t) for t in ordinary) / len(ordinary)
    return {
        "name": NAME,
        "ratio": round(ratio, 2),
        "targets": [
            {
                "name": "rule matching: huge message CPU per character / ordinary",
                "target": f"<= {TARGET_RATIO}",
                "value": round(ratio, 2),
                "met": ratio <= TARGET_RATIO,
            }
        ],
        "ordinary_messages": len(ordinary),
        "ordinary_cpu_ms_per_message": round(per_char_ordinary * mean_chars * 1000, 3),
        "huge_message_chars": len(huge[0]),
        "huge_cpu_ms_per_message": round(per_char_huge * len(huge[0]) * 1000, 1),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
