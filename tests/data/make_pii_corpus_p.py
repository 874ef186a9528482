"""Write ``pii_corpus_p.jsonl``: a blind PII corpus of values after they pass through code.

About half the rows are values as programs render them (Python reprs, JSON inside JSON,
log lines, exception messages and stack traces, HTTP and gRPC metadata, query strings,
GraphQL, YAML, TOML, protobuf text, multipart bodies, SQL parameters, truncated values)
and the events of speech-to-speech and realtime APIs; the rest is an everyday mix of
utterances in 22 languages. All data is invented: Faker names and addresses,
libphonenumber example numbers, python-stdnum-valid identifiers, published test cards
and random tokens in providers' key formats. The format is in tests/data/README.md.

Run: ``python tests/data/make_pii_corpus_p.py [OUT]`` (default: the file beside this
script). With the releases in ``RELEASES`` it rewrites the file byte for byte.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime
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
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.bg import egn
from stdnum.cz import bankaccount as cz_bank
from stdnum.cz import rc as cz_rc
from stdnum.ee import ik
from stdnum.fi import hetu
from stdnum.gr import amka
from stdnum.id import nik
from stdnum.il import idnr
from stdnum.is_ import kennitala
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.my import nric
from stdnum.ro import cnp
from stdnum.sk import rc as sk_rc
from stdnum.th import pin
from stdnum.ua import rntrc
from stdnum.us import rtn, ssn

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 20261207
OUT = Path(__file__).with_name("pii_corpus_p.jsonl")

rng = random.Random(SEED)
ROWS: list[dict[str, Any]] = []


def check_releases() -> None:
    """Warn when the installed releases differ from those the file was written with."""
    for dist, version in RELEASES.items():
        try:
            installed = metadata.version(dist)
        except metadata.PackageNotFoundError:
            installed = "none"
        if installed != version:
            warnings.warn(
                f"{dist} {installed} installed, the corpus was written with {version}",
                stacklevel=2,
            )


def add(cls: str, site: str, key: str, value: Any, kinds: list[str] | set[str]) -> None:
    """Append one row; ``content`` follows from the class's second part."""
    part = cls.split(".")[1]
    assert cls.startswith("pos." if kinds else "neg."), cls
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


# --- invented values -------------------------------------------------------------------

FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    """A seeded Faker per locale, so one locale's draws never shift another's."""
    if locale not in FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(FAKERS))
        FAKERS[locale] = f
    return FAKERS[locale]


def birth(lo: int = 1940, hi: int = 2003) -> datetime.date:
    """A random birth date."""
    start = datetime.date(lo, 1, 1).toordinal()
    end = datetime.date(hi, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def digits(n: int) -> str:
    """``n`` random digits."""
    return "".join(rng.choice(string.digits) for _ in range(n))


def brute(
    valid: Callable[[str], bool],
    make: Callable[[], str],
    alphabet: str = string.digits,
    suffix: str = "",
) -> str:
    """Complete ``make()`` with the check character that ``valid`` accepts."""
    for _ in range(5000):
        base = make()
        for c in alphabet:
            if valid(base + c + suffix):
                return base + c + suffix
    raise RuntimeError("no valid identifier")


def nid_gr(d: datetime.date) -> str:
    return brute(amka.is_valid, lambda: d.strftime("%d%m%y") + digits(4))


def nid_il(d: datetime.date) -> str:
    return brute(idnr.is_valid, lambda: str(rng.randint(1, 3)) + digits(7))


def nid_ro(d: datetime.date) -> str:
    s = ("1", "2") if d.year < 2000 else ("5", "6")
    return brute(
        cnp.is_valid,
        lambda: rng.choice(s) + d.strftime("%y%m%d") + f"{rng.randint(1, 40):02d}" + digits(3),
    )


def _rc(mod: Any, d: datetime.date) -> str:
    def make() -> str:
        month = d.month + rng.choice((0, 50))
        return f"{d:%y}{month:02d}{d:%d}" + digits(3)

    n = brute(mod.is_valid, make)
    return n[:6] + "/" + n[6:]


def nid_cz(d: datetime.date) -> str:
    return _rc(cz_rc, d)


def nid_sk(d: datetime.date) -> str:
    return _rc(sk_rc, d)


def nid_fi(d: datetime.date) -> str:
    sep = "-" if d.year < 2000 else "A"
    return brute(
        hetu.is_valid,
        lambda: d.strftime("%d%m%y") + sep + f"{rng.randint(2, 899):03d}",
        "0123456789ABCDEFHJKLMNPRSTUVWXY",
    )


def nid_ua(d: datetime.date) -> str:
    days = (d - datetime.date(1899, 12, 31)).days
    return brute(rntrc.is_valid, lambda: f"{days:05d}" + digits(4))


def nid_th(d: datetime.date) -> str:
    return brute(pin.is_valid, lambda: str(rng.randint(1, 8)) + digits(11))


def nid_id(d: datetime.date) -> str:
    for _ in range(200):
        day = d.day + rng.choice((0, 40))
        cand = (
            rng.choice(("317101", "327301", "357801", "517101"))
            + f"{day:02d}{d:%m%y}"
            + f"{rng.randint(1, 999):04d}"
        )
        if nik.is_valid(cand):
            return cand
    raise RuntimeError("nik")


def nid_my(d: datetime.date) -> str:
    for _ in range(200):
        cand = d.strftime("%y%m%d") + "-" + rng.choice(("14", "10", "07", "01")) + "-" + digits(4)
        if nric.is_valid(cand):
            return cand
    raise RuntimeError("nric")


def nid_kr(d: datetime.date) -> str:
    g = ("1", "2") if d.year < 2000 else ("3", "4")
    n = brute(
        rrn.is_valid,
        lambda: d.strftime("%y%m%d") + rng.choice(g) + f"{rng.randint(0, 90):02d}" + digits(3),
    )
    return n[:6] + "-" + n[6:]


def nid_is(d: datetime.date) -> str:
    cent = "9" if d.year < 2000 else "0"
    n = brute(
        kennitala.is_valid, lambda: d.strftime("%d%m%y") + f"{rng.randint(20, 99)}", suffix=cent
    )
    return n[:6] + "-" + n[6:]


def _baltic(mod: Any, d: datetime.date) -> str:
    g = ("3", "4") if d.year < 2000 else ("5", "6")
    return brute(mod.is_valid, lambda: rng.choice(g) + d.strftime("%y%m%d") + digits(3))


def nid_ee(d: datetime.date) -> str:
    return _baltic(ik, d)


def nid_lt(d: datetime.date) -> str:
    return _baltic(asmens, d)


def nid_bg(d: datetime.date) -> str:
    month = d.month + (40 if d.year >= 2000 else 0)
    return brute(egn.is_valid, lambda: f"{d:%y}{month:02d}{d:%d}" + digits(3))


def ssn_us() -> str:
    while True:
        cand = f"{rng.randint(1, 665):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn.is_valid(cand):
            return ssn.format(cand)


IBAN_SHAPES = {
    "GR": lambda: digits(7) + digits(16),
    "RO": lambda: rng.choice(("BTRL", "RNCB", "BRDE")) + digits(16),
    "HU": lambda: digits(24),
    "CZ": lambda: digits(20),
    "FI": lambda: digits(14),
    "UA": lambda: digits(6) + digits(19),
    "GE": lambda: rng.choice(("TB", "BG")) + digits(16),
    "IL": lambda: digits(19),
    "BG": lambda: rng.choice(("STSA", "UNCR", "BNBG")) + digits(6) + digits(8),
    "EE": lambda: digits(16),
    "LT": lambda: digits(16),
    "SK": lambda: digits(20),
    "IS": lambda: digits(22),
    "RS": lambda: digits(18),
}


def make_iban(country: str) -> str:
    for _ in range(20000):
        bban = IBAN_SHAPES[country]()
        cand = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(cand):
            return cand
    raise RuntimeError(country)


def grouped(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def make_phone(region: str, fmt: str = "") -> str:
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert ex is not None, region
    nat = str(ex.national_number)
    while True:
        cand = nat[:-2] + digits(2)
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num):
            break
    style = fmt or rng.choice(("nat", "intl", "e164"))
    f = {
        "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "e164": phonenumbers.PhoneNumberFormat.E164,
    }[style]
    return phonenumbers.format_number(num, f)


TEST_CARDS = [
    "4242424242424242",
    "5555555555554444",
    "378282246310005",
    "4000056655665556",
    "6011111111111117",
    "3566002020360505",
    "5200828282828210",
    "2223003122003222",
    "4000002500003155",
]


def make_card() -> str:
    if rng.random() < 0.5:
        return rng.choice(TEST_CARDS)
    prefix = rng.choice(("4", "51", "52", "53", "54"))
    body = prefix + digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def luhn_number(prefix: str) -> str:
    """A 16-digit Luhn-valid number in a card issuer's range (an order or invoice id)."""
    body = prefix + digits(15 - len(prefix))
    return body + luhn.calc_check_digit(body)


def make_ip() -> str:
    import ipaddress

    while True:
        if rng.random() < 0.7:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
        else:
            a = ipaddress.IPv6Address((0x2A00 << 112) | rng.getrandbits(100))
        if a.is_global:
            return str(a)


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def make_secret() -> str:
    kind = rng.randrange(9)
    if kind == 0:
        return "sk-proj-" + alnum(48) + "T3BlbkFJ" + alnum(24)
    if kind == 1:
        return "ghp_" + alnum(36)
    if kind == 2:
        return f"xoxb-{digits(12)}-{digits(13)}-{alnum(24)}"
    if kind == 3:
        return "sk_" + alnum(48, "0123456789abcdef")
    if kind == 4:
        return "AIza" + alnum(35, string.ascii_letters + string.digits + "-_")
    if kind == 5:
        return "sk-ant-api03-" + alnum(93, string.ascii_letters + string.digits + "-_") + "AA"
    if kind == 6:
        head = b64url(b'{"alg":"HS256","typ":"JWT"}')
        body = b64url(
            json.dumps({"sub": digits(8), "exp": 1796000000 + rng.randint(0, 999999)}).encode()
        )
        return f"{head}.{body}.{alnum(43, string.ascii_letters + string.digits + '-_')}"
    if kind == 7:
        return "rk_live_" + alnum(99)
    return "gsk_" + alnum(52)


def make_password() -> str:
    return (
        rng.choice(("Sunflower", "Kavala", "Brasov", "Tartu", "Dunaj", "Hanami"))
        + rng.choice("!#$%")
        + digits(4)
        + rng.choice(("x", "Q", "z"))
    )


def make_bank() -> str:
    if rng.random() < 0.5:
        routing = brute(rtn.is_valid, lambda: rng.choice(("0", "1", "2", "3")) + digits(7))
        return rng.choice(("routing {r}, account {a}", "ABA {r} acct {a}", "{r} / {a}")).format(
            r=routing, a=digits(rng.randint(8, 12))
        )
    while True:
        pre = str(rng.randint(19, 99))
        acct = digits(10)
        bank = rng.choice(("0800", "0100", "0300", "2010", "5500"))
        cand = f"{pre}-{acct}/{bank}"
        if cz_bank.is_valid(cand):
            return cand


def cz_bank_only() -> str:
    while True:
        cand = f"{digits(10)}/{rng.choice(('0800', '0100', '0300', '2010', '0600'))}"
        if cz_bank.is_valid(cand):
            return cand


def email_for(name: str) -> str:
    words = ["".join(c for c in w if c in string.ascii_lowercase) for w in name.lower().split()]
    words = [w for w in words if len(w) > 2 and w not in ("dr", "mrs", "ifj", "bin", "binti")]
    base = ".".join(words[:2]) or "user" + digits(3)
    return (
        base
        + rng.choice(("", digits(2), "+calls"))
        + "@"
        + rng.choice(("example.com", "example.org", "example.net", "mail.example", "post.test"))
    )


def latin_name() -> str:
    return fk(
        rng.choice(
            (
                "ro_RO",
                "hu_HU",
                "cs_CZ",
                "fi_FI",
                "sk_SK",
                "lt_LT",
                "et_EE",
                "id_ID",
                "en_US",
                "el_GR",
            )
        )
    ).name()


# --- languages ---------------------------------------------------------------------------


def hk_addr() -> str:
    return f"{rng.choice(('九龍旺角彌敦道', '香港灣仔軒尼詩道', '新界沙田大圍道', '九龍深水埗福華街'))}{rng.randint(2, 480)}號{rng.randint(2, 30)}樓{rng.choice('ABCDEF')}室"


def is_addr() -> str:
    return f"{rng.choice(('Laugavegur', 'Hverfisgata', 'Skólavörðustígur', 'Bárugata'))} {rng.randint(2, 90)}, {rng.choice(('101 Reykjavík', '200 Kópavogur', '600 Akureyri', '220 Hafnarfjörður'))}"


def ee_addr() -> str:
    return f"{rng.choice(('Narva mnt', 'Pärnu mnt', 'Tartu mnt', 'Raekoja plats'))} {rng.randint(2, 120)}-{rng.randint(1, 40)}, {rng.choice(('10117 Tallinn', '51004 Tartu', '80010 Pärnu'))}"


def lt_addr() -> str:
    return f"{rng.choice(('Gedimino pr.', 'Laisvės al.', 'Vilniaus g.', 'Savanorių pr.'))} {rng.randint(2, 120)}-{rng.randint(1, 40)}, {rng.choice(('LT-01103 Vilnius', 'LT-44240 Kaunas', 'LT-92123 Klaipėda'))}"


def bg_addr() -> str:
    return f"ул. {rng.choice(('„Граф Игнатиев“', '„Витоша“', '„Шипка“', '„Раковски“'))} {rng.randint(2, 150)}, {rng.choice(('1000 София', '4000 Пловдив', '9000 Варна'))}"


def sr_addr() -> str:
    return f"{rng.choice(('Кнез Михаилова', 'Булевар краља Александра', 'Змај Јовина', 'Његошева'))} {rng.randint(2, 200)}, {rng.choice(('11000 Београд', '21000 Нови Сад', '18000 Ниш'))}"


def fi_addr() -> str:
    return f"{rng.choice(('Mannerheimintie', 'Hämeenkatu', 'Aleksanterinkatu', 'Kauppakatu'))} {rng.randint(2, 90)} {rng.choice('ABC')} {rng.randint(1, 30)}, {rng.choice(('00100 Helsinki', '33100 Tampere', '20100 Turku'))}"


def my_addr() -> str:
    return f"No. {rng.randint(2, 120)}, {rng.choice(('Jalan Ampang', 'Jalan Tun Razak', 'Jalan Bukit Bintang', 'Lorong Maarof 3'))}, {rng.choice(('50450 Kuala Lumpur', '59000 Kuala Lumpur', '10200 George Town'))}"


def ar_addr() -> str:
    return f"{rng.randint(10, 990)} شارع {rng.choice(('الملك فهد', 'العليا', 'التحلية'))}، {rng.choice(('الرياض 12211', 'جدة 21442', 'الدمام 32241'))}"


def faker_addr(locale: str) -> Callable[[], str]:
    return lambda: re.sub(r",?\n", ", ", fk(locale).address())


def faker_name(locale: str) -> Callable[[], str]:
    return lambda: fk(locale).name()


def pick(names: list[str]) -> Callable[[], str]:
    return lambda: rng.choice(names)


SR_NAMES = [
    "Марко Петровић",
    "Јелена Јовановић",
    "Никола Николић",
    "Ана Ђорђевић",
    "Милица Стојановић",
    "Стефан Илић",
]
MS_NAMES = [
    "Nurul Aisyah binti Ahmad",
    "Muhammad Hafiz bin Ismail",
    "Siti Nur Aliya binti Rahman",
    "Tan Wei Ming",
    "Kavitha a/p Subramaniam",
    "Amirul Hakim bin Zainal",
]
YUE_NAMES = ["陳嘉欣", "黃志明", "李詠詩", "張家豪", "梁小玲", "何俊傑"]

MONTHS_ID = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
]


