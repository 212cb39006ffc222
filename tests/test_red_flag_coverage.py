"""Coverage of published discriminators, system by system: obstetric, overdose, suicide,
head injury, other injuries, anaphylaxis, eye, testes and children.

Each sentence was written for this test from the published list named above its group (not
from evaluation cases), in English and Chinese (some traditional), in the first and third
person. ``E`` must end ``emergency``, ``U`` at least ``urgent``, ``!E`` anything but
``emergency`` (hard negatives: denied, past, someone else's, a question).
"""

from __future__ import annotations

import pytest

from clinical.first_message import rules_only_level
from clinical.red_flags import RuleSet
from states.disposition import Disposition
from tests.rule_levels import assert_reaches, decided_level

# obstetric: RCOG Green-top 52, 64b, 37b, 50, 73; NICE NG126, NG133, NG25, CG192;
# RCOG reduced fetal movements
OBSTETRIC: list[tuple[str, str]] = [
    ("E", "I gave birth 5 days ago and I'm soaking through a pad every hour"),
    ("E", "生完孩子一周，下面出血特别多，一小时湿透一片卫生巾"),
    ("E", "two weeks after my c-section I'm passing huge clots and feel dizzy"),
    ("E", "產後十天，突然大出血，頭暈"),
    ("E", "my wife had the baby last week and she's bleeding heavily and looks really pale"),
    ("E", "38 weeks pregnant, pain under my ribs on the right, headache and my vision is blurry"),
    ("U", "I'm 34 weeks pregnant with a terrible headache and flashing lights"),
    ("U", "怀孕32周，头痛得厉害，眼睛看东西模糊"),
    ("E", "I'm 6 weeks pregnant with sharp pain on one side and I fainted"),
    ("E", "my period is 2 weeks late, I have pain low down on the left and I nearly passed out"),
    ("E", "怀孕七周，右边小肚子很痛，刚才晕倒了"),
    ("E", "懷孕六週，一側下腹劇痛，肩膀尖也痛"),
    ("E", "positive pregnancy test last week, one-sided tummy pain and I feel faint"),
    ("U", "I'm 36 weeks and the baby hasn't moved since this morning"),
    ("U", "怀孕35周，今天宝宝一直没动"),
    ("U", "baby's kicks are much less than usual today, I'm 30 weeks"),
    ("U", "I'm 30 weeks pregnant and I think my waters have broken"),
    ("U", "怀孕33周，突然下面流了好多水"),
    ("U", "懷孕34週，破水了"),
    ("E", "I'm 39 weeks, my waters broke and I can feel the cord"),
    ("E", "产后一周 发烧39度 发抖 心跳很快"),
    ("E", "I had my baby 10 days ago, fever and shivering and my heart is racing"),
    ("U", "I had my baby 10 days ago and I've got a fever"),
    ("E", "3 weeks after giving birth I'm suddenly short of breath with chest pain"),
    ("E", "生完孩子两周，突然喘不上气"),
    ("E", "since the birth my wife is hearing voices and says the baby is evil"),
    ("E", "她生完孩子后一直不睡觉，说有人要害她"),
    (
        "E",
        "my partner had a baby 2 weeks ago and is acting really strangely, talking nonsense "
        "and not sleeping",
    ),
    ("E", "I had my baby a month ago and I keep having thoughts of harming her"),
    ("E", "产后三周，总想伤害宝宝"),
]

# overdose: NHS overdose and poisoning advice; TOXBASE (staggered paracetamol overdose)
OVERDOSE: list[tuple[str, str]] = [
    ("E", "I took 20 paracetamol about 2 hours ago"),
    ("E", "took the whole box of my sleeping pills"),
    ("E", "I swallowed a whole strip of ibuprofen"),
    ("E", "she took a load of tablets with vodka"),
    ("E", "吃了一整板安眠药"),
    ("E", "他吞了二十几片扑热息痛"),
    ("E", "我把一盒藥全吃了"),
    ("E", "I've been taking extra paracetamol for my toothache for 3 days, about 12 a day"),
    ("E", "taking more paracetamol than it says on the packet for the last few days"),
    ("E", "这两天牙痛，扑热息痛一天吃了十几片"),
    ("E", "my toddler drank some dishwasher liquid"),
    ("E", "my 2 year old bit into a washing capsule"),
    ("E", "my son ate some of grandma's pills"),
    ("E", "I took an overdose of my antidepressants"),
    ("E", "I took a bunch of pills an hour ago"),
    ("E", "she swallowed a handful of her sleeping tablets"),
    ("E", "吃了一把安眠药"),
    ("E", "孩子把洗衣凝珠咬破了"),
    ("E", "我老公吞了好多安眠藥"),
    ("!E", "I accidentally took one extra paracetamol"),
    ("!E", "I took 2 paracetamol for my headache"),
    ("!E", "how many paracetamol would be an overdose"),
    ("!E", "my friend took an overdose last year"),
]

# suicide: NICE NG225 Self-harm; NHS help for suicidal thoughts (plan, means, timeframe,
# said indirectly)
SUICIDE: list[tuple[str, str]] = [
    ("E", "I won't be around tomorrow"),
    ("E", "I've given away my things and written letters to my family"),
    ("E", "I'm giving my things away, I won't need them after tonight"),
    ("E", "今晚就结束"),
    ("E", "今晚就结束这一切"),
    ("E", "我已经想好怎么走了"),
    ("E", "I've been looking up how many pills it would take to die"),
    ("E", "I have the pills ready"),
    ("E", "我把药都攒好了"),
    ("E", "I just want to go to sleep and never wake up"),
    ("E", "I don't see the point in living anymore"),
    ("E", "大家没有我会更好，我已经准备好了"),
    ("E", "我想從樓上跳下去"),
    ("E", "this is goodbye, tell my kids I love them"),
    ("E", "he says he's going to kill himself tonight"),
    ("E", "我不想再活下去了"),
    ("E", "活着太累了，想一了百了"),
    ("E", "there's no point going on, I've made up my mind"),
    ("!E", "I'm not suicidal, I just feel low"),
    ("!E", "my friend killed himself last year"),
    ("!E", "I'm giving away my old clothes to charity"),
    ("!E", "I've never had thoughts of ending my life"),
]

# head injury: NICE NG232 Head injury (anticoagulants, vomiting, amnesia, repeated questions,
# seizure, 65 and over)
HEAD_INJURY: list[tuple[str, str]] = [
    ("E", "my mum is 80 and on warfarin, she fell and hit her head"),
    ("E", "grandad banged his head, he's on apixaban and keeps asking the same questions"),
    ("E", "hit my head and threw up twice"),
    ("E", "fell off my bike and hit my head, now I can't remember the ride"),
    ("E", "他摔倒磕到头，吐了两次"),
    ("E", "我爸七十岁，吃华法林，摔了一跤撞到头"),
    ("E", "外婆跌倒撞到頭，一直重複問同一個問題"),
    ("E", "my son hit his head and had a fit"),
    ("E", "hit my head on a shelf and now there's clear fluid coming from my nose"),
    ("E", "头撞了以后，一直犯困"),
    ("E", "head injury 2 days ago, headache getting worse and vomiting"),
    ("U", "I'm 70 and bumped my head on the cupboard"),
    ("E", "she banged her head and now she's really drowsy"),
    ("E", "my dad hit his head yesterday and he's on blood thinners"),
    ("E", "撞到头以后一直说同样的话"),
]

# other injuries: Manchester Triage System major trauma; NHS burns and scalds; NHS animal bites
INJURIES: list[tuple[str, str]] = [
    ("E", "he was hit by a car"),
    ("E", "fell from a ladder about 3 metres onto concrete"),
    ("E", "I've been stabbed in the stomach"),
    ("E", "my son was knocked off his bike by a car and his leg is bent the wrong way"),
    ("E", "my toddler pulled a cup of tea over himself and his arm is all blisters"),
    ("E", "scalded with boiling water, the skin is white and leathery"),
    ("E", "got an electric shock and there's a burn on my hand"),
    ("E", "被开水烫了一大片，起了很多水泡"),
    ("E", "孩子被热汤烫到，手臂起了水泡"),
    ("U", "a dog bit my face"),
    ("U", "狗咬了，伤口很深"),
    ("E", "car crash on the motorway, my chest hurts when I breathe"),
]

# anaphylaxis: Resuscitation Council UK anaphylaxis (two systems after an exposure)
ANAPHYLAXIS: list[tuple[str, str]] = [
    ("E", "ate prawns and now my lips are swelling and I feel faint"),
    ("E", "吃了花生後嘴唇腫起來，喉嚨很緊"),
    ("E", "after the wasp sting I'm covered in hives and feel dizzy"),
    ("E", "my son ate a peanut cookie, his face is swelling and he's wheezing"),
    ("E", "after eating shellfish I came out in hives and I'm vomiting"),
    ("E", "吃了芒果以后，满脸起疹子，头晕想吐"),
    ("E", "吃了虾以后喉咙像被堵住了"),
    ("E", "my tongue feels huge after the new antibiotic"),
    ("E", "打完針全身起風團，呼吸困難"),
    ("!E", "I'm allergic to penicillin, can I take amoxicillin"),
    ("!E", "my lips swelled up after peanuts as a kid"),
]

# eye: NHS eye injuries and sudden loss of vision; NICE CKS Red eye
EYE: list[tuple[str, str]] = [
    ("E", "got bleach in my eye"),
    ("E", "suddenly lost the sight in my right eye"),
    ("E", "右眼突然看不見了"),
    ("E", "it's like a curtain came down over my vision"),
    ("U", "my eye is red and very painful and my vision is blurry"),
    (
        "E",
        "my eye is red and really painful, blurred vision with halos around lights "
        "and I've been sick",
    ),
    ("U", "I wear contact lenses and my eye is red, painful and light hurts"),
    ("U", "戴隐形眼镜，眼睛又红又痛，怕光"),
    ("E", "a piece of metal flew into my eye when I was grinding"),
    ("E", "孩子眼睛被筷子戳伤了"),
]

# testes: NHS testicle pain; NICE CKS Scrotal pain and swelling (torsion)
TESTES: list[tuple[str, str]] = [
    ("E", "sudden severe pain in my left testicle and I've been sick"),
    ("E", "my 14 year old son woke up with pain in his testicle"),
    ("E", "睾丸突然剧痛"),
    ("E", "蛋蛋突然很痛，还吐了"),
    ("E", "pain in my balls came on suddenly an hour ago"),
    ("E", "儿子说下面蛋蛋突然疼得厉害"),
]

# children: NICE NG143 Fever in under 5s traffic lights; NICE NG240; NHS
CHILDREN: list[tuple[str, str]] = [
    ("E", "my baby is 6 weeks old and has a temperature of 38.2"),
    ("E", "my 2 month old feels hot, 38.5"),
    ("E", "宝宝两个月大，发烧38度"),
    ("E", "my toddler is blue around the lips"),
    ("E", "my baby looks grey and floppy"),
    ("E", "my 1 year old is very pale with cold hands and is hard to wake"),
    ("E", "my baby's breathing is really fast and her tummy sucks in under the ribs"),
    ("E", "he's grunting with every breath"),
    ("E", "my son choked on a grape, got it out but now he's pale and sleepy"),
    ("U", "after choking on a sweet she's still coughing and wheezing"),
    ("E", "rash that doesn't fade under a glass, my son has a fever"),
    ("E", "宝宝身上出了紫色的点，压了不褪"),
    ("E", "my baby won't wake up properly for feeds and is floppy"),
    ("E", "孩子发烧，嘴唇发紫"),
    ("E", "my daughter's lips have gone grey"),
    ("E", "宝宝哭声很弱，皮肤发花"),
    ("E", "my baby has a high-pitched cry and won't settle"),
    ("U", "my son is 3 and has had a fever for 5 days"),
    ("U", "孩子发烧五天了"),
    ("E", "孩子脸色苍白，精神很差，叫不太醒"),
    ("E", "my 3 year old has a fever and a rash of tiny purple spots"),
    ("E", "寶寶發燒，身上有按了不會退的紅點"),
    ("E", "my baby is 7 weeks and really sleepy, not interested in feeding, feels hot"),
    ("E", "my baby's soft spot is bulging and she's been vomiting"),
    ("E", "孩子吐出来是绿色的"),
]

