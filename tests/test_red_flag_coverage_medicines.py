"""Medicines, the setting where it happened, and the red flag buried among other complaints.

Session 18's voices at the emergency line, written from the published sources before the rules
changed for them, in other words than ``tests/data/fresh_levels_22.jsonl`` (English, simplified,
traditional and Cantonese). Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything
but an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# BNF / MHRA ACE inhibitors, NHS.uk angioedema and anaphylaxis: swelling of the tongue or
# throat, a changed voice or trouble swallowing or breathing on an ACE inhibitor is 999; the
# lips alone with breathing and swallowing normal stay an urgent GP or 111 visit
ANGIOEDEMA: list[tuple[str, str]] = [
    (
        "E",
        "started ramipril two weeks ago and now my tongue has swollen up and my voice sounds"
        " strange",
    ),
    ("E", "on enalapril, my lips are puffy and my throat feels tight, it's hard to swallow"),
    ("E", "I'm on perindopril and my face and tongue are swelling, struggling to breathe"),
    ("E", "吃了依那普利，舌头肿起来了，说话声音都变了"),
    ("E", "食緊降血壓藥，條脷腫咗，吞口水都好難"),
    ("E", "吃降壓藥以後嘴唇和舌頭都腫了，喉嚨很緊"),
    ("E", "been on candesartan a month, my tongue is ballooning and it's hard to get words out"),
    (
        "=U",
        "on lisinopril, my top lip is a bit swollen since this morning, breathing and swallowing"
        " are fine",
    ),
    ("L", "ramipril gives me a tickly dry cough"),
    ("L", "吃了培哚普利以后老是干咳，其他都好"),
    # a sore throat on a blood-pressure tablet is no angioedema (written after, failing first)
    ("!E", "on ramipril, I've got a sore throat and it's hard to swallow, bit of a temperature"),
    ("!E", "吃降压药的，这两天喉咙有点紧，有点反酸"),
]

# NICE NG151 Neutropenic sepsis (a fever during chemotherapy: emergency); NHS.uk and BNF / MHRA
# carbimazole, clozapine, methotrexate and azathioprine (a sore throat, mouth ulcers or a high
# temperature: a doctor or 111 straight away for a blood count; with shivering or feeling very
# unwell, NICE NG51's sepsis signs, an emergency)
NEUTROPENIC: list[tuple[str, str]] = [
    ("E", "on methotrexate, sore throat and a temperature of 38.5, feel really unwell"),
    ("E", "had chemo last week and now i have a fever of 38 and keep shivering"),
    ("=U", "my son is on clozapine, fever and a sore throat since yesterday"),
    ("E", "on azathioprine, feel awful, hot and cold with a sore throat"),
    ("=U", "在吃甲巯咪唑，喉咙痛，发烧39度"),
    ("E", "吃甲氨蝶呤的，发烧39度，全身发抖，很难受"),
    ("E", "化療後第七天，發燒38.3度，全身發冷"),
    ("=U", "食緊卡比馬唑，喉嚨痛，發燒"),
    ("E", "食緊卡比馬唑，喉嚨痛，發燒，成身發冷震"),
    ("!E", "on methotrexate, a bit of a runny nose, no temperature, feel fine"),
    ("!E", "carbimazole, a bit itchy, no fever and no sore throat"),
    ("!E", "my mum had chemo years ago, I've got a cold and a sore throat"),
    ("!E", "I stopped methotrexate last year, now a cold with a temperature and shivers"),
]

# NHS.uk SSRI side effects / BNF serotonin syndrome (an SSRI with tramadol, a triptan, MDMA or
# St John's wort: agitation, sweating, twitching, a high temperature, a racing heart: A&E);
# BNF / NICE CKS neuroleptic malignant syndrome (rigidity, a fever, confusion on an
# antipsychotic: emergency)
SEROTONIN_NMS: list[tuple[str, str]] = [
    (
        "E",
        "started sertraline last month and took tramadol for my back, now sweating, shaking,"
        " twitching and my heart is racing",
    ),
    ("E", "on citalopram and took a sumatriptan, now agitated, sweaty, twitchy and hot"),
    ("E", "吃舍曲林又吃了曲马多，现在大汗、肌肉一直抽动、心跳很快、发烧"),
    ("E", "食緊氟西汀，今日食咗止痛藥曲馬多，而家好焦躁，成身出汗，d肌肉不停彈"),
    ("L", "started sertraline, felt a bit sick for the first week, settling now"),
    ("!E", "on fluoxetine, can I take tramadol for my back pain?"),
    (
        "E",
        "my brother is on haloperidol, he's gone really stiff, has a high temperature and is"
        " confused",
    ),
    ("E", "吃抗精神病药，全身僵硬，高烧，迷迷糊糊的"),
]

# TOXBASE / NPIS opioids, sulfonylureas and insulin; NHS.uk button batteries and magnets; NHS.uk
# paracetamol (more than the dose over days: A&E); NICE NG232 anticoagulants
TOXICITY: list[tuple[str, str]] = [
    (
        "E",
        "my dad takes morphine for his cancer, he's very drowsy and his breathing is really slow,"
        " his pupils are tiny",
    ),
    ("E", "my toddler swallowed one of my oxycodone tablets"),
    ("E", "孩子吃了一粒奶奶的吗啡片"),
    ("L", "codeine is making me constipated"),
    ("E", "on apixaban, fell and hit my head on the door frame"),
    ("E", "on rivaroxaban and I've been vomiting blood"),
    ("E", "吃华法林，头撞到桌角了"),
    ("L", "on warfarin, a small bruise on my arm from the cupboard door"),
    ("E", "my husband injected a whole pen of insulin on purpose"),
    ("E", "老公故意把一整支胰岛素都打了"),
    ("E", "my 3 year old ate some of grandad's gliclazide tablets"),
    ("!E", "took my insulin twice by mistake, sugar 6 now, feel fine"),
    ("E", "my 2 year old swallowed a button battery from the remote"),
    ("E", "my son swallowed two magnets from a toy set"),
    ("E", "孩子吞了两颗磁力珠"),
    ("E", "toddler ate some of grandma's tablets"),
    ("E", "孩子偷吃了奶奶的药"),
    (
        "E",
        "been taking extra paracetamol for my tooth for three days, about 12 a day, now feel sick",
    ),
    ("E", "这几天牙痛，每天吃了十几片扑热息痛"),
    ("L", "took two paracetamol instead of one by mistake, feel fine"),
    # BNF / NICE CKS digoxin and phenytoin toxicity: same-day assessment and a level
    ("=U", "我爸吃地高辛好几年，最近恶心没胃口，看东西发黄"),
    ("=U", "mum's on digoxin, off her food, feeling sick and says everything looks yellow"),
    ("U", "on phenytoin, I'm unsteady on my feet, seeing double and slurring"),
]

# UKHSA / NHS.uk, BSAC and DDRC diving, NICE NG41, NHS.uk heatstroke, CO, electric shock, RCUK
# drowning, NHS.uk malaria, altitude (travel health: HACE / HAPE), snake bites
CONTEXT: list[tuple[str, str]] = [
    (
        "E",
        "went scuba diving this morning, now my shoulders ache and both arms are tingling and numb",
    ),
    ("E", "dived yesterday then flew home today, now short of breath and my chest feels tight"),
    ("E", "潜水上来以后手脚发麻，关节很痛"),
    ("E", "去潛水完第二日搭飛機，而家手腳麻痹，行路唔穩"),
    ("L", "went snorkelling on holiday, my ears feel a bit blocked"),
    (
        "E",
        "mixed bleach with a toilet cleaner to clean the bathroom, now coughing and can't catch"
        " my breath",
    ),
    ("E", "漂白水和洁厕灵混在一起用了，现在喘不过气、一直咳"),
    (
        "!E",
        "the bleach smell made me cough once in the bathroom, fine now after opening the window",
    ),
    ("E", "kitchen fire, I breathed in a lot of smoke and now I'm wheezy and breathless"),
    ("E", "家里着火吸了很多烟，现在喘不上气"),
    (
        "E",
        "fell off scaffolding about three metres onto my back, bad back pain and my legs are numb",
    ),
    ("E", "从梯子上摔下来，背很痛，腿动不了"),
    ("E", "由棚架跌落嚟，條腰好痛，對腳冇晒知覺"),
    ("L", "slipped off the bottom step of a ladder, a bit of a sore back, walking fine"),
    ("E", "the whole family has headaches and feels sick and the boiler has been playing up"),
    ("E", "全家人都头痛恶心，热水器好像漏气"),
    ("E", "working on a roof all day in the heat, now confused, very hot and stopped sweating"),
    ("E", "工地上中暑了，说胡话，全身发烫"),
    (
        "E",
        "festival last night, took a pill, now boiling hot, confused and my jaw won't stop"
        " clenching",
    ),
    ("E", "在音乐节吃了摇头丸，现在全身发烫，神志不清"),
    ("L", "a bit of sunburn on my shoulders after the beach"),
    (
        "E",
        "farm worker, sprayed pesticide this morning, now drooling, sweating, vomiting and my"
        " muscles are twitching",
    ),
    ("E", "打完农药，流口水，出大汗，呕吐，肌肉一直跳"),
    (
        "E",
        "got an electric shock from a socket at work and was thrown back, passed out for a second",
    ),
    ("E", "被电打到，晕了一下，现在心跳很乱"),
    ("L", "static shock from the car door, made me jump"),
    (
        "E",
        "my son was pulled out of the pool after going under, now coughing a lot and breathing"
        " fast",
    ),
    ("E", "孩子溺水被救上来，一直咳，呼吸很快"),
    ("E", "back from Ghana a week ago, high fever and now I'm confused"),
    ("E", "came back from India, high fever and my eyes have gone yellow"),
    ("E", "从非洲回来发烧，现在人迷迷糊糊的"),
    ("E", "從東南亞旅行返嚟，發高燒，眼白變黃"),
    ("U", "back from Kenya ten days ago with a fever and shivers, otherwise ok"),
    ("L", "Delhi belly from our trip, getting better each day"),
    ("E", "trekking in Nepal at 4500m, breathless even resting and coughing up pink froth"),
    ("E", "my husband is at altitude in Peru, he's confused and staggering"),
    ("E", "在西藏高原，头很痛，走路不稳，说胡话"),
    ("!E", "flew into La Paz yesterday, mild headache and a bit breathless on the stairs"),
    ("E", "bitten by a snake in Thailand, my leg is swelling fast and I feel faint"),
    ("E", "在野外被蛇咬了，腿肿得很快，头晕"),
    ("L", "bee sting on my arm, just red and itchy"),
]

# The red flag said anywhere: after another complaint, in a list, in brackets, as an afterthought
BURIED: list[tuple[str, str]] = [
    (
        "E",
        "1) sore throat 2) a bit tired 3) my left arm and face went numb for ten minutes this"
        " morning",
    ),
    (
        "E",
        "anyway the main thing is my knee, oh and also I've had black sticky poo since tuesday"
        " and feel faint",
    ),
    (
        "E",
        "mostly asking about my wrist which is still sore. also since yesterday my bum feels numb"
        " and I can't pee",
    ),
    (
        "E",
        "my back has been bad for a month, physio isn't helping, the pain is the same, oh and since"
        " this morning I can't feel the toilet paper when I wipe",
    ),
    (
        "E",
        "knee still swollen from football (also chest pain going down my left arm for the last"
        " half hour, sweaty)",
    ),
    ("E", "no fever, no cough, but my face has dropped on one side and my speech is slurred"),
    ("E", "主要想问手腕的事。另外从昨天起屁股和大腿内侧发麻，尿不出来"),
    ("E", "1. 鼻塞 2. 有点累 3. 今天早上左边脸和手麻了十分钟"),
    ("E", "想問下個膝頭，行樓梯會痛。仲有呀，尋日開始屁股同大髀內側痹痹地，屙唔到尿"),
    ("E", "腰痛咗成個月，今朝開始屁股冇晒知覺，小便都唔知"),
    ("L", "1) stuffy nose 2) small mouth ulcer 3) tired eyes"),
    ("L", "1. 鼻塞 2. 口腔溃疡 3. 眼睛有点累"),
]

# Items earlier sessions left alone, each at the level its source gives
LEFT_ALONE: list[tuple[str, str]] = [
    ("!E", "my head will explode with all this stress at work, I just need a break"),
    ("!E", "I used to self-harm but I have support now, just asking about a rash on my arm"),
    ("!E", "没有小便痛，发烧38度"),
    ("U", "鼻血止住了又开始流，流了好多"),
    ("U", "my nosebleed stopped then started again and it's pouring out"),
    ("!E", "my neighbour was grey and sweaty last week"),
    ("!E", "以前摔倒过躺了一夜"),
    ("!E", "I'm slurring a bit after a few beers, otherwise fine"),
    ("E", "had a couple of beers but my face has dropped on one side and I'm slurring"),
    ("!E", "小腿抽筋，抽了一分鐘就好了"),
]

# Probes of the new rules written after them (negations, history, other people, a dive or a
# trip planned): only the planned dive failed first (a bare "scuba" read as a dive made)
PROBES: list[tuple[str, str]] = [
    ("!E", "on ramipril, no tongue swelling, no throat tightness, just a dry cough"),
    ("!E", "my friend's tongue swelled up on ramipril years ago, I'm on it now and fine"),
    (
        "!E",
        "I want to go scuba diving next month, I get pins and needles in my hands sometimes,"
        " is that ok?",
    ),
    ("!E", "下个月想去潜水，手偶尔发麻，可以潜水吗"),
    ("!E", "diving yesterday, no tingling, no joint pain, just want to know if I can fly"),
    ("!E", "my neighbour mixed bleach and toilet cleaner, I'm fine"),
    ("!E", "going to altitude next month, worried about feeling dizzy"),
    ("!E", "I'm on methotrexate, had a sore throat last month, fine now"),
    ("!E", "on sertraline and tramadol for years, no problems, asking about a repeat prescription"),
    ("!E", "on sertraline, took a paracetamol, feel shaky and anxious"),
    ("!E", "eyes look a bit yellow, no fever"),
    ("!E", "Dad on ramipril, his ankles are swollen"),
    ("L", "吃降压药脚踝有点肿"),
    ("!E", "在吃甲巯咪唑，没有发烧，喉咙不痛，想问复查时间"),
    # probes of the left-alone fixes: a sudden explosion stays a thunderclap whatever the
    # stress, a child's 抽筋 with minutes is a fit, "no urine" still counts, drinks do not stand
    # down a face or an arm
    ("E", "suddenly my head felt like it would explode, so stressed at work lately"),
    ("E", "我儿子抽筋了，抽了三分钟"),
    ("!E", "腳抽筋，抽咗一分鐘"),
    ("E", "没有小便了，发烧39度"),
    ("E", "my dad had a few beers and now his speech is slurred and his arm is weak"),
    ("E", "一边脸麻了，手也没力"),
    ("!E", "my head is exploding, exam tomorrow, pressing like a band around it"),
    # how often, not how much (failed first: 流了好多 read inside 流了好多次)
    ("!E", "女儿这个月流了好多次鼻血，按住就停，要不要看医生"),
    # the next day, slurring is not the drink; a head that suddenly explodes with words
    # between (all three failed first)
    ("E", "had a few drinks last night and today my speech is slurred"),
    ("E", "昨晚喝了酒，今天说话含糊不清"),
    ("E", "I'm so stressed, then my head suddenly felt like it would explode an hour ago"),
    # bleach diluted with water is no mixture of cleaners (failed first)
    ("!E", "mixed bleach with water to clean, feel a bit breathless from the stairs"),
    ("!E", "漂白水加水拖地，之后有点咳"),
    (
        "E",
        "used bleach and then a limescale remover in the shower, now my chest is tight and wheezy",
    ),
]

CASES = ANGIOEDEMA + NEUTROPENIC + SEROTONIN_NMS + TOXICITY + CONTEXT + BURIED + LEFT_ALONE + PROBES

# Wrong at this file's first run, closed category by category (strict: a closed row fails here)
OPEN: set[str] = set()  # (all six closed: the left-alone items and the numbered list)


def _param(expected: str, text: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="open")] if text in OPEN else []
    return pytest.param(expected, text, marks=marks)


@pytest.mark.parametrize(("expected", "text"), [_param(e, t) for e, t in CASES])
def test_medicines_context_and_buried_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
