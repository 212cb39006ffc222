"""A headache and a stiff neck with a rash are meningitis's signs without a temperature said.

NHS.uk meningitis: the symptoms "can appear in any order" and "you do not always get all the
symptoms"; a headache, a stiff neck and a rash together are a 999 / A&E matter whether or not a
temperature is named (NICE NG240: the classic signs may be absent). rules-df noticed "i have a
bad headache and a stiff neck and a rash" ended non_urgent with no red flag; all 8 of the 8
emergencies below were below emergency before `meningitis_headache_stiff_neck_rash`.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet, load_rules
from tests.rule_levels import assert_reaches


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("E", "i have a bad headache and a stiff neck and a rash"),
        ("E", "bad headache, stiff neck and a rash"),
        ("E", "headache stiff neck and rash on my legs"),
        ("E", "my son has a headache, stiff neck and a rash"),
        ("E", "my neck is stiff, my head is pounding and there are spots coming up on my tummy"),
        ("E", "头很痛 脖子硬 身上起了疹子"),
        ("E", "頭好痛 條頸好硬 仲出咗疹"),
        ("E", "女儿头痛，脖子僵硬，腿上有红点"),
        # a stiff neck from sleeping awkwardly, with no headache: not meningitis's picture
        ("!E", "slept funny and have a stiff neck, also a bit of heat rash on my back"),
        ("!E", "mild headache after the gym and a sweat rash under my arms"),
    ],
)
def test_headache_stiff_neck_and_rash(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