def d_dmy(sep: str, suffix: str = "") -> Callable[[datetime.date], str]:
    return lambda d: f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}{suffix}"


# code, name, faker/name fn, address fn, phone region, id fn, iban country, date fn, phrases
LANGS: list[dict[str, Any]] = [
    {
        "code": "en",
        "name": faker_name("en_US"),
        "addr": faker_addr("en_US"),
        "region": "US",
        "nid": None,
        "ssn": True,
        "iban": None,
        "date": lambda d: d.strftime("%B %d, %Y").replace(" 0", " "),
        "p": {
            "name": "Hi, this is {v}, I'm calling about my order.",
            "dob": "My date of birth is {v}.",
            "addr": "Please send it to {v}.",
            "phone": "You can reach me on {v}.",
            "nid": "My social is {v}.",
            "sens": "I've just been told I have stage two breast cancer and I need to move my appointments.",
            "clean": [
                "Can I change my delivery to Thursday afternoon?",
                "What time do you close on Sundays?",
                "The parcel number is 4471, it still says in transit.",
                "Yes, that's right, two adults and one child.",
            ],
        },
    },
    {
        "code": "el",
        "name": faker_name("el_GR"),
        "addr": faker_addr("el_GR"),
        "region": "GR",
        "nid": nid_gr,
        "iban": "GR",
        "date": d_dmy("/"),
        "p": {
            "name": "Γεια σας, είμαι η {v} και καλώ για την κράτησή μου.",
            "dob": "Η ημερομηνία γέννησής μου είναι {v}.",
            "addr": "Η διεύθυνσή μου είναι {v}.",
            "phone": "Το κινητό μου είναι {v}.",
            "nid": "Ο ΑΜΚΑ μου είναι {v}.",
            "iban": "Το IBAN μου είναι {v}.",
            "sens": "Ο πατέρας μου πέθανε την περασμένη εβδομάδα και πρέπει να ακυρώσω το ταξίδι.",
            "clean": [
                "Θα ήθελα να αλλάξω την ώρα του ραντεβού σε Τρίτη.",
                "Τι ώρα κλείνετε το Σάββατο;",
                "Ναι, δύο άτομα για τρεις νύχτες.",
                "Ευχαριστώ πολύ, αυτό ήταν όλο.",
            ],
        },
    },
    {
        "code": "he",
        "name": faker_name("he_IL"),
        "addr": faker_addr("he_IL"),
        "region": "IL",
        "nid": nid_il,
        "iban": "IL",
        "date": d_dmy("."),
        "p": {
            "name": "שלום, מדברת {v}, אני מתקשרת בקשר להזמנה.",
            "dob": "תאריך הלידה שלי הוא {v}.",
            "addr": "הכתובת שלי היא {v}.",
            "phone": "אפשר לחזור אליי למספר {v}.",
            "nid": "מספר תעודת הזהות שלי הוא {v}.",
            "iban": "מספר החשבון הבינלאומי שלי {v}.",
            "sens": "אני בטיפול כימותרפי ולכן אני צריכה לדחות את הפגישה.",
            "clean": [
                "אני רוצה לשנות את ההזמנה ליום רביעי.",
                "באיזו שעה אתם פותחים מחר?",
                "כן, שני מבוגרים וילד אחד.",
                "תודה רבה, זה הכול.",
            ],
        },
    },
    {
        "code": "ro",
        "name": faker_name("ro_RO"),
        "addr": faker_addr("ro_RO"),
        "region": "RO",
        "nid": nid_ro,
        "iban": "RO",
        "date": d_dmy("."),
        "p": {
            "name": "Bună ziua, mă numesc {v} și sun pentru o programare.",
            "dob": "Data nașterii mele este {v}.",
            "addr": "Locuiesc pe {v}.",
            "phone": "Numărul meu de telefon este {v}.",
            "nid": "CNP-ul meu este {v}.",
            "iban": "Contul meu IBAN este {v}.",
            "sens": "Am datorii mari la bancă și nu mai pot plăti rata luna asta.",
            "clean": [
                "Aș vrea să mut livrarea pe joi după-amiază.",
                "La ce oră închideți sâmbăta?",
                "Da, două camere pentru trei nopți.",
                "Mulțumesc, asta a fost tot.",
            ],
        },
    },
    {
        "code": "hu",
        "name": faker_name("hu_HU"),
        "addr": faker_addr("hu_HU"),
        "region": "HU",
        "nid": None,
        "iban": "HU",
        "date": lambda d: f"{d.year}. {d.month:02d}. {d.day:02d}.",
        "p": {
            "name": "Jó napot, {v} vagyok, az időpontom miatt hívom.",
            "dob": "A születési dátumom {v}",
            "addr": "A címem {v}.",
            "phone": "A telefonszámom {v}.",
            "iban": "A számlaszámom {v}.",
            "sens": "A férjem alkoholfüggő, és most kezdte el az elvonót.",
            "clean": [
                "Szeretném csütörtökre áttenni a szállítást.",
                "Hány órakor zárnak szombaton?",
                "Igen, két felnőtt és egy gyerek.",
                "Köszönöm, ennyi volt.",
            ],
        },
    },
    {
        "code": "cs",
        "name": faker_name("cs_CZ"),
        "addr": faker_addr("cs_CZ"),
        "region": "CZ",
        "nid": nid_cz,
        "iban": "CZ",
        "date": lambda d: f"{d.day}. {d.month}. {d.year}",
        "p": {
            "name": "Dobrý den, tady {v}, volám kvůli objednávce.",
            "dob": "Datum narození mám {v}.",
            "addr": "Bydlím na adrese {v}.",
            "phone": "Moje číslo je {v}.",
            "nid": "Rodné číslo {v}.",
            "iban": "Číslo účtu je {v}.",
            "sens": "Minulý měsíc mi diagnostikovali roztroušenou sklerózu.",
            "clean": [
                "Chtěla bych přesunout rezervaci na středu.",
                "Do kolika máte v sobotu otevřeno?",
                "Ano, dva dospělí a jedno dítě.",
                "Děkuji, to je všechno.",
            ],
        },
    },
    {
        "code": "fi",
        "name": faker_name("fi_FI"),
        "addr": fi_addr,
        "region": "FI",
        "nid": nid_fi,
        "iban": "FI",
        "date": lambda d: f"{d.day}.{d.month}.{d.year}",
        "p": {
            "name": "Hei, täällä {v}, soitan tilauksestani.",
            "dob": "Syntymäaikani on {v}.",
            "addr": "Osoitteeni on {v}.",
            "phone": "Numeroni on {v}.",
            "nid": "Henkilötunnukseni on {v}.",
            "iban": "Tilinumeroni on {v}.",
            "sens": "Minulla on todettu masennus ja olen sairauslomalla.",
            "clean": [
                "Haluaisin siirtää toimituksen torstaille.",
                "Mihin aikaan olette auki lauantaina?",
                "Kyllä, kaksi aikuista ja yksi lapsi.",
                "Kiitos, siinä kaikki.",
            ],
        },
    },
    {
        "code": "uk",
        "name": faker_name("uk_UA"),
        "addr": faker_addr("uk_UA"),
        "region": "UA",
        "nid": nid_ua,
        "iban": "UA",
        "date": d_dmy("."),
        "p": {
            "name": "Добрий день, мене звати {v}, я щодо замовлення.",
            "dob": "Моя дата народження {v}.",
            "addr": "Моя адреса: {v}.",
            "phone": "Мій номер телефону {v}.",
            "nid": "Мій РНОКПП {v}.",
            "iban": "Мій рахунок IBAN {v}.",
            "sens": "Я біженка, і моя заява на тимчасовий захист ще розглядається.",
            "clean": [
                "Я хочу перенести доставку на четвер.",
                "О котрій ви зачиняєтеся в суботу?",
                "Так, двоє дорослих і одна дитина.",
                "Дякую, це все.",
            ],
        },
    },
    {
        "code": "ka",
        "name": faker_name("ka_GE"),
        "addr": faker_addr("ka_GE"),
        "region": "GE",
        "nid": None,
        "iban": "GE",
        "date": d_dmy("."),
        "p": {
            "name": "გამარჯობა, მე ვარ {v}, შეკვეთის თაობაზე ვრეკავ.",
            "dob": "ჩემი დაბადების თარიღია {v}.",
            "addr": "ჩემი მისამართია {v}.",
            "phone": "ჩემი ნომერია {v}.",
            "iban": "ჩემი ანგარიშის ნომერია {v}.",
            "sens": "ჩემი ძმა ციხეშია და ადვოკატი მჭირდება.",
            "clean": [
                "მინდა მიწოდება ხუთშაბათზე გადავიტანო.",
                "რომელ საათზე იხურებით შაბათს?",
                "დიახ, ორი ზრდასრული და ერთი ბავშვი.",
                "გმადლობთ, სულ ეს არის.",
            ],
        },
    },
    {
        "code": "hy",
        "name": faker_name("hy_AM"),
        "addr": faker_addr("hy_AM"),
        "region": "AM",
        "nid": None,
        "iban": None,
        "date": d_dmy("."),
        "p": {
            "name": "Բարև ձեզ, ես {v} եմ, զանգում եմ պատվերի համար։",
            "dob": "Իմ ծննդյան ամսաթիվն է {v}։",
            "addr": "Իմ հասցեն է {v}։",
            "phone": "Իմ հեռախոսահամարն է {v}։",
            "sens": "Մայրս անցյալ շաբաթ մահացավ, և ես պետք է չեղարկեմ ամրագրումը։",
            "clean": [
                "Ուզում եմ առաքումը տեղափոխել հինգշաբթի։",
                "Շաբաթ օրը ժամը քանիսին եք փակվում։",
                "Այո, երկու մեծահասակ և մեկ երեխա։",
                "Շնորհակալություն, այսքանը։",
            ],
        },
    },
    {
        "code": "th",
        "name": faker_name("th_TH"),
        "addr": faker_addr("th_TH"),
        "region": "TH",
        "nid": nid_th,
        "iban": None,
        "date": lambda d: f"{d.day}/{d.month}/{d.year + 543}",
        "p": {
            "name": "สวัสดีค่ะ ดิฉันชื่อ{v} โทรมาเรื่องคำสั่งซื้อค่ะ",
            "dob": "วันเกิดของฉันคือ {v}",
            "addr": "ที่อยู่ของฉันคือ {v}",
            "phone": "เบอร์โทรของฉันคือ {v}",
            "nid": "เลขบัตรประชาชนของฉันคือ {v}",
            "sens": "ฉันเพิ่งตรวจพบว่าติดเชื้อเอชไอวีและต้องเลื่อนนัด",
            "clean": [
                "ขอเลื่อนการจัดส่งเป็นวันพฤหัสได้ไหมคะ",
                "วันเสาร์ปิดกี่โมงคะ",
                "ใช่ค่ะ ผู้ใหญ่สองคนกับเด็กหนึ่งคน",
                "ขอบคุณค่ะ แค่นี้ค่ะ",
            ],
        },
    },
    {
        "code": "id",
        "name": faker_name("id_ID"),
        "addr": faker_addr("id_ID"),
        "region": "ID",
        "nid": nid_id,
        "iban": None,
        "date": lambda d: f"{d.day} {MONTHS_ID[d.month - 1]} {d.year}",
        "p": {
            "name": "Halo, saya {v}, mau tanya soal pesanan saya.",
            "dob": "Tanggal lahir saya {v}.",
            "addr": "Alamat saya {v}.",
            "phone": "Nomor HP saya {v}.",
            "nid": "NIK saya {v}.",
            "sens": "Saya baru di-PHK dan tidak bisa bayar cicilan bulan ini.",
            "clean": [
                "Bisa pindahkan pengiriman ke hari Kamis?",
                "Tokonya tutup jam berapa hari Sabtu?",
                "Ya, dua dewasa dan satu anak.",
                "Terima kasih, itu saja.",
            ],
        },
    },
    {
        "code": "ms",
        "name": pick(MS_NAMES),
        "addr": my_addr,
        "region": "MY",
        "nid": nid_my,
        "iban": None,
        "date": d_dmy("/"),
        "p": {
            "name": "Helo, nama saya {v}, saya telefon tentang tempahan saya.",
            "dob": "Tarikh lahir saya {v}.",
            "addr": "Alamat saya {v}.",
            "phone": "Nombor telefon saya {v}.",
            "nid": "Nombor IC saya {v}.",
            "sens": "Saya sedang menjalani rawatan dialisis tiga kali seminggu.",
            "clean": [
                "Boleh tukar penghantaran ke hari Khamis?",
                "Pukul berapa kedai tutup hari Sabtu?",
                "Ya, dua orang dewasa dan seorang kanak-kanak.",
                "Terima kasih, itu sahaja.",
            ],
        },
    },
    {
        "code": "ko",
        "name": faker_name("ko_KR"),
        "addr": faker_addr("ko_KR"),
        "region": "KR",
        "nid": nid_kr,
        "iban": None,
        "date": lambda d: f"{d.year}년 {d.month}월 {d.day}일",
        "p": {
            "name": "안녕하세요, 저는 {v}입니다. 주문 때문에 전화했어요.",
            "dob": "제 생년월일은 {v}입니다.",
            "addr": "주소는 {v}입니다.",
            "phone": "제 번호는 {v}입니다.",
            "nid": "주민등록번호는 {v}입니다.",
            "sens": "저는 공황장애로 정신과 치료를 받고 있어요.",
            "clean": [
                "배송을 목요일로 바꿀 수 있을까요?",
                "토요일에는 몇 시에 문을 닫나요?",
                "네, 어른 두 명하고 아이 한 명이요.",
                "감사합니다, 그게 다예요.",
            ],
        },
    },
    {
        "code": "yue",
        "name": pick(YUE_NAMES),
        "addr": hk_addr,
        "region": "HK",
        "nid": None,
        "iban": None,
        "date": lambda d: f"{d.year}年{d.month}月{d.day}日",
        "p": {
            "name": "你好，我係{v}，想問下我張單。",
            "dob": "我嘅出世日期係{v}。",
            "addr": "我住喺{v}。",
            "phone": "我電話係{v}。",
            "sens": "我阿媽上個禮拜過咗身，我要取消個預約。",
            "clean": [
                "可唔可以改到星期四送貨？",
                "你哋星期六幾點收鋪？",
                "係呀，兩個大人一個細路。",
                "唔該晒，冇其他嘢喇。",
            ],
        },
    },
    {
        "code": "is",
        "name": faker_name("is_IS"),
        "addr": is_addr,
        "region": "IS",
        "nid": nid_is,
        "iban": "IS",
        "date": lambda d: f"{d.day}.{d.month}.{d.year}",
        "p": {
            "name": "Góðan dag, þetta er {v}, ég hringi út af pöntuninni minni.",
            "dob": "Ég er fædd {v}.",
            "addr": "Heimilisfangið mitt er {v}.",
            "phone": "Síminn minn er {v}.",
            "nid": "Kennitalan mín er {v}.",
            "iban": "Reikningurinn minn er {v}.",
            "sens": "Ég er í meðferð við áfengisfíkn og þarf að fresta tímanum.",
            "clean": [
                "Get ég fært afhendinguna til fimmtudags?",
                "Hvenær lokið þið á laugardögum?",
                "Já, tveir fullorðnir og eitt barn.",
                "Takk fyrir, þetta var allt.",
            ],
        },
    },
    {
        "code": "et",
        "name": faker_name("et_EE"),
        "addr": ee_addr,
        "region": "EE",
        "nid": nid_ee,
        "iban": "EE",
        "date": d_dmy("."),
        "p": {
            "name": "Tere, siin {v}, helistan oma tellimuse pärast.",
            "dob": "Minu sünnikuupäev on {v}.",
            "addr": "Minu aadress on {v}.",
            "phone": "Minu number on {v}.",
            "nid": "Minu isikukood on {v}.",
            "iban": "Minu kontonumber on {v}.",
            "sens": "Mul on kohtuasi pooleli ja mind süüdistatakse pettuses.",
            "clean": [
                "Kas saan tarne neljapäevale tõsta?",
                "Mis kell te laupäeval sulgete?",
                "Jah, kaks täiskasvanut ja üks laps.",
                "Aitäh, see on kõik.",
            ],
        },
    },
    {
        "code": "lt",
        "name": faker_name("lt_LT"),
        "addr": lt_addr,
        "region": "LT",
        "nid": nid_lt,
        "iban": "LT",
        "date": lambda d: d.isoformat(),
        "p": {
            "name": "Laba diena, čia {v}, skambinu dėl užsakymo.",
            "dob": "Mano gimimo data {v}.",
            "addr": "Gyvenu {v}.",
            "phone": "Mano telefono numeris {v}.",
            "nid": "Mano asmens kodas {v}.",
            "iban": "Mano sąskaita {v}.",
            "sens": "Sergu cukriniu diabetu ir man reikia pakeisti vizito laiką.",
            "clean": [
                "Ar galiu perkelti pristatymą į ketvirtadienį?",
                "Kada šeštadienį uždarote?",
                "Taip, du suaugę ir vienas vaikas.",
                "Ačiū, tai viskas.",
            ],
        },
    },
    {
        "code": "sk",
        "name": faker_name("sk_SK"),
        "addr": faker_addr("sk_SK"),
        "region": "SK",
        "nid": nid_sk,
        "iban": "SK",
        "date": lambda d: f"{d.day}. {d.month}. {d.year}",
        "p": {
            "name": "Dobrý deň, tu je {v}, volám kvôli objednávke.",
            "dob": "Dátum narodenia mám {v}.",
            "addr": "Bývam na adrese {v}.",
            "phone": "Moje číslo je {v}.",
            "nid": "Rodné číslo {v}.",
            "iban": "Môj IBAN je {v}.",
            "sens": "Som tehotná a lekár mi zakázal cestovať.",
            "clean": [
                "Chcela by som presunúť doručenie na štvrtok.",
                "Do koľkej máte otvorené v sobotu?",
                "Áno, dvaja dospelí a jedno dieťa.",
                "Ďakujem, to je všetko.",
            ],
        },
    },
    {
        "code": "bg",
        "name": faker_name("bg_BG"),
        "addr": bg_addr,
        "region": "BG",
        "nid": nid_bg,
        "iban": "BG",
        "date": d_dmy(".", " г."),
        "p": {
            "name": "Здравейте, казвам се {v} и се обаждам за поръчката си.",
            "dob": "Роден съм на {v}",
            "addr": "Адресът ми е {v}.",
            "phone": "Телефонът ми е {v}.",
            "nid": "ЕГН-то ми е {v}.",
            "iban": "Сметката ми е {v}.",
            "sens": "Имам тежка депресия и съм в болничен от месец.",
            "clean": [
                "Може ли да преместя доставката за четвъртък?",
                "До колко часа работите в събота?",
                "Да, двама възрастни и едно дете.",
                "Благодаря, това е всичко.",
            ],
        },
    },
    {
        "code": "sr",
        "name": pick(SR_NAMES),
        "addr": sr_addr,
        "region": "RS",
        "nid": None,
        "iban": "RS",
        "date": d_dmy(".", "."),
        "p": {
            "name": "Добар дан, ја сам {v}, зовем због поруџбине.",
            "dob": "Датум рођења ми је {v}",
            "addr": "Моја адреса је {v}.",
            "phone": "Мој број је {v}.",
            "iban": "Мој рачун је {v}.",
            "sens": "Мој син је зависник од коцке и направио је огромне дугове.",
            "clean": [
                "Могу ли да померим доставу за четвртак?",
                "До колико сати радите суботом?",
                "Да, две одрасле особе и једно дете.",
                "Хвала, то је све.",
            ],
        },
    },
    {
        "code": "ar",
        "name": faker_name("ar_SA"),
        "addr": ar_addr,
        "region": "SA",
        "nid": None,
        "iban": None,
        "date": d_dmy("/"),
        "p": {
            "name": "مرحبا، أنا {v}، أتصل بخصوص طلبي.",
            "dob": "تاريخ ميلادي {v}.",
            "addr": "عنواني {v}.",
            "phone": "رقمي هو {v}.",
            "sens": "زوجي فقد عمله ونحن غارقون في الديون.",
            "clean": [
                "هل يمكنني تغيير موعد التوصيل إلى الخميس؟",
                "متى تغلقون يوم السبت؟",
                "نعم، شخصان بالغان وطفل واحد.",
                "شكرا جزيلا، هذا كل شيء.",
            ],
        },
    },
]
LANG = {lang["code"]: lang for lang in LANGS}

