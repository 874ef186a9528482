"""Names by class, on a plain install: lead-ins, honorifics, relations, staff, scripts, spelling.

Every case holds a name that only its grammar tells: the lexicon (the ``names`` extra) is
hidden, so each rule is seen working where faker is not installed. The names are invented
combinations, several languages per class; each class has its look-alikes that are no name.
"""

from __future__ import annotations

import pytest
from _builders import name_masks

from pytest_patter_trace.core._pii import names

MODES = ("forbid", "allow")


# The scan as it runs where faker is not installed.
pytestmark = pytest.mark.usefixtures("lexicon_hidden")


NAMES = {
    # (1) Lead-ins: a speaker naming themself on the phone, in more languages.
    "fr_cest": ("transcript", "bonjour, c'est Margaux Perrichon pour la livraison"),
    "fr_appareil": ("lk.user_input", "oui bonjour, Théo Lambrecht à l'appareil"),
    "de_hier_spricht": ("stt.transcript", "Guten Tag, hier spricht Renate Vogelsang"),
    "de_hier_ist": ("transcript", "hallo, hier ist Jörg Bachmeier wegen der Rechnung"),
    "pt_fala": ("input.value", "bom dia, fala o Rodrigo Meirelles"),
    "pt_aqui": ("transcript", "olá, aqui é a Luíza Carvalhal"),
    "pt_sou_particles": ("transcript", "sou a Ana dos Reis Ferreira, cliente antiga"),
    "cs_tady": ("transcript", "dobrý den, tady Zdeněk Kratochvíl"),
    "id_atas_nama": ("lk.user_transcript", "pesanannya atas nama Hendra Gunawan"),
    "he_speaking": ("transcript", "שלום, מדברת רונית אלמוג"),
    "th_name": ("transcript", "สวัสดีครับ ผมชื่อสมศักดิ์ ทองดีครับ"),
    "th_name_spaced": ("transcript", "ดิฉันชื่อ มาลัย ศรีวงศ์ ค่ะ"),
    "tr_adina": ("stt.transcript", "Nurhan Çelikkaya adına bir rezervasyon vardı"),
    # Honorifics around the name, declined or after it.
    "tr_hanim": ("transcript", "Gülsüm Hanım yarın gelecek"),
    "tr_bey": ("gen_ai.completion", "Teşekkürler Kemal Bey, siparişiniz hazır."),
    "pl_pani": ("input.value", "rezerwacja dla pani Zawadzkiej"),
    "pl_panem": ("transcript", "rozmawiałam wczoraj z panem Olszewskim"),
    "uk_pane": ("text", "Дякую, пане Тарасе Мельничук, замовлення готове."),
    "uk_pani": ("transcript", "це пані Ганна Ковальчук з третього поверху"),
    "cs_pani": ("tts.text", "Děkuji, paní Dvořáková, objednávka je hotová."),
    "id_ibu": ("patter.llm.response", "Baik, Ibu Ratna Sari, pesanan Anda sudah dicatat."),
    "id_bapak": ("transcript", "saya mau bicara dengan Bapak Sutrisno"),
    # (1) Third parties: relations named without "my" (Turkish, Korean suffixes).
    "tr_relation": ("stt.transcript", "kardeşim Emre Yalçınkaya yarın sizi arayacak"),
    "tr_relation_son": ("transcript", "oğlum Burak Ekinci ödemeyi yapacak"),
    "ko_relation": ("transcript", "아내 최유진 씨가 대신 받을 거예요"),
    "ko_honorific": ("gen_ai.completion", "한서윤 님, 예약이 확인되었습니다."),
    # (1) Staff named by role, after a comma.
    "staff_en": ("lk.user_transcript", "could I speak to the pharmacist, Helena Marsh?"),
    "staff_en_mid": ("transcript", "your case manager, Tobias Wrenfield, will call you"),
    "staff_es": ("transcript", "la enfermera, Lucía Ferrán, me dijo que llamara"),
    # (3) Scripts without case: a surname with an honorific.
    "zh_honorific": ("lk.response.text", "刘建华先生，您的订单已发货。"),
    "zh_honorific_mid": ("transcript", "请帮我找一下陈静女士"),
    "ja_staff": ("transcript", "受付の高橋さんに聞いてください"),
    "ja_doctor": ("transcript", "主治医の中村先生から紹介されました"),
    "ja_short_surname": ("transcript", "林と申します"),
    "ja_surname_given": ("stt.transcript", "予約していた松本 恵美です"),
    # (4) Spelled out letter by letter, then written.
    "spelled_pl": ("input.value", "nazwisko: k-r-z-y-w-i-c-k-a, Krzywicka"),
    "spelled_en": ("transcript", "it's Okonjo, that's O K O N J O"),
    "spelled_de": ("transcript", "Schmiedtke, S-C-H-M-I-E-D-T-K-E, ja genau"),
    # Tool payloads: a person under a role key, any language.
    "payload_caller": ("getpatter.tool.result", '{"found": true, "caller": "Ingrid Solberg"}'),
    "payload_recipient": ("tool.arguments", '{"recipient": "Paolo Ferrandi", "qty": 2}'),
    "payload_es": ("getpatter.tool.arguments", '{"cliente": "Ana Ruiz Beltrán", "mesa": 4}'),
    "payload_it": ("tool.arguments", '{"destinatario": "Carla Benedetti", "colli": 1}'),
    "payload_de": ("getpatter.tool.result", '{"empfänger": "Jonas Wießner", "ok": true}'),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), NAMES.values(), ids=NAMES)
