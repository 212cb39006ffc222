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

# NHS.uk diabetic ketoacidosis (A&E) and NICE NG17 / NG18: a very high reading (the meter's HI)
# or high ketones with vomiting, deep fast breathing, a fruity (烂苹果) smell on the breath.
DKA: list[tuple[str, str]] = [
    ("E", "血糖仪显示HI，一直在吐"),
    ("E", "一型糖尿病，血糖测出来是HI，吐了三次"),
    ("E", "女儿一型糖尿病，血酮很高，肚子痛，一直吐"),
    ("E", "糖尿病，嘴里有烂苹果味，人很困"),
    ("E", "我有一型糖尿病 血糖高到測唔到 嘔咗幾次"),
    ("E", "血糖機顯示HI 一直嘔吐"),
    ("E", "一型糖尿病，血酮3.5，吐了两次"),
    ("E", "glucose HI on my meter and vomiting since this morning, type 1"),
    ("E", "type 1 diabetic, my meter just says HI and I've been sick three times"),
    ("!E", "血糖仪显示HI，洗了手重新测是9，人没事"),
    ("!E", "测血糖前吃了糖没洗手，显示HI，洗手后再测是9"),
    ("!E", "meter said HI but I had sugar on my fingers, washed and it reads 9 now, feel fine"),
]

# NHS.uk low blood sugar: call 999 if unconscious, fitting, or not improving after treatment
# taken two or three times.
HYPO: list[tuple[str, str]] = [
    ("E", "妈妈有糖尿病，低血糖，吃了糖还是叫不醒"),
    ("E", "爸爸打胰岛素，低血糖，糖水喂不进去，人迷迷糊糊的"),
    ("E", "低血糖吃了三次糖，血糖还是2点几，人开始糊涂"),
    ("!E", "有点低血糖手抖，吃了糖十分钟后就好了"),
]

# NHS.uk asthma attack: 999 if the reliever does not help, too breathless to speak, blue lips.
ASTHMA: list[tuple[str, str]] = [
    ("E", "孩子哮喘，用了蓝色喷雾还是喘得厉害，嘴唇发紫"),
    ("E", "氣喘發作，噴了吸入器都無效"),
    ("E", "哮喘發作 噴咗幾次藍色泵都冇用"),
    ("E", "哮喘发作，吸了十下喷雾都不管用"),
    ("!E", "有点喘，用了蓝色喷雾五分钟就好了"),
]

# NICE NG115 / NHS.uk COPD: an exacerbation with blue lips, confusion or drowsiness is 999.
COPD: list[tuple[str, str]] = [
    ("E", "慢阻肺加重，嘴唇发紫，人有点糊涂"),
    ("E", "爸爸有肺气肿，喘不上气，嘴唇发紫"),
    ("E", "阿爺有COPD 氣促 嘴唇發紫 講嘢亂晒"),
    ("!E", "慢阻肺，痰多了一点，按计划吃了抗生素，好多了"),
]

# NICE NG106 / NHS.uk heart failure: sudden severe breathlessness, cannot lie flat, pink
# frothy sputum (acute pulmonary oedema) is 999.
HEART_FAILURE: list[tuple[str, str]] = [
    ("E", "心衰，躺下就喘不上气，咳出粉红色泡沫痰"),
    ("E", "心臟衰竭 晚上躺平就喘不過氣 咳粉紅色泡泡痰"),
    ("E", "阿嫲有心衰 突然唞唔到氣 瞓唔低 要坐起身"),
    ("!E", "心衰，脚有点肿，这周比上周重了一公斤"),
]

# NHS.uk angina: call 999 if the pain is not gone 5 minutes after the second dose of GTN.
ANGINA: list[tuple[str, str]] = [
    ("E", "心绞痛，含了两次硝酸甘油还是痛"),
    ("E", "心絞痛發作，噴了兩次硝化甘油，過了五分鐘還在痛"),
    ("E", "有心绞痛，喷了硝酸甘油十分钟还没好"),
    ("!E", "心绞痛，走快了有点闷，含了硝酸甘油一分钟就好了"),
]

