"""Every error the plugin raises on purpose, under one base class.

Each keeps the standard base it always had (``ValueError`` for bad input,
``AssertionError`` for a failed check...), so ``except ValueError`` in user code keeps
working, and ``except PatterTraceError`` catches any of ours. Every ``assert_*`` raises a
:class:`PatterTraceAssertion`. The modules that raise them still re-export them under
their old names.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import partial
from typing import Any, Protocol

from ._printable import printable

__all__ = [
    "ContractError",
    "InputError",
    "InternalsChanged",
    "OtlpError",
    "PatterTraceAssertion",
    "PatterTraceError",
    "PiiFound",
    "SdkError",
    "SelectorSyntaxError",
    "SnapshotRefusedError",
    "TreeSyntaxError",
    "UnsupportedRelease",
]


class PatterTraceError(Exception):
    """Base class of every error pytest-patter-trace raises on purpose."""


class PatterTraceAssertion(PatterTraceError, AssertionError):
    """A check failed: raised by every ``assert_*`` function.

    An ``AssertionError``, so pytest reports it as a test failure.
    """


# Shown in failures under the name users import it by (``pytest_patter_trace``).
PatterTraceAssertion.__module__ = "pytest_patter_trace"


class SdkError(PatterTraceError, RuntimeError):
    """The Patter SDK could not be driven: not installed, or it failed to run offline.

    The message is one line, meant to be shown as it is.
    """


class UnsupportedRelease(SdkError):
    """The installed getpatter release is outside the range the scenarios can drive."""

    def __init__(self, version: str, supported: str) -> None:
        super().__init__(
            f"getpatter {version} is outside the supported range ({supported}): "
            "it has no tracing the scenarios can drive"
        )
        self.version = version
        """The installed release."""
        self.supported = supported
        """The supported range, as shown to users (e.g. ``>=0.5.4``)."""


class InternalsChanged(PatterTraceError, RuntimeError):
    """The OpenTelemetry SDK's private state is not where this version expects it."""


class InputError(PatterTraceError, ValueError):
    """A file or option ``patter-trace`` cannot use; the message names which and why."""


class ContractError(PatterTraceError, ValueError):
    """A contract file that cannot be used, with every problem and where it is."""

    def __init__(self, origin: str, problems: Sequence[tuple[str, str]]) -> None:
        self.origin = origin
        self.problems = tuple(problems)
        lines = [
            f"{origin}: {path}: {problem}" if path else f"{origin}: {problem}"
            for path, problem in self.problems
        ]
        if len(lines) == 1:
            text = lines[0]
        else:
            text = f"{origin}: {len(lines)} problems in the contract\n" + "\n".join(
                "  " + line for line in lines
            )
        super().__init__(text)


class TreeSyntaxError(PatterTraceError, ValueError):
    """A malformed expectation: names the line, shows it and points at the column."""

    def __init__(self, message: str, *, line: int, text: str, column: int) -> None:
        self.line = line
        self.text = text
        self.column = column
        self.message = message
        gutter = f"  {line} | "
        # Shown escaped: the caret counts the escaped text up to the column.
        shown = printable(text, keep="\t")
        column_shown = len(printable(text[:column], keep="\t"))
        super().__init__(
            f"bad span-tree expectation, line {line}: {printable(message)}\n"
            f"{gutter}{shown}\n{' ' * (len(gutter) - 2)}| {' ' * column_shown}^"
        )


class SelectorSyntaxError(PatterTraceError, ValueError):
    """A malformed selector: says what is wrong, shows the selector, points at the column."""

    def __init__(self, message: str, *, text: str, column: int) -> None:
        self.text = text
        """The selector as written."""
        self.column = column
        """Where the problem is, counted from 0."""
        self.message = message
        """What is wrong, without the selector and caret lines."""
        # Shown escaped: the caret counts the escaped text up to the column.
        shown, column_shown = printable(text), len(printable(text[:column]))
        super().__init__(
            f"bad span selector, column {column + 1}: {printable(message)}\n"
            f"  {shown}\n  {' ' * column_shown}^"
        )


