"""Third parties, staff and names in records, in many languages, on a plain install.

A person other than the caller, named in a call, is personal data: a relative, an
emergency contact, a colleague, a doctor or a nurse, a human agent. Each case names one
after a kin term or a role in the grammar its language uses (Slavic cases, Hindi and Urdu
postpositions, Arabic suffixes, Japanese and Korean particles, Thai and Chinese without
spaces). Records: a person's field keyed in another script, a person's record nested in
a tool's result, a caller-name lookup in a form body. The lexicon is hidden; the names
are invented combinations. Each class has look-alikes that are no name.
"""

from __future__ import annotations

import pytest
from _builders import name_masks, span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

# The scan as it runs where faker is not installed.
pytestmark = pytest.mark.usefixtures("lexicon_hidden")


#: Case: the transcript, the name it holds.
THIRD = {
    # Latin and Cyrillic script: the name capitalised after a kin term or a role.
    "es_honorific": ("es para mi cuñada, doña Rosalba Quintero", "Rosalba Quintero"),
    "pt_honorific": ("minha sogra, dona Ivone Calado, está internada", "Ivone Calado"),
    "it_in_law": ("mio cognato Ettore Lanfranchi ha chiamato ieri", "Ettore Lanfranchi"),
    "fr_in_law": ("c'est pour ma belle-mère, Odile Fressange", "Odile Fressange"),
    "de_in_law": ("mein Schwager Torsten Mielke hat angerufen", "Torsten Mielke"),
    "ru_genitive": ("это для моей бабушки, Ангелина Круглова", "Ангелина Круглова"),
    "ru_for_brother": ("я звоню за брата, Всеволод Ершов.", "Всеволод Ершов"),
    "uk_brother": ("мій брат Остап зараз на роботі", "Остап"),
    "pl_genitive": ("dzwonię w imieniu żony, Jadwiga Sobczyk.", "Jadwiga Sobczyk"),
    "pl_lower": ("chodzi o moją wnuczkę aurelia", "aurelia"),
    "cs_no_possessive": ("manželka Květa tam byla v pondělí", "Květa"),
    "hr_genitive": ("zovem u ime supruga, Dalibor Kranjec.", "Dalibor Kranjec"),
    "sw_comma": ("ninapiga kwa niaba ya baba yangu, Juma Mwakasege.", "Juma Mwakasege"),
    "sw_mother": ("mama yangu Zawadi Mrisho yuko hospitalini", "Zawadi Mrisho"),
    "ar_latn": ("ukhti Salma Haddad 3andha maw3ed bukra", "Salma Haddad"),
    "el_mother": ("η μητέρα μου, Ευανθία Λάμπρου, θα έρθει", "Ευανθία Λάμπρου"),
    "en_staff_nurse": ("nurse Chidinma Okoro told me to call back", "Chidinma Okoro"),
    "en_staff_apposition": (
        "The agent I spoke with on Monday, Dorian Feld, said it was fixed.",
        "Dorian Feld",
    ),
    "en_emergency": ("my emergency contact would be Philippa Garside", "Philippa Garside"),
    "vi_doctor": ("bác sĩ Hạnh bảo tôi gọi lại", "Hạnh"),
    "en_colour_surname": ("the nurse who called me, Wendell Green, was kind", "Wendell Green"),
    "cs_kin_like_name": ("manželka Ema tam byla v úterý", "Ema"),
    "de_capital_kin": ("Meine Mutter Hilde Brandt kommt morgen", "Hilde Brandt"),
    "en_name_first": ("it's about Orla Fennimore, my wife, she booked it", "Orla Fennimore"),
    "es_name_first": ("Ana Lucía Verdejo, mi madre, tiene cita.", "Ana Lucía Verdejo"),
    "ca_mother": ("la meva mare Montserrat Vilabella té hora demà", "Montserrat Vilabella"),
    "eu_mother": ("nire ama Edurne Lasagabaster etorriko da", "Edurne Lasagabaster"),
    "tl_marker": ("asawa ko si Marites Dumalagan ang tumawag", "Marites Dumalagan"),
    "sq_wife": ("gruaja ime Drita Kelmendaj do të vijë", "Drita Kelmendaj"),
    "hy_mother": ("Իմ մայրս Անահիտ Սարգսյանը կզանգի", "Անահիտ Սարգսյանը"),
    "kk_wife": ("әйелім Айгүл Серікбаева келеді", "Айгүл Серікбаева"),
    "fa_mother": ("مادرم زهره کریمیان فردا میاد", "زهره کریمیان"),
    # Scripts without case: the name bounded by a particle, a postposition or a verb.
    "hi_sister": ("मेरी बहन सुरभि चौहान का ऑपरेशन है", "सुरभि चौहान"),
    "hi_oblique": ("मेरे पिताजी रमाकांत को फोन करना है", "रमाकांत"),
    "ur_brother": ("میرے بھائی عمران کا اکاؤنٹ بند ہے", "عمران"),
    "ur_latin_name": ("میری بیوی Nadia کا آپریشن ہے", "Nadia"),
    "bn_brother": ("আমার ভাই তন্ময় এর নামে বুকিং", "তন্ময়"),
    "ar_sister": ("أختي ليلى هي التي اتصلت", "ليلى"),
    "ar_prefixed": ("الحجز لأمي سعاد الحربي.", "سعاد الحربي"),
    "fa_doctor": ("خانم دکتر فرهادی گفتند تماس بگیرم", "فرهادی"),
    "th_father": ("คุณพ่อชื่อสมศักดิ์ครับ", "สมศักดิ์"),
    "zh_spouse": ("我爱人郑晓峰昨天打过电话", "郑晓峰"),
    "zh_rare_surname": ("我帮我外婆倪秀兰挂号。", "倪秀兰"),
    "ja_wife": ("妻の山口美穂が予約しました", "山口美穂"),
    "ko_doctor": ("박 선생님한테 진료 받았어요", "박"),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(THIRD))
