"""Faults in the code under test never cost a span, hang a test, or leak into the next test."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest
from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import (
    BatchSpanProcessor,
    SimpleSpanProcessor,
    SpanExporter,
    SpanExportResult,
)
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.sources.capture import SpanCapture


class RaisingExporter(SpanExporter):
    """The code under test's exporter, broken."""

    def __init__(self) -> None:
        self.calls = 0

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        self.calls += 1
        raise ConnectionError("collector unreachable")

    def shutdown(self) -> None:
        return None


class SlowExporter(SpanExporter):
    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.exported: list[str] = []

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        time.sleep(self.delay)
        self.exported.extend(s.name for s in spans)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        return None


class SlowProcessor(SpanProcessor):
    def __init__(self, delay: float) -> None:
        self.delay = delay

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        time.sleep(self.delay)

    def on_end(self, span: ReadableSpan) -> None:
        time.sleep(self.delay)


def _tree(provider: TracerProvider, prefix: str) -> None:
    tracer = provider.get_tracer("faults")
    root = tracer.start_as_current_span(f"{prefix}.root", attributes={"patter.call.id": prefix})
    with root, tracer.start_as_current_span(f"{prefix}.child"):
        pass


def test_exporter_that_raises(patter_spans: SpanCapture, caplog: pytest.LogCaptureFixture) -> None:
    provider = TracerProvider()
    simple, batch = RaisingExporter(), RaisingExporter()
    provider.add_span_processor(SimpleSpanProcessor(simple))
    provider.add_span_processor(BatchSpanProcessor(batch))
    with caplog.at_level(logging.ERROR):
        _tree(provider, "c1")
        provider.shutdown()  # flushes the batch exporter, which raises in its worker
    assert simple.calls == 2
    assert batch.calls >= 1
    assert patter_spans.names() == ["c1.root", "c1.child"]
    assert [s.name for s in patter_spans.call("c1")] == ["c1.root", "c1.child"]


def test_slow_processor_and_concurrent_wait(patter_spans: SpanCapture) -> None:
    provider = TracerProvider()
    provider.add_span_processor(SlowProcessor(0.01))
    threads = [threading.Thread(target=_tree, args=(provider, f"t{i}")) for i in range(4)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    # Wakes up as the spans arrive from the other threads; does not sleep to the timeout.
    got = patter_spans.wait_for(8, timeout=10)
    elapsed = time.monotonic() - started
    for thread in threads:
        thread.join()
    assert len(got) == 8
    assert sorted(patter_spans.calls()) == ["t0", "t1", "t2", "t3"]
    assert elapsed < 5


def test_slow_batch_exporter_does_not_delay_capture(patter_spans: SpanCapture) -> None:
    provider = TracerProvider()
    slow = SlowExporter(0.2)
    provider.add_span_processor(BatchSpanProcessor(slow, schedule_delay_millis=60_000))
    _tree(provider, "c1")
    # Recorded when the span ends, not when the code's batch exporter gets to it.
    assert patter_spans.names() == ["c1.root", "c1.child"]
    assert slow.exported == []
    provider.shutdown()
    assert sorted(slow.exported) == ["c1.child", "c1.root"]


def test_provider_shut_down_mid_test(patter_spans: SpanCapture) -> None:
    provider = TracerProvider()
    theirs = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(theirs))
    _tree(provider, "before")
    provider.shutdown()
    _tree(provider, "after")  # must neither raise nor hang
    assert sorted(s.name for s in theirs.get_finished_spans()) == ["before.child", "before.root"]
    assert patter_spans.call("before").spans[0].name == "before.root"
    assert len(patter_spans.call("before")) == 2


def test_waiting_for_a_span_that_never_ends(patter_spans: SpanCapture) -> None:
    provider = TracerProvider()
    span = provider.get_tracer("faults").start_span("never.ends")
    started = time.monotonic()
    with pytest.raises(AssertionError, match=r"timed out after 0.2s waiting for 1 span"):
        patter_spans.wait_for(1, name="never.ends", timeout=0.2)
    assert time.monotonic() - started < 3
    assert span.is_recording()  # still open: the capture neither ended nor recorded it
    assert len(patter_spans) == 0


# -- whole sessions: failures and open spans across tests ---------------------------------

INNER_TESTS = """
import os
import pytest
from opentelemetry import trace

OPEN = []


def tracer():
    return trace.get_tracer("inner")


def test_a_fails_with_open_span(patter_spans):
    OPEN.append(tracer().start_span("left-open"))
    with tracer().start_as_current_span("ended-before-failure"):
        pass
    raise AssertionError("boom in test a")


def test_b_clean_after_failure(patter_spans):
    assert len(patter_spans) == 0, patter_spans.names()
    with tracer().start_as_current_span("b"):
        pass
    assert patter_spans.names() == ["b"]


def test_c_late_end_not_visible(patter_spans):
    # The span test a left open ends now: it was started by another test.
    OPEN.pop().end()
    assert patter_spans.names() == []


def test_d_raises_inside_span(patter_spans):
    with tracer().start_as_current_span("raising"):
        raise ValueError("boom inside span d")


def test_e_never_ends(patter_spans):
    OPEN.append(tracer().start_span("forever"))


def test_f_global_provider_shut_down(patter_spans):
    # The code under test shuts the global provider down (it is our fallback here).
    with tracer().start_as_current_span("f.before"):
        pass
    trace.get_tracer_provider().shutdown()
    with tracer().start_as_current_span("f.after"):
        pass
    assert patter_spans.names()[0] == "f.before"


def test_g_after_global_shutdown(patter_spans):
    with tracer().start_as_current_span("g"):
        pass
    assert patter_spans.names() == ["g"]


def test_h_flag_restored():
    assert "PATTER_OTEL_ENABLED" not in os.environ
"""

