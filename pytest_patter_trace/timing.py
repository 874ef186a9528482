"""Timing rules read from span timestamps, per turn, and latency budgets.

A call is cut into turns at each ``getpatter.stt`` span (the caller's final
transcript). Per turn the spans' own start and end times say whether the stages ran in
order (the transcript ends before the LLM starts, the LLM's first output comes before
the first ``getpatter.tts``) and give two figures even when no attribute carries them:

* ``turn_ms``: end of the caller's speech (end of the turn's ``getpatter.stt``) to the
  start of its first ``getpatter.tts``; ``patter.latency.turn_ms`` wins when a span of
  the turn carries it;
* ``ttft_ms``: start of the turn's first LLM iteration to its first output (a
  ``getpatter.tts`` started inside it, else the iteration's end);
  ``getpatter.llm.ttft_ms`` wins when the iteration carries it.

Figures are only as real as the clock that stamped the spans: spans whose timestamps
are all whole milliseconds were scripted (a hand-built trace, a fake clock) and every
report says so. The rules a contract turns on live in its ``[timing]`` table (see
:class:`TimingSpec`); :func:`assert_latency` checks budgets given in the test itself.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal

from .attributes import Violation
from .grouping import CallTrace, display_name, group_calls, start_order
from .model import SpanRecord, SpansLike, as_records

if TYPE_CHECKING:
    from .contract import Contract, ContractLike

__all__ = [
    "BUDGETS",
    "TIMING_CODES",
    "CallTiming",
    "Clock",
    "TimingSpec",
    "TurnTiming",
    "assert_latency",
    "call_timing",
    "detect_clock",
    "timing_violations",
]

#: ``"real"``: timestamps from a running clock; ``"scripted"``: set by a test or a fake clock.
Clock = Literal["real", "scripted"]

#: Budget name -> what it bounds, in milliseconds.
BUDGETS: Mapping[str, str] = MappingProxyType(
    {
        "turn_ms": "end of the caller's speech (getpatter.stt end) to the first getpatter.tts",
        "ttft_ms": "start of the turn's first LLM iteration to its first output",
        "bargein_stop_ms": "start of a getpatter.bargein to the end of the TTS it interrupts",
    }
)

#: Every violation code of the timing rules, with what it means.
TIMING_CODES: Mapping[str, str] = MappingProxyType(
    {
        "stt-after-llm": "a turn's getpatter.stt ends after its LLM starts",
        "tts-before-llm-output": "a turn's first getpatter.tts starts before the LLM's output",
        "bargein-without-tts": "a getpatter.bargein starts while no getpatter.tts is open",
        "tts-not-stopped": "the TTS a barge-in interrupts ends later than bargein_stop_ms after it",
        "zero-length-span": "a span the contract says does work lasts no time at all",
        "repeated-exception-event": "a failed span records its exception more than once",
        "missing-exception-event": "a span with ERROR status records no exception event",
        "over-budget": "a turn's measured turn_ms or ttft_ms is above the contract's budget",
    }
)

_STT, _LLM, _TTS, _BARGEIN = "getpatter.stt", "getpatter.llm", "getpatter.tts", "getpatter.bargein"
_TURN_ATTR, _TTFT_ATTR = "patter.latency.turn_ms", "getpatter.llm.ttft_ms"
_MS = 1_000_000


@dataclass(frozen=True, slots=True)
class TimingSpec:
    """The ``[timing]`` table of a contract.

    ``work_spans`` must never last zero time; ``ordering`` turns the per-turn order and
    barge-in rules on; ``exception_events`` is how many ``exception`` events a failed
    span carries (``None``: not checked); ``budgets`` bound the figures of
    :data:`BUDGETS`, in milliseconds, inclusive.
    """

    work_spans: tuple[str, ...] = ()
    ordering: bool = True
    exception_events: int | None = 1
    budgets: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class TurnTiming:
    """One turn of a call: its spans and what their timestamps say.

    Times are nanoseconds on the spans' clock; ``*_ms`` figures are ``None`` when the
    turn lacks the spans to measure them. ``*_source`` is ``"attribute"`` (read from the
    named attribute), ``"spans"`` (measured from timestamps) or ``""``.
    """

    number: int
    spans: tuple[SpanRecord, ...]
    speech_end_ns: int | None
    llm_start_ns: int | None
    first_output_ns: int | None
    first_tts_ns: int | None
    turn_ms: float | None
    turn_ms_source: str
    ttft_ms: float | None
    ttft_ms_source: str

    def figures(self) -> dict[str, Any]:
        """The turn's figures as plain data (for reports)."""
        return {
            "turn": self.number,
            "turn_ms": self.turn_ms,
            "turn_ms_source": self.turn_ms_source,
            "ttft_ms": self.ttft_ms,
            "ttft_ms_source": self.ttft_ms_source,
        }


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


