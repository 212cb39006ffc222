"""Messages set at work or school, and messages written at night (rules-dl, session 38).

Each sentence is our own, in English, simplified Chinese, Hong Kong Cantonese or Taiwan usage
(traditional characters), read as a first message with the rules alone:

1. **Work and study** (NHS.uk eye injuries, burns and scalds, electric shock, needle-stick
   injuries, heat exhaustion and heatstroke, occupational asthma; TOXBASE public advice on
   hydrofluoric acid, alkalis and fumes in a confined space): a chemical in the eye, fumes with
   confusion, a hand caught in a machine, a fall from height, a high-voltage shock: 999 or A&E;
   a needle-stick injury: the same day; a worker or student who would wait until the shift,
   exam or lesson ends beside a danger sign; a colleague or pupil told of by a manager or
   teacher; stress or tiredness blamed for chest pain, one-sided weakness or the worst headache.
   Look-alikes stay below urgent: exam stress with a tension headache, screen eye strain, a
   paper cut, a desk back ache, tired after night shifts.
2. **Night** (NHS.uk heart failure and NICE CKS breathlessness: woken gasping, breathless lying
   flat; NHS.uk chest pain; NHS.uk croup: noisy breathing at rest; NICE NG143: a baby hard to
   wake): "wait till the morning / till the GP opens" or "probably just tired" said beside a
   danger sign keeps the danger. Look-alikes stay below urgent: cannot sleep from worry, a mild
   night cough, calf cramps that ease with stretching, a bad dream.

Wrong before the change (8730641): 18 of 108 (work and study: 16 of 69, night: 2 of 39). Twelve
sentences (the new rules' words beside no danger and beside a real one) and three typo sentences
were added after the first run; they were run on the old rules too and are counted above. Open: 2
(a heat-exhaustion look-alike, an occupational-asthma pattern), both closed by rules-dp the same
session (``OPEN`` is empty).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

WORK = [
    # NHS.uk eye injuries / TOXBASE: a chemical in the eye is A&E
    ("E", "splashed oven cleaner in my eye at work, it's burning and I can't open it"),
    (
        "E",
        "got some caustic solution in my eye at the factory, rinsed it but it still stings badly",
    ),
    # TOXBASE: fumes in a confined space with headache or confusion
    ("E", "been cleaning inside a tank at work, fumes, now a bad headache and I feel confused"),
    ("E", "my workmate was painting in a small unventilated room and now he's confused and drowsy"),
    # TOXBASE: hydrofluoric acid / strong alkali on skin
    ("E", "hydrofluoric acid got on my fingers at work, they are really painful"),
    ("E", "caustic soda spilled on my arm at work and the skin is burning and peeling"),
    # injuries at work: machine, fall from height, electric shock
    ("E", "my hand got caught in a machine at work, fingers crushed and bleeding a lot"),
    ("E", "colleague fell off the scaffolding about 4 metres and isn't moving"),
    ("E", "fell off a ladder at work, hit my head, was knocked out for a bit"),
    ("E", "got an electric shock from a high voltage cable at work, chest feels strange"),
    # NHS.uk needle-stick injury: get advice the same day
    ("U", "I got a needle-stick injury at work from a used needle"),
    ("U", "pricked my finger on a used needle from a sharps bin at work"),
    # NHS.uk heatstroke: 999
    (
        "E",
        "working on a roof all day in the heat, my colleague is confused and has stopped sweating",
    ),
    # NHS.uk heat exhaustion without heatstroke signs: cool down, self-care
    ("L", "working outside in the heat, a bit of a headache and very thirsty, sweating a lot"),
    # NHS.uk occupational asthma: a GP
    ("L", "my asthma is worse at work and better when I'm on holiday, I work in a bakery"),
    # waiting until the shift, exam or lesson ends beside a danger sign
    ("E", "crushing chest pain but I'm on shift, can it wait till I finish at 6"),
    ("E", "my face drooped on one side during my exam, can I finish it first"),
    ("E", "my arm went weak and my speech is slurred, I'll see someone after my shift"),
    # a colleague or pupil told of by a manager or teacher
    ("E", "a student collapsed in my class and isn't breathing properly"),
    ("E", "a pupil in my class has swollen lips and is wheezing after lunch"),
    ("E", "I'm a manager, one of my staff is slurring his words and his arm is weak"),
    # stress or tiredness blamed for a danger sign
    (
        "E",
        "it's probably just work stress but I've had chest pain spreading to my left arm "
        "for 30 minutes",
    ),
    ("E", "probably exam stress but this is the worst headache of my life, it came on suddenly"),
    ("E", "tired from work I think, but my left arm and leg suddenly went weak"),
    # look-alikes that must not go up
    ("L", "exam stress, a tension headache like a tight band round my head"),
    ("L", "my eyes are tired and dry after staring at screens all day"),
    ("L", "paper cut from printer paper at work"),
    ("L", "mild lower back ache from sitting at my desk all day"),
    ("L", "exhausted after three night shifts in a row"),
    # the new rules' words beside no danger, and beside a real one
    ("L", "I sew for a living and pricked my finger on a sewing needle"),
    ("L", "my sleeve got caught in the washing machine door, no harm done"),
    ("L", "I'm a nurse and had my flu jab at work, the needle hurt a bit"),
    ("L", "we're painting the flat and the paint fumes give me a mild headache"),
    ("E", "pricked by a used needle at work and now my throat is swelling and I can't breathe"),
    (
        "E",
        "got an electric shock from a plug, not high voltage, but now I have chest pain "
        "and my heart is racing",
    ),
    ("E", "probably just exam stress, but my face dropped on one side and I can't lift my arm"),
    (
        "E",
        "I think it's just tiredness from night shifts but I have crushing chest pain and "
        "I'm sweating",
    ),
    # typos of nearby words still read (the speller keeps its corrections beside the new words)
    ("E", "crushng chest pain on my night shift and sweating"),
    ("E", "my colleage is unconcious on the factory floor"),
    ("E", "sudden sevre headache at work, worst ever, and my neck is stiff"),
    ("L", "被缝衣针扎了一下手指"),
    ("E", "工人被機器捲入，手臂斷了一直流血"),
    ("U", "收垃圾嘅时候俾用过嘅针笃到手指"),
    ("E", "碰到高壓電線被電到，人昏過去了"),
    # simplified Chinese
    ("E", "上班的时候清洁剂溅到眼睛里，眼睛好痛睁不开"),
    ("E", "在工厂手被机器卷进去了，手指压烂了流很多血"),
    ("E", "同事从脚手架上摔下来，叫不醒"),
    ("E", "在工地触电了，现在心跳很乱"),
    ("U", "上班时被用过的针头扎到了"),
    ("E", "在密闭的罐子里干活，闻到气味后头痛，人有点糊涂"),
    ("E", "工作时氢氟酸溅到手上了，很痛"),
    ("E", "考试压力大，胸口剧痛放射到左手，想考完再去看"),
    ("E", "老师说有个学生在课堂上晕倒了，叫不醒"),
    ("L", "考试压力大，头有点胀痛"),
    ("L", "对着电脑一整天，眼睛干涩"),
    ("L", "上了几个夜班，太累了"),
    # Hong Kong Cantonese
    ("E", "返工嗰阵俾化学品溅入眼，好痛擘唔开眼"),
    ("E", "喺地盘个同事由棚架跌落嚟，唔郁"),
    ("E", "返工俾机器夹住只手，流好多血"),
    ("E", "我谂系返工太攰，但系心口好痛，痛到落左手"),
    ("E", "想等收工先睇医生，但系一边手脚冇晒力"),
    ("L", "考试压力大，个头有啲紧"),
    ("L", "成日对住电脑，眼好攰"),
    # Taiwan usage
    ("E", "上班時化學藥劑噴到眼睛，很痛睜不開"),
    ("E", "工地同事從鷹架摔下來，昏迷不醒"),
    ("E", "在工廠手被機器夾到，一直流血"),
    ("L", "考試壓力大，頭有點緊繃"),
    ("L", "被紙割到手指"),
    ("L", "上大夜班好累"),
]

NIGHT = [
    # NHS.uk heart failure / NICE CKS breathlessness: woken gasping, breathless lying flat
    ("U", "woke up at 3am gasping for air, I had to sit up to breathe"),
    ("U", "I keep waking in the night fighting for breath, it's getting worse"),
    ("N", "I can't lie flat any more, I get breathless unless I'm propped on three pillows"),
    # chest pain that wakes
    ("E", "chest pain woke me up, tight and heavy, spreading to my jaw"),
    # NHS.uk croup: noisy breathing at rest
    (
        "U",
        "my 2 year old has a barking cough and a noisy harsh sound when breathing even at "
        "rest, middle of the night",
    ),
    # NICE NG143: a baby hard to wake
    ("E", "my baby is really hard to wake tonight and floppy"),
    # "wait till the morning / the GP opens" beside a danger sign
    (
        "E",
        "should I wait till the morning? my wife's face has dropped on one side and she "
        "can't speak properly",
    ),
    ("E", "it's 2am, can I wait till the GP opens? crushing chest pain and I'm sweating"),
    (
        "E",
        "my child woke up with a rash that doesn't fade under a glass, should I wait till morning",
    ),
    ("E", "woke up with the worst headache of my life, it came on suddenly"),
    ("E", "probably just tired but tonight my speech went slurred and my arm is weak"),
    # look-alikes that must not go up
    ("L", "can't sleep because I'm worried about work"),
    ("L", "mild cough at night, otherwise fine"),
    ("L", "cramp in my calf at night, it goes away when I stretch it"),
    ("L", "had a bad dream and woke up scared"),
    ("L", "probably just tired, I keep yawning at work"),
    # simplified Chinese
    ("U", "半夜憋醒，喘不过气，要坐起来才能呼吸"),
    ("E", "夜里胸口痛醒，像压着一样，出冷汗"),
    ("U", "孩子半夜咳嗽像狗叫，安静的时候呼吸也有响声"),
    ("E", "宝宝晚上叫不醒，软软的"),
    ("E", "要不要等到明天早上？我爸突然嘴歪，说话不清楚"),
    ("L", "晚上担心工作睡不着"),
    ("L", "晚上有点咳嗽，其他都好"),
    ("L", "半夜小腿抽筋，拉伸一下就好了"),
    ("L", "做噩梦惊醒"),
    # Hong Kong Cantonese
    ("U", "半夜扯唔到气醒咗，要坐起身先抖到气"),
    ("E", "夜晚心口痛到醒，好似有嘢压住"),
    ("U", "个仔半夜咳到好似狗吠，唞紧气都有声"),
    ("E", "BB夜晚叫极都唔醒"),
    ("E", "等唔等到听日朝早先睇医生？我阿妈突然半边面跌咗，讲嘢唔清楚"),
    ("L", "夜晚担心份工瞓唔着"),
    ("L", "半夜小腿抽筋，拉一拉就冇事"),
    # Taiwan usage
    ("U", "半夜喘不過氣醒來，要坐起來才能呼吸"),
    ("E", "晚上胸口痛醒，很悶很重，冒冷汗"),
    ("E", "寶寶晚上叫不醒，全身軟軟的"),
    ("E", "要等到明天診所開門嗎？爸爸突然一邊手腳沒力"),
    ("L", "晚上擔心考試睡不著"),
    ("L", "做惡夢嚇醒"),
    ("L", "晚上咳嗽一點點，白天都還好"),
]

# (both first-run open rows, thirst alone in the heat and asthma better away from work, closed
# by rules-dp: tests/test_noticed_reads_38.py)
OPEN: dict[str, str] = {}


@pytest.mark.parametrize(("expected", "text"), with_open(WORK + NIGHT, OPEN))
def test_work_and_night_levels(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
