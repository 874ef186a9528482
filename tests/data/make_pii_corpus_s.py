"""Write ``pii_corpus_s.jsonl``: a blind PII corpus about documents and identity.

Half the rows are documents shown to or read out on a call (OCR and vision output for
identity cards, passports, licences, bills, payslips, statements, prescriptions, lab
results, insurance cards, tickets and contracts, and fields extracted from them into
JSON), identity checks and fraud (KYC steps, knowledge-based answers, voice biometrics,
one-time codes, recovery, SIM swaps, disputes, risk scores) and messages pasted around a
call (WhatsApp, SMS, e-mail, chat hand-offs, voicemail text); the rest is an everyday mix
in 28 languages. Hard negatives take the same shapes with no personal data.

Run: ``python tests/data/make_pii_corpus_s.py [OUT]`` (default: next to this script).
The seed is fixed and no date is read from the clock, so the file is rewritten byte for
byte with the releases in ``RELEASES``.
"""
# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import random
import string
import sys
import urllib.parse
import warnings
from importlib import metadata
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from faker.config import AVAILABLE_LOCALES
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.be import nn as be_nn
from stdnum.co import nit as co_nit
from stdnum.gr import amka as gr_amka
from stdnum.il import idnr as il_idnr
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn as kr_rrn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik as tr_tck
from stdnum.za import idnr as za_idnr

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261207

for _dist, _want in RELEASES.items():
    try:
        _have = metadata.version(_dist)
    except metadata.PackageNotFoundError:
        _have = "missing"
    if _have != _want:
        warnings.warn(f"{_dist} {_have} installed; the file was written with {_want}", stacklevel=1)

R = random.Random(SEED)
ROWS: list[dict[str, Any]] = []


def add(cls: str, site: str, key: str, value: Any, kinds: list[str] | tuple[str, ...] = ()) -> None:
    """Append one row; ``content`` follows from the class's second part."""
    part = cls.split(".")[1]
    ks = sorted(set(kinds))
    cls = (
        ("pos." if ks else "neg.") + cls.split(".", 1)[1]
        if cls.split(".")[0] in ("pos", "neg")
        else cls
    )
    ROWS.append(
        {
            "id": 0,
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": ks,
            "content": part != "value",
        }
    )


_FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    """A seeded Faker for ``locale`` (or a close one this release ships)."""
    if locale not in AVAILABLE_LOCALES:
        locale = {
            "en_NG": "en_GB",
            "yo_NG": "en_GB",
            "ha_NG": "en_GB",
            "am_ET": "en_GB",
            "ar_MA": "ar_SA",
            "fr_SN": "fr_FR",
            "zh_HK": "zh_TW",
            "fil_PH": "en_PH",
        }.get(locale, "en_US")
        if locale not in AVAILABLE_LOCALES:
            locale = "en_US"
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[locale] = f
    return _FAKERS[locale]


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def token(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def phone(region: str, fmt: int = phonenumbers.PhoneNumberFormat.INTERNATIONAL) -> str:
    """A libphonenumber example mobile with its last two digits varied, still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert ex is not None
    for _ in range(200):
        nat = str(ex.national_number)
        cand = phonenumbers.parse("+" + str(ex.country_code) + nat[:-2] + digits(2))
        if phonenumbers.is_valid_number(cand):
            return phonenumbers.format_number(cand, fmt)
    return phonenumbers.format_number(ex, fmt)


def card() -> str:
    if R.random() < 0.5:
        return R.choice(
            [
                "4111111111111111",
                "5555555555554444",
                "4000056655665556",
                "5200828282828210",
                "6011111111111117",
                "3530111333300000",
                "4242424242424242",
            ]
        )
    body = R.choice(["4", "51", "53", "55"]) + digits(14 if R.random() < 0.5 else 13)
    body = body[:15]
    return body + luhn.calc_check_digit(body)


def ssn() -> str:
    area = R.choice([x for x in range(1, 900) if x != 666])
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def iban(cc: str) -> str:
    lengths = {
        "DE": 18,
        "AT": 16,
        "CH": 17,
        "NL": 14,
        "PL": 24,
        "PT": 21,
        "GR": 23,
        "TR": 22,
        "HU": 24,
        "CZ": 20,
        "BE": 12,
        "IL": 19,
    }
    for _ in range(20000):
        bban = digits(lengths[cc])
        if cc == "NL":
            bban = "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + digits(10)
        check = std_iban.calc_check_digits(cc + "00" + bban)
        num = cc + check + bban
        if std_iban.is_valid(num):
            return " ".join(num[i : i + 4] for i in range(0, len(num), 4))
    raise AssertionError(cc)


def ip() -> str:
    while True:
        a = R.randint(23, 223)
        if a not in (100, 127, 169, 172, 192, 198, 203):
            return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def aba() -> str:
    while True:
        d = digits(8)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(x) * y for x, y in zip(d, w, strict=True))
        c = (10 - s % 10) % 10
        if d[0] in "0123":
            return d + str(c)


def dob() -> tuple[int, int, int]:
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def pesel() -> str:
    y, m, d = dob()
    y = R.randint(1940, 1999)
    b = f"{y % 100:02d}{m:02d}{d:02d}{digits(4)}"
    return b + pl_pesel.calc_check_digit(b)


def cz_rc() -> str:
    while True:
        y, m, d = dob()
        y = max(y, 1955)
        b = f"{y % 100:02d}{m + (50 if R.random() < 0.5 else 0):02d}{d:02d}{digits(3)}"
        c = int(b) % 11
        if c != 10:
            return f"{b[:6]}/{b[6:]}{c}"


def ids() -> dict[str, str]:
    """One state-issued id per country that python-stdnum checks."""
    tck = str(R.randint(1, 9)) + digits(8)
    b = str(R.randint(1, 9)) + digits(10)
    aad = str(R.randint(2, 9)) + digits(10)
    y, m, d = dob()
    za = f"{y % 100:02d}{m:02d}{d:02d}{digits(4)}08"
    gr = f"{d:02d}{m:02d}{y % 100:02d}{digits(4)}"
    il = digits(8)
    sin = str(R.randint(1, 7)) + digits(7)
    th = str(R.randint(1, 8)) + digits(11)
    nn = f"{y % 100:02d}{m:02d}{d:02d}{digits(3)}"
    kr = f"{y % 100:02d}{m:02d}{d:02d}{R.choice('34' if y >= 2000 else '12')}{digits(5)}"
    while not kr_rrn.is_valid(kr + kr_rrn.calc_check_digit(kr)):
        kr = kr[:7] + digits(5)
    jp = digits(11)
    ptn = R.choice("123") + digits(7)
    con = digits(9)
    ahv = "756" + digits(9)
    out = {
        "tr": tck + tr_tck.calc_check_digits(tck),
        "in": aad[:4] + " " + aad[4:8] + " " + aad[8:] + verhoeff.calc_check_digit(aad),
        "za": za + luhn.calc_check_digit(za),
        "gr": gr + luhn.calc_check_digit(gr),
        "il": il + luhn.calc_check_digit(il),
        "ca": (lambda s: f"{s[:3]} {s[3:6]} {s[6:]}")(sin + luhn.calc_check_digit(sin)),
        "th": th + th_pin.calc_check_digit(th),
        "be": nn + f"{97 - int(('2' if y >= 2000 else '') + nn) % 97:02d}",
        "kr": kr + kr_rrn.calc_check_digit(kr),
        "jp": jp + jp_in.calc_check_digit(jp),
        "pt": ptn + pt_nif.calc_check_digit(ptn),
        "co": con + "-" + co_nit.calc_check_digit(con),
        "pl": pesel(),
        "cz": cz_rc(),
        "ch": (lambda s: f"{s[:3]}.{s[3:7]}.{s[7:11]}.{s[11:]}")(
            ahv + luhn.calc_check_digit(ahv) if False else ahv + _ean(ahv)
        ),
        "ar": f"{R.randint(20, 45)}.{digits(3)}.{digits(3)}",
    }
    del b
    assert be_nn.is_valid(out["be"])
    assert gr_amka.is_valid(out["gr"])
    assert il_idnr.is_valid(out["il"])
    assert za_idnr.is_valid(out["za"])
    return out


def _ean(s: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(reversed(s), start=1))
    return str((10 - total % 10) % 10)


def secret() -> str:
    kind = R.randrange(7)
    if kind == 0:
        return "sk-proj-" + token(48)
    if kind == 1:
        return "ghp_" + token(36)
    if kind == 2:
        return "AKIA" + token(16, string.ascii_uppercase + string.digits)
    if kind == 3:
        return "xoxb-" + digits(11) + "-" + digits(12) + "-" + token(24)
    if kind == 4:
        return "sk_live_" + token(24)
    if kind == 5:
        return (
            "eyJhbGciOiJIUzI1NiJ9."
            + base64.urlsafe_b64encode(json.dumps({"sub": digits(8)}).encode()).decode().rstrip("=")
            + "."
            + token(43, string.ascii_letters + string.digits + "-_")
        )
    return "SG." + token(22) + "." + token(43)


# Languages: (code, faker locale, phone region, name lead-in, dob lead-in, address lead-in,
# phone lead-in, a sensitive disclosure with no identifier, a clean utterance, an id name, id key)
LANGS: list[tuple[str, ...]] = [
    (
        "en-NG",
        "en_NG",
        "NG",
        "My name is {n}, as it is on my NIN slip.",
        "Date of birth na {d}.",
        "I dey live for {a}.",
        "Call me back on {p} abeg.",
        "My father passed last week and I am still sorting his papers.",
        "Abeg, I want to know if my parcel don reach.",
        "",
        "",
    ),
    (
        "en-CA",
        "en_CA",
        "CA",
        "It's {n}, eh, on the health card.",
        "Born {d}.",
        "Mail it to {a}.",
        "My cell is {p}.",
        "I'm on disability leave for depression right now.",
        "Can you check the store hours for Boxing Day?",
        "ca",
        "SIN",
    ),
    (
        "en-ZA",
        "en_ZA",
        "ZA",
        "Howzit, this is {n}.",
        "My birthday is {d}.",
        "I stay at {a}.",
        "Phone me on {p}.",
        "I was diagnosed HIV positive in March.",
        "Is load shedding affecting the delivery now now?",
        "za",
        "ID number",
    ),
    (
        "fr-CA",
        "fr_CA",
        "CA",
        "C'est {n} au bout du fil.",
        "Je suis née le {d}.",
        "J'habite au {a}.",
        "Mon cellulaire, c'est le {p}.",
        "Je suis en faillite personnelle depuis l'automne.",
        "Est-ce que le dépanneur est ouvert à soir?",
        "ca",
        "NAS",
    ),
    (
        "fr-SN",
        "fr_SN",
        "SN",
        "Je m'appelle {n}.",
        "Ma date de naissance est le {d}.",
        "Mon adresse est {a}.",
        "Mon numéro Orange, c'est {p}.",
        "Ma mère est décédée à Thiès, je dois régler la succession.",
        "Le bus pour Dakar part à quelle heure?",
        "",
        "",
    ),
    (
        "es-AR",
        "es_AR",
        "AR",
        "Hola, soy {n}.",
        "Nací el {d}.",
        "Vivo en {a}.",
        "Mi celu es {p}.",
        "Tengo una causa penal abierta por una deuda.",
        "¿Che, hasta qué hora atienden hoy?",
        "ar",
        "DNI",
    ),
    (
        "es-CO",
        "es_CO",
        "CO",
        "Le habla {n}, a la orden.",
        "Mi fecha de nacimiento es {d}.",
        "Quedo en {a}.",
        "Mi número es {p}.",
        "Estoy en tratamiento de quimioterapia.",
        "¿Me regala el horario de atención, por favor?",
        "co",
        "NIT",
    ),
    (
        "pt-PT",
        "pt_PT",
        "PT",
        "Fala {n}.",
        "Nasci a {d}.",
        "A minha morada é {a}.",
        "O meu telemóvel é {p}.",
        "Estou de baixa por uma depressão.",
        "Queria saber se a loja abre ao sábado.",
        "pt",
        "NIF",
    ),
    (
        "pt-AO",
        "pt_PT",
        "AO",
        "Sou o {n}, de Luanda.",
        "Nasci em {d}.",
        "Moro na {a}.",
        "O meu número da Unitel é {p}.",
        "O meu irmão foi preso e preciso de um advogado.",
        "A encomenda já chegou ao armazém?",
        "",
        "",
    ),
    (
        "de-AT",
        "de_AT",
        "AT",
        "Grüß Gott, {n} am Apparat.",
        "Geboren am {d}.",
        "Ich wohne in der {a}.",
        "Meine Handynummer ist {p}.",
        "Ich bin seit Jänner in einer Suchttherapie.",
        "Hat die Filiale am Samstag offen?",
        "",
        "",
    ),
    (
        "de-CH",
        "de_CH",
        "CH",
        "Grüezi, da isch {n}.",
        "Geburtsdatum {d}.",
        "Ich wohne an der {a}.",
        "Mini Nummere isch {p}.",
        "Ich habe Betreibungen am Laufen und kann nicht zahlen.",
        "Wänn fahrt de nächschti Zug?",
        "ch",
        "AHV-Nummer",
    ),
    (
        "nl-BE",
        "nl_BE",
        "BE",
        "Goeiedag, met {n}.",
        "Geboren op {d}.",
        "Mijn adres is {a}.",
        "Mijn gsm-nummer is {p}.",
        "Mijn man is vorige maand overleden.",
        "Is de winkel open op zondag?",
        "be",
        "rijksregisternummer",
    ),
    (
        "pl",
        "pl_PL",
        "PL",
        "Dzień dobry, mówi {n}.",
        "Urodziłam się {d}.",
        "Mieszkam przy {a}.",
        "Mój numer to {p}.",
        "Leczę się na raka piersi.",
        "Czy paczka już wyszła z magazynu?",
        "pl",
        "PESEL",
    ),
    (
        "cs",
        "cs_CZ",
        "CZ",
        "Dobrý den, tady {n}.",
        "Narodil jsem se {d}.",
        "Bydlím v {a}.",
        "Moje číslo je {p}.",
        "Mám exekuci a nemám z čeho platit.",
        "Máte otevřeno i o víkendu?",
        "cz",
        "rodné číslo",
    ),
    (
        "hu",
        "hu_HU",
        "HU",
        "Jó napot, {n} vagyok.",
        "Születési dátumom {d}.",
        "A címem {a}.",
        "A telefonszámom {p}.",
        "Alkoholfüggőség miatt kezelnek.",
        "Mikor nyit a posta holnap?",
        "",
        "",
    ),
    (
        "el",
        "el_GR",
        "GR",
        "Καλησπέρα, είμαι ο {n}.",
        "Γεννήθηκα στις {d}.",
        "Μένω στην {a}.",
        "Το κινητό μου είναι {p}.",
        "Έχω διαβήτη τύπου 1.",
        "Τι ώρα κλείνει το κατάστημα;",
        "gr",
        "ΑΜΚΑ",
    ),
    (
        "tr",
        "tr_TR",
        "TR",
        "Merhaba, ben {n}.",
        "Doğum tarihim {d}.",
        "Adresim {a}.",
        "Cep numaram {p}.",
        "Kocam geçen ay vefat etti.",
        "Kargom ne zaman gelir?",
        "tr",
        "TC kimlik no",
    ),
    (
        "he",
        "he_IL",
        "IL",
        "שלום, מדברת {n}.",
        "נולדתי ב-{d}.",
        "אני גרה ב{a}.",
        "הנייד שלי {p}.",
        "אני בטיפול כימותרפי.",
        "מתי הסניף פתוח ביום שישי?",
        "il",
        "תעודת זהות",
    ),
    (
        "fa",
        "fa_IR",
        "IR",
        "سلام، {n} هستم.",
        "تاریخ تولدم {d} است.",
        "آدرسم {a} است.",
        "شماره‌ام {p} است.",
        "پرونده پناهندگی‌ام هنوز باز است.",
        "ساعت کاری شعبه چیست؟",
        "",
        "",
    ),
    (
        "ar-MA",
        "ar_MA",
        "MA",
        "السلام، أنا {n}.",
        "تزاديت نهار {d}.",
        "ساكن ف {a}.",
        "النمرة ديالي {p}.",
        "عندي مرض السكري وكناخد الأنسولين.",
        "واش الحانوت محلول نهار الأحد؟",
        "",
        "",
    ),
    (
        "hi",
        "hi_IN",
        "IN",
        "नमस्ते, मैं {n} बोल रहा हूँ।",
        "मेरी जन्मतिथि {d} है।",
        "मेरा पता {a} है।",
        "मेरा मोबाइल नंबर {p} है।",
        "मुझे पिछले साल कैंसर हुआ था।",
        "क्या दुकान रविवार को खुली है?",
        "in",
        "आधार",
    ),
    (
        "bn",
        "bn_BD",
        "BD",
        "আমার নাম {n}।",
        "আমার জন্ম তারিখ {d}।",
        "আমার ঠিকানা {a}।",
        "আমার নম্বর {p}।",
        "আমার বাবা গত সপ্তাহে মারা গেছেন।",
        "দোকান কখন খোলে?",
        "",
        "",
    ),
    (
        "ta",
        "ta_IN",
        "IN",
        "வணக்கம், நான் {n}.",
        "என் பிறந்த தேதி {d}.",
        "என் முகவரி {a}.",
        "என் கைபேசி எண் {p}.",
        "எனக்கு சர்க்கரை நோய் இருக்கிறது.",
        "கடை எப்போது திறக்கும்?",
        "in",
        "ஆதார்",
    ),
    (
        "vi",
        "vi_VN",
        "VN",
        "Chào chị, em là {n}.",
        "Em sinh ngày {d}.",
        "Địa chỉ của em là {a}.",
        "Số điện thoại của em là {p}.",
        "Em đang nợ ngân hàng rất nhiều.",
        "Cửa hàng mở cửa lúc mấy giờ?",
        "",
        "",
    ),
    (
        "th",
        "th_TH",
        "TH",
        "สวัสดีค่ะ ดิฉันชื่อ{n}ค่ะ",
        "เกิดวันที่ {d}",
        "ที่อยู่ {a}",
        "เบอร์โทร {p}",
        "ดิฉันเป็นโรคซึมเศร้าค่ะ",
        "ร้านเปิดกี่โมงคะ",
        "th",
        "เลขบัตรประชาชน",
    ),
    (
        "id",
        "id_ID",
        "ID",
        "Halo, saya {n}.",
        "Saya lahir tanggal {d}.",
        "Alamat saya {a}.",
        "Nomor HP saya {p}.",
        "Saya sedang dirawat karena TBC.",
        "Tokonya buka jam berapa ya?",
        "",
        "",
    ),
    (
        "tl",
        "fil_PH",
        "PH",
        "Magandang araw po, si {n} po ito.",
        "Ipinanganak po ako noong {d}.",
        "Nakatira po ako sa {a}.",
        "Ang number ko po ay {p}.",
        "Namatay po ang nanay ko kahapon.",
        "Bukas po ba kayo sa Linggo?",
        "",
        "",
    ),
    (
        "ja",
        "ja_JP",
        "JP",
        "{n}と申します。",
        "生年月日は{d}です。",
        "住所は{a}です。",
        "電話番号は{p}です。",
        "うつ病で通院しています。",
        "明日は営業していますか?",
        "jp",
        "マイナンバー",
    ),
    (
        "ko",
        "ko_KR",
        "KR",
        "안녕하세요, {n}입니다.",
        "생년월일은 {d}입니다.",
        "주소는 {a}입니다.",
        "제 번호는 {p}입니다.",
        "저는 공황장애 치료를 받고 있어요.",
        "주말에도 영업하나요?",
        "kr",
        "주민등록번호",
    ),
    (
        "zh-TW",
        "zh_TW",
        "TW",
        "您好,我是{n}。",
        "我的生日是{d}。",
        "我住在{a}。",
        "我的手機是{p}。",
        "我最近被診斷出乳癌。",
        "請問門市幾點開?",
        "",
        "",
    ),
    (
        "yue",
        "zh_HK",
        "HK",
        "你好,我係{n}。",
        "我出世係{d}。",
        "我住喺{a}。",
        "我電話係{p}。",
        "我老公上個禮拜過咗身。",
        "你哋今日幾點收工?",
        "",
        "",
    ),
    (
        "am",
        "am_ET",
        "ET",
        "ሰላም፣ ስሜ {n} ነው።",
        "የተወለድኩት {d} ነው።",
        "አድራሻዬ {a} ነው።",
        "ስልክ ቁጥሬ {p} ነው።",
        "አባቴ ባለፈው ሳምንት ሞተ።",
        "ሱቁ ስንት ሰዓት ይከፈታል?",
        "",
        "",
    ),
    (
        "ha",
        "ha_NG",
        "NG",
        "Sannu, sunana {n}.",
        "An haife ni {d}.",
        "Adireshina {a}.",
        "Lambar wayata {p}.",
        "Ina fama da ciwon sukari.",
        "Yaushe kantin zai bude?",
        "",
        "",
    ),
    (
        "yo",
        "yo_NG",
        "NG",
        "Ẹ káàárọ̀, orúkọ mi ni {n}.",
        "Ọjọ́ ìbí mi ni {d}.",
        "Àdírẹ́sì mi ni {a}.",
        "Nọ́mbà mi ni {p}.",
        "Bàbá mi kú ní ọ̀sẹ̀ tó kọjá.",
        "Ṣé ṣọ́ọ̀bù ti ṣí?",
        "",
        "",
    ),
]
NAMES_BY_HAND = {
    "am": ["Abebe Kebede", "Almaz Tesfaye", "Hirut Bekele", "Dawit Alemu", "Selamawit Girma"],
    "ha": ["Aminu Bello", "Zainab Usman", "Abubakar Sani", "Hauwa Ibrahim", "Musa Garba"],
    "yo": [
        "Adébáyọ̀ Ọlánrewájú",
        "Fúnmiláyọ̀ Adéyẹmí",
        "Olúwaṣeun Akínwùmí",
        "Títílayọ̀ Ògúnlẹ́yẹ",
        "Bọ́lájí Àjàyí",
    ],
    "en-NG": ["Chinedu Okafor", "Ngozi Eze", "Emeka Nwosu", "Folake Adeyemi", "Ifeoma Obi"],
    "fr-SN": ["Mamadou Diop", "Aïssatou Ndiaye", "Cheikh Fall", "Fatou Sow", "Ousmane Sarr"],
    "pt-AO": [
        "Manuel dos Santos",
        "Esperança Kiala",
        "Domingos Neto",
        "Luzia Cassoma",
        "Adão Muteka",
    ],
    "ar-MA": ["يوسف العلوي", "فاطمة الزهراء بنعلي", "محمد التازي", "خديجة الإدريسي", "كريم بنجلون"],
    "yue": ["陳家豪", "黃詠詩", "李志明", "張美玲", "何俊傑"],
    "tl": [
        "Juan dela Cruz Reyes",
        "Maria Clara Santos",
        "Jose Miguel Bautista",
        "Ana Lourdes Garcia",
        "Ramon Villanueva",
    ],
}


def name(lang: tuple[str, ...]) -> str:
    code = lang[0]
    if code in NAMES_BY_HAND and (
        lang[1] not in AVAILABLE_LOCALES or code in ("en-NG", "fr-SN", "pt-AO", "yue", "ar-MA")
    ):
        return R.choice(NAMES_BY_HAND[code])
    f = fk(lang[1])
    if code in ("ja", "zh-TW", "ko"):
        return f.last_name() + f.first_name()
    return f.first_name() + " " + f.last_name()


def address(lang: tuple[str, ...]) -> str:
    code = lang[0]
    hand = {
        "en-NG": lambda: f"{R.randint(2, 90)} Adeola Odeku Street, Victoria Island, Lagos",
        "fr-SN": lambda: f"Villa n° {R.randint(10, 999)}, Sicap Liberté {R.randint(1, 6)}, Dakar",
        "pt-AO": lambda: f"Rua Amílcar Cabral n.º {R.randint(1, 200)}, Ingombota, Luanda",
        "ar-MA": lambda: (
            f"{R.randint(1, 120)} زنقة ابن سينا، أكدال، الرباط {R.choice(['10080', '10090'])}"
        ),
        "yue": lambda: (
            f"九龍旺角彌敦道{R.randint(500, 700)}號{R.randint(3, 20)}樓{R.choice('ABCD')}室"
        ),
        "am": lambda: f"ቦሌ ክፍለ ከተማ ወረዳ {R.randint(1, 14)} የቤት ቁጥር {R.randint(100, 999)}፣ አዲስ አበባ",
        "ha": lambda: f"No. {R.randint(1, 80)} Zaria Road, Gyadi-Gyadi, Kano",
        "yo": lambda: f"{R.randint(1, 60)} Ọ̀nà Ring Road, Ìbàdàn",
        "tl": lambda: (
            f"{R.randint(10, 999)} Mabini St., Brgy. {R.randint(1, 200)}, Quezon City {R.randint(1100, 1128)}"
        ),
        "bn": lambda: f"বাড়ি {R.randint(1, 99)}, রোড {R.randint(1, 27)}, ধানমন্ডি, ঢাকা ১২০৯",
        "ta": lambda: f"{R.randint(1, 99)}, காந்தி சாலை, தி. நகர், சென்னை 600017",
        "fa": lambda: f"تهران، خیابان ولیعصر، کوچه {R.randint(1, 40)}، پلاک {R.randint(1, 99)}",
        "he": lambda: f"רחוב הרצל {R.randint(1, 120)}, תל אביב",
        "hi": lambda: (
            f"मकान नं. {R.randint(1, 400)}, सेक्टर {R.randint(1, 60)}, नोएडा 2013{R.randint(0, 9)}{R.randint(0, 9)}"
        ),
    }
    if code in hand:
        return hand[code]()
    return fk(lang[1]).address().replace("\n", ", ")


def dob_text(code: str) -> str:
    y, m, d = dob()
    if code in ("ja", "zh-TW", "yue"):
        return f"{y}年{m}月{d}日"
    if code == "ko":
        return f"{y}년 {m}월 {d}일"
    if code in ("en-CA", "hu", "lt"):
        return f"{y}-{m:02d}-{d:02d}" if code == "en-CA" else f"{y}. {m:02d}. {d:02d}."
    if code in ("de-AT", "de-CH", "pl", "cs"):
        return f"{d:02d}.{m:02d}.{y}"
    if code == "fa":
        return f"{R.randint(1320, 1382)}/{m:02d}/{d:02d}"
    if code == "th":
        return f"{d}/{m}/{y + 543}"
    return f"{d:02d}/{m:02d}/{y}"


def site() -> str:
    return R.choice(["attribute", "attribute", "attribute", "event"])


TEXT_KEYS = [
    "transcript",
    "lk.user_transcript",
    "gen_ai.input.messages",
    "input.value",
    "getpatter.user_text",
    "text",
    "llm.input_messages.0.message.content",
]
TOOL_KEYS = [
    "tool.result",
    "gen_ai.tool.call.result",
    "lk.function_tool.output",
    "tool.arguments",
    "gen_ai.tool.call.arguments",
    "lk.function_tool.arguments",
]


def text_key() -> str:
    return R.choice(TEXT_KEYS)


def tool_key() -> str:
    return R.choice(TOOL_KEYS)


def as_msg(key: str, text: str) -> str:
    if key in ("gen_ai.input.messages",):
        return json.dumps(
            [{"role": "user", "parts": [{"type": "text", "content": text}]}], ensure_ascii=False
        )
    return text


# 1. Everyday utterances in every language: name, dob, address, phone, sensitive, clean.
for lang in LANGS:
    code = lang[0]
    k = text_key()
    add(f"pos.free_text.name.{code}", site(), k, as_msg(k, lang[3].format(n=name(lang))), ["name"])
    k = text_key()
    add(
        f"pos.free_text.dob.{code}", site(), k, as_msg(k, lang[4].format(d=dob_text(code))), ["dob"]
    )
    k = text_key()
    add(
        f"pos.free_text.address.{code}",
        site(),
        k,
        as_msg(k, lang[5].format(a=address(lang))),
        ["address"],
    )
    k = text_key()
    add(
        f"pos.free_text.phone.{code}",
        site(),
        k,
        as_msg(
            k,
            lang[6].format(
                p=phone(
                    lang[2],
                    R.choice(
                        [
                            phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                            phonenumbers.PhoneNumberFormat.NATIONAL,
                        ]
                    ),
                )
            ),
        ),
        ["phone"],
    )
    k = text_key()
    add(f"pos.free_text.sensitive.{code}", site(), k, as_msg(k, lang[7]), ["sensitive"])
    for _ in range(2):
        k = text_key()
        add(f"neg.free_text.utterance.{code}", site(), k, as_msg(k, lang[8]))

# 2. Documents: OCR / vision output for identity documents, per language with an id scheme.
for lang in LANGS:
    code, idk, idname = lang[0], lang[9], lang[10]
    if not idk:
        continue
    for _ in range(2):
        n = name(lang)
        idv = ids()[idk]
        y, m, d = dob()
        ocr = f"{idname}: {idv}\n{n}\n{d:02d}.{m:02d}.{y}"
        add(
            f"pos.tool_payload.ocr_id_card.{code}",
            site(),
            tool_key(),
            json.dumps(
                {"ocr_text": ocr, "confidence": round(R.uniform(0.8, 0.99), 3)}, ensure_ascii=False
            ),
            ["dob", "name", "national_id"],
        )
    add(
        f"pos.free_text.read_id_aloud.{code}",
        site(),
        text_key(),
        f"{idname}: {ids()[idk]}",
        ["national_id"],
    )
    add(
        f"pos.value.national_id.{code}",
        "attribute",
        R.choice(
            ["customer.national_id", "kyc.document_number", "user.id_number", "applicant.tax_id"]
        ),
        ids()[idk],
        ["national_id"],
    )

F = fk("en_US")
for i in range(14):
    n = F.name()
    a = F.address().replace("\n", ", ")
    y, m, d = dob()
    lic = R.choice("ABCDEFGHJKLMNPRSTW") + digits(7)
    mrz_name = n.upper().replace(" ", "<<", 1).replace(" ", "<")
    shape = i % 7
    if shape == 0:
        add(
            "pos.tool_payload.driving_licence_ocr",
            site(),
            tool_key(),
            json.dumps(
                {
                    "document_type": "driver_license",
                    "fields": {"DLN": lic, "FN": n, "DOB": f"{m:02d}/{d:02d}/{y}", "ADDR": a},
                }
            ),
            ["address", "dob", "name"],
        )
    elif shape == 1:
        add(
            "pos.tool_payload.passport_mrz",
            site(),
            tool_key(),
            json.dumps(
                {
                    "mrz": [
                        f"P<UTO{mrz_name}".ljust(44, "<")[:44],
                        f"L898902C36UTO{y % 100:02d}{m:02d}{d:02d}2F1204159ZE184226B<<<<<10",
                    ]
                }
            ),
            ["dob", "name"],
        )
    elif shape == 2:
        add(
            "pos.tool_payload.utility_bill",
            site(),
            tool_key(),
            json.dumps(
                {
                    "doc": "utility_bill",
                    "account_holder": n,
                    "service_address": a,
                    "amount_due": f"${R.randint(40, 300)}.{digits(2)}",
                }
            ),
            ["address", "name"],
        )
    elif shape == 3:
        add(
            "pos.tool_payload.payslip",
            site(),
            tool_key(),
            json.dumps(
                {
                    "employee": n,
                    "ssn": ssn(),
                    "gross": R.randint(2000, 9000),
                    "net": R.randint(1500, 7000),
                }
            ),
            ["name", "ssn"],
        )
    elif shape == 4:
        acct = digits(R.randint(8, 12))
        add(
            "pos.tool_payload.bank_statement",
            site(),
            tool_key(),
            json.dumps(
                {
                    "statement_holder": n,
                    "routing_number": aba(),
                    "account_number": acct,
                    "closing_balance": round(R.uniform(-500, 9000), 2),
                }
            ),
            ["bank_account", "name"],
        )
    elif shape == 5:
        add(
            "pos.tool_payload.prescription",
            site(),
            tool_key(),
            json.dumps(
                {
                    "patient": n,
                    "dob": f"{y}-{m:02d}-{d:02d}",
                    "rx": R.choice(
                        [
                            "sertraline 50 mg",
                            "metformin 500 mg",
                            "tenofovir/emtricitabine",
                            "buprenorphine 8 mg",
                        ]
                    ),
                    "refills": 2,
                }
            ),
            ["dob", "name", "sensitive"],
        )
    else:
        add(
            "pos.tool_payload.lab_result",
            site(),
            tool_key(),
            json.dumps(
                {
                    "patient_name": n,
                    "test": R.choice(["HbA1c", "HIV-1/2 Ag/Ab", "hCG"]),
                    "result": R.choice(["8.1 %", "reactive", "positive"]),
                    "flag": "H",
                }
            ),
            ["name", "sensitive"],
        )

for i in range(10):
    n = F.name()
    mem = R.choice(["XKZ", "W", "H"]) + digits(9)
    if i % 2 == 0:
        add(
            "pos.tool_payload.insurance_card",
            site(),
            tool_key(),
            json.dumps({"member_name": n, "member_id": mem, "group": digits(6), "plan": "PPO"}),
            ["name"],
        )
    else:
        add(
            "pos.free_text.parking_ticket_read",
            site(),
            text_key(),
            f"The ticket says {n}, plate {R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)}{digits(2)} {token(3, string.ascii_uppercase)}, registered at {F.address().replace(chr(10), ', ')}.",
            ["address", "name"],
        )

for _ in range(8):
    n1, n2 = F.name(), F.name()
    add(
        "pos.tool_payload.rental_contract",
        site(),
        tool_key(),
        json.dumps(
            {
                "tenant": n1,
                "landlord": n2,
                "premises": F.address().replace("\n", ", "),
                "deposit_iban": iban(R.choice(["DE", "AT", "NL", "BE"])),
            }
        ),
        ["address", "iban", "name"],
    )

# 3. Identity checks and fraud.
for i in range(40):
    n = F.name()
    shape = i % 10
    if shape == 0:
        add(
            "pos.free_text.kba_answers",
            site(),
            text_key(),
            f"Last four of my social? No, the whole thing is {ssn()}.",
            ["ssn"],
        )
    elif shape == 1:
        y, m, d = dob()
        add(
            "pos.tool_payload.kyc_check",
            site(),
            tool_key(),
            json.dumps(
                {
                    "full_name": n,
                    "date_of_birth": f"{y}-{m:02d}-{d:02d}",
                    "ssn_last4": digits(4),
                    "result": "pass",
                }
            ),
            ["dob", "name"],
        )
    elif shape == 2:
        add(
            "pos.tool_payload.voice_biometrics_enrol",
            site(),
            tool_key(),
            json.dumps(
                {"speaker": n, "enrolment": "complete", "phrase": "my voice is my password"}
            ),
            ["name"],
        )
    elif shape == 3:
        add(
            "pos.free_text.otp_readback",
            site(),
            text_key(),
            f"The code you texted to {phone('US', phonenumbers.PhoneNumberFormat.NATIONAL)} was {digits(6)}.",
            ["phone", "secret"],
        )
    elif shape == 4:
        add(
            "pos.tool_payload.account_recovery",
            site(),
            tool_key(),
            json.dumps(
                {
                    "recovery_email": F.user_name() + "@example.org",
                    "new_password": token(14, string.ascii_letters + string.digits + "!#%"),
                }
            ),
            ["email", "secret"],
        )
    elif shape == 5:
        add(
            "pos.free_text.sim_swap",
            site(),
            text_key(),
            f"Someone ported my number {phone('GB')} to another SIM last night.",
            ["phone"],
        )
    elif shape == 6:
        c = card()
        add(
            "pos.tool_payload.chargeback",
            site(),
            tool_key(),
            json.dumps(
                {
                    "cardholder": n,
                    "pan": c,
                    "reason": "fraud_unrecognised",
                    "amount": R.randint(20, 900),
                }
            ),
            ["card", "name"],
        )
    elif shape == 7:
        add(
            "pos.value.risk_ip",
            "attribute",
            R.choice(["client.address", "http.request.header.x-forwarded-for", "kyc.device.ip"]),
            ip(),
            ["ip"],
        )
    elif shape == 8:
        add(
            "pos.tool_payload.risk_reasons",
            site(),
            tool_key(),
            json.dumps(
                {
                    "score": R.randint(60, 99),
                    "reasons": ["ip_mismatch", "new_device"],
                    "ip": ip(),
                    "email": F.user_name() + "@example.net",
                }
            ),
            ["email", "ip"],
        )
    else:
        add(
            "pos.free_text.card_readout",
            site(),
            text_key(),
            "My card number is "
            + " ".join(c[j : j + 4] for c in [card()] for j in range(0, 16, 4)),
            ["card"],
        )

# 4. Channels: WhatsApp, SMS, e-mail threads, chat hand-off, voicemail.
for i in range(30):
    lang = LANGS[i % len(LANGS)]
    n = name(lang)
    shape = i % 6
    if shape == 0:
        add(
            f"pos.free_text.whatsapp_thread.{lang[0]}",
            site(),
            text_key(),
            f"[09:1{i % 10}] {n}: {lang[6].format(p=phone(lang[2]))}",
            ["name", "phone"],
        )
    elif shape == 1:
        add(
            "pos.free_text.sms_thread",
            site(),
            text_key(),
            f"SMS from {phone('CA')}: your verification code is {digits(6)}",
            ["phone", "secret"],
        )
    elif shape == 2:
        em = fk("en_US").user_name() + "@" + R.choice(["example.com", "example.org", "example.net"])
        add(
            "pos.free_text.email_thread",
            site(),
            text_key(),
            f"From: {n} <{em}>\nSubject: Re: my claim\n\nPlease call me back.",
            ["email", "name"],
        )
    elif shape == 3:
        add(
            "pos.tool_payload.chat_handoff",
            site(),
            tool_key(),
            json.dumps(
                {
                    "channel": "web_chat",
                    "visitor_email": fk("en_US").user_name() + "@example.com",
                    "summary": "wants a refund",
                }
            ),
            ["email"],
        )
    elif shape == 4:
        add(
            f"pos.free_text.voicemail_text.{lang[0]}",
            site(),
            R.choice(["transcript", "voicemail.transcription_text"]),
            f"{lang[3].format(n=n)} {lang[6].format(p=phone(lang[2]))}",
            ["name", "phone"],
        )
    else:
        body = json.dumps(
            {
                "email": fk("en_US").user_name() + "@example.com",
                "iban": iban(R.choice(["PL", "PT", "CH", "HU", "CZ", "GR", "TR"])),
            }
        )
        if i % 12 == 5:
            add(
                "pos.tool_payload.base64_body",
                site(),
                tool_key(),
                base64.b64encode(body.encode()).decode(),
                ["email", "iban"],
            )
        else:
            add(
                "pos.tool_payload.urlencoded_body",
                site(),
                tool_key(),
                urllib.parse.urlencode(json.loads(body)),
                ["email", "iban"],
            )

# 5. Values under personal keys: email, card, secret, ip, iban, bank accounts, ssn.
for _ in range(15):
    add(
        "pos.value.email",
        "attribute",
        R.choice(["user.email", "enduser.email", "customer.contact_email"]),
        fk("en_US").user_name() + "@example.com",
        ["email"],
    )
    add(
        "pos.value.secret",
        R.choice(["attribute", "resource"]),
        R.choice(
            [
                "http.request.header.authorization",
                "config.api_key",
                "webhook.signing_secret",
                "db.connection_string",
            ]
        ),
        secret(),
        ["secret"],
    )
    add(
        "pos.value.client_ip",
        "attribute",
        R.choice(["client.address", "http.client_ip", "enduser.ip"]),
        ip(),
        ["ip"],
    )
    add(
        "pos.value.iban",
        "attribute",
        R.choice(["payment.iban", "payout.account", "refund.iban"]),
        iban(
            R.choice(["DE", "AT", "CH", "BE", "NL", "PL", "PT", "HU", "CZ", "GR", "TR", "IL"])
        ).replace(" ", ""),
        ["iban"],
    )
for i in range(16):
    if i % 4 == 0:
        v = f"sort code {digits(2)}-{digits(2)}-{digits(2)}, account {digits(8)}"
    elif i % 4 == 1:
        v = f"routing {aba()} account {digits(10)}"
    elif i % 4 == 2:
        v = f"IFSC SBIN0{digits(6)} A/c {digits(11)}"
    else:
        v = f"transit {digits(5)} institution {R.choice(['001', '002', '003', '004'])} account {digits(7)}"
    add("pos.free_text.bank_account", site(), text_key(), v, ["bank_account"])
for i in range(12):
    add(
        "pos.value.ssn",
        "attribute",
        R.choice(["customer.ssn", "applicant.ssn", "kyc.tin"]),
        ssn() if i % 2 else ssn().replace("-", ""),
        ["ssn"],
    )
    add(
        "pos.value.card",
        "attribute",
        R.choice(["payment.card_number", "billing.pan"]),
        card(),
        ["card"],
    )
for _ in range(6):
    add(
        "pos.value.secret_in_url",
        "attribute",
        "url.full",
        f"https://hooks.example.com/services/T{digits(8)}/B{digits(8)}?token={token(32)}",
        ["secret"],
    )

# 6. Hard negatives of the same shapes.
LABELS = [
    "Surname",
    "Given names",
    "Date of birth",
    "Place of birth",
    "Document No.",
    "Expiry",
    "Nationality",
    "Sex",
    "Address",
    "Signature",
]
for _ in range(20):
    add(
        "neg.tool_payload.template_labels",
        site(),
        tool_key(),
        json.dumps(
            {
                "template": R.choice(["id_card_v2", "passport_td3", "payslip_uk", "utility_bill"]),
                "fields": R.sample(LABELS, 5),
            }
        ),
    )
for _ in range(14):
    specimen = R.choice(
        [
            {"surname": "MUSTERMANN", "given_names": "ERIKA", "document": "SPECIMEN"},
            {"name": "SPECIMEN", "document_number": "SPECIMEN", "dob": "01.01.1970 SPECIMEN"},
            {"nom": "SPÉCIMEN", "prénom": "SPÉCIMEN", "sample": True},
            {"mrz": "P<UTOSPECIMEN<<SAMPLE<<<<<<<<<<<<<<<<<<<<<<<", "watermark": "SPECIMEN"},
        ]
    )
    add(
        "neg.tool_payload.specimen_document",
        site(),
        tool_key(),
        json.dumps(specimen, ensure_ascii=False),
    )
ORG = [
    ("org.phone", "+1 800-555-0199"),
    ("org.address", "Example Corp, 100 Example Way, Suite 500, Springfield"),
    ("agent.caller_id", "+44 20 7946 0000"),
    ("trunk.outbound_number", "+1 202-555-0100"),
    ("org.support_email", "support@example.com"),
    (
        "org.letterhead",
        "Example Bank plc · 1 Example Square · Tel. 0800 000 0000 · help@example.com",
    ),
    ("trunk.did", "+33 1 99 00 00 00"),
]
for i in range(14):
    k, v = ORG[i % len(ORG)]
    add("neg.value.org_contact", "resource" if i % 2 else "attribute", k, v)
STEPS = [
    "document_capture",
    "liveness_check",
    "face_match",
    "address_verification",
    "kba",
    "otp_sent",
    "otp_verified",
    "voiceprint_match",
    "sim_swap_check",
    "manual_review",
]
for _ in range(20):
    add(
        "neg.value.verification_step",
        "attribute",
        R.choice(["kyc.step", "verify.step", "idv.stage"]),
        R.choice(STEPS) + ":" + R.choice(["pass", "fail", "retry", "skipped"]),
    )
for i in range(14):
    add(
        "neg.value.risk_score",
        "attribute",
        R.choice(["fraud.risk_score", "kyc.score", "voice.match_score"]),
        round(R.uniform(0, 1), 4) if i % 2 else R.randint(0, 999),
    )
for i in range(14):
    add(
        "neg.value.ocr_geometry",
        "attribute",
        R.choice(["ocr.confidence", "ocr.bbox", "vision.word_boxes"]),
        [R.randint(0, 2000) for _ in range(4)] if i % 2 else round(R.uniform(0.5, 1), 3),
    )
for i in range(14):
    v = (
        R.choice(
            [f"scan_{digits(8)}.jpg", f"IMG_{digits(4)}.HEIC", f"upload/{token(12).lower()}.pdf"]
        )
        if i % 2
        else "".join(R.choice("0123456789abcdef") for _ in range(64))
    )
    add(
        "neg.value.file_or_hash",
        "attribute",
        R.choice(["document.file_name", "document.sha256", "upload.object_key"]),
        v,
    )
REDACTED = [
    "Card ending ****{}",
    "SSN ***-**-{}",
    "IBAN DE** **** **** **** **{}",
    "[REDACTED] called from <PHONE_NUMBER>",
    "DOB: **/**/****",
    "name: [PERSON], id: [ID_NUMBER]",
]
for i in range(14):
    add(
        "neg.free_text.redacted",
        site(),
        text_key(),
        R.choice(REDACTED).format(digits(2 if i % 2 else 4)),
    )
for _ in range(12):
    add(
        "neg.value.idv_ids",
        "attribute",
        R.choice(["kyc.session_id", "idv.inquiry_id", "verification.request_id"]),
        R.choice(["inq_", "vs_", "idv_"]) + token(24),
    )
for _ in range(10):
    add(
        "neg.value.otp_metadata",
        "attribute",
        R.choice(["otp.length", "otp.ttl_seconds", "otp.attempts"]),
        R.choice([6, 300, 3, 8, 600]),
    )
for _ in range(12):
    txt = R.choice(
        [
            "What documents do I need to bring for the passport renewal?",
            "Does the bank statement need to be less than three months old?",
            "Can I use a driving licence as proof of address?",
            "How long does the identity check usually take?",
            "Is a utility bill in my partner's name okay?",
            "Why did the app ask me to turn my head during the selfie?",
            "Where on the card is the date of birth printed?",
        ]
    )
    add("neg.free_text.pii_words", site(), text_key(), txt)
for _ in range(12):
    add(
        "neg.tool_payload.kyc_outcome",
        site(),
        tool_key(),
        json.dumps(
            {
                "status": R.choice(["approved", "declined", "needs_review"]),
                "checks": {"document": "clear", "face": "clear", "watchlist": "clear"},
                "score": R.randint(0, 100),
            }
        ),
    )
for _ in range(10):
    add(
        "neg.free_text.agent_reply",
        site(),
        R.choice(["gen_ai.output.messages", "lk.response.text", "output.value"]),
        R.choice(
            [
                "Thanks, your document has been uploaded. We'll text you once it is reviewed.",
                "I've sent a six-digit code to the number on file. Please read it back to me.",
                "Your identity check passed. Anything else I can help with today?",
                "The photo was blurry; could you retake it in better light?",
                "For security, I can't read out the full card number.",
            ]
        ),
    )
for _ in range(8):
    add(
        "neg.free_text.sensitive_question",
        site(),
        text_key(),
        R.choice(
            [
                "Do you offer bereavement fares?",
                "Is therapy covered under the basic plan?",
                "What happens to a loan if someone goes bankrupt?",
                "Which documents does immigration accept for a visa?",
            ]
        ),
    )

for _ in range(16):
    add(
        "neg.tool_payload.letterhead_ocr",
        site(),
        tool_key(),
        json.dumps(
            {
                "ocr_text": R.choice(
                    [
                        "Example Power Co.\n200 Example Plaza, Springfield\nCustomer service 1-800-555-0199",
                        "Example Bank plc\n1 Example Square\n0800 000 0000 · help@example.com",
                        "Example Clinic · Reception +44 20 7946 0000",
                    ]
                ),
                "confidence": round(R.uniform(0.7, 0.99), 2),
            }
        ),
    )
for _ in range(20):
    add(
        "neg.value.document_meta",
        "attribute",
        R.choice(["document.type", "document.country", "document.mime_type", "document.pages"]),
        R.choice(
            [
                "passport",
                "id_card",
                "driving_licence",
                "utility_bill",
                "NGA",
                "CAN",
                "image/jpeg",
                "application/pdf",
                2,
                1,
            ]
        ),
    )
for i in range(14):
    body = json.dumps({"status": R.choice(["verified", "pending"]), "step": R.choice(STEPS)})
    add(
        "neg.tool_payload.encoded_outcome",
        site(),
        tool_key(),
        base64.b64encode(body.encode()).decode() if i % 2 else urllib.parse.quote(body),
    )
for _ in range(12):
    b = R.choice(["4", "5"]) + digits(14)
    add(
        "neg.value.luhn_reference",
        "attribute",
        R.choice(["order.id", "case.number", "dispute.reference"]),
        b + luhn.calc_check_digit(b),
    )

for i, row in enumerate(ROWS):
    row["id"] = i

out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("pii_corpus_s.jsonl")
with out.open("w", encoding="utf-8", newline="\n") as fh:
    for row in ROWS:
        fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
