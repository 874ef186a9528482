"""One caller's turn in a language variety: who speaks, where they live, what they disclose.

Callers speak the variety of their region, not the standard language: Swiss German
("da isch ..."), Austrian and Bavarian German, Flemish ("met ..."), Dari and Tajik beside
Persian, Tamil, Malayalam, Sinhala and Urdu. A name comes after a greeting and a short
lead-in, or before a closing copula in scripts without case; an address ends the way its
country ends one (a Canadian province and postal code, a Hungarian ``H-1234``); a mobile
number is said in the local grouping; a disclosure names a treatment or a legal step in
the region's word. All values are invented; the look-alikes greet, name a business, ask
about a treatment in general or read out an amount.
"""

from __future__ import annotations

import json

import pytest
from _builders import name_masks, pii_kinds

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")


def _message(text: str) -> str:
    """A GenAI chat message holding ``text`` (``gen_ai.input.messages``)."""
    return json.dumps([{"role": "user", "parts": [{"type": "text", "content": text}]}])


#: Case: the turn, the name it holds.
GREETED = {
    "de_ch_isch": ("Grüezi, da isch Reto Brunnschweiler.", "Reto Brunnschweiler"),
    "de_ch_two_greetings": ("Hoi zäme, do isch Urs Käppeli.", "Urs Käppeli"),
    "de_at_do_is": ("Servus, do is da Ferdinand Pichlbauer.", "Ferdinand Pichlbauer"),
    "bavarian_i_bin": ("Griaß di, i bin da Sepp Moosbrugger.", "Sepp Moosbrugger"),
    "alsatian_salu": ("Salü, do isch de Marcel Ehrhart.", "Marcel Ehrhart"),
    "nl_be_met": ("Goeiemiddag, met Wouter Verstraeten.", "Wouter Verstraeten"),
    "nl_hier_is": ("Hallo, hier is Jens Vermeulen.", "Jens Vermeulen"),
    "fa_copula": ("سلام، آرش کیانفر هستم.", "آرش کیانفر"),
    "prs_greeting": ("درود، بهاره نیکنام هستم.", "بهاره نیکنام"),
    "tg_latin": ("Salom, man Dilnoza Karimova hastam.", "Dilnoza Karimova"),
    "ps_copula": ("سلام علیکم، زه نجیب الله وردګ يم.", "نجیب الله وردګ"),
    "fa_my_name_is": ("درود، نام من شیرین افشار است.", "شیرین افشار"),
    "tg_cyrillic": ("Салом, ман Фаррух Ҷалолов ҳастам.", "Фаррух Ҷалолов"),
    "ur_copula": ("السلام علیکم، میں عمران قریشی ہوں۔", "عمران قریشی"),
    "ta_pronoun": ("வணக்கம், நான் கவிதா ராஜேந்திரன்.", "கவிதா ராஜேந்திரன்"),
    "ta_copula": ("வணக்கம், நான் முருகன் சேகர் ஆவேன்.", "முருகன் சேகர்"),
    "ml_copula": ("നമസ്കാരം, ഞാൻ അനിത മേനോൻ ആണ്.", "അനിത മേനോൻ"),
    "si_pronoun": ("ආයුබෝවන්, මම නිමල් ජයසූරිය.", "නිමල් ජයසූරිය"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(GREETED))
def test_name_after_a_greeting_in_a_variety(case: str, content: str) -> None:
    value, name = GREETED[case]
    assert mask_name(name) in name_masks("transcript", value, content), (case, content)


#: Greetings with no name, a business after the lead-in, a state after the copula.
NOT_NAMES = {
    "de_ch_question": "Grüezi, ich ha e Frag zu minere Rächnig.",
    "de_at_greeting_alone": "Grüß Gott, ich hätte eine Frage zur Rechnung.",
    "de_ch_business": "Grüezi, da isch de Kundendienst vo de Stadtwerk.",
    "nl_be_business": "Goeiedag, met de klantendienst van Telenet.",
    "nl_be_business_caps": "Goeiedag, met Klantendienst Telenet.",
    "de_ch_station": "Grüezi, da isch Olten Bahnhof, Gleis 7.",
    "de_place": "Servus, i bin grad in Wien Meidling.",
    "fa_thanks": "سلام، خیلی ممنون هستم.",
    "fa_customer": "سلام، مشتری شما هستم.",
    "ps_happy": "سلام، زه ډېر خوشحاله يم.",
    "ur_worried": "السلام علیکم، میں بہت پریشان ہوں۔",
    "ta_fine": "வணக்கம், நான் நலமாக இருக்கிறேன்.",
    "ta_customer": "வணக்கம், நான் உங்கள் வாடிக்கையாளர்.",
    "ml_customer": "നമസ്കാരം, ഞാൻ ഒരു ഉപഭോക്താവ് ആണ്.",
    "si_well": "ආයුබෝවන්, මම හොඳින්.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_greeting_without_a_name_is_clean(case: str, content: str) -> None:
    assert name_masks("transcript", NOT_NAMES[case], content) == [], (case, content)


#: A document read aloud names its holder: case -> the turn, the name.
READ_OFF = {
    "en_ticket": (
        "The ticket says Imogen Thackeray, plate KT21 XRB, due in a week.",
        "Imogen Thackeray",
    ),
    "en_letter": ("The letter is addressed to Marguerite Olsson, not to me.", "Marguerite Olsson"),
    "es_fine": ("La multa dice Rodrigo Salcedo Pérez, placa ABC 123.", "Rodrigo Salcedo Pérez"),
    "de_ticket": ("Auf dem Strafzettel steht Anton Wegscheider.", "Anton Wegscheider"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(READ_OFF))
def test_name_read_off_a_document(case: str, content: str) -> None:
    value, name = READ_OFF[case]
    assert mask_name(name) in name_masks("transcript", value, content), (case, content)


#: What a document says that is a brand, a charge or a heading.
NOT_READ_OFF = {
    "card_brand": "The card says Visa Debit.",
    "tax": "The notice says Council Tax Reduction.",
    "parcel": "The parcel says Amazon Prime.",
    "envelope": "The envelope says Private And Confidential.",
    "gate": "The ticket says Gate B.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_READ_OFF))
def test_document_heading_is_no_name(case: str, content: str) -> None:
    assert name_masks("transcript", NOT_READ_OFF[case], content) == [], (case, content)


#: Case: the turn, whether it is sent inside a chat message's JSON.
ADDRESSES = {
    "ca_postal_code": ("Please send it to 27 Maple Grove, Saskatoon, SK S7K 2L4.", False),
    "ca_french": ("Je demeure au 310 chemin du Lac, Rimouski, QC G5L 7C8.", False),
    "ca_in_message": ("Mail the card to 9 Juniper Rise, Brandon, MB R7A 5N3.", True),
    "sn_villa": ("Mon adresse est Villa n° 58, Cité Djily Mbaye, Dakar.", False),
    "sn_villa_quarter": ("J'habite Villa 203, Sacré-Cœur 3, Dakar.", True),
    "ci_quarter": ("J'habite à la villa 17, quartier Riviera Palmeraie, Abidjan.", False),
    "hu_lower_case": ("A címem Bartók béla út 21., H-1114 Budapest.", False),
    "hu_square": ("A lakcímem Szent istván tér 4., H-7621 Pécs.", True),
    "el_double_comma": ("Μένω στην Αγίου Δημητρίου 61,, 41222 Λάρισα.", False),
    "ar_ma_zanqa": ("ساكن ف 12 زنقة المنصور الذهبي، حي السلام، فاس.", True),
    "ar_ma_hay": ("ساكنة فحي الرياض، زنقة 8، رقم 44، الرباط.", False),
    "yo_ona": ("Àdírẹ́sì mi ni 14 Ọ̀nà Adeyemi, Ọ̀yọ́.", True),
    "yo_opopona": ("Mo ń gbé ní 9 Òpópónà Bódìjà, Ìbàdàn.", False),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(ADDRESSES))
def test_address_in_a_variety(case: str, content: str) -> None:
    value, wrapped = ADDRESSES[case]
    key, text = ("gen_ai.input.messages", _message(value)) if wrapped else ("transcript", value)
    assert "address" in pii_kinds(key, text, content), (case, content)


#: A street named with no number, a villa to rent, a question about a postal code.
NOT_ADDRESSES = {
    "hu_no_number": "Melyik busz megy az Andrássy út felé?",
    "sn_villa_rent": "La villa est disponible à partir du 12 juin.",
    "ar_ma_no_number": "فين كاين حي الرياض؟",
    "yo_no_number": "Ṣé ọkọ̀ yìí ń lọ sí Ọ̀nà Ìbàdàn?",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_ADDRESSES))
def test_street_word_alone_is_no_address(case: str, content: str) -> None:
    assert "address" not in pii_kinds("transcript", NOT_ADDRESSES[case], content), case


#: Colombian mobiles said as the three-digit carrier code, then seven digits.
PHONES = {
    "co_numero": "Mi número es 315 7654321.",
    "co_celular": "Mi celular es 300 9876543, llámeme después.",
    "co_llamar": "Me puede llamar al 318 4567890 en la tarde.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(PHONES))
def test_mobile_in_local_grouping(case: str, content: str) -> None:
    assert "phone" in pii_kinds("lk.user_transcript", PHONES[case], content), case


#: The same grouping for an order, an amount, an invoice.
NOT_PHONES = {
    "co_order": "El pedido 321 1234567 ya salió de bodega.",
    "co_amount": "Son 320 000 pesos en total.",
    "co_invoice": "La factura 3001234567 vence mañana.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_PHONES))
def test_order_or_amount_is_no_phone(case: str, content: str) -> None:
    assert "phone" not in pii_kinds("lk.user_transcript", NOT_PHONES[case], content), case


SENSITIVE = {
    "de_at_addiction_therapy": "Ich bin seit März in einer Suchttherapie.",
    "de_withdrawal": "Mein Mann macht gerade einen Alkoholentzug.",
    "de_ch_enforcement": "Gegen mich läuft eine Betreibung.",
    "de_ch_enforcements": "Ich habe zwei Betreibungen offen.",
    "de_at_enforcement": "Ich habe eine Lohnpfändung und eine Exekution laufen.",
    "nl_be_debt_settlement": "Ik zit in de collectieve schuldenregeling.",
    "hu_addiction_tie": "A férjem alkoholfüggő.",
    "hu_treated_for": "Drogfüggőség miatt kezelnek.",
    "hu_enforcement": "Végrehajtás van a fizetésemen, nem tudok fizetni.",
    "fa_asylum_mine": "درخواست پناهندگی‌ام رد شد.",
    "prs_asylum_seeker": "من پناهجو هستم.",
    "es_deported": "A mi hermano lo deportaron el año pasado.",
    "pt_deported": "O meu marido foi deportado em março.",
    "fr_palliative": "Ma mère est en soins palliatifs depuis lundi.",
    "ru_oncology": "У папы онкология, вторая стадия.",
    "ro_cirrhosis": "Mama are ciroză hepatică.",
    "id_stroke": "Ayah saya kena stroke minggu lalu.",
    "sw_jailed": "Ndugu yangu amefungwa jana.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(SENSITIVE))
def test_disclosure_in_a_variety(case: str, content: str) -> None:
    assert "sensitive" in pii_kinds("transcript", SENSITIVE[case], content), case


#: The same words asked about in general terms.
NOT_SENSITIVE = {
    "de_price": "Was kostet eine Suchttherapie bei Ihnen?",
    "de_ch_how": "Wie funktioniert eine Betreibung in der Schweiz?",
    "nl_be_how": "Hoe werkt de collectieve schuldenregeling?",
    "hu_meaning": "Mit jelent pontosan a függőség?",
    "fa_documents": "پناهندگی چه مدارکی لازم دارد؟",
    "es_general": "¿Qué pasa si a alguien lo deportaron?",
    "fr_refund": "Les soins palliatifs sont-ils remboursés?",
    "ru_what": "Что такое онкология?",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_SENSITIVE))
def test_general_question_is_no_disclosure(case: str, content: str) -> None:
    assert "sensitive" not in pii_kinds("transcript", NOT_SENSITIVE[case], content), case
