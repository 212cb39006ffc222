"""Coverage walk: poisoning said in everyday Chinese, by a carer or about an adult.

Written by rules-bb (session 22) from NHS.uk poisoning ("if a child has swallowed something
poisonous ... go to A&E / call 999 if drowsy"), TOXBASE / NPIS (paraquat and diquat: any
ingestion is life-threatening; calcium-channel and beta-blockers, sulfonylureas: one adult
tablet can harm a small child; organophosphates; rodenticides) and the names these products
go by in mainland China, Taiwan and Hong Kong (百草枯 / 巴拉刈 / 克芜踪, 敌草快, 草甘膦 /
嘉磷塞, 有机磷, 乐果, 甲胺磷, 巴拉松, 毒鼠强). The sentences are this file's own, simplified
and traditional, Cantonese and Taiwan usage, in both tenses, first and third person, with and
without punctuation.
Two categories: a child who got hold of tablets "while I wasn't looking" (趁我不注意, 一不注意,
趁大人冇留意: the 不 negates no sign after it), and a herbicide or pesticide named by its common or
Taiwan name, or as weedkiller with a verb of swallowing. ``E`` must end ``emergency``; ``!E``
anything but (a product used, not swallowed; "didn't notice" a sign stays a negation).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# TOXBASE / NPIS, NHS.uk poisoning: a small child and an adult's tablets, the moment unwatched
CHILD_UNWATCHED: list[tuple[str, str]] = [
    ("E", "我儿子三岁，趁我不注意把他爷爷的降压药吃了两片"),
    ("E", "女儿一岁半 一不注意就吞了外婆的心脏药 现在还好"),
    ("E", "孫仔兩歲，趁大人冇留意食咗我啲血壓藥，一粒"),
    ("E", "小孩四岁，刚才趁我们没注意吃了奶奶的降糖药，大概两片，要紧吗？"),
    ("E", "兩歲的兒子趁我不注意吃了阿嬤的降血壓藥 三顆 現在一直想睡"),
    ("E", "宝宝两岁半 稍不注意吞了姥姥的氨氯地平 一片 这要去医院吗"),
    ("E", "孩子三岁，趁大人不注意把外公的药吃了好几片，现在没精神"),
    ("!E", "我没注意到孩子有发烧，今天才发现他流鼻涕"),
    ("!E", "上课不注意听讲，老师说他注意力不集中，怎么办"),
]

# TOXBASE paraquat / diquat, organophosphates, rodenticides; NHS.uk poisoning (weedkiller)
HERBICIDE: list[tuple[str, str]] = [
    ("E", "我爸喝了一口巴拉刈，现在嘴巴很痛"),
    ("E", "阿伯剛剛喝了巴拉刈，說喉嚨燒燒的，要怎麼辦"),
    ("E", "我舅喝了克无踪 吐了两次"),
    ("E", "外公跟家里吵完架喝了除草剂，现在说胃里烧"),
    ("E", "請問誤喝到除草劑要怎麼辦？我先生剛剛喝了一小口"),
    ("E", "佢飲咗除草水，而家話個喉好痛"),
    ("E", "我妈把草甘膦当成饮料喝了一口"),
    ("E", "阿公喝到嘉磷塞，有吐"),
    ("E", "他吞了敌草快，现在在吐"),
    ("E", "我哥喝了有机磷农药，满头大汗，流口水"),
    ("E", "爷爷误喝了乐果 现在头晕"),
    ("E", "阿嬤喝了巴拉松 現在一直流汗"),
    ("E", "孩子吃了毒鼠强，刚发现"),
    ("E", "小孩吃了灭鼠药 两岁"),
    ("E", "她吃了农药，还有意识"),
    ("!E", "今天在院子里喷了除草剂，手上有点痒，洗过了"),
    ("!E", "除草剂放在哪里比较安全？家里有小孩"),
]

CASES = [*CHILD_UNWATCHED, *HERBICIDE]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_poisoning_in_everyday_chinese_reaches_its_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
