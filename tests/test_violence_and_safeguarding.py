"""Violence and safeguarding, by kind (rules-ie, session 43).

Our own sentences, in English, simplified Chinese, Hong Kong Cantonese and Taiwan usage, as a
person, a friend, a neighbour, a teacher or a relative writes them (often minimised or hinted),
read as a first message with the rules alone. Each group names the guidance it follows and the
level that guidance gives:

1. **Non-fatal strangulation** (FFLM non-fatal strangulation in physical and sexual assault; the
   Institute for Addressing Strangulation, IFAS, medical guidance; RCEM): a loss of
   consciousness, a changed voice, difficulty or pain swallowing, difficulty breathing, neck
   pain or swelling, petechiae (red spots in the eyes or face) or incontinence after a hand, an
   arm or a ligature on the neck: emergency assessment now (E); a strangulation with none of
   them: a medical assessment the same day (=U).
2. **A head injury after an assault** (NICE NG232: a loss of consciousness, vomiting, loss of
   memory, a seizure or drowsiness after a head injury: A&E, E); a punch to the face with none
   of them is not an emergency (!E).
3. **A stab or glass wound, bleeding that will not stop** (NHS.uk: 999 for a stab wound to the
   chest, tummy or neck, or bleeding that is spurting or does not stop with pressure; Manchester
   Triage System: exsanguinating haemorrhage, penetrating trauma): E.
4. **A person in immediate danger** (NHS.uk domestic abuse: if you are in immediate danger,
   call 999): E.
5. **A recent sexual assault** (NHS.uk help after rape and sexual assault: a sexual assault
   referral centre, emergency contraception and HIV PEP within 72 hours: the same day, =U;
   injured and bleeding heavily: 999, E).
6. **Domestic abuse or coercive control disclosed with no injury, fear of going home, a child
   or an older person who may be harmed, told by someone else** (NHS.uk domestic abuse, NICE
   PH50 domestic violence and abuse, NICE CG89: advice and a referral, not an emergency by
   itself): !E; a bruise on a baby not yet moving about (NICE CG89 child maltreatment:
   bruising in a child who is not independently mobile; an assessment the same day): U.
7. **Near misses** (an old bruise asked about calmly, "I could kill him" said loosely about a
   sibling, a fight or a stabbing in a video game, a past assault long healed): below urgent.

Wrong before the change (96ce9ba): 10 of 59 (group 2: 2 of 9, group 3: 1 of 9, group 4: 4 of 4,
group 6: 2 of 11, group 7: 1 of 8).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

STRANGULATION = [
    (
        "E",
        "my boyfriend strangled me last night and now my voice is hoarse and it hurts to swallow",
    ),
    ("E", "he had his hands round my throat until I blacked out, I feel ok now though"),
    ("E", "my ex choked me during an argument, I wet myself and my neck is really sore"),
    ("E", "partner squeezed my neck hard and now there are tiny red spots round my eyes"),
    ("E", "he put his arm round my neck from behind, now I'm struggling to breathe"),
    ("E", "he choked me yesterday, my neck really hurts today and my voice sounds different"),
    (
        "=U",
        "he grabbed me by the throat earlier but let go quickly, no other symptoms, just shaken",
    ),
    ("E", "男朋友昨晚掐我脖子，我晕过去了一下，现在声音沙哑"),
    ("E", "老公掐住我的脖子，现在吞口水都痛"),
    ("E", "佢箍住我條頸，我暈咗一陣，而家講嘢把聲沙晒"),
    ("E", "男友昨天勒住我的脖子，今天脖子很痛，眼睛有小紅點"),
    ("=U", "前夫剛剛掐我脖子，不過很快就放開了，現在沒有什麼不舒服"),
]

HEAD_AFTER_ASSAULT = [
    (
        "E",
        "got punched in the head outside a pub, knocked out for a minute and I've been sick twice",
    ),
    (
        "E",
        "my son was jumped after school and kicked in the head, he can't remember what "
        "happened and keeps being sick",
    ),
    ("E", "he was hit over the head with a bottle and now he's really drowsy"),
    ("E", "my friend got punched at a party, hit his head on the floor, then had a fit"),
    (
        "!E",
        "got punched in the face last night, nose is sore but no blackout, not sick, I "
        "remember everything",
    ),
    ("E", "被人打到头，晕过去了，现在一直吐"),
    ("E", "佢喺街度俾人打咗個頭，之後唔記得發生咩事，仲嘔咗兩次"),
    ("E", "我弟弟被人打頭，現在一直想睡，叫不太醒"),
    ("!E", "昨天被人打了一拳在脸上，有点肿，没有晕，也没有吐"),
]

WOUNDS = [
    ("E", "my brother's been stabbed in the stomach"),
    ("E", "he got stabbed in the chest at a party, he's still talking"),
    ("E", "someone glassed my mate in the neck and it's bleeding loads"),
    ("E", "got glassed in a fight, the cut on my arm is spurting blood"),
    (
        "E",
        "cut from a broken bottle in a fight won't stop bleeding even with pressure for 10 minutes",
    ),
    ("E", "佢俾人用刀插咗個肚"),
    ("E", "我朋友被人捅了一刀，在胸口"),
    ("E", "被人用啤酒瓶打破頭，血一直流止不住"),
    ("E", "打架时被玻璃割到手臂，血喷出来"),
]

IMMEDIATE_DANGER = [
    ("E", "he's outside banging on the door saying he'll kill me, I'm hiding in the bathroom"),
    ("E", "my dad is drunk and has a knife and says he is going to hurt my mum right now"),
    ("E", "我老公拿着刀说要杀了我，我躲在房间里"),
    ("E", "佢而家拎住刀喺門口話要斬死我"),
    # set 61's English rows' own threat rule, one rule since the merge (rules-ib)
    ("E", "my partner is banging on the door saying he's going to kill me"),
    ("E", "他在门外砸门，说要杀了我"),
    ("!E", "mum will kill me when she sees the car lol"),
]

SEXUAL_ASSAULT = [
    ("=U", "I was raped last night, I don't want the police but I'm worried about pregnancy"),
    (
        "=U",
        "my flatmate says she was sexually assaulted yesterday, she needs the morning after pill",
    ),
    ("E", "I was raped an hour ago and I'm bleeding heavily from down there, it won't stop"),
    ("=U", "昨晚被人强奸了，不想报警，但怕怀孕和艾滋病"),
    ("=U", "我琴晚俾人性侵，想知道去邊度睇"),
    ("=U", "前天晚上被學長性侵，要不要吃事後避孕藥"),
]

SAFEGUARDING_NO_INJURY = [
    (
        "!E",
        "my husband controls all the money and checks my phone, I'm not hurt but I'm scared of him",
    ),
    ("!E", "my partner shouts and threatens me but has never hit me, who can I talk to"),
    ("!E", "I'm scared to go home tonight because he gets angry when he drinks"),
    (
        "!E",
        "a pupil told me her stepdad hits her with a belt, she has old marks on her legs "
        "but is fine in class",
    ),
    ("!E", "I think the carer at mum's care home is rough with her, she has a bruise on her arm"),
    ("!E", "老公不让我见朋友，控制我的钱，还经常骂我，我该怎么办"),
    ("!E", "我男朋友成日查我電話，唔俾我出街，我好驚"),
    ("!E", "我不敢回家，爸爸喝醉就會打人"),
    ("!E", "隔篱小朋友成日俾佢阿爸打，今日见佢手臂有瘀青"),
    (
        "U",
        "my neighbour's 4 month old baby has bruises on his face and she says he fell off the sofa",
    ),
    ("U", "邻居家4个月大的宝宝脸上有好几块瘀青，说是自己撞的"),
]

NEAR_MISSES = [
    ("L", "I have an old bruise on my shin from last month that's gone yellow, is that normal"),
    ("L", "my little brother keeps taking my stuff, I could kill him lol"),
    (
        "L",
        "my character got stabbed in a video game fight last night haha, in real life I "
        "just have a bit of a sore throat",
    ),
    (
        "L",
        "I was assaulted two years ago, the injuries healed long ago, I just want to talk"
        " to someone about my sleep",
    ),
    ("L", "我妹成日偷用我嘅化妝品，我真係想殺咗佢"),
    ("L", "上个月撞到的淤青现在变黄了，正常吗"),
    ("L", "三年前被家暴过，伤早就好了，现在想找心理咨询"),
    ("L", "昨晚打遊戲被人捅了一刀，角色死掉了，哈哈，現在只是有點鼻塞"),
]

OPEN: dict[str, str] = {}

ROWS = (
    STRANGULATION
    + HEAD_AFTER_ASSAULT
    + WOUNDS
    + IMMEDIATE_DANGER
    + SEXUAL_ASSAULT
    + SAFEGUARDING_NO_INJURY
    + NEAR_MISSES
)


@pytest.mark.parametrize(("code", "text"), with_open(ROWS, OPEN))
def test_violence_and_safeguarding(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
