"""Commute and transport: the journey as the cause, the place a danger shows, or only backdrop.

Written by rules-kg (session 45) before any rule change, in our own words, English and Chinese
(simplified, Hong Kong and Taiwan usage), dangers beside the journey's everyday look-alikes:

- NICE NG232 / NHS.uk head injury: a cyclist, a rider or a passenger who hit their head in a
  road collision and is now drowsy, vomiting or cannot remember: A&E (999);
- Manchester Triage System major trauma: a rider thrown off or knocked off by a vehicle with a
  limb out of shape, bleeding that will not stop, or chest pain after an airbag: 999;
- NHS.uk stroke (FAST): a face drooping, an arm weak or speech slurred, noticed on a train, a
  tube or a bus: 999;
- Resuscitation Council UK: a fellow passenger collapsed, not responding and not breathing
  normally (gasping): 999 and CPR;
- NHS.uk headaches / NICE CKS headache: a sudden, severe headache, the worst ever, while
  driving: 999;
- NHS.uk heart attack: crushing chest pain spreading to the arm with sweating, while driving:
  999;
- NICE NG158 / NHS.uk DVT and pulmonary embolism: a long drive or coach trip, then a swollen
  calf (urgent) and sudden breathlessness (999);
- NICE NG41 (spinal injury assessment) / NHS.uk whiplash: neck pain after a collision with
  numbness, tingling or weakness in the arms: 999;
- the journey's everyday words read as no danger: NHS.uk travel sickness that settles once the
  trip stops (self care, a pharmacist), a minor bump with no symptoms asking about whiplash, a
  stiff neck after a small bump with full movement (NHS.uk neck pain and whiplash: self care or
  a GP), "crashed" a laptop or on the sofa, "hit the traffic", a bike rack that "collapsed",
  撞 used loosely (撞见 an old friend, 撞板 a setback, 撞衫 the same outfit), a delivery
  rider's aching legs.

``E`` must end ``emergency``, ``!E`` anything but, ``U`` at least urgent, ``=U`` exactly urgent,
``L`` below urgent. Before the change, at 0557fed, 8 of the 69 items were wrong: a crash in a
commuter's words read as no collision (thrown over an e-scooter's handlebars with memory loss,
knocked off a moped with a leg bent the wrong way, the airbag going off with chest pain, over a
taxi's bonnet with an arm bent at a funny angle, rear-ended and T-boned with neck pain and numb or
tingling arms: non-urgent or urgent), a leg 变咗形 after 俾私家車撞飛 (non-urgent), and a bike rack
that "collapsed" (an emergency). After the change (transport.yaml) none is.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NICE NG232: a head injury in a road collision with drowsiness, vomiting or memory loss
HEAD_ON_THE_ROAD: list[tuple[str, str]] = [
    (
        "E",
        "cycling to work and a car clipped me, hit my head on the kerb, now I keep being sick "
        "and feel really sleepy",
    ),
    (
        "E",
        "my son came off his e-scooter when a car pulled out, banged his head, drowsy "
        "and sick twice",
    ),
    (
        "E",
        "thrown over the handlebars of my e-scooter, can't remember what happened and my "
        "head hurts",
    ),
    (
        "E",
        "my daughter was knocked down by a cyclist on the pavement, hit her head and has been "
        "sick three times",
    ),
    ("E", "骑共享单车被一辆车刮倒，头撞到地上，现在一直想睡觉还吐了两次"),
    ("E", "我踩單車俾架的士撞到，撞親個頭，而家好眼瞓仲嘔咗兩次"),
    ("E", "騎機車被汽車擦撞，頭有撞到，現在一直想吐又很想睡"),
]

# MTS major trauma: thrown or knocked off, a limb out of shape, bleeding, an airbag's chest pain
THROWN_OFF: list[tuple[str, str]] = [
    ("E", "delivery rider, knocked off my moped by a van and my leg is bent the wrong way"),
    ("E", "came off my bike onto broken glass, blood pouring from my leg and it won't stop"),
    (
        "E",
        "went into the back of a lorry, the airbag went off and my chest really hurts "
        "when I breathe",
    ),
    ("E", "went over the bonnet of a taxi on my bike and my arm is bent at a funny angle"),
    ("E", "送外賣途中電單車俾私家車撞飛，右腳變咗形"),
    ("E", "开车撞到护栏，安全气囊弹出来了，现在胸口很痛，喘不上气"),
]

# NHS.uk stroke, FAST, noticed on the way
STROKE_ON_THE_WAY: list[tuple[str, str]] = [
    (
        "E",
        "on the train home and the man opposite me, his face has dropped on one side and "
        "his speech is slurred",
    ),
    ("E", "sitting on the tube and suddenly my left arm went weak and my words came out wrong"),
    ("E", "在地铁上突然发现我妈一边脸歪了，说话含糊不清"),
    ("E", "搭緊港鐵，突然右手冇晒力，講嘢都唔清楚"),
    ("E", "坐捷運的時候我爸突然嘴巴歪一邊，講話不清楚"),
]

# RCUK: a fellow passenger collapsed, not breathing normally
PASSENGER_COLLAPSED: list[tuple[str, str]] = [
    ("E", "a passenger collapsed on the bus and isn't breathing properly, just gasping"),
    ("E", "someone collapsed on the platform, not responding and not breathing normally"),
    ("E", "公交车上有个乘客突然倒下，叫不醒，也没有正常呼吸"),
    ("E", "巴士上面有個阿伯突然暈低，叫極都唔醒，好似冇唞氣"),
    ("E", "捷運月台有人突然倒地，沒有反應，也沒有在呼吸"),
]

# NHS.uk: a sudden worst-ever headache, or chest pain of a heart attack, at the wheel
AT_THE_WHEEL: list[tuple[str, str]] = [
    (
        "E",
        "driving on the motorway and got a sudden headache, the worst I've ever had, "
        "like a thunderclap",
    ),
    (
        "E",
        "pulled over because I've got crushing chest pain going into my left arm and I'm sweating",
    ),
    ("E", "开车的时候突然头痛欲裂，是这辈子最痛的一次"),
    ("E", "揸緊車突然頭痛到爆，係我人生最痛嘅一次"),
    ("E", "开车时胸口突然压着痛，痛到左手臂，一直出冷汗"),
    ("E", "開車開到一半胸口好悶好痛，冒冷汗，痛到左手"),
]

# NICE NG158 / NHS.uk DVT and PE after a long drive or coach trip
LONG_DRIVE_CLOT: list[tuple[str, str]] = [
    (
        "E",
        "drove 9 hours to Scotland yesterday, my calf is swollen and now I'm suddenly "
        "short of breath",
    ),
    ("E", "长途开车十个小时，今天小腿肿痛，现在突然喘不上气"),
    ("E", "坐咗成日長途巴士，隻小腿腫咗，而家突然好喘，胸口痛"),
    ("U", "long drive yesterday and now my right calf is swollen, warm and painful"),
    ("U", "開了一整天的長途車，今天左小腿又腫又痛，摸起來熱熱的"),
]

# NICE NG41 / NHS.uk whiplash: neck pain after a collision with numb or weak arms
WHIPLASH_WITH_ARMS: list[tuple[str, str]] = [
    ("E", "rear-ended at the lights, my neck hurts and both my hands have gone numb and tingly"),
    ("E", "got T-boned at a junction, my neck is killing me and my arms are tingling"),
    ("E", "被人追尾之后脖子很痛，两只手发麻没力"),
    ("E", "架車俾人撞車尾，條頸好痛，兩隻手臂麻晒冇力"),
    ("E", "被追撞之後脖子很痛，雙手發麻"),
]

# NHS.uk travel sickness: settles once the trip stops (self care, a pharmacist)
MOTION_SICKNESS: list[tuple[str, str]] = [
    ("L", "I get travel sick on the bus every time, fine once I get off, anything I can take?"),
    ("L", "car sick on the way to my nan's, settled as soon as we stopped and got some air"),
    ("L", "我一坐大巴就晕车想吐，下车休息一会就好了"),
    ("L", "我搭巴士成日暈車，落車行吓就冇事"),
    ("L", "坐公車會暈車，下車就好了，有什麼藥可以預防嗎"),
]

# NHS.uk whiplash and neck pain: a minor bump, no symptoms or a stiff neck that moves fully
MINOR_BUMP: list[tuple[str, str]] = [
    (
        "L",
        "had a minor bump in a car park yesterday, no pain at all, just wondering if "
        "whiplash can show up later",
    ),
    ("L", "I hit the car in front at about 5mph, nobody hurt, just a bit shaken up"),
    (
        "L",
        "stiff neck the day after a small bump at a roundabout, I can turn my head fully "
        "and no numbness",
    ),
    ("L", "trapped my finger in the car door getting out at the station, a bit bruised"),
    ("L", "轻微追尾，没有任何不舒服，想问一下挥鞭伤会不会过几天才出现"),
    ("L", "泊車時輕輕撞咗一下，冇任何唔舒服，想問會唔會遲啲先有頸痛"),
    ("L", "前天在停车场被轻轻蹭了一下，今天脖子有点僵，但转头都没问题，手也不麻"),
    ("L", "昨天機車在停車場被輕輕碰了一下，今天脖子有點緊，轉頭正常，手沒有麻"),
]

# the journey's words used loosely: crashed, hit, collapsed, 撞
LOOSE_WORDS: list[tuple[str, str]] = [
    ("L", "my laptop crashed on the train and I lost my work, now I have a tension headache"),
    ("L", "crashed on the sofa as soon as I got home from my commute, now a bit of a sore throat"),
    ("L", "hit the traffic on the way home and got a bit of a headache from the stress"),
    ("L", "the bike rack collapsed at the station and scratched my hand, just a small graze"),
    ("L", "totally crashed after my night shift driving, slept 12 hours, bit of a blocked nose"),
    ("L", "今天在地铁上撞见老同学，聊得太开心坐过站了，现在有点喉咙痛"),
    ("L", "今日搭巴士撞板，遲到俾老細鬧，搞到有啲頭痛"),
    ("L", "行李箱在火车上撞到我的小腿，有点淤青"),
    ("L", "今天上班跟同事撞衫了，好尷尬，還有點鼻塞"),
]

# the journey as backdrop: a rider's shift, a long drive's stiff back, someone else who is fine
BACKDROP: list[tuple[str, str]] = [
    ("L", "long drive yesterday, my lower back is a bit stiff, eased with a walk"),
    ("L", "delivery shift in the rain all day, now got a runny nose and sneezing"),
    ("L", "外卖骑手，今天跑了一天单，腿有点酸，休息一下就好"),
    ("L", "my e-scooter got a puncture and I had to walk home, calves a bit sore"),
    ("L", "I'm a taxi driver, can I drive while taking hay fever tablets?"),
    ("L", "搭地鐵嗰陣有人跌低，我扶佢起身，佢話冇事，我自己只係手有啲擦傷"),
    ("L", "我的單車在停車架被撞倒了，人沒事，只是很生氣，今天有點喉嚨痛"),
    ("!E", "a woman fainted on the hot crowded tube, came round straight away and was chatting"),
]

# Open after the change: each names what is missing.
OPEN: dict[str, str] = {}

ALL = with_open(
    [
        *HEAD_ON_THE_ROAD,
        *THROWN_OFF,
        *STROKE_ON_THE_WAY,
        *PASSENGER_COLLAPSED,
        *AT_THE_WHEEL,
        *LONG_DRIVE_CLOT,
        *WHIPLASH_WITH_ARMS,
        *MOTION_SICKNESS,
        *MINOR_BUMP,
        *LOOSE_WORDS,
        *BACKDROP,
    ],
    OPEN,
)


@pytest.mark.parametrize(("expected", "text"), ALL)
def test_commute_and_transport_levels(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
