# ruff: noqa: E501  (a data script: its sentences and tokens read best on one line)
"""Write ``pii_corpus_g.jsonl``: a held-out corpus for both PII questions, written blind.

Run ``python tests/data/make_pii_corpus_g.py [PATH]`` to rewrite the file (or write PATH)
byte for byte. It needs Faker, phonenumbers and python-stdnum (the releases in ``PINNED``; others may draw other
values, and the script warns). Nothing here reads today's date: every date is drawn from the
seeded generator, and Faker is used only for names, street parts and e-mail local parts.

Each row is one value as a span would hold it: ``id`` (row number from 1), ``class``
(``pos|neg . free_text|tool_payload|value . topic[.suffix]``), ``site`` (``attribute``,
``event``, ``status``, ``resource``), ``key``, ``value``, ``kinds`` (personal-data kinds
only) and ``content`` (true for conversation content). The suffix names the language of
the words, or for identifiers the issuing country.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import os
import random
import string
import subprocess
import sys
import warnings
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path
from typing import Any

import phonenumbers
from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn

OUT = Path(__file__).with_name("pii_corpus_g.jsonl")
SEED = 20261206
PINNED = {"faker": "40.63.0", "phonenumbers": "9.0.43", "python-stdnum": "2.2"}

RNG = random.Random(SEED)
KINDS = {
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
}
ROWS: list[dict[str, Any]] = []


def add(
    cls: str,
    key: str,
    value: Any,
    kinds: tuple[str, ...] | list[str] = (),
    *,
    site: str = "attribute",
    content: bool | None = None,
) -> None:
    """Append one row; the content flag follows the class's second part."""
    parts = cls.split(".")
    is_content = parts[1] in ("free_text", "tool_payload")
    if content is not None:
        assert content == is_content, cls
    assert parts[0] == ("pos" if kinds else "neg"), (cls, kinds)
    assert set(kinds) <= KINDS, kinds
    assert site in ("attribute", "event", "status", "resource")
    ROWS.append(
        {
            "id": len(ROWS) + 1,
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds)),
            "content": is_content,
        }
    )


def pick(seq: list[Any] | tuple[Any, ...]) -> Any:
    """One element, drawn from the corpus's own generator."""
    return seq[RNG.randrange(len(seq))]


def chars(alphabet: str, n: int) -> str:
    """``n`` random characters of ``alphabet``."""
    return "".join(RNG.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    """``n`` random decimal digits."""
    return chars(string.digits, n)


HEX = "0123456789abcdef"
B62 = string.ascii_letters + string.digits
B64URL = B62 + "-_"


def jdump(obj: Any) -> str:
    """JSON as exporters write it: compact, non-ASCII kept."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def messages(*turns: tuple[str, str]) -> str:
    """A GenAI ``gen_ai.input.messages`` value: a JSON list of role/parts messages."""
    return jdump([{"role": r, "parts": [{"type": "text", "content": c}]} for r, c in turns])


def out_message(text: str) -> str:
    """A GenAI ``gen_ai.output.messages`` value."""
    return jdump(
        [
            {
                "role": "assistant",
                "parts": [{"type": "text", "content": text}],
                "finish_reason": "stop",
            }
        ]
    )


# --- people -------------------------------------------------------------------------

FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    """A seeded Faker for one locale (seeded once, in first-use order)."""
    if locale not in FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + len(FAKERS))
        FAKERS[locale] = f
    return FAKERS[locale]


def person(locale: str) -> tuple[str, str]:
    """A (given name, surname) pair from Faker's lists for ``locale``."""
    f = fk(locale)
    return f.first_name(), f.last_name()


MONTHS = {
    "en": "january february march april may june july august september october november december",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "ms": "januari februari mac april mei jun julai ogos september oktober november disember",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "tl": "enero pebrero marso abril mayo hunyo hulyo agosto setyembre oktubre nobyembre disyembre",
    "sw": "januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba",
}


def birth() -> tuple[int, int, int]:
    """A birth date (year, month, day) of an adult caller; days stop at 28."""
    return RNG.randint(1938, 2004), RNG.randint(1, 12), RNG.randint(1, 28)


def month(lang: str, m: int) -> str:
    """The month's name in ``lang``."""
    return MONTHS[lang].split()[m - 1]


WORDS = {
    "en": "zero one two three four five six seven eight nine",
    "es": "cero uno dos tres cuatro cinco seis siete ocho nueve",
    "it": "zero uno due tre quattro cinque sei sette otto nove",
    "pt": "zero um dois três quatro cinco seis sete oito nove",
    "fr": "zéro un deux trois quatre cinq six sept huit neuf",
    "de": "null eins zwei drei vier fünf sechs sieben acht neun",
    "nl": "nul een twee drie vier vijf zes zeven acht negen",
    "ms": "kosong satu dua tiga empat lima enam tujuh lapan sembilan",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "sv": "noll ett två tre fyra fem sex sju åtta nio",
    "pl": "zero jeden dwa trzy cztery pięć sześć siedem osiem dziewięć",
    "tr": "sıfır bir iki üç dört beş altı yedi sekiz dokuz",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννιά",
    "tl": "zero isa dalawa tatlo apat lima anim pito walo siyam",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "fi": "nolla yksi kaksi kolme neljä viisi kuusi seitsemän kahdeksan yhdeksän",
    "vi": "không một hai ba bốn năm sáu bảy tám chín",
}


def spoken(number: str, lang: str) -> str:
    """Digits of ``number`` read one by one, as STT writes them."""
    w = WORDS[lang].split()
    return " ".join(w[int(c)] for c in number if c.isdigit())


EN_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
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
]
EN_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES_DAYS = [
    "_",
    "uno",
    "dos",
    "tres",
    "cuatro",
    "cinco",
    "seis",
    "siete",
    "ocho",
    "nueve",
    "diez",
    "once",
    "doce",
    "trece",
    "catorce",
    "quince",
    "dieciséis",
    "diecisiete",
    "dieciocho",
    "diecinueve",
    "veinte",
    "veintiuno",
    "veintidós",
    "veintitrés",
    "veinticuatro",
    "veinticinco",
    "veintiséis",
    "veintisiete",
    "veintiocho",
]


def en_words(n: int) -> str:
    """0-99 in English words, as STT writes a spoken year half."""
    if n < 20:
        return EN_ONES[n]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else " " + EN_ONES[n % 10])


def en_year(y: int) -> str:
    """A year as people say it: nineteen seventy eight, two thousand three."""
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " " + en_words(y - 2000))
    lo = y % 100
    return (
        f"nineteen {'hundred' if lo == 0 else ('oh ' + EN_ONES[lo] if lo < 10 else en_words(lo))}"
    )