UTTER_KEYS = [
    "transcript",
    "lk.user_transcript",
    "text",
    "input",
    "gen_ai.prompt.0.content",
    "llm.input_messages.0.message.content",
    "patter.user.text",
    "stt.transcript",
]


def person(code: str) -> dict[str, Any]:
    """One invented person with the local forms of ``code``'s country."""
    lang = LANG[code]
    d = birth()
    p: dict[str, Any] = {
        "name": lang["name"](),
        "dob": d,
        "dob_text": lang["date"](d),
        "address": lang["addr"](),
        "phone": make_phone(lang["region"]),
    }
    if lang.get("ssn"):
        p["nid"], p["nid_kind"] = ssn_us(), "ssn"
    elif lang["nid"]:
        p["nid"], p["nid_kind"] = lang["nid"](d), "national_id"
    if lang["iban"]:
        p["iban"] = make_iban(lang["iban"])
    return p


def utterance(code: str, field: str, p: dict[str, Any]) -> tuple[str, list[str]]:
    """A caller's sentence in ``code`` disclosing ``field`` of ``p``, and its kinds."""
    phr = LANG[code]["p"]
    if field == "name":
        return phr["name"].format(v=p["name"]), ["name"]
    if field == "dob":
        return phr["dob"].format(v=p["dob_text"]), ["dob"]
    if field == "addr":
        return phr["addr"].format(v=p["address"]), ["address"]
    if field == "phone":
        return phr["phone"].format(v=p["phone"]), ["phone"]
    if field == "nid":
        return phr["nid"].format(v=p["nid"]), [p["nid_kind"]]
    if field == "iban":
        v = p["iban"] if rng.random() < 0.5 else grouped(p["iban"])
        return phr["iban"].format(v=v), ["iban"]
    if field == "sens":
        return phr["sens"], ["sensitive"]
    raise ValueError(field)


