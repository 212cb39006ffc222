"""The four-level decision in hard voices: understated, buried in another request, alarmed.

Written from NHS.uk condition pages' tiers (urgent GP or 111 / GP / pharmacist / self-care),
NICE CKS and NHS England's over-the-counter conditions, in other words than fresh set 15's
rows (``tests/data/fresh_levels_15.jsonl``), before the rules changed for them:

- a minimiser ("probably nothing", 应该没事) or a guessed benign cause ("probably wax?",
  "slept funny?") says nothing about severity: a same-day sign said that way stays urgent;
- alarm ("IS THIS CANCER???", 吓死我了) is no severity: a minor illness written in alarm is
  still self-care when its page says so, and a worry asked as a question ("is it
  spreading??") is no report that it is;
- minor illnesses said the way patients say them (runny poo, white threads in the poo,
  flakes in the hair, 几天没大便, 肚子胀气, a twitching eyelid, a night's drinking).
"""

from __future__ import annotations

import pytest

from clinical.durations import duration_findings
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import decided_level

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE


# Same-day signs said in an understated voice: at least urgent (the red flags may say more).
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk Bell's palsy: weakness on one side of the face - urgent GP or 111
        "Since yesterday I can't shut my right eye properly and my smile has gone lopsided, "
        "the rest of me is fine, it's probably nothing",
        "这两天左边脸动不了，眼睛闭不上，其他都好好的，应该没什么大事吧",
        "面瘫咗？右边块面郁唔到，眼合唔埋",
        # NHS.uk hearing loss: sudden hearing loss in one ear - urgent GP or 111 the same day
        "Since I got up today my left ear is muffled and I can barely hear out of it, "
        "no pain, not a big deal I guess",
        "一觉醒来左耳听不清楚了，嗡嗡响，应该是耳垢吧？",
        "今朝起身右耳聽唔清楚，好似入咗水咁",
        # NHS.uk chickenpox / measles: pregnant and in contact - GP, midwife or 111 today
        "I'm 30 weeks pregnant and the little girl I babysat on Sunday has come out in "
        "chicken pox, not sure I ever had it, feel totally fine",
        "我怀孕十六周，同事的孩子出麻疹了，我前天跟他们吃过饭",
        # NICE NG143 amber / NHS.uk dehydration: reduced urine output in an ill child
        "My 3 year old has a temperature and has only done one wee all day",
        "孩子两岁，发烧呕吐，今天才一块尿片是湿的",
        # NHS.uk asthma: the reliever needed more often - urgent GP appointment
        "最近哮喘老犯，沙丁胺醇一天要用好几次，夜里还咳醒",
        "my asthma's been playing up since a cold, using my ventolin 5 or 6 times a day",
        # NHS.uk caesarean recovery / NICE NG125: a wound red and leaking, with a fever
        "My c-section scar is red at one end and leaking yellowish fluid, temp 38.1",
        "阑尾手术的伤口发红，还流黄水",
        # NICE CKS Scrotal pain and swelling, written with the variant 睪 OpenCC keeps
        "睪丸有啲腫同痛咗幾日，唔算好痛",
        # NICE CKS Septic arthritis / NHS.uk gout: a hot, swollen joint - same day
        "My ankle has swelled up, red and hot to touch, no injury, feel a bit shivery",
        "手肘又红又肿，摸着发烫，没有扭到",
        "膝头哥红红热热咁肿起，屈唔到",
        "脚踝突然肿起来，摸起来很烫，有点发烧",
    ],
)
def test_a_same_day_sign_said_in_an_understated_voice_is_at_least_urgent(
    rules: RuleSet, text: str
) -> None:
    assert decided_level(rules, text).rank >= URGENT.rank, text


