"""Write ``pii_corpus_n.jsonl``: a held-out PII corpus written without reading the detector.

The rows cover the edges of a call (keypad input, IVR paths, voicemail, transfers and
hand-offs, conference legs, call-backs, dialer lists, reminders, recording consent,
post-call analytics, evaluation data, CRM notes), voice stacks other than Patter, and an
everyday mix of conversation in many languages and scripts. Every value is invented:
Faker names and addresses, libphonenumber example numbers, python-stdnum-valid ids,
published test cards or generated Luhn-valid numbers and random tokens.

Run::

    python tests/data/make_pii_corpus_n.py [OUT]

OUT defaults to ``pii_corpus_n.jsonl`` next to this script. The output is the same byte
for byte on every run with the releases below; other releases only warn.
"""
# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import importlib
import itertools
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
from stdnum import iban as std_iban
from stdnum import luhn

#: Releases the committed file was written with.
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
SEED = 7_204_113
HERE = Path(__file__).resolve().parent

for _dist, _want in RELEASES.items():
    try:
        _have = metadata.version(_dist)
    except metadata.PackageNotFoundError:
        _have = "none"
    if _have != _want:
        warnings.warn(
            f"{_dist} {_have} installed; the corpus was written with {_want}", stacklevel=1
        )

R = random.Random(SEED)
ROWS: list[dict[str, Any]] = []


def add(cls: str, site: str, key: str, value: Any, kinds: list[str] | tuple[str, ...] = ()) -> None:
    """Append a row; the class's first two parts must agree with kinds and content."""
    ks = sorted(set(kinds))
    prefix, part = cls.split(".")[:2]
    assert prefix == ("pos" if ks else "neg"), (cls, ks)
    ROWS.append(
        {
            "id": len(ROWS),
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": ks,
            "content": part != "value",
        }
    )


def js(obj: Any) -> str:
    """Compact JSON text as exporters write it."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


# --- Faker, one seeded instance per locale --------------------------------------------
_FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    """A Faker for locale, seeded once."""
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(_FAKERS))
        _FAKERS[locale] = f
    return _FAKERS[locale]


def person(locale: str) -> str:
    """A full name without prefixes or suffixes."""
    f = fk(locale)
    return (
        f"{f.last_name()}{f.first_name()}"
        if locale in ("ja_JP", "zh_CN", "ko_KR")
        else f"{f.first_name()} {f.last_name()}"
    )


# --- numbers ---------------------------------------------------------------------------
def phone(region: str, style: str = "national") -> str:
    """A libphonenumber example mobile number with its last two digits varied, still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert ex is not None
    base = str(ex.national_number)
    for _ in range(200):
        cand = base[:-2] + f"{R.randrange(100):02d}"
        num = phonenumbers.parse("+" + str(ex.country_code) + cand)
        if phonenumbers.is_valid_number(num) and cand != base:
            break
    fmt = {
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "e164": phonenumbers.PhoneNumberFormat.E164,
    }[style]
    return phonenumbers.format_number(num, fmt)


def nanp() -> str:
    """A fictional NANP number, 555-0100..0199."""
    return f"+1{R.choice(['201', '312', '415', '617', '718', '206'])}55501{R.randrange(100):02d}"


def luhn_number(prefix: str, length: int) -> str:
    """A Luhn-valid number with prefix."""
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    return body + luhn.calc_check_digit(body)


TEST_CARDS = [
    "4242424242424242",
    "4000056655665556",
    "5555555555554444",
    "2223003122003222",
    "378282246310005",
    "6011111111111117",
    "3566002020360505",
    "4000002500003155",
    "5200828282828210",
]


def card() -> str:
    """A published test card or a generated Luhn-valid number in an issuer range."""
    if R.random() < 0.5:
        return R.choice(TEST_CARDS)
    return R.choice(
        [
            luhn_number("4", 16),
            luhn_number(R.choice(["51", "53", "55"]), 16),
            luhn_number("2221", 16),
        ]
    )


def ssn() -> str:
    """A random SSN with a valid area, group and serial."""
    area = R.choice([a for a in range(1, 900) if a != 666])
    return f"{area:03d}-{R.randrange(1, 100):02d}-{R.randrange(1, 10000):04d}"


def iban(cc: str) -> str:
    """A random IBAN with computed check digits that python-stdnum validates."""
    lens = {
        "DE": 18,
        "NL": 14,
        "BE": 12,
        "AT": 16,
        "CH": 17,
        "SE": 20,
        "PL": 24,
        "ES": 20,
        "FR": 23,
        "IT": 23,
        "PT": 21,
        "GB": 18,
        "NO": 11,
        "DK": 14,
        "FI": 14,
        "IE": 18,
    }
    for _ in range(20000):
        if cc == "NL":
            bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(
                R.choice(string.digits) for _ in range(10)
            )
        elif cc in ("GB", "IE"):
            bban = R.choice(["NWBK", "BARC", "AIBK"]) + "".join(
                R.choice(string.digits) for _ in range(14)
            )
        elif cc == "IT":
            bban = R.choice(string.ascii_uppercase) + "".join(
                R.choice(string.digits) for _ in range(22)
            )
        elif cc == "FR":
            bban = "".join(R.choice(string.digits) for _ in range(23))
        else:
            bban = "".join(R.choice(string.digits) for _ in range(lens[cc]))
        rearr = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in rearr))
        val = f"{cc}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(val):
            return val
    raise AssertionError(cc)


def grouped(v: str, n: int = 4) -> str:
    """Value split in groups of n."""
    return " ".join(v[i : i + n] for i in range(0, len(v), n))


def birth() -> dt.date:
    """A random birth date, 1936-2004."""
    return dt.date(1936, 1, 1) + dt.timedelta(days=R.randrange(68 * 365))


# national ids: scheme, body template (# digit, ? check position), alphabet for checks
_IDS: dict[str, tuple[str, str]] = {
    "es.dni": ("########?", string.ascii_uppercase),
    "pl.pesel": ("D####?", string.digits),
    "br.cpf": ("#########??", string.digits),
    "in_.aadhaar": ("A##########?", string.digits),
    "se.personnummer": ("D-###?", string.digits),
    "no.fodselsnummer": ("N??", string.digits),
    "fi.hetu": ("F-F###?", "0123456789ABCDEFHJKLMNPRSTUVWXY"),
    "tr.tckimlik": ("A########??", string.digits),
    "il.idnr": ("########?", string.digits),
    "za.idnr": ("D####08?", string.digits),
    "kr.rrn": ("D-1#####?", string.digits),
    "cn.ric": ("110105C###?", string.digits + "X"),
    "ch.ssn": ("756#########?", string.digits),
    "ro.cnp": ("1D40###?", string.digits),
    "ca.sin": ("A#######?", string.digits),
    "cz.rc": ("D/###?", string.digits),
    "bg.egn": ("D###?", string.digits),
    "jp.in_": ("###########?", string.digits),
    "ee.ik": ("3D###?", string.digits),
    "gr.amka": ("E####?", string.digits),
    "ru.inn": ("77########??", string.digits),
    "th.pin": ("A###########?", string.digits),
    "dk.cpr": ("E-####", string.digits),
    "id.nik": ("317404E####", string.digits),
    "my.nric": ("D-14-####", string.digits),
    "ua.rntrc": ("#########?", string.digits),
    "gb.nhs": ("4#######??", string.digits),
    "fr.nir": ("1YYMM75056###??", string.digits),
}


def national_id(scheme: str) -> str:
    """A random identifier the scheme's python-stdnum module validates."""
    mod = importlib.import_module(f"stdnum.{scheme}")
    tpl, alpha = _IDS[scheme]
    for _ in range(5000):
        b = (
            birth()
            if scheme != "cn.ric"
            else dt.date(1950, 1, 1) + dt.timedelta(days=R.randrange(50 * 365))
        )
        if scheme in (
            "se.personnummer",
            "za.idnr",
            "kr.rrn",
            "bg.egn",
            "ee.ik",
            "ro.cnp",
            "my.nric",
            "cz.rc",
        ):
            b = dt.date(1954, 1, 1) + dt.timedelta(days=R.randrange(45 * 365))
        s = (
            tpl.replace("D", b.strftime("%y%m%d"))
            .replace("E", b.strftime("%d%m%y"))
            .replace("C", b.strftime("%Y%m%d"))
        )
        s = s.replace("YY", b.strftime("%y")).replace("MM", b.strftime("%m"))
        if "F" in s:
            s = s.replace("F-F", b.strftime("%d%m%y") + "-")
        if "N" in s:
            s = s.replace("N", b.strftime("%d%m%y") + f"{R.randrange(0, 500):03d}")
        s = "".join(
            R.choice("23456789") if c == "A" else R.choice(string.digits) if c == "#" else c
            for c in s
        )
        holes = s.count("?")
        for fill in itertools.product(alpha, repeat=holes) if holes else [()]:
            cand = s
            for ch in fill:
                cand = cand.replace("?", ch, 1)
            try:
                if mod.is_valid(cand):
                    return cand
            except Exception:  # some validators raise on odd input; try the next
                pass
            if holes == 0:
                break
    raise AssertionError(scheme)


def ipv4() -> str:
    """A random global unicast IPv4 address outside reserved, private and TEST-NET ranges."""
    while True:
        a = R.choice([24, 37, 46, 62, 73, 81, 89, 92, 109, 151, 177, 185, 187, 201, 212, 217])
        v = f"{a}.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}"
        return v


def ipv6() -> str:
    """A random global IPv6 address (not documentation space)."""
    return f"2a0{R.randrange(1, 10)}:{R.randrange(0x1000, 0xFFFF):x}:{R.randrange(0x1000, 0xFFFF):x}::{R.randrange(1, 0xFFFF):x}"


def tok(n: int, alpha: str = string.ascii_letters + string.digits) -> str:
    """A random token of n characters."""
    return "".join(R.choice(alpha) for _ in range(n))


HEX = "0123456789abcdef"


