"""The snapshot format: spans to normalized, PII-free text, and the stored file's marker.

:func:`render_snapshot` groups the input into calls, normalizes what churns between
runs (ids to ordinals, timings to types), refuses a trace holding PII, and writes one
span a line in an indented tree. Public through :mod:`pytest_patter_trace.snapshot._assertion`;
no syrupy here.
"""

from __future__ import annotations

import base64
import dataclasses
import fnmatch
import itertools
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, TypeAlias, cast

from ..core._render import printable
from ..core.errors import SnapshotRefusedError
from ..core.grouping import CallTrace, Grouping, group_calls
from ..core.model import AttributeValue, EventRecord, LinkRecord, SpanRecord
from ..sources._span_reader import span_records
from ._options import SnapshotOptions

__all__ = ["FORMAT_VERSION", "SnapshotRefusedError", "format_problem", "render_snapshot"]

#: Bumped whenever the text a given trace serializes to changes.
FORMAT_VERSION = 1
_MARKER = f"# pytest-patter-trace snapshot, format {FORMAT_VERSION}"
_MARKER_RE = re.compile(r"# pytest-patter-trace snapshot, format (\S+)[ \t]*\Z")

_SpanKey: TypeAlias = "tuple[str, str]"


# -- input -----------------------------------------------------------------------------


def _groups(data: object, options: SnapshotOptions) -> list[tuple[str | None, CallTrace]]:
    """The calls (and the spans without a call, last) that ``data`` holds."""
    from ..sources.store import SpanStore

    calls: Mapping[str, CallTrace]
    rest: tuple[SpanRecord, ...]
    if isinstance(data, CallTrace):
        return [(data.call_id, data)]
    if isinstance(data, SpanStore):
        calls, rest = data.calls(), data.unattributed()
    elif isinstance(data, Grouping):
        calls, rest = data.calls, data.unattributed
    elif isinstance(data, Mapping):
        for key, value in data.items():
            if not isinstance(value, CallTrace):
                raise TypeError(
                    f"patter_snapshot: expected a patter_spans capture, a CallTrace, calls() "
                    f"or spans, got {type(data).__name__} ({key!r} maps to a "
                    f"{type(value).__name__}, not a CallTrace)"
                )
        calls, rest = cast("Mapping[str, CallTrace]", data), ()
    else:
        try:
            records = span_records(cast("Any", data))
        except TypeError as exc:
            raise TypeError(f"patter_snapshot: {exc}") from None
        grouping = group_calls(records, options.call_id_keys)
        calls, rest = grouping.calls, grouping.unattributed
    groups: list[tuple[str | None, CallTrace]] = [(cid, trace) for cid, trace in calls.items()]
    if rest:
        groups.append((None, CallTrace(None, rest)))
    return groups


# -- value rendering -------------------------------------------------------------------

_SAFE_WORD = re.compile(r"[A-Za-z0-9_][^\s\[\]\"<>,=]*\Z")


def _json_text(text: str) -> str:
    # JSON escapes C0 controls itself; the rest a terminal acts on (C1, bidi, zero-width)
    # and lone surrogates, which no file can hold, become \\uXXXX escapes, valid JSON too.
    return printable(json.dumps(text, ensure_ascii=False))


def _word(text: str) -> str:
    """A span name or key as is when unambiguous, else JSON-quoted (one line, always)."""
    return text if _SAFE_WORD.match(text) and text.isprintable() else _json_text(text)


def _type_name(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "str"
    if isinstance(value, bytes):
        return "bytes"
    if isinstance(value, Mapping):
        return "map"
    return "array"


def _literal(value: AttributeValue) -> str:
    """A value with its type visible: ``"0"`` (str) is not ``0`` (int) nor ``0.0``."""
    if isinstance(value, str):
        return _json_text(value)
    if value is None or isinstance(value, bool | int | float):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bytes):
        return "base64:" + base64.b64encode(value).decode("ascii")
    if isinstance(value, Mapping):
        inner = ", ".join(f"{_word(k)}: {_literal(value[k])}" for k in sorted(value))
        return "{" + inner + "}"
    return "[" + ", ".join(_literal(v) for v in value) + "]"


@cache
def _glob_matcher(globs: tuple[str, ...]) -> re.Pattern[str] | None:
    if not globs:
        return None
    return re.compile("|".join(f"(?:{fnmatch.translate(g)})" for g in globs))


# -- the normalized tree ---------------------------------------------------------------


