"""Intimate and sexual health told discreetly, awkwardly or bluntly (rules-dz, session 40).

Each sentence is our own, in English or Chinese (simplified, Hong Kong and Taiwan traditional,
some Cantonese), read as a first message with the rules alone. Many talk round the body ("down
there", "my bits", "that time of the month", 下面, 那里, 大姨妈, 来例假) or tell a partner's
symptoms. Both sides are checked: a danger hidden behind embarrassment must be caught, and an
embarrassing but harmless thing stays at home or with the GP however alarmed the writer is ("I'm
freaking out", "is it cancer" are no red flag by themselves).

Items and their sources:

1. **Ectopic pregnancy** (NHS.uk ectopic pregnancy; NICE NG126): pain low down on one side with a
   missed or late period is an urgent GP, 111 or early pregnancy unit the same day; with
   shoulder-tip pain, fainting or feeling very dizzy, 999 or A&E.
2. **Bleeding in early pregnancy** (NHS.uk miscarriage and vaginal bleeding in pregnancy; NICE
   NG126): bleeding or spotting, the early pregnancy unit or 111 the same day; heavy bleeding with
   faintness or with tummy pain, 999.
3. **Heavy periods** (NHS.uk heavy periods): very heavy bleeding with feeling faint or dizzy, 999
   or A&E; soaking a pad or tampon every hour, an urgent GP or 111; periods that have long been
   heavy, a GP; ordinary period pain is treated at home (NHS.uk period pain).
4. **Pelvic inflammatory disease** (NICE CKS PID; NHS.uk PID): pain low in the tummy with a
   fever and an abnormal discharge is assessed the same day.
5. **Testicular torsion** (NHS.uk testicle pain; NICE CKS Scrotal pain and swelling): sudden,
   very bad pain in a testicle, A&E.
6. **Priapism** (NHS.uk priapism): an erection lasting more than 4 hours, A&E.
7. **Toxic shock syndrome** (NHS.uk toxic shock syndrome): a tampon or menstrual cup with a high
   temperature, a rash like sunburn, being sick or feeling faint, 999 or A&E.
8. **Emergency contraception** (NHS.uk emergency contraception; FSRH 2017): a pharmacist, GP or
   sexual health clinic as soon as possible (the pill within 72 or 120 hours, the coil within 5
   days): soon, never an emergency.
9. **HIV post-exposure prophylaxis** (BASHH PEPSE 2021; NHS.uk HIV): a possible exposure (a
   condom that split or no condom with a partner who has HIV) within 72 hours, a sexual health
   clinic or A&E the same day.
10. **STI symptoms** (NHS.uk sexually transmitted infections; NHS.uk genital herpes and warts):
    an unusual discharge, sores, blisters or warts, a sexual health clinic or GP, not the same day.
11. **Thrush and bacterial vaginosis** (NHS.uk thrush; NHS.uk bacterial vaginosis; NHS
    Pharmacy First): had before and the same again, a pharmacist (self-care).
12. **Postmenopausal bleeding** (NICE NG12 Suspected cancer: a two-week referral; NHS.uk
    postmenopausal bleeding: see a GP): a GP appointment, not the same day.
13. **A lump in a testicle** (NICE NG12; NHS.uk testicular lumps and swellings): a GP soon.
14. **Sexual assault** (NHS.uk help after rape and sexual assault: a sexual assault referral
    centre, 999 if injured or in danger; Faculty of Forensic and Legal Medicine / Institute for
    Addressing Strangulation: non-fatal strangulation with a changed voice, trouble swallowing or
    breathing, or a blackout is an emergency).
15. **UTI in women** (NHS England Pharmacy First 2024; NICE NG109): a mild, short bladder
    infection in a woman of 16-64, not pregnant, a pharmacist.
16. **Kidney infection** (NHS.uk UTIs; NICE CKS Pyelonephritis): UTI symptoms with a fever,
    shivering or pain in the back or side under the ribs, the same day.
17. **Urinary retention** (NHS.uk urinary retention; NICE CKS LUTS in men): suddenly not able
    to pee at all, with pain, A&E; a weak stream or getting up at night, a GP.
18. **Blood in semen** (NHS.uk blood in semen): once, in a young man with nothing else, not
    urgent.
19. **Erection problems** (NHS.uk erection problems; NICE CKS Erectile dysfunction): a GP.
20. **Vaginal dryness and the menopause** (NHS.uk menopause; NHS.uk vaginal dryness): self-care
    or a GP.

Codes are tests/rule_levels.py's; a code joined with ``+`` must hold in each part (``N+L`` is
exactly a GP's ``non_urgent``, ``N+!E`` soon but not an emergency).

Wrong before the change (d564d81): 27 of the 104 sentences first written (item 1: 0 of 9, item 2:
1 of 8, item 3: 0 of 9, item 4: 1 of 4, item 5: 1 of 6, item 6: 0 of 5, item 7: 5 of 6, item 8:
0 of 5, item 9: 0 of 4, item 10: 4 of 7, item 11: 5 of 6, item 12: 2 of 4, item 13: 0 of 4,
item 14: 5 of 6, item 15: 2 of 3, item 16: 0 of 4, item 17: 1 of 6, items 18-20: 0 of 8). Ten
more were written while fixing, to hold the new words to their place (a partner's menstrual cup,
hands round the neck, two UTIs said "all the time", and six look-alikes: tampons with ordinary
cramps, an assault as a teenager, oilseed rape, a choking cough, a cold sore, itchy after the gym);
4 of them were wrong before. After: two open rows, both the Pharmacy First reading by design
(a woman said, and no fever and no back or side pain both said absent, or the symptoms said mild).
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches, with_open

ECTOPIC = [
    (
        "E",
        "my period is two weeks late and I've got a sharp pain low down on my left side, I nearly "
        "fainted in the shower",
    ),
    (
        "E",
        "that time of the month is late, pain on one side of my tummy and a weird pain in the tip "
        "of my shoulder",
    ),
    (
        "E",
        "my girlfriend's period is late, she's got really bad pain on her right side low down and "
        "just passed out",
    ),
    ("E", "大姨妈推迟了两周，右下腹一侧很痛，刚才差点晕倒"),
    ("E", "例假迟了十天，左下腹一边剧痛，肩膀尖也痛"),
    ("E", "月經遲咗兩個禮拜，右邊下腹好痛，頭好暈，差啲暈低"),
    ("U", "my period's about a week late and I've had a pain on one side low down since yesterday"),
    ("U", "月经晚了一周，左下腹一边隐隐作痛"),
    ("U", "positive test on Sunday and now a pain low down on the right side"),
]

EARLY_PREGNANCY_BLEEDING = [
    ("=U", "I'm 7 weeks pregnant and there's some spotting down there, no pain"),
    ("=U", "positive test last week and now a bit of brown discharge in my knickers"),
    ("=U", "怀孕8周，内裤上有一点咖啡色的，不痛"),
    ("=U", "懷孕六週，今天發現有少少出血，肚子不痛"),
    (
        "E",
        "8 weeks pregnant, bleeding heavily from down below, soaking pads and I feel really faint",
    ),
    ("E", "my wife is 9 weeks pregnant, bleeding a lot down there with bad tummy pain"),
    ("E", "老婆怀孕七周，刚才下面出了很多血，脸色发白，头很晕"),
    ("E", "懷孕十週，下面大量出血，頭好暈"),
]

HEAVY_PERIODS = [
    ("E", "that time of the month and it's pouring out, soaking a pad every hour and I feel dizzy"),
    ("E", "来例假第二天，血量特别多，一个小时就湿透一片卫生巾，头晕眼花"),
    ("E", "月經來好多，每個鐘都濕透一片衛生棉，頭好暈"),
    ("=U", "my period is so heavy today I'm soaking through a pad every hour since this morning"),
    ("=U", "大姨妈今天特别多，每小时都要换一片卫生巾"),
    ("N+L", "my periods have been really heavy for months, I flood through pads on the heavy days"),
    ("N+L", "每次来月经都很多，头两天要用夜用卫生巾，已经半年了"),
    ("S", "just my usual period cramps, ibuprofen is helping, wanted to check that's ok"),
    ("S", "来例假肚子痛，跟平时一样，吃了布洛芬好多了"),
]

PID = [
    (
        "U",
        "pain low down in my pelvis on both sides, a temperature of 38.5 and a funny smelling "
        "discharge down there",
    ),
    (
        "U",
        "lower tummy pain, feel feverish and there's a yellow discharge, it hurts during sex too",
    ),
    ("U", "小腹两边痛，发烧38度5，白带发黄有异味"),
    ("U", "下腹痛又發燒，分泌物好多有臭味"),
]

TORSION = [
    ("E", "sudden agony in one of my balls, came on an hour ago and I feel sick"),
    ("E", "my 14 year old says his bits suddenly really hurt and he won't let me look"),
    ("E", "woke up with terrible pain in my left testicle, came on suddenly"),
    ("E", "儿子下面突然好痛，痛到呕"),
    ("E", "蛋蛋突然剧痛，右边那个"),
    ("E", "我個仔話下面突然好痛，唔俾我睇"),
]

PRIAPISM = [
    ("E", "embarrassing but I've had an erection for 5 hours that won't go down"),
    ("E", "my boyfriend's erection won't go away, it's been 6 hours and it's painful now"),
    ("E", "勃起了六个小时还不消，很痛"),
    ("E", "陰莖勃起超過五個小時都不消"),
    ("!E", "is it normal to wake up with an erection every morning"),
    ("!E", "he said his bits are a bit itchy after the gym"),
]

TOXIC_SHOCK = [
    (
        "E",
        "had a tampon in since yesterday and now a high temperature, a rash like sunburn and I "
        "keep being sick",
    ),
    (
        "E",
        "on my period using a menstrual cup, now burning up with a fever, vomiting and feel like "
        "I'm going to faint",
    ),
    ("E", "用了卫生棉条，现在发高烧，身上起红疹，一直呕吐"),
    ("E", "大姨妈来了用着棉条，突然高烧到39度，全身起红疹，还吐了"),
    ("E", "用衛生棉條之後發高燒，全身出紅疹，一直嘔"),
    ("E", "my wife is using a menstrual cup and now has a high fever and is being sick"),
    ("!E", "forgot a tampon in for two days, no fever, feel fine, just a smell"),
    ("S", "I use tampons and just have my usual period cramps, paracetamol helps"),
]

EMERGENCY_CONTRACEPTION = [
    ("N+!E", "had unprotected sex last night, where can I get the morning after pill"),
    ("N+!E", "the condom split last night with my boyfriend, need emergency contraception"),
    ("N+!E", "忘记吃避孕药两天，昨晚同房了，想买紧急避孕药"),
    ("N+!E", "昨晚冇戴套，想買事後丸"),
    ("N+!E", "保險套破了，想吃事後避孕藥，已經過了兩天"),
]

PEP = [
    ("=U", "condom split last night with a guy who told me afterwards he's HIV positive"),
    ("=U", "had sex without a condom two nights ago, found out he has HIV, do I need PEP"),
    ("=U", "安全套破了，对方是HIV阳性，昨晚的事"),
    ("=U", "前晚冇戴套，對方話佢有愛滋病，使唔使食阻斷藥"),
]

STI = [
    ("N+L", "some green discharge from my penis and it stings a bit when I pee"),
    ("N+L", "got a few small painful sores down there after sleeping with someone new"),
    ("N+L", "my boyfriend has a discharge from his willy, worried it's an STI"),
    ("N+L", "I'm freaking out, found a little wart-like bump on my bits, is it cancer?"),
    ("N+L", "那里长了几个小水泡，有点痛，上个月有过无保护的性生活"),
    ("N+L", "下面长了几个像菜花一样的小疙瘩，担心是性病"),
    ("N+L", "私處長咗幾粒小水泡，有啲痛"),
    # a cold sore on the lip is no genital sore (NHS.uk cold sores: a pharmacist)
    ("S", "got a cold sore on my lip again, tingly, using the cream from the chemist"),
]

THRUSH_BV = [
    (
        "S",
        "I've had thrush before and this is the same, itchy down there with a thick white "
        "discharge, started 2 days ago",
    ),
    (
        "S",
        "my bits are itchy with a cottage cheese discharge, it's thrush like last time, can I "
        "just get the cream",
    ),
    ("S", "fishy smell down there after my period, no itching, had BV before and it's the same"),
    ("S", "下面很痒，白带像豆腐渣，以前得过霉菌性阴道炎，跟上次一样"),
    ("S", "下面好痕，白色豆腐渣咁嘅分泌物，以前有過念珠菌，同上次一樣"),
    ("L", "I'm freaking out, so itchy down there with white discharge, is it an STD?"),
]

POSTMENOPAUSAL = [
    ("N+L", "I'm 58 and went through the menopause years ago, now a bit of spotting down there"),
    (
        "N+L",
        "is it cancer? I'm 62, bleeding a little down below for the first time since my periods "
        "stopped",
    ),
    ("N+L", "绝经五年了，最近内裤上又见到一点血"),
    ("N+L", "停經三年，最近又有少少出血"),
]

TESTICLE_LUMP = [
    ("N+L", "found a pea sized lump on my left ball, it doesn't hurt"),
    ("N+L", "my husband found a hard lump on one of his testicles, no pain, he's freaking out"),
    ("N+L", "蛋蛋上摸到一个小硬块，不痛"),
    ("N+L", "睪丸有粒硬嘢，唔痛"),
]

SEXUAL_ASSAULT = [
    ("U", "I was raped last night and I don't know what to do"),
    ("U", "someone had sex with me last night when I was too drunk to say no"),
    ("U", "我昨晚被人强奸了，下面撕裂在流血"),
    ("U", "我前日俾人強姦，唔知點算"),
    ("E", "he strangled me while he raped me, now my voice is hoarse and it hurts to swallow"),
    ("E", "他强奸我的时候掐我脖子，我晕过去了一会儿，现在吞东西很痛"),
    ("U", "my partner had his hands around my neck last night, I've got marks but feel ok"),
    # long ago, or the crop: no same-day sign
    ("L", "I was sexually assaulted as a teenager and it still affects my relationship now"),
    ("L", "my hay fever is playing up, the oilseed rape fields behind us are in flower"),
    ("!E", "this cough keeps making me choke on phlegm at night"),
]

UTI_WOMEN = [
    (
        "S",
        "stinging when I wee and going all the time since yesterday, I'm 28, not pregnant, no "
        "fever",
    ),
    (
        "S",
        "I'm a 35 year old woman with cystitis, burning when I pee since this morning, otherwise "
        "fine",
    ),
    ("S", "30岁女性，昨天开始尿尿的时候有点刺痛，老想上厕所，没发烧，没怀孕"),
    (
        "S",
        "I'm a 24 year old woman, peeing all the time and it stings, started yesterday, no fever "
        "and no back pain",
    ),
    ("S", "女，25岁，尿尿有点痛，总是想上厕所，昨天开始，没发烧，腰不痛"),
]

KIDNEY_INFECTION = [
    (
        "U",
        "burning when I wee, now shivering with a temperature and pain in my back under the ribs",
    ),
    ("U", "water infection for a few days, now I've got a fever and a pain in my side"),
    ("U", "小便痛，发烧发冷，腰痛"),
    ("U", "屙尿好痛，今日發燒打冷震，後腰好痛"),
]

RETENTION = [
    (
        "E",
        "my husband hasn't been able to pee since this morning and he's in agony, his bladder "
        "feels full",
    ),
    ("E", "I'm 70 and can't pass water at all, lower tummy is swollen and painful"),
    ("E", "老公一天都尿不出来，小肚子胀得很痛"),
    ("E", "老公成日屙唔出尿，下腹好脹好痛"),
    ("N+L", "weak stream and up three times a night to pee for months, I'm 65"),
    ("N+L", "尿尿越来越慢，晚上要起来三次，几个月了"),
]

BLOOD_IN_SEMEN = [
    ("L", "noticed a bit of blood in my semen once, I'm 25, no pain, freaking out"),
    ("L", "精液里有一点血丝，就一次，二十几岁，不痛"),
]

ERECTION = [
    ("N+L", "struggling to keep it up in bed for a few months, bit embarrassing"),
    ("N+L", "can't get an erection with my partner for months now, I'm 45"),
    ("N+L", "最近几个月在床上硬不起来"),
]

MENOPAUSE_DRYNESS = [
    ("L", "going through the change, dry down there and sex hurts a bit"),
    ("L", "更年期了，下面很干，同房有点痛"),
    ("L", "hot flushes and my periods are all over the place, I'm 51, think it's the menopause"),
]

ROWS = (
    ECTOPIC
    + EARLY_PREGNANCY_BLEEDING
    + HEAVY_PERIODS
    + PID
    + TORSION
    + PRIAPISM
    + TOXIC_SHOCK
    + EMERGENCY_CONTRACEPTION
    + PEP
    + STI
    + THRUSH_BV
    + POSTMENOPAUSAL
    + TESTICLE_LUMP
    + SEXUAL_ASSAULT
    + UTI_WOMEN
    + KIDNEY_INFECTION
    + RETENTION
    + BLOOD_IN_SEMEN
    + ERECTION
    + MENOPAUSE_DRYNESS
)

OPEN: dict[str, str] = {
    "stinging when I wee and going all the time since yesterday, I'm 28, not pregnant, no fever": (
        "NHS Pharmacy First as the rules read it needs a woman said, and a fever and back or side"
        " pain both said absent or the symptoms said mild (checked_and_told.yaml"
        " pharmacy_checked); here no 'woman' and only the fever is denied: kept by design"
    ),
    "I'm a 35 year old woman with cystitis, burning when I pee since this morning, otherwise "
    "fine": (
        "'otherwise fine' is not read as the Pharmacy First checks (no fever, no back or side"
        " pain) nor as mild; widening pharmacy_checked to it is a design choice left to the"
        " coordinator"
    ),
}


@pytest.mark.parametrize(("expected", "text"), with_open(ROWS, OPEN))
def test_intimate_health_level(rules: RuleSet, expected: str, text: str) -> None:
    for code in expected.split("+"):
        assert_reaches(rules, code, text)