# Look-alikes by the same pages: not same-day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NHS.uk hearing loss: gradual loss - a GP appointment
        (
            "My hearing has got gradually worse over the years, the TV has to be really loud",
            NON_URGENT,
        ),
        ("这几年听力慢慢变差了，看电视要开很大声", NON_URGENT),
        # NHS.uk chickenpox: a child with spots, eating and drinking - care at home (self-care
        # since set 16's decision work named chickenpox a minor illness; non_urgent before)
        (
            "my 4 year old has chickenpox, the spots are crusting over and she's eating fine",
            SELF_CARE,
        ),
        # a healing wound
        ("the cut on my hand is healing well, no redness, no pus", SELF_CARE),
    ],
)
def test_their_look_alikes_are_not_same_day(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text


# Minor illnesses in the words patients use, some written in alarm: self-care by their page.
@pytest.mark.parametrize(
    "text",
    [
        # NHS England (2018) over-the-counter: diarrhoea in adults
        "loose watery poo three times today, probably a dodgy takeaway, keeping fluids down",
        "今天拉水三次，应该是吃坏了，喝水没问题",
        # threadworms
        "There are tiny white threads wriggling in my son's poo and he scratches his bum at night",
        "女儿大便里有白色的线头一样的东西，晚上老挠屁股",
        # dandruff
        "flaky scalp, white bits all over my jacket, is it contagious?? I have a date Saturday!!",
        "头发上好多白色的碎屑，头皮很痒，会不会传染？？",
        # constipation
        "两天没拉屎了，肚子有点胀，不痛",
        "三日冇屙屎，个肚有啲谷，冇痛",
        # NHS.uk bloating / wind after a big meal
        "After a huge Sunday roast my tummy is swollen and full of wind, I'm passing gas fine",
        "吃太多了肚子胀气，一直放屁，不痛",
        # NHS.uk eye twitching: usually goes away on its own
        "My eyelid keeps flickering, 4 days now, exams this week and living on coffee",
        "右眼皮一直跳，三天了，这周天天加班",
        # NHS.uk hangover
        "drank far too much at the wedding last night, pounding head and queasy, "
        "IS IT SOMETHING SERIOUS???",
        "昨晚喝多了，今天头痛想吐，吓死我了",
        # NHS England (2018) over-the-counter: period pain, as every month
        "月經來了肚子痛，和每個月差不多，熱水袋有幫助",
        # cold sores that come back a few times a year (a frequency, no duration)
        "Another cold sore starting on my lip, I get one a couple of times a year",
        # a worry asked as a question is no report of spreading
        "itchy mosquito bites on my legs, are they spreading??",
    ],
)
def test_a_minor_illness_in_lay_or_alarmed_words_is_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what still stops self-care: blood, weeks, spreading said as a report
        ("loose watery poo with blood in it since this morning", URGENT),
        ("my eyelid has been twitching for 2 months and now my cheek twitches too", NON_URGENT),
        ("the mosquito bites on my legs are spreading and getting bigger", NON_URGENT),
        ("mosquito bites on my legs, is it normal that they keep spreading?", NON_URGENT),
        ("蚊子包一直在扩散，是不是过敏？", NON_URGENT),
        ("two weeks without a poo and my tummy is swollen", NON_URGENT),
        # a span said with 半: a month and a half is weeks (NHS.uk tiredness: a GP)
        ("这一个半月一直很累，睡多久都困", NON_URGENT),
        ("cough has hung on for a month and a half since my cold", NON_URGENT),
    ],
)
def test_what_still_stops_self_care(rules: RuleSet, text: str, expected: Disposition) -> None:
    assert decided_level(rules, text) is expected, text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a frequency says how often, not how long
        ("I get one a couple of times a year", []),
        ("it happens twice a month", []),
        ("唇疱疹一年会发两三次", []),
        ("一个月两次", []),
        # durations stay
        ("it has been there for a year", [365.0]),
        ("咳嗽一年了", [365.0]),
        ("three times a day for 2 weeks", [14.0]),
    ],
)
def test_a_frequency_is_no_duration(text: str, days: list[float]) -> None:
    assert sorted(d.value for d in duration_findings(text)) == days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NICE CKS Depression / NHS.uk low mood: low mood without thoughts of harm, wanting to
        # talk, is a GP or talking therapies (routine); NHS help for suicidal thoughts: feeling
        # others would be better off, or help wanted today, is same-day
        ("分开以后心情一直不好，没有想伤害自己，就是想找人聊一聊", NON_URGENT),
        ("心情差了一个月，睡得也不好，想找个人聊聊天", NON_URGENT),
        ("觉得家里人没有我会更好，想今天就找人聊聊", URGENT),
        (
            "I keep thinking everyone would be better off without me, "
            "I'd like to talk to someone today",
            URGENT,
        ),
        # NHS.uk cough: a cough that has not stopped for 3 weeks or more is a GP's
        ("感冒好了快一个月，咳嗽一直没断过，不发烧", NON_URGENT),
        ("感冒三周前就好了，干咳一直没停过，不发烧", NON_URGENT),
        ("my cold went weeks ago but the cough has never stopped", NON_URGENT),
    ],
)
def test_wanting_to_talk_and_a_cough_that_never_stopped(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text


# Fresh set 16's voices (non-native English, asked as a question, phone text, long timelines):
# the decision's categories, written from NHS.uk / NICE CKS tiers in other words than the set's
# rows (tests/data/fresh_levels_16.jsonl), before the rules changed for them.
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk urinary tract infections: UTI symptoms with a high temperature, feeling hot and
        # shivery, or pain in the back or side under the ribs - urgent GP or 111 (kidney infection)
        "it burns when I pee and now I've got a temperature and pain in my back",
        "cystitis again but this time I'm shivery and my side hurts under the ribs",
        "尿尿的时候很痛，还发烧了，腰两边疼",
        "小便好痛又尿频，今日发冷发热",
        # BASHH PEPSE / NHS.uk HIV: a possible exposure in the last 72 hours - PEP the same day
        "the condom split last night and afterwards she told me she's HIV positive",
        "had sex without a condom on saturday with a guy who has HIV, it's monday now",
        "昨晚没戴套，对方刚告诉我他是艾滋病人",
        "套子破了，佢话佢有HIV",
        # NHS.uk cellulitis / lymphangitis: red, hot skin or a red line spreading from a wound,
        # pus with feeling unwell - urgent GP or 111
        "there's a red line going up my arm from the cut on my thumb",
        "a scratch on my leg has a red streak running up towards my knee",
        "手背上的伤口旁边有一条红线往上走",
        "grazed my knee last week and now it's full of pus and the skin around it is hot",
        # NHS.uk DVT: a calf swollen, painful and warm - urgent GP or 111 (lay words for the calf)
        "小腿肚又肿又痛，摸着发热，上周刚做完手术",
        "脚瓜囊肿咗又痛，摸落热热哋",
        # NICE CKS Septic arthritis / NHS.uk gout: a hot, swollen joint said as "red hot"
        "my knee went red hot and puffy overnight, no injury",
        "woke up with my wrist red-hot and swollen and I can barely bend it",
        # NICE NG38 / NHS.uk broken wrist: a fall on the hand with words between, wrist swollen
        "came off my scooter and fell straight onto my hand, wrist is swollen and sore",
        "slipped on the ice and landed hard on my hand, my wrist has swollen up",
        # NHS.uk objects in the nose or ear: a child with something in the ear or nose
        "女儿三岁，鼻子里进了一颗小珠子，拿不出来",
        "孫仔耳仔入面進咗粒豆",
        "他耳朵里进了一个小石子，说有点疼",
        # NHS.uk mastitis: a red, hot, hard breast while breastfeeding with a high temperature,
        # hot and shivery - urgent GP or 111; NICE CKS Mastitis and breast abscess
        "breastfeeding and one breast has a hot red hard patch, temperature 38.6 and achy",
        "喂奶的时候右边乳房有个硬块，又红又痛，发烧了",
        # NHS.uk shingles: blisters on one side, near the eye - urgent GP or 111
        "a painful rash of little blisters on the left side of my forehead, my eye waters",
        "blisters on one side of my nose going up towards my eye",
        # NHS.uk hearing loss: sudden loss in one ear, said as waking with it
        "I wake up today and my left ear no hearing at all",
        "since I woke my right ear hears nothing, no pain",
    ],
)
def test_set16_a_same_day_sign_in_other_words_is_at_least_urgent(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank >= URGENT.rank, text


@pytest.mark.parametrize(
    "text",
    [
        # a urinary problem without fever or back pain: not same-day (GP or pharmacy)
        "it stings a bit when I wee, no fever, no back pain",
        "尿频两天了，没有发烧，腰也不痛",
        # a test asked for long after, HIV named without a recent exposure
        "I'm HIV positive, undetectable, and need my repeat prescription",
        "想做个HIV检测，三个月前有过一次无保护的性行为",
        # a clean cut, a cramp that has gone, a stiff knee that is not hot
        "small cut on my finger, clean, no redness",
        "腿肚子昨晚抽筋了一下，现在好了",
        "my knee is a bit stiff in the mornings, not hot or red",
        # a fall on the hand with the wrist fine
        "fell onto my hand yesterday, wrist is fine, just a graze on my palm",
        # water in the ear after swimming
        "游完泳耳朵进了水，有点闷",
        # breastfeeding with a tender spot, no fever
        "breastfeeding, a slightly tender spot in my breast, no fever, feeds are helping",
        # a blister from new shoes
        "a blister on my heel from new shoes",
        # a blocked ear after a cold, hearing fine
        "my ear feels a bit blocked after a cold, hearing is okay",
    ],
)
def test_set16_their_look_alikes_are_not_same_day(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank < URGENT.rank, text


@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk subconjunctival haemorrhage (a painless red patch on the white of the eye, vision
        # normal: it clears by itself in about 2 weeks)
        "burst blood vessel in my eye after sneezing, doesn't hurt, vision fine",
        "bright red patch on the white of my eye since this morning, no pain",
        "眼白上有一片鲜红的血，不疼，看东西也正常",
        "眼白出血咗一搭，唔痛，睇嘢正常",
        # NHS.uk teething: red, sore gums, dribbling, chewing things (a baby's age is no bar)
        "my 7 month old is dribbling loads and chewing her fists, her gums look red",
        "宝宝九个月，口水很多，老啃手，牙肉有点红",
        # NHS.uk nappy rash: a red bottom, skin not broken
        "宝宝屁屁红了一片，没破皮，吃奶好",
        "BB屁股紅紅地，冇破皮，冇發燒",
        # NHS England (2018) over-the-counter: hay fever and cold sores, in Cantonese
        "鼻敏感又發作，打乞嚏，鼻水流，眼痕，每年都係咁",
        "嘴角生咗熱瘡，同以前一樣",
        # NHS.uk chickenpox: a child eating, drinking and playing is looked after at home
        "my 5 year old has chickenpox, itchy spots but eating and playing normally",
        "个仔出水痘，有啲痕，食得饮得",
        # NHS.uk low mood: sadness after a break-up usually passes (self-help; a GP after 2 weeks
        # or with thoughts of harm)
        "got dumped on friday, been crying and eating ice cream, no thoughts of hurting myself",
        "失恋了，哭了两晚，没有想不开，照常上班",
        # a question asked for information, nobody ill now (NHS.uk first aid pages)
        "just asking for the future, what do you do if someone faints? everyone here is fine",
        "想问问万一有人癫痫发作该怎么办，现在大家都没事",
        # a normal body function said as reassurance, in a gastroenteritis that is settling
        "个女前日肚痾，今日冇再痾，有小便，食欲正常，冇发烧",
    ],
)
def test_set16_a_minor_illness_in_other_words_is_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NHS.uk squint: a child's squint is seen by a GP or optician (treated early)
        ("my 4 year old's eyes don't line up when she's tired, she's otherwise fine", NON_URGENT),
        ("孩子有点斜视，其他都好", NON_URGENT),
        ("my son has a slight lazy eye, no other problems", NON_URGENT),
    ],
)
def test_set16_a_childs_squint_is_a_gp_appointment(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text


@pytest.mark.parametrize(
    "text",
    [
        # a red eye that hurts with changed vision is not a burst vessel to leave
        "blood spot on the white of my eye and it really hurts and my vision is blurry",
        # teething signs with a long diarrhoea
        "my 8 month old's gums are red and she's drooling, and she's had diarrhoea for 10 days",
        # a red bottom with blisters and pus
        "宝宝屁股红红的，还起了水泡，流脓",
        # low mood for months with function lost
        "since the breakup 2 months ago I can't get out of bed and I've stopped eating",
        # a question with a symptom now
        "just asking, my chest has been hurting on and off for a week",
        # a wee count against the usual is still reduced urine output (NICE NG143 amber)
        "宝宝发烧，今天尿布比平时少了一半",
        # NHS.uk hay fever: see a GP when the pharmacy's medicines have not helped
        "hay fever tablets from the chemist aren't helping at all, eyes streaming",
        "试了两种抗过敏药，鼻敏感还是很厉害",
    ],
)
def test_set16_what_still_stops_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is not SELF_CARE, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NHS.uk sunburn: red, hot, sore skin after the sun is treated at home (cool, after-sun,
        # painkillers); it is not cellulitis's "red and hot"
        (
            "spent the day at the beach, my back is red and hot and a bit sore, no blisters",
            SELF_CARE,
        ),
        ("晒了一天太阳，肩膀又红又热，有点痛，没起泡", SELF_CARE),
        ("fell asleep in the sun, my legs are hot and red, feel ok otherwise", SELF_CARE),
        # cellulitis's red and hot skin without the sun stays same-day
        ("my shin is red and hot and a bit sore, no injury", URGENT),
        ("小腿又红又热，有点痛", URGENT),
    ],
)
def test_set16_red_hot_skin_after_the_sun_is_sunburn(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A minor illness's own time before a GP, from its page, not the 7-day default:
        # NHS.uk athlete's foot (a GP if the pharmacy's treatment has not worked in 2 weeks)
        ("itchy peeling skin between my toes for 10 days", SELF_CARE),
        ("脚趾头中间又痒又脱皮，快两个星期了", SELF_CARE),
        ("athlete's foot for 3 weeks now", NON_URGENT),
        # NHS.uk subconjunctival haemorrhage (it clears by itself in about 2 weeks)
        ("red patch on the white of my eye for 9 days now, no pain, vision fine", SELF_CARE),
        ("a red patch on the white of my eye for 3 weeks, no pain", NON_URGENT),
        # NHS.uk cold sores (a GP if it has not started to heal within 10 days)
        ("cold sore on my lip, 8 days now, starting to crust", SELF_CARE),
        ("嘴角的热疮两个星期都没好", NON_URGENT),
    ],
)
def test_set16_a_minor_illness_keeps_its_own_window(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text


# Fresh set 17's voice (context: known conditions and treatments, after a procedure, exposures):
# the decision's categories, written from NHS.uk / NICE CKS tiers in other words than the set's
# rows (tests/data/fresh_levels_17.jsonl), before the rules changed for them.
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk animal and human bites: a bite that breaks the skin - urgent GP or 111 (the
        # animal said with words between; a human bite; any mammal bite abroad: rabies risk)
        "my neighbour's dog bit my leg on the walk, it broke the skin",
        "got bitten by my sister's cat last night, two little holes on my thumb",
        "a kid at nursery bit my son's arm and broke the skin",
        "a monkey bit my finger in Thailand, it bled a bit, never had a rabies jab",
        "在越南被一只狗咬了小腿，出了点血，没打过狂犬疫苗",
        "隔篱屋隻貓咬咗我手指，咬穿咗皮",
        # NICE NG125 Surgical site infection: a wound after an operation, red and hot or with
        # pus said in lay words (gunk, goo, yellow stuff)
        "hernia op 6 days ago, the cut is red and hot and there's yellow goo coming out",
        "my keyhole scar from the gallbladder op has yellow gunk on the dressing and feels hot",
        "做完手术一周，刀口周围红红的，有黄色的东西渗出来",
        # NHS.uk methotrexate (and other DMARDs): a sore throat, mouth ulcers, bruising or
        # bleeding - signs of a blood problem: contact the doctor straight away
        "I'm on methotrexate and have had a sore throat and mouth ulcers for 3 days",
        "on azathioprine and bruising really easily for no reason, also bleeding gums",
        "食緊甲氨蝶呤，呢幾日喉嚨痛同埋口腔潰瘍",
        # NHS.uk steroids (sick day rules) / NICE NG51 risk factors: a fever on long-term steroids
        # or immunosuppressants named by drug
        "I take prednisolone every day for my lungs and now I've got a temperature of 38.3",
        "on tacrolimus after my liver transplant, fever 38.2 since this afternoon",
        "长期吃强的松，今天发烧38度5，全身酸痛",
        # NHS.uk after a transplant / Addison's sick day rules: vomiting so the tablets do not
        # stay down - contact the team the same day
        "had a kidney transplant, been throwing up since lunch and can't keep my tablets down",
        "我换过肝，吐了一天，抗排斥药吃下去就吐出来",
        # NHS.uk broken arm or leg aftercare: a cast too tight - fingers or toes swollen, numb,
        # tingling or changing colour: go back the same day
        "my son's arm has been in plaster since yesterday and his fingers are puffy and tingly",
        "the cast on my leg feels too tight and my toes have gone numb",
        "打咗石膏之后手指好腫，仲有啲痺",
        # ISPD peritonitis guideline / NHS.uk dialysis: a cloudy peritoneal dialysis drain bag -
        # contact the PD unit the same day
        "on peritoneal dialysis and tonight's drain bag is cloudy",
        "腹膜透析的液体今天放出来是浑的",
        # NICE CKS Anticoagulation - oral: an INR well above range (5 or more) - contact the
        # anticoagulant service the same day
        "INR is 6.1 today, I'm on warfarin, no bleeding",
        "my mum's INR came back at 8, she takes warfarin for AF",
        "华法林，今天验INR是5.8",
        # NHS.uk baby's movements: movements slowing down or stopping - call the maternity unit
        # straight away
        "34 weeks pregnant and the baby hasn't moved much today",
        "怀孕32周，今天胎动比平时少很多",
        # NHS.uk objects in the nose or ear: something pushed up a child's ear
        "my 4 year old put a small stone up his ear",
        # NHS.uk dehydration: drinking little and weeing less in a child
        "she's barely drinking and has only had two wees today",
        "he's hardly drinking, 1 wee since this morning and it was dark",
        # NHS 111 fever: a temperature of 38 or more typed as a number, with not eating
        "my dad has a temp of 38.6 and won't eat anything",
        "阿爷体温38.7，唔肯食嘢",
        # NHS.uk DVT: a calf swollen, tight and tender after an operation
        "had hip surgery 10 days ago, my calf is swollen and tender to squeeze",
        # NHS.uk knocked-out adult tooth: see a dentist immediately
        "my 12 year old had a permanent front tooth knocked out playing rugby",
        "踢波撞甩咗一隻門牙，係恆齒",
        # NHS.uk mallet finger: a fingertip that droops and cannot straighten - urgent
        # treatment centre
        "caught my finger on the duvet and now the tip droops and I can't straighten it",
        "手指尾節垂落嚟，自己伸唔直",
        "无名指被门夹了一下，最后一节往下垂，伸不直",
        # NHS.uk eye injuries: a high-speed fragment (grinding, hammering) - A&E / eye service
        "was using a grinder without goggles and something flew into my eye, it stings",
        "敲钉子的时候有碎片崩进眼睛里，一直流泪",
        # NHS.uk gout: a sudden hot joint, unbearable to touch - severe said in Cantonese
        "膝頭突然腫起，痛到頂唔順，行唔到",
        # NHS.uk angioedema: lip or face swelling after starting a new medicine (ACE inhibitor)
        "started ramipril last week and my lips have swollen up this morning",
        "新开的降压药吃了几天，今天嘴唇肿了",
        "新藥食咗幾日，下唇有啲腫，唔痕",
        # Macmillan PICC line care: redness, swelling or pain at the line, or a swollen arm -
        # contact the hospital straight away
        "my PICC line site is red and sore and my arm looks swollen",
    ],
)
def test_set17_a_same_day_sign_in_context_is_at_least_urgent(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank >= URGENT.rank, text


@pytest.mark.parametrize(
    "text",
    [
        # a scratch from a vaccinated indoor cat barely breaking the skin, washed (NHS.uk bites:
        # clean it; see a GP only if it shows signs of infection)
        "our kitten scratched my wrist playing, a tiny scratch, washed it with soap",
        # a surgical scar healed, itching (NHS.uk: normal healing)
        "my hernia scar from last year is healed but a bit itchy",
        # methotrexate asked about, no sign (NHS.uk methotrexate: folic acid on another day)
        "on methotrexate, which day should I take my folic acid? I feel fine",
        # a cast comfortable
        "arm in plaster since monday, fingers are pink and warm and I can wiggle them",
        # an INR in range, or a check due in some days
        "INR was 2.6 today, in range, same warfarin dose",
        "next INR check in 5 days, the last one was 2.4",
        # an insect bite scratched until it bled, a bitten tongue (not an animal bite)
        "a mosquito bite on my leg, I scratched it till it bled a bit, itchy",
        "bit my tongue eating dinner and it bled a little, stopped now",
        # a temperature below 38 while eating
        "temp 37.6 this evening, eating and drinking fine",
        # a sticking plaster on a small cut
        "put a plaster on a small cut on my finger, a bit swollen",
        # a child losing a baby tooth
        "my 6 year old's wobbly baby tooth came out at dinner",
        # swelling expected after a wisdom tooth out (NHS.uk wisdom tooth removal)
        "had a wisdom tooth out yesterday, my cheek is a bit swollen, doing salt water rinses",
        # a question about a shingles vaccine (NHS.uk shingles vaccine) in a transplant patient
        "I've had a kidney transplant, can I have the shingles vaccine?",
    ],
)
def test_set17_their_look_alikes_are_not_same_day(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank < URGENT.rank, text


# Fresh set 18 (indirect and atypical voice), decision side (rules-aj): same-day signs said by
# what the person notices or cannot do, in other words than the set's rows, each from its page.
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk shingles: blisters near the eye (forehead, eyebrow) - urgently, the same day
        "右边额头刺痛了三天，今天额头上起了一些小水疱",
        "眉毛上面长了几颗小水泡，之前那里一直针扎一样痛",
        "前額一邊痛咗幾日，今日眉尾出咗幾粒水泡",
        # NHS.uk DVT: one calf swollen and warm, the warmth said with a degree word between
        "坐完长途大巴，左边小腿胀胀的有点肿，摸起来有些热",
        "右边腿肚子肿了，摸上去有点发热",
        "my calf has been swollen since the flight and feels a bit warm when I touch it",
        # NICE CKS Sore throat - acute (quinsy): cannot open the mouth, a muffled voice
        "喉咙一边痛得好犀利，个口都擘唔开",
        "喉嚨痛到口都張唔開，講嘢好似含住舊嘢",
        "sore throat on one side, I can barely open my jaw and I sound like I've got a mouthful",
        # NHS.uk appendicitis: pain that starts around the belly button and moves low on the right
        "pain started around her navel yesterday and today it's more down on the right, low",
        "肚脐周围痛了一晚上，今天早上跑到右边下面去了",
        "肚臍附近痛咗成晚，而家痛落右下邊",
        # NHS.uk cellulitis: redness spreading beyond the line drawn round it
        "the GP drew round the red patch and it's now spread outside the pen mark",
        "医生叫我用笔把红的地方圈起来，现在红的已经超出圈了",
        "手臂紅咗嗰度我畫咗個圈，今晚已經出咗界",
        # NHS.uk high blood sugar: readings that stay high - contact the diabetes team urgently
        "my glucose readings have been in the high 20s since breakfast, so thirsty",
        "血糖一整天都是二十几，口渴得要命，一直跑厕所",
        # NICE NG38 / NHS.uk broken wrist: a fall onto the wrist, swollen below the thumb
        "fell on my wrist at netball, it's puffy and tender just below the thumb",
        "跌倒手腕着地，大拇指下面肿了，一按就痛",
        # NHS.uk urinary tract infections: in an older person, a UTI shows as new confusion or
        # a change in behaviour, with urinary signs
        "Dad's 88, his pee smells really strong and he's been muddled since yesterday",
        "外婆这两天老跑厕所，小便很臭，人也有点糊涂了",
        "my nan keeps needing the loo and is not herself today, a bit vague",
        # NHS.uk cellulitis: the skin round a sore red and warm
        "there's a blister on my heel and the skin around it has gone red and warm",
        # NICE CG178 / NHS.uk psychosis: voices or being watched, new - urgent help
        "for about a week I keep hearing people outside talking about me but nobody is there",
        "他这几天说邻居在监视他，总听到有人在骂他，可是屋里没有人",
        "佢話聽到有人喺牆後面講佢，驚到唔敢出門",
        # NICE CG185 / NHS.uk bipolar: mania - no sleep for nights, racing speech, grand ideas
        "my sister hasn't slept for three nights, talking a mile a minute, says she's been chosen",
        "老公四个晚上没睡，说话快得听不懂，说自己被选中了要做大事",
        # NICE NG225 Self-harm: cutting again, a wound that gapes - same-day help
        "I cut my thigh again last night and it's gaping a bit, I'm not suicidal",
        "又用刀片划了大腿，伤口有点张开",
        "佢又用刀片割手臂，有個口好似合唔埋",
        # NICE NG69 Eating disorders: weight loss with dizziness on standing, fainting or stopped
        # periods - physical risk assessed urgently
        "my 16 year old has dropped loads of weight, her periods have stopped and she nearly "
        "fainted at school",
        "儿子半年瘦了很多，不肯吃饭，一站起来就眼前发黑差点晕倒",
    ],
)
def test_set18_a_same_day_sign_said_indirectly_is_at_least_urgent(
    rules: RuleSet, text: str
) -> None:
    assert decided_level(rules, text).rank >= URGENT.rank, text


