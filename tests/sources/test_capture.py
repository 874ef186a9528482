"""The capture against the real OpenTelemetry SDK, in every provider situation."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.sources.capture import CaptureHub, SpanCapture, _Tap

try:
    # opentelemetry-test-utils pins the exact SDK it was built with, so only the
    # lowest-otel tox env (SDK 1.24.0 + test-utils 0.45b0) has it.
    from opentelemetry.test.globals_test import reset_trace_globals
except ImportError:

    def reset_trace_globals() -> None:
        trace._TRACER_PROVIDER = None
        trace._TRACER_PROVIDER_SET_ONCE = type(trace._TRACER_PROVIDER_SET_ONCE)()


@pytest.fixture
def hub() -> Iterator[CaptureHub]:
    """A hub of our own with OpenTelemetry's globals reset around it."""
    saved = (trace._TRACER_PROVIDER, trace._TRACER_PROVIDER_SET_ONCE)
    reset_trace_globals()
    hub = CaptureHub()
    try:
        yield hub
    finally:
        if hub.active is not None:
            hub.stop(hub.active)
        hub.close()
        trace._TRACER_PROVIDER, trace._TRACER_PROVIDER_SET_ONCE = saved


def _theirs(provider: TracerProvider) -> int:
    """Processors on ``provider`` besides the session plugin's inert taps."""
    processors = provider._active_span_processor._span_processors
    return sum(1 for p in processors if not isinstance(p, _Tap))


def _emit(name: str, tracer: trace.Tracer | None = None) -> None:
    tracer = tracer or trace.get_tracer("tests")
    with tracer.start_as_current_span(name):
        pass


def test_no_provider_set(hub: CaptureHub) -> None:
    capture = hub.start()
    _emit("a")
    hub.stop(capture)
    assert capture.names() == ["a"]
    # The soft fallback is gone: the global provider is unset again.
    assert trace._TRACER_PROVIDER is None


def test_provider_set_before(hub: CaptureHub) -> None:
    provider = TracerProvider()
    theirs = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(theirs))
    trace.set_tracer_provider(provider)
    capture = hub.start()
    _emit("a")
    hub.stop(capture)
    assert capture.names() == ["a"]
    assert [s.name for s in theirs.get_finished_spans()] == ["a"]
    # Nothing of ours stays on their provider.
    assert hub.tapped_providers() == []
    assert _theirs(provider) == 1


def test_provider_set_during_test(hub: CaptureHub) -> None:
    capture = hub.start()
    provider = TracerProvider()
    theirs = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(theirs))
    trace.set_tracer_provider(provider)  # must win over our soft fallback
    assert trace.get_tracer_provider() is provider
    _emit("a")
    hub.stop(capture)
    assert capture.names() == ["a"]
    assert [s.name for s in theirs.get_finished_spans()] == ["a"]
    assert _theirs(provider) == 1


def test_provider_built_before_and_set_during_test(hub: CaptureHub) -> None:
    # Built at import time (no wrap then), made global only inside the test.
    provider = TracerProvider()
    theirs = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(theirs))
    early = provider.get_tracer("app")
    original = trace._set_tracer_provider
    capture = hub.start()
    trace.set_tracer_provider(provider)
    _emit("app", early)
    _emit("via-global")
    hub.stop(capture)
    assert capture.names() == ["app", "via-global"]
    assert [s.name for s in theirs.get_finished_spans()] == ["app", "via-global"]
    # Their provider stays global and theirs alone; the interception is gone.
    assert trace._TRACER_PROVIDER is provider
    assert hub.tapped_providers() == []
    assert _theirs(provider) == 1
    assert trace._set_tracer_provider is original


def test_tracer_obtained_before_capture(hub: CaptureHub) -> None:
    provider = TracerProvider()
    trace.set_tracer_provider(provider)
    early = trace.get_tracer("imported-early")  # as a module-level tracer would be
    capture = hub.start()
    _emit("a", early)
    hub.stop(capture)
    assert capture.names() == ["a"]


def test_proxy_tracer_obtained_before_any_provider(hub: CaptureHub) -> None:
    early = trace.get_tracer("imported-before-provider")
    assert isinstance(early, trace.ProxyTracer)
    capture = hub.start()
    _emit("a", early)
    hub.stop(capture)
    assert capture.names() == ["a"]


def test_private_provider_created_during_test(hub: CaptureHub) -> None:
    capture = hub.start()
    private = TracerProvider()
    _emit("p", private.get_tracer("x"))
    hub.stop(capture)
    assert capture.names() == ["p"]


def test_threads_and_tasks(hub: CaptureHub) -> None:
    capture = hub.start()
    tracer = trace.get_tracer("tests")

    def work(i: int) -> None:
        for j in range(50):
            with tracer.start_as_current_span(f"thread-{i}-{j}"):
                pass

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()

    async def task(i: int) -> None:
        with tracer.start_as_current_span(f"task-{i}"):
            await asyncio.sleep(0)

    async def main() -> None:
        await asyncio.gather(*(task(i) for i in range(20)))

    asyncio.run(main())
    for t in threads:
        t.join()
    hub.stop(capture)
    names = capture.names()
    assert len(names) == 4 * 50 + 20
    assert len(set(names)) == len(names)


