"""Write ``pii_corpus_v.jsonl``: labelled PII corpus V, held out and written blind.

Home, family and neighbourhood (tenants, landlords, utilities, schools and nurseries, home
care, vets, councils, clubs, community groups) for about half the rows, and a broad everyday
mix for the rest, in some forty languages and locales. Every value is invented: Faker names
and addresses, libphonenumber example numbers with varied last digits, identifiers that
python-stdnum validates, published test cards, random tokens in providers' key formats.

Run: ``python tests/data/make_pii_corpus_v.py [OUT]`` (default: next to this script). The
seed is fixed and no date is read from the clock, so the file is rewritten byte for byte
with the releases below.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import json
import os
import random
import string
import sys
import urllib.parse
import warnings
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

# Faker draws from sets in a few locales: a fixed hash seed keeps its choices stable.
if os.environ.get("PYTHONHASHSEED") != "0":
    os.environ["PYTHONHASHSEED"] = "0"
    os.execv(sys.executable, [sys.executable, *sys.argv])

import phonenumbers
from faker import Faker
from stdnum import (
    iban,
    luhn,
)
from stdnum.be import nn as be_nn
from stdnum.bg import egn
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.cz import rc as cz_rc
from stdnum.ee import ik as ee_ik
from stdnum.es import dni as es_dni
from stdnum.fi import hetu
from stdnum.gr import amka
from stdnum.hr import oib
from stdnum.id import nik
from stdnum.il import idnr
from stdnum.in_ import aadhaar
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.lt import asmens
from stdnum.pk import cnic
from stdnum.ro import cnp
from stdnum.si import emso
from stdnum.sk import rc as sk_rc
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn
from stdnum.za import idnr as za_idnr

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 2026_12_07_22
OUT = Path(__file__).with_name("pii_corpus_v.jsonl")

for _dist, _want in RELEASES.items():
    _have = metadata.version(_dist)
    if _have != _want:
        warnings.warn(f"{_dist} {_have} installed; corpus V was written with {_want}", stacklevel=1)

R = random.Random(SEED)
ROWS: list[dict[str, Any]] = []


def add(
    cls: str, key: str, value: Any, kinds: tuple[str, ...] | list[str] = (), site: str = "attribute"
) -> None:
    """Append one row; the class prefix and ``content`` follow from kinds and class."""
    ks = sorted(set(kinds))
    full = ("pos." if ks else "neg.") + cls
    ROWS.append(
        {
            "id": len(ROWS),
            "class": full,
            "site": site,
            "key": key,
            "value": value,
            "kinds": ks,
            "content": cls.split(".")[0] != "value",
        }
    )


def js(obj: Any) -> str:
    """A compact JSON body as a tool or webhook would send it."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


_FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    """One seeded Faker per locale, seeded from the corpus seed and its name."""
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + sum(ord(c) for c in locale))
        _FAKERS[locale] = f
    return _FAKERS[locale]


def name(locale: str) -> str:
    """A Faker first and last name (no prefixes or suffixes)."""
    f = fk(locale)
    first, last = f.first_name(), f.last_name()
    if locale == "ko_KR":  # family name first, written together
        return last + first
    if locale in ("ja_JP", "vi_VN", "hu_HU"):  # family name first
        return f"{last} {first}"
    return f"{first} {last}"


def addr(locale: str) -> str:
    """A Faker street address on one line."""
    return str(fk(locale).address()).replace("\n", ", ")


def phone(region: str, fmt: str = "national") -> str:
    """An example mobile number of ``region`` with its last two digits varied, still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = str(ex.national_number)
    while True:
        cand = base[:-2] + f"{R.randrange(100):02d}"
        n = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if phonenumbers.is_valid_number(n):
            break
    f = {
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "e164": phonenumbers.PhoneNumberFormat.E164,
    }[fmt]
    return phonenumbers.format_number(n, f)


def digits(n: int, first: str = "0123456789") -> str:
    """``n`` random digits, the first drawn from ``first``."""
    return R.choice(first) + "".join(R.choice(string.digits) for _ in range(n - 1))


def brute(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    """Draw candidates until python-stdnum accepts one (check digits found, not guessed)."""
    for _ in range(200000):
        c = make()
        if valid(c):
            return c
    raise RuntimeError("no valid candidate")


def ymd(lo: int = 1940, hi: int = 2004) -> tuple[int, int, int]:
    """A random date (day kept below 29 so every month holds it)."""
    return R.randint(lo, hi), R.randint(1, 12), R.randint(1, 28)


def child_dob() -> tuple[int, int, int]:
    """A child's birth date: 2012-2023."""
    return ymd(2012, 2023)


