"""Whose symptom and whose condition: a message that mentions more than one person (rules-ck).

Written before the rule changes, in our own words, one group per kind of wording:

- a relative's known condition beside the writer's own symptom does not make a rule that needs
  both in one person (NICE NG234 known cancer with new back pain, NICE NG196 AF with
  dizziness, NHS.uk DKA in type 1 diabetes with vomiting), while the same words about one
  person still fire;
- a breastfeeding or newly delivered mother's own fever is not her baby's: NICE NG143's age
  band (under 3 months with 38 °C or more: emergency) applies only to the baby's own fever;
- reported speech: a sender relaying what the ill person says ("she says her chest feels
  tight", 他说他看东西重影, 佢話心口好翳) is that person's current danger, an emergency even
  when the sender adds that they themselves are fine;
- the writer well and worried about a relative's past emergency (a heart attack last year,
  以前说过) is no emergency now, while the relative having it now is.

``E`` must end ``emergency``, ``!E`` anything but, ``U`` at least urgent, ``L`` below urgent.
Before the change, at 790d23e, 29 of the 101 items were wrong (counted per group below).
One sentence was reworded before counting: 我阿爸有癌症，我自己腰好痛 became 我自己腰有点痛, as
好痛 (very painful) is urgent by its own severity whoever has the cancer.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE NG234: known cancer with new spinal pain (contact within 24 hours) is one person's
# cancer and that person's pain; a relative's cancer beside the writer's own sore back is a
# sore back. 5 of the 7 look-alikes were urgent before, and one positive missed its lay words
# ("my back is really sore": NICE CKS back pain, added to flank_pain).
CANCER_AND_BACK_PAIN: list[tuple[str, str]] = [
    ("L", "my mum has cancer and I have back pain"),
    ("L", "my dad has bowel cancer, I've had lower back pain since I lifted a box yesterday"),
    ("L", "my wife is being treated for breast cancer and my back has been sore since the gym"),
    ("L", "my sister has lymphoma. I've got back ache from sleeping on her sofa"),
    ("L", "我妈妈有癌症，我腰痛了两天"),
    ("L", "我阿爸有癌症，我自己腰有点痛"),
    ("L", "我老公有肺癌，我这几天搬东西腰痛"),
    ("U", "I have breast cancer and new back pain for a week"),
    ("U", "my mum has cancer and she has new back pain"),
    ("U", "my dad has prostate cancer and his back has started hurting"),
    ("U", "I've got myeloma and my back is really sore this week"),
    ("U", "我有癌症，最近腰背痛"),
    ("U", "我妈有癌症，她最近腰痛得厉害"),
    ("U", "我爸有肺癌，他这几天腰好痛"),
]

# NICE NG196 / NICE CKS palpitations: AF with fainting, chest pain or breathlessness is an
# emergency in the person who has the AF. 4 of the 6 look-alikes were emergencies before.
AF_AND_DIZZY: list[tuple[str, str]] = [
    ("!E", "我爸有房颤，我今天有点头晕"),
    ("!E", "my dad has AF and I felt a bit lightheaded today"),
    ("!E", "my husband has atrial fibrillation, I've been dizzy since I stood up too fast"),
    ("!E", "我奶奶有房颤，我刚才站起来有点头晕"),
    ("!E", "my mum's got AF and I came over all faint in the hot shower"),
    ("!E", "我老婆有房颤，我自己有点头晕"),
    ("E", "my dad has AF and he's just passed out"),
    ("E", "我爸有房颤，他刚才晕倒了"),
    ("E", "my mum has AF and she's fainted"),
]

# NHS.uk diabetic ketoacidosis / Diabetes UK sick-day rules: type 1 diabetes with vomiting
# (urgent) is one person's diabetes and vomiting; a type 1 parent and a sick child is a sick
# child. All 5 look-alikes were urgent before.
TYPE_1_AND_VOMITING: list[tuple[str, str]] = [
    ("L", "I'm type 1, my little one has been sick all morning"),
    ("L", "我是一型糖尿病，我儿子今天吐了几次"),
    ("L", "I have type 1 diabetes and my toddler threw up twice today, he's playing now"),
    ("L", "我有一型糖尿病，我女儿今天吐了两次，现在在玩"),
    ("L", "my husband is type 1 and I've been sick twice since the takeaway last night"),
    ("U", "I'm type 1 diabetic and I've been vomiting all morning"),
    ("U", "my son is type 1 and he has been sick all morning"),
    ("U", "我儿子是一型糖尿病，今天吐了好几次"),
    ("U", "我是一型糖尿病，今天一直吐"),
]

# NICE NG143: a baby under 3 months with a temperature of 38 °C or more is an emergency; a
# mother's own fever while she breastfeeds or soon after the birth is hers (NHS.uk mastitis,
# RCOG sepsis after pregnancy: urgent at most unless her own red flags). 7 of the 10 mothers'
# fevers were emergencies before; the babies' fevers held.
MOTHER_OR_BABY_FEVER: list[tuple[str, str]] = [
    ("!E", "I'm breastfeeding my 3 week old and I have a temperature of 38.5"),
    ("!E", "I'm breastfeeding my 6 week old baby and I've got a fever and a sore breast"),
    (
        "!E",
        "my baby is 2 months old, I'm feeding her myself and I've come down with a fever of 38.4",
    ),
    ("!E", "I had my baby 5 weeks ago and I'm running a temperature of 38, the baby is fine"),
    ("!E", "baby is 7 weeks, breastfed. I have flu, fever 38.6, body aches"),
    ("!E", "我在喂奶，宝宝6周大，我自己发烧38度5"),
    ("!E", "宝宝两个月，我喂母乳，我自己发烧了"),
    ("!E", "我生完宝宝一个月，我发烧38度"),
    ("!E", "我餵緊人奶，BB 6個禮拜，我自己發燒"),
    ("!E", "我哺乳期，宝宝才20天，我有点发烧，宝宝没事"),
    ("E", "my 3 week old has a temperature of 38.5"),
    ("E", "I'm breastfeeding and my 6 week old baby has a fever of 38.2"),
    ("E", "my baby is 2 months old and she has a temperature of 38.4"),
    ("E", "I have a cold and now my 7 week old baby has a fever"),
    ("E", "I'm feeding my 8 week old and he feels hot, I took his temperature and it's 38.3"),
    ("E", "I've had a fever for two days and now my 5 week old is burning up too"),
    ("E", "宝宝6周大，发烧38度5"),
    ("E", "我感冒了，现在宝宝6周大也发烧了"),
    ("E", "我在喂奶，两个月的宝宝发烧38度2"),
    ("E", "BB 6個禮拜，發燒38度"),
    ("E", "我发烧两天了，现在一个月的宝宝也发烧了"),
]

# Reported speech (NHS.uk chest pain, FAST stroke, anaphylaxis, sudden loss of sight: 999):
# what the ill person says is their current danger; the sender's "I'm fine" is the sender's.
# 3 of the 23 were below an emergency before.
REPORTED_SPEECH: list[tuple[str, str]] = [
    ("E", "she says her chest feels tight and she can't breathe properly"),
    ("E", "my husband says he has crushing chest pain going down his arm"),
    ("E", "my mum says she can't feel the left side of her face and her words are slurred"),
    ("E", "my boyfriend just told me he's got the worst headache of his life, it came on suddenly"),
    ("E", "dad keeps saying he can't catch his breath and his lips look blue"),
    ("E", "my son says his throat is closing up after eating peanuts"),
    ("E", "she's telling me she can't move her right arm"),
    ("E", "他说他看东西重影，说话也不清楚"),
    ("E", "我老公说他胸口很闷，像压着大石头，出冷汗"),
    ("E", "妈妈说她左边手脚没力，讲话不清楚"),
    ("E", "我儿子说他喉咙好像肿起来了，喘不过气"),
    ("E", "佢話心口好翳，喘唔到氣"),
    ("E", "阿媽話佢半邊手冇力，講嘢唔清楚"),
    ("E", "他說他胸口很悶，呼吸不過來"),
    ("E", "她說她突然看不見東西了"),
    (
        "E",
        "my friend says she has crushing chest pain and can't breathe, I'm fine but what do I do",
    ),
    ("E", "I'm ok, it's my colleague, he says his chest is crushing and he's sweating"),
    ("E", "my friend has the worst headache of her life right now, I'm fine"),
    ("E", "I'm fine, my flatmate says she suddenly can't see out of one eye"),
    ("E", "my colleague is saying he can't see anything all of a sudden, I'm ok"),
    ("E", "我同事说他突然看不见东西了，我没事"),
    ("E", "我没事，我朋友现在说她突然看不见东西"),
    ("E", "我冇事，我朋友而家話佢突然睇唔到嘢"),
]

# The writer well and worried about a relative's past emergency (no emergency now), against
# the relative having it now. 2 of the 12 hard negatives were emergencies before (以前说过).
PAST_OR_NOW: list[tuple[str, str]] = [
    ("!E", "I'm fine, just worried because my dad had a heart attack last year"),
    ("!E", "my mum had a stroke two years ago, I'm worried it could happen to me"),
    ("!E", "my brother had anaphylaxis to peanuts when he was little, I'm anxious about mine"),
    ("!E", "my husband collapsed with a cardiac arrest last year and I can't stop worrying"),
    ("!E", "I'm ok, my friend said she had a stroke last year and I worry about her"),
    ("!E", "我爸去年心梗过，我现在很担心他"),
    ("!E", "我妈两年前中风过，我担心自己也会"),
    ("!E", "我老公去年心脏骤停抢救过来，我现在总是担心"),
    ("!E", "我爸以前说过他胸口像压着石头一样痛，现在没事"),
    ("!E", "我妈以前讲过她半边手没力，后来查了没事"),
    ("!E", "阿爸舊年中過風，我好擔心"),
    ("!E", "my friend said she had crushing chest pain last month, I'm fine"),
    ("E", "my dad is having a heart attack, crushing chest pain and sweating now"),
    ("E", "my mum is having a stroke right now, her face has dropped"),
    ("E", "我爸现在胸口压着痛，出冷汗"),
    ("E", "我妈刚刚突然嘴歪了，说话不清楚"),
    ("E", "阿爸而家心口好痛，出晒冷汗"),
    ("E", "my dad had a heart attack last year and now he has crushing chest pain again"),
    ("E", "我爸去年心梗过，现在又胸口压着痛，出冷汗"),
]

# What the joined findings had stood for, read for itself once they no longer join (added with
# the change: the alllevels check showed two texts right only through a mother-and-baby join):
# RCOG Green-top 64a / NHS.uk, a fever or shivering in pregnancy is the pregnant woman's own
# (urgent, new rule pregnancy_fever); NICE NG225 / NHS.uk suicidal thoughts, the medicines of the
# house gathered together with feeling a burden (means_saved). 2 of the 6 were wrong before
# (the others were right only by the disposition layer or by the join).
READ_FOR_ITSELF: list[tuple[str, str]] = [
    ("U", "I'm 30 weeks pregnant and I've got a temperature of 38.4 and the shivers"),
    ("U", "怀孕28周，发烧38度5，一直发冷"),
    ("U", "I'm 20 weeks pregnant and running a fever, my toddler is fine"),
    (
        "E",
        "since the baby came I think everyone would be better off without me, "
        "I've gathered all the tablets in the house together",
    ),
    ("E", "生完宝宝以后总觉得家里人没有我会更好，我把家里的药都收在一起了"),
    ("E", "覺得屋企人冇咗我會好啲，我將屋企啲藥都收埋晒一齊"),
]

# RCOG Green-top 57 / NHS.uk your baby's movements: the unborn baby's movements, said of "the
# baby", are the pregnant writer's own sign (concepts marked ``fetal``), not another person's
# (added by the coordinator at the merge: rules-cm's quieter movements and this file's person
# reading together had left "I'm 29 weeks and the baby feels different today" non_urgent;
# 3 of 4 wrong on the merged rules before)
UNBORN_BABY: list[tuple[str, str]] = [
    ("=U", "I'm 29 weeks and the baby feels different today, only the odd little wriggle"),
    ("=U", "I'm 31 weeks pregnant and the baby has been quieter than usual today"),
    ("U", "我怀孕32周了，宝宝今天比平时安静，只是偶尔动一下"),
    ("U", "我懷孕30週，BB今日冇乜點郁"),
]

CASES = [
    *UNBORN_BABY,
    *READ_FOR_ITSELF,
    *CANCER_AND_BACK_PAIN,
    *AF_AND_DIZZY,
    *TYPE_1_AND_VOMITING,
    *MOTHER_OR_BABY_FEVER,
    *REPORTED_SPEECH,
    *PAST_OR_NOW,
]


# An emergency rule joins findings across persons (``clinical.red_flags._OnePerson``): session
# 34's end look found the one-person check dropping three emergencies to ``urgent`` (rules alone)
# on two held-out splits, and issue 13 asks that an emergency judged someone else's is never
# dropped silently. These look-alikes, a relative's AF beside the writer's dizziness and a
# breastfeeding mother's own fever beside her baby's age, stay at emergency (over-triage, the
# safe side) until the person reading can be trusted there.
# rules-lh (session 46, tests/test_over_triage_46.py) closed the others: a relative's AF beside
# the writer's own dizziness, a breastfeeding mother's own fever said with "I" / 我自己
EMERGENCY_STILL_JOINS = frozenset(
    {
        "baby is 7 weeks, breastfed. I have flu, fever 38.6, body aches",
    }
)


@pytest.mark.parametrize(
    ("expected", "text"),
    [
        pytest.param(
            e,
            t,
            marks=pytest.mark.xfail(strict=True, reason="an emergency rule joins across persons"),
        )
        if t in EMERGENCY_STILL_JOINS
        else (e, t)
        for e, t in CASES
    ],
)
def test_whose_symptom_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
