"""Benchmarks of pytest-patter-trace against bare OpenTelemetry, side by side in one run.

    python benchmarks/run.py                 # full sizes (a few minutes)
    CI=true python benchmarks/run.py         # smaller sizes, under 3 minutes on 2 cores
    python benchmarks/run.py --json benchmarks/results.json
    python benchmarks/run.py --only capture,scaling --check

Every comparison runs ours and the baseline in alternation (A B A B ...) in this one
process and takes medians, so machine noise hits both sides alike. Times are process CPU
time (other load on a shared machine inflates wall time, not CPU time); wall times are in
the JSON. ``--check`` exits 1 when a floor is not met.

The shared harness (rows, the table, timing in alternation) is ``_harness.py``, the
synthetic spans ``_spans.py``. Sections live here (capture, reading, memory, PII and
snapshots) or in a module of their own: ``unused_bench.py``, ``scaling_bench.py``,
``getpatter_bench.py``, ``select_bench.py``; the PII detector's own benchmark is
``pii_bench.py``.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import math
import operator
import os
import sys
import time
import tracemalloc
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Any

from _harness import (
    CI,
    Row,
    Timing,
    _optional,
    _stage_time,
    alternate,
    machine,
    med_cpu,
    med_wall,
    print_table,
    timed,
)
from _spans import _call_ids, synthetic_readable_spans
from getpatter_bench import bench_getpatter
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from scaling_bench import bench_scaling, synthetic_trace
from unused_bench import bench_unused

from pytest_patter_trace.core.model import SpanRecord
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


# -- results ---------------------------------------------------------------------------


# -- 1. capture overhead ---------------------------------------------------------------

#: Reading a capture (records + grouping) costs at most this share of making its spans.
READING_FLOOR = 0.15

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
                1.03,
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


# -- 1b. reading a capture -------------------------------------------------------------


def _make_turns(tracer: trace.Tracer, n: int) -> None:
    """``n`` spans shaped like getpatter 0.7.0 turns, attributes set after start."""
    call_ids = _call_ids(n)
    for turn in range(n // 5):
        call_id = call_ids[turn * 5]
        with tracer.start_as_current_span("getpatter.stt") as span:
            span.set_attribute("patter.call.id", call_id)
            span.set_attribute("getpatter.stt.text_len", 9)
        with tracer.start_as_current_span("getpatter.endpoint") as span:
            span.set_attribute("patter.call.id", call_id)
        with tracer.start_as_current_span("getpatter.llm") as span:
            span.set_attribute("patter.call.id", call_id)
            with tracer.start_as_current_span("getpatter.llm") as inner:
                inner.set_attribute("patter.call.id", call_id)
                inner.set_attribute("patter.llm.iteration", 0)
                inner.set_attribute("patter.llm.history_size", 2 * turn)
                with tracer.start_as_current_span("getpatter.tts") as tts:
                    tts.set_attribute("getpatter.tts.text_len", 12)


_EVERY_FIELD = operator.attrgetter(*SpanRecord.__slots__)


def _read(spans: Sequence[Any], *, every_field: bool = False) -> Timing:
    # The capture's recording is not timed: only turning the spans into records (first
    # read) and grouping them per call (first calls()); ``every_field`` then reads every
    # field of every record too, what a test that looks at everything adds.
    from pytest_patter_trace.sources.store import SpanStore

    store = SpanStore()
    for span in spans:
        store._add_readable(span)
    with timed() as t:
        records = store.spans
        calls = store.calls()
        if every_field:
            deque(map(_EVERY_FIELD, records), maxlen=0)
    assert len(records) == len(spans)
    assert sum(len(c) for c in calls.values()) == len(spans), "every span in a call"
    return t[0]


def bench_reading() -> list[Row]:
    rows: list[Row] = []
    n = 20_000
    reps = 5 if CI else 7
    box: list[Sequence[Any]] = []

    def make() -> Timing:
        provider, exporter = _bare_pipeline()
        tracer = provider.get_tracer("patter")
        with timed() as t:
            _make_turns(tracer, n)
        box[:] = [exporter.get_finished_spans()]
        provider.shutdown()
        assert len(box[0]) == n
        return t[0]

    def read() -> Timing:
        if not box:
            make()
        return _read(box[0])

    def read_all() -> Timing:
        if not box:
            make()
        return _read(box[0], every_field=True)

    made, reads = alternate([make, read], reps)
    m, r = med_cpu(made), med_cpu(reads)
    # Apart, so that the floor's rounds run exactly as before this row was added.
    _, reads_all = alternate([make, read_all], reps)
    note = (
        "ours: records (first read) + grouping (first calls()); "
        "baseline: making the same spans with a bare provider+SimpleSpanProcessor"
    )
    rows.append(
        Row(
            "reading",
            "records + grouping vs making the spans",
            f"{n:,}",
            r / n * 1e6,
            m / n * 1e6,
            "us/span",
            r / m,
            # A ratio, measured side by side: an absolute figure moves with the machine.
            READING_FLOOR,
            note=note,
            extra={"reps": reps, "wall_ratio": med_wall(reads) / med_wall(made)},
        )
    )
    rows.append(
        Row(
            "reading",
            "records + grouping + every field of every record read",
            f"{n:,}",
            med_cpu(reads_all) / n * 1e6,
            m / n * 1e6,
            "us/span",
            med_cpu(reads_all) / m,
            None,
            note="what a test that reads everything pays (the PII guard, snapshots, report)",
            extra={"reps": reps},
        )
    )
    box.clear()
    gc.collect()
    if not CI:
        big = 1_000_000
        spans = synthetic_readable_spans(big)
        times = [_read(spans) for _ in range(2)]
        del spans
        gc.collect()
        seconds = min(t.cpu for t in times)
        rows.append(
            Row(
                "reading",
                "records + grouping vs making the spans",
                f"{big:,}",
                seconds / big * 1e6,
                m / n * 1e6,
                "us/span",
                seconds / big / (m / n),
                READING_FLOOR,
                note="spans built as the SDK hands them over (no tracer: minutes at 1M); "
                "baseline: making a span, measured at 20,000",
                extra={"seconds": seconds},
            )
        )
    return rows


# -- memory ----------------------------------------------------------------------------


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


# -- 4. PII and snapshots --------------------------------------------------------------


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
            note="the same name and phone number in every sentence"),
        Row("pii", "find_pii on 1 MB of distinct back-to-back PII", "1 MB",
            f["distinct_mb_value_s"], None, "s", floor=PII_ONE_MB_FLOOR_S, floor_on="ours",
            note="every phone number different, names from a list of 200"),
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


def bench_select() -> list[Row]:
    # Its own module (select_bench.py), which imports this one: imported when run.
    from select_bench import bench_select as select_rows

    return select_rows()


# -- main ------------------------------------------------------------------------------

SECTIONS: dict[str, Callable[[], list[Row]]] = {
    "capture": bench_capture,
    "reading": bench_reading,
    "unused": bench_unused,
    "scaling": bench_scaling,
    "memory": bench_memory,
    "pii": bench_pii_snapshot,
    "getpatter": bench_getpatter,
    "select": bench_select,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON here")
    parser.add_argument(
        "--only", metavar="SECTIONS", help=f"comma-separated subset of: {', '.join(SECTIONS)}"
    )
    parser.add_argument(
        "--check",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="exit 1 when a floor is not met (--no-check: report only)",
    )
    args = parser.parse_args(argv)
    chosen = list(SECTIONS) if not args.only else [s.strip() for s in args.only.split(",")]
    unknown = [s for s in chosen if s not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; known: {', '.join(SECTIONS)}")

    info = machine()
    print(
        f"pytest-patter-trace benchmarks  {info['date']}  {info['cpu']}  nproc={info['nproc']}  "
        f"Python {info['python']}  opentelemetry-sdk {info['opentelemetry_sdk']}"
        f"{'  (CI sizes)' if CI else ''}"
    )
    rows: list[Row] = []
    started = time.perf_counter()
    for name in chosen:
        t0 = time.perf_counter()
        print(f"... {name}", file=sys.stderr, flush=True)
        rows.extend(SECTIONS[name]())
        print(f"    {name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    total = time.perf_counter() - started
    print()
    print_table(rows)
    print(f"\ntotal {total:.1f} s")
    if args.json:
        report = {
            "machine": info,
            "seconds": total,
            "rows": [asdict(r) | {"status": r.status} for r in rows],
        }
        Path(args.json).write_text(json.dumps(_finite(report), indent=2) + "\n")
    failed = [r for r in rows if r.status == "FAIL"]
    return 1 if (args.check and failed) else 0


def _finite(value: Any) -> Any:
    """Strict JSON has no Infinity/NaN: such ratios are written as strings."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


if __name__ == "__main__":
    sys.exit(main())
