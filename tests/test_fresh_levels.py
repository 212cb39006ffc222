"""Fresh four-level sets 7, 8 and 12 to 78, each by someone who had not read the rules.

``tests/data/fresh_levels_7.jsonl`` holds 160 first messages, 40 per level (emergency, urgent,
non_urgent, self_care), 80 English and 80 Chinese (simplified, traditional and Cantonese), with
emphasis on the urgent / non_urgent / self_care boundaries, each naming the published source
it follows. It was committed (e60ea9d) before any rule was changed for it, and each message is
scored as ``triage eval --rules-only`` scores it (``clinical.first_message.rules_only_level``).

First run, rules as on main at e60ea9d when the set landed (gold down, predicted across):

===========  =========  ======  ==========  =========
gold         emergency  urgent  non_urgent  self_care
===========  =========  ======  ==========  =========
emergency    39         0       1           0
urgent       3          32      4           1
non_urgent   2          2       36          0
self_care    0          2       10          28
===========  =========  ======  ==========  =========

4-level accuracy 84.4% (135 of 160), 3-level 90.6%, 1 of 40 emergencies missed (ending
``non_urgent``), 0 of 40 self-care messages sent to an emergency, safe rate (predicted at least
as urgent as gold) 96.2%. The floor below started at that first-run accuracy rounded down
(0.84) and is raised as the decision improves (never lowered).

After generalising the failing boundaries from NHS.uk / NICE sources (``dispositions.yaml``:
Cantonese and everyday mildness, easing and coping words, a baby's minor illnesses, NHS
Pharmacy First UTI in women, earwax, DVT, heart failure, chickenpox, shingles said as a band):
4-level 94.4% (151 of 160), 3-level 94.4%, 1 emergency missed (ending ``urgent``), 0 self-care
to emergency, safe rate 99.4%. The 9 rows still wrong are red-flag side (rules-g's lane): the
Cantonese anaphylaxis below, 7 over-triaged by an emergency or urgent rule (NEWS2 in COPD at
its usual SpO2 twice, 抽烟 read as a fit, a swollen half face as a droop, stable angina, an eczema
cream as a failing reliever, a cold as allergic swelling), and one ingrown toenail "not getting
better" for 2 weeks that ``worsening_over_days`` (NHS 111: "not improving") makes urgent.
rules-g then closed the anaphylaxis and five of the seven over-triaged rows on the red-flag side
(4-level 97.5%, 156 of 160; floor 0.97); left: NEWS2 in COPD at the usual SpO2 twice, stable
angina, the ingrown toenail.
rules-i closed three of those four from their sources (RCP NEWS2 SpO2 scale 2 with a usual or
target of 88-92 said with COPD, and NICE NG115 sputum colour; NHS 111 "not getting better" is a
GP appointment, "getting worse" same-day): 159 of 160 (99.4%, floor 0.99). The one left,
lvl7-zh-nur-013, is undiagnosed chest tightness on exertion that settles with rest: NHS.uk
angina today says get help from 111 for angina symptoms that come and go (urgent), so it stays
``urgent`` against its gold ``non_urgent``; diagnosed angina relieved as usual is non_urgent.

Set 8 (``tests/data/fresh_levels_8.jsonl``, writer-levels8, landed at 03a81ea): 200 first
messages, 50 per level, 104 English and 96 Chinese, each naming its source. First run, rules
only, on main at 9ba7440 before anything was changed for it (rules-i's Part 1 work had landed
first; on the rules at 03a81ea, when it landed: 46 of 50 caught, 76.5%):

===========  =========  ======  ==========  =========
gold         emergency  urgent  non_urgent  self_care
===========  =========  ======  ==========  =========
emergency    45         4       1           0
urgent       4          31      10          5
non_urgent   0          2       45          3
self_care    1          3       15          31
===========  =========  ======  ==========  =========

4-level accuracy 76.0% (152 of 200), 3-level 85.0%, 5 of 50 emergencies missed (4 ending
``urgent``: an asthma attack unable to finish a sentence, COPD NEWS2 8 on scale 2 with oxygen
said as "on his 2L", cauda equina in Chinese, a 3-month-old ashen, mottled and floppy in
Cantonese; 1 ending ``non_urgent``: a suicide plan with means and a time, no word "suicide"),
none at ``self_care``, 1 of 50 self-care messages sent to an emergency (a hangover's
头要裂开 read as a thunderclap headache), safe rate 88.5%.

rules-i then generalised the misses by category from their sources, with sentences in other
words in ``test_red_flag_coverage.py`` and ``test_disposition_sources.py`` (NICE NG225 plan
without the word, BTS/SIGN sentences, CKS cauda equina, NG143 ashen / mottled / floppy, CKS
thunderclap unless a hangover, NEWS2 oxygen by flow and a bare saturation target; CKS giant cell
arteritis, sudden hearing loss, croup, appendicitis moving right, NG19 an ulcer on the foot,
dehydration, a wrist out of shape, a TIA that resolved, a contact lens red eye, itching in
pregnancy, stings, head lice, back ache in pregnancy, durations in years): 50 of 50
emergencies, 0 self-care to emergency, 4-level 90.0%, 3-level 96.0% (floor 0.76 -> 0.79 ->
0.90; memory worse over a year is no "worse over days"); these figures are tuned on the set,
the first run is the carry-over measure.

Set 12 (``tests/data/fresh_levels_12.jsonl``, landed at 4b61eb5): 200 first messages, 50 per
level, 100 English and 100 Chinese (simplified, traditional, Cantonese), worried parents at
night and new mothers about themselves; its rows carry ``gold_triage`` and a ``rationale``.
First run, rules only, on main at 4b61eb5 before anything was changed for it:

===========  =========  ======  ==========  =========
gold         emergency  urgent  non_urgent  self_care
===========  =========  ======  ==========  =========
emergency    40         6       3           1
urgent       7          27      9           7
non_urgent   2          7       38          3
self_care    0          12      18          20
===========  =========  ======  ==========  =========

4-level accuracy 62.5% (125 of 200), 10 of 50 emergencies missed (6 ending ``urgent``, 3
``non_urgent``, 1 ``self_care``: iron tablets in a well toddler), 9 of 150 others raised to an
emergency (none of them self-care), safe rate 85.5%.

rules-r generalised the red-flag side by category, with sentences in other words first in
``test_red_flag_coverage.py`` (NICE NG143 a bulging fontanelle said with words between, the
glass test's result said with 不会 / 没有 / 唔会, mottled and not waking in Cantonese, nasal
flaring and no smile amber; NICE NG9 / NHS.uk bronchiolitis pauses in breathing; NHS.uk
intussusception; TOXBASE iron; NICE NG232 a large swelling under 1; NICE CKS croup with stridor
only when upset; rigors are no fit; NHS.uk breath-holding spells; NHS.uk dehydration since
yesterday): 50 of 50 emergencies, 1 of 150 raised, 0 self-care to emergency, 4-level 72.0%
(floor 0.72), safe rate 91.0%. Left on
the red-flag side: a known febrile seizure, short, recovered, "same as before" (NHS.uk febrile
seizures: 111, not 999) still ends ``emergency``; the other 55 wrong rows are below it, on the
decision's urgent / non-urgent / self-care boundaries (self-care ending urgent 12, non_urgent 18).

Set 13 (``tests/data/fresh_levels_13.jsonl``, writer-14, landed at 1022e3f): 200 clinician
notes (referrals, handovers, phone-triage notes; 病历 / 交班 style), 50 per level, 104 English
and 96 Chinese (64 simplified, 32 traditional), with exam findings and vital signs. First run,
rules only, on the rules of 42e285f (gold down, predicted across, E U N S): 47 1 2 0 / 5 26 16
3 / 3 6 37 4 / 2 2 19 27; 4-level 68.5%, 3 emergencies missed, 10 others raised (2 self-care).

Set 14 (``tests/data/fresh_levels_14.jsonl``, writer-15, landed at 9177a3c): 200 forum posts
(US / UK health forums; 知乎, 百度知道, 小红书, Hong Kong and Taiwan forums), 50 per level, 112
English and 88 Chinese (56 simplified, 32 traditional). First run, rules only, on the rules of
7c64c1c (42e285f and a half degree said as 半): 48 1 0 1 / 4 39 4 3 / 4 5 40 1 / 0 3 9 38;
4-level 82.5%, 2 emergencies missed (1 ending ``self_care``), 8 others raised (no self-care).

rules-t then generalised both sets' red-flag side by category, with sentences in other words
first in ``test_red_flag_coverage.py`` (``SETS_13_14``: NHS heart attack, a heavy object on
the chest; NICE NG232 the head's parts in notes; NHS / CDC carbon monoxide appliances and
others ill by number; NICE CKS acute limb ischaemia listed with commas and pulseless; NICE
NG225 a passive wish not to wake up; past history as notes write it, an old stroke as a time
or a side, a best friend outside the household, photophobia, steri-strips): set 13 50 of 50
caught, 3 of 150 raised, 0 self-care to emergency; set 14 50 of 50, 2 of 150 raised; with
rules-u's decision work and rules-v's notes walk 4-level 82.0% and 89.0% (floors 0.82
and 0.89). Left on the red-flag side: Bell's palsy with the forehead involved read as a FAST
droop (2 rows), a grinder's metal foreign body in the eye and a toddler's blistered scald on
the arm (NHS.uk sends both to A&E), chest tightness in an asthma flare read as cardiac warning
signs.

Set 15 (``tests/data/fresh_levels_15.jsonl``, writer-16, landed at ec2cb6a): 200 first messages,
50 per level, half Chinese, in hard voices: understated patients ("probably nothing but",
应该没什么大事), symptoms inside another request (a sick note, a repeat prescription), alarmed
writers about minor problems ("IS THIS MELANOMA???", 吓死我了), carers and older writers,
unpunctuated phone text. First run, rules only, on the rules of ffb49b1 (gold down, predicted
across, E U N S): 48 2 0 0 / 3 36 8 3 / 1 3 44 2 / 5 3 16 26; 4-level 77.0%, 2 emergencies
missed (both ending ``urgent``), 9 others raised (5 of them self-care), safe rate 92.5%.

rules-x then generalised the decision side by category (sentences in other words first in
``test_disposition_voices.py``): NHS.uk same-day signs said in understated words (Bell's
palsy, sudden hearing loss on waking, chickenpox or measles near a pregnant woman, a feverish
child's wees counted, the reliever by name and how often, a wound red or leaking after an
operation, a hot swollen joint, 睪丸 as OpenCC keeps it); NHS England (2018) minor illnesses in
patients' words (runny poo, white threads in the poo, flakes in the hair, no poo for days,
wind, a twitching eyelid, a night's drinking, a period come as every month); a frequency is no
duration ("a couple of times a year"); a worry asked as a yes/no question ("is it
spreading??") is no report of getting worse: 4-level 88.0% (floor 0.88); then wanting to talk
is same-day only with thoughts of others being better off or "today" (NICE CKS depression), a
cough that "never stopped" (一直没断) is persistent, a joint "hot to touch" said as 摸起来很烫:
89.0% (floor 0.89; 48 2 0 0 / 3 47 0 0 / 1 2 47 0 / 5 3 6 36).

rules-w then generalised the red-flag side by category (sentences in other words first in
``test_red_flag_coverage.py`` ``SET_15``): a feared condition named in an alarmed question
("am i having a stroke??", 系咪脑出血) is not its sign, and with a sign of it is an emergency
(NHS.uk heart attack / stroke / anaphylaxis); minimisers ("not serious", 没什么大事) negate
nothing; lip or tongue swelling with a hoarse, croaky voice (NHS.uk anaphylaxis); the head's
part as the subject that hit (后脑勺撞到, NICE NG232); a bruise's 青紫 on a limb (NHS.uk
bruises); a time said with no intent to act (今晚也不会做什么, NICE NG225): 50 of 50 caught, 2
of 150 raised, 0 self-care to emergency; with rules-x's decision side 4-level 91.5% (50 0 0 0 /
2 48 0 0 / 0 2 48 0 / 0 3 10 37; floor 0.91). Left on the red-flag side: Bell's palsy in Cantonese
read as a FAST droop (as in sets 13 and 14), and an 86-year-old suddenly confused, gold
urgent, that stays an emergency (NHS.uk sudden confusion: A&E or 999 if someone suddenly
becomes confused).

Set 16 (``tests/data/fresh_levels_16.jsonl``, writer-16, landed at 9df3020): 200 first messages,
50 per level, half Chinese, in new voices (field ``voice12``): non-native English, symptoms asked
as a question ("should I worry that...", 这样正常吗), speech-to-text and textspeak, long
timelines. First run, rules only, on the rules of 2c043a2 (gold down, predicted across, E U N S):
43 3 4 0 / 3 34 11 2 / 1 0 48 1 / 0 6 15 29; 4-level 77.0%, 7 emergencies missed (4 ending
``non_urgent``), 4 others raised (no self-care), safe rate 89.5%.

rules-ab generalised the decision side by category (sentences in other words first in
``test_disposition_voices.py``, ``test_set16_*``): NHS.uk UTI symptoms of any kind with a fever
or back pain (a new urgent rule), BASHH PEP after a possible HIV exposure, NHS.uk cellulitis's red
line from a cut, DVT's calf in lay words (腿肚子, 脚瓜), a joint "red hot", a fall on the hand told
with words between, 耳朵里进了一个 (an object, not water), NHS.uk mastitis with a fever, shingles
as blisters on one side near the eye, hearing gone on waking, a child's squint (GP); self-care for
a burst vessel on the white of the eye, teething by its signs, a red bottom, hay fever and cold
sores in Cantonese, chickenpox in a well child, sadness after a break-up, a question with nobody
ill, 有小便 as reassurance, red and hot skin after the sun (sunburn, not cellulitis); a minor
illness keeps its own page's window (athlete's foot 2 weeks): 89.5%.

rules-z then generalised the red-flag side by category (sentences in other words first in
``test_red_flag_coverage.py`` ``SET_16``): bleeding in pregnancy said without its place, with
tummy pain (NHS.uk / RCOG antepartum haemorrhage); alcohol with slow or shallow breathing, and
"called and no answer" in Chinese (NHS.uk alcohol poisoning, ACVPU); a splash and a chemical in
the eye said apart (NHS eye injuries); wheezing said as a whistling sound; "I'm safe tonight" is
no time in mind (NICE NG225): 46 of 50 caught, 3 of 150 raised, 91.5% with rules-ab's decision
side (46 1 3 0 / 2 47 1 0 / 1 0 49 0 / 0 4 5 41). Open: three emergencies in non-native grammar
and one asked as a question (rules-aa's categories, not closed by its first landing).

Set 17 (``tests/data/fresh_levels_17.jsonl``, writer-17, landed at d235d60): 200 first messages,
50 per level, half Chinese, in a context voice (field ``voice13``): known conditions and
treatments (chemotherapy, transplant, dialysis, sickle cell, heart failure, insulin, steroids,
anticoagulants, lithium, new drugs), after a procedure or a hospital stay, exposures and events
(carbon monoxide, heat, water, bites, chemicals, falls, travel), bystanders writing in a hurry.
First run, rules only, on the rules of a99547d (gold down, predicted across, E U N S):
37 6 6 1 / 3 27 13 7 / 2 3 43 2 / 0 4 20 26; 4-level 66.5%, 13 emergencies missed (6 ending
``non_urgent``, 1 ``self_care``), 5 others raised (no self-care), safe rate 82.5%.
Red-flag side, classic emergencies said in other words (rules-ad): pink froth and foam coughed
up, GTN by its lay names not working, a heart attack said as indigestion with sweat and the arm
or jaw, called and only mumbling (嗯嗯啊啊), "without my noticing" (唔觉意) as no negation; an
itchy blotchy rash is no mottled skin and a CO alarm no poisoning: 5 emergencies closed, 2
look-alikes lowered, 70.0% (tests/test_red_flag_coverage_other_words.py).
Decision side (rules-ae): same-day signs in a treatment's or a procedure's context, each from its
NHS.uk / NICE CKS page (bites that break the skin, a wound's pus in lay words, DMARD blood signs,
vomiting on steroids or after a transplant, a tight cast, a cloudy PD bag, an INR of 5 or more,
fewer fetal movements, a knocked-out adult tooth, mallet finger, a high-speed eye
fragment): every urgent row now ends at least urgent (47 urgent, 3 raised), 77.5% with the
red flags of 2302fc2, 81.0% with rules-ad's (af1f76a); most self-care rows still end
``non_urgent`` (a risk condition stays against self-care), with their reasons in
OPEN_DECISION_17.
Red-flag side, after a procedure and in long-term treatments (rules-ac; sentences first in
``tests/test_red_flag_coverage_context.py``): adrenal crisis, lithium toxicity, SJS/TEN, bleeding
after a tonsillectomy, worsening tummy pain with fever or vomiting after an abdominal procedure,
numb or pale fingers under a cast (new ``treatments.yaml``), pleuritic pain and "a section" for
PE, a glucose read off the meter: 46 of 50 caught, 71.0% alone; with rules-ad's, 50 of 50
caught, 3 of 150 raised, 74.0%; with rules-ae's decision side too, 85.0% (floor 0.85); 86.0% after
the usual-seizure and absence-spell rows moved (c86116d, 37b1cae; floor 0.86).

Set 18 (``tests/data/fresh_levels_18.jsonl``, writer-18, landed at adc12ad): 200 first messages,
50 per level, half Chinese, in an indirect and atypical voice (field ``voice14``): atypical
presentations (a heart attack as indigestion, sepsis as confusion and falls, DKA as tummy ache,
ectopic as shoulder-tip pain), described by what the person cannot do, mental health and
substances (suicide said indirectly, alcohol withdrawal, GHB, MDMA), seen recently and now worse.
First run, rules only, on the rules of 692dc2b (gold down, predicted across, E U N S):
34 6 9 1 / 1 29 15 5 / 4 1 42 3 / 0 1 19 30; 4-level 67.5%, 16 emergencies missed (9 ending
``non_urgent``, 1 ``self_care``; en 11, zh 5), 5 others raised (no self-care), safe rate 80.5%.
Red-flag side, atypical presentations (rules-ah; sentences first in
``tests/test_red_flag_coverage_atypical.py``): a heart attack as indigestion with sweat and
pallor or no relief, a fever felt by touch with new confusion, new diabetes with deep breathing
(NICE NG18), the shoulder tip and a late period said loosely, ripping between the shoulder
blades, a thunderclap as a blow nobody gave, faintness as vision going dark, both legs numb with
urine passed unknowingly, rigors after a caesarean: 11 emergencies closed, no other row of any
set moved, 73.0% (floor 0.73).
Decision side (rules-aj): same-day signs said by what is noticed (shingles blisters by the
eyebrow, a calf "a bit warm", a mouth that will not open, pain from the navel to the lower right,
redness past the pen line, sugars "in the 20s", a fall onto the wrist, a UTI with new muddle in an
older person, voices and being watched, mania, cutting again, weight loss with fainting or no
periods) and minor things said indirectly (passes at once, one too many, a crick in the neck,
teething by its signs, teeth grinding), each from its NHS.uk / NICE page: 84.0% with the red
flags of 8a89bd3, 89.5% with rules-ah's (f6a599c; floor 0.89); the rows still open are in
OPEN_DECISION_18.
rules-ai (what they cannot do, mental health and substances): a visual field lost on one side,
suicide warning signs (affairs in order, a pet given away, "won't be a problem for anyone"),
alcohol withdrawal with hallucinations, a changed voice after a dish carrying an allergen and a
child's hot-drink scald now reach emergency, and weeks of lost hand or shoulder function with its
named pattern, typical exertional angina and a chest infection's exertional breathlessness no
longer do: 39 of 50 caught alone, 0 of 150 raised, 72.0%; with rules-ah's, 50 of 50 caught,
77.5%; with rules-aj's decision side too, 94.0% (floor 0.94).

``tests/data/fresh_levels_20.jsonl`` (session 16): 200 messages, 50 per level, 28 English and 22
Chinese (14 simplified, 8 traditional) per level, in the session-16 voices: two languages in one
message (Chinese with English words, Hong Kong and Singapore mixes, toneless pinyin), texting
shorthand and emoji, and timing (a sign that has passed, onset and speed, old emergencies with a
mild current problem). First run, rules only, on the rules of 36e3b84 (E U N S): 45 3 2 0 /
4 38 7 1 / 1 2 46 1 / 1 3 5 41; 4-level 85.0%, 5 emergencies missed (2 ending ``non_urgent``),
1 self-care message at emergency (a single faint at the sight of blood), safe rate 93.0%.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clinical.first_message import rules_only_level
from clinical.questions import QuestionBank, load_questions
from clinical.red_flags import RuleSet
from states.disposition import Disposition

DATA = Path(__file__).parent / "data"

# Emergency rows the rules miss: strict xfails until closed, each with its reason.
# (lvl7-zh-emg-016, anaphylaxis in Cantonese, closed by rules-g: 块面肿晒, 呼吸好辛苦, 嗌唔出声)
SETS: dict[str, tuple[str, float, dict[str, str]]] = {
    # name: (file, 4-level accuracy floor, known emergency misses)
    "set7": ("fresh_levels_7.jsonl", 0.99, {}),
    "set8": ("fresh_levels_8.jsonl", 0.90, {}),
    # set 12's first-run misses (10) all closed by rules-r; floor 0.62 at the first run
    # set 12: 0.72 until session 32, 82.0% after rules-by and rules-cc's self-care evidence
    "set12": ("fresh_levels_12.jsonl", 0.82, {}),
    # set 13, clinician notes: floor 0.68 at the first run (1022e3f, 68.5%); its 3 first-run
    # misses closed by rules-t (NG232 head parts, CO appliances and others ill, CKS 6 Ps)
    # rules-u: a baby's age in shorthand, wet nappies counted (0.71); notes' N/7, N/52, N/12
    # durations, a normal body function, minor illnesses in note words (0.78); rules-t: past
    # history dated or at an age, an old stroke's side, a passive wish not to wake up (0.82);
    # rules-u: NICE NG38 suspected scaphoid fracture (0.83)
    "set13": ("fresh_levels_13.jsonl", 0.83, {}),
    # set 14, forum posts: floor 0.82 at the first run (9177a3c, 82.5%); its 2 first-run
    # misses closed by rules-t (a heavy object on the chest, CO appliances and others ill)
    # rules-u: a baby's age in shorthand, wet nappies counted (0.86); rules-t: an old stroke
    # as a time, a friend's overdose, photophobia, steri-strips (0.89)
    "set14": ("fresh_levels_14.jsonl", 0.89, {}),
    # set 15, hard voices: 77.0% at the first run (ffb49b1); rules-x's decision side (0.88,
    # then 0.89); its 2 first-run misses closed by rules-w (swelling with a croaky voice,
    # 后脑勺撞到), and the five self-care rows raised (feared conditions named, a bruise's 青紫)
    # (0.91)
    "set15": ("fresh_levels_15.jsonl", 0.91, {}),
    # set 16, non-native / asked as a question / phone text / long timelines: 77.0% at the first
    # run (2c043a2); rules-ab's decision side (0.89); rules-z's red-flag side closed 3 of the 7
    # first-run misses (bleeding in pregnancy unplaced, alcohol with slow breathing, a splash
    # and a chemical in the eye said apart) and the 'safe tonight' row (0.91)
    "set16": (
        "fresh_levels_16.jsonl",
        0.91,
        {
            # (fl16-en-emg-001, -002 and -004, non-native grammar, closed by rules-at)
            "fl16-en-emg-014": "testicle pain named in 'do I need to come in for testicle pain?' "
            "is held as hypothetical (rules-aa's category A; still open after fd5ecb9)",
        },
    ),
    # set 17, context (conditions and treatments, after procedures, exposures, bystanders):
    # 66.5% at the first run (a99547d); 70.0% after rules-ad's red-flag categories; 85.0% with
    # rules-ac's and rules-ae's; 86.0% after the seizure rows moved (c86116d, 37b1cae)
    "set17": (
        "fresh_levels_17.jsonl",
        0.86,
        {},
    ),
    # set 18, indirect and atypical (atypical presentations, what they cannot do, mental health
    # and substances, seen recently): 67.5% at the first run (692dc2b); rules-ah's atypical
    # presentations closed 11 of its 16 missed emergencies (0.73); rules-aj's decision side
    # (89.5% with both, 0.89); rules-ai's what they cannot do and mental health the other 5,
    # and its 5 raised look-alikes lowered (94.0% with all three, 0.94)
    "set18": (
        "fresh_levels_18.jsonl",
        0.94,
        {},
    ),
    # set 19, regional idiom and slang in both languages, and numbers from home devices:
    # 77.0% at the first run (25c1ed0: 46 of 50 emergencies, 0 self-care to emergency); its 4
    # missed emergencies closed by rules-al's regional red-flag words (心口窝, 脑壳, 比两个手掌还大
    # 发白, 唔多应), and its 4 raised look-alikes lowered (phlegm, quinsy, Bell's palsy, a TIA
    # passed by yesterday) (81.0%, 0.81); rules-am's decision side in regional idiom (87.5% alone);
    # with rules-ak's home-device numbers too, 92.5% (0.92)
    "set19": (
        "fresh_levels_19.jsonl",
        0.92,
        {},
    ),
    # set 20, two languages in one message, texting shorthand, and timing (session 16): 85.0% at
    # the first run (36e3b84: 45 of 50 emergencies, 1 self-care to emergency); rules-an's
    # Chinese and mixed-language categories (89.5% alone) and rules-ao's English timing and
    # shorthand (90.5% alone) together: 50 of 50, none to emergency, 95.0% (0.95)
    "set20": (
        "fresh_levels_20.jsonl",
        0.97,
        {
            # (f20-en-emg-017 and -020 closed by rules-ao: a clot's signs after surgery, saddle
            # numbness in everyday words; f20-zh-emg-015, -016, -018 closed by rules-an: 啱啱
            # before a baby's age, "slur" and 攞唔起 in Cantonese, 跌親個頭 with 薄血藥)
        },
    ),
    # set 21, frail older people, proxies for someone who cannot say it, and sensations in the
    # patient's own comparisons (session 17): 78.5% at the first run (02dbe09: 43 of 50
    # emergencies, 4 below urgent, 2 self-care to emergency); rules-ap's red flags (83.0%
    # alone) and rules-aq's decision side (94.5% alone) together: 50 of 50, none to emergency,
    # 99.0% (0.99)
    "set21": (
        "fresh_levels_21.jsonl",
        0.99,
        {
            # (all seven closed by rules-ap: a painless heart attack in the old and diabetic, a
            # long lie and a hip's signs, no wind with "even", a drum-tight tummy, a carer's
            # reading of headache and light with a non-blanching rash in someone unwell, a blow
            # to the head as a noun, a rip told as a comparison)
        },
    ),
    # set 22, medicines, the complaint that matters buried among others, and the setting where
    # it happened (session 18): 82.0% at the first run (cf244ce: 43 of 50 emergencies, 1 below
    # urgent, 0 self-care to emergency); rules-ar's red flags (86.0% alone) and rules-as's
    # decision side (94.0% alone) together: 50 of 50, none to emergency, 97.5% (0.975)
    "set22": (
        "fresh_levels_22.jsonl",
        0.975,
        {
            # (all seven first-run rows closed by rules-ar: angioedema on an ACE inhibitor, a
            # fever with rigors on carbimazole, cauda equina after another complaint in both
            # languages, a fall from scaffolding in Cantonese, decompression illness, bleach
            # mixed with a toilet cleaner)
        },
    ),
    # set 23, playing it down, asking instead of telling, and after care (session 19): 78.5% at
    # the first run (56b7a0e: 46 of 50 emergencies, 3 below urgent, 0 self-care to emergency);
    # rules-au's red flags (83.5% alone) and rules-av's decision side (92.0% alone) together:
    # 50 of 50, none to emergency, 97.0% (0.97)
    "set23": (
        "fresh_levels_23.jsonl",
        0.97,
        {
            # (all four closed by rules-au: saved-up tablets with a time, a conditional frame
            # inside "what does it mean if", bleeding after a polypectomy, 胸口又像被压住)
        },
    ),
    # set 24, a long-term condition against the patient's own normal, children described by
    # their parents, and messages written as lists (session 20): 83.0% at the first run (6fc644c:
    # 47 of 50 emergencies, 1 below urgent, 1 self-care to emergency); rules-aw's red flags
    # (90.5% alone) and rules-ax's decision side (92.0% alone) together: 50 of 50, none to
    # emergency, 98.0% (0.98)
    "set24": (
        "fresh_levels_24.jsonl",
        0.98,
        {
            # (all three closed by rules-aw: a dip under the ribs and a grunt at the end of each
            # breath, cannot lie flat with pink frothy sputum, a whole strip swallowed with 把)
        },
    ),
    # set 25, dictated / a second language / panic (session 22, the sixteenth split's voices):
    # 77.5% at the first run (ce5ec3e: 37 of 40 emergencies, 2 ending self_care, 5 self-care
    # to emergency); an age after a fever word no longer read as a temperature (0.80); rules-bc:
    # a medicine dictated as sound-alike words, a large or deep burn in learner words, a cord
    # felt after the waters break, a feared condition asked about or thought, a tight band
    # round the head and urine leaked no longer read as chest pain or oliguria (83.8%, 0.83)
    "set25": (
        "fresh_levels_25.jsonl",
        0.86,
        {
            # (all three closed by rules-bc: tests/test_red_flag_coverage_dictated_panic.py)
        },
    ),
    # set 26, understated / asked as a question / regional words (session 22): 86.2% at the
    # first run (8d33aad: 37 of 40 emergencies, 3 below urgent, none to emergency); 91.9% after
    # rules-ba's English rows (38 of 40 emergencies, 2 below urgent); with rules-bb's Chinese
    # rows 99.4% (40 of 40; one Bell's palsy without the forehead named stays an emergency)
    "set26": (
        "fresh_levels_26.jsonl",
        0.99,
        {
            # (f26-en-emg-003, a chainsaw cut bled through two towels told as needing a few
            # stitches, closed by rules-ba: tests/test_disposition_understated_regional.py)
            # (f26-zh-emg-004 and -019 closed by rules-bb: a child's tablets taken 趁我不注意,
            # paraquat by its Taiwan name 巴拉刈 and weedkiller with a verb of swallowing)
        },
    ),
    # set 27, clinician notes / handovers / home device numbers (session 23, the eighteenth
    # split's voice): 83.1% at the first run (4e07e6e, rules of b85ec33: 40 of 40 emergencies,
    # none to emergency from self-care); 98.1% after rules-bd's English rows (13 of 15: a lone
    # heart rate in a full set of normal observations, AF breathless only on exertion, a fever
    # gone since day 2, gradual memory loss, a DVT after a caesarean, cholecystitis, positive
    # evidence in notes) and rules-be's Chinese rows (11 of 12: pregnancy weeks typed with
    # spaces, long-standing incontinence, a child's head cut, a watch's night SpO2 dip, settled
    # and minor complaints noted as such)
    "set27": (
        "fresh_levels_27.jsonl",
        0.98,
        {},
    ),
    # set 28, forum posts / explained away / chat fragments (session 24, the nineteenth split's
    # voice): 82.5% at the first run (rules of 0eaad58, channel off: 35 of 40 emergencies, none
    # below urgent, one self-care message to emergency; with the channel 38 of 40, 83.8%);
    # session 25: f28-en-emg-007 (an ectopic pregnancy told as a late period in its own clause)
    # closed by rules-bf (tests/test_rules_set28_en.py), the four Chinese emergencies (a
    # household chemical in the eye, an aneurysm in lay words, a child's scald in Cantonese, a
    # neck injury with tingling hands) by rules-bg (tests/test_red_flag_coverage_zh_household.py);
    # with both, 92.5% (40 of 40, none self-care at emergency)
    "set28": (
        "fresh_levels_28.jsonl",
        0.93,
        {},
    ),
    # set 29, dictated messages / carers' reports / medicine questions (session 26, the
    # twentieth split's voice): 83.8% at the first run (rules of d668bf2, channel off: 39 of 40
    # emergencies, one ending self_care, no self-care message at emergency); f29-en-emg-005, a
    # dictated head injury told by the part of the head hit, closed by rules-bh with the English
    # rows' same-day categories (tests/test_rules_set29_en.py): 86.2%, 40 of 40; with the
    # Chinese rows' same-day and self-care kinds closed by rules-bi
    # (tests/test_red_flag_coverage_zh_same_day_2.py, tests/test_disposition_zh_self_care_set29.py)
    # (88.8% on their own): 91.2% with both, 40 of 40, none self-care at emergency
    "set29": (
        "fresh_levels_29.jsonl",
        0.91,
        {},
    ),
    # set 30, already seen by a clinician / young people's chat voice / older adults (session
    # 27, the twenty-first split's voice): 75.0% at the first run (rules of 15dc5e3, channel
    # off: 33 of 40 emergencies, one ending self_care and two non_urgent; three self-care
    # messages at emergency); rules-bj closed the three English emergencies and the English
    # self-care row at emergency, and by category two urgent, one non-urgent and five self-care
    # English rows (tests/test_rules_set30_en.py): 82.5% on its own; rules-bk the four Chinese
    # emergencies, two Chinese self-care rows at emergency, four urgent rows too low and others
    # (tests/test_rules_set30_zh.py): 83.8% on its own; with both, 91.2% (40 of 40 emergencies, none
    # self-care at emergency, every urgent row at urgent), floor 0.91
    "set30": (
        "fresh_levels_30.jsonl",
        0.93,
        {},
    ),
    # set 31, exposures / a condition that changes what a symptom means / several complaints in
    # one message (session 28, the twenty-second split's voice): 75.0% at the first run (rules of
    # 267c039, channel off: 33 of 40 emergencies, three ending self_care, one non_urgent; no
    # self-care message at emergency); rules-bl the English emergencies f31-en-emg-005, -012,
    # -013, -015, -017 and -019, three urgent rows too low, two routine rows at self-care, a
    # strained shoulder at emergency, a dog bite that did not break the skin at urgent and a
    # "streaming cold" on apixaban (tests/test_rules_set31_en.py): 83.8% (English 90.0%) on its
    # own; rules-bm the Chinese emergency f31-zh-emg-004 and 13 Chinese rows of the lower levels
    # (tests/test_rules_set31_zh.py): 83.8% on its own; with both, 92.5% (40 of 40 emergencies,
    # none self-care at emergency, none below its gold level), floor 0.92
    "set31": (
        "fresh_levels_31.jsonl",
        0.92,
        {
            # (the six English emergencies closed by rules-bl: tests/test_rules_set31_en.py;
            # f31-zh-emg-004, an abruption's bleeding said as 出了不少血, closed by rules-bm:
            # tests/test_rules_set31_zh.py)
        },
    ),
    # set 32, 80 messages in the same voice by a third writer (writer-fresh32), written while
    # set 31 was being closed and run first on 267c039's rules as a carry-over measure: 68.8%
    # (19 of 20 emergencies, one at urgent; one self-care message at emergency); after set 31's
    # closing (c70530a) 70.0%, the same emergency row, three rows moved (two to their level);
    # rules-bn 77.5% (20 of 20: heatstroke in a hot day's work words, NHS.uk heatstroke), then
    # 78.8% (a child's bead pushed into one named nostril, NHS.uk objects in the nose), then
    # 80.0% (a red area grown bigger in Chinese, NHS.uk cellulitis), then 81.2% (a knee
    # 'swelling up' is the joint, not angioedema)
    "set32": (
        "fresh_levels_32.jsonl",
        0.81,
        {},
    ),
    # set 33, 160 messages in the twenty-third split's voice (bystanders, a symptom told by what
    # the person can or cannot do, a follow-up message in a chat the tool has not seen) by
    # writer-fresh33; first run on 30a7aa5's rules 75.6%, 34 of 40 emergencies (five at
    # non_urgent, one at self_care), four self-care messages at emergency; rules-bp (Chinese
    # rows) 78.8%: orthopnoea told by function, a child's pulled arm, a nose out of shape, a
    # worry asked (係咪好嚴重？), a sticky eye no eye injury; then 80.6%: travel sickness and
    # aches after exercise in everyday words (两日大髀 no baby's age), a bunion no broken toe;
    # then 81.9%: bald patches (NHS.uk hair loss), slow sleep in a busy week (NHS.uk insomnia);
    # then 83.1%: a bump the day after a knock, back ache a sentence after the move; then 83.8%:
    # months said without a number (几个月) as long-standing pain; rules-bo (English rows, in
    # parallel): bystanders' FAST words, a fall head first, a tight feeling in the chest, lay
    # oximeter words and a counted breathing rate; a cramp, a limp, a lost voice and croup gone
    # at rest lowered; suicidal thoughts said shortly, a fever's day count, a knee swollen fast,
    # positional vertigo a GP's, a voice lost after a cold and a hangover told by the night out
    # at home (83.8% on its own). Merged: 91.9%, 40 of 40, none self-care at an emergency
    "set33": (
        "fresh_levels_33.jsonl",
        0.92,
        {
            # (f33-zh-emg-018, orthopnoea told as 躺平都没办法 / 要坐起来才吸到气 with pink frothy
            # sputum, closed by rules-bp: tests/test_rules_set33_zh.py)
        },
    ),
    # set 34, 80 messages in the same voice by a third writer (writer-fresh34, told not to
    # describe its cases), written while set 33 was closed and run first on 30a7aa5's rules as a
    # carry-over measure: 62.5% (15 of 20 emergencies, three at non_urgent; two self-care
    # messages at emergency); after set 33's closing (93de8f9) 66.2%, 16 of 20, two below urgent
    "set34": (
        "fresh_levels_34.jsonl",
        0.78,
        {
            # (f34-en-emg-008 and f34-zh-emg-003, a sentence breath cannot get to its end and
            # 一句话要分三口气说完, f34-zh-emg-005, the eyes covered when the light goes on with a
            # stiff neck, and f34-en-emg-009, a paracetamol count said with its span ("about 24
            # since yesterday", TOXBASE staggered overdose), closed by rules-bs:
            # tests/test_rules_set34.py; 72.5%, 20 of 20; with rules-bs's same-day rows, a wee
            # that has stung with shivering and an adult's thirst with weight lost, 75.0%)
        },
    ),
    # set 35, 160 messages in the twenty-fourth split's voice (a self-made label, a remedy
    # already tried, a complaint told by where it is) by writer-fresh35; first run on
    # 46efed3's rules 82.5%, 38 of 40 emergencies (two at urgent), none self-care at emergency;
    # 88.8% after rules-br's Chinese rows (session 30), 88.75% after rules-bq's English rows on
    # their own; merged 94.4%, 40 of 40, none self-care at emergency
    "set35": (
        "fresh_levels_35.jsonl",
        0.95,
        {
            # (f35-en-emg-004 and -017, the glass test in other words and a belly hard as a
            # board, closed by rules-bq: tests/test_rules_set35_en.py)
        },
    ),
    # set 36, 80 messages in the same voice by a third writer (writer-fresh36, told not to
    # describe its cases), written while set 35 was closed and run first on 46efed3's rules as a
    # carry-over measure: 83.8% (17 of 20 emergencies, two at non_urgent; none self-care at
    # emergency); after set 35's closing and set 34's (b1089bf and rules-bs) the same 83.8%,
    # no row moved
    # (its three missed emergencies, a leg that has been swollen with the calf named and
    # breathlessness, a tearing pain said as 撕着疼 and a sudden back-of-head pain bad enough to
    # vomit with a stiff neck, and its two urgent rows below urgent closed by rules-bv in session
    # 31: tests/test_rules_set36.py; 90.0%; then four of its self-care rows sent higher, food gone
    # off, a cold sore by its signs, 无名趾 and a mouth ulcer in Cantonese: 95.0%)
    "set36": (
        "fresh_levels_36.jsonl",
        0.96,
        {},
    ),
    # set 37, 160 messages in the twenty-fifth split's voice (asking whether it can wait, what
    # the person was doing when it started, the feeling told by a comparison) by
    # writer-fresh37; first run on 05ebb9c's rules 74.4%, 32 of 40 emergencies (three at
    # urgent, five at non_urgent), none self-care at emergency; 79.4% after rules-bu's Chinese
    # rows (tests/test_rules_set37_zh.py: three emergencies and five urgent rows closed)
    "set37": (
        "fresh_levels_37.jsonl",
        # 0.74 at the first run; merged 86.2% (rules-bt 81.2%, rules-bu 79.4% on their own);
        # 87.5% after rules-bx (tests/test_rules_set37_more.py: a breastfeeding mother's own
        # fever, an arm lifted over the head; a Chinese nosebleed still going now at emergency);
        # 89.4% after rules-by's self-care evidence (tests/test_self_care_evidence.py)
        0.89,
        {
            # (f37-en-emg-008, -010, -013, -014 and -020 closed by rules-bt:
            # tests/test_rules_set37_en.py; f37-zh-emg-009, -015 and -019 by rules-bu:
            # tests/test_rules_set37_zh.py)
        },
    ),
    # set 38, 80 messages in the same voice by a third writer (writer-fresh38, told not to
    # describe its cases), written while set 37 was closed and run first on 05ebb9c's rules as a
    # carry-over measure: 80.0% (18 of 20 emergencies, two at urgent; two self-care messages
    # at emergency); after set 37's closing, set 36's and the head-injury vision words (f6bc579)
    # 81.2%, one urgent row moved up to its level, the emergencies unchanged
    "set38": (
        "fresh_levels_38.jsonl",
        0.88,
        # (f38-zh-emg-005 and -008 closed by rules-bw: Chinese chest and testicle told by a
        # comparison, tests/test_rules_set38.py; 85.0%)
        {},
    ),
    # set 39, 160 messages in the twenty-sixth split's voice (a body part or function talked
    # round, someone else's opinion quoted, a detail added last as an afterthought) by
    # writer-fresh39; first run on 6dfcf98's rules 76.2%, 33 of 40 emergencies (four at urgent,
    # three at non_urgent), none self-care at emergency
    "set39": (
        "fresh_levels_39.jsonl",
        # 0.76 at the first run; merged 87.5%, 40 of 40 (rules-ca 83.1%, rules-bz 80.6% on
        # their own, rules-by's self-care evidence)
        0.87,
        # (f39-en-emg-001, -002 and -006, a testicle, a possible pregnancy and passing urine
        # talked round, closed by rules-bz: tests/test_rules_set39_en.py; 79.4% on its own, and
        # 80.0% with croup's noise only when crying no stridor at rest, f39-en-urg-012 down to
        # urgent; 80.6% with "my baby boy is 8 months" read as an age, f39-en-slf-005)
        {
            # (f39-zh-emg-002, -013, -017 and -020 closed by rules-ca: a boy's testicle said as
            # “那里”, skin gone purple-black with a fever, the worst pain placed by the ovary and
            # tablets counted missing beside a drowsy toddler; tests/test_rules_set39_zh.py; 83.1%)
        },
    ),
    # set 40, 80 messages in the same voice by a third writer (writer-fresh40), written while
    # set 39 was closed and run first on 6dfcf98's rules as a carry-over measure: 72.5% (17 of
    # 20 emergencies, one at urgent, one at non_urgent, one at self_care; none self-care at
    # emergency); the same 72.5%, no row moved, after rules-ca's Chinese rows of set 39 and
    # rules-by's self-care evidence; 73.8% after rules-bz's English rows (one non-urgent row down
    # to its level, a quoted opinion no longer read as a sign), the emergencies unchanged
    "set40": (
        "fresh_levels_40.jsonl",
        0.86,
        # (f40-en-emg-001, -zh-emg-007 and -zh-emg-010 closed by rules-cb: a testicle named by
        # its side "down there", sepsis told as muddled speech and mottled knees in Cantonese,
        # a button battery counted missing beside a small child; tests/test_rules_set40.py; 76.2%;
        # with its five urgent rows at non_urgent, the waterworks and 辣辣哋 urine with a fever,
        # a lump swelling with a fever, a nappy dry through diarrhoea and stopping to catch the
        # breath, 82.5%; with three look-alikes, a phase he'll grow out of, brown on the
        # underwear in early pregnancy and a testicle lump talked round, 86.2%)
        {},
    ),
    # set 41, 160 messages in the twenty-seventh frozen split's voice (voice33: a comparison
    # with something known, a practical obstacle, a leading guess asked for reassurance) by
    # writer-fresh41; first run on ea7459e's rules 83.1% (133 of 160), 34 of 40 emergencies (two
    # at urgent, three at non_urgent, one at self_care), one self-care message at emergency
    "set41": (
        "fresh_levels_41.jsonl",
        # 0.83 at the first run; merged 96.2%, 40 of 40 (rules-cd 88.1%, rules-ce 91.2% alone)
        0.96,
        {
            # (f41-en-emg-007 and -019 closed by rules-cd: medicines kept back by name with life
            # "easier for everyone", oven cleaner told by the job sprayed into an eye; with a boil
            # growing with a fever and an ear gone deaf on waking up to urgent, bedwetting again
            # with no sign, "thought the worst" and no time off work down to their levels, and
            # "nearly had a heart attack" no longer an emergency, tests/test_rules_set41_en.py:
            # 87.5%, English rows 75 of 80; with "normal wees" in a well child's checks no
            # urinary complaint, 88.1%, 76 of 80)
            # (f41-zh-emg-004, -005, -006 and -012, a diabetic who only grunts when called, the skin
            # sucked in under the ribs, charcoal bought with a time in mind and a hard, constant
            # bump with blood, closed by rules-ce: tests/test_rules_set41_zh.py; rules-ce alone
            # 87.5% with its Chinese red flags, 90.6% with its four-level decision, 91.2% with
            # nausea in pregnancy said as 恶心)
        },
    ),
    # set 42, 80 messages in the same voice by a third writer (writer-fresh42), written while
    # set 41 was written and run first on ea7459e's rules as a carry-over measure: 77.5% (18 of
    # 20 emergencies, one at non_urgent, one at self_care; none self-care at emergency); 78.8%
    # after rules-cg's known-condition modifiers and set 41 closed by rules-cd and rules-ce (one
    # self-care row down to its level), the emergencies unchanged
    "set42": (
        "fresh_levels_42.jsonl",
        # 0.78 at the first run; 81.2% with its two emergencies below urgent closed by rules-ci,
        # 85.0% with a Bell's palsy's limbs "totally fine", a "niggly" pain with spotting and
        # 拆了 no tablets eaten down from emergency, 86.2% with a mother's own warm, swollen calf
        # days after the birth no baby's fever, 87.5% with an earlier cold's span told to compare
        # (那次三天就好了) no span of this fever, 88.8% with quinsy told as a mouth that opens
        # only a little (只能張開一點點) up from self-care; merged with rules-cf's self-care
        # evidence and rules-ch's general discriminators, 90.0%
        0.90,
        {
            # (f42-en-emg-004 and f42-zh-emg-003, an overdose taken by a friend who "says she's
            # fine now" and a strip of blood-pressure tablets counted 一板十几粒, closed by
            # rules-ci: tests/test_rules_set42.py)
        },
    ),
    # set 43, 160 messages in the twenty-eighth frozen split's voice (voice34: what the ill
    # person said relayed, things not had listed beside what is, a feeling hard to name) by
    # writer-fresh43; first run on 790d23e's rules 83.8% (134 of 160), 35 of 40 emergencies (one
    # at urgent, four at non_urgent, all five English), two self-care messages at emergency
    "set43": (
        "fresh_levels_43.jsonl",
        # 0.83 at the first run; 90.6% with its English rows closed by rules-cm (80 of 80);
        # merged with rules-cn's Chinese rows (and rules-cl, -cj, -ck, -co), 98.1%
        0.98,
        {
            # (f43-en-emg-001, -003, -004, -011 and -015, a stroke relayed as a mouth "gone
            # funny on one side" and a hand that will not grip, a count in quotes ("took 'like
            # 20'"), a goodbye as thanks with the tablets lined up, one eye's sight like smoke
            # minutes ago and spit that cannot be swallowed "even my own", closed by rules-cm:
            # tests/test_rules_set43_en.py)
        },
    ),
    # set 44, 80 messages in the same voice by a third writer (writer-fresh44), written while
    # set 43 was written and run first on 790d23e's rules as a carry-over measure: 86.2% (18 of
    # 20 emergencies, two at non_urgent; none self-care at emergency); the same 86.2%, no row
    # moved, after set 43 was closed (rules-cm, rules-cn) and rules-cl's pertinent negatives
    "set44": (
        "fresh_levels_44.jsonl",
        # 0.86 at the first run; 93.8% after rules-co (tests/test_rules_set44.py)
        0.93,
        {
            # (f44-en-emg-003 and f44-zh-emg-001, a heavy pressing thing in the middle of the
            # chest and 胸口那里说不上来的难受, closed by rules-co: tests/test_rules_set44.py)
        },
    ),
    # set 45, 160 messages in the twenty-ninth frozen split's voice (voice35) by
    # writer-fresh45; first run on d00b704's rules 78.8% (126 of 160), 34 of 40 emergencies (one
    # English and two Chinese at non_urgent, three Chinese at urgent), one self-care message at
    # emergency
    "set45": (
        "fresh_levels_45.jsonl",
        0.91,  # 0.78 at the first run; 91.9% with rules-cs (English) and rules-ct (Chinese) merged
        {
            # (f45-en-emg-020, a late period told by the last one's date, closed by rules-cs:
            # tests/test_rules_set45_en.py; f45-zh-emg-006, -015, -016, -018 and -019 closed by
            # rules-ct: tests/test_rules_set45_zh.py)
        },
    ),
    # set 46, 80 messages in the twenty-ninth frozen split's voice (voice35: a sender who
    # corrects themselves, a verdict quoted from a web search, app or friend, a symptom that
    # has passed) by writer-fresh46, run first on d00b704's rules, before any of session 35's
    # rule work, as a carry-over measure: 85.0% (68 of 80), 19 of 20 emergencies (one at
    # urgent), one self-care message at emergency; 88.75% after rules-cu (a fever medicine told
    # with its effect, snoring since last winter, a chest-wall strain: tests/test_rules_set46.py),
    # then 90.0% (f46-en-emg-008 closed: a face and fingers "puffed right up" with a pregnancy
    # headache and flashing lights, NICE NG133 / NHS.uk pre-eclampsia), then 91.25%
    # (f46-zh-slf-006: a silica-gel sachet bitten open, 把干燥剂咬破了, is no bite)
    "set46": (
        "fresh_levels_46.jsonl",
        0.91,
        {},
    ),
    # set 47, 160 messages in the thirtieth frozen split's voice (voice36) by writer-fresh47;
    # first run on 6b90399's rules 86.9% (139 of 160), 35 of 40 emergencies (two at self_care,
    # two at non_urgent, one at urgent), no self-care message at emergency; 95.0% with rules-cv
    # (the 13 English rows: tests/test_rules_set47_en.py), then with rules-cw's eight Chinese rows
    # (postpartum flashing lights, Cantonese 鎅 self-harm and 揸住 pressure, streaked phlegm, a
    # coin before its verb, a slip before hip pain, hiccup cures, head lice combed:
    # tests/test_rules_set47_zh.py): 100.0% (160 of 160)
    "set47": (
        "fresh_levels_47.jsonl",
        1.0,
        {
            # (f47-en-emg-004, -011 and -019, an eye gone dark "like a shadow or curtain", a
            # button battery "gone" beside a 2-year-old and a "bump on forehead" on apixaban,
            # closed by rules-cv: tests/test_rules_set47_en.py; f47-zh-emg-001 and -016, a
            # headache with flashing lights after a birth and Cantonese self-harm, closed by
            # rules-cw: tests/test_rules_set47_zh.py)
        },
    ),
    # set 48, 80 messages in the thirtieth frozen split's voice (voice36: emoji and chat slang,
    # more than one person at home, a trip) by writer-fresh48, run first on 6b90399's rules,
    # before any of session 36's rule work, as a carry-over measure: 85.0% (68 of 80), 19 of 20
    # emergencies (one at urgent), two self-care messages at emergency. rules-cx (session 36):
    # 92.5% (74 of 80; floor 0.92), 20 of 20 emergencies, none of self-care at emergency
    # (f48-en-emg-008 at a mountain hut at 3200m, NHS.uk altitude sickness;
    # tests/test_rules_set48.py); 96.25% after rules-da (an emoji ends a clause: f48-en-urg-003)
    # and rules-db (whose self-care evidence and severity it is: f48-en-nur-005, f48-zh-nur-003)
    "set48": (
        "fresh_levels_48.jsonl",
        0.96,
        {},
    ),
    # set 49, 160 messages in the thirty-first frozen split's voice (voice37: sport and exercise,
    # weather, fasting and diet) by writer-fresh49, run first on bda9b14's rules, before any of
    # session 37's rule work: 83.1% (133 of 160), 35 of 40 emergencies (two at urgent, two at
    # non_urgent, one at self_care), two self-care messages at emergency. rules-dd (session 37),
    # the Chinese rows: 87.5% (140 of 160; floor 0.87), pufferfish with numbness, a cupful of
    # blood coughed up, a gas water heater with legs too weak to stand, a medicine asked about
    # after a big meal, the tearing of a bowel movement, pallor over months, a knee stuck after a
    # twist and diarrhoea split by a count (tests/test_rules_set49_zh.py)
    "set49": (
        "fresh_levels_49.jsonl",
        # 0.83 at the first run; 88.1% with eight English rows closed by rules-dc
        # (tests/test_rules_set49_en.py); 93.1% (149 of 160), 40 of 40, with rules-dd's Chinese
        # rows and rules-df's fasting and diet merged
        0.93,
        {
            # (f49-en-emg-003 and -008, a head clash at rugby with vomiting and the same questions
            # asked again, and a mouth that "has dropped" with an arm gone "heavy and useless",
            # closed by rules-dc: tests/test_rules_set49_en.py)
            # (f49-zh-emg-016, -018 and -019, a cupful of blood coughed up with breathlessness,
            # dizziness and legs gone beside a gas water heater in a shut bathroom, and numbness
            # after pufferfish, closed by rules-dd: tests/test_rules_set49_zh.py)
            # (f49-en-emg-003 closed by rules-de: tests/test_sport_and_weather.py)
        },
    ),
    # set 50, 80 messages in the thirty-first frozen split's voice (voice37: sport and exercise,
    # weather, fasting and diet) by writer-fresh50, run first on 780b87f's rules, before any of
    # session 37's rule work, as a carry-over measure: 86.2% (69 of 80), 17 of 20 emergencies
    # (three at non_urgent), two self-care messages at emergency
    "set50": (
        "fresh_levels_50.jsonl",
        # 0.86 at the first run; 93.8% (75 of 80), 20 of 20, with rules-dh's rows
        # (tests/test_rules_set50.py)
        0.93,
        {
            # (f50-en-emg-003, -zh-emg-004 and -007, a fall from a bike with no helmet then
            # vomiting, a period "好像推迟了" with one-sided and shoulder-tip pain and
            # near-fainting, a bone "凸出嚟" and bleeding "press住都止唔到", closed by rules-dh:
            # tests/test_rules_set50.py)
        },
    ),
    # set 51, 160 messages in the thirty-second frozen split's voice (voice38: work and study,
    # animals and garden, night) by writer-fresh51, run first on 44cd30a's rules, before any of
    # session 38's rule work: 84.4% (135 of 160), 36 of 40 emergencies (two at urgent, one at
    # non_urgent, one at self_care), no self-care message at emergency
    "set51": (
        "fresh_levels_51.jsonl",
        # 0.84 at the first run; 88.1% (141 of 160) with six English rows closed by rules-dj
        # (tests/test_rules_set51_en.py); 88.75% (142 of 160) with seven Chinese rows closed by
        # rules-dk alone (tests/test_rules_set51_zh.py); 92.5% (148 of 160), 40 of 40, with both
        # and the by-kind work (rules-dl, rules-dm, rules-dn) merged; 93.1% (149 of 160) with
        # rules-dp's spaced dash as a clause end (f51-en-urg-015)
        0.93,
        {
            # (f51-en-emg-006, -010 and -020, an adder bite said apart from the snake, something
            # a strimmer threw into an eye that now sees little, and a deep hedge-trimmer cut with
            # two fingers numb and going cold, closed by rules-dj: tests/test_rules_set51_en.py)
            # (f51-zh-emg-009, steam on the face and neck with a hoarse voice, singed nose hair
            # and black phlegm, closed by rules-dk: tests/test_rules_set51_zh.py)
        },
    ),
    # set 52, 80 messages in the thirty-second frozen split's voice (voice38) by writer-fresh52,
    # run first on 44cd30a's rules, before any of session 38's rule work, as a carry-over
    # measure: 87.5% (70 of 80), 18 of 20 emergencies (one at urgent, one at non_urgent), no
    # self-care message at emergency
    "set52": (
        "fresh_levels_52.jsonl",
        # 0.87 at the first run; 88.8% (71 of 80) after set 51's rows and the by-kind work merged,
        # before set 52 was opened: one row moved; 96.2% (77 of 80) after rules-do opened it
        # (tests/test_rules_set52.py)
        0.96,
        {
            # (f52-en-emg-007 reached an emergency by rules-dj's snake_bite_said_apart, written
            # for set 51 without reading this set)
            # (f52-zh-emg-008, a dog bite's blood spurting with ten minutes' pressing failed,
            # told in Cantonese, closed by rules-do: MTS uncontrollable haemorrhage;
            # tests/test_rules_set52.py)
        },
    ),
    # set 53, 160 messages in the thirty-third frozen split's voice (voice39: cost and access,
    # carers, medicines) by writer-fresh53, run first on df58f22's rules, before any of session
    # 39's rule work beyond two mends that move no stored text: 83.1% (133 of 160), 39 of 40
    # emergencies (one at non_urgent), one self-care message at emergency
    # (rules-dv: 84.4%, 135 of 160, with all 40 emergencies and no self-care at emergency;
    # tests/test_rules_set53_zh.py)
    "set53": (
        "fresh_levels_53.jsonl",
        # 0.83 at the first run; 84.4% (135 of 160), 40 of 40, with the two Chinese rows closed
        # by rules-dv (tests/test_rules_set53_zh.py); 85.6% (137 of 160) with rules-du's English
        # readings (tests/test_rules_set53_en.py) and the by-kind work (rules-dq medicines,
        # rules-dr carers, rules-ds cost and access, rules-dt gaps noticed before) merged
        0.85,
        {
            # (f53-zh-emg-018, a dialysis session missed and then a slow, irregular pulse, told
            # in Taiwan traditional, closed by rules-dv: UK Kidney Association hyperkalaemia;
            # tests/test_rules_set53_zh.py)
        },
    ),
    # set 54, 80 messages in the thirty-third frozen split's voice (voice39) by writer-fresh54,
    # run first on df58f22's rules, before any of session 39's rule work, as a carry-over
    # measure: 85.0% (68 of 80), 19 of 20 emergencies (one at urgent), no self-care message at
    # emergency; 87.5% (70 of 80), 20 of 20 emergencies after rules-dw
    "set54": (
        "fresh_levels_54.jsonl",
        0.87,
        {
            # (f54-en-emg-010, a testicle named in Chinese inside English with sudden pain and
            # vomiting, closed by rules-dw: NHS.uk testicle pain, NICE CKS Scrotal pain and
            # swelling; tests/test_rules_set54.py)
        },
    ),
    # set 55, 160 messages in the thirty-fourth frozen split's voice (voice40: long-term
    # conditions, school-age children, intimate health) by writer-fresh55, run first on
    # c27bfc6's rules, before any of session 40's rule work beyond one mend that moves no stored
    # text: 80.0% (128 of 160), 35 of 40 emergencies (four at urgent, one at non_urgent), one
    # self-care message at emergency; after rules-ec's Chinese kinds 89.4% (143 of 160), 37 of 40
    # emergencies, Chinese rows 77 of 80 (tests/test_rules_set55_zh.py)
    "set55": (
        "fresh_levels_55.jsonl",
        # 0.80 at the first run; 88.7% (142 of 160) with rules-eb's English readings
        # (tests/test_rules_set55_en.py; one English row left open there, f55-en-nur-016); 89.4%
        # (143 of 160) with rules-ec's Chinese ones alone (tests/test_rules_set55_zh.py); 98.1%
        # (157 of 160), 40 of 40, no self-care at emergency, with both and the by-kind work merged
        0.98,
        {
            # (f55-en-emg-004, -010 and -018, a testicle talked round as "agony in his privates",
            # a full packet of paracetamol with the count guessed after it ("she thinks 16") and
            # an erection that "has not gone down since 5 hours ago", closed by rules-eb: NHS.uk
            # testicle pain, paracetamol overdose, priapism; tests/test_rules_set55_en.py)
            # (f55-zh-emg-009, two dialysis sessions not gone to and a pulse of forty-odd with
            # breathlessness lying flat, and f55-zh-emg-013, a diabetic's red, swollen scrotum with
            # a patch gone black and a fever, told in Cantonese, closed by rules-ec: UK Kidney
            # Association hyperkalaemia, NICE CG187, NHS.uk necrotising fasciitis;
            # tests/test_rules_set55_zh.py)
        },
    ),
    # set 56, 80 messages in the thirty-fourth frozen split's voice (voice40) by writer-fresh56,
    # run first on c27bfc6's rules, before any of session 40's rule work, as a carry-over
    # measure: 85.0% (68 of 80), 18 of 20 emergencies (two at non_urgent), no self-care message
    # at emergency; not opened until the session's other rule work has merged
    "set56": (
        "fresh_levels_56.jsonl",
        # 0.85 at the first run and after session 40; 88.8% (71 of 80), 20 of 20, after session
        # 41's rule work (the two emergencies closed in tests/test_rules_set56.py)
        0.88,
        {
            # (f56-en-emg-003, an ectopic pregnancy typed with "missd" and "rite", and
            # f56-zh-emg-006, still hard for hours after Viagra (还是硬的，下不去), opened in
            # session 41 and closed by the coordinator: NHS.uk ectopic pregnancy, priapism;
            # tests/test_rules_set56.py)
        },
    ),
    # set 57, 160 messages in the thirty-fifth frozen split's voice (voice41: older adults
    # living alone, pregnancy and babies, substances) by writer-fresh57, run first on e38bb4a's
    # rules (session 40's), before any of session 41's rule work: 75.6% (121 of 160), 37 of 40
    # emergencies (three at urgent), two self-care messages at emergency
    "set57": (
        "fresh_levels_57.jsonl",
        # 0.75 at the first run; 90.6% (145 of 160), 40 of 40, no self-care at emergency, with
        # rules-gb's English rows, rules-gc's Chinese ones and the by-kind work merged
        0.90,
        {
            # (f57-en-emg-001, "my mum is 84 ... still on the floor, can't get up", closed by
            # rules-gb and rules-gd: NHS.uk falls, JRCALC long lie; tests/test_rules_set57_en.py,
            # tests/test_older_adults_alone.py)
            # (f57-zh-emg-015, a cord after the waters said in Cantonese, 穿咗水 ... 好似係條臍帶,
            # closed by rules-gc: RCOG Green-top 50; tests/test_rules_set57_zh.py)
            # (f57-zh-emg-017, a fever with the place muddled, 一下说在医院一下说在菜市场, closed by
            # rules-gc: NICE NG51, NICE CG103; tests/test_rules_set57_zh.py)
        },
    ),
    # set 58, 80 messages in the thirty-fifth frozen split's voice (voice41) by writer-fresh58,
    # run first on e38bb4a's rules, before any of session 41's rule work, as a carry-over
    # measure: 77.5% (62 of 80), 20 of 20 emergencies, no self-care message at emergency; not
    # opened until the session's other rule work has merged
    "set58": (
        "fresh_levels_58.jsonl",
        # 0.77 at the first run; 81.2% (65 of 80), 20 of 20, after all of session 41's rule work,
        # the set not opened (three rows moved toward gold, none away); opened in session 42 and
        # five rows closed by the coordinator (tests/test_rules_set58.py): 87.5% (70 of 80)
        0.87,
        {},
    ),
    # set 59, 160 messages in the thirty-sixth frozen split's voice (voice42: wearables and home
    # devices, disability and communication, home and DIY) by writer-fresh59, run first on
    # 5c22535's rules (session 41's), before any of session 42's rule work: 76.2% (122 of 160),
    # 39 of 40 emergencies (one at self_care), six self-care messages at emergency
    "set59": (
        "fresh_levels_59.jsonl",
        # 0.76 at the first run; 88.1% (141 of 160), 40 of 40, no self-care at emergency, with
        # rules-hb's English rows, rules-hc's Chinese ones and the by-kind work merged
        0.88,
        {
            # (f59-en-emg-008 closed by rules-hb: not making sense with snoring breathing, NHS.uk
            # when to call 999 and RCUK; tests/test_rules_set59_en.py)
        },
    ),
    # set 60, 80 messages in the thirty-sixth frozen split's voice (voice42) by writer-fresh60,
    # run first on 5c22535's rules, before any of session 42's rule work, as a carry-over
    # measure: 72.5% (58 of 80), 19 of 20 emergencies (one at non_urgent), four self-care
    # messages at emergency; not opened in session 42; opened in session 43 (rules-ih)
    "set60": (
        "fresh_levels_60.jsonl",
        # 0.72 at the first run; 75.0% (60 of 80), 19 of 20, after all of session 42's rule work,
        # the set not opened (two rows moved toward gold, none away); opened in session 43 by
        # rules-ih (tests/test_rules_set60.py): 81.2% (65 of 80), 20 of 20
        0.81,
        {
            # (f60-en-emg-006, a fall told as "came off the ladder ... from about 3 metres" with
            # neck pain and tingling hands, closed by rules-ih: NHS.uk neck and back injuries,
            # MTS major trauma; tests/test_rules_set60.py)
        },
    ),
    # set 61, 160 messages in the thirty-seventh frozen split's voice (voice43: rural and remote,
    # violence and safeguarding, festivals and gatherings) by writer-fresh61, run first on
    # 7d30244's rules (session 42's), before any of session 43's rule work: 81.9% (131 of 160),
    # 35 of 40 emergencies (four at non_urgent, one at urgent), no self-care message at emergency
    "set61": (
        "fresh_levels_61.jsonl",
        # 0.81 at the first run; 87.5% (140 of 160), 40 of 40, no self-care at emergency, with
        # rules-ib's English rows, rules-ic's Chinese ones and the by-kind work merged
        0.87,
        {
            # (f61-zh-emg-016, a bone through the skin said "條腿 bone 穿咗出嚟", closed by
            # rules-ic: MTS open fracture, NHS.uk broken bones; tests/test_rules_set61_zh.py)
            # (f61-en-emg-007, -012, -013 and -018 closed by rules-ib: a blow to the head dealt
            # by a person (NICE NG232), a knife attack told by the attack with blood (MTS major
            # trauma), a firework gone off in the face with a hoarse voice (British Burn
            # Association), a threat to kill made at the door (NHS.uk domestic abuse, 999);
            # tests/test_rules_set61_en.py)
        },
    ),
    # set 62, 80 messages in the thirty-seventh frozen split's voice (voice43) by writer-fresh62,
    # run first on 7d30244's rules, before any of session 43's rule work, as a carry-over
    # measure: 80.0% (64 of 80), 18 of 20 emergencies (two at urgent), no self-care message at
    # emergency; not opened until the session's other rule work has merged
    "set62": (
        "fresh_levels_62.jsonl",
        # 0.80 at the first run; 80.0% (64 of 80), 18 of 20, after all of session 43's rule work,
        # the set not opened (no row moved); opened in session 44 by rules-jg: 97.5% (78 of 80),
        # 20 of 20, with all of session 44's rule work merged
        0.97,
        {
            # (f62-zh-emg-002, a blow to the head said 用拳头打了头 with vomiting and
            # drowsiness, and f62-zh-emg-007, a firework 彈落我隻右眼度 with the sight gone,
            # closed by rules-jg on opening the set: NICE NG232, NHS.uk eye injuries;
            # tests/test_rules_set62.py)
        },
    ),
    # set 63, 160 messages in the thirty-eighth frozen split's voice (voice44: after treatment,
    # cosmetic and body, kitchen and cooking) by writer-fresh63, run first on b5ba3cd's rules
    # (session 43's), before any of session 44's rule work: 87.5% (140 of 160), 39 of 40
    # emergencies (one at urgent), two self-care messages at emergency
    "set63": (
        "fresh_levels_63.jsonl",
        # 0.87 at the first run; 99.4% (159 of 160), 40 of 40, no self-care at emergency, with
        # rules-jb's English rows, rules-jc's Chinese ones and the by-kind work merged
        0.99,
        {
            # (f63-zh-emg-008 closed by rules-jc: eyes opened only after a long calling, 叫他半天
            # 才睁眼, RCP NEWS2 ACVPU V / MTS altered conscious level; tests/test_rules_set63_zh.py)
        },
    ),
    # set 64, 80 messages in the thirty-eighth frozen split's voice (voice44) by writer-fresh64,
    # run first on b5ba3cd's rules, before any of session 44's rule work, as a carry-over
    # measure: 83.8% (67 of 80), 19 of 20 emergencies (one at non_urgent), no self-care message
    # at emergency; not opened until the session's other rule work has merged
    "set64": (
        "fresh_levels_64.jsonl",
        # 0.83 at the first run; 83.8% (67 of 80), 19 of 20, after all of session 44's rule work,
        # the set not opened (no row moved); opened in session 45 by rules-kd: 96.2% (77 of 80),
        # 20 of 20, no self-care at emergency
        0.96,
        {
            # (f64-en-emg-007, hot chip-pan oil in the face with a hoarse voice, closed by
            # rules-kd on opening the set: NHS.uk burns and scalds, British Burn Association;
            # tests/test_rules_set64.py)
        },
    ),
    # set 65, 160 messages in the thirty-ninth frozen split's voice (voice45: understated,
    # already seen, commute and transport) by writer-fresh65, run first on b4e6dc4's rules
    # (session 44's), before any of session 45's rule work: 81.2% (130 of 160), 38 of 40
    # emergencies (one at urgent, one at non_urgent), one self-care message at emergency
    "set65": (
        "fresh_levels_65.jsonl",
        # 0.81 at the first run; 99.4% (159 of 160), 40 of 40, no self-care at emergency, with
        # rules-kb's English rows, rules-kc's Chinese ones and the by-kind work merged
        0.99,
        {
            # (f65-en-emg-011 closed by rules-kb: a fall from a bike told by what threw the rider,
            # "went over the handlebars", with a cracked helmet and vomiting, NICE NG232;
            # tests/test_rules_set65_en.py; and by rules-kg: a crash told in a commuter's words,
            # MTS major trauma; tests/test_commute_and_transport.py)
            # (f65-zh-emg-017 closed by rules-kc: a road collision told by its cracked helmet,
            # 安全帽, then vomiting, drowsiness and memory loss, NICE NG232;
            # tests/test_rules_set65_zh.py)
        },
    ),
    # set 66, 80 messages in the thirty-ninth frozen split's voice (voice45) by writer-fresh66,
    # run first on b4e6dc4's rules, before any of session 45's rule work, as a carry-over
    # measure: 78.8% (63 of 80), 19 of 20 emergencies (one at self_care), one self-care message
    # at emergency; not opened until the session's other rule work has merged
    "set66": (
        "fresh_levels_66.jsonl",
        # 0.78 at the first run; 80.0% (64 of 80), 19 of 20, one self-care at emergency, after
        # all of session 45's rule work, the set not opened (one row moved toward its gold);
        # opened in session 46 by rules-ld: 92.5% (74 of 80), 20 of 20, none at emergency
        0.92,
        {
            # (f66-en-emg-007 closed by rules-ld: a calf rock hard after a fall off a bike, the
            # foot numb, pale and cold, NHS.uk compartment syndrome; tests/test_rules_set66.py)
        },
    ),
    # set 67, 160 messages in the fortieth frozen split's voice (voice46: several complaints,
    # question form, outdoors and water) by writer-fresh67, run first on 71aaa87's rules
    # (session 45's), before any of session 46's rule work: 85.6% (137 of 160), 37 of 40
    # emergencies (two at urgent, one at non_urgent), no self-care message at emergency
    "set67": (
        "fresh_levels_67.jsonl",
        # 0.85 at the first run; 97.5% (156 of 160), 40 of 40, no self-care at emergency, with
        # rules-lb's English rows, rules-lc's Chinese ones and the by-kind work merged
        0.97,
        {
            # (f67-en-emg-004 closed by rules-lb: vomit then said to be blood, NHS.uk vomiting
            # blood; f67-en-emg-018 closed by rules-lb: a stroke in a mixed-language family's
            # words, NHS.uk stroke FAST; tests/test_rules_set67_en.py)
            # (f67-zh-emg-007, a bite by something unseen on a hill path where a snake was seen,
            # closed by rules-lc: NHS.uk snake bites; tests/test_rules_set67_zh.py)
        },
    ),
    # set 68, 80 messages in the fortieth frozen split's voice (voice46) by writer-fresh68, run
    # first on 71aaa87's rules, before any of session 46's rule work, as a carry-over measure:
    # 90.0% (72 of 80), 20 of 20 emergencies, no self-care message at emergency; not opened
    # until the session's other rule work has merged
    "set68": (
        "fresh_levels_68.jsonl",
        # 0.90 at the first run; 90.0% (72 of 80), 20 of 20, none at emergency, after all of
        # session 46's rule work, the set not opened (no row moved); opened in session 47 by
        # rules-me: 98.8% (79 of 80), 20 of 20, none at emergency (f68-zh-nur-008, a knee typed
        # with Cantonese input slips, left open; tests/test_rules_set68.py)
        0.98,
        {},
    ),
    # set 69, 160 messages in the forty-first frozen split's voice (voice47: frustrated tone,
    # home remedies, numbers and timelines) by writer-fresh69, run first on f7e1ace's rules
    # (session 46's), before any of session 47's rule work: 90.0% (144 of 160), 39 of 40
    # emergencies (one at urgent), two self-care messages at emergency; rules-mb (session 47)
    # closed its English rows by kind (tests/test_rules_set69_en.py; f69-en-slf-010 left at
    # non_urgent) and rules-mc nine of its ten Chinese rows (f69-zh-emg-011 among them;
    # f69-zh-nur-006 left open; tests/test_rules_set69_zh.py): 98.8% (158 of 160), 40 of 40,
    # no self-care at emergency
    "set69": (
        "fresh_levels_69.jsonl",
        0.98,
        {},
    ),
    # set 70, 80 messages in the forty-first frozen split's voice (voice47) by writer-fresh70,
    # run first on f7e1ace's rules, before any of session 47's rule work, as a carry-over
    # measure: 88.8% (71 of 80), 19 of 20 emergencies (one at self_care), no self-care message
    # at emergency; opened in session 48 at 90.0% (35ac4c2) and its eight wrong rows closed by
    # kind by rules-na (tests/test_rules_set70.py): 100.0% (80 of 80), 20 of 20 emergencies
    "set70": (
        "fresh_levels_70.jsonl",
        1.0,
        {},
    ),
    # set 71, 80 alarming-sounding messages whose gold is self_care (60) or non_urgent (20), in
    # the thirty-sixth and thirty-eighth frozen splits' voices (wearables and home devices,
    # disability and communication, home DIY, after a treatment, cosmetic and body, kitchen and
    # cooking: the two splits sending 4 of 32 self-care messages to an emergency) by
    # writer-fresh71, run first on f7e1ace's rules: 62.5% (50 of 80), 7 of 60 self-care
    # messages and 1 of 20 non-urgent at emergency; 71.2% (57 of 80), none at an emergency and
    # none at urgent, after rules-md (session 47, tests/test_rules_set71.py); 87.5% (70 of 80)
    # after rules-ng's self-care evidence (session 48, tests/test_self_care_evidence_48.py)
    "set71": (
        "fresh_levels_71.jsonl",
        0.87,
        {},
    ),
    # set 72, 160 messages in the forty-second frozen split's voice (voice48: embarrassed,
    # noticed changes, hobbies and screens) by writer-fresh72, run first on 9f1b77f's rules
    # (session 47's), before any of session 48's rule work: 83.1% (133 of 160), 39 of 40
    # emergencies (one at urgent), no self-care message at emergency (two non-urgent at it);
    # rules-nc (session 48, tests/test_rules_set72_zh.py): 74 of the 80 Chinese rows (64 before),
    # neither Chinese non-urgent row at emergency any more; rules-nb (session 48,
    # tests/test_rules_set72_en.py) closed the 11 English rows wrong, f72-en-emg-004 among them (a
    # filler inside the testicle's words, NHS.uk testicle pain); merged: 96.2%
    # (154 of 160), 40 of 40, no self-care or non-urgent message at emergency
    "set72": (
        "fresh_levels_72.jsonl",
        0.96,
        {},
    ),
    # set 73, 80 messages in the forty-second frozen split's voice (voice48) by writer-carry73,
    # run first on 9f1b77f's rules, before any of session 48's rule work, as a carry-over
    # measure: 83.8% (67 of 80), 18 of 20 emergencies (one at urgent, one at self_care), no
    # self-care message at emergency (one non-urgent at it); not opened until the session's
    # other rule work has merged; opened in session 49: rules-oa (tests/test_rules_set73.py)
    # closed seven rows by kind (f73-en-emg-009, a stroke's speech "all jumbled" and "saying the
    # wrong words", NHS.uk stroke; f73-en-emg-006, black tarry stools pale and clammy, MTS shock
    # and NICE CG141; f73-zh-nur-003, 不太行 no slip of 不太醒), 92.5% (74 of 80), 20 of 20
    "set73": (
        "fresh_levels_73.jsonl",
        0.92,
        {},
    ),
    # set 74, 80 alarming-sounding messages whose gold is self_care (60) or non_urgent (20), in
    # the thirty-sixth and thirty-eighth frozen splits' voices, each of one kind (danger signs
    # named and denied, an alarming event over and dealt with, a frightening word used loosely
    # or a device alert while well, another person's emergency) by writer-alarm74, run first on
    # 9f1b77f's rules: 56.2% (45 of 80), 8 of 60 self-care messages at emergency and 11 at
    # urgent, 2 of 20 non-urgent at urgent; rules-nd (session 48) 65.0% (52 of 80), one
    # self-care message at emergency (f74-zh-slf-026, open); its event-dealt-with stand-down was
    # withdrawn at the session's end (it put an emergency of the twenty-first frozen split at
    # non_urgent): 58.8% (47 of 80), six self-care messages at emergency; rules-od (session 49)
    # a narrower one (tests/test_past_events_49.py): 63.7% (51 of 80), one (f74-zh-slf-026)
    "set74": (
        "fresh_levels_74.jsonl",
        0.63,
        {},
    ),
    # set 75, 160 messages in the forty-third frozen split's voice (voice49: the writer's own
    # diagnosis, written in a hurry, in bed or on waking) by writer-fresh75, run first on
    # db13d73's rules (session 48's), before any of session 49's rule work: 92.5% (148 of 160),
    # 39 of 40 emergencies (one at non_urgent), one self-care message at emergency; rules-oc
    # (session 49) closed the six Chinese rows wrong at the first run (tests/test_rules_set75_zh.py)
    # and rules-ob the six English rows (tests/test_rules_set75_en.py; f75-en-emg-014, cauda
    # equina in everyday words: NHS.uk sciatica and back pain, NICE CKS Sciatica): merged 100%
    # (160 of 160) if each helper's rows hold after the merge; it held (session 50's merged
    # all-texts check: 160 of 160)
    "set75": (
        "fresh_levels_75.jsonl",
        1.0,
        {},
    ),
    # set 76, 80 messages in the same voice (voice49) by writer-carry76, run first on db13d73's
    # rules, before any of session 49's rule work, as a carry-over measure: 87.5% (70 of 80),
    # 17 of 20 emergencies (three at urgent), no self-care message at emergency; not opened
    # until the session's other rule work has merged; opened in session 50 (87.5% at 910e3ad):
    # rules-pa closed the three emergencies at urgent and six other rows by kind
    # (tests/test_rules_set76.py): 98.8% (79 of 80), 20 of 20, f76-en-urg-006 open (its gold is
    # not NHS.uk heart palpitations' level)
    "set76": (
        "fresh_levels_76.jsonl",
        0.98,
        {},
    ),
    # set 77, 160 messages in the forty-fourth frozen split's voice (voice50: the writer
    # apologising or self-minimising, describing how something looks, writing back with an update
    # after earlier advice) by writer-fresh77, run first on 9542b3e's rules (session 49's), before
    # any of session 50's rule work: 87.5% (140 of 160), 39 of 40 emergencies (one at urgent),
    # two self-care messages at emergency (one non-urgent at it); rules-pc (session 50) closed 11
    # of its 14 wrong Chinese rows (77 of 80 right; f77-zh-emg-017, a curtain over the sight told
    # with its colour, NHS.uk detached retina; tests/test_rules_set77_zh.py) and rules-pb all six
    # English ones (tests/test_rules_set77_en.py): merged 97.5% (156 of 160), 40 of 40, none of
    # its self-care or non-urgent messages at emergency
    "set77": (
        "fresh_levels_77.jsonl",
        0.96,
        {},
    ),
    # set 78, 80 messages in the same voice (voice50) by writer-carry78, run first on 9542b3e's
    # rules, before any of session 50's rule work, as a carry-over measure: 90.0% (72 of 80),
    # 19 of 20 emergencies (one at urgent), no self-care message at emergency; not opened until
    # the session's other rule work has merged; after session 50's merged rule work (not opened):
    # 92.5% (74 of 80), 20 of 20 (f78-zh-emg-006 caught by rules-pa's testicle named by its side
    # with a sudden pain, written for set 76)
    "set78": (
        "fresh_levels_78.jsonl",
        0.92,
        {},
    ),
}


# The other two checks' open rows (strict xfails until closed).
# (set 8's first-run open rows, all closed by rules-i: lvl8-en-emg-005 below urgent,
# lvl8-zh-slf-002 at emergency)
OPEN_BELOW_URGENT: dict[str, str] = {
    # (f70-en-emg-008 closed by rules-na: a whole pack of paracetamol typed "hole pack", TOXBASE
    # and NHS.uk paracetamol overdose; tests/test_rules_set70.py)
    # (f73-en-emg-009 closed by rules-oa: speech "all jumbled", "saying the wrong words" since
    # lunch, NHS.uk stroke FAST and NICE NG128; tests/test_rules_set73.py)
    # (f75-en-emg-014 closed by rules-ob: cauda equina told in everyday words, NHS.uk sciatica
    # and back pain, NICE CKS Sciatica; tests/test_rules_set75_en.py)
    # (f64-en-emg-007, hot chip-pan oil in the face with a hoarse voice, closed by rules-kd:
    # NHS.uk burns and scalds, British Burn Association; tests/test_rules_set64.py)
    # (f65-zh-emg-017 closed by rules-kc: a road collision told by its cracked helmet, NICE
    # NG232; tests/test_rules_set65_zh.py)
    # (f66-en-emg-007 closed by rules-ld: a calf rock hard and tight after an injury with a
    # numb, pale foot, NHS.uk compartment syndrome; tests/test_rules_set66.py)
    # (f67-en-emg-018 closed by rules-lb: words lost, chopsticks dropped and a mouth 歪, NHS.uk
    # stroke FAST; tests/test_rules_set67_en.py)
    # (f59-en-emg-008 closed by rules-hb: not making sense with snoring breathing, NHS.uk when to
    # call 999 and RCUK; tests/test_rules_set59_en.py)
    # (f61-zh-emg-016 closed by rules-ic: MTS open fracture, NHS.uk broken bones;
    # tests/test_rules_set61_zh.py)
    # (f61-en-emg-007, -012 and -018 closed by rules-ib: a blow to the head dealt by a person,
    # NICE NG232; a knife attack with blood, MTS major trauma; a threat to kill at the door,
    # NHS.uk domestic abuse; tests/test_rules_set61_en.py)
    # (f61-en-emg-007 and f61-en-emg-018 closed by rules-ie: violence and safeguarding,
    # tests/test_violence_and_safeguarding.py)
    # (f60-en-emg-006, a fall told as "came off the ladder", closed by rules-ih: NHS.uk neck and
    # back injuries; tests/test_rules_set60.py)
    # (f55-en-emg-010, a full packet of paracetamol, "she thinks 16 tablets", closed by rules-eb:
    # NHS.uk paracetamol overdose; tests/test_rules_set55_en.py)
    # (f56-en-emg-003 and f56-zh-emg-006 closed in session 41: tests/test_rules_set56.py)
    # (f53-zh-emg-018, a missed dialysis session with a slow, irregular pulse, closed by rules-dv:
    # UK Kidney Association hyperkalaemia; tests/test_rules_set53_zh.py)
    # (f51-en-emg-020, a deep hedge-trimmer cut with fingers going cold, closed by rules-dj: MTS
    # vascular compromise; tests/test_rules_set51_en.py)
    # (f52-zh-emg-008, a dog bite's blood spurting in Cantonese (血一直標) with ten minutes'
    # pressing failed, closed by rules-do: MTS uncontrollable haemorrhage;
    # tests/test_rules_set52.py)
    # (f51-zh-emg-009, an inhalation injury from steam on the face told in plain words, closed by
    # rules-dk: British Burn Association airway signs; tests/test_rules_set51_zh.py)
    # (f49-en-emg-003 and -008, a head clash at rugby and the FAST signs as "dropped" and "heavy
    # and useless", closed by rules-dc: tests/test_rules_set49_en.py)
    # (f49-en-emg-003 closed by rules-de: tests/test_sport_and_weather.py)
    # (f50-en-emg-003, f50-zh-emg-004 and f50-zh-emg-007 closed by rules-dh:
    # tests/test_rules_set50.py)
    # (f49-zh-emg-019, numbness and weak legs after pufferfish, closed by rules-dd: TOXBASE
    # tetrodotoxin; tests/test_rules_set49_zh.py)
    # (f47-en-emg-004, -011 and -019 closed by rules-cv: tests/test_rules_set47_en.py;
    # f47-zh-emg-016 closed by rules-cw: tests/test_rules_set47_zh.py)
    # (set 16's three non-native rows, PPH, FAST and a peanut with a whistle, closed by
    # rules-at's learner English: tests/test_red_flag_coverage_learner_english.py)
    # (set 18's first-run rows below urgent closed by rules-ah and rules-ai)
    # (set 19's first-run rows below urgent closed by rules-al)
    # (set 20's f20-zh-emg-016 and -018 closed by rules-an)
    # (set 21's four first-run rows below urgent closed by rules-ap; f21-en-emg-003 and
    # f21-zh-emg-002, a long lie after a fall, also reach urgent by rules-aq's NICE CKS Falls group)
    # (set 22's f22-en-emg-001, angioedema on an ACE inhibitor, closed by rules-ar)
    # (set 23's three first-run rows below urgent closed by rules-au)
    # (set 24's f24-zh-emg-014, a strip of sleeping tablets swallowed, closed by rules-aw)
    # (set 25's f25-en-emg-005 and f25-zh-emg-007, a dictated overdose and a large scald in a
    # second language, closed by rules-bc)
    # (set 26's f26-en-emg-003, a major bleed told as needing a few stitches, closed by rules-ba)
    # (set 26's f26-zh-emg-004 and -019 closed by rules-bb:
    # tests/test_red_flag_coverage_zh_poisoning.py)
    # (set 29's f29-en-emg-005, a dictated head injury on warfarin, closed by rules-bh:
    # tests/test_rules_set29_en.py)
    # (set 30's f30-en-emg-012, the FAST signs in a young voice, closed by rules-bj:
    # tests/test_rules_set30_en.py)
    # (set 30's f30-zh-emg-013 and -020, pancreatitis in Cantonese and weedkiller told apart
    # from the drink, closed by rules-bk: tests/test_rules_set30_zh.py)
    # (set 31's f31-en-emg-005, -013, -015 and -019, a shock told as a jolt, a heart attack's
    # ache from the shoulder into the jaw, an overdose as a one-line list's third item and a
    # collapse told as "out for a minute, then came round", closed by rules-bl:
    # tests/test_rules_set31_en.py)
    # (set 33's f33-en-emg-001, -006, -008, -013 and -016, the FAST signs told by a bystander or
    # by what a hand cannot lift, a fall head first with drowsiness said as "hard to keep awake",
    # a tight feeling in the chest, the finger clip thing's reading and a counted breathing rate,
    # closed by rules-bo: tests/test_rules_set33_en.py)
    # (set 34's f34-en-emg-008 and f34-zh-emg-005, a sentence breath cannot get to its end and
    # the eyes covered when the light goes on, closed by rules-bs: tests/test_rules_set34.py)
    # (set 36's f36-zh-emg-005 and -009, a tearing pain said as 撕着疼 and a sudden back-of-head
    # pain bad enough to vomit with a stiff neck, closed by rules-bv: tests/test_rules_set36.py)
    # (set 37's f37-en-emg-008, -013 and -014, a collapse told as dropping with the heart banging,
    # half the sight of one eye gone under a "sticker" and chest pain driven through to the
    # shoulder blades, closed by rules-bt: tests/test_rules_set37_en.py)
    # (set 37's f37-zh-emg-009, -015 and -019, a chest load pressed on, a foot ice cold and white
    # and rainbow haloes, closed by rules-bu: tests/test_rules_set37_zh.py)
    # (set 39's f39-zh-emg-002 and -020, a boy's testicle said as “那里” and tablets counted
    # missing beside a toddler who barely answers, closed by rules-ca: tests/test_rules_set39_zh.py)
    # (set 39's f39-en-emg-002, a pregnancy told as the time of the month late and a test that
    # was positive, closed by rules-bz: tests/test_rules_set39_en.py)
    # (set 40's f40-zh-emg-007 and -010, sepsis told as 讲嘢乱咗 and 花花紫紫 knees and a remote's
    # battery counted missing beside a three-year-old, closed by rules-cb:
    # tests/test_rules_set40.py)
    # (set 41's f41-en-emg-007 and -019, medicines kept back by name and oven cleaner told by the
    # job, closed by rules-cd: tests/test_rules_set41_en.py)
    # (set 41's f41-zh-emg-004 and -006, a diabetic who only grunts when called and charcoal
    # bought with a time in mind, closed by rules-ce: tests/test_rules_set41_zh.py)
    # (set 42's f42-en-emg-004 and f42-zh-emg-003, an overdose said fine now and a strip of
    # tablets counted with its pack, closed by rules-ci: tests/test_rules_set42.py)
    # (set 43's f43-en-emg-001, -003, -004 and -011, a stroke relayed in a relative's words, a
    # count in quotes, a goodbye with the tablets lined up and one eye's sight like smoke, closed
    # by rules-cm: tests/test_rules_set43_en.py)
    # (set 44's f44-en-emg-003 and f44-zh-emg-001, a chest feeling named as a heavy pressing
    # thing and as 说不上来的难受, closed by rules-co: tests/test_rules_set44.py)
    # (f45-en-emg-020, a late period told by the last one's date, closed by rules-cs; f45-zh-emg-015
    # and -016, a baby's whole body blue and charcoal bought with a time in mind, by rules-ct)
}
# (lvl13-en-slf-023 closed by rules-v's clinicians' notes walk: a condition listed under a
# history header, "PMH:", is history; lvl13-zh-slf-024 closed by rules-t: a relative's event
# at an age, 40岁时, is history)
# (set 15's five self-care rows at emergency closed by rules-w: a feared stroke, brain bleed
# or heart attack named with no sign of it; 青紫 of a bruise on a limb)
# (set 20's f20-en-slf-015 closed by rules-ao: a single faint at the sight of blood, the
# trigger told with words between, is NHS.uk's uncomplicated faint)
# (set 21's f21-en-slf-014 and f21-zh-slf-012 closed by rules-ap: a head about to explode is
# severity, not onset, and stands down after a night's drinking, NHS hangover)
# (set 24's f24-zh-slf-020 closed by rules-aw: a checklist's cross after a sign, 胸痛× 气短×,
# denies it)
# (set 25's f25-en-slf-013 and f25-en-slf-016 closed by rules-bc: a brain bleed asked about in
# a question of its own, "is his brain bleeding", and a past thought, "I thought it was a heart
# attack", name the fear, not the sign)
# (set 28's f28-zh-slf-014 closed by rules-bg: a lot of food eaten, 食咗好多辣嘢, is no
# overdose, NHS.uk heartburn; tests/test_red_flag_coverage_zh_household.py)
# (set 30's f30-en-slf-013 closed by rules-bj: heart attacks counted in the past, "had two
# heart attacks", are history; tests/test_rules_set30_en.py)
# (set 30's f30-zh-slf-009 and -010 closed by rules-bk: a calf cramp hard as a stone, NHS.uk
# leg cramps, and a Chinese list of absent signs joined by 、; tests/test_rules_set30_zh.py)
# (set 32's f32-en-slf-001 closed by rules-bn: "is it poisonous?" asked of a jellyfish sting,
# NHS.uk jellyfish and sea creature stings; tests/test_rules_set32.py)
# (set 33's f33-en-slf-003, -007, -009 and -013 closed by rules-bo: a calf cramp "rock hard",
# walking with a limp, a voice lost to a whisper after a cold and shouting, croup whose noise
# went with none at rest; tests/test_rules_set33_en.py)
# (set 34's f34-en-slf-009 closed by rules-bs: a whole box of tissues gone through is no
# overdose, NHS.uk common cold; tests/test_rules_set34.py)
# (set 38's f38-en-slf-003 closed by rules-bw: a twitch "trapped under the skin" is no
# entrapment, NHS.uk twitching eyes; tests/test_rules_set38.py)
# (set 69's f69-en-slf-009 and -010 closed by rules-mb: a faint told trigger first at a blood
# test, coming round at once, NHS.uk fainting; a mother "rushed to hospital with a heart attack
# last week" is an event had, NHS.uk heart attack; tests/test_rules_set69_en.py)
OPEN_SELF_CARE_AT_EMERGENCY: dict[str, str] = {
    "f74-zh-slf-026": "set 74's first run: emergency",
    # (set 77's f77-zh-slf-005 and -014 closed by rules-pc, session 50: a poisoning only thought
    # of, 以为自己中毒, NHS.uk food poisoning; half the face numb after a dental injection with the
    # limbs normal, NHS.uk stroke and dental numbing; tests/test_rules_set77_zh.py)
    # (set 75's f75-zh-slf-011 closed by rules-oc: a father's heart attack last week, operated
    # on and recovering, beside the writer's own cold, NHS.uk heart attack;
    # tests/test_rules_set75_zh.py)
    # (set 74's f74-en-slf-006, -028, f74-zh-slf-010, -018 and -020 closed again by rules-od,
    # session 49: someone else's faint or fit days back, dealt with by care and over, held back
    # in its own sentence only; tests/test_past_events_49.py)
    # (set 74's f74-en-slf-006, -013, -025, -028, f74-zh-slf-010, -018 and -020 closed by
    # rules-nd: an event days back dealt with by care and the person well or in hospital now,
    # "blood poisoning" and a feeling likened to poisoning, a CO alarm said tested;
    # tests/test_rules_set74.py; -026 left open there)
    # (set 71's f71-en-slf-008, -010, f71-zh-slf-010, -012, -013, -017 and -030, and its
    # non-urgent f71-zh-nur-004, closed by rules-md: hands on one's own head in a meltdown, a
    # note's aphasia since an old stroke with its picture board, a faint after a vaccine, a
    # swollen face likened to a blow, a danger told of someone in the news, anaphylaxis asked
    # about ahead, white spirit on the skin and a friend's verdict; tests/test_rules_set71.py)
    # (f65-en-slf-010 closed by rules-kb: a heart attack A&E checked for, "checked me for a
    # heart attack", ECG and bloods fine, NHS.uk chest pain; tests/test_rules_set65_en.py)
    # (f66-zh-slf-002 closed by rules-ld: a small bruise on the foot said 一小块青紫, NHS.uk
    # bruises; tests/test_rules_set66.py)
    # (f63-zh-slf-006 closed by rules-jc: blindness named as a filler's risk read online,
    # 打玻尿酸会血管栓塞失明, NHS.uk dermal fillers; tests/test_rules_set63_zh.py)
    # (f63-en-slf-019 closed by rules-jb: a coil's "IUS fitting" read as a fit, NHS.uk IUS
    # aftercare; tests/test_rules_set63_en.py)
    # (f59-en-slf-008 closed by rules-hb and the coordinator: a watch's low oxygen retaken on a
    # proper oximeter at 98%, NHS.uk pulse oximeter at home; clinical/rechecks.py,
    # tests/test_rules_set59_en.py)
    # (f59-zh-slf-006, -008, -013, -014 and -020 closed by rules-hc: a poisoning nearly had,
    # 差点煤气中毒, NHS.uk carbon monoxide; an oximeter's low reading measured again normal,
    # 擦掉重新测98%, NHS.uk pulse oximetry at home; a watch's rate given running as its cause,
    # 係因為我去咗跑步, NHS.uk heart palpitations; a shock that was static, 靜電, NHS.uk electric
    # shock; a note's lasting deficit, 中風後失語, NHS.uk stroke recovery;
    # tests/test_rules_set59_zh.py)
    # (f60-en-slf-004, f60-zh-slf-002 and -003 closed by rules-ih: a watch's rate "in my spin
    # class" dropped back once stopped, NHS.uk heart palpitations; an old stroke's speech told
    # with it, 中风后说话不利索, NHS.uk stroke recovery; a toilet cleaner named while cleaning,
    # 洁厕灵, nothing swallowed, NHS.uk poisoning; tests/test_rules_set60.py)
    # (f57-en-slf-013, "I read energy drinks can cause heart attacks", now totally fine, closed
    # by rules-gb: NHS.uk heart attack; tests/test_rules_set57_en.py)
    # (f57-zh-slf-007, a haemorrhage only thought of, 以为自己大出血了, beside lochia getting less,
    # closed by rules-gc: NICE CG37; tests/test_rules_set57_zh.py)
    # (f55-en-slf-020, a mini stroke a mother is "convinced" of, a foot gone dead from sitting
    # cross-legged and back within minutes, closed by rules-eb: NHS.uk stroke, pins and needles;
    # tests/test_rules_set55_en.py)
    # (f53-zh-slf-011, one vitamin C chewable counted missing and the other medicines locked
    # away untouched (没动过), closed by rules-dv: TOXBASE vitamin C, RCOG Green-top 57 is
    # about the baby; tests/test_rules_set53_zh.py)
    # (f49-en-slf-008, pale, sweaty and dizzy in the heat, cooled in the shade and back to normal
    # within 20 minutes, closed by rules-dc: NHS.uk heat exhaustion; tests/test_rules_set49_en.py)
    # (f50-en-slf-010, a stroke named only as what was read a red eye can be a sign of, closed
    # by rules-dh: NHS.uk stroke, subconjunctival haemorrhage; tests/test_rules_set50.py)
    # (f50-zh-slf-003, a father's heatstroke faint last week, seen in A&E and discharged, closed
    # again by rules-od's narrower stand-down, session 49; tests/test_past_events_49.py)
    # (f38-zh-slf-007, sunburn that hurts when touched, 一掂就痛, closed by rules-kh: the bare
    # phrase counts beside tummy pain only, NHS.uk sunburn; tests/test_over_triage_45.py)
    # (f49-zh-slf-019, "吃了很多又喝冰的" at a hotpot and "需要吃藥嗎" asked, closed by rules-dd: a
    # medicine asked about is none taken, NHS.uk diarrhoea; tests/test_rules_set49_zh.py)
    # (f48-en-slf-005 and f48-zh-slf-002, "blood everywhere" / 血哗哗的流 that minutes of
    # pinching or pressing stopped, closed by rules-cx: NHS.uk nosebleeds, cuts and grazes;
    # tests/test_rules_set48.py)
    # (f45-en-slf-003, a burnt face taken back, closed by rules-cs: tests/test_rules_set45_en.py)
    # (f46-zh-slf-003, a chest-wall strain after bench presses, 抬胳膊也痛 and 躺着不动就不痛,
    # with a heart attack read on Douyin, closed by rules-cu: NHS.uk chest pain;
    # tests/test_rules_set46.py)
    # (f41-en-slf-011, "nearly had a heart attack" at red wee, closed by rules-cd: a fright's
    # figure of speech names no sign; tests/test_rules_set41_en.py)
    # (f43-zh-slf-002 and -005, a baby who hums (哼哼) at a nappy change and a head said to feel
    # heavy (脑袋昏昏沉沉), closed by rules-cn: tests/test_rules_set43_zh.py)
}


def _rows(name: str) -> list[dict[str, str]]:
    lines = (DATA / SETS[name][0]).read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    # set 12 names its label gold_triage and its source rationale
    return [
        {
            **row,
            "gold": row.get("gold") or row["gold_triage"],
            "source": row.get("source") or row["rationale"],
        }
        for row in rows
    ]


@pytest.fixture(scope="module")
def questions() -> QuestionBank:
    return load_questions()


@pytest.fixture(scope="module")
def predicted(rules: RuleSet, questions: QuestionBank) -> dict[str, Disposition]:
    return {
        row["id"]: rules_only_level(row["text"], rules, questions)[0]
        for name in SETS
        for row in _rows(name)
    }


def _params(
    gold: str, *, with_known: bool = False, open_rows: dict[str, str] | None = None
) -> list[object]:
    out: list[object] = []
    for name, (_, _, misses) in SETS.items():
        known = {**(misses if with_known else {}), **(open_rows or {})}
        out += [_param(row, known) for row in _rows(name) if row["gold"] == gold]
    return out


def _param(row: dict[str, str], known: dict[str, str]) -> object:
    marks = pytest.mark.xfail(strict=True, reason=known[row["id"]]) if row["id"] in known else ()
    return pytest.param(row, marks=marks, id=row["id"])


@pytest.mark.parametrize(
    ("name", "per_level"),
    [
        ("set7", 40),
        ("set8", 50),
        ("set12", 50),
        ("set13", 50),
        ("set14", 50),
        ("set15", 50),
        ("set16", 50),
        ("set17", 50),
        ("set18", 50),
        ("set19", 50),
        ("set20", 50),
        ("set21", 50),
        ("set22", 50),
        ("set23", 50),
        ("set24", 50),
        ("set25", 40),
        ("set26", 40),
        ("set27", 40),
        ("set28", 40),
        ("set29", 40),
        ("set30", 40),
        ("set31", 40),
        ("set32", 20),
        ("set33", 40),
        ("set34", 20),
        ("set35", 40),
        ("set36", 20),
        ("set37", 40),
        ("set38", 20),
        ("set39", 40),
        ("set40", 20),
        ("set41", 40),
        ("set42", 20),
        ("set43", 40),
        ("set44", 20),
        ("set45", 40),
        ("set46", 20),
        ("set47", 40),
        ("set48", 20),
        ("set49", 40),
        ("set50", 20),
        ("set51", 40),
        ("set52", 20),
        ("set53", 40),
        ("set54", 20),
        ("set55", 40),
        ("set56", 20),
        ("set57", 40),
        ("set58", 20),
        ("set59", 40),
        ("set60", 20),
        ("set61", 40),
        ("set62", 20),
        ("set63", 40),
        ("set64", 20),
        ("set65", 40),
        ("set66", 20),
        ("set67", 40),
        ("set68", 20),
        ("set69", 40),
        ("set70", 20),
        ("set72", 40),
        ("set73", 20),
        ("set75", 40),
        ("set76", 20),
        ("set77", 40),
        ("set78", 20),
    ],
)
def test_the_set_is_what_it_says(name: str, per_level: int) -> None:
    rows = _rows(name)
    assert len(rows) == 4 * per_level
    for level in Disposition:
        assert sum(r["gold"] == level.value for r in rows) == per_level, level
    assert {r["lang"] for r in rows} == {"en", "zh"}
    assert all(r["source"].strip() for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    assert set(SETS[name][2]) <= {r["id"] for r in rows if r["gold"] == "emergency"}


@pytest.mark.parametrize("name", ["set71", "set74"])
def test_alarming_sets_are_non_emergencies_only(name: str) -> None:
    rows = _rows(name)
    golds = [r["gold"] for r in rows]
    assert (golds.count("self_care"), golds.count("non_urgent"), len(rows)) == (60, 20, 80)
    assert {r["lang"] for r in rows} == {"en", "zh"}
    assert all(r["source"].strip() for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)


@pytest.mark.parametrize("row", _params("emergency", with_known=True))
def test_every_emergency_reaches_emergency(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]] is Disposition.EMERGENCY, predicted[row["id"]]


@pytest.mark.parametrize("row", _params("emergency", open_rows=OPEN_BELOW_URGENT))
def test_no_emergency_ends_below_urgent(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].rank >= Disposition.URGENT.rank, predicted[row["id"]]


@pytest.mark.parametrize("row", _params("self_care", open_rows=OPEN_SELF_CARE_AT_EMERGENCY))
def test_no_self_care_message_reaches_emergency(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]] is not Disposition.EMERGENCY


@pytest.mark.parametrize("name", list(SETS))
def test_four_level_accuracy_holds_its_floor(predicted: dict[str, Disposition], name: str) -> None:
    rows = _rows(name)
    right = sum(predicted[r["id"]].value == r["gold"] for r in rows)
    assert right / len(rows) >= SETS[name][1], f"{right} of {len(rows)}"


# Set 16's rows below an emergency, each at its gold level; the ones still wrong are strict
# xfails with their reason (decision side: rules-ab; raised to an emergency: rules-z; grammar
# and question framing in the matcher: rules-aa).
OPEN_DECISION_16: dict[str, str] = {
    # (fl16-en-urg-021, a breastfeeding mother's own fever read with her baby's age, closed by
    # rules-lh, session 46: the writer's own fever beside breastfeeding; test_over_triage_46.py)
    "fl16-zh-urg-005": "an 85-year-old suddenly muddled is raised to an emergency; NHS.uk "
    "sudden confusion says A&E or 999, so the rules follow the page (as set 15's row)",
    # (fl16-en-nur-008 "I have stroke 4 year before" and fl16-en-slf-004 "last year I have very
    # bad allergy" closed by rules-kh, session 45: a past time said first binds the writer to its
    # clause, "4 year before" is past; tests/test_over_triage_45.py)
    # (fl16-en-slf-005 closed in session 20: "baby 8 month" without "my" is the baby's age)
    "fl16-en-slf-011": "NHS.uk baby poo says green poo in a well breastfed baby is normal; the "
    "decision keeps every baby under 3 months same-day (NICE NG143 by age), not lowered",
    "fl16-en-slf-012": "NHS.uk chest pain: a strained muscle after the gym; chest pain keeps its "
    "same-day floor (NICE CG95, chest_pain_unexplained), not lowered",
    "fl16-en-slf-021": "a past clot's '6 months' of blood thinners is read as this cold's duration",
    "fl16-zh-slf-014": "chest muscle soreness after the gym said as 胸口要炸了: no positive "
    "evidence read (and chest pain's same-day floor, NICE CG95, would hold)",
    "fl16-zh-slf-018": "a 6-week-old's green poo: 六個禮拜 read as a duration; under 3 months "
    "stays same-day (as fl16-en-slf-011)",
}


def _set16_below_emergency() -> list[object]:
    rows = [row for row in _rows("set16") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_16) for row in rows]


@pytest.mark.parametrize("row", _set16_below_emergency())
def test_set16_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 17's rows below an emergency, each at its gold level; the ones still wrong are strict
# xfails with their reason (decision side: rules-ae; raised to an emergency: rules-ad).
# (f17-zh-urg-024, Bell's palsy with the forehead taken in, closed by rules-al: NICE CKS Bell's
# palsy, same day)
OPEN_DECISION_17: dict[str, str] = {
    "f17-en-nur-007": "an ingrown toenail, a bit red, is a minor illness NHS.uk treats at home; "
    "the gold's GP visit follows the carer's context, not read",
    # (f17-en-nur-023 closed by rules-as: snoring with pauses in breathing is NHS.uk sleep
    # apnoea's GP referral, no longer breathless_new)
    "f17-zh-nur-005": "有氣喘 (I have asthma, Taiwan usage) is read as breathless by an urgent "
    "red-flag rule (matcher)",
    "f17-zh-nur-013": "a creeping red line on the sole after a beach (larva migrans) reads as "
    "the lymphangitis red line of NHS.uk cellulitis",
    "f17-en-slf-001": "a cold on chemotherapy, no fever: a risk condition stays against "
    "self-care (NICE NG51), not lowered without a source for the exception",
    "f17-en-slf-003": "a type 1 diabetic's planning question: no positive evidence read",
    "f17-en-slf-005": "a cold in COPD as usual: a risk condition stays against self-care",
    # (f17-en-slf-006 closed by rules-as: a missed dose asked about is an NHS.uk medicine page's
    # "if you forget to take it", self-care)
    # (f17-en-slf-007 closed by rules-aq: dry skin in an older relative, a minor illness with
    # nothing against it, is treated at home; dementia and age alone are no change)
    "f17-en-slf-008": "a pulled back in heart failure: a risk condition stays against self-care",
    # (f17-en-slf-011 closed by rules-ao: "her 8 week jabs" is a named visit, no duration; a
    # settled 37.9 the evening of the MenB jabs is NHS.uk's expected fever, looked after at home)
    "f17-en-slf-012": "a healed scar that itches: no positive evidence read",
    "f17-en-slf-014": "a CO alarm fixed, nobody ill: ends urgent through the CO alarm's "
    "same-day rule (rules-ad's look-alike lowering, af1f76a)",
    # (f17-en-slf-019 closed by rules-by: a hangover told as 'a big night', NHS.uk hangover)
    "f17-en-slf-021": "a cold sore coming 'once a year' reads as lasting a year",
    # (f17-en-slf-023 closed by rules-bf: chest-wall pain that hurts when pressed, NHS.uk
    # costochondritis, tests/test_rules_set28_en.py)
    "f17-zh-slf-001": "a diet question on haemodialysis: a risk condition stays against self-care",
    "f17-zh-slf-002": "a thalassaemia trait question: no positive evidence read",
    # (f17-zh-slf-003 closed by rules-av: a methotrexate timing question with 而家冇咩唔舒服 is a
    # question asked ahead with nothing wrong now, self-care evidence with no complaint family)
    "f17-zh-slf-007": "expected nausea on chemotherapy, helped: a risk condition stays against",
    # (f17-zh-slf-012, a small lump at a jab site in a well 1-year-old, closed in session 16: the
    # jabs with 食奶正常 read as a settled reaction after vaccines)
    # (f17-zh-slf-013 closed by rules-as: an insect bite said as 被...叮 is NHS.uk insect bites)
    "f17-zh-slf-014": "a cat scratch barely breaking the skin: no positive evidence read",
    "f17-zh-slf-017": "a minor burn said as 好痛 reads as severe (urgent)",
    # (f17-zh-slf-020, a nosebleed stopped after 捏了10分钟, closed by rules-lc: ten minutes is
    # no pain score of 10, NHS.uk nosebleeds; tests/test_rules_set67_zh.py)
    "f17-zh-slf-024": "travel sickness asked ahead: 每次 reads as recurring",
}


def _set17_below_emergency() -> list[object]:
    rows = [row for row in _rows("set17") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_17) for row in rows]


@pytest.mark.parametrize("row", _set17_below_emergency())
def test_set17_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 18's rows below an emergency, each at its gold level; the ones still wrong are strict
# xfails with their reason (decision side: rules-aj; raised by a red flag: rules-ah / rules-ai).
OPEN_DECISION_18: dict[str, str] = {
    "f18-en-urg-017": "cannabis hyperemesis (daily cannabis, vomiting eased by hot showers): no "
    "sourced group yet; 'weed' is also read as the urinary family (the past of 'wee')",
    # (f18-en-urg-024 and f18-zh-urg-024 closed by rules-aq: a fish bone felt in the throat is
    # ENT UK's same-day assessment)
    "f18-zh-urg-016": "cannabis hyperemesis in Chinese (as f18-en-urg-017)",
    # (f18-en-non-003, breathless on the stairs for months, closed by rules-cv: NHS.uk shortness
    # of breath, a GP; tests/test_rules_set47_en.py)
    # (f18-zh-non-003 closed by rules-bo: typical stable angina, on exertion, relieved by rest
    # within minutes, for weeks, a rapid-access clinic's, NICE CKS stable angina and CG95, as
    # rules-ai read it for the emergency rule; tests/test_rules_set33_en.py)
    "f18-en-slf-006": "a 92-year-old tired after a party: 75 and over counts against self-care; "
    "no page found that lifts it for tiredness",
    "f18-en-slf-014": "a settled panic attack in known panic disorder: the mental_health "
    "family's floor (NICE CG123 assessment) holds, not lowered without a source",
    "f18-en-slf-016": "a cannabis edible wearing off: the mental_health floor holds (anxious), "
    "and 'weed' is read as the urinary family",
    # (f18-zh-slf-007 closed by rules-aq: a 90-year-old said to be as usual, 跟平常一样, with no
    # fever; age counts against self-care only without the usual self)
    "f18-zh-slf-012": "睡不着 counts as impaired (stopping normal activities) even when sleep "
    "itself is the complaint",
    "f18-zh-slf-024": "sunburn said 好痛 reads as severe (as set 17's minor burn)",
}


def _set18_below_emergency() -> list[object]:
    rows = [row for row in _rows("set18") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_18) for row in rows]


@pytest.mark.parametrize("row", _set18_below_emergency())
def test_set18_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 21's rows below an emergency, each at its gold level (rules-aq, the decision side: 34 rows
# closed). The ones still wrong are raised to an emergency by a red-flag rule (rules-ap's side).
OPEN_DECISION_21: dict[str, str] = {
    "f21-zh-urg-012": "a dental abscess swelling toward the eye reads allergic_swelling_alone and "
    "dental_abscess_spreading (red-flag side)",
    "f21-zh-urg-022": "a scald blister bigger than the palm reads major_burn: NHS.uk sends burns "
    "bigger than the injured person's hand to A&E, so the rule is left as it is",
    # (f21-en-slf-014 and f21-zh-slf-012, a hangover's head "about to explode", closed by
    # rules-ap: the splitting-headache rule a drink stands down)
}


def _set21_below_emergency() -> list[object]:
    rows = [row for row in _rows("set21") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_21) for row in rows]


@pytest.mark.parametrize("row", _set21_below_emergency())
def test_set21_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 22's rows below an emergency, each at its gold level (rules-as, the decision side: medicines,
# context and buried complaints, 24 rows closed). The ones still wrong are strict xfails.
OPEN_DECISION_22: dict[str, str] = {
    "f22-en-urg-001": "lithium with diarrhoea, a worse tremor and unsteadiness reads "
    "lithium_toxicity (red-flag side: NHS.uk lithium says get help now for those signs)",
    "f22-zh-urg-016": "a 10-week-old at 38.2, feeding and alert, reads the NICE NG143 "
    "under-3-months red flag (red-flag side: NG143 makes 38 or more under 3 months red)",
    "f22-en-nur-021": "pale flaky patches after a holiday (pityriasis versicolor) read as mild "
    "self-care; no sourced group sends it to a GP (NHS.uk: a pharmacist first)",
    "f22-zh-slf-003": "a diuretic's night-time trips asked to move to the morning: 影响睡觉 is "
    "read as sleep lost to a problem (impaired), against self-care",
    "f22-zh-slf-018": "paracetamol after coffee asked as 會不會有問題: no interaction question "
    "read (a broad 'any problem?' phrase would give self-care evidence to real complaints)",
}


def _set22_below_emergency() -> list[object]:
    rows = [row for row in _rows("set22") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_22) for row in rows]


@pytest.mark.parametrize("row", _set22_below_emergency())
def test_set22_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 23's rows below an emergency, each at its gold level (rules-av, the decision side: hyperbole
# with mild facts, questions asked ahead, after care, same-day signs played down). The ones still
# wrong are strict xfails with their reason.
OPEN_DECISION_23: dict[str, str] = {
    "f23-zh-urg-023": "lithium with diarrhoea, a worse tremor and unsteadiness reads "
    "lithium_toxicity (red-flag side, as f22-en-urg-001)",
    "f23-en-nur-007": "'worst pain of my life' about an itchy ear with a little discharge (otitis "
    "externa) keeps the severe_pain rule: a self-diagnosis ('swimmer's ear I reckon') is no mild "
    "fact the rules read",
    # (f23-en-slf-002 closed by rules-by: a parent's own fright, 'panicking!!', opens no
    # mental-health family; tests/test_self_care_evidence.py)
    "f23-en-slf-003": "a stubbed toe the writer fears is 'BROKEN' reads possible_fracture "
    "(red-flag side), though walking on it with the swelling going down",
    "f23-zh-slf-008": "a week of poor sleep from stress: 老是 reads as persistent and 睡不着 as "
    "lost function (as f18-zh-slf-012)",
    # (f23-zh-slf-018, a verruca of a month, closed by rules-cc: warts' own 60-day window)
    # (closed by rules-au on the red-flag side: a bent wrist after a fall, Bell's palsy with the
    # limbs fine, ketones 1.2, croup noisy only when crying, vasectomy aftercare, a mole's
    # blotchy edges)
}


def _set23_below_emergency() -> list[object]:
    rows = [row for row in _rows("set23") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_23) for row in rows]


@pytest.mark.parametrize("row", _set23_below_emergency())
def test_set23_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 24's rows below an emergency, each at its gold level (rules-ax, the decision side: a known
# condition's usual episode on its own plan, a child's fever with the NICE NG143 green features,
# list-form self-care, a GP's sign in a well child, and the same-day signs read too low). The ones
# still wrong are strict xfails with their reason; "(red-flag side)" rows are rules-aw's lane.
OPEN_DECISION_24: dict[str, str] = {
    "f24-en-urg-003": "ulcerative colitis worse than the usual flare, 7-8 bloody stools a day "
    "(NICE CKS: a severe flare, same day) reads only the IBD flare group (within days): no "
    "same-day group reads a flare's stool count",
    "f24-zh-nur-003": "asthma reliever 4-5 times a week for two months: 有氣喘 (Taiwan usage for "
    "'I have asthma') reads breathless_new (red-flag side, as f17-zh-nur-005)",
    "f24-en-slf-002": "asthma with a cold, the reliever 2-3 times a day as the plan says, peak "
    "flow 90%: the same-day group's 'blue inhaler ... times a day' still reads it",
    "f24-zh-slf-003": "asthma with a cold, the reliever every day (每天用两三次) as the plan "
    "says: 每天 reads as persistent; only the condition's years are exempt as its history (and "
    "Asthma + Lung UK puts a reliever needed 3 times a week in the amber zone)",
    # (closed by rules-aw on the red-flag side: croup noisy only when upset, early-pregnancy
    # spotting with listed denials, a migraineur's progressive morning headache, two
    # checklists with crossed-out chest or eye signs, a reliever 4 times a week, gradual
    # muddle in Alzheimer's, a checklist of denials before a cholesterol question, a
    # checklist of denials with a cold)
}


def _set24_below_emergency() -> list[object]:
    rows = [row for row in _rows("set24") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_24) for row in rows]


@pytest.mark.parametrize("row", _set24_below_emergency())
def test_set24_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 26's rows below an emergency, each at its gold level, as at the first run (8d33aad); the
# ones still wrong are strict xfails with their reason.
OPEN_DECISION_26: dict[str, str] = {
    # (the eight English rows closed by rules-ba, tests/test_disposition_understated_regional.py:
    # spreading redness with a fever, fewer movements told as a lazy day, a first red swollen toe
    # with a fever in Singapore English, loin-to-groin colic, postnatal low mood with the baby's
    # age, palpitations after coffee, a tension headache's tight band, constipation "bunged up"
    # at 33 weeks)
    "f26-zh-urg-001": "a facial palsy with the limbs and speech normal and pain behind the ear "
    "(Bell's palsy, NHS.uk: urgent GP / 111) raised to an emergency (left by rules-bb: the "
    "forehead is not named, and FAST face droop stays an emergency without it)",
    # (f26-zh-urg-006, -010, -012, -013, -015, -020, -non-007, -non-016, -slf-009 and -slf-015
    # closed by rules-bb: tests/test_disposition_zh_regional.py)
}


def _set26_below_emergency() -> list[object]:
    rows = [row for row in _rows("set26") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_26) for row in rows]


@pytest.mark.parametrize("row", _set26_below_emergency())
def test_set26_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 25's rows below an emergency, each at its gold level, as after the age-after-a-fever fix;
# the ones still wrong are strict xfails with their reason. (f25-en-slf-016, f25-en-non-013 and
# f25-zh-non-017 closed by rules-bc: a past thought of a heart attack, a tight band round the
# head, urine leaked on coughing.)
OPEN_DECISION_25: dict[str, str] = {
    "f25-en-urg-007": "a 4-year-old with two days of diarrhoea and vomiting, one wee today, dry "
    "lips, more tired, in a second language (NICE CG84 dehydration: non_urgent)",
    "f25-en-urg-011": "sudden hearing loss in one ear since this morning, in a second language "
    "(NHS.uk: urgent; non_urgent)",
    "f25-en-urg-016": "a rusty nail through the shoe, tetanus jabs unknown (UKHSA tetanus: "
    "same day; self_care)",
    "f25-en-urg-017": "vomiting for 24 hours, cannot keep water down, dizzy on standing "
    "(self_care)",
    # (f25-en-urg-018, a chest infection on antibiotics, more breathless on the stairs, closed by
    # rules-ld: an antibiotic for a chest infection, breathless only walking, stands down
    # anaphylaxis_breathing_after_exposure, NHS.uk chest infection; tests/test_rules_set66.py)
    "f25-zh-urg-006": "sudden floaters and flashes in one eye, in a second language (non_urgent)",
    # (f25-zh-urg-007, mastitis with the mother's bare reading beside a 2-month-old, closed by
    # rules-cj: vital_infant_fever now stands aside for mother_breast_inflamed too)
    "f25-zh-urg-008": "a child's finger crushed in a door, the nail lifted and bleeding under it "
    "(non_urgent)",
    # (f25-zh-urg-014, a child's reliever every four hours in Cantonese, closed by rules-ct: the
    # interval said after the reliever with its verb; tests/test_rules_set45_zh.py)
    "f25-zh-urg-016": "a nosebleed for twenty minutes despite pressure, raised to an emergency "
    "(NHS.uk: A&E after 10-15 minutes of pressure; gold urgent)",
    "f25-en-non-003": "bedwetting at seven (NICE CG111: GP; self_care)",
    # (f25-en-non-013, a tension headache's tight band read as chest pain, closed by rules-ba and
    # rules-bc alike)
    "f25-en-non-015": "an umbilical hernia in a well 6-week-old (urgent)",
    # (f25-zh-non-012, a bunion for over a year, closed by rules-bp: a toe crooked slowly is no
    # broken toe, tests/test_rules_set33_zh.py)
    # (f25-zh-non-014, knees worn for a year with 落樓梯最痛, closed by rules-cn: the movement at
    # which an ache peaks is no worst pain; tests/test_rules_set43_zh.py)
    # (f25-en-slf-002, teething at 14 months, closed by rules-bz: "my little one is 14 months" is
    # an age, not how long it has lasted; tests/test_rules_set39_en.py)
    # (f25-en-slf-010 closed by rules-by: a urine colour said normal opens no urinary family;
    # NHS.uk muscle pain after the first leg day)
    # (f25-en-slf-012, sneezing and hiccups in a well 10-day-old, closed by rules-ge: NHS.uk
    # newborn normal findings lift the under-3-months floor; tests/test_pregnancy_and_babies.py)
    # (f25-en-slf-013 closed by rules-by: the parent's 'I'm panicking!!!' opens no mental-health
    # family; a toddler's bump with no warning sign, NICE NG232)
    "f25-en-slf-014": "a fever of 38.2 in a 4-year-old who is playing after paracetamol "
    "(NICE NG143 green; non_urgent)",
    "f25-en-slf-017": "a stye (non_urgent)",
    "f25-zh-slf-007": "travel sickness remedies asked before a trip (non_urgent)",
    "f25-zh-slf-008": "a fever of 37.8 and a red lump at the site after a 4-month-old's "
    "vaccines (baby_fever_age_unknown, fever_over_3_days)",
    # (f25-zh-slf-009, red stools and pee after red dragon fruit, closed by rules-pb, session 50:
    # pee coloured by a red food lifts the urinary family's floor, NHS.uk blood in urine;
    # tests/test_rules_set77_en.py)
    # (f25-zh-slf-012 closed by rules-by: the daily screen hours told as the cause are no
    # complaint coming every day, NHS.uk dry eyes)
    "f25-zh-slf-016": "a subconjunctival haemorrhage after coughing, painless, vision clear, in "
    "Cantonese (urgent)",
    "f25-zh-slf-020": "cradle cap at three months (non_urgent)",
}


def _set25_below_emergency() -> list[object]:
    rows = [row for row in _rows("set25") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_25) for row in rows]


@pytest.mark.parametrize("row", _set25_below_emergency())
def test_set25_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]


# Set 27's rows below an emergency, each at its gold level, as at the first run (4e07e6e, the
# rules of b85ec33); the ones still wrong are strict xfails with their reason.
OPEN_DECISION_27: dict[str, str] = {
    "f27-en-slf-009": "first run: urgent (gold self_care); left by rules-bd: the decision keeps "
    "every baby under 3 months urgent (dispositions.yaml infant_minor: under 3 months stays "
    "urgent); NICE NG1 / NHS.uk reflux in a thriving baby would need that design changed",
    "f27-en-slf-017": "first run: non_urgent (gold self_care); left by rules-bd: 'stressed' "
    "brings the mental_health family, whose floor (NICE CG123) is non_urgent; a late period "
    "with negative tests (NHS.uk) has no self-care group",
    # left by rules-be (session 23): an 80-year-old eating less (最近吃得少) is a change from
    # the usual, and the age guard (75+, NICE NG51 / Age UK) needs the usual self or coping
    # said; not weakened for one row
    "f27-zh-slf-006": "first run: non_urgent (gold self_care)",
}


def _set27_below_emergency() -> list[object]:
    rows = [row for row in _rows("set27") if row["gold"] != Disposition.EMERGENCY.value]
    return [_param(row, OPEN_DECISION_27) for row in rows]


@pytest.mark.parametrize("row", _set27_below_emergency())
def test_set27_rows_below_an_emergency_reach_their_level(
    predicted: dict[str, Disposition], row: dict[str, str]
) -> None:
    assert predicted[row["id"]].value == row["gold"], predicted[row["id"]]
