"""Gaps noticed in session 47, each closed by kind (rules-nf, session 48).

Each kind has sentences of this file's own, in English and Chinese, both ways: texts that must
reach a level and look-alikes that must not, written from the published source named above its
list before any rule changed (the rules of 35ac4c2). Every row down to each list's last comment
was written then: 30 of the first 71 were wrong at that first run. The single-numeral list was
rewritten after it (a count under ten alone is no adult overdose: the rows became sums and a
child's tablets eaten in secret, 4 of them wrong on 35ac4c2; a child's count alone is left open).
The rows under ``# after the change`` were written once the rules had changed, in other words.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NHS.uk snake bites (any snake bite: 999 or A&E) and NHS.uk insect bites and stings (a
# mosquito or midge bite: treated at home): a snake seen and another biter named is no snake
# bite; a snake that bit, or a bite where a snake was seen with no other biter, stays 999
SNAKE_OTHER_BITER: list[tuple[str, str]] = [
    ("L", "saw a snake at the zoo today, and a mosquito bit me on the way home, it's itchy"),
    ("L", "watched a cobra at the zoo, later a mosquito bit my leg, small itchy lump"),
    ("L", "there was a snake behind glass at the zoo and a horsefly bit me on the arm"),
    ("L", "we saw a snake in the reptile house and a midge bit my ankle, tiny itchy bump"),
    ("L", "动物园看了蛇，回来被蚊子咬了几个包，很痒"),
    ("L", "去动物园睇蛇，返嚟俾蚊咬咗，好痕"),
    ("E", "I got bitten by a snake at the zoo's petting area, two marks on my hand"),
    ("E", "a snake bit me on the ankle while walking, the mosquitoes were bad too"),
    ("E", "I was walking in the heather, saw a snake, and something bit my ankle, it's swelling"),
    ("E", "在山上看到一条蛇，然后脚被咬了一口，有两个小孔"),
    ("E", "被蛇咬了一口，山上蚊子也很多"),
    # after the change, in other words
    ("L", "at the reptile park we looked at an adder, then a gnat bit my neck"),
    ("E", "an adder bit my hand at the reptile park, there were midges everywhere too"),
    ("L", "looked at the snakes in the vivarium, then got bitten by mosquitoes in the car park"),
    ("L", "逛完爬虫馆看了蛇，出来手臂被蚊子咬了一个包"),
]

# NHS.uk stroke and heart attack (999 for the person with the signs now): a relative already
# in hospital (在医院, 住院, 已经住院) is under care, in Chinese as in English; the writer's own
# signs stay 999
RELATIVE_IN_HOSPITAL_ZH: list[tuple[str, str]] = [
    ("!E", "我妈昨天心梗，现在住院，我担心得睡不着"),
    ("!E", "外婆心脏病发作，已经住院三天了，我这几天睡不好"),
    ("!E", "我爸前天中风，现在还在住院，我想问探病要注意什么"),
    ("!E", "my mum had a heart attack yesterday, she is in hospital, I can't sleep for worry"),
    ("E", "我老公心梗在ICU，我现在胸口很痛，出冷汗，左手麻"),
    ("E", "我妈中风住院了，我现在一边脸麻，说话不清楚"),
    ("E", "我爸爸在住院，我觉得我自己心脏病发作了"),
    # after the change, in other words
    ("!E", "我公公昨晚中风，目前在住院观察，我压力好大"),
    ("!E", "我姨妈前天中风，现在还在医院，我这两天失眠"),
]

# NHS.uk heavy periods: soaking a pad or tampon every hour for 2 hours or more is an urgent GP
# appointment or 111; the same told as the pattern of every period is a GP's heavy periods.
# A pattern word said of the usual periods does not stand today's hourly soaking down.
PERIOD_PAD_NOW: list[tuple[str, str]] = [
    ("=U", "my periods are usually normal but today I'm soaking a pad every hour since 8am"),
    ("=U", "every month I get cramps, but this time I've soaked a pad every hour for 3 hours"),
    (
        "=U",
        "first day of my period and I've been soaking through a pad every hour for the last"
        " 3 hours, never had it this heavy",
    ),
    ("=U", "我平时月经正常，今天从早上开始每小时都要换一片卫生巾，湿透了"),
    (
        "L",
        "on the heavy days of every period I change a pad every hour, it's been like this for"
        " years",
    ),
    ("L", "每次来月经头两天都是每小时换一片卫生巾，好几年了，想看医生"),
    ("E", "today I'm soaking a pad every hour and I feel faint and dizzy"),
    # after the change, in other words
    ("=U", "my periods are normally light but since this morning a pad every hour, 4 hours now"),
    (
        "=U",
        "soaking a super tampon every hour since lunch, 3 hours now, my periods are normally ok",
    ),
]

# NHS.uk poisoning / TOXBASE: a child who got hold of someone's medicine; a fever medicine given
# and told by what it did (就退, 好些了, 吃了两天) is treatment, but the look-alike must not hide
# an ingestion ("吃了半天才发现", "吃了好些": a good many)
INGESTION_NOT_HIDDEN: list[tuple[str, str]] = [
    ("E", "三岁女儿把外婆的药吃了半天才被发现"),
    ("E", "我两岁的儿子把奶奶的降压药吃了好些，现在很困"),
    ("E", "宝宝把爷爷的降糖药吃了"),
    ("L", "孩子发烧，退烧药吃了就退，过几个小时又烧起来"),
    ("L", "退烧药吃了两天了，烧还是反反复复"),
    ("L", "布洛芬药吃了体温退下来了，精神还可以"),
    ("L", "感冒药吃了好些了，就是还有点咳"),
    # after the change, in other words
    ("E", "两岁儿子把爸爸的安眠药吃了大半天才发现"),
    ("E", "我三岁的女儿把外公的药吃了好些，我刚发现"),
]

# TOXBASE / NHS.uk paracetamol overdose: the count of tablets, a single Chinese numeral too
# (八粒, 五片); a usual dose stays below urgent
SINGLE_NUMERAL_COUNTS: list[tuple[str, str]] = [
    ("E", "我吃了六粒扑热息痛，过了一个钟又吃了五粒"),
    ("E", "我吃了五片止痛药，两个小时后又吃了六片"),
    ("E", "佢食咗七粒必理痛，跟住又食咗五粒"),
    ("E", "我三岁儿子偷吃了八粒扑热息痛"),
    ("E", "我两岁的儿子吃了八粒扑热息痛"),
    ("E", "my 3 year old took 8 paracetamol"),
    ("L", "我吃了两片扑热息痛，头痛好点了"),
    ("L", "我今天吃了一片布洛芬，牙还是有点痛"),
    ("L", "我吃了三片扑热息痛，下午又吃了两片"),
    # after the change, in other words
    ("E", "我食咗四粒止痛药，过咗两个钟又食咗七粒"),
]

# NICE NG143: under 3 months with 38 °C or more is red; 37.8 is no fever, and a baby's birth
# week ("born at 38 weeks") is no temperature
INFANT_TEMPERATURE: list[tuple[str, str]] = [
    ("!E", "my 7 week old: 37.8"),
    ("!E", "my 7 week old is 37.8, feeding fine"),
    ("!E", "7周大的宝宝体温37.8，吃奶正常"),
    ("!E", "my baby was born at 38 weeks, she's 7 weeks old now and her temperature is 37.6"),
    ("!E", "宝宝7周，38周出生，体温37.6，吃奶很好"),
    ("E", "my 7 week old: 38.2"),
    ("E", "8 week old 38.0 under the arm"),
    ("E", "my 10 week old: 38.1 under the arm"),
    ("E", "我家宝宝出生7个礼拜，腋温38.2"),
    # after the change, in other words
    ("!E", "born at 39 weeks, she's 6 weeks old, 37.7 under her arm, feeding well"),
    ("!E", "my 6 week old is 37.7 under the arm, feeding well"),
]

# NHS.uk cupping (marks and mild discomfort are expected) against NHS.uk cellulitis (red, hot,
# swollen skin that spreads, with a high temperature: urgent GP or 111)
CUPPING_MARKS: list[tuple[str, str]] = [
    ("L", "did cupping on my shoulder, the skin there is hot and red now"),
    ("L", "cupping yesterday, now the skin on my back is hot and red"),
    ("L", "拔罐后背上皮肤又红又热"),
    ("L", "昨天拔罐，背上的罐印红红的，摸着有点热，不痛"),
    ("U", "after cupping, one mark on my back is hot, red, spreading and I have a fever of 38.5"),
    ("U", "拔罐的地方红肿热痛，越来越大，还发烧38度5"),
    ("U", "my leg is hot, red and swollen and spreading, temperature 38.4"),
    # after the change, in other words
    ("L", "had fire cupping at the clinic, the circles are red and warm"),
    ("U", "cupped two days ago, one spot is red and hot and spreading, I'm shivery with 38.6"),
    ("L", "cupping marks on my back are warm and pink, I feel well"),
]

# NICE NG136: a home (or ambulatory) average of 135/85 or more is a GP's (non-urgent); 180/120
# with a severe headache or a change in vision is an emergency, a reading now beside an average
HOME_BP_AVERAGE: list[tuple[str, str]] = [
    ("N", "7-day home average 138/86, feel fine, is that ok"),
    ("N", "my home blood pressure average is about 150/95 over the last week"),
    ("N", "家里自己量了一个礼拜血压，平均高压150低压95，没什么不舒服"),
    ("L", "home BP readings average about 150/95, feel fine"),
    (
        "E",
        "home BP average about 150/95 but today 190/125 with a pounding headache and blurry vision",
    ),
    ("E", "家里血压平均145/90，今天量到190/125，头痛得厉害，看东西模糊"),
    ("U", "my home bp average about 185/122, feel fine"),
    # after the change, in other words
    ("N", "my home readings over 7 days averaged 137/87"),
    ("E", "average about 140/90 at home but this morning 200/130 and a severe headache"),
    (
        "E",
        "home average last week 146/92, today 182/121 with a bad headache and my vision is blurry",
    ),
]

_CHILD_COUNT = (
    "a child's count of tablets under ten (TOXBASE: mg/kg, the child's weight) has no rule in"
    " either language; a rule by age and count needs its own sentences and source check"
)
OPEN_ROWS: dict[str, str] = {
    "我两岁的儿子吃了八粒扑热息痛": _CHILD_COUNT,
    "my 3 year old took 8 paracetamol": _CHILD_COUNT,
}


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(
    ("expected", "text"),
    with_open(
        SNAKE_OTHER_BITER
        + RELATIVE_IN_HOSPITAL_ZH
        + PERIOD_PAD_NOW
        + INGESTION_NOT_HIDDEN
        + SINGLE_NUMERAL_COUNTS
        + INFANT_TEMPERATURE
        + CUPPING_MARKS
        + HOME_BP_AVERAGE,
        OPEN_ROWS,
    ),
)
def test_noticed_gap_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
