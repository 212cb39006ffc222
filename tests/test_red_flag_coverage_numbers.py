"""Numbers people type from home devices, and counts: pulse oximeter, blood pressure cuff,
glucose and ketone meters, thermometers in °C and °F, smartwatch alerts, peak flow, wet
nappies, a fit's minutes.

Written from the published thresholds named above each group, before any rule changed, in our
own words (English and Chinese, simplified and traditional, Chinese numerals, °F, mg/dL, units
left out, no punctuation). Codes (``tests.rule_levels.assert_reaches``): ``E`` must end
``emergency``; ``=U`` must end exactly ``urgent`` (the source says same day, not 999); ``L``
must end below ``urgent`` (a normal reading asked about); ``!E`` anything but ``emergency``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS "how to use a pulse oximeter at home" / NHS England COVID Oximetry @home: 92% or less,
# go to A&E or call 999; 93% or 94%, call a GP or 111 the same day; 95% and above is usual.
OXIMETER: list[tuple[str, str]] = [
    ("E", "sats 89 and breathless"),
    ("E", "the oximeter on my finger says 91%"),
    ("E", "covid day 6 oxygen 92 on my pulse oximeter"),
    ("E", "spo2 88 after covid"),
    ("E", "血氧八十九"),
    ("E", "我妈新冠第五天 血氧只有90%"),
    ("E", "血氧飽和度九十二 有點喘"),
    ("E", "指夹血氧仪显示91"),
    ("=U", "covid day 4 and my oxygen is 94% on the finger monitor"),
    ("=U", "sats 93 at rest with covid, a bit more tired"),
    ("=U", "血氧94 新冠第三天"),
    ("=U", "血氧仪测了两次都是九十三"),
    ("L", "sats 97 with a cold is that ok"),
    ("L", "oxygen 98% just a runny nose and sore throat"),
    ("L", "血氧98 有点感冒流鼻涕"),
    ("L", "血氧九十七 咳嗽两天 没有发烧"),
]

# NICE NG136 (same-day specialist referral at 180/120 or more with new confusion, chest pain,
# signs of heart failure or retinal signs); NHS.uk high blood pressure (999 with chest pain,
# breathlessness, sudden vision change or a severe headache); 180/120 or more without symptoms:
# same day.
BLOOD_PRESSURE: list[tuple[str, str]] = [
    ("E", "BP 200/115 and the worst headache I've had my vision is blurry"),
    ("E", "190 over 120 on the home cuff and my vision has gone blurry"),
    ("E", "blood pressure 185/125 with chest pain"),
    ("E", "血压190/125 胸口闷 喘不过气"),
    ("E", "高压一百八 低压一百二 看东西模糊"),
    ("E", "血壓一百九十比一百二十 眼睛看不清楚"),
    ("E", "bp 182/122 and really short of breath"),
    ("=U", "my blood pressure machine says 185/122 I feel fine"),
    ("=U", "BP 200/115 no symptoms at all just checked at home"),
    ("=U", "血压一百九十比一百一十五 没什么不舒服"),
    ("=U", "上压180 下压110 其他都好"),
    ("=U", "bp 170/124 on the machine at the chemist no symptoms"),
    ("L", "bp 135/85 once at the pharmacy is that bad"),
    ("L", "血压130/85 正常吗"),
]

# NHS.uk low blood sugar (hypoglycaemia): below 4 mmol/L; call 999 if too drowsy to eat or drink,
# cannot swallow, fitting or unconscious. Meters read "LO" below about 1.1 mmol/L.
HYPO: list[tuple[str, str]] = [
    ("E", "sugar 2.1 and he's very drowsy"),
    ("E", "my dad's sugar is 2.4 and he can't swallow the juice"),
    ("E", "meter says LO and she's confused"),
    ("E", "his glucose meter just says LO and he won't wake up properly"),
    ("E", "血糖二点八 叫不太醒"),
    ("E", "血糖仪显示LO 人迷迷糊糊的"),
    ("E", "血糖36mg/dl 意識不清"),
    ("=U", "blood sugar 2.6 on my meter had some juice"),
]

# NHS.uk high blood sugar (hyperglycaemia, over 11 mmol/L): very sleepy, confused or fast deep
# breathing, hospital; being sick or tummy pain, the diabetes team at once (same day), and with
# 20 or more NICE NG17 DKA (A&E); JBDS-IP: a meter's "HI" is above about 33 mmol/L (hyperosmolar
# range, 30 or more). mg/dL divided by 18. The two "sick" sentences at 13-14 were added after
# the first run, when a probe showed the first version sent them to emergency.
HYPER: list[tuple[str, str]] = [
    ("E", "type 1 sugar 28 mmol and I keep vomiting"),
    ("E", "blood sugar 450 mg/dl and throwing up with tummy pain"),
    ("E", "meter says HI and he's being sick and really sleepy"),
    ("E", "血糖打不出来显示HI 一直吐"),
    ("E", "血糖二十五 肚子痛 吐了三次"),
    ("=U", "type 2 sugar 13 and I've been sick once with a tummy bug"),
    ("=U", "血糖十四 吐了一次 其他还好"),
    ("=U", "glucose meter keeps reading HI this morning I feel alright"),
    ("=U", "血糖34 没有其他不舒服"),
    ("L", "sugar 8.2 after lunch is that ok"),
    ("L", "血糖6.5 空腹 正常吗"),
]

# NHS.uk diabetic ketoacidosis: blood ketones under 0.6 normal, 0.6 to 1.5 test again in 2 hours,
# 1.6 to 3 speak to the diabetes team, over 3 call 999 or go to A&E.
KETONES: list[tuple[str, str]] = [
    ("E", "ketones 3.4"),
    ("E", "blood ketones are 3.8 on the meter"),
    ("E", "酮体3.5"),
    ("E", "血酮四点二 孩子一型糖尿病"),
    ("E", "blood ketones 1.8 and throwing up"),
    ("=U", "ketones 2.1 not vomiting feel ok"),
    ("=U", "血酮1.9 没有吐"),
    ("L", "ketones 0.2 this morning all fine"),
    ("!E", "ketones 0.4 but I have a tummy bug and have been sick once"),
]

# NICE NG143 traffic lights: 38 °C or more under 3 months red; 39 °C or more at 3 to 6 months
# amber; NHS.uk hypothermia below 35 °C (999 when confused or drowsy); °F converted.
THERMOMETER: list[tuple[str, str]] = [
    ("E", "6周大的宝宝 腋温38.5"),
    ("E", "my 7 week old's temp is 100.8F"),
    ("E", "宝宝两个月 三十八度二"),
    ("E", "寶寶八週 耳溫38.3度"),
    ("E", "my 8 week old baby is 38.4 and not feeding"),
    ("=U", "我女儿四个月 肛温39.2"),
    ("=U", "my 5 month old has a temp of 102.5F"),
    ("=U", "宝宝五个月 烧到三十九度八"),
    ("E", "nan is 88 her temperature is 34.6 and she's confused"),
    ("E", "奶奶88岁 体温34.8 说话含糊"),
    ("L", "37.6 after a run is that a fever"),
    ("L", "temp 99.5F after the gym"),
    ("L", "体温37.4 有点鼻塞"),
    ("!E", "38.4 and a sore throat, I'm 30"),
]

# NICE CKS palpitations / bradycardia, ESI danger zone: a resting heart rate under 40 with
# faintness or over 130 with symptoms; NHS.uk atrial fibrillation: an irregular pulse without
# symptoms is a GP appointment, with chest pain or fainting 999.
WATCH: list[tuple[str, str]] = [
    ("E", "my watch says my heart rate is 35 and I feel faint"),
    ("E", "apple watch low heart rate alert 38 dizzy"),
    ("E", "watch shows heart rate 170 sitting still and chest tight"),
    ("E", "手表显示心率170 坐着不动 头晕"),
    ("E", "手环提示心率只有36 头晕想吐"),
    ("E", "watch says AFib detected and I have chest pain"),
    ("E", "watch said AF detected and I almost passed out"),
    ("!E", "my watch gave an AF alert last month, the cardiologist checked it, all normal"),
    ("L", "my watch said AFib detected once last week I feel completely fine"),
    ("L", "watch says resting heart rate 52 I'm a runner feel great"),
    ("!E", "智能手表提示房颤 我没有任何不舒服"),
    ("!E", "my watch fall detection went off but I just sat down hard, I'm fine"),
]

# BTS/SIGN British guideline on asthma: peak flow 33-50% of best acute severe, under 33%
# life-threatening; Asthma + Lung UK action plan zones (red: 999, amber: same-day GP).
PEAK_FLOW: list[tuple[str, str]] = [
    ("E", "peak flow 150 my best is 450"),
    ("E", "peak flow is 200, normally 500, wheezy"),
    ("E", "峰流速120 平时400"),
    ("E", "in the red zone on my asthma plan"),
    ("E", "peak flow 40% of my best"),
    ("E", "最大呼气流量只有平时的一半 喘"),
    ("=U", "peak flow 320 best is 450 bit wheezy"),
    ("=U", "asthma plan says amber zone today"),
    ("L", "peak flow 430 my best is 450 just checking"),
]

# NHS.uk dehydration (babies: fewer wet nappies, an urgent GP or 111); NICE NG143 amber
# (reduced urine output); a baby who is drowsy as well is NG143 red.
NAPPIES: list[tuple[str, str]] = [
    ("=U", "my 4 month old has only had 2 wet nappies in 24 hours"),
    ("=U", "no wet nappy for 12 hours 5 month old"),
    ("=U", "宝宝4个月 24小时只有两片湿尿布"),
    ("=U", "寶寶十二個小時沒有濕尿布"),
    ("E", "only one wet nappy since yesterday and she's floppy and hard to wake"),
    ("L", "6 wet nappies today feeding fine just a runny nose"),
    ("L", "尿布一天湿七八次 吃奶正常 就是有点鼻塞"),
]

# Written after the first run, when br_levels showed the first version moving rows away from
# their gold: a reading at the person's own usual (NHS.uk pulse oximeter at home: unless a
# clinician gave another number), and a reliever lasting 4 hours or less (Asthma + Lung UK:
# an attack coming, a GP the same day) once the bare words "peak flow" were no same-day sign.
AFTER_FIRST_RUN: list[tuple[str, str]] = [
    ("L", "sats 94 with my COPD, that's my usual, I feel the same as always"),
    ("=U", "sats 93 and my usual is 97, more breathless with this cold"),
    ("=U", "my blue inhaler only lasts 4 hours with this cold and my peak flow is 85% of my best"),
    ("=U", "一型糖尿病 血糖一直二十多 血酮1.2 没有吐"),
]

# NICE NG133 Hypertension in pregnancy: a new reading of 140/90 or more (either number) in
# pregnancy is a same-day assessment; 160/110 or more severe (an emergency, rules as before).
PREGNANCY_BP: list[tuple[str, str]] = [
    ("=U", "34 weeks pregnant and my home blood pressure is 145/92, no headache"),
    ("=U", "pregnant 30 weeks bp 138/94 on the machine, feel fine"),
    ("=U", "怀孕二十八周 血压一百四十二比八十八 没有不舒服"),
    ("=U", "懷孕三十三週 在家量血壓141/90"),
    ("E", "36 weeks pregnant bp 165/112 and a bad headache"),
    ("L", "pregnant 25 weeks, blood pressure 118/72 at the midwife, all fine"),
]

# BTS/SIGN asthma and the Asthma + Lung UK action plan green zone (80% of best or more: keep
# taking the preventer); the words "peak flow" with a good reading are no same-day sign.
PEAK_FLOW_GOOD: list[tuple[str, str]] = [
    ("L", "my peak flow is 480 and my best is 500, just a runny nose"),
    ("L", "峰流速400，平时最好是420，就是有点鼻塞"),
]

# NHS.uk epilepsy / what to do if someone has a seizure: call 999 if it lasts more than 5
# minutes; a first fit is a 999 call.
FITS: list[tuple[str, str]] = [
    ("E", "he's been fitting for 6 minutes"),
    ("E", "抽了七八分钟还没停"),
    ("E", "seizure lasted 10 mins first one ever"),
]

CASES: list[tuple[str, str]] = [
    *OXIMETER,
    *BLOOD_PRESSURE,
    *HYPO,
    *HYPER,
    *KETONES,
    *THERMOMETER,
    *WATCH,
    *PEAK_FLOW,
    *NAPPIES,
    *FITS,
    *AFTER_FIRST_RUN,
    *PREGNANCY_BP,
    *PEAK_FLOW_GOOD,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_home_device_numbers(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
