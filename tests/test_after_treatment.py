"""After a treatment: dangers in everyday words, expected after-effects (rules-jd, session 44).

Our own sentences, in English and Chinese (simplified, Hong Kong Cantonese, Taiwan usage), from
people days or weeks after an operation, a procedure, a hospital discharge, a tooth out, a new or
changed medicine or a vaccine, each read as a first message with the rules alone:

1. **Emergencies and same-day complications** the guidance names (NHS.uk after surgery and each
   operation's recovery page, NHS.uk when to call 999, NICE NG89 / NG158 VTE, NICE NG151
   neutropenic sepsis, NHS.uk dry socket, NHS.uk vaccine side effects, MHRA drug alerts, NHS.uk
   caring for a cast), in the patient's words, the treatment blamed or the leaflet quoted.
2. **Hard negatives**: the after-effects the same pages call expected and look after at home
   (mild soreness, a little bruising or oozing, tiredness, a sore arm after a jab, a mild upset
   stomach on antibiotics): never an emergency, and below urgent or self-care as the page says.

Wrong before the change (5e2ec9a): 8 of the 81 sentences first written (dangers in English 2
of 22: appendix pain "all over my tummy", a wound split open; in Chinese 3 of 20: 割完盲腸,
剖腹生咗 with 腳瓜, Taiwan 解出鮮血; expected after-effects in English 2 of 22: a little oozing
after a tooth out, a prednisolone course for an asthma flare; in Chinese 1 of 17: 臉頰有點腫
after a wisdom tooth). The second walk (24 sentences, written after the first changes and run on
them): 4 of 24 wrong (Cantonese 屙出黑色嘅屎 on a blood thinner, Taiwan 水便 with blood, a baby's
fever after MenB with no age, and one row written at E that NHS.uk hysterectomy puts at the GP
or 111 the same day, corrected to U before any change). After: two open rows (strict xfails,
reasons below).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# 1. Emergencies and same-day complications.
DANGERS_EN = [
    # NHS.uk gallbladder removal recovery: worsening tummy pain, a high temperature, shivering: A&E
    (
        "E",
        "had my gallbladder out keyhole 4 days ago, tummy pain getting much worse and I'm "
        "shivering with a temp of 38.6",
    ),
    # NICE NG158 / NHS.uk pulmonary embolism: sudden breathlessness, pain breathing in after surgery
    (
        "E",
        "knee replacement 2 weeks ago, now suddenly really short of breath and sharp pain when "
        "I breathe in",
    ),
    # NICE NG89 / NHS.uk DVT: a swollen painful calf after a hip replacement: same day
    ("U", "my calf has gone swollen and tender since my hip replacement last week"),
    # NHS.uk caesarean recovery: a red, hot, leaking wound with a fever: same day
    (
        "U",
        "c-section 10 days ago, the wound is red, hot and oozing yellow stuff and I have a fever",
    ),
    # NHS.uk colonoscopy: heavy bleeding from the bottom after polyps removed: A&E
    (
        "E",
        "had a colonoscopy with polyps removed yesterday, now passing lots of blood from my "
        "bottom and I feel faint",
    ),
    # NICE NG151: a fever during chemotherapy: emergency assessment
    ("E", "my last chemo cycle was 8 days ago, temp is 38.3 and I'm shivery"),
    # NHS.uk amoxicillin / anaphylaxis: swelling of lips and tongue, wheezy: 999
    ("E", "started amoxicillin 3 days ago, now my lips and tongue are swelling up and I'm wheezy"),
    # NHS.uk after a tooth out: bleeding that will not stop when pressed: 111 / A&E
    (
        "U",
        "had a tooth out on Monday and the socket is still bleeding heavily, won't stop after "
        "biting on gauze for an hour",
    ),
    # NHS.uk dry socket: pain getting worse a few days after, bad taste: see the dentist
    (
        "N",
        "had a tooth pulled 3 days ago, the pain is getting worse, going up to my ear and "
        "there's a horrible taste in my mouth",
    ),
    # NHS.uk caring for a cast / BOAST compartment: numb, blue fingers, cannot move them: A&E
    (
        "E",
        "plaster cast on my arm since yesterday, fingers are numb and blue and I can't move them",
    ),
    # NICE NG232 / NHS.uk warfarin: a head injury on a blood thinner: A&E
    ("U", "on warfarin and had a fall this morning, banged my head on the table"),
    # NHS.uk ramipril (ACE inhibitor): tongue and throat swelling: 999
    (
        "E",
        "since starting my new blood pressure tablets ramipril my tongue and throat are swelling",
    ),
    # NHS.uk when to call 999: new confusion and fast breathing after a hospital stay (sepsis)
    (
        "E",
        "dad was discharged from hospital yesterday after pneumonia, now he's confused and "
        "breathing really fast",
    ),
    # NHS.uk coronary angioplasty: chest pain again after a stent: 999
    ("E", "had a stent put in 5 days ago and the crushing chest pain is back, I'm sweating"),
    # NHS.uk appendicectomy recovery: fever, worsening tummy pain, vomiting: A&E
    (
        "E",
        "appendix out last week, now a temperature of 39, pain getting worse all over my tummy "
        "and I keep vomiting",
    ),
    # NHS.uk endoscopy: vomiting blood afterwards: A&E
    ("E", "had an endoscopy yesterday and now I'm vomiting blood"),
    # NHS.uk vaccine side effects: swelling of the face and trouble breathing: 999
    (
        "E",
        "had the covid jab yesterday and now my face and lips are swelling and I'm struggling "
        "to breathe",
    ),
    # NHS England Steroid Emergency Card: long-term steroids, vomiting, faint: 999
    (
        "E",
        "I've been on long term prednisolone, vomiting all day and I nearly pass out when I stand",
    ),
    # NHS.uk prostate biopsy: a high temperature and shivering afterwards (infection): urgent
    ("U", "prostate biopsy 3 days ago, now a high temperature and shivering, I feel awful"),
    # NICE NG158: a swollen painful leg then breathless after a caesarean: 999
    ("E", "caesarean 2 weeks ago, my left calf is swollen and painful and now I'm breathless"),
    # NHS.uk after surgery: a wound that has opened up: same day
    ("U", "my wound from the operation has split open and I can see inside it"),
    # NHS.uk after a hernia repair: cannot pee at all, painful swollen bladder: A&E
    (
        "U",
        "hernia repair yesterday, haven't been able to pee at all since and my lower tummy is "
        "swollen and painful",
    ),
]

DANGERS_ZH = [
    ("E", "上周做了腹腔镜胆囊切除，今天肚子越来越痛，发烧38.8度，还一直发抖"),
    ("E", "膝关节置换术后两周，突然喘不过气，吸气时胸口刺痛"),
    ("U", "剖腹产后十天，伤口红肿流脓，还发烧"),
    ("E", "化疗后第七天，发烧38.5度，发冷"),
    ("E", "刚开始吃阿莫西林，嘴唇和舌头肿起来了，呼吸困难"),
    ("E", "打了石膏以后手指发紫、麻木，动不了"),
    ("U", "拔牙后一直流血止不住，已经咬纱布一个小时了"),
    ("E", "做完肠镜切了息肉，今天拉出很多鲜血，头晕"),
    ("N", "拔牙后第三天越来越痛，痛到耳朵，嘴里有怪味"),
    # Hong Kong Cantonese
    ("E", "我做完通波仔放支架三日，而家心口好翳好痛，出晒冷汗"),
    ("E", "割完盲腸一個禮拜，個肚越嚟越痛，發燒三十九度，仲一路嘔"),
    ("E", "剖腹生咗兩個禮拜，隻腳瓜腫咗好痛，而家又好喘"),
    ("E", "打完疫苗之後塊面同嘴唇腫晒，透唔到氣"),
    ("E", "做完化療一個星期，發燒38.5度，好凍好震"),
    ("U", "拔咗牙之後一直流血，咬住紗布一個鐘都止唔到"),
    # Taiwan usage
    ("E", "開完刀一週，小腿腫痛，今天突然很喘"),
    ("E", "打完疫苗後嘴唇腫起來，呼吸困難"),
    ("E", "做完大腸鏡切瘜肉，今天解出很多鮮血，頭暈"),
    ("E", "吃抗生素後全身起水泡，嘴巴破皮，皮膚一片片脫落"),
    ("U", "剛拔完智齒，一直流血止不住"),
]

# 2. Hard negatives: the expected after-effects.
EXPECTED_EN = [
    # NHS.uk flu vaccine side effects: a sore arm and tiredness for a day or two: home
    ("S", "had my flu jab yesterday, arm is a bit sore and I feel a little tired"),
    (
        "S",
        "covid booster this morning, my arm aches a bit where the needle went in, otherwise fine",
    ),
    # NHS.uk amoxicillin: feeling sick and diarrhoea are common, keep taking it
    (
        "L",
        "started amoxicillin 2 days ago, a bit of an upset stomach and loose poos but otherwise "
        "fine",
    ),
    # NHS.uk gallbladder removal recovery: bruising and shoulder tip pain from the gas are common
    (
        "L",
        "gallbladder out keyhole 5 days ago, little bit of bruising around the cuts and some "
        "shoulder tip pain, getting better each day",
    ),
    # NHS.uk caesarean recovery: the scar pulling, tiredness, healing
    (
        "S",
        "c-section 3 weeks ago, the scar pulls a bit when I stand up and I'm tired but it's "
        "healing well",
    ),
    # NHS.uk knee replacement recovery: swelling and bruising of the knee for weeks
    (
        "L",
        "knee replacement 10 days ago, the knee is still swollen and bruised, doing my "
        "exercises and the pain is getting less",
    ),
    # NHS.uk inguinal hernia repair: bruising and swelling of the groin, mild pain: painkillers
    (
        "L",
        "hernia repair 4 days ago, some bruising and swelling in the groin, mild soreness, "
        "painkillers are helping",
    ),
    # NHS.uk after a tooth out: a little oozing in the first day, mild soreness
    (
        "L",
        "tooth taken out yesterday, a little bit of oozing on my pillow this morning and mild "
        "soreness",
    ),
    # NHS.uk colonoscopy: a little blood and wind or bloating afterwards are normal
    (
        "L",
        "had a colonoscopy yesterday, bit bloated and windy, and a small streak of blood with "
        "my first poo",
    ),
    # NHS.uk gastroscopy: a sore throat for a day or two
    ("L", "had my endoscopy this morning and my throat is a bit sore"),
    # NHS.uk amlodipine: swollen ankles are common
    ("L", "on new blood pressure tablets amlodipine, ankles a bit puffy in the evening"),
    # NHS.uk ramipril: a dry tickly cough is common, tell the doctor if it bothers you
    ("L", "started ramipril last week and I've got a dry tickly cough"),
    # NHS.uk biopsy aftercare: a small bruise and tenderness
    ("L", "after my biopsy yesterday there's a small bruise and it's a bit tender"),
    # NHS.uk after surgery: tiredness for weeks while recovering
    (
        "L",
        "discharged from hospital 3 days ago after my op, still feel tired and a bit weak but "
        "improving every day",
    ),
    # NHS.uk caring for a cast: itching is common; pink, warm, moving fingers are fine
    ("L", "my cast feels a bit itchy inside but my fingers are pink and warm and move fine"),
    # NHS.uk prednisolone: trouble sleeping and a bigger appetite are common
    (
        "L",
        "started prednisolone for my asthma flare, can't sleep well and feel hungry all the time",
    ),
    # NHS.uk coronary angioplasty recovery: bruising where the catheter went in
    (
        "L",
        "had my stent put in last week, bit of bruising at my wrist where they went in, no "
        "chest pain",
    ),
    # NICE NG151 (no fever): tiredness and mild sickness after chemo
    ("!E", "after chemo I feel tired and a bit sick, no temperature, eating small amounts"),
    # NHS.uk warfarin: a bruise from a knock is expected; unexplained bruising is not
    ("L", "on warfarin, small bruise on my arm after I bumped it on the door, no other bleeding"),
    # NHS.uk vaccinations: a slight temperature and grumpiness after a baby's jabs
    (
        "!E",
        "two days since my baby's 8 week jabs, she's a bit grumpy with a slight temperature of "
        "37.8 but feeding well",
    ),
    # NHS.uk amoxicillin: a mild itchy rash: stop and tell the doctor, not 999
    (
        "!E",
        "on amoxicillin and got a blotchy itchy rash on my tummy, no swelling and breathing fine",
    ),
    # NHS.uk hysterectomy recovery: light bleeding and discharge for a few weeks
    (
        "L",
        "hysterectomy 2 weeks ago, still a little light bleeding and some tiredness, getting "
        "better",
    ),
]

EXPECTED_ZH = [
    ("S", "昨天打了流感疫苗，手臂有点酸痛，有点累，其他都好"),
    ("L", "吃抗生素第三天，肚子有点不舒服，大便有点稀，其他没事"),
    ("L", "腹腔镜胆囊手术后五天，伤口周围有点淤青，肩膀有点酸，一天比一天好"),
    ("S", "剖腹产三周，伤口愈合得很好，站起来有点扯扯的"),
    ("L", "拔牙后今天早上枕头上有一点点血丝，有点酸痛"),
    ("L", "做完胃镜喉咙有点痛"),
    ("L", "膝关节置换术后十天，膝盖还有点肿和淤青，疼痛慢慢减轻"),
    # Hong Kong Cantonese
    ("S", "琴日打咗新冠針，隻手有啲痛，有少少攰，其他冇事"),
    ("L", "做完疝氣手術三日，腹股溝有啲瘀同腫，食止痛藥有幫助"),
    ("L", "打咗石膏，入面有啲痕，手指粉紅色暖暖地，郁得好正常"),
    ("L", "開始食新血壓藥，腳踝夜晚有少少腫"),
    ("L", "食緊抗生素，個肚有少少唔舒服，其他都OK"),
    # Taiwan usage
    ("S", "昨天打完疫苗，手臂有點痠，有點累"),
    ("L", "開完刀出院三天，還是有點累，但每天都在進步"),
    ("L", "吃抗生素後有點拉肚子，其他還好"),
    ("L", "拔完智齒第二天，臉頰有點腫，有點痠痛"),
    ("L", "做完大腸鏡，肚子有點脹氣"),
]

# Written second, after the first groups' changes, from the same pages (NICE CG141 melaena on a
# blood thinner, NHS.uk antibiotics and C. difficile bloody diarrhoea, NICE NG158, NHS.uk caring
# for a cast, NHS.uk hysterectomy, NHS.uk MenB vaccine, NHS.uk dry socket, NICE NG151, RCUK
# anaphylaxis after a jab, NHS.uk thrush after antibiotics, NHS.uk after surgery).
SECOND_WALK = [
    ("E", "on apixaban after my knee op and now my poo is black and tarry and I feel dizzy"),
    ("U", "on clindamycin for a week and now watery diarrhoea 8 times today with some blood in it"),
    (
        "E",
        "had my hip replaced a week ago and this morning I coughed up blood and my chest hurts "
        "when I breathe in",
    ),
    ("U", "my cast feels really tight, my toes have gone puffy and they tingle"),
    # NHS.uk hysterectomy recovery: heavy vaginal bleeding is for the GP or 111 the same day
    ("U", "4 days after my hysterectomy, bleeding heavily through a pad every hour with clots"),
    (
        "E",
        "mum's 82, home from hospital after her hip op 2 days ago, suddenly very muddled and "
        "drowsy today",
    ),
    (
        "U",
        "tooth out 4 days ago, pain getting worse and spreading to my ear, and I have a "
        "temperature",
    ),
    (
        "L",
        "baby had his MenB jab yesterday, temp 38.1 after it, had Calpol and now back to normal "
        "and feeding well",
    ),
    (
        "E",
        "10 minutes after my jab at the pharmacy I came out in hives, my throat feels tight and "
        "I'm wheezing",
    ),
    (
        "!E",
        "had my shingles vaccine, arm is red and a bit swollen where the needle went in, no fever",
    ),
    ("L", "finished my course of antibiotics, now I've got thrush, itchy with white discharge"),
    (
        "L",
        "keyhole knee op a week ago, a bit of clear fluid on the dressing yesterday but it's dry "
        "today",
    ),
    ("E", "接受化療中，今日發燒38.2度，全身發冷，好辛苦"),
    ("E", "食緊薄血丸，今日屙出黑色嘅屎，好頭暈"),
    ("U", "拔完牙三日越嚟越痛，痛到耳仔，口入面有陣臭味"),
    ("L", "打完疫苗，手臂打針嘅位有啲紅腫，冇發燒"),
    ("E", "開刀後三天，傷口突然流很多血止不住，頭暈"),
    ("L", "手術後一週，傷口有點癢，沒有紅腫，也沒有流膿"),
    ("U", "吃了一週抗生素，今天拉了八次水便，還帶血"),
    ("L", "做完胆囊手术三天，肚子有点胀气，肩膀酸，吃止痛药就好"),
    ("E", "膝盖手术后一个星期，今天咳出血，吸气时胸口痛"),
    ("L", "打完新冠疫苗第二天有点低烧37.6度，手臂酸，吃了退烧药好多了"),
    ("U", "打石膏后脚趾有点肿，发麻"),
    ("E", "剖宫产后第五天，出血很多，一个小时湿透一片卫生巾，还有血块"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {
    "started prednisolone for my asthma flare, can't sleep well and feel hungry all the time": (
        "the flare named as the reason for the course reads as breathlessness now "
        "(breathless_new, urgent); an exclude was tried and dropped: it also lowered "
        "'started prednisolone for my asthma flare yesterday but it's getting worse' to non_urgent"
    ),
    "baby had his MenB jab yesterday, temp 38.1 after it, had Calpol and now back to normal and "
    "feeding well": "a baby's fever with no age is NICE NG143's floor (baby_fever_age_unknown, "
    "urgent: under 3 months 38 is red); the NHS.uk MenB page expects a fever after the jab, but "
    "which wins without the age is not settled here",
}


@pytest.mark.parametrize(("code", "text"), with_open(DANGERS_EN, OPEN_ROWS))
def test_dangers_en(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(DANGERS_ZH, OPEN_ROWS))
def test_dangers_zh(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EXPECTED_EN, OPEN_ROWS))
def test_expected_after_effects_en(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EXPECTED_ZH, OPEN_ROWS))
def test_expected_after_effects_zh(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SECOND_WALK, OPEN_ROWS))
def test_second_walk(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