def secret_value() -> tuple[str, str]:
    """A (key, value) pair holding a credential in a real provider's format."""
    return R.choice(
        [
            (
                "http.request.header.authorization",
                f"Bearer {tok(8, HEX)}-{tok(4, HEX)}-4{tok(3, HEX)}-a{tok(3, HEX)}-{tok(12, HEX)}",
            ),  # Vapi private key
            ("retell.api_key", f"key_{tok(26, HEX)}"),
            (
                "http.request.header.authorization",
                f"Basic {base64.b64encode(f'AC{tok(32, HEX)}:{tok(32, HEX)}'.encode()).decode()}",
            ),
            (
                "langfuse.secret_key",
                f"sk-lf-{tok(8, HEX)}-{tok(4, HEX)}-{tok(4, HEX)}-{tok(4, HEX)}-{tok(12, HEX)}",
            ),
            ("langsmith.api_key", f"lsv2_pt_{tok(32, HEX)}_{tok(10, HEX)}"),
            ("aws.secret_access_key", tok(40, string.ascii_letters + string.digits + "/+")),
            ("elevenlabs.xi-api-key", f"sk_{tok(48, HEX)}"),
            (
                "daily.meeting_token",
                "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                + base64.urlsafe_b64encode(
                    js({"r": "support-" + tok(6).lower(), "d": tok(8, HEX)}).encode()
                )
                .decode()
                .rstrip("=")
                + "."
                + tok(43, string.ascii_letters + string.digits + "-_"),
            ),
            (
                "asterisk.pjsip.auth",
                f"[{tok(6).lower()}]\ntype=auth\nauth_type=userpass\nusername=1001\npassword={tok(14)}",
            ),
            ("freeswitch.variable_sip_auth_password", tok(16)),
            ("openai.api_key", f"sk-proj-{tok(48, string.ascii_letters + string.digits + '-_')}"),
            ("deepgram.api_key", f"Token {tok(40, HEX)}"),
            (
                "vonage.private_key",
                "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
                + tok(40, string.ascii_letters + string.digits + "+/")
                + "\n-----END PRIVATE KEY-----",
            ),
            (
                "url.full",
                f"https://hooks.slack.com/services/T{tok(8, string.ascii_uppercase + string.digits)}/B{tok(8, string.ascii_uppercase + string.digits)}/{tok(24)}",
            ),
            ("db.connection_string", f"postgresql://dialer:{tok(12)}@db.internal:5432/campaigns"),
            ("github.token", f"ghp_{tok(36)}"),
            ("google.api_key", f"AIza{tok(35, string.ascii_letters + string.digits + '-_')}"),
        ]
    )


# --- languages ---------------------------------------------------------------------------
# code: (faker locale, phone region, name lead-in, dob lead-in, address lead-in)
LANGS: dict[str, tuple[str, str, str, str, str]] = {
    "en": (
        "en_US",
        "US",
        "Hi, yeah, this is {n} calling back",
        "my date of birth is {d}",
        "I live at {a}",
    ),
    "en_gb": ("en_GB", "GB", "Hiya, it's {n} here", "date of birth {d}", "the address is {a}"),
    "es": ("es_ES", "ES", "Hola, buenas, soy {n}", "nací el {d}", "vivo en {a}"),
    "es_mx": (
        "es_MX",
        "MX",
        "Bueno, le habla {n}",
        "mi fecha de nacimiento es {d}",
        "mi domicilio es {a}",
    ),
    "fr": (
        "fr_FR",
        "FR",
        "Oui bonjour, c'est {n} à l'appareil",
        "je suis né le {d}",
        "j'habite au {a}",
    ),
    "de": (
        "de_DE",
        "DE",
        "Guten Tag, hier spricht {n}",
        "geboren am {d}",
        "meine Anschrift ist {a}",
    ),
    "pt": ("pt_BR", "BR", "Oi, aqui é {n}", "nasci em {d}", "moro na {a}"),
    "nl": (
        "nl_NL",
        "NL",
        "Goedemiddag, u spreekt met {n}",
        "mijn geboortedatum is {d}",
        "ik woon op {a}",
    ),
    "pl": ("pl_PL", "PL", "Dzień dobry, mówi {n}", "urodziłam się {d}", "mój adres to {a}"),
    "sv": ("sv_SE", "SE", "Hej, det är {n} som ringer", "jag är född {d}", "jag bor på {a}"),
    "da": ("da_DK", "DK", "Hej, det er {n}", "min fødselsdato er {d}", "jeg bor på {a}"),
    "cs": ("cs_CZ", "CZ", "Dobrý den, tady {n}", "narodil jsem se {d}", "bydlím na adrese {a}"),
    "tr": ("tr_TR", "TR", "Merhaba, ben {n}", "doğum tarihim {d}", "adresim {a}"),
    "ru": (
        "ru_RU",
        "RU",
        "Здравствуйте, меня зовут {n}",
        "дата рождения {d}",
        "я живу по адресу {a}",
    ),
    "uk": ("uk_UA", "UA", "Добрий день, це {n}", "я народилася {d}", "моя адреса {a}"),
    "el": ("el_GR", "GR", "Καλησπέρα, είμαι ο {n}", "γεννήθηκα στις {d}", "μένω στην {a}"),
    "ar": ("ar_SA", "SA", "السلام عليكم، معك {n}", "تاريخ ميلادي {d}", "عنواني {a}"),
    "he": ("he_IL", "IL", "שלום, מדברת {n}", "תאריך הלידה שלי {d}", "אני גרה ב{a}"),
    "hi": ("hi_IN", "IN", "नमस्ते, मैं {n} बोल रहा हूँ", "मेरी जन्मतिथि {d} है", "मेरा पता {a} है"),
    "ja": (
        "ja_JP",
        "JP",
        "お世話になっております、{n}と申します",
        "生年月日は{d}です",
        "住所は{a}です",
    ),
    "zh": ("zh_CN", "CN", "喂，你好，我叫{n}", "我的出生日期是{d}", "我住在{a}"),
    "ko": ("ko_KR", "KR", "안녕하세요, {n}입니다", "생년월일은 {d}입니다", "주소는 {a}입니다"),
    "th": ("th_TH", "TH", "สวัสดีค่ะ ดิฉันชื่อ{n}ค่ะ", "เกิดวันที่ {d}", "ที่อยู่คือ {a}"),
    "vi": ("vi_VN", "VN", "Alo, em là {n}", "ngày sinh của em là {d}", "địa chỉ nhà em là {a}"),
    "id": ("id_ID", "ID", "Halo, saya {n}", "tanggal lahir saya {d}", "alamat saya {a}"),
    "tl": (
        "fil_PH",
        "PH",
        "Magandang hapon po, si {n} po ito",
        "ang birthday ko ay {d}",
        "nakatira ako sa {a}",
    ),
}
ADDRESS_LOCALES = [
    "en_US",
    "en_GB",
    "es_ES",
    "fr_FR",
    "de_DE",
    "pt_BR",
    "nl_NL",
    "pl_PL",
    "sv_SE",
    "da_DK",
    "cs_CZ",
    "ru_RU",
    "ja_JP",
    "ko_KR",
    "zh_CN",
    "en_AU",
    "en_CA",
    "de_AT",
    "fr_CH",
    "tr_TR",
]
LANG_OF_LOCALE = {v[0]: k for k, v in LANGS.items()}
LANG_OF_LOCALE.update({"en_AU": "en", "en_CA": "en", "de_AT": "de", "fr_CH": "fr"})


