"""The tree text of any call parses back to an expectation that matches that call."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pytest_patter_trace import assert_call_tree, parse_tree
from pytest_patter_trace.checks.pii import redact
from pytest_patter_trace.checks.tree import call_tree_text
from pytest_patter_trace.core.grouping import CallTrace
from pytest_patter_trace.core.model import SpanRecord, StatusRecord

TRACE = "0" * 31 + "1"

scalars = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["200", "-3", "1.5", "1e5", "true", "false", "...", "#x", "a b", "x\ny"]),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(min_size=200, max_size=400, alphabet="abc xyz"),
)
arrays = st.one_of(
    st.lists(st.text(max_size=8), max_size=3),
    st.lists(st.integers(-1000, 1000), max_size=3),
    st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=3),
    st.lists(st.booleans(), max_size=3),
).map(tuple)
names = st.one_of(
    st.text(max_size=25),
    st.sampled_from(["POST /twilio/voice", "GET /users/{id}", "llm+", "...", "# x", "a\nb", ""]),
)
keys = st.text(min_size=1, max_size=15).filter(lambda k: "call" not in k)


@st.composite
def calls(draw: st.DrawFn) -> CallTrace:
    count = draw(st.integers(1, 6))
    spans = []
    for index in range(count):
        parent = draw(st.none() | st.integers(0, index - 1)) if index else None
        attributes = draw(st.dictionaries(keys, scalars | arrays, max_size=4))
        spans.append(
            SpanRecord(
                name=draw(names),
                trace_id=TRACE,
                span_id=f"{index + 1:016x}",
                parent_span_id=None if parent is None else f"{parent + 1:016x}",
                start_ns=draw(st.integers(0, 3)),
                end_ns=10,
                attributes=attributes,
                status=StatusRecord(draw(st.sampled_from(["UNSET", "OK", "ERROR"]))),
            )
        )
    return CallTrace("c-1", spans)


def _shown_as_is(call: CallTrace) -> bool:
    # Masked values are shown masked, on purpose: they cannot read back as themselves.
    for span in call:
        if redact("span.name", span.name) != span.name:
            return False
        for key, value in span.attributes.items():
            if redact(key, value) != value:
                return False
    return True


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(calls())
def test_tree_text_round_trips(call: CallTrace) -> None:
    assume(_shown_as_is(call))
    text = call_tree_text(call)
    assert_call_tree(call, text)
    # And the parsed form prints the same lines again.
    assert parse_tree(text).matches(call)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("200", '"200"'),
        ("true", '"true"'),
        (1234.5678, "1234.5678"),
        ("line one\nline two", '"line one\\nline two"'),
        (("a", "b c"), '(a, "b c")'),
    ],
)
def test_values_keep_their_type_and_digits(value: object, shown: str) -> None:
    span = SpanRecord(
        name="POST /twilio/voice",
        trace_id=TRACE,
        span_id="0" * 15 + "1",
        parent_span_id=None,
        start_ns=0,
        end_ns=1,
        attributes={"k": value},
    )
    call = CallTrace("c", [span])
    text = call_tree_text(call)
    assert text == f'"POST /twilio/voice" [k={shown}]'
    assert_call_tree(call, text)


def test_long_values_are_not_cut() -> None:
    value = "word " * 100
    span = SpanRecord("s", TRACE, "0" * 15 + "1", None, 0, 1, attributes={"k": value})
    assert value.strip() in call_tree_text(CallTrace("c", [span]))


def test_error_status_is_part_of_the_expectation() -> None:
    span = SpanRecord("s", TRACE, "0" * 15 + "1", None, 0, 1, status=StatusRecord("ERROR"))
    call = CallTrace("c", [span])
    assert call_tree_text(call) == "s !ERROR"
    assert_call_tree(call, "s !ERROR")
    ok = SpanRecord("s", TRACE, "0" * 15 + "1", None, 0, 1)
    with pytest.raises(AssertionError, match="status is UNSET, expected ERROR"):
        assert_call_tree(CallTrace("c", [ok]), "s !ERROR")


def test_nan_has_no_literal() -> None:
    # Not a round trip: NaN equals nothing, itself included.
    assert math.isnan(float("nan"))