def language_rows() -> None:
    """Everyday utterances: each language's disclosures and clean sentences."""
    for lang in LANGS:
        code = lang["code"]
        p = person(code)
        fields = ["name", "dob", "addr", "phone", "sens"]
        if "nid" in p:
            fields.append("nid")
        if "iban" in p:
            fields.append("iban")
        for field in fields:
            text, kinds = utterance(code, field, p)
            key = rng.choice(UTTER_KEYS)
            add(f"pos.free_text.{field}.{code}", "attribute", key, text, kinds)
        # two disclosures in one turn, as an STT final often holds
        a, b = rng.sample([f for f in fields if f != "sens"], 2)
        ta, ka = utterance(code, a, p)
        tb, kb = utterance(code, b, p)
        add(f"pos.free_text.two_fields.{code}", "event", "transcript", ta + " " + tb, ka + kb)
        for text in lang["p"]["clean"]:
            add(
                f"neg.free_text.utterance.{code}",
                rng.choice(("attribute", "event")),
                rng.choice(UTTER_KEYS),
                text,
                [],
            )


# --- realtime and speech-to-speech events -------------------------------------------------


def any_disclosure() -> tuple[str, list[str], dict[str, Any], str]:
    code = rng.choice([lang["code"] for lang in LANGS])
    p = person(code)
    choices = (
        ["name", "dob", "addr", "phone"]
        + (["nid"] if "nid" in p else [])
        + (["iban"] if "iban" in p else [])
    )
    text, kinds = utterance(code, rng.choice(choices), p)
    return text, kinds, p, code


def any_clean() -> tuple[str, str]:
    lang = rng.choice(LANGS)
    return rng.choice(lang["p"]["clean"]), lang["code"]


def evid(prefix: str = "event_") -> str:
    return prefix + alnum(20)


def tool_args(p: dict[str, Any], code: str) -> tuple[dict[str, Any], list[str]]:
    fields = rng.sample(["name", "phone", "dob", "address", "email"], 2)
    args: dict[str, Any] = {}
    kinds = []
    for f in fields:
        if f == "email":
            args["email"] = email_for(latin_name())
        elif f == "dob":
            args["date_of_birth"] = p["dob"].isoformat()
        else:
            args[
                {
                    "name": "customer_name",
                    "phone": "callback_number",
                    "address": "delivery_address",
                }[f]
            ] = p[f]
        kinds.append({"address": "address"}.get(f, f))
    args["reason"] = rng.choice(("reschedule", "billing_question", "new_order", "cancel"))
    return args, kinds


def business_args() -> dict[str, Any]:
    return rng.choice(
        (
            {
                "order_id": "ORD-" + digits(6),
                "new_date": "2026-12-1" + str(rng.randint(0, 9)),
                "slot": "afternoon",
            },
            {
                "sku": "SKU-" + digits(5),
                "quantity": rng.randint(1, 5),
                "store_id": "st_" + digits(3),
            },
            {
                "party_size": rng.randint(1, 8),
                "time": f"{rng.randint(17, 21)}:30",
                "table_area": "terrace",
            },
            {
                "tracking_number": "1Z" + alnum(16, string.ascii_uppercase + string.digits),
                "carrier": "ups",
            },
        )
    )


