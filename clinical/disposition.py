"""All four levels without a model: the level below the red flags, as telephone triage decides it.

When no red flag fires, the complaint families recognised in the conversation decide from
severity, duration, course, function, age, pregnancy and known conditions, using the
phrase lists and per-family windows in ``clinical/data/dispositions.yaml``:

- ``urgent``: a sign NHS 111 or NICE CKS sends to a GP or pharmacist today, new severe pain
  (or 7+/10) that is not improving, worse and worse with function lost, a baby under 3
  months, a known risk condition with a fever, pregnancy with a urinary, tummy, fever or
  headache problem;
- ``self_care`` only with positive evidence (mild, improving, coping, or a minor illness
  NHS.uk treats at home) and nothing against it (no lost function, no worsening, not
  severe, not beyond the family's window, no risk group, not a review request); a baby's age
  is no reason against it for the minor illnesses NHS.uk has parents treat at home (teething,
  nappy rash, cradle cap: ``infant_minor``), and a family's floor lifts for a mild problem a
  pharmacist treats in a woman (``pharmacy``: NHS Pharmacy First, uncomplicated UTI at 16-64);
- ``non_urgent`` otherwise, and always for a sign a clinician should see within days (NICE
  NG12 suspected cancer signs, ``refer``).

The ``urgent``, ``refer`` and ``minor`` phrases come in groups that each name their source.

:func:`decide` is what the graph's no-model path and ``triage eval --rules-only`` both call;
the caller takes the more urgent of this and the red flags. It never says ``emergency``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from clinical.disposition_data import (
    DEFAULT_PATH,
    SOURCED_LISTS,
    Dispositions,
    FamilyWindow,
    load_dispositions,
)
from clinical.durations import cake_counts_blanked, duration_findings, trip_spans_blanked
from clinical.household_evidence import main_evidence, main_severity
from clinical.matching import PhraseSet, blank_spans
from clinical.news2 import news2
from clinical.questions import load_questions
from clinical.quoted import without_quoted_verdicts
from clinical.red_flags import (
    ALTERED_CONSCIOUSNESS,
    FULL_NEWS2_SET,
    ON_OXYGEN,
    RuleSet,
    load_rules,
)
from clinical.vitals import bp_told_as_average, numeric_text, saturation_dip_asleep
from states.disposition import Disposition, more_urgent
from states.record import IntakeRecord

__all__ = ["DEFAULT_PATH", "SOURCED_LISTS", "Dispositions", "decide", "load_dispositions"]

URGENT_IN_PREGNANCY = frozenset({"urinary", "abdominal_pain", "fever", "headache"})
YOUNG_INFANT_YEARS = 0.25
INFANT_YEARS = 1.0
OLDER_YEARS = 75.0
# the ``older_person`` concept (NICE NG232's 65 or older) also holds for an age typed as a number,
# so a group with ``when: [older_person]`` reads "Dad's 87" as it reads "my grandad"
OLDER_PERSON_YEARS = 65.0
# Severe pain is urgent when it is new (Manchester Triage pain discriminators triage an acute
# presentation); pain that has lasted this long is a GP appointment (NICE CKS: long-standing
# pain is reviewed, not seen the same day), unless it is getting worse.
LONG_STANDING_DAYS = 28.0
# "not regular for several months", 唔准咗几个月: the negation negates "regular", not the months;
# one right before the span still does ("not for weeks", 不到一个月, 没几个月)
LASTING_REACH = 1
RAISED_SYSTOLIC, RAISED_DIASTOLIC = 140.0, 90.0  # NICE NG136: clinic blood pressure to confirm
# NICE NG136 1.2.5: a home (or daytime ambulatory) average of 135/85 or more confirms
# hypertension, a GP's (rules-nf, session 48); a home reading under it on a rested repeat has
# settled (rules-ng, session 48)
HOME_AVERAGE_SYSTOLIC, HOME_AVERAGE_DIASTOLIC = 135.0, 85.0
# A worry asked as a yes/no question ("is it a fungal infection spreading??", 係咪擴散緊？？,
# "are they spreading?") reports nothing: such a sentence does not count against self-care as
# getting worse. A question that reports it ("is it normal that it keeps spreading?") still does,
# and so does every question for the same-day check (worse with function lost).
_ASKED_WORRY = re.compile(
    r"(?:(?<=^)|(?<=[.!?。！？，,\n]))\s*(?:is|are|could|can|does|do|will|might)\s+"
    r"(?:it|this|that|they|these|those)\b(?![^.!?。！？\n]*\b(?:normal|that|because)\b)"
    r"[^.!?。！？\n]*[?？]+"
    r"|(?:(?<=^)|(?<=[.!?。！？，,\n]))[^.!?。！？，,\n]*(?:是不是|会不会|係咪|系咪|会唔会|會唔會|會不會)"
    r"(?![^.!?。！？，,\n]*正常)[^.!?。！？，,\n]*[?？]+",
    re.I,
)
# worse with a trigger, not over time (看手机久了加重, 活动后加重, 咳嗽时加重): what
# brings the symptom on is no course getting worse (NHS.uk "see a GP if it gets worse" is the
# course); 越来越, 一天比一天 and a bare 加重 still are
_TRIGGERED_WORSE = re.compile(
    r"(?:久了|耐咗|耐了|多了|[时時]|的[时時]候|[时時]候|活[动動]後|活动后|[运運][动動]後|运动后|[饭飯]後|饭后|累了)"
    r"(?:就|[会會]|就[会會])?(?:有[点點]|有些|稍微|[会會])?加重"
)
# an infection spread to other people ("send him back to school spreading it", "spreading it round
# the nursery", "don't want to spread germs to the family") is passing it on, no course getting
# worse (NHS.uk head lice and nits, impetigo, common cold: how it spreads and when to stay off
# school); "the rash is spreading" still is
_PEOPLE_OR_PLACES = (
    r"(?:school|nursery|class|classmates|work|office|others|other kids|other children|everyone|"
    r"everybody|family|rest of us|rest of the family|household|siblings|brothers?|sisters?|friends)"
)
_PASSED_ON = re.compile(
    rf"\b{_PEOPLE_OR_PLACES}(?:\s+[a-z']+){{0,3}}?\s+spread(?:s|ing)?\s+"
    r"(?:it|them|germs|the bug|the virus|the infection|lice|nits)\b"
    r"|\bspread(?:s|ing)?\s+(?:it|them|germs|the bug|the virus|the infection|lice|nits)\s+"
    rf"(?:to|round|around|among|at|in|through)\s+(?:the\s+|my\s+|his\s+|her\s+|our\s+|their\s+)?"
    rf"{_PEOPLE_OR_PLACES}\b",
    re.I,
)
# NICE CKS Anticoagulation - oral: an INR of 5 or more (above range, with or without bleeding)
# needs the anticoagulant service the same day (doses withheld, vitamin K above 8); the number is
# the first one after "INR" within a few words ("INR came back 7.2", INR是5.8, "INR of 6")
INR_SAME_DAY = 5.0
_INR = re.compile(
    r"(?<![A-Za-z])INR(?![A-Za-z])[^0-9\n.!?。！？]{0,20}?(\d{1,2}(?:\.\d+)?)"
    r"(?![\d.]*\s*(?:days?|weeks?|天|日))",
    re.I,
)
# a span said as an upper bound is a recent dose ("within the last 10 years", "less than 10 years
# ago", 十年以内)
_WITHIN = re.compile(
    r"within|in the (?:last|past)|less than|under|fewer than|不到|以内|之内|年内|年內", re.I
)
# ...except where tenderness is itself a warning: the tummy, a testicle, the chest or the head,
# and a bone after an injury (Ottawa ankle and knee rules: bone tenderness is X-rayed)
_TENDER_WARNS = re.compile(
    r"肚|腹|胃|睾|蛋蛋|胸|头|扭|摔|跌|撞|崴|踢|砸|绊|tummy|belly|abdom|stomach|testic|\bballs?\b"
    r"|chest|head|went over|twist|\bfell\b|\bfall|sprain|rolled|\bhit\b|knock|kick|landed|trip",
    re.I,
)
# UKHSA Tetanus: the last tetanus dose said to be 10 or more years ago ("my last tetanus jab
# was over 10 years ago", 破伤风针十几年前打的), read here because its past cue ("years ago",
# 年前) hides any phrase of its clause from the matcher; with a tetanus-prone wound, same-day
TETANUS_YEARS = 10
_TETANUS_AGO = re.compile(
    r"tetanus[^.!?\n]{0,40}?(?:over|more than|about|around)?\s*(\d{1,2})\s*(?:\+\s*)?(?:years|yrs)"
    # the message as written: traditional characters too (破傷風, 十幾年)
    r"|破[伤傷][风風][^。！？\n]{0,10}?(十[几幾]|十多|二十|[几幾]十|十|\d{1,2})\s*(?:多)?年",
    re.I,
)
# A known condition's history, said of the condition and not of the episode: years of it
# ("for years", "15 years", 多年, 十几年), long-standing, 老毛病 (read only with its usual episode)
_HISTORY = re.compile(
    r"(?:for|over|in|of)?\s*(?:many|several|a few|a couple of|\d{1,2})?\s*years(?:\s+now)?"
    r"|long[- ]standing|longstanding|chronic"
    r"|多年|好多年|很多年|十几年|十多年|几十年|好几年|几年|\d{1,2}\s*(?:多)?年(?!前)|老毛病|老病号|老胃病|老病",
    re.I,
)
# Sleep said to be a little troubled (有点睡不着, 有啲瞓唔着) with a minor illness is a few
# nights' light sleep (NHS.uk insomnia and low mood: self-help), not sleep lost to a problem
# (牙痛得有点睡不着 has no minor illness and stays lost function); so is an hour to fall asleep
# once in bed (上床一个小时都睡不着, 瞓落床成个钟都瞓唔着: NHS.uk insomnia, self-help)
_SLIGHTLY_SLEEPLESS = re.compile(
    r"(?:有点|有些|有一点|有啲|少少)\s*(?:睡不着|睡不好|瞓唔着|瞓唔好)"
    r"|(?:躺下|上床|瞓落床|瞓低)[^，。,.!?！？\n]{0,8}?(?:睡不着|睡不著|瞓唔着|瞓唔著)"
    # a night of tossing and turning with a minor illness (NHS.uk indigestion: a full, bloated
    # stomach after a big meal) is no lost function either
    r"|(?:翻来覆去|翻來覆去|辗转反侧|輾轉反側)\s*(?:睡不着|睡不著|瞓唔着|瞓唔著)"
)
# The parents' sleep lost to a baby or child who is unsettled ("keeping us up", 扭计吵到我哋瞓唔到,
# 闹得我们睡不着) is the carers', no lost function of the patient: NHS.uk teething (being
# unsettled and waking at night are its signs, treated at home; rules-na, set 70)
_CARERS_SLEEP = re.compile(
    r"\b(?:keeps?|keeping|kept)\s+(?:us|the\s+(?:whole\s+)?(?:house|family))\s+(?:up|awake)\b"
    r"|\b(?:none of us|we\s+(?:have|haven't|havent|can't|cant|cannot|didn't|didnt)|nobody)\s+"
    r"(?:slept|sleep|sleeping|get\s+any\s+sleep|got\s+any\s+sleep)\b"
    r"|(?:烦|煩|吵|闹|鬧|搞|弄|害)(?:到|得)\s*(?:我哋|我們|我们|全家|成家人|大人|我同老公|我同老婆|我)"
    r"\s*(?:都|也|成晚)?\s*(?:瞓唔到|瞓唔着|瞓唔著|睡不着|睡不著|睡不好|瞓唔好|冇觉瞓|冇覺瞓|没觉睡|沒覺睡)",
    re.I,
)
# A practical obstacle to getting seen ("can't get time off work", "can't afford time off",
# 请不到假, "no time off") is no symptom stopping normal activities (NHS.uk sprains and strains
# and self-care pages set the level from the signs; "off work with it" still is)
_NO_TIME_OFF = re.compile(
    r"(?:can't|cant|cannot|can not|couldn't|won't be able to|unable to|hard to|struggle to|"
    r"no way to|not able to)\s+(?:really\s+|easily\s+)?"
    r"(?:get|take|have|afford(?:\s+to\s+(?:get|take|have))?)\s+(?:any\s+|the\s+)?"
    r"(?:time|a day|the day|a morning|an afternoon)\s+off(?:\s+work)?"
    r"|\bno time off(?:\s+work)?"
    # leave that cannot be had or no time to take it (没法请假, 没空去请假, 冇時間請假, 请不到假,
    # 請唔到假): the obstacle, not a lost day, and no negation of the leave
    r"|(?:没法|沒法|没办法|沒辦法|没有办法|沒有辦法|无法|無法|不能|冇得|唔可以"
    r"|没空|沒空|冇空|没有空|沒有空|没时间|沒時間|没有时间|沒有時間|冇时间|冇時間)\s*(?:去)?(?:请|請)假"
    r"|(?:请|請)(?:不到|唔到|不了)假?",
    re.I,
)
# A fear told as thinking the worst ("immediately thought the worst", "fearing the worst",
# 往最坏处想) names the worry, not the pain: no hyperbole of severity (Manchester Triage pain
# is the pain told)
_FEARED_WORST = re.compile(
    r"\b(?:thought|think|thinking|thinks|feared|fear|fearing|assumed|assume|assuming|imagined|"
    r"imagining|expected|expecting|jumped to|jumping to|jump to|prepared for)\s+(?:of\s+)?"
    r"the\s+worst\b"
    r"|(?:往|向)最坏(?:处|的方向)?想|想到最坏|想到最壞|諗到最壞|谂到最坏",
    re.I,
)
# "killing me" said of no body part, as chat says it of the weather, work or a wait ("this heat is
# killing me af", "this essay is killing me", "the kids are killing me lol"): a figure of speech
# about what is not a symptom, no severity of the complaint beside it (NHS.uk pages set the level
# of a headache or a cold from its signs); "my back is killing me" stays the hyperbole it is
_FIGURATIVE_KILLING = re.compile(
    r"\b(?:this|that|the|these|those|all (?:this|the|these)|my|our|his|her|their)\s+"
    r"(?:[a-z]+\s+)?(?:heat|weather|humidity|cold snap|essay|essays|exam|exams|revision|homework|"
    r"assignment|assignments|deadline|deadlines|coursework|dissertation|thesis|work|job|shift|"
    r"shifts|boss|meeting|meetings|commute|traffic|queue|wait|waiting|suspense|kids|"
    r"neighbours?|noise|stress|workload|course|uni|school|train|bus|flight|wifi|landlord|"
    r"game|show|series|episode|bill|bills)\s+(?:is|are|'s|'re|was|were|has been|have been)\s+"
    r"(?:(?:literally|actually|honestly|lowkey|kinda|kind of|so|just|really|absolutely)\s+)*"
    r"killing\s+me\b",
    re.I,
)
# "worse at night" said in Chinese (晚上更严重, 仲严重): a comparison, no severity (NICE CKS carpal
# tunnel's night pattern); 越来越严重 is the worsening cues' own
# 越来越严重 / 越嚟越严重 are the worsening cues' own, no severity either
_COMPARED = re.compile(
    r"(?:更加|更|仲|越来越|越來越|越嚟越|愈来愈|愈來愈|愈嚟愈)\s*(?:严重|嚴重)"
    # one person's complaint compared with another's (比我还严重, 比佢仲嚴重, 冇我咁严重): the
    # comparison says whose is worse, not how bad either is (NHS.uk sleep apnoea, snoring: a GP)
    r"|比(?:我|你|他|她|佢|[^\s，。,.!?！？]{1,4}?)(?:的|嘅)?(?:还|還|更|仲|重)?(?:要)?(?:严重|嚴重)"
    # a season or a time of day said particularly bad (夏天特别严重, 天热的时候特别严重,
    # 冬天尤其严重) compares it with the rest of the year or day, as 晚上更严重 does (NHS.uk body
    # odour, dry skin: self-care; rules-nc, set 72)
    r"|(?:夏天|冬天|春天|秋天|热天|熱天|天热|天熱|天冷|冷天|晚上|夜晚|夜间|夜間|朝早|早上)"
    r"(?:的时候|的時候|嘅时候|嘅時候|时|時)?\s*(?:特别|特別|尤其是|尤其|最)\s*(?:严重|嚴重)"
)
# a degree word said of a thing beside the complaint (a treatment remembered, a product, the
# weather: "the awful smelly lotion we used", "the lozenges taste awful", "the weather's been
# terrible") is no severity: Manchester Triage System pain is the patient's, of the complaint
# (NHS.uk head lice, common cold, sore throat: treated at home); said of the pain it still counts
_THINGS = (
    r"(?:lotions?|creams?|shampoos?|medicines?|medications?|mixtures?|syrups?|lozenges?|"
    r"tablets?|pills?|sprays?|drops|ointments?|weather|traffic|queues?)"
)
_DEGREE_OF_A_THING = re.compile(
    rf"\b(?:awful|terrible)(?:\s+[a-z]+(?:y|ed|ing))?\s+{_THINGS}\b"
    rf"|\b{_THINGS}(?:\s+(?!and\b|but\b|i\b|my\b)[a-z']+){{0,4}}?"
    r"(?:'s\s+been|\s+(?:is|was|were|are|has been|have been|taste|tastes|tasted|smells?|smelled))"
    r"\s+(?:so\s+|really\s+|just\s+)?(?:awful|terrible)\b(?:\s+stuff)?",
    re.I,
)
# a degree word said of acne ("severe acne", "his acne has gone really bad") is the acne's grade
# (NICE NG198 Acne vulgaris grades acne mild to moderate or moderate to severe; severe acne,
# nodules, cysts and scars are a GP's, a dermatologist's referral, never same day), no pain
# severity (Manchester Triage System pain is the patient's pain); a pain scored or said severe
# still is (set 63, rules-jb)
_ACNE_GRADE = re.compile(
    r"\b(?:severe|bad|really\s+bad|very\s+bad|terrible|awful)\s+(?:cystic\s+|nodular\s+)?acne\b"
    r"|\bacne\b(?:\s+(?!but\b|i\b|[a-z]*pains?\b|[a-z]*aches?\b)[a-z']+){0,6}?"
    r"\s+(?:has\s+|have\s+|'s\s+)?(?:gone|got|gotten|become|is|was|been|getting)"
    r"\s+(?:so\s+|really\s+|very\s+|quite\s+)?(?:bad|severe|awful|terrible)\b",
    re.I,
)
# a time in minutes (捏鼻翼10分钟, 10分鐘, 8 分钟) is no pain score of 10 or 8 (the severity list's
# 10分, 8分: Manchester Triage pain is the score told); NHS.uk nosebleeds (10 minutes of pressure)
# (set 67, rules-lc)
_MINUTES = re.compile(r"(?<![\d.])\d{1,3}\s*分\s*(?:钟|鐘)")
# a worry asked in Chinese (是不是很严重？, 係咪好嚴重？, 严不严重): no severity said (Manchester
# Triage pain is the pain told; NHS.uk trigger finger, a GP); 痛得很严重 is still severe
_ASKED_SERIOUS = re.compile(
    r"(?:是不是|是否|会不会|會不會|係咪|系咪|会唔会|會唔會|算不算)\s*"
    r"(?:很|好|太|非常|特别|特別|好似)?\s*(?:严重|嚴重)"
    r"|(?:严|嚴)(?:不|唔)(?:严|嚴)重"
    # a severity feared, not felt (吓死我了以为很严重, 还以为好严重, 諗住好嚴重): the worry told
    # (Manchester Triage pain is the pain told; NHS.uk burns and scalds, a small burn at home;
    # rules-nc, set 72); 痛得很严重 is still severe
    r"|(?:以为|以為|谂住|諗住)(?:是|係|系|会|會|有)?\s*(?:很|好|太|非常|特别|特別|咁)?\s*(?:严重|嚴重)"
)
# pain on pressing one spot (按着很痛, "hurts a lot when I press it") is tenderness, not the
# severity of the pain (NHS.uk stress fracture: tender to touch at one spot, a GP)
_PRESSED = re.compile(
    r"(?:按|压|撳|揿)[着下去住一就咗]{0,3}\s*(?:很|好|特别|非常|都)?(?:痛|疼)"
    r"|(?:really hurts|hurts a lot|very painful|really painful|really sore)"
    r"\s+(?:when|if)\s+i\s+press",
    re.I,
)
# a daily habit asked about or told beside a complaint (每天喝两杯咖啡, 每天跑步五公里) is no
# complaint that lasts: 每天 before a drink or an exercise, never before a symptom or a medicine
# (每天都便秘, 每天吃止痛药, 每天喝不下). NHS.uk constipation: a few days after a change of routine
# is treated at home. Each trip (每次坐车, 次次搭船) is what brings travel sickness on, no
# complaint that lasts either (NHS.uk travel sickness: treated at home, a pharmacist).
_DAILY_HABIT = re.compile(
    r"(?:每天|每日|天天)\s*(?=(?:喝|饮|飲|补|補|跑步|跑|运动|運動|做运动|锻炼|鍛煉|健身|游泳|走路|散步)"
    r"(?![不唔没沒冇]))"
    # the daily screen time told as the cause (每天看电脑十个小时, 天天对着电脑): NHS.uk dry eyes
    # and neck pain (screens and posture, self-help); 每天 before the complaint still counts
    r"|(?:每天|每日|天天)\s*(?=(?:看|盯|盯着|盯住|对着|對着|对住|對住|用|玩)\s*(?:部|个|個)?\s*"
    r"(?:电脑|電腦|手机|手機|屏幕|平板|mon|书|書)(?![^，。,.!?！？\n]{0,6}(?:都|就)))"
    # a night's sleep counted in hours each day (每天都睡不到六个小时, 每晚只瞓五个钟) is a schedule
    # (exams, shifts), no complaint that lasts; 每天都睡不着 (insomnia) still counts (NHS.uk
    # insomnia; set 67, rules-lc)
    r"|(?:每天|每日|天天|每晚|每晚都)\s*都?\s*(?=(?:睡不到|睡唔到|只睡|只瞓|瞓唔到|得)\s*"
    r"[0-9一二两兩三四五六七八九十几幾]{1,2}\s*(?:个|個)?\s*(?:小时|小時|钟|鐘)(?!\S{0,2}就醒))"
    r"|(?:每次|每一次|次次)\s*(?=(?:坐|搭|乘)\s*(?:车|車|船|飞机|飛機|巴士|长途|長途|的士|地铁|地鐵))"
    # a daily drill, practice or sport told as the cause (每天站军姿, 每日练波, Taiwan 每天練琴):
    # NHS.uk blisters (friction from an activity: leave them, a plaster); and a reading taken each
    # day as the day's care (每天测血糖, 每日量血压: NHS.uk common cold with diabetes, a sugar as
    # usual); never with a complaint after it in its clause (每天训练完膝盖都痛)
    r"|(?:每天|每日|天天)\s*(?=(?:站军姿|站軍姿|军训|軍訓|训练|訓練|操练|操練|集训|集訓|走正步|练习|練習"
    r"|练琴|練琴|练舞|練舞|练波|練波|练球|練球|打球|踢球|踢波|打波|骑车|騎車|踩单车|踩單車|爬山|行山"
    r"|测|測|量|验|驗|监测|監測)"
    r"(?![^，。,.!?！？\n]{0,8}(?:都|就|还|還|仍|痛|疼))(?![不唔没沒冇]))"
)
# NICE CKS Rheumatoid arthritis / NHS.uk joint pain (joints stiff and sore each morning on getting
# up, for a week or more: a GP, who refers): an everyday degree word about that pain (好痛,
# "really painful": plain_degree) is no same-day severity; a score, "severe", a hot swollen joint
# or an injury today still are (rules-na, set 70)
MORNING_STIFF_DAYS = 7.0
_MORNING_STIFF = re.compile(
    r"(?:每朝|朝朝|每天早上|每日早上|每天早晨|每日朝早|早上起床|早上起身|朝早起身|起床|起身)"
    r"[^，。,.!?！？\n]{0,10}?(?:僵|硬)"
    r"|\bstiff\b[^.!?\n]{0,40}?\b(?:every|each|in the)\s+mornings?\b"
    r"|\bmorning stiffness\b|\bstiff\s+(?:when|as soon as)\s+i\s+(?:wake|get up)",
    re.I,
)
# a late night said each night of a habit ("gaming until 2am every night this week", "up till
# 3am every night watching series") is the habit's schedule, no complaint that comes back every
# night: NHS.uk headaches (a mild headache after too little sleep or too long at a screen: rest,
# water, painkillers), as _DAILY_HABIT reads 每天看电脑 (session 48, rules-nb); "a headache
# every night" still counts
_LATE_EVERY_NIGHT = re.compile(
    r"(?<![a-z])(?:until|till|til|up to|past)\s+(?:\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?"
    r"|midnight|late|dawn|the early hours)\s+(?:every|each)\s+(?:night|evening)(?![a-z])",
    re.IGNORECASE,
)
# NHS.uk jet lag (it improves within a few days; a GP only when it has not after 2 weeks or
# travel is frequent): the page sets no level by how bad it feels, and trouble sleeping at night
# and waking in the small hours are its own symptoms. Jet lag said bad (时差很严重, jet lag好犀利,
# "jet lag is awful") is no severity, and its sleeplessness no lost function, where jet lag is named
# (平时差不多, 有时差一点: 时差 inside other words is no jet lag)
_NOT_JET_LAG = r"(?<![平当當那有些临臨随隨按准準])"
_JET_LAG = re.compile(rf"{_NOT_JET_LAG}(?:时差|時差)|jet[\s-]?lag", re.I)
_JET_LAG_DEGREE = re.compile(
    rf"(?:{_NOT_JET_LAG}(?:时差|時差)|jet[\s-]?lag(?:ged)?)(?:反应|反應)?\s*(?:is\s+|was\s+|'s\s+)?"
    r"(?:好|很|非常|特别|特別|超|太|真系|really\s+|so\s+|very\s+|pretty\s+)?"
    r"(?:严重|嚴重|厉害|厲害|犀利|辛苦|bad|awful|terrible|severe|rough)",
    re.I,
)
_JET_LAG_SLEEP = re.compile(
    r"(?:晚上|夜晚|半夜|夜里|夜裡)?(?:都|就)?(?:睡不着|睡不著|瞓唔着|瞓唔著|睡不好|瞓唔好)"
    r"|can'?t sleep|cannot sleep|can't get to sleep|trouble sleeping",
    re.I,
)


# NHS.uk hay fever (a pharmacist; a GP when their medicines do not help): the page sets no level
# by how bad it feels, so "hay fever is awful", 花粉症好严重 is no severity (wheeze or a tight chest
# with it is read by the red flags; rules-gg, session 41)
_HAY_FEVER = r"(?:hay\s*fever|花粉症|花粉过敏|花粉過敏|鼻敏感)"
_DEGREE_WORD = (
    r"(?:好|很|非常|特别|特別|超|太|真系|really\s+|so\s+|very\s+|pretty\s+|absolutely\s+)?"
    r"(?:严重|嚴重|厉害|厲害|犀利|辛苦|bad|awful|terrible|severe|rough|horrendous|horrible)"
)
_HAY_FEVER_DEGREE = re.compile(
    rf"{_HAY_FEVER}\s*(?:is\s+|was\s+|'s\s+|has\s+been\s+)?{_DEGREE_WORD}"
    rf"|(?<![\w-]){_DEGREE_WORD}\s*{_HAY_FEVER}",
    re.I,
)


def _jet_lag_read(text: str) -> str:
    """Return ``text`` with jet lag's degree and sleeplessness blanked where jet lag is named,
    and hay fever's degree where it is said of hay fever."""
    text = _HAY_FEVER_DEGREE.sub(" ", text)
    if not _JET_LAG.search(text):
        return text
    return _JET_LAG_SLEEP.sub(" ", _JET_LAG_DEGREE.sub(" ", text))


