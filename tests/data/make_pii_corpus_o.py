"""Write corpus O: labelled span values from voice agents outside the phone call, held out.

Corpus O holds attribute, event, status and resource values from web and app voice widgets,
in-car assistants, smart speakers, kiosks and drive-thru ordering, room devices, headsets,
tutoring, accessibility readers, call screening and meeting bots, with their device and
session telemetry, plus an everyday mix of utterances in African, South and Southeast Asian,
Latin American, Arabic, Persian and Kazakh speech. Each row carries its personal-data kinds
and whether it is conversation content (see tests/data/README.md, corpus O's section).

All data is invented: Faker names and addresses, libphonenumber example numbers with varied
last digits, identifiers with computed check digits that python-stdnum validates, published
test cards or Luhn-valid numbers, random tokens in providers' key formats.

Run::

    python tests/data/make_pii_corpus_o.py [OUT]

OUT defaults to ``pii_corpus_o.jsonl`` next to this script. The seed is fixed and no date is
read from the clock, so the same releases of the libraries below rewrite it byte for byte.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
import sys
import urllib.parse
import uuid
import warnings
from collections.abc import Callable
from importlib import metadata
from itertools import product
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.ar import cbu, cuit
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as jp_in
from stdnum.ke import pin as ke_pin
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.pk import cnic
from stdnum.ru import inn
from stdnum.th import pin as th_pin
from stdnum.us import rtn
from stdnum.za import idnr

#: Releases this file was written with; others may draw different values.
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261207
OUT = Path(__file__).with_name("pii_corpus_o.jsonl")

rng = random.Random(SEED)
rows: list[dict[str, Any]] = []


def check_releases() -> None:
    """Warn when the installed releases differ from the ones the file was written with."""
    for dist, version in RELEASES.items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            installed = "none"
        if installed != version:
            warnings.warn(
                f"{dist} {installed} installed; corpus O was written with {version}",
                stacklevel=2,
            )


def add(cls: str, site: str, key: str, value: Any, kinds: list[str]) -> None:
    """Append one row; the content flag follows from the class's second part."""
    prefix, part = cls.split(".")[:2]
    assert prefix == ("pos" if kinds else "neg"), (cls, kinds)
    assert part in ("free_text", "tool_payload", "value"), cls
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


def fake(locale: str) -> Faker:
    """A Faker for one locale, seeded from the shared generator."""
    f = Faker(locale)
    f.seed_instance(rng.randrange(1 << 30))
    return f


def digits(n: int) -> str:
    """n random decimal digits."""
    return "".join(rng.choice(string.digits) for _ in range(n))


def hexs(n: int) -> str:
    """n random lower-case hex digits."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """n random characters of the alphabet."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def complete(
    stem: str, width: int, valid: Callable[[str], bool], alphabet: str = string.digits
) -> str:
    """The first stem + suffix of the width that the validator accepts (a check digit)."""
    for tail in product(alphabet, repeat=width):
        candidate = stem + "".join(tail)
        if valid(candidate):
            return candidate
    raise ValueError(stem)


# --- phones ---------------------------------------------------------------------------


def phone(region: str, style: str = "national") -> str:
    """A libphonenumber mobile example for the region, last two digits varied, still valid."""
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert example is not None
    national = str(example.national_number)
    while True:
        n = phonenumbers.parse("+" + str(example.country_code) + national[:-2] + digits(2))
        if phonenumbers.is_valid_number(n) and n.national_number != example.national_number:
            break
    fmt = {
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "e164": phonenumbers.PhoneNumberFormat.E164,
    }[style]
    return phonenumbers.format_number(n, fmt)


def to_script(text: str, zero: str) -> str:
    """Rewrite ASCII digits in another script's digits, zero being that script's 0."""
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in text)


# --- identifiers ----------------------------------------------------------------------


def ssn(style: int) -> str:
    """A random SSN with a valid area, group and serial."""
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    return [
        f"{value[:3]}-{value[3:5]}-{value[5:]}",
        f"{value[:3]} {value[3:5]} {value[5:]}",
        value,
    ][style % 3]


def national_ids() -> list[tuple[str, str]]:
    """(scheme, identifier) pairs, each valid for python-stdnum."""
    out: list[tuple[str, str]] = []
    yy, mm, dd = rng.randint(60, 99), rng.randint(1, 12), rng.randint(1, 28)
    out.append(("br.cpf", cpf.format(complete(digits(9), 2, cpf.is_valid))))
    stem = (
        "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        + f"{yy:02d}{mm:02d}{dd:02d}"
        + rng.choice("HM")
        + rng.choice(["JC", "DF", "NL", "OC", "PL"])
        + "".join(rng.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3))
        + "0"
    )
    out.append(("mx.curp", complete(stem, 1, curp.is_valid)))
    out.append(
        (
            "in.aadhaar",
            aadhaar.format(complete(str(rng.randint(2, 9)) + digits(10), 1, aadhaar.is_valid)),
        )
    )
    out.append(
        (
            "in.pan",
            complete(
                "".join(rng.choice(string.ascii_uppercase) for _ in range(3))
                + "P"
                + rng.choice(string.ascii_uppercase)
                + digits(4),
                1,
                pan.is_valid,
                string.ascii_uppercase,
            ),
        )
    )
    out.append(
        (
            "za.idnr",
            complete(f"{yy:02d}{mm:02d}{dd:02d}{digits(4)}0{rng.choice('89')}", 1, idnr.is_valid),
        )
    )
    out.append(
        ("pk.cnic", cnic.format(complete(str(rng.randint(1, 7)) + digits(11), 1, cnic.is_valid)))
    )
    out.append(("th.pin", complete(str(rng.randint(1, 8)) + digits(11), 1, th_pin.is_valid)))
    out.append(("ke.pin", complete("A" + digits(9), 1, ke_pin.is_valid, string.ascii_uppercase)))
    out.append(
        (
            "kr.rrn",
            rrn.format(
                complete(f"{yy:02d}{mm:02d}{dd:02d}{rng.choice('12')}{digits(5)}", 1, rrn.is_valid)
            ),
        )
    )
    out.append(("jp.in", complete(digits(11), 1, jp_in.is_valid)))
    out.append(("ru.inn", complete(f"77{digits(8)}", 2, inn.is_valid)))
    out.append(
        (
            "cl.rut",
            rut.format(
                complete(str(rng.randint(10, 25)) + digits(6), 1, rut.is_valid, string.digits + "K")
            ),
        )
    )
    out.append(
        ("ar.cuit", cuit.format(complete(rng.choice(["20", "27"]) + digits(8), 1, cuit.is_valid)))
    )
    return out


def card(kind: int) -> str:
    """A published test card or a Luhn-valid number in an issuer range."""
    published = [
        "4242424242424242",
        "5555555555554444",
        "378282246310005",
        "6011111111111117",
        "3566002020360505",
        "6200000000000005",
        "2223003122003222",
        "4000056655665556",
    ]
    if kind % 2 == 0:
        return published[(kind // 2) % len(published)]
    prefix = rng.choice(["4", "51", "53", "2221", "6521", "6071", "35", "62"])
    return complete(prefix + digits(15 - len(prefix)), 1, luhn.is_valid)


def group(number: str, sizes: list[int], sep: str = " ") -> str:
    """Split a number into groups of the sizes."""
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at : at + size])
        at += size
    if at < len(number):
        parts.append(number[at:])
    return sep.join(p for p in parts if p)


def iban(country: str) -> str:
    """An IBAN with computed check digits for a random BBAN of the country's shape."""
    shapes = {
        "SA": lambda: digits(2) + digits(18),
        "AE": lambda: digits(3) + digits(16),
        "PK": lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(16),
        "KZ": lambda: digits(3) + digits(13),
        "BR": lambda: digits(23) + "C1",
        "EG": lambda: digits(25),
        "TN": lambda: digits(20),
        "QA": lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(21),
        "MR": lambda: digits(23),
        "JO": lambda: "".join(rng.choice(string.ascii_uppercase) for _ in range(4)) + digits(22),
    }
    while True:
        bban = shapes[country]()
        body = bban + country + "00"
        num = int("".join(str(int(c, 36)) for c in body))
        value = f"{country}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(value):
            return value


def aba() -> str:
    """A US ABA routing number with a valid checksum."""
    return complete(rng.choice(["0", "1", "2", "3"]) + digits(7), 1, rtn.is_valid)


def clabe() -> str:
    """A Mexican CLABE (bank, branch, account) with its weighted check digit."""
    body = rng.choice(["002", "012", "014", "021", "072"]) + digits(14)
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


# --- people ---------------------------------------------------------------------------

