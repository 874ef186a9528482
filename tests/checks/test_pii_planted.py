"""Every kind is caught wherever a test plants it: a span attribute, an exception event
(``record_exception``, so both ``exception.message`` and the stack trace carry it) and a
resource attribute. Spans come from the real OpenTelemetry SDK."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import pytest
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.checks.pii import KINDS, find_pii
from pytest_patter_trace.core._pii.kinds import ALLOWED_CONTENT_KINDS

FAKE_KEY = "sk-proj-" + "Xq3" * 16

#: kind -> (attribute key, value), exception message, (resource key, value)
PLANTS: dict[str, tuple[tuple[str, object], str, tuple[str, object]]] = {
    "phone": (
        ("lead.contact", "+1 415 555 0132"),
        "transfer to +44 20 7946 0018 failed: line busy",
        ("deployment.oncall", "+33 6 12 34 56 78"),
    ),
    "email": (
        ("crm.owner", "jane.doe@example.com"),
        "no account for jane.doe@example.com",
        ("deployment.owner", "ops-lead@example.org"),
    ),
    "card": (
        ("payment.card", "4242 4242 4242 4242"),
        "card 4242-4242-4242-4242 was declined",
        ("billing.test_card", "5555555555554444"),
    ),
    "ssn": (
        ("customer.tax_id", "078-05-1120"),
        "identity check rejected SSN 078-05-1120",
        ("owner.ssn", "078051120"),
    ),
    "iban": (
        ("payout.account", "DE89 3704 0044 0532 0130 00"),
        "refund to GB82WEST12345698765432 rejected",
        ("billing.iban", "NL91ABNA0417164300"),
    ),
    "ip": (
        ("client.address", "81.2.69.160"),
        "rate limit exceeded for client 81.2.69.142",
        ("enduser.ip", "81.2.69.160"),
    ),
    "secret": (
        ("llm.api_key", "0123456789abcdef0123456789abcdef"),
        f"Incorrect API key provided: {FAKE_KEY}",
        ("twilio.auth_token", "fedcba9876543210fedcba9876543210"),
    ),
    "dob": (
        ("patient.dob", "1985-03-14"),
        "could not verify caller: DOB 03/14/1985 does not match",
        ("owner.birth_date", "14 March 1985"),
    ),
    "address": (
        ("tool.destination", "221B Baker Street, London NW1 6XE"),
        "geocoding failed for 1600 Amphitheatre Parkway, Mountain View, CA 94043",
        ("office.street_address", "10 Downing Street, London"),
    ),
    "free_text": (
        ("getpatter.stt.text", "I want to cancel my order"),
        "ValueError: could not route utterance 'I want to cancel my subscription'",
        ("app.system_prompt", "You are a friendly agent for Acme; the caller's booking is late."),
    ),
    "name": (
        ("customer.full_name", "Jane Q. Doe"),
        '{"customer_name": "DOE JANE", "order_id": "A1"}',
        ("account.holder", "María José Fernández"),
    ),
    "tool_payload": (
        ("gen_ai.tool.call.arguments", '{"order_id": "A1"}'),
        '{"tool_result": "no availability"}',
        ("pipecat.function_call.result", "ok"),
    ),
    "national_id": (
        ("cliente.dni", "12345678Z"),
        "identity check failed for DNI 12345678Z",
        ("owner.nino", "AB 12 34 56 C"),
    ),
    "bank_account": (
        ("payment.note", "routing 021000021 account 123456789"),
        "ACH failed: routing 021000021 account 000123456789",
        ("billing.ach", "ABA 011000015 account 4455667788"),
    ),
    # Reported where content is allowed: forbidden content is a finding already.
    "sensitive": (
        ("lk.user_transcript", "I was just diagnosed with diabetes"),
        "could not reschedule: caller said 'my husband passed away last week'",
        ("gen_ai.user.message.content", "my father passed away, please close his account"),
    ),
}


def mode(kind: str) -> str:
    return "allow" if kind in ALLOWED_CONTENT_KINDS else "forbid"


Emit = Callable[..., tuple[ReadableSpan, ...]]


def test_every_kind_has_a_plant() -> None:
    assert set(PLANTS) == set(KINDS)


@pytest.fixture
def emit() -> Iterator[Emit]:
    providers: list[TracerProvider] = []

    def run(
        *,
        attributes: Mapping[str, object] | None = None,
        exception: str | None = None,
        resource: Mapping[str, object] | None = None,
    ) -> tuple[ReadableSpan, ...]:
        exporter = InMemorySpanExporter()
        provider = TracerProvider(resource=Resource.create(dict(resource or {})))
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        providers.append(provider)
        base = {"patter.call.id": "eval_0123456789ab", "patter.tool.name": "lookup_order"}
        tracer = provider.get_tracer("patter")
        with tracer.start_as_current_span(
            "getpatter.tool", attributes={**base, **(attributes or {})}
        ) as span:
            if exception is not None:
                try:
                    raise ValueError(exception)
                except ValueError as exc:
                    span.record_exception(exc)
        return exporter.get_finished_spans()

    yield run
    for provider in providers:
        provider.shutdown()


@pytest.mark.parametrize("kind", KINDS)
def test_caught_in_a_span_attribute(emit: Emit, kind: str) -> None:
    (key, value), _, _ = PLANTS[kind]
    findings = find_pii(emit(attributes={key: value}), content=mode(kind))
    assert [(f.kind, f.location, f.call_id) for f in findings] == [
        (kind, f"attribute {key}", "eval_0123456789ab")
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_caught_in_an_exception_event(emit: Emit, kind: str) -> None:
    _, message, _ = PLANTS[kind]
    findings = find_pii(emit(exception=message), content=mode(kind))
    where = {f.location for f in findings if f.kind == kind}
    assert "event exception › exception.message" in where
    assert "event exception › exception.stacktrace" in where
    assert {f.kind for f in findings} == {kind}


@pytest.mark.parametrize("kind", KINDS)
def test_caught_in_a_resource_attribute(emit: Emit, kind: str) -> None:
    _, _, (key, value) = PLANTS[kind]
    findings = find_pii(emit(resource={key: value}), content=mode(kind))
    assert [(f.kind, f.location) for f in findings] == [(kind, f"resource › {key}")]


def test_a_gen_ai_content_event_is_caught() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    with provider.get_tracer("t").start_as_current_span("chat") as span:
        span.add_event("gen_ai.user.message", {"content": "where is my order, it is late"})
    provider.shutdown()
    findings = find_pii(exporter.get_finished_spans())
    assert [(f.kind, f.location) for f in findings] == [
        ("free_text", "event gen_ai.user.message › content")
    ]
