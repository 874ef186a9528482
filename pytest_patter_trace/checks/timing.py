"""Latency of a call from its spans: figures per turn, budgets, and the contract's rules.

:func:`call_timing` cuts a call into turns (see ``_turns``: a turn starts at each
``getpatter.stt``) and measures ``turn_ms`` and ``ttft_ms`` from attributes when
present, else from the spans' timestamps; it also lists the violations of the
contract's ``[timing]`` rules (per-turn order, barge-in, zero-length work spans, one
exception event per failed span, budgets). :func:`assert_timing` checks budgets given in
the test itself.

Figures are only as real as the clock that stamped the spans: spans whose timestamps
are all whole milliseconds were scripted (a hand-built trace, a fake clock) and every
report says so.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

from ..core._render import show_call_id
from ..core._turns import (
    STT,
    TTFT_ATTR,
    TTS,
    TURN_ATTR,
    Clock,
    TurnTiming,
    detect_clock,
    offset_text,
)
from ..core.errors import PatterTraceAssertion
from ..core.grouping import CallTrace, group_calls
from ..core.model import SpansLike
from .attributes import Violation
from .contract import BUDGETS, TIMING_CODES, ContractLike, TimingSpec, resolve_contract
from .contract._timing import timing_violations
from .contract._view import CallView, view_call

__all__ = [
    "BUDGETS",
    "TIMING_CODES",
    "CallTiming",
    "Clock",
    "TimingSpec",
    "TurnTiming",
    "assert_latency",
    "assert_timing",
    "call_timing",
    "detect_clock",
]


@dataclass(frozen=True, slots=True)
class CallTiming:
    """The turns of one call, the clock its timestamps came from, and rule violations."""

    call_id: str | None
    clock: Clock
    turns: tuple[TurnTiming, ...]
    violations: tuple[Violation, ...] = ()

    @property
    def clock_text(self) -> str:
        """How reports label the figures: real time or scripted."""
        if self.clock == "real":
            return "real time (span timestamps from a running clock)"
        return "scripted clock (whole-millisecond timestamps set by a test or fake clock)"

    def format(self) -> str:
        """One line per turn with its figures, under a line naming the clock."""
        lines = [f"figures: {self.clock_text}"]
        for turn in self.turns:
            lines.append(f"  turn {turn.number}: {_figure_text(turn)}")
        if not self.turns:
            lines.append("  no turn (no getpatter.stt, llm or tts span)")
        return "\n".join(lines)


def _figure_text(turn: TurnTiming) -> str:
    parts = []
    for name, value, source in (
        ("turn_ms", turn.turn_ms, turn.turn_ms_source),
        ("ttft_ms", turn.ttft_ms, turn.ttft_ms_source),
    ):
        how = "from spans" if source == "spans" else f"attribute {_ATTR_OF[name]}"
        parts.append(f"{name} not measurable" if value is None else f"{name}={value:.1f} ({how})")
    return ", ".join(parts)


_ATTR_OF = {"turn_ms": TURN_ATTR, "ttft_ms": TTFT_ATTR}


def _one_call(spans: SpansLike) -> CallTrace:
    if isinstance(spans, CallTrace):
        return spans
    grouping = group_calls(spans)
    calls = list(grouping.calls.values())
    if len(calls) == 1 and not grouping.unattributed:
        return calls[0]
    if not calls:
        return CallTrace(None, grouping.unattributed)
    ids = ", ".join(show_call_id(c.call_id) for c in calls)
    raise ValueError(
        f"expected the spans of one call, got {len(calls)} calls ({ids}); "
        "pass one of them, e.g. patter_spans.call(<call id>)"
    )


def call_timing(
    spans: SpansLike, *, contract: ContractLike = None, clock: Clock | None = None
) -> CallTiming:
    """The turns of one call with their figures, and the contract's timing violations.

    ``spans`` is a ``CallTrace`` or the spans of a single call. ``clock`` overrides
    :func:`detect_clock`.

    Raises:
        ValueError: when the spans belong to several calls (naming them, masked).

    """
    trace = _one_call(spans)
    return timing_of(view_call(trace, resolve_contract(contract)), clock=clock)


def timing_of(view: CallView, *, clock: Clock | None = None) -> CallTiming:
    """The :class:`CallTiming` of one call read once (``clock`` overrides its own)."""
    return CallTiming(
        call_id=view.call_id,
        clock=clock or view.clock,
        turns=view.turns,
        violations=tuple(timing_violations(view)),
    )


def assert_timing(
    call: SpansLike,
    *,
    turn_ms: float | None = None,
    ttft_ms: float | None = None,
    clock: Clock | None = None,
) -> CallTiming:
    """Fail when a turn of ``call`` is slower than a budget, in milliseconds (inclusive).

    ``call`` is a ``CallTrace`` (``patter_spans.call()``) or the spans of one call.
    Figures come from attributes when present, else from span timestamps (see the module
    docs). A budget no turn can be measured against fails too: it would pass vacuously.

    Raises:
        PatterTraceAssertion: naming each slow turn with its figure, the budget and how it was
            measured, then every turn's figures and whether the clock was real.
        ValueError: a negative budget, none at all, or spans of several calls.

    """
    __tracebackhide__ = True
    budgets = {k: v for k, v in (("turn_ms", turn_ms), ("ttft_ms", ttft_ms)) if v is not None}
    if not budgets:
        raise ValueError("assert_timing needs a budget: turn_ms=... and/or ttft_ms=...")
    for name, value in budgets.items():
        # value != value: nan, which every comparison would let pass.
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or value != value
            or value < 0
        ):
            raise ValueError(f"assert_timing: {name} must be a number of ms >= 0, got {value!r}")
    timing = call_timing(call, clock=clock)
    problems: list[str] = []
    for name, budget in budgets.items():
        measured = [(t, getattr(t, name)) for t in timing.turns if getattr(t, name) is not None]
        if not measured:
            problems.append(f"{name} could not be measured in any turn (see the figures below)")
        for turn, value in measured:
            if value > budget:
                problems.append(_slow_line(turn, name, value, budget))
    if problems:
        label = "spans without a call id" if timing.call_id is None else _call_label(timing.call_id)
        raise PatterTraceAssertion(
            f"latency over budget in call {label}:\n"
            + "\n".join(f"  {p}" for p in problems)
            + "\n"
            + timing.format()
        )
    return timing


def assert_latency(
    call: SpansLike,
    *,
    turn_ms: float | None = None,
    ttft_ms: float | None = None,
    clock: Clock | None = None,
) -> CallTiming:
    """Deprecated name of :func:`assert_timing` (it read like ``cost.call_latency``).

    Kept for one release; warns with a ``DeprecationWarning``.
    """
    __tracebackhide__ = True
    warnings.warn(
        "assert_latency is renamed assert_timing; the old name goes in the next release",
        DeprecationWarning,
        stacklevel=2,
    )
    return assert_timing(call, turn_ms=turn_ms, ttft_ms=ttft_ms, clock=clock)


def _call_label(call_id: str) -> str:
    return show_call_id(call_id)


def _slow_line(turn: TurnTiming, name: str, value: float, budget: float) -> str:
    source = turn.turn_ms_source if name == "turn_ms" else turn.ttft_ms_source
    if source == "attribute":
        how = f"attribute {_ATTR_OF[name]}"
    elif name == "turn_ms" and turn.speech_end_ns is not None and turn.first_tts_ns is not None:
        how = (
            f"{STT} ends at {offset_text(turn.speech_end_ns, turn)}, first {TTS} starts at "
            f"{offset_text(turn.first_tts_ns, turn)}"
        )
    elif turn.llm_start_ns is not None and turn.first_output_ns is not None:
        how = f"first LLM output at {offset_text(turn.first_output_ns, turn)}"
    else:
        how = "from spans"
    return f"turn {turn.number}: {name} {value:.1f} ms > budget {budget:g} ms ({how})"
