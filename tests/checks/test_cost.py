"""Cost and latency per call and per side: aggregation maths and checks."""

from __future__ import annotations

import json
import math
import statistics
from collections.abc import Mapping
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.checks.contract import documented_example_trace
from pytest_patter_trace.checks.cost import (
    UNKNOWN_SIDE,
    LatencyStats,
    assert_cost_latency,
    call_cost,
    call_latency,
    check_cost_latency,
)
from pytest_patter_trace.core.grouping import CallTrace, group_calls
from pytest_patter_trace.core.model import SpanRecord, freeze_attributes


def example(call_id: str = "c1", side: str = "uut") -> list[SpanRecord]:
    return list(documented_example_trace(call_id=call_id, side=side))


def with_attrs(
    span: SpanRecord, set: Mapping[str, object] | None = None, drop: tuple[str, ...] = ()
) -> SpanRecord:
    attrs = {k: v for k, v in span.attributes.items() if k not in drop}
    attrs.update(set or {})
    return replace(span, attributes=freeze_attributes(attrs))


def metric_span(
    sid: int, call_id: str = "c1", side: str | None = "uut", **metrics: object
) -> SpanRecord:
    attrs: dict[str, object] = {"getpatter.call.id": call_id, "patter.call_id": call_id}
    if side is not None:
        attrs["patter.side"] = side
    attrs.update({k.replace("__", "."): v for k, v in metrics.items()})
    return SpanRecord(
        name="getpatter.llm",
        trace_id="1" * 32,
        span_id=f"{sid:016x}",
        start_ns=sid,
        attributes=freeze_attributes(attrs),
    )


def sum_of(spans: list[SpanRecord], key: str) -> float:
    return math.fsum(float(s.attributes[key]) for s in spans if key in s.attributes)  # type: ignore[arg-type]


# -- cost --------------------------------------------------------------------------------------


def test_cost_of_the_documented_call() -> None:
    spans = example()
    cost = call_cost(spans)
    assert cost.call_id == "c1"
    assert cost.totals == {
        "telephony_minutes": pytest.approx(sum_of(spans, "patter.cost.telephony_minutes")),
        "stt_seconds": pytest.approx(1.2 + 0.9),
        "tts_chars": 26 + 64,
        "llm_input_tokens": 412 + 455 + 480,
        "llm_output_tokens": 21 + 9 + 30,
        "realtime_minutes": 0.0,
    }
    assert isinstance(cost.totals["tts_chars"], int)
    assert isinstance(cost.totals["realtime_minutes"], float)
    assert cost.units["stt_seconds"] == "seconds"
    assert cost.units["llm_input_tokens"] == "tokens"
    assert cost.spans == 8
    assert cost.skipped == 0
    assert cost.by_side["uut"] == cost.totals
    assert set(cost.by_side["driver"].values()) == {0}


def test_cost_split_per_side() -> None:
    spans = [
        metric_span(
            1, side="driver", patter__cost__llm_input_tokens=100, patter__llm__provider="o"
        ),
        metric_span(2, side="uut", patter__cost__llm_input_tokens=40, patter__llm__provider="o"),
        metric_span(3, side="uut", patter__cost__llm_input_tokens=2, patter__llm__provider="o"),
        metric_span(4, side=None, patter__cost__stt_seconds=1.5, patter__stt__provider="d"),
    ]
    cost = call_cost(spans)
    assert cost.totals["llm_input_tokens"] == 142
    assert cost.by_side["driver"]["llm_input_tokens"] == 100
    assert cost.by_side["uut"]["llm_input_tokens"] == 42
    # No valid side: counted in the totals and in its own bucket.
    assert cost.by_side[UNKNOWN_SIDE]["stt_seconds"] == 1.5
    assert cost.totals["stt_seconds"] == 1.5
    assert list(cost.by_side) == ["driver", "uut", UNKNOWN_SIDE]


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (math.nan, "not-finite"),
        (math.inf, "not-finite"),
        (-1.0, "negative-value"),
        ("3", "wrong-type"),
        (True, "wrong-type"),
    ],
)
def test_invalid_values_are_skipped_and_reported(value: object, code: str) -> None:
    spans = [
        metric_span(1, patter__cost__stt_seconds=2.0, patter__stt__provider="d"),
        metric_span(2, patter__cost__stt_seconds=value, patter__stt__provider="d"),
    ]
    cost = call_cost(spans)
    assert cost.totals["stt_seconds"] == 2.0
    assert (cost.spans, cost.skipped) == (2, 1)
    [v] = check_cost_latency(spans)
    assert (v.code, v.key, v.span_id) == (code, "patter.cost.stt_seconds", spans[1].span_id)


def test_int_where_float_documented_counts_float_where_int_does_not() -> None:
    spans = [
        metric_span(1, patter__cost__stt_seconds=2, patter__stt__provider="d"),
        metric_span(2, patter__cost__tts_chars=12.0, patter__tts__provider="e"),
    ]
    cost = call_cost(spans)
    assert cost.totals["stt_seconds"] == 2.0
    assert isinstance(cost.totals["stt_seconds"], float)
    assert cost.totals["tts_chars"] == 0
    assert [(v.code, v.key, v.expected, v.found) for v in check_cost_latency(spans)] == [
        ("wrong-type", "patter.cost.tts_chars", "int", "float")
    ]