_ATTR_OF = {"turn_ms": _TURN_ATTR, "ttft_ms": _TTFT_ATTR}


def detect_clock(spans: Sequence[SpanRecord]) -> Clock:
    """``"scripted"`` when every timestamp is a whole millisecond, else ``"real"``.

    A running clock stamps nanoseconds; two spans both landing on whole milliseconds
    by chance is rare enough that a trace where all do was set by hand or a fake clock.
    """
    stamps = [s.start_ns for s in spans] + [s.end_ns for s in spans if s.end_ns is not None]
    if not stamps:
        return "real"
    return "scripted" if all(t % _MS == 0 for t in stamps) else "real"


def _number(value: object) -> float | None:
    # A NaN, infinite or negative figure is the contract check's finding, not a time.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None


def _iterations(trace: CallTrace, llms: Sequence[SpanRecord]) -> list[SpanRecord]:
    # getpatter 0.7.0 wraps its iteration spans in an outer getpatter.llm of the same
    # name; the iterations are the llm spans with no llm child.
    return [s for s in llms if not any(c.name == _LLM for c in trace.children(s))]


def _turns(trace: CallTrace, root: str | None) -> list[TurnTiming]:
    spans = [s for s in trace.spans if s.name != root]
    # Each final transcript opens a turn; spans before the first one form a turn of
    # their own (a greeting, a trace missing its stt span).
    bounds = [s.start_ns for s in spans if s.name == _STT]
    groups: list[list[SpanRecord]] = [[] for _ in range(len(bounds) + 1)]
    for span in spans:
        groups[bisect.bisect_right(bounds, span.start_ns)].append(span)
    kept = [g for g in groups if g]
    return [_turn(trace, number, group) for number, group in enumerate(kept, start=1)]


def _turn(trace: CallTrace, number: int, spans: list[SpanRecord]) -> TurnTiming:
    stt = next((s for s in spans if s.name == _STT), None)
    llms = [s for s in spans if s.name == _LLM]
    ttss = [s for s in spans if s.name == _TTS]
    speech_end = stt.end_ns if stt is not None else None
    llm_start = min((s.start_ns for s in llms), default=None)
    first_tts = min((s.start_ns for s in ttss), default=None)
    iterations = sorted(_iterations(trace, llms), key=start_order)
    first_output: int | None = None
    ttft: float | None = None
    ttft_source = ""
    if iterations:
        it = iterations[0]
        attr = _number(it.attributes.get(_TTFT_ATTR))
        if attr is not None:
            ttft, ttft_source = attr, "attribute"
            first_output = it.start_ns + int(attr * _MS)
        elif it.end_ns is not None:
            inside = [t.start_ns for t in ttss if it.start_ns <= t.start_ns <= it.end_ns]
            first_output = min([it.end_ns, *inside])
            ttft, ttft_source = (first_output - it.start_ns) / _MS, "spans"
    turn_attr = next(
        (v for s in spans if (v := _number(s.attributes.get(_TURN_ATTR))) is not None), None
    )
    turn_ms: float | None = None
    turn_source = ""
    if turn_attr is not None:
        turn_ms, turn_source = turn_attr, "attribute"
    elif speech_end is not None and first_tts is not None:
        turn_ms, turn_source = (first_tts - speech_end) / _MS, "spans"
    return TurnTiming(
        number=number,
        spans=tuple(spans),
        speech_end_ns=speech_end,
        llm_start_ns=llm_start,
        first_output_ns=first_output,
        first_tts_ns=first_tts,
        turn_ms=turn_ms,
        turn_ms_source=turn_source,
        ttft_ms=ttft,
        ttft_ms_source=ttft_source,
    )


