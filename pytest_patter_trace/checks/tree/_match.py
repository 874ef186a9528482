"""Matching an expectation against a call, and explaining the first difference."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ...core._render import describe_span, plural, quoted_name, show_call_id
from ...core.grouping import CallTrace
from ...core.model import SpanRecord, SpansLike
from ...sources._span_reader import span_records
from ._model import (
    AnySpans,
    ExpectedNode,
    ExpectedSpan,
    TreeMismatch,
    _SpanKey,
)


class TreeExpectation:
    """A parsed span-tree expectation, reusable across traces.

    ``roots`` are the top-level lines (matched against the trace's root spans); ``source``
    is the text it was parsed from. Two expectations are equal when their canonical text
    (``str()``) is.
    """

    __slots__ = ("roots", "source")

    def __init__(self, roots: Sequence[ExpectedNode], *, source: str = "") -> None:
        # Built in code (no source): number the lines as in the canonical text, so
        # messages can point at them.
        self.roots: tuple[ExpectedNode, ...] = tuple(roots) if source else _numbered(roots)
        self.source = source or self._canonical()

    def walk(self) -> Iterator[tuple[int, ExpectedNode]]:
        """Depth-first ``(depth, line)`` pairs in written order."""
        stack: list[tuple[int, ExpectedNode]] = [(0, n) for n in reversed(self.roots)]
        while stack:
            depth, node = stack.pop()
            yield depth, node
            if isinstance(node, ExpectedSpan):
                stack.extend((depth + 1, c) for c in reversed(node.children))

    def matches(self, trace: SpansLike) -> bool:
        """Whether ``trace`` (a capture, a ``CallTrace`` or spans) matches."""
        call = as_trace(trace)
        return Matcher(call).level_matches(self.roots, call.roots)

    def mismatch(self, trace: SpansLike) -> TreeMismatch | None:
        """``None`` if ``trace`` matches, else where and why it does not."""
        call = as_trace(trace)
        matcher = Matcher(call)
        if matcher.level_matches(self.roots, call.roots):
            return None
        return explain(self, call, matcher)

    def _canonical(self) -> str:
        return "\n".join("  " * depth + node.text for depth, node in self.walk())

    def __str__(self) -> str:
        return self._canonical()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, TreeExpectation):
            return NotImplemented
        return self._canonical() == other._canonical()

    def __hash__(self) -> int:
        return hash(self._canonical())

    def __repr__(self) -> str:
        lines = sum(1 for _ in self.walk())
        return f"TreeExpectation({lines} lines)"


def _numbered(roots: Sequence[ExpectedNode]) -> tuple[ExpectedNode, ...]:
    order: list[tuple[ExpectedNode, int | None]] = []  # (node, index of parent) in walk order
    stack: list[tuple[ExpectedNode, int | None]] = [(n, None) for n in reversed(roots)]
    while stack:
        node, parent = stack.pop()
        order.append((node, parent))
        if isinstance(node, ExpectedSpan):
            stack.extend((c, len(order) - 1) for c in reversed(node.children))
    kids: list[list[ExpectedNode]] = [[] for _ in order]
    top: list[ExpectedNode] = []
    for index in range(len(order) - 1, -1, -1):
        node, parent = order[index]
        if isinstance(node, ExpectedSpan):
            children = tuple(reversed(kids[index]))
            new: ExpectedNode = replace(node, children=children, line=index + 1)
        else:
            new = AnySpans(line=index + 1)
        (top if parent is None else kids[parent]).append(new)
    return tuple(reversed(top))


# ---------------------------------------------------------------------------------------
# Matching


def as_trace(trace: SpansLike) -> CallTrace:
    if isinstance(trace, CallTrace):
        return trace
    return CallTrace(None, span_records(trace))


class Matcher:
    """Decides whether lines match spans; every answer is memoised per (line, span).

    No recursion: nested levels are resolved with an explicit stack, so a 10 000-level
    deep trace is as safe as a flat one.
    """

    def __init__(self, trace: CallTrace) -> None:
        self.trace = trace
        self._kids: dict[_SpanKey, tuple[SpanRecord, ...]] = {}
        self._memo: dict[tuple[int, _SpanKey], bool] = {}

    def children(self, span: SpanRecord) -> tuple[SpanRecord, ...]:
        kids = self._kids.get(span.key)
        if kids is None:
            kids = self._kids[span.key] = self.trace.children(span)
        return kids

    def head_ok(self, node: ExpectedSpan, span: SpanRecord) -> bool:
        if node.name != span.name:
            return False
        if node.error and span.status.code != "ERROR":
            return False
        attrs = span.attributes
        return all(f.problem(attrs) is None for f in node.filters)

    def level_matches(self, items: Sequence[ExpectedNode], spans: Sequence[SpanRecord]) -> bool:
        """The sibling ``spans`` (start order) match the sibling lines ``items``."""
        self._resolve([(n, s) for n in items if isinstance(n, ExpectedSpan) for s in spans])
        return self._level(items, spans)

    def _resolve(self, pairs: list[tuple[ExpectedSpan, SpanRecord]]) -> None:
        memo = self._memo
        stack = pairs
        while stack:
            node, span = stack[-1]
            key = (id(node), span.key)
            if key in memo:
                stack.pop()
                continue
            if not self.head_ok(node, span):
                memo[key] = False
                stack.pop()
                continue
            kids = self.children(span)
            todo = [
                (c, k)
                for c in node.children
                if isinstance(c, ExpectedSpan)
                for k in kids
                if (id(c), k.key) not in memo
            ]
            if todo:
                stack.extend(todo)
                continue
            memo[key] = self._level(node.children, kids)
            stack.pop()

    def ok(self, node: ExpectedSpan, span: SpanRecord) -> bool:
        return self._memo[(id(node), span.key)]

    def _level(self, items: Sequence[ExpectedNode], spans: Sequence[SpanRecord]) -> bool:
        # Regex-like match of a sibling sequence, dynamic programming from the back:
        # after[j] says whether items[i+1:] can match spans[j:]. O(lines x spans).
        n = len(spans)
        after = [False] * n + [True]
        for item in reversed(items):
            hits = [0] * (n + 2)  # hits[j] = number of True in after[j:]
            for j in range(n, -1, -1):
                hits[j] = hits[j + 1] + after[j]
            now = [False] * (n + 1)
            if isinstance(item, AnySpans):
                for j in range(n + 1):
                    now[j] = hits[j] > 0
            else:
                run = 0  # how many spans from j on match this line, consecutively
                for j in range(n, -1, -1):
                    run = run + 1 if j < n and self.ok(item, spans[j]) else 0
                    top = run if item.max_count is None else min(run, item.max_count)
                    lo, hi = j + item.min_count, j + top
                    now[j] = lo <= hi and hits[lo] - hits[hi + 1] > 0
            after = now
        return after[0]


# ---------------------------------------------------------------------------------------
# Explaining a mismatch


@dataclass(frozen=True, slots=True)
class _Finding:
    reason: str
    expected: ExpectedNode | None
    actual: SpanRecord | None


def _forward_states(
    matcher: Matcher, items: Sequence[ExpectedNode], spans: Sequence[SpanRecord]
) -> list[set[tuple[int, int]]]:
    """``states[j]``: the ``(line index, count so far)`` pairs reachable before span j."""
    k = len(items)

    def cap(i: int) -> int:
        item = items[i]
        if isinstance(item, AnySpans):
            return 0
        return item.min_count if item.max_count is None else item.max_count

    def closure(start: set[tuple[int, int]]) -> set[tuple[int, int]]:
        out = set(start)
        todo = list(start)
        while todo:
            i, c = todo.pop()
            if i == k:
                continue
            item = items[i]
            if isinstance(item, AnySpans) or c >= item.min_count:
                nxt = (i + 1, 0)
                if nxt not in out:
                    out.add(nxt)
                    todo.append(nxt)
        return out

    states = [closure({(0, 0)})]
    for span in spans:
        moved: set[tuple[int, int]] = set()
        for i, c in states[-1]:
            if i == k:
                continue
            item = items[i]
            if isinstance(item, AnySpans):
                moved.add((i, 0))
            elif (item.max_count is None or c < item.max_count) and matcher.ok(item, span):
                moved.add((i, min(c + 1, cap(i))))
        if not moved:  # nothing takes this span: the last state list is where it stuck
            break
        states.append(closure(moved))
    return states


def _level_finding(
    matcher: Matcher,
    items: Sequence[ExpectedNode],
    spans: Sequence[SpanRecord],
    parent: ExpectedSpan | None,
    parent_span: SpanRecord | None,
    lines: _Lines,
) -> _Finding | tuple[ExpectedSpan, SpanRecord]:
    """The best explanation at one level, or a (line, span) pair to look inside."""
    states = _forward_states(matcher, items, spans)
    k = len(items)
    # Near misses: right name (score 2) or right name and attributes (score 3, the fault
    # is inside). The furthest one wins: that is where the matching got.
    near: tuple[int, int, int, ExpectedSpan, SpanRecord] | None = None
    for j, reached in enumerate(states[: len(spans)]):
        span = spans[j]
        for i, c in sorted(reached):
            item = items[i] if i < k else None
            if not isinstance(item, ExpectedSpan) or span.name != item.name:
                continue
            if item.max_count is not None and c >= item.max_count:
                continue
            if matcher.ok(item, span):
                continue
            score = 3 if matcher.head_ok(item, span) else 2
            if near is None or (score, j, -i) > (near[0], near[1], -near[2]):
                near = (score, j, i, item, span)
    if near is not None and near[0] == 3:
        return near[3], near[4]
    if near is not None:
        _, _, _, item, span = near
        why = "; ".join(item.head_problems(span))
        return _Finding(f"span {quoted_name(span.name)}: {why}", item, span)

    stuck = len(states) - 1
    reached = states[stuck]
    if stuck < len(spans):
        return _unexpected(items, spans[stuck], reached, parent, parent_span, lines, matcher)
    return _missing(items, spans, reached, parent, parent_span, lines, matcher)


def _unexpected(
    items: Sequence[ExpectedNode],
    span: SpanRecord,
    reached: set[tuple[int, int]],
    parent: ExpectedSpan | None,
    parent_span: SpanRecord | None,
    lines: _Lines,
    matcher: Matcher,
) -> _Finding:
    k = len(items)
    if not items and parent is not None:
        return _Finding(
            f"unexpected child {quoted_name(span.name)} under {parent.name!r}: expected line "
            f"{parent.line} has no child lines, which means no children (indent a '...' "
            "line under it to allow any)",
            parent,
            span,
        )
    wanted: list[tuple[ExpectedSpan, int]] = []
    full: list[ExpectedSpan] = []
    for i, c in sorted(reached):
        item = items[i] if i < k else None
        if not isinstance(item, ExpectedSpan):
            continue
        if item.max_count is not None and c >= item.max_count:
            if matcher.head_ok(item, span):
                full.append(item)
        elif all(item is not w for w, _ in wanted):
            wanted.append((item, c))
    notes = "".join(f"; line {f.line} '{f.text}' allows at most {f.max_count}" for f in full)
    if not wanted:
        if parent is None or parent_span is None:
            what = (
                f"unexpected root span {quoted_name(span.name)}: "
                "the expectation lists no more root spans"
            )
        else:
            what = (
                f"unexpected span {quoted_name(span.name)} under "
                f"{quoted_name(parent_span.name)} (actual line {lines.of(parent_span)}): "
                "the expectation lists no more children for it"
            )
        return _Finding(
            f"{what} (add a line for it, or a '...' line to allow any spans there){notes}",
            full[0] if full else parent,
            span,
        )
    options = " or ".join(
        f"'{w.text}' (line {w.line}{f', {c} found so far' if c else ''})" for w, c in wanted
    )
    if (k, 0) in reached:
        options += " or no more spans"
    return _Finding(
        f"unexpected span {quoted_name(span.name)}: expected {options}{notes}", wanted[0][0], span
    )


def _missing(
    items: Sequence[ExpectedNode],
    spans: Sequence[SpanRecord],
    reached: set[tuple[int, int]],
    parent: ExpectedSpan | None,
    parent_span: SpanRecord | None,
    lines: _Lines,
    matcher: Matcher,
) -> _Finding:
    # The furthest line still short of its minimum count is what the level lacks.
    blockers: list[tuple[int, int, ExpectedSpan]] = []
    for i, c in reached:
        item = items[i] if i < len(items) else None
        if isinstance(item, ExpectedSpan) and c < item.min_count:
            blockers.append((i, c, item))
    index, c, item = max(blockers, key=lambda b: (b[0], b[1]))
    last = spans[-1] if spans else None
    if index and isinstance(items[index - 1], AnySpans) and spans:
        # The '...' before the line could skip every span, so the level ran out with the
        # line at zero: say what the spans held instead of "no more children".
        return _after_any(items[index - 1], item, spans, parent_span, lines, matcher)
    if parent_span is None:
        where = "the trace has no more root spans"
    elif not spans:
        where = (
            f"{quoted_name(parent_span.name)} (actual line {lines.of(parent_span)}) has no children"
        )
    else:
        where = (
            f"{quoted_name(parent_span.name)} (actual line {lines.of(parent_span)}) "
            "has no more children"
        )
    if c:
        return _Finding(
            f"expected {item.min_count} spans for '{item.text}' (line {item.line}), "
            f"found {c}: {where}",
            item,
            last or parent_span,
        )
    return _Finding(
        f"missing span '{item.text}' (line {item.line}): {where}", item, last or parent_span
    )


def _after_any(
    dots: ExpectedNode,
    item: ExpectedSpan,
    spans: Sequence[SpanRecord],
    parent_span: SpanRecord | None,
    lines: _Lines,
    matcher: Matcher,
) -> _Finding:
    among = (
        "the root spans"
        if parent_span is None
        else f"the children of {quoted_name(parent_span.name)} "
        f"(actual line {lines.of(parent_span)})"
    )
    runs: list[list[SpanRecord]] = [[]]
    for span in spans:
        if matcher.ok(item, span):
            runs[-1].append(span)
        elif runs[-1]:
            runs.append([])
    best = max(runs, key=len)
    if not best:
        return _Finding(
            f"missing span '{item.text}' (line {item.line}): none of {among} matches it "
            f"('...' on line {dots.line} skipped all {len(spans)})",
            item,
            spans[-1],
        )
    at = [lines.of(s) for s in best]
    shown = f"actual line {at[0]}" if len(at) == 1 else f"actual lines {at[0]}-{at[-1]}"
    end = spans.index(best[-1]) + 1
    if len(best) >= item.min_count and end < len(spans):
        after = spans[end]
        return _Finding(
            f"unexpected span {after.name!r} after '{item.text}' (line {item.line}, {shown}): "
            "the expectation lists no more spans there (add a line for it, or a '...' line "
            "to allow any spans there)",
            item,
            after,
        )
    return _Finding(
        f"expected {item.min_count} spans for '{item.text}' (line {item.line}), found "
        f"{len(best)} in a row among {among}, at {shown}; the '...' on line {dots.line} "
        "skips spans before them, not between them",
        item,
        best[-1],
    )


class _Lines:
    """Actual-tree line numbers (1-based, depth-first) and their text."""

    def __init__(self, trace: CallTrace) -> None:
        self.rows: list[tuple[int, str]] = []
        self._number: dict[_SpanKey, int] = {}
        for number, (depth, span) in enumerate(trace.walk(), start=1):
            self._number[span.key] = number
            self.rows.append((number, "  " * depth + describe_span(span)))

    def of(self, span: SpanRecord) -> int:
        return self._number[span.key]


def explain(expectation: TreeExpectation, trace: CallTrace, matcher: Matcher) -> TreeMismatch:
    lines = _Lines(trace)
    items: Sequence[ExpectedNode] = expectation.roots
    spans: Sequence[SpanRecord] = trace.roots
    parent: ExpectedSpan | None = None
    parent_span: SpanRecord | None = None
    while True:  # descend while the fault is inside a span whose own line matched
        found = _level_finding(matcher, items, spans, parent, parent_span, lines)
        if isinstance(found, _Finding):
            break
        parent, parent_span = found
        items, spans = parent.children, matcher.children(parent_span)

    exp_line = found.expected.line if found.expected is not None else None
    act_line = lines.of(found.actual) if found.actual is not None else None
    out = [f"span tree does not match: {found.reason}"]
    exp_rows = _source_rows(expectation)
    exp_text = dict(exp_rows)
    heads = [
        (f"expected line {exp_line}:", exp_text.get(exp_line, "").strip())
        if exp_line is not None
        else ("expected:", "(no more lines at this level)"),
        (f"actual line {act_line}:", dict(lines.rows)[act_line].strip())
        if act_line is not None
        else ("actual:", "(no spans)"),
    ]
    width = max(len(label) for label, _ in heads)
    out.extend(f"  {label:<{width}} {text}" for label, text in heads)
    out.append("")
    out.append("expected:")
    out.extend(_listing(exp_rows, exp_line))
    call = ""
    if trace.call_id is not None:
        call = f"call {show_call_id(trace.call_id)!r}, "
    out.append("")
    out.append(f"actual ({call}{plural(len(trace.spans), 'span')}):")
    out.extend(_listing(lines.rows, act_line) if lines.rows else ["  (no spans)"])
    return TreeMismatch(found.reason, exp_line, act_line, "\n".join(out))


def _source_rows(expectation: TreeExpectation) -> list[tuple[int, str]]:
    raw = expectation.source.splitlines()
    content = [(n, line) for n, line in enumerate(raw, start=1) if line.strip()]
    if not content:
        return []
    spans = [
        len(line) - len(line.lstrip()) for _, line in content if not line.lstrip().startswith("#")
    ]
    base = min(spans) if spans else 0
    first, last = content[0][0], content[-1][0]
    rows: list[tuple[int, str]] = []
    for number in range(first, last + 1):
        line = raw[number - 1].rstrip()
        rows.append((number, line[base:] if not line[:base].strip() else line.strip()))
    return rows


def _listing(
    rows: Sequence[tuple[int, str]], mark: int | None, *, limit: int = 60, context: int = 15
) -> list[str]:
    if not rows:
        return []
    width = len(str(rows[-1][0]))
    shown: Sequence[tuple[int, str]] = rows
    before = after = 0
    if len(rows) > limit:
        at = next((i for i, (n, _) in enumerate(rows) if n == mark), 0)
        lo, hi = max(0, at - context), min(len(rows), at + context + 1)
        shown, before, after = rows[lo:hi], lo, len(rows) - hi
    out = [f"  {'':>{width}}  ... {before} lines above" for _ in range(1 if before else 0)]
    out += [f"{'>' if n == mark else ' '} {n:>{width}}  {text}" for n, text in shown]
    out += [f"  {'':>{width}}  ... {after} lines below" for _ in range(1 if after else 0)]
    return out
