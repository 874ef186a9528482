"""The conformance report of ``patter-trace check``: built from spans, shown as text or JSON.

One :class:`SourceReport` per scenario or file, one :class:`CallReport` per call in it.
Every finding carries the position of its span in the call's tree (``#3``, the tree's
line number), so two findings about two spans of the same name never read as one. The
text report opens with a per-code summary of the whole run, folds the calls whose tree
and findings repeat an earlier call of the same source, and shows span names, call ids
and values only through the masking renderers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

from ..checks._call import CallChecked, check_calls
from ..checks.contract import ContractLike
from ..checks.profiles import Profile, resolve_profile
from ..checks.timing import CallTiming
from ..core._render import describe_span, display_name, plural, printable, show_call_id
from ..core.model import SpanRecord

__all__ = [
    "CallReport",
    "SourceReport",
    "check_spans",
    "pii_counts",
    "render_json",
    "render_text",
]


@dataclass(slots=True)
class CallReport:
    """What ``check`` found about one call.

    ``call_id`` is shown masked when it looks like personal data; ``tree`` holds one line
    per span, in the order findings number them (``span_index`` 1 is the first line).
    """

    call_id: str | None
    tree: list[str]
    spans: int
    violations: list[dict[str, Any]] = field(default_factory=list)
    pii: list[dict[str, Any]] = field(default_factory=list)
    cost: dict[str, Any] = field(default_factory=dict)
    latency: dict[str, Any] = field(default_factory=dict)
    #: The call's turns with their figures (``turn_ms``, ``ttft_ms``) and the clock,
    #: measured once here; the outputs read them from here.
    timing: CallTiming | None = None
    #: The tree with call-id values left out: equal for calls that differ only by id.
    shape: tuple[str, ...] = field(default=(), repr=False, compare=False)
    #: The call's spans in tree order (``span_index`` 1 first), for the waterfall report.
    records: tuple[SpanRecord, ...] = field(default=(), repr=False, compare=False)

    @property
    def conforms(self) -> bool:
        """No contract violation and no PII finding."""
        return not self.violations and not self.pii

    def signature(self) -> tuple[object, ...]:
        """What two calls share when one folds into the other in the text report."""
        return (
            self.shape,
            tuple(_finding_key(v) for v in self.violations),
            tuple(_finding_key(f) for f in self.pii),
        )

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "call_id": self.call_id,
            "spans": self.spans,
            "tree": self.tree,
            "violations": self.violations,
            "pii": self.pii,
            "cost": self.cost,
            "latency": self.latency,
            "timing": _timing_figures(self.timing),
            "conforms": self.conforms,
        }


@dataclass(slots=True)
class SourceReport:
    """A scenario or a file, with its calls."""

    source: str
    calls: list[CallReport]
    error: str | None = None
    #: What the report could not show exactly (a value OTLP cannot carry...), one line each.
    notes: list[str] = field(default_factory=list)

    @property
    def conforms(self) -> bool:
        """Every call conforms and the source could be read."""
        return self.error is None and all(c.conforms for c in self.calls)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "source": self.source,
            "error": self.error,
            "conforms": self.conforms,
            "calls": [c.to_dict() for c in self.calls],
        }


def _finding_key(finding: dict[str, Any]) -> tuple[object, ...]:
    return tuple(v for k, v in sorted(finding.items()) if k not in ("call_id", "span_id"))


def check_spans(
    source: str,
    spans: Sequence[SpanRecord],
    *,
    contract: ContractLike = None,
    call_id_keys: Sequence[str] | None = None,
    profile: Profile | None = None,
) -> SourceReport:
    """Check the spans of one source against a contract, call by call.

    ``profile`` says how the spans are read (call-id keys, grouping, contract, content
    policy: see :func:`~pytest_patter_trace.checks.profiles.resolve_profile`); without
    one, ``contract`` and ``call_id_keys`` are resolved as Patter's profile with them.
    The spans are grouped once and each call is read once: every check and figure comes
    from its one ``CallView`` (its turns cut once).
    """
    if profile is None:
        profile = resolve_profile(contract=contract, call_id_keys=call_id_keys)
    elif contract is not None or call_id_keys is not None:
        raise TypeError("check_spans takes a profile, or a contract and call_id_keys: not both")
    checked = check_calls(spans, profile)
    return SourceReport(source, [_call_report(call, checked.keys) for call in checked.calls])


def _call_report(call: CallChecked, keys: tuple[str, ...]) -> CallReport:
    # What the checks found, shown: positions in the tree, every text masked.
    trace = call.trace
    position: dict[str, int] = {}
    tree: list[str] = []
    shape: list[str] = []
    ordered: list[SpanRecord] = []
    for index, (depth, span) in enumerate(trace.walk(), start=1):
        ordered.append(span)
        position[span.span_id] = index
        tree.append("  " * depth + describe_span(span, hide_keys=()))
        shape.append("  " * depth + describe_span(span, hide_keys=keys))
    return CallReport(
        call_id=show_call_id(trace.call_id) if trace.call_id is not None else None,
        tree=tree,
        spans=len(trace),
        violations=[_located(v.to_dict(), position) for v in call.violations],
        pii=[_located(f.to_dict(), position) for f in call.pii],
        cost=_shown_call(call.cost.to_dict()),
        latency=_shown_call(call.latency.to_dict()),
        timing=call.timing,
        shape=tuple(shape),
        records=tuple(ordered),
    )


def _timing_figures(timing: CallTiming | None) -> dict[str, Any]:
    if timing is None:
        return {}
    return {"clock": timing.clock, "turns": [turn.figures() for turn in timing.turns]}


def _shown_call(summary: dict[str, Any]) -> dict[str, Any]:
    cid = summary.get("call_id")
    return {**summary, "call_id": show_call_id(cid) if isinstance(cid, str) else None}


def _located(finding: dict[str, Any], position: dict[str, int]) -> dict[str, Any]:
    # Span names and call ids leave through the masking renderers, like every other value.
    out = dict(finding)
    span_id = out.get("span_id")
    out["span_index"] = position.get(span_id) if isinstance(span_id, str) else None
    if isinstance(out.get("span_name"), str):
        out["span_name"] = display_name(out["span_name"])
    if "call_id" in out:
        cid = out["call_id"]
        out["call_id"] = show_call_id(cid) if isinstance(cid, str) else None
    out.pop("text", None)
    return out


# -- text ------------------------------------------------------------------------------


class Style:
    """ANSI colour, or plain text."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, code: str) -> str:
        """``text`` in colour ``code`` when enabled."""
        return f"\033[{code}m{text}\033[0m" if self.enabled else text


