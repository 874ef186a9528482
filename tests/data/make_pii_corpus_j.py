# ruff: noqa: E501  (payloads stay on one line, as exporters write them)
"""Write ``pii_corpus_j.jsonl``: everyday calls in many languages, as exporters carry them.

Usage: ``python tests/data/make_pii_corpus_j.py [OUT]`` (default: the committed file).

Every person, number and key is invented: names from Faker's locales or short hand lists,
phone numbers from libphonenumber's example numbers, national ids built by python-stdnum's
own validators (random digits, kept only when the check digits hold), cards from the
processors' published test numbers, secrets from random characters in providers' formats,
caller addresses from random public ranges. Nothing depends on today's date.
"""

from __future__ import annotations

import base64
import json
import random
import sys
import uuid
import warnings
from collections.abc import Callable
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban, luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar
from stdnum.kr import rrn
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.th import pin
from stdnum.tr import tckimlik
from stdnum.us import rtn as rtn_mod
from stdnum.za import idnr as za_idnr

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261206
OUT = Path(__file__).with_name("pii_corpus_j.jsonl")

rng = random.Random(SEED)
Faker.seed(SEED)
rows: list[dict[str, Any]] = []


def add(
    cls: str, key: str, value: Any, kinds: list[str] | None = None, site: str = "attribute"
) -> None:
    """Append one row; the class's second part decides whether it is content."""
    kinds = kinds or []
    part = cls.split(".")[1]
    assert cls.startswith("pos." if kinds else "neg."), cls
    rows.append(
        {
            "id": len(rows),
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds)),
            "content": part != "value",
        }
    )


