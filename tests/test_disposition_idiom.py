"""The four-level decision in regional and everyday idiom, English and Chinese.

Written from NHS.uk condition pages ("when to see a GP / get an urgent GP appointment / call
111"), NICE CKS, NICE NG18, NG143, NG225 and NG12, in our own words (not fresh set 19's rows,
``tests/data/fresh_levels_19.jsonl``), before the rules changed for them:

- mildness, coping and improvement said regionally (Scots "a wee cold", "nae temperature",
  "no bad"; British "on the mend", "picking up"; Caribbean "a likkle cough"; Indian English
  "loose motions", "taking food properly"; Singlish "ok one"; 能吃能玩, 好番啲, 比昨天好点) and
  internet slang around a mild complaint (裂开, 笑死, lmao) are self-care by their page;
- hyperbole ("killing me", 疼死了, 痛到死) about a minor illness is no severity: NHS.uk sets the
  level from the signs (hangover: self-care; ingrown toenail for weeks: a GP);
- same-day signs said in idiom stay ``urgent``: a kidney infection, an older person's
  diarrhoea with less urine, a swollen calf after a long flight, a child's possible new type 1
  diabetes, a toddler's dry nappies, shingles at the tip of the nose, suicidal thoughts without
  a plan, an ankle that cannot take four steps;
- hard negatives stay below: a past heart attack with a sprain walked on, a uric acid result
  without pain, an alternating bowel habit with a little blood at 59 (NICE NG12: referral).
"""

from __future__ import annotations

import pytest

from clinical.disposition import decide
from clinical.disposition_data import load_dispositions
from clinical.questions import load_questions
from clinical.red_flags import RuleSet
from clinical.regional import read_regional
from states.disposition import Disposition
from tests.rule_levels import decided_level

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE


def _below(rules: RuleSet, text: str) -> Disposition:
    """Return the decision below the red flags alone (what this category owns)."""
    families = load_questions().families_for([text], rules)
    return decide(None, [text], families, rules=rules)[0]


# A minor illness said in regional or everyday idiom, short, mild, coping or improving:
# self-care by its NHS.uk page (colds, sore throat, coughs, diarrhoea in adults, mouth ulcers,
# insect bites, muscle ache after exercise, athlete's foot; NICE NG143 green for a child's fever
# that has come down in a child who is active and feeding).
@pytest.mark.parametrize(
    "text",
    [
        # Scots: wee is small, nae is no, "no bad" is not bad
        "my wee boy has a wee cold, sneezing and a runny nose since yesterday, nae temperature, "
        "running about as usual",
        "Just a wee sore throat the last two days, no bad otherwise, still at my work",
        "got a wee bite off a midge on my leg last night, itchy, nothing else",
        # British and Irish
        "Bit of a head cold, feeling a bit under the weather but I'm grand really, 2 days",
        "He's had a tickly cough for 3 days but he's picking up now, eating grand",
        "had the runs yesterday after a dodgy kebab, on the mend today, keeping fluids down",
        # Caribbean
        "mi have a likkle cold, runny nose, two days, mi alright",
        "my likkle girl have a cough since yesterday, no fever, she eating and playing good",
        # American
        "got a sore throat since monday, feeling better already, no biggie",
        # Indian English and Singlish
        "having slight cold and sneezing since 2 days, taking food properly, no fever",
        "loose motions since yesterday after outside food, 3 times, taking fluids, feeling better",
        "sore throat since yesterday, still ok one, can still eat and drink",
        # internet slang around a mild complaint
        "lmao got a stye on my eyelid, bit sore, 2 days, seeing fine",
        # Chinese: 能吃能玩, 精神还行, 冇咩事, 没啥大事, 好番啲, 比昨天好点
        "孩子有点流鼻涕两天了，能吃能玩，没发烧",
        "孩子四岁，前天发烧三十八度五，今天三十七度，能吃能玩",
        "感冒第三天，精神还行，好多了",
        "喉咙有点痛，冇咩事，食得瞓得",
        "咳嗽兩天，還好，沒啥大事",
        "拉肚子昨天开始，今天好番啲了，能喝水",
        "跑完半马第二天腿酸到下楼梯都难，今天比昨天好点",
        "蚌埠住了 感冒两天 鼻涕流个不停 但是精神还行 哈哈",
        "笑死 花粉过敏又来了 打喷嚏打了一早上 其他都好",
        "裂开 长了个口腔溃疡 吃饭有点疼 三天了 今天比昨天好点",
        "最近有点香港脚，脚趾缝痒，脱皮，不红不肿",
        # NHS.uk hangover said as the drinks; NHS.uk muscle pain after exercise with the urine
        # said to be a normal colour (a reassurance, not a urinary complaint)
        "way too many pints last night, head is killing me, drinking water, feeling a bit better",
        "calves stiff after a long run yesterday, urine is a normal colour, easing already",
        # NHS.uk low mood after a break-up and a few nights of poor sleep: self-help
        "分手了心都碎了 有点睡不着 朋友在陪我 没有想伤害自己",
        # NHS.uk sprains: walking on it; a past heart attack is no reason against self-care
        "had a heart attack in 2019, all good since. twisted my ankle this morning, bit swollen, "
        "walking on it fine",
    ],
)
def test_a_minor_illness_in_regional_idiom_is_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


