"""Messages that are mostly questions (rules-lf, session 46).

People write what is happening to them as a question: "is it normal that my lips have gone blue
since the bee sting?", "can this wait till Monday?", "can I sleep it off?", "do I need A&E
for...", 正常吗, 要不要去医院, 可以等到明天吗, 使唔使睇醫生, 需要掛急診嗎, 會不會是.... A question
wrapped around something happening now is a current symptom and keeps the level its sign has
when told plainly; a purely hypothetical or general-information question ("what would happen
if...", "what are the signs of a stroke?", "if I ever get chest pain should I call 999?") is no
current symptom and is no emergency.

Each sentence is our own, written from the guidance its group names (NHS.uk "when to call 999",
stroke FAST, heart attack, anaphylaxis, meningitis glass test, button batteries, head injury
and NICE NG232, pregnancy bleeding, paracetamol overdose and TOXBASE, NICE NG143 fever in under
5s, NHS.uk sore throat, sprains, hangover), never from a data set's row. ``E`` must end
``emergency``, ``U`` at least urgent, ``!E`` anything but an emergency, ``L`` below urgent.

Wrong before the change (e6bbe6d): 9 of the 147 sentences (of the 80 present reports, 3 below
their level; of the 8 mild questions, none; of the 59 general questions, 6 reached
``emergency``). Written in two rounds, both before any change; two written as general
questions in the second round were left out, judged ambiguous on seeing them read as
emergencies (宝宝发烧的时候抽搐要不要去医院, 有人晕倒了应该怎么急救: each may as well
be a report of now); 有人晕倒的话应该怎么急救 replaced the second.

After (rules-lf): 1 of the 147 open ("is a nosebleed that won't stop an emergency?": a generic
article before the sign is not read). 17 written after in other words for the cues added
(``AFTER``), 1 open. Closed by kind: care named bare after "need" or before the sign ("do i need
A&E for", "an ambulance for") anchors a question frame (``care_sought``); a question about
anyone with the sign ("should someone with", "can you die from", "do you need") is general
(``hypothetical``, ``question_frames``), as is "kill you?" after it (``asked_question``) and
一般是什么原因 / 多少算危险 right after it (``asked_after``); 出血多少 asks an amount, no heavy
bleeding (an exclude on ``heavy_vaginal_bleeding``). Two vocabulary gaps met on the way: 流好多血
(``bleeding_unplaced_heavy``, RCOG Green-top 63) and a nosebleed "pouring for" 40 minutes
(``nosebleed_heavy``, NHS.uk nosebleeds).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# A question around what is happening now, English: each keeps its sign's level.
PRESENT_EN: list[tuple[str, str]] = [
    # NHS.uk anaphylaxis: blue lips after a sting, call 999
    ("E", "is it normal that my lips have gone blue since the bee sting?"),
    # NHS.uk heart attack: crushing chest pain spreading to the arm, call 999
    (
        "E",
        "can this wait till Monday? my chest has been crushing for 40 minutes "
        "and the pain goes down my left arm",
    ),
    # NHS.uk paracetamol overdose: go to A&E even if you feel well
    ("E", "can I sleep it off? I took 30 paracetamol about an hour ago"),
    ("E", "can i just sleep it off, i swallowed a whole box of my sleeping pills tonight"),
    # NHS.uk meningitis: a rash that does not fade under a glass with a fever, call 999
    (
        "E",
        "should I be worried if my baby's rash doesn't fade when I press a glass on it? "
        "she's had a fever since this morning",
    ),
    # NHS.uk stroke FAST: call 999
    ("E", "do I need A&E for my dad's face drooping on one side? it started 20 minutes ago"),
    ("E", "do i need a&e for slurred speech and a weak arm that came on just now?"),
    # NHS.uk anaphylaxis: the throat closing up after a food
    ("E", "should I worry that my throat feels like it's closing up after eating peanuts?"),
    # NHS.uk bleeding in pregnancy: heavy bleeding, call 999
    ("E", "is it ok to wait till tomorrow? I'm 30 weeks pregnant and bleeding heavily since lunch"),
    # NHS.uk button batteries: A&E straight away
    ("E", "do I need to go to A&E? my son swallowed a button battery 10 minutes ago"),
    # NHS.uk "when to call 999": so breathless you cannot speak
    ("E", "is it normal to be so out of breath that I can't finish a sentence right now?"),
    # NICE NG232: a head injury and cannot be woken
    ("E", "should I be worried my husband won't wake up properly after hitting his head?"),
    # NHS.uk heart attack
    (
        "E",
        "could this be a heart attack? crushing pain in my chest spreading to my jaw and "
        "i'm sweating buckets",
    ),
    # NICE NG143: a child breathing fast with the ribs sucking in (red)
    (
        "E",
        "can it wait till the morning? my 2 year old is breathing really fast and "
        "his ribs are sucking in with every breath",
    ),
    # NICE NG232: vomiting more than once after a head injury (A&E)
    ("U", "can I just sleep it off? I banged my head an hour ago and I've been sick three times"),
    # NHS.uk sprains: cannot put weight on it, urgent treatment centre
    (
        "U",
        "can this wait till Monday? I twisted my ankle this morning, it's really swollen "
        "and I can't put any weight on it",
    ),
    # written second (before any change)
    (
        "E",
        "is it normal that my baby has been floppy and not waking for feeds since this afternoon?",
    ),
    (
        "E",
        "my wife's face has gone droopy and her words are slurred, can it wait till the "
        "GP opens tomorrow?",
    ),
    (
        "E",
        "can i sleep it off? i drank a whole bottle of vodka and took a load of my mum's diazepam",
    ),
    ("E", "my dad just collapsed and isn't breathing properly, do we need an ambulance?"),
    (
        "E",
        "should i be worried about this? my toddler drank some bleach from under the "
        "sink 5 minutes ago",
    ),
    ("E", "is it ok to leave it till the morning? my 4 week old has a temperature of 38.4"),
    ("E", "do i need A&E for a nosebleed that won't stop after 30 minutes and i'm on warfarin?"),
    ("E", "why can't i breathe properly after the wasp sting, and why is my face swelling?"),
    (
        "E",
        "can this wait or should i go now? severe headache came on like a thunderclap an "
        "hour ago, worst ever",
    ),
    ("E", "is this normal after giving birth? i'm soaking a pad every half hour and feel dizzy"),
    (
        "E",
        "could it be sepsis? my mum is confused, breathing fast and her skin looks "
        "blotchy and blue",
    ),
    ("E", "what should i do? he's having a fit and it's gone on for over 5 minutes"),
    ("U", "is it normal to have a fever of 39 and a really painful stiff neck since last night?"),
    (
        "U",
        "my 8 month old has had diarrhoea and vomiting since yesterday and only 1 wet "
        "nappy today, can it wait?",
    ),
    ("U", "can i wait till monday? i've got chest pain that comes and goes since this morning"),
    ("E", "do i need an ambulance for my dad? he's gone grey, sweaty and has crushing chest pain"),
    (
        "E",
        "is it worth going to a&e for a nosebleed that's been pouring for 40 minutes? "
        "i'm on warfarin",
    ),
    ("E", "do we need a&e? our baby's lips are blue and she's struggling to breathe"),
    ("E", "do i need to call 999 for my son's allergic reaction? his tongue is swelling up"),
    ("E", "is it serious? i'm 8 weeks pregnant with sharp pain on one side and i've just fainted"),
    ("E", "is that bad? my mum's suddenly not making any sense and can't lift her right arm"),
    (
        "E",
        "can i wait and see? i think i've taken too many of my insulin units, i'm shaky "
        "and sweating and confused",
    ),
    ("E", "can i leave it till morning? my husband is vomiting blood, lots of it"),
    ("E", "should i worry? i'm coughing up blood and really short of breath"),
    ("E", "am i overreacting? my 5 month old is floppy and won't feed and has a purple rash"),
    (
        "E",
        "is this an allergic reaction? my lips are swelling and my throat feels tight "
        "after the prawns",
    ),
    ("E", "would i be wasting their time if i called 999? my wife collapsed and isn't responding"),
]

# The same in Chinese (simplified, traditional and Cantonese).
PRESENT_ZH: list[tuple[str, str]] = [
    ("E", "被蜜蜂蛰了以后嘴唇发紫，正常吗？"),
    ("E", "胸口压着痛了半个小时，痛到左手，还出冷汗，可以等到明天再看吗？"),
    ("E", "我爸刚才突然一边脸歪了，说话不清楚，要不要去医院？"),
    ("E", "宝宝发烧，身上的疹子用杯子压了不褪色，使唔使睇醫生？"),
    ("E", "我吃了二十粒安眠药，睡一觉会不会就好了？"),
    ("E", "阿媽頭先跌親撞到頭，而家叫極都唔醒，需要掛急診嗎？"),
    ("E", "老公胸口好痛，痛到左手，出晒冷汗，會不會是心臟病？"),
    ("E", "我懷孕三十週，而家流好多血，可唔可以等到聽日先睇？"),
    ("E", "小朋友啱啱吞咗粒鈕扣電池，使唔使去急症室？"),
    ("E", "喘不过气，话都说不完整，这样正常吗？"),
    ("E", "会不会是中风？我妈嘴巴歪了，手也抬不起来"),
    ("E", "需要去急诊吗？宝宝嘴唇发紫，呼吸很急"),
    ("E", "食完蝦之後喉嚨好緊，吞唔到嘢，係咪正常㗎？"),
    ("E", "我頭先食咗成樽必理痛，瞓一覺會唔會冇事？"),
    ("E", "剛才撞到頭，之後吐了三次，現在很想睡，需要掛急診嗎？"),
    # written second (before any change)
    ("E", "咁樣正唔正常？個BB成日瞓，叫極都唔醒，仲發燒"),
    ("E", "我老公突然讲唔到嘢，右手冇力，使唔使即刻去医院？"),
    ("E", "可以等到礼拜一先睇吗？我胸口好似俾大石压住，出冷汗"),
    ("E", "我儿子吞了一颗纽扣电池，要不要去医院？"),
    ("E", "妈妈突然剧烈头痛，是这辈子最痛的一次，可以先睡一觉看看吗？"),
    ("E", "被蜂蛰了以后喉咙好紧，说话都困难，需要去急诊吗？"),
    ("E", "生完孩子以后一直大出血，头很晕，这个正常吗？"),
    ("E", "我妹妹刚吃了一整板扑热息痛，会不会有事？要不要去医院？"),
    ("E", "孩子抽搐超过五分钟还没停，怎么办？要叫救护车吗？"),
    ("E", "爷爷说话突然含糊不清，嘴角歪了，会不会是中风？"),
    ("U", "宝宝两个月大，发烧三十八度，可以等到明天吗？"),
    ("U", "我头撞到了，吐了两次，可以睡觉吗？"),
    ("E", "是不是过敏？吃了虾以后嘴唇肿起来，喉咙发紧，喘不过气"),
    ("E", "我是不是太紧张了？宝宝五个月，软绵绵的，不肯吃奶，身上有紫色的疹"),
    ("E", "需唔需要叫白車？阿爸突然心口好痛，出冷汗，面青"),
    ("E", "可以等到天亮再去医院吗？老公吐了好多血"),
    ("E", "係咪過敏？食完花生嘴唇腫，喉嚨好緊"),
    ("E", "會唔會係中風？阿嫲塊面歪咗，講嘢唔清楚"),
    ("E", "我懷孕八週，一邊肚好痛，頭先仲暈低咗，嚴唔嚴重？"),
    ("E", "要不要打120？我爸突然倒在地上叫不醒"),
    ("E", "吃了三十片扑热息痛，睡一觉能不能好？"),
    ("E", "这样算不算严重？孩子吞了两颗磁铁"),
]

# Mild, ordinary questions about something now: below urgent (NHS.uk sore throat and hangover:
# treat at home).
MILD_NOW: list[tuple[str, str]] = [
    ("L", "can this wait till Monday? I've had a mild sore throat for two days"),
    ("L", "had a few too many beers last night and my head hurts a bit, can i sleep it off?"),
    ("L", "喉咙有点痛两天了，可以等到下周一再看医生吗？"),
    ("L", "有点鼻塞流鼻涕，使唔使睇醫生？"),
    # written second (before any change)
    ("L", "i've had a cold for 3 days, is it normal to feel this tired?"),
    ("L", "can i wait till monday? i think i've got thrush again, mild itching"),
    ("L", "有少少咳，可唔可以等到下個禮拜先睇醫生？"),
    ("L", "肚子有点胀气，要不要去医院？"),
]

# Hypothetical or general-information questions: no current symptom, no emergency.
GENERAL_EN: list[tuple[str, str]] = [
    ("!E", "what are the signs of a stroke?"),
    ("!E", "if I ever get chest pain should I call 999?"),
    ("!E", "what would happen if a child swallowed a button battery?"),
    ("!E", "how can you tell if someone is having an allergic reaction?"),
    ("!E", "should you call an ambulance if someone has a seizure for the first time?"),
    ("!E", "what should I do if my child ever gets a rash that doesn't fade under a glass?"),
    ("!E", "can a paracetamol overdose kill you?"),
    ("!E", "what does a meningitis rash look like?"),
    ("!E", "just wondering, if my husband had a stroke how would I know?"),
    ("!E", "do you need A&E for chest pain or can you go to a GP?"),
    ("!E", "what happens if you can't wake someone up after a head injury?"),
    ("!E", "if a baby's lips go blue, is that always an emergency?"),
    # written second (before any change)
    ("!E", "can you sleep off a concussion?"),
    ("!E", "is it safe to go to sleep after a head injury?"),
    ("!E", "when should you call 999 for chest pain?"),
    ("!E", "what are the warning signs of sepsis in adults?"),
    ("!E", "how long can you wait with appendicitis before it bursts?"),
    ("!E", "if my baby ever has a febrile seizure, do I need to call an ambulance?"),
    ("!E", "what does anaphylaxis feel like?"),
    ("!E", "is a nosebleed that won't stop an emergency?"),
    ("!E", "what would happen if someone took 20 paracetamol?"),
    ("!E", "should someone with a thunderclap headache go to A&E?"),
    ("!E", "is it normal for toddlers to have a fit when they get a high temperature?"),
    ("!E", "can you die from a paracetamol overdose?"),
    ("!E", "do people with a nut allergy always need to go to a&e?"),
    ("!E", "if someone's lips turn blue what should you do?"),
    ("!E", "is it an emergency if a pregnant woman bleeds?"),
    ("!E", "what counts as a medical emergency?"),
    ("!E", "should you go to hospital for a head injury?"),
    ("!E", "what are the symptoms of meningitis in babies?"),
    ("!E", "how do you know if someone's having a heart attack?"),
]

GENERAL_ZH: list[tuple[str, str]] = [
    ("!E", "中风有什么症状？"),
    ("!E", "如果以后胸口痛，应该打120还是自己去医院？"),
    ("!E", "如果有小朋友吞咗鈕扣電池，會點樣？"),
    ("!E", "萬一屋企人突然講唔到嘢，使唔使即刻叫白車？"),
    ("!E", "怀孕的时候出血一般要不要去急诊？"),
    ("!E", "心脏病发作是什么感觉？"),
    ("!E", "請問過敏性休克有咩徵狀？"),
    ("!E", "如果宝宝以后发烧抽筋，我们应该怎么办？"),
    ("!E", "假如有人吃了一整瓶安眠药，会不会有生命危险？"),
    ("!E", "撞到头以后叫不醒一般是什么原因？"),
    ("!E", "嘴唇发紫是不是一定要去急诊？"),
    # written second (before any change)
    ("!E", "如果小孩吞了纽扣电池会怎么样？"),
    ("!E", "撞到头之后可以睡觉吗？"),
    ("!E", "心梗的症状有哪些？"),
    ("!E", "什么情况下要叫救护车？"),
    ("!E", "胸口痛要不要去急诊？"),
    ("!E", "萬一BB抽筋，使唔使叫白車？"),
    ("!E", "吃太多扑热息痛会怎么样？"),
    ("!E", "中風同TIA有咩分別？"),
    ("!E", "如果有一天我突然說不出話，是不是中風？"),
    ("!E", "一般来说，产后出血多少算危险？"),
    ("!E", "是不是所有头部受伤都要去医院？"),
    ("!E", "一般过敏反应多久会发作？"),
    ("!E", "孕妇出血什么情况下要去急诊？"),
    ("!E", "脑膜炎的皮疹是什么样子的？"),
    ("!E", "如果小朋友食咗磁石，使唔使睇急症？"),
    ("!E", "心口痛幾耐要去睇醫生？"),
    ("!E", "點樣知道係咪中風？"),
]

# Written after the change, in other words, for the cues it added (care named bare, a question
# about anyone with the sign, how much counts as dangerous, 流好多血): each read right after.
AFTER: list[tuple[str, str]] = [
    ("E", "do i need an ambulance for crushing chest pain that's going into my jaw? i'm sweating"),
    (
        "E",
        "do i really need a&e for my son's rash? it doesn't fade under a glass and he's burning up",
    ),
    ("E", "is it worth an ambulance for my mum? she's slurring her words and her face has dropped"),
    ("E", "should someone with a thunderclap headache go to A&E? because i've got one right now"),
    ("E", "my wife is 35 weeks and bleeding heavily, do we need 999 for that?"),
    ("E", "can you die from this? i took 40 paracetamol an hour ago"),
    ("E", "怀孕三十二周，现在下面流好多血，要不要去医院？"),
    ("E", "我個女生完BB第三日，而家流好多血，頭好暈"),
    ("E", "撞到头以后叫不醒，怎么办？"),
    ("!E", "do you need an ambulance for a seizure that stops by itself?"),
    ("!E", "can people die from a bee sting?"),
    ("!E", "should a person with chest pain drive themselves to hospital?"),
    ("!E", "do people with anaphylaxis always need a&e?"),
    ("!E", "孕妇出血多少算危险？"),
    ("!E", "头撞到以后吐一般是什么原因？"),
    ("!E", "鼻子流好多血一般是什么原因？"),
    ("L", "my nose bled for a few minutes this morning and stopped, do i need a&e for that?"),
]

OPEN_ROWS: dict[str, str] = {
    "is a nosebleed that won't stop an emergency?": "a generic article before the sign is not "
    "read ('is this an emergency?' after a sign told now must stay a report, so 'an "
    "emergency' after the sign cannot be the cue)",
    # ("should someone with a thunderclap headache go to A&E? because i've got one right now",
    # a sign asked about anyone then told as the writer's own, closed in session 47: cues.yaml
    # own_after; tests/test_noticed_gaps_47.py)
}


@pytest.mark.parametrize(("code", "text"), with_open(PRESENT_EN, OPEN_ROWS))
def test_present_en(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(PRESENT_ZH, OPEN_ROWS))
def test_present_zh(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(MILD_NOW, OPEN_ROWS))
def test_mild_now(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(GENERAL_EN, OPEN_ROWS))
def test_general_en(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(GENERAL_ZH, OPEN_ROWS))
def test_general_zh(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER, OPEN_ROWS))
def test_written_after(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