def realtime_rows() -> None:
    """Events of speech-to-speech APIs as an exporter records them."""
    providers: list[
        tuple[
            str,
            Callable[[str], dict[str, Any]],
            Callable[[str, str], dict[str, Any]],
            Callable[[str], dict[str, Any]],
            str,
        ]
    ] = [
        (
            "openai_realtime",
            lambda t: {
                "type": "conversation.item.created",
                "event_id": evid(),
                "previous_item_id": "item_" + alnum(20),
                "item": {
                    "id": "item_" + alnum(20),
                    "object": "realtime.item",
                    "type": "message",
                    "status": "completed",
                    "role": "user",
                    "content": [{"type": "input_audio", "transcript": t}],
                },
            },
            lambda name, a: {
                "type": "response.function_call_arguments.done",
                "event_id": evid(),
                "response_id": "resp_" + alnum(20),
                "item_id": "item_" + alnum(20),
                "output_index": 0,
                "call_id": "call_" + alnum(16),
                "name": name,
                "arguments": a,
            },
            lambda t: {
                "type": "response.audio_transcript.done",
                "event_id": evid(),
                "response_id": "resp_" + alnum(20),
                "item_id": "item_" + alnum(20),
                "output_index": 0,
                "content_index": 0,
                "transcript": t,
            },
            "openai.realtime.event",
        ),
        (
            "gemini_live",
            lambda t: {"serverContent": {"inputTranscription": {"text": t}}},
            lambda name, a: {
                "toolCall": {
                    "functionCalls": [
                        {"id": "function-call-" + digits(19), "name": name, "args": json.loads(a)}
                    ]
                }
            },
            lambda t: {"serverContent": {"outputTranscription": {"text": t}, "turnComplete": True}},
            "gemini.live.message",
        ),
        (
            "nova_sonic",
            lambda t: {
                "event": {
                    "textOutput": {
                        "completionId": alnum(8, "0123456789abcdef")
                        + "-"
                        + alnum(4, "0123456789abcdef"),
                        "contentId": alnum(8, "0123456789abcdef"),
                        "role": "USER",
                        "content": t,
                    }
                }
            },
            lambda name, a: {
                "event": {
                    "toolUse": {
                        "toolName": name,
                        "toolUseId": alnum(8, "0123456789abcdef") + "-0d3b",
                        "content": a,
                        "role": "TOOL",
                    }
                }
            },
            lambda t: {
                "event": {
                    "textOutput": {
                        "role": "ASSISTANT",
                        "content": t,
                        "contentId": alnum(8, "0123456789abcdef"),
                    }
                }
            },
            "bedrock.nova_sonic.event",
        ),
        (
            "elevenlabs_convai",
            lambda t: {
                "type": "user_transcript",
                "user_transcription_event": {"user_transcript": t},
            },
            lambda name, a: {
                "type": "client_tool_call",
                "client_tool_call": {
                    "tool_name": name,
                    "tool_call_id": "toolu_" + alnum(22),
                    "parameters": json.loads(a),
                },
            },
            lambda t: {"type": "agent_response", "agent_response_event": {"agent_response": t}},
            "elevenlabs.convai.event",
        ),
        (
            "ultravox",
            lambda t: {
                "type": "transcript",
                "role": "user",
                "medium": "voice",
                "text": t,
                "final": True,
                "ordinal": rng.randint(1, 40),
            },
            lambda name, a: {
                "type": "client_tool_invocation",
                "toolName": name,
                "invocationId": alnum(8, "0123456789abcdef") + "-" + alnum(4, "0123456789abcdef"),
                "parameters": json.loads(a),
            },
            lambda t: {
                "type": "transcript",
                "role": "agent",
                "medium": "voice",
                "text": t,
                "final": True,
            },
            "ultravox.data_message",
        ),
        (
            "hume_evi",
            lambda t: {
                "type": "user_message",
                "message": {"role": "user", "content": t},
                "models": {
                    "prosody": {
                        "scores": {
                            "Calmness": round(rng.random(), 3),
                            "Interest": round(rng.random(), 3),
                        }
                    }
                },
                "from_text": False,
                "interim": False,
            },
            lambda name, a: {
                "type": "tool_call",
                "name": name,
                "tool_call_id": "call_" + alnum(16),
                "parameters": a,
                "tool_type": "function",
                "response_required": True,
            },
            lambda t: {
                "type": "assistant_message",
                "message": {"role": "assistant", "content": t},
                "id": alnum(32, "0123456789abcdef"),
            },
            "hume.evi.message",
        ),
        (
            "deepgram_agent",
            lambda t: {"type": "ConversationText", "role": "user", "content": t},
            lambda name, a: {
                "type": "FunctionCallRequest",
                "functions": [
                    {"id": "fc_" + alnum(12), "name": name, "arguments": a, "client_side": True}
                ],
            },
            lambda t: {"type": "ConversationText", "role": "assistant", "content": t},
            "deepgram.agent.message",
        ),
    ]
    configs = {
        "openai_realtime": lambda: {
            "type": "session.update",
            "event_id": evid(),
            "session": {
                "modalities": ["audio", "text"],
                "voice": "alloy",
                "input_audio_format": "pcm16",
                "turn_detection": {
                    "type": "server_vad",
                    "threshold": 0.5,
                    "silence_duration_ms": 500,
                },
                "input_audio_transcription": {"model": "gpt-4o-mini-transcribe"},
                "tools": [
                    {
                        "type": "function",
                        "name": "lookup_customer",
                        "description": "Find a customer by phone number or email.",
                        "parameters": {
                            "type": "object",
                            "properties": {
                                "phone_number": {"type": "string", "description": "E.164"},
                                "email": {"type": "string"},
                            },
                        },
                    }
                ],
            },
        },
        "gemini_live": lambda: {
            "setup": {
                "model": "models/gemini-2.5-flash-native-audio-preview",
                "generationConfig": {
                    "responseModalities": ["AUDIO"],
                    "speechConfig": {"voiceConfig": {"prebuiltVoiceConfig": {"voiceName": "Kore"}}},
                },
                "tools": [
                    {
                        "functionDeclarations": [
                            {
                                "name": "verify_identity",
                                "parameters": {
                                    "type": "OBJECT",
                                    "properties": {
                                        "date_of_birth": {"type": "STRING"},
                                        "postcode": {"type": "STRING"},
                                    },
                                },
                            }
                        ]
                    }
                ],
            }
        },
        "nova_sonic": lambda: {
            "event": {
                "promptStart": {
                    "promptName": alnum(8, "0123456789abcdef"),
                    "audioOutputConfiguration": {
                        "mediaType": "audio/lpcm",
                        "sampleRateHertz": 24000,
                        "voiceId": "matthew",
                    },
                    "toolConfiguration": {
                        "tools": [
                            {
                                "toolSpec": {
                                    "name": "getBookingDetails",
                                    "inputSchema": {
                                        "json": '{"type":"object","properties":{"booking_ref":{"type":"string"}}}'
                                    },
                                }
                            }
                        ]
                    },
                }
            }
        },
        "elevenlabs_convai": lambda: {
            "type": "conversation_initiation_metadata",
            "conversation_initiation_metadata_event": {
                "conversation_id": "conv_" + alnum(26),
                "agent_output_audio_format": "pcm_16000",
                "user_input_audio_format": "pcm_16000",
            },
        },
        "ultravox": lambda: {
            "systemPrompt": "You are a booking assistant. Never read back full card numbers.",
            "model": "fixie-ai/ultravox",
            "voice": "Mark",
            "selectedTools": [
                {"toolName": "queryCorpus"},
                {
                    "temporaryTool": {
                        "modelToolName": "lookupOrder",
                        "dynamicParameters": [
                            {
                                "name": "order_id",
                                "location": "PARAMETER_LOCATION_BODY",
                                "required": True,
                            }
                        ],
                    }
                },
            ],
            "medium": {"serverWebSocket": {"inputSampleRate": 16000}},
        },
        "hume_evi": lambda: {
            "type": "session_settings",
            "audio": {"encoding": "linear16", "sample_rate": 16000, "channels": 1},
            "variables": {"company": "Acme Rentals", "tier": "gold"},
            "tools": [
                {
                    "type": "function",
                    "name": "get_weather",
                    "parameters": '{"type":"object","properties":{"location":{"type":"string"}}}',
                }
            ],
        },
        "deepgram_agent": lambda: {
            "type": "Settings",
            "audio": {"input": {"encoding": "linear16", "sample_rate": 24000}},
            "agent": {
                "listen": {"provider": {"type": "deepgram", "model": "nova-3"}},
                "think": {
                    "provider": {"type": "open_ai", "model": "gpt-4o-mini"},
                    "functions": [
                        {
                            "name": "check_balance",
                            "description": "Look up an account balance by account id",
                            "parameters": {
                                "type": "object",
                                "properties": {"account_id": {"type": "string"}},
                            },
                        }
                    ],
                },
                "speak": {"provider": {"type": "deepgram", "model": "aura-2-thalia-en"}},
            },
        },
    }
    errors = {
        "openai_realtime": lambda: {
            "type": "error",
            "event_id": evid(),
            "error": {
                "type": "invalid_request_error",
                "code": "invalid_value",
                "message": "Invalid value: 'pcm8'. Supported values are: 'pcm16', 'g711_ulaw', and 'g711_alaw'.",
                "param": "session.input_audio_format",
                "event_id": "evt_" + alnum(16),
            },
        },
        "gemini_live": lambda: {
            "error": {"code": 1011, "message": "Internal error encountered.", "status": "INTERNAL"},
            "goAway": {"timeLeft": "10s"},
        },
        "nova_sonic": lambda: {
            "errorType": "ValidationException",
            "message": "Invalid input request, please fix your input and try again.",
            "requestId": str(rng.getrandbits(128))[:8] + "-" + alnum(4, "0123456789abcdef"),
        },
        "elevenlabs_convai": lambda: {
            "type": "error",
            "error_event": {
                "code": 1008,
                "reason": "quota_exceeded",
                "message": "This request exceeds your quota of 10000. You have 12 credits remaining.",
            },
        },
        "ultravox": lambda: {
            "type": "call_ended",
            "reason": "unjoined",
            "detail": "call was not joined within 30s",
            "callId": alnum(8, "0123456789abcdef") + "-" + alnum(4, "0123456789abcdef"),
        },
        "hume_evi": lambda: {
            "type": "error",
            "code": "E0710",
            "slug": "chat_resume_failed",
            "message": "Chat group not found",
            "request_id": alnum(32, "0123456789abcdef"),
        },
        "deepgram_agent": lambda: {
            "type": "Error",
            "description": "Failed to resolve function call: upstream returned 504",
            "code": "FUNCTION_CALL_FAILED",
        },
    }
    for name, user, call, agent, key in providers:
        # pos: a caller's disclosure, twice
        for _ in range(2):
            text, kinds, _p, _c = any_disclosure()
            add(
                f"pos.free_text.{name}.user_transcript",
                "event",
                key,
                json.dumps(user(text), ensure_ascii=False),
                kinds,
            )
        # pos: function call arguments built from a caller
        text, kinds, p, code = any_disclosure()
        args, akinds = tool_args(p, code)
        add(
            f"pos.tool_payload.{name}.function_call",
            "event",
            key,
            json.dumps(
                call(
                    rng.choice(("book_callback", "update_contact", "verify_caller")),
                    json.dumps(args, ensure_ascii=False),
                ),
                ensure_ascii=False,
            ),
            akinds,
        )
        # pos: the agent reading back an email or a card's full number
        if rng.random() < 0.5:
            em = email_for(latin_name())
            add(
                f"pos.free_text.{name}.agent_transcript",
                "event",
                key,
                json.dumps(agent(f"Thanks, I have {em} as your email, is that right?")),
                ["email"],
            )
        else:
            c = make_card()
            add(
                f"pos.free_text.{name}.agent_transcript",
                "event",
                key,
                json.dumps(
                    agent(
                        f"I'll charge the card ending... sorry, the card {' '.join(c[i : i + 4] for i in range(0, len(c), 4))}, correct?"
                    )
                ),
                ["card"],
            )
        # neg content
        for _ in range(2):
            t, code = any_clean()
            add(
                f"neg.free_text.{name}.user_transcript.{code}",
                "event",
                key,
                json.dumps(user(t), ensure_ascii=False),
                [],
            )
        add(
            f"neg.tool_payload.{name}.function_call",
            "event",
            key,
            json.dumps(call("reschedule_order", json.dumps(business_args()))),
            [],
        )
        # hard negatives: config with tool declarations, error event
        add(
            f"neg.value.{name}.session_config",
            "attribute",
            key.rsplit(".", 1)[0] + ".session",
            json.dumps(configs[name]()),
            [],
        )
        add(
            f"neg.value.{name}.error",
            "event",
            "exception.message" if rng.random() < 0.5 else key,
            json.dumps(errors[name]()),
            [],
        )