def _one_call(spans: SpansLike) -> CallTrace:
    if isinstance(spans, CallTrace):
        return spans
    grouping = group_calls(as_records(spans))
    calls = list(grouping.calls.values())
    if len(calls) == 1 and not grouping.unattributed:
        return calls[0]
    if not calls:
        return CallTrace(None, grouping.unattributed)
    from .report import show_call_id

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
    from .contract import resolve_contract

    trace = _one_call(spans)
    c = resolve_contract(contract)
    return CallTiming(
        call_id=trace.call_id,
        clock=clock or detect_clock(trace.spans),
        turns=tuple(_turns(trace, c.root)),
        violations=tuple(timing_violations(trace, c)),
    )


def timing_violations(trace: CallTrace, contract: Contract) -> list[Violation]:
    """The violations of ``contract``'s ``[timing]`` rules in one call (none without it)."""
    spec = contract.timing
    if spec is None:
        return []
    cid = trace.call_id
    out: list[Violation] = []
    for span in trace.spans:
        out.extend(_span_rules(span, spec, cid))
    turns = _turns(trace, contract.root)
    clock = detect_clock(trace.spans)
    for turn in turns:
        if spec.ordering:
            out.extend(_order_rules(turn, cid))
        out.extend(_budget_rules(turn, spec.budgets, cid, clock))
    if spec.ordering:
        out.extend(_bargein_rules(trace, spec.budgets.get("bargein_stop_ms"), cid))
    return out


def _span_rules(span: SpanRecord, spec: TimingSpec, cid: str | None) -> list[Violation]:
    out: list[Violation] = []
    if span.name in spec.work_spans and span.end_ns is not None and span.end_ns <= span.start_ns:
        out.append(
            Violation.on(
                span,
                "zero-length-span",
                f"{display_name(span.name)} lasts {(span.end_ns - span.start_ns) / _MS:g} ms; "
                "the contract says work happens here",
                call_id=cid,
                expected="> 0 ms",
                found=f"{(span.end_ns - span.start_ns) / _MS:g} ms",
            )
        )
    if spec.exception_events is None:
        return out
    events = [e for e in span.events if e.name == "exception"]
    if len(events) > spec.exception_events:
        from .pii import redact

        types = ", ".join(
            str(redact("exception.type", e.attributes.get("exception.type"))) for e in events
        )
        out.append(
            Violation.on(
                span,
                "repeated-exception-event",
                f"{len(events)} exception events ({types}) for one failure; "
                f"expected {spec.exception_events}",
                call_id=cid,
                expected=str(spec.exception_events),
                found=str(len(events)),
            )
        )
    elif not events and span.status.code == "ERROR" and spec.exception_events > 0:
        out.append(
            Violation.on(
                span,
                "missing-exception-event",
                "ERROR status without an exception event",
                call_id=cid,
                expected=str(spec.exception_events),
                found="0",
            )
        )
    return out


def _at(ns: int, turn: TurnTiming) -> str:
    base = min(s.start_ns for s in turn.spans)
    return f"+{(ns - base) / _MS:.1f} ms"


def _order_rules(turn: TurnTiming, cid: str | None) -> list[Violation]:
    out: list[Violation] = []
    stt = next((s for s in turn.spans if s.name == _STT), None)
    end, llm = turn.speech_end_ns, turn.llm_start_ns
    if stt is not None and end is not None and llm is not None and end > llm:
        out.append(
            Violation.on(
                stt,
                "stt-after-llm",
                f"turn {turn.number}: the transcript ends at {_at(end, turn)}, "
                f"after the LLM starts at {_at(llm, turn)}",
                call_id=cid,
            )
        )
    first_tts = min((s for s in turn.spans if s.name == _TTS), key=start_order, default=None)
    if first_tts is not None:
        ready = turn.first_output_ns if turn.first_output_ns is not None else turn.llm_start_ns
        if ready is None or first_tts.start_ns < ready:
            when = "no LLM span" if ready is None else f"the LLM's output at {_at(ready, turn)}"
            out.append(
                Violation.on(
                    first_tts,
                    "tts-before-llm-output",
                    f"turn {turn.number}: the first TTS starts at "
                    f"{_at(first_tts.start_ns, turn)}, before {when}",
                    call_id=cid,
                )
            )
    return out


