"""The understated voice (session 45, rules-ke): a danger said softly keeps its level, and a
mild message with reassuring words is not sent up.

Each sentence is our own, in English, simplified Chinese, and traditional Chinese as written in
Hong Kong (Cantonese) and Taiwan, read as a first message with the rules alone. The writer plays
it down ("probably nothing", "sorry to bother you", "lol", "my wife made me ask", 应该没事吧,
不好意思打扰, 可能是我想多了, 小题大做, 冇乜事嘅, 應該還好啦) and softens the sign with a hedge
("a bit", "kind of", "sort of", "not really", 有点, 不太, 唔係好). The level follows what
happened, not how calm the writer sounds:

1. **A hedge between a negation and its verb** ("doesn't really fade", "don't seem to fade",
   "won't really wake up", "isn't really making sense", 压了也不怎么褪, 壓落去都唔係好褪色,
   手有点举不太起来): the sign is still the sign. NICE NG143 (a non-blanching rash; no response
   to social cues, not waking, red features), NHS.uk meningitis (the glass test), NHS.uk stroke
   (FAST: arm weakness, speech: 999), NICE NG51 (new confusion with a fever).
2. **"A bit of a" before the sign's noun** ("a bit of a fit", "a bit of a bleed, quite a lot
   actually"): NHS.uk epilepsy and seizures (a first fit: 999), NHS.uk vaginal bleeding in
   pregnancy and RCOG Green-top 63 (heavy bleeding or bleeding with pain in later pregnancy:
   999 / A&E).
3. **Said softly and already reaching** (kept as guards): chest pain "kind of tight" with
   sweating (NHS.uk heart attack), FAST signs "a bit lopsided" (NHS.uk stroke), "can only say a
   few words" (NHS 999 breathing), lips "a bit" swollen after peanuts (RCUK 2021 anaphylaxis),
   a baby of 6 weeks "a bit warm, 38.2" (NICE NG143 red), a head knock "just been sick twice"
   (NICE NG232), a wound "kind of spurting" (MTS major haemorrhage), 30 paracetamol "I feel fine"
   (TOXBASE, NHS.uk paracetamol overdose).
4. **A frightening word used loosely** (差点中风, 差点心脏病发作 "nearly had a stroke / a heart
   attack" at a bill or a boss): a joke, no stroke or heart-attack fear; the mild complaint
   beside it is read as it is (NHS.uk headaches, tiredness).
5. **Mild and reassured** (NHS.uk common cold, sprains, heartburn, dizziness on standing,
   insomnia, constipation, minor head injury in children: cried at once and playing): the
   minimiser, the apology and the "lol" send nothing up.

Wrong before the change (0557fed): 17 of 62 (item 1: 9 of 13, item 2: 6 of 12, item 3: 0 of
15, item 4: 2 of 7, item 5: 0 of 15).

After (rules-ke): one open row. A hedge after a negation inside a phrase is read
(``clinical.matching``: "really", "quite", "seem to", "appear to" after "not" or a negative
contraction; 怎么 / 怎样 after 不, 系好 / 系几 / 太 after 唔, and 太 after 不 only inside a phrase,
never before 好); "a bit hot", "a bit of a temperature", Cantonese 有少少烧 are a fever, "a bit of
a fit" a fit (a tantrum's "a bit of a fit about" is not), "a bleed" and 出了点血 a bleeding in
pregnancy; 差点中风 and 差点心脏病发作 are a fright, no stroke or chest pain. Still open: "my
tummy's kind of hard and sore" (a hedge inside the womb's hardness) beside bleeding at 34
weeks reads at the bleeding's urgent, not RCOG GTG63's abruption.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# 1. NICE NG143, NHS.uk meningitis, NHS.uk stroke, NICE NG51: a hedge after the negation
HEDGED_NEGATION = [
    (
        "E",
        "probably nothing, my little one has a few spots that don't really fade when I press a "
        "glass on them, she's a bit hot",
    ),
    (
        "E",
        "sorry to bother you, my toddler's got a temperature and a rash that doesn't really go "
        "away when I roll a glass over it",
    ),
    (
        "E",
        "probably being silly, but the spots on her legs don't seem to fade under a glass and "
        "she's a bit hot and grumpy",
    ),
    (
        "E",
        "I'm sure it's nothing, he's just a bit sleepy, but he's got a temperature and the rash "
        "won't really fade when I press it",
    ),
    (
        "E",
        "probably nothing, my son won't really wake up properly since his nap and he's burning up",
    ),
    (
        "E",
        "my mum isn't really making sense today and she's a bit hot, she's 84, probably just tired",
    ),
    (
        "E",
        "my dad can't quite lift his left arm and his face looks kind of lopsided, he says it's "
        "cramp",
    ),
    ("E", "宝宝有点发烧，身上有些小点点，用杯子压了也不怎么褪，应该没事吧"),
    ("E", "唔好意思阻你，個女發燒，身上啲紅點壓落去都唔係好褪色"),
    ("E", "可能是我想多了，我妈手有点举不太起来，说话也不太清楚，刚刚开始的"),
    ("E", "應該還好啦，我爸爸說話有點不太清楚，嘴巴有點歪一邊，大概半小時了"),
    ("E", "孩子有点叫不太醒，发烧一天了，应该没事吧"),
    ("E", "應該冇事嘅，佢講嘢有啲唔係好清楚，右邊手腳有啲冇力"),
]

# 2. NHS.uk epilepsy (a first fit: 999), NHS.uk vaginal bleeding in pregnancy, RCOG GTG63,
# NICE NG51, NICE NG143 (under 3 months, 38 °C or more: red)
A_BIT_OF_A = [
    (
        "E",
        "sorry to bother you, my mum had a bit of a fit just now, first time ever, she's a bit "
        "drowsy now",
    ),
    (
        "E",
        "she had a bit of a funny turn, kind of jerking and shaking for a minute, never happened "
        "before",
    ),
    (
        "E",
        "feel silly asking, I'm 30 weeks pregnant and I've had a bit of a bleed, quite a lot "
        "actually, and some tummy pain",
    ),
    (
        "E",
        "sorry if this is silly, I'm 34 weeks and I've been bleeding a bit more than spotting, "
        "and my tummy's kind of hard and sore",
    ),
    (
        "E",
        "hate to bother anyone, 36 weeks pregnant, bit of bleeding and constant tummy pain, "
        "probably nothing",
    ),
    ("E", "可能没事，怀孕32周，刚才出了点血，还挺多的，肚子有点痛"),
    ("E", "可能是我想多了，怀孕34周，出血有点多，肚子一直有点痛有点硬"),
    (
        "E",
        "my grandad's a bit confused today, breathing fast, and he's got a bit of a temperature, "
        "probably just a cold",
    ),
    (
        "E",
        "my 80 year old mum is kind of muddled and has a bit of a fever, breathing faster than "
        "usual",
    ),
    ("E", "应该没什么大事，就是我奶奶今天有点糊涂，呼吸有点快，还有点发烧"),
    ("E", "冇乜事嘅，個BB三個星期大，有少少燒，38度"),
    ("E", "我老公頭先好似抽咗一陣筋，全身震，第一次，應該冇事掛"),
]

# 3. already reaching, kept as guards (NHS.uk heart attack, stroke, 999 breathing; RCUK 2021;
# NICE NG143, NG232; MTS; TOXBASE)
SOFT_BUT_READ = [
    (
        "E",
        "sorry to bother you, probably just indigestion, but my chest's been kind of tight and "
        "heavy for 40 minutes and I'm a bit sweaty",
    ),
    (
        "E",
        "it's probably just anxiety but my chest feels kind of heavy and my left arm aches, I feel "
        "a bit clammy",
    ),
    (
        "E",
        "I'm sure it's fine but my dad's smile looks a bit lopsided and he's kind of slurring, "
        "started half an hour ago",
    ),
    (
        "E",
        "my wife made me ask. my speech went a bit funny and my right hand's sort of weak, last "
        "20 minutes",
    ),
    (
        "E",
        "I'm not one to make a fuss but I can't really catch my breath, can only say a few words "
        "at a time",
    ),
    (
        "E",
        "bit embarrassed to ask, my throat feels a bit tight and my lips are swelling after "
        "eating peanuts",
    ),
    ("E", "sorry for the silly question, my 6 week old is a bit warm, 38.2, otherwise seems ok"),
    (
        "E",
        "he's just a bit clumsy lol, but he fell off his bike, hit his head, and he's been sick "
        "three times",
    ),
    (
        "E",
        "it's probably nothing, cut my leg on the mower, it's kind of spurting and won't stop "
        "even pressing on it",
    ),
    (
        "E",
        "sorry, this is probably a silly thing to message about, but I took about 30 paracetamol "
        "a couple of hours ago, I feel fine",
    ),
    (
        "E",
        "probably just a virus, but my 9 month old's lips are a little blue and she's sort of "
        "grunting",
    ),
    ("E", "不好意思打扰，应该没事吧，就是胸口有点压着的感觉，半个多小时了，还出了点冷汗"),
    ("E", "冇乜事嘅，不過我阿媽塊面有啲歪，講嘢有啲唔清楚"),
    ("E", "應該還好啦，只是我阿嬤有點喘不過氣，嘴唇有點發紫"),
    ("E", "小题大做了，宝宝身上有几个小红点，用杯子压也不退，有点发烧"),
]

# 4. a frightening word used loosely: "nearly" a stroke or a heart attack at a bill or a boss
LOOSE_FRIGHT = [
    ("L", "我差点心脏病发作，老板突然叫我，哈哈，现在就是有点头痛"),
    ("L", "笑死，差点中风，看到信用卡账单，哈哈，其实就是有点累"),
    ("L", "我差點被嚇到心臟病發，哈哈，只係有啲頭痛"),
    (
        "L",
        "I nearly had a stroke when I saw my phone bill lol, anyway just a bit of a headache today",
    ),
    (
        "L",
        "bit of a weird one lol, I nearly had a heart attack when the smoke alarm went off, now "
        "I've got a bit of a headache, had a coffee",
    ),
    (
        "L",
        "sorry to bother you, my heart nearly stopped when the baby fell off the sofa lol, he "
        "cried straight away and is playing now",
    ),
    ("L", "可能是我想多了，吓死我了，孩子从沙发上摔下来，马上就哭了，现在玩得很开心"),
]

# 5. mild and reassured: NHS.uk self-care or a routine appointment
MILD_REASSURED = [
    (
        "S",
        "sorry for the silly question lol, bit of a cold, sniffly nose and a bit of a sore throat "
        "for 2 days, eating and drinking fine",
    ),
    (
        "L",
        "probably nothing, my wife made me ask, stubbed my toe yesterday, a bit bruised, walking "
        "on it fine",
    ),
    ("L", "I'm sure it's fine, just a bit of heartburn after a big curry, gaviscon sorted it"),
    (
        "S",
        "don't want to waste your time, my 4 year old has a bit of a runny nose and a cough, no "
        "temperature, playing happily",
    ),
    (
        "L",
        "sorry, probably overthinking, I feel a bit dizzy when I stand up too quickly, goes "
        "after a few seconds",
    ),
    (
        "L",
        "my wife made me ask, I've had a bit of a dry cough for 5 days, no fever, eating fine, "
        "sleeping ok",
    ),
    (
        "L",
        "dying of embarrassment lol, I've got a bit of a rash from new washing powder, itchy, no "
        "swelling",
    ),
    ("S", "不好意思打扰，可能是我想多了，就是有点流鼻涕，喉咙有点痒，两天了，吃喝都正常"),
    ("L", "应该没事吧，脚踝扭了一下，有点肿，可以走路"),
    ("L", "笑死我了，我老公说我小题大做，就是有点胃胀气，吃多了"),
    ("L", "不好意思打扰，可能小题大做，就是有点失眠，这几天睡得不太好，其他都还好"),
    ("L", "冇乜事嘅，只係有啲頭痛，食咗必理痛好返啲"),
    ("L", "應該冇事嘅，我心跳快咗少少，因為頭先飲咗兩杯咖啡，而家好返"),
    ("L", "應該還好啦，就是最近有點便秘，三天沒大便，肚子不痛"),
    ("L", "不好意思打擾，手指被紙割到一點點，已經止血了"),
]

OPEN_ROWS: dict[str, str] = {
    "sorry if this is silly, I'm 34 weeks and I've been bleeding a bit more than spotting, "
    "and my tummy's kind of hard and sore": (
        "\"tummy's kind of hard and sore\": a hedge inside the womb's hardness and the pain (RCOG "
        "GTG63 abruption) is not read; the bleeding alone is urgent"
    ),
}


@pytest.mark.parametrize(("code", "text"), with_open(HEDGED_NEGATION, OPEN_ROWS))
def test_hedged_negation(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(A_BIT_OF_A, OPEN_ROWS))
def test_a_bit_of_a(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SOFT_BUT_READ, OPEN_ROWS))
def test_soft_but_read(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(LOOSE_FRIGHT, OPEN_ROWS))
def test_loose_fright(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(MILD_REASSURED, OPEN_ROWS))
def test_mild_reassured(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