# --- values rendered by code -----------------------------------------------------------------

SENS_NOTES = [
    ("caller said she is on methadone treatment", "en"),
    ("κάλεσε για την ογκολογική της θεραπεία", "el"),
    ("a declarat faliment personal anul trecut", "ro"),
    ("výslech na policii kvůli dluhům", "cs"),
    ("파산 신청 중", "ko"),
    ("her husband died on Saturday; bereavement leave", "en"),
    ("asylum hearing next week", "en"),
    ("HIV-positiivinen, lääkitys aloitettu", "fi"),
]


def record(kind: str) -> tuple[dict[str, Any], list[str]]:
    """A record holding ``kind`` and maybe one more field."""
    code = rng.choice([lang["code"] for lang in LANGS])
    p = person(code)
    rec: dict[str, Any] = {"customer_id": "cus_" + alnum(14)}
    kinds: list[str] = []

    def put(k: str) -> None:
        if k == "name":
            rec["full_name"] = p["name"]
        elif k == "phone":
            rec["phone"] = p["phone"]
        elif k == "email":
            rec["email"] = email_for(latin_name())
        elif k == "dob":
            rec["date_of_birth"] = p["dob"]
        elif k == "address":
            rec["address"] = p["address"]
        elif k == "card":
            rec["card_number"] = make_card()
            rec["exp"] = f"{rng.randint(1, 12):02d}/{rng.randint(27, 31)}"
        elif k == "ssn":
            rec["ssn"] = ssn_us()
        elif k == "iban":
            rec["iban"] = p.get("iban") or make_iban(rng.choice(sorted(IBAN_SHAPES)))
        elif k == "ip":
            rec["client_ip"] = make_ip()
        elif k == "secret":
            rec[rng.choice(("api_key", "access_token", "password"))] = (
                make_secret() if rng.random() < 0.7 else make_password()
            )
        elif k == "national_id":
            if "nid" in p and p["nid_kind"] == "national_id":
                rec["national_id"] = p["nid"]
            else:
                rec["national_id"] = nid_ee(p["dob"])
        elif k == "bank_account":
            rec["bank_account"] = make_bank()
        elif k == "sensitive":
            rec["full_name"] = p["name"]
            kinds.append("name")
            rec["notes"] = rng.choice(SENS_NOTES)[0]
        kinds.append(k)

    put(kind)
    if rng.random() < 0.6:
        extra = rng.choice(
            [k for k in ("name", "phone", "email", "dob", "address", "ip") if k != kind]
        )
        put(extra)
    rec["status"] = rng.choice(("active", "pending", "verified"))
    return rec, kinds


def pyrepr(v: Any) -> str:
    if isinstance(v, datetime.date):
        return f"datetime.date({v.year}, {v.month}, {v.day})"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {pyrepr(x)}" for k, x in v.items()) + "}"
    if v is None:
        return "None"
    return repr(v)


def plain(v: Any) -> Any:
    return v.isoformat() if isinstance(v, datetime.date) else v


def flat(rec: dict[str, Any]) -> dict[str, Any]:
    return {k: plain(v) for k, v in rec.items()}


def logfmt_val(v: Any) -> str:
    s = str(plain(v))
    return json.dumps(s, ensure_ascii=False) if any(c in s for c in ' ="') else s


def truncate(s: str, n: int) -> str:
    return s[:n] + rng.choice(("...", "…[truncated]", "… (truncated, 2048 bytes)"))


RenderFn = Callable[[dict[str, Any]], tuple[str, Any, str]]


def r_repr_dict(rec: dict[str, Any]) -> tuple[str, Any, str]:
    return "tool_payload", pyrepr({**rec, "notes": rec.get("notes")}), "gen_ai.tool.call.result"


def r_dataclass(rec: dict[str, Any]) -> tuple[str, Any, str]:
    body = ", ".join(f"{k}={pyrepr(v)}" for k, v in rec.items())
    return "tool_payload", f"Customer({body}, tags=[], deleted_at=None)", "tool.result"


def r_pydantic(rec: dict[str, Any]) -> tuple[str, Any, str]:
    body = " ".join(f"{k}={pyrepr(v)}" for k, v in rec.items())
    return "tool_payload", body, "lk.function_tool.output"


def r_json_in_json(rec: dict[str, Any]) -> tuple[str, Any, str]:
    inner = json.dumps(
        {"name": "update_customer", "arguments": json.dumps(flat(rec), ensure_ascii=False)},
        ensure_ascii=False,
    )
    return (
        "tool_payload",
        json.dumps({"type": "function", "function": inner}),
        "gen_ai.tool.call.arguments",
    )


def r_logfmt(rec: dict[str, Any]) -> tuple[str, Any, str]:
    parts = [
        f"ts=2026-03-1{rng.randint(0, 9)}T0{rng.randint(0, 9)}:14:07.{digits(3)}Z",
        "level=info",
        "logger=crm.sync",
        'msg="customer upserted"',
    ]
    parts += [f"{k}={logfmt_val(v)}" for k, v in rec.items()]
    return "value", " ".join(parts), "log.record.body"


def r_kv(rec: dict[str, Any]) -> tuple[str, Any, str]:
    body = " ".join(f"{k}={plain(v)}" for k, v in rec.items())
    return (
        "value",
        f"2026-03-04 11:02:{rng.randint(10, 59)},{digits(3)} INFO [booking.worker] lookup ok {body}",
        "log.message",
    )


def r_structlog(rec: dict[str, Any]) -> tuple[str, Any, str]:
    return (
        "value",
        json.dumps(
            {
                "event": "caller_verified",
                "level": "info",
                "logger": "voice.verify",
                "timestamp": "2026-03-04T09:12:44.102Z",
                **flat(rec),
            },
            ensure_ascii=False,
        ),
        "log.record",
    )


def r_exception(rec: dict[str, Any]) -> tuple[str, Any, str]:
    return (
        "value",
        f"ValidationError: 1 validation error for CustomerUpdate\n  value is not valid [type=value_error, input_value={pyrepr(rec)}, input_type=dict]",
        "exception.message",
    )


def r_stacktrace(rec: dict[str, Any]) -> tuple[str, Any, str]:
    lines = "\n".join(f"    {k} = {pyrepr(v)}" for k, v in rec.items())
    return (
        "value",
        f"Traceback (most recent call last):\n  File \"/srv/app/tools/crm.py\", line {rng.randint(20, 300)}, in upsert_customer\n    resp.raise_for_status()\n  Locals:\n{lines}\nhttpx.HTTPStatusError: Client error '409 Conflict' for url 'https://crm.internal.example/v2/customers'",
        "exception.stacktrace",
    )


def r_http_repr(rec: dict[str, Any]) -> tuple[str, Any, str]:
    q = urllib.parse.urlencode({k: plain(v) for k, v in rec.items() if k != "status"})
    return (
        "value",
        f"<Request('GET', 'https://api.crm.example/v1/customers/search?{q}')>",
        "http.request.repr",
    )