def test_several_calls_need_one_call() -> None:
    spans = [*example("a"), *example("b")]
    with pytest.raises(ValueError, match=r"2 calls \(a, b\); pass one call"):
        call_cost(spans)
    calls = group_calls(spans).calls
    assert call_cost(calls["b"]).call_id == "b"
    assert call_latency(calls["a"]).stats["ttfb_ms"].count == 1


def test_spans_without_a_call() -> None:
    lone = SpanRecord(
        name="x",
        trace_id="2" * 32,
        span_id="2" * 16,
        attributes={"patter.cost.tts_chars": 5, "patter.side": "uut"},
    )
    cost = call_cost([lone])
    assert (cost.call_id, cost.totals["tts_chars"]) == (None, 5)


# -- latency -----------------------------------------------------------------------------------


def test_latency_stats_maths() -> None:
    stats = LatencyStats.of([400, 100, 300, 200])
    assert stats == LatencyStats(count=4, min=100.0, mean=250.0, p50=250.0, p95=385.0, max=400.0)
    assert LatencyStats.of([]) == LatencyStats(0)
    assert LatencyStats.of([7.5]).p95 == 7.5


@settings(max_examples=60, deadline=None)
@given(st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=2, max_size=40))
def test_latency_stats_match_statistics(values: list[float]) -> None:
    stats = LatencyStats.of(values)
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    assert stats.count == len(values)
    assert stats.p50 == pytest.approx(cuts[49], rel=1e-9, abs=1e-9)
    assert stats.p95 == pytest.approx(cuts[94], rel=1e-9, abs=1e-9)
    assert stats.mean == pytest.approx(statistics.fmean(values), rel=1e-9, abs=1e-9)
    assert stats.min == min(values)
    assert stats.max == max(values)
    assert stats.min <= stats.p50 <= stats.p95 <= stats.max  # type: ignore[operator]


def test_latency_per_call_and_side() -> None:
    spans = [
        metric_span(1, side="uut", patter__latency__ttfb_ms=800.0, patter__latency__turn_ms=2000.0),
        metric_span(2, side="uut", patter__latency__ttfb_ms=600, patter__latency__turn_ms=1000.0),
        metric_span(3, side="driver", patter__latency__ttfb_ms=50.0, patter__latency__turn_ms=90.0),
        metric_span(
            4, side="uut", patter__latency__ttfb_ms=-5.0, patter__latency__turn_ms=math.nan
        ),
    ]
    latency = call_latency(spans)
    assert latency.stats["ttfb_ms"] == LatencyStats.of([800.0, 600.0, 50.0])
    assert latency.by_side["uut"]["ttfb_ms"] == LatencyStats.of([800.0, 600.0])
    assert latency.by_side["driver"]["turn_ms"] == LatencyStats.of([90.0])
    assert (latency.spans, latency.skipped) == (4, 2)
    assert latency.units == {"ttfb_ms": "ms", "turn_ms": "ms"}
    assert {(v.code, v.key) for v in check_cost_latency(spans)} == {
        ("negative-value", "patter.latency.ttfb_ms"),
        ("not-finite", "patter.latency.turn_ms"),
    }


def test_summaries_to_dict_are_json() -> None:
    spans = example()
    cost = json.loads(json.dumps(call_cost(spans).to_dict()))
    latency = json.loads(json.dumps(call_latency(spans).to_dict()))
    assert cost["totals"]["tts_chars"] == 90
    assert cost["by_side"]["driver"]["tts_chars"] == 0
    assert latency["stats"]["turn_ms"]["p50"] == 2300.0
    assert latency["by_side"]["driver"]["turn_ms"] == {
        "count": 0,
        "min": None,
        "mean": None,
        "p50": None,
        "p95": None,
        "max": None,
    }


# -- checks ------------------------------------------------------------------------------------


def test_documented_call_passes() -> None:
    spans = example()
    assert check_cost_latency(spans) == []
    assert_cost_latency(CallTrace("c1", spans))


def codes(spans: list[SpanRecord] | CallTrace) -> list[tuple[str, str | None]]:
    return [(v.code, v.key) for v in check_cost_latency(spans)]


def test_routing_tags_present_and_valid() -> None:
    tts = 6  # the first getpatter.tts span of the documented call
    spans = example()
    spans[tts] = with_attrs(spans[tts], drop=("patter.side", "patter.call_id"))
    assert codes(spans) == [
        ("missing-routing-tag", "patter.call_id"),
        ("missing-routing-tag", "patter.side"),
    ]
    spans = example()
    spans[tts] = with_attrs(spans[tts], {"patter.side": "Driver", "patter.call_id": 7})
    found = check_cost_latency(spans)
    assert [(v.code, v.key) for v in found][:2] == [
        ("bad-routing-tag", "patter.call_id"),
        ("bad-routing-tag", "patter.side"),
    ]
    assert "expected one of driver, uut" in found[1].message


