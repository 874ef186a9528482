"""Write ``pii_corpus_t.jsonl``: a blind PII corpus about work, travel and movement.

Rows are utterances, chat requests, transcripts, tool payloads and attribute values from
recruiting and HR calls, IT service desks, dispatch of drivers and couriers, airline, rail,
hotel and car-rental bookings, parcel delivery and multi-party calls, in 33 languages, with
hard negatives of the same shapes. All data is invented (Faker, libphonenumber examples,
python-stdnum-valid ids, test cards, random tokens).

Run: ``python tests/data/make_pii_corpus_t.py [OUT]`` (default: next to this script).
"""
# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime
import ipaddress
import json
import random
import re
import string
import sys
import urllib.parse
import warnings
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import bg, dk, ee, es, fi, hr, iban, ie, in_, lt, luhn, my, no, pk, ro, sk, ua
from stdnum.bg import egn  # noqa: F401
from stdnum.dk import cpr  # noqa: F401
from stdnum.ee import ik  # noqa: F401
from stdnum.es import dni  # noqa: F401
from stdnum.fi import hetu  # noqa: F401
from stdnum.hr import oib  # noqa: F401
from stdnum.ie import pps  # noqa: F401
from stdnum.in_ import aadhaar  # noqa: F401
from stdnum.lt import asmens  # noqa: F401
from stdnum.my import nric  # noqa: F401
from stdnum.no import fodselsnummer  # noqa: F401
from stdnum.pk import cnic  # noqa: F401
from stdnum.ro import cnp  # noqa: F401
from stdnum.sk import rc  # noqa: F401
from stdnum.ua import rntrc  # noqa: F401

#: Releases the committed file was written with; others may draw different values.
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}