# NHS.uk common cold and eyelid twitching count the complaint's own days: a long-term
# condition's years (有糖尿病十年, 高血压好几年), its medicine's (吃二甲双胍好几年, 食咗药十几年)
# and the years since its last episode (两年没发作) are how long it has been had or treated, no
# span of the complaint told beside it (咳嗽好几年 still is). Read on the text as the rules
# prepare it (simplified), in a sentence that names the condition: the clause naming it and
# the clauses after it that take a medicine (吃, 服, 食, 用, 打).
_LONG_TERM_NAMED = re.compile(
    r"糖尿病|高血压|血压高|高血脂|血脂高|胆固醇|哮喘|癫痫|羊癫疯|甲亢|甲减|甲状腺|心脏病|冠心病|房颤|心衰"
    r"|慢阻肺|肾病|肾衰|痛风|类风湿|红斑狼疮|帕金森|柏金逊|巴金森|抑郁症|焦虑症|银屑病|牛皮癣|乙肝|艾滋"
)
_YEARS_SPAN = re.compile(
    r"(?:好|近)?(?:[十几两一二三四五六七八九廿]|\d)+\s*(?:个)?\s*(?:多)?年(?:多)?(?!前|之前|以前|级)"
    r"|多年|好多年|很多年"
)
_CLAUSE_SPLIT = re.compile(r"[，,；;]")
_SENTENCE_SPLIT = re.compile(r"[。！？!?\n]")
_TAKES_MEDICINE = re.compile(
    r"^\s*(?:我|他|她|佢|都|一直|长期|已经|仲|还)?\s*(?:在)?(?:吃|服|食|用|打|注射)"
)
_SINCE_LAST_EPISODE = re.compile(
    r"^(?:了|都|已经|\s)*(?:没有|没|冇|未|无)(?:再)?(?:发作|发过|犯过|犯|复发|抽过)"
)


