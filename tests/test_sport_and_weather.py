"""Sport and exercise, weather: the activity or the weather as the clue, or only the backdrop.

Written by rules-de (session 37) before any rule change, in our own words, English and Chinese
(simplified, Hong Kong and Taiwan usage), dangers beside their look-alikes:

- NHS.uk fainting (NHS 111 Wales): someone who faints while exercising: 999; NHS.uk chest pain
  and heart palpitations: chest pain or a racing heart with a faint: 999; chest pain that comes
  with effort and goes with rest: an urgent GP appointment or 111;
- NICE NG232 / NHS.uk head injury and concussion: a knock in sport with a blackout, vomiting,
  memory loss, a fit or a headache that will not go: A&E; a small bump and well: home care;
- NHS.uk heat exhaustion and heatstroke: not better after 30 minutes of cooling, confusion, a
  fit, hot skin that stops sweating, loss of consciousness: 999; heat exhaustion that settles
  with cooling and fluids, heat rash: home care;
- NHS.uk hypothermia: drowsy, slurred, confused, shivering that stopped: 999; NHS.uk frostbite:
  hard white or blue skin, blisters after the cold: hospital; a cold walk home: nothing;
- cold water and near-drowning (RNLI / NHS.uk drowning advice): pulled from the water then
  coughing or breathless: hospital;
- NHS.uk sunburn: blistering or swelling, a high temperature, dizziness or headache: 111;
  mild red sunburn: home care;
- NHS.uk rhabdomyolysis (and exertional rhabdomyolysis, CKS): dark cola urine with muscle pain
  after extreme exercise: urgent;
- NHS.uk DVT: a swollen painful calf after a long trip or an injury: urgent; breathless: 999;
- NHS.uk sprains and strains, DOMS, blisters, chilblains, cramp: home care or a pharmacist;
- the sport or the weather as backdrop (a cold caught at a match, tired after a storm): no rise.

``E`` must end ``emergency``, ``!E`` anything but, ``U`` at least urgent, ``=U`` exactly urgent,
``L`` below urgent. Before the change, at 6c164b5, 11 of the 84 items first written were wrong
(a faint on the squash court told as "out for a bit", a sprint heart rate of 170 read as a
resting one, chest muscles sore after bench press (按着痛), a header and a baseball to the head
with memory loss or vomiting, no better after half an hour of cooling, two frostbites, sunburn
with a temperature and chills, brown pee after crossfit, home oxygen stopped in a power cut);
three hard negatives were added with the change; after it 3 of the 87 are wrong, held as
strict xfails.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk fainting / chest pain / palpitations: faint, chest pain or racing heart on exertion
EXERTION: list[tuple[str, str]] = [
    ("E", "was doing parkrun and just blacked out for a few seconds, came round on the grass"),
    ("E", "my son collapsed during football training, he's awake now but really pale"),
    ("E", "heart was pounding fast and all over the place on the bike then I passed out"),
    ("E", "crushing chest pain started at the gym, rested 15 mins and it's not going, sweaty"),
    pytest.param(
        "E",
        "went down on the squash court out of nowhere, didn't trip, was out for a bit",
        marks=pytest.mark.xfail(
            strict=True, reason="'went down ... out of nowhere' across a long gap: no collapse read"
        ),
    ),
    ("E", "打篮球的时候突然晕倒了，几秒钟就醒了"),
    ("E", "跑步时胸口压着痛，休息了还不缓解，一直出冷汗"),
    ("E", "我個仔踢波嗰陣突然暈低咗，而家醒返但面青青"),
    ("E", "跑步時心跳又快又亂，接著就昏倒了"),
    ("U", "get a tight chest when I jog uphill, goes off when I stop, third time this week"),
    ("U", "最近爬楼梯胸口就发紧，停下来歇一会儿就好，这周好几次了"),
    ("L", "felt a bit lightheaded standing up fast at the end of yoga, fine after sitting"),
    pytest.param(
        "L",
        "my heart rate gets to 170 when I sprint, is that normal? I feel fine",
        marks=pytest.mark.xfail(
            strict=True,
            reason="a heart rate during a sprint is read as a resting observation (vitals, NEWS2)",
        ),
    ),
    ("L", "跑完步心跳有点快，休息几分钟就恢复了"),
    ("L", "chest muscles are sore 2 days after bench press, hurts when i press on them"),
    ("L", "做完卧推第二天胸肌酸痛，按着痛，其他没什么"),
]

# NICE NG232 / NHS.uk head injury and concussion in sport
CONCUSSION: list[tuple[str, str]] = [
    ("E", "took a knee to the head at rugby, knocked out briefly, now headache and sick twice"),
    ("E", "she headed the ball hard and since then can't remember the match, keeps repeating"),
    ("E", "clashed heads in hockey, he's been vomiting since and is really drowsy"),
    ("E", "打篮球被人撞到头，晕了一下，现在想吐还吐了两次"),
    ("E", "踢波撞親個頭，之後一直重複問同一樣嘢，記唔起點返屋企"),
    ("E", "打棒球被球打到頭，之後一直吐，頭越來越痛"),
    ("L", "bumped heads with a teammate at netball, small lump, no other symptoms, feel fine"),
    ("L", "打羽毛球被球拍碰到额头，起了个小包，其他都没事"),
]

# NHS.uk heat exhaustion and heatstroke
HEAT: list[tuple[str, str]] = [
    ("E", "been in the sun all day at the festival, now he's confused, skin hot and dry"),
    ("E", "she collapsed near the end of the marathon in the heat and isn't making sense"),
    ("E", "cooled him in the shade with water for half an hour but he's no better, burning hot"),
    ("E", "my dad was working outside in the heatwave and now he's having a fit"),
    ("E", "中暑了，人开始说胡话，皮肤很烫也不出汗了"),
    ("E", "佢喺地盤曬咗成日中暑，而家全身抽搐"),
    ("E", "在大太陽下打球，他突然昏倒叫不醒"),
    ("E", "给他降温喝水半小时了还是不好，身上很烫人迷迷糊糊"),
    ("L", "headache and dizzy after gardening in the heat, in the shade with water, better now"),
    ("L", "天气太热了有点头晕恶心，喝了水在空调房休息好多了"),
    ("L", "熱到頭暈，飲咗水休息咗而家好返"),
    ("L", "prickly heat, tiny itchy red spots on my back in this hot weather"),
    ("L", "天气热，背上起了痱子，痒"),
    ("L", "felt dizzy in the heat, sat in the shade for half an hour and feel much better now"),
]

# NHS.uk hypothermia and frostbite; cold water
COLD: list[tuple[str, str]] = [
    ("E", "found my grandad in his freezing house, very drowsy, slurring, skin ice cold"),
    ("E", "he fell in the river, he's stopped shivering and is confused now"),
    ("E", "老人家屋里没暖气，手脚冰凉，人迷迷糊糊叫不太醒"),
    ("E", "阿婆屋企好凍，佢而家口齒唔清、反應好慢"),
    ("E", "寒流來，阿公在家冷到發抖，現在講話不清楚，人很想睡"),
    ("U", "after the ski trip two fingertips are hard, white and numb, blisters coming up"),
    ("U", "登山回来脚趾发黑发硬，没有知觉"),
    ("U", "was pulled out of the lake after going under, still coughing a lot and breathless"),
    ("U", "个仔游水遇溺，救返上嚟之后一直咳，讲嘢有啲喘"),
    ("L", "walked home in the snow, hands cold and shivering but warming up with a hot drink"),
    ("L", "今天好冷，出门冻得发抖，回家喝了热汤已经暖和了"),
    ("L", "itchy red swollen toes every winter, my mum says chilblains"),
    ("L", "冬天脚趾又红又肿又痒，应该是冻疮"),
    ("L", "headed the ball a lot at training today, feel fine, no headache"),
]

# NHS.uk sunburn
SUN: list[tuple[str, str]] = [
    ("U", "bad sunburn on my back, blistering and swollen, and I've got a temperature and chills"),
    ("U", "晒伤很严重，起了水泡，还发烧头晕"),
    ("U", "曬傷好嚴重，成塊皮起水泡，仲發燒頭暈"),
    ("L", "bit sunburnt on my shoulders from the beach, red and sore, no blisters"),
    ("L", "去海边晒得肩膀有点红有点痛，没起泡"),
    ("L", "在海邊曬到臉紅紅的有點刺痛"),
    ("L", "bit sunburnt on my nose, no fever, no blisters, just sore"),
]

# Rhabdomyolysis after extreme exercise (NHS.uk); DVT after a trip or injury (NHS.uk)
MUSCLE_AND_CLOT: list[tuple[str, str]] = [
    ("U", "did a crazy spin class, legs agony and swollen next day and my wee is dark like cola"),
    ("U", "after a crossfit session my arms are so painful I can't straighten them, pee is brown"),
    ("U", "练了很猛的深蹲，第二天大腿痛得厉害，小便像可乐一样"),
    ("U", "跑完超馬之後肌肉痛到行唔到，尿係深啡色"),
    ("U", "calf is swollen, hot and painful after the long drive back from the ski trip"),
    ("U", "扭伤脚踝一周后小腿肿起来，按着很痛，发热"),
    ("E", "my calf has been swollen since the flight and now I'm short of breath"),
    ("L", "my calves are stiff after the long flight, no swelling, walking it off"),
]

# NHS.uk sprains and strains, DOMS, blisters, cramp: home care
MILD_SPORT: list[tuple[str, str]] = [
    ("L", "rolled my ankle at 5-a-side, bit swollen, can walk on it"),
    ("L", "踢球崴了脚，有点肿，能走路"),
    ("L", "打波扭親腳，腫咗少少，行到路"),
    ("L", "legs are killing me 2 days after my first leg day, no other problems"),
    ("L", "第一次去健身房，两天后全身酸痛"),
    ("L", "got blisters on my heels from new running shoes"),
    ("L", "新買的登山鞋磨出水泡"),
    ("L", "woke up with cramp in my calf after football, it eased off"),
    ("L", "游泳的时候小腿抽筋，上岸拉伸一下就好了"),
    ("L", "pulled my hamstring sprinting, sore but can walk"),
]

# The sport or the weather only as backdrop; weather dangers with their own signs
BACKDROP: list[tuple[str, str]] = [
    ("L", "caught a cold at the match on saturday, runny nose"),
    ("L", "the storm kept me up all night, feel tired today"),
    ("L", "颱風天在家悶了兩天，有點頭痛"),
    ("L", "天气一冷关节就有点酸，没有红肿"),
    ("E", "a branch came down in the storm and cut his arm, blood is pouring and won't stop"),
    pytest.param(
        "E",
        "停电了，我爸的制氧机停了，现在喘不上气",
        marks=pytest.mark.xfail(
            strict=True, reason="home oxygen stopped in a power cut, then breathless: urgent only"
        ),
    ),
    ("U", "slipped on the ice and my wrist is bent the wrong way, really painful"),
    ("U", "雪地上滑倒，手腕变形了，痛得要命"),
    # typos of nearby words (speller hazard)
    ("E", "collapsd during football practise and was unconcious for a minute"),
    ("L", "bit of a headach after the match in the sun, fine after water"),
]

ALL: list[tuple[str, str] | object] = [
    *EXERTION,
    *CONCUSSION,
    *HEAT,
    *COLD,
    *SUN,
    *MUSCLE_AND_CLOT,
    *MILD_SPORT,
    *BACKDROP,
]


@pytest.mark.parametrize(("expected", "text"), ALL)
def test_sport_and_weather_levels(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
