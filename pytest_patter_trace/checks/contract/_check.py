"""Checking a trace against a contract, call by call."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ...core._defaults import DEFAULT_CALL_ID_KEYS
from ...core._render import (
    display_name,
    masked_call_id,
    plural,
    remembering_masks,
    show_call_id,
)
from ...core.errors import PatterTraceAssertion
from ...core.grouping import CallTrace, Grouping, group_calls
from ...core.model import SpanRecord, SpansLike
from ...sources._span_reader import span_records
from ..attributes import (
    AttributeSpec,
    Violation,
    call_id_violations,
    check_presence,
    check_value,
    closest_key,
    format_violations,
    undocumented_key,
)
from ._load import contract_id_keys, resolve_contract
from ._metrics import metric_violations, required_metric_violations
from ._profile import as_operations, call_grouping
from ._schema import (
    Contract,
    ContractLike,
    SpanSpec,
)
from ._timing import run_timing_violations, timing_violations
from ._view import CallView, view_call

# -- checking a trace --------------------------------------------------------------------------


@dataclass(frozen=True)
class ContractReport:
    """The outcome of :func:`check_contract`: every violation, grouped by call."""

    contract: Contract
    violations: tuple[Violation, ...]
    calls: tuple[str, ...] = ()
    spans_checked: int = 0

    @property
    def ok(self) -> bool:
        """True when the trace conforms."""
        return not self.violations

    def by_call(self) -> dict[str | None, tuple[Violation, ...]]:
        """Violations per call id (``None``: spans that belong to no call)."""
        out: dict[str | None, list[Violation]] = {}
        for v in self.violations:
            out.setdefault(v.call_id, []).append(v)
        return {k: tuple(v) for k, v in out.items()}

    def counts(self) -> dict[str, int]:
        """How many violations of each code."""
        return dict(Counter(v.code for v in self.violations))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: contract identity, counts, and violations per call."""
        return {
            "contract": {
                "name": self.contract.name,
                "version": self.contract.version,
                "source": self.contract.source,
                "origin": self.contract.origin,
            },
            "ok": self.ok,
            "spans_checked": self.spans_checked,
            "calls": list(self.calls),
            "counts": dict(sorted(self.counts().items())),
            "violations_by_call": [
                {"call_id": call_id, "violations": [v.to_dict() for v in found]}
                for call_id, found in self.by_call().items()
            ],
        }

    def format(self) -> str:
        """The report as text for a failure message: counts first, then per call."""
        c = self.contract
        checked = f"{plural(self.spans_checked, 'span')}, {plural(len(self.calls), 'call')} checked"
        footer = f"\ncontract: {c.source} ({c.origin})"
        if self.ok:
            return f"{c.title}: no violations ({checked})" + footer
        return format_violations(self.violations, title=c.title, detail=checked) + "\n" + footer

    def __str__(self) -> str:
        return self.format()


@remembering_masks
def check_contract(
    spans: SpansLike,
    contract: ContractLike = None,
    *,
    call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
) -> ContractReport:
    """Check spans against a contract (default: Patter's documented one).

    Spans are grouped per call with ``call_id_keys`` (which include the keys real
    getpatter emits, so a call is found even when its call-id key is the wrong one);
    then per call: required spans and the root's placement, required and typed
    attributes on documented spans (with probable misspellings), spans and keys outside
    the documented set, legacy span names, cost/latency attributes and their routing
    tags, and call-id agreement. See :data:`VIOLATION_CODES`.
    """
    c = resolve_contract(contract)
    records = span_records(spans)
    renamed: list[Violation] = []
    if c.profile is not None and c.profile.match_spans_by:
        records, renamed = as_operations(records, c)
    call_id_keys, by_trace = call_grouping(c, call_id_keys)
    grouping = group_calls(records, call_id_keys, by_trace=by_trace)
    views = [view_call(call, c) for call in grouping.calls.values()]
    out: list[Violation] = list(renamed)
    if not records:
        out.append(
            Violation(
                "no-spans",
                "no spans were captured: is tracing enabled (PATTER_OTEL_ENABLED) and did "
                "the code under test run?",
            )
        )
    reading = CallReading.of(grouping, c)
    for view in views:
        out.extend(_check_one(view, reading))
    out.extend(run_timing_violations(views, c))
    out.extend(check_unattributed(grouping.unattributed, c, reading))
    checked = len(reading.call_of) + len(grouping.unattributed)
    return ContractReport(c, tuple(out), tuple(grouping.calls), checked)


