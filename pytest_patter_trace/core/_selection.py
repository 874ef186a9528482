"""What a selector returns: the spans it chose, per call, and figures over them.

A :class:`Selection` is a sequence of spans (start order within each call, calls in the
order they were grouped) that remembers which call each span came from, so the same
figures can be asked of the whole selection or of each call (:meth:`Selection.per_call`).
:class:`Durations` gives percentiles by :func:`statistics.quantiles` with
``method="inclusive"`` (linear interpolation between the two nearest ranks, the method
of NumPy's default and of most dashboards), so a figure can be checked by hand.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Iterator, Sequence
from typing import overload

from .model import AttributeValue, SpanRecord

__all__ = ["Durations", "Selection", "durations_by_name", "percentile"]

#: Nanoseconds in a millisecond.
_MS = 1_000_000


def percentile(values: Sequence[float], q: int) -> float | None:
    """The ``q``-th percentile (1..99) of ``values``; ``None`` when there are none.

    Equal to ``statistics.quantiles(values, n=100, method="inclusive")[q - 1]``; one
    value is its own every percentile.
    """
    if not 1 <= q <= 99:
        raise ValueError(f"a percentile is a whole number from 1 to 99, got {q!r}")
    if not values:
        return None
    if len(values) == 1:
        return float(values[0])
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


class Durations(Sequence[float]):
    """Durations in milliseconds of the ended spans of a selection, in its order.

    Spans still open have no duration and are left out (``open_spans`` counts them). Every
    figure is ``None`` for an empty list, so ``durations.p95 is None`` tells "nothing
    measured" from a figure.
    """

    __slots__ = ("_cuts", "_values", "open_spans")

    def __init__(self, values: Sequence[float], *, open_spans: int = 0) -> None:
        self._values = tuple(values)
        self._cuts: list[float] | None = None
        self.open_spans = open_spans
        """How many selected spans had not ended (no duration)."""

    def _quantile(self, q: int) -> float | None:
        values = self._values
        if len(values) < 2:
            return percentile(values, q)
        if self._cuts is None:  # one sort for every percentile asked
            self._cuts = statistics.quantiles(values, n=100, method="inclusive")
        return self._cuts[q - 1]

    def percentile(self, q: int) -> float | None:
        """The ``q``-th percentile (1..99), as :func:`percentile` computes it."""
        if not 1 <= q <= 99:
            raise ValueError(f"a percentile is a whole number from 1 to 99, got {q!r}")
        return self._quantile(q)

    @property
    def p50(self) -> float | None:
        """The median."""
        return self._quantile(50)

    @property
    def p95(self) -> float | None:
        """The 95th percentile."""
        return self._quantile(95)

    @property
    def p99(self) -> float | None:
        """The 99th percentile."""
        return self._quantile(99)

    @property
    def max(self) -> float | None:
        """The longest duration."""
        return max(self._values, default=None)

    @property
    def min(self) -> float | None:
        """The shortest duration."""
        return min(self._values, default=None)

    @overload
    def __getitem__(self, index: int) -> float: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[float]: ...
    def __getitem__(self, index: int | slice) -> float | Sequence[float]:
        return self._values[index]

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Durations):
            return self._values == other._values
        if isinstance(other, Sequence):
            return self._values == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def summary(self) -> str:
        """``p50 …, p95 …, p99 …, max … ms (n durations)`` for a message."""
        if not self._values:
            return "no duration (no ended span)"
        figures = ", ".join(
            f"{label} {value:.1f}"
            for label, value in (
                ("p50", self.p50),
                ("p95", self.p95),
                ("p99", self.p99),
                ("max", self.max),
            )
            if value is not None
        )
        return f"{figures} ms over {len(self._values)} span{'s' * (len(self._values) != 1)}"

    def __repr__(self) -> str:
        return f"Durations({len(self._values)} values, {self.summary()})"


class Selection(Sequence[SpanRecord]):
    """The spans a selector chose, grouped by the call each came from.

    ``selector`` is the selector text; ``groups`` holds ``(call id, spans)`` pairs, one
    per call searched (``None``: spans of no call), empty groups included so
    :meth:`per_call` shows calls where nothing matched.
    """

    __slots__ = ("groups", "selector", "spans")

    def __init__(
        self, selector: str, groups: Sequence[tuple[str | None, Sequence[SpanRecord]]]
    ) -> None:
        self.selector = selector
        self.groups: tuple[tuple[str | None, tuple[SpanRecord, ...]], ...] = tuple(
            (cid, tuple(spans)) for cid, spans in groups
        )
        self.spans: tuple[SpanRecord, ...] = tuple(s for _, group in self.groups for s in group)

    def count(self, value: object = None) -> int:
        """How many spans were selected (with ``value``: how many equal it, as a sequence)."""
        if value is not None:
            return self.spans.count(value)
        return len(self.spans)

    def durations_ms(self) -> Durations:
        """The selected spans' durations in milliseconds, with percentiles."""
        ended = [s.duration_ns for s in self.spans]
        values = [d / _MS for d in ended if d is not None]
        return Durations(values, open_spans=len(ended) - len(values))

    def values(self, key: str) -> tuple[AttributeValue, ...]:
        """The value of attribute ``key`` on each selected span that carries it.

        Raw values, as the spans hold them: assert on them, print them through
        :func:`pytest_patter_trace.checks.pii` helpers if they may hold personal data.
        """
        return tuple(s.attributes[key] for s in self.spans if key in s.attributes)

    def per_call(self) -> dict[str | None, Selection]:
        """One selection per call (``None``: spans of no call), in grouping order."""
        return {cid: Selection(self.selector, [(cid, spans)]) for cid, spans in self.groups}

    def names(self) -> list[str]:
        """The selected spans' names, in order."""
        return [s.name for s in self.spans]

    @overload
    def __getitem__(self, index: int) -> SpanRecord: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[SpanRecord]: ...
    def __getitem__(self, index: int | slice) -> SpanRecord | Sequence[SpanRecord]:
        return self.spans[index]

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self) -> Iterator[SpanRecord]:
        return iter(self.spans)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __repr__(self) -> str:
        calls = sum(1 for _, g in self.groups if g)
        return f"Selection({self.selector!r}, spans={len(self.spans)}, calls={calls})"


def durations_by_name(spans: Iterable[SpanRecord]) -> list[tuple[str, Durations]]:
    """Each span name with the durations of its spans (ms), names sorted."""
    values: dict[str, list[float]] = {}
    open_spans: dict[str, int] = {}
    for span in spans:
        d = span.duration_ns
        if d is None:
            open_spans[span.name] = open_spans.get(span.name, 0) + 1
            values.setdefault(span.name, [])
        else:
            values.setdefault(span.name, []).append(d / _MS)
    return [
        (name, Durations(values[name], open_spans=open_spans.get(name, 0)))
        for name in sorted(values)
    ]
