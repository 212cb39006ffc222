"""Kitchen and cooking at home, both directions (rules-jf, session 44).

Our own sentences, in English and Chinese (simplified, Hong Kong Cantonese, Taiwan usage), read
as a first message with the rules alone. Each group names the published page it was written
from:

1. **Cuts** (NHS.uk cuts and grazes: 999 / A&E for bleeding that will not stop with pressure, a
   part cut off, numbness or a finger that will not move; a small cut that stopped bleeding is
   treated at home).
2. **Burns and scalds** (NHS.uk burns and scalds; British Burn Association referral: a burn
   larger than the hand, white or charred skin, blisters on the face, hands, feet or genitals, a
   child's blistered scald, a chemical burn: A&E; a small red burn cooled under the tap for 20
   minutes is treated at home).
3. **Foraged mushrooms and wild plants** (NHS.uk poisoning; TOXBASE mushrooms: a wild mushroom
   eaten is assessed the same day, symptoms or not).
4. **Food poisoning** (NHS.uk food poisoning: treated at home with fluids; 111 for bloody
   diarrhoea, vomiting more than 2 days, cannot keep fluids down, signs of dehydration).
5. **Choking at the table** (Resuscitation Council UK choking: cannot speak, breathe or cough,
   turning blue: 999; a cough that cleared it is no emergency).
6. **A fish bone stuck** (NHS.uk something stuck in your throat: A&E when it hurts to swallow,
   you cannot swallow or drool; a scratchy feeling that passed is not).
7. **Cleaning products mixed or splashed** (NHS.uk poisoning, TOXBASE chlorine / chloramine gas
   from bleach with acid or ammonia: breathing trouble 999; a splash in the eye: A&E; a whiff
   aired out with no symptoms is not).
8. **Gas hob, a smell of gas, carbon monoxide** (NHS.uk carbon monoxide poisoning: headache,
   dizziness, sickness in the household, collapse; the National Gas Emergency line for a smell
   of gas with no symptoms, not a clinician).

Wrong before the change (5e2ec9a): 10 of 99 (cuts 1 of 13: a fingertip shaved off said in
Chinese, 削掉; burns 2 of 21: oven cleaner on the skin, a whole palm blistered in Chinese;
foraged 4 of 10: 野菇 twice, a plant taken for wild garlic, a dishwasher tablet in Cantonese;
fish bone 1 of 7: a feeling gone after bread stayed urgent; gas 2 of 13: a smell of gas with the
whole family ill, one person ill by a gas stove and better out of the house). Food poisoning,
choking and cleaning products 0 of 35: already read at their levels. After: none open.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

CUTS = [
    # NHS.uk cuts and grazes
    (
        "E",
        "knife slipped while chopping onions, deep cut in my palm, blood pouring out, "
        "pressed it for 10 minutes and it won't stop",
    ),
    ("U", "sliced the tip of my finger off on the mandoline"),
    ("U", "cut my finger on the bread knife and now I can't feel the tip of my finger"),
    ("U", "caught my hand on the blender blade, deep cut, I can see something white in it"),
    ("E", "切菜的时候刀滑了，手掌割了很深的口子，按了十分钟血还是止不住"),
    ("E", "切菜𠝹亲手，血一直喷出嚟，按住都止唔到"),
    ("U", "用刨絲器刨到手指，指尖整塊被削掉了"),
    # hard negatives: small cut, stopped bleeding
    (
        "L",
        "small cut on my finger from a kitchen knife, pressed it and it stopped "
        "bleeding, put a plaster on",
    ),
    (
        "L",
        "nicked my thumb peeling potatoes, stopped bleeding after a minute, just want to "
        "know how to keep it clean",
    ),
    ("L", "切菜切到手指，一个小口子，按了一下就不流血了，贴了创可贴"),
    ("L", "切菜整親手指，小小損，按住一陣已經冇再流血"),
    ("L", "削水果不小心劃到手指，小傷口，已經止血了"),
    ("L", "cut my finger opening a tin, tiny cut, bleeding stopped by itself"),
]

BURNS = [
    # NHS.uk burns and scalds; British Burn Association referral
    (
        "U",
        "hot oil from the frying pan splashed all over my forearm, big blisters the size "
        "of my hand",
    ),
    ("U", "grabbed the hot pan handle, the whole palm of my hand is blistered"),
    ("E", "my 2 year old pulled the kettle down, boiling water on his chest, skin is blistering"),
    (
        "E",
        "chip pan caught fire, burnt my face, my voice has gone hoarse and there's soot in my nose",
    ),
    ("U", "splashed oven cleaner on my arm, the skin is burning and going white"),
    ("U", "burnt my hand on the oven, the skin looks white and leathery and doesn't hurt"),
    ("E", "油锅起火，脸被烧伤了，声音变沙哑，鼻子里有黑灰"),
    ("E", "两岁的孩子打翻了热水壶，开水烫到胸口，起了很多水泡"),
    ("U", "炸东西的时候热油溅到手臂，起了一大片水泡，比手掌还大"),
    ("E", "個仔兩歲，打瀉咗煲滾水，淥親心口，起晒水泡"),
    ("U", "煮飯時被熱油噴到手，整個手掌起水泡"),
    ("E", "小孩打翻熱水瓶，燙到肚子，皮膚起水泡"),
    # hard negatives: a small burn cooled under the tap
    (
        "L",
        "touched the hot pan, small red mark on my finger, ran it under the cold tap for "
        "20 minutes, no blister",
    ),
    (
        "S",
        "small burn on my finger from the oven tray, cooled it under cold water for 20 "
        "minutes, it's a bit red and sore but fine",
    ),
    (
        "L",
        "steam from the kettle caught the back of my hand, just red, no blisters, cooled "
        "it under the tap",
    ),
    ("L", "手指被锅烫了一下，冲了二十分钟冷水，只是有点红，没有起泡"),
    ("L", "煮嘢嗰陣手指俾個煲辣親，沖咗凍水廿分鐘，淨係有少少紅，冇起水泡"),
    ("L", "手指被熱鍋燙到，沖冷水二十分鐘，只有一點紅，沒有起水泡"),
    ("E", "my baby's foot got scalded by hot tea, it has blistered"),
    ("U", "hot fat splashed onto my groin while cooking, blisters down there"),
    (
        "S",
        "burnt my arm on the oven door, a small red patch, cooled it for 20 minutes, "
        "feels better now",
    ),
]

FORAGED = [
    # NHS.uk poisoning; TOXBASE mushrooms
    (
        "U",
        "we picked wild mushrooms in the woods and cooked them for dinner, now we're both vomiting",
    ),
    ("U", "my 3 year old ate a mushroom from the garden lawn an hour ago"),
    ("U", "ate some foraged mushrooms 8 hours ago, now bad stomach cramps and diarrhoea"),
    ("U", "在山上采了野生蘑菇煮来吃，现在上吐下泻"),
    ("U", "我哋喺山度採咗啲野菇煮嚟食，而家肚痛又嘔"),
    ("U", "吃了自己在山上採的野菇，現在一直拉肚子、想吐"),
    ("U", "孩子在草地上吃了一个野蘑菇"),
    (
        "U",
        "picked what I thought was wild garlic and ate it, now my heart feels funny and "
        "I'm being sick",
    ),
    ("U", "my toddler bit into a dishwasher tablet, she's dribbling and crying"),
    ("U", "個女咬咗粒洗碗機清潔錠，一直流口水"),
]

FOOD_POISONING = [
    # NHS.uk food poisoning
    (
        "U",
        "food poisoning from leftover rice, vomiting for 3 days now and can't keep any water down",
    ),
    ("U", "ate undercooked chicken at a barbecue, now diarrhoea with blood in it"),
    ("U", "食物中毒，吐了三天，连水都喝不下"),
    ("U", "食咗隔夜飯之後一直嘔，連水都飲唔落，已經兩日冇點去廁所"),
    # hard negatives: mild, drinking fluids
    (
        "S",
        "think I have mild food poisoning from a takeaway, a bit of diarrhoea since this "
        "morning, keeping fluids down and feeling better",
    ),
    ("L", "ate chicken that might have been a bit pink in the middle, no symptoms, should I worry"),
    ("L", "left the curry out overnight and ate it for lunch, feel fine so far"),
    ("S", "轻微食物中毒，拉了几次肚子，能喝水，感觉好一点了"),
    ("S", "食錯嘢有少少肚屙，飲到水，好返啲"),
    ("S", "吃壞肚子，輕微拉肚子，有在喝水，已經好多了"),
    ("S", "food poisoning since yesterday, mild, drinking plenty of water and getting better"),
    ("U", "food poisoning, haven't had a wee since yesterday and feel dizzy when I stand"),
]

CHOKING = [
    # Resuscitation Council UK choking
    ("E", "my husband is choking on a piece of steak, he can't breathe or speak and is going blue"),
    ("E", "my toddler is choking on a grape, she can't cough or cry"),
    ("E", "老公吃饭噎住了，说不出话，喘不过气，脸发紫"),
    ("E", "個仔食提子哽親，咳唔出聲，塊面發紫"),
    ("E", "阿公吃年糕噎到，不能呼吸，臉色發青"),
    # hard negatives: a cough that cleared it
    ("L", "choked on a bit of bread at dinner but coughed it up straight away, breathing fine now"),
    (
        "L",
        "my son coughed hard and the piece of apple came out, he's breathing normally and playing",
    ),
    ("L", "吃饭呛了一下，咳了几声就咳出来了，现在呼吸正常"),
    ("L", "食飯嗆親，咳咗出嚟，而家呼吸正常冇事"),
    (
        "!E",
        "my wife choked on chicken, I did abdominal thrusts and it came out, she's "
        "breathing ok now",
    ),
    ("L", "吃飯嗆到，咳一咳就出來了，現在呼吸正常"),
]

FISH_BONE = [
    # NHS.uk something stuck in your throat
    ("U", "fish bone stuck in my throat, it really hurts to swallow and I can't swallow my spit"),
    ("U", "鱼刺卡在喉咙，吞口水都很痛"),
    ("U", "食魚鯁親，條骨卡喺喉嚨，吞口水都好痛"),
    ("U", "魚刺卡在喉嚨，吞東西很痛，一直流口水"),
    # hard negatives: a scratch that passed
    (
        "L",
        "thought I had a fish bone stuck but ate some bread and it feels fine now, "
        "swallowing normally",
    ),
    ("L", "吃鱼好像卡了一下，吃了口饭之后就没感觉了，吞咽正常"),
    ("L", "食魚好似鯁咗一下，食啖飯之後冇事，吞嘢正常"),
]

CLEANING = [
    # NHS.uk poisoning; TOXBASE chlorine / chloramine gas
    (
        "E",
        "mixed bleach and toilet cleaner in the bathroom, now I'm wheezing and "
        "struggling to breathe",
    ),
    ("U", "mixed bleach with ammonia cleaning the kitchen, now coughing and my chest feels tight"),
    ("U", "bleach splashed in my eye while cleaning the oven"),
    ("U", "my 2 year old drank some bleach from under the sink"),
    ("E", "漂白水和洁厕灵混在一起，现在喘不过气"),
    ("U", "漂白水溅到眼睛里了"),
    ("E", "漂白水撈咗潔廁液，而家好難呼吸"),
    ("U", "小孩喝了一口漂白水"),
    ("U", "漂白水和鹽酸混在一起，吸到之後一直咳嗽，胸口很緊"),
    # hard negatives: a whiff aired out, no symptoms
    (
        "L",
        "accidentally mixed bleach and vinegar, opened the window and went outside "
        "straight away, no symptoms, feel fine",
    ),
    ("L", "不小心把漂白水和洁厕灵混了，马上开窗出去了，现在没有不舒服"),
    ("L", "漂白水同潔廁液撈埋咗，即刻開窗出咗去，而家冇唔舒服"),
]

GAS = [
    # NHS.uk carbon monoxide poisoning
    (
        "U",
        "smell of gas in the kitchen from the hob and all of us have headaches and feel "
        "sick and dizzy",
    ),
    ("E", "gas leak at home, my mum collapsed in the kitchen"),
    ("U", "the carbon monoxide alarm went off and we all have headaches and feel dizzy"),
    ("U", "厨房有煤气味，一家人都头痛头晕想吐"),
    ("E", "屋企煤氣洩漏，阿媽喺廚房暈低咗"),
    ("U", "家裡有瓦斯味，全家都頭痛、頭暈、想吐"),
    # hard negatives: a smell of gas with no symptoms
    ("L", "I can smell gas in the kitchen, the hob is off, nobody feels unwell, who do I call"),
    ("L", "厨房有一点煤气味，大家都没有不舒服，应该打给谁"),
    ("L", "屋企好似有陣煤氣味，大家都冇唔舒服"),
    ("L", "家裡好像有瓦斯味，大家都沒有不舒服，要打給誰"),
    (
        "L",
        "left the gas hob on without lighting it for a few minutes, aired the kitchen, "
        "nobody has any symptoms",
    ),
    ("L", "carbon monoxide alarm beeping, low battery I think, everyone is fine"),
    (
        "U",
        "headache and dizzy every evening after cooking on the old gas stove, better when I go out",
    ),
]

OPEN_ROWS: dict[str, str] = {}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("code", "text"), with_open(CUTS, OPEN_ROWS))
def test_cuts(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BURNS, OPEN_ROWS))
def test_burns(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FORAGED, OPEN_ROWS))
def test_foraged(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FOOD_POISONING, OPEN_ROWS))
def test_food_poisoning(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHOKING, OPEN_ROWS))
def test_choking(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FISH_BONE, OPEN_ROWS))
def test_fish_bone(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CLEANING, OPEN_ROWS))
def test_cleaning_products(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(GAS, OPEN_ROWS))
def test_gas(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
