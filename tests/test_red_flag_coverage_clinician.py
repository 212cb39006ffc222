"""Clinicians' written vocabulary for emergency discriminators, walked system by system
(rules-v, 2026-12-01), before sets 13 and 14 were read by this walk's author.

Sources, each named above its group: the Manchester Triage System general and specific
discriminators as clinicians document them, NICE NG51 sepsis high-risk criteria, the words
around RCP NEWS2 (new confusion, ACVPU, supplemental oxygen), NICE NG143 red features, and the
exam findings that published guidance treats as emergencies (peritonism, meningism, focal
neurology, airway and breathing signs, shock, GI bleeding, limb ischaemia, cauda equina,
torsion, acute glaucoma and chemical eye injury, airway burns, anaphylaxis, obstetric
emergencies, tension pneumothorax, DKA, hypoglycaemia). Each sentence was written for this test
in note style: English shorthand, simplified and traditional Chinese case notes. The phrases they
needed were added as synonym families under a comment naming the source, not as copies of these
sentences. ``E`` must end ``emergency``; ``!E`` (the negated, normal, past and resolved forms
clinicians write) anything but ``emergency``.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# MTS abdominal pain: peritonism (guarding, rebound, rigidity)
PERITONISM: list[tuple[str, str]] = [
    ("E", "O/E abdo rigid, board-like, generalised tenderness"),
    ("E", "abdomen: guarding and rebound in RIF, pt lying very still"),
    ("E", "abdo: peritonitic, percussion tenderness throughout"),
    ("E", "45M abdo pain 6h, O/E rebound tenderness + involuntary guarding RLQ"),
    ("E", "tender RIF with guarding, rovsing's positive, T 38.4"),
    ("E", "abdomen rigid and silent, pain worse on movement"),
    ("E", "查体：全腹压痛、反跳痛，腹肌紧张"),
    ("E", "腹膜刺激征阳性，右下腹压痛明显"),
    ("E", "板状腹，全腹压痛反跳痛"),
    ("E", "查體：腹肌緊張，壓痛及反跳痛陽性"),
    ("E", "右下腹麦氏点压痛、反跳痛，伴肌紧张"),
    ("!E", "abdo SNT, BS present"),
    ("!E", "abdomen soft, non-tender, no guarding or rebound"),
    ("!E", "mild epigastric tenderness, no guarding, no peritonism"),
    ("!E", "腹软，无压痛，无反跳痛"),
    ("!E", "腹平软，全腹无压痛及反跳痛，肌紧张阴性"),
    ("!E", "腹軟，無壓痛，無反跳痛"),
    ("!E", "PMH: peritonitis 2015 after perforated appendix, now well, routine review"),
]

# MTS headache / NICE NG240 meningitis: meningism, non-blanching rash
MENINGISM: list[tuple[str, str]] = [
    ("E", "T 39.2, neck stiffness, photophobia, Kernig's positive"),
    ("E", "febrile, meningism ++, photophobic"),
    ("E", "O/E Brudzinski +ve, neck stiff, pyrexial"),
    ("E", "fever with non-blanching petechial rash on trunk"),
    ("E", "purpuric rash legs, T 38.9, drowsy"),
    ("E", "19F febrile, headache, nuchal rigidity"),
    ("E", "发热，颈强直，克氏征阳性"),
    ("E", "查体：颈抵抗，布氏征阳性，体温39度"),
    ("E", "发热伴皮肤瘀点瘀斑，压之不褪色"),
    ("E", "頸項強直，克氏徵陽性，發燒"),
    ("E", "全身散在出血点，压之不褪色，高热"),
    ("!E", "neck supple, Kernig's neg, no rash"),
    ("!E", "headache, afebrile, neck supple, no photophobia"),
    ("!E", "颈软，克氏征阴性，布氏征阴性"),
    ("!E", "頸軟，無抵抗，克氏徵陰性"),
    ("!E", "rash blanches, child well, T 37.8"),
    ("!E", "皮疹压之褪色，精神好"),
]

# NICE NG232 / MTS neuro: pupils, GCS, focal neurology, new ataxia
NEURO: list[tuple[str, str]] = [
    ("E", "pupils unequal, L fixed and dilated, GCS 9"),
    ("E", "GCS dropped from 15 to 11 over 1h"),
    ("E", "R pupil sluggish and dilated after head injury, vomiting x3"),
    ("E", "new L hemiparesis, dysphasic, onset 40 min"),
    ("E", "R facial droop, R arm drift, slurred speech, LKW 1h ago"),
    ("E", "positive pronator drift L, new expressive dysphasia"),
    ("E", "power 2/5 R upper and lower limb, sudden onset"),
    ("E", "new onset ataxia and vertigo, unable to walk, onset today"),
    ("E", "双侧瞳孔不等大，左侧对光反射消失"),
    ("E", "突发右侧肢体偏瘫，失语"),
    ("E", "口角歪斜，左侧肌力3级，发病1小时"),
    ("E", "GCS由15分降至10分"),
    ("E", "瞳孔不等大，對光反射消失，意識模糊"),
    ("E", "突發左側偏癱，言語不清"),
    ("E", "右侧肢体肌力下降，伴口角歪斜，起病半小时"),
    ("!E", "PERLA, GCS 15, no focal neuro deficit"),
    ("!E", "PEARL, CNs II-XII intact, power 5/5 all limbs"),
    ("!E", "pupils equal and reactive, no focal neurology, headache 3 days"),
    ("!E", "瞳孔等大等圆，对光反射灵敏，四肢肌力正常"),
    ("!E", "病理征阴性，四肢肌力5级，神志清"),
    ("!E", "瞳孔等大等圓，對光反射靈敏，病理徵陰性"),
    ("!E", "PMH: CVA 2019 with residual L hemiparesis, here for med review"),
    ("!E", "既往脑梗，遗留左侧肢体偏瘫，今来复诊开药"),
    ("!E", "PMH: Bell's palsy, R facial weakness, fully recovered; neuro exam normal today"),
    ("!E", "PMH: TIA, R facial droop and dysphasia, on clopidogrel, here for BP check"),
    ("!E", "既往史：脑梗，右侧偏瘫，失语，今来开药"),
]

# MTS shortness of breath / BTS asthma / croup: airway and breathing signs
BREATHING: list[tuple[str, str]] = [
    ("E", "inspiratory stridor at rest, drooling"),
    ("E", "tracheal tug, intercostal and subcostal recession, RR 48"),
    ("E", "silent chest, SpO2 89%, unable to complete sentences"),
    ("E", "speaking in single words, using accessory muscles"),
    ("E", "centrally cyanosed, RR 36"),
    ("E", "severe resp distress with accessory muscle use, SpO2 90% on 15L"),
    ("E", "吸气性喉鸣，三凹征阳性"),
    ("E", "口唇发绀，呼吸急促，说话不成句"),
    ("E", "三凹征明显，呼吸40次/分"),
    ("E", "口唇發紺，三凹徵陽性"),
    ("E", "双肺呼吸音消失，沉默肺，血氧88%"),
    ("!E", "chest clear, no stridor, no recession, SpO2 98% RA"),
    ("!E", "mild wheeze, speaking full sentences, SpO2 97%"),
    ("!E", "双肺呼吸音清，未闻及干湿啰音"),
    ("!E", "無三凹徵，雙肺呼吸音清"),
    ("!E", "no cyanosis, no accessory muscle use, RR 16"),
    ("!E", "口唇无发绀，无三凹征"),
]

# MTS shock / NICE NG51 sepsis high risk / RCP NEWS2 words
SHOCK_SEPSIS: list[tuple[str, str]] = [
    ("E", "pt shocked, cold and clammy, BP 78/40"),
    ("E", "mottled peripheries, CRT 5 s, HR 138"),
    ("E", "peripherally shut down, CRT >3s, hypotensive"),
    ("E", "?sepsis, new confusion, RR 26, no UO for 18h"),
    ("E", "UTI, now ACVPU: C, T 38.7, HR 124"),
    ("E", "sepsis screen positive: lactate 4.5, SBP 88"),
    ("E", "non-blanching rash, mottled, ashen, febrile"),
    ("E", "四肢湿冷，皮肤花斑，血压80/50"),
    ("E", "毛细血管再充盈时间延长，心率140，四肢冰冷"),
    ("E", "面色苍白，大汗淋漓，血压测不出"),
    ("E", "四肢濕冷，皮膚花斑，心率150"),
    ("E", "发热，新出现意识模糊，呼吸28次/分"),
    ("!E", "warm and well perfused, CRT < 2s, obs stable"),
    ("!E", "obs stable, NEWS2 0, alert"),
    ("!E", "四肢温暖，毛细血管再充盈时间<2秒"),
    ("!E", "生命体征平稳，神志清楚"),
    ("!E", "生命體徵平穩，四肢溫暖"),
    ("!E", "hx of septic shock 2021 ICU admission, now well, URTI sx 2 days"),
]

# NICE CG141 upper GI bleeding / MTS: haematemesis, melaena, PR bleeding with shock signs
GI_BLEED: list[tuple[str, str]] = [
    ("E", "haematemesis x2 today, HR 118"),
    ("E", "melaena since yesterday, postural dizziness, HR 112"),
    ("E", "fresh PR bleed, large volume, tachycardic 125, BP 92/60"),
    ("E", "coffee ground vomiting, pale and clammy"),
    ("E", "呕血2次，黑便，心率120"),
    ("E", "解柏油样便3次，头晕乏力，血压90/60"),
    ("E", "嘔血，黑便，面色蒼白"),
    ("!E", "PR: no blood, brown stool on glove"),
    ("!E", "PMH: upper GI bleed 2018, on PPI, reflux today"),
    ("!E", "无呕血黑便，大便黄软"),
]

# NICE CG/ESVS acute limb ischaemia, AAA: pulses, pulsatile mass, the six Ps
VASCULAR: list[tuple[str, str]] = [
    ("E", "L leg cold, pale, pulseless, paraesthesia, onset 3h"),
    ("E", "absent femoral and popliteal pulses R leg, limb white and cold"),
    ("E", "pulsatile tender epigastric mass, back pain, BP 90/60"),
    ("E", "radial pulses unequal, tearing back pain"),
    ("E", "突发右下肢疼痛，皮温低，苍白，足背动脉搏动消失"),
    ("!E", "糖尿病足复查，双足背动脉搏动减弱，皮温稍低，无新发疼痛"),
    ("E", "左腿冰冷苍白，足背动脉未触及，麻木疼痛3小时"),
    ("E", "腹部可触及搏动性包块，压痛，腰背痛"),
    ("E", "右下肢冰冷蒼白，足背動脈搏動消失"),
    ("!E", "peripheral pulses palpable, feet warm"),
    ("!E", "足背动脉搏动可，双下肢皮温正常"),
    ("!E", "known AAA 4.1cm on surveillance, no pain, routine bloods"),
]

# NICE CKS / NHS cauda equina
CAUDA_EQUINA: list[tuple[str, str]] = [
    ("E", "LBP with saddle anaesthesia and urinary retention"),
    ("E", "bilateral sciatica, reduced perianal sensation"),
    ("E", "back pain, new urinary incontinence, reduced anal tone on PR"),
    ("E", "腰痛，鞍区麻木，尿潴留"),
    ("E", "双下肢放射痛，会阴部麻木，大小便失禁"),
    ("E", "腰痛伴鞍區麻木，排尿困難"),
    ("!E", "LBP, no saddle anaesthesia, no bladder or bowel sx, SLR neg"),
    ("!E", "腰痛，无鞍区麻木，大小便正常"),
]

# NHS / NICE CKS testicular torsion
TORSION: list[tuple[str, str]] = [
    ("E", "L testis high-riding, horizontal lie, absent cremasteric reflex"),
    ("E", "acute scrotal pain, cremasteric reflex absent"),
    ("E", "右侧睾丸高位，提睾反射消失"),
    ("E", "睾丸突发剧痛，横位，提睾反射消失"),
    ("E", "左側睪丸高位，提睪反射消失"),
    ("!E", "testes normal lie, cremasteric reflex present, small epididymal cyst"),
    ("!E", "睾丸位置正常，提睾反射存在"),
]

# NICE CKS red eye / RCOphth: acute angle closure, RAPD, chemical injury
EYE: list[tuple[str, str]] = [
    ("E", "red painful eye, fixed mid-dilated pupil, hazy cornea, vomiting"),
    ("E", "L RAPD, sudden visual loss"),
    ("E", "alkali splash to R eye 20 min ago"),
    ("E", "chemical injury both eyes, cement powder"),
    ("E", "右眼红痛，瞳孔中度散大固定，角膜雾状水肿，头痛呕吐"),
    ("E", "碱性液体溅入眼内"),
    ("E", "右眼化學燒傷"),
    ("!E", "mild conjunctival injection, pupils normal, VA 6/6"),
    ("!E", "结膜轻度充血，视力正常，瞳孔对光反射灵敏"),
]

# MTS burns / ABA: airway burns
AIRWAY_BURNS: list[tuple[str, str]] = [
    ("E", "house fire, singed nasal hair, carbonaceous sputum, hoarse"),
    ("E", "facial burns with soot in the mouth, voice change"),
    ("E", "火灾后鼻毛烧焦，咳黑痰，声音嘶哑"),
    ("E", "面部燒傷，鼻毛燒焦，聲嘶"),
    ("!E", "no soot, no singed hair, voice normal, superficial burn to hand"),
]

# RCUK 2021 anaphylaxis in note form
ANAPHYLAXIS: list[tuple[str, str]] = [
    ("E", "peanut exposure 20 min ago, angioedema of lips and tongue, wheeze"),
    ("E", "post co-amox, urticaria, BP 80/50, wheeze"),
    ("E", "bee sting, generalised urticaria, stridor"),
    ("E", "进食虾后口唇舌肿胀，喘鸣，血压下降"),
    ("E", "青霉素皮试后全身荨麻疹，喉头水肿，血压85/50"),
    ("E", "進食花生後嘴唇腫脹，氣喘"),
    ("!E", "urticaria after strawberries, no angioedema, no wheeze, obs normal"),
    ("!E", "皮肤少量风团，无喉头水肿，无喘息，生命体征平稳"),
]

# NICE NG126 / NG133 / RCOG: obstetric emergencies in note form
OBSTETRIC: list[tuple[str, str]] = [
    ("E", "G2P1 34/40, BP 165/112, headache, visual disturbance"),
    ("E", "36/40 BP 160/110, epigastric pain"),
    ("E", "day 2 postpartum, PPH est 1200ml, HR 130"),
    ("E", "38/40, RFM, no FM since yesterday"),
    ("E", "5/7 post LSCS, T 38.9, rigors, new confusion"),
    ("E", "孕34周，血压165/115，头痛，视物模糊"),
    ("E", "孕36週，血壓160/110，頭痛"),
    ("!E", "G1 12/40, BP 118/72, booking bloods, no PV bleed"),
    ("!E", "孕20周，血压110/70，胎动正常"),
]

# BTS / ATLS tension pneumothorax
PNEUMOTHORAX: list[tuple[str, str]] = [
    ("E", "trachea deviated to the L, absent breath sounds R, hypotensive"),
    ("E", "reduced air entry R with hyperresonance, SpO2 86%, tracheal deviation"),
    ("E", "气管左偏，右侧呼吸音消失，血压下降"),
    ("E", "氣管偏移，右側呼吸音消失"),
    ("!E", "trachea central, good air entry bilaterally"),
    ("!E", "气管居中，双肺呼吸音对称"),
]

# NICE NG17 / JBDS DKA and hypoglycaemia
METABOLIC: list[tuple[str, str]] = [
    ("E", "T1DM, Kussmaul breathing, ketones 5.2, vomiting"),
    ("E", "blood ketones >3, pH 7.1, BM 28"),
    ("E", "BM 1.8, GCS 12"),
    ("E", "hypo, BM 2.1, drowsy, unable to take oral glucose"),
    ("E", "1型糖尿病，深大呼吸，血酮升高，呕吐"),
    ("E", "血糖2.0，意识模糊"),
    ("E", "糖尿病酮症酸中毒，呼吸深大"),
    ("E", "血糖1.9，叫唔醒"),
    ("!E", "T2DM, BM 7.8, ketones 0.2, well"),
    ("!E", "血糖6.5，尿酮阴性"),
]

# Normal and negated whole examinations that must not fire
NORMAL_NOTES: list[tuple[str, str]] = [
    ("!E", "O/E: NAD. obs stable. chest clear. abdo SNT. PERLA."),
    ("!E", "alert, GCS 15, no focal neuro, neck supple, chest clear, HS I+II+0"),
    ("!E", "神清，颈软，双肺呼吸音清，腹软无压痛，四肢肌力正常，病理征阴性"),
    ("!E", "神清，頸軟，雙肺呼吸音清，腹軟無壓痛，生命徵象平穩"),
    ("!E", "no stridor, no drooling, no trismus, tonsils mildly enlarged"),
    ("!E", "no meningism, no photophobia, rash blanching"),
    # the new note words in other senses (development, radio, old deficits, normal power)
    ("!E", "22 month old, speech: single words only, no concerns, here for jabs"),
    ("!E", "car radio has no FM since the battery died, now a headache"),
    ("!E", "power 5/5 throughout, reflexes normal, tingling L fingers"),
    ("!E", "四肢肌力5级，肌张力正常，手指麻"),
    ("!E", "known MS with longstanding ataxia, stable, needs repeat prescription"),
    ("!E", "voice change since puberty, otherwise well"),
    ("!E", "PMH: asthma, eczema, anaphylaxis to peanuts 2010; now mild hay fever"),
    ("!E", "h/o sepsis 2019, now well, routine diabetic review"),
    ("!E", "既往史：心梗，支架术后，今来复查血脂"),
    # a history header does not reach a current problem after it
    ("E", "PMH: HTN. PC: sudden L facial droop and slurred speech, onset 40 min"),
    ("E", "PMH asthma, now silent chest, SpO2 88%"),
    ("E", "既往史：高血压。现病史：突发右侧肢体无力伴言语不清1小时"),
]

CASES = (
    PERITONISM
    + MENINGISM
    + NEURO
    + BREATHING
    + SHOCK_SEPSIS
    + GI_BLEED
    + VASCULAR
    + CAUDA_EQUINA
    + TORSION
    + EYE
    + AIRWAY_BURNS
    + ANAPHYLAXIS
    + OBSTETRIC
    + PNEUMOTHORAX
    + METABOLIC
    + NORMAL_NOTES
)


@pytest.mark.parametrize(("expected", "text"), CASES)
def test_clinicians_written_discriminators_reach_their_level(
    rules: RuleSet, expected: str, text: str
) -> None:
    assert_reaches(rules, expected, text)


def test_the_walk_is_bilingual_and_holds_look_alikes() -> None:
    chinese = [t for _, t in CASES if any("\u4e00" <= c <= "\u9fff" for c in t)]
    assert len(chinese) >= 80
    assert len([e for e, _ in CASES if e == "!E"]) >= 60
