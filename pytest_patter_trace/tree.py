"""Span-tree expectations: say in a few indented lines what a call's span tree must be.

::

    getpatter.stt
    getpatter.endpoint
    getpatter.llm
      getpatter.llm [patter.llm.iteration=0]
      getpatter.tool [patter.tool.name=lookup_order]+
      ...

:func:`parse_tree` turns such text into a reusable :class:`TreeExpectation`;
:func:`assert_call_tree` checks a call against it and, on a mismatch, raises an
``AssertionError`` naming the first place where the two trees part, why, and showing both
trees. The grammar and its meaning are in ``docs/tree-dsl.md``.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TypeAlias

from ._render import KEY_TOKEN as _KEY_RE
from ._render import NAME_TOKEN as _NAME_RE
from ._render import VALUE_TOKEN as _VALUE_RE
from ._render import format_scalar, quote_if_needed, typed, unescape_char
from ._text import TreeText
from .grouping import CallTrace, describe_span
from .model import AttributeValue, SpanRecord, SpansLike, as_records

__all__ = [
    "AnySpans",
    "AttributeFilter",
    "ExpectedNode",
    "ExpectedSpan",
    "TreeExpectation",
    "TreeMismatch",
    "TreeSyntaxError",
    "assert_call_tree",
    "assertrepr_compare",
    "call_tree_text",
    "parse_tree",
]

#: A value an attribute filter compares with: a scalar, or an array of scalars.
Scalar: TypeAlias = "str | bool | int | float"
FilterValue: TypeAlias = "Scalar | tuple[Scalar, ...]"

_SpanKey: TypeAlias = "tuple[str, str]"


class TreeSyntaxError(ValueError):
    """A malformed expectation: names the line, shows it and points at the column."""

    def __init__(self, message: str, *, line: int, text: str, column: int) -> None:
        self.line = line
        self.text = text
        self.column = column
        self.message = message
        gutter = f"  {line} | "
        super().__init__(
            f"bad span-tree expectation, line {line}: {message}\n"
            f"{gutter}{text}\n{' ' * (len(gutter) - 2)}| {' ' * column}^"
        )


# ---------------------------------------------------------------------------------------
# The parsed form


def _type_word(value: object) -> str:
    if isinstance(value, bool):
        return "the boolean"
    if isinstance(value, int | float):
        return "the number"
    if isinstance(value, str):
        return "the string"
    if isinstance(value, tuple):
        return "the array"
    return f"a {type(value).__name__}"


def _show_expected(value: FilterValue) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(_show_expected(v) for v in value) + ")"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def _show_actual(key: str, value: object) -> str:
    # Actual values end up in failure messages: they pass through the PII redactor.
    from .pii import redact

    shown = redact(key, value)
    if isinstance(shown, bool):
        return "true" if shown else "false"
    if isinstance(shown, str) and len(shown) > 60:
        return repr(shown[:57] + "...")
    return repr(shown)


def _same(expected: FilterValue, actual: object) -> bool:
    # Types are compared too: a number never equals a string, and bool is not a number.
    if isinstance(expected, tuple):
        return (
            isinstance(actual, tuple | list)
            and len(actual) == len(expected)
            and all(_same(e, a) for e, a in zip(expected, actual, strict=True))
        )
    if isinstance(expected, bool):
        return isinstance(actual, bool) and actual is expected
    if isinstance(expected, int | float):
        return (
            isinstance(actual, int | float)
            and not isinstance(actual, bool)
            and (actual == expected)
        )
    return isinstance(actual, str) and actual == expected


@dataclass(frozen=True, slots=True)
class AttributeFilter:
    """``[key]``: the span has attribute ``key``; ``[key=value]``: it equals ``value``.

    ``value`` is ``None`` for a presence check. Numbers compare as numbers (``1`` equals
    ``1.0``), but never equal a string or a boolean.
    """

    key: str
    value: FilterValue | None = None

    def problem(self, attributes: Mapping[str, AttributeValue]) -> str | None:
        """Why ``attributes`` fail this filter (masked values), or ``None`` if they pass."""
        if self.key not in attributes:
            return f"attribute {self.key!r} is absent"
        if self.value is None:
            return None
        actual = attributes[self.key]
        if _same(self.value, actual):
            return None
        expected = _show_expected(self.value)
        shown = _show_actual(self.key, actual)
        if _type_word(actual) != _type_word(self.value):
            return (
                f"attribute {self.key!r} is {_type_word(actual)} {shown}, "
                f"expected {_type_word(self.value)} {expected}"
            )
        return f"attribute {self.key!r} is {shown}, expected {expected}"

    def __str__(self) -> str:
        key = quote_if_needed(self.key, _KEY_RE)
        if self.value is None:
            return key
        return f"{key}={_format_value(self.value)}"


@dataclass(frozen=True, slots=True, eq=False, repr=False)
class ExpectedSpan:
    """One span line: a name, attribute filters, a count, and the expected children.

    ``children`` empty means the span must have no children; a single :class:`AnySpans`
    child means its children are not checked. ``max_count`` is ``None`` for no limit.
    """

    name: str
    filters: tuple[AttributeFilter, ...] = ()
    min_count: int = 1
    max_count: int | None = 1
    children: tuple[ExpectedNode, ...] = ()
    line: int = 0
    #: ``!ERROR`` after the line: the span's status must be ERROR.
    error: bool = False

    @property
    def quantifier(self) -> str:
        """The quantifier as written in canonical form (``""`` for exactly one)."""
        lo, hi = self.min_count, self.max_count
        if (lo, hi) == (1, 1):
            return ""
        if hi is None:
            return {0: "*", 1: "+"}.get(lo, f"{{{lo},}}")
        if (lo, hi) == (0, 1):
            return "?"
        return f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}"

    @property
    def text(self) -> str:
        """The line in canonical form, without indentation."""
        name = quote_if_needed(self.name, _NAME_RE)
        block = " [" + ", ".join(str(f) for f in self.filters) + "]" if self.filters else ""
        return f"{name}{block}{self.quantifier}{' !ERROR' if self.error else ''}"

    def head_problems(self, span: SpanRecord) -> list[str]:
        """Why ``span`` fails this line's name or filters (children not looked at)."""
        if span.name != self.name:
            return [f"name is {span.name!r}, expected {self.name!r}"]
        found = [f.problem(span.attributes) for f in self.filters]
        if self.error and span.status.code != "ERROR":
            found.append(f"status is {span.status.code}, expected ERROR")
        return [p for p in found if p is not None]

    def __repr__(self) -> str:
        return f"ExpectedSpan(line={self.line}, text={self.text!r}, children={len(self.children)})"


