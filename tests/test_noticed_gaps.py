"""Gaps noticed in session 36 and left alone, closed by kind (rules-dg, session 37).

Each sentence is our own, in English, simplified Chinese, Hong Kong Cantonese or Taiwan usage
(traditional characters), read as a first message with the rules alone:

1. **Heavy vaginal bleeding outside pregnancy** (NHS.uk heavy periods): very heavy bleeding with
   feeling faint or dizzy is 999 or A&E; soaking a pad every hour for hours is an urgent GP or
   111; heavy periods as they have long been are a GP appointment.
2. **Swollen lips, tongue or face with trouble swallowing** (NHS.uk angioedema and anaphylaxis;
   RCUK 2021 airway problems: swelling of the throat or tongue, difficulty breathing or
   swallowing, a hoarse voice): 999; the lips alone, swallowing and breathing said fine, stay
   below emergency.
3. **Someone else's past event, now well; a general question with no sign told**: a neighbour's
   or friend's seizure or collapse days ago, said to be fine now, or "how do you know if it's a
   stroke", is no emergency for the writer; a sign the writer or someone with them has now keeps
   the emergency ("how do I know if it's a stroke, my dad's face just dropped").
4. **好痛 / 好疼 / "really painful" after a minor injury** (NHS.uk broken toe, cuts and grazes:
   a stubbed toe or a paper cut is treated at home): an everyday degree word about its pain is
   no severe pain at urgent level; the patient's own severity (a score, "severe", 剧烈) and a
   sign of more (a bent or swollen toe, cannot walk) keep it (Manchester Triage System pain).

Wrong before the change (6c164b5): 36 of 78 (item 1: 8 of 20, item 2: 13 of 18, item 3: 10 of
26, item 4: 5 of 14). Two sentences of item 1 (hourly pads as every period's pattern) were
added after the first alllevels run showed the kind in two stored texts; both read right.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

HEAVY_BLEEDING = [
    # 999 / A&E: very heavy bleeding with faintness or dizziness
    ("E", "not pregnant, bleeding really heavily, soaking a pad every hour and feel faint"),
    ("E", "heavy period bleeding, a pad an hour and I feel like I'm going to pass out"),
    ("E", "my period is so heavy, soaked through 3 pads this morning and now I'm dizzy"),
    ("E", "bleeding heavily from down below, not pregnant, feel lightheaded and woozy"),
    ("E", "heavy bleeding with huge clots and i nearly fainted in the bathroom"),
    ("E", "没怀孕，月经量特别大，每小时湿透一片卫生巾，感觉要晕倒"),
    ("E", "月经量很大，一个小时就湿透一张卫生巾，头晕眼花"),
    ("E", "来月经大量出血，站起来就头晕"),
    ("E", "嚟M出血好多，大血块，头好晕"),
    ("E", "月經大量出血，衛生棉一小時就濕透，頭暈快要暈倒"),
    # NHS.uk heavy periods: soaking a pad every hour for hours, no faintness: urgent
    ("U", "bleeding so heavily i'm changing my pad every hour for hours now"),
    ("U", "my period is soaking through pads every hour for the last 3 hours"),
    ("U", "月经量大，几个小时了每小时都要换一片卫生巾"),
    ("U", "月经量好大，每个钟都湿透一片卫生巾，已经三个钟"),
    # ordinary heavy periods: a GP appointment, not urgent
    ("L", "my periods have always been heavy and I get clots, can I see someone"),
    ("L", "my periods are heavy, i change my pad every 2 hours on day one, like this for years"),
    ("L", "月经一直量多，有血块，想看医生"),
    ("L", "我每次来月经量都好多，想约医生看看"),
    ("L", "月經量一直都很多，想預約看醫生"),
    ("L", "heavy periods for months, feeling tired all the time"),
    # hourly pads told as the pattern of every period (added after the first run: two stored
    # texts, f25-en-non-007 and f44-en-nur-004, showed the kind)
    ("L", "every period the first two days I change my pad every hour, can I see a GP"),
    ("L", "每次来月经头两天每小时都要换一片卫生巾，想看医生"),
]

SWELLING_SWALLOWING = [
    ("E", "lips and tongue swelling up fast cant swallow"),
    ("E", "my lips are swollen and my tongue feels thick, hard to swallow"),
    ("E", "my face is swelling and I'm having trouble swallowing"),
    ("E", "tongue swelling, difficulty swallowing"),
    ("E", "lip swelling up really quick and i'm struggling to swallow"),
    ("E", "my tongue is swelling and my voice sounds hoarse"),
    ("E", "face and lips swelling, voice has gone croaky"),
    ("E", "嘴唇和舌头肿得很快，吞不下东西"),
    ("E", "舌头肿起来，吞东西很困难"),
    ("E", "块面肿晒，吞唔落嘢"),
    ("E", "个脷肿咗，吞嘢好难"),
    ("E", "嘴唇腫起來，吞嚥困難"),
    ("E", "舌頭腫了，吞不下去"),
    # the lips or face alone, swallowing and breathing said fine: urgent (NHS.uk angioedema)
    ("!E", "my top lip is a bit swollen this morning, breathing is fine and swallowing fine"),
    ("!E", "嘴唇有点肿，呼吸正常，吞咽正常"),
    # typos of nearby words still read (the speller)
    ("E", "tongue swelling and cant swalow"),
    ("E", "lips swelling and difficulty swallowng"),
    ("U", "my lips are swelling up"),
]

OTHERS_AND_QUESTIONS = [
    # another person's event days ago, said to be well now
    ("!E", "my neighbour had a seizure last week, she is fine now"),
    ("!E", "my friend had a fit yesterday but he's fine now"),
    ("!E", "a colleague had a seizure at work last week, she's ok now and back at work"),
    ("!E", "my flatmate had a seizure a few days ago, he's fine now, should he see a doctor?"),
    ("!E", "邻居上个星期抽筋了，现在没事了"),
    ("!E", "我同事前几天抽搐，现在已经没事了"),
    ("!E", "我朋友琴日抽筋，而家冇事喇"),
    ("!E", "我同學上禮拜癲癇發作，現在已經沒事了"),
    # a general question, no sign told
    ("!E", "how do you know if its a stroke"),
    ("!E", "how can you tell if someone is having a stroke"),
    ("!E", "how would you know if it's a stroke?"),
    ("!E", "how do you know if someone is having a seizure"),
    ("!E", "怎么知道是不是中风"),
    ("!E", "點知係咪中風"),
    ("!E", "怎麼知道是不是中風"),
    # the writer or someone with them has the sign now: stays an emergency
    ("E", "how do I know if its a stroke, my dad's face just dropped"),
    ("E", "how do you know if its a stroke? my mum's arm has gone weak and her speech is slurred"),
    ("E", "my neighbour had a seizure last week, now I'm having one"),
    ("E", "my friend is having a seizure right now"),
    ("E", "my friend had a seizure 10 minutes ago and she still isn't responding"),
    ("E", "my neighbour is fitting right now, she had one last week too"),
    ("E", "how do I know if it's a stroke, my face is drooping on one side"),
    ("E", "怎么知道是不是中风，我爸爸的脸突然歪了"),
    ("E", "我朋友而家抽紧筋，叫极都唔醒"),
    ("E", "I think I'm having a stroke, my arm is weak"),
    ("E", "my son had a seizure just now, first time ever"),
]

PAIN_MINOR = [
    ("L", "stubbed my toe, really painful"),
    ("L", "i stubbed my toe and its killing me"),
    ("L", "paper cut on my finger, it's killing me"),
    ("L", "踢到脚趾，好痛"),
    ("L", "被纸割到手指，好疼"),
    ("L", "撞到脚趾头好痛"),
    ("L", "踢到腳趾，好痛"),
    ("L", "stubbed my little toe on the bed, so painful"),
    # pain that is severe keeps its level
    ("U", "my back is killing me, I can't move"),
    ("U", "this headache is killing me and won't go away with painkillers"),
    ("U", "stubbed my toe, it's really painful and now it's bent and swollen"),
    ("U", "肚子好痛，痛到直不起腰"),
    ("U", "头好痛，吃了止痛药都没用"),
    ("U", "脚趾踢到，痛到走不了路，肿得很厉害"),
]

# Minor injuries named with 好痛 / "really painful" that the rules still send to urgent:
# strict xfails with their reason (none open).
OPEN_PAIN: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(HEAVY_BLEEDING))
def test_heavy_vaginal_bleeding(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SWELLING_SWALLOWING))
def test_swelling_with_swallowing(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(OTHERS_AND_QUESTIONS))
def test_others_past_and_general_questions(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PAIN_MINOR, OPEN_PAIN))
def test_minor_injury_pain_words(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