@dataclass(frozen=True, slots=True)
class CallReading:
    """What every call of one grouping shares: its keys, and each span's call."""

    #: The keys the spans were grouped by.
    keys: tuple[str, ...]
    #: The keys a call id is read from, in the order findings name them.
    id_keys: tuple[str, ...]
    #: ``(trace id, span id)`` -> call id, over every call: a parent in another call shows.
    call_of: Mapping[tuple[str, str], str]

    @classmethod
    def of(cls, grouping: Grouping, contract: Contract) -> CallReading:
        """The reading shared by the calls of ``grouping``, checked against ``contract``."""
        call_of = {s.key: cid for cid, call in grouping.calls.items() for s in call.spans}
        return cls(grouping.keys, contract_id_keys(contract, grouping.keys), call_of)


def call_violations(view: CallView, reading: CallReading) -> list[Violation]:
    """Every contract violation of one call of a grouping (see :class:`CallReading`).

    A convention that names spans by an attribute (``match_spans_by``) checks other
    spans than the call's own (renamed, filtered): they are read on their own.
    """
    c = view.contract
    if c.profile is not None and c.profile.match_spans_by:
        return list(check_contract(view.trace, c, call_id_keys=reading.keys).violations)
    return _check_one(view, reading)


def _check_one(view: CallView, reading: CallReading) -> list[Violation]:
    c, call = view.contract, view.trace
    if call.call_id is None:
        return check_unattributed(call.spans, c, reading)
    out = _check_structure(call, c)
    out.extend(required_metric_violations(call, contract=c))
    out.extend(timing_violations(view))
    for span in call.spans:
        out.extend(_check_span(span, call.call_id, c, reading.id_keys, reading.call_of))
    return out


def check_unattributed(
    spans: Sequence[SpanRecord], contract: Contract, reading: CallReading
) -> list[Violation]:
    """The violations of spans that belong to no call: each span's own."""
    return [
        v
        for span in spans
        for v in _check_span(span, None, contract, reading.id_keys, reading.call_of)
    ]


def assert_contract(
    spans: SpansLike,
    contract: ContractLike = None,
    *,
    call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
) -> ContractReport:
    """Fail listing every contract violation, grouped by call; return the report if none.

    Same arguments as :func:`check_contract`.

    Raises:
        PatterTraceAssertion: with the text of :meth:`ContractReport.format`.

    """
    __tracebackhide__ = True
    report = check_contract(spans, contract, call_id_keys=call_id_keys)
    if not report.ok:
        raise PatterTraceAssertion(report.format())
    return report


def _ancestors(call: CallTrace, span: SpanRecord) -> list[SpanRecord]:
    out: list[SpanRecord] = []
    seen = {span.key}
    parent = call.parent(span)
    while parent is not None and parent.key not in seen:
        out.append(parent)
        seen.add(parent.key)
        parent = call.parent(parent)
    return out


def _check_structure(call: CallTrace, c: Contract) -> list[Violation]:
    out: list[Violation] = []
    owned = [s for s in call.spans if c.owns_span(s.name)]
    counts = Counter(s.name for s in owned)
    for name, spec in c.spans.items():
        n = counts.get(name, 0)
        if n < spec.min:
            if name == c.root:
                message = _missing_root_message(call, spec)
            elif n == 0:
                message = f"{name} absent ({spec.fires or f'at least {spec.min} per call'})"
            else:
                message = f"{n} {name} spans, expected at least {spec.min}"
            out.append(
                Violation(
                    "missing-span",
                    message,
                    call_id=call.call_id,
                    span_name=name,
                    expected=f">= {spec.min}",
                    found=str(n),
                )
            )
        if spec.max is not None and n > spec.max:
            ids = ", ".join(s.span_id for s in owned if s.name == name)
            out.append(
                Violation(
                    "too-many-spans",
                    f"{n} {name} spans, expected at most {spec.max} per call ({ids})",
                    call_id=call.call_id,
                    span_name=name,
                    expected=f"<= {spec.max}",
                    found=str(n),
                )
            )
    if c.root is None:
        return out
    roots = [s for s in owned if s.name == c.root]
    for root in roots:
        above = [a for a in _ancestors(call, root) if c.owns_span(a.name)]
        if above:
            out.append(
                Violation.on(
                    root,
                    "misplaced-span",
                    f"{c.root} is under {above[0].name} {above[0].span_id}; "
                    "it must be the call's root",
                    call_id=call.call_id,
                )
            )
    if len(roots) == 1:
        root = roots[0]
        for span in owned:
            if span is root or span.name not in c.spans:
                continue
            if all(a.key != root.key for a in _ancestors(call, span)):
                out.append(
                    Violation.on(
                        span,
                        "misplaced-span",
                        f"not under the call's {c.root} span {root.span_id} "
                        f"(it is in trace {span.trace_id})",
                        call_id=call.call_id,
                    )
                )
    return out