# A second walk of the same lists, written afterwards in other words (third person, typos,
# traditional characters), to check the rules hold beyond the first wording.
SECOND_WALK: list[tuple[str, str]] = [
    (
        "E",
        "my girlfriend gave birth on tuesday and she's bleeding through pads really fast "
        "and looks grey",
    ),
    ("E", "產後一個禮拜，血一直流，一小時換兩片衛生巾"),
    ("E", "she had a c section 10 days ago and now she cant breathe properly and her chest hurts"),
    ("E", "剖腹產後兩週，突然胸口痛喘不過氣"),
    (
        "E",
        "9 weeks pregnant, really bad pain on my right side low down and I feel like "
        "I'm going to pass out",
    ),
    ("E", "懷孕八週，右下腹劇痛，頭很暈快昏倒"),
    ("E", "my wife is 35 weeks pregnant and she's having a fit"),
    ("E", "老婆懷孕三十六週，剛剛抽搐了"),
    ("E", "pregnant 37 weeks, bad headache, seeing flashing lights and pain under my ribs"),
    ("U", "34 weeks and I haven't felt my baby kick all day"),
    ("U", "懷孕三十週，今天寶寶動得很少"),
    ("U", "I think my waters just went, I'm 33 weeks"),
    (
        "E",
        "since having the baby 2 weeks ago my sister has stopped sleeping and thinks "
        "the neighbours are spying on her",
    ),
    ("E", "生完孩子以後她一直說有人要害她跟寶寶，三天沒睡了"),
    ("E", "im 6 days post partum with a temp of 39 and my heart is pounding"),
    ("U", "im 6 days post partum and i have a temp of 38.3"),
    ("E", "10 days after delivery, fever and shaking and I feel like I'm dying"),
    ("E", "my teenage son has taken a load of his mum's sleeping pills"),
    ("E", "she swallowed about 30 of her antidepressants"),
    ("E", "he took 16 co-codamol an hour ago"),
    ("E", "我女兒吞了三十幾顆安眠藥"),
    ("E", "我媽吃了二十片降壓藥"),
    ("E", "老公喝了半瓶農藥"),
    ("E", "my 3 year old ate some of the dishwasher tablets"),
    ("E", "孩子喝了洗衣液"),
    ("E", "i had like 15 paracetamol on top of my wine tonight"),
    ("E", "she said she took every pill in the house"),
    ("E", "took my whole months supply of tablets"),
    ("E", "把一個月的藥都吃了"),
    ("E", "ive been taking 8 paracetamol plus 4 co-codamol a day for a week for my back"),
    ("!E", "I take 8 paracetamol a day as prescribed, is that ok"),
    ("!E", "my dad took an overdose 10 years ago"),
    ("E", "i cant do this anymore, ive written goodbye letters to everyone"),
    ("E", "i'm going to jump off the bridge tonight"),
    ("E", "我想跳河"),
    ("E", "我準備今晚吃完所有的藥"),
    ("E", "he keeps saying he wants to end it and he's bought rope"),
    ("E", "she said she's going to kill herself"),
    ("E", "nobody would miss me if I was gone"),
    ("E", "我不想活了，已經寫好遺書"),
    ("E", "活著好累，不如死了算了"),
    ("E", "I've been thinking about ending my life"),
    ("E", "my son told me he's been planning how to kill himself"),
    ("E", "I want to go to sleep forever"),
    ("!E", "my character in the book wants to kill himself"),
    ("!E", "I'm not going to kill myself, I just feel stressed about exams"),
    ("E", "grandma fell, bumped her head, she takes warfarin"),
    ("E", "he banged his head on the pavement and hasnt stopped throwing up"),
    ("E", "my daughter fell off the trampoline onto her head and now she's really sleepy"),
    ("E", "外公摔倒撞到頭，吃抗凝藥的"),
    ("E", "孩子從床上摔下來撞到頭，吐了好幾次"),
    ("E", "he hit his head playing rugby and cant remember the game"),
    ("E", "after falling down the stairs mum keeps asking the same questions over and over"),
    ("E", "我撞到頭以後一直想吐，頭越來越痛"),
    ("E", "bumped his head and now one pupil looks bigger than the other"),
    ("E", "she hit her head and had a seizure afterwards"),
    ("U", "80 year old dad tripped and hit his forehead, seems ok"),
    ("E", "my husband fell off the roof"),
    ("E", "she was knocked down by a bus"),
    ("E", "he got stabbed in the leg and its bleeding a lot"),
    ("E", "我爸被車撞了"),
    ("E", "從三樓掉下來"),
    ("E", "孩子被開水燙到胸口，一大片起水泡"),
    ("E", "my son touched the oven, his whole hand is blistered"),
    ("E", "motorbike crash, my leg is bent and I can't move it"),
    ("E", "burned my face with hot oil"),
    ("E", "他觸電了"),
    ("U", "got bitten by a dog on my hand, deep puncture"),
    ("E", "my throat feels like its closing after eating cashews"),
    ("E", "after the bee sting my lips and tongue are swelling up"),
    ("E", "吃了花生以後全身起疹子，喘不過氣"),
    ("E", "打了青黴素以後頭暈，全身癢，起疹子"),
    ("E", "my son ate egg and now he's wheezy and covered in hives"),
    ("E", "had prawns at dinner, now my face is puffy and I'm dizzy"),
    ("E", "吃完海鮮嘴巴腫起來了，說話聲音變了"),
    ("E", "she's allergic to nuts and ate one, her voice sounds hoarse and she's coughing"),
    ("!E", "I get hay fever every spring, itchy eyes and sneezing"),
    ("E", "splashed bleach in my eyes while cleaning"),
    ("E", "漂白水濺到眼睛裡"),
    ("E", "I've suddenly gone blind in my left eye"),
    ("E", "左眼突然甚麼都看不到"),
    ("E", "a dark shadow is spreading across the vision in my right eye"),
    ("E", "metal fragment went into my eye while grinding"),
    ("E", "眼睛被樹枝戳到，流血看不清"),
    ("U", "eye is red and painful and it hurts to look at light"),
    ("U", "眼睛紅痛，看東西模糊"),
    ("E", "my son has sudden pain in his balls and is throwing up"),
    ("E", "孩子突然蛋蛋痛得厲害，一直哭"),
    ("E", "sudden agony in my right testicle"),
    ("E", "睾丸突然劇痛，還想吐"),
    ("U", "my testicle has been aching for a few days"),
    ("E", "my 5 week old is burning up"),
    ("E", "寶寶才一個月，發燒38.5"),
    ("E", "my baby is floppy and won't wake up properly"),
    ("E", "寶寶軟綿綿的，叫不太醒"),
    ("E", "my toddler's lips are blue"),
    ("E", "孩子嘴唇發紫，呼吸很吃力"),
    ("E", "my baby is making a grunting noise every time she breathes"),
    ("E", "寶寶呼吸的時候肋骨都陷下去"),
    ("E", "my son's rash doesn't fade when I press a glass on it"),
    ("E", "孩子身上有紫色的斑點，按了不退，還發燒"),
    ("E", "my baby's vomit is green"),
    ("E", "宝宝吐出来的是绿色的水"),
    ("E", "my baby has a bulging soft spot and is very irritable"),
    ("E", "my 2 month old isn't feeding and is very sleepy"),
    ("E", "my daughter choked on a sweet and now she's floppy and grey"),
    ("E", "孩子被葡萄噎到，現在臉色發青"),
    ("U", "my 4 year old has had a fever for 5 days"),
    ("U", "我兒子三歲，發燒五天了"),
    ("U", "my 4 month old has a temperature of 39.2"),
    ("E", "my baby has a high pitched cry and a fever"),
    ("E", "my baby is mottled and cold to touch"),
    ("E", "寶寶皮膚發花，手腳冰涼"),
]

# Look-alikes in the same systems: idioms, past events, minor injuries, other people, fiction,
# a whole bottle of water. None of them is an emergency.
HARD_NEGATIVES: list[tuple[str, str]] = [
    ("!E", "I had a stillbirth two years ago and I'm pregnant again, just anxious"),
    ("!E", "I'm 12 weeks pregnant, feeling sick in the mornings"),
    ("!E", "my baby is 4 months old and has a bit of a cold, feeding fine"),
    ("!E", "I gave birth 5 weeks ago and I'm tired all the time"),
    ("!E", "生完孩子一个月，有点掉头发"),
    ("!E", "my waters broke with my first baby at 39 weeks, what should I expect this time"),
    ("!E", "I take paracetamol and ibuprofen together for my back, is that safe"),
    ("!E", "how many ibuprofen can I take in a day"),
    ("!E", "I accidentally took my blood pressure tablet twice this morning"),
    ("!E", "this traffic is killing me"),
    ("!E", "I'd kill for a coffee right now"),
    ("!E", "我累死了，今天加班到十点"),
    ("!E", "笑死我了"),
    ("!E", "I'm giving away my old baby clothes"),
    ("!E", "my grandad hit his head last year and was fine"),
    ("!E", "I bumped my head on the car door, small bump, no other symptoms, I'm 30"),
    ("!E", "I cut my finger chopping onions, it's stopped bleeding"),
    ("!E", "my son fell off the swing and grazed his knee"),
    ("!E", "burnt my tongue on hot tea"),
    ("!E", "I got stung by a wasp, it's a bit swollen and red around the sting"),
    ("!E", "I'm allergic to cats, my eyes are itchy and I'm sneezing"),
    ("!E", "my lips are a bit dry and cracked"),
    ("!E", "I have a stye on my eyelid"),
    ("!E", "my eyes are tired and a bit red from the screen"),
    ("!E", "I need new glasses, things look a bit blurry when reading"),
    ("!E", "my testicle has a small lump, no pain"),
    ("!E", "my baby has a few spots on his face that fade when I press"),
    ("!E", "my toddler's hands are a bit blue in the cold, warm now"),
    ("!E", "孩子手脚有点凉，精神很好，吃奶正常"),
    ("!E", "my 3 year old threw up once after eating too fast, now playing"),
    ("!E", "my baby spits up a bit of milk after feeds"),
    ("!E", "I ran over my foot with the lawnmower bag, bruised"),
    ("!E", "I watched a film where someone was stabbed and now I can't sleep"),
    ("!E", "we were in a car crash last month, I'm fine now, can I get a check up"),
    ("!E", "my car crashed into a bollard yesterday, no one hurt, my neck is a bit stiff"),
    ("!E", "she's been a bit forgetful lately"),
    ("!E", "I feel like a burden sometimes but I'd never hurt myself"),
    ("!E", "我把一整瓶水都喝了"),
    ("!E", "took the whole day off work because of a cold"),
]

# NICE NG143 traffic lights walked feature by feature (red: emergency; amber: at least urgent).
NG143_FEATURES: list[tuple[str, str]] = [
    ("E", "my baby won't smile or look at me and is just lying there"),
    ("E", "宝宝不理人，逗他也没反应"),
    ("E", "my son won't wake up properly, he falls straight back to sleep when I rouse him"),
    ("E", "孩子叫醒了又马上睡过去"),
    ("E", "my baby has a weak continuous cry and won't settle"),
    ("E", "my daughter's skin stays tented when I pinch it and she hasn't had a wee all day"),
    ("E", "my baby has a fever and a stiff neck"),
    ("E", "宝宝发烧，脖子硬"),
    ("E", "he's been fitting for 5 minutes and won't stop"),
    ("E", "孩子抽搐了五分钟还没停"),
    ("U", "my 1 year old is much less active than normal and just wants to lie down, fever 38.5"),
    ("U", "孩子发烧，精神很差，不爱动"),
    ("U", "my baby's nostrils are flaring when she breathes"),
    ("U", "my 9 month old has a fever and his lips are dry and he's not drinking much"),
    ("U", "孩子发烧，嘴唇很干，尿很少"),
    ("U", "my daughter has a fever and is shivering uncontrollably"),
    ("U", "my son has a fever and his knee is swollen and he won't walk on it"),
    ("U", "孩子发烧，腿肿了，不肯走路"),
    ("U", "my 2 year old has a fever and hasn't wanted to eat or drink since yesterday"),
    ("U", "宝宝五个月，发烧三十九度二"),
]

