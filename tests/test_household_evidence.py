"""Whose self-care evidence and whose severity: a message that mentions more than one person.

Written by rules-db (session 36) before any rule change, in our own words, English and Chinese
(simplified, Hong Kong and Taiwan usage). The level below the red flags is the level of the
person the message is mainly about: another person's self-care evidence (a mild cold, "fine
now", improving, coping) does not make the main person's complaint self-care, and another
person's severity (really bad, 好痛, 比我还严重) does not make it urgent:

- NHS.uk bleeding from the bottom, bowel cancer and piles: blood on the toilet paper for 3 weeks
  is a GP appointment whatever the children's cold; NHS.uk cough: a cough over 3 weeks is a GP;
  NHS.uk sleep apnoea: a partner who stops breathing in their sleep and snores loudly is a GP;
  NICE NG12: a lump, weight loss not tried for, a changed mole are seen within days;
- look-alikes: the evidence is the main person's own (their own mild cold beside well children,
  a child's mild cold the message is about, a couple who both have mild colds);
- safety: an emergency red flag stays an emergency beside anyone's mild cold.

``E`` emergency, ``N`` not self-care, ``L`` below urgent, ``S`` self-care with no red flag.
Before the change, at 7bfece9, 6 of the 53 items were wrong: two of the writer's own complaint
beside another's mild cold (self_care), four of another's severity (比我还严重 twice, a
husband's bad flu last week, 我媽媽之前...很嚴重: urgent); after it none is.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# another person's self-care evidence beside the main person's complaint that needs a GP
OTHERS_EVIDENCE: list[tuple[str, str]] = [
    (
        "N",
        "the kids had a cold last week and they're fine now, but I've had blood on the loo "
        "paper for 3 weeks",
    ),
    ("N", "my daughter's cough has lasted 4 weeks, me and my son just have mild colds"),
    (
        "N",
        "My son had a mild tummy bug and he's fine now. I've had heartburn every day for a month",
    ),
    ("N", "my wife just has a cold, but I've found a lump in my neck that's been there 4 weeks"),
    ("N", "My mum is coping fine with her cold; I've had a hoarse voice for 4 weeks"),
    ("N", "The baby's nappy rash is mild and clearing. I've had night sweats for 3 weeks"),
    ("N", "my son's eczema is improving with the cream, but my mole has changed shape and bled"),
    (
        "N",
        "husband is fine, just a bit of a cold. I keep needing to wee at night and it's been "
        "2 months",
    ),
    ("N", "my partner's hay fever is mild this year. I've lost a stone without trying"),
    ("N", "孩子们上周感冒，现在都好了，但是我大便带血三个星期了"),
    ("N", "我老公只是小感冒，没事，我自己咳嗽咳了一个多月"),
    ("N", "我女儿咳嗽了四个星期，我和儿子只是轻微感冒"),
    ("N", "我儿子轻微湿疹，好转了。我这两个月体重掉了好多，没有减肥"),
    ("N", "老公小小伤风好返晒，我就屙血屙咗三个礼拜"),
    ("N", "個仔輕微感冒，已經冇事，我自己乳房有粒硬嘢兩個禮拜"),
    ("N", "我女兒只是輕微感冒，已經好多了，我自己咳嗽咳了一個多月"),
    ("N", "小孩輕微感冒沒事，我自己的痣最近變大又會流血"),
    ("N", "my son's fine now after a mild cold, but I keep getting out of breath on the stairs"),
    ("N", "my husband's hay fever is mild and he's coping fine; it hurts when I pee"),
    ("N", "the kids just have mild colds. I've got a swollen painful knee, no injury"),
    ("N", "my daughter had a mild cold and she's fine now; I've found a lump in my armpit"),
    ("N", "孩子轻微感冒，没事，我自己走楼梯就气喘"),
    ("N", "我老公小感冒已经好了，我小便的时候好痛"),
    ("N", "個仔輕微感冒好返晒，我自己膝頭腫咗，又痛"),
    ("N", "女兒輕微感冒，已經好多了，我最近爬樓梯常常喘不過氣"),
]

# another person's severity beside the main person's own mild or GP complaint
OTHERS_SEVERITY: list[tuple[str, str]] = [
    (
        "L",
        "my husband's snoring is worse than mine, 比我还严重, and he stops breathing in his sleep",
    ),
    (
        "N",
        "my husband's snoring is worse than mine, 比我还严重, and he stops breathing in his sleep",
    ),
    ("L", "my husband had really bad flu last week, now I've just got a mild sore throat"),
    ("L", "My sister had terrible migraines as a kid; I get a mild headache after screens"),
    ("L", "我老公打呼噜比我还严重，我觉得他睡觉时会停一下呼吸"),
    ("L", "我妈上次腰痛得好厉害，我这次只是有点腰酸"),
    ("L", "我媽媽之前膝蓋痛得很嚴重，我自己膝蓋只是有點酸，爬樓梯會卡卡的"),
    ("L", "老公上个礼拜喉咙痛到好犀利，我而家就少少喉咙痛"),
]

# the evidence or the severity is the main person's own
OWN_EVIDENCE: list[tuple[str, str]] = [
    ("S", "my son has had a mild cold for 3 days, he's eating and playing fine"),
    ("S", "I've got a mild cold, my kids are fine"),
    ("S", "the kids had a cold and are fine now, and I have a mild cold too"),
    ("S", "my husband and I both have mild colds, getting better"),
    ("S", "I'm coping fine with a mild cold, my partner has the same"),
    ("S", "My toddler has mild nappy rash, clearing with cream; I'm fine"),
    ("S", "我儿子轻微感冒两天，精神很好"),
    ("S", "我有点轻微感冒，孩子们都没事"),
    ("S", "孩子们上周感冒，现在好了，我现在也有点轻微感冒"),
    ("S", "老公同我都係輕微傷風，兩日喇，好咗啲"),
    ("S", "我女兒輕微感冒，已經好很多了，我自己沒事"),
    ("N", "my son's cough has lasted 4 weeks, I'm fine"),
    ("N", "my husband has a really bad toothache, he can't sleep"),
    ("N", "我老公牙痛得很厉害，整晚睡不着"),
    ("N", "my wife had a cold, now I've had a cough for 4 weeks"),
    ("N", "我仔咳咗成個月，我自己冇事"),
]

# an emergency beside anyone's mild cold stays an emergency
EMERGENCIES: list[tuple[str, str]] = [
    ("E", "my husband has a mild cold, but I have crushing chest pain and I'm sweating"),
    (
        "E",
        "the kids are fine, just mild colds, but my face has dropped on one side and my "
        "speech is slurred",
    ),
    ("E", "我老公只是小感冒，我胸口好痛，出冷汗"),
    ("E", "個仔輕微傷風冇事，但係我阿媽突然講唔到嘢，半邊面歪咗"),
]

ALL = OTHERS_EVIDENCE + OTHERS_SEVERITY + OWN_EVIDENCE + EMERGENCIES


@pytest.mark.parametrize(("expected", "text"), ALL)
def test_household_evidence(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