def phone(region: str) -> phonenumbers.PhoneNumber:
    """libphonenumber's mobile example for ``region``, last two digits varied, still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = str(ex.national_number)
    for _ in range(200):
        cand = phonenumbers.PhoneNumber(
            country_code=ex.country_code, national_number=int(base[:-2] + digits(2))
        )
        if phonenumbers.is_valid_number(cand):
            return cand
    return ex


def fmt(num: phonenumbers.PhoneNumber, style: str) -> str:
    """Format a number: ``e164``, ``intl`` or ``national``."""
    f = {
        "e164": phonenumbers.PhoneNumberFormat.E164,
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "national": phonenumbers.PhoneNumberFormat.NATIONAL,
    }[style]
    return phonenumbers.format_number(num, f)


def public_ipv4() -> str:
    """A random global unicast IPv4 address outside documentation and shared ranges."""
    while True:
        a = ipaddress.IPv4Address(RNG.randint(0x05000000, 0xDEFFFFFF))
        if a.is_global and not a.is_multicast:
            return str(a)


def public_ipv6() -> str:
    """A random global IPv6 address in 2a00::/12 (RIPE space), not documentation."""
    groups = [f"2a0{RNG.randint(1, 9)}", *(f"{RNG.randint(0, 0xFFFF):x}" for _ in range(7))]
    return str(ipaddress.IPv6Address(":".join(groups)))


# --- valid identifiers (python-stdnum checks every one) ----------------------------


def valid(module: Any, make: Callable[[], str], tail: str = string.digits) -> str:
    """A value ``module.is_valid`` accepts: ``make()`` gives all but the last character."""
    for _ in range(500):
        stem = make()
        for c in tail:
            if module.is_valid(stem + c):
                return stem + c
    raise RuntimeError(f"no valid {module.__name__}")


def ymd6(y: int, m: int, d: int) -> str:
    """``yymmdd``."""
    return f"{y % 100:02d}{m:02d}{d:02d}"


def national_ids() -> list[tuple[str, str, str]]:
    """(country, scheme, formatted value) for many countries, check digits computed."""
    from stdnum.br import cpf
    from stdnum.cn import ric
    from stdnum.cz import rc
    from stdnum.de import idnr
    from stdnum.dk import cpr
    from stdnum.es import dni, nie
    from stdnum.fi import hetu
    from stdnum.fr import nir
    from stdnum.gb import nhs
    from stdnum.gr import amka
    from stdnum.il import idnr as il_id
    from stdnum.in_ import aadhaar, pan
    from stdnum.it import codicefiscale
    from stdnum.kr import rrn
    from stdnum.mx import curp
    from stdnum.my import nric
    from stdnum.nl import bsn
    from stdnum.no import fodselsnummer
    from stdnum.pk import cnic
    from stdnum.pl import pesel
    from stdnum.ro import cnp
    from stdnum.ru import inn
    from stdnum.se import personnummer
    from stdnum.th import pin
    from stdnum.tr import tckimlik
    from stdnum.ua import rntrc
    from stdnum.us import ssn
    from stdnum.za import idnr as za_id

    up = string.ascii_uppercase
    out: list[tuple[str, str, str]] = []

    def b() -> tuple[int, int, int]:
        return birth()

    y, m, d = b()
    v = valid(
        codicefiscale,
        lambda: (
            chars("BCDFGLMNPRSTVZ", 6)
            + f"{y % 100:02d}"
            + "ABCDEHLMPRST"[m - 1]
            + f"{d + pick([0, 40]):02d}"
            + pick(["H501", "F205", "F839", "L219", "G273"])
        ),
        up,
    )
    out.append(("it", "codice fiscale", v))
    v = valid(bsn, lambda: digits(8))
    out.append(("nl", "BSN", v))
    y, m, d = b()
    sexes = "56" if y >= 2000 else "12"
    v = valid(cnp, lambda: pick(sexes) + ymd6(y, m, d) + f"{RNG.randint(1, 46):02d}" + digits(3))
    out.append(("ro", "CNP", v))
    y, m, d = b()
    v = valid(amka, lambda: f"{d:02d}{m:02d}{y % 100:02d}" + digits(4))
    out.append(("gr", "AMKA", v))
    y, m, d = b()
    sep = "-" if y < 2000 else "A"
    v = valid(
        hetu,
        lambda: f"{d:02d}{m:02d}{y % 100:02d}{sep}{RNG.randint(2, 899):03d}",
        "0123456789ABCDEFHJKLMNPRSTUVWXY",
    )
    out.append(("fi", "henkilötunnus", v))
    y, m, d = b()
    v = valid(personnummer, lambda: ymd6(y, m, d) + "-" + digits(3))
    out.append(("se", "personnummer", v))
    y, m, d = b()
    v = valid(cpr, lambda: f"{d:02d}{m:02d}{y % 100:02d}-" + digits(3))
    out.append(("dk", "CPR", v))
    y, m, d = b()
    v = valid(
        fodselsnummer,
        lambda: (
            f"{d:02d}{m:02d}{y % 100:02d}"
            + f"{RNG.randint(0, 499) if y < 2000 else RNG.randint(500, 999):03d}"
            + digits(1)
        ),
    )
    out.append(("no", "fødselsnummer", v))
    y, m, d = b()
    mm = m + (20 if y >= 2000 else 0)
    v = valid(pesel, lambda: f"{y % 100:02d}{mm:02d}{d:02d}" + digits(4))
    out.append(("pl", "PESEL", v))
    y, m, d = b()
    y = max(y, 1954)
    v = valid(rc, lambda: f"{y % 100:02d}{m + pick([0, 50]):02d}{d:02d}/" + digits(3))
    out.append(("cz", "rodné číslo", v))
    v = valid(tckimlik, lambda: str(RNG.randint(1, 9)) + digits(9))
    out.append(("tr", "T.C. kimlik no", v))
    v = valid(cpf, lambda: digits(10))
    out.append(("br", "CPF", cpf.format(v)))
    v = valid(aadhaar, lambda: str(RNG.randint(2, 9)) + digits(10))
    out.append(("in", "Aadhaar", aadhaar.format(v)))
    v = chars(up, 3) + "P" + chars(up, 1) + digits(4) + chars(up, 1)
    assert pan.is_valid(v)
    out.append(("in", "PAN", v))
    y, m, d = b()
    v = valid(
        curp,
        lambda: (
            chars("BCDFGHJKLMNPRSTVZ", 1)
            + pick("AEIOU")
            + chars("BCDFGLMNPRSTVZ", 2)
            + ymd6(y, m, d)
            + pick("HM")
            + pick(["DF", "JC", "NL", "PL", "VZ", "YN"])
            + chars("BCDFGLMNPRSTVZ", 3)
            + ("0" if y < 2000 else "A")
        ),
    )
    out.append(("mx", "CURP", v))
    v = valid(dni, lambda: digits(8), up)
    out.append(("es", "DNI", v))
    v = valid(nie, lambda: pick("XYZ") + digits(7), up)
    out.append(("es", "NIE", v))
    v = valid(nhs, lambda: str(RNG.randint(4, 6)) + digits(8))
    out.append(("gb", "NHS number", nhs.format(v)))
    y, m, d = b()
    v = valid(
        ric,
        lambda: pick(["110101", "310104", "440305", "510107"]) + f"{y}{m:02d}{d:02d}" + digits(3),
        string.digits + "X",
    )
    out.append(("cn", "居民身份证号", v))
    y, m, d = b()
    v = valid(
        rrn, lambda: ymd6(y, m, d) + "-" + (pick("12") if y < 2000 else pick("34")) + digits(5)
    )
    out.append(("kr", "주민등록번호", v))
    v = valid(il_id, lambda: digits(8))
    out.append(("il", "teudat zehut", v))
    v = valid(pin, lambda: str(RNG.randint(1, 8)) + digits(11))
    out.append(("th", "เลขประจำตัวประชาชน", pin.format(v)))
    v = valid(inn, lambda: pick(["77", "78", "50", "66"]) + digits(9))
    if len(v) != 12:
        v = valid(inn, lambda: pick(["77", "78"]) + digits(9))
    out.append(("ru", "ИНН", v))
    v = valid(rntrc, lambda: digits(9))
    out.append(("ua", "РНОКПП", v))
    y, m, d = b()
    v = ymd6(y, m, d) + "-" + pick(["01", "08", "10", "14"]) + "-" + digits(4)
    assert nric.is_valid(v), v
    out.append(("my", "MyKad", v))
    v = pick(["35202", "42101", "61101"]) + "-" + digits(7) + "-" + str(RNG.randint(1, 9))
    assert cnic.is_valid(v), v
    out.append(("pk", "CNIC", v))
    y, m, d = b()
    v = valid(za_id, lambda: ymd6(y, m, d) + digits(4) + "08")
    out.append(("za", "ID number", v))
    v = fr_nir()
    assert nir.is_valid(v), v
    out.append(("fr", "NIR", v))
    v = valid(idnr, lambda: str(RNG.randint(1, 9)) + digits(9))
    out.append(("de", "Steuer-ID", idnr.format(v)))
    while True:
        v = f"{RNG.randint(100, 665):03d}-{RNG.randint(1, 99):02d}-{RNG.randint(1, 9999):04d}"
        if ssn.is_valid(v):
            break
    out.append(("us", "SSN", v))
    return out


def fr_nir() -> str:
    """A French NIR with its two-digit key (97 - number mod 97)."""
    y, m, _ = birth()
    body = pick("12") + f"{y % 100:02d}{m:02d}" + pick(["75", "69", "13"]) + digits(6)
    return f"{body}{97 - int(body) % 97:02d}"


def iban(country: str, bban: Callable[[], str]) -> str:
    """A valid IBAN of ``country`` with a random BBAN (national checks included)."""
    for _ in range(2000):
        b = bban()
        check = std_iban.calc_check_digits(country + "00" + b)
        v = country + check + b
        if std_iban.is_valid(v):
            return v
    raise RuntimeError(country)


def luhn_card(prefix: str, length: int) -> str:
    """A Luhn-valid number inside an issuer range."""
    stem = prefix + digits(length - len(prefix) - 1)
    return stem + luhn.calc_check_digit(stem)


def grouped(card: str) -> str:
    """A 16-digit card number in four groups of four."""
    return " ".join(card[j : j + 4] for j in range(0, 16, 4))


def rtn() -> str:
    """A US ABA routing number with a valid checksum."""
    from stdnum.us import rtn as us_rtn

    return valid(
        us_rtn, lambda: pick(["011", "021", "026", "044", "061", "071", "121", "122"]) + digits(5)
    )


def cz_account() -> str:
    """A Czech account number (prefix-number/bank) whose mod-11 checks hold."""
    from stdnum.cz import bankaccount

    for _ in range(5000):
        v = f"{RNG.randint(0, 99)}-{RNG.randint(10**8, 10**10 - 1)}/0800"
        if bankaccount.is_valid(v):
            return v
    raise RuntimeError("no valid Czech account number")


def no_account() -> str:
    """A Norwegian account number with its mod-11 check digit, grouped 4.2.5."""
    from stdnum.no import kontonr

    return kontonr.format(valid(kontonr, lambda: digits(10)))


def jwt(claims: dict[str, Any]) -> str:
    """A JWT shape: real base64url header and claims, random signature."""

    def enc(o: Any) -> str:
        return base64.urlsafe_b64encode(jdump(o).encode()).decode().rstrip("=")

    return f"{enc({'alg': 'HS256', 'typ': 'JWT'})}.{enc(claims)}.{chars(B64URL, 43)}"


# --- where content sits -------------------------------------------------------------

# Keys an exporter puts a caller's words under (the site is "attribute" unless noted).
HEARD = [
    "transcript",  # Pipecat STT span
    "lk.user_transcript",
    "lk.user_input",
    "getpatter.stt.text",  # would be a leak under Patter's contract
    "llm.input_messages.1.message.content",  # OpenInference
    "gen_ai.prompt.1.content",
    "input.value",
]
SAID = [
    "text",  # Pipecat TTS span
    "lk.response.text",
    "lk.input_text",
    "getpatter.tts.text",
    "output",  # Pipecat LLM span
    "llm.output_messages.0.message.content",
    "gen_ai.completion.0.content",
    "output.value",
]
ARGS = [
    "gen_ai.tool.call.arguments",
    "lk.function_tool.arguments",
    "getpatter.tool.arguments",
    "llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments",
    "tool.arguments",
]
RESULTS = [
    "gen_ai.tool.call.result",
    "lk.function_tool.output",
    "getpatter.tool.result",
    "tool.result",
]


def heard(i: int) -> str:
    """Cycle the caller-side content keys."""
    return HEARD[i % len(HEARD)]


def said(i: int) -> str:
    """Cycle the agent-side content keys."""
    return SAID[i % len(SAID)]


def clean_content() -> None:
    """Conversation content that reveals nothing personal (~25% of the corpus)."""
    short = [
        ("en", "mm-hmm"),
        ("en", "ok"),
        ("en", "uh yeah that's fine"),
        ("en", "can you repeat that"),
        ("en", "what time do you close on sundays"),
        ("en", "no no the other one the large"),
        ("en", "sorry i i didn't catch that"),
        ("es", "vale perfecto"),
        ("es", "eh a qué hora abren mañana"),
        ("fr", "d'accord merci beaucoup"),
        ("fr", "euh vous livrez le dimanche"),
        ("de", "ja genau"),
        ("de", "äh wie lange dauert die lieferung"),
        ("it", "sì sì va bene"),
        ("it", "ehm a che ora chiudete stasera"),
        ("it", "vorrei una margherita no scusi una diavola"),
        ("nl", "ja hoor prima"),
        ("nl", "eh hoe laat gaan jullie open morgen"),
        ("pt", "obrigado tchau"),
        ("pt", "é tem opção sem glúten"),
        ("ro", "da mulțumesc"),
        ("ro", "la ce oră se închide magazinul"),
        ("el", "ναι εντάξει"),
        ("el", "τι ώρα κλείνετε το σάββατο"),
        ("ru", "ага понятно"),
        ("ru", "а доставка сколько стоит"),
        ("uk", "так дякую"),
        ("pl", "no dobrze to poproszę"),
        ("cs", "jo díky moc"),
        ("ms", "ok terima kasih ya"),
        ("ms", "kedai buka pukul berapa esok"),
        ("id", "iya mbak betul"),
        ("id", "ada menu vegetarian nggak"),
        ("tl", "sige po salamat"),
        ("tl", "bukas po ba kayo ng linggo"),
        ("vi", "dạ vâng ạ"),
        ("vi", "cho em hỏi mấy giờ đóng cửa"),
        ("th", "ค่ะ ได้ค่ะ"),
        ("th", "ร้านเปิดกี่โมงคะ"),
        ("bn", "হ্যাঁ ঠিক আছে"),
        ("bn", "আপনারা কি রবিবার খোলা থাকেন"),
        ("hi", "हाँ जी ठीक है"),
        ("hi", "डिलीवरी में कितना टाइम लगेगा"),
        ("ur", "جی ٹھیک ہے شکریہ"),
        ("ur", "آپ کی دکان کب تک کھلی ہے"),
        ("fa", "بله ممنون"),
        ("fa", "ساعت کاری فروشگاه چنده"),
        ("ar", "تمام شكرا"),
        ("ar", "متى تفتحون يوم الجمعة"),
        ("he", "כן בסדר תודה"),
        ("he", "עד איזו שעה אתם פתוחים"),
        ("tr", "tamam teşekkürler"),
        ("tr", "paket servis var mı"),
        ("fi", "joo kiitos"),
        ("fi", "milloin te suljette tänään"),
        ("hu", "igen köszönöm"),
        ("hu", "meddig vannak nyitva szombaton"),
        ("sv", "ja tack det blir bra"),
        ("sv", "hur lång är leveranstiden"),
        ("da", "ja tak"),
        ("da", "har i åbent på søndag"),
        ("no", "ja takk"),
        ("no", "hvor lenge er dere åpne i dag"),
        ("am", "አዎ እሺ አመሰግናለሁ"),
        ("am", "ሱቁ ስንት ሰዓት ይከፈታል"),
        ("yo", "bẹẹni o ṣeun"),
        ("yo", "ṣe ẹ ṣi ilẹkun ni ọjọ aiku"),
        ("sw", "sawa asante sana"),
        ("sw", "mnafunga saa ngapi leo"),
        ("ja", "はい、大丈夫です"),
        ("ja", "えっと日曜日は営業してますか"),
        ("ko", "네 알겠습니다"),
        ("ko", "배달 시간이 얼마나 걸려요"),
        ("zh", "好的谢谢"),
        ("zh", "你们周日几点开门"),
    ]
    for i, (lang, text) in enumerate(short):
        add(f"neg.free_text.utterance.{lang}", heard(i), text, content=True)
    # clean words that carry numbers, dates and places that point at no one
    tricky = [
        ("en", "table for four at eight thirty please"),
        ("en", "order number four five one two seven"),
        ("en", "i'd like to book for the twelfth of march"),
        ("en", "is the paris store open on christmas day"),
        ("en", "the product code is a b c dash one two three"),
        ("en", "can i just speak to a human"),
        ("de", "am 3. Mai um 14 Uhr passt mir gut"),
        ("it", "il volo è alle sette e quarantacinque"),
        ("es", "son dos de jamón y una de tortilla"),
        ("nl", "lijn twaalf richting centraal station"),
        ("fr", "la boutique de lyon est fermée le lundi"),
        ("pt", "quero dois hambúrgueres sem cebola"),
        ("ru", "заказ номер сорок два ноль семь"),
        ("pl", "poproszę rozmiar czterdzieści dwa"),
        ("tr", "iki kişilik masa ayırtmak istiyorum"),
        ("ja", "二名で七時に予約したいです"),
        ("zh", "两杯咖啡一杯不加糖"),
        ("ko", "삼 번 메뉴로 주세요"),
        ("hi", "दो पिज़्ज़ा और एक कोक"),
        ("ar", "أريد طاولة لشخصين الساعة الثامنة"),
        ("vi", "cho tôi hai ly cà phê sữa đá"),
        ("th", "ขอข้าวผัดสองจานค่ะ"),
        ("id", "pesanan nomor 4512 sudah sampai belum"),
        ("sw", "nataka chupa mbili za maji"),
        ("ro", "comanda are codul 77 31 kx"),
        ("el", "θέλω δύο σουβλάκια και μία πίτα"),
    ]
    for i, (lang, text) in enumerate(tricky):
        add(f"neg.free_text.numbers_no_one.{lang}", heard(i + 2), text, content=True)
    replies = [
        ("en", "We're open from nine to six on weekdays and ten to four on Saturdays."),
        ("es", "Claro, la pizza margarita cuesta 9,50 € y tarda unos veinte minutos."),
        ("fr", "Votre commande est en préparation, elle partira dans une heure environ."),
        ("de", "Die Filiale am Hauptbahnhof hat heute bis 20 Uhr geöffnet."),
        ("it", "Certo, posso prenotare un tavolo per quattro alle otto e mezza."),
        ("nl", "Uw pakket wordt morgen tussen 10:00 en 14:00 bezorgd."),
        ("pt", "Temos três opções vegetarianas no cardápio de hoje."),
        ("ja", "ご注文ありがとうございます。お届けは約30分後です。"),
        ("ko", "주문이 접수되었습니다. 약 이십 분 후에 도착합니다."),
        ("zh", "我们的营业时间是上午十点到晚上九点。"),
        ("ar", "يسعدني مساعدتك، الطلب سيصل خلال ساعة."),
        ("tr", "Siparişiniz yola çıktı, yaklaşık 25 dakika içinde teslim edilecek."),
        ("pl", "Sklep jest otwarty od poniedziałku do soboty w godzinach 9–19."),
        ("vi", "Dạ, đơn hàng của anh sẽ được giao trong ngày mai."),
        ("sv", "Vi har tyvärr slut på den storleken, men den kommer in på fredag."),
    ]
    for i, (lang, text) in enumerate(replies):
        add(f"neg.free_text.reply.{lang}", said(i), text, content=True)
    add(
        "neg.free_text.chat_request.en",
        "gen_ai.input.messages",
        messages(
            ("system", "You are the booking assistant of Trattoria Aurora. Be brief."),
            ("user", "do you have a table for two at eight"),
        ),
        content=True,
    )
    add(
        "neg.free_text.chat_request.it",
        "gen_ai.input.messages",
        messages(
            ("user", "avete posto per sei persone sabato sera"),
            ("assistant", "Sì, alle 20:30 abbiamo un tavolo libero."),
            ("user", "perfetto grazie"),
        ),
        content=True,
    )
    add(
        "neg.free_text.chat_request.nl",
        "input",
        jdump(
            [
                {"role": "system", "content": "Je bent de klantenservice van een fietsenwinkel."},
                {"role": "user", "content": "wat kost een nieuwe binnenband"},
            ]
        ),
        content=True,
    )
    add(
        "neg.free_text.chat_request.id",
        "lk.chat_ctx",
        jdump(
            {
                "items": [
                    {"type": "message", "role": "user", "content": ["jam berapa tokonya buka"]},
                    {
                        "type": "message",
                        "role": "assistant",
                        "content": ["Kami buka pukul 08.00 sampai 21.00 WIB."],
                    },
                ]
            }
        ),
        content=True,
    )
    add(
        "neg.free_text.reply.en",
        "gen_ai.output.messages",
        out_message("Your order #48213 is ready for pickup at the Lisbon store."),
        content=True,
    )
    add(
        "neg.free_text.reply.fr",
        "gen_ai.prompt",
        jdump({"role": "user", "content": "et pour la livraison express c'est combien"}),
        site="event",
        content=True,
    )
    add(
        "neg.free_text.instructions.en",
        "gen_ai.system_instructions",
        jdump(
            [
                {
                    "type": "text",
                    "content": "Answer questions about opening hours and the menu. Never ask for payment details.",
                }
            ]
        ),
        content=True,
    )
    add(
        "neg.free_text.instructions.de",
        "lk.instructions",
        "Du bist die Telefonassistenz einer Bäckerei in Graz. Antworte kurz und freundlich.",
        content=True,
    )
    args = [
        {"order_id": "ORD-7731-KX"},
        {"sku": "TSH-BLK-XL", "quantity": 2},
        {"store_id": "lis-03", "date": "2026-03-14"},
        {"query": "margherita senza glutine", "menu": "pranzo"},
        {"location": "Rotterdam Centraal", "radius_km": 5},
        {"product": "fiets binnenband 28 inch"},
        {"reservation": {"party_size": 4, "time": "20:30"}},
        {"tracking_number": "1Z999AA10123456784"},
    ]
    for i, a in enumerate(args):
        add("neg.tool_payload.business_args", ARGS[i % len(ARGS)], jdump(a), content=True)
    results = [
        {"status": "shipped", "eta": "2026-03-16", "carrier": "PostNL"},
        {"open": "09:00", "close": "18:00", "closed_on": ["sunday"]},
        {"in_stock": True, "sku": "TSH-BLK-XL", "price": {"amount": 1999, "currency": "EUR"}},
        {
            "items": [
                {"name": "Diavola", "price": 11.5},
                {"name": "Quattro formaggi", "price": 12.0},
            ]
        },
        {"available_slots": ["19:00", "21:15"], "table": 12},
        {"error": "not_found", "message": "No order with that reference"},
        {"refund": "approved", "amount": "24,90 zł"},
    ]
    for i, r in enumerate(results):
        add("neg.tool_payload.business_result", RESULTS[i % len(RESULTS)], jdump(r), content=True)
    more = [
        (ARGS[0], {"menu": "dinner", "dietary": ["vegan", "nut-free"]}),
        (ARGS[1], {"city": "Gdańsk", "service": "bike repair", "date": "2026-05-02"}),
        (RESULTS[2], {"order_id": "7731", "status": "out_for_delivery", "driver_eta_min": 12}),
        (
            RESULTS[3],
            {"hours": {"mon-fri": "08:00-20:00", "sat": "09:00-14:00"}, "store": "Utrecht"},
        ),
        (ARGS[2], {"faq_topic": "returns", "language": "ro"}),
    ]
    for key, payload in more:
        add("neg.tool_payload.business_more", key, jdump(payload), content=True)
    dg = {
        "metadata": {
            "request_id": "5b0f3c2e-8a41-4d6b-9f0e-2c7d1a3b9e44",
            "duration": 2.41,
            "channels": 1,
        },
        "results": {
            "channels": [
                {
                    "alternatives": [
                        {
                            "transcript": "what are your opening hours",
                            "confidence": 0.982,
                            "words": [
                                {"word": "what", "start": 0.08, "end": 0.24, "confidence": 0.99}
                            ],
                        }
                    ]
                }
            ]
        },
    }
    add("neg.free_text.stt_response.en", "http.response.body", jdump(dg), content=True)
    aai = {
        "id": "6rlr37h7ku-1c2e-4d1f-9b7a-0b2c7f9e2d10",
        "status": "completed",
        "text": "quanto costa la spedizione",
        "language_code": "it",
        "confidence": 0.91,
        "audio_duration": 3,
    }
    add("neg.free_text.stt_response.it", "stt.response", jdump(aai), content=True)
    sm = {
        "message": "AddTranscript",
        "metadata": {"transcript": "hoe laat sluiten jullie ", "start_time": 1.2, "end_time": 2.6},
        "results": [
            {
                "alternatives": [{"content": "hoe", "confidence": 1.0}],
                "start_time": 1.2,
                "end_time": 1.38,
                "type": "word",
            }
        ],
    }
    add("neg.free_text.stt_response.nl", "speechmatics.message", jdump(sm), content=True)
    add(
        "neg.free_text.stt_response.ja",
        "transcript",
        jdump(
            {
                "is_final": True,
                "speech_final": True,
                "channel": {
                    "alternatives": [{"transcript": "配達は何時ですか", "confidence": 0.87}]
                },
                "start": 12.4,
                "duration": 1.9,
            }
        ),
        content=True,
    )
    add(
        "neg.free_text.tts_request.es",
        "http.request.body",
        jdump(
            {
                "text": "Su pedido llegará mañana por la tarde.",
                "model_id": "eleven_multilingual_v2",
                "voice_settings": {"stability": 0.5, "similarity_boost": 0.75},
            }
        ),
        content=True,
    )
    add(
        "neg.free_text.tts_request.ko",
        "cartesia.request",
        jdump(
            {
                "model_id": "sonic-2",
                "transcript": "영업시간은 오전 열 시부터입니다.",
                "voice": {"mode": "id", "id": "a0e99841-438c-4a64-b679-ae501e7d6091"},
                "output_format": {
                    "container": "raw",
                    "encoding": "pcm_s16le",
                    "sample_rate": 24000,
                },
            }
        ),
        content=True,
    )
    add(
        "neg.free_text.bargein.en",
        "getpatter.bargein.cancelled_text",
        "Our weekend hours are ten to",
        content=True,
    )
    add(
        "neg.free_text.twilio_gather.es",
        "http.request.body",
        "AccountSid=AC0f9a3c6e2b8d4f1a7c5e9b3d2f6a8c41&CallSid=CA7e2d9b4f1c8a6e3d5b0f2a9c7e4d1b86&SpeechResult=quiero+cambiar+mi+pedido&Confidence=0.8821",
        content=True,
    )


def names_in_content() -> None:
    """People's names in every form content carries them."""
    n = 0

    def h(cls: str, value: str, kinds: tuple[str, ...] = ("name",)) -> None:
        nonlocal n
        add(cls, heard(n), value, kinds, content=True)
        n += 1

    g, s = person("it_IT")
    h("pos.free_text.name_bare.it", f"{g} {s}".lower())
    g, s = person("ro_RO")
    h("pos.free_text.name_bare.ro", f"{g.lower()} {s.lower()}")
    g, s = person("fi_FI")
    h("pos.free_text.name_bare.fi", f"{g} {s}")
    g, s = person("hu_HU")
    h("pos.free_text.name_lead_in.hu", f"jó napot {s} {g} vagyok".lower())
    g, s = person("el_GR")
    h("pos.free_text.name_lead_in.el", f"καλησπέρα με λένε {g} {s}")
    g, s = person("ru_RU")
    h("pos.free_text.name_lead_in.ru", f"здравствуйте это {s.lower()} {g.lower()} звоню по заказу")
    g, s = person("uk_UA")
    h("pos.free_text.name_lead_in.uk", f"мене звати {g} {s}")
    g, s = person("sv_SE")
    h("pos.free_text.name_lead_in.sv", f"hej det är {g.lower()} {s.lower()} här")
    g = person("nl_NL")[0]
    h("pos.free_text.name_particle.nl", f"ja met {g.lower()} van der veen")
    h("pos.free_text.name_particle.nl", "u spreekt met mevrouw de jong-van den bosch")
    h(
        "pos.free_text.name_particle.de",
        "Hier spricht Konstantin von Ahlefeldt, ich rufe wegen der Rechnung an.",
    )
    h("pos.free_text.name_particle.pt", "meu nome é joão pedro dos santos oliveira")
    h("pos.free_text.name_particle.es", "sí soy maría del carmen de la fuente")
    g, s = person("pl_PL")
    h("pos.free_text.name_initials.pl", f"zamówienie na nazwisko {g[0]}. {s}")
    h("pos.free_text.name_initials.en", "the account is under j. r. okonkwo-bassey")
    add(
        "pos.free_text.name_cjk.zh",
        said(1),
        "好的，王秀英女士，您的预约已确认。",
        ("name",),
        content=True,
    )
    h("pos.free_text.name_cjk.ja", "あ、山田花子と申します")
    h("pos.free_text.name_cjk.ko", "네 저는 김민준입니다")
    h("pos.free_text.name_script.th", "สวัสดีค่ะ ดิฉันชื่อ สมศรี ใจดี ค่ะ")
    h("pos.free_text.name_script.ar", "مرحبا اسمي خالد بن سعيد العتيبي")
    h("pos.free_text.name_script.he", "שלום מדברת נועה בן דוד")
    h("pos.free_text.name_script.fa", "سلام من مریم حسینی هستم")
    h("pos.free_text.name_script.ur", "جی میں عمران قریشی بات کر رہا ہوں")
    h("pos.free_text.name_script.bn", "আমার নাম তানভীর রহমান")
    h("pos.free_text.name_script.hi", "जी मेरा नाम प्रिया शर्मा है")
    h("pos.free_text.name_script.am", "ስሜ ሄኖክ ተስፋዬ ነው")
    h("pos.free_text.name_lead_in.yo", "orúkọ mi ni adébáyọ̀ ọláwálé")
    h("pos.free_text.name_lead_in.sw", "jina langu ni amina mwanaisha juma")
    h("pos.free_text.name_lead_in.ms", "saya nurul aisyah binti kamarudin")
    h("pos.free_text.name_lead_in.tl", "ako po si maria cristina dela cruz")
    h("pos.free_text.name_lead_in.vi", "dạ em là nguyễn thị thu hằng")
    h("pos.free_text.name_lead_in.tr", "ben ayşe yılmaz siparişim gelmedi")
    h("pos.free_text.name_spelled.en", "it's kowalczyk k o w a l c z y k")
    h("pos.free_text.name_spelled.nl", "de achternaam is j a n s s e n met dubbel s")
    h(
        "pos.free_text.name_spelled.de",
        "Schmidt mit dt, also S wie Siegfried C H M I D T, Vorname Lea",
    )
    h("pos.free_text.name_spelled.it", "bianchi b come bologna i a n c h i")
    h("pos.free_text.name_self_correction.en", "my name is jon no sorry john paul whitaker")
    h("pos.free_text.name_self_correction.es", "me llamo lucía eh perdón luciana méndez ortiz")
    g, s = person("it_IT")
    add(
        "pos.free_text.name_json.it",
        "gen_ai.input.messages",
        messages(
            ("user", f"buongiorno sono {g.lower()} {s.lower()} ho un problema con la consegna")
        ),
        ("name",),
        content=True,
    )
    g, s = person("pt_BR")
    add(
        "pos.tool_payload.name_json.pt",
        "gen_ai.tool.call.arguments",
        jdump({"customer_name": f"{g} {s}", "order_id": "BR-55102"}),
        ("name",),
        content=True,
    )
    g, s = person("fil_PH")
    add(
        "pos.tool_payload.name_json.tl",
        "lk.function_tool.arguments",
        jdump({"first_name": g, "last_name": s, "party_size": 3}),
        ("name",),
        content=True,
    )
    g, s = person("ja_JP")
    add(
        "pos.tool_payload.name_json.ja",
        "getpatter.tool.result",
        jdump({"予約": {"氏名": f"{s}{g}", "人数": 2, "時間": "19:00"}}),
        ("name",),
        content=True,
    )
    # third parties
    g, s = person("el_GR")
    h("pos.free_text.third_party.en", f"my wife {g.lower()} {s.lower()} is the emergency contact")
    g = person("nl_NL")[0]
    h("pos.free_text.third_party.nl", f"noodcontact is mijn broer {g.lower()} de vries")
    g, s = person("fr_FR")
    h("pos.free_text.third_party.fr", f"c'est pour ma fille {g} {s}, elle a douze ans")
    g, s = person("de_DE")
    add(
        "pos.tool_payload.third_party.de",
        "gen_ai.tool.call.arguments",
        jdump(
            {"patient": "self", "notfallkontakt": {"name": f"{g} {s}", "beziehung": "Ehepartner"}}
        ),
        ("name",),
        content=True,
    )
    # staff
    g, s = person("yo_NG")
    add(
        "pos.free_text.staff.en",
        said(3),
        f"Nurse {g} {s} will call you back this afternoon.",
        ("name",),
        content=True,
    )
    g, s = person("sv_SE")
    add(
        "pos.free_text.staff.sv",
        said(4),
        f"Jag kopplar dig till min kollega {g} {s} på kundtjänst.",
        ("name",),
        content=True,
    )
    add(
        "pos.tool_payload.staff.en",
        "lk.function_tool.output",
        jdump({"transferred_to": "Dr. Aylin Demirci", "queue": "cardiology"}),
        ("name",),
        content=True,
    )


