"""A box, bottle or strip of a medicine taken at once (session 41, coordinator).

Noticed while merging session 41's rule work: "my daughter ate a box of paracetamol",
我女儿吃了一盒扑热息痛, 佢食咗一盒必理痛 and 他吃了一瓶安眠药 reached only ``non_urgent``: a box or
strip swallowed was read as an overdose only when it was also said to be just now or regretted
(``overdose_pack_just_swallowed``). TOXBASE and NHS.uk overdose advice (paracetamol and other
medicines: A&E): a whole pack taken at once is an overdose, however it is said; a course taken
over days as prescribed ("took a box of antibiotics and I'm still not better", 吃了一盒消炎药还没好)
is not, and neither is a box of something that is not a medicine.

Wrong before the change (46f3cfa): 10 of 18 sentences; of the 10,027 stored texts none moved.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

PACK_TAKEN_AT_ONCE = [
    ("E", "my daughter ate a box of paracetamol"),
    ("E", "he's swallowed a bottle of sleeping pills"),
    ("E", "my 3 year old got into my bag and ate a packet of ibuprofen"),
    ("E", "took a strip of co-codamol"),
    ("E", "我女儿吃了一盒扑热息痛"),
    ("E", "我吃了一盒安眠药"),
    ("E", "他吃了一瓶安眠药"),
    ("E", "孩子吃了一盒退烧药"),
    ("E", "佢食咗一盒必理痛"),
    ("E", "我女兒吃了一盒普拿疼"),
    # a course over days, a pack bought, a box of something that is not a medicine
    ("!E", "took a box of antibiotics and I'm still not better"),
    ("!E", "吃了一盒消炎药还没好，喉咙还是痛"),
    ("!E", "I bought a box of paracetamol, is it ok to take two for a headache?"),
    ("!E", "买了一盒感冒药，吃了两片，好多了"),
    ("!E", "she ate a box of chocolates and feels a bit sick"),
    ("!E", "吃了一盒饼干，肚子有点胀"),
    ("!E", "the doctor gave me a box of antibiotics, taking one three times a day"),
    ("!E", "感冒药吃了一盒了，一个星期还是咳嗽"),
]


@pytest.mark.parametrize(("code", "text"), with_open(PACK_TAKEN_AT_ONCE))
def test_a_pack_taken_at_once(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
