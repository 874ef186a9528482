"""Write corpus H: held-out values for both PII questions, as a contact centre hears them.

Usage: ``python tests/data/make_pii_corpus_h.py [PATH]`` (default: ``pii_corpus_h.jsonl``
next to this script). Needs Faker 40.63.0, phonenumbers 9.0.43 and python-stdnum 2.2 to
rewrite the committed file byte for byte; other releases give a warning and another file.
Everything is seeded and no date is read from the clock, so any day gives the same bytes.
Some Faker locales draw from sets, so the script runs itself again with PYTHONHASHSEED=0.

Every person, number and key here is invented: names and streets from Faker, phone numbers
from libphonenumber's example numbers and fiction ranges, cards from published test numbers
or random Luhn-valid numbers, identifiers with check digits python-stdnum confirms, secrets
as random characters in each provider's published shape.
"""

# The values are data, each kept on one line as it would sit in a span.
# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import ipaddress
import json
import os
import random
import re
import string
import subprocess
import sys
import warnings
import zlib
from importlib import metadata
from pathlib import Path
from typing import Any

if os.environ.get("PYTHONHASHSEED") != "0":
    # Faker's set-backed providers iterate in hash order: pin it, then run again.
    env = dict(os.environ, PYTHONHASHSEED="0")
    sys.exit(subprocess.call([sys.executable, *sys.argv], env=env))

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn, verhoeff
from stdnum.ar import cuit
from stdnum.br import cpf
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.es import dni, nie
from stdnum.gb import nhs
from stdnum.id import nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.it import codicefiscale
from stdnum.jp import in_ as jp_in
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.my import nric
from stdnum.nl import bsn
from stdnum.pe import cui
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import rtn
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

RELEASES = {"Faker": "40.63.0", "phonenumbers": "9.0.43", "python-stdnum": "2.2"}
for _dist, _want in RELEASES.items():
    if metadata.version(_dist) != _want:
        warnings.warn(
            f"{_dist} {metadata.version(_dist)} is not {_want}: the file will differ",
            stacklevel=1,
        )

R = random.Random(20261206)
ROWS: list[dict[str, Any]] = []
TOPIC_KIND = {
    "name": "name",
    "third_party": "name",
    "staff": "name",
    "dob": "dob",
    "address": "address",
    "national_id": "national_id",
    "ssn": "ssn",
    "bank_account": "bank_account",
    "card": "card",
    "iban": "iban",
    "email": "email",
    "phone": "phone",
    "sensitive": "sensitive",
}
_FAKERS: dict[str, Faker] = {}


def add(
    cls: str,
    key: str,
    value: Any,
    kinds: list[str] | tuple[str, ...] = (),
    *,
    site: str = "attribute",
) -> None:
    """Append one row; content is read off the class's second part.

    A positive row without explicit kinds takes the one its topic names
    (``pos.free_text.name_bare.ja`` holds a ``name``).
    """
    part, topic = cls.split(".")[1:3]
    if cls.startswith("pos.") and not kinds:
        kinds = [TOPIC_KIND[t] for t in TOPIC_KIND if topic.startswith(t)][:1]
        assert kinds, cls
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
    """One Faker per locale, seeded from the locale's name (never from hash())."""
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(zlib.crc32(locale.encode()) ^ 0x5EED)
        _FAKERS[locale] = f
    return _FAKERS[locale]


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


HEX = "0123456789abcdef"