def _missing_root_message(call: CallTrace, spec: SpanSpec) -> str:
    roots = Counter(display_name(r.name) for r in call.roots)
    shown = ", ".join(name if n == 1 else f"{name} x{n}" for name, n in roots.items())
    traces = len({s.trace_id for s in call.spans})
    attrs = ", ".join(a.key for a in spec.attributes)
    text = f"{spec.name} absent"
    if attrs:
        text += f", so its attributes are absent too ({attrs})"
    return (
        f"{text}; the call's {len(call.spans)} spans hang from {len(call.roots)} roots in "
        f"{traces} traces ({shown}) instead of one {spec.name} tree"
    )


def _check_span(
    span: SpanRecord,
    call_id: str | None,
    c: Contract,
    id_keys: Sequence[str],
    call_of: Mapping[tuple[str, str], str],
) -> list[Violation]:
    out: list[Violation] = []
    spec = c.spans.get(span.name)
    owned = c.owns_span(span.name)
    namespaces = c.near_miss_namespaces
    checked: set[str] = set()
    if spec is None and owned:
        if span.name in c.legacy_spans:
            new = c.legacy_spans[span.name]
            out.append(_legacy(span, call_id, new))
        else:
            out.append(_unknown(span, call_id, c))
    if spec is not None:
        specs = list(spec.attributes)
        everywhere = c.profile is None or c.profile.call_id_on == "every-span"
        if c.call_id_key and everywhere and all(s.key != c.call_id_key for s in specs):
            specs.append(AttributeSpec(c.call_id_key, "str"))
        candidates = [
            k
            for k in span.attributes
            if c.owns_key(k) and k not in c.key_specs and not c.is_metric_key(k)
        ]
        found, used = check_presence(
            span, specs, call_id=call_id, candidates=candidates, namespaces=namespaces
        )
        out.extend(found)
        checked |= {s.key for s in specs} | used
    metric_found, metric_keys = metric_violations(span, call_id=call_id, contract=c)
    out.extend(metric_found)
    checked |= metric_keys
    for key, value in span.attributes.items():
        if key in checked:
            continue
        known = c.key_specs.get(key)
        if known is not None:
            out.extend(check_value(known, value, span=span, call_id=call_id))
        elif (spec is not None or not owned) and c.owns_key(key):
            out.append(
                undocumented_key(
                    span,
                    call_id=call_id,
                    key=key,
                    known=c.key_specs,
                    namespaces=c.near_miss_namespaces,
                )
            )
    out.extend(call_id_violations(span, call_id=call_id, keys=id_keys))
    if span.parent_span_id is not None:
        parent_call = call_of.get((span.trace_id, span.parent_span_id))
        if parent_call is not None and call_id is not None and parent_call != call_id:
            out.append(
                Violation.on(
                    span,
                    "call-id-mismatch",
                    f"its parent span {span.parent_span_id} belongs to another call "
                    f"({show_call_id(parent_call)})",
                    call_id=call_id,
                    expected=masked_call_id(call_id),
                    found=masked_call_id(parent_call),
                )
            )
    return out


def _legacy(span: SpanRecord, call_id: str | None, new: str) -> Violation:
    return Violation.on(
        span,
        "legacy-span",
        f"legacy span name {display_name(span.name)}: renamed {new}",
        call_id=call_id,
        expected=new,
        found=span.name,
    )


def _unknown(span: SpanRecord, call_id: str | None, c: Contract) -> Violation:
    guess = closest_key(span.name, c.spans, namespaces=c.near_miss_namespaces)
    hint = f"; did you mean {guess[0]}? ({guess[1]})" if guess else ""
    return Violation.on(
        span,
        "unknown-span",
        f"span name {display_name(span.name)} is not in the contract{hint}",
        call_id=call_id,
        expected=guess[0] if guess else None,
        found=display_name(span.name),
    )
