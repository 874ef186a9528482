"""Values a key says are published: a business's mailbox, a listing's address, an example.

Every value is invented for these tests. The same values under a person's key stay
findings.
"""

from __future__ import annotations

import pytest
from _builders import pii_kinds as _kinds

PUBLIC = [
    ("org.estate_agency.email", "rentals.north@harbourhomes.co.uk"),
    ("company.billing.email", "accounts.team@lindqvist-ab.se"),
    ("clinic.contact_mail", "empfang@praxis-sonnenberg.de"),
    ("school.office.email", "secretaria@colegio-olivos.es"),
    ("listing.street_address", "Flat 2, 48 Marlowe Road, available from June"),
    ("listing.location", "Apartamento 3B, Calle del Pino 14, 28004 Madrid"),
    ("property_advert.address", "17 Rue des Tanneurs, 67000 Strasbourg, à louer"),
    ("docs.example.sender_email", "jane.doe@example.com"),
    ("sample.payload.email", "someone@mail.example"),
    ("docs.examples.contact_email", "first.last@example.org"),
]


@pytest.mark.parametrize("mode", ["forbid", "allow"])
@pytest.mark.parametrize(("key", "value"), PUBLIC, ids=[k for k, _ in PUBLIC])
def test_published_values_are_no_findings(key: str, value: str, mode: str) -> None:
    assert _kinds(key, value, mode) == set()


PERSONAL = [
    ("org.member.email", "rentals.north@harbourhomes.co.uk", "email"),
    ("customer.email", "jane.doe@example.com", "email"),
    ("docs.example.sender_email", "jane.doe@gmail.com", "email"),
    ("listing.owner.home_address", "Flat 2, 48 Marlowe Road, Leeds LS6 2AB", "address"),
    ("letting.applicant.email", "p.okafor@mailbox.ng", "email"),
]


@pytest.mark.parametrize(("key", "value", "kind"), PERSONAL, ids=[k for k, _, _ in PERSONAL])
def test_personal_values_stay_findings(key: str, value: str, kind: str) -> None:
    assert kind in _kinds(key, value, "forbid")