def _without_condition_years(text: str, rules: RuleSet) -> str:
    """Return ``text`` as the rules read it with a long-term condition's, its medicine's, its
    last episode's and the last tetanus jab's years blanked out, or ``text`` unchanged when none
    is said."""
    if "年" not in text:
        return text
    prepared = rules.prepare(text)
    blanks: list[tuple[int, int]] = []
    start = 0
    for sentence in _SENTENCE_SPLIT.split(prepared):
        named = _LONG_TERM_NAMED.search(sentence)
        offset = start
        for clause in _CLAUSE_SPLIT.split(sentence):
            here = named is not None and offset - start + len(clause) > named.start()
            held = here and (
                _LONG_TERM_NAMED.search(clause) is not None or _TAKES_MEDICINE.match(clause)
            )
            for m in _YEARS_SPAN.finditer(clause):
                if held or _SINCE_LAST_EPISODE.match(clause, m.end()):
                    blanks.append((offset + m.start(), offset + m.end()))
            offset += len(clause) + 1
        start += len(sentence) + 1
    # the years since the last tetanus jab (破伤风十年内有打) are no span of the complaint (UKHSA
    # Tetanus: the dose's date is read by _tetanus_long_ago; rules-ng)
    blanks.extend(m.span() for m in _TETANUS_AGO.finditer(prepared) if not _dose_long_ago(m))
    return blank_spans(prepared, blanks) if blanks else text


