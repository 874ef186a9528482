"""The business's own line at one end of a call, told by the direction the span states.

An inbound call's ``to`` is the business's line and its ``from`` the person; an outbound
call the other way round. With the direction stated (a span attribute, or a key in the
same body), the business's end is no finding; with none stated, both ends are.

Every number is invented: fiction ranges (555-01xx, Ofcom's drama ranges, made-up
numbers of other plans), in the shapes Twilio, Telnyx, Vonage, Plivo and Retell use.
"""

from __future__ import annotations

import json

import pytest
from _builders import span

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core.model import EventRecord

#: The person's number and the business's line; each pair ends in other digits.
PERSON = "+447700900461"
PERSON_US = "+16465550172"
BUSINESS = "+13125550138"
BUSINESS_UK = "+442079460955"


def _phones(attributes: dict[str, object], *, events: tuple[EventRecord, ...] = ()) -> list[str]:
    """The last two digits of each phone finding (a phone's mask keeps them)."""
    record = span("call", 2, attributes=attributes, events=events)
    found = find_pii([record], content="allow", kinds=["phone"])
    return sorted(f.masked[-2:] for f in found)


# -- flat attributes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "direction_key", ["twilio.direction", "direction", "Direction", "call.direction",
                      "patter.direction", "getpatter.call.direction"]
)  # fmt: skip
def test_inbound_to_is_the_business(direction_key: str) -> None:
    attrs = {direction_key: "inbound", "twilio.from": PERSON, "twilio.to": BUSINESS}
    assert _phones(attrs) == [PERSON[-2:]]


@pytest.mark.parametrize("direction", ["outbound", "outbound-api", "OUTBOUND", "outgoing"])
def test_outbound_from_is_the_business(direction: str) -> None:
    attrs = {"call.direction": direction, "call.from": BUSINESS, "call.to": PERSON_US}
    assert _phones(attrs) == [PERSON_US[-2:]]


def test_called_and_caller_keys_follow_the_direction() -> None:
    attrs = {"twilio.direction": "inbound", "twilio.caller": PERSON, "twilio.called": BUSINESS}
    assert _phones(attrs) == [PERSON[-2:]]
    attrs = {"direction": "outbound", "callee_number": PERSON_US, "caller_number": BUSINESS_UK}
    assert _phones(attrs) == [PERSON_US[-2:]]


def test_no_direction_keeps_both_ends() -> None:
    assert _phones({"twilio.from": PERSON, "twilio.to": BUSINESS}) == sorted(
        [PERSON[-2:], BUSINESS[-2:]]
    )


def test_an_unknown_direction_keeps_both_ends() -> None:
    attrs = {"call.direction": "unknown", "call.from": PERSON, "call.to": BUSINESS}
    assert _phones(attrs) == sorted([PERSON[-2:], BUSINESS[-2:]])


def test_a_dialled_leg_keeps_both_ends() -> None:
    # <Dial>'s leg shows the original caller's number as its From by default.
    attrs = {"twilio.direction": "outbound-dial", "twilio.from": PERSON, "twilio.to": PERSON_US}
    assert _phones(attrs) == sorted([PERSON[-2:], PERSON_US[-2:]])


def test_directions_that_disagree_keep_both_ends() -> None:
    attrs = {
        "twilio.direction": "inbound",
        "patter.direction": "outbound",
        "call.from": PERSON,
        "call.to": BUSINESS,
    }
    assert _phones(attrs) == sorted([PERSON[-2:], BUSINESS[-2:]])


def test_a_persons_key_stays_a_finding_whatever_the_direction() -> None:
    attrs = {"call.direction": "inbound", "customer.phone": PERSON, "lead.to_callback": PERSON_US}
    assert len(_phones(attrs)) == 2


def test_a_nested_end_follows_the_direction() -> None:
    attrs = {"call.direction": "inbound", "call.to.number": BUSINESS, "call.from.number": PERSON}
    assert _phones(attrs) == [PERSON[-2:]]


def test_the_direction_reaches_the_spans_events() -> None:
    event = EventRecord("dial", 0, {"to": BUSINESS, "from": PERSON})
    assert _phones({"call.direction": "inbound"}, events=(event,)) == [PERSON[-2:]]


# -- bodies -------------------------------------------------------------------------------


