"""Write corpus M: what a voice agent's tools and integrations carry, held out, written blind.

Every value is one the agent's side systems would put in a trace: CRM objects, bookings,
payments, FHIR and HL7 records, claims, shipments, KYC and loan checks, utility and benefits
cases, HR and school records, messages the agent sends, and the machine text around a call
(SQL, URLs, GraphQL, logs, exceptions, dead letters, CSV, XML, encoded bodies), in many
languages. Run ``python tests/data/make_pii_corpus_m.py [OUT]``; with Faker 40.63.0,
python-stdnum 2.2 and phonenumbers 9.0.43 it rewrites ``pii_corpus_m.jsonl`` byte for byte.
No date is read from the clock: birth dates come from the seeded generator below.
"""

# ruff: noqa: E501
# Long lines here are single values kept whole so each reads as it would sit in a span.
from __future__ import annotations

import base64
import hashlib
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
from stdnum import iban as iban_mod
from stdnum import luhn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.es import dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.il import idnr as il_id
from stdnum.in_ import aadhaar
from stdnum.it import codicefiscale
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.nl import bsn
from stdnum.pl import pesel
from stdnum.pt import cc as pt_cc
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.us import rtn, ssn
from stdnum.za import idnr as za_id

RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
OUT = Path(__file__).with_name("pii_corpus_m.jsonl")
R = random.Random(20261207)
_FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    """One Faker per locale, each seeded from its name so order of first use does not matter."""
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(int(hashlib.sha256(locale.encode()).hexdigest()[:8], 16))
        _FAKERS[locale] = f
    return _FAKERS[locale]


ROWS: list[dict[str, Any]] = []


def add(
    cls: str, key: str, value: Any, kinds: tuple[str, ...] = (), site: str = "attribute"
) -> None:
    """Append one labelled row; content follows the class's second part."""
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


