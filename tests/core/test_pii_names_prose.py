"""Names in third-person prose: summaries, hand-offs, notes, judges' reasons, greetings.

A call's summary, a CRM note or a warm-transfer message is written about the caller, not
by them: "Summary: <name> asked ...", "Transferring <name> to billing", "il cliente
<name> ha comunicato ...", "客户<name>要求退款". A reminder or a voicemail greeting
names the person it is said to or for ("Hi <name>, this is a reminder", "You've reached
<name>"), and a judge's reasoning names who the agent spoke to. Each class in several
languages, on a plain install (the lexicon hidden), with invented names; and the
look-alikes (products, companies, places, headings, personas) that must stay clean.
"""

from __future__ import annotations

import pytest
from _builders import name_masks, pii_kinds

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

# The scan as it runs where faker is not installed.
pytestmark = pytest.mark.usefixtures("lexicon_hidden")

#: Case: the key, the value, the name it holds.
PROSE = {
    # A summary's or a note's heading, then the person it is about.
    "en_summary": (
        "postcall.summary",
        "Summary: Corvin Ashdale asked to move the delivery date.",
        "Corvin Ashdale",
    ),
    "es_resumen": (
        "postcall.summary",
        "Resumen: Leocadia Ferrán solicita una copia de la factura.",
        "Leocadia Ferrán",
    ),
    "de_zusammenfassung": (
        "call.summary",
        "Zusammenfassung: Waltraud Eisele möchte den Vertrag kündigen.",
        "Waltraud Eisele",
    ),
    "fr_synthese": (
        "call.summary",
        "Synthèse : Aurèle Demarchi demande un rappel demain matin.",
        "Aurèle Demarchi",
    ),
    "fr_passe_compose": (
        "call.summary",
        "Compte rendu : Bérénice Lachaume a signalé un changement d'adresse.",
        "Bérénice Lachaume",
    ),
    "it_riepilogo": (
        "postcall.summary",
        "Riepilogo: Fiorenzo Baldacci chiede un preventivo nuovo.",
        "Fiorenzo Baldacci",
    ),
    "pt_resumo": (
        "bland.summary",
        "Resumo: Jurema Figueiral pediu a segunda via do boleto.",
        "Jurema Figueiral",
    ),
    "tr_ozet": (
        "postcall.summary",
        "Özet: Nurhayat Çelikkol faturasını sordu ve itiraz etti.",
        "Nurhayat Çelikkol",
    ),
    "nl_samenvatting": (
        "call.summary",
        "Samenvatting: Geertje Bolhuis wil haar abonnement opzeggen.",
        "Geertje Bolhuis",
    ),
    "pl_notatka": (
        "crm.note",
        "Notatka: Bożydar Kwiatek prosi o kontakt w piątek.",
        "Bożydar Kwiatek",
    ),
    "sv_sammanfattning": (
        "call.summary",
        "Sammanfattning: Ingegerd Lövgren vill flytta sin tid.",
        "Ingegerd Lövgren",
    ),
    "de_notiz": (
        "crm.note",
        "Notiz: Reinhild Stapel hat eine neue Adresse angegeben.",
        "Reinhild Stapel",
    ),
    # A role word (with an article, a title or a comma) before the name.
    "it_il_cliente": (
        "postcall.summary",
        "Riepilogo: il cliente Raimondo Scalzi ha comunicato il nuovo orario.",
        "Raimondo Scalzi",
    ),
    "es_paciente_sr": (
        "crm.note",
        "El paciente, Sr. Anselmo Ribas, llamó para anular la cita.",
        "Anselmo Ribas",
    ),
    "pt_a_cliente": (
        "crm.note",
        "A cliente Marilda Pacheco informou que vai pagar amanhã.",
        "Marilda Pacheco",
    ),
    "nl_klant": (
        "crm.note",
        "De klant Joost Verhoeckx belde over zijn factuur.",
        "Joost Verhoeckx",
    ),
    "de_kundin": (
        "call.summary",
        "Kundin Hedwig Ammann meldet einen Zählerstand.",
        "Hedwig Ammann",
    ),
    "en_parenthesis": (
        "crm.note",
        "Customer (Idalina Sousa) confirmed the new delivery slot.",
        "Idalina Sousa",
    ),
    # A hand-off: who is transferred, with a heading before them.
    "en_transferring": (
        "handoff.data",
        "Transferring Evander Holm to billing.",
        "Evander Holm",
    ),
    "en_warm_transfer": (
        "handoff.data",
        "Warm transfer: Rosalind Tate (verified) is calling about a refund.",
        "Rosalind Tate",
    ),
    "es_traspaso": (
        "wrapup.notes",
        "Traspaso a agente humano: Eulalia Bonet llama por un cargo duplicado.",
        "Eulalia Bonet",
    ),
    "pt_transferencia": (
        "transfer.summary",
        "Transferência para atendente: Jacira Menezes, quer contestar a fatura.",
        "Jacira Menezes",
    ),
    "fr_transfert": (
        "transfer.summary",
        "Transfert vers un conseiller : Hortense Lablache souhaite résilier.",
        "Hortense Lablache",
    ),
    # A summary that opens with the person, then what they did.
    "en_opens_with_name": (
        "postcall.summary",
        "Evangelina Marsh called to update her billing address.",
        "Evangelina Marsh",
    ),
    "json_summary": (
        "gen_ai.tool.call.arguments",
        '{"destination":"queue-7","summary":"Thaddeus Orwell wants to add a second driver"}',
        "Thaddeus Orwell",
    ),
    "es_opens_with_name": (
        "postcall.summary",
        "Casimiro Aldana solicita el cambio de titular.",
        "Casimiro Aldana",
    ),
    # A note's lead-in: who was spoken with.
    "en_spoke_with": (
        "crm.note",
        "Spoke w/ Beatrix Lowell. Needs the forms again.",
        "Beatrix Lowell",
    ),
    "en_cust": (
        "crm.note",
        "cust Cormac Delaney - asked for a copy of the contract.",
        "Cormac Delaney",
    ),
    "es_llamada_con": (
        "crm.note",
        "Llamada con Olegario Fuster: pide factura a nombre de la empresa.",
        "Olegario Fuster",
    ),
    "de_gespraech_mit": (
        "crm.note",
        "Gespräch mit Irmgard Pohlmann: möchte die Rate ändern.",
        "Irmgard Pohlmann",
    ),
    # A judge's reasoning: whom the agent spoke to.
    "en_judge_to": (
        "eval.judge.reasoning",
        "FAIL: the agent read back the full account number to Percival Dunmore instead of the "
        "last four digits.",
        "Percival Dunmore",
    ),
    # A voicemail greeting: whose mailbox it is.
    "en_reached": (
        "amd.greeting.transcript",
        "You've reached Leopold Danvers. I can't take your call right now.",
        "Leopold Danvers",
    ),
    "es_ha_llamado": (
        "amd.greeting.transcript",
        "Ha llamado a Maximina Olmedo, deje su mensaje después de la señal.",
        "Maximina Olmedo",
    ),
    "fr_messagerie": (
        "amd.greeting.transcript",
        "Vous êtes bien sur la messagerie de Sidonie Carrel, laissez-moi un message.",
        "Sidonie Carrel",
    ),
    "it_segreteria": (
        "amd.greeting.transcript",
        "Hai raggiunto la segreteria di Ottavio Ranieri, lascia un messaggio.",
        "Ottavio Ranieri",
    ),
    "pt_voce_ligou": (
        "amd.greeting.transcript",
        "Você ligou para Clarice Bandeira, deixe seu recado após o sinal.",
        "Clarice Bandeira",
    ),
    "de_mailbox": (
        "amd.greeting.transcript",
        "Hier ist die Mailbox von Gerlinde Haas, bitte sprechen Sie nach dem Ton.",
        "Gerlinde Haas",
    ),
    # A reminder said to the person: the greeting's vocative.
    "de_reminder": (
        "tts.text",
        "Guten Tag Reinholt, wir erinnern Sie an Ihren Termin am Montag.",
        "Reinholt",
    ),
    "pl_reminder": (
        "tts.text",
        "Dzień dobry Wiesława, przypominamy o wizycie w czwartek.",
        "Wiesława",
    ),
    "es_reminder": (
        "tts.text",
        "Buenos días Eufemia, le recordamos su cita del martes.",
        "Eufemia",
    ),
    "nl_reminder": (
        "tts.text",
        "Goedemiddag Wessel, dit is een herinnering aan uw afspraak.",
        "Wessel",
    ),
    # A message left by the person, the name inside the turn.
    "de_hier": (
        "recording.transcript",
        "Ja hallo, Wendelin Kroos hier, bitte rufen Sie mich zurück.",
        "Wendelin Kroos",
    ),
    "pt_e_a": (
        "recording.transcript",
        "Oi, é a Lucineide Prates, me liga de volta amanhã.",
        "Lucineide Prates",
    ),
    "pl_mowi": (
        "transcript",
        "Dzień dobry, mówi Radosław Pietka",
        "Radosław Pietka",
    ),
    "sv_det_ar": (
        "transcript",
        "Hej, det är Torbjörn Hägglund som ringer",
        "Torbjörn Hägglund",
    ),
    "da_det_er": (
        "transcript",
        "Hej, det er Mette Kjærgaard",
        "Mette Kjærgaard",
    ),
    "uk_tse": (
        "transcript",
        "Добрий день, це Богдан Ярмоленко",
        "Богдан Ярмоленко",
    ),
    # Scripts without spaces: a role word or an honorific around the name.
    "zh_customer": (
        "bland.summary",
        "通话摘要：客户韦思远要求退款。",
        "韦思远",
    ),
    "ja_sama_yori": (
        "call.summary",
        "通話要約：藤井まどか様より住所変更の依頼。",
        "藤井まどか",
    ),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(PROSE))
