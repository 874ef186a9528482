"""Write pii_corpus_f.jsonl: a held-out corpus for both PII questions, in exporters' shapes.

Run ``python tests/data/make_pii_corpus_f.py [OUT]`` (default: next to this script). With
Faker 40.63.0, python-stdnum 2.2 and phonenumbers 9.0.43 it rewrites the file byte for byte;
other releases draw other names, addresses or example numbers and a warning says so. Some
Faker locales pick from sets, so the script runs itself again with ``PYTHONHASHSEED=0``.

Everything is invented: names and addresses from Faker or written by hand, phones from
numbering-plan example and drama ranges, national ids and IBANs random with their check
digits computed (python-stdnum confirms each), cards from processors' published test
numbers, secrets random in the providers' key formats. Labels follow tests/data/README.md
("pii_corpus_f.jsonl").
"""

from __future__ import annotations

import base64
import json
import os
import random
import string
import sys
import warnings
import zlib
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
from stdnum.cz import rc
from stdnum.de import idnr
from stdnum.es import nie
from stdnum.fr import nir
from stdnum.id import nik
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, pan
from stdnum.jp import in_ as mynumber
from stdnum.kr import rrn
from stdnum.mx import curp
from stdnum.pl import pesel
from stdnum.pt import nif as pt_nif
from stdnum.th import pin as th_pin
from stdnum.tr import tckimlik
from stdnum.ua import rntrc
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

if __name__ == "__main__" and os.environ.get("PYTHONHASHSEED") != "0":
    # Some Faker locales draw from sets, whose order follows string hashing.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    os.execve(sys.executable, [sys.executable, *sys.argv], env)

OUT = Path(__file__).with_name("pii_corpus_f.jsonl")
SEED = 6061
RELEASES = {"Faker": "40.63.0", "python-stdnum": "2.2", "phonenumbers": "9.0.43"}
R = random.Random(SEED)
ROWS: list[dict[str, Any]] = []
URLSAFE = string.ascii_letters + string.digits + "-_"


def add(cls: str, key: str, value: Any, kinds: list[str], site: str = "attribute") -> None:
    """Append one row; ``content`` follows from the class's second part."""
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
            "content": part != "value",
        }
    )


# ---------------------------------------------------------------- random helpers


def rand(n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return rand(n, "0123456789abcdef")


def digits(n: int) -> str:
    return rand(n, string.digits)


_FAKERS: dict[str, Faker] = {}


def fk(locale: str) -> Faker:
    if locale not in _FAKERS:
        f = Faker(locale)
        f.seed_instance(SEED + zlib.crc32(locale.encode()))
        _FAKERS[locale] = f
    return _FAKERS[locale]


def person(locale: str) -> tuple[str, str, str]:
    """(full, first, last) without titles."""
    f = fk(locale)
    first, last = f.first_name(), f.last_name()
    eastern = locale in ("ja_JP", "zh_CN", "ko_KR", "vi_VN", "hu_HU")
    if locale in ("zh_CN", "ko_KR", "ja_JP"):
        full = last + first if locale != "ja_JP" else f"{last} {first}"
    else:
        full = f"{last} {first}" if eastern else f"{first} {last}"
    return full, first, last


def address(locale: str) -> str:
    return fk(locale).address().replace("\n", ", ")


def until(make: Callable[[], str], valid: Callable[[str], bool]) -> str:
    for _ in range(100_000):
        v = make()
        if valid(v):
            return v
    raise RuntimeError("no valid value drawn")


def global_v4() -> str:
    """A random public unicast IPv4 outside private, shared, documentation and multicast."""
    while True:
        a = R.randint(1, 223)
        b = R.randint(0, 255)
        # Private, shared, documentation and loopback blocks, and /8s held by defence
        # departments (no caller would come from those).
        if a in (6, 7, 10, 11, 21, 22, 25, 26, 28, 29, 30, 33, 55, 100, 127, 169, 172, 192, 198):
            continue
        if a in (203, 214, 215) or a >= 224:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def global_v6() -> str:
    return f"2a0{R.randint(1, 9)}:{hexs(4)}:{hexs(4)}:{hexs(2)}::{hexs(3)}"


def mobile(region: str, spoken_ok: bool = False) -> phonenumbers.PhoneNumber:
    """The region's example mobile with its last two digits varied, still valid."""
    ex = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    base = str(ex.national_number)
    for _ in range(200):
        n = phonenumbers.parse(f"+{ex.country_code}{base[:-2]}{digits(2)}")
        if phonenumbers.is_valid_number(n):
            return n
    return ex


def national(n: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.NATIONAL)


def e164(n: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)


def jwt() -> str:
    def b64(obj: dict[str, Any]) -> str:
        raw = json.dumps(obj, separators=(",", ":")).encode()
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    head = b64({"alg": "HS256", "typ": "JWT"})
    body = b64({"sub": f"usr_{hexs(10)}", "iat": 1796000000 + R.randint(0, 9999), "scope": "calls"})
    sig = base64.urlsafe_b64encode(R.randbytes(32)).rstrip(b"=").decode()
    return f"{head}.{body}.{sig}"


# ---------------------------------------------------------------- exporter shapes

USER_KEYS = [
    "transcript",
    "lk.user_transcript",
    "llm.input_messages.{n}.message.content",
    "gen_ai.input.messages",
    "getpatter.stt.text",
    "input.value",
    "gen_ai.prompt",
    "lk.user_input",
]
AGENT_KEYS = [
    "text",
    "lk.response.text",
    "llm.output_messages.0.message.content",
    "gen_ai.output.messages",
    "getpatter.tts.text",
    "output.value",
    "gen_ai.completion",
    "patter.llm.response",
]
TOOL_ARG_KEYS = [
    "gen_ai.tool.call.arguments",
    "lk.function_tool.arguments",
    "tool.arguments",
    "patter.tool.arguments",
    "input.value",
]
TOOL_RES_KEYS = [
    "gen_ai.tool.call.result",
    "lk.function_tool.output",
    "tool.result",
    "getpatter.tool.result",
    "output.value",
]
_turn = {"user": 0, "agent": 0, "arg": 0, "res": 0}


def said(cls: str, text: str, kinds: list[str], who: str = "user") -> None:
    """A caller's (or the agent's) words, under the next framework's key, in its shape."""
    keys = USER_KEYS if who == "user" else AGENT_KEYS
    key = keys[_turn[who] % len(keys)]
    _turn[who] += 1
    value: Any = text
    site = "attribute"
    if key.startswith("llm.input_messages"):
        key = key.format(n=R.randint(1, 9))
    elif key == "gen_ai.input.messages":
        value = json.dumps(
            [{"role": "user", "parts": [{"type": "text", "content": text}]}], ensure_ascii=False
        )
    elif key == "gen_ai.output.messages":
        msg = {"role": "assistant", "parts": [{"type": "text", "content": text}]}
        value = json.dumps([{**msg, "finish_reason": "stop"}], ensure_ascii=False)
    elif key in ("gen_ai.prompt", "gen_ai.completion"):
        site = "event"  # the older GenAI content events carry the text as an event attribute
    add(cls, key, value, kinds, site)


def tool(cls: str, payload: dict[str, Any], kinds: list[str], result: bool = False) -> None:
    """A tool call's arguments or result as the JSON string frameworks record."""
    which = "res" if result else "arg"
    keys = TOOL_RES_KEYS if result else TOOL_ARG_KEYS
    key = keys[_turn[which] % len(keys)]
    _turn[which] += 1
    add(cls, key, json.dumps(payload, ensure_ascii=False), kinds)


# ================================================================= 1. clean content

UTTERANCES = {
    "en": ["mm-hmm", "ok yeah go ahead", "can you check if the order shipped yet?"],
    "es": ["vale, perfecto", "¿a qué hora abren mañana?", "quiero cambiar la reserva a las ocho"],
    "fr": ["d'accord", "vous avez encore la tarte aux pommes ?", "non merci, c'est tout"],
    "de": ["ja, genau", "wie lange dauert die Lieferung?", "Moment, ich schaue kurz nach"],
    "pt": ["tá bom", "vocês entregam no sábado?", "quero dois cafés e um pão de queijo"],
    "id": ["iya, betul", "jam berapa tokonya buka?", "saya mau pesan nasi goreng dua porsi"],
    "vi": ["dạ vâng", "cửa hàng mở cửa lúc mấy giờ ạ?", "cho tôi đổi sang size lớn"],
    "th": ["ค่ะ", "ร้านเปิดกี่โมงคะ", "ขอเปลี่ยนเป็นกาแฟเย็นครับ"],
    "pl": ["no dobra", "czy mają państwo stolik na czwartek?", "poproszę fakturę do zamówienia"],
    "cs": ["jo, jasně", "kdy mi dorazí balík?", "chtěl bych zrušit objednávku 4471"],
    "uk": ["так, добре", "коли відкривається магазин?", "мені потрібна доставка на завтра"],
    "tr": ["tamam", "siparişim ne zaman gelir?", "iki kişilik masa ayırtmak istiyorum"],
    "hi": ["हाँ जी", "दुकान कितने बजे खुलती है?", "मुझे ऑर्डर कैंसल करना है"],
    "ja": ["はい、お願いします", "何時まで営業していますか", "予約を七時に変更したいです"],
    "ko": ["네네", "배송은 언제 오나요?", "주문을 취소하고 싶어요"],
    "zh": ["好的", "你们几点关门？", "我想把订单改成两份"],
    "ar": ["تمام", "متى يفتح المحل؟", "أريد إلغاء الطلب من فضلك"],
    "he": ["כן, בסדר", "מתי החנות נפתחת?", "אני רוצה לשנות את ההזמנה"],
    "sw": ["sawa", "duka linafunguliwa saa ngapi?", "nataka kuagiza chai mbili"],
}
for lang, lines in UTTERANCES.items():
    for line in lines:
        said(f"neg.free_text.utterance.{lang}", line, [])

REPLIES = [
    ("en", "Your order 88213 left the warehouse this morning and should arrive Thursday."),
    ("en", "We're open nine to six on weekdays and ten to four on Saturdays."),
    ("es", "Perfecto, su mesa queda reservada para las ocho y media."),
    ("fr", "La tarte aux pommes coûte 4,50 € la part."),
    ("de", "Die Lieferung dauert in der Regel zwei bis drei Werktage."),
    ("pt", "Claro! O pedido 5521 sai para entrega às 14h."),
    ("id", "Baik, pesanan Anda sedang disiapkan, kira-kira 20 menit."),
    ("ja", "ご予約を19時に変更いたしました。"),
    ("ko", "주문번호 30417은 내일 도착 예정입니다."),
    ("zh", "好的，已为您改成两份，总价 68 元。"),
    ("ar", "تم تأكيد طلبك رقم 7731، سيصل خلال ساعة."),
    ("tr", "Masanız saat 20:00 için ayrıldı."),
    ("uk", "Ваше замовлення 1290 буде доставлено завтра до 12:00."),
    ("vi", "Dạ, cửa hàng mở cửa từ 8 giờ sáng đến 10 giờ tối ạ."),
]
for lang, line in REPLIES:
    said(f"neg.free_text.reply.{lang}", line, [], who="agent")

PII_WORDS = [
    ("en", "what format should the phone number be in?"),
    ("en", "do you need my date of birth or just the order number?"),
    ("es", "¿dónde encuentro el IBAN de la empresa en la factura?"),
    ("fr", "est-ce que vous acceptez les cartes American Express ?"),
    ("de", "brauchen Sie meine Adresse, oder reicht die Bestellnummer?"),
    ("pl", "jak zmienić hasło do konta w aplikacji?"),
    ("ja", "誕生日ケーキの予約はできますか"),
    ("en", "is there a discount for people with a disability card?"),
]
for lang, line in PII_WORDS:
    said(f"neg.free_text.pii_words.{lang}", line, [])

REDACTED = [
    "my number is <PHONE_NUMBER> and email <EMAIL_ADDRESS>",
    "I'm [PERSON], calling from [LOCATION]",
    "please send it to {{customer_email}}",
    "card ending in [REDACTED], expiry [REDACTED]",
]
for line in REDACTED:
    said("neg.free_text.redacted", line, [])

CHAT_REQUESTS = [
    (
        "gen_ai.input.messages",
        [
            {"role": "system", "parts": [{"type": "text", "content": "You take bakery orders."}]},
            {"role": "user", "parts": [{"type": "text", "content": "two croissants please"}]},
        ],
    ),
    (
        "gen_ai.output.messages",
        [
            {
                "role": "assistant",
                "parts": [
                    {
                        "type": "tool_call",
                        "id": "call_" + rand(24),
                        "name": "check_stock",
                        "arguments": {"sku": "CRS-001"},
                    }
                ],
                "finish_reason": "tool_call",
            }
        ],
    ),
    (
        "input.value",
        {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": "Answer questions about opening hours."},
                {"role": "user", "content": "are you open on Sunday?"},
            ],
            "temperature": 0.3,
        },
    ),
    (
        "output.value",
        {
            "id": "chatcmpl-" + rand(29),
            "object": "chat.completion",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "Yes, from 10 to 2."},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 41, "completion_tokens": 9},
        },
    ),
    (
        "lk.chat_ctx",
        {
            "items": [
                {"type": "message", "role": "user", "content": ["¿tienen pan sin gluten?"]},
                {"type": "message", "role": "assistant", "content": ["Sí, los martes y jueves."]},
            ]
        },
    ),
    (
        "llm.input_messages",
        [
            {"message.role": "user", "message.content": "予約の確認をお願いします"},
            {"message.role": "assistant", "message.content": "かしこまりました。"},
        ],
    ),
    (
        "input",
        {"messages": [{"role": "user", "content": "ile kosztuje dostawa do Krakowa?"}]},
    ),
    (
        "gen_ai.input.messages",
        [{"role": "user", "parts": [{"type": "text", "content": "订单什么时候发货？"}]}],
    ),
]
for key, body in CHAT_REQUESTS:
    add("neg.free_text.chat_request", key, json.dumps(body, ensure_ascii=False), [])