def test_routing_call_id_must_agree_with_the_call() -> None:
    spans = example()
    spans[6] = with_attrs(spans[6], {"patter.call_id": "other"})
    [v] = check_cost_latency(spans)
    assert (v.code, v.key, v.expected, v.found) == (
        "call-id-mismatch",
        "patter.call_id",
        "c1",
        "other",
    )
    # Given as a CallTrace, the call's own id is the reference.
    spans = example()
    [v] = [v for v in check_cost_latency(CallTrace("c9", spans[6:7])) if v.span_id]
    assert (v.code, v.call_id, v.found) == ("call-id-mismatch", "c9", "c1")


def test_companion_attributes() -> None:
    spans = example()
    spans[6] = with_attrs(spans[6], drop=("patter.tts.provider",))
    assert codes(spans) == [("missing-attribute", "patter.tts.provider")]
    spans = example()
    spans[3] = with_attrs(spans[3], {"patter.llm.provider": 1})
    # Two metrics share the companion: one finding, not two.
    assert codes(spans) == [("wrong-type", "patter.llm.provider")]


def test_unknown_cost_keys() -> None:
    spans = example()
    spans[6] = with_attrs(spans[6], {"patter.cost.tts_char": 3, "patter.cost.gpu_seconds": 1.0})
    found = check_cost_latency(spans)
    assert [(v.code, v.key) for v in found] == [
        ("undocumented-attribute", "patter.cost.tts_char"),
        ("undocumented-attribute", "patter.cost.gpu_seconds"),
    ]
    # tts_chars is present on that span, so tts_char is not its misspelling; drop it and it is.
    spans[6] = with_attrs(spans[6], drop=("patter.cost.tts_chars",))
    assert ("misspelled-attribute", "patter.cost.tts_chars") in codes(spans)


def test_latency_must_fire_once_the_agent_spoke() -> None:
    spans = [
        with_attrs(s, drop=("patter.latency.ttfb_ms", "patter.latency.turn_ms")) for s in example()
    ]
    assert codes(spans) == [
        ("missing-metric", "patter.latency.ttfb_ms"),
        ("missing-metric", "patter.latency.turn_ms"),
    ]
    silent = [s for s in spans if s.name != "getpatter.tts"]
    assert codes(silent) == []


def test_assert_cost_latency_message() -> None:
    spans = example()
    spans[6] = with_attrs(spans[6], {"patter.cost.tts_chars": -26})
    with pytest.raises(AssertionError) as info:
        assert_cost_latency(spans)
    text = str(info.value)
    assert text.splitlines()[0] == "cost/latency attributes: 1 violation in 1 call"
    assert "patter.cost.tts_chars is -26, expected >= 0" in text
    assert f"at getpatter.tts {spans[6].span_id}" in text


def test_each_call_is_checked_as_the_report_checks_it() -> None:
    from pytest_patter_trace.checks._call import check_calls
    from pytest_patter_trace.checks.profiles import resolve_profile

    first, second = example("c1"), example("c2", side="driver")
    first[6] = with_attrs(first[6], {"patter.side": "Driver"})
    second[6] = with_attrs(second[6], {"patter.call_id": "c1"})
    found = check_cost_latency(first + second)
    # A call's findings are its own, whatever else the spans hold ...
    assert found == check_cost_latency(first) + check_cost_latency(second)
    assert {v.call_id for v in found} == {"c1", "c2"}
    # ... and the ones the report's per-call check finds in that call.
    reported = {v for call in check_calls(first + second, resolve_profile()).calls
                for v in call.violations}  # fmt: skip
    assert set(found) <= reported


def test_a_capture_is_checked_per_its_own_calls() -> None:
    from pytest_patter_trace.sources.store import SpanStore

    # A capture grouped by trace (a framework session with no call id offline) and one
    # grouped by a key of the user's: the cost check names the calls the capture names.
    by_trace = SpanStore(by_trace=True)
    by_trace.add_records([metric_span(1, call_id="", side=None, patter__latency__ttfb_ms=5.0)])
    (trace_call,) = by_trace.calls()
    assert {v.call_id for v in check_cost_latency(by_trace)} == {trace_call}

    own_key = SpanStore(call_id_keys=("tenant.call",))
    # The span's routing tag disagrees with the call the capture puts it in.
    span = with_attrs(
        metric_span(2, call_id="c9", patter__latency__ttfb_ms=5.0), {"tenant.call": "t-1"}
    )
    own_key.add_records([span])
    assert list(own_key.calls()) == ["t-1"]
    found = check_cost_latency(own_key)
    assert {(v.call_id, v.code) for v in found} == {("t-1", "call-id-mismatch")}
    # Keys given explicitly still win over the capture's own.
    assert {v.call_id for v in check_cost_latency(own_key, call_id_keys=("patter.call_id",))} <= {
        "c9"
    }
