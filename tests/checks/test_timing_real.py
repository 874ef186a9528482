"""Timing rules on the real getpatter 0.7.0, driven offline through EvalSession."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from typing import Any

import pytest

pytest.importorskip("getpatter", reason="getpatter is not installed (pip install '.[test]')")

from pytest_patter_trace.checks.contract import check_contract
from pytest_patter_trace.checks.timing import TIMING_CODES, assert_timing, call_timing
from pytest_patter_trace.sources.capture import SpanCapture


async def one_tool_turn(call_id: str, tool: Mapping[str, Any]) -> None:
    from getpatter import Agent
    from getpatter.evals.session import EvalSession, ScriptedLLMProvider, text_turn, tool_call_turn

    agent = Agent(
        system_prompt="You are a support agent.",
        provider="pipeline",
        tools=({"description": "Look up an order.", "parameters": {"type": "object"}, **tool},),
    )
    provider = ScriptedLLMProvider(
        [tool_call_turn("lookup_order", {"order_id": "A1"}), text_turn("Sorry, try later.")]
    )
    async with EvalSession(agent=agent, llm_provider=provider, call_id=call_id) as session:
        await session.user_says("where is my order?")


async def test_failing_tool_records_its_exception_twice(
    patter_spans: SpanCapture, caplog: pytest.LogCaptureFixture
) -> None:
    # getpatter rejects a non-HTTP webhook URL inside the getpatter.tool span, before any
    # request: a real tool failure, offline. start_span records the exception, then
    # OpenTelemetry's start_as_current_span records it again on the way out.
    caplog.set_level(logging.CRITICAL)
    await one_tool_turn("c-fail", {"name": "lookup_order", "webhook_url": "ftp://orders.test/x"})
    [tool] = patter_spans.call("c-fail").find("getpatter.tool")
    assert tool.status.code == "ERROR"
    assert [e.name for e in tool.events] == ["exception", "exception"]
    found = [v for v in check_contract(patter_spans).violations if v.code in TIMING_CODES]
    assert [(v.code, v.span_name, v.found) for v in found] == [
        ("repeated-exception-event", "getpatter.tool", "2")
    ]
    assert "2 exception events (ValueError, ValueError) for one failure" in found[0].message


async def test_raising_handler_leaves_no_trace_of_its_failure(
    patter_spans: SpanCapture, caplog: pytest.LogCaptureFixture
) -> None:
    # A handler that raises is retried and its failure becomes the tool's JSON result:
    # the span ends UNSET with no event, so no timing rule can see it (documented).
    async def boom(arguments: Mapping[str, Any], context: Any = None) -> None:
        raise RuntimeError("lookup failed")

    caplog.set_level(logging.CRITICAL)
    await one_tool_turn("c-raise", {"name": "lookup_order", "handler": boom})
    [tool] = patter_spans.call("c-raise").find("getpatter.tool")
    assert (tool.status.code, tool.events) == ("UNSET", ())
    assert not [v for v in check_contract(patter_spans).violations if v.code in TIMING_CODES]


@pytest.mark.usefixtures("tool_turn")
async def test_real_tool_turn_keeps_the_timing_rules(patter_spans: SpanCapture) -> None:
    call = patter_spans.call("c-tool")
    assert not [v for v in check_contract(call).violations if v.code in TIMING_CODES]
    timing = call_timing(call)
    assert timing.clock == "real"
    [turn] = timing.turns
    # getpatter 0.7.0 stamps neither figure: both come from the spans.
    assert (turn.turn_ms_source, turn.ttft_ms_source) == ("spans", "spans")
    assert turn.turn_ms is not None
    assert 0 < turn.turn_ms < 5_000


async def test_assert_timing_on_a_real_slow_tool(patter_spans: SpanCapture) -> None:
    async def slow(arguments: Mapping[str, Any], context: Any = None) -> str:
        await asyncio.sleep(0.9)
        return "shipped"

    await one_tool_turn("c-slow", {"name": "lookup_order", "handler": slow})
    with pytest.raises(AssertionError) as info:
        assert_timing(patter_spans.call("c-slow"), turn_ms=800)
    text = str(info.value)
    assert text.startswith("latency over budget in call c-slow:\n  turn 1: turn_ms ")
    assert "figures: real time (span timestamps from a running clock)" in text