# a course on and off, or coming on gradually, within the day or since yesterday is how the day
# went, no complaint that keeps coming back (NHS.uk: see a GP when a symptom keeps coming back or
# lasts, counted in weeks; NHS.uk baby blues: up and down in the first days, diarrhoea and
# vomiting: on and off for a day or two, treated at home); a span of days or weeks still counts
# BTS/SIGN and NHS.uk asthma: a reliever not used more than usual (冇用多过平时, 没有用得比平时多)
# is asthma under control; its 冇用 is "not used", never a treatment that is "no use"
_NOT_USED_MORE = re.compile(r"(?:冇|没有|沒有|没|沒)用(?:得)?(?:多过|多過|比平|多)")
_WITHIN_A_DAY = re.compile(
    r"\b(?:on (?:and|n|&|'n'?) off|on-and-off|on/off|comes and goes|coming and going|(?:came|come"
    r"|coming) on gradually|gradually)(?![\w])(?=[^.!?\n]{0,30}?\b(?:all day|all morning|"
    r"all afternoon|all evening|all night|overnight|since yesterday|since last night|since this"
    r" morning|since lunch(?:time)?|since breakfast|today|this morning|this afternoon|this evening"
    r"|tonight|last night)\b)"
    # texted as "on n off" or "on & off", or said after a few hours (NHS.uk hiccups: they stop
    # on their own within minutes or hours; rules-mb, session 47)
    r"|(?<=\bhours )on (?:and|n|&) off\b|(?<=\bhrs )on (?:and|n|&) off\b",
    re.IGNORECASE,
)
# passing urine "all the time" (peeing all the time, 总是想上厕所) is how often, the UTI's own
# symptom (NHS.uk urinary tract infections: needing to pee more often than usual), not a
# complaint that keeps coming back; the adverb is blanked before `persistent` is read
_PASSING_OFTEN = re.compile(
    r"\b(?P<verb>pee|wee|going|peeing|weeing|urinating|to the loo|to the toilet"
    r"|need(?:ing)? (?:a|to) (?:wee|pee)) all the time\b"
    r"|(?:老是|总是|總是|经常|經常|成日)(?=想?\s*(?:上厕所|上廁所|去厕所|去廁所|小便|尿尿|排尿|屙尿|去洗手间))",
    re.IGNORECASE,
)
# pain said only on one movement (下楼梯很痛, 转头好痛, 往右转很痛) is pain on moving, not the
# severity of the pain: NHS.uk muscle pain (sore on the stairs in the days after a hike) and NHS.uk
# neck pain (a stiff neck that hurts on turning the head: treated at home); never after a fall or
# a twist, nor of the chest or tummy (_MOVING_WARNS)
_ON_MOVING = re.compile(
    r"(?:(?:上|下|落|行)(?:楼|樓)梯|[转轉](?:[头頭])|扭[头頭]|回[头頭]|(?:往|向)[左右](?:边|邊)?[转轉]"
    r"|[转轉](?:向|去)?[左右](?:边|邊)?)(?:的?时候|的?時候|嘅时候|嘅時候|时|時)?"
    r"[^，。,；;！!\s]{0,4}?(?:很|好|特别|特別|非常|都|会|會)?(?:痛|疼)"
)
_MOVING_WARNS = re.compile(
    r"肚|腹|胃|胸|(?<![冇没沒未无無])(?<!没有)(?<!沒有)(?:摔|跌|撞|崴|扭伤|扭傷|砸|绊|絆|车祸|車禍)"
)
# NICE CKS Palpitations and NHS.uk heart palpitations: a fast rate that stays up at rest (a watch
# or a pulse at 120 or more "at rest", "resting", "sitting down") is checked the same day with an
# ECG; a rate during exercise is not ("150 during my run"). The 999 signs with it are red flags.
FAST_AT_REST = 120
_FAST_AT_REST = re.compile(
    r"(?<![\d.])(1\d\d|2\d\d)\s*(?:bpm|beats(?: a| per)? min(?:ute)?)?\s*"
    r"(?:at rest|while resting|when resting|resting|sitting (?:down|still))"
    r"|resting (?:heart rate|pulse|hr)\D{0,12}?(1\d\d|2\d\d)(?![\d.])"
    r"|(?:静息|休息时|坐着|坐住)[^。！？\n\d]{0,10}?(1\d\d|2\d\d)(?![\d.])",
    re.I,
)
_NOT_A_RATE = re.compile(
    r"pressure|\bbp\b|systolic|血压|血壓|上压|下压|usual|normal|平时|平常", re.I
)
_USUAL_RATE = re.compile(r"\s*(?:is|are)?\s*(?:normal|usual|normally|usually|平时|平常|正常)", re.I)
# NICE NG136 Hypertension in adults (1.2.4-1.2.5): when a reading is 140/90 or more, take a
# second and, if it differs, a third, and record the lower of the last two. Several readings in
# one message ("158/96 after running for the bus, re-checked sitting quietly: 124/78, 126/80")
# are read so; a first high reading settled on a rested repeat is no reading to repeat.
_BP_PAIR = re.compile(r"(?<![\d./])(\d{2,3})\s*/\s*(\d{2,3})(?![\d./])")
# NICE NG12 and NICE CKS (unexplained weight loss: more than 5% of body weight, not trying,
# is assessed by the GP): two scale readings in kg with the loss said unintended ("not
# dieting"), the later the lower ("68.2 kg in January, 63.0 kg now")
WEIGHT_LOSS_FRACTION = 0.05
_KG = re.compile(r"(?<![\d.])(\d{2,3}(?:\.\d+)?)\s*(?:kg|kgs|kilos?|公斤)(?![a-z])", re.I)
_NOT_TRYING = re.compile(
    r"not (?:been )?(?:dieting|on a diet|trying)|no(?:t| diet| dieting)\s*(?:on )?(?:a )?diet"
    r"|(?:haven't|have not|hasn't|has not|didn't|did not) (?:been )?(?:dieting|diet|tried|trying)"
    r"|without (?:dieting|trying)|unintentional|unexplained|没有节食|没节食|没减肥|没有减肥|冇减肥",
    re.I,
)
# NHS.uk blood sugar (without diabetes: under 7.8 mmol/L two hours after eating) and NICE NG28:
# a sugar read high after food and read again later in range (4-7.8) is a normal rise settling,
# self-care evidence; a sugar that stays high, or a low one, is not
GLUCOSE_AFTER_MEAL = 7.8
GLUCOSE_LOW = 4.0
_GLUCOSE = re.compile(r"gluc|glucose|sugar|\bbm\b|血糖", re.I)
_MMOL = re.compile(r"(?<![\d./])(\d{1,2}\.\d)(?!\d|\.\d|/|\s*(?:kg|%|°|c\b|/))", re.I)
_AFTER_FOOD = re.compile(
    r"after (?:a |my |the |some )?(?:\w+ )?(?:meal|food|eating|lunch|dinner|breakfast|cake|dessert)"
    r"|after eating|post[- ]?meal|饭后|吃完|餐后",
    re.I,
)
_SCORE = re.compile(
    r"(?<![\d.])(10|\d)\s*(?:/|out of|of)\s*10(?!\d)|(?<![\d.])(10|\d)\s*分(?!\s*(?:钟|鐘))"
)


# pains whose sudden onset NHS.uk sends to a clinician (stomach ache, headache, chest pain,
# back pain with an aneurysm's risk): a guessed minor cause does not make them self-care
_SUDDEN_PAINS = frozenset({"abdominal_pain", "headache", "chest_pain", "flank_pain"})


