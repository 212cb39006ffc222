"""Set 39's kinds in Chinese: a body part or function talked round out of embarrassment (a boy's
testicle as 那里 or 下面, the lower tummy placed by the ovary, the waters as a leak, burning urine
as scalding, a lost tampon), skin going purple-black over a painful swelling with a fever,
tablets counted missing from an adult's box beside a small child, a child who barely answers
when called, a gaping cut told in its own clause, lower tummy pain with an abnormal discharge and a
fever; and, written after the first run's emergencies, an older relative quoted for an opinion,
breasts aching before a period, and sunburn told as skin sunned red.

Written by rules-ca (session 32). The sentences are this file's own (simplified and
traditional, Mandarin, Cantonese and Taiwan usage), each from the published source named above
its list:

- NHS.uk testicle pain (sudden, very bad pain in the testicles, especially with being sick: A&E;
  torsion is most common in boys and teenagers) and NICE CKS Scrotal pain and swelling: the
  testicle said as 那里, 下面, 下身, 裤裆 or 小鸡鸡 of a boy or a man;
- NHS.uk necrotising fasciitis (skin that turns dark, blotchy or blistered over a painful
  swelling, with a high temperature or feeling very unwell: A&E or 999) and NICE NG51 Sepsis:
  the skin said as 紫黑, 发黑, 变黑;
- NHS.uk stomach ache (sudden severe tummy pain, or pain with being sick: A&E) and NICE CKS
  Ovarian torsion in Acute pelvic pain: the pain placed by the ovary (卵巢那里, 靠近卵巢) or as
  下面右边;
- NHS.uk poisoning and TOXBASE / NPIS (a small child who may have swallowed an adult's diabetes,
  blood-pressure or heart tablets: A&E, even one tablet): the tablets counted missing (少了几颗)
  and named in lay words (降血糖的药, 血压的药);
- NICE NG143 Fever in under 5s (red: no response to social cues, does not stay awake) and the
  Manchester Triage System's altered conscious level: a child called who barely answers (叫他也
  爱理不理);
- RCOG Green-top 73 PPROM and NHS.uk waters breaking (fluid leaking before 37 weeks, or not sure
  whether it is pee: call the maternity unit now): the waters said as a leak (漏水, 护垫又湿);
- NHS.uk toxic shock syndrome and NHS inform tampon advice (a tampon that cannot be found or
  removed: a GP or sexual health clinic the same day);
- NICE CKS Pelvic inflammatory disease (lower tummy pain with an abnormal discharge or a fever:
  same-day assessment);
- NICE CKS Acute prostatitis and NICE CKS Pyelonephritis (painful urination with a fever:
  same day): the burning said as 烫 (scalding) of the place one passes urine;
- NHS.uk cuts and grazes (a cut that gapes open may need closing: an urgent treatment centre):
  the gaping told in a clause of its own, after the length;
- NICE NG232 Head injury (65 or over: same day; a child by the child's own signs): a grandmother
  quoted (奶奶说要打120) is not the patient;
- NHS.uk breast pain (cyclical: both breasts before a period, easing once it starts; self-care):
  the breasts said as 胸部 or 个胸;
- NHS.uk sunburn (self-care) against NHS.uk septic arthritis and cellulitis (a hot red joint or
  skin: same day): the sun told as 晒得通红 or no sun cream (没涂防晒).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk testicle pain, NICE CKS Scrotal pain; a girl's or a woman's 下面, an itch, or a boy's
# knee is not
TESTICLE_TALKED_ROUND: list[tuple[str, str]] = [
    ("E", "儿子十岁，半夜说下面突然好疼，捂着不让看，还吐了"),
    ("E", "我儿子说“那里”疼得厉害，捂着不给看，出了一身汗"),
    ("E", "个仔十三岁，话下面好痛，突然痛醒，仲呕咗"),
    ("E", "兒子說下身突然劇痛，不好意思給我看，剛剛吐了"),
    ("E", "男孩十四岁，踢球后裤裆那里剧痛，吐了一次"),
    ("E", "孙子五岁，哭着说小鸡鸡那里突然好疼，一直哭"),
    ("L", "女儿说下面有点痒，不好意思说，没有发烧"),
    ("L", "儿子说下面有点痒，这两天洗澡时抓"),
    ("!E", "儿子膝盖那里突然疼了一下，走路正常"),
]

# NHS.uk necrotising fasciitis, NICE NG51; a bruise going dark with no fever, or a black stool,
# is not
SKIN_GOING_DARK_WITH_FEVER: list[tuple[str, str]] = [
    ("E", "有糖尿病，屁股附近肿痛三天，今日块皮变咗紫黑色，发烧打冷震"),
    ("E", "腿上的伤口肿得很厉害，皮变成紫黑色，发烧三十九度"),
    ("E", "小腿又红又肿，中间的皮开始发黑，还发烧发抖"),
    ("E", "下面嗰度腫痛，皮膚變黑，仲發燒，成個人好虛"),
    ("E", "手臂肿痛，起了黑色水泡，发高烧"),
    ("L", "前天撞到膝盖，淤青变成紫黑色，不痛了，没发烧"),
    ("L", "指甲被门夹了，指甲变黑了，不太痛"),
]

# NHS.uk stomach ache, NICE CKS Acute pelvic pain (ovarian torsion); ovulation twinges or period
# pain is not
PAIN_PLACED_BY_THE_OVARY: list[tuple[str, str]] = [
    ("E", "右边卵巢那里突然一阵剧痛，痛到站不直，吐了三次"),
    ("E", "靠近卵巢的地方突然剧痛，冒冷汗，吐了两次"),
    ("E", "下面右边靠近卵巢那里突然剧痛，一直吐"),
    ("E", "左邊卵巢嗰度突然劇痛，痛到企唔直，嘔咗幾次"),
    ("E", "肚子右边突然一阵剧痛，痛到站不直，已经吐了三次"),
    ("L", "每个月排卵的时候卵巢那里会隐隐作痛一下，一天就好"),
    ("L", "体检说卵巢有个小囊肿，没有痛，医生让半年后复查"),
]

# NHS.uk poisoning, TOXBASE / NPIS; an adult's own tablets taken as prescribed is not
TABLETS_COUNTED_MISSING: list[tuple[str, str]] = [
    ("E", "两岁的儿子在外婆家玩，外婆说她的药盒开了，少了好几颗降血糖的药"),
    ("E", "三岁女儿一直想睡，爷爷的血压药少了两颗"),
    ("E", "孙仔两岁，嫲嫲话佢啲降血糖药少咗几颗"),
    ("E", "兩歲的兒子可能吃了阿嬤的降血糖藥，現在一直想睡"),
    ("E", "一岁半的宝宝在奶奶房间玩，奶奶的心脏的药不见了几颗"),
    ("L", "我有糖尿病，每天吃两颗降血糖的药，血糖控制得还可以"),
]

# NICE NG143 red, MTS altered conscious level; a teenager who ignores a parent is not
CHILD_BARELY_ANSWERS: list[tuple[str, str]] = [
    ("E", "两岁的儿子一直想睡，叫他也爱理不理的"),
    ("E", "女儿三岁，发烧，叫她都爱理不理，眼睛半睁着"),
    ("E", "宝宝一直昏昏的，叫他也愛理不理"),
    ("L", "儿子十五岁，最近对我爱理不理，整天玩手机"),
]

# RCOG Green-top 73 PPROM, NHS.uk waters breaking; a leaking tap or pipe is not
WATERS_TALKED_ROUND: list[tuple[str, str]] = [
    ("U", "怀孕三十五周，下午开始下面一直在漏水，裤子湿了一片"),
    ("U", "懷孕三十四週，下面一直漏水，換了護墊又濕了"),
    ("U", "怀孕32周，内裤一直湿湿的，好像在漏水，不知道是不是尿"),
    ("U", "有咗三十三个礼拜，下面一直漏水，唔知系咪漏尿"),
    ("L", "怀孕三十周，家里的水管漏水了，修了一下午，有点累"),
    ("L", "怀孕二十八周，最近白带有点多，没有异味"),
]

# NHS.uk toxic shock syndrome, NHS inform; a tampon taken out is not
TAMPON_LOST: list[tuple[str, str]] = [
    ("=U", "前天放了棉条，后来忘了，今天想拿出来却摸不到"),
    ("=U", "卫生棉条拿不出来，已经一天多了，有点异味"),
    ("=U", "棉條好似卡咗喺入面，攞唔出嚟"),
    ("=U", "衛生棉條的線找不到了，拿不出來，兩天了"),
    ("L", "第一次用棉条，放进去有点不舒服，后来拿出来了"),
]

# NICE CKS Pelvic inflammatory disease; a discharge alone, or period pain, is not
PELVIC_PAIN_DISCHARGE_FEVER: list[tuple[str, str]] = [
    ("U", "下面分泌物变多，黄黄的，小肚子两边都疼，发烧三十八度三"),
    ("U", "白带变多有异味，小腹两侧痛，同房痛，今天发烧了"),
    ("U", "分泌物好多又黄，下腹痛，發燒38度"),
    ("U", "小肚子疼了三天，分泌物有味道，发烧"),
    ("L", "白带有点多，没有异味，不痛不痒"),
]

# NICE CKS Acute prostatitis, Pyelonephritis; a hot bath is not
URINE_SCALDING_WITH_FEVER: list[tuple[str, str]] = [
    ("U", "小便那里又烫又疼，尿得很费劲，发烧三十八度五，打寒战"),
    ("U", "尿尿的时候那里烫烫的，发烧了，打冷颤"),
    ("U", "屙尿嗰阵好烫，仲发烧打冷震"),
    ("U", "小便的時候很燙，發燒38.5"),
    ("L", "泡了个热水澡，出来小便，一切正常"),
]

# NHS.uk cuts and grazes; a small cut that stays closed is not
CUT_GAPING: list[tuple[str, str]] = [
    ("U", "切菜切到手指，口子大概两厘米，有点张开，血已经止住了"),
    ("U", "刀割到手掌，伤口有一厘米半，边上张开合不拢"),
    ("U", "界親手指，個口大概兩厘米，有啲張開"),
    ("L", "切菜划了一下，一个小口子，贴了创可贴，没有张开"),
]

# NICE NG232 Head injury (65 or over: same-day assessment; a child judged by the child's own
# signs) and NHS.uk head injury: an older relative quoted for an opinion is not the patient; an
# older relative who hit her head stays same-day
OLDER_RELATIVE_QUOTED: list[tuple[str, str]] = [
    ("L", "四岁儿子撞到额头，起了个包，哭完就好了，在玩，奶奶说要去医院"),
    ("L", "兩歲女兒撞到頭，腫咗一粒，冇嘔，玩緊，嫲嫲話要即刻睇醫生"),
    ("L", "五岁女儿跌倒碰到头，起了个小包，精神很好，外婆说要拍片"),
    ("U", "奶奶八十岁，今天摔倒撞到头，起了个包"),
    ("U", "我爷爷撞到头，额头肿了一块"),
]

# NHS.uk breast pain (cyclical: both breasts, in the days before a period, easing once it starts:
# self-care); the chest said as 胸部 of the breasts; chest pain with no period link stays same-day
BREASTS_BEFORE_A_PERIOD: list[tuple[str, str]] = [
    ("L", "每次大姨妈来之前一周，胸部都胀痛，两边都有，来了就好"),
    ("L", "月经前几天胸部胀痛，来了月经就不痛了"),
    ("L", "每次來M之前個胸都脹痛，嚟咗就冇事"),
    ("L", "例假前乳房胀痛，两边都有，每个月都这样"),
    ("U", "胸部胀痛，两天了"),
    ("E", "月经前一周，突然胸口压着痛，出冷汗，痛到左手"),
]

# NHS.uk sunburn (red, hot, sore skin after the sun: cool it, after-sun, painkillers at home) and
# NHS.uk septic arthritis / cellulitis (a hot, red joint or skin: same day): the sunburn told as
# skin sunned red or a day without sun cream; a hot red joint with no sun stays same-day
SUNNED_RED: list[tuple[str, str]] = [
    ("L", "昨天在海边玩了一天没涂防晒，肩膀和后背晒得通红，摸着烫，有点疼"),
    ("L", "肩膀晒得通红，摸上去烫烫的，有点刺痛，没有起泡"),
    ("L", "行山冇搽防晒，膊頭紅晒，摸落好熱"),
    ("U", "肩膀又红又肿，摸着烫，痛得举不起手"),
]

CASES = (
    TESTICLE_TALKED_ROUND
    + SKIN_GOING_DARK_WITH_FEVER
    + PAIN_PLACED_BY_THE_OVARY
    + TABLETS_COUNTED_MISSING
    + CHILD_BARELY_ANSWERS
    + WATERS_TALKED_ROUND
    + TAMPON_LOST
    + PELVIC_PAIN_DISCHARGE_FEVER
    + URINE_SCALDING_WITH_FEVER
    + CUT_GAPING
    + OLDER_RELATIVE_QUOTED
    + BREASTS_BEFORE_A_PERIOD
    + SUNNED_RED
)


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return RuleSet.load()


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set39_kinds_in_chinese_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
