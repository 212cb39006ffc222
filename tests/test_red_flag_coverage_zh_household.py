"""Coverage walk: household emergencies said in everyday Chinese; a big meal is no overdose.

Written by rules-bg (session 25) from NHS.uk heartburn and acid reflux (spicy and fatty food and
big meals are its triggers), NHS overdose advice / TOXBASE (a large amount of a medicine taken:
A&E), NHS.uk eye injuries and the Manchester Triage System chemical eye injury (any household
chemical in the eye: irrigate and A&E), NHS.uk abdominal aortic aneurysm ("a bulge or swelling
in the aorta"; sudden tummy or back pain with a known aneurysm: 999), NHS.uk burns and scalds
(a burn larger than the injured person's hand, or a blistered burn on a child: A&E) and NHS.uk
neck and back injuries / NICE NG41 spinal injury (after an injury, neck pain with tingling,
numbness or weakness in the arms or legs: 999). The sentences are this file's own, simplified
and traditional, Cantonese and Taiwan usage, first and third person.

``E`` must end ``emergency``; ``L`` below urgent; ``!E`` anything but an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk heartburn (food triggers) vs NHS overdose / TOXBASE (a lot of a medicine taken)
BIG_MEAL: list[tuple[str, str]] = [
    ("L", "昨天晚上吃火锅吃了好多辣的，今天胸口有点烧心，反酸，吃了胃药好些了"),
    ("L", "食咗好多煎炸嘢，心口有啲灼熱，飲咗胃藥舒服咗"),
    ("L", "中秋吃了很多月饼，胃胀反酸，吃了点药就好多了"),
    ("L", "尋晚食咗好多嘢，今朝胃脹，想食啲胃藥"),
    ("L", "聚餐吃了一大堆炸鸡，现在反酸烧心，药店买什么药"),
    ("L", "週末吃了好多麻辣燙，胃一直燒燒的，吃了胃藥有比較好"),
    ("E", "我刚才吃了好多安眠药，现在很困"),
    ("E", "佢食咗好多粒止痛藥，而家好眼瞓"),
    ("E", "吃了很多東西之後，又吃了好多安眠藥"),
    ("E", "她吃了一大堆药，现在叫不太醒"),
]

# NHS.uk eye injuries; MTS chemical eye injury
CHEMICAL_EYE: list[tuple[str, str]] = [
    ("E", "洁厕剂溅到左眼里了，很痛看不清"),
    ("E", "通水管的藥水噴到眼睛裡，現在眼睛很痛睜不開"),
    ("E", "油污清潔劑噴入眼，好痛"),
    ("E", "刷浴缸的时候去污粉溅进右眼，一直流泪"),
    ("E", "洗衣液弹到孩子眼睛里了，他一直揉"),
    ("E", "疏通剂溅入双眼，火辣辣的"),
    ("L", "洗头的时候水溅到右眼，有点涩，现在好了"),
    ("L", "眼睛有点干涩，滴了人工泪液"),
]

# NHS.uk abdominal aortic aneurysm (a bulge in the aorta) with sudden tummy or back pain
ANEURYSM_LAY: list[tuple[str, str]] = [
    ("E", "外公之前体检说腹部血管鼓了一个包，现在突然腰背剧痛，脸色发白"),
    ("E", "阿爷之前照超声波話肚入面條血管脹咗個波，而家突然肚痛同背痛，好頭暈"),
    ("E", "我公公有主動脈擴張，剛剛突然肚子跟背很痛，冒冷汗"),
    ("E", "我爸有腹主动脉扩张，一直在观察，刚才突然背痛冒冷汗"),
    ("E", "奶奶肚子里的血管有个鼓包，医生让定期复查，今天突然肚子痛得站不起来"),
    ("L", "医生说我有点静脉曲张，小腿上血管鼓起来，有点酸"),
    ("L", "手背上的血管鼓鼓的，正常吗"),
]

# NHS.uk burns and scalds: a large scald, or a blistered one on a child
SCALD_CHILD: list[tuple[str, str]] = [
    ("E", "個仔三歲，俾滾水淥親隻手同肚，成片起泡"),
    ("E", "個女兩歲，打瀉咗滾水，辣親心口，紅晒起泡"),
    ("E", "孫女三歲被滾燙的湯潑到，手臂跟肚子一大片都起水泡了"),
    ("E", "細路俾熱水焫親，手臂好大塊起泡"),
    ("E", "女儿一岁，沸水洒到腿上，起了一大块水泡"),
    ("L", "煮饭的时候手指碰到锅，有点红，冲了冷水不疼了"),
    ("L", "倒熱水的時候手背燙了一下，有點紅，沒有起泡，大概硬幣大小"),
]

# NHS.uk neck and back injuries; NICE NG41 spinal injury
NECK_INJURY: list[tuple[str, str]] = [
    ("E", "騎機車被撞，脖子後面很痛，手指頭麻麻的，右手使不上力"),
    ("E", "車禍之後頸好痛，兩隻手痹痹地，隻手冇乜力"),
    ("E", "被後面的車追撞，脖子痛，右手沒什麼力氣"),
    ("E", "摔下楼梯，脖子很疼，两只手的手指都麻了"),
    ("E", "俾車撞親，條頸好痛，隻手冇力"),
    ("L", "睡觉落枕了，脖子疼转不了头，手不麻"),
    ("L", "脖子酸痛好几天了，一直低头看手机，没有受伤，手不麻"),
]

CASES = [*BIG_MEAL, *CHEMICAL_EYE, *ANEURYSM_LAY, *SCALD_CHILD, *NECK_INJURY]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_household_emergencies_in_everyday_chinese_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