def _fast_at_rest(texts: Sequence[str]) -> bool:
    """Return True for a heart rate of 120 or more said at rest (NICE CKS Palpitations), not a
    blood pressure ("BP 150 at rest", 血压) nor a usual rate ("120 at rest is normal for me")."""
    for t in texts:
        for m in _FAST_AT_REST.finditer(t):
            before = t[max(0, m.start() - 25) : m.start()]
            if (
                _NOT_A_RATE.search(before + m.group(0))
                or before.rstrip().endswith("/")
                or _USUAL_RATE.match(t, m.end())
            ):
                continue
            if int(next(g for g in m.groups() if g)) >= FAST_AT_REST:
                return True
    return False


# A reading asked about with no complaint beside it, every vital sign in its normal band: a
# temperature under 38 °C (NHS.uk high temperature: 38 or more is a fever; NEWS2 scores 36.1 and
# over 0), a blood pressure under 140/90 (NICE NG136) with a systolic NEWS2 scores 0 (111 or
# more), a heart rate, breathing rate and SpO2 NEWS2 scores 0. Any other reading is no evidence.
_NORMAL_BANDS = {
    "temperature_c": (36.1, 37.95),
    "systolic_bp": (111.0, 139.5),
    "diastolic_bp": (50.0, 89.5),
    "heart_rate_bpm": (51.0, 90.0),
    "respiratory_rate": (12.0, 20.0),
    "oxygen_saturation": (96.0, 100.0),
}
_READING_FAMILIES = frozenset({"general", "fever", "fever_child"})
# the complaint families a normal newborn finding is read in (hiccups, sneezing: general; milk
# spots: skin_rash); any other family said keeps the under-3-months floor
_NEWBORN_FAMILIES = frozenset({"general", "skin_rash"})
# the reading asked about ("is that ok?", "should I worry", 正常吗, 正唔正常, 要紧吗)
_READING_ASKED = re.compile(
    r"\b(?:is|are) (?:that|this|it|these|those) (?:ok|okay|normal|fine|alright|good|high|low|bad"
    r"|too high|too low)\b|\bnormal\s*\?|\b(?:ok|okay)\s*\?|should i (?:be )?worr"
    r"|do i need to worry|anything to worry"
    r"|正常[吗嗎吧]|正唔正常|正不正常|[要緊紧][吗嗎]|要不要[紧緊]|算正常|偏高[吗嗎]|高[吗嗎]|高不高",
    re.I,
)


def _normal_readings(texts: Sequence[str], rules: RuleSet) -> bool:
    """Return True when the messages give at least one vital sign and every one is in its
    normal band (``_NORMAL_BANDS``)."""
    found = [(k, v.value) for t in texts for k, v in rules.findings(t).vitals.items()]
    return bool(found) and all(
        k in _NORMAL_BANDS and _NORMAL_BANDS[k][0] <= v <= _NORMAL_BANDS[k][1] for k, v in found
    )


def _severity(record: IntakeRecord, texts: Sequence[str]) -> int | None:
    scores = [s.severity for s in record.symptoms if s.severity is not None]
    for text in texts:
        for m in _SCORE.finditer(text):
            scores.append(int(m.group(1) or m.group(2)))
    return max(scores) if scores else None


def _days(record: IntakeRecord, texts: Sequence[str], rules: RuleSet) -> float | None:
    found = [d.value for t in texts for d in rules.findings(t).durations]
    for symptom in record.symptoms:
        for field in (symptom.duration, symptom.onset):
            if field:
                found += [d.value for d in duration_findings(field)]
    return max(found) if found else None


def _bp_readings(text: str, rules: RuleSet) -> list[tuple[float, float]]:
    """Return the blood pressure readings typed in ``text`` in order (only when the rules read
    one there: "BP 158/96"), each a plausible systolic over a lower diastolic."""
    vitals = rules.findings(text).vitals
    if "systolic_bp" not in vitals:
        return []
    pairs = [(float(m.group(1)), float(m.group(2))) for m in _BP_PAIR.finditer(text)]
    return [(sy, di) for sy, di in pairs if 60 <= sy <= 300 and 30 <= di <= 200 and di < sy]


def _is_raised(systolic: float, diastolic: float) -> bool:
    return systolic >= RAISED_SYSTOLIC or diastolic >= RAISED_DIASTOLIC


def _raised_at_home(systolic: float, diastolic: float) -> bool:
    return systolic >= HOME_AVERAGE_SYSTOLIC or diastolic >= HOME_AVERAGE_DIASTOLIC


def _settled_on_repeat(texts: Sequence[str], rules: RuleSet) -> bool:
    """Return True when a first raised reading was repeated and the lower of the last two is
    below 140/90 (NICE NG136: record the lower of the second and third readings), or a first
    reading raised only by the home threshold (135/85 up to 140/90) settled below 135/85."""
    for text in texts:
        readings = _bp_readings(text, rules)
        if len(readings) < 2:
            continue
        first, lower = readings[0], min(readings[1:][-2:])
        if _is_raised(*first) and not _is_raised(*lower):
            return True
        if _raised_at_home(*first) and not _raised_at_home(*lower):
            return True
    return False


def _normal_blood_pressure(texts: Sequence[str], rules: RuleSet) -> bool:
    """Return True when a blood pressure is typed and every reading is below 140/90."""
    readings = [r for text in texts for r in _bp_readings(text, rules)]
    return bool(readings) and not any(_is_raised(*r) for r in readings)


def _observations_all_normal(texts: Sequence[str], rules: RuleSet, concepts: set[str]) -> bool:
    """Return True when one message types RCP NEWS2's five measured parameters and they score 0
    with no altered consciousness or oxygen said (NEWS2 aggregate 0: routine care; a care home's
    note of a small graze with normal observations, NHS.uk cuts and grazes: rules-oc, session
    49, set 75)."""
    if concepts & {*ALTERED_CONSCIOUSNESS, *ON_OXYGEN}:
        return False
    for text in texts:
        if "acvpu_alert" not in rules.concepts_in(text):
            # NEWS2's sixth parameter: consciousness said to be Alert ("alert", 清醒, 意识清楚,
            # GCS 15), read with negation: "not alert", a watch's "AF alert" are no A
            continue
        values = {name: found.value for name, found in rules.findings(text).vitals.items()}
        if values.keys() >= FULL_NEWS2_SET and news2(values).score == 0:
            return True
    return False


def _raised_blood_pressure(texts: Sequence[str], rules: RuleSet) -> bool:
    """Return True for a typed reading of 140/90 or more (NICE NG136: repeat it, not at home),
    unless it was repeated in the same message and settled below it."""
    for text in texts:
        if _settled_on_repeat([text], rules):
            continue
        vitals = rules.findings(text).vitals
        systolic, diastolic = vitals.get("systolic_bp"), vitals.get("diastolic_bp")
        top, low = RAISED_SYSTOLIC, RAISED_DIASTOLIC
        if systolic and bp_told_as_average(numeric_text(rules.prepare(text)), systolic.words):
            top, low = HOME_AVERAGE_SYSTOLIC, HOME_AVERAGE_DIASTOLIC
        if (systolic and systolic.value >= top) or (diastolic and diastolic.value >= low):
            return True
    return False


def _weight_loss_unintended(texts: Sequence[str]) -> bool:
    """Return True for two weights read in kg, the later 5% or more lower, with the loss said
    unintended (NICE NG12 / NICE CKS: unexplained weight loss is assessed by the GP)."""
    for text in texts:
        weights = [float(m.group(1)) for m in _KG.finditer(text)]
        if len(weights) >= 2 and _NOT_TRYING.search(text):
            first, last = weights[0], weights[-1]
            if first > 0 and (first - last) / first >= WEIGHT_LOSS_FRACTION:
                return True
    return False


def _sugar_settled(texts: Sequence[str]) -> bool:
    """Return True for a sugar read 7.8 or more after food and later back in 4-7.8 (NHS.uk)."""
    for text in texts:
        if not (_GLUCOSE.search(text) and _AFTER_FOOD.search(text)):
            continue
        values = [float(m.group(1)) for m in _MMOL.finditer(text)]
        if (
            len(values) >= 2
            and values[0] >= GLUCOSE_AFTER_MEAL
            and GLUCOSE_LOW <= values[-1] < GLUCOSE_AFTER_MEAL
        ):
            return True
    return False


def _inr_above_range(texts: Sequence[str]) -> bool:
    """Return True for an INR typed at 5 or more (NICE CKS Anticoagulation - oral)."""
    return any(float(m.group(1)) >= INR_SAME_DAY for t in texts for m in _INR.finditer(t))


