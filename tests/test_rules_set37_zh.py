"""Set 37's kinds in Chinese: a chest pressure said as a heavy load pressed on the chest, a limb
gone cold, white and pulseless in lay words, angle-closure haloes said as rings of rainbow with
foggy sight, blood seen in pregnancy, a lump scalding hot or swollen with a fever, hearing gone
muffled on waking, grit left in a graze, and a cut finger that will not bend or is numb.

Written by rules-bu (session 31). The sentences are this file's own (simplified and
traditional, Mandarin, Cantonese and Taiwan usage), each from the published source named above
its list:

- NHS.uk heart attack (chest pain that feels like pressure, tightness or squeezing, "like a
  heavy weight"; call 999) and NICE CG95 Chest pain of recent onset: the weight said as a load
  pressed on the chest (像压了一袋大米, 好似压住一包水泥, 像有一袋沙压着), in the middle of it;
- NICE CKS Peripheral arterial disease (acute limb ischaemia, the 6 Ps: pain, pallor,
  pulselessness, paraesthesia, paralysis, perishing cold; 999) and NHS.uk peripheral arterial
  disease: the cold and the white said in lay words (冻冰冰, 冰冰冷, 白雪雪, 白得像纸), the pulse
  not felt by the patient (摸唔到脚背嘅脉, 摸不到脉搏);
- NICE CKS Red eye and NHS.uk glaucoma (acute angle-closure: a painful red eye with haloes
  around lights, blurred vision or vomiting; eye casualty or A&E at once): the haloes said as
  rings of rainbow (一圈一圈的彩虹, 彩虹圈), the sight as foggy (雾雾的, 雾蒙蒙, 朦朦胧胧);
- NHS.uk vaginal bleeding in pregnancy (any bleeding: the midwife, GP or 111 the same day;
  heavy bleeding or severe pain: A&E): the blood said as seen on the toilet paper or the
  underwear, or a little fresh red blood;
- NHS.uk skin abscess (a lump that is painful, red or hot, or with a high temperature or
  feeling hot and shivery: an urgent GP appointment or 111): a lump scalding hot (滚烫, 烫手)
  or swollen up with a fever;
- NHS.uk hearing loss and NICE CKS Hearing loss in adults (sudden hearing loss in one ear: an
  urgent GP appointment or 111 the same day): the ear woken up with muffled or blocked (像塞了
  棉花, 听什么都闷闷的, 隔了一层);
- NHS.uk cuts and grazes (something stuck in the wound, or a wound that will not clean: an
  urgent treatment centre): grit, gravel or sand left in a graze that cannot be got out;
- NHS.uk cuts and grazes (a deep cut, or numbness or loss of movement past it: an urgent
  treatment centre) with NICE CKS and BSSH hand injuries: a cut finger that will not bend or
  straighten, or is numb at the tip (a tendon or nerve injury; the group was written after the
  ones above, and its sentences failed first).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk heart attack ("like a heavy weight": 999), NICE CG95; a load carried, or a chest
# pressed on in CPR practice, is no chest pain
CHEST_LOAD_PRESSED: list[tuple[str, str]] = [
    ("E", "我六十岁，胸口像压了一袋水泥，出冷汗，快半个小时了"),
    ("E", "胸口正中像压了一大袋米，喘不上气，一身冷汗"),
    ("E", "胸口好似压住一包沙咁，成身冷汗，痛到左手"),
    ("E", "胸口中間像有一袋東西壓著，冒冷汗，已經二十分鐘"),
    ("E", "老公说胸口像被压了一桶水，脸色发白，直冒汗"),
    ("U", "胸口像压了一袋大米，闷闷的"),
    ("L", "今天扛了一袋大米上五楼，肩膀有点酸"),
    ("L", "去上了急救课，练了按压胸口，手腕有点累"),
]

# NICE CKS Peripheral arterial disease (acute limb ischaemia), NHS.uk PAD; cold feet in winter,
# or a leg gone to sleep that came back, is not
LIMB_COLD_WHITE_PULSELESS: list[tuple[str, str]] = [
    ("E", "右脚由今朝开始冻冰冰，白雪雪，好痛"),
    ("E", "左腿突然冰冰冷，白得像纸一样，痛得要命"),
    ("E", "我爸的左脚冷冰冰的，发白，摸不到脚背的脉搏，很痛"),
    ("E", "隻腳好凍，摸唔到腳背嘅脈，腳趾冇知覺"),
    ("E", "有房颤，右小腿突然好痛，摸不到脉搏，脚趾动不了"),
    ("L", "冬天手脚总是冰冰冷，穿多点就好，别的都正常"),
    ("L", "坐久了脚麻了一下，站起来走几步就好了"),
]

# NICE CKS Red eye, NHS.uk glaucoma (acute angle closure); a rainbow after rain, or tired eyes
# foggy after a screen without pain or redness, is not
ANGLE_CLOSURE_RAINBOW_HALOES: list[tuple[str, str]] = [
    ("E", "右眼突然好痛，眼睛很红，看灯的时候旁边有一圈一圈的彩虹"),
    ("E", "眼睛又红又痛，看路灯周围都有彩虹圈，还想吐"),
    ("E", "左眼好痛好紅，睇嘢霧霧哋，仲嘔咗一次"),
    ("E", "眼睛很红很痛，看东西雾蒙蒙的，吐了两次"),
    ("E", "眼睛突然胀痛发红，看东西朦朦胧胧，呕吐了"),
    ("U", "这两天看灯光旁边有一圈圈彩虹"),
    ("L", "下完雨天上出了一道彩虹，拍了照片，眼睛没事"),
]

# NHS.uk vaginal bleeding in pregnancy (same day; heavy or with severe pain: A&E); blood on
# the paper from piles outside pregnancy, or a nosebleed in pregnancy, is not this
PREGNANCY_BLOOD_SEEN: list[tuple[str, str]] = [
    ("U", "怀孕十二周，上厕所发现卫生纸上有一点鲜红色的血"),
    ("U", "怀孕九周，擦的时候纸巾上有血"),
    ("U", "有咗十个礼拜，今朝见到底裤有啲血"),
    ("U", "懷孕十六週，內褲上有一點點咖啡色的血"),
    ("U", "孕十一周，上完厕所纸上有一点粉红色的血"),
    ("L", "有痔疮，大便以后纸上有一点血，没怀孕"),
    # NHS.uk piles in pregnancy (blood after straining, a lump at the bottom: a GP or
    # pharmacist), added after set 32's f32-zh-non-004 moved with the first version
    ("L", "怀孕三十周，便秘好几天，擦屁股的时候纸上有鲜红的血，肛门有个小包"),
]

# NHS.uk skin abscess (a painful, red or hot lump, or one with a high temperature: urgent GP or
# 111); a small lump neither hot nor sore is not
LUMP_SCALDING_OR_FEVER: list[tuple[str, str]] = [
    ("U", "腋下肿了一个包，摸着滚烫，很痛"),
    ("U", "屁股旁边肿了一个包，今天开始发烧三十八度"),
    ("U", "大腿上起咗個包，熱到烫手，好痛"),
    ("U", "背上肿了个包，痛到睡不着，发烧了"),
    ("L", "手臂上有个小包，不红不痛，一个月了"),
]

# NHS.uk hearing loss, NICE CKS Hearing loss in adults (sudden, one ear: same day); an ear
# that pops on a plane and comes back is not
MUFFLED_ON_WAKING: list[tuple[str, str]] = [
    ("U", "今天早上起来左耳像被塞了一团棉花，听什么都闷闷的"),
    ("U", "早上醒来右耳好似隔咗一层嘢，听嘢好朦"),
    ("U", "今天早上起床右耳朵听东西闷闷的，还有耳鸣"),
    ("U", "今朝起身隻左耳好似塞住咗，听嘢闷闷哋"),
    ("L", "坐飞机降落的时候耳朵闷了一下，打了个哈欠就好了"),
]

# NHS.uk cuts and grazes (something stuck in the wound, or it will not clean: an urgent
# treatment centre); a graze washed clean is looked after at home
GRIT_LEFT_IN_GRAZE: list[tuple[str, str]] = [
    ("U", "骑车摔了，膝盖擦破一大块，里面有很多沙子，冲了还是弄不出来"),
    ("U", "手掌擦伤，卡了好多小石子，挖不出来"),
    ("U", "跌親隻膝頭，入面有好多沙石，洗極都洗唔出"),
    ("U", "摔车后手肘擦破，嵌了很多碎石子，清不干净"),
    ("L", "膝盖擦破了一点皮，冲干净贴了创可贴"),
]

# NHS.uk cuts and grazes (a deep cut, or one you cannot move or feel past: an urgent treatment
# centre) with NICE CKS / BSSH hand injuries (a finger that will not bend or is numb after a
# cut: a tendon or nerve to check the same day); a small cut that moves and feels normally is not
CUT_FINGER_WONT_BEND_OR_NUMB: list[tuple[str, str]] = [
    ("U", "切菜割到手指，伤口不大，但现在手指弯不下去"),
    ("U", "玻璃划伤了手掌，血止住了，可是无名指指尖发麻没感觉"),
    ("U", "𠝹親隻手指，而家手指尾屈唔落，仲有啲麻"),
    ("U", "被刀割到大拇指，口子挺深，指头伸不直"),
    ("L", "切菜割到手指，一点小口子，贴了创可贴，手指活动正常"),
]

CASES = [
    *CHEST_LOAD_PRESSED,
    *LIMB_COLD_WHITE_PULSELESS,
    *ANGLE_CLOSURE_RAINBOW_HALOES,
    *PREGNANCY_BLOOD_SEEN,
    *LUMP_SCALDING_OR_FEVER,
    *MUFFLED_ON_WAKING,
    *GRIT_LEFT_IN_GRAZE,
    *CUT_FINGER_WONT_BEND_OR_NUMB,
]


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    from clinical.red_flags import load_rules

    return load_rules()


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set37_kinds_in_chinese_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
