"""Names of numbers that are no phone number, right before one: references, cards, accounts.

"numéro de commande 3390-...", "Bestellnummer ...", "el número de pedido es cuatro dos
...": the number is the business's reference. "my account number is three one ...",
"the routing is ...": the number is a bank account. Also: a ZIP+4 after a state's code,
a provider's published test number, and a code's name before an identifier-shaped code.
Kept by hand, like every context word of the number finders: libphonenumber tells what
fits a numbering plan, not what a number is, and no maintained package names references
in several languages.
"""

from __future__ import annotations

import re
from typing import Any

from .hints import holds_any, may_match
from .text_forms import lower

#: "is" in the languages below, between a number's name and the number; "my", "your"
#: after the name where a language puts it there ("nomor pesanan saya", "mã ... là").
_IS = (
    r"(?:\s+(?:is|was|es|est|ist|war|è|é|e|era|jest|saya|anda|nya|ku|adalah|ialah|là"
    r"|của tôi|это|дорівнює|hai|ni|na))*[\s:#=.-]{0,3}"
)
#: A number's own word after a reference's name ("номер", "nomor", "numaram").
_NUMBER_WORD = (
    r"(?:\s*-?(?:number|no\.?|num|nr\.?|id|#|numer|nummer|numero|número|nomor|no\.? ?rek"
    r"|numara\w*|номер|số|رقم|kodu|kode|code|código|mã))?"
)

#: A reference's name in languages other than English (``numeric`` keeps the English
#: ones); German ones are compounds ("Bestellnummer").
OTHER_REFERENCE = re.compile(
    r"(?i)\b(?:commande|r[ée]servation|facture|billet|dossier|suivi|pedido|reserva|factura"
    r"|fatura|encomenda|seguimiento|rastreio|ordine|prenotazione|fattura|biglietto|pratica"
    r"|(?:bestell|buchungs|auftrags|rechnungs|sendungs|vertrags|referenz|ticket|kunden"
    r"|mitglieds|vorgangs)nummer|aktenzeichen|protocolo|protocollo|riferimento|referencia"
    r"|referência|r[ée]f|pnr"
    # A customer's or a member's number: the business's, not the caller's line.
    r"|customer|member|membership|client|cliente|socio|sócio"
    r"|bestellung|buchung|zamówieni[ae]|rezerwacj[ai]|bestelling|reservering"
    # A code ("the code is 4 7 1 ..."), but an area code starts a phone number.
    r"|(?<!area )(?<!country )(?<!dialling )(?<!dialing )code|c[óo]digo|codice|kod|kode"
    # Orders, bookings and parcels in Cyrillic, Indonesian/Malay, Vietnamese, Turkish,
    # Arabic, Hindi and Hebrew.
    r"|заказ\w*|брон\w*|замовлення|бронювання|посылк\w*|трек|накладн\w*|pesanan|pemesanan"
    r"|reservasi|resi|tempahan|đơn hàng|đặt chỗ|đặt bàn|vận đơn|sipariş\w*"
    r"|rezervasyon\w*|takip|kargo|الطلب|طلب|الحجز|حجز|التتبع|الشحنة|ऑर्डर|आर्डर|बुकिंग"
    r"|ट्रैकिंग|הזמנה|ההזמנה|משלוח|booking|order|tracking|reservation)"
    rf"{_NUMBER_WORD}{_IS}(?:\d{{1,6}}[ .-])?$"
    # Scripts without spaces: the name, a particle or a letter or two read out ("예약번호는
    # 비 ..."), but no phone's word between ("ご注文のお電話番号").
    r"|(?:주문|예약|접수|배송|송장|운송장|회원|注文|予約|受付|会員|伝票|追跡|問い合わせ|订单|訂單"
    r"|预订|預訂|预约|預約|会员|會員|快递|快遞|运单|運單|物流|取件|取餐)\s?"
    r"(?:번호|코드|番号|コード|号码|號碼|编号|編號|号|號|码|碼|ID)?"
    r"(?:(?!전화|휴대|핸드폰|연락처|電話|携帯|电话|電話|手机|手機)[^\d\n]){0,8}$"
)