def digits(n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def hexs(n: int) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(
    n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def valid(make: Callable[[], str], check: Callable[[str], bool]) -> str:
    """Draw candidates until python-stdnum accepts one (check digits hold)."""
    while True:
        cand = make()
        if check(cand):
            return cand


def birth() -> date:
    return date(rng.randint(1948, 2003), rng.randint(1, 12), rng.randint(1, 28))


def person(locale: str, sex: str = "male") -> tuple[str, str]:
    fake = Faker(locale)
    fake.seed_instance(rng.randint(0, 10**9))
    first = getattr(fake, f"first_name_{sex}", fake.first_name)()
    last = getattr(fake, f"last_name_{sex}", fake.last_name)()
    return first, last


def example_phone(region: str) -> str:
    num = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert num is not None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def national_phone(region: str) -> str:
    num = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert num is not None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)


# ---- national identifiers, valid by python-stdnum ---------------------------------------


def ids() -> dict[str, str]:
    d = birth()
    return {
        "cpf": cpf.format(valid(lambda: digits(11), cpf.is_valid)),
        "pesel": valid(lambda: f"{d:%y%m%d}" + digits(5), pesel.is_valid),
        "dni": valid(lambda: digits(8) + rng.choice("TRWAGMYFPDXBNJZSQVHLCKE"), dni.is_valid),
        "bsn": valid(lambda: digits(9), bsn.is_valid),
        "tc": valid(lambda: rng.choice("123456789") + digits(10), tckimlik.is_valid),
        "aadhaar": aadhaar.format(
            valid(lambda: rng.choice("23456789") + digits(11), aadhaar.is_valid)
        ),
        "ric": valid(
            lambda: "110105" + f"{d:%Y%m%d}" + digits(3) + rng.choice("0123456789X"), ric.is_valid
        ),
        "rrn": valid(lambda: f"{d:%y%m%d}" + "-" + rng.choice("12") + digits(6), rrn.is_valid),
        "rc": valid(lambda: f"{d:%y%m%d}" + "/" + digits(4), rc.is_valid),
        "idnr": valid(lambda: rng.choice("123456789") + digits(10), idnr.is_valid),
        "nif": valid(lambda: "2" + digits(8), nif.is_valid),
        "cnp": valid(lambda: "1" + f"{d:%y%m%d}" + "40" + digits(4), cnp.is_valid),
        "thpin": valid(lambda: "1" + digits(12), pin.is_valid),
        "ilid": valid(lambda: digits(9), il_idnr.is_valid),
        "zaid": valid(lambda: f"{d:%y%m%d}" + digits(4) + "08" + digits(1), za_idnr.is_valid),
    }


# ---- one small set per language ----------------------------------------------------------
# Each entry: (language, Faker locale or hand names, templates). Templates are
# (topic, text, kinds); {F}/{L} are the caller's names, {RF}/{RL} a third party's,
# {ID}/{PH}/{DOB} an identifier, a phone, a birth date said the local way.
# (men's given names, women's given names, family names)
HAND = {
    "ur": (
        ["Imran", "Bilal", "Usman"],
        ["Ayesha", "Sana", "Hina"],
        ["Qureshi", "Siddiqui", "Chaudhry"],
    ),
    "te": (
        ["Srinivas", "Venkat", "Ravi"],
        ["Lakshmi", "Padma", "Sravani"],
        ["Reddy", "Naidu", "Rao"],
    ),
    "pa": (
        ["Gurpreet", "Harjit", "Manpreet"],
        ["Simran", "Jaspreet", "Harleen"],
        ["Sandhu", "Gill", "Dhillon"],
    ),
    "ms": (
        ["Faizal", "Hafiz", "Azlan"],
        ["Aisyah", "Nurul", "Siti"],
        ["Abdullah", "Rahman", "Ismail"],
    ),
    "am": (
        ["Abebe", "Dawit", "Yonas"],
        ["Mekdes", "Tigist", "Hiwot"],
        ["Bekele", "Tesfaye", "Girma"],
    ),
    "sw": (
        ["Baraka", "Juma", "Amani"],
        ["Neema", "Rehema", "Zawadi"],
        ["Mwangi", "Otieno", "Njoroge"],
    ),
    "ha": (
        ["Musa", "Sani", "Ibrahim"],
        ["Aisha", "Hauwa", "Zainab"],
        ["Abubakar", "Danjuma", "Bello"],
    ),
    "tl": (
        ["Jomar", "Rodel", "Arnel"],
        ["Maricel", "Liza", "Joy"],
        ["Dela Cruz", "Santos", "Bautista"],
    ),
    "hi_r": (
        ["Rahul", "Amit", "Suresh"],
        ["Priya", "Sunita", "Neha"],
        ["Sharma", "Verma", "Gupta"],
    ),
    "ar_r": (
        ["Khaled", "Youssef", "Omar"],
        ["Mariam", "Rania", "Lina"],
        ["Haddad", "Mansour", "Nasser"],
    ),
    "bn_r": (
        ["Rafiq", "Tanvir", "Sohel"],
        ["Shirin", "Nasrin", "Ruma"],
        ["Hossain", "Akter", "Rahman"],
    ),
}

LANGS: list[tuple[str, str, list[tuple[str, str, list[str]]]]] = [
    (
        "en",
        "en_US",
        [
            ("intro", "hi yeah this is {F} {L} calling about my order", ["name"]),
            ("third", "my wife {RFw} usually handles this she's the one on the account", ["name"]),
            ("ident", "my social is {SSN_SPOKEN}", ["ssn"]),
            ("dob", "date of birth march {D} {Y}", ["dob"]),
            (
                "sens",
                "i just got out of rehab last week so money's been really tight",
                ["sensitive"],
            ),
            ("clean", "mm-hmm ok sounds good", []),
            ("clean", "do you guys deliver on sundays", []),
        ],
    ),
    (
        "es",
        "es_ES",
        [
            ("intro", "Hola, buenas, soy {F} {L}, llamaba por una cita", ["name"]),
            ("third", "es para mi suegra, doña {RFw} {RLw}", ["name"]),
            ("ident", "mi DNI es el {DNI}", ["national_id"]),
            ("address", "vivo en la calle {STREET_ES}, 28014 Madrid", ["address"]),
            (
                "sens",
                "es que estoy embarazada de cinco meses y no puedo esperar tanto",
                ["sensitive"],
            ),
            ("clean", "vale, perfecto, muchas gracias", []),
            ("clean", "¿a qué hora abren los sábados?", []),
        ],
    ),
    (
        "fr",
        "fr_FR",
        [
            ("intro", "Bonjour, {L} {F} à l'appareil, je vous appelle pour ma facture", ["name"]),
            ("third", "c'est le docteur {RL} qui m'a dit de vous appeler", ["name"]),
            ("dob", "je suis né le {D} juillet {Y}", ["dob"]),
            ("phone", "vous pouvez me rappeler au {PH_FR}", ["phone"]),
            (
                "sens",
                "mon mari est décédé le mois dernier et je dois fermer son compte",
                ["sensitive"],
            ),
            ("clean", "d'accord, merci beaucoup, bonne journée", []),
        ],
    ),
    (
        "de",
        "de_DE",
        [
            ("intro", "Ja, guten Tag, {L} mein Name, {F} {L}", ["name"]),
            ("third", "mein Kollege Herr {RL} hat das letzte Woche bestellt", ["name"]),
            ("ident", "meine Steuer-ID ist {IDNR}", ["national_id"]),
            ("address", "Lieferadresse ist {STREET_DE}, 10115 Berlin", ["address"]),
            (
                "sens",
                "ich bin seit März in einer Privatinsolvenz, geht das trotzdem",
                ["sensitive"],
            ),
            ("clean", "alles klar, danke, tschüss", []),
        ],
    ),
    (
        "pt",
        "pt_BR",
        [
            ("intro", "oi, aqui é o {F} {L}, tudo bem?", ["name"]),
            (
                "third",
                "minha mãe, dona {RFw}, tá internada e não consegue ligar",
                ["name", "sensitive"],
            ),
            ("ident", "meu CPF é {CPF}", ["national_id"]),
            ("dob", "nasci dia {D} do {M} de {Y}", ["dob"]),
            ("sens", "tô com o nome sujo no Serasa, ainda posso parcelar?", ["sensitive"]),
            ("clean", "beleza, valeu, obrigado", []),
            ("clean", "vocês entregam em Campinas?", []),
        ],
    ),
    (
        "zh",
        "zh_CN",
        [
            ("intro", "你好，我姓{L}，{L}{F}，想问一下我的订单", ["name"]),
            ("third", "我爱人{RL}{RF}上周已经打过电话了", ["name"]),
            ("ident", "身份证号是{RIC}", ["national_id"]),
            ("dob", "出生日期是{Y}年{M}月{D}日", ["dob"]),
            ("sens", "我最近查出来得了乳腺癌，想先暂停会员", ["sensitive"]),
            ("clean", "好的，谢谢，再见", []),
            ("clean", "你们周末几点关门？", []),
        ],
    ),
    (
        "hi",
        "hi_IN",
        [
            ("intro", "नमस्ते जी, मैं {F} {L} बोल रहा हूँ", ["name"]),
            ("third", "मेरे बेटे {RF} का एडमिशन कराना है", ["name"]),
            ("ident", "आधार नंबर है {AADHAAR}", ["national_id"]),
            ("sens", "पिताजी का पिछले महीने देहांत हो गया, खाता बंद करवाना है", ["sensitive"]),
            ("clean", "ठीक है जी, धन्यवाद", []),
        ],
    ),
    (
        "hi_r",
        "",
        [
            ("intro", "haan ji main {F} {L} bol raha hoon delhi se", ["name"]),
            ("third", "meri wife {RFw} ji ka naam bhi add kar dijiye", ["name"]),
            ("phone", "mera number hai nau aath saat shunya {PH_IN_WORDS}", ["phone"]),
            ("sens", "mujhe sugar hai aur insulin chal raha hai", ["sensitive"]),
            ("clean", "accha theek hai bhaiya shukriya", []),
        ],
    ),
    (
        "ar",
        "ar_AA",
        [
            ("intro", "السلام عليكم، معك {F} {L}", ["name"]),
            ("third", "أخي {RF} هو اللي طلب الخدمة", ["name"]),
            ("dob", "تاريخ ميلادي {D}/{M}/{Y}", ["dob"]),
            ("sens", "زوجي في السجن حالياً وأنا أحتاج تأجيل الدفع", ["sensitive"]),
            ("clean", "شكراً جزيلاً، مع السلامة", []),
            ("clean", "متى تفتحون يوم الجمعة؟", []),
        ],
    ),
    (
        "ar_r",
        "",
        [
            ("intro", "salam 3alaykum ana {F} {L} men 3amman", ["name"]),
            ("third", "ummi {RFw} {RL} 3andha maw3ed bukra", ["name"]),
            ("sens", "ana 3andi dayn kbeer lel bank w ma aqdar adfa3", ["sensitive"]),
            ("clean", "tamam shukran", []),
        ],
    ),
    (
        "bn",
        "bn_BD",
        [
            ("intro", "আসসালামু আলাইকুম, আমি {F} {L} বলছি", ["name"]),
            ("third", "আমার স্ত্রী {RFw} এর নামে অ্যাকাউন্ট", ["name"]),
            ("sens", "আমার ক্যান্সার ধরা পড়েছে, তাই আসতে পারিনি", ["sensitive"]),
            ("clean", "ঠিক আছে, ধন্যবাদ", []),
        ],
    ),
    (
        "bn_r",
        "",
        [
            ("intro", "ami {F} {L} bolchi dhaka theke", ["name"]),
            ("address", "amar thikana house 12 road 7 dhanmondi dhaka 1205", ["address"]),
            ("clean", "achha thik ache dhonnobad", []),
        ],
    ),
    (
        "ru",
        "ru_RU",
        [
            ("intro", "Здравствуйте, меня зовут {F} {L}", ["name"]),
            ("third", "это для моей мамы, {RFw} {RLw}", ["name"]),
            ("address", "адрес: ул. Ленина, д. 14, кв. 52, Казань", ["address"]),
            ("sens", "у меня ВИЧ, мне нужен врач, который это знает", ["sensitive"]),
            ("clean", "хорошо, спасибо большое", []),
        ],
    ),
    (
        "ur",
        "",
        [
            ("intro", "assalam o alaikum main {F} {L} baat kar raha hoon", ["name"]),
            ("third", "میری بہن {RFw} کا آپریشن ہے", ["name", "sensitive"]),
            ("sens", "mera talaq ka case court mein chal raha hai", ["sensitive"]),
            ("clean", "ji theek hai shukriya", []),
        ],
    ),
    (
        "id",
        "id_ID",
        [
            ("intro", "halo mbak, saya Pak {F} {L} dari Bandung", ["name"]),
            ("third", "istri saya, Ibu {RFw}, yang pesan kemarin", ["name"]),
            ("address", "alamatnya Jl. Merdeka No. 45, RT 03/RW 05, Bandung 40115", ["address"]),
            ("sens", "saya lagi terlilit pinjol, bisa dicicil nggak", ["sensitive"]),
            ("clean", "oke makasih ya mbak", []),
            ("clean", "ada promo buat minggu ini?", []),
        ],
    ),
    (
        "ja",
        "ja_JP",
        [
            ("intro", "もしもし、{L}と申します", ["name"]),
            ("third", "主人の{RL}{RF}が先週そちらに伺いました", ["name"]),
            ("dob", "生年月日は{ERA}年{M}月{D}日です", ["dob"]),
            ("address", "住所は東京都新宿区西新宿2丁目8番1号です", ["address"]),
            ("sens", "うつ病で休職中なので、支払いを待っていただけますか", ["sensitive"]),
            ("clean", "はい、ありがとうございます", []),
            ("clean", "予約の変更はできますか", []),
        ],
    ),
    (
        "ko",
        "ko_KR",
        [
            ("intro", "안녕하세요, 저는 {L}{F}입니다", ["name"]),
            ("third", "{RL} 선생님한테 진료 받았어요", ["name"]),
            ("ident", "주민번호는 {RRN}이에요", ["national_id"]),
            ("sens", "제가 개인회생 중이라서요", ["sensitive"]),
            ("clean", "네, 감사합니다", []),
        ],
    ),
    (
        "vi",
        "vi_VN",
        [
            ("intro", "alo em chào chị, em tên là {L} {F}", ["name"]),
            ("third", "bác sĩ {RF} bảo em gọi lại", ["name"]),
            ("dob", "em sinh ngày {D} tháng {M} năm {Y}", ["dob"]),
            ("sens", "em đang mang thai nên không uống thuốc đó được", ["sensitive"]),
            ("clean", "dạ vâng, cảm ơn chị nhiều", []),
            ("clean", "cửa hàng mở cửa mấy giờ ạ", []),
        ],
    ),
    (
        "th",
        "th_TH",
        [
            ("intro", "สวัสดีค่ะ ดิฉันชื่อ{Fw} {Lw}ค่ะ", ["name"]),
            ("third", "คุณแม่ชื่อ{RFw}ค่ะ", ["name"]),
            ("ident", "เลขบัตรประชาชน {THPIN}", ["national_id"]),
            ("sens", "ดิฉันเป็นโรคซึมเศร้า กำลังรักษาอยู่ค่ะ", ["sensitive"]),
            ("clean", "ขอบคุณมากค่ะ", []),
        ],
    ),
    (
        "tr",
        "tr_TR",
        [
            ("intro", "merhaba ben {F} {L}", ["name"]),
            ("third", "eşim {RFw} Hanım randevu almıştı", ["name"]),
            ("ident", "TC kimlik numaram {TC}", ["national_id"]),
            ("sens", "icra takibindeyim, taksit yapabilir misiniz", ["sensitive"]),
            ("clean", "tamam teşekkürler iyi günler", []),
        ],
    ),
    (
        "pl",
        "pl_PL",
        [
            ("intro", "dzień dobry, z tej strony {F} {L}", ["name"]),
            ("third", "chodzi o moją córkę, {RFw}", ["name"]),
            ("ident", "PESEL {PESEL}", ["national_id"]),
            ("sens", "mam komornika na koncie, czy mogę zapłacić gotówką", ["sensitive"]),
            ("clean", "dobrze, dziękuję bardzo", []),
        ],
    ),
    (
        "cs",
        "cs_CZ",
        [
            ("intro", "dobrý den, tady {F} {L}", ["name"]),
            ("third", "manželka {RFw} tam byla včera", ["name"]),
            ("ident", "rodné číslo {RC}", ["national_id"]),
            ("clean", "děkuji, na shledanou", []),
        ],
    ),
    (
        "uk",
        "uk_UA",
        [
            ("intro", "добрий день, мене звати {F} {L}", ["name"]),
            ("third", "мій брат {RF} зараз на фронті", ["name"]),
            ("sens", "у мене тимчасовий захист, ще немає постійного статусу", ["sensitive"]),
            ("clean", "дякую, гарного дня", []),
        ],
    ),
    (
        "it",
        "it_IT",
        [
            ("intro", "pronto, buongiorno, sono {F} {L}", ["name"]),
            ("third", "mio cognato {RF} {RL} ha fatto l'ordine", ["name"]),
            ("address", "abito in via Garibaldi 23, 20121 Milano", ["address"]),
            ("sens", "ho appena fatto la chemio, non posso venire in negozio", ["sensitive"]),
            ("clean", "va bene, grazie mille", []),
        ],
    ),
    (
        "nl",
        "nl_NL",
        [
            ("intro", "goedemiddag, u spreekt met {F} {L}", ["name"]),
            ("ident", "mijn BSN is {BSN}", ["national_id"]),
            ("clean", "top, dank je wel", []),
        ],
    ),
    (
        "ro",
        "ro_RO",
        [
            ("intro", "bună ziua, sunt {F} {L}", ["name"]),
            ("ident", "CNP-ul meu e {CNP}", ["national_id"]),
            ("clean", "mulțumesc frumos", []),
        ],
    ),
    (
        "el",
        "el_GR",
        [
            ("intro", "καλημέρα, είμαι ο {F} {L}", ["name"]),
            ("sens", "η γυναίκα μου έχει καρκίνο και χρειάζομαι άδεια", ["sensitive"]),
            ("clean", "ευχαριστώ πολύ", []),
        ],
    ),
    (
        "he",
        "he_IL",
        [
            ("intro", "שלום, מדבר {F} {L}", ["name"]),
            ("ident", "תעודת זהות {ILID}", ["national_id"]),
            ("sens", "אני בהליך פשיטת רגל", ["sensitive"]),
            ("clean", "תודה רבה, יום טוב", []),
        ],
    ),
    (
        "fa",
        "fa_IR",
        [
            ("intro", "سلام، من {F} {L} هستم", ["name"]),
            ("third", "خانم دکتر {RL} گفتند تماس بگیرم", ["name"]),
            ("clean", "خیلی ممنون", []),
        ],
    ),
    (
        "sw",
        "",
        [
            ("intro", "habari, naitwa {F} {L}", ["name"]),
            ("third", "mama yangu {RFw} {RL} yuko hospitalini", ["name", "sensitive"]),
            ("sens", "nina deni kubwa la benki siwezi kulipa mwezi huu", ["sensitive"]),
            ("clean", "asante sana, karibu", []),
        ],
    ),
    (
        "ta",
        "ta_IN",
        [
            ("intro", "வணக்கம், நான் {F} பேசுறேன்", ["name"]),
            ("clean", "சரி, நன்றி", []),
        ],
    ),
    (
        "te",
        "",
        [
            ("intro", "namaskaram andi nenu {F} {L}", ["name"]),
            ("clean", "sare andi thanks", []),
        ],
    ),
    (
        "mr",
        "mr_IN",
        [
            ("intro", "नमस्कार, मी {F} {L} बोलतोय", ["name"]),
            ("clean", "बरं, धन्यवाद", []),
        ],
    ),
    (
        "gu",
        "gu_IN",
        [
            ("intro", "નમસ્તે, હું {F} {L} બોલું છું", ["name"]),
            ("clean", "આભાર", []),
        ],
    ),
    (
        "pa",
        "",
        [
            ("intro", "sat sri akal ji main {F} {L}", ["name"]),
            ("sens", "mere papa di kidney fail ho gayi aa", ["sensitive"]),
        ],
    ),
    (
        "ms",
        "",
        [
            ("intro", "assalamualaikum, saya {Fw} binti {L}", ["name"]),
            ("clean", "terima kasih ya", []),
        ],
    ),
    (
        "tl",
        "",
        [
            ("intro", "hello po, si {F} {L} po ito", ["name"]),
            ("sens", "nabuntis po ako kaya di ako nakapasok", ["sensitive"]),
            ("clean", "sige po salamat", []),
        ],
    ),
    (
        "am",
        "",
        [
            ("intro", "selam, ene {F} {L} negn", ["name"]),
            ("clean", "አመሰግናለሁ", []),
        ],
    ),
    (
        "ha",
        "",
        [
            ("intro", "sannu, sunana {F} {L}", ["name"]),
            ("clean", "na gode", []),
        ],
    ),
    (
        "yo",
        "yo_NG",
        [
            ("intro", "ẹ kú àárọ̀, orúkọ mi ni {F} {L}", ["name"]),
            ("clean", "ẹ ṣé gan", []),
        ],
    ),
]


def phone(region: str, kind: str = "e164") -> str:
    """The region's example mobile number, last three digits varied, still valid."""
    base = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert base is not None
    while True:
        nsn = str(base.national_number)
        cand = phonenumbers.parse(f"+{base.country_code}{nsn[:-3]}{digits(3)}")
        if phonenumbers.is_valid_number(cand):
            break
    fmt = {
        "e164": phonenumbers.PhoneNumberFormat.E164,
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
    }[kind]
    return phonenumbers.format_number(cand, fmt)


WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "hi_r": ["shunya", "ek", "do", "teen", "chaar", "paanch", "chhe", "saat", "aath", "nau"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
    "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
}


def spoken(number: str, lang: str = "en") -> str:
    return " ".join(WORDS[lang][int(c)] for c in number if c.isdigit())


def public_ip() -> str:
    """A random address in ranges ISPs hand to homes (no private, test or loopback)."""
    first = rng.choice([31, 37, 46, 62, 77, 81, 88, 94, 109, 151, 176, 185, 188, 212, 217])
    return f"{first}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def public_ip6() -> str:
    return "2a02:" + ":".join(hexs(4).lstrip("0") or "0" for _ in range(7))


def iban_for(cc: str, bban: Callable[[], str]) -> str:
    def make() -> str:
        b = bban()
        return cc + iban.calc_check_digits(cc + "00" + b) + b

    return valid(make, iban.is_valid)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(claims: dict[str, Any]) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(bytes(rng.randrange(256) for _ in range(32)))}"


def dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# ---- content shapes: where exporters put what was said ----------------------------------


def shape(text: str, i: int) -> tuple[str, Any, str]:
    """(key, value, site) for one utterance, in the i-th exporter's shape."""
    n = i % 16
    if n == 0:
        return "transcript", text, "attribute"  # Pipecat STT span
    if n == 1:
        return "lk.user_transcript", text, "attribute"
    if n == 2:
        msgs = [{"role": "user", "parts": [{"type": "text", "content": text}]}]
        return "gen_ai.input.messages", dumps(msgs), "attribute"
    if n == 3:
        return f"llm.input_messages.{rng.randint(1, 9)}.message.content", text, "attribute"
    if n == 4:
        return f"gen_ai.prompt.{rng.randint(1, 7)}.content", text, "attribute"
    if n == 5:
        return (
            "traceloop.entity.input",
            dumps({"inputs": {"question": text}, "tags": []}),
            "attribute",
        )
    if n == 6:
        return "langfuse.observation.input", dumps([{"role": "user", "content": text}]), "attribute"
    if n == 7:
        body = {
            "metadata": {"request_id": str(uuid.UUID(int=rng.getrandbits(128)))},
            "results": {
                "channels": [
                    {
                        "alternatives": [
                            {"transcript": text, "confidence": round(rng.uniform(0.7, 0.99), 3)}
                        ]
                    }
                ]
            },
        }
        return "http.response.body", dumps(body), "attribute"  # Deepgram
    if n == 8:
        body = {
            "message": {
                "type": "transcript",
                "role": "user",
                "transcriptType": "final",
                "transcript": text,
            }
        }
        return "http.request.body", dumps(body), "attribute"  # Vapi server message
    if n == 9:
        return "input.value", text, "attribute"  # OpenInference
    if n == 10:
        return "gen_ai.prompt", text, "event"  # older GenAI content event
    if n == 11:
        body = {
            "text": text,
            "language": "auto",
            "segments": [{"id": 0, "start": 0.0, "end": round(rng.uniform(1, 6), 2), "text": text}],
        }
        return "stt.response", dumps(body), "attribute"  # Whisper verbose_json
    if n == 12:
        return "lk.user_input", text, "attribute"
    if n == 13:
        body = {
            "id": str(uuid.UUID(int=rng.getrandbits(128))),
            "status": "completed",
            "text": text,
            "confidence": round(rng.uniform(0.7, 0.99), 3),
        }
        return "assemblyai.transcript", dumps(body), "attribute"
    if n == 14:
        return "text", text, "attribute"  # Pipecat
    return "getpatter.stt.text", text, "attribute"  # would be a leak: the docs keep only lengths


def stt_style(text: str) -> str:
    """As a streaming STT writes it: lower case, no punctuation."""
    return "".join(c for c in text.lower() if c not in ",.?!¿¡;:")


MONTHS = {
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ]
}
LATIN = {
    "en",
    "es",
    "fr",
    "de",
    "pt",
    "id",
    "tr",
    "pl",
    "cs",
    "it",
    "nl",
    "ro",
    "vi",
    "sw",
    "hi_r",
    "ar_r",
    "bn_r",
    "ur",
    "te",
    "pa",
    "ms",
    "tl",
    "am",
    "ha",
}


def fill(text: str, lang: str, locale: str) -> str:
    # a trailing "w" in a placeholder asks for a woman's name ({Fw}, {RFw}, {RLw})
    caller = "female" if "{Fw}" in text else "male"
    third = "female" if "{RFw}" in text or "{RLw}" in text else "male"
    text = (
        text.replace("{Fw}", "{F}")
        .replace("{Lw}", "{L}")
        .replace("{RFw}", "{RF}")
        .replace("{RLw}", "{RL}")
    )
    if locale:
        first, last = person(locale, caller)
        rfirst, rlast = person(locale, third)
    else:
        men, women, family = HAND[lang]
        first, last = rng.choice(women if caller == "female" else men), rng.choice(family)
        rfirst, rlast = rng.choice(women if third == "female" else men), rng.choice(family)
    d = birth()
    nid = ids()
    ssn = f"{rng.randint(100, 665)}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    fake = Faker(locale or "en_US")
    fake.seed_instance(rng.randint(0, 10**9))
    subs = {
        "F": first,
        "L": last,
        "RF": rfirst,
        "RL": rlast,
        "D": str(d.day),
        "Y": str(d.year),
        "M": MONTHS["pt"][d.month - 1] if lang == "pt" else str(d.month),
        "ERA": f"昭和{d.year - 1925}" if d.year < 1989 else f"平成{d.year - 1988}",
        "SSN_SPOKEN": f"{spoken(ssn[:3])}, {spoken(ssn[3:5])}, {spoken(ssn[5:])}",
        "DNI": nid["dni"],
        "CPF": nid["cpf"],
        "RIC": nid["ric"],
        "AADHAAR": nid["aadhaar"],
        "RRN": nid["rrn"],
        "THPIN": nid["thpin"],
        "TC": nid["tc"],
        "PESEL": nid["pesel"],
        "RC": nid["rc"],
        "BSN": nid["bsn"],
        "CNP": nid["cnp"],
        "ILID": nid["ilid"],
        "IDNR": nid["idnr"],
        "PH_FR": phone("FR", "national"),
        "PH_IN_WORDS": spoken(phone("IN", "national"), "hi_r"),
        "STREET_ES": fake.street_address() if lang == "es" else "",
        "STREET_DE": fake.street_address() if lang == "de" else "",
    }
    for k, v in subs.items():
        text = text.replace("{" + k + "}", v)
    return text


