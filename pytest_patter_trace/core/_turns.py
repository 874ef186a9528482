"""A call cut into turns, and what the spans' timestamps say about each.

A call is cut into turns at each ``getpatter.stt`` span (the caller's final
transcript). Per turn the spans' own start and end times give two figures even when no
attribute carries them:

* ``turn_ms``: end of the caller's speech (end of the turn's ``getpatter.stt``) to the
  start of its first ``getpatter.tts``; ``patter.latency.turn_ms`` wins when a span of
  the turn carries it;
* ``ttft_ms``: start of the turn's first LLM iteration to its first output (a
  ``getpatter.tts`` started inside it, else the iteration's end);
  ``getpatter.llm.ttft_ms`` wins when the iteration carries it.

Figures only: the rules on them are the contract's (``contract._timing``), the public
helpers are in :mod:`pytest_patter_trace.checks.timing`.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .grouping import CallTrace, start_order
from .model import SpanRecord

__all__ = [
    "ATTRIBUTE_OF",
    "BARGEIN",
    "LLM",
    "MS",
    "STT",
    "TTFT_ATTR",
    "TTS",
    "TURN_ATTR",
    "Clock",
    "TurnTiming",
    "detect_clock",
    "offset_text",
    "split_turns",
]

#: ``"real"``: timestamps from a running clock; ``"scripted"``: set by a test or a fake clock.
Clock = Literal["real", "scripted"]

STT, LLM, TTS, BARGEIN = "getpatter.stt", "getpatter.llm", "getpatter.tts", "getpatter.bargein"
TURN_ATTR, TTFT_ATTR = "patter.latency.turn_ms", "getpatter.llm.ttft_ms"
#: Nanoseconds in a millisecond.
MS = 1_000_000
#: Figure -> the attribute that carries it when the SDK measures it.
ATTRIBUTE_OF = {"turn_ms": TURN_ATTR, "ttft_ms": TTFT_ATTR}


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


def detect_clock(spans: Sequence[SpanRecord]) -> Clock:
    """``"scripted"`` when every timestamp is a whole millisecond, else ``"real"``.

    A running clock stamps nanoseconds; two spans both landing on whole milliseconds
    by chance is rare enough that a trace where all do was set by hand or a fake clock.
    """
    stamps = [s.start_ns for s in spans] + [s.end_ns for s in spans if s.end_ns is not None]
    if not stamps:
        return "real"
    return "scripted" if all(t % MS == 0 for t in stamps) else "real"


def _number(value: object) -> float | None:
    # A NaN, infinite or negative figure is the contract check's finding, not a time.
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and number >= 0 else None


def _iterations(trace: CallTrace, llms: Sequence[SpanRecord]) -> list[SpanRecord]:
    # getpatter 0.7.0 wraps its iteration spans in an outer getpatter.llm of the same
    # name; the iterations are the llm spans with no llm child.
    return [s for s in llms if not any(c.name == LLM for c in trace.children(s))]


def split_turns(trace: CallTrace, root: str | None) -> list[TurnTiming]:
    spans = [s for s in trace.spans if s.name != root]
    # Each final transcript opens a turn; spans before the first one form a turn of
    # their own (a greeting, a trace missing its stt span).
    bounds = [s.start_ns for s in spans if s.name == STT]
    groups: list[list[SpanRecord]] = [[] for _ in range(len(bounds) + 1)]
    for span in spans:
        groups[bisect.bisect_right(bounds, span.start_ns)].append(span)
    kept = [g for g in groups if g]
    return [_turn(trace, number, group) for number, group in enumerate(kept, start=1)]


def _turn(trace: CallTrace, number: int, spans: list[SpanRecord]) -> TurnTiming:
    stt = next((s for s in spans if s.name == STT), None)
    llms = [s for s in spans if s.name == LLM]
    ttss = [s for s in spans if s.name == TTS]
    speech_end = stt.end_ns if stt is not None else None
    llm_start = min((s.start_ns for s in llms), default=None)
    first_tts = min((s.start_ns for s in ttss), default=None)
    iterations = sorted(_iterations(trace, llms), key=start_order)
    first_output: int | None = None
    ttft: float | None = None
    ttft_source = ""
    if iterations:
        it = iterations[0]
        attr = _number(it.attributes.get(TTFT_ATTR))
        if attr is not None:
            ttft, ttft_source = attr, "attribute"
            first_output = it.start_ns + int(attr * MS)
        elif it.end_ns is not None:
            inside = [t.start_ns for t in ttss if it.start_ns <= t.start_ns <= it.end_ns]
            first_output = min([it.end_ns, *inside])
            ttft, ttft_source = (first_output - it.start_ns) / MS, "spans"
    turn_attr = next(
        (v for s in spans if (v := _number(s.attributes.get(TURN_ATTR))) is not None), None
    )
    turn_ms: float | None = None
    turn_source = ""
    if turn_attr is not None:
        turn_ms, turn_source = turn_attr, "attribute"
    elif speech_end is not None and first_tts is not None:
        turn_ms, turn_source = (first_tts - speech_end) / MS, "spans"
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


def offset_text(ns: int, turn: TurnTiming) -> str:
    base = min(s.start_ns for s in turn.spans)
    return f"+{(ns - base) / MS:.1f} ms"