def _budget_rules(
    turn: TurnTiming, budgets: Mapping[str, float], cid: str | None, clock: Clock
) -> list[Violation]:
    out: list[Violation] = []
    for name, value, source in (
        ("turn_ms", turn.turn_ms, turn.turn_ms_source),
        ("ttft_ms", turn.ttft_ms, turn.ttft_ms_source),
    ):
        budget = budgets.get(name)
        if budget is None or value is None or value <= budget:
            continue
        how = "measured from spans" if source == "spans" else f"attribute {_ATTR_OF[name]}"
        on = _TTS if name == "turn_ms" else _LLM
        span = next((s for s in turn.spans if s.name == on), turn.spans[0])
        out.append(
            Violation.on(
                span,
                "over-budget",
                f"turn {turn.number}: {name} {value:.1f} > budget {budget:g} "
                f"({how}, {clock} clock)",
                call_id=cid,
                key=name,
                expected=f"<= {budget:g}",
                found=f"{value:.1f}",
            )
        )
    return out


def _bargein_rules(trace: CallTrace, stop_ms: float | None, cid: str | None) -> list[Violation]:
    out: list[Violation] = []
    ttss = [s for s in trace.spans if s.name == _TTS and s.end_ns is not None]
    for b in (s for s in trace.spans if s.name == _BARGEIN):
        open_tts = [t for t in ttss if t.start_ns <= b.start_ns < (t.end_ns or 0)]
        if not open_tts:
            out.append(
                Violation.on(
                    b,
                    "bargein-without-tts",
                    "the barge-in starts while no getpatter.tts is open: nothing was speaking",
                    call_id=cid,
                )
            )
            continue
        stop = (max(t.end_ns or 0 for t in open_tts) - b.start_ns) / _MS
        if stop_ms is not None and stop > stop_ms:
            out.append(
                Violation.on(
                    b,
                    "tts-not-stopped",
                    f"the interrupted TTS ends {stop:.1f} ms after the barge-in; "
                    f"budget {stop_ms:g} ms",
                    call_id=cid,
                    key="bargein_stop_ms",
                    expected=f"<= {stop_ms:g}",
                    found=f"{stop:.1f}",
                )
            )
    return out


def assert_latency(
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
        AssertionError: naming each slow turn with its figure, the budget and how it was
            measured, then every turn's figures and whether the clock was real.
        ValueError: a negative budget, none at all, or spans of several calls.

    """
    __tracebackhide__ = True
    budgets = {k: v for k, v in (("turn_ms", turn_ms), ("ttft_ms", ttft_ms)) if v is not None}
    if not budgets:
        raise ValueError("assert_latency needs a budget: turn_ms=... and/or ttft_ms=...")
    for name, value in budgets.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ValueError(f"assert_latency: {name} must be a number of ms >= 0, got {value!r}")
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
        raise AssertionError(
            f"latency over budget in call {label}:\n"
            + "\n".join(f"  {p}" for p in problems)
            + "\n"
            + timing.format()
        )
    return timing


def _call_label(call_id: str) -> str:
    from .report import show_call_id

    return show_call_id(call_id)


def _slow_line(turn: TurnTiming, name: str, value: float, budget: float) -> str:
    source = turn.turn_ms_source if name == "turn_ms" else turn.ttft_ms_source
    if source == "attribute":
        how = f"attribute {_ATTR_OF[name]}"
    elif name == "turn_ms" and turn.speech_end_ns is not None and turn.first_tts_ns is not None:
        how = (
            f"{_STT} ends at {_at(turn.speech_end_ns, turn)}, first {_TTS} starts at "
            f"{_at(turn.first_tts_ns, turn)}"
        )
    elif turn.llm_start_ns is not None and turn.first_output_ns is not None:
        how = f"first LLM output at {_at(turn.first_output_ns, turn)}"
    else:
        how = "from spans"
    return f"turn {turn.number}: {name} {value:.1f} ms > budget {budget:g} ms ({how})"
