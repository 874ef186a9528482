"""Birth dates said of a child or a relative, and birthdays, in many languages.

"Η κόρη μου γεννήθηκε στις ...", "Umukobwa wanjye yavutse ku wa ...", "મારા દીકરાનો જન્મ
...", "Mi hijo nació el ...": the third person of the birth verb, the word for a date of
birth or a birthday, and the date after it (or before it, where the verb comes last). The
years are recent (a child's), so the date alone would not pass for a birth date. Every date
is invented for these tests. An appointment, a delivery or a wedding date with no birth
word stays clean.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

BORN = {
    "el_third": "Η κόρη μου γεννήθηκε στις 6.3.2019",
    "el_third_cap": "Γεννήθηκε στις 14/02/2020",
    "el_birthday": "Τα γενέθλιά της είναι 06/03/2019",
    "gu_date_word": "જન્મ તારીખ 11/04/2020",
    "gu_verb_after": "મારા દીકરાનો જન્મ 22/09/2019 ના રોજ થયો",
    "gu_birthday": "જન્મદિવસ 22-09-2019",
    "rw_date_word": "Itariki y'amavuko 03/10/2018",
    "rw_curly": "itariki y’amavuko ni 7/7/2019",
    "rw_third": "Umukobwa wanjye yavutse ku wa 09/12/2019",
    "rw_first": "Navutse ku itariki 09/12/2019",
    "mg_born": "Teraka tamin'ny 09/12/2019 ny zanako",
    "mg_date_word": "Daty nahaterahana 19/02/2018",
    "es_third": "Mi hijo nació el 09/12/2019",
    "es_birthday": "su cumpleaños es el 21/05/2019",
    "pt_third": "O meu filho nasceu em 09/12/2019",
    "gl_third": "O fillo naceu o 09/12/2019",
    "fi_third": "Tytär syntyi 9.12.2019",
    "et_third": "Poeg sündis 09.12.2019",
    "et_birthday": "Sünnipäev 09.12.2019",
    "hr_birthday": "Rođendan mu je 09.12.2019",
    "cs_birthday": "Narozeniny má 09.12.2019",
    "pl_birthday": "Urodziny 09.12.2019",
    "lt_third": "Mano sūnus gimė 2019-12-09",
    "sq_third": "Djali u lind më 09.12.2019",
    "hu_date_first": "A fiam 2019.12.09-én született",
    "tr_date_first": "Oğlum 09.12.2019 tarihinde doğdu",
    "ru_birthday": "День рождения 09.12.2019",
    "he_birthday": "יום ההולדת שלו 09/12/2019",
    "vi_birthday": "Sinh nhật của bé là 09/12/2019",
    "fr_birthday": "Son anniversaire est le 09/12/2019",
    "de_birthday": "Sein Geburtstag ist der 09.12.2019",
    "nl_birthday": "Haar verjaardag is 09-12-2019",
    "id_birthday": "Ulang tahun anak saya 09/12/2019",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(BORN.values()), ids=list(BORN))
def test_births_of_relatives_and_birthdays_are_found(text: str, mode: str) -> None:
    assert "dob" in _kinds("transcript", text, mode)


def test_a_birth_in_a_chat_message_is_found() -> None:
    turns = [{"role": "user", "content": "Umuhungu wanjye yavutse ku wa 3/4/2019"}]
    assert "dob" in _kinds("gen_ai.input.messages", json.dumps(turns), "allow")


NOT_BIRTHS = {
    "el_appointment": "Το ραντεβού σας είναι στις 3/4/2019",
    "gu_appointment": "તમારી એપોઇન્ટમેન્ટ 12/03/2019 છે",
    "rw_wedding": "Itariki y'ubukwe ni 12/05/2019",
    "es_delivery": "el pedido se entregó el 09/12/2019",
    "fi_delivery": "Paketti toimitettiin 9.12.2019",
    "future_birthday": "Syntymäpäiväjuhlat pidetään 09.12.2031",
    "sale_hu": "Az akció 2019.12.09-én indult",
    "tr_order": "Siparişiniz 09.12.2019 tarihinde kargolandı",
    "mg_meeting": "Ny fivoriana dia amin'ny 09/12/2019",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_BIRTHS.values()), ids=list(NOT_BIRTHS))
def test_other_dates_are_no_births(text: str, mode: str) -> None:
    assert "dob" not in _kinds("transcript", text, mode)