# (lang, faker locale or None, hand names, phone region, date format, name, dob, phone, [sensitive x2], [clean x4])
LANGS = [
    (
        "en_IN",
        "en_IN",
        None,
        "IN",
        "%d/%m/%Y",
        "Hello, I am {n} calling from Pune regarding my interview slot tomorrow.",
        "My date of birth is {d}, same as on my passport.",
        "You can reach me on {p}, that is my mobile.",
        [
            "I was on medical leave for my chemotherapy last month, so the payroll deduction is wrong.",
            "My father passed away on Sunday and I need bereavement leave for the cremation.",
        ],
        [
            "Is flight AI 302 to Delhi still leaving from Terminal 3?",
            "I want to change my seat to an aisle in row 14.",
            "What time does the night shift start at the Bhiwandi hub?",
            "Can you tell me the baggage allowance for economy?",
        ],
    ),
    (
        "en_AU",
        "en_AU",
        None,
        "AU",
        "%d/%m/%Y",
        "G'day, it's {n}, I'm the courier doing the Parramatta run today.",
        "Date of birth is {d}, mate.",
        "Best number for me is {p}.",
        [
            "I've got a court date next week over the drink-driving charge, so I can't do Thursday's shift.",
            "I'm on a payment plan with the tax office and honestly I'm drowning in debt.",
        ],
        [
            "What's the excess on the hire car if I bring it back a day late?",
            "Is the 7:40 to Melbourne boarding at gate 12 or 14?",
            "Can I swap my Saturday roster with the arvo slot?",
            "Does the van need to be back at the depot by six?",
        ],
    ),
    (
        "en_IE",
        "en_IE",
        None,
        "IE",
        "%d/%m/%Y",
        "Hiya, {n} here, I was told to ring about the lost bag from Dublin.",
        "I was born on the {d}.",
        "Ring me back on {p} so.",
        [
            "I've been signed off with depression for the month, the GP gave me a cert.",
            "We're after a miscarriage last week and I can't face the Galway trip.",
        ],
        [
            "Is there a later ferry to Holyhead on Friday?",
            "Could you check whether the bag was put on the Cork connection?",
            "What's the cut-off for the payroll queries this month?",
            "The laptop won't connect to the VPN since the update.",
        ],
    ),
    (
        "en_SG",
        None,
        [("Tan", "Wei Ling"), ("Lim", "Jun Hao"), ("Goh", "Hui Min"), ("Rajendran", "Priya")],
        "SG",
        "%d-%m-%Y",
        "Hi ah, my name is {n}, I call about the Grab driver partner account.",
        "Birthday is {d} one.",
        "Can call me at {p} lah.",
        [
            "I just got retrenched and cannot pay the car rental instalment already.",
            "My wife just had a stroke, I need to take urgent leave from tomorrow.",
        ],
        [
            "The flight to Changi Terminal 2 is delayed or not?",
            "Can change my shift to the afternoon one?",
            "Where is the lost and found counter at the arrival hall?",
            "How much is the surcharge for the midnight ride?",
        ],
    ),
    (
        "sw",
        "sw",
        None,
        "KE",
        "%d/%m/%Y",
        "Habari, jina langu ni {n}, ninapiga kuhusu nafasi ya udereva.",
        "Tarehe yangu ya kuzaliwa ni {d}.",
        "Nambari yangu ya simu ni {p}.",
        [
            "Nina ugonjwa wa kisukari na ninahitaji chakula maalum kwenye ndege.",
            "Mama yangu amefariki jana, naomba likizo ya msiba.",
        ],
        [
            "Ndege ya kwenda Mombasa inaondoka saa ngapi?",
            "Mzigo wangu haujafika Nairobi.",
            "Zamu yangu ya kesho inaanza saa mbili asubuhi?",
            "Nataka kubadilisha kiti changu kiwe karibu na dirisha.",
        ],
    ),
    (
        "uk",
        "uk_UA",
        None,
        "UA",
        "%d.%m.%Y",
        "Добрий день, мене звати {n}, я щодо співбесіди на посаду логіста.",
        "Моя дата народження {d}.",
        "Мій номер телефону {p}.",
        [
            "У мене ВІЛ, і мені потрібно взяти ліки в ручну поклажу.",
            "Я маю борги за кредитом і мені нічим платити за оренду.",
        ],
        [
            "Коли відправляється потяг до Львова?",
            "Мій багаж не прибув рейсом з Варшави.",
            "Чи можна поміняти зміну на п'ятницю?",
            "Де знаходиться стійка реєстрації на рейс?",
        ],
    ),
    (
        "ro",
        "ro_RO",
        None,
        "RO",
        "%d.%m.%Y",
        "Bună ziua, sunt {n} și sun pentru postul de șofer de livrări.",
        "Data nașterii mele este {d}.",
        "Numărul meu de telefon este {p}.",
        [
            "Sunt însărcinată în luna a șaptea, pot să zbor cu această companie?",
            "Am fost condamnat anul trecut și mă întreb dacă pot primi viză.",
        ],
        [
            "La ce oră pleacă trenul spre Cluj?",
            "Vreau un loc la culoar, vă rog.",
            "Coletul meu nu a ajuns încă la depozit.",
            "Tura de noapte începe la ora zece?",
        ],
    ),
    (
        "ms",
        None,
        [
            ("Nurul", "Aisyah binti Ahmad"),
            ("Muhammad", "Hafiz bin Ismail"),
            ("Siti", "Aminah binti Yusof"),
            ("Ahmad", "Faizal bin Osman"),
        ],
        "MY",
        "%d/%m/%Y",
        "Selamat pagi, nama saya {n}, saya telefon pasal temu duga minggu depan.",
        "Tarikh lahir saya {d}.",
        "Nombor telefon saya {p}.",
        [
            "Saya sedang menjalani dialisis tiga kali seminggu, boleh tukar syif?",
            "Suami saya baru meninggal dunia, saya perlu cuti ehsan.",
        ],
        [
            "Penerbangan ke Kota Kinabalu ditangguhkan ke?",
            "Saya mahu tempah kereta sewa di KLIA.",
            "Bungkusan saya belum sampai lagi.",
            "Pukul berapa syif pagi bermula?",
        ],
    ),
    (
        "ur",
        None,
        [("محمد", "عمران خان"), ("عائشہ", "بی بی"), ("علی", "رضا"), ("فاطمہ", "نقوی")],
        "PK",
        "%d-%m-%Y",
        "السلام علیکم، میرا نام {n} ہے، میں ڈرائیور کی نوکری کے بارے میں بات کر رہا ہوں۔",
        "میری تاریخ پیدائش {d} ہے۔",
        "میرا فون نمبر {p} ہے۔",
        [
            "مجھے شوگر کی بیماری ہے، فلائٹ میں ذیابیطس کا کھانا چاہیے۔",
            "میرے والد کا انتقال ہو گیا ہے، مجھے چھٹی چاہیے۔",
        ],
        [
            "لاہور کی فلائٹ کب روانہ ہوگی؟",
            "میرا سامان کراچی نہیں پہنچا۔",
            "کل کی شفٹ کتنے بجے شروع ہوگی؟",
            "کیا میں کھڑکی والی سیٹ لے سکتا ہوں؟",
        ],
    ),
    (
        "pa",
        None,
        [("ਹਰਪ੍ਰੀਤ", "ਕੌਰ"), ("ਗੁਰਵਿੰਦਰ", "ਸਿੰਘ"), ("ਮਨਜੀਤ", "ਗਿੱਲ"), ("ਜਸਪਾਲ", "ਸੰਧੂ")],
        "IN",
        "%d/%m/%Y",
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਮੇਰਾ ਨਾਮ {n} ਹੈ, ਮੈਂ ਟਰੱਕ ਡਰਾਈਵਰ ਦੀ ਨੌਕਰੀ ਬਾਰੇ ਫ਼ੋਨ ਕੀਤਾ ਹੈ।",
        "ਮੇਰੀ ਜਨਮ ਤਰੀਕ {d} ਹੈ।",
        "ਮੇਰਾ ਫ਼ੋਨ ਨੰਬਰ {p} ਹੈ।",
        [
            "ਮੈਂ ਅੰਮ੍ਰਿਤਧਾਰੀ ਸਿੱਖ ਹਾਂ, ਕੀ ਮੈਂ ਕਿਰਪਾਨ ਨਾਲ ਸਫ਼ਰ ਕਰ ਸਕਦਾ ਹਾਂ?",
            "ਮੇਰੀ ਮਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ ਹੈ, ਮੈਨੂੰ ਛੁੱਟੀ ਚਾਹੀਦੀ ਹੈ।",
        ],
        [
            "ਅੰਮ੍ਰਿਤਸਰ ਦੀ ਫਲਾਈਟ ਕਿੰਨੇ ਵਜੇ ਹੈ?",
            "ਮੇਰਾ ਸਮਾਨ ਗੁੰਮ ਹੋ ਗਿਆ ਹੈ।",
            "ਕੱਲ੍ਹ ਦੀ ਸ਼ਿਫਟ ਕਦੋਂ ਸ਼ੁਰੂ ਹੋਵੇਗੀ?",
            "ਕੀ ਮੈਂ ਖਿੜਕੀ ਵਾਲੀ ਸੀਟ ਲੈ ਸਕਦਾ ਹਾਂ?",
        ],
    ),
    (
        "mr",
        "mr_IN",
        None,
        "IN",
        "%d/%m/%Y",
        "नमस्कार, मी {n} बोलतोय, मुलाखतीबद्दल फोन केला होता.",
        "माझी जन्मतारीख {d} आहे.",
        "माझा मोबाईल नंबर {p} आहे.",
        ["मला कर्करोग झाला आहे, म्हणून मला रजा हवी आहे.", "माझ्या वडिलांचे निधन झाले, मला सुट्टी हवी आहे."],
        [
            "पुण्याची ट्रेन किती वाजता सुटते?",
            "माझे पार्सल अजून आले नाही.",
            "उद्याची शिफ्ट किती वाजता आहे?",
            "मला खिडकीजवळची सीट हवी आहे.",
        ],
    ),
    (
        "ne",
        "ne_NP",
        None,
        "NP",
        "%Y-%m-%d",
        "नमस्ते, मेरो नाम {n} हो, म भिसाको बारेमा फोन गर्दैछु।",
        "मेरो जन्म मिति {d} हो।",
        "मेरो फोन नम्बर {p} हो।",
        ["मलाई मिर्गीको रोग छ, उडानमा सहयोग चाहिन्छ।", "मेरो श्रीमानको मृत्यु भयो, म बिदा चाहन्छु।"],
        [
            "पोखराको उडान कति बजे छ?",
            "मेरो झोला काठमाडौंमा आइपुगेन।",
            "भोलिको सिफ्ट कति बजे सुरु हुन्छ?",
            "मलाई झ्यालको छेउको सिट चाहियो।",
        ],
    ),
    (
        "si",
        "si_LK",
        None,
        "LK",
        "%Y.%m.%d",
        "ආයුබෝවන්, මගේ නම {n}, මම රැකියා සම්මුඛ පරීක්ෂණය ගැන කතා කරන්නේ.",
        "මගේ උපන් දිනය {d}.",
        "මගේ දුරකථන අංකය {p}.",
        ["මට හෘද රෝගයක් තියෙනවා, ගුවන් ගමනට වෛද්‍ය සහතිකයක් ඕනද?", "මගේ අම්මා නැති වුණා, මට නිවාඩු ඕන."],
        [
            "කොළඹ දුම්රිය කීයටද පිටත් වෙන්නේ?",
            "මගේ බෑගය ආවේ නැහැ.",
            "හෙට වැඩ මුරය කීයටද?",
            "මට ජනේලය ළඟ ආසනයක් ඕන.",
        ],
    ),
    (
        "my",
        None,
        [("မောင်", "ဇော်မင်း"), ("ဒေါ်", "ခင်မာလာ"), ("ကို", "အောင်ကျော်"), ("မ", "သီတာဝင်း")],
        "MM",
        "%d-%m-%Y",
        "မင်္ဂလာပါ၊ ကျွန်တော့်နာမည် {n} ပါ၊ ဒရိုင်ဘာအလုပ်အကြောင်း ဖုန်းဆက်တာပါ။",
        "ကျွန်တော့်မွေးနေ့က {d} ပါ။",
        "ကျွန်တော့်ဖုန်းနံပါတ် {p} ပါ။",
        ["ကျွန်မ ကိုယ်ဝန်ရှိနေလို့ လေယာဉ်စီးလို့ရလား။", "အဖေဆုံးသွားလို့ ခွင့်ယူချင်ပါတယ်။"],
        [
            "ရန်ကုန်သွားတဲ့ လေယာဉ် ဘယ်အချိန်ထွက်မလဲ။",
            "ကျွန်တော့်အိတ် မရောက်သေးပါဘူး။",
            "မနက်ဖြန် အလုပ်ဆိုင်း ဘယ်အချိန်စမလဲ။",
            "ပြတင်းပေါက်ဘေး ထိုင်ခုံ လိုချင်ပါတယ်။",
        ],
    ),
    (
        "ka",
        "ka_GE",
        None,
        "GE",
        "%d.%m.%Y",
        "გამარჯობა, მე ვარ {n}, გასაუბრების თაობაზე ვრეკავ.",
        "ჩემი დაბადების თარიღია {d}.",
        "ჩემი ტელეფონის ნომერია {p}.",
        [
            "დიაბეტი მაქვს და ფრენისას სპეციალური კვება მჭირდება.",
            "მამაჩემი გარდაიცვალა, შვებულება მჭირდება.",
        ],
        [
            "ბათუმის მატარებელი რომელ საათზე გადის?",
            "ჩემი ბარგი არ ჩამოვიდა.",
            "ხვალინდელი ცვლა რომელ საათზე იწყება?",
            "ფანჯარასთან ადგილი მინდა.",
        ],
    ),
    (
        "hy",
        "hy_AM",
        None,
        "AM",
        "%d.%m.%Y",
        "Բարև ձեզ, ես {n}ն եմ, զանգում եմ հարցազրույցի մասին։",
        "Իմ ծննդյան ամսաթիվը {d} է։",
        "Իմ հեռախոսահամարն է {p}։",
        [
            "Ես քաղցկեղ ունեմ և բուժման համար արձակուրդ եմ ուզում։",
            "Հայրս մահացել է, ինձ արձակուրդ է պետք։",
        ],
        [
            "Երբ է մեկնում Մոսկվայի չվերթը։",
            "Իմ ճամպրուկը չի հասել։",
            "Վաղվա հերթափոխը քանիսին է սկսվում։",
            "Պատուհանի մոտ տեղ եմ ուզում։",
        ],
    ),
    (
        "kk",
        None,
        [
            ("Айгүл", "Сәрсенова"),
            ("Ержан", "Қасымов"),
            ("Дана", "Нұрланқызы"),
            ("Асқар", "Темірбеков"),
        ],
        "KZ",
        "%d.%m.%Y",
        "Сәлеметсіз бе, менің атым {n}, мен жүргізуші жұмысы туралы хабарласып тұрмын.",
        "Менің туған күнім {d}.",
        "Менің телефон нөмірім {p}.",
        [
            "Менде қант диабеті бар, ұшақта арнайы тамақ керек.",
            "Әкем қайтыс болды, маған демалыс керек.",
        ],
        [
            "Алматыға пойыз қашан жүреді?",
            "Менің жүгім келмеді.",
            "Ертеңгі ауысым сағат нешеде басталады?",
            "Терезе жанындағы орын керек.",
        ],
    ),
    (
        "uz",
        "uz_UZ",
        None,
        "UZ",
        "%d.%m.%Y",
        "Assalomu alaykum, mening ismim {n}, haydovchilik ishi bo'yicha qo'ng'iroq qildim.",
        "Tug'ilgan sanam {d}.",
        "Telefon raqamim {p}.",
        [
            "Menda yurak kasalligi bor, parvozga ruxsat kerakmi?",
            "Otam vafot etdi, menga ta'til kerak.",
        ],
        [
            "Samarqandga poyezd soat nechada jo'naydi?",
            "Mening yukim kelmadi.",
            "Ertangi smena soat nechada boshlanadi?",
            "Deraza yonidagi joy kerak.",
        ],
    ),
    (
        "fi",
        "fi_FI",
        None,
        "FI",
        "%d.%m.%Y",
        "Hei, tässä {n}, soitan työhaastattelusta.",
        "Syntymäaikani on {d}.",
        "Puhelinnumeroni on {p}.",
        [
            "Olen ollut sairauslomalla masennuksen takia, enkä pysty tulemaan vuoroon.",
            "Minulla on ulosotossa velkoja, voiko palkasta ottaa vähemmän?",
        ],
        [
            "Mihin aikaan juna lähtee Tampereelle?",
            "Laukkuni ei tullut Helsinki-Vantaalle.",
            "Alkaako huomisen vuoro kuudelta?",
            "Haluaisin ikkunapaikan.",
        ],
    ),
    (
        "da",
        "da_DK",
        None,
        "DK",
        "%d-%m-%Y",
        "Hej, det er {n}, jeg ringer angående jobsamtalen.",
        "Min fødselsdato er {d}.",
        "Mit telefonnummer er {p}.",
        [
            "Jeg er sygemeldt med stress og kan ikke tage vagten i weekenden.",
            "Min mor døde i går, og jeg skal have orlov.",
        ],
        [
            "Hvornår går toget til Aarhus?",
            "Min kuffert kom ikke med fra Kastrup.",
            "Starter aftenvagten klokken 15?",
            "Jeg vil gerne have en vinduesplads.",
        ],
    ),
    (
        "no",
        "no_NO",
        None,
        "NO",
        "%d.%m.%Y",
        "Hei, dette er {n}, jeg ringer om sjåførjobben.",
        "Fødselsdatoen min er {d}.",
        "Telefonnummeret mitt er {p}.",
        [
            "Jeg er gravid og lurer på om jeg kan fly i uke 34.",
            "Jeg har fått en dom for promillekjøring og mister lappen.",
        ],
        [
            "Når går flyet til Tromsø?",
            "Bagasjen min kom ikke fram til Gardermoen.",
            "Kan jeg bytte vakt på lørdag?",
            "Jeg vil gjerne ha vindusplass.",
        ],
    ),
    (
        "et",
        "et_EE",
        None,
        "EE",
        "%d.%m.%Y",
        "Tere, siin {n}, helistan tööintervjuu kohta.",
        "Minu sünnikuupäev on {d}.",
        "Minu telefoninumber on {p}.",
        ["Mul on vähk ja vajan ravi ajaks töölt vabaks.", "Mu isa suri eile, vajan puhkust."],
        [
            "Mis kell läheb rong Tartusse?",
            "Mu kohver ei jõudnud Tallinna.",
            "Kas homne vahetus algab kell kuus?",
            "Sooviksin aknakohta.",
        ],
    ),
    (
        "lt",
        "lt_LT",
        None,
        "LT",
        "%Y-%m-%d",
        "Laba diena, aš {n}, skambinu dėl darbo pokalbio.",
        "Mano gimimo data {d}.",
        "Mano telefono numeris {p}.",
        [
            "Sergu diabetu, lėktuve man reikia specialaus maisto.",
            "Mano mama mirė, man reikia atostogų.",
        ],
        [
            "Kada išvyksta traukinys į Vilnių?",
            "Mano lagaminas neatkeliavo.",
            "Ar rytojaus pamaina prasideda šeštą?",
            "Norėčiau vietos prie lango.",
        ],
    ),
    (
        "hr",
        "hr_HR",
        None,
        "HR",
        "%d.%m.%Y.",
        "Dobar dan, ja sam {n}, zovem u vezi razgovora za posao.",
        "Moj datum rođenja je {d}",
        "Moj broj mobitela je {p}.",
        [
            "Na bolovanju sam zbog operacije srca.",
            "Sin mi je uhićen prošli tjedan i moram ići na sud.",
        ],
        [
            "Kada polazi trajekt za Split?",
            "Moja prtljaga nije stigla u Zagreb.",
            "Počinje li sutrašnja smjena u šest?",
            "Želio bih sjedalo do prozora.",
        ],
    ),
    (
        "sr",
        None,
        [
            ("Марко", "Петровић"),
            ("Јелена", "Јовановић"),
            ("Небојша", "Николић"),
            ("Милица", "Ђорђевић"),
        ],
        "RS",
        "%d.%m.%Y.",
        "Добар дан, ја сам {n}, зовем у вези посла возача.",
        "Мој датум рођења је {d}",
        "Мој број телефона је {p}.",
        [
            "Имам епилепсију и треба ми помоћ на аеродрому.",
            "Отац ми је преминуо, треба ми одсуство.",
        ],
        [
            "Када полази воз за Нови Сад?",
            "Мој пртљаг није стигао у Београд.",
            "Да ли сутрашња смена почиње у шест?",
            "Желим седиште до прозора.",
        ],
    ),
    (
        "bg",
        "bg_BG",
        None,
        "BG",
        "%d.%m.%Y",
        "Здравейте, казвам се {n}, обаждам се за интервюто.",
        "Датата ми на раждане е {d} г.",
        "Телефонът ми е {p}.",
        [
            "Имам множествена склероза и ми трябва инвалидна количка на летището.",
            "Имам просрочени кредити и съдебен изпълнител ми запорира заплатата.",
        ],
        [
            "Кога тръгва влакът за Варна?",
            "Багажът ми не пристигна в София.",
            "Утрешната смяна от колко започва?",
            "Искам място до прозореца.",
        ],
    ),
    (
        "sk",
        "sk_SK",
        None,
        "SK",
        "%d. %m. %Y",
        "Dobrý deň, volám sa {n}, volám kvôli pohovoru.",
        "Dátum narodenia mám {d}.",
        "Moje telefónne číslo je {p}.",
        ["Som na PN kvôli rakovine prsníka.", "Zomrel mi manžel, potrebujem voľno."],
        [
            "Kedy odchádza vlak do Košíc?",
            "Môj kufor neprišiel do Bratislavy.",
            "Začína zajtrajšia zmena o šiestej?",
            "Chcel by som miesto pri okne.",
        ],
    ),
    (
        "ca",
        None,
        [
            ("Jordi", "Puig i Ferrer"),
            ("Montserrat", "Vila Soler"),
            ("Oriol", "Casals Roca"),
            ("Núria", "Pujol Font"),
        ],
        "ES",
        "%d/%m/%Y",
        "Bon dia, sóc en {n}, truco per l'entrevista de feina.",
        "La meva data de naixement és el {d}.",
        "El meu telèfon és el {p}.",
        [
            "Tinc càncer i necessito una baixa llarga.",
            "Sóc musulmà i necessito un menjar halal al vol.",
        ],
        [
            "A quina hora surt el tren cap a Girona?",
            "La meva maleta no ha arribat al Prat.",
            "El torn de demà comença a les sis?",
            "Voldria un seient de finestra.",
        ],
    ),
    (
        "eu",
        None,
        [
            ("Iñaki", "Etxeberria"),
            ("Ane", "Goikoetxea"),
            ("Xabier", "Urrutia"),
            ("Maite", "Agirre"),
        ],
        "ES",
        "%Y/%m/%d",
        "Kaixo, {n} naiz, lan elkarrizketagatik deitzen dut.",
        "Nire jaiotze data {d} da.",
        "Nire telefono zenbakia {p} da.",
        [
            "Diabetesa daukat eta hegaldian janari berezia behar dut.",
            "Aita hil zait eta baimena behar dut.",
        ],
        [
            "Zer ordutan irteten da trena Donostiara?",
            "Nire maleta ez da iritsi.",
            "Biharko txanda seietan hasten da?",
            "Leiho ondoko eserlekua nahi nuke.",
        ],
    ),
    (
        "ga",
        "ga_IE",
        None,
        "IE",
        "%d/%m/%Y",
        "Dia duit, is mise {n}, táim ag glaoch faoin agallamh.",
        "Is é mo dháta breithe ná {d}.",
        "Is é m'uimhir fóin ná {p}.",
        [
            "Tá ailse orm agus beidh saoire bhreoiteachta uaim.",
            "Fuair m'athair bás inné, tá saoire uaim.",
        ],
        [
            "Cén t-am a fhágann an traein go Gaillimh?",
            "Níor tháinig mo mhála.",
            "An dtosaíonn an seal amárach ag a sé?",
            "Ba mhaith liom suíochán in aice na fuinneoige.",
        ],
    ),
    (
        "cy",
        None,
        [
            ("Rhys", "ap Gwilym"),
            ("Ffion", "Llywelyn"),
            ("Gareth", "Pritchard"),
            ("Cerys", "Morgan"),
        ],
        "GB",
        "%d/%m/%Y",
        "Shwmae, {n} sy 'ma, dw i'n ffonio am y cyfweliad.",
        "Fy nyddiad geni yw {d}.",
        "Fy rhif ffôn yw {p}.",
        [
            "Mae gen i ganser ac mae angen absenoldeb salwch arna i.",
            "Bu farw fy nhad ddoe, mae angen gwyliau arna i.",
        ],
        [
            "Pryd mae'r trên i Gaerdydd yn gadael?",
            "Ni chyrhaeddodd fy mag.",
            "Ydy'r shifft yfory'n dechrau am chwech?",
            "Hoffwn sedd wrth y ffenest.",
        ],
    ),
    (
        "mt",
        None,
        [("Joseph", "Borg"), ("Maria", "Camilleri"), ("Ġorġ", "Vella"), ("Rita", "Farrugia")],
        "MT",
        "%d/%m/%Y",
        "Bonġu, jien {n}, qed inċempel dwar l-intervista.",
        "Id-data tat-twelid tiegħi hija {d}.",
        "In-numru tat-telefon tiegħi huwa {p}.",
        [
            "Għandi d-dijabete u għandi bżonn ikel speċjali fuq it-titjira.",
            "Miet missieri, għandi bżonn il-leave.",
        ],
        [
            "Fuq liema ħin titlaq il-vapur għal Għawdex?",
            "Il-bagalja tiegħi ma waslitx.",
            "Ix-shift ta' għada jibda fis-sitta?",
            "Nixtieq post ħdejn it-tieqa.",
        ],
    ),
    (
        "lo",
        None,
        [("ສົມພອນ", "ວົງສະຫວັນ"), ("ບຸນມີ", "ພົມມະຈັນ"), ("ນາງ ແສງດາວ", "ສີສຸວັນ"), ("ທ້າວ ຄຳພອນ", "ອິນທະວົງ")],
        "LA",
        "%d/%m/%Y",
        "ສະບາຍດີ, ຂ້ອຍຊື່ {n}, ໂທມາກ່ຽວກັບວຽກຄົນຂັບລົດ.",
        "ວັນເດືອນປີເກີດຂອງຂ້ອຍແມ່ນ {d}.",
        "ເບີໂທຂອງຂ້ອຍແມ່ນ {p}.",
        ["ຂ້ອຍເປັນພະຍາດເບົາຫວານ, ຕ້ອງການອາຫານພິເສດເທິງຍົນ.", "ພໍ່ຂອງຂ້ອຍເສຍຊີວິດແລ້ວ, ຂ້ອຍຕ້ອງການລາພັກ."],
        [
            "ຍົນໄປຫຼວງພະບາງອອກຈັກໂມງ?",
            "ກະເປົ໋າຂອງຂ້ອຍບໍ່ມາຮອດ.",
            "ກະວຽກມື້ອື່ນເລີ່ມຈັກໂມງ?",
            "ຂ້ອຍຢາກໄດ້ບ່ອນນັ່ງຕິດປ່ອງຢ້ຽມ.",
        ],
    ),
]

