"""Birth dates said the way callers say them: spaced figures, read-out separators, a birth
verb in the middle, Chinese dates with 號.

Every date is invented for these tests. A birth date is found in both content modes; a
date that is no birth stays clean of ``dob`` in both.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

SAID = {
    "en_spaced": "my date of birth is 17 09 1962",
    "en_slash_words": "date of birth seventeen uh 17 slash 09 slash 1962",
    "en_stroke": "dob 4 stroke 11 stroke 1958",
    "en_dash_words": "born 30 dash 06 dash 1971",
    "es_barra": "fecha de nacimiento 12 barra 03 barra 1966",
    "pt_barra": "data de nascimento 08 barra 10 barra 1974",
    "en_words_commas": "I was born on the fifth, May, sixty two",
    "hi_rom_year_first": "main 1948 mein paida hua tha 14 november ko",
    "hi_rom_janam": "mera janam 1970 mein hua tha 2 march ko",
    "ur_rom": "meri paidaish 11 july 1983 ki hai",
    "id": "saya lahir tahun 1977 tanggal 19 agustus",
    "sw": "nilizaliwa tarehe 3 juni 1969",
    "tr": "1981 yılında 22 ekimde doğdum",
    "yue_hao": "我係1966年8月30號出世嘅",
    "yue_han": "佢一九五九年十月三號出世",
    "zh_sheng": "我1988年4月12号出生的",
    "en_year_then_ordinal": "born in the year 1952 on the 9th of october",
    "es_year_first": "nací en 1958 el 4 de mayo",
    "fr_year_first": "je suis né en 1963 le 12 juin",
    "pt_dia": "nasci em 1980 no dia 7 de março",
    "en_ordinals": "my dob is the 3rd of the 4th 1961",
    "en_two_figure_year": "dob 03 04 61",
    "en_ordinal_short_year": "my birthday is the fifth of june 78",
    "en_digit_short_year": "date of birth the 21st of march '59",
}
NOT_DOBS = {
    "appointment": "my appointment is 17 09 2026",
    "spaced_ref": "reference 17 09 1962 on the invoice",
    "delivery_hi": "parcel 14 november ko aayega 1948 wala order",
    "zh_booking": "我想訂2026年8月30號嘅位",
    "born_no_date": "i was born in lagos and moved in 1990",
    "year_only": "main 1948 mein paida hua tha",
    "two_figure_order": "the order number is 03 04 61",
    "spaced_future": "date of birth field left blank, call on 17 09 2031",
    "birthday_party": "the birthday party is on the fifth of june at 7",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", SAID.values(), ids=SAID.keys())
def test_a_birth_date_as_said_is_found(text: str, mode: str) -> None:
    assert "dob" in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", NOT_DOBS.values(), ids=NOT_DOBS.keys())
def test_other_dates_said_are_no_birth_date(text: str, mode: str) -> None:
    assert "dob" not in _kinds("transcript", text, mode)