@dataclass(frozen=True, slots=True, eq=False)
class AnySpans:
    """A ``...`` line: any run of spans (zero or more, subtrees unchecked) at its level."""

    line: int = 0

    @property
    def text(self) -> str:
        """The line in canonical form."""
        return "..."


#: A line of an expectation.
ExpectedNode: TypeAlias = "ExpectedSpan | AnySpans"


@dataclass(frozen=True, slots=True)
class TreeMismatch:
    """Why a trace does not match an expectation; ``str()`` gives the full message."""

    reason: str
    expected_line: int | None
    actual_line: int | None
    message: str

    def __str__(self) -> str:
        return self.message


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
        call = _as_trace(trace)
        return _Matcher(call).level_matches(self.roots, call.roots)

    def mismatch(self, trace: SpansLike) -> TreeMismatch | None:
        """``None`` if ``trace`` matches, else where and why it does not."""
        call = _as_trace(trace)
        matcher = _Matcher(call)
        if matcher.level_matches(self.roots, call.roots):
            return None
        return _explain(self, call, matcher)

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
# Parsing

_QUANT_RE = re.compile(r"\+|\*|\?|\{(\d+)(?:(,)(\d*))?\}")
_QUANT_START = "+*?{"


def _format_value(value: FilterValue) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(format_scalar(v) for v in value) + ")"
    return format_scalar(value)


