"""Pregnancy, labour, the six weeks after birth, breastfeeding and babies under one (rules-ge,
session 41).

Each sentence is our own, written by the mother, her partner, a grandparent or a friend, in
English and Chinese (simplified, Hong Kong Cantonese, Taiwan usage in traditional characters),
read as a first message with the rules alone. Sources, by group:

1. **Bleeding and ectopic signs in pregnancy** (NHS.uk vaginal bleeding in pregnancy: any
   bleeding, the midwife or 111 the same day, heavy bleeding or bleeding with pain 999; NHS.uk
   ectopic pregnancy and NICE NG126: shoulder-tip pain, faintness, sudden intense one-sided pain).
2. **Pre-eclampsia signs** (NHS.uk pre-eclampsia, NICE NG133: a severe headache, a change in
   vision, sudden swelling of the face, hands or feet, pain just below the ribs: call the
   midwife, GP or 111 now, the same day; a fit is 999).
3. **Waters breaking early and labour** (NICE NG25 preterm labour, RCOG GTG73 PPROM: waters
   breaking before 37 weeks, call the maternity unit now; RCOG GTG50 cord prolapse: 999).
4. **Reduced or changed fetal movements** (RCOG GTG57, NHS.uk your baby's movements: slower,
   fewer or different, contact the maternity unit now, the same day; never wait until tomorrow).
5. **The six weeks after birth** (NICE NG194 postnatal care, table of life-threatening
   conditions: sudden or heavy bleeding, fever or shivering with feeling unwell (sepsis),
   one-sided calf pain or swelling (DVT), breathlessness or chest pain (PE), a severe headache,
   with vision change an emergency; NHS.uk postpartum psychosis and NICE CG192: new strange
   beliefs, hearing voices, thoughts of harming herself or the baby, an emergency).
6. **Mastitis** (NHS.uk mastitis: a red, sore, hot breast with a high temperature or feeling
   hot and shivery, a GP or 111 the same day; a blocked duct without fever, feeding on).
7. **Babies under one** (NICE NG143 traffic lights: under 3 months with 38 °C or more, floppy,
   blue, grunting, a bulging fontanelle, a rash that does not fade under a glass are red;
   poor feeding is amber; NHS.uk newborn jaundice and NICE CG98: jaundice in the first 24 hours
   needs a doctor urgently; NHS 111: a baby who has stopped feeding).
8. **Hard negatives** (NHS.uk common pregnancy symptoms, NHS.uk Braxton Hicks, NHS.uk baby
   hiccups, milk spots (milia) and sneezing, "your newborn" pages): ordinary discomforts, a
   partner's worry with normal signs and questions in general stay below urgent.

Wrong before the change (22f98ff): 23 of the 138 sentences first written (group 1: 1 of 14, a
light bleeding; 2: 2 of 15, flashing lights alone; 3: 2 of 10, regular tightenings before term;
4: 2 of 12, kicks weaker or different, and Cantonese BB冇乜郁; 5: 0 of 17; 6: 2 of 9, mania and
paranoia in a partner's words; 7: 0 of 7; babies: 1 of 24, 软软的 with 没什么反应; jaundice: 3 of 6,
the first day of life; hard negatives: 10 of 24, hiccups, milk spots, sneezing and cold hands in a
well baby under 3 months and a general question, held urgent by the under-3-months floor, and leg
cramps read as tummy cramps). Found on the way: "my wife is 36 weeks" was no pregnancy (a
partner's words; read now in ``clinical/findings.py``). ``WRITTEN_AFTER`` (21) was written after
the change, in other words; 3 of its rows failed first and were closed (a Taiwan 一陣一陣緊,
"kicks aren't as strong", "acting really strange"). After: none open.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

BLEEDING_AND_ECTOPIC = [
    ("U", "I'm 9 weeks pregnant and have some light bleeding this morning"),
    ("U", "my wife is 20 weeks pregnant and she's spotting a bit of fresh blood"),
    ("E", "my girlfriend is 30 weeks pregnant and bleeding heavily, it's soaking through pads"),
    ("E", "I'm 7 weeks pregnant with bad pain on my left side and pain in the tip of my shoulder"),
    (
        "E",
        "my daughter is about 6 weeks pregnant, she has sharp pain low on one side and nearly "
        "fainted",
    ),
    (
        "E",
        "my friend's period is 2 weeks late and she has sudden really bad pain low down on the "
        "right, she's feeling dizzy",
    ),
    ("E", "34 weeks pregnant, bleeding and my bump has gone hard and won't relax, it really hurts"),
    ("U", "我怀孕八周，今天早上有少量出血"),
    ("E", "老婆怀孕32周，出血很多，一直流"),
    ("E", "我女儿怀孕六周，一边小腹剧痛，肩膀尖也痛，头晕"),
    ("U", "我老婆有咗十周，今朝見紅"),
    ("E", "我有咗七個禮拜，右邊下面好痛，頭暈暈差啲暈低"),
    ("E", "我太太懷孕30週，突然大量出血"),
    ("U", "懷孕12週，內褲上有一點點血"),
]

PRE_ECLAMPSIA = [
    ("U", "I'm 34 weeks pregnant and have a really bad headache that paracetamol isn't touching"),
    ("U", "my wife is 36 weeks pregnant and her face and hands have suddenly puffed up"),
    ("U", "I'm 32 weeks and my vision has gone blurry with a headache"),
    ("U", "my daughter is 35 weeks pregnant and has pain just under her ribs on the right"),
    ("U", "38 weeks pregnant and I keep seeing flashing lights"),
    ("E", "my wife is 37 weeks pregnant with a bad headache and now she's having a fit"),
    ("U", "friend is 33 weeks pregnant, bad headache and her feet and face swelled up overnight"),
    ("U", "我怀孕34周，头痛得很厉害，吃了扑热息痛也不行"),
    ("U", "老婆怀孕36周，脸和手突然肿起来了"),
    ("U", "我怀孕33周，右边肋骨下面很痛"),
    ("U", "我怀孕35周，眼睛看东西突然模糊，还头痛"),
    ("U", "我老婆有咗35周，頭好痛，塊面同手突然腫晒"),
    ("U", "我有咗33個禮拜，眼前成日見到閃光"),
    ("U", "我太太懷孕35週，頭痛得很嚴重，看東西霧霧的"),
    ("U", "懷孕34週，臉跟手突然腫起來"),
]

WATERS_AND_LABOUR = [
    ("U", "I'm 32 weeks pregnant and I think my waters have broken, clear fluid keeps trickling"),
    ("U", "my wife is 34 weeks and her waters just went"),
    ("U", "30 weeks pregnant and getting regular tightenings every 10 minutes"),
    ("U", "I'm 35 weeks pregnant and there's a gush of fluid, I'm soaked"),
    ("E", "my wife's waters broke and there's something like a cord coming out"),
    ("U", "我怀孕33周，好像破水了，一直有水流出来"),
    ("U", "老婆怀孕31周，肚子一阵一阵发紧，十分钟一次"),
    ("U", "我老婆有咗34周，啱啱穿咗羊水"),
    ("U", "懷孕32週，好像破水了"),
    ("E", "老婆破水了，看到脐带掉出来"),
]

FETAL_MOVEMENTS = [
    ("U", "I'm 30 weeks pregnant and the baby has been moving less than usual today"),
    ("U", "my wife is 36 weeks and she says the baby's kicks feel weaker and different"),
    ("U", "34 weeks, baby is much quieter than normal since this morning"),
    ("U", "I'm 38 weeks and haven't felt the baby move as much as usual today"),
    ("U", "my daughter is 29 weeks pregnant and says the baby's movements have slowed down"),
    ("U", "28 weeks pregnant, baby's pattern of movements has changed, fewer kicks today"),
    ("U", "我怀孕32周，今天胎动比平时少"),
    ("U", "老婆怀孕36周，说今天宝宝动得很少"),
    ("U", "我有咗35周，今日BB郁得少咗好多"),
    ("U", "我老婆有咗30周，佢話今日BB冇乜郁"),
    ("U", "懷孕33週，今天胎動變少了"),
    ("U", "我太太懷孕37週，寶寶今天動得比較少"),
]

AFTER_BIRTH = [
    ("E", "I had my baby 5 days ago and the bleeding has suddenly got much heavier with big clots"),
    ("E", "my wife gave birth last week and is soaking a pad every hour and feels faint"),
    ("U", "I had a baby 8 days ago and now I've got a fever of 38.5"),
    (
        "E",
        "my daughter had a c-section 6 days ago, she's got a fever, shivering, heart racing and "
        "feels awful",
    ),
    ("U", "gave birth two weeks ago and my left calf is swollen and sore"),
    ("E", "had my baby 10 days ago and suddenly I'm short of breath"),
    ("E", "my wife had our baby 4 days ago and now has a terrible headache and blurred vision"),
    ("U", "I had a baby 3 days ago and have a severe headache"),
    (
        "U",
        "my friend gave birth a week ago and her discharge smells really bad and she feels "
        "hot and shivery",
    ),
    ("E", "我生完孩子五天，突然出血很多，还有大血块"),
    ("U", "老婆剖腹产一周，今天发烧38.8度"),
    ("U", "我生完宝宝两周，左边小腿又肿又痛"),
    ("E", "我生完BB十日，突然好喘唞唔到氣"),
    ("E", "我老婆生完BB五日，出好多血，頭暈"),
    ("E", "太太產後一週，突然頭很痛，看東西模糊"),
    ("U", "我剛生完寶寶十天，發燒到38.6度"),
    ("U", "坐月子第二週，右邊小腿腫起來又痛"),
]

AFTER_BIRTH_MIND = [
    (
        "E",
        "my wife had our baby 10 days ago and now she says the baby is not ours and she "
        "hears voices",
    ),
    (
        "E",
        "since the birth 2 weeks ago my daughter hasn't slept, she's talking very fast and "
        "believes people are out to take the baby",
    ),
    ("E", "I had my baby 3 weeks ago and keep having thoughts of hurting her"),
    ("E", "I gave birth a month ago and I've been thinking about ending my life"),
    ("E", "老婆生完孩子一周，说听到有人跟她说话，觉得宝宝不是我们的"),
    ("E", "我生完宝宝三周，总有想伤害宝宝的念头"),
    ("E", "我老婆生完BB之後成個人好怪，話有人要搶走BB，幾晚冇瞓"),
    ("E", "我生完BB之後成日想死"),
    ("E", "太太產後兩週，一直說聽到聲音，覺得有人要害寶寶"),
]

MASTITIS = [
    (
        "U",
        "I'm breastfeeding and my right breast is red, hot and painful and I have a fever of 38.6",
    ),
    ("U", "my wife is breastfeeding, one breast is red and sore and she's hot and shivery"),
    ("U", "我在喂奶，左边乳房红肿热痛，发烧38.5度"),
    ("U", "我餵緊人奶，右邊胸紅晒好痛，發燒"),
    ("U", "我在餵母乳，乳房紅腫很痛，還發燒38.7度"),
    ("!E", "breastfeeding, I have a small tender lump in my breast, no fever, feel fine"),
    ("!E", "我喂奶，乳房有个硬块有点痛，没发烧"),
]

BABIES = [
    ("E", "my 6 week old baby has a temperature of 38.2"),
    ("E", "my 2 month old has a fever of 38"),
    ("E", "my grandson is 5 weeks old and feels hot, the thermometer says 38.4"),
    ("E", "my 4 month old is floppy and not responding like normal"),
    ("E", "my baby's lips have gone blue"),
    ("E", "my 3 month old is grunting with every breath"),
    ("E", "my 7 month old's soft spot on his head is bulging and he's very sleepy"),
    ("E", "my 9 month old has a rash that doesn't fade when I press a glass on it"),
    ("U", "my 5 week old baby has not fed since this morning"),
    ("U", "my 3 week old isn't feeding properly, taking much less than usual"),
    ("E", "我两个月大的宝宝发烧38度"),
    ("E", "我孙子才一个月，量体温38.3度"),
    ("E", "我八个月的宝宝软软的，没什么反应"),
    ("E", "宝宝嘴唇发紫"),
    ("E", "我三个月的宝宝呼吸的时候一直发出哼哼声"),
    ("E", "宝宝六个月，囟门鼓起来了，很想睡"),
    ("E", "我十个月的宝宝身上有红点，用杯子压也不退"),
    ("U", "我一个月大的宝宝从早上到现在都不肯吃奶"),
    ("E", "我個BB兩個月大，發燒38.2度"),
    ("E", "個孫一個月大，成個人軟晒，叫佢都冇反應"),
    ("U", "我個BB三個禮拜，成日都唔肯食奶"),
    ("E", "我的寶寶兩個月，發燒38.5度"),
    ("E", "寶寶七個月，頭頂的囟門鼓鼓的"),
    ("U", "我家寶寶一個月大，今天都不喝奶"),
]

JAUNDICE = [
    ("U", "our baby was born this morning and is already looking yellow"),
    ("U", "my baby is 1 day old and her skin went yellow within the first day"),
    ("U", "my newborn is yellow and too sleepy to feed"),
    ("U", "宝宝出生不到24小时，皮肤就发黄了"),
    ("U", "我個BB今朝先出世，而家已經好黃"),
    ("U", "寶寶出生第一天就變黃了"),
]

HARD_NEGATIVES = [
    ("L", "I'm 24 weeks pregnant and my lower back aches by the end of the day"),
    ("L", "28 weeks pregnant with heartburn after meals"),
    ("L", "I'm 33 weeks and get the odd painless tightening that goes away when I rest"),
    (
        "L",
        "16 weeks pregnant, sharp twinge at the side of my bump when I stand up quickly, "
        "goes in seconds",
    ),
    ("L", "pregnant and getting leg cramps at night"),
    ("L", "my ankles swell a bit by evening, I'm 35 weeks, better in the morning"),
    ("L", "my 2 month old has hiccups after every feed"),
    ("L", "my newborn has tiny white spots on her nose"),
    ("L", "my 3 week old sneezes a lot but is feeding well and has no temperature"),
    (
        "L",
        "my husband is worried because our 6 week old baby's hands feel cold, but she's feeding "
        "well, pink and has a normal temperature of 36.8",
    ),
    (
        "L",
        "my wife is 30 weeks and feeling the baby kick loads, my mum says that's too much, "
        "is that normal?",
    ),
    ("L", "what are the signs of pre-eclampsia?"),
    ("L", "how many wet nappies should a newborn have?"),
    ("L", "is it normal to bleed for a few weeks after giving birth?"),
    ("L", "我怀孕24周，下午腰有点酸"),
    ("L", "怀孕28周，吃完饭有点烧心"),
    ("L", "宝宝两个月，喝完奶老是打嗝"),
    ("L", "新生儿鼻子上有小白点"),
    ("L", "宝宝三周，老打喷嚏，吃奶很好，不发烧"),
    ("L", "我個BB成日打乞嗝，食奶好好"),
    ("L", "老公好緊張，話BB隻手凍，但係佢食奶好好，體溫36.8度"),
    ("L", "寶寶一個月，鼻子上有小白點"),
    ("L", "懷孕30週，晚上腳抽筋"),
    ("L", "子癇前症有什麼症狀？"),
]

# written after the change, in other words, to try the new readings and their look-alikes
WRITTEN_AFTER = [
    ("U", "my wife is 36 weeks and has a pounding headache and blurry vision"),
    ("U", "my girlfriend's 30 weeks and she's got some light bleeding"),
    ("U", "my daughter-in-law is 34 weeks and her face has suddenly swollen up"),
    ("U", "I'm 36 weeks and getting contractions every 5 minutes"),
    ("U", "我太太三十四週，眼睛看東西模糊"),
    ("U", "懷孕28週，肚子一陣一陣緊，五分鐘一次"),
    ("U", "my partner is 33 weeks and says the kicks aren't as strong as usual"),
    ("E", "since the birth my wife is acting really strange and hasn't slept for 3 nights"),
    ("E", "我老婆生完BB之後講嘢好快，講個不停，話有人要搶BB"),
    ("E", "宝宝八个月，软软的，叫他也没什么反应"),
    ("U", "宝宝三个月，今天没什么反应，不太理人"),
    ("U", "宝宝今天早上出生，现在皮肤黄黄的"),
    ("U", "my 5 week old has hiccups and keeps vomiting"),
    ("E", "my 6 week old's hands are cold and she's floppy"),
    ("L", "I'm 34 weeks with the odd Braxton Hicks, no pattern, they settle with a bath"),
    ("L", "I'm 37 weeks, how will I know when I'm in labour?"),
    ("L", "I'm 30 weeks pregnant, what does it mean if my bump feels tight sometimes?"),
    ("!E", "my wife had the baby 2 weeks ago, she's exhausted because the baby feeds all night"),
    ("L", "新生兒臉上有小白點，吃奶正常"),
    ("L", "my 4 week old baby has a few milk spots on her cheeks, otherwise fine"),
    ("L", "my wife is 28 weeks and the baby kicks a lot in the evening"),
]


@pytest.mark.parametrize(("code", "text"), with_open(BLEEDING_AND_ECTOPIC))
def test_bleeding_and_ectopic_signs(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PRE_ECLAMPSIA))
def test_pre_eclampsia_signs(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WATERS_AND_LABOUR))
def test_waters_and_labour(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FETAL_MOVEMENTS))
def test_fetal_movements(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_BIRTH))
def test_after_birth(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_BIRTH_MIND))
def test_after_birth_mind(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(MASTITIS))
def test_mastitis(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BABIES))
def test_babies_under_one(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(JAUNDICE))
def test_jaundice_early(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HARD_NEGATIVES))
def test_hard_negatives(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WRITTEN_AFTER))
def test_written_after(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