def test_third_party_named(case: str, content: str) -> None:
    value, name = THIRD[case]
    assert mask_name(name) in name_masks("transcript", value, content), (case, content)


#: Kin terms and roles with no name after them, and kin words in business text.
NOT_NAMES = {
    "en_wife_work": "my wife is at work today",
    "en_doctor_said": "my doctor said I should rest",
    "en_manager": "the manager will call you back, Is that ok?",
    "en_son_too": "can you book it for my son too",
    "en_business": "Our family plan covers your wife, Husband and kids.",
    "en_agent_team": "Please hold, the agent Support Team will join.",
    "de_noun": "meine Mutter braucht Hilfe beim Termin",
    "de_noun_cap": "ich rufe für meinen Sohn Termin wegen an",
    "es_plain": "mi madre está en el hospital",
    "pl_plain": "moja żona jutro przyjdzie po odbiór",
    "pl_lower_end": "to jest dla mojej córki",
    "ru_plain": "мой брат сейчас на работе",
    "hi_plain": "मेरी पत्नी घर पर है",
    "hi_ill": "मेरी पत्नी बीमार है",
    "ur_plain": "میرا بھائی کل آئے گا",
    "ar_ill": "زوجتي مريضة جدا.",
    "ar_work": "أخي في العمل الآن",
    "fa_said": "دکتر گفتند تماس بگیرم",
    "fa_ill": "مادرم خیلی مریض است",
    "fa_tomorrow": "مادرم فردا میاد",
    "th_plain": "คุณแม่ไม่สบายค่ะ",
    "zh_plain": "我爱人上周已经打过电话了",
    "ja_plain": "妻の予約を変更したいです",
    "ko_plain": "선생님한테 진료 받았어요",
    "ko_this": "이 선생님한테 물어보세요",
    "vi_plain": "bác sĩ bảo tôi gọi lại",
    "sw_plain": "mama yangu yuko hospitalini",
    "en_brand_kin": "Uncle Ben's rice and Aunt Jemima syrup are on sale.",
    "en_brand_mid": "order from Mama Mia Pizzeria today",
    "en_program": "Our Family Plan covers your Partner Program.",
    "es_department": "la agente Atención al Cliente le llamará",
    "en_desk": "ask the receptionist, Front Desk, for keys.",
    "es_ward": "la enfermera de guardia, Planta Tercera, atiende.",
    "tr_place_case": "annem Trabzon'da yaşıyor",
    "th_question": "คุณแม่ชื่อเล่นว่าอะไรคะ",
    "en_first_word": "Well, my son wants to book a table.",
    "en_since": "it has worked since Kubernetes came out",
    "en_acronyms": "the build supports AES, Chacha, GCM and SHA ciphers",
    "en_time_first": "Yesterday, my wife called you.",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_kin_word_alone_is_no_name(case: str, content: str) -> None:
    assert name_masks("transcript", NOT_NAMES[case], content) == [], (case, content)


#: Records: key, value, the name they hold.
RECORDS = {
    "ka_customer": (
        "tool.arguments",
        '{"customer": "ნათია ბერიძე", "order": "GE-9031"}',
        "ნათია ბერიძე",
    ),
    "th_passenger": (
        "tool.arguments",
        '{"passenger": "สุดารัตน์ แก้วมณี", "pnr": "ZK4P7Q"}',
        "สุดารัตน์ แก้วมณี",
    ),
    "he_patient": (
        "tool.arguments",
        '{"patient": "נועה ברקוביץ", "slot": "09:30"}',
        "נועה ברקוביץ",
    ),
    "ka_key": ("tool.arguments", '{"სახელი": "Tamar Gelashvili", "ქალაქი": "Kutaisi"}', ""),
    "ru_key": ("tool.arguments", '{"имя_клиента": "Всеслава Титова", "заказ": 88}', ""),
    "th_key": ("tool.arguments", '{"ชื่อลูกค้า": "ปวีณา ศรีสุข", "รหัส": "A12"}', "ปวีณา ศรีสุข"),
    "policyholder": (
        "gen_ai.tool.call.result",
        '{"records": [{"ticket": "T-1", "status": "open"}, '
        '{"policyholder": "Wilhelmina Oakes", "claim": "hail"}]}',
        "Wilhelmina Oakes",
    ),
    "nested_ko": (
        "output.value",
        '{"found":true,"customer":{"customer_id":"K-88","name":"윤서희",'
        '"phone":"+82 10 0000 0000"}}',
        "윤서희",
    ),
    "nested_hi": (
        "output.value",
        '{"ok":true,"patient":{"id":"P-7","name":"कविता जोशी","dob":"1970-01-01"}}',
        "कविता जोशी",
    ),
    "twilio_caller_name": (
        "http.request.body",
        "CallSid=CA00&From=%2B15550000000&CallerName=Roderick+Vane&CallStatus=ringing",
        "Roderick Vane",
    ),
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("case", sorted(RECORDS))
def test_name_in_record(case: str, content: str) -> None:
    key, value, name = RECORDS[case]
    masks = name_masks(key, value, content)
    assert masks, (case, content)
    if name:
        assert mask_name(name) in masks, (case, content)


#: Records of no person: a product, a place, a status, a lookup that found no name.
NOT_RECORDS = {
    "ka_city": ("tool.arguments", '{"ქალაქი": "ქუთაისი", "order": "GE-9031"}'),
    "th_product": ("tool.arguments", '{"สินค้า": "ผ้าไหม สีแดง", "ราคา": 450}'),
    "nested_product": ("output.value", '{"found":true,"item":{"sku":"A-1","name":"블루 머그"}}'),
    "nested_plan": ("output.value", '{"ok":true,"plan":{"id":"P-7","name":"योजना प्लस"}}'),
    "twilio_cnam_noise": (
        "http.request.body",
        "CallSid=CA00&CallerName=WIRELESS+CALLER&CallStatus=ringing",
    ),
    "form_product_name": ("http.request.body", "sku=A-1&ProductName=Blue+Mug&qty=2"),
}


@pytest.mark.parametrize("case", sorted(NOT_RECORDS))
def test_record_of_no_person_is_clean(case: str) -> None:
    key, value = NOT_RECORDS[case]
    assert name_masks(key, value, "allow") == [], case


def test_staff_named_inside_a_json_transcript() -> None:
    body = '{"message":{"role":"user","transcript":"nurse Oyelaran Ebi told me to ring back"}}'
    assert mask_name("Oyelaran Ebi") in name_masks("http.request.body", body, "allow")


def test_found_third_party_shows_no_name() -> None:
    spans = [span("getpatter.call", 2, attributes={"transcript": THIRD["sw_mother"][0]})]
    shown = " ".join(f.masked for f in find_pii(spans, content="allow"))
    assert "Zawadi" not in shown
    assert "Mrisho" not in shown


@pytest.mark.parametrize("case", ["nested_ko", "nested_hi"])
def test_person_record_in_a_result_is_a_payload_when_content_is_forbidden(case: str) -> None:
    key, value, _ = RECORDS[case]
    spans = [span("getpatter.call", 2, attributes={key: value})]
    assert "tool_payload" in {f.kind for f in find_pii(spans, content="forbid")}
    assert "tool_payload" not in {f.kind for f in find_pii(spans, content="allow")}
