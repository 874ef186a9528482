"""Select spans and assert on what was selected: counts, order, durations, across calls.

A selector (``docs/selectors.md``) picks spans out of every call of a capture::

    llm = patter_spans.select("getpatter.llm[patter.llm.iteration>=0]")
    assert llm.durations_ms().p95 < 800

:func:`assert_spans` bounds how many spans a selector finds and how long they last;
:func:`assert_sequence` checks that spans come in an order, turn by turn. Their failure
messages list the offending spans with the numbered lines of their call's tree (the
numbers the span-tree messages use), masked like every text made from span data.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..core._render import display_name, plural, show_call_id
from ..core._selection import Durations, Selection, percentile
from ..core._selector import Selector, SelectorSyntaxError, parse_selector, select_traces
from ..core._turns import MS, TurnTiming, split_turns
from ..core.errors import PatterTraceAssertion
from ..core.grouping import CallTrace, group_calls, start_order
from ..core.model import SpanRecord, SpansLike
from ..sources._span_reader import span_records
from ..sources.store import SpanStore
from .contract import resolve_contract
from .tree._match import _Lines

__all__ = [
    "Durations",
    "Selection",
    "Selector",
    "SelectorSyntaxError",
    "assert_sequence",
    "assert_spans",
    "parse_selector",
    "percentile",
    "select_spans",
]

#: Offending spans listed by name in a message; the rest are counted.
_SHOWN = 10
#: Tree lines a listing shows at most.
_LISTED = 40
#: How each problem's first line starts (the lines under it are indented).
_HEADLINE = "- "


def traces_of(spans: SpansLike) -> list[CallTrace]:
    """``spans`` as calls: a ``CallTrace`` stays one, a capture or spans are grouped."""
    if isinstance(spans, CallTrace):
        return [spans]
    if isinstance(spans, SpanStore):
        calls = list(spans.calls().values())
        rest = spans.unattributed()
        return [*calls, CallTrace(None, rest)] if rest else calls
    return group_calls(span_records(spans)).traces()


def select_spans(spans: SpansLike, selector: str | Selector) -> Selection:
    """The spans of ``spans`` (a capture, a ``CallTrace`` or spans) that ``selector`` matches.

    Spans are grouped per call first (as ``patter_spans.calls()`` does), so ``>`` and
    the descendant space follow parents inside a call.

    Raises:
        SelectorSyntaxError: a ``ValueError`` pointing at the bad column.

    """
    __tracebackhide__ = True
    parsed = parse_selector(selector)  # a bad selector fails before any grouping
    return select_traces(traces_of(spans), parsed)


# -- messages -------------------------------------------------------------------------


@dataclass(slots=True)
class _Calls:
    """Each call's numbered tree lines, built once per message."""

    traces: dict[str | None, CallTrace]
    lines: dict[str | None, _Lines]

    @classmethod
    def of(cls, traces: Iterable[CallTrace]) -> _Calls:
        return cls({t.call_id: t for t in traces}, {})

    def numbered(self, call_id: str | None) -> _Lines:
        found = self.lines.get(call_id)
        if found is None:
            found = self.lines[call_id] = _Lines(self.traces[call_id])
        return found

    def line_of(self, call_id: str | None, span: SpanRecord) -> int:
        return self.numbered(call_id).of(span)


def _call_label(call_id: str | None) -> str:
    return "spans of no call" if call_id is None else f"call {show_call_id(call_id)!r}"


def _ms(span: SpanRecord) -> str:
    d = span.duration_ns
    return "open" if d is None else f"{d / MS:.1f} ms"


def _span_line(calls: _Calls, call_id: str | None, span: SpanRecord) -> str:
    number = calls.line_of(call_id, span)
    text = calls.numbered(call_id).rows[number - 1][1].strip()  # rows are numbered from 1
    return f"{_call_label(call_id)} line {number}: {text}  ({_ms(span)})"


