"""The parsed form of a span-tree expectation: lines, filters, counts."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeAlias

from ...core import _render
from ...core._render import KEY_TOKEN as _KEY_RE
from ...core._render import NAME_TOKEN as _NAME_RE
from ...core._render import format_scalar, quote_if_needed, quoted_name, shorten
from ...core.model import AttributeValue, SpanRecord

#: A value an attribute filter compares with: a scalar, or an array of scalars.
Scalar: TypeAlias = "str | bool | int | float"
FilterValue: TypeAlias = "Scalar | tuple[Scalar, ...]"

_SpanKey: TypeAlias = "tuple[str, str]"


# ---------------------------------------------------------------------------------------
# The parsed form


def type_word(value: object) -> str:
    if isinstance(value, bool):
        return "the boolean"
    if isinstance(value, int | float):
        return "the number"
    if isinstance(value, str):
        return "the string"
    if isinstance(value, tuple):
        return "the array"
    return f"a {type(value).__name__}"


def show_expected(value: FilterValue) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(show_expected(v) for v in value) + ")"
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value)


def _show_actual(key: str, value: object) -> str:
    # Actual values end up in failure messages: they pass through the PII redactor.
    shown = _render.redact(key, value)
    if isinstance(shown, bool):
        return "true" if shown else "false"
    if isinstance(shown, str):
        return repr(shorten(shown, 60))
    return repr(shown)


def same_value(expected: FilterValue, actual: object) -> bool:
    # Types are compared too: a number never equals a string, and bool is not a number.
    if isinstance(expected, tuple):
        return (
            isinstance(actual, tuple | list)
            and len(actual) == len(expected)
            and all(same_value(e, a) for e, a in zip(expected, actual, strict=True))
        )
    if isinstance(expected, bool):
        return isinstance(actual, bool) and actual is expected
    if isinstance(expected, int | float):
        return (
            isinstance(actual, int | float)
            and not isinstance(actual, bool)
            # nan reads back from tree text as nan: it matches itself.
            and (actual == expected or (actual != actual and expected != expected))
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
        if same_value(self.value, actual):
            return None
        expected = show_expected(self.value)
        shown = _show_actual(self.key, actual)
        if type_word(actual) != type_word(self.value):
            return (
                f"attribute {self.key!r} is {type_word(actual)} {shown}, "
                f"expected {type_word(self.value)} {expected}"
            )
        return f"attribute {self.key!r} is {shown}, expected {expected}"

    def __str__(self) -> str:
        key = quote_if_needed(self.key, _KEY_RE)
        if self.value is None:
            return key
        return f"{key}={format_filter_value(self.value)}"


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
            return [f"name is {quoted_name(span.name)}, expected {self.name!r}"]
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


def format_filter_value(value: FilterValue) -> str:
    if isinstance(value, tuple):
        return "(" + ", ".join(format_scalar(v) for v in value) + ")"
    return format_scalar(value)
