"""National identifiers, bank accounts and cards in their less common forms.

Every number here is invented: random digits completed with python-stdnum's own check
digit (``test_the_invented_numbers_are_valid`` proves each one passes its check), so the
detector sees what a real one looks like without anyone's real number.
"""

from __future__ import annotations

import json

import pytest
from _builders import span
from stdnum.util import get_cc_module

from pytest_patter_trace.checks.pii import PiiFinding, find_pii

#: Invented identifiers that pass their country's check: stdnum module -> number.
NUMBERS = {
    "gb.nhs": "4580703294",
    "au.tfn": "459688783",
    "ca.sin": "115296303",
    "cl.rut": "166408776",
    "fi.hetu": "010904-302N",
    "fr.nir": "297276249270076",
    "gr.amka": "03030699700",
    "jp.in_": "495215470082",
    "kr.rrn": "8602161946018",
    "no.fodselsnummer": "10037298684",
    "ro.cnp": "2501117397314",
    "ru.inn": "714373928771",
    "tr.tckimlik": "34903590092",
    "za.idnr": "8703166541004",
    "cn.ric": "110101198209183623",
    "il.idnr": "445097702",
    "de.idnr": "79813592606",
    "be.nn": "95011620853",
    "pl.pesel": "54051473313",
    "nl.bsn": "030483062",
    "es.dni": "60933672W",
    "in.aadhaar": "466217069299",
    "us.rtn": "065231283",
}
N = NUMBERS


def findings(key: str, value: object, *, content: str = "allow") -> list[PiiFinding]:
    return find_pii([span("getpatter.call", 2, attributes={key: value})], content=content)


def kinds(key: str, value: object, *, content: str = "allow") -> set[str]:
    return {f.kind for f in findings(key, value, content=content)}


def test_the_invented_numbers_are_valid() -> None:
    for name, number in NUMBERS.items():
        cc, _, module = name.partition(".")
        checker = get_cc_module(cc, module)
        assert checker is not None, name
        assert checker.is_valid(number), name


NAMED_IN_TEXT = {
    "au_tfn": f"my tax file number is {N['au.tfn']}",
    "be_nn": f"mijn rijksregisternummer is {N['be.nn']}",
    "ca_sin_spaced": f"SIN is {N['ca.sin'][:3]} {N['ca.sin'][3:6]} {N['ca.sin'][6:]}",
    "cl_rut_dotted": "mi RUT es el 16.640.877-6",
    "de_steuer_id": f"meine Steuer-ID lautet {N['de.idnr']}",
    "fi_hetu_inflected": f"henkilötunnukseni on {N['fi.hetu']}",
    "fr_nir_secu": f"mon numéro de sécu c'est le {N['fr.nir']}",
    "gr_amka": f"ο ΑΜΚΑ μου είναι {N['gr.amka']}",
    "jp_my_number": f"マイナンバーは{N['jp.in_']}です",
    "kr_rrn_dashed": f"주민번호는 {N['kr.rrn'][:6]}-{N['kr.rrn'][6:]}입니다",
    "no_fnr_definite": f"fødselsnummeret mitt er {N['no.fodselsnummer']}",
    "ro_cnp": f"CNP-ul meu este {N['ro.cnp']}",
    "ru_inn": f"мой ИНН {N['ru.inn']}",
    "tr_kimlik": f"TC kimlik numaram {N['tr.tckimlik']}",
    "za_id_number": f"my ID number is {N['za.idnr']}",
    "cn_ric": f"我的身份证号码是{N['cn.ric']}",
    "il_zehut": f"מספר זהות שלי {N['il.idnr']}",
    "in_aadhaar_hindi_grouped": (
        f"मेरा आधार नंबर {N['in.aadhaar'][:4]} {N['in.aadhaar'][4:8]} {N['in.aadhaar'][8:]} है"
    ),
    "gb_nhs_grouped": f"NHS number {N['gb.nhs'][:3]} {N['gb.nhs'][3:6]} {N['gb.nhs'][6:]}",
    "after_the_number": f"{N['pl.pesel']} is my PESEL",
    "fullwidth_digits": "マイナンバーは"
    + N["jp.in_"].translate(str.maketrans("0123456789", "０１２３４５６７８９")),
}


@pytest.mark.parametrize("text", list(NAMED_IN_TEXT.values()), ids=list(NAMED_IN_TEXT))
def test_an_identifier_named_in_the_callers_language_is_found(text: str) -> None:
    # Found the same in both modes, and never as a phone number (the word says what it is).
    assert kinds("stt.transcript", text) == {"national_id"}
    assert kinds("stt.transcript", text, content="forbid") == {"national_id", "free_text"}


DOCUMENT_PAYLOADS = {
    "gb_nhs_grouped": ("nhs", f"{N['gb.nhs'][:3]} {N['gb.nhs'][3:6]} {N['gb.nhs'][6:]}"),
    "cn_ric": ("ric", N["cn.ric"]),
    "il_id": ("id", N["il.idnr"]),
}