def js(obj: Any) -> str:
    """A compact JSON string, non-ASCII kept as exporters usually do."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def hexs(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def digits(n: int) -> str:
    return "".join(R.choice(string.digits) for _ in range(n))


# --- valid identifiers: a random body, the check part found by python-stdnum itself ---


def complete(mod: Any, body: str, alphabet: str = string.digits, n: int = 1) -> str:
    for tail in itertools.product(alphabet, repeat=n):
        if mod.is_valid(body + "".join(tail)):
            return body + "".join(tail)
    raise ValueError(body)


def until(mod: Any, make: Any) -> str:
    for _ in range(2000):
        v = make()
        if mod.is_valid(v):
            return str(v)
    raise ValueError(mod.__name__)


def bday() -> tuple[int, int, int]:
    return R.randint(1942, 2003), R.randint(1, 12), R.randint(1, 28)


def es_dni() -> str:
    return complete(dni, digits(8), string.ascii_uppercase)


def es_nie() -> str:
    return complete(nie, R.choice("XYZ") + digits(7), string.ascii_uppercase)


def br_cpf() -> str:
    v = complete(cpf, str(R.randint(1, 9)) + digits(8), n=2)
    return cpf.format(v)


def pl_pesel() -> str:
    y, m, d = bday()
    mm = m + (20 if y >= 2000 else 0)
    return complete(pesel, f"{y % 100:02d}{mm:02d}{d:02d}{digits(4)}")


def nl_bsn() -> str:
    return until(bsn, lambda: str(R.randint(1, 6)) + digits(8))


def se_pnr() -> str:
    y, m, d = bday()
    v = complete(personnummer, f"{y % 100:02d}{m:02d}{d:02d}-{digits(3)}")
    return v


def fi_hetu() -> str:
    y, m, d = bday()
    sep = "A" if y >= 2000 else "-"
    return complete(
        hetu,
        f"{d:02d}{m:02d}{y % 100:02d}{sep}{R.randint(2, 899):03d}",
        "0123456789ABCDEFHJKLMNPRSTUVWXY",
    )


def it_cf(f: Faker) -> str:
    y, m, d = bday()
    cons = "BCDFGLMNPRSTVZ"
    body = "".join(R.choice(cons) for _ in range(6)) + f"{y % 100:02d}" + "ABCDEHLMPRST"[m - 1]
    body += f"{d + R.choice([0, 40]):02d}" + R.choice("FGHL") + f"{R.randint(100, 999)}"
    return complete(codicefiscale, body, string.ascii_uppercase)


def fr_nir() -> str:
    y, m, _ = bday()
    body = f"{R.choice('12')}{y % 100:02d}{m:02d}{R.randint(1, 95):02d}{digits(3)}{digits(3)}"
    return complete(nir, body, n=2)


def in_aadhaar() -> str:
    v = until(aadhaar, lambda: complete(aadhaar, str(R.randint(2, 9)) + digits(10)))
    return f"{v[:4]} {v[4:8]} {v[8:]}"


def in_pan() -> str:
    return (
        "".join(R.choice(string.ascii_uppercase) for _ in range(3))
        + "P"
        + R.choice(string.ascii_uppercase)
        + digits(4)
        + R.choice(string.ascii_uppercase)
    )


def tr_tc() -> str:
    return complete(tckimlik, str(R.randint(1, 9)) + digits(8), n=2)


def ro_cnp() -> str:
    y, m, d = bday()
    s = R.choice("12") if y < 2000 else R.choice("56")
    return complete(cnp, f"{s}{y % 100:02d}{m:02d}{d:02d}{R.randint(1, 46):02d}{digits(3)}")


def cz_rc() -> str:
    y, m, d = bday()
    y = max(y, 1954)
    mm = m + R.choice([0, 50])
    return until(rc, lambda: f"{y % 100:02d}{mm:02d}{d:02d}{digits(4)}")


def il_tz() -> str:
    return complete(il_id, digits(8))


def mx_curp() -> str:
    y, m, d = bday()
    body = (
        R.choice("BCDFGHLMPRSTV")
        + R.choice("AEIOU")
        + R.choice("BCDFGHLMPRST")
        + R.choice("ABCDEFGHJLMR")
        + f"{y % 100:02d}{m:02d}{d:02d}"
        + R.choice("HM")
        + R.choice(["DF", "JC", "NL", "PL", "VZ", "YN"])
        + "".join(R.choice("BCDFGHLMNPRSTVZ") for _ in range(3))
        + ("0" if y < 2000 else "A")
    )
    return complete(curp, body)


def za_idn() -> str:
    y, m, d = bday()
    return complete(za_id, f"{y % 100:02d}{m:02d}{d:02d}{digits(4)}{R.choice('01')}8")


def gr_amka() -> str:
    y, m, d = bday()
    return complete(amka, f"{d:02d}{m:02d}{y % 100:02d}{digits(4)}")


def kr_rrn() -> str:
    y, m, d = bday()
    s = R.choice("12") if y < 2000 else R.choice("34")
    return until(
        rrn, lambda: complete(rrn, f"{y % 100:02d}{m:02d}{d:02d}{s}{R.randint(0, 8)}{digits(4)}")
    )


def cn_ric() -> str:
    y, m, d = bday()

    def one() -> str:
        area = R.choice(["110101", "110105", "310101", "310104", "440106", "330102"])
        body = f"{area}{y}{m:02d}{d:02d}{digits(3)}"
        for c in string.digits + "X":
            if ric.is_valid(body + c):
                return body + c
        return body + "0"

    return until(ric, one)


def th_id() -> str:
    return complete(th_pin, str(R.randint(1, 8)) + digits(11))


def pt_cc_n() -> str:
    return complete(pt_cc, digits(8) + str(R.randint(0, 9)) + "ZZ", string.digits)


def us_ssn() -> str:
    v = until(
        ssn, lambda: f"{R.randint(100, 665):03d}{R.randint(10, 99):02d}{R.randint(1000, 9999):04d}"
    )
    return f"{v[:3]}-{v[3:5]}-{v[5:]}"


def us_rtn() -> str:
    return complete(rtn, R.choice(["02", "03", "06", "11", "12", "26"]) + digits(6))


def ca_sin() -> str:
    return complete(sin, str(R.randint(1, 7)) + digits(7))


def gb_nhs() -> str:
    v = until(nhs, lambda: complete(nhs, str(R.randint(4, 6)) + digits(8)))
    return f"{v[:3]} {v[3:6]} {v[6:]}"


def gb_nino() -> str:
    return R.choice(["AB", "CE", "JG", "NZ", "PR", "SH", "WK"]) + digits(6) + R.choice("ABCD")


BBAN = {
    "DE": lambda: digits(18),
    "GB": lambda: "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + digits(14),
    "NL": lambda: "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + digits(10),
    "FR": lambda: digits(10) + alnum(11, string.digits) + digits(2),
    "ES": lambda: digits(20),
    "IT": lambda: R.choice(string.ascii_uppercase) + digits(10) + digits(12),
    "PL": lambda: digits(24),
    "TR": lambda: digits(5) + "0" + digits(16),
    "PT": lambda: digits(21),
    "RO": lambda: "".join(R.choice(string.ascii_uppercase) for _ in range(4)) + digits(16),
    "SA": lambda: digits(2) + digits(18),
    "GR": lambda: digits(7) + digits(16),
    "CZ": lambda: digits(20),
    "HU": lambda: digits(24),
    "FI": lambda: digits(14),
    "SE": lambda: digits(20),
    "IL": lambda: digits(19),
    "UA": lambda: digits(6) + digits(19),
}


def make_iban(cc: str) -> str:
    def one() -> str:
        bban = BBAN[cc]()
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        return f"{cc}{98 - int(num) % 97:02d}{bban}"

    return until(iban_mod, one)


def spaced_iban(v: str) -> str:
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


TEST_CARDS = [
    "4242424242424242", "4000056655665556", "5555555555554444", "2223003122003222",
    "5200828282828210", "378282246310005", "6011111111111117", "3566002020360505",
    "6200000000000005", "4111111111111111", "5105105105105100", "4012888888881881",
]  # fmt: skip


def gen_card() -> str:
    return complete(
        luhn, R.choice(["4", "51", "53", "2221"]) + digits(12 if R.random() < 0.5 else 13)[:14]
    )


def card() -> str:
    return (
        R.choice(TEST_CARDS)
        if R.random() < 0.6
        else complete(luhn, R.choice(["4", "5"]) + digits(14))
    )


WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def spoken(num: str, words: list[str] = WORDS_EN) -> str:
    return " ".join(words[int(c)] for c in num if c.isdigit())


def phone(region: str, fmt: str = "intl") -> str:
    n = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = str(n.national_number)
    for _ in range(200):
        cand = phonenumbers.parse(f"+{n.country_code}{base[:-2]}{R.randint(0, 99):02d}")
        if region == "US":
            cand = phonenumbers.parse(f"+1{base[:3]}55501{R.randint(0, 99):02d}")
        if phonenumbers.is_valid_number(cand):
            break
    kind = {
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
        "e164": phonenumbers.PhoneNumberFormat.E164,
    }[fmt]
    return phonenumbers.format_number(cand, kind)


def email(f: Faker) -> str:
    first, last = f.first_name(), f.last_name()
    ascii_ = "".join(
        c for c in f"{first}.{last}".lower() if c.isascii() and (c.isalnum() or c == ".")
    )
    if len(ascii_) < 4:
        ascii_ = f"{R.choice(['mika', 'sam', 'noor', 'lee'])}.{R.choice(['k', 'tan', 'ora'])}{R.randint(1, 99)}"
    return f"{ascii_}@{R.choice(['gmail.com', 'outlook.com', 'yahoo.co.jp', 'web.de', 'proton.me', 'icloud.com', 'mail.ru', 'naver.com'])}"


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "sw": "Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
}  # fmt: skip


def dob_text(lang: str) -> str:
    y, m, d = bday()
    mon = MONTHS.get(lang, MONTHS["en"]).split()[m - 1] if lang in MONTHS else ""
    return {
        "en": f"{mon} {d}, {y}",
        "de": f"{d}. {mon} {y}",
        "fr": f"{d} {mon} {y}",
        "es": f"{d} de {mon} de {y}",
        "pt": f"{d} de {mon} de {y}",
        "it": f"{d} {mon} {y}",
        "nl": f"{d} {mon} {y}",
        "pl": f"{d} {mon} {y} r.",
        "tr": f"{d} {mon} {y}",
        "ru": f"{d} {mon} {y} г.",
        "uk": f"{d} {mon} {y} р.",
        "el": f"{d} {mon} {y}",
        "th": f"{d} {mon} {y + 543}",
        "id": f"{d} {mon} {y}",
        "sw": f"tarehe {d} {mon} {y}",
        "hu": f"{y}. {mon} {d}.",
        "sv": f"{d} {mon} {y}",
        "cs": f"{d}. {mon} {y}",
        "ro": f"{d} {mon} {y}",
        "fi": f"{d}. {mon} {y}",
        "ja": f"{y}年{m}月{d}日",
        "zh": f"{y}年{m}月{d}日",
        "ko": f"{y}년 {m}월 {d}일",
        "ar": f"{d}/{m}/{y}",
        "he": f"{d}.{m}.{y}",
        "hi": f"{d}-{m:02d}-{y}",
        "bn": f"{d}/{m:02d}/{y}",
        "vi": f"ngày {d} tháng {m} năm {y}",
        "iso": f"{y}-{m:02d}-{d:02d}",
        "us": f"{m:02d}/{d:02d}/{y}",
        "hl7": f"{y}{m:02d}{d:02d}",
    }[lang]


LOCALES = {
    "en": "en_US", "de": "de_DE", "fr": "fr_FR", "es": "es_ES", "pt": "pt_BR", "it": "it_IT",
    "nl": "nl_NL", "pl": "pl_PL", "tr": "tr_TR", "ar": "ar_SA", "he": "he_IL", "ru": "ru_RU",
    "uk": "uk_UA", "hi": "hi_IN", "bn": "bn_BD", "ja": "ja_JP", "ko": "ko_KR", "zh": "zh_CN",
    "th": "th_TH", "vi": "vi_VN", "id": "id_ID", "sw": "en_KE", "el": "el_GR", "cs": "cs_CZ",
    "ro": "ro_RO", "hu": "hu_HU", "fi": "fi_FI", "sv": "sv_SE", "gb": "en_GB", "mx": "es_MX",
}  # fmt: skip
REGION = {
    "en": "US", "de": "DE", "fr": "FR", "es": "ES", "pt": "BR", "it": "IT", "nl": "NL", "pl": "PL",
    "tr": "TR", "ar": "SA", "he": "IL", "ru": "RU", "uk": "UA", "hi": "IN", "bn": "BD", "ja": "JP",
    "ko": "KR", "zh": "CN", "th": "TH", "vi": "VN", "id": "ID", "sw": "KE", "el": "GR", "cs": "CZ",
    "ro": "RO", "hu": "HU", "fi": "FI", "sv": "SE", "gb": "GB", "mx": "MX",
}  # fmt: skip


def name(lang: str) -> str:
    f = fk(LOCALES[lang])
    return (
        f"{f.last_name()}{f.first_name()}"
        if lang in ("zh", "ko")
        else f.name()
        if lang != "ja"
        else f"{f.last_name()} {f.first_name()}"
    )


def first_last(lang: str) -> tuple[str, str]:
    f = fk(LOCALES[lang])
    return f.first_name(), f.last_name()


def addr(lang: str) -> str:
    return fk(LOCALES[lang]).address().replace("\n", ", ")


LANGS = [
    "en", "de", "fr", "es", "pt", "it", "nl", "pl", "tr", "ar", "he", "ru", "uk", "hi", "bn",
    "ja", "ko", "zh", "th", "vi", "id", "sw", "el", "cs", "ro", "hu", "fi", "sv",
]  # fmt: skip

FREE_KEYS = [
    "transcript", "text", "lk.user_transcript", "lk.user_input", "lk.response.text",
    "gen_ai.completion.0.content", "gen_ai.prompt.2.content", "llm.output_messages.0.message.content",
    "llm.input_messages.1.message.content", "output.value", "traceloop.entity.output",
    "langfuse.observation.output", "patter.agent.reply", "tts.text",
]  # fmt: skip
TOOL_KEYS = [
    "gen_ai.tool.call.arguments", "gen_ai.tool.call.result", "tool.arguments", "tool.result",
    "lk.function_tool.arguments", "lk.function_tool.output", "input.value", "output.value",
    "traceloop.entity.input", "traceloop.entity.output", "langfuse.observation.input",
    "langfuse.observation.output", "tool_call.result", "getpatter.tool.result",
]  # fmt: skip


def fkey() -> str:
    return R.choice(FREE_KEYS)


def tkey() -> str:
    return R.choice(TOOL_KEYS)


def genai_msgs(*turns: tuple[str, str]) -> str:
    return js([{"role": r, "parts": [{"type": "text", "content": t}]} for r, t in turns])


# ------------------------------------------------------------------ clean content
CLEAN = {
    "en": [
        "what time do you close on sundays",
        "can you repeat that",
        "is the large pizza still on offer",
    ],
    "de": [
        "Haben Sie heute Abend noch einen Tisch für vier frei?",
        "Wie lange dauert die Lieferung?",
    ],
    "fr": ["Est-ce que vous livrez le dimanche ?", "D'accord, merci beaucoup."],
    "es": ["¿Cuánto cuesta el envío a domicilio?", "Vale, perfecto, gracias."],
    "pt": ["obrigado, tchau", "Vocês abrem no feriado?"],
    "it": ["va bene, grazie mille", "Avete ancora la pizza senza glutine?"],
    "nl": ["Hoe laat gaan jullie morgen open?"],
    "pl": ["Czy mogę zapłacić kartą przy odbiorze?"],
    "tr": ["Siparişim ne zaman gelir?"],
    "ar": ["ما هي ساعات العمل يوم الجمعة؟"],
    "he": ["תודה רבה, זה הכל."],
    "ru": ["Спасибо, всё понятно."],
    "uk": ["Дякую, до побачення."],
    "hi": ["क्या आप रविवार को खुले हैं?"],
    "bn": ["আপনাদের দোকান কখন খোলে?"],
    "ja": ["予約の時間を一時間遅らせたいのですが。"],
    "ko": ["영업시간이 어떻게 되나요?"],
    "zh": ["你们周末营业吗？"],
    "th": ["ขอบคุณค่ะ แค่นี้แหละ"],
    "vi": ["Cửa hàng mở cửa lúc mấy giờ?"],
    "id": ["Apakah masih ada stok ukuran M?"],
    "sw": ["Asante sana, kwaheri."],
    "el": ["Τι ώρα κλείνετε το Σάββατο;"],
    "cs": ["Děkuji, na shledanou."],
    "ro": ["Mulțumesc, o zi bună!"],
    "hu": ["Mennyibe kerül a házhozszállítás?"],
    "fi": ["Kiitos, hei hei."],
    "sv": ["Har ni öppet på lördag?"],
}
for lang, lines in CLEAN.items():
    for line in lines:
        shape = R.random()
        if shape < 0.6:
            add(f"neg.free_text.clean.{lang}", fkey(), line)
        elif shape < 0.8:
            add(f"neg.free_text.clean.{lang}", "gen_ai.input.messages", genai_msgs(("user", line)))
        else:
            add(
                f"neg.free_text.clean.{lang}",
                "lk.chat_ctx",
                js({"items": [{"type": "message", "role": "user", "content": [line]}]}),
            )
for bc in [
    "mm-hmm",
    "ok",
    "uh-huh",
    "ja",
    "да",
    "はい",
    "네",
    "嗯",
    "oui",
    "sí",
    "ok ok",
    "أجل",
    "כן",
    "ครับ",
    "ndiyo",
    "jasne",
]:
    add("neg.free_text.backchannel", R.choice(["transcript", "lk.user_transcript", "text"]), bc)
REPLIES = [
    "We're open from 9 to 6 on weekdays and 10 to 4 on Saturdays.",
    "Your order #A-20931 has shipped and should arrive Thursday.",
    "Ich habe Ihren Tisch für 19:30 Uhr reserviert.",
    "La boutique de Lisbonne ferme à 20 h.",
    "ご予約は明日の午後三時で承りました。",
    "Tu pedido está en camino.",
    "I'll transfer you to our billing team now.",
    "Der Artikel SKU 4411-BL ist leider ausverkauft.",
]
for r in REPLIES:
    add(
        "neg.free_text.reply",
        R.choice(
            [
                "gen_ai.output.messages",
                "lk.response.text",
                "llm.output_messages.0.message.content",
                "tts.text",
            ]
        ),
        r if R.random() < 0.6 else genai_msgs(("assistant", r)),
    )
for s in ["[REDACTED]", "<PERSON>", "<PHONE_NUMBER>", "***", "[caller name removed]"]:
    add("neg.free_text.redacted", fkey(), s)

BIZ_TOOLS: list[tuple[str, Any]] = [
    ("tool.arguments", {"order_id": "ORD-118274", "include": ["items", "status"]}),
    (
        "tool.result",
        {"order_id": "ORD-118274", "status": "shipped", "carrier": "DHL", "eta": "2026-12-10"},
    ),
    ("gen_ai.tool.call.arguments", {"sku": "123-45-6789", "warehouse": "LIS-2"}),
    (
        "gen_ai.tool.call.result",
        {"sku": "TSHIRT-BLU-M", "in_stock": 14, "price": {"amount": 1999, "currency": "EUR"}},
    ),
    ("lk.function_tool.arguments", {"date": "2026-12-12", "party_size": 4, "time": "19:30"}),
    ("lk.function_tool.output", {"available": True, "slots": ["18:00", "18:30", "21:00"]}),
    (
        "tool.result",
        {"store": "Porto Centro", "hours": {"mon-fri": "09:00-19:00", "sat": "10:00-14:00"}},
    ),
    ("input.value", {"menu_section": "desserts", "lang": "it"}),
    (
        "output.value",
        {"items": [{"name": "Tiramisù", "price": 6.5}, {"name": "Panna cotta", "price": 5.0}]},
    ),
    ("traceloop.entity.input", {"query": "return policy for opened electronics"}),
    (
        "traceloop.entity.output",
        {"answer": "Opened electronics can be returned within 14 days with the receipt."},
    ),
    ("langfuse.observation.input", {"tool": "check_stock", "args": {"sku": "SHOE-42-BLK"}}),
    ("langfuse.observation.output", {"stock": 0, "restock_eta_days": 5}),
    (
        "tool.result",
        {
            "zendesk_ticket": {
                "id": 48213,
                "status": "open",
                "priority": "normal",
                "tags": ["delivery", "late"],
            }
        },
    ),
    (
        "tool.result",
        {"object": "product", "id": "prod_Qf3x", "name": "Monthly plan", "active": True},
    ),
    (
        "gen_ai.tool.call.result",
        {
            "resourceType": "Slot",
            "status": "free",
            "start": "2026-12-14T09:00:00+01:00",
            "end": "2026-12-14T09:20:00+01:00",
        },
    ),
    (
        "tool.result",
        {
            "shipment": {
                "tracking": "1Z999AA10123456784",
                "events": [{"code": "OUT_FOR_DELIVERY", "city": "Rotterdam"}],
            }
        },
    ),
    ("tool.arguments", {"template": "order_ready", "language": "pt_BR"}),
    (
        "lk.function_tool.output",
        "Die Filiale in Hamburg hat montags bis freitags von 8 bis 20 Uhr geöffnet.",
    ),
    ("tool.result", {"営業時間": "10:00〜20:00", "定休日": "水曜日"}),
    ("tool.result", {"门店": "上海静安店", "营业时间": "10:00-22:00"}),
    ("tool.result", {"매장": "강남점", "영업시간": "10:00-21:00"}),
    ("tool.result", {"товар": "Чайник электрический", "артикул": "KT-2200", "остаток": 7}),
    ("tool.result", {"المنتج": "قهوة عربية", "السعر": "45 ريال"}),
    ("tool.arguments", {"city": "Lisbon", "service": "haircut", "duration_min": 45}),
    (
        "tool.result",
        {"loan_products": [{"name": "Personal 24m", "apr": 7.9}, {"name": "Auto 60m", "apr": 5.4}]},
    ),
    ("gen_ai.tool.call.arguments", {"meter_type": "electric", "tariff": "E7"}),
    ("tool.result", {"faq": "Bills are issued on the 3rd working day of each month."}),
    ("tool.result", {"status": 404, "error": "order not found"}),
    ("tool.arguments", {"query": 'query { product(sku: "MUG-01") { price stock } }'}),
    ("tool.result", {"resourceType": "Bundle", "type": "searchset", "total": 0}),
    ("getpatter.tool.result", {"ok": True}),
    ("tool.result", {"weather": {"city": "Nairobi", "temp_c": 24, "desc": "partly cloudy"}}),
    ("tool.result", '<availability><slot start="09:00"/><slot start="09:30"/></availability>'),
    ("tool.result", "sku,name,qty\nA-100,Espresso beans 1kg,12\nA-101,Filter papers,40"),
    ("traceloop.entity.input", {"order_id": "4532-0151-1283-0366"}),
]
for key, v in BIZ_TOOLS:
    add("neg.tool_payload.business", key, v if isinstance(v, str) else js(v))
for text, language in [
    ("what are your opening hours on sunday", "english"),
    ("I'd like to book a table for two", "english"),
    ("quiero cambiar mi pedido", "spanish"),
    ("お店は何時までですか", "japanese"),
    ("ok thanks bye", "english"),
]:
    conf = round(R.uniform(0.8, 0.99), 3)
    words = [
        {
            "word": w,
            "start": round(i * 0.31, 2),
            "end": round(i * 0.31 + 0.28, 2),
            "confidence": conf,
        }
        for i, w in enumerate(text.split())
    ]
    add(
        "neg.tool_payload.stt_response",
        "deepgram.response",
        js(
            {
                "metadata": {
                    "request_id": f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
                    "duration": 2.4,
                    "channels": 1,
                },
                "results": {
                    "channels": [
                        {"alternatives": [{"transcript": text, "confidence": conf, "words": words}]}
                    ]
                },
            }
        ),
    )
    add(
        "neg.tool_payload.stt_response",
        "assemblyai.transcript",
        js(
            {
                "id": hexs(24),
                "status": "completed",
                "text": text,
                "confidence": conf,
                "audio_duration": 3,
            }
        ),
    )
    add(
        "neg.tool_payload.stt_response",
        "openai.whisper.response",
        js(
            {
                "text": text,
                "language": language,
                "duration": 2.1,
                "segments": [
                    {"id": 0, "start": 0.0, "end": 2.1, "text": text, "avg_logprob": -0.21}
                ],
            }
        ),
    )
for text in [
    "Thanks for calling, how can I help?",
    "Votre commande est prête.",
    "Un momento, por favor.",
]:
    add(
        "neg.tool_payload.tts_request",
        "elevenlabs.request",
        js(
            {
                "text": text,
                "model_id": "eleven_flash_v2_5",
                "voice_settings": {"stability": 0.5, "similarity_boost": 0.75},
                "output_format": "ulaw_8000",
            }
        ),
    )
    add(
        "neg.tool_payload.tts_request",
        "cartesia.request",
        js(
            {
                "model_id": "sonic-2",
                "transcript": text,
                "voice": {
                    "mode": "id",
                    "id": f"{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}",
                },
                "output_format": {
                    "container": "raw",
                    "encoding": "pcm_s16le",
                    "sample_rate": 16000,
                },
            }
        ),
    )
for q in ["what are your opening hours", "do you have gluten free options"]:
    add(
        "neg.tool_payload.chat_request",
        "gen_ai.input.messages",
        genai_msgs(("system", "You are the booking assistant of Trattoria Roma."), ("user", q)),
    )
    add(
        "neg.tool_payload.chat_request",
        "llm.request.body",
        js(
            {
                "model": "gpt-4o-mini",
                "temperature": 0.3,
                "messages": [{"role": "user", "content": q}],
                "tools": [{"type": "function", "function": {"name": "get_hours"}}],
            }
        ),
    )


# ------------------------------------------------------------------ content with personal data
SENSITIVE = {
    "en": "I was just diagnosed with type 2 diabetes and need to move all my appointments.",
    "de": "Seit der Chemotherapie habe ich kaum Kraft, bitte verschieben Sie die Lieferung.",
    "fr": "Mon mari est décédé le mois dernier, je dois résilier son abonnement.",
    "es": "Estoy embarazada de cinco meses y necesito cambiar la cita.",
    "pt": "Estou com três parcelas do empréstimo atrasadas e o banco vai penhorar meu salário.",
    "it": "Sono in cura per la depressione e non lavoro da marzo.",
    "nl": "Ik heb een strafzaak lopen en mijn advocaat zegt dat ik niet mag verhuizen.",
    "pl": "Komornik zajął mi konto, mam długi w trzech bankach.",
    "tr": "Oğlumu geçen hafta kaybettim, cenaze için izin almam gerekiyor.",
    "ar": "أنا مصاب بفيروس نقص المناعة وأحتاج إلى تجديد الدواء.",
    "he": "אני בהליך פשיטת רגל ויש לי תיק בהוצאה לפועל.",
    "ru": "Я сейчас под следствием, мне нельзя выезжать из города.",
    "uk": "Мій статус біженця ще не підтвердили, я поки без документів.",
    "hi": "मेरी पत्नी का पिछले हफ्ते देहांत हो गया, मुझे बीमा का दावा करना है।",
    "bn": "আমার ক্যান্সার ধরা পড়েছে, কেমোথেরাপির তারিখ বদলাতে হবে।",
    "ja": "先月うつ病と診断されて、今は休職中です。",
    "ko": "저는 파산 신청을 했고 지금 신용불량자예요.",
    "zh": "我怀孕三个月了，想改一下产检的时间。",
    "th": "ผมเป็นเบาหวานและต้องฉีดอินซูลินทุกวันครับ",
    "vi": "Tôi đang nợ thẻ tín dụng hơn 200 triệu và bị đòi nợ liên tục.",
    "id": "Saya sedang menjalani cuci darah tiga kali seminggu.",
    "sw": "Nimegundulika kuwa na VVU na ninahitaji dawa zaidi.",
    "el": "Είμαι άνεργος και δεν έχω πληρώσει το ενοίκιο εδώ και τρεις μήνες.",
    "cs": "Můj otec minulý týden zemřel a potřebuji převést jeho smlouvu na sebe.",
    "ro": "Sunt gay și colegii nu știu, vă rog să nu mă sunați la birou.",
    "hu": "Alkoholfüggőség miatt kezelnek, ezért nem tudok bemenni.",
    "fi": "Minut pidätettiin viime viikolla ja oikeudenkäynti on kesäkuussa.",
    "sv": "Jag har inget uppehållstillstånd ännu, kan jag ändå boka en tid?",
}
for lang, s in SENSITIVE.items():
    if R.random() < 0.7:
        add(f"pos.free_text.sensitive.{lang}", fkey(), s, ("sensitive",))
    else:
        add(
            f"pos.free_text.sensitive.{lang}",
            "gen_ai.input.messages",
            genai_msgs(("assistant", "How can I help?"), ("user", s)),
            ("sensitive",),
        )
for s, k in [
    (
        "As a practising Muslim I can't take a loan with interest, is there another option?",
        "lk.user_transcript",
    ),
    (
        "Summary: caller disclosed she is undergoing IVF and asked to reschedule the scan.",
        "gen_ai.output.messages",
    ),
    (
        "caller says he lost his job and can't pay the December invoice, wants a payment plan",
        "langfuse.observation.output",
    ),
]:
    add("pos.free_text.sensitive.en", k, s, ("sensitive",))
add(
    "pos.tool_payload.sensitive.en",
    "tool.arguments",
    js(
        {
            "case_type": "hardship",
            "notes": "customer recently bereaved, husband passed away 2 weeks ago",
        }
    ),
    ("sensitive",),
)
add(
    "pos.tool_payload.sensitive.de",
    "tool.arguments",
    js({"grund": "Insolvenzverfahren läuft", "stundung_monate": 3}),
    ("sensitive",),
)

CRM_LEAD = {
    "en": "name", "de": "Name", "fr": "nom", "es": "nombre", "pt": "nome", "it": "nome", "nl": "naam",
    "pl": "imie_nazwisko", "tr": "ad_soyad", "ar": "الاسم", "he": "שם", "ru": "ФИО", "uk": "ПІБ",
    "hi": "नाम", "bn": "নাম", "ja": "氏名", "ko": "성명", "zh": "姓名", "th": "ชื่อ", "vi": "họ_tên",
    "id": "nama", "sw": "jina", "el": "ονοματεπώνυμο", "cs": "jméno", "ro": "nume", "hu": "név",
    "fi": "nimi", "sv": "namn",
}  # fmt: skip
PHONE_KEY = {
    "en": "phone", "de": "Telefon", "fr": "téléphone", "es": "teléfono", "pt": "telefone", "it": "telefono",
    "nl": "telefoon", "pl": "telefon", "tr": "telefon", "ar": "الهاتف", "he": "טלפון", "ru": "телефон",
    "uk": "телефон", "hi": "फ़ोन", "bn": "ফোন", "ja": "電話番号", "ko": "전화번호", "zh": "电话", "th": "โทรศัพท์",
    "vi": "điện_thoại", "id": "telepon", "sw": "simu", "el": "τηλέφωνο", "cs": "telefon", "ro": "telefon",
    "hu": "telefon", "fi": "puhelin", "sv": "telefon",
}  # fmt: skip
DOB_KEY = {
    "en": "date_of_birth", "de": "Geburtsdatum", "fr": "date_de_naissance", "es": "fecha_nacimiento",
    "pt": "data_nascimento", "it": "data_di_nascita", "nl": "geboortedatum", "pl": "data_urodzenia",
    "tr": "doğum_tarihi", "ar": "تاريخ_الميلاد", "he": "תאריך_לידה", "ru": "дата_рождения",
    "uk": "дата_народження", "hi": "जन्म_तिथि", "bn": "জন্ম_তারিখ", "ja": "生年月日", "ko": "생년월일",
    "zh": "出生日期", "th": "วันเกิด", "vi": "ngày_sinh", "id": "tanggal_lahir", "sw": "tarehe_ya_kuzaliwa",
    "el": "ημερομηνία_γέννησης", "cs": "datum_narození", "ro": "data_nașterii", "hu": "születési_dátum",
    "fi": "syntymäaika", "sv": "födelsedatum",
}  # fmt: skip
ADDR_KEY = {
    "en": "address", "de": "Adresse", "fr": "adresse", "es": "dirección", "pt": "endereço", "it": "indirizzo",
    "nl": "adres", "pl": "adres", "tr": "adres", "ar": "العنوان", "he": "כתובת", "ru": "адрес", "uk": "адреса",
    "hi": "पता", "bn": "ঠিকানা", "ja": "住所", "ko": "주소", "zh": "地址", "th": "ที่อยู่", "vi": "địa_chỉ",
    "id": "alamat", "sw": "anwani", "el": "διεύθυνση", "cs": "adresa", "ro": "adresa", "hu": "cím",
    "fi": "osoite", "sv": "adress",
}  # fmt: skip
HAND_ADDR = {
    "ar": "شارع الملك فهد 4821، حي العليا، الرياض 12214",
    "sw": "Nyumba Na. 14, Mtaa wa Moi Avenue, S.L.P. 40210-00100, Nairobi",
    "en": "1742 Maple Grove Rd, Apt 3B, Columbus, OH 43215",
    "he": "רחוב הרצל 27 דירה 4, חיפה 3303116",
    "tr": "Bağdat Caddesi No: 214 Daire 7, 34728 Kadıköy/İstanbul",
}
NAT_ID = {
    "es": ("DNI", es_dni), "pt": ("CPF", br_cpf), "pl": ("PESEL", pl_pesel), "nl": ("BSN", nl_bsn),
    "sv": ("personnummer", se_pnr), "fi": ("henkilötunnus", fi_hetu), "it": ("codice_fiscale", lambda: it_cf(fk("it_IT"))),
    "fr": ("NIR", fr_nir), "hi": ("aadhaar", in_aadhaar), "tr": ("tc_kimlik_no", tr_tc), "ro": ("CNP", ro_cnp),
    "cs": ("rodné_číslo", cz_rc), "he": ("מספר_זהות", il_tz), "el": ("ΑΜΚΑ", gr_amka), "ko": ("주민등록번호", kr_rrn),
    "zh": ("身份证号", cn_ric), "th": ("เลขประจำตัวประชาชน", th_id), "en": ("ssn", us_ssn), "de": ("Steuer-ID", None),
}  # fmt: skip


def crm_shapes(lang: str) -> None:
    """Per language: a CRM contact, a booking, a KYC result, a record with a birth date, a delivery."""
    nm = (
        name(lang)
        if lang not in ("ar", "sw")
        else {"ar": "محمد بن سعيد العتيبي", "sw": "Amina Wanjiru Otieno"}[lang]
    )
    ph = phone(REGION[lang], R.choice(["intl", "nat", "e164"]))
    lk = CRM_LEAD[lang]
    shape = R.choice(["hubspot", "salesforce", "zendesk", "freshdesk", "intercom"])
    if shape == "hubspot":
        given, family = (
            first_last(lang) if lang not in ("ar", "sw") else (nm.split()[0], nm.split()[-1])
        )
        obj: Any = {
            "id": digits(11),
            "properties": {
                "firstname": given,
                "lastname": family,
                "phone": ph,
                "lifecyclestage": "customer",
            },
        }
        kinds: tuple[str, ...] = ("name", "phone")
    elif shape == "salesforce":
        obj = {
            "attributes": {"type": "Contact"},
            "Id": "003" + alnum(15),
            "Name": nm,
            "MobilePhone": ph,
        }
        kinds = ("name", "phone")
    else:
        obj = {
            "ticket": {
                "id": R.randint(1000, 99999),
                "requester": {lk: nm, PHONE_KEY[lang]: ph},
                "subject": CLEAN.get(lang, ["?"])[0],
            }
        }
        kinds = ("name", "phone")
    add(f"pos.tool_payload.crm_record.{lang}", tkey(), js(obj), kinds)

    em = email(fk(LOCALES[lang]))
    booking = R.choice(["calendly", "graph", "google", "calcom"])
    start = f"2026-12-{R.randint(10, 28)}T{R.randint(8, 17):02d}:{R.choice(['00', '30'])}:00"
    if booking == "graph":
        ev: Any = {
            "subject": "Beratung",
            "start": {"dateTime": start, "timeZone": "Europe/Berlin"},
            "attendees": [{"emailAddress": {"address": em, "name": nm}, "type": "required"}],
        }
        k2: tuple[str, ...] = ("email", "name")
    elif booking == "google":
        ev = {
            "kind": "calendar#event",
            "start": {"dateTime": start},
            "attendees": [{"email": em, "responseStatus": "needsAction"}],
        }
        k2 = ("email",)
    else:
        ev = {
            "event": "invitee.created",
            "payload": {"email": em, "name": nm, "scheduled_event": {"start_time": start}},
        }
        k2 = ("email", "name")
    add(f"pos.tool_payload.booking.{lang}", tkey(), js(ev), k2)

    dk = DOB_KEY[lang]
    dob = dob_text(lang if R.random() < 0.7 else "iso")
    add(
        f"pos.tool_payload.dob.{lang}",
        tkey(),
        js({"patient": {dk: dob, "verified": True}}),
        ("dob",),
    )

    ad = HAND_ADDR.get(lang) or addr(lang)
    add(
        f"pos.tool_payload.address.{lang}",
        tkey(),
        js({"shipment": {"id": "SHP" + digits(8), ADDR_KEY[lang]: ad, "status": "label_created"}}),
        ("address",),
    )

    if lang in NAT_ID and NAT_ID[lang][1] is not None:
        label, make = NAT_ID[lang]
        val = make()  # type: ignore[misc]
        kind = "ssn" if lang == "en" else "national_id"
        add(
            f"pos.tool_payload.national_id.{lang}",
            tkey(),
            js({"kyc": {"check": "identity", "result": "match", label: val}}),
            (kind,),
        )


for lang in LANGS:
    crm_shapes(lang)

# names in the many forms tools and summaries carry them
for lang in [
    "en",
    "de",
    "nl",
    "fr",
    "es",
    "pt",
    "it",
    "ja",
    "zh",
    "ko",
    "th",
    "ar",
    "ru",
    "hi",
    "vi",
]:
    nm = name(lang) if lang != "ar" else "ليلى حسن الخطيب"
    lead = {
        "en": f"Caller identified as {nm}.",
        "de": f"Kunde: {nm}",
        "nl": f"Terugbelverzoek voor {nm}",
        "fr": f"Rappeler {nm} demain",
        "es": f"Cliente {nm}: pide cambio de cita",
        "pt": f"{nm}",
        "it": f"Ha chiamato {nm}",
        "ja": f"{nm}様よりお問い合わせ",
        "zh": f"客户{nm}来电",
        "ko": f"{nm} 고객님 문의",
        "th": f"คุณ{nm} โทรมา",
        "ar": f"اتصل العميل {nm}",
        "ru": f"Звонил {nm}",
        "hi": f"{nm} ने कॉल किया",
        "vi": f"Khách hàng {nm} gọi đến",
    }[lang]
    add(f"pos.free_text.name.{lang}", fkey(), lead, ("name",))
for v, k in [
    ("Meeting with Pieter van der Berg moved to Friday", "gen_ai.output.messages"),
    ("Notiz: Rückruf an Frau Annelie von Hohenstein", "langfuse.observation.output"),
    ("J. R. Okonkwo asked for the invoice", "lk.response.text"),
    ("that's M as in Mike, A, R, T, I, N, E, Z — Martinez", "transcript"),
    ("el apellido es de la Fuente, con minúscula", "lk.user_transcript"),
]:
    add("pos.free_text.name.particle", k, v, ("name",))
for who, lang, v in [
    (
        "third_party",
        "en",
        {"emergency_contact": {"name": "Grace Whitfield", "relationship": "spouse"}},
    ),
    ("third_party", "de", {"notfallkontakt": "Jürgen Albrecht (Bruder)"}),
    ("third_party", "ja", {"緊急連絡先": "山本 花子（妻）"}),
    ("staff", "en", {"handoff": {"agent": "Priya Raman", "queue": "billing"}}),
    ("staff", "fr", {"practitioner": {"display": "Dr Hélène Marchand"}, "status": "booked"}),
    ("staff", "es", {"asignado_a": "enfermera Lucía Ortega"}),
]:
    add(f"pos.tool_payload.name_{who}.{lang}", tkey(), js(v), ("name",))

# FHIR and HL7
for lang in ["en", "de", "pt", "ja"]:
    f = fk(LOCALES[lang])
    fam, giv = f.last_name(), f.first_name()
    pat = {
        "resourceType": "Patient",
        "id": f"pat-{digits(5)}",
        "name": [{"family": fam, "given": [giv]}],
        "birthDate": dob_text("iso"),
        "gender": R.choice(["female", "male"]),
    }
    add(f"pos.tool_payload.fhir_patient.{lang}", "tool.result", js(pat), ("dob", "name"))
add(
    "pos.tool_payload.fhir_observation",
    "tool.result",
    js(
        {
            "resourceType": "Observation",
            "status": "final",
            "code": {"text": "HIV-1 RNA viral load"},
            "subject": {"reference": "Patient/pat-20417", "display": "Mariana Costa"},
            "valueQuantity": {"value": 40, "unit": "copies/mL"},
        }
    ),
    ("name", "sensitive"),
)
add(
    "pos.tool_payload.fhir_medication",
    "gen_ai.tool.call.result",
    js(
        {
            "resourceType": "MedicationRequest",
            "status": "active",
            "medicationCodeableConcept": {"text": "Sertraline 50 mg"},
            "subject": {"display": "Tomasz Wiśniewski"},
        }
    ),
    ("name", "sensitive"),
)
add(
    "pos.tool_payload.fhir_appointment",
    "tool.result",
    js(
        {
            "resourceType": "Appointment",
            "status": "booked",
            "serviceType": [{"text": "Oncology follow-up"}],
            "participant": [{"actor": {"display": "Ingrid Solberg"}}],
        }
    ),
    ("name", "sensitive"),
)
for _ in range(3):
    f = fk("en_US")
    y, mo, d = bday()
    pid = f"PID|1||{digits(7)}^^^HOSP^MR||{f.last_name().upper()}^{f.first_name().upper()}^^^||{y}{mo:02d}{d:02d}|{R.choice('MF')}|||{R.randint(100, 9999)} {f.street_name().upper()}^^{f.city().upper()}^{f.state_abbr()}^{f.zipcode()}"
    add("pos.tool_payload.hl7_pid", "tool.result", pid, ("address", "dob", "name"))

# payments
for _ in range(4):
    c = card()
    add(
        "pos.tool_payload.card.stripe",
        "tool.arguments",
        js(
            {
                "type": "card",
                "card": {
                    "number": c,
                    "exp_month": R.randint(1, 12),
                    "exp_year": 2029,
                    "cvc": digits(3),
                },
            }
        ),
        ("card",),
    )
for sep in [".", " ", "-", "/"]:
    c = card()
    add(
        "pos.free_text.card.separator",
        fkey(),
        "my card is " + sep.join(c[i : i + 4] for i in range(0, len(c), 4)),
        ("card",),
    )
for _ in range(3):
    c = card()
    add("pos.free_text.card.spoken", "transcript", spoken(c), ("card",))
add(
    "pos.tool_payload.card.adyen",
    "tool.arguments",
    js(
        {
            "paymentMethod": {
                "type": "scheme",
                "number": "4111 1111 1111 1111",
                "holderName": "Lena Fischer",
            },
            "amount": {"value": 4500, "currency": "EUR"},
        }
    ),
    ("card", "name"),
)
for cc in ["DE", "NL", "FR", "ES", "IT", "PL", "TR", "RO", "SA", "GR", "HU", "UA"]:
    iv = make_iban(cc)
    shape = R.random()
    if shape < 0.35:
        add(
            f"pos.tool_payload.iban.{cc.lower()}",
            tkey(),
            js(
                {
                    "mandate": {
                        "type": "debit",
                        "scheme": "sepa" if cc not in ("TR", "SA", "UA") else "local",
                        "iban": iv.lower(),
                    }
                }
            ),
            ("iban",),
        )
    elif shape < 0.7:
        add(f"pos.free_text.iban.{cc.lower()}", fkey(), f"IBAN: {spaced_iban(iv)}", ("iban",))
    else:
        add(
            f"pos.tool_payload.iban.{cc.lower()}",
            tkey(),
            js({"payout": {"account": spaced_iban(iv).lower(), "status": "pending"}}),
            ("iban",),
        )
for _ in range(3):
    add(
        "pos.tool_payload.bank_account.us",
        tkey(),
        js(
            {
                "ach": {
                    "routing_number": us_rtn(),
                    "account_number": digits(R.randint(9, 12)),
                    "account_type": "checking",
                }
            }
        ),
        ("bank_account",),
    )
add(
    "pos.free_text.bank_account.gb",
    "transcript",
    f"sort code {digits(2)}-{digits(2)}-{digits(2)} account number {digits(8)}",
    ("bank_account",),
)
add(
    "pos.tool_payload.bank_account.in",
    "tool.arguments",
    js({"ifsc": "SBIN0" + digits(6), "account_no": digits(11)}),
    ("bank_account",),
)
add(
    "pos.tool_payload.bank_account.au",
    "tool.arguments",
    js({"bsb": f"{digits(3)}-{digits(3)}", "account": digits(9)}),
    ("bank_account",),
)
add(
    "pos.tool_payload.bank_account.br",
    "tool.arguments",
    js({"banco": "341", "agência": digits(4), "conta": f"{digits(5)}-{digits(1)}"}),
    ("bank_account",),
)
add(
    "pos.free_text.bank_account.ca",
    "lk.user_transcript",
    f"transit {digits(5)} institution 003 account {digits(7)}",
    ("bank_account",),
)

# e-mails and phones as people say and type them
for v in [
    "john dot smith at gmail dot com",
    "maria punto lopez arroba hotmail punto es",
    "k-a-t-e underscore w at outlook dot com",
]:
    add("pos.free_text.email.spelled", "transcript", v, ("email",))
add("pos.free_text.email.idn", fkey(), "send it to müller.jürgen@bücher.de please", ("email",))
add("pos.tool_payload.email.quoted", tkey(), js({"to": '"ana.souza"@exemplo.com.br'}), ("email",))
add("pos.free_text.email.plain", fkey(), f"new e-mail is {email(fk('it_IT'))}", ("email",))
for region, words in [
    ("US", WORDS_EN),
    ("FR", ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]),
    ("ES", ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]),
    ("DE", ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"]),
]:
    add(
        f"pos.free_text.phone.spoken.{region.lower()}",
        "transcript",
        spoken(phone(region, "nat"), words),
        ("phone",),
    )
for region in ["GB", "JP", "IN", "BR", "MX", "KE"]:
    add(
        f"pos.free_text.phone.{region.lower()}",
        fkey(),
        f"call me back on {phone(region, 'nat')}",
        ("phone",),
    )

# messages the agent sends
for lang, body in [
    ("en", "Hi {n}, your appointment with Dr. Patel is confirmed for Dec 14 at 9:00."),
    ("es", "Hola {n}, tu pedido llegará mañana entre 10 y 12."),
    ("pt", "Olá {n}, sua consulta foi remarcada para sexta às 15h."),
    ("id", "Halo {n}, pesanan Anda sudah dikirim."),
    ("tr", "Sayın {n}, randevunuz 14 Aralık saat 10:00 olarak onaylandı."),
]:
    given, family = first_last(lang)
    to = phone(REGION[lang], "e164")
    add(
        f"pos.tool_payload.send_sms.{lang}",
        "gen_ai.tool.call.arguments",
        js({"to": to, "body": body.format(n=f"{given} {family}")}),
        ("name", "phone"),
    )
add(
    "pos.tool_payload.whatsapp_template.pt",
    "tool.arguments",
    js(
        {
            "messaging_product": "whatsapp",
            "to": phone("BR", "e164").lstrip("+"),
            "type": "template",
            "template": {
                "name": "pedido_enviado",
                "language": {"code": "pt_BR"},
                "components": [
                    {
                        "type": "body",
                        "parameters": [
                            {"type": "text", "text": "Rafaela Nogueira"},
                            {"type": "text", "text": "#48211"},
                        ],
                    }
                ],
            },
        }
    ),
    ("name", "phone"),
)
add(
    "pos.tool_payload.send_email.de",
    "tool.arguments",
    js(
        {
            "to": email(fk("de_DE")),
            "subject": "Ihre Reservierung",
            "html": "<p>Guten Tag, Ihr Tisch ist reserviert.</p>",
        }
    ),
    ("email",),
)
add(
    "pos.free_text.email_body.en",
    "gen_ai.output.messages",
    "Dear Mr. Halvorsen, thank you for your call; the replacement router will arrive on Friday.",
    ("name",),
)

# national ids beyond the per-language loop
for label, make, lang in [
    ("NIE", es_nie, "es"),
    ("CURP", mx_curp, "mx"),
    ("PAN", in_pan, "hi"),
    ("SIN", ca_sin, "en"),
    ("NHS", gb_nhs, "gb"),
    ("NINO", gb_nino, "gb"),
    ("South African ID", za_idn, "en"),
    ("Cartão de Cidadão", pt_cc_n, "pt"),
]:
    add(
        f"pos.free_text.national_id.{label.lower().replace(' ', '_')}.{lang}",
        fkey(),
        f"{label} {make()}",
        ("national_id",),
    )
add("pos.free_text.ssn.spoken", "transcript", spoken(us_ssn()), ("ssn",))
add(
    "pos.tool_payload.loan_application",
    "tool.arguments",
    js(
        {
            "applicant": {
                "name": "Derek Owusu",
                "ssn": us_ssn(),
                "annual_income": 64000,
                "employer": "Acme Logistics",
            }
        }
    ),
    ("name", "ssn"),
)
add(
    "pos.tool_payload.benefits_case.de",
    "tool.result",
    js(
        {
            "Aktenzeichen": "BG-2026-00418",
            "Antragsteller": "Sabine Krüger",
            "Leistung": "Bürgergeld",
            "Status": "in Prüfung",
        }
    ),
    ("name", "sensitive"),
)
add(
    "pos.tool_payload.hr_record.sv",
    "tool.result",
    js({"anställd": "Oskar Lindqvist", "sjukskriven": True, "diagnos": "utmattningssyndrom"}),
    ("name", "sensitive"),
)
add(
    "pos.tool_payload.school_record.fr",
    "tool.result",
    js(
        {
            "élève": "Inès Benali",
            "classe": "CM2",
            "responsable": "Karim Benali",
            "tel": phone("FR", "nat"),
        }
    ),
    ("name", "phone"),
)
add(
    "pos.tool_payload.insurance_claim.en",
    "tool.arguments",
    js(
        {
            "claim": {
                "policy": "POL-448120",
                "claimant": "Rosa Delgado",
                "incident": "rear-end collision",
                "injury": "whiplash, physiotherapy 6 weeks",
            }
        }
    ),
    ("name", "sensitive"),
)
add(
    "pos.tool_payload.utility_account.it",
    "tool.result",
    js(
        {
            "cliente": "Giulia Ferraro",
            "POD": "IT001E" + digits(8),
            "indirizzo_fornitura": "Via Garibaldi 12, 20121 Milano MI",
            "morosità": False,
        }
    ),
    ("address", "name"),
)
add(
    "pos.value.email.base64_body",
    "http.request.body",
    base64.b64encode(
        js({"customer": {"email": "tanvir.h@gmail.com", "name": "Tanvir Hossain"}}).encode()
    ).decode(),
    ("email", "name"),
)
add(
    "pos.tool_payload.urlencoded_body",
    "tool.arguments",
    urllib.parse.urlencode(
        {"first_name": "Zeynep", "last_name": "Kaya", "phone": phone("TR", "e164")}
    ),
    ("name", "phone"),
)
add(
    "pos.value.dob.graphql_variables",
    "graphql.variables",
    js({"input": {"fullName": "Nguyễn Thị Lan", "dob": "1987-04-09"}}),
    ("dob", "name"),
)
add(
    "pos.tool_payload.csv",
    "tool.result",
    f"name,phone,postcode\nOliver Brennan,{phone('GB', 'nat')},SW1A 1AA",
    ("name", "phone"),
)
add(
    "pos.tool_payload.xml",
    "tool.result",
    f"<Customer><FullName>Ioana Popescu</FullName><CNP>{ro_cnp()}</CNP></Customer>",
    ("name", "national_id"),
)
add(
    "pos.tool_payload.vapi_webhook",
    "vapi.webhook.body",
    js(
        {
            "message": {
                "type": "end-of-call-report",
                "customer": {"number": phone("US", "e164")},
                "transcript": "AI: how can I help\nUser: this is Carla Mendes, I need to cancel",
            }
        }
    ),
    ("name", "phone"),
)
add(
    "pos.tool_payload.retell_webhook",
    "retell.webhook.body",
    js(
        {
            "event": "call_analyzed",
            "call": {
                "from_number": phone("GB", "e164"),
                "call_analysis": {"call_summary": "Caller asked about opening hours."},
            },
        }
    ),
    ("phone",),
)
add(
    "pos.tool_payload.deepgram_pii",
    "deepgram.response",
    js(
        {
            "results": {
                "channels": [
                    {
                        "alternatives": [
                            {
                                "transcript": "my date of birth is the fourth of july nineteen eighty two",
                                "confidence": 0.94,
                            }
                        ]
                    }
                ]
            }
        }
    ),
    ("dob",),
)
add(
    "pos.tool_payload.mongo_filter",
    "tool.arguments",
    js({"collection": "customers", "filter": {"email": email(fk("nl_NL"))}}),
    ("email",),
)


# ------------------------------------------------------------------ non-content personal data and secrets
for _ in range(4):
    p = phone(R.choice(["US", "GB", "DE", "FR", "BR", "IN"]), "e164")
    add(
        "pos.value.phone.sip",
        R.choice(["sip.from", "sip.header.from", "sip.request.uri"]),
        f"<sip:{p}@sip.carrier.example;user=phone>;tag={hexs(8)}",
        ("phone",),
    )
add(
    "pos.value.phone.pai",
    "sip.header.p_asserted_identity",
    f'"Farah Siddiqui" <sip:{phone("GB", "e164")}@ims.example>',
    ("name", "phone"),
)
for key in [
    "twilio.from",
    "telnyx.from",
    "patter.caller",
    "messaging.destination.name",
    "twilio.caller",
]:
    add(
        "pos.value.phone.key",
        key,
        phone(R.choice(["US", "ES", "PL", "JP", "KE"]), "e164"),
        ("phone",),
    )
add(
    "pos.value.phone.twilio_status",
    "http.request.body",
    urllib.parse.urlencode(
        {
            "CallSid": "CA" + hexs(32),
            "CallStatus": "completed",
            "From": phone("US", "e164"),
            "To": "+18005550100",
            "Direction": "inbound",
        }
    ),
    ("phone",),
)
add(
    "pos.value.phone.telnyx_webhook",
    "http.request.body",
    js(
        {
            "data": {
                "event_type": "call.initiated",
                "payload": {
                    "from": phone("DE", "e164"),
                    "to": "+4930901820",
                    "call_control_id": "v3:" + alnum(22),
                },
            }
        }
    ),
    ("phone",),
)
add(
    "pos.value.phone.log",
    "log.record.body",
    f"INFO dialer: outbound attempt 2 to {phone('IT', 'intl')} failed: busy",
    ("phone",),
    site="event",
)
add("pos.value.phone.resource", "enduser.phone", phone("NL", "e164"), ("phone",), site="resource")
add(
    "pos.value.phone.status",
    "otel.status_description",
    f"Twilio 21211: The 'To' number {phone('US', 'e164')} is not a valid phone number",
    ("phone",),
    site="status",
)
add(
    "pos.value.phone.url",
    "url.full",
    f"https://api.example-crm.com/v2/contacts/search?phone={urllib.parse.quote(phone('MX', 'e164'))}&limit=1",
    ("phone",),
)


def public_ipv4() -> str:
    """A public IPv4 address outside documentation, private and carrier ranges."""
    first = R.choice([81, 89, 93, 102, 151, 176, 185, 212, 31, 62])
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"


for key in ["client.address", "http.client_ip", "enduser.ip"]:
    add("pos.value.ip.client", key, public_ipv4(), ("ip",))
add(
    "pos.value.ip.forwarded",
    "http.request.header.x-forwarded-for",
    [f"{public_ipv4()}, 10.0.3.7"],
    ("ip",),
)
add("pos.value.ip.forwarded", "http.request.header.cf-connecting-ip", [public_ipv4()], ("ip",))
add(
    "pos.value.ip.forwarded",
    "http.request.header.forwarded",
    [f"for={public_ipv4()};proto=https"],
    ("ip",),
)
add("pos.value.ip.v6", "client.address", f"2a02:{hexs(4)}:{hexs(3)}:{hexs(4)}::{hexs(2)}", ("ip",))
add(
    "pos.value.ip.ice",
    "webrtc.ice.candidate",
    f"candidate:842163049 1 udp 1677729535 {public_ipv4()} {R.randint(40000, 60000)} typ srflx raddr 192.168.1.23 rport 51234 generation 0",
    ("ip",),
)
add(
    "pos.value.ip.log",
    "log.record.body",
    f'{public_ipv4()} - - [07/Dec/2026:00:12:44 +0000] "POST /voice/incoming HTTP/1.1" 200 512',
    ("ip",),
    site="event",
)
add(
    "pos.value.ip.exception",
    "exception.message",
    f"ConnectionResetError: peer {public_ipv4()}:53211 closed the media websocket",
    ("ip",),
    site="event",
)

SECRETS: list[tuple[str, str]] = [
    ("http.request.header.authorization", f"Bearer sk-proj-{alnum(48)}"),
    (
        "http.request.header.x-api-key",
        f"sk-ant-api03-{alnum(86, string.ascii_letters + string.digits + '-_')}AA",
    ),
    ("stripe.api_key", f"sk_live_{alnum(99)}"),
    ("config.stripe_webhook_secret", f"whsec_{alnum(32)}"),
    ("error.message", f"GitHub clone failed with token ghp_{alnum(36)}"),
    (
        "slack.webhook",
        f"https://hooks.slack.com/services/T{alnum(8, string.ascii_uppercase + string.digits)}/B{alnum(10, string.ascii_uppercase + string.digits)}/{alnum(24)}",
    ),
    (
        "aws.credentials",
        f"AKIA{alnum(16, string.ascii_uppercase + string.digits)}:{alnum(40, string.ascii_letters + string.digits + '/+')}",
    ),
    (
        "url.full",
        f"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.0-flash:generateContent?key=AIza{alnum(35, string.ascii_letters + string.digits + '-_')}",
    ),
    (
        "http.request.header.authorization",
        f"Bearer ya29.{alnum(120, string.ascii_letters + string.digits + '-_')}",
    ),
    ("http.request.header.xi-api-key", [f"sk_{hexs(48)}"]),
    ("http.request.header.authorization", [f"Token {hexs(40)}"]),
    ("http.request.header.sec-websocket-protocol", [f"token, {hexs(40)}"]),
    ("twilio.auth_token", hexs(32)),
    ("db.connection_string", f"postgresql://app_rw:{alnum(18)}@db.internal.example:5432/crm"),
    ("url.full", f"redis://:{alnum(24)}@cache.internal.example:6379/0"),
    ("url.full", f"https://svc_booking:{alnum(14)}@api.salon-scheduler.example/v1/slots"),
    ("db.statement", f"ALTER USER reporting WITH PASSWORD '{alnum(16)}'"),
    (
        "http.request.header.cookie",
        [f"sessionid={alnum(32, string.ascii_lowercase + string.digits)}; csrftoken={alnum(32)}"],
    ),
    (
        "sendgrid.key",
        f"SG.{alnum(22, string.ascii_letters + string.digits + '-_')}.{alnum(43, string.ascii_letters + string.digits + '-_')}",
    ),
    ("gitlab.token", f"glpat-{alnum(20, string.ascii_letters + string.digits + '-_')}"),
    ("slack.bot_token", f"xoxb-{digits(12)}-{digits(13)}-{alnum(24)}"),
    (
        "http.request.header.x-goog-api-key",
        [f"AIza{alnum(35, string.ascii_letters + string.digits + '-_')}"],
    ),
    ("groq.api_key", f"gsk_{alnum(52)}"),
    (
        "url.full",
        f"https://hooks.zapier.com/hooks/catch/{digits(7)}/{alnum(6, string.ascii_lowercase + string.digits)}/?secret={alnum(32)}",
    ),
    (
        "exception.stacktrace",
        f"Traceback (most recent call last):\n  File \"/app/tools/payments.py\", line 88, in charge\n    resp = client.post(url, headers=headers)\n  locals: headers={{'Authorization': 'Basic {base64.b64encode(('rk_live_' + alnum(24) + ':').encode()).decode()}'}}\nhttpx.ConnectTimeout",
    ),
    (
        "messaging.message.body",
        f"dead-letter after 5 retries: POST https://api.telnyx.com/v2/calls Authorization=Bearer KEY{alnum(26, string.ascii_uppercase + string.digits)}_{alnum(22)}",
    ),
    (
        "livekit.token",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
        + base64.urlsafe_b64encode(
            js(
                {
                    "iss": "API" + alnum(12),
                    "sub": "caller-7f3",
                    "video": {"room": "call-2291", "roomJoin": True},
                    "exp": 1796601600,
                }
            ).encode()
        )
        .decode()
        .rstrip("=")
        + "."
        + alnum(43, string.ascii_letters + string.digits + "-_"),
    ),
    ("cartesia.api_key", f"sk_car_{alnum(40)}"),
]
for key, v in SECRETS:
    site = "event" if key.startswith(("exception.", "messaging.message")) else "attribute"
    add("pos.value.secret", key, v, ("secret",), site=site)

add(
    "pos.value.email.error",
    "exception.message",
    f"ValidationError: contact with email {email(fk('es_ES'))} already exists",
    ("email",),
    site="event",
)
add(
    "pos.value.email.status",
    "otel.status_description",
    f"SMTP 550 5.1.1 <{email(fk('pl_PL'))}>: Recipient address rejected",
    ("email",),
    site="status",
)
add(
    "pos.value.email.url",
    "url.full",
    f"https://api.hubapi.com/crm/v3/objects/contacts/{urllib.parse.quote(email(fk('en_US')))}?idProperty=email",
    ("email",),
)
add("pos.value.email.resource", "enduser.id", email(fk("fr_FR")), ("email",), site="resource")
add(
    "pos.value.name.sql",
    "db.statement",
    "SELECT * FROM patients WHERE last_name = 'Kowalczyk' AND first_name = 'Agnieszka'",
    ("name",),
)
add(
    "pos.value.name.error",
    "exception.message",
    "KeyError: no loyalty account for 'Haruto Nakamura'",
    ("name",),
    site="event",
)
add(
    "pos.value.name.log",
    "log.record.body",
    "WARN crm-sync: duplicate contact merged: Björn Åkesson -> 003Qy000001a",
    ("name",),
    site="event",
)
add("pos.value.name.resource", "enduser.id", "sofia.marchetti", ("name",), site="resource")
add(
    "pos.value.ssn.sql",
    "db.statement",
    f"INSERT INTO applicants (ssn, income) VALUES ('{us_ssn()}', 52000)",
    ("ssn",),
)
add(
    "pos.value.national_id.mongo",
    "db.statement",
    js({"find": "clientes", "filter": {"dni": es_dni()}}),
    ("national_id",),
)
add(
    "pos.value.national_id.url",
    "url.full",
    f"https://api.receita.example/v1/cpf/{br_cpf()}/status",
    ("national_id",),
)
add(
    "pos.value.national_id.error",
    "exception.message",
    f"ValueError: PESEL {pl_pesel()} failed registry lookup",
    ("national_id",),
    site="event",
)
add(
    "pos.value.dob.sql",
    "db.statement",
    "UPDATE members SET birth_date = '1979-11-02' WHERE member_no = 'M-20411' AND surname = 'Okafor'",
    ("dob", "name"),
)
add(
    "pos.value.dob.status",
    "otel.status_description",
    "identity check failed: dob 03/17/1990 does not match record",
    ("dob",),
    site="status",
)
add(
    "pos.value.iban.log",
    "log.record.body",
    f"payout rejected for {make_iban('DE')}: account closed",
    ("iban",),
    site="event",
)
add(
    "pos.value.card.exception",
    "exception.stacktrace",
    f'File "billing.py", line 41, in tokenize\n    raise CardError(f"declined {{pan}}")\n  pan = "{card()}"\nCardError: declined',
    ("card",),
    site="event",
)
add(
    "pos.value.address.url",
    "url.full",
    "https://maps.example.com/geocode?address="
    + urllib.parse.quote("Rua Augusta 274, 1100-053 Lisboa"),
    ("address",),
)
add(
    "pos.value.address.error",
    "exception.message",
    "AddressNotDeliverable: Kurfürstendamm 195, 10707 Berlin is outside zone 3",
    ("address",),
    site="event",
)
add(
    "pos.value.bank_account.log",
    "log.record.body",
    f"ACH return R03 routing={us_rtn()} account={digits(10)}",
    ("bank_account",),
    site="event",
)
add(
    "pos.value.sensitive.status",
    "otel.status_description",
    "claim denied: pre-existing condition (bipolar disorder) for member",
    ("sensitive",),
    site="status",
)


# ------------------------------------------------------------------ hard negatives
def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def ulid() -> str:
    return "01J" + alnum(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


for _ in range(4):
    add("neg.value.trace_id", R.choice(["trace_id", "otel.trace_id", "parent.trace_id"]), hexs(32))
    add("neg.value.span_id", R.choice(["span_id", "otel.span_id", "links.0.span_id"]), hexs(16))
    add(
        "neg.value.uuid",
        R.choice(["patter.call_id", "getpatter.call.id", "session.id", "lk.room_id", "request.id"]),
        uuid4(),
    )
    add("neg.value.ulid", R.choice(["event.id", "idempotency_key", "job.id"]), ulid())
for key in [
    "payment.intent_id",
    "order.number",
    "ticket.id",
    "zendesk.ticket_id",
    "booking.reference",
    "hubspot.object_id",
]:
    add("neg.value.luhn_id", key, complete(luhn, digits(15)))
for key, v in [
    ("product.sku", "123-45-6789"),
    ("inventory.sku", "987-65-4321"),
    ("order.number", "555-0142-77"),
    ("shipment.tracking_number", "1Z999AA10123456784"),
    ("part.number", "4111-1111-1111"),
    ("ticket.reference", "INC-2026-0419-88"),
    ("invoice.number", "2026/12/004812"),
    ("warehouse.bin", "A-12-04-3"),
    ("twilio.call_sid", "CA" + hexs(32)),
    ("twilio.message_sid", "SM" + hexs(32)),
    ("stripe.customer", "cus_" + alnum(14)),
    ("stripe.payment_intent", "pi_" + alnum(24)),
    ("salesforce.record_id", "003" + alnum(15)),
    ("fhir.resource.id", "pat-" + digits(5)),
    ("lk.participant.identity", "sip_" + hexs(12)),
    ("lk.room.name", "call-" + digits(6)),
    ("telnyx.call_control_id", "v3:" + alnum(22)),
    ("service.version", "2.14.3"),
    ("telemetry.sdk.version", "1.38.0"),
    ("vcs.revision", hexs(40)),
    ("container.image.tag", "sha256:" + hexs(64)),
    ("audio.sample_rate", 16000),
    ("audio.codec", "PCMU"),
    ("audio.channels", 1),
    ("rtp.payload_type", 0),
    ("audio.frame_ms", 20),
    ("gen_ai.request.model", "gpt-4o-mini-2024-07-18"),
    ("gen_ai.response.model", "claude-3-5-haiku-20241022"),
    ("stt.model", "nova-3"),
    ("tts.voice", "Rachel"),
    ("tts.voice_id", "21m00Tcm4TlvDq8ikWAM"),
    ("cloud.region", "eu-west-1"),
    ("cloud.availability_zone", "ap-northeast-2a"),
    ("store.city", "Lisbon"),
    ("store.city", "München"),
    ("store.city", "大阪"),
    ("store.city", "São Paulo"),
    ("org.name", "Trattoria Roma GmbH"),
    ("company.name", "Nordlys Klinikk AS"),
    ("getpatter.llm.ttft_ms", 412.7),
    ("patter.latency.turn_ms", 911.3),
    ("patter.cost.tts_chars", 1832),
    ("patter.cost.telephony_minutes", 3.25),
    ("gen_ai.usage.input_tokens", 1204),
    ("http.response.status_code", 429),
    ("duration_ms", 1520),
    ("event.timestamp", "2026-12-07T00:41:12.331Z"),
    ("retry.after", "Sat, 12 Dec 2026 09:00:00 GMT"),
    ("cost.usd", "0.0142"),
    ("sha256", hashlib.sha256(b"corpus-m").hexdigest()),
    ("caller.phone_hash", hashlib.sha256(b"x").hexdigest()[:32]),
    ("getpatter.stt.confidence", 0.93),
    ("getpatter.endpoint.silence_ms", 700),
    ("patter.side", "agent"),
    ("getpatter.call.direction", "inbound"),
    ("net.transport", "ip_tcp"),
    ("http.request.method", "POST"),
    ("http.route", "/v1/calls/{call_id}/hangup"),
    ("rpc.method", "StreamingRecognize"),
    ("db.system", "postgresql"),
    ("db.operation.name", "SELECT"),
    ("messaging.system", "rabbitmq"),
    ("messaging.destination.name", "calls.dead-letter"),
    ("feature_flag.key", "new-barge-in"),
    ("deployment.environment", "production"),
    ("host.name", "voice-worker-7c9f"),
    ("k8s.pod.name", "agent-6d8b9-xk2lp"),
    ("user_agent.original", "python-httpx/0.28.1"),
    ("http.request.header.user-agent", ["Twilio.TmeWs/1.0"]),
    ("http.request.header.content-type", ["application/json"]),
    ("sip.response.status", "486 Busy Here"),
    ("sip.method", "INVITE"),
    ("sip.call_id", f"{hexs(16)}@10.0.4.12"),
    ("webrtc.ice.state", "connected"),
    ("getpatter.tool.name", "lookup_order"),
    ("gen_ai.tool.name", "book_table"),
    ("gen_ai.operation.name", "execute_tool"),
    ("error.type", "httpx.ReadTimeout"),
]:
    add("neg.value.machine", key, v)
for key, v in [
    ("server.address", "10.0.3.7"),
    ("net.peer.ip", "172.16.8.22"),
    ("server.address", "192.0.2.45"),
    ("client.address", "198.51.100.23"),
    ("client.address", "203.0.113.9"),
    ("net.host.ip", "127.0.0.1"),
    ("client.address", "::1"),
    ("server.address", "2001:db8::17"),
    ("network.peer.address", "fe80::1c2a:3bff:fe4d:9e01"),
    ("network.peer.address", "54.172.60.3"),
    ("server.address", "34.203.250.171"),
    ("network.peer.address", "52.215.127.4"),
    ("sip.peer", "168.86.128.115"),
    (
        "webrtc.ice.candidate",
        "candidate:1 1 udp 2122260223 3d1f2a6b-8c4e-4f1e-9a77-0b2c5e8d9f10.local 54321 typ host",
    ),
    (
        "webrtc.ice.candidate",
        f"candidate:3 1 udp 41885439 {'54.172.60.0'} 3478 typ relay raddr 0.0.0.0 rport 0",
    ),
    ("server.address", "api.deepgram.com"),
    ("server.address", "100.64.12.3"),
    ("net.sock.host.addr", "169.254.169.254"),
]:
    add("neg.value.address", key, v)
for key, v in [
    ("org.phone", "+1 800 555 0199"),
    ("agent.phone_number", "+442079460123"),
    ("patter.trunk.number", "+493090182000"),
    ("twilio.to", "+18005550100"),
    ("caller_id.outbound", "+33 1 84 88 00 00"),
    ("org.support_email", "support@trattoria-roma.example"),
    ("org.address", "Rua Garrett 120, 1200-205 Lisboa"),
    ("agent.name", "Ava"),
    ("lk.agent.name", "booking-assistant"),
]:
    add("neg.value.business_contact", key, v)
for key, v in [
    ("config.openai_api_key", "sk-…ed"),
    ("config.openai_api_key", "sk-proj-****************************3f9a"),
    ("config.stripe_key", "${STRIPE_SECRET_KEY}"),
    ("http.request.header.authorization", ["Bearer [REDACTED]"]),
    ("http.request.header.authorization", ["Bearer <token>"]),
    ("db.connection_string", "postgresql://app_rw:****@db.internal.example:5432/crm"),
    ("url.full", "https://api.example-crm.com/v2/contacts?phone=<PHONE>&limit=1"),
    ("caller.number", "<PHONE>"),
    ("enduser.email", "[EMAIL]"),
    ("caller.number", "sha256:" + hashlib.sha256(b"caller").hexdigest()),
    ("config.twilio_auth_token", "os.environ['TWILIO_AUTH_TOKEN']"),
    ("card.last4", "4242"),
    ("card.masked", "**** **** **** 4242"),
    ("iban.masked", "DE** **** **** **** **12 34"),
    ("secret.ref", "projects/voice/secrets/stripe-key/versions/3"),
]:
    add("neg.value.masked", key, v)
for key, v, site in [
    (
        "exception.message",
        "httpx.ReadTimeout: timed out after 10.0s waiting for api.cartesia.ai",
        "event",
    ),
    ("otel.status_description", "Deepgram 429: Too Many Requests, retry after 2s", "status"),
    (
        "otel.status_description",
        "OpenAI 400: This model's maximum context length is 128000 tokens",
        "status",
    ),
    (
        "exception.message",
        js(
            {
                "error": {
                    "type": "card_error",
                    "code": "card_declined",
                    "decline_code": "expired_card",
                    "doc_url": "https://stripe.com/docs/error-codes/card-declined",
                }
            }
        ),
        "event",
    ),
    ("exception.message", "Twilio 20003: Authentication Error - invalid username", "event"),
    (
        "exception.stacktrace",
        'Traceback (most recent call last):\n  File "/app/agent/tools.py", line 52, in lookup_order\n    order = await client.get(f"/orders/{order_id}")\nKeyError: \'status\'',
        "event",
    ),
    (
        "log.record.body",
        "ERROR retry 3/5 POST https://api.calendly.example/scheduled_events -> 503",
        "event",
    ),
    (
        "messaging.message.body",
        js(
            {
                "dead_letter_reason": "max_retries",
                "queue": "sms.outbound",
                "attempts": 5,
                "last_error": "timeout",
            }
        ),
        "event",
    ),
    (
        "otel.status_description",
        "FHIR server returned OperationOutcome: not-found (Patient/pat-20417)",
        "status",
    ),
    ("db.statement", "SELECT id, status, eta FROM orders WHERE id = $1", "attribute"),
    (
        "db.statement",
        "SELECT opening_time, closing_time FROM stores WHERE city = 'Porto' AND weekday = 6",
        "attribute",
    ),
    (
        "db.statement",
        js(
            {
                "aggregate": "orders",
                "pipeline": [{"$match": {"status": "shipped"}}, {"$count": "n"}],
            }
        ),
        "attribute",
    ),
    ("url.full", "https://api.example-shop.com/v1/products?sku=123-45-6789&lang=de", "attribute"),
    ("url.full", "https://graph.microsoft.com/v1.0/me/calendar/getSchedule", "attribute"),
    (
        "graphql.document",
        "query StoreHours($city: String!) { store(city: $city) { hours } }",
        "attribute",
    ),
    ("exception.message", "ValueError: invalid literal for int() with base 10: 'abc'", "event"),
]:
    add("neg.value.error_or_query", key, v, site=site)
for key, v in [
    ("service.name", "voice-agent"),
    ("service.namespace", "bookings"),
    ("telemetry.sdk.name", "opentelemetry"),
    ("deployment.environment.name", "staging"),
    ("cloud.provider", "gcp"),
    ("host.arch", "amd64"),
]:
    add("neg.value.resource", key, v, site="resource")


# ------------------------------------------------------------------ more clean content, in more languages and shapes
MORE_CLEAN_TOOLS: list[tuple[str, str, Any]] = [
    ("de", "tool.arguments", {"Filiale": "Köln Ehrenfeld", "Datum": "12.12.2026", "Personen": 3}),
    (
        "fr",
        "tool.result",
        {"créneaux": ["10:00", "10:30"], "service": "coupe femme", "durée_min": 45},
    ),
    (
        "es",
        "gen_ai.tool.call.result",
        {"pedido": "PED-88412", "estado": "en reparto", "transportista": "SEUR"},
    ),
    ("pt", "lk.function_tool.output", {"cardápio": [{"prato": "Feijoada", "preço": "R$ 42,90"}]}),
    ("it", "tool.arguments", {"prodotto": "caffè macinato 250g", "quantità": 2}),
    ("nl", "tool.result", {"bezorgvenster": "14:00-16:00", "postcodegebied": "3011"}),
    ("pl", "tool.result", {"zamówienie": "ZAM/2026/11/0042", "status": "wysłane"}),
    ("tr", "tool.result", {"şube": "Kadıköy", "çalışma_saatleri": "09:00-22:00"}),
    ("he", "tool.result", {"סניף": "תל אביב", "שעות": "08:00-20:00"}),
    ("uk", "tool.result", {"відділення": "№ 12", "графік": "Пн-Пт 9:00-18:00"}),
    ("hi", "tool.result", {"स्टोर": "दिल्ली", "समय": "सुबह 10 बजे से रात 9 बजे तक"}),
    ("bn", "tool.result", {"শাখা": "ঢাকা", "সময়": "সকাল ১০টা - রাত ৮টা"}),
    ("th", "tool.result", {"สาขา": "สยาม", "เวลาเปิด": "10:00-22:00"}),
    ("vi", "tool.result", {"chi_nhánh": "Quận 1", "giờ_mở_cửa": "8:00-21:00"}),
    ("id", "tool.result", {"cabang": "Bandung", "jam_buka": "09.00-21.00"}),
    ("sw", "tool.result", {"tawi": "Mombasa", "saa_za_kazi": "saa 2 asubuhi hadi saa 12 jioni"}),
    ("el", "tool.result", {"κατάστημα": "Θεσσαλονίκη", "ωράριο": "09:00-21:00"}),
    ("cs", "tool.result", {"pobočka": "Brno", "otevírací_doba": "8-18"}),
    ("ro", "tool.result", {"comanda": "CMD-30021", "stare": "livrată"}),
    ("hu", "tool.result", {"üzlet": "Debrecen", "nyitvatartás": "H-P 8-20"}),
    ("fi", "tool.result", {"myymälä": "Tampere", "aukioloajat": "ma-pe 9-21"}),
    ("sv", "tool.result", {"butik": "Göteborg", "öppettider": "10-19"}),
    ("ja", "tool.arguments", {"商品コード": "JP-7731", "数量": 1}),
    ("ko", "tool.arguments", {"상품번호": "KR-2201", "수량": 2}),
    ("zh", "tool.arguments", {"订单号": "CN20261207001", "查询": "物流"}),
    ("ar", "tool.arguments", {"رقم_الطلب": "SA-88310", "الحالة": "قيد التوصيل"}),
    ("ru", "tool.arguments", {"номер_заказа": "RU-55021", "действие": "статус"}),
]
for lang, key, v in MORE_CLEAN_TOOLS:
    add(f"neg.tool_payload.business.{lang}", key, js(v))
add(
    "neg.tool_payload.twilio_media",
    "twilio.media_stream.message",
    js(
        {
            "event": "start",
            "sequenceNumber": "1",
            "start": {
                "streamSid": "MZ" + hexs(32),
                "callSid": "CA" + hexs(32),
                "tracks": ["inbound"],
                "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
            },
        }
    ),
)
add(
    "neg.tool_payload.stt_response",
    "pipecat.transcription",
    js(
        {
            "text": "do you deliver on sundays",
            "user_id": "",
            "timestamp": "2026-12-07T00:12:03.114Z",
            "language": "en-US",
        }
    ),
)


# ------------------------------------------------------------------ more machine text around a call, with a person in it
add(
    "pos.value.phone.sip_invite",
    "sip.request.headers",
    f'From: "{name("ja")}" <sip:{phone("JP", "e164")}@voip.example.jp>;tag={hexs(6)}\r\nTo: <sip:+81312345678@trunk.example>\r\nCall-ID: {hexs(16)}@10.2.0.8',
    ("name", "phone"),
)
add(
    "pos.value.phone.twilio_media",
    "twilio.media_stream.message",
    js(
        {
            "event": "start",
            "start": {
                "streamSid": "MZ" + hexs(32),
                "callSid": "CA" + hexs(32),
                "customParameters": {"caller": phone("US", "e164")},
            },
        }
    ),
    ("phone",),
    site="event",
)
add("pos.value.phone.kafka_key", "messaging.kafka.message.key", phone("IN", "e164"), ("phone",))
add(
    "pos.value.phone.mongo",
    "db.statement",
    js(
        {
            "update": "callers",
            "updates": [
                {"q": {"msisdn": phone("KE", "e164").lstrip("+")}, "u": {"$set": {"opt_out": True}}}
            ],
        }
    ),
    ("phone",),
)
add(
    "pos.value.phone.dead_letter",
    "messaging.message.body",
    js(
        {
            "dead_letter_reason": "provider_rejected",
            "payload": {"to": phone("TH", "e164"), "template": "otp"},
            "attempts": 5,
        }
    ),
    ("phone",),
    site="event",
)
add(
    "pos.value.name_phone.log",
    "log.record.body",
    f"INFO resy: booking confirmed party=2 name=Okoye,Chiamaka phone={phone('GB', 'e164')}",
    ("name", "phone"),
    site="event",
)
add("pos.value.ip.real_ip", "http.request.header.x-real-ip", [public_ipv4()], ("ip",))
add("pos.value.ip.true_client", "http.request.header.true-client-ip", [public_ipv4()], ("ip",))
add(
    "pos.value.ip.ice_v6",
    "webrtc.ice.candidate",
    f"candidate:2 1 udp 2122262783 2a01:{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)} 61002 typ host generation 0",
    ("ip",),
)
add(
    "pos.value.ip.sip_via",
    "sip.header.via",
    f"SIP/2.0/UDP {public_ipv4()}:5060;rport;branch=z9hG4bK{hexs(10)}",
    ("ip",),
)
add(
    "pos.value.email.locals",
    "exception.stacktrace",
    f"File \"/app/tools/crm.py\", line 120, in upsert_contact\n    raise DuplicateContact(existing.id)\n  locals: customer_email = '{email(fk('sv_SE'))}'\nDuplicateContact: 003Pz00000Ab",
    ("email",),
    site="event",
)
add(
    "pos.value.email.unsubscribe",
    "http.url",
    f"https://mail.example-shop.com/unsubscribe?e={urllib.parse.quote(email(fk('de_DE')))}&list=promo",
    ("email",),
)
add("pos.value.email.resource", "user.email", email(fk("cs_CZ")), ("email",), site="resource")
add(
    "pos.value.dob.url",
    "url.full",
    "https://api.clinic-scheduler.example/patients/search?last_name=Haddad&dob=1984-07-23",
    ("dob", "name"),
)
add(
    "pos.value.iban.sql",
    "db.statement",
    f"UPDATE payout_accounts SET iban = '{make_iban('NL')}' WHERE vendor_id = 88120",
    ("iban",),
)
add(
    "pos.value.card.log",
    "log.record.body",
    f"DEBUG square: charge request source=card {card()} exp=08/29 amount=2500",
    ("card",),
    site="event",
)
add(
    "pos.value.national_id.csv",
    "log.record.body",
    f"export row 14: Demir;Ayşe;{tr_tc()};Ankara",
    ("name", "national_id"),
    site="event",
)
add(
    "pos.value.address.status",
    "otel.status_description",
    "Geocoding failed for '221 Baker Street, London NW1 6XE': rate limited",
    ("address",),
    site="status",
)
add(
    "pos.value.secret.basic",
    "http.request.header.authorization",
    ["Basic " + base64.b64encode(f"AC{hexs(32)}:{hexs(32)}".encode()).decode()],
    ("secret",),
)
add(
    "pos.value.secret.azure",
    "db.connection_string",
    f"DefaultEndpointsProtocol=https;AccountName=callrecordings;AccountKey={base64.b64encode(bytes(R.getrandbits(8) for _ in range(64))).decode()};EndpointSuffix=core.windows.net",
    ("secret",),
)
add(
    "pos.value.secret.square",
    "square.access_token",
    "EAAA" + alnum(60, string.ascii_letters + string.digits + "-_"),
    ("secret",),
)
add(
    "pos.value.secret.restricted",
    "error.message",
    f"Stripe auth failed using rk_live_{alnum(99)}",
    ("secret",),
)
add(
    "pos.value.secret.argv",
    "process.command_args",
    ["python", "agent.py", f"--openai-key=sk-proj-{alnum(48)}"],
    ("secret",),
    site="resource",
)
add(
    "pos.value.secret.env_dump",
    "exception.message",
    f"RuntimeError: missing STT config; env: DEEPGRAM_API_KEY={hexs(40)} REGION=eu",
    ("secret",),
    site="event",
)
add(
    "pos.value.secret.signed_url",
    "url.full",
    f"https://call-recordings.s3.eu-west-1.amazonaws.com/2026/12/07/CA{hexs(32)}.wav?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA{alnum(16, string.ascii_uppercase + string.digits)}%2F20261207%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature={hexs(64)}",
    ("secret",),
)
add(
    "pos.value.sensitive.sql",
    "db.statement",
    "INSERT INTO case_notes (case_id, note) VALUES (4471, 'caller disclosed she is seven months pregnant and was evicted last week')",
    ("sensitive",),
)


def main(argv: list[str]) -> None:
    """Write the corpus to ``argv[1]`` (default: next to this script)."""
    for dist, version in RELEASES.items():
        if metadata.version(dist) != version:
            warnings.warn(
                f"corpus M was written with {dist} {version}; {metadata.version(dist)} may not rewrite it byte for byte",
                stacklevel=1,
            )
    out = Path(argv[1]) if len(argv) > 1 else OUT
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv)
