"""Every check of one call, read once: what ``patter-trace check`` and the report show.

:func:`check_calls` groups the spans once under a resolved :class:`Profile`, and each
call is read once into a ``CallView`` (its contract resolved, its turns cut) that the
contract, timing, cost, latency and PII checks all read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..core.grouping import CallTrace, group_calls
from ..core.model import SpanRecord
from .attributes import Violation
from .contract._check import CallReading, call_violations
from .contract._view import view_call
from .cost import CostSummary, LatencySummary, cost_of, latency_of
from .pii import PiiFinding, find_pii
from .profiles import Profile
from .timing import CallTiming, timing_of


@dataclass(frozen=True, slots=True)
class CallChecked:
    """One call with everything the checks found in it."""

    trace: CallTrace
    violations: tuple[Violation, ...]
    pii: tuple[PiiFinding, ...]
    cost: CostSummary
    latency: LatencySummary
    timing: CallTiming


@dataclass(frozen=True, slots=True)
class CallsChecked:
    """Every call of some spans, checked under one profile."""

    #: The keys the spans were grouped by.
    keys: tuple[str, ...]
    calls: tuple[CallChecked, ...]


def check_calls(spans: Sequence[SpanRecord], profile: Profile) -> CallsChecked:
    """Group ``spans`` once under ``profile`` and check each call once."""
    contract = profile.contract
    grouping = group_calls(spans, profile.call_id_keys, by_trace=profile.by_trace)
    reading = CallReading.of(grouping, contract)
    checked: list[CallChecked] = []
    for trace in grouping.traces():
        view = view_call(trace, contract)
        checked.append(
            CallChecked(
                trace=trace,
                violations=tuple(call_violations(view, reading)),
                pii=tuple(
                    find_pii(trace, content=profile.content, content_keys=profile.content_keys)
                ),
                cost=cost_of(view),
                latency=latency_of(view),
                timing=timing_of(view),
            )
        )
    return CallsChecked(grouping.keys, tuple(checked))
