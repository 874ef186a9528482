"""Birth dates said the way a call says them, and record fields keyed in local languages.

Every value is invented for these tests (dates, streets and towns that name no one). A
positive is found in both content modes; a negative stays clean in both.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

#: A birth date said alone as the caller's whole turn, in answer to the agent's question.
LONE_DOBS = {
    "dmy_slash": "19/08/1974",
    "dmy_dot": "03.11.1958",
    "dmy_dot_closed": "27.05.1949.",
    "mdy": "11/23/1981",
    "iso": "1966-02-14",
    "filler_en": "uh it's 4/9/1990",
    "filler_es": "es el 12-10-1977",
    "words_en": "the 8th of March 1962",
    "words_es": "2 de noviembre de 1983",
    "words_fr": "le 14 juillet 1971",
    "words_de": "am 5. Mai 1956",
    "words_us": "September 30, 1979",
    "cjk": "1987年6月21日",
    "thai_be": "09/04/2526",
    "persian": "۱۳۶۲/۰۴/۱۵",
    "persian_latin": "1359/11/03",
    "ja_era_digits": "昭和58年3月4日",
    "ja_era_kanji": "平成三年十月七日です",
}
#: A Japanese era date after a birth word in a longer turn.
ERA_DOBS = {
    "kanji_numbers": "はい、生年月日は昭和四十九年八月十二日です",
    "digits": "誕生日は平成5年11月2日で、住所は変わっていません",
}
#: Dates that are no birth date: future, recent, with a time, after a booking word.
NOT_DOBS = {
    "future": "19/08/2031",
    "recent": "03.11.2024",
    "with_time": "14:30 12/03/1979",
    "appointment_en": "appointment on 12/03/1979",
    "delivery_de": "Lieferung am 05.06.1980",
    "cita_es": "la cita es el 12-10-1977",
    "not_a_date": "45/19/1970",
    "era_no_birth": "契約は平成5年11月2日に結ばれました。その後、何度も更新されています。",
    "order_ref": "order 1966-02-14 shipped",
}
#: A birth date under a record field keyed in the record's own language.
KEYED_DOBS = {
    "ru_roman": ("data_rozhdeniya", "17.02.1970"),
    "ru_native": ("дата_рождения", "17.02.1970"),
    "el_roman": ("imerominia_gennisis", "05/12/1968"),
    "el_native": ("ημερομηνία_γέννησης", "05/12/1968"),
    "ta_roman": ("piranda_thethi", "22/06/1991"),
    "hi_native": ("जन्म_तिथि", "22/06/1991"),
    "bn_native": ("জন্ম_তারিখ", "22/06/1991"),
    "fa_roman": ("tarikh_tavalod", "1361/07/09"),
    "hu": ("szuletesi_datum", "1975.04.03."),
    "hr": ("datum_rodjenja", "30.01.1986."),
    "th": ("วันเกิด", "12/08/1979"),
    "kk": ("tugan_kuni", "04.10.1969"),
    "am": ("yetewled_ken", "1978-03-09"),
    "da_ascii": ("foedselsdato", "11-07-1984"),
    "tl": ("kaarawan", "1984-07-11"),
    "zu": ("usuku_lokuzalwa", "1984/07/11"),
}
#: An address under a record field keyed in the record's own language.
KEYED_ADDRESSES = {
    "ru_registration": ("adres_registratsii", "ул. Лесная, д. 9, кв. 14, Тверь"),
    "ta_roman": ("mugavari", "14 Kamaraj Salai, Madurai 625001"),
    "el_roman": ("dieythynsi", "Οδός Αιόλου 31, 10551 Αθήνα"),
    "el_native": ("διεύθυνση", "Οδός Αιόλου 31, 10551 Αθήνα"),
    "hu": ("lakcim", "Fő utca 12, 7621 Pécs"),
    "tl": ("tirahan", "Blk 4 Lot 9 Sampaguita St, Quezon City"),
    "ar_roman": ("unwan", "شارع النيل 44، القاهرة"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", LONE_DOBS.values(), ids=LONE_DOBS.keys())
def test_a_birth_date_said_alone_is_found(text: str, mode: str) -> None:
    assert "dob" in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", ERA_DOBS.values(), ids=ERA_DOBS.keys())
def test_an_era_birth_date_is_found(text: str, mode: str) -> None:
    assert "dob" in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", NOT_DOBS.values(), ids=NOT_DOBS.keys())
def test_other_dates_are_no_birth_date(text: str, mode: str) -> None:
    assert "dob" not in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_lone_date_under_a_data_key_is_no_birth_date(mode: str) -> None:
    assert "dob" not in _kinds("invoice.date", "19/08/1974", mode)


def _record(field: str, value: str) -> str:
    return json.dumps({"ok": True, "data": {"client": {field: value}}}, ensure_ascii=False)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("field", "value"), KEYED_DOBS.values(), ids=KEYED_DOBS.keys())
def test_a_birth_date_keyed_in_a_local_language(field: str, value: str, mode: str) -> None:
    assert "dob" in _kinds(field, value, mode)
    assert "dob" in _kinds("tool.result", _record(field, value), mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("field", "value"), KEYED_ADDRESSES.values(), ids=KEYED_ADDRESSES.keys())
def test_an_address_keyed_in_a_local_language(field: str, value: str, mode: str) -> None:
    assert "address" in _kinds(field, value, mode)
    assert "address" in _kinds("tool.result", _record(field, value), mode)


#: The business's own line or address read out in the agent's reply: no caller's data.
BUSINESS_REPLIES = {
    "en_our": "Our clinic is at 48 Harbour Road, and the front desk is +1 617-555-0142.",
    "en_call_us": "You can call us on +44 161 496 0733 between 9am and 5pm.",
    "es": "Nuestra tienda está en Calle Mayor 17, Valladolid. Llámenos al +34 983 123 456.",
    "fr": "Notre cabinet est ouvert de 8 h à 19 h, au +33 4 78 12 34 56.",
    "de": "Sie erreichen unsere Praxis unter +49 89 9876543, Montag bis Freitag 9 bis 18 Uhr.",
    "it": "La nostra farmacia è in Via Garibaldi 12, Torino, telefono +39 011 234 5678.",
    "pt": "Nossa loja fica na Rua Augusta 300, São Paulo; ligue para nós no +55 11 3456-7890.",
    "nl": "Onze winkel is open van 9 tot 17 uur, bel ons op +31 20 123 4567.",
}
#: The caller's own number or address, even in a reply that speaks of the business.
CALLER_LINES = {
    "callback": ("lk.response.text", "Our office will call you back at +1 617-555-0177."),
    "readback": ("lk.response.text", "So your number is +44 7700 900456, right?"),
    "household": ("transcript", "we are at 22 Birch Lane, Leeds LS6 2AB, call us there"),
    "household_es": ("transcript", "nuestra casa está en Calle Mayor 17, Valladolid"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", BUSINESS_REPLIES.values(), ids=BUSINESS_REPLIES.keys())
def test_the_business_own_line_in_a_reply_is_clean(text: str, mode: str) -> None:
    assert not _kinds("lk.response.text", text, mode) & {"phone", "address"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "text"), CALLER_LINES.values(), ids=CALLER_LINES.keys())
def test_the_caller_own_line_is_still_found(key: str, text: str, mode: str) -> None:
    assert _kinds(key, text, mode) & {"phone", "address"}


#: A treatment that tells an addiction or HIV status, said plainly by the caller.
TREATMENTS = {
    "en_suboxone": "I'm on suboxone now, can I pick it up on Friday",
    "en_prep": "calling about my PrEP refill, no voicemail please",
    "es": "estoy en tratamiento con metadona desde marzo",
    "de": "ich bin im Methadonprogramm, wann kann ich kommen",
    "fr": "je prends de la buprénorphine, c'est pour le renouvellement",
    "it": "mio fratello è in terapia con metadone",
    "fi": "haen buprenorfiinia huomenna",
    "pl": "biorę leki antyretrowirusowe, potrzebuję recepty",
}
#: The same words in business talk or other senses stay clean.
NOT_TREATMENTS = {
    "agent": ("lk.response.text", "We dispense methadone Monday to Friday from 8 to 11."),
    "prep_kitchen": ("transcript", "can you prep the order for pickup at six"),
    "prep_caps": ("transcript", "PREP TIME is twenty minutes, right?"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", TREATMENTS.values(), ids=TREATMENTS.keys())
def test_a_treatment_said_plainly_is_a_disclosure(text: str, mode: str) -> None:
    assert "sensitive" in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "text"), NOT_TREATMENTS.values(), ids=NOT_TREATMENTS.keys())
def test_treatment_words_in_business_talk_are_clean(key: str, text: str, mode: str) -> None:
    assert "sensitive" not in _kinds(key, text, mode)