def dob_text(d: dt.date, lang: str) -> str:
    """A birth date as people in that language say or STT writes it."""
    months_en = [
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
    if lang in ("en",):
        return R.choice(
            [
                f"{months_en[d.month - 1]} {d.day}, {d.year}",
                f"{d.month}/{d.day}/{d.year % 100:02d}",
                f"{d.month:02d}-{d.day:02d}-{d.year}",
            ]
        )
    if lang == "en_gb":
        return R.choice(
            [f"{d.day} {months_en[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}"]
        )
    if lang in ("ja", "zh"):
        return f"{d.year}年{d.month}月{d.day}日"
    if lang == "ko":
        return f"{d.year}년 {d.month}월 {d.day}일"
    if lang == "th":
        return f"{d.day}/{d.month}/{d.year + 543}"  # Buddhist era
    if lang in ("de", "cs", "pl", "ru", "uk", "da"):
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if lang in ("sv", "hu"):
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if lang == "nl":
        return f"{d.day}-{d.month}-{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def address(locale: str) -> str:
    """A one-line Faker street address (not a military or box address)."""
    while True:
        a = fk(locale).address().replace("\n", ", ")
        if not a.startswith(("Unit ", "PSC ", "USNS ", "USNV ", "USS ", "USCGC ")):
            return a


# ======================================================================================
# Part 1: the edges of a call and other people's stacks
# ======================================================================================

# keypad input (not content: the telephony layer carries the digits)
for _ in range(6):
    c = card()
    add(
        "pos.value.dtmf.card",
        "event",
        R.choice(
            [
                "dtmf.digits",
                "twilio.gather.Digits",
                "vonage.dtmf.digits",
                "connect.StoredCustomerInput",
            ]
        ),
        R.choice([c + "#", "*".join(grouped(c).split()) + "#", c]),
        ["card"],
    )
for _ in range(4):
    add(
        "pos.value.dtmf.card_events",
        "event",
        "dtmf.sequence",
        list(luhn_number(R.choice(["4", "53"]), 16)),
        ["card"],
    )
for _ in range(8):
    pin = "".join(R.choice(string.digits) for _ in range(R.choice([4, 4, 6])))
    add(
        "pos.value.dtmf.pin",
        R.choice(["event", "attribute"]),
        R.choice(
            [
                "ivr.pin.entered",
                "vonage.dtmf.digits",
                "asterisk.var.ACCOUNT_PIN",
                "freeswitch.variable_pin_digits",
                "lex.slots.SecurityPin.value.originalValue",
            ]
        ),
        pin + R.choice(["#", "", "#"]),
        ["secret"],
    )
for _ in range(6):
    d = birth()
    add(
        "pos.value.dtmf.dob",
        "event",
        R.choice(
            [
                "dtmf.digits",
                "twilio.gather.Digits",
                "ivr.dob.entered",
                "genesys.participantData.DOB_Input",
            ]
        ),
        R.choice([d.strftime("%m%d%Y") + "#", d.strftime("%d*%m*%Y") + "#", d.strftime("%Y%m%d")]),
        ["dob"],
    )
for _ in range(5):
    routing = R.choice(["021000021", "011000015", "121000358", "026009593", "322271627"])
    acct = "".join(R.choice(string.digits) for _ in range(R.choice([9, 10, 12])))
    add(
        "pos.value.dtmf.bank_account",
        "event",
        R.choice(["dtmf.digits", "connect.StoredCustomerInput", "twilio.gather.Digits"]),
        f"{routing}*{acct}#",
        ["bank_account"],
    )
for _ in range(4):
    add(
        "pos.value.dtmf.ssn",
        "event",
        R.choice(["dtmf.digits", "ivr.ssn_last9", "twilio.gather.Digits"]),
        ssn().replace("-", "") + "#",
        ["ssn"],
    )
for _ in range(3):
    add(
        "pos.value.dtmf.callback_number",
        "event",
        R.choice(["dtmf.digits", "ivr.callback.entered"]),
        nanp()[2:] + "#",
        ["phone"],
    )
# keypad input relayed into the LLM as text: content
for _ in range(4):
    c = card()
    add(
        "pos.free_text.dtmf_relay.en",
        "event",
        R.choice(["gen_ai.user.message", "llm.input_messages.3.message.content"]),
        f"[DTMF] caller entered: {' '.join(c)} #",
        ["card"],
    )
add(
    "pos.free_text.dtmf_relay.en",
    "attribute",
    "twilio.conversationrelay.message",
    js({"type": "dtmf", "digit": "#", "buffer": birth().strftime("%m%d%Y")}),
    ["dob"],
)

# IVR menu paths with captured data
for _ in range(6):
    lang = R.choice(list(LANGS))
    loc = LANGS[lang][0]
    n = person(loc)
    path = R.choice(
        ["main>billing>agent", "root/1/3/0", "Welcome|Language:2|Claims|Transfer", "mainmenu-2-4"]
    )
    add(
        "pos.value.ivr_path.name",
        "attribute",
        "connect.contact_attributes",
        js({"ivrPath": path, "customerName": n, "lang": lang}),
        ["name"],
    )
for _ in range(4):
    d = birth()
    add(
        "pos.value.lex_slot.dob",
        "attribute",
        "lex.sessionState.intent.slots",
        js(
            {
                "DateOfBirth": {
                    "value": {
                        "originalValue": d.strftime("%B %d %Y").lower(),
                        "interpretedValue": d.isoformat(),
                        "resolvedValues": [d.isoformat()],
                    }
                }
            }
        ),
        ["dob"],
    )
for _ in range(4):
    loc = R.choice(["de_DE", "es_ES", "fr_FR", "en_GB", "ja_JP"])
    add(
        "pos.value.dialogflow_params",
        "attribute",
        "dialogflow.cx.queryResult.parameters",
        js(
            {
                "person": {"name": person(loc)},
                "phone-number": phone(LANGS[LANG_OF_LOCALE[loc]][1], "intl"),
            }
        ),
        ["name", "phone"],
    )

# voicemail transcriptions and greetings
VM = {
    "en": "Hey, it's {n}, my number is {p}, call me back when you get this, thanks.",
    "es": "Hola, soy {n}, mi número es el {p}, llámenme por favor.",
    "fr": "Bonjour, c'est {n}, vous pouvez me rappeler au {p}, merci.",
    "de": "Ja hallo, {n} hier, bitte rufen Sie mich zurück unter {p}.",
    "it": "Salve, sono {n}, mi richiami al {p}, grazie.",
    "pt": "Oi, é a {n}, me liga de volta no {p}.",
    "ja": "{n}です。折り返しお電話ください。番号は{p}です。",
    "ko": "{n}입니다. {p}로 연락 부탁드립니다.",
    "ar": "مرحبا، أنا {n}، رقمي {p}، أرجو معاودة الاتصال.",
    "ru": "Здравствуйте, это {n}, перезвоните мне, пожалуйста, по номеру {p}.",
}
VM_LOC = {
    "en": ("en_US", "US"),
    "es": ("es_ES", "ES"),
    "fr": ("fr_FR", "FR"),
    "de": ("de_DE", "DE"),
    "it": ("pt_PT", "IT"),
    "pt": ("pt_BR", "BR"),
    "ja": ("ja_JP", "JP"),
    "ko": ("ko_KR", "KR"),
    "ar": ("ar_SA", "SA"),
    "ru": ("ru_RU", "RU"),
}
IT_NAMES = [
    "Giulia Ferraresi",
    "Marco Benedetti",
    "Chiara Lombardozzi",
    "Alessandro Rinaldi",
    "Francesca Dell'Acqua",
]
for lang, tpl in VM.items():
    loc, reg = VM_LOC[lang]
    n = R.choice(IT_NAMES) if lang == "it" else person(loc)
    add(
        f"pos.free_text.voicemail.{lang}",
        "attribute",
        R.choice(
            [
                "twilio.TranscriptionText",
                "voicemail.transcript",
                "vonage.recording.transcript",
                "connect.voicemail.transcription",
            ]
        ),
        tpl.format(n=n, p=phone(reg)),
        ["name", "phone"],
    )
for lang in ("en", "es", "de", "fr"):
    n = person(VM_LOC[lang][0])
    g = {
        "en": f"You've reached {n}. I can't take your call right now, leave a message.",
        "es": f"Ha llamado a {n}, deje su mensaje después de la señal.",
        "de": f"Sie sind verbunden mit der Mailbox von {n}.",
        "fr": f"Vous êtes bien sur la messagerie de {n}, laissez-moi un message.",
    }[lang]
    add(
        f"pos.free_text.voicemail_greeting.{lang}",
        "attribute",
        "amd.greeting.transcript",
        g,
        ["name"],
    )

# transfers and warm hand-off summaries
HAND = [
    (
        "en",
        "Warm transfer: {n} (DOB {d}) is calling about a disputed charge on card ending 4421. Verified by KBA. Caller mentioned being just diagnosed with MS and is struggling to keep up with payments.",
        ["dob", "name", "sensitive"],
    ),
    (
        "en",
        "Transferring {n} to claims. Callback {p}. Policy holder reports the house at {a} flooded last night.",
        ["address", "name", "phone"],
    ),
    (
        "es",
        "Traspaso a agente humano: {n} llama porque su padre falleció la semana pasada y quiere cerrar la cuenta.",
        ["name", "sensitive"],
    ),
    (
        "de",
        "Übergabe an Sachbearbeitung: Herr {n}, Rückruf unter {p}, Anliegen Ratenzahlung wegen Privatinsolvenz.",
        ["name", "phone", "sensitive"],
    ),
    (
        "fr",
        "Transfert vers un conseiller : Mme {n}, née le {d}, demande un report d'échéance.",
        ["dob", "name"],
    ),
    ("ja", "担当者へ転送：{n}様、折り返し先{p}、解約希望。", ["name", "phone"]),
    (
        "pt",
        "Transferência para atendente: {n}, e-mail {e}, quer contestar cobrança.",
        ["email", "name"],
    ),
    (
        "nl",
        "Doorverbonden naar medewerker: mevrouw {n}, adres {a}, meldt storing.",
        ["address", "name"],
    ),
]
HLOC = {
    "en": ("en_US", "US"),
    "es": ("es_ES", "ES"),
    "de": ("de_DE", "DE"),
    "fr": ("fr_FR", "FR"),
    "ja": ("ja_JP", "JP"),
    "pt": ("pt_BR", "BR"),
    "nl": ("nl_NL", "NL"),
}
for lang, tpl, kinds in HAND:
    loc, reg = HLOC[lang]
    f = fk(loc)
    v = tpl.format(
        n=person(loc) if lang != "de" else f.last_name(),
        d=dob_text(birth(), lang),
        p=phone(reg),
        a=address(loc),
        e=f"{f.user_name()}@example.com",
    )
    key = R.choice(
        [
            "vapi.transfer.summary",
            "retell.transfer_call.summary",
            "handoff.context",
            "genesys.conversation.wrapup.notes",
            "twilio.conversationrelay.handoffData",
        ]
    )
    add(f"pos.free_text.handoff.{lang}", "attribute", key, v, kinds)
for _ in range(3):
    n = person("en_US")
    add(
        "pos.tool_payload.transfer_call",
        "attribute",
        "gen_ai.tool.call.arguments",
        js(
            {
                "destination": "+18005550199",
                "summary": f"{n} wants to update beneficiary after divorce",
                "caller_id": nanp(),
            }
        ),
        ["name", "phone", "sensitive"],
    )

# conference legs
for _ in range(6):
    n = person(R.choice(["en_US", "en_GB", "de_DE", "es_MX"]))
    add(
        "pos.value.conference_leg",
        "attribute",
        R.choice(
            [
                "twilio.conference.participant.label",
                "daily.participant.user_name",
                "vonage.conversation.member.display_name",
                "asterisk.confbridge.user.name",
            ]
        ),
        R.choice([n, f"customer: {n}", f"{n} (mobile)"]),
        ["name"],
    )
for _ in range(4):
    add(
        "pos.value.conference_leg.phone",
        "attribute",
        R.choice(
            [
                "twilio.conference.participant.to",
                "freeswitch.variable_sip_to_user",
                "conference.leg.dialed_number",
            ]
        ),
        R.choice([nanp(), phone("GB", "e164"), phone("AU", "e164"), phone("IN", "e164")]),
        ["phone"],
    )

# call-back requests
for _ in range(6):
    lang = R.choice(["en", "es", "de", "fr", "pt", "it"])
    loc, reg = VM_LOC[lang]
    body = {
        "callback_number": phone(reg, R.choice(["national", "intl"])),
        "preferred_window": R.choice(
            ["after 5pm", "mañana por la mañana", "Dienstag 10-12", "18h-19h"]
        ),
        "reason": R.choice(["billing", "renewal", "delivery"]),
    }
    if R.random() < 0.5:
        body["name"] = R.choice(IT_NAMES) if lang == "it" else person(loc)
    add(
        "pos.tool_payload.callback_request",
        "attribute",
        R.choice(
            [
                "gen_ai.tool.call.arguments",
                "lk.function_tool.arguments",
                "bland.tool.input",
                "retell.tool_call.arguments",
            ]
        ),
        js(body),
        ["phone", "name"] if "name" in body else ["phone"],
    )

# outbound dialer lists
for _ in range(5):
    loc, reg = R.choice(
        [("en_US", "US"), ("es_MX", "MX"), ("pt_BR", "BR"), ("en_GB", "GB"), ("fr_FR", "FR")]
    )
    rows = [
        [person(loc), phone(reg, "e164"), R.choice(["NEW", "RETRY", "CALLBACK"])] for _ in range(3)
    ]
    add(
        "pos.value.dialer_list",
        "attribute",
        R.choice(["campaign.contacts", "bland.batch.call_data", "dialer.lead_batch"]),
        js([{"name": a, "phone_number": b, "status": c} for a, b, c in rows]),
        ["name", "phone"],
    )
for _ in range(3):
    add(
        "pos.value.dialer_csv",
        "attribute",
        "dialer.upload.preview",
        "first_name,last_name,phone\n"
        + "\n".join(
            f"{fk('en_US').first_name()},{fk('en_US').last_name()},{nanp()}" for _ in range(2)
        ),
        ["name", "phone"],
    )

# appointment reminders
REM = [
    (
        "en",
        "Hi {f}, this is a reminder of your appointment at Lakeside Dental on {when}. Reply C to confirm.",
        ["name"],
    ),
    (
        "en",
        "Hello {f}, your follow-up at the oncology clinic is on {when}. Please bring your medication list.",
        ["name", "sensitive"],
    ),
    ("es", "Hola {f}, le recordamos su cita de fisioterapia el {when}.", ["name"]),
    (
        "de",
        "Guten Tag {f}, wir erinnern Sie an Ihren Termin in der Suchtberatung am {when}.",
        ["name", "sensitive"],
    ),
    (
        "fr",
        "Bonjour {f}, rappel : votre rendez-vous au centre de dépistage VIH est le {when}.",
        ["name", "sensitive"],
    ),
    ("pl", "Dzień dobry {f}, przypominamy o wizycie u stomatologa {when}.", ["name"]),
    ("sv", "Hej {f}! Påminnelse om din tid hos Kiropraktorn {when}.", ["name"]),
    ("ko", "{f}님, {when} 정신건강의학과 진료 예약을 안내드립니다.", ["name", "sensitive"]),
]
WHEN = {
    "en": "Tuesday, May 14 at 9:40 AM",
    "es": "martes 14 de mayo a las 9:40",
    "de": "Dienstag, 14.05., 9:40 Uhr",
    "fr": "mardi 14 mai à 9h40",
    "pl": "14.05 o 9:40",
    "sv": "tisdag 14 maj kl. 09.40",
    "ko": "5월 14일(화) 오전 9시 40분",
}
RLOC = {
    "en": "en_US",
    "es": "es_ES",
    "de": "de_DE",
    "fr": "fr_FR",
    "pl": "pl_PL",
    "sv": "sv_SE",
    "ko": "ko_KR",
}
for lang, tpl, kinds in REM:
    f = fk(RLOC[lang])
    first = f.last_name() + f.first_name() if lang == "ko" else f.first_name()
    add(
        f"pos.free_text.reminder.{lang}",
        "attribute",
        R.choice(
            [
                "vapi.assistant.firstMessage.rendered",
                "retell.llm.begin_message",
                "tts.text",
                "gen_ai.output.messages",
            ]
        ),
        tpl.format(f=first, when=WHEN[lang]),
        kinds,
    )

# recording and consent metadata
for _ in range(4):
    add(
        "pos.value.recording_url_signed",
        "attribute",
        R.choice(["recording.url", "vapi.artifact.recordingUrl", "retell.recording_url"]),
        f"https://storage.example-voice.net/rec/{tok(16, HEX)}.wav?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{tok(16, string.ascii_uppercase + string.digits)}%2F20260301%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature={tok(64, HEX)}",
        ["secret"],
    )
for _ in range(3):
    n = person(R.choice(["en_US", "de_DE", "fr_FR"]))
    add(
        "pos.value.consent_record",
        "attribute",
        "recording.consent.record",
        js({"consent": "granted", "given_by": n, "method": "verbal", "ts": "2026-03-02T10:14:09Z"}),
        ["name"],
    )

# post-call analytics
SUMS = [
    (
        "en",
        "Caller {n} asked to move her payment date; she lost her job in March and is behind on rent. Agent offered a hardship plan.",
        ["name", "sensitive"],
    ),
    (
        "en",
        "{n} called to update his email to {e}. Verified with DOB {d}.",
        ["dob", "email", "name"],
    ),
    ("es", "Resumen: {n} solicita cambiar la dirección de envío a {a}.", ["address", "name"]),
    (
        "de",
        "Zusammenfassung: Kundin {n} meldet, dass ihr Mann verstorben ist, und bittet um Umschreibung des Vertrags.",
        ["name", "sensitive"],
    ),
    ("fr", "Synthèse : {n} a donné son IBAN {i} pour le prélèvement.", ["iban", "name"]),
    ("it", "Riepilogo: il cliente {n} ha comunicato il nuovo numero {p}.", ["name", "phone"]),
    ("ja", "通話要約：{n}様より住所変更の依頼。新住所：{a}", ["address", "name"]),
    ("zh", "通话摘要：客户{n}要求退款，联系电话{p}。", ["name", "phone"]),
    (
        "pt",
        "Resumo: {n} relatou que está em tratamento de depressão e pediu para adiar a renovação.",
        ["name", "sensitive"],
    ),
    (
        "tr",
        "Özet: {n} kredi kartı borcunu yapılandırmak istiyor, icra takibi başlamış.",
        ["name", "sensitive"],
    ),
]
SLOC = {
    "en": ("en_US", "US"),
    "es": ("es_ES", "ES"),
    "de": ("de_DE", "DE"),
    "fr": ("fr_FR", "FR"),
    "it": ("pt_PT", "IT"),
    "ja": ("ja_JP", "JP"),
    "zh": ("zh_CN", "CN"),
    "pt": ("pt_BR", "BR"),
    "tr": ("tr_TR", "TR"),
}
for lang, tpl, kinds in SUMS:
    loc, reg = SLOC[lang]
    n = R.choice(IT_NAMES) if lang == "it" else person(loc)
    v = tpl.format(
        n=n,
        e=f"{fk('en_US').user_name()}@example.org",
        d=dob_text(birth(), "en"),
        a=address(loc),
        i=grouped(iban("FR")),
        p=phone(reg),
    )
    add(
        f"pos.free_text.call_summary.{lang}",
        "attribute",
        R.choice(
            [
                "vapi.analysis.summary",
                "retell.call_analysis.call_summary",
                "bland.summary",
                "postcall.summary",
                "genesys.conversation.summary.text",
            ]
        ),
        v,
        kinds,
    )
for i in range(6):
    loc, reg = R.choice([("en_US", "US"), ("en_GB", "GB"), ("de_DE", "DE"), ("es_ES", "ES")])
    ent = {
        "customer_name": person(loc),
        "phone": phone(reg, "intl"),
        "intent": "reschedule",
        "sentiment": "neutral",
    }
    kinds = ["name", "phone"]
    if i % 2:
        ent["date_of_birth"] = birth().isoformat()
        kinds.append("dob")
    add(
        "pos.tool_payload.extracted_entities",
        "attribute",
        R.choice(
            [
                "vapi.analysis.structuredData",
                "retell.call_analysis.custom_analysis_data",
                "bland.analysis",
                "langfuse.observation.output",
            ]
        ),
        js(ent),
        kinds,
    )

# evaluation datasets and LLM-judge output
for _ in range(5):
    loc = R.choice(["en_US", "en_GB", "fr_FR", "de_DE", "es_ES"])
    n = person(loc)
    add(
        "pos.free_text.eval_example",
        "attribute",
        R.choice(
            [
                "langsmith.example.inputs",
                "langfuse.dataset_item.input",
                "arize.dataset.example.input",
            ]
        ),
        js(
            {
                "transcript": f"user: hi, my name is {n} and I need to cancel\nassistant: sure, I can help with that"
            }
        ),
        ["name"],
    )
for _ in range(4):
    n = person("en_US")
    add(
        "pos.free_text.llm_judge",
        "attribute",
        R.choice(
            ["langsmith.feedback.comment", "eval.judge.reasoning", "openinference.output.value"]
        ),
        f"FAIL: the agent read back the caller's full card number ({R.choice(TEST_CARDS)}) to {n} instead of the last four digits.",
        ["card", "name"],
    )

# CRM notes after the call
CRM = [
    (
        "en",
        "Spoke w/ {n}. Wife passed away in Jan, needs acct moved to his name. Sending forms to {e}.",
        ["email", "name", "sensitive"],
    ),
    ("en", "cust {n} - ssn on file {s} confirmed, updated mailing addr.", ["name", "ssn"]),
    (
        "es",
        "Llamada con {n}: pide factura a nombre de la empresa, NIE {x}.",
        ["name", "national_id"],
    ),
    ("de", "Notiz: {n} hat neue Bankverbindung {i} angegeben.", ["iban", "name"]),
    (
        "nl",
        "Notitie: {n} belt terug op {p}; vraagt naar betalingsregeling wegens schulden.",
        ["name", "phone", "sensitive"],
    ),
    ("pl", "Notatka: {n}, PESEL {pe}, prosi o duplikat umowy.", ["name", "national_id"]),
]
CLOC = {
    "en": ("en_US", "US"),
    "es": ("es_ES", "ES"),
    "de": ("de_DE", "DE"),
    "nl": ("nl_NL", "NL"),
    "pl": ("pl_PL", "PL"),
}
for lang, tpl, kinds in CRM:
    loc, reg = CLOC[lang]
    v = tpl.format(
        n=person(loc),
        e=f"{fk(loc).user_name()}@example.net",
        s=ssn(),
        x=national_id("es.dni"),
        i=grouped(iban("DE")),
        p=phone(reg),
        pe=national_id("pl.pesel"),
    )
    add(
        f"pos.free_text.crm_note.{lang}",
        "attribute",
        R.choice(
            [
                "salesforce.Task.Description",
                "hubspot.engagement.note.body",
                "zendesk.ticket.comment.body",
                "crm.note",
            ]
        ),
        v,
        kinds,
    )

# other stacks: caller numbers and ids at the telephony layer
for _ in range(5):
    add(
        "pos.value.stack_caller",
        "attribute",
        R.choice(
            [
                "vapi.call.customer.number",
                "retell.from_number",
                "bland.from",
                "connect.CustomerEndpoint.Address",
                "genesys.participant.ani",
            ]
        ),
        R.choice(
            [
                nanp(),
                phone("GB", "e164"),
                phone("DE", "e164"),
                phone("MX", "e164"),
                phone("JP", "e164"),
            ]
        ),
        ["phone"],
    )
for _ in range(4):
    n = person(R.choice(["en_US", "es_MX", "fr_FR"]))
    add(
        "pos.value.asterisk_callerid",
        "attribute",
        R.choice(["asterisk.CALLERID(all)", "freeswitch.variable_caller_id_name", "sip.from"]),
        R.choice([f'"{n}" <{nanp()[2:]}>', f'"{n}" <sip:{nanp()}@pbx.example.com>']),
        ["name", "phone"],
    )
for _ in range(3):
    add(
        "pos.value.conversationrelay_setup",
        "attribute",
        "twilio.conversationrelay.setup",
        js(
            {
                "type": "setup",
                "sessionId": "VX" + tok(32, HEX),
                "callSid": "CA" + tok(32, HEX),
                "from": nanp(),
                "to": "+18005550100",
                "direction": "inbound",
                "customParameters": {"caller_name": person("en_US")},
            }
        ),
        ["name", "phone"],
    )
for _ in range(8):
    add(
        "pos.value.client_ip",
        "attribute",
        R.choice(
            [
                "daily.participant.ip",
                "vapi.webCall.client_ip",
                "http.request.header.x-forwarded-for",
                "retell.web_call.remote_addr",
            ]
        ),
        R.choice([ipv4(), f"{ipv4()}, 10.0.3.17", ipv6()]),
        ["ip"],
    )
for _ in range(5):
    add(
        "pos.value.ice_srflx",
        "event",
        "webrtc.ice.candidate",
        f"candidate:{R.randrange(10**9)} 1 udp {R.randrange(10**9)} {ipv4()} {R.randrange(10000, 65000)} typ srflx raddr 192.168.1.{R.randrange(2, 250)} rport {R.randrange(10000, 65000)}",
        ["ip"],
    )
for _ in range(4):
    add(
        "pos.value.access_log",
        "status",
        "status.description",
        f'{ipv4()} - - "POST /twilio/voice HTTP/1.1" 502 0 "TwilioProxy/1.1"',
        ["ip"],
    )
for _ in range(14):
    k, v = secret_value()
    add("pos.value.secret.stack", "attribute", k, v, ["secret"])

# base64 and URL-encoded bodies, labelled with what they decode to
for _ in range(4):
    n = person("en_US")
    body = urllib.parse.urlencode(
        {"CallSid": "CA" + tok(32, HEX), "From": nanp(), "CallerName": n, "Digits": "1"}
    )
    add("pos.value.twilio_webhook_form", "attribute", "http.request.body", body, ["name", "phone"])
for _ in range(4):
    d = birth()
    raw = js({"caller": person("en_GB"), "dob": d.isoformat()})
    add(
        "pos.value.b64_custom_params",
        "attribute",
        R.choice(["sip.header.X-Custom-Data", "vonage.custom_data"]),
        base64.b64encode(raw.encode()).decode(),
        ["dob", "name"],
    )
for _ in range(3):
    add(
        "pos.value.b64_dtmf_card",
        "event",
        "connect.encrypted_or_encoded_input",
        base64.b64encode(card().encode()).decode(),
        ["card"],
    )

# ======================================================================================
# Part 2: everyday mix of conversation in many languages and scripts
# ======================================================================================
TX_KEYS = [
    "transcript",
    "lk.user_transcript",
    "gen_ai.prompt.0.content",
    "input.value",
    "retell.transcript",
    "vapi.message.transcript",
    "twilio.conversationrelay.voicePrompt",
    "text",
]
for lang, (loc, _reg, lead, _dlead, _alead) in LANGS.items():
    add(
        f"pos.free_text.name.{lang}",
        "event",
        R.choice(TX_KEYS),
        lead.format(n=person(loc)),
        ["name"],
    )
for lang, (_loc, _reg, _lead, dlead, _alead) in list(LANGS.items())[:20]:
    add(
        f"pos.free_text.dob.{lang}",
        "event",
        R.choice(TX_KEYS),
        dlead.format(d=dob_text(birth(), lang)),
        ["dob"],
    )
for loc in ADDRESS_LOCALES:
    lang = LANG_OF_LOCALE[loc]
    add(
        f"pos.free_text.address.{lang}",
        "event",
        R.choice(TX_KEYS),
        LANGS[lang][4].format(a=address(loc)),
        ["address"],
    )
PH_LEAD = {
    "en": "you can reach me on {p}",
    "es": "mi móvil es el {p}",
    "fr": "mon portable c'est le {p}",
    "de": "meine Handynummer ist {p}",
    "pt": "meu celular é {p}",
    "nl": "mijn nummer is {p}",
    "pl": "mój numer to {p}",
    "tr": "numaram {p}",
    "ru": "мой номер {p}",
    "el": "το κινητό μου είναι {p}",
    "ar": "رقم جوالي {p}",
    "he": "המספר שלי {p}",
    "hi": "मेरा नंबर {p} है",
    "ja": "携帯は{p}です",
    "zh": "我的手机号是{p}",
    "ko": "제 번호는 {p}입니다",
    "th": "เบอร์โทรของฉันคือ {p}",
    "vi": "số điện thoại của em là {p}",
    "id": "nomor HP saya {p}",
    "tl": "ang number ko po ay {p}",
}
for lang, lead in PH_LEAD.items():
    p = phone(LANGS[lang][1], R.choice(["national", "national", "intl"]))
    if lang == "ar":
        p = p.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    add(f"pos.free_text.phone.{lang}", "event", R.choice(TX_KEYS), lead.format(p=p), ["phone"])
EM_LEAD = [
    "my email is {e}",
    "mi correo es {e}",
    "meine E-Mail ist {e}",
    "メールは{e}です",
    "邮箱是{e}",
    "이메일은 {e}입니다",
    "البريد الإلكتروني {e}",
    "e-mail: {e}",
    "it's {s} at example dot com",
]
for lead in EM_LEAD * 2:
    f = fk(R.choice(["en_US", "de_DE", "fr_FR", "es_ES"]))
    u = f"{f.first_name().lower()}.{f.last_name().lower()}"
    add(
        "pos.free_text.email",
        "event",
        R.choice(TX_KEYS),
        lead.format(
            e=f"{u}{R.choice(['', '+calls', '84'])}@{R.choice(['example.com', 'example.org', 'mail.example', 'example.net'])}",
            s=u.replace(".", " dot "),
        ),
        ["email"],
    )
for _ in range(3):
    add(
        "pos.value.email",
        "attribute",
        R.choice(["vapi.call.customer.email", "user.email", "bland.variables.email"]),
        f"{fk('en_US').user_name()}@example.com",
        ["email"],
    )
CARD_LEAD = [
    "card number {c}",
    "es la {c}",
    "die Kartennummer ist {c}",
    "le numéro c'est {c}",
    "カード番号は{c}",
    "卡号{c}",
]
for lead in CARD_LEAD:
    c = card()
    add(
        "pos.free_text.card",
        "event",
        R.choice(TX_KEYS),
        lead.format(c=R.choice([grouped(c), c, "-".join(grouped(c).split())])),
        ["card"],
    )
SSN_LEAD = [
    "my social is {s}",
    "social security number {s}",
    "it's {s}, my SSN",
    "mi seguro social es {s}",
]
for lead in SSN_LEAD * 2:
    s = ssn()
    add(
        "pos.free_text.ssn",
        "event",
        R.choice(TX_KEYS),
        lead.format(s=R.choice([s, s.replace("-", " "), s.replace("-", "")])),
        ["ssn"],
    )
for _ in range(3):
    add(
        "pos.tool_payload.ssn",
        "attribute",
        R.choice(["gen_ai.tool.call.arguments", "tool.arguments"]),
        js({"ssn_full": ssn(), "verify": True}),
        ["ssn"],
    )
IB = [
    ("DE", "de", "meine IBAN lautet {i}"),
    ("NL", "nl", "mijn IBAN is {i}"),
    ("BE", "fr", "mon IBAN est {i}"),
    ("AT", "de", "IBAN {i}"),
    ("PL", "pl", "numer konta {i}"),
    ("SE", "sv", "mitt IBAN är {i}"),
    ("ES", "es", "el IBAN es {i}"),
    ("PT", "pt", "o IBAN é {i}"),
    ("CH", "de", "IBAN: {i}"),
    ("GB", "en", "IBAN {i}"),
    ("IT", "it", "l'IBAN è {i}"),
    ("DK", "da", "IBAN {i}"),
    ("FI", "en", "IBAN {i}"),
    ("NO", "en", "IBAN {i}"),
]
for cc, lang, lead in IB:
    v = iban(cc)
    add(
        f"pos.free_text.iban.{lang}",
        "event",
        R.choice(TX_KEYS),
        lead.format(i=R.choice([v, grouped(v), grouped(v).lower()])),
        ["iban"],
    )
for _ in range(3):
    add(
        "pos.tool_payload.iban",
        "attribute",
        R.choice(["gen_ai.tool.call.arguments", "lk.function_tool.arguments"]),
        js({"iban": iban(R.choice(["DE", "FR", "NL"])), "mandate": "SEPA"}),
        ["iban"],
    )
BANK = [
    "routing {r} account {a}",
    "sort code {sc}, account number {a8}",
    "BSB {bsb} account {a8}",
    "IFSC {ifsc}, account no. {a}",
    "transit {tr}, institution 003, account {a7}",
]
for lead in BANK * 2:
    add(
        "pos.free_text.bank_account",
        "event",
        R.choice(TX_KEYS),
        lead.format(
            r=R.choice(["021000021", "011000015", "121000358"]),
            a="".join(R.choice(string.digits) for _ in range(11)),
            sc=f"{R.randrange(10, 99)}-{R.randrange(10, 99)}-{R.randrange(10, 99)}",
            a8="".join(R.choice(string.digits) for _ in range(8)),
            bsb=f"0{R.randrange(10, 99)}-{R.randrange(100, 999)}",
            ifsc=f"{R.choice(['SBIN', 'HDFC', 'ICIC'])}0{R.randrange(10000, 99999)}",
            tr=f"{R.randrange(10000, 99999)}",
            a7="".join(R.choice(string.digits) for _ in range(7)),
        ),
        ["bank_account"],
    )
NID_LEAD = {
    "es.dni": ("es", "mi DNI es {v}"),
    "pl.pesel": ("pl", "mój PESEL to {v}"),
    "br.cpf": ("pt", "meu CPF é {v}"),
    "in_.aadhaar": ("hi", "मेरा आधार नंबर {v} है"),
    "se.personnummer": ("sv", "personnumret är {v}"),
    "no.fodselsnummer": ("no", "fødselsnummeret mitt er {v}"),
    "fi.hetu": ("fi", "henkilötunnukseni on {v}"),
    "tr.tckimlik": ("tr", "TC kimlik numaram {v}"),
    "il.idnr": ("he", "מספר תעודת הזהות שלי {v}"),
    "za.idnr": ("en", "my ID number is {v}"),
    "kr.rrn": ("ko", "주민등록번호는 {v}입니다"),
    "cn.ric": ("zh", "身份证号是{v}"),
    "ch.ssn": ("de", "meine AHV-Nummer ist {v}"),
    "ro.cnp": ("ro", "CNP-ul meu este {v}"),
    "ca.sin": ("en", "SIN {v}"),
    "cz.rc": ("cs", "rodné číslo {v}"),
    "bg.egn": ("bg", "ЕГН-то ми е {v}"),
    "jp.in_": ("ja", "マイナンバーは{v}です"),
    "ee.ik": ("et", "isikukood {v}"),
    "gr.amka": ("el", "ο ΑΜΚΑ μου είναι {v}"),
    "ru.inn": ("ru", "мой ИНН {v}"),
    "th.pin": ("th", "เลขบัตรประชาชน {v}"),
    "dk.cpr": ("da", "mit CPR-nummer er {v}"),
    "id.nik": ("id", "NIK saya {v}"),
    "my.nric": ("ms", "nombor IC saya {v}"),
    "ua.rntrc": ("uk", "мій РНОКПП {v}"),
    "gb.nhs": ("en", "NHS number {v}"),
    "fr.nir": ("fr", "mon numéro de sécu c'est le {v}"),
}
for scheme, (lang, lead) in NID_LEAD.items():
    add(
        f"pos.free_text.national_id.{lang}",
        "event",
        R.choice(TX_KEYS),
        lead.format(v=national_id(scheme)),
        ["national_id"],
    )
for scheme in ("es.dni", "br.cpf", "pl.pesel", "tr.tckimlik"):
    add(
        "pos.tool_payload.national_id",
        "attribute",
        R.choice(["gen_ai.tool.call.arguments", "lk.function_tool.arguments", "tool.result"]),
        js({"document_number": national_id(scheme), "document_type": scheme.split(".")[1].upper()}),
        ["national_id"],
    )
SENS = [
    ("en", "I'm calling because I just got out of rehab and I need to pause my membership."),
    ("en", "my mom died last Tuesday and I don't know what to do with her phone plan"),
    ("es", "estoy en quimioterapia y no puedo ir a la oficina"),
    ("fr", "je suis en instance de divorce et mon avocat m'a dit de geler le compte"),
    ("de", "ich habe eine Privatinsolvenz angemeldet, kann ich trotzdem einen Vertrag machen?"),
    ("it", "sono sieropositivo e vorrei sapere se l'assicurazione copre i farmaci"),
    ("pt", "meu visto venceu e estou esperando a resposta da imigração"),
    ("nl", "ik ben net uit de kast gekomen en mijn ouders hebben me eruit gegooid"),
    ("pl", "mam depresję i biorę leki, czy to wpływa na polisę?"),
    ("tr", "babam geçen hafta vefat etti, hesabını kapatmak istiyorum"),
    ("ru", "у меня долги по кредитам, и коллекторы звонят каждый день"),
    ("ar", "أنا مريض بالسكري وأحتاج إلى تجديد الوصفة"),
    ("he", "אני בהליך פשיטת רגל ואני צריך לדחות את התשלום"),
    ("hi", "मेरी पत्नी को कैंसर है, मुझे छुट्टी चाहिए"),
    ("ja", "去年うつ病と診断されて、今は休職中です"),
    ("zh", "我刚刚被公司裁员了，房贷还不上"),
    ("ko", "저는 알코올 중독 치료를 받고 있어요"),
    ("th", "ฉันกำลังตั้งครรภ์และต้องการลาคลอด"),
    ("vi", "tôi đang bị kiện vì nợ thẻ tín dụng"),
    ("id", "suami saya ditahan polisi minggu lalu"),
    ("el", "είμαι άνεργος εδώ και έξι μήνες και δεν μπορώ να πληρώσω"),
    ("sv", "jag är muslim och fastar, kan vi flytta mötet till kvällen?"),
    ("uk", "мій брат загинув на фронті, мені потрібна довідка"),
    ("tl", "na-diagnose po ako ng tuberculosis kaya hindi ako makakapasok"),
    ("sw", "nina virusi vya UKIMWI na nahitaji dawa zangu"),
]
for lang, v in SENS:
    add(f"pos.free_text.sensitive.{lang}", "event", R.choice(TX_KEYS), v, ["sensitive"])
for _ in range(3):
    add(
        "pos.free_text.sensitive_name.en",
        "event",
        "gen_ai.input.messages",
        js(
            [
                {
                    "role": "user",
                    "content": f"This is {person('en_US')}, I was arrested last month and need to reschedule my court-ordered classes.",
                }
            ]
        ),
        ["name", "sensitive"],
    )
for _ in range(4):
    n = person(R.choice(["en_US", "de_DE", "ja_JP", "es_MX"]))
    add(
        "pos.value.name",
        "attribute",
        R.choice(
            [
                "user.full_name",
                "caller.cnam",
                "vapi.call.customer.name",
                "retell.metadata.customer_name",
                "enduser.name",
            ]
        ),
        n,
        ["name"],
    )
for _ in range(3):
    add(
        "pos.value.dob",
        "attribute",
        R.choice(["customer.date_of_birth", "patient.birthDate", "kunde.geburtsdatum"]),
        birth().isoformat(),
        ["dob"],
    )
for _ in range(3):
    loc = R.choice(["en_US", "de_DE", "en_GB"])
    add(
        "pos.value.address",
        "attribute",
        R.choice(["shipping.address", "customer.address", "vapi.call.customer.address"]),
        address(loc),
        ["address"],
    )
for _ in range(3):
    n = person("en_US")
    add(
        "pos.tool_payload.booking_result",
        "attribute",
        R.choice(["gen_ai.tool.call.result", "tool.result", "lk.function_tool.output"]),
        js({"booking": {"guest": n, "phone": nanp(), "address": address("en_US")}}),
        ["address", "name", "phone"],
    )

n_pos = len(ROWS)

# ======================================================================================
# Clean conversation content (no personal data)
# ======================================================================================
CLEAN = {
    "en": [
        "I want to talk to a real person please",
        "press two? okay I pressed it",
        "what time do you close on Saturdays",
        "can you repeat the menu options",
        "I'd like to check the status of order 48213",
        "no, the other one, the blue one",
        "yeah that works, thanks",
        "is there parking near the store",
    ],
    "es": [
        "quiero hablar con un agente",
        "¿cuál es el horario de atención?",
        "ya marqué la opción tres",
    ],
    "fr": [
        "je voudrais parler à un conseiller",
        "c'est ouvert le dimanche ?",
        "j'ai appuyé sur dièse",
    ],
    "de": [
        "ich möchte meinen Tarif wechseln",
        "wie lange dauert die Lieferung?",
        "Taste zwei, oder?",
    ],
    "it": ["vorrei parlare con un operatore", "quanto costa la spedizione?"],
    "pt": ["quero falar com um atendente", "qual é o prazo de entrega?"],
    "nl": ["ik wil graag een medewerker spreken", "hoe laat gaan jullie open?"],
    "pl": ["chciałbym rozmawiać z konsultantem", "ile kosztuje wysyłka?"],
    "sv": ["kan jag prata med en handläggare?", "när öppnar ni imorgon?"],
    "da": ["kan jeg tale med en medarbejder?"],
    "cs": ["chtěl bych mluvit s operátorem"],
    "tr": ["bir temsilciyle görüşmek istiyorum", "kargom nerede?"],
    "ru": ["соедините меня с оператором", "сколько стоит доставка?"],
    "uk": ["з'єднайте мене з оператором"],
    "el": ["θα ήθελα να μιλήσω με έναν εκπρόσωπο"],
    "ar": ["أريد التحدث إلى موظف خدمة العملاء", "متى تفتحون غدا؟"],
    "he": ["אני רוצה לדבר עם נציג", "מה שעות הפתיחה?"],
    "hi": ["मुझे किसी एजेंट से बात करनी है", "डिलीवरी कब तक होगी?"],
    "ja": ["オペレーターにつないでください", "営業時間を教えてください"],
    "zh": ["我想转人工客服", "你们周末营业吗？"],
    "ko": ["상담원 연결해 주세요", "배송은 언제 오나요?"],
    "th": ["ขอคุยกับพนักงานหน่อยค่ะ", "ร้านเปิดกี่โมง"],
    "vi": ["cho tôi gặp nhân viên tư vấn", "bao giờ thì giao hàng?"],
    "id": ["saya mau bicara dengan petugas", "jam buka toko berapa?"],
    "tl": ["pwede po bang makausap ang agent?"],
    "sw": ["naomba kuongea na mhudumu"],
    "ms": ["boleh saya bercakap dengan ejen?"],
    "ro": ["aș dori să vorbesc cu un operator"],
    "fi": ["haluaisin puhua asiakaspalvelijan kanssa"],
}
for lang, items in CLEAN.items():
    for v in items:
        add(f"neg.free_text.utterance.{lang}", "event", R.choice(TX_KEYS), v)
IVR_PROMPTS = [
    "For billing, press 1. For technical support, press 2. To repeat these options, press star.",
    "Para español, oprima dos.",
    "Pour le service client, tapez 1, pour les réclamations, tapez 2.",
    "Für Fragen zu Ihrer Rechnung drücken Sie die 1, für alles andere die 2.",
    "日本語の案内は1を、英語の案内は2を押してください。",
    "한국어 안내는 1번, 영어 안내는 2번을 눌러주세요.",
    "للغة العربية اضغط 1",
    "Please enter your 8-digit order number followed by the pound key.",
    "Your call may be recorded for quality and training purposes.",
    "The estimated wait time is 4 minutes. You are caller number 3 in the queue.",
]
for v in IVR_PROMPTS:
    add(
        "neg.free_text.ivr_prompt",
        "attribute",
        R.choice(
            [
                "tts.text",
                "connect.prompt.text",
                "lex.message.content",
                "vonage.ncco.talk.text",
                "dialogflow.cx.responseMessages.text",
            ]
        ),
        v,
    )
VM_CLEAN = [
    "Thank you for calling Brightwater Plumbing. Our office is closed. Please call back Monday through Friday, 8 to 5.",
    "Hi, this is a message from your pharmacy: your order is ready for pickup.",
    "Sie haben die Hotline der Stadtwerke erreicht. Leider rufen Sie außerhalb unserer Geschäftszeiten an.",
    "Vous êtes bien au cabinet dentaire. Nous sommes fermés entre 12h et 14h.",
    "Hola, llamaba por lo del pedido, ya lo recogí, gracias.",
    "hey it's me, just call me back when you can",
]
for v in VM_CLEAN:
    add(
        "neg.free_text.voicemail",
        "attribute",
        R.choice(["twilio.TranscriptionText", "voicemail.transcript", "amd.greeting.transcript"]),
        v,
    )
SUM_CLEAN = [
    "Caller asked about store hours and whether returns need a receipt. Resolved on first contact.",
    "Customer wanted to upgrade to the annual plan; agent explained the pricing tiers. No follow-up needed.",
    "Llamada sobre el estado del pedido 55120; se informó que llega el jueves.",
    "Kunde fragte nach Lieferzeiten für Bestellung 8812-A. Ticket geschlossen.",
    "通话要约：客户咨询退货政策，已解答。",
    "Wrong number; caller hung up after the greeting.",
    "Outbound attempt: no answer, left generic voicemail.",
    "Transferred to tier 2 for router firmware issue, ticket INC0041872.",
]
for v in SUM_CLEAN:
    add(
        "neg.free_text.call_summary",
        "attribute",
        R.choice(
            [
                "vapi.analysis.summary",
                "retell.call_analysis.call_summary",
                "bland.summary",
                "genesys.conversation.summary.text",
            ]
        ),
        v,
    )
JUDGE = [
    js(
        {
            "score": 4,
            "reasoning": "The agent confirmed the order number and offered a refund as the policy says.",
        }
    ),
    js(
        {
            "verdict": "pass",
            "criteria": "politeness",
            "explanation": "Greeted the caller and did not interrupt.",
        }
    ),
    "Score 2/5: the assistant repeated the menu three times and never escalated.",
    js(
        {
            "hallucination": False,
            "groundedness": 0.92,
            "notes": "answer matches the knowledge base article on shipping",
        }
    ),
    js(
        {"label": "correct", "expected": "Our hours are 9 to 6", "actual": "We're open nine to six"}
    ),
]
for v in JUDGE:
    add(
        "neg.free_text.llm_judge",
        "attribute",
        R.choice(
            [
                "eval.judge.output",
                "langsmith.feedback.comment",
                "arize.eval.explanation",
                "langfuse.score.comment",
            ]
        ),
        v,
    )
CHAT = [
    js(
        [
            {"role": "system", "content": "You are a receptionist for a dental clinic. Be brief."},
            {"role": "user", "content": "are you open on friday"},
        ]
    ),
    js(
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "user", "content": "I need to reschedule, is next week possible?"}
            ],
        }
    ),
    js([{"role": "assistant", "content": "Sure, I have 10:30 or 2 pm on Thursday."}]),
    js({"type": "prompt", "voicePrompt": "what's the wait time", "lang": "en-US", "last": True}),
    js({"type": "text", "token": "Let me check that for you.", "last": False}),
    js(
        {
            "results": {
                "channels": [
                    {
                        "alternatives": [
                            {"transcript": "I'd like to cancel my subscription", "confidence": 0.97}
                        ]
                    }
                ]
            }
        }
    ),
    js(
        {
            "transcript": [
                {"role": "agent", "content": "Thanks for calling, how can I help?"},
                {"role": "user", "content": "just checking on my delivery"},
            ]
        }
    ),
    js(
        {
            "interpretations": [{"intent": {"name": "CheckOrderStatus", "state": "InProgress"}}],
            "inputTranscript": "where is my package",
        }
    ),
    js(
        {
            "queryResult": {
                "text": "I want to change my flight",
                "intent": {"displayName": "change_flight"},
                "languageCode": "en",
            }
        }
    ),
]
for v in CHAT:
    add(
        "neg.free_text.chat_request",
        "attribute",
        R.choice(
            [
                "gen_ai.input.messages",
                "input.value",
                "llm.input_messages",
                "twilio.conversationrelay.message",
                "deepgram.response",
                "lex.response",
                "dialogflow.cx.response",
            ]
        ),
        v,
    )
