"""Personal data inside the records of other systems, read by the record's own schema.

HL7 FHIR resources, HL7 v2 segments, CSV and TSV tables, XML bodies: a tool returns them
whole, and nothing in prose says whose name or birth date a field holds. Every value is
invented for these tests. A positive is found in both content modes; a negative stays
clean in both.
"""

from __future__ import annotations

import json

import pytest
from _builders import pii_kinds as _kinds

MODES = ("forbid", "allow")


def _fhir(resource: dict[str, object]) -> str:
    return json.dumps(resource, ensure_ascii=False)


#: FHIR person resources: their name and birth date, by the standard's element names.
FHIR_PEOPLE = {
    "patient_en": (
        {
            "resourceType": "Patient",
            "id": "p-1",
            "name": [{"family": "Whitcombe", "given": ["Lorna"]}],
            "birthDate": "1961-03-14",
            "gender": "female",
        },
        {"name", "dob"},
    ),
    "patient_es_text": (
        {
            "resourceType": "Patient",
            "name": [{"text": "Remedios Zubiaurre Olano"}],
            "birthDate": "1949-10-02",
        },
        {"name", "dob"},
    ),
    "patient_ko": (
        {
            "resourceType": "Patient",
            "name": [{"family": "권", "given": ["다솜"]}],
            "birthDate": "1990-07-21",
        },
        {"name", "dob"},
    ),
    "patient_lower_family": (
        {"resourceType": "Patient", "name": [{"family": "van der Poel", "given": ["Sietske"]}]},
        {"name"},
    ),
    "practitioner": (
        {
            "resourceType": "Practitioner",
            "name": [{"prefix": ["Dr."], "family": "Okonkwo-Reyes", "given": ["Adaeze"]}],
        },
        {"name"},
    ),
    "related_person": (
        {
            "resourceType": "RelatedPerson",
            "patient": {"reference": "Patient/p-7"},
            "name": [{"family": "Lindgren", "given": ["Maj-Britt"]}],
            "telecom": [{"system": "phone", "value": "+46 70 418 22 97"}],
        },
        {"name", "phone"},
    ),
    "address": (
        {
            "resourceType": "Patient",
            "name": [{"family": "Marchetti", "given": ["Ilaria"]}],
            "address": [
                {"line": ["Via dei Cappuccini 18"], "city": "Lecce", "postalCode": "73100"}
            ],
        },
        {"name", "address"},
    ),
    "bundle": (
        {
            "resourceType": "Bundle",
            "type": "searchset",
            "entry": [
                {
                    "resource": {
                        "resourceType": "Patient",
                        "name": [{"family": "Ferreira", "given": ["Joaquim"]}],
                        "birthDate": "1958-12-30",
                    }
                }
            ],
        },
        {"name", "dob"},
    ),
}
#: A clinical resource about a named subject: the person and what the record says of them.
FHIR_CLINICAL = {
    "condition": {
        "resourceType": "Condition",
        "code": {"text": "Type 2 diabetes mellitus"},
        "subject": {"reference": "Patient/x1", "display": "Henrike Vossberg"},
    },
    "observation": {
        "resourceType": "Observation",
        "status": "final",
        "code": {
            "coding": [
                {"system": "http://loinc.org", "code": "0000-1", "display": "Hepatitis C antibody"}
            ]
        },
        "subject": {"display": "Bartholomew Quaye"},
    },
    "medication": {
        "resourceType": "MedicationRequest",
        "status": "active",
        "medicationCodeableConcept": {"text": "Lithium carbonate 300 mg"},
        "subject": {"display": "Aurélie Desrosiers"},
    },
    "appointment": {
        "resourceType": "Appointment",
        "status": "booked",
        "serviceType": [{"text": "Psychiatry intake"}],
        "participant": [{"actor": {"reference": "Patient/q2", "display": "Nnamdi Ezeoke"}}],
    },
}
#: FHIR resources that hold no one: a business, a place, an empty search, a free slot.
FHIR_NEGATIVES = {
    "organization": {
        "resourceType": "Organization",
        "name": "Northgate Family Practice",
        "telecom": [{"system": "phone", "value": "+1 617 555 0100"}],
    },
    "location": {"resourceType": "Location", "name": "Radiology Wing B", "status": "active"},
    "empty_bundle": {"resourceType": "Bundle", "type": "searchset", "total": 0},
    "slot": {
        "resourceType": "Slot",
        "status": "free",
        "start": "2027-02-03T09:00:00Z",
        "end": "2027-02-03T09:20:00Z",
        "schedule": {"reference": "Schedule/s4"},
    },
    "appointment_rooms": {
        "resourceType": "Appointment",
        "status": "proposed",
        "participant": [{"actor": {"reference": "Location/l9", "display": "Consult Room Three"}}],
    },
    "practitioner_role": {
        "resourceType": "PractitionerRole",
        "code": [{"text": "General practitioner"}],
        "organization": {"display": "Harbourside Medical Group"},
    },
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("resource", "kinds"), FHIR_PEOPLE.values(), ids=FHIR_PEOPLE.keys())
def test_a_fhir_person_is_read_by_its_elements(
    resource: dict[str, object], kinds: set[str], mode: str
) -> None:
    assert kinds <= _kinds("tool.result", _fhir(resource), mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("resource", FHIR_CLINICAL.values(), ids=FHIR_CLINICAL.keys())
def test_a_fhir_clinical_record_names_its_subject(resource: dict[str, object], mode: str) -> None:
    assert {"name", "sensitive"} <= _kinds("tool.result", _fhir(resource), mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("resource", FHIR_NEGATIVES.values(), ids=FHIR_NEGATIVES.keys())
def test_a_fhir_resource_of_no_one_is_clean(resource: dict[str, object], mode: str) -> None:
    assert not _kinds("tool.result", _fhir(resource), mode) & {"name", "dob", "sensitive"}


def test_a_fhir_xml_patient_is_read(  # FHIR's XML form: values in value attributes
) -> None:
    text = (
        '<Patient xmlns="http://hl7.org/fhir"><name><family value="Drummond"/>'
        '<given value="Ailsa"/></name><birthDate value="1972-05-09"/></Patient>'
    )
    assert {"name", "dob"} <= _kinds("tool.result", text, "allow")


#: HL7 v2 messages, by field position; segments end in a carriage return or a newline.
HL7_MESSAGES = {
    "pid_cr": (
        "MSH|^~\\&|LAB|NORTH|EHR|NORTH|20270102||ADT^A01|M1|P|2.5\r"
        "PID|1||7730211^^^NORTH^MR||OYELARAN^TEMITOPE^A||19670419|F|||"
        "22 QUARRY LANE^^ABERFELDY^PKN^PH15 2BE||(01887) 820 441",
        {"name", "dob", "address"},
    ),
    "pid_alone": (
        "PID|1||55012^^^CLINIC^MR||NAKASHIMA^RYOTA||19850102|M|||"
        "4-7-11 KAMIYAMACHO^^SHIBUYA^TOKYO^150-0047",
        {"name", "dob", "address"},
    ),
    "pid_ssn_newlines": (
        "MSH|^~\\&|A|B|C|D|20270102||ADT^A04|M2|P|2.3\n"
        "PID|1||88812^^^H^MR||PRZYBYLSKI^DOROTA^M||19720808|F||||||||||||078-05-1120",
        {"name", "dob", "ssn"},
    ),
    "pid3_typed_ssn": (
        "PID|1||H-2231^^^NORTH^MR~219099999^^^SSA^SS||LEHTINEN^AINO||19610707",
        {"name", "dob", "ssn"},
    ),
    "nk1_pv1_dg1": (
        "MSH|^~\\&|A|B|C|D|20270102||ADT^A01|M3|P|2.5\r"
        "PID|1||100^^^H^MR||ADEYEMI^FOLASADE\r"
        "NK1|1|ADEYEMI^BABATUNDE|HUS^Husband\r"
        "PV1|1|I|W2^201^1|||||0042^MCALLISTER^FIONA^^^DR\r"
        "DG1|1||F32.1^Moderate depressive episode^I10",
        {"name", "sensitive"},
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("message", "kinds"), HL7_MESSAGES.values(), ids=HL7_MESSAGES.keys())
def test_an_hl7_message_is_read_by_field_position(message: str, kinds: set[str], mode: str) -> None:
    assert kinds <= _kinds("tool.result", message, mode)


@pytest.mark.parametrize("mode", MODES)
def test_an_hl7_message_without_a_person_is_clean(mode: str) -> None:
    message = "MSH|^~\\&|A|B|C|D|20270102||ACK^A01|M9|P|2.5\rMSA|AA|M1|Message accepted"
    assert not _kinds("tool.result", message, mode) & {"name", "dob", "address", "sensitive"}


#: Tables whose header names a person's field, in several languages and delimiters.
TABLES = {
    "csv_en": "name,phone,plan\nMorwenna Trevithick,07700 900318,gold\n",
    "csv_es": "nombre;ciudad;importe\nEulalia Garzón Ibarra;Burgos;12,50\n",
    "tsv_fr": "nom\tprénom\tcommune\nLeclercq\tSolène\tArras\n",
    "csv_pl": "imię,nazwisko,miasto\nWiesława,Grzybowska,Lublin\n",
    "csv_tr": "isim,şehir\nNazlı Karabulut,Eskişehir\n",
    "csv_ru": "имя,город\nЕвдокия Селиванова,Рязань\n",
    "csv_zh": "姓名,城市\n欧阳娜娜,成都\n",
    "csv_ja": "氏名,都道府県\n吉岡 美咲,静岡県\n",
    "csv_ko": "이름,도시\n한지민,대전\n",
    "csv_quoted": 'id,"Full Name",status\n4411,"Castellanos, Dolores",active\n',
    "csv_dob": "patient_id,date_of_birth\n4411,1969-02-17\n",
}
#: Tables of things: stock, prices, places, a single header with no rows.
TABLE_NEGATIVES = {
    "stock": "sku,name,qty,price\nSKU-118,Blue Widget Large,40,9.99\nSKU-119,Red Gadget,0,4.50\n",
    "products_es": "producto;nombre;precio\n88;Café Molido Tostado;4,20\n",
    "cities": "city,country,population\nLisbon,Portugal,545000\n",
    "header_only": "name,phone,email\n",
    "services": "service_name,duration\nDeep Tissue Massage,60\n",
    "bare_name_things": "name,colour,size\nGarden Hose,Green,Large\nPatio Chair,Teal,Small\n",
    "clinics": "name,opens\nHarbourside Clinic,08:00\nNorthgate Surgery,09:00\n",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("table", TABLES.values(), ids=TABLES.keys())
def test_a_table_column_named_for_a_person_is_read(table: str, mode: str) -> None:
    kinds = _kinds("tool.result", table, mode)
    assert kinds & {"name", "dob"}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("table", TABLE_NEGATIVES.values(), ids=TABLE_NEGATIVES.keys())
def test_a_table_of_things_is_clean(table: str, mode: str) -> None:
    assert not _kinds("tool.result", table, mode) & {"name", "dob", "address"}


#: XML and SOAP bodies: the element's name is the field's key.
XML_BODIES = {
    "en": (
        "<Customer><firstName>Thaddeus</firstName><lastName>Abernathy</lastName>"
        "<dateOfBirth>1983-09-12</dateOfBirth></Customer>",
        {"name", "dob"},
    ),
    "de": ("<Kunde><Vorname>Gisela</Vorname><Nachname>Oberhuber</Nachname></Kunde>", {"name"}),
    "soap": (
        '<?xml version="1.0"?><soap:Envelope xmlns:soap="http://www.w3.org/2003/05/'
        'soap-envelope"><soap:Body><m:GetMemberResponse xmlns:m="urn:x"><m:FullName>'
        "Olufemi Adebayo-Hart</m:FullName></m:GetMemberResponse></soap:Body>"
        "</soap:Envelope>",
        {"name"},
    ),
    "es": (
        "<paciente><nombre>Ximena Arregui</nombre><telefono>+34 612 480 993</telefono></paciente>",
        {"name", "phone"},
    ),
}
XML_NEGATIVES = {
    "stock": "<items><item><name>Steel Bracket 40mm</name><qty>12</qty></item></items>",
    "catalog": "<catalog><product><title>Garden Hose</title><price>19.90</price></product>"
    "</catalog>",
    "clinic": "<Clinic><name>Harbourside Family Clinic</name><phone>+44 20 7946 0000</phone>"
    "</Clinic>",
    "room": '<Room name="Consult Room Three" floor="2"/>',
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("body", "kinds"), XML_BODIES.values(), ids=XML_BODIES.keys())
def test_an_xml_element_named_for_a_person_is_read(body: str, kinds: set[str], mode: str) -> None:
    assert kinds <= _kinds("tool.result", body, mode)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", XML_NEGATIVES.values(), ids=XML_NEGATIVES.keys())
def test_an_xml_body_of_things_is_clean(body: str, mode: str) -> None:
    assert "name" not in _kinds("tool.result", body, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_body_declaring_entities_is_refused_not_expanded(mode: str) -> None:
    # Expanded, the entity would put a name under <customer><name>; refused, the body
    # reads as the same body naming an undeclared entity does (the name lexicon may
    # still find the declared name in the text of both).
    declared = '<!DOCTYPE x [<!ENTITY a "Ana Ruiz">]>'
    body = declared + "<customer><name>&a;</name></customer>"
    undeclared = declared + "<customer><name>&b;</name></customer>"
    assert _kinds("tool.result", body, mode) == _kinds("tool.result", undeclared, mode)


#: XML records whose fields are the attributes of one element.
XML_ATTRIBUTES = {
    "en": '<Member id="88" firstName="Ottilie" lastName="Brandauer" plan="gold"/>',
    "it": '<cliente nome="Gianluca" cognome="Pellegrini" citta="Bari"></cliente>',
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("body", XML_ATTRIBUTES.values(), ids=XML_ATTRIBUTES.keys())
def test_an_xml_attribute_named_for_a_person_is_read(body: str, mode: str) -> None:
    assert "name" in _kinds("tool.result", body, mode)


@pytest.mark.parametrize("mode", MODES)
def test_a_fhir_resource_quoted_in_a_tool_message_is_read(mode: str) -> None:
    resource = {"resourceType": "Patient", "name": [{"family": "Szabó", "given": ["Réka"]}],
                "birthDate": "1979-02-11"}  # fmt: skip
    messages = [{"role": "tool", "tool_call_id": "c1", "content": _fhir(resource)}]
    kinds = _kinds("gen_ai.input.messages", json.dumps(messages, ensure_ascii=False), mode)
    assert {"name", "dob"} <= kinds


@pytest.mark.parametrize("mode", MODES)
def test_a_clinicians_appointment_discloses_nothing(mode: str) -> None:
    resource = {"resourceType": "Appointment", "status": "booked",
                "serviceType": [{"text": "Dermatology clinic"}],
                "participant": [{"actor": {"reference": "Practitioner/d4",
                                           "display": "Dr. Evander Stroud"}}]}  # fmt: skip
    kinds = _kinds("tool.result", _fhir(resource), mode)
    assert "name" in kinds
    assert "sensitive" not in kinds


#: People a FHIR resource names outside its own name: a patient's emergency contact, the
#: clinician and the patient of a task.
FHIR_OTHER_PEOPLE = {
    "patient_contact": {"resourceType": "Patient", "contact": [{
        "relationship": [{"text": "Daughter"}],
        "name": {"family": "Abernethy", "given": ["Rowena"]},
        "telecom": [{"system": "phone", "value": "+61 412 555 019"}]}]},
    "task_owner": {"resourceType": "Task", "status": "requested",
                   "owner": {"reference": "Practitioner/x", "display": "Ignatius Mbeki-Laurent"},
                   "for": {"reference": "Patient/p", "display": "Saoirse Ní Bhriain"}},
}  # fmt: skip


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("resource", FHIR_OTHER_PEOPLE.values(), ids=FHIR_OTHER_PEOPLE.keys())
def test_a_fhir_resource_names_other_people(resource: dict[str, object], mode: str) -> None:
    kinds = _kinds("tool.result", _fhir(resource), mode)
    assert "name" in kinds
    assert "sensitive" not in kinds