HAND_NAMES = {
    "am": (
        ["አበበ", "ትዕግስት", "ሰላማዊት", "ዳዊት", "መሰረት", "ሄኖክ"],
        ["ከበደ", "ተስፋዬ", "ገብረመድህን", "አለሙ", "በቀለ", "ወልደሚካኤል"],
    ),
    "te": (["శ్రీనివాస్", "లక్ష్మి", "వెంకట్", "సాయి", "పద్మ", "హరిత"], ["రెడ్డి", "నాయుడు", "రావు", "చౌదరి", "వర్మ"]),
    "ur": (
        ["عمران", "عائشہ", "بلال", "فاطمہ", "حسن", "ثمینہ"],
        ["خان", "قریشی", "چودھری", "ملک", "بٹ"],
    ),
    "tl": (
        ["Maria Cristina", "Jose", "Rowena", "Mark Anthony", "Jhun", "Lorna"],
        ["Dela Cruz", "Santos", "Reyes", "Bautista", "Villanueva", "Macaraeg"],
    ),
    "km": (["សុខ", "ចាន់", "ហេង", "លី", "គឹម"], ["ស្រីពៅ", "វិចិត្រ", "ដារា", "សុភា", "រតនា"]),
    "my": (["အောင်", "သီတာ", "ဇော်", "နွယ်နီ", "ခင်မာ"], ["ကျော်မိုး", "ဝင်း", "မင်းထွန်း", "အောင်", "လှ"]),
    "kk": (
        ["Айгерім", "Нұрлан", "Дәулет", "Әсел", "Ерлан", "Гүлнар"],
        ["Сейітқали", "Жұмабек", "Ахмет", "Қасым", "Омар"],
    ),
    "ar": (
        ["محمد", "فاطمة", "يوسف", "مريم", "عمر", "ليلى"],
        ["الحسيني", "العتيبي", "منصور", "الشريف", "عبد الرحمن"],
    ),
}
FAKER_NAMES = {
    "en": "en_US", "es-MX": "es_MX", "es-AR": "es_AR", "es-CO": "es_CO", "pt-BR": "pt_BR",
    "pt-AO": "pt_PT", "yo": "yo_NG", "ha": "ha_NG", "zu": "zu_ZA", "sw": "sw", "ta": "ta_IN",
    "bn": "bn_BD", "mr": "mr_IN", "fa": "fa_IR", "hi": "hi_IN", "ja": "ja_JP", "ko": "ko_KR",
    "th": "th_TH",
}  # fmt: skip
FAKERS: dict[str, Faker] = {}


def person(lang: str) -> str:
    """A name in the language's own script and order."""
    base = lang.split("-")[0] if lang.startswith("ar") else lang
    if base in HAND_NAMES:
        given, family = HAND_NAMES[base]
        if base == "my":
            return rng.choice(given) + rng.choice(family)
        if base == "kk":
            g = rng.choice(given)
            return (
                g
                + " "
                + rng.choice(family)
                + ("ова" if g in ("Айгерім", "Әсел", "Гүлнар") else "ов")
            )
        return rng.choice(given) + " " + rng.choice(family)
    loc = FAKER_NAMES[lang]
    if loc not in FAKERS:
        FAKERS[loc] = fake(loc)
    f = FAKERS[loc]
    if loc in ("ja_JP", "ko_KR"):  # family name first, no space
        return f.last_name() + f.first_name()
    return f.first_name() + " " + f.last_name()


FAKER_ADDR = {
    "en": "en_US", "es-MX": "es_MX", "es-AR": "es_AR", "es-CO": "es_CO", "pt-BR": "pt_BR",
    "zu": "zu_ZA", "bn": "bn_BD", "fa": "fa_IR", "th": "th_TH", "ja": "ja_JP", "ko": "ko_KR",
    "ta": "ta_IN", "mr": "mr_IN", "hi": "hi_IN",
}  # fmt: skip


def street_address(lang: str) -> str:
    """A street address with number and town, local in form."""
    n = rng.randint(2, 240)
    hand = {
        "yo": f"No. {n}, Adeola Odeku Street, Victoria Island, Lagos",
        "ha": f"Gida mai lamba {n}, Titin Murtala Mohammed, Kano",
        "sw": f"Nyumba Na. {n}, Mtaa wa Moi Avenue, Nairobi",
        "am": f"ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር {n * 3}፣ አዲስ አበባ",
        "km": f"ផ្ទះលេខ {n} ផ្លូវ 310 សង្កាត់បឹងកេងកង ភ្នំពេញ",
        "my": f"အမှတ် {to_script(str(n), '၀')}၊ ဗိုလ်ချုပ်လမ်း၊ ဗဟန်းမြို့နယ်၊ ရန်ကုန်",
        "ar-EG": f"{to_script(str(n), '٠')} شارع التحرير، الدقي، الجيزة",
        "ar-SA": f"{to_script(str(7000 + n), '٠')} طريق الملك فهد، حي العليا، الرياض ١٢٢١٤",
        "kk": f"Алматы қ., Абай даңғылы, {n}-үй, {rng.randint(1, 90)}-пәтер",
        "ur": f"مکان نمبر {n}، گلی {rng.randint(1, 30)}، جی-9/2، اسلام آباد",
        "te": f"ఇంటి నం. 8-2-{n}, రోడ్ నం. 5, బంజారా హిల్స్, హైదరాబాద్ 500034",
        "tl": f"{n} Kalye Mabini, Barangay Malate, Maynila 1004",
        "pt-AO": f"Rua Rainha Ginga, n.º {n}, Ingombota, Luanda",
    }
    if lang in hand:
        return hand[lang]
    loc = FAKER_ADDR[lang]
    if loc + "/a" not in FAKERS:
        FAKERS[loc + "/a"] = fake(loc)
    return FAKERS[loc + "/a"].address().replace("\n", ", ")


