"""Over-triage look-alikes, found by measuring which red flags fire on low-gold texts (rules-kh,
session 45).

Every stored text whose gold is self_care or non_urgent (tests/data, the development set) and
every stored test sentence coded ``L``, ``S`` or ``!E`` was read with the rules alone and the
red flags that fired at all were counted (9,100 texts; 280 fire a rule, 39 reach an emergency).
The emergency-level rules firing on them showed look-alikes of a general kind, and the brief
named others; each item below pairs the near miss that must not reach an emergency with the
real danger beside it that must stay one. Sentences are our own, English and Chinese:

1. **A past event told first, before the writer's subject** (NHS.uk fainting: one faint with
   a clear cause, recovered, is a GP matter; NHS.uk stroke: new FAST signs are 999): "last
   month I passed out at a party, fine since" and 上个月我晕倒过一次 were read as now, because
   the clause broke at "I" / 我 and left the time behind; learners' "4 year before" and
   "before 2 year" are past too. A faint or stroke signs today stay an emergency.
2. **Hurts when touched (一掂就痛) of sunburn, a bruise or a graze** (NHS.uk sunburn: self-care
   without blisters, fever or dizziness) is no rigid belly; a tummy that hurts when touched
   still is (NHS.uk stomach ache: 999 if it hurts to touch; MTS peritonism).
3. **A teenager slow to wake in the morning** (叫好几遍才醒, 叫半天才睁眼, "hard to wake in the
   mornings"): NHS.uk sleep and tiredness, habit not drowsiness; a child hard to wake when ill
   (NICE NG143: wakes only with prolonged stimulation, red) stays an emergency.
4. **Dizzy after a meal with no allergen named** (NHS.uk dizziness: common, self-care; RCUK
   anaphylaxis 2021: a reaction follows an allergen): "felt dizzy after eating lunch" is no
   allergy; dizzy after peanuts, or swelling after a meal, keep their level.
5. **A dishwasher tablet or laundry pod swallowed with no symptoms at all** (NHS.uk poisoning:
   NHS 111 or A&E, 999 only with symptoms such as breathing difficulty, drowsiness, fits):
   urgent, not an emergency; coughing, breathing trouble, vomiting or drowsiness after it stay
   an emergency.
6. **Guards for the brief's other items** (already read right before this change): pancreatitis
   asked about on a weight-loss injection with no pain (MHRA GLP-1 advice: seek advice; severe
   tummy pain to the back is 999); a mouth ulcer over 3 weeks (NHS.uk mouth ulcers: a GP or
   dentist, non-urgent); a visit to a minor injuries unit.
7. **Burns NHS.uk sends to A&E that are no 999 call** (NHS.uk burns and scalds: all chemical and
   electrical burns go to A&E; British Burn Association: 999 for airway burns, large burns or
   shock): a small low-voltage or chemical burn, well, is left open (strict xfail): major_burn
   joins the A&E list to the emergency level and splitting it needs the level for A&E-only
   burns decided first.

Wrong before the change (0557fed): 27 of 64 (item 1: 7 of 14, item 2: 6 of 8, two of them
dangers under-read: "can't bear anyone touching it" and 一碰就痛 beside tummy pain, item 3: 5 of
10, item 4: 1 of 6, item 5: 6 of 12, item 6: 0 of 8, item 7: 2 of 6, its dangers right). After:
the two burns of item 7 stay open.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

PAST_EVENT_FIRST = [
    ("!E", "Last month I passed out at a party after drinks, fine since then. My ears ring"),
    ("!E", "last month I fainted at the gym, fine since, question about my diet"),
    ("!E", "a year ago I blacked out after giving blood, never again since"),
    ("!E", "I have stroke 4 year before, now is fine. my shoulder is stiff"),
    ("!E", "before 2 year he have stroke, now he is ok, only want check his medicine"),
    ("!E", "上个月我晕倒过一次，后来都好了，今天想问耳鸣"),
    ("!E", "去年我晕倒过一次，检查都正常，现在想问减肥"),
    ("!E", "两年前我中风过，现在没事，想问问肩膀痛"),
    # the danger beside: today's event
    ("E", "last month I fainted once, and today I passed out again at work"),
    ("E", "2 years ago I had a stroke and now my face is drooping and my speech is slurred"),
    ("E", "I passed out 10 minutes ago and hit my head"),
    ("E", "上个月我晕倒过一次，今天又晕倒了，现在胸口痛"),
    ("E", "去年中风过，现在突然说话不清楚，右手没力"),
    ("E", "我刚才晕倒了，现在还是头晕心慌"),
]

TOUCH_HURTS = [
    ("!E", "我二十五歲，出海曬咗成日，今日塊面同膊頭紅晒，一掂就痛"),
    ("!E", "前日撞到手臂，瘀咗一大嚿，一掂就痛，郁得"),
    ("!E", "跌親擦損咗手肘，一掂就痛，已經洗乾淨"),
    ("!E", "晒伤了，背上红红的，一掂就痛，没起泡"),
    ("E", "成個肚好痛，一掂就痛，痛到唔敢郁"),
    ("E", "肚痛咗成晚，而家一掂就痛，仲發燒"),
    ("E", "my tummy hurts so much I can't bear anyone touching it"),
    ("E", "肚子痛了一晚上，现在一碰就痛，发烧"),
]

TEEN_MORNING = [
    ("!E", "my 15 year old is so hard to wake in the mornings, I shout 3 times before he gets up"),
    ("!E", "my teenager is really hard to wake up for school every morning, fine once he's up"),
    ("!E", "我儿子15岁，每天早上要叫好几遍才醒，起床很慢"),
    ("!E", "我女儿十四岁，每天早上叫半天才睁眼，起来就好了"),
    ("!E", "个仔十六岁，每朝早都要叫好多次先擘大眼，返学就冇事"),
    ("E", "my son is very hard to wake up and confused after a fever"),
    ("E", "my 15 year old has a fever and a rash and we can barely wake him"),
    ("E", "孩子发烧后叫不醒，叫了好久才睁一下眼又睡过去"),
    ("E", "我儿子今天早上发高烧，叫了半天才醒，迷迷糊糊的"),
    ("E", "奶奶今天早上叫半天才睁眼，说话也含糊"),
]

DIZZY_AFTER_MEAL = [
    ("L", "felt a bit dizzy after eating lunch, fine now"),
    ("!E", "I get a bit lightheaded after eating a big dinner, goes in 10 minutes"),
    ("L", "吃完午饭有点头晕，现在好了"),
    ("E", "ate peanuts and now my lips and tongue are swelling and I feel dizzy"),
    ("U", "felt dizzy after eating prawns, I'm allergic to shellfish"),
    ("U", "吃了花生以后头晕，起了一身疹子"),
]

DETERGENT_NO_SYMPTOMS = [
    ("=U", "my 4 year old swallowed a dishwasher tablet, seems totally fine, no symptoms at all"),
    ("=U", "I accidentally swallowed part of a laundry pod, I feel fine, no symptoms"),
    ("=U", "my toddler bit a washing capsule but seems fine, no symptoms, playing normally"),
    ("=U", "我女儿咬破了一个洗衣凝珠，吞了一点，现在没什么症状"),
    ("=U", "儿子吞了一小块洗碗块，现在没有任何症状，玩得好好的"),
    ("=U", "个仔咬咗粒洗衣凝珠，暂时冇症状"),
    ("E", "my toddler bit a laundry pod and is now coughing and struggling to breathe"),
    ("E", "she swallowed a dishwasher tablet, seemed fine at first but now she keeps vomiting"),
    ("E", "my son bit a laundry pod, no symptoms at first, now very drowsy"),
    ("E", "孩子吞了洗衣凝珠，现在一直咳嗽、呼吸困难"),
    ("E", "女儿咬破了洗衣凝珠，开始没事，现在一直吐"),
    ("E", "my 2 year old bit into a washing capsule"),
]

GUARDS = [
    ("!E", "I'm on mounjaro, what are the symptoms of pancreatitis? I have no pain"),
    ("!E", "我在打司美格鲁肽减肥，想问胰腺炎有什么症状，我现在没有肚子痛"),
    ("E", "on ozempic and now severe stomach pain going through to my back and I keep vomiting"),
    ("E", "我打司美格鲁肽，现在上腹剧痛一直痛到背，一直吐"),
    ("L", "I've had a mouth ulcer for over 3 weeks that won't heal"),
    ("L", "口腔溃疡三个多星期了还没好"),
    ("!E", "went to the minor injuries unit yesterday with my ankle, they said sprain, still sore"),
    ("!E", "昨天去了轻伤处理中心看脚踝，说是扭伤，今天还有点痛"),
]

BURNS = [
    ("!E", "electrical burn from a plug socket, small mark on my finger, feel fine"),
    ("!E", "small chemical burn on my arm from drain cleaner, washed it for 20 minutes, red patch"),
    ("E", "burned face in a fire, singed nostrils, hoarse voice"),
    ("E", "脸被火烧伤，鼻毛烧焦了，声音嘶哑"),
    ("E", "my child pulled a cup of tea over and burned her chest, blisters larger than her hand"),
    ("E", "clothes caught fire, burns all down his arm and chest, he's pale and shaking"),
]

ROWS = [
    *PAST_EVENT_FIRST,
    *TOUCH_HURTS,
    *TEEN_MORNING,
    *DIZZY_AFTER_MEAL,
    *DETERGENT_NO_SYMPTOMS,
    *GUARDS,
    *BURNS,
]

_BURN_OPEN = (
    "major_burn joins NHS.uk's A&E list (all chemical and electrical burns) to the emergency"
    " level; a small low-voltage or chemical burn, well, needs an A&E-only (urgent) burn rule"
)
OPEN = {
    "electrical burn from a plug socket, small mark on my finger, feel fine": _BURN_OPEN,
    "small chemical burn on my arm from drain cleaner, washed it for 20 minutes, red patch": (
        _BURN_OPEN
    ),
}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    from clinical.red_flags import load_rules

    return load_rules()


@pytest.mark.parametrize(("expected", "text"), with_open(ROWS, OPEN))
def test_over_triage_lookalikes_45(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