def languages() -> None:
    i = 0
    for lang, locale, templates in LANGS:
        for topic, text, kinds in templates:
            value = fill(text, lang, locale)
            if lang in LATIN and rng.random() < 0.3:
                value = stt_style(value)
            key, wrapped, site = shape(value, i)
            i += 1
            part = "free_text"
            cls = f"{'pos' if kinds else 'neg'}.{part}.{topic}.{lang.replace('_r', '-latn')}"
            add(cls, key, wrapped, kinds, site)


# ---- content carrying personal data, beyond the per-language sets ------------------------
TEST_CARDS = [
    "4242424242424242",
    "4111111111111111",
    "5555555555554444",
    "5105105105105100",
    "378282246310005",
    "6011111111111117",
    "3530111333300000",
    "4000056655665556",
]


def content_personal() -> None:
    c = "pos.free_text"
    t = "pos.tool_payload"
    # cards: odd separators, read out as words, inside tool arguments
    for n, card in enumerate(TEST_CARDS):
        groups = [card[j : j + 4] for j in range(0, len(card), 4)]
        if n % 4 == 0:
            said = "card number is " + spoken(card)
        elif n % 4 == 1:
            said = "es la " + " ".join(spoken(g, "es") for g in groups)
        elif n % 4 == 2:
            said = "my card " + rng.choice(["-", ".", " / ", "  "]).join(groups) + " exp 12/29"
        else:
            said = "meine Karte: " + " ".join(groups) + ", gültig bis 08/28"
        key, value, site = shape(said, n + 3)
        add(f"{c}.card", key, value, ["card"], site)
    for card in TEST_CARDS[:4]:
        args = {
            "amount": rng.randint(500, 9000) / 100,
            "currency": "EUR",
            "card": {"number": card, "exp_month": rng.randint(1, 12), "exp_year": 2029},
        }
        add(f"{t}.card", "gen_ai.tool.call.arguments", dumps(args), ["card"])
    # IBANs, lower case as STT writes them, and in tool arguments
    makers = {
        "DE": lambda: digits(18),
        "GB": lambda: "NWBK" + digits(14),
        "NL": lambda: "ABNA" + digits(10),
        "ES": lambda: digits(20),
        "PL": lambda: digits(24),
        "TR": lambda: digits(5) + "0" + digits(16),
        "FR": lambda: digits(10) + alnum(11, "0123456789") + digits(2),
    }
    for n, (cc, make) in enumerate(makers.items()):
        number = iban_for(cc, make)
        if n % 3 == 0:
            key, value, site = shape("iban " + iban.format(number).lower(), n)
            add(f"{c}.iban", key, value, ["iban"], site)
        elif n % 3 == 1:
            key, value, site = shape(f"meu IBAN é {number.lower()}", n + 5)
            add(f"{c}.iban", key, value, ["iban"], site)
        else:
            add(
                f"{t}.iban",
                "lk.function_tool.arguments",
                dumps({"iban": iban.format(number)}),
                ["iban"],
            )
    # bank accounts with their routing, sort, BSB or IFSC code
    rtn = valid(lambda: digits(9), lambda s: s[0] in "0123" and rtn_mod.is_valid(s))
    accounts = [
        (f"routing {rtn} account {digits(10)}", "en"),
        (f"sort code {digits(2)}-{digits(2)}-{digits(2)} account number {digits(8)}", "en"),
        (f"BSB {digits(3)}-{digits(3)}, account {digits(9)}", "en"),
        (f"IFSC SBIN000{digits(4)} khata sankhya {digits(11)}", "hi"),
        (f"transit {digits(5)} institution 003 account {digits(7)}", "en"),
    ]
    for n, (said, lang) in enumerate(accounts):
        key, value, site = shape(said, n + 9)
        add(f"{c}.bank_account.{lang}", key, value, ["bank_account"], site)
    add(
        f"{t}.bank_account",
        "gen_ai.tool.call.arguments",
        dumps({"routing_number": rtn, "account_number": digits(12), "type": "checking"}),
        ["bank_account"],
    )
    # e-mails spelled out, IDN, inside JSON
    for n in range(6):
        first, last = person(["en_US", "fr_FR", "de_DE", "pt_BR", "it_IT", "es_ES"][n])
        f, l_ = stt_style(first), stt_style(last)
        said = [
            f"it's {f} dot {l_} at gmail dot com",
            f"c'est {f} point {l_} arobase orange point fr",
            f"{f} punkt {l_} at web punkt de",
            f"é {f}{l_}{rng.randint(10, 99)} arroba hotmail ponto com",
            f"{f[0]} underscore {l_} at outlook dot it",
            f"{f} guion bajo {l_} arroba yahoo punto es",
        ][n]
        key, value, site = shape(said, n + 1)
        add(f"{c}.email.spelled", key, value, ["email"], site)
    for addr in [
        "müller.jürgen@bäckerei-sonnenschein.de",
        "иван.петров@почта.рф",
        "李娜@公司.中国",
    ]:
        key, value, site = shape(f"email: {addr}", rng.randint(0, 15))
        add(f"{c}.email.idn", key, value, ["email"], site)
    # phones said as words or in local formats
    for n, (region, lang) in enumerate(
        [
            ("GB", "en"),
            ("US", "en"),
            ("ES", "es"),
            ("FR", "fr"),
            ("DE", "de"),
            ("KE", "en"),
            ("NG", "en"),
            ("BR", "en"),
            ("JP", "en"),
            ("AU", "en"),
        ]
    ):
        if n < 5:
            said = {
                "en": "call me back on ",
                "es": "mi móvil es el ",
                "fr": "mon portable c'est le ",
                "de": "meine Handynummer ist ",
            }[lang] + spoken(phone(region, "national"), lang)
        else:
            said = f"number is {phone(region, 'national' if n % 2 else 'intl')}"
        key, value, site = shape(said, n + 2)
        add(f"{c}.phone.{region.lower()}", key, value, ["phone"], site)
    # names in every other form
    names = [
        ("spelled", f"surname is {' '.join('kowalczyk')}, k as in kilo"),
        ("spelled", "mi apellido es g a r c i a, con ce al final no, g-a-r-c-i-a"),
        ("initials", "it's J. R. Okonkwo, account holder"),
        ("initials", "M.-L. Dubois, c'est moi"),
        ("staff", "nurse Adaeze Obi told me to ring back after six"),
        ("staff", "i was talking to your agent Carla Mendes yesterday, can you put her on"),
        ("staff", "Dr. Rajesh Iyer is my cardiologist, he needs the report"),
        ("emergency", "emergency contact is my brother, Tomasz Wiśniewski"),
        ("particles", "Ludwig van der Berg, with a small v"),
        ("particles", "é Maria das Graças de Souza"),
        ("arabic", "الاسم محمد بن عبد الله الشهري"),
        ("thai", "ชื่อ สมชาย ใจดี ครับ"),
    ]
    for n, (topic, said) in enumerate(names):
        key, value, site = shape(said, n + 4)
        kinds = ["name", "sensitive"] if "cardiologist" in said else ["name"]
        add(f"{c}.name.{topic}", key, value, kinds, site)
    # an assistant greeting the caller by name, in output shapes
    outs = [
        (
            "gen_ai.output.messages",
            dumps(
                [
                    {
                        "role": "assistant",
                        "parts": [
                            {
                                "type": "text",
                                "content": "Thanks, Mrs. Achterberg, I've found your booking.",
                            }
                        ],
                        "finish_reason": "stop",
                    }
                ]
            ),
        ),
        ("lk.response.text", "Gracias, señor Quispe Mamani, su pedido sale mañana."),
        ("llm.output_messages.0.message.content", "Merci Monsieur Benali, c'est noté."),
        ("output", "田中様、ご予約を承りました。"),
        (
            "traceloop.entity.output",
            dumps({"outputs": {"answer": "Sawa, Bwana Kamau, nimekupata."}}),
        ),
        (
            "langfuse.observation.output",
            dumps({"role": "assistant", "content": "Danke, Frau Yılmaz."}),
        ),
    ]
    for key, value in outs:
        add(f"{c}.name.reply", key, value, ["name"])
    # TTS requests read the name out
    add(
        f"{c}.name.tts",
        "http.request.body",
        dumps(
            {
                "text": "Hello Mr. Adeyemi, your appointment is confirmed.",
                "model_id": "eleven_flash_v2_5",
                "voice_settings": {"stability": 0.5, "similarity_boost": 0.75},
            }
        ),
        ["name"],
    )
    add(
        f"{c}.name.tts",
        "cartesia.request",
        dumps(
            {
                "model_id": "sonic-2",
                "transcript": "Chào anh Nguyễn Văn Minh, hẹn gặp lại.",
                "voice": {"mode": "id", "id": str(uuid.UUID(int=rng.getrandbits(128)))},
                "language": "vi",
            }
        ),
        ["name"],
    )
    # tool payloads with customer records
    for n in range(8):
        first, last = person(
            ["en_GB", "pl_PL", "ja_JP", "ko_KR", "tr_TR", "pt_BR", "de_DE", "hi_IN"][n]
        )
        d = birth()
        region = ["GB", "PL", "JP", "KR", "TR", "BR", "DE", "IN"][n]
        # family name first, unspaced, where the language writes it so
        full = f"{last}{first}" if region in ("JP", "KR") else f"{first} {last}"
        rec: dict[str, Any] = {"customer_id": f"C{digits(7)}", "name": full}
        kinds = ["name"]
        if n % 3 == 0:
            rec["phone"] = phone(region)
            kinds.append("phone")
        if n % 3 == 1:
            rec["dob"] = [d.isoformat(), f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}"][n % 3]
            kinds.append("dob")
        if n % 4 == 2:
            handle = stt_style(last)[:6] if last.isascii() else "cust" + digits(4)
            rec["email"] = f"{handle}{digits(2)}@example-mail.net"
            kinds.append("email")
        key = ["gen_ai.tool.call.result", "lk.function_tool.output", "tool.result", "output.value"][
            n % 4
        ]
        add(f"{t}.record", key, dumps({"found": True, "customer": rec}), kinds)
    # dates of birth in more formats and languages
    for n, fmt in enumerate(
        [
            "born {d:%d}.{d:%m}.{d:%Y}",
            "DOB {d:%m/%d/%y}",
            "fecha de nacimiento {d:%d} de {mes} de {d:%Y}",
            "né le {d:%d}/{d:%m}/{d:%Y}",
            "{d:%Y}년 {d.month}월 {d.day}일생이에요",
            "geboren am {d.day}. {monat} {d:%Y}",
        ]
    ):
        d = birth()
        mes = [
            "enero",
            "febrero",
            "marzo",
            "abril",
            "mayo",
            "junio",
            "julio",
            "agosto",
            "septiembre",
            "octubre",
            "noviembre",
            "diciembre",
        ][d.month - 1]
        monat = [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ][d.month - 1]
        said = fmt.format(d=d, mes=mes, monat=monat)
        key, value, site = shape(said, n + 6)
        add(f"{c}.dob", key, value, ["dob"], site)
    add(
        f"{t}.dob",
        "gen_ai.tool.call.arguments",
        dumps({"date_of_birth": birth().isoformat(), "postcode": "SW1A 1AA"}),
        ["dob"],
    )
    # street addresses of many countries
    for locale in [
        "en_US",
        "en_GB",
        "fr_FR",
        "de_DE",
        "it_IT",
        "pt_BR",
        "es_MX",
        "nl_NL",
        "pl_PL",
        "ja_JP",
        "en_AU",
        "en_IN",
    ]:
        fake = Faker(locale)
        fake.seed_instance(rng.randint(0, 10**9))
        addr = fake.address().replace("\n", ", ")
        if not any(ch.isdigit() for ch in addr.split(",")[0]):
            addr = f"{rng.randint(1, 140)} {addr}"  # a house number, as callers give it
        if rng.random() < 0.5:
            key, value, site = shape(f"{addr}", rng.randint(0, 15))
            add(f"{c}.address.{locale.split('_')[1].lower()}", key, value, ["address"], site)
        else:
            add(
                f"{t}.address.{locale.split('_')[1].lower()}",
                "gen_ai.tool.call.arguments",
                dumps({"delivery_address": addr, "slot": "18:00-20:00"}),
                ["address"],
            )
    # national ids and SSNs in tool payloads
    nid = ids()
    for key_, v in [
        ("cpf", nid["cpf"]),
        ("nif", nid["nif"]),
        ("sa_id", nid["zaid"]),
        ("pesel", nid["pesel"]),
        ("aadhaar", nid["aadhaar"]),
    ]:
        add(
            f"{t}.national_id",
            "gen_ai.tool.call.arguments",
            dumps({key_: v, "verify": True}),
            ["national_id"],
        )
    ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    add(f"{t}.ssn", "lk.function_tool.arguments", dumps({"ssn": ssn}), ["ssn"])
    key, value, site = shape(f"my ssn {ssn.replace('-', ' ')}", 2)
    add(f"{c}.ssn", key, value, ["ssn"], site)
    # sensitive disclosures with no identifier, many topics and languages
    sens = [
        ("orientation", "my boyfriend and i, well, i'm gay, so the couples plan is for two men"),
        ("religion", "sou testemunha de Jeová, não posso receber sangue"),
        ("religion", "i'm fasting for ramadan so please no lunch deliveries"),
        ("immigration", "no tengo papeles todavía, ¿me pueden atender igual?"),
        ("immigration", "mein Asylantrag läuft noch, ich habe nur eine Duldung"),
        ("pregnancy", "je suis enceinte de huit semaines"),
        ("health", "i have epilepsy so i can't do the flashing lights thing"),
        ("health", "私は透析を受けているので火曜日は無理です"),
        ("debt", "I'm behind on the mortgage three months, they're threatening to repossess"),
        ("legal", "i'm on probation so i can't leave the state for the trip"),
        ("bereavement", "my son passed away in june and his phone contract is still running"),
        ("health", "我父亲有老年痴呆，经常忘记密码"),
        ("legal", "jestem w trakcie rozwodu, mąż nie może mieć dostępu do konta"),
        ("health", "ninaishi na VVU, nahitaji dawa zangu"),
    ]
    for n, (topic, said) in enumerate(sens):
        key, value, site = shape(said, n + 7)
        add(f"{c}.sensitive.{topic}", key, value, ["sensitive"], site)
    # whole webhook bodies: a transcript next to the caller's number
    num = phone("US")
    add(
        f"{c}.webhook.vapi",
        "http.request.body",
        dumps(
            {
                "message": {
                    "type": "end-of-call-report",
                    "call": {"id": str(uuid.UUID(int=rng.getrandbits(128)))},
                    "customer": {"number": num},
                    "transcript": "AI: Hi! User: can i book a table for four",
                }
            }
        ),
        ["phone"],
    )
    num = phone("GB")
    add(
        f"{c}.webhook.retell",
        "http.request.body",
        dumps(
            {
                "event": "call_ended",
                "call": {
                    "call_id": "call_" + hexs(24),
                    "from_number": num,
                    "transcript": "Agent: Hello\nUser: hi, where's my parcel",
                },
            }
        ),
        ["phone"],
    )
    add(
        f"{c}.webhook.bland",
        "http.request.body",
        dumps(
            {
                "call_id": str(uuid.UUID(int=rng.getrandbits(128))),
                "concatenated_transcript": "user: this is Gloria Estrada, I'm calling about the invoice",
                "from": phone("US"),
            }
        ),
        ["name", "phone"],
    )
    # an exception message quoting the utterance
    add(
        f"{c}.exception",
        "exception.message",
        "SlotParseError: no date in utterance 'soy Lucía Fernández, nací el 3 de mayo de 1991'",
        ["dob", "name"],
        "event",
    )