# NHS.uk breastfeeding problems: sore or cracked nipples hurt during feeds, mostly from the baby's
# attachment (help at home from a midwife, health visitor or breastfeeding supporter); the
# nipple's pain (乳头好痛, 吸的时候很痛, "nipples are really sore when she latches") is no severity
# of a new pain, read only with a mother's own complaint said (``mothers_own``); a red, hot or
# hard breast or a fever is mastitis, read by its own urgent group
_NIPPLE_PAIN = re.compile(
    r"(?:乳[头頭]|奶[头頭])[^，。,.!?！？\n]{0,8}?(?:很|好|非常|特别|特別|超)?(?:痛|疼)"
    r"|(?:吸|含|咬|喂|餵|吃奶|食奶)[^，。,.!?！？\n]{0,4}?(?:的?[时時]候|嘅[时時]候|[时時])"
    r"(?:很|好|非常|特别|特別|超)?(?:痛|疼)"
    r"|\bnipples?\b[^.!?\n]{0,30}?\b(?:really|very|so|super) (?:sore|painful)"
    r"|(?:really|very|so) (?:sore|painful|hurts?)[^.!?\n]{0,12}?\bwhen (?:she|he|baby|the baby)"
    r" (?:latches|feeds)",
    re.I,
)
# NHS.uk vomiting and morning sickness, indigestion and heartburn in pregnancy: the common
# symptom's daily pattern (every morning, after every evening meal) is how it comes, no complaint
# that lasts; a midwife when it does not get better or nothing stays down
_PREGNANCY_PATTERN = re.compile(
    r"\b(?:every|most|each) (?:morning|mornings|evening|evenings|night|nights)\b"
    r"|每天早上|每日早上|每朝|每天晚上|每晚|每天饭后",
    re.I,
)
# hay fever told with its season's return ("same as every spring", 跟往年春天一样): its daily
# symptoms in the season (sneezing every morning, 每天早上打喷嚏) are the illness itself, no
# lasting or coming back (NHS.uk hay fever: a pharmacist first, a GP if it gets worse or the
# treatment does not help; rules-pa, session 50). Read with the daily words of _PREGNANCY_PATTERN.
_HAY_FEVER_NAMED = re.compile(r"\bhay\s*fever\b|花粉症|花粉过敏|花粉敏感|鼻敏感|过敏性鼻炎", re.I)
_SEASON_BACK = re.compile(
    r"\b(?:every|each|same\s+as\s+(?:every|each|last))\s+(?:spring|summer|year)\b"
    r"|\bsame\s+time\s+every\s+year\b|往年|每年|每到春天|每到夏天|年年",
    re.I,
)
# a blood test (抽血) at which someone fainted is the faint's trigger (NHS.uk fainting), not a test
# to arrange
_FAINT_TRIGGER = re.compile(
    r"\b(?:at|during|for|after|before) (?:my|a|the|his|her|their) (?:blood tests?|bloods)\b|抽血",
    re.I,
)


# a complaint "still there but smaller" (or shrinking, fading, better) is improving, not lasting
# nor a treatment that has not worked (NHS.uk warts and verrucas: pharmacy treatments take weeks;
# a GP if the treatment has not worked; rules-pb, set 77): "still there" is blanked before the
# lasting and within-days checks when a word of improvement follows it in its sentence
_STILL_THERE_BETTER = re.compile(
    r"\bstill\s+(?:there|here|got\s+it|have\s+it)\b(?=[\s,]*(?:but|though|although|just)\b"
    r"[^.;!?\n]{0,30}?\b(?:smaller|shrinking|shrunk|shrinks|better|fading|fainter|flatter|lighter"
    r"|improving|going\s+down|clearing))",
    re.I,
)


# a follow-up asked about ("还需要再去复查吗", "do I need a follow-up?") or a follow-up call's
# own notes (电话随访, 随访记录) beside a course said to be improving: no review to arrange
# (NHS.uk sprains and strains, conjunctivitis: a GP only when not better; rules-kc, set 65)
_REVIEW_ASKED = re.compile(
    r"(?:还|還)?(?:需要|需不需要|要不要|用不用|使唔使|洗唔洗|使不使)(?:再)?(?:去|返去|回去)?"
    r"(?:复查|複查|复诊|複診|覆诊|覆診)(?:吗|嗎|呢|啊|啦|嘛)?"
    r"|(?:电话|電話)(?:随访|隨訪)|(?:随访|隨訪)(?:记录|記錄)"
    r"|(?:do|does|will|should) (?:i|he|she|we|they) (?:still )?(?:need|have) (?:to go back for )?"
    r"(?:a )?(?:follow[- ]?up|check[- ]?up|review)",
    re.I,
)


# Asked whether a remedy helps (有没有用？, 有冇用, 管不管用, 有没有效): a question, not the
# treatment said to fail (没有用, 冇用 in ``persistent``; NHS.uk period pain: the usual pain eased
# by ibuprofen or a hot-water bottle is self-care). rules-me, session 47 (f68-zh-slf-004)
# the run-around of getting seen ("keep getting bounced around", "keep getting put on hold",
# 每次打电话都打唔通) is no complaint that keeps coming back: NHS.uk self-care pages (mouth ulcers:
# treated at home, a GP after 3 weeks) set the level from the symptom's course (rules-na, set 70)
_RUNAROUND = re.compile(
    r"\bkeeps?\s+(?:on\s+)?getting\s+(?:bounced|passed|put\s+on\s+hold|cut\s+off|fobbed\s+off|"
    r"sent|transferred|told|redirected|turned\s+away|knocked\s+back|the\s+(?:answerphone|"
    r"voicemail|engaged\s+tone|runaround|run-around))"
    r"|(?:每次|次次)\s*(?:打电话|打電話|打过去|打過去|打去|call|预约|預約|约|約|挂号|掛號)",
    re.I,
)
_ASKED_IF_IT_HELPS = re.compile(
    r"有(?:没|沒)有(?:用|效|效果)|有(?:冇|无|無)(?:用|效)|管不管用|有用(?:吗|嗎|冇|没有|沒有)"
)
# A routine health check asked about as what to add to it (体检要不要加个胃镜, 體檢套餐): the
# check is the writer's own choice, no review or result the complaint needs (NHS.uk heartburn and
# acid reflux: one episode eased by an antacid is self-care). rules-me, session 47
_HEALTH_CHECK_ADD_ON = re.compile(
    r"(?:体检|體檢)(?=[^，。,.!?！？\n]{0,8}(?:加(?![药藥量])|添|套餐|项目|項目))"
)


# A food made of blood (鸭血, 猪血, 毛血旺, 血肠, Taiwan 猪血糕; "blood orange", "blood sausage")
# is no blood from the body: NHS.uk diarrhoea and vomiting sends bloody diarrhoea to a GP the same
# day, not a hotpot with duck blood in it (rules-jc, set 63: f63-zh-slf-019)
_BLOOD_FOODS = re.compile(
    r"鸭血|鴨血|猪血|豬血|鸡血|雞血|鹅血|鵝血|毛血旺|血旺|血豆腐|血肠|血腸|血糕"
    r"|\bblood[ -](?:oranges?|sausages?|pudding)\b",
    re.I,
)


def _not_tenderness(text: str) -> str:
    """Return ``text`` without pain on pressing one spot, unless tenderness there warns, and
    without pain said only on one movement, unless an injury, the chest or the tummy is said."""
    text = text if _MOVING_WARNS.search(text) else _ON_MOVING.sub(" ", text)
    return text if _TENDER_WARNS.search(text) else _PRESSED.sub(" ", text)


def _dose_long_ago(m: re.Match[str]) -> bool:
    """Return True when the tetanus dose ``m`` (of ``_TETANUS_AGO``) was 10 or more years ago."""
    years = m.group(1) or m.group(2)
    if _WITHIN.search(m.string, m.start(), m.end() + 4):
        return False
    return not years.isdigit() or int(years) >= TETANUS_YEARS


def _tetanus_long_ago(texts: Sequence[str]) -> bool:
    """Return True for a last tetanus dose said to be 10 or more years ago (UKHSA Tetanus)."""
    return any(_dose_long_ago(m) for text in texts for m in _TETANUS_AGO.finditer(text))


def _without_ages(text: str, rules: RuleSet) -> str:
    """Return ``text`` as the rules read it with each age blanked out ("BB三个月" is the baby's
    age, not three months of a complaint: the `lasting` spans are then only spans), and a
    count of cakes too (三个月饼)."""
    text = cake_counts_blanked(text)
    found = rules.findings(text).ages
    if not found:
        return text
    prepared = rules.prepare(text)
    for age in found:
        prepared = re.sub(re.escape(age.words), " ", prepared, flags=re.IGNORECASE)
    return prepared


def _reported_worse(texts: Sequence[str], data: Dispositions, rules: RuleSet) -> bool:
    """Return True when getting worse is said outside a worry asked as a yes/no question."""
    reported = [_TRIGGERED_WORSE.sub(" ", _ASKED_WORRY.sub(" ", text)) for text in texts]
    return any(rules.matches(text, data.phrases["worsening"]) for text in reported if text.strip())


