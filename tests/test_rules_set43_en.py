"""Set 43's English kinds, both languages where the kind applies: the sender relays what the ill
person said (reported speech), lists what they do not have beside what they have, or struggles
to name the feeling. None of these voices may set the level; the signs inside them must.
The kinds: stroke signs relayed in a relative's lay words (a mouth "gone funny on one side", a
hand that will not grip, "I keep dropping the cup", "sounded drunk" in someone who does not
drink); a tablet count relayed inside quotation marks ("took 'like 20'"); a goodbye said as
thanks, with everything "sorted" and the tablets got out; the sight of one eye veiled like smoke
or fog minutes ago, or part of it gone; saliva that cannot be swallowed with words between ("can't
swallow even my own spit"); a baby's movements told as quieter than usual, "just the odd
wriggle"; a reliever that helps for a couple of hours used several times (not a reliever that
fails); waking up feeling like choking beside snoring (sleep apnoea); a mole gone darker and
blotchy (no mottled skin); a cholesterol or blood-pressure check asked for; a tension headache
told as a band round the head with stress as its trigger.

Written by rules-cm (session 34). The sentences are this file's own, each from the published
source named above its list:

- NHS.uk stroke (FAST: the face dropped on one side, an arm or hand that cannot be lifted or
  grip, slurred speech: call 999 even if the signs pass);
- NHS.uk paracetamol overdose and TOXBASE (a count of 10 or more taken at once: A&E, even if
  the person feels well);
- NICE NG225 Self-harm and NHS.uk help for suicidal thoughts (warning signs: saying goodbye,
  putting affairs in order, the means made ready: call 999);
- NHS.uk sudden loss of vision and the College of Optometrists (losing all or part of the sight
  of one eye, or a sudden change in vision: A&E);
- NHS.uk epiglottitis and quinsy (a high temperature with drooling, unable to swallow: 999);
- RCOG Green-top 57 and NHS.uk your baby's movements (movements fewer or slower than usual:
  call the maternity unit the same day);
- BTS/SIGN 158 and NHS.uk asthma (a reliever needed more often than every 4 hours: an urgent GP
  appointment or 111; a reliever that does not help: 999);
- NHS.uk sleep apnoea (choking or gasping noises and waking up at night, with snoring: a GP);
- NHS.uk moles and NICE NG12 (a mole changed in size or colour: a GP);
- NHS Health Check and NHS.uk high cholesterol (a check of cholesterol and blood pressure is
  booked with the GP or a pharmacy);
- NHS.uk tension-type headaches (a tight band round the head, stress a common cause; painkillers
  at home).

Wrong before the rule changes (run on da31a02's rules): 38 of 59; none after.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care, ``=N``
exactly non_urgent.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

# NHS.uk stroke (FAST) relayed by a relative in lay words
STROKE_SIGNS_RELAYED: list[tuple[str, str]] = [
    ("E", "Dad rang me and he sounded drunk, but he never drinks. It started half an hour ago."),
    ("E", "My nan says her mouth has gone funny on one side since lunch."),
    ("E", "He says 'my mouth's gone weird on one side' and it started an hour ago."),
    ("E", "Mum says she can't get her left hand to grip the kettle, it started this morning."),
    ("E", "My husband says 'I keep dropping my mug' and it came on an hour ago."),
    ("E", "我妈打电话来听起来像喝醉了一样，她根本不喝酒，半小时前开始的"),
    ("E", "我爸说他右手抓不紧东西，刚才开始的"),
    ("!E", "he sounded drunk on the phone but he'd had a few pints at the wedding"),
]

# NHS.uk paracetamol overdose, TOXBASE: a count relayed inside quotation marks
OVERDOSE_COUNT_QUOTED: list[tuple[str, str]] = [
    ("E", "my son said he took 'about 30' of my sleeping tablets last night"),
    ("E", 'she told me she\'d taken "like 16" paracetamol this morning'),
    ("E", "he says he took '20 or so' ibuprofen after the row"),
    ("E", "my sister admitted she swallowed “maybe 25” tablets, says she feels fine"),
    ("E", "儿子说他昨晚吃了“大概二十片”扑热息痛，现在说没事"),
    ("L", "she said she took '2' paracetamol for her period pain this morning"),
]

# NICE NG225, NHS.uk help for suicidal thoughts: a goodbye as thanks, all sorted, tablets out
GOODBYE_WITH_THE_MEANS_OUT: list[tuple[str, str]] = [
    (
        "E",
        "my brother texted 'I've sorted everything, the pills are lined up, thanks for being "
        "a great brother'",
    ),
    (
        "E",
        "got a voicemail from my dad saying he'd sorted everything out and just wanted to say "
        "thank you for everything, his pills are all out on the table",
    ),
    (
        "E",
        "she messaged me to say thanks for being a good friend and don't call anyone, her "
        "tablets are counted out",
    ),
    ("E", "她给我发语音说我都安排好了，药都摆好了，谢谢你一直对我这么好，别给任何人打电话"),
    ("E", "我哥发信息说一切都处理好了，药已经数好了，谢谢我这些年照顾他"),
    (
        "!E",
        "I've sorted everything out with the pharmacy and my tablets are lined up in the "
        "dosette box for the week",
    ),
    ("L", "just wanted to say thanks for everything, the physio really helped my knee"),
]

# NHS.uk sudden loss of vision, College of Optometrists: part of one eye's sight veiled or gone
SIGHT_OF_ONE_EYE_VEILED: list[tuple[str, str]] = [
    ("E", "20 minutes ago my left eye went like I was looking through smoke, the other is fine"),
    ("E", "it's like a grey fog came over one eye about half an hour ago"),
    ("E", "About an hour ago the top half of what I see out of my left eye just went dark"),
    ("E", "reading the paper and my right eye went misty like smoke, top half basically gone"),
    ("E", "二十分钟前右眼像隔着一层烟，看东西灰蒙蒙的，左眼没事"),
    ("E", "刚才右眼上半部分突然看不见了，不痛"),
    ("!E", "my eyes have gone a bit misty over the last few months when I drive at night"),
    ("!E", "the top half of my tooth has gone, it broke on a toffee"),
]

# NHS.uk epiglottitis and quinsy: saliva that cannot be swallowed, words between
SALIVA_NOT_SWALLOWED: list[tuple[str, str]] = [
    ("E", "temp 38.8 and sore throat, I can't swallow any of my spit, it's just dribbling out"),
    ("E", "my daughter has a fever and can't swallow even her own spit"),
    ("E", "fever since last night, can't swallow even my own saliva, voice all muffled"),
    ("E", "发烧39度，连自己的口水都咽不下去，一直往外流"),
    ("L", "I can swallow my spit fine, just a scratchy throat, no fever"),
]

# RCOG Green-top 57, NHS.uk your baby's movements: quieter than usual, the odd wriggle
MOVEMENTS_TOLD_AS_QUIETER: list[tuple[str, str]] = [
    (
        "=U",
        "32 weeks pregnant, she's usually really kicky in the evening but tonight she's been "
        "quieter, just the odd flutter",
    ),
    ("=U", "I'm 29 weeks and the baby feels different today, only the odd little wriggle"),
    ("=U", "34 weeks, he's not as kicky as normal today"),
    ("=U", "怀孕31周，宝宝平时早饭后很活跃，今天安静了很多，只是偶尔动一下"),
    ("=U", "孕30周，今天宝宝比平时安静，感觉跟平时不一样"),
    ("L", "my 3 year old has been quieter today but is eating and playing normally"),
]

# BTS/SIGN 158, NHS.uk asthma: a reliever that helps for hours is no reliever failing
RELIEVER_HELPS_FOR_HOURS: list[tuple[str, str]] = [
    (
        "=U",
        "my asthma's been bad today, I've used my blue inhaler 4 times and it helps for a couple "
        "of hours then the tightness comes back, I can talk fine",
    ),
    (
        "=U",
        "used my blue inhaler about 5 times since this morning, it works for an hour or two each "
        "time, a bit wheezy but talking normally",
    ),
    ("=U", "今天哮喘不太好，蓝色喷雾喷了四次，每次能管两个小时左右，说话没问题"),
    ("E", "used my blue inhaler 6 times and it's not helping at all, I can't finish a sentence"),
]

# NHS.uk sleep apnoea: waking up feeling like choking, with snoring, is a GP's
WAKING_CHOKING_WITH_SNORING: list[tuple[str, str]] = [
    ("L", "my wife keeps waking up feeling like she's choking, she snores loudly, tired all day"),
    ("L", "I wake up choking most nights and my partner says I stop breathing while I snore"),
    ("L", "我老公打呼噜很响，睡着了会停一下呼吸，常常憋醒，白天很困"),
    ("E", "he's choking on a sweet and going blue"),
]

# NHS.uk moles, NICE NG12: a mole gone darker and blotchy is no mottled skin
MOLE_DARKER_AND_BLOTCHY: list[tuple[str, str]] = [
    ("=N", "my mole has got bigger and the edge has gone darker and sort of blotchy"),
    ("=N", "she says the mole on her back is darker now and kind of blotchy at the edge"),
    ("=N", "背上的痣最近变大了，边缘颜色变深，一块一块的"),
    ("E", "his skin is blotchy and mottled, he's got a fever and he's confused"),
]

# NHS Health Check, NHS.uk high cholesterol: a check asked for is booked, not self-care
CHECK_ASKED_FOR: list[tuple[str, str]] = [
    ("=N", "my mum had a stroke at 60, I'm 50 and feel fine, can I get my cholesterol checked?"),
    ("=N", "feel totally fine, I'd just like my cholesterol and blood pressure checked"),
    ("=N", "我爸五十岁心梗走的，我今年45，身体没什么不舒服，想查一下血脂和血压"),
]

# NHS.uk tension-type headaches: a band round the head, stress its trigger, painkillers at home
TENSION_HEADACHE_STRESS_TRIGGER: list[tuple[str, str]] = [
    (
        "S",
        "tight band feeling round my head after a long day at the laptop, paracetamol has it "
        "mostly gone, I get these when I'm stressed",
    ),
    ("S", "headache like a band around my forehead whenever I'm stressed, ibuprofen sorted it"),
    ("S", "一有压力就头痛，像一圈箍着一样，吃了布洛芬基本好了"),
    ("N", "I'm so stressed I can't cope and I've had a headache for 3 weeks"),
]

CASES = (
    STROKE_SIGNS_RELAYED
    + OVERDOSE_COUNT_QUOTED
    + GOODBYE_WITH_THE_MEANS_OUT
    + SIGHT_OF_ONE_EYE_VEILED
    + SALIVA_NOT_SWALLOWED
    + MOVEMENTS_TOLD_AS_QUIETER
    + RELIEVER_HELPS_FOR_HOURS
    + WAKING_CHOKING_WITH_SNORING
    + MOLE_DARKER_AND_BLOTCHY
    + CHECK_ASKED_FOR
    + TENSION_HEADACHE_STRESS_TRIGGER
)


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set43_english_kinds_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    if expected == "=N":  # exactly a GP appointment within days
        level, hits = rules_only_level(text, rules)
        assert level is Disposition.NON_URGENT, (level, [h.rule_id for h in hits])
    else:
        assert_reaches(rules, expected, text)