def dobs_in_content() -> None:
    """Dates of birth, as callers say them and tools carry them."""
    forms: list[tuple[str, str, Callable[[int, int, int], str]]] = [
        ("en", "free_text", lambda y, m, d: f"date of birth is {month('en', m)} {d} {y}"),
        (
            "en",
            "free_text",
            lambda y, m, d: f"uh born the {d}th of {month('en', m)} {en_year(y)}",
        ),
        ("it", "free_text", lambda y, m, d: f"sono nato il {d} {month('it', m)} {y}"),
        ("nl", "free_text", lambda y, m, d: f"geboortedatum {d} {month('nl', m)} {y}"),
        ("ro", "free_text", lambda y, m, d: f"data nașterii {d} {month('ro', m)} {y}"),
        ("el", "free_text", lambda y, m, d: f"γεννήθηκα στις {d} {month('el', m)} {y}"),
        ("ru", "free_text", lambda y, m, d: f"дата рождения {d:02d}.{m:02d}.{y}"),
        ("hu", "free_text", lambda y, m, d: f"születési dátum {y}. {month('hu', m)} {d}."),
        ("fi", "free_text", lambda y, m, d: f"syntymäaika {d}.{m}.{y}"),
        ("sv", "free_text", lambda y, m, d: f"jag är född {d} {month('sv', m)} {y}"),
        ("pl", "free_text", lambda y, m, d: f"urodziłam się {d} {month('pl', m)} {y}"),
        ("tr", "free_text", lambda y, m, d: f"doğum tarihim {d} {month('tr', m)} {y}"),
        ("pt", "free_text", lambda y, m, d: f"nasci em {d} de {month('pt', m)} de {y}"),
        (
            "es",
            "free_text",
            lambda y, m, d: f"fecha de nacimiento {ES_DAYS[d]} de {month('es', m)} del {y}",
        ),
        ("id", "free_text", lambda y, m, d: f"tanggal lahir saya {d} {month('id', m)} {y}"),
        ("tl", "free_text", lambda y, m, d: f"ipinanganak po ako noong {month('tl', m)} {d} {y}"),
        ("vi", "free_text", lambda y, m, d: f"ngày sinh của em là ngày {d} tháng {m} năm {y}"),
        ("th", "free_text", lambda y, m, d: f"เกิดวันที่ {d} {month('th', m)} {y + 543}"),
        ("ja", "free_text", lambda y, m, d: f"生年月日は{y}年{m}月{d}日です"),
        ("ko", "free_text", lambda y, m, d: f"생년월일은 {y}년 {m}월 {d}일이에요"),
        ("zh", "free_text", lambda y, m, d: f"我的出生日期是{y}年{m}月{d}日"),
        ("ar", "free_text", lambda y, m, d: f"تاريخ ميلادي {d} {month('ar', m)} {y}"),
        ("sw", "free_text", lambda y, m, d: f"nilizaliwa tarehe {d} {month('sw', m)} {y}"),
        ("en", "tool_payload", lambda y, m, d: jdump({"patient": {"dob": f"{y}-{m:02d}-{d:02d}"}})),
        ("de", "tool_payload", lambda y, m, d: jdump({"geburtsdatum": f"{d:02d}.{m:02d}.{y}"})),
        (
            "en",
            "tool_payload",
            lambda y, m, d: jdump(
                {"verify": {"birth_date": f"{m:02d}/{d:02d}/{y}", "zip_match": True}}
            ),
        ),
    ]
    for i, (lang, site_kind, make) in enumerate(forms):
        y, m, d = birth()
        key = heard(i) if site_kind == "free_text" else ARGS[i % len(ARGS)]
        add(f"pos.{site_kind}.dob.{lang}", key, make(y, m, d), ("dob",), content=True)
    y, m, d = birth()
    turns = [
        {"role": "assistant", "content": "Can you confirm your date of birth?"},
        {"role": "user", "content": f"yeah it's {month('en', m)} {d} {y}"},
    ]
    add(
        "pos.free_text.dob_nested.en",
        "lk.chat_ctx",
        jdump({"items": turns}),
        ("dob",),
        content=True,
    )
    y, m, d = birth()
    add(
        "pos.free_text.dob_nested.fa",
        "gen_ai.input.messages",
        messages(
            ("assistant", "لطفا تاریخ تولد خود را بگویید"),
            ("user", f"تاریخ تولدم {d} {month('ar', m)} {y} هست"),
        ),
        ("dob",),
        content=True,
    )