SENS_Q = [
    "do you offer bereavement discounts?",
    "does the plan cover mental health visits?",
    "what documents do I need for a visa appointment?",
    "¿aceptan pagos a plazos?",
    "gibt es eine Härtefallregelung?",
    "what is an IBAN and where do I find mine?",
    "do I need my social security number to open an account?",
]
for v in SENS_Q:
    add("neg.free_text.pii_words", "event", R.choice(TX_KEYS), v)
REDACT = [
    "my card number is [REDACTED_CREDIT_CARD] and expiry [REDACTED]",
    "call me at <PHONE_NUMBER>",
    "I'm {{customer_name}}, account {{account_id}}",
    "my DOB is [DATE_OF_BIRTH_1]",
    "[DTMF: ****************#]",
]
for v in REDACT:
    add("neg.free_text.redacted", "event", R.choice(TX_KEYS), v)
TOOLS_CLEAN = [
    js({"order_id": "ORD-558120", "include_tracking": True}),
    js({"status": "shipped", "carrier": "DHL", "eta": "2026-03-05"}),
    js({"queue": "billing_es", "priority": 2}),
    js({"slots": ["2026-03-04T10:30:00", "2026-03-04T14:00:00"], "clinic": "Main St"}),
    js({"transfer_to": "tier2_support", "reason": "router firmware"}),
    js({"disposition": "RESOLVED", "wrapup_code": "BILLING_QUESTION"}),
    js({"menu_choice": "2", "language": "es"}),
    js({"ticket_id": "INC0041872", "state": "open"}),
    js({"available": False, "next_restock": "next week"}),
    js({"callback_scheduled": True, "window": "tomorrow 9-11"}),
    js({"sentiment": "negative", "topics": ["wait time", "refund"]}),
    js({"result": "ok"}),
]
for v in TOOLS_CLEAN:
    add(
        "neg.tool_payload.business",
        "attribute",
        R.choice(
            [
                "gen_ai.tool.call.arguments",
                "gen_ai.tool.call.result",
                "lk.function_tool.arguments",
                "lk.function_tool.output",
                "retell.tool_call.result",
                "vapi.toolCalls.function.arguments",
            ]
        ),
        v,
    )
