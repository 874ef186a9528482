"""What the detector flags, value by value: each kind, and what it must leave alone."""

from __future__ import annotations

import random
import string
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.core.model import EventRecord, SpanRecord, StatusRecord

phonenumbers = pytest.importorskip("phonenumbers")


def kinds_of(key: str, value: object, *, site: str = "attribute") -> list[str]:
    """The kinds found in one value placed at ``site`` of a span."""
    ids = {"name": "s", "trace_id": "1" * 32, "span_id": "2" * 16}
    if site == "event":
        span = SpanRecord(**ids, events=(EventRecord("exception", 0, {key: value}),))
    elif site == "status":
        span = SpanRecord(**ids, status=StatusRecord("ERROR", str(value)))
    else:
        span = SpanRecord(**ids, attributes={key: value})
    return sorted(f.kind for f in find_pii([span]))


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        # phones: a country code anywhere; national formats only when grouped like one
        ("twilio.from", "+14155550132", ["phone"]),
        ("note.x", "+44 20 7946 0018", ["phone"]),
        ("note.x", "0044 20 7946 0018", ["phone"]),
        ("note.x", "(415) 555-0132", ["phone"]),
        ("note.x", "415.555.0132", ["phone"]),
        ("note.x", "020 7946 0018", ["phone"]),
        ("note.x", "06 12 34 56 78", ["phone"]),
        ("note.x", "tel:+1-415-555-0132", ["phone"]),
        ("sip.from_uri", "sip:+14155550132@pbx.example.com", ["phone"]),
        ("http.url", "https://x.example/voice?From=%2B14155550132", ["phone"]),
        ("log.message", "room 5 415-555-0132 called", ["phone"]),
        ("log.message", "callback failed: my number is 4155550132", ["phone"]),
        ("customer.phone", "4155550132", ["phone"]),
        ("customer.phone", 14155550132, ["phone"]),
        ("caller.phone_number", "+15550000001", ["phone"]),
        # never phones
        ("job.id", "4155550132", []),
        ("log.message", "batch 4155550132 processed", []),
        ("log.message", "order number is 4155550132", []),
        ("ts", "1731500000", []),
        ("ts", "1731500000123", []),
        ("created", "2024-11-05 12:30:45", []),
        ("created", "05.11.2024", []),
        ("metric", "0.123456789", []),
        ("metric", "1 234 567", []),
        ("metric", "12.345.678", []),
        ("net.host.ip", "10.20.30.40", []),
        ("tokens", 14155550132, []),
        ("customer.phone", "anonymous", []),
        # e-mail
        ("crm.email", "jane.doe+orders@example.co.uk", ["email"]),
        ("log.message", "no account for <jane.doe@example.com>", ["email"]),
        ("asset", "icon@2x.png", []),
        ("pkg", "getpatter@0.7.0", []),
        ("sip.call_id", "a84b4c76e66710@pc33.atlanta.example.com", []),
        # cards
        ("payment.card", "4242 4242 4242 4242", ["card"]),
        ("payment.card", "3782-822463-10005", ["card"]),
        ("payment.card_number", 4242424242424242, ["card"]),
        ("payment.reference", "4242424242424241", []),
        ("device.imei", "356938035643809", []),
        ("ts", "1731500000123456", []),
        # SSNs
        ("crm.note", "078-05-1120", ["ssn"]),
        ("log.message", "SSN 078 05 1120 rejected", ["ssn"]),
        ("customer.ssn", "078051120", ["ssn"]),
        ("crm.note", "000-12-3456", []),
        # IBANs
        ("payout.account", "GB82 WEST 1234 5698 7654 32", ["iban"]),
        ("payout.account", "DE89370400440532013000", ["iban"]),
        ("payout.account", "DE89370400440532013001", []),
        # IPs: only where they identify a client
        ("client.address", "81.2.69.160", ["ip"]),
        ("http.request.header.x-forwarded-for", ("81.2.69.160, 10.0.0.1",), ["ip"]),
        ("server.address", "81.2.69.160", []),
        ("client.address", "10.0.3.17", []),
        ("client.address", "127.0.0.1", []),
        ("user_agent.original", "Mozilla/5.0 Chrome/120.0.0.0 Safari/537.36", []),
        # secrets
        ("twilio.auth_token", "0123456789abcdef0123456789abcdef", ["secret"]),
        ("http.request.header.authorization", ("Bearer abcdefghijklmnop",), ["secret"]),
        ("llm.config", "sk-ant-api03-" + "a" * 40, ["secret"]),
        ("llm.config", "AKIA" + "A1B2C3D4E5F6G7H8", ["secret"]),
        ("log.message", "connect postgresql://app:s3cretpass@db:5432/x", ["secret"]),
        ("llm.api_key", "[REDACTED]", []),
        ("llm.api_key_env", "OPENAI_API_KEY", []),
        ("password.length", "12", []),
        ("oauth.token_type", "bearer", []),
        # dates of birth
        ("patient.dob", "1985-03-14", ["dob"]),
        ("log.message", "date of birth 14 March 1985 is invalid", ["dob"]),
        ("order.created", "1985-03-14", []),
        # addresses
        ("tool.destination", "1600 Amphitheatre Pkwy, Mountain View, CA 94043", ["address"]),
        ("tool.destination", "Hauptstraße 5, 10115 Berlin", ["address"]),
        ("customer.postal_code", "94105", ["address"]),
        ("log.message", "3 retries on the road to recovery", []),
        ("server.address", "api.openai.com", []),
        # free text: content keys only, developer text never
        ("getpatter.stt.text", "hi", ["free_text"]),
        # Tool payloads are a kind of their own: any non-empty one is a finding.
        ("gen_ai.tool.call.arguments", '{"note": "leave it with the neighbour"}', ["tool_payload"]),
        ("gen_ai.tool.call.arguments", '{"order_id": "A1"}', ["tool_payload"]),
        ("gen_ai.tool.call.arguments", "{}", []),
        ("input.value", "where is my package please", ["free_text"]),
        ("message", "1035 tokens in 1055 ms", []),
        ("message", "Call ended after 00:03:12", []),
        ("result", "Connection reset by peer", []),
        ("summary", "Caller asked about order A1234 and was told it ships tomorrow", ["free_text"]),
        ("http.response.status_text", "Service Unavailable", []),
        ("tool.description", "Look up an order by its id", []),
        ("process.command_args", ("python", "-m", "app"), []),
        ("getpatter.stt.text_len", 27, []),
    ],
)
def test_values(key: str, value: object, expected: list[str]) -> None:
    assert kinds_of(key, value) == expected


