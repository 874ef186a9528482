"""Group span records into calls, and navigate one call's span tree.

Patter puts a call id on its spans; a call is every span carrying that id, plus spans
without an id that hang under one (or share a trace with one). A real getpatter call is
several traces (one per turn stage), so grouping is by id, never by trace.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import compress, islice, repeat
from types import MappingProxyType
from typing import TypeAlias, cast

from . import _render
from ._defaults import DEFAULT_CALL_ID_KEYS
from ._render import describe_span as describe_span
from ._render import display_name as display_name
from ._selection import Selection
from ._selector import Selector, select_traces
from ._text import TreeText
from .model import FrozenDict, SpanRecord, as_records, by_chunks, frozen_heap, settle_heap
from .model import SpansLike as SpansLike

__all__ = [
    "DEFAULT_CALL_ID_KEYS",
    "CallIdConflict",
    "CallTrace",
    "Grouping",
    "call_id_keys_of",
    "group_calls",
    "render_tree",
    "start_order",
]


def start_order(span: SpanRecord) -> tuple[int, str, str, str]:
    """Sort key for siblings: start time, then name and ids so ties are deterministic."""
    return (span.start_ns, span.name, span.trace_id, span.span_id)


# C-level getters: indexing runs a handful of these over every span instead of Python
# code per span (a million-span trace is indexed in about a second).
_START_ORDER = operator.attrgetter("start_ns", "name", "trace_id", "span_id")
_START_NS = operator.attrgetter("start_ns")
_KEY = operator.attrgetter("trace_id", "span_id")
_SPAN_ID = operator.attrgetter("span_id")
_PARENT_ID = operator.attrgetter("parent_span_id")
_TRACE_ID = operator.attrgetter("trace_id")
_ATTRIBUTES = operator.attrgetter("attributes")
_TEXT_OR_NONE = frozenset({str, type(None)})
_FAST_GET = frozenset({MappingProxyType, dict, FrozenDict})
#: What a call's parent/child index is built from, on first navigation: the shared
#: index, the call's positions in it, and each position's call (``None``: all one call).
_Pending: TypeAlias = "tuple[_Index, Sequence[int], list[str | None] | None]"


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

    __slots__ = ("_by_id", "_children", "_pending", "_root_keys", "_roots", "call_id", "spans")

    def __init__(self, call_id: str | None, spans: SpansLike) -> None:
        self.call_id = call_id
        with frozen_heap():
            index = _Index(as_records(spans), sort_first=True)
            members = range(len(index.records))
            self.spans: tuple[SpanRecord, ...] = tuple(index.records)
            self._pending: _Pending | None = (index, members, None)
            self._navigation()

    @classmethod
    def _of_members(cls, call_id: str, index: _Index, members: list[int]) -> CallTrace:
        # From group_calls: spans already deduplicated, indexed, and sorted if need be.
        # The parent/child index is built on first navigation: a test that reads only
        # ``spans`` (or a few of a capture's calls) does not pay for every call's tree.
        trace = cls.__new__(cls)
        trace.call_id = call_id
        trace.spans = tuple(map(index.records.__getitem__, members))
        trace._pending = (index, members, index.call_of)
        return trace

    def _navigation(self) -> None:
        # Idempotent: two threads racing here build the same index twice, harmlessly.
        pending = self._pending
        if pending is not None:
            self._build(*pending)
            self._pending = None

    def _build(
        self, index: _Index, members: Sequence[int], call_of: list[str | None] | None
    ) -> None:
        """Index the spans ``members`` (positions in ``index``, in start order).

        ``call_of`` gives each position's call: a parent in another call makes a root.
        """
        records, parents = index.records, index.parents
        # Keys of the members only: navigating one call of a large capture reads (and,
        # for records read lazily, converts) that call's spans, not every span.
        key_at = dict(zip(members, map(_KEY, self.spans), strict=True))
        by_id: dict[tuple[str, str], SpanRecord] = {}
        children: dict[tuple[str, str], list[SpanRecord]] = {}
        roots: list[SpanRecord] = []
        root_keys: list[tuple[str, str]] = []
        call_id = self.call_id
        for i in members:
            record = records[i]
            key = key_at[i]
            by_id[key] = record
            p = parents[i]
            if p < 0 or p == i or (call_of is not None and call_of[p] != call_id):
                roots.append(record)
                root_keys.append(key)
            else:
                # A parent in the same call is one of the members.
                kids = children.get(key_at[p])
                if kids is None:
                    children[key_at[p]] = [record]
                else:
                    kids.append(record)
        if not index.acyclic:
            reached = _reachable(roots, children)
            if len(reached) < len(self.spans):
                # Parent cycles: no member is reachable from a root; promote the earliest.
                for record in self.spans:
                    if record.key not in reached:
                        roots.append(record)
                        root_keys.append(record.key)
                        reached |= _reachable([record], children)
                roots.sort(key=_START_ORDER)
        self._by_id = by_id
        self._children = children
        self._roots = tuple(roots)
        self._root_keys = frozenset(root_keys)

    @property
    def roots(self) -> tuple[SpanRecord, ...]:
        """Top-level spans of this call, in start order."""
        self._navigation()
        return self._roots

    def children(self, span: SpanRecord) -> tuple[SpanRecord, ...]:
        """Direct children of ``span`` inside this call, in start order."""
        self._navigation()
        kids = self._children.get(span.key, ())
        # A child listed under a cycle member that was promoted to root stays listed once.
        return tuple(k for k in kids if k.key not in self._root_keys)

    def parent(self, span: SpanRecord) -> SpanRecord | None:
        """The parent of ``span`` if it belongs to this call."""
        self._navigation()
        if span.parent_span_id is None or span.key in self._root_keys:
            return None
        return self._by_id.get((span.trace_id, span.parent_span_id))

    def find(self, name: str) -> tuple[SpanRecord, ...]:
        """All spans named ``name``, in start order."""
        return tuple(s for s in self.spans if s.name == name)

    def _selection_view(
        self,
    ) -> tuple[
        Callable[[SpanRecord], SpanRecord | None], Callable[[SpanRecord], Mapping[str, object]]
    ]:
        """How a selector finds a span's parent and attributes in this call.

        While the call's own index is not built, parents come from the grouping's
        positions: a selector over a large capture builds no call's parent/child index.
        """
        pending = self._pending
        if pending is None or not pending[0].acyclic:
            return self.parent, _ATTRIBUTES
        index, members, call_of = pending
        at = dict(zip(map(id, self.spans), members, strict=True))
        records, parents = index.records, index.parents
        call_id = self.call_id

        def parent(span: SpanRecord) -> SpanRecord | None:
            i = at[id(span)]
            p = parents[i]
            if p < 0 or p == i or (call_of is not None and call_of[p] != call_id):
                return None
            return records[p]

        return parent, _ATTRIBUTES

    def select(self, selector: str | Selector) -> Selection:
        """The spans of this call that ``selector`` matches (see ``docs/selectors.md``).

        Raises:
            SelectorSyntaxError: a ``ValueError`` pointing at the bad column.

        """
        __tracebackhide__ = True
        return select_traces([self], selector)

    def walk(self) -> Iterator[tuple[int, SpanRecord]]:
        """Depth-first ``(depth, span)`` pairs, roots and siblings in start order."""
        stack: list[tuple[int, SpanRecord]] = [(0, r) for r in reversed(self.roots)]
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
    span: SpanRecord,
    attrs: Mapping[str, object],
    keys: Sequence[str],
    conflicts: list[CallIdConflict],
) -> str | None:
    found: str | None = None
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


def call_id_keys_of(spans: object, keys: Sequence[str] | None = None) -> tuple[str, ...]:
    """The keys to group ``spans`` by.

    ``keys`` if given, else a capture's own (``patter_call_id_keys``), else the defaults.
    """
    if keys is not None:
        return tuple(keys)
    own = getattr(spans, "call_id_keys", None)
    return own if isinstance(own, tuple) else DEFAULT_CALL_ID_KEYS


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
    with frozen_heap():
        grouping = _group(as_records(spans), tuple(keys))
    return _traces_as_calls(grouping) if by_trace else grouping


def _traces_as_calls(grouping: Grouping) -> Grouping:
    # Spans of no call: each of their traces becomes a call named ``trace:<trace id>``.
    if not grouping.unattributed:
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


def group_sorted(
    records: tuple[SpanRecord, ...],
    keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
    *,
    by_trace: bool = False,
) -> Grouping:
    """:func:`group_calls` for records known to be in start order (a store's ``spans``)."""
    with frozen_heap():
        grouping = _group(records, tuple(keys), in_start_order=True)
    return _traces_as_calls(grouping) if by_trace else grouping


class _Index:
    """Deduplicated spans by position: their ids, parents' positions and start order.

    Built with a few C-level passes (``map`` over attribute getters), no Python code per
    span, so that indexing stays a small part of reading a capture.
    """

    __slots__ = (
        "acyclic",
        "call_of",
        "duplicates",
        "order",
        "parents",
        "records",
        "traces",
    )

    def __init__(
        self,
        records: Sequence[SpanRecord],
        *,
        sort_first: bool = False,
        in_order: bool = False,
    ) -> None:
        if sort_first:
            records = sorted(records, key=_START_ORDER)
        n = len(records)
        self.duplicates = 0
        traces: Sequence[object] = list(map(_TRACE_ID, records))
        span_ids: Sequence[object] = list(map(_SPAN_ID, records))
        parent_ids: Sequence[object | None] = list(map(_PARENT_ID, records))
        # Span ids are unique across traces in practice: then a span id alone finds a
        # parent (no key tuple per span), and a parent found in another trace is none.
        by_span_id = dict(zip(span_ids, range(n), strict=True))
        if len(by_span_id) == n:
            parents = list(map(by_span_id.get, parent_ids, repeat(-1, n)))
            elsewhere = list(
                map(
                    operator.and_,
                    map(operator.ne, map((*traces, None).__getitem__, parents), traces),
                    map(operator.ge, parents, repeat(0, n)),
                )
            )
            for i in compress(range(n), elsewhere):
                parents[i] = -1
        else:
            keys = list(zip(traces, span_ids, strict=True))
            pos = dict(zip(keys, range(n), strict=True))
            if len(pos) != n:
                # The same span more than once: the first is kept.
                kept = _first_positions(keys)
                self.duplicates = n - len(kept)
                records = list(map(records.__getitem__, kept))
                traces = list(map(traces.__getitem__, kept))
                parent_ids = list(map(parent_ids.__getitem__, kept))
                keys = list(map(keys.__getitem__, kept))
                n = len(records)
                pos = dict(zip(keys, range(n), strict=True))
            parents = list(map(pos.get, zip(traces, parent_ids, strict=True), repeat(-1, n)))
        self.records = records
        self.traces = traces
        #: Position of each span's parent, -1 when it has none here.
        self.parents: list[int] = parents
        #: Start-order sort keys; ``None`` when the spans are in start order already.
        self.order: list[tuple[int, str, str, str]] | None = None
        if not (sort_first or in_order) and not _is_in_start_order(records):
            self.order = list(map(_START_ORDER, records))
        # Every parent before its child (or itself): no parent cycle is possible.
        self.acyclic = all(map(operator.le, self.parents, range(n)))
        self.call_of: list[str | None] = []

    def in_start_order(self, positions: list[int]) -> list[int]:
        """``positions`` sorted by the start order of their spans."""
        if self.order is not None:
            positions.sort(key=self.order.__getitem__)
        return positions


def _first_positions(keys: Sequence[object]) -> list[int]:
    """Position of the first occurrence of each key, in order."""
    first: dict[object, int] = {}
    for i, key in enumerate(keys):
        first.setdefault(key, i)
    return list(first.values())


def _is_in_start_order(records: Sequence[SpanRecord]) -> bool:
    """Whether ``records`` are sorted by :func:`start_order` (checked on ints first)."""
    starts = list(map(_START_NS, records))
    if not all(map(operator.le, starts, islice(starts, 1, None))):
        return False
    if len(set(starts)) == len(starts):
        return True
    # Equal start times: those neighbours compare by the whole key.
    return all(
        _START_ORDER(records[i]) <= _START_ORDER(records[i + 1])
        for i in range(len(starts) - 1)
        if starts[i] == starts[i + 1]
    )


def _own_call_ids(
    index: _Index, keys: tuple[str, ...], conflicts: list[CallIdConflict]
) -> list[str | None]:
    """Each span's own call id (first of ``keys`` it carries), conflicts between keys."""
    records = index.records
    n = len(records)
    attributes = list(map(_ATTRIBUTES, records))
    # Records hold read-only dicts (a FrozenDict is one): their own ``get``
    # mapped over them runs no Python code and looks nothing up per span
    # (``methodcaller`` binds a method per span).
    kinds = set(map(type, attributes))
    if len(kinds) == 1 and kinds <= _FAST_GET:
        get = MappingProxyType.get if MappingProxyType in kinds else dict.get
        getters = [partial(_values_of, get=get, key=key) for key in keys]
    else:
        getters = [partial(map, operator.methodcaller("get", key)) for key in keys]
    columns = [c for c in by_chunks(attributes, *getters) if c.count(None) != n]
    if not columns:
        return [None] * n
    if len(columns) == 1:
        # One key in use, with plain text values: the column is the answer as it is.
        column = columns[0]
        if "" not in column and _TEXT_OR_NONE.issuperset(map(type, column)):
            return column
    return list(map(_own_call_id, records, attributes, repeat(keys, n), repeat(conflicts, n)))


def _values_of(
    attributes: Sequence[Mapping[str, object]], get: Callable[..., object], key: str
) -> Iterable[object]:
    return map(get, attributes, repeat(key, len(attributes)))


def _group(
    all_records: tuple[SpanRecord, ...],
    keys: tuple[str, ...],
    *,
    in_start_order: bool = False,
) -> Grouping:
    conflicts: list[CallIdConflict] = []
    index = _Index(all_records, in_order=in_start_order)
    records, parents, traces = index.records, index.parents, index.traces
    own = _own_call_ids(index, keys, conflicts)
    settle_heap()

    # resolved[i] = nearest call id at or above span i (None: none on its chain). A span
    # whose parent comes before it takes the parent's, already final; others walk up.
    resolved = own.copy()
    for i in compress(range(len(own)), map(operator.not_, own)):
        p = parents[i]
        if p < 0 or p == i:
            continue
        if p < i:
            resolved[i] = resolved[p]
            continue
        seen = {i}
        while p >= 0 and p not in seen and own[p] is None and p > i:
            seen.add(p)
            p = parents[p]
        if p >= 0 and p not in seen:
            resolved[i] = resolved[p] if p < i else own[p]

    # The parent's resolved id next to each span's own (position -1, no parent: None).
    above = list(map((*resolved, None).__getitem__, parents))
    for i in compress(range(len(own)), map(operator.ne, own, above)):
        mine, inherited = own[i], above[i]
        if mine is None or inherited is None or parents[i] == i:
            continue
        conflicts.append(CallIdConflict(records[i], mine, inherited, "its parent's call is"))

    call_of = resolved
    if None in resolved:
        # Spans with no call on their chain take their trace's one call id, if it has one.
        trace_ids: dict[object, set[str]] = {}
        for i in compress(range(len(own)), own):
            trace_ids.setdefault(traces[i], set()).add(own[i])  # type: ignore[arg-type]
        call_of = resolved.copy()
        for i in compress(range(len(own)), map(operator.not_, resolved)):
            found = trace_ids.get(traces[i])
            if found is not None and len(found) == 1:
                call_of[i] = next(iter(found))

    members: dict[str | None, list[int]] = {}
    for i, call_id in enumerate(call_of):
        group = members.get(call_id)
        if group is None:
            members[call_id] = [i]
        else:
            group.append(i)
    index.call_of = call_of
    loose = members.pop(None, [])
    named = cast("dict[str, list[int]]", members)
    calls = {
        cid: CallTrace._of_members(cid, index, index.in_start_order(named[cid]))
        for cid in sorted(named)
    }
    return Grouping(
        calls=MappingProxyType(calls),
        unattributed=tuple(records[i] for i in index.in_start_order(loose)),
        conflicts=tuple(conflicts),
        duplicates=index.duplicates,
        keys=keys,
    )


def render_tree(trace: CallTrace, *, durations: bool = True) -> TreeText:
    """Indented text of a call's span tree (2 spaces a level)."""
    return _render.render_tree(trace.walk(), durations=durations)
