# ruff: noqa: E501  (long literal utterances and data templates read best on one line)
"""Write ``pii_corpus_e.jsonl``: a fifth PII corpus, held out and written blind.

Corpus E answers the detector's two questions apart. Each row says whether its value is
conversation content (``content``: a caller utterance, an LLM message or request, a tool
payload, a speech provider's response) and which personal-data kinds it holds (``kinds``),
so one file scores both modes: with content forbidden a content row also counts as
``free_text`` or ``tool_payload`` (the second part of its class), with content allowed only
its kinds count. It was written without reading the detector, its tests or its docs, and
is never edited to fit.

People, streets and towns come from Faker (:data:`FAKER_VERSION`) in 22 locales; phone
numbers only from fiction and example ranges; cards from processors' published test
numbers; IBANs and national identifiers are random with computed check digits that
python-stdnum confirms; secrets are random characters in providers' published shapes.
``python tests/data/make_pii_corpus_e.py [PATH]`` rewrites the file (or writes PATH) byte for
byte with the releases named below (Faker, python-stdnum and phonenumbers are needed only for that).
"""

from __future__ import annotations

import hashlib
import importlib
import ipaddress
import json
import random
import string
import sys
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import phonenumbers
import stdnum
from faker import VERSION as faker_version
from faker import Faker

#: The releases the committed file was generated with (their data shape the output).
FAKER_VERSION = "40.63.0"
STDNUM_VERSION = "2.2"
PHONENUMBERS_VERSION = "9.0.43"
SEED = 20261206
OUT = Path(__file__).with_name("pii_corpus_e.jsonl")

rng = random.Random(SEED)
LOCALES = {
    "en": "en_US",
    "gb": "en_GB",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "pt": "pt_BR",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "sv": "sv_SE",
    "fi": "fi_FI",
    "no": "no_NO",
    "tr": "tr_TR",
    "ru": "ru_RU",
    "el": "el_GR",
    "ar": "ar_SA",
    "he": "he_IL",
    "hi": "hi_IN",
    "ja": "ja_JP",
    "zh": "zh_CN",
    "ko": "ko_KR",
    "vi": "vi_VN",
}
FAKE: dict[str, Faker] = {}
for _i, (_lang, _loc) in enumerate(sorted(LOCALES.items())):
    FAKE[_lang] = Faker(_loc)
    FAKE[_lang].seed_instance(SEED + _i)

ROWS: list[dict[str, Any]] = []


def add(
    cls: str, key: str, value: Any, kinds: tuple[str, ...] = (), site: str = "attribute"
) -> None:
    """Append one row; ``content`` follows from the class (``*.free_text.*`` / ``*.tool_payload.*``)."""
    part = cls.split(".")[1]
    assert cls.split(".")[0] == ("pos" if kinds else "neg"), cls
    ROWS.append(
        {
            "id": len(ROWS),
            "class": cls,
            "site": site,
            "key": key,
            "value": value,
            "kinds": sorted(set(kinds)),
            "content": part in ("free_text", "tool_payload"),
        }
    )


def pick(seq: list[Any] | tuple[Any, ...]) -> Any:
    return seq[rng.randrange(len(seq))]


def digits(n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def rand(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return rand(n, "0123456789abcdef")


def uid() -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def js(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False)


# -- people ------------------------------------------------------------------------------------


def person(lang: str) -> str:
    f = FAKE[lang]
    if lang in ("ja", "zh", "ko"):
        return str(f.last_name() + f.first_name())
    if lang == "vi":
        # vi_VN mixes in English given names; Vietnamese order is family, middle, given.
        return f"{f.last_name()} {pick(['Thị Lan', 'Văn Minh', 'Minh Anh', 'Thu Hà', 'Đức Huy'])}"
    return f"{f.first_name()} {f.last_name()}"


def woman(lang: str) -> str:
    return f"{FAKE[lang].first_name_female()} {FAKE[lang].last_name()}"


def man(lang: str) -> str:
    return f"{FAKE[lang].first_name_male()} {FAKE[lang].last_name()}"


def surname(lang: str) -> str:
    return str(FAKE[lang].last_name())


def given(lang: str) -> str:
    return str(FAKE[lang].first_name())


def street_address(lang: str) -> str:
    """A full postal address as people say it in ``lang``'s country (street, number, town)."""
    f = FAKE[lang]
    if lang in ("ja", "zh", "ko", "hi", "he", "vi"):
        return str(f.address()).replace("\n", ", ")
    if lang == "it":
        # it_IT's town list is ordered by string hashing, so it is drawn here instead.
        town = pick(["Bologna", "Lecce", "Trento", "Perugia", "Brescia", "Ancona"])
        return f"Via {surname('it')} {rng.randint(1, 180)}, {rng.randint(10, 98):02d}{rng.randint(100, 999)} {town}"
    if lang in ("en", "gb"):
        return f"{f.street_address()}, {f.city()}, {f.postcode()}".replace("\n", ", ")
    return f"{f.street_address()}, {f.postcode()} {f.city()}".replace("\n", ", ")


def birth_date() -> date:
    return date(1938, 1, 1) + timedelta(days=rng.randrange(365 * 66))


# -- identifiers with check digits, confirmed by python-stdnum ----------------------------------


def _valid(module: str, number: str) -> bool:
    return bool(importlib.import_module(f"stdnum.{module}").is_valid(number))


def with_check(module: str, make: Callable[[], str], tail: str, width: int = 1) -> str:
    """A random body from ``make`` completed by the first check suffix stdnum accepts."""
    for _ in range(2000):
        body = make()
        cands = list(tail) if width == 1 else [a + b for a in tail for b in tail]
        for c in cands:
            if _valid(module, body + c):
                return body + c
    raise SystemExit(f"no valid {module} found")


def yymmdd(d: date) -> str:
    return d.strftime("%y%m%d")


def national_ids() -> dict[str, tuple[str, str]]:
    """One national identifier per country: ``{tag: (value, language)}``."""
    d = birth_date
    ids: dict[str, tuple[str, str]] = {}
    ids["ES-DNI"] = (with_check("es.dni", lambda: digits(8), string.ascii_uppercase), "es")
    ids["ES-NIE"] = (
        with_check("es.nie", lambda: pick("XYZ") + digits(7), string.ascii_uppercase),
        "es",
    )
    ids["IT-CF"] = (
        with_check(
            "it.codicefiscale",
            lambda: (
                rand(6, "BCDFGLMNPRSTVZ")
                + d().strftime("%y")
                + pick("ABCDEHLMPRST")
                + f"{rng.randint(1, 28):02d}"
                + pick("AFHLG")
                + digits(3)
            ),
            string.ascii_uppercase,
        ),
        "it",
    )
    ids["FR-NIR"] = (
        with_check(
            "fr.nir",
            lambda: pick("12") + d().strftime("%y%m") + f"{rng.randint(1, 95):02d}" + digits(6),
            string.digits,
            2,
        ),
        "fr",
    )
    ids["DE-IdNr"] = (
        with_check("de.idnr", lambda: str(rng.randint(1, 9)) + digits(9), string.digits),
        "de",
    )
    ids["NL-BSN"] = (with_check("nl.bsn", lambda: digits(8), string.digits), "nl")
    ids["BE-NN"] = (with_check("be.nn", lambda: yymmdd(d()) + digits(3), string.digits, 2), "nl")
    ids["PL-PESEL"] = (with_check("pl.pesel", lambda: yymmdd(d()) + digits(4), string.digits), "pl")
    ids["SE-PNR"] = (
        with_check("se.personnummer", lambda: yymmdd(d()) + "-" + digits(3), string.digits),
        "sv",
    )
    ids["FI-HETU"] = (
        with_check(
            "fi.hetu",
            lambda: d().strftime("%d%m%y") + "-" + f"{rng.randint(2, 899):03d}",
            "0123456789ABCDEFHJKLMNPRSTUVWXY",
        ),
        "fi",
    )
    ids["NO-FNR"] = (
        with_check(
            "no.fodselsnummer", lambda: d().strftime("%d%m%y") + digits(3), string.digits, 2
        ),
        "no",
    )
    ids["BR-CPF"] = (with_check("br.cpf", lambda: digits(9), string.digits, 2), "pt")
    ids["MX-CURP"] = (
        with_check(
            "mx.curp",
            lambda: (
                pick("GMRLH")
                + pick("AEIOU")
                + rand(2, "BCDFGLMNPRSTVZ")
                + yymmdd(d())
                + pick("HM")
                + pick(["DF", "JC", "NL", "PL", "VZ"])
                + rand(3, "BCDFGLMNPRSTVZ")
                + "0"
            ),
            string.digits,
        ),
        "es",
    )
    ids["IN-Aadhaar"] = (
        with_check("in_.aadhaar", lambda: str(rng.randint(2, 9)) + digits(10), string.digits),
        "hi",
    )
    ids["IN-PAN"] = (
        with_check(
            "in_.pan",
            lambda: (
                rand(3, string.ascii_uppercase) + "P" + rand(1, string.ascii_uppercase) + digits(4)
            ),
            string.ascii_uppercase,
        ),
        "hi",
    )
    ids["CN-RIC"] = (
        with_check(
            "cn.ric", lambda: "110105" + d().strftime("%Y%m%d") + digits(3), string.digits + "X"
        ),
        "zh",
    )
    ids["KR-RRN"] = (
        with_check(
            "kr.rrn",
            lambda: (
                yymmdd(date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 39)))
                + pick("12")
                + "1"
                + digits(4)
            ),
            string.digits,
        ),
        "ko",
    )
    ids["TR-TCKN"] = (
        with_check("tr.tckimlik", lambda: str(rng.randint(1, 9)) + digits(8), string.digits, 2),
        "tr",
    )
    ids["IL-ID"] = (with_check("il.idnr", lambda: digits(8), string.digits), "he")
    ids["ZA-ID"] = (
        with_check("za.idnr", lambda: yymmdd(d()) + digits(4) + "08", string.digits),
        "en",
    )
    ids["GR-AMKA"] = (
        with_check("gr.amka", lambda: d().strftime("%d%m%y") + digits(4), string.digits),
        "el",
    )
    ids["RU-INN"] = (with_check("ru.inn", lambda: "77" + digits(8), string.digits, 2), "ru")
    ids["JP-MyNumber"] = (
        with_check("jp.in_", lambda: str(rng.randint(1, 9)) + digits(10), string.digits),
        "ja",
    )
    ids["CA-SIN"] = (
        with_check("ca.sin", lambda: str(rng.randint(1, 7)) + digits(7), string.digits),
        "en",
    )
    ids["GB-NHS"] = (
        with_check("gb.nhs", lambda: str(rng.randint(4, 7)) + digits(8), string.digits),
        "gb",
    )
    ids["RO-CNP"] = (
        with_check("ro.cnp", lambda: pick("12") + yymmdd(d()) + "40" + digits(3), string.digits),
        "en",
    )
    ids["CL-RUT"] = (
        with_check("cl.rut", lambda: str(rng.randint(10, 25)) + digits(6), string.digits + "K"),
        "es",
    )
    ids["AU-TFN"] = (with_check("au.tfn", lambda: digits(8), string.digits), "en")
    prefixes = [
        a + b
        for a in "ABCEGHJKLMNOPRSTWXYZ"
        for b in "ABCEGHJKLMNPRSTWXYZ"
        if a + b not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
    ]
    ids["GB-NINO"] = (pick(prefixes) + digits(6) + pick("ABCD"), "gb")
    return ids