class _LineParser:
    """Reads one span line; raises :class:`TreeSyntaxError` pointing at the bad column."""

    def __init__(self, body: str, *, line: int, raw: str, indent: int) -> None:
        self.body = body
        self.pos = 0
        self.line = line
        self.raw = raw
        self.indent = indent

    def fail(self, message: str, at: int | None = None) -> TreeSyntaxError:
        column = self.indent + (self.pos if at is None else at)
        return TreeSyntaxError(message, line=self.line, text=self.raw, column=column)

    def peek(self) -> str:
        return self.body[self.pos] if self.pos < len(self.body) else ""

    def skip_spaces(self) -> int:
        start = self.pos
        while self.pos < len(self.body) and self.body[self.pos] in " \t":
            self.pos += 1
        return self.pos - start

    def quoted(self) -> str:
        __tracebackhide__ = True
        quote, start = self.body[self.pos], self.pos
        self.pos += 1
        out: list[str] = []
        while self.pos < len(self.body):
            char = self.body[self.pos]
            if char == "\\" and self.pos + 1 < len(self.body):
                escaped, self.pos = unescape_char(self.body, self.pos + 1)
                out.append(escaped)
                continue
            self.pos += 1
            if char == quote:
                return "".join(out)
            out.append(char)
        raise self.fail(f"unclosed quote {quote}", start)

    def token(self, pattern: re.Pattern[str]) -> str | None:
        found = pattern.match(self.body, self.pos)
        if found is None:
            return None
        self.pos = found.end()
        return found.group()

    def span_line(self) -> tuple[str, tuple[AttributeFilter, ...], int, int | None, bool]:
        __tracebackhide__ = True
        quoted = self.peek() in ('"', "'")
        name = self.quoted() if quoted else (self.token(_NAME_RE) or "")
        if not name and not quoted:
            raise self.fail("empty span name: each line starts with the span's name", 0)
        filters: tuple[AttributeFilter, ...] = ()
        bounds: tuple[int, int | None] = (1, 1)
        after = "the span name"
        gap = self.skip_spaces()
        if self.peek() == "[":
            filters = self.filter_block()
            after = "the filter block"
            if self.peek() and self.peek() in _QUANT_START:
                bounds = self.quantifier()
                after = "the quantifier"
            gap = self.skip_spaces()
        elif self.peek() and self.peek() in _QUANT_START and not gap:
            bounds = self.quantifier()
            after = "the quantifier"
            gap = self.skip_spaces()
            if self.peek() == "[":
                raise self.fail(
                    "the quantifier goes after the filter block, e.g. 'name [key=value]+'"
                )
        rest = self.body[self.pos :]
        error = False
        if gap and rest.startswith("!ERROR"):
            self.pos += len("!ERROR")
            error, after = True, "!ERROR"
            gap = self.skip_spaces()
            rest = self.body[self.pos :]
        if not rest or (rest.startswith("#") and gap):
            return name, filters, bounds[0], bounds[1], error
        if rest[0] in _QUANT_START:
            raise self.fail(f"write the quantifier straight after {after}, without a space")
        if rest[0] == "[":
            raise self.fail("only one filter block per line: [key1=value, key2]")
        raise self.fail(f"unexpected text {rest.split()[0]!r} after {after}")

    def filter_block(self) -> tuple[AttributeFilter, ...]:
        __tracebackhide__ = True
        opened = self.pos
        self.pos += 1
        filters: list[AttributeFilter] = []
        seen: set[str] = set()
        while True:
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '[': close the filter block with ']'", opened)
            if self.peek() == "]":
                what = "empty filter block '[]'" if not filters else "expected a key after ','"
                raise self.fail(what)
            start = self.pos
            key = self.quoted() if self.peek() in ('"', "'") else self.token(_KEY_RE)
            if not key:
                raise self.fail("expected an attribute key")
            if key in seen:
                raise self.fail(f"attribute {key!r} is filtered twice in this block", start)
            seen.add(key)
            self.skip_spaces()
            value: FilterValue | None = None
            if self.peek() == "=":
                self.pos += 1
                self.skip_spaces()
                value = self.array(key) if self.peek() == "(" else self.scalar(key)
            filters.append(AttributeFilter(key, value))
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '[': close the filter block with ']'", opened)
            if self.peek() == ",":
                self.pos += 1
                continue
            if self.peek() == "]":
                self.pos += 1
                return tuple(filters)
            raise self.fail("expected ',' or ']' after a filter (key or key=value)")

    def scalar(self, key: str) -> Scalar:
        __tracebackhide__ = True
        if self.peek() in ('"', "'"):
            return self.quoted()
        token = self.token(_VALUE_RE)
        if not token:
            raise self.fail(f"missing value after '{key}='; write \"\" for empty")
        return typed(token)

    def array(self, key: str) -> tuple[Scalar, ...]:
        # (1, "two", true): an array attribute, compared item by item.
        __tracebackhide__ = True
        opened = self.pos
        self.pos += 1
        items: list[Scalar] = []
        self.skip_spaces()
        if self.peek() == ")":
            self.pos += 1
            return ()
        while True:
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '(': close the array with ')'", opened)
            items.append(self.scalar(key))
            self.skip_spaces()
            if self.peek() == ",":
                self.pos += 1
                continue
            if self.peek() == ")":
                self.pos += 1
                return tuple(items)
            raise self.fail("expected ',' or ')' in an array value")

    def quantifier(self) -> tuple[int, int | None]:
        __tracebackhide__ = True
        start = self.pos
        found = _QUANT_RE.match(self.body, self.pos)
        end = self.pos
        while end < len(self.body) and not self.body[end].isspace():
            end += 1
        word = self.body[start:end]
        usage = "use +, *, ?, {n}, {n,} or {n,m} with n <= m"
        if found is None or (found.end() < end and self.body[found.end()] in _QUANT_START):
            raise self.fail(f"unknown quantifier {word!r}; {usage}")
        self.pos = found.end()
        symbol = found.group()
        if symbol == "+":
            return 1, None
        if symbol == "*":
            return 0, None
        if symbol == "?":
            return 0, 1
        low = int(found.group(1))
        if not found.group(2):
            return low, low
        if not found.group(3):
            return low, None
        high = int(found.group(3))
        if high < low:
            raise self.fail(f"unknown quantifier {word!r}; {usage}", start)
        return low, high