BUSINESS_ARGS: list[dict[str, Any]] = [
    {"order_id": "ORD-2026-118342"},
    {"sku": "MUG-BLK-350", "quantity": 2},
    {"store_id": "lis-003", "date": "2026-12-08"},
    {"party_size": 4, "time": "20:30", "area": "terrace"},
    {"query": "gluten free bread", "limit": 5},
    {"menu_item": "pad kra pao", "spice": "medium", "qty": 1},
    {"tracking": "1Z999AA10123456784"},
    {"reservation_id": "RSV-88412", "new_time": "19:00"},
]
for p in BUSINESS_ARGS:
    tool("neg.tool_payload.business_args", p, [])

BUSINESS_RESULTS: list[dict[str, Any]] = [
    {"status": "shipped", "carrier": "DHL", "eta": "2026-12-10"},
    {"in_stock": True, "count": 14, "price": {"amount": 12.9, "currency": "EUR"}},
    {"hours": {"mon-fri": "09:00-18:00", "sat": "10:00-14:00", "sun": None}},
    {"available": [{"time": "20:00"}, {"time": "20:30"}], "table": "T12"},
    {"items": [{"sku": "BRD-GF-01", "name": "Pão sem glúten", "price": 3.2}]},
    {"error": "reservation not found", "code": 404},
    {"ok": True, "reservation_id": "RSV-88412", "time": "19:00"},
    {"menu": ["ต้มยำกุ้ง", "ผัดไทย", "ข้าวมันไก่"], "open": True},
]
for p in BUSINESS_RESULTS:
    tool("neg.tool_payload.business_result", p, [], result=True)


def words_timed(text: str) -> list[dict[str, Any]]:
    t = 0.12
    out = []
    for w in text.split():
        out.append({"word": w, "start": round(t, 2), "end": round(t + 0.31, 2), "confidence": 0.97})
        t += 0.36
    return out


STT = [
    (
        "deepgram.response",
        {
            "type": "Results",
            "is_final": True,
            "channel": {
                "alternatives": [
                    {
                        "transcript": "i'd like two large pizzas",
                        "confidence": 0.981,
                        "words": words_timed("i'd like two large pizzas"),
                    }
                ]
            },
            "duration": 1.9,
        },
    ),
    (
        "stt.response",
        {"text": "quiero cambiar la hora", "language": "es", "duration": 1.42, "segments": 1},
    ),
    (
        "assemblyai.turn",
        {
            "type": "Turn",
            "transcript": "wann öffnet die Filiale",
            "end_of_turn": True,
            "end_of_turn_confidence": 0.91,
        },
    ),
    (
        "google.stt.result",
        {
            "results": [
                {
                    "alternatives": [{"transcript": "配送状況を確認したい", "confidence": 0.93}],
                    "languageCode": "ja-jp",
                    "resultEndOffset": "2.100s",
                }
            ]
        },
    ),
]
for key, body in STT:
    add("neg.free_text.stt_response", key, json.dumps(body, ensure_ascii=False), [])