def test_twilio_form_body_inbound() -> None:
    body = (
        "AccountSid=AC0f3b5e2a9c8d7e6f5a4b3c2d1e0f9a8b&CallSid=CA1e2d3c4b5a69788796a5b4c3d2e1f0a9"
        f"&CallStatus=ringing&Direction=inbound&From=%2B{PERSON[1:]}&Caller=%2B{PERSON[1:]}"
        f"&To=%2B{BUSINESS[1:]}&Called=%2B{BUSINESS[1:]}"
    )
    assert _phones({"http.request.body": body}) == [PERSON[-2:], PERSON[-2:]]


def test_twilio_form_body_outbound_api() -> None:
    body = (
        "CallSid=CA9f8e7d6c5b4a39281706f5e4d3c2b1a0&Direction=outbound-api"
        f"&From=%2B{BUSINESS[1:]}&To=%2B{PERSON_US[1:]}&CallStatus=completed"
    )
    assert _phones({"http.request.body": body}) == [PERSON_US[-2:]]


def test_plivo_form_body_outbound() -> None:
    body = (
        "CallUUID=7c1d2e3f-aaaa-4bbb-8ccc-0d9e8f7a6b5c&Direction=outbound"
        f"&From=%2B{BUSINESS[1:]}&To=%2B{PERSON[1:]}"
    )
    assert _phones({"http.request.body": body}) == [PERSON[-2:]]


@pytest.mark.parametrize(("direction", "business_end"), [("incoming", "to"), ("outgoing", "from")])
def test_telnyx_webhook(direction: str, business_end: str) -> None:
    ends = {"from": PERSON, "to": BUSINESS} if business_end == "to" else {
        "from": BUSINESS, "to": PERSON}  # fmt: skip
    payload = {"call_control_id": "v3:Zq8s7d6f5g4h3j2k1l0", **ends, "direction": direction}
    body = json.dumps({"data": {"event_type": "call.initiated", "payload": payload}})
    assert _phones({"http.request.body": body}) == [PERSON[-2:]]


def test_vonage_event_webhook() -> None:
    body = json.dumps(
        {
            "from": PERSON_US[1:],
            "to": BUSINESS_UK[1:],
            "uuid": "63f61863-4a51-4f6b-86e1-46edebcf9356",
            "status": "ringing",
            "direction": "inbound",
        }
    )
    assert _phones({"http.request.body": body}) == [PERSON_US[-2:]]


def test_vonage_request_with_endpoint_objects() -> None:
    body = json.dumps(
        {
            "direction": "outbound",
            "to": [{"type": "phone", "number": PERSON_US[1:]}],
            "from": {"type": "phone", "number": BUSINESS_UK[1:]},
        }
    )
    assert _phones({"http.request.body": body}) == [PERSON_US[-2:]]


def test_retell_call_object() -> None:
    body = json.dumps(
        {"call": {"call_id": "c_8d7f6e", "direction": "inbound",
                  "from_number": PERSON_US, "to_number": BUSINESS}}
    )  # fmt: skip
    assert _phones({"http.response.body": body}) == [PERSON_US[-2:]]


def test_a_body_takes_the_spans_direction_when_it_states_none() -> None:
    body = json.dumps({"from": PERSON, "to": BUSINESS})
    assert _phones({"call.direction": "inbound", "http.request.body": body}) == [PERSON[-2:]]


def test_a_body_without_any_direction_keeps_both_ends() -> None:
    body = json.dumps({"from": PERSON, "to": BUSINESS})
    assert _phones({"http.request.body": body}) == sorted([PERSON[-2:], BUSINESS[-2:]])


def test_a_log_of_calls_both_ways_keeps_both_ends() -> None:
    calls = [
        {"direction": "inbound", "from": PERSON, "to": BUSINESS},
        {"direction": "outbound", "from": BUSINESS_UK, "to": PERSON_US},
    ]
    found = _phones({"http.response.body": json.dumps(calls)})
    assert found == sorted([PERSON[-2:], BUSINESS[-2:], BUSINESS_UK[-2:], PERSON_US[-2:]])


def test_a_number_in_another_key_of_the_body_stays() -> None:
    body = json.dumps(
        {"direction": "inbound", "from": PERSON, "to": BUSINESS, "forwarded_from": PERSON_US}
    )
    assert _phones({"http.request.body": body}) == sorted([PERSON[-2:], PERSON_US[-2:]])
