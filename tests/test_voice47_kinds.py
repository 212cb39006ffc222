"""Session 47's themes by kind: home remedies, a frustrated tone, numbers and timelines.

Written by rules-mg (session 47) before any rule change, in English, simplified Chinese and
traditional Chinese (Hong Kong Cantonese and Taiwan Mandarin), at every level and both ways:
texts that must reach a level and look-alikes that must not.

- Home remedies: 刮痧 (gua sha) and 拔罐 (cupping) marks on a well person are the treatment's
  expected marks, no unexplained rash or bruising; herbal remedies, 凉茶, honey, old tablets; a
  remedy that "didn't help" must neither hide a danger sign nor make one.
- A frustrated tone: capitals, sarcasm ("oh great, now my face has gone droopy"), complaints
  about waiting or being dismissed ("not that anyone cares", "don't tell me to calm down",
  不是我大惊小怪) must not negate the sign after them, nor make a mild complaint urgent.
- Numbers and timelines: clock times ("at 6.10 ... by 7", 六点十分), counts ("3 times since"),
  self-corrected numbers ("38.9, no 39.8"): a clock time is no reading or tablet count, a later
  or corrected value is the one read.

Wrong at the first run, on the rules of 3dca7ea: 17 of the 128 sentences written first. After
the change every one reaches its level but three, left open (``OPEN``: "hot, red" said hot
first, twice; a non-blanching rash in someone of no age given and no fever or unwell said is
urgent by the rules' design). The 25
sentences of ``AFTER_THE_CHANGE`` were written afterwards, in other words, each kind both ways.

Codes: ``E`` an emergency, ``U`` at least urgent, ``=U`` exactly urgent, ``L`` below urgent,
``!E`` not an emergency, ``S`` self-care with no red flag, ``N`` not self-care.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

# NICE NG143 / NG240 (an unexplained non-blanching rash in an unwell child or a fever), NHS.uk
# meningitis, sepsis, FAST, anaphylaxis, overdose, cauda equina; NHS.uk cough (honey and lemon
# at home; honey never under 1), sore throat, tonsillitis / quinsy, cellulitis; NCCIH cupping
# (marks, burns and infection are its known effects); a remedy does not change a sign's level.
HOME_REMEDIES: list[tuple[str, str]] = [
    # a danger sign beside a remedy
    (
        "E",
        "tried gua sha on my son's back for his fever but now he has purple spots on his legs "
        "that don't fade when I press a glass on them",
    ),
    ("E", "我用刮痧帮女儿退烧，现在她腿上有紫色的点，用玻璃杯压也不褪色，人很没精神"),
    ("E", "幫個仔刮完痧，佢腳上面有啲紫色斑點，用杯㩒都唔退色，仲發緊燒"),
    ("E", "幫女兒刮痧退燒，結果腿上出現紫色小點，用玻璃杯壓也不會退，叫她都不太理人"),
    (
        "E",
        "drank some 凉茶 for the chest tightness but it's still crushing, going down my left arm "
        "and I'm sweating",
    ),
    ("E", "喝了凉茶也没用，胸口还是压得很紧，痛到左手，一直冒冷汗"),
    ("E", "飲咗涼茶都冇用，心口好翳，痛到左手，出晒冷汗"),
    (
        "E",
        "grandma gave him honey for the cough, he's 4 months old and now he's floppy and not "
        "feeding",
    ),
    ("E", "奶奶给四个月大的宝宝喂了蜂蜜止咳，现在宝宝软软的，不肯吃奶"),
    (
        "E",
        "took some old tablets I found in the drawer for my headache, now my throat is swelling "
        "and I can't breathe properly",
    ),
    ("E", "食咗屋企啲舊藥，而家喉嚨腫埋，透唔到氣"),
    ("E", "my mum took a whole bottle of her herbal sleeping pills on purpose"),
    ("E", "tried cupping for my back pain, now I can't feel between my legs and I've wet myself"),
    (
        "E",
        "had cupping on my chest, then a sudden sharp pain and now I'm really struggling to "
        "breathe and can't finish a sentence",
    ),
    ("E", "拔罐之後突然胸口刺痛，喘不過氣，講話講不完整"),
    (
        "E",
        "tried everything, ginger tea, 凉茶, nothing helped, she's 3 weeks old and 38.2",
    ),
    (
        "E",
        "herbal remedies didn't help, but it's fine, just the worst headache of my life that "
        "came on suddenly an hour ago",
    ),
    ("E", "中药吃了也没用，现在一边脸麻，讲话含糊"),
    # same day
    (
        "U",
        "tried honey and lemon for 3 weeks, the cough hasn't gone and now I'm coughing up blood",
    ),
    ("U", "吃了一个星期中药，还是咳，现在痰里有血"),
    ("U", "gave my 4 month old some herbal drops for her cold and now she's 39.2"),
    ("U", "喝了几天凉茶，喉咙还是很痛，现在口水都吞不下，嘴巴也张不开"),
    (
        "U",
        "the cupping marks on my back have gone hot, red and swollen with pus and I feel feverish",
    ),
    ("U", "拔罐的位置起了水泡，现在红肿发热，还流脓，有点发烧"),
    ("U", "用咗跌打酒搽隻腳，腫到好犀利，完全行唔到路"),
    ("U", "we tried 跌打酒 on his knee, didn't help, it's hot and swollen and he's got a fever"),
    ("U", "食咗成個禮拜中藥都冇用，而家屙黑色嘅屎，仲頭暈到企唔穩"),
    # the remedy's own marks, a remedy that helped or "didn't help" a minor complaint
    (
        "L",
        "had cupping yesterday, I've got big round purple marks on my back, they don't hurt, is "
        "that normal?",
    ),
    (
        "L",
        "gua sha left red and purple streaks on my neck, they don't fade when I press but I feel "
        "completely fine",
    ),
    ("L", "刮完痧背上一条条紫红色，压了也不褪，不痛不痒，人好好的"),
    ("L", "拔完火罐背上有好多圆圆的紫印，正常吗？"),
    ("L", "啱啱去刮痧，條頸紅晒紫晒，㩒落去都唔退，不過冇其他唔舒服"),
    ("L", "昨天去拔罐，背上一圈一圈瘀青，按了也不會退，人沒有不舒服"),
    ("S", "I've been drinking 凉茶 for a sore throat for 2 days, it's a bit better"),
    ("S", "喝了两天凉茶，喉咙痛好多了"),
    ("S", "飲咗兩日涼茶，喉嚨痛好返啲"),
    (
        "L",
        "honey and lemon for my cough didn't help much, still a bit of a tickly cough, 4 days now",
    ),
    ("L", "我試過蜂蜜檸檬水，冇乜用，仲係有少少咳，咳咗四日"),
    ("L", "took an out of date paracetamol for a headache, is that dangerous?"),
    ("L", "吃了两粒过期的布洛芬止头痛，会不会有事？"),
    ("L", "found some old antibiotics from last year and took one for my sore throat"),
    ("S", "gave my 2 year old a spoon of honey for her cough, she's running around fine"),
    ("L", "tried a herbal tea for my period cramps, didn't help, they're my usual cramps"),
    ("L", "我用了风油精擦太阳穴，头痛没好转，不过就是平时那种紧绷的头痛"),
    (
        "L",
        "my aunt swears by cupping, tried it for my stiff neck, left purple circles but the neck "
        "feels better",
    ),
    (
        "L",
        "gave my 8 month old a little honey before I read you shouldn't, he's completely fine",
    ),
]

# A frustrated tone: NHS.uk FAST, anaphylaxis, sepsis, button batteries (RoSPA, NHS.uk), NICE
# NG143; a tone is no negation ("not that anyone cares", "don't tell me to calm down",
# 不是我大惊小怪) and no severity (hyperbole with a minor illness, NHS.uk colds, styes).
FRUSTRATED_TONE: list[tuple[str, str]] = [
    ("E", "oh great, now my face has gone droopy"),
    ("E", "oh brilliant, and now my left arm's gone weak as well, just what I needed"),
    ("E", "fantastic. the baby's lips have gone blue. anyone going to answer??"),
    ("E", "NOT that anyone cares but my chest has been crushing for 40 minutes and I'm sweating"),
    ("E", "nobody believes me that I can't breathe, I can barely get a word out"),
    ("E", "I'M NOT OVERREACTING, MY 3 MONTH OLD WON'T WAKE UP"),
    ("E", "don't tell me to calm down, my son swallowed a button battery 10 minutes ago"),
    (
        "E",
        "I've been waiting 3 hours for an ambulance and he still isn't breathing properly, his "
        "lips are grey",
    ),
    (
        "E",
        "GP said it was just a virus. Now she's got a rash that won't fade under a glass. Thanks "
        "a lot.",
    ),
    (
        "E",
        "111 told me it's anxiety. Right. Anxiety that makes my speech slurred and my arm useless?",
    ),
    ("E", "No one is taking me seriously - the headache came on like a thunderclap an hour ago"),
    ("E", "Sure, I'm 'fine', apart from the crushing chest pain that's been going for an hour"),
    ("E", "WHY IS NOBODY ANSWERING. HE'S NOT BREATHING"),
    ("E", "hello?? is this thing even working?? my wife collapsed and isn't responding"),
    ("E", "不是我大惊小怪，宝宝嘴唇真的发紫了"),
    ("E", "别再跟我说没事了！我爸现在一边手抬不起来，嘴也歪了"),
    ("E", "好啦好啦，又话我紧张，我阿爸而家讲嘢唔清楚，半边面跌咗落嚟"),
    ("E", "唔係我誇張，我個仔叫極都唔醒"),
    ("E", "不要再叫我多喝水了，我女兒一直抽筋停不下來"),
    ("E", "真係好嬲，喺急症室等咗五個鐘，我媽而家胸口好痛，出晒冷汗"),
    ("E", "又來了，看了三次醫生都說沒事，結果現在胸口痛到冒冷汗"),
    ("E", "谢谢你们哦，说是普通感冒，现在孩子脖子硬，身上起了按不褪的疹子"),
    # same day
    ("U", "been fobbed off by my GP three times, I'm now coughing up blood"),
    (
        "U",
        "sick of being told it's nothing. my 5 month old has had a temperature of 39 since this "
        "morning",
    ),
    (
        "U",
        "I've waited 4 hours and nobody has looked at my ankle, I still can't put any weight on it",
    ),
    ("U", "等咗成晚都冇人理，隻腳腫到行唔到，好痛"),
    ("U", "医生一直说是肌肉拉伤，可是我小腿又红又肿又热，一碰就痛"),
    ("U", "看了兩次醫生都說是腸胃炎，現在右下腹痛到不能走路"),
    # the tone alone
    ("S", "oh great, another cold. just what I needed before my holiday"),
    ("S", "LOVELY. a stye. AGAIN."),
    ("S", "THIS STUPID COLD IS KILLING ME, 3 days of sneezing and a blocked nose"),
    ("L", "I'm sick of waiting for a GP appointment for my verruca, it's been 2 months"),
    ("L", "nobody ever listens to me, I've had a sore throat for 2 days, can I get antibiotics"),
    ("S", "not being funny but is a runny nose for 3 days worth worrying about"),
    ("S", "又係感冒，真係煩死，流鼻水兩日"),
    ("S", "又感冒了，烦死了，鼻塞流鼻涕两天"),
    ("L", "醫生都唔理我，嗰粒暗瘡已經大咗兩個禮拜"),
    ("L", "排了三个小时队就为了开个病假条，我只是普通感冒"),
    ("S", "真的很煩，香港腳又發了，癢死了"),
    ("L", "oh great now my face has gone all blotchy from crying"),
    ("L", "brilliant, now my face has gone red from the sun"),
    ("S", "don't tell me to go to A&E for a paper cut, it's stopped bleeding"),
    ("S", "I'M FINE. it's just a cough. my wife made me write this"),
    ("L", "我不是大惊小怪，就是想问问小孩流鼻涕两天要不要看医生"),
]

# Numbers and timelines: NICE NG143 (under 3 months 38 °C red, 3-6 months 39 °C amber), NHS
# oximetry (92% or less), TOXBASE / NHS.uk paracetamol overdose (more than the daily dose, or a
# staggered overdose), NHS.uk epilepsy (fits one after another without waking), NICE NG136
# (180/120), IHSG level 2 hypoglycaemia (below 3.0), NHS.uk vomiting, coughing up blood and
# black poo; a clock time is no reading, no count and no dose.
NUMBERS_AND_TIMELINES: list[tuple[str, str]] = [
    (
        "E",
        "at 6.10 he was fine, by 7 his face had dropped and he couldn't lift his right arm",
    ),
    ("E", "6.10 took 8 paracetamol, by 7 I'd taken another 8"),
    (
        "E",
        "she fitted at 6.10, again at 6.40 and again just now, 3 times since this morning and "
        "she hasn't woken up in between",
    ),
    ("E", "my 6 week old was 37.9 at 6.10, by 7 it was 38.4"),
    ("E", "temp 38.9, no 39.8, and she's 5 weeks old"),
    ("E", "he's 8 months, no sorry, 8 weeks old, and his temperature is 38.3"),
    ("E", "sats 93, no wait 89 on the finger thing"),
    ("E", "早上6点10分开始胸口痛，到7点还没停，一直出冷汗"),
    ("E", "六點十分佢仲好好，七點前已經講嘢唔清楚，右手冇晒力"),
    ("E", "她從下午三點到現在已經抽筋三次，中間都沒有醒過來"),
    ("E", "體溫38度9，唔係，39度8，BB得七個禮拜大"),
    ("E", "血氧93，不对，是89"),
    ("E", "at 18:10 she collapsed and she's not responding"),
    ("E", "BP 190/125 at 6.10, by 7 I had a crushing headache and blurred vision"),
    ("E", "took 12, no 21 paracetamol about an hour ago"),
    # same day
    ("U", "my 4 month old was 38.2 at 6.10 and 39.1 by 7"),
    ("U", "vomited 8 times since 6am and can't keep even water down"),
    ("U", "他从早上到现在吐了8次，一口水都喝不进去"),
    ("U", "sugar was 2.6 at 2.30"),
    ("U", "coughed up blood 3 times since yesterday"),
    ("U", "passed black sticky poo 3 times since last night"),
    ("U", "痾咗三次黑色嘅屎，由琴晚到而家"),
    ("=U", "BP 182/121 at 6.10, 185/122 by 7, no symptoms"),
    # a clock time, a count or a corrected number that must not mislead
    ("L", "checked my sugar at 2.30 and 2.45, 5.6 both times"),
    ("S", "had 3 loose poos since this morning, drinking fine, no blood"),
    ("S", "sneezed about 20 times since 6.10 this morning, hay fever season again"),
    ("L", "my 2 year old was sick 3 times since lunch but now she's drinking and playing"),
    ("L", "temp 38.9, no 37.9, sorry typo, just a cold"),
    ("L", "took 2 paracetamol at 6.10 and 2 more at 10.15"),
    ("L", "took 2 ibuprofen at 6.10, no wait, at 7.10"),
    ("L", "三点十分吃了两粒扑热息痛，七点十五分又吃了两粒"),
    ("S", "由朝早六點十分到而家打咗二十個乞嚏，又係花粉症"),
    ("S", "咳了三天了，今天早上咳了十几次，没有发烧"),
    ("L", "我6:10量过体温37.8，7点再量37.5"),
    ("L", "heart rate 110 at 6.10, 72 by 7 after I sat down"),
    ("L", "at 6.10 the rash was red blotches, by 7 it had gone"),
    ("L", "ran 10k at 6.10, heart rate 175 at the end, fine now"),
    ("S", "早上六點十分到七點，拉了三次肚子，沒有血，水都喝得下"),
]

# Written after the change, in other words, each kind once more both ways (rules-mg).
AFTER_THE_CHANGE: list[tuple[str, str]] = [
    # remedy marks, and a remedy's marks with a fever or unwell
    ("L", "拔完罐，背上一块一块紫的，不痛"),
    ("L", "had cupping, now I've got blotchy purple circles all over my back"),
    ("L", "拔咗罐，背脊啲紫印㩒落都唔退，冇發燒"),
    ("E", "had cupping yesterday, now blotchy skin everywhere, fever 39.5 and he's very drowsy"),
    (
        "E",
        "gua sha on his back yesterday, purple spots don't fade when I press, he's got a "
        "fever of 39",
    ),
    ("E", "my skin is mottled and I feel awful, shivering"),
    # "still" after a remedy in Chinese; floppy; no feeling between the legs
    ("E", "食咗中藥都冇用，心口仲係好翳，痛到落手臂，成身冷汗"),
    ("E", "试了蜂蜜水也没用，宝宝软绵绵的，叫不太醒"),
    ("E", "did some cupping for my sciatica, now no feeling between my legs and I can't pee"),
    ("L", "宝宝的便便软软的，黄色，吃奶很好"),
    # a face blotchy from an everyday cause
    ("L", "my face went all blotchy from all the crying, otherwise fine"),
    ("E", "baby is blotchy and crying weakly, very hot and won't feed"),
    # clock times, later readings, an age then the reading, counts taken again
    ("L", "sugar checked at 3.15, then at 3.45, 6.2 both times"),
    ("E", "my 7 week old was 37.8 at 5.30, by 6 it was 38.3"),
    ("U", "my 5 month old was 38.6 at 5.30, by 6.15 she was 39.2"),
    ("L", "my 2 year old was 38.5 at 5.30, by 6 it was 37.9"),
    ("E", "he's 2 weeks old and 38.1"),
    ("E", "took 8 paracetamol this morning and another 8 an hour later"),
    ("L", "took 5 paracetamol on monday and another 5 on friday"),
    ("L", "took 2 paracetamol, another 4 hours until the next dose"),
    ("L", "ran 10k this morning, heart rate 175 at the end"),
    ("E", "I did a marathon yesterday, now heart rate 175 sitting still and dizzy"),
    ("U", "the skin on my arm has gone hot, red and swollen and it's spreading"),
    ("S", "yet another cold, blocked nose and sneezing for 2 days"),
    ("S", "咳咗三日，冇發燒，食得瞓得"),
]

# ("the skin on my arm has gone hot, red and swollen and it's spreading" reads right since
# rules-oa, session 49: 'hot, red' said hot first is a cellulitis phrase, and a red, hot joint is
# the joint groups', so set 23's gout stays a GP's; tests/test_merged_gaps_49.py)
OPEN: dict[str, str] = {
    "the cupping marks on my back have gone hot, red and swollen with pus and I feel feverish": (
        "'hot, red' said hot first is no cellulitis phrase: adding it moved fresh set 23's gout "
        "(a big toe 'hot, red and swollen', well, gold non_urgent) to urgent; left for a reading "
        "that tells a joint from skin"
    ),
    "GP said it was just a virus. Now she's got a rash that won't fade under a glass. Thanks "
    "a lot.": "a non-blanching rash in someone of no age given, with no fever or unwell said: "
    "the rules' non_blanching_rash is urgent alone by design (NICE NG240 asks for a fever or "
    "unwell); a clinician's 'just a virus' is no fever",
}


@pytest.mark.parametrize(("code", "text"), with_open(HOME_REMEDIES, OPEN))
def test_home_remedies(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(FRUSTRATED_TONE, OPEN))
def test_frustrated_tone(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(NUMBERS_AND_TIMELINES, OPEN))
def test_numbers_and_timelines(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)


@pytest.mark.parametrize(("code", "text"), with_open(AFTER_THE_CHANGE, OPEN))
def test_after_the_change_in_other_words(rules: RuleSet, code: str, text: str) -> None:
    assert_reaches(rules, code, text)
