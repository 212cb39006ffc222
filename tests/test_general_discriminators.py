"""The Manchester Triage System general discriminators as floors, whatever the complaint.

MTS applies its general discriminators to every presentation: life threat (airway, breathing,
shock), haemorrhage, pain (severe: very urgent; moderate: urgent), conscious level, temperature
(very hot 41 °C, hot 38.5 °C) and acuteness of onset; NHS 111's general "when to get help"
adds cannot stand, cannot keep fluids down, new confusion, cold and clammy, pale and sweaty.
Each sentence below names a body part or a complaint no specific rule reads on purpose (a
shoulder, a foot, the face, the back), in lay words, English, Chinese and Cantonese, with the
floor its discriminator implies in our four levels: ``E`` where the source says 999, ``U`` for
severe pain, very hot, an abrupt severe onset, cannot stand or keep fluids down; ``N`` (never
self-care) for moderate pain and an adult's 38.5 °C. The look-alikes must stay lower (``L``
below urgent, ``S`` self-care, ``!E`` no emergency): a usual, improving, chronic or past pain,
a period pain as usual, a hangover, exercise soreness, a sign denied.

Written by rules-ch (session 33) before any rule changed: 24 of 69 wrong at the first run
(rules as on main at f4f71f4): 20 floors missed (pain told by what it does, pale or cold and
sweaty, cannot stand, not even water kept down in Chinese, a plaster bled through, bleeding
for half an hour in Cantonese) and 3 look-alikes raised (a severe pain of the past said to be
over, a hangover's 痛死了). One stays open (``OPEN``). ``CASES_2``, a second walk in other
words, was written after the first fix and run before the second (14 of 39 wrong then, 3 open).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

CASES: list[tuple[str, str]] = [
    # MTS severe pain (very urgent) in lay words, a body part no specific rule reads
    ("U", "the pain in my right shoulder is the worst pain I've ever had, started this morning"),
    ("U", "I can't think for the pain in my foot, it started last night"),
    ("U", "my jaw and the side of my face hurt so much I'm screaming with it"),
    ("U", "my lower back went an hour ago and I'm in absolute agony, can't get off the floor"),
    ("U", "pain in my knee since this morning, honestly I can't bear it"),
    ("U", "my heel hurts so much I'm literally crying, started today"),
    ("U", "pain in my hip is 9 out of 10 since I got up"),
    ("U", "my elbow is in so much pain I feel sick with it"),
    ("U", "shoulder pain so bad I can't move my arm at all, came on today"),
    ("U", "肩膀痛到冒冷汗"),
    ("U", "脚痛到唔郁得"),
    ("U", "肚子痛到在地上打滚"),
    ("U", "腰痛得直冒冷汗，动都动不了"),
    ("U", "膊頭痛到成晚瞓唔着，一路喊"),
    ("U", "隻腳今朝開始痛到行唔到路"),
    ("U", "手肘痛得我话都讲唔出"),
    ("U", "背脊痛到頂唔順，今日先開始"),
    # MTS abrupt onset of a severe symptom
    ("U", "my arm suddenly became really painful and swollen out of nowhere an hour ago"),
    ("U", "突然之间膝盖剧痛，肿起来了"),
    ("U", "all of a sudden a terrible pain in my foot, can't put weight on it"),
    # MTS shock / NHS 111: cold and clammy, pale and sweaty, with any complaint
    ("U", "I've got a bad back and now I'm cold and clammy"),
    ("U", "pale and sweaty with a pain in my shoulder"),
    ("U", "手脚冰冷，出冷汗，肚子不舒服"),
    ("U", "佢面色好白，成身冷汗，话膊頭痛"),
    # NHS 111: cannot stand up
    ("U", "Mum can't stand up this morning, her legs just give way"),
    ("U", "I feel so weak I can't stand up"),
    ("U", "爸爸今天站不起来了"),
    ("U", "阿嫲企唔起身，腳軟晒"),
    # NHS 111: cannot keep fluids down
    ("U", "I can't keep anything down, not even water, for a day now"),
    ("U", "吐了一整天，连水都喝不下"),
    ("U", "成日嘔，飲水都嘔返出嚟"),
    # MTS new confusion (altered conscious level)
    ("U", "my husband is suddenly confused and doesn't know where he is"),
    ("U", "奶奶今天突然糊涂了，认不出人"),
    # MTS very hot (41 °C): very urgent
    ("U", "my temperature is 41"),
    ("U", "体温41度"),
    ("U", "發燒燒到四十一度"),
    # MTS hot (38.5 °C in an adult): urgent in MTS, never self-care here
    ("N", "I've got a temperature of 38.7"),
    ("N", "发烧38.6度"),
    # MTS moderate pain (urgent in MTS): never self-care
    ("N", "my shoulder is quite painful today, it hurts to lift my arm"),
    ("N", "moderate pain in my foot since yesterday"),
    ("N", "脚踝中度疼痛，昨天开始"),
    ("N", "膊頭幾痛下，舉手都痛"),
    # MTS haemorrhage: exsanguinating or uncontrollable major (999); uncontrollable minor
    ("E", "I cut my hand and it won't stop bleeding, blood is pouring out"),
    ("U", "a cut on my leg keeps bleeding through the plaster"),
    ("U", "流血流咗半个钟都止唔到"),
    # MTS life threat: airway, breathing
    ("E", "my dad's lips have gone blue"),
    ("E", "she's struggling to breathe and can't speak"),
    ("E", "佢叫极都唔醒"),
    # look-alikes that stay lower: usual, improving, chronic, past, period as usual, hangover,
    # exercise, denied
    ("L", "mild ache in my shoulder, same as I always get after the gym"),
    ("L", "my back pain is chronic, the same for years, no worse than usual"),
    (
        "L",
        "last year I had the worst pain of my life with a kidney stone, fine now, how do I stop "
        "another",
    ),
    ("L", "period pain as usual, paracetamol helps"),
    ("L", "hangover headache this morning, it's killing me, drinking lots of water"),
    ("L", "legs really sore after a marathon yesterday"),
    ("L", "no cold sweats, no vomiting, just a sore foot from new shoes"),
    ("L", "肩膀有点酸痛，休息一下就好了"),
    ("L", "来月经肚子痛，跟平时一样"),
    ("L", "宿醉头痛死了"),
    ("L", "跑完步大腿好酸"),
    ("L", "冇出冷汗，只係隻腳有啲痛"),
    ("L", "I'm not confused, just a bit tired"),
    ("L", "temperature 37.8, feel fine otherwise"),
    ("L", "stubbed my toe and it's killing me but I can walk on it fine"),
    ("S", "knee pain 3/10 and improving"),
    ("L", "threw up once after dinner, keeping water down fine now"),
    ("L", "the pain was unbearable last week but it's gone now"),
    ("L", "I can stand up fine, just a bit dizzy when I get up too fast, it passes straight off"),
    ("!E", "my foot has been really painful for two days"),
    ("L", "我唔係好痛，只係有少少唔舒服"),
]


# A second walk in other words, written after the first fix and run before the second: 14 of
# 39 wrong then (pain through the roof, restless, sweating, shaking or nearly fainting with it,
# 满头大汗; legs gone, cannot get up off a chair; sips of water not kept down; aches after a shift
# or a hangover told in Cantonese raised by their severe words), 3 open after.
CASES_2: list[tuple[str, str]] = [
    ("U", "pain in my wrist is through the roof since I fell off my bike an hour ago"),
    ("U", "the worst pain imaginable in my ankle, started this afternoon"),
    ("U", "I can't sit still with the pain in my side, pacing the room"),
    ("U", "pain in my thigh so bad I'm shaking and sweating"),
    ("U", "my shin is so painful I nearly passed out"),
    ("U", "疼得满头大汗，脚踝肿得像馒头"),
    ("U", "手腕痛到想死，今天早上摔的"),
    ("U", "膝头痛到瞓唔到，今日先开始，成个人震"),
    ("U", "屁股痛得坐不下也站不起来"),
    ("U", "面好痛，痛到眼淚都標出嚟"),
    ("U", "the pain came on suddenly in my groin and it's severe"),
    ("U", "my leg suddenly went cold and very painful"),
    ("U", "突然好劇烈嘅痛喺個膊頭度"),
    ("U", "I'm clammy and grey and my arm aches"),
    ("U", "he's gone a funny grey colour and is sweating buckets"),
    ("U", "冒冷汗，脸色发白，说肚子有点胀"),
    ("U", "my legs have gone and I can't get up off the chair"),
    ("U", "腿突然没力，站都站不稳"),
    ("U", "she keeps vomiting and can't even keep sips of water down"),
    ("U", "饮啲水都即刻吐返出嚟，成日都係咁"),
    ("U", "a temperature of 41.2 and shivering"),
    ("U", "my son's temp is 105.8F"),
    ("U", "燒到四十一點五度"),
    ("U", "grandad has gone all muddled since this morning and isn't making sense"),
    ("U", "阿爺今日突然講嘢亂晒，唔認得人"),
    ("N", "my wrist is fairly sore since yesterday, it aches when I type"),
    ("N", "隻手幾痛，郁嗰陣更痛"),
    ("N", "temperature 38.9, achy and hot"),
    ("L", "my feet are killing me after a long shift"),
    ("L", "mild period pain, same as every month, hot water bottle helps"),
    ("L", "sore shoulder from painting the ceiling yesterday, a bit better today"),
    ("L", "DOMS in my legs after leg day, can barely walk down the stairs lol"),
    ("L", "I had agonising pain when I broke my leg years ago but now just asking about physio"),
    ("L", "no sweating, not pale, just an aching knee"),
    ("L", "健身之后全身肌肉酸痛"),
    ("L", "经痛同平时一样，食咗止痛药好返"),
    ("L", "昨晚饮多咗，今日头痛到爆"),
    ("L", "I can stand and walk fine, just a stiff back from gardening"),
    ("L", "I'm drinking fine and kept breakfast down, just felt queasy"),
]


# Look-alikes of the new rules and words, written after the second fix: 10 of 10 raised to urgent
# by them then (pale_and_sweaty and cannot_stand for a spell that passed or has its everyday
# cause: a panic attack, hot flushes, giving blood, a run, a hangover; unsteady with vertigo;
# severe_pain for "crying with it" and sweating with sunburn), none after.
CASES_3: list[tuple[str, str]] = [
    ("L", "I get pale and sweaty when I have a panic attack, it passes in 10 minutes"),
    ("L", "hot flushes and night sweats, my face goes pale after"),
    ("L", "went pale and clammy for a minute after giving blood, fine now"),
    ("L", "pale and sweaty after my run but fine after a drink of water"),
    ("L", "hangover, pale and sweaty, bit queasy"),
    ("L", "跑完步脸色发白出了一身汗，休息一下就好了"),
    ("L", "站不稳 because of vertigo when I roll over in bed, NHS said BPPV"),
    # look-alikes of the new severe-pain words: laughter, a teething baby, sunburn
    ("L", "laughing so much I was crying with it"),
    ("L", "my baby is teething and crying with it all night"),
    ("L", "I'm sweating with the pain of my sunburn"),
]


# still wrong, each with its reason (strict: one that starts passing must leave this list)
OPEN: dict[str, str] = {
    "膊頭痛到成晚瞓唔着，一路喊": "crying (一路喊) in its own clause after a comma: the rules "
    "read a clause at a time, and 一路喊 alone is as often a baby crying",
    "膝头痛到瞓唔到，今日先开始，成个人震": "shaking (成个人震) in its own clause; pain that stops "
    "sleep is lost function (non_urgent), not MTS severe pain, alone",
    "DOMS in my legs after leg day, can barely walk down the stairs lol": "'can barely walk' is an "
    "injury group's same-day sign (urgent_injuries.yaml); the stairs after exercise (NHS.uk muscle "
    "pain) would need an exception in that group",
    "I had agonising pain when I broke my leg years ago but now just asking about physio": "the "
    "past cue after the pain in its clause ('when I broke my leg years ago') does not reach back",
}


def _params() -> list[object]:
    return [
        pytest.param(
            expected,
            text,
            marks=[pytest.mark.xfail(strict=True, reason=OPEN[text])] if text in OPEN else [],
        )
        for expected, text in CASES + CASES_2 + CASES_3
    ]


@pytest.mark.parametrize(("expected", "text"), _params())
def test_a_general_discriminator_gives_its_floor(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
