"""More positive self-care evidence the decision missed, by kind (rules-cc, session 32, after
rules-by's tests/test_self_care_evidence.py): each kind reaches ``self_care`` in the sender's
own words, and its look-alikes (the same complaint with a red flag, getting worse, too long, or
in a vulnerable person: a baby under 3 months, pregnancy) stay ``non_urgent`` or higher.

Written from the published pages each kind names, with sentences of this file's own in English
and Chinese:

- hand, foot and mouth disease named, or told as the nursery's outbreak with mouth sores and
  spots on the hands and feet, in a child drinking: NHS.uk hand, foot and mouth disease (it
  gets better on its own in 7 to 10 days: fluids, painkillers; a GP urgently if not drinking,
  signs of dehydration, a high temperature, a baby under 3 months or a weak immune system);
- a heat rash told as tiny red spots or bumps in hot weather in a happy child: NHS.uk heat
  rash (prickly heat: goes in a few days; a GP if it does not improve or with a high
  temperature; a rash that does not fade under a glass is the red flags');
- threadworms told by their signs, white threads in the poo and an itchy bottom at night:
  NHS.uk threadworms (a pharmacist's medicine for the whole household; a GP when pregnant or
  breastfeeding or for a child under 2);
- a wart or verruca over weeks or a month or two: NHS.uk warts and verrucas (harmless, they go
  on their own though it may take months or even years; a pharmacist's treatment; a GP if one
  bleeds or changes, keeps coming back, is very large or painful, is on the face or genitals,
  or with a weakened immune system);
- hair shedding in the months after a birth, the baby's age said with it ('my baby is 3
  months'): NHS.uk hair loss (normal and temporary, it grows back; bald patches are the GP's).
  The baby's age is then the time since the birth, not the patient's;
- the baby blues, tearful and up and down in the first days after a birth said as days: NHS.uk
  baby blues (normal, up to 2 weeks; a GP or health visitor if longer, NICE CG192); thoughts
  of harm, not coping or hearing things stay higher;
- a course on and off, or coming on gradually, within the day or since yesterday: no complaint
  that keeps coming back (NHS.uk's 'see a GP if it keeps coming back' is over weeks); on and off
  for weeks or months still is.

``S`` must end ``self_care``; ``N`` anything but ``self_care``; ``E`` an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk hand, foot and mouth disease
HAND_FOOT_AND_MOUTH: list[tuple[str, str]] = [
    ("S", "My 3 year old has hand foot and mouth, little blisters on his palms, still drinking ok"),
    (
        "S",
        "nursery has hand, foot and mouth going round and my 2yo now has spots on her feet and a"
        " sore mouth, drinking fine and playing",
    ),
    ("S", "我儿子四岁，幼儿园在流行手足口病，他手心和脚底有几个小红点，喝水正常"),
    ("S", "个女两岁半，幼稚园话有手足口，佢手脚有几粒红点，口入面有两粒痱，饮水都正常"),
    (
        "S",
        "the childminder says there's hand foot and mouth going round; my 20 month old has mouth"
        " sores and spots on her hands and feet, drinking her milk and water fine",
    ),
    ("S", "my 9 month old has hand foot and mouth, feeding fine and still smiley"),
    (
        "N",
        "my 3 year old has hand foot and mouth and has not had a drink or a wee since this morning",
    ),
    ("N", "my 2 year old has hand foot and mouth and it's getting worse every day"),
    ("N", "my 4 year old with hand, foot and mouth is on chemo for leukaemia"),
    ("N", "hand foot and mouth in my 2 month old baby, spots on her hands"),
    ("N", "我儿子三岁手足口病，一直不肯喝水，一整天没有尿"),
    ("N", "我怀孕30周，大女儿得了手足口病，我现在也发烧，手上长了小疱"),
    ("E", "my 3 year old has hand foot and mouth and now he's floppy and hard to wake"),
]

# NHS.uk heat rash
HEAT_RASH_TOLD: list[tuple[str, str]] = [
    (
        "S",
        "It's been so hot this week and my 2 year old has tiny red spots on his neck and back,"
        " he's happy and playing",
    ),
    ("S", "my 4yo has lots of little red bumps on her chest in this heatwave, otherwise herself"),
    ("S", "天气太热了，三岁儿子脖子和后背起了好多小红点，他很开心，照常玩"),
    ("S", "天氣好熱，個仔兩歲，頸同背脊出咗好多細細粒紅點，佢好精神"),
    ("N", "hot weather and my 2 year old has tiny red spots on his neck, and a temperature of 39"),
    ("N", "天气热，宝宝六周大，脖子起了很多小红点"),
    (
        "E",
        "my 2 year old has tiny red spots on her chest that don't fade when I press a glass on"
        " them, it's been hot",
    ),
]

# NHS.uk threadworms
THREADWORMS_TOLD: list[tuple[str, str]] = [
    (
        "S",
        "my 6 year old keeps scratching his bum at night and I saw tiny white threads in his poo",
    ),
    (
        "S",
        "saw little white threads moving in my daughter's poo, she's 5 and has an itchy bottom"
        " at night",
    ),
    ("S", "女儿六岁，晚上屁股痒，我在她便便里看到细细的白线"),
    ("S", "個仔五歲，夜晚屎忽痕，佢啲屎度見到好幼嘅白線"),
    ("N", "I'm 20 weeks pregnant, itchy bottom at night and I saw white threads in my poo"),
    ("N", "my 6 year old has an itchy bottom and white threads in his poo, and blood in it too"),
    ("N", "女儿六岁，便便里有白线，还拉血，瘦了很多"),
]

# NHS.uk warts and verrucas: they go on their own over months, so weeks or a month or two is
# no lasting complaint; bleeding, changing, very painful, on the face or genitals, coming back
# or a weak immune system are the GP's
WARTS_OVER_WEEKS: list[tuple[str, str]] = [
    ("S", "my 9 year old has had a verruca on her heel for about six weeks, doesn't bother her"),
    ("S", "Got a wart on my thumb, it's been there a month or so, not sore"),
    (
        "S",
        "a hard rough patch of skin with tiny black dots on the sole of my foot for a few weeks,"
        " bit sore walking",
    ),
    ("S", "脚底长了个跖疣，大概两个月了，不痛，没有变大"),
    ("S", "手指上長咗粒疣，成個月啦，唔痛唔痕"),
    ("N", "I've had a verruca for 2 months and now it's started bleeding and getting bigger"),
    ("N", "wart on my face for six weeks, it has changed colour"),
    ("N", "I'm on chemo and I've had warts on my hands for a month"),
    ("N", "verruca on my foot for two years now, still there"),
    ("N", "手上的疣一个月了，最近开始流血，还变大了"),
    ("N", "下面长了几个疣，一个多月了"),
    (
        "N",
        "verruca cream from the chemist for 10 weeks, the verruca's still there and there are"
        " more of them",
    ),
    ("N", "脚上的疣用了两个月药水还在，而且多了几个"),
]

# NHS.uk hair loss: shedding a few months after a birth is normal and temporary
HAIR_AFTER_A_BIRTH: list[tuple[str, str]] = [
    ("S", "my baby is 4 months now and my hair keeps coming out in the shower, is that normal?"),
    ("S", "baby is 3 months old and I'm losing so much hair when I brush it"),
    ("S", "5 months postpartum and my hair is shedding like crazy, otherwise I feel fine"),
    ("S", "宝宝四个月了，我最近掉头发掉得好厉害，梳头一把一把的"),
    ("S", "產後三個月，洗頭嘅時候頭髮一把一把咁甩"),
    ("N", "my baby is 4 months and my hair is falling out, there's a bald patch above my ear"),
    ("N", "生完宝宝四个月，头发一块一块地掉光了，有个斑秃"),
    (
        "N",
        "my baby is 4 months and my hair is falling out, and I've got a fever and a hot red"
        " painful breast",
    ),
]

# NHS.uk baby blues: emotional and tearful in the first days after a birth is normal
BABY_BLUES_FIRST_DAYS: list[tuple[str, str]] = [
    (
        "S",
        "3 days postpartum and I've been crying on and off all day, happy one minute and weepy"
        " the next, I love my baby to bits",
    ),
    ("S", "it's 5 days after the birth and I'm so emotional, I cried at an advert"),
    ("S", "生完第三天，动不动就想哭，情绪起起伏伏，宝宝很好，我也很爱她"),
    ("S", "生完BB第四日，成日眼湿湿，一时笑一时喊"),
    (
        "N",
        "4 days postpartum, crying all the time and I keep thinking my baby would be better off"
        " without me",
    ),
    (
        "N",
        "5 days after the birth and I'm crying all the time, I can't cope and can't look after her",
    ),
    ("N", "生完第五天，一直哭，有伤害自己的念头"),
    ("N", "生完三个星期了，天天哭，什么都不想做"),
]

# a course on and off within the day or since yesterday is how the day went, no complaint that
# keeps coming back (NHS.uk: a GP when it keeps coming back, over weeks)
ON_AND_OFF_TODAY: list[tuple[str, str]] = [
    (
        "S",
        "mild tummy upset on and off since this morning after a takeaway, drinking water fine,"
        " no blood, no temperature",
    ),
    ("S", "I've had a mild cold, sneezing on and off all day, otherwise fine"),
    ("N", "tummy upset on and off for three weeks now"),
    ("N", "my knee has been aching on and off for months"),
    ("U", "crushing chest pain on and off since yesterday, sweaty"),
    ("N", "mild headaches on and off every day for a month"),
]

CASES = [
    *ON_AND_OFF_TODAY,
    *BABY_BLUES_FIRST_DAYS,
    *HAND_FOOT_AND_MOUTH,
    *HEAT_RASH_TOLD,
    *THREADWORMS_TOLD,
    *WARTS_OVER_WEEKS,
    *HAIR_AFTER_A_BIRTH,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_self_care_evidence_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)  # S: self-care with no red flag; N: not self-care