# NHS.uk epilepsy: 999 if a seizure lasts over 5 minutes or one follows another without
# recovery in between.
EPILEPSY: list[tuple[str, str]] = [
    ("E", "儿子有癫痫，这次抽了五分钟还没停"),
    ("E", "老公癫痫发作，一次接一次，中间没醒过来"),
    ("E", "個女有羊癲瘋 抽咗成十分鐘都未停"),
    ("E", "癲癇發作超過五分鐘"),
    ("!E", "女儿有癫痫，刚才小发作一分钟，按平时那样睡一觉就好了"),
]

# NHS.uk sickle cell disease: chest pain, fever or breathlessness (acute chest syndrome) is an
# emergency; a temperature of 38 °C or more needs urgent advice.
SICKLE_CELL: list[tuple[str, str]] = [
    ("E", "镰状细胞贫血，胸口痛，发烧，喘不上气"),
    ("E", "鐮刀型貧血，胸痛，發燒，呼吸困難"),
    ("U", "女儿有镰状细胞病，发烧38.5度"),
    ("!E", "镰状细胞病，手脚有点痛，在家吃止痛药多喝水好了"),
]

# NHS.uk Addison's disease: adrenal crisis (vomiting, cannot keep the steroid down, dizziness
# or faintness, confusion) is 999.
ADDISONS: list[tuple[str, str]] = [
    ("E", "有艾迪生病，吐了好几次，氢化可的松吃不下去，头晕站不住"),
    ("E", "肾上腺皮质功能减退，一直吐，人很虚，快晕了"),
    ("E", "阿狄森病 不停嘔吐 頭暈到企唔穩"),
    ("!E", "艾迪生病，有点感冒，按病假规则吃了双倍氢化可的松，精神还好"),
]

# NICE NG151 / CG151 neutropenic sepsis: a fever during chemotherapy is an emergency; an
# immunosuppressed transplant patient with a fever needs urgent assessment.
IMMUNOSUPPRESSED_FEVER: list[tuple[str, str]] = [
    ("E", "妈妈在化疗，现在发烧38.5"),
    ("E", "化療中 發燒38度 一直發冷"),
    ("E", "个仔做紧化疗 发烧三十八度半"),
    ("U", "肾移植后在吃抗排斥药，发烧38.5，发抖"),
    ("!E", "化疗结束三年了，现在有点感冒，体温37.2"),
]

# NHS.uk / UK Kidney Association hyperkalaemia: muscle weakness, palpitations or an irregular
# heartbeat with a high potassium, or a potassium of 6.5 or more, is an emergency.
HYPERKALAEMIA: list[tuple[str, str]] = [
    ("E", "洗肾的，错过了一次透析，心跳很乱，手脚没力"),
    ("E", "洗腎病人 驗血話血鉀好高 心跳唔規則"),
    ("E", "医院打电话说我血钾7.0，叫我马上去急诊"),
    ("!E", "慢性肾病，血钾5.2，医生说少吃香蕉"),
    ("E", "the renal team rang, my potassium came back at 6.9"),
    ("!E", "potassium 5.8, GP says repeat the blood test next week"),
    ("!E", "my potassium was 6.8 last year, fine since"),
    ("!E", "补钾3天了，血钾3.1"),
]

# NHS.uk hydrocephalus: a shunt blockage (headache, vomiting, drowsiness) needs emergency care.
SHUNT: list[tuple[str, str]] = [
    ("E", "孩子有脑积水分流管，头痛，一直吐"),
    ("E", "有VP分流管 頭痛嘔吐 好眼瞓"),
    ("L", "脑积水分流管手术五年了，复查一切正常"),
]

CASES = [
    *COLOUR,
    *ACTIVITY,
    *RESPIRATORY,
    *BRONCHIOLITIS,
    *HYDRATION,
    *OTHER,
    *DKA,
    *HYPO,
    *ASTHMA,
    *COPD,
    *HEART_FAILURE,
    *ANGINA,
    *EPILEPSY,
    *SICKLE_CELL,
    *ADDISONS,
    *IMMUNOSUPPRESSED_FEVER,
    *HYPERKALAEMIA,
    *SHUNT,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_parents_and_patients_chinese_words_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
