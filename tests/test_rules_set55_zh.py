"""Set 55's Chinese kinds (voice40: long-term conditions, school-age children, intimate health).

What sets the level, kind by kind (each list below names its published source):

- a dialysis session missed told by the sessions not gone to (两次都没去, 呢个礼拜都冇去, 那次沒去),
  far from the word dialysis, with a slow pulse said as a number (心跳一分钟才四十出头) or with
  breathlessness lying flat: a high potassium's and fluid overload's danger (UK Kidney
  Association hyperkalaemia guideline; NICE CG187 acute heart failure);
- skin over a red, painful swelling with a patch gone black (有一忽变咗黑色, 有一块发黑, 黑了一块)
  and a fever: necrotising fasciitis, in the genitals too (NHS.uk necrotising fasciitis);
- a long-term condition's or its medicine's years (糖尿病十年, 吃二甲双胍好几年, 吃药两年没发作)
  are no span of the complaint told with it (NHS.uk common cold, eyelid twitching: the
  complaint's own days count);
- a daily routine told as the cause or the day's care (每天站军姿, 每日练波, 每天测血糖) is no
  complaint that keeps coming back (NHS.uk blisters, common cold);
- a late period with a negative pregnancy test (验孕阴性, 一条杠, 驗孕是陰性) is no pregnancy
  (NHS.uk missed or late periods; NICE NG126 reads the test);
- pink or red pee after red dragon fruit or beetroot, painless, fading (NHS.uk blood in urine:
  beetroot, blackberries and rhubarb can turn pee red or pink);
- jet lag named in English inside Chinese and said bad while improving (NHS.uk jet lag: it
  improves within days; a GP only when it does not after 2 weeks);
- a Cantonese 歪咗 said of a finger, a nose or a spine is no drooping face (NHS FAST is the face;
  NHS.uk broken finger or thumb: a deformed finger is the same day);
- reduced fetal movements said against the usual with words between (胎动明显比平时少) and
  a small count (只感觉到两三次) (RCOG Green-top 57, NHS.uk your baby's movements);
- a scratch by a stray cat (流浪猫, 野猫, 浪貓) is a stray's, as a stray dog's is (NHS.uk rabies);
- Parkinson's medicines run out (冇药食, 断药) (NICE NG71, Parkinson's UK "Get it on time");
- a large red, swollen area round an insect bite (红肿一大片) (NHS.uk insect bites and stings);
- a child's back or shoulders uneven (后背有点歪, 高低肩) is a GP's (NHS.uk scoliosis);
- a bicycle saddle's numbness gone on getting off, bladder as usual, is pressure (NHS.uk pins
  and needles; NICE CKS Sciatica keeps saddle numbness that stays an emergency).

Written by rules-ec (session 40). The sentences are this file's own, each from the published
source named above its list; ``SET55_ZH_ROWS`` are rows of ``tests/data/fresh_levels_55.jsonl``
closed here, each asserted at its gold level. Wrong before any rule change (rules at 0f90aa4):
17 of 17 rows and 50 of 85 kind sentences. Two were added after the change: a missed session
reworded (这周周一没去; its first wording, 周一那次没去, kept open: 那次 is a past cue) and a
diabetic foot's 发热 (its warmth, no fever) from set 21's row the first change had raised.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, rows_with_open, with_open

# UK Kidney Association hyperkalaemia guideline (a missed haemodialysis session is a common
# cause; a slow or irregular heartbeat or chest pain with it: emergency treatment; muscle
# weakness: checked the same day); RCUK adult bradycardia (a pulse under 50 is slow, RCP NEWS2
# scores 50 or less); NICE CG187 acute heart failure (fluid on the lungs: breathless at rest
# or lying flat, emergency) with NHS.uk dialysis (fluid builds up between missed sessions)
MISSED_SESSIONS: list[tuple[str, str]] = [
    ("E", "我妈在做血透，一周三次，这周周二周四两次都没去，今天心跳很慢"),
    ("E", "阿爷洗肾嘅，呢个礼拜两次都冇去，而家心跳得好慢"),
    ("E", "我爸在洗腎，這週兩次都沒去，剛剛量心跳一分鐘四十五下"),
    ("E", "外公做透析的，因为下大雪周三那次没去，现在脉搏一分钟只有38"),
    ("E", "爸爸血透，昨天没去透析，现在心跳一分钟42"),
    ("E", "阿嬤洗腎，這禮拜都沒去，心跳一分鐘才四十幾下"),
    ("E", "婆婆在做透析，这周周一没去，现在喘得躺不下，只能坐着"),
    ("E", "婆婆在做透析，周一那次没去，现在喘得躺不下，只能坐着"),
    ("E", "老豆洗肾，今个礼拜两次都冇去，而家气喘到瞓唔低"),
    ("U", "妈妈做透析，这周有一次没去，今天说浑身没力"),
    # sessions gone to, or a pulse without a session missed, stay lower
    ("!E", "妈妈透析一周三次，这周两次都去了，就是有点累"),
    ("!E", "我爸在做透析，下周要去旅游，有两次可能去不了，想问怎么安排"),
    ("!E", "外婆洗肾，今日有去，心跳每分钟七十几下，精神好好"),
    ("!E", "爸爸血透，昨天没去透析，刚量心跳一分钟76，没什么不舒服"),
    ("!E", "我在做透析，一周三次，周一周三都去了，心跳一分钟七十"),
]

# NHS.uk necrotising fasciitis (skin over a painful swelling that turns dark or blotchy, with a
# high temperature or feeling very unwell: A&E) and NICE NG51: a patch gone black said as a
# patch (一块, Cantonese 一忽 / 一撻, Taiwan 一塊), in the genitals too (Fournier's gangrene)
PATCH_GONE_BLACK: list[tuple[str, str]] = [
    ("E", "老公有糖尿病，阴囊又红又肿好痛，今天有一块发黑了，还发烧39度"),
    ("E", "我阿爸大髀内侧红肿好痛，有一撻变咗黑色，发紧烧"),
    ("E", "外陰那邊腫痛兩天，今天有一塊變黑了，發燒38.8"),
    ("E", "腳上傷口周圍紅腫，有一片變成黑色，人發冷發熱"),
    ("E", "佢下面红晒肿晒，黑咗一忽，仲发高烧"),
    # no fever, or no skin (food, stools, a screen), stays lower
    ("!E", "阴囊有一块皮肤颜色深一点，一直都这样，不痛不痒"),
    ("!E", "香蕉放了两天有一块变黑了，吃了会不会拉肚子，有点发烧"),
    ("!E", "今日屙屎变咗黑色，我食咗猪红，冇发烧"),
    ("!E", "手机屏幕有一块变黑了，我有点发烧头痛"),
    # 发热 said of the swollen part is its warmth, no fever (written after the first run, from
    # set 21's diabetic foot row: NICE NG19 keeps it at least same-day)
    ("U", "我妈有糖尿病，脚趾头发黑了一块，脚又红又肿还发热"),
]

# NHS.uk common cold and eyelid twitching (the complaint's own days: a GP when a cold lasts more
# than 3 weeks, a twitch more than 2 weeks); a condition's or its medicine's years, and the
# years since the last fit, are no span of the complaint
CONDITION_YEARS: list[tuple[str, str]] = [
    ("S", "我有高血压，吃药好几年了，前天着凉，现在就是流鼻涕，有点咳，不发烧"),
    ("S", "我有糖尿病十年了，这两天感冒流鼻涕，不发烧，血糖跟平时一样"),
    ("S", "我有甲减，吃优甲乐五年了，前两天开始打喷嚏流鼻涕，喉咙有点痒"),
    ("S", "我有癫痫，吃药三年没发作了，这两天眼皮一直跳，最近熬夜多"),
    ("S", "我有糖尿病食咗二甲双胍十几年，呢两日冷亲流鼻水，有少少喉咙痛，冇发烧"),
    ("S", "我有高血壓，吃藥好幾年了，這兩天感冒流鼻水，喉嚨有點乾，沒有發燒"),
    # the complaint's own years or weeks still count
    ("N", "咳嗽好几年了，一直没好"),
    ("N", "我有糖尿病，脚麻了好几年，最近更明显"),
    ("N", "我有高血压好几年，这次感冒咳嗽两个多星期了"),
    ("N", "流鼻涕流了好几年，一到冬天就这样"),
]

# NHS.uk blisters (friction blisters: leave them, a plaster; see a GP if infected) and NHS.uk
# common cold: a daily routine told as the cause or the day's care is no recurring complaint
DAILY_ROUTINE: list[tuple[str, str]] = [
    ("S", "儿子军训一个星期，每天站军姿，今天脚后跟磨了两个水泡，不红不肿，还能走"),
    ("S", "女儿每日练波，脚趾磨咗个水泡，唔红唔肿，行得走得"),
    ("S", "孩子每天練琴，手指頭磨出一個小水泡，不紅不腫"),
    ("S", "我有糖尿病，每天测血糖，都是七点多，这两天有点流鼻涕，不发烧"),
    # a complaint every day still counts
    ("N", "每天都头痛，已经一个星期了"),
    ("N", "儿子每天训练完膝盖都痛，痛了三个星期"),
]

# NHS.uk missed or late periods (a negative test and a period a few days late: probably not
# pregnant, test again if it does not come) and NICE NG126 (a negative test makes an ectopic
# pregnancy unlikely); a positive test, or none done, stays a possible pregnancy
NEGATIVE_TEST: list[tuple[str, str]] = [
    ("S", "月经迟了四天，测了两次验孕棒都是一条杠，也没有不舒服"),
    ("S", "大姨妈晚了几天，验孕试纸阴性，其他都好"),
    ("S", "月經晚了五天，驗孕是陰性，沒有其他不舒服"),
    ("S", "例假推迟了一个礼拜，验过孕系阴性，冇咩唔舒服"),
    ("N", "月经推迟一周，验孕两条杠，没有不舒服"),
    ("U", "月经推迟一周，验孕两条杠，右边小肚子一阵阵痛"),
]

# NHS.uk blood in urine (eating beetroot, blackberries or rhubarb can turn pee red or pink; see a
# GP for blood in pee): a food's colour named as the cause, painless, fading
FOOD_COLOURED_PEE: list[tuple[str, str]] = [
    ("S", "昨晚吃了很多红心火龙果，今天早上尿是粉红色的，不痛，也不发烧"),
    ("S", "食咗成个红肉火龙果，今朝啲尿红咗，冇痛，第二次已经淡咗"),
    ("S", "昨天喝了很多甜菜根汁，今天尿尿變成粉紅色，不痛不癢，沒發燒"),
    ("N", "尿是粉红色的，没吃过什么红色的东西，已经两天了"),
    ("N", "吃了火龙果后尿是红的，可是尿尿很痛还发烧"),
]

# NHS.uk jet lag (symptoms improve within a few days; see a GP if it does not after 2 weeks):
# jet lag named in English inside Chinese, and said bad while it improves
JET_LAG: list[tuple[str, str]] = [
    ("S", "出差飞回来三天，jet lag好严重，晚上睡不着，不过一天比一天好"),
    ("S", "啱啱由美国返嚟，jet lag 好犀利，今日好返啲"),
    ("S", "從歐洲回來兩天，時差很嚴重，今天比昨天好一點"),
    ("N", "飞回来三个星期了，jet lag一直没好，每天半夜醒"),
]

# NHS FAST (a drooping face) and NHS.uk broken finger or thumb / broken nose (a finger or nose
# out of shape after an injury: an urgent treatment centre the same day): a Cantonese 歪咗 said
# of a finger, a nose or a spine is no drooping face
CROOKED_NOT_FACE: list[tuple[str, str]] = [
    ("=U", "个女打篮球戳亲只尾指，而家肿咗，有啲歪咗，郁唔到"),
    ("=U", "我个仔踢波撞到个鼻，而家鼻哥歪咗"),
    ("!E", "阿仔条脊骨好似有啲歪咗，唔痛"),
    # the face said crooked stays FAST
    ("E", "阿爸笑嗰阵歪咗，讲嘢唔清楚"),
    ("E", "我阿媽塊面突然歪咗"),
    ("E", "阿爷头先突然把口歪咗，手指公都郁唔到"),
]

# RCOG Green-top 57 and NHS.uk your baby's movements (moving less than usual: the maternity unit
# now, the same day): less than usual said with words between, or a small count
FEWER_MOVEMENTS: list[tuple[str, str]] = [
    ("=U", "怀孕30周，今天胎动明显比平时少"),
    ("=U", "孕32周，今天从早上到现在只感觉到两三次胎动"),
    ("=U", "有咗33周，今日BB郁得冇平时咁多"),
    ("=U", "懷孕34週，今天胎動比平常少很多"),
    ("!E", "怀孕30周，今天胎动跟平时一样多"),
]

# NHS.uk rabies (bitten or scratched by a stray or by an animal where rabies is found: get medical
# help straight away); a pet's scratch is NHS.uk cuts and grazes (wash it)
STRAY_CAT: list[tuple[str, str]] = [
    ("U", "昨天喂流浪猫被抓了一下，破皮出血了"),
    ("U", "俾街边啲野猫抓亲，损咗皮"),
    ("U", "餵浪貓的時候被抓傷，有流一點血"),
    ("L", "被家里养的猫抓了一下，破了点皮，已经洗过了"),
]

# NICE NG71 Parkinson's disease (do not stop levodopa abruptly: acute akinesia, neuroleptic
# malignant syndrome) and Parkinson's UK "Get it on time": medicines run out, the same day
PARKINSONS_MEDICINE: list[tuple[str, str]] = [
    ("U", "我爸有帕金森，药吃完了两天没吃，现在全身僵硬走不了路"),
    ("U", "阿妈有柏金逊，琴日开始冇药食，成个人郁唔到"),
    ("U", "我爸有巴金森氏症，藥斷了兩天，現在全身很僵硬"),
    ("!E", "我爸有帕金森，药按时吃，最近手抖跟以前差不多"),
]

# NHS.uk insect bites and stings (see a GP or call 111 if a large area around the bite becomes
# red and swollen)
BITE_LARGE_RED: list[tuple[str, str]] = [
    ("U", "小腿被蚊子咬了抓破，现在红肿一大片"),
    ("U", "俾蚊叮完，成只脚红肿一大片，摸落好热"),
    ("U", "手臂被蟲咬，紅腫了一大片"),
    ("S", "被蚊子咬了一个包，有点痒，不红不肿"),
]

# NHS.uk scoliosis (see a GP if you think your child has signs: a visibly curved spine, one
# shoulder higher than the other)
CHILD_SPINE: list[tuple[str, str]] = [
    ("N", "女儿十二岁，后背好像有点歪"),
    ("N", "个仔十岁，两边膊头一高一低，条脊骨好似有啲弯"),
    ("N", "女兒國小五年級，脊椎好像有點彎，高低肩"),
]

# NHS.uk pins and needles (numbness from pressure that goes once the pressure is off) and NICE
# CKS Sciatica (cauda equina: saddle numbness that stays, with back pain or a bladder change,
# is an emergency): a bicycle saddle's numbness gone on getting off, bladder as usual
SADDLE_PRESSURE: list[tuple[str, str]] = [
    ("S", "骑了一天自行车，下车后会阴有点麻，休息一会儿就好了，小便正常"),
    ("S", "踩完单车屁股麻麻哋，落车行吓就冇事，屙尿正常"),
    ("S", "騎腳踏車兩小時後會陰部有點麻，下車休息就不麻了，小便正常"),
    ("E", "骑车后会阴麻木，下车休息也没好，而且尿不出来"),
    ("U", "这两天屁股周围发麻，擦屁股都没感觉"),
]

KINDS: list[tuple[str, str]] = (
    MISSED_SESSIONS
    + PATCH_GONE_BLACK
    + CONDITION_YEARS
    + DAILY_ROUTINE
    + NEGATIVE_TEST
    + FOOD_COLOURED_PEE
    + JET_LAG
    + CROOKED_NOT_FACE
    + FEWER_MOVEMENTS
    + STRAY_CAT
    + PARKINSONS_MEDICINE
    + BITE_LARGE_RED
    + CHILD_SPINE
    + SADDLE_PRESSURE
)

# sentences still wrong, each with why (strict xfails)
# (周一那次没去, open here in session 40, reads right since rules-gg, session 41: 那次 naming
# this week's session is a pseudo-cue in cues.yaml)
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(KINDS, OPEN))
def test_kind_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# the Chinese rows of set 55 closed here; the rest are named in the report
SET55_ZH_ROWS: list[str] = [
    "f55-zh-emg-009",
    "f55-zh-emg-013",
    "f55-zh-urg-009",
    "f55-zh-urg-011",
    "f55-zh-urg-014",
    "f55-zh-urg-015",
    "f55-zh-urg-018",
    "f55-zh-nur-007",
    "f55-zh-nur-016",
    "f55-zh-slf-005",
    "f55-zh-slf-006",
    "f55-zh-slf-007",
    "f55-zh-slf-008",
    "f55-zh-slf-010",
    "f55-zh-slf-012",
    "f55-zh-slf-016",
    "f55-zh-slf-020",
]

_DATA = Path(__file__).parent / "data" / "fresh_levels_55.jsonl"
_BY_ID = {
    row["id"]: row
    for row in (json.loads(line) for line in _DATA.read_text(encoding="utf-8").splitlines())
}


# rows left open, each with why (strict xfails)
# (f55-zh-nur-016, one episode of blood in semen, reads right since 2a393b3: blood in semen is a
# GP's by NHS.uk blood in semen, whatever the age)
OPEN_ROWS: dict[str, str] = {
    "f55-zh-slf-012": "many small painless white spots on the scrotal skin: NHS.uk genital warts "
    "sends lumps or growths on the genitals to a GP or a sexual health clinic and the words cannot "
    "tell harmless spots from warts; the gold's 'NHS lumps and spots on the scrotum' is no page "
    "this helper can name, so it is not lowered to self-care",
}


@pytest.mark.parametrize(
    "row_id",
    rows_with_open(SET55_ZH_ROWS, OPEN_ROWS),
)
def test_set55_zh_row_reaches_its_gold(rules: RuleSet, row_id: str) -> None:
    row = _BY_ID[row_id]
    level, hits = rules_only_level(row["text"], rules)
    assert level.value == row["gold_triage"], (level, [h.rule_id for h in hits])
