"""Records sent encoded (form bodies, base64) and CRM records keyed in the local language.

Every value is invented for these tests. A positive is found in both content modes; a
negative stays clean in both. Findings in a decoded body are masked and located in the
value as it was sent.
"""

from __future__ import annotations

import base64
import json

import pytest
from _builders import pii_kinds as _kinds
from _builders import span

from pytest_patter_trace.checks.pii import find_pii

MODES = ("forbid", "allow")

#: URL-encoded form bodies and query strings with a person's fields.
FORMS = {
    "form_plus": (
        "http.request.body",
        "given_name=Radka&family_name=Hor%C3%A1kov%C3%A1&x=1",
        {"name"},
    ),
    "form_full": (
        "tool.arguments",
        "full_name=Ebere+Nwachukwu&callback=%2B2348031234567",
        {"name", "phone"},
    ),
    "query_surname": (
        "url.full",
        "https://ehr.example/api/patients?surname=Valdivieso&birthdate=1977-01-30",
        {"name", "dob"},
    ),
    "form_dob": ("http.request.body", "member=88120&date_of_birth=1966-11-03&plan=basic", {"dob"}),
}
FORM_NEGATIVES = {
    "search": ("url.full", "https://shop.example/search?q=red+shoes&page=2&sort=price"),
    "product": ("http.request.body", "product_name=Garden+Hose+Pro&qty=2&colour=Green"),
    "oauth": ("http.request.body", "grant_type=client_credentials&scope=read"),
    "bare_name": ("http.request.body", "name=Garden+Hose+Pro&colour=Green&size=L"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "body", "kinds"), FORMS.values(), ids=FORMS.keys())
def test_a_form_body_is_read_by_its_field_names(
    key: str, body: str, kinds: set[str], mode: str
) -> None:
    assert kinds <= _kinds(key, body, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("key", "body"), FORM_NEGATIVES.values(), ids=FORM_NEGATIVES.keys())
def test_a_form_body_of_things_is_clean(key: str, body: str, mode: str) -> None:
    assert not _kinds(key, body, mode) & {"name", "dob", "address", "phone"}


def _b64(data: object, *, urlsafe: bool = False, pad: bool = True) -> str:
    raw = json.dumps(data, ensure_ascii=False).encode()
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()
    return text if pad else text.rstrip("=")


