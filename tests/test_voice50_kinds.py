"""Session 50's themes by kind: apologetic, describing how it looks, an update after advice.

Written by rules-pf (session 50) in English, simplified Chinese and traditional Chinese (Hong
Kong Cantonese and Taiwan Mandarin), at every level and both ways: texts that must reach a
level and look-alikes that must not.

- Apologetic ("sorry to bother you", "probably nothing", "don't want to waste anyone's time",
  不好意思打扰, 可能是我想多了, 唔好意思阻你): the politeness decides nothing. A danger sign said
  after "probably nothing" keeps its level (NHS.uk heart attack, stroke FAST, meningitis,
  sepsis; NICE NG143), and "sorry" words raise no minor complaint (NHS.uk common cold, sore
  throat, mouth ulcers).
- Describing how it looks (colour, shape, spread, a photo): the look decides only as far as the
  guidance says. A rash that does not fade under a glass (NHS.uk meningitis, sepsis: 999), lips
  or skin gone blue or grey (NHS.uk: 999), a limb gone pale, blue or purple and cold (NHS.uk
  peripheral arterial disease: 999 for a sudden cold, pale or blue limb), mottled skin (NICE
  NG51); a red line or streak spreading from a wound (NHS.uk cellulitis, infected cuts: urgent
  GP or 111), yellow eyes (NHS.uk jaundice: urgent), black tarry poo (NHS.uk: urgent). Harmless
  looks: a bruise going yellow-green, a mole unchanged in a photo, a strap's red mark, milia,
  slapped cheek in a well child, a rash that fades when pressed (NHS.uk bruises, moles, skin
  rashes in children).
- An update after advice ("update:", "you told me to watch it", "since I messaged this
  morning", "pharmacist said", 刚才问过, 早上跟你说过, 頭先講過): what is happening now decides.
  A worse update with a danger sign fires; a better update is not raised by the earlier
  complaint's words; advice quoted ("you said to call 999 if it got worse", "said it was just
  indigestion") decides nothing either way.

Wrong on the rules of 910e3ad: 8 of the first 80 sentences of the three lists below at their
first run; two of those were my codes against the guidance and were corrected (tiny purple
spots that do not fade with no fever are urgent, NICE NG143 / NG12; a pain low on the right
"getting worse" is not NHS.uk appendicitis's wording, which a new sentence says), so 6 of the
81 as they stand. ``SECOND``, written before the change too: 17 of 60 wrong (a clinician's
safety-netting advice quoted read as the sign now; a slapped cheek read as a thunderclap
headache; "doesn't blanch"; a leg gone purple and cold; a red line said 红红的线; a bruise
said 瘀傷). ``OPEN`` keeps the rows left open as strict xfails with their reasons.
``AFTER_THE_CHANGE`` was written after the change, in other words, each kind both ways (14 of
its 52 would have been wrong on 910e3ad); its last 24 check the safety-netting stand-down
both ways (signs still there, back, after the instruction, unpunctuated, in another clause).

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NHS.uk heart attack, stroke, meningitis, sepsis, anaphylaxis, fainting, appendicitis,
# kidney infection, red eye, common cold, sore throat, mouth ulcers, burns; NICE NG143, NG51
APOLOGETIC: list[tuple[str, str]] = [
    (
        "E",
        "sorry to bother you, it's probably nothing, but I've had a crushing pain in my chest "
        "for 20 minutes and I'm sweating",
    ),
    (
        "E",
        "I don't want to waste anyone's time but my husband's face has dropped on one side and "
        "he can't lift his arm",
    ),
    (
        "E",
        "feel silly asking, probably nothing, my baby is 6 weeks old and has a temperature of 38.3",
    ),
    (
        "E",
        "sorry, I'm probably overreacting, but my son has a rash that doesn't fade when I press a "
        "glass on it and he's got a fever",
    ),
    (
        "E",
        "I don't want to be a nuisance, it's probably nothing, but I can't catch my breath and my "
        "lips have gone a bit blue",
    ),
    (
        "E",
        "sorry to be a pain, probably nothing, my wife took a whole packet of paracetamol an hour "
        "ago",
    ),
    ("E", "sorry to bother u prob nothing but my dad is really confused and breathing very fast"),
    ("E", "不好意思打扰了，可能是我想多了，我爸突然说话含糊，右边手脚没力"),
    ("E", "不好意思，可能没什么事，我胸口压着痛了半个小时，还出冷汗"),
    ("E", "唔好意思阻你，可能我諗多咗，阿媽突然講嘢唔清楚，半邊面歪咗"),
    ("E", "不好意思打擾，可能是我想太多，寶寶發燒，身上有紫色的點壓了不會退"),
    ("E", "麻烦你们了不好意思 应该没什么 我老公喘不上气嘴唇发紫"),
    (
        "N",
        "sorry to bother you, it's probably nothing, but I've had a bad pain low on the right of "
        "my tummy since this morning and it's getting worse",
    ),
    (
        "U",
        "sorry to bother you, probably nothing, but the pain started round my belly button and "
        "has moved down to the lower right, worse when I walk",
    ),
    (
        "U",
        "sorry to waste your time, my 3 year old has had a temperature of 39 for 5 days now",
    ),
    ("U", "不好意思麻烦你们，可能是我多虑了，小便很痛，今天还发烧腰也痛"),
    ("U", "唔好意思阻你，可能冇乜嘢，隻眼好痛又紅，睇嘢矇咗"),
    (
        "S",
        "sorry to bother you, probably nothing, I've just got a bit of a cold, runny nose and "
        "sore throat for 2 days, eating and drinking fine",
    ),
    (
        "S",
        "so sorry to waste your time, I feel silly asking, I've got a small mouth ulcer for 3 "
        "days, hurts a little when I eat",
    ),
    ("S", "不好意思打扰，可能是我想多了，就是有点鼻塞流鼻涕两天了，没发烧，吃喝正常"),
    ("S", "唔好意思阻你，應該冇乜嘢，喉嚨有少少痛兩日，冇發燒，食嘢飲水正常"),
    ("S", "不好意思打擾了，可能是我太緊張，嘴巴破了一個小洞三天，吃東西有點痛"),
    (
        "L",
        "sorry, I know this is probably a silly question and a waste of your time, my knee has "
        "ached on and off for 3 weeks after running, walking fine",
    ),
    (
        "L",
        "so sorry to bother you so late, I panicked, it's a small burn from the oven on my "
        "finger, cooled it under the tap for 20 minutes, just a red patch",
    ),
]

# NHS.uk meningitis, sepsis, cellulitis, jaundice, blood in poo, red eye, peripheral arterial
# disease, bruises, moles, skin rashes in children, slapped cheek; NICE NG51, NG143
DESCRIBING_LOOKS: list[tuple[str, str]] = [
    (
        "E",
        "there's a red line going up my arm from the cut on my hand and I'm shivery and confused",
    ),
    (
        "E",
        "my son's rash doesn't fade when I press a glass against it, purple spots on his legs",
    ),
    (
        "U",
        "the spots on her tummy are tiny purple pinpricks and they don't go away when I press them",
    ),
    ("E", "his lips look a bit blue and he's struggling to breathe"),
    ("E", "my baby's lips have gone a bit blue round the edges"),
    ("E", "my leg has suddenly gone a purply colour, it's cold and I can't feel my foot"),
    ("E", "dad's skin looks blotchy and mottled and he's really confused"),
    ("E", "孩子嘴唇发紫，喘不上气"),
    ("E", "宝宝身上一粒粒紫红色的点，压了不褪色，还发烧"),
    ("E", "個BB嘴唇有啲紫，呼吸好急"),
    ("E", "我女兒身上有一點一點紫色的斑，用玻璃杯壓都不會退"),
    ("E", "隻腳突然變咗紫黑色，凍冰冰，冇晒感覺"),
    ("U", "a red line going up my arm from a cut on my finger, started this morning"),
    (
        "U",
        "the bite on my leg has gone red, hot and swollen and the redness is spreading, I drew "
        "round it with a pen and it's gone past the line",
    ),
    ("U", "the skin round my cut is red and there's a red streak going up my arm"),
    ("U", "手上的伤口周围红肿发热，有一条红线往上走"),
    ("U", "隻腳紅腫熱痛，紅咗一大片仲擴散緊"),
    ("U", "my eye is bright red, really painful and my vision is blurry"),
    ("U", "there's a yellow tinge to my skin and the whites of my eyes have gone yellow"),
    ("U", "眼白发黄，皮肤也黄了"),
    ("U", "my poo is black and sticky like tar since yesterday"),
    ("U", "大便黑色像柏油一样，从昨天开始"),
    (
        "S",
        "I've got a bruise on my shin from bumping the table last week, it's gone yellow-green "
        "at the edges and is fading",
    ),
    (
        "S",
        "there's a red mark on my shoulder from my bag strap, not painful, it fades after an hour",
    ),
    (
        "L",
        "I've had a mole on my back for years, took a photo to compare, it looks exactly the "
        "same, no change in size or colour",
    ),
    ("S", "my baby has tiny white spots on his nose, he's 2 weeks old and feeding well"),
    (
        "S",
        "the rash on his cheeks is bright red like he's been slapped, he's got a mild cold and "
        "is playing",
    ),
    (
        "L",
        "a few red blotches after the new washing powder, they fade when I press a glass on "
        "them, itchy but he's fine",
    ),
    ("L", "一粒粒红点，压了会褪色，有点痒，孩子精神很好"),
    ("S", "小腿上的淤青从紫色变成黄绿色了，不痛了，慢慢在消"),
    ("L", "背上一颗痣很多年了，拍照对比，大小颜色都没变"),
    ("S", "膊頭俾袋帶勒咗一條紅印，唔痛，一陣就褪"),
    ("S", "臉頰紅紅的像被打了一巴掌，有點小感冒，精神很好在玩"),
]

# NHS.uk meningitis, sepsis, stroke, heart attack, cellulitis, sore throat, insect bites,
# diarrhoea and vomiting, cough, headaches; NICE NG143
UPDATE_AFTER_ADVICE: list[tuple[str, str]] = [
    (
        "E",
        "update: you told me to watch his temperature, now he's floppy and won't wake up properly",
    ),
    (
        "E",
        "since I messaged this morning the headache has got worse, now my neck is stiff, the "
        "light hurts my eyes and I've got a rash",
    ),
    (
        "E",
        "pharmacist said it was just indigestion and gave me gaviscon but the chest pain is now "
        "spreading to my jaw and I'm sweating",
    ),
    (
        "E",
        "I asked earlier about my dad's dizziness, now his speech is slurred and his face is "
        "drooping",
    ),
    (
        "E",
        "you told me it was fine to keep her at home, but now she's breathing really fast and "
        "her lips look blue",
    ),
    ("E", "刚才问过你们我妈头晕的事，现在她说话不清楚，嘴也歪了"),
    ("E", "早上跟你说过宝宝发烧，现在叫不醒，身上出了紫色的点"),
    ("E", "頭先講過阿爸胸口痛，而家痛到出晒冷汗，仲喘唔到氣"),
    ("E", "稍早問過你們，藥師說是胃痛，但現在胸口很緊，痛到左手臂，一直冒冷汗"),
    (
        "U",
        "update - you said to watch the cut, now there's a red line going up my arm and it's "
        "hot and swollen",
    ),
    ("U", "昨天问过嗓子痛，现在咽口水都咽不下，口水往外流，嘴巴张不开"),
    (
        "L",
        "update: you told me to keep an eye on it, the cold has mostly gone, no fever now, just "
        "a little cough",
    ),
    (
        "S",
        "earlier I asked about a wasp sting, the pharmacist gave me an antihistamine and the "
        "swelling has gone down, it just itches a little",
    ),
    (
        "L",
        "update: the dizziness I told you about this morning went after I ate lunch and drank "
        "water, I feel normal now",
    ),
    (
        "L",
        "you said I should call 999 if it got worse, it hasn't, it's a bit better, the rash is "
        "fading and he's eating",
    ),
    (
        "L",
        "the 111 nurse told me to go to A&E last night but I didn't, I feel fine now and the "
        "sting just itches a little",
    ),
    (
        "L",
        "you told me to see the GP if it's not better in a week, it's been 10 days and my cough "
        "is the same, no fever, breathing fine",
    ),
    ("S", "早上跟你说过的喉咙痛，现在好多了，不发烧了，吃东西也不痛了"),
    ("S", "頭先講過個BB肚屙，而家冇再屙，食奶正常，有濕片"),
    ("S", "刚才问过的头痛，吃了止痛药已经好了，没有其他不舒服"),
    ("S", "早上問過你們，藥師說是蚊子咬，塗了藥膏已經不癢了，也消腫了"),
    ("L", "你们说如果加重就打999，现在没有加重，好一点了，疹子在退"),
    ("L", "頭先你哋話如果痛得緊要就去急症室，而家好返好多，唔再痛，食到嘢"),
    ("L", "上个礼拜你们说一个星期不好就看医生，咳嗽十天了还是一样，不发烧，呼吸正常"),
]

# Written before the change too, in a second sitting (both ways): the same kinds in other
# words, the bare look without the voice, and a clinician's safety-netting advice quoted
SECOND: list[tuple[str, str]] = [
    ("E", "my dad is really confused and breathing very fast"),
    (
        "N",
        "I've had a bad pain low on the right of my tummy since this morning and it's getting "
        "worse",
    ),
    ("E", "my leg has suddenly gone a purply colour, it's cold and I can't feel my foot"),
    ("E", "my foot has gone pale and cold and really painful all of a sudden"),
    ("L", "臉頰紅紅的像被打了一巴掌"),
    ("S", "his cheeks look like he's been slapped, bright red, he's fine otherwise"),
    ("S", "两边脸蛋红红的像被打了一巴掌，有点流鼻涕，精神很好"),
    ("S", "塊面紅到好似俾人摑咗一巴咁，流少少鼻水，好精神"),
    ("U", "rash on her legs looks like bruises and doesn't fade with the glass test"),
    ("E", "I did the glass test, spots still visible through the glass, he has a temperature"),
    (
        "E",
        "photo attached, the rash has spread all over him and it's purple and doesn't blanch, "
        "he's hot",
    ),
    ("E", "her skin has gone a greyish blue colour and she's very drowsy"),
    ("E", "he looks really grey and clammy and the chest pain is still there"),
    ("E", "his lips are going purple and he's wheezing badly"),
    ("E", "宝宝皮肤花花的，一块白一块紫，手脚冰凉，很没精神"),
    ("E", "嘴唇同手指都變晒紫色，透唔到氣"),
    ("E", "my baby looks really pale and floppy and her skin is mottled"),
    (
        "U",
        "the red area round the wound is getting bigger, I marked it last night, now it's "
        "spread past the pen line and feels hot",
    ),
    ("U", "there's a red streak going up from the wound on my leg"),
    ("U", "伤口那里有条红线一直往上爬"),
    ("U", "個傷口有條紅線沿住手臂向上走"),
    ("U", "傷口旁邊有一條紅紅的線往上延伸"),
    ("S", "my bruise looks yellow and green now, it's fading"),
    ("S", "瘀青变黄绿色了，在慢慢消"),
    ("S", "個瘀傷變咗黃綠色，慢慢散緊"),
    ("L", "my mole looks the same as last year's photo"),
    ("E", "sorry if this is silly but my wife collapsed and isn't responding properly"),
    ("E", "不好意思這麼晚打擾，可能是我想太多，老公突然講話不清楚，一邊臉垂下來"),
    (
        "E",
        "sorry sorry probably nothing lol but my throat is swelling and lips tingling after the"
        " peanut thing",
    ),
    ("E", "对不起打扰了 可能是小题大做 我孩子吃了花生嘴巴肿了喘不过气"),
    (
        "S",
        "sorry to bother you, just a quick question about a mild cold, my nose is runny, "
        "otherwise fine",
    ),
    (
        "E",
        "update: took the antibiotics the GP gave, but now she's confused and her skin is blotchy",
    ),
    (
        "E",
        "following up on earlier - the chest pain is back and worse, it's going into my left arm",
    ),
    (
        "E",
        "as I said this morning he had a headache, now he's been sick and is very drowsy and "
        "hard to wake",
    ),
    (
        "E",
        "since I messaged you the swelling has spread to her tongue and she's struggling to "
        "breathe",
    ),
    ("E", "我上午问过胸口痛的事，现在更痛了，左手也麻，出冷汗"),
    ("E", "之前跟你们讲过我爸跌倒撞到头，现在他一直吐，叫不太醒"),
    ("E", "頭先同你講過BB發燒，而家佢成身軟晒，叫極都唔醒"),
    ("U", "update: the sore eye I mentioned is now really painful and my vision has gone blurry"),
    (
        "L",
        "update - the tummy pain from this morning has settled, I've had some toast and kept it"
        " down",
    ),
    ("S", "update: the cold sore I asked about is crusting over, the pharmacist's cream helped"),
    ("L", "following up - the headache went after sleep, no other symptoms now"),
    ("S", "早上问过的口腔溃疡，用了药膏好多了，不怎么痛了"),
    ("S", "頭先問過嘅喉嚨痛，飲咗暖水食咗喉糖，而家好返好多"),
    (
        "L",
        "I messaged yesterday about chest pain after coughing, the GP said it's a pulled muscle"
        " from the cough, it's easing",
    ),
    ("L", "我昨天问过胸口痛，医生看过说是咳嗽拉伤肌肉，现在好多了"),
    ("L", "the pharmacist said it was thrush and gave me cream, it's clearing up"),
    (
        "L",
        "the nurse told me to call 999 if his lips went blue, they haven't, he's breathing "
        "normally and playing",
    ),
    (
        "L",
        "you said if the rash doesn't fade under a glass to call 999, I checked and it fades, "
        "he's playing",
    ),
    ("L", "你们说如果疹子压了不褪色就打120，我试了会褪色，孩子在玩"),
    ("L", "佢哋話如果嘴唇變紫就打999，而家冇，呼吸正常，喺度玩緊"),
    ("L", "you said if the rash doesn't fade under a glass to call 999"),
    (
        "L",
        "you said to call 999 if the rash doesn't fade under a glass, I checked and it fades, "
        "he's playing",
    ),
    ("L", "if the rash doesn't fade under a glass call 999, I checked and it fades"),
    ("L", "佢哋話如果嘴唇變紫就打999，冇，呼吸正常，喺度玩緊"),
    ("L", "佢哋話如果嘴唇變紫就打999"),
    ("L", "他们说如果嘴唇发紫就打120，现在没有，呼吸正常，在玩"),
    ("L", "the nurse said if his lips go blue call 999, they're not blue now, he's breathing fine"),
    (
        "L",
        "the GP said if she gets a rash that doesn't fade to call 999, no rash at all, she's "
        "eating",
    ),
    ("L", "护士说如果出现压不褪色的皮疹就打120，现在没有皮疹，在吃东西"),
]

# Written after the change, in other words, each kind both ways
AFTER_THE_CHANGE: list[tuple[str, str]] = [
    (
        "E",
        "the nurse said if his lips go blue call 999, and now his lips are blue and he's "
        "struggling to breathe",
    ),
    (
        "E",
        "you told me to call 999 if the rash didn't fade under a glass, I did the glass test "
        "and the spots are still there and he's hot",
    ),
    ("E", "护士说如果嘴唇发紫就打120，现在嘴唇已经发紫了，喘不上气"),
    ("E", "佢哋話如果嘴唇變紫就打999，而家真係變咗紫，好辛苦咁抖氣"),
    ("E", "do I need to call 999 if his lips are blue right now and he's gasping"),
    ("E", "should I call 999 if my chest is crushing and I'm sweating right now"),
    (
        "E",
        "my wife told me to call 999 if I think I'm having a heart attack, and I've got "
        "crushing chest pain and I'm sweating",
    ),
    (
        "L",
        "the doctor told us to bring her back if she gets floppy or stops feeding, she's "
        "feeding well and alert",
    ),
    ("L", "医生交代如果孩子抽搐就马上打120，现在一直好好的，退烧了"),
    ("S", "臉頰紅紅的像被打了一巴掌，有點小感冒，精神很好在玩"),
    ("E", "头突然剧痛，像被打了一闷棍，从来没这么痛过"),
    ("E", "突然头痛，像被人用锤子打了一下"),
    ("U", "the spots on her legs don't blanch when I press them"),
    ("S", "手臂上的瘀傷變黃了，不痛"),
    ("E", "嘴唇乌青，喘不上气"),
    (
        "E",
        "my GP said to ring 999 if the chest pain went into my arm, and now it has, it's "
        "crushing and I'm clammy",
    ),
    (
        "L",
        "the GP said to ring 999 if the chest pain went into my arm, it hasn't, it's just a bit"
        " sore when I press my ribs",
    ),
    ("E", "醫生話如果講嘢唔清楚就即刻打999，而家真係講嘢唔清楚，仲有半邊面垂咗"),
    ("L", "医生说如果说话不清楚就马上打120，现在说话清楚，吃饭正常"),
    (
        "U",
        "there's a red line creeping up from the scratch on my arm, the photo shows it longer "
        "than this morning",
    ),
    ("S", "my bruise from last week is yellow now and hardly sore"),
    ("E", "dad's foot suddenly turned blue and it's ice cold, he's in agony"),
    ("E", "妈妈的腿突然发紫，冰凉，没有感觉"),
    ("L", "my toes go purple and numb in the cold, then red when they warm up"),
    ("L", "my feet suddenly go blue and cold in winter, I think it's raynauds"),
    ("L", "脚趾冬天一冻就发紫发麻，暖返就好"),
    ("L", "my leg has a purple bruise from where I banged it, a bit sore"),
    ("L", "my foot has gone a purply colour since I sprained it yesterday, it's swollen"),
    # the safety-netting stand-down checked both ways: more signs that must stay, said as
    # still there, back, after the instruction, unpunctuated, in another clause
    (
        "E",
        "the GP told me to come back if the fever didn't settle, it hasn't and she has a rash "
        "that doesn't fade under a glass",
    ),
    ("E", "111 said to call 999 if he got drowsy he is really drowsy and his lips are blue"),
    (
        "E",
        "you told me to watch for a rash that doesn't fade, the spots are purple and they don't"
        " fade under the glass and she's burning hot",
    ),
    ("E", "the nurse said to call back if things got worse, he's floppy and not responding"),
    (
        "E",
        "the doctor said if the headache got worse to go to A&E, it's the worst headache of my "
        "life and my neck is stiff",
    ),
    ("E", "the pharmacist said if it gets worse go to A&E. i can't breathe and my lips are blue"),
    ("E", "the doctor said if she had a fit to call 999, she's having a fit and it won't stop"),
    ("E", "you said to call 999 if his lips went blue, his lips are blue"),
    ("E", "they said if my chest pain came back to call 999 it's back crushing and I'm sweating"),
    ("E", "医生说如果发烧不退就再来，烧没退，身上出了压不褪色的紫点"),
    ("E", "护士说如果抽搐就打120 他抽个不停叫不醒"),
    ("E", "医生话如果头痛加剧就去急症，佢话係人生最劲嘅头痛，条颈好硬"),
    ("E", "药剂师说要是胸口痛就去医院，我胸口压着痛，出冷汗"),
    ("E", "他们叫我如果喘不过气就打999，我老公嘴唇发紫喘不过气"),
    ("E", "醫生話如果抽筋就打999，佢抽緊筋，叫唔醒"),
    ("E", "醫師說如果嘴唇發紫就叫救護車，她嘴唇發紫了"),
    (
        "L",
        "the doctor said if she had a fit to call 999, she hasn't, temperature down and she's "
        "playing",
    ),
    ("L", "醫師說如果嘴唇發紫就叫救護車，目前都沒有，睡得很好"),
    ("E", "the GP said if the rash spread to call 999 it's spreading fast and he's floppy"),
    ("E", "they said if her breathing got worse to ring 999 her lips are blue and she can't speak"),
    ("E", "医生说如果出疹子就打120 现在全身紫色斑点压不退 发高烧"),
    ("E", "佢哋話如果痛到出冷汗就去急症 而家胸口好痛出晒冷汗"),
    ("L", "they said if her breathing got worse to ring 999 it hasn't she's better"),
    ("L", "医生说如果出疹子就打120 没有出 烧也退了"),
]

# Withdrawn at the merge (session 50): rules-pf's reading of a clinician's advice quoted with
# its "if" ("you said to call 999 if his lips go blue") as a watch-for also silenced the sign told
# as happened after it in pronoun form ("and now they are blue", 现在变紫了, "and he just had a
# fit"): seven emergencies of tests/test_merged_gaps_50.py fell to non_urgent. Its "must come
# down" sentences stay above their level, the safe side.
_SAFETY_NET_WITHDRAWN = (
    "the safety-netting stand-down was withdrawn at the merge (session 50): it silenced signs "
    "told as happened in pronoun form after the advice (tests/test_merged_gaps_50.py)"
)
_IF_RUNS_ON = (
    "an unpunctuated 'if' clause runs on over the report after it: a gap before session 50 (the "
    "same at 910e3ad), closed only by the withdrawn safety-netting stand-down; open"
)


OPEN: dict[str, str] = {
    (
        "you said if the rash doesn't fade under a glass to call 999,"
        " I checked and it fades, he's playing"
    ): _SAFETY_NET_WITHDRAWN,
    "佢哋話如果嘴唇變紫就打999，而家冇，呼吸正常，喺度玩緊": _SAFETY_NET_WITHDRAWN,
    "you said if the rash doesn't fade under a glass to call 999": _SAFETY_NET_WITHDRAWN,
    (
        "you said to call 999 if the rash doesn't fade under a glass,"
        " I checked and it fades, he's playing"
    ): _SAFETY_NET_WITHDRAWN,
    "他们说如果嘴唇发紫就打120，现在没有，呼吸正常，在玩": _SAFETY_NET_WITHDRAWN,
    (
        "the nurse said if his lips go blue call 999, they're not blue now, he's breathing fine"
    ): _SAFETY_NET_WITHDRAWN,
    "护士说如果出现压不褪色的皮疹就打120，现在没有皮疹，在吃东西": _SAFETY_NET_WITHDRAWN,
    (
        "the GP said to ring 999 if the chest pain went into my arm, "
        "it hasn't, it's just a bit sore when I press my ribs"
    ): _SAFETY_NET_WITHDRAWN,
    "医生说如果说话不清楚就马上打120，现在说话清楚，吃饭正常": _SAFETY_NET_WITHDRAWN,
    (
        "111 said to call 999 if he got drowsy he is really drowsy and his lips are blue"
    ): _IF_RUNS_ON,
    (
        "the doctor said if she had a fit to call 999, she hasn't, "
        "temperature down and she's playing"
    ): _SAFETY_NET_WITHDRAWN,
    "醫師說如果嘴唇發紫就叫救護車，目前都沒有，睡得很好": _SAFETY_NET_WITHDRAWN,
    "sorry to bother u prob nothing but my dad is really confused and breathing very fast": (
        "new confusion and fast breathing with no infection said and no rate counted: NHS.uk "
        "sepsis lists both among its 999 signs when sepsis is suspected, NEWS2 needs the rate; "
        "confusion_new keeps it urgent (the apology lowers nothing: the bare sentence is the same)"
    ),
    "my dad is really confused and breathing very fast": (
        "as the apologetic sentence above: no infection said and no rate counted (NHS.uk sepsis, "
        "NEWS2); urgent by confusion_new"
    ),
    "there's a red mark on my shoulder from my bag strap, not painful, it fades after an hour": (
        "a pressure mark has no NHS.uk self-care page to name it as a minor illness, and "
        "self-care needs that evidence; non_urgent, never raised further"
    ),
    "膊頭俾袋帶勒咗一條紅印，唔痛，一陣就褪": (
        "as the English strap mark: no NHS.uk page names a pressure mark; non_urgent"
    ),
    "I messaged yesterday about chest pain after coughing, the GP said it's a pulled muscle from "
    "the cough, it's easing": (
        "chest_pain_unexplained's urgent floor does not stand down for a clinician's label told "
        "second-hand: a stand-down of chest pain (session 48's lesson) needs its own 'must stay' "
        "sentences; left urgent"
    ),
    "我昨天问过胸口痛，医生看过说是咳嗽拉伤肌肉，现在好多了": (
        "as the English: no stand-down of chest pain for a clinician's label told second-hand"
    ),
    "if the rash doesn't fade under a glass call 999, I checked and it fades": (
        "a bare 'if the' is no conditional frame (only 'if my', 'if i have'...): made one, it "
        "would hide signs after 'if the pain...' clauses; the advice said with 'you said' or 'told "
        "me' is read (rules-pf)"
    ),
    "突然头痛，像被人用锤子打了一下": (
        "the blow likened in the clause after the headache, with no head word: worst_headache's "
        "bare blow phrases fire alone, so a new one (像被人用锤子) would fire on a knee too; "
        "pairing it with a headache named in the clause before needs a new rule (NICE CKS "
        "thunderclap), left for the neuro lane"
    ),
}


@pytest.mark.parametrize(("code", "text"), with_open(APOLOGETIC, OPEN))
def test_apologetic(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(DESCRIBING_LOOKS, OPEN))
def test_describing_looks(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(UPDATE_AFTER_ADVICE, OPEN))
def test_update_after_advice(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(SECOND, OPEN))
def test_second_list(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_THE_CHANGE, OPEN))
def test_after_the_change(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
