"""Span selectors: read ``getpatter.llm[patter.llm.iteration>1] > getpatter.tool`` and pick spans.

The grammar and its meaning are in ``docs/selectors.md``. Names, keys and values are
written as in the span-tree language (the same tokens, escapes and cursor, ``_cursor``):
a bare name is a glob (``*`` and ``?``), a quoted name is exact; a bare value that reads
as a number or a boolean is one, a quoted value is a string. Errors point at the column.

Matching goes right to left, as CSS does: a span is picked when it matches the last
compound and its ancestors match the ones before, each answer memoised per span, so a
selection costs one pass over the spans plus the ancestors of those that match.
"""

from __future__ import annotations

import math
import operator
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import compress
from typing import Protocol, TypeAlias

from ._cursor import Cursor
from ._render import KEY_TOKEN, NAME_TOKEN
from ._selection import Selection
from .errors import SelectorSyntaxError
from .model import SpanRecord

__all__ = [
    "INTRINSICS",
    "OPERATORS",
    "Selector",
    "SelectorSyntaxError",
    "Traced",
    "parse_selector",
    "select_traces",
]

Scalar: TypeAlias = "str | bool | int | float"
_Parent: TypeAlias = "Callable[[SpanRecord], SpanRecord | None]"
_AttributesOf: TypeAlias = "Callable[[SpanRecord], Mapping[str, object]]"
Value: TypeAlias = "Scalar | tuple[Scalar, ...]"

# The tree language's tokens, narrowed where a selector needs the characters: a bare
# name may hold the glob characters ``*`` and ``?`` (quantifiers in a tree line) but
# stops at ``>`` (the child combinator); a bare key stops at the comparison characters.
_NAME = re.compile(NAME_TOKEN.pattern.replace(r"+*?", "+>"))
_KEY = re.compile(KEY_TOKEN.pattern.replace("#()", "#()!<>~"))

#: Comparison operators, longest first (the reader tries them in this order).
OPERATORS = ("!=", ">=", "<=", "~=", "=", ">", "<")

#: Keys that test the span itself rather than an attribute (quote a key to mean an
#: attribute of that name).
INTRINSICS = {
    ":status": "the span's status: OK, ERROR or UNSET",
    ":kind": "the span's kind: INTERNAL, SERVER, CLIENT, PRODUCER or CONSUMER",
    ":duration_ms": "the span's duration in milliseconds (open spans have none)",
}
_STATUSES = ("OK", "ERROR", "UNSET")
_NAME_OF = operator.attrgetter("name")
_KINDS = ("INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER")


def _same(expected: Value, actual: object) -> bool:
    # As in the tree language: types are compared, 1 == 1.0, a bool is not a number.
    if isinstance(expected, tuple):
        return (
            isinstance(actual, tuple | list)
            and len(actual) == len(expected)
            and all(_same(e, a) for e, a in zip(expected, actual, strict=True))
        )
    if isinstance(expected, bool):
        return actual is expected
    if isinstance(expected, int | float):
        number = isinstance(actual, int | float) and not isinstance(actual, bool)
        return number and actual == expected
    return isinstance(actual, str) and actual == expected


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@dataclass(frozen=True, slots=True)
class _Test:
    """One test in a ``[...]`` block: ``key``, ``!key``, or ``key <op> value``."""

    key: str
    op: str  # "exists", "absent", or one of OPERATORS
    value: Value | None = None
    pattern: re.Pattern[str] | None = None
    #: One of INTRINSICS (written bare); a quoted key is always an attribute.
    intrinsic: bool = False

    def passes(self, span: SpanRecord, attrs: Mapping[str, object]) -> bool:
        key, op = self.key, self.op
        actual: object
        if not self.intrinsic:
            if key not in attrs:
                return op == "absent"
            actual = attrs[key]
        elif key == ":status":
            actual = span.status.code
        elif key == ":kind":
            actual = span.kind
        else:
            d = span.duration_ns
            if d is None:
                return op == "absent"
            actual = d / 1e6
        if op == "exists":
            return True
        if op == "absent":
            return False
        if op == "=":
            return _same(self.value, actual)  # type: ignore[arg-type]
        if op == "!=":
            return not _same(self.value, actual)  # type: ignore[arg-type]
        if op == "~=":
            return (
                isinstance(actual, str)
                and self.pattern is not None
                and (self.pattern.search(actual) is not None)
            )
        number, bound = _number(actual), _number(self.value)
        if number is None or bound is None or math.isnan(number):
            return False
        if op == ">":
            return number > bound
        if op == "<":
            return number < bound
        if op == ">=":
            return number >= bound
        return number <= bound


