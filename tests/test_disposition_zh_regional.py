"""The four-level decision in regional and everyday Chinese, asked as a question or played down.

Written by rules-bb (session 22) from the NHS.uk and NICE pages named above each group, in
this file's own words (simplified and traditional, Cantonese, Shanghainese / Wu, northern and
north-eastern Mandarin, Taiwan usage), in both tenses, first and third person, with and without
punctuation. The categories:

- a baby's age said as a span (BB三个月, 宝宝两个月) is how old, not how long it has lasted;
- NHS.uk cradle cap said as what a parent sees (头顶黄色干皮, 头皮上黄黄的痂) is self-care;
- NHS.uk cuts and grazes in Shanghainese (一眼眼, 血止牢了) is self-care;
- fewer wet nappies said in Cantonese (尿片湿少咗) is NICE NG143 amber / NHS.uk D&V: same day;
- a reliever used many times a day, counted in Chinese numerals: BTS/SIGN, NHS.uk asthma;
- a catheter that has stopped draining: NHS.uk urinary catheters, same day;
- a toddler's fever with smelly urine: NICE NG224, same day;
- a blood pressure said as two Chinese numbers (二百一百二十五): NICE NG136, 180/120, same day;
- northern 俩 / 仨 as counts, and the shoulder in regional words (肩膀头子, 膊头) no head;
- a lump that grew a little over months (两个月大咗少少) is no baby's age.
"""

from __future__ import annotations

import pytest

from clinical.durations import duration_findings
from clinical.red_flags import RuleSet
from clinical.textprep import zh_numerals_to_digits
from states.disposition import Disposition
from tests.rule_levels import assert_reaches, decided_level

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk cradle cap: greasy yellow scaly patches on the scalp of a well baby
        "宝宝四个月，头顶有一块黄黄的干皮，不痒，吃奶正常，这正常吗",
        "個BB四個月 頭頂有啲黃色嘅痂 食奶正常 係咪正常",
        "女儿三个月了头皮上有黄色的油油的痂，精神很好",
        "孙子五个月，头上长了头垢，吃奶睡觉都好",
        # NHS.uk cuts and grazes: a small cut, the bleeding stopped (Shanghainese / Wu)
        "我今朝切菜切着手指头，一眼眼伤口，血止牢了，老好的",
        "阿拉囡囡手指头划了一眼眼，血已经止牢了，动来动去没问题",
        "切到手指，伤口一点点，血已经止了，手指活动正常",
    ],
)
def test_a_minor_thing_in_regional_words_is_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE


@pytest.mark.parametrize(
    "text",
    [
        # NICE NG143 amber (reduced urine output) / NHS.uk D&V: fewer wet nappies, same day
        "BB六個月，屙咗五次水，尿片濕少咗，正唔正常？",
        "个女八个月肚屙咗成日 尿片湿少咗 冇乜精神",
        "宝宝七个月拉了好几次水样便，尿布湿的少了，要紧吗？",
        # BTS/SIGN, NHS.uk asthma: the reliever needed far more often than usual
        "我哮喘，今天喷了六七次还是觉得喘，说话还行，这正常吗？",
        "老公哮喘喷药一天喷了十几次，还是有点喘",
        "我哮喘喷咗七八次都仲系喘，要唔要睇医生",
        # NHS.uk urinary catheters: stopped draining, same day
        "爸爸插着导尿管，从早上到现在尿袋里都没有尿，肚子有点胀",
        "阿嬤的尿管好像塞住了，尿袋一整天都空空的",
        "我嘅尿喉塞咗，成朝冇尿出",
        # NICE NG224: a child under 3 with a fever and smelly urine
        "儿子两岁发烧三十八度五，尿很臭，换尿布的时候哭",
        "女儿一岁，发热两天了，尿有股骚味",
        "個仔一歲半發燒三十九度 尿片好臭",
        # NHS.uk appendicitis: pain moving to the lower right, worse when walking jolts it
        # (Mandarin 颠, jolted, is no Cantonese 掂, touched): 111, urgent
        "肚脐周围疼了半天转到右下腹了，走路一颠就疼，有点低烧",
        "右下腹痛咗成日，坐车一颠就痛，冇胃口",
        # NICE NG136: 180/120 or more said as two Chinese numbers
        "我妈刚量血压二百一百一，头有点晕，这要紧吗",
        "血压一百九十一百二十五，其他还好",
        "今日度血壓一百八十五一百二，有少少頭痛",
    ],
)
def test_a_same_day_sign_in_regional_words_is_at_least_urgent(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "U", text)


@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk shoulder pain / NICE CKS frozen shoulder: months of a painful, stiff shoulder that
        # stops the arm going up (combing the hair, hanging washing): a GP or physio
        "俺这肩膀头子疼了仨月，胳膊抬不起来，梳头费劲",
        "肩膀疼俩月了，手举不起来，晾衣服都够不着",
        "我膊头痛咗两个月，手抬唔高，梳头都难",
        # NHS.uk ganglion: a painless lump that grew a little over the months
        "手腕上有个小包，不痛，三个月大了一点",
        "手指隔离有粒嘢，唔痛，几个月大咗少少",
    ],
)
def test_a_slow_problem_in_regional_words_is_a_gp_appointment(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is NON_URGENT
    assert_reaches(rules, "L", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("量血压二百一百二十五", "量血压200/125"),
        ("血压一百八十一百一", "血压180/110"),
        ("血压一百六九十五", "血压160/95"),
        ("心跳一百四", "心跳140"),
        ("一百零五", "105"),
        ("三百二十", "320"),
    ],
)
def test_two_chinese_numbers_together_are_a_reading_pair(text: str, expected: str) -> None:
    assert zh_numerals_to_digits(text) == expected


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("疼俩月了", [60.0]),
        ("咳嗽仨礼拜了", [21.0]),
        ("他俩天天吵架", []),
        ("我们俩天天见面", []),
        ("两个月大咗少少", []),
    ],
)
def test_northern_counts_and_growth_read_as_they_mean(text: str, days: list[float]) -> None:
    assert [d.value for d in duration_findings(text)] == days


@pytest.mark.parametrize(
    "text",
    [
        # the look-alikes: a head that hurts stays a headache; a sneeze is no reliever; a catheter
        # draining well, a fever without smelly urine, a normal reading stay below urgent
        "肩膀头子不疼，就是头疼了三天",
        "打喷嚏打了七八次，流鼻涕",
        "爸爸的导尿管今天刚换过，尿袋里的尿是清的，量也正常",
        "血压一百二八十，挺好的",
    ],
)
def test_their_look_alikes(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "!E", text)


@pytest.mark.parametrize(
    "text",
    [
        # MTS peritonism / NHS.uk stomach ache: a tummy that hurts when touched stays 999
        "右下腹痛，肚子一掂就痛",
        "右下腹疼，一按肚子就疼，走路一颠也疼",
    ],
)
def test_a_tummy_that_hurts_to_touch_stays_an_emergency(rules: RuleSet, text: str) -> None:
    assert_reaches(rules, "E", text)
