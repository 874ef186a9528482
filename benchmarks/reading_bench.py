"""Reading a capture (records, then grouping) beside making its spans, side by side.

    python benchmarks/run.py --only reading

A section of ``run.py``: the floor is a ratio, reading at most ``READING_FLOOR`` times
what making the same spans with a bare provider costs, both measured in one run.
"""

from __future__ import annotations

import gc
import operator
from collections import deque
from collections.abc import Sequence
from typing import Any

from _harness import CI, Row, Timing, alternate, med_cpu, med_wall, timed
from _spans import _call_ids, synthetic_readable_spans
from capture_bench import _bare_pipeline
from opentelemetry import trace

from pytest_patter_trace.core.model import SpanRecord

#: Reading a capture (records + grouping) costs at most this share of making its spans.
READING_FLOOR = 0.15


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
