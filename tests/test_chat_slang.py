"""Messages written in emoji and chat slang, English and Chinese, as patients really text.

Two directions, one sentence each, written by the rules helper of session 36 (no set's rows
read): a real danger undersold by slang ("lol", "ngl", "af", "rn", 救命, 绝了) or said partly in
emoji (🤮 vomiting, 🤒 fever, 😵 dizzy, 🩸 blood) still reaches its level, and figurative slang
("this essay is killing me", "im dead 💀 from laughing", 笑死, 裂开 about a mood) raises nothing
by itself. Sources of the dangers: NHS.uk / NHS 111 and 999 pages (thunderclap headache,
stroke, sepsis, vomiting blood, head injury), NICE NG232 (head injury on anticoagulants), NICE
NG143 (fever in under 5s), NICE NG51 (sepsis), RCUK (anaphylaxis), MTS discriminators.

``E`` must end ``emergency``, ``U`` at least ``urgent``, ``!E`` anything but ``emergency``,
``L`` below urgent. The first 76 sentences were written before any rule change: 11 were wrong
(7 dangers below their level, 4 look-alikes raised). A probe after the emoji change found the
14 marked "probe" (7 of them wrong before the phrase groups that came with them: bleeding out,
bleeding like crazy, a bunch of pills popped or swallowed, 💩, 狂流血, 头痛得要炸了). After: 3 of
90 wrong, strict xfails below, none of them the slang's doing.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# A danger undersold by slang, or said partly in emoji: the slang is no reassurance, and an
# emoji standing for a word is that word (🤮 vomiting, 🤒 fever, 🩸 blood, 😵 dizzy).
DANGERS_EN: list[tuple[str, str]] = [
    # NHS 999: a sudden severe headache, the worst ever (thunderclap)
    ("E", "worst headache of my life came out of nowhere like getting hit w a bat 💀 lol"),
    # NICE NG232 / NHS.uk head injury: vomiting after a head injury, on a blood thinner
    ("E", "hit my head on the cupboard an hour ago, im on warfarin n now 🤮🤮"),
    ("E", "banged my head falling off my bike, on apixaban, keep 🤮 ngl"),
    # NICE NG143 / NHS 999: a child floppy and hard to wake
    ("E", "my 2yo is floppy af and wont wake up properly rn"),
    # NHS 999: blue lips, cannot breathe
    ("E", "ngl cant breathe properly rn and my lips are going blue 😭"),
    # NHS 999 heart attack: crushing chest pain into the arm, sweating
    ("E", "tbh chest feels crushed af and its going down my left arm, sweating buckets lol"),
    # NHS stroke (FAST)
    ("E", "idk whats happening my face is drooping on one side and my words come out wrong smh"),
    # NHS.uk paracetamol overdose
    ("E", "bf took like 30 paracetamol an hour ago lol he says hes fine"),
    # NHS 999: vomiting blood
    ("E", "been 🤮🩸 twice rn, like actual blood"),
    # NICE NG143: under 3 months with a temperature of 38 or more
    ("E", "my 6 week old is 🤒 38.6 rn and wont feed"),
    # NHS stroke: sudden dizziness with double vision and unsteady walking
    ("E", "suddenly so 😵‍💫 and seeing double, cant walk straight ngl"),
    # "literally dying" said with a real danger is still that danger
    ("E", "im literally dying, cant breathe and my lips are blue"),
    # NHS.uk meningitis: a rash that does not fade under a glass, with fever
    ("E", "🤒 rn, neck is stiff af and theres a rash that doesnt fade w the glass"),
    # NHS 999: bleeding that will not stop
    ("E", "cut my arm deep on glass 🩸🩸 wont stop even w pressure"),
    # NHS.uk suicide: a plan and the means
    ("E", "tbh been planning to end it all tonight, got the pills ready lol"),
    # RCUK anaphylaxis: throat closing after a known allergen
    ("E", "lol my throat is closing up after the peanut thing 😭"),
    # NHS.uk bleeding in pregnancy, heavy
    ("E", "32 wks preggo n bleeding heaps rn 🩸"),
    # NHS.uk coughing up blood: same day
    ("U", "lowkey been coughing up 🩸 since this morning"),
    # NICE NG232 / NHS.uk gastroenteritis: cannot keep fluids down, no wee
    ("U", "been 🤮🤮🤮 nonstop since yday n hasnt peed all day, lowkey worried"),
    # NHS.uk appendicitis: pain in the lower right belly with a temperature
    ("U", "pain in the bottom right of my tummy is getting worse af and im 🤒 38.4"),
    # probe: MTS uncontrollable haemorrhage in slang; NHS.uk overdose; NHS.uk black poo
    ("E", "im bleeding out lol the cut wont stop"),
    ("E", "bleeding like crazy from my leg after the chainsaw slipped"),
    ("E", "popped a bunch of 💊 idk how many"),
    ("E", "swallowed a bunch of 💊 an hour ago ngl"),
    ("U", "💩 is black and sticky since yday, lowkey dizzy"),
    ("E", "throat closing up after shrimp 🦐 cant breathe"),
]

DANGERS_ZH: list[tuple[str, str]] = [
    # NHS stroke (FAST): 救命 said for a real danger
    ("E", "救命 我妈突然说不出话 一边脸歪了"),
    # NHS 999 thunderclap headache, with vomiting
    ("E", "绝了 头突然炸裂一样痛 这辈子最痛的一次 还🤮了"),
    # NICE NG143: a child floppy and cannot be woken
    ("E", "宝宝软趴趴的 叫不醒 救命"),
    # NHS 999 heart attack (Hong Kong): crushing chest pain, cold sweat
    ("E", "好撚痛 胸口好似俾大石压住 仲出晒冷汗"),
    # NICE NG232: head injury on warfarin, then vomiting (emoji)
    ("E", "吃华法林的 今天撞到头 现在🤮🤮"),
    # NHS 999: blue lips, cannot breathe
    ("E", "崩溃 呼吸不过来 嘴唇发紫了"),
    # NHS stroke (Taiwan): one side weak, slurred speech
    ("E", "傻眼 我爸突然單邊手腳沒力 講話也不清楚"),
    # NHS.uk overdose (Taiwan, 母湯)
    ("E", "母湯 我剛剛吞了一整盒安眠藥"),
    # NHS 999: vomiting blood
    ("E", "破防了 老公一直吐血 吐了好多"),
    # NHS 999 (Taiwan): a fit that will not stop, with fever (emoji)
    ("E", "超扯 小孩🤒還一直抽搐停不下來"),
    # NHS 999 / NHS.uk epiglottitis: cannot swallow saliva, noisy breathing
    ("E", "要命 喉咙肿到口水都吞不下 呼吸有声音"),
    # NHS.uk suicide: emo了 with a plan and means
    ("E", "我emo了 不想活了 药都准备好了"),
    # NICE NG143: under 3 months with a fever
    ("E", "无语 2个月大的宝宝🤒38.5度"),
    # NHS.uk appendicitis
    ("U", "裂开 右下腹痛到走不了路 还🤒38.5"),
    # NHS.uk coughing up blood
    ("U", "咳出🩸了 有点慌"),
    # NICE NG143 / NHS.uk: a child vomiting everything, no wee (Hong Kong)
    ("U", "个仔🤮🤮成日 一滴水都饮唔落 成日冇尿"),
    # probe: MTS uncontrollable haemorrhage (狂流血); NICE CKS thunderclap (头痛得要炸了, never
    # this bad)
    ("E", "手割到了 狂流血 按住也止不住"),
    ("E", "绝绝子 头痛得要炸了 突然的 这辈子没这么痛过"),
]

# Figurative slang that must raise nothing by itself: killing, dying, dead, exploding, 救命,
# 笑死, 裂开 said about a mood, a joke, work or a named harmless cause.
LOOKALIKES_EN: list[tuple[str, str]] = [
    ("!E", "this essay is killing me 😭 due tmrw, also got a bit of a headache"),
    ("L", "im dead 💀 from laughing at my cat lol, also got a bit of a runny nose"),
    ("!E", "my head is literally exploding 💀 hangover from last night, drank way too much"),
    ("L", "literally dying of this cold lol, sore throat n runny nose"),
    ("L", "ngl my throat is killing me rn, been 2 days, no fever"),
    ("L", "lowkey got a stomach ache af after that curry lol"),
    ("L", "im so dead 💀 after the gym, legs sore af"),
    ("L", "idk why but sneezing nonstop rn, hayfever season smh"),
    (
        "!E",
        "my heart is broken 💔 he dumped me and im crying 😭 but im ok, not going to hurt myself",
    ),
    ("L", "🤒 37.6 n a bit of a cough, otherwise fine tbh"),
    ("L", "cut my finger chopping onions 🩸 stopped after pressing on it for 5 mins"),
    ("!E", "😵‍💫 for a sec when i stood up too fast, fine now"),
    ("L", "🤮 once after too many drinks last night, keeping water down now"),
    ("L", "this heat is killing me af, bit of a headache"),
    ("L", "my kid is driving me insane lol, he has a mild cold"),
    ("!E", "dying to know if i can take ibuprofen with a cold"),
    ("L", "i nearly died 💀 when i saw the bill, anyway my knee is a bit sore from running"),
    ("L", "its not an emergency lol just a mild rash on my arm, itchy af"),
    # an emoji must not break a clause's negation
    ("L", "no 🤮 no 🤒 just a blocked nose tbh"),
    ("!E", "not 😵 or anything, just tired af after work"),
    # probe
    ("L", "the kids are killing me lol, i have a bit of a cough"),
    ("L", "feel heaps better now, just a bit of a cough left"),
    ("L", "im so dead 💀 lol just a mild headache after staring at screens"),
    ("L", "a bit 🤢 after the boat trip, fine now"),
    ("L", "🤧 and a runny nose for 3 days, no fever"),
]

LOOKALIKES_ZH: list[tuple[str, str]] = [
    ("L", "笑死 我感冒了 流鼻涕 嗓子有点疼"),
    ("!E", "救命 作业多到头都要炸了 有点头痛"),
    ("!E", "裂开 失恋了 心情好差 不过没有想伤害自己"),
    ("L", "emo了 最近睡不好 有点累"),
    ("L", "破防了 鼻塞三天了"),
    ("L", "绝了 这个痘痘好痛"),
    ("L", "无语 蚊子咬了好多包 痒死了"),
    ("L", "yyds 这个润喉糖 喉咙好多了"),
    # Hong Kong: a sprain, still walking
    ("L", "好撚痛呀 踢波扭親腳 不過仲行到路"),
    # Taiwan: a sore throat, no fever
    ("L", "超扯 喉嚨痛到不想講話 但沒發燒"),
    ("L", "母湯 我又吃太多 胃脹氣"),
    ("L", "傻眼 手指被紙割到 流一點血 已經止了"),
    ("L", "累死了 加班到凌晨 肩膀好酸"),
    ("!E", "笑死我了 差点笑到断气 现在打嗝停不下来"),
    ("!E", "气死我了 血压都要上来了 其实没事"),
    ("!E", "我要死了 好饿 有点胃痛"),
    ("!E", "我吐了 这剧情也太烂了 看得我头疼"),
    ("!E", "心态崩了 考试没考好 哭了一晚上😭"),
    ("!E", "要命 这天气热死了 刚刚头晕了一下 喝了水就好了"),
    ("L", "救命 脚趾踢到桌角 好痛 还能走"),
    # probe
    ("!E", "頭痛到爆 昨晚飲大咗 宿醉"),
]

# Still wrong, and why (strict: a fix must remove its entry). None is the slang's doing: the
# same sentence without the slang word is at the same level.
OPEN: dict[str, str] = {
    "ngl my throat is killing me rn, been 2 days, no fever": "'killing me' of a body part is "
    "severity (dispositions.yaml hyperbole) unless a minor illness is named; 'my throat' names "
    "no sore throat",
    "绝了 这个痘痘好痛": "好痛 (really hurts) is in the severe words (dispositions.yaml); a "
    "painful spot is NHS.uk self-care, but 好痛 alone cannot tell a spot from worse",
    # (救命 脚趾踢到桌角 好痛 还能走 closed by rules-dg, session 37: everyday pain words beside a
    # minor knock, tests/test_noticed_gaps.py)
}

CASES = DANGERS_EN + DANGERS_ZH + LOOKALIKES_EN + LOOKALIKES_ZH


@pytest.mark.parametrize(
    ("expected", "text"),
    with_open(CASES, OPEN),
)
def test_chat_slang_reaches_its_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


def test_open_entries_are_cases() -> None:
    assert set(OPEN) <= {t for _, t in CASES}


def test_enough_of_each_kind() -> None:
    assert len(CASES) >= 60
    assert len(DANGERS_EN) + len(DANGERS_ZH) >= 30
    assert len(LOOKALIKES_EN) + len(LOOKALIKES_ZH) >= 30