# Signs a GP sees within days, not self-care (set 18, rules-aj).
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk ramipril / lisinopril: a dry cough that does not go away - talk to the doctor
        "since starting lisinopril I've had a tickly dry cough that won't quit",
        "吃了依那普利以后一直干咳，喉咙痒",
        "食咗培哚普利之後成日乾咳",
        # NHS.uk atopic eczema / fungal infections: back every time the treatment stops - a GP
        "the cream clears the rash but it comes back as soon as I stop using it",
        "药膏一停，湿疹就又出来了",
        "停咗藥膏又返嚟，搽就好",
        # NICE NG12 / NHS.uk vaginal bleeding: bleeding after sex - see a GP
        "I've had a little spotting after sex a few times now",
        "每次同房之后都有一点点出血",
        "行房之後會有少少血，已經幾次",
    ],
)
def test_set18_a_gp_sign_is_not_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is NON_URGENT, text


# Minor things said indirectly, each from its NHS.uk page: self-care (set 18, rules-aj).
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk dizziness / low blood pressure: light-headed on standing, passing at once
        "I get a head rush when I get out of bed too fast, it passes in a second",
        "蹲久了站起来头晕了一下，一下就好了",
        "起身太快會暈一暈，即刻冇事",
        # NHS.uk hangover
        "had one too many at the wedding last night, headache and queasy today",
        "昨晚酒喝多了，今天头痛想吐",
        # NHS.uk back pain: sore after exertion, moving about
        "my back is sore after moving furniture all day, still getting about fine",
        "搬了一天家具，腰酸背痛，走路没问题",
        # NHS.uk neck pain: a stiff neck from sleeping awkwardly
        "woke up with a crick in my neck, can't look over my left shoulder",
        "瞓捩頸，成朝頭都轉唔到",
        # NHS.uk common cold: smell and taste dulled with a blocked nose
        "nose is blocked with this cold and food tastes of nothing",
        # NHS.uk insomnia: a night or two of poor sleep from worry
        "can't get to sleep before my driving test, my mind won't switch off",
        # NHS.uk teething signs: dribbling, a red cheek, chewing on everything
        "my 9 month old is dribbling constantly and chewing on everything, red cheeks",
        "宝宝八个月，口水流个不停，什么都往嘴里咬，一边脸红红的",
        # NHS.uk teeth grinding: jaw ache from clenching at night
        "my jaw is sore in the mornings, my partner says I grind my teeth in my sleep",
        "早上起来腮帮子酸，家里人说我晚上磨牙",
        # NHS.uk cannabis / FRANK: a one-off edible wearing off
        "第一次食大麻糖，心跳快咗一阵，而家慢慢退咗",
        # NHS.uk low mood after a break-up, in Cantonese, no thoughts of harm
        "同女朋友分咗手，成日都好想喊，但係冇諗過傷害自己",
    ],
)
def test_set18_a_minor_thing_said_indirectly_is_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


