"""Coverage walk in Chinese lay words: NICE NG143 traffic lights as parents say them, and a
long-term condition's crisis as the patient or family says it.

Written test-first by rules-ay (session 20) from the published lists named above each group:
NICE NG143 (fever in under 5s) red and amber features, the NHS.uk "when to call 999 for a baby
or child" list, NICE NG9 bronchiolitis, and each condition's NHS.uk page or NICE guideline. The
sentences are this file's own, in simplified and traditional characters, Hong Kong Cantonese
and Taiwan usage. ``E`` must end ``emergency`` (NG143 red), ``U`` at least ``urgent`` (NG143
amber: same day), ``!E`` anything but ``emergency`` and ``L`` below ``urgent`` (the look-alikes:
a baby's normal noises, a known condition's usual mild episode settled by the plan).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE NG143 red, colour: pale, mottled, ashen or blue (发灰, 发花, 嘴唇发紫); amber: pallor
# reported by a parent. Cold hands and feet with a fever: NHS.uk sepsis in a child.
COLOUR: list[tuple[str, str]] = [
    ("E", "宝宝发烧，脸色发灰，嘴唇发紫"),
    ("E", "孩子发烧，身上皮肤发花，一块一块紫色的"),
    ("E", "寶寶發燒，皮膚花花的，嘴唇發紫"),
    ("E", "囡囡發燒 成身皮膚花斑斑 手腳冰凍"),
    ("E", "宝宝发烧一天，脸色灰白，手脚冰凉"),
    ("U", "宝宝发烧，我觉得他脸色比平时白"),
    ("!E", "孩子吃了桑葚，嘴唇紫紫的"),
    ("L", "冬天在外面玩了一会儿手脚冰凉，回家暖和就好了"),
]

# NICE NG143 red, activity: no response to social cues, appears ill to a healthcare
# professional, does not wake or does not stay awake, weak / high-pitched / continuous cry;
# amber: not responding normally, no smile, wakes only with prolonged stimulation.
ACTIVITY: list[tuple[str, str]] = [
    ("E", "宝宝哭得很尖，声音跟平时不一样，一直在吐"),
    ("E", "宝宝发烧，哭声又尖又细，跟平常完全不一样"),
    ("E", "寶寶發燒 哭聲好弱 好似冇力咁"),
    ("E", "宝宝一直哭停不下来，怎么哄都没用，发烧39度"),
    ("E", "孩子发烧，叫醒了一会儿又睡过去，醒不过来"),
    ("E", "个仔发烧 叫醒咗又即刻瞓返 眼都唔肯开"),
    ("E", "孩子发烧，跟他说话逗他都没有任何反应"),
    ("E", "医生看了说宝宝看起来病得很重"),
    ("U", "孩子发烧，逗他也不笑，没精神"),
    ("U", "宝宝发烧，要叫很久才能叫醒"),
    ("!E", "宝宝饿了哭得很大声，喂完奶就不哭了"),
    ("L", "孩子晚上哭闹了一会儿，哄一下就睡着了"),
    ("!E", "女儿唱歌的时候声音很尖"),
]

# NICE NG143 red, respiratory: grunting (呻吟 / 哼哼 / 呼噜 on breathing out), respiratory rate
# over 60, moderate or severe chest indrawing; amber: nasal flaring, oxygen saturation 95% or
# less. NHS.uk 999 for a child: grunting, the tummy sucking under the ribs.
RESPIRATORY: list[tuple[str, str]] = [
    ("E", "孩子呼吸的时候喉咙里有呼噜呼噜的哼声，很费劲"),
    ("E", "宝宝呼吸时有呻吟声"),
    ("E", "宝宝发烧，每次呼气都哼一声"),
    ("E", "寶寶呼吸時會呻吟，好辛苦"),
    ("E", "個BB唞氣嗰陣有哼聲 好辛苦"),
    ("E", "宝宝喘气的时候嗓子里一直哼哼"),
    ("E", "宝宝呼吸很快，肋骨下面一吸气就往里凹"),
    ("E", "孩子吸气的时候胸口下面凹进去很深"),
    ("E", "寶寶呼吸很喘，胸口一直凹陷"),
    ("E", "孩子发烧，血氧只有90"),
    ("U", "孩子发烧，喘气的时候鼻翼一张一张的"),
    ("U", "宝宝发烧，鼻翼煽动"),
    ("U", "宝宝发烧，血氧95"),
    ("!E", "宝宝睡着的时候会哼哼，吃奶很好，精神也好"),
    ("!E", "宝宝鼻塞，呼吸有呼噜声，吃奶正常"),
    ("L", "宝宝流鼻涕两天，吃奶很好，尿布也正常"),
    ("!E", "孩子跑完步喘气很快，休息一下就好了"),
    ("!E", "宝宝拉臭臭的时候会用力哼哼"),
]

# NICE NG9 bronchiolitis: refer immediately for apnoea, severe respiratory distress (grunting,
# marked chest recession), central cyanosis; refer (same day) for feeding half of usual.
BRONCHIOLITIS: list[tuple[str, str]] = [
    ("E", "宝宝毛细支气管炎，呼吸会停一下，停了好几秒"),
    ("E", "宝宝咳嗽几天了，有时候呼吸停顿，脸发青"),
    ("E", "寶寶細支氣管炎 呼吸好急 胸口凹陷"),
    ("U", "宝宝毛细支气管炎，奶只吃平时的一半"),
    ("!E", "宝宝有点咳嗽，吃奶睡觉都正常"),
]

# NICE NG143 amber, circulation and hydration: reduced skin turgor, dry mucous membranes, poor
# feeding in infants, reduced urine output, capillary refill of 3 seconds or more.
HYDRATION: list[tuple[str, str]] = [
    ("U", "宝宝发烧，嘴唇很干，皮肤捏起来回弹很慢"),
    ("U", "宝宝发烧，尿布一整天都是干的"),
    ("U", "宝宝发烧，一天只尿了一次"),
    ("U", "宝宝发烧，不肯吃奶"),
    ("U", "寶寶發燒 唔肯飲奶"),
    ("U", "按宝宝的指甲，要好几秒才变回红色，还在发烧"),
    ("U", "宝宝发烧两天，哭的时候没有眼泪，嘴巴很干"),
    ("L", "宝宝有点流鼻涕，吃奶很好，尿布也正常湿"),
]

# NICE NG143, other: age under 3 months with 38 °C or more (red), 3 to 6 months with 39 °C or
# more (amber); non-blanching rash, bulging fontanelle, neck stiffness, status epilepticus,
# focal signs (red); fever for 5 days or more, swelling of a limb or joint, a new lump over
# 2 cm (amber).
OTHER: list[tuple[str, str]] = [
    ("E", "两个月宝宝发烧38度"),
    ("E", "兩個月大嘅BB發燒38度2"),
    ("U", "五个月宝宝发烧39度"),
    ("E", "宝宝头顶那块软的地方鼓起来了，还发烧"),
    ("E", "宝宝囟门鼓鼓的，发烧，一直吐"),
    ("E", "寶寶囟門凸起來 在發燒"),
    ("E", "个BB头顶软软嗰度凸咗出嚟 仲发烧"),
    ("!E", "宝宝囟门还没闭合，正常吗"),
    ("!E", "宝宝哭的时候囟门会鼓一下，不哭就平了，吃奶很好"),
    ("E", "孩子发烧，脖子硬，低头下巴碰不到胸口"),
    ("E", "孩子发烧，身上的疹子用玻璃杯压着还看得见"),
    ("E", "孩子抽筋超过五分钟了还没停"),
    ("E", "孩子发烧，突然一边手脚不能动"),
    ("U", "孩子发烧五天了还没退"),
    ("U", "孩子发烧，膝盖肿了，不肯走路"),
    ("U", "孩子脖子上长了一个包，超过两厘米，发烧"),
    ("L", "孩子发烧一天，吃了退烧药玩得很好"),
]

CASES = [
    *COLOUR,
    *ACTIVITY,
    *RESPIRATORY,
    *BRONCHIOLITIS,
    *HYDRATION,
    *OTHER,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_parents_and_patients_chinese_words_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
