"""Write ``pii_corpus_i.jsonl``: held-out corpus I, by the domains a voice agent serves.

Usage: ``python tests/data/make_pii_corpus_i.py [OUT]`` (default: next to this script).

Every person, number and key is invented: names from Faker locales or short hand lists,
phone numbers from libphonenumber's example numbers (last digits varied while still valid),
national ids and IBANs built by python-stdnum with correct check digits, cards from
processors' published test numbers or Luhn-completed inside issuer ranges, secrets from
random characters in the providers' key formats. Everything is seeded and no date is read
from the clock, so the file is rewritten byte for byte on any day with the releases below.
"""

# ruff: noqa: E501  (the lines are data: utterances, provider bodies, long keys)

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import random
import string
import sys
import uuid
import warnings
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.cn import ric
from stdnum.ee import ik
from stdnum.es import dni
from stdnum.gb import nhs
from stdnum.hr import oib
from stdnum.ie import pps
from stdnum.il import idnr as il_id
from stdnum.in_ import aadhaar
from stdnum.is_ import kennitala
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.pl import pesel
from stdnum.si import emso
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn
from stdnum.za import idnr as za_id

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261206
R = random.Random(SEED)
ROWS: list[dict[str, Any]] = []
warnings.filterwarnings("ignore")


def add(cls: str, key: str, value: Any, kinds: Iterable[str] = (), site: str = "attribute") -> None:
    """Append one row; content follows from the class's second part."""
    part = cls.split(".")[1]
    ROWS.append(
        {
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds)),
            "content": part != "value",
        }
    )


def pick(seq: Any) -> Any:
    return seq[R.randrange(len(seq))]


