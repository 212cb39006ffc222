"""The four-level decision for medicines, the setting where it happened, and buried complaints.

Session 18's voices on the decision side, written from the published pages before the rules
changed for them, in other words than ``tests/data/fresh_levels_22.jsonl``, in English,
simplified and traditional Chinese and Cantonese, each group naming its page:

- medicines: a question about timing, food, a missed ordinary dose or an interaction, and a
  harmless extra dose of a safe medicine with the person well, are self-care (NHS.uk medicine
  pages: "how and when to take it", "if you forget to take it", "if you take too much"); a side
  effect the page says to tell a doctor about is a GP's (statin muscle aches, thyroxine
  over-replacement); a new rash on a drug MHRA warns about, emergency contraception, a
  sulfonylurea hypo that came back, digoxin toxicity signs and bleeding on an anticoagulant are
  same-day;
- context: a settling traveller's tummy, first-session aches, a local sting and mild sunburn are
  self-care; occupational asthma, a child's snoring with pauses and a runner's stress fracture
  are a GP's; a gaping cut, a tetanus-prone wound with the last jab long ago and a spiked drink
  with memory loss are same-day;
- buried: a list of mild things stays self-care; one GP-level item after a question about
  something else is a GP's, not same-day;
- items left alone by earlier sessions: an older person's fall with a sore hip and a limp is
  same-day, a fall with no injury who got straight up is not, dizziness on a new blood-pressure
  tablet said as 头好晕 is same-day, an 8-week-old's temperature after the jabs stays same-day.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE

# Same-day (exactly urgent: no emergency sign is said), each from its page.
SAME_DAY: list[str] = [
    # MHRA Drug Safety Update (carbamazepine, lamotrigine, allopurinol, phenytoin: serious skin
    # reactions start as a rash in the first weeks - stop and seek medical advice at once)
    "I started lamotrigine three weeks ago and now there's a red spotty rash on my chest and "
    "back, no blisters, mouth fine",
    "on allopurinol since last month, itchy red rash all over my arms, no fever, eyes ok",
    "新吃卡马西平十天，身上出了红疹子，没有水泡，嘴巴眼睛都正常",
    "開始食別嘌醇兩個星期，手腳起咗好多紅疹，冇起水泡",
    # FSRH Emergency contraception (after a condom failure or missed pills: as soon as possible)
    "the condom came off last night, where can I get emergency contraception",
    "missed two of my pills this week and had sex on saturday, do I need the morning after pill?",
    "前晚同房套子破了，想吃紧急避孕药",
    "琴晚個套爛咗，想食事後丸",
    # NHS.uk low blood sugar; TREND / JBDS: a sulfonylurea hypo can come back for hours - the
    # diabetes team or GP the same day
    "my dad takes glimepiride, he had a hypo this morning, fixed it with juice but it dropped "
    "again at lunch",
    "吃格列齐特的，今天低血糖两次了，吃了糖都好了",
    # NHS.uk digoxin and BNF (too much digoxin: feeling sick, off food, yellow or blurred vision,
    # a slow pulse - tell a doctor straight away)
    "mum is on digoxin, off her food and feeling sick for a few days, says everything looks "
    "yellowish",
    "我外公吃地高辛，这几天恶心不想吃饭，看东西发黄",
    # NHS.uk warfarin / apixaban (bleeding gums, bruises for no reason: contact the doctor or
    # anticoagulant clinic straight away), in Cantonese
    "阿媽食緊薄血藥，刷牙牙肉流血，腳上多咗幾笪瘀",
    "老竇食緊稀血藥，牙肉成日流血",
    # NHS.uk cuts and grazes (a cut that is gaping: urgent treatment centre to close it)
    "切水果切到手，伤口张开着，血止住了",
    "手指被玻璃割了，伤口裂开合不上",
    # UKHSA tetanus (a tetanus-prone wound, the last dose long ago or unknown: same day)
    "stood on a rusty nail in the garden, my last tetanus jab was more than 10 years ago",
    "被生锈的铁片划伤了腿，破伤风针十几年前打的",
    # NHS.uk tetanus (a wound and not fully vaccinated, or not sure: urgent treatment centre or
    # NHS 111): never vaccinated, not up to date, the not-knowing typed short, a bite or barbed
    # wire as the wound (one same-day group holds all the tetanus wording)
    "stepped on a rusty nail in the garden and I've never had a tetanus jab",
    "踩到生锈的钉子，没打过破伤风针",
    "caught my leg on barbed wire, deep cut, I'm not up to date with my tetanus",
    "the neighbour's dog bit me on the hand, never been vaccinated for anything",
    "stood on a nail in the shed, cant rember when I last had a tetanus",
    "被铁丝网刺伤咗脚，唔记得几时打过破伤风",
    "踩到钉子扎到脚，没有打过破伤风",
    "割伤了手，伤口有泥，从来没打过破伤风",
    # NHS.uk / SARC: a drink thought spiked, with memory lost - get medical help the same day
    "I think someone spiked my drink at the club, woke up at home with no memory of getting there",
    "昨晚聚会杯饮料可能被人下了药，醒来什么都不记得",
    # NHS.uk warfarin, amlodipine ("if you take too much": an extra dose by accident - the
    # doctor, clinic or 111 straight away, even when well); NHS.uk paracetamol for children
    # (too much: 111 even if the child seems well) - written after the first run, from probing
    "took my warfarin twice by mistake, feel fine",
    "不小心把降压药吃了两次，现在没什么感觉",
    "my 3 year old took an extra dose of calpol by mistake, seems fine",
    "孩子5岁，不小心喂了两次退烧药，精神很好",
    # NICE CKS postural hypotension and falls: dizziness on a new blood-pressure tablet
    "刚换了新的降压药，这两天头好晕",
    # the same pages with the medicine named by its brand (BNF: NovoRapid, Lantus and Humalog
    # are insulins; Eliquis apixaban, Xarelto rivaroxaban) and an injection given twice,
    # written after the merge from probing
    "I injected my novorapid twice by mistake before dinner",
    "did my lantus twice tonight by accident, feel ok at the moment",
    "took my eliquis twice this morning by mistake, feel fine",
    "accidentally took an extra xarelto today",
    "不小心打了两次胰岛素，现在还好",
]

# At least same-day: an older person's fall with the hip's signs (NICE CKS falls, NICE CG124
# hip fracture: a suspected hip fracture is X-rayed the same day; the red flags may go higher),
# and a baby under 3 months with a temperature (NICE NG143 by age: the rules keep it same-day).
AT_LEAST_SAME_DAY: list[str] = [
    "my nan is 84, she slipped on the wet floor today, her hip is sore and she's limping",
    "我奶奶83岁，早上滑倒了，左边胯骨痛，走路一瘸一拐",
    "my 8 week old had her MenB jabs today and now has 37.9, feeding well",
    # a child who swallowed someone else's tablets stays same-day or above (TOXBASE)
    "my 2 year old got into nan's handbag and ate some of her blood pressure tablets, seems fine",
    # NICE CKS statins: muscle pain with dark urine (rhabdomyolysis) - stop and seek advice today
    "on simvastatin, my muscles are weak and painful and my wee has gone dark brown",
]

# Below same-day, each at its page's level.
BELOW: list[tuple[Disposition, str]] = [
    # NHS.uk medicine pages, "how and when to take it": a question with nobody unwell
    (SELF_CARE, "can I take my lansoprazole with food or does it have to be on an empty stomach?"),
    (SELF_CARE, "氨氯地平早上吃还是晚上吃比较好？"),
    (SELF_CARE, "降膽固醇藥飯前定飯後食好？"),
    # NHS.uk medicine pages, "if you forget to take it"
    (SELF_CARE, "missed my levothyroxine this morning, should I take it now at lunch?"),
    (SELF_CARE, "琴日唔記得食降血壓藥，今日照食得唔得"),
    (SELF_CARE, "昨天忘了吃一次二甲双胍，今天要补吃吗"),
    # NHS.uk medicine pages, "taking it with other medicines": an interaction question
    (SELF_CARE, "on sertraline, is it ok to take paracetamol with it?"),
    (SELF_CARE, "吃着降压药，可以一起吃感冒药吗？"),
    # NHS.uk cetirizine / ibuprofen "if you take too much": an extra dose by accident is
    # unlikely to harm, the person well
    (SELF_CARE, "accidentally took my cetirizine twice today, feel fine"),
    (SELF_CARE, "took an extra ibuprofen by mistake this afternoon, feel totally fine"),
    # TOXBASE: vitamin gummies without iron in a well child are low risk
    (SELF_CARE, "孩子4岁，偷吃了4颗维生素软糖，精神很好，在玩"),
    # NHS.uk metformin: feeling sick or an upset stomach is common and settles
    (SELF_CARE, "metformin gives me a bit of an upset stomach since I started it last week"),
    # NHS.uk statins / NICE CKS lipid modification: muscle aches on a statin - tell the doctor
    (NON_URGENT, "I think my atorvastatin is giving me achy legs, still walking ok"),
    (NON_URGENT, "吃他汀以后两条腿肌肉酸痛，走路没问题，小便颜色正常"),
    # NHS.uk levothyroxine: signs of too much (a racing heart, shaking, weight loss) - the GP
    (
        NON_URGENT,
        "since my levothyroxine went up my heart keeps pounding and my hands shake, lost half a "
        "stone",
    ),
    (NON_URGENT, "優甲樂加量之後成日心慌、手震，瘦咗幾斤"),
    # NHS.uk travellers' diarrhoea, settling; NHS.uk muscle pain after exercise; NHS.uk insect
    # bites and stings (local swelling); NHS.uk sunburn
    (SELF_CARE, "we got back from Thailand 4 days ago, had diarrhoea but it's settling now"),
    (SELF_CARE, "回国以后拉了两天肚子，现在好多了，不发烧"),
    (SELF_CARE, "did my first ever crossfit class, now my arms and legs are stiff and achy"),
    (SELF_CARE, "a wasp got me on the hand, bit swollen around it, nothing else"),
    (SELF_CARE, "被蜜蜂叮了一下，手背肿了一小块，其他都没事"),
    (SELF_CARE, "bit of sunburn on my nose and shoulders after the beach"),
    (SELF_CARE, "去海边晒伤了，肩膀有点红"),
    # NHS.uk occupational asthma (better away from work: see a GP)
    (NON_URGENT, "I work in a bakery and my chest gets wheezy on shifts, fine on my days off"),
    (NON_URGENT, "在喷漆厂上班，一上班就咳嗽胸口有哮鸣，周末休息就好了"),
    # NHS.uk sleep apnoea in children (snoring with pauses in breathing: see a GP)
    (NON_URGENT, "my 6 year old snores loudly and sometimes stops breathing for a few seconds"),
    (NON_URGENT, "我儿子5岁，晚上打呼噜很响，有时候会停几秒不呼吸"),
    # NHS.uk stress fractures (a tender spot on a bone that hurts more with running: see a GP)
    (NON_URGENT, "training for a 10k, a sore spot on my shin bone hurts when I press it and run"),
    (NON_URGENT, "跑步训练以后脚背有一个点按着很痛，跑步更痛"),
    # buried: several mild things (NHS England 2018 minor illnesses), each self-care
    (SELF_CARE, "a few things: 1) blocked nose 2) small mouth ulcer 3) bit of hay fever"),
    (SELF_CARE, "几件小事：鼻塞，嘴里有个小溃疡，还有点花粉过敏"),
    # buried: rectal bleeding on and off for a month after a question about something else
    # (NICE NG12: examine, refer within 2 weeks when indicated - a GP, not same-day)
    (
        NON_URGENT,
        "quick question about my son's MMR jab. also I've had bright red blood on the toilet "
        "paper on and off for about a month",
    ),
    (NON_URGENT, "想问流感疫苗的事。另外我最近一个多月断断续续大便有血，不痛"),
    # NICE CKS Falls: a single fall without injury, up at once - a GP falls assessment
    (
        NON_URGENT,
        "my grandad is 80, had a fall in the garden yesterday, got straight back up, not hurt",
    ),
    (NON_URGENT, "我爸78岁，昨天摔了一跤，马上自己站起来了，没受伤"),
]

# Look-alikes that must stay below same-day.
NOT_SAME_DAY: list[str] = [
    "carbamazepine for 5 years, no rash, can I have a glass of wine on it?",
    "can I buy the morning after pill to keep in the cupboard for my holiday?",
    "forgot one of my combined pills yesterday, took it this morning",
    "on gliclazide, sugars have been fine, asking about fasting for Ramadan",
    "mum takes digoxin, she's well, just needs her repeat prescription",
    "on warfarin, INR 2.6 this week, can I eat broccoli?",
    "tiny cut on my finger from paper, not gaping, stopped bleeding",
    "had my tetanus booster last year, scraped my knee on the pavement",
    "my drink tasted funny so I poured it away, felt fine all night",
    "亚麻籽油和降压药可以一起吃吗",
    # a temperature that spiked is no spiked drink (written after the first run, from probing)
    "temperature spiked overnight, can't remember when i took paracetamol",
    "my drink wasn't spiked, I just drank too much and can't remember the end of the night",
    # asked ahead, and a tetanus dose within 10 years (written after the first run, from probing)
    "if the condom splits what do I do?",
    "万一套破了怎么办",
    "stepped on a rusty nail, I had a tetanus jab within the last 10 years",
    "被生锈的钉子扎了，破伤风针十年以内打过",
    "新开的降压药吃了一周，血压正常了，没有头晕",
]


def _level(rules: RuleSet, text: str) -> Disposition:
    return rules_only_level(text, rules)[0]


@pytest.mark.parametrize("text", SAME_DAY)
def test_a_same_day_medicine_or_setting_is_urgent(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "=U", text)


@pytest.mark.parametrize("text", AT_LEAST_SAME_DAY)
def test_these_are_at_least_same_day(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "U", text)


@pytest.mark.parametrize(("expected", "text"), BELOW)
def test_below_same_day_at_the_page_level(rules: RuleSet, expected: Disposition, text: str) -> None:
    assert _level(rules, text) is expected, text


@pytest.mark.parametrize("text", NOT_SAME_DAY)
def test_their_look_alikes_are_not_same_day(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "L", text)