CLEAN_EDGE = [
    (
        "handoff",
        "Warm transfer: caller wants to dispute a late fee, already verified, order 55120.",
        "handoff.context",
    ),
    (
        "handoff",
        "Traspaso: el cliente pregunta por la garantía del producto.",
        "genesys.conversation.wrapup.notes",
    ),
    (
        "handoff",
        "Übergabe: Kunde möchte Tarif wechseln, bereits verifiziert.",
        "vapi.transfer.summary",
    ),
    ("handoff", "担当者へ転送：返品手続きについての問い合わせ。", "retell.transfer_call.summary"),
    (
        "reminder",
        "Reminder: your appointment at Lakeside Dental is tomorrow at 9:40. Reply C to confirm.",
        "tts.text",
    ),
    (
        "reminder",
        "Rappel : votre rendez-vous est demain à 14h. Tapez 1 pour confirmer, 2 pour annuler.",
        "tts.text",
    ),
    ("reminder", "Przypominamy o wizycie jutro o 10:00. Naciśnij 1, aby potwierdzić.", "tts.text"),
    (
        "dialer",
        "Hi, this is Sunrise Solar calling about the quote you requested. Press 1 to speak with an advisor.",
        "bland.task.first_sentence",
    ),
    (
        "dialer",
        "Olá, aqui é da Clínica Vida. Aperte 1 para confirmar sua consulta.",
        "dialer.script.rendered",
    ),
    ("consent", "This call is being recorded. Say yes to continue.", "recording.consent.prompt"),
    ("consent", "yes that's fine you can record", "recording.consent.response"),
    ("consent", "はい、録音して大丈夫です", "recording.consent.response"),
    (
        "conference",
        "okay I'm adding my colleague from accounts to the call now",
        "lk.user_transcript",
    ),
    ("conference", "can everyone hear me? I'll wait for the supervisor to join", "transcript"),
    ("callback", "can someone call me back tomorrow morning instead?", "transcript"),
    ("callback", "¿me pueden devolver la llamada más tarde?", "transcript"),
    ("callback", "bitte rufen Sie mich morgen zurück, gleiche Nummer", "transcript"),
    ("dtmf_relay", "[DTMF] caller pressed 2", "gen_ai.user.message"),
    ("dtmf_relay", "User entered digits: 3 then #", "llm.input_messages.2.message.content"),
    (
        "eval",
        "user: what time do you open\nassistant: nine a.m. on weekdays",
        "langsmith.example.inputs",
    ),
    (
        "eval",
        "Tenemos abierto de lunes a viernes, de 9 a 18 h.",
        "langfuse.dataset_item.expected_output",
    ),
    (
        "crm",
        "Customer asked about warranty; sent KB article 3381. No further action.",
        "salesforce.Task.Description",
    ),
    (
        "crm",
        "Klant vroeg naar levertijd van bestelling 88120, doorgezet naar logistiek.",
        "hubspot.engagement.note.body",
    ),
    ("ivr_speech", "billing", "lex.inputTranscript"),
    ("ivr_speech", "representative representative", "dialogflow.cx.queryText"),
]
for topic, v, key in CLEAN_EDGE:
    add(f"neg.free_text.{topic}", "attribute", key, v)
