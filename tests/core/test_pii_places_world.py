"""Street addresses as callers say them and as speech-to-text writes them, many countries.

Lower case with no punctuation (what STT gives), house numbers said in words, the
block-and-lot or block-and-unit grammar of the Philippines and Singapore, Indonesian
neighbourhood units, Latin American street types and ``#`` numbers, Indian flats and
landmarks, Bengali, Amharic and Persian street words, and addresses nested in a tool's
arguments. Every street, town and number is invented for these tests. A positive is
found in both content modes; a negative stays clean in both.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

SPOKEN = {
    # Italian, Swedish, Norwegian, Spanish, Portuguese, said after "I live at".
    "it_vicolo": "abito in vicolo dei tigli 7 a monte verde",
    "it_viale": "sto in viale delle rose 118 scala b",
    "sv_backen": "jag bor på tallbacken 14 lägenhet 1101 i umeå",
    "sv_grand": "min adress är ekgränd 3 i västerås",
    "no_veien": "jeg bor i granveien 22b i bodø",
    "es_calle": "vivo en calle los almendros 455 colonia jardines del sol",
    "pt_rua": "moro na rua das acácias 310 apartamento 12",
    "de_lower": "ich wohne in der lindenallee 9 in kassel",
    "en_lower": "deliver to 14 lakeview road near the old temple",
    "fr_lower": "j'habite au 8 rue des tilleuls à colmar",
    "pl_lower": "mieszkam na ulica leśna 12 mieszkania 4",
    "ro_lower": "locuiesc pe strada morilor 27 in brasov",
    "cs_lower": "bydlím v ulice pod lipami 33 v brně",
    "nl_lower": "ik woon aan de beukenlaan 61 in zwolle",
    "en_its": "it's 417 birch road apartment 3",
    "es_n_dot": "Calle de los Olmos, N.º 14, 2.º izquierda, Salamanca",
    "in_no_comma": "house number 45 shanti nagar near bus stand nashik",
    # A postcode after the word naming it.
    "zip_en": "and the zip code is 30412",
    "pin_in": "pincode 560034 and landmark is the lake",
    "cep_pt": "o cep é 13045-210",
    "plz_de": "die PLZ ist 80331",
    "uk_postcode": "my postcode is sw1a 2aa",
    "ca_postal": "postal code K1A 0B1",
    "ja_mark": "〒150-0041 に送ってください",
    "id_kode_pos": "kode pos 40115 ya",
    # Lower case with no lead: a postcode, a French number first, a compound street.
    "it_postcode": "via dei mille 14 20121 milano",
    "es_postcode": "calle del pez 9, 28004 madrid",
    "fr_number_first": "c'est au 17 rue des lilas à nantes",
    "de_compound": "das paket an lindenstraße 5 bitte",
    "sv_compound": "skicka till storgatan 12 i luleå",
    "de_wohne": "wohne in der gartenstraße 44",
    "tr_caddesi": "adresim atatürk caddesi no 45 kadıköy istanbul",
    "cl_depto": "vivo en los aromos 1234 depto 56 providencia",
    "ph_brgy": "123 mabini st. brgy. poblacion, makati",
    "sg_postcode": "my place is at tampines street 11 singapore 521123",
    "mx_cp": "calle reforma 123 col juárez cp 06600",
    "po_box_lower": "my po box is 4521 in maun",
    "po_box_es_lower": "apartado postal 45, tlaxcala",
    "de_str_abbrev": "ich wohne in der kirchstr. 12",
    "vi_lower": "nhà tôi ở số 12 ngõ 34 phố hàng gà",
    "pt_rua_apto": "rua das palmeiras 1500 apto 42 campinas",
    "in_bare_no": "i stay at no. 8, 5th cross, vijayanagar, mysuru",
    # Filipino: block and lot, barangay, purok, sitio.
    "tl_blk_lot": "blk 12 lot 30 phase 3 brgy maligaya tanauan batangas po",
    "tl_block_lot": "ang address ko po block 7 lot 14 greenfield subdivision, calamba",
    "tl_purok": "sa purok 4 sitio malinis barangay san roque po kami",
    # Indonesian: jl. and rt/rw/kel./kec., in lower case.
    "id_rt_rw": "kirim ke jl. kenanga raya no. 12 rt 04 rw 09 kel. sukamaju kec. cibeunying",
    "id_jln": "alamat saya di jln mawar no 3, bogor",
    "id_gang": "rumah saya di gg. melati 2 no 15 depok",
    # Singapore: block, street, unit "#07-112", six-digit postcode.
    "sg_blk": "blk 221 tampines st 23 #07-112 singapore 520221",
    "sg_caps": "Blk 45 Jurong West Ave 2, #11-05, Singapore 640045",
    # Latin America: street types, "#" and "N°" numbers, colonia, C.P., depto.
    "co_carrera": "la dirección es Carrera 15 # 93-47, apto 502, Bogotá",
    "co_calle_sur": "vivo en la calle 8 sur # 23-10 barrio la esperanza",
    "ar_numero": "mi domicilio es Av. Libertador N° 1234, piso 3, depto B, Rosario",
    "ar_pasaje": "vivo en Pasaje 3 N° 220, Mendoza",
    "mx_colonia": "mandalo a Privada Los Pinos 18, Col. Las Flores, C.P. 76120",
    "mx_cerrada": "es Cerrada Sur Quintero 45 Edif. 12 , Depto. 301, Los Álamos, SON 83100",
    "mx_boulevard": "la dirección es Boulevard Los Olivos 210, Depto. 5",
    # India: flat or house number, nagar or colony, a landmark, a PIN after the town.
    "in_flat_no": "flat no 304, sai residency, gandhi nagar, near city hospital, pune 411001",
    "in_house_no": "house no. 12, 3rd cross, indira colony, mysuru-570008",
    "in_deliver": "please deliver to 27, temple street, madurai-625001",
    # Said in words: the house number read out digit by digit or as a number.
    "en_words_digits": "it's four one seven maple avenue apartment two c",
    "en_words_lead": "my address is twelve oak lane, riverton",
    "en_words_live": "i live at nine two harbor road",
    # Scripts: Bengali, Amharic, Persian, Ukrainian with dotted abbreviations.
    "bn_words": "বাসা 17 লেন 4 মিরপুর ঢাকা",
    "bn_digits": "আমার বাড়ি ৪৫ রোড ৭ উত্তরা",
    "am_woreda": "አድራሻዬ አራዳ ክፍለ ከተማ ወረዳ 05 የቤት ቁጥር 118",
    "am_kebele": "የምኖረው ቀበሌ 12 ቤት ቁጥር 44 ነው",
    "fa_kuche": "آدرس من شیراز خیابان زند کوچه 9 پلاک 14",
    "uk_abbrev": "моя адреса провулок Липовий, буд. 8 кв. 12, Суми, 40000",
    "ru_abbrev": "мой адрес переулок Тихий, д. 5, кв. 17, Тверь",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(SPOKEN.values()), ids=list(SPOKEN))
def test_spoken_and_regional_addresses_are_found(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


PAYLOADS = {
    # An address word first in the key ("direccion_entrega"), a Mexican line.
    "es_first_word": '{"direccion_entrega": "Privada Los Robles 9, Col. Centro, C.P. 58000"}',
    # The address object nested under a shipping key, its parts as fields.
    "pt_nested": '{"ship_to": {"line1": "Rua das Acácias", "city": "Campo Alegre",'
    ' "cep": "13045210"}}',
    "en_nested": '{"shipping_address": {"street": "Juniper Lane", "city": "Fairview",'
    ' "zip": "30412"}}',
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(PAYLOADS.values()), ids=list(PAYLOADS))
def test_addresses_in_tool_arguments_are_found(text: str, mode: str) -> None:
    assert "address" in _kinds("lk.function_tool.arguments", text, mode)


NOT_ADDRESSES = {
    "hours": "we are open monday to friday from nine to five and on sundays till two",
    "rate": "calls are billed at the rate of two cents per minute",
    "count": "we have two main street locations and one downtown",
    "lot_auction": "the auction has 40 lots and block 3 sells first",
    "ticket": "ticket #03-789 was closed by the support team",
    "flight": "flight 221 to singapore leaves at nine",
    "calle": "la calle estaba llena de gente esta mañana",
    "phase": "phase 2 of the rollout starts in block 7 of the sprint plan",
    "deliver": "we deliver to 12 cities across the country",
    "near": "the clinic is near the station, 5 minutes on foot",
    "store_payload": '{"store": {"address": "Carrera 7 # 71-21, Bogotá"}}',
    "bn_count": "আমাদের 5 টি শাখা আছে",
    "am_price": "ዋጋው 120 ብር ነው",
    "its_minutes": "it's 5 minutes from the main road",
    "its_road": "it's on main road 5 minutes away",
    "going_to": "i am going to the main street market at two",
    "live_in": "we live in 3 countries and ship to 40",
    "shop_no": "our shop no 12, opposite the bus stand, opens at ten",
    "zip_file": "send the zip file with 3 pages",
    "cap_it": "il cap di bottiglia costa 2 euro",
    "pin_secret": "my pin is 4821",
    "code_promo": "use code 20 for a discount",
    "fr_places": "il reste 3 places pour le 12 rue-piétonne festival",
    "de_weg": "der weg 5 minuten zu fuß",
    "depto_count": "tenemos 3 deptos y 2 casas en venta",
    "brgy_count": "we serve 12 barangays in the city",
    "no_thanks": "no 3 times is enough, near the end we stop",
    "box_count": "the box has 12 items",
    "so_number": "số 5 là số may mắn",
    "fa_price": "قیمت این کالا 250 هزار تومان است",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_ADDRESSES.values()), ids=list(NOT_ADDRESSES))
def test_business_text_is_no_address(text: str, mode: str) -> None:
    assert "address" not in _kinds("transcript", text, mode)
