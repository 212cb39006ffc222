"""Set 32's categories (session 28, rules-bn): words the rules took for a different sign.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 32's rows, ``tests/data/fresh_levels_32.jsonl``):

- heatstroke told in a day's work or weather words ("roasting all day", "baking hot on the
  site", "scorching", 晒了一天) with new confusion, or hot skin that has stopped sweating with
  confusion (NHS.uk heat exhaustion and heatstroke: call 999 if confused, hot and dry and not
  sweating even while too hot, a fit or not responsive); hot weather with a headache and no
  confusion is none;
- "is it poisonous?" asked about a sting (a jellyfish, a wasp, a weever fish) is a question,
  not a poisoning (NHS.uk insect bites and stings; NHS.uk jellyfish and sea creature stings:
  rinse, vinegar or hot water, A&E only for breathing, chest pain, spreading swelling); a
  child who ate berries or drank a cleaner stays an emergency (NHS.uk poisoning);
- 抽筋 of a leg or calf at night is a cramp (NHS.uk leg cramps: see a GP if frequent), and
  抽 of tobacco told with its years (烟抽了三十年, Taiwan 菸) is smoking, not a fit; 全身抽筋
  or 抽搐 with the eyes rolled stays a fit (NHS.uk 999: a first seizure);
- a mole that has gone blotchy or patchy in colour is a mole to show the GP (NICE NG12
  1.7.2: a suspected melanoma, the weighted 7-point checklist; a two-week referral, not
  999), not the mottled skin of sepsis; a child with a fever whose skin is blotchy stays an
  emergency (NICE NG51; NHS.uk sepsis);
- a call not answered from another room with the TV turned up is hearing (NHS.uk hearing
  loss: a GP), not a conscious level (``HEARING``);
- a complication read about online ("I've read Lyme can paralyse your face") is no symptom
  (NHS.uk Lyme disease: a spreading ring after a tick bite is a GP appointment); a face that
  has dropped now stays an emergency (NHS.uk stroke, FAST).

Rows sent too low (``SAME_DAY``): a head injury said as "gave my head a good bang" on a blood
thinner (NICE NG232: anticoagulants, CT within 8 hours; the existing rule's level), and
something pushed into a child's nose or ear with the side named between (塞进右边鼻孔; NHS.uk
objects in the nose or ear: A&E or an urgent treatment centre); red skin whose red area has
grown, said in Chinese (``SPREADING_RED``; NHS.uk cellulitis: urgent GP or 111). A row sent
too high: a knee or ankle 'swelling up' is the joint, not angioedema (``JOINT_SWELLING``;
NHS.uk knee pain and joint pain).

Codes as ``tests.rule_levels``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # --- heatstroke in work or weather words (NHS.uk heat exhaustion and heatstroke: 999)
    ("E", "my dad has been mowing the field in scorching sun all afternoon, now he's confused"),
    (
        "E",
        "we've been laying bricks on a baking hot site all day and my mate is muddled and"
        " slurring, skin is red hot and dry",
    ),
    ("E", "my son was at a festival in the blazing sun, he's not making sense and not sweating"),
    ("E", "他在工地晒了一天，现在说胡话，认不得人，皮肤很烫也不出汗"),
    ("E", "我爸今天在大太阳底下干了一天农活，现在神志不清"),
    ("!E", "it's been roasting all day and I've got a mild headache, drinking plenty of water"),
    ("!E", "worked outside in the sun all day, a bit sunburnt on my neck, feel fine"),
    ("!E", "今天在太阳下晒了一天，有点头痛，喝了水好多了"),
    # --- "is it poisonous?" asked of a sting (NHS.uk insect bites and stings; jellyfish)
    ("!E", "stung by a jellyfish on my leg, it looks like red lines and stings, is it poisonous?"),
    ("!E", "a wasp stung my hand at the picnic, is it poisonous? bit swollen just there"),
    ("!E", "stood on a weever fish at the beach, really painful foot, are they poisonous?"),
    ("E", "my toddler ate some berries from the hedge, are they poisonous? he's just been sick"),
    ("E", "my son drank some bleach from the bottle under the sink"),
    ("E", "stung by a jellyfish and now my throat feels tight and I can't breathe properly"),
    # --- 抽筋 of a leg is cramp (NHS.uk leg cramps), a whole-body fit stays a fit
    ("!E", "我晚上睡觉小腿经常抽筋，要补钙吗"),
    ("!E", "游泳的时候腿抽筋了，现在好了"),
    ("!E", "半夜腳抽筋痛醒，揉一揉就好了"),
    # NHS.uk stop smoking: 抽 of years of tobacco (烟抽了二十年, Taiwan 菸) is no fit
    ("!E", "我抽烟抽了二十年，一天一包，最近老是咳嗽"),
    ("!E", "我爸菸抽了四十年，聲音沙啞兩個月了"),
    ("E", "我儿子突然全身抽筋，眼睛往上翻，叫他没反应"),
    ("E", "我爸刚才倒在地上抽搐了两分钟"),
    # --- a mole gone blotchy is a mole (NICE NG12), mottled skin with illness stays sepsis
    ("!E", "a mole on my arm has gone darker and blotchy at one edge over a few months"),
    ("!E", "the mole on my back looks patchy and mottled now, it's bigger than it was"),
    ("E", "my baby has a high temperature and her skin is blotchy and mottled, she's floppy"),
    ("E", "he's shivering, breathing fast and his legs look mottled and blue"),
    # --- a complication read about is no symptom (NHS.uk Lyme disease), FAST stays 999
    (
        "!E",
        "I had a tick bite a few weeks ago and now a spreading red ring, I've read Lyme can"
        " paralyse your face, I feel fine",
    ),
    ("E", "my mum's face has suddenly dropped on one side and her arm is weak"),
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set32_category(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


HEARING: list[tuple[str, str]] = [
    # NHS.uk hearing loss: not hearing a call from another room, the TV turned up (a GP)
    ("!E", "my dad keeps turning the telly up and is not answering when we call from the kitchen"),
    ("!E", "she doesn't answer when I call from upstairs any more and says everyone mumbles"),
    # a person who does not answer, with nothing of hearing, stays a conscious level (ACVPU)
    ("E", "my dad is on the sofa and not answering when we shake him"),
    ("E", "she's not answering and her lips look blue"),
]


@pytest.mark.parametrize(("expected", "text"), HEARING)
def test_set32_hearing(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


SAME_DAY: list[tuple[str, str]] = [
    # NICE NG232 / NHS.uk head injury: the blow said after the head, on a blood thinner
    ("U", "I take rivaroxaban and gave my head a right whack on the car boot this morning"),
    ("U", "on warfarin, gave my head a good knock on the shelf, small bump, feel fine"),
    ("L", "gave the door a good bang shut and my shoulder aches a bit"),
    # NHS.uk objects in the nose or ear: something pushed in with the side named, stuck
    ("=U", "女儿把一颗豆子塞进左边耳朵里了，拿不出来"),
    ("=U", "孩子把小纸团塞进右边鼻孔，我用镊子夹不出来"),
    ("L", "我鼻子塞住了，流鼻涕两天了"),
]


@pytest.mark.parametrize(("expected", "text"), SAME_DAY)
def test_set32_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


SPREADING_RED: list[tuple[str, str]] = [
    # NHS.uk cellulitis (red, hot, swollen skin that is spreading: urgent GP or 111)
    ("=U", "我妈右脚背从昨天开始红肿，又热又肿，今天红的范围大了很多"),
    ("=U", "佢手臂上面紅嘅範圍大咗好多，摸落好熱"),
    ("L", "蚊子咬的包有点红，范围没变大，有点痒"),
]


@pytest.mark.parametrize(("expected", "text"), SPREADING_RED)
def test_set32_spreading_red(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


JOINT_SWELLING: list[tuple[str, str]] = [
    # NHS.uk knee pain / joint pain: a joint swelling up after exercise is the joint (a GP)
    ("L", "my left ankle keeps swelling up after netball, no injury I can think of"),
    ("L", "both my knees keep swelling up after long walks, a bit stiff in the morning"),
    # the face, lips or tongue swelling up stays angioedema (NHS.uk angioedema)
    ("U", "my lips keep swelling up since I started the new blood pressure tablets"),
    ("U", "my face is swelling up after I ate the curry"),
]


@pytest.mark.parametrize(("expected", "text"), JOINT_SWELLING)
def test_set32_joint_swelling(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
