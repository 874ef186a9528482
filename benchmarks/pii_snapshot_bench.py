"""The PII guard's throughput and its scan beside making the spans; snapshot serializing.

    python benchmarks/run.py --only pii

A section of ``run.py`` (the ``pii`` and ``snapshot`` rows): the capture-scan and 1 MB
figures come from ``pii_bench.py --ratio``, the PII detector's own benchmark.
"""

from __future__ import annotations

import importlib
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from _harness import CI, Row, _optional, _stage_time
from scaling_bench import synthetic_trace

from pytest_patter_trace.core.model import SpanRecord


def _pii_trace(n: int) -> list[SpanRecord]:
    """A clean 10k-span trace with string, number and bool values to scan."""
    records = synthetic_trace(n, spans_per_call=100)
    out: list[SpanRecord] = []
    for i, r in enumerate(records):
        attrs = dict(r.attributes)
        attrs.update(
            {
                "patter.tool.name": "lookup_order",
                "patter.stt.provider": "deepgram",
                "getpatter.stt.confidence": 0.5 + (i % 50) / 100,
                "patter.cost.tts_chars": i % 300,
            }
        )
        out.append(
            SpanRecord(
                name=r.name,
                trace_id=r.trace_id,
                span_id=r.span_id,
                parent_span_id=r.parent_span_id,
                start_ns=r.start_ns,
                end_ns=r.end_ns,
                attributes=attrs,
            )
        )
    return out


#: Issue 23's floors: scanning a capture costs at most 2x making its spans; 1 MB in 1 s.
PII_SCAN_FLOOR = 2.0
PII_ONE_MB_FLOOR_S = 1.0


def _pii_next_to_making() -> list[Row]:
    """``pii_bench.py --ratio``'s figures, with their floors (side by side, CPU time)."""
    capture_ratio = _optional("pii_bench", "capture_ratio")
    if capture_ratio is None:
        return [Row("pii", "scan a capture / make it", "-", None, None, "s", note="n/a")]
    f = capture_ratio(repeat=3 if CI else 5)
    size = f"{f['spans']:,.0f} spans"
    return [
        Row("pii", "find_pii on a capture (realistic mix) / making it", size, f["scan_s"],
            f["make_s"], "s", ratio=f["ratio"], floor=PII_SCAN_FLOOR,
            note="real SDK spans: transcripts, LLM messages, ids, headers; content allowed"),
        Row("pii", "find_pii on one 1 MB transcript", "1 MB", f["one_mb_value_s"], None, "s",
            floor=PII_ONE_MB_FLOOR_S, floor_on="ours", note="a phone number in 1 of 50 sentences"),
        Row("pii", "find_pii on 1 MB of back-to-back PII", "1 MB", f["dense_mb_value_s"], None,
            "s", floor=PII_ONE_MB_FLOOR_S, floor_on="ours",
            note="the same name and phone number in every sentence; its pieces repeat, "
            "scanned once each (the distinct row is the one no reuse serves)"),
        Row("pii", "find_pii on 1 MB of distinct back-to-back PII", "1 MB",
            f["distinct_mb_value_s"], None, "s", floor=PII_ONE_MB_FLOOR_S, floor_on="ours",
            note="every phone number different, names from a list of 200"),
        Row("pii", "find_pii on a 1 MB realtime audio event", "1 MB", f["audio_mb_value_s"], None,
            "s", floor=PII_ONE_MB_FLOOR_S, floor_on="ours",
            note="base64 audio sent inline in a JSON event, then a caller's number"),
    ]  # fmt: skip


def bench_pii_snapshot() -> list[Row]:
    n = 10_000
    records = _pii_trace(n)
    values = sum(len(r.attributes) for r in records)
    rows: list[Row] = []
    find_pii = _optional("pytest_patter_trace.checks.pii", "find_pii")
    assert_no_pii = _optional("pytest_patter_trace.checks.pii", "assert_no_pii")
    if find_pii is None or assert_no_pii is None:
        rows.append(
            Row(
                "pii",
                "assert_no_pii throughput",
                f"{n:,} spans",
                None,
                None,
                "values/s",
                note="n/a: pytest_patter_trace.checks.pii.find_pii not available",
            )
        )
    else:
        assert find_pii(records) == [], "the benchmark trace must be clean"
        seconds = _stage_time(lambda: assert_no_pii(records), min_reps=3, budget=10.0)
        rows.append(
            Row(
                "pii",
                "assert_no_pii throughput",
                f"{n:,} spans",
                values / seconds,
                None,
                "values/s",
                note=f"{values:,} attribute values scanned per pass (clean trace)",
            )
        )
    rows.extend(_pii_next_to_making())
    snapshot = _snapshot_serializer()
    if snapshot is None:
        rows.append(
            Row(
                "snapshot",
                "serialize a 10k-span trace",
                f"{n:,} spans",
                None,
                None,
                "ms",
                note="n/a: pytest_patter_trace.snapshot._assertion serializer not available",
            )
        )
    else:
        name, serialize = snapshot
        seconds = _stage_time(lambda: serialize(records), min_reps=3, budget=10.0)
        rows.append(
            Row(
                "snapshot",
                "serialize a 10k-span trace",
                f"{n:,} spans",
                seconds * 1e3,
                None,
                "ms",
                note=f"via snapshot.{name}",
            )
        )
        rows.append(_deep_chain_row(serialize))
    return rows


def parent_chain(depth: int) -> list[SpanRecord]:
    """One call whose spans each sit under the previous one (what a context leak makes)."""
    return [
        SpanRecord(
            name="getpatter.step",
            trace_id="1" * 32,
            span_id=f"{i + 1:016x}",
            parent_span_id=None if i == 0 else f"{i:016x}",
            start_ns=i,
            end_ns=10 * depth - i,
            attributes={"patter.call.id": "call-deep", "n": i},
        )
        for i in range(depth)
    ]


def _deep_chain_row(serialize: Callable[[Any], Any]) -> Row:
    # Peak memory of serializing a deep chain, as a multiple of the text it writes: the
    # text itself grows with spans times depth (indentation), the work must not grow faster.
    depth = 1_000 if CI else 5_000
    records = parent_chain(depth)
    serialize(parent_chain(3))  # first-use imports and caches out of the measure
    tracemalloc.start()
    try:
        started = time.perf_counter()
        text = serialize(records)
        seconds = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return Row(
        "snapshot",
        "serialize a deep parent chain: peak memory / output size",
        f"{depth:,} levels",
        peak / len(text),
        None,
        "x output",
        floor=10.0,
        floor_on="ours",
        note=f"{len(text) / 1e6:.1f} MB of text, peak {peak / 1e6:.1f} MB, {seconds:.1f} s "
        "(traced)",
    )


def _snapshot_serializer() -> tuple[str, Callable[[Any], Any]] | None:
    try:
        snapshot = importlib.import_module("pytest_patter_trace.snapshot._assertion")
    except Exception:
        return None
    # The first public serializer found, most specific first.
    for name in ("render_snapshot", "serialize_trace", "serialize", "to_snapshot"):
        fn = getattr(snapshot, name, None)
        if callable(fn):
            return name, fn
    return None
