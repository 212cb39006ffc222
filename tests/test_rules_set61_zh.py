"""Set 61's Chinese rows (voice43: rural and remote, violence and safeguarding, festivals).

Written by rules-ic (session 43). Each Chinese row of ``tests/data/fresh_levels_61.jsonl`` worked
here, wrong at its first run, is named by the KIND of reading that failed, with the published
source of its gold:

- f61-zh-emg-016 (non_urgent): an open fracture in Cantonese with the aspect marker inside the
  verb (骨穿咗出嚟) and the bone said in English inside Chinese ("條腿 bone 穿咗出嚟") - Manchester
  Triage System limb problems (open fracture), NHS.uk broken bones (bone through the skin: 999);
- f61-zh-urg-014 (emergency): the place a pain is worst (右下邊最痛) read as the worst pain of
  one's life - NICE CKS appendicitis (right lower pain with fever: same day), MTS severe pain;
- f61-zh-urg-001 (self_care): an animal bite with the skin said broken after it (皮破了) and a deep
  gash (深口子) - NHS.uk animal and human bites (broken skin: same day);
- f61-zh-urg-007 (self_care): a firecracker's burn told by its blast (鞭炮炸到手) with big blisters
  on the palm - NHS.uk burns and scalds (a blistered burn on the hand: urgent treatment centre);
- f61-zh-urg-009 (non_urgent): a punch with two teeth gone loose (牙齿松了两颗) - NHS.uk dental
  emergencies (a tooth loosened by an injury: an urgent dentist the same day).

Each kind has sentences of this file's own, in other words, both polarities, simplified and
traditional (Hong Kong Cantonese and Taiwan usage) and an English twin where the kind exists in
English. Wrong before any rule change (the rules of 96ce9ba): 5 of 5 rows and 22 of 41 kind
sentences (open fracture 6 of 10, the place a pain is worst 4 of 7, a bite's broken skin 5 of 8,
a blast burn's blisters 3 of 8, a tooth loosened by a blow 4 of 8).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, fresh_row, with_open

# Manchester Triage System limb problems (open fracture: very urgent) and NHS.uk broken bones
# (call 999 if a bone is sticking out through the skin): the bone said coming through, with the
# Cantonese aspect marker inside the verb (穿咗出嚟, 刺咗出嚟), with a Taiwan 刺出來 or 插出來, the
# bone said come through, or said in English inside Chinese; near misses: a bony bump, a fish
# bone pricking, a sprain with no bone seen
OPEN_FRACTURE: list[tuple[str, str]] = [
    ("E", "我老公喺地盤跌落嚟，小腿支骨刺咗出嚟，好多血"),
    ("E", "阿爸跌落坑，條腿嘅骨頭穿咗出嚟"),
    ("E", "爸爸從梯子摔下來，小腿骨頭刺出來了，看得到骨頭"),
    ("E", "我弟踢球摔倒，手臂骨头插出来了，在流血"),
    ("E", "佢跌落石壆，隻手 bone 刺咗出嚟"),
    ("E", "my brother came off the quad bike and the bone has come through his shin"),
    ("!E", "佢跌親隻腳，腫咗，但係冇見到骨，行得到"),
    ("!E", "吃鱼的时候被鱼骨头刺出血了，就一点点，已经不流了"),
    ("!E", "脚拇指旁边骨头突出来了，穿鞋有点痛"),
    ("!E", "he fell and his ankle is swollen, no bone showing, he can walk on it"),
    # a thin baby's ribs seen is no bone through the skin (the merged sweep, session 43)
    ("!E", "宝宝比较瘦，肋骨下面看得到骨头的形状，呼吸正常，吃奶好"),
]

# NICE CKS appendicitis (pain moving to the right lower abdomen with fever: same-day assessment)
# and the Manchester Triage System severe pain: the place a pain is worst (右下边最痛, 肚臍旁邊
# 最痛, 呢度最痛) says where, not how bad; near misses keep a real worst pain (痛到打滚, 从来没这么
# 痛过) an emergency
WORST_AT_PLACE: list[tuple[str, str]] = [
    ("!E", "肚子痛了一天，右下边最痛，有点发烧，不想吃东西"),
    ("!E", "個仔肚痛，佢話肚臍旁邊最痛，冇發燒，食到嘢"),
    ("!E", "我肚子悶悶痛，右下方最痛，三十七度八"),
    ("!E", "阿媽話肚痛，呢度最痛，指住右下邊，飲到水"),
    ("!E", "tummy ache since yesterday, worst on the lower right, temperature 37.9"),
    ("E", "肚子右下边痛得打滚，从来没有这么痛过"),
    ("E", "阿爺肚痛到喊，話從來冇咁痛過，右下邊最痛，仲暈暈哋"),
]

# NHS.uk animal and human bites (a bite that has broken the skin: urgent GP, urgent treatment
# centre or 111 the same day; tetanus and antibiotics): a farm animal's or pet's bite with the
# skin said broken after it (皮破了, 皮破咗, Taiwan 皮破掉了), a gash (口子, 傷口) or oozing blood
# (渗血); near misses: a bite of clothing, the skin said unbroken
BITE_SKIN_BROKEN: list[tuple[str, str]] = [
    ("=U", "牛棚里被牛咬了一口，手臂皮破了，有点渗血"),
    ("=U", "隻馬咬咗我膊頭，皮破咗，有啲腫"),
    ("=U", "餵鵝的時候被鵝咬到手，皮破掉了，有個小傷口"),
    ("=U", "被仓鼠咬了一下手指，有个小口子"),
    ("=U", "the pig bit my hand while I was feeding it and the skin is broken"),
    ("L", "被猪咬了一下裤腿，皮没破，也不痛"),
    ("L", "隻羊咬咗我件衫，冇損皮，冇事"),
    ("L", "the goat nipped my sleeve, skin not broken, no mark"),
]

# NHS.uk burns and scalds (a blistered burn on the hands, feet, face or genitals, or larger than
# the hand: urgent treatment centre or A&E): a firework's or firecracker's burn told by its blast
# (炸到, 炸親, 炸傷) with blisters; near misses: a blast that left no blister, a blister from
# walking on a festival night
BLAST_BURN_BLISTERED: list[tuple[str, str]] = [
    ("=U", "烟花炸到手指，起了几个水泡"),
    ("=U", "年三十燒炮仗，手掌俾炮仗炸親，起咗幾粒大水泡"),
    ("=U", "放鞭炮被炸傷手背，起了水泡，很痛"),
    ("=U", "a sparkler caught her palm at the party and it's come up in a blister"),
    ("L", "放鞭炮手被炸到，红了一下，没有起泡，已经不痛了"),
    ("L", "煙花嘅灰跌落手度，紅咗少少，冇起泡"),
    ("L", "放完烟花回家，脚底走路磨出个水泡，不红不肿"),
    ("L", "I have a blister on my heel from new shoes after the bonfire night walk"),
]

# NHS.uk dental emergencies and urgent dental care (a tooth knocked out, broken or loosened by an
# injury: an urgent dentist the same day): a blow, a fall or an elbow with a tooth gone loose
# (松了, 松动, Cantonese 郁郁哋, Taiwan 有點搖); near misses: a tooth said not loose, a child's
# baby tooth, a loose tooth with bleeding gums and no injury
TOOTH_LOOSENED_BY_BLOW: list[tuple[str, str]] = [
    ("=U", "踢波俾人撞親個口，門牙郁郁哋，牙肉有少少血"),
    ("=U", "騎車摔倒撞到嘴巴，上排門牙有點搖，咬東西會痛"),
    ("=U", "昨晚打架，下面两颗牙齿松动了"),
    ("=U", "my son took an elbow to the mouth playing rugby and a front tooth is wobbly now"),
    ("L", "被打了一拳，嘴唇破了点皮，牙齿不松，吃饭正常"),
    ("L", "小朋友换牙，门牙松了，玩的时候撞了一下"),
    ("L", "刷牙的时候牙龈出血，感觉有颗牙有点松，没有受过伤"),
    ("L", "got hit in the mouth, small cut on the lip, teeth feel fine, none loose"),
]

KINDS = (
    OPEN_FRACTURE
    + WORST_AT_PLACE
    + BITE_SKIN_BROKEN
    + BLAST_BURN_BLISTERED
    + TOOTH_LOOSENED_BY_BLOW
)


@pytest.mark.parametrize(("code", "text"), with_open(KINDS))
def test_kind(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


ROWS: list[tuple[str, str]] = [
    ("f61-zh-emg-016", "E"),
    ("f61-zh-urg-014", "=U"),
    ("f61-zh-urg-001", "=U"),
    ("f61-zh-urg-007", "=U"),
    ("f61-zh-urg-009", "=U"),
]


@pytest.mark.parametrize(("row_id", "code"), ROWS)
def test_row_reaches_its_gold(rules: RuleSet, row_id: str, code: str) -> None:
    assert_reaches(rules, code, fresh_row("fresh_levels_61.jsonl", row_id)["text"])