# ---- clean content: what a business call is mostly made of -------------------------------


def content_clean() -> None:
    c = "neg.free_text"
    t = "neg.tool_payload"
    said = [
        "mm-hmm",
        "ok",
        "uh huh yeah",
        "sí sí",
        "d'accord",
        "ja genau",
        "はい",
        "네 네",
        "嗯",
        "ок",
        "tamam",
        "oke",
        "ค่ะ",
        "جيد",
        "hmm let me think",
        "sorry can you repeat that",
        "is the blue one in stock",
        "what time do you close tonight",
        "¿tienen opciones veganas?",
        "je voudrais annuler ma commande",
        "wie lange dauert die Lieferung",
        "quanto custa o frete",
        "有没有大号的",
        "配送は何日かかりますか",
        "주차 가능한가요",
        "bao nhiêu tiền vậy",
        "czy jest dostępny w rozmiarze M",
        "чи можна оплатити карткою",
        "kya aapke paas home delivery hai",
        "مواعيد العمل كم",
        "bei gani ya pizza kubwa",
        "merhaba siparişim nerede",
    ]
    for n, s in enumerate(said):
        key, value, site = shape(s, n)
        add(f"{c}.turn", key, value, [], site)
    replies = [
        (
            "gen_ai.output.messages",
            dumps(
                [
                    {
                        "role": "assistant",
                        "parts": [
                            {"type": "text", "content": "We're open 9am to 6pm Monday to Saturday."}
                        ],
                        "finish_reason": "stop",
                    }
                ]
            ),
        ),
        ("lk.response.text", "Claro, el menú del día incluye sopa, segundo y postre por 12 euros."),
        ("llm.output_messages.0.message.content", "Votre commande part demain matin."),
        ("output", "好的，我帮您查一下库存。"),
        ("gen_ai.completion.0.content", "Die Filiale in Hamburg hat das Modell vorrätig."),
        (
            "traceloop.entity.output",
            dumps({"outputs": {"answer": "Pedido confirmado, chega em 3 dias."}}),
        ),
        (
            "langfuse.observation.output",
            dumps({"role": "assistant", "content": "ご注文ありがとうございます。"}),
        ),
        ("output.value", "Tabii, yarın saat 10'da müsaitiz."),
        ("lk.response.text", "Xin lỗi, món này hết rồi ạ."),
        (
            "gen_ai.output.messages",
            dumps(
                [
                    {
                        "role": "assistant",
                        "parts": [
                            {
                                "type": "tool_call",
                                "id": "call_" + alnum(24),
                                "name": "check_stock",
                                "arguments": {"sku": "TSH-BLU-M"},
                            }
                        ],
                    }
                ]
            ),
        ),
    ]
    for key, value in replies:
        add(f"{c}.reply", key, value, [])
    requests = [
        [
            {
                "role": "system",
                "parts": [{"type": "text", "content": "You are the front desk of a bike shop."}],
            },
            {"role": "user", "parts": [{"type": "text", "content": "do you fix e-bikes"}]},
        ],
        [
            {
                "role": "user",
                "parts": [{"type": "text", "content": "¿cuánto cuesta el cambio de aceite?"}],
            },
            {"role": "assistant", "parts": [{"type": "text", "content": "Desde 39 euros."}]},
        ],
    ]
    for msgs in requests:
        add(f"{c}.request", "gen_ai.input.messages", dumps(msgs), [])
    add(
        f"{c}.request",
        "llm.input_messages.0.message.content",
        "You are a polite pizza ordering assistant.",
        [],
    )
    add(
        f"{c}.redacted",
        "transcript",
        "hi my name is [REDACTED] and my number is [PHONE_NUMBER]",
        [],
    )
    add(f"{c}.redacted", "lk.user_transcript", "<PERSON> calling about order <ORDER_ID>", [])
    tools = [
        ("gen_ai.tool.call.arguments", {"order_id": "ORD-" + digits(6)}),
        ("gen_ai.tool.call.result", {"status": "shipped", "carrier": "DHL", "eta": "2026-03-14"}),
        ("lk.function_tool.arguments", {"sku": "SKU-44817-XL", "store": "lisbon-baixa"}),
        ("lk.function_tool.output", {"in_stock": 12, "price": 29.9, "currency": "EUR"}),
        ("tool.arguments", {"date": "2026-04-02", "party_size": 4, "time": "19:30"}),
        ("tool.result", {"available": ["19:00", "21:15"]}),
        (
            "gen_ai.tool.call.result",
            {"hours": {"mon-fri": "08:00-20:00", "sat": "09:00-14:00", "sun": "closed"}},
        ),
        (
            "output.value",
            {"menu": [{"item": "pad thai", "price": 11.5}, {"item": "tom yum", "price": 7}]},
        ),
        ("input.value", {"query": "return policy for opened items"}),
        ("gen_ai.tool.call.result", {"policy": "30 days with receipt", "restocking_fee": 0}),
        (
            "lk.function_tool.output",
            {"ticket": "TCK-" + digits(5), "queue": "billing", "wait_min": 4},
        ),
        ("tool.arguments", {"city": "Osaka", "service": "repair"}),
    ]
    for key, payload in tools:
        add(f"{t}.business", key, dumps(payload), [])
    # speech providers' responses with timings and confidences
    words = ["i", "want", "to", "change", "my", "delivery", "slot"]
    t0 = 0.2
    wl = []
    for w in words:
        wl.append(
            {"word": w, "start": round(t0, 2), "end": round(t0 + 0.28, 2), "confidence": 0.97}
        )
        t0 += 0.31
    add(
        f"{c}.stt",
        "http.response.body",
        dumps(
            {
                "results": {
                    "channels": [
                        {
                            "alternatives": [
                                {"transcript": " ".join(words), "confidence": 0.96, "words": wl}
                            ]
                        }
                    ]
                },
                "metadata": {"duration": 2.6},
            }
        ),
        [],
    )
    add(
        f"{c}.stt",
        "assemblyai.transcript",
        dumps(
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128))),
                "status": "completed",
                "text": "Is the store open on holidays?",
                "audio_duration": 3,
                "confidence": 0.93,
            }
        ),
        [],
    )
    add(
        f"{c}.stt",
        "stt.response",
        dumps({"text": "quero trocar o tamanho", "language": "portuguese", "duration": 1.9}),
        [],
    )
    more = [
        (
            "lk.chat_ctx",
            dumps(
                {
                    "items": [
                        {"type": "message", "role": "user", "content": ["table for two at eight"]},
                        {"type": "message", "role": "assistant", "content": ["Booked for 8pm."]},
                    ]
                }
            ),
        ),
        (
            "gen_ai.input.messages",
            dumps(
                [{"role": "user", "parts": [{"type": "text", "content": "ما هي أسعار التوصيل؟"}]}]
            ),
        ),
        (
            "llm.input_messages.1.message.content",
            "can i change the pickup store to the one downtown",
        ),
        ("gen_ai.prompt.0.content", "ร้านเปิดกี่โมงครับ"),
        (
            "traceloop.entity.input",
            dumps({"inputs": {"question": "đổi size được không ạ"}, "tags": ["support"]}),
        ),
        (
            "langfuse.observation.input",
            dumps(
                [
                    {"role": "system", "content": "You answer questions about a gym."},
                    {"role": "user", "content": "is there a student discount"},
                ]
            ),
        ),
        ("transcript", "quiero reservar una mesa para el viernes"),
        ("lk.user_transcript", "c'est ouvert le dimanche ?"),
        ("text", "अच्छा, डिलीवरी कितने दिन में होगी"),
        ("input.value", "saya mau tanya stok sepatu ukuran 42"),
        ("gen_ai.completion.0.content", "Sim, temos entrega no mesmo dia até as 14h."),
        ("output", "Tak, możemy wymienić rozmiar w ciągu 14 dni."),
        ("lk.response.text", "Evet, kapıda ödeme var."),
        (
            "http.request.body",
            dumps(
                {
                    "message": {
                        "type": "transcript",
                        "role": "assistant",
                        "transcriptType": "final",
                        "transcript": "Let me check that for you.",
                    }
                }
            ),
        ),
        (
            "http.request.body",
            dumps(
                {
                    "interaction_type": "response_required",
                    "transcript": [
                        {"role": "agent", "content": "How can I help?"},
                        {"role": "user", "content": "what's your address"},
                    ],
                }
            ),
        ),
        (
            "websocket.message",
            dumps(
                {
                    "type": "Results",
                    "channel_index": [0, 1],
                    "duration": 1.2,
                    "is_final": True,
                    "channel": {"alternatives": [{"transcript": "yes please", "confidence": 0.99}]},
                }
            ),
        ),
    ]
    for key, value in more:
        add(f"{c}.turn", key, value, [])
    add(
        f"{c}.tts",
        "http.request.body",
        dumps(
            {
                "text": "Your table is booked for 7:30.",
                "model_id": "eleven_turbo_v2_5",
                "output_format": "ulaw_8000",
            }
        ),
        [],
    )
    add(
        f"{c}.tts",
        "cartesia.request",
        dumps(
            {
                "model_id": "sonic-2",
                "transcript": "Merci de votre appel, à bientôt.",
                "voice": {"mode": "id", "id": str(uuid.UUID(int=rng.getrandbits(128)))},
                "output_format": {"container": "raw", "encoding": "pcm_mulaw", "sample_rate": 8000},
            }
        ),
        [],
    )


