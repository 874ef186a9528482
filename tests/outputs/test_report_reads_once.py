"""The check report measures each call once: its outputs read the figures it carries."""

from __future__ import annotations

import pytest

from pytest_patter_trace.checks.contract import documented_example_trace
from pytest_patter_trace.checks.timing import CallTiming, call_timing
from pytest_patter_trace.outputs import summary, waterfall
from pytest_patter_trace.outputs.report import check_spans


def test_a_call_report_carries_its_typed_timing() -> None:
    spans = documented_example_trace(call_id="c-1")
    (call,) = check_spans("doc", spans).calls
    assert isinstance(call.timing, CallTiming)
    assert call.timing == call_timing(spans)
    # The JSON form is unchanged: the clock and each turn's figures.
    assert call.to_dict()["timing"] == {
        "clock": call.timing.clock,
        "turns": [turn.figures() for turn in call.timing.turns],
    }


def test_summary_and_waterfall_do_not_measure_the_calls_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    report = check_spans("doc", documented_example_trace(call_id="c-1"))

    def again(*args: object, **kwargs: object) -> None:
        raise AssertionError("call_timing called again on a checked call")

    for module in (summary, waterfall):
        monkeypatch.setattr(module, "call_timing", again, raising=False)
    assert "2300.0" in summary.render_markdown([report])
    assert "2300.0" in waterfall.render_html([report])
    assert ("patter.turn_ms.max", "2300.0") in summary.junit_properties(report)
