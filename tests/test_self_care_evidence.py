"""Positive self-care evidence the decision missed, by kind (rules-by, session 32): each kind
reaches ``self_care`` in the sender's own words, and its look-alikes (the same complaint with a
red flag, too long, getting worse, or in a baby) stay ``non_urgent`` or higher.

Written from the published pages each kind names, with sentences of this file's own in English
and Chinese (simplified and traditional, Mandarin, Cantonese and Taiwan usage):

- muscles that ache in the day or two after unaccustomed exertion (a first run, a leg day, a
  day's digging, painting a ceiling, a house move): NHS.uk muscle pain and back pain (rest,
  painkillers, keep moving; a GP if not better in weeks). Dark or cola-coloured urine after it is
  rhabdomyolysis, never this;
- a body function said to be normal is a check, not a complaint: "pee colour normal",
  "weeing normally", 尿颜色正常 open no urinary family (NICE CKS UTI is a complaint of
  passing urine, not its absence);
- a child back to their usual self after a minor illness (watching telly, asking for food,
  running about): NICE NG143 green features (normal activity, content, responds normally);
  a baby under 3 months, a fever of 5 days or a drowsy child stay higher;
- a hangover said as the night's drinking ("a big night", "lots of wine", 喝大了, 饮大咗):
  NHS.uk hangover (rest, water, painkillers; alcohol poisoning signs are 999);
- a sore arm after a vaccine in an adult or an older child: NHS.uk flu vaccine and COVID-19
  vaccine side effects (a sore arm, aches, tiredness for a day or two; swelling of the lips or
  breathing problems are the red flags');
- dry, gritty eyes after screen work, in Cantonese and traditional words (又乾又澀,
  好似入咗沙): NHS.uk dry eyes (a pharmacist; painful red eye or changed vision is urgent);
- cracked, sore corners of the mouth (嘴角裂, "cracked corners of my mouth"): NHS.uk sore or
  dry lips (lip balm, a pharmacist; a GP if hot, painful, red and swollen);
- a cold in a baby over 3 months who feeds and wets nappies as usual: NHS.uk common cold and
  NICE NG143 green (a baby under 3 months, a fever, poor feeding or hard breathing stay higher);
- the sender's own fright about a complaint ("I'm panicking!!", 吓到崩溃) opens no mental-health
  family: NICE CG123 assesses a person's own anxiety or low mood, which any other distress word
  still tells;
- both ankles puffy after a long flight or a day on one's feet, not painful: NHS.uk swollen
  ankles, feet and legs (oedema: usually goes by itself; one painful, hot or red leg is the
  urgent DVT of NHS.uk, breathlessness the red flags');
- a lump that came up on a knock or a jab is no unexplained NICE NG12 lump (a lump of the
  breast, neck, armpit, groin or testicle stays the GP's);
- the daily screen hours told as the cause (每天看电脑十个小时, 天天对着电脑) are no complaint
  coming every day: NHS.uk dry eyes and neck pain (screens and posture, self-help).

``S`` must end ``self_care``; ``N`` anything but ``self_care``; ``L`` below urgent; ``U`` at
least urgent; ``E`` an emergency.
"""

from __future__ import annotations

import pytest

from clinical.questions import load_questions
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk muscle pain; NHS.uk back pain
EXERTION_ACHES: list[tuple[str, str]] = [
    ("S", "Ran my first half marathon on Sunday and today my calves and thighs are stiff and achy"),
    ("S", "painted the hallway ceiling saturday, now my neck and shoulders ache, eases as I move"),
    ("S", "Dug the veg patch over yesterday, back and arms ache today, loosen up as I go"),
    ("S", "helped my brother move house at the weekend, arms and legs are stiff and achy today"),
    ("S", "周末第一次跑了半程马拉松，今天大腿小腿酸得很，下楼梯要扶着"),
    ("S", "前天练完腿，今天蹲下去站起来大腿好酸"),
    ("S", "上個禮拜六行完山，今日兩隻腳好痠，落樓梯痛，尿嘅顏色正常"),
    ("S", "第一次跑了五公里，今天兩條腿好酸，其他都好"),
    ("N", "Ran a marathon yesterday, my legs ache terribly and my wee is dark brown like cola"),
    ("N", "跑完马拉松两天了，大腿很酸，小便是酱油色"),
    ("N", "did leg day three weeks ago and my thigh still aches every day, getting worse"),
    ("N", "went to the gym yesterday and now my left calf is swollen, hot and red"),
    ("N", "练完腿三个星期了，大腿还是一直痛，越来越厉害"),
    ("E", "健身之后胸口压着痛，出冷汗，喘不上气"),
]

