"""Selecting spans over a 100,000-span capture, beside reading that capture, in one run.

    python benchmarks/select_bench.py          # alone
    python benchmarks/run.py --only select     # as a section of the benchmarks

Each round reads a fresh capture (records on first read, grouping on first ``calls()``,
as ``benchmarks/run.py``'s reading row does) and runs each selector on it, the order
flipped every round; the ratio is selecting over reading, medians of CPU time. The floor says
the issue's bound: selecting costs at most what reading the capture cost.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import Any

from _harness import Row, Timing, alternate, med_cpu, print_table, timed
from _spans import synthetic_readable_spans

from pytest_patter_trace.sources.store import SpanStore

CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}

#: What a test would ask of a large capture: a name, a child with an attribute test,
#: a descendant; each answer is checked, so a selector that picks nothing fails loudly.
SELECTORS: tuple[tuple[str, float], ...] = (
    ("getpatter.llm", 2 / 5),
    ("getpatter.llm > getpatter.llm[patter.llm.iteration=0]", 1 / 5),
    ("getpatter.llm getpatter.tts", 1 / 5),
)


def _store(spans: Sequence[Any]) -> SpanStore:
    store = SpanStore()
    for span in spans:
        store._add_readable(span)
    return store


def bench_select() -> list[Row]:
    """Rows: reading the capture, and each selector over it, per span."""
    n = 100_000
    reps = 3 if CI else 5
    spans = synthetic_readable_spans(n)
    box: list[SpanStore] = []

    def read() -> Timing:
        store = _store(spans)
        with timed() as t:
            records = store.spans
            calls = store.calls()
        assert len(records) == n
        assert sum(len(c) for c in calls.values()) == n
        box[:] = [store]
        return t[0]

    def select(selector: str, share: float) -> Timing:
        if not box:
            read()
        # Selecting caches nothing (and converts no record it does not return), so the
        # round's one read serves every selector.
        with timed() as t:
            found = box[0].select(selector)
        assert found.count() == int(n * share), (selector, found.count())
        return t[0]

    sides = [read] + [
        (lambda selector=selector, share=share: select(selector, share))
        for selector, share in SELECTORS
    ]
    reads, *selects = alternate(sides, reps)
    r = med_cpu(reads)
    rows: list[Row] = []
    for (selector, share), timings in zip(SELECTORS, selects, strict=True):
        s = med_cpu(timings)
        rows.append(
            Row(
                "select",
                f"select({selector!r}) vs reading the capture",
                f"{n:,}",
                s / n * 1e6,
                r / n * 1e6,
                "us/span",
                s / r,
                1.0,
                note="ours: the selector over the capture read in the same round; "
                "baseline: reading it (records on first read, grouping on first calls())",
                extra={"reps": reps, "selected": int(n * share)},
            )
        )
    return rows


def main() -> int:
    """Print the rows; exit 1 when a floor is missed."""
    rows = bench_select()
    print_table(rows)
    return 1 if any(r.status == "FAIL" for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