def render_text(
    reports: Sequence[SourceReport], out: TextIO, style: Style, *, header: str = ""
) -> None:
    """Write the human report: summary first, then each source and call, then the verdict."""
    bad = style("DOES NOT CONFORM", "1;31")
    good = style("conforms", "1;32")
    ok = all(r.conforms for r in reports)
    calls = [c for r in reports for c in r.calls]
    if header:
        out.write(header + "\n")
    out.write(_totals(reports, calls, good if ok else bad) + "\n")
    _summary(calls, out, style)
    for source in reports:
        out.write("\n" + style(f"== {printable(source.source)}", "1") + "\n")
        if source.error:
            out.write(f"  {bad}: {printable(source.error, keep=chr(10))}\n")
            continue
        first_of: dict[tuple[object, ...], int] = {}
        folded: dict[int, list[int]] = {}
        for number, call in enumerate(source.calls, start=1):
            earlier = first_of.setdefault(call.signature(), number)
            if earlier != number:
                folded.setdefault(earlier, []).append(number)
        for number, call in enumerate(source.calls, start=1):
            if first_of[call.signature()] != number:
                continue
            _call(number, call, out, style, good, bad)
            same = folded.get(number)
            if same:
                ids = ", ".join(str(source.calls[n - 1].call_id) for n in same)
                count = len(call.violations) + len(call.pii)
                out.write(
                    f"  {_span_of_numbers('call', same)} ({ids}): the same "
                    f"{plural(call.spans, 'span')} and the same "
                    f"{plural(count, 'finding')} as call {number}\n"
                )
    # Again at the end: the line a CI log shows last.
    out.write(f"\n{_totals(reports, calls, good if ok else bad)}\n")


def pii_counts(calls: Sequence[CallReport]) -> tuple[int, int]:
    """(personal-data findings, conversation-content findings) over ``calls``."""
    content = sum(1 for c in calls for f in c.pii if f.get("category") == "content")
    return sum(len(c.pii) for c in calls) - content, content


def _totals(reports: Sequence[SourceReport], calls: Sequence[CallReport], verdict: str) -> str:
    violations = sum(len(c.violations) for c in calls)
    pii, content = pii_counts(calls)
    errors = sum(1 for r in reports if r.error)
    unread = f" ({errors} with no span)" if errors else ""
    # Conversation content apart from personal data: a different question, said apart.
    shown = f", {plural(content, 'content finding')}" if content else ""
    return (
        f"{plural(len(reports), 'source')}{unread}, {plural(len(calls), 'call')}, "
        f"{plural(violations, 'contract violation')}, {plural(pii, 'PII finding')}{shown}"
        f": {verdict}"
    )


def _summary(calls: Sequence[CallReport], out: TextIO, style: Style) -> None:
    findings: Counter[str] = Counter()
    in_calls: dict[str, set[int]] = {}
    for index, call in enumerate(calls):
        for v in call.violations:
            findings[str(v.get("code"))] += 1
            in_calls.setdefault(str(v.get("code")), set()).add(index)
        for f in call.pii:
            code = f"{'content' if f.get('category') == 'content' else 'pii'}:{f.get('kind')}"
            findings[code] += 1
            in_calls.setdefault(code, set()).add(index)
    if not findings:
        return
    out.write("findings by code:\n")
    width = max(len(code) for code in findings) + 2
    for code, count in sorted(findings.items(), key=lambda kv: (-kv[1], kv[0])):
        label = style(f"[{code}]".ljust(width), "33")
        out.write(f"  {label} {count:>4}  in {plural(len(in_calls[code]), 'call')}\n")


