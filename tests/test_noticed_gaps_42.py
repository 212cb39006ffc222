"""Safety gaps noticed in session 41 and left alone, closed in session 42 (coordinator).

Each sentence is our own, in English or simplified / traditional / Cantonese Chinese, read as a
first message with the rules alone:

1. **The place said apart from the pain** (NHS.uk heart attack: chest pain that feels like
   pressure, tightness, heaviness or crushing, with sweating or spreading to the arm or jaw, is
   999; NICE CG95): "it's crushing, in my chest, and I'm sweating buckets" names the chest only
   after a comma, as an afterthought; 很闷，在胸口 puts the place after the feeling, and
   胸口，压得很 puts the place first, alone before a comma. The place joins the feeling it belongs
   to; a pain denied stays denied and a place after a comma that begins a new statement ("in my
   chest it's fine now") is left as typed.
2. **A person's poisoning told beside a pet's** (NHS.uk poisoning and TOXBASE: a person who may
   have swallowed bleach or too many tablets goes to A&E or calls 999): "the dog ate a sock, and
   my husband drank bleach an hour ago" had been stood down whole by the pet's words; a pet's
   swallowing alone stays the vet's. **The rest of a pack** taken at once ("my son swallowed the
   rest of the bottle of her sleeping tablets", "she took what was left of the packet of
   paracetamol") is a pack taken (TOXBASE); the rest of a course over days is not.

Wrong before the change (75620d2): 20 of the 28 sentences (item 1: 13 of 18, item 2: 7 of 10).
Of the 10,027 stored texts none moved.

3. **The same in a note's bare fragments** ("squeezing. middle of chest. sweaty", 压着痛。胸口中间。
   出冷汗) and the chest said as the ribs round it ("like a vice round my ribs and I'm sweating"),
   found by the coordinator's own probes in session 42: 6 of 9 sentences wrong before (6b821d8).
4. **A fitting at home** ("changing a light fitting", "fitting a new kitchen") read as a fit,
   noticed by rules-hf in session 42: 3 of 6 sentences wrong before (a7d58b4).
5. **A learner's Chinese with a space between every word** (我 朋友 胸口 痛 很 厉害 出 很多 汗),
   noticed by rules-he in session 42: a space between Chinese characters ends a clause, so no
   sign was read; the spaces are closed when the Chinese comes word by word
   (``clinical.textprep.join_spaced_han``). 4 of 7 sentences wrong before (715f18c).
6. **A worse reading told after the first** ("sats 93, checked again and it's 88", 体温35.2，再测
   34.8) was read as the first, found by the coordinator while merging the re-check readers
   (rules-hd noticed the same of a worse temperature): the later reading is read when it scores
   more NEWS2 points (``clinical.rechecks.later_worse``). 6 of 10 sentences wrong before (91ae9d0).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

PLACE_SAID_APART = [
    ("E", "it's crushing, in my chest, and I'm sweating buckets"),
    ("E", "crushing, in my chest, sweating"),
    ("E", "the pain is crushing, right in the middle of my chest, and I'm sweating"),
    ("E", "it's tight, in my chest, and going down my left arm"),
    ("E", "it's heavy, in my chest, spreading to my jaw and I feel sick"),
    ("E", "pressure, in my chest, and I feel sick and clammy"),
    ("E", "my dad says it's squeezing, across his chest, and he's grey and sweaty"),
    ("E", "in my chest, it's crushing, and I'm sweating buckets"),
    ("E", "my chest, it feels crushing, and I'm sweating"),
    ("E", "胸口，压得很，一直出冷汗"),
    ("E", "很闷，在胸口，还一直出冷汗"),
    ("E", "好痛，喺心口，仲出晒冷汗"),
    ("E", "壓得好辛苦，在胸口，痛到左手，一直冒冷汗"),
    # a pain denied stays denied; a new statement after the comma is left as typed
    ("!E", "no pain, in my chest or anywhere, just a bit sweaty after the gym"),
    ("!E", "it was crushing, in my chest, last year when I had my heart attack, today I'm fine"),
    ("!E", "I'm not sure, in my chest it's fine now, I was sweating in the sauna"),
    ("!E", "胸口，不痛，只是运动后出汗"),
    ("!E", "有点痒，在胸口，出汗以后起了小红点"),
]

# the same in a note's bare fragments, full stops between (NHS.uk heart attack, NICE CG95), and
# the chest said as the ribs round it
FRAGMENTS_OF_A_NOTE = [
    ("E", "squeezing. middle of chest. sweaty. 20 mins"),
    ("E", "squeezing, middle of chest, sweaty"),
    ("E", "pain. centre of chest. radiating to jaw"),
    ("E", "压着痛。胸口中间。出冷汗"),
    ("E", "像被压住。在胸口。一身冷汗"),
    ("E", "like a vice round my ribs and I'm sweating"),
    ("!E", "it was crushing. in my chest. last year when I had my heart attack. today I'm fine"),
    ("!E", "no pain. middle of chest feels fine. just sweaty from the gym"),
    ("!E", "bruised my ribs playing football last week, sore when I twist, breathing fine"),
]

# a fitting of a house or a DIY job is no fit (NHS.uk seizures: a fit is shaking or jerking, or
# collapse and stiffness); a fit said with the same words elsewhere still is
FITTING_AT_HOME = [
    ("!E", "was changing a light fitting and got a small static zap, fine now"),
    ("!E", "fitting a new kitchen, cut my thumb a bit, stopped with a plaster"),
    ("!E", "fitting new shelves yesterday and strained my back, can walk fine"),
    ("E", "she was fitting a few minutes ago and now she's really drowsy"),
    ("E", "he's fitting in the bath and won't stop"),
    ("E", "my son started fitting while we were fitting the new carpet, 6 minutes now"),
]

# a learner's Chinese with a space between every word (NHS.uk heart attack, stroke): the spaces
# closed; Chinese typed with a space between phrases is read as before
LEARNERS_SPACED_CHINESE = [
    ("E", "我 朋友 胸口 痛 很 厉害 出 很多 汗"),
    ("E", "我 没有 发烧 但是 胸口 很 痛 出 冷汗"),
    ("E", "我 爸爸 说话 不 清楚 嘴 歪 了"),
    ("E", "我 妈妈 吃 了 很多 药 叫 不 醒"),
    ("!E", "我 头 有点 痛 不 发烧 吃饭 正常"),
    ("!E", "我 没有 胸口 痛 也 没有 出汗 只是 咳嗽"),
    ("!E", "宝宝五个月 从昨天开始拉肚子 今天好一点 吃奶正常"),
]

# a reading taken again, or told as it went on, that is worse than the first (RCP NEWS2: the
# latest observations; NHS.uk pulse oximeter: 92% or lower, A&E; hypothermia)
A_WORSE_READING_AFTER = [
    ("E", "mum's temp was 35.2, rechecked it and it's 34.8 now"),
    ("E", "sats 93, checked again and it's 88"),
    ("E", "oxygen 94 then 89 on a recheck"),
    ("E", "heart rate 110, rechecked 145"),
    ("E", "体温35.2，再测34.8"),
    ("E", "血氧93，再测一次88"),
    ("!E", "oxygen 96 now, was 92 earlier"),
    ("!E", "his sats are 97 now, usually 90 with his copd"),
    ("!E", "sats 95, heart rate 88, feel fine"),
    ("!E", "temp 38.5 then 37 after calpol, playing happily"),
]

PERSON_BESIDE_PET = [
    ("E", "the dog ate a sock this morning, and my husband drank bleach an hour ago"),
    ("E", "the dog ate my sandwich and my wife has overdosed on her pills"),
    ("E", "狗吃了袜子，我老公刚才喝了漂白水"),
    ("E", "隻狗食咗襪，我老公啱啱飲咗漂白水"),
    ("E", "my son swallowed the rest of the bottle of her sleeping tablets"),
    ("E", "she took what was left of the packet of paracetamol"),
    ("E", "he swallowed the rest of the box of co-codamol an hour ago"),
    # a pet's swallowing alone is the vet's; the rest of a course over days is the course
    ("!E", "the dog drank some bleach off the floor"),
    ("!E", "狗狗喝了一点漂白水"),
    ("!E", "I took the rest of the antibiotics over the weekend and the cough is better"),
]


@pytest.mark.parametrize(("code", "text"), with_open(PLACE_SAID_APART))
def test_the_place_said_apart_from_the_pain(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FRAGMENTS_OF_A_NOTE))
def test_fragments_of_a_note(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FITTING_AT_HOME))
def test_a_fitting_at_home_is_no_fit(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LEARNERS_SPACED_CHINESE))
def test_a_learners_spaced_chinese(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(A_WORSE_READING_AFTER))
def test_a_worse_reading_after_the_first(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PERSON_BESIDE_PET))
def test_a_persons_poisoning_beside_a_pets(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
