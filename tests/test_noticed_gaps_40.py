"""Reading gaps noticed in session 39 and left alone, closed by kind (rules-ea, session 40).

Each sentence is our own, in English or simplified / Cantonese Chinese, read as a first message
with the rules alone:

1. **抽筋 said of a fit** (NHS.uk seizures / febrile seizures: a fit over 5 minutes, or a first
   one, is 999): 抽筋抽了六分钟还没停, 全身抽筋 with the eyes rolled up, a child's 抽筋 with a
   fever; a leg cramp at night or while swimming stays a cramp (NHS.uk leg cramps: self care).
2. **A long-standing slight deficit after a stroke that suddenly got worse** (NHS.uk stroke and
   TIA: new or suddenly worse FAST signs are 999); unchanged or improving it is no 999 call.
3. **A child and a pet both exposed to a poison** (NHS.uk poisoning: a child who may have
   swallowed antifreeze (ethylene glycol), button batteries or dishwasher tablets goes to A&E /
   999; TOXBASE ethylene glycol); the pet alone is the vet's.
4. **流了好多血, 流了好多好多血, 出了好多血** read as 流了很多血 is, whatever that level is with
   its context (Manchester Triage System haemorrhage; NHS.uk cuts: heavy bleeding that will not
   stop is 999).
5. **A suicidal statement denied** (冇講過想死, 从没说过想死, "he never said he wanted to die";
   NICE NG225): no self-harm rule by itself; a plan or the means said beside it stays an
   emergency.
6. **A question about a dose** ("is it safe to take 10 paracetamol a day?"; NHS.uk
   paracetamol: a pharmacist) is no overdose taken; "I took 10 paracetamol", 吃了十片, a
   daily count already being taken stay an overdose (NHS.uk paracetamol overdose, TOXBASE
   staggered overdose).
7. **The last tetanus jab "as a kid" / 小时候 beside a dirty wound** (NHS.uk tetanus: a
   tetanus-prone wound with the vaccine not up to date or not sure is urgent, the same day):
   the wound is current, the jab is what was long ago.
8. **"Like a tight band" round the head** (NHS.uk tension headache) is no chest pain; a tight
   band round the chest stays chest pain (NHS.uk chest pain, heart attack).
9. **One-slip typos of red-flag words** ("tounge", "dizy", "dizzzy", "brething", "unconcious",
   "sezure"; the speller, clinical/textprep.py) read as the word.

Wrong before the change (d564d81): 59 of the 136 sentences first written (item 1: 7 of 19,
item 2: 3 of 14, item 3: 11 of 17, item 4: 12 of 16 with the six 好多 / 很多 pairs, item 5: 1 of
15, item 6: 7 of 18, item 7: 6 of 9, item 8: 6 of 14, item 9: 6 of 14). After: none open;
twelve guards written after the change (WRITTEN_AFTER), 5 of them wrong before. Of the 9,547
stored texts (tests/data and the development set) none moved; the development set rules-only
stays 98.4%, 174/174 emergencies, 0 self-care to emergency.
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

FIT_SAID_AS_CRAMP = [
    ("E", "抽筋抽了六分钟还没停"),
    ("E", "抽筋抽了好久都停不下来"),
    ("E", "我老公抽筋抽了五分多钟，叫他没反应"),
    ("E", "宝宝发烧抽筋抽了两分钟，第一次这样"),
    ("E", "阿妈抽筋抽咗成五分钟，而家仲未醒"),
    ("E", "他全身抽筋，眼睛往上翻"),
    ("E", "我妈突然全身抽筋，眼睛往上吊"),
    ("E", "孩子发烧到三十九度，刚才抽筋了"),
    ("E", "个仔发烧，突然全身抽筋"),
    ("E", "he's been fitting for six minutes and it won't stop"),
    ("E", "my daughter has a high temperature and just had her first fit"),
    # a leg cramp at night, while swimming or after running is a cramp (NHS.uk leg cramps)
    ("S", "晚上睡觉小腿抽筋，痛醒了"),
    ("S", "游泳的时候腿抽筋了，现在好了"),
    ("S", "小腿抽筋抽了一分钟就好了"),
    ("S", "半夜脚抽筋抽了好几分钟才停"),
    ("S", "游泳的时候抽筋了，上岸揉一揉就好了"),
    ("S", "半夜抽筋痛醒，揉了一下就好了"),
    ("S", "I get cramp in my calf at night"),
    ("S", "leg cramp after swimming, gone now"),
]

STROKE_DEFICIT_WORSE = [
    ("E", "speech a bit slurred ever since my stroke but suddenly much worse today"),
    (
        "E",
        "Dad's speech has been slightly slurred since his stroke, but this morning it's "
        "suddenly much worse",
    ),
    (
        "E",
        "his speech has been a little slurred ever since his stroke, it got a lot worse an "
        "hour ago",
    ),
    (
        "E",
        "my left arm has been a bit weak since my stroke two years ago, today it's suddenly "
        "gone completely weak",
    ),
    (
        "E",
        "mum's face has drooped a little since her stroke, but in the last hour it's "
        "drooping much more",
    ),
    ("E", "我爸中风后说话一直有点含糊，今天突然严重了很多"),
    ("E", "中风后左手一直有点没力，今天突然完全抬不起来了"),
    ("E", "阿爸中风之后讲嘢一直有啲含糊，今朝突然差咗好多"),
    ("E", "爷爷中风以后说话就不太清楚，刚才突然一句话都说不出来了"),
    # unchanged or slowly improving: no 999 call (NHS.uk stroke recovery)
    ("!E", "Dad's speech has been a bit slurred ever since his stroke three years ago, no change"),
    ("!E", "my speech has been slurred ever since my stroke, slowly improving with speech therapy"),
    (
        "!E",
        "mum's arm has been weak since her stroke, same as ever, just need a repeat prescription",
    ),
    ("!E", "我爸中风后说话一直有点含糊，好几年了，没有变化"),
    ("!E", "阿爸中风之后讲嘢一直有啲含糊，都系咁，冇变化"),
]

CHILD_AND_PET_POISON = [
    ("E", "cat licked antifreeze, my toddler too"),
    (
        "E",
        "the dog lapped up some antifreeze off the drive and I think my 3 year old had some too",
    ),
    ("E", "my toddler licked antifreeze off his fingers"),
    ("E", "my son may have swallowed some antifreeze from the garage"),
    ("E", "my toddler got into the antifreeze in the shed"),
    ("E", "my 2 year old drank some antifreeze"),
    (
        "E",
        "the cat licked a puddle of antifreeze and my daughter was playing in it, she might have "
        "licked some too",
    ),
    ("E", "the dog chewed a dishwasher tablet and my toddler had one in his mouth too"),
    ("E", "猫舔了防冻液，我家宝宝好像也舔了"),
    ("E", "狗喝了防冻液，我儿子也喝了一点"),
    ("E", "孩子误喝了汽车防冻液"),
    ("E", "我个仔可能饮咗啲防冻液"),
    ("E", "小孩舔了防冻液"),
    # the pet alone is the vet's
    ("L", "the cat licked antifreeze"),
    ("L", "my dog drank some antifreeze from the garage floor, what should I do"),
    ("L", "猫舔了防冻液怎么办"),
    ("L", "只狗饮咗防冻液"),
]

A_LOT_OF_BLOOD = [
    ("E", "流了好多血"),
    ("E", "流了好多好多血"),
    ("E", "出了好多血"),
    ("E", "切菜切到手，流了好多血"),
    ("E", "他摔倒了头破了，流了好多好多血"),
    ("E", "腿被玻璃划了一道口子，出了好多血"),
    ("E", "流了好多血，现在头晕"),
    ("E", "佢割親手，流咗好多血"),
    ("L", "流了一点点血，已经止住了"),
    ("L", "刷牙的时候牙龈出了一点血"),
]

# each said with 好多 and with 很多: the two read alike (the level of 流了很多血 with its context)
A_LOT_OF_BLOOD_PAIRS = [
    ("流了好多血", "流了很多血"),
    ("切菜切到手，流了好多血", "切菜切到手，流了很多血"),
    ("刚才流了好多血，现在已经止住了", "刚才流了很多血，现在已经止住了"),
    ("流鼻血，流了好多血", "流鼻血，流了很多血"),
    ("来月经出了好多血", "来月经出了很多血"),
    ("出了好多血，按住也止不住", "出了很多血，按住也止不住"),
]

SUICIDAL_DENIED = [
    ("!E", "他冇講過想死"),
    ("!E", "佢冇講過想死，不過成日唔開心"),
    ("!E", "他从没说过想死"),
    ("!E", "我儿子最近很消沉，但他从来没说过想死"),
    ("!E", "我女儿从来没讲过想自杀，就是不爱说话"),
    ("!E", "he never said he wanted to die"),
    ("!E", "she's been low for weeks but she has never said she wants to die"),
    ("!E", "my dad's been very down since mum died, he's never talked about wanting to die"),
    ("!E", "I've never wanted to die, I just feel flat"),
]

SUICIDAL_DENIED_WITH_PLAN = [
    ("E", "他从没说过想死，但我在他房间发现了一瓶安眠药和遗书"),
    ("E", "佢冇講過想死，但今日話已經諗好點樣死，仲買咗炭"),
    (
        "E",
        "he never said he wanted to die but today he told me he has a rope ready and a "
        "plan for tonight",
    ),
    ("E", "he never said he wanted to die, now he's taken 30 tablets"),
    ("E", "我不想死，但是最近一直有想死的念头"),
    ("E", "I don't want to die but I keep thinking about killing myself"),
]

DOSE_ASKED = [
    ("L", "is it safe to take 10 paracetamol a day?"),
    ("L", "is it ok to take 10 paracetamol in one day"),
    ("L", "can I take 8 ibuprofen in a day"),
    ("L", "can I take 12 ibuprofen a day for my back?"),
    ("L", "should I take 10 paracetamol for this headache?"),
    ("L", "how many paracetamol can I take in a day, is 10 too many?"),
    ("L", "一天吃8片布洛芬安全吗？"),
    ("L", "一天可以吃10片扑热息痛吗？"),
    ("L", "一日食10粒必理痛得唔得？"),
    # taken stays an overdose (NHS.uk paracetamol overdose; TOXBASE staggered overdose)
    ("E", "I took 10 paracetamol"),
    ("E", "took 20 tablets"),
    ("E", "I've taken 10 paracetamol today, is that safe?"),
    ("E", "is it safe? I already took 12 paracetamol this morning"),
    ("E", "我吃了20片扑热息痛"),
    ("E", "我刚吃了十片扑热息痛，会不会有事？"),
    ("E", "佢啱啱食咗十粒必理痛"),
    ("U", "I've been taking 10 paracetamol a day for a week, is that ok?"),
    ("E", "I'm going to take 30 tablets tonight"),
]

TETANUS_LONG_AGO = [
    ("=U", "cut my hand on a rusty nail, last tetanus jab was as a kid"),
    (
        "=U",
        "stood on a rusty nail in the garden this morning, I think my last tetanus was "
        "when I was a kid",
    ),
    ("=U", "got a deep cut from barbed wire, my last tetanus injection was probably as a child"),
    ("=U", "踩到生锈的钉子，破伤风针是小时候打的"),
    ("=U", "被生锈的铁丝划伤了，破伤风疫苗还是小时候打的"),
    ("=U", "手被铁钉扎到，小时候打过破伤风，之后就没打过"),
    ("=U", "踩到生锈铁钉，破伤风针细个打过"),
    # a wound as a kid, now nothing: no same-day need
    ("L", "I stood on a rusty nail as a kid and needed a tetanus jab"),
    ("L", "小时候被生锈的钉子扎过，打了破伤风"),
]

TIGHT_BAND = [
    ("L", "headache like a tight band round my head"),
    ("L", "it's like a tight band squeezing my head on both sides"),
    ("L", "a tight band squeezing my forehead since lunch"),
    ("L", "headache, like someone tied a tight band round the top of my head"),
    ("L", "heavy pressure around my head like a tight band"),
    ("L", "tight band around the back of my head and neck after a long drive"),
    ("L", "got a tight band feeling over my eyes and forehead from the screen"),
    ("L", "头像被一根带子紧紧箍住一样痛"),
    ("L", "头好似俾条带箍住咁痛"),
    # the band round the chest stays chest pain
    ("E", "a tight band around my chest and I'm sweating"),
    ("U", "tight band across my chest when I walk uphill, goes with rest"),
    ("E", "胸口像被带子箍紧一样，出冷汗"),
    ("E", "like a tight band round my chest, spreading to my left arm"),
    ("U", "tight band round my chest and my head is pounding"),
]

# each typo with the word it slips from: both read at the same level, and at the code
SLIPS = [
    (
        "E",
        "my tounge has swollen up, I'm on lisinopril",
        "my tongue has swollen up, I'm on lisinopril",
    ),
    ("E", "tounge swelling after a bee sting", "tongue swelling after a bee sting"),
    (
        "E",
        "his tounge is swelling and he can't swallow",
        "his tongue is swelling and he can't swallow",
    ),
    (
        "E",
        "my tounge feels swollen after eating prawns",
        "my tongue feels swollen after eating prawns",
    ),
    ("U", "I feel dizy and my heart is racing", "I feel dizzy and my heart is racing"),
    ("E", "chest pain and dizy", "chest pain and dizzy"),
    ("U", "feel dizzzy and my heart is racing", "feel dizzy and my heart is racing"),
    ("E", "chest pain and feeling dizzzy", "chest pain and feeling dizzy"),
    ("U", "difficulty brething", "difficulty breathing"),
    (
        "E",
        "my baby's brething is really fast and she's grunting",
        "my baby's breathing is really fast and she's grunting",
    ),
    ("E", "my husband is unconcious", "my husband is unconscious"),
    ("E", "found him unconcious on the floor", "found him unconscious on the floor"),
    ("E", "my son had a sezure", "my son had a seizure"),
    ("E", "she's having a sezure right now", "she's having a seizure right now"),
]

# Written after the change, as guards beside the new readings (a dose asked beside ending a life,
# a pet's antifreeze alone, a daily count being taken, "blod"): 5 of the 12 were wrong before.
WRITTEN_AFTER = [
    ("E", "should I just take 40 sleeping pills and end it"),
    ("E", "can I take 30 tablets and just not wake up"),
    ("E", "should I take 15 sleeping pills and end it"),
    ("L", "我家狗误喝了防冻液"),
    ("E", "the dog drank some antifreeze and so did my toddler"),
    ("E", "my husband accidentally took a swig of screenwash from a bottle"),
    ("U", "我一直每天吃十片扑热息痛，会不会伤肝？"),
    ("!E", "since my stroke I've had headaches, today it's much worse"),
    (
        "E",
        "since her stroke last year her left hand has been weak, and this morning it's suddenly "
        "much weaker",
    ),
    ("L", "I topped up the antifreeze in the car"),
    ("E", "blod everywhere from a cut on my leg and it won't stop"),
    ("U", "my tummy really hurts and I feel dizy"),
]

# Written by the coordinator at the merge, after the all-texts check moved a fresh self-care
# row to an emergency (a girl's first period told as 流了好多血): NHS.uk heavy periods reads a
# period's heavy flow by faintness (999) and an hourly pad (same day), not as an uncontrolled
# haemorrhage; a cut's bleeding beside it stays one. The first two were emergencies before.
PERIOD_FLOW = [
    ("!E", "女儿十一岁，今天第一次来月经，流了好多血，用了两片卫生巾，不头晕"),
    ("!E", "来月经第二天，流了很多血，其他都还好"),
    ("E", "来月经，流了好多血，头晕想晕倒"),
    ("E", "来月经，流了好多血，止不住，脸色苍白"),
    ("E", "on my period, heavy bleeding, feel faint and dizzy"),
    ("E", "切菜切到手，流了好多血"),
]

# Written by the coordinator after the merged sweep: Cantonese says a lot of blood as 流咗好多血,
# so a graze washed and plastered (NHS.uk cuts and grazes: clean it, cover it) that bled a lot
# reached an emergency (test_rules_set35_zh); a plaster bled through stays one. The first two
# were emergencies before.
WOUND_CLEANED_AND_COVERED = [
    ("S", "個仔跌親，膝頭擦損咗一大片，流咗好多血，洗乾淨貼咗膠布，佢又去踢波"),
    ("S", "grazed his knee, lots of blood, cleaned it and put a plaster on, he's back playing"),
    ("!E", "切菜切到手，流了好多血，贴了创可贴就好了"),
    ("E", "佢割親手，流咗好多血，洗乾淨貼咗膠布仲係流緊"),
    ("E", "cut my hand, lots of blood, washed it and put a plaster on but it's still pouring"),
    ("E", "割到手流了好多血，贴了创可贴还是一直流"),
]

# Written by the coordinator after the second merged sweep: rules-ec's "nothing else wrong"
# (没什么不舒服) as coping took test_rules_set43_en's cholesterol check asked in Chinese to
# self_care; a check asked for is a GP review (NHS Health Check, NHS.uk high cholesterol). The
# first two were self_care before.
CHECK_ASKED = [
    ("N", "我爸五十岁心梗走的，我今年45，身体没什么不舒服，想查一下血脂和血压"),
    ("N", "身体没什么不舒服，就是想查一下胆固醇"),
    ("E", "想查一下血压，刚才自己量了185/115，头很痛"),
]

# Sentences the rules still misread: strict xfails with their reason.
OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(FIT_SAID_AS_CRAMP, OPEN_ROWS))
def test_fit_said_as_cramp(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(STROKE_DEFICIT_WORSE, OPEN_ROWS))
def test_stroke_deficit_worse(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CHILD_AND_PET_POISON, OPEN_ROWS))
def test_child_and_pet_poison(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(A_LOT_OF_BLOOD, OPEN_ROWS))
def test_a_lot_of_blood(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(
    ("text", "same_as"), A_LOT_OF_BLOOD_PAIRS, ids=[a for a, _ in A_LOT_OF_BLOOD_PAIRS]
)
def test_a_lot_of_blood_reads_as_hen_duo(rules: RuleSet, text: str, same_as: str) -> None:
    assert rules_only_level(text, rules)[0] is rules_only_level(same_as, rules)[0]


@pytest.mark.parametrize(("code", "text"), with_open(SUICIDAL_DENIED, OPEN_ROWS))
def test_suicidal_statement_denied(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
    fired = [hit.rule_id for hit in rules_only_level(text, rules)[1]]
    assert not [r for r in fired if "suicid" in r or "self_harm" in r], fired


@pytest.mark.parametrize(("code", "text"), with_open(SUICIDAL_DENIED_WITH_PLAN, OPEN_ROWS))
def test_suicidal_denied_beside_a_plan(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(DOSE_ASKED, OPEN_ROWS))
def test_dose_asked_or_taken(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TETANUS_LONG_AGO, OPEN_ROWS))
def test_tetanus_jab_long_ago(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(TIGHT_BAND, OPEN_ROWS))
def test_tight_band(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(
    ("code", "text", "word"),
    [
        pytest.param(
            code,
            text,
            word,
            id=text[:60],
            marks=pytest.mark.xfail(strict=True, reason=OPEN_ROWS[text])
            if text in OPEN_ROWS
            else (),
        )
        for code, text, word in SLIPS
    ],
)
def test_red_flag_word_slips(rules: RuleSet, code: str, text: str, word: str) -> None:
    assert_reaches(rules, code, word)  # the sentence spelt right reaches the code
    assert_reaches(rules, code, text)
    assert rules_only_level(text, rules)[0] is rules_only_level(word, rules)[0]


@pytest.mark.parametrize(("code", "text"), with_open(WRITTEN_AFTER, OPEN_ROWS))
def test_written_after(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), PERIOD_FLOW)
def test_a_periods_flow_is_no_haemorrhage(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), WOUND_CLEANED_AND_COVERED)
def test_a_wound_cleaned_and_covered_is_first_aid_done(
    rules: RuleSet, code: str, text: str
) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), CHECK_ASKED)
def test_a_check_asked_for_is_a_review(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
