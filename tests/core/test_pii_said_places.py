"""Addresses a caller says after the word for "address" or "I live", in many languages.

The word naming an address in the caller's language (Kyrgyz "дарек", Mongolian "хаяг",
Pashto "پته", Odia "ଠିକଣା", Khmer "អាសយដ្ឋាន", Somali "cinwaan", Oromo "teessoo",
Tigrinya "ኣድራሻ", Faroese "bústaður", Tibetan "ཁ་བྱང་" and their neighbours), then what
reads as an address: a street, house or quarter word of the language with a number, a
house number before a comma, a postcode. Or a street word of the language, a name and a
house number. In plain text, a chat message's JSON, a speech-to-text provider's JSON and
a tool's arguments. Every street, town and number here is invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")


def _chat(text: str) -> str:
    return json.dumps([{"role": "user", "content": text}], ensure_ascii=False)


def _stt(text: str) -> str:
    alternative = {"transcript": text, "confidence": 0.91}
    return json.dumps({"results": {"channels": [{"alternatives": [alternative]}]}})


SAID = {
    # Turkic and Iranian languages in Cyrillic, Mongolian.
    "ky": "Менин дарегим: Токмок, Ленин көчөсү 27, үй 3.",
    "ky_lead_last": "Дарегим Жалал-Абад, Токтогул көчөсү, 58.",
    "kk": "Менің мекенжайым: Шымкент, Абай даңғылы 114, пәтер 9.",
    "uz_cyr": "Манзилим: Наманган, Навоий кўчаси 41.",
    "uz_latin": "Manzilim: Andijon, Bobur ko'chasi 73, uy 5.",
    "tg": "Суроғаи ман: Хуҷанд, кӯчаи Рӯдакӣ 88, хонаи 4.",
    "mn": "Миний хаяг: Дархан, 7-р хороо, Сүхбаатарын гудамж, 23-р байр, 41 тоот.",
    "mn_no_colon": "Миний гэрийн хаяг Эрдэнэт, Баянбулаг, 12-р байр",
    # Pashto, Sindhi, Dari in Arabic script.
    "ps": "زما پته: کندهار، ښار نو سړک، کور 42.",
    "sd": "منهنجو پتو: گهر نمبر 57، ڪلاڪ ٽاور روڊ، سکر.",
    "prs": "آدرس من: مزار شریف، سرک دوم، خانه 19.",
    # Indic scripts beside the ones already read (Odia, Assamese, Malayalam, Gujarati,
    # Punjabi, Sinhala).
    "or": "ମୋର ଠିକଣା ହେଉଛି ଘର ନମ୍ବର 18, ଗାନ୍ଧି ମାର୍ଗ, ବାଲେଶ୍ୱର।",
    "as": "মোৰ ঠিকনা: ঘৰ নং 73, এ টি ৰোড, যোৰহাট।",
    "ml": "എന്റെ വിലാസം: വീട് നമ്പർ 12, മാർക്കറ്റ് റോഡ്, തൃശൂർ 680001.",
    "gu": "મારું સરનામું ઘર નંબર 31, સ્ટેશન રોડ, આણંદ છે.",
    "pa": "ਮੇਰਾ ਪਤਾ ਮਕਾਨ ਨੰਬਰ 64, ਮਾਲ ਰੋਡ, ਪਟਿਆਲਾ ਹੈ।",
    "si": "මගේ ලිපිනය අංක 45, ගාලු පාර, මාතර.",
    # South-East Asia: Khmer, Lao, Burmese, Cebuano, Tagalog.
    "km": "អាសយដ្ឋានរបស់ខ្ញុំ ផ្ទះលេខ 17 ផ្លូវ ៣៦០ ភ្នំពេញ។",
    "lo": "ທີ່ຢູ່ຂອງຂ້ອຍ ບ້ານເລກທີ 21 ຖະໜົນ ລ້ານຊ້າງ ວຽງຈັນ",
    "my": "ကျွန်တော့်လိပ်စာ အမှတ် 52 ဗိုလ်ချုပ်လမ်း ရန်ကုန်",
    "ceb": "Nagpuyo ko sa 27 Colon Street, Cebu City 6000.",
    "ceb_address": "Ang akong address kay Purok 3, Barangay Lahug, Cebu City.",
    "tl": "Nakatira ako sa 19 Rizal Avenue, Tacloban 6500.",
    # Horn of Africa: Somali, Oromo, Amharic, Tigrinya.
    "so": "Cinwaankaygu waa Wadada Wadnaha, guriga 61, Hargeysa.",
    "so_degmo": "Cinwaanka gurigaygu waa degmada Hodan, jidka Taleex, guriga 8.",
    "om": "Teessoon koo Daandii Ambo, mana 27, Adaamaa.",
    "am": "አድራሻዬ ቦሌ ክፍለ ከተማ፣ ወረዳ 3፣ የቤት ቁጥር 512 ነው።",
    "ti": "ኣድራሻይ ጎደና ሓርነት ቁ. 14፣ መንደፈራ እዩ።",
    # North Atlantic: Faroese, Icelandic.
    "fo": "Bústaðurin hjá mær er Kongagøta 12, 100 Tórshavn.",
    "is": "Heimilisfangið mitt er Laugavegur 48, 101 Reykjavík.",
    # Tibetan: the road and house words, Tibetan digits too.
    "bo": "ངའི་ཁ་བྱང་གཞིས་ཀ་རྩེ་ བདེ་ཆེན་ལམ་ ཁང་པ་ 23རེད།",
    "bo_digits": "ངའི་ཁ་བྱང་ལྷ་ས་ ནང་བྱང་ལམ་ ཁང་པ་ ༤༧ རེད།",
    # Andean Spanish: "vivo en" and a street type cut short.
    "es_pe": "Vivo en Jr. Junín 455, Huancayo.",
    "es_pe_av": "Vivo en la Av. Grau 1210, Piura.",
    "es_pe_mz": "Mi casa queda en Mz. B Lt. 7, Urb. Santa Rosa, Chiclayo.",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(SAID.values()), ids=list(SAID))
def test_an_address_said_after_its_word_is_found(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


CONTAINERS = {
    "chat_ky": ("gen_ai.input.messages", _chat("Дарегим: Нарын, Орозбеков көчөсү, 16.")),
    "chat_ti": ("gen_ai.input.messages", _chat("ኣድራሻይ ጎደና ሰላም ቁ. 9፣ ከረን እዩ።")),
    "stt_so": ("http.response.body", _stt("Cinwaankaygu waa Wadada Sayidka, guriga 44.")),
    # A Romanian street word, the street, the town, a postcode: no house number.
    "stt_ro": (
        "http.response.body",
        _stt("The courier should come to Strada Livezii, Pitești, 110127 after lunch."),
    ),
    "stt_ro_drumul": (
        "http.response.body",
        _stt("Please send the technician to Drumul Morii, Sibiu, 550125 tomorrow."),
    ),
    "tool_mn": ("tool.arguments", json.dumps({"note": "Миний хаяг Ховд, 5-р баг, 8-р байр"})),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key_text", list(CONTAINERS.values()), ids=list(CONTAINERS))
def test_an_address_said_inside_a_container_is_found(key_text: tuple[str, str], mode: str) -> None:
    key, text = key_text
    assert "address" in _kinds(key, text, mode)


NOT_ADDRESSES = {
    # The word for address with no address after it, or a count, a date, a price.
    "ky_changed": "Дарегим 2019-жылы өзгөрдү.",
    "mn_count": "Миний хаяг 3 удаа өөрчлөгдсөн.",
    "ps_email": "زما پته د بریښنالیک ده، 2 ورځې وړاندې مې ولیږله.",
    "or_days": "ମୋ ଠିକଣା 3 ଦିନ ପରେ ବଦଳିବ।",
    "km_ip": "អាសយដ្ឋាន IP 10.0.0.12 មិនដំណើរការ។",
    "so_email": "Cinwaanka email-kayga waa 2 sano jir.",
    "om_years": "Teessoon koo waggaa 5 dura jijjiirame.",
    "ti_price": "ኣድራሻይ ን 3 ወርሒ ኣይቀየረን።",
    "fo_count": "Bústaðurin hjá mær er 3 ár gamal.",
    "bo_days": "ངའི་ཁ་བྱང་ཉིན་ 3 རྗེས་སུ་བརྗེ་རྒྱུ་རེད།",
    # Directions and a street word without a house number; amounts and counts.
    "so_directions": "Wadada Makka waa 200 mitir dhanka bidix.",
    "om_directions": "Daandii Jimmaa irra kiilomeetira 5 deemi.",
    "es_directions": "Vivo en Lima hace 12 años, cerca del parque.",
    "ceb_years": "Nagpuyo ko sa Cebu sulod sa 10 ka tuig.",
    "ky_minutes": "Ленин көчөсү 10 мүнөт жөө.",
    "ro_order": "Comanda 110127 a fost livrată ieri.",
    "business": "Our office is at the Example Freight Hub, Gate 3, Airport Road.",
    "ml_count": "എന്റെ വിലാസം 2 തവണ മാറി.",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(NOT_ADDRESSES.values()), ids=list(NOT_ADDRESSES))
def test_words_near_an_address_word_are_no_address(text: str, mode: str) -> None:
    assert "address" not in _kinds("transcript", text, mode)


@pytest.mark.parametrize(
    "text",
    ["ମୋ ଠିକଣା ଘର 31, ବଜାର ରୋଡ, ପୁରୀ।", "ମୋ ଠିକଣା ଘର 8, କଲେଜ ନଗର।"],
    ids=["or_short", "or_shorter"],
)
def test_a_short_sentence_around_an_address_is_still_the_callers_words(text: str) -> None:
    assert {"address", "free_text"} <= _kinds("input", text, "forbid")


BUSINESS_KEYS = {
    "hub": ("hub.address", "Northgate Parcel Hub, Dock 4, Ferry Lane"),
    "facility": ("facility.address", "Unit 12, Larchfield Trading Estate, Mill Road"),
    "terminal": ("terminal.address", "Terminal 2, Gate 14, Harbour Road"),
    "fulfilment": ("fulfilment_centre.address", "Bay 7, Orchard Logistics Park, Kiln Way"),
    "plant": ("plant.address", "Works Gate 3, 45 Foundry Road, Ashby"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("key_text", list(BUSINESS_KEYS.values()), ids=list(BUSINESS_KEYS))
def test_a_business_premises_address_stays_clean(key_text: tuple[str, str], mode: str) -> None:
    key, text = key_text
    assert "address" not in _kinds(key, text, mode)


def test_a_persons_address_under_a_delivery_key_is_still_found() -> None:
    assert "address" in _kinds("delivery.address", "45 Foundry Road, Ashby", "forbid")


ARMENIAN = {
    "town_first": "Խնդրում եմ ուղարկել՝ ք. Գավառ, 1201, Սայաթ-Նովա 14, շնորհակալություն։",
    "village_first": "Հասցեն է գ. Արենի, 3601, Նարեկացու 7",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("text", list(ARMENIAN.values()), ids=list(ARMENIAN))
def test_an_armenian_town_postcode_and_street_is_an_address(text: str, mode: str) -> None:
    assert "address" in _kinds("transcript", text, mode)


def test_an_armenian_town_and_a_year_is_no_address() -> None:
    assert "address" not in _kinds("transcript", "ք. Գավառ, 2019 թվական, 3 անգամ", "forbid")
