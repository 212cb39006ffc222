"""Travel and household: a trip as the clue or only the backdrop; more than one person at home.

Written by rules-cz (session 36) before any rule change, in our own words, English and Chinese
(simplified, Hong Kong and Taiwan usage), dangers beside their look-alikes:

- NHS.uk malaria: a fever, sweats or chills during or up to a year after a trip to a malaria
  area: medical help the same day (urgent); a trip to a place without malaria is no clue;
- NICE NG51 sepsis: a fever after travel with confusion or a rash that does not fade: emergency;
- NHS.uk DVT and pulmonary embolism: a swollen, painful calf after a long flight or drive:
  urgent; breathlessness or chest pain after one: emergency;
- NHS.uk altitude sickness / NHS Fit for Travel: confusion, unsteadiness or breathless at rest
  at altitude: emergency; a mild headache at altitude: rest, do not go higher (below urgent);
- NHS.uk travellers' diarrhoea: mostly self care; blood in it or signs of dehydration: urgent;
- NHS.uk rabies: bitten or scratched by a dog, monkey or bat abroad: medical help the same day;
- the trip as mere backdrop (jet lag, a cold on holiday, "can it wait until I'm home"): no rise;
- NHS.uk carbon monoxide poisoning: several at home with headache, dizziness or sickness near a
  boiler or heater: get help (urgent); collapse or unconscious: 999;
- NHS.uk food poisoning: several ill after the same meal is self care unless a red flag;
- NHS.uk meningitis: a close contact of a case with a fever now is an emergency to rule out;
- whose symptom: the level is for the person the message is mainly about; another person's
  danger named beside the writer's mild one is not dropped, a past illness of someone else
  does not become the writer's.

``E`` must end ``emergency``, ``!E`` anything but, ``U`` at least urgent, ``=U`` exactly urgent,
``L`` below urgent. Before the change, at 747eb1d, 13 of the 88 items were wrong (the monkey
and cat scratches abroad, jet lag and a cold said as 好辛苦, four carbon-monoxide households,
three meningitis contacts, the food-poisoning blood); after it one is, held as a strict xfail.
"""

from __future__ import annotations

import pytest

from clinical.red_flags import RuleSet
from tests.rule_levels import assert_reaches

# NHS.uk malaria: fever within a year of a trip to a malaria area (same day); none elsewhere
MALARIA: list[tuple[str, str]] = [
    ("U", "got back from Nigeria 3 weeks ago and now I have a fever and chills"),
    ("U", "we were in Uganda visiting family in the spring and since yesterday I'm burning up"),
    ("U", "my husband came home from a work trip to Ghana last month, now sweats and shivering"),
    ("U", "I was in Kenya on safari two months back and I've had a temperature since last night"),
    ("U", "上个月从尼日利亚出差回来，这两天发烧发冷"),
    ("U", "我老公从坦桑尼亚回来两个星期，今天开始发高烧打冷颤"),
    ("U", "上個月去咗肯亞旅行，今日開始發燒同發冷"),
    ("U", "我上個月去非洲出差，回來之後一直發燒畏寒"),
    ("L", "got back from Spain last week and have a bit of a sniffle"),
    ("L", "我去年去过非洲，现在身体挺好的，想问疟疾疫苗的事"),
]

# NICE NG51: fever after travel with confusion or a rash that does not fade
TRAVEL_SEPSIS: list[tuple[str, str]] = [
    ("E", "back from Thailand, high fever and now he's confused and not making sense"),
    ("E", "fever since we came home from Bali, now a rash that doesn't fade when I press a glass"),
    ("E", "從泰國旅行回來發高燒，而家佢開始糊塗，講嘢唔清楚"),
    ("E", "旅游回来发烧，身上起了压不褪色的紫点"),
]