# Hyperbole about a minor illness is no severity (NHS.uk sets the level from the signs). The
# decision below the red flags is checked here; a red flag that reads the hyperbole is another
# category's (worst_pain).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "hungover and my head is killing me, drinking water and resting, feel a bit better "
            "since lunch",
            SELF_CARE,
        ),
        ("dying with this cold, sneezing all day, still went to work", SELF_CARE),
        ("累死了 感冒流鼻涕 两天了 还能上班", SELF_CARE),
        ("攰到死，伤风两日，鼻塞，照常返工", SELF_CARE),
        ("气死我了 感冒两天还要加班 流鼻涕 其他都好", SELF_CARE),
        # NHS.uk ingrown toenail: see a GP if it is not better (weeks): a GP, not the same day
        (
            "my ingrown toenail is killing me, bit red at the side, two weeks now, no pus",
            NON_URGENT,
        ),
        ("脚趾甲嵌进肉里，疼死了，两个多星期了，没有流脓", NON_URGENT),
    ],
)
def test_hyperbole_about_a_minor_illness_is_no_severity(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert _below(rules, text) is expected, text


# Same-day signs said in idiom: urgent (an urgent GP appointment or NHS 111).
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk kidney infection / UTI: pain when peeing with back or side pain, shivery
        "burning when I wee and now my side hurts under the ribs, all hot and shivery",
        "it's nippy when I pee and my back's sore on the left, feel rough and shivery",
        "尿尿的时候火辣辣的，今天腰侧也痛，发冷",
        # NHS.uk diarrhoea and vomiting, NICE CKS Gastroenteritis: an older person passing less
        # urine (dehydration)
        "my dad is 81, loose motions since 2 days, very weak, passing less urine",
        "我妈八十岁，拉肚子三天，没力气，尿也少了",
        # NHS.uk DVT: one calf swollen, red and painful, after a long flight
        "back from a long-haul flight 2 days ago, my left calf is sore, swollen and red",
        "calf very pain one, swollen lah, after 13 hour flight yesterday",
        # NICE NG18 / NHS.uk type 1 diabetes: a child drinking and weeing a lot, losing weight
        "my 10 year old son is drinking loads and weeing all the time, lost weight and always "
        "tired",
        "女儿七岁，这两周特别能喝水，老是尿尿，人也瘦了，总说累",
        "个仔六岁，成日口渴饮好多水，又成日去厕所，瘦咗",
        # NICE NG143 amber / NHS.uk D&V: reduced urine output in a toddler who is ill
        "my 14 month old has had diarrhoea and vomiting, her nappy has been dry all morning and "
        "she's very quiet",
        "宝宝一岁，吐了拉了一天，尿不湿大半天都是干的，蔫蔫的",
        "个BB一岁两个月，肚屙，尿片成朝都系干嘅，冇乜精神",
        # NICE CKS Shingles: the tip of the nose (Hutchinson's sign) - same-day eye assessment
        "vesicular rash right forehead extending to nasal tip, 2 days",
        "额头和鼻尖起了一片小水泡，只在一边，刺痛",
        # NICE NG225 / NHS.uk suicidal thoughts: thoughts without a plan - same day
        "been feeling rubbish for weeks and last night I thought about ending it, I've no plan "
        "and my mum is with me",
        "最近很丧，昨晚想过去死，没有计划，男朋友陪着我",
        # Ottawa ankle rules: unable to take four steps - X-ray today
        "went over on my ankle at footie, can't take four steps on it, swollen",
        "打球扭到脚踝，肿得厉害，踩地都踩不了，走不了四步",
        "踢波拗柴，完全踩唔到地",
    ],
)
def test_a_same_day_sign_in_idiom_is_urgent(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is URGENT, text


# Hard negatives: a GP appointment (or a pharmacist), never the same day.
@pytest.mark.parametrize(
    "text",
    [
        # NICE CKS Gout: a raised uric acid without symptoms is not treated; a GP question
        "笑死 体检说我尿酸有点高 脚从来没痛过 要不要吃药",
        "lol my bloods say my uric acid is high, never had any joint pain, do I need tablets?",
        # NICE CKS Obstructive sleep apnoea: routine referral
        "my husband snores like a train and stops breathing in his sleep, he's falling asleep "
        "at his desk",
        # NICE NG12: a change in bowel habit with a little blood at 59 - a referral, not today
        "59, my bowels have been going from loose to constipated for two months and there's a "
        "little blood sometimes",
        "六十岁，最近两个月大便一阵稀一阵干，偶尔带点血",
        "五十九岁，两个月来拉肚子和便秘交替，大便偶尔有点血",
        # NICE NG12: weight lost without trying, said in stones or kilos beside a mild complaint
        # (coordinator's probe: "a wee cough" had made it self-care)
        "I'm grand, just a wee cough, but I've lost a stone without trying",
        "just a cough, lost 6 kg without trying in 2 months",
    ],
)
def test_a_hard_negative_stays_a_gp_appointment(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is NON_URGENT, text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "my wee boy has a wee cold, nae temperature",
            "my little boy has a little cold, no temperature",
        ),
        ("a wee sore throat", "a little sore throat"),
        ("he cannae breathe", "he can't breathe"),
        ("i didnae fall", "i didn't fall"),
        ("mi have a likkle cough", "mi have a little cough"),
        # urinary "wee" stays
        ("i need a wee all the time", "i need a wee all the time"),
        ("my wee burns and smells", "my wee burns and smells"),
        ("only done one wee all day", "only done one wee all day"),
        ("a wee sample", "a wee sample"),
    ],
)
def test_regional_words_are_written_out(text: str, read: str) -> None:
    assert read_regional(text) == read


def test_a_groups_when_concepts_are_rule_concepts(rules: RuleSet) -> None:
    whens = {c for pairs in load_dispositions().pairs.values() for p in pairs for c in p.when}
    assert whens, "no group uses when"
    assert whens <= rules.concept_ids


# Look-alikes of the new same-day groups, written as probes: not raised to the same day.
@pytest.mark.parametrize(
    "text",
    [
        "been thinking about ending it with my boyfriend, we fight all the time",
        "尿不湿要保持干爽吗，宝宝有点红屁股",
        "what if my calf swells up on the long flight next week?",
        "my calf hurts after the 5k run yesterday",
        "屙尿有少少刺痛，冇发烧，腰唔痛，其他都好",
        "last year I had a kidney infection with burning when I wee and back pain, fine now",
        "昨晚被蚊子叮了右小腿，又红又肿，很痒，刚坐完长途飞机回来",
        "刚坐完长途飞机回来，右小腿被蚊子叮了个包肿起来，很痒",
    ],
)
def test_a_look_alike_of_a_new_same_day_group_is_not_same_day(rules: RuleSet, text: str) -> None:
    assert _below(rules, text) is not URGENT, text
