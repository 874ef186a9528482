"""docs/pii.md shows real output: each kind's failure message and the measured table.

The page marks each example message with ``<!-- pii-example: KIND -->`` before its block;
this test plants the example value, runs ``assert_no_pii`` and compares the message with
the block, and checks the page's quality table against the corpus. Run this file as a
script to print fresh blocks: ``PYTHONPATH=tests python tests/checks/test_pii_docs.py``.
"""

from __future__ import annotations

import re

import pytest
from _builders import span
from _paths import DOCS, ROOT, load_script

from pytest_patter_trace.checks.pii import KINDS, assert_no_pii
from pytest_patter_trace.core._pii.kinds import ALLOWED_CONTENT_KINDS
from pytest_patter_trace.core.model import EventRecord, SpanRecord

PAGE = DOCS / "pii.md"
CALL = "eval_0123456789ab"

#: kind -> (span name, where, key, planted value). ``where``: attribute, event, resource.
EXAMPLES: dict[str, tuple[str, str, str, object]] = {
    "phone": ("getpatter.tool", "attribute", "lead.contact", "+1 415 555 0132"),
    "email": ("getpatter.llm", "event", "exception.message", "no account for maria@example.com"),
    "card": ("getpatter.tool", "attribute", "tool.payment", "card 4242 4242 4242 4242 declined"),
    "ssn": ("getpatter.tool", "attribute", "customer.tax_id", "078-05-1120"),
    "iban": ("getpatter.tool", "attribute", "payout.account", "DE89 3704 0044 0532 0130 00"),
    "ip": ("app.request", "attribute", "client.address", "81.2.69.160"),
    "secret": (
        "app.request",
        "attribute",
        "http.request.header.authorization",
        ("Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlLWhlcmU",),
    ),
    "dob": ("getpatter.stt", "resource", "patient.date_of_birth", "1985-03-14"),
    "address": ("getpatter.tool", "attribute", "tool.destination", "221B Baker Street, London"),
    "free_text": ("getpatter.stt", "attribute", "getpatter.stt.text", "I want to cancel my order"),
    "name": ("getpatter.tool", "attribute", "customer.full_name", "Jane Q. Doe"),
    "tool_payload": (
        "getpatter.tool",
        "attribute",
        "gen_ai.tool.call.arguments",
        '{"order_id": "A1", "note": "leave it at the door"}',
    ),
    "national_id": ("getpatter.tool", "attribute", "cliente.dni", "12345678Z"),
    "bank_account": (
        "getpatter.tool",
        "event",
        "exception.message",
        "ACH failed: routing 021000021 account 000123456789",
    ),
    "sensitive": (
        "llm",
        "attribute",
        "lk.user_transcript",
        "my husband passed away last week, I need to close his account",
    ),
}


def example_span(kind: str) -> SpanRecord:
    name, where, key, value = EXAMPLES[kind]
    index = KINDS.index(kind) + 1
    call = None if name == "app.request" else CALL
    if where == "attribute":
        return span(name, index, trace=index, call=call, attributes={key: value})
    if where == "event":
        events = (EventRecord("exception", 1, {key: value}),)
        return span(name, index, trace=index, call=call, events=events)
    return span(name, index, trace=index, call=call, resource={key: value})


def several() -> list[SpanRecord]:
    """Two calls and a span outside any call, findings of several kinds."""
    return [
        span(
            "getpatter.tool",
            21,
            trace=21,
            start=1,
            call="call-a",
            tool__destination="42 Maple Street",
        ),
        span(
            "getpatter.llm",
            22,
            trace=21,
            start=2,
            call="call-a",
            events=(
                EventRecord(
                    "exception",
                    3,
                    {"exception.message": "Transfer to +44 20 7946 0018 failed: line busy"},
                ),
            ),
        ),
        span(
            "getpatter.stt",
            23,
            trace=23,
            start=4,
            call="call-b",
            getpatter__stt__text="yes that's right",
        ),
        span(
            "POST /twilio/voice",
            24,
            trace=24,
            start=5,
            http__client_ip="81.2.69.160",
            resource={"deployment.owner": "ops-lead@example.org"},
        ),
    ]


def message_for(kind: str) -> str:
    spans = several() if kind == "several" else [example_span(kind)]
    content = "allow" if kind in ALLOWED_CONTENT_KINDS else "forbid"
    with pytest.raises(AssertionError) as excinfo:
        assert_no_pii(spans, content=content)
    return str(excinfo.value)


def documented_blocks(text: str) -> dict[str, str]:
    pattern = re.compile(r"<!-- pii-example: (\w+) -->\n```text\n(.*?)\n```", re.DOTALL)
    return {m.group(1): m.group(2) for m in pattern.finditer(text)}


def test_every_kind_has_an_exact_example_message() -> None:
    page = PAGE.read_text(encoding="utf-8")
    blocks = documented_blocks(page)
    assert sorted(blocks) == sorted([*KINDS, "several"])
    for kind in [*KINDS, "several"]:
        assert blocks[kind] == message_for(kind), f"docs/pii.md example for {kind} is stale"


def test_the_planted_values_are_the_ones_documented() -> None:
    page = PAGE.read_text(encoding="utf-8")
    for kind, (_, _, key, value) in EXAMPLES.items():
        shown = value[0] if isinstance(value, tuple) else value
        assert f"`{key}`" in page, kind
        assert str(shown) in page, kind


def test_the_quality_table_is_what_the_benchmark_measures() -> None:
    # The same table, and items naming the classes missed, that tools/gen_pii_quality.py
    # writes into the page: one block, every line of it in place.
    block = load_script(ROOT / "tools" / "gen_pii_quality.py").measured_table()
    table = [line for line in block if line.startswith("| ")]
    assert len(table) == len(KINDS) + 3
    assert all(" by class: " in line for line in block[len(table) + 1 :])
    page = PAGE.read_text(encoding="utf-8")
    assert "\n".join(block) in page, "docs/pii.md quality table is stale"


if __name__ == "__main__":
    for kind in [*KINDS, "several"]:
        print(f"<!-- pii-example: {kind} -->\n```text\n{message_for(kind)}\n```\n")
