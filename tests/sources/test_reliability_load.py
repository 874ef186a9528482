"""Under load nothing is lost, nothing is counted twice, every span lands in its own call."""

from __future__ import annotations

import asyncio
import sys
import threading
from collections import Counter
from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor

from pytest_patter_trace.sources.capture import SpanCapture

ASYNC_CALLS = 1_000
THREADS = 8
TREES_PER_THREAD = 150
CALL_ID = "patter.call.id"


@pytest.fixture
def fast_switching() -> Iterator[None]:
    # Switch threads as often as possible so the emitters really interleave.
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        yield
    finally:
        sys.setswitchinterval(old)


async def _async_call(tracer: trace.Tracer, index: int) -> None:
    """One call: a root with the call id, a child and a grandchild without it, a tool span."""
    with tracer.start_as_current_span("call.turn", attributes={CALL_ID: f"async-{index}"}):
        await asyncio.sleep(0)
        with tracer.start_as_current_span("call.llm"):
            await asyncio.sleep(0)
            with tracer.start_as_current_span("call.tts", attributes={"n": index}):
                await asyncio.sleep(0)
        with tracer.start_as_current_span("call.tool", attributes={CALL_ID: f"async-{index}"}):
            await asyncio.sleep(0)


def _thread_call(tracer: trace.Tracer, index: int, start: threading.Barrier) -> None:
    start.wait()
    for i in range(TREES_PER_THREAD):
        root = tracer.start_as_current_span("thread.root", attributes={CALL_ID: f"thread-{index}"})
        with root, tracer.start_as_current_span("thread.child", attributes={"i": i}):
            pass


@pytest.mark.asyncio
@pytest.mark.usefixtures("fast_switching")
async def test_concurrent_calls_and_threads(patter_spans: SpanCapture) -> None:
    # The code's own provider, created during the test: the tap rides on it, and its
    # exporter route feeds the same capture, so every span arrives twice.
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(patter_spans.exporter))
    tracer = provider.get_tracer("load")
    start = threading.Barrier(THREADS + 1)
    threads = [
        threading.Thread(target=_thread_call, args=(tracer, i, start)) for i in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    try:
        start.wait(timeout=10)
        await asyncio.gather(*(_async_call(tracer, i) for i in range(ASYNC_CALLS)))
    finally:
        for thread in threads:
            thread.join(timeout=30)
        provider.shutdown()

    expected = ASYNC_CALLS * 4 + THREADS * TREES_PER_THREAD * 2
    spans = patter_spans.spans
    assert len(patter_spans) == expected
    assert len(spans) == expected
    assert len({s.key for s in spans}) == expected  # each exactly once

    calls = patter_spans.calls()
    assert patter_spans.unattributed() == ()
    assert patter_spans.conflicts() == ()
    assert len(calls) == ASYNC_CALLS + THREADS
    for i in range(ASYNC_CALLS):
        call = calls[f"async-{i}"]
        assert Counter(s.name for s in call) == {
            "call.turn": 1,
            "call.llm": 1,
            "call.tts": 1,
            "call.tool": 1,
        }
        # The grandchild has no call id of its own: it is grouped by its ancestry.
        (tts,) = call.find("call.tts")
        assert tts.attributes["n"] == i
        assert [s.name for s in call.roots] == ["call.turn"]
        assert len({s.trace_id for s in call}) == 1
    for i in range(THREADS):
        call = calls[f"thread-{i}"]
        assert len(call) == TREES_PER_THREAD * 2
        assert len(call.roots) == TREES_PER_THREAD
        numbers = sorted(int(str(s.attributes["i"])) for s in call.find("thread.child"))
        assert numbers == list(range(TREES_PER_THREAD))