TTS = [
    (
        "elevenlabs.alignment",
        {
            "characters": list("Thank you!"),
            "character_start_times_seconds": [round(i * 0.06, 2) for i in range(10)],
            "character_end_times_seconds": [round(i * 0.06 + 0.05, 2) for i in range(10)],
        },
    ),
    (
        "cartesia.timestamps",
        {
            "type": "timestamps",
            "word_timestamps": {
                "words": ["Your", "table", "is", "booked"],
                "start": [0.0, 0.21, 0.48, 0.6],
                "end": [0.2, 0.46, 0.58, 0.95],
            },
        },
    ),
    (
        "tts.request",
        {"model_id": "eleven_flash_v2_5", "text": "Dziękujemy, do zobaczenia!", "voice": "Rachel"},
    ),
    (
        "tts.request",
        {"text": "Asante kwa kupiga simu.", "voice_id": "sw-KE-ZuriNeural", "format": "ulaw_8000"},
    ),
]
for key, body in TTS:
    add("neg.free_text.tts_response", key, json.dumps(body, ensure_ascii=False), [])

# ================================================================= 2. content with personal data

NAME_LINES = [
    ("en", "en_US", "hi, my name is {n}"),
    ("en", "en_GB", "{n}"),
    ("en", "en_US", "yeah it's {f}, {f} {l}, I called yesterday"),
    ("es", "es_MX", "me llamo {n} y tengo una reserva"),
    ("es", "es_ES", "a nombre de {f} de la {l}"),
    ("fr", "fr_FR", "c'est {f} {l} à l'appareil"),
    ("fr", "fr_FR", "au nom de Madame {l}, s'il vous plaît"),
    ("de", "de_DE", "Hallo, hier spricht {n}"),
    ("de", "de_DE", "mein Name ist {f} von {l}"),
    ("pt", "pt_BR", "meu nome é {n}"),
    ("pt", "pt_PT", "fala a {f} {l}, boa tarde"),
    ("id", "id_ID", "nama saya {n}"),
    ("id", "id_ID", "atas nama Bapak {l}"),
    ("vi", "vi_VN", "tôi tên là Lê Văn Phúc"),
    ("th", "th_TH", "สวัสดีค่ะ ดิฉันชื่อ{n}ค่ะ"),
    ("pl", "pl_PL", "nazywam się {n}"),
    ("pl", "pl_PL", "rezerwacja na pana {l}"),
    ("cs", "cs_CZ", "dobrý den, tady {n}"),
    ("uk", "uk_UA", "мене звати {n}"),
    ("tr", "tr_TR", "adım {n}, siparişim hakkında arıyorum"),
    ("tr", "tr_TR", "{f} Hanım adına kayıt vardı"),
    ("hi", "hi_IN", "मेरा नाम {n} है"),
    ("ja", "ja_JP", "{l}と申します"),
    ("ja", "ja_JP", "予約した{n}です"),
    ("ko", "ko_KR", "저는 {n}입니다"),
    ("zh", "zh_CN", "我叫{n}，订单有问题"),
    ("ar", "ar_SA", "اسمي {n}"),
    ("he", "he_IL", "שלום, מדבר {n}"),
    ("sw", "sw", "jina langu ni {n}"),
]
for lang, loc, tmpl in NAME_LINES:
    n, f, la = person(loc)
    said(f"pos.free_text.name.{lang}", tmpl.format(n=n, f=f, l=la), ["name"])

# Initials, particles, spelled out, third parties and staff.
NAME_FORMS = [
    ("initials", "en", "it's J. R. Okafor, O-K-A-F-O-R"),
    ("initials", "fr", "M.-L. Dubreuil, comme la ville"),
    ("spelled", "en", "my last name is M, A, C, K, E, N, Z, I, E, first name Fiona"),
    ("spelled", "pl", "nazwisko: w-i-ś-n-i-e-w-s-k-a, Wiśniewska, Joanna"),
    ("spelled", "de", "Schmidt mit dt, also S wie Samuel, C, H, M, I, D, T; Vorname Jörg"),
    ("particle", "nl", "ik ben Pieter van der Heijden"),
    ("particle", "ar", "this is Khalid bin Rashid Al Mansoori"),
    ("particle", "pt", "sou a Maria das Graças dos Santos"),
    ("third_party", "en", "my wife Priya Raman will pick up the order"),
    ("third_party", "es", "mi contacto de emergencia es mi hermano Rodrigo Benítez"),
    ("third_party", "tr", "eşim Ayşe Demirtaş sizi arayacak"),
    ("third_party", "vi", "con gái tôi là Nguyễn Thị Hồng Nhung sẽ ký nhận"),
    ("third_party", "ko", "남편 박준서 씨가 대신 받을 거예요"),
    ("staff", "en", "the nurse, Sister Aoife Brennan, told me to call you"),
    ("staff", "de", "Ihre Kollegin Frau Baumgartner hat mir das versprochen"),
    ("staff", "en", "can you transfer me to the human agent, Marcus Ellery?"),
    ("staff", "ja", "担当の佐々木様に代わってください"),
]
for form, lang, line in NAME_FORMS:
    said(f"pos.free_text.name_{form}.{lang}", line, ["name"])
AGENT_NAMES = [
    ("en", "Thanks, Mrs Whitcombe, I've updated the booking."),
    ("id", "Baik, Ibu Siti Rahayu, pesanan Anda sudah kami catat."),
    ("uk", "Дякую, пане Олексію Гнатюк, замовлення підтверджено."),
    ("zh", "王秀英女士，您的预约已确认。"),
]
for lang, line in AGENT_NAMES:
    said(f"pos.free_text.name_agent_reply.{lang}", line, ["name"], who="agent")
tool(
    "pos.tool_payload.name",
    {"customer": {"first_name": "Thandiwe", "last_name": "Mokoena"}, "party": 2},
    ["name"],
)
tool(
    "pos.tool_payload.name",
    {"found": True, "caller": "Sakura Yamaguchi", "tier": "gold"},
    ["name"],
    result=True,
)

DOB = [
    ("en", "born March 3rd, 1989"),
    ("en", "DOB is 11/30/1979"),
    ("es", "mi fecha de nacimiento es el 14 de marzo de 1972"),
    ("fr", "je suis née le 2 août 1968"),
    ("de", "geboren am 21.09.1985"),
    ("pt", "data de nascimento: 05/12/1990"),
    ("id", "tanggal lahir saya 17 Agustus 1983"),
    ("vi", "tôi sinh ngày 12 tháng 5 năm 1991"),
    ("th", "เกิดวันที่ 9 มกราคม 2530"),
    ("pl", "data urodzenia 28.02.1977"),
    ("cs", "datum narození 4. 6. 1966"),
    ("uk", "дата народження 13.10.1959"),
    ("tr", "doğum tarihim 30 Nisan 1988"),
    ("hi", "मेरी जन्मतिथि 15 अगस्त 1992 है"),
    ("ja", "生年月日は昭和55年3月8日です"),
    ("ko", "생년월일은 1986년 11월 2일입니다"),
    ("zh", "出生日期1975年6月18日"),
    ("ar", "تاريخ ميلادي 1994/07/21"),
    ("he", "נולדתי ב-3 בינואר 1981"),
    ("sw", "nilizaliwa tarehe 5 Machi 1987"),
]
for lang, line in DOB:
    said(f"pos.free_text.dob.{lang}", line, ["dob"])
tool("pos.tool_payload.dob", {"verify": {"dob": "1962-04-09", "postcode_last3": "4QT"}}, ["dob"])

ADDRESS_LINES = [
    ("pt", "pt_PT", "a morada é {a}"),
    ("id", "id_ID", "alamat saya {a}"),
    ("vi", "vi_VN", "giao đến {a}"),
    ("th", "th_TH", "ที่อยู่ {a}"),
    ("pl", "pl_PL", "adres dostawy: {a}"),
    ("cs", "cs_CZ", "bydlím na adrese {a}"),
    ("uk", "uk_UA", "моя адреса: {a}"),
    ("ja", "ja_JP", "住所は{a}です"),
    ("ko", "ko_KR", "주소는 {a}입니다"),
    ("zh", "zh_CN", "地址是{a}"),
    ("he", "he_IL", "הכתובת שלי {a}"),
    ("de", "de_DE", "Lieferadresse {a}"),
    ("en", "en_GB", "it's {a}"),
]
for lang, loc, tmpl in ADDRESS_LINES:
    said(f"pos.free_text.address.{lang}", tmpl.format(a=address(loc)), ["address"])