# NICE CKS UTI (a complaint of passing urine); the check said normal opens no family
NORMAL_FUNCTION: list[tuple[bool, str]] = [
    (False, "sore thighs after the gym, pee colour normal, not dark"),
    (False, "achy legs, my wee colour is normal"),
    (False, "he's had a cold, weeing normally and drinking fine"),
    (False, "peeing normally, no pain anywhere"),
    (False, "腿很酸，尿颜色正常，没有肿"),
    (False, "腰酸，小便颜色也正常"),
    (False, "尿的顏色正常，冇腫"),
    (True, "my pee is a dark colour and it stings"),
    (True, "it burns when I wee and I'm weeing more often"),
    (True, "尿颜色很深，尿尿的时候痛"),
    (True, "小便颜色不正常，好红"),
]

# NICE NG143 green features; NHS.uk fever in children
BACK_TO_USUAL_SELF: list[tuple[str, str]] = [
    ("S", "my son (4): temp 37.6 after Calpol, he's back to himself, eating toast, watching telly"),
    (
        "S",
        "My girl is 6, hot and grizzly last night, today she's back to herself, watching cartoons",
    ),
    ("S", "個仔四歲，琴晚發燒三十七度八，今朝又跑跑跳跳，睇緊卡通"),
    ("S", "孫子兩歲，昨天低燒，今天說說笑笑，又恢復精神了"),
    ("S", "儿子五岁，昨晚体温37.9，吃了退烧药，今天早上活蹦乱跳，在看电视"),
    ("U", "My 4 year old has a temperature of 38.5, she's drowsy and floppy and won't drink"),
    ("U", "Baby is 6 weeks old with a temperature of 38, but watching the mobile and feeding"),
    ("N", "My son has had a fever for 5 days, Calpol brings it down and he's back to himself then"),
    ("U", "宝宝两个月，发烧38度，但是在看动画片"),
    ("N", "孩子发烧五天了，退烧药一退就活蹦乱跳"),
    ("N", "son is back to himself by day but a barking cough every night for three weeks"),
]

# NHS.uk hangover
HANGOVER_SAID_AS_THE_NIGHT: list[tuple[str, str]] = [
    ("S", "Big night out yesterday, woke with a thumping head and queasy, drinking water fine"),
    (
        "S",
        "Had lots of wine at a wedding last night, headache and rough today, keeping fluids down",
    ),
    ("S", "昨晚应酬喝大了，今天头痛想吐，喝水没问题"),
    ("S", "琴晚同班朋友劈酒劈到三點，今朝頭痛，有啲想嘔，飲到水"),
    ("E", "Big night out, my friend drank loads and now we can't wake him and he's being sick"),
    ("N", "After a big night I've had a headache for 5 days that won't go"),
    ("E", "昨晚喝大了，今天早上吐了很多血"),
]

