"""Names in the forms a caller uses on the phone and an agent uses reading them back.

The lead-in tables know "my name is" in many languages; these are the other FORMS: a name
confirmed by the calling verb after it ("soy ... llamaba"), a name said before "my name"
or a copula ("Brenner mein Name", "... naiz", "si ... po ito"), a phone opener after a
greeting ("pronto buongiorno sono ...", "dobrý den tady ..."), an honorific or a staff
role in lower case before a capitalised name ("señor ...", "nurse ..."), a booking "for"
someone, "I am" before a capitalised name in more languages, and "I ... am speaking" or
"with you ..." in scripts without case. Each has a look-alike that is no name. The lexicon
is hidden: every rule works on a plain install. The names are invented combinations.
"""

from __future__ import annotations

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")


#: Case: the transcript, the name it holds.
NAMES = {
    # A calling verb after the run confirms it, in any case.
    "en_calling_place_surname": ("hi this is Megan Park calling about my refill", "Megan Park"),
    "es_soy_llamaba": ("hola soy marisol quintero llamaba por la factura", "marisol quintero"),
    "pt_sou_ligando": ("bom dia sou a luana prates ligando sobre o boleto", "luana prates"),
    "fr_je_suis_appelle": (
        "bonjour je suis noémie carpentier j'appelle pour ma commande",
        "noémie carpentier",
    ),
    "tr_ben_ariyorum": ("merhaba ben deniz akgül arıyorum kargo için", "deniz akgül"),
    "pl_jestem_dzwonie": (
        "dzień dobry jestem ola brzezińska dzwonię w sprawie faktury",
        "ola brzezińska",
    ),
    "id_saya_menelepon": ("halo saya rudi hartono menelepon soal tagihan", "rudi hartono"),
    # A greeting, then the name and "speaking" / "here".
    "en_au_greeting_speaking": (
        "G'day, Shane Whitlock speaking, ringing about the bill",
        "Shane Whitlock",
    ),
    "en_hi_lower_here": ("hi, tobias lindqvist here about the parcel", "tobias lindqvist"),
    # The opener inside an STT provider's JSON: the turn starts at the string's quote.
    "it_json_opener": (
        '{"text":"pronto buongiorno sono ludovica sarti","language":"it"}',
        "ludovica sarti",
    ),
    "te_json_nenu": (
        '[{"role":"user","content":"namaskaram andi nenu sravani reddy"}]',
        "sravani reddy",
    ),
    # A capitalised name after a relative or a role, then lower-case words.
    "sw_mama_yuko": ("mama yangu Amina Wekesa yuko nyumbani", "Amina Wekesa"),
    "ar_latn_ana_men": ("salam ana Khaled Haddad men irbid", "Khaled Haddad"),
    # A name said before "my name" or a copula.
    "de_mein_name": ("Ja, guten Tag, Brenner mein Name, Carola Brenner", "Brenner"),
    "de_ist_mein_name": ("guten Morgen, Wachowiak ist mein Name", "Wachowiak"),
    "en_is_my_name": ("uh tobias lindqvist is my name", "tobias lindqvist"),
    "es_es_mi_nombre": ("buenas, Reinaldo Ibarra es mi nombre", "Reinaldo Ibarra"),
    "eu_naiz": ("Kaixo, Ainhoa Etxeberria naiz, txanda aldatu nahi dut.", "Ainhoa Etxeberria"),
    "jam_dis": ("Wah gwaan, a Delroy Campbell dis, mi a call bout mi bill", "Delroy Campbell"),
    "tl_po_ito": ("magandang umaga po, si Rowena Dizon po ito", "Rowena Dizon"),
    "tl_lower_ito": ("hello po si rowena dizon po ito", "rowena dizon"),
    "am_negn": ("selam ene hanna girma negn", "hanna girma"),
    # A phone opener after a greeting, lower case, to the end of the turn.
    "it_pronto_sono": ("pronto buongiorno sono ludovica sarti", "ludovica sarti"),
    "cs_tady": ("dobrý den tady jana vokáčová", "jana vokáčová"),
    "pt_aqui_e_o": ("oi aqui é o rodrigo menezes tudo bem", "rodrigo menezes"),
    "es_le_habla": ("buenas tardes le habla ramiro echeverría", "ramiro echeverría"),
    "de_hier_spricht": ("guten tag hier spricht jonas wehrle", "jonas wehrle"),
    "fr_a_l_appareil": ("bonjour c'est mathilde rousseau à l'appareil", "mathilde rousseau"),
    "tr_iyi_gunler_ben": ("iyi günler ben kerem yıldırım", "kerem yıldırım"),
    "te_nenu": ("namaskaram andi nenu sravani reddy", "sravani reddy"),
    "pa_main": ("sat sri akal ji main gurpreet sandhu", "gurpreet sandhu"),
    "ro_sunt_lower": ("bună ziua sunt ioana munteanu", "ioana munteanu"),
    # "I am" and phone lead-ins before a capitalised name.
    "tr_ben_caps": ("Merhaba, ben Nurcan Öztürk, siparişim hakkında arıyorum.", "Nurcan Öztürk"),
    "id_saya_caps": ("Halo, saya Wahyu Simanjuntak, mau tanya soal tagihan.", "Wahyu Simanjuntak"),
    "ro_sunt_caps": ("bună ziua, sunt Sorin Vlăduțu", "Sorin Vlăduțu"),
    "el_eimai_o": ("καλημέρα, είμαι ο Θανάσης Κορωνάκης", "Θανάσης Κορωνάκης"),
    "pt_fala": ("Bom dia, fala Fabiana Couto, ligo por causa da fatura.", "Fabiana Couto"),
    "fr_de_la_part": (
        "Oui bonjour, c'est de la part de Solène Marchetti pour le dossier.",
        "Solène Marchetti",
    ),
    "gsw_mis_name": (
        "Grüezi, mis Name isch Urs Bachmann, ich lüüt wäg de Rächnig.",
        "Urs Bachmann",
    ),
    "ar_latn_ana": ("salam ana Khaled Haddad, min fadlak", "Khaled Haddad"),
    # An honorific or a staff role in lower case before a capitalised name.
    "es_senor_reply": ("Gracias, señor Paucar Ticona, su pedido sale mañana.", "Paucar Ticona"),
    "es_dona": ("es para mi suegra, doña Eulalia Benavente", "Eulalia Benavente"),
    "pt_dona": ("minha tia, dona Cleusa Amaral, não consegue ligar", "Cleusa Amaral"),
    "it_signora": ("grazie signora Bertolini, a presto", "Bertolini"),
    "fr_madame": ("merci madame Lefebvre-Aubry, bonne journée", "Lefebvre-Aubry"),
    "en_nurse": ("nurse Chinwe Okafor told me to ring back after six", "Chinwe Okafor"),
    "en_mr_lower": ("ok mr Pemberton we will call you back", "Pemberton"),
    "vi_bac_si": ("bác sĩ Quang bảo em gọi lại", "Quang"),
    # Read back: a booking for someone.
    "en_booking_for": ("the reservation is for Imke Vos at seven", "Imke Vos"),
    "en_table_for": ("a table for two for Idris Lwazi please", "Idris Lwazi"),
    "es_reserva_para": ("la reserva es para Anselmo Ruiz Toledo", "Anselmo Ruiz Toledo"),
    "en_read_back": ("Let me read that back: Ifeoma Nwosu, born March third.", "Ifeoma Nwosu"),
    "en_down_as": ("I have you down as Tobias Lindqvist.", "Tobias Lindqvist"),
    "en_booking_under": ("I have your booking under Castellanos.", "Castellanos"),
    "ar_ustaz": ("شكرا أستاذ خالد", "خالد"),
    # Scripts without case.
    "ar_maak": ("السلام عليكم، معك سامر الحداد", "سامر الحداد"),
    "ar_ism": ("الاسم خالد بن سعيد العتيبي", "خالد بن سعيد العتيبي"),
    "ar_ana": ("مرحبا أنا ليلى الشامي من عمّان", "ليلى الشامي"),
    "bn_speaking": ("নমস্কার, আমি অনির্বাণ দত্ত বলছি", "অনির্বাণ দত্ত"),
    "ta_speaking": ("வணக்கம், நான் கார்த்திகேயன் பேசுறேன்", "கார்த்திகேயன்"),
    "mr_speaking": ("नमस्कार, मी विनायक जोशी बोलतोय", "विनायक जोशी"),
    "gu_speaking": ("નમસ્તે, હું કિંજલ મહેતા બોલું છું", "કિંજલ મહેતા"),
    "te_speaking": ("నమస్కారం, నేను శ్రీనివాస్ మాట్లాడుతున్నాను", "శ్రీనివాస్"),
    "zh_wo_shi": ("你好，我是赵丽萍，我想查一下订单。", "赵丽萍"),
    "th_name": ("ชื่อ ประยุทธ ทองดี ครับ", "ประยุทธ ทองดี"),
    "th_phom_chue": ("สวัสดีครับ ผมชื่อ วีระ ศรีสุข ครับ", "วีระ ศรีสุข"),
    "lo_spaced": ("ສະບາຍດີ, ຂ້ອຍຊື່ ບຸນມີ ພົມມະຈັນ, ຢາກຖາມ.", "ບຸນມີ ພົມມະຈັນ"),
    "km_spaced": ("សួស្តី ខ្ញុំឈ្មោះ សុខ ដារា ខ្ញុំចង់សួរ", "សុខ ដារា"),
    "mn_gedeg": ("Сайн байна уу, намайг Батбаяр Дорж гэдэг, асуух юм.", "Батбаяр Дорж"),
    "he_medaber": ("שלום, מדבר יואב כהן", "יואב כהן"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NAMES))