# NHS.uk DVT / pulmonary embolism after a long flight or drive
CLOT_AFTER_TRAVEL: list[tuple[str, str]] = [
    ("U", "after a 12 hour flight my left calf is swollen and painful"),
    ("U", "drove 10 hours yesterday and now one calf is red, swollen and sore"),
    ("U", "坐了十几个小时飞机回来，左小腿肿痛"),
    ("U", "長途機落機之後右邊小腿腫痛，摸落熱熱的"),
    ("E", "just got off a long haul flight and I'm suddenly breathless with sharp chest pain"),
    (
        "E",
        "flew back from Australia yesterday, today sudden chest pain when I breathe in and "
        "short of breath",
    ),
    ("E", "坐完长途飞机，突然胸痛喘不上气"),
    ("E", "坐了很久的長途巴士，下車後突然呼吸困難、胸口痛"),
    ("L", "my legs feel a bit stiff after a long flight, fine after a walk"),
    ("L", "坐完长途飞机脚有点肿，走走就消了，两边都一样"),
]

# NHS.uk altitude sickness / NHS Fit for Travel: HACE and HAPE vs mild AMS
ALTITUDE: list[tuple[str, str]] = [
    ("E", "at 4000m in Peru, my friend is confused and stumbling and can't walk straight"),
    ("E", "trekking at altitude, he's breathless even resting and coughing pink froth"),
    ("E", "在西藏高原上，我爸开始说胡话，走路不稳"),
    ("E", "在高原休息的時候都好喘，咳嗽有粉紅色泡沫痰"),
    ("L", "mild headache since we arrived at altitude in Cusco yesterday, otherwise fine"),
    ("L", "到了拉萨有点轻微高反，头有点痛，其他都还好"),
]

# NHS.uk travellers' diarrhoea: self care; blood or dehydration: urgent
TRAVEL_DIARRHOEA: list[tuple[str, str]] = [
    ("L", "on holiday in Mexico and have had the runs for a day, drinking plenty"),
    ("L", "去泰国旅游吃坏肚子了，拉了几次，还能吃能喝"),
    ("L", "去咗旅行返嚟肚痾咗兩日，飲到水，精神都OK"),
    ("U", "back from India with diarrhoea and there's blood in it"),
    ("U", "diarrhoea since the trip to Egypt, now I'm dizzy and barely peeing"),
    ("U", "从印度回来一直拉肚子，大便带血"),
    ("U", "去東南亞旅行後一直拉肚子，現在頭暈、幾乎沒有小便"),
]

# NHS.uk rabies: an animal bite or scratch abroad: medical help the same day
RABIES: list[tuple[str, str]] = [
    ("U", "a stray dog bit my leg on holiday in Thailand yesterday, it broke the skin"),
    ("U", "a monkey scratched my hand at the temple in Bali"),
    ("U", "在越南旅游被一只流浪狗咬了，出血了"),
    ("U", "喺峇里島俾馬騮抓傷咗手"),
    ("U", "在印尼被猴子咬到手，有流血"),
    ("U", "在泰国被猫抓伤了，出了点血"),
    ("L", "I scratched my mosquito bites on holiday, they're itchy"),
    ("L", "去旅行被蚊子叮，抓伤了"),
    ("L", "the cat scratched my arm at home, tiny scratch"),
]

# The trip as backdrop: jet lag, a cold on holiday, "can it wait until I'm home"
BACKDROP: list[tuple[str, str]] = [
    ("L", "bad jet lag after flying back from New York, can't sleep at night"),
    ("L", "caught a cold on holiday, runny nose and sore throat, can it wait until I'm home"),
    ("L", "on a cruise and a bit seasick, anything I can take"),
    ("L", "倒时差好辛苦，晚上睡不着白天犯困"),
    ("L", "去日本旅游感冒了，流鼻涕喉咙痛，可以等回国再看吗"),
    ("L", "喺度旅行有啲傷風，流鼻水，可唔可以返香港先睇"),
    ("L", "出國玩有點便秘，可以回台灣再看嗎"),
    ("L", "感冒好辛苦，流鼻涕喉咙痛"),
]