def test_exception_messages_are_developer_text_unless_they_quote_the_caller() -> None:
    assert kinds_of("exception.message", "Connection reset by peer", site="event") == []
    quoted = "ValueError: could not route 'I want to cancel my order please'"
    assert kinds_of("exception.message", quoted, site="event") == ["free_text"]
    developer = "KeyError: 'the order was not found in the database'"
    assert kinds_of("exception.message", developer, site="event") == []
    assert kinds_of("x", "Tool 'lookup_order' failed: TimeoutError", site="status") == []


def test_source_lines_of_a_stack_trace_are_not_utterances() -> None:
    trace = (
        "Traceback (most recent call last):\n"
        '  File "/app/agent.py", line 12, in handle\n'
        '    log.info("starting the call handler for this caller now")\n'
        "RuntimeError: boom\n"
    )
    assert kinds_of("exception.stacktrace", trace, site="event") == []


def test_two_phone_numbers_in_one_message_are_two_findings() -> None:
    span = SpanRecord(
        name="s",
        trace_id="1" * 32,
        span_id="2" * 16,
        attributes={"log.message": "forward +14155550132 to +442079460018"},
    )
    assert [f.masked for f in find_pii([span])] == ["+14•••••••32", "+44••••••••18"]


def test_spaced_ssn_needs_a_key_or_the_word_ssn() -> None:
    assert "ssn" not in kinds_of("log.message", "code 078 05 1120")
    assert kinds_of("log.message", "social security 078 05 1120") == ["ssn"]