def decide(
    record: IntakeRecord | None,
    texts: Sequence[str],
    families: Sequence[str],
    *,
    rules: RuleSet | None = None,
    data: Dispositions | None = None,
) -> tuple[Disposition, list[str]]:
    """Return the level below the red flags and the reasons, from the patient's own words.

    ``texts`` are the patient's messages (answers included), ``families`` the complaint
    families recognised in them (``QuestionBank.families_for``). Never ``emergency``: the
    caller takes the more urgent of this and the rules' hits.
    """
    record = record or IntakeRecord()
    rules = rules or load_rules()
    data = data or load_dispositions()
    texts = [_BLOOD_FOODS.sub(" ", t) for t in texts if t and t.strip()]

    def heard(
        phrases: PhraseSet, reach: int | None = None, among: Sequence[str] | None = None
    ) -> bool:
        return any(rules.matches(text, phrases, reach=reach) for text in (among or texts))

    concepts: set[str] = set().union(*(rules.concepts_in(t) for t in texts)) if texts else set()

    def said(name: str, among: Sequence[str] | None = None) -> bool:
        return heard(data.phrases[name], among=among) or any(
            pair.when <= concepts
            and (
                any(rules.names_known(t, pair.group) for t in (among or texts))
                if pair.known
                else heard(pair.group, among=among)
            )
            and (
                pair.together is None
                or (
                    any(rules.names_known(t, pair.together) for t in (among or texts))
                    if pair.known_with
                    else heard(pair.together, among=among)
                )
            )
            and (
                pair.unless is None
                or not (
                    any(rules.names_known(t, pair.unless) for t in (among or texts))
                    if pair.known_unless
                    else heard(pair.unless, among=among)
                )
            )
            and (pair.under_years is None or (age is not None and age < pair.under_years))
            for pair in data.pairs.get(name, ())
        )

    def checked(name: str) -> bool:
        """A page's warning signs said absent, each denial with its own negation ("no fever",
        腰不痛): read whatever the negation before it (``RuleSet.mentions``)."""

        def told(phrases: PhraseSet) -> bool:
            return any(rules.mentions(t, phrases) for t in texts)

        return told(data.phrases[name]) or any(
            told(pair.group)
            and (pair.together is None or told(pair.together))
            and (pair.unless is None or not heard(pair.unless))
            for pair in data.pairs.get(name, ())
        )

    ages = [a.value for t in texts for a in rules.findings(t).ages]
    # a mother's own complaint while breastfeeding (NHS.uk breastfeeding problems): the baby's
    # age said with it ("my 5 week old") is not the patient's
    own_feeding = any(rules.matches(t, data.phrases["mothers_own"]) for t in texts)
    if own_feeding:
        ages = [a for a in ages if a >= INFANT_YEARS]
    if record.age_years is not None:
        ages.append(record.age_years)
    age = min(ages) if ages else None
    if age is not None and age >= OLDER_PERSON_YEARS:
        concepts.add("older_person")
    pregnant = record.pregnant is True or "pregnancy" in concepts
    severity = _severity(record, texts)
    # a long-term condition's years are no span of the complaint (_without_condition_years)
    spanned = [_without_condition_years(t, rules) for t in texts]
    days = _days(record, spanned, rules)
    lasting = data.phrases["risk_condition_lasting"]
    risk = (
        said("risk_condition")
        or any(rules.matches(c, data.phrases["risk_condition"]) for c in record.conditions)
        # a lasting one told as past ("had a kidney transplant two years ago") still holds
        or any(rules.names_known(t, lasting) for t in texts)
    )
    # a verdict quoted from a web search, an app, an AI chatbot or a friend ("google says it's
    # just a cold", 百度说是偏头痛) is no evidence for self-care: the patient's own words are
    # (NHS.uk condition pages and NICE CKS set the level from the symptoms)
    # in a message about more than one person, another person's evidence is no evidence for the
    # main person's complaint, nor another's severity told as past their severity
    # (clinical.household_evidence)
    bank = load_questions()

    def complaint(words: str) -> bool:
        return said("own_complaint", among=[words]) or (
            bank.families_for([words], rules) != [bank.fallback]
        )

    def self_care_evidence(words: str) -> bool:
        return any(said(n, among=[words]) for n in ("mild", "improving", "coping", "minor"))

    def severity_said(words: str) -> bool:
        return said("severe", among=[words]) or said("hyperbole", among=[words])

    own_texts = [main_evidence(t, rules, complaint, self_care_evidence) for t in texts]
    voiced = [without_quoted_verdicts(t) for t in own_texts] or None
    severity_texts = [
        _jet_lag_read(main_severity(t, rules, complaint, self_care_evidence, severity_said))
        for t in texts
    ]
    mild, improving, coping = (said(n, among=voiced) for n in ("mild", "improving", "coping"))
    # a raised blood pressure repeated at rest and settled below 140/90 (NICE NG136): self-care
    # evidence only, never a reason to lower a same-day sign
    settled_bp = _settled_on_repeat(texts, rules)
    settled_sugar = _sugar_settled(texts)
    # a normal reading with no complaint beside it (NHS.uk high temperature, NICE NG136)
    normal_reading = (
        set(families) <= _READING_FAMILIES
        and any(_READING_ASKED.search(t) for t in texts)
        and _normal_readings(texts, rules)
    )
    infant_minor = said("infant_minor", among=voiced)  # NHS.uk: treated at home in a baby
    # NHS.uk and NHS Start for Life: hiccups, milk spots, sneezing or cold hands in a newborn who
    # feeds well, or a general question about newborns, with no other complaint family said, are
    # no new problem: neither the under-3-months floor nor the age against self-care holds. Only
    # for a baby (an age under 1 or a baby named): white spots elsewhere are no milk spots
    newborn_normal = (
        (("baby" in concepts) or (age is not None and age < INFANT_YEARS))
        and said("newborn_normal", among=voiced)
        and set(families) <= _NEWBORN_FAMILIES
    )
    # NHS.uk blood in urine: pee pink or red after beetroot or red dragon fruit, painless, is the
    # food's (a minor complaint that also lifts the urinary family's floor; rules-pb)
    food_coloured_pee = said("food_coloured_pee", among=voiced)
    minor = (
        said("minor", among=voiced)
        or food_coloured_pee
        or infant_minor
        or newborn_normal
        or (pregnant and said("pregnancy_minor", among=voiced))
    )
    # hyperbole ("killing me", "worst ever", "agony", 疼死了) is no severity when the facts are
    # mild: a minor illness named, or a pain ordinary painkillers take away (NHS.uk pages set the
    # level of a cold, a hangover or a toothache from its signs)
    eased = said("pain_eased")
    # NHS.uk hangover (a headache and feeling sick the morning after: rest, water, painkillers)
    # sets its level from its signs: its headache said to be bad (头好疼) is no severity; any
    # danger sign with it is the red flags'
    hangover = "hangover" in concepts
    # a minor injury named (NHS.uk: a stubbed toe, a paper cut) with an everyday degree word
    # ("really painful", 好痛) is no severe pain; a score or "severe" still is (MTS pain)
    stiff_mornings = (
        days is not None
        and days >= MORNING_STIFF_DAYS
        and any(_MORNING_STIFF.search(t) for t in texts)
        and not ("injury" in concepts and "onset_today" in concepts)
    )
    knock_plain = (
        data.phrases["plain_degree"]
        if said("minor_knock", among=voiced) or stiff_mornings
        else None
    )

    def plain_blanked(text: str) -> str:
        if knock_plain is None:
            return text
        return blank_spans(text, (m.span() for m in knock_plain.finditer(text, text.lower())))

    severe = (
        (severity is not None and severity >= 7)
        or (
            not hangover
            and said(
                "severe",
                among=[
                    plain_blanked(
                        _not_tenderness(
                            _DEGREE_OF_A_THING.sub(
                                " ",
                                _COMPARED.sub(
                                    " ",
                                    _ASKED_SERIOUS.sub(
                                        " ", _ACNE_GRADE.sub(" ", _MINUTES.sub(" ", t))
                                    ),
                                ),
                            )
                        )
                    )
                    for t in (
                        [_NIPPLE_PAIN.sub(" ", t) for t in severity_texts]
                        if own_feeding
                        else severity_texts
                    )
                ]
                or None,
            )
        )
        or (
            said(
                "hyperbole",
                among=[
                    _FIGURATIVE_KILLING.sub(" ", _FEARED_WORST.sub(" ", t)) for t in severity_texts
                ]
                or None,
            )
            and not (minor or eased or said("exertion_soreness"))
        )
    )

    def at_the_pharmacy(family: FamilyWindow) -> bool:
        p = family.pharmacy
        return (
            p is not None
            and (
                mild
                or (severity is not None and severity <= 3)
                # NHS England Pharmacy First: no fever and no back or side pain said
                or checked("pharmacy_checked")
            )
            and not severe
            and not pregnant
            and said("female")
            and age is not None
            and p.ages[0] <= age < p.ages[1]
        )

    # a known long-term condition's usual episode, on the patient's own plan or usual medicine,
    # settling (dispositions/known_conditions.yaml: NHS.uk migraine, eczema, heartburn, panic
    # disorder, asthma action plans); never a changed pattern, one getting worse or a plan not
    # working
    episode_over = said("episode_over", among=voiced) or (
        # "fully recovered" is also a past cue, so its phrase is read by the red-flag concept
        # (pain_over_now, `started_by: [recovered]`): a pain over now (rules-gg, session 41)
        "pain_over_now" in concepts and any("recovered" in t.lower() for t in voiced or ())
    )
    course = [_PASSED_ON.sub(" ", _TRIGGERED_WORSE.sub(" ", t)) for t in texts] or None
    # a course said to be getting worse is no improvement, whatever settled before it (头很痛，
    # 前几天自己好了，今天又开始痛，越来越严重): improving only ever lowers a level, so this raises
    # none below where the words of getting worse alone would put it
    worsening = said("worsening", among=course)
    if improving and worsening:
        improving = False
    settling = improving or episode_over
    steady = settling and not said("unusual_episode") and not worsening
    usual_panic = steady and said("usual_panic", among=voiced)
    usual_episode = usual_panic or (steady and said("usual_episode", among=voiced))
    states = {
        "usual_episode": usual_episode,
        "usual_panic": usual_panic,
        "food_coloured_pee": food_coloured_pee,
    }

    def family_floor(family: FamilyWindow) -> Disposition | None:
        for lift in family.lifts:
            if all(c in concepts for c in lift.when_all) and all(
                states[name] for name in lift.when_said
            ):
                return None if lift.to is Disposition.SELF_CARE else lift.to
        return family.floor

    at_pharmacy = any(at_the_pharmacy(data.families[f]) for f in families if f in data.families)
    windows = [
        (w.pharmacy.window_days, None)
        if at_the_pharmacy(w) and w.pharmacy
        else (w.window_days, family_floor(w))
        for w in (data.families[f] for f in families if f in data.families)
    ]
    window = min((days for days, _ in windows), default=data.window_days)
    own = [
        days
        for group, together, days, known, known_with, unless in data.own_windows
        if (any(rules.names_known(t, group) for t in texts) if known else heard(group))
        and (unless is None or not heard(unless))
        and (
            together is None
            or (
                any(rules.names_known(t, together) for t in texts)
                if known_with
                else heard(together)
            )
        )
    ]
    if own:  # a minor illness said keeps its own page's window when that is longer
        window = max(window, *own)
    floor = more_urgent(*(level for _, level in windows))

    # a few nights' light sleep with a minor illness (a break-up, a cold) is no lost function
    impaired = said(
        "impaired",
        among=[
            _CARERS_SLEEP.sub(
                " ",
                _NO_TIME_OFF.sub(" ", _SLIGHTLY_SLEEPLESS.sub(" ", _jet_lag_read(t)))
                if minor
                else t,
            )
            for t in texts
        ]
        or None,
    )

    # an injury today on an old pain (膝头痛咗几个月，今日跌亲之后好痛) is a new pain (Manchester
    # Triage: an acute injury is triaged as such), whatever the months before
    injured_today = "injury" in concepts and "onset_today" in concepts
    long_standing = (
        days is not None and days >= LONG_STANDING_DAYS and not worsening and not injured_today
    )

    urgent: list[str] = []
    if said("urgent"):
        urgent.append("a sign that needs a clinician today")
    # Manchester Triage pain is the pain now: a severe pain said to be over ("the worst pain of
    # my life last year, fine now") is no same-day severity; it still counts against self-care
    if severe and not improving and not long_standing and not episode_over:
        urgent.append("severe symptoms")
    # a worsening told over years (这几年越来越严重, "over the past few years": NHS.uk period pain
    # and endometriosis, see a GP) is a slow course, not one that needs a clinician today
    if worsening and impaired and "slow_over_months" not in concepts:
        urgent.append("getting worse and stopping normal activities")
    # a mother after a birth telling of her own mood: the baby's age ("my baby is 6 weeks") is
    # the time since the birth, not the patient's age (NICE CG192 / NHS.uk postnatal
    # depression: a GP or health visitor; a danger is a red flag)
    own_postnatal_mood = (
        "postpartum" in concepts
        and "mental_health" in families
        and set(families) <= {"mental_health", "general"}
    )
    if (
        age is not None
        and age < YOUNG_INFANT_YEARS
        and not own_postnatal_mood
        and not newborn_normal
    ):
        urgent.append("a baby under 3 months")
    if risk and ("fever" in concepts or "shivering" in concepts):
        urgent.append("a fever with a condition that weakens the immune system")
    if "tetanus_wound" in concepts and _tetanus_long_ago(texts):
        urgent.append("a tetanus-prone wound with the last tetanus dose 10 or more years ago")
    if _fast_at_rest(texts):
        urgent.append("a fast heart rate at rest")
    if _inr_above_range(texts):
        urgent.append("an INR well above its range")
    if pregnant and URGENT_IN_PREGNANCY.intersection(families):
        urgent.append("a new problem in pregnancy")
    if urgent:
        return more_urgent(Disposition.URGENT, floor) or Disposition.URGENT, urgent

    against: list[str] = []
    # with a known condition's usual episode, the condition's history ("migraines for 15 years",
    # 多年, 老毛病, "long-standing reflux") is no episode lasting; any other span still is
    episode = [_HISTORY.sub(" ", t) for t in spanned] if usual_episode else spanned
    if usual_episode:
        days = _days(record, episode, rules)
    if days is not None and days > window:
        against.append(f"lasting more than {window:g} days")
    # a span of weeks or months: a negation reaches it only right before it (LASTING_REACH); a
    # span within an after-effect's own window is the time since its procedure or medicine
    within_own = bool(own) and (days is None or days <= window)
    # a baby's age said as a span (个BB三个月, 宝宝两个月) is how old, not how long
    # ...nor is the length of a trip the writer came back from (rules-pb, set 77)
    spans = [trip_spans_blanked(_without_ages(t, rules)) for t in episode]
    habits = [
        _PASSING_OFTEN.sub(
            r"\g<verb> ",
            _NOT_USED_MORE.sub(
                " ", _WITHIN_A_DAY.sub(" ", _LATE_EVERY_NIGHT.sub(" ", _DAILY_HABIT.sub(" ", t)))
            ),
        )
        for t in episode
    ]
    habits = [
        _STILL_THERE_BETTER.sub(" ", _RUNAROUND.sub(" ", _ASKED_IF_IT_HELPS.sub(" ", t)))
        for t in habits
    ]
    if (pregnant and said("pregnancy_minor")) or (
        any(_HAY_FEVER_NAMED.search(t) for t in texts)
        and any(_SEASON_BACK.search(t) for t in texts)
    ):
        habits = [_PREGNANCY_PATTERN.sub(" ", t) for t in habits]
    if said("persistent", among=habits) or (
        not within_own and heard(data.phrases["lasting"], reach=LASTING_REACH, among=spans)
    ):
        against.append("lasting or coming back")
    # the blood test at which someone fainted is the faint's trigger, no test to arrange (in
    # either order, "at my blood test ... passed out" too: faint_at_blood, joined with rules-mb's
    # words once in faint_everyday_trigger by rules-ne)
    fainted_at = "faint_at_blood" in concepts
    checks = [_FAINT_TRIGGER.sub(" ", t) for t in texts] if fainted_at else None
    checks = [
        _STILL_THERE_BETTER.sub(" ", _HEALTH_CHECK_ADD_ON.sub(" ", t)) for t in (checks or texts)
    ]
    if improving:
        checks = [_REVIEW_ASKED.sub(" ", t) for t in checks]
    for name, why in (
        ("refer", "a sign a clinician should check within days"),
        ("review", "a review or test needs a clinician"),
    ):
        if said(name, among=checks):
            against.append(why)
    if _weight_loss_unintended(texts):
        against.append("unintended weight loss of 5% or more")
    # an oxygen level that fell while asleep, normal now: suspected sleep apnoea, a GP who may
    # arrange a sleep study (NICE NG202; NHS.uk sleep apnoea), never self-care on "feel fine"
    if any(saturation_dip_asleep(t) for t in texts):
        against.append("an oxygen level that fell while asleep")
    # Manchester Triage System general discriminator "abrupt onset" (within seconds or
    # minutes), and the NHS.uk pages that ask for a GP or 111 when a symptom came on suddenly
    # (hearing loss, double vision, stomach ache, palpitations): a sudden onset is no self-care
    # on reassuring words alone; a minor illness usually treated at home, or one said to be
    # over ("stopped after a few minutes, fine now"), still is. A sudden pain of the head,
    # chest, tummy or back is no minor illness because the patient guesses one ("probably just
    # trapped wind"): only its being over counts
    sudden_pain = bool(_SUDDEN_PAINS & concepts)
    if "sudden" in concepts and not ((minor and not sudden_pain) or episode_over):
        against.append("a sudden onset")
    if impaired:
        against.append("stopping normal activities")
    if worsening and _reported_worse(texts, data, rules):
        against.append("getting worse")
    if severe or (severity is not None and severity >= 5):
        against.append("moderate or severe symptoms")
    # NHS.uk common symptoms of pregnancy, said to be mild or easing, are treated at home; so
    # are they with a blood pressure measured below 140/90 (NICE NG133: pre-eclampsia is a new
    # blood pressure of 140/90 or more; NHS.uk heartburn and indigestion in pregnancy, the
    # pharmacist's antacids, the pressure checked for the pain under the ribs it can mimic)
    # ...and so are they with the page's warning signs said absent (no bleeding, no headache,
    # no pain, fluids kept down; not the baby moving alone: NHS.uk vomiting and morning
    # sickness, indigestion and heartburn in pregnancy, pregnancy_checked)
    if pregnant and not (
        said("pregnancy_minor")
        and (
            mild
            or improving
            or _normal_blood_pressure(texts, rules)
            or checked("pregnancy_checked")
        )
    ):
        against.append("pregnancy")
    # an older person said to be their usual self (or coping with a minor illness) is no
    # reason against self-care by age: the warning in frailty is a change from the usual
    # (NICE NG51, Age UK), and NHS.uk treats a cold or a bruise at home at any age, and a small
    # cut whose bleeding has stopped (NHS.uk cuts and grazes: improving); never with a
    # fever (NICE NG51: older age is a sepsis risk) or on blood thinners (NHS.uk warfarin: bruising)
    # (or a minor injury beside a full set of observations that scores 0 on NEWS2, RCP)
    usual_self = said("usual_self")
    at_own_usual = (
        usual_self
        or (minor and (coping or improving or _observations_all_normal(texts, rules, concepts)))
    ) and not ({"fever", "shivering", "blood_thinners"} & concepts)
    if age is not None and (
        (age < INFANT_YEARS and not (infant_minor or newborn_normal))
        or (age >= OLDER_YEARS and not at_own_usual)
    ):
        against.append("age")
    # a long-term condition said to be stable or at its own normal (NICE NG106 chronic heart
    # failure, NICE NG115 COPD: reviewed routinely in primary care) is no reason against self-care
    # for a minor complaint beside it; a fever with it is still same-day (above)
    if risk and not said("risk_condition_stable"):
        against.append("a long-term condition")
    if _raised_blood_pressure(texts, rules):
        against.append("a blood pressure reading to repeat")
    # a general question asked ahead, with nothing wrong now, and no complaint family said
    asking_ahead = said("asking_ahead") and set(families) <= {"general"}
    positive = (
        asking_ahead
        or mild
        or improving
        or coping
        or minor
        or usual_self
        or usual_episode
        or settled_bp
        or settled_sugar
        or normal_reading
        or at_pharmacy
        or (severity is not None and severity <= 3)
    )
    if positive and not against and floor is None:
        evidence = [
            why
            for flag, why in (
                (mild, "mild"),
                (improving, "improving"),
                (coping, "coping"),
                (usual_self, "their usual self"),
                (usual_episode, "a known condition's usual episode, settling on its own plan"),
                (minor, "a minor illness usually treated at home"),
                (asking_ahead, "a question asked ahead, nothing wrong now"),
                (settled_bp, "a raised blood pressure settled on a rested repeat"),
                (settled_sugar, "a sugar raised after food, back in range"),
                (normal_reading, "a reading in the normal range"),
                (at_pharmacy, "a problem a pharmacist treats, its warning signs said absent"),
            )
            if flag
        ]
        return Disposition.SELF_CARE, evidence
    level = more_urgent(Disposition.NON_URGENT, floor) or Disposition.NON_URGENT
    return level, against or ["no sign that it can safely be managed at home"]
