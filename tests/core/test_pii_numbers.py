"""Cards, bank accounts and national identifiers as callers say and write them.

Cards with any repeated separator, cards read out in the number words of many languages
(digits one by one, or in pairs: "forty two", "zweiundvierzig"), bank accounts led in by
words of many languages with a branch or bank code, and identifiers named in more
languages. Every number is invented: random digits completed with their check digit
(``test_the_invented_numbers_are_valid``). Both content modes find the same personal data.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as kinds
from stdnum import luhn
from stdnum.util import get_cc_module

#: Invented card numbers, Luhn-valid, of real issuer prefixes and lengths.
VISA = "4914585630740774"
MASTERCARD = "5152684633214263"
AMEX = "375807032948882"
DISCOVER = "6011834813718117"
VISA_2 = "4614767620029003"
#: Invented identifiers that pass their module's check: stdnum module -> number.
IDS = {"il.idnr": "920773264", "ua.rntrc": "4383154956", "za.idnr": "8703166541004",
       "mx.curp": "PEMJ920714MDFRRN04", "mx.rfc": "LUVA910203KT5",
       "it.codicefiscale": "VRDLCU77C12F205Y", "in_.pan": "BQRPT4821K"}  # fmt: skip

MODES = ("allow", "forbid")


def test_the_invented_numbers_are_valid() -> None:
    for card in (VISA, MASTERCARD, AMEX, DISCOVER, VISA_2):
        assert luhn.is_valid(card), card
    for name, number in IDS.items():
        cc, _, module = name.partition(".")
        checker = get_cc_module(cc, module)
        assert checker is not None, name
        assert checker.is_valid(number), name


def grouped(number: str, sep: str, sizes: tuple[int, ...] = (4, 4, 4, 4)) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at : at + size])
        at += size
    return sep.join(parts)


# -- cards with odd separators -------------------------------------------------------

ASCII, FULL_WIDTH, ARABIC_INDIC = "0123456789", "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩"
ODD_CARDS = [
    f"card number {grouped(VISA, '~')} expires soon",
    f"Kartennummer {grouped(MASTERCARD, ' · ')}, gültig bis März",
    f"kart no {grouped(AMEX, '.', (4, 6, 5))}",
    f"numéro de carte {grouped(DISCOVER, ' • ')}",
    f"mi tarjeta es {grouped(VISA_2, '*')} gracias",
    f"カード番号は{grouped(VISA, '～')}です",
    f"kartu saya {grouped(MASTERCARD, ' | ')} ya",
    f"номер карты {grouped(VISA_2, ':')}",
    "the card: " + grouped(DISCOVER, "\u202f"),
    "カード番号は" + grouped(VISA.translate(str.maketrans(ASCII, FULL_WIDTH)), "\uff0d"),
    "رقم البطاقة " + grouped(VISA_2.translate(str.maketrans(ASCII, ARABIC_INDIC)), "~"),
    f"numer karty {grouped(AMEX, '=', (4, 6, 5))}",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", ODD_CARDS)
def test_a_card_with_any_repeated_separator_is_found(text: str, mode: str) -> None:
    assert "card" in kinds("transcript", text, mode)


NOT_CARDS = [
    # Luhn-valid digits that are no card: mixed separators, a clock, an id, a version.
    f"order {VISA[:4]}~{VISA[4:8]}.{VISA[8:12]}/{VISA[12:]} shipped",
    f"build {grouped(VISA, ':', (4, 4, 4, 4))} is the commit count",
    "meeting 2026~0312~1400~1530 moved",
    "tracking 1Z99~9999~9999~9999 in transit",
    f"order id {grouped(VISA, '~')} shipped",
    f"tracking number {grouped(DISCOVER, ' · ')} out for delivery",
]


@pytest.mark.parametrize("text", NOT_CARDS)
def test_numbers_that_are_no_card_stay_clean(text: str) -> None:
    if text.startswith("build"):
        # Under an id key a Luhn-valid number is an identifier, whatever its separator.
        assert "card" not in kinds("build.id", text[6:25], "allow")
        return
    assert "card" not in kinds("order.note", text, "allow")


# -- cards read out in words ---------------------------------------------------------

#: Digit words per language, 0..9 (the test's own table).
WORDS = {
    "en": "oh one two three four five six seven eight nine",
    "id": "nol satu dua tiga empat lima enam tujuh delapan sembilan",
    "hi": "शून्य एक दो तीन चार पांच छह सात आठ नौ",
    "ru": "ноль один два три четыре пять шесть семь восемь девять",
    "uk": "нуль один два три чотири п'ять шість сім вісім дев'ять",
    "vi": "không một hai ba bốn năm sáu bảy tám chín",
    "ar": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע",
    "sw": "sifuri moja mbili tatu nne tano sita saba nane tisa",
    "tl": "zero isa dalawa tatlo apat lima anim pito walo siyam",
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα",
    "hu": "nulla egy kettő három négy öt hat hét nyolc kilenc",
    "ro": "zero unu doi trei patru cinci șase șapte opt nouă",
}
LEAD = {
    "en": "the card's long number,",
    "id": "nomor kartunya",
    "hi": "मेरा कार्ड नंबर",
    "ru": "номер карты",
    "uk": "номер картки",
    "vi": "số thẻ của tôi là",
    "ar": "رقم البطاقة",
    "he": "מספר הכרטיס",
    "sw": "nambari ya kadi",
    "tl": "ang card number ko ay",
    "el": "ο αριθμός της κάρτας",
    "hu": "a kártyaszámom",
    "ro": "numărul cardului",
}


def say(number: str, lang: str) -> str:
    words = WORDS[lang].split()
    return " ".join(words[int(d)] for d in number)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("lang", sorted(WORDS))
def test_a_card_read_digit_by_digit_in_words_is_found(lang: str, mode: str) -> None:
    text = f"{LEAD[lang]} {say(VISA, lang)}"
    assert "card" in kinds("transcript", text, mode)


#: Cards read in pairs and groups, as people do ("forty two forty two").
GROUP_READINGS = [
    # 4914 5856 3074 0774
    "my card is forty nine fourteen, fifty eight fifty six, thirty seventy four,"
    " oh seven seventy four",
    "meine Karte neunundvierzig vierzehn achtundfünfzig sechsundfünfzig dreißig"
    " vierundsiebzig null sieben vierundsiebzig",
    "ma carte quarante-neuf quatorze cinquante-huit cinquante-six trente"
    " soixante-quatorze zéro sept soixante-quatorze",
    "mi tarjeta cuarenta y nueve catorce cincuenta y ocho cincuenta y seis treinta"
    " setenta y cuatro cero siete setenta y cuatro",
    "la mia carta quarantanove quattordici cinquantotto cinquantasei trenta"
    " settantaquattro zero sette settantaquattro",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", GROUP_READINGS)
def test_a_card_read_in_pairs_is_found(text: str, mode: str) -> None:
    assert "card" in kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_card_read_out_inside_a_long_transcript_is_found(mode: str) -> None:
    filler = "baik, saya cek dulu ya, mohon ditunggu sebentar. " * 12
    text = f"{filler}nomor kartunya {say(VISA, 'id')}. {filler}"
    assert len(text) > 1000
    assert "card" in kinds("transcript", text, mode)


def _cjk(number: str, digits: str) -> str:
    return "".join(digits[int(d)] for d in number)


THAI_WORDS = ("ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า")
CJK_READINGS = [
    f"卡号是{_cjk(VISA, '零一二三四五六七八九')}",
    f"カード番号は{_cjk(MASTERCARD, '〇一二三四五六七八九')}です",
    f"카드 번호는 {' '.join(_cjk(VISA_2, '공일이삼사오육칠팔구'))}입니다",
    "หมายเลขบัตร "
    + _cjk(VISA, "0123456789").translate(
        str.maketrans(dict(zip("0123456789", "๐๑๒๓๔๕๖๗๘๙", strict=True)))
    ),
    "หมายเลขบัตร "
    + "".join(
        ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"][int(d)]
        for d in MASTERCARD
    ),
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", CJK_READINGS)
def test_a_card_in_cjk_or_thai_numerals_is_found(text: str, mode: str) -> None:
    assert "card" in kinds("transcript", text, mode)


CLEAN_SPEECH = [
    "saya mau pesan dua tiga porsi untuk lima orang besok jam tujuh",
    "i'd like two three-bedroom units and one studio, forty two square metres",
    "wir sind zweiundvierzig Leute, vielleicht dreißig, am ersten Mai",
    "nous serons quarante-deux ou cinquante, le douze mars",
    "我们三个人，明天下午三点，一共两间房",
    "一二三四五六七八九十、いっしょに数えましょう",
    "hai ba người, năm giờ chiều mai, cảm ơn",
    "mbili au tatu, saa nane mchana",
    "the meeting moved to twelve thirty, twenty twenty six plans are due",
    "we sold twenty five, thirty, forty units in nineteen ninety nine",
    "somos cuarenta y dos personas, mesa para las nueve y media",
    "Lieferung am dreiundzwanzigsten, zweiundvierzig Kartons, neunzehn Paletten",
    "one two three four five six seven eight nine ten, ready or not",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", CLEAN_SPEECH)
def test_number_words_in_plain_speech_are_no_card_or_phone(text: str, mode: str) -> None:
    assert not kinds("transcript", text, mode) & {"card", "phone", "bank_account"}


# -- bank accounts -------------------------------------------------------------------

BANK_TEXTS = [
    "IFSC कोड HDFC0001234 और खाता संख्या 50100234567812",
    "मेरा खाता नंबर 31245678901 है, IFSC SBIN0012345",
    "支店番号412、口座番号7654321です",
    "銀行コード0009 支店コード123 普通口座 1234567",
    "开户行行号 102100099996，银行账号 6222 0212 3456 7891",
    "은행 지점코드 123, 계좌번호 110-234-567890 입니다",
    "routing number 021000021 and account 000123456789",
    "agência 1234, conta corrente 56789-0",
    "BLZ 20041133 Kontonummer 4711223344",
    "sort code 20-00-00 account number 55779911",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", BANK_TEXTS)
def test_a_bank_account_with_its_code_is_found(text: str, mode: str) -> None:
    assert "bank_account" in kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_self_checking_account_is_found_by_its_name(mode: str) -> None:
    cbu = get_cc_module("ar", "cbu")
    assert cbu is not None
    body = "2850590940090418135201"
    assert cbu.is_valid(body)
    assert "bank_account" in kinds("transcript", f"mi CBU es {body}", mode)


SELF_CHECKING = [
    "numer konta 75 3416 7211 0684 0388 5421 4304",
    "mi cuenta CLABE es 002180012345678906",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", SELF_CHECKING)
def test_a_national_account_number_is_found_by_its_check(text: str, mode: str) -> None:
    assert "bank_account" in kinds("transcript", text, mode)


@pytest.mark.parametrize(
    "text", ["numer konta 75 3416 7211 0684 0388 5421 4305", "CLABE 002180012345678907"]
)
def test_a_national_account_number_whose_check_fails_is_no_account(text: str) -> None:
    assert "bank_account" not in kinds("transcript", text, "allow")


BANK_CLEAN = [
    "branch 412 opens at nine; your order 7654321 ships today",
    "支店は412番、注文番号7654321です",
    "account 12345678 was created on the portal",
    "the IFSC list changed in 2024",
]


@pytest.mark.parametrize("text", BANK_CLEAN)
def test_numbers_near_bank_words_alone_stay_clean(text: str) -> None:
    assert "bank_account" not in kinds("transcript", text, "allow")


# -- national identifiers ------------------------------------------------------------

ID_TEXTS = [
    f"מספר תעודת הזהות שלי {IDS['il.idnr']}",
    f'ת"ז {IDS["il.idnr"]}',
    f"мій ідентифікаційний код {IDS['ua.rntrc']}",
    f"ідентифікаційний номер: {IDS['ua.rntrc']}",
    f"идентификационный код {IDS['ua.rntrc']}",
    f"my South African ID number is {IDS['za.idnr']}",
    f"رقم الهوية الخاص بي {IDS['il.idnr']}",
    f"số căn cước của tôi là {IDS['il.idnr']}",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", ID_TEXTS)
def test_an_identifier_named_in_more_languages_is_found(text: str, mode: str) -> None:
    assert "national_id" in kinds("transcript", text, mode)


ID_CLEAN = [
    "ідентифікаційний код замовлення 4383154957",
    "order id 4383154956 shipped",
    "מספר ההזמנה שלי 920773265",
]


@pytest.mark.parametrize("text", ID_CLEAN)
def test_numbers_that_fail_the_check_or_name_an_order_stay_clean(text: str) -> None:
    assert "national_id" not in kinds("transcript", text, "allow")


SPOKEN_IDS = [
    f"מספר תעודת הזהות שלי {say(IDS['il.idnr'], 'he')}",
    f"мій ідентифікаційний код {say(IDS['ua.rntrc'], 'uk')}",
    f"رقم الهوية {say(IDS['il.idnr'], 'ar')}",
    f"my teudat zehut is {say(IDS['il.idnr'], 'en')}",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", SPOKEN_IDS)
def test_an_identifier_read_out_in_words_is_one(text: str, mode: str) -> None:
    found = kinds("transcript", text, mode)
    assert "national_id" in found
    assert "phone" not in found


BANK_KEYS = ["kunde.kontonummer", "cliente.cuenta_bancaria", "顧客.口座番号", "고객.계좌번호",
             "client.numero_de_compte", "klant.rekeningnummer"]  # fmt: skip


@pytest.mark.parametrize("key", BANK_KEYS)
def test_a_value_under_a_bank_account_key_of_any_language_is_one(key: str) -> None:
    assert "bank_account" in kinds(key, "0012 3456 7890", "allow")


LETTER_LED = [
    "mi RFC es luva910203kt5, gracias",
    "mi RFC es LUVA 910203 KT5",
    "curp pemj 920714 mdfrrn 04 por favor",
    "il mio codice fiscale è vrdlcu 77c12 f205y",
    "my PAN card is bqrpt 4821 k",
]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", LETTER_LED)
def test_a_letter_led_identifier_in_lower_case_or_groups_is_found(text: str, mode: str) -> None:
    assert "national_id" in kinds("transcript", text, mode)


@pytest.mark.parametrize(
    "text", ["order ABC 123456 shipped", "flight LUV 910203 to Rome", "rfc 2119 says MUST"]
)
def test_letters_then_digits_without_a_naming_word_stay_clean(text: str) -> None:
    assert "national_id" not in kinds("transcript", text, "allow")
