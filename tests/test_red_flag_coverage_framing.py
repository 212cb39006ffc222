"""Coverage of signs told in the frame of a question or a condition (matching scope).

People ask about what is happening now, to them or to someone with them, as a question or a
condition: "should I worry if my dad's face looks droopy on one side and he's talking funny
since lunch" is a stroke now (NHS.uk stroke, FAST: call 999). The same frames also ask in
general: "what should I do if I ever get chest pain", "如果以后胸口痛要怎么办".
``clinical.question_frames`` reads a conditional frame ("should I worry if", "do I need", "if
my", 如果, 要是, 假如, 万一) as a present report when a time of the current episode anchors it
("since lunch", "20 minutes ago", "right now", "this morning", 刚才, 从中午开始, 今天) and no
generic word makes it general ("ever", "someone", "you", "a baby", "next week", 以后, 有人); a
question whether a sign is normal or what it means ("is it normal to", "what does it mean
when", "can ... cause", "why do people") is general only with a generic word before the sign.
Factive frames ("is it normal that", "why is my", 这样正常吗, 要不要紧 after the report)
presuppose the sign and were never cues.

Written from the signs' published sources (NHS.uk stroke FAST, NHS.uk heart attack, NICE
NG143, RCOG / NHS.uk postpartum haemorrhage, NHS.uk ectopic pregnancy, TOXBASE / NHS.uk
poisoning and button batteries, Resuscitation Council UK anaphylaxis), never from a data
set's row. Of the 41 present reports, 12 failed before the change; of the 32 general
questions, 5 reached ``emergency`` before it. ``GENERAL_FRAME_OWN`` guards the choice that a
question whether a sign is normal stays the writer's own. ``E`` must end ``emergency``,
``!E`` anything but.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# Present reports in a question or conditional frame, English and Chinese (simplified,
# traditional, Cantonese): each must reach the level its sign has when told plainly.
PRESENT_IN_A_QUESTION: list[tuple[str, str]] = [
    (
        "E",
        "should i worry if my dad's face looks droopy on one side and he's "
        "talking funny since lunch",
    ),
    (
        "E",
        "should i be worried if my husband's face has dropped on one side and "
        "he can't lift his arm since 10 minutes ago",
    ),
    ("E", "is it normal that my baby is grunting and her lips look blue right now"),
    ("E", "is it normal to have crushing chest pain going down my left arm for the last hour"),
    (
        "E",
        "what does it mean when my mum suddenly can't speak properly and her "
        "mouth droops, started half an hour ago",
    ),
    (
        "E",
        "does it matter that my son's rash doesn't fade when i press a glass "
        "on it, he has a fever today",
    ),
    (
        "E",
        "do i need to come in for chest pain that's spreading to my jaw and "
        "i'm sweating, it started 20 minutes ago",
    ),
    (
        "E",
        "can a migraine cause my face to droop on one side? it started this "
        "morning and my arm is weak",
    ),
    ("E", "why does my chest feel crushed and my left arm is numb, been going on since 6pm"),
    ("E", "why is my 2 year old so floppy and hard to wake today"),
    ("E", "should i worry that my dad keeps passing out this afternoon"),
    ("E", "is it bad if i'm coughing up lots of blood right now"),
    ("E", "is it normal to be soaking a pad every hour 4 days after giving birth and i feel faint"),
    (
        "E",
        "should i go to a&e if my lips and tongue are swelling after eating "
        "peanuts just now and i'm wheezing",
    ),
    ("E", "do i need to see someone if my girlfriend took 30 paracetamol an hour ago"),
    ("E", "should i worry if my toddler swallowed a button battery 10 minutes ago"),
    ("E", "what does it mean if my husband is confused and slurring his words since he woke up"),
    (
        "E",
        "does it matter if my chest pain spreads to my arm and jaw? it started "
        "an hour ago and i'm clammy",
    ),
    (
        "E",
        "is it normal for my 5 week old to be breathing this fast and grunting since this morning",
    ),
    (
        "E",
        "can stress make my face go numb on one side and my speech slurred? "
        "it's happening right now",
    ),
    (
        "E",
        "should i be concerned that my grandad can't wake up properly after his fall this morning",
    ),
    (
        "E",
        "what should i do, my dad's face looks droopy on one side and he's "
        "talking funny since lunch",
    ),
    (
        "E",
        "do i need to worry if my wife is 8 weeks pregnant and has sharp pain "
        "on one side and fainted today",
    ),
    ("E", "我爸脸歪到一边，说话也不清楚，从中午开始的，这样正常吗"),
    ("E", "我老公胸口压着疼，疼到左手臂，一直出冷汗，半个小时了，要不要紧"),
    ("E", "宝宝现在嘴唇发紫，呼吸很费劲，会不会有事"),
    ("E", "我妈刚才突然一边手脚没力，说话含糊，是不是中风的征兆"),
    ("E", "如果我现在胸口剧痛，出冷汗，要去医院吗"),
    ("E", "我阿爸塊面歪咗一邊，講嘢唔清楚，今朝開始，需唔需要睇醫生"),
    ("E", "個BB而家嘴唇發紫，抖唔到氣，係咪正常"),
    ("E", "老婆生完孩子第五天，现在一个小时湿透一片卫生巾，头晕，这样正常吗"),
    ("E", "我儿子刚才吃了一整瓶退烧药，要不要紧"),
    ("E", "吃了花生以后嘴唇和舌头肿起来，喘不过气，会不会有事"),
    ("E", "我媽媽從剛才開始突然說話不清楚，嘴巴歪了，這樣正常嗎？"),
    ("E", "我是不是中风了？半个小时前开始左边手脚没力，嘴歪"),
    ("E", "爸爸胸口痛到出冷汗已经一个钟，使唔使去急症室"),
    ("E", "如果宝宝现在叫不醒，是不是要打120"),
    ("E", "如果我爸从中午开始脸歪了一边说话不清，要不要去医院"),
    ("E", "要是我妈刚刚吃了一整瓶安眠药，会不会有事"),
    ("E", "假如孩子今天发烧，皮疹按压不褪色，需要去急诊吗"),
    ("E", "万一我老婆现在产后出血很多，一小时湿透一片，还头晕，怎么办"),
]

# Genuine hypotheticals and general questions about a sign: nobody has it now.
GENERAL_QUESTIONS: list[tuple[str, str]] = [
    ("!E", "what should i do if i ever get chest pain"),
    ("!E", "if someone has a stroke what are the signs"),
    ("!E", "如果以后胸口痛要怎么办"),
    ("!E", "is it normal for a baby's lips to go blue when they cry really hard?"),
    ("!E", "what does it mean when someone's face droops on one side"),
    ("!E", "should i worry if my baby ever has a fit with a fever"),
    ("!E", "if my dad's face ever droops should i call 999 or drive him"),
    ("!E", "why do people with anaphylaxis get swollen lips?"),
    ("!E", "what are the signs of sepsis in a child"),
    ("!E", "if my husband ever gets slurred speech again what should i do, he had a tia last year"),
    ("!E", "how do i know if my baby is having a seizure"),
    ("!E", "what should i do if my toddler swallows a button battery"),
    ("!E", "in case my mum collapses while i'm at work today, what should my sister do"),
    ("!E", "is it normal to feel like you can't breathe during a panic attack?"),
    ("!E", "why do some people cough up blood with tb?"),
    ("!E", "do i need to come in if i start bleeding heavily after the birth next week?"),
    ("!E", "what does it mean when a baby's rash doesn't fade under a glass"),
    ("!E", "does it matter if someone with diabetes passes out"),
    ("!E", "can a 3 month old get meningitis?"),
    ("!E", "should i worry if my chest pain comes back after the operation next month"),
    ("!E", "如果宝宝嘴唇发紫要怎么办"),
    ("!E", "万一老人摔倒以后叫不醒，应该先做什么"),
    ("!E", "中风是不是都会嘴歪？"),
    ("!E", "如果有人吃了一整瓶药，应该打120吗"),
    ("!E", "如果小朋友發高燒抽筋，應該點做？"),
    ("!E", "萬一阿爺中風，我哋要做啲咩"),
    ("!E", "心口痛係咪一定係心臟病？"),
    ("!E", "是不是所有胸痛都要去急诊？"),
    ("!E", "產後如果大量出血應該點算？"),
    ("!E", "要是以后孩子皮疹按压不褪色，需要去急诊吗"),
    ("!E", "如果将来我爸说话突然不清楚，是不是中风的征兆"),
    ("!E", "假如有人突然嘴歪说话不清，应该怎么做"),
]

# Guards against the present anchor reaching too far: a question asked ahead, or said with
# "all is well now" in the next sentence (现在没事, "just wondering"), and a firm hypothetical
# before a frame ("what if my ..."). Written after the first run of the change moved three
# such rows of tests/data and the development set to a level above their gold (now closed by
# ``asking_ahead`` and a firm cue winning); they pass before and after.
ASKED_AHEAD: list[tuple[str, str]] = [
    (
        "!E",
        "should i worry if my baby stops breathing for a few seconds in her "
        "sleep? she's fine now, just wondering",
    ),
    (
        "!E",
        "what should i do if my husband has a seizure at work? everyone is "
        "fine at the moment, just asking in advance",
    ),
    ("!E", "要是我爸突然嘴歪说话不清怎么办？现在都没事，只是想提前了解"),
    ("!E", "如果小孩误吞了纽扣电池应该怎么处理 现在没事 想事先知道"),
    ("!E", "what if my dad's face droops again tonight? he had a stroke last year"),
    ("!E", "如果我以后突然胸口压着痛出冷汗，要打120吗"),
]


# A question whether a sign is normal or what it means, about someone the writer names ("my
# mum", "my baby"; "your husband" too, a slip of voice) with no time said: the sign counts, as
# it did before question frames were read (written after a first version that needed a time
# here silenced such a report; these pass before and after).
GENERAL_FRAME_OWN: list[tuple[str, str]] = [
    ("E", "what does it mean when my mum's face is drooping and her words come out wrong"),
    ("E", "is it normal for my baby to be this floppy and not wake for feeds?"),
    ("E", "is it ok for my dad to be breathing this hard with blue lips?"),
    ("E", "what does it mean when your husband is slurring and his arm went weak"),
    ("!E", "is it normal to have a sore throat and a runny nose for 2 days? i can swallow fine"),
]

# Left open: a general question with no generic word before the sign is read as the writer's
# own (above), so these still reach `emergency` as they did before (a named stroke; a faint).
LEFT_OPEN: list[tuple[str, str]] = [
    ("!E", "can you get a stroke from stress?"),
    ("!E", "is it normal to pass out after giving blood?"),
]


@pytest.mark.parametrize(("expected", "text"), LEFT_OPEN)
@pytest.mark.xfail(strict=True, reason="a general question with no generic word before the sign")
def test_general_questions_left_open(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(
    ("expected", "text"),
    PRESENT_IN_A_QUESTION + GENERAL_QUESTIONS + ASKED_AHEAD + GENERAL_FRAME_OWN,
)
def test_a_question_frame_is_read_by_its_anchor(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


def test_both_sides_are_bilingual_and_large_enough() -> None:
    for group in (PRESENT_IN_A_QUESTION, GENERAL_QUESTIONS):
        assert len(group) >= 30
        assert sum(any("\u4e00" <= c <= "\u9fff" for c in t) for _, t in group) >= 10
