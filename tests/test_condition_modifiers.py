"""A known condition, medicine or situation that changes what a mild-sounding symptom means.

A fever is a GP matter for most people, an emergency within weeks of chemotherapy (NICE NG151,
UKONS) or with sickle cell disease (NHS.uk sickle cell disease: call 999 or go to A&E with a
temperature of 38 °C or more, chest pain or breathlessness). A bump on the head is self-care,
A&E on an anticoagulant (NICE NG232). The danger is in the combination, so each modifier is
said here as the condition named, implied by its medicine ("on warfarin", "my chemo nurse",
"hydrocortisone tablets") or in lay words, in English and Chinese (simplified, traditional and
Cantonese), with the symptom; each has counterparts that must stay lower (the condition alone,
the symptom denied, a past event), so nothing over-triages.

Sources walked, one group each: NICE NG51 sepsis high-risk groups and NICE NG151 / UKONS
neutropenic sepsis; NHS.uk sickle cell disease; NHS.uk diabetic ketoacidosis and Diabetes UK sick
day rules, NHS.uk / Diabetes UK low blood sugar (still low after treating it: 999); Society for
Endocrinology adrenal crisis; NICE NG232 head injury and NHS.uk anticoagulants; NICE NG133 /
NHS.uk pre-eclampsia; NICE NG158 VTE; NHS.uk kidney transplant and dialysis; NICE CG64 / NHS.uk
endocarditis (a replacement heart valve); NHS.uk abdominal aortic aneurysm; NICE NG143 (a baby
under 3 months); NHS.uk head injury (vomiting or drowsiness since); NHS.uk epilepsy (a seizure
over 5 minutes, a first fit); NHS.uk wound infection after surgery; NICE NG234 metastatic spinal
cord compression.

Wrong before the change (rules-cg, session 33): 30 of 142.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CHEMOTHERAPY: list[tuple[str, str]] = [
    # NICE NG151 / UKONS: a fever or feeling unwell within 6 weeks of chemotherapy
    ("E", "I had chemo 10 days ago and now I've got a temperature of 38.2"),
    ("E", "my chemo nurse said to ring if I got a fever, I'm 38 and shivery"),
    ("E", "second round of chemotherapy last Tuesday and now hot and shivering"),
    ("E", "I'm on capecitabine tablets for bowel cancer and I've got a temperature of 38"),
    ("E", "had my docetaxel 8 days ago and now I'm shivering and have a fever"),
    ("U", "had chemo last week and I just feel really unwell today"),
    ("U", "my mum is on chemotherapy and she's feeling very unwell and off her food today"),
    ("E", "化疗后第十天，今天发烧38度5"),
    ("E", "上星期做完化療，今日發燒發冷"),
    ("E", "我妈在做化疗，现在发烧了"),
    ("U", "打完化疗一个星期，今天觉得很不舒服"),
    ("!E", "I finished chemo two years ago and I'm well, just a sore knee"),
    ("!E", "had chemo 10 days ago, no fever, feeling a bit tired"),
    ("!E", "做化疗中，没有发烧，就是有点累"),
]

IMMUNE_AND_SPLEEN: list[tuple[str, str]] = [
    # NICE NG51: immunosuppression and no spleen raise the risk of a fever
    ("U", "I've had my spleen removed and now I've got a high temperature"),
    ("U", "I have no spleen and I'm running a fever with chills"),
    ("U", "I'm on methotrexate and have a fever of 38.5"),
    ("U", "I take high dose steroids and immunosuppressants and now have a temperature"),
    ("U", "我脾切除了，现在发高烧"),
    ("U", "我冇脾臟，而家發燒"),
    ("U", "我没有脾脏，现在发烧"),
    ("!E", "I had my spleen removed years ago, need a repeat prescription"),
]

SICKLE_CELL: list[tuple[str, str]] = [
    # NHS.uk sickle cell disease: a temperature of 38 °C or more, chest pain, breathlessness
    ("E", "I have sickle cell and I've got a fever and pain in my legs"),
    ("E", "sickle cell crisis, chest pain and I'm breathless"),
    ("E", "my son has sickle cell anaemia and his temperature is 38.5"),
    ("E", "I have sickle cell disease and I'm hot and shivery"),
    ("E", "我有镰状细胞贫血，现在发烧，全身痛"),
    ("E", "我有鐮狀細胞病，胸口痛，好喘"),
    ("E", "個仔有鐮刀型貧血，而家發燒"),
    ("!E", "I have sickle cell trait, just wondering about travelling"),
    ("!E", "I have sickle cell and need my folic acid prescription renewed"),
    ("!E", "I have sickle cell trait and I've got a temperature with a cold"),
]

DIABETES: list[tuple[str, str]] = [
    # NHS.uk DKA / Diabetes UK sick day rules: type 1 with vomiting, ketones, high readings
    ("E", "I'm type 1 diabetic, been vomiting all night and my ketones are 3.4"),
    ("E", "type 1, can't keep anything down and my sugar is 25"),
    ("E", "my insulin pump failed, I'm being sick and my blood sugar meter says HI"),
    ("U", "I'm type 1 and I've been vomiting since this morning"),
    ("U", "on insulin for type 1 and I keep being sick"),
    ("E", "我是1型糖尿病，一直吐，酮体3.5"),
    ("E", "我係一型糖尿，嘔到乜都食唔落，血糖28"),
    ("U", "我有一型糖尿病，今天一直在吐"),
    # NHS.uk / Diabetes UK low blood sugar: still low after treating it twice or more: 999
    ("E", "husband is diabetic, sugar 2.5 and not coming up after two lots of glucose tablets"),
    ("E", "on insulin, had a hypo, took jelly babies twice and still 2.8 and getting confused"),
    ("E", "I've treated my hypo three times and my sugar is still 3.1"),
    ("E", "我爸打胰岛素，低血糖，吃了两次糖还是2.6"),
    ("E", "低血糖，食咗三次糖都仲係3.0"),
    ("!E", "had a hypo this morning, 3.6, had juice and it came up to 6 and I feel fine"),
    ("!E", "I'm type 1 and my sugars have been a bit high this week, 11 to 13, no ketones"),
    ("!E", "I'm type 1 diabetic, no vomiting, just a sore throat"),
    ("!E", "低血糖3.5，吃了糖之后升到6了，没事了"),
]

ADRENAL: list[tuple[str, str]] = [
    # Society for Endocrinology: vomiting or unable to take steroid tablets: the emergency injection
    ("E", "I have Addison's and I've been vomiting and can't keep my hydrocortisone down"),
    ("E", "on hydrocortisone tablets for adrenal insufficiency and been sick 3 times this morning"),
    ("E", "my daughter has CAH and has vomited her morning steroid dose"),
    ("E", "我有艾迪生病，一直吐，氢化可的松吃不下去"),
    ("E", "我食緊氫化可的松，肾上腺功能不全，嘔咗幾次"),
    ("!E", "I have Addison's and I'm doing well, need a repeat of my hydrocortisone"),
]

ANTICOAGULANTS: list[tuple[str, str]] = [
    # NICE NG232: any head injury on an anticoagulant; NHS.uk anticoagulants: bleeding that will
    # not stop, black poo
    ("E", "I'm on warfarin and I banged my head on a cupboard door"),
    ("E", "my mum takes apixaban and she fell and hit her head"),
    ("E", "on rivaroxaban, slipped and knocked my head, small bump"),
    ("E", "I take edoxaban for AF and hit my head on the car door"),
    ("E", "dad is on dabigatran and bumped his head getting out of bed"),
    ("E", "我在吃华法林，刚才撞到头了"),
    ("E", "我媽食緊薄血藥，跌親撞到個頭"),
    ("E", "我服用阿哌沙班，跌倒碰到頭"),
    ("E", "I'm on warfarin and my nosebleed won't stop after an hour"),
    ("E", "吃华法林，流鼻血止不住"),
    ("U", "on rivaroxaban and my poo has been black and tarry since yesterday"),
    ("U", "I take apixaban and I've been passing black stools"),
    ("U", "食緊利伐沙班，大便黑色"),
    ("!E", "I'm on warfarin and I bumped my knee, small bruise"),
    ("!E", "on apixaban, had a nosebleed that stopped after 10 minutes"),
    ("!E", "I'm on warfarin and I bruise easily, nothing new"),
]

PRE_ECLAMPSIA: list[tuple[str, str]] = [
    # NICE NG133 / NHS.uk pre-eclampsia: after 20 weeks or up to 6 weeks after the birth
    ("U", "32 weeks pregnant and I've had a bad headache all day that paracetamol hasn't touched"),
    ("U", "34 weeks pregnant, seeing flashing lights and my face has puffed up"),
    ("U", "I'm 28 weeks and I have pain under my ribs on the right side"),
    ("U", "36 weeks, my hands and face suddenly swelled up today"),
    ("U", "I had my baby 2 weeks ago and I've got a terrible headache and blurry vision"),
    ("U", "怀孕32周，头痛得厉害，眼前有闪光"),
    ("U", "懷孕三十週，突然臉和手都腫了"),
    ("U", "生完孩子十天，头很痛，看东西模糊"),
    ("L", "I'm 30 weeks pregnant and my ankles are a little swollen at the end of the day"),
    ("L", "I'm 25 weeks pregnant, wondering if I can eat soft cheese"),
]

CLOTS: list[tuple[str, str]] = [
    # NICE NG158: surgery, a long flight, pregnancy or after the birth, the pill
    ("E", "had a knee operation 2 weeks ago, now my calf is swollen and I'm short of breath"),
    ("E", "just flew back from Australia, calf is swollen and sharp chest pain when I breathe in"),
    ("E", "I'm on the pill and my leg is swollen and painful and now I'm breathless"),
    ("E", "gave birth 3 weeks ago, calf is tender and swollen and I'm getting breathless"),
    ("U", "long-haul flight yesterday, now my left calf is swollen, red and painful"),
    ("U", "hip replacement 10 days ago and my calf is hot and swollen"),
    ("E", "做完手术两周，小腿肿痛，现在喘不过气"),
    ("E", "刚坐完长途飞机，小腿肿，胸口痛，呼吸急"),
    ("E", "食緊避孕藥，隻腳腫痛，而家好喘"),
    ("U", "坐了十几个小时飞机，一边小腿肿痛"),
    ("!E", "flew to Spain last month, legs a bit achy after a long walk today"),
]

TRANSPLANT_DIALYSIS_VALVE: list[tuple[str, str]] = [
    # NHS.uk kidney transplant and dialysis; NICE CG64 / NHS.uk endocarditis (a replaced valve)
    ("U", "I'm on dialysis and I've got a fever and shivers"),
    ("U", "I had a kidney transplant last year and now I have a temperature of 38.3"),
    ("U", "my dad has a liver transplant and he's running a temperature"),
    ("U", "我在做透析，发烧了"),
    ("U", "我换过肾，而家发烧"),
    ("U", "I've got an artificial heart valve and I've had a fever for 3 days"),
    ("U", "had my aortic valve replaced last year, now feverish and night sweats"),
    ("U", "I have a mechanical heart valve and I've got a temperature today"),
    ("U", "我换过心脏瓣膜，发烧好几天了"),
    ("U", "我有人工心瓣，今日發燒"),
    ("!E", "I'm on dialysis three times a week, need a sick note"),
    ("!E", "I've got a mechanical heart valve, just booking an INR check"),
]

ANEURYSM: list[tuple[str, str]] = [
    # NHS.uk abdominal aortic aneurysm: sudden severe tummy or back pain: 999
    ("E", "I have a known aortic aneurysm and I've suddenly got bad back pain"),
    ("E", "my dad has a triple A they've been watching and now has sudden tummy pain"),
    ("E", "under surveillance for an AAA and suddenly severe pain in my belly going to my back"),
    ("E", "我有腹主动脉瘤，突然腰背剧痛"),
    ("E", "我爸有主動脈瘤，突然肚痛"),
    ("!E", "I have a small aortic aneurysm, when is my next scan due"),
]

INFANT_FEVER: list[tuple[str, str]] = [
    # NICE NG143: under 3 months with a temperature of 38 °C or more
    ("E", "my 6 week old has a temperature of 38.1"),
    ("E", "our newborn is 10 days old and feels hot, thermometer says 38"),
    ("E", "my baby is 2 months old and has a fever of 38.4"),
    ("E", "宝宝两个月，发烧38度2"),
    ("E", "BB仔六個星期大，發燒38度"),
    ("!E", "my 6 month old has a temperature of 37.8 but is feeding and playing well"),
]

HEAD_INJURY_SINCE: list[tuple[str, str]] = [
    # NHS.uk head injury / NICE NG232: vomiting or drowsiness since the injury
    ("E", "my son hit his head at football yesterday and this morning he's been sick twice"),
    ("E", "fell and banged my head 2 days ago, now I keep being sick and feel really drowsy"),
    ("E", "she bumped her head on the table earlier and now she's really sleepy and hard to wake"),
    ("E", "昨天撞到头，今天开始吐了两次"),
    ("E", "個仔琴日撞親個頭，今朝嘔咗兩次，好眼瞓"),
    ("!E", "bumped my head on a cupboard yesterday, small bump, no sickness, feel fine"),
]

SEIZURES: list[tuple[str, str]] = [
    # NHS.uk epilepsy: a seizure over 5 minutes, or a first seizure: 999
    ("E", "my son has epilepsy and he's been fitting for over 5 minutes"),
    ("E", "I have epilepsy and my seizure lasted 10 minutes this time"),
    ("E", "my husband just had a fit for the first time ever, he's never had one before"),
    ("E", "my daughter had her first seizure today, she's 20 and has no history"),
    ("E", "我儿子有癫痫，这次抽了超过五分钟"),
    ("E", "我老公第一次抽筋發作，以前從來沒有"),
    ("!E", "I have epilepsy, had my usual short seizure yesterday and recovered fully"),
    ("!E", "my son has epilepsy, he had one of his usual brief seizures and is back to normal"),
]

AFTER_SURGERY: list[tuple[str, str]] = [
    # NHS.uk wound infection after surgery; NICE NG51 (surgery in the last 6 weeks)
    ("U", "appendix out a week ago and the wound is red, spreading and I've got a temperature"),
    ("U", "c-section 10 days ago, the scar is red and hot and I feel feverish"),
    ("U", "剖腹产后十天，伤口红肿发热，还发烧"),
    ("U", "做完手術一個星期，傷口紅腫擴散，發燒"),
    ("!E", "had my gallbladder out 2 weeks ago, wound is healing well, a little itchy"),
]

CANCER_BACK: list[tuple[str, str]] = [
    # NICE NG234: known cancer with new back pain (urgent), with leg weakness or numbness
    # (immediate)
    ("E", "I have prostate cancer and new back pain and my legs have gone weak"),
    ("E", "breast cancer that's spread to the bones, now back pain and numbness in my legs"),
    ("U", "I'm having treatment for lung cancer and I've got new back pain that's worse at night"),
    ("E", "我有肺癌，最近背痛，现在两条腿没力"),
    ("E", "我有乳癌，背痛，雙腳發麻無力"),
    ("U", "我有前列腺癌，最近开始背痛，晚上痛得更厉害"),
    ("!E", "had bowel cancer 10 years ago, all clear, a bit of back ache after gardening"),
]

# A second walk, written after the first change: the same modifiers said other ways (the
# medicine or the team implying the condition, brand names, hours of a flight, a carer's
# "seizing"), with look-alikes that must stay lower (a short flight, a back seizing up, a
# pulled calf). 3 of 42 wrong before the second change.
MORE_WAYS: list[tuple[str, str]] = [
    ("E", "my oncology team gave me a hotline number, I'm 37.9 and shivery, chemo was 9 days ago"),
    ("E", "on my third cycle of FEC and running a temp of 38.3"),
    ("U", "I'm on azathioprine and have a temperature and a sore throat"),
    ("U", "on tacrolimus after my transplant and now feverish"),
    ("U", "I take prednisolone 20mg every day and now I've got a fever"),
    (
        "E",
        "steroid dependent, throwing up since last night, can't keep my tablets down",
    ),
    ("E", "my son has adrenal insufficiency, he's vomiting and floppy"),
    (
        "E",
        "I carry a steroid emergency card, I've had diarrhoea and vomiting all day and feel faint",
    ),
    ("E", "我是肾上腺皮质功能减退，呕吐，吃不下激素药"),
    ("E", "I'm on blood thinners and had a fall, hit my head on the floor"),
    ("E", "my grandad is on anticoagulants and knocked his head this morning"),
    ("E", "on eliquis and bumped my head on a shelf"),
    ("E", "on xarelto and I've been passing black tarry poo and feel dizzy"),
    ("E", "我食緊華法林，琴日撞親個頭，而家頭痛"),
    ("U", "我在吃抗凝药，今天大便是黑色的"),
    ("E", "I'm on the contraceptive pill, one calf swollen and sharp chest pain breathing in"),
    ("E", "just back from a 14 hour flight, my calf hurts and I'm out of breath"),
    ("E", "吃避孕药，一边小腿肿痛，现在胸口痛喘不过气"),
    ("E", "产后两周，小腿肿，突然气促"),
    ("E", "I have an AAA and now I have sudden severe back pain and feel faint"),
    ("E", "我有动脉瘤，突然背痛得很厉害"),
    ("E", "my 5 week old baby feels hot and the thermometer says 38.2"),
    ("E", "我个仔5个星期大，体温38.3"),
    ("E", "my 3 year old fell off the sofa and hit his head, he's been sick 3 times since"),
    ("E", "my dad with epilepsy has been seizing for 6 minutes"),
    ("E", "他第一次抽搐，从来没有过"),
    (
        "U",
        "hernia op 5 days ago, the wound is getting redder, oozing, and I've got a temperature",
    ),
    ("U", "做完阑尾手术一周，伤口红肿流脓，发烧"),
    ("E", "I have myeloma and my back really hurts and my legs feel weak"),
    ("E", "我有骨转移，背痛，两条腿没力走路困难"),
    ("U", "I have breast cancer and my back has started hurting this week"),
    (
        "E",
        "I'm 33 weeks pregnant with a severe headache and flashing lights and pain under my ribs",
    ),
    ("U", "35周，脚和脸突然肿起来了"),
    ("U", "I'm on dialysis and my temperature is 38.4"),
    ("U", "我做腹膜透析，发烧，肚子痛"),
    ("E", "I have sickle cell, my chest hurts and I'm struggling to breathe"),
    ("E", "sickle cell, I've got a temperature of 38.5"),
    ("E", "我有镰刀型贫血，发烧38.6"),
    ("!E", "2 hour flight to Spain, calf hurts after hiking, a bit out of breath on hills"),
    ("!E", "my back is seizing up after gardening"),
    ("L", "I pulled my calf playing football, calf hurts, no other problems"),
    ("!E", "after my op my calf is sore from the stockings, breathing fine"),
]

ALL = (
    CHEMOTHERAPY
    + IMMUNE_AND_SPLEEN
    + SICKLE_CELL
    + DIABETES
    + ADRENAL
    + ANTICOAGULANTS
    + PRE_ECLAMPSIA
    + CLOTS
    + TRANSPLANT_DIALYSIS_VALVE
    + ANEURYSM
    + INFANT_FEVER
    + HEAD_INJURY_SINCE
    + SEIZURES
    + AFTER_SURGERY
    + CANCER_BACK
    + MORE_WAYS
)


@pytest.mark.parametrize(("expected", "text"), ALL)
def test_a_known_condition_changes_the_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
