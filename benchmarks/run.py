"""Benchmarks of pytest-patter-trace against bare OpenTelemetry, side by side in one run.

    python benchmarks/run.py                 # full sizes (a few minutes)
    CI=true python benchmarks/run.py         # smaller sizes, under 3 minutes on 2 cores
    python benchmarks/run.py --json benchmarks/results.json
    python benchmarks/run.py --only capture,scaling --check

Every comparison runs ours and the baseline in alternation (A B A B ...) in this one
process and takes medians, so machine noise hits both sides alike. Times are process CPU
time (other load on a shared machine inflates wall time, not CPU time); wall times are in
the JSON. ``--check`` exits 1 when a floor is not met.

This module is the runner: it picks the sections, prints one table and writes the JSON.
Each section is a module of its own (``capture_bench.py``, ``reading_bench.py``,
``unused_bench.py``, ``scaling_bench.py``, ``memory_bench.py``, ``pii_snapshot_bench.py``,
``getpatter_bench.py``, ``select_bench.py``); the shared harness (rows, the table, timing
in alternation) is ``_harness.py``, the synthetic spans ``_spans.py``, and the PII
detector's own benchmark ``pii_bench.py``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

from _harness import CI, Row, machine, print_table
from capture_bench import bench_capture
from getpatter_bench import bench_getpatter
from memory_bench import bench_memory
from pii_snapshot_bench import bench_pii_snapshot
from reading_bench import bench_reading
from scaling_bench import bench_scaling
from select_bench import bench_select
from unused_bench import bench_unused

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
