"""Findings come sorted by their value's rank and place, whether sorted per value or per hit."""

from __future__ import annotations

import random
from operator import itemgetter

from pytest_patter_trace.checks import pii
from pytest_patter_trace.checks.pii import PiiFinding, find_pii
from pytest_patter_trace.core.model import SpanRecord


def _finding(n: int) -> PiiFinding:
    return PiiFinding(call_id=None, span_name="s", span_id=f"{n:016x}", location="attribute k",
                      kind="phone", masked=f"+1 •••{n}", key="k")  # fmt: skip


def _per_hit(blocks: list[tuple[tuple[object, ...], list[int], list[PiiFinding]]]) -> list[str]:
    ranked = [
        ((*rank, start), f)
        for rank, starts, found in blocks
        for start, f in zip(starts, found, strict=True)
    ]
    ranked.sort(key=itemgetter(0))
    return [f.span_id for _, f in ranked]


def test_findings_sorted_per_value_are_those_sorted_per_hit() -> None:
    rnd = random.Random(3)
    for _ in range(3000):
        blocks = []
        count = 0
        for _ in range(rnd.randint(0, 6)):
            # Few ranks: some values share one (a span given twice); places sometimes unsorted.
            rank = (rnd.random() < 0.3, rnd.choice("ab"), (rnd.randint(0, 2), "s", "t", "u"),
                    rnd.randint(0, 2))  # fmt: skip
            size = rnd.randint(1, 4)
            starts = sorted(rnd.randint(0, 9) for _ in range(size))
            if rnd.random() < 0.1:
                rnd.shuffle(starts)
            blocks.append((rank, starts, [_finding(count + i) for i in range(size)]))
            count += size
        want = _per_hit([(r, list(s), list(f)) for r, s, f in blocks])
        assert [f.span_id for f in pii._in_rank_order(blocks)] == want


def test_a_span_given_twice_has_its_findings_interleaved_by_place() -> None:
    said = "call +1 415 555 0132 or my e-mail a.b@example.org"
    span = SpanRecord(name="s", trace_id="1" * 32, span_id="2" * 16, attributes={"note": said})
    once = find_pii([span])
    twice = find_pii([span, span])
    assert [f.kind for f in twice] == [f.kind for f in once for _ in range(2)]
