"""Text reading is safe from several threads at once.

A turn runs its database work and its library retrieval in worker threads
(``asyncio.to_thread``) while other patients' turns run beside it, so whatever reads text must
give the same answer from any number of threads. snowballstemmer's stemmer keeps the word being
stemmed on the instance: one instance shared by all threads (``knowledge.text`` had one) gave
another word's stem now and then, or raised ``IndexError`` inside ``find_among_b`` - a failed
turn in the frozen splits' least-urgent conversations (``--concurrency 4``), session 19.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable

import pytest
import snowballstemmer

from clinical.first_message import rules_only_level
from clinical.questions import load_questions
from clinical.red_flags import load_rules
from knowledge import text as kb_text

THREADS = 8


def _in_threads(work: Callable[[list[str]], list[object]], items: list[str]) -> list[object]:
    """Run ``work`` on ``items`` split over THREADS threads; return the results in item order,
    with an exception raised in a thread as that item's result."""
    results: list[object] = [None] * len(items)
    barrier = threading.Barrier(THREADS)

    def run(start: int) -> None:
        barrier.wait()  # all threads begin together
        for i in range(start, len(items), THREADS):
            try:
                results[i] = work([items[i]])[0]
            except Exception as exc:  # the race raised inside the stemmer
                results[i] = exc

    threads = [threading.Thread(target=run, args=(k,)) for k in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _made_up_words(n: int) -> list[str]:
    """Distinct words the stem cache has never seen, with suffixes the stemmer works on."""
    rng = random.Random(19)
    suffixes = ["ing", "ness", "ational", "fulness", "ies", "ed", "ly", "ement", "ization"]
    words = [
        "".join(rng.choice("abcdefghilmnoprstuy") for _ in range(rng.randint(4, 12)))
        + rng.choice(suffixes)
        for _ in range(n)
    ]
    return [w for w in words if w not in kb_text.EN_STOPWORDS]


def test_stems_from_many_threads_are_the_stemmers_own() -> None:
    words = _made_up_words(60_000)
    reference = snowballstemmer.stemmer("english")
    expected = [[(w, reference.stemWord(w))] for w in words]
    got = _in_threads(lambda ws: [kb_text.english_words(ws[0])], words)
    wrong = [(w, g, e) for w, g, e in zip(words, got, expected, strict=True) if g != e]
    assert not wrong, f"{len(wrong)} of {len(words)} words stemmed wrong, e.g. {wrong[:3]}"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_rule_levels_from_many_threads_equal_one_thread(lang: str) -> None:
    rules, questions = load_rules(), load_questions()
    texts = [
        "crushing chest pain spreading to my left arm and I'm sweating",
        "my 2 year old has a rash that doesn't fade under a glass and a temperature of 39",
        "sore throat for two days, eating and drinking fine, no fever",
        "my dad's face dropped on one side and his words are slurred since 20 minutes",
        "took my warfarin twice by mistake, feel fine",
        "headache since this morning, paracetamol helped",
    ]
    if lang == "zh":
        texts = [
            "胸口像压了大石头，疼到左胳膊，一直出冷汗",
            "孩子两岁，身上的疹子用玻璃杯压不褪色，发烧39度",
            "喉嚨痛兩天，吃東西喝水都正常，沒有發燒",
            "我爸突然一边脸歪了，说话不清楚，二十分钟了",
            "不小心把降压药吃了两次，现在没什么感觉",
            "早上开始头痛，吃了止痛药好多了",
        ]
    items = texts * 40

    def level(ts: list[str]) -> list[object]:
        lv, hits = rules_only_level(ts[0], rules, questions)
        return [(lv, tuple(h.rule_id for h in hits))]

    expected = [level([t])[0] for t in items]
    assert _in_threads(level, items) == expected
