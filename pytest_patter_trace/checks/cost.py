"""Cost and latency per call, from the ``patter.cost.*`` / ``patter.latency.*`` attributes.

Read the way the documentation says external aggregators do, plus their checks.

Which keys exist, their types, units and how they combine (costs are summed, latencies
summarised as a distribution) come from the contract (``patter_contract.toml``).
Aggregation splits by the ``patter.side`` routing tag. Values the checks reject (not a
number, NaN/infinite, negative, float where int is documented) are left out of the
figures and counted in ``skipped``, so one bad span never turns a total into NaN.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ..core._render import remembering_masks, show_call_id
from ..core.errors import PatterTraceAssertion
from ..core.grouping import CallTrace, call_id_keys_of, group_calls
from ..core.model import SpansLike
from ..sources._span_reader import span_records
from ..sources.store import SpanStore
from .attributes import (
    Violation,
    call_id_violations,
    format_violations,
    type_matches,
)
from .contract import Contract, ContractLike, MetricSpec, resolve_contract
from .contract._load import contract_id_keys
from .contract._metrics import metric_violations, required_metric_violations
from .contract._view import CallView, view_call

__all__ = [
    "UNKNOWN_SIDE",
    "CostSummary",
    "LatencyStats",
    "LatencySummary",
    "assert_cost_latency",
    "call_cost",
    "call_latency",
    "check_cost_latency",
]

#: The side bucket for spans whose ``patter.side`` is absent or not a documented side.
UNKNOWN_SIDE = "unknown"

Number = int | float


def _contract(contract: ContractLike) -> Contract:
    return resolve_contract(contract)


# -- checks -----------------------------------------------------------------------------


def _calls(trace: CallTrace | SpansLike, call_id_keys: Sequence[str] | None) -> list[CallTrace]:
    if isinstance(trace, CallTrace):
        return [trace]
    if isinstance(trace, SpanStore) and call_id_keys is None:
        # A capture's own calls (its keys, its profile's by-trace grouping), as every
        # other check and report names them.
        own, stray = list(trace.calls().values()), trace.unattributed()
        return [*own, CallTrace(None, stray)] if stray else own
    return group_calls(span_records(trace), call_id_keys_of(trace, call_id_keys)).traces()


@remembering_masks
def check_cost_latency(
    trace: CallTrace | SpansLike,
    *,
    contract: ContractLike = None,
    call_id_keys: Sequence[str] | None = None,
) -> list[Violation]:
    """Every problem with the cost/latency attributes of one call or of captured spans.

    Per cost/latency span: routing tags present, ``patter.side`` a documented side,
    ``patter.call_id`` a non-empty string agreeing with the span's other call-id keys
    and with its call; each value of the documented type (an int is accepted where a
    float is documented, never the reverse), finite and non-negative; companions such as
    ``patter.stt.provider`` present. Per call: metrics that must fire somewhere
    (latency, once the agent has spoken). A ``CallTrace`` is one call; a capture
    (``patter_spans``) is checked per its own calls; other spans are grouped with
    ``call_id_keys`` (default: the documented keys). Keys given explicitly always win.
    """
    c = _contract(contract)
    id_keys = contract_id_keys(c, call_id_keys_of(trace, call_id_keys))
    return [
        v
        for call in _calls(trace, call_id_keys)
        for v in cost_latency_violations(view_call(call, c), id_keys)
    ]


def cost_latency_violations(view: CallView, id_keys: Sequence[str]) -> list[Violation]:
    """The cost/latency violations of one call read once (see :func:`check_cost_latency`).

    ``id_keys`` are the keys a call id is read from (``contract_id_keys``), shared by
    every call of one grouping.
    """
    c, call = view.contract, view.trace
    out: list[Violation] = []
    if call.call_id is not None:
        out.extend(required_metric_violations(call, contract=c))
    for span in call.spans:
        found, looked_at = metric_violations(span, call_id=call.call_id, contract=c)
        out.extend(found)
        if looked_at:
            out.extend(call_id_violations(span, call_id=call.call_id, keys=id_keys))
    return out


def assert_cost_latency(
    trace: CallTrace | SpansLike,
    *,
    contract: ContractLike = None,
    call_id_keys: Sequence[str] | None = None,
) -> None:
    """Fail listing every cost/latency problem (see :func:`check_cost_latency`).

    Raises:
        PatterTraceAssertion: with the violations grouped by call.

    """
    __tracebackhide__ = True
    found = check_cost_latency(trace, contract=contract, call_id_keys=call_id_keys)
    if found:
        raise PatterTraceAssertion(format_violations(found, title="cost/latency attributes"))


# -- aggregation ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LatencyStats:
    """Count, min, mean, p50, p95 and max of one latency (``None`` when count is 0).

    Percentiles interpolate linearly between the closest ranks (NumPy's default), so
    p50 of ``[100, 300]`` is 200.
    """

    count: int
    min: float | None = None
    mean: float | None = None
    p50: float | None = None
    p95: float | None = None
    max: float | None = None

    @classmethod
    def of(cls, values: Sequence[Number]) -> LatencyStats:
        """Stats of ``values`` (finite, already validated numbers)."""
        if not values:
            return cls(0)
        ordered = sorted(float(v) for v in values)
        return cls(
            count=len(ordered),
            min=ordered[0],
            mean=math.fsum(ordered) / len(ordered),
            p50=_quantile(ordered, 0.50),
            p95=_quantile(ordered, 0.95),
            max=ordered[-1],
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "count": self.count,
            "min": self.min,
            "mean": self.mean,
            "p50": self.p50,
            "p95": self.p95,
            "max": self.max,
        }


def _quantile(ordered: Sequence[float], q: float) -> float:
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


@dataclass(frozen=True, slots=True)
class CostSummary:
    """Summed cost units of one call, overall and per side.

    ``totals`` maps each documented cost (``stt_seconds``, ``tts_chars``...) to its sum,
    0 when it never fired (ints stay ints). ``by_side`` has the same per routing side
    (``driver``, ``uut``, plus ``unknown`` when a span had no valid side). ``spans`` is
    how many spans carried a cost; ``skipped`` how many values were left out as invalid.
    """

    call_id: str | None
    totals: Mapping[str, Number]
    by_side: Mapping[str, Mapping[str, Number]]
    units: Mapping[str, str]
    spans: int = 0
    skipped: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "call_id": self.call_id,
            "totals": dict(self.totals),
            "by_side": {side: dict(v) for side, v in self.by_side.items()},
            "units": dict(self.units),
            "spans": self.spans,
            "skipped": self.skipped,
        }


@dataclass(frozen=True, slots=True)
class LatencySummary:
    """Latency distributions of one call (``ttfb_ms``, ``turn_ms``), overall and per side."""

    call_id: str | None
    stats: Mapping[str, LatencyStats]
    by_side: Mapping[str, Mapping[str, LatencyStats]]
    units: Mapping[str, str]
    spans: int = 0
    skipped: int = 0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "call_id": self.call_id,
            "stats": {k: v.to_dict() for k, v in self.stats.items()},
            "by_side": {
                side: {k: v.to_dict() for k, v in per.items()} for side, per in self.by_side.items()
            },
            "units": dict(self.units),
            "spans": self.spans,
            "skipped": self.skipped,
        }


def _one_call(trace: CallTrace | SpansLike, keys: Sequence[str] | None) -> CallTrace:
    if isinstance(trace, CallTrace):
        return trace
    records = span_records(trace)
    grouping = group_calls(records, call_id_keys_of(trace, keys))
    if len(grouping.calls) > 1:
        ids = ", ".join(show_call_id(c) for c in grouping.calls)
        raise ValueError(
            f"these spans hold {len(grouping.calls)} calls ({ids}); pass one call, "
            "e.g. patter_spans.call(call_id)"
        )
    if grouping.calls:
        return next(iter(grouping.calls.values()))
    return CallTrace(None, records)


def _usable(metric: MetricSpec, value: object) -> bool:
    return (
        type_matches(metric.type, value)
        and isinstance(value, int | float)
        and math.isfinite(value)
        and (value >= 0 or not metric.nonnegative)
    )


def _collect(
    call: CallTrace, metrics: Sequence[MetricSpec], contract: Contract
) -> tuple[dict[str, dict[str, list[Number]]], int, int]:
    """Values per side per metric name, spans carrying any, values skipped."""
    routing = contract.routing
    sides = routing.sides if routing else ()
    per_side: dict[str, dict[str, list[Number]]] = {s: {m.name: [] for m in metrics} for s in sides}
    spans = skipped = 0
    for span in call.spans:
        present = [m for m in metrics if m.key in span.attributes]
        if not present:
            continue
        spans += 1
        side = span.attributes.get(routing.side_key) if routing else None
        bucket = side if isinstance(side, str) and side in sides else UNKNOWN_SIDE
        values = per_side.setdefault(bucket, {m.name: [] for m in metrics})
        for metric in present:
            value = span.attributes[metric.key]
            if _usable(metric, value):
                assert isinstance(value, int | float)  # narrowed by _usable
                values[metric.name].append(value)
            else:
                skipped += 1
    return per_side, spans, skipped


def _sum(metric: MetricSpec, values: Sequence[Number]) -> Number:
    if metric.type == "int":
        return sum(int(v) for v in values)
    return math.fsum(values)


def call_cost(
    trace: CallTrace | SpansLike,
    *,
    contract: ContractLike = None,
    call_id_keys: Sequence[str] | None = None,
) -> CostSummary:
    """Sum the cost attributes of one call, overall and per ``patter.side``.

    ``trace`` is a ``CallTrace`` or the spans of one call; ``call_id_keys`` (default: a
    capture's own, else the default keys) say how spans are told apart by call.

    Raises:
        ValueError: when the spans hold several calls (pass ``patter_spans.call(id)``).

    """
    return cost_of(view_call(_one_call(trace, call_id_keys), _contract(contract)))


def cost_of(view: CallView) -> CostSummary:
    """The :class:`CostSummary` of one call read once."""
    c, call = view.contract, view.trace
    metrics = [m for m in c.metrics.values() if m.aggregate == "sum"]
    per_side, spans, skipped = _collect(call, metrics, c)
    totals = {
        m.name: _sum(m, [v for side in per_side.values() for v in side[m.name]]) for m in metrics
    }
    by_side = {
        side: {m.name: _sum(m, values[m.name]) for m in metrics}
        for side, values in per_side.items()
    }
    return CostSummary(
        call.call_id,
        totals,
        by_side,
        {m.name: m.unit for m in metrics},
        spans=spans,
        skipped=skipped,
    )


def call_latency(
    trace: CallTrace | SpansLike,
    *,
    contract: ContractLike = None,
    call_id_keys: Sequence[str] | None = None,
) -> LatencySummary:
    """Summarise the latency attributes of one call, overall and per ``patter.side``.

    Each latency gets count/min/mean/p50/p95/max (see :class:`LatencyStats`);
    ``trace`` and ``call_id_keys`` as for :func:`call_cost`.

    Raises:
        ValueError: when the spans hold several calls (pass ``patter_spans.call(id)``).

    """
    return latency_of(view_call(_one_call(trace, call_id_keys), _contract(contract)))


def latency_of(view: CallView) -> LatencySummary:
    """The :class:`LatencySummary` of one call read once."""
    c, call = view.contract, view.trace
    metrics = [m for m in c.metrics.values() if m.aggregate == "distribution"]
    per_side, spans, skipped = _collect(call, metrics, c)
    stats = {
        m.name: LatencyStats.of([v for side in per_side.values() for v in side[m.name]])
        for m in metrics
    }
    by_side = {
        side: {m.name: LatencyStats.of(values[m.name]) for m in metrics}
        for side, values in per_side.items()
    }
    return LatencySummary(
        call.call_id,
        stats,
        by_side,
        {m.name: m.unit for m in metrics},
        spans=spans,
        skipped=skipped,
    )
