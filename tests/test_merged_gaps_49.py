"""Moves away from gold the merged all-texts check found in session 49, with their tests.

Every stored text was read on the merged rules of session 49's six helpers against the dump of
the commit they branched from. Two texts had moved away from their gold, neither an emergency
moved down:

- rules-oa's wrong-words rule (a new dysphasia since today, NHS.uk stroke FAST, NICE NG128) had
  说话颠三倒四 (muddled talk) among its words, so a father's hypo muddle put right by a can of
  cola ten minutes later became an emergency (set 35's f35-zh-urg-007, gold urgent). Muddled
  talk is confusion's (older_alone.yaml and the confusion rules read it); the wrong-words rule
  keeps the wrong words and speech a jumble.
- rules-oa's "hot, red" in the cellulitis group (NICE CKS Cellulitis, NHS.uk cellulitis: red,
  hot skin, urgent) read a big toe joint hot, red and swollen overnight, once before, no fever
  (set 23's f23-en-nur-022, gold non_urgent: NHS.uk gout, a GP). A red, hot joint is the joint
  groups' (NICE CKS Septic arthritis and Gout: with a fever the same day).
- On the merged rules only (no helper's own dump showed it): rules-oc's reading of a full set of
  normal observations in an alert older person (age no longer against self-care) beside an
  earwax note whose olive-oil drops had not worked for a week (滴橄榄油一周无效) made it
  self-care (set 71's f71-zh-nur-002, gold non_urgent: NHS.uk earwax, a GP or pharmacist when
  drops have not worked after 5 days). 无效 (no effect) is now read as a treatment not helping.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

MERGED_CHECK_49: list[tuple[str, str]] = [
    # muddled talk put right by sugar is not a stroke's wrong words; the wrong words since
    # lunch are
    ("!E", "我爸刚才满头大汗、说话颠三倒四，喝了一罐可乐十分钟就清醒了，现在跟平时一样"),
    (
        "!E",
        "my dad was sweaty and talking nonsense, a can of coke sorted him in ten minutes, fine now",
    ),
    ("E", "since lunch my mum keeps saying the wrong words and her speech is all jumbled"),
    ("E", "我妈从中午开始说话乱七八糟，一直用错词"),
    # a red, hot joint without a fever, a flare had before, is a GP's; with a fever, or red hot
    # skin elsewhere, the same day
    (
        "L",
        "Big toe joint came up hot, red and swollen overnight, had it once before, no fever, "
        "feel fine otherwise",
    ),
    ("U", "my knee is hot, red and swollen and I have a temperature of 38.5"),
    ("U", "the skin on my shin is hot, red and swollen since yesterday"),
    ("U", "painful lump by my bottom, it's hot, red and swollen and has grown over 2 days"),
    # drops that did not work are a GP's; drops that worked, observations normal, self-care
    (
        "N",
        "社区护士记录：老人79岁，双耳耵聍堵塞，滴橄榄油一周无效。无耳痛。"
        "T 36.6，HR 70，RR 14，SpO2 97%，BP 136/82，神志清。",
    ),
    (
        "S",
        "社区护士记录：老人79岁，双耳耵聍，滴橄榄油三天后已通畅。无耳痛。"
        "T 36.6，HR 70，RR 14，SpO2 97%，BP 136/82，神志清。",
    ),
]


@pytest.mark.parametrize(("expected", "text"), with_open(MERGED_CHECK_49))
def test_merged_check_49(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
