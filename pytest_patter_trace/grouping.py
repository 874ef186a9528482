"""Group span records into calls, and navigate one call's span tree.

Patter puts a call id on its spans; a call is every span carrying that id, plus spans
without an id that hang under one (or share a trace with one). A real getpatter call is
several traces (one per turn stage), so grouping is by id, never by trace.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import MappingProxyType

from . import _render
from ._defaults import DEFAULT_CALL_ID_KEYS
from ._render import describe_span as describe_span
from ._render import display_name as display_name
from ._text import TreeText
from .model import SpanRecord, as_records
from .model import SpansLike as SpansLike

__all__ = [
    "DEFAULT_CALL_ID_KEYS",
    "CallIdConflict",
    "CallTrace",
    "Grouping",
    "group_calls",
    "render_tree",
    "start_order",
]


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Indexing a trace allocates a few small tuples per span; with the cyclic collector
    # on, each collection rescans the growing heap and 1M spans cost 2x per span what 10k
    # do. Nothing built here forms reference cycles, so pausing it is safe.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def start_order(span: SpanRecord) -> tuple[int, str, str, str]:
    """Sort key for siblings: start time, then name and ids so ties are deterministic."""
    return (span.start_ns, span.name, span.trace_id, span.span_id)


@dataclass(frozen=True, slots=True)
class CallIdConflict:
    """A span whose own call id differs from the one it would inherit, or whose keys disagree."""

    span: SpanRecord
    call_id: str
    other_call_id: str
    reason: str

    def __str__(self) -> str:
        return (
            f"span {_render.display_name(self.span.name)} ({self.span.span_id}) has call id "
            f"{_render.show_call_id(self.call_id)} but {self.reason} "
            f"{_render.show_call_id(self.other_call_id)}"
        )


class CallTrace:
    """The spans of one call, with parent/child navigation.

    ``spans`` are in start order. ``roots`` are the spans whose parent is not part of this
    call (a real getpatter 0.7.0 call has several roots: there is no ``getpatter.call``
    span). Spans caught in a parent cycle are shown as roots so none is ever hidden.
    """

    __slots__ = ("_by_id", "_children", "_root_keys", "_roots", "call_id", "spans")

    def __init__(self, call_id: str | None, spans: SpansLike) -> None:
        self.call_id = call_id
        with _gc_paused():
            self._index(spans)

    def _index(self, spans: SpansLike) -> None:
        unique, by_id = _first_of_each(sorted(as_records(spans), key=start_order))
        self.spans: tuple[SpanRecord, ...] = tuple(unique)
        self._by_id = by_id
        children: dict[tuple[str, str], list[SpanRecord]] = {}
        roots: list[SpanRecord] = []
        for record in unique:
            pid = record.parent_span_id
            if pid is None or pid == record.span_id or (record.trace_id, pid) not in by_id:
                roots.append(record)
            else:
                children.setdefault((record.trace_id, pid), []).append(record)
        reached = _reachable(roots, children)
        if len(reached) < len(unique):
            # Parent cycles: no member is reachable from a root; promote the earliest.
            for record in unique:
                if record.key not in reached:
                    roots.append(record)
                    reached |= _reachable([record], children)
            roots.sort(key=start_order)
        self._children = children
        self._roots = tuple(roots)
        self._root_keys = frozenset(r.key for r in roots)

    @property
    def roots(self) -> tuple[SpanRecord, ...]:
        """Top-level spans of this call, in start order."""
        return self._roots

    def children(self, span: SpanRecord) -> tuple[SpanRecord, ...]:
        """Direct children of ``span`` inside this call, in start order."""
        kids = self._children.get(span.key, ())
        # A child listed under a cycle member that was promoted to root stays listed once.
        return tuple(k for k in kids if k.key not in self._root_keys)

    def parent(self, span: SpanRecord) -> SpanRecord | None:
        """The parent of ``span`` if it belongs to this call."""
        if span.parent_span_id is None or span.key in self._root_keys:
            return None
        return self._by_id.get((span.trace_id, span.parent_span_id))

    def find(self, name: str) -> tuple[SpanRecord, ...]:
        """All spans named ``name``, in start order."""
        return tuple(s for s in self.spans if s.name == name)

    def walk(self) -> Iterator[tuple[int, SpanRecord]]:
        """Depth-first ``(depth, span)`` pairs, roots and siblings in start order."""
        stack: list[tuple[int, SpanRecord]] = [(0, r) for r in reversed(self._roots)]
        while stack:
            depth, span = stack.pop()
            yield depth, span
            stack.extend((depth + 1, c) for c in reversed(self.children(span)))

    def tree(self, *, durations: bool = True) -> TreeText:
        """The call as indented text: one span a line, attributes and durations shown."""
        return render_tree(self, durations=durations)

    def __len__(self) -> int:
        return len(self.spans)

    def __iter__(self) -> Iterator[SpanRecord]:
        return iter(self.spans)

    def __repr__(self) -> str:
        return f"CallTrace(call_id={self.call_id!r}, spans={len(self.spans)})"


def _first_of_each(
    records: Sequence[SpanRecord],
) -> tuple[list[SpanRecord], dict[tuple[str, str], SpanRecord]]:
    """Records without repeated ``(trace_id, span_id)`` (first kept), and the index."""
    by_key: dict[tuple[str, str], SpanRecord] = {}
    unique: list[SpanRecord] = []
    for record in records:
        key = record.key
        if key not in by_key:
            by_key[key] = record
            unique.append(record)
    return unique, by_key


def _reachable(
    roots: Sequence[SpanRecord], children: Mapping[tuple[str, str], list[SpanRecord]]
) -> set[tuple[str, str]]:
    seen: set[tuple[str, str]] = set()
    stack = [r.key for r in roots]
    while stack:
        key = stack.pop()
        if key in seen:
            continue
        seen.add(key)
        stack.extend(c.key for c in children.get(key, ()))
    return seen


@dataclass(frozen=True, slots=True)
class Grouping:
    """The result of :func:`group_calls`."""

    calls: Mapping[str, CallTrace]
    unattributed: tuple[SpanRecord, ...]
    conflicts: tuple[CallIdConflict, ...] = ()
    duplicates: int = 0
    keys: tuple[str, ...] = field(default=DEFAULT_CALL_ID_KEYS)

    def traces(self) -> list[CallTrace]:
        """Every call, then the spans of no call as a ``CallTrace`` without an id."""
        out = list(self.calls.values())
        if self.unattributed:
            out.append(CallTrace(None, self.unattributed))
        return out


def _own_call_id(
    span: SpanRecord, keys: Sequence[str], conflicts: list[CallIdConflict]
) -> str | None:
    found: str | None = None
    attrs = span.attributes
    for key in keys:
        value = attrs.get(key)
        if value is None or value == "":
            continue
        text = str(value)
        if found is None:
            found = text
        elif text != found:
            conflicts.append(CallIdConflict(span, found, text, f"its key {key!r} says"))
    return found


def group_calls(
    spans: SpansLike, keys: Sequence[str] = DEFAULT_CALL_ID_KEYS, *, by_trace: bool = False
) -> Grouping:
    """Group spans per call id.

    A span's call id is the first of ``keys`` it carries; without one it takes its nearest
    ancestor's, else the one id shared by its trace's other spans. A span whose own id
    differs from its ancestor's stays in its own call and is reported in ``conflicts``.
    Spans without any call are in ``unattributed``; with ``by_trace`` (frameworks whose
    session is one trace and carries no id offline) each of their traces is a call named
    ``trace:<trace id>``. Runs in linear time.
    """
    with _gc_paused():
        grouping = _group(as_records(spans), tuple(keys))
    if not by_trace or not grouping.unattributed:
        return grouping
    per_trace: dict[str, list[SpanRecord]] = {}
    for record in grouping.unattributed:
        per_trace.setdefault(f"trace:{record.trace_id}", []).append(record)
    calls = dict(grouping.calls)
    calls.update({cid: CallTrace(cid, members) for cid, members in per_trace.items()})
    return Grouping(
        calls=MappingProxyType({cid: calls[cid] for cid in sorted(calls)}),
        unattributed=(),
        conflicts=grouping.conflicts,
        duplicates=grouping.duplicates,
        keys=grouping.keys,
    )


def _group(records: tuple[SpanRecord, ...], keys: tuple[str, ...]) -> Grouping:
    conflicts: list[CallIdConflict] = []
    unique, by_key = _first_of_each(records)
    duplicates = len(records) - len(unique)

    own: dict[tuple[str, str], str | None] = {
        r.key: _own_call_id(r, keys, conflicts) for r in unique
    }
    # resolved[k] = nearest call id at or above span k (None: none on its chain).
    resolved: dict[tuple[str, str], str | None] = {}
    for record in unique:
        path: list[tuple[str, str]] = []
        on_path: set[tuple[str, str]] = set()
        current: SpanRecord | None = record
        result: str | None = None
        while current is not None:
            k = current.key
            if k in resolved:
                result = resolved[k]
                break
            if k in on_path:  # parent cycle: stop, nothing above
                break
            path.append(k)
            on_path.add(k)
            if own[k] is not None:
                result = own[k]
                break
            pid = current.parent_span_id
            current = None if pid is None else by_key.get((current.trace_id, pid))
        # Assign bottom-up: each span on the path gets its own id or the first one above.
        above = result
        for k in reversed(path):
            if own[k] is not None:
                above = own[k]
            resolved[k] = above

    for record in unique:
        mine = own[record.key]
        pid = record.parent_span_id
        if mine is None or pid is None or pid == record.span_id:
            continue
        parent_key = (record.trace_id, pid)
        inherited = resolved.get(parent_key)
        if inherited is not None and inherited != mine:
            conflicts.append(CallIdConflict(record, mine, inherited, "its parent's call is"))

    trace_ids: dict[str, set[str]] = {}
    for record in unique:
        value = own[record.key]
        if value is not None:
            trace_ids.setdefault(record.trace_id, set()).add(value)

    members: dict[str, list[SpanRecord]] = {}
    unattributed: list[SpanRecord] = []
    for record in unique:
        call_id = resolved.get(record.key)
        if call_id is None:
            ids = trace_ids.get(record.trace_id)
            if ids is not None and len(ids) == 1:
                call_id = next(iter(ids))
        if call_id is None:
            unattributed.append(record)
        else:
            members.setdefault(call_id, []).append(record)

    calls = {cid: CallTrace(cid, members[cid]) for cid in sorted(members)}
    unattributed.sort(key=start_order)
    return Grouping(
        calls=MappingProxyType(calls),
        unattributed=tuple(unattributed),
        conflicts=tuple(conflicts),
        duplicates=duplicates,
        keys=keys,
    )


def render_tree(trace: CallTrace, *, durations: bool = True) -> TreeText:
    """Indented text of a call's span tree (2 spaces a level)."""
    return _render.render_tree(trace.walk(), durations=durations)