SEED = 20261207
R = random.Random(SEED)
ROWS: list[dict[str, Any]] = []
_FAKERS: dict[str, Faker] = {}


def add(
    cls: str, key: str, value: Any, kinds: tuple[str, ...] = (), site: str = "attribute"
) -> None:
    """Append one row; the class's first two parts must agree with kinds and content."""
    prefix, part = cls.split(".")[:2]
    assert prefix == ("pos" if kinds else "neg"), cls
    ROWS.append(
        {
            "id": len(ROWS),
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds)),
            "content": part != "value",
        }
    )


def fk(locale: str) -> Faker:
    """One seeded Faker per locale, made in a fixed order of first use."""
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[locale] = f
    return _FAKERS[locale]


def person(lang: tuple[Any, ...]) -> str:
    """A name for a language row: Faker's where it has the locale, else drawn from a short list."""
    if lang[1]:
        f = fk(lang[1])
        return f"{f.first_name()} {f.last_name()}"
    given, family = R.choice(lang[2])
    return f"{given} {family}"


def phone(region: str, fmt: int = phonenumbers.PhoneNumberFormat.INTERNATIONAL) -> str:
    """A libphonenumber mobile example for the region with its last two digits varied, still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = str(ex.national_number)
    while True:
        cand = phonenumbers.parse(f"+{ex.country_code}{base[:-2]}{R.randint(0, 99):02d}")
        if phonenumbers.is_valid_number(cand):
            return phonenumbers.format_number(cand, fmt)


def dob(fmt: str = "%d/%m/%Y") -> str:
    """A birth date between 1950 and 2004."""
    d = datetime.date(1950, 1, 1) + datetime.timedelta(days=R.randint(0, 20000))
    return d.strftime(fmt)


def digits(n: int) -> str:
    """n random decimal digits."""
    return "".join(R.choice("0123456789") for _ in range(n))


def found(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    """Draw candidates until the scheme's own validator (check digits) accepts one."""
    while True:
        c = make()
        if valid(c):
            return c