# NHS.uk flu vaccine and COVID-19 vaccine side effects
VACCINE_SORE_ARM: list[tuple[str, str]] = [
    ("S", "Had my flu jab yesterday and my arm is sore and a bit achy, no fever"),
    ("S", "covid booster this morning, arm sore where the needle went in, feel a bit tired"),
    ("S", "Got my tetanus jab at the walk-in today, upper arm aches but I can still lift it"),
    ("S", "昨天打了流感疫苗，今天胳膊有点酸痛，抬手会痛，没发烧"),
    ("S", "尋日打咗新冠針，今日手瓜好痠，冇發燒"),
    ("S", "打完疫苗兩天，手臂打針的地方有點痛，其他都好"),
    ("S", "爸爸七十八岁，前天打了流感疫苗，胳膊抬起来有点酸，精神好，吃饭正常"),
    ("U", "奶奶八十五岁，昨天打了流感疫苗，今天发烧38.5度，不想吃东西"),
    ("E", "Had my flu jab 10 minutes ago and now my lips are swelling and I'm wheezy"),
    ("N", "Had a vaccine a week ago and now the redness on my arm is spreading and hot"),
    ("E", "打完疫苗后嘴唇肿，喘不上气"),
    ("U", "my 2 month old had her jabs yesterday and has a temperature of 38.5"),
    ("N", "打完疫苗一个星期了，手臂还是又红又肿，越来越大"),
]

# NHS.uk dry eyes
DRY_GRITTY_EYES: list[tuple[str, str]] = [
    ("S", "對住電腦成日，眼好乾好澀，好似入咗沙，冇痛，睇嘢清楚"),
    ("S", "最近天天追剧，眼睛又干又涩，滴了人工泪液会舒服点"),
    ("S", "我眼睛澀澀的，像有沙子，看東西正常，不紅不痛"),
    ("S", "My eyes feel gritty and tired after long days on the laptop, vision fine, no pain"),
    ("U", "眼睛又乾又痛，睇嘢矇咗，見光好刺"),
    ("N", "眼睛干涩三个月了，滴眼药水没用，越来越严重"),
    ("E", "got bleach in my eye, now it's gritty and burning"),
]

# NHS.uk sore or dry lips
CRACKED_MOUTH_CORNERS: list[tuple[str, str]] = [
    ("S", "两边嘴角干裂，张嘴有点疼，天气太干了"),
    ("S", "嘴角爆拆，一擘大口就痛，用乜嘢膏好？"),
    ("S", "The corners of my mouth are cracked and sore since the cold snap, what cream helps?"),
    ("S", "嘴角裂開，吃東西會刺痛，最近一直舔嘴唇"),
    ("N", "嘴角裂口红肿发热，流脓，越来越大"),
    ("N", "the corners of my mouth have been cracked for three months and nothing helps"),
]

# NHS.uk common cold; NICE NG143 green features (a baby over 3 months feeding as usual)
BABY_COLD_FEEDING: list[tuple[str, str]] = [
    ("S", "My 7 month old has a blocked nose, feeding well and plenty of wet nappies"),
    ("S", "宝宝九个月，这两天鼻塞流鼻涕，吃奶正常，尿布也湿，没发烧"),
    ("S", "BB六個月，鼻塞，飲奶要停一停但都飲得晒，尿片正常，冇發燒"),
    ("U", "宝宝两个月，鼻塞，吃奶正常"),
    ("N", "宝宝六个月，鼻塞，发烧38.5度，吃奶正常"),
    ("U", "my 5 month old has a runny nose, feeding less than half her usual and few wet nappies"),
    ("E", "宝宝七个月，感冒鼻塞，吃奶正常，但是呼吸很快，肋骨下面凹进去"),
]

# NICE CG123 (a person's own anxiety or low mood is assessed); the sender's fright about a
# complaint is no such complaint, and any other distress word still is
SENDER_FRIGHT: list[tuple[str, str]] = [
    ("S", "I'm panicking!! my 6 year old grazed his knee on his scooter, cleaned it, he's playing"),
    ("S", "now I'm panicking, my daughter (5) has a runny nose and a cough, but she's playing"),
    ("S", "我儿子擦破了膝盖，我吓到崩溃，洗干净了，他又跑去玩了"),
    ("N", "I'm panicking all the time, I feel hopeless and can't sleep"),
    ("N", "panicking!! I keep having panic attacks every day this month"),
    ("N", "我最近天天都很焦虑，吓到崩溃，睡不着"),
    ("E", "I'm panicking, my baby is floppy and won't wake up"),
]

