"""Session 49's themes by kind: the writer's own diagnosis, hurried, in bed or on waking.

Written by rules-of (session 49) in English, simplified Chinese and traditional Chinese (Hong
Kong Cantonese and Taiwan Mandarin), at every level and both ways: texts that must reach a
level and look-alikes that must not.

- The writer's own diagnosis ("just indigestion", "pulled a muscle", "my usual migraine",
  肯定是上火, 胃病犯了, 我估係食滯): a heart attack, a stroke, a DKA, a meningitis, a sepsis, an
  ectopic pregnancy called something mild must still be read (NHS.uk heart attack, stroke
  FAST, meningitis, sepsis, DKA, ectopic pregnancy, cauda equina syndrome; NICE CG95), and a
  correct benign label with mild, improving symptoms must not be raised by the label's own words
  (NHS.uk indigestion, neck pain, hangover, cold sores, mouth ulcers).
- Hurried ("quick q", "no time", "in a meeting", "about to board", 赶时间, 趕住返工): the hurry
  lowers nothing and raises nothing.
- In bed or on waking ("woke up with", "found dad still in bed", "couldn't get out of bed",
  一觉醒来, 半夜痛醒, 瞓醒): NHS.uk stroke signs on waking are a stroke of unknown onset (999);
  a person found in bed not waking properly is 999 (NHS.uk unconsciousness, sepsis); a stiff
  neck on waking with no fever is self-care (NHS.uk neck pain); a night's waking to pee or an
  overslept relative who is their usual self is no emergency.

Wrong on the rules of 8540edd: 6 of the 113 sentences of the three lists below, written first
(the chest called a pulled or strained muscle with the pain spreading to the arm or jaw and
sweating or sickness, five sentences; a relative found in bed drowsy, "muttering nonsense" and
very hot, one). ``OPEN`` keeps the rows left open as strict xfails with their reasons.
``AFTER_THE_CHANGE`` was written after the change, in other words, each kind both ways.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NHS.uk heart attack, stroke, meningitis, sepsis, DKA, ectopic pregnancy, cauda equina
# syndrome, panic attacks, heatstroke, indigestion, neck pain, hangover, mouth ulcers, tennis
# elbow, frozen shoulder, plantar fasciitis; NICE CG95, NG143, NG51
SELF_DIAGNOSIS: list[tuple[str, str]] = [
    (
        "E",
        "probably just indigestion but I've got a crushing pain in my chest going down my left "
        "arm and I'm sweating",
    ),
    (
        "E",
        "pretty sure I just pulled a muscle in my chest at the gym but now it's tight, spreading "
        "to my jaw and I feel sick and clammy",
    ),
    (
        "E",
        "it's my usual migraine I think, but this time my face has dropped on one side and my "
        "words are slurred",
    ),
    (
        "E",
        "just a bad hangover surely, but my neck is really stiff, I can't stand the light and "
        "there's a rash that doesn't fade under a glass",
    ),
    (
        "E",
        "I think it's just a tummy bug, my son is type 1 diabetic, being sick all day, breathing "
        "deep and fast and very drowsy",
    ),
    (
        "E",
        "probably just flu, but my dad is confused, breathing really fast and his skin looks "
        "blotchy and mottled",
    ),
    (
        "E",
        "I reckon it's just period cramps, but my period is 2 weeks late, sharp pain on one side "
        "low down and I fainted",
    ),
    (
        "E",
        "only heartburn i think its crushing pressure in the middle of my chest and i feel faint "
        "and sweaty",
    ),
    ("E", "肯定是上火，不过胸口压着痛，痛到左手臂，一直出冷汗"),
    ("E", "胃病犯了吧，胸口好闷好痛，出冷汗，喘不上气"),
    ("E", "应该是偏头痛老毛病，但是这次一边脸歪了，说话也说不清楚"),
    ("E", "我估係食滯，但係心口好似俾嘢壓住咁痛，仲出晒冷汗"),
    ("E", "我想是感冒而已，但是脖子很硬，发高烧，身上有按了不褪色的红点"),
    ("E", "應該只是腸胃炎，不過我有第一型糖尿病，一直吐，呼吸又深又快，人很想睡"),
    ("E", "我估係經痛啫，但係月經遲咗兩個禮拜，一邊下腹好痛，頭先仲暈低咗"),
    ("E", "應該是肌肉拉傷吧，可是胸口好像被大石壓住，痛到下巴，一直冒冷汗"),
    (
        "U",
        "I think it's just a UTI, but now I've got pain in my back under the ribs, a temperature "
        "of 38.5 and shivering",
    ),
    (
        "U",
        "probably just gastro, but I can't keep any fluids down since yesterday and haven't had a "
        "wee all day",
    ),
    ("U", "肯定是肠胃炎，但是今天拉的大便是黑色的，像柏油一样"),
    ("U", "我估係膀胱炎啫，但係而家腰好痛，發燒三十九度，仲發冷"),
    ("S", "pretty sure it's just indigestion after a big curry, mild burning, eased with Gaviscon"),
    ("S", "pulled a muscle in my shoulder lifting boxes, mild ache, better today"),
    ("S", "just a cold I think, runny nose and sneezing, feeling fine otherwise"),
    ("S", "肯定是上火了，嘴里长了个小溃疡，有点痛，其他都好"),
    ("S", "胃病犯了，有点反酸，吃了胃药已经好多了"),
    ("S", "我估係食滯，食得太飽，個胃有啲脹，食咗消化藥好返啲"),
    ("S", "應該是落枕，脖子有點酸，可以轉頭，越來越好了"),
    ("L", "my usual migraine, same as always, took my sumatriptan and it's easing"),
    ("L", "I think it's just tennis elbow, sore outer elbow for 3 weeks when I grip things"),
    ("L", "应该是老胃病，隐隐作痛两个星期了，吃东西正常"),
    (
        "E",
        "pulled a muscle in my chest, now the pain is spreading to my jaw and I feel sick and "
        "clammy",
    ),
    (
        "E",
        "think I strained my chest lifting, but the ache goes down my left arm and I'm sweating "
        "buckets",
    ),
    ("E", "胸口应该是拉伤了，可是痛到左手臂，出冷汗想吐"),
    ("E", "我估係拉傷胸肌啫，但係痛到下巴，成身冷汗"),
    (
        "E",
        "it's just my sciatica, but now I can't feel my bum or between my legs and I've wet myself",
    ),
    (
        "E",
        "my wife says it's just a panic attack but my lips are going blue and I can't finish a "
        "sentence",
    ),
    (
        "E",
        "I'm sure it's only a migraine, worst headache ever, came on suddenly like being hit with "
        "a bat",
    ),
    ("E", "just a viral thing I reckon, but my baby is 6 weeks old with a temperature of 38.3"),
    ("E", "她说是中暑，但是人叫不醒，还在抽筋"),
    ("E", "老人家话係感冒啫，但係佢而家糊里糊塗，呼吸好急，手腳凍冰冰"),
    ("E", "以為是普通頭痛，突然之間劇痛，好像被打了一棒，然後吐了"),
    (
        "S",
        "just a hangover I think, headache and tired after drinking last night, drinking water "
        "and feeling better",
    ),
    ("S", "我估係飲多咗酒宿醉，頭有啲痛，飲咗水好返啲"),
    ("S", "肯定是吃辣上火了，喉咙有点痛，两天了，吃饭喝水都正常"),
    ("L", "I think it's a frozen shoulder, stiff and achy for 2 months, slowly getting worse"),
    ("L", "my own diagnosis is plantar fasciitis, heel pain in the morning for 6 weeks"),
]

HURRIED: list[tuple[str, str]] = [
    (
        "E",
        "quick q, no time - my dad's face has dropped and he can't lift his arm, started 10 mins "
        "ago",
    ),
    ("E", "in a meeting can't talk crushing chest pain spreading to my arm and sweating"),
    ("E", "about to board a flight, sudden worst headache of my life, came on like a thunderclap"),
    (
        "E",
        "no time to explain, my wife is allergic to nuts, her lips and tongue are swelling and "
        "she's wheezing",
    ),
    ("E", "赶时间，简单问下：我爸突然半边身子动不了，说话含糊"),
    ("E", "趕住返工，心口好痛，痛到隻左手，出晒冷汗"),
    ("E", "在開會沒空講，突然喘不過氣，嘴唇發紫"),
    ("E", "赶飞机没时间，我儿子吃了花生，嘴唇肿了，喘得厉害"),
    ("U", "quick one, in a rush: pain when I wee, fever 38.5 and pain in my back"),
    ("U", "赶时间，小孩烧到三十九度，一天只尿了一次"),
    (
        "S",
        "quick q before my meeting: sore throat for 2 days, mild, eating and drinking fine, any "
        "tips?",
    ),
    ("S", "no time to see anyone, just a cold, runny nose, feel ok"),
    ("S", "about to board, mild hay fever, sneezy and itchy eyes, what can I take quickly"),
    ("S", "赶时间，就问一下：有点感冒流鼻涕，两天了，其他都好"),
    ("S", "趕住返工，喉嚨有啲痛，飲嘢食嘢冇問題，食咩藥好"),
    ("S", "趕時間，快問快答：輕微感冒鼻塞，精神很好"),
    ("L", "quick question, in a rush, a rash on my arm for 3 weeks, not itchy, not spreading"),
    ("L", "赶时间问一下，脚后跟痛了一个月，早上起来最明显"),
    ("E", "quick q im on the train, my chest is crushing and my left arm is numb"),
    ("E", "sorry in a hurry, son swallowed a button battery 10 mins ago"),
    ("E", "赶时间，我朋友吃了一整板扑热息痛"),
    ("U", "quick q, in a rush: pregnant 30 weeks and baby's moving less than usual today"),
    (
        "S",
        "no time for the GP, got a small cut on my finger from a knife, stopped bleeding, just "
        "need to know about a plaster",
    ),
    ("S", "quick q - mild sunburn on my shoulders, a bit red, no blisters"),
    ("S", "赶时间，嘴唇起了个唇疱疹，之前也长过"),
]

IN_BED_WAKING: list[tuple[str, str]] = [
    ("E", "woke up with my face drooping on the left and I can't lift my left arm"),
    (
        "E",
        "dad went to bed fine, woke up this morning and his speech is slurred and his right side "
        "is weak",
    ),
    ("E", "found my dad still in bed at 11, he's not waking up properly, just groans"),
    ("E", "my mum won't wake up properly, she's in bed breathing oddly and we can't rouse her"),
    ("E", "woke up in the night with crushing chest pain and sweating"),
    ("E", "woke up with a stiff neck, a temperature of 39, a rash and I can't stand the light"),
    ("E", "一觉醒来发现嘴歪了，左手没力气"),
    ("E", "早上发现我爸还躺在床上，叫他都叫不太醒"),
    ("E", "瞓醒發覺半邊面麻痺，講嘢唔清楚"),
    ("E", "半夜痛醒，胸口壓住咁痛，痛到背脊，仲出冷汗"),
    ("E", "半夜醒來喘不過氣，要坐起來才能呼吸，嘴唇發紫"),
    ("E", "今早發現阿爺仲瞓喺床，點叫都叫唔醒"),
    ("E", "我老公早上起床后说话不清楚，右手拿不住东西"),
    ("U", "couldn't get out of bed this morning, fever 39, burning when I pee and pain in my back"),
    ("U", "woke up with one eye red and really painful and my vision is blurry"),
    ("U", "一觉醒来右眼又红又痛，看东西模糊"),
    (
        "S",
        "woke up with a stiff neck, must have slept funny, no fever, can turn it a bit, getting "
        "easier",
    ),
    ("S", "瞓醒條頸好硬，應該瞓捩頸，冇發燒，慢慢好返"),
    ("S", "一觉醒来脖子僵硬，落枕了，不发烧，能转动"),
    ("S", "woke up with a bit of a sore throat and a blocked nose, otherwise fine"),
    ("S", "woke up with pins and needles in my arm from sleeping on it, gone after a few minutes"),
    ("S", "起床後手麻麻的，應該是壓到了，幾分鐘就好了"),
    ("L", "couldn't get out of bed this morning, just tired after a late night, feel fine now"),
    ("L", "半夜痛醒，牙痛，吃了止痛药好一点"),
    ("L", "found dad still in bed at 10, just having a lie-in, chatty and his usual self"),
    ("L", "woke up with a puffy eyelid, no pain, vision fine"),
    (
        "E",
        "woke up and my husband's mouth is drooping and he can't get his words out, he was fine "
        "when we went to bed",
    ),
    ("E", "woke at 3am, my left leg and arm are numb and weak, couldn't get up"),
    ("E", "went in to wake my son for school and he's floppy and hard to wake, with a rash"),
    ("E", "mum's still in bed at lunchtime, she's drowsy, muttering nonsense and very hot"),
    ("E", "瞓醒就發覺隻右手冇晒力，講嘢黐脷根"),
    ("E", "早上叫我妈起床，她迷迷糊糊的，说话说不清楚，右边手脚没力"),
    ("E", "半夜被胸口痛醒，喘不过气，出冷汗"),
    ("U", "woke up with a rash of small blisters on one side of my forehead and it's near my eye"),
    ("U", "早上醒来发现眼睛旁边一边额头起了一串水泡，很痛"),
    ("U", "woke up and my calf is swollen, red and hot on one side, I had a long flight yesterday"),
    ("S", "woke up with a cold sore on my lip, I get them sometimes"),
    ("S", "一觉醒来喉咙有点干痛，喝水就好点，没发烧"),
    ("S", "瞓醒鼻塞流鼻水，打乞嗤，冇發燒，精神OK"),
    ("L", "woke up at night for a wee twice a night for months now"),
    ("L", "半夜成日醒，瞓唔著，已經成個月"),
    (
        "L",
        "found grandpa still in bed when I came round, he'd just overslept, he's up now and fine",
    ),
]
# written after the muscle-strain and 'muttering' changes, before the changes for a face
# 'on one side', gunk in the eye, growing pains and a migraine's flashes 'same as before'
SECOND: list[tuple[str, str]] = [
    (
        "L",
        "just my usual migraine with aura, zigzag lines for 20 minutes then a headache, same as "
        "always",
    ),
    ("L", "我估係偏頭痛，眼前有閃光，之後頭痛，同以前一樣"),
    (
        "L",
        "just a panic attack like I always get, heart racing, tingling fingers, calming down now",
    ),
    ("L", "我知道是惊恐发作，心跳很快，手麻，现在慢慢平复了"),
    (
        "L",
        "woke up with the room spinning when I rolled over, lasts less than a minute, had BPPV "
        "before",
    ),
    ("L", "一觉醒来天旋地转，翻身就晕，一分钟就好，以前有耳石症"),
    ("S", "woke up with a nosebleed, stopped after 10 minutes of pinching, feel fine"),
    ("S", "woke up with my eye glued shut with yellow gunk, no pain, vision fine"),
    ("S", "瞓醒眼屎好多，眼有啲紅，唔痛，睇嘢清楚"),
    ("E", "woke up and my right arm is weak, I can't lift it, still like this 2 hours later"),
    ("S", "woke up with a numb arm that went back to normal after shaking it"),
    ("E", "woke up and couldn't feel my face on one side, it's drooping and I can't close my eye"),
    ("U", "dad's been in bed for two days, not eating or drinking, very weak and confused"),
    ("E", "couldn't get out of bed, my back went, I can't feel my legs and can't pee"),
    (
        "L",
        "couldn't get out of bed today, just feeling low and tired, no thoughts of hurting myself",
    ),
    ("E", "起唔到身，腰好痛，兩隻腳麻晒，屙唔到尿"),
    ("E", "起不了床，浑身没劲，发烧三天了，今天开始说胡话"),
    ("E", "sorry rushing, my 2 month old has a temp of 38.2"),
    ("E", "赶住出门，阿仔两个月大，发烧38度"),
    ("L", "quick question no time: I've had a headache for 2 days, paracetamol helps"),
    (
        "U",
        "boarding now, quick: I'm 34 weeks pregnant with a headache that won't go and flashing "
        "lights",
    ),
    ("U", "赶时间，怀孕三十四周，头痛得厉害，眼前有闪光"),
    ("S", "fast question: is it ok to take ibuprofen for a sprained ankle, walking on it ok"),
    ("S", "rushing to work, stubbed my toe, bit bruised, walking fine"),
    ("E", "quickly - my friend is fitting and it's been over 5 minutes"),
    ("E", "快啲話我知，阿媽抽筋抽咗五分鐘仲未停"),
    ("S", "in a hurry - slight temp 37.8 for a day, feel ok, eating and drinking"),
    ("L", "I've diagnosed myself with a UTI, burning when I pee for a day, no fever, not pregnant"),
    (
        "U",
        "I'm sure it's just constipation, but I haven't passed wind or poo for 3 days, tummy "
        "swollen and I keep vomiting",
    ),
    (
        "E",
        "probably just a tension headache from stress but the pain came on suddenly, the worst "
        "ever, and my neck is stiff",
    ),
    ("E", "肯定是颈椎病犯了，但是突然头痛欲裂，脖子僵硬，还吐了"),
    ("E", "胃病犯咗啫，不過吐咗啲咖啡色嘢，頭暈"),
    ("U", "我估係飲多咗凍嘢肚痛，個肚硬晒，痛到郁都唔郁得"),
    ("E", "I thought it was a stomach bug but my sugar reading is 25 and ketones are 3.8"),
    (
        "E",
        "reckon it's just a bit of a chest infection, but I'm coughing up blood and breathless at "
        "rest",
    ),
    ("S", "self-diagnosed a stye, small red lump on my eyelid, no vision problems"),
    ("S", "我估係濕疹又發，手背有啲痕，搽咗膏好啲"),
    (
        "S",
        "I think it's just growing pains, my 8 year old's legs ache at night, fine in the "
        "morning, running about",
    ),
    ("S", "應該是生長痛，晚上腳痛，白天照樣跑跳"),
    ("E", "肯定係抽筋啫，但係阿爸一覺瞓醒口歪咗，左手拎唔起"),
    (
        "E",
        "I assumed I'd slept on it funny but my left arm and leg have been weak since I woke up "
        "and my speech is off",
    ),
    ("E", "以為是睡姿不好，可是醒來後右手右腳都沒力，講話也怪怪的"),
]

# written after the changes, in other words (see the module docstring)
AFTER_THE_CHANGE: list[tuple[str, str]] = [
    (
        "E",
        "must have tweaked something in my chest moving furniture, but the pain's going into my "
        "neck and left arm and I feel faint and sweaty",
    ),
    (
        "E",
        "dad says he pulled his pec at the gym, but the pain spreads into his jaw, he's grey and "
        "being sick",
    ),
    (
        "E",
        "I reckon it's a chest strain from coughing, but it radiates down my arm and I'm clammy "
        "and breathless",
    ),
    ("E", "我觉得是搬东西拉伤胸肌了，但是痛到后背和左臂，一身冷汗"),
    ("E", "佢話係拉傷心口啫，但係而家痛到條頸，仲出晒冷汗，想嘔"),
    ("E", "應該是胸部拉傷吧，可是痛到左手臂，喘不過氣，冒冷汗"),
    (
        "L",
        "pulled a muscle in my chest at the gym yesterday, hurts when I press on it, no other "
        "symptoms, getting better",
    ),
    (
        "L",
        "strained my chest muscle doing push ups, sore when I twist, breathing fine, no sweating",
    ),
    (
        "S",
        "pulled a muscle in my chest lifting boxes, mild ache, a bit better today with ibuprofen",
    ),
    ("L", "胸肌拉伤了，按着痛，别的都没事，今天好一点"),
    ("L", "搬屋拉傷胸肌，郁身先痛，冇其他唔舒服"),
    (
        "!E",
        "pulled a muscle in my chest at the gym, sore when I lift my left arm, bit sweaty after "
        "the workout",
    ),
    ("E", "mum's been in bed all day, she's muttering nonsense and burning up"),
    (
        "E",
        "found my husband still in bed this morning, barely rousable, muttering complete nonsense",
    ),
    ("L", "my toddler mutters nonsense in his sleep, otherwise well and playing today"),
    (
        "E",
        "got up this morning and my wife's face on one side is drooping, she says it feels heavy",
    ),
    ("E", "woke from a nap and can't feel my face on one side, and my arm feels clumsy"),
    (
        "L",
        "my face on one side is a bit puffy from the dentist's injection, numbness wearing off as "
        "expected",
    ),
    (
        "S",
        "my toddler's eyes are full of yellow gunk this morning, eyes a bit pink, no pain, happy "
        "and playing",
    ),
    (
        "S",
        "kid woke with eyes stuck shut with crust, wiped them clean, seeing fine, no temperature",
    ),
    (
        "U",
        "woke up with gunk in my eye and it's really painful, light hurts and my vision is blurry",
    ),
    (
        "S",
        "my 6 year old gets growing pains, aches in both legs at bedtime, fine by morning and "
        "running around",
    ),
    ("S", "女儿晚上喊腿痛，应该是生长痛，第二天早上就好了，照样上学跑跳"),
    ("N", "I think it's growing pains but he's limping and his knee is swollen this morning"),
    ("N", "以为是生长痛，但是早上也痛，一瘸一拐的"),
    ("E", "瞓醒半邊面冇晒感覺，口角仲向一邊垂落嚟"),
    ("L", "眼前有闪光同以前一样，然后偏头痛，吃了药好点"),
]

OPEN: dict[str, str] = {
    "mum's still in bed at lunchtime, she's drowsy, muttering nonsense and very hot": (
        "'very hot' with its subject left out ('she's drowsy, muttering nonsense and very hot') "
        "is no fever word (a bare 'and very hot' is also the weather); 'she's very hot' and "
        "'burning up' are read, and the new confusion keeps it urgent (NHS.uk sepsis: 999 for "
        "confusion with signs of infection)"
    ),
    "我估係偏頭痛，眼前有閃光，之後頭痛，同以前一樣": (
        "the flashes and 'same as before' (同以前一樣) stand in different clauses; the urgent "
        "flashes group's unless reads a phrase within four characters, so pairing them across "
        "commas would be a new mechanism (the English 'usual migraine with aura' and the "
        "unpunctuated 闪光同以前一样 are read: NHS.uk migraine aura)"
    ),
}


@pytest.mark.parametrize(("code", "text"), with_open(SELF_DIAGNOSIS, OPEN))
def test_self_diagnosis(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HURRIED, OPEN))
def test_hurried(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(IN_BED_WAKING, OPEN))
def test_in_bed_or_waking(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SECOND, OPEN))
def test_second_list(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_THE_CHANGE, OPEN))
def test_after_the_change(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