@dataclass(frozen=True, slots=True)
class _Compound:
    """A name (exact, glob or any) and the tests of its block."""

    name: str | None  # exact name; None: see glob
    glob: re.Pattern[str] | None  # None with name None: any name
    tests: tuple[_Test, ...]

    def head(self, span: SpanRecord, attributes_of: _AttributesOf) -> bool:
        if self.name is not None:
            if span.name != self.name:
                return False
        elif self.glob is not None and self.glob.fullmatch(span.name) is None:
            return False
        return self.tests_ok(span, attributes_of)

    def tests_ok(self, span: SpanRecord, attributes_of: _AttributesOf) -> bool:
        if not self.tests:
            return True
        attrs = attributes_of(span)
        return all(t.passes(span, attrs) for t in self.tests)

    def named(self, spans: Sequence[SpanRecord]) -> Sequence[SpanRecord]:
        """The ``spans`` whose name matches, in one C-level pass for an exact name."""
        if self.name is not None:
            return list(compress(spans, map(self.name.__eq__, map(_NAME_OF, spans))))
        if self.glob is not None:
            return list(compress(spans, map(self.glob.fullmatch, map(_NAME_OF, spans))))
        return spans


def _glob(word: str) -> re.Pattern[str]:
    # Only * and ? are special: a bare name cannot hold brackets.
    parts = (".*" if c == "*" else "." if c == "?" else re.escape(c) for c in word)
    return re.compile("".join(parts), re.DOTALL)


class _Reader(Cursor):
    """Reads a selector left to right; every error names the column."""

    SPACES = " \t\n\r"

    def fail(self, message: str, at: int | None = None) -> SelectorSyntaxError:
        return SelectorSyntaxError(message, text=self.text, column=self.pos if at is None else at)

    def selector(self) -> tuple[list[_Compound], list[str]]:
        steps: list[_Compound] = []
        combinators: list[str] = [""]
        self.skip_spaces()
        if not self.peek():
            raise self.fail("empty selector: write a span name, '*' or a [key] block")
        while True:
            steps.append(self.compound())
            gap = self.skip_spaces()
            if not self.peek():
                return steps, combinators
            if self.peek() == ">":
                self.pos += 1
                self.skip_spaces()
                if not self.peek():
                    raise self.fail("'>' needs a span after it (the child)")
                combinators.append(">")
            elif gap:
                combinators.append(" ")
            else:
                raise self.fail(
                    f"unexpected {self.peek()!r} after a span; separate spans by "
                    "a space (descendant) or '>' (child)"
                )

    def compound(self) -> _Compound:
        start = self.pos
        name: str | None = None
        glob: re.Pattern[str] | None = None
        if self.at_quote():
            name = self.quoted()
        elif self.peek() != "[":
            word = self.token(_NAME)
            if word is None:
                char = self.peek()
                hint = " (a child combinator needs a span before it)" if char == ">" else ""
                raise self.fail(f"expected a span name, '*' or '[' here, found {char!r}{hint}")
            if word == "*":
                pass
            elif "*" in word or "?" in word:
                glob = _glob(word)
            else:
                name = word
        tests: tuple[_Test, ...] = ()
        if self.peek() == "[":
            tests = self.block()
        if self.peek() == "[":
            raise self.fail("one [...] block per span: separate tests with ','")
        if self.pos == start:  # pragma: no cover - every branch above moves or raises
            raise self.fail("expected a span")
        return _Compound(name, glob, tests)

    def block(self) -> tuple[_Test, ...]:
        opened = self.pos
        self.pos += 1
        tests: list[_Test] = []
        while True:
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '[': close the block with ']'", opened)
            if self.peek() == "]":
                raise self.fail("empty block '[]'" if not tests else "expected a test after ','")
            tests.append(self.test())
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '[': close the block with ']'", opened)
            if self.peek() == ",":
                self.pos += 1
                continue
            if self.peek() == "]":
                self.pos += 1
                return tuple(tests)
            raise self.fail("expected ',' or ']' after a test")

    def test(self) -> _Test:
        negated = False
        if self.peek() == "!":
            negated = True
            self.pos += 1
        key_at = self.pos
        if self.at_quote():
            key = self.quoted()
            intrinsic = False
        else:
            key = self.token(_KEY) or ""
            if not key:
                raise self.fail("expected an attribute key (quote a key with other characters)")
            intrinsic = key.startswith(":")
            if intrinsic and key not in INTRINSICS:
                known = ", ".join(INTRINSICS)
                raise self.fail(f"unknown {key!r}: the span's own fields are {known}", key_at)
        self.skip_spaces()
        op = next((o for o in OPERATORS if self.peek(len(o)) == o), None)
        if negated:
            if op is not None:
                raise self.fail("'!key' tests absence and takes no comparison", key_at - 1)
            return _Test(key, "absent", intrinsic=intrinsic)
        if op is None:
            return _Test(key, "exists", intrinsic=intrinsic)
        op_at = self.pos
        self.pos += len(op)
        self.skip_spaces()
        value_at = self.pos
        value = self.value(key, op)
        test = _Test(key, op, value, intrinsic=intrinsic)
        return self._checked(key if intrinsic else "", test, op_at, value_at)

    def value(self, key: str, op: str) -> Value:
        if self.peek() == "(":
            if op not in ("=", "!="):
                raise self.fail(f"an array value compares with = or !=, not {op}")
            return self.array(f"expected a value in the array of {key!r}")
        return self.scalar(f"missing value after '{key}{op}'; write \"\" for empty")

    def _checked(self, intrinsic: str, test: _Test, op_at: int, value_at: int) -> _Test:
        op, value = test.op, test.value
        if op == "~=":
            if not isinstance(value, str):
                raise self.fail("~= takes a regular expression: quote it", value_at)
            try:
                pattern = re.compile(value)
            except re.error as exc:
                raise self.fail(f"bad regular expression: {exc}", value_at) from None
            return _Test(test.key, op, value, pattern, intrinsic=test.intrinsic)
        if op in (">", "<", ">=", "<=") and _number(value) is None:
            raise self.fail(f"{op} compares numbers; {value!r} is not a number", value_at)
        if intrinsic in (":status", ":kind"):
            allowed = _STATUSES if intrinsic == ":status" else _KINDS
            if op not in ("=", "!="):
                raise self.fail(f"{intrinsic} compares with = or !=", op_at)
            if not isinstance(value, str) or value.upper() not in allowed:
                raise self.fail(f"{intrinsic} is one of {', '.join(allowed)}", value_at)
            return _Test(test.key, op, value.upper(), intrinsic=True)
        if intrinsic == ":duration_ms" and _number(value) is None:
            raise self.fail(":duration_ms compares with a number of milliseconds", value_at)
        return test


