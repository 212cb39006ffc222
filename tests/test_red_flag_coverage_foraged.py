"""Wild mushrooms or plants picked and eaten (NHS.uk poisoning; TOXBASE: any wild mushroom
eaten is assessed as possibly toxic), said in the singular, without an article or as who
picked them, and the shop-bought look-alikes.

Written before the rule change, in our own words (not walk 11's row): each positive (``E``)
ended below emergency on main at 3d20694; each look-alike (``!E``) must not become one.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    ("E", "my dad ate a wild mushroom and is vomiting"),
    ("E", "we ate mushrooms we picked in the park and now have diarrhoea"),
    ("E", "she ate some mushrooms from the forest an hour ago"),
    ("E", "my son ate a mushroom from the garden"),
    ("E", "grandpa cooked mushrooms he picked on his walk, now stomach cramps"),
    ("E", "我爸吃了山上采的蘑菇，现在一直吐"),
    ("E", "吃了自己采的野生蘑菇，拉肚子"),
    ("E", "阿爷食咗山上面摘嘅菇，而家好肚痛"),
    ("!E", "I bought mushrooms from the supermarket and made soup, now a bit of heartburn"),
    ("!E", "mushroom soup gave me a bit of indigestion"),
    ("!E", "我吃了超市买的蘑菇，有点胃胀"),
    ("!E", "we went to the forest to pick blackberries, now my legs ache from walking"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_foraged_mushrooms_eaten(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
