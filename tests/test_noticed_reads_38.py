"""Reading gaps helpers noticed in session 38 (rules-dp): our own sentences, not a case set.

Each sentence is our own, read as a first message with the rules alone, its level from:

- **A spaced dash ends a clause** (issue 13: a cue's scope ends at its clause): " - " or " – "
  between two clauses stands where a full stop would, so a past cue before it ("had a heart
  attack in 2019 - crushing chest pain") does not reach the report after it. A hyphen inside a
  word ("left-sided", "6-year-old") is no break. Levels by the dangers' own sources (NHS.uk heart
  attack, stroke, anaphylaxis: 999).
- **A child's pain said to be very bad** (NHS.uk stomach ache: severe pain, or pain for days, is
  a GP or NHS 111; self-care needs positive evidence it is mild): 痛得很厉害, 疼得很厉害,
  痛得好犀利 with a child playing is not self-care.
- **Occupational asthma** (NHS.uk occupational asthma: worse at work and better on holiday or at
  weekends, see a GP) stays below urgent; an attack told beside it (NHS.uk asthma attack: too
  breathless to speak, reliever not helping: 999) keeps its level.
- **A pet bitten by a snake** is a vet matter while the writer is well; a person bitten beside
  the pet stays 999 (NHS.uk snake bites).
- **Thirst alone after the heat** (NHS.uk dehydration, heat exhaustion: drink more) stays below
  urgent; with dizziness, confusion or little pee it keeps its level.

Wrong before the change (44e3cb1): 16 of 59 (the dash 3 of 13: a heart attack in 2019 told
before " - " or " – " and 心梗 before ——; a child's pain very bad 3 of 8; occupational asthma 2 of
11; a pet bitten by a snake 5 of 12; thirst alone 2 of 10; typos 1 of 5, "asthm" worse at work).
After: 0 wrong, none open.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

DASH = [
    # NHS.uk heart attack, stroke, anaphylaxis (999): the history stops at the dash
    ("E", "had a heart attack in 2019 - crushing chest pain spreading to my left arm"),
    ("E", "had a heart attack in 2019 – crushing chest pain now spreading to my left arm"),
    (
        "E",
        "I had a stroke years ago - now my face is drooping on one side and my speech is slurred",
    ),
    (
        "E",
        "I've had anaphylaxis to wasps before - a wasp just stung me and my "
        "throat feels tight and I'm wheezing",
    ),
    ("E", "I've had asthma since I was a child – my lips are going blue and I can't speak"),
    ("E", "以前中风过 — 现在一边脸歪了说话不清楚"),
    ("E", "我以前有过心梗——胸口压着痛，出冷汗"),
    (
        "U",
        "I've had anaphylaxis to peanuts so I'm panicking - a wasp stung my "
        "arm and my lips are swelling",
    ),
    # look-alikes: the past stays past after the dash, hyphens inside words are no break
    ("!E", "had a fit last year - fine since, asking about driving"),
    ("!E", "I had a left-sided weakness episode in 2019, fully recovered"),
    ("S", "my 6-year-old had a seizure last year - he's fine now and playing"),
    ("!E", "my mum had a heart attack in 2019 - she's doing well, just asking about her statins"),
    ("!E", "had a mini-stroke in 2015 - no problems since, asking about aspirin"),
]

CHILD_PAIN_ZH = [
    # NHS.uk stomach ache: severe or for days, GP or 111; playing is no evidence it is mild
    ("N", "我女儿四岁，肚子痛了两天，痛得很厉害，刚才还在玩"),
    ("N", "儿子五岁，肚子疼得很厉害，已经一天了，还在玩"),
    ("N", "我个仔六岁，肚痛得好犀利，啱啱仲喺度玩"),
    ("N", "孩子头疼得很厉害，还在看电视"),
    (
        "N",
        "my 4 year old daughter has had tummy ache for two days, it's really "
        "bad, she was playing earlier",
    ),
    # look-alikes: a mild ache with positive evidence stays below urgent
    ("L", "我女儿四岁，肚子有点痛，刚才还在玩，吃饭正常"),
    ("L", "孩子肚子痛，不是很厉害，还在玩"),
    ("L", "孩子笑得很厉害，肚子有点痛，还在玩"),
]

OCCUPATIONAL_ASTHMA = [
    # NHS.uk occupational asthma: worse at work, better away from it: see a GP
    ("L", "my asthma is worse at work and better when I'm on holiday"),
    (
        "L",
        "my asthma gets worse at work and better at weekends, it's been like that for a few weeks",
    ),
    ("L", "my asthma has been getting worse at work for weeks, it's fine when I'm off"),
    ("L", "我的哮喘上班的时候加重，放假就好了"),
    ("L", "哮喘在单位会变严重，周末在家就好多了，已经好几个星期了"),
    # NHS.uk asthma attack: stays at its level beside it
    (
        "E",
        "my asthma is worse at work and today I can't finish sentences and my "
        "blue inhaler isn't helping",
    ),
    ("E", "哮喘上班时加重，今天喘得说不出完整的句子，吸了喷雾也没用"),
    (
        "E",
        "my asthma is worse at work, better at weekends, but tonight I'm too breathless to speak",
    ),
    ("U", "my asthma is getting worse today, I'm using my reliever every hour"),
    ("E", "my asthma is better at the weekend but right now my lips are blue and I can't speak"),
    ("E", "哮喘周末就好多了，但现在喘不上气，说不出话，嘴唇发紫"),
]

PET_SNAKE = [
    # a pet's bite is a vet matter while the writer is well
    ("!E", "the dog got bitten by an adder on our walk, I'm fine, taking him to the vet"),
    ("!E", "the dog got bitten by an adder"),
    ("!E", "我家狗狗被蛇咬了，我没事"),
    ("!E", "我家狗狗被蛇咬了"),
    ("!E", "our cat was bitten by a snake in the garden"),
    # NHS.uk snake bites: a person bitten beside the pet stays 999
    ("E", "the dog got bitten by an adder and so did I, my ankle is swelling"),
    ("E", "我家狗狗被蛇咬了，我也被咬了，脚肿起来了"),
    ("E", "我家狗被蛇咬了，我女儿也被咬了"),
    ("E", "my son was bitten by a snake while walking the dog"),
    ("E", "an adder bit me on the hand while I was walking the dog"),
    ("E", "the dog was bitten by a snake, I tried to pull it off and it bit me too"),
    ("E", "my dog got bitten by an adder and my little boy was bitten as well"),
]

THIRST = [
    # NHS.uk dehydration / heat exhaustion: thirst alone, drink more
    ("L", "very thirsty after working outside in the heat all day"),
    ("L", "I'm very thirsty after work in the heat today"),
    ("L", "今天在太阳底下干活，口很渴"),
    ("L", "天气太热了，下班后特别口渴"),
    # with dizziness, confusion or little pee it keeps its level
    ("E", "very thirsty after work in the heat, dizzy and a bit confused"),
    ("U", "very thirsty, I've hardly peed all day and feel dizzy when I stand"),
    ("U", "very thirsty and my pee is dark and I've barely been all day, feel dizzy"),
    ("U", "口很渴，头晕，尿很少"),
    ("U", "今天在太阳底下干活，特别口渴，头晕，心跳很快"),
    ("U", "very thirsty after the heat and I keep being sick"),
]

TYPOS = [
    # the speller still corrects typos of words near any new phrase word
    ("U", "my chld has had a temprature for four days"),
    ("E", "crushing chest pian spreading to my arm"),
    ("U", "very thirsy and dizzy, hardly peed all day"),
    ("L", "my asthm is worse at work and better at the weekend"),
    ("E", "my dog got bitten by an addder and so did I"),
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(DASH, OPEN_ROWS))
def test_spaced_dash_ends_a_clause(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHILD_PAIN_ZH, OPEN_ROWS))
def test_child_pain_said_very_bad(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(OCCUPATIONAL_ASTHMA, OPEN_ROWS))
def test_occupational_asthma(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PET_SNAKE, OPEN_ROWS))
def test_pet_bitten_by_a_snake(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(THIRST, OPEN_ROWS))
def test_thirst_after_the_heat(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TYPOS, OPEN_ROWS))
def test_typos_nearby(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
