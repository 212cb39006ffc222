"""Gaps noticed in session 45 and left alone, closed in session 46 (coordinator, rules-la).

Each sentence is our own, read as a first message with the rules alone, from the guidance named
above its list:

1. **Fluids not kept down or no wee, in Chinese** ("今天一直吐，水都喝不进去", Cantonese
   "肚屙咗八次水，冇尿"): NHS.uk dehydration and diarrhoea and vomiting (cannot keep fluids
   down, or passing little or no pee: an urgent GP appointment or NHS 111, the same day). The
   English side read both; the Chinese read 喝水都吐 and 尿少 but not water that will not go down
   at all, nor no wee said with 冇 / 没. No wee pain, no blood in the wee and a wee not finished
   (冇尿痛, 没有尿血, 没尿干净) are none of it.
2. **A rubbed or bitten spot gone red, swollen and hot, in Chinese** ("水泡…又红又肿又烫，发烧
   38.5"): NHS.uk cellulitis (skin that is red or darker, swollen and hot, with a high
   temperature: an urgent GP appointment or NHS 111). The decision read 又红又热 but not 烫 for
   hot said after a swelling between; a day in the sun keeps NHS.uk sunburn's home care.
3. **A fall off or from something, then back pain with tingling or numb legs** ("fell off the
   climbing wall, my back hurts and my legs are tingling"): NICE NG41 Spinal injury (a fall from
   a height is a dangerous mechanism; back pain with tingling, numbness or weakness in the limbs)
   and NHS.uk neck and back injuries (call 999, do not move them). The spinal rule read the neck
   and the spine, not the back; a climbing fall was read only when told "while climbing"
   (rules-lg, session 46). Back pain with tingling legs and no fall stays a GP's (NHS.uk
   sciatica).

Wrong before the change (the rules of 3f531f9): 7 of the 15 sentences (item 1: 5 of 10, every
Chinese fluid not kept down and no wee said with 冇 or 没 but the baby's; item 2: 2 of 5, both
又红又肿又烫). A wee's pain or blood denied (冇尿痛) keeps the no-wee group silent.
Item 3, written after rules-lg merged (the rules of 7755780): 2 of its 8 wrong (a climbing wall
and a horse, each with back pain and tingling legs, below urgent); a ladder's fall was read
already (`fall_mechanism_with_injury`).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NHS.uk dehydration; NHS.uk diarrhoea and vomiting
FLUIDS: list[tuple[str, str]] = [
    ("U", "医生说是肠胃炎，今天一直吐，水都喝不进去"),
    ("U", "从早上开始吐 水都喝不进去 一喝就想吐"),
    ("U", "今日肚屙咗八次水，冇尿"),
    ("U", "拉了一天肚子，从中午到现在都没尿"),
    ("U", "宝宝拉肚子，半天没尿了"),
    ("U", "呕咗成日，水都饮唔入"),
    ("L", "有点拉肚子，冇尿痛，冇发烧，食嘢正常"),
    ("L", "小便有点频，没有尿血，也不发烧"),
    ("L", "尿完总觉得没尿干净，已经两个星期了"),
    ("L", "喝了点凉的有点拉肚子，现在好多了，水喝得进去"),
]

# NHS.uk cellulitis; NHS.uk sunburn
HOT_SKIN: list[tuple[str, str]] = [
    ("U", "新鞋磨出水泡，现在又红又肿又烫，发烧38.5"),
    ("U", "小腿被蚊子叮的地方抓破了，现在又红又肿又烫，人有点发冷"),
    ("U", "脚上的伤口周围红肿发烫，还发烧了"),
    ("L", "晒了一下午太阳，后背又红又烫，有点痛"),
    ("L", "脚上磨了个水泡，不红不肿，走路有点痛"),
]

# NICE NG41 Spinal injury; NHS.uk neck and back injuries
BACK_AFTER_FALL: list[tuple[str, str]] = [
    ("E", "fell off the climbing wall, my back hurts and my legs are tingling"),
    ("E", "dad fell off the ladder onto the patio, his back is killing him and his legs feel numb"),
    ("E", "came off my horse, landed on my back, pain in my back, pins and needles in both legs"),
    ("E", "从梯子上摔下来，背痛，两条腿发麻"),
    ("E", "由棚架跌咗落嚟，腰好痛，对脚麻晒"),
    ("!E", "fell off the climbing wall last month, back is fine now, legs tired from training"),
    ("L", "my back hurts after gardening and my legs tingle when i sit too long, no fall"),
    ("L", "背痛好几年了，腿偶尔发麻，没有摔过"),
]

KINDS = FLUIDS + HOT_SKIN + BACK_AFTER_FALL
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_noticed_gap_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
