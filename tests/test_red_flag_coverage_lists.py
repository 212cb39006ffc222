"""Messages written as lists or checklists, and session 20's missed and over-raised signs.

Fresh set 24 (``tests/data/fresh_levels_24.jsonl``) wrote some first messages as lists: a sign
crossed out after it (胸痛× 气短×, ✗, ☒, "chest pain - no"), ticked (✓, √, "yes"), one sign a
line ("- no shoulder pain"), a heading over its items ("左小腿：", "Symptoms:"). Each group
below names its category and published source; the sentences are written for this test, not
copied from the set, and the look-alikes (``!E``, ``L``) must not be raised.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# A sign crossed out after it is denied; a tick keeps it; a duration written "×3天" / "x 2
# days" (a case note's "for") is no denial.
CHECKLIST_MARKS: list[tuple[str, str]] = [
    ("L", "胸痛× 气短× 发烧× 就是流鼻涕两天"),
    ("L", "胸口痛✗ 呼吸困难✗ 只是咳嗽三天"),
    ("L", "胸口痛 ✘ 心慌 ✘ 想问下血压偏高要不要吃药"),
    ("L", "Chest pain ✗ Short of breath ✗ Fever ✓ sore throat for 2 days"),
    ("L", "chest pain ☒ breathless ☒ just a blocked nose since Monday"),
    ("L", "chest pain - no, short of breath - no, just a runny nose"),
    ("L", "Chest pain? No. Short of breath? No. Just a cough for three days"),
    ("L", "胸痛：无 气短：无 就是咳嗽几天"),
    ("L", "胸痛：没有 呼吸困难：没有 只是喉咙痛"),
    ("E", "胸痛✓ 气短✓ 出冷汗✓"),
    ("E", "胸痛 ✓ 头晕 ✗ 出冷汗 ✓ 左手臂也痛 ✓"),
    ("E", "chest pain ✓ sweaty ✓ breathless ✓"),
    ("E", "chest pain √ sweating √ feel sick √"),
    ("E", "chest pain - yes, sweating - yes, short of breath - yes"),
    # a form that ticks its boxes before the items marks them present (☒ is also "selected")
    ("E", "☒ chest pain ☒ sweating ☐ fever"),
    ("L", "皮疹(-) 颈抵抗(-) 发烧两天"),
    ("U", "胸痛×3天"),
    ("U", "chest pain x 2 days"),
]


@pytest.mark.parametrize(("expected", "text"), CHECKLIST_MARKS)
def test_a_crossed_out_sign_is_denied_and_a_ticked_one_kept(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


# One sign a line: a denial on its line negates that line only; a heading with a colon on its
# own line belongs to the items under it (NICE NG158 DVT: a swollen, hot, painful calf after
# surgery, same day; NICE NG126 bleeding in early pregnancy with faintness, 999).
LIST_LINES: list[tuple[str, str]] = [
    (
        "E",
        "7 weeks pregnant\n- some bleeding since lunch\n- no shoulder pain\n- "
        "feel faint when I stand",
    ),
    ("E", "Symptoms:\n- chest pain\n- sweating\n- pain going down my left arm"),
    ("E", "症状：\n- 胸口压着痛\n- 出冷汗\n- 左手臂发麻"),
    ("U", "右小腿：\n腫 ✓\n熱 ✓\n行路痛 ✓\n上個禮拜做完髖關節手術 ✓"),
    ("U", "左小腿：\n- 肿\n- 发热\n- 走路痛\n- 十天前做了膝盖手术"),
    ("U", "Right calf:\n- swollen\n- hot\n- painful to walk on\n- knee replacement 10 days ago"),
    ("L", "Cold for 3 days:\n- no chest pain\n- no shortness of breath\n- blocked nose"),
    ("L", "感冒三天：\n- 没有胸痛\n- 没有气短\n- 鼻塞"),
]


@pytest.mark.parametrize(("expected", "text"), LIST_LINES)
def test_a_list_line_and_its_heading(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# NICE NG143 red / NG9: an infant breathing fast with chest indrawing or grunting
INDRAWING: list[tuple[str, str]] = [
    ("E", "my 3 month old is breathing fast and the skin sucks in under his ribs with each breath"),
    (
        "E",
        "baby is 5 months, breathing quickly and there is a dip below her "
        "ribcage as she breathes in",
    ),
    ("E", "my 6 week old makes a grunting noise every time he breathes out"),
    ("E", "宝宝4个月 呼吸很快 吸气的时候肋骨下面凹进去"),
    ("E", "個BB五個月 呼吸好急 肋骨下面一吸氣就陷落去"),
    ("!E", "my baby has a little dip in her chest bone that the doctor said is normal"),
    ("!E", "宝宝肋骨下面有点凸出来 医生说是正常的"),
]


@pytest.mark.parametrize(("expected", "text"), INDRAWING)
def test_an_infant_with_indrawing_or_grunting(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# NHS.uk heart failure / NICE NG106: acute pulmonary oedema (cannot lie flat, pink frothy
# sputum) is an emergency
PULMONARY_OEDEMA: list[tuple[str, str]] = [
    ("E", "I have heart failure and tonight I can't lie flat at all, coughing up pink frothy spit"),
    ("E", "coughing up pink, frothy phlegm and so breathless I have to sit up"),
    ("E", "心衰病人 今晚完全躺不下 咳粉红色泡沫痰"),
    ("E", "阿爸有心衰 咳出粉紅色啲泡泡痰 坐住都喘"),
    ("!E", "I have heart failure and sleep on two pillows as usual, ankles the same as always"),
    ("!E", "心衰多年 平时垫两个枕头睡 今天一切和平时一样"),
]


@pytest.mark.parametrize(("expected", "text"), PULMONARY_OEDEMA)
def test_acute_pulmonary_oedema(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# TOXBASE / NICE NG225: a whole strip, sheet or box of tablets swallowed is an overdose, with
# regret too; finishing a course or buying a box is not
STRIP_OVERDOSE: list[tuple[str, str]] = [
    ("E", "我刚把一整板安眠药都吞了"),
    ("E", "剛剛吃了一盒止痛藥 現在好後悔"),
    ("E", "佢食咗成排安眠藥"),
    ("E", "I just swallowed a whole strip of my mum's sleeping tablets"),
    ("E", "took a whole box of paracetamol an hour ago and I regret it"),
    ("!E", "一盒抗生素按医生说的吃完了"),
    ("!E", "去药房买了一板布洛芬备用"),
    ("!E", "finished the whole box of antibiotics as prescribed"),
]


@pytest.mark.parametrize(("expected", "text"), STRIP_OVERDOSE)
def test_a_whole_strip_swallowed(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Over-raised: croup with stridor only when upset (NICE CKS croup moderate: same day); a
# headache unlike the usual that builds over days (NICE CKS headache, raised pressure: same
# day) is not a worst-ever thunderclap; mild period-type cramps with spotting in early
# pregnancy, faintness and shoulder pain denied (NICE NG126: EPAU, same day)
NOT_AN_EMERGENCY: list[tuple[str, str]] = [
    (
        "=U",
        "my 3 year old has a barking cough and a squeaky breath in only when "
        "she's crying, fine when calm",
    ),
    ("=U", "儿子2岁 犬吠样咳嗽 哭闹的时候吸气有响声 安静下来就没有了"),
    ("E", "my 2 year old has a barking cough and noisy breathing even when he's sitting quietly"),
    ("E", "女儿犬吠样咳嗽 安静的时候吸气也有喘鸣声"),
    ("E", "my son has croup with noisy breathing in, but when he's calm it's still there"),
    ("=U", "这次头痛和平时的偏头痛不一样 一个礼拜越来越重 早上最厉害 咳嗽更痛 今天吐了"),
    (
        "=U",
        "this headache is different from my usual ones, getting worse over a "
        "week, worst in the morning and when I cough",
    ),
    ("E", "worst headache of my life, came on suddenly like a bang"),
    (
        "=U",
        "7 weeks pregnant, a little brown spotting and mild period-like "
        "cramps, no shoulder pain, not dizzy",
    ),
    ("=U", "怀孕8周 有一点褐色出血 轻微像来月经那样的肚子痛 没有头晕 肩膀不痛"),
    ("E", "6 weeks pregnant, bleeding from down below and severe tummy pain"),
    ("E", "7 weeks pregnant, spotting with mild cramps and now I feel faint"),
]


@pytest.mark.parametrize(("expected", "text"), NOT_AN_EMERGENCY)
def test_over_raised_signs_stay_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Over-raised to same day: a reliever used more often but by the plan or a few times a week
# (BTS/SIGN: poor control, see the GP); gradual evening muddle over a month in known dementia
# (NICE NG97) is no new confusion
NOT_SAME_DAY: list[tuple[str, str]] = [
    (
        "L",
        "I've been using my blue inhaler 3 or 4 times a week lately, more than "
        "before, sleeping fine",
    ),
    ("L", "我有哮喘 最近一个礼拜要用三四次蓝色喷雾 晚上睡得好"),
    (
        "L",
        "dad has dementia and over the past month he's gradually got more muddled in the evenings",
    ),
    ("U", "mum has dementia and since this morning she's suddenly much more confused than usual"),
]


@pytest.mark.parametrize(("expected", "text"), NOT_SAME_DAY)
def test_usual_course_is_not_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Same-day signs: passive suicidal thoughts (NICE NG225), a child's reliever every 4 hours
# (BTS/SIGN), a severe UC flare (NICE NG130: 6+ bloody stools a day), itchy palms and soles in
# late pregnancy (RCOG obstetric cholestasis), a skin abscess with a temperature, a dental
# abscess with a swollen jaw and trouble opening the mouth (NHS.uk)
SAME_DAY: list[tuple[str, str]] = [
    ("U", "有时候觉得活着没什么意思 但没有具体打算"),
    ("U", "lately I sometimes feel life isn't worth living, no plans to do anything"),
    ("U", "my 6 year old with asthma needs his blue inhaler every 4 hours since his cold"),
    ("U", "34 weeks pregnant and my palms and the soles of my feet are really itchy, no rash"),
    ("U", "怀孕32周 手心脚底特别痒 晚上更痒 没有皮疹"),
    ("U", "a red, hot, swollen lump on my thigh, soft in the middle, and a temperature of 38"),
    ("U", "背上一个包 又红又热 按着有波动感 发烧38度"),
    ("U", "tooth abscess, my jaw is swollen and I can hardly open my mouth"),
    ("U", "牙痛几天 下巴肿了 张嘴困难"),
    ("L", "有点牙痛两天 没有肿 吃东西有点敏感"),
    ("L", "my toothache is bad, no swelling of my face"),
    ("L", "had a tooth taken out 2 days ago, my cheek is still a bit swollen"),
    ("L", "I got hit in the jaw playing rugby and it's a bit swollen"),
    ("L", "a small spot with a yellow head on my chin, not red or hot, no temperature"),
    ("L", "觉得活着挺有意思的 就是最近失眠"),
]


@pytest.mark.parametrize(("expected", "text"), SAME_DAY)
def test_same_day_signs(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Same-day signs the four-level decision holds (clinical/data/dispositions/, not the red flags):
# open there, strict xfails until its phrase groups read them (a reliever needed 4-hourly said
# in Chinese, BTS/SIGN; a severe UC flare, NICE NG130: bloody stools 6 or more a day).
DECISION_SIDE: list[tuple[str, str]] = [
    ("U", "女儿有哮喘 这两天每四个钟头就要用一次蓝色喷雾"),
    ("U", "ulcerative colitis flare, 8 bloody stools a day for 4 days"),
    ("U", "溃疡性结肠炎 一天拉七八次 大部分带血"),
]


@pytest.mark.xfail(strict=True, reason="decision side (dispositions): open")
@pytest.mark.parametrize(("expected", "text"), DECISION_SIDE)
def test_same_day_signs_of_the_decision(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# NHS.uk asthma attack: a reliever that is not helping, said of "it" after the inhaler's usual
# frequency. Open: no phrase reads "it" back to the inhaler across the words between; before
# rules-aw's weekly exclusion this was urgent only by accident ("blue inhaler ... times").
@pytest.mark.xfail(strict=True, reason="'it' read back to the inhaler across a clause: open")
def test_a_reliever_not_helping_said_as_it(rules: RuleSet) -> None:
    assert_reaches(rules, "U", "blue inhaler 4 times a week and now it's not helping at all")