#: A subtree as its sort key: one ``(-depth, line)`` per line, references unnumbered.
#: Lines never start with a space nor hold a control character, so comparing these
#: tuples orders subtrees exactly as comparing their indented text would, while each
#: line object is shared by the keys of every ancestor instead of copied, re-indented,
#: into each: memory stays linear in spans times depth on a deep chain.
_Key: TypeAlias = "tuple[tuple[int, str], ...]"


@dataclass
class _Node:
    span: SpanRecord
    children: list[_Node]
    key: _Key = ()  # the sort key, while siblings are being ordered


class _Refs:
    """How references render: unnumbered while sorting, numbered in the final text."""

    def __init__(self, calls: Mapping[str, str] | None = None) -> None:
        self.calls = calls
        self.spans: dict[_SpanKey, int] | None = None
        self.traces: dict[str, int] | None = None

    def call(self, call_id: str) -> str:
        return "<call>" if self.calls is None else f"<{self.calls[call_id]}>"

    def span(self, key: _SpanKey) -> str:
        return "<span>" if self.spans is None else f"<span-{self.spans[key]}>"

    def trace(self, trace_id: str) -> str:
        return "<trace>" if self.traces is None else f"<trace-{self.traces[trace_id]}>"


class _Normalizer:
    """Renders one snapshot: owns its options and the id, call and reference maps."""

    def __init__(self, groups: list[tuple[str | None, CallTrace]], options: SnapshotOptions):
        self.options = options
        self.groups = groups
        self.drop = _glob_matcher(options.drop)
        self.volatile = _glob_matcher(options.volatile)
        self.call_keys = frozenset(options.call_id_keys)
        self.call_ids = frozenset(cid for cid, _ in groups if cid is not None)
        spans = [s for _, trace in groups for s in trace.spans]
        self.captured: dict[_SpanKey, SpanRecord] = {s.key: s for s in spans}
        self.span_by_hex: dict[str, _SpanKey] = {}
        for span in spans:
            self.span_by_hex.setdefault(span.span_id, span.key)
        self.trace_ids = frozenset(s.trace_id for s in spans)
        self.roots: dict[_SpanKey, CallTrace] = {
            r.key: trace for _, trace in groups for r in trace.roots
        }
        # Roots whose parent is captured show it; the others show their trace when it
        # holds another such root, since nothing else in the text would tell.
        roots_per_trace: dict[str, int] = {}
        for key in self.roots:
            parent = self.captured[key].parent_span_id
            if parent is None or (key[0], parent) not in self.captured:
                roots_per_trace[key[0]] = roots_per_trace.get(key[0], 0) + 1
        self.shared_traces = frozenset(t for t, n in roots_per_trace.items() if n > 1)
        self.referenced, self.referenced_traces = self._references(spans)

    # -- what is written -------------------------------------------------------------

    def _id_value(self, value: str) -> bool:
        return value in self.span_by_hex or value in self.trace_ids

    def written(self, key: str, value: AttributeValue) -> bool:
        """Whether ``value`` reaches the file as is (not dropped, typed or replaced)."""
        if self.drop is not None and self.drop.match(key):
            return False
        if key in self.call_keys and value is not None and str(value) in self.call_ids:
            return False
        if self.volatile is not None and self.volatile.match(key):
            return False
        return not (isinstance(value, str) and (value in self.call_ids or self._id_value(value)))

    def written_record(self, span: SpanRecord) -> SpanRecord:
        """``span`` with only what would be written: what the PII check looks at."""

        def keep(attrs: Mapping[str, AttributeValue]) -> dict[str, AttributeValue]:
            return {k: v for k, v in attrs.items() if self.written(k, v)}

        return dataclasses.replace(
            span,
            attributes=keep(span.attributes),
            events=tuple(
                dataclasses.replace(e, attributes=keep(e.attributes)) for e in span.events
            ),
            links=tuple(dataclasses.replace(k, attributes=keep(k.attributes)) for k in span.links),
            resource={},
        )

    def _references(self, spans: Sequence[SpanRecord]) -> tuple[set[_SpanKey], set[str]]:
        """Spans and traces the text points at, so they get a visible ordinal."""
        spans_out: set[_SpanKey] = set()
        traces_out: set[str] = set(self.shared_traces)

        def scan(attrs: Mapping[str, AttributeValue]) -> None:
            for key, value in attrs.items():
                if not isinstance(value, str) or key in self.call_keys:
                    continue
                if self.drop is not None and self.drop.match(key):
                    continue
                if self.volatile is not None and self.volatile.match(key):
                    continue
                if value in self.span_by_hex:
                    spans_out.add(self.span_by_hex[value])
                elif value in self.trace_ids:
                    traces_out.add(value)

        for span in spans:
            scan(span.attributes)
            for event in span.events:
                scan(event.attributes)
            for link in span.links:
                scan(link.attributes)
                if (link.trace_id, link.span_id) in self.captured:
                    spans_out.add((link.trace_id, link.span_id))
            if span.key in self.roots and span.parent_span_id is not None:
                parent = (span.trace_id, span.parent_span_id)
                if parent in self.captured:
                    spans_out.add(parent)
        return spans_out, traces_out

    # -- lines -----------------------------------------------------------------------

    def value(self, key: str, value: AttributeValue, refs: _Refs) -> str:
        if key in self.call_keys and value is not None and value != "":
            text = str(value)
            if text in self.call_ids:
                shown = refs.call(text)
                return shown if isinstance(value, str) else f"{shown[:-1]}:{_type_name(value)}>"
        if self.volatile is not None and self.volatile.match(key):
            return f"<{_type_name(value)}>"
        if isinstance(value, str):
            if value in self.call_ids:
                return refs.call(value)
            if value in self.span_by_hex:
                return refs.span(self.span_by_hex[value])
            if value in self.trace_ids:
                return refs.trace(value)
        return _literal(value)

    def attrs(self, attributes: Mapping[str, AttributeValue], refs: _Refs) -> str:
        parts = [
            f"{_word(key)}={self.value(key, attributes[key], refs)}"
            for key in sorted(attributes)
            if self.drop is None or not self.drop.match(key)
        ]
        return f" [{', '.join(parts)}]" if parts else ""

    def _duration(self, span: SpanRecord) -> str:
        if span.end_ns is None:
            return " (open)"
        bounds = self.options.duration_buckets_ms
        if not bounds:
            return ""
        ms = (span.end_ns - span.start_ns) / 1e6
        if ms < bounds[0]:
            return f" (<{bounds[0]:g}ms)"
        for low, high in itertools.pairwise(bounds):
            if ms < high:
                return f" ({low:g}-{high:g}ms)"
        return f" (>={bounds[-1]:g}ms)"

    def span_lines(self, span: SpanRecord, refs: _Refs) -> list[str]:
        """The span's own line, then one line per event and link (indented by the caller)."""
        line = _word(span.name)
        if span.key in self.referenced:
            line += " " + refs.span(span.key)
        line += self.attrs(span.attributes, refs)
        if span.kind != "INTERNAL":
            line += f" kind={span.kind}"
        if span.status.code != "UNSET":
            line += f" status={span.status.code}"
            if span.status.description:
                line += " " + _json_text(span.status.description)
        if self.options.scope and span.scope is not None:
            line += f" scope={_word(span.scope.name)}"
        line += self._duration(span)
        if span.key in self.roots:
            parent = (span.trace_id, span.parent_span_id or "")
            if parent in self.captured:
                line += f" parent={refs.span(parent)}"
            else:
                if span.parent_span_id is not None:
                    line += " parent=(not captured)"
                if span.trace_id in self.shared_traces:
                    line += f" trace={refs.trace(span.trace_id)}"
        lines = [line]
        lines.extend(self._event_line(e, refs) for e in span.events)
        lines.extend(self._link_line(k, refs) for k in span.links)
        return lines

    def _event_line(self, event: EventRecord, refs: _Refs) -> str:
        return f"* {_word(event.name)}{self.attrs(event.attributes, refs)}"

    def _link_line(self, link: LinkRecord, refs: _Refs) -> str:
        target = (link.trace_id, link.span_id)
        shown = refs.span(target) if target in self.captured else "(not captured)"
        return f"-> {shown}{self.attrs(link.attributes, refs)}"

    # -- order -----------------------------------------------------------------------

    def order(self, nodes: list[_Node]) -> list[_Node]:
        """Siblings in output order (see :data:`Order`)."""
        if self.options.order == "structural" or len(nodes) < 2:
            return sorted(nodes, key=lambda n: n.key)
        by_time = sorted(nodes, key=lambda n: (n.span.start_ns, _end(n.span), n.key))
        out: list[_Node] = []
        group: list[_Node] = []
        group_end: float = 0
        for node in by_time:
            # Overlapping in time = concurrent: their relative order is the scheduler's
            # choice, so they are sorted by content; sequential ones keep their order.
            if group and node.span.start_ns < group_end:
                group.append(node)
                group_end = max(group_end, _end(node.span))
                continue
            out.extend(sorted(group, key=lambda n: n.key))
            group = [node]
            group_end = _end(node.span)
        out.extend(sorted(group, key=lambda n: n.key))
        return out

    def forest(self, trace: CallTrace) -> list[_Node]:
        """The call's roots, each with its subtree ordered and keyed, bottom-up."""
        unsorted = _Refs()
        nodes: dict[_SpanKey, _Node] = {}
        walk = list(trace.walk())
        for _, span in walk:
            nodes[span.key] = _Node(span, [])
        for _, span in walk:
            nodes[span.key].children = [nodes[c.key] for c in trace.children(span)]
        # Reverse pre-order visits children before their parent: no recursion needed.
        for depth, span in reversed(walk):
            node = nodes[span.key]
            node.children = self.order(node.children)
            own = tuple((-depth, line) for line in self.span_lines(span, unsorted))
            node.key = own + tuple(
                itertools.chain.from_iterable(child.key for child in node.children)
            )
            for child in node.children:
                child.key = ()  # ordered already: only the parent's key is needed now
        return self.order([nodes[r.key] for r in trace.roots])