HAND_ADDRESSES = [
    ("tr", "adresim Bağdat Caddesi No: 214 Daire 7, 34740 Kadıköy/İstanbul"),
    ("sw", "ninaishi Mtaa wa Uhuru nyumba namba 42, Kariakoo, Dar es Salaam"),
    ("ar", "العنوان: شارع التحلية، مبنى 18، حي السليمانية، الرياض 12245"),
    ("es", "vivo en Calle de Toledo 87, 3º B, 28005 Madrid"),
    ("pt", "entrega na Rua das Laranjeiras 318, apto 52, 22240-003 Rio de Janeiro"),
    ("fr", "j'habite au 14 rue des Lilas, 69003 Lyon"),
]
for lang, line in HAND_ADDRESSES:
    said(f"pos.free_text.address.{lang}", line, ["address"])
tool(
    "pos.tool_payload.address",
    {
        "deliver_to": {
            "street": "Rua Augusta 142, 2º esq.",
            "postcode": "1100-053",
            "city": "Lisboa",
        }
    },
    ["address"],
)


def make_ids() -> list[tuple[str, str, str]]:
    """(country, scheme, value) of valid national identifiers."""
    ids: list[tuple[str, str, str]] = []

    def dmy() -> tuple[int, int, int]:
        return R.randint(1945, 2002), R.randint(1, 12), R.randint(1, 28)

    y, m, d = dmy()
    base = f"{y % 100:02d}{m + (20 if y >= 2000 else 0):02d}{d:02d}{digits(4)}"
    ids.append(("pl", "PESEL", base + pesel.calc_check_digit(base)))
    ids.append(
        (
            "cz",
            "rodné číslo",
            until(
                lambda: (
                    f"{R.randint(55, 99):02d}{R.choice([1, 6, 11, 56]):02d}{R.randint(10, 28)}"
                    f"{digits(4)}"
                ),
                rc.is_valid,
            ),
        )
    )
    ids.append(("ua", "РНОКПП", until(lambda: str(R.randint(2, 4)) + digits(9), rntrc.is_valid)))
    t = str(R.randint(1, 9)) + digits(8)
    ids.append(("tr", "TC kimlik", t + tckimlik.calc_check_digits(t)))
    ids.append(
        ("in", "Aadhaar", until(lambda: str(R.randint(2, 9)) + digits(11), aadhaar.is_valid))
    )
    ids.append(("in", "PAN", rand(3, string.ascii_uppercase) + "P" + "K" + digits(4) + "F"))
    ids.append(("jp", "マイナンバー", until(lambda: digits(12), mynumber.is_valid)))
    y, m, d = dmy()
    ids.append(
        (
            "kr",
            "주민등록번호",
            until(
                lambda: f"{y % 100:02d}{m:02d}{d:02d}{R.choice('12')}{digits(6)}",
                rrn.is_valid,
            ),
        )
    )
    y, m, d = dmy()
    ids.append(
        (
            "cn",
            "身份证",
            until(
                lambda: f"110105{y}{m:02d}{d:02d}{digits(3)}" + R.choice("0123456789X"),
                ric.is_valid,
            ),
        )
    )
    ids.append(("il", "תעודת זהות", until(lambda: digits(9), il_idnr.is_valid)))
    ids.append(("br", "CPF", cpf.format(until(lambda: digits(11), cpf.is_valid))))
    ids.append(
        ("th", "เลขบัตรประชาชน", until(lambda: str(R.randint(1, 8)) + digits(12), th_pin.is_valid))
    )
    y, m, d = dmy()
    ids.append(
        (
            "id",
            "NIK",
            until(
                lambda: (
                    f"3174{R.randint(1, 9):02d}{d + R.choice([0, 40]):02d}{m:02d}{y % 100:02d}"
                    f"{R.randint(1, 9999):04d}"
                ),
                nik.is_valid,
            ),
        )
    )
    ids.append(("pt", "NIF", until(lambda: str(R.randint(1, 2)) + digits(8), pt_nif.is_valid)))
    ids.append(
        (
            "es",
            "NIE",
            until(
                lambda: R.choice("XYZ") + digits(7) + R.choice(string.ascii_uppercase), nie.is_valid
            ),
        )
    )
    ids.append(("de", "Steuer-ID", until(lambda: str(R.randint(1, 9)) + digits(10), idnr.is_valid)))
    y, m, d = dmy()
    frb = f"{R.choice('12')}{y % 100:02d}{m:02d}75{digits(6)}"
    ids.append(("fr", "NIR", nir.format(frb + nir.calc_check_digits(frb))))
    ids.append(
        (
            "mx",
            "CURP",
            until(
                lambda: (
                    "GOMA"
                    + f"{R.randint(60, 99)}{R.randint(1, 12):02d}{R.randint(10, 28)}"
                    + R.choice("HM")
                    + "DFRRN"
                    + R.choice("0A")
                    + str(R.randint(0, 9))
                ),
                curp.is_valid,
            ),
        )
    )
    y, m, d = dmy()
    ids.append(
        (
            "za",
            "ID",
            until(
                lambda: f"{y % 100:02d}{m:02d}{d:02d}{digits(4)}08" + digits(1), za_idnr.is_valid
            ),
        )
    )
    checks = [pesel, rc, rntrc, tckimlik, aadhaar, pan, mynumber, rrn, ric, il_idnr, cpf]
    checks += [th_pin, nik, pt_nif, nie, idnr, nir, curp, za_idnr]
    for (_, _, v), module in zip(ids, checks, strict=True):
        assert module.is_valid(v), v
    return ids


ID_LINES = {
    "pl": "mój PESEL to {v}",
    "cz": "rodné číslo {v}",
    "ua": "мій ідентифікаційний код {v}",
    "tr": "TC kimlik numaram {v}",
    "in": "my Aadhaar number is {v}",
    "jp": "マイナンバーは{v}です",
    "kr": "주민등록번호는 {v}입니다",
    "cn": "我的身份证号是{v}",
    "il": "מספר תעודת הזהות שלי {v}",
    "br": "meu CPF é {v}",
    "th": "เลขบัตรประชาชน {v}",
    "id": "NIK saya {v}",
    "pt": "o meu NIF é {v}",
    "es": "mi NIE es {v}",
    "de": "meine Steuer-ID lautet {v}",
    "fr": "mon numéro de sécu c'est le {v}",
    "mx": "mi CURP es {v}",
    "za": "my ID number is {v}",
}
NATIONAL_IDS = make_ids()
for i, (cc, scheme, v) in enumerate(NATIONAL_IDS):
    if scheme == "PAN":
        tool("pos.tool_payload.national_id.in", {"pan": v, "purpose": "kyc"}, ["national_id"])
    elif i % 6 == 5:
        tool(
            f"pos.tool_payload.national_id.{cc}",
            {"id_type": scheme, "id_number": v},
            ["national_id"],
        )
    else:
        said(f"pos.free_text.national_id.{cc}", ID_LINES[cc].format(v=v), ["national_id"])

SSN = until(lambda: f"{R.randint(100, 665)}{digits(6)}", us_ssn.is_valid)
said("pos.free_text.ssn", f"last one, my social is {SSN[:3]} {SSN[3:5]} {SSN[5:]}", ["ssn"])
tool("pos.tool_payload.ssn", {"ssn": f"{SSN[:3]}-{SSN[3:5]}-{SSN[5:]}"}, ["ssn"])


def aba() -> str:
    head = f"0{R.randint(1, 9)}{digits(6)}"
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(c) * k for c, k in zip(head, w, strict=True))
    return head + str((10 - s % 10) % 10)


BANK = [
    ("en", f"routing {aba()}, account number {digits(10)}"),
    ("en", f"sort code {digits(2)}-{digits(2)}-{digits(2)}, account {digits(8)}"),
    ("en", f"BSB {digits(3)}-{digits(3)} and the account is {digits(9)}"),
    ("hi", f"IFSC कोड SBIN0{digits(6)} और खाता संख्या {digits(11)}"),
    ("ja", f"支店番号{digits(3)}、普通口座{digits(7)}です"),
]
for lang, line in BANK:
    said(f"pos.free_text.bank_account.{lang}", line, ["bank_account"])
