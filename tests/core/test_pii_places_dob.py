"""Birth dates said in words, in other orders and eras, and answered in a later turn.

Speech-to-text writes a date as the caller says it: "the ninth of july nineteen eighty
four", "doce de octubre de mil novecientos setenta", "d o b oh four one two ...". Every
date is invented for these tests. Delivery and appointment dates, opening hours and
prices said in words carry no birth word and stay clean.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

SAID = {
    "en_ordinal_words": "born on the ninth of july nineteen eighty four",
    "en_month_first": "my date of birth is march third two thousand one",
    "en_digits_year_words": "birthday is the 3rd of may nineteen ninety",
    "en_dob_letters": "d o b oh four one two nineteen sixty seven",
    "en_dob_spaced_words": "my dob is twelve june nineteen seventy",
    "en_hundred": "i was born in april nineteen hundred and ninety nine, the fifth",
    "es_words": "nací el veintitrés de abril de mil novecientos ochenta",
    "es_del_year": "fecha de nacimiento doce de octubre del 1975",
    "es_numbers_del": "nací el 4 del 11 del 1988",
    "pt_words": "nasci em vinte de maio de mil novecentos e setenta e nove",
    "fr_words": "je suis née le premier avril mille neuf cent quatre-vingt-deux",
    "de_words": "geboren am dritten mai neunzehnhundertachtzig",
    "it_words": "sono nato il tre marzo millenovecentonovanta",
    "zh_hao": "我的生日是1988年3月12号",
    "zh_numerals": "出生日期是一九八八年三月十二日",
    "id_words": "tanggal lahir saya dua belas mei sembilan belas delapan puluh",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(SAID.values()), ids=list(SAID))
def test_birth_dates_said_in_words_are_found(text: str, mode: str) -> None:
    assert "dob" in _kinds("transcript", text, mode)


def _turns(question: str, answer: str) -> str:
    return json.dumps(
        {
            "items": [
                {"type": "message", "role": "assistant", "content": [question]},
                {"type": "message", "role": "user", "content": [answer]},
            ]
        },
        ensure_ascii=False,
    )


NESTED = {
    "es_del": ("¿Me dice su fecha de nacimiento, por favor?", "sí, el 2 del 7 del 1981"),
    "en_words": ("Could I have your date of birth?", "march fifth nineteen ninety"),
    "pt_words": ("Qual é a sua data de nascimento?", "dez de junho de 1966"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("turns", list(NESTED.values()), ids=list(NESTED))
def test_birth_date_answered_in_the_next_turn(turns: tuple[str, str], mode: str) -> None:
    assert "dob" in _kinds("lk.chat_ctx", _turns(*turns), mode)


NOT_BIRTH_DATES = {
    "delivery": "your parcel arrives on the fifth of march two thousand twenty six",
    "appointment": "the appointment is on the second of february at ten",
    "hours": "we open at nine and close at nineteen thirty",
    "price": "it costs nineteen ninety nine a month",
    "es_delivery": "la entrega es el 4 del 11 del 2026",
    "zh_delivery": "预计2026年3月12号送达",
    "birthday_party": "we host birthday parties every saturday from two to five",
    "founded": "the shop opened in nineteen eighty four",
    "birthday_offer": "birthday offer valid until march twenty twenty six",
    "birthday_cake": "a birthday cake for the third of may please",
    "born_count": "date of birth one two three four five six is not valid",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_BIRTH_DATES.values()), ids=list(NOT_BIRTH_DATES))
def test_other_dates_are_no_birth_dates(text: str, mode: str) -> None:
    assert "dob" not in _kinds("transcript", text, mode)


def test_birth_question_then_a_delivery_date_in_another_language_stays_clean() -> None:
    text = _turns("When would you like it delivered?", "on the fifth of march")
    assert "dob" not in _kinds("lk.chat_ctx", text, "allow")
