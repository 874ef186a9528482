"""The ``[timing]`` rules: per-turn order, barge-in, zero-length work, exception events, budgets."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from ...core._render import display_name, plural, redact, show_call_id
from ...core._selection import percentile
from ...core._turns import (
    ATTRIBUTE_OF,
    BARGEIN,
    LLM,
    MS,
    STT,
    TTS,
    Clock,
    TurnTiming,
    offset_text,
)
from ...core.grouping import CallTrace, start_order
from ...core.model import SpanRecord
from ..attributes import (
    Violation,
)
from ._schema import (
    Contract,
    TimingSpec,
)
from ._view import CallView, view_call


def timing_violations(view: CallView) -> list[Violation]:
    """The violations of the contract's ``[timing]`` rules in one call (none without it)."""
    spec = view.contract.timing
    if spec is None:
        return []
    trace, cid = view.trace, view.call_id
    out: list[Violation] = []
    for span in trace.spans:
        out.extend(_span_rules(span, spec, cid))
        if spec.max_span_ms:
            out.extend(_max_span_rule(span, spec.max_span_ms, cid))
    for turn in view.turns:
        if spec.ordering:
            out.extend(_order_rules(turn, cid))
        out.extend(_budget_rules(turn, spec.budgets, cid, view.clock))
    out.extend(_p95_rules([(cid, t) for t in view.turns], spec.budgets, view.clock, across=0))
    if spec.ordering:
        out.extend(_bargein_rules(trace, spec.budgets.get("bargein_stop_ms"), cid))
    return out


class TimedCall(Protocol):
    """A call's turns, as measured once (a ``CallView``, or a report's ``CallTiming``)."""

    @property
    def call_id(self) -> str | None:
        """The call's id."""

    @property
    def turns(self) -> Sequence[TurnTiming]:
        """Its turns with their figures."""

    @property
    def clock(self) -> Clock:
        """The clock its timestamps came from."""


def run_timing_violations(
    calls: Sequence[TimedCall | CallTrace], contract: Contract
) -> list[Violation]:
    """The percentile budgets over every turn of ``calls`` together (two calls or more).

    Reads the turns each call was cut into when it was checked (a ``CallView``, a
    ``CallTiming``): none is cut again. A bare ``CallTrace`` is read here.
    """
    spec = contract.timing
    if spec is None or len(calls) < 2 or not any(n in spec.budgets for n in _P95):
        return []
    timed = [view_call(c, contract) if isinstance(c, CallTrace) else c for c in calls]
    turns = [(c.call_id, t) for c in timed for t in c.turns]
    # Scripted only when every call was: one running clock makes the run's figures real.
    clock: Clock = "scripted" if all(c.clock == "scripted" for c in timed) else "real"
    return _p95_rules(turns, spec.budgets, clock, across=len(calls))


#: Percentile budget -> the per-turn figure it bounds.
_P95 = {"p95_turn_ms": "turn_ms", "p95_ttft_ms": "ttft_ms"}


def _p95_rules(
    turns: Iterable[tuple[str | None, TurnTiming]],
    budgets: Mapping[str, float],
    clock: Clock,
    *,
    across: int,
) -> list[Violation]:
    out: list[Violation] = []
    turns = list(turns)
    for budget_name, figure in _P95.items():
        budget = budgets.get(budget_name)
        if budget is None:
            continue
        measured = [(cid, t, v) for cid, t in turns if (v := getattr(t, figure)) is not None]
        p95 = percentile([v for _, _, v in measured], 95)
        if p95 is None or p95 <= budget:
            continue
        cid, slowest, value = max(measured, key=lambda m: m[2])
        where = f"across {across} calls, " if across else ""
        of_call = f"call {show_call_id(cid)} " if across else ""
        names = ", ".join(display_name(s.name) for s in slowest.spans)
        on = TTS if figure == "turn_ms" else LLM
        span = next((s for s in slowest.spans if s.name == on), slowest.spans[0])
        out.append(
            Violation.on(
                span,
                "over-budget-percentile",
                f"{where}p95 {figure} {p95:.1f} over {plural(len(measured), 'turn')} > budget "
                f"{budget:g} ({clock} clock); slowest: {of_call}turn {slowest.number}, "
                f"{figure} {value:.1f}, spans {names}",
                call_id=cid,
                key=budget_name,
                expected=f"<= {budget:g}",
                found=f"{p95:.1f}",
            )
        )
    return out


def _max_span_rule(
    span: SpanRecord, limits: Mapping[str, float], cid: str | None
) -> list[Violation]:
    limit = limits.get(span.name)
    d = span.duration_ns
    if limit is None or d is None or d / MS <= limit:
        return []
    return [
        Violation.on(
            span,
            "span-over-budget",
            f"{display_name(span.name)} lasts {d / MS:.1f} ms; max_span_ms {limit:g}",
            call_id=cid,
            key="max_span_ms",
            expected=f"<= {limit:g}",
            found=f"{d / MS:.1f}",
        )
    ]


def _span_rules(span: SpanRecord, spec: TimingSpec, cid: str | None) -> list[Violation]:
    out: list[Violation] = []
    if span.name in spec.work_spans and span.end_ns is not None and span.end_ns <= span.start_ns:
        out.append(
            Violation.on(
                span,
                "zero-length-span",
                f"{display_name(span.name)} lasts {(span.end_ns - span.start_ns) / MS:g} ms; "
                "the contract says work happens here",
                call_id=cid,
                expected="> 0 ms",
                found=f"{(span.end_ns - span.start_ns) / MS:g} ms",
            )
        )
    if spec.exception_events is None:
        return out
    events = [e for e in span.events if e.name == "exception"]
    if len(events) > spec.exception_events:
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


def _order_rules(turn: TurnTiming, cid: str | None) -> list[Violation]:
    out: list[Violation] = []
    stt = next((s for s in turn.spans if s.name == STT), None)
    end, llm = turn.speech_end_ns, turn.llm_start_ns
    if stt is not None and end is not None and llm is not None and end > llm:
        out.append(
            Violation.on(
                stt,
                "stt-after-llm",
                f"turn {turn.number}: the transcript ends at {offset_text(end, turn)}, "
                f"after the LLM starts at {offset_text(llm, turn)}",
                call_id=cid,
            )
        )
    first_tts = min((s for s in turn.spans if s.name == TTS), key=start_order, default=None)
    if first_tts is not None:
        ready = turn.first_output_ns if turn.first_output_ns is not None else turn.llm_start_ns
        if ready is None or first_tts.start_ns < ready:
            when = (
                "no LLM span"
                if ready is None
                else f"the LLM's output at {offset_text(ready, turn)}"
            )
            out.append(
                Violation.on(
                    first_tts,
                    "tts-before-llm-output",
                    f"turn {turn.number}: the first TTS starts at "
                    f"{offset_text(first_tts.start_ns, turn)}, before {when}",
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
        how = "measured from spans" if source == "spans" else f"attribute {ATTRIBUTE_OF[name]}"
        on = TTS if name == "turn_ms" else LLM
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
    ttss = [s for s in trace.spans if s.name == TTS and s.end_ns is not None]
    for b in (s for s in trace.spans if s.name == BARGEIN):
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
        stop = (max(t.end_ns or 0 for t in open_tts) - b.start_ns) / MS
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
