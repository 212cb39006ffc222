"""Set 53's Chinese kinds (voice39: cost and access, carers, medicines). What sets the level: a
dialysis session missed (没去洗肾, Cantonese 冇去洗肾, Taiwan 沒去洗腎) and then a slow or
irregular pulse or chest pain is a high potassium's danger (UK Kidney Association hyperkalaemia
guideline: a missed haemodialysis session is a common cause; a slow or irregular heartbeat is
emergency treatment), and feeling weak after it is the same day. What does not: a thing left
untouched (别的药都锁在柜子里没动过, 饭一口都没动) is no baby that has stopped moving (RCOG
Green-top 57 is about the baby's movements); one chewable vitamin C tablet taken by a well
child, the count checked (TOXBASE: vitamin C and vitamins without iron are of low toxicity;
NHS.uk: the disposition's own "vitamins without iron, watch at home"), while a vitamin beside
iron or an adult's medicine one tablet of which can harm a child stays 999.

Written by rules-dv (session 39). The sentences are this file's own, each from the published
source named above its list; ``SET53_ZH_ROWS`` are rows of ``tests/data/fresh_levels_53.jsonl``
closed here, each asserted at its gold level. Wrong before any rule change: 2 of 2 rows and
16 of 29 kind sentences (the three typo sentences were added after the change; one of them,
a skipped dialysis, is of the new kind).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# UK Kidney Association hyperkalaemia guideline (a missed haemodialysis session is a common
# cause; a slow or irregular heartbeat or chest pain with it is emergency treatment; muscle
# weakness the same day); NHS.uk dialysis (sessions are not to be missed)
MISSED_DIALYSIS: list[tuple[str, str]] = [
    ("E", "我爸爸做血透的，前天没去透析，今天心跳很慢，还有点不规律"),
    ("E", "外婆洗肾好几年了，这周漏了一次透析，现在脉搏很慢"),
    ("E", "我阿爷要洗肾，琴日冇去洗肾，而家心跳好慢，仲有啲乱"),
    ("E", "我爸在洗腎，昨天沒去洗腎，現在心跳很不規則，胸口悶痛"),
    (
        "E",
        "my dad is on haemodialysis and missed his session yesterday, his pulse is very slow now",
    ),
    ("E", "she skipped dialysis on Monday and now her heartbeat is irregular"),
    ("U", "妈妈洗肾，昨天因为下雪没去洗肾，今天说全身没力气"),
    ("U", "老爸透析，错过了一次透析，今天好冇力"),
    # a missed session with nothing wrong, or a pulse told without a missed session, stays lower
    ("!E", "妈妈洗肾，下周要出去旅游，会错过一次透析，想问要怎么安排"),
    ("!E", "我爸爸每周洗肾三次，今天洗完回家心跳正常，精神不错"),
    ("!E", "老公做透析，这周透析都按时去了，就是皮肤有点痒"),
    # the same sign with a plain word between (UK Kidney Association: a slow pulse)
    ("E", "阿嬤洗腎，颱風天沒去洗腎，剛剛量脈搏覺得很慢"),
]

# RCOG Green-top 57 (a baby that has stopped moving: the maternity unit now) is about the baby;
# a thing left untouched (药都没动过, 饭一口都没动) is no baby that has stopped moving
UNTOUCHED_THINGS: list[tuple[str, str]] = [
    ("!E", "其他的药都锁在抽屉里没动过，就是少了一包纸巾"),
    ("!E", "我看了一下柜子，里面的东西都没动过"),
    ("!E", "爷爷中午的饭一口都没动，说不饿，精神还可以"),
    ("!E", "佢啲药锁喺柜入面冇郁过，淨係少咗一包糖"),
    ("!E", "阿公的藥都鎖在櫃子裡沒動過，他今天有點咳嗽"),
    # the baby's own movements stay 999 (RCOG Green-top 57)
    ("E", "怀孕33周，宝宝从昨晚到现在完全没动过"),
    ("E", "我怀孕34周，今天一整天BB都冇郁过"),
    ("E", "懷孕32週，寶寶從早上到現在都沒動過"),
    ("E", "怀孕35周，医生开的药都没动过，宝宝今天一整天完全没动过"),
    ("E", "饭一口都没动，怀孕36周，BB由朝到而家都冇郁过"),
]

# TOXBASE (vitamin C and vitamins without iron: low toxicity) with the disposition's NHS.uk
# "watch at home" group: one chewable vitamin tablet taken by a well child, the count checked
ONE_VITAMIN_TAKEN: list[tuple[str, str]] = [
    ("!E", "女儿4岁，偷吃了一片我的维生素C，我数过，瓶子里只少了一片，她现在在玩"),
    ("!E", "我个仔两岁，自己开咗樽维他命C，食咗一粒，我数过少咗一粒，佢而家好精神"),
    ("!E", "孫子3歲，吃了一顆我的維生素C咀嚼錠，罐子裡只少了一顆，現在跑來跑去"),
    # a vitamin beside iron, or beside an adult medicine one tablet of which can harm, stays 999
    # (TOXBASE iron; TOXBASE / NPIS one-pill medicines)
    ("E", "儿子3岁，吃了一片维生素C，还把奶奶的降压药吃了，少了两片"),
    ("E", "女儿2岁，把我的维生素和铁剂都吃了，少了好几片"),
    ("E", "个仔食咗我啲维他命，仲有我老豆啲降糖药少咗两粒"),
    # tablets of an unnamed medicine missing stay 999 (NHS poisoning; TOXBASE)
    ("E", "儿子3岁，刚才打开了我的药瓶，少了一片"),
]

# typos of nearby words still reach their level (speller hazard: dialysis, skipped and vitamin
# are new words to the speller)
TYPOS: list[tuple[str, str]] = [
    ("E", "I sliped on the stairs, hit my head and was knocked out"),
    ("E", "my dad skiped his dialysis and his pulse is slow now"),
    ("E", "my toddler ate my grandmas tablets"),
]

KINDS: list[tuple[str, str]] = MISSED_DIALYSIS + UNTOUCHED_THINGS + ONE_VITAMIN_TAKEN + TYPOS


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 53 closed here; the rest are named in the report
SET53_ZH_ROWS = [
    "f53-zh-emg-018",
    "f53-zh-slf-011",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_53.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET53_ZH_ROWS)
def test_set53_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