REPLY = [
    "Your confirmation number is K7X-22Q. Is there anything else?",
    "I've transferred you to extension 4417, one moment.",
    "Your order 1029-3384-2210 will arrive between 2 and 4 pm.",
    "Votre numéro de dossier est le 2026-00458.",
    "Ihre Ticketnummer lautet 448 201.",
    "ご注文番号は 8821-4410 です。",
    "您的工单号是 20260304-117。",
    "예약 번호는 A-3391입니다.",
    "رقم طلبك هو 77123",
    "Press 9 at any time to return to the main menu.",
]
for v in REPLY:
    add(
        "neg.free_text.reply_numbers",
        "attribute",
        R.choice(["gen_ai.output.messages", "lk.response.text", "output.value", "tts.text"]),
        v,
    )

n_clean = len(ROWS) - n_pos


# ======================================================================================
# Hard negatives: non-content values of the same shapes
# ======================================================================================
def uuid4ish() -> str:
    """A random UUID-shaped id."""
    return f"{tok(8, HEX)}-{tok(4, HEX)}-4{tok(3, HEX)}-a{tok(3, HEX)}-{tok(12, HEX)}"


# kind -> (key, value) pairs; each pair is used once
NEG: dict[str, list[tuple[str, Any]]] = {
    "dtmf_menu": [
        ("dtmf.digits", "2"),
        ("twilio.gather.Digits", "1#"),
        ("vonage.dtmf.digits", "*"),
        ("connect.StoredCustomerInput", "0"),
        ("dtmf.digits", "3*1"),
        ("ivr.menu.selection", "#"),
        ("twilio.conversationrelay.dtmf", js({"type": "dtmf", "digit": "9"})),
        ("lex.inputMode", "DTMF"),
        ("dtmf.digits", "22"),
        ("freeswitch.variable_digits", "*9"),
    ],
    "ivr_path": [
        ("ivr.path", "main>2>4>agent"),
        ("connect.flow.path", "Welcome|Lang:2|Billing|Queue"),
        ("genesys.flow.path", "1/3/0"),
        ("asterisk.MACRO_CONTEXT", "ivr-main"),
    ],
    "luhn_id": [
        (k, luhn_number(p, n))
        for k, p, n in [
            ("order.id", "4", 16),
            ("ticket.number", "51", 16),
            ("confirmation.number", "37", 15),
            ("invoice.number", "4", 16),
            ("connect.ContactId.short", "55", 16),
            ("bland.batch_seq", "4", 13),
            ("retell.order_ref", "6011", 16),
            ("vonage.conversation.seq", "35", 16),
            ("genesys.interaction.number", "4", 16),
            ("shipment.tracking", "52", 16),
            ("booking.ref", "4", 19),
            ("payout.reference", "2221", 16),
        ]
    ],
    "queue_id": [
        (
            "connect.queue.arn",
            f"arn:aws:connect:us-east-1:{R.randrange(10**11, 10**12)}:instance/{uuid4ish()}/queue/{uuid4ish()}",
        ),
        ("twilio.taskrouter.queue_sid", f"WQ{tok(32, HEX)}"),
        ("genesys.queue.id", uuid4ish()),
        ("vapi.squad.id", uuid4ish()),
        ("asterisk.QUEUENAME", "support-es"),
        ("freeswitch.variable_cc_queue", "billing@default"),
        ("connect.routing_profile", "Tier2-EMEA"),
        (
            "dialogflow.cx.flow",
            f"projects/acme-voice/locations/global/agents/{uuid4ish()}/flows/00000000-0000-0000-0000-000000000000",
        ),
    ],
    "extension": [
        ("agent.extension", "4417"),
        ("asterisk.EXTEN", "s"),
        ("freeswitch.variable_destination_number", "2003"),
        ("transfer.target", "sip:support@pbx.example.com"),
        ("asterisk.CONNECTEDLINE(num)", "700"),
        ("genesys.agent.station", "station-31"),
        ("vonage.endpoint.extension", "1001"),
    ],
    "org_contact": [
        ("org.hotline", "+18005550199"),
        ("agent.phone_number", "+18885550123"),
        ("trunk.did", "+442079460000"),
        ("vapi.phoneNumber.number", "+33199001234"),
        ("retell.agent.from_number", "+15005550006"),
        ("business.support_email", "support@example.com"),
        ("org.address", "1 Infinite Loop Way, Suite 100, Example City"),
        ("bland.from", "+18005550100"),
        ("connect.phone_number.claimed", "+442079460123"),
        ("genesys.org.email", "billing@example.org"),
    ],
    "timestamp": [
        ("call.start_time", "2026-03-02T10:14:09.512Z"),
        ("retell.start_timestamp", 1772446449512),
        ("connect.InitiationTimestamp", "2026-03-02T10:14:09Z"),
        ("recording.created_at", "Mon, 02 Mar 2026 10:14:09 GMT"),
        ("vapi.endedAt", "2026-03-02T10:17:13.004Z"),
        ("asterisk.CDR(start)", "2026-03-02 11:14:09"),
        ("freeswitch.variable_start_epoch", "1772446449"),
        ("langsmith.run.start_time", 1772446449512000000),
        ("genesys.conversationStart", "2026-03-02T10:14:09.512+0000"),
    ],
    "duration": [
        ("call.duration_seconds", 184),
        ("vapi.durationMs", 93421),
        ("bland.call_length", 3.07),
        ("hold.time", "00:03:04"),
        ("retell.duration_ms", 184233),
        ("asterisk.CDR(billsec)", "177"),
        ("connect.AgentInteractionDuration", "PT2M41S"),
    ],
    "hash": [
        ("recording.sha256", tok(64, HEX)),
        ("transcript.md5", tok(32, HEX)),
        ("build.commit", tok(40, HEX)),
        ("caller.hash", tok(64, HEX)),
        ("dataset.version", tok(12, HEX)),
        ("langfuse.trace.input_hash", tok(64, HEX)),
        ("image.digest", "sha256:" + tok(64, HEX)),
    ],
    "provider_id": [
        ("twilio.call_sid", f"CA{tok(32, HEX)}"),
        ("vapi.call.id", uuid4ish()),
        ("retell.call_id", f"call_{tok(24, HEX)}"),
        ("bland.call_id", uuid4ish()),
        ("daily.room.name", f"support-{tok(6).lower()}"),
        ("langsmith.run_id", uuid4ish()),
        ("vonage.uuid", uuid4ish()),
        ("connect.ContactId", uuid4ish()),
        ("asterisk.UNIQUEID", f"{R.randrange(10**9, 10**10)}.{R.randrange(100)}"),
        ("twilio.conversationrelay.sessionId", f"VX{tok(32, HEX)}"),
    ],
    "qa_score": [
        ("qa.scorecard.total", 87.5),
        ("eval.score", 4),
        ("sentiment.score", -0.31),
        ("csat", "3/5"),
        ("qa.scorecard", js({"greeting": 1, "verification": 1, "resolution": 0})),
        ("retell.call_analysis.user_sentiment", "Negative"),
    ],
    "campaign": [
        ("campaign.id", f"cmp_{tok(12).lower()}"),
        ("dialer.campaign", "SPRING-RENEWAL-2026"),
        ("disposition", "NO_ANSWER"),
        ("vapi.endedReason", "voicemail"),
        ("bland.batch_id", f"batch_{tok(16, HEX)}"),
        ("dialer.disposition", "DNC"),
    ],
    "masked": [
        ("payment.card.masked", "**** **** **** 4242"),
        ("caller.number.masked", "+1******0147"),
        ("customer.ssn", "***-**-6789"),
        ("http.request.header.authorization", "Bearer ***"),
        ("account.iban.masked", "DE89 **** **** **** **30 00"),
        ("openai.api_key", "sk-...9fQa"),
        ("vapi.api_key", "${VAPI_API_KEY}"),
        ("dtmf.digits", "************4444#"),
    ],
    "redaction": [
        ("transcript", "[PII_REDACTED]"),
        ("retell.transcript_with_tool_calls", "<CREDIT_CARD>"),
        ("connect.redacted_transcript", "████"),
        ("lk.user_input", "[REDACTED]"),
        ("vapi.variableValues.phone", "{{caller.phone}}"),
    ],
    "server_ip": [
        ("server.address", "10.0.4.12"),
        ("net.peer.ip", "192.168.10.5"),
        ("sip.via.host", "172.20.1.9"),
        ("media.server", "198.51.100.23"),
        ("network.peer.address", "203.0.113.7"),
        ("freeswitch.variable_sip_network_ip", "192.0.2.44"),
        ("server.address", "fd00::1a"),
        ("net.peer.ip", "2001:db8::5"),
        (
            "webrtc.ice.candidate",
            f"candidate:1 1 udp 2122260223 192.168.1.{R.randrange(2, 250)} 54400 typ host",
        ),
        ("webrtc.ice.candidate", f"candidate:2 1 udp 2122194687 {uuid4ish()}.local 61234 typ host"),
        ("asterisk.CHANNEL(rtp,dest)", "10.20.0.8:18232"),
    ],
    "version": [
        ("service.version", "20.11.0"),
        ("asterisk.version", "18.6.0"),
        ("sdk.version", "0.7.0-rc.2+build.118"),
        ("telemetry.sdk.version", "1.10.2.1"),
    ],
    "recording_meta": [
        ("recording.consent", "granted"),
        ("recording.channels", 2),
        ("recording.status", "completed"),
        ("recording.url", "https://api.example-voice.net/v1/recordings/RE" + tok(32, HEX)),
    ],
    "error": [
        ("status.description", "21217: Phone number is not a valid phone number"),
        ("exception.message", "Retell: call ended, reason=dial_no_answer"),
        ("status.description", "Dialogflow CX: NO_MATCH after 3 attempts"),
        ("status.description", "Asterisk: CHANUNAVAIL"),
    ],
    "model": [
        ("gen_ai.request.model", "gpt-4o-mini"),
        ("stt.model", "nova-3"),
        ("tts.model", "eleven_flash_v2_5"),
        ("vapi.voice.voiceId", "Jennifer"),
    ],
    "system_prompt": [
        (
            "gen_ai.system_instructions",
            "You are a friendly scheduling assistant for a clinic. Never read back full card numbers.",
        ),
        ("lk.instructions", "Eres un agente de soporte. Responde en español."),
        (
            "vapi.assistant.model.systemPrompt",
            "Collect the caller's order number and check its status.",
        ),
    ],
    "asterisk_var": [
        ("asterisk.CHANNEL", f"PJSIP/trunk-{tok(8, HEX)}"),
        ("asterisk.DIALSTATUS", "ANSWER"),
        ("freeswitch.variable_hangup_cause", "NORMAL_CLEARING"),
        ("asterisk.CDR(disposition)", "ANSWERED"),
    ],
    "cost": [
        ("vapi.cost", 0.1342),
        ("retell.call_cost.combined_cost", 27),
        ("gen_ai.usage.input_tokens", 1834),
    ],
    "anonymous_caller": [
        ("caller.number", "anonymous"),
        ("sip.from", "sip:anonymous@anonymous.invalid"),
        ("connect.CustomerEndpoint.Address", "Restricted"),
    ],
    "empty_payload": [("gen_ai.tool.call.arguments", "{}"), ("lk.function_tool.arguments", "{}")],
    "ssn_shaped_ref": [
        ("product.sku", f"{R.randrange(100, 999)}-{R.randrange(10, 99)}-{R.randrange(1000, 9999)}"),
        ("part.number", f"{R.randrange(100, 999)}-{R.randrange(10, 99)}-{R.randrange(1000, 9999)}"),
        (
            "case.reference",
            f"{R.randrange(100, 999)}-{R.randrange(10, 99)}-{R.randrange(1000, 9999)}",
        ),
    ],
    "appointment_date": [
        ("appointment.start", "2026-03-04T10:30:00"),
        ("reminder.scheduled_for", "04/03/2026 10:30"),
        ("callback.window_start", "next Tuesday 9am"),
        ("appointment.date", "2026-05-14"),
    ],
    "service_url": [
        ("url.full", "https://api.example-voice.net/v1/calls?limit=20"),
        ("vapi.server.url", "https://hooks.example.com/retell/events"),
        ("twilio.conversationrelay.url", "wss://relay.example.com/ws"),
    ],
}
for kind, pairs in NEG.items():
    for key, v in pairs:
        site = (
            "status"
            if key == "status.description"
            else "resource"
            if key.startswith(("service.", "telemetry.", "sdk."))
            else R.choice(["attribute", "attribute", "event"])
        )
        add(f"neg.value.{kind}", site, key, v)

# --- write -------------------------------------------------------------------------------
for i, r in enumerate(ROWS):
    r["id"] = i
out = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "pii_corpus_n.jsonl"
out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