def _date6(order: str = "dmy") -> str:
    """Six date digits of a birth date, in the order a scheme wants."""
    d = datetime.date(1955, 1, 1) + datetime.timedelta(days=R.randint(0, 17000))
    parts = {"d": f"{d.day:02d}", "m": f"{d.month:02d}", "y": f"{d.year % 100:02d}"}
    return "".join(parts[c] for c in order)


NATIONAL_IDS: list[tuple[str, Callable[[], str]]] = [
    (
        "fi HETU",
        lambda: found(
            lambda: _date6() + "-" + digits(3) + R.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"),
            fi.hetu.is_valid,
        ),
    ),
    ("dk CPR", lambda: found(lambda: _date6() + "-" + digits(4), dk.cpr.is_valid)),
    ("no fødselsnummer", lambda: found(lambda: _date6() + digits(5), no.fodselsnummer.is_valid)),
    (
        "ee isikukood",
        lambda: found(lambda: R.choice("3456") + _date6("ymd") + digits(4), ee.ik.is_valid),
    ),
    (
        "lt asmens kodas",
        lambda: found(lambda: R.choice("3456") + _date6("ymd") + digits(4), lt.asmens.is_valid),
    ),
    ("hr OIB", lambda: found(lambda: digits(11), hr.oib.is_valid)),
    ("bg EGN", lambda: found(lambda: _date6("ymd") + digits(4), bg.egn.is_valid)),
    ("sk rodné číslo", lambda: found(lambda: _date6("ymd") + "/" + digits(4), sk.rc.is_valid)),
    (
        "ro CNP",
        lambda: found(
            lambda: R.choice("12") + _date6("ymd") + f"{R.randint(1, 40):02d}" + digits(4),
            ro.cnp.is_valid,
        ),
    ),
    (
        "es DNI",
        lambda: found(lambda: digits(8) + R.choice("TRWAGMYFPDXBNJZSQVHLCKE"), es.dni.is_valid),
    ),
    ("my NRIC", lambda: found(lambda: _date6("ymd") + "-14-" + digits(4), my.nric.is_valid)),
    (
        "pk CNIC",
        lambda: found(
            lambda: R.choice("34") + digits(4) + "-" + digits(7) + "-" + digits(1), pk.cnic.is_valid
        ),
    ),
    ("ua RNOKPP", lambda: found(lambda: R.choice("23") + digits(9), ua.rntrc.is_valid)),
    (
        "in Aadhaar",
        lambda: found(
            lambda: R.choice("23456789") + digits(3) + " " + digits(4) + " " + digits(4),
            in_.aadhaar.is_valid,
        ),
    ),
    (
        "ie PPS",
        lambda: found(lambda: digits(7) + R.choice("ABCDEFGHIJKLMNOPQRSTUVW"), ie.pps.is_valid),
    ),
]

