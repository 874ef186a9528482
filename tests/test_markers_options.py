"""Markers, ini options and budgets: what a user writes is honoured, or refused by name."""

from __future__ import annotations

import math

import pytest

from pytest_patter_trace.checks.pii import PiiFound, assert_no_pii
from pytest_patter_trace.checks.timing import assert_timing
from pytest_patter_trace.core.model import SpanRecord

EMIT = """
from opentelemetry import trace

def emit(**attributes):
    with trace.get_tracer("t").start_as_current_span("getpatter.llm", attributes=attributes):
        pass
"""


def test_patter_profile_name_keyword_is_honoured(pytester: pytest.Pytester) -> None:
    # Pipecat groups by conversation.id; the patter profile would see no call at all.
    pytester.makepyfile(
        helpers=EMIT,
        test_profile="""
import pytest
from helpers import emit

@pytest.mark.patter_profile(name="pipecat")
def test_by_keyword(patter_spans):
    emit(**{"conversation.id": "conv-1"})
    assert list(patter_spans.calls()) == ["conv-1"]

@pytest.mark.patter_profile("pipecat")
def test_by_position(patter_spans):
    emit(**{"conversation.id": "conv-1"})
    assert list(patter_spans.calls()) == ["conv-1"]
""",
    )
    pytester.runpytest("-p", "no:randomly").assert_outcomes(passed=2)


def test_allow_as_one_string_in_the_marker(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        helpers=EMIT,
        test_allow="""
import pytest
from helpers import emit

@pytest.mark.patter_pii(allow="customer.email")
def test_allowed(patter_spans):
    emit(**{"patter.call.id": "c1", "customer.email": "jane.doe@example.com"})

@pytest.mark.patter_pii(allow="other.key")
def test_other_key_still_flagged(patter_spans):
    emit(**{"patter.call.id": "c1", "customer.email": "jane.doe@example.com"})
""",
    )
    # Its own process: a second in-process session in this process captures no span
    # from the global provider once a first one closed (a capture defect of its own).
    result = pytester.runpytest_subprocess("-p", "no:randomly", "--patter-no-pii")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*test_other_key_still_flagged*"])


def _email_span() -> SpanRecord:
    return SpanRecord(
        name="getpatter.llm",
        trace_id="1" * 32,
        span_id="2" * 16,
        parent_span_id=None,
        start_ns=1,
        end_ns=2,
        attributes={"patter.call.id": "c1", "customer.email": "jane.doe@example.com"},
    )


def test_allow_as_one_string_in_assert_no_pii() -> None:
    assert_no_pii([_email_span()], allow="customer.email")
    with pytest.raises(PiiFound):
        assert_no_pii([_email_span()], allow="customer.em")


@pytest.mark.parametrize(
    ("mark", "expected"),
    [
        (
            "patter_pii(alow=['x'])",
            "@pytest.mark.patter_pii: unknown keyword alow= (did you mean allow=?)",
        ),
        ("patter_pii('x')", "@pytest.mark.patter_pii: takes keywords only"),
        ("patter_pii(allow=3)", "@pytest.mark.patter_pii: allow= is a int"),
        ("patter_profile(nmae='pipecat')", "@pytest.mark.patter_profile: unknown keyword nmae="),
        ("patter_profile()", "@pytest.mark.patter_profile: takes one profile name"),
    ],
)
def test_malformed_marker_is_refused_at_collection(
    pytester: pytest.Pytester, mark: str, expected: str
) -> None:
    pytester.makepyfile(
        test_mark=f"""
import pytest

ran = []

@pytest.mark.{mark}
def test_marked():
    ran.append(1)
"""
    )
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([f"*test_mark.py::test_marked: {expected}*"])
    assert "TypeError" not in result.stdout.str() + result.stderr.str()


def test_bad_boolean_ini_names_the_option_once(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\npatter_no_pii = maybe\n")
    pytester.makepyfile(
        helpers=EMIT,
        test_two="""
from helpers import emit

def test_a(patter_spans):
    emit()

def test_b(patter_spans):
    emit()
""",
    )
    result = pytester.runpytest("-p", "no:randomly")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    text = result.stdout.str() + result.stderr.str()
    assert text.count("patter_no_pii") == 1, text
    assert "maybe" in text


@pytest.mark.parametrize("budget", [math.nan, -1.0, "10", True])
def test_a_budget_that_is_not_a_number_of_ms_is_a_value_error(budget: object) -> None:
    with pytest.raises(ValueError, match="turn_ms must be a number of ms"):
        assert_timing([_email_span()], turn_ms=budget)  # type: ignore[arg-type]
