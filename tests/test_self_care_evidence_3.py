"""Self-care evidence the decision missed, a third round by kind (rules-cf, session 33, after
tests/test_self_care_evidence.py and tests/test_self_care_evidence_2.py): each kind reaches
``self_care`` in the sender's own words, and its counterparts (the same complaint with a red or
amber sign of its own page) stay ``non_urgent`` or higher.

Written from the published pages each kind names, with sentences of this file's own in English
and Chinese (simplified, traditional, Cantonese), before any rule changed: 30 of the 53 (all of
them self-care sentences; every counterpart already held its level) were at the wrong level at
the first run, 2 after (an age typed bare, "41," or "woman 25", was not read by
``clinical.ages``, and Pharmacy First needs the age: both read since rules-cj,
tests/test_numbers_in_context.py). Three sentences were written after the
first fix, named below: the nipple said 破皮 (skin broken), and a tongue-tie asked about with sore
nipples (NHS.uk tongue-tie: referred for an assessment, a counterpart found in fresh set 12).

- an uncomplicated cystitis in a woman of 16 to 64, not pregnant, with no fever and no back or
  side pain: NHS England Pharmacy First (2024), a pharmacist; NICE NG109 (self-care and pain
  relief for mild symptoms). A fever, loin pain, pregnancy, a man, or an older woman stay higher;
- a common symptom of pregnancy (heartburn, morning sickness kept down, constipation, backache)
  with the page's warning signs said absent (no bleeding, no headache, no pain, keeping fluids
  down; the baby moving alone is its own check, no evidence): NHS.uk indigestion and
  heartburn in pregnancy, vomiting and morning sickness, constipation and back pain in pregnancy
  (look after yourself, a pharmacist). Vomiting blood, nothing kept down, a headache with
  swelling, bleeding, or the symptom said bad or keeping her from sleep stay higher;
- sore or cracked nipples while breastfeeding with no red, hot, hard breast and no fever: NHS.uk
  breastfeeding problems (attachment, a midwife, health visitor or breastfeeding supporter); a
  red, hot or hard breast with a fever is mastitis (NHS.uk: a GP);
- a single faint at the sight of blood or a needle, came round at once and fine since: NHS.uk
  fainting (usually nothing to worry about when the cause is known); a faint with chest pain,
  during exercise, or not coming round stays higher;
- a normal reading asked about (a temperature under 38, a blood pressure under 140/90): NHS.uk
  high temperature (fever is 38 °C or more), NICE NG136 (under 140/90 is normal in a clinic or
  pharmacy). A high reading, or one with a complaint, stays higher;
- the evidence said in a past clause: a birth months ago with hair shedding now (NHS.uk hair
  loss: normal after a birth), warts that came up a month or two ago (NHS.uk warts and
  verrucas: they go on their own);
- a nosebleed stopped by pinching, told with its manner ("stopped with pinching", "stopped
  when we pinched it", "nose bled"): NHS.uk nosebleeds (treated at home; A&E when it lasts
  over 10-15 minutes of pressure, with dizziness or weakness, or after a head injury; a GP on
  a blood thinner or when they keep happening);
- a coin swallowed by a well child and already passed in the poo: NHS.uk swallowed objects
  (a coin that has passed needs nothing more); a button battery, or a coin with drooling or
  pain on swallowing, stays higher.

``S`` must end ``self_care``; ``N`` anything but ``self_care``; ``U`` at least urgent; ``E``
an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS England Pharmacy First: uncomplicated UTI in women 16-64; NICE NG109
CYSTITIS_AT_THE_PHARMACY: list[object] = [
    (
        "S",
        "I'm 32 and it stings when I pee since this morning, peeing every hour, no fever, no back"
        " pain, not pregnant",
    ),
    (
        "S",
        "Think I've got cystitis again. 41, not pregnant, burning when I wee and going loads,"
        " no temperature and no pain in my back or sides",
    ),
    (
        "S",
        "woman 25, burning passing urine for a day, no high temperature, no loin pain, not"
        " pregnant",
    ),
    ("S", "我是女生，二十六岁，没怀孕，从昨天开始尿尿的时候刺痛，老想上厕所，不发烧，腰不痛"),
    ("S", "我三十五歲女，沒有懷孕，今天小便有灼熱感，尿頻，沒有發燒，腰也不痛"),
    (
        "N",
        "I'm 30, not pregnant, burning when I wee since yesterday and now a fever of 38.6 and"
        " pain in my side under the ribs",
    ),
    ("N", "burning when I wee and weeing a lot, I'm 22 weeks pregnant, no fever"),
    ("N", "I'm a 35 year old man and it burns when I pee, no fever, no back pain"),
    ("N", "I'm a woman of 72, burning when I wee since yesterday, no fever, no back pain"),
    ("N", "我二十八岁女，没怀孕，尿尿刺痛两天，今天发烧三十八度五，腰一边很痛"),
]

# NHS.uk indigestion and heartburn, vomiting and morning sickness, constipation, back pain in
# pregnancy
PREGNANCY_SYMPTOMS_CHECKED: list[tuple[str, str]] = [
    (
        "S",
        "22 weeks pregnant and I get heartburn every evening after tea, no bleeding, no"
        " headaches, baby kicking away",
    ),
    (
        "S",
        "I'm 10 weeks pregnant and feel sick every morning but I'm keeping food and drinks"
        " down fine",
    ),
    (
        "S",
        "26 weeks pregnant, constipated and only going every few days, no bleeding, no tummy"
        " pain, baby moving normally",
    ),
    ("S", "怀孕二十四周，吃完饭就烧心反酸，没有出血，头也不痛，胎动正常"),
    ("S", "懷孕十週，每天早上想吐，但是水和食物都吃得下，沒有出血"),
    ("S", "有咗二十六個禮拜，呢排成日心口灼熱，冇出血，冇頭痛，BB郁得好多"),
    ("N", "20 weeks pregnant with heartburn and this morning I vomited blood"),
    ("N", "I'm 9 weeks pregnant and can't keep anything down, not even water, for two days"),
    ("N", "34 weeks pregnant, heartburn, and a bad headache with my face and hands swelling up"),
    ("N", "怀孕十周，吐得厉害，连水都喝不下，一天没小便了"),
]

# NHS.uk breastfeeding problems (sore or cracked nipples); NHS.uk mastitis
SORE_NIPPLES_BREASTFEEDING: list[tuple[str, str]] = [
    (
        "S",
        "2 weeks after the birth, breastfeeding and my nipples are sore and cracked when he"
        " latches on, breasts are fine, no fever",
    ),
    (
        "S",
        "breastfeeding my 5 week old and my nipple is cracked and stings when she feeds, no"
        " redness or lumps",
    ),
    ("S", "喂奶两周，乳头裂开了，宝宝吸的时候很痛，乳房不红不硬，没发烧"),
    ("S", "餵母乳三個禮拜，乳頭爆拆好痛，冇發燒，個胸唔紅唔硬"),
    # written after the first fix, in other words: the nipple's skin broken (破皮)
    ("S", "亲喂第三周，乳头有点破皮，喂的时候痛，没有红肿，也没有发烧"),
    # written after the first fix: a tongue-tie asked about (NHS.uk tongue-tie: an assessment)
    (
        "N",
        "breastfeeding my 3 week old, sore cracked nipples, the health visitor thinks she has a"
        " tongue tie",
    ),
    ("N", "喂奶两周乳头裂了，喂的时候很痛，医生说宝宝可能舌系带短"),
    (
        "N",
        "breastfeeding and my nipple is cracked, now one breast is red, hot and hard and I've"
        " got a fever and feel achy",
    ),
    ("N", "喂奶乳头裂了，现在一边乳房红肿发热，有硬块，发烧三十八度八"),
]

# NHS.uk fainting (a known trigger, came round at once, well since)
FAINT_AT_THE_SIGHT_OF_BLOOD: list[tuple[str, str]] = [
    (
        "S",
        "I fainted at my blood test this morning when I saw the needle, came round straight"
        " away and I've felt fine all day",
    ),
    (
        "S",
        "my 15 year old fainted when she saw the blood from her cut finger, she was only out"
        " for a few seconds and she's fine now, chatting and eating",
    ),
    ("S", "今天抽血的时候看到血晕过去了几秒，马上就醒了，现在完全没事"),
    ("S", "我見到血就暈咗一陣，即刻醒返，而家冇事"),
    ("N", "fainted at the sight of blood but I had chest pain and my heart was racing before it"),
    ("N", "my son fainted while running at football and took a minute to come round"),
    ("N", "I'm 30 weeks pregnant and fainted when I saw blood at my blood test"),
]

# NHS.uk high temperature (38 or more is a fever); NICE NG136 (under 140/90 is normal)
NORMAL_READINGS_ASKED: list[tuple[str, str]] = [
    ("S", "my blood pressure was 118/76 at the pharmacy, is that ok?"),
    ("S", "took my temperature and it's 37.1, is that normal? I feel fine"),
    ("S", "体温37.1正常吗"),
    ("S", "體溫37.1度，這樣正常嗎？"),
    ("S", "量了血压120/78，这个正常吗"),
    ("N", "my blood pressure was 176/108 at the pharmacy, is that ok?"),
    ("N", "体温37.1，但是胸口很闷，喘不过气"),
    ("N", "my temperature is 39.4 and I've had a headache for 4 days"),
]

# the evidence said in a past clause: NHS.uk hair loss (after a birth); NHS.uk warts and verrucas
PAST_CLAUSE_EVIDENCE: list[tuple[str, str]] = [
    (
        "S",
        "I had my baby 4 months ago and my hair is falling out in handfuls, no bald patches,"
        " feel well",
    ),
    ("S", "gave birth three months ago and now my hair is shedding like mad in the shower"),
    ("S", "四个月前生了宝宝，现在头发一把一把地掉，没有秃的地方"),
    ("S", "我个女六岁，一两个月前手上长了两个小疣，不痛不痒"),
    ("S", "個仔七歲，一兩個月前腳底生咗粒疣，唔痛"),
    ("N", "I had my baby 4 months ago and there's a round bald patch on the side of my head"),
    ("N", "一两个月前手上长了个疣，最近开始流血，还变大了"),
]

# NHS.uk swallowed objects: a coin that has passed
COIN_ALREADY_PASSED: list[tuple[str, str]] = [
    (
        "S",
        "my 4 year old swallowed a 10p on saturday, it came out in his poo today and he's been"
        " totally fine",
    ),
    ("S", "儿子三岁，前天吞了一个硬币，今天在大便里找到了，他一直很好"),
    ("S", "個女兩歲，琴日吞咗個一蚊，今日喺佢啲屎度搵返，佢一直都好精神"),
    ("E", "my 3 year old swallowed a button battery an hour ago"),
    (
        "U",
        "my 2 year old swallowed a coin an hour ago and keeps drooling and won't swallow her drink",
    ),
]

# NHS.uk nosebleeds (stopped by pinching the soft part of the nose: treated at home); a second
# round, written before its change: the first 10 all held already; 5 more in the wording of the
# gold rows still at non_urgent (the stopping told with its manner, "nose bled"), 3 of them wrong
NOSEBLEED_STOPPED_BY_PINCHING: list[tuple[str, str]] = [
    (
        "S",
        "my 8 year old had a nosebleed for about 10 minutes, it stopped when I pinched his nose,"
        " he's fine now",
    ),
    (
        "S",
        "nosebleed this morning, stopped after pinching it for 10 minutes, not on any blood"
        " thinners",
    ),
    ("S", "My nose bled for 5 minutes after I blew it hard, stopped with pressure, feel fine"),
    ("S", "儿子流鼻血，捏住鼻子十分钟就止住了，现在在玩"),
    ("S", "流鼻血流咗五分鐘，揸住個鼻就停咗，而家冇事"),
    ("U", "nosebleed for 40 minutes and it won't stop even with pinching"),
    ("E", "nosebleed stopped with pinching but now I feel dizzy and weak"),
    ("N", "I'm on warfarin and had a nosebleed that stopped when I pinched it"),
    ("N", "nosebleeds most days for the last few weeks, they stop with pinching"),
    ("N", "我吃华法林，流鼻血捏住十分钟止住了"),
    # the stopping told with its manner ("stopped with pinching", "stopped when she pinched it"),
    # the wording of the gold rows still at non_urgent, in sentences of this file's own
    ("S", "my daughter's nose bled for a few minutes and stopped when she pinched it, she's 9"),
    ("S", "had a nosebleed at work, stopped with pinching after about 10 minutes, feel fine"),
    ("S", "my nose bled for a bit this morning, stopped with firm pressure, all ok now"),
    ("S", "nosebleed lasting a few minutes, stopped with pinching the soft part"),
    ("S", "my son's nose bled after he picked it and stopped when we pinched it"),
]

CASES = [
    *CYSTITIS_AT_THE_PHARMACY,
    *PREGNANCY_SYMPTOMS_CHECKED,
    *SORE_NIPPLES_BREASTFEEDING,
    *FAINT_AT_THE_SIGHT_OF_BLOOD,
    *NORMAL_READINGS_ASKED,
    *PAST_CLAUSE_EVIDENCE,
    *COIN_ALREADY_PASSED,
    *NOSEBLEED_STOPPED_BY_PINCHING,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_self_care_evidence_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)  # S: self-care with no red flag; N: not self-care
