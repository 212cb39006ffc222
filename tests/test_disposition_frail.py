"""The four-level decision for frail older people, proxies and sensations (set 21's voices).

Written from the published pages before the rules changed for them, in other words than
``tests/data/fresh_levels_21.jsonl``, in English and Chinese: a change from an older person's
usual self with a temperature, falls after a new blood-pressure tablet, a person who cannot say
it who will not bear weight, pleuritic pain, a fish bone feeling, sudden deafness in one ear,
a quieter baby, quinsy, a toddler's fewer wet nappies, a deep cut, worsening heart failure, GCA
signs and a tetanus-prone wound are ``urgent``; an older person at their usual self with a
minor illness, a trip with no injury who got straight up, and a stitch that goes with rest are
``self_care``; a changing mole, thick toenails and acne worse after the pharmacy's treatment
are a GP's within days (``non_urgent``).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import decided_level

URGENT = Disposition.URGENT
NON_URGENT = Disposition.NON_URGENT
SELF_CARE = Disposition.SELF_CARE

# Same-day signs (urgent), each from its page.
SAME_DAY: list[str] = [
    # NICE NG51 / Age UK / NHS.uk sepsis: an older person off their legs or off their food,
    # not themselves, with a temperature - urgent GP the same day
    "my gran is 91, off her legs today and not herself, temperature 37.7, still chatting",
    "Mum (83) has gone off her food and is off her legs since Tuesday, bit of a temp 37.8",
    "外婆89岁，这两天腿软没力气，吃不下东西，量了体温37.9，人还清醒",
    "阿爷85岁，今日唔肯食嘢，冇力行路，有啲发烧三十七度八",
    # NICE CKS falls / postural hypotension: falls or dizziness on standing after a new
    # blood-pressure medicine - review the same day
    "my father is 81, new blood pressure pills last week and he has fallen twice since",
    "started amlodipine on monday and now i go dizzy every time i stand up, nearly fell",
    "我爸82岁，上周换了降压药，这两天站起来就头晕，摔了两次",
    # Ottawa rules via a proxy: will not bear weight after an injury
    "my son has cerebral palsy and can't talk, he fell off his chair and won't put weight on "
    "his left foot",
    "我女儿有自闭症不会说话，从滑梯摔下来后左脚不肯着地",
    # NICE NG225: self-harm without intent to die, with low mood - same-day assessment
    "my 15 year old has been cutting her arms, says she doesn't want to die but has been low "
    "for weeks",
    # NHS.uk pleurisy: sharp pain on breathing in - urgent GP or 111
    "sharp pain in my side every time i breathe in since i had a cold, not short of breath",
    "感冒以后深吸气的时候左边胸口刺痛，不喘",
    # ENT UK: a fish bone feeling in the throat - same day
    "got a fish bone stuck in my throat at dinner, can still swallow",
    "吃鱼卡了鱼刺，喉咙一吞就刺痛，呼吸正常",
    # NICE CKS hearing loss: sudden hearing loss in one ear - same day
    "the hearing in my left ear just went this afternoon, it feels blocked",
    "今天早上起来左耳突然听不见了，嗡嗡响",
    # RCOG GTG57: reduced fetal movements from 24 weeks - contact the unit now
    "31 weeks pregnant and baby is moving much less than she normally does",
    "怀孕28周，今天宝宝动得比平时少很多",
    # NICE CKS sore throat: quinsy (one-sided, trismus, muffled voice)
    "throat agony on the right, can hardly open my mouth and my voice sounds muffled",
    "喉咙右边肿得很厉害，嘴巴张不开，说话像嘴里含着东西",
    # NICE NG143 amber / NHS.uk D&V: a toddler with fewer wet nappies
    "my 18 month old has had diarrhoea and vomiting all day and fewer wet nappies than normal",
    "宝宝1岁半，今天又吐又拉，尿布比平时湿得少很多",
    # NHS.uk cuts: a deep cut that may need closing - urgent treatment centre
    "sliced my thumb with a knife, the cut is deep and gaping but has stopped bleeding",
    "切菜切到手指，口子很深，已经按住止血了",
    # NICE NG106: worsening heart failure - more breathless, more swollen, more pillows
    "I have heart failure and this week I'm more breathless walking and need more pillows",
    "我爸有心衰，这几天走路越来越喘，脚也比平时肿",
    # NICE CKS GCA: over 50, temple tenderness, jaw pain on chewing
    "I'm 74, sore temples when I touch them and my jaw aches when I chew",
    "我71岁，头两边太阳穴一碰就痛，嚼东西下巴酸",
    # NHS.uk dental abscess: facial swelling spreading toward the eye, airway fine
    "toothache and now my cheek is swelling up towards my eye, breathing and swallowing ok",
    # UKHSA tetanus: a tetanus-prone wound with uncertain vaccination - same day
    "trod on a rusty nail this morning, small hole in my foot, not had a tetanus jab for years",
    "被生锈的铁钉扎到脚，破伤风针好多年没打了",
]

# The lower levels: self-care with positive evidence, a GP's within days otherwise.
BELOW: list[tuple[Disposition, str]] = [
    # an older person at their usual self with a minor illness (NHS.uk cold)
    (
        SELF_CARE,
        "my grandad is 86, just a cold, sniffly nose for 2 days, eating and his usual self",
    ),
    (SELF_CARE, "外公87岁，有点感冒流鼻涕两天，胃口正常，精神跟平时一样"),
    # a trip with no injury, up at once, not on blood thinners (NICE CKS falls)
    (
        SELF_CARE,
        "my aunt is 79, she tripped on the step, got straight back up, no pain, walking fine, "
        "no blood thinners",
    ),
    (SELF_CARE, "奶奶81岁，在门口绊了一下，马上自己站起来了，没受伤，走路正常"),
    # known dementia at its usual baseline
    (SELF_CARE, "mum is 90 with dementia, tired after a long day out, today she is her usual self"),
    # a stitch that goes with rest
    (SELF_CARE, "stitch in my side when I run, goes away when I stop and rest"),
    (SELF_CARE, "跑步的时候肋下像针扎，停下来休息就好了"),
    # a scratchy throat said by an interpreter (NHS.uk sore throat)
    (
        SELF_CARE,
        "my dad only speaks Urdu, he says his throat is scratchy since yesterday, eating fine",
    ),
    # NHS.uk dry skin, every winter as usual
    (SELF_CARE, "I'm 82 and my legs get dry and itchy every winter, same as every year"),
    # NICE NG12: a mole that has changed - a GP within days
    (NON_URGENT, "the mole on my arm has got a little bigger and darker this summer"),
    (NON_URGENT, "背上一颗痣最近变大了，颜色也深了一点"),
    # thick toenails hard to cut: a GP or podiatrist
    (NON_URGENT, "my toenails have gone really thick and I can't cut them, I'm 80"),
    (NON_URGENT, "我妈脚趾甲很厚，剪不动"),
    # NHS.uk shortness of breath: a little breathless with nothing else is checked by a GP, not
    # self-care; breathing hard after a game that settles with rest is (written after the first
    # run, for the breathlessness left alone in session 16)
    (NON_URGENT, "这两天有点喘，没有别的不舒服"),
    (SELF_CARE, "打完球有点喘，歇一会就好了"),
    # NHS.uk acne: worse after pharmacy treatment - see a GP
    (NON_URGENT, "my daughter's acne is getting worse even with the pharmacy cream"),
    (NON_URGENT, "我儿子的痘痘越来越严重，药店买的药没用"),
]

# Look-alikes at each level that must not become same-day.
NOT_SAME_DAY: list[str] = [
    "my grandad is 86, eating well and his usual self, just wants a flu jab",
    "started a new blood pressure tablet, no dizziness, no falls, blood pressure better",
    "cut my finger on paper, tiny cut, stopped bleeding",
    "my nan had a fish supper last night and enjoyed it",
    "hearing has been slowly getting worse over years, struggle with the telly",
    "30 weeks pregnant and baby is kicking loads today",
    "my 2 year old had one loose poo, lots of wet nappies, playing",
]


@pytest.mark.parametrize("text", SAME_DAY)
def test_a_same_day_sign_in_these_voices_is_urgent(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text) is URGENT, text


@pytest.mark.parametrize(("expected", "text"), BELOW)
def test_below_urgent_in_these_voices(rules: RuleSet, expected: Disposition, text: str) -> None:
    assert decided_level(rules, text) is expected, text


@pytest.mark.parametrize("text", NOT_SAME_DAY)
def test_their_look_alikes_are_not_same_day(rules: RuleSet, text: str) -> None:
    assert decided_level(rules, text).rank < URGENT.rank, text
