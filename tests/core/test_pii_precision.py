"""False hits by class: numbers that are no phone numbers, words that are no names.

A number read out after a word naming another kind of number (an account, an identity
card, an order, a booking, a tracking number) is that number, not a phone number. A
nationality, a demonym or a religion after "I'm" is no name; a religion is a sensitive
disclosure. A place asked for ("Grand Central, please") is no name. Every value here is
invented, in several languages each.
"""

from __future__ import annotations

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii

MODES = ("allow", "forbid")
_CONTENT = frozenset(("free_text", "tool_payload", "content"))


def kinds(value: str, content: str, key: str = "transcript") -> set[str]:
    """The personal-data kinds found in one transcript value (content findings apart)."""
    spans = [span("getpatter.call", 2, attributes={key: value})]
    return {f.kind for f in find_pii(spans, content=content)} - _CONTENT


#: Numbers read out word by word after a word naming a number that is no phone number.
SPOKEN_OTHER_NUMBERS = [
    "your order number is four seven two nine one eight three six five",
    "the confirmation code is seven seven three one nine two eight four",
    "tracking number eight two six six one nine four zero three seven",
    "el número de pedido es cuatro dos siete nueve uno tres ocho seis",
    "die Buchungsnummer ist drei acht eins vier sieben zwei neun sechs",
    "le numéro de commande est six deux huit un quatre neuf trois sept",
    "il numero di prenotazione è cinque otto due sette uno quattro nove",
    "o número do pedido é nove três um oito quatro dois sete seis",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", SPOKEN_OTHER_NUMBERS)
def test_a_reference_number_read_out_is_no_phone(value: str, mode: str) -> None:
    assert "phone" not in kinds(value, mode)


#: Account and routing numbers, and identity numbers, read out: not phone numbers.
SPOKEN_ACCOUNTS = [
    "my account number is three one four four two nine zero seven six",
    "the routing number is one one two seven four nine three five eight",
    "mi número de cuenta es ocho uno tres tres nueve cero dos siete cinco",
    "meine Kontonummer ist fünf zwei neun neun eins vier drei acht sieben",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", SPOKEN_ACCOUNTS)
def test_an_account_number_read_out_is_no_phone(value: str, mode: str) -> None:
    assert "phone" not in kinds(value, mode)


#: Numbers written with digits after a word naming another number: no phone either.
WRITTEN_OTHER_NUMBERS = [
    "my ID card number is 61234-7719024-3",
    "booking reference 4418-220-9173",
    "número de pedido 7731-448-2290",
    "Bestellnummer 5520 1887 3341",
    "numéro de commande 3390-771-4412",
    "order #8812-554-3310 has shipped",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", WRITTEN_OTHER_NUMBERS)
def test_a_labelled_number_is_no_phone(value: str, mode: str) -> None:
    assert "phone" not in kinds(value, mode)


#: A phone number still is one, said or written, with its own word before it.
PHONES = [
    "my phone number is 0 7 7 9 8 1 2 4 5 3 6",
    "you can call me on two oh two five five five oh one eight eight",
    "mi teléfono es seis uno dos tres cuatro cinco seis siete ocho",
    "my number is +44 7700 900 461",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", PHONES)
def test_a_phone_number_still_is_one(value: str, mode: str) -> None:
    assert "phone" in kinds(value, mode)


#: A nationality, a demonym or a religion after "I'm": no name.
NOT_NAMES = [
    "I'm French, so no rush",
    "I'm Canadian, is that a problem for the booking",
    "I'm Brazilian and my English is not great",
    "I am German, can we speak slowly",
    "I'm Vegan, no cheese please",
    "Grand Central, please",
    "Union Square, please",
    "Je suis Belge, pas de souci",
    "Soy Mexicano, hablo poco inglés",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", NOT_NAMES)
def test_a_nationality_or_a_place_is_no_name(value: str, mode: str) -> None:
    assert "name" not in kinds(value, mode)


#: A religion said of oneself: a sensitive disclosure, and no name.
RELIGIONS = [
    "I'm Jewish, so kosher meals please",
    "I'm Muslim, so halal only",
    "I'm Catholic and need Sunday off",
    "I'm Hindu, no beef please",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", RELIGIONS)
def test_a_religion_is_a_disclosure_not_a_name(value: str, mode: str) -> None:
    found = kinds(value, mode)
    assert "name" not in found
    assert "sensitive" in found


#: A name after "I'm" still is one.
NAMES = ["I'm Odile Brancart, calling about my order", "I'm Teodor Vasquelin"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", NAMES)
def test_a_name_after_im_still_is_one(value: str, mode: str) -> None:
    assert "name" in kinds(value, mode)


#: A phone-shaped value under a key naming an order's, a booking's or a case's number.
REFERENCE_KEYS = {
    "order.number": "273-918-4460",
    "booking.confirmation_code": "(031) 664-2187",
    "reservation_id": "415 882 0937",
    "shipment.tracking_no": "0612 448 903",
    "pedido.numero": "912 334 781",
    "claim.number": "020 8812 4471",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), REFERENCE_KEYS.items())
def test_a_phone_shaped_reference_under_its_key_is_no_phone(
    key: str, value: str, mode: str
) -> None:
    assert "phone" not in kinds(value, mode, key=key)


#: The caller's number in an order still is one.
ORDER_PHONES = {
    "order.customer.phone": "020 7946 0318",
    "booking.contact_number": "+1 415 555 0142",
    "order.notes": "please call me on +44 7700 900 277 when outside",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), ORDER_PHONES.items())
def test_a_phone_under_an_order_key_still_is_one(key: str, value: str, mode: str) -> None:
    assert "phone" in kinds(value, mode, key=key)


#: A number after a card's or a document's name: a card or an identity number, no phone.
CARD_LABELLED = [
    "mera card number 42101-5583920-7 hai",
    "card no. 61101-2290448-3",
    "número de tarjeta 0412 5518 90",
    "numéro de carte 0623 118 447",
    "Kartennummer 0171 5529 384",
    "document number 3520 4418 9027",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", CARD_LABELLED)
def test_a_number_after_a_card_name_is_no_phone(value: str, mode: str) -> None:
    assert "phone" not in kinds(value, mode)


#: A code read out or written after its name, or the digits ending a mixed tracking code.
CODES = [
    "the code is 4 7 1 9 2 2 8 3 0 5",
    "your verification code is 3 3 8 1 0 6 2 9 4 7",
    "el código es 6 1 8 8 2 0 4 3 9 1",
    "le code est 2 9 4 4 1 7 3 0 8 6",
    "tracking 1Z 842 BX7 0311 8820 46",
    "order AB-77 0412 8891 330",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", CODES)
def test_a_code_is_no_phone(value: str, mode: str) -> None:
    assert "phone" not in kinds(value, mode)


#: An area code is a phone number's first part: the number after it still is one.
AREA_CODES = ["area code 020 7946 0381", "the area code is +44 20 7946 0527"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", AREA_CODES)
def test_a_number_after_an_area_code_still_is_a_phone(value: str, mode: str) -> None:
    assert "phone" in kinds(value, mode)


#: A tool result listing goods: a ``name`` beside a price or a stock count is an item's.
ITEM_RESULTS = [
    '{"items":[{"name":"Bianca Rustica","price":10.5},{"name":"Verde Lucia","price":12}]}',
    '{"menu":[{"name":"Tarta Rosalía","precio":4.2,"categoria":"postres"}]}',
    '{"products":[{"sku":"KX-22","name":"Montana Grey","qty":3}]}',
    '{"name":"Porto Velho Reserva","prix":18.9,"stock":4}',
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ITEM_RESULTS)
def test_an_item_name_in_a_tool_result_is_no_name(value: str, mode: str) -> None:
    assert "name" not in kinds(value, mode, key="gen_ai.tool.call.result")


#: A person's name in a tool payload still is one.
PERSON_RESULTS = [
    '{"name":"Odile Brancart","party_size":4}',
    '{"booking":{"name":"Teodor Vasquelin","time":"19:30"}}',
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", PERSON_RESULTS)
def test_a_person_in_a_tool_payload_still_is_a_name(value: str, mode: str) -> None:
    assert "name" in kinds(value, mode, key="gen_ai.tool.call.arguments")


#: A customer's, a member's or a case's number with its name: the business's reference.
CUSTOMER_NUMBERS = [
    "your customer number is 0552 3817 904",
    "member number 0552 3817 904",
    "Ihre Kundennummer ist 0552 3817 904",
    "Aktenzeichen 0552 3817 904",
    "número de cliente 0552 3817 904",
    "numéro client 0552 3817 904",
    "réf 5529 318 046",
    "riferimento 4406 5521 3307",
    "número de protocolo 2025 0817 3346",
    "PNR 0552 3817 904",
    "el número de cliente es cinco tres uno ocho dos nueve cuatro siete",
    "meine Kundennummer ist fünf drei eins acht zwei neun vier sieben",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", CUSTOMER_NUMBERS)
def test_a_customer_number_is_no_phone(value: str, mode: str) -> None:
    assert "phone" not in kinds(value, mode)


#: A document's name and a number's abbreviation: no name said alone.
ABBREVIATED = ["Rechnung Nr. 4471 0082", "Factura Nr. 2025-114", "Auftrag Nr. 88213"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ABBREVIATED)
def test_a_number_abbreviation_is_no_name(value: str, mode: str) -> None:
    assert "name" not in kinds(value, mode)
