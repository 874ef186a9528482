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
synthetic spans ``_spans.py``; the selector section is ``select_bench.py`` and the PII
detector's own benchmark ``pii_bench.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib
import json
import math
import operator
import os
import resource
import statistics
import subprocess
import sys
import tempfile
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
    alternate,
    machine,
    med_cpu,
    med_wall,
    print_table,
    timed,
)
from _spans import _call_ids, synthetic_readable_spans
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.core.grouping import group_calls
from pytest_patter_trace.core.model import SpanRecord
from pytest_patter_trace.sources import _otel
from pytest_patter_trace.sources.capture import CaptureHub, SpanCapture

#: Modules that importing the plugin must not pull in.
FORBIDDEN_AT_IMPORT = (
    "phonenumbers",
    "syrupy",
    "opentelemetry.proto",
    "google.protobuf",
    "getpatter",
)

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


# -- 2. unused cost --------------------------------------------------------------------

_IMPORT_PROBE = """
import json, sys, time
import pytest
before = set(sys.modules)
t0 = time.perf_counter()
import pytest_patter_trace.plugin
seconds = time.perf_counter() - t0
print(json.dumps({"new": sorted(set(sys.modules) - before), "seconds": seconds}))
"""


def import_probe() -> dict[str, Any]:
    """Modules that importing the plugin adds on top of ``import pytest``."""
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_PROBE], capture_output=True, text=True, check=True
    )
    data: dict[str, Any] = json.loads(out.stdout)
    data["forbidden"] = [
        m for m in data["new"] if any(m == f or m.startswith(f + ".") for f in FORBIDDEN_AT_IMPORT)
    ]
    return data


