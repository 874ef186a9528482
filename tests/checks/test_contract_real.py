"""The documented contract against what the real getpatter 0.7.0 emits offline.

Each drift listed in ``getpatter-0.7.0-observed.md`` that a trace can show must be
reported with a stable code. The barge-in drift (no ``cancelled_text_len``) needs a
timing-based scenario, so it is covered on synthetic spans in ``test_contract.py``.
"""

from __future__ import annotations

import pytest
from _releases import recorded_on_070

pytest.importorskip("getpatter", reason="getpatter is not installed (pip install '.[test]')")

from pytest_patter_trace.checks.contract import ContractReport, assert_contract, check_contract
from pytest_patter_trace.checks.cost import call_cost, call_latency, check_cost_latency
from pytest_patter_trace.drivers import scenarios
from pytest_patter_trace.sources.capture import SpanCapture


def pairs(report: ContractReport) -> set[tuple[str, str | None, str | None, str | None]]:
    return {(v.code, v.span_name, v.key, v.found) for v in report.violations}


def common_drift(report: ContractReport, call_id: str, spans: int) -> None:
    found = pairs(report)
    # 1 + 3: no getpatter.call root, hence no direction / provider_mode either.
    [root] = [v for v in report.violations if v.code == "missing-span"]
    assert (root.call_id, root.span_name) == (call_id, "getpatter.call")
    assert "getpatter.call.direction" in root.message
    assert "getpatter.call.provider_mode" in root.message
    assert "3 roots in 3 traces" in root.message
    # 2: patter.call.id instead of getpatter.call.id, on every span.
    misspelled_id = [
        v
        for v in report.violations
        if (v.code, v.key, v.found)
        == ("misspelled-attribute", "getpatter.call.id", "patter.call.id")
    ]
    assert len(misspelled_id) == spans
    # 4, 5: documented attributes never stamped.
    assert ("missing-attribute", "getpatter.stt", "getpatter.stt.confidence", "absent") in found
    assert (
        "missing-attribute",
        "getpatter.endpoint",
        "getpatter.endpoint.silence_ms",
        "absent",
    ) in found
    # 6: iteration attributes under patter.llm.*, and no TTFT on any llm span.
    for key, emitted in (
        ("getpatter.llm.iteration", "patter.llm.iteration"),
        ("getpatter.llm.history_size", "patter.llm.history_size"),
    ):
        assert ("misspelled-attribute", "getpatter.llm", key, emitted) in found
    ttft = [v for v in report.violations if v.key == "getpatter.llm.ttft_ms"]
    llm_spans = {v.span_id for v in report.violations if v.span_name == "getpatter.llm"}
    assert {v.code for v in ttft} == {"missing-attribute"}
    assert {v.span_id for v in ttft} == llm_spans
    # 10: no latency though the agent spoke.
    for key in ("patter.latency.ttfb_ms", "patter.latency.turn_ms"):
        assert ("missing-metric", None, key, "absent") in found
    # Nothing beyond the known drift (no unknown spans, no type errors, no mismatches).
    assert set(report.counts()) == {
        "missing-span",
        "misspelled-attribute",
        "missing-attribute",
        "missing-metric",
    }


@recorded_on_070
async def test_text_turn_drift(patter_spans: SpanCapture) -> None:
    await scenarios.text_turn("c-text")
    report = check_contract(patter_spans)
    assert report.calls == ("c-text",)
    common_drift(report, "c-text", spans=5)


@recorded_on_070
@pytest.mark.usefixtures("tool_turn")
async def test_tool_turn_drift(patter_spans: SpanCapture) -> None:
    report = check_contract(patter_spans)
    common_drift(report, "c-tool", spans=7)
    # 7: patter.tool.* instead of getpatter.tool.*.
    found = pairs(report)
    assert (
        "misspelled-attribute",
        "getpatter.tool",
        "getpatter.tool.name",
        "patter.tool.name",
    ) in found
    assert (
        "misspelled-attribute",
        "getpatter.tool",
        "getpatter.tool.transport",
        "patter.tool.transport",
    ) in found


@recorded_on_070
async def test_assert_contract_message_lists_the_drift(patter_spans: SpanCapture) -> None:
    await scenarios.tool_turn("c-msg")
    with pytest.raises(AssertionError) as info:
        assert_contract(patter_spans.call("c-msg"))
    text = str(info.value)
    assert text.startswith("patter tracing contract v0.6.1: ")
    for line in (
        "call c-msg: ",
        "getpatter.call absent",
        "getpatter.call.id (str) absent; found patter.call.id instead",
        "getpatter.llm.iteration (int) absent; found patter.llm.iteration instead",
        "getpatter.tool.name (str) absent; found patter.tool.name instead",
        "getpatter.stt.confidence (float) absent",
        "getpatter.endpoint.silence_ms (float) absent",
        "getpatter.llm.ttft_ms (float) absent",
        "patter.latency.ttfb_ms on no span",
    ):
        assert line in text, line


async def test_cost_and_latency_of_a_real_call(patter_spans: SpanCapture) -> None:
    await scenarios.several_turns("c-cost", turns=2)
    call = patter_spans.call("c-cost")
    # Eval sessions stamp no cost/latency (drift 10): empty figures, one finding per metric.
    cost = call_cost(call)
    assert (cost.call_id, cost.spans, cost.skipped) == ("c-cost", 0, 0)
    assert set(cost.totals.values()) == {0}
    assert call_latency(call).stats["ttfb_ms"].count == 0
    assert [(v.code, v.key) for v in check_cost_latency(call)] == [
        ("missing-metric", "patter.latency.ttfb_ms"),
        ("missing-metric", "patter.latency.turn_ms"),
    ]