def nat_id(cc: str) -> str:
    """A python-stdnum-valid personal identifier of country ``cc``, formatted locally."""
    y, m, d = ymd()
    yy, mm, dd = f"{y % 100:02d}", f"{m:02d}", f"{d:02d}"
    if cc == "IL":
        return brute(lambda: digits(9, "0123"), idnr.is_valid)
    if cc == "GR":
        return brute(lambda: dd + mm + yy + digits(5), amka.is_valid)
    if cc == "RO":
        s = "1" if y < 2000 else "5"
        return brute(lambda: s + yy + mm + dd + f"{R.randint(1, 46):02d}" + digits(4), cnp.is_valid)
    if cc in ("CZ", "SK"):
        y2 = R.randint(1960, 1999)
        mod = cz_rc if cc == "CZ" else sk_rc
        v = brute(
            lambda: f"{y2 % 100:02d}" + f"{m + R.choice((0, 50)):02d}" + dd + digits(4),
            mod.is_valid,
        )
        return v[:6] + "/" + v[6:]
    if cc == "SI":
        return brute(lambda: dd + mm + f"{y % 1000:03d}" + "50" + digits(4), emso.is_valid)
    if cc == "HR":
        return brute(lambda: digits(11, "123456789"), oib.is_valid)
    if cc == "BG":
        return brute(lambda: yy + mm + dd + digits(4), egn.is_valid)
    if cc == "UA":
        return brute(lambda: digits(10, "123"), rntrc.is_valid)
    if cc == "TR":
        return brute(lambda: digits(11, "123456789"), tckimlik.is_valid)
    if cc == "IN":
        v = brute(lambda: digits(12, "23456789"), aadhaar.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if cc == "ID":
        dd2 = f"{d + R.choice((0, 40)):02d}"
        return brute(
            lambda: (
                R.choice(("31", "32", "33", "35", "51"))
                + digits(4)
                + dd2
                + mm
                + yy
                + digits(4, "0")
            ),
            nik.is_valid,
        )
    if cc == "JP":
        v = brute(lambda: digits(12, "123456789"), jp_in.is_valid)
        return f"{v[:4]} {v[4:8]} {v[8:]}"
    if cc == "KR":
        g = "1" if y < 2000 else "3"
        v = brute(lambda: yy + mm + dd + g + digits(6), rrn.is_valid)
        return v[:6] + "-" + v[6:]
    if cc == "TH":
        v = brute(lambda: digits(13, "12345678"), th_pin.is_valid)
        return th_pin.format(v)
    if cc == "ZA":
        return brute(lambda: yy + mm + dd + digits(4) + "08" + digits(1), za_idnr.is_valid)
    if cc == "ES":
        n = digits(8)
        return n + es_dni.calc_check_digit(n)
    if cc in ("EE", "LT"):
        g = "3" if y < 2000 else "5"
        mod2 = ee_ik if cc == "EE" else asmens
        return brute(
            lambda: R.choice((g, str(int(g) + 1))) + yy + mm + dd + digits(4), mod2.is_valid
        )
    if cc == "FI":
        sep = "-" if y < 2000 else "A"
        return brute(
            lambda: dd + mm + yy + sep + digits(3) + R.choice("0123456789ABCDEFHJKLMNPRSTUVWXY"),
            hetu.is_valid,
        )
    if cc == "BE":
        v = brute(lambda: yy + mm + dd + digits(5), be_nn.is_valid)
        return be_nn.format(v)
    if cc == "CH":
        v = brute(lambda: "756" + digits(10), ch_ssn.is_valid)
        return ch_ssn.format(v)
    if cc == "CA":
        v = brute(lambda: digits(9, "1234567"), ca_sin.is_valid)
        return ca_sin.format(v)
    if cc == "PK":
        v = brute(lambda: digits(13, "1234567"), cnic.is_valid)
        return cnic.format(v)
    raise KeyError(cc)


IBAN_BBAN = {
    "RO": "AAAAnnnnnnnnnnnnnnnn", "HU": "n" * 24, "CZ": "n" * 20, "SK": "n" * 20, "SI": "n" * 15,
    "HR": "n" * 17, "BG": "AAAA" + "n" * 14, "TR": "n" * 22, "IL": "n" * 19, "GR": "n" * 23,
    "EE": "n" * 16, "FI": "n" * 14, "LT": "n" * 16, "BE": "n" * 12, "CH": "n" * 17,
    "ES": "n" * 20, "UA": "n" * 25, "KZ": "n" * 16, "AZ": "AAAA" + "n" * 20, "PK": "AAAA" + "n" * 16,
    "RS": "n" * 18,
}  # fmt: skip


def make_iban(cc: str, grouped: bool = True) -> str:
    """A random BBAN of ``cc`` with computed check digits that python-stdnum accepts."""

    def cand() -> str:
        bb = "".join(
            R.choice(string.ascii_uppercase) if c == "A" else R.choice(string.digits)
            for c in IBAN_BBAN[cc]
        )
        raw = cc + "00" + bb
        return cc + iban.calc_check_digits(raw) + bb

    v = brute(cand, iban.is_valid)
    return iban.format(v) if grouped else v


def ssn() -> str:
    """A random SSN with a valid area, group and serial."""
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


TEST_CARDS = [
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
    "5200828282828210", "378282246310005", "6011111111111117", "3056930009020004",
    "36227206271667", "6200000000000005", "3566002020360505", "4111111111111111",
    "5105105105105100", "4000002500003155", "4988438843884305", "6011000990139424",
]  # fmt: skip


def luhn_card(prefix: str, length: int = 16) -> str:
    """A Luhn-valid number in an issuer range."""
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def group4(n: str, sep: str = " ") -> str:
    """Card digits in groups of four."""
    return sep.join(n[i : i + 4] for i in range(0, len(n), 4))


def ipv4() -> str:
    """A random global IPv4 address (no private, shared, test or reserved ranges)."""
    while True:
        a = R.randint(11, 223)
        if a not in (100, 127, 169, 172, 192, 198, 203):
            return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6() -> str:
    """A random global IPv6 address (outside the documentation prefix)."""
    return "2a0" + R.choice("12345") + ":" + ":".join(f"{R.randrange(65536):x}" for _ in range(7))


def tok(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    """A random token body."""
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    """Random lower-case hex."""
    return tok(n, "0123456789abcdef")


def b64url(obj: Any) -> str:
    """A JSON object as unpadded base64url (a JWT segment)."""
    return base64.urlsafe_b64encode(json.dumps(obj).encode()).decode().rstrip("=")


def jwt() -> str:
    """A JWT-shaped bearer token with a random signature."""
    return (
        b64url({"alg": "HS256", "typ": "JWT"})
        + "."
        + b64url({"sub": hexs(12), "iat": 1796000000 + R.randrange(9999999)})
        + "."
        + tok(43, string.ascii_letters + string.digits + "-_")
    )


def secret() -> tuple[str, str]:
    """A random live credential in one provider's format, with a fitting key."""
    return R.choice(
        [
            ("http.request.header.authorization", "Bearer " + jwt()),
            ("smarthome.hass.token", jwt()),
            ("integration.stripe.key", "sk_live_" + tok(24)),
            ("notify.slack.bot_token", f"xoxb-{digits(12)}-{digits(13)}-{tok(24)}"),
            ("mailer.sendgrid.api_key", "SG." + tok(22) + "." + tok(43)),
            ("github.token", "ghp_" + tok(36)),
            ("maps.google.key", "AIza" + tok(35, string.ascii_letters + string.digits + "-_")),
            ("sms.twilio.auth", f"AC{hexs(32)}:{hexs(32)}"),
            (
                "aws.credentials",
                f"aws_access_key_id=AKIA{tok(16, string.ascii_uppercase + '234567')} aws_secret_access_key={tok(40)}",
            ),
            ("mailgun.key", "key-" + hexs(32)),
        ]
    )


def dob_fmt(y: int, m: int, d: int, style: str) -> str:
    """A birth date in a local format."""
    return {
        "dmy.": f"{d:02d}.{m:02d}.{y}",
        "dmy/": f"{d:02d}/{m:02d}/{y}",
        "ymd-": f"{y}-{m:02d}-{d:02d}",
        "ymd.": f"{y}. {m:02d}. {d:02d}.",
        "ja": f"{y}年{m}月{d}日",
        "ko": f"{y}년 {m}월 {d}일",
        "mdy": f"{m:02d}/{d:02d}/{y}",
    }[style]


# (code, language, faker locale, phone region, id country, date style, templates)
# templates: me=my name, kid=child absent, live=I live at, call=call me on, sens=sensitive,
# clean=three conversation lines holding nothing personal, born=child's birth date.
LANGS: list[tuple[str, str, str, str, str | None, str, dict[str, Any]]] = [
    ("he", "Hebrew", "he_IL", "IL", "IL", "dmy/", {
        "me": "שלום, מדברת {n}, אני שוכרת בבניין", "kid": "הבן שלי {n} חולה היום ולא יגיע לגן", "live": "הכתובת שלי היא {a}", "call": "אפשר לחזור אליי למספר {p}",
        "sens": "אמא שלי אובחנה עם דמנציה והיא נפלה שוב בלילה", "born": "תאריך הלידה של הילדה {d}", "id": "מספר תעודת הזהות שלי {i}",
        "clean": ["יש עובש בחדר האמבטיה כבר חודש", "מתי מגיע השרברב?", "הדלת של החניון לא נפתחת"]}),
    ("el", "Greek", "el_GR", "GR", "GR", "dmy/", {
        "me": "Καλησπέρα, είμαι ο {n}, ενοικιαστής στον τρίτο", "kid": "Η κόρη μου η {n} έχει πυρετό σήμερα", "live": "Μένω στη διεύθυνση {a}", "call": "Το κινητό μου είναι {p}",
        "sens": "Χρωστάω τρία νοίκια και φοβάμαι ότι θα με κάνουν έξωση", "born": "Γεννήθηκε στις {d}", "id": "Ο ΑΜΚΑ μου είναι {i}",
        "clean": ["Ο θερμοσίφωνας στάζει πάλι", "Πότε περνάει το απορριμματοφόρο;", "Θέλω να κλείσω ραντεβού για προβολή"]}),
    ("hu", "Hungarian", "hu_HU", "HU", None, "ymd.", {
        "me": "Jó napot, {n} vagyok, a bérlő a második emeletről", "kid": "A fiam, {n}, ma beteg, nem megy iskolába", "live": "A címem {a}", "call": "A telefonszámom {p}",
        "sens": "Apámnak Alzheimer-kórja van és egyedül él", "born": "A születési dátuma {d}",
        "clean": ["A fűtés nem működik a lakásban", "Mikor lesz a lakógyűlés?", "Elveszett a kapukulcsom"]}),
    ("ro", "Romanian", "ro_RO", "RO", "RO", "dmy.", {
        "me": "Bună ziua, sunt {n} de la apartamentul 12", "kid": "Fiica mea {n} nu vine azi la grădiniță, e răcită", "live": "Locuiesc pe {a}", "call": "Mă puteți suna la {p}",
        "sens": "Soțul meu a murit luna trecută și nu mai pot plăti chiria", "born": "Data nașterii: {d}", "id": "CNP-ul meu este {i}",
        "clean": ["Caloriferul din sufragerie nu se încălzește", "Când se citesc apometrele?", "Vreau să programez o vizionare"]}),
    ("cs", "Czech", "cs_CZ", "CZ", "CZ", "dmy.", {
        "me": "Dobrý den, tady {n}, nájemnice z druhého patra", "kid": "Můj syn {n} je nemocný a dnes nepřijde do školy", "live": "Bydlím na adrese {a}", "call": "Zavolejte mi na {p}",
        "sens": "Jsem v insolvenci a exekutor mi obstavil účet", "born": "Narodil se {d}", "id": "Moje rodné číslo je {i}",
        "clean": ["Ve sklepě je zase voda", "Kdy přijde technik na kotel?", "Potřebuji nový čip ke vchodu"]}),
    ("sk", "Slovak", "sk_SK", "SK", "SK", "dmy.", {
        "me": "Dobrý deň, volám sa {n}", "kid": "Moja dcéra {n} dnes nepríde do škôlky", "live": "Bývam na {a}", "call": "Moje číslo je {p}",
        "sens": "Syn je závislý na alkohole a bojím sa o neho", "born": "Dátum narodenia {d}", "id": "Rodné číslo {i}",
        "clean": ["Nefunguje výťah v našom vchode", "Kedy sa vyváža separovaný odpad?", "Chcem si prenajať garáž"]}),
    ("sl", "Slovenian", "sl_SI", "SI", "SI", "dmy.", {
        "me": "Dober dan, tukaj {n}", "kid": "Moj sin {n} je danes bolan", "live": "Moj naslov je {a}", "call": "Pokličite me na {p}",
        "sens": "Mama ima demenco in je včeraj padla v kopalnici", "born": "Rojen je bil {d}", "id": "Moj EMŠO je {i}",
        "clean": ["Radiator pušča vodo", "Kdaj bo odvoz kosovnih odpadkov?", "Ali je dvorana prosta v soboto?"]}),
    ("hr", "Croatian", "hr_HR", "HR", "HR", "dmy.", {
        "me": "Dobar dan, ovdje {n}", "kid": "Kći {n} danas neće doći u vrtić", "live": "Stanujem na adresi {a}", "call": "Broj mi je {p}",
        "sens": "Dobila sam ovrhu zbog neplaćenih režija", "born": "Datum rođenja {d}", "id": "Moj OIB je {i}",
        "clean": ["Bojler ne grije vodu", "Kada dolazi majstor za prozore?", "Trebam novu karticu za parking"]}),
    ("sr", "Serbian", "sr_BA", "RS", None, "dmy.", {
        "me": "Добар дан, зовем се {n}", "kid": "Мој син {n} данас неће доћи у школу", "live": "Живим у улици {a}", "call": "Мој број телефона је {p}",
        "sens": "Отац ми је преминуо прошле недеље, треба нам сахрана", "born": "Рођен је {d}",
        "clean": ["Лифт у згради опет не ради", "Када је састанак станара?", "Изгубио сам кључ од подрума"]}),
    ("bg", "Bulgarian", "bg_BG", "BG", "BG", "dmy.", {
        "me": "Здравейте, обажда се {n}", "kid": "Дъщеря ми {n} е болна и няма да дойде", "live": "Адресът ми е {a}", "call": "Телефонът ми е {p}",
        "sens": "Имам рак и съм на химиотерапия, не мога да изнасям боклука", "born": "Роден на {d}", "id": "ЕГН {i}",
        "clean": ["Входната врата не се заключва", "Кога ще сменят водомерите?", "Колко е таксата за поддръжка?"]}),
    ("mk", "Macedonian", "mk_MK", "MK", None, "dmy.", {
        "me": "Добар ден, јас сум {n}", "kid": "Синот {n} денес е болен", "live": "Живеам на {a}", "call": "Мојот број е {p}",
        "sens": "Бев осуден условно и се плашам дека ќе го изгубам станот", "born": "Датум на раѓање {d}",
        "clean": ["Дали може да дојде некој за бојлерот?", "Кога е собранието на станарите?", "Светлото на скалите не работи"]}),
    ("sq", "Albanian", "sq_AL", "AL", None, "dmy.", {
        "me": "Përshëndetje, jam {n}", "kid": "Vajza ime {n} sot nuk vjen në shkollë", "live": "Banoj në {a}", "call": "Numri im është {p}",
        "sens": "Kam borxhe të mëdha dhe banka më kërcënon me përmbarim", "born": "Datëlindja {d}",
        "clean": ["Uji i ngrohtë nuk vjen", "Kur mblidhen plehrat?", "Dua të rinovoj kontratën e qirasë"]}),
    ("uk", "Ukrainian", "uk_UA", "UA", "UA", "dmy.", {
        "me": "Добрий день, це {n}", "kid": "Мій син {n} сьогодні не прийде до садочка", "live": "Моя адреса {a}", "call": "Мій номер {p}",
        "sens": "У мене тимчасовий захист, і посвідка на проживання закінчується", "born": "Дата народження {d}", "id": "Мій РНОКПП {i}",
        "clean": ["У ванній знову пліснява", "Коли прийде сантехнік?", "Як подати показання лічильника?"]}),
    ("kk", "Kazakh", "ru_RU", "KZ", None, "dmy.", {
        "me": "Сәлеметсіз бе, менің атым {n}", "kid": "Ұлым {n} бүгін мектепке бармайды", "live": "Мекенжайым {a}", "call": "Телефон нөмірім {p}",
        "sens": "Әкем қант диабетімен ауырады, аяғын кесті", "born": "Туған күні {d}",
        "clean": ["Жылу әлі берілмеді", "Қоқыс қашан шығарылады?", "Лифт істемейді"]}),
    ("uz", "Uzbek", "uz_UZ", "UZ", None, "dmy.", {
        "me": "Assalomu alaykum, men {n}", "kid": "Qizim {n} bugun bog'chaga bormaydi", "live": "Manzilim {a}", "call": "Telefonim {p}",
        "sens": "Onam insult bo'ldi, yurolmaydi", "born": "Tug'ilgan sanasi {d}",
        "clean": ["Gaz bosimi past", "Hisoblagichni qachon tekshirishadi?", "Kvartira ijarasi necha pul?"]}),
    ("az", "Azerbaijani", "az_AZ", "AZ", None, "dmy.", {
        "me": "Salam, mən {n}", "kid": "Oğlum {n} bu gün məktəbə gəlməyəcək", "live": "Ünvanım {a}", "call": "Nömrəm {p}",
        "sens": "Kirayə borcum yığılıb, işsizəm", "born": "Doğum tarixi {d}",
        "clean": ["Kran sızır", "Zibil nə vaxt aparılır?", "Mənzilə baxmaq istəyirəm"]}),
    ("tr", "Turkish", "tr_TR", "TR", "TR", "dmy.", {
        "me": "Merhaba, ben {n}, 5 numaralı dairedeyim", "kid": "Oğlum {n} bugün okula gelemeyecek", "live": "Adresim {a}", "call": "Beni {p} numarasından arayın",
        "sens": "Eşimden boşanıyorum, velayet davası sürüyor", "born": "Doğum tarihi {d}", "id": "TC kimlik numaram {i}",
        "clean": ["Kombi arıza veriyor", "Aidat ne zaman ödenecek?", "Otoparkın kapısı açılmıyor"]}),
    ("fa", "Persian", "fa_IR", "IR", None, "ymd-", {
        "me": "سلام، من {n} هستم", "kid": "پسرم {n} امروز مدرسه نمی‌آید", "live": "آدرس من {a}", "call": "شماره من {p}",
        "sens": "پناهنده هستم و پرونده اقامتم هنوز باز است", "born": "تاریخ تولد {d}",
        "clean": ["شوفاژ کار نمی‌کند", "کی برای تعمیر می‌آیید؟", "قبض آب خیلی زیاد آمده"]}),
    ("ur", "Urdu", "en_PK", "PK", "PK", "dmy/", {
        "me": "السلام علیکم، میں {n} بول رہا ہوں", "kid": "میری بیٹی {n} آج اسکول نہیں آئے گی", "live": "میرا پتہ {a} ہے", "call": "میرا نمبر {p} ہے",
        "sens": "میرے والد کو کینسر ہے اور علاج بہت مہنگا ہے", "born": "تاریخ پیدائش {d}", "id": "میرا شناختی کارڈ نمبر {i}",
        "clean": ["بجلی کا بل زیادہ آیا ہے", "پانی کب آئے گا؟", "کرایہ کب جمع کرانا ہے؟"]}),
    ("bn", "Bengali", "bn_BD", "BD", None, "dmy/", {
        "me": "নমস্কার, আমি {n} বলছি", "kid": "আমার ছেলে {n} আজ স্কুলে যাবে না", "live": "আমার ঠিকানা {a}", "call": "আমার নম্বর {p}",
        "sens": "আমার স্বামী মারা গেছেন, ভাড়া দিতে পারছি না", "born": "জন্ম তারিখ {d}",
        "clean": ["ছাদ থেকে জল পড়ছে", "ময়লা কখন নেবে?", "গ্যাসের চাপ কম"]}),
    ("mr", "Marathi", "mr_IN", "IN", "IN", "dmy/", {
        "me": "नमस्कार, मी {n} बोलतोय", "kid": "माझी मुलगी {n} आज शाळेत येणार नाही", "live": "माझा पत्ता {a}", "call": "माझा नंबर {p}",
        "sens": "आईला डिमेन्शिया आहे, ती घरात पडली", "born": "जन्मतारीख {d}", "id": "माझा आधार क्रमांक {i}",
        "clean": ["सोसायटीची लिफ्ट बंद आहे", "पाणी कधी येणार?", "मेंटेनन्स किती आहे?"]}),
    ("gu", "Gujarati", "gu_IN", "IN", "IN", "dmy/", {
        "me": "નમસ્તે, હું {n} બોલું છું", "kid": "મારો દીકરો {n} આજે શાળાએ નહીં આવે", "live": "મારું સરનામું {a}", "call": "મારો નંબર {p}",
        "sens": "મારા પિતાને હૃદયરોગ છે અને ઓપરેશન છે", "born": "જન્મ તારીખ {d}", "id": "આધાર નંબર {i}",
        "clean": ["નળમાંથી પાણી ટપકે છે", "કચરાની ગાડી ક્યારે આવે છે?", "ભાડાની રસીદ જોઈએ છે"]}),
    ("ta", "Tamil", "ta_IN", "IN", "IN", "dmy/", {
        "me": "வணக்கம், நான் {n} பேசுகிறேன்", "kid": "என் மகன் {n} இன்று பள்ளிக்கு வரமாட்டான்", "live": "என் முகவரி {a}", "call": "என் எண் {p}",
        "sens": "என் அம்மா இறந்துவிட்டார், இறுதிச் சடங்கிற்கு உதவி வேண்டும்", "born": "பிறந்த தேதி {d}", "id": "ஆதார் எண் {i}",
        "clean": ["மின்சாரம் இல்லை", "குப்பை எப்போது எடுப்பார்கள்?", "வீடு பார்க்க வேண்டும்"]}),
    ("te", "Telugu", "en_IN", "IN", "IN", "dmy/", {
        "me": "నమస్కారం, నా పేరు {n}", "kid": "మా అమ్మాయి {n} ఈరోజు స్కూల్‌కి రాదు", "live": "నా చిరునామా {a}", "call": "నా నంబర్ {p}",
        "sens": "నాకు అప్పులు ఎక్కువయ్యాయి, ఇంటి అద్దె కట్టలేను", "born": "పుట్టిన తేదీ {d}", "id": "ఆధార్ నంబర్ {i}",
        "clean": ["నీళ్ళ ట్యాంక్ లీక్ అవుతోంది", "లిఫ్ట్ ఎప్పుడు బాగుచేస్తారు?", "పార్కింగ్ స్థలం కావాలి"]}),
    ("ne", "Nepali", "ne_NP", "NP", None, "ymd-", {
        "me": "नमस्ते, म {n} बोल्दैछु", "kid": "मेरो छोरो {n} आज विद्यालय आउँदैन", "live": "मेरो ठेगाना {a}", "call": "मेरो नम्बर {p}",
        "sens": "मलाई क्षयरोग लागेको छ", "born": "जन्म मिति {d}",
        "clean": ["धारामा पानी आएन", "फोहोर कहिले उठाउँछ?", "कोठा भाडामा छ?"]}),
    ("vi", "Vietnamese", "vi_VN", "VN", None, "dmy/", {
        "me": "Chào anh, tôi là {n}", "kid": "Con tôi, bé {n}, hôm nay nghỉ học vì ốm", "live": "Địa chỉ của tôi là {a}", "call": "Số điện thoại của tôi là {p}",
        "sens": "Tôi đang nợ tiền nhà ba tháng vì bị mất việc", "born": "Ngày sinh {d}",
        "clean": ["Máy lạnh bị chảy nước", "Khi nào thu tiền điện?", "Thang máy đang bảo trì"]}),
    ("id", "Indonesian", "id_ID", "ID", "ID", "dmy/", {
        "me": "Halo, saya {n}", "kid": "Anak saya {n} hari ini tidak masuk sekolah karena demam", "live": "Alamat saya {a}", "call": "Nomor saya {p}",
        "sens": "Suami saya masuk rehabilitasi narkoba", "born": "Tanggal lahir {d}", "id": "NIK saya {i}",
        "clean": ["Atap bocor lagi", "Kapan iuran keamanan dibayar?", "Air PDAM mati sejak pagi"]}),
    ("tl", "Tagalog", "tl_PH", "PH", None, "mdy", {
        "me": "Magandang araw po, ako si {n}", "kid": "Hindi makakapasok ngayon ang anak kong si {n}", "live": "Nakatira ako sa {a}", "call": "Ang number ko ay {p}",
        "sens": "Namatay po ang lola ko kahapon, kailangan namin ng tulong sa burol", "born": "Ipinanganak noong {d}",
        "clean": ["Walang tubig sa unit namin", "Kailan ang pulong ng homeowners?", "Sira ang ilaw sa hagdan"]}),
    ("ja", "Japanese", "ja_JP", "JP", "JP", "ja", {
        "me": "もしもし、管理会社さんですか。302号室の{n}です", "kid": "息子の{n}が熱を出したので今日は休みます", "live": "住所は{a}です", "call": "電話番号は{p}です",
        "sens": "父が認知症で、昨夜また転倒しました", "born": "生年月日は{d}です", "id": "マイナンバーは{i}です",
        "clean": ["お風呂の換気扇が動きません", "粗大ごみの日はいつですか", "内見の予約をしたいです"]}),
    ("ko", "Korean", "ko_KR", "KR", "KR", "ko", {
        "me": "안녕하세요, 저는 {n}입니다", "kid": "아들 {n}이 오늘 아파서 유치원에 못 가요", "live": "주소는 {a}입니다", "call": "제 번호는 {p}입니다", "sens": "저는 우울증 치료를 받고 있어요",
        "born": "생년월일은 {d}입니다", "id": "주민등록번호는 {i}입니다",
        "clean": ["보일러가 고장 났어요", "분리수거는 무슨 요일이에요?", "관리비 고지서가 안 왔어요"]}),
    ("th", "Thai", "th_TH", "TH", "TH", "dmy/", {
        "me": "สวัสดีค่ะ ดิฉันชื่อ{n}", "kid": "ลูกชาย {n} วันนี้ไม่สบาย ไม่ไปโรงเรียนค่ะ", "live": "ที่อยู่ของฉันคือ {a}", "call": "เบอร์ของฉันคือ {p}",
        "sens": "แม่ของฉันเป็นมะเร็งระยะสุดท้าย", "born": "วันเกิด {d}", "id": "เลขบัตรประชาชน {i}",
        "clean": ["แอร์ในห้องไม่เย็น", "ค่าส่วนกลางจ่ายได้ที่ไหน", "ลิฟต์เสียอีกแล้ว"]}),
    ("ha", "Hausa", "ha_NG", "NG", None, "dmy/", {
        "me": "Sannu, sunana {n}", "kid": "Ɗana {n} ba zai zo makaranta yau ba", "live": "Adireshina {a}", "call": "Lambar wayata {p}",
        "sens": "Mahaifina ya rasu jiya, za mu yi jana'iza", "born": "Ranar haihuwa {d}",
        "clean": ["Ruwa ba ya zuwa a gidanmu", "Yaushe za a gyara wutar lantarki?", "Ina son ganin gidan haya"]}),
    ("am", "Amharic", "am_ET", "ET", None, "dmy/", {
        "me": "ሰላም፣ ስሜ {n} ነው", "kid": "ልጄ {n} ዛሬ ትምህርት ቤት አይመጣም", "live": "አድራሻዬ {a}", "call": "ስልኬ {p}",
        "sens": "ባለቤቴ የኤች አይ ቪ ታማሚ ነው", "born": "የትውልድ ቀን {d}",
        "clean": ["ውሃ የለም", "ቆሻሻ መቼ ይወሰዳል?", "ቤት ለመከራየት እፈልጋለሁ"]}),
    ("zu", "Zulu", "zu_ZA", "ZA", "ZA", "ymd-", {
        "me": "Sawubona, igama lami ngu{n}", "kid": "Indodana yami u{n} ayizukuya esikoleni namuhla", "live": "Ikheli lami ngu {a}", "call": "Inombolo yami ithi {p}",
        "sens": "Umama ushonile, sidinga usizo ngomngcwabo", "born": "Usuku lokuzalwa {d}", "id": "Inombolo kamazisi {i}",
        "clean": ["Amanzi ayaphuma ophahleni", "Udoti uthathwa nini?", "Ngifuna ukubona indlu"]}),
    ("rw", "Kinyarwanda", "en_KE", "RW", None, "dmy/", {
        "me": "Muraho, nitwa {n}", "kid": "Umwana wanjye {n} ntazaza ku ishuri uyu munsi", "live": "Aderesi yanjye ni {a}", "call": "Nimero yanjye ni {p}",
        "sens": "Mfite umwenda munini wa banki, sinshobora kwishyura inzu", "born": "Itariki y'amavuko {d}",
        "clean": ["Amazi yabuze", "Imyanda itwarwa ryari?", "Ndashaka gukodesha inzu"]}),
    ("mg", "Malagasy", "fr_FR", "MG", None, "dmy/", {
        "me": "Salama, izaho dia {n}", "kid": "Tsy ho tonga any an-tsekoly i {n} zanako anio", "live": "Ny adiresiko dia {a}", "call": "Ny nomeraoko dia {p}",
        "sens": "Maty ny raiko omaly, mila fanampiana amin'ny fandevenana izahay", "born": "Daty nahaterahana {d}",
        "clean": ["Tsy misy rano", "Rahoviana no alaina ny fako?", "Te hanofa trano aho"]}),
    ("sw", "Swahili", "sw", "KE", None, "dmy/", {
        "me": "Habari, naitwa {n}", "kid": "Mwanangu {n} hatakuja shuleni leo", "live": "Anwani yangu ni {a}", "call": "Nambari yangu ni {p}",
        "sens": "Nina deni la kodi ya miezi mitatu, nimepoteza kazi", "born": "Tarehe ya kuzaliwa {d}",
        "clean": ["Maji hayatoki bombani", "Takataka zinachukuliwa lini?", "Nataka kuona nyumba ya kupanga"]}),
    ("ca", "Catalan", "es_ES", "ES", "ES", "dmy/", {
        "me": "Bon dia, sóc en {n}", "kid": "La meva filla {n} avui no vindrà a l'escola", "live": "Visc a {a}", "call": "El meu telèfon és el {p}",
        "sens": "Tinc un deute amb Hisenda i em volen embargar el compte", "born": "Data de naixement {d}", "id": "El meu DNI és {i}",
        "clean": ["La caldera fa un soroll estrany", "Quan passen a recollir els mobles vells?", "Voldria visitar el pis"]}),
    ("gl", "Galician", "es_ES", "ES", "ES", "dmy/", {
        "me": "Bos días, son {n}", "kid": "O meu fillo {n} hoxe non vai ao colexio", "live": "Vivo en {a}", "call": "O meu número é o {p}",
        "sens": "Estou en tratamento por alcoholismo", "born": "Data de nacemento {d}", "id": "DNI {i}",
        "clean": ["Hai humidade na habitación", "Cando veñen arranxar a billa?", "Onde se paga o IBI?"]}),
    ("et", "Estonian", "et_EE", "EE", "EE", "dmy.", {
        "me": "Tere, siin {n}", "kid": "Mu poeg {n} on täna haige", "live": "Minu aadress on {a}", "call": "Minu number on {p}",
        "sens": "Mul on diagnoositud skisofreenia", "born": "Sünnikuupäev {d}", "id": "Isikukood {i}",
        "clean": ["Trepikojas on tuli kustunud", "Millal prügi viiakse?", "Soovin korterit vaadata"]}),
    ("fi", "Finnish", "fi_FI", "FI", "FI", "dmy.", {
        "me": "Hei, täällä {n}", "kid": "Tyttäreni {n} on tänään kipeänä", "live": "Osoitteeni on {a}", "call": "Numeroni on {p}",
        "sens": "Olen velkajärjestelyssä ja vuokrat ovat rästissä", "born": "Syntymäaika {d}", "id": "Henkilötunnukseni on {i}",
        "clean": ["Saunan kiuas ei lämpene", "Milloin on pihatalkoot?", "Autopaikka vapautuu ensi kuussa?"]}),
    ("lt", "Lithuanian", "lt_LT", "LT", "LT", "ymd-", {
        "me": "Laba diena, čia {n}", "kid": "Mano sūnus {n} šiandien neateis į mokyklą", "live": "Gyvenu {a}", "call": "Mano numeris {p}",
        "sens": "Mano vyras kalėjime, aš viena su vaikais", "born": "Gimimo data {d}", "id": "Asmens kodas {i}",
        "clean": ["Neveikia šildymas", "Kada išvežamos atliekos?", "Noriu apžiūrėti butą"]}),
    ("nl-BE", "Flemish", "nl_BE", "BE", "BE", "dmy/", {
        "me": "Goeiedag, met {n}", "kid": "Mijn zoontje {n} is ziek vandaag, hij blijft thuis", "live": "Ik woon op {a}", "call": "Ge kunt mij bellen op {p}",
        "sens": "Ik ben homo en mijn buren pesten ons daarom", "born": "Geboortedatum {d}", "id": "Rijksregisternummer {i}",
        "clean": ["De verwarming valt steeds uit", "Wanneer wordt het grofvuil opgehaald?", "Is de zaal vrij voor een communiefeest?"]}),
    ("de-CH", "Swiss German", "de_CH", "CH", "CH", "dmy.", {
        "me": "Grüezi, da isch {n}", "kid": "Mini Tochter {n} isch hüt chrank", "live": "Ich wohne a de {a}", "call": "Mini Nummere isch {p}",
        "sens": "Ich bi bi de Betreibig und cha d Miete nöd zahle", "born": "Geburtsdatum {d}", "id": "AHV-Nummere {i}",
        "clean": ["D Wöschchuchi isch wieder besetzt", "Wänn chunnt de Abwart?", "Mir händ Schimmel im Bad"]}),
    ("fr-CA", "Quebec French", "fr_CA", "CA", "CA", "ymd-", {
        "me": "Bonjour, c'est {n}, locataire au 4e", "kid": "Ma fille {n} sera absente aujourd'hui, elle fait de la fièvre", "live": "Je reste au {a}", "call": "Vous pouvez me rejoindre au {p}",
        "sens": "Je suis en arrêt de travail pour une dépression", "born": "Date de naissance {d}", "id": "Mon NAS est {i}",
        "clean": ["Le chauffage marche pas dans le salon", "C'est quand le déneigement du stationnement?", "J'aimerais visiter le 4 et demi"]}),
    ("en-NG", "Nigerian English", "en_NG", "NG", None, "dmy/", {
        "me": "Good afternoon ma, my name is {n}", "kid": "My son {n} won't come to school today, he is down with malaria", "live": "I stay at {a}", "call": "Abeg call me on {p}",
        "sens": "My brother is owing the landlord two years rent and they want to throw him out", "born": "His date of birth is {d}",
        "clean": ["NEPA took light since morning", "When will the borehole be fixed?", "The gateman said the estate dues increased"]}),
    ("en-IN", "Indian English", "en_IN", "IN", "IN", "dmy/", {
        "me": "Hello, this is {n} speaking from flat 402", "kid": "My daughter {n} will be on leave today, she has viral fever", "live": "My address is {a}", "call": "Kindly call back on {p}",
        "sens": "My father-in-law is having Parkinson's and needs a home nurse", "born": "Her DOB is {d}", "id": "My Aadhaar number is {i}",
        "clean": ["The society maintenance bill has come twice", "When will the plumber come for the tap?", "Is the clubhouse free for a birthday party?"]}),
]  # fmt: skip

# Locales Faker lacks or fills with US-shaped data: names and addresses drawn by hand.
NAME_PARTS: dict[str, tuple[list[str], list[str]]] = {
    "vi": (["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ"], ["Minh Anh", "Thu Hà", "Quốc Bảo", "Ngọc Lan", "Đức Thắng", "Thanh Hương"]),  # family name first
    "sr": (["Милош", "Јелена", "Марко", "Драгана", "Немања", "Ивана"], ["Петровић", "Јовановић", "Николић", "Ђорђевић", "Стојановић", "Илић"]),
    "kk": (["Айгерім", "Ерлан", "Дәурен", "Мадина", "Нұрлан", "Әсел"], ["Сейітов", "Оспанова", "Жақсылықов", "Бекова", "Тоқаев", "Сәрсенбаева"]),
    "am": (["አበበ", "ሰላም", "ዮሐንስ", "መሰረት", "ትዕግስት", "ዳዊት"], ["ከበደ", "ተስፋዬ", "ገብረመድህን", "ወልደማርያም", "አለሙ", "በቀለ"]),
    "rw": (["Aline", "Eric", "Claudine", "Jean Paul", "Divine", "Patrick"], ["Mugisha", "Uwase", "Niyonzima", "Ishimwe", "Habimana", "Mukamana"]),
    "mg": (["Hery", "Voahangy", "Fara", "Tiana", "Mamy", "Lalao"], ["Rakoto", "Rasoanaivo", "Andrianarisoa", "Randriamampionona", "Razafindrabe", "Rabe"]),
}  # fmt: skip

ADDRESSES: dict[str, Callable[[int], str]] = {
    "ro": lambda n: f"Strada {R.choice(['Memorandumului', 'Lăpușneanu', 'Republicii'])} nr. {n}, ap. {R.randint(1, 40)}, {R.choice(['400114 Cluj-Napoca', '700028 Iași', '550003 Sibiu'])}",
    "sr": lambda n: f"{R.choice(['Булевар ослобођења', 'Улица кнеза Милоша', 'Његошева'])} {n}, {R.choice(['21000 Нови Сад', '11000 Београд', '18000 Ниш'])}",
    "bg": lambda n: f"{R.choice(['ул. Раковски', 'бул. Витоша', 'ул. Шипка'])} № {n}, ет. {R.randint(1, 8)}, {R.choice(['1000 София', '4000 Пловдив', '9000 Варна'])}",
    "sq": lambda n: f"{R.choice(['Rruga Myslym Shyri', 'Rruga e Durrësit', 'Rruga Sami Frashëri'])}, Nr. {n}, {R.choice(['1001 Tiranë', '2001 Durrës'])}",
    "kk": lambda n: f"{R.choice(['Алматы қ., Абай даңғылы', 'Астана қ., Қабанбай батыр даңғылы', 'Шымкент қ., Тәуке хан даңғылы'])} {n}, {R.randint(1, 120)}-пәтер",
    "uz": lambda n: f"{R.choice(['Amir Temur ko‘chasi', 'Navoiy ko‘chasi', 'Mustaqillik shoh ko‘chasi'])} {n}-uy, {R.randint(1, 90)}-xonadon, {R.choice(['Toshkent 100000', 'Samarqand 140100'])}",
    "tr": lambda n: f"{R.choice(['Atatürk Cad.', 'Cumhuriyet Mah. Gül Sok.', 'Bağdat Cad.'])} No: {n} D: {R.randint(1, 20)}, {R.choice(['34710 Kadıköy/İstanbul', '06690 Çankaya/Ankara', '35220 Konak/İzmir'])}",
    "gu": lambda n: f"{n}, {R.choice(['સી.જી. રોડ', 'આશ્રમ રોડ', 'રિંગ રોડ'])}, {R.choice(['અમદાવાદ 380009', 'સુરત 395003', 'વડોદરા 390001'])}",
    "ha": lambda n: f"Gida mai lamba {n}, {R.choice(['Titin Zaria', 'Titin Murtala Muhammad', 'Layin Sabon Gari'])}, {R.choice(['Kano 700001', 'Kaduna 800001'])}",
    "am": lambda n: f"{R.choice(['ቦሌ ክፍለ ከተማ', 'ቂርቆስ ክፍለ ከተማ', 'አራዳ ክፍለ ከተማ'])}፣ ወረዳ {R.randint(1, 14)}፣ የቤት ቁጥር {n}፣ አዲስ አበባ",
    "rw": lambda n: f"{R.choice(['KG', 'KN', 'KK'])} {R.randint(1, 700)} St, No {n}, Kigali",
    "mg": lambda n: f"Lot {R.choice(['II', 'IV', 'VI'])} {R.choice('ABCHMN')} {n}, {R.choice(['Antananarivo 101', 'Toamasina 501', 'Antsirabe 110'])}",
    "sw": lambda n: f"Nyumba Na. {n}, {R.choice(['Mtaa wa Uhuru', 'Moi Avenue', 'Barabara ya Ngong'])}, {R.choice(['Nairobi 00100', 'Mombasa 80100', 'Arusha 23100'])}",
    "et": lambda n: f"{R.choice(['Pärnu mnt', 'Tartu mnt', 'Narva mnt'])} {n}-{R.randint(1, 60)}, {R.choice(['10111 Tallinn', '51004 Tartu'])}",
    "lt": lambda n: f"{R.choice(['Gedimino pr.', 'Vilniaus g.', 'Laisvės al.'])} {n}-{R.randint(1, 60)}, {R.choice(['LT-01103 Vilnius', 'LT-44280 Kaunas'])}",
    "en-NG": lambda n: f"{n} {R.choice(['Adeola Odeku Street, Victoria Island, Lagos', 'Ahmadu Bello Way, Kaduna', 'Aminu Kano Crescent, Wuse II, Abuja'])}",
    "fr-CA": lambda n: f"{n}, {R.choice(['rue Saint-Denis', 'rue Sainte-Catherine Est', 'avenue du Parc'])}, app. {R.randint(1, 12)}, Montréal (Québec) H2{R.choice('LXTJ')} {R.randint(1, 9)}{R.choice('ABCEGHJK')}{R.randint(1, 9)}",
    "ur": lambda n: f"مکان نمبر {n}، گلی {R.randint(1, 30)}، {R.choice(['گلبرگ III، لاہور', 'ایف سیون ٹو، اسلام آباد', 'گلشن اقبال، کراچی'])}",
}  # fmt: skip


def lang_name(code: str, loc: str) -> str:
    """A name fitting the language: Faker's, or drawn from the hand lists."""
    if code in NAME_PARTS:
        first, last = NAME_PARTS[code]
        return f"{R.choice(first)} {R.choice(last)}"
    return name(loc)


def lang_addr(code: str, loc: str) -> str:
    """A street address in the language's local format."""
    if code in ADDRESSES:
        return ADDRESSES[code](R.randint(1, 180))
    return addr(loc)


FREE_KEYS = [
    "transcript",
    "lk.user_transcript",
    "gen_ai.prompt.0.content",
    "input.value",
    "text",
    "lk.user_input",
    "stt.transcript",
    "llm.input_messages.1.message.content",
]


def build_languages() -> None:
    """Per language: name, child, address, phone, birth date, id, sensitive and clean lines."""
    for code, _lang, loc, region, idc, style, t in LANGS:
        topic = code.replace("-", "_")
        add(
            f"free_text.name.{topic}",
            R.choice(FREE_KEYS),
            t["me"].format(n=lang_name(code, loc)),
            ["name"],
        )
        add(
            f"free_text.child_absence.{topic}",
            R.choice(FREE_KEYS),
            t["kid"].format(n=lang_name(code, loc)) + ". " + t["call"].format(p=phone(region)),
            ["name", "phone"],
        )
        add(
            f"free_text.address.{topic}",
            R.choice(FREE_KEYS),
            t["live"].format(a=lang_addr(code, loc)),
            ["address"],
        )
        y, m, d = child_dob()
        add(
            f"free_text.dob.{topic}",
            R.choice(FREE_KEYS),
            t["born"].format(d=dob_fmt(y, m, d, style)),
            ["dob"],
        )
        add(f"free_text.sensitive.{topic}", R.choice(FREE_KEYS), t["sens"], ["sensitive"])
        if idc:
            add(
                f"free_text.national_id.{topic}",
                R.choice(FREE_KEYS),
                t["id"].format(i=nat_id(idc)),
                ["national_id"],
            )
        for line in t["clean"]:
            add(f"free_text.home_utterance.{topic}", R.choice(FREE_KEYS), line)


US_NAMES = "en_US"
MAILDOMS = ["example.com", "example.org", "example.net", "mail.example", "post.example.co.uk"]


def email(locale: str = "en_GB") -> str:
    """A person's address on a reserved domain, built from a Faker name."""
    f = fk(locale)
    first, last = f.first_name().lower(), f.last_name().lower()
    local = R.choice(
        [
            f"{first}.{last}",
            f"{first[0]}{last}",
            f"{last}.{first}{R.randint(1, 99)}",
            f"{first}+school@",
            f"{first}_{last}",
        ]
    )
    local = local.rstrip("@")
    return f"{local}@{R.choice(MAILDOMS)}".replace(" ", "").replace("'", "")


def uk_bank() -> str:
    """A UK sort code and account number."""
    return f"sort code {R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)}, account {digits(8)}"


def us_bank() -> str:
    """A US routing number with a valid checksum and an account number."""
    body = R.choice(("0", "1", "2", "3")) + digits(7)
    routing = body + rtn.calc_check_digit(body)
    return f"routing {routing} account {digits(10, '123456789')}"


def au_bank() -> str:
    """An Australian BSB and account."""
    return f"BSB {digits(3, '01234567')}-{digits(3)} account {digits(9, '123456789')}"


def in_bank() -> str:
    """An Indian IFSC and account."""
    return f"IFSC {R.choice(('SBIN', 'HDFC', 'ICIC', 'UTIB'))}0{digits(6)} A/c {digits(12, '123456789')}"


def ca_bank() -> str:
    """A Canadian transit, institution and account."""
    return f"transit {digits(5)}, institution {R.choice(('001', '002', '003', '004', '006'))}, account {digits(7, '123456789')}"


def build_positives() -> None:
    """Home, family and neighbourhood rows in tool, log, SMS and memory shapes."""
    # school and nursery systems: pick-up permissions, absences, allergies
    for i in range(10):
        child, adult = name("en_GB"), name(R.choice(["en_GB", "en_IN", "en_NG", "pl_PL"]))
        y, m, d = child_dob()
        args = {
            "pupil": child,
            "class": R.choice(["Reception Owls", "Year 2 Maple", "Nursery Bluebells"]),
            "dob": f"{y}-{m:02d}-{d:02d}",
            "collector": {"name": adult, "mobile": phone("GB")},
            "allergies": R.choice(["none", "peanuts", "egg"]),
        }
        kinds = ["dob", "name", "phone"]
        if args["allergies"] != "none":
            kinds.append("sensitive")
        if i % 3 == 0:
            args["parent_email"] = email()
            kinds.append("email")
        add(
            "tool_payload.school_pickup",
            R.choice(
                ["gen_ai.tool.call.arguments", "lk.function_tool.arguments", "tool.arguments"]
            ),
            js(args),
            kinds,
            site=R.choice(["attribute", "event"]),
        )
    # letting agent / housing association tool results
    for _ in range(8):
        loc = R.choice(["en_GB", "en_IE", "nl_NL", "de_DE"])
        res = {
            "tenant": name(loc),
            "property": addr(loc),
            "arrears": f"£{R.randint(200, 3000)}",
            "contact": phone("GB", "intl"),
            "case": "repair-mould",
        }
        add(
            "tool_payload.tenancy_lookup",
            R.choice(["gen_ai.tool.call.result", "lk.function_tool.output", "tool.result"]),
            js(res),
            ["address", "name", "phone", "sensitive"],
        )
    # utility accounts: supply address and moving-in date with the account holder
    for _ in range(6):
        res = {
            "account_holder": name("en_GB"),
            "supply_address": addr("en_GB"),
            "meter_serial": f"E{digits(2)}Z{digits(6)}",
            "reading": R.randint(1000, 99999),
            "move_in": f"2026-{R.randint(1, 11):02d}-{R.randint(1, 28):02d}",
        }
        add("tool_payload.utility_account", "tool.result", js(res), ["address", "name"])
    # emails across shapes
    for _ in range(8):
        add(
            "free_text.email.home",
            R.choice(FREE_KEYS),
            R.choice(
                [
                    "Please send the tenancy agreement to {e}",
                    "my email is {e}, send the bin calendar there",
                    "you can email the vet invoice to {e}",
                    "for the gym membership use {e}",
                ]
            ).format(e=email(R.choice(["en_GB", "en_IN", "fi_FI", "tr_TR"]))),
            ["email"],
        )
    for _ in range(6):
        add(
            "value.email",
            R.choice(["user.email", "member.email", "guardian.email", "app.account.email"]),
            email(),
            ["email"],
        )
    for _ in range(3):
        add(
            "tool_payload.dating_support",
            "gen_ai.tool.call.arguments",
            js(
                {
                    "action": "unlock_account",
                    "email": email(),
                    "reason": "locked after password reset",
                }
            ),
            ["email"],
        )
    # SMS reminders and voicemail transcripts
    for _ in range(6):
        n, p = name("en_GB"), phone("GB")
        add(
            "free_text.sms_reminder",
            "gen_ai.output.messages",
            js(
                [
                    {
                        "role": "assistant",
                        "content": f"Hi {n}, reminder: the engineer visits tomorrow 8-12 for the boiler. Reply to {p} if you are out.",
                    }
                ]
            ),
            ["name", "phone"],
        )
    for _ in range(6):
        n, a = name("en_US"), addr("en_US")
        add(
            "free_text.voicemail",
            "stt.transcript",
            f"Hi it's {n} from {a}, the smoke alarm keeps chirping and my mom uses an oxygen machine so please hurry",
            ["address", "name", "sensitive"],
        )
    # agent memory notes as a list of turns
    for _ in range(6):
        n, e = name("en_AU"), email("en_AU")
        add(
            "free_text.memory_turns",
            "lk.chat_ctx",
            [
                {"role": "user", "content": f"I'm {n}, my carer visits are Tuesdays"},
                {"role": "assistant", "content": "Noted."},
                {"role": "user", "content": f"send the rota to {e}"},
            ],
            ["email", "name"],
        )
    # cards
    for i in range(16):
        c = TEST_CARDS[i] if i < 12 else luhn_card(R.choice(["4", "51", "53"]))
        shown = R.choice([c, group4(c), group4(c, "-"), " ".join(c)])
        if i % 3 == 0:
            add(
                "tool_payload.card",
                "gen_ai.tool.call.arguments",
                js(
                    {
                        "service": R.choice(
                            [
                                "vet_consult",
                                "removal_deposit",
                                "wedding_venue_deposit",
                                "gym_joining_fee",
                            ]
                        ),
                        "card_number": shown,
                        "exp": f"{R.randint(1, 12):02d}/{R.randint(27, 31)}",
                    }
                ),
                ["card"],
            )
        elif i % 3 == 1:
            add(
                "free_text.card",
                R.choice(FREE_KEYS),
                R.choice(
                    [
                        "the card for the storage unit is {c}",
                        "pay the council tax with {c} please",
                        "take the christening hall deposit on {c}",
                    ]
                ).format(c=shown),
                ["card"],
            )
        else:
            add(
                "value.card",
                R.choice(["payment.card_number", "billing.pan", "member.card"]),
                shown,
                ["card"],
            )
    # SSNs: US tenant screening, childcare subsidy, home-care payroll
    for i in range(16):
        s_ = ssn()
        if i % 4 == 0:
            add(
                "value.ssn",
                R.choice(["applicant.ssn", "tenant.ssn", "caregiver.ssn"]),
                s_.replace("-", "") if i % 8 == 0 else s_,
                ["ssn"],
            )
        elif i % 4 == 1:
            add(
                "tool_payload.ssn",
                "tool.arguments",
                js({"screening": "tenant_background", "applicant": name(US_NAMES), "ssn": s_}),
                ["name", "ssn"],
            )
        else:
            add(
                "free_text.ssn",
                R.choice(FREE_KEYS),
                R.choice(
                    [
                        "for the childcare subsidy form my social is {s}",
                        "the caregiver's social security number is {s}",
                        "SSN {s}, for the rental application",
                    ]
                ).format(s=s_ if i % 2 else s_.replace("-", " ")),
                ["ssn"],
            )
    # IBANs: rent, deposit returns, council tax direct debits
    ibcc = [
        "RO",
        "HU",
        "CZ",
        "SK",
        "SI",
        "HR",
        "BG",
        "TR",
        "IL",
        "GR",
        "EE",
        "FI",
        "LT",
        "BE",
        "CH",
        "ES",
        "UA",
        "KZ",
        "AZ",
        "PK",
        "RS",
    ]
    for i, cc in enumerate(ibcc):
        v = make_iban(cc, grouped=i % 2 == 0)
        if i % 3 == 0:
            add("value.iban", R.choice(["tenant.iban", "payer.iban", "refund.iban"]), v, ["iban"])
        elif i % 3 == 1:
            add(
                "tool_payload.iban",
                "gen_ai.tool.call.arguments",
                js({"refund": "deposit", "iban": v.lower() if i % 4 == 1 else v}),
                ["iban"],
            )
        else:
            add(f"free_text.iban.{cc.lower()}", R.choice(FREE_KEYS), f"IBAN: {v}", ["iban"])
    # bank accounts
    banks = [uk_bank, us_bank, au_bank, in_bank, ca_bank]
    for i in range(16):
        b = banks[i % 5]()
        if i % 2:
            add(
                "free_text.bank_account",
                R.choice(FREE_KEYS),
                f"for the rent standing order use {b}",
                ["bank_account"],
            )
        else:
            add(
                "tool_payload.bank_account",
                "tool.arguments",
                js({"payee": "landlord", "details": b}),
                ["bank_account"],
            )
    # caller IPs from smart-home and app logs
    for i in range(18):
        ip = ipv4() if i % 3 else ipv6()
        key, val = R.choice(
            [
                ("http.request.header.x-forwarded-for", f"{ip}, 10.0.3.7"),
                ("client.address", ip),
                ("log.line", f'{ip} - - "POST /api/intercom/open HTTP/1.1" 200 17'),
                ("enduser.ip", ip),
                ("app.support.login_ip", ip),
            ]
        )
        add("value.client_ip", key, val, ["ip"], site=R.choice(["attribute", "event"]))
    # secrets
    for i in range(18):
        k, v = secret()
        if i % 5 == 0:
            add(
                "tool_payload.secret",
                "tool.arguments",
                js({"integration": "door_entry", "api_key": v}),
                ["secret"],
            )
        else:
            add("value.secret", k, v, ["secret"])
    # base64 and URL-encoded bodies
    for _ in range(4):
        body = js({"resident": name("en_GB"), "flat": "12B", "phone": phone("GB")})
        add(
            "tool_payload.base64_body",
            "http.request.body",
            base64.b64encode(body.encode()).decode(),
            ["name", "phone"],
        )
    for _ in range(4):
        q = urllib.parse.urlencode({"owner": name("en_GB"), "pet": "Biscuit", "email": email()})
        add("tool_payload.urlencoded_body", "http.request.body", q, ["email", "name"])
    # CSV exports of a club or council permit list
    for _ in range(5):
        lines = ["name,phone,plate"] + [
            f"{name('en_GB')},{phone('GB')},{R.choice(string.ascii_uppercase)}{R.choice(string.ascii_uppercase)}{R.randint(10, 75)} {tok(3, string.ascii_uppercase)}"
            for _ in range(3)
        ]
        add("tool_payload.csv_export", "tool.result", "\n".join(lines), ["name", "phone"])
    # dob under value keys and elder-care notes
    for _ in range(6):
        y, m, d = ymd(1930, 1950)
        add(
            "value.dob",
            R.choice(["resident.dob", "client.date_of_birth", "patient.birth_date"]),
            f"{y}-{m:02d}-{d:02d}",
            ["dob"],
        )
    for _ in range(6):
        add(
            "free_text.homecare_note",
            "gen_ai.input.messages",
            js(
                [
                    {
                        "role": "user",
                        "content": f"Visit note: {name('en_GB')} missed her donepezil dose and had a fall on the stairs",
                    }
                ]
            ),
            ["name", "sensitive"],
        )
    # emergency contacts at a gym or sports club
    for _ in range(4):
        add(
            "tool_payload.emergency_contact",
            "lk.function_tool.arguments",
            js(
                {
                    "member": name("en_IE"),
                    "emergency_contact": {"name": name("en_IE"), "phone": phone("IE")},
                }
            ),
            ["name", "phone"],
        )


ORG_CONTACTS = [
    ("org.housing.phone", "0300 123 4567"), ("org.council.phone", "+44 20 7946 0000"), ("agent.trunk.number", "+1 800 555 0199"),
    ("org.school.office_hours", "Mon-Fri 08:15-16:00"), ("org.school.email", "office@school.example.org"),
    ("org.council.address", "Civic Centre, 1 Town Hall Square"), ("org.letting_agent.email", "lettings@agency.example.com"),
    ("org.vet.phone", "+44 161 496 0000"), ("agent.caller_id", "+61 2 5550 1234"), ("org.utility.emergency_line", "0800 111 999"),
]  # fmt: skip

HARD_VALUES = [
    ("listing.address", "Flat 3, 12 Kingsway, available from March", "listing_address"),
    ("listing.title", "2-bed flat to rent, Churchill Road, unfurnished", "listing_address"),
    ("meter.model", "Landis+Gyr E470-5394", "meter_model"),
    ("meter.model", "Itron ACE6000", "meter_model"),
    ("tariff.name", "Fixed Home Saver 24M v3", "tariff"),
    ("tariff.name", "Economy 7 Night Rate", "tariff"),
    ("case.reference", "REP-2026-004512", "reference"),
    ("ticket.id", "HA-77321-MOULD", "reference"),
    ("permit.reference", "PP/2026/18844", "reference"),
    ("school.class", "Year 4 Kestrels", "class_room"),
    ("school.room", "Room B12 (Science)", "class_room"),
    ("pet.name", "Biscuit", "pet_name"),
    ("pet.species", "cat, domestic shorthair", "pet_name"),
    ("street.name", "Nelson Mandela Avenue", "street_name"),
    ("street.name", "Rue Victor Hugo", "street_name"),
    ("appointment.start", "2026-12-09T10:30:00+00:00", "appointment"),
    ("viewing.slot", "Saturday 14:00-14:30", "appointment"),
    ("tenant.phone", "07*** ***123", "masked"),
    ("tenant.email", "j***@e***.com", "masked"),
    ("guardian.ssn", "***-**-6789", "masked"),
    ("payment.card", "•••• •••• •••• 4242", "masked"),
    ("docs.example.phone", "+1-202-555-xxxx", "doc_example"),
    ("docs.example.email", "user@example.com", "doc_example"),
    ("docs.example.iban", "XX00 0000 0000 0000 0000", "doc_example"),
    ("redacted.transcript", "My name is [NAME] and I live at [ADDRESS]", "redaction"),
    ("intercom.device.model", "2N IP Verso 9155101", "device"),
    ("smarthome.device.name", "Living room thermostat", "device"),
    ("smarthome.entity_id", "climate.hallway_radiator", "device"),
    ("storage.unit", "Unit C-214, 50 sq ft", "reference"),
    ("council.bin.day", "Tuesday, recycling fortnightly", "schedule"),
    ("gym.class", "Spin 18:30 with studio 2", "schedule"),
    ("otel.trace_id", "4bf92f3577b34da6a3ce929d0e0e4736", "trace_id"),
    ("otel.span_id", "00f067aa0ba902b7", "span_id"),
    ("server.address", "10.20.4.11", "server_ip"),
    ("net.peer.ip", "192.0.2.44", "server_ip"),
    ("net.peer.ip", "2001:db8::42", "server_ip"),
    ("service.version", "4.12.0-rc.2+build.77", "version"),
    ("firmware.version", "10.2.3.4", "version"),
    ("llm.token_count.total", 1834, "cost_count"),
    ("billing.amount", 1245.5, "cost_count"),
    ("http.url", "https://api.housing.example/v2/repairs?status=open", "url"),
    ("db.statement", "SELECT id FROM tenants WHERE email = $1", "sql"),
    ("env.api_key", "${SMARTTHINGS_TOKEN}", "masked_key"),
    ("http.request.header.authorization", "Bearer ***", "masked_key"),
    ("order.id", luhn_card("4", 16), "luhn_id"),
    ("invoice.number", luhn_card("51", 16), "luhn_id"),
    ("error.message", "Twilio 21211: The 'To' number is not a valid phone number", "provider_error"),
    ("enduser.id", "usr_8c1f2a", "provider_id"),
    ("gen_ai.system_instructions", "You are the front desk of a housing association. Never read out a tenant's full phone number.", "system_prompt"),
    ("lk.instructions", "Ask for the child's class and the reason for absence; do not ask for a date of birth.", "system_prompt"),
]  # fmt: skip

PUBLIC_FIGURES = [
    "Is the library on Queen Victoria Street open on Sunday?",
    "The Churchill Room at the community centre is booked for the quiz night.",
    "We read a poem by Wisława Szymborska at the funeral planning class.",
    "The bus stops at Martin Luther King Boulevard.",
    "Is the Florence Nightingale ward visiting time still 2 to 8?",
]

CLEAN_EN = [
    "The kitchen tap has been dripping all week.", "Can someone look at the mould in the back bedroom?",
    "What day do the blue bins go out?", "How do I apply for a visitor parking permit?",
    "The intercom buzzes but the door won't open.", "Is the nursery open on the bank holiday?",
    "Can I change my gym membership to off-peak?", "Do you take cats at the boarding kennels?",
    "We'd like to book the church hall for a christening in May.", "The streetlight outside number twelve is out.",
    "How much is the deposit for a two-bed?", "What time does the recycling centre close?",
    "Can I move my smart meter appointment?", "Our neighbour's dog barks all night, who do I report it to?",
    "Is there a waiting list for the under-nines football team?", "Do you have wheelchair access at the venue?",
    "I found a set of keys by the playground.", "How do I submit a meter reading online?",
    "When does the school term start after Christmas?", "Is the swimming pool open for lane swimming tonight?",
    "The lift in block C is out of order again.", "Can the removals van park on the street on Saturday?",
    "What does the home insurance cover for a burst pipe?", "How do I cancel the dating app subscription?",
    "Where is the lost property office?", "What's the fee for a replacement key fob?",
    "My parcel was left with the concierge, can I collect it tonight?", "How early can we drop off at breakfast club?",
    "Is there a discount for a second child at after-school club?", "What's the noise curfew for the wedding reception?",
]  # fmt: skip

TOOL_NEG = [
    {"tool": "list_viewings", "args": {"property_id": "PRP-3321", "from": "2026-12-10"}},
    {"tool": "check_bin_day", "args": {"uprn_area": "North Ward", "week": 50}},
    {"tool": "school_term_dates", "result": {"autumn_end": "2026-12-18", "spring_start": "2027-01-05"}},
    {"tool": "gym_class_capacity", "result": {"class": "Yoga", "spaces": 4}},
    {"tool": "report_repair", "args": {"category": "heating", "priority": "urgent", "block": "C"}},
    {"tool": "storage_quote", "result": {"size_sqft": 50, "monthly": 89.0, "currency": "GBP"}},
    {"tool": "vet_opening_hours", "result": {"weekday": "08:00-19:00", "saturday": "09:00-13:00"}},
    {"tool": "venue_availability", "args": {"hall": "Main Hall", "date": "2027-05-15"}},
    {"tool": "tariff_compare", "result": [{"name": "Fixed 12M", "unit_rate": 24.5}, {"name": "Tracker", "unit_rate": 22.9}]},
    {"tool": "permit_zones", "result": {"zones": ["CPZ-A", "CPZ-D"], "price": 120}},
]  # fmt: skip


def build_negatives() -> None:
    """Clean content in English, hard negatives of the same shapes."""
    for line in CLEAN_EN:
        add("free_text.home_utterance.en", R.choice(FREE_KEYS), line)
    for line in PUBLIC_FIGURES:
        add("free_text.public_name.en", R.choice(FREE_KEYS), line)
    for t in TOOL_NEG:
        part = "result" if "result" in t else "args"
        add(
            f"tool_payload.home_{part}",
            "tool.result" if part == "result" else "tool.arguments",
            js(t[part]),
        )
    for key, val in ORG_CONTACTS:
        add("value.org_contact", key, val)
    for code, _lang, loc, region, _idc, _style, _t in LANGS:
        add(
            "value.org_contact",
            R.choice(
                [
                    "org.housing_office.phone",
                    "org.school.phone",
                    "org.council.contact_number",
                    "agent.trunk.number",
                ]
            ),
            phone(region, "intl"),
        )
        if code in (
            "ro",
            "cs",
            "hr",
            "fi",
            "ja",
            "ko",
            "tr",
            "el",
            "de-CH",
            "nl-BE",
            "vi",
            "th",
            "id",
            "et",
            "lt",
        ):
            add(
                "value.org_address",
                R.choice(
                    ["org.council.address", "org.school.address", "org.housing_office.address"]
                ),
                lang_addr(code, loc),
            )
    for key, val, sub in HARD_VALUES:
        add(f"value.{sub}", key, val)
    for _ in range(12):
        add("value.trace_id", "otel.trace_id", hexs(32))
        add(
            "value.uuid",
            R.choice(["session.id", "call.id", "device.uuid"]),
            f"{hexs(8)}-{hexs(4)}-4{hexs(3)}-a{hexs(3)}-{hexs(12)}",
        )
    for _ in range(8):
        add(
            "value.reference",
            R.choice(["case.reference", "repair.ticket", "permit.id"]),
            f"{R.choice(['REP', 'CT', 'PRM', 'ABS'])}-{R.randint(2025, 2026)}-{digits(6)}",
        )
        add(
            "value.appointment",
            R.choice(["appointment.start", "visit.scheduled_at"]),
            f"2027-0{R.randint(1, 9)}-{R.randint(10, 28)}T{R.randint(8, 17):02d}:00:00Z",
        )
    for _ in range(6):
        add(
            "free_text.redacted",
            R.choice(FREE_KEYS),
            R.choice(
                [
                    "Hi, this is <PERSON>, flat <ADDRESS>, call me on <PHONE_NUMBER>",
                    "My son [NAME] is off sick, DOB [REDACTED]",
                    "email me at {{customer_email}}",
                ]
            ),
        )
        add(
            "free_text.pii_words",
            R.choice(FREE_KEYS),
            R.choice(
                [
                    "Do you need my date of birth for the permit?",
                    "What ID do I bring to the viewing?",
                    "Which bank details do you need for the deposit refund?",
                    "Can I pay council tax by card?",
                    "Do I have to give you my national insurance number?",
                    "Is my email address shared with the club?",
                ]
            ),
        )
        add(
            "free_text.agent_reply",
            R.choice(["lk.response.text", "gen_ai.completion.0.content", "output"]),
            R.choice(
                [
                    "Thanks, I've logged the repair. Reference REP-2026-001234.",
                    "Your viewing is booked for Saturday at two.",
                    "The next green bin collection is Thursday.",
                    "Bereavement support groups meet at the community centre on Wednesdays.",
                    "The nursery office is open from eight.",
                ]
            ),
        )
    for i in range(8):
        add(
            "free_text.sensitive_topic",
            R.choice(FREE_KEYS),
            [
                "What support is there for tenants in rent arrears?",
                "Does the council help with funeral costs?",
                "Is there a dementia café near here?",
                "How does the school handle custody arrangements in general?",
                "Do you have information on addiction services?",
                "Is there a prayer room at the centre?",
                "What's the policy on immigration documents for tenants?",
                "Are there LGBT+ groups at the club?",
            ][i],
        )


def build_rest() -> None:
    """Themed rows in several shapes, then the negatives."""
    build_positives()
    build_negatives()


def main() -> None:
    """Build every row and write the file."""
    build_languages()
    build_rest()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for r in ROWS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
