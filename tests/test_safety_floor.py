"""The safety-net floor: an emergency discriminator's core concept said, its rule not completed.

When the patient names the concept an emergency rule is built on but not what completes it
(one allergy system after a trigger, a baby's fever with no age, a head injury in an older
relative whose age or anticoagulant was not given, a pregnant woman's one-sided pain without
the faint), the four-level result must not fall below ``urgent``: an ``urgent``-level rule per
concept, each naming the guidance that sends it to a clinician the same day. ``U`` must be
exactly ``urgent`` (the rule did not complete, so not an emergency), ``<U`` below ``urgent``
(look-alikes: the concept negated, or the age known and outside the rule).
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition

CASES: list[tuple[str, str]] = [
    # NHS angioedema / allergic reactions; Resuscitation Council UK anaphylaxis (2021)
    ("U", "my lips have swollen up a bit this afternoon, breathing is fine"),
    ("U", "嘴唇突然肿起来了，呼吸正常"),
    ("U", "ate some prawns an hour ago and now I've got an itchy rash all over"),
    ("U", "食咗蝦之後全身起晒疹，好痕"),
    # NICE NG143: a baby's fever, age not given
    ("U", "my baby has a fever"),
    ("U", "宝宝发烧了"),
    ("U", "BB仔發燒，摸落好熱"),
    ("<U", "my baby is 14 months old and has a mild temperature, feeding and playing normally"),
    # NICE NG232: a head injury in an older person, age or anticoagulant not given
    ("U", "grandma tripped and bumped her head on the door frame, she seems ok"),
    ("U", "阿公跌倒撞到头，现在看起来还好"),
    # NICE NG126: early pregnancy, one-sided pain without the faint
    ("U", "I'm 6 weeks pregnant and have a pain low down on one side"),
    ("U", "怀孕七周，右下腹一侧痛"),
    # NHS testicle pain, not sudden or severe
    ("U", "one of my testicles has been aching since yesterday"),
    # NHS DKA: high ketones, nothing else
    ("U", "type 1 diabetic and my ketones are high this morning"),
    ("<U", "體檢尿酮陰性，糖化血紅蛋白百分之七"),
    # NHS urinary retention, bowel obstruction; NHS croup; BTS asthma
    ("U", "I can't pee at all since this morning"),
    ("U", "haven't passed wind or pooed for two days"),
    ("U", "I make a high-pitched noise when I breathe in, since this morning"),
    ("U", "my blue inhaler isn't helping much today"),
    # NICE CKS glaucoma: haloes around lights
    ("U", "I keep seeing rainbow halos around lights"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_discriminator_said_alone_is_at_least_urgent(
    rules: RuleSet, expected: str, text: str
) -> None:
    level, found = rules_only_level(text, rules)
    hits = [h.rule_id for h in found]
    if expected == "U":
        assert level is Disposition.URGENT, hits
    else:
        assert expected == "<U"
        assert level.rank < Disposition.URGENT.rank, hits
