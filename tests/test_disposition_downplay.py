"""The four-level decision below an emergency when the words and the facts disagree.

Written from NHS.uk condition, medicine and procedure pages ("when to get help"), procedure
aftercare leaflets (hip and knee replacement, miscarriage and abortion aftercare, FSRH IUD
fitting, caesarean recovery, breast surgery and lymphoedema), NICE CKS (atrial fibrillation and
palpitations, DVT, heart failure, hyperglycaemia, PID, nail-bed injuries, toothache), JBDS-IP
(hyperosmolar states in older people), NICE NG106, NG143 and NHS.uk broken arm for children,
in our own words (not fresh set 23's rows, ``tests/data/fresh_levels_23.jsonl``), before the
rules changed for them:

- playing it up: hyperbole ("worst ... ever", "agony", 痛死了, 痛到死) about a problem whose facts
  are mild (a minor illness named, pain that ordinary painkillers take away, pain lasting for
  weeks without getting worse) is no severity: NHS.uk sets the level from the signs. "The worst
  headache of my life" stays an emergency (NICE CKS thunderclap headache), and severe pain with
  no mild fact stays same-day (Manchester Triage severe pain);
- asking ahead: a general or hypothetical question with nothing wrong now (what to pack, how to
  prevent sunburn or a clot on a flight) is self-care; the same words with a current complaint
  are not;
- after care: the expected after-effects a leaflet describes, settling, are self-care even when
  the procedure or the start of a medicine was weeks ago; the dangers it ties to the after care
  are same-day (a swollen tender calf after a joint replacement, a smelly discharge with a
  temperature after a miscarriage or a coil, more bleeding on warfarin, heart failure's weight
  gain and breathlessness lying down after a discharge);
- playing it down: a same-day sign said in small words stays same-day (a child who will not use
  an arm after a fall, a crushed finger looking bent, a very high sugar with thirst and tiredness
  in an older man, a fast heart rate at rest on a watch).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import decided_level

EMERGENCY = Disposition.EMERGENCY
URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE


CASES: list[tuple[str, Disposition]] = [
    # --- playing it up: hyperbole about a minor illness (NHS.uk colds, sore throat, flu-like
    # illness, muscle ache, insect bites, hay fever: self-care)
    (
        "worst cold I've ever had, literally dying, blocked nose and sneezing, day 2, eating fine",
        SELF_CARE,
    ),
    ("this is the worst sore throat ever!!! day 3, can swallow fine, no temperature", SELF_CARE),
    (
        "hay fever is absolute agony this year, itchy eyes and sneezing, antihistamines help",
        SELF_CARE,
    ),
    ("gnat bites on my ankles, worst itch of my life lol, no swelling", SELF_CARE),
    ("嗓子痛死了，感冒第二天，能吃能喝，没发烧", SELF_CARE),
    ("喉嚨痛到死，傷風第三日，食嘢飲嘢冇問題，冇發燒", SELF_CARE),
    ("鼻塞流鼻涕，难受死了要命，两天了，吃东西正常", SELF_CARE),
    # pain that an ordinary painkiller takes away, or lasting weeks without getting worse: a
    # dentist or GP appointment, not same-day (NHS.uk toothache: urgent only when painkillers do
    # not help, with swelling or a fever; NICE CKS shoulder pain, plantar fasciitis)
    (
        "toothache is pure agony, top back tooth, day 3, paracetamol takes it "
        "away for a few hours, "
        "no swelling, no fever",
        NON_URGENT,
    ),
    ("牙痛死了，第三天，吃布洛芬就好几个小时，脸没肿，没发烧", NON_URGENT),
    (
        "my knee is killing me, worst pain ever, it's been like this for 2 months, no injury, "
        "not getting worse",
        NON_URGENT,
    ),
    ("膝頭痛到死，已經兩個月，冇跌過，冇腫", NON_URGENT),
    ("手肘痛了六个星期，打网球以后，拿东西的时候最痛，休息好一点", NON_URGENT),
    (
        "heel pain for 2 months, worst first thing in the morning, eases once I get going",
        NON_URGENT,
    ),
    # look-alikes that keep their severity: the worst headache, sudden; severe pain with no mild
    # fact; a minor illness named with severe pain said plainly and nothing mild
    ("worst headache of my life, came on suddenly an hour ago", EMERGENCY),
    ("toothache, absolute agony, painkillers do nothing, face starting to swell", URGENT),
    ("worst pain of my life in my side since this morning, can't sit still", URGENT),
    ("痛死了，右边腰痛，今天早上开始，一阵一阵", URGENT),
    ("my ear is agony since last night, paracetamol isn't touching it", URGENT),
    # --- asking ahead: nothing wrong now (NHS.uk first aid kit, sun safety, DVT and flying,
    # travel health: self-care)
    (
        "What should we take in a first aid kit for a family holiday? Nobody's ill at the moment.",
        SELF_CARE,
    ),
    (
        "How do I stop my kids getting sunburnt at the beach? Nothing wrong "
        "right now, just planning.",
        SELF_CARE,
    ),
    (
        "Flying to New Zealand next month, how can I lower my risk of a clot? "
        "I'm well at the moment.",
        SELF_CARE,
    ),
    ("请问去泰国旅游要带什么药？现在没有不舒服，想提前准备", SELF_CARE),
    ("請問長途飛機點樣預防腳生血栓？而家冇唔舒服", SELF_CARE),
    ("请问夏天怎么预防中暑？现在身体好好的", SELF_CARE),
    # look-alikes: a current complaint said with the same framing
    (
        "Flying home tomorrow, my calf has been swollen and tender since the "
        "flight out, nothing else wrong",
        URGENT,
    ),
    ("请问我现在小腿又肿又痛，摸着发热，下个月还能坐长途飞机吗", URGENT),
    ("what should I pack for my trip? also I've had a cough for 4 weeks now", NON_URGENT),
    # --- after care: expected after-effects, settling (NHS.uk contraceptive pill: spotting and
    # nausea in the first 3 months; caesarean recovery: about 6 weeks; knee arthroscopy; tooth
    # extraction; vaccination)
    (
        "I started the mini pill 5 weeks ago, some light spotting and mild headaches, getting less",
        SELF_CARE,
    ),
    ("开始吃避孕药一个月了，偶尔有点点滴出血，有点恶心，慢慢好了", SELF_CARE),
    (
        "c-section 3 weeks ago, scar healing nicely, a bit of pulling when I "
        "stand, bleeding almost stopped",
        SELF_CARE,
    ),
    ("剖腹產五個星期，傷口唔紅唔腫，有少少扯住嘅感覺，精神好好", SELF_CARE),
    (
        "knee arthroscopy 4 days ago, a bit bruised and sore, walking with "
        "crutches fine, getting better",
        SELF_CARE,
    ),
    # the dangers the after care names: same-day
    (
        "knee replacement 2 weeks ago, since yesterday my calf on that side is swollen and tender",
        URGENT,
    ),
    ("做完髋关节置换两周，这两天那边小腿肿了，按着痛", URGENT),
    ("had a miscarriage 2 weeks ago, still bleeding and now it smells bad, temperature 38", URGENT),
    ("流产后十天还在出血，有臭味，发烧37.9，小肚子痛", URGENT),
    ("termination with pills last week, discharge smells off and I've got a fever of 38.3", URGENT),
    (
        "coil fitted 5 days ago, lower tummy pain getting worse, smelly "
        "discharge and a temperature",
        URGENT,
    ),
    ("上个礼拜装咗避孕环，而家下腹好痛，分泌物好臭，发烧38度", URGENT),
    (
        "I'm on warfarin and my gums bleed more than usual when I brush, and my wee looks pinkish",
        URGENT,
    ),
    ("食緊華法林，呢兩日刷牙牙肉出血多咗，小便有啲粉紅色", URGENT),
    ("爸爸心衰刚出院三天，这两天体重涨了两公斤多，晚上要垫高枕头才能睡，不然就喘", URGENT),
    (
        "Dad was discharged with heart failure on Monday, weight up 2.5 kg in "
        "three days and he needs "
        "three pillows to breathe at night",
        URGENT,
    ),
    # look-alikes: discharge without signs, a smell without fever, spotting on warfarin asked
    ("上周因为心衰出院，现在体重稳定，脚不肿，睡觉平躺也可以", NON_URGENT),
    ("some discharge that smells a bit fishy, no pain, no fever, not pregnant", NON_URGENT),
    # after a discharge: follow-up asked with the pain settled (NICE NG118 renal colic)
    (
        "discharged from A&E with a kidney stone last week, hardly any pain "
        "now, when should I see my GP?",
        NON_URGENT,
    ),
    ("上个礼拜因为肾结石喺急症出院，而家唔系点痛，几时要睇家庭医生？", NON_URGENT),
    # breast surgery: arm swelling without infection is lymphoedema, the breast care nurse or GP
    # (NHS.uk lymphoedema); with redness and a temperature it is cellulitis, same day
    (
        "had breast cancer surgery last month and my arm on that side has got "
        "a bit puffy, not red or hot",
        NON_URGENT,
    ),
    ("乳腺癌手术后两个月，那边手臂有点肿，不红不热，没发烧", NON_URGENT),
    # --- playing it down: same-day signs in small words
    (
        "probably nothing but my 5 year old fell off the sofa onto his arm "
        "yesterday and won't move "
        "his elbow, cries if you touch it",
        URGENT,
    ),
    ("孩子7岁，昨天摔倒手撑地，今天手肘有点肿，不肯动那只手", URGENT),
    (
        "caught my finger in the car door, nail is black underneath and the "
        "finger looks a bit crooked",
        URGENT,
    ),
    ("手指俾門夾到，指甲底全黑，隻手指睇落有啲歪", URGENT),
    (
        "my dad's 78, says it's nothing, but he's been so thirsty and weeing "
        "loads this week, really "
        "tired today, his sugar was 27",
        URGENT,
    ),
    ("我爸80岁，糖尿病，这几天口很渴一直喝水尿很多，今天很累，血糖25，人还清醒", URGENT),
    (
        "bit silly asking, I'm 40, my watch keeps saying my heart is 140 at rest this afternoon, "
        "feels fluttery, no chest pain",
        URGENT,
    ),
    # look-alikes: a raised rate after exercise, a sugar a little high without symptoms
    ("my watch said 150 during my run, back to 70 within minutes, feel fine", SELF_CARE),
    ("type 2, my sugar was 12 after a big dinner, back to 7 this morning, feel fine", SELF_CARE),
]


# Still wrong, for a reason outside the decision (strict xfails until closed).
OPEN: dict[str, str] = {
    "c-section 3 weeks ago, scar healing nicely": "the red flag postpartum_bleeding (RCOG "
    "secondary PPH, urgent) reads any bleeding after a birth, even lochia said almost stopped "
    "(red-flag side)",
}


def _cases() -> list[object]:
    out: list[object] = []
    for text, expected in CASES:
        why = next((r for key, r in OPEN.items() if text.startswith(key)), None)
        marks = pytest.mark.xfail(strict=True, reason=why) if why else ()
        out.append(pytest.param(text, expected, marks=marks))
    return out


@pytest.mark.parametrize(("text", "expected"), _cases())
def test_the_words_and_the_facts_give_the_level(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text