def _span_of_numbers(word: str, numbers: Sequence[int]) -> str:
    if len(numbers) == 1:
        return f"{word} {numbers[0]}"
    if list(numbers) == list(range(numbers[0], numbers[-1] + 1)):
        return f"{word}s {numbers[0]}-{numbers[-1]}"
    return f"{word}s " + ", ".join(str(n) for n in numbers)


def _call(number: int, call: CallReport, out: TextIO, style: Style, good: str, bad: str) -> None:
    verdict = good if call.conforms else bad
    label = call.call_id if call.call_id is not None else "(spans without a call id)"
    out.write(f"  call {number} ({label}): {plural(call.spans, 'span')}, {verdict}\n")
    width = len(str(len(call.tree)))
    for index, line in enumerate(call.tree, start=1):
        out.write(f"    {style(f'#{index}'.rjust(width + 1), '2')} {line}\n")
    if call.violations:
        out.write(f"    contract: {plural(len(call.violations), 'violation')}\n")
        for (code, name, message), where in _folded(call.violations):
            at = _where(name, where)
            out.write(f"      {style(f'[{code}]', '33')} {at}{message}\n")
    else:
        out.write("    contract: no violation\n")
    out.write(f"    cost: {_cost_line(call.cost)}\n")
    out.write(f"    latency: {_latency_line(call.latency)}\n")
    personal = [f for f in call.pii if f.get("category") != "content"]
    content = [f for f in call.pii if f.get("category") == "content"]
    if personal:
        out.write(f"    pii: {plural(len(personal), 'finding')}\n")
        for (kind, name, text), where in _folded(personal, message="pii"):
            at = _where(name, where)
            out.write(f"      {style(f'[pii:{kind}]', '31')} {at}{text}\n")
    else:
        out.write("    pii: none found\n")
    if content:
        # Conversation content, where the contract forbids it: apart from personal data.
        out.write(f"    content: {plural(len(content), 'finding')}\n")
        for (kind, name, text), where in _folded(content, message="pii"):
            at = _where(name, where)
            out.write(f"      {style(f'[content:{kind}]', '31')} {at}{text}\n")


def _where(name: str, positions: Sequence[int]) -> str:
    if not name:
        return ""
    if not positions:
        return f"{name}: "
    return ", ".join(f"#{p}" for p in positions) + f" {name}: "


def _folded(
    findings: Sequence[dict[str, Any]], *, message: str = "violation"
) -> list[tuple[tuple[str, str, str], list[int]]]:
    # The same finding on several spans of a kind reads better once, naming each span.
    groups: dict[tuple[str, str, str], list[int]] = {}
    for f in findings:
        if message == "pii":
            key = (
                str(f.get("kind", "?")),
                str(f.get("span_name") or ""),
                f"{f.get('location', '')}: {f.get('masked', '')}",
            )
        else:
            key = (
                str(f.get("code", "?")),
                str(f.get("span_name") or ""),
                str(f.get("message", "")),
            )
        positions = groups.setdefault(key, [])
        if isinstance(f.get("span_index"), int):
            positions.append(f["span_index"])
    return list(groups.items())


def _cost_line(cost: dict[str, Any]) -> str:
    if not cost.get("spans"):
        return "no patter.cost.* attribute on any span"
    units = cost.get("units", {})
    parts = [
        f"{name}={value:g} {units.get(name, '')}".rstrip()
        for name, value in sorted(cost.get("totals", {}).items())
        if value
    ]
    return f"{plural(cost['spans'], 'span')}: " + (", ".join(parts) or "all zero")


def _latency_line(latency: dict[str, Any]) -> str:
    if not latency.get("spans"):
        return "no patter.latency.* attribute on any span"
    parts = [
        f"{name} n={s['count']} p50={s['p50']:g} p95={s['p95']:g} max={s['max']:g}"
        for name, s in sorted(latency.get("stats", {}).items())
        if s.get("count")
    ]
    return f"{plural(latency['spans'], 'span')}: " + "; ".join(parts)


# -- JSON ------------------------------------------------------------------------------


def render_json(
    reports: Sequence[SourceReport] | None,
    *,
    exit_code: int,
    error: str | None = None,
    about: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The ``--json`` document: the same in success and failure, ``error`` set on failure."""
    sources = list(reports or ())
    codes: Counter[str] = Counter(
        str(v.get("code")) for r in sources for c in r.calls for v in c.violations
    )
    return {
        "exit_code": exit_code,
        "conforms": exit_code == 0,
        "error": error,
        **(about or {}),
        "summary": {
            "sources": len(sources),
            "calls": sum(len(r.calls) for r in sources),
            "violations": sum(codes.values()),
            "pii": sum(len(c.pii) for r in sources for c in r.calls),
            "codes": dict(sorted(codes.items())),
        },
        "sources": [r.to_dict() for r in sources],
    }
