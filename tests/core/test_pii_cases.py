"""Case records of benefit and public-service agencies, and an agency's own contact details.

A tool looking up a benefit or public-service case names the person it is about under the
agency's own words: whom the call is on behalf of, the claimant, the beneficiary, the
representative, in JSON or in a form-encoded body. An agency's published line and office
address under its own keys (``agency.phone``, ``ministry.office_address``) are nobody's.
Look-alikes stay clean: case numbers, claim references, office and form names. All values
are invented.
"""

from __future__ import annotations

import json

import pytest
from _builders import name_masks, pii_kinds

from pytest_patter_trace.core._pii.mask import mask_name

MODES = ("forbid", "allow")

pytestmark = pytest.mark.usefixtures("lexicon_hidden")

#: Case: a tool payload's fields, the name among them.
CASE_RECORDS = {
    "en_on_behalf_of": (
        {"action": "find_case", "on_behalf_of": "Marguerite Okafor", "relation": "aunt"},
        "Marguerite Okafor",
    ),
    "camel_on_behalf": (
        {"op": "lookup", "onBehalfOf": "Tiberiu Manolescu", "ref": "K-77"},
        "Tiberiu Manolescu",
    ),
    "fr_beneficiaire": (
        {"dossier": "D-4410", "bénéficiaire": "Colette Marchand", "statut": "ouvert"},
        "Colette Marchand",
    ),
    "en_representative": (
        {"case": "SR-0931", "representative": "Desmond Achterberg", "role": "payee"},
        "Desmond Achterberg",
    ),
    "es_representante": (
        {"expediente": "EXP-3312", "representante": "Inés Carvajal Soto"},
        "Inés Carvajal Soto",
    ),
    "en_dependant": (
        {"claim": "HB-220", "dependant": "Ottilie Brennan", "age_band": "child"},
        "Ottilie Brennan",
    ),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(CASE_RECORDS))
def test_a_case_records_person_is_a_name(case: str, mode: str) -> None:
    fields, name = CASE_RECORDS[case]
    masks = name_masks("tool.arguments", json.dumps(fields, ensure_ascii=False), mode)
    assert mask_name(name) in masks


#: Case: a form-encoded tool body, the names in it.
FORM_BODIES = {
    "beneficiary_payee": (
        "beneficiary=Henrietta+Strand&case=77120&representative_payee=Osvaldo+Reyes",
        ["Henrietta Strand", "Osvaldo Reyes"],
    ),
    "claimant_first": ("claimant=Piet+Vermeulen&office=North", ["Piet Vermeulen"]),
    "applicant_later": ("ref=Q-19&applicant=Zuzana+Hrubá", ["Zuzana Hrubá"]),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(FORM_BODIES))
def test_a_form_bodys_claimant_is_a_name(case: str, mode: str) -> None:
    body, names = FORM_BODIES[case]
    masks = name_masks("tool.result", body, mode)
    for name in names:
        assert mask_name(name) in masks


#: Look-alikes under the same keys: office, form and scheme names, case numbers.
NOT_NAMES = {
    "office_form": "office=Benefits+Centre&form=Housing+Support&case=88120",
    "json_office": json.dumps({"on_behalf_of": "Regional Office", "case": "CR-1180"}),
    "json_scheme": json.dumps({"beneficiary": "Family Support Scheme", "claim": "CL-99"}),
    "json_number": json.dumps({"representative": "REP-20931", "case_number": "2024/118"}),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(NOT_NAMES))
def test_case_look_alikes_are_no_names(case: str, mode: str) -> None:
    assert name_masks("tool.result", NOT_NAMES[case], mode) == []


#: Case: an agency's own key, its published line or office address.
AGENCY_OWN = {
    "agency_phone": ("agency.phone", "+44 20 7946 0312"),
    "ministry_phone": ("ministry.phone", "+33 1 72 34 56 78"),
    "council_phone": ("council.contact_phone", "+61 2 9374 4000"),
    "embassy_phone": ("embassy.phone_number", "+49 30 2025 7100"),
    "agency_office": ("agency.office_address", "Revenue Office, 14 Harbour Road, Eastbridge"),
    "ministry_address": ("ministry.address", "Ministerio de Trabajo, Calle Mayor 12, Sevilla"),
    "municipality": ("municipality.address", "Rathaus Nord, Marktplatz 3, 04109 Leipzig"),
}


@pytest.mark.parametrize("case", sorted(AGENCY_OWN))
def test_an_agencys_own_contact_is_not_personal(case: str) -> None:
    key, value = AGENCY_OWN[case]
    assert pii_kinds(key, value, "allow") & {"phone", "address"} == set()


#: A person's phone or address under an agency's namespace stays theirs.
PERSONS_UNDER_AGENCY = {
    "claimant_phone": ("agency.claimant.phone", "+44 7700 900312", "phone"),
    "applicant_address": (
        "agency.applicant.address",
        "Flat 2, 14 Willow Lane, Eastbridge EB3 4QT",
        "address",
    ),
    "plain_phone": ("case.phone", "+44 7700 900845", "phone"),
}


@pytest.mark.parametrize("case", sorted(PERSONS_UNDER_AGENCY))
def test_a_persons_contact_under_an_agency_stays(case: str) -> None:
    key, value, kind = PERSONS_UNDER_AGENCY[case]
    assert kind in pii_kinds(key, value, "allow")


#: Case: a case record quoted in a tool's JSON string, the name in it.
QUOTED = {
    "subject_record": (
        {"case_ref": "CR-5512", "subject": {"name": "Halvard Brekke", "dob": "1958-02-11"}},
        "Halvard Brekke",
    ),
    "on_behalf": ({"op": "lookup", "on_behalf_of": "Rosalind Achebe"}, "Rosalind Achebe"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(QUOTED))
def test_a_quoted_case_records_name_is_found(case: str, mode: str) -> None:
    inner, name = QUOTED[case]
    value = json.dumps({"status": "ok", "body": json.dumps(inner)})
    assert mask_name(name) in name_masks("tool.result", value, mode)


#: Case: a bare value under a key naming whom the case is about.
BARE = {
    "on_behalf_of": ("request.on_behalf_of", "Evangelina Rusu"),
    "claimant_name": ("benefit.claimant_name", "Ilse Vandermeer"),
}


@pytest.mark.parametrize("case", sorted(BARE))
def test_a_bare_case_subject_is_a_name(case: str) -> None:
    key, name = BARE[case]
    assert mask_name(name) in name_masks(key, name, "allow")


def test_a_subject_line_is_no_name() -> None:
    assert name_masks("email.subject", "Quarterly Report", "allow") == []
    assert name_masks("course.subject_name", "Applied Mathematics", "allow") == []


#: Case: a form body's IBAN with its groups split by the form's spaces ("+").
FORM_IBANS = {
    "gb": "refund_to=GB29+NWBK+6016+1331+9268+19&reason=duplicate+payment",
    "de": "case=K-12&payout_account=DE89+3704+0044+0532+0130+00",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", sorted(FORM_IBANS))
def test_a_form_bodys_iban_is_found(case: str, mode: str) -> None:
    assert "iban" in pii_kinds("tool.result", FORM_IBANS[case], mode)


def test_base64_with_plus_is_no_form() -> None:
    value = "payload=QUJD+REVG&sig=R0hJ+SktM"
    assert "iban" not in pii_kinds("tool.result", value, "allow")
