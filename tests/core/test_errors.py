"""Every error of ours lives in one module, under one base; every failed check is one type."""

from __future__ import annotations

import pickle
from collections.abc import Callable

import pytest
from _builders import span as build_span

import pytest_patter_trace.core.errors as errors
from pytest_patter_trace.checks.attributes import assert_required_attributes
from pytest_patter_trace.checks.contract import assert_contract
from pytest_patter_trace.checks.cost import assert_cost_latency
from pytest_patter_trace.checks.pii import assert_no_pii
from pytest_patter_trace.checks.select import assert_sequence, assert_spans
from pytest_patter_trace.checks.timing import assert_timing
from pytest_patter_trace.checks.tree import assert_call_tree
from pytest_patter_trace.core.grouping import CallTrace
from pytest_patter_trace.core.model import SpanRecord


def _span(**attributes: object) -> SpanRecord:
    return build_span(
        "patter.turn", 1, trace=1, start=1, end=2, attributes={"patter.call_id": "c1", **attributes}
    )


FAILING_CHECKS: dict[str, Callable[[], object]] = {
    "assert_call_tree": lambda: assert_call_tree([_span()], "no.such.span"),
    "assert_contract": lambda: assert_contract([_span(**{"patter.cost.tts_chars": "many"})]),
    "assert_required_attributes": lambda: assert_required_attributes(
        [_span()], {"patter.turn": ["patter.missing"]}
    ),
    "assert_cost_latency": lambda: assert_cost_latency(
        [_span(**{"patter.cost.tts_chars": "many"})]
    ),
    "assert_timing": lambda: assert_timing([_span()], turn_ms=1.0),
    "assert_no_pii": lambda: assert_no_pii([_span(**{"user.email": "jane.doe@example.com"})]),
    "assert_spans": lambda: assert_spans([_span()], "getpatter.llm", min_count=1),
    "assert_sequence": lambda: assert_sequence(
        CallTrace("c1", [_span()]), ["getpatter.stt", "patter.turn"], per_turn=False
    ),
}


@pytest.mark.parametrize("check", sorted(FAILING_CHECKS))
def test_every_failed_check_raises_the_one_assertion_type(check: str) -> None:
    with pytest.raises(errors.PatterTraceAssertion) as caught:
        FAILING_CHECKS[check]()
    # Still an AssertionError (pytest reports a failure) and one of ours.
    assert isinstance(caught.value, AssertionError)
    assert isinstance(caught.value, errors.PatterTraceError)


def test_every_error_class_is_defined_in_the_errors_module() -> None:
    classes = [getattr(errors, name) for name in errors.__all__]
    assert all(issubclass(c, errors.PatterTraceError) for c in classes)
    assert len(classes) == 12
    assert issubclass(errors.PiiFound, errors.PatterTraceAssertion)
    assert issubclass(errors.InternalsChanged, RuntimeError)


def test_old_import_locations_still_work() -> None:
    from pytest_patter_trace.checks.contract import ContractError
    from pytest_patter_trace.checks.pii import PiiFound
    from pytest_patter_trace.checks.tree import TreeSyntaxError
    from pytest_patter_trace.cli import InputError
    from pytest_patter_trace.snapshot._assertion import SnapshotRefusedError
    from pytest_patter_trace.sources._otel import InternalsChanged
    from pytest_patter_trace.sources.otlp import OtlpError

    assert [InternalsChanged, InputError, ContractError, OtlpError] == [
        errors.InternalsChanged,
        errors.InputError,
        errors.ContractError,
        errors.OtlpError,
    ]
    assert [PiiFound, SnapshotRefusedError, TreeSyntaxError] == [
        errors.PiiFound,
        errors.SnapshotRefusedError,
        errors.TreeSyntaxError,
    ]


def test_errors_survive_pickling() -> None:
    otlp = errors.OtlpError("bad", source="t.json", line=3, field="spanId")
    assert str(pickle.loads(pickle.dumps(otlp))) == str(otlp)
    with pytest.raises(errors.PiiFound) as caught:
        assert_no_pii([_span(**{"user.email": "jane.doe@example.com"})])
    again = pickle.loads(pickle.dumps(caught.value))
    assert str(again) == str(caught.value)
