"""Numbers that are no one's phone: references read out, test lines, postcodes, other ids.

An order or booking number read back in any language and script, a provider's published
test number, a ZIP+4 postcode after a state's code, a code under a storage or product key,
and a number a word names as another identifier (a RUT, a NIN, an SSN) are not phone
numbers. Every value is invented. Both content modes give the same personal-data answer.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as kinds

MODES = ("allow", "forbid")
PERSONAL = {"phone", "card", "ssn", "national_id", "bank_account", "iban", "name"}

#: A business's reference read out digit by digit, after its name in many languages.
REFERENCES_READ_OUT = [
    "예약번호는 비 삼 칠 일 구 공 사예요",
    "주문 번호가 오 팔 이 일 사 칠 구입니다",
    "注文番号は四七二九一三八です",
    "予約番号は 三 八 一 五 七 二 六 です",
    "我的订单号是五三九二七一八",
    "订单编号 六 二 八 一 四 九 七",
    "номер заказа четыре семь два девять один три восемь",
    "номер бронирования пять один девять три семь два шесть",
    "nomor pesanan saya empat tujuh dua sembilan satu tiga delapan",
    "kode booking nya lima satu sembilan tiga tujuh dua enam",
    "mã đơn hàng là bốn bảy hai chín một ba tám",
    "sipariş numaram dört yedi iki dokuz bir üç sekiz",
    "رقم الطلب أربعة سبعة اثنان تسعة واحد ثلاثة ثمانية",
    "numer zamówienia cztery siedem dwa dziewięć jeden trzy osiem",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", REFERENCES_READ_OUT)
def test_a_reference_read_out_in_any_script_is_no_phone(value: str, mode: str) -> None:
    assert kinds("gen_ai.prompt.1.content", value, mode) & PERSONAL == set()


#: Numbers a provider publishes for tests (Twilio's magic numbers): given to the
#: provider's API to dial, they are no one's line.
PROVIDER_TEST_NUMBERS = ["+15005550006", "+1 500 555 0009", "+15005550001"]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", PROVIDER_TEST_NUMBERS)
@pytest.mark.parametrize("key", ["twilio.to", "twilio.from", "telnyx.to", "vonage.from"])
def test_a_provider_test_number_is_no_phone(key: str, value: str, mode: str) -> None:
    assert kinds(key, value, mode) == set()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("key", "value"),
    [("twilio.to", "+14155550132"), ("cliente.telefono", "+15005550006"),
     ("contact.phone", "+1 500 555 0009")],
)  # fmt: skip
def test_a_number_a_person_is_given_is_still_a_phone(key: str, value: str, mode: str) -> None:
    # Under a person's key a test number is what a test planted as someone's: a phone.
    assert kinds(key, value, mode) == {"phone"}


#: Codes of a warehouse, a shelf or a catalogue shaped like a UK NI number or an SSN.
STORAGE_CODES = [
    ("warehouse.bin", "KP 48 21 07 C"),
    ("inventory.location", "RT 19 44 02 A"),
    ("stock.shelf", "MW 73 05 61 D"),
    ("lager.fach", "HB 20 31 84 B"),
    ("almacen.ubicacion", "LC 11 62 90 A"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), STORAGE_CODES)
def test_a_storage_code_shaped_like_an_id_is_no_id(key: str, value: str, mode: str) -> None:
    assert kinds(key, value, mode) == set()


@pytest.mark.parametrize("mode", MODES)
def test_the_same_shape_under_a_person_key_is_an_id(mode: str) -> None:
    assert kinds("customer.ni_number", "KP 48 21 07 C", mode) == {"national_id"}


#: A US ZIP+4 or a Brazilian CEP after a state's code or a postcode's name: part of an
#: address, not a phone number.
ZIP_PLUS_FOUR = [
    "ship it to 4410 Alder Lane, Dayton, OH 45402-1187 please",
    "Calle Robles 88 Int. 4, Mexicali, BC 02144-3920",
    "mailing address 12 Birch Ct, Eugene, OR 97401-6622",
    "Rua das Flores 310, apto 4, São Paulo - SP, 04538-132",
    "meu CEP é 02145-090",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", ZIP_PLUS_FOUR)
def test_a_zip_plus_four_is_no_phone(value: str, mode: str) -> None:
    assert "phone" not in kinds("getpatter.stt.text", value, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_number_after_a_state_code_with_a_phone_word_is_a_phone(mode: str) -> None:
    assert "phone" in kinds("transcript", "call me at 06131 5520 in Mainz", mode)


#: A number a word names as another identifier: that identifier, not also a phone.
OTHER_IDS = [
    ("mi rut es 21.456.789-K", {"national_id"}),
    ("RUT 9.876.543-3 por favor", {"national_id"}),
    ("my nin is seven two nine one four zero five double eight three six", {"national_id"}),
    ("my NIN is 72914058836", {"national_id"}),
    ("ssn two eight seven six five four three two one", {"ssn"}),
    ("my social is two eight seven, six five, four three two one", {"ssn"}),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("value", "expected"), OTHER_IDS)
def test_a_number_named_as_an_id_is_that_id_only(value: str, expected: set[str], mode: str) -> None:
    assert kinds("lk.user_input", value, mode) & PERSONAL == expected


#: A business's own line under an organisation's key, in other languages.
ORG_LINES = [
    ("tienda.telefono", "+34 912 345 678"),
    ("empresa.telefone", "+55 11 3456-7890"),
    ("filiale.telefon", "+49 30 12345678"),
    ("magasin.telephone", "+33 1 42 68 53 00"),
    ("negozio.telefono", "+39 02 1234 5678"),
    ("sucursal.celular", "+52 55 1234 5678"),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "value"), ORG_LINES)
def test_a_business_line_under_an_org_key_is_no_phone(key: str, value: str, mode: str) -> None:
    assert kinds(key, value, mode) == set()


#: A code or a reference in text after its name, shaped like a UK NI number, and a
#: company's identifier: the business's. (A Luhn-valid number in a sentence stays a
#: card, as docs/pii.md says: only a reference key makes it a reference.)
CODES_IN_TEXT = [
    "we have 12 units in stock, sku KP 48 21 07 C",
    "order 5521 shipped to the warehouse bin RT 19 44 02 A",
    "kitambulisho cha kampuni 28471935",
    "la cédula de la empresa es 1023847561",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("value", CODES_IN_TEXT)
def test_a_code_after_its_name_is_no_id(value: str, mode: str) -> None:
    assert kinds("transcript", value, mode) & PERSONAL == set()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("value", "expected"),
    [("my NI number is KP 48 21 07 C", {"national_id"}),
     ("paid with 4111 1111 1111 1111 yesterday", {"card"})],
)  # fmt: skip
def test_the_same_shapes_said_as_a_person_s_are_found(
    value: str, expected: set[str], mode: str
) -> None:
    assert kinds("transcript", value, mode) & PERSONAL == expected
