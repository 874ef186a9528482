"""A check's finding (:class:`Violation`) and the text that lists findings by call.

Every attribute, contract, cost and timing check reports :class:`Violation` objects;
:func:`format_violations` writes them grouped by call, spans named through the rendering
layer. Public through :mod:`pytest_patter_trace.checks.attributes`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from . import _render
from ._render import plural
from .model import SpanRecord

__all__ = ["Violation", "format_violations"]


@dataclass(frozen=True, slots=True)
class Violation:
    """One finding: a stable ``code`` plus where it is and what was found.

    ``span_name``/``span_id`` are ``None`` for call-level findings (a missing span);
    ``call_id`` is ``None`` for spans that belong to no call. ``expected``/``found`` hold
    short machine-readable details (a type name, a key, ``"absent"``). ``message`` never
    shows an attribute value unmasked: values pass through :func:`pii.redact`.
    """

    code: str
    message: str
    call_id: str | None = None
    span_name: str | None = None
    span_id: str | None = None
    key: str | None = None
    expected: str | None = None
    found: str | None = None

    def __post_init__(self) -> None:
        # A finding is text for people: its span name and call id are kept masked, like
        # the values in its message, so no str(), repr() or to_dict() shows them raw.
        if self.span_name is not None:
            object.__setattr__(self, "span_name", _render.display_name(self.span_name))
        # Keys and names quoted in a message may hold terminal controls: shown escaped.
        object.__setattr__(self, "message", _render.printable(self.message, keep="\n"))
        if self.call_id is not None:
            object.__setattr__(self, "call_id", _render.masked_call_id(self.call_id))

    @classmethod
    def on(
        cls,
        span: SpanRecord,
        code: str,
        message: str,
        *,
        call_id: str | None,
        key: str | None = None,
        expected: str | None = None,
        found: str | None = None,
    ) -> Violation:
        """A finding located on ``span`` (its name and id filled in)."""
        return cls(
            code,
            message,
            call_id=call_id,
            span_name=span.name,
            span_id=span.span_id,
            key=key,
            expected=expected,
            found=found,
        )

    def to_dict(self) -> dict[str, str | None]:
        """A JSON-ready dict with every field."""
        return {
            "code": self.code,
            "call_id": self.call_id,
            "span_name": self.span_name,
            "span_id": self.span_id,
            "key": self.key,
            "expected": self.expected,
            "found": self.found,
            "message": self.message,
        }

    def __str__(self) -> str:
        where = self.span_name or "(call)"
        if self.span_id:
            where += f" {self.span_id}"
        call = "no call id" if self.call_id is None else f"call {self.call_id}"
        return f"[{self.code}] {call}: {where}: {self.message}"


def format_violations(
    violations: Sequence[Violation], *, title: str, detail: str | None = None
) -> str:
    """Violations as text grouped by call, with counts per code.

    Each finding is a line saying what is wrong, then a line saying where (span names
    and ids). The same finding on several spans of a call is written once with all its
    spans, so a drift repeated on every span reads as one entry, not fifty.
    """
    per_call: dict[str | None, list[Violation]] = {}
    for v in violations:
        per_call.setdefault(v.call_id, []).append(v)
    calls = list(per_call)
    real_calls = [c for c in calls if c is not None]
    head = f"{title}: {plural(len(violations), 'violation')}"
    head += f" in {plural(len(real_calls), 'call')}"
    if None in calls:
        head += " and outside any call"
    if detail:
        head += f" ({detail})"
    lines = [head]
    counts = Counter(v.code for v in violations)
    if counts:
        ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        lines.append("  " + ", ".join(f"{code} x{n}" for code, n in ordered))
    width = max((len(v.code) for v in violations), default=0)
    for call_id in calls:
        mine = per_call[call_id]
        label = "outside any call" if call_id is None else f"call {_call_label(call_id)}"
        lines.append("")
        lines.append(f"{label}: {plural(len(mine), 'violation')}")
        groups: dict[tuple[str, str], list[Violation]] = {}
        for v in mine:
            groups.setdefault((v.code, v.message), []).append(v)
        for (code, message), found in groups.items():
            lines.append(f"  {code:<{width}}  {message}")
            where = _where(found)
            if where:
                lines.append(f"  {'':<{width}}    at {where}")
    return "\n".join(lines)


_MAX_IDS = 8


def _where(found: Sequence[Violation]) -> str:
    by_name: dict[str, list[str]] = {}
    for v in found:
        if v.span_id and v.span_name:
            by_name.setdefault(v.span_name, []).append(v.span_id)
    if not by_name:
        return ""
    total = sum(len(ids) for ids in by_name.values())
    budget = _MAX_IDS
    parts: list[str] = []
    for name, ids in by_name.items():
        shown = ids[: max(budget, 0)]
        budget -= len(shown)
        text = name + (f" x{len(ids)}" if len(ids) > 1 else "")
        if shown:
            text += " " + ", ".join(shown)
        if len(shown) < len(ids):
            text += f" (+{len(ids) - len(shown)} more)"
        parts.append(text)
    prefix = f"{total} spans: " if total > 1 else ""
    return prefix + "; ".join(parts)


def _call_label(call_id: str) -> str:
    return _render.show_call_id(call_id)
