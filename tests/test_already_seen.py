"""Already seen: the level follows what is happening now, not what was said before (rules-kf,
session 45).

Our own sentences, in English and Chinese (simplified, Hong Kong Cantonese and traditional,
Taiwan usage), from people seen or advised recently (a GP this week, NHS 111 yesterday, A&E last
night, a pharmacist, a walk-in centre, an online doctor) who were told it was something (a
virus, a sprain, anxiety, a muscle strain, a stomach bug) or given something (antibiotics, an
inhaler, painkillers), each read as a first message with the rules alone:

1. **A red flag now** (``RED_FLAG_NOW``, ``E``): the earlier advice or diagnosis is neither read
   as the current picture nor as history that silences a present sign (NHS.uk when to call 999,
   NICE NG143 red features, NICE NG51 high-risk criteria, NICE NG232 head injury, NHS.uk stroke
   FAST, NHS.uk asthma attack, NICE NG158 PE, MTS pulseless limb).
2. **Worse or not better as the advice said** (``WORSE_SAME_DAY``, ``U``): NHS.uk cellulitis,
   tonsillitis / quinsy, diarrhoea and vomiting, NICE NG143 amber fever of five days, NHS.uk
   sprains (cannot bear weight).
3. **Improving or the same as advised** (``IMPROVING``, ``L``): a condition already assessed,
   better or unchanged as the advice said (NHS.uk when to get help on each condition page), a
   danger word only in what was ruled out.

Wrong before the change (0557fed): 9 of the 66 sentences (a red flag now 5 of 30: spots gone
purple and not fading after "hand foot and mouth", the glass test told of "it" after a rash
called viral, three times new confusion after "a virus" with no fever word; worse 2 of 12:
Cantonese 唔可以落地 / 落唔到地, cannot put the foot down, and 拗柴, a twisted ankle, no
injury word; improving 2 of 24: "my wheeze is much better", "the wheezing has settled" read
as breathlessness).
The first 54 were written and run first (2 wrong); twelve more were written from a probe of the
same kinds before any rule changed (7 wrong). Three were written after the change to pin its
edges (a healing bruise gone purple and yellow, which the first form of the purple-spots phrase
read as a rash and was narrowed for; spots "aren't fading" with a floppy child; a wheeze easing
but still breathless on the stairs). After: none open.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

RED_FLAG_NOW = [
    # NICE NG143 red; NHS.uk meningitis (glass test)
    ("E", "GP said it was a virus yesterday, now she's floppy and has a rash that doesn't fade"),
    # MTS limb: pulseless / cold pale limb
    ("E", "A&E said it was a sprain last night but now my foot is cold and white and numb"),
    # NHS.uk heart attack
    ("E", "sent home from A&E with anxiety yesterday, now crushing chest pain and I'm sweating"),
    # NICE NG143 red: no response to social cues / not waking
    ("E", "111 said it was a stomach bug, now my 8 month old won't wake up properly"),
    # NICE NG51 high risk
    (
        "E",
        "pharmacist said chest infection and gave me antibiotics on monday, "
        "now I'm confused and breathing really fast",
    ),
    # NHS.uk stroke FAST
    (
        "E",
        "walk-in centre said it was a migraine this morning, now his face is drooping on one side",
    ),
    # NHS.uk asthma attack: blue lips, cannot speak in sentences
    (
        "E",
        "online doctor gave me an inhaler on Tuesday, now my lips are blue and I can't finish "
        "a sentence",
    ),
    # NICE NG158 PE
    (
        "E",
        "GP said muscle strain in my calf last week, now I'm suddenly breathless and coughing "
        "up blood",
    ),
    # NHS.uk febrile seizure first / NG143 red
    (
        "E",
        "they said it was just a virus so I guess it's fine, but she's just had a fit and her "
        "lips went blue",
    ),
    # NICE NG51 high risk: mottled, no urine
    (
        "E",
        "GP gave antibiotics for a UTI 2 days ago, now shivering, mottled skin and not passed "
        "urine all day",
    ),
    # NICE NG232 head injury
    (
        "E",
        "A&E checked him after he hit his head yesterday and said it was fine, now he keeps "
        "vomiting and is very drowsy",
    ),
    # NHS.uk vomiting blood
    ("E", "told by 111 it was gastro, now I'm vomiting blood"),
    # NHS.uk subarachnoid: thunderclap
    (
        "E",
        "the GP said tension headache on Monday, now a sudden worst headache of my life came on "
        "like a thunderclap",
    ),
    # NICE NG240 / NHS.uk meningitis: spots gone purple and not fading, sleepy
    (
        "E",
        "the doctor said it was hand foot and mouth, now the spots have gone purple and don't "
        "fade and he's very sleepy",
    ),
    (
        "E",
        "GP said her rash was viral on Monday, now it doesn't fade when I press a glass on it "
        "and she's vomiting",
    ),
    # NICE NG51: a suspected infection (the virus named) with new confusion
    (
        "E",
        "they said it was just a virus so I guess it's fine, but she's now confused and "
        "breathing fast",
    ),
    ("E", "GP said it was a virus yesterday, now my dad is confused and breathing fast"),
    # NICE NG143 red: floppy, bulging fontanelle
    ("E", "told it was colic at the GP, now my baby is pale, floppy and has a bulging soft spot"),
    # written after the change, pinning its edges: the spots not fading, said another way
    (
        "E",
        "GP said chickenpox but the spots have gone dark purple and aren't fading, and she's "
        "floppy",
    ),
    # Chinese
    ("E", "醫生話係病毒，而家阿爺成個人好混亂，呼吸好急"),
    ("E", "医生说是肠胃炎，现在他神志不清，一天都没有小便"),
    ("E", "昨天看了医生说是病毒感染，现在孩子软软的没精神，身上的疹子用杯子压也不褪色"),
    ("E", "急诊说是扭伤，但现在我的脚又冷又白，脚趾没感觉"),
    ("E", "上星期医生话系焦虑，而家心口好似俾嘢压住咁痛，仲出冷汗"),
    ("E", "昨日睇咗醫生話係感冒，而家佢叫極都唔醒"),
    ("E", "診所醫師說是腸胃炎，現在一直吐血"),
    ("E", "药剂师说是普通感冒，现在他突然说话不清楚，一边脸歪了"),
    ("E", "前天急診說是偏頭痛，現在突然劇烈頭痛，是這輩子最痛的一次"),
    ("E", "醫生開咗抗生素俾佢食，但係而家佢好糊塗，呼吸好急，皮膚有花紋"),
    ("E", "打了111说是病毒，现在宝宝呼吸很费力，嘴唇发紫"),
    ("E", "醫生說是肌肉拉傷，但現在突然喘不過氣，還咳出血"),
]

WORSE_SAME_DAY = [
    # NHS.uk cellulitis: not improving on antibiotics, spreading, fever
    (
        "U",
        "GP gave antibiotics for cellulitis 3 days ago but the red area is spreading and I have "
        "a fever",
    ),
    # NHS.uk quinsy
    (
        "U",
        "walk-in centre said tonsillitis, on penicillin for 3 days and now I can't swallow my "
        "saliva and can hardly open my mouth",
    ),
    # NICE NG143 amber: fever 5 days or more
    ("U", "GP said it's a virus but my 2 year old has had a fever for 5 days now"),
    # NHS.uk diarrhoea and vomiting: cannot keep fluids down
    (
        "U",
        "the pharmacist said it was a stomach bug but I've been vomiting for 2 days and can't "
        "keep any fluids down",
    ),
    # NHS.uk sprains and strains: cannot put weight on it
    (
        "U",
        "A&E said it was just a sprain but 4 days on I still can't put any weight on it at all",
    ),
    # Chinese
    ("U", "医生开了抗生素治蜂窝组织炎，吃了三天，红肿还在扩散，还发烧"),
    ("U", "醫生話係病毒，但係個仔已經發燒五日都未退"),
    ("U", "診所說是腸胃炎，但已經吐了兩天，喝水都吐出來"),
    ("U", "药房说是扁桃体炎，吃了三天药，现在喉咙痛到口水都吞不下，嘴巴张不开"),
    ("U", "急診話係扭傷，但係過咗四日隻腳都完全唔可以落地"),
    ("U", "拗柴睇咗醫生話冇骨折，但係隻腳痛到完全落唔到地"),
    # NHS.uk asthma: not better on the inhaler, breathless walking (same day)
    (
        "U",
        "GP gave me an inhaler on Monday but my wheeze is no better and I'm breathless walking "
        "to the shop",
    ),
    # written after the change: a wheeze easing is no breathlessness, breathless still is
    ("U", "my wheeze is much better but I'm still breathless walking upstairs"),
]

IMPROVING = [
    ("L", "GP said viral, on day 3 and getting better, eating fine"),
    (
        "L",
        "A&E said it was a sprain, I've been resting and icing it and it's much better, walking "
        "on it again",
    ),
    (
        "L",
        "pharmacist said it was a cold, I'm on day 4 and much better, just a bit of a runny nose "
        "left",
    ),
    (
        "L",
        "111 said it was a stomach bug, the vomiting stopped yesterday and she's drinking and "
        "weeing normally again",
    ),
    (
        "L",
        "GP gave me antibiotics for a water infection, 2 days in and the stinging is nearly gone",
    ),
    (
        "L",
        "online doctor gave me an inhaler, my wheeze is much better and I'm sleeping through "
        "the night",
    ),
    (
        "L",
        "they said anxiety at A&E after all the tests were normal, I've been calmer since and "
        "no more palpitations",
    ),
    (
        "L",
        "GP said it was a virus and to give calpol, her temperature is down today and she's "
        "playing again",
    ),
    (
        "L",
        "GP said it was a muscle strain in my back last week, it's about the same, still sore "
        "when I bend",
    ),
    ("L", "saw the pharmacist for a cough 3 days ago, still the same, no fever, feel ok otherwise"),
    (
        "L",
        "GP checked her for meningitis yesterday and said it's a virus, she's better today and "
        "eating",
    ),
    (
        "L",
        "A&E ruled out a heart attack last night, the tests were all normal, I feel fine now "
        "just tired",
    ),
    ("L", "the inhaler helps, the wheezing has settled"),
    # written after the change, pinning its edges: a healing bruise's colours are no rash
    ("!E", "the spots have gone purple and yellow as the bruise heals"),
    ("L", "GP said it was viral, 5 days in and she's much better, no fever since yesterday"),
    # Chinese
    ("L", "睇咗急症，照咗X光冇骨折，話係扭傷，而家消咗腫"),
    ("L", "医生说是病毒感染，第三天了，好多了，胃口也正常"),
    ("L", "急診話係扭傷，休息咗幾日已經好返好多，可以行路"),
    ("L", "藥師說是感冒，吃了藥好很多，只剩一點鼻水"),
    ("L", "医生开了抗生素治尿道炎，吃了两天，已经不怎么痛了"),
    ("L", "上次睇醫生話係腸胃炎，而家冇再肚屙，食嘢都正常"),
    ("L", "急诊检查都正常，说是焦虑引起的心慌，这两天已经没有再发作了"),
    ("L", "醫生說是病毒感冒，小孩今天退燒了，又在玩了"),
    ("L", "醫生話係肌肉拉傷，一個禮拜都係差唔多，彎腰仲有啲痛"),
    ("L", "昨天急诊排除了心脏病，检查都正常，今天没事了，只是有点累"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(RED_FLAG_NOW, OPEN_ROWS))
def test_red_flag_now(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(WORSE_SAME_DAY, OPEN_ROWS))
def test_worse_same_day(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(IMPROVING, OPEN_ROWS))
def test_improving(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
