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


#: Case: the agent's read-back, the name it holds.
READ_BACKS = {
    "en": ("So that's Harriet Okonkwo at +1 415-555-0142, right?", "Harriet Okonkwo"),
    "en_comma": ("So Dominic Farrow, number 07700 900123, is that right?", "Dominic Farrow"),
    "de": (
        "Also Wiebke Haller-Rosendahl, Rückrufnummer 0171 2233445, richtig?",
        "Wiebke Haller-Rosendahl",
    ),
    "nl": ("Dus Maarten de Wit-Jansen, op +31 6 87654321, klopt dat?", "Maarten de Wit-Jansen"),
    "es": ("Entonces Rocío Benavides, teléfono 612 345 678, ¿correcto?", "Rocío Benavides"),
    "pt": ("Então Joaquim Teixeira, telefone 912 345 678, certo?", "Joaquim Teixeira"),
    "it": ("Quindi Ilaria Conforti, numero 347 123 4567, giusto?", "Ilaria Conforti"),
    "fr": ("Donc Mathilde Girardot, au 06 12 34 56 78, c'est bien ça ?", "Mathilde Girardot"),
    "pl": ("Czyli Bożena Wróblewska, numer 601 234 567, zgadza się?", "Bożena Wróblewska"),
    "ru": (
        "Итак, Тихонова Ольга Петровна, номер 8 (903) 111-22-33, верно?",
        "Тихонова Ольга Петровна",
    ),
    "tr": ("Yani Emre Yıldırım, numara 0532 123 45 67, doğru mu?", "Emre Yıldırım"),
    "ar": ("إذن الشمري، رقم الجوال 055 987 6543، صحيح؟", "الشمري"),
    "he": ("אז נועה ברק, בטלפון 052-765-4321, נכון?", "נועה ברק"),
    "fa": ("پس نگار رحیمی، شماره 0935 111 2233، درسته؟", "نگار رحیمی"),
    "hi": ("तो सुरेश यादव, मोबाइल +91 98765 43210, सही है?", "सुरेश यादव"),
    "bn": ("তাহলে রহিম, নম্বর 01712-987654, ঠিক আছে?", "রহিম"),
    "ta": ("அப்போ முருகன் செல்வம், எண் 098765 43210, சரியா?", "முருகன் செல்வம்"),
    "am": ("ስለዚህ ሰላም ታደሰ፣ ስልክ +251 92 765 4321፣ ትክክል ነው?", "ሰላም ታደሰ"),
    "ko": ("박지민 고객님, 연락처 010-9876-5432 맞으시죠?", "박지민"),
    "zh": ("林美玲女士，電話0987 654 321，對嗎？", "林美玲"),
    "th": ("คุณสมชาย ใจดี เบอร์ +66 89 765 4321 ถูกต้องไหมคะ", "สมชาย ใจดี"),
    "vi": ("Vậy Hùng, số 0987 654 321, đúng không ạ?", "Hùng"),
    "sw": ("Kwa hivyo Amani, namba 0722 987654, sawa?", "Amani"),
    "el": ("Άρα Ελένη Σπανού, τηλέφωνο +30 697 765 4321, σωστά;", "Ελένη Σπανού"),
    "ro": ("Deci Bogdan Ionescu, telefon 0745 987 654, corect?", "Bogdan Ionescu"),
    "sv": ("Så Lindqvist, nummer 070-987 65 43, stämmer det?", "Lindqvist"),
    "fi": ("Eli Pekka Järvinen, numero +358 40 9876543, pitääkö paikkansa?", "Pekka Järvinen"),
    "yo": ("Nítorí náà Tunde Bakare, nọ́mbà +234 803 765 4321, ṣé bẹ́ẹ̀ ni?", "Tunde Bakare"),
    "ha": ("To Aminu Lawal, lamba 0803 765 4321, daidai ne?", "Aminu Lawal"),
    "tl": ("So Rowena Bautista, number +63 917 765 4321, tama po?", "Rowena Bautista"),
    "ur": ("to Bilal Chaudhry, number +92 300 7654321, theek hai?", "Bilal Chaudhry"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(READ_BACKS))
def test_read_back_name_found(case: str, content: str) -> None:
    value, name = READ_BACKS[case]
    masks = name_masks("lk.response.text", value, content)
    # The capitalised opener may be taken with the name ("Entonces ..."): the name is found.
    assert any(m.endswith(mask_name(name)) for m in masks), (case, content, masks)


#: Read-backs of things, not people.
NOT_READ_BACKS = {
    "product": "So Amazon Prime, order 112-3345678, right?",
    "plan": "So the Unlimited Plus plan, at 49.99 a month, right?",
    "date": "So Monday the 14th, booking 20261214, correct?",
    "es_store": "Entonces Tienda Centro, teléfono 912 345 678, ¿correcto?",
    "ko_thing": "예약 번호, 연락처 010-1234-5678 맞으시죠?",
    "ar_thing": "إذن الفاتورة، رقم الحساب 1234 5678، صحيح؟",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_READ_BACKS))
def test_read_back_of_thing_is_clean(case: str, content: str) -> None:
    assert name_masks("lk.response.text", NOT_READ_BACKS[case], content) == [], case


#: Case: a caller's answer with a short frame, the name it holds. (The frames a thing
#: follows as often, "it's for", "under", "det er", "ke naam pe", need the lexicon.)
BARE = {
    "ru_eto": ("да, это Ирина Сергеевна Волкова, у меня вопрос", "Ирина Сергеевна Волкова"),
    "sk_to_je": ("áno, to je Miroslav Hudec, volám kvôli faktúre", "Miroslav Hudec"),
    "sw_jina_ni": ("nina shida na malipo, jina ni Achieng Otieno", "Achieng Otieno"),
    "zu_ngingu": ("sawubona ngingu Bongani Dlamini, ngishayela", "Bongani Dlamini"),
    "yo_ni": ("Adaeze Okafor ni, mo fẹ́ mọ̀ nípa owó", "Adaeze Okafor"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(BARE))
def test_bare_answer_name_found(case: str, content: str) -> None:
    value, name = BARE[case]
    masks = name_masks("transcript", value, content)
    assert any(m.endswith(mask_name(name)) for m in masks), (case, content, masks)


#: The same frames before things.
NOT_BARE = {
    "en_for_day": "it's for Christmas Eve, the big dinner",
    "da_det_er": "det er Ikke Muligt i dag",
    "es_para": "es para Recoger Mañana",
    "hinglish_thing": "haan ji, order Big Bazaar ke naam pe hai",
    "sw_jina": "jina ni sawa, asante",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_BARE))
def test_bare_frame_before_thing_is_clean(case: str, content: str) -> None:
    assert name_masks("transcript", NOT_BARE[case], content) == [], case