@dataclass(slots=True)
class _Draft:
    depth: int
    line: int
    parent: int | None
    name: str = ""
    filters: tuple[AttributeFilter, ...] = ()
    low: int = 1
    high: int | None = 1
    any_spans: bool = False
    error: bool = False


def _is_comment_or_blank(stripped: str) -> bool:
    return not stripped or stripped.startswith("#")


def parse_tree(text: str) -> TreeExpectation:
    """Parse an expectation (see ``docs/tree-dsl.md``).

    Common indentation is removed first, so a triple-quoted string indented with the code
    works. Line numbers in errors and messages count the lines of ``text`` from 1.

    Raises:
        TreeSyntaxError: a ``ValueError`` naming the line, for bad indentation, a child
            under ``...``, an unknown quantifier, an unclosed ``[`` or quote, an empty
            name, or an expectation without any line.

    """
    __tracebackhide__ = True  # pytest shows the message, not this module's frames
    if not isinstance(text, str):
        raise TypeError(f"a span-tree expectation is text, got {type(text).__name__}")
    raw_lines = text.splitlines()
    content: list[tuple[int, str, int]] = []  # (line number, raw line, indent width)
    for number, raw in enumerate(raw_lines, start=1):
        raw = raw.rstrip()
        stripped = raw.lstrip()
        if _is_comment_or_blank(stripped):
            continue
        lead = raw[: len(raw) - len(stripped)]
        if "\t" in lead:
            raise TreeSyntaxError(
                "indent with spaces (2 a level), not tabs",
                line=number,
                text=raw,
                column=lead.index("\t"),
            )
        content.append((number, raw, len(lead)))
    if not content:
        raise ValueError("empty span-tree expectation: write at least one span line or '...'")
    base = min(width for _, _, width in content)

    drafts: list[_Draft] = []
    open_at: list[int] = []  # draft index of the last line seen at each depth
    for number, raw, width in content:
        relative = width - base
        if relative % 2:
            raise TreeSyntaxError(
                f"indented by {relative} space{'s' if relative > 1 else ''}; "
                "indent 2 spaces a level",
                line=number,
                text=raw,
                column=width,
            )
        depth = relative // 2
        if depth > len(open_at):
            above = "the line above" if open_at else "any line above it"
            raise TreeSyntaxError(
                f"indented {depth - len(open_at) + 1} levels deeper than {above}; "
                "a child line is indented exactly 2 spaces more than its parent",
                line=number,
                text=raw,
                column=width,
            )
        del open_at[depth:]
        parent = open_at[-1] if open_at else None
        if parent is not None and drafts[parent].any_spans:
            raise TreeSyntaxError(
                f"'...' (line {drafts[parent].line}) cannot have child lines: it already "
                "stands for any spans with any children",
                line=number,
                text=raw,
                column=width,
            )
        body = raw[width:]
        draft = _Draft(depth=depth, line=number, parent=parent)
        if body.startswith("..."):
            rest = body[3:]
            if rest.strip() and not (rest[0] == " " and rest.strip().startswith("#")):
                raise TreeSyntaxError(
                    "'...' stands alone on its line (no name, filter or quantifier)",
                    line=number,
                    text=raw,
                    column=width + 3,
                )
            draft.any_spans = True
        else:
            reader = _LineParser(body, line=number, raw=raw, indent=width)
            draft.name, draft.filters, draft.low, draft.high, draft.error = reader.span_line()
        open_at.append(len(drafts))
        drafts.append(draft)

    # Children always come after their parent: build from the last line back.
    kids: list[list[ExpectedNode]] = [[] for _ in drafts]
    built: list[ExpectedNode | None] = [None] * len(drafts)
    for index in range(len(drafts) - 1, -1, -1):
        d = drafts[index]
        node: ExpectedNode
        if d.any_spans:
            node = AnySpans(line=d.line)
        else:
            node = ExpectedSpan(
                name=d.name,
                filters=d.filters,
                min_count=d.low,
                max_count=d.high,
                children=tuple(reversed(kids[index])),
                line=d.line,
                error=d.error,
            )
        built[index] = node
        if d.parent is not None:
            kids[d.parent].append(node)
    roots = [n for n, d in zip(built, drafts, strict=True) if d.parent is None and n is not None]
    return TreeExpectation(roots, source=text)


