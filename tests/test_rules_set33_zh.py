"""Set 33's kinds in Chinese: a heart failing told by what the person can no longer do, a
child's arm pulled, a nose knocked out of shape, and worries or everyday words read as danger.

Written by rules-bp (session 29). The sentences are this file's own (simplified and
traditional, Mandarin, Cantonese and Taiwan usage), each from the published source named above
its list:

- NICE CG187 Acute heart failure and NICE NG106 / NHS.uk heart failure: breathless lying flat
  (orthopnoea: has to sit up to get a breath) with pink frothy sputum is fluid on the lungs
  (999); told as what the person cannot do (躺平都没办法, 要坐起来才吸得到气);
- NHS.uk broken arm or wrist and the Royal Children's Hospital Melbourne clinical guideline
  "Pulled elbow": a young child who will not use an arm after it was pulled or yanked is seen
  the same day (the elbow is put back), as after a fall;
- NHS.uk broken nose (a nose out of shape after an injury: an urgent treatment centre; ENT
  can straighten it only within about two weeks, NHS Tayside ENT nasal trauma pathway);
- a worry asked as a question (係咪好嚴重？, 是不是很严重？) is no severity said (Manchester
  Triage pain is the pain told, NHS.uk trigger finger: a GP);
- NHS.uk conjunctivitis (eyelids stuck together with discharge in the morning: a pharmacist)
  is no eye injury (NHS eye injuries: something hit or went into the eye, same day);
- NHS England (2018) over-the-counter conditions and NHS.uk travel sickness and muscle pain
  after exercise: sickness on every car or boat trip, thighs aching two days after the gym or a
  hike (两日大髀: the thigh, not a two-day-old baby's 两日大), looked after at home;
- NHS.uk bunions and hand osteoarthritis (a big toe or finger joints turning crooked slowly: a
  GP) against NHS.uk broken finger and toe (crooked after a knock: an urgent treatment centre);
- NHS.uk hair loss and alopecia areata (bald patches: see a GP), even in a well child;
- NICE CKS Sciatica and NHS.uk cauda equina syndrome (back pain with both legs numb or weak and
  not able to pass urine: 999/A&E), the urine said as 解不出小便; NHS.uk urinary retention;
- NHS.uk back pain (sore after lifting or moving house, no numbness, passing urine as normal:
  treated at home) and NHS.uk insomnia (taking an hour to fall asleep in a busy week: self-help);
- NHS.uk head injury (the day after a knock, well, no vomiting, only a bump where it hit: care
  at home; vomiting or drowsiness since: A&E, NICE NG232) and NHS.uk back pain told in two
  sentences (the move in one, the aching back in the next);
- NICE CKS (long-standing pain is reviewed, not seen the same day: the rules' 28 days) and
  NHS.uk peripheral arterial disease (calf pain on walking, gone with rest: a GP): months said
  without a number (几个月, 好几个月, 成个月, 半年) are as long as a number of them; a fall
  today on an old pain, or months ago, is new.

Codes: ``E`` an emergency, ``U`` at least urgent, ``L`` below urgent, ``!E`` not an emergency;
``S`` exactly self-care and ``N`` exactly non-urgent (this file's own, for the everyday rows).
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches

EXACT = {"S": Disposition.SELF_CARE, "N": Disposition.NON_URGENT}

# NICE CG187 (pink frothy sputum with breathlessness or orthopnoea: 999); NICE NG106, NHS.uk
# heart failure (breathless lying flat, needing to sit up or prop up to breathe)
HEART_FAILING_BY_FUNCTION: list[tuple[str, str]] = [
    ("E", "我爸今晚躺平都没办法，要坐起来才吸得到气，刚才咳出一口粉红色的泡沫"),
    ("E", "她一躺平就吸不到气，只能坐起来，痰是粉红色泡泡样的"),
    ("E", "阿公今晚瞓平都唔得，要坐起身先吸到氣，咳咗啲粉紅色泡泡出嚟"),
    ("E", "老公晚上躺不平，一定要坐起來才能呼吸，剛剛咳出粉紅色泡沫痰"),
    ("E", "媽媽今晚平躺不了，坐直才透得過氣，咳出來的痰有粉紅色泡泡"),
    ("!E", "周末只想在家躺平，什么都不想干，咳了两天白痰"),
    ("!E", "习惯坐起来看书，咳嗽有点白痰，呼吸正常"),
]

# NHS.uk broken arm or wrist (a child who won't use the arm: same day); RCH Melbourne pulled
# elbow (an arm pulled or lifted by the hand, then held still and not used)
ARM_PULLED_CHILD: list[tuple[str, str]] = [
    ("U", "我个女两岁，我扯咗佢只手一下，之后佢唔肯郁只手"),
    ("U", "儿子三岁，刚才我拽了他胳膊一下，现在右手不肯动，一碰就哭"),
    ("U", "孙女一岁半，大人拉着她的手荡起来玩，之后手就不肯动了"),
    ("U", "兒子兩歲，被哥哥用力扯了一下手，之後唔肯用左手拎嘢"),
    ("L", "我拉着女儿的手过马路，她手上有个蚊子包，有点痒"),
    ("L", "个仔拉肚子一日，精神好，手脚都郁得"),
]

# NHS.uk broken nose (out of shape after an injury: an urgent treatment centre)
NOSE_OUT_OF_SHAPE: list[tuple[str, str]] = [
    ("U", "打球时鼻子被撞了一下，血止住了，但是鼻梁歪到一边"),
    ("U", "我个仔踢波撞到个鼻，而家鼻哥歪咗"),
    ("U", "昨天摔倒脸先着地，鼻子歪向左边了"),
    ("U", "被人一拳打中鼻子，现在鼻梁看起来歪歪的"),
    ("U", "女兒撞到門框，鼻樑好像變形了"),
    ("L", "我鼻梁天生有点歪，想问平时鼻塞怎么办"),
    ("L", "鼻子被撞了一下，有点痛，形状没变，没流血"),
]

# a worry asked as a question is no severity (MTS pain; NHS.uk trigger finger, a GP)
SERIOUS_ASKED: list[tuple[str, str]] = [
    ("L", "我手指一弯就卡住，要用另一只手掰直，已经一个月了，是不是很严重？"),
    ("L", "膝盖蹲下去会响，不痛不肿，这样会不会很严重？"),
    ("L", "手腕有粒波波，唔痛，係咪好嚴重？"),
    ("L", "脚底起了个硬皮，走路有点不舒服，严不严重啊？"),
    ("U", "肚子痛得很严重，是不是阑尾炎？"),
    ("U", "喉嚨腫得好嚴重，係咪扁桃腺發炎？"),
]

# NHS.uk conjunctivitis (sticky eyelids in the morning: a pharmacist); NHS eye injuries
STICKY_EYE_NOT_INJURY: list[tuple[str, str]] = [
    ("L", "早上醒来眼睛被眼屎粘住了，洗一洗就好，有点红，不痛"),
    ("L", "女儿早上眼睛被分泌物糊住睁不开，擦干净就好，看东西正常"),
    ("L", "朝早起身眼被眼屎黏住，抹咗就冇事，唔痛"),
    ("U", "眼睛被树枝戳了一下，一直流眼泪"),
    ("U", "眼睛被球打中，现在好痛，有点模糊"),
]

# NHS England (2018) OTC conditions (travel sickness, minor aches); NHS.uk travel sickness and
# muscle pain after exercise; a baby's 两日大 stays an age (NICE NG143)
EVERYDAY_WORDS: list[tuple[str, str]] = [
    ("S", "我一坐船就头晕想吐，周末要出海，有什么办法"),
    ("S", "每次坐長途巴士都會暈，想嘔，落車就好返"),
    ("S", "个仔搭车成日晕，会呕，点算好？"),
    ("S", "做完gym之後兩日大髀好痠，郁一郁就好啲"),
    ("S", "行完山三日大髀仲好痠，落樓梯辛苦啲，郁吓就好啲"),
    ("S", "上完健身课两天，大腿和手臂的肌肉很酸，动一动就好点"),
    ("U", "个BB两日大，食奶少咗，好瞓"),
    ("U", "出世两日大嘅BB发烧38度"),
    ("!E", "坐车后一直天旋地转，下车两个钟都没好，走路不稳"),
]

# NHS.uk bunions, hand osteoarthritis (a GP); NHS.uk broken finger and toe (after a knock: same
# day)
CROOKED_SLOWLY: list[tuple[str, str]] = [
    ("N", "大脚趾慢慢往外歪，穿鞋会磨到，走久了那里痛，没有红肿"),
    ("N", "媽媽的拇趾外翻越來越明顯，鞋子都穿不進，走路會痛"),
    ("N", "手指关节这几年慢慢变歪，早上有点僵硬"),
    ("U", "踢到脚趾，现在脚趾歪了，很肿"),
    ("U", "打篮球手指被球戳到，现在歪了"),
    ("U", "尾趾踢到床脚，而家歪咗去一边"),
]

# NHS.uk hair loss (bald patches, hair falling out in clumps: a GP)
PATCHY_HAIR_LOSS: list[tuple[str, str]] = [
    ("N", "儿子头顶掉了两块头发，圆圆的，不痒，精神很好"),
    ("N", "个女头顶甩咗一撻头发，光脱脱，唔痕，佢好精神"),
    ("N", "我后脑勺有一块头发掉光了，硬币那么大，不痛不痒"),
    ("N", "女兒頭上有兩處禿了一塊，皮膚光滑，玩得很開心"),
    ("L", "生完宝宝三个月，洗头掉头发比以前多，没有秃的地方，其他都好"),
]

# NICE CKS Sciatica (cauda equina), NHS.uk cauda equina syndrome; NHS.uk urinary retention
CANNOT_PASS_URINE_WORDS: list[tuple[str, str]] = [
    ("E", "搬重物后腰痛，两条腿发麻，解不出小便"),
    ("E", "腰痛了两天，今天两只脚都没力，一直解不出尿"),
    ("E", "爸爸下腹胀得很痛，一上午解不出小便"),
    ("!E", "大便解不出，三天了，肚子有点胀"),
]

# NHS.uk back pain (after lifting, moving about helps); NHS.uk insomnia (slow to fall asleep)
BACK_AND_SLEEP: list[tuple[str, str]] = [
    ("S", "帮朋友搬了一天家具，今天腰很酸痛，弯腰穿袜子都费劲，腿不麻，小便正常"),
    ("S", "周末搬屋搬咗成日箱，今日条腰好硬好酸，冇脚痹，屙尿正常"),
    ("S", "最近瞓落床成個鐘都瞓唔着，日頭有啲眼瞓，其他冇嘢"),
    ("S", "这周赶工，晚上上床一个小时都睡不着，白天有点困，别的都好"),
    ("U", "搬东西后腰痛，两边大腿内侧麻了，擦屁股没感觉"),
]

# NHS.uk head injury (a bump the day after, otherwise well); NICE NG232 (vomiting since: A&E);
# NHS.uk back pain after a house move; NICE CKS Pyelonephritis (a loin ache with fever: same day)
NEXT_DAY_AND_ACROSS: list[tuple[str, str]] = [
    ("S", "前日个仔撞到头，今日玩得好开心，冇呕，撞嘅地方有个包，掂到就痛"),
    ("S", "上周五头撞到车门，现在没事，没有吐，撞到的地方还有个小包，按着有点痛"),
    ("S", "周末帮女儿搬屋，成日抬嘢。今日腰痛，冇脚痹，屙尿正常"),
    ("S", "前两天搬了很多箱子。现在腰疼，弯腰不太方便，没有腿麻，大小便正常"),
    ("U", "搬东西后腰痛，今天发烧39度，小便很痛"),
    ("E", "昨天头撞了，今天一直吐，越来越困"),
]

# NICE CKS long-standing pain; NHS.uk peripheral arterial disease, frozen shoulder, back pain
MONTHS_WITHOUT_A_NUMBER: list[tuple[str, str]] = [
    ("N", "肩膀痛咗几个月，举高手好痛，冇跌亲"),
    ("N", "手腕痛咗成个月，打字好痛，冇肿"),
    ("N", "行路行多阵小腿就好痛，企一阵就冇事，已经好几个月"),
    ("N", "腰痛了半年，弯腰很痛，没有腿麻"),
    ("U", "膝头痛咗几个月，今日跌亲之后好痛，郁唔到"),
    ("U", "几个月前摔过，今天突然小腿很痛很肿"),
    ("U", "宝宝几个月大，发烧39度"),
]

CASES = [
    *HEART_FAILING_BY_FUNCTION,
    *ARM_PULLED_CHILD,
    *NOSE_OUT_OF_SHAPE,
    *SERIOUS_ASKED,
    *STICKY_EYE_NOT_INJURY,
    *EVERYDAY_WORDS,
    *CROOKED_SLOWLY,
    *PATCHY_HAIR_LOSS,
    *CANNOT_PASS_URINE_WORDS,
    *BACK_AND_SLEEP,
    *NEXT_DAY_AND_ACROSS,
    *MONTHS_WITHOUT_A_NUMBER,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_set33_kinds_in_chinese_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    if expected in EXACT:
        level, hits = rules_only_level(text, rules)
        assert level is EXACT[expected], (level, [hit.rule_id for hit in hits])
    else:
        assert_reaches(rules, expected, text)
