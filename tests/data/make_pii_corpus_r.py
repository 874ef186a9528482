"""Write ``pii_corpus_r.jsonl``: calls made for or about someone else, and public services.

A held-out corpus written blind (see tests/data/README.md): callers speaking on behalf
of a parent, a child, a client or an employee; interpreters and relay operators; benefits,
tax, immigration, police, courts, schools, utilities, housing, vehicle and hospital desks;
outbound campaigns (collections, reminders, surveys, recalls, deliveries) and consent
records; plus an everyday mix over attribute values, span events, status descriptions,
resource attributes and tool payloads, in 27 languages.

All data is invented: Faker names and addresses, libphonenumber example numbers with the
last digits varied (still valid), python-stdnum-valid identifiers with computed check
digits, published test cards or Luhn-valid numbers, random tokens in providers' formats.

Run: ``python tests/data/make_pii_corpus_r.py [OUT]`` (default: next to this script).
The seed is fixed; with the releases in ``RELEASES`` the output is the same byte for byte.
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import random
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
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.cn import ric
from stdnum.de import idnr
from stdnum.es import dni
from stdnum.fr import nir
from stdnum.id import nik
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.pk import cnic
from stdnum.ro import cnp
from stdnum.ru import inn
from stdnum.th import pin
from stdnum.ua import rntrc
from stdnum.us import rtn
from stdnum.za import idnr as za_idnr

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261207
OUT = Path(__file__).with_name("pii_corpus_r.jsonl")

R = random.Random(SEED)
_FAKERS: dict[str, Faker] = {}


def _check_releases() -> None:
    for dist, want in RELEASES.items():
        try:
            have = metadata.version(dist)
        except metadata.PackageNotFoundError:
            have = "none"
        if have != want:
            warnings.warn(
                f"{dist} {have} installed; the committed file was written with {want}",
                stacklevel=2,
            )


def fk(locale: str) -> Faker:
    """A Faker for ``locale``, seeded once from the corpus seed."""
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[locale] = f
    return _FAKERS[locale]


# ---------------------------------------------------------------- personal values
def phone(region: str, style: str = "national") -> str:
    base = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    digits = str(base.national_number)
    while True:
        cand = digits[:-2] + f"{R.randrange(100):02d}"
        num = phonenumbers.parse("+" + str(base.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            break
    fmt = {
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "e164": phonenumbers.PhoneNumberFormat.E164,
    }[style]
    return phonenumbers.format_number(num, fmt)


def nanp() -> str:
    return f"({R.choice(['202', '312', '415', '617', '713'])}) 555-01{R.randrange(100):02d}"


def _retry(check: Callable[[str], bool], make: Callable[[], str]) -> str:
    while True:
        s = make()
        if check(s):
            return s


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def birth() -> dt.date:
    return dt.date(1930, 1, 1) + dt.timedelta(days=R.randrange(365 * 78))


def child_birth() -> dt.date:
    return dt.date(2008, 1, 1) + dt.timedelta(days=R.randrange(365 * 16))


def ssn() -> str:
    area = R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}"


def nid(country: str) -> str:
    d = birth()
    if country == "IN":
        return aadhaar.format(
            _retry(aadhaar.is_valid, lambda: str(R.randrange(2, 10)) + digits(11))
        )
    if country == "IN_PAN":
        return _retry(
            pan.is_valid,
            lambda: (
                "".join(R.choice(string.ascii_uppercase) for _ in range(3))
                + "P"
                + R.choice(string.ascii_uppercase)
                + digits(4)
                + R.choice(string.ascii_uppercase)
            ),
        )
    if country == "BR":
        return cpf.format(_retry(cpf.is_valid, lambda: digits(11)))
    if country == "ES":
        n = digits(8)
        return n + dni.calc_check_digit(n)
    if country == "FR":
        body = f"{R.choice('12')}{d.year % 100:02d}{d.month:02d}{R.randrange(1, 96):02d}{R.randrange(1, 990):03d}{R.randrange(1, 999):03d}"
        return nir.format(body + f"{97 - int(body) % 97:02d}")
    if country == "DE":
        return _retry(idnr.is_valid, lambda: str(R.randrange(1, 10)) + digits(10))
    if country == "IT":
        months = "ABCDEHLMPRST"
        body = (
            "".join(R.choice("BCDFGLMNPRSTVZ") for _ in range(6))
            + f"{d.year % 100:02d}"
            + months[d.month - 1]
            + f"{d.day + R.choice([0, 40]):02d}"
            + R.choice("FGHL")
            + f"{R.randrange(1, 999):03d}"
        )
        return body + codicefiscale.calc_check_digit(body)
    if country == "CN":
        return _retry(
            ric.is_valid,
            lambda: (
                R.choice(["110101", "310104", "440305", "510107"])
                + d.strftime("%Y%m%d")
                + digits(4)
            ),
        )
    if country == "KR":
        return rrn.format(
            _retry(
                rrn.is_valid,
                lambda: (
                    d.strftime("%y%m%d")
                    + str(1 if d.year < 2000 else 3)
                    + f"{R.randrange(0, 96):02d}"
                    + digits(4)
                ),
            )
        )
    if country == "JP":
        return _retry(mynumber.is_valid, lambda: digits(12))
    if country == "RU":
        return _retry(inn.is_valid, lambda: R.choice(["77", "78", "50", "66"]) + digits(10))
    if country == "UA":
        return _retry(rntrc.is_valid, lambda: digits(10))
    if country == "RO":
        body = f"{R.choice('12')}{d.year % 100:02d}{d.month:02d}{d.day:02d}{R.randrange(1, 47):02d}{R.randrange(1, 999):03d}"
        return body + cnp.calc_check_digit(body)
    if country == "ID":
        return _retry(
            nik.is_valid,
            lambda: (
                R.choice(["317101", "327301", "357801"])
                + f"{d.day + R.choice([0, 40]):02d}{d.month:02d}{d.year % 100:02d}"
                + f"{R.randrange(1, 9999):04d}"
            ),
        )
    if country == "ZA":
        return _retry(za_idnr.is_valid, lambda: d.strftime("%y%m%d") + digits(4) + "08" + digits(1))
    if country == "TH":
        return pin.format(_retry(pin.is_valid, lambda: str(R.randrange(1, 9)) + digits(12)))
    if country == "PK":
        return cnic.format(_retry(cnic.is_valid, lambda: str(R.randrange(1, 8)) + digits(12)))
    if country == "MX":

        def make() -> str:
            st = R.choice(["DF", "JC", "NL", "PL", "GT"])
            return (
                "".join(R.choice("BCDFGLMPRSTV") for _ in range(1))
                + R.choice("AEIOU")
                + "".join(R.choice("BCDFGLMPRSTV") for _ in range(2))
                + d.strftime("%y%m%d")
                + R.choice("HM")
                + st
                + "".join(R.choice("BCDFGLMNPRSTV") for _ in range(3))
                + "0"
                + str(R.randrange(10))
            )

        return _retry(curp.is_valid, make)
    raise KeyError(country)


def email(name: str) -> str:
    local = "".join(c for c in name.lower().replace(" ", ".") if c.isalnum() or c == ".").strip(".")
    local = local or f"user{R.randrange(1000)}"
    return f"{local}{R.choice(['', str(R.randrange(10, 99))])}@{R.choice(['example.com', 'example.org', 'example.net', 'mail.example'])}"


CARDS = [
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "378282246310005",
    "6011111111111117",
    "3566002020360505",
    "4111111111111111",
    "5105105105105100",
    "4000002500003155",
]


def card() -> str:
    if R.random() < 0.5:
        c = R.choice(CARDS)
    else:
        body = R.choice(["4", "5" + str(R.randrange(1, 6))])
        body += digits(15 - len(body))
        c = body + luhn.calc_check_digit(body)
    sep = R.choice([" ", "-", "", " "])
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i : i + 4] for i in range(0, len(c), 4))


BBAN = {
    "DE": lambda: digits(18),
    "GB": lambda: "NWBK" + digits(14),
    "RO": lambda: (
        "RNCB" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    ),
    "AL": lambda: digits(8) + "".join(R.choice(string.digits) for _ in range(16)),
    "MK": lambda: digits(3) + digits(10) + digits(2),
    "UA": lambda: "322001" + digits(19),
    "EG": lambda: digits(25),
    "AE": lambda: digits(19),
    "FR": lambda: digits(23),
    "ES": lambda: digits(20),
    "IT": lambda: R.choice(string.ascii_uppercase) + digits(22),
    "PK": lambda: "SCBL" + digits(16),
    "BR": lambda: digits(23) + "C1",
}


def iban(cc: str, grouped: bool = True) -> str:
    def make() -> str:
        b = BBAN[cc]()
        return cc + std_iban.calc_check_digits(cc + "00" + b) + b

    v = _retry(std_iban.is_valid, make)
    return std_iban.format(v) if grouped else v


def bank_account() -> str:
    kind = R.choice(["us", "gb", "in", "au"])
    if kind == "us":
        r = _retry(rtn.is_valid, lambda: R.choice(["0", "1", "2"]) + digits(8))
        return R.choice([f"routing {r}, account {digits(10)}", f"ABA {r} acct {digits(9)}"])
    if kind == "gb":
        return f"sort code {digits(2)}-{digits(2)}-{digits(2)}, account number {digits(8)}"
    if kind == "in":
        return f"IFSC {R.choice(['SBIN', 'HDFC', 'ICIC'])}0{digits(6)}, A/c {digits(12)}"
    return f"BSB {digits(3)}-{digits(3)} account {digits(9)}"


def ip() -> str:
    while True:
        if R.random() < 0.7:
            a = ipaddress.IPv4Address(R.randrange(1 << 24, 224 << 24))
        else:
            a = ipaddress.IPv6Address((0x2A00 << 112) | R.getrandbits(108) << 4)
        if a.is_global:
            return str(a)


def tok(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def secret() -> str:
    return R.choice(
        [
            lambda: "sk-proj-" + tok(48),
            lambda: "ghp_" + tok(36),
            lambda: "xoxb-" + digits(12) + "-" + digits(13) + "-" + tok(24),
            lambda: "AKIA" + tok(16, string.ascii_uppercase + "234567"),
            lambda: "sk_live_" + tok(24),
            lambda: "SG." + tok(22) + "." + tok(43),
            lambda: tok(32, "0123456789abcdef"),
            lambda: "glpat-" + tok(20),
        ]
    )()


def address(locale: str) -> str:
    return str(fk(locale).address()).replace("\n", ", ")


# ------------------------------------------------------------------ languages
def _num(d: dt.date, sep: str = "/") -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def _digits_to(s: str, zero: str) -> str:
    return "".join(chr(ord(zero) + int(c)) if c.isdigit() else c for c in s)


EN_M = [
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
ES_M = [
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
]
FR_M = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
DE_M = [
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
]
IT_M = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
RU_M = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
TH_M = [
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
]

HAND = {
    "ur": (
        ["عائشہ", "عمران", "فاطمہ", "بلال", "زینب", "حمزہ"],
        ["خان", "قریشی", "ملک", "چوہدری", "شیخ"],
    ),
    "ar": (
        ["منى", "أحمد", "ياسمين", "محمود", "نورا", "خالد"],
        ["عبد الرحمن", "السيد", "حسن", "الشامي", "المصري"],
    ),
    "ar_gulf": (
        ["مريم", "سلطان", "حصة", "راشد", "عائشة", "ماجد"],
        ["المنصوري", "الكعبي", "الشامسي", "النعيمي", "الظاهري"],
    ),
    "sq": (
        ["Arta", "Besnik", "Elira", "Gentian", "Mirela", "Dritan"],
        ["Hoxha", "Krasniqi", "Shehu", "Dervishi", "Leka"],
    ),
    "km": (["សុខា", "ដារ៉ា", "ចាន់ធី", "វិចិត្រ", "ស្រីនិច", "សុភ័ក្ត្រ"], ["សុខ", "ចាន់", "ហេង", "លី", "គឹម"]),
    "my": (["အောင်", "ခင်မာ", "မြင့်", "သီတာ", "ဇော်", "နီလာ"], ["ကျော်", "ဦး", "ထွန်း", "ဝင်း", "လွင်"]),
    "mn": (
        ["Батбаяр", "Сарангэрэл", "Энхжаргал", "Ганбаатар", "Оюунчимэг", "Төмөр"],
        ["Дорж", "Бат", "Ганболд", "Цэрэн", "Пүрэв"],
    ),
    "kn": (
        ["ಕಾವ್ಯಾ", "ರಾಘವೇಂದ್ರ", "ಶ್ವೇತಾ", "ಮಂಜುನಾಥ್", "ಪೂರ್ಣಿಮಾ", "ಸಂತೋಷ್"],
        ["ಹೆಗ್ಡೆ", "ಗೌಡ", "ರಾವ್", "ಶೆಟ್ಟಿ", "ಭಟ್"],
    ),
    "te": (["లక్ష్మి", "శ్రీనివాస్", "పద్మ", "వెంకటేష్", "సుజాత", "రవి"], ["రెడ్డి", "నాయుడు", "చౌదరి", "వర్మ", "శర్మ"]),
}


def hand_name(lang: str) -> str:
    given, family = HAND[lang]
    g, f = R.choice(given), R.choice(family)
    if lang in ("km", "my"):
        return f + " " + g if lang == "km" else g + " " + f
    if lang == "mn":
        return f"{f[0]}. {g}" if R.random() < 0.5 else f"{f} {g}"
    return f"{g} {f}"


class Lang:
    """What a call in one language needs: names, dates, phrases."""

    def __init__(
        self,
        code: str,
        loc: str | None,
        region: str,
        date: Callable[[dt.date], str],
        rel: str,
        dob: str,
        ph: str,
        sens: list[str],
        clean: list[str],
        hard: list[str],
        addr: str | None = None,
    ) -> None:
        self.code, self.loc, self.region, self.date = code, loc, region, date
        self.rel, self.dob, self.ph, self.sens, self.clean, self.hard, self.addr = (
            rel,
            dob,
            ph,
            sens,
            clean,
            hard,
            addr,
        )

    def name(self) -> str:
        if self.loc is None:
            return hand_name(self.code)
        f = fk(self.loc)
        return (
            f"{f.first_name()} {f.last_name()}"
            if self.code not in ("zh", "ja", "ko")
            else f"{f.last_name()}{f.first_name()}"
        )


LANGS = [
    Lang(
        "en_us",
        "en_US",
        "US",
        lambda d: f"{EN_M[d.month - 1]} {d.day}, {d.year}",
        "Hi, I'm calling on behalf of my mom, {n}, she asked me to sort this out.",
        "Her date of birth is {d}.",
        "Best number for her is {p}.",
        [
            "My dad was just diagnosed with Parkinson's and he can't manage the phone anymore.",
            "I'm his caregiver; he's been in and out of rehab for his drinking since the spring.",
        ],
        [
            "I'd like to check the status of a benefits application, please.",
            "What documents do I need to bring to the DMV for a title transfer?",
            "Can you tell me your office hours on Saturdays?",
            "I'm calling about the jury duty notice, how do I postpone it?",
        ],
        [
            "My case number is {ref} and the appointment is set for {when}.",
            "The reference on the letter says {ref}, deadline {when}.",
        ],
        "en_US",
    ),
    Lang(
        "en_gb",
        "en_GB",
        "GB",
        lambda d: f"{d.day} {EN_M[d.month - 1]} {d.year}",
        "I'm ringing for my neighbour, {n}, she asked me to help with her council tax.",
        "She was born on the {d}.",
        "You can ring her on {p}.",
        [
            "My husband passed away last month and I don't know what to do about his pension.",
            "My son's been sectioned under the Mental Health Act, I'm his nearest relative.",
        ],
        [
            "Is this the right number for the council housing repairs team?",
            "How long does a pension credit claim usually take?",
            "I need to book a slot at the tip, is that still required?",
            "Could you put me through to the ward enquiries desk?",
        ],
        [
            "It's about claim {ref}, the letter says respond by {when}.",
            "Our tenancy reference is {ref}, inspection on {when}.",
        ],
        "en_GB",
    ),
    Lang(
        "en_in",
        "en_IN",
        "IN",
        lambda d: _num(d, "-"),
        "Sir, I am calling for my father-in-law {n}, regarding his pension life certificate.",
        "His DOB is {d}, as per Aadhaar.",
        "Kindly call my number {p}.",
        [
            "Madam, my mother is on dialysis thrice a week, please expedite.",
            "My brother lost his job and we have defaulted on two EMIs.",
        ],
        [
            "What is the procedure to update the address on the ration card?",
            "Is the passport seva kendra open on Saturday?",
            "How many days for the electricity connection after payment?",
            "Please tell me the helpline for the scholarship portal.",
        ],
        [
            "Complaint number {ref}, the next date is {when}.",
            "Grievance ID {ref}, they said it will close by {when}.",
        ],
        None,
    ),
    Lang(
        "en_au",
        "en_AU",
        "AU",
        lambda d: _num(d),
        "G'day, I'm calling for my client {n}, I'm her tenancy advocate.",
        "Her DOB's {d}.",
        "Her mobile is {p}.",
        [
            "She's got early onset dementia and can't do the phone interview herself.",
            "He's on a community corrections order and worried about his Centrelink payments.",
        ],
        [
            "How do I book a vehicle inspection?",
            "Can I lodge the form online instead of in person?",
            "What time does the Service Centre close?",
            "Is there a wait on the line for rego enquiries?",
        ],
        [
            "Reference {ref}, review scheduled {when}.",
            "Our job number is {ref} and it's due {when}.",
        ],
        "en_AU",
    ),
    Lang(
        "es",
        "es_ES",
        "ES",
        lambda d: f"{d.day} de {ES_M[d.month - 1]} de {d.year}",
        "Buenas, llamo de parte de mi madre, {n}.",
        "Nació el {d}.",
        "Su móvil es el {p}.",
        [
            "A mi padre le han diagnosticado alzhéimer y ya no puede firmar.",
            "Mi hija está embarazada y la han despedido, no tenemos para el alquiler.",
        ],
        [
            "Quería pedir cita para renovar el DNI.",
            "¿A qué hora abre la oficina de la Seguridad Social?",
            "¿Qué papeles necesito para empadronarme?",
            "Llamo para preguntar por el plazo de la beca.",
        ],
        [
            "El número de expediente es {ref} y la cita es el {when}.",
            "Tengo la referencia {ref}, vence el {when}.",
        ],
        "es_ES",
    ),
    Lang(
        "es_mx",
        "es_MX",
        "MX",
        lambda d: _num(d),
        "Hablo por mi abuelito, {n}, él no sabe usar el teléfono.",
        "Su fecha de nacimiento es {d}.",
        "Me puede marcar al {p}.",
        [
            "Mi abuelo tiene diabetes y le amputaron un pie.",
            "A mi esposo lo deportaron y yo me quedé sola con los niños.",
        ],
        [
            "¿Dónde se tramita la pensión para adultos mayores?",
            "¿Cuánto tarda la reposición de la credencial?",
            "¿Me puede dar el horario del módulo?",
            "Quiero saber si ya salió el apoyo de este bimestre.",
        ],
        [
            "Mi folio es {ref} y la cita quedó para el {when}.",
            "El número de reporte es {ref}, fecha límite {when}.",
        ],
        None,
    ),
    Lang(
        "pt_br",
        "pt_BR",
        "BR",
        lambda d: _num(d),
        "Oi, estou ligando pela minha mãe, {n}, ela é idosa.",
        "Ela nasceu em {d}.",
        "O celular dela é {p}.",
        [
            "Minha mãe está fazendo quimioterapia e não consegue ir ao INSS.",
            "Meu filho está preso e eu preciso saber da audiência dele.",
        ],
        [
            "Queria saber como agendar o atendimento presencial.",
            "O posto abre no sábado?",
            "Como faço para pedir a segunda via da conta de luz?",
            "Qual o prazo para recorrer?",
        ],
        [
            "O protocolo é {ref} e o atendimento é dia {when}.",
            "Número do processo {ref}, prazo até {when}.",
        ],
        "pt_BR",
    ),
    Lang(
        "fr",
        "fr_FR",
        "FR",
        lambda d: f"{d.day} {FR_M[d.month - 1]} {d.year}",
        "Bonjour, j'appelle pour ma tante, {n}, j'ai une procuration.",
        "Elle est née le {d}.",
        "Vous pouvez la joindre au {p}.",
        [
            "Mon père est en soins palliatifs, on voudrait accélérer le dossier.",
            "Mon fils est sous contrôle judiciaire et ne peut pas se déplacer.",
        ],
        [
            "Je voudrais un rendez-vous à la préfecture pour un titre de séjour.",
            "Quels sont les horaires de la CAF ?",
            "Comment déclarer un changement de situation ?",
            "Est-ce que la mairie prend les dossiers de carte d'identité sans rendez-vous ?",
        ],
        [
            "Numéro de dossier {ref}, convocation le {when}.",
            "La référence est {ref}, à rendre avant le {when}.",
        ],
        "fr_FR",
    ),
    Lang(
        "de",
        "de_DE",
        "DE",
        lambda d: f"{d.day}. {DE_M[d.month - 1]} {d.year}",
        "Guten Tag, ich rufe für meinen Vater an, {n}, ich habe die Vorsorgevollmacht.",
        "Er ist am {d} geboren.",
        "Erreichbar ist er unter {p}.",
        [
            "Meine Mutter ist seit dem Schlaganfall pflegebedürftig, Pflegegrad drei.",
            "Mein Bruder hat Privatinsolvenz angemeldet und traut sich nicht anzurufen.",
        ],
        [
            "Ich hätte gern einen Termin im Bürgeramt zur Ummeldung.",
            "Wie lange dauert die Bearbeitung beim Wohngeld?",
            "Bis wann hat die Zulassungsstelle heute geöffnet?",
            "Brauche ich für den Kinderzuschlag einen neuen Antrag?",
        ],
        [
            "Das Aktenzeichen ist {ref}, Termin am {when}.",
            "Vorgangsnummer {ref}, Frist bis {when}.",
        ],
        "de_DE",
    ),
    Lang(
        "it",
        "it_IT",
        "IT",
        lambda d: f"{d.day} {IT_M[d.month - 1]} {d.year}",
        "Buongiorno, chiamo per conto di mia nonna, {n}, ho la delega.",
        "È nata il {d}.",
        "Il suo cellulare è {p}.",
        [
            "Mia nonna ha una demenza senile e non riconosce più nessuno.",
            "Mio marito è in cassa integrazione e abbiamo debiti con l'Agenzia.",
        ],
        [
            "Vorrei prenotare per il rinnovo della carta d'identità elettronica.",
            "A che ora apre lo sportello INPS?",
            "Quali documenti servono per l'ISEE?",
            "Posso pagare il bollo online?",
        ],
        [
            "Il numero di pratica è {ref}, appuntamento il {when}.",
            "Protocollo {ref}, scadenza {when}.",
        ],
        None,
    ),
    Lang(
        "hi",
        "hi_IN",
        "IN",
        lambda d: f"{d.day}/{d.month}/{d.year}",
        "नमस्ते, मैं अपने पिताजी {n} की तरफ़ से बात कर रहा हूँ।",
        "उनकी जन्मतिथि {d} है।",
        "उनका नंबर {p} है।",
        ["पिताजी को कैंसर है, कीमोथेरेपी चल रही है।", "मेरी माँ का पिछले हफ़्ते देहांत हो गया, पेंशन का क्या होगा?"],
        [
            "राशन कार्ड में नाम जुड़वाने का तरीका बताइए।",
            "बिजली का बिल ऑनलाइन कैसे भरें?",
            "दफ़्तर कितने बजे तक खुला है?",
            "छात्रवृत्ति का फ़ॉर्म कब तक भरना है?",
        ],
        ["शिकायत संख्या {ref} है, अगली तारीख़ {when} है।", "मेरा आवेदन क्रमांक {ref} है, अंतिम तिथि {when}।"],
        "hi_IN",
    ),
    Lang(
        "ur",
        None,
        "PK",
        lambda d: f"{d.day}-{d.month}-{d.year}",
        "السلام علیکم، میں اپنی والدہ {n} کی طرف سے فون کر رہا ہوں۔",
        "ان کی تاریخ پیدائش {d} ہے۔",
        "ان کا نمبر {p} ہے۔",
        [
            "میری والدہ کو فالج ہوا ہے، وہ بول نہیں سکتیں۔",
            "میرے بھائی پر مقدمہ چل رہا ہے، ضمانت کی بات کرنی ہے۔",
        ],
        [
            "شناختی کارڈ کی تجدید کا طریقہ کیا ہے؟",
            "دفتر کتنے بجے بند ہوتا ہے؟",
            "بجلی کا بل کہاں جمع ہوگا؟",
            "پاسپورٹ کی فیس کتنی ہے؟",
        ],
        ["میرا ٹوکن نمبر {ref} ہے، تاریخ {when} ہے۔", "درخواست نمبر {ref}، آخری تاریخ {when}۔"],
        None,
    ),
    Lang(
        "ar_eg",
        "ar_EG",
        "EG",
        lambda d: _digits_to(f"{d.day}/{d.month}/{d.year}", "٠"),
        "أيوة، أنا بكلم عشان والدي {n}، هو كبير في السن.",
        "تاريخ ميلاده {d}.",
        "رقمه {p}.",
        [
            "بابا عنده فشل كلوي وبيعمل غسيل ثلاث مرات في الأسبوع.",
            "أخويا اتقبض عليه ومحتاجين نعرف ميعاد الجلسة.",
        ],
        [
            "عايز أعرف مواعيد مكتب التأمينات.",
            "إزاي أجدد رخصة العربية؟",
            "المكتب فاتح يوم السبت؟",
            "إيه الورق المطلوب للمعاش؟",
        ],
        ["رقم الطلب {ref} والميعاد يوم {when}.", "رقم الشكوى {ref}، آخر ميعاد {when}."],
        None,
    ),
    Lang(
        "ar_gulf",
        None,
        "AE",
        lambda d: f"{d.day}/{d.month}/{d.year}",
        "مرحبا، أتصل بالنيابة عن الوالدة {n}.",
        "مواليد {d}.",
        "رقمها {p}.",
        ["الوالد عنده سكري وضغط ودخل المستشفى أمس.", "ولدي عليه قضية شيك بدون رصيد."],
        [
            "أبي أعرف ساعات دوام مركز الخدمة.",
            "كم رسوم تجديد الإقامة؟",
            "هل أقدر أقدم الطلب أونلاين؟",
            "وين أقرب مركز تسجيل مركبات؟",
        ],
        ["رقم المعاملة {ref} والموعد {when}.", "رقم البلاغ {ref}، المهلة إلى {when}."],
        None,
    ),
    Lang(
        "zh",
        "zh_CN",
        "CN",
        lambda d: f"{d.year}年{d.month}月{d.day}日",
        "你好，我替我奶奶打的，她叫{n}。",
        "她是{d}出生的。",
        "她的手机号是{p}。",
        ["我爸爸得了肺癌，现在在住院化疗。", "我哥哥吸毒被强制戒毒了，家里想问问探视的事。"],
        [
            "请问社保卡丢了怎么补办？",
            "办事大厅周六上班吗？",
            "户口迁移需要带什么材料？",
            "请问养老金什么时候发？",
        ],
        ["我的受理编号是{ref}，预约在{when}。", "案件编号{ref}，截止日期{when}。"],
        "zh_CN",
    ),
    Lang(
        "ja",
        "ja_JP",
        "JP",
        lambda d: f"{d.year}年{d.month}月{d.day}日",
        "すみません、母の{n}の代わりにお電話しました。",
        "母の生年月日は{d}です。",
        "連絡先は{p}です。",
        ["父は認知症で、要介護4の認定を受けています。", "兄が借金を抱えて自己破産の手続き中です。"],
        [
            "マイナンバーカードの更新はどこでできますか。",
            "窓口は何時まで開いていますか。",
            "国民健康保険の手続きについて聞きたいです。",
            "予約なしでも行けますか。",
        ],
        ["受付番号は{ref}で、面談は{when}です。", "整理番号{ref}、期限は{when}です。"],
        "ja_JP",
    ),
    Lang(
        "ko",
        "ko_KR",
        "KR",
        lambda d: f"{d.year}년 {d.month}월 {d.day}일",
        "안녕하세요, 저희 아버지 {n} 대신 전화드렸어요.",
        "아버지 생년월일은 {d}이에요.",
        "연락처는 {p}입니다.",
        [
            "아버지가 치매 진단을 받으셔서 혼자 못 오세요.",
            "동생이 도박 빚 때문에 신용불량자가 됐어요.",
        ],
        [
            "주민센터 운영 시간이 어떻게 되나요?",
            "기초연금 신청은 어디서 하나요?",
            "온라인으로도 접수되나요?",
            "자동차 등록 이전은 며칠 걸리나요?",
        ],
        ["접수번호는 {ref}이고 상담은 {when}이에요.", "사건번호 {ref}, 기한은 {when}까지입니다."],
        "ko_KR",
    ),
    Lang(
        "ru",
        "ru_RU",
        "RU",
        lambda d: f"{d.day} {RU_M[d.month - 1]} {d.year} года",
        "Здравствуйте, я звоню за свою маму, {n}, у меня доверенность.",
        "Она родилась {d}.",
        "Её номер {p}.",
        [
            "У мамы онкология, четвёртая стадия.",
            "Мой сын под следствием, хочу узнать про свидание.",
        ],
        [
            "Подскажите, как записаться в МФЦ?",
            "Какие документы нужны для замены паспорта?",
            "До скольки работает отделение соцзащиты?",
            "Можно подать заявление через Госуслуги?",
        ],
        ["Номер обращения {ref}, приём назначен на {when}.", "Номер дела {ref}, срок до {when}."],
        "ru_RU",
    ),
    Lang(
        "uk",
        "uk_UA",
        "UA",
        lambda d: _num(d, "."),
        "Добрий день, телефоную за свого дідуся, {n}.",
        "Дата народження {d}.",
        "Його номер {p}.",
        [
            "Мій брат загинув на фронті, я оформлюю документи для його дітей.",
            "Мама після інсульту, лежача, потрібна допомога.",
        ],
        [
            "Як отримати довідку про статус переселенця?",
            "Чи працює ЦНАП у суботу?",
            "Які документи потрібні для субсидії?",
            "Можна записатися онлайн?",
        ],
        ["Номер звернення {ref}, прийом {when}.", "Номер справи {ref}, термін до {when}."],
        "uk_UA",
    ),
    Lang(
        "ro",
        "ro_RO",
        "RO",
        lambda d: _num(d, "."),
        "Bună ziua, sun pentru tatăl meu, {n}.",
        "S-a născut pe {d}.",
        "Numărul lui e {p}.",
        [
            "Tata are ciroză și e internat de o lună.",
            "Fratele meu are o condamnare cu suspendare și vrea să plece din țară.",
        ],
        [
            "Cum fac programare pentru buletin?",
            "Până la ce oră e deschis ghișeul?",
            "Ce acte trebuie pentru alocație?",
            "Se poate depune cererea online?",
        ],
        [
            "Numărul de înregistrare e {ref}, programarea pe {when}.",
            "Dosarul {ref}, termen {when}.",
        ],
        "ro_RO",
    ),
    Lang(
        "id",
        "id_ID",
        "ID",
        lambda d: _num(d, "-"),
        "Halo, saya telepon mewakili ibu saya, {n}.",
        "Tanggal lahirnya {d}.",
        "Nomor HP-nya {p}.",
        [
            "Ibu saya kena stroke dan sekarang tidak bisa bicara.",
            "Suami saya terjerat pinjol dan ditagih terus.",
        ],
        [
            "Bagaimana cara mengurus KTP yang hilang?",
            "Kantor Dukcapil buka hari Sabtu?",
            "Syarat BPJS untuk bayi baru lahir apa saja?",
            "Bisa daftar online?",
        ],
        ["Nomor antrean {ref}, jadwalnya {when}.", "Nomor tiket {ref}, batas waktu {when}."],
        "id_ID",
    ),
    Lang(
        "sw",
        "sw",
        "KE",
        lambda d: _num(d),
        "Habari, napiga simu kwa niaba ya mama yangu, {n}.",
        "Alizaliwa tarehe {d}.",
        "Namba yake ni {p}.",
        [
            "Mama yangu ana kisukari na amelazwa hospitalini.",
            "Kaka yangu amefungwa na tunataka kujua tarehe ya kesi.",
        ],
        [
            "Ofisi ya Huduma inafunguliwa saa ngapi?",
            "Nahitaji nyaraka gani kwa kitambulisho kipya?",
            "Naweza kulipa bili ya maji kwa simu?",
            "Fomu ya ufadhili inapatikana wapi?",
        ],
        [
            "Namba ya kumbukumbu ni {ref}, miadi ni {when}.",
            "Namba ya kesi {ref}, mwisho ni {when}.",
        ],
        None,
    ),
    Lang(
        "zu",
        "zu_ZA",
        "ZA",
        lambda d: _num(d),
        "Sawubona, ngishayela egameni likamama wami, {n}.",
        "Wazalwa ngo-{d}.",
        "Inombolo yakhe ngu-{p}.",
        [
            "Umama unesifo sikashukela futhi akakwazi ukuhamba.",
            "Ubaba ushonile ngesonto eledlule, sifuna imali yomngcwabo.",
        ],
        [
            "Ihhovisi le-SASSA livulwa nini?",
            "Ngidinga maphi amaphepha okufaka isicelo?",
            "Ngingakwazi ukufaka isicelo ku-inthanethi?",
            "Isikhathi sokulinda side kangakanani?",
        ],
        [
            "Inombolo yereferensi ngu-{ref}, usuku ngu-{when}.",
            "Inombolo yecala ngu-{ref}, umnqamulajuqu ngu-{when}.",
        ],
        "zu_ZA",
    ),
    Lang(
        "th",
        "th_TH",
        "TH",
        lambda d: f"{d.day} {TH_M[d.month - 1]} {d.year + 543}",
        "สวัสดีค่ะ โทรแทนคุณแม่ค่ะ ชื่อ{n}",
        "คุณแม่เกิดวันที่ {d}",
        "เบอร์ของท่านคือ {p}",
        ["คุณพ่อเป็นมะเร็งตับ ตอนนี้นอนโรงพยาบาลอยู่ค่ะ", "น้องชายติดยาเสพติด กำลังบำบัดอยู่"],
        [
            "สำนักงานเขตเปิดกี่โมงคะ",
            "ต่อบัตรประชาชนต้องใช้เอกสารอะไรบ้าง",
            "จองคิวออนไลน์ได้ไหม",
            "เบี้ยผู้สูงอายุจ่ายวันไหนคะ",
        ],
        ["เลขที่คำร้อง {ref} นัดวันที่ {when}", "เลขคดี {ref} กำหนดส่ง {when}"],
        "th_TH",
    ),
    Lang(
        "km",
        None,
        "KH",
        lambda d: f"ថ្ងៃទី {d.day} ខែ {d.month} ឆ្នាំ {d.year}",
        "ជម្រាបសួរ ខ្ញុំទូរស័ព្ទជំនួសម្តាយខ្ញុំ ឈ្មោះ {n}។",
        "គាត់កើតនៅ {d}។",
        "លេខទូរស័ព្ទគាត់គឺ {p}។",
        ["ម្តាយខ្ញុំមានជំងឺទឹកនោមផ្អែម ហើយកំពុងសម្រាកពេទ្យ។", "ប្អូនប្រុសខ្ញុំជាប់គុក យើងចង់ដឹងពីការកាត់ក្តី។"],
        [
            "ការិយាល័យបើកម៉ោងប៉ុន្មាន?",
            "ត្រូវការឯកសារអ្វីខ្លះសម្រាប់អត្តសញ្ញាណប័ណ្ណ?",
            "អាចដាក់ពាក្យតាមអនឡាញបានទេ?",
            "ថ្លៃសេវាប៉ុន្មាន?",
        ],
        ["លេខសំណុំរឿង {ref} ណាត់ថ្ងៃ {when}។", "លេខយោង {ref} ផុតកំណត់ {when}។"],
        None,
    ),
    Lang(
        "my",
        None,
        "MM",
        lambda d: _digits_to(f"{d.year} ခုနှစ် {d.month} လ {d.day} ရက်", "၀"),
        "မင်္ဂလာပါ၊ ကျွန်တော့်အမေ {n} ကိုယ်စား ဖုန်းဆက်တာပါ။",
        "အမေ့မွေးနေ့က {d} ပါ။",
        "အမေ့ဖုန်းနံပါတ်က {p} ပါ။",
        ["အဖေက ဆီးချိုရောဂါရှိပြီး ဆေးရုံတက်နေပါတယ်။", "အစ်ကိုက အကြွေးတွေများပြီး တရားစွဲခံထားရတယ်။"],
        ["ရုံးက ဘယ်အချိန်ဖွင့်လဲ။", "မှတ်ပုံတင်အသစ်လုပ်ဖို့ ဘာစာရွက်တွေလိုလဲ။", "အွန်လိုင်းကနေ လျှောက်လို့ရလား။", "ဝန်ဆောင်ခ ဘယ်လောက်လဲ။"],
        ["လျှောက်လွှာနံပါတ် {ref}၊ ချိန်းဆိုရက် {when}။", "အမှုနံပါတ် {ref}၊ နောက်ဆုံးရက် {when}။"],
        None,
    ),
    Lang(
        "mn",
        None,
        "MN",
        lambda d: f"{d.year} оны {d.month}-р сарын {d.day}",
        "Сайн байна уу, би ээжийнхээ өмнөөс залгаж байна, нэр нь {n}.",
        "Ээж {d}-нд төрсөн.",
        "Утасны дугаар нь {p}.",
        [
            "Аав маань элэгний хорт хавдартай, эмнэлэгт хэвтэж байгаа.",
            "Ах маань архинд донтсон, эмчилгээнд хамрагдаж байгаа.",
        ],
        [
            "Хэдэн цагаас ажиллах вэ?",
            "Иргэний үнэмлэх солиход ямар бичиг баримт хэрэгтэй вэ?",
            "Онлайнаар өргөдөл өгч болох уу?",
            "Тэтгэвэр хэзээ орох вэ?",
        ],
        ["Өргөдлийн дугаар {ref}, уулзалт {when}.", "Хэргийн дугаар {ref}, эцсийн хугацаа {when}."],
        None,
    ),
    Lang(
        "sq",
        None,
        "AL",
        lambda d: _num(d, "."),
        "Përshëndetje, po telefonoj për nënën time, {n}.",
        "Ka lindur më {d}.",
        "Numri i saj është {p}.",
        [
            "Babai ka kancer dhe po bën kimioterapi në Tiranë.",
            "Vëllai im është në burg dhe duam të dimë për seancën.",
        ],
        [
            "Në çfarë ore hapet zyra?",
            "Çfarë dokumentesh duhen për pasaportën?",
            "A mund të aplikoj online në e-Albania?",
            "Sa kushton certifikata?",
        ],
        [
            "Numri i aplikimit është {ref}, takimi më {when}.",
            "Numri i çështjes {ref}, afati {when}.",
        ],
        None,
    ),
    Lang(
        "mk",
        "mk_MK",
        "MK",
        lambda d: _num(d, "."),
        "Добар ден, се јавувам во име на мојот татко, {n}.",
        "Роден е на {d}.",
        "Неговиот број е {p}.",
        [
            "Татко ми има Алцхајмерова болест и не може сам да дојде.",
            "Брат ми е во притвор, сакаме да знаеме за судењето.",
        ],
        [
            "До кога работи шалтерот?",
            "Кои документи се потребни за лична карта?",
            "Може ли да се закаже онлајн?",
            "Колку чини таксата?",
        ],
        ["Бројот на предметот е {ref}, терминот е на {when}.", "Референца {ref}, рок до {when}."],
        "mk_MK",
    ),
    Lang(
        "kn",
        None,
        "IN",
        lambda d: f"{d.day}-{d.month}-{d.year}",
        "ನಮಸ್ಕಾರ, ನಾನು ನನ್ನ ತಾಯಿ {n} ಅವರ ಪರವಾಗಿ ಕರೆ ಮಾಡುತ್ತಿದ್ದೇನೆ.",
        "ಅವರ ಜನ್ಮ ದಿನಾಂಕ {d}.",
        "ಅವರ ನಂಬರ್ {p}.",
        ["ಅಮ್ಮನಿಗೆ ಕ್ಯಾನ್ಸರ್ ಇದೆ, ಕೀಮೋ ನಡೆಯುತ್ತಿದೆ.", "ನನ್ನ ತಮ್ಮ ಸಾಲದಲ್ಲಿ ಮುಳುಗಿದ್ದಾನೆ, ಕೋರ್ಟ್ ನೋಟಿಸ್ ಬಂದಿದೆ."],
        [
            "ಕಚೇರಿ ಎಷ್ಟು ಗಂಟೆಗೆ ತೆರೆಯುತ್ತದೆ?",
            "ಪಡಿತರ ಚೀಟಿಗೆ ಯಾವ ದಾಖಲೆಗಳು ಬೇಕು?",
            "ಆನ್‌ಲೈನ್‌ನಲ್ಲಿ ಅರ್ಜಿ ಹಾಕಬಹುದೇ?",
            "ವಿದ್ಯುತ್ ಬಿಲ್ ಎಲ್ಲಿ ಕಟ್ಟಬೇಕು?",
        ],
        ["ಅರ್ಜಿ ಸಂಖ್ಯೆ {ref}, ದಿನಾಂಕ {when}.", "ದೂರು ಸಂಖ್ಯೆ {ref}, ಕೊನೆಯ ದಿನ {when}."],
        None,
    ),
    Lang(
        "te",
        None,
        "IN",
        lambda d: f"{d.day}/{d.month}/{d.year}",
        "నమస్కారం, నేను మా నాన్నగారు {n} తరపున ఫోన్ చేస్తున్నాను.",
        "ఆయన పుట్టిన తేదీ {d}.",
        "ఆయన నంబర్ {p}.",
        ["నాన్నగారికి గుండె జబ్బు, ఆపరేషన్ అయింది.", "మా అన్నయ్య మీద కేసు నడుస్తోంది, బెయిల్ గురించి అడగాలి."],
        [
            "ఆఫీసు ఎన్ని గంటలకు తెరుస్తారు?",
            "పెన్షన్ కోసం ఏ పత్రాలు కావాలి?",
            "ఆన్‌లైన్‌లో దరఖాస్తు చేయవచ్చా?",
            "రేషన్ కార్డు ఎప్పుడు వస్తుంది?",
        ],
        ["దరఖాస్తు సంఖ్య {ref}, తేదీ {when}.", "ఫిర్యాదు సంఖ్య {ref}, గడువు {when}."],
        None,
    ),
    Lang(
        "gu",
        "gu_IN",
        "IN",
        lambda d: f"{d.day}-{d.month}-{d.year}",
        "નમસ્તે, હું મારા દાદા {n} વતી ફોન કરું છું.",
        "તેમની જન્મ તારીખ {d} છે.",
        "તેમનો નંબર {p} છે.",
        [
            "દાદાને ડાયાબિટીસ છે અને પગમાં ગેંગરીન થયું છે.",
            "મારા કાકાનું ગયા મહિને અવસાન થયું, પેન્શન બંધ કરાવવાનું છે.",
        ],
        [
            "ઓફિસ કેટલા વાગ્યે ખુલે છે?",
            "રેશન કાર્ડ માટે કયા દસ્તાવેજો જોઈએ?",
            "ઓનલાઇન અરજી થઈ શકે?",
            "લાઇટ બિલ ક્યાં ભરવું?",
        ],
        ["અરજી નંબર {ref}, તારીખ {when}.", "ફરિયાદ નંબર {ref}, છેલ્લી તારીખ {when}."],
        None,
    ),
]

# --------------------------------------------------------------------- shapes
CONTENT_KEYS = [
    "lk.user_transcript",
    "transcript",
    "gen_ai.input.messages",
    "input.value",
    "lk.chat_ctx",
    "stt.response",
    "llm.input_messages.1.message.content",
    "gen_ai.prompt.1.content",
    "text",
    "interpreter.rendered_text",
]
TOOL_KEYS = [
    ("gen_ai.tool.call.arguments", "attribute"),
    ("gen_ai.tool.call.result", "attribute"),
    ("lk.function_tool.arguments", "attribute"),
    ("lk.function_tool.output", "attribute"),
    ("tool.arguments", "event"),
    ("tool.result", "event"),
]

rows: list[dict[str, Any]] = []
_shape_i = [0]


def add(cls: str, site: str, key: str, value: Any, kinds: list[str]) -> None:
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


def say(cls: str, text: str, kinds: list[str]) -> None:
    """A spoken or written turn, put in one of the trace shapes content takes."""
    i = _shape_i[0] % len(CONTENT_KEYS)
    _shape_i[0] += 1
    key = CONTENT_KEYS[i]
    site = "event" if key in ("transcript", "text") else "attribute"
    value: Any = text
    if key == "gen_ai.input.messages":
        value = json.dumps(
            [
                {"role": "system", "content": "You answer calls for a public service desk."},
                {"role": "user", "content": text},
            ],
            ensure_ascii=False,
        )
    elif key == "input.value":
        value = json.dumps(
            {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": text}]},
            ensure_ascii=False,
        )
    elif key == "lk.chat_ctx":
        value = [json.dumps({"role": "user", "content": [text]}, ensure_ascii=False)]
    elif key == "stt.response":
        value = json.dumps(
            {
                "results": {
                    "channels": [
                        {
                            "alternatives": [
                                {"transcript": text, "confidence": round(R.uniform(0.8, 0.99), 2)}
                            ]
                        }
                    ]
                }
            },
            ensure_ascii=False,
        )
    add(cls, site, key, value, kinds)


def tool(cls: str, payload: Any, kinds: list[str], wrap: str = "json") -> None:
    key, site = TOOL_KEYS[len(rows) % len(TOOL_KEYS)]
    body = json.dumps(payload, ensure_ascii=False)
    if wrap == "nested":
        body = json.dumps({"status": "ok", "body": body}, ensure_ascii=False)
    elif wrap == "b64":
        body = json.dumps({"encoding": "base64", "data": base64.b64encode(body.encode()).decode()})
    elif wrap == "form":
        body = urllib.parse.urlencode({k: str(v) for k, v in payload.items()})
    add(cls, site, key, body, kinds)


def luhn_id() -> str:
    b = "4" + digits(14)
    return b + luhn.calc_check_digit(b)


def nino() -> str:
    first, second = "ABCEGHJKLMNPRSTWXYZ", "ABCEGHJKLMNPRSTWXYZ"
    while (p := R.choice(first) + R.choice(second)) in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
        pass
    return f"{p} {digits(2)} {digits(2)} {digits(2)} {R.choice('ABCD')}"


def ref() -> str:
    return R.choice(
        [
            lambda: (
                f"{R.choice(['CAS', 'REF', 'CLM', 'APP', 'TKT'])}-{R.randrange(2024, 2027)}-{digits(6)}"
            ),
            lambda: digits(8),
            lambda: f"{R.choice(string.ascii_uppercase)}{digits(3)}/{R.randrange(20, 27)}",
            lambda: f"№ {digits(5)}-{digits(2)}",
        ]
    )()


def when(lang: Lang) -> str:
    d = dt.date(2026, 1, 5) + dt.timedelta(days=R.randrange(700))
    return lang.date(d)


# ------------------------------------------------------------ positive content
for L in LANGS:
    tag = L.code
    n = L.name()
    say(f"pos.free_text.proxy_name.{tag}", L.rel.format(n=n), ["name"])
    d = birth()
    kinds = ["dob"]
    text = L.dob.format(d=L.date(d))
    if R.random() < 0.5:
        text = L.rel.format(n=L.name()) + " " + text
        kinds.append("name")
    say(f"pos.free_text.proxy_dob.{tag}", text, kinds)
    say(
        f"pos.free_text.proxy_phone.{tag}",
        L.ph.format(p=phone(L.region, R.choice(["national", "intl"]))),
        ["phone"],
    )
    say(f"pos.free_text.sensitive.{tag}", L.sens[0], ["sensitive"])
    say(f"pos.free_text.sensitive.{tag}", L.sens[1], ["sensitive"])

# Identifiers said aloud, each in its own country's scheme and language.
ID_SAY = {
    "en_in": ("IN", "His Aadhaar number is {i}."),
    "hi": ("IN_PAN", "पिताजी का पैन नंबर {i} है।"),
    "pt_br": ("BR", "O CPF dela é {i}."),
    "es": ("ES", "El DNI de mi madre es {i}."),
    "fr": ("FR", "Son numéro de sécu, c'est {i}."),
    "de": ("DE", "Seine Steuer-ID lautet {i}."),
    "it": ("IT", "Il codice fiscale della nonna è {i}."),
    "zh": ("CN", "她的身份证号是{i}。"),
    "ko": ("KR", "아버지 주민등록번호는 {i}입니다."),
    "ja": ("JP", "母のマイナンバーは{i}です。"),
    "ru": ("RU", "ИНН мамы {i}."),
    "uk": ("UA", "РНОКПП дідуся {i}."),
    "ro": ("RO", "CNP-ul tatălui meu este {i}."),
    "id": ("ID", "NIK ibu saya {i}."),
    "zu": ("ZA", "Inombolo kamazisi kamama ngu-{i}."),
    "th": ("TH", "เลขบัตรประชาชนของคุณแม่คือ {i}"),
    "ur": ("PK", "والدہ کا شناختی کارڈ نمبر {i} ہے۔"),
    "es_mx": ("MX", "La CURP de mi abuelito es {i}."),
}
for L in LANGS:
    if L.code in ID_SAY:
        cc, t = ID_SAY[L.code]
        say(f"pos.free_text.proxy_national_id.{L.code}", t.format(i=nid(cc)), ["national_id"])

# Professionals calling for a client: solicitors, social workers, attorneys.
for _ in range(4):
    f = fk("en_GB")
    say(
        "pos.free_text.solicitor.en",
        f"I'm the duty solicitor for Mr {f.last_name()}, he's been charged with assault and is on remand; I need the probation officer's callback.",
        ["name", "sensitive"],
    )
for _ in range(4):
    f = fk("en_US")
    d = child_birth()
    say(
        "pos.free_text.social_worker.en",
        f"Social worker here about {f.first_name()} {f.last_name()}, a child in foster care, date of birth {d.month}/{d.day}/{d.year}.",
        ["dob", "name", "sensitive"],
    )
for _ in range(3):
    f = fk("en_US")
    say(
        "pos.free_text.power_of_attorney.en",
        f"I hold power of attorney for {f.name()}; please update the mailing address to {address('en_US')}.",
        ["address", "name"],
    )

# Child born recently, parent calling a school or clinic (English variants).
for _ in range(4):
    c = fk("en_GB").first_name_male()
    d = child_birth()
    say(
        "pos.free_text.parent_for_child.en",
        f"I'm calling about my son {c} {fk('en_GB').last_name()}, he's in year {R.randrange(3, 11)}; his birthday is {d.day:02d}/{d.month:02d}/{d.year}.",
        ["dob", "name"],
    )

# Interpreter / relay operator in the middle.
for _ in range(6):
    L = R.choice(LANGS)
    n = L.name()
    say(
        "pos.free_text.relay_operator",
        f"[Relay operator, session RS-{digits(6)}] The caller types: my name is {n}, my address is {address(R.choice(['en_US', 'en_GB', 'en_AU']))}. GA",
        ["address", "name"],
    )
for _ in range(4):
    say(
        "pos.free_text.interpreter.es",
        f"Interpreter: She says her husband, {fk('es_MX').name()}, was detained by immigration on Tuesday and has asthma.",
        ["name", "sensitive"],
    )

# Addresses said in local formats.
for loc in [
    "en_US",
    "en_GB",
    "en_AU",
    "es_ES",
    "pt_BR",
    "fr_FR",
    "de_DE",
    "ru_RU",
    "uk_UA",
    "ro_RO",
    "id_ID",
    "zu_ZA",
    "th_TH",
    "mk_MK",
    "ja_JP",
    "ko_KR",
    "zh_CN",
    "hi_IN",
]:
    lead = {
        "en": "Please send the forms to my mother at ",
        "es": "Mándelo a casa de mi padre: ",
        "pt": "O endereço da minha avó é ",
        "fr": "L'adresse de mon fils est ",
        "de": "Die Adresse meines Vaters: ",
        "ru": "Адрес моей мамы: ",
        "uk": "Адреса бабусі: ",
        "ro": "Adresa mamei mele este ",
        "id": "Alamat ibu saya ",
        "zu": "Ikheli likababa ngu-",
        "th": "ที่อยู่ของคุณยายคือ ",
        "mk": "Адресата на баба ми е ",
        "ja": "祖母の住所は",
        "ko": "어머니 주소는 ",
        "zh": "我妈妈的地址是",
        "hi": "माँ का पता है ",
    }[loc[:2]]
    say(f"pos.free_text.proxy_address.{loc}", lead + address(loc), ["address"])

# Neighbour reporting / police non-emergency with a third party named.
for _ in range(5):
    f = fk("en_US")
    say(
        "pos.free_text.neighbour_report",
        f"I want to report my neighbour {f.first_name()} {f.last_name()} at {address('en_US')}, he's been shouting and I think he's drinking again.",
        ["address", "name", "sensitive"],
    )

# Employer calling about an employee.
for _ in range(4):
    f = fk("en_GB")
    say(
        "pos.free_text.employer",
        f"This is HR at a logistics firm; our employee {f.name()} has been signed off with depression, their NI number is {nino()}.",
        ["name", "national_id", "sensitive"],
    )

# ------------------------------------------------------------ tool payloads
ID_COUNTRIES = [
    "IN",
    "IN_PAN",
    "BR",
    "ES",
    "FR",
    "DE",
    "IT",
    "CN",
    "KR",
    "JP",
    "RU",
    "UA",
    "RO",
    "ID",
    "ZA",
    "TH",
    "PK",
    "MX",
]
for cc in ID_COUNTRIES:
    f = fk(
        {
            "IN": "en_IN",
            "IN_PAN": "hi_IN",
            "BR": "pt_BR",
            "ES": "es_ES",
            "FR": "fr_FR",
            "DE": "de_DE",
            "IT": "it_IT",
            "CN": "zh_CN",
            "KR": "ko_KR",
            "JP": "ja_JP",
            "RU": "ru_RU",
            "UA": "uk_UA",
            "RO": "ro_RO",
            "ID": "id_ID",
            "ZA": "zu_ZA",
            "TH": "th_TH",
            "PK": "en_PK",
            "MX": "es_MX",
        }[cc]
    )
    tool(
        f"pos.tool_payload.benefit_case.{cc.lower()}",
        {
            "action": "lookup_claimant",
            "on_behalf_of": f.name(),
            "id_number": nid(cc),
            "relationship": R.choice(["mother", "father", "client", "ward"]),
        },
        ["name", "national_id"],
        R.choice(["json", "json", "nested"]),
    )
for cc in ["IN", "BR", "ES", "RO", "ZA", "TH", "KR", "CN"]:
    add(
        f"pos.value.national_id.{cc.lower()}",
        "attribute",
        R.choice(
            ["claimant.national_id", "applicant.id_number", "citizen.id", "beneficiary.document"]
        ),
        nid(cc),
        ["national_id"],
    )

for _ in range(16):
    L = R.choice(LANGS)
    d = birth()
    tool(
        "pos.tool_payload.case_record",
        {
            "case_id": ref(),
            "subject": {"name": L.name(), "dob": d.isoformat()},
            "caller_role": R.choice(
                ["carer", "social_worker", "solicitor", "daughter", "power_of_attorney"]
            ),
            "notes": R.choice(["requests home visit", "needs interpreter", "prefers letters"]),
        },
        ["dob", "name"],
        R.choice(["json", "nested", "b64"]),
    )

for _ in range(16):
    tool(
        "pos.tool_payload.benefit_payment",
        {
            "claimant_ref": ref(),
            "payee": R.choice(["appointee", "claimant"]),
            "bank": bank_account(),
        },
        ["bank_account"],
        R.choice(["json", "nested"]),
    )
for _ in range(4):
    add(
        "pos.value.bank_account",
        "attribute",
        R.choice(["payee.bank_details", "refund.account"]),
        bank_account(),
        ["bank_account"],
    )

for cc in ["DE", "GB", "RO", "AL", "MK", "UA", "FR", "ES", "IT", "PK", "AE", "BR"]:
    tool(
        f"pos.tool_payload.refund_iban.{cc.lower()}",
        {"refund_to": iban(cc, R.random() < 0.5), "reason": "overpaid utility deposit"},
        ["iban"],
        R.choice(["json", "form"]),
    )
for cc in ["DE", "GB", "RO", "AL", "UA"]:
    say(
        f"pos.free_text.iban.{cc.lower()}",
        f"My mother's IBAN is {iban(cc, True).lower() if R.random() < 0.3 else iban(cc, True)}, the pension goes there.",
        ["iban"],
    )

for _ in range(10):
    tool(
        "pos.tool_payload.collections_payment",
        {
            "debtor_ref": ref(),
            "amount": round(R.uniform(20, 900), 2),
            "card_number": card(),
            "exp": f"{R.randrange(1, 13):02d}/{R.randrange(27, 31)}",
        },
        ["card"],
        R.choice(["json", "nested", "b64"]),
    )
for _ in range(6):
    say(
        "pos.free_text.card_for_parent",
        f"I'll pay my dad's water bill with my card, it's {card()}, expiry {R.randrange(1, 13):02d}/{R.randrange(27, 31)}.",
        ["card"],
    )

for _ in range(10):
    f = fk("en_US")
    tool(
        "pos.tool_payload.ssa_representative",
        {"beneficiary": f.name(), "ssn": ssn(), "representative_payee": fk("en_US").name()},
        ["name", "ssn"],
        R.choice(["json", "form"]),
    )
for _ in range(6):
    s = ssn()
    say(
        "pos.free_text.ssn_for_parent",
        R.choice(
            [
                f"His social is {s}.",
                f"Her Social Security number is {s.replace('-', ' ')}.",
                f"SSN {s.replace('-', '')} for my father.",
            ]
        ),
        ["ssn"],
    )

for _ in range(10):
    L = R.choice(LANGS[:10])
    n = L.name()
    tool(
        "pos.tool_payload.school_contact",
        {
            "student": n,
            "guardian_email": email(fk("en_US").name()),
            "reason": R.choice(["absence", "trip consent", "parents evening"]),
        },
        ["email", "name"],
        "json",
    )
for _ in range(6):
    say(
        "pos.free_text.email_for_client",
        f"Please email the decision to the client's daughter at {email(fk('en_GB').name())} instead.",
        ["email"],
    )

for _ in range(8):
    tool(
        "pos.tool_payload.reminder_target",
        {
            "campaign": R.choice(["flu_recall", "mot_reminder", "appointment"]),
            "to": phone(R.choice(["US", "GB", "IN", "BR", "DE"]), "e164"),
            "template": "reminder_v3",
        },
        ["phone"],
        R.choice(["json", "form"]),
    )
for _ in range(8):
    add(
        "pos.value.caller_number",
        R.choice(["attribute", "event"]),
        R.choice(["sip.from", "twilio.from", "telephony.caller.number", "call.to"]),
        phone(R.choice(["US", "GB", "MX", "PK", "KE", "TH"]), "e164"),
        ["phone"],
    )
add(
    "pos.value.caller_number_int",
    "attribute",
    "phone.number",
    int(phone("US", "e164")[1:]),
    ["phone"],
)

for _ in range(18):
    a = ip()
    k = R.choice(
        [
            ("attribute", "http.request.header.x-forwarded-for", f"{a}, 10.0.3.7"),
            ("attribute", "client.address", a),
            ("status", "status.description", f"rate limited client {a} on /benefits/status"),
            (
                "event",
                "webrtc.remote.candidate",
                f"candidate:1 1 udp 1686052607 {a} {R.randrange(40000, 60000)} typ srflx",
            ),
            ("event", "access.log", f'{a} - - "POST /api/v1/reminders/optout HTTP/1.1" 200'),
        ]
    )
    add("pos.value.client_ip", k[0], k[1], k[2], ["ip"])

for _ in range(18):
    s = secret()
    k = R.choice(
        [
            ("attribute", "http.request.header.authorization", f"Bearer {s}"),
            ("resource", "integration.case_system.token", s),
            (
                "attribute",
                "db.connection_string",
                f"postgresql://caseworker:{tok(14)}@db.internal:5432/cases",
            ),
            ("status", "status.description", f"401 from CRM using key {s}"),
            ("attribute", "webhook.url", f"https://hooks.example.com/notify?token={s}"),
        ]
    )
    add("pos.value.secret", k[0], k[1], k[2], ["secret"])
for _ in range(3):
    tool("pos.tool_payload.secret", {"integration": "case_api", "api_key": secret()}, ["secret"])

for _ in range(6):
    add(
        "pos.value.sensitive_flags",
        "attribute",
        R.choice(["case.notes", "caller.vulnerability"]),
        R.choice(
            [
                "caller's son died in custody last year; handle gently",
                "client is undocumented and afraid of deportation",
                "mother has terminal lung cancer, appointee arrangement",
                "caller in recovery from opioid addiction",
                "caller disclosed he is gay and fears his family",
                "client converted to Christianity, at risk if returned",
            ]
        ),
        ["sensitive"],
    )
for _ in range(6):
    f = fk(R.choice(["en_US", "en_GB", "de_DE", "fr_FR"]))
    add(
        "pos.value.name",
        "attribute",
        R.choice(["caller.on_behalf_of", "case.subject_name", "contact.name", "ward.full_name"]),
        f.name(),
        ["name"],
    )
for _ in range(5):
    add(
        "pos.value.dob",
        "attribute",
        R.choice(["subject.birth_date", "patient.dob", "client.geburtsdatum"]),
        birth().isoformat(),
        ["dob"],
    )
for _ in range(4):
    add(
        "pos.value.email",
        "attribute",
        R.choice(["contact.email", "guardian.email", "user.email"]),
        email(fk("en_US").name()),
        ["email"],
    )
for _ in range(4):
    add(
        "pos.value.address",
        "attribute",
        R.choice(["subject.address", "delivery.address"]),
        address(R.choice(["en_US", "en_GB", "de_DE", "fr_FR"])),
        ["address"],
    )

# Consent / opt-out records holding the person's number.
for _ in range(5):
    tool(
        "pos.tool_payload.optout_record",
        {
            "msisdn": phone(R.choice(["GB", "US", "ZA"]), "e164"),
            "opt_out": True,
            "channel": R.choice(["sms", "voice"]),
            "recorded_by": "ivr",
        },
        ["phone"],
    )

# -------------------------------------------------------------- clean content
for L in LANGS:
    for c in L.clean:
        say(f"neg.free_text.public_service.{L.code}", c, [])
AGENT_REPLIES = [
    "Thanks for holding. The office is open nine to five on weekdays.",
    "I can help with that. Do you have your reference letter to hand?",
    "The survey has five questions and takes about two minutes.",
    "This is a reminder that your appointment is tomorrow morning.",
    "You've been removed from our call list. Have a good day.",
    "I'll transfer you to the housing repairs team now.",
    "Please note this call may be recorded for training purposes.",
    "Press one to confirm your delivery slot, or two to rebook.",
]
for i, t in enumerate(AGENT_REPLIES):
    k = ["lk.response.text", "gen_ai.output.messages", "tts.input_text", "output.value"][i % 4]
    add(
        "neg.free_text.agent_reply.en",
        "attribute",
        k,
        json.dumps([{"role": "assistant", "content": t}]) if k == "gen_ai.output.messages" else t,
        [],
    )
for q in [
    "On a scale of one to five, how satisfied were you with the council's bin collection?",
    "Would you vote for the incumbent if the election were held tomorrow?",
    "Do you think the new bus lane has improved your commute?",
    "How likely are you to recommend our clinic to a friend?",
]:
    say("neg.free_text.survey_question", q, [])
for _ in range(12):
    tool(
        "neg.tool_payload.service_lookup",
        R.choice(
            [
                {"office": "Benefits Centre North", "open": "09:00", "close": "17:00"},
                {"slots": ["2026-03-02T09:30", "2026-03-02T10:00"], "service": "passport_renewal"},
                {
                    "form": R.choice(["SA100", "DS-11", "I-130", "W-4", "P60"]),
                    "status": "available",
                },
                {"wait_minutes": R.randrange(2, 40), "queue": "immigration"},
                {"delivery_window": "14:00-16:00", "parcel_count": 2},
            ]
        ),
        [],
    )

# --------------------------------------------------------------- hard negatives
for L in LANGS:
    for h in L.hard:
        say(f"neg.free_text.case_reference.{L.code}", h.format(ref=ref(), when=when(L)), [])
for _ in range(12):
    add(
        "neg.value.case_number",
        R.choice(["attribute", "event"]),
        R.choice(
            [
                "case.id",
                "claim.reference",
                "ticket.number",
                "court.case_number",
                "visa.application_id",
            ]
        ),
        R.choice([ref(), int(digits(9)), luhn_id()]),
        [],
    )
for _ in range(10):
    add(
        "neg.value.org_contact",
        R.choice(["attribute", "resource"]),
        R.choice(
            ["org.switchboard", "agency.phone", "trunk.caller_id", "service.published_number"]
        ),
        R.choice(
            [
                "+1 202-555-0199",
                "+44 20 7946 0000",
                "+44 808 157 0000",
                "+33 1 99 00 00 00",
                "1-800-555-0100",
            ]
        ),
        [],
    )
for _ in range(6):
    add(
        "neg.value.org_address",
        "resource",
        R.choice(["agency.office_address", "org.address"]),
        R.choice(
            [
                "Benefits Centre, PO Box 1000, Example City",
                "Department of Motor Vehicles, 1 Government Plaza",
                "Mairie annexe, guichet 3",
                "Bürgeramt Mitte, Raum 104",
            ]
        ),
        [],
    )
for _ in range(8):
    add(
        "neg.value.statute",
        "attribute",
        R.choice(["case.legal_basis", "form.regulation"]),
        R.choice(
            [
                "42 U.S.C. § 1382",
                "Section 8 Housing Act 1988",
                "Art. 6 GDPR",
                "§ 31 SGB II",
                "Reg. (EU) 2016/679",
                "8 CFR 214.2(h)",
                "Article L. 262-2 CASF",
                "Mental Health Act 1983 s.2",
            ]
        ),
        [],
    )
for _ in range(8):
    add(
        "neg.value.appointment_date",
        R.choice(["attribute", "event"]),
        R.choice(["appointment.at", "hearing.date", "deadline", "reminder.scheduled_for"]),
        (dt.date(2026, 1, 1) + dt.timedelta(days=R.randrange(600))).isoformat()
        + R.choice(["", "T09:30:00Z"]),
        [],
    )
for _ in range(8):
    add(
        "neg.value.amount",
        "attribute",
        R.choice(["debt.balance", "benefit.weekly_amount", "fine.amount", "tax.due"]),
        R.choice(
            [
                round(R.uniform(10, 5000), 2),
                R.randrange(100, 99999),
                f"{R.randrange(10, 999)},{R.randrange(10, 99)} €",
            ]
        ),
        [],
    )
for _ in range(6):
    add(
        "neg.value.optout_flag",
        "attribute",
        R.choice(["consent.recording", "consent.marketing", "campaign.opt_out", "tcpa.consent"]),
        R.choice(["true", "false", "granted", "withdrawn", 0, 1]),
        [],
    )
for _ in range(8):
    add(
        "neg.value.relay_session",
        R.choice(["attribute", "resource"]),
        R.choice(["relay.session_id", "interpreter.session", "vri.room"]),
        R.choice(
            [
                f"RS-{digits(6)}",
                f"VRI-{tok(10)}",
                f"interp_{tok(12, string.ascii_lowercase + string.digits)}",
            ]
        ),
        [],
    )
for _ in range(8):
    k, v = R.choice(
        [
            ("caller.number", "<PHONE_NUMBER>"),
            ("subject.ssn", "***-**-****"),
            ("contact.email", "****@****"),
            ("claimant.id", "{{national_id}}"),
            ("subject.name", "[REDACTED]"),
            ("payment.card", "XXXX-XXXX-XXXX-XXXX"),
        ]
    )
    add("neg.value.redacted", "attribute", k, v, [])
for _ in range(8):
    say(
        "neg.free_text.template",
        R.choice(
            [
                "Hello {{first_name}}, this is a reminder of your appointment on {{date}}.",
                "Dear ${customer_name}, your case ${case_id} has been updated.",
                "Hi <NAME>, please call us back on the number in your letter.",
                "Your reference is [REFERENCE]; reply STOP to opt out.",
            ]
        ),
        [],
    )
for _ in range(6):
    add(
        "neg.value.form_name",
        "attribute",
        R.choice(["form.id", "document.type"]),
        R.choice(
            [
                "Form 1040",
                "I-485",
                "DS-160",
                "PIP2",
                "Formulaire CERFA 12100*03",
                "Antrag auf Wohngeld",
            ]
        ),
        [],
    )
for _ in range(8):
    k, v = R.choice(
        [
            ("twilio.call_sid", f"CA{tok(32, '0123456789abcdef')}"),
            ("trace.id", tok(32, "0123456789abcdef")),
            ("campaign.id", f"camp_{tok(8)}"),
            ("livekit.room", f"room-{tok(6, string.ascii_lowercase)}"),
        ]
    )
    add("neg.value.provider_id", R.choice(["attribute", "resource"]), k, v, [])
for _ in range(6):
    add(
        "neg.value.status_error",
        "status",
        "status.description",
        R.choice(
            [
                "Deadline exceeded calling benefits-eligibility",
                "404 case not found",
                "TTS timeout after 8000 ms",
                "upstream 503 from scheduling",
                "invalid form version",
                "caller hung up before consent prompt",
            ]
        ),
        [],
    )
for _ in range(6):
    k, v = R.choice(
        [
            ("service.name", "council-voice-desk"),
            ("service.name", "benefits-ivr"),
            ("deployment.environment", "production"),
            ("cloud.region", "eu-west-2"),
            ("service.version", "1.4.2"),
            ("service.version", "10.2.0.14"),
        ]
    )
    add("neg.value.resource", "resource", k, v, [])
for _ in range(6):
    k, v = R.choice(
        [
            ("payment.card_last4", "4242"),
            ("http.request.header.authorization", "Bearer ***"),
            ("api.key", "sk-…a1b2"),
            ("api.key", "${CASE_API_KEY}"),
        ]
    )
    add("neg.value.masked", "attribute", k, v, [])
for _ in range(6):
    add(
        "neg.value.list_metrics",
        "attribute",
        R.choice(["survey.answers_count", "campaign.attempts", "stt.confidences"]),
        [R.randrange(0, 5) for _ in range(3)]
        if R.random() < 0.5
        else [round(R.random(), 2) for _ in range(3)],
        [],
    )
for _ in range(6):
    tool(
        "neg.tool_payload.case_status",
        {
            "case_id": ref(),
            "status": R.choice(["open", "pending_review", "closed"]),
            "next_step": "await decision letter",
            "office_phone": "see letter",
        },
        [],
    )
for _ in range(4):
    say(
        "neg.free_text.sensitive_question",
        R.choice(
            [
                "Do you handle bereavement support payments?",
                "Which office deals with immigration appeals?",
                "Is there a helpline for gambling addiction?",
                "What does the court need for a name change?",
            ]
        ),
        [],
    )


def main(out: Path) -> None:
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    _check_releases()
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT)
