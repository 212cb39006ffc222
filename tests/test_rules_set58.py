"""Set 58's rows (voice41), opened in session 42 by the coordinator.

Set 58 (``tests/data/fresh_levels_58.jsonl``, 80 messages by writer-fresh58) was a carry-over
measure in session 41: 77.5% at its first run, 81.2% after all of that session's rule work,
20 of 20 emergencies, none of its self-care messages at an emergency. Opened in session 42 after
its first rule change (rules-ha) and before the rest of its rule work. Each row closed here is
named by the KIND of reading that failed, with the published source of its gold:

- f58-zh-nur-005 (emergency, gold non_urgent): smoking told with 抽 and a span of years
  (我抽了一年多) read as a fit; nobody fits for a year (NHS.uk stop smoking, vaping);
- f58-zh-nur-007 (urgent, gold non_urgent): weeks of heartburn after drink and spicy food with
  the chest said to burn (心口好似火烧) read as an unexplained chest pain (NICE CG184 dyspepsia);
  **and the safety kind beside it**: a burning chest told with pain spreading to the arm or jaw
  and sweating ("burning in my chest spreading to my left arm and I'm sweating", 胸口像火烧，痛到
  下巴，出冷汗) had ended ``non_urgent`` (NHS.uk heart attack: the pain can feel like
  indigestion or heartburn; with pain spreading to the arm or jaw and sweating: 999);
- f58-zh-urg-003 (non_urgent, gold urgent): a baby's nappies told as drier than usual
  (尿布明显比平时干) or counted wet (换了三片才一片是湿的) (NICE NG143 amber: reduced urine output;
  NICE CG84);
- f58-zh-urg-009 (non_urgent, gold urgent): a perineal wound after birth red and swollen with
  yellow discharge in a nurse's note (会阴缝合处红肿、有黄色分泌物) (NICE NG194 postnatal care:
  wound infection signs, same-day review);
- f58-en-urg-010 (non_urgent, gold urgent): cellulitis said to spread beyond "yesterday's pen
  marking" (NICE NG141, NHS.uk cellulitis: spreading redness is an urgent GP or 111 matter).

Each kind has sentences of this file's own, in other words and both polarities. Wrong before the
change (d9366d1): 5 of 5 rows and 13 of 26 kind sentences; of the 10,267 stored texts only
these five rows moved (toward their gold), none away.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, assert_row_reaches_gold, with_open

KINDS = [
    # smoking for a span of years told with 抽 is no fit; a fit's minutes still are
    ("!E", "我抽了一年多，早上起来有点咳"),
    ("!E", "他抽了二十几年了，最近爬楼梯有点喘"),
    ("!E", "我食煙，抽咗十年，成日咳"),
    ("E", "他刚才突然倒地，抽了两分钟，叫不醒"),
    ("E", "宝宝发烧，刚才全身抽了三分钟"),
    # a burning chest with pain spreading to the arm or jaw and sweating (999); heartburn alone
    # after food and drink for weeks stays a GP or pharmacist matter
    ("E", "burning in my chest spreading to my left arm and I'm sweating"),
    ("E", "a burning feeling in the middle of my chest going up into my jaw, cold and clammy"),
    (
        "E",
        "my dad says his chest is burning and it's going down his left arm, he's grey and sweaty",
    ),
    ("E", "胸口像火烧，痛到下巴，出冷汗"),
    ("E", "胸口灼热，放射到左臂，大汗"),
    ("E", "心口好似火燒，痛到左手，出晒冷汗"),
    (
        "!E",
        "burning in my chest after curry and wine most nights for a few weeks, no other problems",
    ),
    ("!E", "心口好似火烧，食辣嘢同饮啤酒就会，已经三个礼拜，冇呕血"),
    ("!E", "吃完饭胸口有火烧的感觉，反酸两周了，吃饭正常"),
    # a baby's nappies drier than usual, or counted few wet, with diarrhoea: same day
    ("U", "宝宝五个月拉肚子，今天尿布明显比平时干"),
    ("U", "宝宝八个月，吐了一天，换了四片尿布才一片是湿的"),
    (
        "U",
        "my 6 month old has had diarrhoea since yesterday and her nappies are much drier "
        "than usual",
    ),
    ("L", "宝宝五个月，今天尿布跟平时一样湿，吃奶正常，大便有点稀"),
    # a wound after birth or surgery red and swollen with discharge: same day
    ("U", "产后第八天，会阴缝合处红肿，有黄色分泌物，压着很痛"),
    ("U", "剖腹产后十天，刀口红肿，有黄色分泌物"),
    ("U", "my c-section scar is red and swollen with yellow discharge, 9 days after"),
    ("L", "产后第八天，会阴缝合处有点痒，不红不肿，没有分泌物"),
    # cellulitis spreading past the line drawn round it: same day
    ("U", "noticed the cellulitis on my leg spreading beyond yesterday's pen marking"),
    ("U", "the redness has gone past the line the nurse drew yesterday, about 3cm"),
    ("U", "cellulitis on my arm is spreading, diabetic"),
    (
        "L",
        "the cellulitis is getting smaller and well inside yesterday's pen marking, "
        "finishing my antibiotics",
    ),
]


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


SET58_ROWS = [
    "f58-zh-nur-005",
    "f58-zh-nur-007",
    "f58-zh-urg-003",
    "f58-zh-urg-009",
    "f58-en-urg-010",
]


@pytest.mark.parametrize("row_id", SET58_ROWS)
def test_set58_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_58.jsonl", row_id)
