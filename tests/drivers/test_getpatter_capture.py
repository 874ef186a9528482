"""``patter_spans`` driving the real getpatter 0.7.0 pipeline offline."""

from __future__ import annotations

import asyncio
import os

import pytest
from _releases import recorded_on_070

pytest.importorskip("getpatter", reason="getpatter is not installed (pip install '.[test]')")

from getpatter.observability import is_enabled
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
    InMemorySpanExporter,
)

from pytest_patter_trace.drivers import scenarios
from pytest_patter_trace.sources.capture import SpanCapture


async def test_text_turn(patter_spans: SpanCapture) -> None:
    await scenarios.text_turn("c-text")
    call = patter_spans.call()
    assert call.call_id == "c-text"
    assert [s.name for s in call.roots] == ["getpatter.stt", "getpatter.endpoint", "getpatter.llm"]
    assert patter_spans.names() == [
        "getpatter.stt",
        "getpatter.endpoint",
        "getpatter.llm",
        "getpatter.llm",
        "getpatter.tts",
    ]
    assert patter_spans.unattributed() == ()


@pytest.mark.usefixtures("tool_turn")
async def test_tool_turn(patter_spans: SpanCapture) -> None:
    call = patter_spans.call("c-tool")
    outer = call.roots[-1]
    assert outer.name == "getpatter.llm"
    kids = call.children(outer)
    assert [k.name for k in kids] == [
        "getpatter.llm",
        "getpatter.tool",
        "getpatter.llm",
        "getpatter.tts",
    ]
    tool = call.find("getpatter.tool")[0]
    assert tool.attributes["patter.tool.name"] == "lookup_order"
    assert call.parent(tool) == outer


@recorded_on_070
async def test_several_turns(patter_spans: SpanCapture) -> None:
    await scenarios.several_turns("c-turns", turns=3)
    call = patter_spans.call()
    assert len(call.roots) == 9  # stt, endpoint, llm per turn: a call is several traces
    inner = [s for s in call.find("getpatter.llm") if "patter.llm.iteration" in s.attributes]
    assert [s.attributes["patter.llm.history_size"] for s in inner] == [0, 2, 4]


async def test_concurrent_calls_do_not_cross(patter_spans: SpanCapture) -> None:
    ids = ("c0", "c1", "c2")
    await scenarios.concurrent_calls(ids)
    calls = patter_spans.calls()
    assert list(calls) == list(ids)
    for call_id, call in calls.items():
        assert len(call) == 12  # tool turn (7 spans) + text turn (5)
        assert {s.attributes["patter.call.id"] for s in call} == {call_id}
        for span in call:
            parent = call.parent(span)
            assert parent is None or parent in call.spans
    assert patter_spans.conflicts() == ()
    with pytest.raises(AssertionError, match="found 3: pass call_id"):
        patter_spans.call()


async def test_tracing_flag_on_inside(patter_spans: SpanCapture) -> None:
    assert os.environ["PATTER_OTEL_ENABLED"] == "1"
    assert is_enabled()


def test_tracing_flag_off_outside() -> None:
    # Runs after the tests above in this module: nothing of theirs stayed on.
    assert "PATTER_OTEL_ENABLED" not in os.environ
    assert not is_enabled()


async def test_init_tracing_by_code_under_test(patter_spans: SpanCapture) -> None:
    from getpatter.observability import init_tracing

    # Points at a port nobody listens on: if an exporter were built, it would try.
    assert init_tracing(service_name="bot", otlp_endpoint="http://127.0.0.1:9") is True
    await scenarios.text_turn("c-init")
    assert len(patter_spans.call("c-init")) == 5


@recorded_on_070
async def test_attach_span_exporter_routes(patter_spans: SpanCapture) -> None:
    from getpatter import Patter

    theirs = InMemorySpanExporter()
    phone = Patter(mode="local", telemetry=False)
    phone._attach_span_exporter(patter_spans.exporter, side="driver")
    phone._attach_span_exporter(theirs, side="driver")
    await scenarios.text_turn("c-attach")
    # Reached us twice (tap + attached exporter), recorded once.
    assert len(patter_spans) == 5
    # The code under test still gets its own spans.
    assert len(theirs.get_finished_spans()) == 5


async def test_no_spans_message_is_helpful(patter_spans: SpanCapture) -> None:
    with pytest.raises(AssertionError, match="no spans captured: is PATTER_OTEL_ENABLED set"):
        patter_spans.call()


async def test_spans_end_in_background_task(patter_spans: SpanCapture) -> None:
    task = asyncio.create_task(scenarios.text_turn("c-bg"))
    spans = await patter_spans.wait_for_async(count=5, timeout=10)
    await task
    assert len(spans) == 5
