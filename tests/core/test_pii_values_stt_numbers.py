"""Numbers as speech-to-text writes them: a card half in figures and half in words, a South
African ID number that is also a valid card number, the same number read in two STT
alternatives, a UK bank account with its sort code.

Every number is invented for these tests (test cards, check digits computed). A positive
is found with its kind in both content modes; a negative is not given that kind.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

#: Card numbers (Luhn-valid test numbers) told half in figures and half in words.
MIXED_CARDS = {
    "figures_then_words": "4111 1111 uh one one one one 1111",
    "words_in_middle": "card is 5555 5555 um five five five five 4444",
    "sorry": "4012 8888 sorry eight eight eight eight 1881",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", MIXED_CARDS.values(), ids=MIXED_CARDS.keys())
def test_a_card_read_half_in_words_is_a_card(text: str, mode: str) -> None:
    kinds = _kinds("transcript", text, mode)
    assert "card" in kinds
    assert "phone" not in kinds


@pytest.mark.parametrize("mode", MODES)
def test_a_phone_with_a_filler_stays_a_phone(mode: str) -> None:
    assert "card" not in _kinds("transcript", "call me on 0161 496 uh zero nine six zero", mode)


#: South African ID numbers (valid date, citizenship digit and check digit) that a
#: 13-digit Visa number's Luhn check accepts too.
ZA_IDS = {
    "en": "my id number is 4501015800082",
    "af": "my id nommer is 4501015800082 ja",
    "whisper": json.dumps({"text": " my identity number is 4501015800082"}),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", ZA_IDS.values(), ids=ZA_IDS.keys())
def test_a_south_african_id_number_is_no_card(text: str, mode: str) -> None:
    kinds = _kinds("transcript", text, mode)
    assert "national_id" in kinds
    assert "card" not in kinds


@pytest.mark.parametrize("mode", MODES)
def test_a_thirteen_digit_card_after_a_card_word_stays_a_card(mode: str) -> None:
    assert "card" in _kinds("transcript", "my visa card is 4501015800082", mode)


#: The same number in two STT alternatives, the words naming it misheard in the second.
ALTERNATIVES = {
    "ssn": ("my social security number 521 44 3817", "my sociel securty number 521 44 3817"),
    "card": ("my card number is 4111 1111 1111 1111", "my cart numbur is 4111 1111 1111 1111"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("first", "second"), ALTERNATIVES.values(), ids=ALTERNATIVES.keys())
def test_a_number_read_twice_keeps_its_kind(first: str, second: str, mode: str) -> None:
    value = json.dumps(
        [{"transcript": first, "confidence": 0.9}, {"transcript": second, "confidence": 0.6}]
    )
    assert "phone" not in _kinds("stt.alternatives", value, mode)


#: A UK account number and its sort code, over two turns.
ACCOUNTS = {
    "two_turns": "USER: account number 41927730\nAGENT: and the sort code\nUSER: 40-11-62 yes",
    "one_line": "my account number is 31926819 and sort code 60 16 13",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", ACCOUNTS.values(), ids=ACCOUNTS.keys())
def test_an_account_with_its_sort_code_is_found(text: str, mode: str) -> None:
    assert "bank_account" in _kinds("transcript", text, mode)