def test_name_found(case: str, content: str) -> None:
    value, name = NAMES[case]
    assert mask_name(name) in name_masks("transcript", value, content), (case, content)


#: Look-alikes: the same forms with no name in them.
NOT_NAMES = {
    "en_calling_business": "hi this is Riverside Pharmacy calling about your refill",
    "en_calling_me": "hi it's just me calling again about the order",
    "en_calling_about": "i'm calling about my order from last week",
    "es_soy_cliente": "hola soy cliente de ustedes llamaba por la factura",
    "es_soy_yo": "hola soy yo otra vez llamando por lo mismo",
    "it_sono_io": "pronto sono io chiamo dopo",
    "it_sono_state": "pronto buongiorno sono rimasta senza corrente",
    "it_sono_late": "buongiorno sono in ritardo con il pagamento",
    "cs_tady_problem": "dobrý den tady je problém s objednávkou",
    "pt_aqui_problem": "oi aqui é sobre a fatura do mês",
    "de_hier_ist": "guten tag hier ist alles in ordnung",
    "en_my_name_is_that": "that is my name on the account",
    "en_what_my_name": "what is my name on the booking",
    "de_mein_name_steht": "guten Tag, mein Name steht auf der Liste",
    "en_here_about": "hi, just here about the parcel",
    "eu_state": "Kaixo, oso pozik naiz zuekin.",
    "tl_ito_order": "hello po ito po yung order ko",
    "am_fine": "selam ene dehna negn",
    "te_nenu_fine": "namaskaram andi nenu bagunnanu",
    "tr_ben_state": "merhaba ben de aynı sorunu yaşıyorum",
    "id_saya_want": "halo saya mau tanya soal tagihan listrik",
    "ro_sunt_state": "bună ziua sunt foarte supărată pe voi",
    "es_senor_bye": "gracias señor, que tenga buen día",
    "es_senora_lower": "la señora de la limpieza ya vino",
    "en_nurse_lower": "the nurse told me to ring back after six",
    "en_doctor_day": "the doctor Monday said it was fine",
    "en_booking_day": "the reservation is for Friday Evening",
    "en_table_for_two": "a table for two please at seven",
    "es_reserva_dia": "la reserva es para el sábado",
    "ar_maak_thanks": "شكرا معك حق",
    "bn_speaking_about": "আমি বিলের ব্যাপারে বলছি",
    "zh_new_customer": "您好，我是新客户，想问一下。",
    "zh_province": "你好，我是江苏的，想问一下运费。",
    "zh_weekend": "我是周末来的，",
    "en_down_as_plan": "I have you down as Premium Member.",
    "en_under_review": "I have your booking under Review.",
    "en_read_back_number": "let me read that back: order number five",
    "ar_ustaz_school": "الأستاذ في المدرسة",
    "th_name_field": "ชื่อ ผิด ครับ",
    "he_here": "שלום, מדבר על החשבון שלי",
    "sw_relative_place": "mama yangu yuko Nairobi sasa",
    "it_json_state": '{"text":"pronto buongiorno sono rimasta senza corrente"}',
    "en_signed_number": "hi, order number here",
    "en_signed_street": "hello, Main Street here",
    "en_order_product": "the order is for Apple Pay",
    "en_calling_state": "this is urgent calling you again",
    "it_sono_available": "pronto sono disponibile domani",
    "it_sono_elided": "buongiorno sono interessata all'offerta",
    "pl_jestem_state": "dzień dobry jestem zainteresowana ofertą",
    "tr_ben_negation": "merhaba ben memnun değilim",
    "es_soy_new": "buenas tardes soy nueva clienta",
    "pt_sou_patient": "olá sou paciente da clínica",
    "de_bin_participle": "hallo ich bin total genervt",
    "fr_de_la_part_company": "c'est de la part de la banque pour votre dossier",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_look_alike_is_no_name(case: str, content: str) -> None:
    assert name_masks("transcript", NOT_NAMES[case], content) == [], (case, content)