def addresses_in_content() -> None:
    """Street addresses as people in each country say or type them."""
    vals: list[tuple[str, str, str]] = []
    f = fk("it_IT")
    vals.append(
        (
            "it",
            "free_text",
            f"abito in {f.street_name().lower()} {RNG.randint(1, 120)} a {f.city().lower()}",
        )
    )
    f = fk("nl_NL")
    vals.append(
        (
            "nl",
            "free_text",
            f"mijn adres is {f.street_name()} {RNG.randint(1, 200)}-{pick(['II', 'huis', 'A'])}, {f.postcode()} {f.city()}",
        )
    )
    f = fk("ro_RO")
    vals.append(
        (
            "ro",
            "free_text",
            f"locuiesc pe {f.street_name()} nr. {RNG.randint(1, 90)}, bl. {RNG.randint(1, 30)}, sc. B, ap. {RNG.randint(1, 80)}, {f.city()}",
        )
    )
    f = fk("el_GR")
    vals.append(
        (
            "el",
            "free_text",
            f"η διεύθυνσή μου είναι {f.street_name()} {RNG.randint(1, 99)}, {f.postcode()} {f.city()}",
        )
    )
    vals.append(
        (
            "ru",
            "free_text",
            f"адрес доставки москва улица профсоюзная дом {RNG.randint(1, 150)} корпус 2 квартира {RNG.randint(1, 300)}",
        )
    )
    f = fk("fi_FI")
    vals.append(
        (
            "fi",
            "free_text",
            f"osoite on {f.street_name()} {RNG.randint(1, 60)} B {RNG.randint(1, 40)}, {f.postcode()} {f.city()}",
        )
    )
    f = fk("hu_HU")
    vals.append(
        (
            "hu",
            "free_text",
            f"a címem {f.postcode()} budapest, {f.street_name()} {RNG.randint(1, 90)}. 3. emelet 2. ajtó",
        )
    )
    f = fk("sv_SE")
    vals.append(
        (
            "sv",
            "free_text",
            f"jag bor på {f.street_name().lower()} {RNG.randint(1, 80)} lägenhet {RNG.randint(1001, 1305)} i {f.city().lower()}",
        )
    )
    f = fk("da_DK")
    vals.append(
        (
            "da",
            "free_text",
            f"{f.street_name()} {RNG.randint(1, 90)}, 2. tv, {f.postcode()} {f.city()}",
        )
    )
    vals.append(
        (
            "ms",
            "free_text",
            f"alamat saya no {RNG.randint(1, 90)} jalan ss 2/{RNG.randint(10, 75)} 47300 petaling jaya selangor",
        )
    )
    vals.append(
        (
            "tl",
            "free_text",
            f"blk {RNG.randint(1, 40)} lot {RNG.randint(1, 30)} phase 2 brgy san isidro cainta rizal po",
        )
    )
    vals.append(
        (
            "id",
            "free_text",
            f"kirim ke jl. melati no. {RNG.randint(1, 99)} rt 03 rw 07 kel. cempaka putih jakarta pusat 10510",
        )
    )
    vals.append(
        (
            "vi",
            "free_text",
            f"địa chỉ là số {RNG.randint(1, 300)} ngõ 12 phố huế quận hai bà trưng hà nội",
        )
    )
    vals.append(
        (
            "th",
            "free_text",
            f"บ้านเลขที่ {RNG.randint(1, 300)}/{RNG.randint(1, 40)} ซอยสุขุมวิท 39 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110",
        )
    )
    vals.append(
        (
            "ja",
            "free_text",
            f"住所は東京都世田谷区太子堂{RNG.randint(1, 5)}丁目{RNG.randint(1, 30)}番{RNG.randint(1, 20)}号です",
        )
    )
    vals.append(
        (
            "ko",
            "free_text",
            f"서울특별시 마포구 월드컵북로 {RNG.randint(1, 400)} 101동 {RNG.randint(101, 1502)}호로 보내주세요",
        )
    )
    vals.append(
        (
            "zh",
            "free_text",
            f"送到上海市浦东新区张杨路{RNG.randint(100, 2000)}号{RNG.randint(1, 30)}栋{RNG.randint(101, 2801)}室",
        )
    )
    vals.append(
        ("ar", "free_text", f"العنوان شارع التحلية مبنى {RNG.randint(1, 90)} حي السليمانية الرياض")
    )
    vals.append(
        (
            "he",
            "free_text",
            f"הכתובת שלי רחוב הרצל {RNG.randint(1, 120)} דירה {RNG.randint(1, 40)} חיפה",
        )
    )
    vals.append(
        ("bn", "free_text", f"বাড়ি {RNG.randint(1, 90)} রোড {RNG.randint(1, 27)} ধানমন্ডি ঢাকা ১২০৯")
    )
    vals.append(("ur", "free_text", f"مکان نمبر {RNG.randint(1, 300)} گلی نمبر 7 ماڈل ٹاؤن لاہور"))
    vals.append(
        (
            "fa",
            "free_text",
            f"آدرس تهران خیابان ولیعصر کوچه {RNG.randint(1, 40)} پلاک {RNG.randint(1, 90)}",
        )
    )
    vals.append(("am", "free_text", f"አድራሻዬ ቦሌ ክፍለ ከተማ ወረዳ 03 የቤት ቁጥር {RNG.randint(100, 999)} ነው"))
    vals.append(
        ("sw", "free_text", f"ninaishi nyumba namba {RNG.randint(1, 90)} barabara ya moi nairobi")
    )
    vals.append(
        (
            "en",
            "free_text",
            f"it's {spoken(str(RNG.randint(100, 999)), 'en')} elm street apartment four b springfield",
        )
    )
    f = fk("pt_BR")
    vals.append(
        (
            "pt",
            "tool_payload",
            jdump(
                {
                    "endereco": {
                        "logradouro": f.street_name(),
                        "numero": str(RNG.randint(1, 2000)),
                        "bairro": f.bairro(),
                        "cep": f.postcode(),
                        "cidade": f.city(),
                    }
                }
            ),
        )
    )
    f = fk("es_MX")
    vals.append(
        (
            "es",
            "tool_payload",
            jdump(
                {
                    "direccion_entrega": f"{f.street_name()} {RNG.randint(1, 300)}, Col. {f.city()}, C.P. {f.postcode()[:5]}"
                }
            ),
        )
    )
    f = fk("de_DE")
    vals.append(
        (
            "de",
            "tool_payload",
            jdump(
                {
                    "lieferadresse": {
                        "strasse": f"{f.street_name()} {RNG.randint(1, 99)}",
                        "plz": f.postcode(),
                        "ort": f.city(),
                    }
                }
            ),
        )
    )
    f = fk("fr_FR")
    vals.append(
        (
            "fr",
            "tool_payload",
            jdump(
                {"adresse": f"{RNG.randint(1, 99)} {f.street_name()}, {f.postcode()} {f.city()}"}
            ),
        )
    )
    for i, (lang, sk, v) in enumerate(vals):
        key = heard(i) if sk == "free_text" else ARGS[i % len(ARGS)]
        add(f"pos.{sk}.address.{lang}", key, v, ("address",), content=True)