@pytest.mark.parametrize(
    ("doc_type", "number"), list(DOCUMENT_PAYLOADS.values()), ids=list(DOCUMENT_PAYLOADS)
)
def test_a_document_number_in_tool_arguments_is_an_identifier_not_a_phone(
    doc_type: str, number: str
) -> None:
    payload = json.dumps({"document_type": doc_type, "document_number": number})
    assert kinds("gen_ai.tool.call.arguments", payload) == {"national_id"}


KEYED = {
    "nhs_number": ("patient.nhs_number", N["gb.nhs"]),
    "dni_letter_last": ("cliente.dni", N["es.dni"]),
    "tax_id_any_country": ("customer.tax_id", N["pl.pesel"]),
    "kimlik_key": ("musteri.tc_kimlik_no", N["tr.tckimlik"]),
}


@pytest.mark.parametrize(("key", "value"), list(KEYED.values()), ids=list(KEYED))
def test_a_value_under_a_key_naming_an_identifier_is_one(key: str, value: str) -> None:
    assert kinds(key, value) == {"national_id"}


def test_a_word_that_is_another_word_in_lower_case_names_no_identifier() -> None:
    # "sin" is Spanish for "without": a number after it stays whatever else it is.
    text = f"lo quiero sin cambios, referencia {N['ca.sin']}"
    assert "national_id" not in kinds("stt.transcript", text)


def test_a_word_names_the_number_next_to_it_not_one_further_on() -> None:
    text = f"my PESEL is {N['pl.pesel']} and you can call me on +44 7700 900123"
    found = kinds("stt.transcript", text)
    assert found == {"national_id", "phone"}


def test_an_identifier_is_masked_to_a_fixed_width() -> None:
    (finding,) = findings("stt.transcript", f"my tax file number is {N['au.tfn']}")
    assert N["au.tfn"] not in finding.masked
    assert not any(ch.isdigit() for ch in finding.masked)


# -- bank accounts ----------------------------------------------------------------------

BANK_TEXT = {
    "us_aba_spaced_account": f"it's checking, ABA {N['us.rtn']} and the account is 4417 2290 31",
    "gb_sort_code": "sort code 40-11-62, account number 71844205",
    "au_bsb": "BSB 062-914, account 503318772",
    "ca_transit": "transit 13052, institution 004, account 6620481",
}


@pytest.mark.parametrize("text", list(BANK_TEXT.values()), ids=list(BANK_TEXT))
def test_a_bank_code_with_an_account_number_is_a_bank_account(text: str) -> None:
    assert kinds("lk.user_input", text) == {"bank_account"}


def test_bank_details_in_tool_arguments_are_a_bank_account() -> None:
    us = json.dumps({"routing_number": N["us.rtn"], "account_number": "551902837716"})
    india = json.dumps({"ifsc": "QWER0A12B34", "account_no": "30418822907615"})
    assert kinds("gen_ai.tool.call.arguments", us) == {"bank_account"}
    assert kinds("gen_ai.tool.call.arguments", india) == {"bank_account"}


def test_a_value_under_a_bank_account_key_is_one() -> None:
    assert kinds("payout.bank_account", f"{N['us.rtn']}/55190283771") == {"bank_account"}


def test_a_bank_code_alone_names_a_bank_not_an_account() -> None:
    assert "bank_account" not in kinds("lk.user_input", f"our routing number is {N['us.rtn']}")
    assert kinds("bank.routing_number", N["us.rtn"]) == set()


# -- cards --------------------------------------------------------------------------------

VISA = "4459974692374055"
AMEX = "370451439663532"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")

CARDS = {
    "underscores": "_".join(VISA[i : i + 4] for i in range(0, 16, 4)),
    "slashes": "la carte : " + "/".join(VISA[i : i + 4] for i in range(0, 16, 4)),
    "en_dash": "número " + "\u2013".join(VISA[i : i + 4] for i in range(0, 16, 4)),
    "fullwidth_in_japanese": "カード番号は"
    + " ".join(VISA[i : i + 4] for i in range(0, 16, 4)).translate(FULLWIDTH)
    + "です",
    "digit_by_digit_figures": "it's " + " ".join(VISA),
}


@pytest.mark.parametrize("text", list(CARDS.values()), ids=list(CARDS))
def test_a_card_in_an_odd_format_is_a_card(text: str) -> None:
    assert kinds("llm.input_messages.1.message.content", text) == {"card"}


def test_a_fifteen_digit_card_read_out_in_words_is_a_card_not_a_phone() -> None:
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    spoken = " ".join(words[int(d)] for d in AMEX)
    assert kinds("lk.user_input", spoken) == {"card"}


def test_a_lower_case_iban_is_an_iban() -> None:
    assert kinds("stt.transcript", "my iban is nl21 abna 0591 8247 30") == {"iban"}


@pytest.mark.parametrize("key", ["invoice.number", "shipment.tracking_number"])
def test_a_luhn_valid_reference_number_is_no_card(key: str) -> None:
    assert kinds(key, VISA) == set()


def test_a_card_under_a_reference_key_still_counts_inside_text() -> None:
    assert kinds("order.item.note", f"charge card {VISA} please") == {"card"}


