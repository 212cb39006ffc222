"""School-age children and teenagers (5 to 17), read as a first message with the rules alone
(rules-dy, session 40).

The writer is a parent, a teacher, a school nurse, a coach, a sleepover host or the teenager
themself (slang, minimising, hiding it from parents). Every sentence is our own, in English or
Chinese (simplified, Hong Kong Cantonese and Taiwan traditional), written from published
guidance before any rule changed; each group names its source:

1. **Fever in an older child** (NHS.uk high temperature in children; NICE CKS feverish children,
   NICE NG143's traffic lights are for the under-5s only): a well child with a temperature,
   drinking and playing, is treated at home; a fever of 5 days or more is an urgent GP or 111.
2. **Meningitis in a child, a teenager or a student** (NHS.uk meningitis): a rash that does not
   fade under a glass, a stiff neck, light hurting the eyes with a fever, drowsiness: 999 / A&E.
3. **Testicular torsion** (NHS.uk testicle pain; NICE CKS scrotal pain): sudden severe pain in a
   testicle in a teenager is A&E at once; an itchy groin is not.
4. **A head knock in PE or sport** (UK Concussion Guidelines for Non-Elite (Grassroots) Sport,
   2023; NICE NG232; NHS.uk head injury): knocked out, vomiting, a worsening headache, drowsy or
   fitting is A&E; a knock with no red flag and the child well is rest at home.
5. **Anaphylaxis at school** (RCUK 2021; NHS.uk anaphylaxis): an adrenaline auto-injector used
   is 999 even if the child is better; mild hives with no breathing sign are not.
6. **Asthma at school** (NHS.uk asthma attack; BTS/SIGN 158): a reliever not helping, too
   breathless to talk, 10 puffs and no better: 999; a wheeze settled by two puffs is not.
7. **New type 1 diabetes in a child** (NICE NG18; Diabetes UK / JDRF 4 Ts: toilet, thirsty,
   tired, thinner): same day; with vomiting, tummy pain, deep breathing or drowsiness, DKA: 999.
8. **A teenager's overdose or self-harm** (NICE NG225; TOXBASE paracetamol; NHS.uk help for
   suicidal thoughts): any paracetamol overdose is A&E even if well; a plan or the means is an
   emergency; thoughts with no plan are urgent.
9. **Eating disorders** (NICE NG69; RCPsych MEED 2022): fainting with weight loss, purging with
   palpitations or chest pain is an emergency; a worry about eating with no sign is a GP.
10. **Appendicitis** (NHS.uk appendicitis): pain moving from the belly button to the lower right,
    worse walking or coughing, is urgent (111 / GP the same day); pain spreading across the
    tummy and getting worse is 999.
11. **A sprain or a fracture after PE** (NHS.uk sprains and strains; NHS.uk broken arm or wrist,
    broken ankle): can walk on it and mild is home care; a crack, cannot bear weight, bent:
    urgent; bone through the skin: 999.
12. **Exam stress headaches, period pain, head lice, threadworms, chickenpox in a well child**
    (NHS.uk tension-type headaches, period pain, head lice and nits, threadworms, chickenpox):
    treated at home or by a pharmacist.
13. **A sleepover alcohol or vaping episode** (NHS.uk alcohol poisoning; NHS.uk vaping):
    cannot be woken, vomiting while drowsy, slow breathing: 999; sick and hungover but awake
    and eating is not.
14. **A tooth hurt in sport** (NHS.uk knocked-out tooth / dental injuries): an adult tooth knocked
    out needs a dentist or A&E at once (urgent); a chipped tooth with no pain is not.

Wrong before the change (d564d81): 9 of the 110 sentences first written (item 2: 1 of 8, a
teacher's "came in with a temperature" was no fever word; item 6: 2 of 8, Cantonese 好辛苦呼吸 was
no breathlessness and an exercise wheeze settled by two puffs read as new breathlessness; item 7:
1 of 7, "she" wetting the bed again with thirst needed a child word; item 8: 1 of 11, "think about
not being here" was no passive thought; item 10: 2 of 6, "right side low down" was no lower right
and pain "getting much worse" beside spread across the tummy was no worsening; item 13: 2 of 8,
"is drunk" was no alcohol drunk and "vaping at a party" was an allergen taken). Seventeen more
were written after the first run, in other words, while fixing (a teenager's "unalive", "kms",
紫砂 for 自杀 and their look-alikes, vomiting while half asleep after drink, the morning after, 肚子
右边下面): 11 of them were wrong before, the other six (four look-alikes) right before and
after. After: one open row (the exercise wheeze settled by the reliever, a strict xfail with its
reason).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

OLDER_CHILD_FEVER = [
    ("L", "my 8 year old has a temperature of 38.3, she's drinking fine and watching TV"),
    ("L", "son is 10, bit of a temperature since last night, eating and playing as normal"),
    ("U", "my 9 year old has had a high temperature for 5 days now"),
    ("U", "我女儿十岁，发烧已经五天了，还是三十九度"),
    ("L", "我儿子九岁，有点发烧三十八度，能吃能玩，精神很好"),
    ("L", "個仔七歲，有少少發燒，食嘢正常，仲喺度玩"),
]

MENINGITIS = [
    ("E", "my 12 year old has a fever and a rash that doesn't fade when I press a glass on it"),
    ("E", "teen daughter has a bad headache, stiff neck and the light hurts her eyes, temp 39"),
    (
        "E",
        "my son is at uni in halls, mates say he's got a headache, vomiting, stiff neck and "
        "he's really drowsy",
    ),
    (
        "E",
        "pupil came in from break with a temperature and purple spots on her legs that "
        "don't go when pressed",
    ),
    ("E", "十三岁儿子发烧，身上有红点，用玻璃杯压也不褪色"),
    ("E", "我女兒發燒、頸好硬、見光就眼痛"),
    ("E", "他在大學宿舍，發高燒、脖子僵硬、一直想睡"),
    ("L", "slept funny, my 14 year old's neck is stiff on one side, no fever, otherwise fine"),
]

TESTICLE = [
    ("E", "my 14 year old woke up with sudden really bad pain in his testicle"),
    ("E", "my balls suddenly started killing me in PE and now I feel sick"),
    ("E", "son is 15, sudden pain in one testicle and his tummy, he's been sick"),
    ("E", "十四岁儿子突然睾丸很痛，痛到呕吐"),
    ("E", "個仔突然蛋蛋好痛，痛到想嘔"),
    ("E", "我兒子睾丸突然劇痛，已經一個小時了"),
    ("L", "my 16 year old has an itchy red groin after football, no pain in his testicles"),
]

HEAD_KNOCK = [
    ("E", "my son got knocked out for a few seconds in a rugby tackle"),
    ("E", "she banged heads with another girl in netball and has been sick three times since"),
    (
        "E",
        "hit his head in PE this morning, now his headache is getting worse and he's really drowsy",
    ),
    ("E", "collided in football, knocked out briefly, now he can't remember the match"),
    ("E", "体育课撞到头，晕过去了几秒钟，现在一直吐"),
    ("E", "個仔踢波撞親個頭，暈咗一陣，依家好眼瞓"),
    ("E", "孩子打籃球撞到頭，一直吐，頭越來越痛"),
    ("L", "took a football to the head in PE, bit of a headache, otherwise completely fine"),
    (
        "L",
        "he bumped his head on the climbing frame at school, no knock out, no sick, playing "
        "normally",
    ),
    ("L", "踢球时头被轻轻碰了一下，没有晕，没有吐，现在精神很好"),
]

ANAPHYLAXIS = [
    ("E", "school nurse used her EpiPen after she ate a nut, she's much better now"),
    ("E", "we gave him his epipen at lunch, lips had swollen, he seems ok now"),
    ("E", "my 11 year old's lips are swelling and he's wheezy after a peanut cookie"),
    ("E", "学校护士给她打了肾上腺素笔，现在好多了"),
    ("E", "我女兒在學校用了腎上腺素筆，現在沒事了"),
    ("E", "佢食咗花生之後嘴唇腫，講嘢好喘"),
    ("L", "a few itchy hives on his arm after strawberries, breathing fine, lips fine"),
    ("L", "少少痕，手臂起咗幾粒風癩，呼吸正常"),
]

ASTHMA = [
    ("E", "her blue inhaler isn't helping and she can't finish a sentence"),
    ("E", "10 puffs of his reliever and no better, he's struggling to breathe"),
    ("E", "lowkey can't breathe rn and my inhaler isn't doing anything"),
    ("E", "哮喘发作，蓝色喷雾用了也没用，话都说不完整"),
    ("E", "佢哮喘，噴咗十下都冇好轉，好辛苦呼吸"),
    ("U", "my asthmatic 12 year old needs her blue inhaler every 3 hours today"),
    ("L", "slight wheeze after cross country, two puffs of his blue inhaler and he's fine"),
    ("L", "跑完步有点喘，喷了两下蓝色喷雾就好了"),
]

NEW_DIABETES = [
    ("U", "my 9 year old is always thirsty, weeing loads, tired and has lost weight"),
    ("U", "she's started wetting the bed again, drinking loads and looks thinner"),
    ("U", "孩子最近总是口渴，老上厕所，瘦了很多，很累"),
    ("U", "個女成日口渴，成日去廁所，瘦咗好多"),
    (
        "E",
        "my 10 year old has been really thirsty and weeing a lot for weeks, now vomiting "
        "and very drowsy",
    ),
    ("E", "孩子最近一直口渴尿多，今天呕吐，昏昏欲睡，呼吸很深"),
    ("L", "thirsty after football on a hot day, drank two bottles of water and feels fine"),
    # written after the first run
    ("U", "他最近又尿床了，喝好多水，瘦了"),
    ("L", "she's wetting the bed again since the new baby came, not drinking more than usual"),
]

OVERDOSE_SELF_HARM = [
    ("E", "my 15 year old took 16 paracetamol last night but says she feels fine"),
    ("E", "took like 20 paracetamol earlier lol i'm fine, please don't tell my mum"),
    ("E", "i took a whole packet of pills an hour ago, dont tell my parents"),
    ("E", "i've saved up my pills and i'm going to take them all tonight"),
    ("E", "feel like unaliving myself, got the pills ready"),
    ("E", "我吃了一整板扑热息痛，现在没什么感觉"),
    ("E", "她吃了二十顆普拿疼，說自己沒事"),
    ("E", "我今晚想自殺，藥都準備好了"),
    ("U", "my 14 year old has been cutting her arms, she says she doesn't want to die"),
    ("U", "sometimes i think about not being here but i have no plan and wouldn't do it"),
    ("U", "我有时候想死，但没有计划，也不会真的去做"),
    # written after the first run: a teenager's words online ("unalive", "kms", 紫砂 for 自杀)
    ("E", "i want to unalive myself"),
    ("E", "lowkey wanna kms, nobody would care"),
    ("E", "i dont wanna be here anymore tbh"),
    ("E", "我好想紫砂"),
    ("E", "真的好想去紫砂了"),
    ("L", "ran 5 kms at cross country and my legs ache"),
    ("S", "用紫砂锅煲汤的时候手指被烫了一下，有点红"),
    ("L", "这个壶颜色像紫砂的，我手有点烫伤"),
    ("L", "要紫砂壶还是玻璃壶，想买一个送给老师"),
]

EATING_DISORDER = [
    ("E", "my daughter has lost a lot of weight, barely eats and fainted at school today"),
    (
        "E",
        "she's been making herself sick after every meal and now her heart is racing and "
        "she has chest pain",
    ),
    ("E", "女儿一直不怎么吃饭，瘦了很多，今天在学校晕倒了"),
    ("E", "她每餐飯後都催吐，現在心跳很快，胸口痛"),
    ("L", "I think my 14 year old is skipping meals and is obsessed with her weight"),
    ("L", "我觉得十五岁的女儿太在意体重，经常不吃早餐"),
]

APPENDICITIS = [
    (
        "U",
        "pain started round his belly button and has moved to the lower right, worse when he walks",
    ),
    ("U", "my 12 year old has tummy pain on the right side low down, feels sick and off food"),
    ("U", "肚脐周围痛，后来转到右下腹，走路更痛，有点发烧"),
    ("U", "個仔右下腹好痛，行路都痛，冇胃口"),
    (
        "E",
        "her tummy pain has spread across her whole tummy and is getting much worse, she "
        "can't move",
    ),
    ("L", "bit of a tummy ache after too many sweets at a party, still running around"),
    # written after the first run
    ("U", "孩子肚子右边下面痛，想吐"),
]

SPRAIN_FRACTURE = [
    ("L", "twisted his ankle in PE, it's a bit swollen but he can walk on it"),
    ("L", "she sprained her wrist at netball, mild pain, can move it fine, ice helped"),
    ("L", "体育课扭到脚踝，有点肿，但可以走路"),
    ("U", "heard a crack when he fell in PE, can't put any weight on his ankle"),
    ("U", "she fell on her outstretched hand at gym and her wrist looks bent"),
    ("U", "打籃球跌倒，聽到啪一聲，腳完全不能著地"),
    ("E", "fell off the wall at school and the bone is sticking out of his arm"),
]

MINOR_AT_HOME = [
    ("S", "exam stress, bit of a tension headache, paracetamol helps, no other symptoms"),
    ("L", "考试压力大，头有点痛，睡一觉就好了"),
    ("S", "my 14 year old has mild period pain, ibuprofen and a hot water bottle help"),
    ("L", "十五岁女儿痛经，吃了布洛芬好多了"),
    ("S", "head lice again, the school sent a letter, she's fine otherwise"),
    ("S", "孩子头上有头虱，别的都好"),
    ("S", "孩子頭上有頭蝨，其他都好"),
    ("S", "threadworms, my 6 year old has an itchy bottom at night, otherwise well"),
    ("L", "我个仔屁股晚上好痕，见到有蛲虫"),
    ("S", "chickenpox, she's 7, spots are itchy but she's eating, drinking and playing"),
    ("S", "小孩長水痘，精神很好，有吃有喝"),
    ("U", "chickenpox, the skin around the spots is now red, hot and painful"),
]

ALCOHOL_VAPING = [
    ("E", "sleepover, one of the girls drank vodka and we can't wake her up"),
    (
        "E",
        "my son's friend is drunk, keeps being sick while half asleep and his breathing is "
        "really slow",
    ),
    ("E", "teen party, he drank a lot and is unconscious and won't wake up"),
    ("E", "佢飲咗好多酒，叫極都唔醒"),
    ("E", "他喝了很多酒，叫不醒，还一直在吐"),
    ("L", "had a couple of drinks at the sleepover, hungover this morning but eating breakfast"),
    ("L", "tried vaping at a party, felt a bit dizzy and sick, fine now"),
    ("L", "昨晚偷偷喝了点酒，今天有点宿醉，已经吃了早饭"),
    # written after the first run
    ("E", "she's drunk, keeps being sick and is half asleep"),
    ("E", "sleepover, she downed half a bottle of vodka, being sick and nodding off"),
    ("E", "他喝醉了，一直吐，半睡半醒"),
    ("L", "got drunk last night at a party, threw up once, headache this morning, eating toast"),
    (
        "L",
        "the girls were vaping at a party, she felt sick and lightheaded for ten minutes, fine now",
    ),
]

TOOTH = [
    ("U", "my 12 year old's front tooth got knocked out by a hockey stick"),
    ("U", "adult tooth knocked out in rugby, we've put it in milk"),
    ("U", "打籃球把門牙撞掉了，是恆齒"),
    ("U", "十二岁儿子踢球门牙被撞掉了"),
    ("L", "chipped a bit off his front tooth in football, no pain, no bleeding"),
    ("L", "my 6 year old's wobbly baby tooth came out when he fell, not bleeding now"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {
    "slight wheeze after cross country, two puffs of his blue inhaler and he's fine": "a wheeze "
    "is new breathlessness (breathless_new, urgent) with nothing for a reliever that settled an "
    "exercise wheeze; left open because NHS.uk asthma asks for a same-day GP after an attack even "
    "when the inhaler helped, and the line between an attack and everyday exercise symptoms is "
    "not in the words (the Chinese row reads below urgent)",
}


@pytest.mark.parametrize(("code", "text"), with_open(OLDER_CHILD_FEVER, OPEN_ROWS))
def test_older_child_fever(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(MENINGITIS, OPEN_ROWS))
def test_meningitis(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TESTICLE, OPEN_ROWS))
def test_testicle(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HEAD_KNOCK, OPEN_ROWS))
def test_head_knock_in_sport(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ANAPHYLAXIS, OPEN_ROWS))
def test_anaphylaxis_at_school(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ASTHMA, OPEN_ROWS))
def test_asthma_at_school(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(NEW_DIABETES, OPEN_ROWS))
def test_new_type_1_diabetes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(OVERDOSE_SELF_HARM, OPEN_ROWS))
def test_overdose_and_self_harm(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EATING_DISORDER, OPEN_ROWS))
def test_eating_disorder(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(APPENDICITIS, OPEN_ROWS))
def test_appendicitis(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SPRAIN_FRACTURE, OPEN_ROWS))
def test_sprain_or_fracture(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(MINOR_AT_HOME, OPEN_ROWS))
def test_minor_at_home(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ALCOHOL_VAPING, OPEN_ROWS))
def test_alcohol_or_vaping(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TOOTH, OPEN_ROWS))
def test_tooth_hurt_in_sport(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