LEAD_IN = {
    "it": "il mio codice fiscale è {v}",
    "nl": "mijn bsn is {v}",
    "ro": "cnp-ul meu este {v}",
    "gr": "ο αμκα μου είναι {v}",
    "fi": "henkilötunnus {v}",
    "se": "mitt personnummer är {v}",
    "dk": "mit cpr nummer er {v}",
    "no": "fødselsnummeret mitt er {v}",
    "pl": "mój pesel to {v}",
    "cz": "rodné číslo {v}",
    "tr": "tc kimlik numaram {v}",
    "br": "meu cpf é {v}",
    "in": "my aadhaar number is {v}",
    "mx": "mi curp es {v}",
    "es": "mi dni es el {v}",
    "gb": "NHS number {v}",
    "cn": "身份证号是{v}",
    "kr": "주민번호는 {v}입니다",
    "il": "מספר תעודת הזהות שלי {v}",
    "th": "เลขบัตรประชาชน {v} ค่ะ",
    "ru": "мой ИНН {v}",
    "ua": "мій ідентифікаційний код {v}",
    "my": "nombor ic saya {v}",
    "pk": "mera shanakhti card number {v} hai",
    "za": "my ID number is {v}",
    "fr": "mon numéro de sécu c'est le {v}",
    "de": "meine Steuer-ID lautet {v}",
    "us": "social is {v}",
    "PAN": "pan card number hai {v}",
    "NIE": "mi nie es {v}",
}
WORDS_FOR = {
    "it": "it",
    "nl": "nl",
    "ro": "ro",
    "se": "sv",
    "pl": "pl",
    "tr": "tr",
    "br": "pt",
    "my": "ms",
    "es": "es",
    "gr": "el",
    "fi": "fi",
}


def ids_in_content() -> None:
    """National identifiers with valid check digits, in sentences, words and JSON."""
    ids = national_ids()
    for i, (cc, scheme, v) in enumerate(ids):
        kinds: tuple[str, ...] = ("ssn",) if cc == "us" else ("national_id",)
        text = LEAD_IN.get(scheme, LEAD_IN[cc]).format(v=v)
        add(f"pos.free_text.national_id.{cc}", heard(i), text, kinds, content=True)
    # read out by STT: digits as words, letters one by one, lower case
    spoken_ids = [x for x in ids if x[0] in WORDS_FOR]
    for i, (cc, _scheme, v) in enumerate(spoken_ids[:5]):
        lang = WORDS_FOR[cc]
        parts = []
        for c in v:
            if c.isdigit():
                parts.append(WORDS[lang].split()[int(c)])
            elif c.isalpha():
                parts.append(c.lower())
        text = LEAD_IN[cc].format(v=" ".join(parts)).lower()
        add(
            f"pos.free_text.national_id_spoken.{cc}",
            heard(i + 3),
            text,
            ("national_id",),
            content=True,
        )
    json_ids = [x for x in ids if x[0] in ("it", "mx", "in", "kr", "cn")]
    for i, (cc, scheme, v) in enumerate(json_ids):
        add(
            f"pos.tool_payload.national_id.{cc}",
            ARGS[i % len(ARGS)],
            jdump({"document_type": scheme, "document_number": v, "verify": True}),
            ("national_id",),
            content=True,
        )


def money_in_content() -> None:
    """Bank accounts, routing and sort codes, cards and IBANs inside content."""
    r = rtn()
    acct = digits(10)
    add(
        "pos.free_text.bank_account.us",
        heard(0),
        f"routing number {r} account {acct}",
        ("bank_account",),
        content=True,
    )
    r = rtn()
    add(
        "pos.free_text.bank_account_spoken.us",
        heard(1),
        f"the routing is {spoken(r, 'en')} and the account number {spoken(digits(9), 'en')}",
        ("bank_account",),
        content=True,
    )
    add(
        "pos.free_text.bank_account.gb",
        heard(2),
        f"sort code {digits(2)}-{digits(2)}-{digits(2)} account number {digits(8)}",
        ("bank_account",),
        content=True,
    )
    add(
        "pos.tool_payload.bank_account.gb",
        ARGS[0],
        jdump(
            {
                "sort_code": f"{digits(2)}{digits(2)}{digits(2)}",
                "account_number": digits(8),
                "amount": "45.00",
            }
        ),
        ("bank_account",),
        content=True,
    )
    add(
        "pos.tool_payload.bank_account.us",
        ARGS[1],
        jdump({"ach": {"routing_number": rtn(), "account_number": digits(12), "type": "checking"}}),
        ("bank_account",),
        content=True,
    )
    add(
        "pos.free_text.bank_account.in",
        heard(3),
        f"account number {digits(11)} IFSC SBIN0{digits(6)}",
        ("bank_account",),
        content=True,
    )
    add(
        "pos.free_text.bank_account.au",
        heard(4),
        f"bsb {digits(3)}-{digits(3)} account {digits(8)}",
        ("bank_account",),
        content=True,
    )
    add(
        "pos.free_text.bank_account.cz",
        heard(5),
        f"číslo účtu {cz_account()}",
        ("bank_account",),
        content=True,
    )
    add(
        "pos.free_text.bank_account.ru",
        heard(6),
        f"расчётный счёт 40817810{digits(12)} бик 044525{digits(3)}",
        ("bank_account",),
        content=True,
    )
    add(
        "pos.free_text.bank_account.no",
        heard(0),
        f"kontonummer {no_account()}",
        ("bank_account",),
        content=True,
    )
    # cards: published test numbers and Luhn-valid numbers in issuer ranges
    mastercard = luhn_card(f"5{RNG.randint(1, 5)}", 16)
    cards = [
        ("en", "free_text", "card number is 4242.4242.4242.4242 exp oh nine twenty eight"),
        (
            "en",
            "free_text",
            "it's four two four two four two four two four two four two four two four two",
        ),
        ("es", "free_text", f"la tarjeta es {spoken('5555555555554444', 'es')}"),
        ("it", "free_text", "il numero della carta è 4000 0566 5566 5556 scadenza 03/29"),
        ("pt", "free_text", f"o número do cartão é {grouped(mastercard)}"),
        ("de", "free_text", "Kartennummer 3782-822463-10005"),
        (
            "fr",
            "free_text",
            f"ma carte c'est le {grouped(luhn_card('4970', 16))}",
        ),
        ("nl", "free_text", "kaartnummer 6011/1111/1111/1117"),
        ("ja", "free_text", "カード番号は3566002020360505です"),
        (
            "en",
            "tool_payload",
            jdump({"payment": {"pan": "2223003122003222", "exp": "12/30", "cvc": "123"}}),
        ),
        ("tr", "free_text", f"kart numaram {spoken('4111111111111111', 'tr')}"),
    ]
    for i, (lang, sk, v) in enumerate(cards):
        key = heard(i) if sk == "free_text" else ARGS[i % len(ARGS)]
        add(f"pos.{sk}.card.{lang}", key, v, ("card",), content=True)
    ibans = [
        (
            "nl",
            "mijn rekeningnummer is {v}",
            iban("NL", lambda: pick(["ABNA", "INGB", "RABO", "TRIO"]) + digits(10)),
        ),
        (
            "it",
            "l'iban è {v}",
            iban(
                "IT",
                lambda: (
                    chars(string.ascii_uppercase, 1)
                    + pick(["03069", "02008", "05034"])
                    + digits(5)
                    + digits(12)
                ),
            ),
        ),
        (
            "ro",
            "contul meu {v}",
            iban(
                "RO",
                lambda: (
                    pick(["BTRL", "RNCB", "INGB"])
                    + chars(string.ascii_uppercase + string.digits, 16)
                ),
            ),
        ),
        (
            "gr",
            "ο λογαριασμός μου {v}",
            iban("GR", lambda: pick(["011", "017", "026"]) + digits(4) + digits(16)),
        ),
        ("hu", "a számlaszámom {v}", iban("HU", lambda: digits(24))),
        ("pl", "numer konta {v}", iban("PL", lambda: digits(24))),
        ("tr", "iban numaram {v}", iban("TR", lambda: digits(5) + "0" + digits(16))),
        ("da", "mit kontonummer er {v}", iban("DK", lambda: digits(14))),
        ("pt", "o meu iban é {v}", iban("PT", lambda: digits(21))),
    ]
    for i, (lang, tmpl, v) in enumerate(ibans):
        shown = [v.lower(), " ".join(v[j : j + 4] for j in range(0, len(v), 4)), v][i % 3]
        add(f"pos.free_text.iban.{lang}", heard(i), tmpl.format(v=shown), ("iban",), content=True)
    v = iban("DE", lambda: digits(18))
    add(
        "pos.tool_payload.iban.de",
        ARGS[2],
        jdump({"iban": v.lower(), "kontoinhaber": "self"}),
        ("iban",),
        content=True,
    )


def contacts_in_content() -> None:
    """E-mail addresses and phone numbers as callers say or spell them."""
    emails = [
        ("en", "john dot smith at gmail dot com", ("email",)),
        ("en", "my email is k underscore obi at outlook dot com", ("email",)),
        ("it", "la mia email è giulia punto ferri chiocciola libero punto it", ("email",)),
        ("es", "es mcarmen guion bajo ruiz arroba hotmail punto es", ("email",)),
        ("fr", "c'est lucie point morel arobase orange point fr", ("email",)),
        ("de", "meine E-Mail ist jürgen.weiß@müller-bau.de", ("email",)),
        ("ru", "почта иван.петров@почта.рф", ("email",)),
        ("pt", "o email é ana.souza@uol.com.br", ("email",)),
        ("en", 'write to "jane doe"@example.org please', ("email",)),
        ("ja", "メールは tanaka.yuki@example.co.jp です", ("email",)),
    ]
    for i, (lang, v, k) in enumerate(emails):
        add(f"pos.free_text.email.{lang}", heard(i), v, k, content=True)
    add(
        "pos.tool_payload.email.en",
        ARGS[3],
        jdump({"send_receipt_to": "p.anand+orders@example.in", "order_id": "A-1193"}),
        ("email",),
        content=True,
    )
    phones: list[tuple[str, str]] = []
    p = phone("IT")
    phones.append(("it", f"il mio numero è {spoken(fmt(p, 'national'), 'it')}"))
    p = phone("NL")
    phones.append(("nl", f"bel me terug op {fmt(p, 'national')}"))
    p = phone("RO")
    phones.append(("ro", f"numărul meu de telefon {fmt(p, 'national')}"))
    p = phone("GR")
    phones.append(("el", f"το κινητό μου είναι {fmt(p, 'national')}"))
    p = phone("RU")
    phones.append(("ru", f"мой номер {fmt(p, 'national')}"))
    p = phone("MY")
    phones.append(("ms", f"nombor telefon saya {spoken(fmt(p, 'national'), 'ms')}"))
    p = phone("PH")
    phones.append(("tl", f"ang number ko po ay {fmt(p, 'national')}"))
    p = phone("BD")
    phones.append(("bn", f"আমার নম্বর {fmt(p, 'national')}"))
    p = phone("PK")
    phones.append(("ur", f"میرا نمبر {fmt(p, 'national')} ہے"))
    p = phone("NG")
    phones.append(("yo", f"nọmba mi ni {fmt(p, 'national')}"))
    p = phone("ET")
    phones.append(("am", f"ስልክ ቁጥሬ {fmt(p, 'national')} ነው"))
    p = phone("KE")
    phones.append(("sw", f"namba yangu ni {fmt(p, 'intl')}"))
    phones.append(("en", "you can reach me at two oh one five five five oh one four seven"))
    phones.append(("en", "it's 0 7 7 0 0 9 0 0 1 2 3 sorry 9 0 0 1 3 2"))
    p = phone("VN")
    phones.append(("vi", f"số điện thoại của em là {spoken(fmt(p, 'national'), 'vi')}"))
    p = phone("JP")
    phones.append(("ja", f"電話番号は{fmt(p, 'national')}です"))
    p = phone("KR")
    phones.append(("ko", f"연락처는 {fmt(p, 'national')}입니다"))
    for i, (lang, v) in enumerate(phones):
        add(f"pos.free_text.phone.{lang}", heard(i), v, ("phone",), content=True)
    p = phone("BR")
    add(
        "pos.tool_payload.phone.pt",
        ARGS[4],
        jdump({"telefone_contato": fmt(p, "national"), "motivo": "reagendar"}),
        ("phone",),
        content=True,
    )
    p = phone("DK")
    add(
        "pos.tool_payload.phone.da",
        RESULTS[0],
        jdump({"callback": {"nummer": fmt(p, "intl"), "tid": "14:00"}}),
        ("phone",),
        content=True,
    )