#: A word every match of ``OTHER_REFERENCE`` in ASCII text holds (lower case): a window
#: without any is ruled out by substring tests, not by trying the pattern at each place.
_ASCII_STEMS = ("command", "reserv", "facture", "billet", "dossier", "suivi", "pedido",
                "factura", "fatura", "encomenda", "seguimiento", "rastreio", "ordine",
                "prenotazione", "fattura", "biglietto", "pratica", "nummer", "aktenzeichen",
                "protocol", "riferimento", "referencia", "ref", "pnr", "customer", "member",
                "client", "socio", "bestellung", "buchung", "bestelling", "rezerwacj", "code",
                "codigo", "codice", "kod", "pesanan", "pemesanan", "resi", "tempahan",
                "rezervasyon", "takip", "kargo", "booking", "order", "tracking")  # fmt: skip


def other_reference(text: str, lo: int, end: int) -> bool:
    """``OTHER_REFERENCE.search(text, lo, end)``, ruled out first by its words (ASCII)."""
    window = text[lo:end]
    if window.isascii() and not holds_any(window.lower(), _ASCII_STEMS):
        return False
    return OTHER_REFERENCE.search(text, lo, end) is not None


#: A card's or a document's name, any language: a card or an identity number follows,
#: which the card and identifier finders judge; it is no phone number either way.
DOCUMENT_BEFORE = re.compile(
    r"(?i)\b(?:card|carte|tarjeta|cart[aã]o|carta|karte|kartennummer|karta|kaart|document"
    r"|documento|dokument|ausweis\w*|passport|passeport|pasaporte|passaporto|reisepass"
    r"|id(?:entity)? (?:card )?number|identit[ée]|identidad|identidade)"
    rf"(?:\s+(?:number|no\.?|num|nr\.?|#))?{_IS}(?:\d{{1,6}}[ .-])?$"
)

#: Every match of :data:`DOCUMENT_BEFORE` in lower-cased ASCII text holds one of these
#: (kept with it: a name added there needs its hint here).
_DOCUMENT_HINTS = ("card", "cart", "tarjeta", "kart", "kaart", "document", "dokument", "ausweis",
                   "passport", "passeport", "pasaporte", "passaporto", "reisepass", "identit",
                   "identidad", "id number")  # fmt: skip


def may_hold_document(probe: str) -> bool:
    """False only when no window of ``probe`` holds a card's or a document's name.

    Gates :func:`document` once per text: on ASCII text a few substring tests of the
    text's words rule most texts out before the pattern's own search of the whole text.
    """
    if probe.isascii() and not holds_any(lower(probe), _DOCUMENT_HINTS):
        return False
    return may_match(probe, DOCUMENT_BEFORE)


#: An account's or a bank code's name right before a number read out.
ACCOUNT_BEFORE = re.compile(
    r"(?i)\b(?:account|acct|routing|sort\s+code|aba|iban|cuenta|conta|compte|conto|konto"
    r"|kontonummer|rekening(?:nummer)?|rachunk\w*)"
    rf"(?:\s+(?:number|no\.?|num|code|#))?{_IS}$"
)


def document(probe: str, start: int) -> bool:
    """A card's or a document's name right before ``start``: a card or an identity number."""
    return DOCUMENT_BEFORE.search(probe, max(0, start - 40), start) is not None


