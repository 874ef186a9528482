"""Bytes per captured span, then per captured and read span, beside the SDK's exporter.

    python benchmarks/run.py --only memory

A section of ``run.py``, measured with tracemalloc: the baseline is an
``InMemorySpanExporter`` holding the same spans.
"""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Callable
from typing import Any

from _harness import CI, Row
from capture_bench import _bare_pipeline, _emit_after_start
from opentelemetry import trace

from pytest_patter_trace.sources.capture import CaptureHub, SpanCapture


def _retained(fill: Callable[[], Any]) -> tuple[float, Any]:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        keep = fill()
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    return after - before, keep


def bench_memory() -> list[Row]:
    n = 10_000 if CI else 100_000

    def bare() -> Any:
        provider, exporter = _bare_pipeline()
        _emit_after_start(provider.get_tracer("bench"), n)
        spans = exporter.get_finished_spans()  # what a test reads: the spans, kept
        return exporter, spans

    hub = CaptureHub()
    holder: list[SpanCapture] = []

    def captured() -> Any:
        capture = hub.start()
        holder.append(capture)
        _emit_after_start(trace.get_tracer("bench"), n)
        hub.stop(capture)
        return capture

    def captured_and_read() -> Any:
        # What a test reads: the records (built once; they replace the SDK spans in the
        # capture, which frees them) and the calls. Measured in one tracemalloc session
        # with the capture, so that what reading frees counts.
        capture = captured()
        capture.calls()
        return capture

    try:
        # Warm up: the first start imports getpatter and builds the fallback provider.
        hub.stop(hub.start())
        _retained(bare)
        base_bytes, (_exporter, spans) = _retained(bare)
        ours_bytes, capture = _retained(captured)
        assert len(capture) == n
        assert len(spans) == n
        del capture
        holder.clear()
        total_bytes, capture = _retained(captured_and_read)
        assert sum(len(c) for c in capture.calls().values()) == n
        read_bytes = total_bytes - ours_bytes
    finally:
        hub.close()
    rows = [
        Row(
            "memory",
            "per captured span, before reading",
            f"{n:,}",
            ours_bytes / n,
            base_bytes / n,
            "bytes",
            ours_bytes / base_bytes,
            None,
            note="tracemalloc; baseline = InMemorySpanExporter holding the same spans",
        ),
        Row(
            "memory",
            "per captured and read span (records + calls)",
            f"{n:,}",
            (ours_bytes + read_bytes) / n,
            base_bytes / n,
            "bytes",
            (ours_bytes + read_bytes) / base_bytes,
            1.1,
            note="reading frees the SDK spans it turned into records",
        ),
    ]
    return rows
