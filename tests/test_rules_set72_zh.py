"""Set 72's Chinese rows (voice48: embarrassed, noticed changes, hobbies and screens).

Written by rules-nc (session 48). Each Chinese row of ``tests/data/fresh_levels_72.jsonl`` wrong
at its first run (83.1% for the set, 64 of 80 Chinese rows right) is named by the KIND of reading
that failed, with the published source of its gold:

- f72-zh-urg-005 (emergency): anaphylaxis named as what the writer had feared (以为要过敏性休克),
  a lip swollen after a food with breathing said normal - NHS.uk angioedema (urgent GP or 111),
  NHS.uk anaphylaxis (999 when you think it is anaphylaxis with its signs);
- f72-zh-nur-020 (emergency): a gas appliance named as what an older person keeps forgetting to
  turn off (忘记关瓦斯), beside a memory that slipped over a year, not suddenly - NICE NG97 and
  NHS.uk dementia (a GP), NHS.uk carbon monoxide poisoning (high exposure: sudden confusion);
- f72-zh-urg-014 (self_care): a simile of a blow (肿到好似俾人打咗咁, swollen as if punched) read
  as a blow; the eyelid hot, red and swollen with a fever in a child - NHS.uk cellulitis
  (around the eye: same day), NHS.uk angioedema;
- f72-zh-urg-016 (non_urgent): no pee said in Cantonese (冇小便) after two days of diarrhoea and
  vomiting - NHS.uk dehydration, NHS.uk diarrhoea and vomiting (urgent GP or 111);
- f72-zh-urg-019 (self_care): shingles told as a row of blisters on one side (一排水泡，只有一边)
  - NHS.uk shingles (see a GP or 111 as soon as possible: antivirals within 3 days);
- f72-zh-slf-006 (urgent): a severity feared, not felt (吓死我了以为很严重) - Manchester Triage
  System (pain is the pain told), NHS.uk burns and scalds (a small burn at home);
- f72-zh-slf-013 (urgent): a season's comparison (夏天特别严重, worse in summer) read as severity
  - NHS.uk body odour (self-care), as the rules' night comparison (晚上更严重);
- f72-zh-nur-008 (urgent): a hot flush told with the face (脸红发热) read as a fever - NHS.uk
  menopause (hot flushes: a GP), the fever denied (没有发烧);
- f72-zh-nur-014 (self_care): a child's vision noticed (sits close to the TV, squints) - NHS.uk
  eye tests for children (an optician or a GP);
- f72-zh-nur-019 (self_care): nipple discharge, not pregnant - NHS.uk nipple discharge (a GP).

Left open (see OPEN_ROWS): four self-care rows that need positive evidence of their own (rules-ng's
lane this session), the red pee feared as blood and found to be a red food (f72-zh-slf-007), and
the gaming wrist pain said 好痛 for three weeks (f72-zh-nur-015).

Each kind has sentences of this file's own, in several phrasings and both polarities, from the
source named above its list. Wrong before any rule change (the rules of 35ac4c2): 16 of 16 rows
and 26 of 59 kind sentences (19 of 45 for the first eight kinds, 4 of 9 for a child's vision and
nipple discharge, 3 of 5 for the red pee). After: 10 rows at their gold, 6 left open
(OPEN_ROWS), and every kind sentence at its level but the three red-pee ones (OPEN). The nine
sentences under "after the change" in the lists were written after it, in other words.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import (
    assert_reaches,
    assert_row_reaches_gold,
    rows_with_open,
    with_open,
)

# NHS.uk angioedema (lips swollen, breathing normal: an urgent GP appointment or 111) and NHS.uk
# anaphylaxis (999 if you think it is anaphylaxis with a swollen throat or tongue or trouble
# breathing): anaphylaxis named as the writer's fear, breathing said normal, is the swelling's
# urgent level; the fear beside a sign of the airway stays 999
ANAPHYLAXIS_FEARED: list[tuple[str, str]] = [
    ("=U", "吃了花生以后上嘴唇肿了，我以为要过敏性休克了，不过呼吸正常，说话也正常"),
    ("=U", "食完虾隻嘴唇肿咗，我仲以为过敏性休克，不过唞气冇问题"),
    ("=U", "吃完芒果嘴唇有点肿，吓得以为是过敏休克，呼吸没问题，喉咙没事"),
    ("E", "吃了花生以后嘴唇肿了，我以为要过敏性休克了，现在喘不过气"),
    ("E", "吃了虾嘴唇和舌头都肿了，担心是过敏性休克，喉咙好紧"),
    ("E", "我刚才过敏性休克了，用了肾上腺素笔，现在好一点"),
    # after the change, in other words
    ("=U", "食完蟹下唇肿起，我谂住过敏性休克，不过唞气正常"),
    ("E", "吃了花生，我以为会过敏休克，现在嘴唇肿、声音沙哑"),
    ("=U", "中午吃了蟹，下唇肿起来，我老婆怕我过敏性休克，但我呼吸正常"),
    ("E", "吃了海鲜嘴唇肿，以为过敏性休克，现在呼吸困难"),
]

# NICE NG97 / NHS.uk dementia (memory slipping over months, not suddenly: a GP) and NHS.uk carbon
# monoxide poisoning (a high level of exposure: sudden confusion, collapse: 999): a gas appliance
# named as what a slowly forgetful person leaves on is no exposure; sudden confusion near a gas
# heater stays 999
GAS_FORGOTTEN_SLOWLY: list[tuple[str, str]] = [
    ("L", "我爸八十岁，这一年来记性越来越差，常常忘记关煤气，不过不是突然的，生活还能自理"),
    ("L", "我妈七十多岁，几个月来慢慢变得健忘，老是忘了关燃气灶，没有突然变糊涂"),
    ("E", "我爸在浴室用燃气热水器洗澡，出来以后突然糊涂了，头很晕"),
    ("E", "屋里烧炭取暖，我妈今天早上突然神志不清，叫不太醒"),
    # after the change, in other words
    ("L", "外婆七十八岁，这一年来慢慢地一直重复问同样的问题，常忘记关煤气，没有突然变糊涂"),
    ("L", "婆婆近一年逐渐记不住事，经常忘记关瓦斯，但她自己觉得没什么，不是突然的"),
    ("E", "今晚屋企个煤气炉一直开住，阿妈突然好糊涂，认唔到人"),
]

# NHS.uk cellulitis (around the eye, or a child with a hot, red, swollen eyelid and a fever: same
# day) and NHS.uk angioedema: swollen "as if punched" is a simile, no blow; a real blow to the eye
# keeps its own reading
SWOLLEN_AS_IF_HIT: list[tuple[str, str]] = [
    ("U", "我个仔4岁，今朝眼皮肿到好似俾人打咗咁，红红热热，有啲发烧"),
    ("U", "女儿5岁，早上起来左眼皮肿得像被人打了一拳，又红又烫，有点发烧"),
    ("U", "孩子眼皮肿得好像被打过一样，红肿发热，在发烧"),
    ("!E", "我个仔踢波俾人打中眼，眼皮肿咗少少，睇嘢正常"),
    # after the change, in other words
    ("U", "我个女4岁，块眼皮肿到似俾人打咗一拳，红红热热，有啲烧"),
    ("U", "我3岁个女块眼皮肿到似俾人揼过咁，又红又热，有少少烧"),
]

# NHS.uk dehydration and NHS.uk diarrhoea and vomiting (not peeing, or peeing little, with
# diarrhoea or vomiting: an urgent GP appointment or 111): no pee said in Cantonese; a pee that is
# not painful (冇小便痛) is no missing pee
NO_PEE_CANTONESE: list[tuple[str, str]] = [
    ("U", "又屙又呕咗两日，都冇小便"),
    ("U", "我个仔呕咗成日，今日冇小便"),
    ("U", "肚屙咗三日，我成日都冇小便，好口渴"),
    ("L", "屙咗一日，冇小便痛，饮到水，精神好好"),
    # after the change, in other words
    ("U", "阿爸呕咗成晚又屙，到而家都冇小便"),
    ("U", "阿妈屙咗两日，上昼到而家冇小便"),
]

# NHS.uk shingles (a band or row of blisters on one side of the body: see a GP or 111 as soon
# as possible, antivirals within 3 days): the row of blisters on one side told in Chinese
SHINGLES_ROW: list[tuple[str, str]] = [
    ("U", "腰上一排水泡，只有右边，很刺痛，两天前开始的"),
    ("U", "胸口左边出了一排小水疱，好痛，昨天开始"),
    ("U", "背脊一边起咗一排水泡，好刺痛，前日开始"),
    ("U", "我生蛇呀，腰度好痛，起咗水泡"),
    ("L", "穿新鞋脚跟磨出一个水泡，不痛了"),
    # after the change, in other words
    ("U", "右边肚皮起咗一整排水泡，好似火烧咁痛，琴日开始"),
    ("U", "肋骨那里一排水疱，只在一边，又痛又麻，三天了"),
]

# Manchester Triage System (pain is the pain told) / NHS.uk burns and scalds (a small burn at
# home): a severity the writer feared (以为很严重) is no severity; a pain said severe still is
FEARED_SERIOUS: list[tuple[str, str]] = [
    ("S", "切菜切到手指，吓死我了以为很严重，其实就一个小口子，血已经止了"),
    ("S", "煮饭被锅边烫了一下，还以为好严重，其实只是一点点红，没起泡"),
    ("S", "做蛋糕烫到手，我以为好嚴重，原來只係紅咗少少，冇起泡"),
    ("U", "被烤盘烫了手背，痛得很严重，起了很大的水泡"),
    # after the change, in other words
    ("S", "跌倒擦伤膝头，我谂住好严重，其实只系擦损少少皮，洗干净咗"),
    ("S", "剪指甲剪到肉，当时以为很严重，其实一点点血，已经好了"),
]

# NHS.uk body odour (self-care: wash, antiperspirant) / the rules' night comparison (晚上更严重):
# a season or a time of day said "particularly bad" compares, it is no severity
SEASON_COMPARED: list[tuple[str, str]] = [
    ("S", "我脚出汗好臭，夏天特别严重，冇其他唔舒服"),
    ("S", "腋下有点异味，天热的时候特别严重，别的都好"),
    ("S", "嘴唇干到爆拆，冬天特别严重，其他都好"),
    ("U", "我肚好痛，痛得好严重，已经两个钟"),
    # after the change, in other words
    ("S", "手脚皮肤干痒，冬天的时候特别严重，涂润肤霜就好"),
    ("S", "头皮屑好多，冬天尤其严重，没有其他不舒服"),
]

# NHS.uk menopause (hot flushes: sudden heat in the face, neck and chest; a GP if they bother you)
# told with the face (脸红发热); a fever said had stays a fever
HOT_FLUSH_FACE: list[tuple[str, str]] = [
    ("L", "我49岁，这几个月常常突然脸红发热，晚上出汗，月经也乱了，没有发烧"),
    ("L", "更年期吧，半年来白天会突然面红发热，一会儿就过去，没发烧"),
    ("L", "五十岁，最近老是潮热，睡觉出汗，月经不规律，三个月了"),
    ("U", "我发热三天了，38度5，浑身没力"),
    # after the change, in other words
    ("L", "48岁，几个月来时不时面红发热，出一身汗，月经开始不准，无发烧"),
    ("L", "我52岁，这一年来经常脸红发热几分钟，然后出一身汗，没有发烧"),
]

# NHS.uk eye tests for children (a child who sits too close to the TV, holds things close or
# squints: see an optician or a GP, not the same day); a child who sees well and is only tired,
# or an eye hurt today, is not this
CHILD_VISION_NOTICED: list[tuple[str, str]] = [
    ("N", "我个仔5岁，我发觉佢睇电视要坐得好近，仲成日眯埋眼"),
    ("N", "女儿6岁，老师说她看黑板要眯着眼，看电视也要凑得很近，她说不难受"),
    ("N", "儿子7岁，最近看书拿得很近，看电视总是眯眼"),
    ("L", "儿子7岁，最近看书拿得很近，看电视总是眯眼"),
    ("S", "女儿6岁，看电视看久了有点困，揉揉眼睛，睡一觉就好了，看东西都清楚"),
]

# NHS.uk nipple discharge (discharge from the nipple when not pregnant or breastfeeding: see a
# GP; usually not serious); milk while breastfeeding is no discharge to check
NIPPLE_DISCHARGE: list[tuple[str, str]] = [
    ("N", "我乳头会流出一点白白的液体，两边都有，没有肿块，没有怀孕"),
    ("N", "最近发现右边乳头有点分泌物，黄黄的，不痛"),
    ("L", "我乳頭有少少白色嘢流出嚟，冇硬塊，冇懷孕"),
    ("S", "我在喂母乳，乳头有一点奶漏出来，其他都好"),
]

# NHS.uk blood in urine (eating beetroot, blackberries or rhubarb can turn pee red or pink; see a
# GP for blood in pee): blood in the pee named as the fear, then a red food found as the cause and
# the colour fading, is the food's; blood seen with clots, or pain, stays a GP's or more
RED_PEE_FEARED_FOOD: list[tuple[str, str]] = [
    ("S", "尿尿变红了，以为是尿血，后来想起昨晚吃了红心火龙果，现在颜色淡了"),
    ("S", "今朝屙尿红色，仲以为尿血，原来琴晚食咗好多火龙果，而家淡返"),
    ("S", "小便有点粉红，怕是血尿，结果是中午吃了甜菜根，不痛不痒"),
    ("N", "小便变红了，以为是火龙果，但是我根本没吃，还有血块"),
    ("N", "吃了火龙果，但是尿血有血块，腰痛"),
    # after the change (the red food eaten the day before is known), in other words
    ("S", "尿尿变红了，后来想起昨晚吃了红心火龙果，现在颜色淡了"),
]

# rows of kinds above whose sentences are not all at their level yet (strict xfails)
# (the three red-pee sentences closed by rules-pb, session 50: pee coloured by a red food lifts
# the urinary floor, NHS.uk blood in urine)
OPEN: dict[str, str] = {}

KINDS: list[tuple[str, str]] = (
    ANAPHYLAXIS_FEARED
    + GAS_FORGOTTEN_SLOWLY
    + SWOLLEN_AS_IF_HIT
    + NO_PEE_CANTONESE
    + SHINGLES_ROW
    + FEARED_SERIOUS
    + SEASON_COMPARED
    + HOT_FLUSH_FACE
    + CHILD_VISION_NOTICED
    + NIPPLE_DISCHARGE
    + RED_PEE_FEARED_FOOD
)


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 72 wrong at the first run
SET72_ZH_ROWS = [
    "f72-zh-urg-005",
    "f72-zh-urg-014",
    "f72-zh-urg-016",
    "f72-zh-urg-019",
    "f72-zh-nur-008",
    "f72-zh-nur-014",
    "f72-zh-nur-015",
    "f72-zh-nur-019",
    "f72-zh-nur-020",
    "f72-zh-slf-001",
    "f72-zh-slf-005",
    "f72-zh-slf-006",
    "f72-zh-slf-007",
    "f72-zh-slf-013",
    "f72-zh-slf-015",
    "f72-zh-slf-017",
]

_SELF_CARE_EVIDENCE = (
    "a harmless change told mild and unchanged (no pain, no itch, not growing, not red or"
    " infected) with no self-care evidence the decision reads: positive self-care evidence is"
    " rules-ng's lane this session (NHS.uk self-care pages); not tuned here"
)
OPEN_ROWS: dict[str, str] = {
    "f72-zh-slf-001": _SELF_CARE_EVIDENCE + " (NHS.uk smelly feet)",
    "f72-zh-slf-005": _SELF_CARE_EVIDENCE + " (NHS.uk cherry angioma, for years)",
    "f72-zh-slf-015": _SELF_CARE_EVIDENCE + " (NHS.uk skin tags)",
    "f72-zh-slf-017": _SELF_CARE_EVIDENCE + " (NHS.uk contact dermatitis, mild)",
    # (f72-zh-slf-007 closed by rules-pb, session 50: pee coloured by a red food lifts the urinary
    # floor, NHS.uk blood in urine; tests/test_rules_set77_en.py)
    "f72-zh-nur-015": (
        "a wrist pain said 好痛 (really painful) for three weeks, painkillers not helping: the"
        " rules read it as severe pain under 28 days (Manchester Triage System, same day); NHS.uk"
        " repetitive strain injury is a GP's, but lowering an everyday degree word of a pain of"
        " weeks would be a general change to the severity reading, not made by the deadline"
    ),
}


@pytest.mark.parametrize("row_id", rows_with_open(SET72_ZH_ROWS, OPEN_ROWS))
def test_set72_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    assert_row_reaches_gold(rules, "fresh_levels_72.jsonl", row_id)