# A third walk of overdose, suicide and anaphylaxis, mostly in Chinese (traditional too).
THIRD_WALK: list[tuple[str, str]] = [
    ("E", "我媽剛剛把家裡的安眠藥全部吞下去了"),
    ("E", "他喝了一瓶百草枯"),
    ("E", "孩子误喝了爸爸的降压药水"),
    ("E", "奶奶把一板降糖药都吃了"),
    ("E", "吃了快四十片布洛芬"),
    ("E", "我吃了半瓶安眠药"),
    ("E", "孩子把电池吞下去了"),
    ("E", "宝宝把磁铁吞了"),
    ("E", "I found my daughter with empty pill packets all around her"),
    ("E", "he's taken an overdose of insulin"),
    ("E", "she drank a bottle of vodka and took some pills"),
    ("E", "my son swallowed a button battery"),
    ("E", "活著真的沒意思，我已經準備好繩子了"),
    ("E", "我想結束自己的生命"),
    ("E", "我已經把遺書寫好放在桌上了"),
    ("E", "我不想拖累家人，今晚就走"),
    ("E", "感觉撑不下去了，想从楼上跳下去"),
    ("E", "I can't see a future, I've stockpiled my tablets"),
    ("E", "I'm planning to end things this weekend"),
    ("E", "she's been texting goodbye to her friends and giving her stuff away"),
    ("E", "吃了蝦以後，嘴唇和眼睛都腫了，喉嚨好緊"),
    ("E", "被蜜蜂叮了以後全身起疹子，頭暈想吐"),
    ("E", "打完疫苗全身起疹，呼吸困難"),
    ("E", "吃了花生，舌頭腫了，說話不清楚"),
    ("E", "my daughter ate a sesame bagel and now her throat feels tight"),
    ("E", "after my new antibiotics my face and tongue swelled up"),
    ("!E", "我昨天吃了两片安眠药睡得挺好"),
    ("!E", "我想问问吃多少片扑热息痛是安全的"),
    ("!E", "I'm allergic to shellfish so I avoid it"),
]

# Traditional characters and Taiwanese usage (機車, 睪丸, 著地) across the systems.
TRADITIONAL_WALK: list[tuple[str, str]] = [
    ("E", "阿公跌倒撞到頭，有在吃抗凝血劑"),
    ("E", "小朋友從溜滑梯摔下來撞到頭，一直想睡"),
    ("E", "頭撞到以後耳朵流出清清的水"),
    ("E", "他騎車摔倒，頭著地，現在講話怪怪的"),
    ("E", "懷孕七週，肚子一邊很痛，剛剛昏倒"),
    ("E", "生完小孩第五天，血流不停，頭很暈"),
    ("E", "產後三週，突然喘不過氣，胸口痛"),
    ("E", "我太太生完孩子後一直說聽到聲音，說寶寶是魔鬼"),
    ("U", "懷孕三十二週，今天寶寶幾乎沒有動"),
    ("U", "懷孕三十五週，頭很痛，看東西模糊"),
    ("E", "眼睛被噴到清潔劑"),
    ("E", "右眼突然一片黑，看不到東西"),
    ("E", "打鐵的時候有鐵屑飛進眼睛"),
    ("E", "兒子蛋蛋突然很痛，吐了兩次"),
    ("E", "睪丸突然劇烈疼痛，腫起來"),
    ("E", "被機車撞到，腳變形了"),
    ("E", "從梯子上摔下來，背很痛，腳麻"),
    ("E", "寶寶一個半月，發燒三十八度"),
    ("E", "寶寶嘴唇發紫，呼吸很喘"),
    ("E", "孩子噎到以後臉色發青，現在很想睡"),
]

# Tablet counts said with a strength, after the medicine, or far from the verb (NHS overdose:
# more than the recommended dose, go to A&E; TOXBASE: paracetamol by count and strength,
# benzodiazepines with alcohol), session 7, from the open gaps of fresh walk 5 in other words.
TABLET_COUNTS: list[tuple[str, str]] = [
    ("E", "I took 32 of the 500mg ones"),
    ("E", "took about 20 of my paracetamol 500s"),
    ("E", "swallowed 24 x 500mg paracetamol an hour ago"),
    ("E", "I've had about 16 of the 500mg paracetamol since lunch"),
    ("E", "took way more co-codamol than I meant to, maybe 18 of the 30/500 ones"),
    ("E", "had a few beers and then some of my diazepam, about 12, an hour ago"),
    ("E", "took my nan's zopiclone, like 14 of them, with half a bottle of vodka"),
    ("E", "吃了大概三十二片500毫克的扑热息痛"),
    ("E", "飲咗酒，之後食咗安眠藥，大概十五粒"),
    ("E", "吃了比说明书多好多的止痛药，差不多二十片五百毫克的"),
    ("!E", "I took 2 of the 500mg ones for my headache"),
    ("!E", "I have 32 of the 500mg ones left in the box"),
    ("!E", "the pharmacy gave me 32 of the 500mg ones"),
    ("!E", "took paracetamol, 2 tablets, 4 hours ago for a sore throat"),
    ("!E", "took my diazepam at 10 as usual"),
    ("!E", "吃了两片500毫克的扑热息痛"),
    ("!E", "I took 100mg sertraline this morning as usual"),
    ("!E", "took 150mg of my sertraline, feel fine"),
    # one medicine list for both readings: a count right after the verb names it too
    ("E", "I took 20 citalopram about an hour ago"),
    ("E", "necked 16 of my pregabalin"),
    ("!E", "I took 2 citalopram by mistake instead of 1"),
    ("!E", "took my insulin, about 15 units, before dinner"),
]

# NHS nosebleeds (A&E: bleeding longer than 10-15 minutes, heavy, swallowing blood): the
# length or "won't stop" is said of the bleeding, not of anything else in the message.
NOSEBLEEDS: list[tuple[str, str]] = [
    ("E", "my nose has been bleeding for about 20 minutes, pinching it"),
    ("E", "nosebleed for 25 minutes and it won't stop"),
    ("E", "鼻血流了半小时还止不住"),
    ("E", "鼻血流咗成個鐘"),
    ("!E", "had a small nosebleed that stopped after 5 minutes, now a headache for half an hour"),
    ("!E", "my son had a nosebleed at breakfast, stopped quickly. he's been coughing for an hour"),
    ("!E", "had a nosebleed yesterday, today my cough won't stop"),
    ("!E", "早上流了一点鼻血，按了几分钟就停了。现在头痛了半小时"),
    ("!E", "流咗少少鼻血，一阵就停咗，之后肚痛咗一个钟"),
]

# Fresh four-level set 7's red-flag rows, in other words than the set's: RCUK / NHS anaphylaxis
# in Cantonese (块面肿晒, 呼吸好辛苦, 嗌唔出声), and look-alikes the rules raised: 抽烟 (smoking) or
# 抽血 (a blood test) read as a fit, a swollen half face (dental abscess) read as a droop, chest
# tightness on exertion that never comes at rest (NHS angina: GP) read as pain at rest, a cream
# or an ointment "no use" read as a failing reliever, a blocked nose read as a closing throat.
SET7_RED_FLAGS: list[tuple[str, str]] = [
    ("E", "阿女食完花生，塊面腫晒，呼吸好辛苦"),
    ("E", "佢食咗啲蟹之後成塊面腫起，喉嚨緊，嗌唔出聲"),
    ("E", "老公食完海鲜块面肿晒，唞气好辛苦"),
    ("!E", "我抽咗二十年煙，最近咳多咗"),
    ("!E", "今天去医院抽了血，手臂有点青"),
    ("!E", "智齿发炎，半边脸肿起来了，有点低烧"),
    ("!E", "爬楼梯时胸口有点闷，休息一下就好，坐着的时候从来没有"),
    ("!E", "膝头啲皮膚痕，搽咗藥膏一個禮拜都冇用"),
    ("!E", "sore throat and a blocked nose for two days, eating and drinking okay"),
]

# The same look-alikes must not reach even `urgent` through a red flag (a cold's blocked nose is
# no closing throat; an ointment "no use" is no failing reliever; 抽烟 is no fit).
SET7_NOT_URGENT: list[str] = [
    "itchy throat and a blocked nose since this morning, otherwise fine",
    "膝头啲皮膚痕，搽咗藥膏一個禮拜都冇用",
    "我抽咗二十年煙，最近咳多咗",
]


@pytest.mark.parametrize("text", SET7_NOT_URGENT)
def test_set7_look_alikes_fire_no_red_flag(rules: RuleSet, text: str) -> None:
    assert [h.rule_id for h in rules.evaluate(text)] == []


CASES = [
    *SET7_RED_FLAGS,
    *TABLET_COUNTS,
    *NOSEBLEEDS,
    *OBSTETRIC,
    *OVERDOSE,
    *SUICIDE,
    *HEAD_INJURY,
    *INJURIES,
    *ANAPHYLAXIS,
    *EYE,
    *TESTES,
    *CHILDREN,
    *SECOND_WALK,
    *HARD_NEGATIVES,
    *NG143_FEATURES,
    *THIRD_WALK,
    *TRADITIONAL_WALK,
]


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_published_discriminators_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


def test_the_coverage_set_is_bilingual_and_holds_hard_negatives() -> None:
    chinese = [t for _, t in CASES if any("\u4e00" <= ch <= "\u9fff" for ch in t)]
    assert len(chinese) >= 0.3 * len(CASES)
    assert sum(e == "!E" for e, _ in CASES) >= 40


# NICE NG133 / NHS pre-eclampsia: sudden swelling of the face, hands or feet in pregnancy is
# pre-eclampsia to check now (midwife, GP or 111), and the reason shown says so, not an
# allergic swelling; a swollen tongue or lips in pregnancy, and a swollen face outside it, are
# still NHS angioedema.
@pytest.mark.parametrize(
    "text",
    [
        "I'm 36 weeks pregnant, my face and hands have got really puffy since this morning",
        "我有咗34週，今朝開始塊面同手腳腫咗好多",
        "怀孕32周，脸突然肿了",
        "30 weeks pregnant and my face has suddenly swollen up",
    ],
)
def test_face_swelling_in_pregnancy_names_pre_eclampsia(rules: RuleSet, text: str) -> None:
    hits = rules.evaluate(text)
    fired = [h.rule_id for h in hits]
    assert "allergic_swelling_alone" not in fired, fired
    assert any("NG133" in h.guideline for h in hits), fired
    assert hits[0].level.rank >= 2, fired  # urgent or above


@pytest.mark.parametrize(
    "text",
    ["my face has swollen up since this morning", "怀孕20周，舌头突然肿起来了"],
)
def test_angioedema_outside_pre_eclampsia_still_names_the_allergy(
    rules: RuleSet, text: str
) -> None:
    hits = rules.evaluate(text)
    assert any("angioedema" in h.guideline for h in hits), [h.rule_id for h in hits]
    assert not any("NG133" in h.guideline for h in hits), [h.rule_id for h in hits]