# -- properties ------------------------------------------------------------------------------

BENIGN_KEYS = ["patter.call.id", "request.id", "ts", "message", "log.message", "note"]


@st.composite
def benign_ids(draw: st.DrawFn) -> str:
    rng = random.Random(draw(st.integers(0, 2**32)))
    base = rng.randrange(1_500_000_000, 1_900_000_000)
    return rng.choice(
        [
            "CA" + "".join(rng.choice("0123456789abcdef") for _ in range(32)),
            "eval_" + "".join(rng.choice("0123456789abcdef") for _ in range(12)),
            str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            format(rng.getrandbits(128), "032x"),
            format(rng.getrandbits(64), "016x"),
            str(base),
            f"{base}{rng.randrange(10**3):03d}",
            f"{base}{rng.randrange(10**6):06d}",
            f"{base}{rng.randrange(10**9):09d}",
            f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T"
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}.123Z",
            f"{rng.randrange(0, 30)}.{rng.randrange(0, 99)}.{rng.randrange(0, 99)}",
            f"{rng.randrange(1, 99999)}ms",
            f"{rng.random() * 100:.6f}",
        ]
    )


@settings(max_examples=100, deadline=None)
@given(value=benign_ids(), key=st.sampled_from(BENIGN_KEYS))
def test_benign_identifiers_are_never_flagged(value: str, key: str) -> None:
    assert kinds_of(key, value) == []


REGIONS = ["US", "GB", "DE", "FR", "IT", "ES", "NL", "AU", "IN", "BR", "MX", "JP", "ZA", "SE"]


@st.composite
def valid_numbers(draw: st.DrawFn) -> object:
    region = draw(st.sampled_from(REGIONS))
    kind = draw(
        st.sampled_from(
            [phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE]
        )
    )
    base = phonenumbers.example_number_for_type(region, kind)
    national = str(base.national_number)
    tail = draw(st.text(string.digits, min_size=3, max_size=3))
    number = phonenumbers.parse(f"+{base.country_code}{national[:-3]}{tail}")
    if not phonenumbers.is_valid_number(number):
        number = base
    return number


@settings(max_examples=100, deadline=None)
@given(
    number=valid_numbers(),
    style=st.sampled_from(["E164", "INTERNATIONAL", "RFC3966"]),
    template=st.sampled_from(["{}", "call {} now", "Transfer to {} failed: busy"]),
)
def test_numbers_with_a_country_code_are_found(number: object, style: str, template: str) -> None:
    text = phonenumbers.format_number(number, getattr(phonenumbers.PhoneNumberFormat, style))
    assert kinds_of("log.message", template.format(text)) == ["phone"]


def test_numbering_plan_checks_agree_with_libphonenumber() -> None:
    from pytest_patter_trace.core._pii.phone import PhoneFinder

    finder = PhoneFinder(phonenumbers)
    rng = random.Random(7)
    regions = sorted(phonenumbers.SUPPORTED_REGIONS)
    disagree = over = total = 0
    for i in range(3000):
        if i % 2:
            example = phonenumbers.example_number(rng.choice(regions))
            if example is None:
                continue
            digits = f"{example.country_code}{example.national_number}"
            digits = digits[:-3] + "".join(rng.choice(string.digits) for _ in range(3))
        else:
            digits = str(rng.randrange(10**7, 10**13))
        try:
            expected = phonenumbers.is_valid_number(phonenumbers.parse("+" + digits))
        except phonenumbers.NumberParseException:
            expected = False
        got = finder.international(digits, lenient=False) is not None
        total += 1
        disagree += got != expected
        over += got and not expected
    assert over == 0  # never calls valid what libphonenumber rejects
    assert disagree <= total * 0.005