GETPATTER_INNER_TESTS = """
import pytest
from pytest_patter_trace.drivers import scenarios


@pytest.mark.asyncio
async def test_i_getpatter_shutdown_tracing_mid_test(patter_spans):
    from getpatter.observability import tracing

    await scenarios.text_turn("i1")
    tracing.shutdown_tracing()
    await scenarios.text_turn("i2")
    assert list(patter_spans.calls()) == ["i1"]
    assert len(patter_spans.call("i1")) == 5


@pytest.mark.asyncio
async def test_j_getpatter_back_on(patter_spans):
    await scenarios.text_turn("j1")
    assert len(patter_spans.call("j1")) == 5
"""


class InnerRun:
    def __init__(self, root: Path, proc: subprocess.CompletedProcess[str], seconds: float):
        self.output = proc.stdout + proc.stderr
        self.seconds = seconds
        self.cases: dict[str, tuple[str, str]] = {}
        tree = ET.parse(root / "report.xml")
        for case in tree.iter("testcase"):
            name = case.attrib["name"]
            outcome, message = "passed", ""
            for child in case:
                if child.tag in {"failure", "error", "skipped"}:
                    # A teardown error is reported as a second entry for the same test.
                    outcome = child.tag if outcome == "passed" else f"{outcome}+{child.tag}"
                    message += (child.attrib.get("message") or "") + (child.text or "")
            if name in self.cases:
                old_outcome, old_message = self.cases[name]
                outcome, message = f"{old_outcome}+{outcome}", old_message + message
            self.cases[name] = (outcome, message)

    def outcome(self, name: str) -> str:
        return self.cases[name][0]

    def message(self, name: str) -> str:
        return self.cases[name][1]


@pytest.fixture(scope="module")
def inner_run(tmp_path_factory: pytest.TempPathFactory) -> InnerRun:
    """One real pytest session running every fault scenario in order."""
    root = tmp_path_factory.mktemp("faults")
    (root / "pytest.ini").write_text("[pytest]\nasyncio_mode = strict\n")
    (root / "test_faults.py").write_text(INNER_TESTS)
    if sys.version_info >= (3, 11) and _has("getpatter") and _has("pytest_asyncio"):
        (root / "test_faults_getpatter.py").write_text(GETPATTER_INNER_TESTS)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST_")}
    env.pop("PATTER_OTEL_ENABLED", None)
    env["DO_NOT_TRACK"] = "1"
    started = time.monotonic()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "no:cacheprovider",
            "-p",
            "no:randomly",
            "-p",
            "no:xdist",
            "--junitxml=report.xml",
            "-rA",
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,  # an open span must never hang the session
    )
    return InnerRun(root, proc, time.monotonic() - started)


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def test_failure_before_spans_end_is_the_tests_own(inner_run: InnerRun) -> None:
    assert inner_run.outcome("test_a_fails_with_open_span") == "failure"
    assert "boom in test a" in inner_run.message("test_a_fails_with_open_span")
    assert inner_run.outcome("test_d_raises_inside_span") == "failure"
    assert "boom inside span d" in inner_run.message("test_d_raises_inside_span")


def test_next_test_is_clean_after_a_failure(inner_run: InnerRun) -> None:
    assert inner_run.outcome("test_b_clean_after_failure") == "passed"
    assert inner_run.outcome("test_h_flag_restored") == "passed"


def test_open_span_does_not_hang_or_error(inner_run: InnerRun) -> None:
    assert inner_run.outcome("test_e_never_ends") == "passed"


def test_open_spans_reported_at_teardown(inner_run: InnerRun) -> None:
    text = inner_run.message("test_e_never_ends") + inner_run.output
    assert "1 span still open" in text or "1 span(s) still open" in text


def test_span_started_in_another_test_not_captured(inner_run: InnerRun) -> None:
    assert inner_run.outcome("test_c_late_end_not_visible") == "passed", inner_run.message(
        "test_c_late_end_not_visible"
    )


def test_global_provider_shut_down_mid_test(inner_run: InnerRun) -> None:
    assert inner_run.outcome("test_f_global_provider_shut_down") == "passed", inner_run.message(
        "test_f_global_provider_shut_down"
    )
    assert inner_run.outcome("test_g_after_global_shutdown") == "passed", inner_run.message(
        "test_g_after_global_shutdown"
    )


def test_getpatter_shutdown_tracing_mid_test(inner_run: InnerRun) -> None:
    if "test_j_getpatter_back_on" not in inner_run.cases:
        pytest.skip("getpatter (Python 3.11+) and pytest-asyncio are needed")
    for name in ("test_i_getpatter_shutdown_tracing_mid_test", "test_j_getpatter_back_on"):
        assert inner_run.outcome(name) == "passed", inner_run.message(name)
