"""What someone says or thinks about a baby, relayed (session 34, coordinator).

A strange belief about the baby is a sign of postpartum psychosis (NICE CG192: the mother says
the baby is evil, possessed, not hers, swapped); an everyday report about the baby relayed by
its mother or a midwife ("she says the baby has barely moved today", "the midwife says the
baby is fine", 她说宝宝今天没怎么动) is no belief at all, and `psychosis_signs` read "says the
baby" and "thinks the baby" bare, so every relayed report about a baby was read as psychosis.
And RCOG Green-top 57 / NHS.uk your baby's movements: a baby who has "barely moved" or "hardly
moved" today is moving less than usual (call the maternity unit the same day).

Written before the change; on `a9c6e8d` 11 of the first 20 were wrong (the everyday reports
raised to `urgent` by psychosis_new, and "barely moved" / "hardly moved" unread). The last
belief was added after the first change, when the all-texts check showed "says the baby isnt
ours" (no apostrophe) and the telly talking to her unread (walk3-en-emg-018).
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE CG192: strange beliefs about the baby still fire psychosis_new (urgent or above)
BELIEFS = [
    "my wife says the baby is evil and won't hold her",
    "she says the baby isn't hers, they swapped him at the hospital",
    "my sister thinks the baby is possessed, she hasn't slept for days",
    "she keeps saying the baby was switched at birth",
    "my daughter had a baby 2 weeks ago and she thinks the baby is the devil",
    "my wife says the baby is not her baby",
    "had the baby a week ago, she says the baby isnt ours and the telly is talking to her",
]

# everyday reports about a baby, relayed: no psychosis sign
REPORTS = [
    "the midwife says the baby is fine and feeding well, my nipples are just a bit sore",
    "she says the baby has a bit of a runny nose, no fever, feeding fine",
    "my wife thinks the baby has a touch of nappy rash, it's only mild",
    "my husband says the baby slept well last night",
    "the health visitor said the baby is gaining weight nicely",
    "my mum thinks the baby is teething, a bit grizzly but happy",
]

# RCOG Green-top 57: movements fewer than usual said as barely / hardly moved (urgent)
MOVEMENTS = [
    "I'm 35 weeks pregnant and the baby has barely moved today",
    "35 weeks pregnant, baby has barely moved today",
    "my wife is 35 weeks pregnant and she says the baby has barely moved today",
    "32 weeks, baby's hardly moved since this morning",
    "im 30 weeks and baby has hardly been moving today",
    "怀孕34周，她说宝宝今天几乎没怎么动",
]

# the same words outside a pregnancy: no movements rule
NOT_PREGNANT = [  # no baby named
    "my 6 month old has barely moved from the sofa all day watching tv, he's fine otherwise",
    "my dog has barely moved today",
]


@pytest.mark.parametrize("text", BELIEFS)
def test_a_strange_belief_about_the_baby_is_read(rules: RuleSet, text: str) -> None:
    _, hits = rules_only_level(text, rules)
    assert "psychosis_new" in {h.rule_id for h in hits} or any(
        h.rule_id.startswith("postpartum_psychosis") for h in hits
    ), [h.rule_id for h in hits]


@pytest.mark.parametrize("text", REPORTS)
def test_an_everyday_report_about_the_baby_is_no_psychosis(rules: RuleSet, text: str) -> None:
    _, hits = rules_only_level(text, rules)
    fired = {h.rule_id for h in hits}
    assert not any("psychosis" in r for r in fired), fired


@pytest.mark.parametrize("text", MOVEMENTS)
def test_barely_moved_in_pregnancy_is_fewer_movements(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "U", text)
    _, hits = rules_only_level(text, rules)
    assert "pregnancy_reduced_movements" in {h.rule_id for h in hits}, [h.rule_id for h in hits]


@pytest.mark.parametrize("text", NOT_PREGNANT)
def test_barely_moved_outside_pregnancy_is_no_movements_rule(rules: RuleSet, text: str) -> None:
    _, hits = rules_only_level(text, rules)
    assert "pregnancy_reduced_movements" not in {h.rule_id for h in hits}