def _end(span: SpanRecord) -> float:
    return float("inf") if span.end_ns is None else span.end_ns


def _walk(nodes: list[_Node]) -> Iterator[tuple[int, _Node]]:
    stack = [(0, n) for n in reversed(nodes)]
    while stack:
        depth, node = stack.pop()
        yield depth, node
        stack.extend((depth + 1, c) for c in reversed(node.children))


def _pii_findings(records: Sequence[SpanRecord], options: SnapshotOptions) -> list[object]:
    from ..checks.pii import find_pii

    return list(find_pii(records, allow=options.pii_allow))


def render_snapshot(data: object, *, options: SnapshotOptions | None = None) -> str:
    """The snapshot text of ``data``: a capture, a ``CallTrace``, ``calls()``, or spans.

    Raises:
        SnapshotRefusedError: when what would be written holds PII (masked in the message).
        TypeError: when ``data`` holds no spans.

    """
    opts = SnapshotOptions() if options is None else options
    norm = _Normalizer(_groups(data, opts), opts)
    written = [norm.written_record(s) for s in norm.captured.values()]
    findings = _pii_findings(written, opts)
    if findings:
        raise SnapshotRefusedError(findings)

    forests = [(cid, norm.forest(trace)) for cid, trace in norm.groups]
    # Calls sorted by content (call ids hidden), the spans without a call last.
    keyed = sorted(
        (
            (tuple(itertools.chain.from_iterable(n.key for n in roots)), cid, roots)
            for cid, roots in forests
            if cid
        ),
        key=lambda item: item[0],
    )
    ordered: list[tuple[str | None, list[_Node]]] = [(cid, roots) for _, cid, roots in keyed]
    ordered += [(cid, roots) for cid, roots in forests if cid is None]
    call_names = {cid: f"call-{i}" for i, (cid, _) in enumerate(ordered, 1) if cid is not None}

    refs = _Refs(call_names)
    spans_seen: dict[_SpanKey, int] = {}
    traces_seen: dict[str, int] = {}
    for _, roots in ordered:
        for _, node in _walk(roots):
            if node.span.key in norm.referenced:
                spans_seen.setdefault(node.span.key, len(spans_seen) + 1)
            if node.span.trace_id in norm.referenced_traces:
                traces_seen.setdefault(node.span.trace_id, len(traces_seen) + 1)
    refs.spans, refs.traces = spans_seen, traces_seen

    lines = [_MARKER]
    for index, (cid, roots) in enumerate(ordered):
        if index:
            lines.append("")
        lines.append("no call id" if cid is None else f"call <{call_names[cid]}>")
        for depth, node in _walk(roots):
            own, *extra = norm.span_lines(node.span, refs)
            pad = "  " * (depth + 1)
            lines.append(pad + own)
            lines.extend(pad + "  " + line for line in extra)
    if not ordered:
        lines.append("(no spans)")
    return "\n".join(lines) + "\n"


def format_problem(snapshot_text: str) -> str | None:
    """Why a stored snapshot cannot be compared line by line, or ``None`` if it can."""
    if not snapshot_text:
        return None
    first = snapshot_text.split("\n", 1)[0]
    found = _MARKER_RE.match(first)
    if found is None:
        return (
            "The stored snapshot does not start with the pytest-patter-trace format marker "
            f"({_MARKER!r}): it was not written by patter_snapshot. "
            "Regenerate it with `pytest --snapshot-update` and review the new file."
        )
    if found.group(1) != str(FORMAT_VERSION):
        return (
            f"The stored snapshot is in pytest-patter-trace snapshot format {found.group(1)}; "
            f"this version writes format {FORMAT_VERSION}, so a line-by-line diff would "
            "be meaningless. Regenerate it with `pytest --snapshot-update` and review "
            "the new file."
        )
    return None
