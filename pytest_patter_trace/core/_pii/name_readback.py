"""Names an agent reads back with the caller's number: "So ..., number ..., right?".

An agent confirms what it wrote down in one turn: a discourse word ("so", "also", "итак",
"إذن", "אז", "तो", "ስለዚህ"), the caller's name, then the phone number under its label, asked
back as a question. The frame says whose the words are, so a name in a script without case,
or one word alone, is read here as well. In East Asian and Thai speech the name comes first
with its honorific or title ("... 고객님, 연락처 ...", "...小姐，電話...", "คุณ... เบอร์ ...").

Precision: the number must look dialled (a leading ``+``, ``0`` or ``(``) or follow a phone
label; a capitalised word must pass the caller's-introduction judge (no stop, place or
sensitive word) and be no everyday or business word; a product read back ("So Amazon Prime,
order ...") is no name.

Kept by hand: no maintained list of discourse words and phone labels across languages was
found (CLDR lists neither), and NER models measured in docs/pii.md miss these read-backs.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import vocabulary as voc
from .names import everyday, not_a_name

Takes = Callable[[str], bool]

__all__ = ["read_back_names"]

#: Words an agent opens a read-back with, in many languages (lower case, or its script).
_MARKERS = (
    "so that's|so that is|that's|so|also|dus|итак|значит|тогда|отже|إذن|اذن|يعني|אז|پس|तो"
    "|তাহলে|অতএব|அப்போ|அப்படியானால்|ఐతే|vậy|vay|kwa hivyo|hivyo|άρα|δηλαδή|deci|așadar|asadar"
    "|så|eli|siis|nítorí náà|nitori naa|to|ስለዚህ|entonces|então|entao|quindi|allora|donc"
    "|alors|więc|czyli|takže|takze|tedy|yani|jadi|kaya|dakle|znači|znaci|tehát|tehat|szóval"
    "|altså|altsa|dan|och|ok so|okay so|right so|perfect so|great so"
)
#: Labels of a phone number said before it, and the prepositions that stand for one.
_LABELS = voc.words(
    """at on op au al am unter under number phone tel telephone mobile cell callback
    contact rückrufnummer rufnummer nummer telefon telefonnummer handy telefoon numéro
    numero número teléfono telefono telefone celular móvil movil cellulare numer
    komórka номер телефон телефона мобильный мобильного телефону numara telefonu cep
    رقم الرقم هاتف الهاتف جوال الجوال موبايل الموبايل טלפון בטלפון מספר נייד شماره
    تلفن موبایل همراه मोबाइल नंबर फोन फ़ोन নম্বর ফোন মোবাইল எண் தொலைபேசி மொபைல் ስልክ
    số sđt điện thoại namba simu τηλέφωνο κινητό αριθμός numărul nọ́mbà nomba lamba
    waya puhelin puhelinnumero mobiili numret mobil nomor hp telepon ponsel telepono
    broj mobitel telefonszám szám"""
)
_PUNCT_SEP = "[,،，、፣]"
#: The read-back: marker, the name, a separator, up to three label words, the number.
_READ = re.compile(
    rf"(?:{_MARKERS})[,،]?\s+(.{{1,64}}?)\s*(?:{_PUNCT_SEP}\s*|\s(?=\w+\s+[+(\d]))"
    r"((?:[^\W\d_][^\s\d]*\s+){0,3}?)([+(]?\d[\d\s().\-]{5,}\d)",
    re.IGNORECASE,
)
#: Honorific or title first: Korean, Chinese and Japanese after the name, Thai before it.
_FIRST = (
    re.compile(
        r"([\uac00-\ud7a3]{2,4})\s*(?:고객님|님|씨)\s*[,，]?\s*"
        r"(?:연락처|전화번호|전화|휴대폰|번호)"
    ),
    re.compile(
        r"([\u4e00-\u9fff]{2,4}?)(?:小姐|先生|女士|太太|様|さん|樣)\s*[,，、]?\s*"
        r"(?:電話|电话|手機|手机|連絡先|携帯|電話番号)"
    ),
    re.compile(r"คุณ([\u0e01-\u0e4e]{2,}(?: [\u0e01-\u0e4e]{2,})?) (?:เบอร์|โทร)"),
)
#: Marks a question or a request to confirm: the read-back asks.
_ASKS = ("?", "？", "؟", ";", "ไหม", "มั้ย", "죠", "요")
#: Particles inside a name written in lower case ("Maarten de Wit").
_PARTICLES = voc.NAME_PARTICLES | voc.words("de van der den ter da di du von bin binti ibn al el")
#: Marks and letters of scripts without case, inside a word.
_CASELESS = re.compile(
    r"[\u0590-\u05ff\u0600-\u06ff\u0900-\u0dff\u1200-\u137f\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7a3]"
)
_WORD = re.compile(r"[^\W\d_][\w'’\-.\u0300-\u036f\u0900-\u0dff]*")
#: Words of a read-back that are a thing's, said where a name would be.
_THINGS = voc.words(
    """order booking reservation account plan package card ticket invoice bill policy
    subscription appointment delivery parcel store shop branch office number item product
    الفاتورة الطلب الحجز الحساب الموعد الرقم طلب حجز حساب הזמנה חשבון מספר سفارش حساب
    شماره رزرو बुकिंग ऑर्डर खाता অর্ডার বুকিং"""
)


def _name_words(said: str, takes: Takes) -> bool:
    """Whether ``said`` is one to four words of a name (see the module's docstring)."""
    words = said.split()
    if not 1 <= len(words) <= 4 or any(ch.isdigit() for ch in said):
        return False
    for i, word in enumerate(words):
        if _WORD.fullmatch(word) is None or word.casefold() in _THINGS:
            return False
        if _CASELESS.search(word):
            continue  # no case to judge by: the frame says it is a name
        if i and word in _PARTICLES:
            continue
        bare = word.strip(".")
        if not bare[:1].isupper() or not_a_name(bare) or everyday(bare) or not takes(bare):
            return False
    return True


def read_back_names(text: str, takes: Takes) -> list[tuple[int, int]]:
    """Spans of names an agent reads back with the caller's number (see the docstring).

    Only the start of the turn is read: the agent opens its confirmation with the frame.
    """
    found: list[tuple[int, int]] = []
    head = text[:240]
    if not any(a in head for a in _ASKS):
        return found
    offset = len(head) - len(head.lstrip())
    m = _READ.match(head, offset)
    if m is not None:
        label = m.group(2).split()
        dialled = m.group(3)[0] in "+0("
        if (dialled or (label and label[0].casefold() in _LABELS)) and _name_words(
            m.group(1), takes
        ):
            found.append(m.span(1))
    for pattern in _FIRST:
        first = pattern.match(head, offset)
        if first is not None and first.group(1).casefold() not in _THINGS:
            found.append(first.span(1))
    return found