def sensitive_in_content() -> None:
    """Disclosures about a person with no identifier: health, money, law, loss, status."""
    bare = [
        ("en", "health", "i'm calling because i was just diagnosed with type two diabetes"),
        (
            "en",
            "finances",
            "um i'm three months behind on my rent and they're threatening eviction",
        ),
        ("en", "legal", "i have a court hearing next week for the dui so i can't come in"),
        ("es", "bereavement", "mi marido falleció el mes pasado y quiero cancelar su línea"),
        ("es", "pregnancy", "estoy embarazada de cinco meses puedo cambiar la fecha"),
        (
            "fr",
            "health",
            "je suis sous chimiothérapie en ce moment donc je ne peux pas me déplacer",
        ),
        ("de", "finances", "ich bin in der Privatinsolvenz und kann die Rate nicht zahlen"),
        ("it", "health", "ho avuto un infarto a marzo e sono ancora in riabilitazione"),
        ("it", "bereavement", "è morta mia madre e devo disdire il suo abbonamento"),
        ("nl", "health", "ik heb een burn-out en zit al twee maanden thuis"),
        ("pt", "immigration", "meu visto venceu e estou esperando a regularização"),
        ("ro", "finances", "am datorii la trei bănci și mi-au blocat contul"),
        ("el", "health", "έχω σκλήρυνση κατά πλάκας και δεν μπορώ να οδηγήσω"),
        ("ru", "legal", "у меня условный срок поэтому я не могу выехать за границу"),
        ("uk", "health", "у мене діабет першого типу мені потрібна консультація"),
        ("pl", "orientation", "mój partner i ja jesteśmy parą gejów i chcemy wspólne konto"),
        ("cs", "health", "beru antidepresiva a potřebuju posunout termín"),
        ("tr", "bereavement", "babamı geçen hafta kaybettik aboneliği kapatmak istiyorum"),
        ("fi", "finances", "minulla on ulosotossa velkoja enkä pysty maksamaan"),
        ("hu", "health", "daganatos beteg vagyok és kemoterápiára járok"),
        ("sv", "legal", "jag är dömd för bedrägeri och har fotboja just nu"),
        ("da", "pregnancy", "jeg er gravid og har tidligere haft en spontan abort"),
        ("no", "health", "jeg er rusavhengig og går på substitusjonsbehandling"),
        ("ms", "health", "saya pesakit hiv dan perlu ubat setiap bulan"),
        ("id", "finances", "saya terlilit utang pinjol dan gaji saya dipotong"),
        ("tl", "immigration", "undocumented po ako dito kaya wala akong ssn"),
        ("vi", "health", "tôi bị ung thư phổi giai đoạn ba"),
        ("th", "health", "ดิฉันเป็นโรคซึมเศร้าและกำลังรักษาอยู่ค่ะ"),
        ("hi", "finances", "मेरा लोन डिफ़ॉल्ट हो गया है और बैंक वाले रोज़ फ़ोन करते हैं"),
        ("bn", "religion", "আমি রোজা রাখছি তাই দিনের বেলা অ্যাপয়েন্টমেন্ট চাই না"),
        ("ur", "health", "مجھے ہیپاٹائٹس سی ہے اور علاج چل رہا ہے"),
        ("fa", "immigration", "من پناهنده هستم و هنوز اقامت ندارم"),
        ("ar", "health", "أنا مريض بالسرطان وأحتاج موعدا عاجلا"),
        ("he", "legal", "יש לי תיק פלילי פתוח ולכן אני לא יכול לצאת מהארץ"),
        ("ja", "health", "実はうつ病で通院しているので電話の時間を変えてほしいです"),
        ("ko", "finances", "제가 파산 신청을 해서 카드가 정지됐어요"),
        ("zh", "health", "我怀孕了，而且有妊娠糖尿病"),
        ("sw", "health", "nina virusi vya ukimwi na natumia dawa"),
        ("am", "bereavement", "ባለቤቴ ባለፈው ወር ሞተ"),
        ("yo", "health", "mo ni àrùn ṣúgà mo sì nílò oògùn"),
    ]
    for i, (lang, topic, v) in enumerate(bare):
        add(f"pos.free_text.sensitive_{topic}.{lang}", heard(i), v, ("sensitive",), content=True)
    # with an identifier: the disclosure and the identifier both count
    g, s = person("it_IT")
    add(
        "pos.free_text.sensitive_named.it",
        heard(2),
        f"sono {g.lower()} {s.lower()} e sono in dialisi tre volte a settimana",
        ("name", "sensitive"),
        content=True,
    )
    g, s = person("nl_NL")
    add(
        "pos.free_text.sensitive_named.nl",
        heard(3),
        f"mijn moeder {g.lower()} is vorige week overleden",
        ("name", "sensitive"),
        content=True,
    )
    y, m, d = birth()
    add(
        "pos.tool_payload.sensitive_named.en",
        ARGS[0],
        jdump({"patient_dob": f"{y}-{m:02d}-{d:02d}", "reason": "follow-up after miscarriage"}),
        ("dob", "sensitive"),
        content=True,
    )
    g, s = person("tr_TR")
    add(
        "pos.tool_payload.sensitive_named.tr",
        RESULTS[1],
        jdump({"hasta": f"{g} {s}", "tani": "bipolar bozukluk", "randevu": "2026-04-02T10:30"}),
        ("name", "sensitive"),
        content=True,
    )
    add(
        "pos.free_text.sensitive_nested.en",
        "lk.chat_ctx",
        jdump(
            {
                "items": [
                    {"type": "message", "role": "assistant", "content": ["How can I help today?"]},
                    {
                        "type": "message",
                        "role": "user",
                        "content": [
                            "i need to pause my payments i lost my job and i'm on benefits now"
                        ],
                    },
                ]
            }
        ),
        ("sensitive",),
        content=True,
    )
    add(
        "pos.free_text.sensitive_nested.es",
        "gen_ai.input.messages",
        messages(
            (
                "user",
                "tengo una orden de alejamiento contra mi ex y no quiero que le den mi dirección",
            ),
        ),
        ("sensitive",),
        content=True,
    )


def pii_mixed_in_content() -> None:
    """Several kinds in one utterance or payload, across exporters' shapes."""
    g, s = person("ro_RO")
    p = phone("RO")
    add(
        "pos.free_text.mixed.ro",
        "transcript",
        f"sunt {g.lower()} {s.lower()} numărul meu e {fmt(p, 'national')}",
        ("name", "phone"),
        content=True,
    )
    g, s = person("fi_FI")
    f = fk("fi_FI")
    add(
        "pos.tool_payload.mixed.fi",
        "gen_ai.tool.call.arguments",
        jdump(
            {
                "nimi": f"{g} {s}",
                "osoite": f"{f.street_name()} {RNG.randint(1, 40)}, {f.postcode()} {f.city()}",
                "puhelin": fmt(phone("FI"), "national"),
            }
        ),
        ("name", "address", "phone"),
        content=True,
    )
    g, s = person("id_ID")
    add(
        "pos.free_text.mixed.id",
        "gen_ai.input.messages",
        messages(
            ("user", f"nama saya {g.lower()} {s.lower()} email {g.lower()}.{s.lower()}@gmail.com")
        ),
        ("name", "email"),
        content=True,
    )
    add(
        "pos.free_text.mixed.vi",
        "llm.input_messages.1.message.content",
        f"tôi là lê văn tâm, số điện thoại {fmt(phone('VN'), 'national')}",
        ("name", "phone"),
        content=True,
    )
    g, s = person("ko_KR")
    add(
        "pos.tool_payload.mixed.ko",
        "lk.function_tool.output",
        jdump({"고객": {"이름": f"{s}{g}", "전화": fmt(phone("KR"), "national")}}),
        ("name", "phone"),
        content=True,
    )
    ids = dict((cc, v) for cc, _s, v in national_ids())
    g, s = person("sv_SE")
    add(
        "pos.free_text.mixed.sv",
        "lk.user_transcript",
        f"det är {g.lower()} {s.lower()} personnummer {ids['se']}",
        ("name", "national_id"),
        content=True,
    )
    add(
        "pos.free_text.twilio_gather.en",
        "http.request.body",
        f"CallSid=CA{chars(HEX, 32)}&From=%2B1201555{RNG.randint(100, 199):04d}&To=%2B18005550199&SpeechResult=i+need+to+change+my+delivery+address&Confidence=0.91",
        ("phone",),
        content=True,
    )
    add(
        "pos.free_text.exception_quote.de",
        "exception.message",
        f"ValueError: could not parse slot 'datum' from utterance 'ich bin am {RNG.randint(1, 28)}. {month('de', RNG.randint(1, 12))} {RNG.randint(1950, 1999)} geboren'",
        ("dob",),
        site="event",
        content=True,
    )
    g, s = person("pl_PL")
    add(
        "pos.free_text.log_quote.pl",
        "log.message",
        f"INFO turn=3 user said: 'dzień dobry z tej strony {g.lower()} {s.lower()}'",
        ("name",),
        content=True,
    )
    add(
        "pos.free_text.status_quote.en",
        "otel.status_description",
        "Intent classification failed for input: my daughter has a seizure disorder and needs her refill",
        ("sensitive",),
        site="status",
        content=True,
    )


