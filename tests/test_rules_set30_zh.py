"""Set 30's kinds in Chinese: emergencies told after an earlier reassuring diagnosis or in
words a long way apart, false emergencies, and same-day injuries and infections.

Written by rules-bk (session 27). The sentences are this file's own (simplified and
traditional, Mandarin, Cantonese and Taiwan usage), each from the published source named above
its list:

- NHS.uk appendicitis and stomach ache (pain spreading across the whole tummy and getting
  worse: 999) and NHS.uk acute pancreatitis / MTS abdominal pain (severe pain in the upper
  tummy going through to the back, with vomiting: A&E);
- NHS.uk poisoning and TOXBASE (weedkiller swallowed, even a mouthful spat out: A&E now),
  named in one clause and drunk in another;
- NICE NG143 fever in under 5s, red features in a parent's long-winded words: mottled skin
  in patches, a weak cry, no wet nappies all day;
- look-alikes that are no emergency: a stroke named only as what the internet said
  (NHS.uk eye twitching; NICE NG128: the FAST signs decide), a calf cramp "hard as a stone"
  (NHS.uk leg cramps), a Chinese list of absent signs joined by 、 (没有起疹子、嘴唇肿、喘不上气);
- same-day injuries and infections: a deep cut showing yellow fat (NHS.uk cuts and grazes),
  not daring to put the foot down after a twist (Ottawa ankle rules, NHS.uk broken ankle), an
  infected foot wound in diabetes (NICE NG19: assessed within 24 hours), an infected
  piercing with a fever (NHS.uk piercing infection, NICE CKS cellulitis);
- a fever said gone since (昨天烧退了, 今天已经没烧了) is no fever now (NHS.uk roseola, NICE
  NG143), and haloes with sight clouding slowly, 没有突然, are a cataract's (NHS.uk cataracts).

Codes: ``E`` an emergency, ``U`` at least urgent, ``L`` below urgent, ``!E`` not an emergency.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk appendicitis, stomach ache; NHS.uk acute pancreatitis; MTS abdominal pain
TUMMY_EMERGENCY: list[tuple[str, str]] = [
    ("E", "肚子疼了一天，越来越厉害，现在整个肚子都疼"),
    ("E", "肚子痛從右下開始，而家成個肚都痛，越來越痛"),
    ("E", "上腹好痛，痛到穿埋去背脊，嘔咗三次"),
    ("E", "胃那里剧痛，一直疼到后背去，吐了好几次"),
    ("E", "上腹痛得好犀利，穿去背脊，仲嘔咗"),
    ("L", "肚子有点胀，放了屁就好了，胃口正常"),
    ("!E", "背脊有啲痛，搬完屋之后，冇嘔"),
]

# NHS.uk poisoning; TOXBASE paraquat and glyphosate
WEEDKILLER_APART: list[tuple[str, str]] = [
    ("E", "我喝了一大口，后来才发现瓶子里是除草剂"),
    ("E", "阿爷饮咗一啖，原来樽入面系除草水"),
    ("E", "不小心喝了一口，結果是爸爸裝的除草劑，馬上吐掉了"),
    ("E", "喝了几口饮料瓶里的东西，是嘉磷塞，喉咙很烧"),
    ("!E", "我在花园里喷除草剂，戴了手套和口罩，没有不舒服"),
    ("!E", "请问除草剂放在哪里比较安全，家里有小孩"),
]

# NICE NG143 (red: mottled skin, weak cry, reduced urine / no wet nappies)
CHILD_RED_LONG_WORDS: list[tuple[str, str]] = [
    ("E", "宝宝十个月，发烧，身上皮肤一块一块发花"),
    ("E", "女儿一岁，发烧两天，腿上一片一片发花"),
    ("E", "BB九個月，發燒，喊起身聲音好細，好似貓仔叫"),
    ("E", "宝宝七个月发烧，哭起来声音很小，没力气"),
    ("E", "宝宝发烧，尿布从昨晚到现在都是干的"),
    ("E", "BB發燒，片尿片由朝早到而家都係乾嘅"),
    ("!E", "宝宝脸上一块一块的小红点，不痒，精神很好，没发烧"),
]

# NHS.uk eye twitching; NICE NG128 (a stroke only feared or read about, FAST signs normal)
STROKE_READ_ABOUT: list[tuple[str, str]] = [
    ("!E", "眼皮跳了两个星期，网上说是中风前兆，脸没歪，说话正常"),
    ("!E", "手指有时候麻一下，看到文章说是中风的先兆，吓死我了，手脚都有力"),
    ("!E", "度娘话头晕系中风征兆，我只系瞓得少，讲嘢正常"),
    ("E", "网上说是中风前兆，我现在半边脸歪了，说话不清楚"),
    ("E", "我妈突然说话含糊，一边手没力，是不是中风"),
]

# NHS.uk leg cramps (a night cramp eased by stretching); NHS 111 (a rigid tummy)
CRAMP_NOT_BELLY: list[tuple[str, str]] = [
    ("!E", "半夜小腿抽筋，硬得像石头，拉一拉脚掌就好了"),
    ("!E", "腳抽筋，塊肉硬得像石頭，按摩一陣就冇事"),
    ("E", "肚子痛得厉害，摸起来硬得像石头"),
]

# a Chinese list of absent signs joined by 、 (NHS.uk flu vaccine side effects)
ABSENT_LIST_ZH: list[tuple[str, str]] = [
    ("!E", "昨天打了疫苗，今天手臂红了一块，没有起疹子、嘴唇肿、喘不上气"),
    ("!E", "食咗花生之后喉嚨有啲痕，冇出疹、冇嘴唇腫、冇透唔到氣"),
    ("!E", "吃了虾，嘴巴有点痒，没有脸肿、舌头肿、呼吸困难"),
    ("E", "吃了花生之后没有起疹子，但是喘不上气，嘴唇也肿了"),
    ("E", "打完针没精神、喘不上气、嘴唇肿了"),
    ("E", "吃了花生，没有起疹子、嘴唇肿了、喘不上气"),
]

# NHS.uk cuts and grazes; Ottawa ankle rules; NICE NG19; NHS.uk piercing, NICE CKS cellulitis
SAME_DAY_ZH: list[tuple[str, str]] = [
    ("U", "跌倒膝盖划了一条很深的口子，看到里面黄色的东西"),
    ("U", "切菜切到手指，好深嘅口，見到入面啲黃色脂肪"),
    ("U", "打篮球扭到脚，肿得很厉害，脚不敢着地，一步都走不了"),
    ("U", "行山拗柴，隻腳唔敢踩落地，行一步都唔得"),
    ("U", "我爸有糖尿病，脚底破了一个口子，周围红肿，流黄水"),
    ("U", "阿媽有糖尿病，腳趾公下面爛咗個口，紅腫，有啲臭"),
    ("U", "打了耳洞一个星期，耳朵又红又肿很烫，今天发烧三十八度"),
    ("U", "穿咗耳骨，成隻耳紅腫發熱，仲有發燒"),
    ("L", "打了耳洞，有一点点红，没有肿，没有发烧"),
    ("L", "膝盖擦破一点皮，已经止血了，不深"),
]

# NHS.uk roseola, NICE NG143 (a fever gone since, a rash after it, an active child);
# NHS.uk cataracts and NICE CKS glaucoma (haloes with sight clouding over a year, not sudden)
FEVER_GONE_AND_GRADUAL: list[tuple[str, str]] = [
    ("L", "女儿一岁半，前两天发高烧，今天已经没烧了，身上起了些小红点，精神很好"),
    ("L", "個仔兩歲，前日燒到三十九度，今日已經冇燒了，身上有啲紅點，好精神"),
    ("L", "这两年看东西越来越模糊，晚上看灯有光晕，没有突然看不清，不痛"),
    ("U", "孩子发烧三天了，今天身上起了疹子"),
    ("U", "宝宝一岁，烧退了又烧起来，身上出了疹子"),
    ("U", "孩子发烧到39度，吃了退烧药，烧退了一点，身上起红疹"),
    ("U", "今天突然看灯有彩虹一样的光圈，眼睛很痛，头痛想吐"),
]

# Cantonese "can't stand it" and "really bad" said of a minor illness named are hyperbole
# (NHS.uk sore throat; NHS.uk foot care, cracked heels); of a tummy or a shoulder they stay
# severe
HYPERBOLE_MINOR_CANTONESE: list[tuple[str, str]] = [
    ("L", "喉嚨痛咗三日，頂唔順，飲水冇問題，冇發燒"),
    ("L", "對腳踭爆拆爆得好犀利，行路少少痛，冇流血"),
    ("U", "个肚痛到顶唔顺，成晚冇瞓"),
    ("U", "膊頭痛得好犀利，成晚瞓唔到"),
    ("U", "喉咙痛到顶唔顺，口水都吞唔落"),
]

# NICE CKS Lipid modification (statin muscle symptoms: aches are the GP's, a CK test; weakness
# or dark urine the same day, NHS.uk statins)
STATIN_ACHES: list[tuple[str, str]] = [
    ("L", "吃他汀三个月，最近两条腿有点酸，走路正常"),
    ("U", "吃他汀，两条腿很无力，尿是深褐色的"),
]

CASES = [
    *TUMMY_EMERGENCY,
    *WEEDKILLER_APART,
    *CHILD_RED_LONG_WORDS,
    *STROKE_READ_ABOUT,
    *CRAMP_NOT_BELLY,
    *ABSENT_LIST_ZH,
    *SAME_DAY_ZH,
    *FEVER_GONE_AND_GRADUAL,
    *HYPERBOLE_MINOR_CANTONESE,
    *STATIN_ACHES,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set30_kinds_in_chinese_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
