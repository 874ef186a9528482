"""What every benchmark section shares: a result row, the table, timing in alternation.

Each comparison runs its sides in turn (A B A B ...) in one process and takes medians of
CPU time, so noise from other processes hits both sides alike.
"""

from __future__ import annotations

import datetime as dt
import gc
import importlib
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@dataclass
class Row:
    section: str
    name: str
    size: str
    ours: float | None
    base: float | None
    unit: str
    ratio: float | None = None
    floor: float | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    #: What the floor bounds: the ratio, or (``"ours"``) our own figure in ``unit``.
    floor_on: str = "ratio"

    @property
    def status(self) -> str:
        checked = self.ours if self.floor_on == "ours" else self.ratio
        if self.floor is None or checked is None:
            return "-" if self.ratio is not None or self.ours is not None else "n/a"
        return "ok" if checked <= self.floor else "FAIL"


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    if unit == "count":
        return f"{value:,.0f}"
    if value == 0:
        return "0"
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3g}"


def print_table(rows: Sequence[Row]) -> None:
    head = ("benchmark", "size", "ours", "baseline", "unit", "ratio", "floor", "status")
    body = [
        (
            f"{r.section}: {r.name}",
            r.size,
            _fmt(r.ours, r.unit),
            _fmt(r.base, r.unit),
            r.unit,
            "-" if r.ratio is None else f"{r.ratio:.3f}",
            "-"
            if r.floor is None
            else f"<= {r.floor:g}" + (f" {r.unit}" if r.floor_on == "ours" else ""),
            r.status,
        )
        for r in rows
    ]
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
    line = "  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True))
    print(line)
    print("-" * len(line))
    for b in body:
        print("  ".join(c.ljust(w) for c, w in zip(b, widths, strict=True)))
    notes = [(f"{r.section}: {r.name} [{r.size}]", r.note) for r in rows if r.note]
    if notes:
        print()
        for where, note in notes:
            print(f"  {where}: {note}")


def _fmt_floor(row: Row) -> str:
    if row.floor is None:
        return "-"
    return f"<= {row.floor:g}" + (f" {row.unit}" if row.floor_on == "ours" else "")


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    try:
        nproc = len(os.sched_getaffinity(0))
    except AttributeError:
        nproc = os.cpu_count() or 0
    from importlib.metadata import version

    return {
        "date": dt.date.today().isoformat(),
        "nproc": nproc,
        "cpu": cpu,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "opentelemetry_sdk": version("opentelemetry-sdk"),
        "ci": CI,
    }


# -- timing --------------------------------------------------------------------


@dataclass
class Timing:
    cpu: float
    wall: float


@contextmanager
def timed() -> Iterator[list[Timing]]:
    out: list[Timing] = []
    gc.collect()
    c0, w0 = time.process_time(), time.perf_counter()
    try:
        yield out
    finally:
        out.append(Timing(time.process_time() - c0, time.perf_counter() - w0))


def alternate(
    sides: Sequence[Callable[[], Timing]], reps: int, *, warmup: int = 1
) -> list[list[Timing]]:
    """Run each side once per round (A B A B ...); the first ``warmup`` rounds are dropped."""
    results: list[list[Timing]] = [[] for _ in sides]
    for round_ in range(warmup + reps):
        # Alternate which side goes first, so neither always runs on a warmer cache.
        order = range(len(sides)) if round_ % 2 == 0 else reversed(range(len(sides)))
        for i in order:
            t = sides[i]()
            if round_ >= warmup:
                results[i].append(t)
    return results


def med_cpu(ts: Sequence[Timing]) -> float:
    return statistics.median(t.cpu for t in ts)


def med_wall(ts: Sequence[Timing]) -> float:
    return statistics.median(t.wall for t in ts)


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


def _optional(module: str, name: str) -> Any | None:
    """``module.name`` if that module imports and has it, else None (reported as n/a)."""
    try:
        mod = importlib.import_module(module)
    except Exception as exc:  # a module being written may not even parse yet
        if not isinstance(exc, ImportError):
            print(f"    {module}: {type(exc).__name__}: {exc}", file=sys.stderr)
        return None
    return getattr(mod, name, None)
