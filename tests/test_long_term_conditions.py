"""Patients with a long-term condition writing about a new or usual problem (rules-dx, session 40).

Each sentence is our own, in English or Chinese (simplified, and some Hong Kong / Taiwan
traditional), read as a first message with the rules alone. Both sides of each condition: a
danger the patient plays down ("just my usual", "I know my body") is still caught, and a usual,
well-controlled problem the patient says is usual and coping with is not sent up.

1. **Diabetes** (NHS.uk diabetic ketoacidosis, low blood sugar, high blood sugar; NICE NG17 /
   NG18 / NG28; Diabetes UK sick day rules; MHRA Drug Safety Update SGLT2 inhibitors): ketones
   over 3, or being sick with deep fast breathing or drowsiness, is A&E; a hypo not coming up
   after treating it, or too drowsy to swallow, is 999; type 1 and being sick is the diabetes
   team the same day; a hypo treated and settled, or a reading a little high with no sickness,
   is not same-day.
2. **Asthma and COPD** (NHS.uk asthma attack; BTS/SIGN British guideline on asthma; Asthma + Lung
   UK action plan; NICE NG115 COPD): a reliever not helping, or unable to finish a sentence, is
   999; a reliever needed every few hours is an urgent GP; a wheeze settled on the plan's own
   steps, or a COPD flare on a rescue pack with the breathing at its usual, is not same-day.
3. **Epilepsy** (NICE CG137 / NG217; NHS.uk epilepsy and "What to do if someone has a
   seizure"): a seizure over 5 minutes, seizures back to back, or a first seizure is 999; a
   usual short seizure with recovery, as the care plan says, is not.
4. **Chronic kidney disease and dialysis** (UK Kidney Association hyperkalaemia guideline;
   NHS.uk dialysis; Kidney Care UK): a missed haemodialysis session with breathlessness or a
   slow or irregular heartbeat is an emergency, with weakness the same day; a stable CKD or
   the usual tiredness after dialysis is not.
5. **Heart failure** (NICE NG106; NHS.uk heart failure; NICE CG187): weight up 2 kg in 3 days,
   breathless lying flat or more swollen ankles is the heart failure team the same day; pink
   frothy spit or breathless at rest is 999; a steady weight and the usual evening ankle
   swelling is not.
6. **Sickle cell disease** (NHS.uk sickle cell disease; BSH acute management): a temperature of
   38 or shivery, chest pain or breathlessness, severe pain not settling with home painkillers,
   an erection over 2 hours, stroke signs: A&E or 999; a mild usual pain settling at home is not.
7. **Cancer on chemotherapy** (NICE NG151 / CG151 neutropenic sepsis; UKONS 24-hour triage
   tool): a temperature of 38 or feeling shivery or unwell on chemotherapy is the acute
   oncology line or 999 now, however it is played down; expected tiredness with a normal
   temperature, or chemotherapy long finished, is not.
8. **Adrenal insufficiency and long-term steroids** (Society for Endocrinology adrenal crisis;
   NHS England Steroid Emergency Card; NHS.uk Addison's disease): vomiting so the tablets will
   not stay down, faint or confused, is an adrenal crisis (999); a fever handled by doubling the
   dose on the sick day rules, eating and drinking, is not.
9. **A transplant or immune suppressants with a fever** (NICE NG51; NHS.uk kidney transplant;
   NHS.uk methotrexate / azathioprine): a fever is the transplant unit or a doctor the same day;
   confused with it is 999; a stable transplant asking about a vaccine is not.
10. **Multiple sclerosis** (NICE NG220; NHS.uk multiple sclerosis): a relapse is the MS team,
    not 999; the usual symptoms a little worse with a cold is not same-day; sudden stroke signs
    still are 999.
11. **Parkinson's disease** (Parkinson's UK "Get It On Time"; NICE NG71): unable to take the
    medicines for hours (vomiting), now rigid, is the same day; with a high temperature and
    confusion 999; the usual tremor with the tablets on time is not.
12. **A stoma** (NHS.uk ileostomy and colostomy; ASCN stoma care): no output with vomiting and a
    swollen tummy, or a stoma gone dark or black, is the same day or sooner; looser output after
    a curry, or sore skin around a healthy pink stoma, is not.
13. **Dementia with a sudden change** (NICE CG103 delirium; NHS.uk sudden confusion): much more
    confused since this morning is delirium, the same day; with a fever 999; the slow muddle of
    the last months, unchanged, is not.

Wrong before the change (d564d81): 20 of the 111 sentences first written (item 1: 0 of 16,
item 2: 4 of 12, item 3: 2 of 10, item 4: 4 of 9, item 5: 0 of 8, item 6: 3 of 11, item 7: 1 of
10, item 8: 1 of 6, item 9: 0 of 7, item 10: 0 of 6, item 11: 2 of 5, item 12: 3 of 6, item 13:
0 of 5). The wrong ones: a reliever that failed beside "can't talk in full sentences" or
讲唔到一句完整 (not read as severe), "took 2 puffs ... and it settled" (read as a failing
reliever, 999), "her usual fit ... going 6 minutes" (no fit read) and "fully recovered" after a
usual seizure (a past cue: the recovery not read), a missed dialysis session with
breathlessness (no rule; 很喘 not read; 漏咗一次洗腎 not read), 成身冇力 (not weak), sickle cell
with chest pain and breathlessness or pain not helped by home painkillers (urgent or less),
"I'm 38.2" on chemotherapy (no temperature read), 上吐下泻 on long-term steroids (not the
rule's vomiting), Parkinson's medicines not kept down with stiffness (no rule), a stoma with no
output and vomiting (self-care: 肚子胀 read as indigestion) or gone dark (no rule). Ten rows
were written while fixing (marked), one of them wrong before ("on dialysis, missed my session
... weak"). After: one open row (a COPD rescue pack, below).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

DIABETES = [
    ("E", "I'm type 1, been sick three times this morning and my blood ketones are 3.8"),
    ("E", "type 1 diabetic, vomiting since last night, breathing really deep and fast"),
    (
        "E",
        "I'm type 1 and I know my body, it's just a tummy bug, but I've been sick 5 times "
        "and my ketones are 4.1",
    ),
    ("E", "had a hypo, treated it three times with glucose tablets and it's still 2.8"),
    (
        "E",
        "my husband is diabetic, he's confused and sweaty and I can't get him to drink the juice",
    ),
    ("U", "type 1, been sick twice this morning, ketones 1.2"),
    ("U", "on dapagliflozin for my type 2, feeling sick with tummy pain, sugar only 8"),
    (
        "L",
        "type 1 diabetic, had a hypo this morning, 3.4, had some jelly babies and it came up "
        "to 6, feel fine now",
    ),
    ("L", "type 2, my sugar was 13 after a big birthday meal, feel fine, no symptoms"),
    (
        "L",
        "type 1, got a cold, sugars a bit higher at 14, ketones 0.3, eating and drinking "
        "fine, following my sick day rules",
    ),
    ("E", "我是1型糖尿病，今天吐了好几次，血酮3.5"),
    ("E", "我有糖尿病，低血糖，吃了三次糖还是2.9"),
    ("E", "我老公有糖尿病，现在很糊涂，叫他喝果汁也喝不下"),
    ("E", "我有一型糖尿病，嘔吐咗成晚，呼吸好深好急"),
    ("L", "我是二型糖尿病，早上低血糖3.5，吃了几颗糖就好了，现在没事了"),
    ("L", "糖尿病十年了，最近空腹血糖八点几，跟平时差不多，没有不舒服"),
]

ASTHMA_COPD = [
    ("E", "my asthma is bad, the blue inhaler isn't helping and I can't finish a sentence"),
    (
        "E",
        "just my usual asthma, nothing I can't handle, but I've had 10 puffs and still "
        "can't talk in full sentences",
    ),
    ("E", "COPD, much more breathless than usual, my lips look blue and I'm drowsy"),
    ("U", "asthma getting worse over 2 days, I'm using my reliever every 3 hours"),
    ("L", "bit wheezy with a cold, took 2 puffs of my blue inhaler as my plan says and it settled"),
    (
        "L",
        "COPD flare up, more phlegm and it's gone green, started my rescue pack like my plan "
        "says, breathing is my usual",
    ),
    (
        "L",
        "I have COPD, get breathless walking to the shops, same as always, just need a "
        "repeat inhaler",
    ),
    ("E", "哮喘发作，喷了十几下都没用，说话说不完一句"),
    ("E", "我有哮喘，而家好喘，講唔到一句完整嘅說話"),
    ("E", "慢阻肺，这两天比平时喘得多，嘴唇发紫"),
    ("L", "我有哮喘，按哮喘计划用了两下蓝色喷雾，现在好了"),
    ("L", "我有慢阻肺，平时走几步就喘，跟平时一样，想开点药"),
    # written while fixing: two puffs is a dose, not a count of a failing reliever
    ("E", "took 2 puffs of my inhaler and it's not helping, still wheezy and breathless"),
]

EPILEPSY = [
    ("E", "my son has epilepsy, he's been fitting for 7 minutes now"),
    ("E", "she's epileptic, had two seizures back to back and didn't wake up in between"),
    ("E", "first ever seizure, I'm 35, I'm fine now"),
    ("E", "it's her usual fit, she has epilepsy, but it's been going 6 minutes"),
    (
        "L",
        "my daughter has epilepsy, she had her usual short seizure, about a minute, back to "
        "normal now, we followed her care plan",
    ),
    (
        "L",
        "I had one of my usual seizures this morning, lasted under a minute, fully "
        "recovered, just letting my epilepsy nurse know",
    ),
    ("E", "我儿子有癫痫，抽了快十分钟还没停"),
    ("E", "佢有癲癇，抽完一次又一次，中間冇醒過"),
    ("E", "第一次抽搐，以前从来没有过，现在醒了"),
    ("L", "我女儿有癫痫，今天跟平时一样发作了一次，一分钟左右，现在恢复正常了"),
    # written while fixing: "usual fit" is now a fit; "fit and well" is health
    ("L", "he has epilepsy, had one of his usual fits, about a minute, back to his usual self now"),
    ("L", "I'm back to my usual fit and well self after the flu, just want a check up"),
]

KIDNEY = [
    ("E", "I'm on haemodialysis, missed my session yesterday, now really short of breath"),
    ("E", "dialysis patient, potassium was 6.8 on my bloods and my heart feels like it's skipping"),
    ("U", "missed dialysis on Monday, I feel weak and my legs are heavy"),
    ("U", "kidney disease stage 4, the GP rang, potassium 6.2 on my blood test"),
    ("L", "CKD stage 3, my eGFR is stable at 45, same as last year, any diet tips?"),
    ("E", "我没去洗肾，现在很喘，躺不下"),
    ("E", "漏咗一次洗腎，而家心跳好亂"),
    ("U", "冇去透析，成身冇力"),
    ("L", "我洗肾三年了，今天做完透析有点累，跟平时一样"),
    # written while fixing: the session missed told in a clause of its own; another session
    ("U", "I'm on dialysis, missed my session yesterday, feel weak"),
    ("!E", "I missed my physio session and I'm a bit short of breath after the stairs"),
]

HEART_FAILURE = [
    ("U", "I have heart failure, my weight is up 2kg in 3 days and my ankles are more swollen"),
    ("U", "heart failure, now breathless lying flat, need 3 pillows to sleep"),
    ("E", "heart failure, woke up gasping, coughing up pink frothy spit"),
    ("E", "heart failure, breathless even sitting still and I can't speak in sentences"),
    (
        "L",
        "I've got heart failure, weight steady, ankles a bit puffy by the evening like "
        "always, gone down by the morning",
    ),
    ("U", "心衰，三天重了两公斤，晚上要垫三个枕头才能睡"),
    ("L", "我有心衰，体重跟平时一样，没有更喘，想问能不能喝咖啡"),
    ("U", "心臟衰竭，這幾天腳腫得比平時厲害，體重多了兩公斤"),
]

SICKLE_CELL = [
    ("E", "I have sickle cell, my temperature is 38.3"),
    (
        "E",
        "I've had sickle cell all my life, I know my body, it's just a crisis, but I've got "
        "a temp of 38.6",
    ),
    ("E", "sickle cell, chest pain and I'm breathless"),
    ("E", "my son has sickle cell disease, he's had an erection for 3 hours that won't go down"),
    (
        "E",
        "sickle cell crisis, the pain isn't settling with my home painkillers, it's 10 out of 10",
    ),
    ("E", "sickle cell, the side of my face is drooping and my arm feels weak"),
    (
        "L",
        "sickle cell, mild pain in my legs like my usual, taking paracetamol and ibuprofen "
        "and fluids, it's easing",
    ),
    ("E", "我有镰状细胞病，发烧38.5度"),
    ("E", "镰刀型贫血，胸口痛又喘"),
    ("E", "鐮狀細胞病，痛到食咗止痛藥都冇用"),
    ("L", "镰状细胞病，腿有点痛，跟平时一样，吃了止痛药好多了"),
    # written while fixing: a carrier (the trait) is not the disease
    ("!E", "sickle cell trait, I'm just a carrier, got a cold and a sore chest from coughing"),
]

CHEMOTHERAPY = [
    ("E", "on chemo, temperature 38.1, feel ok otherwise"),
    ("E", "had chemo last week, just feel a bit shivery and off, probably nothing"),
    ("E", "I know my body, it's just a bug, but I'm on chemo and I'm 38.2"),
    ("E", "on capecitabine, feel really unwell and weak today"),
    (
        "L",
        "on chemo, a bit tired as the nurse said I would be, temperature 36.8, eating and "
        "drinking fine",
    ),
    ("L", "finished chemo two years ago, all clear, now a mild cold, no fever"),
    ("E", "化疗后第十天，发烧38度"),
    ("E", "做緊化療，發冷震"),
    ("E", "化療中，今天覺得很不舒服，全身沒力"),
    ("L", "化疗期间有点累，体温36.7，吃喝都正常"),
]

ADRENAL = [
    ("E", "I have Addison's, I'm vomiting and can't keep my hydrocortisone down, feel dizzy"),
    ("E", "on long-term prednisolone, been vomiting all day and feel faint when I stand"),
    (
        "L",
        "I have Addison's, got a cold with a temperature of 37.9, doubled my hydrocortisone "
        "as per my sick day rules, eating and drinking ok",
    ),
    ("E", "我有艾迪生病，一直吐，药都吐出来了，头很晕"),
    ("E", "长期吃激素，今天上吐下泻，站起来就晕"),
    ("L", "我有肾上腺功能不全，感冒了，按病假规则吃双倍的氢化可的松，吃喝正常"),
]

TRANSPLANT = [
    ("U", "kidney transplant on tacrolimus, temperature 38.4"),
    ("U", "liver transplant last year, fever and shivery since this afternoon"),
    ("E", "kidney transplant, high fever and now confused"),
    ("U", "on methotrexate, sore throat and a temperature"),
    (
        "L",
        "kidney transplant five years ago, stable, bloods fine at clinic, can I have the flu jab?",
    ),
    ("U", "我换过肾，吃他克莫司，今天发烧38.5度"),
    ("U", "肝移植後，發燒發冷"),
]

MULTIPLE_SCLEROSIS = [
    (
        "!E",
        "I have MS, blurry vision in my left eye for 2 days and it hurts to move it, I "
        "think it's a relapse",
    ),
    ("!E", "MS relapse I think, my legs have been more numb and weaker over 3 days"),
    (
        "L",
        "I have MS, my usual tingling in my hands is a bit worse since I got a cold, nothing new",
    ),
    (
        "E",
        "I have MS but this is different, suddenly my face has dropped on one side and I "
        "can't lift my arm",
    ),
    ("!E", "我有多发性硬化，这两天左眼看东西模糊，转眼睛会痛，可能是复发"),
    ("L", "多發性硬化，平時手腳有啲麻，同平時一樣"),
]

PARKINSONS = [
    (
        "U",
        "Dad has Parkinson's, he's been vomiting and couldn't take his levodopa since this "
        "morning, now he's very stiff",
    ),
    ("E", "Parkinson's, missed his doses, very rigid, high temperature and confused"),
    (
        "L",
        "I have Parkinson's, my tremor is the same as usual, took my tablets on time, "
        "want to ask about constipation",
    ),
    ("U", "我爸有帕金森，吐了一整天没法吃药，现在全身僵硬动不了"),
    ("L", "帕金森病，手抖跟平时一样，药都按时吃，想问便秘怎么办"),
    # written while fixing: one dose late and well is no missed-dose sign
    ("L", "Parkinson's, missed one dose yesterday, took it late, feel my normal today"),
    ("L", "我爸有帕金森，今天有一次忘记吃药，后来补吃了，现在跟平时一样"),
]

STOMA = [
    (
        "U",
        "my ileostomy hasn't had any output for 12 hours, I'm being sick and my tummy is "
        "swollen and painful",
    ),
    ("U", "my stoma has gone a dark purple black colour"),
    (
        "L",
        "colostomy output a bit looser after a curry, otherwise fine, the stoma is pink and "
        "healthy",
    ),
    ("U", "我有造口，十几个小时没有排出，一直吐，肚子胀痛"),
    ("U", "造口变成紫黑色了"),
    ("L", "造口周围的皮肤有点红，有点痒，造口本身粉红色，其他都正常"),
    # written while fixing: a change in output with nothing else, a leaking bag changed
    ("L", "my ileostomy output is a bit thicker today, no pain, not being sick"),
    ("L", "我的造口袋有点漏，换了一个新的就好了"),
]

DEMENTIA = [
    (
        "U",
        "Mum has dementia, since this morning she's suddenly much more confused than usual "
        "and seeing things",
    ),
    ("E", "Dad has dementia, suddenly very confused today and he has a temperature of 38.6"),
    (
        "L",
        "Mum's dementia, she repeats herself and muddles names, same as the last few months, "
        "no sudden change",
    ),
    ("U", "我妈有老人痴呆，今天突然比平时糊涂很多，还看到不存在的东西"),
    ("L", "我爸有失智症，最近都一样，就是记性差"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {
    "COPD flare up, more phlegm and it's gone green, started my rescue pack like my plan says, "
    "breathing is my usual": "NICE NG115 asks the patient to tell a clinician when a rescue pack "
    "is started, with no timing; the decision's NICE NG114 group reads a sputum change or a "
    "rescue pack as same-day (urgent): left to a clinician's reading of the two",
}


@pytest.mark.parametrize(("code", "text"), with_open(DIABETES, OPEN_ROWS))
def test_diabetes(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ASTHMA_COPD, OPEN_ROWS))
def test_asthma_copd(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(EPILEPSY, OPEN_ROWS))
def test_epilepsy(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(KIDNEY, OPEN_ROWS))
def test_kidney(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HEART_FAILURE, OPEN_ROWS))
def test_heart_failure(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SICKLE_CELL, OPEN_ROWS))
def test_sickle_cell(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHEMOTHERAPY, OPEN_ROWS))
def test_chemotherapy(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(ADRENAL, OPEN_ROWS))
def test_adrenal(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TRANSPLANT, OPEN_ROWS))
def test_transplant(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(MULTIPLE_SCLEROSIS, OPEN_ROWS))
def test_multiple_sclerosis(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PARKINSONS, OPEN_ROWS))
def test_parkinsons(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(STOMA, OPEN_ROWS))
def test_stoma(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(DEMENTIA, OPEN_ROWS))
def test_dementia(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