# Look-alikes that must not be raised to same-day by these groups (set 18, rules-aj).
@pytest.mark.parametrize(
    "text",
    [
        # a noisy neighbour is no voice; a friend gossiping is no delusion
        "my neighbours talk so loudly through the wall I can't get to sleep",
        # cutting a finger in the kitchen, cutting myself shaving
        "cut my finger chopping onions, small cut, plaster on",
        "nicked myself shaving this morning, stopped bleeding",
        # a diet on purpose, weight loss with no warning sign
        "lost a stone on a diet since January, feeling great",
        # wee that smells after asparagus
        "my wee smells strong after eating asparagus, otherwise fine",
        # a blood sugar in range
        "blood sugar was 6.2 this morning, all normal",
        # dizziness that passes at once, asked about
        "起身太快有时会头晕一下，马上就好，正常吗",
        # a calf that aches after a run, not warm, not swollen
        "跑完步小腿有点酸，摸起来不热也不肿",
        # sunburn said as red and warm after the beach (NHS.uk sunburn: treated at home)
        "my arms got burnt from the beach yesterday, red and warm, no blisters",
        # chest wall soreness after moving furniture keeps its GP level, not read as back pain
        "sore chest wall after moving furniture, it was checked last year and fine",
        # a baby dribbling with nothing else (NHS.uk teething: no fever from teething)
        "my 5 month old dribbles a lot, feeding well, happy",
    ],
)
def test_set18_their_look_alikes_are_not_same_day(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank < URGENT.rank, text


# Real emergencies said in the words these groups lower or read: they stay emergencies (the red
# flags decide; the decision side never says emergency).
@pytest.mark.parametrize(
    "text",
    [
        "woke up with a stiff neck, a temperature of 39 and a rash that doesn't fade",
        "dizzy when I stood up and then I collapsed and hit my head, now confused",
        "I cut my wrist and it won't stop bleeding, blood everywhere",
        "he's having a fit now, his arms and legs are jerking",
        "起身太快晕倒了，叫不醒",
        "突然头痛，是这辈子最痛的一次，一小时前开始的",
        "他现在在抽搐，叫不醒",
        "my 3 year old is drooling, can't swallow his spit, high fever and sitting forward "
        "to breathe",
        "左边小腿肿了，摸起来有点热，刚才突然喘不上气，咳血",
        "the pain started suddenly an hour ago, worst headache of my life",
    ],
)
def test_set18_emergencies_in_these_words_stay_emergencies(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is Disposition.EMERGENCY, text