tool(
    "pos.tool_payload.bank_account",
    {"payout": {"routing_number": aba(), "account_number": digits(12), "type": "checking"}},
    ["bank_account"],
)

NUM_WORDS = {
    "en": ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"],
    "es": ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"],
    "pt": ["zero", "um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove"],
    "id": ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"],
}


def spoken(number: str, lang: str) -> str:
    return " ".join(NUM_WORDS[lang][int(c)] for c in number if c.isdigit())


CARDS = [
    ("odd_sep", "en", "card number 4242~4242~4242~4242 exp 12/29"),
    ("odd_sep", "de", "Kartennummer 5555 · 5555 · 5555 · 4444"),
    ("odd_sep", "tr", "kart no 3782.822463.10005"),
    ("odd_sep", "ja", "カード番号は4000-0566-5566-5556です"),
    ("odd_sep", "pl", "numer karty: 2223 0031 2200 3222"),
    ("spoken", "en", "it's " + spoken("4111111111111111", "en")),
    ("spoken", "es", "el número es " + spoken("6011111111111117", "es")),
    ("spoken", "pt", "o cartão é " + spoken("5105105105105100", "pt")),
    ("spoken", "id", "nomor kartunya " + spoken("3566002020360505", "id")),
]
for form, lang, line in CARDS:
    said(f"pos.free_text.card_{form}.{lang}", line, ["card"])
tool("pos.tool_payload.card", {"pan": "6200000000000005", "exp": "0930", "amount": 42}, ["card"])


IBAN_LEN = {"PT": 21, "PL": 24, "CZ": 20, "TR": 22, "DE": 18, "UA": 25, "SA": 20, "IL": 19}


def make_iban(cc: str) -> str:
    def one() -> str:
        bban = digits(IBAN_LEN[cc])
        if cc in ("TR", "UA"):
            bban = digits(6) + "0" + digits(IBAN_LEN[cc] - 7)
        num = "".join(str(int(c, 36)) for c in bban + cc + "00")
        return f"{cc}{98 - int(num) % 97:02d}{bban}"

    return until(one, std_iban.is_valid)