def test_spans_after_stop_are_ignored(hub: CaptureHub) -> None:
    capture = hub.start()
    _emit("inside")
    hub.stop(capture)
    provider = TracerProvider()
    trace.set_tracer_provider(provider)
    _emit("outside")
    assert capture.names() == ["inside"]


def test_exporter_route_is_deduplicated(hub: CaptureHub) -> None:
    capture = hub.start()
    provider = trace.get_tracer_provider()
    assert isinstance(provider, TracerProvider)
    provider.add_span_processor(SimpleSpanProcessor(capture.exporter))
    _emit("once")
    hub.stop(capture)
    assert capture.names() == ["once"]


def test_exporter_alone_feeds_capture() -> None:
    capture = SpanCapture()
    capture.active = True
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(capture.exporter))
    _emit("via-exporter", provider.get_tracer("x"))
    assert capture.names() == ["via-exporter"]
    capture.active = False
    _emit("late", provider.get_tracer("x"))
    assert capture.names() == ["via-exporter"]


def test_two_active_captures_refused(hub: CaptureHub) -> None:
    hub.start()
    with pytest.raises(RuntimeError, match="already active"):
        hub.start()


def test_provider_init_wrapped_only_during_capture(hub: CaptureHub) -> None:
    original = TracerProvider.__init__
    capture = hub.start()
    assert TracerProvider.__init__ is not original
    hub.stop(capture)
    assert TracerProvider.__init__ is original
    assert _theirs(TracerProvider()) == 0
    assert TracerProvider()._active_span_processor._span_processors == ()
    hub.start()
    hub.close()  # a session ending mid-capture still unwraps
    assert TracerProvider.__init__ is original


def test_clear(hub: CaptureHub) -> None:
    capture = hub.start()
    _emit("a")
    capture.clear()
    _emit("b")
    hub.stop(capture)
    assert capture.names() == ["b"]


def test_wait_for_span_ending_later(hub: CaptureHub) -> None:
    capture = hub.start()
    tracer = trace.get_tracer("tests")

    def late() -> None:
        with tracer.start_as_current_span("late"):
            threading.Event().wait(0.05)

    t = threading.Thread(target=late)
    t.start()
    spans = capture.wait_for(name="late", timeout=5)
    t.join()
    hub.stop(capture)
    assert [s.name for s in spans] == ["late"]


def test_wait_for_times_out_clearly(hub: CaptureHub) -> None:
    capture = hub.start()
    _emit("other")
    with pytest.raises(AssertionError, match=r"waiting for 2 span\(s\) named x.*other"):
        capture.wait_for(2, name="x", timeout=0.05)
    hub.stop(capture)


def test_wait_for_async_lets_tasks_finish(hub: CaptureHub) -> None:
    capture = hub.start()
    tracer = trace.get_tracer("tests")

    async def late() -> None:
        with tracer.start_as_current_span("late"):
            await asyncio.sleep(0.02)

    async def main() -> int:
        task = asyncio.create_task(late())
        spans = await capture.wait_for_async(name="late", timeout=5)
        await task
        return len(spans)

    assert asyncio.run(main()) == 1
    hub.stop(capture)


def test_open_span_warning_masks_names(hub: CaptureHub) -> None:
    capture = hub.start()
    span = trace.get_tracer("tests").start_span("call +1 415 555 2671")
    hub.stop(capture)
    message = capture.open_spans_message()
    span.end()
    assert message is not None
    assert message.startswith("patter_spans: 1 span still open at the end of the test (")
    assert "555 2671" not in message
    assert "4155552671" not in message.replace(" ", "")


@pytest.mark.parametrize(
    "env",
    [
        {"OTEL_TRACES_SAMPLER": "always_off"},
        {"OTEL_TRACES_SAMPLER": "traceidratio", "OTEL_TRACES_SAMPLER_ARG": "0"},
        {"OTEL_SDK_DISABLED": "true"},
    ],
    ids=["always_off", "ratio_0", "sdk_disabled"],
)
def test_fallback_records_whatever_the_environment(
    hub: CaptureHub, monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    # CI that mirrors production sets these; our own provider must still see every span.
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    capture = hub.start()
    for index in range(20):
        _emit(f"s{index}")
    hub.stop(capture)
    assert len(capture) == 20


def test_spans_that_end_leave_the_open_set_and_count_once(hub: CaptureHub) -> None:
    # The app's own provider (tapped when built) also exports to the capture: two routes.
    capture = hub.start()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(capture.exporter))
    tracer = provider.get_tracer("tests")
    left = tracer.start_span("left")
    for index in range(50):
        with tracer.start_as_current_span(f"turn {index}"):
            pass
    assert [s.name for s in capture.open_spans()] == ["left"]
    assert len(capture) == 50
    left.end()
    assert capture.open_spans() == ()
    assert len(capture) == 51
    assert len({(s.trace_id, s.span_id) for s in capture.spans}) == 51
    hub.stop(capture)
    assert capture.open_spans_message() is None


def test_a_span_started_in_one_capture_and_ended_in_the_next_is_in_neither(
    hub: CaptureHub,
) -> None:
    first = hub.start()
    straggler = trace.get_tracer("tests").start_span("straggler")
    hub.stop(first)
    second = hub.start()
    straggler.end()
    with trace.get_tracer("tests").start_as_current_span("own"):
        pass
    hub.stop(second)
    assert [s.name for s in second] == ["own"]
    assert len(first) == 0