def hexs(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def chars(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------- people
FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    if locale not in FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(FAKERS))
        FAKERS[locale] = f
    return FAKERS[locale]


HAND_NAMES = {
    "te": ["వెంకట రమణ", "లక్ష్మీ ప్రసన్న", "శ్రీనివాస్ రెడ్డి", "పద్మావతి నాయుడు"],
    "pa": ["ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਗਿੱਲ", "ਹਰਜੀਤ ਕੌਰ ਸੰਧੂ", "ਮਨਦੀਪ ਸਿੰਘ ਬਰਾੜ", "ਸਿਮਰਨ ਕੌਰ ਢਿੱਲੋਂ"],
    "my": ["ဒေါ်ခင်မာဝင်း", "ကိုအောင်ကျော်မိုး", "မသီတာထွန်း", "ဦးမင်းနိုင်"],
    "km": ["សុខ ចាន់ណា", "ហេង សុភា", "ជា វណ្ណៈ", "លី ស្រីមុំ"],
    "lo": ["ສົມພອນ ແກ້ວມະນີ", "ບຸນມີ ພົມມະວົງ", "ນາງ ຄຳແພງ ສີສຸວັນ", "ທ້າວ ວົງໄຊ ພິລາວັນ"],
    "mn": ["Батбаяр Ганзориг", "Сарантуяа Дорж", "Энхжаргал Батсүх", "Мөнхбат Төмөр"],
    "kk": ["Айгүл Нұрланқызы", "Ерлан Сейітқали", "Динара Жұмабаева", "Асқар Омаров"],
    "xh": ["Lindiwe Mahlangu", "Siyabonga Ngcobo", "Nomvula Dlamini", "Thando Mbeki"],
    "so": [
        "Faadumo Cabdi Warsame",
        "Maxamed Xasan Cali",
        "Hodan Yuusuf Nuur",
        "Cabdiraxmaan Axmed",
    ],
    "ht": ["Jean-Robert Pierre-Louis", "Marie-Ange Desrosiers", "Wilner Joseph", "Nadège Étienne"],
    "ca": [
        "Jordi Puigdemunt i Serra",
        "Montserrat Vilaró",
        "Pau Casals Ribas",
        "Núria Ferrer Pujol",
    ],
    "eu": ["Iñaki Etxeberria", "Amaia Goikoetxea", "Xabier Agirre Zubiri", "Nerea Urrutia"],
    "gl": ["Xosé Manuel Outeiro", "Uxía Castro Varela", "Brais Fernández Otero", "Antía Rei Lago"],
    "sr_cyrl": ["Милош Јовановић", "Јелена Петровић", "Драган Николић", "Бојана Стојановић"],
    "sr_latn": ["Miloš Jovanović", "Jelena Petrović", "Dragan Nikolić", "Bojana Stojanović"],
    "jam": ["Delroy Campbell", "Shanice Brown", "Everton McKenzie", "Tameka Reid"],
    "sco": ["Hamish MacLeod", "Morag Fraser", "Callum Robertson", "Kirsty McGregor"],
}
FAKER_LOC = {
    "en": "en_US", "es": "es_ES", "fr": "fr_FR", "de": "de_DE", "it": "it_IT", "ja": "ja_JP",
    "zh": "zh_CN", "ko": "ko_KR", "ar": "ar_SA", "ru": "ru_RU", "pt_br": "pt_BR", "ta": "ta_IN",
    "mr": "mr_IN", "bn": "bn_BD", "gu": "gu_IN", "ne": "ne_NP", "si": "si_LK", "ka": "ka_GE",
    "hy": "hy_AM", "az": "az_AZ", "ha": "ha_NG", "ig": "ig_NG", "zu": "zu_ZA", "sk": "sk_SK",
    "sl": "sl_SI", "hr": "hr_HR", "bg": "bg_BG", "lt": "lt_LT", "lv": "lv_LV", "et": "et_EE",
    "is": "is_IS", "en_ie": "en_IE", "en_au": "en_AU", "fr_ca": "fr_CA", "de_ch": "de_CH",
    "de_at": "de_AT", "uz": "uz_UZ", "th": "th_TH", "vi": "vi_VN", "id": "id_ID", "pl": "pl_PL",
    "cs": "cs_CZ", "uk": "uk_UA", "tr": "tr_TR", "hi": "hi_IN", "he": "he_IL", "sw": "sw",
    "pt": "pt_PT",
}  # fmt: skip


def person(lang: str, female: bool | None = None) -> str:
    if lang in HAND_NAMES:
        return pick(HAND_NAMES[lang])
    f = fk(FAKER_LOC[lang])
    if lang in ("zh", "ja", "ko"):
        return f.name_female() if female else f.name()
    given = (
        f.first_name()
        if female is None
        else f.first_name_female()
        if female
        else f.first_name_male()
    )
    return f"{given} {f.last_name()}"


def first(lang: str) -> str:
    return fk(FAKER_LOC[lang]).first_name_female()


# Self-introductions by language: each takes {n}, a person's name.
INTRO = {
    "en": ["Hi, yeah, this is {n}, I'm calling about my refill at the Elm Street pharmacy.",
           "My name's {n} and I need to move my appointment to Thursday."],
    "es": ["Hola, soy {n}, llamo por la cita de mi madre en la clínica.",
           "Buenas, a nombre de {n}, quería saber el estado del reembolso."],
    "fr": ["Bonjour, je m'appelle {n}, j'appelle au sujet de ma facture d'électricité.",
           "Oui bonjour, c'est de la part de {n} pour le dossier de sinistre."],
    "de": ["Guten Tag, mein Name ist {n}, ich rufe wegen meiner Stromrechnung an.",
           "Ja hallo, hier spricht {n}, es geht um die Schadensmeldung."],
    "it": ["Buongiorno, sono {n}, chiamo per la prenotazione dell'esame del sangue."],
    "ja": ["もしもし、{n}と申します。予約の変更をお願いしたいのですが。"],
    "zh": ["你好，我是{n}，我想查一下我的外卖订单。"],
    "ko": ["안녕하세요, 저는 {n}입니다. 진료 예약을 변경하고 싶어요."],
    "ar": ["مرحبا، معك {n}، أتصل بخصوص فاتورة الكهرباء."],
    "ru": ["Здравствуйте, меня зовут {n}, я звоню по поводу страхового случая."],
    "pt_br": ["Oi, aqui é {n}, tô ligando sobre a minha corrida de ontem."],
    "ta": ["வணக்கம், என் பெயர் {n}, மருந்தகத்தில் என் மருந்து தயாரா என்று கேட்க அழைக்கிறேன்."],
    "te": ["నమస్కారం, నా పేరు {n}, నా కరెంట్ బిల్లు గురించి మాట్లాడాలి."],
    "mr": ["नमस्कार, माझं नाव {n} आहे, माझ्या गॅस कनेक्शनबद्दल बोलायचं होतं."],
    "bn": ["নমস্কার, আমার নাম {n}, আমি আমার বিমানের টিকিট বদলাতে চাই।"],
    "pa": ["ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੇਰਾ ਨਾਮ {n} ਹੈ, ਮੇਰੀ ਫਲਾਈਟ ਰੱਦ ਹੋ ਗਈ।"],
    "gu": ["નમસ્તે, મારું નામ {n} છે, મારા ઓર્ડર વિશે પૂછવું હતું."],
    "ne": ["नमस्ते, मेरो नाम {n} हो, मेरो बिजुली बिलको बारेमा सोध्न फोन गरेको।"],
    "si": ["ආයුබෝවන්, මගේ නම {n}, මගේ බැංකු කාඩ්පත ගැන කතා කරන්න ඕන."],
    "my": ["မင်္ဂလာပါ၊ ကျွန်မနာမည် {n} ပါ၊ ဆေးခန်းချိန်းဆိုမှုအတွက် ဖုန်းဆက်တာပါ။"],
    "km": ["ជម្រាបសួរ ខ្ញុំឈ្មោះ {n} ខ្ញុំចង់សួរអំពីវិក្កយបត្រទូរស័ព្ទ។"],
    "lo": ["ສະບາຍດີ, ຂ້ອຍຊື່ {n}, ຢາກສອບຖາມກ່ຽວກັບບັນຊີທະນາຄານ."],
    "mn": ["Сайн байна уу, намайг {n} гэдэг, төлбөрийн талаар асуух гэсэн юм."],
    "kk": ["Сәлеметсіз бе, менің атым {n}, несие бойынша хабарласып тұрмын."],
    "uz": ["Assalomu alaykum, mening ismim {n}, taksi buyurtmam haqida qo'ng'iroq qildim."],
    "ka": ["გამარჯობა, მე მქვია {n}, ჩემი შეკვეთის შესახებ ვრეკავ."],
    "hy": ["Բարև ձեզ, իմ անունը {n} է, զանգում եմ հաշվի մասին։"],
    "az": ["Salam, mənim adım {n}, kredit kartım barədə zəng edirəm."],
    "ha": ["Sannu, sunana {n}, ina kira game da asusun banki na."],
    "ig": ["Ndewo, aha m bụ {n}, ana m akpọ maka ụgwọ ọkụ m."],
    "zu": ["Sawubona, igama lami ngu-{n}, ngishayela mayelana nemali engikweletayo."],
    "xh": ["Molo, igama lam ngu-{n}, nditsalela umnxeba ngesicelo sam."],
    "so": ["Salaan, magacaygu waa {n}, waxaan u soo wacay ballanta dhakhtarka."],
    "ht": ["Bonjou, non mwen se {n}, m ap rele pou randevou klinik la."],
    "ca": ["Bon dia, em dic {n} i truco per la factura del gas."],
    "eu": ["Kaixo, {n} naiz, hitzordua aldatu nahi nuke."],
    "gl": ["Bos días, chámome {n} e chamo pola miña receita."],
    "sk": ["Dobrý deň, volám sa {n}, volám ohľadom poistnej udalosti."],
    "sl": ["Dober dan, ime mi je {n}, kličem glede računa za elektriko."],
    "hr": ["Dobar dan, zovem se {n}, zovem zbog narudžbe."],
    "sr_cyrl": ["Добар дан, зовем се {n}, зовем због рачуна за струју."],
    "sr_latn": ["Dobar dan, ja sam {n}, zovem zbog termina kod doktora."],
    "bg": ["Добър ден, казвам се {n}, обаждам се за сметката за ток."],
    "lt": ["Laba diena, mano vardas {n}, skambinu dėl sąskaitos."],
    "lv": ["Labdien, mani sauc {n}, zvanu par savu pasūtījumu."],
    "et": ["Tere, minu nimi on {n}, helistan arve pärast."],
    "is": ["Góðan dag, ég heiti {n}, ég hringi út af reikningnum mínum."],
    "en_ie": ["Howya, it's {n} here, I'm ringing about the bin collection."],
    "sco": ["Aye hiya, it's {n} here, I'm phonin' aboot ma gas bill."],
    "en_au": ["G'day, {n} speaking, just ringing about me script at the chemist."],
    "jam": ["Wah gwaan, a {n} dis, mi a call bout mi light bill."],
    "fr_ca": ["Allô, c'est {n}, j'appelle pour mon rendez-vous à la clinique."],
    "de_ch": ["Grüezi, mis Name isch {n}, ich lüüt wäg de Rächnig aa."],
    "de_at": ["Servus, {n} am Apparat, es geht um meinen Termin beim Magistrat."],
    "th": ["สวัสดีค่ะ ดิฉันชื่อ{n} โทรมาเรื่องนัดหมอค่ะ"],
    "vi": ["Alo, tôi là {n}, tôi gọi về đơn hàng giao đồ ăn."],
    "id": ["Halo, saya {n}, mau tanya soal tagihan listrik saya."],
    "pl": ["Dzień dobry, nazywam się {n}, dzwonię w sprawie wizyty."],
    "cs": ["Dobrý den, jmenuji se {n}, volám kvůli faktuře."],
    "uk": ["Добрий день, мене звати {n}, телефоную щодо рахунку."],
    "tr": ["Merhaba, ben {n}, siparişim hakkında arıyorum."],
    "hi": ["नमस्ते, मेरा नाम {n} है, मैं अपनी दवा के बारे में पूछना चाहता हूँ।"],
    "he": ["שלום, מדבר {n}, אני מתקשר לגבי התור במרפאה."],
    "sw": ["Habari, naitwa {n}, napiga simu kuhusu akaunti yangu ya benki."],
    "pt": ["Bom dia, fala {n}, ligo por causa da fatura da água."],
}  # fmt: skip

# ---------------------------------------------------------------- numbers
REGIONS = ["US", "GB", "IN", "LK", "MM", "KH", "LA", "MN", "KZ", "UZ", "GE", "AM", "AZ", "NG",
           "ZA", "SO", "HT", "ES", "SK", "SI", "HR", "RS", "BG", "LT", "LV", "EE", "IS", "IE",
           "AU", "JM", "CA", "CH", "AT", "FR", "DE", "IT", "JP", "CN", "KR", "SA", "RU", "BR",
           "NP", "BD", "KE", "TH", "VN", "ID", "PL", "CZ", "UA", "TR", "IL", "MX"]  # fmt: skip


def phone(region: str) -> phonenumbers.PhoneNumber:
    """An example number of the region with its last digits varied while still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if ex is None:
        ex = phonenumbers.example_number(region)
    base = str(ex.national_number)
    for _ in range(200):
        cand = base[:-3] + digits(3)
        num = phonenumbers.parse(f"+{ex.country_code}{cand}")
        if phonenumbers.is_valid_number(num):
            return num
    return ex


def fmt(num: phonenumbers.PhoneNumber, style: str) -> str:
    return phonenumbers.format_number(num, getattr(phonenumbers.PhoneNumberFormat, style))


WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    "hi": ["शून्य", "एक", "दो", "तीन", "चार", "पाँच", "छह", "सात", "आठ", "नौ"],
}


def spoken(d: str, lang: str = "en") -> str:
    w = WORDS[lang]
    out = [
        ("oh" if (c == "0" and lang == "en" and R.random() < 0.5) else w[int(c)])
        for c in d
        if c.isdigit()
    ]
    return " ".join(out)


def complete(base_fn: Any, valid: Any, alphabet: str = string.digits, n: int = 1) -> str:
    """Append check characters to a random base until the module says valid."""
    for _ in range(500):
        base = base_fn()
        for suffix in itertools.product(alphabet, repeat=n):
            cand = base + "".join(suffix)
            if valid(cand):
                return cand
    raise RuntimeError("no valid identifier")


def ymd() -> tuple[int, int, int]:
    return R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)


def nid(country: str) -> tuple[str, str]:
    """A national id with correct check digits and how people name it."""
    y, m, d = ymd()
    if country == "ee":
        v = complete(
            lambda: f"{3 + 2 * (y >= 2000) + R.randint(0, 1)}{y % 100:02}{m:02}{d:02}{digits(3)}",
            ik.is_valid,
        )
        return v, "isikukood"
    if country == "lt":
        v = complete(
            lambda: f"{3 + 2 * (y >= 2000) + R.randint(0, 1)}{y % 100:02}{m:02}{d:02}{digits(3)}",
            asmens.is_valid,
        )
        return v, "asmens kodas"
    if country == "pl":
        v = complete(
            lambda: f"{y % 100:02}{m + 20 * (y >= 2000):02}{d:02}{digits(4)}", pesel.is_valid
        )
        return v, "PESEL"
    if country == "cn":
        v = complete(lambda: f"110105{y}{m:02}{d:02}{digits(3)}", ric.is_valid, string.digits + "X")
        return v, "身份证号"
    if country == "kr":
        v = complete(
            lambda: (
                f"{y % 100:02}{m:02}{d:02}{1 + 2 * (y >= 2000) + R.randint(0, 1)}{R.randint(10, 47):02}{digits(3)}"
            ),
            rrn.is_valid,
        )
        return v[:6] + "-" + v[6:], "주민등록번호"
    if country == "za":
        v = complete(lambda: f"{y % 100:02}{m:02}{d:02}{digits(4)}08", za_id.is_valid)
        return v, "ID number"
    if country == "is":
        v = complete(
            lambda: f"{d:02}{m:02}{y % 100:02}{R.randint(20, 99)}",
            lambda c: kennitala.is_valid(c + ("9" if y < 2000 else "0")),
        )
        return v[:6] + "-" + v[6:] + ("9" if y < 2000 else "0"), "kennitala"
    if country == "si":
        v = complete(lambda: f"{d:02}{m:02}{y % 1000:03}50{digits(3)}", emso.is_valid)
        return v, "EMŠO"
    if country == "tr":
        v = complete(lambda: str(R.randint(1, 9)) + digits(8), tckimlik.is_valid, n=2)
        return v, "T.C. kimlik numarası"
    if country == "hr":
        return complete(lambda: str(R.randint(1, 9)) + digits(9), oib.is_valid), "OIB"
    if country == "in":
        v = complete(lambda: str(R.randint(2, 9)) + digits(10), aadhaar.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}", "Aadhaar"
    if country == "br":
        v = complete(lambda: digits(9), cpf.is_valid, n=2)
        return cpf.format(v), "CPF"
    if country == "es":
        return complete(lambda: digits(8), dni.is_valid, string.ascii_uppercase), "DNI"
    if country == "il":
        return complete(lambda: digits(8), il_id.is_valid), "תעודת זהות"
    if country == "th":
        v = complete(lambda: str(R.randint(1, 8)) + digits(11), th_pin.is_valid)
        return th_pin.format(v), "เลขบัตรประชาชน"
    if country == "ie":
        return complete(lambda: digits(7), pps.is_valid, "ABCDEFGHIJKLMNOPQRSTUVW"), "PPS number"
    if country == "gb":
        v = complete(lambda: str(R.randint(4, 6)) + digits(8), nhs.is_valid)
        return f"{v[:3]} {v[3:6]} {v[6:]}", "NHS number"
    if country == "ch":
        v = complete(lambda: "756" + digits(9), ch_ssn.is_valid)
        return ch_ssn.format(v), "AHV-Nummer"
    raise KeyError(country)


def ssn() -> str:
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return f"{a:03}-{R.randint(1, 99):02}-{R.randint(1, 9999):04}"


BBAN = {"DE": "18n", "GB": "4a14n", "NL": "4a10n", "IE": "4a14n", "AT": "16n", "CH": "5n12n",
        "LT": "16n", "EE": "16n", "HR": "17n", "SK": "20n", "SI": "15n", "BG": "4a6n8n",
        "IS": "22n", "GE": "2a16n", "AZ": "4a20n", "TR": "5n1n16n", "UA": "6n19n", "PT": "21n",
        "ES": "20n", "FR": "23n", "IT": "1a10n12n", "LV": "4a13n", "RS": "18n"}  # fmt: skip


def iban(cc: str) -> str:
    spec = BBAN[cc]

    def bban() -> str:
        out = ""
        for cnt, kind in [(int(p[:-1]), p[-1]) for p in _split(spec)]:
            out += chars(cnt, string.ascii_uppercase) if kind == "a" else digits(cnt)
        return out

    for _ in range(5000):
        b = bban()
        check = std_iban.calc_check_digits(cc + "00" + b)
        cand = cc + check + b
        if std_iban.is_valid(cand):
            return cand
    raise RuntimeError(cc)


def _split(spec: str) -> list[str]:
    out, cur = [], ""
    for c in spec:
        cur += c
        if c.isalpha():
            out.append(cur)
            cur = ""
    return out


def grouped(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


TEST_CARDS = ["4242424242424242", "4111111111111111", "5555555555554444", "5105105105105100",
              "4012888888881881", "378282246310005", "6011111111111117", "3530111333300000",
              "2223003122003222", "6200000000000005", "36227206271667", "4000056655665556"]  # fmt: skip


def card() -> str:
    if R.random() < 0.5:
        return pick(TEST_CARDS)
    prefix = pick(["4", "51", "53", "2221", "6011", "35"])
    body = prefix + digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def aba() -> str:
    return complete(lambda: pick(["02", "07", "11", "12", "26"]) + digits(6), rtn.is_valid)


def dob_text(lang: str) -> str:
    y, m, d = ymd()
    en_months = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    forms = {
        "en": [
            f"{m:02}/{d:02}/{y}",
            f"{en_months[m - 1]} {d}, {y}",
            f"the {d}{'st' if d in (1, 21) else 'nd' if d in (2, 22) else 'rd' if d in (3, 23) else 'th'} of {en_months[m - 1]} {y}",
        ],
        "en_gb": [f"{d:02}/{m:02}/{y}", f"{d} {en_months[m - 1]} {y}"],
        "iso": [f"{y}-{m:02}-{d:02}"],
        "es": [
            f"{d} de {['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'][m - 1]} de {y}"
        ],
        "fr": [
            f"{d} {['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'][m - 1]} {y}"
        ],
        "de": [
            f"{d}. {['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'][m - 1]} {y}",
            f"{d:02}.{m:02}.{y}",
        ],
        "ja": [f"{y}年{m}月{d}日"],
        "zh": [f"{y}年{m}月{d}日"],
        "ko": [f"{y}년 {m}월 {d}일"],
        "ru": [f"{d:02}.{m:02}.{y}"],
    }
    return pick(forms[lang])


DOB_SAY = [
    ("en", "en", "Date of birth is {d}, and the appointment is for me, not my son."),
    ("en", "en_gb", "My date of birth? It's {d}."),
    ("en", "iso", "Sure, DOB {d}, that's what the pharmacy has on file."),
    ("en_au", "en_gb", "Born {d}, mate, same as on me Medicare card."),
    ("en_ie", "en_gb", "I was born on the {d}, if that helps ye find me."),
    ("es", "es", "Mi fecha de nacimiento es el {d}."),
    ("fr", "fr", "Je suis née le {d}."),
    ("fr_ca", "fr", "Ma date de naissance, c'est le {d}."),
    ("de", "de", "Geburtsdatum ist der {d}."),
    ("de_at", "de", "Geboren bin ich am {d}."),
    ("ja", "ja", "生年月日は{d}です。"),
    ("zh", "zh", "我的出生日期是{d}。"),
    ("ko", "ko", "생년월일은 {d}입니다."),
    ("ru", "ru", "Дата рождения {d}."),
    ("uk", "ru", "Дата народження {d}."),
    ("pl", "ru", "Data urodzenia {d}."),
    ("hr", "ru", "Rođen sam {d}."),
    ("lt", "iso", "Gimimo data {d}."),
    ("hi", "en_gb", "मेरी जन्मतिथि {d} है।"),
    ("ta", "en_gb", "என் பிறந்த தேதி {d}."),
    ("sw", "en_gb", "Nilizaliwa tarehe {d}."),
    ("tr", "ru", "Doğum tarihim {d}."),
    ("vi", "en_gb", "Ngày sinh của tôi là {d}."),
    ("id", "en_gb", "Tanggal lahir saya {d}."),
    ("ka", "ru", "დაბადების თარიღი {d}."),
    ("is", "ru", "Ég er fædd {d}."),
]

ADDR_LOCALES = ["en_US", "en_GB", "en_AU", "de_DE", "de_AT", "de_CH", "fr_FR",
                "es_ES", "it_IT", "pt_BR", "ja_JP", "zh_CN", "ko_KR", "ru_RU", "th_TH", "vi_VN",
                "id_ID", "pl_PL", "cs_CZ", "uk_UA", "he_IL", "sk_SK", "sl_SI", "hr_HR", "ka_GE",
                "hy_AM", "az_AZ", "bn_BD", "ne_NP", "zu_ZA"]  # fmt: skip
ADDR_SAY = {
    "en": "The address on file is {a}, but I moved last month.",
    "de": "Die Lieferadresse ist {a}.",
    "fr": "L'adresse de livraison est {a}.",
    "es": "La dirección es {a}.",
    "it": "L'indirizzo è {a}.",
    "pt": "O endereço é {a}.",
    "ja": "住所は{a}です。",
    "zh": "地址是{a}。",
    "ko": "주소는 {a}입니다.",
    "ru": "Адрес: {a}.",
    "th": "ที่อยู่คือ {a} ค่ะ",
    "vi": "Địa chỉ của tôi là {a}.",
    "id": "Alamatnya di {a}.",
    "pl": "Adres to {a}.",
    "cs": "Adresa je {a}.",
    "uk": "Адреса: {a}.",
    "he": "הכתובת היא {a}.",
    "sk": "Adresa je {a}.",
    "sl": "Naslov je {a}.",
    "hr": "Adresa je {a}.",
    "ka": "მისამართი: {a}.",
    "hy": "Հասցեն՝ {a}։",
    "az": "Ünvanım {a}.",
    "bn": "ঠিকানা হলো {a}।",
    "ne": "ठेगाना {a} हो।",
    "zu": "Ikheli lami ngu-{a}.",
}


def address(locale: str) -> str:
    f = fk(locale)
    if locale == "en_US":  # Faker also writes military (APO/DPO) boxes; a caller gives a street
        return (
            f"{f.building_number()} {f.street_name()}, {f.city()}, {f.state_abbr()} {f.postcode()}"
        )
    for _ in range(50):
        a = f.address().replace("\n", ", ")
        if locale != "fr_FR" or a[0].isdigit():  # a street with its number
            return a
    return a


# ---------------------------------------------------------------- content shapes
def genai_messages(turns: list[tuple[str, str]]) -> str:
    return json.dumps(
        [{"role": r, "parts": [{"type": "text", "content": t}]} for r, t in turns],
        ensure_ascii=False,
    )


def chat_request(turns: list[tuple[str, str]], model: str = "gpt-4o-mini") -> str:
    msgs = [{"role": "system", "content": "You are the phone assistant of a clinic. Be brief."}]
    msgs += [{"role": r, "content": t} for r, t in turns]
    return json.dumps({"model": model, "temperature": 0.3, "messages": msgs}, ensure_ascii=False)


def deepgram(text: str, lang: str = "en") -> str:
    words, t = [], round(R.uniform(0.1, 0.6), 2)
    for w in text.split():
        dur = round(0.08 + 0.04 * len(w), 2)
        words.append(
            {
                "word": w.strip(".,?!").lower(),
                "start": t,
                "end": round(t + dur, 2),
                "confidence": round(R.uniform(0.81, 0.999), 3),
                "punctuated_word": w,
            }
        )
        t = round(t + dur + 0.05, 2)
    body = {
        "metadata": {
            "request_id": str(uuid.UUID(int=R.getrandbits(128), version=4)),
            "model_info": {"name": "nova-2-phonecall"},
        },
        "results": {
            "channels": [
                {
                    "detected_language": lang,
                    "alternatives": [{"transcript": text, "confidence": 0.97, "words": words}],
                }
            ]
        },
    }
    return json.dumps(body, ensure_ascii=False)


def assemblyai(text: str) -> str:
    words, t = [], R.randint(100, 900)
    for w in text.split():
        words.append(
            {
                "text": w,
                "start": t,
                "end": t + 40 * len(w),
                "confidence": round(R.uniform(0.8, 0.99), 2),
                "speaker": "A",
            }
        )
        t += 40 * len(w) + 60
    return json.dumps(
        {
            "id": str(uuid.UUID(int=R.getrandbits(128), version=4)),
            "status": "completed",
            "text": text,
            "words": words,
            "audio_duration": t // 1000 + 1,
        },
        ensure_ascii=False,
    )


def whisper(text: str, lang: str) -> str:
    return json.dumps(
        {
            "task": "transcribe",
            "language": lang,
            "duration": round(R.uniform(2, 9), 2),
            "text": text,
            "segments": [
                {
                    "id": 0,
                    "start": 0.0,
                    "end": round(R.uniform(2, 9), 2),
                    "text": " " + text,
                    "avg_logprob": -0.21,
                    "no_speech_prob": 0.01,
                }
            ],
        },
        ensure_ascii=False,
    )


def transcript20(lang_lines: list[str], secret_turn: str, pos: int) -> str:
    turns = []
    for i in range(20):
        if i == pos:
            turns.append(
                {"role": "user", "message": secret_turn, "secondsFromStart": round(i * 6.1, 1)}
            )
        else:
            turns.append(
                {
                    "role": "bot" if i % 2 == 0 else "user",
                    "message": lang_lines[i % len(lang_lines)],
                    "secondsFromStart": round(i * 6.1, 1),
                }
            )
    return json.dumps(turns, ensure_ascii=False)


FILLER_EN = [
    "Thanks for calling, how can I help you today?",
    "Yeah hi, I've got a question about my order.",
    "Of course. Let me pull that up for you.",
    "Okay.",
    "It shows as dispatched this morning.",
    "Right, and when will it arrive?",
    "The estimate is between two and four pm.",
    "Mm-hmm.",
    "Is there anything else I can help with?",
    "Hang on a sec.",
    "Sure, take your time.",
    "Sorry, the line is a bit bad.",
    "I can hear you fine now.",
    "Great, thanks.",
]

# ---------------------------------------------------------------- clean content
CLEAN_UTTER = [
    ("en", "Mm-hmm."), ("en", "Okay, yeah."), ("en", "Can you repeat that?"), ("en", "What time do you close on Sundays?"),
    ("en", "Do you have the large pepperoni without mushrooms?"), ("en", "I'd like to rebook onto the later flight, please."),
    ("en", "Is there a payment plan option for the bill?"), ("en", "How long is the wait for a taxi to the airport right now?"),
    ("en", "Do I need a referral to see a specialist?"), ("en", "Is the Lisbon store open on public holidays?"),
    ("en_ie", "Grand, that's grand, thanks a million."), ("sco", "Aye, that's braw, cheers."), ("en_au", "No worries, too easy."),
    ("jam", "Yeah man, mi soon come back."), ("es", "Vale, vale."), ("es", "¿A qué hora abre la farmacia mañana?"),
    ("es", "Quiero cambiar el vuelo al jueves."), ("fr", "D'accord, merci beaucoup."), ("fr", "Est-ce que la livraison est gratuite ?"),
    ("fr_ca", "Correct, c'est beau, merci là."), ("de", "Ja, genau."), ("de", "Wann kommt der Techniker ungefähr?"),
    ("de_ch", "Merci vilmal, uf widerluege."), ("de_at", "Passt, danke schön."), ("it", "Perfetto, grazie mille."),
    ("it", "Avete ancora la pizza margherita senza glutine?"), ("ja", "はい、お願いします。"), ("ja", "営業時間を教えてください。"),
    ("zh", "好的，谢谢。"), ("zh", "请问外卖大概多久能到？"), ("ko", "네, 알겠습니다."), ("ko", "영업시간이 어떻게 되나요?"),
    ("ar", "تمام، شكراً."), ("ar", "ما هي مواعيد عمل الفرع؟"), ("ru", "Да, конечно."), ("ru", "Сколько стоит доставка?"),
    ("pt_br", "Beleza, valeu."), ("pt_br", "Qual é o horário de funcionamento?"), ("ta", "சரி, நன்றி."), ("te", "సరే, ధన్యవాదాలు."),
    ("mr", "हो, चालेल."), ("bn", "আচ্ছা, ধন্যবাদ।"), ("pa", "ਠੀਕ ਹੈ ਜੀ।"), ("gu", "હા, બરાબર."), ("ne", "हुन्छ, धन्यवाद।"),
    ("si", "හරි, ස්තූතියි."), ("my", "ဟုတ်ကဲ့၊ ကျေးဇူးတင်ပါတယ်။"), ("km", "បាទ អរគុណ។"), ("lo", "ແມ່ນແລ້ວ, ຂອບໃຈ."),
    ("mn", "Тийм ээ, баярлалаа."), ("kk", "Иә, рахмет."), ("uz", "Ha, rahmat."), ("ka", "კარგი, მადლობა."),
    ("hy", "Այո, շնորհակալություն։"), ("az", "Bəli, təşəkkürlər."), ("ha", "To, na gode."), ("ig", "Ọ dị mma, daalụ."),
    ("zu", "Yebo, ngiyabonga."), ("xh", "Ewe, enkosi."), ("so", "Haa, mahadsanid."), ("ht", "Wi, mèsi anpil."),
    ("ca", "D'acord, moltes gràcies."), ("eu", "Ados, eskerrik asko."), ("gl", "Vale, moitas grazas."), ("sk", "Áno, ďakujem."),
    ("sl", "Ja, hvala lepa."), ("hr", "Da, hvala."), ("sr_cyrl", "Да, хвала."), ("sr_latn", "Može, hvala."), ("bg", "Да, благодаря."),
    ("lt", "Taip, ačiū."), ("lv", "Jā, paldies."), ("et", "Jah, aitäh."), ("is", "Já, takk fyrir."), ("th", "ค่ะ ขอบคุณค่ะ"),
    ("vi", "Vâng, cảm ơn."), ("id", "Iya, terima kasih."), ("pl", "Tak, dziękuję."), ("cs", "Ano, děkuji."), ("uk", "Так, дякую."),
    ("tr", "Tamam, teşekkürler."), ("hi", "हाँ जी, ठीक है।"), ("he", "כן, תודה."), ("sw", "Sawa, asante."), ("pt", "Está bem, obrigado."),
    ("en", "Do you offer a hardship program for people behind on payments?"), ("es", "¿Tienen descuentos para jubilados?"),
    ("de", "Bieten Sie auch Ratenzahlung an?"), ("fr", "Faut-il une ordonnance pour ce médicament ?"),
]  # fmt: skip
LLM_REPLY = [
    "Your order is on its way and should arrive in about 25 minutes.",
    "The pharmacy is open from 8 am to 9 pm, Monday to Saturday.",
    "I've rebooked you onto the 18:40 departure; your seat stays the same.",
    "Our clinic accepts walk-ins for flu shots until 4 pm.",
    "A technician can visit between 8 and 12 on Tuesday. Shall I book that slot?",
    "Sorry, the margherita is sold out tonight. May I suggest the marinara instead?",
    "Tu pedido llegará en unos veinte minutos.",
    "Votre remboursement a été validé et sera versé sous cinq jours ouvrés.",
    "Ihr Zählerstand wurde erfasst. Vielen Dank für Ihren Anruf.",
    "ご予約は来週火曜日の午後3時に変更しました。",
    "您的航班已改签至明天上午十点。",
    "예약이 목요일 오후 2시로 변경되었습니다.",
    "تم تحويل طلبك إلى قسم الفواتير.",
    "Ваша заявка принята, мастер приедет завтра.",
    "Sua corrida foi cancelada sem cobrança.",
    "I'm Ava, the virtual assistant for Northside Dental. How can I help?",
]
TOOL_ARGS = [
    {"order_id": "ORD-88412", "include_items": True}, {"sku": "PZ-MARG-L", "store_id": "lisbon-03"},
    {"date": "2026-07-14", "service": "flu_vaccine", "clinic": "north"}, {"flight": "TP1347", "new_date": "2026-09-02"},
    {"meter_type": "electric", "tariff": "E7"}, {"query": "opening hours", "branch": "Tbilisi Vake"},
    {"ticket": "INC-20451", "priority": "normal"}, {"pickup_zone": "airport-T2", "vehicle": "comfort"},
    {"plan": "prepaid-20gb", "action": "compare"}, {"school_id": "SCH-0042", "calendar": "term-2"},
]  # fmt: skip
TOOL_RESULTS = [
    {"status": "out_for_delivery", "eta_minutes": 22, "items": [{"sku": "PZ-MARG-L", "qty": 1}, {"sku": "DR-COLA-33", "qty": 2}]},
    {"open": "08:00", "close": "21:00", "closed_on": ["2026-12-25"]},
    {"slots": ["09:15", "10:40", "14:05"], "clinic": "north", "duration_min": 15},
    {"rebooked": True, "fare_difference": 0.0, "currency": "EUR", "seat": "14C"},
    {"outage": False, "area": "Zone 7", "next_maintenance": "2026-08-03T02:00:00Z"},
    {"menu": [{"name": "Masala dosa", "price": 7.5}, {"name": "Idli sambar", "price": 5.0}]},
    {"balance_due": 0, "next_bill": "2026-10-01", "autopay": True},
    {"surge": 1.2, "eta_minutes": 6, "vehicle_class": "comfort"},
]  # fmt: skip


def build_clean() -> None:
    keys = [
        "transcript",
        "text",
        "lk.user_transcript",
        "llm.input_messages.1.message.content",
        "gen_ai.prompt.1.content",
        "input.value",
        "traceloop.entity.input",
        "langfuse.observation.input",
    ]
    for lang, u in CLEAN_UTTER:
        add(f"neg.free_text.utterance.{lang}", pick(keys), u)
    for t in LLM_REPLY:
        add(
            "neg.free_text.llm_reply",
            pick(
                [
                    "lk.response.text",
                    "gen_ai.completion.0.content",
                    "llm.output_messages.0.message.content",
                    "output.value",
                    "traceloop.entity.output",
                ]
            ),
            t,
        )
    for _ in range(4):
        turns = [
            ("user", pick(CLEAN_UTTER)[1]),
            ("assistant", pick(LLM_REPLY)),
            ("user", pick(CLEAN_UTTER)[1]),
        ]
        add("neg.free_text.genai_messages", "gen_ai.input.messages", genai_messages(turns))
    for _ in range(3):
        add(
            "neg.free_text.chat_request",
            "http.request.body",
            chat_request([("user", pick(CLEAN_UTTER)[1])]),
        )
    for a in TOOL_ARGS:
        add(
            "neg.tool_payload.tool_args",
            pick(["gen_ai.tool.call.arguments", "lk.function_tool.arguments", "tool.arguments"]),
            json.dumps(a),
        )
    for res in TOOL_RESULTS:
        add(
            "neg.tool_payload.tool_result",
            pick(["gen_ai.tool.call.result", "lk.function_tool.output", "tool.result"]),
            json.dumps(res, ensure_ascii=False),
        )
    big = {
        "store": "lisbon-03",
        "catalogue": [
            {
                "sku": f"SKU-{1000 + i}",
                "name": pick(["Bifana", "Caldo verde", "Pastel de nata", "Francesinha"]),
                "price": round(R.uniform(1, 14), 2),
                "allergens": ["gluten"] if i % 3 == 0 else [],
            }
            for i in range(40)
        ],
    }
    add("neg.tool_payload.tool_result_large", "tool.result", json.dumps(big, ensure_ascii=False))
    for text, lang in [
        ("Your table is confirmed for eight pm tonight", "en"),
        ("El técnico llegará mañana por la mañana", "es"),
        ("Votre colis sera livré demain", "fr"),
    ]:
        add("neg.free_text.stt_deepgram", "stt.response", deepgram(text, lang))
    add(
        "neg.free_text.stt_assemblyai",
        "stt.response",
        assemblyai("I want to check the opening hours of the downtown branch"),
    )
    add(
        "neg.free_text.stt_whisper",
        "stt.response",
        whisper("Quiero pedir dos pizzas medianas", "es"),
    )
    add(
        "neg.free_text.tts_elevenlabs",
        "http.request.body",
        json.dumps(
            {
                "text": "Your prescription is ready for pickup after 3 pm.",
                "model_id": "eleven_flash_v2_5",
                "voice_settings": {"stability": 0.5, "similarity_boost": 0.75},
            }
        ),
    )
    add(
        "neg.free_text.tts_cartesia",
        "http.request.body",
        json.dumps(
            {
                "model_id": "sonic-2",
                "transcript": "Ihre Bestellung ist unterwegs.",
                "voice": {"mode": "id", "id": str(uuid.UUID(int=R.getrandbits(128), version=4))},
                "output_format": {
                    "container": "raw",
                    "encoding": "pcm_s16le",
                    "sample_rate": 16000,
                },
                "language": "de",
            }
        ),
    )
    for text, lang in [
        ("Dobrý deň, chcel by som zmeniť termín", "sk"),
        ("Ich hätt gern e Pizza Margherita", "de"),
        ("Mwen vle konnen ki lè famasi a ouvri", "ht"),
        ("Sawubona ngifuna ukubhuka", "zu"),
    ]:
        add(f"neg.free_text.stt_whisper.{lang}", "stt.response", whisper(text, lang))
    add(
        "neg.free_text.stt_deepgram.ja",
        "stt.response",
        deepgram("明日 の 予約 を 確認 したい です", "ja"),
    )
    add("neg.free_text.stt_assemblyai.long", "stt.response", assemblyai(" ".join(FILLER_EN)))
    for model, turns in [
        ("llama-3.3-70b-versatile", [("user", "Ni saa ngapi duka linafunguliwa?")]),
        (
            "claude-3-5-haiku-20241022",
            [("user", "Kolik stojí doprava?"), ("assistant", "Doprava je zdarma nad 500 Kč.")],
        ),
        ("gpt-4o", [("user", "Mám otázku k faktúre za plyn.")]),
    ]:
        add("neg.free_text.chat_request", "http.request.body", chat_request(turns, model))
    add(
        "neg.free_text.openinference_output",
        "llm.output_messages.0.message.content",
        "Naše ordinace je otevřena od 7 do 15 hodin.",
    )
    add("neg.free_text.livekit_input", "lk.input_text", "ok thanks bye")
    add(
        "neg.free_text.event_utterance",
        "lk.user_transcript",
        "Yeah, the large one, please.",
        site="event",
    )
    add(
        "neg.free_text.redacted",
        "gen_ai.input.messages",
        genai_messages([("user", "My card is [REDACTED_CARD] and my name is <PERSON>.")]),
    )
    add("neg.free_text.redacted", "transcript", "Please call me on ***-***-**** tomorrow.")
    add("neg.free_text.patter_leak", "getpatter.stt.text", "I'd like the vegetarian thali, please.")
    add("neg.free_text.pipecat", "text", "What's the fastest route to terminal two?")
    add(
        "neg.free_text.transcript20",
        "lk.chat_ctx",
        transcript20(FILLER_EN, "Could you also check if the dessert is vegan?", 13),
    )


# ---------------------------------------------------------------- content with personal data
def build_content_pii() -> None:
    ckeys = [
        "transcript",
        "lk.user_transcript",
        "gen_ai.prompt.1.content",
        "llm.input_messages.1.message.content",
        "input.value",
        "traceloop.entity.input",
        "langfuse.observation.input",
        "text",
        "getpatter.stt.text",
    ]
    # names: self-introductions in every language
    for lang, temps in INTRO.items():
        for t in temps:
            add(f"pos.free_text.name.intro.{lang}", pick(ckeys), t.format(n=person(lang)), {"name"})
    # third parties and staff
    third = [
        ("en", "I'm calling for my wife {f}'s appointment, she can't come to the phone.", "f"),
        ("en", "Nurse {s} said someone would ring me back about the results.", "title"),
        ("en", "The agent I spoke with yesterday, {n}, promised a refund.", "full"),
        ("en", "My emergency contact is my brother, {n}.", "full", "m"),
        ("en", "Can you put it under J. {s}? That's J as in Juliet.", "init"),
        ("es", "La cita es para mi hijo, {n}.", "full", "m"),
        ("fr", "C'est pour ma mère, Madame {s}.", "title", "f"),
        ("de", "Frau Dr. {s} hat mir das verschrieben.", "title"),
        ("it", "Il paziente è mio padre, {n}.", "full", "m"),
        ("ja", "{s}様の予約について確認したいのですが。", "title"),
        ("ko", "제 남편 {n} 씨 대신 전화했어요.", "full", "m"),
        ("zh", "我帮我妈妈{n}预约。", "full", "f"),
        ("hi", "मेरी पत्नी {n} का अपॉइंटमेंट है।", "full", "f"),
        ("pt_br", "Quem vai buscar o remédio é minha filha, {n}.", "full", "f"),
        ("ru", "Я звоню за отца, {n}.", "full", "m"),
        ("ar", "الموعد لزوجتي {n}.", "full", "f"),
        ("tr", "Annem {n} adına arıyorum.", "full", "f"),
        ("pl", "Dzwonię w imieniu męża, {n}.", "full", "m"),
        ("hr", "Zovem u ime supruge, {n}.", "full", "f"),
        ("sw", "Ninampigia simu kwa niaba ya mama yangu, {n}.", "full", "f"),
    ]
    for entry in third:
        lang, t = entry[0], entry[1]
        n = person(lang, {"m": False, "f": True}.get(entry[-1]))
        s = n.split()[-1] if lang not in ("ja", "zh", "ko") else n[: 1 if lang == "ko" else 2]
        add(
            f"pos.free_text.name.third_party.{lang}",
            pick(ckeys),
            t.format(n=n, f=first(lang), s=s),
            {"name"},
        )
    # spelled names and corrections
    for lang in ["en", "en_ie", "en_au", "sco"]:
        n = person(lang if lang in HAND_NAMES else "en")
        sur = n.split()[-1]
        add(
            f"pos.free_text.name.spelled.{lang}",
            "transcript",
            f"The surname is {sur}, that's {' '.join(sur.upper())}.",
            {"name"},
        )
    n1, n2 = person("en"), person("en")
    add(
        "pos.free_text.name.corrected.en",
        "transcript",
        f"It's booked under {n1.split()[0]}... no sorry, under {n2}, my married name.",
        {"name"},
    )
    add(
        "pos.tool_payload.name.json.en",
        "gen_ai.tool.call.arguments",
        json.dumps({"patient_name": person("en"), "slot": "10:40"}),
        {"name"},
    )
    add(
        "pos.tool_payload.name.json.ka",
        "lk.function_tool.arguments",
        json.dumps({"customer": person("ka"), "order": "GE-4471"}, ensure_ascii=False),
        {"name"},
    )
    add(
        "pos.tool_payload.name.json.th",
        "tool.arguments",
        json.dumps({"passenger": person("th"), "pnr": "QX7K2M"}, ensure_ascii=False),
        {"name"},
    )
    add(
        "pos.tool_payload.name.json.he",
        "gen_ai.tool.call.result",
        json.dumps({"found": True, "name": person("he"), "plan": "family"}, ensure_ascii=False),
        {"name"},
    )
    # dates of birth
    for lang, dlang, t in DOB_SAY:
        add(f"pos.free_text.dob.{lang}", pick(ckeys), t.format(d=dob_text(dlang)), {"dob"})
    # addresses
    for loc in ADDR_LOCALES:
        lang = loc.split("_")[0]
        t = ADDR_SAY.get(lang, ADDR_SAY["en"])
        add(f"pos.free_text.address.{loc}", pick(ckeys), t.format(a=address(loc)), {"address"})
    # national ids
    say = {
        "ee": "Minu isikukood on {v}.",
        "lt": "Mano asmens kodas {v}.",
        "pl": "Mój PESEL to {v}.",
        "cn": "我的身份证号是{v}。",
        "kr": "주민등록번호는 {v}입니다.",
        "za": "My ID number is {v}.",
        "is": "Kennitalan mín er {v}.",
        "si": "Moja EMŠO je {v}.",
        "tr": "T.C. kimlik numaram {v}.",
        "hr": "Moj OIB je {v}.",
        "in": "मेरा आधार नंबर {v} है।",
        "br": "Meu CPF é {v}.",
        "es": "Mi DNI es el {v}.",
        "il": "מספר תעודת הזהות שלי הוא {v}.",
        "th": "เลขบัตรประชาชน {v} ค่ะ",
        "ie": "My PPS number is {v}.",
        "gb": "My NHS number is {v}.",
        "ch": "Meine AHV-Nummer ist {v}.",
    }
    for c, t in say.items():
        v, _ = nid(c)
        add(f"pos.free_text.national_id.{c}", pick(ckeys), t.format(v=v), {"national_id"})
    for c in ["pl", "br", "in", "tr"]:
        v, label = nid(c)
        add(
            f"pos.tool_payload.national_id.{c}",
            "gen_ai.tool.call.arguments",
            json.dumps({"id_type": label, "id_number": v, "purpose": "kyc"}, ensure_ascii=False),
            {"national_id"},
        )
    for _ in range(4):
        s = ssn()
        add(
            "pos.free_text.ssn.en",
            pick(ckeys),
            pick(
                [
                    "Last four? Actually here's the whole thing, {v}.",
                    "Social is {v}.",
                    "My social security number is {v}",
                ]
            ).format(v=s),
            {"ssn"},
        )
    s = ssn().replace("-", "")
    add(
        "pos.free_text.ssn.spoken",
        "transcript",
        f"my social is {spoken(s[:5])} and then {spoken(s[5:])}",
        {"ssn"},
    )
    # bank accounts
    for _ in range(3):
        add(
            "pos.free_text.bank_account.us",
            pick(ckeys),
            f"Routing number {aba()}, account {digits(10)}, it's a checking account.",
            {"bank_account"},
        )
    add(
        "pos.free_text.bank_account.gb",
        "transcript",
        f"Sort code {digits(2)}-{digits(2)}-{digits(2)}, account number {digits(8)}.",
        {"bank_account"},
    )
    add(
        "pos.free_text.bank_account.au",
        "transcript",
        f"BSB is {digits(3)}-{digits(3)} and the account is {digits(9)}.",
        {"bank_account"},
    )
    add(
        "pos.free_text.bank_account.in",
        "transcript",
        f"IFSC code SBIN0{digits(6)}, खाता संख्या {digits(11)}.",
        {"bank_account"},
    )
    add(
        "pos.tool_payload.bank_account.ca",
        "tool.arguments",
        json.dumps(
            {"institution": "003", "transit": digits(5), "account": digits(7), "purpose": "refund"}
        ),
        {"bank_account"},
    )
    add(
        "pos.tool_payload.bank_account.us",
        "lk.function_tool.arguments",
        json.dumps({"routing_number": aba(), "account_number": digits(12), "type": "savings"}),
        {"bank_account"},
    )
    # IBANs
    for cc in [
        "DE",
        "GB",
        "NL",
        "IE",
        "CH",
        "LT",
        "EE",
        "HR",
        "SI",
        "BG",
        "IS",
        "GE",
        "AZ",
        "TR",
        "UA",
        "ES",
    ]:
        v = iban(cc)
        style = R.randrange(4)
        shown = [v, grouped(v), v.lower(), grouped(v.lower())][style]
        add(
            f"pos.free_text.iban.{cc.lower()}",
            pick(ckeys),
            pick(
                ["My IBAN is {v}.", "IBAN: {v}", "Please refund to {v}, thanks.", "iban {v}"]
            ).format(v=shown),
            {"iban"},
        )
    # cards
    for i in range(10):
        c = card()
        form = i % 5
        if form == 0:
            txt = f"The card number is {grouped(c)}."
        elif form == 1:
            txt = f"card {grouped(c, 4, '-')} expiry 0{R.randint(1, 9)}/{R.randint(27, 31)}"
        elif form == 2:
            txt = f"it's {spoken(c)}"
        elif form == 3:
            txt = f"{c[:8]} ... sorry ... {c[8:]}"
        else:
            txt = f"Number is {grouped(c, 4, '.')} and the CVV is on the back."
        add("pos.free_text.card", pick(ckeys), txt, {"card"})
    c = pick(TEST_CARDS[:5])
    add(
        "pos.free_text.card.split_turns",
        "gen_ai.input.messages",
        genai_messages(
            [
                ("user", f"first half is {spoken(c[:8])}"),
                ("assistant", "Got it, and the second half?"),
                ("user", f"{spoken(c[8:])}"),
            ]
        ),
        {"card"},
    )
    # emails
    locals_ = [
        "john.smith",
        "priya.raman",
        "t.okafor",
        "m.dubois",
        "k.tanaka",
        "ana.souza",
        "lars.jonsson",
        "gintare.k",
    ]
    for lp in locals_:
        dom = pick(
            [
                "gmail.com",
                "outlook.com",
                "yahoo.co.in",
                "mail.ru",
                "naver.com",
                "web.de",
                "example.net",
                "proton.me",
            ]
        )
        if R.random() < 0.5:
            txt = f"my email is {lp.replace('.', ' dot ')} at {dom.replace('.', ' dot ')}"
        else:
            txt = f"Send the receipt to {lp}@{dom} please."
        add("pos.free_text.email", pick(ckeys), txt, {"email"})
    for e in [
        "jürgen.müller@bücher.example",
        "用户@例子.广告",
        "ram.sharma@उदाहरण.भारत",
        "ана@пример.рф",
    ]:
        add("pos.free_text.email.idn", "transcript", f"email: {e}", {"email"})
    # phones in content
    for reg, lang in [
        ("US", "en"),
        ("GB", "en"),
        ("ES", "es"),
        ("FR", "fr"),
        ("DE", "de"),
        ("IN", "hi"),
        ("AU", "en"),
        ("JM", "en"),
        ("NG", "en"),
        ("ZA", "en"),
        ("KE", "en"),
        ("IE", "en"),
        ("CA", "fr"),
        ("MX", "es"),
    ]:
        num = phone(reg)
        nat = fmt(num, "NATIONAL")
        form = R.randrange(3)
        if form == 0:
            txt = f"You can reach me on {nat}."
        elif form == 1:
            txt = f"call me back at {spoken(nat, lang)}"
        else:
            d = "".join(ch for ch in nat if ch.isdigit())
            txt = f"It's {d[: len(d) // 2]}... no wait, let me start again, {nat}."
        add(f"pos.free_text.phone.{reg.lower()}", pick(ckeys), txt, {"phone"})
    # sensitive disclosures with no identifier
    sens = [
        (
            "en",
            "I was diagnosed with type 2 diabetes in March and I can't afford the insulin this month.",
        ),
        ("en", "I'm three months behind on rent and the landlord has filed for eviction."),
        ("en", "My husband passed away last week, I need to close his phone contract."),
        ("en", "I'm pregnant, twenty weeks, so I can't take that medication."),
        ("en", "I'm on methadone and the pharmacy needs to know before Friday."),
        ("en_ie", "Me mam died on Tuesday, I'm ringing to cancel her electricity."),
        (
            "en_au",
            "I've got a court date for the drink driving charge, so I can't travel that day.",
        ),
        ("jam", "Mi lose mi job an mi cyaan pay di light bill dis month."),
        ("es", "Tengo cáncer de mama y estoy en quimioterapia, necesito cambiar la cita."),
        ("es", "Estoy sin papeles, ¿me van a pedir documentos en la clínica?"),
        ("fr", "Je suis en surendettement, j'ai un dossier à la Banque de France."),
        ("fr_ca", "Mon père est décédé dimanche, je dois annuler son abonnement."),
        ("de", "Ich bin HIV-positiv und brauche ein neues Rezept."),
        ("de_ch", "Ich ha Depressione und bi grad krankgschribe."),
        ("de_at", "Ich bin in Privatkonkurs und kann die Rate nicht zahlen."),
        ("it", "Sono in attesa di giudizio per una causa penale, posso viaggiare?"),
        ("ja", "先月うつ病と診断されて、仕事を休んでいます。"),
        ("zh", "我欠了信用卡很多钱，现在被催收。"),
        ("ko", "제가 임신 중이라서 이 약을 먹어도 되는지 궁금해요."),
        ("ar", "زوجي توفي الشهر الماضي وأريد إغلاق حسابه."),
        ("ru", "У меня долг по кредиту, и приставы арестовали счёт."),
        ("pt_br", "Eu sou soropositivo e preciso retirar meus remédios."),
        ("hi", "मेरे पिताजी का पिछले हफ्ते देहांत हो गया, उनका खाता बंद करना है।"),
        ("ta", "எனக்கு சர்க்கரை நோய் இருக்கு, மருந்து மாத்தணும்."),
        ("te", "నాకు క్యాన్సర్ చికిత్స జరుగుతోంది, అపాయింట్‌మెంట్ మార్చాలి."),
        ("bn", "আমি গর্ভবতী, তাই এই ওষুধ খেতে পারব না।"),
        ("ne", "मेरो ऋण तिर्न सकेको छैन, बैंकले मुद्दा हालेको छ।"),
        ("si", "මගේ අම්මා ගිය සතියේ මිය ගියා."),
        ("my", "ကျွန်မ ကိုယ်ဝန်ရှိနေလို့ ဒီဆေးသောက်လို့ရလား။"),
        ("km", "ខ្ញុំជំពាក់បំណុលធនាគារ ហើយមិនអាចបង់បានទេ។"),
        ("mn", "Би чихрийн шижинтэй, эмээ солих хэрэгтэй."),
        ("kk", "Менің несием бойынша сот ісі қозғалды."),
        ("ka", "მამაჩემი გარდაიცვალა და ანგარიში უნდა დავხურო."),
        ("hy", "Ես հղի եմ, այս դեղը կարո՞ղ եմ ընդունել։"),
        ("az", "Mənim xərçəng diaqnozum var, müalicə alıram."),
        ("ha", "Ina da ciwon suga, ina bukatar sabon magani."),
        ("zu", "Ngine-HIV futhi ngidinga imithi yami."),
        ("so", "Waxaan ahay qaxooti aan weli warqado haysan."),
        ("ht", "Mwen pa gen papye, èske yo pral mande m dokiman?"),
        ("ca", "Tinc una depressió greu i estic de baixa."),
        ("eu", "Nire aita hil egin da eta kontua itxi behar dut."),
        ("sk", "Som v exekúcii a nemôžem splácať úver."),
        ("sr_cyrl", "Мој муж је преминуо, треба да затворим његов рачун."),
        ("bg", "Имам рак и съм на химиотерапия."),
        ("lt", "Esu nėščia, ar galiu vartoti šiuos vaistus?"),
        ("is", "Ég er með krabbamein og er í lyfjameðferð."),
        ("th", "ดิฉันเป็นโรคซึมเศร้า ต้องเลื่อนนัดค่ะ"),
        ("vi", "Tôi đang nợ thẻ tín dụng và bị gọi đòi nợ liên tục."),
        ("id", "Saya baru keguguran minggu lalu, mau batalkan jadwal."),
        ("pl", "Jestem gejem i rodzina nie wie, proszę nie dzwonić na domowy."),
        ("tr", "Müslümanım, uçakta helal yemek lazım."),
        ("he", "אני בהליך פשיטת רגל ולא יכול לשלם."),
        ("sw", "Nina kifua kikuu na niko kwenye matibabu."),
        ("uk", "Я біженка, документів ще немає."),
    ]
    for lang, t in sens:
        add(f"pos.free_text.sensitive.{lang}", pick(ckeys), t, {"sensitive"})
    # deep: 20-turn transcripts (Vapi/Retell/Bland/LiveKit)
    deep = [
        (
            f"Yeah the card ending in... actually take the whole thing, {grouped(pick(TEST_CARDS[:5]))}",
            {"card"},
        ),
        (f"the address on file is {address('en_US')}", {"address"}),
        (
            f"my wife {person('en', True)} handles the account, she's in hospital after her stroke",
            {"name", "sensitive"},
        ),
        (f"my date of birth is {dob_text('en')}", {"dob"}),
        (f"email me at {pick(locals_)}@gmail.com", {"email"}),
        (f"my number is {fmt(phone('GB'), 'NATIONAL')}", {"phone"}),
        ("I lost my job and I'm behind on the loan, can we set up a plan?", {"sensitive"}),
        (f"my SSN is {ssn()}", {"ssn"}),
    ]
    for i, (turn, kinds) in enumerate(deep):
        body = {
            "message": {
                "type": "end-of-call-report",
                "endedReason": "customer-ended-call",
                "artifact": {"messages": json.loads(transcript20(FILLER_EN, turn, 11 + i))},
            }
        }
        key, cls = [
            ("http.request.body", "vapi"),
            ("retell.call.transcript_object", "retell"),
            ("bland.webhook.body", "bland"),
            ("lk.chat_ctx", "livekit"),
        ][i % 4]
        add(
            f"pos.free_text.deep_transcript.{cls}",
            key,
            json.dumps(body, ensure_ascii=False)
            if i % 4 == 0
            else transcript20(FILLER_EN, turn, 11 + i),
            kinds,
        )
    # deep: 3 KB tool results (CRM, claims, school)
    for i in range(6):
        recs = [
            {
                "ticket": f"INC-{R.randint(10000, 99999)}",
                "status": pick(["open", "closed", "pending"]),
                "channel": "voice",
                "updated": f"2026-0{R.randint(1, 9)}-1{R.randint(0, 9)}T10:{R.randint(10, 59)}:00Z",
                "notes": "callback scheduled",
            }
            for _ in range(18)
        ]
        kind = i % 6
        if kind == 0:
            buried = {"policyholder": person("de"), "claim": "water damage"}
            kinds = {"name"}
        elif kind == 1:
            buried = {
                "emergency_contact": {"relation": "sister", "phone": fmt(phone("ZA"), "E164")}
            }
            kinds = {"phone"}
        elif kind == 2:
            buried = {"student": person("sk"), "guardian_email": "m.novak@example.net"}
            kinds = {"name", "email"}
        elif kind == 3:
            buried = {"payout_iban": iban("LT").lower()}
            kinds = {"iban"}
        elif kind == 4:
            buried = {
                "debtor_notes": "customer says she is undergoing dialysis, pause collection 30 days"
            }
            kinds = {"sensitive"}
        else:
            buried = {"service_address": address("en_GB")}
            kinds = {"address"}
        recs.insert(13, buried)
        add(
            f"pos.tool_payload.deep_result.{['insurance', 'telecom', 'school', 'bank', 'debt', 'utility'][kind]}",
            pick(
                [
                    "gen_ai.tool.call.result",
                    "lk.function_tool.output",
                    "tool.result",
                    "traceloop.entity.output",
                ]
            ),
            json.dumps({"records": recs}, ensure_ascii=False),
            kinds,
        )
    # deep: provider STT responses
    n = person("en")
    add(
        "pos.free_text.stt_deepgram.name",
        "stt.response",
        deepgram(f"Hi this is {n} calling about my prescription"),
        {"name"},
    )
    num = fmt(phone("US"), "NATIONAL")
    add(
        "pos.free_text.stt_deepgram.phone",
        "stt.response",
        deepgram(f"my number is {spoken(num)}"),
        {"phone"},
    )
    add(
        "pos.free_text.stt_assemblyai.dob",
        "stt.response",
        assemblyai(f"I was born on {dob_text('en')} and I need a refill"),
        {"dob"},
    )
    add(
        "pos.free_text.stt_whisper.address",
        "stt.response",
        whisper(f"Mi dirección es {address('es_ES')}", "es"),
        {"address"},
    )
    add(
        "pos.free_text.stt_whisper.sensitive",
        "stt.response",
        whisper("Je suis enceinte de six mois, puis-je voyager ?", "fr"),
        {"sensitive"},
    )
    # TTS requests reading back data
    add(
        "pos.free_text.tts_elevenlabs.name",
        "http.request.body",
        json.dumps(
            {
                "text": f"Thank you, {person('en')}. Your appointment is confirmed.",
                "model_id": "eleven_flash_v2_5",
            }
        ),
        {"name"},
    )
    add(
        "pos.free_text.tts_cartesia.dob",
        "http.request.body",
        json.dumps(
            {
                "model_id": "sonic-2",
                "transcript": f"To confirm, your date of birth is {dob_text('en')}?",
                "language": "en",
            }
        ),
        {"dob"},
    )
    # OpenInference / GenAI shapes with several kinds
    n = person("es")
    add(
        "pos.free_text.genai_messages.es",
        "gen_ai.input.messages",
        genai_messages(
            [
                ("system", "Eres el asistente del banco."),
                ("user", f"Soy {n}, mi DNI es {nid('es')[0]}"),
            ]
        ),
        {"name", "national_id"},
    )
    add(
        "pos.free_text.genai_output.fr",
        "gen_ai.output.messages",
        genai_messages(
            [
                (
                    "assistant",
                    f"Merci Madame {person('fr').split()[-1]}, je vous envoie le code au {fmt(phone('FR'), 'NATIONAL')}.",
                )
            ]
        ),
        {"name", "phone"},
    )
    add(
        "pos.free_text.chat_request.en",
        "http.request.body",
        chat_request(
            [
                (
                    "user",
                    f"I'm {person('en')}, born {dob_text('en')}, I need to refill my lithium prescription.",
                )
            ]
        ),
        {"dob", "name", "sensitive"},
    )
    add(
        "pos.free_text.langfuse.de",
        "langfuse.observation.input",
        json.dumps(
            {"messages": [{"role": "user", "content": f"Meine Adresse ist {address('de_DE')}."}]},
            ensure_ascii=False,
        ),
        {"address"},
    )
    add(
        "pos.free_text.traceloop.ja",
        "traceloop.entity.input",
        json.dumps(
            {
                "inputs": {
                    "question": f"{person('ja')}です。電話番号は{fmt(phone('JP'), 'NATIONAL')}です。"
                }
            },
            ensure_ascii=False,
        ),
        {"name", "phone"},
    )
    add(
        "pos.free_text.log_record.en",
        "log.record.body",
        f'user said: "my card is {grouped(pick(TEST_CARDS))}"',
        {"card"},
    )
    add(
        "pos.free_text.exception.en",
        "exception.message",
        f"ValidationError: could not parse utterance 'my date of birth is {dob_text('en_gb')}'",
        {"dob"},
        site="event",
    )


# ---------------------------------------------------------------- non-content personal data and secrets
def pub_ip() -> str:
    while True:
        a = R.choice(
            [
                31,
                37,
                46,
                62,
                77,
                81,
                86,
                89,
                91,
                102,
                105,
                109,
                122,
                141,
                176,
                178,
                185,
                188,
                197,
                213,
            ]
        )
        ip = f"{a}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
        if not ip.startswith(("198.51.100.", "203.0.113.", "192.0.2.")):
            return ip


def pub_ip6() -> str:
    return f"2a02:{hexs(4)}:{hexs(4)}:{hexs(4)}::{hexs(3)}"


def jwt() -> str:
    def b64(obj: dict[str, Any]) -> str:
        return (
            base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
            .decode()
            .rstrip("=")
        )

    payload = {
        "sub": hexs(24),
        "iat": 1780000000 + R.randint(0, 10**6),
        "exp": 1790000000,
        "scope": "calls:write",
    }
    return f"{b64({'alg': 'HS256', 'typ': 'JWT'})}.{b64(payload)}.{chars(43, string.ascii_letters + string.digits + '-_')}"


def api_key(provider: str) -> str:
    a = string.ascii_letters + string.digits
    return {
        "openai": "sk-proj-" + chars(48, a + "-_"),
        "anthropic": "sk-ant-api03-" + chars(93, a + "-_") + "AA",
        "deepgram": hexs(40),
        "elevenlabs": "sk_" + hexs(48),
        "twilio_token": hexs(32),
        "twilio_key": "SK" + hexs(32),
        "groq": "gsk_" + chars(52),
        "google": "AIza" + chars(35, a + "-_"),
        "aws": "AKIA" + chars(16, string.ascii_uppercase + "234567"),
        "telnyx": "KEY" + chars(32, string.ascii_uppercase + string.digits) + "_" + chars(22),
        "cartesia": "sk_car_" + chars(24),
        "slack": "xoxb-" + digits(12) + "-" + digits(13) + "-" + chars(24),
    }[provider]


def build_value_pii() -> None:
    for reg in ["US", "GB", "IN", "NG", "ZA", "AU", "JM", "HT", "KZ", "GE", "LK", "IE", "CA", "BR"]:
        num = phone(reg)
        e164 = fmt(num, "E164")
        key, val = pick(
            [
                ("sip.from", f'"{reg} caller" <sip:{e164}@trunk.pstn.example.com>;tag={hexs(8)}'),
                ("twilio.from", e164),
                ("telnyx.call.from", e164),
                ("sip.header.p_asserted_identity", f"<tel:{e164}>"),
                ("patter.caller", e164),
                ("phone.caller_id", fmt(num, "INTERNATIONAL")),
            ]
        )
        add(f"pos.value.phone.caller.{reg.lower()}", key, val, {"phone"})
    num = phone("US")
    add(
        "pos.value.phone.twilio_status_callback",
        "http.request.body",
        f"AccountSid=AC{hexs(32)}&CallSid=CA{hexs(32)}&CallStatus=completed&CallDuration=84&From=%2B{fmt(num, 'E164')[1:]}&To=%2B18005550199&Direction=inbound&ApiVersion=2010-04-01",
        {"phone"},
    )
    num = phone("GB")
    add(
        "pos.value.phone_name.twilio_caller_name",
        "http.request.body",
        f"CallSid=CA{hexs(32)}&From=%2B{fmt(num, 'E164')[1:]}&CallerName={person('en').replace(' ', '+')}&CallStatus=ringing",
        {"name", "phone"},
    )
    add(
        "pos.value.phone.media_stream_start",
        "websocket.message",
        json.dumps(
            {
                "event": "start",
                "sequenceNumber": "1",
                "start": {
                    "streamSid": "MZ" + hexs(32),
                    "callSid": "CA" + hexs(32),
                    "tracks": ["inbound"],
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                    "customParameters": {"caller": fmt(phone("AU"), "E164")},
                },
            }
        ),
        {"phone"},
    )
    add(
        "pos.value.phone.status",
        "otel.status_description",
        f"Transfer to {fmt(phone('NG'), 'INTERNATIONAL')} failed: busy",
        {"phone"},
        site="status",
    )
    add(
        "pos.value.phone.exception",
        "exception.message",
        f"TelnyxError: number {fmt(phone('KE'), 'E164')} is not reachable",
        {"phone"},
        site="event",
    )
    # IPs
    for _ in range(5):
        add(
            "pos.value.ip.forwarded",
            "http.request.header.x-forwarded-for",
            [f"{pub_ip()}, 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}"],
            {"ip"},
        )
    for _ in range(3):
        add(
            "pos.value.ip.client",
            pick(["client.address", "http.client_ip", "enduser.ip"]),
            pick([pub_ip(), pub_ip6()]),
            {"ip"},
        )
    for _ in range(3):
        add(
            "pos.value.ip.ice_srflx",
            "webrtc.ice.candidate",
            f"candidate:{digits(9)} 1 udp 1677729535 {pub_ip()} {R.randint(40000, 65000)} typ srflx raddr 192.168.1.{R.randint(2, 250)} rport {R.randint(40000, 65000)} generation 0 network-cost 999",
            {"ip"},
        )
    add(
        "pos.value.ip.log",
        "log.record.body",
        f'{pub_ip()} - - "POST /webhooks/twilio/voice HTTP/1.1" 200 512 "-" "TwilioProxy/1.1"',
        {"ip"},
    )
    add(
        "pos.value.ip.forwarded_rfc7239",
        "http.request.header.forwarded",
        [f'for="[{pub_ip6()}]";proto=https;by=10.1.2.3'],
        {"ip"},
    )
    # secrets
    for prov in [
        "openai",
        "anthropic",
        "deepgram",
        "elevenlabs",
        "groq",
        "google",
        "cartesia",
        "telnyx",
    ]:
        key = api_key(prov)
        k, v = pick(
            [
                ("http.request.header.authorization", [f"Bearer {key}"]),
                ("exception.message", f"AuthenticationError: Incorrect API key provided: {key}."),
                ("process.command_args", ["python", "bot.py", "--api-key", key]),
                ("log.record.body", f"loaded config provider={prov} key={key}"),
            ]
        )
        site = (
            "event"
            if k == "exception.message"
            else "resource"
            if k == "process.command_args"
            else "attribute"
        )
        add(f"pos.value.secret.{prov}", k, v, {"secret"}, site=site)
    add(
        "pos.value.secret.twilio_basic",
        "url.full",
        f"https://AC{hexs(32)}:{api_key('twilio_token')}@api.twilio.com/2010-04-01/Accounts.json",
        {"secret"},
    )
    add(
        "pos.value.secret.aws",
        "log.record.body",
        f"boto: using AWS_ACCESS_KEY_ID={api_key('aws')} AWS_SECRET_ACCESS_KEY={chars(40, string.ascii_letters + string.digits + '/+')}",
        {"secret"},
    )
    add(
        "pos.value.secret.jwt", "http.request.header.authorization", [f"Bearer {jwt()}"], {"secret"}
    )
    add(
        "pos.value.secret.jwt_query",
        "url.full",
        f"wss://rtc.example-voice.com/agent?access_token={jwt()}",
        {"secret"},
    )
    add(
        "pos.value.secret.conn_string",
        "db.connection_string",
        f"postgresql://patter_app:{chars(18)}@10.0.3.14:5432/calls",
        {"secret"},
    )
    add(
        "pos.value.secret.sql_password",
        "db.query.text",
        f"ALTER USER ivr_reporter WITH PASSWORD '{chars(14)}!';",
        {"secret"},
    )
    add(
        "pos.value.secret.slack_webhook",
        "webhook.url",
        f"https://hooks.slack.com/services/T{chars(8, string.ascii_uppercase + string.digits)}/B{chars(10, string.ascii_uppercase + string.digits)}/{chars(24)}",
        {"secret"},
    )
    add("pos.value.secret.slack_bot", "messaging.slack.token", api_key("slack"), {"secret"})
    add(
        "pos.value.secret.cookie",
        "http.request.header.cookie",
        [
            f"session={chars(40, string.ascii_letters + string.digits + '-_')}; csrftoken={chars(32)}"
        ],
        {"secret"},
    )
    add(
        "pos.value.secret.signed_url",
        "url.full",
        f"https://recordings.example-voice.com/RE{hexs(32)}.wav?X-Amz-Credential={api_key('aws')}%2F20261206%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature={hexs(64)}",
        {"secret"},
    )
    add(
        "pos.value.secret.resource_env",
        "process.environment.DEEPGRAM_API_KEY",
        api_key("deepgram"),
        {"secret"},
        site="resource",
    )
    add(
        "pos.value.secret.sip_trunk_uri",
        "sip.trunk.uri",
        f"sip:trunk01:{chars(16)}@sip.example-carrier.com:5060;transport=tls",
        {"secret"},
    )
    # more caller identity in telephony and WebRTC layers
    num = phone("MX")
    add(
        "pos.value.phone.telnyx_webhook",
        "http.request.body",
        json.dumps(
            {
                "data": {
                    "event_type": "call.initiated",
                    "id": str(uuid.UUID(int=R.getrandbits(128), version=4)),
                    "payload": {
                        "call_control_id": "v3:" + chars(40),
                        "direction": "incoming",
                        "from": fmt(num, "E164"),
                        "to": "+18005550199",
                        "state": "parked",
                    },
                }
            }
        ),
        {"phone"},
    )
    num = phone("ZA")
    add(
        "pos.value.phone.livekit_sip_identity",
        "lk.participant_identity",
        f"sip_{fmt(num, 'E164')}",
        {"phone"},
    )
    add(
        "pos.value.phone.livekit_sip_attr",
        "lk.participant.attributes",
        json.dumps(
            {
                "sip.phoneNumber": fmt(phone("IE"), "E164"),
                "sip.trunkPhoneNumber": "+35315550100",
                "sip.callStatus": "active",
            }
        ),
        {"phone"},
    )
    add(
        "pos.value.phone.diversion",
        "sip.header.diversion",
        f"<sip:{fmt(phone('SK'), 'E164')}@pbx.example.sk>;reason=no-answer;counter=1",
        {"phone"},
    )
    add(
        "pos.value.phone.int_key",
        "twilio.caller_number",
        int(fmt(phone("IN"), "E164")[1:]),
        {"phone"},
    )
    add(
        "pos.value.phone.log_national",
        "log.record.body",
        f"callback queued for {fmt(phone('AT'), 'NATIONAL')} at 14:30 (retry 2/3)",
        {"phone"},
    )
    add(
        "pos.value.phone.vonage_event",
        "http.request.body",
        json.dumps(
            {
                "from": fmt(phone("LT"), "E164")[1:],
                "to": "37052000000",
                "uuid": hexs(32),
                "status": "answered",
                "direction": "inbound",
            }
        ),
        {"phone"},
    )
    add(
        "pos.value.phone.header_list",
        "http.request.header.x-caller-id",
        [fmt(phone("SI"), "E164")],
        {"phone"},
    )
    add(
        "pos.value.ip.ice_host_public",
        "webrtc.ice.candidate",
        f"candidate:{digits(9)} 1 udp 2122262783 {pub_ip6()} {R.randint(40000, 65000)} typ host generation 0 network-id 2",
        {"ip"},
    )
    add("pos.value.ip.resource", "client.geo.source_ip", pub_ip(), {"ip"}, site="resource")
    add(
        "pos.value.ip.status",
        "otel.status_description",
        f"rate limited client {pub_ip()} after 40 requests",
        {"ip"},
        site="status",
    )
    add(
        "pos.value.ip.sip_via",
        "sip.header.via",
        f"SIP/2.0/UDP {pub_ip()}:5060;branch=z9hG4bK{hexs(10)};rport",
        {"ip"},
    )
    add(
        "pos.value.ip.exception",
        "exception.message",
        f"ConnectionResetError: peer {pub_ip()}:51022 closed the media websocket",
        {"ip"},
        site="event",
    )
    add(
        "pos.value.secret.xi_api_key",
        "http.request.header.xi-api-key",
        [api_key("elevenlabs")],
        {"secret"},
    )
    add(
        "pos.value.secret.deepgram_token",
        "http.request.header.authorization",
        [f"Token {api_key('deepgram')}"],
        {"secret"},
    )
    add(
        "pos.value.secret.twilio_key",
        "log.record.body",
        f"twilio client init sid={api_key('twilio_key')} secret={chars(32)}",
        {"secret"},
    )
    add(
        "pos.value.secret.redis",
        "db.connection_string",
        f"rediss://default:{chars(32)}@cache.internal.example:6380/0",
        {"secret"},
    )
    add(
        "pos.value.secret.webhook_token",
        "url.full",
        f"https://agent.example-clinic.com/hooks/vapi?token={chars(40)}",
        {"secret"},
    )
    add(
        "pos.value.secret.set_cookie",
        "http.response.header.set-cookie",
        [
            f"__Secure-sid={chars(48, string.ascii_letters + string.digits + '-_')}; Path=/; HttpOnly; Secure"
        ],
        {"secret"},
    )
    # emails outside content
    for lp, dom in [
        ("ngozi.eze", "yahoo.com"),
        ("k.mukhametov", "mail.kz"),
        ("ana.beridze", "gmail.com"),
        ("s.perera", "outlook.com"),
    ]:
        k, v, site = pick(
            [
                (
                    "exception.message",
                    f"SMTPRecipientsRefused: 550 5.1.1 <{lp}@{dom}>: mailbox unavailable",
                    "event",
                ),
                ("enduser.id", f"{lp}@{dom}", "attribute"),
                (
                    "otel.status_description",
                    f"could not send voicemail transcript to {lp}@{dom}",
                    "status",
                ),
            ]
        )
        add("pos.value.email.error", k, v, {"email"}, site=site)
    add(
        "pos.value.email.resource",
        "service.owner",
        "jelena.petrovic@gmail.com",
        {"email"},
        site="resource",
    )
    add("pos.value.name.caller_lookup", "twilio.caller_name", person("en").upper(), {"name"})
    add(
        "pos.value.name.sip_display",
        "sip.from",
        f'"{person("pl")}" <sip:{fmt(phone("PL"), "E164")}@sip.example.pl>',
        {"name", "phone"},
    )
    add(
        "pos.value.iban.sql",
        "db.query.text",
        f"UPDATE payouts SET iban = '{iban('DE')}' WHERE customer_id = 88231",
        {"iban"},
    )
    add(
        "pos.value.card.log",
        "log.record.body",
        f"payment gateway declined pan={pick(TEST_CARDS)} reason=insufficient_funds",
        {"card"},
    )
    add(
        "pos.value.ssn.sql",
        "db.statement",
        f"SELECT * FROM patients WHERE ssn = '{ssn()}'",
        {"ssn"},
    )
    v, _ = nid("za")
    add(
        "pos.value.national_id.exception",
        "exception.message",
        f"KYCError: id {v} failed home affairs lookup",
        {"national_id"},
        site="event",
    )
    add(
        "pos.value.dob.sql",
        "db.query.text",
        f"INSERT INTO callers (dob, clinic) VALUES ('{dob_text('iso')}', 'north')",
        {"dob"},
    )
    add(
        "pos.value.address.geocode_url",
        "url.full",
        "https://maps.example.com/geocode?address="
        + address("en_US").replace(" ", "+").replace(",", "%2C"),
        {"address"},
    )
    add(
        "pos.value.bank_account.log",
        "log.record.body",
        f"ach transfer created routing={aba()} account={digits(10)} amount=120.00",
        {"bank_account"},
    )
    add(
        "pos.value.sensitive.crm_tag",
        "crm.caller.flags",
        ["bereaved", "payment_hardship"],
        {"sensitive"},
    )


# ---------------------------------------------------------------- hard negatives
def ulid() -> str:
    return chars(26, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def build_negatives() -> None:
    for _ in range(6):
        add("neg.value.id.trace", pick(["trace_id", "otel.trace_id", "parent.trace_id"]), hexs(32))
        add("neg.value.id.span", pick(["span_id", "otel.span_id"]), hexs(16))
    for _ in range(6):
        add(
            "neg.value.id.uuid",
            pick(
                [
                    "getpatter.call.id",
                    "patter.call_id",
                    "session.id",
                    "lk.room_id",
                    "conversation.id",
                ]
            ),
            str(uuid.UUID(int=R.getrandbits(128), version=4)),
        )
    for _ in range(4):
        add("neg.value.id.ulid", pick(["event.id", "job.id", "request.id"]), ulid())
    for _ in range(4):
        add(
            "neg.value.id.twilio_sid",
            pick(["twilio.call_sid", "twilio.stream_sid", "twilio.account_sid"]),
            pick(["CA", "MZ", "AC"]) + hexs(32),
        )
    for _ in range(6):
        body = digits(15)
        add(
            "neg.value.id.luhn_valid",
            pick(
                [
                    "order.id",
                    "loyalty.member_id",
                    "ticket.number",
                    "shipment.id",
                    "invoice.id",
                    "booking.ref_num",
                ]
            ),
            body + luhn.calc_check_digit(body),
        )
    for _ in range(4):
        add(
            "neg.value.sku.ssn_shaped",
            pick(["product.sku", "part.number", "catalog.item"]),
            f"{R.randint(100, 899)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
        )
    for _ in range(4):
        add(
            "neg.value.order.phone_shaped",
            pick(["order.number", "tracking.number", "case.id"]),
            f"{R.randint(200, 999)}-{R.randint(200, 999)}-{R.randint(1000, 9999)}",
        )
    for _ in range(3):
        add(
            "neg.value.order.card_shaped",
            pick(["gift_voucher.batch", "warehouse.bin_path", "pallet.id"]),
            f"{digits(4)}-{digits(4)}-{digits(4)}-{digits(4)}",
        )
    for v in ["0.7.0", "1.38.0", "3.11.9", "v2.4.1-rc.2", "2026.11.3", "24.04.1 LTS"]:
        add(
            "neg.value.version",
            pick(["service.version", "telemetry.sdk.version", "getpatter.version", "os.version"]),
            v,
            site=pick(["resource", "attribute"]),
        )
    for _ in range(4):
        add(
            "neg.value.build_hash",
            pick(["vcs.revision", "build.commit", "container.image.id"]),
            pick([hexs(40), "sha256:" + hexs(64), hexs(7)]),
            site="resource",
        )
    for ip in [
        "192.0.2.44",
        "198.51.100.17",
        "203.0.113.250",
        "2001:db8::1f",
        "10.12.0.7",
        "172.20.3.9",
        "192.168.0.42",
        "127.0.0.1",
        "::1",
        "169.254.10.3",
        "fe80::1c2b:3aff:fe4d:5e6f",
    ]:
        add(
            "neg.value.ip.reserved",
            pick(["client.address", "net.host.ip", "server.address", "network.local.address"]),
            ip,
        )
    add(
        "neg.value.ip.ice_host_mdns",
        "webrtc.ice.candidate",
        f"candidate:{digits(9)} 1 udp 2122260223 {uuid.UUID(int=R.getrandbits(128), version=4)}.local 54321 typ host generation 0",
    )
    add(
        "neg.value.ip.ice_relay_private",
        "webrtc.ice.candidate",
        "candidate:1 1 udp 41885439 10.20.0.5 3478 typ relay raddr 0.0.0.0 rport 0",
    )
    for ip in ["3.120.181.40", "52.215.127.8", "34.102.136.180", "54.172.60.3", "18.156.4.22"]:
        add(
            "neg.value.ip.cloud_edge",
            pick(["server.address", "net.peer.ip", "network.peer.address", "sip.proxy.address"]),
            ip,
        )
    for num, key in [
        ("+18005550199", "org.support_phone"),
        ("+442079460000", "agent.phone_number"),
        ("+15005550006", "trunk.number"),
        ("+61 1800 160 401", "business.phone"),
        ("+353 1800 123 456", "org.contact_number"),
        ("+91 1800 266 1234", "helpline.number"),
    ]:
        add("neg.value.business_phone", key, num)
    add("neg.value.business_email", "org.support_email", "help@northside-dental.example")
    for v in [
        "sk-proj-****************************abcd",
        "sk_***REDACTED***",
        "Bearer <token>",
        "${OPENAI_API_KEY}",
        "[REDACTED]",
        "<PHONE_NUMBER>",
        "****-****-****-4242",
        "xxx-xx-xxxx",
    ]:
        add(
            "neg.value.masked",
            pick(
                [
                    "http.request.header.authorization",
                    "config.api_key",
                    "caller.masked",
                    "payment.card_masked",
                ]
            ),
            v,
        )
    for _ in range(3):
        add(
            "neg.value.hash",
            pick(["caller.hash", "user.fingerprint", "audio.sha256"]),
            hashlib.sha256(chars(20).encode()).hexdigest(),
        )
    errors = [
        '{"error":{"message":"Rate limit reached for gpt-4o-mini in organization org-abc on requests per min (RPM): Limit 500","type":"requests","code":"rate_limit_exceeded"}}',
        '{"err_code":"INSUFFICIENT_CREDITS","err_msg":"Project does not have enough credits for this request"}',
        '{"detail":{"status":"quota_exceeded","message":"This request exceeds your quota of 10000."}}',
        "Twilio error 31005: Connection error - an error occurred on the server side (Gateway hang-up)",
        "Deepgram websocket closed with code 1011: NET-0001 did not receive audio data within timeout",
        '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}',
    ]
    for e in errors:
        k = pick(["http.response.body", "exception.message", "otel.status_description"])
        add(
            "neg.value.provider_error",
            k,
            e,
            site={"exception.message": "event", "otel.status_description": "status"}.get(
                k, "attribute"
            ),
        )
    add(
        "neg.value.stacktrace",
        "exception.stacktrace",
        'Traceback (most recent call last):\n  File "/app/bot/pipeline.py", line 212, in run\n    await self.llm.complete(ctx)\n  File "/app/bot/llm.py", line 88, in complete\n    raise TimeoutError("LLM did not answer in 8.0s")\nTimeoutError: LLM did not answer in 8.0s',
        site="event",
    )
    for v in [
        "2026-11-03T14:22:05.118Z",
        1780012345123456789,
        "Tue, 03 Nov 2026 14:22:05 GMT",
        "1780012345",
    ]:
        add(
            "neg.value.timestamp",
            pick(["event.time", "call.started_at", "http.response.header.date"]),
            v,
        )
    for k, v in [
        ("getpatter.endpoint.silence_ms", 640),
        ("patter.latency.ttfb_ms", 412.7),
        ("patter.latency.turn_ms", 1830.2),
        ("getpatter.llm.ttft_ms", 288.1),
        ("patter.cost.telephony_minutes", 2.35),
        ("patter.cost.stt_seconds", 141.2),
        ("patter.cost.tts_chars", 1870),
        ("patter.cost.llm_input_tokens", 5231),
        ("getpatter.stt.confidence", 0.93),
        ("getpatter.tts.text_len", 118),
        ("call.cost_usd", "0.0421"),
        ("getpatter.llm.history_size", 14),
    ]:
        add("neg.value.metric", k, v)
    for k, v in [
        ("audio.codec", "audio/x-mulaw"),
        ("audio.sample_rate", 8000),
        ("audio.sample_rate", 16000),
        ("audio.encoding", "pcm_s16le"),
        ("rtp.payload_type", 0),
        ("audio.channels", 1),
        ("sip.codec", "PCMU/8000"),
        ("webrtc.codec", "opus/48000/2"),
    ]:
        add("neg.value.audio_setting", k, v)
    for k, v in [
        ("gen_ai.request.model", "gpt-4o-mini-2024-07-18"),
        ("gen_ai.request.model", "claude-3-5-haiku-20241022"),
        ("patter.stt.provider", "deepgram"),
        ("patter.tts.provider", "elevenlabs"),
        ("gen_ai.request.model", "llama-3.3-70b-versatile"),
        ("stt.model", "nova-2-phonecall"),
        ("tts.voice_id", "21m00Tcm4TlvDq8ikWAM"),
    ]:
        add("neg.value.model", k, v)
    for v in ["eu-west-1", "ap-south-1", "us-east-2", "me-central-1", "af-south-1"]:
        add("neg.value.region", pick(["cloud.region", "livekit.region"]), v, site="resource")
    for k, v in [
        ("store.city", "Lisbon"),
        ("branch.city", "Tbilisi"),
        ("clinic.location", "Ulaanbaatar"),
        ("depot.city", "Almaty"),
        ("store.city", "Reykjavík"),
        ("office.city", "Кишинёв"),
        ("pharmacy.branch", "Colombo 03"),
        ("route.origin", "Kathmandu"),
        ("store.city", "東京"),
    ]:
        add("neg.value.business_location", k, v)
    for v in [
        "Northside Dental Group",
        "Acme Utilities Ltd",
        "Telecom Éireann",
        "Banco Exemplo S.A.",
        "株式会社サンプル",
        "Rapid Rides Pty Ltd",
    ]:
        add(
            "neg.value.company",
            pick(["org.name", "tenant.name", "service.namespace"]),
            v,
            site=pick(["attribute", "resource"]),
        )
    for k, v in [
        ("service.name", "ivr-clinic-bot"),
        ("deployment.environment", "staging"),
        ("host.name", "ip-10-0-3-14.eu-west-1.compute.internal"),
        ("service.instance.id", str(uuid.UUID(int=R.getrandbits(128), version=4))),
        ("k8s.pod.name", "voice-agent-7f9c6d5b8-x2kqz"),
    ]:
        add("neg.value.resource", k, v, site="resource")
    for k, v in [
        ("getpatter.call.direction", "inbound"),
        ("getpatter.call.provider_mode", "pipeline"),
        ("getpatter.tool.name", "lookup_order"),
        ("getpatter.tool.transport", "http"),
        ("patter.side", "uut"),
        ("patter.telephony", "twilio"),
        ("lk.agent_name", "clinic-receptionist"),
        ("gen_ai.operation.name", "chat"),
        ("http.request.method", "POST"),
        ("http.response.status_code", 200),
        ("url.path", "/webhooks/twilio/status"),
    ]:
        add("neg.value.enum", k, v)
    add("neg.value.header_list", "http.request.header.user-agent", ["TwilioProxy/1.1"])
    add(
        "neg.value.header_list",
        "http.request.header.content-type",
        ["application/x-www-form-urlencoded"],
    )
    add(
        "neg.value.system_prompt",
        "gen_ai.system_instructions",
        "You are a polite phone receptionist for a dental clinic. Never give medical advice. Offer the earliest slot.",
    )
    add(
        "neg.value.system_prompt",
        "lk.instructions",
        "Eres el asistente de una farmacia. Responde en frases cortas.",
    )
    add("neg.value.empty_payload", "tool.arguments", "{}")
    add(
        "neg.value.sql_no_pii",
        "db.query.text",
        "SELECT slot_start, clinic_id FROM appointments WHERE clinic_id = $1 AND slot_start > now() LIMIT 5",
    )
    add(
        "neg.value.url_no_secret",
        "url.full",
        "https://api.deepgram.com/v1/listen?model=nova-2-phonecall&encoding=mulaw&sample_rate=8000&punctuate=true",
    )
    add(
        "neg.value.twilio_webhook_no_pii",
        "http.request.body",
        f"AccountSid=AC{hexs(32)}&CallSid=CA{hexs(32)}&RecordingSid=RE{hexs(32)}&RecordingStatus=completed&RecordingDuration=84&RecordingChannels=1&RecordingSource=DialVerb",
    )
    add("neg.value.iso_codes", "caller.country", "GE")
    add("neg.value.iso_codes", "call.language", "ka-GE")
    add("neg.value.dates_not_birth", "invoice.due_date", "2026-12-31")
    add("neg.value.dates_not_birth", "appointment.slot", "2026-07-14T09:15:00+04:00")


def main() -> None:
    for dist, version in RELEASES.items():
        try:
            got = metadata.version(dist)
        except metadata.PackageNotFoundError:
            got = "missing"
        if got != version:
            print(
                f"warning: written with {dist} {version}, found {got}; output will differ",
                file=sys.stderr,
            )
    build_clean()
    build_content_pii()
    build_value_pii()
    build_negatives()
    R.shuffle(ROWS)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("pii_corpus_i.jsonl")
    lines = []
    for i, row in enumerate(ROWS):
        row = {"id": i, **row}
        lines.append(
            json.dumps(
                {k: row[k] for k in ("id", "class", "site", "key", "value", "kinds", "content")},
                ensure_ascii=False,
            )
        )
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