class Traced(Protocol):
    """What a selector searches: a call's spans (start order) and their parents."""

    @property
    def call_id(self) -> str | None:
        """The call's id (``None``: spans of no call)."""

    @property
    def spans(self) -> Sequence[SpanRecord]:
        """The spans, in start order."""

    def _selection_view(self) -> tuple[_Parent, _AttributesOf]:
        """Functions giving a span's parent in the call, and its attributes."""
        ...


class Selector:
    """A parsed selector, reusable across traces; ``str()`` is the text it came from."""

    __slots__ = ("_combinators", "_steps", "text")

    def __init__(self, text: str) -> None:
        if not isinstance(text, str):
            raise TypeError(f"a span selector is text, got {type(text).__name__}")
        self.text = text
        self._steps, self._combinators = _Reader(text).selector()

    def pick(
        self,
        spans: Sequence[SpanRecord],
        parent: _Parent,
        attributes_of: _AttributesOf = operator.attrgetter("attributes"),
    ) -> list[SpanRecord]:
        """The ``spans`` this selector matches, ancestors found through ``parent``."""
        steps = self._steps
        last = steps[-1]
        # The last compound's name first, in C: most spans stop there.
        candidates = last.named(spans)
        if len(steps) == 1:
            return [s for s in candidates if last.tests_ok(s, attributes_of)]
        # Memos keyed by id(): the spans outlive this call, and ids are cheaper than keys.
        chain: list[dict[int, bool]] = [{} for _ in steps]
        above: list[dict[int, bool]] = [{} for _ in steps]
        combinators = self._combinators

        def holds(i: int, span: SpanRecord) -> bool:
            memo = chain[i]
            found = memo.get(id(span))
            if found is None:
                found = steps[i].head(span, attributes_of) and (i == 0 or context(i, span))
                memo[id(span)] = found
            return found

        def context(i: int, span: SpanRecord) -> bool:
            # Does the part of the selector left of step i hold above span?
            if combinators[i] == ">":
                up = parent(span)
                return up is not None and holds(i - 1, up)
            memo = above[i]
            path: list[SpanRecord] = []
            node, found = span, False
            while True:
                known = memo.get(id(node))
                if known is not None:
                    found = known
                    break
                up = parent(node)
                if up is None:
                    break
                path.append(node)
                if holds(i - 1, up):
                    found = True
                    break
                node = up
            for below in path:
                memo[id(below)] = found
            return found

        end = len(steps) - 1
        return [s for s in candidates if last.tests_ok(s, attributes_of) and context(end, s)]

    def __str__(self) -> str:
        return self.text

    def __repr__(self) -> str:
        return f"Selector({self.text!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Selector):
            return NotImplemented
        return self.text == other.text

    def __hash__(self) -> int:
        return hash(self.text)


def parse_selector(selector: str | Selector) -> Selector:
    """``selector`` parsed (a :class:`Selector` is returned as it is).

    Raises:
        SelectorSyntaxError: a ``ValueError`` naming the column of the problem.

    """
    __tracebackhide__ = True
    return selector if isinstance(selector, Selector) else Selector(selector)


def select_traces(traces: Iterable[Traced], selector: str | Selector) -> Selection:
    """The spans of each of ``traces`` that ``selector`` matches, grouped per call."""
    __tracebackhide__ = True
    parsed = parse_selector(selector)
    groups = [(t.call_id, parsed.pick(t.spans, *t._selection_view())) for t in traces]
    return Selection(parsed.text, groups)