IBAN_SHAPES = {
    "FI": "n14",
    "DK": "n14",
    "NO": "n11",
    "EE": "n16",
    "LT": "n16",
    "HR": "n17",
    "RS": "n18",
    "BG": "a4n6n8",
    "SK": "n20",
    "RO": "a4n16",
    "MT": "a4n5n18",
    "GB": "a4n14",
    "IE": "a4n14",
    "ES": "n20",
    "UA": "n6n19",
}


def iban_value(cc: str) -> str:
    """A random BBAN of the country's shape with computed check digits that python-stdnum accepts."""
    shape = IBAN_SHAPES[cc]
    banks = {"GB": "NWBK", "IE": "AIBK", "BG": "BNBG", "RO": "BTRL", "MT": "MALT"}

    def make() -> str:
        out = ""
        for kind, n in re.findall(r"([an])(\d+)", shape):
            out += banks[cc] if kind == "a" else digits(int(n))
        chk = 98 - int("".join(str(int(c, 36)) for c in out + cc + "00")) % 97
        return f"{cc}{chk:02d}{out}"

    return found(make, iban.is_valid)


TEST_CARDS = [
    "4111111111111111",
    "5555555555554444",
    "4242424242424242",
    "378282246310005",
    "6011111111111117",
    "5105105105105100",
    "4000056655665556",
    "3530111333300000",
    "2223003122003222",
    "4917610000000000",
]


def card() -> str:
    """A published test card or a generated Luhn-valid Visa/Mastercard number."""
    if R.random() < 0.5:
        return R.choice(TEST_CARDS)
    return found(
        lambda: (p := R.choice(["4", "51", "52", "53"])) + digits(16 - len(p)), luhn.is_valid
    )


def grouped(num: str, sep: str = " ") -> str:
    """The number in groups of four."""
    return sep.join(num[i : i + 4] for i in range(0, len(num), 4))


def ssn() -> str:
    """A US SSN with a valid area, group and serial."""
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def ipv4() -> str:
    """A random global IPv4 address."""
    while True:
        a = ipaddress.IPv4Address(R.getrandbits(32))
        if a.is_global and not a.is_multicast:
            return str(a)


def ipv6() -> str:
    """A random global IPv6 address."""
    while True:
        a = ipaddress.IPv6Address((0x2A00 + R.randint(0, 0x1FF)) << 112 | R.getrandbits(112))
        if a.is_global:
            return str(a)


