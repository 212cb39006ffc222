"""Medicines and the pharmacy, as patients and carers write it.

Written from the published pages before the rules changed for them (English, simplified and
traditional Chinese, Cantonese), each sentence with the level its page gives; the product never
doses a medicine, it only reads what people say they took. Codes as ``tests.rule_levels``.

- 999 or A&E: face, lip or tongue swelling on an ACE inhibitor (BNF / MHRA, NHS.uk
  angioedema), a spreading blistering rash or sore mouth or eyes after a new medicine (NHS.uk
  Stevens-Johnson syndrome, MHRA), very drowsy or slow breathing on an opioid or after a dose
  mix-up (TOXBASE opioids, NHS.uk codeine and morphine), serotonin syndrome (BNF, NHS.uk
  sertraline and tramadol), an adrenal crisis on steroids (Society for Endocrinology, NHS.uk
  Addison's disease);
- at least same day: a sore throat, mouth ulcers or a fever on carbimazole, clozapine or
  methotrexate or after chemotherapy (NHS.uk medicine pages, MHRA, NICE NG151); lithium with
  vomiting, diarrhoea, shaking or unsteadiness (NICE CKS bipolar disorder, NHS.uk lithium);
  bleeding or black stools on an anticoagulant (NHS.uk apixaban, warfarin, rivaroxaban); a
  double dose or another person's tablets (NHS.uk 'if you take too much', NHS 111); insulin
  taken twice (NHS.uk insulin); paracetamol over several days above the limit (TOXBASE
  staggered overdose, NHS.uk paracetamol); a herbal or traditional remedy with yellow skin or
  dark urine (NHS.uk jaundice, MHRA herbal medicines);
- below same day: a dry cough for weeks on an ACE inhibitor (GP), mild nausea on a new tablet
  (pharmacist), one missed combined pill, a question with no symptom, an over-the-counter
  remedy that helped, easy bruising on an anticoagulant (NHS.uk medicine pages).

Wrong before the rules changed: 13 of the first 80 (44 in Chinese), written before any rule
changed; with the 13 added beside the change (look-alikes of the daily paracetamol count, the
lithium and long-term steroid rules and another's tablets, stand-downs beside a real danger),
17 of 93 on the base; two typo rows added after. All closed by the change.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

ROWS: list[tuple[str, str]] = [
    # --- 999 / A&E ---
    # BNF / MHRA ACE inhibitors; NHS.uk angioedema (swollen tongue or throat: 999)
    ("E", "I've been on ramipril for two years and tonight my tongue and lips have swollen up"),
    (
        "E",
        "my dad takes lisinopril and his face and lips are swelling and he says his throat "
        "feels tight",
    ),
    ("E", "started enalapril last month, woke up with my lip and tongue massively swollen"),
    ("E", "吃了两年的培哚普利，今晚舌头突然肿起来，说话都不清楚"),
    ("E", "阿爸食緊血壓藥，成塊面同嘴唇腫晒，話喉嚨好緊"),
    ("E", "吃降壓藥嘅，今朝起身條脷腫到好大"),
    # NHS.uk Stevens-Johnson syndrome; MHRA (a spreading blistering rash, sore mouth or eyes
    # after a new medicine: A&E)
    (
        "E",
        "started a new antibiotic 5 days ago and now the rash is spreading with blisters and my"
        " mouth and eyes are really sore",
    ),
    (
        "E",
        "on lamotrigine two weeks, the rash has blistered and the skin on my back is peeling off",
    ),
    ("E", "new medicine last week, now blisters all over, lips crusted and eyes red and painful"),
    ("E", "新吃了别嘌醇，全身起红疹还起水泡，嘴巴里面都烂了，眼睛又红又痛"),
    ("E", "開始食卡馬西平，皮膚起水泡甩皮，眼又紅又痛"),
    ("E", "吃了新开的抗生素，身上的疹子越来越多还起泡，口腔也溃烂了"),
    # TOXBASE opioids; NHS.uk codeine / morphine (too much: very sleepy, slow breathing: 999)
    (
        "E",
        "my mum took her morphine twice by mistake and now she's really drowsy and her "
        "breathing is slow",
    ),
    (
        "E",
        "grandad is on oxycodone and fentanyl patches, he's very sleepy and we can hardly wake him",
    ),
    ("E", "the pharmacy gave mum the wrong tablets and now she's very drowsy and hard to wake"),
    ("E", "奶奶多吃了一次吗啡，现在很想睡，叫都叫不醒，呼吸很慢"),
    ("E", "阿爺食多咗可待因，成個人好眼瞓，呼吸好慢"),
    ("E", "药房配错了药，妈妈吃了以后一直昏睡，叫不醒"),
    # BNF serotonin syndrome; NHS.uk sertraline and tramadol pages (A&E)
    (
        "E",
        "I'm on sertraline and took tramadol for my back, now I'm shaking, sweating loads and "
        "my heart is racing",
    ),
    (
        "E",
        "on citalopram and had a sumatriptan for a migraine, now twitching all over, agitated "
        "and boiling hot",
    ),
    ("E", "吃着舍曲林又吃了曲马多，现在全身发抖、大汗、心跳很快"),
    ("E", "食緊氟西汀，之後食咗曲馬多，而家肌肉不停跳，出好多汗，好煩躁"),
    # Society for Endocrinology adrenal crisis; NHS.uk Addison's disease (vomiting, can't keep
    # tablets down, collapse: 999)
    (
        "E",
        "I have Addison's and have been vomiting all morning, can't keep my hydrocortisone down"
        " and feel faint",
    ),
    (
        "E",
        "my son has been on prednisolone for years, he's been sick all day, can't keep his "
        "tablets down and he collapsed",
    ),
    (
        "E",
        "on long-term steroids for my lungs, vomiting since last night and couldn't keep the "
        "tablets down, now very dizzy when I stand",
    ),
    ("E", "我有阿狄森病，吃氢化可的松的，今天一直呕吐，药都吐出来了，差点晕倒"),
    ("E", "長期食類固醇，今日嘔到啲藥都食唔落，仲暈低咗"),
    ("E", "长期吃强的松，今天吐了一整天，药吃进去就吐，刚才晕倒了"),
    # typos and the American name beside the new words (the speller still reads them)
    ("E", "on long-term prednisolne, been vomitting all day and dizzy when I stand"),
    ("E", "on long term prednisone and been vomiting all day, can't keep anything down"),
    # --- same day ---
    # NHS.uk carbimazole, clozapine, methotrexate; MHRA (a sore throat, mouth ulcers or a
    # fever: a blood count straight away)
    ("=U", "on carbimazole and I've got a really sore throat since yesterday"),
    ("=U", "I take clozapine and have had mouth ulcers and a temperature of 38 today"),
    ("=U", "on methotrexate weekly, developed mouth ulcers and a sore throat"),
    ("=U", "吃甲巯咪唑治甲亢，这两天喉咙很痛"),
    ("=U", "食緊氯氮平，口腔潰瘍又發燒"),
    ("=U", "每周吃一次甲氨蝶呤，最近嘴里长了好多溃疡"),
    # NICE NG151 / NHS.uk chemotherapy (a temperature after chemotherapy: the chemotherapy
    # helpline now)
    ("U", "had chemo last week and now my temperature is 38.2"),
    ("U", "化疗后第七天，发烧38度"),
    ("U", "做完化療一個禮拜，喉嚨痛又發燒"),
    # NICE CKS Bipolar disorder / NHS.uk lithium (vomiting, diarrhoea, shaking, unsteady:
    # signs of toxicity)
    ("U", "I'm on lithium and have had diarrhoea and vomiting for two days, my hands are shaky"),
    (
        "U",
        "my brother takes lithium and he's been unsteady on his feet and shaking since yesterday",
    ),
    ("U", "吃碳酸锂的，这两天拉肚子又呕吐，手一直抖"),
    ("U", "食緊鋰鹽，今日行路唔穩，手震得好犀利"),
    # NHS.uk apixaban, warfarin, rivaroxaban (bleeding, black poo, blood in pee: straight away)
    ("U", "on apixaban and my poo has been black for two days"),
    ("U", "taking warfarin, there's blood in my wee and my gums keep bleeding"),
    ("U", "吃华法林的，这两天大便是黑色的"),
    ("U", "食緊利伐沙班，小便有血"),
    # NICE CKS bipolar disorder / NHS.uk lithium (sickness or diarrhoea alone: a level today)
    ("=U", "I am on lithium and have been throwing up since last night"),
    ("=U", "食緊鋰鹽，呢兩日肚屙"),
    # NHS.uk medicine pages 'if you take too much'; NHS 111 (a double dose or another's
    # tablets: 111 even if well)
    ("=U", "I accidentally took my blood pressure tablets twice this morning, feel fine"),
    ("=U", "my husband took my amlodipine by mistake this morning, he feels ok"),
    ("=U", "mum was given another resident's tablets at the care home this morning"),
    ("=U", "不小心把降压药吃了两次，现在没什么感觉"),
    ("=U", "老公吃错了我的药，吃的是我的降压药，他说没事"),
    ("=U", "阿嫲食錯咗阿爺嘅心臟藥"),
    ("=U", "my husband took someone else's tablets by mistake at the day centre"),
    ("=U", "奶奶吃错了隔壁床的药"),
    # NHS.uk insulin ('if you take too much': a hypo risk, call the diabetes team or 111)
    ("=U", "I think I injected my long-acting insulin twice tonight"),
    ("=U", "今晚好像打了两次长效胰岛素"),
    ("=U", "阿爺今朝打咗兩次胰島素"),
    # TOXBASE staggered paracetamol; NHS.uk paracetamol (more than the maximum: A&E even if well)
    ("U", "I've been taking 12 paracetamol a day for the last four days for toothache"),
    ("U", "这几天牙痛，每天吃十片扑热息痛，连续吃了三天"),
    ("U", "呢幾日牙痛，每日食十粒必理痛"),
    # NHS.uk jaundice and herbal medicines; MHRA herbal safety (yellow skin or dark urine:
    # urgent GP or 111)
    (
        "=U",
        "been taking a herbal supplement for weight loss and now my eyes look yellow and my wee"
        " is dark",
    ),
    ("=U", "吃了一个月中药调理，现在眼白发黄，小便很黄"),
    ("=U", "食咗成個月中藥，而家皮膚黃咗，小便好深色"),
    # the stand-downs' words beside a real danger stay an emergency: a daily count asked
    # about, a whole month of a remedy (TOXBASE; NHS.uk poisoning and unconsciousness)
    ("E", "妈妈扑热息痛每天吃十片，现在叫都叫不醒，会不会有事"),
    (
        "E",
        "he's been taking 12 paracetamol a day and now he's really drowsy and hard to wake, is "
        "that bad?",
    ),
    ("E", "食咗成個月中藥，今日又食咗成板安眠藥"),
    # --- look-alikes that stay down ---
    # NHS.uk ramipril (a dry cough that does not go: talk to the doctor)
    ("L", "I've had a dry tickly cough for weeks since starting ramipril, otherwise fine"),
    ("L", "吃培哚普利以后一直干咳，已经几个星期了，其他都还好"),
    ("L", "食咗降血壓藥之後成日乾咳，咳咗幾個禮拜"),
    # NHS.uk metformin, sertraline (feeling sick: take with food, ask a pharmacist)
    ("L", "mild nausea since starting metformin last week, should I take it with food?"),
    ("L", "刚开始吃二甲双胍，有点恶心，正常吗"),
    ("L", "新食嘅藥令我有少少作悶，係咪正常"),
    # NHS.uk combined pill (one missed pill: take it when you remember)
    ("L", "I missed one pill yesterday, it's the combined pill, what should I do"),
    ("L", "昨天漏吃了一颗避孕药，要怎么办"),
    ("L", "尋日唔記得食一粒避孕藥"),
    # NHS.uk medicine pages (a question, nobody unwell: a pharmacist)
    ("L", "can I take ibuprofen with my sertraline?"),
    ("L", "is it ok to drink alcohol on amoxicillin"),
    ("L", "on carbimazole for two years, no sore throat, just asking how often I need blood tests"),
    ("L", "吃着氨氯地平可以喝西柚汁吗"),
    ("L", "食緊薄血藥可唔可以食維他命"),
    ("L", "吃甲巯咪唑的，想问多久要验一次血"),
    # NHS.uk paracetamol (a question about the daily limit, or a dose within it: a pharmacist)
    ("L", "the box says no more than 8 paracetamol a day, is that right for me?"),
    ("L", "扑热息痛每天吃十片会不会伤肝"),
    ("L", "每天吃两片扑热息痛，牙痛好多了"),
    # NICE CKS bipolar disorder, NHS.uk lithium, Steroid Emergency Card (nothing the page warns
    # of is said: a repeat prescription, one vomit gone with the tablets kept down)
    (
        "L",
        "on lithium for years, levels fine, no sickness or diarrhoea, just need a repeat "
        "prescription",
    ),
    (
        "!E",
        "on long-term steroids, was sick once yesterday but fine now and keeping my tablets down",
    ),
    # NHS.uk 'taken someone else's medicine' (noticed before any was taken: nothing to assess)
    ("L", "the pharmacist noticed they gave me the wrong tablets before I took any"),
    # NHS.uk indigestion / coughs (an OTC remedy that helped)
    ("L", "took some gaviscon for heartburn and it's settled now"),
    ("L", "吃了胃药，胃痛好多了"),
    ("L", "食咗止咳水，好返好多"),
    # NHS.uk apixaban (a question before a dental visit, nobody unwell: the dentist or pharmacist)
    ("L", "on apixaban, do I need to stop it before a tooth out next week?"),
    ("L", "吃阿哌沙班的，下个礼拜拔牙，要不要先停药"),
]

# Wrong at this file's first run and still open (strict: a row that closes fails here)
OPEN: dict[str, str] = {}  # all thirteen closed (session 39)


@pytest.mark.parametrize(("expected", "text"), with_open(ROWS, OPEN))
def test_medicines_and_pharmacy_reach_their_level(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