def grouped(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


IBANS = [
    ("pt", "PT", "o iban é {v}", True),
    ("pl", "PL", "numer konta {v}", True),
    ("cs", "CZ", "IBAN {v}", False),
    ("tr", "TR", "iban numaram {v}", True),
    ("de", "DE", "überweisen Sie auf {v}", False),
    ("uk", "UA", "мій iban {v}", True),
    ("ar", "SA", "رقم الآيبان {v}", True),
    ("he", "IL", "מספר IBAN שלי {v}", False),
]
for lang, cc, tmpl, spaced in IBANS:
    v = make_iban(cc).lower()
    said(f"pos.free_text.iban_lower.{lang}", tmpl.format(v=grouped(v) if spaced else v), ["iban"])

EMAILS = [
    ("spelled", "en", "it's john dot smith at gmail dot com"),
    ("spelled", "es", "mi correo es lucia punto ferrer arroba example punto com"),
    ("spelled", "fr", "c'est marc point antoine arobase example point org"),
    ("spelled", "de", "thomas punkt krüger at example punkt de, Krüger mit ü"),
    ("spelled", "pl", "k.nowak małpa example kropka pl"),
    ("plain", "id", "email saya dewi.lestari84@example.co.id"),
    ("idn", "zh", "邮箱是 李娜@例子.测试"),
    ("idn", "uk", "пошта олена@приклад.укр"),
    ("idn", "hi", "मेरा ईमेल rahul@उदाहरण.परीक्षा है"),
    ("idn", "ja", "メールは tanaka@xn--r8jz45g.xn--zckzah です"),
    ("plain", "tr", "mail adresim emre.yildiz+siparis@example.com.tr"),
]
for form, lang, line in EMAILS:
    said(f"pos.free_text.email_{form}.{lang}", line, ["email"])
tool("pos.tool_payload.email", {"send_receipt_to": "h.nakamura@example.jp"}, ["email"])

PHONES = [
    ("id", "ID", "nomor HP saya {v}"),
    ("vi", "VN", "số điện thoại của tôi là {v}"),
    ("th", "TH", "เบอร์โทร {v} ค่ะ"),
    ("pl", "PL", "mój numer {v}"),
    ("cs", "CZ", "zavolejte mi na {v}"),
    ("uk", "UA", "мій номер {v}"),
    ("tr", "TR", "numaram {v}"),
    ("hi", "IN", "मेरा नंबर {v} है"),
    ("ja", "JP", "電話番号は{v}です"),
    ("ko", "KR", "제 번호는 {v}이에요"),
    ("zh", "CN", "我的手机号{v}"),
    ("he", "IL", "המספר שלי {v}"),
    ("sw", "KE", "namba yangu ni {v}"),
    ("sw", "TZ", "nipigie kwa {v}"),
    ("pt", "BR", "meu celular é {v}"),
]
for lang, region, tmpl in PHONES:
    said(f"pos.free_text.phone.{lang}", tmpl.format(v=national(mobile(region))), ["phone"])
ar_phone = national(mobile("SA")).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
said("pos.free_text.phone_arabic_digits.ar", f"رقم جوالي {ar_phone}", ["phone"])
said(
    "pos.free_text.phone_spoken.en",
    "call me back on five five five, oh one four seven, area code two one two",
    ["phone"],
)
said(
    "pos.free_text.phone_spoken.es",
    "mi móvil es " + spoken(national(mobile("ES")), "es"),
    ["phone"],
)
tool("pos.tool_payload.phone", {"callback": e164(mobile("PT")), "when": "after 6pm"}, ["phone"])

SENSITIVE = [
    ("en", "I was just diagnosed with type 1 diabetes so I can't have the sugar"),
    ("en", "honestly I'm three months behind on rent and the card keeps getting declined"),
    ("es", "estoy embarazada de cinco meses, ¿puedo viajar en ese asiento?"),
    ("fr", "mon mari est décédé la semaine dernière, je dois annuler son abonnement"),
    ("de", "ich bin gerade in Privatinsolvenz und kann die Rate nicht zahlen"),
    ("pt", "meu filho está internado com depressão, preciso remarcar"),
    ("id", "saya sedang menjalani kemoterapi, jadi tidak bisa datang"),
    ("vi", "tôi đang bị kiện ra tòa vì khoản nợ thẻ tín dụng"),
    ("th", "ดิฉันติดเชื้อเอชไอวีค่ะ ต้องการปรึกษาเรื่องประกัน"),
    ("pl", "mam sprawę karną w sądzie w przyszłym tygodniu"),
    ("cs", "moje matka včera zemřela, potřebuji zrušit její objednávky"),
    ("uk", "я біженка, мій статус тимчасового захисту ще не підтвердили"),
    ("tr", "şu an alkol bağımlılığı tedavisi görüyorum"),
    ("hi", "मेरे पति को कैंसर है और इलाज के लिए पैसे नहीं हैं"),
    ("ja", "実はうつ病で休職中なんです"),
    ("ko", "제가 불법체류 상태라서 신분증이 없어요"),
    ("zh", "我欠了信用卡二十万，银行在起诉我"),
    ("ar", "أنا مثلي الجنس ولا أريد أن تعرف عائلتي"),
    ("he", "אני בהליך גירושין ובעלי לא צריך לדעת על ההזמנה"),
    ("sw", "nina virusi vya UKIMWI na ninahitaji dawa"),
    ("en", "as a practising Muslim I need the halal meal, I pray five times a day"),
    ("en", "my visa expired last month and I'm waiting for the asylum hearing"),
]
for lang, line in SENSITIVE:
    said(f"pos.free_text.sensitive.{lang}", line, ["sensitive"])
said(
    "pos.free_text.sensitive_named.en",
    "it's for my dad, Graham Pettigrew, he's in hospice care now",
    ["name", "sensitive"],
)
said(
    "pos.free_text.sensitive_reply.es",
    "Lamento mucho el fallecimiento de su esposa; cancelamos la suscripción sin coste.",
    ["sensitive"],
    who="agent",
)
tool(
    "pos.tool_payload.sensitive",
    {"note": "caller is on dialysis three times a week, prefers morning slots"},
    ["sensitive"],
)

# ================================================================= 3. personal data outside content


def hdr(name: str, *values: str) -> tuple[str, list[str]]:
    """An HTTP header attribute: the semantic conventions record headers as string arrays."""
    return f"http.request.header.{name}", list(values)


def nanp() -> str:
    return f"+1{R.choice(['212', '415', '646', '312'])}55501{digits(2)}"


CALLERS: list[tuple[str, str, Any, list[str]]] = [
    ("attribute", "twilio.from", nanp(), ["phone"]),
    ("attribute", "telnyx.from", e164(mobile("FR")), ["phone"]),
    (
        "attribute",
        "sip.from",
        f"<sip:{e164(mobile('GB'))}@pstn.example.net>;tag={hexs(8)}",
        ["phone"],
    ),
    (
        "attribute",
        "sip.header.p_asserted_identity",
        f'"Marta Kowalczyk" <sip:{e164(mobile("PL"))}@trunk.example.net;user=phone>',
        ["name", "phone"],
    ),
    ("attribute", "lk.participant.identity", f"sip_{e164(mobile('JP'))}", ["phone"]),
    ("attribute", "lk.participant.attributes.sip.phoneNumber", e164(mobile("ID")), ["phone"]),
    ("attribute", "user_id", e164(mobile("ES")), ["phone"]),
    ("attribute", "phone.number", int(e164(mobile("BR"))[1:]), ["phone"]),
    (
        "attribute",
        "http.request.body",
        f"AccountSid=AC{hexs(32)}&CallSid=CA{hexs(32)}&From=%2B{nanp()[1:]}"
        "&To=%2B18005550199&CallStatus=ringing&Direction=inbound",
        ["phone"],
    ),
    (
        "attribute",
        "http.request.body",
        json.dumps(
            {
                "data": {
                    "event_type": "call.initiated",
                    "payload": {
                        "call_control_id": "v3:" + rand(40),
                        "from": e164(mobile("DE")),
                        "to": "+442079460123",
                        "direction": "incoming",
                    },
                }
            }
        ),
        ["phone"],
    ),
    (
        "event",
        "exception.message",
        f"CallRejected: caller {national(mobile('TR'))} is on the block list",
        ["phone"],
    ),
    (
        "attribute",
        "sip.header.diversion",
        f"<sip:{e164(mobile('VN'))}@carrier.example>;reason=no-answer",
        ["phone"],
    ),
]
for site, key, value, kinds in CALLERS:
    add("pos.value.caller_number", key, value, kinds, site)

IPS = [global_v4() for _ in range(8)]
V6 = [global_v6() for _ in range(3)]
CLIENTS: list[tuple[str, str, Any]] = [
    ("attribute", *hdr("x-forwarded-for", f"{IPS[0]}, 10.0.3.7")),
    ("attribute", *hdr("forwarded", f'for="[{V6[0]}]";proto=https;by=10.0.0.2')),
    ("attribute", "client.address", IPS[1]),
    ("attribute", *hdr("true-client-ip", IPS[2])),
    ("attribute", *hdr("cf-connecting-ip", V6[1])),
    (
        "attribute",
        "log.message",
        f'{IPS[3]} - - [06/Dec/2026:11:02:13 +0000] "POST /twilio/voice HTTP/1.1" 200 512',
    ),
    ("status", "otel.status_description", f"rate limit exceeded for client {IPS[4]}"),
    ("event", "exception.message", f"ConnectionResetError: peer {IPS[5]}:53122 reset the stream"),
    ("attribute", "source.address", IPS[6]),
]
for site, key, value in CLIENTS:
    add("pos.value.client_ip", key, value, ["ip"], site)
ICE = [
    f"candidate:842163049 1 udp 1677729535 {IPS[7]} 61021 typ srflx raddr 192.168.1.23 "
    "rport 61021 generation 0 ufrag Xk3f",
    f"candidate:3 1 udp 2122262783 {V6[2]} 50123 typ host generation 0",
    f"candidate:1 1 udp 1685987071 {global_v4()} 49203 typ srflx raddr 10.1.4.5 rport 49203",
]
for i, cand in enumerate(ICE):
    add(
        "pos.value.ice_candidate", ["webrtc.ice.candidate", "lk.ice.candidate"][i % 2], cand, ["ip"]
    )


def b64s(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


SECRETS: list[tuple[str, str, str, Any]] = [
    ("jwt", "attribute", *hdr("authorization", "Bearer " + jwt())),
    ("basic", "attribute", *hdr("authorization", "Basic " + b64s(f"AC{hexs(32)}:{hexs(32)}"))),
    ("elevenlabs", "attribute", *hdr("xi-api-key", "sk_" + hexs(48))),
    (
        "anthropic",
        "attribute",
        *hdr(
            "x-api-key",
            "sk-ant-api03-" + rand(93, string.ascii_letters + string.digits + "-_") + "AA",
        ),
    ),
    ("deepgram", "attribute", *hdr("authorization", "Token " + hexs(40))),
    ("cookie", "attribute", *hdr("cookie", f"session={rand(48)}; csrftoken={rand(32)}")),
    (
        "cookie",
        "attribute",
        "http.response.header.set-cookie",
        [f"sid=s%3A{rand(32)}.{rand(43)}; Path=/; HttpOnly; Secure"],
    ),
    ("azure", "attribute", *hdr("ocp-apim-subscription-key", hexs(32))),
    (
        "slack_bot",
        "attribute",
        *hdr("authorization", f"Bearer xoxb-{digits(12)}-{digits(13)}-{rand(24)}"),
    ),
    (
        "basic_auth_url",
        "attribute",
        "url.full",
        f"https://admin:{rand(14)}@pbx.example.net/api/calls",
    ),
    (
        "connection_string",
        "attribute",
        "db.connection_string",
        f"postgresql://patter_app:{rand(20)}@db.internal:5432/calls?sslmode=require",
    ),
    ("connection_string", "attribute", "cache.url", f"redis://:{rand(24)}@cache:6379/0"),
    (
        "sql",
        "attribute",
        "db.query.text",
        f"CREATE USER reporting WITH PASSWORD '{rand(16)}'",
    ),
    (
        "sql",
        "attribute",
        "db.statement",
        f"UPDATE integrations SET api_token = 'gsk_{rand(52)}' WHERE id = 3",
    ),
    (
        "webhook",
        "attribute",
        "url.full",
        f"https://hooks.slack.com/services/T{rand(10, string.ascii_uppercase + string.digits)}"
        f"/B{rand(10, string.ascii_uppercase + string.digits)}/{rand(24)}",
    ),
    (
        "webhook",
        "attribute",
        "http.url",
        f"https://discord.com/api/webhooks/{digits(19)}/{rand(68, URLSAFE)}",
    ),
    (
        "webhook",
        "attribute",
        "url.full",
        f"https://voice.example.com/hooks/status?token={rand(40)}",
    ),
    (
        "openai",
        "resource",
        "process.command_line",
        f"python bot.py --port 8000 --openai-key sk-proj-{rand(48)}",
    ),
    ("openai", "attribute", "log.message", f"config loaded: OPENAI_API_KEY=sk-proj-{rand(56)}"),
    (
        "groq",
        "event",
        "exception.message",
        f"AuthenticationError: invalid key gsk_{rand(52)} for org",
    ),
    (
        "aws",
        "attribute",
        "log.message",
        f"boto: aws_access_key_id=AKIA{rand(16, string.ascii_uppercase + '234567')} "
        f"aws_secret_access_key={rand(40, string.ascii_letters + string.digits + '/+')}",
    ),
    (
        "github",
        "attribute",
        "vcs.repository.url.full",
        f"https://ghp_{rand(36)}@github.com/acme/voice-bot.git",
    ),
    (
        "google",
        "attribute",
        "url.full",
        "https://maps.googleapis.com/maps/api/geocode/json?address=store"
        f"&key=AIza{rand(35, URLSAFE)}",
    ),
    ("stripe", "attribute", "config.stripe_key", "sk_live_" + rand(24)),
    (
        "livekit",
        "attribute",
        "url.full",
        f"wss://demo-{rand(8).lower()}.livekit.cloud/rtc?access_token={jwt()}",
    ),
    ("twilio", "attribute", "twilio.auth_token", hexs(32)),
    ("sip", "attribute", "sip.register.uri", f"sip:1001:{rand(12)}@pbx.example.net"),
    ("cartesia", "attribute", *hdr("x-api-key", "sk_car_" + rand(28))),
]
for kind, site, key, value in SECRETS:
    add(f"pos.value.secret.{kind}", key, value, ["secret"], site)

OTHER_VALUES: list[tuple[str, str, str, Any, list[str]]] = [
    (
        "email",
        "status",
        "otel.status_description",
        "user not found: maria.gonzalez@example.com",
        ["email"],
    ),
    (
        "email",
        "event",
        "exception.message",
        "ValidationError: 'kenji.sato@example.co.jp' is already registered",
        ["email"],
    ),
    (
        "email",
        "attribute",
        "log.message",
        "sending receipt to a.nowicka@example.pl failed: 550 mailbox unavailable",
        ["email"],
    ),
    ("email", "attribute", "enduser.id", "t.okonkwo@example.org", ["email"]),
    ("email", "resource", "deployment.owner", "kwame.mensah@example.com", ["email"]),
    ("name", "attribute", "caller.cnam", "ALVAREZ MARISOL", ["name"]),
    ("name", "attribute", "lk.participant.name", "Ngozi Adebayo", ["name"]),
    ("name", "attribute", "crm.contact.display_name", "강민지", ["name"]),
    ("dob", "attribute", "customer.date_of_birth", "1971-08-14", ["dob"]),
    ("dob", "attribute", "kyc.ngay_sinh", "23/04/1966", ["dob"]),
    ("address", "attribute", "billing.address", "Karlova 12, 110 00 Praha 1", ["address"]),
    ("ssn", "attribute", "log.message", f"kyc check passed for ssn {us_ssn.format(SSN)}", ["ssn"]),
    (
        "card",
        "event",
        "exception.message",
        "CardError: card 4000 0000 0000 9995 was declined (insufficient_funds)",
        ["card"],
    ),
    ("iban", "attribute", "payout.iban", make_iban("DE"), ["iban"]),
    ("national_id", "attribute", "customer.tc_kimlik", NATIONAL_IDS[3][2], ["national_id"]),
    (
        "sensitive",
        "attribute",
        "crm.flags",
        ["bereaved", "vulnerable", "debt-collection"],
        ["sensitive"],
    ),
]
for kind, site, key, value, kinds in OTHER_VALUES:
    add(f"pos.value.{kind}", key, value, kinds, site)

# ================================================================= 4. hard negatives


def ulid() -> str:
    return "01J" + rand(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ")


def uuid4() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def luhn_id(prefix: str, length: int) -> str:
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn.calc_check_digit(body)


NEGATIVES: list[tuple[str, str, str, Any]] = [
    ("trace_id", "attribute", "trace_id", hexs(32)),
    ("trace_id", "attribute", "link.trace_id", hexs(32)),
    ("span_id", "attribute", "parent_span_id", hexs(16)),
    ("span_id", "attribute", "span_id", hexs(16)),
    ("uuid", "attribute", "getpatter.call.id", uuid4()),
    ("uuid", "attribute", "deepgram.request_id", uuid4()),
    ("uuid", "resource", "service.instance.id", uuid4()),
    ("ulid", "attribute", "conversation.id", ulid()),
    ("ulid", "attribute", "idempotency_key", ulid()),
    ("provider_id", "attribute", "twilio.call_sid", "CA" + hexs(32)),
    ("provider_id", "attribute", "twilio.account_sid", "AC" + hexs(32)),
    ("provider_id", "attribute", "lk.room.sid", "RM_" + rand(12)),
    ("provider_id", "attribute", "lk.participant.sid", "PA_" + rand(12)),
    ("provider_id", "attribute", "gen_ai.response.id", "chatcmpl-" + rand(29)),
    ("provider_id", "attribute", "gen_ai.tool.call.id", "call_" + rand(24)),
    (
        "provider_id",
        "attribute",
        "telnyx.call_control_id",
        "v3:" + rand(48, string.ascii_letters + string.digits + "-_"),
    ),
    ("provider_id", "attribute", "elevenlabs.history_item_id", rand(20)),
    ("luhn_id", "attribute", "order.id", luhn_id("4", 16)),
    ("luhn_id", "attribute", "invoice.number", luhn_id("51", 16)),
    ("luhn_id", "attribute", "ticket.id", luhn_id("37", 15)),
    ("luhn_id", "attribute", "shipment.id", luhn_id("6011", 16)),
    (
        "luhn_id",
        "attribute",
        "order.number",
        "-".join([luhn_id("4539", 16)[i : i + 4] for i in range(0, 16, 4)]),
    ),
    ("luhn_id", "attribute", "batch.id", int(luhn_id("35", 16))),
    ("sku", "attribute", "product.sku", f"{digits(3)}-{digits(2)}-{digits(4)}"),
    ("sku", "attribute", "part.number", f"555-01{digits(2)}-B"),
    ("sku", "attribute", "order.reference", f"QX{digits(6)}C"),
    ("sku", "attribute", "catalog.ean", "5901234123457"),
    ("sku", "attribute", "booking.code", f"{digits(4)} {digits(4)} {digits(4)}"),
    ("version", "resource", "service.version", "3.12.0-rc.1+build.1423"),
    ("version", "resource", "telemetry.sdk.version", "1.39.1"),
    ("version", "attribute", "app.build", "10.0.4.21"),
    ("version", "resource", "os.version", "24.04"),
    ("version", "attribute", "firmware.version", "2026.12.06"),
    ("build_hash", "resource", "vcs.ref.head.revision", hexs(40)),
    ("build_hash", "resource", "container.image.id", "sha256:" + hexs(64)),
    ("server_ip", "attribute", "server.address", "10.20.0.15"),
    ("server_ip", "attribute", "network.local.address", "192.168.0.2"),
    ("server_ip", "attribute", "server.address", "203.0.113.42"),
    ("server_ip", "attribute", "network.local.address", "127.0.0.1"),
    ("server_ip", "attribute", "server.address", "::1"),
    ("server_ip", "attribute", "network.local.address", f"fe80::{hexs(4)}:{hexs(4)}%eth0"),
    ("server_ip", "attribute", "server.address", "2001:db8:85a3::8a2e:370:7334"),
    ("server_ip", "attribute", "net.sock.host.addr", "172.17.0.3"),
    (
        "ice_host",
        "attribute",
        "webrtc.ice.candidate",
        "candidate:1 1 udp 2122260223 192.168.1.23 54400 typ host",
    ),
    (
        "ice_host",
        "attribute",
        "lk.ice.candidate",
        f"candidate:2 1 udp 2113937151 {uuid4()}.local 54401 typ host",
    ),
    ("cloud_edge", "attribute", "network.peer.address", "168.86.130.17"),
    ("cloud_edge", "attribute", "network.peer.address", "74.125.250.129"),
    ("cloud_edge", "attribute", "net.peer.ip", "104.18.32.47"),
    ("cloud_edge", "attribute", "network.peer.address", "2606:4700::6810:2a2f"),
    ("org_contact", "attribute", "patter.agent.phone_number", "+18005550199"),
    ("org_contact", "attribute", "sip.trunk.number", "+44 20 7946 0123"),
    ("org_contact", "attribute", "org.support_phone", "+33 1 99 00 12 34"),
    ("org_contact", "resource", "org.contact_email", "support@example.com"),
    ("org_contact", "attribute", "agent.from_number", "+15005550006"),
    ("masked_key", "attribute", "config.openai_key", "sk-proj-****************7Fq2"),
    ("masked_key", "attribute", "http.request.header.authorization", ["Bearer [REDACTED]"]),
    ("masked_key", "attribute", "config.elevenlabs_key", "${ELEVENLABS_API_KEY}"),
    ("masked_key", "attribute", "http.request.header.xi-api-key", ["********"]),
    ("redaction", "attribute", "customer.ssn", "***-**-4821"),
    ("redaction", "attribute", "caller.email", "<EMAIL>"),
    ("redaction", "attribute", "payment.card", "[CARD_REDACTED]"),
    ("redaction", "attribute", "caller.number", "+1 ***-***-**42"),
    ("hash", "attribute", "cache.key", hexs(64)),
    ("hash", "attribute", "audio.md5", hexs(32)),
    ("hash", "attribute", "http.response.header.etag", [f'W/"{hexs(27)}"']),
    ("hash", "attribute", "caller.number_hash", "sha256:" + hexs(64)),
]
NEGATIVES += [
    (
        "provider_error",
        "attribute",
        "http.response.body",
        json.dumps(
            {
                "error": {
                    "message": "Rate limit reached for gpt-4o-mini on tokens per min (TPM): "
                    "Limit 200000, Used 199412, Requested 1834.",
                    "type": "tokens",
                    "code": "rate_limit_exceeded",
                }
            }
        ),
    ),
    (
        "provider_error",
        "status",
        "otel.status_description",
        "Deepgram 400: failed to process audio: corrupt or unsupported data",
    ),
    (
        "provider_error",
        "attribute",
        "http.response.body",
        json.dumps(
            {"detail": {"status": "quota_exceeded", "message": "This request exceeds your quota."}}
        ),
    ),
    (
        "provider_error",
        "event",
        "exception.message",
        "TwilioRestException: HTTP 400 error: Unable to create record: "
        "The 'To' phone number is not valid. (code 21217)",
    ),
    (
        "provider_error",
        "attribute",
        "http.response.body",
        json.dumps(
            {"type": "error", "error": {"type": "overloaded_error", "message": "Overloaded"}}
        ),
    ),
    (
        "provider_error",
        "status",
        "otel.status_description",
        "INVALID_ARGUMENT: sample rate 8000 Hz does not match the WAV header (16000 Hz)",
    ),
    (
        "stacktrace",
        "event",
        "exception.stacktrace",
        "Traceback (most recent call last):\n"
        '  File "/app/.venv/lib/python3.11/site-packages/httpx/_transports/default.py", '
        "line 101, in map_httpcore_exceptions\n    yield\n"
        '  File "/app/agent/tools.py", line 48, in lookup_order\n'
        '    resp = await client.get(f"/orders/{order_id}")\n'
        "httpx.ReadTimeout: timed out",
    ),
    ("stacktrace", "event", "exception.type", "asyncio.exceptions.CancelledError"),
    ("timestamp", "attribute", "call.started_at", "2026-12-06T11:02:13.418Z"),
    ("timestamp", "attribute", "http.response.header.date", ["Sun, 06 Dec 2026 11:02:14 GMT"]),
    ("timestamp", "attribute", "event.time_unix_nano", 1796554933418000000),
    ("timestamp", "attribute", "subscription.renews_on", "2027-01-06"),
    ("duration", "attribute", "call.duration", "PT3M41S"),
    ("duration", "attribute", "getpatter.endpoint.silence_ms", 700),
    ("duration", "attribute", "recording.length", "00:03:41"),
    ("cost", "attribute", "patter.cost.llm_input_tokens", 1834),
    ("cost", "attribute", "patter.cost.telephony_minutes", 3.7),
    ("cost", "attribute", "patter.latency.ttfb_ms", 412.7),
    ("cost", "attribute", "gen_ai.usage.output_tokens", 96),
    ("cost", "attribute", "billing.total", "USD 0.0412"),
    ("audio", "attribute", "audio.codec", "PCMU"),
    ("audio", "attribute", "audio.sample_rate", 8000),
    ("audio", "attribute", "tts.output_format", "ulaw_8000"),
    (
        "audio",
        "attribute",
        "sdp.offer",
        "v=0\r\no=- 4611731400430051336 2 IN IP4 10.0.0.5\r\nm=audio 49170 RTP/AVP 0 8 101\r\n"
        "a=rtpmap:0 PCMU/8000\r\na=rtpmap:101 telephone-event/8000",
    ),
    ("model", "attribute", "gen_ai.request.model", "gpt-4o-mini-2024-07-18"),
    ("model", "attribute", "gen_ai.response.model", "claude-3-5-haiku-20241022"),
    ("model", "attribute", "stt.model", "nova-3"),
    ("model", "attribute", "tts.model", "sonic-2"),
    ("region", "resource", "cloud.region", "eu-west-1"),
    ("region", "attribute", "lk.region", "ap-southeast-1"),
    ("business_city", "attribute", "store.city", "Lisbon"),
    ("business_city", "attribute", "agent.location", "São Paulo"),
    ("business_city", "attribute", "branch.city", "İstanbul"),
    ("business_city", "attribute", "restaurant.area", "渋谷"),
    ("company", "resource", "org.name", "Padaria Estrela Lda."),
    ("company", "attribute", "merchant.name", "Marks & Spencer"),
    ("voice", "attribute", "tts.voice", "Rachel"),
    ("voice", "attribute", "tts.voice_id", "21m00Tcm4TlvDq8ikWAM"),
    ("voice", "attribute", "lk.agent_name", "reception-bot"),
    ("patter", "attribute", "getpatter.call.direction", "inbound"),
    ("patter", "attribute", "getpatter.call.provider_mode", "pipeline"),
    ("patter", "attribute", "getpatter.tool.name", "lookup_order"),
    ("patter", "attribute", "getpatter.tool.transport", "http"),
    ("patter", "attribute", "getpatter.stt.confidence", 0.94),
    ("patter", "attribute", "getpatter.llm.history_size", 12),
    ("patter", "attribute", "getpatter.bargein.cancelled_text_len", 37),
    ("patter", "attribute", "patter.side", "agent"),
    ("patter", "attribute", "patter.billable", True),
    ("patter", "attribute", "getpatter.stt.text_len", 41),
    ("resource", "resource", "service.name", "patter-voice-agent"),
    ("resource", "resource", "host.name", "ip-10-0-3-7.eu-west-1.compute.internal"),
    ("resource", "resource", "k8s.pod.name", "voice-agent-7d9f8b6c4-x2kqz"),
    ("resource", "resource", "cloud.account.id", "123456789012"),
    ("resource", "resource", "deployment.environment.name", "production"),
    ("sip", "attribute", "sip.call_id", f"{hexs(16)}@10.0.0.5"),
    ("sip", "attribute", "sip.header.user_agent", "Asterisk PBX 20.5.0"),
    ("sip", "attribute", "sip.header.via", f"SIP/2.0/UDP 10.0.0.5:5060;branch=z9hG4bK{hexs(10)}"),
    ("sip", "attribute", "sip.from", "<sip:anonymous@anonymous.invalid>;tag=" + hexs(8)),
    ("sip", "attribute", "twilio.from", "restricted"),
    ("url", "attribute", "url.full", "https://api.openai.com/v1/chat/completions"),
    ("url", "attribute", "server.address", "api.elevenlabs.io"),
    (
        "url",
        "attribute",
        "url.full",
        "wss://api.deepgram.com/v1/listen?model=nova-3&encoding=mulaw&sample_rate=8000",
    ),
    ("card_meta", "attribute", "payment.card.last4", "4242"),
    ("card_meta", "attribute", "payment.card.brand", "visa"),
    ("card_meta", "attribute", "bank.bic", "DEUTDEFF"),
    (
        "sql",
        "attribute",
        "db.query.text",
        "SELECT id, status FROM orders WHERE customer_id = $1 AND created_at > $2",
    ),
    ("sql", "attribute", "db.statement", "UPDATE users SET password_hash = ? WHERE id = ?"),
    ("tool_meta", "attribute", "gen_ai.tool.name", "get_opening_hours"),
    ("tool_meta", "attribute", "gen_ai.tool.call.arguments", "{}"),
    (
        "system_prompt",
        "attribute",
        "gen_ai.system_instructions",
        json.dumps(
            [
                {
                    "type": "text",
                    "content": "You are the booking assistant for Padaria Estrela. Be brief.",
                }
            ]
        ),
    ),
    (
        "system_prompt",
        "attribute",
        "lk.instructions",
        "Ask for the order number, then look it up. Never guess.",
    ),
    ("user_agent", "attribute", "user_agent.original", "TwilioProxy/1.1"),
    ("log", "attribute", "log.message", "stt stream reconnected after 1.2s (attempt 2/5)"),
    ("log", "attribute", "log.message", "tool lookup_order returned 200 in 184 ms"),
    ("event_name", "event", "event.name", "gen_ai.choice"),
    ("event_name", "event", "gen_ai.response.finish_reasons", ["stop"]),
    ("status", "status", "otel.status_description", "DEADLINE_EXCEEDED: STT stream idle for 30s"),
    (
        "status",
        "status",
        "otel.status_description",
        "Twilio error 31005: connection error with the media server",
    ),
]
for kind, site, key, value in NEGATIVES:
    add(f"neg.value.{kind}", key, value, [], site)


# ================================================================= output


def main() -> None:
    """Check the releases, then write the corpus (to argv[1] if given)."""
    for dist, version in RELEASES.items():
        if metadata.version(dist) != version:
            warnings.warn(
                f"{dist} {metadata.version(dist)} is not {version}: rows will differ", stacklevel=1
            )
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for row in ROWS:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