def test_a_name_in_prose_about_a_person_is_found(case: str, content: str) -> None:
    key, value, name = PROSE[case]
    assert mask_name(name) in name_masks(key, value, content), (case, content)


#: Prose of the same shapes that names no person: products, companies, departments,
#: places, headings, personas, days.
NOT_NAMES = {
    "en_summary_plan": (
        "postcall.summary",
        "Summary: Premium Plan renewal was declined by the caller.",
    ),
    "en_summary_place": (
        "postcall.summary",
        "Summary: New York office requested a callback on Friday.",
    ),
    "en_heading": (
        "postcall.summary",
        "Call Summary: Account Update Requested",
    ),
    "de_company": (
        "call.summary",
        "Zusammenfassung: Deutsche Bahn meldet eine Verspätung.",
    ),
    "es_bank": (
        "call.summary",
        "Resumen: Banco Santander solicita una verificación adicional.",
    ),
    "fr_department": (
        "call.summary",
        "Synthèse : Service Client a rappelé le client.",
    ),
    "it_department": (
        "call.summary",
        "Riepilogo: Assistenza Clienti ha richiamato oggi.",
    ),
    "en_product_wants": (
        "postcall.summary",
        "Google Calendar wants access to the shared account.",
    ),
    "en_persona": (
        "postcall.summary",
        "Ava from Acme called to confirm the booking for Tuesday.",
    ),
    "en_business_mailbox": (
        "amd.greeting.transcript",
        "You've reached Bright Smile Dental. Our office is closed.",
    ),
    "en_department_mailbox": (
        "amd.greeting.transcript",
        "You've reached the billing department of Acme Insurance.",
    ),
    "es_clinic_mailbox": (
        "amd.greeting.transcript",
        "Ha llamado a Clínica Dental Sonrisa, deje su mensaje.",
    ),
    "en_transfer_department": (
        "handoff.data",
        "Transferring the call to Customer Care.",
    ),
    "en_transfer_queue": (
        "handoff.data",
        "Transferring to Billing Support now.",
    ),
    "en_judge_department": (
        "eval.judge.reasoning",
        "FAIL: the agent read back the order number to Customer Support instead of the caller.",
    ),
    "en_judge_place": (
        "eval.judge.reasoning",
        "PASS: the agent gave directions to Union Station as asked.",
    ),
    "en_greeting_world": (
        "tts.text",
        "Hello World, this is a test of the speech engine.",
    ),
    "de_greeting_team": (
        "tts.text",
        "Guten Tag Team, wir erinnern Sie an das Meeting.",
    ),
    "en_day_start": (
        "postcall.summary",
        "Next Tuesday the caller wants a callback.",
    ),
    "pt_month": (
        "bland.summary",
        "Resumo: Segunda Feira pediu para adiar a renovação.",
    ),
    "pl_company": ("call.summary", "Notatka: Poczta Polska zgłasza opóźnienie przesyłki."),
    "sv_company": ("call.summary", "Sammanfattning: Svenska Spel vill ha ett nytt avtal."),
    "de_bank_town": ("call.summary", "Zusammenfassung: Sparkasse Köln hat bestätigt."),
    "it_company": ("call.summary", "Riepilogo: Poste Italiane ha confermato la spedizione."),
    "nl_department": ("call.summary", "Samenvatting: Klantenservice Zuid belt terug."),
    "en_unit": ("handoff.data", "Warm transfer: Fraud Prevention Unit is taking over."),
    "es_holiday": ("call.summary", "Resumen: Semana Santa cambia el horario de atención."),
    "it_studio_mailbox": (
        "amd.greeting.transcript",
        "Hai raggiunto la segreteria di Studio Dentistico Bellini, lascia un messaggio.",
    ),
    "pt_shop_mailbox": (
        "amd.greeting.transcript",
        "Você ligou para Auto Peças Brasil, deixe seu recado.",
    ),
    "sv_place_self": ("transcript", "det är Stora Torget vi pratar om"),
    "tr_company": ("call.summary", "Özet: Türk Telekom faturası soruldu."),
    "zh_department": ("bland.summary", "客户服务中心要求回访。"),
    "zh_plain": (
        "bland.summary",
        "通话摘要：客户要求退款，已处理。",
    ),
    "ja_plain": (
        "call.summary",
        "通話要約：お客様より住所変更の依頼。",
    ),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_prose_of_the_same_shape_names_no_one(case: str, content: str) -> None:
    key, value = NOT_NAMES[case]
    assert name_masks(key, value, content) == [], (case, content)


#: Disclosures written in a note or a reminder, or said, in more words and languages.
DISCLOSED = {
    "nl_debts": (
        "crm.note",
        "Notitie: belt terug; vraagt naar betalingsregeling wegens schulden.",
    ),
    "zh_laid_off_by": (
        "transcript",
        "我上周被单位裁员了，信用卡也还不上",
    ),
    "nl_coming_out": (
        "text",
        "ik ben vorige maand uit de kast gekomen en thuis is het moeilijk",
    ),
    "zh_laid_off": (
        "transcript",
        "我上个月被裁员了，车贷还不上",
    ),
    "de_addiction": (
        "tts.text",
        "Guten Tag Hartwig, wir erinnern Sie an Ihren Termin in der Suchtberatung am Montag.",
    ),
    "fr_hiv_test": (
        "tts.text",
        "rappel : votre rendez-vous au centre de dépistage VIH est jeudi.",
    ),
    "ko_psychiatry": (
        "tts.text",
        "목요일 오후 3시 정신건강의학과 진료 예약을 안내드립니다.",
    ),
    "en_diagnosed": (
        "relay.handoffData",
        "Caller mentioned being recently diagnosed with lupus and is behind on payments.",
    ),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(DISCLOSED))
def test_a_disclosure_in_a_note_or_reminder_is_found(case: str, content: str) -> None:
    key, value = DISCLOSED[case]
    assert "sensitive" in pii_kinds(key, value, content), (case, content)