# ---- values that are not content but carry personal data or secrets -----------------------


def uk_address() -> str:
    fake = Faker("en_GB")
    fake.seed_instance(rng.randint(0, 10**9))
    return fake.address().replace("\n", ", ")


def values_personal() -> None:
    v = "pos.value"
    for n, region in enumerate(["US", "GB", "DE", "BR", "IN", "KE", "JP", "AU", "FR", "NG"]):
        num = phone(region)
        shapes = [
            (
                "sip.from",
                f'"{" ".join(person("en_US"))}" <sip:{num}@pbx.example.net>;tag={hexs(8)}',
                ["name", "phone"],
            ),
            (
                "sip.request.header.p_asserted_identity",
                f"<sip:{num}@carrier.example.org;user=phone>",
                ["phone"],
            ),
            ("twilio.from", num, ["phone"]),
            (
                "http.request.body",
                f"CallSid=CA{hexs(32)}&AccountSid=AC{hexs(32)}&From=%2B{num[1:]}&To=%2B18005550199&CallStatus=completed&CallDuration={rng.randint(5, 900)}",
                ["phone"],
            ),
            (
                "telnyx.payload",
                dumps(
                    {
                        "data": {
                            "event_type": "call.initiated",
                            "payload": {
                                "call_control_id": "v3:" + alnum(22),
                                "from": num,
                                "to": "+18005550199",
                                "direction": "incoming",
                            },
                        }
                    }
                ),
                ["phone"],
            ),
            (
                "websocket.message",
                dumps(
                    {
                        "event": "start",
                        "start": {
                            "streamSid": "MZ" + hexs(32),
                            "callSid": "CA" + hexs(32),
                            "mediaFormat": {
                                "encoding": "audio/x-mulaw",
                                "sampleRate": 8000,
                                "channels": 1,
                            },
                            "customParameters": {"caller": num},
                        },
                    }
                ),
                ["phone"],
            ),
            ("lk.participant_identity", f"sip_{num}", ["phone"]),
            ("enduser.id", num, ["phone"]),
            ("sip.request.header.diversion", f"<tel:{num}>;reason=no-answer;counter=1", ["phone"]),
            ("messaging.destination.name", f"callbacks/{num}", ["phone"]),
        ]
        key, value, kinds = shapes[n]
        add(f"{v}.phone.{region.lower()}", key, value, kinds)
    add(
        f"{v}.phone.status",
        "otel.status_description",
        f"transfer to {phone('DE', 'intl')} failed: 486 Busy Here",
        ["phone"],
        "status",
    )
    add(
        f"{v}.phone.exception",
        "exception.message",
        f"TwilioRestException: HTTP 400 error: The 'To' number {phone('GB')} is not a valid mobile",
        ["phone"],
        "event",
    )
    # client addresses
    ip = [public_ip() for _ in range(8)]
    add(f"{v}.ip.header", "http.request.header.x-forwarded-for", [f"{ip[0]}, 10.12.0.7"], ["ip"])
    add(
        f"{v}.ip.header",
        "http.request.header.forwarded",
        [f"for={ip[1]};proto=https;by=10.0.0.4"],
        ["ip"],
    )
    add(f"{v}.ip.header", "http.request.header.x-real-ip", [ip[2]], ["ip"])
    add(f"{v}.ip.client", "client.address", ip[3], ["ip"])
    add(f"{v}.ip.client", "http.client_ip", public_ip6(), ["ip"])
    add(
        f"{v}.ip.log",
        "log.message",
        f'{ip[4]} - - "POST /twilio/voice HTTP/1.1" 200 512 "TwilioProxy/1.1"',
        ["ip"],
    )
    add(
        f"{v}.ip.ice",
        "webrtc.ice.candidate",
        f"candidate:{digits(9)} 1 udp 1677729535 {ip[5]} {rng.randint(40000, 65000)} typ srflx raddr 192.168.1.23 rport {rng.randint(40000, 65000)} generation 0",
        ["ip"],
    )
    add(
        f"{v}.ip.ice",
        "lk.ice.local_candidate",
        f"candidate:{digits(10)} 1 udp 2122260223 {public_ip6()} {rng.randint(40000, 65000)} typ host generation 0",
        ["ip"],
    )
    add(
        f"{v}.ip.exception",
        "exception.message",
        f"ConnectionResetError: peer {ip[6]}:{rng.randint(1024, 65000)} closed the media websocket",
        ["ip"],
        "event",
    )
    add(f"{v}.ip.event", "net.sock.peer.addr", ip[7], ["ip"], "event")
    # secrets in their providers' formats
    secrets = [
        (
            "http.request.header.authorization",
            [
                "Bearer sk-proj-"
                + alnum(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
            ],
        ),
        (
            "http.request.header.x-api-key",
            [
                "sk-ant-api03-"
                + alnum(93, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
                + "AA"
            ],
        ),
        ("http.request.header.authorization", ["Token " + hexs(40)]),
        ("http.request.header.xi-api-key", ["sk_" + hexs(48)]),
        (
            "http.request.header.authorization",
            ["Basic " + base64.b64encode(f"AC{hexs(32)}:{hexs(32)}".encode()).decode()],
        ),
        ("twilio.auth_token", hexs(32)),
        ("stripe.api_key", "rk_live_" + alnum(24)),
        (
            "aws.secret_access_key",
            alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+"),
        ),
        (
            "http.request.header.authorization",
            [
                "Bearer "
                + jwt(
                    {
                        "sub": "agent-7",
                        "iat": 1767225600,
                        "exp": 1767229200,
                        "room": "call-" + hexs(8),
                    }
                )
            ],
        ),
        (
            "lk.token",
            jwt(
                {
                    "video": {"room": "support-" + hexs(6), "roomJoin": True},
                    "iss": "API" + alnum(12),
                    "exp": 1767229200,
                }
            ),
        ),
        ("url.full", f"https://ops:{alnum(14)}@metrics.internal.example/push"),
        (
            "db.connection_string",
            f"postgresql://voice_app:{alnum(18)}@10.4.0.12:5432/calls?sslmode=require",
        ),
        ("db.statement", f"ALTER ROLE reporting WITH LOGIN PASSWORD '{alnum(16)}'"),
        (
            "patter.webhook.url",
            f"https://hooks.slack.com/services/T{alnum(8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/B{alnum(10, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}/{alnum(24)}",
        ),
        ("http.request.header.cookie", [f"session={alnum(40)}; csrftoken={alnum(32)}"]),
        (
            "http.response.header.set-cookie",
            [f"sid=s%3A{alnum(32)}.{alnum(43)}; Path=/; HttpOnly; Secure"],
        ),
        ("deepgram.url", f"wss://api.deepgram.com/v1/listen?model=nova-3&token={hexs(40)}"),
        ("github.token", "ghp_" + alnum(36)),
        (
            "google.api_key",
            "AIza" + alnum(35, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"),
        ),
        ("slack.bot_token", f"xoxb-{digits(12)}-{digits(13)}-{alnum(24)}"),
    ]
    for key, value in secrets:
        add(f"{v}.secret", key, value, ["secret"])
    add(
        f"{v}.secret.exception",
        "exception.message",
        f"psycopg.OperationalError: connection to 'postgresql://app:{alnum(12)}@db:5432/crm' failed",
        ["secret"],
        "event",
    )
    add(f"{v}.secret.log", "log.message", f"retrying with api_key=sk-{alnum(48)}", ["secret"])
    # e-mails, names and more in error strings, lookups, queries
    first, last = person("en_GB")
    add(
        f"{v}.email.error",
        "exception.message",
        f"SMTPRecipientsRefused: {{'{stt_style(first)}.{stt_style(last)}@btinternet.com': (550, b'5.1.1 user unknown')}}",
        ["email"],
        "event",
    )
    add(
        f"{v}.email.status",
        "otel.status_description",
        f"CRM lookup failed for {stt_style(person('de_DE')[1])}{digits(2)}@gmx.de: 404",
        ["email"],
        "status",
    )
    add(
        f"{v}.email.enduser",
        "enduser.id",
        f"{stt_style(person('fr_FR')[0])}.{digits(3)}@orange.fr",
        ["email"],
    )
    add(
        f"{v}.email.user",
        "user.email",
        f"{stt_style(person('es_ES')[0])}{digits(4)}@yahoo.es",
        ["email"],
    )
    add(f"{v}.name.user", "user.full_name", " ".join(person("it_IT")), ["name"])
    add(f"{v}.name.crm", "crm.contact.display_name", " ".join(person("pl_PL")), ["name"])
    add(f"{v}.name.caller_id", "twilio.caller_name", " ".join(person("en_US")).upper(), ["name"])
    d = birth()
    add(f"{v}.dob.crm", "crm.contact.birthdate", d.isoformat(), ["dob"])
    ssn = f"{rng.randint(100, 665)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}"
    add(f"{v}.ssn.sql", "db.statement", f"SELECT id FROM members WHERE ssn = '{ssn}'", ["ssn"])
    add(
        f"{v}.national_id.sql",
        "db.query.text",
        f"UPDATE clientes SET cpf = '{ids()['cpf']}' WHERE id = {digits(6)}",
        ["national_id"],
    )
    add(f"{v}.address.log", "log.message", f"geocode ok: {uk_address()} -> zone B", ["address"])
    add(
        f"{v}.card.log",
        "log.message",
        "charge declined card=4000000000000002 reason=generic_decline",
        ["card"],
    )
    add(
        f"{v}.iban.error",
        "exception.message",
        f"SepaMandateError: mandate for {iban_for('DE', lambda: digits(18))} not found",
        ["iban"],
        "event",
    )
    for region in ["MX", "ZA", "PH", "EG", "VN", "TH", "ID", "PL"]:
        num = phone(region)
        key, value = rng.choice(
            [
                ("sip.to", f"<sip:{num}@trunk.example.net>"),
                ("twilio.forwarded_from", num),
                (
                    "http.url",
                    f"https://voice.example.app/twilio/status?CallSid=CA{hexs(32)}&From=%2B{num[1:]}",
                ),
                ("telnyx.from", num),
            ]
        )
        add(f"{v}.phone.{region.lower()}", key, value, ["phone"])
    for key in [
        "http.request.header.x-forwarded-for",
        "http.request.header.cf-connecting-ip",
        "http.request.header.true-client-ip",
    ]:
        add(f"{v}.ip.header", key, [public_ip()], ["ip"])
    add(
        f"{v}.ip.log",
        "log.message",
        f"ws upgrade from {public_ip()} ua=Mozilla/5.0 room=call-{hexs(6)}",
        ["ip"],
    )
    add(
        f"{v}.secret",
        "http.request.header.x-twilio-signature",
        [b64url(bytes(rng.randrange(256) for _ in range(20)))],
        ["secret"],
    )
    add(
        f"{v}.secret",
        "url.full",
        f"https://api.example-crm.com/v1/contacts?api_key={alnum(32)}",
        ["secret"],
    )
    add(
        f"{v}.name.sip",
        "sip.request.header.remote_party_id",
        f'"{" ".join(person("es_MX"))}" <sip:{phone("MX")}@gw.example.net>;party=calling',
        ["name", "phone"],
    )
    add(
        f"{v}.email.log",
        "log.message",
        f"magic link sent to {stt_style(person('nl_NL')[0])}{digits(3)}@ziggo.nl",
        ["email"],
    )
    add(
        f"{v}.email.resource",
        "service.owner",
        f"{stt_style(person('sv_SE')[0])}.{digits(2)}@gmail.com",
        ["email"],
        "resource",
    )
    add(f"{v}.secret.resource", "deployment.webhook_token", alnum(32), ["secret"], "resource")


# ---- hard negatives: shaped like personal data, and none -----------------------------------
CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def luhn_id(n: int) -> str:
    body = rng.choice("123456789") + digits(n - 2)
    return body + luhn.calc_check_digit(body)


def negatives() -> None:
    v = "neg.value"
    for _ in range(4):
        add(f"{v}.trace_id", rng.choice(["trace_id", "otel.trace_id", "parent.trace_id"]), hexs(32))
        add(f"{v}.span_id", rng.choice(["span_id", "otel.span_id", "links.0.span_id"]), hexs(16))
        add(
            f"{v}.uuid",
            rng.choice(["patter.call_id", "getpatter.call.id", "lk.room.sid", "vapi.call.id"]),
            str(uuid.UUID(int=rng.getrandbits(128))),
        )
        add(
            f"{v}.ulid",
            rng.choice(["request.id", "job.id", "idempotency_key"]),
            "01J" + "".join(rng.choice(CROCKFORD) for _ in range(23)),
        )
    for key in ["twilio.call_sid", "twilio.account_sid", "twilio.stream_sid"]:
        add(
            f"{v}.sid",
            key,
            {"twilio.call_sid": "CA", "twilio.account_sid": "AC", "twilio.stream_sid": "MZ"}[key]
            + hexs(32),
        )
    for key in [
        "payment.intent_id",
        "shipment.tracking_number",
        "loyalty.card_id",
        "order.id",
        "invoice.number",
        "device.serial",
    ]:
        add(f"{v}.luhn_id", key, luhn_id(rng.choice([15, 16, 16, 19])))
    shaped = [
        ("product.sku", f"{digits(3)}-{digits(2)}-{digits(4)}"),
        ("order.number", f"{rng.randint(200, 999)}-{rng.randint(200, 999)}-{digits(4)}"),
        ("inventory.part_number", f"{digits(4)} {digits(4)} {digits(4)} {digits(4)}"),
        ("ticket.id", f"+{digits(2)} {digits(3)} {digits(3)} {digits(3)}".replace("+", "#")),
        ("booking.reference", f"{digits(3)}.{digits(3)}.{digits(3)}-{digits(2)}"),
        ("patter.tool.name", "lookup_customer_by_phone"),
        ("batch.range", "1000000000-1999999999"),
        ("http.route", "/v1/customers/{customer_id}/cards/{card_id}"),
    ]
    for key, value in shaped:
        add(f"{v}.shaped", key, value)
    for key, value in [
        ("service.version", "2.14.3"),
        ("telemetry.sdk.version", "1.38.0"),
        ("getpatter.version", "0.7.0"),
        ("vcs.ref.head.revision", hexs(40)),
        ("container.image.tag", "sha-" + hexs(7)),
        ("process.runtime.version", "3.11.9"),
        ("user_agent.original", "getpatter/0.7.0 python-httpx/0.28.1"),
        ("os.version", "6.8.0-1021-aws"),
    ]:
        add(
            f"{v}.version",
            key,
            value,
            [],
            "resource"
            if key
            in ("service.version", "telemetry.sdk.version", "process.runtime.version", "os.version")
            else "attribute",
        )
    for key, value in [
        ("server.address", "192.0.2.44"),
        ("net.host.ip", "10.20.3.17"),
        ("client.address", "198.51.100.23"),
        ("network.local.address", "127.0.0.1"),
        ("network.peer.address", "::1"),
        ("client.address", "2001:db8::8a2e:370:7334"),
        ("http.request.header.x-forwarded-for", ["203.0.113.9, 172.16.4.2"]),
        ("network.peer.address", "169.254.169.254"),
        ("host.ip", "192.168.50.10"),
        (
            "webrtc.ice.candidate",
            f"candidate:{digits(9)} 1 udp 2122260223 {hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}.local 54400 typ host",
        ),
        ("webrtc.ice.candidate", "candidate:1 1 udp 2122194687 10.0.0.15 50321 typ host"),
    ]:
        add(f"{v}.ip.private_or_test", key, value)
    for key, value in [
        ("server.address", "54.172.60.13"),
        ("network.peer.address", "3.122.181.7"),
        ("net.peer.name", "api.deepgram.com"),
        ("server.address", "mediastream.twilio.com"),
        ("network.peer.address", "35.156.191.128"),
        ("lk.server.region", "eu-central"),
    ]:
        add(f"{v}.ip.edge", key, value)
    for key, value in [
        ("patter.agent.phone_number", "+18005550199"),
        ("telephony.trunk.number", "+442079460958"),
        ("org.support_phone", "0800 123 4567"),
        ("business.email", "reservas@restaurante-exemplo.pt"),
        ("agent.support_email", "support@acme-dental.example"),
        ("twilio.to", "+18005550123"),
    ]:
        add(f"{v}.business", key, value)
    for key, value in [
        ("llm.api_key", "sk-proj-****************************" + alnum(4)),
        ("http.request.header.authorization", ["Bearer <redacted>"]),
        ("openai.api_key", "${OPENAI_API_KEY}"),
        ("caller.phone", "+1••••••0123"),
        ("customer.card", "**** **** **** 4242"),
        ("customer.ssn", "XXX-XX-XXXX"),
        ("db.connection_string", "postgresql://app:****@db:5432/calls"),
        ("http.request.header.cookie", ["[FILTERED]"]),
        ("caller.hash", "sha256:" + hexs(64)),
        ("content.digest", hexs(32)),
        ("audio.md5", hexs(32)),
    ]:
        add(f"{v}.masked", key, value)
    for key, value in [
        (
            "exception.message",
            "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o-mini on tokens per min (TPM): Limit 200000', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
        ),
        (
            "exception.message",
            "websockets.exceptions.ConnectionClosedError: received 1011 (internal error) keepalive ping timeout",
        ),
        (
            "exception.stacktrace",
            "Traceback (most recent call last):\n  File \"/app/agent/tools.py\", line 88, in lookup_order\n    resp.raise_for_status()\nhttpx.HTTPStatusError: Client error '404 Not Found' for url 'https://api.shop.example/v2/orders/ORD-558120'",
        ),
        (
            "exception.message",
            'ElevenLabsError: 401 {"detail":{"status":"invalid_api_key","message":"Invalid API key"}}',
        ),
        (
            "exception.message",
            "deepgram: 400 Bad Request: unsupported encoding 'opus' at sample_rate 44100",
        ),
    ]:
        add(f"{v}.error_body", key, value, [], "event")
    add(
        f"{v}.status",
        "otel.status_description",
        "upstream STT timed out after 5000 ms",
        [],
        "status",
    )
    add(f"{v}.status", "otel.status_description", "tool lookup_order returned 404", [], "status")
    metrics = [
        ("patter.latency.ttfb_ms", 412.7),
        ("patter.latency.turn_ms", 1280.4),
        ("patter.cost.tts_chars", 1834),
        ("patter.cost.stt_seconds", 93.2),
        ("patter.cost.llm_input_tokens", 5120),
        ("getpatter.stt.confidence", 0.94),
        ("getpatter.stt.text_len", 57),
        ("getpatter.tts.text_len", 212),
        ("getpatter.llm.history_size", 14),
        ("getpatter.endpoint.silence_ms", 600),
        ("getpatter.bargein.cancelled_text_len", 31),
        ("patter.call.direction", "inbound"),
        ("getpatter.call.provider_mode", "pipeline"),
        ("patter.side", "uut"),
        ("getpatter.tool.transport", "http"),
        ("gen_ai.usage.input_tokens", 812),
        ("call.duration_s", 341),
        ("billing.cost_usd", 0.0834),
        ("event.timestamp", "2026-02-11T09:14:03.221Z"),
        ("twilio.call_status", "completed"),
        ("audio.codec", "audio/x-mulaw"),
        ("audio.sample_rate", 8000),
        ("stt.sample_rate", 16000),
        ("audio.channels", 1),
        ("gen_ai.request.model", "gpt-4o-mini-2024-07-18"),
        ("gen_ai.response.model", "claude-sonnet-4-5"),
        ("stt.model", "nova-3"),
        ("tts.voice", "Rachel"),
        ("tts.voice_id", "21m00Tcm4TlvDq8ikWAM"),
        ("lk.agent_name", "front-desk"),
        ("cloud.region", "eu-west-1"),
        ("store.city", "Lisbon"),
        ("store.city", "Ho Chi Minh City"),
        ("business.location", "Kraków, Rynek Główny"),
        ("organization.name", "Acme Dental Group"),
        ("organization.name", "Kowalski & Synowie Piekarnia"),
        ("gen_ai.system", "openai"),
        ("stt.language", "pt-BR"),
        ("lk.room_name", "call-" + hexs(10)),
        ("http.response.status_code", 200),
        ("vad.threshold", 0.5),
        (
            "gen_ai.system_instructions",
            "You are the booking assistant of a hair salon. Be brief. Never ask for card numbers.",
        ),
    ]
    for key, value in metrics:
        site = "resource" if key in ("cloud.region", "organization.name") else "attribute"
        add(f"{v}.metric", key, value, [], site)
    for key, value in [
        ("audio.format", "pcm_s16le"),
        ("tts.output_format", "ulaw_8000"),
        ("stt.endpointing_ms", 300),
        ("deployment.environment.name", "production"),
        ("host.name", "ip-10-0-3-41.eu-west-1.compute.internal"),
        ("k8s.pod.name", "agent-7d9f8c6b5-x2kqj"),
        ("service.name", "bakery-voice-agent"),
        ("faas.region", "us-east-1"),
    ]:
        add(f"{v}.metric", key, value, [], "resource")
    for key, value in [
        ("twilio.call_sid", "CA" + hexs(32)),
        ("request.id", "req_" + alnum(24)),
        ("gen_ai.response.id", "chatcmpl-" + alnum(29)),
        ("stripe.payment_intent", "pi_" + alnum(24)),
        ("order.total", "€42.80"),
        ("exception.type", "httpx.ReadTimeout"),
    ]:
        add(f"{v}.id", key, value)
    add(f"{v}.event", "gen_ai.operation.name", "chat", [], "event")
    add(f"{v}.event", "lk.speech_id", "speech_" + alnum(12), [], "event")


def main() -> None:
    for dist, version in RELEASES.items():
        if metadata.version(dist) != version:
            warnings.warn(
                f"corpus J was written with {dist} {version}; output will differ", stacklevel=1
            )
    languages()
    content_personal()
    content_clean()
    values_personal()
    negatives()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
