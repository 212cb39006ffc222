"""Messages about fasting and diet, English and Chinese (simplified, Hong Kong, Taiwan), as
people type them: Ramadan and intermittent fasting, skipped meals, keto and crash diets, juice
cleanses and detox teas, slimming pills, a lot of water or very little, a big meal.

Written by the rules helper of session 37 (rules-df) from the kind alone, no set's rows read.
Two directions: the diet must not hide a danger (the writer blaming the fast for a hypo, the
keto diet for ketoacidosis, the slimming pill for overheating) nor invent one (a hungry
headache on a fast day, mild bloating from a cleanse, a caffeine headache, a big meal's
heartburn). Sources: NHS.uk low blood sugar (999 if drowsy, confused, fitting or unable to
swallow; treat at home when mild and it settles), NHS.uk diabetic ketoacidosis (vomiting,
tummy pain, fruity breath, deep breathing, drowsiness: A&E), MHRA SGLT2 inhibitors, NHS.uk /
TOXBASE DNP (overheating, fast heart: 999), NHS.uk eating disorders (see a GP), NHS.uk
hyponatraemia (confusion, fits), NHS.uk food poisoning (self-care; 111 with blood, signs of
dehydration or vomiting over 2 days), NHS.uk dehydration, NHS.uk gout (urgent with a high
temperature), NHS.uk heartburn (GP after 3 weeks), RCUK anaphylaxis, RCOG reduced fetal
movements, NICE NG232 head injury.

Codes: ``E`` emergency, ``U`` urgent or above, ``=U`` exactly urgent, ``G`` exactly non_urgent
(a GP within days), ``L`` below urgent, ``S`` self-care with no red flag, ``!E`` not an
emergency. The first 81 sentences were written before any rule change and run on 6c164b5's
rules: 14 were wrong (6 dangers below their level: ketoacidosis on an SGLT2 inhibitor and keto,
EN and ZH; DNP overheating, EN and ZH; laxatives with palpitations; 食物中毒 with blood in the
poo; 8 mild messages raised: a Ramadan, caffeine or skipped-meal headache or shakiness, water
drunk, a rumbling tummy at non_urgent, and nutritional ketosis on keto without diabetes at
urgent). A probe of 26 sentences after the first changes kept 10 (PROBE, 3 wrong before) and 3
typo checks (TYPOS, right before and after). After: 1 of 94 wrong, a strict xfail (OPEN).
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches, with_open

DANGERS_EN: list[tuple[str, str]] = [
    # NHS.uk low blood sugar: 999 if confused, drowsy or not able to swallow
    (
        "E",
        "my husband is type 1 and fasting for ramadan, he's sweaty and confused and can't "
        "swallow the juice i'm giving him",
    ),
    ("E", "dad's diabetic and skipped lunch, now he's really drowsy and not making any sense"),
    (
        "E",
        "mum is on insulin, didn't eat all day because of the fast, we can't wake her up properly",
    ),
    ("E", "my brother has diabetes and was fasting, he just had a fit"),
    # NHS.uk DKA (A&E) / MHRA SGLT2 inhibitors: ketoacidosis on a keto diet
    (
        "E",
        "doing keto and i'm on empagliflozin, been vomiting all day with tummy pain and "
        "breathing really deep and fast",
    ),
    (
        "E",
        "type 1, on a juice cleanse, keep throwing up, breath smells like pear drops and i'm "
        "so sleepy",
    ),
    ("E", "on dapagliflozin and doing a 3 day fast, ketones are 4.2, feel sick and breathless"),
    # NHS.uk / TOXBASE DNP: overheating, fast heart, sweating: 999
    (
        "E",
        "took fat burner pills i bought online, think they were DNP, now i'm burning up, "
        "pouring with sweat and my heart is racing",
    ),
    # NHS.uk hyponatraemia: confusion and fits after too much water
    (
        "E",
        "she drank about 6 litres of water for a detox challenge and now she's confused and "
        "had a seizure",
    ),
    # RCUK anaphylaxis: a new food, swelling throat, breathing
    (
        "E",
        "tried peanut satay for the first time, lips and throat swelling up and it's hard to "
        "breathe",
    ),
    # NICE NG232: fainted from fasting, hit the head, vomiting since
    ("E", "fainted on my fast and banged my head on the floor, been sick twice since"),
    # NHS.uk eating disorders: fainting with chest pain (urgent or A&E)
    (
        "U",
        "my daughter has been starving herself to lose weight, she fainted today and says "
        "her chest hurts",
    ),
    # NHS.uk laxative misuse / low potassium: palpitations and weakness
    (
        "U",
        "been taking loads of laxatives to lose weight, my heart keeps fluttering and my "
        "legs feel weak",
    ),
    # RCOG reduced fetal movements while fasting in pregnancy
    ("U", "i'm 32 weeks pregnant and fasting for ramadan, baby hasn't moved much today"),
    # NHS.uk food poisoning / dehydration: 111 (urgent)
    ("=U", "food poisoning from a takeaway, vomiting for 3 days now and can't keep water down"),
    ("U", "food poisoning since yesterday and now there's blood in my diarrhoea"),
    (
        "=U",
        "fasting in this heat, barely drank anything, haven't had a wee since this morning "
        "and dizzy when i stand",
    ),
    # NHS.uk gout: urgent with a very high temperature
    (
        "=U",
        "after the wedding feast my big toe is hot, red and swollen and i've got a "
        "temperature of 38.9",
    ),
    # NHS.uk DKA / Diabetes UK: blood ketones 1.6 to 2.9, contact the team today
    ("=U", "type 1 and doing intermittent fasting, my ketones are 2.1 and i feel a bit sick"),
]

DANGERS_ZH: list[tuple[str, str]] = [
    # NHS.uk low blood sugar: 999
    ("E", "我爸有糖尿病 斋月在禁食 现在叫不醒 满头大汗"),
    ("E", "我妈打胰岛素 早餐没吃 现在说话糊里糊涂 喂糖水都吞不下"),
    # Hong Kong: drowsy and hard to rouse after a missed meal
    ("E", "阿嫲有糖尿病 冇食晏 而家好眼瞓 叫極都唔醒"),
    # NHS.uk DKA / MHRA SGLT2
    ("E", "我在吃生酮 又在吃达格列净 吐了一天 肚子痛 呼吸又深又快"),
    ("E", "一型糖尿病 断食三天 一直呕 口气有烂苹果味 好想睡"),
    # DNP
    ("E", "吃了网上买的减肥药 现在全身发烫 大汗淋漓 心跳好快"),
    # hyponatraemia
    ("E", "她为了排毒一天喝了五六升水 现在人糊涂 刚刚抽搐了"),
    # RCUK anaphylaxis, Hong Kong
    ("E", "第一次食花生 嘴唇同喉嚨腫晒 唞唔到氣"),
    # Taiwan: eating disorder, fainting with chest pain
    ("U", "我女兒一直節食減肥 剛剛昏倒 說胸口痛"),
    # Taiwan: enzyme slimming drink, bloody diarrhoea, dizzy
    ("U", "喝了減肥酵素 一直拉肚子 拉到有血 頭暈站不起來"),
    # NHS.uk food poisoning, dehydration
    ("=U", "食物中毒 吐了三天 一口水都喝不下"),
    ("U", "食物中毒 大便有血"),
    # NHS.uk gout with a high temperature, Hong Kong
    ("=U", "飲宴食咗好多海鮮 大腳趾又紅又腫又熱 仲發燒三十九度"),
    # Diabetes UK ketones 1.6-2.9
    ("=U", "一型糖尿病 轻断食 酮体2.1 有点恶心"),
    # RCOG reduced fetal movements
    ("U", "怀孕32周 在封斋 今天宝宝胎动少了很多"),
]

# A GP within days (NHS.uk eating disorders, heartburn after 3 weeks, recurrent gout, amenorrhoea)
GP_EN: list[tuple[str, str]] = [
    ("G", "been on a crash diet, lost 15kg in 4 months and my periods have stopped"),
    ("G", "my gout flares up every time i have a big meal, that's the third time this year"),
    ("G", "heartburn most days for the last 5 weeks since i started eating late after fasting"),
    ("G", "been taking slimming pills from the gym for months and my hair is falling out"),
    (
        "N",
        "i think i have an eating disorder, i keep making myself sick after meals and can't stop",
    ),
]

GP_ZH: list[tuple[str, str]] = [
    ("G", "节食减肥半年 瘦了十五公斤 月经三个月没来了"),
    ("G", "一吃大餐痛风就发作 今年第三次了"),
    ("G", "火燒心差唔多日日都有 已經一個月"),
    ("N", "我吃完东西就忍不住去催吐 控制不了 很担心自己"),
]

# The diet as the (harmless) cause: nothing invented
MILD_EN: list[tuple[str, str]] = [
    ("S", "first day of ramadan and i've got a headache by the afternoon, i'm not diabetic"),
    ("S", "doing 16:8 intermittent fasting, get a bit hungry and grumpy before lunch"),
    ("S", "started a juice cleanse, feeling a bit bloated and gassy"),
    ("S", "cut out coffee for my detox and have had a dull headache for 2 days"),
    ("S", "ate way too much at christmas dinner, got heartburn now"),
    ("S", "day 3 of keto, bit tired with a mild headache, no diabetes"),
    ("L", "this detox tea has me running to the loo all day, otherwise fine"),
    ("L", "felt a bit lightheaded just before iftar, fine once i ate"),
    ("S", "on a diet, skipped breakfast and felt shaky, had a biscuit and it passed, not diabetic"),
    (
        "L",
        "type 1, fasting today, sugar went to 3.6 and i was shaky, had glucose tablets and "
        "it's back to 5.8 and i feel fine",
    ),
    ("S", "had some dodgy chicken last night, bit of diarrhoea this morning, drinking fine"),
    ("L", "my breath smells bad when i'm fasting, i don't have diabetes"),
    ("S", "drank loads of water today to hit my goal, just peeing a lot"),
    ("L", "had a big curry and now my stomach is rumbling and i feel full"),
    ("!E", "so hungry on this fast i could die lol, bit of a headache"),
    (
        "L",
        "tried a new protein shake and got a few itchy spots on my arm, no swelling, "
        "breathing fine",
    ),
    ("!E", "my heart was racing after 3 energy drinks on an empty stomach, settled now"),
    # nutritional ketosis on a keto diet without diabetes is the diet working, not DKA (NHS.uk
    # DKA is a complication of diabetes): a dark ketone strip or keto breath alone raises nothing
    (
        "L",
        "no diabetes, day 4 of keto, my ketone strips are dark purple which is what i wanted, "
        "bit of keto flu and a little nauseous",
    ),
    ("L", "on keto and my partner says my breath smells like nail polish, feel fine, not diabetic"),
]

MILD_ZH: list[tuple[str, str]] = [
    ("S", "斋月第一天 下午有点头痛 应该是饿的"),
    ("S", "16:8轻断食 中午前有点饿 有点烦躁"),
    ("L", "喝了减肥茶 一直跑厕所 没有其他不舒服"),
    ("S", "喝果汁排毒第二天 肚子有点胀气"),
    ("S", "戒咖啡第二天 头有点痛"),
    ("S", "过年吃太多 胃胀 有点反酸"),
    ("S", "生酮第三天 有点累 头有点痛 我没有糖尿病"),
    ("S", "食咗好多火鍋 有啲胃脹"),
    ("L", "斷食的時候站起來有點頭暈 吃了東西就好了"),
    ("S", "我沒有糖尿病 減肥沒吃早餐 手有點抖 吃了餅乾就好了"),
    ("S", "吃了酵素 肚子咕噜咕噜叫"),
    ("S", "尋晚食咗啲唔新鮮嘅嘢 今朝肚屙咗兩次 飲到水"),
    ("L", "一型糖尿病 断食 血糖3.6 手抖 吃了葡萄糖片 现在5.9 没事了"),
    ("!E", "饿死了 断食好辛苦 有点头晕"),
    ("L", "喝太多水了 一直想上厕所"),
    ("L", "减肥不吃晚饭 晚上饿得睡不着"),
    ("L", "我没有糖尿病 生酮第五天 尿酮试纸变深紫色 有点恶心"),
]

# A probe written after the first rule changes (26 sentences, run on the rules before them and
# after): these 10 kept, 3 of them wrong before (marked)
PROBE: list[tuple[str, str]] = [
    # NHS.uk diarrhoea and vomiting / dehydration: dizzy on standing with diarrhoea (wrong before)
    (
        "U",
        "did a juice cleanse, now i've got diarrhoea 8 times today and i'm dizzy when i stand up",
    ),
    ("U", "喝果汁排毒 今天拉了八次 站起来头晕"),  # wrong before
    # TOXBASE DNP, Hong Kong (wrong before: 成身好熱 not read as overheating)
    ("E", "食咗減肥藥 成身好熱 出好多汗 心跳好快"),
    (
        "N",
        "fasting for ramadan, type 2 on gliclazide, felt shaky and sweaty before iftar, sugar 3.2",
    ),
    ("E", "i'm breastfeeding and doing keto, vomiting and breathing really fast, ketones high"),
    ("S", "fasting today and i feel a bit tired and irritable"),
    (
        "S",
        "intermittent fasting and i get a bit lightheaded when i stand up fast, goes in a few "
        "seconds",
    ),
    ("S", "轻断食 有点累 有点烦躁"),
    ("S", "減肥茶喝了拉了兩次 其他都還好"),
    ("S", "我好肚餓 斷食第二日 有啲頭痛"),
]

# Speller hazard: the new single words (fasting, keto, overheated...) leave typos of nearby
# rule words corrected as before ("fanting" is as near "fasting" as "fainting")
TYPOS: list[tuple[str, str]] = [
    ("E", "my mum is diabetic and keeps fanting and she's confused"),
    ("E", "he had a ketons reading of 4 and is vomitting"),
    ("E", "type 1 and my ketoness are high and i'm vomiting"),
]

# Still wrong, and why (strict: a fix must remove its entry).
OPEN: dict[str, str] = {
    "drank loads of water today to hit my goal, just peeing a lot": "peeing a lot is the "
    "urinary family, whose floor is non_urgent (NICE CKS UTI); NHS.uk peeing more than usual "
    "names drinking a lot as a cause, but a lift on the water drunk would also lift a mild UTI "
    "said with water drunk to flush it",
}

CASES = DANGERS_EN + DANGERS_ZH + GP_EN + GP_ZH + MILD_EN + MILD_ZH + PROBE + TYPOS


def _reaches(rules: RuleSet, expected: str, text: str) -> None:
    if expected == "G":
        level, hits = rules_only_level(text, rules)
        assert level is Disposition.NON_URGENT, (level, [h.rule_id for h in hits])
    else:
        assert_reaches(rules, expected, text)


@pytest.mark.parametrize(
    ("expected", "text"),
    with_open(CASES, OPEN),
)
def test_fasting_and_diet_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    _reaches(rules, expected, text)


def test_open_entries_are_cases() -> None:
    assert set(OPEN) <= {t for _, t in CASES}


def test_enough_of_each_kind() -> None:
    assert len(CASES) >= 60
    codes = {e for e, _ in CASES}
    assert {"E", "=U", "G", "S"} <= codes
    assert len(DANGERS_ZH) + len(GP_ZH) + len(MILD_ZH) >= 30