def test_a_name_told_by_its_grammar(key: str, value: str, content: str) -> None:
    assert names.lexicon() is None
    assert name_masks(key, value, content)


NOT_NAMES = {
    "fr_cest_day": ("transcript", "c'est Lundi prochain, non?"),
    "fr_cest_lower": ("transcript", "c'est bon, merci"),
    "de_hier_ist_lower": ("transcript", "hier ist alles in Ordnung"),
    "pt_fala_lower": ("transcript", "fala mais devagar por favor"),
    "he_speaks_language": ("transcript", "אני מדבר עברית ואנגלית"),
    "he_about": ("transcript", "שלום, מדבר על ההזמנה שלי"),
    "th_username": ("transcript", "ชื่อผู้ใช้ของฉันหายไป"),
    "tr_street": ("transcript", "adresim Bağdat Caddesi 12"),
    "tr_lower": ("transcript", "adına kayıt yok mu"),
    "pl_pan_lower": ("transcript", "czy pan może powtórzyć"),
    "zh_soon": ("transcript", "马上就到，谢谢"),
    "zh_husband": ("transcript", "我先生明天来取"),
    "zh_doctor": ("transcript", "我想看医生"),
    "zh_life": ("transcript", "原先生活在北京"),
    "zh_ladies": ("transcript", "各位女士们先生们"),
    "ko_weather": ("transcript", "오늘 날씨가 좋네요"),
    "ko_heart": ("transcript", "마음씨가 참 고와요"),
    "ko_teacher": ("transcript", "선생님께 물어볼게요"),
    "ko_customer": ("gen_ai.completion", "고객님, 예약이 확인되었습니다."),
    "ja_ward": ("transcript", "中野区です"),
    "ja_thing": ("transcript", "本と申します"),
    "staff_weekday": ("transcript", "the nurse, Monday at ten is fine"),
    "staff_place": ("transcript", "the agent, London Office, said no"),
    "spelled_code": ("transcript", "the code is A B C 1 2 3"),
    "spelled_no_word": ("transcript", "press the keys A-B-C in order"),
    "spelled_other_word": ("transcript", "the code is X Y Z W, thanks"),
    "payload_tier": ("getpatter.tool.result", '{"caller": "Gold Tier", "found": true}'),
    "payload_number": ("tool.arguments", '{"recipient": "+15550100", "qty": 2}'),
    "it_street": ("transcript", "it's Studio 10, Harbour Road"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), NOT_NAMES.values(), ids=NOT_NAMES)
def test_no_name_in_look_alikes(key: str, value: str, content: str) -> None:
    assert name_masks(key, value, content) == []


