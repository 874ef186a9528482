"""A deep parent chain (what a leaked context makes) serializes in memory linear in its size."""

from __future__ import annotations

import tracemalloc

import pytest
from _builders import span as build_span

from pytest_patter_trace.core.model import SpanRecord
from pytest_patter_trace.snapshot._assertion import render_snapshot


def _chain(depth: int) -> list[SpanRecord]:
    return [
        build_span(
            "getpatter.step",
            i + 1,
            None if i == 0 else i,
            trace=1,
            start=i,
            end=10 * depth - i,
            attributes={"patter.call.id": "call-deep", "n": i},
        )
        for i in range(depth)
    ]


@pytest.mark.parametrize("depth", [1_000, 5_000])
def test_peak_memory_is_a_small_multiple_of_the_output(depth: int) -> None:
    records = _chain(depth)
    render_snapshot(_chain(3))  # first-use imports and caches out of the measure
    tracemalloc.start()
    try:
        text = render_snapshot(records)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The text is itself spans x depth (each line indented by its depth); before, the
    # sort keys copied every subtree into every ancestor: 340 MB for 1 MB of text.
    assert peak < 10 * len(text), f"peak {peak / 1e6:.1f} MB for {len(text) / 1e6:.1f} MB"
    lines = text.splitlines()
    assert len(lines) == depth + 2
    assert lines[-1] == "  " * depth + f"getpatter.step [n={depth - 1}, patter.call.id=<call-1>]"


def test_sibling_order_is_unchanged_by_the_keys() -> None:
    # Overlapping siblings sort by their whole subtree, deeper lines included.
    def span(i: int, parent: int | None, name: str, start: int, end: int) -> SpanRecord:
        return build_span(name, i, parent, trace=1, start=start, end=end, call="c")

    records = [
        span(1, None, "root", 0, 100),
        span(2, 1, "b", 1, 50),
        span(3, 1, "b", 2, 60),
        span(4, 2, "z", 3, 4),
        span(5, 3, "a", 3, 4),
        span(6, 5, "deeper", 3, 4),
    ]
    body = render_snapshot(records).splitlines()[2:]
    assert body == [
        "  root [patter.call.id=<call-1>]",
        "    b [patter.call.id=<call-1>]",
        "      a [patter.call.id=<call-1>]",
        "        deeper [patter.call.id=<call-1>]",
        "    b [patter.call.id=<call-1>]",
        "      z [patter.call.id=<call-1>]",
    ]
