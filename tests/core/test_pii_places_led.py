"""Addresses said after "my address is" or "I live at", and US military addresses.

The lead word in Macedonian, Bulgarian, Serbian, Croatian, Slovenian, Kinyarwanda,
Kirundi, Swahili, Malagasy, Dutch and Flemish, English (Indian and others); then what a
house, a plot or a grid street looks like there: a number with a letter or a slash
("12а/3"), a plot ("Lot IV B 23"), a grid street ("KN 45 St"), a locality and a PIN code
("Gandhi Chowk, Nagpur 440001"), a postcode before or after the town. US military mail
(PSC, Unit or CMR with a Box; a ship; APO, FPO or DPO with AA, AE or AP and a ZIP) said
and under keys. Every value is invented for these tests. A business's own address and
hours, a lot at an auction, a postcode alone and a box of parts stay clean, and a street
word inside an address is no person's name.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")

SAID = {
    "mk_slash": "Живеам на Гоце Делчев 3в/11, 6000 Охрид",
    "mk_address_word": "Мојата адреса е Партизанска 12а/3, 7000 Битола",
    "bg_slash": "Живея на Витоша 14б/5, 1000 София",
    "sr_cyrillic": "Живим у Кнеза Милоша 7а/4, 11000 Београд",
    "sr_latin": "Adresa mi je Bulevar oslobođenja 12b/3, 21000 Novi Sad",
    "hr_live": "Živim u Ilici 45a, 10000 Zagreb",
    "sl_live": "Živim na Celovški 108, 1000 Ljubljana",
    "rw_grid": "Aderesi yanjye ni KN 45 St, No 12, Kigali",
    "rw_live_grid": "Ntuye kuri KG 210 Ave, inzu No 4, Kigali",
    "rn_live": "Mba kuri Avenue de l'Amitié 14, Bujumbura",
    "sw_address": "Anwani yangu ni Mtaa wa Uhuru 23, Dodoma",
    "mg_lot": "Ny adiresiko dia Lot IVG 23 Bis, Antananarivo 101",
    "mg_live_lot": "Mipetraka ao amin'ny Lot VA 45 Ter, Toamasina 501 aho",
    "fr_mg_lot": "J'habite Lot II M 85 Antsahavola, Antananarivo 101",
    "nl_be_postcode_comma": "Ik woon op Lindelei 23, 9000, Gent",
    "nl_be_hof": "Ik woon op Meersenhof 7, 8500 Kortrijk",
    "nl_be_bus": "Mijn adres is Dorpsplein 4 bus 2, 3000 Leuven",
    "en_in_chowk": "I live at 45/2, Gandhi Chowk, Nagpur 440001",
    "en_in_marg": "my address is 7, Tilak Marg, Lucknow 226001",
    "en_in_colony": "I stay at C-12, Shanti Colony, Jaipur 302015",
    "en_in_nagar_dash": "Address: 18, Lajpat Nagar, Meerut-250001",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(SAID.values()), ids=list(SAID))
def test_addresses_after_a_lead_are_found(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


MILITARY = {
    "psc_apo": "Send it to PSC 1234, Box 5678, APO AE 09123",
    "unit_apo": "Unit 2050 Box 4190, APO AP 96278",
    "cmr_apo": "my address is CMR 480 Box 1234, APO AE 09128",
    "ship_fpo": "I'm on USS Harbor Light, FPO AP 96616",
    "dpo": "PSC 802 Box 74, DPO AE 09499-0074",
    "stt_lower": "it's psc 3110 box 22 apo aa 34021",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(MILITARY.values()), ids=list(MILITARY))
def test_military_addresses_are_found(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


@pytest.mark.parametrize(
    ("key", "payload"),
    [
        ("tool.arguments", {"tenant": "x", "premises": "PSC 4411, Box 90, APO AE 09010"}),
        ("gen_ai.tool.call.result", {"ship_to": "USNS Grey Gull, FPO AP 96544"}),
        ("lk.function_tool.arguments", {"mailing": "Unit 3301 Box 7, DPO AP 96520"}),
    ],
)
def test_military_addresses_in_payloads_are_found(key: str, payload: dict[str, str]) -> None:
    assert "address" in _kinds(key, json.dumps(payload), "forbid")


def test_military_address_under_a_key_is_found() -> None:
    assert "address" in _kinds("customer.mailing_address", "PSC 7, Box 12, APO AE 09001", "allow")


@pytest.mark.parametrize(
    "text",
    [
        "Adresim Bağlar Cad. No: 14 D: 3, 34710 Kadıköy/İstanbul",
        "My address is 12, Ganesh Chowk, Pune 411002",
        "I live at 9, Netaji Marg, Bhopal 462001",
    ],
)
def test_a_street_word_is_no_name(text: str) -> None:
    kinds = _kinds("transcript", text, "allow")
    assert "address" in kinds
    assert "name" not in kinds


NOT_ADDRESSES = {
    "business": "Our office is at Gandhi Chowk, open 9 to 5, closed on 2nd Saturday",
    "auction_lot": "Lot 45 sold for 2000 euro, lot 46 is next",
    "auction_lot_roman": "Lot II A was withdrawn, 3 bids, Paris",
    "unit_course": "Unit 4 of the course starts Monday, Box 2 has the books",
    "box_count": "Box 12 contains cables, Box 13 adapters",
    "apo_word": "the APO team meets at 10, AE review after",
    "live_kids": "I live at home with 2 kids, Maria and Jo",
    "live_years": "Ik woon hier al 12 jaar, Gent is mooi",
    "mk_years": "Живеам на село 20 години, Охрид е близу",
    "grid_hours": "We are open 8 to 5, KN office, Kigali",
    "pin_alone": "PIN 411005",
    "score": "my address is not needed, 3 points, Arsenal won",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_ADDRESSES.values()), ids=list(NOT_ADDRESSES))
def test_look_alikes_are_no_address(text: str, mode: str) -> None:
    assert "address" not in _kinds("transcript", text, mode)