def us_routing() -> str:
    return with_check(
        "us.rtn",
        lambda: (
            pick(
                [
                    "01",
                    "02",
                    "03",
                    "04",
                    "05",
                    "06",
                    "07",
                    "08",
                    "09",
                    "10",
                    "11",
                    "12",
                    "21",
                    "22",
                    "26",
                    "31",
                ]
            )
            + digits(6)
        ),
        string.digits,
    )


def ssn() -> str:
    while True:
        area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if area != 666:
            return f"{area:03d}-{group:02d}-{serial:04d}"


def iban(cc: str, bban_len: int, alphabet: str = string.digits) -> str:
    from stdnum import iban as _iban

    for _ in range(20000):
        bban = rand(bban_len, alphabet)
        if cc == "GB":
            bban = rand(4, string.ascii_uppercase) + digits(14)
        if cc == "NL":
            bban = rand(4, string.ascii_uppercase) + digits(10)
        if cc == "IT":
            bban = rand(1, string.ascii_uppercase) + digits(22)
        n = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
        value = f"{cc}{98 - n % 97:02d}{bban}"
        if _iban.is_valid(value):
            return value
    raise SystemExit(f"no valid IBAN for {cc}")


def grouped(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


# -- phone numbers from fiction and example ranges ----------------------------------------------

NANP_AREAS = ["212", "312", "415", "617", "206", "305", "512", "720"]


def us_phone() -> str:
    return f"+1{pick(NANP_AREAS)}55501{rng.randint(0, 99):02d}"


def uk_mobile() -> str:
    return f"+447700900{rng.randint(0, 999):03d}"


def example_phone(region: str) -> str:
    """libphonenumber's mobile example for ``region``, last two digits varied while still valid."""
    base = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    assert base is not None
    for _ in range(200):
        n = phonenumbers.parse(
            f"+{base.country_code}{str(base.national_number)[:-2]}{rng.randint(0, 99):02d}"
        )
        if phonenumbers.is_valid_number(n):
            return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)
    raise SystemExit(f"no valid phone for {region}")


def fmt(e164: str, style: str = "intl") -> str:
    n = phonenumbers.parse(e164)
    f = {
        "intl": phonenumbers.PhoneNumberFormat.INTERNATIONAL,
        "nat": phonenumbers.PhoneNumberFormat.NATIONAL,
    }[style]
    return phonenumbers.format_number(n, f)


# -- client addresses and secrets --------------------------------------------------------------


def public_v4() -> str:
    while True:
        a = ipaddress.IPv4Address(rng.getrandbits(32))
        if (
            a.is_global
            and not a.is_multicast
            and str(a).split(".")[0]
            not in (
                "3",
                "13",
                "15",
                "16",
                "18",
                "20",
                "23",
                "34",
                "35",
                "40",
                "44",
                "52",
                "54",
                "104",
                "142",
            )
        ):
            return str(a)


def public_v6() -> str:
    while True:
        a = ipaddress.IPv6Address((0x2A02 << 112) | rng.getrandbits(112))
        if a.is_global:
            return a.compressed


URLSAFE = string.ascii_letters + string.digits + "-_"


def jwt() -> str:
    import base64

    def b64(obj: dict[str, Any]) -> str:
        return (
            base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode())
            .decode()
            .rstrip("=")
        )

    head = b64({"alg": "RS256", "typ": "JWT", "kid": hexs(8)})
    body = b64(
        {
            "iss": "https://auth.example.com/",
            "sub": f"usr_{rand(12)}",
            "aud": "voice-api",
            "exp": 1788000000 + rng.randrange(10**6),
        }
    )
    return f"{head}.{body}.{rand(86, URLSAFE)}"


# -- where content sits: Patter (hypothetical leaks), Pipecat, LiveKit Agents, GenAI, OpenInference --

HEARD = [
    "transcript",
    "lk.user_transcript",
    "lk.user_input",
    "gen_ai.prompt.1.content",
    "llm.input_messages.1.message.content",
    "input.value",
    "getpatter.stt.text",
    "stt.transcript",
]
SAID = [
    "output",
    "text",
    "lk.response.text",
    "lk.input_text",
    "gen_ai.completion.0.content",
    "llm.output_messages.0.message.content",
    "output.value",
    "getpatter.tts.text",
    "text_output",
]
TOOL_ARGS = [
    "gen_ai.tool.call.arguments",
    "lk.function_tool.arguments",
    "tool.arguments",
    "llm.output_messages.0.message.tool_calls.0.tool_call.function.arguments",
]
TOOL_RESULT = ["gen_ai.tool.call.result", "lk.function_tool.output", "tool.result"]


def heard() -> str:
    return str(pick(HEARD))


def said() -> str:
    return str(pick(SAID))