def birth_date() -> dt.date:
    start, end = dt.date(1941, 1, 1).toordinal(), dt.date(2004, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


def gj(messages: list[tuple[str, str]]) -> str:
    """GenAI semantic-convention message list as the JSON string exporters write."""
    return json.dumps(
        [{"role": r, "parts": [{"type": "text", "content": c}]} for r, c in messages],
        ensure_ascii=False,
    )


def js(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- spoken numbers
WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "id": ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
    "vi": ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"],
    "tr": ["sıfır", "bir", "iki", "üç", "dört", "beş", "altı", "yedi", "sekiz", "dokuz"],
    "pl": [
        "zero",
        "jeden",
        "dwa",
        "trzy",
        "cztery",
        "pięć",
        "sześć",
        "siedem",
        "osiem",
        "dziewięć",
    ],
    "hi": ["zero", "ek", "do", "teen", "char", "paanch", "chhe", "saat", "aath", "nau"],
    "th": ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"],
    "ko": ["공", "일", "이", "삼", "사", "오", "육", "칠", "팔", "구"],
}


def say(number: str, lang: str = "en", oh: bool = False) -> str:
    """Digits as an STT engine writes speech: words, 'oh' for zero, 'double' for pairs."""
    out: list[str] = []
    ds = [c for c in number if c.isdigit()]
    i = 0
    while i < len(ds):
        w = WORDS[lang][int(ds[i])]
        if lang == "en" and oh and ds[i] == "0":
            w = "oh"
        if lang == "en" and i + 1 < len(ds) and ds[i + 1] == ds[i] and R.random() < 0.5:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


# ---------------------------------------------------------------- identifiers
def luhn_complete(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


def make_pesel() -> str:
    d = birth_date()
    month = d.month + (20 if d.year >= 2000 else 0)
    body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{digits(4)}"
    out = body + pesel.calc_check_digit(body)
    assert pesel.is_valid(out)
    return out


def make_cpf() -> str:
    while True:
        n = [R.randint(0, 9) for _ in range(9)]
        for w in (10, 11):
            s = sum(d * (w - i) for i, d in enumerate(n)) % 11
            n.append(0 if s < 2 else 11 - s)
        out = "".join(map(str, n))
        if cpf.is_valid(out):
            return cpf.format(out)


def make_dni() -> str:
    body = digits(8)
    return body + dni.calc_check_digit(body)


def make_nie() -> str:
    body = R.choice("XYZ") + digits(7)
    out = body + nie.calc_check_digit(body)
    assert nie.is_valid(out)
    return out


def make_cf() -> str:
    while True:
        d = birth_date()
        day = d.day + (40 if R.random() < 0.5 else 0)
        body = (
            alnum(6, "BCDFGLMNPRSTVZ")
            + f"{d.year % 100:02d}"
            + "ABCDEHLMPRST"[d.month - 1]
            + f"{day:02d}"
            + R.choice("ABCDEFGHLM")
            + digits(3)
        )
        out = body + codicefiscale.calc_check_digit(body)
        if codicefiscale.is_valid(out):
            return out


def make_bsn() -> str:
    while True:
        out = str(R.randint(1, 6)) + digits(8)
        if bsn.is_valid(out):
            return out


def make_aadhaar() -> str:
    while True:
        body = str(R.randint(2, 9)) + digits(10)
        out = body + verhoeff.calc_check_digit(body)
        if aadhaar.is_valid(out):
            return f"{out[:4]} {out[4:8]} {out[8:]}"


def make_pan() -> str:
    up = string.ascii_uppercase
    out = alnum(3, up) + "P" + alnum(1, up) + digits(4) + alnum(1, up)
    assert pan.is_valid(out)
    return out


def make_curp(sex: str = "H") -> str:
    while True:
        d = birth_date()
        body = (
            alnum(1, "BCDFGHJLMNPRSTVZ")
            + R.choice("AEIOU")
            + alnum(2, "ABCDEGHLMNPRSTV")
            + d.strftime("%y%m%d")
            + sex
            + R.choice(["DF", "JC", "NL", "PL", "VZ", "YN"])
            + alnum(3, "BCDFGHJLMNPRSTVZ")
            + ("0" if d.year < 2000 else "A")
        )
        out = body + curp.calc_check_digit(body)
        if curp.is_valid(out):
            return out


def make_personnummer() -> str:
    d = birth_date()
    body = d.strftime("%y%m%d") + digits(3)
    out = body + luhn.calc_check_digit(body)
    out = f"{out[:6]}-{out[6:]}"
    assert personnummer.is_valid(out)
    return out


def make_tckimlik() -> str:
    body = str(R.randint(1, 9)) + digits(8)
    out = body + tckimlik.calc_check_digits(body)
    assert tckimlik.is_valid(out)
    return out


def make_rrn() -> str:
    while True:
        d = birth_date()
        g = (
            ("1" if R.random() < 0.5 else "2")
            if d.year < 2000
            else ("3" if R.random() < 0.5 else "4")
        )
        body = d.strftime("%y%m%d") + g + f"{R.randint(0, 95):02d}" + digits(3)
        out = body + rrn.calc_check_digit(body)
        if rrn.is_valid(out):
            return f"{out[:6]}-{out[6:]}"


def make_ric() -> str:
    while True:
        body = (
            R.choice(["110101", "310104", "440305", "510107", "330106"])
            + birth_date().strftime("%Y%m%d")
            + digits(3)
        )
        out = body + ric.calc_check_digit(body)
        if ric.is_valid(out):
            return out


def make_rntrc() -> str:
    while True:
        body = str(R.randint(1, 4)) + digits(8)
        out = body + rntrc.calc_check_digit(body)
        if rntrc.is_valid(out):
            return out


def make_rc() -> str:
    while True:
        d = birth_date()
        if d.year < 1954:
            continue
        month = d.month + (50 if R.random() < 0.5 else 0)
        body = f"{d.year % 100:02d}{month:02d}{d.day:02d}{digits(4)}"
        if int(body) % 11 == 0 and rc.is_valid(body):
            return f"{body[:6]}/{body[6:]}"


def make_th_pin() -> str:
    body = str(R.randint(1, 8)) + digits(11)
    out = body + th_pin.calc_check_digit(body)
    assert th_pin.is_valid(out)
    return f"{out[0]}-{out[1:5]}-{out[5:10]}-{out[10:12]}-{out[12]}"


def make_nik() -> str:
    while True:
        d = birth_date()
        day = d.day + (40 if R.random() < 0.5 else 0)
        out = (
            R.choice(["317101", "327301", "357801", "517101"])
            + f"{day:02d}{d.month:02d}{d.year % 100:02d}"
            + f"{R.randint(1, 999):04d}"
        )
        if nik.is_valid(out):
            return out


def make_jp_in() -> str:
    body = digits(11)
    out = body + jp_in.calc_check_digit(body)
    assert jp_in.is_valid(out)
    return f"{out[:4]} {out[4:8]} {out[8:]}"


def make_il() -> str:
    body = digits(8)
    out = body + luhn.calc_check_digit(body)
    assert il_idnr.is_valid(out)
    return out


def make_za() -> str:
    while True:
        d = birth_date()
        body = d.strftime("%y%m%d") + f"{R.randint(0, 9999):04d}" + "08"
        out = body + luhn.calc_check_digit(body)
        if za_idnr.is_valid(out):
            return out


def make_mykad() -> str:
    while True:
        d = birth_date()
        out = d.strftime("%y%m%d") + R.choice(["10", "14", "08", "01"]) + digits(4)
        if nric.is_valid(out):
            return f"{out[:6]}-{out[6:8]}-{out[8:]}"


def make_cuil() -> str:
    body = R.choice(["20", "27"]) + digits(8)
    out = body + cuit.calc_check_digit(body)
    if not cuit.is_valid(out):
        return make_cuil()
    return f"{out[:2]}-{out[2:10]}-{out[10]}"


def make_rut() -> str:
    body = str(R.randint(10, 25)) + digits(6)
    out = body + rut.calc_check_digit(body)
    assert rut.is_valid(out)
    return rut.format(out)


def make_pe_dni() -> str:
    body = digits(8)
    out = body + cui.calc_check_digits(body)[0]
    assert cui.is_valid(out)
    return out


def make_cnic() -> str:
    while True:
        out = R.choice("1234567") + digits(12)
        if cnic.is_valid(out):
            return cnic.format(out)


def make_nhs() -> str:
    while True:
        out = str(R.randint(4, 6)) + digits(9)
        if nhs.is_valid(out):
            return nhs.format(out)


def make_nric_sg() -> str:
    # Singapore NRIC: no python-stdnum module, so the published weighting is done here.
    prefix = R.choice("ST")
    body = digits(7)
    total = sum(int(c) * w for c, w in zip(body, [2, 7, 6, 5, 4, 3, 2], strict=True)) + (
        4 if prefix == "T" else 0
    )
    return prefix + body + "JZIHGFEDCBA"[total % 11]


def make_nino() -> str:
    # UK NINO has no check digit (and no python-stdnum module): a prefix HMRC issues.
    return f"{R.choice(['JT', 'AB', 'NE', 'SK', 'WP'])} {digits(2)} {digits(2)} {digits(2)} {R.choice('ABCD')}"


def make_ssn() -> str:
    while True:
        out = f"{R.randint(100, 665):03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"
        if us_ssn.is_valid(out):
            return out


def make_rtn() -> str:
    body = R.choice(["0210", "0260", "0110", "1210", "0710", "0610"]) + digits(4)
    out = body + rtn.calc_check_digit(body)
    assert rtn.is_valid(out)
    return out


def make_clabe() -> str:
    # Mexican CLABE: weights 3,7,1; python-stdnum has no module for it.
    body = R.choice(["002", "012", "014", "072"]) + R.choice(["180", "320", "650"]) + digits(11)
    total = sum(int(c) * (3, 7, 1)[i % 3] % 10 for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def make_nuban() -> str:
    # Nigerian NUBAN: 3-digit bank code + 9-digit serial, weights 3,7,3; no python-stdnum module.
    bank = "058"
    serial = digits(9)
    w = [3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3]
    total = sum(int(c) * x for c, x in zip(bank + serial, w, strict=True))
    return serial + str((10 - total % 10) % 10)


BBAN = {  # country -> (length pattern pieces) n digits, a upper letters, c alnum upper
    "DE": "18n",
    "PL": "24n",
    "TR": "5n1n16n",
    "BR": "8n10n5n1a1c",
    "SA": "2n18n",
    "AE": "3n16n",
    "PK": "4a16n",
    "UA": "6n19n",
    "PT": "21n",
    "NL": "4a10n",
    "ES": "20n",
    "FR": "10n11n2n",
    "IT": "1a10n12c",
    "CZ": "20n",
}


def make_iban(cc: str) -> str:

    pieces = re.findall(r"(\d+)([nac])", BBAN[cc])
    while True:
        bban = ""
        for count, kind in pieces:
            pool = {
                "n": string.digits,
                "a": string.ascii_uppercase,
                "c": string.ascii_uppercase + string.digits,
            }[kind]
            bban += alnum(int(count), pool)
        if cc == "NL":
            bban = R.choice(["ABNA", "RABO", "INGB"]) + bban[4:]
        number = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(number):
            return number


# ---------------------------------------------------------------- phones
def mobile(region: str) -> phonenumbers.PhoneNumber:
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert ex is not None
    while True:
        n = phonenumbers.PhoneNumber()
        n.merge_from(ex)
        n.national_number = (ex.national_number // 100) * 100 + R.randint(0, 99)
        if phonenumbers.is_valid_number(n):
            return n


def fmt(n: phonenumbers.PhoneNumber, how: str) -> str:
    return phonenumbers.format_number(n, getattr(phonenumbers.PhoneNumberFormat, how))


def nanp() -> str:
    return f"+1 {R.choice(['212', '415', '312', '713', '206'])} 555 01{R.randint(0, 99):02d}"


def ofcom() -> str:
    return f"07700 900{R.randint(0, 999):03d}"


# ---------------------------------------------------------------- cards
TEST_CARDS = [
    "4242424242424242",
    "4111111111111111",
    "5555555555554444",
    "5105105105105100",
    "378282246310005",
    "6011111111111117",
    "3530111333300000",
    "2223003122003222",
    "4000056655665556",
    "36227206271667",
    "6200000000000005",
    "4917610000000000",
]


def random_card() -> str:
    return luhn_complete(R.choice(["4", "51", "53", "2221", "6011"]), 16)


# ---------------------------------------------------------------- ips and secrets
def public_v4() -> str:
    while True:
        a = ipaddress.IPv4Address(
            f"{R.choice([41, 49, 102, 103, 110, 115, 125, 177, 181, 186, 190, 197, 201])}."
            f"{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        )
        if a.is_global:
            return str(a)


def public_v6() -> str:
    head = R.choice(["2400", "2405", "2804", "2c0f", "2a02", "2409"])
    return str(ipaddress.IPv6Address(f"{head}:{':'.join(alnum(4, HEX) for _ in range(7))}"))


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def jwt() -> str:
    head = b64url(js({"alg": "HS256", "typ": "JWT"}).encode())
    body = b64url(
        js(
            {
                "sub": alnum(16, HEX),
                "iat": 1780000000 + R.randint(0, 9999999),
                "exp": 1790000000 + R.randint(0, 9999999),
            }
        ).encode()
    )
    return f"{head}.{body}.{b64url(bytes(R.randint(0, 255) for _ in range(32)))}"


def lk_jwt() -> str:
    head = b64url(js({"alg": "HS256", "typ": "JWT"}).encode())
    body = b64url(
        js(
            {
                "video": {"roomJoin": True, "room": "call-" + alnum(8, HEX)},
                "iss": "API" + alnum(12),
                "sub": "sip_" + alnum(10, HEX),
                "exp": 1790000000 + R.randint(0, 9999999),
            }
        ).encode()
    )
    return f"{head}.{body}.{b64url(bytes(R.randint(0, 255) for _ in range(32)))}"


B62 = string.ascii_letters + string.digits
B64 = B62 + "+/"


# ================================================================ clean content
# Keys content sits under, by exporter: Pipecat, LiveKit Agents, OpenInference, GenAI, and
# Patter's own namespace (where any content at all is a leak of Patter's contract).
SPEECH_KEYS = [
    "transcript",
    "lk.user_transcript",
    "getpatter.stt.text",
    "text",
    "lk.user_input",
    "input.value",
    "gen_ai.prompt.1.content",
    "llm.input_messages.1.message.content",
    "patter.stt.transcript",
    "pipecat.stt.transcript",
]
REPLY_KEYS = [
    "lk.response.text",
    "output.value",
    "getpatter.tts.text",
    "llm.output_messages.0.message.content",
    "gen_ai.completion.0.content",
    "tts.text",
    "lk.input_text",
    "output",
]
TOOL_ARG_KEYS = [
    "tool.arguments",
    "lk.function_tool.arguments",
    "gen_ai.tool.call.arguments",
    "getpatter.tool.arguments",
    "tool_call.function.arguments",
]
TOOL_RES_KEYS = [
    "tool.result",
    "lk.function_tool.output",
    "gen_ai.tool.call.result",
    "getpatter.tool.result",
    "output.value",
]


def cycle(keys: list[str]) -> Any:
    i = 0
    while True:
        yield keys[i % len(keys)]
        i += 1


SK, RK, TA, TR = cycle(SPEECH_KEYS), cycle(REPLY_KEYS), cycle(TOOL_ARG_KEYS), cycle(TOOL_RES_KEYS)

CLEAN_UTTERANCES = [
    ("en", "um what time do you close on sundays"),
    ("en", "mm-hmm"),
    ("en", "yeah yeah that's fine"),
    ("en", "can you repeat that please"),
    ("en", "no sorry i meant the large one not the medium uh the large"),
    ("en-ng", "abeg i wan check my order status o"),
    ("en-ng", "how far the delivery never reach since morning"),
    ("en-in", "actually i am calling regarding my order only it has not come till now"),
    ("en-in", "kindly do the needful and update the delivery date"),
    ("en-ph", "hi po ask ko lang if open kayo bukas kasi holiday"),
    ("en-za", "ja no is the store in sandton open now now"),
    ("en-sg", "can deliver tomorrow or not ah the queue so long one"),
    ("hi-en", "haan bhai mera order kab tak aayega"),
    ("hi-en", "theek hai main wait karunga no problem"),
    ("tl-en", "pwede ba mag order ng two large pizza yung pepperoni"),
    ("tl-en", "sige sige salamat po"),
    ("es-en", "sí i want to change my order el de ayer"),
    ("es-en", "no no espérate the pickup is at five not at four"),
    ("ar-latn", "ya3ni el order mesh wasal lessa"),
    ("ar-latn", "tayeb shukran 3al mosa3da"),
    ("es", "bueno este quería saber si tienen la talla mediana"),
    ("es", "ándale pues gracias"),
    ("es", "oiga a qué hora abren el domingo"),
    ("pt", "oi tudo bem queria saber o horário de funcionamento"),
    ("pt", "tá bom obrigado tchau"),
    ("pt", "é que o pedido veio errado veio o de frango e eu pedi o de carne"),
    ("id", "halo mbak saya mau tanya jam buka toko besok"),
    ("id", "oke makasih ya"),
    ("vi", "dạ cho em hỏi cửa hàng mở cửa lúc mấy giờ ạ"),
    ("vi", "vâng em cảm ơn"),
    ("th", "สวัสดีค่ะ อยากถามว่าร้านเปิดกี่โมงคะ"),
    ("th", "ครับ ครับ"),
    ("ko", "네 네 알겠습니다"),
    ("ko", "주문한 거 언제 도착하는지 알 수 있을까요"),
    ("ja", "はい えっと 日曜日って何時までやってますか"),
    ("ja", "あ 大丈夫です ありがとうございます"),
    ("zh", "喂 你好 我想问一下你们几点关门"),
    ("zh", "嗯 那个 我要的是大杯 不是中杯"),
    ("ar", "ألو أيوه عايز أعرف الأوردر بتاعي وصل فين"),
    ("ar", "شو أوقات الدوام يوم الجمعة"),
    ("tr", "merhaba siparişim nerede kaldı acaba"),
    ("tr", "tamam teşekkürler iyi günler"),
    ("pl", "dzień dobry chciałem zapytać o godziny otwarcia"),
    ("pl", "nie nie chodziło mi o ten większy"),
    ("uk", "добрий день коли буде доставка мого замовлення"),
    ("uk", "ага ага"),
    ("cs", "dobrý den chtěl bych se zeptat kdy máte otevřeno"),
    ("he", "שלום רציתי לשאול מתי אתם פתוחים ביום שישי"),
    ("sw", "habari naomba kujua saa ngapi mnafunga leo"),
    ("fr", "euh oui bonjour c'est pour savoir si vous livrez à domicile"),
    ("de", "ja hallo ich wollte nur fragen ob die bestellung schon unterwegs ist"),
    ("en", "order number four five one two seven eight"),
    ("en", "table for six at eight thirty pm please"),
    ("es", "el pedido número tres cuatro nueve ocho dos"),
    ("en-ng", "the total was two thousand four hundred naira abi"),
    ("hi-en", "do plate paneer tikka aur ek dal makhani"),
    ("ko", "주문번호는 에이 칠 칠 일 이 공이에요"),
    ("pt", "quero reservar pra sábado às oito pra quatro pessoas"),
]
for lang, text in CLEAN_UTTERANCES:
    topic = (
        "numbers_no_one"
        if any(
            w in text
            for w in ("four five", "six at", "número", "naira", "plate", "주문번호", "quatro")
        )
        else "utterance"
    )
    add(f"neg.free_text.{topic}.{lang}", next(SK), text)

CLEAN_REPLIES = [
    ("en", "Sure! We're open 9 am to 9 pm Monday to Saturday, and 10 to 6 on Sundays."),
    ("en", "So that's order A-77120, two large pepperoni, arriving around 7:40 pm. Anything else?"),
    ("es", "¡Claro! Su pedido 48211 sale hoy y llega entre el jueves y el viernes."),
    ("pt", "Perfeito, reservei uma mesa para quatro pessoas no sábado às 20h."),
    ("id", "Baik kak, pesanan nomor 55102 sedang dikemas dan dikirim besok pagi."),
    ("hi", "जी, आपका ऑर्डर कल शाम तक पहुँच जाएगा।"),
    ("ja", "かしこまりました。ご注文のLサイズ2点、明日のお届けです。"),
    ("ar", "تمام، الطلب رقم 3391 هيوصل بكرة الساعة خمسة."),
    ("tl-en", "Okay po, na-cancel na po yung order #20931. Refund within 3-5 banking days po."),
    ("vi", "Dạ, cửa hàng mở cửa từ 8 giờ sáng đến 10 giờ tối ạ."),
    ("tr", "Siparişiniz kargoya verildi, takip numarası TR-88120."),
    ("pl", "Jasne, sklep przy ul. Marszałkowskiej jest czynny do 21:00."),
]
for lang, text in CLEAN_REPLIES:
    add(f"neg.free_text.reply.{lang}", next(RK), text)

CHAT_REQUESTS = [
    (
        "gen_ai.input.messages",
        gj(
            [
                ("system", "You are the booking assistant for Casa Verde. Be brief."),
                ("user", "hi uh do you have vegan options"),
                ("assistant", "Yes! Our menu has four vegan mains, including the jackfruit tacos."),
                ("user", "ok cool and parking"),
            ]
        ),
    ),
    (
        "gen_ai.output.messages",
        js(
            [
                {
                    "role": "assistant",
                    "parts": [
                        {"type": "text", "content": "We have free parking behind the building."}
                    ],
                    "finish_reason": "stop",
                }
            ]
        ),
    ),
    (
        "gen_ai.input.messages",
        gj(
            [
                ("user", "bhai size chart bhejo na for the kurta"),
                ("assistant", "Sure! Sizes S to XXL; chest 38 to 46 inches."),
            ]
        ),
    ),
    (
        "gen_ai.input.messages",
        js(
            [
                {
                    "role": "user",
                    "parts": [{"type": "text", "content": "onde fica a loja mais perto do centro"}],
                },
                {
                    "role": "assistant",
                    "parts": [
                        {
                            "type": "tool_call",
                            "id": "call_" + alnum(24),
                            "name": "find_store",
                            "arguments": {"near": "centro"},
                        }
                    ],
                },
                {
                    "role": "tool",
                    "parts": [
                        {
                            "type": "tool_call_response",
                            "id": "call_x",
                            "response": {"store": "Loja Paulista", "distance_km": 1.2},
                        }
                    ],
                },
            ]
        ),
    ),
    (
        "input.value",
        js(
            {
                "model": "gpt-4o-mini",
                "temperature": 0.3,
                "messages": [
                    {"role": "system", "content": "Answer questions about opening hours only."},
                    {"role": "user", "content": "buka jam berapa hari minggu"},
                ],
            }
        ),
    ),
    (
        "output.value",
        js(
            {
                "id": "chatcmpl-" + alnum(29),
                "object": "chat.completion",
                "choices": [
                    {
                        "index": 0,
                        "message": {
                            "role": "assistant",
                            "content": "Hari Minggu kami buka jam 10.00 sampai 18.00.",
                        },
                        "finish_reason": "stop",
                    }
                ],
                "usage": {"prompt_tokens": 41, "completion_tokens": 17},
            }
        ),
    ),
    (
        "lk.chat_ctx",
        js(
            {
                "items": [
                    {"type": "message", "role": "user", "content": ["mấy giờ đóng cửa vậy"]},
                    {"type": "message", "role": "assistant", "content": ["Dạ 10 giờ tối ạ."]},
                ]
            },
        ),
    ),
    (
        "input",
        js(
            [
                {"role": "user", "content": "quiero cambiar la pizza por una hawaiana"},
                {"role": "assistant", "content": "Listo, cambiada. ¿Algo más?"},
            ]
        ),
    ),
]
for key, value in CHAT_REQUESTS:
    add("neg.free_text.chat_request", key, value)

# OpenInference flattens each message to its own attribute.
for i, (role, text) in enumerate(
    [
        ("user", "salamat pero magkano po yung delivery fee"),
        ("assistant", "₱49 po ang delivery fee within Makati."),
        ("user", "ok sige po yun na lang"),
        ("user", "kaç dakikada gelir"),
        ("assistant", "Yaklaşık 35 dakika içinde kapınızda olur."),
    ]
):
    side = "input" if role == "user" else "output"
    add("neg.free_text.chat_request", f"llm.{side}_messages.{i % 3}.message.content", text)

TOOL_ARGS = [
    {"order_id": "A-77120"},
    {"sku": "TSH-BLK-XL", "qty": 2},
    {"store_id": 14, "day": "sunday"},
    {"item": "pad thai", "spice": "medium", "qty": 1},
    {"date": "2026-12-24", "party_size": 6, "time": "20:30"},
    {"query": "iphone 15 case transparente", "limit": 5},
    {"tracking": "JNE0098812231"},
    {"menu_section": "desserts", "lang": "ko"},
    {"city": "Cebu", "open_now": True},
]
for a in TOOL_ARGS:
    add("neg.tool_payload.business_args", next(TA), js(a))
TOOL_RESULTS = [
    {"status": "out_for_delivery", "eta_minutes": 18},
    {"in_stock": True, "price": 249.0, "currency": "BRL"},
    {"hours": {"mon-sat": "09:00-21:00", "sun": "10:00-18:00"}},
    {"available_slots": ["19:00", "21:30"]},
    {"items": [{"sku": "KIM-CHI-500", "name": "김치 500g", "price": 8900}]},
    {"ok": True, "order_id": "ORD-55102", "total": "IDR 187.000"},
    {"error": "sku_not_found", "sku": "XX-000"},
    {"stores": [{"name": "Sucursal Polanco", "city": "Ciudad de México", "open": "08:00"}]},
]
for r in TOOL_RESULTS:
    add("neg.tool_payload.business_result", next(TR), js(r))

STT_RESPONSES = [
    (
        "stt.response",
        js(
            {
                "metadata": {
                    "request_id": alnum(8, HEX) + "-" + alnum(4, HEX),
                    "duration": 2.43,
                    "channels": 1,
                },
                "results": {
                    "channels": [
                        {
                            "alternatives": [
                                {
                                    "transcript": "haan haan theek hai",
                                    "confidence": 0.91,
                                    "words": [
                                        {
                                            "word": "haan",
                                            "start": 0.08,
                                            "end": 0.31,
                                            "confidence": 0.93,
                                        }
                                    ],
                                }
                            ]
                        }
                    ]
                },
            }
        ),
    ),
    (
        "deepgram.response",
        js(
            {
                "type": "Results",
                "is_final": True,
                "speech_final": True,
                "start": 12.4,
                "duration": 1.1,
                "channel": {
                    "alternatives": [{"transcript": "can you hold on a sec", "confidence": 0.97}]
                },
            }
        ),
    ),
    (
        "assemblyai.transcript",
        js(
            {
                "message_type": "FinalTranscript",
                "audio_start": 3040,
                "audio_end": 4520,
                "confidence": 0.88,
                "text": "obrigado tchau",
            }
        ),
    ),
    (
        "speechmatics.response",
        js(
            {
                "message": "AddTranscript",
                "metadata": {"transcript": "sawa nitasubiri ", "start_time": 5.1, "end_time": 6.0},
            }
        ),
    ),
    (
        "tts.request",
        js(
            {
                "text": "Your table is booked for eight.",
                "voice_id": "21m00Tcm4TlvDq8ikWAM",
                "model_id": "eleven_flash_v2_5",
                "output_format": "ulaw_8000",
            }
        ),
    ),
    (
        "tts.alignment",
        js(
            {
                "chars": list("Xin chào"),
                "char_start_times_ms": [0, 60, 110, 170, 230, 280, 340, 400],
            },
        ),
    ),
    (
        "cartesia.request",
        js(
            {
                "model_id": "sonic-2",
                "transcript": "ご注文ありがとうございます",
                "voice": {"mode": "id", "id": "a0e99841-438c-4a64-b679-ae501e7d6091"},
                "output_format": {
                    "container": "raw",
                    "encoding": "pcm_s16le",
                    "sample_rate": 16000,
                },
            }
        ),
    ),
    (
        "openai.transcription",
        js({"text": "ok lah can", "usage": {"type": "duration", "seconds": 2}}),
    ),
]
for key, value in STT_RESPONSES:
    add(
        "neg.free_text.stt_response"
        if "tts" not in key and "cartesia" not in key
        else "neg.free_text.tts_request",
        key,
        value,
    )

for lang, text in [
    ("en", "yes my number is <PHONE_NUMBER> and email <EMAIL_ADDRESS>"),
    ("es", "mi nombre es [PERSON] y vivo en [LOCATION]"),
    ("pt", "o cpf é {{cpf}} tá"),
    ("en", "card ending ****  yes that one"),
]:
    add(f"neg.free_text.redacted.{lang}", next(SK), text)

for lang, text in [
    ("en", "do you guys have like a bereavement fare or something"),
    ("en-in", "what documents are needed for the home loan, pan card is mandatory or not"),
    ("es", "qué documentos piden para abrir una cuenta de ahorro"),
    ("pt", "vocês aceitam cartão de crédito ou só pix"),
    ("id", "kalau mau buka rekening syaratnya apa aja"),
    ("tr", "doğum günü pastası sipariş edebilir miyim"),
    ("ar", "هل عندكم خصم لكبار السن"),
]:
    add(f"neg.free_text.pii_words.{lang}", next(SK), text)


# Whole conversations with nothing personal in them, as each exporter writes a list of turns.
CLEAN_CONVERSATIONS = [
    (
        "tl-en",
        [
            ("user", "hello po good evening"),
            ("assistant", "Good evening! Paano po kita matutulungan?"),
            ("user", "ask ko lang if may stock pa kayo ng rice cooker yung 1.8 liters"),
            ("assistant", "Meron pa po, ₱2,499 po siya."),
        ],
    ),
    (
        "hi-en",
        [
            ("user", "hello haan ji"),
            ("assistant", "Namaste! Main aapki kya madad kar sakti hoon?"),
            ("user", "wo return policy kya hai yaar thirty days hai ya fifteen"),
            ("assistant", "Return policy 30 din ki hai, bill ke saath."),
        ],
    ),
    (
        "es-en",
        [
            ("user", "hi sí quería saber if you deliver to el paso"),
            ("assistant", "Yes, we deliver to El Paso in 2 to 3 business days."),
        ],
    ),
    (
        "ar-latn",
        [
            ("user", "salam 3andkom el size el kbir?"),
            ("assistant", "أيوه متوفر المقاس الكبير بـ 450 جنيه"),
        ],
    ),
    (
        "en-sg",
        [
            ("user", "hello can check the opening hours for tampines outlet"),
            ("assistant", "Tampines outlet is open 10am to 10pm daily."),
            ("user", "ok thanks ah"),
        ],
    ),
    (
        "en-ng",
        [
            ("user", "good morning abeg una dey open for sunday"),
            ("assistant", "Good morning! Yes, we open 12 noon to 6pm on Sundays."),
        ],
    ),
    (
        "ja",
        [
            ("user", "すみません 予約の変更ってできますか"),
            ("assistant", "はい、前日までなら変更できます。"),
        ],
    ),
    ("ko", [("user", "배송비는 얼마예요"), ("assistant", "3만원 이상 주문하시면 무료입니다.")]),
    ("th", [("user", "มีที่จอดรถไหมคะ"), ("assistant", "มีค่ะ จอดฟรี 2 ชั่วโมง")]),
    (
        "sw",
        [
            ("user", "mnauza simu za samsung"),
            ("assistant", "Ndiyo, tuna Samsung A15 kwa shilingi 24,000."),
        ],
    ),
]
_CONV_KEYS = cycle(
    ["gen_ai.input.messages", "lk.chat_ctx", "input.value", "gen_ai.input.messages", "input"]
)
for lang, turns in CLEAN_CONVERSATIONS:
    key = next(_CONV_KEYS)
    if key == "lk.chat_ctx":
        value = js({"items": [{"type": "message", "role": r, "content": [t]} for r, t in turns]})
    elif key in ("input.value", "input"):
        value = js([{"role": r, "content": t} for r, t in turns])
    else:
        value = gj(turns)
    add(f"neg.free_text.conversation.{lang}", key, value)
# The older GenAI event form, one turn per event.
add(
    "neg.free_text.chat_request",
    "gen_ai.prompt",
    js([{"role": "user", "content": "aap log cod lete ho kya"}]),
    site="event",
)
add(
    "neg.free_text.chat_request",
    "gen_ai.completion",
    js([{"role": "assistant", "content": "Ji haan, cash on delivery available hai."}]),
    site="event",
)

for lang, text in [
    ("en", "uh huh"),
    ("en", "okay okay"),
    ("es", "ajá"),
    ("pt", "uhum"),
    ("ja", "はい はい"),
    ("ko", "네"),
    ("zh", "嗯嗯 对"),
    ("tl-en", "ah oo po"),
    ("hi-en", "haan haan"),
    ("ar", "أيوه"),
    ("tr", "hı hı"),
    ("vi", "dạ"),
    ("en", "hello hello can you hear me"),
    ("en-in", "sorry network issue was there can you repeat"),
    ("id", "halo halo suaranya putus putus"),
    ("pl", "halo słychać mnie"),
]:
    add(f"neg.free_text.backchannel.{lang}", next(SK), text)
add(
    "neg.free_text.twilio_gather",
    "http.request.body",
    f"CallSid=CA{alnum(32, HEX)}&SpeechResult=what+time+do+you+close&Confidence=0.87&Language=en-US",
)
add(
    "neg.free_text.log_quote.en",
    "log.message",
    'turn=4 user said "can i get the veggie burger instead" intent=modify_order',
)
add(
    "neg.free_text.exception_quote.es",
    "exception.message",
    "IntentError: no intent matched for utterance 'oye y tienen envío gratis o no'",
    site="event",
)
add(
    "neg.free_text.stt_response",
    "stt.response",
    js(
        {
            "results": [
                {
                    "alternatives": [
                        {"transcript": "eu queria dois pastéis de queijo", "confidence": 0.89}
                    ],
                    "isFinal": True,
                    "resultEndTime": "3.420s",
                    "languageCode": "pt-br",
                }
            ]
        }
    ),
)


# ================================================================ content with personal data
def full(locale: str, sex: str = "") -> str:
    """A Faker name in the locale's own order; sex "m" or "f" when the words around it say."""
    f = fk(locale)
    first = (
        f.first_name_male()
        if sex == "m"
        else f.first_name_female()
        if sex == "f"
        else f.first_name()
    )
    if locale in ("ja_JP", "zh_CN", "zh_TW", "ko_KR"):
        return f.last_name() + first
    if locale in ("vi_VN",):
        return f"{f.last_name()} {first}"
    return f"{first} {f.last_name()}"


NAME_TEMPLATES = [
    ("en-ng", "en_NG", "na {n} be my name i call yesterday about the parcel"),
    ("en-ng", "yo_NG", "good afternoon ma this is {n} speaking"),
    ("en-in", "en_IN", "myself {n} calling from pune regarding the refund"),
    ("hi-en", "en_IN", "haan ji mera naam {n} hai order mere naam pe hai"),
    ("tl-en", "fil_PH", "ako po si {n} yung nag order kahapon"),
    ("en-ph", "en_PH", "good morning po this is {n} from the tondo branch order"),
    ("en-za", "zu_ZA", "hi it's {n} i'm phoning about the fibre installation"),
    ("en-sg", "en", "eh the booking is under {n} lah"),
    ("es-en", "es_MX", "yeah it's under {n} con doble ele"),
    ("es", "es_CO", "sí señorita habla {n}"),
    ("es", "es_AR", "a nombre de {n} por favor"),
    ("pt", "pt_BR", "meu nome é {n} e eu fiz o pedido ontem"),
    ("id", "id_ID", "nama saya {n} mbak"),
    ("vi", "vi_VN", "dạ em tên là {n} ạ"),
    ("th", "th_TH", "ดิฉันชื่อ{n}ค่ะ"),
    ("ko", "ko_KR", "저는 {n}입니다"),
    ("ja", "ja_JP", "はい {n}と申します"),
    ("zh", "zh_CN", "我叫{n} 昨天打过电话"),
    ("ar", "ar_SA", "اسمي {n} وأبغى أغير الحجز"),
    ("tr", "tr_TR", "ben {n} dün aramıştım"),
    ("pl", "pl_PL", "nazywam się {n} dzwonię w sprawie reklamacji"),
    ("uk", "uk_UA", "мене звати {n}"),
    ("cs", "cs_CZ", "dobrý den u telefonu {n}"),
    ("he", "he_IL", "קוראים לי {n} ואני מתקשר לגבי ההזמנה"),
    ("sw", "sw", "jina langu ni {n}"),
    ("fr", "fr_FR", "oui c'est {n} à l'appareil"),
    ("de", "de_DE", "{n} hier guten tag"),
]
for lang, loc, tpl in NAME_TEMPLATES:
    add(
        f"pos.free_text.name.{lang}",
        next(SK),
        tpl.format(
            n=full(loc).lower()
            if lang
            in ("en-ng", "en-in", "hi-en", "tl-en", "es-en", "en-sg", "pt", "id", "tr", "pl", "de")
            else full(loc)
        ),
    )

# Bare names, as the answer to "and your name please?"
for loc, lang in [
    ("en_NG", "en-ng"),
    ("es_MX", "es"),
    ("pt_BR", "pt"),
    ("ja_JP", "ja"),
    ("ko_KR", "ko"),
    ("hi_IN", "hi"),
]:
    n = full(loc)
    add(f"pos.free_text.name_bare.{lang}", next(SK), n.lower() if loc in ("en_NG",) else n)

# Particles, initials, Arabizi, letter by letter, self-correction.
nl, de, fr = fk("nl_NL"), fk("de_DE"), fk("fr_FR")
add(
    "pos.free_text.name_particle.nl",
    next(SK),
    f"ja goedemiddag u spreekt met {nl.first_name().lower()} van der {nl.last_name().lower()}",
)
add(
    "pos.free_text.name_particle.de",
    next(SK),
    f"mein name ist {de.first_name()} von {de.last_name()}",
)
add(
    "pos.free_text.name_particle.pt",
    next(SK),
    f"é {fk('pt_BR').first_name()} dos santos {fk('pt_BR').last_name()}",
)
add(
    "pos.free_text.name_particle.ar",
    next(SK),
    f"my name is abdullah bin {R.choice(['khalid', 'saeed', 'rashid'])} al {R.choice(['harbi', 'qahtani', 'mansoori'])}",
)
add(
    "pos.free_text.name_initials.en-in",
    next(SK),
    f"it's k. r. {fk('en_IN').last_name().lower()} for the account",
)
add(
    "pos.free_text.name_initials.en-ng",
    next(SK),
    f"please note my name as a. o. {fk('yo_NG').last_name()}",
)
add(
    "pos.free_text.name_arabizi.ar-latn",
    next(SK),
    f"ana esmi {R.choice(['mostafa', 'nour', 'yasmine', 'omar'])} {R.choice(['el sayed', 'abdel rahman', 'fathy', 'mansour'])} w 3ayez a2olak 3al moshkela",
)
sur = fk("en_NG").last_name().lower()
add("pos.free_text.name_spelled.en-ng", next(SK), f"it's {' '.join(sur)} {sur}")
sur = fk("pl_PL").last_name().lower()
add("pos.free_text.name_spelled.pl", next(SK), f"nazwisko {sur} przeliterować {' '.join(sur)}")
add(
    "pos.free_text.name_selfcorrect.en",
    next(SK),
    f"my name is uh jon no sorry john {fk('en_US').last_name().lower()}",
)
add(
    "pos.free_text.name_selfcorrect.es",
    next(SK),
    f"soy maría eh no perdón mariana {fk('es_MX').last_name().lower()}",
)

# Third parties and staff.
THIRD = [
    ("en-ng", "en_NG", "m", "my emergency contact is my brother {n}"),
    ("en-in", "en_IN", "m", "you can also speak to my husband {n} he is handling all this"),
    ("tl-en", "fil_PH", "f", "yung mama ko po si {n} siya po yung mag re-receive"),
    ("es", "es_MX", "f", "mi esposa {n} va a recoger el paquete"),
    ("pt", "pt_BR", "f", "pode falar com a minha filha {n} ela que cuida disso"),
    ("ko", "ko_KR", "m", "남편 {n} 씨 명의로 되어 있어요"),
    ("ar", "ar_EG", "m", "the account is under my father {n}"),
]
for lang, loc, sex, tpl in THIRD:
    n = full(loc, sex) if loc != "ar_EG" else full("ar_SA", sex)
    add(
        f"pos.free_text.third_party.{lang}",
        next(SK),
        tpl.format(n=n.lower() if loc.startswith(("en", "fil", "es", "pt")) else n),
    )
STAFF = [
    ("en", "en_US", "f", "i spoke to your agent {n} last week and she said it was sorted"),
    ("en-za", "zu_ZA", "f", "sister {n} at the clinic told me to call you"),
    ("id", "id_ID", "m", "tadi sudah dibantu sama mas {n} dari cs"),
    ("ja", "ja_JP", "", "担当の{s}さんに代わってもらえますか"),
    ("de", "de_DE", "", "Dr. {s} hat mich an Sie verwiesen"),
]
for lang, loc, sex, tpl in STAFF:
    add(
        f"pos.free_text.staff.{lang}",
        next(SK),
        tpl.format(
            n=full(loc, sex).lower() if lang in ("en", "en-za", "id") else full(loc, sex),
            s=fk(loc).last_name(),
        ),
    )
add(
    "pos.free_text.name_reply.en",
    next(RK),
    f"Thanks, {fk('en_IN').first_name()} {fk('en_IN').last_name()}! I've found your booking for Friday.",
)
add(
    "pos.tool_payload.name", next(TA), js({"customer_name": full("pt_BR"), "order_id": "ORD-88120"})
)
add("pos.tool_payload.name", next(TR), js({"match": {"name": full("ko_KR"), "tier": "gold"}}))

# Dates of birth.
MONTHS = {
    "en": [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
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
    "id": [
        "januari",
        "februari",
        "maret",
        "april",
        "mei",
        "juni",
        "juli",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ],
    "pl": [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
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
}
ORD = [
    "",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "twenty first",
    "twenty second",
    "twenty third",
    "twenty fourth",
    "twenty fifth",
    "twenty sixth",
    "twenty seventh",
    "twenty eighth",
    "twenty ninth",
    "thirtieth",
    "thirty first",
]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def year_words(y: int) -> str:
    hi, lo = divmod(y, 100)
    head = "nineteen" if hi == 19 else "two thousand"
    if hi == 20:
        return head + (
            ""
            if lo == 0
            else " and "
            + (
                ONES[lo - 1]
                if lo < 10
                else ["ten", "eleven", "twelve", "thirteen", "fourteen"][lo - 10]
                if lo < 15
                else str(lo)
            )
        )
    if lo < 10:
        return f"{head} oh {ONES[lo - 1]}" if lo else f"{head} hundred"
    if lo < 20:
        return (
            head
            + " "
            + [
                "ten",
                "eleven",
                "twelve",
                "thirteen",
                "fourteen",
                "fifteen",
                "sixteen",
                "seventeen",
                "eighteen",
                "nineteen",
            ][lo - 10]
        )
    t, o = divmod(lo, 10)
    return f"{head} {TENS[t - 2]}" + (f" {ONES[o - 1]}" if o else "")


def dob_rows() -> None:
    d = birth_date
    x = d()
    add(
        "pos.free_text.dob.en",
        next(SK),
        f"date of birth is the {ORD[x.day]} of {MONTHS['en'][x.month - 1]} {year_words(x.year)}",
    )
    x = d()
    add("pos.free_text.dob.en-in", next(SK), f"my DOB is {x:%d-%m-%Y} as per aadhaar")
    x = d()
    add(
        "pos.free_text.dob.en-ng",
        next(SK),
        f"i was born {x.day} {MONTHS['en'][x.month - 1]} {x.year} abeg check am",
    )
    x = d()
    add(
        "pos.free_text.dob.tl-en",
        next(SK),
        f"birthday ko po is {MONTHS['en'][x.month - 1]} {x.day} {x.year}",
    )
    x = d()
    add(
        "pos.free_text.dob.es",
        next(SK),
        f"nací el {x.day} de {MONTHS['es'][x.month - 1]} de {x.year}",
    )
    x = d()
    add("pos.free_text.dob.pt", next(SK), f"minha data de nascimento é {x:%d/%m/%Y}")
    x = d()
    add(
        "pos.free_text.dob.id",
        next(SK),
        f"tanggal lahir saya {x.day} {MONTHS['id'][x.month - 1]} {x.year}",
    )
    x = d()
    add(
        "pos.free_text.dob.vi",
        next(SK),
        f"ngày sinh của em là ngày {x.day} tháng {x.month} năm {x.year}",
    )
    x = d()
    add(
        "pos.free_text.dob.th",
        next(SK),
        f"เกิดวันที่ {x.day} {MONTHS['th'][x.month - 1]} {x.year + 543} ค่ะ",
    )
    x = d()
    add("pos.free_text.dob.ko", next(SK), f"생년월일은 {x.year}년 {x.month}월 {x.day}일이에요")
    x = d()
    add("pos.free_text.dob.ja", next(SK), f"生年月日は{x.year}年{x.month}月{x.day}日です")
    x = d()
    add("pos.free_text.dob.zh", next(SK), f"我的出生日期是{x.year}年{x.month}月{x.day}号")
    x = d()
    add("pos.free_text.dob.ar", next(SK), f"تاريخ ميلادي {x.year}/{x.month:02d}/{x.day:02d}")
    x = d()
    add("pos.free_text.dob.tr", next(SK), f"doğum tarihim {x:%d.%m.%Y}")
    x = d()
    add(
        "pos.free_text.dob.pl",
        next(SK),
        f"urodziłam się {x.day} {MONTHS['pl'][x.month - 1]} {x.year}",
    )
    x = d()
    add("pos.free_text.dob.uk", next(SK), f"дата народження {x:%d.%m.%Y}")
    x = d()
    add(
        "pos.free_text.dob.en",
        next(SK),
        f"d o b {say(x.strftime('%m%d'), oh=True)} {year_words(x.year)}",
    )
    x = d()
    add("pos.free_text.dob.de", next(SK), f"geboren bin ich am {x:%d.%m.%Y}")
    x = d()
    add(
        "pos.free_text.dob_nested.en",
        "gen_ai.input.messages",
        gj(
            [
                ("assistant", "For verification, can I get your date of birth?"),
                ("user", f"yeah it's {x:%m/%d/%Y}"),
                ("assistant", "Thank you, you're verified."),
            ]
        ),
    )
    x = d()
    add(
        "pos.free_text.dob_nested.es",
        "lk.chat_ctx",
        js(
            {
                "items": [
                    {
                        "type": "message",
                        "role": "assistant",
                        "content": ["¿Me confirma su fecha de nacimiento?"],
                    },
                    {
                        "type": "message",
                        "role": "user",
                        "content": [f"el {x.day} del {x.month} del {x.year}"],
                    },
                ]
            }
        ),
    )
    x = d()
    add(
        "pos.tool_payload.dob",
        next(TA),
        js({"verify": {"dob": x.isoformat(), "last4_phone": "0142"}}),
    )
    x = d()
    add(
        "pos.tool_payload.dob",
        next(TR),
        js({"customer": {"fecha_nacimiento": f"{x:%d/%m/%Y}", "segmento": "B"}}),
    )


dob_rows()

# Addresses: Faker's street addresses where a locale writes its own, by hand otherwise.
ADDR_LOCALES = [
    ("en-in", "en_IN", "deliver to {a} please"),
    ("hi", "hi_IN", "मेरा पता है {a}"),
    ("tl-en", "fil_PH", "ang address ko po is {a}"),
    ("es", "es_MX", "mi dirección es {a}"),
    ("es", "es_CO", "la dirección es {a}"),
    ("pt", "pt_BR", "pode entregar na {a}"),
    ("id", "id_ID", "alamat saya di {a}"),
    ("vi", "vi_VN", "địa chỉ nhà em là {a}"),
    ("th", "th_TH", "ที่อยู่ {a}"),
    ("ko", "ko_KR", "주소는 {a}이에요"),
    ("ja", "ja_JP", "住所は{a}です"),
    ("zh", "zh_CN", "我家地址是{a}"),
    ("pl", "pl_PL", "adres to {a}"),
    ("uk", "uk_UA", "моя адреса {a}"),
    ("cs", "cs_CZ", "bydlím na adrese {a}"),
    ("he", "he_IL", "הכתובת שלי {a}"),
    ("en-za", "zu_ZA", "my address is {a}"),
    ("es", "es_AR", "vivo en {a}"),
]
for lang, loc, tpl in ADDR_LOCALES:
    a = fk(loc).address().replace("\n", ", ")
    add(
        f"pos.free_text.address.{lang}",
        next(SK),
        tpl.format(a=a.lower() if lang in ("en-in", "tl-en", "id") else a),
    )
add(
    "pos.free_text.address.en-ng",
    next(SK),
    f"my address na no {R.randint(2, 80)} {R.choice(['adeola odeku', 'allen avenue', 'bode thomas'])} street {R.choice(['victoria island', 'ikeja', 'surulere'])} lagos",
)
add(
    "pos.free_text.address.tr",
    next(SK),
    f"adresim {R.choice(['Bağdat Caddesi', 'Atatürk Mahallesi Gül Sokak'])} No: {R.randint(3, 120)} Daire {R.randint(1, 20)} Kadıköy İstanbul",
)
add(
    "pos.free_text.address.ar",
    next(SK),
    f"العنوان {R.randint(5, 90)} شارع {R.choice(['التحرير', 'الهرم', 'جامعة الدول العربية'])} الدقي الجيزة شقة {R.randint(1, 30)}",
)
add(
    "pos.free_text.address.en-sg",
    next(SK),
    f"blk {R.randint(100, 700)} ang mo kio ave {R.randint(1, 10)} #{R.randint(2, 20):02d}-{R.randint(100, 999)} singapore {R.randint(560000, 569999)}",
)
add(
    "pos.free_text.address.sw",
    next(SK),
    f"ninaishi {R.choice(['mtaa wa moi avenue', 'barabara ya ngong'])} nyumba namba {R.randint(4, 90)} nairobi",
)
add(
    "pos.tool_payload.address",
    next(TA),
    js(
        {
            "ship_to": {
                "line1": fk("pt_BR").street_address(),
                "city": fk("pt_BR").city(),
                "cep": fk("pt_BR").postcode(),
            }
        }
    ),
)
add(
    "pos.tool_payload.address",
    next(TR),
    js({"address": fk("ja_JP").address(), "delivery": "morning"}),
)

# National identifiers, check digits computed here and confirmed by python-stdnum.
NATIONAL = [
    ("pl", "pl", "mój pesel to {v}", make_pesel),
    ("br", "pt", "o meu cpf é {v}", make_cpf),
    ("es", "es", "mi dni es el {v}", make_dni),
    ("es", "es-en", "my nie number is {v} okay", make_nie),
    ("it", "it", "il codice fiscale è {v}", make_cf),
    ("nl", "nl", "mijn bsn is {v}", make_bsn),
    ("in", "hi-en", "aadhaar number hai {v}", make_aadhaar),
    ("in", "en-in", "pan card number is {v}", make_pan),
    ("mx", "es", "mi curp es {v}", make_curp),
    ("se", "sv", "mitt personnummer är {v}", make_personnummer),
    ("tr", "tr", "tc kimlik numaram {v}", make_tckimlik),
    ("kr", "ko", "주민등록번호 {v} 입니다", make_rrn),
    ("cn", "zh", "身份证号是{v}", make_ric),
    ("ua", "uk", "мій іпн {v}", make_rntrc),
    ("cz", "cs", "rodné číslo {v}", make_rc),
    ("th", "th", "เลขบัตรประชาชน {v} ค่ะ", make_th_pin),
    ("id", "id", "nik saya {v}", make_nik),
    ("jp", "ja", "マイナンバーは{v}です", make_jp_in),
    ("il", "he", "תעודת זהות {v}", make_il),
    ("za", "en-za", "my id number is {v}", make_za),
    ("my", "ms", "nombor ic saya {v}", make_mykad),
    ("ar", "es", "mi cuil es {v}", make_cuil),
    ("cl", "es", "mi rut es {v}", make_rut),
    ("pe", "es", "mi dni es {v} señorita", make_pe_dni),
    ("pk", "en", "cnic number is {v}", make_cnic),
    ("gb", "en", "my nhs number is {v}", make_nhs),
    ("sg", "en-sg", "my nric is {v} can check", make_nric_sg),
    ("gb", "en", "national insurance number {v}", make_nino),
]
for country, _lang, tpl, maker in NATIONAL:
    add(f"pos.free_text.national_id.{country}", next(SK), tpl.format(v=maker()))
# Read out digit by digit, as STT writes them.
add("pos.free_text.national_id_spoken.br", next(SK), f"o cpf é {say(make_cpf(), 'pt')}")
add("pos.free_text.national_id_spoken.id", next(SK), f"nik nya {say(make_nik(), 'id')}")
add("pos.free_text.national_id_spoken.tr", next(SK), f"kimlik numaram {say(make_tckimlik(), 'tr')}")
add("pos.free_text.national_id_spoken.in", next(SK), f"aadhaar hai {say(make_aadhaar(), 'hi')}")
add("pos.free_text.national_id_spoken.pl", next(SK), f"pesel {say(make_pesel(), 'pl')}")
add("pos.free_text.national_id_spoken.kr", next(SK), f"주민번호 {say(make_rrn(), 'ko')}")
add("pos.free_text.national_id_spoken.ng", next(SK), f"my nin is {say(digits(11), 'en', oh=True)}")
add("pos.tool_payload.national_id.mx", next(TA), js({"curp": make_curp("M"), "tramite": "alta"}))
add(
    "pos.tool_payload.national_id.za",
    next(TR),
    js({"kyc": {"id_number": make_za(), "verified": True}}),
)
add(
    "pos.tool_payload.national_id.es",
    next(TA),
    js({"documento": {"tipo": "NIE", "numero": make_nie()}}),
)
for _ in range(3):
    add(
        "pos.free_text.ssn.en",
        next(SK),
        R.choice(["social is {v}", "my social security number is {v}", "ssn {w}"]).format(
            v=(s := make_ssn()), w=say(s, oh=True)
        ),
    )

# Bank accounts: an account number with its routing, sort, IFSC, BSB or branch code.
add("pos.free_text.bank_account.us", next(SK), f"routing number {make_rtn()} account {digits(10)}")
add(
    "pos.free_text.bank_account.us",
    next(SK),
    f"the routing is {say(make_rtn())} and the account is {say(digits(9))}",
)
add(
    "pos.free_text.bank_account.gb",
    next(SK),
    f"sort code {R.randint(10, 99)}-{R.randint(10, 99)}-{R.randint(10, 99)} account number {digits(8)}",
)
add(
    "pos.free_text.bank_account.in",
    next(SK),
    f"ifsc HDFC000{digits(4)} account number {digits(14)}",
)
add("pos.free_text.bank_account.mx", next(SK), f"mi clabe es {make_clabe()}")
add("pos.free_text.bank_account.ng", next(SK), f"send am to gtbank {make_nuban()} abeg")
add(
    "pos.free_text.bank_account.au",
    next(SK),
    f"bsb {R.choice(['062', '033', '082'])}-{digits(3)} account {digits(8)}",
)
add(
    "pos.free_text.bank_account.br",
    next(SK),
    f"agência {digits(4)} conta corrente {digits(6)}-{R.randint(0, 9)} banco do brasil",
)
add(
    "pos.tool_payload.bank_account.us",
    next(TA),
    js({"refund_to": {"routing": make_rtn(), "account": digits(12)}}),
)
add(
    "pos.tool_payload.bank_account.za",
    next(TR),
    js({"debit_order": {"branch_code": "250655", "account_no": digits(10)}}),
)

# Cards: published test numbers with odd separators, and read out by STT.
c = TEST_CARDS
add("pos.free_text.card.en", next(SK), f"card number is {say(c[0])}")
add(
    "pos.free_text.card.en-in",
    next(SK),
    f"my card is {'.'.join(c[1][i : i + 4] for i in range(0, 16, 4))} expiry 08/29",
)
add("pos.free_text.card.es", next(SK), f"la tarjeta es {say(c[2], 'es')}")
add("pos.free_text.card.pt", next(SK), f"cartão {c[3][:4]}/{c[3][4:8]}/{c[3][8:12]}/{c[3][12:]}")
add("pos.free_text.card.en", next(SK), f"amex {c[4][:4]} {c[4][4:10]} {c[4][10:]}")
add("pos.free_text.card.id", next(SK), f"nomor kartu {say(c[5], 'id')}")
add(
    "pos.free_text.card.ja",
    next(SK),
    f"カード番号は{'-'.join(c[6][i : i + 4] for i in range(0, 16, 4))}です",
)
add(
    "pos.free_text.card.tl-en",
    next(SK),
    f"yung card ko po {c[7][:4]} {c[7][4:8]} {c[7][8:12]} {c[7][12:]} po",
)
add(
    "pos.free_text.card.en",
    next(RK),
    f"Just to confirm, that's {'-'.join(c[8][i : i + 4] for i in range(0, 16, 4))}?",
)
add("pos.free_text.card.vi", next(SK), f"số thẻ {say(random_card(), 'vi')}")
add(
    "pos.tool_payload.card",
    next(TA),
    js({"payment": {"pan": random_card(), "exp": "11/28", "cvc": "321"}}),
)
add(
    "pos.free_text.card.ar-latn",
    next(SK),
    f"el card number {'_'.join(c[11][i : i + 4] for i in range(0, 16, 4))} ya3ni",
)

# IBANs, lower case, grouped or not.
for cc, lang, tpl in [
    ("DE", "de", "meine iban ist {v}"),
    ("PL", "pl", "numer konta {v}"),
    ("TR", "tr", "iban numaram {v}"),
    ("BR", "pt", "meu iban {v}"),
    ("SA", "ar", "الآيبان {v}"),
    ("AE", "en", "iban is {v}"),
    ("PK", "en", "iban {v} meezan bank"),
    ("UA", "uk", "мій iban {v}"),
    ("PT", "pt", "o iban é {v}"),
    ("ES", "es", "el iban es {v}"),
]:
    v = make_iban(cc)
    form = R.choice(["lower_grouped", "lower", "print"])
    v = (
        (" ".join(v[i : i + 4] for i in range(0, len(v), 4))).lower()
        if form == "lower_grouped"
        else v.lower()
        if form == "lower"
        else " ".join(v[i : i + 4] for i in range(0, len(v), 4))
    )
    add(f"pos.free_text.iban.{lang}", next(SK), tpl.format(v=v))
add(
    "pos.tool_payload.iban",
    next(TA),
    js({"payout": {"iban": make_iban("NL").lower(), "holder": "self"}}),
)


# E-mails: spelled out in the caller's words, IDN, quoted, tagged.
def local() -> tuple[str, str]:
    f = fk("en_US")
    return f.first_name().lower(), f.last_name().lower()


a, b = local()
add("pos.free_text.email.en", next(SK), f"it's {a} dot {b} at gmail dot com")
a, b = local()
add(
    "pos.free_text.email.en-in",
    next(SK),
    f"email id is {a}{b}{R.randint(1, 99)} at the rate yahoo dot co dot in",
)
a, b = local()
add("pos.free_text.email.es", next(SK), f"mi correo es {a} guion bajo {b} arroba hotmail punto com")
a, b = local()
add("pos.free_text.email.pt", next(SK), f"é {a} ponto {b} arroba uol ponto com ponto br")
a, b = local()
add("pos.free_text.email.id", next(SK), f"emailnya {a}{b} et gmail titik com")
a, b = local()
add("pos.free_text.email.vi", next(SK), f"email của em là {a}{b} a còng gmail chấm com")
a, b = local()
add("pos.free_text.email.ko", next(SK), f"이메일은 {a}{b} 골뱅이 naver 닷 컴이요")
a, b = local()
add("pos.free_text.email.pl", next(SK), f"mail to {a} kropka {b} małpa wp kropka pl")
a, b = local()
add("pos.free_text.email.cs", next(SK), f"{a} tečka {b} zavináč seznam tečka cz")
a, b = local()
add("pos.free_text.email.tr", next(SK), f"mailim {a}{b} et işareti gmail nokta com")
add(
    "pos.free_text.email.de",
    next(SK),
    f"schreiben Sie an jürgen.{fk('de_DE').last_name().lower()}@bücher-köln.example",
)
add("pos.free_text.email.zh", next(SK), f"我的邮箱是 lihua{R.randint(10, 99)}@例子.测试")
add("pos.free_text.email.ja", next(SK), f"メールは 山田{R.randint(1, 9)}@例え.テスト です")
a, b = local()
add("pos.free_text.email.en", next(RK), f'Got it, I\'ll send the receipt to "{a} {b}"@example.com.')
a, b = local()
add("pos.tool_payload.email", next(TA), js({"send_receipt_to": f"{a}+orders@example.org"}))

# Phone numbers: local formats, words, and an agent reading one back.
for region, lang, tpl, how in [
    ("IN", "hi-en", "mera number hai {v}", "NATIONAL"),
    ("PH", "tl-en", "yung number ko po {v}", "NATIONAL"),
    ("NG", "en-ng", "call me on {v} abeg", "NATIONAL"),
    ("ZA", "en-za", "my cell is {v}", "NATIONAL"),
    ("MX", "es", "mi celular es {v}", "INTERNATIONAL"),
    ("BR", "pt", "meu celular é {v}", "NATIONAL"),
    ("ID", "id", "nomor hp saya {v}", "NATIONAL"),
    ("VN", "vi", "số điện thoại của em là {v}", "NATIONAL"),
    ("TH", "th", "เบอร์โทร {v} ค่ะ", "NATIONAL"),
    ("KR", "ko", "연락처는 {v}입니다", "NATIONAL"),
    ("JP", "ja", "携帯は{v}です", "NATIONAL"),
    ("TR", "tr", "numaram {v}", "NATIONAL"),
    ("PL", "pl", "mój numer to {v}", "NATIONAL"),
    ("UA", "uk", "мій номер {v}", "INTERNATIONAL"),
    ("EG", "ar", "رقمي {v}", "NATIONAL"),
    ("KE", "sw", "namba yangu ni {v}", "NATIONAL"),
]:
    add(f"pos.free_text.phone.{lang}", next(SK), tpl.format(v=fmt(mobile(region), how)))
for region, lang, tpl in [
    ("IN", "en-in", "my mobile is {v}"),
    ("ID", "id", "nomornya {v}"),
    ("VN", "vi", "số của em {v}"),
    ("BR", "pt", "anota aí {v}"),
]:
    add(
        f"pos.free_text.phone_spoken.{lang}",
        next(SK),
        tpl.format(
            v=say(fmt(mobile(region), "NATIONAL"), lang[:2] if lang[:2] in WORDS else "en", oh=True)
        ),
    )
n = ofcom()
add(
    "pos.free_text.phone_readback.en",
    "gen_ai.input.messages",
    gj(
        [
            ("user", f"it's {say(n, oh=True)}"),
            ("assistant", f"Let me read that back: {n}. Is that right?"),
            ("user", "yes that's it"),
        ]
    ),
)
n = nanp()
add("pos.free_text.phone_selfcorrect.en", next(SK), f"call me back at {n[3:6]} 555 no wait {n[3:]}")
add(
    "pos.tool_payload.phone",
    next(TA),
    js({"callback": {"number": fmt(mobile("SG"), "E164"), "when": "after 6pm"}}),
)

# Sensitive disclosures about the speaker or a relative, with no identifier.
SENSITIVE = [
    (
        "en",
        "health",
        "i just got out of hospital after my chemo so i couldn't pay the bill on time",
    ),
    ("en", "bereavement", "my husband passed away last month and the account is still in his name"),
    ("en-ng", "finances", "i no fit pay this month dem sack me for work and i get debt everywhere"),
    (
        "en-in",
        "health",
        "my father had a heart attack last week he is in icu so please postpone the visit",
    ),
    ("en-za", "health", "i'm on ARVs so please make the delivery discreet"),
    (
        "en-sg",
        "orientation",
        "me and my boyfriend we are gay couple can register as family plan or not",
    ),
    ("en-ph", "pregnancy", "i'm 7 months pregnant po so i can't go to the branch"),
    (
        "hi-en",
        "pregnancy",
        "meri wife pregnant hai delivery next month hai isliye plan change karna hai",
    ),
    (
        "tl-en",
        "health",
        "na diagnose po ako ng diabetes kaya need ko i pause muna yung subscription",
    ),
    ("es-en", "legal", "mi abogado says i can't talk about it tengo una demanda pendiente"),
    ("ar-latn", "bereavement", "baba et-wafa el osbo3 elli fat w 3ayzin nelghi el khat"),
    ("es", "immigration", "estoy en proceso de asilo y todavía no tengo papeles"),
    ("es", "finances", "me declararon en quiebra el año pasado y no me dan crédito"),
    ("pt", "health", "tô com depressão e não tô conseguindo sair de casa"),
    ("id", "health", "saya lagi dirawat di rumah sakit karena demam berdarah"),
    ("vi", "bereavement", "mẹ em vừa mất tuần trước nên em muốn hủy gói cước"),
    ("th", "finances", "ผมติดหนี้บัตรเครดิตเยอะมาก จ่ายไม่ไหวแล้วครับ"),
    ("ko", "health", "제가 지금 암 치료 중이라서 방문이 어려워요"),
    ("ja", "bereavement", "先月父が亡くなりまして 解約の手続きをしたいんです"),
    ("zh", "legal", "我最近刚离婚 还在打官司"),
    ("ar", "pregnancy", "أنا حامل في الشهر السابع"),
    ("tr", "legal", "kocam cezaevinde faturayı artık ben ödeyeceğim"),
    ("pl", "health", "jestem w trakcie leczenia onkologicznego"),
    ("uk", "immigration", "ми біженці і мій статус ще не підтвердили"),
    ("cs", "finances", "jsem v insolvenci takže splátky nezvládnu"),
    ("he", "health", "אני באמצע טיפולי פוריות"),
    ("sw", "health", "mimi ni mgonjwa wa kisukari nahitaji dawa kila mwezi"),
    ("fr", "health", "je suis séropositif et je voudrais que le colis soit discret"),
    ("de", "finances", "ich bin seit drei monaten arbeitslos und hab schulden"),
    ("en", "religion", "i'm muslim so no pork please and it has to be halal for my whole family"),
    ("hi", "religion", "हम जैन हैं इसलिए प्याज़ लहसुन बिल्कुल नहीं चाहिए"),
    ("ar", "health", "ابني عنده توحد ومحتاج موعد بدري"),
]
for lang, topic, text in SENSITIVE:
    add(f"pos.free_text.sensitive_{topic}.{lang}", next(SK), text, ["sensitive"])
add(
    "pos.free_text.sensitive_reply.en",
    next(RK),
    "I'm so sorry for the loss of your mother. I've paused the account for you.",
    ["sensitive"],
)
add(
    "pos.tool_payload.sensitive",
    next(TA),
    js({"reason": "customer in chemotherapy, requests payment holiday", "months": 3}),
    ["sensitive"],
)
add(
    "pos.free_text.sensitive_named.es",
    next(SK),
    f"mi hijo {fk('es_CO').first_name().lower()} {fk('es_CO').last_name().lower()} está internado por sobredosis",
    ["name", "sensitive"],
)

# Several kinds in one turn, list of turns, flattened OpenInference keys.
f = fk("en_IN")
nm, x = f"{f.first_name()} {f.last_name()}", birth_date()
add(
    "pos.free_text.mixed.en-in",
    next(SK),
    f"myself {nm.lower()} dob {x:%d/%m/%Y} and mobile {fmt(mobile('IN'), 'NATIONAL')}",
    ["dob", "name", "phone"],
)
f = fk("pt_BR")
add(
    "pos.free_text.mixed.pt",
    "gen_ai.input.messages",
    gj(
        [
            ("system", "Você é a assistente da Farmácia Boa Saúde."),
            ("user", f"oi aqui é a {f.first_name()} {f.last_name()}"),
            ("assistant", "Olá! Como posso ajudar?"),
            ("user", f"meu cpf é {make_cpf()} e quero saber do meu remédio de pressão"),
        ]
    ),
    ["name", "national_id", "sensitive"],
)
f = fk("es_MX")
add(
    "pos.free_text.mixed.es",
    "llm.input_messages.2.message.content",
    f"sí la dirección es {f.street_address()} y el correo {f.first_name().lower()}.{f.last_name().lower()}@example.com".replace(
        "á", "a"
    )
    .replace("é", "e")
    .replace("í", "i")
    .replace("ó", "o")
    .replace("ú", "u"),
    ["address", "email"],
)
add(
    "pos.free_text.mixed.tl-en",
    "lk.chat_ctx",
    js(
        {
            "items": [
                {
                    "type": "message",
                    "role": "assistant",
                    "content": ["Pwede ko po bang makuha ang buong pangalan at email?"],
                },
                {
                    "type": "message",
                    "role": "user",
                    "content": [f"{full('fil_PH')} po tapos {'.'.join(local())}@yahoo.com"],
                },
            ]
        }
    ),
    ["email", "name"],
)
add(
    "pos.free_text.mixed.ko",
    next(SK),
    f"{full('ko_KR')}이고요 번호는 {fmt(mobile('KR'), 'NATIONAL')}예요",
    ["name", "phone"],
)
add(
    "pos.tool_payload.mixed",
    next(TA),
    js(
        {
            "lead": {
                "nome": full("pt_BR"),
                "whatsapp": fmt(mobile("BR"), "E164"),
                "email": "contato." + R.choice(["ana", "bia", "gui"]) + "@example.com.br",
            }
        }
    ),
    ["email", "name", "phone"],
)
add(
    "pos.free_text.twilio_gather",
    "http.request.body",
    f"CallSid=CA{alnum(32, HEX)}&SpeechResult=yes+my+card+is+{'+'.join(TEST_CARDS[1][i : i + 4] for i in range(0, 16, 4))}&Confidence=0.92",
    ["card"],
)

# The caller's own words quoted in a log line, an exception and a status: still content.
f = fk("en_NG")
add(
    "pos.free_text.log_quote.en-ng",
    "log.message",
    f'intent=unknown utterance="na {f.first_name().lower()} {f.last_name().lower()} be my name" confidence=0.41',
    ["name"],
)
add(
    "pos.free_text.exception_quote.es",
    "exception.message",
    f"ValueError: could not parse date from utterance 'nací el {birth_date():%d/%m/%Y}'",
    ["dob"],
    site="event",
)
add(
    "pos.free_text.status_quote.en",
    "otel.status_description",
    f"slot 'email' rejected: \"{'.'.join(local())} at gmail dot com\"",
    ["email"],
    site="status",
)
add(
    "pos.free_text.exception_quote.pt",
    "exception.message",
    "ToolError: lookup_order failed for text 'é que eu tô desempregado e não consigo pagar'",
    ["sensitive"],
    site="event",
)


# ================================================================ personal data outside content
def caller_rows() -> None:
    n = mobile("IN")
    add(
        "pos.value.phone",
        "sip.from",
        f"<sip:{fmt(n, 'E164')}@pstn.twilio.com>;tag={alnum(8, HEX)}",
        ["phone"],
    )
    n = mobile("PH")
    add(
        "pos.value.phone",
        "sip.header.p_asserted_identity",
        f'"{full("fil_PH")}" <sip:{fmt(n, "E164")}@carrier.example.net>',
        ["name", "phone"],
    )
    n = mobile("NG")
    add("pos.value.phone", "twilio.from", fmt(n, "E164"), ["phone"])
    n = mobile("MX")
    add(
        "pos.value.phone",
        "http.request.body",
        f"AccountSid=AC{alnum(32, HEX)}&CallSid=CA{alnum(32, HEX)}&From=%2B{fmt(n, 'E164')[1:]}&To=%2B18005550199&CallStatus=ringing",
        ["phone"],
    )
    n = mobile("BR")
    add(
        "pos.value.phone",
        "telnyx.payload",
        js(
            {
                "data": {
                    "event_type": "call.initiated",
                    "payload": {
                        "call_control_id": "v3:" + alnum(40, B62 + "-_"),
                        "from": fmt(n, "E164"),
                        "to": "+18005550199",
                        "direction": "incoming",
                    },
                }
            }
        ),
        ["phone"],
    )
    n = mobile("ZA")
    add("pos.value.phone", "patter.call.from", fmt(n, "E164"), ["phone"])
    n = mobile("ID")
    add("pos.value.phone", "lk.participant.identity", f"sip_{fmt(n, 'E164')}", ["phone"])
    n = mobile("KR")
    add(
        "pos.value.phone",
        "sip.request_uri",
        f"sip:{fmt(n, 'E164')}@sip.example.kr;user=phone",
        ["phone"],
    )
    n = mobile("TR")
    add(
        "pos.value.phone",
        "exception.message",
        f"TransferError: could not bridge call to {fmt(n, 'INTERNATIONAL')} (486 Busy Here)",
        ["phone"],
        site="event",
    )
    n = mobile("VN")
    add(
        "pos.value.phone",
        "otel.status_description",
        f"outbound dial {fmt(n, 'E164')} failed: no answer",
        ["phone"],
        site="status",
    )
    n = mobile("AE")
    add("pos.value.phone", "http.request.header.x_twilio_caller", [fmt(n, "E164")], ["phone"])
    add("pos.value.phone", "customer.phone", int(fmt(mobile("TH"), "E164")[1:]), ["phone"])


caller_rows()


def ip_rows() -> None:
    add(
        "pos.value.ip", "http.request.header.x-forwarded-for", [f"{public_v4()}, 10.0.3.17"], ["ip"]
    )
    add("pos.value.ip", "http.request.header.cf-connecting-ip", [public_v4()], ["ip"])
    add(
        "pos.value.ip",
        "http.request.header.forwarded",
        [f'for="[{public_v6()}]";proto=https'],
        ["ip"],
    )
    add("pos.value.ip", "http.request.header.x-real-ip", [public_v4()], ["ip"])
    add("pos.value.ip", "client.address", public_v4(), ["ip"])
    add(
        "pos.value.ip",
        "log.message",
        f'{public_v4()} - - "GET /widget/call HTTP/1.1" 101 0 "-" "Mozilla/5.0"',
        ["ip"],
    )
    add(
        "pos.value.ip",
        "webrtc.ice.candidate",
        f"candidate:842163049 1 udp 1677729535 {public_v4()} {R.randint(40000, 65000)} typ srflx raddr 192.168.1.23 rport 54321 generation 0",
        ["ip"],
    )
    add(
        "pos.value.ip",
        "webrtc.remote_candidate",
        f"candidate:3 1 udp 2122262783 {public_v6()} {R.randint(40000, 65000)} typ host generation 0 network-id 2",
        ["ip"],
    )
    add(
        "pos.value.ip",
        "exception.message",
        f"ConnectionResetError: peer {public_v4()}:{R.randint(1024, 65000)} closed the websocket",
        ["ip"],
        site="event",
    )
    add("pos.value.ip", "enduser.ip", public_v6(), ["ip"])
    add(
        "pos.value.ip",
        "otel.status_description",
        f"rate limited client {public_v4()}",
        ["ip"],
        site="status",
    )


ip_rows()


def secret_rows() -> None:
    S = "pos.value.secret"
    add(
        S + ".header",
        "http.request.header.authorization",
        ["Bearer sk-proj-" + alnum(74, B62 + "-_") + "T3BlbkFJ" + alnum(74, B62 + "-_")],
        ["secret"],
    )
    add(
        S + ".header",
        "http.request.header.x-api-key",
        ["sk-ant-api03-" + alnum(93, B62 + "-_") + "AA"],
        ["secret"],
    )
    add(S + ".header", "http.request.header.xi-api-key", ["sk_" + alnum(48, HEX)], ["secret"])
    add(S + ".header", "http.request.header.authorization", ["Token " + alnum(40, HEX)], ["secret"])
    add(
        S + ".header",
        "http.request.header.sec-websocket-protocol",
        ["token, " + alnum(40, HEX)],
        ["secret"],
    )
    add(
        S + ".header",
        "http.request.header.authorization",
        ["Basic " + base64.b64encode(f"AC{alnum(32, HEX)}:{alnum(32, HEX)}".encode()).decode()],
        ["secret"],
    )
    add(
        S + ".header",
        "http.request.header.cookie",
        [f"session={alnum(48, B62)}; csrftoken={alnum(32, B62)}"],
        ["secret"],
    )
    add(
        S + ".header",
        "http.response.header.set-cookie",
        [
            f"__Secure-sid={b64url(bytes(R.randint(0, 255) for _ in range(32)))}; Path=/; HttpOnly; Secure"
        ],
        ["secret"],
    )
    add(S + ".keyed", "groq.api_key", "gsk_" + alnum(52, B62), ["secret"])
    add(S + ".keyed", "hf.token", "hf_" + alnum(34, string.ascii_letters), ["secret"])
    add(S + ".keyed", "stripe.key", "sk_live_" + alnum(99, B62), ["secret"])
    add(
        S + ".keyed",
        "github.token",
        "github_pat_11" + alnum(20, string.ascii_uppercase + string.digits) + "_" + alnum(59, B62),
        ["secret"],
    )
    add(
        S + ".keyed",
        "aws.credentials",
        js(
            {
                "AccessKeyId": "AKIA" + alnum(16, string.ascii_uppercase + "234567"),
                "SecretAccessKey": alnum(40, B64),
            }
        ),
        ["secret"],
    )
    add(S + ".keyed", "google.api_key", "AIza" + alnum(35, B62 + "-_"), ["secret"])
    add(S + ".keyed", "oauth.access_token", "ya29.a0" + alnum(150, B62 + "-_"), ["secret"])
    add(
        S + ".keyed",
        "sendgrid.key",
        "SG." + alnum(22, B62 + "-_") + "." + alnum(43, B62 + "-_"),
        ["secret"],
    )
    add(
        S + ".keyed",
        "slack.bot_token",
        f"xoxb-{digits(12)}-{digits(13)}-{alnum(24, B62)}",
        ["secret"],
    )
    add(S + ".keyed", "lk.access_token", lk_jwt(), ["secret"])
    add(
        S + ".keyed",
        "telnyx.api_key",
        "KEY" + alnum(32, string.ascii_uppercase + string.digits) + "_" + alnum(22, B62),
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "url.full",
        f"https://hooks.slack.com/services/T{alnum(10, string.ascii_uppercase + string.digits)}/B{alnum(10, string.ascii_uppercase + string.digits)}/{alnum(24, B62)}",
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "webhook.url",
        f"https://api.telegram.org/bot{R.randint(10**9, 10**10 - 1)}:AA{alnum(33, B62 + '-_')}/sendMessage",
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "http.url",
        f"https://voice.example-crm.com/hooks/inbound?token={alnum(40, B62)}",
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "db.connection_string",
        f"postgresql://app_rw:{alnum(20, B62)}@db-prod.internal:5432/calls",
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "redis.url",
        f"rediss://:{alnum(32, B62)}@cache.internal:6380/0",
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "azure.storage.connection_string",
        f"DefaultEndpointsProtocol=https;AccountName=callrecs{digits(3)};AccountKey={base64.b64encode(bytes(R.randint(0, 255) for _ in range(64))).decode()};EndpointSuffix=core.windows.net",
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "db.statement",
        f"ALTER USER reporting WITH PASSWORD '{alnum(16, B62)}!'",
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "db.query.text",
        f'CREATE USER etl IDENTIFIED BY "{alnum(14, B62)}"',
        ["secret"],
    )
    add(
        S + ".url_or_sql",
        "url.full",
        f"https://admin:{alnum(12, B62)}@grafana.internal/api/dashboards",
        ["secret"],
    )
    add(
        S + ".in_text",
        "process.command_line",
        f"mysql -h db.internal -u root -p{alnum(14, B62)} calls",
        ["secret"],
        site="resource",
    )
    add(
        S + ".in_text",
        "exception.stacktrace",
        'Traceback (most recent call last):\n  File "bot.py", line 88, in connect\n    client = Deepgram("'
        + alnum(40, HEX)
        + '")\ndeepgram.errors.DeepgramApiError: 401 INVALID_AUTH',
        ["secret"],
        site="event",
    )
    add(S + ".in_text", "log.message", f"retrying with Authorization: Bearer {jwt()}", ["secret"])
    add(
        S + ".in_text",
        "tls.private_key",
        "-----BEGIN PRIVATE KEY-----\n"
        + base64.b64encode(bytes(R.randint(0, 255) for _ in range(96))).decode()
        + "\n-----END PRIVATE KEY-----",
        ["secret"],
    )


secret_rows()


def other_value_rows() -> None:
    a, b = local()
    add(
        "pos.value.email",
        "exception.message",
        f"SMTPRecipientsRefused: {{'{a}.{b}@example.net': (550, b'mailbox unavailable')}}",
        ["email"],
        site="event",
    )
    a, b = local()
    add(
        "pos.value.email",
        "db.statement",
        f"SELECT id FROM customers WHERE email = '{a}{b}@example.org'",
        ["email"],
    )
    add(
        "pos.value.email",
        "otel.status_description",
        f"crm upsert failed: duplicate key (email)=(josé.{fk('es_MX').last_name().lower()}@correo.example)",
        ["email"],
        site="status",
    )
    add(
        "pos.value.email",
        "service.owner",
        f"{local()[0]}.{local()[1]}@example.com",
        ["email"],
        site="resource",
    )
    add("pos.value.name", "caller.cnam", full("en_US").upper(), ["name"])
    add("pos.value.name", "crm.contact.full_name", full("vi_VN"), ["name"])
    add("pos.value.name", "顧客.氏名", full("ja_JP"), ["name"])
    add(
        "pos.value.name",
        "db.statement",
        f"UPDATE contacts SET last_seen = now() WHERE name = '{full('tr_TR')}'",
        ["name"],
    )
    add(
        "pos.value.name",
        "exception.message",
        f"KeyError: 'no loyalty account for {full('pl_PL')}'",
        ["name"],
        site="event",
    )
    add(
        "pos.value.national_id",
        "log.message",
        f"kyc check passed doc=CPF num={make_cpf()}",
        ["national_id"],
    )
    add("pos.value.national_id", "customer.nik", make_nik(), ["national_id"])
    add(
        "pos.value.national_id",
        "exception.message",
        f"ValidationError: PESEL {make_pesel()} already linked to another account",
        ["national_id"],
        site="event",
    )
    add("pos.value.ssn", "applicant.ssn", make_ssn(), ["ssn"])
    add("pos.value.dob", "customer.birth_date", birth_date().isoformat(), ["dob"])
    add("pos.value.dob", "cliente.fecha_nacimiento", f"{birth_date():%d/%m/%Y}", ["dob"])
    add(
        "pos.value.address",
        "shipping.address",
        fk("id_ID").address().replace("\n", ", "),
        ["address"],
    )
    add(
        "pos.value.card",
        "log.message",
        f"charge declined card={TEST_CARDS[9]} reason=insufficient_funds",
        ["card"],
    )
    add(
        "pos.value.iban",
        "exception.message",
        f"PayoutError: IBAN {make_iban('TR')} rejected by bank",
        ["iban"],
        site="event",
    )
    add(
        "pos.value.bank_account",
        "payout.destination",
        js({"routing_number": make_rtn(), "account_number": digits(11)}),
        ["bank_account"],
    )


other_value_rows()


# ================================================================ hard negatives
MISC_TOPICS = {
    "timestamp": ("event.time", "http.response.header.date", "call.started_at_ns", "subscription."),
    "duration": ("getpatter.endpoint", "patter.latency", "call.duration", "rtp."),
    "metric": ("patter.cost", "billing.", "getpatter.stt.", "http.response.status_code"),
    "audio": ("audio.", "tts.output_format", "sdp."),
    "model_voice": (
        "gen_ai.request.model",
        "gen_ai.response.model",
        "stt.model",
        "tts.voice",
        "lk.agent_name",
    ),
    "instructions": ("gen_ai.system_instructions", "lk.instructions"),
    "region": ("cloud.region", "cloud.availability_zone"),
    "business_place": ("store.", "branch."),
    "company": ("org.name", "company."),
    "patter_meta": ("getpatter.", "patter.", "tool.result"),
    "anonymous_caller": ("caller.number", "sip.from_display"),
    "url": ("http.route", "url.full"),
    "sql": ("db.statement",),
    "payment_meta": ("payment.", "bank."),
    "infra": ("user_agent.", "k8s.", "cloud.account", "ntp."),
}


def negative_rows() -> None:
    N = "neg.value"
    add(N + ".trace_id", "trace_id", alnum(32, HEX))
    add(N + ".trace_id", "span_id", alnum(16, HEX))
    add(N + ".trace_id", "traceparent", f"00-{alnum(32, HEX)}-{alnum(16, HEX)}-01")
    add(
        N + ".uuid",
        "getpatter.call.id",
        f"{alnum(8, HEX)}-{alnum(4, HEX)}-4{alnum(3, HEX)}-a{alnum(3, HEX)}-{alnum(12, HEX)}",
    )
    add(
        N + ".uuid",
        "patter.call_id",
        f"{alnum(8, HEX)}-{alnum(4, HEX)}-4{alnum(3, HEX)}-b{alnum(3, HEX)}-{alnum(12, HEX)}",
    )
    add(N + ".ulid", "lk.speech_id", "01J" + alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
    add(N + ".ulid", "session.id", "01K" + alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
    add(N + ".provider_id", "twilio.call_sid", "CA" + alnum(32, HEX))
    add(N + ".provider_id", "telnyx.call_control_id", "v3:" + alnum(44, B62 + "-_"))
    add(N + ".provider_id", "gen_ai.response.id", "chatcmpl-" + alnum(29, B62))
    add(N + ".provider_id", "gen_ai.tool.call.id", "call_" + alnum(24, B62))
    add(N + ".provider_id", "sip.call_id", f"{alnum(32, HEX)}@10.0.2.14")
    add(N + ".provider_id", "elevenlabs.request_id", alnum(20, B62))
    # Luhn-valid numbers under id keys, in card issuer ranges.
    for key in ("order.id", "invoice.number", "ticket.id", "shipment.id", "loyalty.member_id"):
        add(N + ".luhn_id", key, luhn_complete(R.choice(["4", "5", "37", "6011"]), 16))
    add(N + ".luhn_id", "batch.id", int(luhn_complete("4", 16)))
    add(N + ".luhn_id", "device.imei", luhn_complete("35" + digits(6), 15))
    add(N + ".luhn_id", "sim.iccid", luhn_complete("8991", 19))
    # Shapes of personal data that are the business's own references.
    add(
        N + ".sku",
        "product.sku",
        f"{R.randint(100, 665)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}",
    )
    add(N + ".sku", "order.reference", f"555-{R.randint(100, 999)}-{R.randint(1000, 9999)}")
    add(N + ".sku", "warehouse.bin", f"JT {digits(2)} {digits(2)} {digits(2)} B")
    add(N + ".sku", "product.ean", luhn_complete("789", 13))
    add(N + ".sku", "booking.code", f"PNR-{alnum(6, string.ascii_uppercase)}")
    add(
        N + ".sku",
        "tracking.number",
        f"1Z{alnum(6, string.ascii_uppercase + string.digits)}{digits(10)}",
    )
    add(N + ".sku", "invoice.ref", f"DE{digits(2)} INV {digits(4)} {digits(4)}")
    add(N + ".sku", "order.number", "4242-" + digits(4) + "-" + digits(4))
    add(N + ".version", "service.version", "2.14.0-rc.3+build.8812")
    add(N + ".version", "process.runtime.version", "3.12.7", site="resource")
    add(N + ".infra", "host.name", "ip-10-0-3-17.ap-southeast-1.compute.internal", site="resource")
    add(N + ".infra", "service.name", "voice-bot-ph", site="resource")
    add(N + ".infra", "deployment.environment", "staging", site="resource")
    add(N + ".infra", "server.address", "api.deepgram.com")
    add(N + ".version", "telemetry.sdk.version", "1.38.0", site="resource")
    add(N + ".version", "firmware.version", "10.2.3.45")
    add(N + ".version", "app.build", "2026.11.28.1402")
    add(N + ".build_hash", "vcs.revision", alnum(40, HEX), site="resource")
    add(N + ".build_hash", "container.image.id", "sha256:" + alnum(64, HEX), site="resource")
    # Addresses that are nobody's: documentation, private, loopback, edges under peer keys.
    for key, ip in [
        ("server.address", "192.0.2.44"),
        ("net.host.ip", "10.12.0.7"),
        ("network.local.address", "172.20.3.9"),
        ("server.address", "198.51.100.23"),
        ("network.peer.address", "203.0.113.80"),
        ("net.sock.host.addr", "127.0.0.1"),
        ("network.local.address", "fe80::1c2a:9ff:fe3b:12"),
        ("server.address", "2001:db8:85a3::8a2e:370:7334"),
        ("network.local.address", "fd12:3456:789a::2"),
        ("host.ip", "169.254.169.254"),
    ]:
        add(N + ".server_ip", key, ip)
    add(
        N + ".ice_host",
        "webrtc.local_candidate",
        f"candidate:1 1 udp 2122260223 192.168.0.{R.randint(2, 250)} 51234 typ host generation 0",
    )
    add(
        N + ".ice_host",
        "webrtc.remote_candidate",
        f"candidate:2 1 udp 2122260223 {alnum(8, HEX)}-{alnum(4, HEX)}-4{alnum(3, HEX)}-8{alnum(3, HEX)}-{alnum(12, HEX)}.local 61002 typ host",
    )
    for key, ip in [
        ("network.peer.address", "54.172.60.12"),
        ("net.peer.ip", "74.125.250.129"),
        ("server.address", "104.16.132.229"),
        ("network.peer.address", "168.86.128.50"),
    ]:
        add(N + ".cloud_edge", key, ip)
    # The business's own published lines.
    add(N + ".org_contact", "patter.agent.phone_number", "+18005550199")
    add(N + ".org_contact", "sip.trunk.number", "+44 20 7946 0000")
    add(N + ".org_contact", "org.support_phone", "0808 157 0192")
    add(N + ".org_contact", "twilio.to", "+15005550006")
    add(N + ".org_contact", "org.support_email", "support@example.com")
    add(N + ".org_contact", "outbound.caller_id", "+61 1900 654 321")
    # Masks, redactions, hashes, references.
    for key, v in [
        ("openai.api_key", "sk-…ed"),
        ("config.deepgram_key", "${DEEPGRAM_API_KEY}"),
        ("http.request.header.authorization", ["Bearer ***"]),
        ("elevenlabs.api_key", "sk_****************************9f2c"),
        ("twilio.auth_token", "********"),
    ]:
        add(N + ".masked_key", key, v)
    for key, v in [
        ("customer.phone", "<PHONE>"),
        ("customer.email", "[REDACTED]"),
        ("payment.card", "**** **** **** 4242"),
        ("customer.ssn", "***-**-6789"),
        ("caller.number", "+1 ***-***-**71"),
        ("customer.name", "[PERSON]"),
    ]:
        add(N + ".redaction", key, v)
    add(N + ".hash", "caller.number_hash", "sha256:" + alnum(64, HEX))
    add(N + ".hash", "dedupe.key", "md5:" + alnum(32, HEX))
    add(N + ".hash", "http.response.header.etag", [f'W/"{alnum(27, B62)}"'])
    # Provider error bodies and stack traces with no personal data.
    for key, v, site in [
        (
            "exception.message",
            "openai.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o-mini in organization org-"
            + alnum(24, B62)
            + " on tokens per min (TPM): Limit 200000, Used 199812, Requested 514.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
            "event",
        ),
        (
            "exception.message",
            'DeepgramApiError: 400 Bad Request: {"err_code":"Bad Request","err_msg":"Unsupported encoding: mulaw at 16000 Hz"}',
            "event",
        ),
        (
            "otel.status_description",
            "elevenlabs: quota_exceeded: This request exceeds your quota of 100000 characters.",
            "status",
        ),
        (
            "otel.status_description",
            "Twilio 21217: Phone number is not a valid SMS-capable or voice-capable number",
            "status",
        ),
        (
            "exception.message",
            "anthropic.InternalServerError: Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}",
            "event",
        ),
        (
            "exception.stacktrace",
            'Traceback (most recent call last):\n  File "/app/pipeline.py", line 214, in run\n    await self._tts.flush()\n  File "/app/tts.py", line 77, in flush\n    raise asyncio.TimeoutError()\nTimeoutError',
            "event",
        ),
        (
            "otel.status_description",
            "DEADLINE_EXCEEDED: speech recognition stream exceeded 305 seconds",
            "status",
        ),
        (
            "log.message",
            "websocket reconnect attempt=3 backoff_ms=800 provider=cartesia",
            "attribute",
        ),
        ("exception.type", "getpatter.errors.ProviderConnectionError", "event"),
        ("otel.status_description", "Telnyx 90018: Call has already ended", "status"),
    ]:
        add(N + ".provider_error", key, v, site=site)
    # Timestamps, durations, costs, audio, models, regions, places, company.
    for key, v in [
        ("event.time", "2026-11-30T14:22:05.118Z"),
        ("http.response.header.date", ["Mon, 30 Nov 2026 14:22:05 GMT"]),
        ("call.started_at_ns", 1796049725118000000),
        ("subscription.renews_on", "2027-01-15"),
        ("getpatter.endpoint.silence_ms", 640),
        ("patter.latency.turn_ms", 1184.6),
        ("call.duration", "PT4M12S"),
        ("patter.cost.telephony_minutes", 4.2),
        ("patter.cost.llm_input_tokens", 18422),
        ("billing.cost_usd", 0.0734),
        ("patter.cost.tts_chars", 1312),
        ("getpatter.stt.confidence", 0.93),
        ("getpatter.stt.text_len", 47),
        ("audio.codec", "PCMU"),
        ("audio.sample_rate", 8000),
        ("tts.output_format", "pcm_24000"),
        ("sdp.media", "m=audio 49170 RTP/AVP 0 8 101\r\na=rtpmap:101 telephone-event/8000"),
        ("gen_ai.request.model", "gpt-4o-mini-2024-07-18"),
        ("gen_ai.response.model", "claude-sonnet-4-5"),
        ("stt.model", "nova-3"),
        ("tts.voice", "Rachel"),
        ("lk.agent_name", "Aurora"),
        ("cloud.region", "ap-southeast-1"),
        ("cloud.availability_zone", "sa-east-1a"),
        ("store.city", "Lisbon"),
        ("store.city", "Quezon City"),
        ("store.city", "Surabaya"),
        ("store.city", "İzmir"),
        ("branch.name", "Jollibee SM Megamall"),
        ("org.name", "Tienda Los Andes S.A. de C.V."),
        ("company.name", "Bukalapak"),
        ("getpatter.call.direction", "inbound"),
        ("getpatter.call.provider_mode", "pipeline"),
        ("getpatter.tool.name", "lookup_order"),
        ("getpatter.tool.transport", "http"),
        ("tool.result", "{}"),
        ("caller.number", "anonymous"),
        ("sip.from_display", "restricted"),
        ("http.route", "/v1/calls/{call_id}/events"),
        ("url.full", "https://api.example.com/v1/stores?city=Manila&open_now=true"),
        ("db.statement", "SELECT id, status FROM orders WHERE id = $1"),
        ("db.statement", "UPDATE users SET password_hash = $1 WHERE id = $2"),
        ("payment.card.last4", "4242"),
        ("payment.card.brand", "visa"),
        ("bank.bic", "DEUTDEFF"),
        ("user_agent.original", "Twilio.TwilioMediaStreams/1.0"),
        ("k8s.pod.name", "voice-agent-7d9f8c6b5-x2kqp"),
        ("cloud.account.id", "123456789012"),
        (
            "gen_ai.system_instructions",
            "You are Aurora, the phone assistant of Casa Verde. Answer about hours, menu and bookings only. Never ask for card numbers.",
        ),
        ("lk.instructions", "Sé amable y breve. Confirma siempre el número de pedido."),
        ("http.response.status_code", 503),
        ("rtp.jitter_ms", 12.5),
        ("ntp.server", "time.google.com"),
        ("subscription.order_created", "2026-03-14"),
        ("store.geo", "14.5547,121.0244"),
        ("patter.side", "uut"),
        ("patter.telephony", "twilio"),
        ("patter.stt.provider", "deepgram"),
        ("patter.direction", "outbound"),
        ("getpatter.llm.history_size", 12),
        ("billing.currency", "PHP"),
        ("audio.language", "fil-PH"),
        (
            "url.full",
            "https://api.deepgram.com/v1/listen?model=nova-3&encoding=mulaw&sample_rate=8000",
        ),
        ("user_agent.sip", "Telnyx SIP Gateway"),
        ("payment.error_type", "InvalidPhoneNumber"),
        ("k8s.namespace.name", "voice-prod"),
        ("cloud.account.name", "callcenter-apac"),
        ("store.phone_extension", "4012"),
        ("payment.ivr_menu_path", "1-2-2-0"),
        ("db.statement", "INSERT INTO call_events (call_id, kind, at) VALUES ($1, $2, now())"),
        ("url.full", "https://status.twilio.com/api/v2/summary.json"),
    ]:
        site = "resource" if key.startswith(("cloud.", "k8s.")) else "attribute"
        topic = next(t for t, starts in MISC_TOPICS.items() if key.startswith(starts))
        if topic == "instructions":
            # A system prompt is LLM input: content, though the developer wrote it.
            add("neg.free_text.instructions", key, v)
        else:
            add(N + "." + topic, key, v, site=site)


negative_rows()


# ================================================================ write
def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("pii_corpus_h.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


main()