class OtlpError(PatterTraceError, ValueError):
    """Malformed OTLP input; the message names the source, line or message, and field.

    Example: ``trace.jsonl:3: resourceSpans[0].scopeSpans[0].spans[2].spanId: expected
    16 hex digits, got 'zz'``. The parts are also attributes: ``source``, ``line``,
    ``message`` (the index of a length-prefixed message), ``field`` and ``problem``.
    """

    def __init__(
        self,
        problem: str,
        *,
        source: str = "<bytes>",
        line: int | None = None,
        message: int | None = None,
        field: str = "",
    ) -> None:
        self.problem = problem
        self.source = source
        self.line = line
        self.message = message
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
        if self.message is not None:
            where += f": message {self.message}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.problem}"

    def __reduce__(self) -> tuple[Any, ...]:
        # The constructor is keyword-only: pickling (pytest-xdist) goes through a function.
        return (_rebuild_error, (self.problem, self.source, self.line, self.message, self.field))


def _rebuild_error(
    problem: str, source: str, line: int | None, message: int | None, field: str
) -> OtlpError:
    return OtlpError(problem, source=source, line=line, message=message, field=field)


class SnapshotRefusedError(PatterTraceError):
    """The trace holds PII, so it is not serialized; ``str()`` shows masked findings."""

    def __init__(self, findings: Sequence[object]) -> None:
        self.findings = tuple(findings)
        lines = [
            f"patter_snapshot refused to serialize this trace: {len(self.findings)} PII "
            "finding(s); no snapshot was written or compared.",
            *(f"  - {finding}" for finding in self.findings),
            "If a flagged attribute is expected, keep it out of snapshots with "
            "SnapshotOptions(drop=[...]) or the patter_snapshot_drop ini option.",
        ]
        super().__init__("\n".join(lines))


class _Finding(Protocol):
    # What the PII message reads of a finding (``pii.PiiFinding``); a protocol keeps
    # this module below the checks.
    @property
    def call_id(self) -> str | None: ...

    @property
    def key(self) -> str: ...

    @property
    def category(self) -> str: ...


def format_findings(findings: Iterable[_Finding], *, hint: str | None = None) -> str:
    """The failure message: one line per finding, grouped by call, and how to allow one.

    Conversation content (category ``content``) is counted apart from personal data in
    the first line. ``hint`` replaces the closing line; ``{keys}`` in it becomes the
    flagged attribute keys (the plugin points at its marker and ini option there).
    """
    items = list(findings)
    head = f"{len(items)} PII finding{'s' if len(items) != 1 else ''} (values masked):"
    content = sum(1 for f in items if f.category == "content")
    if content:
        head += f" {len(items) - content} personal data, {content} conversation content"
    lines = [head]
    for call_id in sorted({f.call_id for f in items}, key=lambda c: (c is None, c or "")):
        lines.append(f"call {call_id}" if call_id is not None else "spans without a call id")
        lines.extend(f"  {f}" for f in items if f.call_id == call_id)
    keys = sorted({f.key for f in items})
    shown = ", ".join(repr(k) for k in keys[:4]) + (", ..." if len(keys) > 4 else "")
    if hint is None:
        hint = (
            "Not PII? allow=[{keys}] skips those attribute keys (globs work),\n"
            "allow=[re.compile(...) or a callable] accepts the values it matches, "
            "kinds=[...] narrows the check."
        )
    if content:
        hint += (
            "\ncontent='allow' (argument, patter_pii marker or patter_pii_content ini option) "
            "accepts conversation content that names no one."
        )
    hint = hint.replace("{keys}", shown)
    lines.append(hint)
    return "\n".join(lines)


class PiiFound(PatterTraceAssertion):
    """Raised by :func:`assert_no_pii`; ``findings`` holds what was found (masked)."""

    def __init__(self, findings: Iterable[_Finding], *, hint: str | None = None) -> None:
        self.findings: tuple[Any, ...] = tuple(findings)
        """The findings (``PiiFinding``), values masked."""
        self.hint = hint
        super().__init__(format_findings(self.findings, hint=hint))

    def __reduce__(self) -> tuple[Any, tuple[tuple[Any, ...]]]:
        # Rebuilt from the findings, not from the message (pickling, multiprocessing).
        return (partial(PiiFound, hint=self.hint), (self.findings,))
