"""Playing it down, asking instead of telling, and after care (session 19's voices).

The emergency line as people write it when they minimise, ask a question, or write after a
procedure, a discharge or a new diagnosis, and the look-alikes at lower levels (a general or
hypothetical question with nothing happening now, dramatic words about a minor thing, the
expected after-effects). Written from the published sources before the rules changed for them,
in other words than ``tests/data/fresh_levels_23.jsonl`` (English, simplified, traditional and
Cantonese). Codes as ``tests.rule_levels``: ``E`` an emergency, ``!E`` anything but an
emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# MTS: the discriminator decides, not the caller's estimate; NHS.uk heart attack, stroke (FAST),
# NICE NG225 and NHS.uk help for suicidal thoughts (a plan, the means saved up or a time in mind:
# 999, however calmly it is told); a minimiser never stands for the sign's negation. The
# look-alikes: dramatic words about a minor, settling complaint (NHS.uk colds, sore throat,
# head injury in children: crying at once, then playing, is looked after at home).
DOWNPLAY: list[tuple[str, str]] = [
    (
        "E",
        "sorry to bother you, probably nothing, but my chest has felt like a weight on it for an"
        " hour and I'm a bit clammy",
    ),
    (
        "E",
        "don't want to make a fuss but my husband's face has dropped on one side since lunch and"
        " his words are a bit jumbled",
    ),
    ("E", "no big deal, I'm fine really, just my right arm and leg went weak an hour ago"),
    (
        "E",
        "I'm quite calm about it. I've made up my mind, I've been hoarding my pills and I'll take"
        " them tonight",
    ),
    (
        "E",
        "not making a drama of it. I've been collecting my sleeping tablets for weeks and tonight's"
        " the night",
    ),
    ("E", "不好意思打扰，应该没什么大事，就是我妈刚才说话有点不清楚，右手拿不住筷子"),
    ("E", "应该没什么，就是胸口有点闷，像被压着一样，出了一身冷汗，半个钟了"),
    ("E", "唔好意思阻你，我老公話佢冇事，不過佢塊面一邊垂咗落嚟，講嘢含糊"),
    ("E", "我已经想好了，这几个月一直在偷偷存药，今晚就全部吃掉"),
    ("E", "唔想搞大件事，我儲咗好耐啲安眠藥，今晚就係時候"),
    (
        "E",
        "Dad says it's nothing, but he's type 1, been sick three times, sugar 25 and ketones 3.8.",
    ),
    ("!E", "I'm literally dying, worst cold ever, but eating and drinking fine and no temperature"),
    (
        "!E",
        "my head is killing me after a night out, drank loads, water and paracetamol are helping",
    ),
    ("!E", "喉咙痛死了要命了，吃饭喝水都正常，没发烧"),
    (
        "!E",
        "terrified, my toddler bumped his head on the table, cried straight away and now he's"
        " playing happily",
    ),
    ("!E", "嚇死我，個仔跌親膝頭哥，擦損咗少少皮，而家照跑照跳"),
]

# NHS.uk meningitis and NICE NG143 (a rash that does not fade under a glass with a fever),
# NHS.uk stroke, testicle pain and heart attack asked as a question: a question whether a sign
# is normal or can wait keeps a current sign current. A general or hypothetical question with
# nothing happening now does not raise (NHS.uk asks ahead: what to watch for, how to prevent).
QUESTION: list[tuple[str, str]] = [
    (
        "E",
        "what does it mean if my daughter's spots don't fade when I roll a glass over them? she's"
        " 2 and has a temperature of 39",
    ),
    (
        "E",
        "can this wait till Monday? my dad's face has dropped on one side and he can't lift his"
        " arm, started an hour ago",
    ),
    (
        "E",
        "should I be worried that my son's testicle suddenly got really painful an hour ago and"
        " he's been sick?",
    ),
    ("E", "胸口压着痛了半个小时，还出冷汗，可以等明天看门诊吗？"),
    ("E", "宝宝两个月大，发烧38.5度，可以等到周一吗？"),
    ("E", "要紧吗？我爸一个钟头前突然一边脸歪了，说话不清楚"),
    ("E", "請問我個仔啲紅點用玻璃杯壓都唔褪色，發燒39度，好眼瞓，係咪要即刻去急症？"),
    ("!E", "what does it mean if a rash doesn't fade under a glass? just asking ahead"),
    ("!E", "what should I watch for with meningitis before my son goes off to uni next month?"),
    ("!E", "how do I prevent blood clots on a long flight next month? I'm well at the moment"),
    ("!E", "what does it mean if my baby ever turns blue round the lips?"),
    ("!E", "请问中风有哪些表现？现在家里人都好好的，想提前了解一下"),
    ("!E", "感冒一般几天会好？"),
    ("!E", "如果以后宝宝发烧抽筋应该怎么办？"),
    ("!E", "what's a normal temperature for a child?"),
]

# After a procedure, a discharge or a new diagnosis. BSG / NHS.uk after a colonoscopy or
# polypectomy (heavy bleeding from the bottom or clots, or bleeding with dizziness: A&E; a
# little blood on the paper is expected); NICE CG95 and NHS.uk angina after a stent (chest pain
# not relieved by GTN: 999); NHS.uk meningitis after being sent home; NICE NG158 after a
# caesarean; BOAST / plaster cast advice. Look-alikes: the expected bruising and soreness.
AFTERCARE: list[tuple[str, str]] = [
    (
        "E",
        "had two polyps removed at my colonoscopy yesterday, now passing a lot of fresh blood and"
        " clots from my bottom",
    ),
    (
        "E",
        "polyp taken off on Tuesday, I've been to the loo four times today and passed bright red"
        " blood, more each time",
    ),
    ("E", "做完肠镜切了息肉，今天大便全是血，一次比一次多"),
    ("E", "昨日照大腸鏡切咗瘜肉，今日屙咗幾次鮮紅色嘅血，企起身頭暈"),
    ("E", "做完肠镜第二天，拉出来都是鲜红色的血，还有血块"),
    (
        "E",
        "Dad had a stent put in on Friday, his chest feels tight again and two sprays of his GTN"
        " haven't touched it",
    ),
    ("E", "刚做完心脏支架回家两天，胸口又闷又痛，冒冷汗"),
    ("E", "我爸装了支架出院，刚刚胸口好像又被石头压住一样，喷了两下硝酸甘油都没用"),
    ("E", "我媽做完通波仔返屋企，頭先心口又好似俾嘢壓住咁，出晒冷汗"),
    (
        "E",
        "discharged from A&E yesterday, told it was a virus, now he has a rash that doesn't fade"
        " with a glass and he's drowsy",
    ),
    (
        "E",
        "c-section 10 days ago, calf swollen and now I'm short of breath with pain when I breathe"
        " in",
    ),
    ("E", "cast put on this morning and my fingers are going numb and blue"),
    (
        "!E",
        "colonoscopy yesterday with a polyp removed, one streak of blood on the paper this"
        " morning, otherwise fine",
    ),
    ("!E", "做完肠镜切了个息肉，今天纸上有一点点血，其他都好"),
    (
        "!E",
        "stent put in last week, feeling tired and the wrist where they went in is bruised, no"
        " chest pain",
    ),
    ("!E", "拔牙第二天有点肿，吃东西还行"),
    ("!E", "knee arthroscopy 3 days ago, bit bruised and sore, walking with the crutches fine"),
]

# What a rule must not read as its emergency. NHS.uk vasectomy (swelling or pain getting worse,
# or a temperature, after the operation: the GP or 111, not torsion's A&E); NHS.uk Bell's palsy
# (one side of the face including the forehead, arms, legs and speech fine: an urgent GP
# appointment or 111); NHS.uk broken wrist (a swollen, bent wrist after a fall: urgent treatment
# centre, not a stroke's weak arm); NHS.uk croup and NICE CKS croup (noisy breathing only when
# crying or upset: urgent GP; at rest: 999); NHS.uk DKA (a blood ketone reading under 1.6 is
# tested again, not DKA, however the sentence ends); NHS.uk moles and NICE NG12 (a changing mole
# with blotchy colour or edges: a GP, not the mottled skin of sepsis).
LOOKALIKES: list[tuple[str, str]] = [
    ("!E", "vasectomy 2 days ago, scrotum swollen and sore, getting bigger, temperature 37.9"),
    ("U", "vasectomy 2 days ago, scrotum swollen and sore, getting bigger, temperature 37.9"),
    ("!E", "前天做了结扎，蛋蛋肿痛得厉害，越来越大"),
    (
        "!E",
        "can it wait till Monday? one side of my face dropped this morning, my forehead too, can't"
        " close the eye. arm and leg are fine and I can talk normally",
    ),
    ("!E", "右边脸今天早上开始歪了，额头也动不了，眼睛闭不上，手脚都没问题，说话正常，要紧吗？"),
    (
        "!E",
        "Dad slipped on the ice yesterday, his right wrist is swollen and looks deformed and he"
        " can't grip the kettle",
    ),
    ("!E", "我妈昨天摔了一跤，手腕肿得厉害，有点变形，拿不住杯子"),
    (
        "!E",
        "toddler with croup, barking cough and hoarse, the noisy breathing only comes when he"
        " cries, quiet when settled",
    ),
    ("U", "toddler with croup, barking cough and hoarse, noisy breathing only when he cries"),
    ("!E", "宝宝咳嗽像狗叫，声音沙哑，只有哭的时候呼吸有声音，安静时没有"),
    ("!E", "type 1, vomited twice today, blood sugar 16 and ketones 0.9."),
    ("!E", "我仔一型糖尿，今日嘔咗兩次，血糖16，血酮1.1。"),
    ("!E", "my mole has gone blotchy and darker over a few months, edges uneven"),
    ("!E", "the birthmark on my arm looks a bit mottled now, nothing else wrong"),
]

# Holes probed after the changes: the emergency each change sits next to still stands
# (negations, history, another person, hypotheticals, figurative words).
PROBES: list[tuple[str, str]] = [
    ("E", "hands and feet are mottled and blotchy, fever 39, really unwell"),
    ("E", "barking cough, noisy breathing even when she's calm and sitting still"),
    ("E", "hoarse voice, drooling and noisy breathing when he breathes in, can't swallow"),
    ("E", "Mum had a fall this morning and now she can't lift her left arm or hold her cup"),
    ("E", "face drooping on one side, forehead too, and my arm feels weak"),
    ("E", "type 1, vomiting, ketones 3.4."),
    ("E", "vasectomy years ago, now sudden severe pain in my left testicle for an hour, vomiting"),
    ("E", "vasectomy yesterday, now one testicle suddenly really painful and sitting higher up"),
    ("!E", "I've been saving my tablets for the holiday so I don't run out"),
    ("!E", "saving my tablets because the pharmacy keeps running out, I've decided to ask the GP"),
    ("!E", "我存了一些药在家里备用，今晚想问问怎么放"),
    ("!E", "胸口又像以前一样没事了"),
    ("!E", "polypectomy last year, a little blood on the paper today with my piles"),
    # a ketone reading read at the end of its sentence showed a dapagliflozin row at urgent for
    # the wrong reason (MHRA SGLT2 inhibitors: DKA, thirst or sickness: advice straight away;
    # written after: the Cantonese row failed first, the English one passed on main only because
    # "ketones 0.3." went unread and the word alone fired ketones_alone)
    ("U", "on empagliflozin, sugar 18 and really thirsty and weeing a lot, ketones 0.3."),
    ("U", "食緊達格列淨，呢兩日好口渴，仲有啲嘔"),
    ("!E", "on dapagliflozin and I've got thrush again, itchy, otherwise well"),
    # the coordinator's probe after the merge (session 19): arms and legs weak and achy with
    # the flu or a cold is the illness, not FAST's one arm (NICE NG128: a one-sided deficit);
    # one arm gone weak, or a sudden weakness, stays an emergency with any cold
    ("!E", "my arms and legs feel weak and achy with the flu"),
    ("!E", "arms feel heavy and weak, I've got a cold"),
    ("!E", "感冒了手脚都没力气"),
    ("!E", "流感，全身酸痛，手脚都没力"),
    ("E", "I've got a cold and my left arm has gone weak"),
    ("E", "感冒了，左手突然没力"),
    ("E", "got the flu and my arms and legs suddenly went weak an hour ago"),
]

CASES = DOWNPLAY + QUESTION + AFTERCARE + LOOKALIKES + PROBES

# Wrong at this file's first run, closed category by category (strict: a closed row fails here)
# (all 22 closed: see docs/rules-history.md, set 23's red-flag side)
OPEN: set[str] = set()


def _param(expected: str, text: str) -> object:
    marks = [pytest.mark.xfail(strict=True, reason="open")] if text[:50] in OPEN else []
    return pytest.param(expected, text, marks=marks)


@pytest.mark.parametrize(("expected", "text"), [_param(e, t) for e, t in CASES])
def test_downplay_questions_and_aftercare_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
