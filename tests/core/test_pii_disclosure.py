"""Sensitive disclosures: health, money, legal matters, bereavement, told about a person.

The same answer in both content modes (forbidding content adds a content finding, it
does not hide the disclosure), in many languages and scripts, in agent replies, chat
JSON, tool payloads and fields named for a sensitive value. All values are invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.core._pii import disclosure
from pytest_patter_trace.core._pii.hit import Hit

pytest.importorskip("phonenumbers")

MODES = ["forbid", "allow"]


DISCLOSURES = {
    # Health, in languages and scripts the first lexicon lacked.
    "health_fr_chemo": "je suis sous chimio depuis mars, je ne peux pas venir",
    "health_it_chemo": "mio padre fa la chemioterapia il lunedì",
    "health_ko": "저는 우울증 때문에 외출이 힘들어요",
    "health_ru": "у меня эпилепсия с детства",
    "health_ar": "أنا مريضة ولا أستطيع الحضور غدا",
    "health_hi": "मेरी माँ को मधुमेह है",
    "health_he": "אני בהריון בחודש השישי",
    "health_ja": "母が入院したので予約を取り消します",
    "health_zh": "我妈妈刚确诊了肺癌",
    "health_sick_relative": "my son is sick so we can't make it on Tuesday",
    "health_hospital": "my grandfather is in hospital since the weekend",
    # Money trouble.
    "finance_en_home": "we're going to lose our home if the bank repossesses it",
    "finance_tr": "işsizim ve kredi borcumu ödeyemiyorum",
    "finance_es": "estoy desempleado desde enero",
    "finance_pt": "estou desempregada e com dívidas",
    # Legal matters and immigration status.
    "legal_bail": "I'm out on bail until the end of the month",
    "legal_nl": "mijn broer zit in de gevangenis",
    "legal_asylum": "my asylum application is still pending",
    # Bereavement, and an agent's reply that tells of one.
    "bereavement_he": "אבא שלי נפטר בחודש שעבר",
    "bereavement_late": "the account was my late husband's",
    "reply_condolence": "I'm so sorry for your loss, I've closed the account.",
    "reply_es": "Lamento mucho que su madre haya fallecido.",
    "reply_you_are": "since you're pregnant, we'll bring the boxes to the door",
    "reply_your_term": "I've noted your diagnosis on the booking",
    # More languages.
    "health_el": "η μητέρα μου έχει καρκίνο",
    "health_vi": "tôi bị tiểu đường nên cần đổi lịch",
    "health_id": "saya sedang hamil lima bulan",
    "health_th": "แม่ของฉันเป็นมะเร็ง",
    "finance_sv": "jag är arbetslös sedan i våras",
    "legal_fi": "veljeni on vankilassa",
    "bereavement_pl": "mój ojciec umarł w zeszłym tygodniu",
    "bereavement_da": "min mor døde i sidste uge",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(DISCLOSURES.values()), ids=list(DISCLOSURES))
def test_a_disclosure_in_speech_is_found_in_both_modes(text: str, content: str) -> None:
    assert "sensitive" in _kinds("lk.user_transcript", text, content)


TOPICS = {
    "bereavement_fares": "what is your policy on bereavement fares?",
    "cancer_research": "do you donate to cancer research?",
    "prescription_ready": "is my prescription ready for pick up",
    "relative_prescription": "I'm calling about my dad's prescription",
    "sick_of_waiting": "I'm sick of waiting on hold",
    "stt_ill": "ill call you back later",
    "free_trial": "I want to cancel my free trial",
    "lawyer_business": "can your lawyer look at the lease for our company",
    "ja_do_ones_best": "がんばってください、ありがとう",
    "zh_sugar_free": "你们有无糖的饮料吗",
    "ko_password": "제 암호를 잊어버렸어요",
    "ru_long": "я долго ждал ответа",
    "ar_cardholder": "أنا حامل البطاقة الرئيسي",
    "dead_battery": "my phone is dead, I'm calling from a friend's",
    "device_died": "the laptop died twice this week, I'm on my partner's",
    "product_for_a_condition": "can I order the diabetic desserts for my table",
    "pregnancy_test": "do you sell pregnancy tests",
    "service_of_a_field": "I have a question about your hiv testing service",
    "place_in_a_building": "I'm in the hospital parking lot, where do I go",
    "you_have_options": "do you have cancer awareness ribbons",
    "bare_sorry": "sorry, do you have pregnancy pillows in stock",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize("text", list(TOPICS.values()), ids=list(TOPICS))
def test_a_topic_or_a_routine_errand_is_no_disclosure(text: str, content: str) -> None:
    assert "sensitive" not in _kinds("lk.user_transcript", text, content)


@pytest.mark.parametrize("content", MODES)
def test_a_disclosure_inside_chat_json_is_found(content: str) -> None:
    messages = [
        {"role": "assistant", "content": "How can I help?"},
        {"role": "user", "content": "my sister was arrested and I need to pause her plan"},
    ]
    assert "sensitive" in _kinds("gen_ai.input.messages", json.dumps(messages), content)


@pytest.mark.parametrize("content", MODES)
def test_a_disclosure_inside_a_tool_payload_is_found(content: str) -> None:
    payload = json.dumps({"booking": "B-2231", "note": "caller says he has dementia"})
    assert "sensitive" in _kinds("gen_ai.tool.call.arguments", payload, content)


FIELDS = {
    "patient.diagnosis": "chronic kidney disease, stage 3",
    "medical.condition": "asthma",
    "member.medicalConditions": "type 1 diabetic",
    "intake.symptoms": "chest pain and dizziness",
    "customer.cause_of_death": "heart failure",
    "applicant.immigration_status": "pending asylum claim",
    "customer.debt_amount": "1,240.00 EUR",
    "account.arrears": "three months",
}


@pytest.mark.parametrize("content", MODES)
@pytest.mark.parametrize(("key", "value"), list(FIELDS.items()), ids=list(FIELDS))
def test_a_value_under_a_key_naming_a_sensitive_field_is_one(
    key: str, value: str, content: str
) -> None:
    assert "sensitive" in _kinds(key, value, content)


@pytest.mark.parametrize("content", MODES)
def test_a_sensitive_field_inside_json_is_one(content: str) -> None:
    body = json.dumps({"patient": {"id": "p-118", "diagnosis": "atrial fibrillation"}})
    assert "sensitive" in _kinds("tool.result", body, content)


@pytest.mark.parametrize("content", MODES)
def test_a_reason_holding_a_term_is_a_disclosure(content: str) -> None:
    assert "sensitive" in _kinds("cancellation.reason", "account holder passed away", content)
    assert "sensitive" not in _kinds("cancellation.reason", "moved to another city", content)


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("vehicle.condition", "used, minor scratches"),
        ("item_condition", "refurbished"),
        ("listing.vehicleConditions", "like new"),
        ("weather.conditions", "heavy rain"),
        ("patient.diagnosis", "none"),
        ("patient.diagnosis", "<redacted>"),
        ("http.route.reason", "court order lookup"),
    ],
)
def test_fields_that_name_no_disclosure_are_clean(key: str, value: str) -> None:
    assert "sensitive" not in _kinds(key, value, "allow")


def test_the_finding_is_masked_and_fixed_width() -> None:
    hits: list[Hit] = []
    text = "my wife passed away on Friday"
    disclosure.find_sensitive(text, hits)
    assert [h.kind for h in hits] == ["sensitive"]
    assert "passed" not in hits[0].masked
    assert "wife" not in hits[0].masked


def test_the_gate_lets_through_every_text_the_terms_match() -> None:
    """The cheap gate decides as the full search: every term's own word passes it."""
    samples = [
        "diagnosed",
        "tumor",
        "tumour",
        "diabète",
        "in the hospital",
        "à l'hôpital",
        "hastalığı",
        "can't pay",
        "sorry for your loss",
        "è morto",
        "долги",
    ]
    for text in samples:
        assert disclosure._SENSITIVE.search(text), text
        assert disclosure._gate(text), text
    for text in ["乳腺癌", "공황장애", "סוכרת", "कैंसर", "السكري"]:
        assert disclosure._gate(text), text
    assert not disclosure._gate("what are your opening hours on Sunday")


def test_every_term_has_a_stem_the_gate_can_see() -> None:
    """The gate reads words of three letters or more: a shorter stem would hide its term."""
    assert all(len(stem) >= 3 for stem in disclosure._STEMS)


@pytest.mark.parametrize("text", [*DISCLOSURES.values(), *TOPICS.values()])
def test_the_terms_by_stem_find_what_the_whole_pattern_finds(text: str) -> None:
    whole = [(m.start(), m.end()) for m in disclosure._SENSITIVE.finditer(text)]
    by_stem = [(m.start(), m.end()) for m in disclosure._term_matches(text)]
    for start, end in whole:
        assert any(s <= start and end <= e for s, e in by_stem), text[start:end]


@given(st.text(), st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_any_text_is_scanned_without_error(text: str, key: str) -> None:
    hits: list[Hit] = []
    disclosure.find_sensitive(text, hits)
    disclosure.find_sensitive_fields(key, text, hits)
    disclosure.find_sensitive_fields(key, json.dumps({key: text}), hits)
    assert all(0 <= h.start < h.end for h in hits)