#: JSON sent base64-encoded, standard and urlsafe, padded or not.
BASE64_BODIES = {
    "standard": (
        _b64({"customer": {"email": "wren.halloway@example.net", "name": "Wren Halloway"}}),
        {"email", "name"},
    ),
    "urlsafe_unpadded": (
        _b64(
            {"patient": {"dob": "1955-06-17", "phone": "+44 7700 900612"}}, urlsafe=True, pad=False
        ),
        {"dob", "phone"},
    ),
    "unicode": (
        _b64({"cliente": {"nombre": "Begoña Txurruka", "email": "begona.t@example.es"}}),
        {"email"},
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("body", "kinds"), BASE64_BODIES.values(), ids=BASE64_BODIES.keys())
def test_a_base64_body_is_decoded_before_the_scan(body: str, kinds: set[str], mode: str) -> None:
    assert kinds <= _kinds("http.request.body", body, mode)


def test_a_decoded_finding_is_masked_and_located_in_the_sent_value() -> None:
    body = _b64({"contact": {"email": "odalys.quintero@example.org"}})
    spans = [span("getpatter.call", 2, attributes={"http.request.body": body})]
    found = [f for f in find_pii(spans, content="allow") if f.kind == "email"]
    assert found
    for f in found:
        assert "odalys" not in f.masked
        assert "quintero" not in f.masked
        assert "odalys" not in repr(f)


BASE64_NEGATIVES = {
    "binary": base64.b64encode(bytes(range(256))).decode(),
    "token_like": "dGhpcyBpcyBub3QgYSByZWNvcmQgYXQgYWxs",
    "hex_digest": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
}


@pytest.mark.parametrize("body", BASE64_NEGATIVES.values(), ids=BASE64_NEGATIVES.keys())
def test_a_base64_body_without_a_person_is_clean(body: str) -> None:
    assert not _kinds("http.request.body", body, "allow") & {"name", "email", "phone", "dob"}


#: CRM records nested in a result, their person fields keyed in the local language.
CRM_RECORDS = {
    "sf_contact": {
        "attributes": {"type": "Contact"},
        "Id": "003XYZ",
        "Name": "Leopold Fairweather",
        "MobilePhone": "+44 7700 900231",
    },
    "ticket_it": {
        "ticket": {
            "id": 1,
            "richiedente": {"nome_completo": "Ottavia Brambilla", "telefono": "+39 347 112 2334"},
        }
    },
    "ticket_pt": {
        "ticket": {
            "id": 2,
            "solicitante": {"nome": "Iolanda Bettencourt", "telefone": "+351 912 345 678"},
        }
    },
    "ticket_el": {
        "ticket": {
            "id": 3,
            "αιτών": {"ονοματεπώνυμο": "Ευανθία Λαμπράκη", "τηλέφωνο": "+30 694 112 2334"},
        }
    },
    "ticket_id": {
        "tiket": {
            "id": 4,
            "pemohon": {"nama_lengkap": "Wulan Kusumawardani", "telepon": "+62 813 1122 3344"},
        }
    },
    "ticket_sv": {
        "ärende": {
            "id": 5,
            "beställare": {"namn": "Ingegerd Holmqvist", "telefon": "070-112 23 34"},
        }
    },
    "ticket_uk": {
        "запит": {"id": 6, "заявник": {"піб": "Ярина Гнатюк", "телефон": "+380 67 112 2334"}}
    },
    "ticket_th": {"คำขอ": {"id": 7, "ผู้แจ้ง": {"ชื่อ": "ปิยะนุช ศรีสวัสดิ์", "โทรศัพท์": "+66 81 112 2334"}}},
    "ticket_tr": {
        "talep": {
            "id": 8,
            "talep_eden": {"ad_soyad": "Gülsüm Yılmazer", "telefon": "+90 532 112 23 34"},
        }
    },
    "requester_en": {
        "ticket": {"id": 9, "requester": {"name": "Cormac Ó Briain", "phone": "+353 87 112 2334"}}
    },
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("record", CRM_RECORDS.values(), ids=CRM_RECORDS.keys())
def test_a_crm_record_in_the_local_language_names_its_person(
    record: dict[str, object], mode: str
) -> None:
    text = json.dumps(record, ensure_ascii=False)
    assert "name" in _kinds("langfuse.observation.output", text, mode)


CRM_NEGATIVES = {
    "account": {
        "attributes": {"type": "Account"},
        "Id": "001XYZ",
        "Name": "Harbour Logistics Ltd",
        "Phone": "+44 20 7946 0000",
    },
    "product": {"attributes": {"type": "Product2"}, "Name": "Premium Support Plan"},
    "queue": {"ticket": {"id": 10, "group": {"name": "Billing Team", "phone": "+1 800 555 0100"}}},
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("record", CRM_NEGATIVES.values(), ids=CRM_NEGATIVES.keys())
def test_a_crm_record_of_a_business_is_no_name(record: dict[str, object], mode: str) -> None:
    text = json.dumps(record, ensure_ascii=False)
    assert "name" not in _kinds("langfuse.observation.output", text, mode)


#: An emergency contact or next of kin with the relation written after the name.
CONTACTS_WITH_RELATION = {
    "de": ("notfallkontakt", "Heidrun Vogelsang (Schwester)"),
    "en": ("emergency_contact", "Desmond Achterberg (father)"),
    "es": ("contacto_emergencia", "Maite Olaizola (madre)"),
    "ja": ("緊急連絡先", "小林 由紀（母）"),
    "zh": ("紧急联系人", "周晓燕（妻子）"),
    "ko": ("비상연락처", "정하늘 (배우자)"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("field", "value"), CONTACTS_WITH_RELATION.values(), ids=CONTACTS_WITH_RELATION.keys()
)
def test_a_contact_with_the_relation_after_the_name_is_found(
    field: str, value: str, mode: str
) -> None:
    text = json.dumps({field: value}, ensure_ascii=False)
    assert "name" in _kinds("traceloop.entity.output", text, mode)


#: A birth date keyed in a Central European record's language.
KEYED_DOBS = {
    "cs": ("datum_narození", "4. března 1961"),
    "cs_ascii": ("datum_narozeni", "04.03.1961"),
    "sk": ("dátum_narodenia", "17.09.1958"),
    "pl": ("data_urodzenia", "1977-12-01"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("field", "value"), KEYED_DOBS.values(), ids=KEYED_DOBS.keys())
def test_a_birth_date_keyed_in_a_central_european_record(field: str, value: str, mode: str) -> None:
    text = json.dumps({"patient": {field: value, "verified": True}}, ensure_ascii=False)
    assert "dob" in _kinds("tool_call.result", text, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_base64_body_inside_a_json_event_is_decoded(mode: str) -> None:
    body = _b64({"caller": {"email": "priya.venkataraman@example.in"}})
    text = json.dumps({"isBase64Encoded": True, "body": body, "httpMethod": "POST"})
    assert "email" in _kinds("faas.trigger.event", text, mode)


def test_a_base64_tool_payload_is_content_once_and_only_when_forbidden() -> None:
    result = {"status": "ok", "order": "A-1042", "eta": "tomorrow"}
    body = base64.b64encode(json.dumps(result).encode()).decode()
    tool = span("getpatter.tool", 2, attributes={"gen_ai.tool.call.result": body})
    assert [f.kind for f in find_pii([tool], content="allow")] == []
    assert [f.kind for f in find_pii([tool], content="forbid")] == ["tool_payload"]
