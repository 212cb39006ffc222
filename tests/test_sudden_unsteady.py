"""A sudden loss of balance in lay words is a possible stroke (NHS.uk stroke, BE-FAST
"balance"; NICE CKS Vertigo: a new vertigo with an inability to walk or stand unaided is
suspected posterior circulation stroke). Sentences written before the rule
(``stroke_sudden_unsteady``), from those pages; the look-alikes are gradual, long-standing or
not about walking."""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition

SUDDEN_UNSTEADY = [
    ("en", "my husband suddenly cant walk without holding onto the wall, the room is spinning"),
    ("en", "All of a sudden Mum is staggering about and falling to one side, she's 80"),
    ("en", "out of nowhere I can't walk in a straight line and keep veering left"),
    ("en", "since 20 mins ago he suddenly can't stand without holding on to something"),
    ("zh", "我爸刚才突然站都站不稳，要扶着墙才能走，说天旋地转"),
    ("zh", "阿妈头先突然间行路东歪西倒，要扶住墙"),
    ("zh", "今天早上突然走路往一边倒，一直扶墙走"),
    ("zh", "奶奶忽然站不稳了，走路东倒西歪的"),
]
NOT_SUDDEN = [
    ("en", "my balance has been a bit off for months and the GP is sorting a referral"),
    ("en", "I felt a bit wobbly for a second when I stood up too fast, fine now"),
    ("en", "suddenly remembered I need to book my dad's physio for his knee"),
    ("zh", "这半年走路慢慢有点不稳，医生说是膝盖的问题"),
    ("zh", "突然想起来忘了给奶奶买护膝"),
]


@pytest.mark.parametrize(("lang", "text"), SUDDEN_UNSTEADY)
def test_a_sudden_loss_of_balance_is_an_emergency(rules: RuleSet, lang: str, text: str) -> None:
    check = rules.check(text, language=lang)
    assert check.level is Disposition.EMERGENCY, [h.rule_id for h in check.hits]


@pytest.mark.parametrize(("lang", "text"), NOT_SUDDEN)
def test_a_gradual_or_brief_unsteadiness_is_not(rules: RuleSet, lang: str, text: str) -> None:
    check = rules.check(text, language=lang)
    assert "stroke_sudden_unsteady" not in [h.rule_id for h in check.hits]
    assert check.level is not Disposition.EMERGENCY, [h.rule_id for h in check.hits]