def build_clean_content() -> None:
    """Conversation content with no personal data: clean when content is allowed."""
    utterances = {
        "en": [
            "what time do you close on Saturdays",
            "I'd like to move my delivery to next week",
            "can I get the large one instead",
            "I need two boxes of the 500 g coffee",
            "order 4417 arrived yesterday but the lid was cracked",
            "room 204 please",
            "can you deliver between 9 and 11",
        ],
        "es": [
            "¿tienen mesa para seis esta noche?",
            "quiero cambiar la hora de la cita",
            "el paquete llegó abierto",
        ],
        "fr": [
            "est-ce que je peux payer sur place ?",
            "je rappellerai plus tard, merci",
            "vous livrez à Villeurbanne le samedi ?",
        ],
        "de": [
            "haben Sie morgen Vormittag noch einen Termin frei?",
            "die Lieferung kam leider beschädigt an",
            "ich hätte gern die Rechnung per Post",
        ],
        "it": [
            "posso spostare la prenotazione a venerdì?",
            "quanto costa la spedizione in Sardegna?",
        ],
        "pt": ["vocês entregam no domingo?", "queria cancelar o pedido de ontem"],
        "nl": ["kan ik de afspraak verzetten naar donderdag?", "hoe laat gaat de winkel open?"],
        "pl": ["czy mogę zmienić godzinę dostawy?", "dziękuję, to wszystko"],
        "sv": ["har ni öppet på midsommarafton?", "jag vill boka ett bord för två"],
        "fi": ["onko teillä vapaita aikoja huomenna?"],
        "no": ["kan jeg endre bestillingen min?"],
        "tr": ["siparişim ne zaman gelir?", "rezervasyonu iptal etmek istiyorum"],
        "ru": ["во сколько вы закрываетесь в субботу?", "хочу перенести доставку на завтра"],
        "el": ["είστε ανοιχτά την Κυριακή;"],
        "ar": ["هل يمكنني تغيير موعد التوصيل؟", "شكرا جزيلا، مع السلامة"],
        "he": ["באיזו שעה אתם נסגרים היום?"],
        "hi": ["क्या आप रविवार को खुले रहते हैं?", "मुझे अपना ऑर्डर बदलना है"],
        "ja": ["明日の午後に予約できますか", "配達日を変更したいです"],
        "zh": ["你们周末营业吗？", "我想取消昨天的订单"],
        "ko": ["내일 오후에 예약 가능한가요?", "배송 날짜를 바꾸고 싶어요"],
        "th": ["ร้านเปิดกี่โมงครับ"],
        "vi": ["cửa hàng mở cửa lúc mấy giờ?"],
    }
    for lang, texts in utterances.items():
        for t in texts:
            add(f"neg.free_text.utterance.{lang}", heard(), t)
    replies = {
        "en": "Sure, I've moved your delivery to Tuesday the 14th, between 9 and 12.",
        "it": "Certo, la prenotazione è spostata a venerdì alle 20:00.",
        "de": "Natürlich, ich habe Ihnen einen Termin am Donnerstag um 10:30 Uhr eingetragen.",
        "zh": "好的，您的订单已取消，退款将在3到5个工作日内到账。",
        "ja": "承知しました。ご注文は明日発送されます。",
        "es": "Claro, la tienda abre a las 9 y cierra a las 21 h.",
        "fr": "D'accord, votre commande n° 58213 partira demain matin.",
        "ru": "Конечно, доставка перенесена на пятницу.",
        "ko": "네, 예약이 내일 오후 3시로 변경되었습니다.",
        "ar": "بالتأكيد، سيصل طلبك يوم الخميس.",
        "pt": "Perfeito, o total ficou em R$ 89,90 com frete grátis.",
        "tr": "Tabii, siparişiniz yarın kargoya verilecek.",
    }
    for lang, t in replies.items():
        add(f"neg.free_text.reply.{lang}", said(), t)
    # Chat requests as GenAI, Pipecat, LiveKit and OpenInference serialise them.
    sysmsg = "You are the booking assistant of Trattoria Nove. Keep answers short and never invent opening hours."
    add(
        "neg.free_text.chat_request",
        "gen_ai.input.messages",
        js(
            [
                {"role": "system", "parts": [{"type": "text", "content": sysmsg}]},
                {
                    "role": "user",
                    "parts": [{"type": "text", "content": "do you have gluten-free pasta?"}],
                },
            ]
        ),
    )
    add(
        "neg.free_text.chat_request",
        "gen_ai.output.messages",
        js(
            [
                {
                    "role": "assistant",
                    "parts": [
                        {
                            "type": "text",
                            "content": "Yes, we have gluten-free penne and fusilli every day.",
                        }
                    ],
                    "finish_reason": "stop",
                }
            ]
        ),
    )
    add(
        "neg.free_text.chat_request",
        "gen_ai.output.messages",
        js(
            [
                {
                    "role": "assistant",
                    "parts": [
                        {
                            "type": "tool_call",
                            "id": f"call_{rand(24)}",
                            "name": "check_stock",
                            "arguments": {"sku": "KB-2210", "store": "Lyon Part-Dieu"},
                        }
                    ],
                    "finish_reason": "tool_call",
                }
            ]
        ),
    )
    add(
        "neg.free_text.chat_request",
        "input",
        js(
            [
                {
                    "role": "system",
                    "content": "Du bist der Telefonassistent der Bäckerei Sonnenkorn.",
                },
                {"role": "user", "content": "Haben Sie heute noch Dinkelbrot?"},
                {"role": "assistant", "content": "Ja, bis 18 Uhr."},
            ]
        ),
    )
    add(
        "neg.free_text.chat_request",
        "lk.chat_ctx",
        js(
            {
                "items": [
                    {
                        "id": f"item_{hexs(12)}",
                        "type": "message",
                        "role": "user",
                        "content": ["¿cuánto tarda el envío a Valencia?"],
                        "interrupted": False,
                    },
                    {
                        "id": f"item_{hexs(12)}",
                        "type": "message",
                        "role": "assistant",
                        "content": ["Entre 24 y 48 horas."],
                        "interrupted": False,
                    },
                ]
            }
        ),
    )
    add(
        "neg.free_text.chat_request",
        "input.value",
        js(
            {
                "model": "gpt-4o-mini",
                "temperature": 0.3,
                "messages": [
                    {
                        "role": "system",
                        "content": "You answer questions about Nordlys Cycles' bike repairs.",
                    },
                    {"role": "user", "content": "how long does a wheel truing take?"},
                ],
                "tools": [
                    {
                        "type": "function",
                        "function": {
                            "name": "book_repair",
                            "parameters": {
                                "type": "object",
                                "properties": {"date": {"type": "string"}},
                            },
                        },
                    }
                ],
            }
        ),
    )
    add(
        "neg.free_text.chat_request",
        "llm.input_messages",
        js([{"message.role": "user", "message.content": "我想预订明天中午两位"}]),
    )
    add(
        "neg.free_text.chat_request",
        "gen_ai.prompt",
        js([{"role": "user", "content": "is parking free after 6 pm?"}]),
    )
    # Tool arguments and results about the business, not the caller.
    business_args = [
        {"date": "2026-03-14", "time": "19:30", "party_size": 4},
        {"sku": "TEA-0042", "quantity": 3},
        {"order_id": "ORD-2026-004417"},
        {"store": "Kraków Galeria", "pickup_time": "17:00"},
        {"メニュー": "ランチセット", "数量": 2},
        {"query": "opening hours", "location": "Malmö C"},
        {"plan": "premium", "billing_cycle": "monthly", "coupon": "SPRING10"},
    ]
    for a in business_args:
        add("neg.tool_payload.business_args", pick(TOOL_ARGS), js(a))
    for r in [
        {"available": True, "slots": ["10:00", "10:30", "14:00"]},
        {"status": "shipped", "carrier": "DHL", "eta": "2026-03-16", "tracking": "JJD0099887766"},
        "Table booked: 4 guests, Saturday 19:30, confirmation R-88214.",
        {"in_stock": 12, "price_eur": 24.9},
    ]:
        add(
            "neg.tool_payload.business_result",
            pick(TOOL_RESULT),
            r if isinstance(r, str) else js(r),
        )
    # Speech-to-text and text-to-speech provider responses.
    add(
        "neg.free_text.stt_response",
        "stt.response",
        js(
            {
                "metadata": {"request_id": uid(), "model_info": {"name": "nova-3-general"}},
                "results": {
                    "channels": [
                        {
                            "alternatives": [
                                {
                                    "transcript": "can I change the delivery address for order 5512",
                                    "confidence": 0.97,
                                }
                            ]
                        }
                    ]
                },
            }
        ),
    )
    add(
        "neg.free_text.stt_response",
        "http.response.body",
        js(
            {
                "message_type": "FinalTranscript",
                "text": "wir brauchen noch zwei Stühle",
                "confidence": 0.93,
                "audio_start": 1200,
                "audio_end": 2900,
            }
        ),
    )
    add(
        "neg.free_text.stt_response",
        "stt.response",
        js({"text": "quiero el menú del día", "usage": {"type": "duration", "seconds": 3}}),
    )
    add(
        "neg.free_text.stt_response",
        "stt.response",
        js(
            {
                "results": [
                    {
                        "alternatives": [
                            {"transcript": "明日の予約をキャンセルしたい", "confidence": 0.91}
                        ],
                        "languageCode": "ja-jp",
                    }
                ]
            }
        ),
    )
    add(
        "neg.free_text.tts_response",
        "tts.response",
        js(
            {
                "alignment": {
                    "characters": list("Your table"),
                    "character_start_times_seconds": [round(i * 0.07, 2) for i in range(10)],
                },
                "audio_base64": "SUQzBAAAAAAAI1RTU0UAAAAPAAADTGF2ZjU4Ljc2LjEwMAAAAAAAAAAAAAAA",
            }
        ),
    )
    add(
        "neg.free_text.tts_response",
        "tts.response",
        js(
            {
                "type": "timestamps",
                "context_id": uid(),
                "word_timestamps": {
                    "words": ["Votre", "commande", "est", "prête"],
                    "start": [0.0, 0.31, 0.78, 0.94],
                },
            }
        ),
    )
    # Sensitive topics asked about, nobody's own situation disclosed.
    for t in [
        "does the pharmacy have flu shots in stock?",
        "what's your policy on bereavement fares?",
        "¿hacen descuento a jubilados?",
        "bieten Sie Ratenzahlung an?",
        "est-ce que vous avez un avocat pour les baux commerciaux ?",
        "有没有无糖的蛋糕？",
    ]:
        add("neg.free_text.sensitive_topic", heard(), t)
    # Placeholders left by an upstream redactor: content, but nothing personal any more.
    # Numbers, codes and PII-sounding words that are not personal data.
    for lang, t in [
        ("en", "I'd like a birthday cake for Saturday"),
        ("en", "can I pay by card over the phone?"),
        ("en", "what IBAN format do you accept for refunds?"),
        ("de", "ist die Filiale in der Hauptstraße heute geöffnet?"),
        ("tr", "doğum günü pastası siparişi vermek istiyorum"),
        ("zh", "你们的营业时间是几点到几点？"),
        ("el", "Πόσο κάνει η παράδοση στη Θεσσαλονίκη;"),
        ("he", "אפשר להזמין שולחן לשמונה בערב?"),
        ("hi", "क्या होम डिलीवरी मुफ्त है?"),
        ("ko", "주차 가능한가요?"),
    ]:
        add(f"neg.free_text.pii_words.{lang}", heard(), t)
    for t in [
        "Your confirmation code is R-88214.",
        "Flight LH 2417 lands at 14:05, gate B22.",
        "The total is €1.234,56 including VAT.",
        "You're in room 1204 on the 12th floor.",
        "我们的营业时间是早上9点到晚上9点。",
        "Το κατάστημα κλείνει στις 21:00.",
    ]:
        add("neg.free_text.reply_numbers", said(), t)
    for t in [
        "my number is <PHONE_NUMBER>",
        "hi, this is [PERSON], calling about my order",
        "send the receipt to {{customer_email}}",
        "card ending in ****, expiry **/**",
    ]:
        add("neg.free_text.redacted", heard(), t)


