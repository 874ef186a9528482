"""Thousands of tests in one session: each sees only its own spans, and nothing piles up."""

from __future__ import annotations

import json

import pytest

TESTS = 5_000
SWITCH = TESTS // 2
SAMPLE_EVERY = 250

# LIVE_SPANS holds, weakly, the very span objects the capture receives (the SDK hands the
# same ReadableSpan to every processor), so a span kept anywhere after its test shows up.
CONFTEST = """
import gc, json, os, weakref

from opentelemetry import trace
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider

LIVE_SPANS = weakref.WeakSet()
LIVE_CAPTURES = weakref.WeakSet()
SAMPLES = []


class Recorder(SpanProcessor):
    def on_end(self, span):
        LIVE_SPANS.add(span)


RECORDER = Recorder()


def switch_to_own_provider():
    # Mid-session the code under test installs its own global provider, as an app would.
    provider = TracerProvider()
    provider.add_span_processor(RECORDER)
    trace.set_tracer_provider(provider)


def rss_bytes():
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        return None


def record(index):
    gc.collect()
    SAMPLES.append(
        {"test": index, "rss": rss_bytes(), "spans": len(LIVE_SPANS),
         "captures": len(LIVE_CAPTURES)}
    )


def record_after_read():
    gc.collect()
    SAMPLES[-1]["spans_after_read"] = len(LIVE_SPANS)


def pytest_sessionfinish(session):
    with open("samples.json", "w") as fh:
        json.dump(SAMPLES, fh)
"""

# Each span carries its own 20 kB payload: spans of finished tests kept anywhere would
# grow the session by 5,000 x 2 x 20 kB = 200 MB, far above pytest's own growth.
TESTS_FILE = f"""
import pytest
from opentelemetry import trace
from conftest import LIVE_CAPTURES, RECORDER, record, record_after_read, switch_to_own_provider


@pytest.fixture
def between():
    yield
    # Torn down after patter_spans: this span ends while no capture is active.
    tracer = trace.get_tracer("isolation")
    with tracer.start_as_current_span("between", attributes={{"patter.call.id": "nobody"}}):
        pass


@pytest.mark.parametrize("index", range({TESTS}))
def test_tiny(between, patter_spans, index):
    # Nothing from an earlier test, nor the span ended between tests.
    assert len(patter_spans) == 0, patter_spans.names()
    LIVE_CAPTURES.add(patter_spans)
    if index == {SWITCH}:
        switch_to_own_provider()
    elif index < {SWITCH}:
        # Our fallback provider: fresh for every test, so the recorder joins it each time.
        trace.get_tracer_provider().add_span_processor(RECORDER)
    tracer = trace.get_tracer("isolation")
    payload = f"{{index:06d}}" + "x" * 20_000
    with tracer.start_as_current_span(
        f"root-{{index}}", attributes={{"patter.call.id": f"c{{index}}", "payload": payload}}
    ):
        with tracer.start_as_current_span("child", attributes={{"payload": payload + "y"}}):
            pass
    sample = index % {SAMPLE_EVERY} == 0 or index == {TESTS} - 1
    if sample:
        record(index)
    assert patter_spans.names() == [f"root-{{index}}", "child"]
    assert list(patter_spans.calls()) == [f"c{{index}}"]
    if sample:
        record_after_read()
"""


def test_many_tests_isolated_and_memory_flat(pytester: pytest.Pytester) -> None:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_many=TESTS_FILE)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider", timeout=300)
    result.assert_outcomes(passed=TESTS)
    samples = json.loads((pytester.path / "samples.json").read_text())
    assert len(samples) == TESTS // SAMPLE_EVERY + 1
    # Alive when a test records: its own capture and its own two spans, nothing older.
    assert [s["captures"] for s in samples] == [1] * len(samples)
    assert [s["spans"] for s in samples] == [2] * len(samples)
    # Once read, the capture keeps records, not the SDK spans as well.
    assert [s["spans_after_read"] for s in samples] == [0] * len(samples)
    rss = [s["rss"] for s in samples]
    if None not in rss:
        # After warm-up, growth stays far below what retained payloads would cost.
        growth = rss[-1] - rss[2]
        assert growth < 40 * 2**20, [r // 2**20 for r in rss]


PROXY_TRACER_TESTS = """
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

tracer = trace.get_tracer("app")  # at import, before any provider: a ProxyTracer


def test_uses_the_capture(patter_spans):
    with tracer.start_as_current_span("during"):
        pass
    assert patter_spans.names() == ["during"]


def test_app_sets_its_provider_afterwards():
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    trace.set_tracer_provider(provider)
    with tracer.start_as_current_span("after"):
        pass
    # Without the plugin the proxy binds to this provider on first use.
    assert [s.name for s in exporter.get_finished_spans()] == ["after"]
"""


def test_module_level_tracer_follows_a_later_provider(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(PROXY_TRACER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)
