"""Coverage walk: same-day problems said in everyday Chinese, neither raised to an emergency
nor left routine.

Written by rules-bg (session 25) from NHS.uk help for suicidal thoughts and NICE NG225
(thoughts with no plan: a same-day assessment; a plan, the means or a time: an emergency),
NICE CKS otitis media (swelling behind the ear, the ear pushed out: mastoiditis, same-day
hospital assessment; no allergic swelling of the face), BTS/SIGN and NHS.uk asthma (the
reliever needed many times a day: same-day review) and NHS.uk cuts and grazes (a deep or gaping
cut that may need closing: an urgent treatment centre), NHS.uk high blood sugar (tired with a
high reading: same day; very sleepy: urgent help now) and NICE CKS cataracts (haloes with sight
blurring over months or years: routine). The sentences are this file's own,
simplified and traditional, Cantonese and Taiwan usage.

``E`` must end ``emergency``; ``=U`` exactly ``urgent``; ``U`` at least urgent; ``L`` below
urgent.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk help for suicidal thoughts; NICE NG225
NO_PLAN: list[tuple[str, str]] = [
    ("=U", "最近总想着死了算了，没有具体想怎么做，也没伤害过自己"),
    ("=U", "有時候覺得活著沒意思，沒想過要怎麼做，只是心情很差"),
    ("=U", "成日覺得唔想活，冇諗過點做，都冇傷害過自己"),
    ("=U", "脑子里老冒出不想活的念头，没想过用什么方法，就是睡不好"),
    ("E", "最近总想死，没有具体想怎么做，但是药已经存好了"),
    ("E", "不想活了，没想过怎么做，但今晚就想结束"),
    ("E", "我不想再活下去了"),
]

# NICE CKS otitis media (mastoiditis); RCUK anaphylaxis stays for the face and lips
BEHIND_THE_EAR: list[tuple[str, str]] = [
    ("=U", "女兒三歲，中耳炎吃藥第二天，耳朵後面腫起來紅紅的，耳朵往外翻，還在發燒"),
    ("=U", "個仔五歲，耳仔後面腫起，又紅又痛，發燒"),
    ("=U", "孩子吃着抗生素，耳朵后面红肿起来，耳朵好像被推出来了"),
    ("=U", "中耳炎在吃抗生素，今天耳朵后面肿起来，红红的，还在发烧"),
    ("=U", "個女食緊抗生素，耳仔後面腫起嚟，仲發緊燒"),
    ("L", "儿子五岁，耳朵后面被蚊子咬了一个包，有点痒"),
    ("E", "吃了阿莫西林以后嘴唇肿起来，喉咙发紧"),
    ("E", "吃了虾之后脸肿起来了，喘不上气"),
    ("E", "食完花生塊面腫晒，透唔到氣"),
]

# BTS/SIGN and NHS.uk asthma: the reliever needed many times a day
RELIEVER_OFTEN: list[tuple[str, str]] = [
    ("U", "哮喘呢两日差咗，藍色噴霧今日用咗五六次"),
    ("U", "这两天哮喘，万托林一天用了五六次，每次顶三个钟头"),
    ("U", "氣喘發作，泛得林一天噴了八九次，說話還可以"),
    ("L", "哮喘控制得挺好，万托林一个月才用了一两次，想问问能不能去爬山"),
]

# NHS.uk cuts and grazes: deep or gaping
GAPING_CUT: list[tuple[str, str]] = [
    ("U", "切菜切到手指，口子开开的，能看到里面的肉，血止住了"),
    ("U", "界親手指，個口開開地，見到入面啲肉"),
    ("U", "削水果割到手，傷口翻開，看得到裡面的肉"),
    ("L", "切菜划了一个小口子，流了一点血，贴了创可贴"),
    ("L", "手指被纸划了一下，有点痛，没流什么血"),
]

# NHS.uk high blood sugar: tired or weak is the high sugar itself (same day); very sleepy or
# confused is urgent help now
HIGH_SUGAR_TIRED: list[tuple[str, str]] = [
    ("=U", "我爸有糖尿病，这几天老口渴，尿多，人没什么精神，血糖测了二十一"),
    ("=U", "外婆有糖尿病，最近精神差，一直喝水，尿也多，早上测血糖二十二点五，说话正常"),
    ("E", "我妈有糖尿病，血糖二十五，今天一直昏昏欲睡，叫不太醒"),
    ("E", "血糖高到測不出，佢好眼瞓，呼吸好急"),
]

# NICE CKS cataracts: haloes and glare with sight blurring over months or years (routine);
# NICE CKS red eye: haloes with a painful eye stay acute angle closure
HALOS_GRADUAL: list[tuple[str, str]] = [
    ("L", "外婆七十多岁，这一年眼睛慢慢变模糊，晚上看车灯有光晕，不红不痛"),
    ("L", "我媽這幾年看東西逐漸模糊，晚上看燈有光圈，眼睛不痛"),
    ("U", "今天突然看灯有光晕，眼睛很痛，头痛想吐"),
    ("U", "这两天看灯周围有彩虹圈，眼睛胀痛"),
    ("U", "看灯有光圈"),
]

CASES = [
    *NO_PLAN,
    *BEHIND_THE_EAR,
    *RELIEVER_OFTEN,
    *GAPING_CUT,
    *HIGH_SUGAR_TIRED,
    *HALOS_GRADUAL,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_same_day_problems_in_everyday_chinese_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