def test_a_reference_shaped_like_an_identifier_is_no_identifier() -> None:
    assert kinds("order.reference", "PH582914C") == set()


def test_digits_of_any_script_read_as_ascii_keep_their_offsets() -> None:
    from pytest_patter_trace.core._pii import ids

    text = "٠١٢ ３４５ 6789"
    assert ids._plain_digits(text) == "012 345 6789"
    assert len(ids._plain_digits(text)) == len(text)


@pytest.mark.parametrize("key", ["tarjeta.numero", "card.number", "karte.nummer"])
def test_the_number_of_a_card_key_is_a_card_even_from_an_issuer_not_listed(key: str) -> None:
    # 3590 is just outside JCB's listed range: under a key naming a card, Luhn decides.
    assert kinds(key, "3590004471236556") == {"card"}


def test_a_finnish_identity_code_with_its_century_letter_is_found() -> None:
    # Born in the 2000s: the letter A between date and number, where the 1900s have "-".
    assert kinds("stt.transcript", "henkilötunnus 010904A302N") == {"national_id"}


# -- what stays clean ---------------------------------------------------------------------

NOT_AN_IDENTIFIER = {
    "order_id_number": ("stt.transcript", f"your order ID number is {N['nl.bsn']}"),
    "placeholder_under_id_key": ("patient.nhs_number", "0000000000"),
    "card_inside_a_token": ("llm.input_messages.1.message.content", "tok_4459_9746_9237_4055"),
    "institution_without_transit": ("lk.user_input", "institution 004, account 6620481"),
}


@pytest.mark.parametrize(
    ("key", "value"), list(NOT_AN_IDENTIFIER.values()), ids=list(NOT_AN_IDENTIFIER)
)
def test_numbers_that_are_no_ones_identifier_stay_clean(key: str, value: str) -> None:
    assert kinds(key, value) & {"national_id", "card", "bank_account"} == set()


def test_a_phone_number_read_out_with_its_country_code_stays_a_phone() -> None:
    # 13 digits, Luhn-valid, starting with 4: the length of an old Visa card, but said as
    # a German number is (country code 49, then the number).
    words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
    spoken = "call me on " + " ".join(words[int(d)] for d in "4915170123454")
    assert kinds("lk.user_input", spoken) == {"phone"}


def test_a_date_after_a_word_naming_an_identifier_is_no_identifier() -> None:
    # Read as digits, both dates pass some country's check; written as dates, they are dates.
    for text in (
        "ID number or birth date: 1990-01-03, order 55512345",
        "ID number? 04.01.1990 ref 55512345",
    ):
        assert "national_id" not in kinds("stt.transcript", text)


def test_japans_my_number_is_named_in_title_case_a_phone_otherwise() -> None:
    grouped = f"{N['jp.in_'][:4]} {N['jp.in_'][4:8]} {N['jp.in_'][8:]}"
    assert kinds("stt.transcript", f"My Number {grouped}") == {"national_id"}
    assert "national_id" not in kinds("stt.transcript", f"my number is {grouped}")


def test_a_short_name_written_as_a_json_key_names_its_value() -> None:
    payload = json.dumps({"sin": N["ca.sin"]})
    assert kinds("gen_ai.tool.call.arguments", payload) == {"national_id"}


def test_a_grouping_with_no_long_run_of_digits_is_still_read() -> None:
    # A Belgian national number as printed on the card: no run of more than three digits.
    nn = N["be.nn"]
    text = f"rijksregisternummer {nn[:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:]}"
    assert kinds("stt.transcript", text) == {"national_id"}


IBAN = "NL21ABNA0591824730"  # invented: the bank code of the registry's example, own digits
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize(
    "text",
    [
        "my IBAN is " + "-".join(IBAN[i : i + 4] for i in range(0, 18, 4)),
        "IBAN " + ".".join(IBAN[i : i + 4] for i in range(0, 18, 4)),
        "iban: " + " ".join(IBAN[i : i + 4].title() for i in range(0, 18, 4)),
    ],
    ids=["dashes", "dots", "title_case"],
)
def test_an_iban_split_by_dashes_or_dots_or_in_title_case_is_an_iban(text: str) -> None:
    assert kinds("stt.transcript", text) == {"iban"}


@pytest.mark.parametrize(
    "text",
    [
        "card: " + " - ".join(VISA[i : i + 4] for i in range(0, 16, 4)),
        "卡号是" + VISA,
        "رقم البطاقة " + " ".join(VISA[i : i + 4] for i in range(0, 16, 4)).translate(ARABIC_INDIC),
    ],
    ids=["spaced_dashes", "unseparated_in_chinese", "arabic_indic_digits"],
)
def test_more_card_formats_are_cards(text: str) -> None:
    assert kinds("llm.input_messages.1.message.content", text) == {"card"}


def test_a_personal_number_in_english_is_a_phone_number() -> None:
    # "my personal number" is how callers give their own line, not an identifier.
    # 07700 900003 passes some country's 11-digit check: only a name for one would count.
    found = kinds("stt.transcript", "my personal number is 07700 900003")
    assert "national_id" not in found
