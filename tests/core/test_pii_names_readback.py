"""Names an agent reads back, and names under record fields keyed in the local language.

- A person's record from a tool, its name field keyed in the local language, romanised or
  in its own script, glued to a person word ("kundenname") or under a person's object
  ("payee": {"display": ...}), in ASCII text as well as in other scripts.
- The agent's read-back of a caller's details: a discourse word ("so", "also", "итак",
  "إذن"), the name, then the phone number, asked back as a question; or the name with an
  honorific first ("... 고객님, 연락처 ...").
Each has a look-alike that is no name: a product, a plan or a date read back the same way.
The names and values are invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")


def _record(outer: str, key: str, name: str) -> str:
    """A tool's result holding one person's record (name, birth date, reference)."""
    person = {key: name, "dob_ref": "x", "ref": "Q-1"}
    return json.dumps({"ok": True, "data": {outer: person}}, ensure_ascii=False)


#: Case: the person's key, the name's key, the name.
RECORDS = {
    "fr_nom_assure": ("assuree", "nom_assuree", "Odile Marchetti"),
    "de_glued": ("kundin", "kundenname", "Irmgard Pfannenstiel"),
    "it_nominativo": ("cliente", "nominativo", "Gianluca Serravalle"),
    "cs_ascii": ("zakaznik", "jmeno", "Radka Boušková"),
    "sk_ascii": ("zakaznik", "meno", "Ondrej Hrnčiar"),
    "uk_pib": ("zayavnyk", "pib", "Оксана Гуменюк"),
    "ru_fio": ("klient", "fio", "Сорокин Глеб Аркадьевич"),
    "bn_nam": ("grahok", "nam", "সুমন মজুমদার"),
    "ur_naam_ascii": ("sarif", "naam", "Farhan Qureshi"),
    "ta_peyar_one": ("vadikkaiyalar", "peyar", "இளங்கோவன்"),
    "th_native": ("ผู้เข้าพัก", "ชื่อ", "สมพร ใจดี"),
    "vi_ho_ten": ("benh_nhan", "ho_ten", "Bà Lan Đặng"),
    "id_degree": ("nasabah", "nama_lengkap", "Rudi Hartono, S.T."),
    "tl_pangalan": ("customer", "pangalan", "Marites Dizon"),
    "sw_jina": ("mteja", "jina", "Zawadi Mwangi Otieno"),
    "el_romanised": ("asthenis", "onomateponymo", "Σταύρος Παπαδάκης"),
    "ro_nume": ("decedat", "nume", "Sorin Vlădescu"),
    "hu_long": ("gondviselo", "nev", "Kovácsné Dr. Szabó Réka Ilona"),
    "fi_nimi": ("asiakas", "nimi", "Aino Virtanen-Koski"),
    "da_navn": ("klient", "navn", "Henrik Sørensen"),
    "hr_ime_prezime": ("najmoprimac", "ime_prezime", "Ivka Barišić"),
    "yo_oruko": ("onibara", "oruko", "Adebola Ogunleye"),
    "ha_suna": ("mara_lafiya", "suna", "Sani Garba"),
    "am_sim": ("amelkach", "sim", "ተስፋዬ ገብሩ"),
    "zu_igama": ("ilungu", "igama", "Sipho Ntuli"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(RECORDS))
def test_record_name_found(case: str, content: str) -> None:
    outer, key, name = RECORDS[case]
    said = name.split(",")[0]
    masks = name_masks("tool.result", _record(outer, key, name), content)
    assert mask_name(said) in masks, (case, content, masks)


@pytest.mark.parametrize("content", MODES)
def test_payee_display_is_a_name(content: str) -> None:
    value = json.dumps({"payee": {"display": "Morwenna Trelawny", "iban": "x"}, "amount": "9"})
    masks = name_masks("gen_ai.tool.call.arguments", value, content)
    assert mask_name("Morwenna Trelawny") in masks


#: Records whose name fields hold a thing's name: no person's.
NOT_RECORDS = {
    "product_ascii": '{"ok":true,"data":{"produkt":{"nom_produit":"Amazon Prime","prix":"9"}}}',
    "plan": '{"data":{"tarif":{"nominativo":"Piano Base","canone":"12"}}}',
    "hostname": '{"server":{"hostname":"Edge Node","region":"eu"}}',
    "display_setting": '{"settings":{"display":"Dark Mode","font":"Large Print"}}',
    "username_city": '{"meta":{"nama_kota":"Kota Baru","kode":"17"}}',
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_RECORDS))
def test_thing_record_is_clean(case: str, content: str) -> None:
    assert name_masks("tool.result", NOT_RECORDS[case], content) == [], case
