"""The business's end of a call in other stacks' spellings of the call's direction.

Bland states a call's direction as a flag (``"inbound": false``), as do stacks with
``is_inbound`` / ``is_outbound``; Amazon Connect names the business's end of a contact
``SystemEndpoint`` and the person's ``CustomerEndpoint``. Every number is invented
(fiction ranges: 555-01xx, Ofcom's drama ranges).
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii

PERSON = "+447700900318"
PERSON_US = "+16175550142"
BUSINESS = "+16175550119"
BUSINESS_UK = "+442079460733"


def _phones(attributes: dict[str, object]) -> list[str]:
    """The last two digits of each phone finding (a phone's mask keeps them)."""
    found = find_pii([span("call", 2, attributes=attributes)], content="allow", kinds=["phone"])
    return sorted(f.masked[-2:] for f in found)


@pytest.mark.parametrize("flag_key", ["bland.inbound", "call.inbound", "call.is_inbound"])
def test_an_inbound_flag_false_makes_from_the_business(flag_key: str) -> None:
    attrs = {flag_key: False, "bland.from": BUSINESS, "bland.to": PERSON_US}
    assert _phones(attrs) == [PERSON_US[-2:]]


def test_an_inbound_flag_true_makes_to_the_business() -> None:
    attrs = {"bland.inbound": True, "bland.from": PERSON, "bland.to": BUSINESS}
    assert _phones(attrs) == [PERSON[-2:]]


def test_an_outbound_flag() -> None:
    attrs = {"call.is_outbound": True, "call.from": BUSINESS_UK, "call.to": PERSON}
    assert _phones(attrs) == [PERSON[-2:]]


def test_a_flag_as_text() -> None:
    attrs = {"bland.inbound": "false", "bland.from": BUSINESS, "bland.to": PERSON_US}
    assert _phones(attrs) == [PERSON_US[-2:]]


def test_a_body_with_an_inbound_flag() -> None:
    body = json.dumps({"call_id": "c-41f2", "inbound": False, "from": BUSINESS, "to": PERSON_US,
                       "status": "completed"})  # fmt: skip
    assert _phones({"bland.call": body}) == [PERSON_US[-2:]]


def test_flags_that_disagree_keep_both_ends() -> None:
    calls = [{"inbound": True, "from": PERSON, "to": BUSINESS},
             {"inbound": False, "from": BUSINESS_UK, "to": PERSON_US}]  # fmt: skip
    found = _phones({"bland.calls": json.dumps(calls)})
    assert found == sorted([PERSON[-2:], BUSINESS[-2:], BUSINESS_UK[-2:], PERSON_US[-2:]])


def test_a_flag_that_is_no_direction_keeps_both_ends() -> None:
    attrs = {"bland.inbound": "unknown", "bland.from": PERSON, "bland.to": BUSINESS}
    assert _phones(attrs) == sorted([PERSON[-2:], BUSINESS[-2:]])


def test_connect_system_endpoint_is_the_business() -> None:
    attrs = {"connect.SystemEndpoint.Address": BUSINESS_UK,
             "connect.CustomerEndpoint.Address": PERSON}  # fmt: skip
    assert _phones(attrs) == [PERSON[-2:]]


def test_connect_contact_body() -> None:
    contact = {"ContactData": {
        "CustomerEndpoint": {"Address": PERSON_US, "Type": "TELEPHONE_NUMBER"},
        "SystemEndpoint": {"Address": BUSINESS, "Type": "TELEPHONE_NUMBER"},
        "InitiationMethod": "INBOUND"}}  # fmt: skip
    assert _phones({"connect.event": json.dumps(contact)}) == [PERSON_US[-2:]]
