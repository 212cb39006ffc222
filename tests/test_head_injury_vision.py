"""A head injury followed by a problem with the eyesight is an A&E matter.

NICE NG232 Head injury (visual problems since the injury are a reason for a CT scan and referral
to the emergency department) and NHS.uk Head injury and concussion (go to A&E after a head
injury with problems with your vision, such as double vision). Before this file, "hit my head
and now I'm seeing double" was read as a minor knock (a gap rules-bt named in session 31).
Seeing stars at the moment of the blow, eyesight said to be normal, or glasses' blur that was
there before are not it. Sentences written by the coordinator from those sources, not from any
evaluation case. Codes as in ``tests/rule_levels.py``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # NICE NG232 / NHS.uk head injury: double or blurred vision since the blow
    ("E", "I hit my head on a cupboard door an hour ago and now I'm seeing double"),
    ("E", "my son banged his head on the climbing frame and says everything looks blurry since"),
    ("E", "fell off my bike and hit my head, now I have double vision when I look at the TV"),
    ("E", "she knocked her head on the shelf this morning, her vision has been blurred ever since"),
    ("E", "head injury at rugby, now seeing two of everything"),
    ("E", "今天早上头撞到门框，现在看东西重影"),
    ("E", "孩子从滑梯上摔下来撞到头，之后一直说看东西模糊"),
    ("E", "个头撞亲张台，而家睇嘢变两个"),
    ("E", "頭撞到櫃子之後，看東西都是兩個"),
    # not it: stars at the moment of the blow and well since; vision said to be fine
    ("!E", "bumped my head on the car door, saw stars for a second, fine now, small lump"),
    ("!E", "hit my head on a low beam, no double vision, no sickness, just a sore spot"),
    ("!E", "头撞到桌角，起了个包，看东西正常，没有吐"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_head_injury_with_a_vision_problem_is_an_emergency(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
