"""Set 38's categories (session 31), both languages.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 38's rows, ``tests/data/fresh_levels_38.jsonl``):

- chest tightness told in Chinese as a comparison of what the chest undergoes, with a long
  object between (胸口像被一根皮带勒紧, 心口好像被一只手攥住) (NHS.uk heart attack: pressure,
  tightness or squeezing in the chest, with sweating or feeling sick: 999; NICE CG95); heartburn
  after a meal with no warning sign stays below an emergency;
- a testicle described in Chinese by a comparison (蛋蛋好似俾人踢咗一脚, 睾丸像被人拧了), the pain
  word in the next clause, woken by it or sick with it (NHS.uk testicle pain: sudden, very bad
  pain, or pain with being sick: A&E, possible torsion); a mild ache after cycling is not;
- a twitch or crawling under the skin told as something "trapped under the skin" (NHS.uk
  twitching eyes and muscles: harmless, self-care) is no major-trauma mechanism; someone
  trapped under a car or a fallen wall still is (Manchester Triage System major trauma);
- Cantonese 一掂就痛 (hurts when touched) of sunburn, a bruise or a graze is no rigid belly
  (NHS.uk sunburn: self-care without blisters, fever or dizziness); a belly that hurts when
  touched still is an emergency (NHS.uk stomach ache: 999 if it hurts to touch; MTS peritonism).

Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an emergency, ``U`` at
least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk heart attack (tightness, squeezing, with sweating or sickness: 999); NICE CG95
CHEST_SIMILE_LONG_OBJECT: list[tuple[str, str]] = [
    ("E", "我五十八岁，胸口像被一根粗皮带勒紧了，出了一身冷汗，有点恶心"),
    ("E", "二十分钟了，心口好像被一只大手攥住一样，冒冷汗，想吐"),
    ("E", "阿爸话胸口好似俾条绳索住咁，出晒冷汗，仲想呕"),
    ("E", "胸口像是被一块湿布拧着，痛到左手臂，人很虚"),
    ("!E", "吃完火锅胸口像被火烧一样，有点反酸，别的都好"),
]

# NHS.uk testicle pain (sudden very bad pain, or with being sick: A&E; torsion)
TESTICLE_SIMILE: list[tuple[str, str]] = [
    ("E", "我十四岁，半夜右边蛋蛋好像被人用力踢了一脚，痛得冒汗，吐了一次"),
    ("E", "儿子突然说睾丸像被人拧了一把，疼得直冒冷汗，还吐了"),
    ("E", "今朝突然左边春袋好似俾人捏住咁，痛到想嘔，嘔咗两次"),
    ("U", "右边蛋蛋好像有点坠胀，隐隐作痛两三天了"),
]

# NHS.uk twitching eyes and muscles (self-care); MTS major trauma still for a real entrapment
TRAPPED_UNDER_SKIN: list[tuple[str, str]] = [
    ("!E", "my thumb muscle keeps jumping like a tiny fish trapped under the skin, 3 days now"),
    ("!E", "calf twitching, feels like a worm is trapped under my skin, no pain, no weakness"),
    ("!E", "upper lip flickers like a bug trapped under the skin whenever I'm tired"),
    ("E", "my dad is trapped under the car after the jack slipped, he's awake but can't move"),
    ("E", "a worker was trapped under a fallen wall for ten minutes, legs crushed"),
]

# NHS.uk sunburn (self-care); NHS.uk stomach ache and MTS peritonism (a belly that hurts to
# touch: 999)
TOUCH_HURTS_NOT_BELLY: list[tuple[str, str]] = [
    ("!E", "我二十五歲，出海曬咗成日，今日塊面同膊頭紅晒，一掂就痛，冇起泡冇發燒"),
    ("!E", "前日撞到大髀，瘀咗一大嚿，一掂就痛，行路冇問題"),
    ("!E", "跌親擦損咗膝頭，一掂就痛，已經洗乾淨"),
    ("E", "成個肚好痛，一掂就痛，硬晒，痛到唔敢郁"),
    ("E", "肚痛咗成晚，而家一掂就痛，仲發燒"),
]

CASES = [
    *CHEST_SIMILE_LONG_OBJECT,
    *TESTICLE_SIMILE,
    *TRAPPED_UNDER_SKIN,
    # the look-alikes closed in session 45 (rules-kh): the bare 一掂就痛 counts beside tummy
    # pain only (abdominal_touch_hurts), no longer as rigid_abdomen
    *TOUCH_HURTS_NOT_BELLY,
]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    from clinical.red_flags import load_rules

    return load_rules()


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set38_kinds_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
