"""The four-level decision in hard voices: understated, buried in another request, alarmed.

Written from NHS.uk condition pages' tiers (urgent GP or 111 / GP / pharmacist / self-care),
NICE CKS and NHS England's over-the-counter conditions, in other words than fresh set 15's
rows (``tests/data/fresh_levels_15.jsonl``), before the rules changed for them:

- a minimiser ("probably nothing", 应该没事) or a guessed benign cause ("probably wax?",
  "slept funny?") says nothing about severity: a same-day sign said that way stays urgent;
- alarm ("IS THIS CANCER???", 吓死我了) is no severity: a minor illness written in alarm is
  still self-care when its page says so, and a worry asked as a question ("is it
  spreading??") is no report that it is;
- minor illnesses said the way patients say them (runny poo, white threads in the poo,
  flakes in the hair, 几天没大便, 肚子胀气, a twitching eyelid, a night's drinking).
"""

from __future__ import annotations

import pytest

from clinical.ages import duration_findings
from clinical.red_flags import RuleSet, load_rules
from states.disposition import Disposition
from tests.rule_levels import decided_level

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE


@pytest.fixture(scope="module")
def rules() -> RuleSet:
    return load_rules()


# Same-day signs said in an understated voice: at least urgent (the red flags may say more).
@pytest.mark.parametrize(
    "text",
    [
        # NHS.uk Bell's palsy: weakness on one side of the face - urgent GP or 111
        "Since yesterday I can't shut my right eye properly and my smile has gone lopsided, "
        "the rest of me is fine, it's probably nothing",
        "这两天左边脸动不了，眼睛闭不上，其他都好好的，应该没什么大事吧",
        "面瘫咗？右边块面郁唔到，眼合唔埋",
        # NHS.uk hearing loss: sudden hearing loss in one ear - urgent GP or 111 the same day
        "Since I got up today my left ear is muffled and I can barely hear out of it, "
        "no pain, not a big deal I guess",
        "一觉醒来左耳听不清楚了，嗡嗡响，应该是耳垢吧？",
        "今朝起身右耳聽唔清楚，好似入咗水咁",
        # NHS.uk chickenpox / measles: pregnant and in contact - GP, midwife or 111 today
        "I'm 30 weeks pregnant and the little girl I babysat on Sunday has come out in "
        "chicken pox, not sure I ever had it, feel totally fine",
        "我怀孕十六周，同事的孩子出麻疹了，我前天跟他们吃过饭",
        # NICE NG143 amber / NHS.uk dehydration: reduced urine output in an ill child
        "My 3 year old has a temperature and has only done one wee all day",
        "孩子两岁，发烧呕吐，今天才一块尿片是湿的",
        # NHS.uk asthma: the reliever needed more often - urgent GP appointment
        "最近哮喘老犯，沙丁胺醇一天要用好几次，夜里还咳醒",
        "my asthma's been playing up since a cold, using my ventolin 5 or 6 times a day",
        # NHS.uk caesarean recovery / NICE NG125: a wound red and leaking, with a fever
        "My c-section scar is red at one end and leaking yellowish fluid, temp 38.1",
        "阑尾手术的伤口发红，还流黄水",
        # NICE CKS Scrotal pain and swelling, written with the variant 睪 OpenCC keeps
        "睪丸有啲腫同痛咗幾日，唔算好痛",
        # NICE CKS Septic arthritis / NHS.uk gout: a hot, swollen joint - same day
        "My ankle has swelled up, red and hot to touch, no injury, feel a bit shivery",
        "手肘又红又肿，摸着发烫，没有扭到",
        "膝头哥红红热热咁肿起，屈唔到",
        "脚踝突然肿起来，摸起来很烫，有点发烧",
    ],
)
def test_a_same_day_sign_said_in_an_understated_voice_is_at_least_urgent(
    rules: RuleSet, text: str
) -> None:
    assert decided_level(rules, text).rank >= URGENT.rank, text


