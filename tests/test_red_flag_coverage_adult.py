"""Coverage of published discriminators for the adult systems, walked system by system:
Manchester Triage general discriminators, heart, breathing, brain, gut, sepsis, diabetes and
NEWS2 in clinicians' notes.

Each sentence was written for this test from the published list named above its group (not
from evaluation cases), in English and Chinese (some traditional, some Cantonese), in the
first and third person. ``E`` must end ``emergency``, ``U`` at least ``urgent``, ``!E``
anything but ``emergency`` (hard negatives: denied, past, someone else's, a question).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# Manchester Triage System general discriminators: life threat, haemorrhage, pain,
# conscious level (ACVPU in everyday words), temperature, acuteness of onset
GENERAL: list[tuple[str, str]] = [
    ("E", "my dad is barely responding, he just mumbles when I shake him"),
    ("E", "she keeps drifting off mid-sentence and I can hardly rouse her"),
    ("E", "爷爷叫了半天才醒，一会儿又睡过去了"),
    ("E", "阿爺叫極都唔醒"),
    ("E", "he collapsed in the kitchen and isn't responding"),
    (
        "E",
        "cut my arm on glass, the blood is spurting and won't stop even with a towel pressed on it",
    ),
    ("E", "手被刀割了，血一直往外冒，按着也止不住"),
    ("E", "GCS 12, opens eyes to voice, confused speech"),
    ("U", "mum has been muddled since yesterday and doesn't know what day it is"),
    ("U", "奶奶这两天糊里糊涂的，一直重复问同一个问题"),
    ("U", "the pain in my side is unbearable, I'm doubled over"),
    ("!E", "I fainted once when I was a teenager, today I just have a cold"),
    ("!E", "no bleeding now, the cut stopped bleeding after I pressed on it"),
    ("!E", "I'm a bit sleepy after a late night, otherwise fine"),
]

# NICE CG95 chest pain of recent onset; NICE CKS palpitations; aortic dissection
CARDIAC: list[tuple[str, str]] = [
    ("E", "there's a heavy pressure in the middle of my chest and I feel sick and sweaty"),
    ("E", "tight band across my chest going up into my jaw"),
    ("E", "my husband says his chest feels tight and his left arm feels heavy"),
    ("E", "胸口好像被什么压着，出了一身冷汗"),
    ("E", "心口好翳，痛到手臂，出冷汗"),
    ("E", "胸口悶痛，一直痛到下巴，想吐"),
    ("E", "sudden ripping pain in my chest going straight through to my back"),
    ("E", "突然胸口像撕开一样痛，痛到背后"),
    ("E", "my heart is racing and I blacked out for a few seconds"),
    ("E", "心跳好快，刚才晕倒了一下"),
    ("E", "I think I had a heart attack this morning, the pain has eased now"),
    ("!E", "I had a heart attack in 2015, now I want to ask about my statin"),
    ("!E", "no chest pain, just a cough for two days"),
    # CG95: pain relieved by rest (stable angina) is not rest pain
    ("E", "chest pain that comes on even at rest"),
    ("!E", "chest tightness when I walk uphill, it goes away with rest"),
    ("!E", "上坡时胸闷，休息几分钟就好"),
    ("!E", "I get chest pain walking fast. Breathing is fine at rest"),
    ("!E", "my friend had chest pain last week, I'm fine"),
]

# BTS/SIGN British guideline on asthma (acute severe, life-threatening); NHS breathing
# emergencies; NICE NG158 pulmonary embolism; NICE CKS croup and haemoptysis
RESPIRATORY: list[tuple[str, str]] = [
    ("E", "my asthma is bad, I've used my blue inhaler 10 times and it isn't helping"),
    ("E", "she's so breathless she can only say a few words at a time"),
    ("E", "他哮喘发作，喷了好几次都没用，话都说不完整"),
    ("E", "個女喘到講唔到成句說話"),
    ("E", "his lips have gone grey and he's struggling to breathe"),
    ("E", "呼吸很困难，嘴唇发紫"),
    ("E", "short of breath since this morning and my right calf is swollen and painful"),
    ("E", "突然气短，一条腿肿得厉害"),
    ("E", "coughing up blood and I'm short of breath"),
    ("U", "I've been a bit short of breath walking up stairs this week"),
    ("!E", "my breathing is fine, it's just a blocked nose"),
    ("!E", "what are the signs of an asthma attack in a child?"),
]

# NHS FAST / BE-FAST stroke (call 999 even if the symptoms go away); NICE NG128; NICE CKS
# headache (thunderclap); NHS seizures; NICE NG240 meningitis
NEURO: list[tuple[str, str]] = [
    ("E", "Mum's face has dropped on one side and her speech is slurred"),
    ("E", "his arm went floppy and he couldn't lift it"),
    ("E", "my speech went funny for ten minutes this morning, it's back to normal now"),
    ("E", "I think I had a stroke this morning"),
    ("E", "I had a TIA this morning, I feel ok now"),
    ("E", "刚才嘴歪了一下，现在好了"),
    ("E", "今天早上好像中风了一下，现在没事了"),
    ("E", "an hour ago I couldn't lift my arm, it has recovered"),
    ("!E", "my speech was slurred after drinking last year"),
    ("E", "我爸嘴歪了，一边手脚没力"),
    ("E", "阿媽塊面歪咗，講嘢唔清楚"),
    ("E", "worst headache of my life, came on in seconds while lifting weights"),
    ("E", "it felt like someone hit me on the back of the head with a bat, then I was sick"),
    ("E", "突然头痛，像被人打了一闷棍，脖子也发硬"),
    ("E", "頭突然痛到好似爆炸咁"),
    ("E", "he's having a fit and won't stop shaking"),
    ("E", "fever, a stiff neck and the light hurts my eyes"),
    ("E", "发烧，脖子硬，身上有按压不褪色的紫点"),
    ("!E", "I had a stroke years ago and I'm here for a repeat prescription"),
    ("!E", "no weakness, no slurred speech, just a tension headache"),
    ("!E", "my neighbour had a seizure yesterday, I'm fine"),
]

# NICE CG141 acute upper GI bleeding; MTS abdominal pain (peritonism)
GI: list[tuple[str, str]] = [
    ("E", "I've been sick and it looks like coffee granules, and I feel faint"),
    ("E", "吐出咖啡色的东西，头很晕"),
    ("E", "vomiting bright red blood"),
    ("E", "吐了好多血"),
    ("U", "my poo has been black and sticky like tar since yesterday"),
    ("U", "大便是黑的，像柏油一样"),
    ("E", "my tummy is rigid and it hurts to move or cough"),
    (
        "!E",
        "I had black poo after taking iron tablets, no other symptoms? no, I didn't vomit blood",
    ),
]

# NICE NG51 sepsis high-risk criteria; UK Sepsis Trust
SEPSIS: list[tuple[str, str]] = [
    ("E", "she has a high temperature and has become confused and not herself"),
    ("E", "he's on antibiotics for a chest infection and now he doesn't know where he is"),
    ("E", "他发高烧，打冷震，人糊里糊涂的"),
    ("E", "fever and her skin looks blotchy and mottled"),
    ("E", "I've got a kidney infection and haven't passed urine all day"),
    ("E", "I feel like I'm going to die, I'm shivering and burning up"),
    ("!E", "I had sepsis two years ago, now I just have a sore throat"),
]

# NICE NG17 / NG18 diabetic ketoacidosis; NHS hypoglycaemia
METABOLIC: list[tuple[str, str]] = [
    ("E", "type 1 diabetic, my ketones are 3.5 and I keep vomiting"),
    ("E", "我有1型糖尿病，尿酮阳性，一直吐，肚子痛"),
    ("E", "my diabetic husband is confused and very drowsy and his sugar is low"),
    ("E", "糖尿病人，低血糖，现在叫不醒"),
]

# RCP NEWS2 (2017) in clinicians' notes: aggregate 7+ emergency, 5-6 urgent
NEWS2: list[tuple[str, str]] = [
    ("E", "Obs: RR 26, SpO2 93% on air, BP 98/60, HR 118, T 38.9"),
    ("E", "呼吸28次/分，血氧92%，心率125次/分，血压95/60mmHg，体温39度"),
    ("E", "呼吸每分钟三十次，心率一百二十五，血压九十五比六十，体温三十九度二"),
    ("E", "resp 24, pulse 125, sats 94% RA, temp 38.6, BP 104/70, new confusion"),
    ("U", "RR 22, HR 112, T 39.1, SpO2 96%, BP 120/80"),
]

CASES = GENERAL + CARDIAC + RESPIRATORY + NEURO + GI + SEPSIS + METABOLIC + NEWS2


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_adult_discriminators_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


def test_the_adult_coverage_set_is_bilingual_and_holds_hard_negatives() -> None:
    chinese = [t for _, t in CASES if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert len(chinese) >= 0.3 * len(CASES)
    assert sum(e == "!E" for e, _ in CASES) >= 10