# Fresh set 8's emergency categories, written afterwards in other words than the set's (each
# with look-alikes): NICE NG225 a plan with means and a time said without the word suicide;
# BTS/SIGN unable to finish a sentence; NICE CKS Sciatica saddle numbness in Chinese; NICE
# NG143 ashen, mottled and floppy in Cantonese; NICE CKS a splitting headache is a thunderclap
# unless it is a hangover (NHS hangover); 目标血氧 / 目标血压 (a target) is no spurting 标血.
SET8_CATEGORIES: list[tuple[str, str]] = [
    ("E", "I've been stockpiling my tablets and I'm going to take them all once everyone's asleep"),
    ("E", "tablets saved up in the drawer, the letters are done, tonight's the night"),
    ("E", "wheezing so bad I can't get a sentence out, inhaler isn't helping"),
    ("E", "腰痛咗好耐，今日大腿内侧麻晒冇感觉，仲屙唔到尿"),
    ("E", "背痛了一个礼拜，现在下面麻木，尿不出来"),
    ("E", "我個女兩個月大，面色灰白，成個人軟晒，唔肯食奶"),
    ("E", "宝宝五个月，手脚有花纹，全身软软的叫不太醒"),
    ("E", "突然头痛欲裂，从来没试过咁痛"),
    ("E", "头痛到爆，一边手冇晒力"),
    ("!E", "昨晚饮大咗，今朝头痛欲裂，想呕"),
    ("!E", "hungover and my head is splitting, feel rough"),
    ("!E", "my mum's antibiotics, she asked if she should take them all or stop when better"),
    ("!E", "目标血压130以下，今天量到128"),
    ("!E", "慢阻肺，目标血氧88到92，今天89，比平时喘少少"),
]


