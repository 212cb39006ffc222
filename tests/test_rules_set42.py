"""Set 42's kinds, both languages: a sender who compares with something known, names a
practical obstacle or asks for reassurance with a leading guess, none of which sets the level.
The kinds: an overdose taken by someone else who "says she's fine now"; an adult's strip of
heart or blood-pressure tablets swallowed by mistake, counted as 一板十几粒; a Bell's palsy
with the arms and legs said "totally fine"; early-pregnancy spotting with a "niggly" pain;
furniture "taken apart" (拆了) that the pinyin-slip repair read as tablets eaten (吃了); a
mother's own calf swollen and warm (摸着发热) days after the birth (生完孩子第十天); an earlier
episode's span told to compare (那次三天就好了).

Written by rules-ci (session 33). The sentences are this file's own, each from the published
source named above its list:

- NHS.uk paracetamol overdose and NHS overdose advice (go to A&E even if you feel well: the
  damage shows later); NICE NG225 Self-harm: an overdose said "fine now" by the one who took it;
- TOXBASE / NPIS calcium-channel and beta blockers, sulfonylureas (a strip taken at once is an
  overdose to assess in hospital); NHS overdose advice (more than the recommended dose: A&E);
- NICE CKS Bell's palsy (a one-sided facial palsy taking in the forehead, with no other
  neurological sign: same-day assessment, not 999);
- NICE NG126 Ectopic pregnancy and miscarriage (spotting with mild pain in early pregnancy:
  EPAU the same day; 999 for severe pain, shoulder-tip pain, faintness or heavy bleeding);
- NICE CG178 Psychosis (a new psychosis with no risk to self or others: urgent referral);
- NHS.uk DVT (a swollen, painful calf with warm skin: urgent GP or 111) and RCOG Green-top 37b
  (thromboembolism after the birth): a mother's own calf, not her baby's fever;
- NHS.uk fever in children and NICE NG143 (a fever for 5 days or more): the span of an earlier
  episode told to compare (那次三天就好了) is not this one's;
- NICE CKS Sore throat - acute (suspected quinsy: trismus, a muffled voice; same-day
  assessment): the mouth opening only a little (只能張開一點點), a voice 像含著東西.

Wrong before the rule changes: 13 of 23 (run on 4f75044's rules); the mother's calf, added
after 217a5e1: 2 of 4; the earlier episode's span: 3 of 4;
quinsy in lay words: 1 of 4.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk paracetamol overdose (A&E even if you feel well); a normal dose is no overdose
OVERDOSE_SAID_FINE_NOW: list[tuple[str, str]] = [
    (
        "E",
        "my mate took a load of paracetamol like 20 maybe more about 2 hrs ago after a massive "
        "row w her bf. shes says shes fine now and feels normal and is begging me not to tell "
        "anyone. shes 17. what do i do",
    ),
    ("E", "my friend took 16 paracetamol about an hour ago, she says she's fine now"),
    ("E", "my flatmate swallowed loads of his sleeping tablets tonight, he says he's fine now"),
    ("E", "我朋友两个小时前吞了二十多片扑热息痛，她说她现在没事，叫我别告诉别人"),
    ("E", "同事說佢頭先食咗三十粒必理痛，佢話而家冇事，唔使理佢"),
    ("L", "my mate took two paracetamol for her headache this morning, she's fine now"),
]

# TOXBASE / NPIS: an adult's strip of blood-pressure or diabetes tablets taken by mistake
STRIP_TAKEN_BY_MISTAKE: list[tuple[str, str]] = [
    ("E", "奶奶把我的降压药当维生素吃了，一板十几粒，半小时前，现在说头晕，应该没事吧？"),
    ("E", "爷爷把降糖药当成钙片吃了，一板十几片，刚刚才发现"),
    ("E", "我爸把我妈的降血压药当维他命食咗，一板十几粒，係咪冇事？"),
    ("E", "my nan took about 12 of my blood pressure tablets thinking they were her vitamins"),
    ("!E", "奶奶把降压药当维生素吃了一粒，现在没什么不舒服"),
]

# NICE CKS Bell's palsy: the forehead taken in, the limbs and speech said normal with an adverb
BELLS_PALSY_LIMBS_SAID_FINE: list[tuple[str, str]] = [
    (
        "=U",
        "Woke up and the right side of my face won't move. Can't close my right eye properly, "
        "can't raise that eyebrow, and my smile goes lopsided. Arms and legs are totally fine, I "
        "can talk normally, no headache. I did the FAST thing off the NHS poster and it's only "
        "my face. It's not a stroke, is it?",
    ),
    (
        "=U",
        "left side of my face has dropped since this morning, can't raise my eyebrow on that "
        "side, arms and legs are completely fine and I can talk normally",
    ),
    (
        "=U",
        "my face is drooping on the right, can't wrinkle my forehead on that side either, arms "
        "and legs are perfectly fine, speech is normal",
    ),
    ("E", "my face is drooping on the right and my right arm is weak, speech is slurred"),
]

# NICE NG126: spotting with a mild (niggly) pain in early pregnancy is the EPAU's the same day
NIGGLY_PAIN_WITH_SPOTTING: list[tuple[str, str]] = [
    (
        "=U",
        "I found out I'm pregnant last week, about 6 weeks I think. Since this morning I've had "
        "a niggly pain low down on my left side and some brown spotting. No pain in my shoulder "
        "and I don't feel faint. I'm on a 12 hour shift at the warehouse till 8 tonight and my "
        "manager won't like me leaving.",
    ),
    ("=U", "7 weeks pregnant, a niggling pain on my right side and a little brown spotting today"),
    ("=U", "about 8 weeks pregnant, some light spotting and a niggly ache low in my tummy"),
    ("E", "6 weeks pregnant, bleeding and severe pain on one side, I feel faint"),
]

# NICE CG178: a new psychosis with no risk said; 拆了 (taken apart) is no tablet swallowed
TAKEN_APART_NOT_EATEN: list[tuple[str, str]] = [
    (
        "=U",
        "我男盆友这两天都没怎么睡觉，一直说邻居再监视他，手机被人窃听了，把家里插座都拆了找窃听器，"
        "说话也有点乱。我问他他说他没想伤害自己也不会伤害别人。他也没吸du，没喝酒。",
    ),
    ("L", "我老公周末把家里的柜子都拆了重新装，搬东西的时候腰有点酸"),
    ("L", "儿子把玩具车全拆了，手指被螺丝划了一个小口子，不怎么流血"),
    ("E", "我男朋友把家里的安眠药都吃了，叫不醒"),
]

# NHS.uk DVT, RCOG Green-top 37b: a mother's own calf, swollen and warm days after the birth
MOTHERS_CALF_WARM_AFTER_THE_BIRTH: list[tuple[str, str]] = [
    (
        "=U",
        "我生完孩子第十天，顺产。这两天左边小腿越来越肿，比右边粗了一圈，摸着发热，走路的时候小腿肚子胀痛，"
        "按着也痛。不喘气，胸口也不痛，就是腿难受。我婆婆说坐月子不能出门，吹了风会落下病根，老公也说等满月"
        "再去看，可是我在网上看到说生完孩子容易有血栓，心里有点慌。家里就我和婆婆带孩子，出门也不方便。",
    ),
    ("=U", "我生完孩子第七天，右边小腿肿得厉害，摸着发热，走路痛"),
    ("=U", "I had my baby 10 days ago, my left calf has swollen up and feels hot to touch"),
    ("E", "宝宝出生第十天，摸着发烫，量了三十八度三"),
]

# NHS.uk fever in children, NICE NG143: an earlier episode's span told to compare is not this one's
EARLIER_EPISODE_SPAN: list[tuple[str, str]] = [
    (
        "S",
        "我女儿三岁，昨天开始有点发烧，最高三十八度二，鼻涕多。精神挺好的，在家跑来跑去玩，吃饭喝水都正常，"
        "尿也正常，没有皮疹。跟上个月幼儿园传的那次感冒一样，那次三天就好了。",
    ),
    ("L", "儿子昨天开始咳嗽流鼻涕，有点低烧三十七度八，跟上次感冒一样，上次四天就好了，精神很好"),
    (
        "L",
        "my son has had a cold since yesterday, temp 38, same as last time when it cleared up in "
        "4 days, he's playing happily",
    ),
    ("U", "个女发烧五日都未退，上次三日就好咗"),
]

# NICE CKS Sore throat - acute (quinsy): the mouth opening only a little, a muffled voice
QUINSY_IN_LAY_WORDS: list[tuple[str, str]] = [
    (
        "=U",
        "去年也扁桃腺發炎過，吃藥幾天就好了。可是這次右邊喉嚨痛得特別厲害，吞口水都痛到流眼淚，"
        "嘴巴只能張開一點點，講話聲音蠻奇怪的像含著東西，發燒三十八度五。呼吸還好，水可以慢慢吞。",
    ),
    ("=U", "喉咙右边痛得厉害，嘴巴只能张开一点点，说话像含着东西，发烧三十八度"),
    (
        "=U",
        "really bad sore throat on the left, I can only open my mouth a little and my voice is "
        "muffled",
    ),
    ("L", "sore throat for two days, a bit hoarse, eating and drinking fine"),
]

CASES = (
    OVERDOSE_SAID_FINE_NOW
    + STRIP_TAKEN_BY_MISTAKE
    + BELLS_PALSY_LIMBS_SAID_FINE
    + NIGGLY_PAIN_WITH_SPOTTING
    + TAKEN_APART_NOT_EATEN
    + MOTHERS_CALF_WARM_AFTER_THE_BIRTH
    + EARLIER_EPISODE_SPAN
    + QUINSY_IN_LAY_WORDS
)


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set42_kinds_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
