"""Selectors and span assertions on what getpatter 0.7.0 really emits, and in a pytest run."""

from __future__ import annotations

import pytest
from _releases import recorded_on_070

from pytest_patter_trace.checks.select import assert_sequence, assert_spans, select_spans
from pytest_patter_trace.core.errors import PatterTraceAssertion
from pytest_patter_trace.sources.capture import SpanCapture

QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:syrupy", "-p", "no:anyio")


@recorded_on_070
@pytest.mark.usefixtures("tool_turn")
async def test_tool_turn_selectors(patter_spans: SpanCapture) -> None:
    # Every tool span sits under an LLM span, between two LLM iterations.
    tools = patter_spans.select("getpatter.llm > getpatter.tool")
    assert tools.count() == 1 == len(patter_spans.select("getpatter.tool"))
    assert tools.values("patter.tool.name") == ("lookup_order",)
    iterations = patter_spans.select("getpatter.llm > getpatter.llm[patter.llm.iteration]")
    assert iterations.values("patter.llm.iteration") == (0, 1)
    assert patter_spans.select("getpatter.llm getpatter.tts").count() == 1
    assert patter_spans.select("*[:status=ERROR]").count() == 0
    # The capture, its call and its spans select alike.
    call = patter_spans.call()
    assert list(call.select("getpatter.*")) == list(patter_spans.select("getpatter.*"))
    assert list(select_spans(patter_spans.spans, "getpatter.tts")) == list(
        call.select("getpatter.tts")
    )
    durations = call.select("getpatter.*").durations_ms()
    assert len(durations) == len(call.spans)
    assert durations.max is not None
    assert durations.p50 is not None
    assert durations.p50 <= durations.p95 <= durations.p99 <= durations.max  # type: ignore[operator]
    assert_spans(patter_spans, "getpatter.llm[patter.llm.iteration>1]", count=0)
    assert_spans(patter_spans, "getpatter.tts", count=1, max_ms=2_000)
    assert_sequence(patter_spans, ["getpatter.stt", "getpatter.llm", "getpatter.tts"])
    assert_sequence(
        patter_spans,
        ["getpatter.llm[patter.llm.iteration=0]", "getpatter.tool", "getpatter.tts"],
    )


@recorded_on_070
async def test_concurrent_calls_per_call(patter_spans: SpanCapture) -> None:
    scenarios = pytest.importorskip("pytest_patter_trace.drivers.scenarios")
    pytest.importorskip("getpatter")
    await scenarios.concurrent_calls(("c-a", "c-b", "c-c"))
    tools = patter_spans.select("getpatter.tool")
    assert {cid: s.count() for cid, s in tools.per_call().items()} == {
        "c-a": 1,
        "c-b": 1,
        "c-c": 1,
    }
    # No call has more than 3 LLM iterations; each has at least one.
    assert_spans(
        patter_spans,
        "getpatter.llm > getpatter.llm",
        min_count=1,
        max_count=3,
        per_call=True,
    )
    assert_sequence(patter_spans, ["getpatter.stt", "getpatter.llm", "getpatter.tts"])
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_spans(patter_spans, "getpatter.tool", count=1)
    text = str(caught.value)
    assert "- expected exactly 1 matching span, found 3" in text
    for cid in ("c-a", "c-b", "c-c"):
        assert f"call '{cid}' line " in text


def test_failure_as_pytest_shows_it(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from pytest_patter_trace.core.grouping import CallTrace
        from pytest_patter_trace.core.model import SpanRecord
        from pytest_patter_trace.checks.select import assert_spans

        T = "0" * 31 + "1"
        MS = 1_000_000

        def span(name, n, parent=None, ms=1, **attrs):
            return SpanRecord(name, T, f"{n:016x}", None if parent is None else f"{parent:016x}",
                start_ns=n * MS, end_ns=n * MS + ms * MS,
                attributes={"patter.call.id": "c1", **attrs})

        def test_budget():
            call = CallTrace("c1", [
                span("getpatter.stt", 1, **{"getpatter.stt.text": "mail jane.doe@example.com"}),
                span("getpatter.llm", 2, ms=900),
                span("getpatter.tts", 3, 2, ms=5),
            ])
            assert_spans(call, "getpatter.llm", max_ms=800)
        """
    )
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    result = pytester.runpytest_subprocess(*QUIET)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            line.replace("[", "[[]")  # fnmatch reads [...] as a character class
            for line in [
                "E       pytest_patter_trace.PatterTraceAssertion: "
                "assert_spans('getpatter.llm'): 1 problem",
                "E       - 1 span longer than max_ms 800 (1 span in 1 call: *)",
                "E       slowest first (1 of 1 over 800 ms):",
                "E         call 'c1' line 2: getpatter.llm [patter.call.id]  (900.0 ms)",
                "E       the slowest span's turn: call 'c1', turn 1 (*",
                "E           1  getpatter.stt [getpatter.stt.text=*, patter.call.id]",
                "E         > 2  getpatter.llm [patter.call.id]",
                "E           3    getpatter.tts [patter.call.id]",
            ]
        ],
        consecutive=True,
    )
    out = result.stdout.str()
    # The test's own source shows the address; the message never does.
    assert not [line for line in out.splitlines() if line.startswith("E") and "jane" in line]
    # __tracebackhide__: the user's line is shown, not the helper's frames.
    assert "select.py" not in out
