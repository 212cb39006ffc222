"""Cost, access and waiting said beside a danger or a mild problem (rules-ds, session 39).

People undersell or delay because of money, time off, transport, a queue, no GP appointment,
being abroad or uninsured, or no childcare ("can't afford an ambulance", "GP has no slots till
next week", "can it wait till the surgery opens Monday", "I'll just get something from the
pharmacy", 排队, 挂号难, 急症室要等好耐, 請唔到假, 健保, 自費, 没钱看病). Each sentence is our
own, in English, simplified Chinese, Hong Kong Cantonese or Taiwan usage (traditional
characters), read as a first message with the rules alone. What must hold (NHS 111 and NHS.uk
"when to get help" pages; the Manchester Triage System, where the discriminator decides and
not the caller's wish; NICE CKS red flags):

1. **A barrier never lowers a danger said beside it**: a barrier, a wish to wait, a request
   for the cheapest option or "do I really need to go?" beside a real emergency (chest pain,
   stroke, anaphylaxis, a young baby's fever, a head injury on blood thinners, a plan of
   suicide, heavy bleeding in pregnancy, an overdose, a fit, a non-blanching rash) keeps it an
   emergency, and beside a same-day problem keeps it same-day; the barrier before and after
   the danger, as a question, negated ("can't afford", "don't want to waste", 唔想浪費) and as a
   hypothetical ("if I go to A&E will I have to pay").
2. **The barrier words alone never add urgency**: a mild, short or improving problem said with
   a cost, time or queue worry stays self-care or non-urgent.

Wrong before the change (8ad1995): 19 of 116. The first 89 rows, written from the sources
before any probing, had 1 wrong (a "can't afford time off work" read as lost function). The
rest were written after: sentences in other words run on the old rules, where three reading
faults showed, and every row kept, wrong or right, is counted here: 18 of 27 wrong (the
barrier's own negation, "no money", 没钱, 冇钱, 没时间, reaching the sign; a negation of going,
"not going to A&E for", 唔想使钱去睇, reaching the sign; a question frame about the care,
"do I need to go to A&E for", 如果去急诊看, 如果我因为...去急诊, read as a hypothetical sign).
None open after the change. One row written after the first fix (65bf6fc: "not paying for an
ambulance for chest pain", the going in another form) was wrong on it, right after the second.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

DANGER_EN = [
    # NHS.uk heart attack: 999 whatever the cost
    ("E", "can't afford an ambulance but my dad has crushing chest pain and is sweating"),
    (
        "E",
        "crushing chest pain spreading to my left arm, I can't afford an ambulance, "
        "can I just drive myself?",
    ),
    (
        "E",
        "will it cost me if I call 999? my husband's chest pain started 20 minutes ago and "
        "he's grey and sweaty",
    ),
    (
        "E",
        "if I go to A&E will I have to pay? I'm a tourist and my chest feels crushed and I "
        "can't breathe",
    ),
    # NHS.uk stroke (FAST): 999
    (
        "E",
        "I don't have insurance, do I really need to go to the ER? my face is drooping and "
        "my speech is slurred",
    ),
    (
        "E",
        "her face dropped on one side and her arm is weak, but the GP has no slots till next week",
    ),
    (
        "E",
        "I'm abroad on holiday with no travel insurance, my husband suddenly can't move his "
        "right arm and his speech is slurred",
    ),
    (
        "E",
        "don't want to waste anyone's time, can I just wait and see? sudden weakness in my "
        "left leg and my face is drooping",
    ),
    (
        "E",
        "I'll wait and see if it settles, but my speech went slurred 20 minutes ago and my "
        "arm feels weak",
    ),
    # NHS.uk anaphylaxis: 999
    (
        "E",
        "can it wait till the surgery opens on Monday? my lips and tongue are swelling after "
        "eating peanuts and I'm wheezing",
    ),
    (
        "E",
        "I'll just get something from the pharmacy for it, my throat is closing up after a "
        "bee sting",
    ),
    # NICE NG143: a baby under 3 months with 38 or more is red
    (
        "E",
        "my 2 month old has a temperature of 38.5, we can't afford the hospital, can I just "
        "give Calpol?",
    ),
    (
        "E",
        "I can't afford to take a day off, can I wait until Saturday? my baby is 6 weeks old, "
        "floppy and not feeding",
    ),
    (
        "E",
        "I can't afford an ambulance. My 6 month old is blue around the lips and struggling "
        "to breathe",
    ),
    # NICE NG232 / NHS.uk head injury: on anticoagulants, A&E
    (
        "E",
        "I'm on warfarin and hit my head, it's 11pm and I don't want to waste A&E's time, "
        "can it wait till the morning?",
    ),
    ("E", "the queue at A&E is 6 hours, my son hit his head and keeps vomiting and is very drowsy"),
    # NHS.uk / NICE NG225: a plan of suicide is an emergency
    ("E", "I have a plan to kill myself tonight but I can't afford therapy"),
    # NHS.uk / RCOG: heavy bleeding in pregnancy
    (
        "E",
        "I'm 20 weeks pregnant and bleeding heavily, soaking pads, but I have no childcare "
        "for my other kids",
    ),
    (
        "E",
        "heavy bleeding, 12 weeks pregnant, and bad pain on one side. Should I wait until my "
        "scan next week to save money?",
    ),
    # NHS.uk sudden severe headache
    (
        "E",
        "I can't get time off work, is it ok to wait until the weekend? worst headache of my "
        "life came on suddenly an hour ago",
    ),
    # NHS.uk: blue lips and breathlessness
    (
        "E",
        "no car and the buses have stopped, my wife is very breathless and her lips have "
        "turned blue",
    ),
    # TOXBASE / NHS.uk paracetamol overdose: A&E even if well
    ("E", "do I really need to go? I took 30 paracetamol an hour ago but I feel fine now"),
    # NHS.uk seizures: a fit over 5 minutes
    (
        "E",
        "not going to A&E, it's a waste of money, but he's having a seizure that's lasted 6 "
        "minutes",
    ),
    # NHS.uk sepsis
    (
        "E",
        "if I call an ambulance will I get charged? my mum is confused and breathing fast "
        "with a high temperature",
    ),
    # NHS.uk meningitis: the glass test
    (
        "E",
        "I can't wait in A&E for hours with the kids, my daughter's rash doesn't fade under a "
        "glass and she has a fever",
    ),
    # NHS.uk sudden loss of vision: A&E
    (
        "E",
        "should I just wait for my GP appointment next Thursday? sudden loss of vision in my "
        "left eye this morning",
    ),
    # NICE NG158: DVT with breathlessness (PE)
    (
        "E",
        "can I wait till I get home from holiday next week? my calf is swollen and painful "
        "since the flight and now I'm short of breath",
    ),
]

SAME_DAY_EN = [
    # NICE NG143 amber: fever for 5 days or more
    ("U", "GP has no appointments till next week, my 5 year old has had a fever of 39 for 5 days"),
    # NHS.uk kidney infection: urgent GP / 111
    (
        "U",
        "can it wait till Monday? burning when I pee, a high temperature and pain in my back "
        "under my ribs",
    ),
    # NHS.uk / NICE NG225: suicidal thoughts without a plan, the same day
    (
        "U",
        "I don't want to waste the doctor's time but I've had thoughts of ending my life, no plan",
    ),
    # NHS.uk red eye: painful with light sensitivity, urgent
    (
        "U",
        "can it wait till the surgery opens Monday? my eye is red and very painful and light "
        "hurts it",
    ),
    # NHS.uk cuts: bleeding that won't stop with pressure
    (
        "U",
        "I'd rather not pay for an out-of-hours doctor, the cut on my hand is gaping and "
        "won't stop bleeding after 10 minutes of pressure",
    ),
    # NHS.uk chest pain: never self-care
    (
        "U",
        "chest pain on and off since this morning, can't afford the doctor, do I really need "
        "to go?",
    ),
]

MILD_EN = [
    # NHS.uk common cold / sore throat / insect bites / heartburn / cuts: self-care
    (
        "S",
        "can't afford to see a doctor, just a runny nose and sneezing for 2 days, feeling "
        "better today",
    ),
    (
        "S",
        "I don't have insurance, mild sore throat for 2 days, eating and drinking fine, no fever",
    ),
    ("S", "GP has no slots till next week, but it's just a mild cold that's getting better"),
    ("S", "can't afford time off work, a bit of heartburn after a big meal, an antacid helped"),
    ("S", "do I really need to go? small paper cut on my finger, it's stopped bleeding"),
    ("S", "I'm abroad on holiday, got a few itchy mosquito bites, no swelling"),
    ("S", "I'll wait and see, it's only a mild cold and it's improving"),
    # below urgent (a GP in days, or a pharmacist)
    (
        "L",
        "I'll just get something from the pharmacy, a mild headache since this afternoon, "
        "easing with paracetamol",
    ),
    (
        "L",
        "can it wait till Monday? small itchy rash on my arm for 3 days, not spreading, I "
        "feel well",
    ),
    (
        "L",
        "no childcare so I can't get to the GP, my toddler has had a mild cough for 3 days, "
        "eating and playing normally",
    ),
    (
        "L",
        "the queue at the walk-in centre is 4 hours, I have a mild sprained ankle, can walk "
        "on it, the swelling is going down",
    ),
    ("L", "can't afford a doctor, my knee aches a bit after running"),
]

DANGER_ZH = [
    # NHS.uk heart attack
    ("E", "没钱叫救护车，我爸胸口压着痛，一直出冷汗"),
    ("E", "我胸口很痛，痛到左手臂，但是看病太贵了，要不要去医院？"),
    ("E", "請唔到假，可唔可以等到星期六先睇醫生？我心口好痛，痛到出冷汗"),
    ("E", "我不是不想去，是真的没钱，我爸说胸口像被大石头压着，满头大汗"),
    # NHS.uk stroke
    ("E", "挂号难，排队要等好久，我妈突然嘴歪了，说话不清楚"),
    ("E", "急症室要等好耐，我阿爸突然半边身冇力，讲嘢唔清楚"),
    ("E", "如果去急诊要付很多钱吗？我老公突然右手动不了，说话含糊"),
    ("E", "唔想浪費時間，可唔可以等等睇？佢突然一邊面歪咗，手舉唔起"),
    # NICE NG143
    ("E", "没有医保，自费太贵了，宝宝两个月大发烧38.5度"),
    ("E", "宝宝六周大，全身软软的，不肯吃奶，我请不到假，可以等到周末吗？"),
    ("E", "孩子发烧，皮疹用杯子压不退色，但是没人帮我带其他孩子，急诊要排很久"),
    # NICE NG232
    ("E", "我在吃华法林，头撞到了，现在晚上十一点，能不能等明天早上再去？"),
    ("E", "急诊排队六个小时，我儿子撞到头之后一直呕吐，很想睡觉"),
    # NHS.uk anaphylaxis
    ("E", "唔想浪費急症室時間，但係我食咗花生之後嘴唇同舌頭腫晒，好難呼吸"),
    ("E", "我在药店买点药就行了吧？被蜜蜂蜇了之后喉咙发紧，喘不过气"),
    # NICE NG225
    ("E", "我已经计划好今晚自杀了，反正也没钱看病"),
    # RCOG / NHS.uk
    ("E", "怀孕二十周，下面大出血，一直湿透卫生巾，可是没人帮我看孩子"),
    # collapse
    ("E", "在国外旅游，没有保险，我妈妈突然昏倒叫不醒"),
    # NHS.uk sudden severe headache
    ("E", "健保卡忘記帶，自費很貴，可是我突然頭痛得很厲害，是這輩子最痛的一次"),
    # NHS.uk seizures
    ("E", "不想花钱去医院，他抽搐了已经六分钟还没停"),
    # TOXBASE
    ("E", "真的需要去医院吗？一个小时前吃了三十片扑热息痛，现在感觉还好"),
    # NHS.uk sudden loss of vision
    ("E", "等到下周复诊再说可以吗？今天早上左眼突然看不见了"),
    # NICE NG158
    ("E", "坐完长途飞机，小腿又肿又痛，现在有点喘不过气，回国再看行不行？"),
    # NHS.uk: blue lips and breathlessness
    ("E", "冇钱睇医生，老婆呼吸好急，嘴唇发紫"),
    ("E", "沒錢叫救護車，我先生突然胸口劇痛，冒冷汗，臉色發白"),
]

SAME_DAY_ZH = [
    ("U", "社区医院挂不上号，小孩发烧39度已经五天了"),
    ("U", "能不能等到周一诊所开门？小便烧灼痛，发烧，腰的一侧很痛"),
    ("U", "不想浪费医生时间，但是我最近有想死的念头，没有具体计划"),
    ("U", "預約要等到下星期，眼睛又紅又痛，怕光"),
    ("U", "我胸口有点痛，时有时无，看病太贵，真的需要去吗？"),
]

MILD_ZH = [
    ("S", "没钱看病，就是流鼻涕打喷嚏两天了，今天好多了"),
    ("S", "没有医保，喉咙有点痛两天，能吃能喝，没发烧"),
    ("S", "挂号难，不过只是小感冒，已经在好转了"),
    ("S", "冇钱睇医生，喉咙少少痛，两日啦，食嘢冇问题，冇发烧"),
    ("S", "请不到假，有少少鼻塞，两日，已经好返啲"),
    # no time to take leave (没空请假, 冇時間請假) is the obstacle too, not a day lost
    # (written by the coordinator at the merge: 没空 as a barrier stopped negating 请假)
    ("S", "我没空请假，这两天有点鼻塞流鼻涕，今天好多了"),
    ("S", "眼睛有點乾澀，休息一下就好很多，我也沒空請假，有沒有自己可以做的？"),
    ("S", "冇時間請假，喉嚨少少痛兩日，食嘢冇問題，好返啲"),
    ("S", "在国外旅游，被蚊子咬了几个包，有点痒，没有肿"),
    ("S", "我去药店买点药就行了吧？吃完大餐之后有点胃灼热，吃了胃药就好了"),
    ("L", "排队要等好久，脚踝轻微扭了一下，能走路，肿已经在消了"),
    ("L", "请不到假，手上有一小块痒痒的皮疹三天了，没有扩散，人很好"),
    ("L", "自費太貴，小朋友輕微咳嗽三天，食得玩得"),
    ("L", "急症室要等好耐，手指𠝹咗个细口，已经唔流血"),
    ("L", "没钱看医生，跑步之后膝盖有点酸"),
]

# the care asked about, not the sign: a question whether to go ("do I need to go to A&E for"),
# the cost of going with the sign as its reason, a negation of going or of the money
FRAMED_EN = [
    ("E", "do I need to go to A&E for crushing chest pain and sweating?"),
    ("E", "do I need to pay if I go to A&E for crushing chest pain?"),
    ("E", "if I have to go to A&E for my crushing chest pain will it cost a lot?"),
    (
        "E",
        "do I need to call an ambulance for my dad, his face has dropped and his speech is slurred",
    ),
    ("E", "do I really need to go to hospital for my 5 week old's temperature of 38.4?"),
    ("E", "no money to see a doctor about chest pain, it feels crushing and I'm sweating"),
    ("E", "not insured so not going to A&E for crushing chest pain and sweating"),
    ("E", "no time to see a doctor about the chest pain going down my arm, I'm sweating buckets"),
    ("E", "I'm not paying for an ambulance for chest pain that's crushing and going to my jaw"),
    # still general: a generic word or asked ahead
    ("!E", "do you need to go to A&E for chest pain in general, or is a GP ok?"),
    (
        "!E",
        "just wondering for the future, do I need to go to A&E for chest pain or can I call 111?",
    ),
]

FRAMED_ZH = [
    ("E", "如果我因为胸口痛去急诊要自费吗？痛到左手，出冷汗"),
    ("E", "如果去急诊看胸口痛要多少钱？痛到出冷汗"),
    ("E", "如果我因为喉咙肿喘不过气去急诊要付钱吗？刚被蜜蜂蛰"),
    ("E", "要是去医院看宝宝发烧要排多久？宝宝才五周，三十八度四"),
    ("E", "没钱去医院看胸口痛，压着一样，出冷汗"),
    ("E", "没时间去看胸口痛，出冷汗"),
    ("E", "冇钱睇心口痛，好似俾石头压住，出冷汗"),
    ("E", "没保险不敢去看胸口剧痛，出冷汗"),
    ("E", "沒錢看胸口痛，壓著一樣，冒冷汗"),
    ("E", "沒時間看頭撞到，我在吃抗凝血藥，一直吐"),
    ("E", "唔想使钱去睇心口痛，出晒冷汗"),
    ("E", "没有医保，不去医院看嘴歪了，说话也不清楚"),
    # still general: asked ahead
    ("!E", "如果以后胸口痛要去急诊吗？现在没事，想提前了解一下"),
    # a barrier to leave is no lost function
    ("S", "没法请假，喉咙有点痛，两天，能吃能喝"),
    ("S", "請唔到假，喉嚨少少痛，兩日，食嘢冇問題"),
]

# typos of nearby danger words with a barrier beside them (the speller hazard)
TYPOS = [
    ("E", "crushng chest pain, can't afford an ambulance, do I really need to go?"),
    ("E", "my face is droopng on one side, the GP has no appointments till next week"),
    ("E", "do I need to go to A&E for crushng chest pain and sweatting?"),
    ("E", "没钱看胸囗痛，出冷汗，压着痛"),
]

# rows open at the first run, each with its reason; a change that closes one removes it here
OPEN: dict[str, str] = {}

ROWS = (
    DANGER_EN
    + SAME_DAY_EN
    + MILD_EN
    + FRAMED_EN
    + DANGER_ZH
    + SAME_DAY_ZH
    + MILD_ZH
    + FRAMED_ZH
    + TYPOS
)


def test_half_chinese() -> None:
    chinese = [text for _, text in ROWS if any("\u4e00" <= ch <= "\u9fff" for ch in text)]
    assert len(ROWS) >= 70
    assert 2 * len(chinese) >= len(ROWS) - len(TYPOS)


@pytest.mark.parametrize(("expected", "text"), with_open(ROWS, OPEN))
def test_access_and_cost_levels(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