#: A US ZIP+4 or a Brazilian CEP after a state's two-letter code in an address ("Dayton,
#: OH 45402-1187", "São Paulo - SP, 01304-001") or after a postcode's name: the 5-4 and
#: 5-3 groupings are also phone numbers' (``06131-5520``), the words before tell them
#: apart. Kept by hand: libphonenumber knows numbering plans, not postal codes.
_POSTCODE = re.compile(r"\d{5}-\d{3,4}")
_POSTCODE_BEFORE = re.compile(
    r"(?:,[^,\n]{0,40}(?<![A-Za-z])[A-Z]{2},?\s+"
    r"|(?i:\b(?:cep|zip(?:\s*code)?|postal\s+code|post\s?code|c[óo]digo\s+postal)"
    r"(?:\s+(?:é|e|is|es|est|ist))?\s*:?\s*))$"
)


def postcode_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a ZIP+4 or a CEP in an address (see ``_POSTCODE``)."""
    return (
        end - start in (9, 10)
        and _POSTCODE.fullmatch(text, start, end) is not None
        and _POSTCODE_BEFORE.search(text, max(0, start - 56), start) is not None
    )


#: Numbers a provider publishes for tests: Twilio's magic numbers, +1 500 555 0000 to
#: 0009, which its test credentials accept as ``From`` and ``To``. No one's line.
_PROVIDER_TEST = re.compile(r"\+?1[ .-]?\(?500\)?[ .-]?555[ .-]?000\d")


def provider_test_number(number: str) -> bool:
    """Whether ``number`` (as written) is a provider's published test number."""
    return _PROVIDER_TEST.fullmatch(number.strip()) is not None


def _phonenumbers() -> Any:
    """``phonenumbers`` once imported (a dictionary look-up after the first), or None."""
    try:
        import phonenumbers
    except ImportError:
        return None
    return phonenumbers


def business_line(number: str) -> bool:
    """Whether ``number`` (with its country code) is toll-free, shared-cost or premium.

    A caller is never reached on such a line: it is the business's own (``twilio.to``
    of an inbound call to a freephone number). ``phonenumbers`` knows each plan's ranges.
    """
    pn = _phonenumbers()
    if pn is None or not number.strip().startswith("+"):
        return False
    kind = pn.PhoneNumberType
    types = (kind.TOLL_FREE, kind.PREMIUM_RATE, kind.SHARED_COST, kind.UAN)
    try:
        parsed = pn.parse(number, None)
    except pn.NumberParseException:
        return False
    return pn.number_type(parsed) in types


#: A code's name right before it in English: a product's, a place on a shelf, a booking's.
_CODE_BEFORE = re.compile(
    r"(?i)\b(?:sku|serial|model|part|item|product|article|code|booking|tracking|ticket|order"
    r"|ref|reference|bin|shelf|aisle|rack|location|pnr|voucher|coupon|invoice|batch|lot"
    r"|confirmation|reservation|case|claim|policy|parcel|shipment)"
    rf"{_NUMBER_WORD}{_IS}$"
)


def code_before(text: str, start: int) -> bool:
    """Whether a reference's or a code's name stands right before ``text[start:]``."""
    lo = max(0, start - 40)
    return _CODE_BEFORE.search(text, lo, start) is not None or other_reference(text, lo, start)


#: JSON fields a telephony provider's event names the two ends of a call or message with.
_ENDPOINT_FIELDS = frozenset(("from", "to", "msisdn", "caller", "callee", "originator",
                              "recipient", "from_number", "to_number"))  # fmt: skip
_BARE_INTERNATIONAL = re.compile(r"\+?\d{10,15}")


def endpoint_number(field: str, value: str) -> bool:
    """Whether a provider event's ``"from"``/``"to"`` field holds a number in E.164 digits.

    Vonage and others write the number without its plus (``"from": "447911123456"``);
    it counts only when it is a valid number once the plus is put back, so an epoch time
    or a count under ``"to"`` is not read as one.
    """
    if field.lower() not in _ENDPOINT_FIELDS or not _BARE_INTERNATIONAL.fullmatch(value):
        return False
    pn = _phonenumbers()
    if pn is None:
        return False
    try:
        parsed = pn.parse("+" + value.lstrip("+"), None)
    except pn.NumberParseException:
        return False
    return bool(pn.is_valid_number(parsed))
