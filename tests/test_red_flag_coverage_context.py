"""Emergencies after a procedure and in long-term conditions and treatments, said in context:
the operation or the treatment is the setting, the sign is current.

Sources walked (clinical/data/SOURCES.md): Society for Endocrinology / ADSHG adrenal crisis
(a steroid-dependent person vomiting, unable to keep their tablets down, or faint on standing:
emergency injection and 999); NICE CKS lithium (toxicity: coarse tremor, unsteadiness,
confusion, drowsiness, with diarrhoea and vomiting: emergency assessment); NHS.uk / MHRA
Stevens-Johnson syndrome (blistering or peeling skin with sores in the mouth or eyes, often
after a new medicine: A&E); ENT UK / NHS.uk tonsillectomy (any bleeding from the throat
after tonsil removal: hospital now); NHS.uk recovery after abdominal operations and
endoscopy (worsening tummy pain with a fever, vomiting or a hard tummy: A&E); BOAST /
NHS trust plaster-cast advice (numb, pale or blue fingers or toes, or pain not relieved under
a cast: emergency department); NICE NG158 / RCOG Green-top 37b (breathlessness or pain on
breathing in after surgery or birth: PE); NHS.uk low blood sugar (too drowsy to eat or drink, or
unable to swallow, with a low reading: 999).

Written before the rule change, in our own words (not the set-17 rows): each emergency (``E``)
ended below emergency on main at 2302fc2; each look-alike (``!E``) must stay below.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

ADRENAL_CRISIS: list[tuple[str, str]] = [
    ("E", "I have Addison's disease and I've been throwing up since this morning"),
    ("E", "adrenal insufficiency, can't keep my hydrocortisone tablets down, keep being sick"),
    ("E", "my husband is steroid dependent (hypopituitarism), he's vomiting and very faint"),
    ("E", "Addisonian, d&v all night, lightheaded every time I get up"),
    ("E", "she has CAH and has been sick three times, now really drowsy"),
    ("E", "我有艾迪生病，今天一直吐，药吃下去就吐出来"),
    ("E", "肾上腺皮质功能不全，拉肚子又呕吐，站起来就头晕"),
    ("E", "我老婆肾上腺功能减退，食咗激素又呕返出嚟，好头晕"),
    ("!E", "I have Addison's and a cold with a temperature of 37.8, should I double my dose?"),
    ("!E", "Addison's disease, need a repeat prescription for my fludrocortisone"),
    ("!E", "我有艾迪生病，想问出国旅行要带多少药"),
    ("!E", "I use hydrocortisone cream on my eczema and was sick once after a takeaway"),
]

LITHIUM_TOXICITY: list[tuple[str, str]] = [
    ("E", "my dad takes lithium for bipolar and he's confused and staggering after a tummy bug"),
    ("E", "on lithium, really bad coarse tremor and unsteady on my feet since yesterday"),
    ("E", "she's on Priadel and is very drowsy and slurring her words"),
    ("E", "I'm on lithium carbonate, been vomiting, now I can't walk in a straight line"),
    ("E", "我妈吃碳酸锂，拉肚子几天了，现在人糊涂，走路不稳"),
    ("E", "食紧锂盐，手震得好犀利，行路唔稳"),
    ("!E", "I'm on lithium, my level came back at 0.7, is that OK?"),
    ("!E", "on lithium for years, I've always had a slight fine tremor in my hands"),
    ("!E", "吃碳酸锂，想问什么时候要抽血查血药浓度"),
    ("!E", "my phone's lithium battery is swelling, is it safe?"),
]

SJS_TEN: list[tuple[str, str]] = [
    ("E", "started allopurinol a week ago, now blisters all over and my mouth is full of ulcers"),
    ("E", "new epilepsy tablets and my skin is peeling off in sheets, lips raw and crusted"),
    (
        "E",
        "rash spreading fast with blisters, sore eyes and sores inside my mouth since "
        "starting carbamazepine",
    ),
    ("E", "he's on a new antibiotic, high temperature, his skin is coming away when touched"),
    ("E", "吃了别嘌醇一个星期，全身起水疱，嘴里都是溃疡"),
    ("E", "开始吃卡马西平之后，皮肤一块块脱落，嘴唇溃烂"),
    ("E", "食咗新药之后全身起水泡，口入面损晒"),
    ("!E", "started a new tablet and have a mild itchy rash on my arms, no blisters, mouth fine"),
    ("!E", "sunburn from yesterday, my shoulders are blistering and peeling"),
    ("!E", "my son has hand foot and mouth, blisters on his hands and ulcers in his mouth"),
    ("!E", "晒伤了，背上起水泡还脱皮"),
    ("!E", "吃了新药身上有一点红疹，有点痒，嘴巴没事"),
]

TONSILLECTOMY_BLEED: list[tuple[str, str]] = [
    ("E", "had my tonsillectomy a week ago and now I'm coughing up fresh blood"),
    ("E", "my son had his tonsils removed on Monday, he's just spat out a mouthful of blood"),
    ("E", "tonsils taken out 8 days ago, blood trickling down my throat and clots when I spit"),
    ("E", "割了扁桃体五天，今天口水里一直有鲜血"),
    ("E", "扁桃体切除术后第七天，喉咙出血，吐出血块"),
    ("E", "个仔割咗扁桃腺，啱啱吐咗啖血"),
    ("!E", "tonsillectomy 5 days ago, throat really sore and white patches where the tonsils were"),
    ("!E", "had my tonsils out a week ago, ear ache and hard to swallow, no bleeding"),
    ("!E", "扁桃体切除后一周，喉咙痛，伤口白白的"),
]

AFTER_ABDOMINAL_PROCEDURE: list[tuple[str, str]] = [
    ("E", "keyhole gallbladder removal 3 days ago, tummy pain getting worse and I've a fever"),
    ("E", "had my appendix out last week, pain across my belly much worse today, keep vomiting"),
    ("E", "after my colonoscopy and polyp removal this morning I have severe belly pain, shivers"),
    ("E", "hernia repair on Friday, now my tummy is rock hard and very painful"),
    ("E", "hysterectomy 10 days ago, stomach pain getting worse and temperature 38.6"),
    ("E", "做完肠镜切了息肉，现在肚子越来越痛，还发烧"),
    ("E", "阑尾切除术后第三天，肚子痛得越来越厉害，一直呕吐"),
    ("E", "做咗胆囊切除，而家个肚越嚟越痛，仲发烧"),
    ("!E", "had my gallbladder out 4 days ago, a bit sore around the wounds, getting better"),
    ("!E", "colonoscopy this morning, feeling bloated and windy, no pain now"),
    ("!E", "appendix out two weeks ago, the scar is itchy"),
    ("!E", "做完肠镜有点胀气，放屁以后好多了"),
    ("!E", "胆囊切除一周，伤口有点痒，已经不痛了"),
]

CAST_COMPARTMENT: list[tuple[str, str]] = [
    ("E", "my leg's in a plaster cast and my toes have gone blue and numb"),
    ("E", "got a cast on my arm this morning and my fingers are white, cold and tingling"),
    (
        "E",
        "his wrist was put in plaster yesterday, the pain is getting worse and he can't move "
        "his fingers",
    ),
    ("E", "cast on my ankle, excruciating pain under it that painkillers don't touch"),
    ("E", "手臂打了石膏，现在手指发紫发麻"),
    ("E", "打石膏之后，脚趾冰冷，没有感觉，痛得越来越厉害"),
    ("!E", "cast on my wrist, it's really itchy underneath"),
    ("!E", "my cast came off last week and the skin is dry and flaky"),
    ("!E", "打了石膏一个星期，里面好痒"),
    ("!E", "cast on my arm, fingers a little stiff, no numbness, pain settling"),
]

VTE_AFTER_SURGERY_OR_BIRTH: list[tuple[str, str]] = [
    ("E", "emergency section two weeks ago, now out of breath walking to the kitchen"),
    ("E", "c section last week, sharp pain in my side every time I breathe in"),
    ("E", "knee replacement ten days ago, calf is painful and swollen, and I'm puffed out"),
    (
        "E",
        "hip replacement two weeks ago, my right calf is hot and swollen and it hurts to "
        "take a deep breath",
    ),
    ("E", "剖腹产十天，今天吸气的时候胸口刺痛"),
    ("E", "膝关节置换术后两周，小腿肿痛，走几步就喘不过气"),
    ("!E", "c section 3 weeks ago, the wound is healing well and a bit itchy"),
    ("!E", "knee replacement a month ago, the knee is stiff doing my exercises"),
    ("!E", "剖腹产两周，伤口有点痒，其他都好"),
]

# NHS.uk low blood sugar: a low reading with someone too drowsy to take a sugary drink is 999;
# the reading said through the meter (血糖机测出来, 血糖仪显示) and "cannot drink it by himself"
SEVERE_HYPOGLYCAEMIA: list[tuple[str, str]] = [
    ("E", "我妈打胰岛素，血糖仪显示1.9，人迷迷糊糊的"),
    ("E", "老公有糖尿病，血糖机测到2.4，糖水都没办法自己喝"),
    ("E", "my gran is on insulin, she's sweaty and too drowsy to drink the juice"),
    ("E", "阿爸食糖尿药，血糖机度到2.2，自己饮唔到果汁"),
    ("!E", "我打胰岛素，血糖机测出来5.6，正常吗"),
    ("!E", "血糖仪显示6.8，饭后两小时，想问正常吗"),
    ("!E", "type 2 diabetic, my sugar was 7.2 this morning, is that ok?"),
]

CASES = (
    SEVERE_HYPOGLYCAEMIA
    + ADRENAL_CRISIS
    + LITHIUM_TOXICITY
    + SJS_TEN
    + TONSILLECTOMY_BLEED
    + AFTER_ABDOMINAL_PROCEDURE
    + CAST_COMPARTMENT
    + VTE_AFTER_SURGERY_OR_BIRTH
)


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_context_emergencies_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
