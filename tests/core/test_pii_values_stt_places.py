"""Addresses told as directions and landmarks, and spoken shapes of streets, as STT writes them.

Every address is invented for these tests (streets, houses and towns that name no one).
A positive is found in both content modes; a negative stays clean of ``address`` in both.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

#: A dwelling or street with its number, and a landmark to find it by.
LANDMARKS = {
    "en_in_flat": "my address is flat 27 shanti niwas near ganesh mandir 2nd cross",
    "en_in_tank": "house no 88 near the water tank second lane kolar road",
    "en_block": "block D flat 6 opposite the pharmacy",
    "en_behind": "plot 119 behind the old blue mosque",
    "hi_rom": "ghar number 41 hai shiv mandir ke paas",
    "ur_rom": "makaan 9 masjid ke peeche wali gali",
    "fr_af": "villa 203 cocotiers derrière la mosquée du quartier",
    "fr_af_face": "maison 7 en face de l'école primaire",
    "pt_ao": "rua dos coqueiros 118 bairro azul perto do mercado",
    "pt_br": "casa 4 ao lado da padaria do seu jorge",
    "es": "calle los pinos 77 junto a la iglesia",
    "ar_darija": "derb sidi 14 9rib l jame3 lkbir",
    "ar_eg": "شقة ٧ عمارة ١٢ جنب الجامع الكبير",
    "ar_gulf": "فيلا 31 بجوار المسجد",
    "sw": "nyumba namba 12 karibu na msikiti wa ijumaa",
    "id": "rumah no 15 dekat masjid raya",
    "tl": "bahay 23 malapit sa simbahan ng san roque",
    "tr": "daire 5 cami yanında",
    "tr_genitive": "apartman 4 daire 9 okulun karşısında",
    "ru": "дом 14 квартира 3 возле церкви",
    "pl": "dom 12 obok kościoła mieszkanie 4",
    "vi": "nhà số 12 gần chợ bến thành",
    "th": "บ้านเลขที่ 45 ใกล้วัดพระแก้ว",
    "ta_rom": "veedu number 12 kovil pakkathula",
    "bn_rom": "bari number 7 masjid er pashe",
    "pa_rom": "ghar 21 gurudwara de kol",
    "so": "guriga 12 agagaarka masjidka",
}
#: Spoken shapes of streets the street modules lacked.
SHAPES = {
    "yue_characters": "我住喺長沙灣道三百二十號八樓C室",
    "zh_tw_section": "高雄市前鎮區中山二路一百五十號三樓",
    "zh_digits_floor": "住址係深水埗桂林街45號2樓",
    "ar_number_first": "٤٥ شارع النصر مدينة نصر",
    "ar_digits_first": "17 شارع الجمهورية عابدين",
    "lt": "vilniaus gatvė 31 butas 2 kaunas lt-44280",
    "lv": "brīvības iela 88 rīga lv-1010",
    "is": "hverfisgata 12 101 reykjavík",
    "is_braut": "hringbraut 77, 107 reykjavík",
    "arabizi_number_first": "el 3enwan 31 share3 el gam3a, giza, sha2a 5",
    "arabizi_number_after": "sakna fi shari3 el haram 118 el dor el talet",
}
#: Directions with no dwelling, a city as a business's location, and numbers that are
#: no house.
CLEAN = {
    "directions": "we are near the station, opposite the pharmacy",
    "city": "our branch in luanda opens at nine",
    "gate": "gate 14 is near the food court",
    "shop": "shop 12 opposite the bank is closed today",
    "hours": "the school near the mosque closes at 3",
    "zh_no_road": "我想問3號有冇位",
    "zh_knows": "我唔知道三號得唔得",
    "ar_time": "الساعة ٥ عند المسجد",
    "is_count": "við erum 12 manns",
    "lt_price": "kaina 20 eurų",
    "fr_after": "après 18 heures près de la gare",
    "own_clinic": "our clinic near the main mosque opens at 9, plot 4 parking available",
    "own_store_es": "nuestra tienda está cerca de la iglesia, lote 7",
    "ru_hours": "аптека возле метро работает до 9",
    "tr_count": "ev 3 kişiyiz, okulun yanında buluşalım",
    "arabizi_no_number": "el share3 za7ma awi el naharda",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", LANDMARKS.values(), ids=LANDMARKS.keys())
def test_an_address_told_by_a_landmark_is_found(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", SHAPES.values(), ids=SHAPES.keys())
def test_a_spoken_street_shape_is_found(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", CLEAN.values(), ids=CLEAN.keys())
def test_directions_alone_are_no_address(text: str, mode: str) -> None:
    assert "address" not in _kinds("transcript", text, mode)