def test_a_spelled_name_is_masked_as_a_name() -> None:
    found = name_masks("transcript", "Schmiedtke, S-C-H-M-I-E-D-T-K-E, ja genau", "allow")
    assert found
    assert all("S-C-H" not in masked and "Schmied" not in masked for masked in found)


ALONE = {
    "bare": ("stt.transcript", "Radomira Kvapilová"),
    "bare_then_talk": ("transcript", "Ottokar Brennecke, Tisch für drei bitte"),
    "after_yes": ("lk.user_input", "sí, Ximena Arrieta Goñi"),
    "in_chat_json": (
        "gen_ai.input.messages",
        '[{"role": "user", "content": "Teodora Vujić"}]',
    ),
}

NOT_ALONE = {
    "city": ("transcript", "San Sebastián, por favor"),
    "payment": ("transcript", "Apple Pay."),
    "thanks": ("transcript", "Thank You!"),
    "status": ("transcript", "Customer Service, please"),
    "one_word": ("transcript", "Tuesday."),
    "sentence": ("transcript", "Radomira called yesterday about the order"),
    "hotel": ("transcript", "Grand Hotel, please"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), ALONE.values(), ids=ALONE)
def test_a_name_said_alone(key: str, value: str, content: str) -> None:
    assert name_masks(key, value, content)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), NOT_ALONE.values(), ids=NOT_ALONE)
def test_title_case_that_is_no_name(key: str, value: str, content: str) -> None:
    assert name_masks(key, value, content) == []


SAID_TO = {
    "greeted_pair": ("gen_ai.completion", "Thank you, Ileana Morcote. Your table is booked."),
    "greeted_pair_fr": ("tts.text", "Merci, Aurore Delvaux, à demain."),
    "ends_reply": ("output", "I'm sorry to hear that, Quillon. A nurse will call you."),
    "ends_reply_es": ("gen_ai.completion", "Lo siento mucho, Yarelis. Le llamamos mañana."),
}

NOT_SAID_TO = {
    "place_list": ("transcript", "I live near the old harbour in Lyon, France."),
    "delivered_to": ("transcript", "it was shipped from the warehouse to Leeds, England."),
    "greeted_thing": ("gen_ai.completion", "Thanks, Customer Service. Bye."),
    "weekday": ("gen_ai.completion", "we can do it next week, Tuesday."),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), SAID_TO.values(), ids=SAID_TO)
def test_a_name_said_to_the_caller(key: str, value: str, content: str) -> None:
    assert name_masks(key, value, content)


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), NOT_SAID_TO.values(), ids=NOT_SAID_TO)
def test_a_place_after_a_comma_is_no_name(key: str, value: str, content: str) -> None:
    assert name_masks(key, value, content) == []


def test_a_business_word_after_an_honorific_is_no_name() -> None:
    assert name_masks("transcript", "we flew with Peter Pan Airlines last year", "allow") == []


#: Businesses, places and weekdays where the new lead-ins expect a person.
NOT_PERSONS = {
    "pt_company": ("transcript", "fala a Vivo, em que posso ajudar?"),
    "pt_bank": ("transcript", "aqui é o Banco do Brasil"),
    "id_company": ("transcript", "atas nama perusahaan"),
    "tr_city": ("transcript", "annem İzmir'de yaşıyor"),
    "tr_bank": ("transcript", "Garanti Bankası adına arıyorum"),
    "zh_monday": ("transcript", "周一医生不在"),
    "he_here": ("transcript", "כאן השירות"),
    "spell_card": ("transcript", "spell it: A-M-E-X"),
    "greeted_city": ("gen_ai.completion", "Gracias, Buenos Aires."),
    "ends_word": ("gen_ai.completion", "it costs twenty dollars, Total."),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), NOT_PERSONS.values(), ids=NOT_PERSONS)
def test_no_person_where_a_lead_in_meets_a_business(key: str, value: str, content: str) -> None:
    assert name_masks(key, value, content) == []


@pytest.mark.parametrize("value", ["\rA", "\r\nA.", "\t, B.", "\u2028Thanks,\rC"])
def test_a_control_character_before_a_word_raises_nothing(value: str) -> None:
    for content in MODES:
        name_masks("transcript", value, content)