# NHS.uk swollen ankles, feet and legs (oedema); NHS.uk DVT (one leg, painful: urgent)
ANKLES_AFTER_A_LONG_JOURNEY: list[tuple[str, str]] = [
    ("S", "Long-haul flight back from Singapore, both my ankles are puffy tonight, not painful"),
    ("S", "Stood all day at a wedding, both my feet and ankles are swollen tonight, no pain"),
    ("S", "坐了十几个小时长途飞机，下飞机两只脚踝都肿了，不痛不红"),
    ("S", "搭完長途機，兩邊腳眼都腫咗，唔痛唔紅"),
    ("U", "Long-haul flight yesterday, my left calf is swollen and painful"),
    ("E", "after a long flight both ankles swelled and now I'm short of breath with chest pain"),
    ("N", "both ankles have been swollen for 3 weeks since my long flight and getting worse"),
    ("U", "长途飞机回来，左边小腿又肿又痛"),
]

# NICE NG12 (an unexplained lump: a referral) - a lump that came up on a knock or a jab is
# explained: NICE NG232 / NHS.uk head injury (a bump with no warning sign) and NHS.uk vaccine
# side effects; a lump of the breast, neck, armpit, groin or testicle stays the GP's
KNOCK_OR_JAB_LUMP: list[tuple[str, str]] = [
    (
        "S",
        "My son (7) bumped his head on the door frame, a lump came up, no sickness, he's playing",
    ),
    ("S", "Banged my shin on the coffee table yesterday, a lump came up, walking on it fine"),
    ("S", "女儿三岁，额头撞到桌角，起了一个肿块，没吐，在玩"),
    ("S", "儿子四岁，前天打完疫苗，大腿打针的地方有个小肿块，精神很好，吃饭正常"),
    ("N", "Found a new lump in my breast in the shower, it doesn't hurt"),
    ("N", "I bumped my neck last week and now there's a lump in my neck that hasn't gone down"),
    ("N", "摔了一跤之后发现乳房有个肿块"),
    ("N", "腋下有个肿块，之前撞到过，两个月了还没消"),
    ("N", "睾丸上摸到一个硬块，之前踢球被踢到过"),
]

# NHS.uk dry eyes and neck pain (screens and posture as the cause: self-help, a pharmacist):
# the daily screen hours told as the cause (每天看电脑十个小时) are no complaint coming every day
DAILY_SCREEN_HABIT: list[tuple[str, str]] = [
    ("S", "每天对着电脑八个小时，眼睛干干涩涩的，眨眨眼就舒服点，看东西清楚"),
    ("S", "我每天看手机好几个小时，最近眼睛有点干，不红不痛"),
    ("S", "每日盯住部電腦十幾個鐘，下晝對眼好乾好澀，視力正常"),
    ("N", "每天看电脑都头痛，已经两个月了"),
    ("U", "每天看电脑，今天眼睛突然很痛，看东西模糊"),
    ("N", "天天对着电脑，眼睛干涩，滴眼药水三个月都没用"),
    ("N", "每天都眼睛干，看电脑就更厉害，越来越严重"),
]

CASES = [
    *EXERTION_ACHES,
    *BACK_TO_USUAL_SELF,
    *HANGOVER_SAID_AS_THE_NIGHT,
    *VACCINE_SORE_ARM,
    *DRY_GRITTY_EYES,
    *CRACKED_MOUTH_CORNERS,
    *BABY_COLD_FEEDING,
    *SENDER_FRIGHT,
    *ANKLES_AFTER_A_LONG_JOURNEY,
    *KNOCK_OR_JAB_LUMP,
    *DAILY_SCREEN_HABIT,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_self_care_evidence_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)  # S: self-care with no red flag; N: not self-care


@pytest.mark.parametrize(("urinary", "text"), NORMAL_FUNCTION)
def test_a_normal_body_function_opens_no_urinary_family(
    rules: RuleSet, urinary: bool, text: str
) -> None:
    families = load_questions().families_for([text], rules)
    assert ("urinary" in families) is urinary, families