def values_with_pii() -> None:
    """Personal data and secrets outside conversation content."""
    # caller numbers under telephony keys
    p = phone("GB")
    add(
        "pos.value.phone.sip",
        "sip.from",
        f'"{fmt(p, "intl")}" <sip:{fmt(p, "e164")}@sip.carrier.example.net>;tag=8f2a91c',
        ("phone",),
    )
    p = phone("DE")
    add(
        "pos.value.phone.sip",
        "sip.header.p_asserted_identity",
        f"<tel:{fmt(p, 'e164')}>",
        ("phone",),
    )
    p = phone("IT")
    add(
        "pos.value.phone.sip",
        "sip.request.uri",
        f"sip:{fmt(p, 'e164')[1:]}@trunk.example.it;user=phone",
        ("phone",),
    )
    p = phone("ES")
    add("pos.value.phone.twilio", "twilio.from", fmt(p, "e164"), ("phone",))
    p = phone("MX")
    add(
        "pos.value.phone.twilio",
        "http.request.body",
        f"AccountSid=AC{chars(HEX, 32)}&ApiVersion=2010-04-01&CallSid=CA{chars(HEX, 32)}&CallStatus=ringing&Called=%2B18005550142&Caller=%2B{fmt(p, 'e164')[1:]}&Direction=inbound&From=%2B{fmt(p, 'e164')[1:]}&FromCountry=MX&To=%2B18005550142",
        ("phone",),
    )
    p = phone("NL")
    add(
        "pos.value.phone.telnyx",
        "http.request.body",
        jdump(
            {
                "data": {
                    "event_type": "call.initiated",
                    "payload": {
                        "call_control_id": f"v3:{chars(B64URL, 22)}",
                        "from": fmt(p, "e164"),
                        "to": "+31850000000",
                        "direction": "incoming",
                        "state": "parked",
                    },
                }
            }
        ),
        ("phone",),
    )
    p = phone("SE")
    add("pos.value.phone.patter", "patter.call.from", fmt(p, "e164"), ("phone",))
    p = phone("PH")
    add("pos.value.phone.livekit", "lk.participant_identity", f"sip_{fmt(p, 'e164')}", ("phone",))
    p = phone("IN")
    add(
        "pos.value.phone.error",
        "exception.message",
        f"TwilioRestException: HTTP 400 error: Unable to create record: The 'To' number {fmt(p, 'e164')} is not a valid phone number.",
        ("phone",),
        site="event",
    )
    p = phone("TR")
    add(
        "pos.value.phone.status",
        "otel.status_description",
        f"transfer to {fmt(p, 'intl')} failed: busy",
        ("phone",),
        site="status",
    )
    p = phone("ID")
    add("pos.value.phone.header", "http.request.header.x_caller_id", [fmt(p, "e164")], ("phone",))
    g, s = person("en_US")
    add("pos.value.name.cnam", "twilio.caller_name", f"{s.upper()} {g.upper()}", ("name",))
    g, s = person("da_DK")
    add("pos.value.name.crm", "crm.contact.display_name", f"{g} {s}", ("name",))
    g, s = person("zh_CN")
    add("pos.value.name.crm", "顧客.氏名", f"{s}{g}", ("name",))
    g, s = person("ru_RU")
    add(
        "pos.value.name.sql",
        "db.query.text",
        f"SELECT id FROM customers WHERE last_name = '{s}' AND first_name = '{g}'",
        ("name",),
    )
    g, s = person("nl_NL")
    add(
        "pos.value.name.error",
        "exception.message",
        f"KeyError: no loyalty account for '{g} {s}'",
        ("name",),
        site="event",
    )
    # client addresses
    add(
        "pos.value.ip.forwarded",
        "http.request.header.x-forwarded-for",
        [f"{public_ipv4()}, 10.0.3.17"],
        ("ip",),
    )
    add("pos.value.ip.forwarded", "http.request.header.cf-connecting-ip", [public_ipv4()], ("ip",))
    add(
        "pos.value.ip.forwarded",
        "http.request.header.forwarded",
        [f"for={public_ipv4()};proto=https;by=10.1.0.4"],
        ("ip",),
    )
    add("pos.value.ip.forwarded", "http.request.header.x-real-ip", [public_ipv4()], ("ip",))
    add(
        "pos.value.ip.forwarded",
        "http.request.header.true-client-ip",
        [f"[{public_ipv6()}]"],
        ("ip",),
    )
    add("pos.value.ip.client", "client.address", public_ipv4(), ("ip",))
    add("pos.value.ip.client", "enduser.ip", public_ipv6(), ("ip",))
    add(
        "pos.value.ip.log",
        "log.message",
        f'{public_ipv4()} - - "POST /twilio/voice HTTP/1.1" 200 512 "-" "TwilioProxy/1.1"',
        ("ip",),
    )
    add(
        "pos.value.ip.log",
        "message",
        f"ws connect from {public_ipv4()}:{RNG.randint(1024, 65535)} accepted",
        ("ip",),
        site="event",
    )
    add(
        "pos.value.ip.ice",
        "webrtc.ice.candidate",
        f"candidate:{RNG.randint(10**8, 10**9)} 1 udp 1686052607 {public_ipv4()} {RNG.randint(40000, 65000)} typ srflx raddr 192.168.1.23 rport {RNG.randint(40000, 65000)} generation 0 ufrag {chars(B62, 4)}",
        ("ip",),
    )
    add(
        "pos.value.ip.ice",
        "lk.ice.remote_candidate",
        f"candidate:2 1 UDP 2122187007 {public_ipv6()} 51234 typ host",
        ("ip",),
    )
    caller_ip = public_ipv4()
    sdp = (
        f"v=0\r\no=- {digits(19)} 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n"
        f"m=audio 54021 UDP/TLS/RTP/SAVPF 111 0\r\nc=IN IP4 {caller_ip}\r\n"
        f"a=candidate:{digits(9)} 1 udp 1685987071 {caller_ip} 54021 typ srflx raddr 192.168.1.40 rport 54021\r\n"
        "a=rtpmap:111 opus/48000/2"
    )
    add("pos.value.ip.sdp", "webrtc.remote_description.sdp", sdp, ("ip",))
    add(
        "pos.value.ip.status",
        "otel.status_description",
        f"rate limited: too many calls from {public_ipv4()}",
        ("ip",),
        site="status",
    )
    # e-mails in errors and logs
    add(
        "pos.value.email.error",
        "exception.message",
        f"SMTPRecipientsRefused: {{'{fk('it_IT').user_name()}@example.it': (550, b'5.1.1 mailbox unavailable')}}",
        ("email",),
        site="event",
    )
    add(
        "pos.value.email.error",
        "error.message",
        'duplicate key value violates unique constraint "users_email_key" DETAIL: Key (email)=(søren.kierkegaard@eksempel.dk) already exists.',
        ("email",),
    )
    add(
        "pos.value.email.header",
        "http.request.header.x-user-email",
        ["m.ionescu@example.ro"],
        ("email",),
    )
    add("pos.value.email.idn", "enduser.email", "yamada@会社例.jp", ("email",))
    # national ids and dates outside content
    ids = dict((cc, v) for cc, _s, v in national_ids())
    add(
        "pos.value.national_id.error",
        "exception.message",
        f"ValidationError: codice_fiscale {ids['it']} does not match the name on file",
        ("national_id",),
        site="event",
    )
    add(
        "pos.value.national_id.sql",
        "db.query.text",
        f"UPDATE klant SET bsn = '{ids['nl']}' WHERE id = 8812",
        ("national_id",),
    )
    add(
        "pos.value.national_id.log",
        "log.message",
        f"kyc lookup pesel={ids['pl']} status=MATCH",
        ("national_id",),
    )
    y, m, d = birth()
    add("pos.value.dob.keyed", "customer.date_of_birth", f"{y}-{m:02d}-{d:02d}", ("dob",))
    y, m, d = birth()
    add("pos.value.dob.keyed", "kunde.geburtsdatum", f"{d:02d}.{m:02d}.{y}", ("dob",))
    f = fk("en_GB")
    add(
        "pos.value.address.keyed",
        "shipping.address",
        f"{RNG.randint(1, 200)} {f.street_name()}, {f.city()} {f.postcode()}",
        ("address",),
    )
    add(
        "pos.value.card.log",
        "log.message",
        "charge declined card=5555.5555.5555.4444 reason=insufficient_funds",
        ("card",),
    )
    add(
        "pos.value.iban.error",
        "exception.message",
        f"SepaError: mandate refused for {iban('BE', lambda: digits(12)).lower()}",
        ("iban",),
        site="event",
    )
    # secrets in providers' published shapes (random characters)
    secrets = [
        (
            "http.request.header.authorization",
            [f"Bearer sk-proj-{chars(B64URL, 48)}T3BlbkFJ{chars(B64URL, 48)}"],
        ),
        ("http.request.header.x-api-key", [f"sk-ant-api03-{chars(B64URL, 93)}AA"]),
        ("http.request.header.xi-api-key", [f"sk_{chars(HEX, 48)}"]),
        ("http.request.header.authorization", [f"Token {chars(HEX, 40)}"]),  # Deepgram
        ("http.request.header.sec-websocket-protocol", [f"token, {chars(HEX, 40)}"]),
        (
            "http.request.header.cookie",
            [f"sessionid={chars(B62, 32)}; csrftoken={chars(B62, 32)}"],
        ),
        (
            "http.request.header.authorization",
            [
                f"Basic {base64.b64encode(b'AC' + chars(HEX, 32).encode() + b':' + chars(HEX, 32).encode()).decode()}"
            ],
        ),
        (
            "url.full",
            f"https://hooks.slack.com/services/T{chars(string.ascii_uppercase + string.digits, 8)}/B{chars(string.ascii_uppercase + string.digits, 10)}/{chars(B62, 24)}",
        ),
        ("url.full", f"https://discord.com/api/webhooks/{digits(18)}/{chars(B64URL, 68)}"),
        (
            "url.full",
            f"https://api.telegram.org/bot{digits(10)}:AA{chars(B64URL, 33)}/sendMessage",
        ),
        (
            "url.full",
            f"https://ops:{chars(B62, 14)}@grafana.internal.example.com/api/annotations",
        ),
        ("url.full", f"https://example.com/twilio/status?token={chars(B62, 40)}"),
        (
            "db.connection_string",
            f"postgresql://voicebot:{chars(B62, 18)}@db-prod.internal:5432/calls",
        ),
        (
            "db.connection_string",
            f"DefaultEndpointsProtocol=https;AccountName=callrec;AccountKey={base64.b64encode(bytes(RNG.randrange(256) for _ in range(64))).decode()};EndpointSuffix=core.windows.net",
        ),
        ("db.query.text", f"ALTER USER reporting WITH PASSWORD '{chars(B62, 16)}'"),
        ("db.query.text", f"CREATE USER 'agent'@'%' IDENTIFIED BY '{chars(B62, 14)}!'"),
        ("gen_ai.provider.credentials", f"ya29.a0{chars(B64URL, 150)}"),
        ("config.google_api_key", f"AIza{chars(B64URL, 35)}"),
        (
            "error.message",
            f"AuthenticationError: Incorrect API key provided: gsk_{chars(B62, 52)}",
        ),
        ("error.message", f"401 Unauthorized for token hf_{chars(B62, 34)}"),
        ("aws.access_key_id", f"AKIA{chars(string.ascii_uppercase + '234567', 16)}"),
        ("process.command_line", f"python bot.py --stripe-key sk_live_{chars(B62, 99)}"),
        (
            "exception.message",
            f"github.GithubException: 401 {{'message': 'Bad credentials'}} token=ghp_{chars(B62, 36)}",
        ),
        ("webhook.signing_secret", f"whsec_{chars(B62, 32)}"),
        ("twilio.auth_token", chars(HEX, 32)),
        (
            "livekit.token",
            jwt(
                {
                    "iss": "API" + chars(B62, 9),
                    "sub": "caller-7",
                    "video": {"roomJoin": True, "room": "support-17"},
                    "exp": 1893456000,
                }
            ),
        ),
        (
            "http.request.header.authorization",
            [
                f"Bearer {jwt({'sub': 'auth0|' + chars(HEX, 24), 'aud': 'https://api.example.com', 'iat': 1767225600})}"
            ],
        ),
        ("sendgrid.api_key", f"SG.{chars(B64URL, 22)}.{chars(B64URL, 43)}"),
        ("log.message", f"connecting to redis://:{chars(B62, 20)}@cache.internal:6379/0"),
        ("env.OPENAI_API_KEY", f"sk-{chars(B62, 48)}"),
        ("gitlab.token", f"glpat-{chars(B64URL, 20)}"),
        (
            "tls.private_key",
            "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"
            + chars(B62 + "+/", 64)
            + "\n-----END PRIVATE KEY-----",
        ),
    ]
    for key, v in secrets:
        site = "event" if key == "exception.message" else "attribute"
        if key.startswith("http.request.header."):
            shape = "header"
        elif key.startswith(("url.", "db.")) or "redis://" in str(v):
            shape = "url_or_sql"
        elif key.endswith((".message", "command_line")):
            shape = "in_text"
        else:
            shape = "keyed"
        add(f"pos.value.secret.{shape}", key, v, ("secret",), site=site)
    add(
        "pos.value.secret.in_text",
        "process.command_line",
        f"node server.js --deepgram-key={chars(HEX, 40)}",
        ("secret",),
        site="resource",
    )
    add(
        "pos.value.secret.in_text",
        "otel.status_description",
        f"Unauthorized: invalid x-api-key sk-ant-api03-{chars(B64URL, 93)}AA",
        ("secret",),
        site="status",
    )


