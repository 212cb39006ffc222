"""Coverage of carers' words: care-home staff, neighbours and adult children about an older or
dependent person, often inside a long message.

Written by the engineer who closed fresh walk 10's misses (``tests/data/fresh_walk_10.jsonl``),
one group per category of miss, in other words than the walk's, each group from the published
source named above it. Every group failed on the rules before the change it comes with (the
look-alikes marked so failed by being raised). ``E`` must end ``emergency``, ``U`` at least
``urgent``, ``!E`` anything but ``emergency``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# MTS altered conscious level / RCP NEWS2 ACVPU (V: responds to voice only) in carers' words:
# someone who can hardly be woken, or who is called and barely answers, is not alert. All
# failed before; the look-alikes guard the new words (a deaf father, a tired writer).
HARD_TO_WAKE: list[tuple[str, str]] = [
    ("E", "I can barely wake my grandad this morning, he opens his eyes and drifts off again"),
    ("E", "the carer couldn't get him to wake up properly, he just groans"),
    ("E", "nan is so hard to get awake today, we can hardly wake her"),
    ("E", "外公今天叫他都不太应，一直在睡"),
    ("E", "阿爷叫佢都唔点应，成日瞓"),
    ("!E", "my dad is hard of hearing so he doesn't always answer when I call from the kitchen"),
    ("!E", "I could barely wake up this morning after my night shift"),
    ("!E", "奶奶耳朵不好，叫她要大声一点"),
]

# NICE NG51 high risk: new altered mental state, said by a carer as delirium does (NICE CG103
# delirium: disorientation to people, hallucinations); with a fever or shivering it is possible
# sepsis (rule sepsis_fever_confusion). All failed before (ending urgent at most).
DELIRIUM_WITH_FEVER: list[tuple[str, str]] = [
    (
        "E",
        "grandma has a high temperature and keeps calling me by my aunt's name, "
        "she's never like this",
    ),
    ("E", "my father is burning up and talking to people who aren't in the room"),
    ("E", "mum has a fever and she is seeing people who aren't there"),
    ("E", "外婆发高烧，说看到有人站在床边，其实没有人"),
    ("E", "阿爷发烧，仲认错人，当我系佢细佬"),
    ("!E", "my aunt has a cold and I keep calling my kids by each other's names"),
    ("!E", "外婆发烧了，有点咳嗽，人很清醒"),
]

# NICE NG51 high risk: mottled skin (said as purple patches), and NHS.uk dehydration (999: not
# peed all day) said with the pad or nappy first and "all day" before it. All failed before.
MOTTLED_AND_DRY_ALL_DAY: list[tuple[str, str]] = [
    ("E", "外公的腿上一块一块发紫，人没精神"),
    ("E", "婆婆膝盖上一片片发紫"),
    ("E", "奶奶一整天尿片都是干的"),
    ("E", "her incontinence pad has been dry all day"),
    ("E", "his pad has stayed dry all day and he's not drinking"),
    ("!E", "小朋友摔了一跤，腿上青一块紫一块，跑来跑去没事"),
    ("!E", "changed her pad at lunch and it was wet, she's had a good day"),
]

# TOXBASE / NPIS opioids, UKHSA: opioid toxicity is drowsiness, pinpoint pupils and slow or
# shallow breathing; with an opioid named (a patch, a tablet, a syringe driver) each of the last
# two is an emergency. All failed before; a named opioid with its usual side effects is not.
OPIOID_TOXICITY: list[tuple[str, str]] = [
    ("E", "gran has a fentanyl patch and her pupils are like pinpoints, very sleepy"),
    ("E", "he takes oxycodone for his hip and now his breathing is really slow with long gaps"),
    ("E", "on morphine since the op, her pupils are tiny and she is hard to rouse"),
    ("E", "我爸贴着芬太尼止痛贴，瞳孔缩得很小，呼吸很慢"),
    ("E", "阿妈食开吗啡，而家呼吸好慢，好耐先唞一啖气"),
    ("!E", "she's on morphine and a bit constipated"),
    ("!E", "he takes codeine and feels a little sleepy after it"),
    ("!E", "my pupils looked tiny in the photo because of the flash"),
]

# NHS urinary retention / NICE CKS LUTS in men: suddenly unable to pass urine ("pass water" in
# British English) with a painful or swollen lower tummy is acute retention (emergency catheter).
# All failed before (ending urgent); passing water often or with a sting is not retention.
PASS_WATER: list[tuple[str, str]] = [
    (
        "E",
        "grandad hasn't been able to pass water since last night and his lower tummy "
        "is swollen and sore",
    ),
    ("E", "he can't pass water at all and is in agony"),
    ("E", "my husband is unable to pass water, his bladder feels full and painful"),
    ("!E", "he has to pass water a lot at night, no pain"),
    ("!E", "it stings when she passes water and she's going more often"),
]

# RCP NEWS2 SpO2 scale 2: a saturation said to be the patient's documented usual or baseline
# (a care plan's, with COPD) scores on scale 2; then 88-92 on air is no emergency. Both failed
# before (raised by vital_spo2_low); a saturation below the target stays one (a guard).
BASELINE_SATS: list[tuple[str, str]] = [
    ("!E", "known COPD, sats 89-91% which is his baseline on the care plan, chatting as normal"),
    ("!E", "resident with COPD, oxygen sats 90% her usual, no change today"),
    ("!E", "爷爷慢阻肺，血氧八十九到九十一，护理计划写的就是他的基线，精神好"),
    ("E", "known COPD, baseline sats 88-92 per care plan, sats now 83% on air, breathless"),
]

# NICE NG232: a head injury in someone on an anticoagulant (CT within 8 hours; with vomiting or
# GCS below 15 within 1 hour), said in care-home notes as a wound on the head after a fall. All
# failed before (ending urgent at most).
HEAD_WOUND: list[tuple[str, str]] = [
    ("E", "found on the floor of her room with a cut on the back of her head, she takes apixaban"),
    ("E", "resident had a fall, head wound above the eyebrow, on edoxaban"),
    ("E", "奶奶跌倒了，头上有个伤口在流血，她在吃阿哌沙班"),
    ("E", "院友跌低，后脑有伤口，食紧薄血药"),
    ("!E", "he cut his finger on a tin, he takes apixaban, it stopped with pressure"),
]

# NHS.uk rhabdomyolysis / NHS falls: dark brown ("cola", "tea") urine after a long time on the
# floor. All failed before; dark morning urine or a cola drunk is not.
LONG_LIE_DARK_URINE: list[tuple[str, str]] = [
    (
        "E",
        "found mum on the kitchen floor, no idea how long she'd been there, her wee is dark brown",
    ),
    ("E", "he was on the floor all night and now his urine looks like cola"),
    ("E", "外婆在地上躺了不知道多久，尿是酱油色的"),
    ("E", "阿爷跌咗喺地下唔知几耐，啲尿好似可乐咁色"),
    ("!E", "I drank a lot of cola yesterday and my wee is darker, otherwise fine"),
    ("!E", "my urine is dark first thing in the morning when I haven't drunk much"),
]

# NICE NG225 / NHS help for suicidal thoughts: the means made ready (tablets counted out) with
# the warning signs family see (possessions or bank cards handed over, "you'll need these").
# All failed before; counting a dosette box and a birthday present are not.
MEANS_MADE_READY: list[tuple[str, str]] = [
    ("E", "my brother gave me his bank cards and PIN and I found his tablets counted out in a row"),
    ("E", "she said she won't be needing her jewellery and her pills are all counted out"),
    ("E", "爸爸把存折给了我，说以后用得着，床头的药一粒一粒数好了"),
    ("E", "阿妈将啲首饰俾晒我，话以后用唔着，啲药数好晒放喺枱面"),
    ("!E", "I count out mum's tablets every Sunday into her dosette box"),
    ("!E", "dad gave me his old watch for my birthday"),
]

# NHS.uk / UK Kidney Association hyperkalaemia: a known high potassium with a slow or irregular
# heartbeat, palpitations or muscle weakness needs emergency treatment. All failed before.
HIGH_POTASSIUM: list[object] = [
    ("E", "her potassium was high on last week's bloods and now her pulse is slow and irregular"),
    ("E", "GP said his potassium is raised, today he's so weak he can't stand"),
    pytest.param(
        "E",
        "上次验血说血钾高，现在心跳很慢，全身没力气",
        marks=pytest.mark.xfail(strict=True, reason="open: 上次 makes the blood result past"),
    ),
    ("E", "醫生話佢鉀高，而家心跳好慢又唔規律"),
    ("!E", "my potassium was a little high last time, the GP is repeating the test, I feel fine"),
    ("!E", "she eats a banana a day for the potassium, her pulse is normal"),
]

# MTS shock (pale or grey, sweaty) with breathlessness or severe pain; NHS heart attack: older
# people, women and people with diabetes may have no chest pain (breathless, grey, sweaty).
# All failed before (ending urgent); flushed and sweaty after exercise is not.
GREY_AND_SWEATY: list[tuple[str, str]] = [
    ("E", "mum has gone a grey colour and is clammy and sweaty, she's short of breath"),
    ("E", "he suddenly got terrible pain in his back and went pale and sweaty"),
    ("E", "婆婆脸色灰白，一直冒冷汗，喘不上气"),
    ("!E", "I'm a bit sweaty and out of breath after my run, feeling good"),
    ("!E", "hot flushes and sweaty at night, otherwise well"),
]

# NHS stroke (FAST): speech said as losing words or understanding, in the past tense of a
# carer's report ("couldn't find her words", "couldn't understand us"). All failed before.
STROKE_SPEECH: list[tuple[str, str]] = [
    ("E", "all of a sudden dad couldn't find his words and his arm went weak"),
    ("E", "she suddenly couldn't understand what we were saying to her"),
    ("!E", "I couldn't find the words to thank her enough"),
]

# NICE CKS / NHS acute limb ischaemia: a limb suddenly white and cold, said as 又白又凉.
# All failed before (ending urgent).
WHITE_COLD_LIMB: list[tuple[str, str]] = [
    ("E", "爷爷的右脚突然又白又凉，很痛"),
    ("E", "阿嫲只脚突然变得又白又冻，好痛"),
    ("!E", "冬天手脚容易凉，暖一暖就好"),
]

# A treatment the writer asks about is not one taken (hypothetical cues): "wondering if she
# needs antibiotics" is no exposure to an allergen. The first was raised before
# (anaphylaxis_breathing_after_exposure); the last stays an emergency.
ASKED_ABOUT: list[tuple[str, str]] = [
    ("!E", "she's a bit breathless with her cough, just wondering if she needs antibiotics"),
    ("!E", "does he need penicillin? he is a little short of breath with this chest infection"),
    ("E", "she started the antibiotics this morning and now her throat is closing up"),
]

CASES: list[object] = [
    *HARD_TO_WAKE,
    *DELIRIUM_WITH_FEVER,
    *MOTTLED_AND_DRY_ALL_DAY,
    *OPIOID_TOXICITY,
    *PASS_WATER,
    *BASELINE_SATS,
    *HEAD_WOUND,
    *LONG_LIE_DARK_URINE,
    *MEANS_MADE_READY,
    *HIGH_POTASSIUM,
    *GREY_AND_SWEATY,
    *STROKE_SPEECH,
    *WHITE_COLD_LIMB,
    *ASKED_ABOUT,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_carers_words_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
