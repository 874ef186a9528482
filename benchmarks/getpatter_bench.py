"""A 20-turn offline getpatter call, traced through the capture, on bare OTel, and untraced.

python benchmarks/run.py --only getpatter
"""

from __future__ import annotations

import asyncio
import os

from _harness import CI, Row, Timing, alternate, med_cpu, timed
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.sources.capture import CaptureHub


def bench_getpatter() -> list[Row]:
    try:
        from getpatter.observability import tracing
    except ImportError:
        return [
            Row(
                "getpatter",
                "20-turn call",
                "-",
                None,
                None,
                "ms",
                note="n/a: getpatter is not installed (Python 3.11+)",
            )
        ]
    from pytest_patter_trace.drivers import scenarios

    flag = "PATTER_OTEL_ENABLED"
    os.environ.setdefault("DO_NOT_TRACK", "1")
    turns = 20
    expected = 5 * turns

    def run() -> None:
        asyncio.run(scenarios.several_turns("call-bench", turns=turns))

    def off() -> Timing:
        saved = os.environ.pop(flag, None)
        try:
            with timed() as t:
                run()
        finally:
            if saved is not None:
                os.environ[flag] = saved
        return t[0]

    def bare() -> Timing:
        # Tracing on the way getpatter's own init_tracing would: its tracer on an SDK
        # provider with an in-memory exporter, nothing of ours involved.
        provider = TracerProvider()
        exporter = InMemorySpanExporter()
        provider.add_span_processor(SimpleSpanProcessor(exporter))
        saved = (tracing._tracer, os.environ.get(flag))
        tracing._tracer = provider.get_tracer("patter")
        os.environ[flag] = "1"
        try:
            with timed() as t:
                run()
        finally:
            tracing._tracer = saved[0]
            if saved[1] is None:
                os.environ.pop(flag, None)
            else:
                os.environ[flag] = saved[1]
        assert len(exporter.get_finished_spans()) == expected
        provider.shutdown()
        return t[0]

    def ours() -> Timing:
        hub = CaptureHub()
        capture = hub.start()
        try:
            with timed() as t:
                run()
        finally:
            hub.stop(capture)
            hub.close()
        assert len(capture) == expected, len(capture)
        assert len(capture.call("call-bench")) == expected
        return t[0]

    reps = 9 if CI else 15
    t_off, t_bare, t_ours = alternate([off, bare, ours], reps, warmup=2)
    o, b, f = med_cpu(t_ours), med_cpu(t_bare), med_cpu(t_off)
    return [
        Row(
            "getpatter",
            "20-turn call: ours vs bare OTel on",
            f"{expected} spans",
            o * 1e3,
            b * 1e3,
            "ms",
            o / b,
            None,
            note="both with tracing on; bare = getpatter tracer on a provider+SimpleSpanProcessor",
        ),
        Row(
            "getpatter",
            "20-turn call: ours vs tracing off",
            f"{expected} spans",
            o * 1e3,
            f * 1e3,
            "ms",
            o / f,
            None,
            note="includes OpenTelemetry's own cost of making the spans",
        ),
    ]
