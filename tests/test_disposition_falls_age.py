"""A fall is a same-day matter for an older person, not for everyone who trips.

NICE CG161 / NG249 Falls in older people and NICE CKS Falls - risk assessment: an older person
(65 or over) who has fallen and is hurt is assessed the same day. A child or a younger adult who
trips and grazes a knee is NHS.uk cuts and grazes: cleaned and covered at home. Before this
file, the falls group (``dispositions/urgent_injuries.yaml``) had no age condition, so "had a
fall" or 摔了一跤 made any fall ``urgent`` (a gap rules-br named in session 30). Sentences
written by the coordinator from those sources, not from any evaluation case. Codes as in
``tests/rule_levels.py``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # NHS.uk cuts and grazes: a young person's fall with a graze, cleaned, playing again
    ("L", "my 8 year old had a fall off his scooter, scraped knee, cleaned it, he's playing"),
    ("L", "I had a fall at the park yesterday, grazed my palm, washed it, a bit sore but fine"),
    ("L", "我儿子今天在学校摔了一跤，膝盖擦破了点皮，洗干净了，他又跑去玩了"),
    ("L", "个仔跌咗一跤，手肘擦损咗少少，已经洗干净，又去踢波"),
    ("L", "女兒今天跌了一跤，膝蓋破皮，擦了藥，現在在玩"),
    # NICE CG161 / CKS Falls: an older person who has fallen and is hurt, the same day
    ("U", "my nan had a fall this morning, she's 84, her hip hurts when she walks"),
    ("U", "Dad is 79 and had a fall in the kitchen, his wrist is sore and swollen"),
    ("U", "我妈八十岁了，今天摔了一跤，手腕有点痛"),
    ("U", "婆婆跌咗一跤，膝头好痛"),
    ("U", "阿嬤今天跌了一跤，腰很痛"),
    # an injury's own sign keeps its level at any age (NHS.uk broken arm, Ottawa ankle rules)
    ("U", "摔了一跤肩膀着地，现在胳膊抬不起来"),
    ("U", "had a fall playing football and now I can't put any weight on my ankle"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_a_fall_is_same_day_for_an_older_person_or_by_its_injury(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
