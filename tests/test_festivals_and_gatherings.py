"""Festivals and gatherings, by kind (rules-if, session 43).

Christmas, Lunar New Year, Mid-Autumn, weddings, banquets, barbecues, fireworks, too much food
or drink, hot-pot and shellfish, relatives visiting and services closed for the holiday. Each
sentence is our own, in English or Chinese (simplified, Hong Kong Cantonese, Taiwan usage),
written from the published guidance named in its group's comment before the rules were run,
and read as a first message with the rules alone:

1. **Anaphylaxis at a meal** (NHS.uk anaphylaxis; RCUK 2021): swelling of the lips, tongue or
   throat with breathing trouble or faintness after food is 999.
2. **Alcohol poisoning** (NHS.uk alcohol poisoning): can't be woken, slow or irregular
   breathing, vomiting while not fully awake, a seizure: 999. A hangover is self-care (NHS.uk
   hangover).
3. **Fireworks** (NHS.uk burns and scalds; NHS.uk eye injuries): a firework in the eye is
   A&E; a burn to the face or airway, a hoarse voice or soot round the mouth is 999; a small
   burn cooled under water is self-care.
4. **Carbon monoxide from charcoal or a barbecue used indoors** (NHS.uk carbon monoxide
   poisoning): several people in one room with headache, dizziness and sickness: leave and
   get help (at least urgent); confusion or collapse is 999.
5. **Food poisoning** (NHS.uk food poisoning): self-care, unless blood in the poo, signs of
   dehydration, or more than 7 days.
6. **Chest pain after a heavy meal with sweating or spreading** (NHS.uk heart attack; NICE
   CG95): 999, never read as indigestion.
7. **Choking on food at a banquet** (RCUK choking): can't breathe, speak or cough is 999.
8. **Gout flare after a feast** (NHS.uk gout; NICE CKS gout): a GP, not an emergency.
9. **Near misses** both ways: overeating discomfort that eased, a mild hangover, a relative's
   old allergy asked about, "the fireworks nearly gave me a heart attack" said loosely.

Wrong before the change (96ce9ba): 7 of 60 (item 1: 1 of 7, a faint said as "went faint";
item 3: 3 of 9, a firework in the eye and a burn with a hoarse voice or soot round the mouth;
item 4: 2 of 6, several people with headache, dizziness and sickness round a barbecue indoors;
item 5: 1 of 7, 吃完喜酒 read as an allergy's trigger). After: none open. Seven sentences written
after the change around the words it added (AFTER_THE_CHANGE) read right but one, firework smoke
making the eyes water, an eye object before (``eye_penetrating``), now excluded.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# 1. NHS.uk anaphylaxis; RCUK 2021 emergency treatment of anaphylaxis
ANAPHYLAXIS_AT_A_MEAL = [
    (
        "E",
        "ate prawns at the Christmas party and now my lips and tongue are swelling and I "
        "can't breathe properly",
    ),
    ("E", "my uncle had satay at the wedding, his throat feels tight and he's wheezing"),
    ("E", "after the crab at the banquet her lips swelled up and she went faint"),
    ("E", "年夜饭吃了虾之后嘴唇和舌头都肿了，喘不过气"),
    ("E", "饮宴食完蟹，佢條脷腫晒，抖唔到氣"),
    ("E", "尾牙吃了花生，喉嚨好緊，呼吸困難，快昏倒了"),
    ("E", "吃了月饼里的坚果，脸和嘴唇肿起来，头晕想晕倒"),
]

# 2. NHS.uk alcohol poisoning; NHS.uk hangover
ALCOHOL = [
    (
        "E",
        "my brother drank a whole bottle of vodka at the new year party and we can't wake him up",
    ),
    ("E", "friend passed out after the wedding drinks, breathing really slow and irregular"),
    (
        "E",
        "she's been sick while she's still half asleep after drinking all night at the "
        "Christmas do",
    ),
    ("E", "he had way too much to drink at the party and now he's having a fit"),
    ("E", "喝酒喝到叫不醒，呼吸很慢"),
    ("E", "飲大咗，點叫都叫唔醒，仲嘔緊"),
    ("E", "尾牙喝太多酒，現在叫不醒，呼吸很不規則"),
    ("L", "bit of a hangover after the Christmas party, headache and thirsty"),
    ("L", "宿醉，头有点痛，口渴"),
    ("L", "昨晚飲多咗，今朝頭痛，想問點樣解酒"),
]

# 3. NHS.uk burns and scalds; NHS.uk eye injuries
FIREWORKS = [
    ("E", "a firework went off in my son's face and hit his eye, he can't open it"),
    ("E", "firework exploded near his face, his voice is hoarse and there's soot round his mouth"),
    ("E", "burnt face from a firework, coughing and his voice has gone croaky"),
    ("E", "放烟花炸到眼睛，看不清楚"),
    ("E", "放煙花燒到塊面，把聲沙晒，嘴邊黑晒"),
    ("E", "放鞭炮炸傷眼睛，眼睛流血"),
    (
        "L",
        "small burn on my finger from a sparkler, held it under cold water for 20 "
        "minutes, a bit red",
    ),
    ("L", "放烟花手指烫到一点点，冲了冷水，有点红"),
    ("L", "玩仙女棒手指被燙到一小塊，已經沖冷水了"),
]

# 4. NHS.uk carbon monoxide poisoning
CARBON_MONOXIDE = [
    (
        "U",
        "we had a charcoal barbecue in the garage because of the rain and now four of us "
        "have headaches, feel dizzy and sick",
    ),
    ("U", "打边炉用炭炉，一屋人都头痛头晕想呕"),
    ("U", "在屋里用炭火锅，全家人都头痛、头晕、恶心"),
    ("U", "室內烤肉，大家都頭痛頭暈想吐"),
    ("E", "charcoal barbecue indoors, my dad is confused and my mum collapsed"),
    ("E", "屋里烧炭打火锅，奶奶晕倒了叫不醒"),
]

# 5. NHS.uk food poisoning
FOOD_POISONING = [
    (
        "L",
        "think I got food poisoning from the buffet, been sick twice and have diarrhoea "
        "since last night",
    ),
    ("L", "吃完喜酒拉肚子，吐了两次"),
    ("L", "食完團年飯肚屙，嘔咗一次"),
    ("U", "food poisoning from the barbecue chicken and now there's blood in my poo"),
    ("U", "食物中毒之后大便有血"),
    ("N", "diarrhoea since Christmas eve, that's 8 days now and not getting better"),
    (
        "U",
        "food poisoning from the party, can't keep any water down, hardly peed all day "
        "and dizzy when I stand",
    ),
]

# 6. NHS.uk heart attack; NICE CG95 chest pain
HEAVY_MEAL_CHEST_PAIN = [
    (
        "E",
        "after the big Christmas dinner I've got crushing chest pain going into my left "
        "arm, I'm sweating, is it just indigestion?",
    ),
    ("E", "ate too much at the banquet, chest pain spreading to my jaw and cold sweat"),
    ("E", "年夜饭吃多了，胸口很痛，出冷汗，痛到左手"),
    ("E", "食完飯心口好痛，痛到落膊頭，出晒冷汗，係咪消化不良"),
    ("E", "吃太飽以後胸口悶痛，冒冷汗，痛到下巴"),
]

# 7. RCUK choking
CHOKING = [
    (
        "E",
        "my grandad is choking on a piece of meat at the wedding dinner, he can't speak or cough",
    ),
    ("E", "食年糕哽住咗，講唔到嘢，唔識咳"),
    ("E", "吃汤圆噎住了，不能说话也咳不出来"),
]

# 8. NHS.uk gout; NICE CKS gout
GOUT = [
    (
        "!E",
        "after the new year feasting my big toe is red, swollen and very painful, I've "
        "had gout before",
    ),
    ("!E", "吃完海鲜火锅喝啤酒，痛风又发作了，大脚趾很痛"),
    ("!E", "食完海鮮痛風又發，腳趾公好痛"),
    ("N", "big toe joint swollen and painful after a seafood feast, probably gout"),
]

# 9. Near misses both ways
NEAR_MISSES = [
    (
        "L",
        "ate way too much at Christmas dinner, felt bloated and uncomfortable but it's "
        "eased off now",
    ),
    ("L", "中秋吃了太多月饼，肚子胀，现在好多了"),
    ("L", "過年食得太多，個肚好脹，而家冇事喇"),
    ("!E", "my aunt had a nut allergy years ago, is it safe to give her the Christmas pudding?"),
    ("!E", "我表妹以前对虾过敏，年夜饭能不能吃虾？"),
    ("!E", "the fireworks at midnight nearly gave me a heart attack lol"),
    ("!E", "放煙火嚇死我了，差點心臟病發"),
    ("L", "GP closed over Christmas, need to know how to treat a mild cold"),
    ("L", "过年诊所都关门了，有点感冒流鼻涕怎么办"),
]

# Written after the change (rules-if), around the words it added: shellfish named, a barbecue
# outdoors (food poisoning, not carbon monoxide), a voice lost shouting at fireworks.
AFTER_THE_CHANGE = [
    ("E", "had lobster at the wedding, now my lips are swelling and I feel dizzy"),
    ("E", "吃了生蚝之后嘴唇肿了，头好晕"),
    ("!E", "barbecue in the garden yesterday, now three of us have been sick with diarrhoea"),
    ("!E", "烧烤之后我们几个人都拉肚子"),
    ("!E", "lost my voice shouting at the fireworks, a bit hoarse today"),
    ("!E", "the firework smoke made my eyes water a bit, fine now"),
    ("L", "吃完年夜饭有点想吐，肚子胀"),
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(ANAPHYLAXIS_AT_A_MEAL, OPEN_ROWS))
def test_anaphylaxis_at_a_meal(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ALCOHOL, OPEN_ROWS))
def test_alcohol(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FIREWORKS, OPEN_ROWS))
def test_fireworks(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CARBON_MONOXIDE, OPEN_ROWS))
def test_carbon_monoxide(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FOOD_POISONING, OPEN_ROWS))
def test_food_poisoning(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HEAVY_MEAL_CHEST_PAIN, OPEN_ROWS))
def test_heavy_meal_chest_pain(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHOKING, OPEN_ROWS))
def test_choking(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(GOUT, OPEN_ROWS))
def test_gout(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(NEAR_MISSES, OPEN_ROWS))
def test_near_misses(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_THE_CHANGE, OPEN_ROWS))
def test_after_the_change(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
