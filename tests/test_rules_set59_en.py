"""Set 59's English rows (voice42: wearables and home devices, disability and communication,
home and DIY).

Written by rules-hb (session 42). Each English row of ``tests/data/fresh_levels_59.jsonl`` wrong
at its first run is named by the KIND of reading that failed, with the published source of its
gold:

- f59-en-emg-008 (self_care): a person found after a fall who is not making sense ("isnt
  making sense") and whose breathing is noisy, like snoring - NHS.uk when to call 999 (an acute
  confused state, breathing difficulties), RCUK basic life support;
- f59-en-slf-008 and f59-en-urg-012 (emergency): a low oximeter reading taken again on a proper
  oximeter or with warm fingers and normal the second time - NHS.uk pulse oximeter at home
  (warm the hand and take it again), RCP NEWS2 (a reliable oximeter's reading);

RESULTS

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, fresh_row, with_open

# NHS.uk when to call 999 (an acute confused state; breathing difficulties) and RCUK basic life
# support (a person not responding normally whose breathing is noisy, snoring or gurgling): new
# confusion said with "isn't", or muddled, beside breathing that sounds wrong
CONFUSED_NOISY_BREATHING: list[tuple[str, str]] = [
    ("E", "found my grandad in his chair, he isn't making sense and his breathing is gurgling"),
    ("E", "dad's suddenly muddled and his breathing sounds like snoring though he's awake"),
    ("E", "my aunt wasn't making sense on the phone and now her breathing sounds weird"),
    ("E", "she is confused and making snoring breaths, we can only just get her to look at us"),
    ("!E", "my husband snores every night and gets a bit muddled in the evenings, the GP knows"),
    ("!E", "mum's breathing sounds funny with her cold but she's chatty and completely herself"),
]

# NHS.uk pulse oximeter at home (cold fingers, nail varnish or a loose fit give a false low: warm
# the hand, rest, and take it again) and RCP NEWS2 (SpO2 from a reliable oximeter): a low reading
# taken again and normal the second time is no low oxygen; a retake still low is
OXIMETER_RETAKEN_NORMAL: list[tuple[str, str]] = [
    ("!E", "sats said 84 on my cheap clip, rechecked after a rest and it says 97, I feel fine"),
    ("!E", "my watch said oxygen 90% this morning, tried a proper finger oximeter and it read 99%"),
    ("!E", "finger thing said 82 but my fingers were cold, warmed my hands and it says 96 now"),
    ("E", "oxygen 88 on the oximeter, warmed my hands and rechecked and it says 89, breathless"),
    ("E", "my watch said oxygen 87, tried a proper finger oximeter and it says 88%"),
    # the same retake in Chinese (nail varnish wiped off, measured again: 重新测)
    ("!E", "手表说血氧85%，擦掉指甲油重新测是97%，一点都不喘"),
    ("E", "血氧仪显示86%，重新测还是87%，有点喘"),
]

KINDS: list[tuple[str, str]] = CONFUSED_NOISY_BREATHING + OXIMETER_RETAKEN_NORMAL

OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the English rows of set 59 wrong at the first run
SET59_ROWS = [
    "f59-en-emg-008",
    "f59-en-slf-008",
    "f59-en-urg-012",
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(
    "row_id",
    [
        pytest.param(r, marks=pytest.mark.xfail(strict=True, reason=OPEN_ROWS[r]))
        if r in OPEN_ROWS
        else r
        for r in SET59_ROWS
    ],
)
def test_set59_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = fresh_row("fresh_levels_59.jsonl", row_id)
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
