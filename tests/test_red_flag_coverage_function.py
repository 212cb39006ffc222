"""Fresh set 18's red-flag categories on rules-ai's side: what people cannot do said instead of
the sign, mental health and substances said indirectly, and long-standing loss of function that
is no sudden deficit.

Written before the rule changes, in our own words (not the set's rows), from the source named
above each group. ``E`` must end ``emergency``, ``U`` at least ``urgent``, ``!E`` anything but
``emergency``. The look-alike stand-down (a loss of function lasting weeks or months with a
named gradual pattern) is probed with sudden deficits said in the same words, which must stay
emergencies.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NICE NG128 Stroke and TIA / NHS.uk stroke (BE-FAST: sudden loss of vision): a visual field
# lost on one side, said by what cannot be seen or by walking into things on that side
VISUAL_FIELD: list[tuple[str, str]] = [
    ("E", "Since breakfast the right side of my vision is just missing, I only see half the page"),
    ("E", "dad keeps walking into things on his left and says he can't see that side since lunch"),
    ("E", "woke up and I can only see the right half of everything"),
    ("E", "I can't see anything on my left side since an hour ago, keep bumping into the door"),
    ("E", "爸爸说电视右边一半看不到了，走路总撞到右边的东西"),
    ("E", "今朝起身睇唔到左邊一半嘢"),
    ("E", "我从早上起来左边一半都看不见了，老是撞到左边的门框"),
    ("!E", "the left half of the TV screen has gone black, is it the TV or the cable"),
    ("!E", "儿子玩的时候头撞到门框上了，起了个小包，没吐"),
    ("!E", "my stroke two years ago left me unable to see the left half of things"),
]

# NICE NG225 Self-harm / NHS.uk suicide warning signs: putting affairs in order, giving things
# (a pet) away, saying goodbye, talking of being a burden or "won't be a problem", a time in mind
SUICIDE_INDIRECT: list[tuple[str, str]] = [
    (
        "E",
        "I've got my affairs in order and rehomed my dog. Nobody will have to worry about me soon",
    ),
    ("E", "everyone will be better off without me, I've sorted my affairs"),
    ("E", "I won't be a burden to anyone after this weekend"),
    ("E", "she gave her cat to the neighbour and said she won't be a bother to anyone any more"),
    ("E", "我已经交代好后事了，不想再拖累家人了"),
    ("E", "我把猫送给邻居了，今晚之后就不会再给任何人添麻烦了"),
    ("E", "我把狗送人了，以后不会再麻烦你们了"),
    ("!E", "we rehomed our dog because of my allergy, can antihistamines help"),
    ("!E", "I've sorted my affairs and made a will now I'm 80, just want a flu jab"),
    ("!E", "I won't be a problem for the nurses tonight, I'll take my own tablets"),
    (
        "!E",
        "lately I feel everyone would be better off without me, but I have no plan and I "
        "wouldn't do anything tonight",
    ),
    ("E", "everyone would be better off without me, it ends tonight"),
]

# NICE CG100 / NICE CKS alcohol-use disorders: withdrawal with hallucinations or confusion
# (delirium tremens) or fits needs hospital care
ALCOHOL_WITHDRAWAL: list[object] = [
    (
        "E",
        "he stopped the booze 3 days ago, now he's sweating and shaking and seeing spiders on the "
        "ceiling",
    ),
    # closed in session 41 by rules-gf's alcohol_withdrawal_delirium_heavy_drinker (heavy_drinker
    # and stopped_recently read as concepts of their own; NICE CG100)
    (
        "E",
        "heavy drinker, quit on Monday, now she's confused and trembling and picking at things "
        "that aren't there",
    ),
    ("!E", "stopped drinking coffee 2 days ago and I've got a headache"),
    ("E", "I gave up drinking two days ago and I keep seeing bugs on my arms"),
    ("E", "我老公戒酒两天了，浑身发抖出大汗，说墙上有虫子在爬"),
    ("E", "他一向飲好多酒，前日突然唔飲，而家手震到好犀利，仲話見到啲蟲"),
    ("!E", "stopped drinking for dry January and I feel great"),
    ("!E", "quit drinking last year, sleeping better"),
]

# Resuscitation Council UK anaphylaxis: an airway problem (throat tightness, a hoarse or changed
# voice) after a trigger; the trigger said as a dish that carries a listed allergen
ANAPHYLAXIS: list[tuple[str, str]] = [
    ("E", "ate a pesto pasta 15 minutes ago, my lips are puffy and my voice sounds odd"),
    ("E", "had hummus at lunch and my tongue is swelling, voice has gone weird"),
    ("E", "my lips are swelling up and my voice sounds weird"),
    ("E", "吃了沙爹串，嘴唇肿了，喉咙很紧"),
    ("E", "食完沙嗲之後嘴唇腫，把聲怪怪哋"),
    ("!E", "my voice sounds weird since the cold, bit of a sore throat"),
]

# NHS.uk burns and scalds / NHS Healthier Together: a child's scald from a hot drink, large (the
# chest and an arm) or with skin peeling or blistered, goes to A&E
CHILD_SCALD: list[tuple[str, str]] = [
    ("E", "my 2 year old knocked a mug of coffee over her tummy and leg, the skin is coming off"),
    ("E", "toddler tipped the teapot onto his arm and chest, it's red raw and peeling"),
    ("E", "baby pulled my cup of tea down on herself, big blisters on her arm"),
    ("E", "個BB打瀉咗杯熱茶落手臂，皮都甩咗"),
    ("E", "两岁的孩子打翻了一杯茶，烫到胸口和手臂，皮都掉了"),
    ("!E", "I spilled a mug of tea on my jeans, it was only warm, no marks"),
]

# NICE CKS carpal tunnel syndrome / frozen shoulder / rheumatoid arthritis: a loss of hand or
# arm function lasting weeks or months with its named gradual pattern (tingling at night
# relieved by shaking the hand, night ache and stiffness of the shoulder, morning stiffness and
# swollen knuckles) is no sudden neurological deficit (NICE NG128). A sudden deficit said in the
# same words stays an emergency.
GRADUAL_FUNCTION: list[tuple[str, str]] = [
    (
        "!E",
        "can't grip my pen properly for the last couple of months, pins and needles in my thumb "
        "at night, better when I flick my wrist",
    ),
    (
        "!E",
        "for about 6 weeks I've been dropping things, my thumb and fingers go numb at night and I "
        "shake my hand to wake it up",
    ),
    ("!E", "can't lift my arm to put my coat on, shoulder stiff and aching at night for 6 weeks"),
    (
        "!E",
        "I can't hold a mug in the mornings, hands stiff for an hour and knuckles swollen, for 3 "
        "months",
    ),
    ("!E", "几个星期了，晚上手指发麻，甩甩手就好，手拿不稳东西"),
    ("!E", "肩膀痛了一个多月，手臂举不起来梳头，晚上痛得更厉害"),
    ("!E", "三个月了，早上手指僵硬一个多小时，指关节肿，拧不开瓶盖，握不住杯子"),
    ("E", "since an hour ago I can't lift my arm"),
    ("E", "dropping things suddenly this morning, my right hand just won't grip"),
    ("E", "I've had carpal tunnel for months but since an hour ago my whole right arm is weak"),
    (
        "E",
        "frozen shoulder for weeks, but this morning my arm suddenly went dead and my face drooped",
    ),
    ("E", "my hands have been stiff for months but suddenly today I can't lift my left arm"),
    ("E", "一个小时前开始右手突然没力，拿不住杯子"),
    ("E", "手指发麻几个星期了，但今天早上突然整只手臂抬不起来"),
    ("E", "肩周炎一个月了，刚才突然左手没力，嘴巴也歪了"),
    # a change said only as "now" after weeks of a gradual problem (the coordinator's probe):
    # the weakness is new, whatever the old problem was (NICE NG128)
    ("E", "carpal tunnel for months and now my right arm is weak and I can't lift it"),
    ("E", "rheumatoid in my hands for 2 months but now my whole arm has gone weak and heavy"),
    ("E", "腕管综合征几个月了，现在整只手臂都无力，抬不起来"),
]

# NICE CKS stable angina: chest tightness on exertion relieved by rest within minutes, the same
# for weeks, is a rapid-access chest pain clinic referral, not an emergency; pain at rest, new
# in the last day or worsening stays one (NICE NG185)
EXERTIONAL_CHEST: list[tuple[str, str]] = [
    (
        "!E",
        "for a few weeks my chest gets tight and my jaw aches walking up hills, goes after a "
        "couple of minutes' rest, fine sitting",
    ),
    ("!E", "上楼梯快了胸口就发闷，牙床也酸，停下来两三分钟就好，有一个月了，坐着躺着都没事"),
    ("E", "chest tight walking up hills for weeks, but today it came on sitting down and won't go"),
    ("E", "胸口发紧几个星期了，今天坐着也痛，出冷汗"),
    (
        "E",
        "for weeks my chest hurts walking uphill and goes with rest, but this morning it came "
        "with sweating and it won't go",
    ),
    (
        "E",
        "chest pain walking up hills for weeks, goes with rest, today it's sweaty and spreading "
        "to my arm",
    ),
    ("E", "爬坡胸口发紧几个星期了，歇一下就好，但是今天出冷汗，下巴也痛"),
]

# NICE CKS chest infection / NHS.uk: breathless only on the stairs while on antibiotics is no
# allergic reaction to them and no breathlessness at rest
ON_ANTIBIOTICS: list[tuple[str, str]] = [
    (
        "!E",
        "day 4 of amoxicillin for a chest infection, still coughing, a bit out of breath on the "
        "stairs but fine resting",
    ),
    ("E", "started amoxicillin an hour ago and now I can't breathe and my lips are swelling"),
    ("E", "on antibiotics for my chest and now too breathless to speak"),
    ("E", "day 3 of antibiotics, my lips and tongue are swelling and I'm wheezing even sitting"),
    ("E", "吃抗生素第三天，突然喘不上气，嘴唇肿了"),
]

CASES: list[object] = [
    *VISUAL_FIELD,
    *SUICIDE_INDIRECT,
    *ALCOHOL_WITHDRAWAL,
    *ANAPHYLAXIS,
    *CHILD_SCALD,
    *GRADUAL_FUNCTION,
    *EXERTIONAL_CHEST,
    *ON_ANTIBIOTICS,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set18_function_and_mental_health_categories(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)