def _listing(
    calls: _Calls, call_id: str | None, marked: Sequence[SpanRecord], only: Iterable[SpanRecord]
) -> list[str]:
    """The call's tree lines of the spans ``only``, ``>`` before those ``marked``."""
    lines = calls.numbered(call_id)
    keep = {lines.of(s) for s in only}
    marks = {lines.of(s) for s in marked}
    rows = [(n, text) for n, text in lines.rows if n in keep]
    width = len(str(rows[-1][0])) if rows else 1
    out = [f"  {'>' if n in marks else ' '} {n:>{width}}  {text}" for n, text in rows]
    if len(out) <= _LISTED:
        return out
    # A long turn: the lines around the first mark, so a message stays readable.
    at = next((i for i, (n, _) in enumerate(rows) if n in marks), 0)
    lo = max(0, min(at - _LISTED // 2, len(out) - _LISTED))
    kept = out[lo : lo + _LISTED]
    above, below = lo, len(out) - lo - len(kept)
    return (
        [f"    ... {plural(above, 'line')} above"] * bool(above)
        + kept
        + [f"    ... {plural(below, 'line')} below"] * bool(below)
    )


def _where(selection: Selection) -> str:
    calls = sum(1 for _, spans in selection.groups if spans)
    return f"{plural(len(selection), 'span')} in {plural(calls, 'call')}"


# -- assert_spans ---------------------------------------------------------------------


def _check_bound(name: str, value: float | None, *, whole: bool) -> None:
    if value is None:
        return
    kind = "a whole number" if whole else "a number of ms"
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or (whole and not isinstance(value, int))
        or not value >= 0
        or (isinstance(value, float) and not math.isfinite(value))
    ):
        raise ValueError(f"assert_spans: {name} must be {kind} >= 0, got {value!r}")


def assert_spans(
    spans: SpansLike,
    selector: str | Selector,
    *,
    count: int | None = None,
    min_count: int | None = None,
    max_count: int | None = None,
    max_ms: float | None = None,
    p95_ms: float | None = None,
    per_call: bool = False,
) -> Selection:
    """Fail unless the spans ``selector`` finds in ``spans`` meet every bound given.

    ``count``, ``min_count`` and ``max_count`` bound how many spans match; ``max_ms``
    bounds each one's duration and ``p95_ms`` the 95th percentile of their durations
    (``statistics.quantiles``, inclusive method), both in milliseconds, inclusive.
    ``per_call=True`` applies every bound to each call on its own (a call where nothing
    matches counts 0). A duration bound over no ended span fails: it would pass
    vacuously.

    Returns:
        The selection, for further checks.

    Raises:
        PatterTraceAssertion: an ``AssertionError`` naming each offending span with its
            call's numbered tree line and duration (masked), and for a duration bound
            the tree lines of the slowest span's turn.
        ValueError: a malformed selector (pointing at the column), no bound, a negative
            bound, or ``count`` given with ``min_count``/``max_count``.

    """
    __tracebackhide__ = True
    for name, value, whole in (
        ("count", count, True),
        ("min_count", min_count, True),
        ("max_count", max_count, True),
        ("max_ms", max_ms, False),
        ("p95_ms", p95_ms, False),
    ):
        _check_bound(name, value, whole=whole)
    if count is not None and (min_count is not None or max_count is not None):
        raise ValueError("assert_spans: give count=, or min_count=/max_count=, not both")
    if min_count is not None and max_count is not None and min_count > max_count:
        raise ValueError(f"assert_spans: min_count {min_count} > max_count {max_count}")
    if all(b is None for b in (count, min_count, max_count, max_ms, p95_ms)):
        raise ValueError(
            "assert_spans needs a bound: count=, min_count=, max_count=, max_ms= or p95_ms="
        )
    parsed = parse_selector(selector)
    traces = traces_of(spans)
    selection = select_traces(traces, parsed)
    calls = _Calls.of(traces)
    scopes = list(selection.per_call().values()) if per_call else [selection]
    low, high = (count, count) if count is not None else (min_count, max_count)
    lines: list[str] = []
    found = 0
    for scope in scopes:
        for problem in (
            _count_problems(scope, calls, low, high, per_call=per_call),
            _duration_problems(scope, calls, max_ms, p95_ms, per_call=per_call),
        ):
            found += sum(1 for line in problem if line.startswith(_HEADLINE))
            lines.extend(problem)
    if lines:
        head = f"assert_spans({parsed.text!r}): {plural(found, 'problem')}"
        raise PatterTraceAssertion(head + "\n" + "\n".join(lines))
    return selection


def _scope_label(scope: Selection, per_call: bool) -> str:
    return f" in {_call_label(scope.groups[0][0])}" if per_call and scope.groups else ""


def _count_problems(
    scope: Selection, calls: _Calls, low: int | None, high: int | None, *, per_call: bool
) -> list[str]:
    n = len(scope)
    if (low is None or n >= low) and (high is None or n <= high):
        return []
    if low == high:
        wanted = f"exactly {low}"
    elif high is None:
        wanted = f"at least {low}"
    elif low is None:
        wanted = f"at most {high}"
    else:
        wanted = f"{low} to {high}"
    word = "span" if (high if high is not None else low) == 1 else "spans"
    out = [f"- expected {wanted} matching {word}{_scope_label(scope, per_call)}, found {n}"]
    shown = 0
    for call_id, found in scope.groups:
        for span in found:
            if shown == _SHOWN:
                break
            out.append(f"  {_span_line(calls, call_id, span)}")
            shown += 1
    if n > shown:
        out.append(f"  ... and {n - shown} more")
    if n == 0:
        out.append(_near_names(scope, calls))
    return out


def _near_names(scope: Selection, calls: _Calls) -> str:
    # Nothing matched: name the span names there are, the closest first.
    searched = {cid for cid, _ in scope.groups}
    names = sorted({s.name for cid, t in calls.traces.items() if cid in searched for s in t.spans})
    if not names:
        return "  (no spans at all were searched)"
    close = difflib.get_close_matches(scope.selector, names, n=3, cutoff=0.5)
    ordered = close + [n for n in names if n not in close]
    shown = ", ".join(display_name(n) for n in ordered[:12])
    more = f" and {len(ordered) - 12} more" if len(ordered) > 12 else ""
    return f"  span names present: {shown}{more}"


def _duration_problems(
    scope: Selection,
    calls: _Calls,
    max_ms: float | None,
    p95_ms: float | None,
    *,
    per_call: bool,
) -> list[str]:
    if max_ms is None and p95_ms is None:
        return []
    durations = scope.durations_ms()
    where = _scope_label(scope, per_call)
    if not durations:
        return [
            f"- no duration to bound{where}: the selector matched "
            f"{plural(len(scope), 'span')} and none has ended"
        ]
    out: list[str] = []
    ended = [
        (cid, s, s.duration_ns / MS)
        for cid, group in scope.groups
        for s in group
        if s.duration_ns is not None
    ]
    failed: list[float] = []  # the bounds broken; spans over the lowest are listed
    if p95_ms is not None and (durations.p95 or 0.0) > p95_ms:
        failed.append(p95_ms)
        out.append(
            f"- p95 duration {durations.p95:.1f} ms > p95_ms {p95_ms:g}{where} "
            f"({_where(scope)}: {durations.summary()})"
        )
    over_max = 0 if max_ms is None else sum(1 for x in ended if x[2] > max_ms)
    if max_ms is not None and over_max:
        failed.append(max_ms)
        out.append(
            f"- {plural(over_max, 'span')} longer than max_ms {max_ms:g}{where} "
            f"({_where(scope)}: {durations.summary()})"
        )
    if not failed:
        return []
    budget = min(failed)
    slow = sorted((x for x in ended if x[2] > budget), key=lambda x: -x[2])
    out.append(f"slowest first ({min(len(slow), _SHOWN)} of {len(slow)} over {budget:g} ms):")
    out.extend(f"  {_span_line(calls, cid, s)}" for cid, s, _ in slow[:_SHOWN])
    worst_call, worst, _ = slow[0]  # a broken bound has a span over it
    out.extend(_turn_of(calls, worst_call, worst))
    return out


def _turn_of(calls: _Calls, call_id: str | None, span: SpanRecord) -> list[str]:
    trace = calls.traces[call_id]
    turn = _containing_turn(trace, span)
    spans = turn.spans if turn is not None else trace.spans
    label = f"turn {turn.number}" if turn is not None else "the call"
    head = (
        f"the slowest span's turn: {_call_label(call_id)}, {label} "
        "(its lines of the call's tree, > the slowest span):"
    )
    return [head, *_listing(calls, call_id, [span], spans)]


def _containing_turn(trace: CallTrace, span: SpanRecord) -> TurnTiming | None:
    root = resolve_contract(None).root
    for turn in split_turns(trace, root):
        if any(s is span for s in turn.spans):
            return turn
    return None


# -- assert_sequence ------------------------------------------------------------------


def assert_sequence(
    spans: SpansLike,
    steps: Sequence[str | Selector],
    *,
    per_turn: bool = True,
) -> None:
    """Fail unless spans matching ``steps`` start in that order, in every turn of every call.

    Each step is a selector (a span name, a glob, ``name[key=value]``...). In a turn
    (cut at each ``getpatter.stt``, as the timing figures are) or, with
    ``per_turn=False``, in a whole call, the spans in start order must contain one span
    of each step, in the order given, others allowed in between. A turn with no span of
    any step is skipped (nothing happened there).

    Raises:
        PatterTraceAssertion: naming the call and turn, the step not found after the ones
            before it, and that turn's spans as numbered tree lines (masked).
        ValueError: no step, or a malformed selector (pointing at the column).

    """
    __tracebackhide__ = True
    if isinstance(steps, str) or not steps:
        raise ValueError(
            "assert_sequence needs a list of steps, e.g. "
            '["getpatter.stt", "getpatter.llm", "getpatter.tts"]'
        )
    parsed = [parse_selector(step) for step in steps]
    traces = traces_of(spans)
    calls = _Calls.of(traces)
    root = resolve_contract(None).root
    problems: list[str] = []
    for trace in traces:
        view = trace._selection_view()
        matched = [{id(s) for s in p.pick(trace.spans, *view)} for p in parsed]
        parts: list[tuple[str, Sequence[SpanRecord]]]
        if per_turn:
            parts = [(f"turn {t.number}", t.spans) for t in split_turns(trace, root)]
        else:
            parts = [("", trace.spans)]
        for label, part in parts:
            problem = _sequence_problem(part, matched, parsed, calls, trace.call_id)
            if problem is None:
                continue
            text, last = problem
            where = _call_label(trace.call_id) + (f", {label}" if label else "")
            problems.append(f"{where}: {text}")
            problems.extend(_listing(calls, trace.call_id, [last] if last else [], part))
    if problems:
        order = " -> ".join(p.text for p in parsed)
        raise PatterTraceAssertion(
            f"assert_sequence: expected, in start order, {order}\n" + "\n".join(problems)
        )


def _sequence_problem(
    part: Sequence[SpanRecord],
    matched: Sequence[set[int]],
    steps: Sequence[Selector],
    calls: _Calls,
    call_id: str | None,
) -> tuple[str, SpanRecord | None] | None:
    if not any(id(s) in m for s in part for m in matched):
        return None
    # Greedy, earliest first: the longest prefix of the steps the turn holds in order.
    at, last = 0, None
    for span in sorted(part, key=start_order):
        if at < len(matched) and id(span) in matched[at]:
            at, last = at + 1, span
    if at == len(steps):
        return None
    missing = steps[at].text
    if last is None or not any(id(s) in matched[at] for s in part):
        return f"no span matches {missing!r}", None
    line = calls.line_of(call_id, last)
    offset = (last.start_ns - min(s.start_ns for s in part)) / MS
    return (
        f"no span matching {missing!r} starts after {steps[at - 1].text!r} "
        f"(> line {line}, at +{offset:.1f} ms into the turn)",
        last,
    )


# Public classes defined in private modules report this one as their home (reference,
# reprs), as the tree package's do.
for _name in ("Durations", "Selection", "Selector", "SelectorSyntaxError"):
    globals()[_name].__module__ = __name__
del _name
