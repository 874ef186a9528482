"""One call as every check reads it: its spans, the resolved contract, its turns cut once.

The public checks accept any spans; they group them once, resolve the contract once and
hand each call's :class:`CallView` to the per-call checks (contract, timing, cost and
latency), so no check regroups the spans, resolves the contract again or cuts the call
into turns again.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...core._turns import Clock, TurnTiming, detect_clock, split_turns
from ...core.grouping import CallTrace
from ._schema import Contract


@dataclass(frozen=True, slots=True)
class CallView:
    """One call, its resolved contract, and its turns and clock, read once."""

    trace: CallTrace
    contract: Contract
    turns: tuple[TurnTiming, ...]
    clock: Clock

    @property
    def call_id(self) -> str | None:
        """The call's id (``None``: spans that belong to no call)."""
        return self.trace.call_id


def view_call(trace: CallTrace, contract: Contract) -> CallView:
    """``trace`` read for ``contract``: the one place a call is cut into turns."""
    clock = detect_clock(trace.spans)
    return CallView(trace, contract, tuple(split_turns(trace, contract.root)), clock)
