"""Set 47's kinds in Chinese (voice36: emoji and chat slang, more than one person at home, a
trip): flashing lights told as 一直有闪光 or 看到闪光 with a bad headache in the weeks after a
birth, which is postpartum pre-eclampsia; Cantonese 鎅 / 𠝹 (to cut) for self-harm (鎅手, 鎅咗手臂),
deep and bleeding or shallow and stopped; a towel held (揸住) for minutes with the blood still
going (仲系咁流); phlegm streaked with blood (痰里有几丝红色的血, 吐出来的痰有血丝), which is
coughing up blood and no vomiting of it; a coin named before its verb (把硬币吞下去了,
将银仔吞咗); a slip told as 滑了一下 or 跣咗一下 before an older person's hip pain and limp;
holding the breath as a cure for hiccups (憋气都试了), which is no breathlessness; and combing
a child's hair for head lice with an itchy scalp, which is no giant cell arteritis.

Written by rules-cw (session 36) before any rule changed. The sentences are this file's own
(simplified and traditional, Mandarin, Cantonese and Taiwan usage), each from the published
source named above its list; ``SET47_ROWS`` are the Chinese rows of
``tests/data/fresh_levels_47.jsonl`` closed here, each asserted at its gold level.
Wrong before any rule change: 8 of 8 rows and 21 of 40 kind sentences. After: none.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE NG133 Hypertension in pregnancy (pre-eclampsia can start after birth: a severe headache
# with visual disturbance such as flashing lights) and NHS.uk pre-eclampsia: the flashes told
# as lasting or seen (一直有闪光, 看到闪光) in the weeks after a birth
POSTPARTUM_FLASHING_LIGHTS: list[tuple[str, str]] = [
    ("E", "生完宝宝第七天，头痛得要裂开，眼前一直有闪光"),
    ("E", "剖腹产完五日，个头好痛，眼前成日见到闪光"),
    ("E", "產後第十天，頭痛得很厲害，眼睛一直看到閃光，腳也腫腫的"),
    ("E", "坐月子第二个星期，头疼得厉害，一直眼冒金星"),
    # a camera flash is no visual disturbance; a known migraine aura out of pregnancy is no
    # pre-eclampsia
    ("!E", "生完宝宝两个月，拍照闪光灯太亮，晃得眼睛不舒服"),
    ("!E", "头痛，眼前有闪光，以前偏头痛发作也是这样"),
]

# NICE NG225 Self-harm and NHS.uk self-harm (a deep wound, or bleeding that does not stop: A&E
# or 999; shallow cuts that have stopped bleeding without intent to die: urgent help the same
# day); Cantonese 鎅 / 𠝹 (to cut) said of oneself (鎅手, 鎅咗手臂, 𠝹手)
SELF_HARM_CUT_IN_CANTONESE: list[tuple[str, str]] = [
    ("E", "我又鎅手，今次鎅得好深，血流唔停"),
    ("E", "頭先鎅咗自己手腕，揸住毛巾十分鐘都仲係咁流血"),
    ("E", "佢又𠝹手，𠝹得好深，條毛巾濕晒"),
    ("=U", "我又鎅咗手臂幾刀，唔深，已經冇再流血，我唔係想死"),
    ("=U", "我琴晚又鎅手，好淺，止咗血，我唔係想自殺"),
    # a finger cut by accident (鎅到, 𠝹到) opening a parcel or cooking is first aid
    ("L", "拆速遞用界刀鎅到手指，流少少血，已經止咗"),
    ("L", "切菜𠝹到手指，貼咗膠布，冇事"),
]

# NHS.uk cuts and grazes (A&E if the bleeding does not stop after 10 minutes of pressure) and
# the Manchester Triage System (uncontrollable haemorrhage): Cantonese 揸住 (holding, pressing)
# for minutes, the blood still going (仲系咁流)
BLEEDING_HELD_IN_CANTONESE: list[tuple[str, str]] = [
    ("E", "個仔跌親割到腳，我揸住條毛巾十五分鐘，血都仲係咁流"),
    ("E", "手指切到好深，揸住咗十幾分鐘都仲係咁流血"),
    ("L", "菜刀切到手指，揸住五分鐘已經止咗血"),
]

# NHS.uk coughing up blood (small streaks of blood in the phlegm: an urgent GP appointment or
# NHS 111; 999 for a lot of blood or breathing difficulty) and NICE CKS Haemoptysis: the
# streaks told in the phlegm with words between (痰里有几丝红色的血), or the phlegm spat out,
# which is no vomiting of blood
PHLEGM_STREAKED_WITH_BLOOD: list[tuple[str, str]] = [
    ("=U", "咳嗽咳了一个礼拜，今天早上痰里有一点点红色的血丝"),
    ("=U", "這幾天咳得很兇，吐出來的痰有血絲"),
    ("=U", "咳咗成個星期，今朝啲痰有少少血絲"),
    # blood in the snot with a cold, or spit after brushing with bleeding gums, is no coughing
    ("L", "感冒鼻塞，擤鼻涕的时候鼻涕里有血丝"),
    ("L", "刷牙的时候吐出来的口水有血丝，牙龈出血"),
]

# NHS.uk swallowed objects (a coin swallowed by a child, well: NHS 111 or an urgent GP for
# advice today; a battery, a magnet or symptoms: A&E): the coin named before its verb
# (把一枚硬币吞下去了, Cantonese 将银仔吞咗, Taiwan 铜板 and 十元硬币)
COIN_BEFORE_THE_VERB: list[tuple[str, str]] = [
    ("=U", "儿子三岁，刚刚把一枚五毛的硬币吞下去了，现在玩得好好的"),
    ("=U", "我女兒把一個十元硬幣吞進去了，現在看起來沒事"),
    ("=U", "個仔啱啱將一個一蚊銀仔吞咗落肚，而家冇咩事"),
    ("=U", "小朋友把銅板吞下去了，現在在玩"),
    ("L", "硬币掉进沙发缝里找不到了，孩子在旁边玩"),
]

# NICE CKS Falls and NICE CG124 Hip fracture (an older person with hip pain or a limp after a
# fall or a slip: suspected hip fracture, X-rayed the same day): the slip told as 滑了一下,
# Cantonese 跣咗一下, or sitting down hard on the floor (坐到地上)
HIP_AFTER_A_SLIP: list[tuple[str, str]] = [
    ("=U", "外婆八十五岁，昨天在浴室滑了一下，坐到地上，现在大腿根疼，走路一瘸一拐"),
    ("=U", "阿嫲前日喺厕所跣咗一下，而家髀位好痛，行路一拐一拐"),
    ("=U", "阿嬤昨天滑了一跤，跌坐在地上，今天屁股旁邊很痛，走路一跛一跛"),
    # a young adult's ache, or a slip caught without pain, is no hip fracture
    ("L", "我二十五岁，打球滑了一下，大腿根有点酸，走路正常"),
    ("L", "奶奶八十岁，昨天滑了一下，扶住了没摔，没有哪里痛，走路正常"),
]

# NHS.uk hiccups (holding the breath or sipping cold water may help; a GP only after 48 hours):
# the breath held as a cure (憋气都试了) is no breathlessness, which still reads as such
HICCUP_CURES: list[tuple[str, str]] = [
    ("S", "我打嗝打了半个小时，憋气、喝水都试过了，没其他不舒服"),
    ("S", "打嗝停唔到，焗住气饮水都试咗，冇其他唔舒服"),
    ("L", "一直打嗝，試過閉氣跟喝水都沒用，其他都好"),
    ("U", "一走路就憋气，喘不上来"),
    ("E", "胸口闷，憋气，喘不过气"),
]

# NHS.uk head lice (wet combing or a pharmacy treatment at home; an itchy scalp) and NICE CKS
# Giant cell arteritis (a new headache over 50 with scalp tenderness when combing: same day):
# combing for lice with an itch is no scalp tenderness
HEAD_LICE_COMBED: list[tuple[str, str]] = [
    ("L", "女儿头上有头虱，我每天帮她梳头，自己头皮也痒痒的"),
    ("L", "個女由學校帶咗頭蝨返嚟，我幫佢梳頭，我自己個頭皮都好痕"),
    ("L", "孩子有頭蝨，我幫他梳頭的時候看到蝨卵，頭皮一直癢"),
    ("=U", "我六十八岁，这几天太阳穴痛，梳头的时候头皮都痛"),
]

KINDS: list[object] = (
    POSTPARTUM_FLASHING_LIGHTS
    + SELF_HARM_CUT_IN_CANTONESE
    + BLEEDING_HELD_IN_CANTONESE
    + PHLEGM_STREAKED_WITH_BLOOD
    + COIN_BEFORE_THE_VERB
    + HIP_AFTER_A_SLIP
    + HICCUP_CURES
    + HEAD_LICE_COMBED
)


@pytest.mark.parametrize(("expected", "text"), KINDS)
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 47 closed here; the rest are named in the report
SET47_ROWS = [
    "f47-zh-emg-001",
    "f47-zh-emg-016",
    "f47-zh-urg-006",
    "f47-zh-urg-007",
    "f47-zh-urg-009",
    "f47-zh-urg-015",
    "f47-zh-slf-005",
    "f47-zh-slf-019",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_47.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


@pytest.mark.parametrize("row_id", SET47_ROWS)
def test_set47_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
