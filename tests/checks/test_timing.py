"""Timing rules and latency budgets, on scripted spans: one case per rule."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

import pytest

from pytest_patter_trace.checks.contract import (
    ContractError,
    check_contract,
    contract_from_mapping,
    default_contract,
    documented_example_trace,
)
from pytest_patter_trace.checks.timing import (
    TIMING_CODES,
    assert_timing,
    call_timing,
    detect_clock,
)
from pytest_patter_trace.core.grouping import group_calls
from pytest_patter_trace.core.model import EventRecord, SpanRecord, StatusRecord

MS = 1_000_000


def example() -> tuple[SpanRecord, ...]:
    return documented_example_trace(call_id="c-1")


def shift(
    spans: Sequence[SpanRecord], name: str, *, nth: int = 0, start: int = 0, end: int = 0
) -> tuple[SpanRecord, ...]:
    """Move the start/end of the ``nth`` span named ``name`` by ``start``/``end`` ms."""
    out, seen = [], 0
    for s in spans:
        if s.name == name:
            if seen == nth:
                s = replace(s, start_ns=s.start_ns + start * MS, end_ns=(s.end_ns or 0) + end * MS)
            seen += 1
        out.append(s)
    return tuple(out)


def timing_codes(spans: Sequence[SpanRecord], contract: Any = None) -> list[str]:
    return [v.code for v in check_contract(spans, contract).violations if v.code in TIMING_CODES]


def with_budgets(budgets: Mapping[str, float]) -> Any:
    base = default_contract()
    assert base.timing is not None
    return replace(base, timing=replace(base.timing, budgets=budgets))


def test_documented_trace_keeps_every_timing_rule() -> None:
    assert timing_codes(example()) == []


def test_stt_ending_after_llm_start() -> None:
    # Turn 1's transcript (100-1300 ms) now ends at 1700, after its LLM starts at 1600.
    spans = shift(example(), "getpatter.stt", end=400)
    [v] = [v for v in check_contract(spans).violations if v.code in TIMING_CODES]
    assert v.code == "stt-after-llm"
    assert v.span_name == "getpatter.stt"
    assert "turn 1" in v.message


def test_tts_before_the_llm_output() -> None:
    # Turn 2's TTS (5700 ms) moved before its LLM's first output (5200 + 170 ms TTFT).
    spans = shift(example(), "getpatter.tts", nth=1, start=-400)
    found = [v for v in check_contract(spans).violations if v.code in TIMING_CODES]
    assert [(v.code, v.span_name) for v in found] == [("tts-before-llm-output", "getpatter.tts")]
    assert "turn 2" in found[0].message


def test_bargein_without_open_tts() -> None:
    # The barge-in (6000 ms) moved after the TTS it should cut (5700-6100 ms) ended.
    spans = shift(example(), "getpatter.bargein", start=500, end=500)
    assert timing_codes(spans) == ["bargein-without-tts"]


def test_tts_not_stopped_after_bargein_needs_a_budget() -> None:
    spans = shift(example(), "getpatter.tts", nth=1, end=900)  # TTS runs on 1000 ms
    assert timing_codes(spans) == []
    found = check_contract(spans, with_budgets({"bargein_stop_ms": 200})).violations
    [v] = [v for v in found if v.code in TIMING_CODES]
    assert (v.code, v.expected, v.found) == ("tts-not-stopped", "<= 200", "1000.0")


def test_zero_length_work_span() -> None:
    spans = tuple(
        replace(s, end_ns=s.start_ns) if s.name == "getpatter.tool" else s for s in example()
    )
    [v] = [v for v in check_contract(spans).violations if v.code in TIMING_CODES]
    assert (v.code, v.span_name, v.found) == ("zero-length-span", "getpatter.tool", "0 ms")


def test_instant_bargein_is_not_a_work_span() -> None:
    spans = tuple(
        replace(s, end_ns=s.start_ns) if s.name == "getpatter.bargein" else s for s in example()
    )
    assert timing_codes(spans) == []


def _exception(kind: str) -> EventRecord:
    return EventRecord("exception", 0, {"exception.type": kind, "exception.message": "x"})


def _failed_tool(events: tuple[EventRecord, ...]) -> tuple[SpanRecord, ...]:
    return tuple(
        replace(s, status=StatusRecord("ERROR", "ValueError: x"), events=events)
        if s.name == "getpatter.tool"
        else s
        for s in example()
    )


def test_one_exception_event_per_failed_span() -> None:
    assert timing_codes(_failed_tool((_exception("ValueError"),))) == []
    doubled = _failed_tool((_exception("ValueError"), _exception("ValueError")))
    [v] = [v for v in check_contract(doubled).violations if v.code in TIMING_CODES]
    assert (v.code, v.expected, v.found) == ("repeated-exception-event", "1", "2")
    assert "2 exception events (ValueError, ValueError)" in v.message
    assert timing_codes(_failed_tool(())) == ["missing-exception-event"]


def test_over_budget_in_the_contract() -> None:
    contract = with_budgets({"turn_ms": 1000, "ttft_ms": 175})
    found = [v for v in check_contract(example(), contract).violations if v.code in TIMING_CODES]
    # Turn 1: 2300 ms (attribute) and 180.5 ms TTFT; turn 2: 800 ms and 170 ms.
    assert [(v.key, v.found) for v in found] == [("turn_ms", "2300.0"), ("ttft_ms", "180.5")]
    assert all(v.code == "over-budget" for v in found)
    assert "turn 1: turn_ms 2300.0 > budget 1000 (attribute patter.latency.turn_ms" in (
        found[0].message
    )


def test_figures_from_spans_when_no_attribute() -> None:
    spans = tuple(
        replace(
            s,
            attributes={
                k: v
                for k, v in s.attributes.items()
                if k not in ("getpatter.llm.ttft_ms", "patter.latency.turn_ms")
            },
        )
        for s in example()
    )
    timing = call_timing(spans)
    assert timing.clock == "scripted"
    assert [(t.turn_ms, t.turn_ms_source) for t in timing.turns] == [
        (1600.0, "spans"),  # stt ends 1300, first tts 2900
        (800.0, "spans"),
    ]
    # No tts inside the first iteration (1600-2100): its output is its end.
    assert [(t.ttft_ms, t.ttft_ms_source) for t in timing.turns] == [
        (500.0, "spans"),
        (500.0, "spans"),
    ]


def slow_turn() -> tuple[SpanRecord, ...]:
    """A scripted two-turn call whose second turn waits 1250 ms to speak."""
    spans = documented_example_trace(call_id="call-slow")
    # Turn 1 keeps its documented attribute, at 600 ms; turn 2 is measured from spans.
    spans = tuple(
        replace(s, attributes={**s.attributes, "patter.latency.turn_ms": 600.0})
        if "patter.latency.turn_ms" in s.attributes
        else s
        for s in spans
    )
    later = {"getpatter.tts": 450, "getpatter.bargein": 450}
    out = []
    seen: dict[str, int] = {}
    for s in spans:
        n = seen.get(s.name, 0)
        seen[s.name] = n + 1
        if s.name in later and (s.name == "getpatter.bargein" or n == 1):
            d = later[s.name] * MS
            s = replace(s, start_ns=s.start_ns + d, end_ns=(s.end_ns or 0) + d)
        out.append(s)
    return tuple(out)


def test_assert_timing_names_the_slow_turn_and_its_figures() -> None:
    call = group_calls(slow_turn()).calls["call-slow"]
    with pytest.raises(AssertionError) as info:
        assert_timing(call, turn_ms=800)
    assert str(info.value) == (
        "latency over budget in call call-slow:\n"
        "  turn 2: turn_ms 1250.0 ms > budget 800 ms (getpatter.stt ends at +900.0 ms, "
        "first getpatter.tts starts at +2150.0 ms)\n"
        "figures: scripted clock (whole-millisecond timestamps set by a test or fake clock)\n"
        "  turn 1: turn_ms=600.0 (attribute patter.latency.turn_ms), "
        "ttft_ms=180.5 (attribute getpatter.llm.ttft_ms)\n"
        "  turn 2: turn_ms=1250.0 (from spans), ttft_ms=170.0 (attribute getpatter.llm.ttft_ms)"
    )
    # Within budget: returns the figures.
    assert assert_timing(call, turn_ms=1250, ttft_ms=200).turns[1].turn_ms == 1250.0


def test_assert_timing_fails_when_nothing_can_be_measured() -> None:
    spans = [
        replace(s, attributes={k: v for k, v in s.attributes.items() if "latency" not in k})
        for s in example()
        if s.name != "getpatter.tts"
    ]
    with pytest.raises(AssertionError, match="turn_ms could not be measured in any turn"):
        assert_timing(spans, turn_ms=800)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "needs a budget"),
        ({"turn_ms": -1}, "turn_ms must be a number of ms >= 0, got -1"),
        ({"ttft_ms": "fast"}, "ttft_ms must be a number of ms >= 0, got 'fast'"),
    ],
)
def test_assert_timing_rejects_bad_budgets(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        assert_timing(example(), **kwargs)


def test_assert_timing_wants_one_call() -> None:
    spans = documented_example_trace(call_id="c-1") + documented_example_trace(call_id="c-2")
    with pytest.raises(ValueError, match=r"got 2 calls \(c-1, c-2\)"):
        assert_timing(spans, turn_ms=800)


def test_clock_detection() -> None:
    assert detect_clock(example()) == "scripted"
    real = [replace(s, start_ns=s.start_ns + 123) for s in example()]
    assert detect_clock(real) == "real"
    assert "real time" in call_timing(real).clock_text


def _contract(timing: object) -> dict[str, Any]:
    return {
        "contract": {"name": "t", "version": "1", "source": "test"},
        "spans": {"getpatter.tts": {}},
        "timing": timing,
    }


def test_timing_table_is_validated_with_key_paths() -> None:
    with pytest.raises(ContractError) as info:
        contract_from_mapping(
            _contract(
                {
                    "work_spans": ["getpatter.nope"],
                    "ordering": "yes",
                    "exception_events": -1,
                    "budgets": {"turn_ms": "800", "p99_ms": 5, "ttft_ms": -3},
                    "clock": "fake",
                }
            ),
            origin="c.toml",
        )
    text = str(info.value)
    for line in (
        "c.toml: timing.clock: unknown key; expected one of budgets, exception_events, "
        "max_span_ms, ordering, work_spans",
        'c.toml: timing.work_spans: "getpatter.nope" is not a span of this contract',
        'c.toml: timing.ordering: expected true or false, got "yes"',
        "c.toml: timing.exception_events: expected a whole number >= 0, got -1",
        'c.toml: timing.budgets.turn_ms: expected a number of ms >= 0, got "800"',
        "c.toml: timing.budgets.p99_ms: unknown key; expected one of bargein_stop_ms, "
        "p95_ttft_ms, p95_turn_ms, ttft_ms, turn_ms",
        "c.toml: timing.budgets.ttft_ms: expected a number of ms >= 0, got -3",
    ):
        assert line in text


def test_timing_table_loads() -> None:
    c = contract_from_mapping(
        _contract({"work_spans": ["getpatter.tts"], "budgets": {"turn_ms": 800}})
    )
    assert c.timing is not None
    assert c.timing.work_spans == ("getpatter.tts",)
    assert dict(c.timing.budgets) == {"turn_ms": 800.0}
    assert c.timing.exception_events == 1
    assert contract_from_mapping(_contract({})).timing is not None
    without = {k: v for k, v in _contract({}).items() if k != "timing"}
    assert contract_from_mapping(without).timing is None


def test_assert_latency_is_the_old_name_of_assert_timing_and_warns() -> None:
    import pytest_patter_trace
    from pytest_patter_trace.checks.timing import assert_latency

    call = example()
    with pytest.deprecated_call(match="assert_timing"):
        old = assert_latency(call, turn_ms=2500, ttft_ms=200)
    assert old == assert_timing(call, turn_ms=2500, ttft_ms=200)
    assert pytest_patter_trace.assert_latency is assert_latency