def tok(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """A random token of n characters."""
    return "".join(R.choice(alphabet) for _ in range(n))


def secret() -> tuple[str, str]:
    """A random token in one real provider's key format, with a header or key it travels under."""
    return R.choice(
        [
            ("http.request.header.authorization", f"Bearer ghp_{tok(36)}"),
            ("aws.access_key", f"AKIA{tok(16, string.ascii_uppercase + string.digits)}"),
            ("slack.token", f"xoxb-{digits(12)}-{digits(13)}-{tok(24)}"),
            ("http.request.header.x-api-key", f"sk-proj-{tok(48)}"),
            ("okta.api_token", f"00{tok(40)}"),
            ("twilio.api_key_secret", tok(32)),
            ("http.request.header.cookie", f"session={tok(40)}"),
        ]
    )


def bank_account() -> str:
    """An account number together with the routing, sort, BSB or IFSC code it needs."""
    kind = R.randrange(4)
    if kind == 0:
        return f"sort code {digits(2)}-{digits(2)}-{digits(2)}, account {digits(8)}"
    if kind == 1:
        return f"BSB {R.choice(['062', '033', '083', '012'])}-{digits(3)}, account {digits(9)}"
    if kind == 2:
        return f"IFSC {R.choice(['HDFC', 'SBIN', 'ICIC', 'UTIB'])}0{digits(6)}, A/c {digits(12)}"
    aba = found(
        lambda: digits(9),
        lambda c: (
            sum(int(x) * w for x, w in zip(c, [3, 7, 1] * 3, strict=True)) % 10 == 0
            and c[0] in "0123"
        ),
    )
    return f"routing {aba}, account {digits(10)}"


def email(name: str) -> str:
    """An invented address on a reserved domain, from the name's first word."""
    local = re.sub(r"[^a-z]", "", name.lower().split()[0])[:10] or "user"
    return f"{local}.{digits(2)}@{R.choice(['example.com', 'example.org', 'example.net', 'mail.example'])}"


def address(locale: str) -> str:
    """A Faker street address on one line."""
    return fk(locale).address().replace("\n", ", ")


TEXT_KEYS = [
    "transcript",
    "lk.user_transcript",
    "text",
    "input.value",
    "gen_ai.prompt.0.content",
    "lk.user_input",
    "llm.input_messages.0.message.content",
]


def wrap(text: str) -> tuple[str, Any, str]:
    """Put an utterance where a tracer would: a plain attribute, a chat request, an STT body or an event."""
    shape = R.randrange(6)
    if shape == 0:
        return (
            "gen_ai.input.messages",
            json.dumps([{"role": "user", "content": text}], ensure_ascii=False),
            "attribute",
        )
    if shape == 1:
        body = {
            "results": {
                "channels": [
                    {
                        "alternatives": [
                            {"transcript": text, "confidence": round(R.uniform(0.8, 0.99), 3)}
                        ]
                    }
                ]
            }
        }
        return "stt.response", json.dumps(body, ensure_ascii=False), "attribute"
    if shape == 2:
        return "transcript", text, "event"
    return R.choice(TEXT_KEYS), text, "attribute"


def build_languages() -> None:
    """Per language: a name, a birth date, a phone, two disclosures and four clean lines."""
    for lang in LANGS:
        code, _loc, _names, region, dfmt, t_name, t_dob, t_phone, sens, clean = lang
        key, val, site = wrap(t_name.format(n=person(lang)))
        add(f"pos.free_text.name.{code}", key, val, ("name",), site)
        key, val, site = wrap(t_dob.format(d=dob(dfmt)))
        add(f"pos.free_text.dob.{code}", key, val, ("dob",), site)
        fmt = (
            phonenumbers.PhoneNumberFormat.NATIONAL
            if R.random() < 0.5
            else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        )
        key, val, site = wrap(t_phone.format(p=phone(region, fmt)))
        add(f"pos.free_text.phone.{code}", key, val, ("phone",), site)
        for s in sens:
            key, val, site = wrap(s)
            add(f"pos.free_text.sensitive.{code}", key, val, ("sensitive",), site)
        for c in clean:
            key, val, site = wrap(c)
            add(f"neg.free_text.travel_work.{code}", key, val, (), site)


ADDR_LOCALES = [
    "en_AU",
    "en_IN",
    "en_IE",
    "en_GB",
    "fi_FI",
    "da_DK",
    "no_NO",
    "hr_HR",
    "sk_SK",
    "ro_RO",
    "uk_UA",
    "ka_GE",
    "hy_AM",
    "ne_NP",
    "mr_IN",
    "en_AU",
    "en_GB",
    "en_IN",
]
ADDR_TPL = [
    "Please leave the parcel at {a}, behind the green bin.",
    "The car broke down outside {a}, can you send someone?",
    "Pick me up from {a}, I'll be waiting by the gate.",
    "Deliver to {a}, not the old flat.",
    "For the payroll letter my new home address is {a}.",
    "The technician should come to {a} between nine and twelve.",
]


def build_address() -> None:
    """Delivery, pick-up, breakdown and home addresses."""
    for i, loc in enumerate(ADDR_LOCALES):
        a = address(loc)
        if i % 3 == 2:
            args = {"recipient_address": a, "safe_place": "porch", "service": "next_day"}
            add(
                "pos.tool_payload.address",
                R.choice(
                    ["gen_ai.tool.call.arguments", "lk.function_tool.arguments", "tool.arguments"]
                ),
                json.dumps(args, ensure_ascii=False),
                ("address",),
            )
        else:
            key, val, site = wrap(R.choice(ADDR_TPL).format(a=a))
            add("pos.free_text.address", key, val, ("address",), site)
    for loc in ["en_AU", "fi_FI", "en_IN"]:
        add(
            "pos.value.address",
            R.choice(["delivery.address", "employee.home_address", "pickup.address"]),
            address(loc),
            ("address",),
        )


def build_ids() -> None:
    """National identifiers said, sent to a check tool, under keys and in transfer notes."""
    for i, (_scheme, make) in enumerate(NATIONAL_IDS):
        v = make()
        if i % 3 == 0:
            add(
                "pos.value.national_id",
                R.choice(
                    ["employee.national_id", "passenger.document_number", "candidate.id_number"]
                ),
                v,
                ("national_id",),
            )
        elif i % 3 == 1:
            args = {"check": "right_to_work", "document": {"type": "national_id", "number": v}}
            add(
                "pos.tool_payload.national_id",
                R.choice(["gen_ai.tool.call.arguments", "tool.arguments"]),
                json.dumps(args),
                ("national_id",),
            )
        else:
            key, val, site = wrap(f"My personal ID number is {v}, it should be on the contract.")
            add("pos.free_text.national_id", key, val, ("national_id",), site)
    for _scheme, make in NATIONAL_IDS[:6]:
        v = make()
        n = fk("en_GB").name()
        key, val, site = wrap(
            f"Warm transfer: {n} calling about the payroll query, ID {v} already verified."
        )
        add("pos.free_text.national_id.transfer", key, val, ("name", "national_id"), site)


def build_us_hr() -> None:
    """SSNs in US HR and payroll calls."""
    tpl = [
        "For the background check my social is {s}.",
        "SSN {s}, I started on the night shift last month.",
        "It's {sd} without dashes, that's my social security number.",
        "The W-4 has my social as {s}.",
    ]
    for i in range(17):
        s = ssn()
        if i % 4 == 3:
            add(
                "pos.value.ssn",
                R.choice(["employee.ssn", "candidate.ssn", "payroll.tax_id"]),
                s,
                ("ssn",),
            )
        elif i % 4 == 2:
            args = {"form": "I-9", "employee_ssn": s, "status": "pending"}
            add("pos.tool_payload.ssn", "gen_ai.tool.call.arguments", json.dumps(args), ("ssn",))
        else:
            key, val, site = wrap(R.choice(tpl).format(s=s, sd=s.replace("-", "")))
            add("pos.free_text.ssn", key, val, ("ssn",), site)


def build_money() -> None:
    """IBANs, bank accounts and cards in payroll, refunds and bookings."""
    countries = list(IBAN_SHAPES)
    for i in range(17):
        v = iban_value(countries[i % len(countries)])
        shown = grouped(v) if i % 2 else v
        if i % 4 == 0:
            args = {"refund_to": shown, "reason": "cancelled_flight"}
            add("pos.tool_payload.iban", "lk.function_tool.arguments", json.dumps(args), ("iban",))
        elif i % 4 == 1:
            add("pos.value.iban", R.choice(["employee.iban", "payee.iban"]), shown, ("iban",))
        else:
            key, val, site = wrap(
                R.choice(
                    [
                        "Please pay my wages into {v} from next month.",
                        "Refund the deposit to IBAN {v}, thanks.",
                    ]
                ).format(v=shown)
            )
            add("pos.free_text.iban", key, val, ("iban",), site)
    for i in range(17):
        v = bank_account()
        if i % 3 == 0:
            args = {"direct_deposit": v, "effective": "next_cycle"}
            add(
                "pos.tool_payload.bank_account",
                "gen_ai.tool.call.arguments",
                json.dumps(args),
                ("bank_account",),
            )
        else:
            key, val, site = wrap(f"Change my salary account please: {v}.")
            add("pos.free_text.bank_account", key, val, ("bank_account",), site)
    for i in range(17):
        c = card()
        shown = [c, grouped(c), grouped(c, "-"), " ".join(c)][i % 4]
        if i % 4 == 0:
            args = {
                "booking_ref": tok(6, string.ascii_uppercase),
                "card_number": shown,
                "expiry": "12/29",
            }
            add(
                "pos.tool_payload.card",
                R.choice(["gen_ai.tool.call.arguments", "tool.arguments"]),
                json.dumps(args),
                ("card",),
            )
        else:
            key, val, site = wrap(
                R.choice(
                    [
                        "Put the hotel incidentals on {c}, expiry twelve twenty-nine.",
                        "Pay for the rental with card {c}.",
                        "The fare goes on my card {c}.",
                    ]
                ).format(c=shown)
            )
            add("pos.free_text.card", key, val, ("card",), site)


def build_contacts() -> None:
    """Emails, caller numbers, names and multi-party notes."""
    for i in range(17):
        n = fk(R.choice(["en_IN", "en_IE", "en_GB", "fi_FI", "da_DK", "no_NO"])).name()
        e = email(n)
        if i % 3 == 0:
            args = {"attendees": [e], "title": "Interview panel", "room": "Fjord 2"}
            add(
                "pos.tool_payload.email", "gen_ai.tool.call.arguments", json.dumps(args), ("email",)
            )
        elif i % 3 == 1:
            key, val, site = wrap(f"Send the e-ticket to {e} please.")
            add("pos.free_text.email", key, val, ("email",), site)
        else:
            key, val, site = wrap(
                f"Speaker 1: can I have your details?\nSpeaker 2: it's {n}, email {e}."
            )
            add("pos.free_text.diarised", key, val, ("email", "name"), site)
    for i in range(10):
        region = ["GB", "IN", "AU", "IE", "FI", "DK", "NO", "KE", "MY", "SG"][i]
        p = phone(region, phonenumbers.PhoneNumberFormat.E164)
        add(
            "pos.value.caller_number",
            R.choice(["twilio.from", "sip.from_number", "telnyx.from", "call.caller_id"]),
            p,
            ("phone",),
        )
    for i in range(10):
        n = fk(
            [
                "en_IN",
                "fi_FI",
                "uk_UA",
                "ro_RO",
                "hr_HR",
                "bg_BG",
                "en_AU",
                "ka_GE",
                "da_DK",
                "lt_LT",
            ][i]
        ).name()
        add(
            "pos.value.name",
            R.choice(
                ["candidate.full_name", "passenger.name", "driver.name", "employee.display_name"]
            ),
            n,
            ("name",),
        )
    notes = [
        "Action items: {a} to book the venue, {b} to send the rota by Friday.",
        "Attendees: {a}, {b}. Decision: {a} takes the Leeds depot audit.",
        "Supervisor {a} joined the call; caller {b} wants a refund for the missed flight.",
        "Interview notes: {a} has five years as a forklift driver; referee {b} confirmed dates.",
    ]
    for i in range(12):
        f = fk(R.choice(["en_GB", "en_IN", "en_IE", "en_AU"]))
        key, val, site = wrap(notes[i % 4].format(a=f.name(), b=f.name()))
        add("pos.free_text.meeting_names", key, val, ("name",), site)


def build_it() -> None:
    """Passwords, tokens and client addresses from service-desk and driver-app traffic."""
    for i in range(17):
        if i % 2 == 0:
            pw = (
                tok(4, string.ascii_uppercase)
                + tok(4, string.ascii_lowercase)
                + digits(2)
                + R.choice("!#$%&")
            )
            key, val, site = wrap(
                R.choice(
                    [
                        "Reset it to {p} please, I need to log in before my shift.",
                        "My old password was {p} and it keeps saying locked out.",
                    ]
                ).format(p=pw)
            )
            add("pos.free_text.secret", key, val, ("secret",), site)
        else:
            k, v = secret()
            add("pos.value.secret", k, v, ("secret",))
    for i in range(17):
        a = ipv4() if i % 3 else ipv6()
        if i % 4 == 0:
            key, val, site = wrap(f"The VPN says my public IP is {a}, is that blocked?")
            add("pos.free_text.ip", key, val, ("ip",), site)
        else:
            add(
                "pos.value.client_ip",
                R.choice(
                    [
                        "client.address",
                        "http.request.header.x-forwarded-for",
                        "vpn.client_ip",
                        "driver_app.remote_addr",
                    ]
                ),
                a,
                ("ip",),
            )


def build_sensitive_extra() -> None:
    """English disclosures and tool payloads holding them."""
    for s in [
        "Passenger requests a kosher meal and a wheelchair to the gate because of my MS.",
        "I'm HIV positive and need to carry my meds through customs.",
        "I've been on sick leave for alcohol rehab, I'm back Monday.",
        "My visa was refused because of my asylum case, can I still fly?",
        "I'm gay and worried about travelling there with my partner.",
        "My wife died last week, I need to cancel our holiday.",
        "I raised a grievance after my dismissal for the gambling debts.",
        "Need a halal meal, I'm fasting for Ramadan on that flight.",
    ]:
        key, val, site = wrap(s)
        add("pos.free_text.sensitive.en", key, val, ("sensitive",), site)
    args = {"meal": "diabetic", "assistance": "WCHR", "note": "passenger has epilepsy"}
    add(
        "pos.tool_payload.sensitive", "gen_ai.tool.call.arguments", json.dumps(args), ("sensitive",)
    )
    add(
        "pos.tool_payload.sensitive",
        "tool.result",
        json.dumps({"leave_type": "sick", "reason": "chemotherapy", "days": 10}),
        ("sensitive",),
    )


def build_encoded() -> None:
    """Encoded bodies, labelled with what they decode to."""
    n = fk("en_IN").name()
    body = json.dumps({"driver": n, "phone": phone("IN", phonenumbers.PhoneNumberFormat.E164)})
    add(
        "pos.tool_payload.encoded",
        "http.request.body",
        base64.b64encode(body.encode()).decode(),
        ("name", "phone"),
    )
    add(
        "pos.tool_payload.encoded",
        "webhook.body",
        urllib.parse.quote(f"email={email(n)}&shift=night"),
        ("email",),
    )
    add(
        "neg.tool_payload.encoded",
        "webhook.body",
        base64.b64encode(b'{"tracking":"JD014600006281","status":"out_for_delivery"}').decode(),
    )


UP = string.ascii_uppercase
AIRLINES = [
    "BA",
    "AI",
    "QF",
    "EI",
    "SQ",
    "KQ",
    "PS",
    "RO",
    "MH",
    "PK",
    "FZ",
    "AY",
    "SK",
    "DY",
    "LO",
    "OU",
    "FB",
    "VY",
    "KM",
    "QV",
]
IATA = [
    "DEL",
    "BOM",
    "SYD",
    "MEL",
    "DUB",
    "SIN",
    "NBO",
    "KBP",
    "OTP",
    "KUL",
    "LHE",
    "ATQ",
    "KTM",
    "CMB",
    "RGN",
    "TBS",
    "EVN",
    "ALA",
    "TAS",
    "HEL",
    "CPH",
    "OSL",
    "TLL",
    "VNO",
    "ZAG",
    "BEG",
    "SOF",
    "BTS",
    "BCN",
    "BIO",
    "CWL",
    "MLA",
    "VTE",
]


def build_hard_negatives() -> None:
    """Values shaped like personal data that belong to the business or to no one."""
    for _ in range(14):
        add(
            "neg.value.booking_ref",
            R.choice(["booking.reference", "pnr", "reservation.code"]),
            tok(6, UP + "23456789"),
        )
    for _ in range(12):
        add(
            "neg.value.flight",
            R.choice(["flight.number", "segment.flight"]),
            f"{R.choice(AIRLINES)} {R.randint(1, 2999)}",
        )
    for _ in range(6):
        add("neg.value.seat", "seat", f"{R.randint(1, 45)}{R.choice('ABCDEFK')}")
    for _ in range(5):
        add(
            "neg.value.gate",
            R.choice(["gate", "terminal"]),
            f"{R.choice(['T1', 'T2', 'T3', 'B', 'C'])}{R.randint(1, 60)}",
        )
    for _ in range(6):
        add(
            "neg.value.route",
            "itinerary.route",
            f"{R.choice(IATA)}-{R.choice(IATA)}-{R.choice(IATA)}",
        )
    for _ in range(5):
        add(
            "neg.value.fare_class",
            "fare.basis",
            f"{R.choice('YBMHKLQVT')}{tok(2, UP)}{R.randint(1, 9)}{tok(2, UP)}",
        )
    for _ in range(10):
        add(
            "neg.value.ticket_number",
            "ticket.number",
            f"{R.choice(['125', '098', '618', '176', '081'])}-{digits(10)}",
        )
    for _ in range(6):
        add(
            "neg.value.requisition",
            R.choice(["job.requisition_id", "ats.req_id"]),
            f"REQ-{R.randint(2024, 2027)}-{digits(5)}",
        )
    for _ in range(9):
        add(
            "neg.value.asset_tag",
            R.choice(["asset.tag", "laptop.asset_id"]),
            f"{R.choice(['LT', 'IT', 'AST'])}-{digits(6)}",
        )
    for _ in range(7):
        add(
            "neg.value.incident",
            R.choice(["ticket.id", "incident.number", "servicenow.sys_id"]),
            R.choice([f"INC{digits(7)}", f"RITM{digits(7)}", f"HD-{digits(5)}"]),
        )
    for _ in range(5):
        add(
            "neg.value.rota",
            "rota.slot",
            f"{R.choice(['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'])}-{R.choice(['EARLY', 'LATE', 'NIGHT'])}-{R.randint(1, 12):02d}",
        )
    for _ in range(12):
        add(
            "neg.value.tracking",
            R.choice(["parcel.tracking_number", "shipment.awb"]),
            R.choice(
                [
                    f"JD{digits(16)}",
                    f"1Z{tok(6, UP + '0123456789')}{digits(10)}",
                    f"RR{digits(9)}GB",
                    digits(12),
                ]
            ),
        )
    for _ in range(6):
        add(
            "neg.value.luhn_id",
            R.choice(["order.id", "invoice.number", "loyalty.campaign_id"]),
            found(lambda: "4" + digits(15), luhn.is_valid),
        )
    for v in [
        "Hub manager",
        "Night dispatcher",
        "Recruiter",
        "Duty supervisor",
        "Shift lead",
        "Ground handler",
    ]:
        add("neg.value.role", R.choice(["participant.role", "agent.role", "transfer.target"]), v)
    for v in ["Fjord 2", "Room Kilimanjaro", "Boardroom L4", "Huddle 3B"]:
        add("neg.value.meeting_room", "meeting.room", v)
    for v in [
        "<PERSON>",
        "[REDACTED]",
        "***-**-****",
        "<PASSPORT_NUMBER>",
        "{{candidate_email}}",
        "****4242",
    ]:
        add(
            "neg.value.redaction",
            R.choice(["candidate.name", "passenger.document_number", "card.masked"]),
            v,
        )
    org = [
        (
            "org.phone",
            phonenumbers.format_number(
                phonenumbers.parse("+442079460018"), phonenumbers.PhoneNumberFormat.INTERNATIONAL
            ),
        ),
        ("agent.phone_number", "+1 800 555 0199"),
        ("trunk.did", "+44 808 157 0192"),
        ("org.support_email", "dispatch@example.com"),
        ("depot.address", "Unit 4, Example Logistics Park, Leeds LS9 0AA"),
        ("hub.address", "Example Freight Hub, Gate 3, Airport Road"),
        ("org.email", "careers@example.org"),
    ]
    for k, v in org:
        add("neg.value.org_contact", k, v)
    for _ in range(6):
        add(
            "neg.value.trace_id",
            R.choice(["trace_id", "span_id", "call.sid"]),
            R.choice([tok(32, "0123456789abcdef"), "CA" + tok(32, "0123456789abcdef")]),
        )
    for v in [
        "10.12.0.4",
        "192.168.1.20",
        "fd00::1:2",
        "203.0.113.7",
        "198.51.100.23",
        "2001:db8::42",
    ]:
        add("neg.value.server_ip", R.choice(["server.address", "net.host.ip", "vpn.gateway"]), v)
    for v in ["2026-03-14T06:45:00Z", "PT2H35M", "04:45", "1.24.0-rc.2", "0.82", 1874]:
        add(
            "neg.value.metric",
            R.choice(
                [
                    "departure.scheduled",
                    "shift.duration",
                    "app.version",
                    "latency_ms",
                    "eta.minutes",
                ]
            ),
            v,
        )
    for v in [
        "sk-proj-…a9f2",
        "${OKTA_API_TOKEN}",
        "Bearer ***",
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    ]:
        add(
            "neg.value.masked_key",
            R.choice(["http.request.header.authorization", "config.token", "password_hash"]),
            v,
        )
    add(
        "neg.value.system_prompt",
        "gen_ai.system_instructions",
        "You are the dispatch assistant for a courier company. Never read card numbers aloud.",
    )
    add(
        "neg.value.provider_error",
        "exception.message",
        "Twilio 21211: The 'To' number is not a valid phone number.",
        site="status",
    )
    add("neg.value.resource", "host.name", "dispatch-agent-7c9f", site="resource")


CLEAN = [
    "Which terminal does the Qantas flight to Perth leave from?",
    "Can I add a bike to my rail booking?",
    "How long is the wait for a breakdown truck on the motorway?",
    "Is the rental car diesel or petrol?",
    "What documents do I need for a work visa in general?",
    "The MFA app isn't sending me a prompt.",
    "My laptop asset sticker has peeled off, does that matter?",
    "Can I swap my early shift for a late one next week?",
    "How many vacation days do new starters get?",
    "Is the courier allowed to leave parcels with neighbours?",
    "Let me transfer you to the payroll team now.",
    "I've put you on hold while I check the rota.",
    "Your parcel is at the depot and will go out tomorrow.",
    "The ferry is cancelled due to weather, sorry.",
    "Please hold, I'm adding my supervisor to the call.",
    "The interview will be at ten in Fjord 2 with the hiring panel.",
    "What's the dress code for the warehouse induction?",
    "How do bereavement fares work in general?",
    "Is there a halal option on long-haul flights?",
    "What's your policy on sick notes?",
]
CLEAN_TOOLS = [
    ({"pnr": "QX7K2M", "flight": "EI 154", "seat": "14C"}, "gen_ai.tool.call.arguments"),
    ({"status": "on_time", "gate": "B12", "boarding": "06:40"}, "gen_ai.tool.call.result"),
    ({"tracking": "JD014600003344", "eta": "2026-03-14", "depot": "LDS2"}, "tool.result"),
    (
        {"ticket": "INC0042211", "action": "reset_mfa", "queue": "service-desk"},
        "lk.function_tool.arguments",
    ),
    (
        {"requisition": "REQ-2026-00412", "stage": "phone_screen", "slots": ["10:00", "14:30"]},
        "gen_ai.tool.call.result",
    ),
    ({"vehicle_class": "CDMR", "pickup": "DUB", "days": 4}, "gen_ai.tool.call.arguments"),
    ({"shift": "NIGHT-03", "site": "depot-north", "open": True}, "tool.result"),
    ({"breakdown_service": "dispatched", "eta_minutes": 45}, "lk.function_tool.output"),
]


def build_clean() -> None:
    """Clean work and travel lines, business tool payloads and redacted lines."""
    for c in CLEAN:
        key, val, site = wrap(c)
        add("neg.free_text.travel_work.en", key, val, (), site)
    for body, key in CLEAN_TOOLS:
        add("neg.tool_payload.business", key, json.dumps(body), ())
    for v in [
        "[PERSON] needs to reschedule the interview.",
        "Transfer note: caller <NAME>, booking <PNR>.",
    ]:
        add("neg.free_text.redacted", "lk.user_transcript", v)


def main() -> None:
    """Write the corpus to OUT or next to this script."""
    for dist, version in RELEASES.items():
        if metadata.version(dist) != version:
            warnings.warn(
                f"corpus T was written with {dist} {version}, not {metadata.version(dist)}",
                stacklevel=1,
            )
    build_languages()
    build_address()
    build_ids()
    build_us_hr()
    build_money()
    build_contacts()
    build_it()
    build_sensitive_extra()
    build_encoded()
    build_hard_negatives()
    build_clean()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("pii_corpus_t.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