# ---------------------------------------------------------------------------------------
# Matching


def _as_trace(trace: SpansLike) -> CallTrace:
    if isinstance(trace, CallTrace):
        return trace
    return CallTrace(None, as_records(trace))


class _Matcher:
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
    matcher: _Matcher, items: Sequence[ExpectedNode], spans: Sequence[SpanRecord]
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
    matcher: _Matcher,
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
        return _Finding(f"span {span.name!r}: {why}", item, span)

    stuck = len(states) - 1
    reached = states[stuck]
    if stuck < len(spans):
        return _unexpected(items, spans[stuck], reached, parent, parent_span, lines, matcher)
    return _missing(items, spans, reached, parent, parent_span, lines)


def _unexpected(
    items: Sequence[ExpectedNode],
    span: SpanRecord,
    reached: set[tuple[int, int]],
    parent: ExpectedSpan | None,
    parent_span: SpanRecord | None,
    lines: _Lines,
    matcher: _Matcher,
) -> _Finding:
    k = len(items)
    if not items and parent is not None:
        return _Finding(
            f"unexpected child {span.name!r} under {parent.name!r}: expected line "
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
            what = f"unexpected root span {span.name!r}: the expectation lists no more root spans"
        else:
            what = (
                f"unexpected span {span.name!r} under {parent_span.name!r} (actual line "
                f"{lines.of(parent_span)}): the expectation lists no more children for it"
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
    return _Finding(f"unexpected span {span.name!r}: expected {options}{notes}", wanted[0][0], span)


def _missing(
    items: Sequence[ExpectedNode],
    spans: Sequence[SpanRecord],
    reached: set[tuple[int, int]],
    parent: ExpectedSpan | None,
    parent_span: SpanRecord | None,
    lines: _Lines,
) -> _Finding:
    # The furthest line still short of its minimum count is what the level lacks.
    blockers: list[tuple[int, int, ExpectedSpan]] = []
    for i, c in reached:
        item = items[i] if i < len(items) else None
        if isinstance(item, ExpectedSpan) and c < item.min_count:
            blockers.append((i, c, item))
    _, c, item = max(blockers, key=lambda b: (b[0], b[1]))
    last = spans[-1] if spans else None
    if parent_span is None:
        where = "the trace has no more root spans"
    elif not spans:
        where = f"{parent_span.name!r} (actual line {lines.of(parent_span)}) has no children"
    else:
        where = f"{parent_span.name!r} (actual line {lines.of(parent_span)}) has no more children"
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


def _explain(expectation: TreeExpectation, trace: CallTrace, matcher: _Matcher) -> TreeMismatch:
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
        from .pii import redact

        call = f"call {redact('getpatter.call.id', trace.call_id)!r}, "
    out.append("")
    count = len(trace.spans)
    out.append(f"actual ({call}{count} span{'s' if count != 1 else ''}):")
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


# ---------------------------------------------------------------------------------------
# Public entry points


def assert_call_tree(trace: SpansLike, expected: str | TreeExpectation) -> None:
    """Assert that ``trace`` has the span tree ``expected`` describes.

    ``trace`` is a capture, a ``CallTrace`` or spans; ``expected`` is text as described in
    ``docs/tree-dsl.md`` or a parsed :class:`TreeExpectation`.

    Raises:
        ValueError: ``expected`` is malformed (raised before anything is compared).
        AssertionError: the tree differs; the message names the first difference, why,
            and shows the expected and the actual tree (attribute values PII-masked).

    """
    __tracebackhide__ = True  # pytest shows the message, not this module's frames
    expectation = expected if isinstance(expected, TreeExpectation) else parse_tree(expected)
    found = expectation.mismatch(trace)
    if found is not None:
        raise AssertionError(found.message)


def call_tree_text(trace: SpansLike) -> TreeText:
    """The actual tree as text, without durations: what a failure message shows."""
    return _as_trace(trace).tree(durations=False)


_DURATION_RE = re.compile(r"\s+\((?:open|[\d.]+ ms)\)\s*$")
_ERROR_RE = re.compile(r"\s+!ERROR\s*$")
_BLOCK_RE = re.compile(r"\[.*\]")
_SHAPE_RE = re.compile(r"\s*\[.*\]\s*$")


def _tree_shape(text: str) -> TreeExpectation | None:
    """``text`` parsed as a span tree (rendered or pattern), or ``None`` if it is not one."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    simple: list[str] = []
    for line in text.splitlines():
        line = _ERROR_RE.sub("", _DURATION_RE.sub("", line))
        # Attribute contents may be anything (arrays, truncated text): only shape matters.
        simple.append(_BLOCK_RE.sub("[x]", line))
    try:
        shape = parse_tree("\n".join(simple))
    except ValueError:
        return None
    nested = any(isinstance(n, ExpectedSpan) and n.children for _, n in shape.walk())
    if not nested and "[" not in text:
        return None
    return shape


def _uses_patterns(shape: TreeExpectation, text: str) -> bool:
    for _, node in shape.walk():
        if isinstance(node, AnySpans) or (
            isinstance(node, ExpectedSpan) and (node.min_count, node.max_count) != (1, 1)
        ):
            return True
    return any(line.lstrip().startswith("#") for line in text.splitlines())


def _normalized(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    widths = [len(line) - len(line.lstrip(" ")) for line in lines if line]
    base = min(widths, default=0)
    return [line[base:] for line in lines]


def assertrepr_compare(op: str, left: object, right: object) -> list[str] | None:
    """Explain a failed ``tree_text == other_tree_text`` comparison, else ``None``.

    For ``pytest_assertrepr_compare``: only claims ``==`` where a side is a
    :class:`TreeText` (what our renderers return) and both look like span trees (several
    lines, nested or with ``[...]`` attributes); returns a line diff whose first line
    names the first differing line.
    """
    if op != "==" or not isinstance(left, str) or not isinstance(right, str):
        return None
    if not isinstance(left, TreeText) and not isinstance(right, TreeText):
        return None
    left_shape, right_shape = _tree_shape(left), _tree_shape(right)
    if left_shape is None or right_shape is None:
        return None
    a, b = _normalized(left), _normalized(right)
    if a == b:
        return [
            "span trees are equal apart from indentation or blank lines around them",
            "hint: dedent the expected text, e.g. textwrap.dedent(text).strip()",
        ]
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    first = next(code for code in ops if code[0] != "equal")
    _, i1, _, j1, _ = first
    left_at = f"left line {i1 + 1}:  {a[i1]}" if i1 < len(a) else "left:  (no more lines)"
    right_at = f"right line {j1 + 1}: {b[j1]}" if j1 < len(b) else "right: (no more lines)"
    out = [f"span trees differ, first at left line {i1 + 1} / right line {j1 + 1}"]
    out += [f"  {left_at}", f"  {right_at}"]
    if [_SHAPE_RE.sub("", line) for line in a] == [_SHAPE_RE.sub("", line) for line in b]:
        out.append(
            "note: same span names and shape; only attributes differ (assert_call_tree(call, "
            "text) checks just the attributes a pattern lists)"
        )
    for side, shape, text in (("left", left_shape, left), ("right", right_shape, right)):
        if _uses_patterns(shape, text):
            out.append(
                f"hint: the {side} text uses span-tree pattern syntax ('...', quantifiers or "
                "comments), which == compares literally; use assert_call_tree(call, text)"
            )
    out.append("diff (- left, + right), first difference marked <--:")
    marked = False
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            out.extend(f"    {line}" for line in a[i1:i2])
            continue
        chunk = [f"  - {line}" for line in a[i1:i2]] + [f"  + {line}" for line in b[j1:j2]]
        if not marked:
            chunk[0] += "   <-- first difference"
            marked = True
        out.extend(chunk)
    return out
