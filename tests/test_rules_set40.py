"""Set 40's kinds, both languages: a body part or function talked round out of embarrassment
(a testicle as "one of my... down there, the left one", the waterworks stinging, a Cantonese
child's pee said as 辣辣哋), a button battery counted missing beside a small child, the
confusion of sepsis said as muddled speech or a relative called by another's name, mottled
knees said as 花花紫紫, a lump by the bottom growing more swollen with a fever, a baby's nappy
dry for hours through diarrhoea and vomiting, and breathlessness told as having to stop on a
short walk.

Written by rules-cb (session 32). The sentences are this file's own, each from the published
source named above its list:

- NHS.uk testicle pain (sudden, very bad pain in the testicles, pain with being sick, a
  testicle higher than usual: A&E; torsion is most common in boys and teenagers) and NICE CKS
  Scrotal pain and swelling: one of a pair "down there" named by its side;
- NHS.uk button batteries and magnets and RoSPA (if you think a child has swallowed a button
  battery, A&E straight away, even without symptoms): the battery found missing;
- NICE NG51 Sepsis (high risk: new altered mental state, mottled skin) and NICE CG103 Delirium
  (muddled speech, mistaking people): Cantonese 讲嘢乱咗, 叫我做阿哥个名, 膝头花花紫紫;
- NHS.uk urinary tract infections and NICE CKS Pyelonephritis (a UTI with a high temperature,
  shivers or pain in the side or back under the ribs: urgent GP or 111) and NICE NG224 UTI in
  under 16s (a child with a fever and UTI symptoms: same day): the stinging and the frequency
  talked round;
- NHS.uk skin abscess (a lump that is painful, red or hot, or feeling hot and shivery: urgent GP
  or 111): a lump growing more swollen (越来越肿) with a fever;
- NHS.uk diarrhoea and vomiting and NICE CG84 (a baby with signs of dehydration, such as fewer
  wet nappies: urgent GP or 111): a nappy dry for hours through diarrhoea or vomiting;
- NHS.uk shortness of breath and chest infection (breathless with a chest infection, over 65:
  urgent GP or 111): stopping to catch the breath on a short walk (走到厕所就要停下来喘).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

# NHS.uk testicle pain, NICE CKS Scrotal pain; a painless lump, a tooth or a knee is not
TESTICLE_BY_ITS_SIDE: list[tuple[str, str]] = [
    ("E", "I'm 14 and one of mine down there, the right one, suddenly really hurts and I threw up"),
    ("E", "embarrassing, agony in one of my... down there, the left one, since I woke"),
    ("E", "my son is 13, says the left one down there hurts loads, came on all of a sudden"),
    ("E", "I'm 16, pain down below, the right one, it's sitting higher than the other one"),
    ("E", "sorry, I'm 17 and one of them down there is killing me, came on suddenly an hour ago"),
    ("L", "found a small painless lump on one of my... down there, the left one, I'm 30 and well"),
    ("!E", "one of my back teeth, the left one, suddenly hurts when I bite"),
    ("!E", "my knee, the left one, suddenly hurt on the stairs but I can walk fine"),
]

# NHS.uk button batteries and magnets, RoSPA; a dead phone battery or an adult alone is not
BATTERY_COUNTED_MISSING: list[tuple[str, str]] = [
    ("E", "我女儿两岁，刚发现手表里的电池不见了，到处都找不到"),
    ("E", "個仔四歲，玩完個計數機，入面粒電池唔見咗，搵唔到"),
    ("E", "孙子三岁，遥控器后面的小电池少了一颗，沙发底下也没有"),
    ("E", "my 2 year old was playing with the kitchen scales and now the battery is missing"),
    ("E", "my son is 3 and we can't find the button battery from his toy anywhere"),
    ("E", "女儿一岁半，磁力珠少了两颗，找不到"),
    ("L", "手机电池没电了，孩子在玩，没事"),
    ("L", "我三十岁，遥控器电池不见了，想问下头痛吃什么药"),
]

# NICE NG51 Sepsis, NICE CG103 Delirium; a relative who talks muddled from a stroke years ago
# with no fever is not this file's
SEPSIS_MUDDLE_AND_MOTTLING: list[tuple[str, str]] = [
    ("E", "阿爸七十九歲，發燒三十八度九，今日講嘢亂咗，唔知自己喺邊"),
    ("E", "阿嫲發燒，叫我做阿爸個名，成個人冇乜精神"),
    ("E", "外婆发烧三十九度，说话乱了，一直把我叫成我妈"),
    ("E", "阿媽發冷震，膝頭啲皮花花紫紫"),
    ("E", "奶奶发高烧，膝盖的皮肤一块块发花，手脚冰凉"),
    ("L", "外婆前几天着凉，今天好了，说话清楚，膝盖有点酸"),
    ("!E", "膝盖撞到桌角，青了一块，不发烧"),
]

# NHS.uk UTIs, NICE CKS Pyelonephritis, NICE NG224; a sting with no fever or side pain, or
# spicy food, is not
URINE_TALKED_ROUND: list[tuple[str, str]] = [
    ("U", "waterworks stinging for two days and now I'm shivery with a temperature of 38.5"),
    ("U", "waterworks burn, going every ten minutes, now a fever and pain round the back"),
    ("U", "going every 5 mins to the loo, stings like mad, and an ache in my side under the ribs"),
    ("U", "個仔四歲，發燒三十八度五，話小便嗰陣辣辣哋"),
    ("U", "女儿三岁，发烧，说尿尿的时候辣辣的，老往厕所跑"),
    ("U", "个女五岁，发烧，屙尿好辣，成日去厕所"),
    ("L", "吃了火锅，嘴巴辣辣的，没有发烧"),
    ("L", "waterworks a bit stingy since yesterday, no fever, no back or side pain"),
]

# NHS.uk skin abscess; a lump that stays the same with no fever is not
LUMP_SWELLING_WITH_FEVER: list[tuple[str, str]] = [
    ("U", "腋下起了个包，越来越肿，今天发烧三十八度"),
    ("U", "屁股旁边长了个包，两天越来越肿越来越疼，开始发烧"),
    ("U", "大腿內側起咗個包，越嚟越腫，今日發燒"),
    ("L", "手臂上有个小包，一个月没变化，不痛，没发烧"),
]

# NHS.uk diarrhoea and vomiting, NICE CG84; a nappy dry for an hour after a feed is not
NAPPY_DRY_WITH_DIARRHOEA: list[tuple[str, str]] = [
    ("U", "宝宝八个月，拉肚子三天，尿不湿从早上到现在还是干的"),
    ("U", "BB九個月，屙肚兩日，吐咗兩次，片片由朝早到而家都係乾嘅"),
    ("U", "my 11 month old has diarrhoea and her nappy has been dry since this morning"),
    ("U", "baby is 7 months, vomiting all day and the nappy is still dry after 8 hours"),
    ("L", "宝宝七个月，拉了一次稀的，尿不湿一直湿的，吃奶正常"),
]

# NHS.uk shortness of breath, chest infection; out of breath after running is not
STOPS_TO_CATCH_BREATH: list[tuple[str, str]] = [
    ("U", "爸爸七十岁，咳嗽有黄痰，走到门口就要停下来喘"),
    ("U", "阿婆八十歲，咳咗一個禮拜，行幾步就要停低唞氣"),
    ("U", "外公咳嗽发烧，上厕所回来要坐下来喘半天"),
    ("U", "my dad is 80, chesty cough, has to stop to get his breath walking to the loo"),
    ("L", "跑完五公里有点喘，休息一下就好了"),
    ("L", "宝宝四个月，鼻塞，喝奶会停下来喘一下，还是喝得完，没发烧"),
]

# NHS.uk squint (a child's eye turning in or out: see a GP) and NICE CKS Delirium: a phase the
# child will "grow out of" is no confusion said as "out of it"
GROW_OUT_OF_IT: list[tuple[str, str]] = [
    ("L", "my son is 4, his left eye turns in now and then, granny says he'll grow out of it"),
    ("L", "my daughter still wets the bed at 5, my mum says she'll grow out of it"),
    ("L", "he's 2 and stammers a bit when excited, everyone says kids grow out of it"),
    ("U", "my grandad is totally out of it today and not making sense"),
]

# NICE CG141 coffee-ground vomit against NHS.uk ectopic pregnancy (pregnant or a late period,
# pain on one side of the tummy with vaginal bleeding or a brown watery discharge: urgent GP
# or 111): brown on the underwear or a liner is the bleeding, not the vomit
BROWN_ON_THE_UNDERWEAR: list[tuple[str, str]] = [
    ("=U", "测了两条杠，左边小肚子隐隐作痛，内裤上有点咖啡色的东西"),
    ("=U", "怀孕六周，右边下腹有点疼，护垫上有一点咖啡色的东西，不头晕"),
    ("=U", "驗到有咗，左邊下腹隱隱痛，底褲有少少咖啡色嘢"),
    ("E", "爸爸今天吐出咖啡色的东西，人很虚"),
    ("E", "阿爺呕咗啲咖啡色嘢，好攰"),
]

# NHS.uk testicular lumps and swellings (see a GP: most lumps are not cancer, but a GP should
# check a new one) and NICE NG12: a painless lump on one of a pair down there stays a GP's
TESTICLE_LUMP_TALKED_ROUND: list[tuple[str, str]] = [
    ("L", "found a small painless lump on one of my... down there, the right one, I'm 25"),
    ("L", "there's a pea-sized lump on one of them down below, doesn't hurt, been there a week"),
    ("E", "a lump on one of mine down there, the left one, and it suddenly got really painful"),
]

# NHS.uk tension headaches (a tight band around the head: self-care) against NICE CG95 Chest
# pain: the band told as a feeling round the forehead is the head's, round the chest the heart's
TIGHT_BAND_ROUND_THE_FOREHEAD: list[tuple[str, str]] = [
    ("L", "a tight band feeling round my forehead since lunch, after a long day at the screen"),
    ("L", "I get a tight band round my forehead when I skip water at work, paracetamol helps"),
    ("U", "a tight band feeling round my chest since this morning"),
    ("U", "tight band round my forehead and a tight band round my chest too"),
]

CASES = (
    TESTICLE_BY_ITS_SIDE
    + BATTERY_COUNTED_MISSING
    + SEPSIS_MUDDLE_AND_MOTTLING
    + URINE_TALKED_ROUND
    + LUMP_SWELLING_WITH_FEVER
    + NAPPY_DRY_WITH_DIARRHOEA
    + STOPS_TO_CATCH_BREATH
    + GROW_OUT_OF_IT
    + BROWN_ON_THE_UNDERWEAR
    + TESTICLE_LUMP_TALKED_ROUND
    + TIGHT_BAND_ROUND_THE_FOREHEAD
)


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set40_kinds_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize("text", [text for code, text in TESTICLE_LUMP_TALKED_ROUND if code == "L"])
def test_a_testicle_lump_talked_round_is_the_gps(rules: RuleSet, text: str) -> None:
    """NHS.uk testicular lumps and swellings: see a GP (non_urgent), not self-care."""
    level, _ = rules_only_level(text, rules)
    assert level is Disposition.NON_URGENT
