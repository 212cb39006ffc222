"""Several complaints in one message (rules-le, session 46).

A message that lists several problems ("also", "oh and", "another thing", numbered or bulleted
points, 还有, 另外, 仲有, 順便問), most of them minor or long-standing, with one danger told in
the same flat tone anywhere in the list. Each sentence is our own, in English, simplified
Chinese, or traditional Chinese and Cantonese, read as a first message with the rules alone:

1. **A danger buried in a list reaches its level**: the emergency signs NHS.uk and NHS 111 name
   (stroke signs, chest pain with sweating, a rash that does not fade under a glass, bleeding
   that will not stop, a suicidal plan, lips and tongue swelling after a food, sepsis signs,
   vomiting blood, struggling to breathe, a baby under 3 months with 38 °C) are an emergency
   wherever they stand in the list; same-day signs (a kidney infection's fever and back pain,
   a swollen hot calf after a flight, yellow eyes, a child's fever of five days, a spreading
   red wound, sudden testicle pain, sudden loss of sight) are at least urgent.
2. **A list of harmless niggles does not go up**: cracked heels, dandruff, a verruca, hay
   fever as every summer, a mouth ulcer, a cold, a teething baby with nappy rash are below
   urgent (NHS.uk pages for each, NHS England's list of minor conditions).
3. **A danger denied inside the list stays denied**: "no chest pain", "the rash does fade",
   冇頸硬 keep their sign out.
4. **Another person's symptom in the list stays theirs**: a neighbour's stroke last year, a
   colleague's collapse last month, a friend's swollen tongue who is fine now.

Wrong before the change (e6bbe6d): 3 of the 64 sentences first written (item 1: 0 of 28,
same-day 0 of 12; item 2: 0 of 10; item 3: 0 of 8; item 4: 3 of 6). The three wrong were all
another person's story told in pieces after a comma: "my neighbour had a stroke last year, her
face dropped", 我同事上个月中风了，脸歪了说话不清, and
我邻居昨天被救护车拉走了，说是心梗，胸口痛出冷汗。我自己就是膝盖痛和失眠:
the other person's cue reached only its own comma piece, so the pronoun's (or the Chinese piece
with no subject) sign was read as the writer's. Changed: a piece that names
nobody new carries on the other named earlier in its sentence (``other_carried`` in
``red_flags/cues.yaml``, ``Analysis._carried_other`` in ``clinical/clauses.py``), and the
writer's own complaint named apart (我自己就是, "I'm just here about") is the writer's fine
(``self_fine``). Eight guards written after the first run, with the change (item 4b): 2 of 8
wrong before (the two held-back stories), the six that must stay an emergency (a relative or
the writer named between, a time of today) read right before and after.

A second set of 35 (item 5), written after the first run and that change but before any other:
4 of 35 wrong at e6bbe6d, 3 with the first change. By kind: a rash that does not fade under a
glass with "I feel really unwell" was only urgent (NICE NG240: a non-blanching rash in someone
unwell is an emergency; ``non_blanching_rash_unwell`` now reads ``feeling_very_unwell``);
陰道流好多血 in pregnancy, Cantonese "bled a lot" without 咗, was no heavy bleeding (RCOG
Green-top 63, NHS.uk: 999; 流好多血 joins ``bleeding_unplaced_heavy`` beside 流咗好多血); and "my
neighbour's husband collapsed ..., he wasn't breathing" was the writer's (the other's own
relative after "'s", 的 or 嘅 is carried too). After: all 107 right.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# 1a. An emergency sign anywhere in a list of minor things.
BURIED_EMERGENCY: list[tuple[str, str]] = [
    # NHS.uk stroke (FAST): face dropped, arm weak, speech slurred: 999
    (
        "E",
        "Few things while I've got you: my hay fever's playing up, I've got a verruca on my "
        "foot, and since about an hour ago the left side of my face has dropped and my words "
        "come out slurred. Also is it ok to take antihistamines with ibuprofen?",
    ),
    (
        "E",
        "1. dry skin on my elbows 2. a bit of dandruff 3. my right arm went weak and I can't "
        "lift it since 20 minutes ago 4. need a repeat of my inhaler",
    ),
    # NHS.uk heart attack: chest pain spreading to the arm or jaw, sweating: 999
    (
        "E",
        "Couple of questions. My ears feel blocked after swimming. Also I've had a crushing pain "
        "in my chest for the last half hour and I'm sweating buckets. Oh and do you do travel "
        "vaccines?",
    ),
    (
        "E",
        "- cold sore on lip\n- athlete's foot\n- chest feels tight and heavy, going into my left "
        "arm, clammy\n- bit of constipation",
    ),
    (
        "E",
        "Quick ones: verruca, dry eyes, and my chest pain started an hour ago and it's spreading "
        "to my jaw, I feel sick and sweaty",
    ),
    # NHS.uk meningitis / sepsis: a rash that does not fade under a glass: 999
    (
        "E",
        "my son has a runny nose, he's a bit off his food, and he's got a rash of tiny purple "
        "spots that don't fade when I press a glass on them. also he's teething",
    ),
    (
        "E",
        "Another thing - I've got a headache, a stiff neck and a rash that won't fade under a "
        "glass. Otherwise just the usual knee ache.",
    ),
    # NHS.uk: 999 for bleeding that will not stop
    (
        "E",
        "Knee's been sore for months, my back's stiff in the mornings, and oh, I cut my thigh "
        "on a saw and the bleeding won't stop, it's soaking through the towel. Also want to "
        "book a flu jab.",
    ),
    # NHS.uk help for suicidal thoughts, NICE NG225: a plan and a time: 999
    (
        "E",
        "Some things: can't sleep well, lost my appetite, my back aches, and I've decided to "
        "take all my tablets tonight when everyone's asleep. Also need a sick note.",
    ),
    # NHS.uk anaphylaxis: lips and tongue swelling, throat tight after a trigger: 999
    (
        "E",
        "Bit of a list: my eczema's flared, my nose is stuffy, and after the prawns at lunch my "
        "lips and tongue are swelling up and my throat feels tight. oh and hay fever.",
    ),
    # NHS.uk sepsis: confused, blotchy or mottled skin with an infection: 999
    (
        "E",
        "1) ingrown toenail that's gone septic 2) now I'm hot and shivery, confused, and my skin "
        "is mottled and blotchy 3) gums bleed when brushing",
    ),
    # NHS.uk vomiting blood: 999 / A&E
    (
        "E",
        "my dad's fine mostly, bit forgetful, bunions, and he's just been vomiting up blood, a "
        "lot of it. also his hearing aid's broken",
    ),
    # NHS.uk shortness of breath: so breathless you cannot speak in sentences: 999
    (
        "E",
        "Few bits. Period pain as usual. Acne on my chin. And I'm struggling to breathe, can't "
        "finish a sentence. Oh and can I get the pill again",
    ),
    # NICE NG143 red: floppy, not waking
    (
        "E",
        "Also my baby's had a cold, a bit of nappy rash, and she's floppy and not waking up "
        "properly",
    ),
    # NHS.uk breathing problems in children: blue lips, ribs sucking in: 999
    (
        "E",
        "Few things - my 4 year old's had a cold, a wobbly tooth, and his lips have gone blue "
        "and he's struggling to breathe, ribs sucking in. also he needs new glasses",
    ),
    # NHS.uk paracetamol overdose / TOXBASE: A&E
    (
        "E",
        "Questions for the GP: can I get my ears syringed, is my mole ok (it hasn't changed), "
        "and oh and I think I took about 30 paracetamol this morning. Also I need a repeat of "
        "my pill.",
    ),
    (
        "E",
        "医生你好，我有几个问题：1. 最近脚气又犯了 2. 头皮屑多 3. 半小时前开始左边脸歪了"
        "，说话也含糊不清 4. 想开点维生素",
    ),
    (
        "E",
        "我胃有时候反酸，膝盖老毛病了，还有胸口压着痛了半个钟头，一直出冷汗。另外想问下体"
        "检要空腹吗",
    ),
    ("E", "我個仔流鼻水，有啲咳，仲有身上出咗啲紫色嘅疹，用杯壓住都唔褪色。順便問下佢幾時打疫苗"),
    ("E", "另外，我手臂上割了一刀，血止不住一直往外冒，毛巾都湿透了。还有我最近睡不好"),
    ("E", "幾件事：皮膚好乾，腳踭爆拆，仲有我已經諗好今晚食晒啲安眠藥，唔想再活落去。另外想續藥"),
    ("E", "我有几个小问题：鼻炎，口腔溃疡，还有刚才吃了花生之后嘴唇和舌头肿起来，喉咙发紧喘不过气"),
    ("E", "媽媽最近膝頭痛、便秘，另外佢今日發燒發冷，人好糊塗，皮膚有啲花斑"),
    ("E", "还有，我老公刚才吐了很多血，另外他脚上长了鸡眼"),
    ("E", "一、手脚有点干燥；二、最近容易累；三、现在呼吸很困难，说话都说不完一句；四、想问下洗牙"),
    ("E", "仲有我阿爸頭先突然講嘢唔清楚，右手冇晒力，之前佢都係腳痛同埋失眠"),
    ("E", "另外我宝宝三周大，今天发烧38.5度，还有一点湿疹和鼻塞"),
    ("E", "另外我今天早上吃了三十粒扑热息痛，还有我最近有点便秘和痔疮"),
]

# 1b. A same-day sign anywhere in a list of minor things.
BURIED_SAME_DAY: list[tuple[str, str]] = [
    # NHS.uk kidney infection: fever, pain in the back or side: urgent GP / 111
    (
        "U",
        "Few things: my hay fever's bad, I need more moisturiser, and my pee burns, I've got a "
        "high temperature and pain in my back under my ribs. Also my nails keep splitting.",
    ),
    # NHS.uk DVT: a swollen, hot, painful calf: 111 / urgent
    (
        "U",
        "1. dandruff 2. my left calf is swollen, hot and painful since my flight 3. cracked lips",
    ),
    # NHS.uk jaundice: yellow whites of the eyes: urgent GP / 111
    (
        "U",
        "Also my eyes have gone yellow the last couple of days, and I've got a bit of a cough "
        "and some dry skin",
    ),
    # NICE NG143 amber: a fever of five days or more
    (
        "U",
        "oh and my son's had a fever for 5 days now, plus a runny nose and a bit of eczema",
    ),
    # NHS.uk cellulitis: red, hot skin spreading: urgent GP / 111
    (
        "U",
        "Another thing, the cut on my hand is red, hot and the redness is spreading up my arm. "
        "Also I've got a cold sore and my knee clicks.",
    ),
    # NHS.uk testicle pain: sudden pain: A&E
    (
        "U",
        "Bits and bobs: cold, mouth ulcer, and sudden pain in my right testicle since this "
        "morning. oh and I've been snoring.",
    ),
    ("U", "还有，我这两天眼睛发黄，小便颜色很深，另外有点口干和脱发"),
    ("U", "另外我左小腿又红又肿又痛，上个星期刚坐了长途飞机。还有我有点便秘"),
    ("U", "仲有，我個女發燒咗五日都未退，另外佢有啲流鼻水同埋濕疹"),
    ("U", "順便問下，我小便好痛，發燒，腰後面一邊好痛。另外我頭髮好多頭皮"),
    # NHS.uk vision loss: sudden loss of sight: A&E / 111
    ("U", "另外，我的一只眼睛突然看不清了，从今天早上开始。还有我有点干眼症"),
    # NICE NG133 / NHS.uk pre-eclampsia: severe headache and vision changes: same day
    ("U", "另外我太太怀孕32周，今天头很痛，看东西模糊有闪光，脚肿。还有她有点痔疮"),
]

# 2. A list of harmless niggles stays below urgent.
HARMLESS_LIST: list[tuple[str, str]] = [
    (
        "L",
        "A few things while I remember: my heels are cracked, I've got a bit of dandruff, my hay "
        "fever's the same as every summer, and I've had a mouth ulcer for 3 days. Any tips?",
    ),
    (
        "L",
        "1. dry skin on my hands 2. a verruca on my foot for months 3. occasional heartburn after "
        "curry 4. snoring, my wife says",
    ),
    (
        "L",
        "Also my knee aches when it's cold like it has for years, my nails are brittle, and oh "
        "and another thing, I get a bit of wind after beans.",
    ),
    (
        "L",
        "- blocked nose for 2 days\n- slight sore throat\n- cold sore starting\n- feel a bit tired",
    ),
    (
        "L",
        "Oh and my toddler's got a bit of nappy rash, he's teething, and a runny nose but he's "
        "playing and eating fine",
    ),
    ("L", "我有几个小问题：一、脚后跟干裂；二、头皮屑多；三、偶尔胃胀气；四、口腔溃疡三天了"),
    ("L", "还有我有点鼻塞流鼻涕两天了，另外嘴角长了个唇疱疹，还有就是手有点干"),
    ("L", "幾件小事：腳氣好多年、皮膚乾、仲有間中胃氣脹。順便問下有冇藥膏推介"),
    ("L", "另外我膝頭老毛病有啲痛，手指甲脆，同埋最近有啲瞓唔好"),
    ("L", "宝宝有点尿布疹，在长牙，还有点流鼻涕，但是吃奶玩耍都正常"),
]

# 3. A danger denied inside the list stays denied.
DENIED_IN_LIST: list[tuple[str, str]] = [
    (
        "L",
        "A few things: sore throat for 2 days, blocked nose, no chest pain, no trouble "
        "breathing, and no rash. Also can I take Lemsip with ibuprofen?",
    ),
    (
        "L",
        "1. cough for a week 2. no blood when I cough 3. not short of breath 4. bit of a "
        "runny nose",
    ),
    (
        "!E",
        "My son has a temperature of 38 and a runny nose; the rash he has does fade when I press "
        "a glass on it, he's not floppy, and he's drinking well. Also is he due his jabs?",
    ),
    (
        "!E",
        "Also had a headache yesterday, no weakness in my arms, face not drooping, speech is "
        "normal, just tired. And my eczema.",
    ),
    (
        "!E",
        "another thing: I get low sometimes but I've no thoughts of hurting myself and no plans, "
        "also my back's stiff",
    ),
    ("L", "另外我喉咙痛两天，没有发烧，没有呼吸困难，胸口也不痛，还有点鼻塞"),
    ("L", "仲有我個仔有啲疹，用杯壓會褪色，冇發燒，食嘢正常。另外佢有啲濕疹"),
    ("L", "幾樣嘢：有少少頭痛，冇嘔，冇頸硬，冇出疹，另外腳踭痛"),
]

# 4. Another person's symptom in the list stays theirs.
OTHER_PERSON_IN_LIST: list[tuple[str, str]] = [
    (
        "!E",
        "Few things for me: sore throat, bit of a cough. Oh and my neighbour had a stroke last "
        "year, her face dropped, so I worry. Also my ear itches.",
    ),
    (
        "!E",
        "1. my cold 2. my colleague collapsed with chest pain at work last month (he's fine now) "
        "3. my verruca",
    ),
    ("!E", "我有点感冒，另外我同事上个月中风了，脸歪了说话不清，现在已经好了，还有我脚气"),
    (
        "!E",
        "我自己係喉嚨痛同埋鼻塞。另外我朋友上個禮拜食花生舌頭腫，不過佢而家冇事。仲有我有啲頭皮",
    ),
    (
        "!E",
        "Also my friend's baby had a rash that didn't fade last year and was in hospital; my own "
        "kid just has a runny nose and a bit of a cough",
    ),
    ("!E", "另外，我邻居昨天被救护车拉走了，说是心梗，胸口痛出冷汗。我自己就是膝盖痛和失眠"),
]

# 4b. Written after the first run, with the change: the other named again after a comma is
# theirs only when nothing between names the writer or a relative and the sign is not told as
# now (NHS.uk stroke and heart attack: 999 for the person with the signs now).
CARRIED_OTHER_GUARDS: list[tuple[str, str]] = [
    ("!E", "my neighbour had a stroke last year, her face dropped and her speech went, she's ok"),
    ("!E", "邻居上个月中风了，佢塊面歪咗，講嘢唔清，而家已經好返"),
    (
        "E",
        "my neighbour popped round last month, my mum's face has dropped and she can't li"
        "ft her arm",
    ),
    ("E", "朋友上个月来过，妈妈突然说话不清，脸歪了"),
    ("E", "my neighbour had a stroke last year, I think my face dropped"),
    ("E", "my colleague collapsed last month, I have chest pain and sweating"),
    ("E", "my friend had a stroke last year, her face dropped, and now my face has dropped too"),
    ("E", "我同事上个月中风了，今天我脸歪了说话不清"),
]

# 5. A second set written after the first run and the change to item 4, before any further
# change: harder forms of the same four kinds (bullets, "PS", "btw", a denial list before the
# danger, a look-alike stiff neck, a stranger's collapse this morning).
SECOND_EMERGENCY: list[tuple[str, str]] = [
    # NHS.uk subarachnoid haemorrhage: a sudden, worst-ever headache: 999
    (
        "E",
        "• hay fever\n• verruca\n• worst headache of my life came on suddenly 10 mins ago, like "
        "being hit with a bat\n• dry skin",
    ),
    # NHS.uk meningitis: a rash that does not fade under a glass and feeling very unwell
    (
        "E",
        "Just a few things: 1) my eczema 2) a rash on my legs that doesn't go away when I press "
        "a glass on it and I feel really unwell 3) my period is late",
    ),
    # NHS.uk confusion: sudden confusion: 999
    (
        "E",
        "Also, unrelated, my wife's been sick a couple of times, she's got a bad headache, and "
        "now she's confused and doesn't know what day it is. Oh and the boiler's broken",
    ),
    # NHS.uk heart attack, after a list of denied signs
    (
        "E",
        "no fever, no cough, no sore throat, but my chest is crushing and I'm sweating, also a "
        "bit of heartburn earlier",
    ),
    # NHS.uk suicide: a plan and the means: 999
    (
        "E",
        "Oh another thing, I've been feeling hopeless and I've bought a rope, I know where I'll "
        "do it. Also my back's been bad.",
    ),
    # NICE NG143 / NHS.uk febrile seizures: a fit of 5 minutes or more: 999
    (
        "E",
        "hi, 3 questions - can I take vitamin D with my pill, my toenail is thick and yellow, and "
        "my 8 month old has been fitting for 6 minutes and won't stop. thanks",
    ),
    # NHS.uk sepsis in an older person: mottled, not making sense, a temperature
    (
        "E",
        "btw my nan's hip is sore as usual, she's off her food, and she's got a temperature and "
        "is all mottled and not making sense today. also needs her glasses fixed",
    ),
    # NHS.uk anaphylaxis after a sting
    (
        "E",
        "PS: the wasp sting on my arm is itchy, and my face and tongue have swollen up and I'm "
        "wheezing, also the kids have nits",
    ),
    (
        "E",
        "我有几件事想问：一是我妈最近血压有点高，二是她刚才突然一边手脚没力，嘴也歪了，三是她的降压药快吃完了",
    ),
    # RCOG / NHS.uk bleeding in pregnancy: heavy bleeding: 999
    ("E", "仲有啊，我老婆懷孕34週，頭先陰道流好多血，濕晒條褲。另外佢有少少便秘"),
    # NICE NG143 red: a bulging fontanelle, not waking
    ("E", "另外我個BB兩個月大，今日成日嘔，仲有佢個囟門凸咗出嚟，叫極都唔醒。順便問下幾時打針"),
    # NHS.uk overdose / TOXBASE
    ("E", "其他都还好，就是有点便秘、腰酸，对了我刚才吃了一整板安眠药，大概二十粒，另外想预约洗牙"),
    ("E", "順便問埋，我阿媽頭先突然講唔到嘢，右邊手舉唔起，另外佢都有啲便秘同腳腫"),
    ("E", "还有一件事，我孩子两岁，身上有红点，按压不褪色，在发烧，另外他有点湿疹"),
]

SECOND_SAME_DAY: list[tuple[str, str]] = [
    # NHS.uk head injury: sick since the injury: A&E
    ("U", "另外，我個仔兩歲，跌落床撞到頭之後嘔咗三次。仲有佢有啲鼻塞"),
    # NICE NG151 neutropenic sepsis: a fever during chemotherapy: same day at least
    (
        "U",
        "1. my ears are itchy 2. I've had a temperature of 38.5 and I'm on chemo 3. need a "
        "repeat of my cream",
    ),
    # NICE NG18 / NHS.uk type 1 diabetes in a child: thirst, weeing, weight loss: same day
    (
        "U",
        "Plus my little boy has been weeing much more and always thirsty, and he's lost weight. "
        "Also he's got a verruca",
    ),
    # NHS.uk red eye: a painful red eye with light sensitivity: same day
    (
        "U",
        "Couple of things: my hay fever, and I've had a really painful red eye since yesterday "
        "and light hurts it. also dandruff",
    ),
    # NHS.uk appendicitis: pain in the lower right tummy getting worse: 111 / same day
    ("U", "还有，我肚子右下边痛了一天，越来越痛，有点发烧。另外想问下减肥药"),
    # NHS.uk cellulitis with a fever: same day
    ("U", "另外，我腿上的伤口红肿发热，红的范围越来越大，还发烧。还有我头发掉得多"),
]

SECOND_HARMLESS: list[tuple[str, str]] = [
    (
        "L",
        "Oh and another thing, my verruca's still there, my eyes are a bit dry from screens, and "
        "I get tension headaches when I'm stressed, same as always for years",
    ),
    ("L", "還有，我腰骨痛咗好多年，老毛病嚟，另外皮膚痕同埋有啲便秘"),
    ("L", "另外我老是打喷嚏，每年春天都这样，还有眼睛痒，还有脚后跟有点干裂"),
    # NHS.uk neck pain: a stiff neck after sleeping awkwardly is treated at home
    (
        "L",
        "Random list: 1) cracked lips 2) sweaty feet 3) a bit of heartburn after pizza 4) stiff "
        "neck after sleeping funny 5) the odd headache",
    ),
    # NHS.uk dizziness: brief on standing up quickly
    ("L", "仲有我成日覺得攰，間中頭暈一陣，企起身太快就會，另外口腔潰瘍"),
    (
        "L",
        "my son: wobbly tooth, a nit, a verruca, and a bruise on his knee from football. all fine "
        "otherwise",
    ),
]

SECOND_DENIED: list[tuple[str, str]] = [
    (
        "L",
        "Couple of things. A headache since yesterday, but no stiff neck, no rash, no vomiting, "
        "and light doesn't bother me. Also my knee.",
    ),
    ("!E", "还有，我没有想过要伤害自己，就是最近心情不太好，另外睡眠也一般"),
    ("L", "1) sore throat 2) no difficulty swallowing or breathing 3) no drooling 4) runny nose"),
    ("L", "另外佢冇抽筋，冇發燒，冇出疹，只係有啲鼻塞同咳"),
]

SECOND_OTHER: list[tuple[str, str]] = [
    (
        "!E",
        "1. my sore throat 2. my mate at work had chest pain and sweating yesterday, he's fine "
        "now 3. my back",
    ),
    ("!E", "另外我朋友上週食咗啲海鮮，嘴唇腫晒，入咗醫院，而家冇事。我自己係鼻敏感"),
    (
        "!E",
        "Also my neighbour's husband collapsed in the garden last week, he wasn't breathing; "
        "he's home now. I'm just here about my cough.",
    ),
    ("!E", "还有我同学去年自杀过，吃了很多药，现在好了。我自己就是最近考试压力大，睡不好"),
    (
        "!E",
        "oh and a lady at the bus stop collapsed this morning and couldn't talk properly, the "
        "ambulance took her; I'm fine, just shaken. also my hay fever",
    ),
]

OPEN_ROWS: dict[str, str] = {}


@pytest.mark.parametrize(("code", "text"), with_open(BURIED_EMERGENCY, OPEN_ROWS))
def test_an_emergency_buried_in_a_list(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(BURIED_SAME_DAY, OPEN_ROWS))
def test_a_same_day_sign_buried_in_a_list(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(HARMLESS_LIST, OPEN_ROWS))
def test_a_list_of_niggles_stays_low(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(DENIED_IN_LIST, OPEN_ROWS))
def test_a_danger_denied_in_a_list_stays_denied(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(OTHER_PERSON_IN_LIST, OPEN_ROWS))
def test_another_persons_symptom_stays_theirs(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(CARRIED_OTHER_GUARDS, OPEN_ROWS))
def test_another_person_carried_by_a_pronoun(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


SECOND = SECOND_EMERGENCY + SECOND_SAME_DAY + SECOND_HARMLESS + SECOND_DENIED + SECOND_OTHER


@pytest.mark.parametrize(("code", "text"), with_open(SECOND, OPEN_ROWS))
def test_the_second_set(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