def r_truncated(rec: dict[str, Any]) -> tuple[str, Any, str]:
    s = json.dumps(flat(rec), ensure_ascii=False)
    cut = s.rfind('"status"')  # keep every personal field whole, cut what follows
    return (
        "tool_payload",
        truncate(s, cut + 4 if cut > 0 else len(s) * 2 // 3),
        "gen_ai.tool.call.result",
    )


def r_array(rec: dict[str, Any]) -> tuple[str, Any, str]:
    return "value", [f"{k}={plain(v)}" for k, v in rec.items()], "crm.contact.fields"


def r_query(rec: dict[str, Any]) -> tuple[str, Any, str]:
    q = urllib.parse.urlencode({k: plain(v) for k, v in rec.items()}, quote_via=urllib.parse.quote)
    return "value", f"https://hooks.partner.example/callback?{q}", "url.full"


def r_graphql(rec: dict[str, Any]) -> tuple[str, Any, str]:
    return (
        "tool_payload",
        json.dumps(
            {
                "operationName": "UpsertContact",
                "query": "mutation UpsertContact($input: ContactInput!) { upsertContact(input: $input) { id } }",
                "variables": {"input": flat(rec)},
            },
            ensure_ascii=False,
        ),
        "graphql.document",
    )


def r_yaml(rec: dict[str, Any]) -> tuple[str, Any, str]:
    body = "\n".join(
        f"  {k}: {json.dumps(plain(v), ensure_ascii=False) if isinstance(v, str) else plain(v)}"
        for k, v in rec.items()
    )
    return "tool_payload", "customer:\n" + body + "\nsource: ivr\n", "tool.result"


def r_toml(rec: dict[str, Any]) -> tuple[str, Any, str]:
    body = "\n".join(f"{k} = {json.dumps(plain(v), ensure_ascii=False)}" for k, v in rec.items())
    return "tool_payload", "[customer]\n" + body + "\n", "tool.arguments"


def r_proto(rec: dict[str, Any]) -> tuple[str, Any, str]:
    body = " ".join(f"{k}: {json.dumps(str(plain(v)), ensure_ascii=False)}" for k, v in rec.items())
    return "tool_payload", f"customer {{ {body} }} channel: VOICE", "rpc.response.body"


def r_multipart(rec: dict[str, Any]) -> tuple[str, Any, str]:
    b = "----WebKitFormBoundary" + alnum(16)
    parts = "".join(
        f'--{b}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{plain(v)}\r\n'
        for k, v in rec.items()
    )
    return "value", parts + f"--{b}--\r\n", "http.request.body"


def r_sql(rec: dict[str, Any]) -> tuple[str, Any, str]:
    vals = tuple(plain(v) for v in rec.values())
    return "value", f"[parameters: {vals!r}]", "db.query.parameters"


def r_grpc(rec: dict[str, Any]) -> tuple[str, Any, str]:
    md = tuple((f"x-{k.replace('_', '-')}", str(plain(v))) for k, v in rec.items())
    return "value", repr(md), "rpc.grpc.request.metadata"


def r_base64(rec: dict[str, Any]) -> tuple[str, Any, str]:
    raw = json.dumps(flat(rec), ensure_ascii=False).encode()
    return "value", base64.b64encode(raw).decode(), "http.request.body.base64"


def r_urlencoded(rec: dict[str, Any]) -> tuple[str, Any, str]:
    return (
        "value",
        urllib.parse.urlencode({k: plain(v) for k, v in rec.items()}),
        "http.request.body",
    )


RENDERS: list[tuple[str, RenderFn]] = [
    ("repr_dict", r_repr_dict), ("dataclass_repr", r_dataclass), ("pydantic_repr", r_pydantic),
    ("json_in_json", r_json_in_json), ("logfmt", r_logfmt), ("kv_log", r_kv), ("structlog", r_structlog),
    ("exception", r_exception), ("stacktrace", r_stacktrace), ("http_repr", r_http_repr), ("truncated", r_truncated),
    ("attr_array", r_array), ("query_string", r_query), ("graphql", r_graphql), ("yaml", r_yaml), ("toml", r_toml),
    ("protobuf_text", r_proto), ("multipart", r_multipart), ("sql_params", r_sql), ("grpc_metadata", r_grpc),
    ("base64", r_base64), ("urlencoded", r_urlencoded),
]  # fmt: skip

KINDS_CYCLE = [
    "phone",
    "email",
    "card",
    "ssn",
    "iban",
    "ip",
    "secret",
    "dob",
    "address",
    "name",
    "national_id",
    "bank_account",
    "sensitive",
]


def rendered_rows() -> None:
    """Records with personal data as each rendering shows them."""
    i = 0
    for _ in range(7):
        for label, fn in RENDERS:
            kind = KINDS_CYCLE[i % len(KINDS_CYCLE)]
            i += 1
            rec, kinds = record(kind)
            part, value, key = fn(rec)
            # exceptions live in span events; the rest on attributes or log events
            site = "event" if key.startswith("exception") else rng.choice(("attribute", "event"))
            add(f"pos.{part}.{label}", site, key, value, kinds)


def header_rows() -> None:
    """Credentials and client addresses in headers, cookies, fragments and metadata."""
    for _ in range(4):
        add(
            "pos.value.cookie",
            "attribute",
            "http.request.header.cookie",
            f"_ga=GA1.2.{digits(10)}.{digits(10)}; sessionid={alnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789')}; csrftoken={alnum(32)}",
            ["secret"],
        )
        add(
            "pos.value.url_fragment",
            "attribute",
            "url.full",
            f"https://app.example.com/oauth/callback#access_token={make_secret()}&token_type=Bearer&expires_in=3600",
            ["secret"],
        )
        add(
            "pos.value.headers_repr",
            "attribute",
            "http.request.headers",
            pyrepr(
                {
                    "Host": "api.voice.example",
                    "Authorization": "Bearer " + make_secret(),
                    "X-Forwarded-For": f"{make_ip()}, 10.0.3.7",
                    "User-Agent": "python-httpx/0.28.1",
                }
            ),
            ["ip", "secret"],
        )
        add(
            "pos.value.grpc_metadata",
            "attribute",
            "rpc.grpc.request.metadata",
            repr(
                (
                    ("authorization", "Bearer " + make_secret()),
                    ("x-request-id", alnum(8, "0123456789abcdef")),
                    ("grpc-timeout", "5S"),
                )
            ),
            ["secret"],
        )


# --- hard negatives and clean tool payloads ------------------------------------------------------


def config_record() -> dict[str, Any]:
    return rng.choice(
        (
            {
                "model": "gpt-4o-realtime-preview-2025-06-03",
                "voice": "verse",
                "temperature": 0.8,
                "max_response_output_tokens": 4096,
                "request_id": "req_" + alnum(24),
            },
            {
                "provider": "deepgram",
                "model": "nova-3",
                "language": "multi",
                "sample_rate": 16000,
                "endpointing_ms": 300,
                "trace_id": alnum(32, "0123456789abcdef"),
            },
            {
                "voice_id": alnum(20),
                "model_id": "eleven_flash_v2_5",
                "stability": 0.45,
                "similarity_boost": 0.75,
                "output_format": "ulaw_8000",
            },
            {
                "server": "sip.example.com",
                "bind_ip": "192.0.2.10",
                "rtp_port_range": "10000-20000",
                "codec": "PCMU",
                "build": "3.4.1+git.a1b2c3d",
            },
            {
                "order_id": "ORD-" + digits(7),
                "status": "SHIPPED",
                "eta": "2026-03-12",
                "sku": "SKU-" + digits(5),
                "quantity": 2,
                "total": 84.9,
            },
            {
                "call_sid": "CA" + alnum(32, "0123456789abcdef"),
                "duration_s": rng.randint(30, 900),
                "direction": "inbound",
                "status": "completed",
                "price": -0.0085,
            },
        )
    )


def neg_rendered_rows() -> None:
    """The same renderings holding only configuration, ids and business data."""
    for _ in range(3):
        for label, fn in RENDERS:
            rec = config_record()
            part, value, key = fn(rec)
            if part == "tool_payload":  # a config object is no tool payload: log it as one
                key = rng.choice(("app.config", "debug.state", "session.settings"))
            add(f"neg.value.{label}", "attribute", key, value, [])


def clean_tool_rows() -> None:
    """Tool arguments and results about orders, stock and bookings, rendered by code."""
    for label, fn in RENDERS[:4] + RENDERS[10:11] + RENDERS[13:17]:
        for _ in range(2):
            rec = config_record() if rng.random() < 0.3 else business_args()
            _part, value, key = fn(rec)
            add(f"neg.tool_payload.{label}", "attribute", key, value, [])


def standalone_negatives() -> None:
    """Ids, versions, hashes, timestamps, redactions and library stack traces."""
    hexs = "0123456789abcdef"
    items: list[tuple[str, str, Any]] = [
        ("uuid", "session.id", "f47ac10b-58cc-4372-a567-0e02b2c3d479"),
        (
            "uuid",
            "conversation.id",
            f"{alnum(8, hexs)}-{alnum(4, hexs)}-4{alnum(3, hexs)}-a{alnum(3, hexs)}-{alnum(12, hexs)}",
        ),
        ("trace_id", "trace_id", alnum(32, hexs)),
        ("span_id", "span_id", alnum(16, hexs)),
        ("event_id", "openai.realtime.event_id", evid()),
        ("event_id", "item.id", "item_" + alnum(20)),
        ("request_id", "http.response.header.x-request-id", "req_" + alnum(24, hexs)),
        (
            "request_id",
            "aws.request_id",
            f"{alnum(8, hexs)}-{alnum(4, hexs)}-{alnum(4, hexs)}-{alnum(4, hexs)}-{alnum(12, hexs)}",
        ),
        ("truncated_id", "conversation.id", "conv_" + alnum(10) + "…"),
        ("truncated_id", "call.sid", "CA" + alnum(12, hexs) + "..."),
        ("version", "service.version", "2.14.0-rc.3+build.4471"),
        ("version", "telemetry.sdk.version", "1.38.0"),
        ("version", "app.build", "10.4.12.7"),
        ("version", "getpatter.version", "0.7.0"),
        ("hash", "audio.sha256", alnum(64, hexs)),
        ("hash", "vcs.ref.head.revision", alnum(40, hexs)),
        ("hash", "container.image.id", "sha256:" + alnum(64, hexs)),
        ("timestamp", "event.time", "2026-03-04T09:12:44.102938Z"),
        ("timestamp", "http.response.header.date", "Wed, 04 Mar 2026 09:12:44 GMT"),
        ("timestamp", "start_time_unix_nano", str(1772615564102938000 + rng.randint(0, 10**9))),
        ("timestamp", "log.created", "04.03.2026 09:12:44"),
        ("model", "gen_ai.request.model", "gpt-4o-mini-realtime-preview-2024-12-17"),
        ("model", "gen_ai.response.model", "gemini-2.5-flash-native-audio-preview-09-2025"),
        ("model", "bedrock.model_id", "amazon.nova-sonic-v1:0"),
        ("voice_id", "tts.voice_id", alnum(20)),
        ("voice_id", "tts.voice", "en-US-Chirp3-HD-Charon"),
        (
            "voice_id",
            "hume.config_id",
            f"{alnum(8, hexs)}-{alnum(4, hexs)}-{alnum(4, hexs)}-{alnum(4, hexs)}-{alnum(12, hexs)}",
        ),
        ("redacted", "caller.number", "[REDACTED]"),
        ("redacted", "customer.email", "***"),
        ("redacted", "transcript.redacted", "<PHONE_NUMBER>"),
        ("redacted", "card", "**** **** **** 4242"),
        ("redacted", "authorization", "Bearer ***"),
        ("redacted", "api_key", "sk-…Xa9Q"),
        ("redacted", "openai.api_key", "${OPENAI_API_KEY}"),
        ("enum", "call.status", "CallStatus.NO_ANSWER"),
        ("enum", "finish_reason", "FinishReason.STOP"),
        ("enum", "error.type", "RateLimitError"),
        ("error_code", "twilio.error_code", "31005"),
        ("error_code", "sip.response.status_code", 486),
        ("error_code", "grpc.status", "UNAVAILABLE (14)"),
        ("doc_address", "server.address", "203.0.113.24"),
        ("doc_address", "network.peer.address", "2001:db8::1f"),
        ("doc_address", "server.address", "10.12.4.9"),
        (
            "doc_address",
            "url.full",
            "https://docs.example.com/realtime/events#conversation-item-created",
        ),
        ("doc_address", "support.email", "support@example.com"),
        ("duration", "duration", "PT3M12.48S"),
        ("cost_count", "gen_ai.usage.input_tokens", rng.randint(100, 9000)),
        ("cost_count", "llm.cost_usd", round(rng.random() / 10, 5)),
        (
            "path",
            "code.filepath",
            "/usr/lib/python3.12/site-packages/websockets/legacy/protocol.py",
        ),
        (
            "path",
            "code.function",
            "openai.resources.beta.realtime.realtime.AsyncRealtimeConnection.recv",
        ),
        ("luhn_id", "order.id", luhn_number("4929")),
        ("luhn_id", "invoice.number", luhn_number("5412")),
        ("org_contact", "org.support_phone", "+1 800-555-0199"),
        ("org_contact", "agent.trunk.number", "+44 20 7946 0018"),
        ("org_contact", "business.address", "Acme Rentals, 1 Example Plaza, Suite 100"),
        ("list", "gen_ai.response.finish_reasons", ["stop"]),
        ("list", "tool.names", ["lookup_order", "transfer_call", "end_call"]),
        ("float", "vad.threshold", 0.5),
        ("int", "audio.sample_rate", 24000),
        (
            "sql",
            "db.query.text",
            "SELECT id, full_name, phone FROM customers WHERE phone = $1 LIMIT 1",
        ),
        ("sql", "db.query.parameters", "[parameters: ('ORD-118204', 'SHIPPED', 3)]"),
        (
            "system_prompt",
            "gen_ai.system_instructions",
            "You are Ava, a receptionist. Ask for the caller's name, date of birth and phone number to verify identity. Never read card numbers back.",
        ),
    ]
    for label, key, value in items:
        add(f"neg.value.{label}", "attribute", key, value, [])
    traces = [
        'Traceback (most recent call last):\n  File "/usr/local/lib/python3.12/site-packages/websockets/asyncio/connection.py", line 322, in recv\n    return await self.recv_messages.get(decode)\n  File "/usr/local/lib/python3.12/site-packages/websockets/asyncio/messages.py", line 159, in get\n    raise EOFError("stream of frames ended")\nwebsockets.exceptions.ConnectionClosedError: received 1011 (internal error) keepalive ping timeout; then sent 1011 (internal error) keepalive ping timeout',
        'Traceback (most recent call last):\n  File "/app/.venv/lib/python3.11/site-packages/httpx/_transports/default.py", line 101, in map_httpcore_exceptions\n    yield\n  File "/app/.venv/lib/python3.11/site-packages/httpcore/_async/connection_pool.py", line 256, in handle_async_request\n    raise exc from None\nhttpx.ConnectTimeout: timed out',
        '  File "/opt/venv/lib/python3.12/site-packages/pydantic/main.py", line 253, in __init__\n    validated_self = self.__pydantic_validator__.validate_python(data, self_instance=self)\npydantic_core._pydantic_core.ValidationError: 1 validation error for SessionConfig\nturn_detection.threshold\n  Input should be less than or equal to 1 [type=less_than_equal, input_value=1.5, input_type=float]',
        'Traceback (most recent call last):\n  File "/srv/agent/pipeline.py", line 88, in run\n    await task\nasyncio.exceptions.CancelledError',
        "google.genai.errors.APIError: 1008 None. Operation is not implemented, or supported, or enabled.",
        "botocore.errorfactory.ValidationException: An error occurred (ValidationException) when calling the InvokeModelWithBidirectionalStream operation: Timed out waiting for input events",
        "openai.BadRequestError: Error code: 400 - {'error': {'message': \"Invalid 'tools[0].name': string does not match pattern.\", 'type': 'invalid_request_error', 'param': 'tools[0].name', 'code': 'invalid_value'}}",
        "KeyError: 'phone_number'",
    ]
    for t in traces:
        add(
            "neg.value.library_stacktrace",
            "event",
            rng.choice(("exception.stacktrace", "exception.message")),
            t,
            [],
        )


def redacted_content_rows() -> None:
    """Content whose personal data an upstream redactor already replaced."""
    for text in (
        "My name is [PERSON] and my number is <PHONE_NUMBER>.",
        "Η διεύθυνσή μου είναι <ADDRESS>.",
        "NIK saya [REDACTED], tanggal lahir saya [DATE_OF_BIRTH].",
        "제 번호는 ***-****-**** 입니다.",
        json.dumps(
            {
                "type": "conversation.item.created",
                "item": {
                    "role": "user",
                    "content": [
                        {"type": "input_audio", "transcript": "my card is {{card_number}}"}
                    ],
                },
            }
        ),
        "Kennitalan mín er ******-****.",
    ):
        add("neg.free_text.redacted", "event", "transcript", text, [])
    for text in (
        "What documents do I need to renew a passport?",
        "Do you need my date of birth or just the postcode?",
        "Μπορώ να πληρώσω με κάρτα ή μόνο με μετρητά;",
        "Kokia jūsų IBAN formato taisyklė užsienio pervedimams?",
        "Bolehkah saya tahu prosedur jika saya kehilangan kad pengenalan?",
        "ประกันสุขภาพครอบคลุมค่าทำฟันไหมคะ",
        "Покривате ли консултации с психолог?",
        "Voitteko kertoa, mitä tietoja tarvitsette henkilöllisyyden vahvistamiseen?",
    ):
        add("neg.free_text.pii_words", "attribute", rng.choice(UTTER_KEYS), text, [])


def payment_rows() -> None:
    """Cards, bank accounts and SSNs said or typed in a call."""
    for lead in (
        "My card number is {v}.",
        "Číslo karty je {v}.",
        "Numărul cardului este {v}.",
        "카드 번호는 {v}입니다.",
        "Kortin numero on {v}.",
        "Номер картки {v}.",
    ):
        c = make_card()
        v = rng.choice(
            (
                c,
                " ".join(c[i : i + 4] for i in range(0, len(c), 4)),
                "-".join(c[i : i + 4] for i in range(0, len(c), 4)),
            )
        )
        add("pos.free_text.card", "attribute", rng.choice(UTTER_KEYS), lead.format(v=v), ["card"])
    for lead in (
        "Číslo účtu je {v}.",
        "Send the refund to {v}.",
        "Platba z účtu {v}, prosím.",
        "My checking account: {v}.",
        "Účet mám {v}.",
    ):
        v = cz_bank_only() if "Č" in lead or "Ú" in lead or "ú" in lead else make_bank()
        add(
            "pos.free_text.bank_account",
            "attribute",
            rng.choice(UTTER_KEYS),
            lead.format(v=v),
            ["bank_account"],
        )
    for lead in (
        "Last question, my social security number is {v}.",
        "SSN {v}, and the zip is 30301.",
        "It's {v} for the social.",
    ):
        v = ssn_us()
        add(
            "pos.free_text.ssn",
            "event",
            "transcript",
            lead.format(v=v if rng.random() < 0.6 else v.replace("-", " ")),
            ["ssn"],
        )
    add(
        "pos.tool_payload.ssn",
        "attribute",
        "tool.arguments",
        json.dumps({"applicant": {"ssn": ssn_us().replace("-", ""), "consent": True}}),
        ["ssn"],
    )
    add("pos.value.bank_account", "attribute", "payout.destination", make_bank(), ["bank_account"])


REPLIES = [
    ("en", "Your table for four is booked for 7:30 on Friday."),
    ("el", "Η παραγγελία σας θα φτάσει αύριο μεταξύ 10 και 12."),
    ("ro", "Comanda 4471 a fost expediată ieri."),
    ("hu", "Az időpontját áttettem jövő keddre, 14 órára."),
    ("fi", "Huone 312 on valmis kello 15 alkaen."),
    ("uk", "Ваше замовлення буде доставлено в четвер."),
    ("ko", "예약이 금요일 오후 3시로 변경되었습니다."),
    ("th", "คำสั่งซื้อของคุณจะจัดส่งภายในสองวันค่ะ"),
    ("yue", "你張單聽日會送到，大約下晝三點。"),
    ("he", "ההזמנה שלך נשלחה ותגיע ביום ראשון."),
    ("lt", "Jūsų siunta bus pristatyta penktadienį."),
    ("id", "Pesanan Anda sudah dikirim dan tiba besok."),
]


def reply_rows() -> None:
    """Agent replies as GenAI output messages, with no personal data."""
    for code, text in REPLIES:
        msg = [
            {
                "role": "assistant",
                "parts": [{"type": "text", "content": text}],
                "finish_reason": "stop",
            }
        ]
        add(
            f"neg.free_text.reply.{code}",
            "attribute",
            "gen_ai.output.messages",
            json.dumps(msg, ensure_ascii=False),
            [],
        )


def main() -> None:
    """Build every row and write the file given on the command line (or the default)."""
    check_releases()
    language_rows()
    realtime_rows()
    rendered_rows()
    header_rows()
    payment_rows()
    neg_rendered_rows()
    clean_tool_rows()
    standalone_negatives()
    redacted_content_rows()
    reply_rows()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