# NHS.uk carbon monoxide poisoning: several ill at home near a boiler, heater or charcoal
CARBON_MONOXIDE: list[tuple[str, str]] = [
    (
        "U",
        "all three of us have headaches and feel sick, it gets better when we go out, the "
        "boiler is old",
    ),
    ("U", "me and my wife both dizzy and headachy since we put the gas heater on"),
    ("U", "whole family has headaches and nausea since the cold snap, worse at home"),
    ("U", "一家人都头痛头晕想吐，家里开着燃气热水器"),
    ("U", "屋企幾個人都頭痛作嘔，出街就好啲"),
    ("U", "冬天房間燒炭取暖，我和我媽都頭暈頭痛"),
    ("E", "the boiler's acting up, my son collapsed and my husband is very drowsy and confused"),
    ("E", "家里烧炭取暖，老人晕倒了叫不醒"),
    ("U", "我和老公都头痛，家里开着暖炉"),
    ("L", "the boiler is broken so the house is cold and we both have runny noses"),
    ("L", "我和老公都感冒了，流鼻涕，家里开着暖炉"),
    ("L", "我们一家人在家里都好好的，想问热水器要不要装一氧化碳报警器"),
    ("L", "my hay fever is worse at home, we all sneeze and have a headache"),
]

# NHS.uk food poisoning: the same meal, several ill, mostly self care
SAME_MEAL: list[tuple[str, str] | object] = [
    ("L", "we all got a bit of diarrhoea after the barbecue yesterday, all drinking fine"),
    ("L", "me and my flatmate both vomited after the takeaway last night, feeling better now"),
    ("L", "一家人昨晚吃了外卖都拉肚子，今天好点了，能喝水"),
    ("L", "我哋食完海鮮幾個人都肚痾，而家好返啲"),
    pytest.param(
        "U",
        "we all had food poisoning after the party but mine has blood in it now",
        marks=pytest.mark.xfail(
            strict=True,
            reason="blood said only as 'in it' after food poisoning: no diarrhoea word to bind",
        ),
    ),
    ("U", "全家食物中毒，我已经一整天喝什么吐什么，没小便"),
]

# NHS.uk meningitis: a close contact of a case, now with a fever
MENINGITIS_CONTACT: list[tuple[str, str]] = [
    ("E", "a boy in my son's class has meningitis and now my son has a high fever and a rash"),
    ("E", "室友确诊脑膜炎，我现在发高烧脖子硬"),
    ("U", "my daughter's roommate was taken to hospital with meningitis and she now has a fever"),
    ("U", "同宿舍的同學得咗腦膜炎，我而家發燒頭痛"),
    ("L", "my friend had meningitis years ago, I have a mild cold"),
    ("L", "我怕是脑膜炎，有点低烧"),
]

# Whose symptom: the person the message is mainly about
WHOSE: list[tuple[str, str]] = [
    ("E", "me and my husband both have the flu but his lips are going blue"),
    ("E", "we both have a cold but my wife's struggling to breathe and can't finish a sentence"),
    ("E", "我和我老公都感冒了，但他现在嘴唇发紫"),
    ("E", "我同阿媽都有感冒，但係佢而家透唔到氣"),
    ("L", "the kids had a tummy bug last week and now I have it, mild"),
    ("L", "my husband had a heart attack last year, I've just got a mild cold"),
    ("L", "孩子们上周拉肚子，现在轮到我了，比较轻"),
    ("L", "我老婆去年中风过，我现在只是有点咳嗽"),
    ("L", "我阿爸上個月心臟病發，我自己只係有啲喉嚨痛"),
]

ALL: list[tuple[str, str] | object] = [
    *MALARIA,
    *TRAVEL_SEPSIS,
    *CLOT_AFTER_TRAVEL,
    *ALTITUDE,
    *TRAVEL_DIARRHOEA,
    *RABIES,
    *BACKDROP,
    *CARBON_MONOXIDE,
    *SAME_MEAL,
    *MENINGITIS_CONTACT,
    *WHOSE,
]


@pytest.mark.parametrize(("expected", "text"), ALL)
def test_travel_and_household_levels(rules: RuleSet, expected: str, text: str) -> None:
    assert_reaches(rules, expected, text)
