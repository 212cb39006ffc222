"""Set 34's categories (session 30, rules-bs): first messages the rules sent too low or too high.

Written from the published sources before the rules changed for them, in our own words (not
fresh set 34's rows, ``tests/data/fresh_levels_34.jsonl``):

- breathlessness told by a sentence that cannot be got to its end or through ("can't get to
  the end of a sentence", "can't get through a sentence") or by the breaths a sentence takes
  (一句话要分三口气说完, 说一句话要歇好几次): BTS/SIGN British guideline on the management of
  asthma (acute severe asthma: cannot complete sentences in one breath) and NHS.uk When to
  call 999 (so breathless you cannot speak); the end of a film or a run done in one go is no
  breath;
- a headache with the meningitis signs in a carer's Chinese: the eyes covered when the light
  goes on without 着 (开灯就捂眼睛), things seen as two (看东西是两个, NHS.uk double vision), and
  an answer only after the name is called several times (叫好几遍才答应: ACVPU V, NEWS2 new
  confusion or reduced consciousness; in English "had to say his name several times before he
  answered"), read with a headache or a fever: NICE NG240 and NHS.uk meningitis (a stiff neck,
  a dislike of bright light, drowsiness: 999); a teenager who takes several calls to get up, or
  a child held by the TV, is none;
- a box of tissues, chocolates or biscuits gone through is no overdose (NHS.uk common cold:
  rest, fluids, a pharmacist); a whole box of tablets stays one (TOXBASE; NHS.uk overdose);
- a count of tablets said with its span and no verb after the medicine is named ("it's about
  20 since yesterday", "probably 16 in the last 24 hours"): TOXBASE staggered paracetamol
  overdose (more than the licensed dose over hours or days: an emergency department) and
  NHS.uk paracetamol overdose (A&E even if you feel well); a temperature, trips to the loo, a
  blood sugar or a count under ten said the same way is none.

Rows sent too low (``SAME_DAY``): stinging with the wee as the subject ("weeing has stung")
with shivering (NHS.uk urinary tract infections and kidney infection: hot and shivery, urgent
GP or 111; NICE CKS Pyelonephritis), and an adult's thirst with weight lost without trying
(NHS.uk type 1 diabetes, the 4 Ts: urgent GP or 111; NICE NG17); weight lost on a diet with
thirst after the gym, or thirst crept on over months (NHS.uk type 2
diabetes: a GP), is none.

Codes as ``tests.rule_levels``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

BREATH_SENTENCE: list[tuple[str, str]] = [
    # BTS/SIGN acute severe asthma; NHS.uk 999 (so breathless you cannot speak)
    ("E", "I can't get to the end of a sentence without stopping for breath since this afternoon"),
    ("E", "my husband can't get through a sentence without stopping, he's so out of breath"),
    ("E", "she can't get to the end of a sentence now and her lips look pale"),
    ("E", "我女儿哮喘，现在一句话要分三口气说完"),
    ("E", "我爸喘得厉害，说一句话要分好几口气"),
    ("E", "佢講一句嘢要分幾啖氣先講得完"),
    # look-alikes: no breath in them
    ("!E", "I can't get to the end of a film without dozing off these days"),
    ("!E", "I can't get through a chapter of my book without my mind wandering"),
    ("!E", "这篇文章我分三次才读完"),
    ("!E", "我今天一口气跑完了三公里，有点累"),
]


@pytest.mark.parametrize(("expected", "text"), BREATH_SENTENCE)
def test_set34_breath_sentence(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


MENINGISM_ZH: list[tuple[str, str]] = [
    # NICE NG240; NHS.uk meningitis (a stiff neck, a dislike of bright light: 999)
    ("E", "我妈头很痛，脖子硬得低不了头，一开灯就捂眼睛"),
    ("E", "佢頭痛，條頸好硬，開燈佢就遮住眼"),
    ("E", "我老公头痛得厉害，脖子发硬，开了灯就用手遮眼睛"),
    # ACVPU V: an answer only after the name is called several times (NEWS2: 999)
    ("E", "我爸头痛，叫他名字要叫好几遍才答应"),
    ("E", "她发烧头痛，叫了好几次才有反应"),
    # NHS.uk double vision (sudden, with a headache and a stiff neck)
    ("E", "她头疼得厉害，脖子硬，看东西是两个，开灯就捂眼睛"),
    # look-alikes
    ("!E", "早上叫儿子起床要叫好几遍才起来"),
    ("!E", "孩子看电视太入迷，叫他好几遍才答应，其他都正常"),
    ("!E", "晚上开灯太亮，我捂了一下眼睛，没有不舒服"),
    # the same in English (NHS.uk meningitis; ACVPU V), and a game that held the attention
    ("E", "my dad has a bad headache and I had to say his name several times before he answered"),
    ("E", "she has a fever and it takes a few goes to get an answer out of her"),
    ("!E", "my son was playing his game and I had to call his name a few times before he answered"),
]


@pytest.mark.parametrize(("expected", "text"), MENINGISM_ZH)
def test_set34_meningism_zh(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


NOT_AN_OVERDOSE: list[tuple[str, str]] = [
    # NHS.uk common cold: a box of tissues gone through is no tablet count
    ("!E", "day 4 of this cold, I've gone through a whole box of tissues already"),
    ("!E", "we got through a whole box of chocolates at the weekend and I feel a bit sick"),
    ("!E", "sneezing all morning, used a whole packet of tissues"),
    # TOXBASE; NHS.uk overdose: a whole box of tablets stays an emergency
    ("E", "my brother took a whole box of paracetamol an hour ago"),
    ("E", "she swallowed a whole box of sleeping tablets"),
]


@pytest.mark.parametrize(("expected", "text"), NOT_AN_OVERDOSE)
def test_set34_not_an_overdose(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


STAGGERED_COUNT: list[tuple[str, str]] = [
    # TOXBASE staggered overdose; NHS.uk paracetamol overdose (A&E even if well)
    ("E", "I've been on paracetamol for my back, I reckon it's about 20 since yesterday morning"),
    ("E", "co-codamol for my knee, probably 16 in the last 24 hours, feel fine"),
    ("E", "on paracetamol for my tooth, counted them and that's 18 over the last 2 days"),
    # look-alikes: a reading, a count of trips or of vomits, or fewer than ten
    ("!E", "I've had paracetamol for the fever, it's about 38 since yesterday"),
    ("!E", "taking ibuprofen for my sprain, been to the loo about 12 since yesterday"),
    ("!E", "paracetamol helped a bit, maybe 4 since yesterday"),
    ("!E", "I take my insulin and tablets, my blood sugar was about 12 since this morning"),
]


@pytest.mark.parametrize(("expected", "text"), STAGGERED_COUNT)
def test_set34_staggered_count(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


SAME_DAY: list[tuple[str, str]] = [
    # NHS.uk urinary tract infections / kidney infection; NICE CKS Pyelonephritis
    ("=U", "my wee has stung a bit for two days and I'm shivery"),
    ("=U", "weeing has stung since Sunday and now I'm shaking and shivering under a blanket"),
    ("L", "I was stung by a nettle while having a wee in the woods, itchy bumps"),
    # NHS.uk type 1 diabetes (the 4 Ts); NICE NG17
    (
        "=U",
        "I'm 30, really thirsty for the last fortnight, weeing all night and I've lost half a"
        " stone without trying",
    ),
    ("=U", "我三十岁，最近老是口渴，一天喝好多水，体重掉了四公斤，很累"),
    ("L", "我最近在减肥，瘦了三公斤，跑步后特别渴"),
    # over months it is type 2's GP visit (NHS.uk type 2 diabetes; NICE NG28)
    ("L", "我五十岁，这三个多月老是口渴，喝很多水，体重掉了几斤"),
    ("L", "for a few months I've been really thirsty and lost a bit of weight, otherwise ok"),
    ("L", "I'm on a diet and lost half a stone, always thirsty after the gym"),
]


@pytest.mark.parametrize(("expected", "text"), SAME_DAY)
def test_set34_same_day(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