def _pytest_env() -> dict[str, str]:
    env = dict(os.environ)
    for var in ("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "PYTEST_ADDOPTS", "PYTEST_PLUGINS"):
        env.pop(var, None)
    env["DO_NOT_TRACK"] = "1"
    return env


def _run_pytest(cwd: Path, extra: Sequence[str]) -> Timing:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    w0 = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *extra],
        cwd=cwd,
        env=_pytest_env(),
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - w0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0 or "200 passed" not in proc.stdout:
        raise RuntimeError(f"pytest run failed:\n{proc.stdout}\n{proc.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Timing(cpu, wall)


def bench_unused() -> list[Row]:
    rows: list[Row] = []
    probe = import_probe()
    rows.append(
        Row(
            "unused",
            "import plugin: heavy modules",
            "-",
            float(len(probe["forbidden"])),
            0.0,
            "count",
            note=(
                f"{len(probe['new'])} modules added on top of pytest, none of "
                + ", ".join(FORBIDDEN_AT_IMPORT)
                if not probe["forbidden"]
                else "FORBIDDEN: " + ", ".join(probe["forbidden"])
            ),
            extra={"new_modules": probe["new"]},
        )
    )
    rows[-1].ratio = float(len(probe["forbidden"]))
    rows[-1].floor = 0.0
    rows.append(Row("unused", "import plugin module", "-", probe["seconds"] * 1e3, None, "ms"))
    with tempfile.TemporaryDirectory(prefix="patter-bench-") as tmp:
        root = Path(tmp)
        (root / "pytest.ini").write_text("[pytest]\n")
        (root / "test_trivial.py").write_text(
            "".join(f"def test_{i}():\n    assert {i} == {i}\n\n\n" for i in range(200))
        )
        # Make sure the "installed" side really loads the plugin.
        check = subprocess.run(
            [sys.executable, "-m", "pytest", "--trace-config", "--co", "-q"],
            cwd=root,
            env=_pytest_env(),
            capture_output=True,
            text=True,
        )
        for plugin in ("pytest_patter_trace", "syrupy"):
            if plugin not in check.stdout:
                raise RuntimeError(f"{plugin} is not registered: is the package installed?")
        # Whole pytest sessions vary by a few percent run to run: enough interleaved rounds
        # for the median to settle inside the 2% floor. syrupy (a dependency) is loaded on
        # both sides; its own cost is measured beside, with our plugin off on both sides.
        reps = 11 if CI else 21
        ours, base, syrupy_on, syrupy_off = alternate(
            [
                lambda: _run_pytest(root, []),
                lambda: _run_pytest(root, ["-p", "no:patter_trace"]),
                lambda: _run_pytest(root, ["-p", "no:patter_trace"]),
                lambda: _run_pytest(root, ["-p", "no:patter_trace", "-p", "no:syrupy"]),
            ],
            reps,
        )
    o, b = med_cpu(ours), med_cpu(base)
    rows.append(
        Row(
            "unused",
            "pytest 200 trivial tests (plugin on vs -p no:)",
            "200",
            o,
            b,
            "s cpu",
            o / b,
            1.02,
            note="syrupy loaded on both sides",
            extra={
                "wall_ratio": med_wall(ours) / med_wall(base),
                "reps": reps,
                "ratios": [x.cpu / y.cpu for x, y in zip(ours, base, strict=True)],
            },
        )
    )
    so, sf = med_cpu(syrupy_on), med_cpu(syrupy_off)
    rows.append(
        Row(
            "unused",
            "syrupy's own plugin (on vs -p no:syrupy)",
            "200",
            so,
            sf,
            "s cpu",
            so / sf,
            None,
            note=f"our plugin off on both sides; syrupy costs {(so - sf) * 1e3:.0f} ms a session",
            extra={"wall_ratio": med_wall(syrupy_on) / med_wall(syrupy_off), "reps": reps},
        )
    )
    return rows


# -- 3. scaling ------------------------------------------------------------------------


def synthetic_trace(n: int, *, spans_per_call: int) -> list[SpanRecord]:
    """``n`` spans shaped like getpatter 0.7.0 turns (stt, endpoint, llm > llm > tts).

    Every turn is 5 spans in 3 traces; the tts span carries no call id, so grouping has to
    inherit it from its parent. ``spans_per_call`` >= ``n`` makes one huge call.
    """
    out: list[SpanRecord] = []
    clock = 1_700_000_000_000_000_000
    for turn in range(max(1, n // 5)):
        call_id = f"call-{(turn * 5) // spans_per_call:06d}"
        base = turn * 5
        ids = [format(base + j + 1, "016x") for j in range(5)]
        traces = [format(3 * turn + j + 1, "032x") for j in range(3)]
        shape: list[tuple[str, int, str | None, dict[str, Any]]] = [
            ("getpatter.stt", 0, None, {"patter.call.id": call_id, "getpatter.stt.text_len": 9}),
            ("getpatter.endpoint", 1, None, {"patter.call.id": call_id}),
            ("getpatter.llm", 2, None, {"patter.call.id": call_id}),
            (
                "getpatter.llm",
                2,
                ids[2],
                {
                    "patter.call.id": call_id,
                    "patter.llm.iteration": 0,
                    "patter.llm.history_size": 2 * turn,
                },
            ),
            ("getpatter.tts", 2, ids[3], {"getpatter.tts.text_len": 12}),
        ]
        for j, (name, trace_no, parent, attrs) in enumerate(shape):
            clock += 1_000
            out.append(
                SpanRecord(
                    name=name,
                    trace_id=traces[trace_no],
                    span_id=ids[j],
                    parent_span_id=parent,
                    start_ns=clock,
                    end_ns=clock + 500_000,
                    attributes=attrs,
                )
            )
            if len(out) == n:
                return out
    return out


def _contract_checker() -> Callable[[Any], Any] | None:
    # check_contract groups the spans itself: its time includes a grouping pass.
    check: Callable[[Any], Any] | None = _optional(
        "pytest_patter_trace.checks.contract", "check_contract"
    )
    return check


def _stage_time(
    fn: Callable[[], Any], *, min_reps: int, budget: float, best: bool = False
) -> float:
    """Median (or ``best``: least) CPU seconds of ``fn`` over up to ``min_reps`` runs."""
    times: list[float] = []
    spent = 0.0
    while len(times) < min_reps and (not times or spent < budget):
        gc.collect()
        c0 = time.process_time()
        fn()
        times.append(time.process_time() - c0)
        spent += times[-1]
    return min(times) if best else statistics.median(times)


def _control(records: list[SpanRecord]) -> None:
    # One dict pass over the same records: how much per-span cost the memory hierarchy
    # alone adds as the trace grows, with no algorithm of ours involved.
    seen: dict[tuple[str, str], Any] = {}
    for r in records:
        seen[r.key] = r.attributes.get("patter.call.id")


def bench_scaling() -> list[Row]:
    sizes = (1_000, 10_000, 100_000) if CI else (1_000, 10_000, 100_000, 1_000_000)
    budget = 20.0 if CI else 120.0  # seconds a single stage may take before we stop growing
    contract = _contract_checker()
    rows: list[Row] = []
    if contract is None:
        rows.append(
            Row(
                "scaling",
                "contract check",
                "-",
                None,
                None,
                "us/span",
                note="n/a: pytest_patter_trace.checks.contract.check_contract not available",
            )
        )
    for shape, per_call in (("many calls", 100), ("one call", 10**9)):
        # Stage -> [(n, seconds)], to project the next size from the measured exponent.
        history: dict[str, list[tuple[int, float]]] = {}
        per_span_10k: dict[str, float] = {}
        # Warm caches and lazy imports so 1k is not charged for them.
        warm = group_calls(synthetic_trace(500, spans_per_call=per_call))
        for c in warm.calls.values():
            c.tree()
        for n in sizes:
            records = synthetic_trace(n, spans_per_call=per_call)
            grouping_box: list[Any] = []
            is_last = n == sizes[-1]

            def group(records: list[SpanRecord] = records, box: list[Any] = grouping_box) -> None:
                box.clear()
                box.append(group_calls(records))

            def tree(box: list[Any] = grouping_box) -> None:
                for call in box[0].calls.values():
                    call.tree()

            def check(records: list[SpanRecord] = records) -> None:
                assert contract is not None
                contract(records)

            def control(records: list[SpanRecord] = records) -> None:
                _control(records)

            stages: list[tuple[str, Callable[[], None]]] = [
                ("control: one dict pass", control),
                ("group_calls", group),
                ("render trees", tree),
            ]
            if contract is not None:
                stages.append(("check_contract", check))
            group()  # the tree stage reads the grouping
            for stage, fn in stages:
                label = f"{stage}, {shape}"
                is_control = stage.startswith("control")
                floor = 2.0 if is_last and not is_control else None
                projected = _project(history.get(stage, []), n)
                if projected is not None and projected > budget:
                    rows.append(
                        Row(
                            "scaling",
                            label,
                            f"{n:,}",
                            None,
                            None,
                            "us/span",
                            math.inf,
                            floor,
                            note=f"skipped: projected {projected:,.0f} s from the measured growth",
                        )
                    )
                    continue
                reps = 5 if n <= 1_000 else (3 if n <= 10_000 else 1)
                if is_control:  # cheap and short: more runs, and the fastest one
                    reps = 9 if n <= 10_000 else 3
                seconds = _stage_time(fn, min_reps=reps, budget=min(budget, 5.0), best=is_control)
                history.setdefault(stage, []).append((n, seconds))
                per_span = seconds / n * 1e6
                if n == 10_000:
                    per_span_10k[stage] = per_span
                ratio = per_span / per_span_10k[stage] if n > 10_000 else None
                note = ""
                if is_last and not is_control and ratio is not None:
                    base_10k = per_span_10k.get("control: one dict pass")
                    last = history["control: one dict pass"][-1]
                    grown = (last[1] / last[0] * 1e6) / base_10k if base_10k else None
                    if grown:
                        note = (
                            f"ratio = per-span time / per-span time at 10k; the control pass "
                            f"grew {grown:.2f}x over the same sizes ({ratio / grown:.2f}x net)"
                        )
                rows.append(
                    Row(
                        "scaling",
                        label,
                        f"{n:,}",
                        per_span,
                        None,
                        "us/span",
                        ratio,
                        floor,
                        note=note,
                    )
                )
            del records, grouping_box
            gc.collect()
    return rows


def _project(history: Sequence[tuple[int, float]], n: int) -> float | None:
    """Seconds expected at ``n`` from the last two sizes' growth exponent."""
    if not history:
        return None
    if len(history) == 1:
        n1, t1 = history[0]
        return t1 * n / n1
    (n1, t1), (n2, t2) = history[-2], history[-1]
    exponent = max(1.0, math.log(max(t2, 1e-9) / max(t1, 1e-9)) / math.log(n2 / n1))
    return float(t2 * (n / n2) ** exponent)


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


def _optional(module: str, name: str) -> Any | None:
    """``module.name`` if that module imports and has it, else None (reported as n/a)."""
    try:
        mod = importlib.import_module(module)
    except Exception as exc:  # a module being written may not even parse yet
        if not isinstance(exc, ImportError):
            print(f"    {module}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return None
    return getattr(mod, name, None)


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


# -- 5. getpatter end to end -----------------------------------------------------------


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