def build_content_with_personal_data() -> None:
    """Content carrying identifiers, names, birth dates, addresses, sensitive disclosures."""
    # Names with a lead-in, in the caller's language.
    lead = {
        "en": "my name is {}",
        "fr": "je m'appelle {}",
        "de": "ich heiße {}",
        "es": "me llamo {}",
        "it": "mi chiamo {}",
        "nl": "mijn naam is {}",
        "pl": "nazywam się {}",
        "tr": "adım {}",
        "ru": "меня зовут {}",
        "el": "με λένε {}",
        "ar": "اسمي {}",
        "he": "שמי {}",
        "hi": "मेरा नाम {} है",
        "vi": "tên tôi là {}",
    }
    for lang, tpl in lead.items():
        add(f"pos.free_text.name_lead_in.{lang}", heard(), tpl.format(person(lang)), ("name",))
    # Names alone or without a lead-in: the answer to "who am I speaking with?".
    add("pos.free_text.name_bare.en", heard(), person("en"), ("name",))
    add("pos.free_text.name_bare.de", heard(), f"{person('de')}, Tisch für zwei", ("name",))
    add("pos.free_text.name_bare.pl", heard(), f"tak, {person('pl')}", ("name",))
    add("pos.free_text.name_bare.gb", heard(), f"{person('gb')} here, about the boiler", ("name",))
    # Particles and initials.
    add(
        "pos.free_text.name_particle.nl",
        heard(),
        f"de reservering staat op {given('nl')} van der {pick(['Berg', 'Linden', 'Meer', 'Veen'])}",
        ("name",),
    )
    add(
        "pos.free_text.name_particle.es",
        heard(),
        f"a nombre de {given('es')} de la {surname('es')}",
        ("name",),
    )
    add(
        "pos.free_text.name_particle.de",
        heard(),
        f"{given('de')} von {surname('de')}, ich hatte angerufen",
        ("name",),
    )
    add(
        "pos.free_text.name_particle.ar",
        heard(),
        f"it's under Ahmad bin Yusuf Al-{pick(['Harbi', 'Qahtani', 'Mansour'])}",
        ("name",),
    )
    add(
        "pos.free_text.name_particle.gb",
        heard(),
        f"surname O'{pick(['Connell', 'Sullivan', 'Dwyer'])}, first name {given('gb')}",
        ("name",),
    )
    add("pos.free_text.name_initials.en", heard(), f"it's J. R. {surname('en')}", ("name",))
    add("pos.free_text.name_initials.fr", heard(), f"au nom de M.-C. {surname('fr')}", ("name",))
    add(
        "pos.free_text.name_initials.hi",
        heard(),
        f"booking is for K. S. {pick(['Raghavan', 'Iyer', 'Menon'])}",
        ("name",),
    )
    # CJK names, with and without the polite lead-ins.
    add("pos.free_text.name_cjk.ja", heard(), f"{person('ja')}と申します", ("name",))
    add("pos.free_text.name_cjk.ja", heard(), f"{surname('ja')}です、予約の件で", ("name",))
    add("pos.free_text.name_cjk.zh", heard(), f"我叫{person('zh')}", ("name",))
    add("pos.free_text.name_cjk.zh", heard(), f"{person('zh')}，订了明天的位子", ("name",))
    add("pos.free_text.name_cjk.ko", heard(), f"{person('ko')}입니다", ("name",))
    # Third parties and staff.
    add(
        "pos.free_text.name_third_party.en",
        heard(),
        f"my husband {man('en')} will call you back",
        ("name",),
    )
    add(
        "pos.free_text.name_third_party.de",
        heard(),
        f"meine Tochter {woman('de')} holt das Paket ab",
        ("name",),
    )
    add(
        "pos.free_text.name_third_party.fr",
        heard(),
        f"envoyez la facture à mon comptable, {person('fr')}",
        ("name",),
    )
    add(
        "pos.free_text.name_third_party.it",
        heard(),
        f"il pacco è per la mia vicina, {woman('it')}",
        ("name",),
    )
    add(
        "pos.free_text.name_staff.en",
        heard(),
        f"I spoke to {person('en')} from your team yesterday",
        ("name",),
    )
    add(
        "pos.free_text.name_staff.es",
        heard(),
        f"¿está {person('es')} hoy? me atendió la semana pasada",
        ("name",),
    )
    add(
        "pos.free_text.name_staff.gb",
        heard(),
        f"can you put me through to Dr {surname('gb')}",
        ("name",),
    )
    add(
        "pos.free_text.name_reply.en",
        said(),
        f"Thank you, {person('en')}. Your table for two is confirmed.",
        ("name",),
    )
    add(
        "pos.free_text.name_reply.fr",
        said(),
        f"Merci Madame {surname('fr')}, à samedi !",
        ("name",),
    )
    add(
        "pos.free_text.name_reply.ja", said(), f"{surname('ja')}様、ご予約を承りました。", ("name",)
    )
    # Dates of birth in many formats and languages.
    dob_tpl = [
        ("en", "my date of birth is {d:%d/%m/%Y}"),
        ("en", "DOB {d:%m-%d-%Y}"),
        ("en", "I was born on {d:%B} {d.day}, {d.year}"),
        ("gb", "born {d.day} {d:%B} '{d:%y}"),
        ("fr", "je suis née le {d.day} {fr_month} {d.year}"),
        ("es", "nací el {d.day} de {es_month} de {d.year}"),
        ("it", "sono nato il {d.day}/{d.month}/{d:%y}"),
        ("ru", "дата рождения {d:%d.%m.%Y}"),
        ("zh", "我的出生日期是{d.year}年{d.month}月{d.day}日"),
        ("ko", "생년월일은 {d.year}년 {d.month}월 {d.day}일이에요"),
        ("ja", "生年月日は{d.year}年{d.month}月{d.day}日です"),
        ("hi", "मेरी जन्म तिथि {d:%d-%m-%Y} है"),
        ("nl", "geboortedatum {d:%Y%m%d}"),
        ("en", "birthday's the {d.day}th of {d:%B}, {d.year}"),
    ]
    fr_m = [
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
    es_m = [
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
    for lang, tpl in dob_tpl:
        d = birth_date()
        add(
            f"pos.free_text.dob.{lang}",
            heard(),
            tpl.format(d=d, fr_month=fr_m[d.month - 1], es_month=es_m[d.month - 1]),
            ("dob",),
        )
    d = birth_date()
    add(
        "pos.tool_payload.dob",
        pick(TOOL_ARGS),
        js({"patient_last_name": surname("de"), "dob": f"{d:%d.%m.%Y}"}),
        ("dob", "name"),
    )
    # Postal addresses.
    lead_addr = {
        "en": "please deliver to {}",
        "gb": "it's {}",
        "de": "die Adresse ist {}",
        "fr": "j'habite au {}",
        "es": "vivo en {}",
        "it": "l'indirizzo è {}",
        "pt": "meu endereço é {}",
        "pl": "mieszkam przy {}",
        "ru": "мой адрес: {}",
        "ja": "住所は{}です",
        "ko": "주소는 {}입니다",
        "el": "η διεύθυνσή μου είναι {}",
    }
    for lang, tpl in lead_addr.items():
        add(
            f"pos.free_text.address.{lang}", heard(), tpl.format(street_address(lang)), ("address",)
        )
    add(
        "pos.tool_payload.address",
        pick(TOOL_ARGS),
        js({"delivery_address": street_address("fi"), "slot": "evening"}),
        ("address",),
    )
    add(
        "pos.tool_payload.address",
        pick(TOOL_ARGS),
        js({"recipient": person("sv"), "address": street_address("sv")}),
        ("address", "name"),
    )


def build_identifiers_in_content() -> None:
    """National ids, bank accounts, cards, IBANs, e-mails and phone numbers inside content."""
    said_as = {
        "es": "mi documento es el {}",
        "it": "il mio codice fiscale è {}",
        "fr": "mon numéro de sécu c'est le {}",
        "de": "meine Steuer-ID lautet {}",
        "nl": "mijn nummer is {}",
        "pl": "mój PESEL to {}",
        "sv": "personnumret är {}",
        "fi": "henkilötunnukseni on {}",
        "no": "fødselsnummeret mitt er {}",
        "pt": "meu CPF é {}",
        "hi": "मेरा नंबर {} है",
        "zh": "我的身份证号是{}",
        "ko": "주민번호는 {}입니다",
        "tr": "TC kimlik numaram {}",
        "he": "מספר תעודת הזהות שלי {}",
        "en": "the number on my card is {}",
        "gb": "my number's {}",
        "el": "ο ΑΜΚΑ μου είναι {}",
        "ru": "мой ИНН {}",
        "ja": "マイナンバーは{}です",
    }
    by_tag = {
        "AU-TFN": "my tax file number is {}",
        "CA-SIN": "SIN is {}",
        "ZA-ID": "my ID number is {}",
        "RO-CNP": "CNP-ul meu este {}",
        "NL-BSN": "mijn BSN is {}",
        "BE-NN": "mijn rijksregisternummer is {}",
        "IN-Aadhaar": "मेरा आधार नंबर {} है",
        "IN-PAN": "मेरा पैन {} है",
        "GB-NHS": "NHS number {}",
        "GB-NINO": "my national insurance number's {}",
        "ES-NIE": "mi NIE es {}",
        "MX-CURP": "mi CURP es {}",
        "CL-RUT": "mi RUT es el {}",
    }
    shown = {
        "BR-CPF": lambda v: f"{v[:3]}.{v[3:6]}.{v[6:9]}-{v[9:]}",
        "GB-NINO": lambda v: f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}",
        "GB-NHS": lambda v: f"{v[:3]} {v[3:6]} {v[6:]}",
        "IN-Aadhaar": lambda v: grouped(v),
        "KR-RRN": lambda v: f"{v[:6]}-{v[6:]}",
        "CA-SIN": lambda v: f"{v[:3]} {v[3:6]} {v[6:]}",
        "CL-RUT": lambda v: f"{v[:2]}.{v[2:5]}.{v[5:8]}-{v[8]}",
    }
    for n, (tag, (value, lang)) in enumerate(sorted(national_ids().items())):
        text = shown.get(tag, lambda v: v)(value)
        phrase = by_tag.get(tag, said_as[lang])
        if n % 3 == 2:
            add(
                f"pos.tool_payload.national_id.{tag}",
                pick(TOOL_ARGS),
                js(
                    {
                        "document_type": tag.split("-")[1].lower(),
                        "document_number": text,
                        "purpose": "identity check",
                    }
                ),
                ("national_id",),
            )
        else:
            add(f"pos.free_text.national_id.{tag}", heard(), phrase.format(text), ("national_id",))
    add(
        "pos.free_text.ssn",
        heard(),
        f"last thing, my social is {ssn().replace('-', ' ')}",
        ("ssn",),
    )
    add("pos.tool_payload.ssn", pick(TOOL_ARGS), js({"ssn": ssn(), "verify": True}), ("ssn",))
    # Bank routing and account numbers.
    add(
        "pos.free_text.bank_account.us",
        heard(),
        f"routing number {us_routing()}, account {digits(10)}",
        ("bank_account",),
    )
    add(
        "pos.free_text.bank_account.us",
        heard(),
        f"it's checking, ABA {us_routing()} and the account is {digits(4)} {digits(4)} {digits(2)}",
        ("bank_account",),
    )
    add(
        "pos.tool_payload.bank_account.us",
        pick(TOOL_ARGS),
        js(
            {
                "routing_number": us_routing(),
                "account_number": digits(12),
                "account_type": "savings",
            }
        ),
        ("bank_account",),
    )
    add(
        "pos.free_text.bank_account.gb",
        heard(),
        f"sort code {digits(2)}-{digits(2)}-{digits(2)}, account number {digits(8)}",
        ("bank_account",),
    )
    add(
        "pos.free_text.bank_account.au",
        heard(),
        f"BSB 0{digits(2)}-{digits(3)}, account {digits(9)}",
        ("bank_account",),
    )
    add(
        "pos.tool_payload.bank_account.in",
        pick(TOOL_ARGS),
        js({"ifsc": f"{rand(4, string.ascii_uppercase)}0{digits(6)}", "account_no": digits(14)}),
        ("bank_account",),
    )
    add(
        "pos.free_text.bank_account.ca",
        heard(),
        f"transit {digits(5)}, institution 0{digits(2)}, account {digits(7)}",
        ("bank_account",),
    )
    # Cards: published test numbers in odd separators, fullwidth, or read out digit by digit.
    words = {
        "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
        "fr": ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"],
        "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
        "de": ["null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"],
    }
    cards = [
        "4242424242424242",
        "4000056655665556",
        "5555555555554444",
        "2223003122003222",
        "378282246310005",
        "6011111111111117",
        "3056930009020004",
        "3566002020360505",
        "6200000000000005",
        "5105105105105100",
    ]
    add("pos.free_text.card.dots", heard(), f"card is {grouped(cards[0], 4, '.')}", ("card",))
    add("pos.free_text.card.underscores", heard(), grouped(cards[1], 4, "_"), ("card",))
    add("pos.free_text.card.slashes", heard(), f"la carte : {grouped(cards[2], 4, '/')}", ("card",))
    add("pos.free_text.card.en_dash", heard(), f"número {grouped(cards[3], 4, '–')}", ("card",))
    add(
        "pos.free_text.card.amex_groups",
        heard(),
        f"amex {cards[4][:4]}-{cards[4][4:10]}-{cards[4][10:]}",
        ("card",),
    )
    add(
        "pos.free_text.card.fullwidth",
        heard(),
        "カード番号は"
        + grouped(cards[7], 4, " ").translate(str.maketrans("0123456789", "０１２３４５６７８９"))
        + "です",
        ("card",),
    )
    add("pos.free_text.card.spaced_digits", heard(), "it's " + " ".join(cards[5]), ("card",))
    for lang, card in (("en", cards[0]), ("fr", cards[2]), ("es", cards[8]), ("de", cards[9])):
        add(
            f"pos.free_text.card.spoken.{lang}",
            heard(),
            " ".join(words[lang][int(c)] for c in card),
            ("card",),
        )
    add(
        "pos.tool_payload.card",
        pick(TOOL_ARGS),
        js({"card": cards[6], "exp": "12/29", "amount": 42.5}),
        ("card",),
    )
    # IBANs in lower case, grouped or not.
    for cc, n, _lang, tpl in (
        ("DE", 18, "de", "meine IBAN ist {}"),
        ("ES", 20, "es", "mi iban es {}"),
        ("FR", 23, "fr", "mon iban : {}"),
        ("IT", 23, "it", "iban {}"),
        ("NL", 0, "nl", "rekeningnummer {}"),
        ("PL", 24, "pl", "numer konta {}"),
    ):
        value = iban(cc, n).lower()
        add(
            f"pos.free_text.iban_lower.{cc}",
            heard(),
            tpl.format(grouped(value) if n % 2 == 0 else value),
            ("iban",),
        )
    add(
        "pos.tool_payload.iban_lower",
        pick(TOOL_ARGS),
        js({"refund_to": iban("GB", 0).lower(), "amount_gbp": 19.99}),
        ("iban",),
    )
    add(
        "pos.tool_payload.iban_lower",
        pick(TOOL_ARGS),
        js({"iban": grouped(iban("PT", 21).lower()), "holder": person("pt")}),
        ("iban", "name"),
    )
    # E-mails with quoted or non-ASCII local parts and IDN test domains (RFC 2606, RFC 6761, IANA IDN test TLDs).
    idn = [
        ("zh", "{}@例子.测试"),
        ("ru", "{}@пример.испытание"),
        ("hi", "{}@उदाहरण.परीक्षा"),
        ("ko", "{}@실례.테스트"),
        ("el", "{}@παράδειγμα.δοκιμή"),
        ("ja", "{}@例え.テスト"),
        ("ar", "{}@مثال.إختبار"),
    ]
    local = {
        "zh": "王伟",
        "ru": "иван.петров",
        "hi": "राहुल",
        "ko": "민준",
        "el": "γιώργος",
        "ja": "はなこ",
        "ar": "سارة",
    }
    for lang, tpl in idn:
        add(
            f"pos.free_text.email_idn.{lang}",
            heard(),
            f"my email is {tpl.format(local[lang])}",
            ("email",),
        )
    add(
        "pos.free_text.email_quoted",
        heard(),
        f'it\'s "{given("en").lower()} {surname("en").lower()}"@example.com',
        ("email",),
    )
    add(
        "pos.free_text.email_punycode",
        heard(),
        f"{given('en').lower()}.{surname('en').lower()}@xn--r8jz45g.xn--zckzah",
        ("email",),
    )
    add(
        "pos.free_text.email_accented",
        heard(),
        "escríbeme a josé.garcía@ejemplo.example",
        ("email",),
    )
    add(
        "pos.free_text.email_plus",
        said(),
        f"I've sent the confirmation to {given('pl').lower()}.{surname('pl').lower()}+zamowienia@example.org.",
        ("email",),
    )
    add(
        "pos.tool_payload.email",
        pick(TOOL_ARGS),
        js(
            {
                "to": f"{given('gb').lower()}_{surname('gb').lower()}@example.net",
                "template": "receipt",
            }
        ),
        ("email",),
    )
    # Phone numbers from fiction and example ranges, in the caller's words.
    add("pos.free_text.phone.gb", heard(), f"call me back on {fmt(uk_mobile(), 'nat')}", ("phone",))
    add("pos.free_text.phone.us", heard(), f"my cell is {fmt(us_phone(), 'nat')}", ("phone",))
    add(
        "pos.free_text.phone.jp",
        heard(),
        f"電話番号は{fmt(example_phone('JP'), 'nat')}です",
        ("phone",),
    )
    add(
        "pos.free_text.phone.de",
        heard(),
        f"erreichbar unter {fmt(example_phone('DE'), 'nat')}",
        ("phone",),
    )
    add(
        "pos.free_text.phone.in",
        heard(),
        f"मेरा नंबर {fmt(example_phone('IN'), 'intl')} है",
        ("phone",),
    )
    add(
        "pos.free_text.phone.br",
        heard(),
        f"meu celular é {fmt(example_phone('BR'), 'nat')}",
        ("phone",),
    )
    gb_local = fmt(uk_mobile(), "nat").replace(" ", "")
    add(
        "pos.free_text.phone.arabic_indic",
        heard(),
        "رقمي " + gb_local.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")),
        ("phone",),
    )
    add(
        "pos.free_text.phone.spoken",
        heard(),
        "it's oh seven seven double oh, nine double oh, "
        + " ".join(words["en"][int(c)] for c in uk_mobile()[-3:]),
        ("phone",),
    )
    add(
        "pos.tool_payload.phone",
        pick(TOOL_ARGS),
        js({"callback_number": us_phone(), "reason": "invoice question"}),
        ("phone",),
    )
    add(
        "pos.free_text.phone_reply",
        said(),
        f"Je vous rappelle au {fmt('+3319900' + digits(4), 'nat')} dans dix minutes.",
        ("phone",),
    )


def build_sensitive() -> None:
    """Disclosures about a person's health, finances, legal matters or bereavement."""
    items = [
        (
            "health",
            "en",
            "I was just diagnosed with type 1 diabetes so I need the sugar-free options",
        ),
        ("health", "es", "estoy embarazada de siete meses y no puedo cargar la caja"),
        ("health", "de", "mein Vater hat Demenz, ich rufe für ihn an"),
        ("health", "fr", "je suis sous chimiothérapie en ce moment, je ne peux pas me déplacer"),
        ("health", "it", "ho appena avuto un aborto spontaneo, devo annullare il corso"),
        ("health", "ja", "うつ病で通院しているので、午前中は電話に出られません"),
        ("health", "zh", "我最近被诊断出乳腺癌，需要取消会员"),
        ("health", "ko", "제가 공황장애가 있어서 매장 방문이 어려워요"),
        ("health", "ru", "у меня эпилепсия, поэтому мне нельзя за руль"),
        ("health", "ar", "أنا مريض بالسكري وأحتاج إلى وجبة خاصة"),
        ("health", "hi", "मुझे कैंसर है, इसलिए मैं अपॉइंटमेंट नहीं आ पाऊंगा"),
        ("finance", "en", "we're about to lose the house, the bank started foreclosure"),
        ("finance", "es", "me declararon en quiebra el mes pasado"),
        ("finance", "de", "ich bin seit März arbeitslos und kann die Rate nicht zahlen"),
        ("finance", "tr", "borç yüzünden maaşıma haciz geldi"),
        ("legal", "en", "I'm out on bail until my trial next month"),
        ("legal", "es", "mi hijo está en prisión preventiva"),
        ("legal", "nl", "ik zit midden in een scheiding en mijn ex betwist de voogdij"),
        ("bereavement", "en", "my wife died on Sunday, I need to close her account"),
        ("bereavement", "es", "mi madre falleció la semana pasada"),
        ("bereavement", "fr", "mon père est décédé, je dois résilier son contrat"),
        ("bereavement", "ja", "父が先月亡くなりました"),
        ("bereavement", "zh", "我丈夫上个月去世了"),
        ("bereavement", "he", "אמא שלי נפטרה בשבוע שעבר"),
    ]
    for topic, lang, text in items:
        add(f"pos.free_text.sensitive.{topic}.{lang}", heard(), text, ("sensitive",))
    add(
        "pos.free_text.sensitive.reply",
        said(),
        "I'm so sorry for the loss of your husband. I've closed the account and cancelled the last invoice.",
        ("sensitive",),
    )
    add(
        "pos.free_text.sensitive.reply",
        said(),
        "Entiendo que está en tratamiento de diálisis; le pasamos la entrega a la mañana.",
        ("sensitive",),
    )
    add(
        "pos.free_text.sensitive.with_name",
        heard(),
        f"my mother {woman('pl')} passed away, the subscription is in her name",
        ("name", "sensitive"),
    )
    add(
        "pos.tool_payload.sensitive",
        pick(TOOL_ARGS),
        js({"note": "caller says she is undergoing IVF, wants flexible dates", "priority": "high"}),
        ("sensitive",),
    )
    add(
        "pos.free_text.sensitive.chat",
        "gen_ai.input.messages",
        js(
            [
                {
                    "role": "user",
                    "parts": [
                        {
                            "type": "text",
                            "content": "my son was arrested last night and I need to cancel his phone contract",
                        }
                    ],
                }
            ]
        ),
        ("sensitive",),
    )


def build_values_with_personal_data() -> None:
    """Personal data and secrets outside conversation content, under realistic keys."""
    # Caller numbers where telephony and WebRTC layers carry them.
    add("pos.value.caller_number", "twilio.from", us_phone(), ("phone",))
    add("pos.value.caller_number", "telnyx.payload.from", uk_mobile(), ("phone",))
    add(
        "pos.value.caller_number",
        "sip.from",
        f"<sip:{uk_mobile()}@trunk.example.net>;tag={hexs(8)}",
        ("phone",),
    )
    add(
        "pos.value.caller_number",
        "sip.header.p-asserted-identity",
        f'"{person("fr")}" <tel:+3319900{digits(4)}>',
        ("name", "phone"),
    )
    add(
        "pos.value.caller_number",
        "lk.participant_identity",
        f"sip_{example_phone('AU')}",
        ("phone",),
    )
    add(
        "pos.value.caller_number",
        "url.query",
        f"CallSid=CA{hexs(32)}&From=%2B{us_phone()[1:]}&To=%2B18005550100&CallStatus=ringing",
        ("phone",),
    )
    add("pos.value.caller_number", "caller.number", fmt(example_phone("MX"), "intl"), ("phone",))
    add("pos.value.caller_number", "phone.number", int(example_phone("ES")[1:]), ("phone",))
    add("pos.value.caller_number", "user_id", example_phone("KR"), ("phone",))
    add("pos.value.caller_number", "patter.call.from", example_phone("IT"), ("phone",))
    # Client addresses in forwarding headers, log lines and ICE candidates.
    add(
        "pos.value.client_ip",
        "http.request.header.x-forwarded-for",
        [f"{public_v4()}, 10.0.{rng.randint(0, 255)}.{rng.randint(1, 254)}"],
        ("ip",),
    )
    add(
        "pos.value.client_ip",
        "http.request.header.forwarded",
        [f'for="[{public_v6()}]:51234";proto=https;by=10.0.2.5'],
        ("ip",),
    )
    add("pos.value.client_ip", "http.request.header.x-real-ip", [public_v4()], ("ip",))
    add("pos.value.client_ip", "http.request.header.cf-connecting-ip", [public_v6()], ("ip",))
    add("pos.value.client_ip", "client.address", public_v4(), ("ip",))
    add(
        "pos.value.client_ip",
        "log.message",
        f'{public_v4()} - - [04/Mar/2026:10:22:01 +0000] "GET /widget/call HTTP/1.1" 101 0 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_2 like Mac OS X)"',
        ("ip",),
        site="event",
    )
    add(
        "pos.value.client_ip",
        "otel.status_description",
        f"websocket from {public_v4()} closed: 1006 abnormal closure",
        ("ip",),
        site="status",
    )
    add(
        "pos.value.client_ip",
        "exception.message",
        f"rate limit exceeded for {public_v6()} on /v1/web-call",
        ("ip",),
        site="event",
    )
    add(
        "pos.value.ice_candidate",
        "webrtc.remote_candidate",
        f"candidate:{digits(9)} 1 udp 1677729535 {public_v4()} {rng.randint(40000, 65000)} typ srflx raddr 0.0.0.0 rport 0 generation 0 network-cost 999",
        ("ip",),
    )
    add(
        "pos.value.ice_candidate",
        "lk.ice.candidate",
        f"candidate:{digits(10)} 1 udp 1686052607 {public_v4()} {rng.randint(40000, 65000)} typ srflx raddr 192.168.1.23 rport 53110 generation 0",
        ("ip",),
    )
    add(
        "pos.value.ice_candidate",
        "webrtc.remote_candidate",
        f"candidate:{digits(9)} 1 udp 2122262783 {public_v6()} {rng.randint(40000, 65000)} typ host generation 0",
        ("ip",),
    )
    # Secrets: SQL passwords, connection strings, webhook URLs, OAuth tokens, headers.
    pw = lambda: rand(6) + pick("!#%*") + rand(6)  # noqa: E731
    add(
        "pos.value.secret.sql",
        "db.statement",
        f"ALTER USER voice_app WITH PASSWORD '{pw()}'",
        ("secret",),
    )
    add(
        "pos.value.secret.sql",
        "db.query.text",
        f"CREATE USER 'report'@'%' IDENTIFIED BY '{pw()}'",
        ("secret",),
    )
    add(
        "pos.value.secret.sql",
        "db.statement",
        f"SET PASSWORD FOR 'etl'@'localhost' = '{pw()}'",
        ("secret",),
    )
    add(
        "pos.value.secret.connection",
        "db.connection_string",
        f"Server=sql-calls.internal;Database=calls;User Id=svc_calls;Password={pw()};Encrypt=true",
        ("secret",),
    )
    add(
        "pos.value.secret.connection",
        "process.command_line",
        f"mysql -h 10.0.4.2 -u root -p{pw()} calls",
        ("secret",),
    )
    add(
        "pos.value.secret.webhook",
        "webhook.url",
        f"https://hooks.slack.com/services/T{rand(8, string.ascii_uppercase + string.digits)}/B{rand(10, string.ascii_uppercase + string.digits)}/{rand(24)}",
        ("secret",),
    )
    add(
        "pos.value.secret.webhook",
        "url.full",
        f"https://discord.com/api/webhooks/{digits(19)}/{rand(68, URLSAFE)}",
        ("secret",),
    )
    add(
        "pos.value.secret.webhook",
        "http.url",
        f"https://crm.example.com/hooks/patter?token={rand(40)}",
        ("secret",),
    )
    add("pos.value.secret.oauth", "oauth.access_token", f"ya29.a0{rand(150, URLSAFE)}", ("secret",))
    add(
        "pos.value.secret.oauth",
        "http.response.body",
        js({"access_token": f"gho_{rand(36)}", "token_type": "bearer", "scope": "repo"}),
        ("secret",),
    )
    add(
        "pos.value.secret.header",
        "http.request.header.authorization",
        [f"Bearer {jwt()}"],
        ("secret",),
    )
    import base64

    add(
        "pos.value.secret.header",
        "http.request.header.authorization",
        ["Basic " + base64.b64encode(f"AC{hexs(32)}:{hexs(32)}".encode()).decode()],
        ("secret",),
    )
    add(
        "pos.value.secret.header", "http.request.header.xi-api-key", [f"sk_{hexs(48)}"], ("secret",)
    )
    add(
        "pos.value.secret.header",
        "http.request.header.x-api-key",
        [f"sk-ant-api03-{rand(93, URLSAFE)}AA"],
        ("secret",),
    )
    add(
        "pos.value.secret.header",
        "http.request.header.cookie",
        [f"sessionid={rand(32)}; csrftoken={rand(32)}"],
        ("secret",),
    )
    add("pos.value.secret.token", "openai.api_key", f"sk-proj-{rand(48, URLSAFE)}", ("secret",))
    add("pos.value.secret.token", "deepgram.api_key", hexs(40), ("secret",))
    add("pos.value.secret.token", "twilio.auth_token", hexs(32), ("secret",))
    add(
        "pos.value.secret.token",
        "exception.message",
        f"401 Unauthorized: invalid api key gsk_{rand(52)}",
        ("secret",),
        site="event",
    )
    # E-mails, names, birth dates, ids and addresses under personal keys.
    add(
        "pos.value.email",
        "user.email",
        f"{given('de').lower()}.{surname('de').lower()}@example.de",
        ("email",),
    )
    add("pos.value.email", "enduser.id", f"{given('it').lower()}{digits(2)}@example.it", ("email",))
    add(
        "pos.value.email",
        "lk.participant.metadata",
        js({"email": f"{given('nl').lower()}@example.nl", "plan": "pro"}),
        ("email",),
    )
    add(
        "pos.value.email",
        "crm.contact.email",
        f'"{surname("en")}, {given("en")}"@example.com',
        ("email",),
    )
    add(
        "pos.value.email",
        "smtp.rcpt_to",
        f"<{given('sv').lower()}.{surname('sv').lower()}@example.se>",
        ("email",),
    )
    add("pos.value.name", "user.full_name", person("no"), ("name",))
    add("pos.value.name", "lk.participant.name", person("he"), ("name",))
    add("pos.value.name", "caller.cnam", f"{surname('en').upper()} {given('en')[0]}", ("name",))
    add("pos.value.name", "crm.contact.name", person("ko"), ("name",))
    add("pos.value.dob", "patient.birth_date", birth_date().isoformat(), ("dob",))
    add("pos.value.dob", "customer.dob", f"{birth_date():%Y%m%d}", ("dob",))
    add("pos.value.dob", "kunde.geburtsdatum", f"{birth_date():%d.%m.%Y}", ("dob",))
    ids = national_ids()
    add("pos.value.national_id", "patient.nhs_number", ids["GB-NHS"][0], ("national_id",))
    add("pos.value.national_id", "cliente.dni", ids["ES-DNI"][0], ("national_id",))
    add("pos.value.national_id", "customer.tax_id", ids["BR-CPF"][0], ("national_id",))
    add("pos.value.address", "shipping.address", street_address("pl"), ("address",))
    add("pos.value.address", "customer.address", street_address("ja"), ("address",))
    add(
        "pos.value.sensitive",
        "patient.diagnosis",
        "major depressive disorder, recurrent",
        ("sensitive",),
    )
    add(
        "pos.value.bank_account",
        "payout.bank_account",
        f"{us_routing()}/{digits(10)}",
        ("bank_account",),
    )
    add("pos.value.iban", "payment.iban", iban("AT", 16).lower(), ("iban",))
    add("pos.value.card", "payment.card_number", "4000 0025 0000 3155", ("card",))
    add("pos.value.ssn", "applicant.ssn", ssn().replace("-", ""), ("ssn",))


def luhn_complete(body: str) -> str:
    for c in string.digits:
        total = 0
        for i, ch in enumerate(reversed(body + c)):
            n = int(ch) * (2 if i % 2 else 1)
            total += n - 9 if n > 9 else n
        if total % 10 == 0:
            return body + c
    raise AssertionError(body)


def build_hard_negatives() -> None:
    """Values shaped like personal data that are not (ids, versions, servers, masks, costs)."""
    add("neg.value.trace_id", "trace_id", hexs(32))
    add("neg.value.trace_id", "link.trace_id", hexs(32))
    add("neg.value.span_id", "parent_span_id", hexs(16))
    add("neg.value.span_id", "otel.span_id", hexs(16))
    add("neg.value.uuid", "http.request.header.x-request-id", [uid()])
    add("neg.value.uuid", "conversation.id", uid())
    add("neg.value.uuid", "session.id", uid())
    add("neg.value.uuid", "lk.room_name", f"call-{uid()}")
    add("neg.value.provider_id", "lk.speech_id", f"speech_{hexs(12)}")
    add("neg.value.provider_id", "gen_ai.response.id", f"chatcmpl-{rand(29)}")
    add("neg.value.provider_id", "patter.call.id", f"eval_{hexs(12)}")
    add("neg.value.provider_id", "twilio.call_sid", f"CA{hexs(32)}")
    add("neg.value.provider_id", "twilio.account_sid", f"AC{hexs(32)}")
    # Luhn-valid numbers in card issuer ranges, under keys that name them ids.
    for key, prefix in (
        ("order.id", "4"),
        ("invoice.number", "51"),
        ("shipment.tracking_number", "37"),
        ("ticket.id", "6011"),
        ("batch.id", "35"),
    ):
        width = 15 if prefix == "37" else 16
        add("neg.value.luhn_id", key, luhn_complete(prefix + digits(width - len(prefix) - 1)))
    add("neg.value.luhn_id", "rtp.ssrc", int(luhn_complete("2" + digits(8))))
    # Catalogue numbers shaped like SSNs and national ids.
    add("neg.value.sku", "product.sku", f"{rng.randint(100, 665)}-{digits(2)}-{digits(4)}")
    add(
        "neg.value.sku", "inventory.part_number", f"{rng.randint(100, 665)} {digits(2)} {digits(4)}"
    )
    add("neg.value.sku", "catalog.item_code", digits(3) + "-" + digits(2) + "-" + digits(4) + "-B")
    add("neg.value.sku", "product.gtin", _ean13("40" + digits(10)))
    add(
        "neg.value.sku",
        "order.reference",
        f"{rand(2, 'ABCEHJKLMNPRSTWXYZ')}{digits(6)}{pick('ABCD')}",
    )
    # Versions, some shaped like IP addresses or dates.
    for key, value in (
        ("service.version", "4.12.0-rc.2+build.5561"),
        ("os.version", "10.0.22631.4460"),
        ("browser.version", "131.0.6778.86"),
        ("telemetry.sdk.version", "1.27.0"),
        ("getpatter.version", "0.7.0"),
        ("host.image.version", "2024.11.05.1"),
        ("lk.agents.version", "1.2.18"),
    ):
        add("neg.value.version", key, value, site="resource")
    # Server addresses: TEST-NET, private, link-local.
    for key, value in (
        ("server.address", "192.0.2.41"),
        ("network.local.address", "10.12.0.7"),
        ("net.host.ip", "198.51.100.17"),
        ("server.address", "203.0.113.250"),
        ("network.peer.address", "172.16.4.2"),
        ("server.address", "2001:db8::5"),
    ):
        add("neg.value.server_ip", key, value)
    add(
        "neg.value.server_ip",
        "host.ip",
        ["10.0.3.17", "fe80::1c2a:3bff:fe4d:5e6f"],
        site="resource",
    )
    add(
        "neg.value.ice_host",
        "webrtc.local_candidate",
        f"candidate:{digits(9)} 1 udp 2122260223 192.168.1.23 {rng.randint(40000, 65000)} typ host generation 0",
    )
    add(
        "neg.value.ice_host",
        "webrtc.remote_candidate",
        f"candidate:{digits(9)} 1 udp 2113937151 {uid()}.local {rng.randint(40000, 65000)} typ host generation 0",
    )
    # Cloud edges: the far end of outgoing calls to providers, under peer keys.
    for key, value in (
        ("network.peer.address", "104.18.7.192"),
        ("net.peer.ip", "142.250.74.106"),
        ("network.peer.address", "54.172.60.12"),
        ("net.sock.peer.addr", "52.94.236.248"),
        ("network.peer.address", "2606:4700::6812:7c0"),
    ):
        add("neg.value.cloud_edge", key, value)
    # The business's own published numbers and role addresses.
    add("neg.value.org_contact", "org.support_phone", "+1 800 555 0199")
    add("neg.value.org_contact", "business.main_line", "+44 20 7946 0000")
    add("neg.value.org_contact", "tenant.published_number", "+33 1 99 00 00 00")
    add("neg.value.org_contact", "patter.agent.phone_number", "+15005550006")
    add("neg.value.org_contact", "ivr.published_number", "0808 157 0192")
    add("neg.value.org_contact", "company.support_email", "support@example.com")
    add("neg.value.org_contact", "notification.from", "noreply@example.org")
    # Masked keys and redaction tags.
    add("neg.value.masked_key", "openai.api_key", "sk-…ed")
    add("neg.value.masked_key", "llm.api_key", f"sk-proj-…{rand(4)}")
    add("neg.value.masked_key", "http.request.header.xi-api-key", ["****************" + hexs(4)])
    add("neg.value.masked_key", "http.request.header.authorization", ["Bearer ***"])
    add("neg.value.masked_key", "deepgram.api_key", "${DEEPGRAM_API_KEY}")
    for key, tag in (
        ("user.phone", "<PHONE>"),
        ("customer.email", "[REDACTED]"),
        ("caller.name", "<PERSON>"),
        ("payment.card", "[CARD_NUMBER]"),
        ("patient.dob", "***"),
        ("enduser.id", "[REDACTED:email]"),
        ("applicant.ssn", "***-**-" + digits(4)),
    ):
        add("neg.value.redaction", key, tag)
    # Hashes.
    add("neg.value.hash", "enduser.hash", hashlib.sha256(rand(20).encode()).hexdigest())
    add(
        "neg.value.hash",
        "caller.number_sha256",
        "sha256:" + hashlib.sha256(rand(20).encode()).hexdigest(),
    )
    add("neg.value.hash", "audio.md5", hashlib.md5(rand(20).encode()).hexdigest())
    add("neg.value.hash", "vcs.ref.head.revision", hexs(40), site="resource")
    add("neg.value.hash", "container.image.id", "sha256:" + hexs(64), site="resource")
    # Provider error bodies with no personal data.
    errors = [
        (
            "error.body",
            js(
                {
                    "error": {
                        "message": "Rate limit reached for gpt-4o-mini in organization org-"
                        + rand(24)
                        + " on tokens per min (TPM): Limit 200000, Used 199812, Requested 1530.",
                        "type": "tokens",
                        "code": "rate_limit_exceeded",
                    }
                }
            ),
        ),
        (
            "error.body",
            js(
                {"err_code": "INVALID_AUTH", "err_msg": "Invalid credentials.", "request_id": uid()}
            ),
        ),
        (
            "error.body",
            js(
                {
                    "detail": {
                        "status": "quota_exceeded",
                        "message": "This request exceeds your quota of 100000. You have 212 credits remaining.",
                    }
                }
            ),
        ),
        (
            "error.body",
            js(
                {
                    "code": 21211,
                    "message": "The 'To' number is not a valid phone number.",
                    "more_info": "https://www.twilio.com/docs/errors/21211",
                    "status": 400,
                }
            ),
        ),
        (
            "error.body",
            js({"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}),
        ),
        ("exception.message", "Cartesia returned 400: voice_id must be a valid UUID"),
        ("otel.status_description", "Telnyx 90018: Call has already ended"),
    ]
    for key, value in errors:
        add(
            "neg.value.provider_error",
            key,
            value,
            site={"exception.message": "event", "otel.status_description": "status"}.get(
                key, "attribute"
            ),
        )
    add(
        "neg.value.stacktrace",
        "exception.stacktrace",
        'Traceback (most recent call last):\n  File "/app/agent/tools.py", line 88, in book_table\n    slot = slots[idx]\nIndexError: list index out of range',
        site="event",
    )
    # Times, durations, costs and counts.
    for key, value in (
        ("timestamp", "2026-03-04T10:22:01.123456Z"),
        ("event.time_unix_nano", 1772619721123456789),
        ("http.response.header.date", ["Wed, 04 Mar 2026 10:22:01 GMT"]),
        ("lk.start_time", 1772619721.31),
        ("subscription.renewal_date", "14/03/2026"),
    ):
        add("neg.value.timestamp", key, value)
    for key, value in (
        ("call.duration", "PT2M17.4S"),
        ("call.duration_ms", 137400),
        ("recording.length", "00:02:17.400"),
        ("getpatter.endpoint.silence_ms", 640),
        ("lk.end_of_utterance_delay", 0.412),
    ):
        add("neg.value.duration", key, value)
    for key, value in (
        ("patter.cost.llm_input_tokens", 1832),
        ("patter.cost.telephony_minutes", 2.5),
        ("patter.cost.usd", "0.0187"),
        ("patter.cost.tts_chars", 412),
        ("billing.amount", "$0.0140"),
        ("patter.latency.ttfb_ms", 412.7),
        ("getpatter.stt.text_len", 42),
        ("audio.bytes", "1 234 567"),
    ):
        add("neg.value.cost_count", key, value)
    # Values under content-sounding or personal-sounding keys that are neither.
    add("neg.value.tool_meta", "gen_ai.tool.name", "book_table")
    add("neg.value.tool_meta", "patter.tool.transport", "handler")
    add("neg.value.tool_meta", "gen_ai.tool.call.arguments", "{}")
    add("neg.value.phone_key", "caller.number", "anonymous")
    add("neg.value.phone_key", "twilio.from", "restricted")
    add("neg.value.name_key", "voice.name", "Rachel")
    add("neg.value.name_key", "lk.participant.name", "agent-AJ_7Fk2")
    add("neg.value.name_key", "service.name", "voice-bot-eu", site="resource")
    add(
        "neg.value.url",
        "url.full",
        "https://api.deepgram.com/v1/listen?model=nova-3&language=multi&encoding=mulaw&sample_rate=8000",
    )
    add("neg.value.url", "server.address", "api.elevenlabs.io")
    add("neg.value.url", "url.full", "wss://api.openai.com/v1/realtime?model=gpt-realtime")
    add("neg.value.model", "gen_ai.request.model", "gpt-4o-mini-2024-07-18")
    add("neg.value.model", "voice_id", "21m00Tcm4TlvDq8ikWAM")
    add("neg.value.locale", "language", "pt-BR")
    add(
        "neg.value.user_agent",
        "user_agent.original",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    )
    add("neg.value.sip_call_id", "sip.call_id", f"{hexs(14)}@pbx.example.com")
    add(
        "neg.value.system_prompt",
        "gen_ai.system_instructions",
        "You are a friendly receptionist for Nordlys Cycles. Answer in the caller's language. Never give prices you are unsure of.",
    )
    add("neg.value.route", "http.route", "/users/{user_id}/calls/{call_sid}")
    add("neg.value.route", "code.filepath", "/app/agent/contacts/address_book.py")
    add("neg.value.schema", "db.collection.name", "customer_addresses")
    add("neg.value.schema", "feature_flag.key", "mask_caller_number")
    add("neg.value.schema", "error.type", "PhoneNumberInvalid")
    add("neg.value.sql", "db.statement", "UPDATE users SET password_hash = $1 WHERE id = $2")
    add(
        "neg.value.sql",
        "db.query.text",
        "SELECT id, status FROM orders WHERE id = ? AND tenant_id = ?",
    )
    add(
        "neg.value.command_line",
        "process.command_line",
        "uvicorn app:main --host 0.0.0.0 --port 8080 --workers 2",
        site="resource",
    )
    add(
        "neg.value.url",
        "url.full",
        f"https://api.twilio.com/2010-04-01/Accounts/AC{hexs(32)}/Calls/CA{hexs(32)}.json",
    )
    add("neg.value.cloud", "cloud.account.id", digits(12), site="resource")
    add("neg.value.cloud", "cloud.region", "eu-west-1", site="resource")
    add(
        "neg.value.cloud",
        "k8s.pod.name",
        f"voice-agent-{hexs(9)}-{rand(5, string.ascii_lowercase + string.digits)}",
        site="resource",
    )
    add("neg.value.payment_meta", "payment.card_last4", "4242")
    add("neg.value.payment_meta", "payment.card_brand", "visa")
    add("neg.value.payment_meta", "payment.bic", "DEUTDEFFXXX")
    add("neg.value.role", "enduser.role", "caller")
    add("neg.value.count", "http.request.header.content-length", ["1532"])
    add(
        "neg.value.system_prompt",
        "lk.instructions",
        "Eres la recepcionista de la clínica dental Sonrisa. Responde en frases cortas.",
    )


def _ean13(body: str) -> str:
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def build() -> None:
    """Every row, in a fixed order (the random draws follow it)."""
    build_clean_content()
    build_content_with_personal_data()
    build_identifiers_in_content()
    build_sensitive()
    build_values_with_personal_data()
    build_hard_negatives()


def main() -> None:
    if (
        faker_version != FAKER_VERSION
        or stdnum.__version__ != STDNUM_VERSION
        or phonenumbers.__version__ != PHONENUMBERS_VERSION
    ):
        print(
            f"warning: generated with Faker {FAKER_VERSION}, python-stdnum {STDNUM_VERSION}, phonenumbers {PHONENUMBERS_VERSION}; the output will differ",
            file=sys.stderr,
        )
    build()
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    out.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8"
    )
    pos = sum(1 for r in ROWS if r["kinds"])
    print(
        f"wrote {len(ROWS)} rows to {out.name}: {pos} with personal data, {len(ROWS) - pos} without"
    )


if __name__ == "__main__":
    main()