# Look-alikes by the same pages: not same-day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NHS.uk hearing loss: gradual loss - a GP appointment
        (
            "My hearing has got gradually worse over the years, the TV has to be really loud",
            NON_URGENT,
        ),
        ("这几年听力慢慢变差了，看电视要开很大声", NON_URGENT),
        # NHS.uk chickenpox: a child with spots, eating and drinking - care at home
        (
            "my 4 year old has chickenpox, the spots are crusting over and she's eating fine",
            NON_URGENT,
        ),
        # a healing wound
        ("the cut on my hand is healing well, no redness, no pus", SELF_CARE),
    ],
)
def test_their_look_alikes_are_not_same_day(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text


# Minor illnesses in the words patients use, some written in alarm: self-care by their page.
@pytest.mark.parametrize(
    "text",
    [
        # NHS England (2018) over-the-counter: diarrhoea in adults
        "loose watery poo three times today, probably a dodgy takeaway, keeping fluids down",
        "今天拉水三次，应该是吃坏了，喝水没问题",
        # threadworms
        "There are tiny white threads wriggling in my son's poo and he scratches his bum at night",
        "女儿大便里有白色的线头一样的东西，晚上老挠屁股",
        # dandruff
        "flaky scalp, white bits all over my jacket, is it contagious?? I have a date Saturday!!",
        "头发上好多白色的碎屑，头皮很痒，会不会传染？？",
        # constipation
        "两天没拉屎了，肚子有点胀，不痛",
        "三日冇屙屎，个肚有啲谷，冇痛",
        # NHS.uk bloating / wind after a big meal
        "After a huge Sunday roast my tummy is swollen and full of wind, I'm passing gas fine",
        "吃太多了肚子胀气，一直放屁，不痛",
        # NHS.uk eye twitching: usually goes away on its own
        "My eyelid keeps flickering, 4 days now, exams this week and living on coffee",
        "右眼皮一直跳，三天了，这周天天加班",
        # NHS.uk hangover
        "drank far too much at the wedding last night, pounding head and queasy, "
        "IS IT SOMETHING SERIOUS???",
        "昨晚喝多了，今天头痛想吐，吓死我了",
        # NHS England (2018) over-the-counter: period pain, as every month
        "月經來了肚子痛，和每個月差不多，熱水袋有幫助",
        # cold sores that come back a few times a year (a frequency, no duration)
        "Another cold sore starting on my lip, I get one a couple of times a year",
        # a worry asked as a question is no report of spreading
        "itchy mosquito bites on my legs, are they spreading??",
    ],
)
def test_a_minor_illness_in_lay_or_alarmed_words_is_self_care(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is SELF_CARE, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what still stops self-care: blood, weeks, spreading said as a report
        ("loose watery poo with blood in it since this morning", URGENT),
        ("my eyelid has been twitching for 2 months and now my cheek twitches too", NON_URGENT),
        ("the mosquito bites on my legs are spreading and getting bigger", NON_URGENT),
        ("mosquito bites on my legs, is it normal that they keep spreading?", NON_URGENT),
        ("蚊子包一直在扩散，是不是过敏？", NON_URGENT),
        ("two weeks without a poo and my tummy is swollen", NON_URGENT),
        # a span said with 半: a month and a half is weeks (NHS.uk tiredness: a GP)
        ("这一个半月一直很累，睡多久都困", NON_URGENT),
        ("cough has hung on for a month and a half since my cold", NON_URGENT),
    ],
)
def test_what_still_stops_self_care(rules: RuleSet, text: str, expected: Disposition) -> None:
    assert decided_level(rules, text) is expected, text


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a frequency says how often, not how long
        ("I get one a couple of times a year", []),
        ("it happens twice a month", []),
        ("唇疱疹一年会发两三次", []),
        ("一个月两次", []),
        # durations stay
        ("it has been there for a year", [365.0]),
        ("咳嗽一年了", [365.0]),
        ("three times a day for 2 weeks", [14.0]),
    ],
)
def test_a_frequency_is_no_duration(text: str, days: list[float]) -> None:
    assert sorted(d.value for d in duration_findings(text)) == days


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NICE CKS Depression / NHS.uk low mood: low mood without thoughts of harm, wanting to
        # talk, is a GP or talking therapies (routine); NHS help for suicidal thoughts: feeling
        # others would be better off, or help wanted today, is same-day
        ("分开以后心情一直不好，没有想伤害自己，就是想找人聊一聊", NON_URGENT),
        ("心情差了一个月，睡得也不好，想找个人聊聊天", NON_URGENT),
        ("觉得家里人没有我会更好，想今天就找人聊聊", URGENT),
        (
            "I keep thinking everyone would be better off without me, "
            "I'd like to talk to someone today",
            URGENT,
        ),
        # NHS.uk cough: a cough that has not stopped for 3 weeks or more is a GP's
        ("感冒好了快一个月，咳嗽一直没断过，不发烧", NON_URGENT),
        ("感冒三周前就好了，干咳一直没停过，不发烧", NON_URGENT),
        ("my cold went weeks ago but the cough has never stopped", NON_URGENT),
    ],
)
def test_wanting_to_talk_and_a_cough_that_never_stopped(
    rules: RuleSet, text: str, expected: Disposition
) -> None:
    assert decided_level(rules, text) is expected, text