def uuid4() -> str:
    """A random version-4 UUID from the corpus's generator."""
    h = chars(HEX, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{pick('89ab')}{h[17:20]}-{h[20:]}"


def ulid() -> str:
    """A ULID shape (Crockford base32)."""
    return "01J" + chars("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23)


def hard_negatives() -> None:
    """Values shaped like personal data that are not, none of them content."""
    neg: list[tuple[str, str, Any, str]] = []  # (class suffix, key, value, site)
    for key in ("trace_id", "otel.trace_id", "parent_span_id", "span_id"):
        n = 32 if "trace" in key else 16
        neg.append(("trace_id", key, chars(HEX, n), "attribute"))
    for key in (
        "getpatter.call.id",
        "patter.call_id",
        "lk.job_id",
        "conversation.id",
        "lk.speech_id",
    ):
        v = {
            "lk.job_id": f"AJ_{chars(B62, 12)}",
            "lk.speech_id": f"speech_{chars(HEX, 12)}",
            "getpatter.call.id": f"CA{chars(HEX, 32)}",
        }.get(key, uuid4())
        neg.append(("call_id", key, v, "attribute"))
    neg.append(("ulid", "request.id", ulid(), "attribute"))
    neg.append(("ulid", "event.id", ulid(), "event"))
    neg.append(("uuid", "gen_ai.response.id", uuid4(), "attribute"))
    neg.append(("uuid", "gen_ai.tool.call.id", f"call_{chars(B62, 24)}", "attribute"))
    # Luhn-valid or identifier-shaped digits under id keys
    for key in ("order.id", "invoice.number", "ticket.id", "shipment.id"):
        neg.append(("luhn_id", key, luhn_card(pick(["4", "5", "37"]), 16), "attribute"))
    neg.append(("luhn_id", "device.imei", luhn_card("35", 15), "attribute"))
    neg.append(("luhn_id", "sim.iccid", luhn_card("8931", 19), "attribute"))
    neg.append(("ssn_shaped", "product.sku", f"{digits(3)}-{digits(2)}-{digits(4)}", "attribute"))
    neg.append(
        ("ssn_shaped", "inventory.part_number", f"{digits(3)}-{digits(2)}-{digits(4)}", "attribute")
    )
    neg.append(
        ("phone_shaped", "order.number", f"{digits(3)}-{digits(3)}-{digits(4)}", "attribute")
    )
    neg.append(
        ("phone_shaped", "batch.reference", f"({digits(3)}) {digits(3)}-{digits(4)}", "attribute")
    )
    neg.append(
        (
            "card_shaped",
            "gift_card.batch",
            f"{digits(4)} {digits(4)} {digits(4)} {digits(4)}",
            "attribute",
        )
    )
    neg.append(("card_shaped", "tracking.number", "1Z999AA10123456784", "attribute"))
    neg.append(("iban_shaped", "payment.reference", "RF18 5390 0754 7034", "attribute"))
    neg.append(("version", "service.version", "3.14.2-rc.1+build.20260301", "resource"))
    neg.append(("version", "telemetry.sdk.version", "1.39.1", "resource"))
    neg.append(("version", "getpatter.version", "0.7.0", "resource"))
    neg.append(("version", "process.runtime.version", "3.11.7", "resource"))
    neg.append(("build_hash", "vcs.ref.head.revision", chars(HEX, 40), "resource"))
    neg.append(("build_hash", "container.image.id", f"sha256:{chars(HEX, 64)}", "resource"))
    neg.append(("build_hash", "audio.sha1", chars(HEX, 40), "attribute"))
    # addresses that are not a caller's
    neg.append(("ip_doc", "client.address", "203.0.113.42", "attribute"))
    neg.append(
        ("ip_doc", "http.request.header.x-forwarded-for", ["198.51.100.7, 192.0.2.10"], "attribute")
    )
    neg.append(("ip_doc", "enduser.ip", "2001:db8::1f", "attribute"))
    neg.append(("ip_private", "client.address", "10.24.3.118", "attribute"))
    neg.append(("ip_private", "network.peer.address", "172.20.0.5", "attribute"))
    neg.append(("ip_private", "client.address", "127.0.0.1", "attribute"))
    neg.append(("ip_private", "host.ip", ["10.0.12.4", "fe80::1c2a:7ff:fe3b:91d0"], "resource"))
    neg.append(
        (
            "ip_private",
            "webrtc.ice.candidate",
            "candidate:1 1 udp 2122260223 192.168.0.14 50312 typ host generation 0",
            "attribute",
        )
    )
    neg.append(
        (
            "ip_private",
            "webrtc.ice.candidate",
            f"candidate:3 1 udp 2122262783 {chars(HEX, 8)}-{chars(HEX, 4)}-4{chars(HEX, 3)}-a{chars(HEX, 3)}-{chars(HEX, 12)}.local 61234 typ host",
            "attribute",
        )
    )
    neg.append(("ip_edge", "server.address", "54.172.60.1", "attribute"))  # Twilio media edge range
    neg.append(("ip_edge", "network.peer.address", "3.122.181.12", "attribute"))
    neg.append(("ip_edge", "net.peer.ip", "168.86.128.20", "attribute"))
    neg.append(("ip_edge", "server.address", "api.deepgram.com", "attribute"))
    neg.append(
        (
            "ip_edge",
            "url.full",
            "wss://api.elevenlabs.io/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM/stream-input?model_id=eleven_flash_v2_5",
            "attribute",
        )
    )
    # the business's own published numbers
    neg.append(("own_number", "agent.phone_number", "+18005550199", "attribute"))
    neg.append(("own_number", "sip.trunk.did", "+442079460000", "attribute"))
    neg.append(("own_number", "twilio.outbound_caller_id", "+15005550006", "attribute"))
    neg.append(("own_number", "org.support_line", "0808 157 0192", "resource"))
    neg.append(("own_number", "telephony.trunk.number", "+31 85 000 0000", "attribute"))
    # masked values and redaction tags
    neg.append(("masked", "http.request.header.authorization", ["Bearer sk-…a9Qe"], "attribute"))
    neg.append(
        ("masked", "openai.api_key", "sk-proj-****************************wXyz", "attribute")
    )
    neg.append(("masked", "caller.number", "+44 77** *** 123", "attribute"))
    neg.append(("masked", "payment.card", "•••• •••• •••• 4242", "attribute"))
    neg.append(("masked", "customer.email", "j***@g***.com", "attribute"))
    neg.append(("masked", "caller.phone", "<PHONE>", "attribute"))
    neg.append(("masked", "customer.name", "[REDACTED]", "attribute"))
    neg.append(("masked", "caller.number.hash", f"sha256:{chars(HEX, 64)}", "attribute"))
    neg.append(("masked", "password", "${DB_PASSWORD}", "attribute"))
    neg.append(("masked", "twilio.auth_token", "<redacted>", "attribute"))
    # provider errors and developer text
    neg.append(
        (
            "error_body",
            "http.response.body",
            jdump(
                {
                    "error": {
                        "message": "Rate limit reached for gpt-4o-mini in organization org-xxxx on tokens per min (TPM): Limit 200000, Used 199600, Requested 1200.",
                        "type": "tokens",
                        "code": "rate_limit_exceeded",
                    }
                }
            ),
            "attribute",
        )
    )
    neg.append(
        (
            "error_body",
            "deepgram.error",
            jdump(
                {
                    "err_code": "INVALID_AUTH",
                    "err_msg": "Invalid credentials.",
                    "request_id": uuid4(),
                }
            ),
            "attribute",
        )
    )
    neg.append(
        (
            "error_body",
            "elevenlabs.error",
            jdump(
                {
                    "detail": {
                        "status": "quota_exceeded",
                        "message": "This request exceeds your quota of 10000. You have 132 credits remaining.",
                    }
                }
            ),
            "attribute",
        )
    )
    neg.append(
        (
            "error_body",
            "exception.message",
            "TimeoutError: Cartesia websocket did not answer within 5.0s",
            "event",
        )
    )
    neg.append(
        (
            "error_body",
            "otel.status_description",
            "Twilio error 11200: HTTP retrieval failure",
            "status",
        )
    )
    neg.append(
        (
            "error_body",
            "otel.status_description",
            "UNAVAILABLE: upstream connect error or disconnect/reset before headers",
            "status",
        )
    )
    neg.append(
        (
            "stacktrace",
            "exception.stacktrace",
            'Traceback (most recent call last):\n  File "/app/.venv/lib/python3.12/site-packages/getpatter/pipeline.py", line 412, in _run_turn\n    reply = await self._llm.complete(history)\n  File "/app/.venv/lib/python3.12/site-packages/openai/_base_client.py", line 1634, in _request\n    raise self._make_status_error_from_response(err.response) from None\nopenai.APIConnectionError: Connection error.',
            "event",
        )
    )
    neg.append(
        ("stacktrace", "exception.type", "websockets.exceptions.ConnectionClosedError", "event")
    )
    neg.append(
        (
            "log_line",
            "log.message",
            "turn 4 finished in 812 ms (stt 190 ms, llm 402 ms, tts 220 ms)",
            "attribute",
        )
    )
    neg.append(
        (
            "log_line",
            "log.message",
            '10.0.4.12 - - "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.30"',
            "attribute",
        )
    )
    neg.append(("sip", "sip.call_id", f"{chars(HEX, 16)}@10.0.2.7", "attribute"))
    neg.append(
        ("sip", "sip.header.user_agent", "FreeSWITCH-mod_sofia/1.10.11-release~64bit", "attribute")
    )
    neg.append(("sip", "sip.response", "SIP/2.0 486 Busy Here", "attribute"))
    # times, durations, costs, audio settings, models, regions, places, companies
    neg.append(("timestamp", "lk.start_time", 1767269405.221, "attribute"))
    neg.append(("timestamp", "event.time", "2026-01-01T12:10:05.221+01:00", "event"))
    neg.append(("timestamp", "order.created_at", "14.03.2026 09:41", "attribute"))
    neg.append(("timestamp", "subscription.renewal_date", "2027-01-31", "attribute"))
    neg.append(("duration", "getpatter.endpoint.silence_ms", 640, "attribute"))
    neg.append(("duration", "lk.end_of_utterance_delay", 0.412, "attribute"))
    neg.append(("duration", "call.duration", "00:04:37", "attribute"))
    neg.append(("duration", "patter.latency.turn_ms", 1184.6, "attribute"))
    neg.append(("cost", "patter.cost.telephony_minutes", 4.62, "attribute"))
    neg.append(("cost", "patter.cost.llm_input_tokens", 1843, "attribute"))
    neg.append(("cost", "billing.amount", "€ 1.234,56", "attribute"))
    neg.append(("audio", "audio.codec", "PCMU/8000", "attribute"))
    neg.append(("audio", "getpatter.tts.sample_rate", 24000, "attribute"))
    neg.append(("audio", "audio.format", "pcm_s16le;rate=16000;channels=1", "attribute"))
    neg.append(("audio", "lk.transcript_confidence", 0.9312, "attribute"))
    neg.append(("audio", "getpatter.stt.confidence", 0.87, "attribute"))
    neg.append(("audio", "getpatter.stt.text_len", 42, "attribute"))
    neg.append(("model", "gen_ai.request.model", "gpt-4o-mini-2024-07-18", "attribute"))
    neg.append(("model", "gen_ai.response.model", "claude-3-5-haiku-20241022", "attribute"))
    neg.append(("model", "stt.model", "nova-3-general", "attribute"))
    neg.append(("model", "voice_id", "21m00Tcm4TlvDq8ikWAM", "attribute"))
    neg.append(("model", "lk.tts.label", "cartesia.TTS", "attribute"))
    neg.append(("region", "cloud.region", "eu-central-1", "resource"))
    neg.append(("region", "cloud.availability_zone", "ap-southeast-1b", "resource"))
    neg.append(("region", "twilio.edge", "dublin", "attribute"))
    neg.append(("place", "store.city", "Lisbon", "attribute"))
    neg.append(("place", "store.city", "Κέρκυρα", "attribute"))
    neg.append(("place", "branch.location", "Jakarta Selatan", "attribute"))
    neg.append(("place", "lk.room_name", "support-helsinki-3", "attribute"))
    neg.append(("place", "store.address", "Flagship store, Piazza del Duomo, Milano", "attribute"))
    neg.append(("company", "org.name", "Bäckerei Sonnenschein GmbH", "resource"))
    neg.append(("company", "tenant.name", "株式会社さくら物流", "attribute"))
    neg.append(("company", "service.name", "voice-agent-bookings", "resource"))
    neg.append(("company", "lk.agent_name", "Aurora", "attribute"))
    neg.append(("company", "deployment.environment", "production", "resource"))
    neg.append(("company", "host.name", "ip-10-0-3-17.eu-west-1.compute.internal", "resource"))
    neg.append(("company", "k8s.pod.name", "voicebot-7d9f8c6b5-x2klm", "resource"))
    neg.append(("metadata", "getpatter.call.direction", "inbound", "attribute"))
    neg.append(("metadata", "getpatter.tool.name", "lookup_order_status", "attribute"))
    neg.append(("metadata", "lk.function_tool.name", "get_opening_hours", "attribute"))
    neg.append(("metadata", "gen_ai.operation.name", "chat", "attribute"))
    neg.append(("metadata", "llm.input_messages.0.message.role", "system", "attribute"))
    neg.append(("metadata", "turn.number", 4, "attribute"))
    neg.append(
        (
            "metadata",
            "lk.function_tools",
            ["lookup_order_status", "get_opening_hours", "transfer_to_human"],
            "attribute",
        )
    )
    neg.append(
        (
            "metadata",
            "tool.description",
            "Look up the status of an order by its order number.",
            "attribute",
        )
    )
    neg.append(
        (
            "metadata",
            "gen_ai.tool.definitions",
            jdump(
                [
                    {
                        "type": "function",
                        "name": "book_table",
                        "parameters": {
                            "type": "object",
                            "properties": {
                                "party_size": {"type": "integer"},
                                "name": {"type": "string"},
                            },
                        },
                    }
                ]
            ),
            "attribute",
        )
    )
    neg.append(("metadata", "http.route", "/twilio/stream/{call_sid}", "attribute"))
    neg.append(
        (
            "metadata",
            "user_agent.original",
            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15",
            "attribute",
        )
    )
    neg.append(("metadata", "caller.number", "anonymous", "attribute"))
    neg.append(("metadata", "phone.country", "NL", "attribute"))
    neg.append(("metadata", "secret.ttl_seconds", 3600, "attribute"))
    neg.append(("metadata", "messaging.destination.name", "calls.completed", "attribute"))
    neg.append(
        (
            "metadata",
            "http.request.header.content-type",
            ["application/x-www-form-urlencoded"],
            "attribute",
        )
    )
    neg.append(
        ("metadata", "http.request.header.x-twilio-signature", ["redacted-by-proxy"], "attribute")
    )
    neg.append(("metadata", "email.template", "order-confirmation-v3", "attribute"))
    neg.append(("metadata", "package", "@livekit/agents@1.0.36", "attribute"))
    neg.append(("metadata", "icon", "logo@2x.png", "attribute"))
    neg.append(("number", "measurement", "12.345.678", "attribute"))
    neg.append(("number", "dimensions", "1 234 567 bytes", "attribute"))
    neg.append(("number", "promo.code", "SUMMER-2026-15OFF", "attribute"))
    neg.append(("number", "queue.position", "3 of 12", "attribute"))
    neg.append(("sid", "twilio.account_sid", f"AC{chars(HEX, 32)}", "attribute"))
    neg.append(("sid", "twilio.stream_sid", f"MZ{chars(HEX, 32)}", "attribute"))
    neg.append(("sid", "stripe.payment_intent", f"pi_3{chars(B62, 23)}", "attribute"))
    neg.append(("sid", "http.request.header.x-request-id", [uuid4()], "attribute"))
    neg.append(("sid", "deepgram.request_id", uuid4(), "attribute"))
    neg.append(("sid", "lk.participant_identity", f"agent-{chars(HEX, 6)}", "attribute"))
    neg.append(("sid", "telnyx.call_control_id", f"v3:{chars(B64URL, 40)}", "attribute"))
    neg.append(
        ("timestamp", "http.response.header.date", ["Tue, 03 Mar 2026 08:12:44 GMT"], "attribute")
    )
    neg.append(("timestamp", "job.started_at_ms", 1772525564123, "attribute"))
    neg.append(("duration", "retry.after", "PT1M30S", "attribute"))
    neg.append(("number", "http.response.status_code", 200, "attribute"))
    neg.append(("number", "http.request.header.content-length", ["1048"], "attribute"))
    neg.append(("number", "warehouse.bin", "A-12-03-447", "attribute"))
    neg.append(("number", "gen_ai.usage.output_tokens", 387, "attribute"))
    neg.append(("number", "patter.cost.tts_chars", 1201, "attribute"))
    neg.append(("number", "geo.bounding_box", "52.3676,4.9041,52.4000,4.9500", "attribute"))
    neg.append(
        (
            "metadata",
            "url.full",
            "https://api.example.com/v2/orders/7731/status?fields=eta,carrier",
            "attribute",
        )
    )
    neg.append(("metadata", "feature_flag.key", "barge_in_v2", "attribute"))
    neg.append(("metadata", "exception.message", "KeyError: 'customer_name'", "event"))
    neg.append(
        (
            "metadata",
            "otel.status_description",
            "tool lookup_order_status returned no rows",
            "status",
        )
    )
    neg.append(("metadata", "gen_ai.system_fingerprint", f"fp_{chars(HEX, 10)}", "attribute"))
    for suffix, key, v, site in neg:
        add(f"neg.value.{suffix}", key, v, site=site)


def main() -> None:
    """Build every row and write the file."""
    # Some Faker locales draw from sets, whose order follows the string hash seed.
    if os.environ.get("PYTHONHASHSEED") != "0":
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        sys.exit(subprocess.call([sys.executable, *sys.argv], env=env))
    for dist, want in PINNED.items():
        if version(dist) != want:
            warnings.warn(
                f"{dist} {version(dist)} installed; corpus G was made with {want}", stacklevel=2
            )
    clean_content()
    names_in_content()
    dobs_in_content()
    addresses_in_content()
    ids_in_content()
    money_in_content()
    contacts_in_content()
    sensitive_in_content()
    pii_mixed_in_content()
    values_with_pii()
    hard_negatives()
    # An optional path writes elsewhere (the format test compares a fresh copy).
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
