"""Session 48's themes by kind: embarrassed, a change noticed, hobbies and screens.

Written by rules-nh (session 48) in English, simplified Chinese and traditional Chinese (Hong
Kong Cantonese and Taiwan Mandarin), at every level and both ways: texts that must reach a
level and look-alikes that must not.

- Embarrassed: euphemisms for bowels, bladder, genitals, periods and sex ("down there", "my
  bits", "number two", "TMI", 下面, 嗰度, 大号, 难以启齿) must not hide the danger (NHS.uk
  bleeding from the bottom with dizziness or a lot of blood: 999; testicle pain sudden and
  severe: A&E; heavy bleeding in pregnancy: 999; unable to pee at all: A&E; priapism, an
  erection over 4 hours: A&E; NICE CG141 black stools: same day) and must not raise a minor
  complaint (NHS.uk piles, thrush, constipation, period pain).
- A change noticed in a mirror, a photo, the toilet bowl, on the scales or by someone else
  ("my wife says my lips are blue", 同事说我嘴歪了): NHS.uk FAST and blue lips stay 999;
  black stools and jaundice are same day (NICE CG141, NHS.uk jaundice); a lump, a changed mole
  or weight lost without trying are a GP's (NICE NG12); an eyelid that has drooped for months
  is a GP's (NHS.uk eyelid problems), a new one keeps the 999 call; a colour a photo's filter
  gave is no cyanosis.
- Hobbies and screens (gaming all night, headphones, instruments, craft glue, screen eye
  strain): the hobby decides no level; the danger beside it does (NHS.uk heart attack, DVT,
  sudden hearing loss), a danger in a video game's story is no one's, and "gave me a stroke"
  is a fright's figure of speech.

Wrong on the rules of 35ac4c2: 22 of the 133 sentences written first (the 103 of each kind's
first list, and the 30 of its ``second`` list, written after the first lists' changes and
before the changes for priapism in lay words, blood in the pee said with its verb and a
photo's filter). After the changes 11 of them stay open (``OPEN``, strict xfails with their
reasons). The 17 sentences of ``AFTER_THE_CHANGE`` were written afterwards, in other words,
each kind both ways (9 of them were wrong on 35ac4c2).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NHS.uk bleeding from the bottom, testicle pain, vaginal bleeding in pregnancy, urinary
# retention, priapism, toxic shock syndrome, UTIs and kidney infection, HIV PEP (BASHH), piles,
# thrush, constipation, period pain; NICE CG141 (black stools)
EMBARRASSED: list[tuple[str, str]] = [
    (
        "E",
        "sorry this is TMI but there's a lot of blood from my back passage, the toilet water went "
        "bright red and I feel really dizzy",
    ),
    (
        "E",
        "bit embarrassing, been bleeding from down below when I do a number two, loads of clots, "
        "and I nearly fainted getting off the loo",
    ),
    (
        "E",
        "um awkward to say but my bits, like my left ball, suddenly started hurting really badly "
        "an hour ago and I've been sick",
    ),
    (
        "E",
        "this is embarrassing but sudden severe pain in my testicle since I woke up, it's swollen "
        "and I can't stand straight",
    ),
    (
        "E",
        "I'm 10 weeks pregnant and bleeding heavily from down there, soaking pads and feeling "
        "faint",
    ),
    (
        "E",
        "hate talking about this but I haven't been able to wee at all since last night, tummy is "
        "rock hard and agony",
    ),
    ("E", "不好意思说，下面大号的时候出了好多血，马桶里都是红的，现在头很晕"),
    ("E", "有点难以启齿，蛋蛋突然剧痛，痛到吐了，已经一个小时"),
    ("E", "怀孕十周，下面大量出血，一直湿透卫生巾，人好晕"),
    ("E", "難以啟齒，由琴晚開始完全屙唔到尿，個肚又脹又痛到死"),
    ("E", "唔好意思講，嗰度突然好痛好痛，隻春袋腫咗，仲嘔咗"),
    ("E", "不好意思講，上大號的時候流了很多血，馬桶整個紅的，我頭好暈快昏倒"),
    (
        "U",
        "a bit embarrassing but when I do a number two the poo is black and sticky like tar, feel "
        "ok otherwise",
    ),
    ("U", "TMI sorry, my pee burns and I've got a fever and pain in my back on one side"),
    (
        "U",
        "awkward but there's a lump on one of my balls and now it aches and it's red and hot, "
        "temperature 38.5",
    ),
    (
        "U",
        "sorry embarrassing, I've been straining to pee, only dribbles, lower tummy aching since "
        "this morning",
    ),
    ("U", "不好意思，大号是黑色的，像柏油一样，已经两次了"),
    ("U", "说出来有点尴尬，小便又痛又频，还发烧，腰的一边很痛"),
    ("U", "唔好意思講，屙出嚟啲屎係黑色好似瀝青咁"),
    (
        "L",
        "this is embarrassing, there's a little bit of bright red blood on the paper when I wipe "
        "after a number two, I think it's piles, it's been 2 weeks",
    ),
    ("L", "a bit TMI but I've had itching down there for a couple of weeks, no discharge"),
    ("L", "embarrassing question, I found a small painless lump on my testicle in the shower"),
    (
        "L",
        "my bits are a bit itchy and there's white discharge like cottage cheese, had thrush "
        "before and it's the same",
    ),
    ("L", "不好意思问，下面有点痒，白色豆腐渣样的分泌物，以前得过霉菌性阴道炎，一样的"),
    ("L", "有点难以启齿，擦屁股的时候纸上有一点鲜红的血，应该是痔疮，不痛"),
    ("L", "洗澡嘅時候摸到春袋有粒嘢，唔痛，有啲擔心"),
    ("L", "難以啟齒，最近房事之後下面有點痛，已經兩三個月了"),
    (
        "S",
        "TMI, I've been a bit constipated for 2 days after travelling, no pain, going a little "
        "today",
    ),
    (
        "S",
        "embarrassing but I've got a bit of chafing down there from cycling, mild and getting "
        "better",
    ),
    (
        "S",
        "sorry TMI, my period is a bit heavier than usual this month but I'm coping fine with "
        "normal pads, cramps are mild",
    ),
    ("S", "有点不好意思，出差两天大号不太顺，今天好点了，不痛"),
    ("S", "唔好意思，今個月大姨媽痛少少，食咗止痛藥好返好多"),
    ("S", "有點不好意思，這兩天放屁比較多，肚子不痛，人沒事"),
    (
        "!E",
        "so embarrassed, I wet myself a little when I sneezed, is this normal after having kids?",
    ),
    ("!E", "mortified, my wife says I snore so loudly, no other problems"),
    ("!E", "难以启齿，打喷嚏的时候会漏一点尿，生完孩子之后就这样"),
    # second list
    ("E", "so embarrassing, my willy has been stuck hard for 5 hours and it really hurts"),
    (
        "E",
        "TMI but I put a tampon in yesterday and now I've got a high temperature, a sunburn-like "
        "rash and I feel faint",
    ),
    (
        "E",
        "my bits down there got kicked playing football, the pain is unbearable and my ball is "
        "swelling up fast",
    ),
    ("E", "難以啟齒，下體被踢到之後蛋蛋好痛好腫，痛到嘔"),
    ("E", "不好意思讲，那里硬了五个小时了，很痛，下不去"),
    ("U", "TMI, been weeing blood since this morning with pain in my side and shivering"),
    (
        "U",
        "embarrassing, there's a sore on my bits and I think the condom split last night with "
        "someone who has HIV",
    ),
    ("U", "尴尬，昨晚套套破了，对方有HIV，现在怎么办"),
    (
        "L",
        "a bit awkward, I keep having to get up to pee at night, 3 times, for a few months, I'm 62",
    ),
    ("L", "embarrassing, I've had erection problems for a few months"),
    ("L", "难以启齿，这几个月晚上起夜三四次，尿流变细"),
    ("S", "TMI but I had a bit of diarrhoea yesterday after a curry, fine today"),
    ("S", "embarrassing, I have a small cold sore on my lip, had them before"),
]

# NHS.uk stroke (FAST), blue lips or skin, jaundice, black stools, red eye, sleep apnoea;
# NICE NG12 (lumps, moles, weight loss); NHS.uk eyelid problems
NOTICED: list[tuple[str, str]] = [
    ("E", "my wife says my lips look blue and I'm struggling to breathe"),
    (
        "E",
        "my colleague just said my face looks droopy on one side and my arm feels weak, started "
        "20 minutes ago",
    ),
    ("E", "同事说我嘴歪了，刚刚开始的，左手也没力"),
    ("E", "老公话我把口歪咗，講嘢又唔清楚，係啱啱先"),
    ("E", "同事說我嘴巴歪了，講話也不清楚，十分鐘前開始的"),
    (
        "E",
        "I looked in the mirror and half my face has dropped, I can't smile on the left, just now",
    ),
    ("E", "my husband says my words are coming out jumbled, it started half an hour ago"),
    ("E", "老婆说我讲话口齿不清，嘴角歪，半小时前开始的"),
    ("E", "my daughter noticed my lips are going blue and I can't catch my breath"),
    ("E", "照镜子发现一边脸垂下来了，笑不起来，就刚才"),
    ("U", "I noticed in the mirror the whites of my eyes have gone yellow"),
    ("U", "saw black poo in the toilet bowl this morning, no pain"),
    ("U", "there was black poo in the bowl twice today and I feel fine"),
    ("U", "照镜子发现眼白发黄了，皮肤也有点黄"),
    ("U", "今天早上看到马桶里的大便是黑色的"),
    ("U", "今朝見到個廁所啲屎係黑色"),
    ("U", "朝早照鏡發現眼白黃咗"),
    ("U", "my wife says I went yellow over the past few days and my pee is dark"),
    ("L", "I noticed a lump in my breast in the shower, it doesn't hurt"),
    ("L", "found a lump in my armpit in the shower last week, still there"),
    (
        "L",
        "my partner says a mole on my back has got bigger and changed colour, it's in photos from "
        "last year too",
    ),
    ("L", "on the scales I've lost a stone in two months without trying"),
    ("L", "my husband says I look pale and tired lately and I've lost weight"),
    ("L", "洗澡的时候摸到乳房有个硬块，不痛"),
    ("L", "洗澡嗰陣摸到胸有粒硬嘢，唔痛"),
    ("L", "老婆說我背上那顆痣比照片上大了，顏色也變深"),
    ("L", "称体重发现两个月瘦了五公斤，没有刻意减肥"),
    ("L", "my friend noticed my neck looks swollen at the front in photos, no problems swallowing"),
    (
        "L",
        "I noticed in photos that one of my eyes looks a bit droopy, it's been like that for "
        "months",
    ),
    ("S", "my wife says I look tired, I've been sleeping badly this week because of work"),
    ("S", "my mum says I've got a spot on my nose, it's a normal pimple"),
    ("S", "I noticed on the scales I put on 2 kg over Christmas"),
    ("S", "老婆说我黑眼圈很重，最近加班睡得少"),
    ("S", "同事話我面有啲紅，係曬咗太陽，唔痛"),
    ("S", "照鏡子發現臉上長了一顆痘痘"),
    (
        "!E",
        "my wife says my lips are blue but it's just the blueberries I was eating, I feel totally "
        "fine",
    ),
    ("!E", "my colleague joked my mouth was wonky when I was chewing gum, I'm fine"),
    ("!E", "同事说我嘴巴歪了，原来是我在嚼口香糖，我没事"),
    (
        "!E",
        "I saw in an old photo from 2015 that my face drooped after my stroke back then, I'm fine "
        "now",
    ),
    # second list
    (
        "E",
        "my girlfriend says my lips went blue while I was asleep and she couldn't wake me properly",
    ),
    ("E", "family say I'm slurring my words and my face looks lopsided since lunch"),
    ("E", "女儿说我讲话大舌头，嘴角往一边歪，下午开始的"),
    ("E", "my son said my lips look blue, I'm wheezing and can't finish a sentence"),
    (
        "U",
        "my wife noticed the white of my eye is bright red and it's painful and my vision's blurry",
    ),
    ("U", "我老婆话我个眼白好红，好痛，睇嘢矇咗"),
    (
        "L",
        "my partner noticed a new mole on my back that's bleeding a bit and has an irregular edge",
    ),
    ("L", "I saw on the scales I've lost 6kg in 3 months and I haven't been dieting"),
    ("L", "朋友话我条颈前面有粒嘢，唔痛，几个星期了"),
    ("L", "my wife says I stop breathing in my sleep and snore loudly, I'm tired in the day"),
    (
        "!E",
        "I saw in a photo from last year that I looked pale, but I feel fine and I'm just asking",
    ),
    ("!E", "my wife says my lips look blue in this photo but it's the filter, I feel fine"),
]

# NHS.uk heart attack, DVT / pulmonary embolism, sudden hearing loss, tinnitus, dry eyes (screens
# named as a cause), eye injuries (glue), solvent misuse (TOXBASE), subarachnoid haemorrhage
HOBBIES: list[tuple[str, str]] = [
    ("E", "been gaming all night and now crushing chest pain going into my left arm, sweating"),
    (
        "E",
        "after a 12 hour gaming session my calf is swollen and now I'm suddenly short of breath "
        "and coughing blood",
    ),
    ("E", "打了一整晚游戏，现在胸口压着痛，痛到左手，出冷汗"),
    ("E", "打咗成晚機，突然心口好痛，冒冷汗，抖唔到氣"),
    ("E", "sniffing glue with my mates and my friend has collapsed and isn't breathing properly"),
    ("E", "playing guitar and suddenly the worst headache of my life, like being hit with a bat"),
    ("E", "玩遊戲玩到一半突然頭痛到爆，係人生最痛，仲嘔咗"),
    (
        "U",
        "been wearing headphones a lot and suddenly can't hear in my right ear since this morning",
    ),
    ("U", "gaming for hours, now my calf is swollen, red and painful on one side"),
    ("U", "got superglue in my eye doing crafts, it's stuck shut and stinging"),
    ("U", "打游戏打了一整天，左边小腿肿起来又红又痛"),
    ("U", "今朝起身右耳突然聽唔到，之前成日戴耳機"),
    ("L", "my thumb and wrist ache from gaming for weeks, worse when I grip the controller"),
    ("L", "ringing in my ears for three weeks since a loud gig, not getting better"),
    ("L", "手腕打游戏打了几个星期一直痛，拿手柄更痛"),
    ("L", "練琴練到手腕痛咗成個月"),
    ("S", "my eyes are tired and dry after staring at screens all day, no pain"),
    ("S", "got superglue on my fingers doing crafts, they're stuck together a bit"),
    ("S", "fingertips sore from learning guitar, no cuts"),
    ("S", "ears ringing a bit after a concert last night, fading already"),
    ("S", "看了一整天电脑，眼睛干涩，有点累"),
    ("S", "手指黐咗強力膠，冇受傷"),
    ("S", "練吉他手指頭有點痛，沒有破皮"),
    ("S", "打了一晚游戏，有点头痛，睡一觉好多了"),
    ("!E", "my character died in the game and I nearly had a heart attack lol"),
    ("!E", "我打游戏心脏病都要犯了，队友太坑了"),
    ("!E", "the boss fight gave me a stroke haha, anyway my wrist is a bit sore"),
    (
        "!E",
        "playing a zombie game where everyone's bleeding and collapsing, I couldn't sleep after",
    ),
    # second list
    ("S", "been gaming a lot and my wrist is a little sore today, better after a rest"),
    ("S", "bit of a headache after a long screen session, took paracetamol and it's gone"),
    ("S", "打机打到手指有少少痛，休息下好返啲"),
    (
        "!E",
        "my mate said I looked like I was having a stroke after the rollercoaster lol, I'm fine",
    ),
    (
        "!E",
        "we watched a medical drama where someone had a heart attack and now I'm anxious, no "
        "symptoms",
    ),
]

# written after the change, in other words, each kind both ways
AFTER_THE_CHANGE: list[tuple[str, str]] = [
    (
        "E",
        "embarrassing to type this but there's loads of blood when I do a number two and I'm "
        "dizzy and pale",
    ),
    ("E", "my eyelid suddenly started drooping an hour ago and I'm seeing double"),
    ("E", "老公上大号的时候出了好多血，马桶里都是红的，他说好晕"),
    ("U", "TMI but my number two came out black and sticky this morning"),
    ("U", "唔好意思，今朝啲屎都係黑色，好似柏油"),
    ("L", "blood on the paper after a number two, a few drops, for a week, I think it's piles"),
    ("S", "两天大号不太顺，多喝水今天好多了，不痛"),
    ("S", "三天大姨妈量正常，有一点点痛，吃了止痛药好了"),
    ("E", "今朝起身發現一邊眼皮跌咗落嚟，講嘢又唔清楚"),
    ("U", "my mum says I've gone yellow and my poo is pale"),
    ("U", "老婆話我成個人黃咗，小便好深色"),
    ("L", "my right eyelid has been droopy for years, my optician noticed it in a photo"),
    ("L", "左边眼皮下垂好几年了，最近照相才注意到"),
    ("E", "我個仔打機打到一半突然暈低，叫極都唔醒"),
    ("!E", "this boss fight is giving me a stroke lol, my thumbs are a bit sore"),
    ("!E", "in the video game my character got shot and collapsed, anyway I have a mild headache"),
    ("!E", "游戏里面的人全部流血晕倒，好恐怖，我自己没事"),
]

_SELF_CARE_LANE = (
    "positive self-care evidence for an everyday thing the decision does not list (tiredness, a "
    "pimple, weight put on, a face reddened by the sun, sore fingertips from an instrument, glue "
    "on the skin): rules-ng's lane this session (self-care needs positive evidence)"
)
OPEN: dict[str, str] = {
    "bit embarrassing, been bleeding from down below when I do a number two, loads of clots, and "
    "I nearly fainted getting off the loo": (
        "the bleeding and the bowel word five words apart ('bleeding from down below when I do "
        "a number two'), beyond the matcher's three-word gap; pairing a bleeding with a bowel "
        "euphemism anywhere in its clause would be a new mechanism (the near forms are read)"
    ),
    "sorry embarrassing, I've been straining to pee, only dribbles, lower tummy aching since this "
    "morning": (
        "NHS.uk urinary retention sends 'cannot pee at all' to A&E and straining or dribbling to "
        "a GP; our own code (same day) may be above the guidance"
    ),
    "my wife says I look tired, I've been sleeping badly this week because of work": (
        _SELF_CARE_LANE
    ),
    "my mum says I've got a spot on my nose, it's a normal pimple": _SELF_CARE_LANE,
    "I noticed on the scales I put on 2 kg over Christmas": _SELF_CARE_LANE,
    "老婆说我黑眼圈很重，最近加班睡得少": _SELF_CARE_LANE,
    "同事話我面有啲紅，係曬咗太陽，唔痛": _SELF_CARE_LANE,
    "fingertips sore from learning guitar, no cuts": _SELF_CARE_LANE,
    "手指黐咗強力膠，冇受傷": _SELF_CARE_LANE,
    "同事说我嘴巴歪了，原来是我在嚼口香糖，我没事": (
        "a cause told after the sign (chewing gum) with 'I'm fine': a fix would tune to one "
        "sentence; the English form ('joked my mouth was wonky') is read"
    ),
    "my mate said I looked like I was having a stroke after the rollercoaster lol, I'm fine": (
        "a stroke named in a friend's impression with a joke: rules-nd's loose-word kind this "
        "session (NHS.uk stroke: someone who thinks a person is having a stroke calls 999)"
    ),
}


@pytest.mark.parametrize(("code", "text"), with_open(EMBARRASSED, OPEN))
def test_embarrassed(rules: RuleSet, code: str, text: str) -> None:
    for part in code.split("+"):
        assert_reaches(rules, part, text)


@pytest.mark.parametrize(("code", "text"), with_open(NOTICED, OPEN))
def test_noticed_change(rules: RuleSet, code: str, text: str) -> None:
    for part in code.split("+"):
        assert_reaches(rules, part, text)


@pytest.mark.parametrize(("code", "text"), with_open(HOBBIES, OPEN))
def test_hobbies_and_screens(rules: RuleSet, code: str, text: str) -> None:
    for part in code.split("+"):
        assert_reaches(rules, part, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_THE_CHANGE, OPEN))
def test_after_the_change(rules: RuleSet, code: str, text: str) -> None:
    for part in code.split("+"):
        assert_reaches(rules, part, text)