MONTHS = {
    "en": [
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
    ],
    "es": [
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
    ],
    "zu": [
        "Januwari",
        "Februwari",
        "Mashi",
        "Ephreli",
        "Meyi",
        "Juni",
        "Julayi",
        "Agasti",
        "Septemba",
        "Okthoba",
        "Novemba",
        "Disemba",
    ],
    "sw": [
        "Januari",
        "Februari",
        "Machi",
        "Aprili",
        "Mei",
        "Juni",
        "Julai",
        "Agosti",
        "Septemba",
        "Oktoba",
        "Novemba",
        "Desemba",
    ],
    "tl": [
        "Enero",
        "Pebrero",
        "Marso",
        "Abril",
        "Mayo",
        "Hunyo",
        "Hulyo",
        "Agosto",
        "Setyembre",
        "Oktubre",
        "Nobyembre",
        "Disyembre",
    ],
    "ha": [
        "Janairu",
        "Fabrairu",
        "Maris",
        "Afrilu",
        "Mayu",
        "Yuni",
        "Yuli",
        "Agusta",
        "Satumba",
        "Oktoba",
        "Nuwamba",
        "Disamba",
    ],
    "kk": [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
    "th": [
        "มกราคม",
        "กุมภาพันธ์",
        "มีนาคม",
        "เมษายน",
        "พฤษภาคม",
        "มิถุนายน",
        "กรกฎาคม",
        "สิงหาคม",
        "กันยายน",
        "ตุลาคม",
        "พฤศจิกายน",
        "ธันวาคม",
    ],
    "ur": [
        "جنوری",
        "فروری",
        "مارچ",
        "اپریل",
        "مئی",
        "جون",
        "جولائی",
        "اگست",
        "ستمبر",
        "اکتوبر",
        "نومبر",
        "دسمبر",
    ],
    "am": [
        "መስከረም",
        "ጥቅምት",
        "ኅዳር",
        "ታኅሣሥ",
        "ጥር",
        "የካቲት",
        "መጋቢት",
        "ሚያዝያ",
        "ግንቦት",
        "ሰኔ",
        "ሐምሌ",
        "ነሐሴ",
    ],
}


def birth_date(lang: str) -> str:
    """A random birth date 1940-2006 in the language's everyday form."""
    y, m, d = rng.randint(1940, 2006), rng.randint(1, 12), rng.randint(1, 28)
    dmy = f"{d:02d}/{m:02d}/{y}"
    forms: dict[str, str] = {
        "en": f"{MONTHS['en'][m - 1]} {d}, {y}",
        "es-MX": f"{d} de {MONTHS['es'][m - 1]} de {y}",
        "es-AR": f"{d}/{m}/{y}",
        "es-CO": f"{d} de {MONTHS['es'][m - 1]} del {y}",
        "pt-BR": dmy,
        "pt-AO": f"{d:02d}-{m:02d}-{y}",
        "yo": dmy,
        "ha": f"{d} ga {MONTHS['ha'][m - 1]}, {y}",
        "zu": f"{d} ku-{MONTHS['zu'][m - 1]} {y}",
        "sw": f"{d} {MONTHS['sw'][m - 1]} {y}",
        "ta": f"{d:02d}-{m:02d}-{y}",
        "te": f"{d:02d}.{m:02d}.{y}",
        "ur": f"{d} {MONTHS['ur'][m - 1]} {y}",
        "bn": to_script(dmy, "০"),
        "mr": to_script(dmy, "०"),
        "hi": f"{d:02d}-{m:02d}-{y}",
        "tl": f"{MONTHS['tl'][m - 1]} {d}, {y}",
        "km": to_script(dmy, "០"),
        "my": to_script(f"{d}.{m}.{y}", "၀"),
        "ar-EG": to_script(dmy, "٠"),
        "ar-SA": to_script(f"{y}/{m:02d}/{d:02d}", "٠"),
        "fa": to_script(f"{y - 621}/{m:02d}/{d:02d}", "۰"),
        "kk": f"{y} жылғы {d} {MONTHS['kk'][m - 1]}",
        "th": f"{d} {MONTHS['th'][m - 1]} {y + 543}",
        "ja": f"{y}年{m}月{d}日",
        "ko": f"{y}년 {m}월 {d}일",
        "am": f"{MONTHS['am'][m - 1]} {d} ቀን {y - 8} ዓ.ም.",
    }
    return forms[lang]


#: Region of each language's phone numbers.
REGION = {
    "en": "US", "es-MX": "MX", "es-AR": "AR", "es-CO": "CO", "pt-BR": "BR", "pt-AO": "AO",
    "yo": "NG", "ha": "NG", "am": "ET", "zu": "ZA", "sw": "KE", "ta": "IN", "te": "IN",
    "ur": "PK", "bn": "BD", "mr": "IN", "hi": "IN", "tl": "PH", "km": "KH", "my": "MM",
    "ar-EG": "EG", "ar-SA": "SA", "ar-LB": "LB", "ar-MA": "MA", "fa": "IR", "kk": "KZ",
    "ja": "JP", "ko": "KR", "th": "TH",
}  # fmt: skip


# --- what people say, per language ----------------------------------------------------
# name / phone / dob / addr take one slot; sens is a disclosure with no identifier;
# clean holds everyday requests with nothing personal in them.

SAY: dict[str, dict[str, Any]] = {
    "en": {
        "name": "Hey, it's {}, I set up the speaker in the kitchen last week.",
        "phone": "Text the pickup code to {} when the order's ready.",
        "dob": "For the pharmacy account my date of birth is {}.",
        "addr": "Ship the replacement headset to {}.",
        "sens": [
            "I converted to Islam last year, so keep pork out of my meal plan.",
            "I've been sober eleven months, please stop suggesting wine pairings.",
        ],
        "clean": [
            "Turn the living room lights down to thirty percent.",
            "Add oat milk and two avocados to my shopping list.",
            "What's the fastest route to the airport avoiding tolls?",
            "Read me the next paragraph, a bit slower please.",
        ],
    },
    "es-MX": {
        "name": "Hola, habla {}, quiero cambiar mi pedido del autoservicio.",
        "phone": "Mi celular es el {}, mándame ahí el código.",
        "dob": "Nací el {}.",
        "addr": "Mi domicilio es {}.",
        "sens": [
            "Me diagnosticaron diabetes tipo 2 el mes pasado y tengo que cambiar lo que como."
        ],
        "clean": [
            "Quiero dos tacos al pastor y una horchata grande.",
            "¿A qué hora cierra la farmacia de la esquina?",
            "Pon música de cumbia en la sala.",
        ],
    },
    "es-AR": {
        "name": "Che, soy {}, te escribo por el turno del técnico.",
        "phone": "Anotá mi número: {}.",
        "dob": "Mi fecha de nacimiento es el {}.",
        "addr": "Vivo en {}.",
        "sens": ["Estoy con un juicio por despido y este mes no llego a pagar la cuota."],
        "clean": [
            "Recordame comprar yerba mañana a la mañana.",
            "¿Cuánto sale el envío a Córdoba?",
            "Subí el volumen del parlante de la cocina.",
        ],
    },
    "es-CO": {
        "name": "Buenas, le habla {}.",
        "phone": "Me puede escribir al {} por WhatsApp.",
        "dob": "Nací el {}.",
        "addr": "La dirección de entrega es {}.",
        "sens": ["Mi mamá falleció la semana pasada y necesito cancelar su suscripción."],
        "clean": [
            "Quiero pedir una bandeja paisa para llevar.",
            "¿El museo abre los lunes festivos?",
            "Apague el aire acondicionado de la habitación.",
        ],
    },
    "pt-BR": {
        "name": "Oi, aqui é {}, tudo bem?",
        "phone": "Meu celular é {}.",
        "dob": "Eu nasci em {}.",
        "addr": "Pode entregar na {}.",
        "sens": ["Sou soropositivo e preciso que você me lembre do remédio todo dia às oito."],
        "clean": [
            "Quero um açaí de 500 ml com granola.",
            "Que horas passa o próximo ônibus?",
            "Liga o ventilador do quarto.",
        ],
    },
    "pt-AO": {
        "name": "Bom dia, o meu nome é {}.",
        "phone": "O meu número é {}.",
        "dob": "Nasci a {}.",
        "addr": "Moro na {}.",
        "sens": ["Estou desempregado há seis meses e tenho dívidas no banco."],
        "clean": [
            "Quanto custa o pacote de dados semanal?",
            "Quero marcar a revisão do carro para sexta-feira.",
            "Põe a tocar kizomba na sala.",
        ],
    },
    "yo": {
        "name": "Ẹ káàárọ̀, orúkọ mi ni {}.",
        "phone": "Nọ́mbà fóònù mi ni {}.",
        "dob": "Wọ́n bí mi ní {}.",
        "addr": "Mo ń gbé ní {}.",
        "sens": ["Dókítà sọ fún mi pé mo ní àrùn ìtọ̀ ṣúgà."],
        "clean": [
            "Jọ̀wọ́ tan iná yàrá ìgbàlejò.",
            "Báwo ni ojú ọjọ́ ṣe rí ní Ìbàdàn lónìí?",
            "Mo fẹ́ ra búrẹ́dì méjì àti wàrà.",
        ],
    },
    "ha": {
        "name": "Sannu, sunana {}.",
        "phone": "Lambar wayata ita ce {}.",
        "dob": "An haife ni a ranar {}.",
        "addr": "Ina zaune a {}.",
        "sens": ["Ina da ciwon hawan jini kuma ina shan magani kullum."],
        "clean": [
            "Ina son in sayi katin waya na naira dubu.",
            "Yaya yanayi yake a Kano yau?",
            "Kunna fitila a falo.",
        ],
    },
    "am": {
        "name": "ሰላም፣ ስሜ {} ነው።",
        "phone": "ስልክ ቁጥሬ {} ነው።",
        "dob": "የተወለድኩት {} ነው።",
        "addr": "የምኖረው {} ነው።",
        "sens": ["ባለፈው ወር አባቴ ሞተ፣ ስለዚህ የእሱን ሂሳብ መዝጋት እፈልጋለሁ።"],
        "clean": ["የአዲስ አበባ የአየር ሁኔታ ዛሬ ምን ይመስላል?", "ሁለት ማኪያቶ እፈልጋለሁ።", "የሳሎኑን መብራት አጥፋው።"],
    },
    "zu": {
        "name": "Sawubona, igama lami ngu-{}.",
        "phone": "Inombolo yami ithi {}.",
        "dob": "Ngazalwa ngo-{}.",
        "addr": "Ngihlala ku-{}.",
        "sens": ["Nginesifo sikashukela, ngicela ungiphakamisele ukudla okungenashukela."],
        "clean": [
            "Ngicela uvule umculo ekhishini.",
            "Isimo sezulu sinjani eThekwini namuhla?",
            "Ngifuna ukuthenga isinkwa nobisi.",
        ],
    },
    "sw": {
        "name": "Habari, jina langu ni {}.",
        "phone": "Namba yangu ya simu ni {}.",
        "dob": "Nilizaliwa tarehe {}.",
        "addr": "Ninaishi {}.",
        "sens": ["Nina deni kubwa la mkopo wa simu na siwezi kulipa mwezi huu."],
        "clean": [
            "Washa taa za sebuleni tafadhali.",
            "Hali ya hewa ya Mombasa leo ikoje?",
            "Nataka kuagiza chai na maandazi mawili.",
        ],
    },
    "ta": {
        "name": "வணக்கம், என் பெயர் {}.",
        "phone": "என் தொலைபேசி எண் {}.",
        "dob": "நான் {} அன்று பிறந்தேன்.",
        "addr": "என் முகவரி {}.",
        "sens": ["எனக்கு சமீபத்தில் புற்றுநோய் இருப்பது கண்டறியப்பட்டது."],
        "clean": ["சமையலறை விளக்கை அணை.", "நாளை சென்னையில் மழை வருமா?", "இரண்டு மசாலா தோசை ஆர்டர் செய்."],
    },
    "te": {
        "name": "నమస్కారం, నా పేరు {}.",
        "phone": "నా ఫోన్ నంబర్ {}.",
        "dob": "నేను {} న పుట్టాను.",
        "addr": "నా చిరునామా {}.",
        "sens": ["నాకు గుండె జబ్బు ఉంది, డాక్టర్ ఉప్పు తగ్గించమన్నారు."],
        "clean": ["హాల్ లో ఫ్యాన్ ఆన్ చెయ్యి.", "హైదరాబాద్ లో ఈరోజు వాతావరణం ఎలా ఉంది?", "రెండు ప్లేట్ ఇడ్లీ ఆర్డర్ చెయ్యి."],
    },
    "ur": {
        "name": "السلام علیکم، میرا نام {} ہے۔",
        "phone": "میرا موبائل نمبر {} ہے۔",
        "dob": "میری تاریخ پیدائش {} ہے۔",
        "addr": "میرا پتہ {} ہے۔",
        "sens": ["میرا امیگریشن کیس چل رہا ہے اور میرا ویزا ختم ہو چکا ہے۔"],
        "clean": ["کمرے کی بتی بند کر دو۔", "لاہور میں آج موسم کیسا ہے؟", "دو کپ چائے منگوا دو۔"],
    },
    "bn": {
        "name": "নমস্কার, আমার নাম {}।",
        "phone": "আমার মোবাইল নম্বর {}।",
        "dob": "আমার জন্ম তারিখ {}।",
        "addr": "আমার ঠিকানা {}।",
        "sens": ["আমি গত বছর থেকে বিষণ্ণতার ওষুধ খাচ্ছি।"],
        "clean": ["বসার ঘরের আলো জ্বালাও।", "ঢাকায় আজ বৃষ্টি হবে কি?", "দুটো চা আর একটা সিঙ্গারা দাও।"],
    },
    "mr": {
        "name": "नमस्कार, माझं नाव {} आहे.",
        "phone": "माझा मोबाईल नंबर {} आहे.",
        "dob": "माझी जन्मतारीख {} आहे.",
        "addr": "माझा पत्ता {} आहे.",
        "sens": ["माझ्यावर कर्जाचा खूप बोजा आहे आणि बँकेने मला नोटीस पाठवली आहे."],
        "clean": ["स्वयंपाकघरातला दिवा बंद कर.", "पुण्यात उद्या पाऊस पडेल का?", "दोन वडापाव ऑर्डर कर."],
    },
    "hi": {
        "name": "नमस्ते, मेरा नाम {} है।",
        "phone": "मेरा मोबाइल नंबर {} है।",
        "dob": "मेरी जन्मतिथि {} है।",
        "addr": "मेरा पता {} है।",
        "sens": ["मैं समलैंगिक हूँ और मेरे परिवार को अभी यह पता नहीं है।"],
        "clean": [
            "गाड़ी का एसी थोड़ा कम कर दो।",
            "अगले पेट्रोल पंप तक कितना दूर है?",
            "पुराने हिंदी गाने चलाओ।",
        ],
    },
    "tl": {
        "name": "Magandang umaga po, ako si {}.",
        "phone": "Ang number ko po ay {}.",
        "dob": "Ipinanganak ako noong {}.",
        "addr": "Nakatira ako sa {}.",
        "sens": ["Buntis po ako at kailangan ko ng appointment sa OB ngayong linggo."],
        "clean": [
            "Patayin mo ang ilaw sa sala.",
            "Uulan ba bukas sa Maynila?",
            "Isang order ng adobo at dalawang kanin.",
        ],
    },
    "km": {
        "name": "សួស្តី ខ្ញុំឈ្មោះ {}។",
        "phone": "លេខទូរស័ព្ទរបស់ខ្ញុំគឺ {}។",
        "dob": "ខ្ញុំកើតថ្ងៃទី {}។",
        "addr": "ខ្ញុំរស់នៅ {}។",
        "sens": ["ម្តាយខ្ញុំទើបតែស្លាប់កាលពីសប្តាហ៍មុន។"],
        "clean": [
            "សូមបើកភ្លើងក្នុងបន្ទប់។",
            "ថ្ងៃនេះអាកាសធាតុនៅភ្នំពេញយ៉ាងម៉េច?",
            "ខ្ញុំចង់កុម្ម៉ង់កាហ្វេទឹកដោះគោពីរកែវ។",
        ],
    },
    "my": {
        "name": "မင်္ဂလာပါ၊ ကျွန်တော့်နာမည် {} ပါ။",
        "phone": "ကျွန်တော့်ဖုန်းနံပါတ်က {} ပါ။",
        "dob": "ကျွန်မ {} မှာ မွေးပါတယ်။",
        "addr": "ကျွန်တော် {} မှာ နေပါတယ်။",
        "sens": ["ဆရာဝန်က ကျွန်တော့်ကို ဆီးချိုရောဂါရှိတယ်လို့ ပြောပါတယ်။"],
        "clean": ["မီးပိတ်ပေးပါ။", "ရန်ကုန်မှာ ဒီနေ့ မိုးရွာမလား။", "လက်ဖက်ရည် နှစ်ခွက် မှာပေးပါ။"],
    },
    "ar-EG": {
        "name": "أهلاً، أنا اسمي {}.",
        "phone": "رقم موبايلي {}.",
        "dob": "أنا مواليد {}.",
        "addr": "عنواني {}.",
        "sens": ["أنا عندي السكر والضغط وباخد أنسولين كل يوم."],
        "clean": [
            "عايز اتنين كشري كبير.",
            "الجو عامل إيه في إسكندرية النهارده؟",
            "طفي النور اللي في الصالة.",
        ],
    },
    "ar-SA": {
        "name": "هلا، معك {}.",
        "phone": "جوالي {}.",
        "dob": "تاريخ ميلادي {}.",
        "addr": "ساكن في {}.",
        "sens": ["أبوي توفى الأسبوع اللي فات وأبغى أسكّر اشتراكه."],
        "clean": [
            "أبغى قهوة عربية وتمر.",
            "كم درجة الحرارة في الرياض الحين؟",
            "شغّل المكيف في المجلس.",
        ],
    },
    "ar-LB": {
        "name": "مرحبا، أنا {}.",
        "phone": "رقمي {}.",
        "sens": ["عم بتعالج من الإدمان وما بدي حدا يعرف."],
        "clean": [
            "بدي احجز طاولة لأربعة الساعة تمانية.",
            "شو الطقس ببيروت بكرا؟",
            "طفّي الضو بغرفة النوم.",
        ],
    },
    "ar-MA": {
        "name": "السلام، سميتي {}.",
        "phone": "النمرة ديالي {}.",
        "sens": ["راني مريض بالقلب وخاصني نشوف الطبيب هاد السيمانة."],
        "clean": ["بغيت نشري جوج خبزات.", "كيداير الجو فكازا اليوم؟", "طفي الضو عافاك."],
    },
    "fa": {
        "name": "سلام، من {} هستم.",
        "phone": "شماره موبایلم {} است.",
        "dob": "تاریخ تولدم {} است.",
        "addr": "آدرسم {} است.",
        "sens": ["من پناهنده هستم و پرونده اقامتم هنوز رد نشده ولی خیلی می‌ترسم."],
        "clean": [
            "چراغ آشپزخانه را خاموش کن.",
            "هوای تهران فردا چطور است؟",
            "دو تا چای و یک کیک سفارش بده.",
        ],
    },
    "kk": {
        "name": "Сәлеметсіз бе, менің атым {}.",
        "phone": "Менің телефон нөмірім {}.",
        "dob": "Мен {} туылғанмын.",
        "addr": "Мен {} мекенжайында тұрамын.",
        "sens": ["Менің несием көп, банкке қарызымды төлей алмай жүрмін."],
        "clean": [
            "Қонақ бөлмедегі жарықты сөндір.",
            "Алматыда ертең ауа райы қандай болады?",
            "Екі кесе шай тапсырыс бер.",
        ],
    },
    "ja": {
        "name": "{}と申します。",
        "phone": "携帯は{}です。",
        "dob": "生年月日は{}です。",
        "addr": "住所は{}です。",
        "sens": ["先月うつ病と診断されて、今は休職しています。"],
        "clean": [
            "リビングのエアコンを二十五度にして。",
            "明日の大阪の天気は？",
            "次の角を右に曲がって。",
        ],
    },
    "ko": {
        "name": "안녕하세요, 저는 {}입니다.",
        "phone": "제 번호는 {}이에요.",
        "dob": "생년월일은 {}입니다.",
        "addr": "주소는 {}입니다.",
        "sens": ["작년에 파산 신청을 해서 카드를 만들 수가 없어요."],
        "clean": [
            "거실 불 좀 꺼 줘.",
            "내일 서울 날씨 어때?",
            "아이스 아메리카노 두 잔 주문해 줘.",
        ],
    },
    "th": {
        "name": "สวัสดีค่ะ ดิฉันชื่อ{}ค่ะ",
        "phone": "เบอร์โทรของฉันคือ {}",
        "dob": "ฉันเกิดวันที่ {}",
        "addr": "ที่อยู่ของฉันคือ {}",
        "sens": ["ผมเพิ่งออกจากคุกเมื่อเดือนที่แล้วและกำลังหางานอยู่"],
        "clean": ["ปิดไฟห้องนั่งเล่นหน่อย", "พรุ่งนี้กรุงเทพฝนตกไหม", "สั่งชาเย็นสองแก้ว"],
    },
}

#: Where an utterance lands, by device family: (key, site).
SPOKEN_KEYS = [
    ("transcript", "event"), ("lk.user_transcript", "attribute"), ("gen_ai.prompt.0.content", "attribute"),
    ("input.value", "attribute"), ("text", "event"), ("lk.user_input", "attribute"),
    ("app.voice_widget.utterance", "event"), ("vehicle.assistant.utterance", "event"),
    ("speaker.request.transcript", "event"), ("kiosk.asr.text", "attribute"),
    ("headset.command.text", "event"), ("meeting.segment.text", "event"),
]  # fmt: skip


def spoken_key() -> tuple[str, str]:
    """A key and site an utterance is recorded under."""
    return rng.choice(SPOKEN_KEYS)


def phone_for(lang: str) -> str:
    """A phone number as a speaker of the language would give it."""
    style = rng.choice(["national", "national", "intl"])
    number = phone(REGION[lang], style)
    zero = {"ar-EG": "٠", "fa": "۰", "bn": "০", "my": "၀"}.get(lang)
    return to_script(number, zero) if zero and rng.random() < 0.6 else number


def utterances() -> None:
    """Per language: a name, a number, a birth date, an address, disclosures, clean requests."""
    for lang, say in SAY.items():
        key, site = spoken_key()
        add(f"pos.free_text.name.{lang}", site, key, say["name"].format(person(lang)), ["name"])
        key, site = spoken_key()
        add(
            f"pos.free_text.phone.{lang}",
            site,
            key,
            say["phone"].format(phone_for(lang)),
            ["phone"],
        )
        if "dob" in say:
            key, site = spoken_key()
            add(
                f"pos.free_text.dob.{lang}", site, key, say["dob"].format(birth_date(lang)), ["dob"]
            )
        if "addr" in say:
            key, site = spoken_key()
            add(
                f"pos.free_text.address.{lang}",
                site,
                key,
                say["addr"].format(street_address(lang)),
                ["address"],
            )
        for text in say["sens"]:
            key, site = spoken_key()
            add(f"pos.free_text.sensitive.{lang}", site, key, text, ["sensitive"])
        for text in say["clean"]:
            key, site = spoken_key()
            add(f"neg.free_text.utterance.{lang}", site, key, text, [])


def fcm_token() -> str:
    """A Firebase Cloud Messaging registration token's shape."""
    return (
        alnum(22, string.ascii_letters + string.digits + "-_")
        + ":APA91b"
        + alnum(134, string.ascii_letters + string.digits + "-_")
    )


def b64url(data: bytes) -> str:
    """Unpadded URL-safe base64."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(claims: dict[str, Any]) -> str:
    """A signed-looking JWT with random signature bytes."""
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    body = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(bytes(rng.randrange(256) for _ in range(32)))}"


def global_ip(v6: bool = False) -> str:
    """A random globally routable address."""
    while True:
        if v6:
            addr: ipaddress.IPv4Address | ipaddress.IPv6Address = ipaddress.IPv6Address(
                (0x2400 + rng.randrange(0x0300)) << 112 | rng.getrandbits(112)
            )
        else:
            addr = ipaddress.IPv4Address(rng.getrandbits(32))
        if addr.is_global and not addr.is_multicast:
            return str(addr)


def secrets_and_devices() -> None:
    """Push tokens, provider keys, session tokens and client addresses in app telemetry."""
    pushes = [
        ("resource", "device.push_token", lambda: fcm_token()),
        ("attribute", "app.notifications.fcm_token", lambda: fcm_token()),
        ("attribute", "apns.device_token", lambda: hexs(64)),
        ("resource", "ios.push.device_token", lambda: hexs(64).upper()),
        ("attribute", "expo.push_token", lambda: f"ExponentPushToken[{alnum(22)}]"),
        (
            "attribute",
            "webpush.subscription",
            lambda: json.dumps(
                {
                    "endpoint": f"https://fcm.googleapis.com/fcm/send/{alnum(11)}:APA91b{alnum(120)}",
                    "keys": {
                        "p256dh": b64url(bytes(rng.randrange(256) for _ in range(65))),
                        "auth": b64url(bytes(rng.randrange(256) for _ in range(16))),
                    },
                }
            ),
        ),
    ]
    for i in range(10):
        site, key, make = pushes[i % len(pushes)]
        add("pos.value.secret.push_token", site, key, make(), ["secret"])
    keys = [
        (
            "http.request.header.authorization",
            lambda: "Bearer sk-proj-" + alnum(48, string.ascii_letters + string.digits + "_-"),
        ),
        (
            "livekit.client.token",
            lambda: jwt(
                {
                    "video": {"room": f"widget-{hexs(8)}", "roomJoin": True},
                    "iss": "API" + alnum(9),
                    "sub": f"visitor-{hexs(6)}",
                    "exp": 1798761600,
                }
            ),
        ),
        ("deepgram.request.header.authorization", lambda: "Token " + hexs(40)),
        (
            "account_linking.access_token",
            lambda: "Atza|" + alnum(180, string.ascii_letters + string.digits + "-_"),
        ),
        (
            "oauth.refresh_token",
            lambda: "1//0" + alnum(96, string.ascii_letters + string.digits + "-_"),
        ),
        (
            "http.request.header.cookie",
            lambda: (
                f"session={b64url(bytes(rng.randrange(256) for _ in range(24)))}; csrftoken={alnum(32)}"
            ),
        ),
        ("elevenlabs.request.header.xi-api-key", lambda: "sk_" + hexs(48)),
        (
            "google.maps.api_key",
            lambda: "AIza" + alnum(35, string.ascii_letters + string.digits + "_-"),
        ),
        (
            "widget.embed.url",
            lambda: f"https://voice.example.net/embed?agent=front-desk&access_token={alnum(40)}",
        ),
        ("smart_home.link.password", lambda: alnum(6, string.ascii_lowercase) + digits(3) + "!"),
    ]
    for key, make in keys:
        add("pos.value.secret.token", "attribute", key, make(), ["secret"])
    clients = [
        ("attribute", "client.address", False), ("attribute", "http.request.header.x-forwarded-for", False),
        ("attribute", "http.request.header.x-forwarded-for", True), ("attribute", "network.peer.address", False),
        ("resource", "device.network.public_ip", False), ("attribute", "widget.visitor.ip", True),
        ("attribute", "http.request.header.cf-connecting-ip", False), ("attribute", "client.address", True),
        ("attribute", "kiosk.uplink.public_address", False), ("attribute", "vehicle.modem.public_ip", False),
    ]  # fmt: skip
    for site, key, v6 in clients:
        value = global_ip(v6)
        if key.endswith("x-forwarded-for"):
            value = f"{value}, 10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        add("pos.value.client_ip", site, key, value, ["ip"])
    for i in range(5):
        ip = global_ip(i % 2 == 1)
        cand = f"candidate:{digits(9)} 1 udp {rng.randint(1600000000, 1700000000)} {ip} {rng.randint(30000, 65000)} typ srflx raddr 0.0.0.0 rport 0 generation 0 ufrag {alnum(4)} network-id 1"
        add(
            "pos.value.ice_candidate",
            "event",
            rng.choice(
                [
                    "webrtc.ice.local_candidate",
                    "rtc.candidate",
                    "browser.rtcpeerconnection.onicecandidate",
                ]
            ),
            cand,
            ["ip"],
        )


def identifiers() -> None:
    """SSNs, national ids, cards, IBANs and bank accounts given to in-app and kiosk agents."""
    ssn_says = [
        "For the tax filing skill, my social is {}.",
        "Okay the SSN is {}, go ahead and verify me.",
        "My social security number? It's {}.",
    ]
    for i in range(16):
        value = ssn(i)
        if i % 3 == 0:
            add(
                "pos.free_text.ssn",
                "event",
                rng.choice(
                    ["transcript", "app.voice_widget.utterance", "speaker.request.transcript"]
                ),
                ssn_says[i % len(ssn_says)].format(value),
                ["ssn"],
            )
        elif i % 3 == 1:
            add(
                "pos.tool_payload.ssn",
                "attribute",
                rng.choice(
                    ["gen_ai.tool.call.arguments", "tool.arguments", "lk.function_tool.arguments"]
                ),
                json.dumps({"action": "verify_identity", "ssn": value, "channel": "in_app"}),
                ["ssn"],
            )
        else:
            add(
                "pos.value.ssn",
                "attribute",
                rng.choice(["kyc.applicant.ssn", "app.user.tax_id", "payroll.employee.ssn"]),
                value,
                ["ssn"],
            )
    ids = national_ids() + national_ids()
    id_says = {
        "br.cpf": "Meu CPF é {}.", "mx.curp": "Mi CURP es {}.", "in.aadhaar": "मेरा आधार नंबर {} है।",
        "in.pan": "My PAN is {} for the KYC.", "za.idnr": "My ID number is {}.", "pk.cnic": "میرا شناختی کارڈ نمبر {} ہے۔",
        "th.pin": "เลขบัตรประชาชนของผมคือ {}", "ke.pin": "KRA PIN yangu ni {}.", "kr.rrn": "주민등록번호는 {}입니다.",
        "jp.in": "マイナンバーは{}です。", "ru.inn": "Мой ИНН {}.", "cl.rut": "Mi RUT es {}.", "ar.cuit": "Mi CUIL es {}.",
    }  # fmt: skip
    for i, (scheme, value) in enumerate(ids[:22]):
        if i % 3 == 0:
            add(
                f"pos.value.national_id.{scheme}",
                "attribute",
                rng.choice(
                    ["app.user.national_id", "kyc.document.number", "account.holder.id_number"]
                ),
                value,
                ["national_id"],
            )
        elif i % 3 == 1:
            key, site = spoken_key()
            add(
                f"pos.free_text.national_id.{scheme}",
                site,
                key,
                id_says[scheme].format(value),
                ["national_id"],
            )
        else:
            add(
                f"pos.tool_payload.national_id.{scheme}",
                "attribute",
                rng.choice(["tool.result", "gen_ai.tool.call.result", "lk.function_tool.output"]),
                json.dumps(
                    {"verified": True, "document": scheme.split(".")[1], "number": value},
                    ensure_ascii=False,
                ),
                ["national_id"],
            )
    for i in range(16):
        number = card(i)
        sizes = [4, 6, 5] if len(number) == 15 else [4, 4, 4, 4]
        shown = group(number, sizes, rng.choice([" ", "-", "", " "]))
        if i % 4 == 0:
            add(
                "pos.free_text.card",
                "event",
                rng.choice(["kiosk.asr.text", "transcript", "app.voice_widget.utterance"]),
                f"Pay with the card {shown}, expiry {rng.randint(1, 12):02d}/{rng.randint(27, 31)}.",
                ["card"],
            )
        elif i % 4 == 1:
            add(
                "pos.tool_payload.card",
                "attribute",
                rng.choice(["tool.arguments", "gen_ai.tool.call.arguments"]),
                json.dumps(
                    {
                        "tool": "checkout",
                        "card_number": shown,
                        "cvc": digits(3),
                        "amount": rng.randint(5, 90),
                    }
                ),
                ["card"],
            )
        elif i % 4 == 2:
            add(
                "pos.value.card",
                "attribute",
                rng.choice(["payment.card.number", "wallet.card.pan", "drive_thru.payment.pan"]),
                shown,
                ["card"],
            )
        else:
            spoken = " ".join(
                ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][
                    int(c)
                ]
                for c in number
            )
            add(
                "pos.free_text.card_spoken",
                "event",
                "speaker.request.transcript",
                f"card number {spoken}",
                ["card"],
            )
    countries = ["SA", "AE", "PK", "KZ", "BR", "EG", "TN", "QA", "MR", "JO"]
    iban_says = [
        "رقم الآيبان حقي {}",
        "Mi IBAN es {}.",
        "IBAN: {}",
        "Transfer the refund to {} please.",
        "Менің IBAN {}.",
    ]
    for i in range(16):
        value = iban(countries[i % len(countries)])
        shown = group(value, [4] * 8) if i % 2 else value
        if i % 3 == 0:
            add(
                "pos.free_text.iban",
                "event",
                rng.choice(["transcript", "lk.user_transcript"]),
                iban_says[i % len(iban_says)].format(shown),
                ["iban"],
            )
        elif i % 3 == 1:
            add(
                "pos.tool_payload.iban",
                "attribute",
                "gen_ai.tool.call.arguments",
                json.dumps({"payout": {"iban": shown, "currency": "EUR"}}),
                ["iban"],
            )
        else:
            add(
                "pos.value.iban",
                "attribute",
                rng.choice(["wallet.payout.iban", "app.user.iban"]),
                shown.lower() if i % 4 == 2 else shown,
                ["iban"],
            )
    accounts = [
        lambda: f"routing {aba()} account {digits(rng.randint(8, 12))}",
        lambda: json.dumps(
            {"routing_number": aba(), "account_number": digits(10), "type": "checking"}
        ),
        lambda: f"CLABE {clabe()}",
        lambda: f"Mi CBU es {cbu_number()}",
        lambda: f"IFSC SBIN0{digits(6)}, account {digits(11)}",
        lambda: f"Agência {digits(4)}, conta corrente {digits(6)}-{digits(1)}",
        lambda: f"Branch code 250655, account {digits(10)}",
        lambda: json.dumps({"bank_code": "058", "nuban": digits(10), "bank": "GTBank"}),
    ]
    for i in range(16):
        value = accounts[i % len(accounts)]()
        if i % 2 == 0:
            add(
                "pos.tool_payload.bank_account",
                "attribute",
                rng.choice(["tool.arguments", "lk.function_tool.arguments"]),
                value if value.startswith("{") else json.dumps({"note": value}),
                ["bank_account"],
            )
        else:
            key, site = spoken_key()
            add("pos.free_text.bank_account", site, key, value, ["bank_account"])


def cbu_number() -> str:
    """An Argentine CBU (bank and branch, account) with both check digits right."""
    bank, account = digits(7), digits(13)
    for a, b in product(string.digits, repeat=2):
        value = bank + a + account + b
        if cbu.is_valid(value):
            return value
    raise ValueError(bank)


def email_for(name: str) -> str:
    """An address on a reserved domain made from a romanised name or a random handle."""
    local = "".join(c for c in name.lower().replace(" ", ".") if c in string.ascii_lowercase + ".")
    local = local.strip(".") or "user" + digits(3)
    return f"{local}{rng.choice(['', digits(2), '+car', '+speaker'])}@{rng.choice(['example.com', 'example.org', 'example.net', 'mail.example'])}"


LATIN = ["en", "es-MX", "es-AR", "es-CO", "pt-BR", "yo", "ha", "zu", "sw", "tl"]


def profiles() -> None:
    """User profiles, account linking, calendars and contacts that the agent reads."""
    for i in range(8):
        lang = LATIN[i % len(LATIN)]
        name = person(lang)
        mail = email_for(name)
        add(
            "pos.value.name",
            "attribute",
            rng.choice(
                [
                    "app.user.display_name",
                    "enduser.full_name",
                    "account.linked.profile.name",
                    "vehicle.driver_profile.name",
                ]
            ),
            name,
            ["name"],
        )
        add(
            "pos.value.email",
            rng.choice(["attribute", "resource"]),
            rng.choice(
                [
                    "app.user.email",
                    "account_linking.email",
                    "enduser.email",
                    "speaker.household.owner_email",
                ]
            ),
            mail,
            ["email"],
        )
    for i in range(6):
        lang = LATIN[(i + 3) % len(LATIN)]
        add(
            "pos.value.phone",
            "attribute",
            rng.choice(
                [
                    "app.user.phone",
                    "enduser.phone_number",
                    "vehicle.paired_phone.number",
                    "sms_fallback.to",
                ]
            ),
            phone(REGION[lang], "e164"),
            ["phone"],
        )
    for _ in range(4):
        profile = {
            "name": person("en"),
            "email": email_for(person("en")),
            "preferences": {"voice": "aria", "units": "metric"},
            "birthday": f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        }
        add(
            "pos.tool_payload.profile",
            "attribute",
            rng.choice(["tool.result", "gen_ai.tool.call.result"]),
            json.dumps(profile),
            ["dob", "email", "name"],
        )
    for i in range(7):
        lang = LATIN[i % len(LATIN)]
        attendees = [
            {
                "name": person(lang),
                "email": email_for(person(lang)),
                "response": rng.choice(["accepted", "tentative"]),
            }
            for _ in range(rng.randint(2, 3))
        ]
        event = {
            "summary": rng.choice(
                ["Quarterly planning", "Site visit", "Tutor session", "Dentist follow-up"]
            ),
            "start": f"2027-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T09:30:00",
            "attendees": attendees,
        }
        add(
            "pos.tool_payload.calendar",
            "attribute",
            rng.choice(["lk.function_tool.output", "tool.result", "gen_ai.tool.call.result"]),
            json.dumps(event, ensure_ascii=False),
            ["email", "name"],
        )
    for i in range(7):
        lang = list(SAY)[(i * 4) % len(SAY)]
        contacts = [
            {"display_name": person(lang), "number": phone(REGION[lang], "intl")} for _ in range(2)
        ]
        add(
            "pos.tool_payload.contacts",
            "attribute",
            rng.choice(
                ["tool.result", "vehicle.assistant.contacts.lookup", "gen_ai.tool.call.result"]
            ),
            json.dumps(
                {"query": "mom" if i % 2 else "office", "matches": contacts}, ensure_ascii=False
            ),
            ["name", "phone"],
        )
    says = [
        "Call {} on {}.",
        "Send {} a message at {} saying I'm ten minutes late.",
    ]
    for i in range(4):
        lang = LATIN[i]
        add(
            "pos.free_text.call_contact",
            "event",
            "vehicle.assistant.utterance",
            says[i % 2].format(person(lang), phone(REGION[lang])),
            ["name", "phone"],
        )
    mails = [
        "Email the receipt to {} please.",
        "Mi correo es {}.",
        "O meu email é {}.",
        "Barua pepe yangu ni {}.",
        "Send the invite to {}.",
    ]
    for i, text in enumerate(mails):
        add(
            "pos.free_text.email",
            "event",
            spoken_key()[0],
            text.format(email_for(person(LATIN[i]))),
            ["email"],
        )
    for lang in ["en", "pt-BR", "es-MX", "zu"]:
        place = street_address(lang)
        add(
            "pos.tool_payload.address",
            "attribute",
            "gen_ai.tool.call.result",
            json.dumps(
                {
                    "reverse_geocode": {
                        "lat": round(rng.uniform(-30, 40), 5),
                        "lng": round(rng.uniform(-100, 40), 5),
                        "formatted_address": place,
                    },
                    "source": "device_gps",
                },
                ensure_ascii=False,
            ),
            ["address"],
        )
        add(
            "pos.value.address",
            "attribute",
            rng.choice(["delivery.address", "app.user.home_address", "vehicle.nav.home"]),
            street_address(lang),
            ["address"],
        )
    for lang in ["ja", "ko", "th"]:
        add(
            "pos.value.dob",
            "attribute",
            rng.choice(["app.user.birthdate", "profile.birthday"]),
            birth_date(lang),
            ["dob"],
        )


def meetings() -> None:
    """Diarised meeting segments and meeting-bot summaries."""
    for i in range(6):
        lang = ["en", "es-MX", "pt-BR", "sw", "hi", "tl"][i]
        speaker, other = person(lang), person(lang)
        segs = [
            {"speaker": f"spk_{j}", "label": name, "text": text}
            for j, (name, text) in enumerate(
                [
                    (speaker, "Let's start with the warehouse rollout."),
                    (other, "The headsets shipped Tuesday."),
                ]
            )
        ]
        add(
            "pos.free_text.diarised",
            "event",
            rng.choice(["meeting.transcript.segments", "meeting_bot.diarization"]),
            json.dumps(segs, ensure_ascii=False),
            ["name"],
        )
    a, b = person("en"), person("en")
    add(
        "pos.free_text.meeting_summary",
        "attribute",
        "meeting_bot.summary",
        f"Attendees: {a}, {b}. {a} will send the rollout plan. {b} is out next week for chemotherapy, so {a} covers the vendor call.",
        ["name", "sensitive"],
    )
    a = person("pt-BR")
    add(
        "pos.free_text.meeting_summary",
        "attribute",
        "gen_ai.output.messages",
        json.dumps(
            [
                {
                    "role": "assistant",
                    "content": f"Resumo: {a} apresentou o novo fluxo do quiosque; próximos passos com o time de loja.",
                }
            ],
            ensure_ascii=False,
        ),
        ["name"],
    )
    add(
        "pos.free_text.meeting_summary",
        "attribute",
        "meeting_bot.action_items",
        json.dumps(
            [
                f"{person('en')} to email {email_for(person('en'))} the drive-thru menu",
                "Check kiosk firmware",
            ]
        ),
        ["email", "name"],
    )
    add(
        "pos.free_text.sensitive.meeting",
        "event",
        "meeting.segment.text",
        "Sorry I missed standup, my father passed away on Sunday and I'm handling the funeral.",
        ["sensitive"],
    )
    add(
        "pos.free_text.sensitive.meeting",
        "event",
        "meeting.segment.text",
        "Heads up, I'm starting IVF next month so I'll have a lot of early appointments.",
        ["sensitive"],
    )


def encoded() -> None:
    """Bodies carried base64- or URL-encoded; labelled with what they decode to."""
    name, number = person("en"), phone("US", "e164")
    body = json.dumps({"caller_name": name, "callback": number})
    add(
        "pos.tool_payload.base64",
        "attribute",
        "webhook.request.body",
        base64.b64encode(body.encode()).decode(),
        ["name", "phone"],
    )
    body = json.dumps(
        {"text": "Tengo una deuda con el SAT y me embargaron la cuenta."}, ensure_ascii=False
    )
    add(
        "pos.tool_payload.base64",
        "attribute",
        "tool.arguments",
        base64.b64encode(body.encode()).decode(),
        ["sensitive"],
    )
    body = json.dumps({"email": email_for(person("es-CO")), "card": card(1)})
    add(
        "pos.tool_payload.base64",
        "attribute",
        "http.request.body",
        base64.b64encode(body.encode()).decode(),
        ["card", "email"],
    )
    form = urllib.parse.urlencode(
        {"Body": f"mi dirección es {street_address('es-AR')}", "Channel": "webchat"}
    )
    add("pos.tool_payload.urlencoded", "attribute", "http.request.body", form, ["address"])
    form = urllib.parse.urlencode(
        {
            "user": email_for(person("zu")),
            "dob": f"{rng.randint(1960, 2000)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "step": "link",
        }
    )
    add(
        "pos.tool_payload.urlencoded",
        "attribute",
        "account_linking.request.body",
        form,
        ["dob", "email"],
    )
    form = urllib.parse.urlencode({"text": "Set a reminder to water the plants", "lang": "en-US"})
    add("neg.tool_payload.urlencoded", "attribute", "http.request.body", form, [])
    add(
        "neg.tool_payload.base64",
        "attribute",
        "webhook.request.body",
        base64.b64encode(
            json.dumps({"intent": "order_status", "order": "A-1042"}).encode()
        ).decode(),
        [],
    )


def clean_content() -> None:
    """Content with nothing personal: tool calls, replies, summaries, provider responses."""
    tools = [
        {"tool": "set_light", "room": "living_room", "brightness": 30},
        {"tool": "thermostat.set", "zone": "cabin", "celsius": 21.5},
        {
            "tool": "add_to_order",
            "items": [{"sku": "BRG-DBL", "qty": 2}, {"sku": "FRY-L", "qty": 1}],
            "lane": 2,
        },
        {"tool": "navigate", "destination": "nearest EV charger", "avoid": ["tolls"]},
        {"tool": "room_service", "room": "1204", "items": ["club sandwich", "sparkling water"]},
        {"tool": "pick_confirm", "aisle": "B17", "bin": "04-3", "qty": 12},
        {"tool": "lesson.next", "language": "sw", "unit": 4, "exercise": "greetings"},
        {"tool": "read_aloud", "document": "page-12", "speed": 0.85},
        {
            "tool": "screen_call",
            "decision": "send_to_voicemail",
            "reason": "unknown_caller_marketing",
        },
        {"tool": "calendar.freebusy", "range": "2027-03-02T08:00/2027-03-02T18:00"},
        {"tool": "nurse_call", "bed": "3B", "priority": "routine", "request": "water"},
        {"tool": "play_media", "provider": "radio", "station": "Capital FM Nairobi"},
        {"tool": "kiosk.print_receipt", "order": "K-88213", "copies": 1},
        {"tool": "work_order.update", "ticket": "WO-55120", "status": "parts_ordered"},
        {"tool": "weather", "city": "Lagos", "unit": "C"},
    ]
    for args in tools:
        add(
            "neg.tool_payload.device_args",
            "attribute",
            rng.choice(
                ["tool.arguments", "gen_ai.tool.call.arguments", "lk.function_tool.arguments"]
            ),
            json.dumps(args),
            [],
        )
    results = [
        {"status": "ok", "eta_minutes": 7, "pickup_window": 3},
        {"lights": {"living_room": "on"}, "brightness": 30},
        {"stock": 14, "location": "aisle 6", "store": 2231},
        {"route": {"distance_km": 12.4, "duration_min": 19}, "charger": "Station 4, 150 kW"},
        {"free": [["09:00", "10:30"], ["14:00", "16:00"]]},
        {"score": 0.82, "feedback": "Good pronunciation of 'habari'; practise tones."},
        {"menu": ["Jollof rice", "Suya wrap", "Zobo"], "prices_ngn": [3500, 2800, 900]},
        {"order_total": 12.49, "currency": "USD", "tier": "gold", "points_earned": 125},
        {"verdict": "likely_spam", "score": 0.97, "category": "extended_warranty"},
        {"room": "1204", "status": "delivered", "minutes": 22},
    ]
    for res in results:
        add(
            "neg.tool_payload.device_result",
            "attribute",
            rng.choice(["tool.result", "gen_ai.tool.call.result", "lk.function_tool.output"]),
            json.dumps(res),
            [],
        )
    replies = [
        "Your order is two double burgers and a large fries, please pull forward to window two.",
        "I've set the cabin to twenty-one degrees.",
        "Bin zero four dash three, confirm twelve units.",
        "Room 1204 is at the end of the hall on the left; breakfast is served until ten.",
        "Sawa, nimezima taa za sebuleni.",
        "Listo, tu pedido llega en unos quince minutos.",
        "Prontinho, adicionei leite e pão à lista.",
        "تم، طفيت النور.",
        "ठीक है, मैंने अलार्म सुबह छह बजे के लिए लगा दिया है।",
        "The meeting ID is in the invite; I'll join as the notetaker.",
        "Here's the next sentence to repeat: Ninapenda kusoma vitabu.",
        "This caller didn't say their reason, so I sent them to voicemail.",
    ]
    for text in replies:
        add(
            "neg.free_text.reply",
            "attribute",
            rng.choice(
                ["lk.response.text", "output.value", "gen_ai.completion.0.content", "output"]
            ),
            text,
            [],
        )
    summaries = [
        "Summary: team agreed to pilot the voice kiosk in three stores; next review in two weeks.",
        "Action items: update firmware on lane 2 headsets; fix the wake-word false triggers; share latency report.",
        "Decisions: keep the current menu layout; add Swahili prompts to the tutoring app.",
        "Resumen: se aprobó el presupuesto del piloto y se revisará el mes que viene.",
    ]
    for text in summaries:
        add("neg.free_text.meeting_summary", "attribute", "meeting_bot.summary", text, [])
    chats = [
        [
            {"role": "system", "content": "You are a drive-thru ordering assistant."},
            {"role": "user", "content": "Can I get a large iced coffee?"},
        ],
        [
            {"role": "user", "content": "What's the Zulu word for thank you?"},
            {"role": "assistant", "content": "Ngiyabonga."},
        ],
        [{"role": "user", "content": "Read the next chapter heading."}],
        [
            {"role": "user", "content": "¿Dónde queda el baño del hotel?"},
            {"role": "assistant", "content": "En el lobby, junto al ascensor."},
        ],
        [{"role": "user", "content": "Set navigation to the airport, terminal 2."}],
        [{"role": "user", "content": "ما هو الطقس في دبي؟"}],
    ]
    for msgs in chats:
        add(
            "neg.free_text.chat_request",
            "attribute",
            rng.choice(["gen_ai.input.messages", "llm.input_messages", "lk.chat_ctx", "input"]),
            json.dumps(msgs, ensure_ascii=False),
            [],
        )
    stt = [
        {
            "results": {
                "channels": [
                    {"alternatives": [{"transcript": "turn up the volume", "confidence": 0.97}]}
                ]
            }
        },
        {"text": "what time does the pharmacy close", "language": "en"},
        {"status": "completed", "text": "Nataka chai moja.", "language_code": "sw"},
        {
            "results": [
                {
                    "alternatives": [{"transcript": "ok google set a timer for ten minutes"}],
                    "languageCode": "en-us",
                }
            ]
        },
        {"text": "மழை வருமா", "segments": [{"start": 0.0, "end": 1.2}]},
        {
            "utterances": [
                {"speaker": "A", "text": "Let's move to the next agenda item."},
                {"speaker": "B", "text": "Agreed."},
            ]
        },
    ]
    for body in stt:
        add(
            "neg.free_text.stt_response",
            "attribute",
            rng.choice(["stt.response.body", "deepgram.response", "http.response.body"]),
            json.dumps(body, ensure_ascii=False),
            [],
        )
    redacted = [
        "My name is [PERSON] and my number is [PHONE_NUMBER].",
        "Send it to <EMAIL_ADDRESS>.",
        "Mi tarjeta es ****-****-****-4242.",
        "I live at {{user.address}}.",
        "Meu CPF é ***.***.***-**.",
        "رقمي [REDACTED]",
    ]
    for text in redacted:
        add("neg.free_text.redacted", "event", spoken_key()[0], text, [])
    words = [
        "What format does an IBAN have in Saudi Arabia?",
        "How do I change the birthday reminder sound?",
        "Can the app store my card for next time?",
        "Is there a pharmacy open near the hotel?",
        "What do I need to renew a passport?",
        "How do I report a lost phone to the carrier?",
        "Ni hospitali gani iliyo karibu?",
        "¿Cómo saco el CURP en línea?",
        "Do you have sugar-free options for diabetics?",
        "What's the address of the nearest branch?",
    ]
    for text in words:
        add("neg.free_text.pii_words", "event", spoken_key()[0], text, [])


def hard_negatives() -> None:
    """Values shaped like personal data that are not: devices, businesses, ids, masks."""
    table: list[tuple[str, str, str, Any]] = []

    def put(cls: str, site: str, key: str, value: Any) -> None:
        table.append((cls, site, key, value))

    for model in [
        "iPhone16,2",
        "SM-S928B",
        "Pixel 8 Pro",
        "Echo Dot (5th Gen)",
        "Nest Hub Max",
        "Zebra HS3100",
        "Jabra Evolve2 65",
        "Tesla Model Y HW4",
        "RealWear Navigator 520",
    ]:
        put(
            "neg.value.device_model",
            "resource",
            rng.choice(["device.model.identifier", "device.model.name", "host.type"]),
            model,
        )
    for v in [
        "4.12.0-beta.3+build.8812",
        "10.0.19045.3803",
        "7.1.2.4",
        "2027.03.1",
        "17.4.1 (21E237)",
        "125.0.6422.113",
    ]:
        put(
            "neg.value.version",
            "resource",
            rng.choice(["service.version", "os.version", "app.version", "browser.version"]),
            v,
        )
    for ua in [
        "Mozilla/5.0 (Linux; Android 14; SM-S928B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
    ]:
        put("neg.value.user_agent", "attribute", "user_agent.original", ua)
    for key, val in [
        ("navigator.language", "sw-KE"),
        ("navigator.languages", ["pt-BR", "pt", "en"]),
        ("navigator.platform", "Linux armv8l"),
        ("navigator.hardwareConcurrency", 8),
        ("navigator.deviceMemory", 4),
        ("screen.resolution", "1080x2400"),
        ("device.battery.level", 0.64),
        ("device.timezone", "Africa/Lagos"),
        ("navigator.connection.effectiveType", "4g"),
        ("device.locale", "ta_IN"),
    ]:
        put("neg.value.navigator", "resource", key, val)
    stores = [
        (6.4281, 3.4219),
        (-1.2864, 36.8172),
        (19.4326, -99.1332),
        (-23.5505, -46.6333),
        (24.7136, 46.6753),
        (13.0827, 80.2707),
        (11.5564, 104.9282),
        (43.2389, 76.8897),
    ]
    for lat, lng in stores:
        put(
            "neg.value.business_geo",
            "attribute",
            rng.choice(["store.location", "poi.coordinates", "kiosk.site.geo"]),
            f"{lat},{lng}",
        )
    for _ in range(3):
        put(
            "neg.value.device_geo",
            "attribute",
            "device.geo.coarse",
            json.dumps(
                {
                    "lat": round(rng.uniform(-30, 45), 2),
                    "lon": round(rng.uniform(-80, 110), 2),
                    "accuracy_m": 5000,
                }
            ),
        )
    for _ in range(6):
        put(
            "neg.value.store_number",
            "attribute",
            rng.choice(["store.number", "restaurant.id", "kiosk.id", "drive_thru.lane"]),
            rng.choice([f"#{digits(4)}", digits(5), f"K-{digits(3)}", str(rng.randint(1, 4))]),
        )
    for tier in ["gold", "Platinum Elite", "Nivel Oro", "Tier 3", "Diamante"]:
        put("neg.value.loyalty_tier", "attribute", "loyalty.tier", tier)
    for _ in range(6):
        put(
            "neg.value.session_id",
            "attribute",
            rng.choice(
                [
                    "session.id",
                    "widget.session_id",
                    "app.installation.id",
                    "speaker.request.id",
                    "lk.room.sid",
                ]
            ),
            rng.choice(
                [
                    str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                    "RM_" + alnum(12),
                    "amzn1.echo-api.request." + str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                ]
            ),
        )
    for topic in [
        "/topics/promo_ng",
        "/topics/order-updates",
        "news_sw_ke",
        "/topics/weather_alerts_in",
        "fleet.dispatch.eu",
    ]:
        put("neg.value.push_topic", "attribute", rng.choice(["push.topic", "fcm.topic"]), topic)
    for word in ["Alexa", "Hey Google", "Hey Mercedes", "Computer", "Ok Kiosk", "Habari Msaidizi"]:
        put("neg.value.wake_word", "attribute", "wake_word.detected", word)
    for _ in range(6):
        put(
            "neg.value.meeting_id",
            "attribute",
            rng.choice(["meeting.id", "zoom.meeting_id", "teams.conference_id", "meet.code"]),
            rng.choice(
                [
                    f"{digits(3)} {digits(4)} {digits(4)}",
                    digits(11),
                    f"{alnum(3, string.ascii_lowercase)}-{alnum(4, string.ascii_lowercase)}-{alnum(3, string.ascii_lowercase)}",
                    f"{digits(3)} {digits(3)} {digits(3)}#",
                ]
            ),
        )
    for room in [
        "1204",
        "Suite 3B",
        "Ward 5, Bed 12",
        "Conference Room Kilimanjaro",
        "ICU-2 Bay 4",
    ]:
        put(
            "neg.value.room",
            "attribute",
            rng.choice(["hotel.room.number", "hospital.room", "room.name"]),
            room,
        )
    for m in [
        "****4242",
        "•••• •••• •••• 1881",
        "+1 (***) ***-**23",
        "j***@e*****.com",
        "sk-...Xf9Q",
        "***-**-6789",
        "Bearer ***",
        "${FCM_SERVER_KEY}",
    ]:
        put(
            "neg.value.masked",
            "attribute",
            rng.choice(
                [
                    "payment.card.masked",
                    "user.contact.masked",
                    "config.api_key",
                    "http.request.header.authorization",
                ]
            ),
            m,
        )
    for tok in [
        "<PERSON>",
        "[REDACTED]",
        "<PHONE_NUMBER>",
        "[EMAIL]",
        "{{caller_name}}",
        "<IBAN_CODE>",
    ]:
        put(
            "neg.value.redaction",
            "attribute",
            rng.choice(["enduser.id", "app.user.display_name", "caller.number"]),
            tok,
        )
    for ip in [
        "10.12.3.40",
        "192.168.1.23",
        "172.20.14.2",
        "192.0.2.44",
        "198.51.100.7",
        "203.0.113.91",
        "fd12:3456:789a::1",
        "2001:db8::4f",
        "169.254.12.9",
        "100.64.3.2",
    ]:
        put(
            "neg.value.server_ip",
            "attribute",
            rng.choice(["server.address", "network.local.address", "kiosk.lan.ip", "host.ip"]),
            ip,
        )
    for _ in range(4):
        host = rng.choice(
            [
                f"{uuid.UUID(int=rng.getrandbits(128), version=4)!s}.local",
                f"192.168.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
            ]
        )
        put(
            "neg.value.ice_host",
            "event",
            "webrtc.ice.local_candidate",
            f"candidate:{digits(9)} 1 udp 2122260223 {host} {rng.randint(40000, 65000)} typ host generation 0",
        )
    org = [
        ("org.support.phone", "(800) 555-0199"),
        ("agent.display_number", "+44 20 7946 0958"),
        ("trunk.outbound_caller_id", "+15005550006"),
        ("business.contact.email", "support@example.com"),
        ("org.frontdesk.email", "reservations@hotel.example"),
        ("store.address", "Shop 14, Sarit Centre, Westlands, Nairobi"),
    ]
    for key, val in org:
        put("neg.value.org_contact", "attribute", key, val)
    for i in range(6):
        put(
            "neg.value.order_number",
            "attribute",
            rng.choice(["order.id", "invoice.number", "ticket.id", "loyalty.card.barcode"]),
            complete(rng.choice(["4", "5"]) + digits(14), 1, luhn.is_valid)
            if i % 2 == 0
            else f"ORD-{digits(3)}-{digits(2)}-{digits(4)}",
        )
    for i in range(6):
        put(
            "neg.value.trace_id",
            "attribute",
            rng.choice(["trace_id", "span_id", "parent_span_id"]),
            hexs(32) if i % 2 else hexs(16),
        )
    for _ in range(5):
        put(
            "neg.value.hash",
            "attribute",
            rng.choice(["user.id_hash", "device.fingerprint_sha256", "firmware.digest"]),
            rng.choice([hexs(64), "sha256:" + hexs(64), hexs(40)]),
        )
    for _ in range(6):
        put(
            "neg.value.metric",
            "attribute",
            rng.choice(
                [
                    "stt.latency_ms",
                    "tts.ttfb_ms",
                    "audio.jitter_ms",
                    "gen_ai.usage.input_tokens",
                    "vad.speech_ratio",
                    "call.duration_s",
                ]
            ),
            rng.choice([rng.randint(40, 2400), round(rng.uniform(0, 1), 3)]),
        )
    for ts in [
        "2026-11-30T18:22:05.114Z",
        "1795968000000000000",
        "Mon, 30 Nov 2026 18:22:05 GMT",
        "PT4M12.5S",
    ]:
        put(
            "neg.value.timestamp",
            "attribute",
            rng.choice(["event.time", "session.started_at", "session.duration"]),
            ts,
        )
    for model in [
        "gpt-4o-mini-realtime-preview",
        "nova-3",
        "eleven_flash_v2_5",
        "sonic-2",
        "whisper-large-v3",
    ]:
        put("neg.value.model", "attribute", "gen_ai.request.model", model)
    for voice in ["Aria", "Thandi", "Camila (es-MX)", "Neerja", "alloy"]:
        put(
            "neg.value.voice_name",
            "attribute",
            rng.choice(["tts.voice", "agent.persona.name"]),
            voice,
        )
    for err in [
        '{"error":{"code":"invalid_api_key","message":"Incorrect API key provided."}}',
        "Microphone permission denied by the user (NotAllowedError)",
        "ICE failed, add a STUN server and see about:webrtc for more details",
        "Wake word engine timed out after 8000 ms",
        '{"err_code":"UNSUPPORTED_LANGUAGE","err_msg":"language my-MM is not supported by this model"}',
    ]:
        put("neg.value.provider_error", "status", "status.description", err)
    for prompt in [
        "You are a friendly hotel room assistant. Never reveal other guests' details.",
        "You help warehouse pickers confirm bins and quantities. Be brief.",
        "Eres un asistente de autoservicio; confirma cada artículo antes de cobrar.",
    ]:
        put(
            "neg.value.system_prompt",
            "attribute",
            rng.choice(["gen_ai.system_instructions", "lk.instructions"]),
            prompt,
        )
    for key, val in [
        ("vehicle.model", "Toyota Corolla Cross 2026"),
        ("vehicle.odometer_km", 48211),
        ("speaker.room", "Kitchen"),
        ("kiosk.screen.orientation", "portrait"),
        ("headset.firmware", "HS3100-FW 2.4.17"),
        ("screen_reader.rate", 1.25),
        ("tutor.level", "B1"),
        ("call_screening.mode", "ask_reason"),
        ("accessibility.mode", "high_contrast"),
        ("meeting.participant_count", 7),
        ("card.brand", "mada"),
        ("payment.card.last4", "1881"),
        ("bank.bic", "NBEGEGCX"),
        ("enduser.id", "anonymous"),
        ("app.user.consent.analytics", False),
    ]:
        put("neg.value.misc", "attribute", key, val)
    for cls, site, key, value in table:
        add(cls, site, key, value, [])


def build() -> list[dict[str, Any]]:
    """All rows, in a fixed order."""
    utterances()
    secrets_and_devices()
    identifiers()
    profiles()
    meetings()
    encoded()
    clean_content()
    hard_negatives()
    return rows


def main(argv: list[str]) -> None:
    """Write the corpus to OUT or next to this script."""
    check_releases()
    out = Path(argv[1]) if len(argv) > 1 else OUT
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in build()]
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv)
