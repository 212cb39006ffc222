"""Short Chinese phone-voice messages, by category (fresh walk 9's Chinese misses, generalised).

Fresh walk 9 (``tests/data/fresh_walk_9.jsonl``) missed 17 Chinese emergencies on its first
run. Each group below names the category a miss belonged to and its published source; the
sentences are written for this test in other words than the walk's (simplified, traditional,
Cantonese, Taiwan usage), and the look-alikes (``!E``) must not become emergencies.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS 999 / NICE NG143 red: cannot be woken, said as "however you call or shake, no waking"
CANNOT_BE_WOKEN: list[tuple[str, str]] = [
    ("E", "爸爸躺在沙发上 怎么喊都不醒"),
    ("E", "我女儿拍了半天都拍不醒"),
    ("E", "阿爺點搖都唔醒"),
    ("E", "阿嫲瞓咗喺度 叫佢都唔應"),
    ("E", "外公怎么叫都不应 眼睛闭着"),
    ("!E", "孩子晚上怎么哄都不睡"),
    ("!E", "我儿子早上闹钟响了还要赖床"),
]

# NICE NG143 red: a floppy baby or child, said as 软趴趴 / 软塌塌 / Cantonese 软晒
FLOPPY: list[tuple[str, str]] = [
    ("E", "女儿发烧后全身软塌塌的"),
    ("E", "個囡成身軟晒 唔肯飲奶"),
    ("E", "三个月宝宝软趴趴的没力气哭"),
    ("!E", "面条煮得软趴趴的不好吃"),
    ("!E", "给孩子煮的面条软塌塌的"),
    ("!E", "宝宝的床垫软趴趴的"),
    # floppy is said of a child: an adult's flu aches and a hiker's legs are not (NG143)
    ("E", "个仔发烧 成个人软晒 唔肯食奶"),
    ("!E", "感冒两天 全身酸软"),
    ("!E", "今日行山行到对脚软晒"),
    ("!E", "啲面软晒，好难食"),
    ("!E", "跑完步成个人好软"),
    ("!E", "发烧两天 全身软软的"),
]

# Resuscitation Council UK / NHS 999: collapsed and not breathing, said as 没呼吸 / 冇咗呼吸
NOT_BREATHING: list[tuple[str, str]] = [
    ("E", "爷爷突然倒下 好像没呼吸了"),
    ("E", "阿爸瞓喺地下冇咗呼吸"),
    ("!E", "发烧两天 没呼吸困难"),
    ("!E", "喉咙痛 冇呼吸困难"),
]

# NICE CKS Sciatica (cauda equina): back pain with no feeling round the bottom, 没知觉
SADDLE: list[tuple[str, str]] = [
    ("E", "腰疼一个礼拜 现在肛门周围没有知觉"),
    ("E", "腰痛兩日 屎忽周圍冇知覺"),
    ("!E", "坐久了屁股有点麻 站起来就好"),
]

# NHS.uk diabetic ketoacidosis: deep or fast breathing with being sick, in someone with diabetes
DKA_BREATHING: list[tuple[str, str]] = [
    ("E", "女儿有一型糖尿病 吐了好几次 呼吸很深很快"),
    ("E", "個仔有糖尿病 嘔咗成日 呼吸好深好急"),
    ("!E", "跑完步呼吸又深又快 休息一下就好"),
]

# NHS.uk epiglottitis (a medical emergency): a high temperature with drooling, cannot swallow saliva
EPIGLOTTITIS: list[tuple[str, str]] = [
    ("E", "高烧 连口水都吞不下 一直往外流"),
    ("E", "發燒 口水吞唔落"),
    ("!E", "宝宝长牙一直流口水 有点低烧"),
]

# NHS.uk stomach ulcer / NICE CKS GI bleeding: black tarry stool with feeling faint (人要晕了)
MELAENA_FAINT: list[tuple[str, str]] = [
    ("E", "大便黑得像柏油 人快晕了"),
    ("E", "屙黑色大便 成个人就快晕"),
]

# NICE NG143 / NG240: fever with a rash that does not fade when pressed, Cantonese 按唔褪
NON_BLANCHING_YUE: list[tuple[str, str]] = [
    ("E", "囡囡發燒 腳上啲紫點撳落去唔褪"),
    ("E", "个仔发烧 手臂啲红点按落唔退"),
]

# NHS 999: a fit lasting over 5 minutes, said with Taiwan usage 痙攣 (convulsion)
FIT_TAIWAN: list[tuple[str, str]] = [
    ("E", "爸爸全身痙攣 停不下來"),
    ("E", "孩子一直痉挛 已经七分钟了"),
    ("!E", "胃痉挛好痛 吃了药好多了"),
    ("!E", "小腿抽筋痉挛 拉伸一下就好"),
]

# TOXBASE / NHS overdose: a whole pack of paracetamol by its Taiwan / HK brand, eaten up
PARACETAMOL_BRAND: list[tuple[str, str]] = [
    ("E", "妹妹把一整排普拿疼都吞光了"),
    ("E", "同屋食晒成盒必理痛"),
    ("!E", "吃了一颗普拿疼 头痛好多了"),
    ("!E", "小孩把整盒饼干吃光了"),
]

# RCOG antepartum haemorrhage / NHS: bleeding that will not stop in pregnancy (heavy)
PREGNANCY_BLEEDING: list[tuple[str, str]] = [
    ("E", "怀孕七个月 下面血流不止"),
    ("E", "懷孕六個月 下面一路流血唔停"),
    ("!E", "怀孕30周 手指割破了一直流血 按住就好了"),
]

# NICE NG225: not wanting to live (唔想生存) with a plan to jump tonight
SUICIDE_YUE: list[tuple[str, str]] = [
    ("E", "我唔想再生存 今晚去天台跳"),
    ("E", "不想生存了 想从楼上跳下去"),
    ("!E", "生存游戏太难了 今晚想通宵玩"),
]

# NHS hypoglycaemia: diabetes with a cold sweat (Cantonese 冻汗) and not answering
HYPO_YUE: list[tuple[str, str]] = [
    ("E", "阿爸有糖尿 成身凍汗 叫極都唔應"),
]

# BTS/SIGN / NHS asthma attack: cannot finish a sentence; the inhaler has no effect (沒效)
ASTHMA_SENTENCE: list[tuple[str, str]] = [
    ("E", "哮喘发作 说不完一句话"),
    ("E", "氣喘發作 吸入劑噴了都沒效 喘得很厲害"),
    ("!E", "他话太多 一句话说不完就被打断"),
]

# Look-alike: 头痛 inside a body-part word (脚趾头, 手指头, 骨头) is no headache
NOT_A_HEADACHE: list[tuple[str, str]] = [
    ("!E", "手指头痛死了 被门夹了一下"),
    ("!E", "脚趾头疼得要命 踢到桌脚"),
    ("E", "头痛死了 这辈子最痛的一次 突然开始"),
]

CASES = [
    *CANNOT_BE_WOKEN,
    *FLOPPY,
    *NOT_BREATHING,
    *SADDLE,
    *DKA_BREATHING,
    *EPIGLOTTITIS,
    *MELAENA_FAINT,
    *NON_BLANCHING_YUE,
    *FIT_TAIWAN,
    *PARACETAMOL_BRAND,
    *PREGNANCY_BLEEDING,
    *SUICIDE_YUE,
    *HYPO_YUE,
    *ASTHMA_SENTENCE,
    *NOT_A_HEADACHE,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_short_chinese_messages_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# TOXBASE / NHS overdose: a whole pack eaten up counts with a medicine; running out does not
OVERDOSE_LOOK_ALIKES: list[tuple[str, str]] = [
    ("!E", "我的降压药吃光了 明天去医院配"),
    ("!E", "买了整盒普拿疼备用"),
]


@pytest.mark.parametrize(("expected", "text"), OVERDOSE_LOOK_ALIKES)
def test_running_out_of_a_medicine_is_no_overdose(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# A pinyin keyboard slip in a short message: a character of the same sound (抽出 for 抽搐,
# 叫不性 for 叫不醒, 白末 for 白沫) is read as the rule phrase it sounds like (NHS 999 fits,
# unresponsive). A real word of the same sound (睡觉不行, 光叫不行, 抽出时间) is left alone.
PINYIN_SLIPS: list[tuple[str, str]] = [
    ("E", "儿子抽畜停不下来"),
    ("E", "爷爷叫不性了"),
    ("E", "老公倒地口吐白末"),
    ("E", "妈妈突然嘴唇发子"),
    ("!E", "晚上睡觉不行 总是醒"),
    ("!E", "光叫不行 得去做"),
    ("!E", "下周抽出时间去看医生"),
    ("!E", "老公最近抽烟抽得很凶"),
]


@pytest.mark.parametrize(("expected", "text"), PINYIN_SLIPS)
def test_a_pinyin_slip_reads_as_the_phrase_it_sounds_like(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
