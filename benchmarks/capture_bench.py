"""What capturing costs next to bare OpenTelemetry, on three tracer paths, and per test.

    python benchmarks/run.py --only capture

A section of ``run.py``: the same spans are made through a capture and through a bare
provider + ``SimpleSpanProcessor`` + ``InMemorySpanExporter``, in alternation. The span
emitters and the bare pipeline are shared with ``reading_bench.py`` and ``memory_bench.py``.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from _harness import CI, Row, Timing, alternate, med_cpu, med_wall, timed
from _spans import _call_ids
from opentelemetry import trace
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.sources import _otel
from pytest_patter_trace.sources.capture import CaptureHub, SpanCapture

#: Five attributes per span, one of them the call id, like a getpatter span plus a few.
ATTRIBUTES: dict[str, Any] = {
    "patter.call.id": "call-bench",
    "getpatter.stt.text_len": 12,
    "patter.llm.iteration": 1,
    "getpatter.stt.confidence": 0.98,
    "patter.tool.name": "lookup_order",
}


OTHER_ATTRIBUTES = tuple((k, v) for k, v in ATTRIBUTES.items() if k != "patter.call.id")


def _emit_after_start(tracer: trace.Tracer, n: int) -> None:
    for call_id in _call_ids(n):
        with tracer.start_as_current_span("bench.span") as span:
            span.set_attribute("patter.call.id", call_id)
            for key, value in OTHER_ATTRIBUTES:
                span.set_attribute(key, value)


def _emit_getpatter(n: int) -> None:
    from getpatter.observability import tracing

    for call_id in _call_ids(n):
        with tracing.start_span("getpatter.llm", {"patter.call.id": call_id, **ATTRIBUTES}):
            pass


def _bare_pipeline() -> tuple[TracerProvider, InMemorySpanExporter]:
    provider = TracerProvider()
    exporter = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider, exporter


@contextmanager
def _captured(n: int) -> Iterator[SpanCapture]:
    # One hub a round, closed after it: the bare rounds run with no trace of the plugin.
    hub = CaptureHub()
    capture = hub.start()
    try:
        yield capture
    finally:
        hub.stop(capture)
        hub.close()
    assert len(capture) == n, (len(capture), n)


def _proxy_bare(n: int) -> Timing:
    # The app's tracer comes from trace.get_tracer() at import, before any provider is
    # set (a ProxyTracer); the app sets its provider later, the proxy binds to it.
    assert _otel.global_provider() is None
    tracer = trace.get_tracer("bench.app")
    provider, exporter = _bare_pipeline()
    _otel.set_global_soft(provider)
    try:
        with timed() as t:
            _emit_after_start(tracer, n)
    finally:
        _otel.clear_global_if(provider)
    assert len(exporter.get_finished_spans()) == n
    provider.shutdown()
    return t[0]


def _proxy_ours(n: int) -> Timing:
    # Same tracer; no provider set by the app: spans go through the capture's fallback.
    assert _otel.global_provider() is None
    tracer = trace.get_tracer("bench.app")
    with _captured(n), timed() as t:
        _emit_after_start(tracer, n)
    return t[0]


def _app_bare(n: int) -> Timing:
    provider, exporter = _bare_pipeline()
    tracer = provider.get_tracer("bench.app")
    with timed() as t:
        _emit_after_start(tracer, n)
    assert len(exporter.get_finished_spans()) == n
    provider.shutdown()
    return t[0]


class _DoNothing(SpanProcessor):
    """A second processor that does nothing: what joining any provider costs at least."""

    def on_start(self, span: Any, parent_context: Any = None) -> None:
        return None

    def on_end(self, span: Any) -> None:
        return None


def _app_second_processor(n: int) -> Timing:
    provider, exporter = _bare_pipeline()
    provider.add_span_processor(_DoNothing())
    tracer = provider.get_tracer("bench.app")
    with timed() as t:
        _emit_after_start(tracer, n)
    assert len(exporter.get_finished_spans()) == n
    provider.shutdown()
    return t[0]


def _app_ours(n: int) -> Timing:
    # The app builds its own provider + exporter during the test: the tap joins it.
    with _captured(n):
        provider, exporter = _bare_pipeline()
        tracer = provider.get_tracer("bench.app")
        with timed() as t:
            _emit_after_start(tracer, n)
    assert len(exporter.get_finished_spans()) == n
    provider.shutdown()
    return t[0]


def _getpatter_bare(n: int) -> Timing:
    # getpatter's module tracer on an SDK provider, as its own init_tracing would set it.
    from getpatter.observability import tracing

    provider, exporter = _bare_pipeline()
    saved = (tracing._tracer, os.environ.get(_otel_flag()))
    tracing._tracer = provider.get_tracer("patter")
    os.environ[_otel_flag()] = "1"
    try:
        with timed() as t:
            _emit_getpatter(n)
    finally:
        tracing._tracer = saved[0]
        _restore_env(_otel_flag(), saved[1])
    assert len(exporter.get_finished_spans()) == n
    provider.shutdown()
    return t[0]


def _getpatter_ours(n: int) -> Timing:
    with _captured(n), timed() as t:
        _emit_getpatter(n)
    return t[0]


def _otel_flag() -> str:
    return "PATTER_OTEL_ENABLED"


def _restore_env(name: str, value: str | None) -> None:
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def _getpatter_installed() -> bool:
    try:
        importlib.import_module("getpatter.observability.tracing")
    except ImportError:
        return False
    return True


def bench_capture() -> list[Row]:
    n = 10_000 if CI else 20_000
    reps = 9 if CI else 11
    paths: list[tuple[str, Callable[[int], Timing], Callable[[int], Timing], str]] = [
        (
            "proxy tracer from import, no app provider",
            _proxy_bare,
            _proxy_ours,
            "bare: the same ProxyTracer bound to provider+SimpleSpanProcessor+InMemoryExporter",
        ),
        (
            "tracer from the app's own provider",
            _app_bare,
            _app_ours,
            "bare: that provider+SimpleSpanProcessor+InMemoryExporter without the tap",
        ),
    ]
    if _getpatter_installed():
        paths.append(
            (
                "getpatter's module tracer (start_span)",
                _getpatter_bare,
                _getpatter_ours,
                "bare: getpatter's tracer on provider+SimpleSpanProcessor+InMemoryExporter",
            )
        )
    rows: list[Row] = []
    # The app-provider path is the only one where the capture adds a processor beside the
    # app's: a do-nothing processor in its place, alternated with the same bare rounds,
    # shows how much of that path's ratio any second processor costs (no floor).
    paths.insert(
        2,
        (
            "reference: a do-nothing second processor, no plugin",
            _app_bare,
            _app_second_processor,
            "bare: the app's provider+SimpleSpanProcessor+InMemoryExporter alone",
        ),
    )
    for name, bare, ours, note in paths:
        base_t, ours_t = alternate(_pair(bare, ours, n), reps)
        b, o = med_cpu(base_t), med_cpu(ours_t)
        rows.append(
            Row(
                "capture",
                name,
                f"{n:,}",
                o / n * 1e6,
                b / n * 1e6,
                "us/span",
                o / b,
                None if name.startswith("reference") else 1.03,
                note=note + "; attributes set after start, 50 calls",
                extra={
                    "wall_ratio": med_wall(ours_t) / med_wall(base_t),
                    "reps": reps,
                    "ratios": [x.cpu / y.cpu for x, y in zip(ours_t, base_t, strict=True)],
                },
            )
        )
    if not _getpatter_installed():
        rows.append(
            Row(
                "capture",
                "getpatter's module tracer (start_span)",
                "-",
                None,
                None,
                "us/span",
                note="n/a: getpatter is not installed (Python 3.11+)",
            )
        )
    # Fixture set-up + teardown per test, with one hub per session as the plugin does.
    hub = CaptureHub()
    count = 200 if CI else 1000
    try:
        hub.stop(hub.start())
        with timed() as t:
            for _ in range(count):
                hub.stop(hub.start())
    finally:
        hub.close()
    rows.append(
        Row(
            "capture",
            "fixture start+stop per test",
            f"{count:,}",
            t[0].cpu / count * 1e6,
            None,
            "us/test",
        )
    )
    return rows


def _pair(
    a: Callable[[int], Timing], b: Callable[[int], Timing], n: int
) -> list[Callable[[], Timing]]:
    return [lambda: a(n), lambda: b(n)]
