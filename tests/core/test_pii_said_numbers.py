"""Phone numbers and national identifiers a caller says with words around them.

A phone number grouped as its country groups it, after the words for "my number" or
"phone" in the caller's language (Latvian, Faroese, Mongolian, Somali, Tigrinya, Tibetan,
Singapore English...): the language says whose numbering plan it is. An identifier after
the word naming it in the caller's language (Aadhaar in Odia, Malayalam, Kannada,
Gujarati; Pakistan's CNIC in Sindhi; Latvia's personal code; South Africa's ID in Xhosa
and Zulu), checked by python-stdnum: an identifier, never a phone. Every number here is
invented (and passes its check where one exists).
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")


def _chat(text: str) -> str:
    return json.dumps([{"role": "user", "content": text}], ensure_ascii=False)


PHONES = {
    "lv": "Mans numurs ir 26 458 913.",
    "lv_phone": "Mans tālruņa numurs ir 29 813 440, zvaniet vakarā.",
    "fo": "Nummarið hjá mær er 52 47 18.",
    "fo_phone": "Telefonnummarið hjá mær er 23 22 18.",
    "mn": "Миний дугаар 9911 4827.",
    "mn_phone": "Миний утасны дугаар 8816 2093 шүү.",
    "so": "Lambarkaygu waa 61 5123456.",
    "so_phone": "Taleefankaygu waa 90 7654321, fadlan ii soo wac.",
    "ti": "ቁጽሪ ተሌፎነይ 07 234 518 እዩ።",
    "am": "የስልክ ቁጥሬ 0911 234 567 ነው።",
    "bo": "ངའི་ཁ་པར་ཨང་གྲངས་ནི་138 2745 9061རེད།",
    "sg": "You can call me at 9182 6634 lah.",
    "sg_whatsapp": "Whatsapp me at 8723 1906 can?",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(PHONES.values()), ids=list(PHONES))
def test_a_local_number_said_with_its_words_is_a_phone(text: str, mode: str) -> None:
    assert "phone" in _kinds("transcript", text, mode)


def test_a_local_number_in_a_chat_message_is_a_phone() -> None:
    assert "phone" in _kinds("gen_ai.input.messages", _chat("Mans numurs ir 26 458 913."), "forbid")


NOT_PHONES = {
    "lv_order": "Pasūtījuma numurs ir 26 458 913.",
    "mn_amount": "Үнэ нь 9911 4827 төгрөг.",
    "fo_date": "Fundurin er 21 12 29 klokkan 10.",
    "so_amount": "Lacagta waa 61 5123456 shilin.",
    "sg_amount": "The total is 9182 6634 dollars.",
    "ti_count": "ቁጽሪ ትኬት 07 234 518 እዩ።",
    # Dotted quads ending a sentence or a list item are addresses, never +1 numbers.
    "ip_list": "Blocked hosts: 23.81.140.57. 143.166.95.102. 204.61.88.19. Done.",
    "ip_sentence_end": "The resolver answered from 143.212.96.155.",
    "ip_chat": _chat("Allow-listed 187.31.209.64. Then 142.250.31.84. Thanks"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_PHONES.values()), ids=list(NOT_PHONES))
def test_a_number_without_phone_words_is_no_phone(text: str, mode: str) -> None:
    assert "phone" not in _kinds("transcript", text, mode)


IDS = {
    # Aadhaar in Indic scripts beside Hindi, Tamil, Bengali and Telugu.
    "or": "ମୋର ଆଧାର ନମ୍ବର 7260 1815 9082।",
    "ml": "എന്റെ ആധാർ നമ്പർ 5016 6131 8603 ആണ്.",
    "kn": "ನನ್ನ ಆಧಾರ್ ಸಂಖ್ಯೆ 3390 9960 3089.",
    "gu": "મારો આધાર નંબર 4462 8194 8213 છે.",
    "pa": "ਮੇਰਾ ਆਧਾਰ ਨੰਬਰ 5518 1909 3782 ਹੈ।",
    "as": "মোৰ আধাৰ নম্বৰ 8579 7543 2313।",
    # Pakistan's CNIC in Sindhi and Pashto, and named in English.
    "sd": "منهنجو شناختي ڪارڊ نمبر 63680-4856711-3 آهي.",
    "ps": "زما د شناختي کارډ شمېره 71901-7139703-5 ده.",
    "en_personal_id": "My personal ID number is 40869-2602553-8, please check it.",
    # Latvia's personal code, South Africa's ID in Xhosa, Zulu and Sotho.
    "lv": "Mans personas kods ir 011059-21590.",
    "lv_chat": _chat("Personas kods: 030456-07353."),
    "xh": "Inombolo yam yesazisi ngu 8605177574082.",
    "zu": "Inombolo kamazisi wami ngu 8802048625082.",
    "st": "Nomoro ya ka ya boitsebiso ke 5908140189084.",
    # A bare "ID" in capitals before a number whose check holds, in a handover note.
    "en_transfer_no": "Transferring Ms Vale about her pension, ID 04078172326 is confirmed.",
    "en_transfer_dk": "Caller verified, ID 140388-2716, wants the payroll team.",
    "en_transfer_ee": "Warm handover: Mr Soto, ID 47402125884 checked.",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(IDS.values()), ids=list(IDS))
def test_an_identifier_named_in_the_callers_language_is_found(text: str, mode: str) -> None:
    kinds = _kinds("transcript", text, mode)
    assert "national_id" in kinds
    assert "phone" not in kinds


SSNS = {
    "without_dashes": "It's 512436078 without dashes, that's my social security number.",
    "no_spaces": "The number is 623118254, no spaces, it's my social security number.",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(SSNS.values()), ids=list(SSNS))
def test_an_ssn_named_after_an_aside_is_found(text: str, mode: str) -> None:
    assert "ssn" in _kinds("transcript", text, mode)


NOT_IDS = {
    "ticket_id": "Ticket ID 04078172326 was closed yesterday.",
    "call_id": "Call ID 140388-2716 dropped after a minute.",
    "session_id": "Session ID 47402125884 expired.",
    "id_lower": "the id 04078172326 of the order",
    "aadhaar_bad": "ମୋର ଆଧାର ନମ୍ବର 1234 5678 9012।",
    "ssn_then_other": "It's 512436078 without dashes, that's the order number.",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_IDS.values()), ids=list(NOT_IDS))
def test_a_number_without_its_identifiers_word_is_no_identifier(text: str, mode: str) -> None:
    kinds = _kinds("transcript", text, mode)
    assert "national_id" not in kinds
    assert "ssn" not in kinds