@pytest.mark.parametrize(("expected", "text"), SET8_CATEGORIES)
def test_set8_categories_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# "hasn't stopped" (typed with or without the apostrophe) says a sign is still going, as
# "won't stop" does: no negation (NICE NG232 vomiting after a head injury; NHS bleeding).
@pytest.mark.parametrize(
    ("expected", "text"),
    [
        ("E", "she knocked her head on the table and havent stopped being sick since"),
        ("E", "cut my arm on glass and it hasnt stopped bleeding, soaked 3 towels"),
        ("!E", "hit my head this morning, no vomiting, hasnt stopped me going to work"),
    ],
)
def test_hasnt_stopped_is_still_going(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Fresh set 12's categories (worried parents at night), written before the rules changed, in
# other words than the set's, each group with look-alikes. Codes as above, and "U!E": at least
# urgent but no emergency (an amber feature, or a look-alike of a red one).
SET12_CATEGORIES: list[tuple[str, str]] = [
    # NICE NG143 red: bulging fontanelle, said with the words between and as a verb
    (
        "E",
        "my 6 month old has a temperature and the soft spot at the top of her head looks raised "
        "and tight",
    ),
    (
        "E",
        "baby is 4 months, feverish, and the fontanelle on his head seems to be bulging out today",
    ),
    ("E", "宝宝五个月发烧，头顶那个囟门摸起来鼓鼓的"),
    ("E", "BB七個月發燒，頭頂個囟門凸咗出嚟"),
    ("!E", "my baby's soft spot is flat and she's feeding well, just a runny nose"),
    ("!E", "宝宝囟门是平的，没有鼓起来，就是有点流鼻涕"),
    ("!E", "her soft spot bulges a little when she cries and goes flat again when she settles"),
    # NICE NG143 red / NG240: the glass test's result said with 不会 / 没有 / 唔会 (the rash stays)
    ("E", "發燒，身上有紅點，用杯壓住都唔會褪色"),
    ("E", "孩子发烧，腿上有小红点，拿玻璃杯按着还是没有褪"),
    (
        "E",
        "my son's got a temperature and a rash, I rolled a glass over it and the spots didn't "
        "fade at all",
    ),
    ("!E", "宝宝身上有红疹，用玻璃杯压了一下就褪了，精神很好"),
    ("!E", "did the glass test on her rash and it faded straight away, no temperature"),
    # NICE NG143 red: mottled skin and a child who does not wake, in Cantonese
    ("E", "BB八個月發高燒，手仔腳仔有啲紫色花花"),
    ("E", "個女四個月，點叫都叫唔醒"),
    ("E", "宝宝六个月发烧，怎么叫都叫不醒"),
    ("!E", "宝宝手脚有点凉，但是精神很好，吃奶正常"),
    ("!E", "BB塊面啲濕疹紅紅哋一忽忽，好痕"),
    # NICE NG9 / NHS.uk bronchiolitis (call 999): pauses in breathing; blue around the mouth
    ("E", "my 7 week old with bronchiolitis keeps pausing in her breathing for a few seconds"),
    ("E", "宝宝一个月，睡觉时呼吸停了好几秒才又喘气"),
    ("E", "BB兩個月，瞓覺嗰陣停咗唔抖氣成十秒"),
    ("E", "宝宝咳嗽，嘴巴四周有点发青"),
    ("!E", "my newborn breathes fast then slow when asleep, no pauses, pink and feeding well"),
    ("!E", "宝宝吃了蓝莓，嘴巴周围都是紫色的"),
    # NHS.uk intussusception (A&E): bouts of screaming with the legs drawn up and pale or sick,
    # redcurrant-jelly poo
    (
        "E",
        "my 1 year old has bouts of screaming every quarter of an hour, drawing his legs up to "
        "his tummy, and he's gone really pale",
    ),
    ("E", "baby's poo looks like redcurrant jelly, she's 8 months and crying on and off"),
    ("E", "宝宝九个月，一阵阵哭闹，两腿蜷起来，大便像红色果冻"),
    ("E", "BB十個月，一陣陣喊到縮埋對腳，屙啲紅色啫喱咁嘅屎"),
    (
        "!E",
        "my 6 week old cries every evening for hours and pulls her knees up, otherwise feeding "
        "and gaining weight well",
    ),
    ("!E", "宝宝两个月，每天傍晚哭闹，腿蜷着，吃奶好，体重增长正常"),
    ("!E", "my toddler ate a lot of strawberry jelly at the party and his nappy was a bit red"),
    # TOXBASE / NHS poisoning: iron tablets (and a child's tablets said with 'some of')
    ("E", "my 4 year old ate a couple of my iron supplements, she seems fine"),
    ("E", "my son ate some of his sister's tablets, about 4 of them"),
    ("E", "儿子两岁，把我的补铁片吃了五六粒，现在看着没事"),
    ("E", "個女三歲，食咗幾粒我啲鐵丸"),
    (
        "!E",
        "my 5 year old takes an iron supplement every day from the GP, any tips for constipation?",
    ),
    ("!E", "我在吃补铁片，最近有点便秘"),
    ("!E", "my toddler ate some of the grapes off my plate"),
    # NICE NG232: under 1 year, a swelling of more than 5 cm on the head after an injury
    (
        "E",
        "my 10 month old fell off the bed and has a huge soft lump on her head, the size of an egg",
    ),
    ("E", "宝宝七个月从尿布台上摔下来，头上鼓了一个很大的软包"),
    ("E", "BB九個月由梳化跌落地，個頭腫咗一大嚿，好似雞蛋咁大"),
    ("!E", "my 3 year old bumped her head on the table, small bump, playing normally"),
    ("!E", "宝宝十个月撞到桌角，额头起了个小包，玩得很好"),
    # NHS.uk dehydration (999: no pee all day); NICE NG143 floppy with vomiting and diarrhoea
    ("E", "宝宝八个月，上吐下泻，从昨天中午到现在都没有尿过"),
    ("E", "BB六個月又嘔又肚屙，成個人軟趴趴"),
    ("U", "宝宝吐了两次，头顶囟门有点凹下去"),
    ("U", "the soft spot on my baby's head looks a bit sunken and she's had fewer wet nappies"),
    ("!E", "宝宝拉肚子一天，尿布还是湿的，精神好"),
    # NICE CKS / NHS.uk croup: stridor only when upset is mild (urgent GP); at rest, or with the
    # chest sucking in, an emergency
    (
        "U!E",
        "my 3 year old has a barking cough and a whistly noise breathing in only when he gets "
        "upset, fine when settled",
    ),
    ("U!E", "儿子两岁，咳得像小狗叫，哭闹的时候吸气有响声，不哭就没有"),
    ("U!E", "個仔三歲，咳到好似海豹咁，喊嘅時候先有吸氣聲，靜落嚟就冇"),
    ("E", "my 2 year old has croup and the noise breathing in is there even when she's resting"),
    ("E", "女儿三岁，犬吠样咳嗽，安静时吸气也有响声"),
    (
        "E",
        "croup, a squeaky noise breathing in when she cries, and now her tummy is sucking in "
        "under the ribs",
    ),
    # NICE NG143: no smile is amber, no response to social cues red
    (
        "U!E",
        "my 10 month old has a temperature of 38.6 and isn't smiling like usual, still feeding",
    ),
    ("U!E", "宝宝九个月发烧38.7，今天逗他也不笑，还在喝奶"),
    ("E", "my 9 month old has a fever and doesn't respond to me at all, just stares"),
    # NICE NG143: nasal flaring is amber, grunting and chest indrawing red
    ("U!E", "my 7 month old has a fever and her nostrils flare when she breathes, no sucking in"),
    ("U!E", "宝宝十个月发烧，呼吸快，鼻翼一扇一扇的，肋骨下面没有凹进去"),
    ("E", "baby 5 months with nostrils flaring and grunting with each breath"),
    # NICE NG143 amber: rigors (shaking with a fever, teeth chattering, aware) are no fit
    (
        "U!E",
        "4 year old with a temperature of 39.8, shaking uncontrollably and teeth chattering, but "
        "he's talking to me",
    ),
    ("U!E", "孩子发高烧一直打冷颤，这是惊厥吗？"),
    ("E", "my 2 year old has a fever and is shaking all over, eyes rolled back, not responding"),
    ("E", "发烧时突然全身抽搐，叫不应"),
    ("E", "宝宝发烧，突然全身抽搐，眼睛往上翻，这是惊厥吗？"),
    # NHS.uk breath-holding spells (a GP): blue when cross or crying, coming round in seconds
    (
        "!E",
        "my 18 month old holds his breath when he's angry until his lips go blue, then he's fine "
        "straight after",
    ),
    ("!E", "女儿一岁半，一发脾气哭就憋气，嘴唇发紫，几秒钟就缓过来了"),
    ("E", "my 2 year old went blue around the lips while eating and is struggling to breathe"),
    ("E", "孩子哭着哭着突然嘴唇发紫，叫不醒"),
]


@pytest.mark.parametrize(("expected", "text"), SET12_CATEGORIES)
def test_set12_categories_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    if expected == "U!E":
        assert_reaches(rules, "U", text)
        assert_reaches(rules, "!E", text)
    else:
        assert_reaches(rules, expected, text)


# Pauses in breathing while snoring are sleep apnoea (NHS.uk snoring: a GP), and a negation
# before "seeing someone" reaches what they were seen doing (没见过他停止呼吸).
@pytest.mark.parametrize(
    ("expected", "text"),
    [
        (
            "!E",
            "my 4 year old snores loudly every night and sometimes stops breathing for a few "
            "seconds",
        ),
        ("!E", "女儿五岁，晚上打鼾很响，有时候呼吸停顿一下"),
        ("!E", "宝宝晚上睡觉很安静，从没见过她呼吸暂停"),
        ("E", "宝宝两个月，刚才睡着睡着呼吸停了十几秒，脸都青了"),
    ],
)
def test_set12_breathing_pauses_while_snoring(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Items left open by earlier sessions (rules-n), each written from its published source in
# other words than the example that raised it, with look-alikes that must not change. Every
# group failed on main at 89c7f11 before its fix.

# 1. NHS.uk blue skin or lips (cyanosis): the sign is the colour of the skin or lips from too
# little oxygen; a coloured food, drink or dye that stained them is no cyanosis (the colour
# with a breathing problem still is an emergency).
COLOUR_STAIN: list[tuple[str, str]] = [
    ("!E", "my daughter had a blue raspberry slushie and now her lips look blue"),
    ("!E", "his tongue and lips are purple after a blackcurrant lolly"),
    ("!E", "lips went blue from the blue sweets at the party, he's running about fine"),
    ("!E", "she's been eating blueberries and her lips are blue"),
    ("!E", "孩子吃了蓝色的棒棒糖，嘴唇都是蓝的"),
    ("!E", "喝了葡萄汁，嘴唇发紫"),
    ("!E", "食咗蓝莓，個嘴唇紫晒"),
    ("E", "ate a blue lolly earlier but now his lips are blue and he's struggling to breathe"),
    ("E", "吃了蓝莓以后嘴唇发紫，喘不上气"),
    ("E", "my baby's lips have gone blue"),
    ("E", "宝宝嘴唇发紫"),
]

# 2. Manchester Triage major trauma: a high-energy mechanism is a vehicle striking a person,
# not a part of a parked or passing car brushing them (a wing mirror, a door).
VEHICLE_PART: list[tuple[str, str]] = [
    ("!E", "got hit by a car wing mirror on my way to work, elbow is sore"),
    ("!E", "I was hit by a van's side mirror when it passed me, bruised shoulder"),
    ("!E", "hit by a car door when my friend opened it, small cut on my shin"),
    ("!E", "被汽车的后视镜刮到手臂，有点淤青"),
    ("E", "my son was hit by a car outside school"),
    ("E", "hit by a van while crossing, can't move my leg"),
    ("E", "被车撞了，腿动不了"),
]

# 4. NHS.uk angina: diagnosed angina whose pain and breathlessness on exertion stop within
# minutes with rest or GTN, as they usually do, is a GP matter (non_urgent); pain not
# settling after GTN is a 999 call.
STABLE_ANGINA: list[tuple[str, str]] = [
    (
        "!E",
        "I've got angina, got breathless and tight across the chest on the hill, "
        "it eased with rest like it usually does",
    ),
    (
        "!E",
        "known angina, short of breath and chest pain when I climb stairs, went away with "
        "my gtn spray as it always does",
    ),
    ("!E", "我有心绞痛，爬楼梯时胸闷气短，休息一下就好，跟平时一样"),
    (
        "E",
        "I've got angina, chest pain and breathless, used my gtn spray twice and it's still there",
    ),
    ("E", "我有心绞痛，胸痛气短，喷了两次硝酸甘油还是痛"),
]


@pytest.mark.parametrize("text", [t for e, t in STABLE_ANGINA if e == "!E"])
def test_stable_angina_settling_as_usual_is_a_gp_matter(rules: RuleSet, text: str) -> None:
    level, hits = rules_only_level(text, rules)
    assert level is Disposition.NON_URGENT, (level, [h.rule_id for h in hits])


# 5. NHS.uk glass test: only a rash that does not fade under the glass is the sign; the glass
# named without its result, or a rash that faded, is not.
GLASS_TEST: list[tuple[str, str]] = [
    ("!E", "my son has a temperature and a rash, I've got a glass to press on it"),
    ("!E", "fever and spots, what does it mean if the rash is under a glass"),
    ("!E", "she has a fever, I pressed a tumbler on the rash and it went away"),
    ("E", "my son has a temperature and the rash is still there under the glass"),
    ("E", "fever and a rash that doesn't fade when I press a glass on it"),
    ("E", "发烧，皮疹用玻璃杯压了还看得到"),
]

# 6. An apostrophe inside a phrase: "won't stop" / "can't stop" between a phrase's words says
# the sign goes on (no negation), and "throat's" is "throat is" (Resuscitation Council UK
# anaphylaxis: airway swelling; NHS.uk angioedema).
APOSTROPHES: list[tuple[str, str]] = [
    ("U", "after the peanut my lips won't stop swelling"),
    ("E", "stung by a wasp and his tongue can't stop swelling, he's wheezing"),
    ("E", "ate prawns and my throat's closing up"),
    ("E", "she had a bee sting and her throat's getting tight"),
    ("!E", "my lips aren't swelling, just a bit itchy after the peanut"),
    ("!E", "after the bee sting my throat's fine, just a sore arm"),
]

# 8. Cantonese 有咗 (expecting): "有咗三个月", "佢有咗" say pregnancy (NICE NG126 pain or
# bleeding in early pregnancy; NHS ectopic pregnancy), "有咗好多功课" does not.
CANTONESE_EXPECTING: list[tuple[str, str]] = [
    ("E", "我有咗两个月，一边肚好痛，仲晕晕哋差啲晕低"),
    ("E", "老婆有咗六个礼拜，右边下腹好痛，头好晕"),
    ("E", "我有咗，一边小腹剧痛，头好晕"),
    ("U", "有咗三个月，今日有啲落红"),
    ("!E", "我有咗好多功课，做到头痛"),
    ("!E", "个肿有咗三个月，唔痛"),
]

# 9. Cantonese / Hong Kong "BB" alone is a baby (NICE NG143: a baby's fever is judged by age).
BB_BABY: list[tuple[str, str]] = [
    ("U", "我BB发烧，唔知几大要唔要睇医生"),
    ("E", "BB发高烧，成个人软晒，叫极都唔醒"),
    ("E", "我BB成身软晒，唔肯食奶"),
    ("!E", "BB霜用完了，皮肤有啲干"),
    ("!E", "bought a BB cream and my face is a bit red"),
]

# 10. NHS.uk ectopic pregnancy (call 999: sharp, sudden, intense tummy pain with feeling very
# dizzy or fainting, when you could be pregnant) and NHS.uk stomach ache: a period word does
# not make the worst pain of one's life with faintness ordinary period pain, and a late period
# with severe one-sided pain is a possible ectopic; ordinary period pain stays below.
PERIOD_WORDS: list[tuple[str, str]] = [
    ("E", "period pain, worst of my life and I feel faint"),
    ("E", "the worst cramps I've ever had on my period and I keep nearly passing out"),
    ("E", "my period is a week late, severe pain low on one side"),
    ("E", "period's two weeks late and I've got agonising pain on my left side, feel faint"),
    ("E", "来月经痛到从来没有咁痛过，差点晕倒"),
    ("E", "月经推迟了十天，左下腹剧痛"),
    ("!E", "period pain is the worst this month, hot water bottle is helping"),
    ("!E", "on my period, cramps are bad, took ibuprofen"),
    ("!E", "痛经好厉害，吃了止痛药好一点"),
]

RULES_N = [
    *COLOUR_STAIN,
    *VEHICLE_PART,
    *STABLE_ANGINA,
    *GLASS_TEST,
    *APOSTROPHES,
    *CANTONESE_EXPECTING,
    *BB_BABY,
    *PERIOD_WORDS,
]


@pytest.mark.parametrize(("expected", "text"), RULES_N)
def test_open_items_closed_from_their_sources(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# NICE / RCOG postpartum (the six weeks after birth): the birth said with the verb "deliver"
# and a time ("delivered 3 days ago", "she delivered last week"), as mothers and notes say it,
# with a postpartum haemorrhage sign (NHS.uk: soaking a pad an hour after birth is 999). A
# parcel delivered days ago with a period is not a birth.
DELIVERED: list[tuple[str, str]] = [
    ("E", "delivered 3 days ago, soaked 4 pads in an hour"),
    ("E", "my wife delivered last week and is soaking through a pad every hour now"),
    ("E", "I delivered on Monday by c section and now I'm bleeding through pads with big clots"),
    ("E", "she delivered 10 days ago, now short of breath and coughing up blood"),
    ("!E", "my parcel was delivered 3 days ago, my period is heavy, changing pads every 3 hours"),
    ("!E", "I delivered leaflets all day and my feet are sore"),
]


# Resuscitation Council UK 2021 anaphylaxis: an airway problem after a trigger. Stridor as a
# lay person describes it (a high-pitched noise when breathing in), after a food, sting or
# medicine, is the airway problem; noisy breathing with a cold, or a high-pitched voice, is not.
STRIDOR_AFTER_TRIGGER: list[tuple[str, str]] = [
    ("E", "ate peanuts, now high-pitched noisy breathing"),
    ("E", "stung by a wasp 10 min ago and there's a high pitched noise when she breathes in"),
    ("E", "after the prawns he's making a harsh noise when breathing in"),
    ("E", "took the new antibiotic and now a high-pitched sound every time I breathe in"),
    ("E", "吃了花生之后，孩子吸气时有尖尖的声音"),
    ("!E", "感冒鼻塞，睡觉呼吸有点响"),
    ("!E", "ate peanuts at lunch, fine, just a blocked nose and noisy breathing from my cold"),
    ("!E", "had prawns last night, today a high-pitched voice from shouting at the match"),
]


@pytest.mark.parametrize(("expected", "text"), STRIDOR_AFTER_TRIGGER)
def test_stridor_described_after_a_trigger_is_an_airway_problem(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), DELIVERED)
def test_a_birth_said_as_delivered_with_a_time_is_postpartum(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


# Fresh four-level sets 13 (clinician notes) and 14 (forum posts), red-flag side: each
# category in other words than the sets' rows, with look-alikes, each seen failing first.

# 1. NHS heart attack ("pressure, tightness or squeezing", "like a heavy weight"): the weight
# on the chest said as any heavy object (a car, a lorry, a ton of bricks, an anvil), and a
# weight sitting on another person's chest.
CHEST_WEIGHT: list[tuple[str, str]] = [
    ("E", "my dad says it's like a truck is parked on his chest"),
    ("E", "feels like a ton of bricks on my chest, sweating"),
    ("E", "like there's a lorry sitting on my chest and it won't ease"),
    ("E", "she says there's a heavy weight on her chest and she's clammy"),
    ("E", "it's like an anvil on my chest"),
    ("E", "胸口好像压了一块大石，出冷汗"),
    ("!E", "the car was parked on my street, chest is fine"),
    ("!E", "carried a ton of bricks at work, my arms ache"),
    ("!E", "my cat sleeps on my chest at night and purrs"),
]

# 2. NICE NG232 head injury: the head named by its parts in notes (occiput, temple,
# occipital), with an NG232 sign (vomiting more than once, GCS below 15, anticoagulants).
HEAD_PARTS: list[tuple[str, str]] = [
    ("E", "fell backwards and hit her occiput on the kerb, vomited x2 since"),
    ("E", "slipped, struck R temple on the table edge, on rivaroxaban"),
    ("E", "fall from standing, occipital haematoma, GCS 14"),
    ("E", "摔倒后枕部着地，呕吐两次"),
    ("E", "跌倒时太阳穴撞到桌角，之后吐了两次"),
    ("!E", "tension headache at the temples, worse with screen time"),
    ("!E", "occipital headache after a long day at the desk, no injury"),
    # a fall may hide a head injury: unequal pupils after it, or with drowsiness (found when
    # walk 10's care-home uncle lost the old stroke word that had caught him)
    ("E", "pupils unequal and she's very drowsy after a fall in the care home"),
    ("E", "my dad tripped last night and today one pupil is larger than the other"),
    ("E", "外婆昨晚跌倒，今天瞳孔一大一小"),
    ("!E", "my pupils have always been slightly different sizes, optician says it's normal"),
]

# 3. NHS carbon monoxide poisoning (symptoms in others in the house, better away from home,
# a boiler, fire, heater or other fuel-burning appliance): US and Taiwanese words for the
# appliance (furnace, space heater, generator, wood stove, 瓦斯爐) and others ill said by
# number ("all three of us") or as 家里其他人也.
CARBON_MONOXIDE: list[tuple[str, str]] = [
    ("E", "all three of us have headaches and feel sick since the furnace came on"),
    ("E", "we've been running a generator in the garage, my wife and I both dizzy with headaches"),
    ("E", "space heater on all night, all 4 of us woke up with pounding headaches and nausea"),
    ("E", "用了炭火取暖后头痛、想吐，家里其他人也头晕"),
    ("E", "開了瓦斯爐取暖，頭痛想吐，家中另外兩個人也頭暈"),
    ("!E", "the furnace is broken and the house is cold, I have a cold with a headache"),
    ("!E", "all three of us have colds, runny noses and a bit of a headache"),
]

# 4. NICE CKS acute limb ischaemia (the 6 Ps: pain, pallor, pulselessness, perishing cold,
# paraesthesia, paralysis): pallor and cold listed in notes' order with commas, and
# clinicians' pulselessness with a sudden onset.
LIMB_ISCHAEMIA: list[tuple[str, str]] = [
    ("E", "R foot suddenly pale, cold and numb since this morning"),
    ("E", "arm went pale, cold, painful an hour ago, can't move fingers"),
    ("E", "sudden onset painful leg, pedal pulses absent, foot cold"),
    ("E", "左腿突然苍白、发凉、疼痛，足背动脉搏动消失"),
    ("!E", "fingers go pale then blue in the cold, warm up after, known Raynaud's"),
    ("!E", "diabetic foot review, foot pulses palpable, skin a bit dry"),
]

# 5. Past history as clinicians write it (NICE CKS: past history is a risk factor, not the
# current complaint): "PMH", "h/o", "hx of", a heading "PMH:" or 既往史：, an event dated by a
# bare year ("NSTEMI 2018", "(2019)"), "N yrs ago", a relative's event at an age (40岁时),
# and a pain on the side of an old stroke (中风那边). The same sign said now still fires.
HISTORY_IN_NOTES: list[tuple[str, str]] = [
    ("!E", "65F PMH TIA 2019, on clopidogrel. Now 3/7 dry cough, obs normal."),
    ("!E", "PMHx: anaphylaxis to peanuts. Today hay fever, sneezing, itchy eyes."),
    ("!E", "h/o MI, stents. Presents with a sprained ankle, weight-bearing."),
    ("!E", "Background: CVA 2015 with residual L weakness (unchanged). Now earwax."),
    ("!E", "anaphylaxis to bee sting (2017), now a mild sunburn on the shoulders"),
    ("!E", "Past medical history: stroke, hypertension. Now a sore throat for 2 days."),
    ("!E", "had a heart attack 3 yrs ago, now a cold sore on my lip"),
    ("!E", "既往史：脑梗。今天感冒流鼻涕，咽痛。"),
    ("!E", "我爸五十岁时心梗，我今天跑步后小腿酸"),
    ("!E", "阿妈三年前中过风，而家中风那边手有啲肿"),
    ("!E", "my mum had a stroke years ago and her stroke side shoulder aches when she lifts it"),
    ("E", "PMH stroke 2020. Now sudden new L arm weakness and slurred speech since 1h."),
    ("E", "PMH anaphylaxis to peanuts, ate satay 10 min ago, lips swelling and wheezy"),
    ("E", "h/o MI 2018, now crushing central chest pain radiating to jaw, sweaty"),
    ("E", "既往脑梗病史，今天突然口角歪斜，说话不清"),
    ("!E", "is it normal to feel so tired after a stroke? mine was in spring"),
    ("!E", "since my heart attack I get anxious on stairs, my cardiologist says I'm fine"),
    ("!E", "脑梗以后常见手脚发麻吗？医生说恢复得不错"),
    ("E", "after my stroke last year I'm on aspirin, now sudden slurred speech and face drooping"),
]

# 6. NICE CKS / NHS: a friend is outside the household; a friend's past overdose with the
# writer fine is not the writer's (other-person cue with "best", "close" before "friend").
FRIENDS: list[tuple[str, str]] = [
    ("!E", "I'm fine, but my best friend took an overdose and I keep having nightmares"),
    ("!E", "my close friend had a stroke last year and I worry about my own blood pressure"),
    ("!E", "我没事，我闺蜜去年吃药自杀过，我最近睡不好"),
    ("E", "my best friend just swallowed a whole box of paracetamol, what do I do"),
]

# 7. NICE NG225 / NHS help for suicidal thoughts: passive wishes not to wake up are
# thoughts of death, not unconsciousness: an emergency said alone, urgent with no plan.
PASSIVE_WISH: list[tuple[str, str]] = [
    ("E", "I wish I could go to sleep and not wake up"),
    ("E", "honestly I'd be better off not waking up tomorrow"),
    ("!E", "passive thoughts he'd be better off not waking up, no plan, no intent"),
    ("U", "passive thoughts he'd be better off not waking up, no plan, no intent"),
    ("E", "我希望睡着了就别再醒过来"),
    ("!E", "some nights I wish I wouldn't wake up, but no plan, I'd never act on it"),
    ("!E", "I think everyone would be better off if I didn't wake up, I have no plan or intent"),
    ("U", "some nights I wish I wouldn't wake up, but no plan, I'd never act on it"),
]

# 8. Chinese: not wanting to die (不想死, 不想轻生, 唔想死) is no wish to die; 不想活 stays.
NOT_WANTING_TO_DIE: list[tuple[str, str]] = [
    ("!E", "我不想自杀，只是最近压力大睡不好"),
    ("!E", "我唔想死，但系成日好攰，想搵人倾下"),
    ("!E", "我还年轻不想死，体检有个结节好担心"),
    ("E", "我真的不想活了"),
    ("E", "我想死，药都准备好了"),
]

# 9. NICE CKS red eye: eyes that cannot be kept open in light or for pain (photophobia) are
# no reduced consciousness; a person whose eyes will not open when called still is.
PHOTOPHOBIA: list[tuple[str, str]] = [
    ("!E", "眼睛好痛，一见光就睁不开眼"),
    ("!E", "右眼疼得睁不开，流眼泪"),
    ("!E", "太阳一晒眼睛刺得睁不开"),
    ("E", "我爸叫他也睁不开眼，叫不醒"),
]

# 10. NHS cuts and grazes: adhesive strips (steri-strips) are a dressing, never typed STEMI.
DRESSINGS: list[tuple[str, str]] = [
    ("!E", "the nurse closed the cut with steri strips, is it ok to shower"),
    ("!E", "steri-strip came off my knee cut, should I put a new one on?"),
    ("E", "crushing chest pain, sweating, paramedic said it's a STEMI"),
]

SETS_13_14 = [
    *CHEST_WEIGHT,
    *HEAD_PARTS,
    *CARBON_MONOXIDE,
    *LIMB_ISCHAEMIA,
    *HISTORY_IN_NOTES,
    *FRIENDS,
    *PASSIVE_WISH,
    *NOT_WANTING_TO_DIE,
    *PHOTOPHOBIA,
    *DRESSINGS,
]


@pytest.mark.parametrize(("expected", "text"), SETS_13_14)
def test_sets_13_14_categories_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# 11. A history header ("PMH:", "Background -", 既往史：) lists past conditions; a time of the
# current episode after it ends the list even in one unpunctuated or comma-run line: a time
# within hours ("an hour ago", "just now", 刚刚, 半小时前), a duration in minutes or hours ("for
# 40 min", 40分钟) or a sudden onset ("suddenly", "sudden onset", 突然). NHS.uk: call 999 for
# stroke signs, chest pain with sweating, breathing so hard you cannot speak, blue lips, a fit
# that will not stop or someone who will not wake. What the list itself names stays history.
HISTORY_HEADER_THEN_NOW: list[tuple[str, str]] = [
    ("E", "Background - asthma since a kid and tonight I can't breathe and my lips are going blue"),
    ("E", "PMH: MI 2019 now crushing chest pain for 40 min sweating"),
    ("E", "既往史：高血压 现在突然说不出话 右边手脚没力"),
    ("E", "PMH: MI 2019 crushing chest pain for 40 min sweating"),
    ("E", "Background - MI 2019 crushing chest pain started an hour ago, clammy"),
    ("E", "PMH - peanut allergy just ate satay throat closing up and can't breathe"),
    ("E", "PMH - peanut allergy, ate a peanut cookie 5 minutes ago, throat closing up"),
    ("E", "Background: hypertension, suddenly slurred speech and face drooping"),
    ("E", "PMH: HTN sudden slurred speech and his face has dropped on one side"),
    ("E", "PMH: HTN, T2DM, sudden onset worst headache of my life an hour ago"),
    ("E", "PMH: epilepsy, fitting for 10 minutes and won't wake up"),
    ("E", "Background: diabetes, collapsed 20 mins ago and not breathing"),
    ("E", "既往史：高血压，突然说不出话，右边手脚没力"),
    ("E", "既往史：哮喘，刚刚喘不上气，嘴唇发紫"),
    ("E", "既往史：冠心病，胸口压榨样痛40分钟，一直出冷汗"),
    ("E", "既往史：癫痫，抽搐了十五分钟还叫不醒"),
    ("E", "過去史：高血壓，忽然口角歪斜，講話不清楚"),
    ("!E", "PMH: MI 2019, stroke 2021. Today a sore throat."),
    ("!E", "PMH: MI 2019, stroke 2021, today here for a repeat prescription"),
    ("!E", "Background - asthma since a kid, anaphylaxis to nuts 2010. Tonight a runny nose."),
    ("!E", "PMH: stroke with residual L arm weakness, anaphylaxis to nuts; today a cold"),
    ("!E", "PMH: sudden cardiac arrest 2015, ICD fitted, here for a cough"),
    ("!E", "PMH: epilepsy (last seizure 2019), here for a sick note"),
    ("!E", "既往史：脑梗，心梗。今天咳嗽有痰。"),
    ("!E", "既往史：中风，右侧偏瘫，癫痫 今天来开药"),
    ("!E", "既往史：哮喘，青霉素过敏性休克，今天嗓子痛一天"),
    # a time in the list that dates an old event keeps it history
    ("!E", "PMH: SAH 2012 (sudden onset headache), clipped; today a cold"),
    ("!E", "Background: stroke, sudden onset 2019, residual L weakness, here for BP check"),
    ("!E", "PMH - anaphylaxis to wasp sting 2016, seizure for 5 minutes in 2018; sick note"),
    ("!E", "既往史：脑梗（2019年突然偏瘫），今天来开药"),
]


# 12. A year-like number before a bracket dates history in notes ("stroke 2022 (left side
# weak)"), but a 24-hour time is written the same way ("found 1930 (wife called)"): the bracket
# dates only what comes before it and inside it, and a valid clock time whose entry goes on in
# the current episode ("still", "now" after an event verb, "10 min ago") is no year. NHS.uk 999:
# unconscious or not breathing, a fit that will not stop, stroke signs.
CLOCK_TIME_BEFORE_A_BRACKET: list[tuple[str, str]] = [
    ("E", "found him on the floor 1930 (wife called) unresponsive"),
    ("E", "found on the floor 1930 (wife called) not responding at all"),
    ("E", "collapsed 2015 (daughter rang 999) now breathing noisily"),
    ("E", "collapsed 2015 (daughter rang 999) and still not waking up"),
    ("E", "found him 2010 (carer called us) unresponsive and breathing oddly"),
    ("E", "she collapsed at home 1950 (son called) and isn't breathing"),
    ("E", "started fitting 2005 (about 10 min ago) still fitting"),
    ("E", "2015 (20 minutes ago) sudden slurred speech and face drooping"),
    ("E", "fell 1945 (neighbour heard it) now can't lift his arm and face drooping"),
    ("!E", "stroke 2022 (left side weak), here for a BP check"),
    ("!E", "stroke 2022 (left side weak) now here for a BP check"),
    ("!E", "anaphylaxis to peanuts 2010 (adrenaline given), here for a flu jab"),
    ("!E", "collapsed 2015 (vasovagal), well since, here for a cough"),
    ("!E", "seizure 2018 (febrile, aged 2), now a cold"),
    ("!E", "CVA 2019 (residual L hemiparesis) unchanged, med review"),
    ("!E", "anaphylaxis 1998 (wasp sting) now carries an adrenaline pen, here for a refill"),
    ("!E", "stroke 2019 (left sided) residual weakness left arm, here for review"),
    ("!E", "collapsed 2015 (vasovagal) now fine, here for a cough"),
    ("!E", "MI 2019 (PCI to LAD) chest pain free since, here for statin review"),
    ("!E", "TIA 2020 (R arm weakness and slurred speech) fully resolved, BP check today"),
]


@pytest.mark.parametrize(("expected", "text"), CLOCK_TIME_BEFORE_A_BRACKET)
def test_a_clock_time_before_a_bracket_is_no_past_year(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


# 13. NHS.uk stroke (FAST: an arm weak or numb, said with no other cause) against NHS.uk
# shoulder pain and dislocated shoulder (an arm that cannot be moved after an injury to it:
# urgent treatment centre or A&E): an arm that cannot be lifted after an injury of that
# shoulder or arm is the injury, urgent, not a stroke; a fall alone, or another stroke sign
# beside it, stays an emergency.
ARM_AFTER_SHOULDER_INJURY: list[tuple[str, str]] = [
    ("!E", "can't lift my arm after a shoulder injury"),
    ("U", "can't lift my arm after a shoulder injury"),
    ("!E", "I fell on my shoulder yesterday and now I can't lift my arm above my head"),
    ("U", "I fell on my shoulder yesterday and now I can't lift my arm above my head"),
    ("!E", "dislocated my shoulder playing rugby, can't lift my arm"),
    ("U", "dislocated my shoulder playing rugby, can't lift my arm"),
    ("!E", "摔了一跤肩膀着地，现在胳膊抬不起来"),
    ("U", "摔了一跤肩膀着地，现在胳膊抬不起来"),
    ("E", "hurt my shoulder last week, now suddenly can't lift my arm and my face is drooping"),
    ("E", "he fell and now he can't lift his arm and his speech is slurred"),
    ("E", "my dad suddenly can't lift his arm"),
    ("E", "上周肩膀扭伤了，今天突然说话不清楚，胳膊抬不起来"),
]


@pytest.mark.parametrize(("expected", "text"), ARM_AFTER_SHOULDER_INJURY)
def test_an_arm_that_cannot_be_lifted_after_its_injury_is_no_stroke(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


@pytest.mark.parametrize(("expected", "text"), HISTORY_HEADER_THEN_NOW)
def test_a_time_of_the_current_episode_ends_a_history_header(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


# 14. NHS.uk 999 "unconscious or not responding" / MTS "unresponsive" / AVPU (U): a person
# who does not respond, said with "respond" as a verb or "no response" with a person or a
# shake, in English and Chinese; a pet, an email or a treatment that does not respond is no
# person.
NOT_RESPONDING_SAID_OTHERWISE: list[tuple[str, str]] = [
    ("E", "we found grandad slumped in his chair, not responding"),
    ("E", "found her lying in the bathroom not responding"),
    ("E", "my husband won't respond to anything I say, he's just lying there"),
    ("E", "she doesn't respond even when I shake her shoulders"),
    ("E", "I shook him and there's no response at all"),
    ("E", "no response when we call his name or pinch him"),
    ("E", "我老公倒在厕所里，怎么叫都没反应"),
    ("E", "奶奶躺在床上喊她没有反应"),
    ("E", "阿爷瞓喺地下，叫佢都冇反應"),
    ("!E", "the cat won't respond to its name, is that normal"),
    ("!E", "I've emailed the surgery twice and had no response"),
    ("!E", "his cough isn't responding to the antibiotics"),
    ("!E", "my rash doesn't respond to the cream"),
    ("!E", "the council is not responding to our complaints about damp"),
    ("E", "he is not responding to anything we say"),
]

# 15. NHS.uk stroke ("sudden weakness or numbness on one side of the body"; FAST arm) said as a
# noun phrase ("left arm weakness", "weakness in the right leg") or a limb that "went weak",
# in English and Chinese; long-standing or explained weakness, and weakness all over, are no
# new stroke sign.
LIMB_WEAKNESS_AS_A_NOUN: list[tuple[str, str]] = [
    ("E", "sudden right arm weakness that started at lunch"),
    ("E", "new left leg weakness this afternoon"),
    ("E", "weakness in his left arm came on an hour ago"),
    ("E", "she has weakness of her right hand since she woke up"),
    ("E", "his left leg suddenly went weak"),
    ("E", "sudden numbness down the right side of her body"),
    ("E", "我爸右手突然没力了"),
    ("E", "她左腿突然使不上劲"),
    ("!E", "long-standing left arm weakness from a nerve injury years ago, needs a repeat script"),
    ("!E", "my arms feel weak after doing weights at the gym"),
    ("E", "my left arm suddenly went weak after the gym"),
    ("!E", "some weakness in both legs after the gym yesterday"),
    ("!E", "I feel weak all over and tired with this cold"),
    ("!E", "做完运动手臂有点没力"),
]

# 16. BTS/SIGN acute severe asthma and MTS "inability to talk in sentences", NHS.uk 999 "so
# breathless you cannot speak": breathless said with "so ... cannot speak", "out of breath to
# talk", or talk cut off for breath, in English and Chinese; shyness or a sore throat is no
# breathlessness.
TOO_BREATHLESS_TO_SPEAK: list[tuple[str, str]] = [
    ("E", "he is so breathless he can't speak"),
    ("E", "I'm so short of breath I can barely talk"),
    ("E", "she is too out of breath to speak"),
    ("E", "my son is too winded to talk properly"),
    ("E", "我喘得话都讲不出来"),
    ("E", "他上气不接下气，话都说不完"),
    ("!E", "my voice is hoarse and it hurts to talk"),
    ("!E", "out of breath after running for the bus but fine now"),
]

# 17. NHS.uk epilepsy and febrile seizures (999: a seizure lasting more than 5 minutes, one
# after another, still shaking): a fit that is still going, said without the word fit in its
# own clause ("this one has gone on for ...", "still shaking"), or as 还在抽 / 抽完又抽;
# NHS.uk febrile seizures: a repeat short febrile seizure in a child who has had them before is
# a GP or 111 today (urgent). Nerves, a tremor or an eyelid twitch are no fit.
SEIZURE_STILL_GOING: list[tuple[str, str]] = [
    ("E", "she had a seizure years ago, today's started ten minutes ago and she is still jerking"),
    ("E", "my daughter has epilepsy, this fit has lasted over 6 minutes"),
    ("E", "his seizure won't stop, it's been going for 8 minutes"),
    ("E", "the fits keep coming one after the other and he isn't waking up in between"),
    ("E", "孩子还在抽，已经五分钟多了"),
    ("E", "她抽完一次又接着抽一次，中间没醒"),
    ("U", "my son has had febrile seizures before and had another short one today"),
    ("U", "女儿以前有过高热惊厥，今天又抽了一次，一分钟就停了"),
    ("E", "my toddler is having a febrile fit right now"),
    ("U", "she has had febrile convulsions before and today had another short one, a minute"),
    ("U", "our boy has had febrile fits before and had another one tonight, it stopped quickly"),
    ("!E", "my son had a febrile convulsion two years ago and has been fine since"),
    ("!E", "my eyelid keeps twitching and won't stop"),
    ("!E", "my hands are still shaking after too much coffee"),
]

ROUND_Y = [
    *NOT_RESPONDING_SAID_OTHERWISE,
    *LIMB_WEAKNESS_AS_A_NOUN,
    *TOO_BREATHLESS_TO_SPEAK,
    *SEIZURE_STILL_GOING,
]


@pytest.mark.parametrize(("expected", "text"), ROUND_Y)
def test_danger_signs_said_in_other_grammar(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Fresh set 15's red-flag categories (rules-w), in other words than the set's rows.
# 1. A feared condition named in an alarmed question or worry ("am I having a stroke??", "is
# this a heart attack?", 是不是心梗, 好惊系咪脑出血) is not its sign: alone it is no emergency.
# Said with a sign of that condition it is one (NHS.uk heart attack and stroke: call 999 if you
# think someone is having one and they have its symptoms; RCUK / NHS.uk anaphylaxis the same).
# A plain statement ("I think I'm having a heart attack") stays an emergency.
FEARED_CONDITION: list[tuple[str, str]] = [
    ("!E", "is this a stroke?? I've had a dull headache since I woke up after a late night"),
    ("!E", "could this be a heart attack? I pulled something in my back lifting boxes"),
    (
        "!E",
        "Terrified this is a brain bleed!! my head has ached on and off since Monday, "
        "screens all week",
    ),
    ("!E", "is that heart attack territory?? my cholesterol came back at 6.8"),
    ("!E", "scared I'm having a mini stroke, my eyelid keeps twitching"),
    ("!E", "is this anaphylaxis?? a mozzie bite on my ankle has gone itchy and red"),
    ("!E", "系咪心脏病发作呀？食完火锅胃有啲胀"),
    ("!E", "好怕是脑出血，最近加班头有点胀痛"),
    ("E", "is this a heart attack? heavy pressure in my chest for 20 minutes going into my jaw"),
    ("E", "am I having a heart attack? my chest really hurts"),
    ("E", "scared it's a heart attack, there's a squeezing pain in the middle of my chest"),
    ("E", "是不是心梗了？胸口压着痛"),
    ("E", "會唔會係心臟病發？心口好痛"),
    ("E", "我是不是中风了？左边手脚突然没力"),
    ("E", "am I having a stroke? my speech sounds slurred"),
    ("E", "系咪中风呀？佢把口歪咗"),
    ("E", "I think I'm having a heart attack"),
    ("E", "worried it's a stroke, my dad's face dropped on one side an hour ago"),
    ("E", "is this anaphylaxis? my tongue is swelling and I'm wheezy"),
]

# 2. Minimising a danger sign is no negation of it: "not serious", "not an emergency", "nothing
# serious", 没什么大事, 没啥事, 冇咩事, 不严重 negate the matter, not the sign written after
# them without punctuation (MTS: the discriminator decides, not the caller's estimate).
MINIMISED: list[tuple[str, str]] = [
    ("E", "its not serious probably but my chest feels crushed and im sweaty"),
    ("E", "not urgent really just chest pain going to my jaw and sweating"),
    ("E", "nothing serious i think just my dad cant lift his right arm since lunch"),
    ("E", "no big deal but my lips went blue when i was coughing and i cant breathe"),
    ("E", "应该没什么大事胸口压着痛一直出冷汗"),
    ("E", "估计没啥事我爸突然说话说不清楚"),
    ("E", "應該冇咩事嘅佢突然講嘢唔清楚"),
    ("E", "不要紧的吧胸口压着痛出冷汗"),
    ("!E", "no chest pain, not serious, just a cough since Monday"),
    ("!E", "没什么大事，没有胸痛，就是有点咳嗽"),
    ("!E", "nothing serious, no sweating, just a sore throat"),
]

# 3. RCUK 2021 / NHS.uk anaphylaxis and angioedema: swelling of the lips, face or tongue with
# a changed voice (hoarse, croaky, raspy; 声音沙哑) is an airway problem whatever the trigger;
# a croaky voice with a cold and no swelling is not.
AIRWAY_VOICE: list[tuple[str, str]] = [
    ("E", "my tongue is swelling up and my voice has gone all raspy"),
    ("E", "lips puffed up after dinner and my voice sounds croaky"),
    ("E", "嘴唇肿起来了，声音也变沙哑了"),
    ("E", "佢塊面腫咗，把聲沙晒"),
    ("!E", "croaky voice with a cold for three days, no swelling"),
    ("!E", "lost my voice shouting at the football, throat a bit sore"),
    ("!E", "感冒三天，声音沙哑，嗓子有点痛"),
]

# 4. NICE NG232: the head named by its part as the subject that hit something (后脑勺撞到,
# 脑门磕在, the back of the head hit the floor) is a head injury.
HEAD_PART_SUBJECT: list[tuple[str, str]] = [
    ("E", "奶奶摔了一跤，后脑撞在地板上，现在一直吐"),
    ("E", "我爸吃着华法林，脑门磕在桌角上，现在迷迷糊糊的"),
    ("E", "阿嫲跌低咗，後尾枕撞到地下，之后嘔咗兩次"),
    (
        "E",
        "grandad slipped and the back of his head hit the kitchen tiles, "
        "he's been sick twice since",
    ),
    ("!E", "后脑勺有点痒，头皮屑很多"),
]

# 5. NHS.uk bruises: a blue or purple patch on a limb (一大块青紫, 青一块紫一块) is a bruise,
# not cyanosis; blue lips or a blue face stay an emergency.
BRUISE_COLOUR: list[tuple[str, str]] = [
    ("!E", "大腿上青紫了一大块，前天撞到桌角"),
    ("!E", "手臂上一块青紫，不痛，不记得在哪里碰的"),
    ("!E", "膝盖青一块紫一块的，踢球撞的"),
    ("E", "宝宝嘴唇青紫，喘得很厉害"),
    ("E", "我妈脸色青紫，叫不醒"),
]

# 6. NICE NG225: a time said with an intent not to act then ("今晚也不会做什么", "I won't do
# anything tonight") is no time in mind; a time said with the thoughts stays an emergency.
NO_ACT_TONIGHT: list[tuple[str, str]] = [
    ("!E", "这几周总有不想活的念头，没有计划，今晚不会做傻事，我妈陪着我"),
    ("!E", "成日谂住唔想活，冇计划，今晚唔会做咩，老公喺屋企"),
    ("U", "这几周总有不想活的念头，没有计划，今晚不会做傻事，我妈陪着我"),
    ("E", "我不想活了，打算今晚等家里人睡了就走"),
    ("E", "i don't want to be alive anymore, i've decided tonight is the night"),
]

SET_15 = [
    *FEARED_CONDITION,
    *MINIMISED,
    *AIRWAY_VOICE,
    *HEAD_PART_SUBJECT,
    *BRUISE_COLOUR,
    *NO_ACT_TONIGHT,
]


@pytest.mark.parametrize(("expected", "text"), SET_15)
def test_set15_categories_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# 18. A history header's list is past, but a sign that is never a residual disability of a
# listed condition (NHS.uk 999: blue or grey lips, not breathing, choking, unresponsive) is now
# and ends the header's scope; a residual deficit after a listed stroke stays history.
HEADER_NEVER_RESIDUAL: list[tuple[str, str]] = [
    ("E", "PMH: COPD struggling to breathe lips going grey"),
    ("E", "PMH: epilepsy, not breathing properly, unresponsive"),
    ("E", "既往史：哮喘 喘不上气 嘴唇发紫"),
    ("!E", "PMH: stroke, can't use left hand"),
    ("!E", "PMH: stroke 2019 with residual left arm weakness"),
]


@pytest.mark.parametrize(("expected", "text"), HEADER_NEVER_RESIDUAL)
def test_a_never_residual_sign_ends_a_history_header(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


# Fresh set 16's red-flag categories, each in other words than the set's rows, with
# look-alikes that must not change.
# 1. NICE NG225 / NHS: a time said inside a statement of safety ("I'm safe tonight", 今晚我是安全的)
# is no time in mind; not being safe tonight stays an emergency.
SAFE_TONIGHT: list[tuple[str, str]] = [
    ("!E", "I've had thoughts of ending it for a while, no plan, and I'm safe tonight"),
    (
        "!E",
        "suicidal thoughts on and off, no plan, I can keep myself safe tonight, my sister is here",
    ),
    (
        "U",
        "suicidal thoughts on and off, no plan, I can keep myself safe tonight, my sister is here",
    ),
    ("!E", "想过结束生命，没有计划，今晚我是安全的"),
    ("!E", "最近总想死，没有计划，今晚我能保证自己安全"),
    ("E", "I'm not safe tonight, I want to end my life"),
    ("E", "I can't keep myself safe tonight, I keep thinking of killing myself"),
    ("E", "我今晚不安全，想结束自己"),
    ("E", "no plan as such but I'm not safe for tonight, I want to die"),
    ("E", "总想死，没有计划，但我不能保证自己安全"),
]

# 2. NHS.uk bleeding in pregnancy / RCOG antepartum haemorrhage: in a pregnancy, bleeding said
# without its place ("I've started bleeding", 还在流血) is vaginal bleeding, and with tummy pain
# an emergency; a nosebleed, bleeding gums or a cut finger in pregnancy are not.
PREGNANCY_BLEEDING_UNPLACED: list[tuple[str, str]] = [
    ("E", "I'm 30 weeks pregnant, I've started bleeding and have bad stomach cramps"),
    ("E", "36 weeks pregnant, I'm bleeding and my tummy is really painful"),
    ("E", "孕32周，肚子一直痛，还在流血"),
    ("E", "怀孕七个月了，突然流了好多血，肚子很痛"),
    ("!E", "28 weeks pregnant and my gums are bleeding when I brush, bit of heartburn"),
    ("!E", "I'm pregnant, had a nosebleed this morning and a mild stomach ache"),
    (
        "!E",
        "25 weeks pregnant, cut my finger chopping onions, it's bleeding, some tummy ache",
    ),
    ("!E", "怀孕30周，刷牙牙龈流血，肚子有点胀"),
]

# 3. NHS.uk alcohol poisoning: after drinking, slow or shallow breathing, or cannot be woken
# or does not answer when called (叫他没有回应), call 999; a slow morning after drinks is not.
ALCOHOL_POISONING: list[tuple[str, str]] = [
    ("E", "he's been drinking all night and his breathing is slow and shallow"),
    ("E", "他喝了一斤白酒，呼吸好慢"),
    ("E", "我老公喝醉了，叫他没有回应"),
    ("E", "她喝了很多酒，叫她不回答，怎么办"),
    ("!E", "i had a few drinks last night, slow start this morning"),
    ("!E", "我给他打电话叫他回家，他没有回答"),
    ("!E", "昨晚喝多了，今天头痛，动作有点慢"),
]

# 4. NHS eye injuries: a chemical splashed in the eye, the eye named first with the splash
# verb (眼睛溅到了...清洁剂); water or shampoo in the eye is not.
EYE_SPLASH_FIRST: list[tuple[str, str]] = [
    ("E", "眼睛溅到了厕所用的清洁剂，很痛"),
    ("E", "我眼睛溅进了碱水，睁不开"),
    ("E", "孩子眼睛里溅到了消毒液"),
    ("!E", "眼睛里溅了点洗发水，有点涩"),
    ("!E", "游泳时眼睛溅到了水，有点红"),
]

# 5. NHS asthma / anaphylaxis: wheezing is "a whistling sound when breathing", said as such.
WHISTLING_BREATH: list[tuple[str, str]] = [
    ("U", "my daughter is making a whistling noise when she breathes and she's struggling"),
    ("E", "after the wasp sting his face swelled and there's a whistling sound when he breathes"),
    ("!E", "my nose whistles when I breathe since the cold, otherwise fine"),
]

SET_16 = [
    *SAFE_TONIGHT,
    *PREGNANCY_BLEEDING_UNPLACED,
    *ALCOHOL_POISONING,
    *EYE_SPLASH_FIRST,
    *WHISTLING_BREATH,
]


@pytest.mark.parametrize(("expected", "text"), SET_16)
def test_set16_categories_in_other_words(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)


# Set 17's seizure look-alikes (rules-af). NHS.uk epilepsy / "What to do if someone has a
# seizure (fit)": call 999 for a first seizure, one over 5 minutes, not waking or not back to
# normal, several without recovering between, a serious injury or breathing trouble; someone
# with known epilepsy whose usual seizure stopped and who is back to normal does not usually
# need hospital (GP or epilepsy team). NHS.uk absence seizures in children: see a GP.
# Manchester Triage System: "currently fitting" is the emergency discriminator. "N" rows end
# non_urgent; every "E" row is a look-alike that stays a 999 call.
SEIZURE_USUAL_RECOVERED: list[object] = [
    (
        "N",
        "I have epilepsy and had one of my typical seizures this morning, it lasted about a "
        "minute and I'm back to normal now",
    ),
    # closed in session 40 (rules-dx): "fully recovered", a past cue too, is read as the
    # recovery now (`started_by` on seizure_recovered)
    (
        "N",
        "my son's epileptic, he had his usual seizure at lunch, over in a minute and he's "
        "fully recovered, should I tell his epilepsy nurse?",
    ),
    (
        "N",
        "known epilepsy, had a usual fit last month, back to normal straight after, do I "
        "need to tell the GP?",
    ),
    pytest.param(
        "N",
        "my daughter has absence seizures, she stares blankly for a few seconds several "
        "times a day",
        marks=pytest.mark.xfail(
            strict=True,
            reason="open: absence spells may stand the seizure rule down only when no "
            "convulsive seizure is told beside them (a child with absences fitting now is 999); "
            "the rule data cannot say that yet, so they stay emergencies, the safe side",
        ),
    ),
    ("N", "我有癫痫，今天早上发作了一次，跟平时一样，一分钟左右就停了，现在已经恢复正常"),
    ("N", "我有癲癇，昨晚又是平時那種發作，一分鐘就停了，現在完全恢復正常"),
    ("N", "我个仔有癫痫，今朝发咗一次同平时一样嘅发作，一分钟就停咗，而家已经恢复正常"),
    ("N", "我女儿有失神发作，每天好几次发呆几秒钟"),
    ("E", "I just had my first ever seizure, I'm back to normal now"),
    ("E", "I have epilepsy, my usual seizure but it lasted 6 minutes, back to normal now"),
    ("E", "he has epilepsy, had his usual seizure and he's not waking up"),
    ("E", "she has epilepsy, had two seizures in a row, usual ones, back to normal now"),
    ("E", "I have epilepsy, had one of my usual seizures and hit my head, back to normal now"),
    ("E", "my husband has epilepsy, had his usual seizure but he's still confused"),
    ("E", "my son has epilepsy and he's fitting right now"),
    ("E", "he has epilepsy, one of his usual seizures, he's still shaking"),
    ("E", "我老公今天第一次癫痫发作，现在恢复正常了"),
    ("E", "我老公有癫痫，跟平时一样的发作，但是抽了六分钟"),
    ("E", "她有癫痫，平时那种发作，但是一直叫不醒"),
    ("E", "佢有癫痫，而家仲喺度抽"),
    ("N", "孩子经常愣神几秒钟，叫他也没反应，过后自己不知道"),
    ("E", "my daughter has absence seizures but today she collapsed and won't wake up"),
    ("E", "孩子有失神发作，今天晕倒了叫不醒"),
    ("E", "had my usual seizure, back to normal but still shaking"),
    # known absence spells never stand down a convulsive seizure told beside them (MTS
    # currently fitting; NHS.uk: a seizure of a new kind is a first seizure), nor a usual
    # seizure that went on a long time (NHS.uk: over 5 minutes)
    ("E", "my son has absence seizures and right now he is having a fit"),
    ("E", "he has absences, today he had a seizure and fell and he's shaking"),
    (
        "E",
        "my daughter has absence seizures but this morning she had a big fit with jerking all "
        "over for 2 minutes, now she is sleepy",
    ),
    ("E", "usual seizure, back to normal now, but it lasted ages"),
    ("E", "我女儿有失神发作，刚才突然全身抽搐了两分钟"),
]


@pytest.mark.parametrize(("expected", "text"), SEIZURE_USUAL_RECOVERED)
def test_set17_usual_seizure_recovered_is_a_gp_matter(
    rules: RuleSet, expected: str, text: str
) -> None:
    if expected == "N":
        assert decided_level(rules, text) is Disposition.NON_URGENT, rules_only_level(text, rules)
    else:
        assert_reaches(rules, expected, text)
