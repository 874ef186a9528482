"""Plain, frozen records of finished spans, independent of where they came from.

A :class:`SpanRecord` is built from an OpenTelemetry SDK ``ReadableSpan`` (in-process
capture) or from an OTLP message (files, the receiver), so every helper of this package
works on one shape whatever the source.
"""

from __future__ import annotations

import gc
import operator
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from itertools import compress, repeat
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeAlias, cast, runtime_checkable

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import ReadableSpan

__all__ = [
    "AttributeValue",
    "EventRecord",
    "LinkRecord",
    "ScopeRecord",
    "SpanRecord",
    "SpansLike",
    "StatusRecord",
    "as_records",
    "record_from_readable",
]

#: An attribute value as OpenTelemetry and OTLP carry it. OTLP adds bytes and key/value
#: lists; homogeneous arrays are kept as tuples so records stay immutable.
AttributeValue: TypeAlias = (
    "str | bool | int | float | bytes"
    " | tuple[AttributeValue, ...] | Mapping[str, AttributeValue] | None"
)

_EMPTY: Mapping[str, AttributeValue] = MappingProxyType({})


def _empty() -> Mapping[str, AttributeValue]:
    return _EMPTY


@dataclass(frozen=True, slots=True)
class StatusRecord:
    """A span status: ``code`` is ``"UNSET"``, ``"OK"`` or ``"ERROR"``."""

    code: str = "UNSET"
    description: str | None = None


@dataclass(frozen=True, slots=True)
class EventRecord:
    """A span event (exceptions are events named ``"exception"``)."""

    name: str
    timestamp_ns: int = 0
    attributes: Mapping[str, AttributeValue] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """A link from a span to another span context."""

    trace_id: str
    span_id: str
    attributes: Mapping[str, AttributeValue] = field(default_factory=_empty)


@dataclass(frozen=True, slots=True)
class ScopeRecord:
    """The instrumentation scope (tracer name and version) that created a span."""

    name: str
    version: str | None = None


@dataclass(frozen=True, slots=True)
class SpanRecord:
    """One finished span.

    Ids are lower-case hex strings (32 digits for traces, 16 for spans) as OTLP/JSON and
    every tracing backend show them. Records compare by value and hash by
    ``(trace_id, span_id)``, the identity OpenTelemetry gives a span.
    """

    name: str
    trace_id: str
    span_id: str
    parent_span_id: str | None = None
    start_ns: int = 0
    end_ns: int | None = None
    kind: str = "INTERNAL"
    status: StatusRecord = field(default_factory=StatusRecord)
    attributes: Mapping[str, AttributeValue] = field(default_factory=_empty)
    events: tuple[EventRecord, ...] = ()
    links: tuple[LinkRecord, ...] = ()
    resource: Mapping[str, AttributeValue] = field(default_factory=_empty)
    scope: ScopeRecord | None = None

    def __post_init__(self) -> None:
        # Records built by hand (tests, OTLP) get the same read-only mappings.
        if type(self.attributes) is not MappingProxyType:
            object.__setattr__(self, "attributes", freeze_attributes(self.attributes))
        if type(self.resource) is not MappingProxyType:
            object.__setattr__(self, "resource", freeze_attributes(self.resource))

    def __eq__(self, other: object) -> bool:
        # Written out (the dataclass's own wants the very same class): a record read
        # lazily from an SDK span equals the same record built by hand.
        if not isinstance(other, SpanRecord):
            return NotImplemented
        return _field_values(self) == _field_values(other)

    def __hash__(self) -> int:
        return hash((self.trace_id, self.span_id))

    @property
    def key(self) -> tuple[str, str]:
        """``(trace_id, span_id)``: the span's identity."""
        return (self.trace_id, self.span_id)

    @property
    def duration_ns(self) -> int | None:
        """End minus start, or ``None`` for a span that never ended."""
        return None if self.end_ns is None else self.end_ns - self.start_ns

    def __repr__(self) -> str:
        # Short on purpose: attribute values may hold what the PII checks flag, and a repr
        # ends up in pytest's assertion output.
        return (
            f"SpanRecord(name={_repr_name(self.name)}, span_id={self.span_id!r}, "
            f"parent_span_id={self.parent_span_id!r}, attributes=<{len(self.attributes)} keys>)"
        )


_field_values = operator.attrgetter(*SpanRecord.__slots__)
#: A name a repr may show: code's own words. Three digits in a row, an ``@`` or a
#: character outside these may be a caller's number or address; this module is below the
#: detector, so such a name is not shown at all.
_PLAIN_NAME = re.compile(r"(?!.*\d{3})[A-Za-z_][\w.:/ {}<>-]{0,119}", re.ASCII)


def _repr_name(name: str) -> str:
    return repr(name) if _PLAIN_NAME.fullmatch(name) else f"<name of {len(name)} chars>"


class _SdkRecord(SpanRecord):
    """A :class:`SpanRecord` read from an SDK span's fields, converted on first use.

    Reading a capture makes one per span with only ``name`` and ``start_ns`` set: the
    rest (hex ids, mappings, status, kind, resource, scope) is made from its source the
    first time any of it is read, so a test that looks at a few calls of a large capture
    converts only those. A source is ``(name, start, context, parent, attributes dict,
    status, kind, end, resource, scope, attributes frozen)`` as the SDK holds them, plus
    ``(events, links)`` records for the rare span that has either; it is kept for the
    record's life (grouping reads its ids).
    """

    # ``_shared`` is None once converted.
    __slots__ = ("_shared", "_source")

    def __getattr__(self, name: str) -> Any:
        # Only reached for a slot not set yet: the fields this record has not converted.
        if name in _LAZY_FIELDS:
            _convert(self)
            return _SLOT_GETTERS[name](self)
        raise AttributeError(f"'SpanRecord' object has no attribute {name!r}")


#: Positions in a source tuple (``_otel.span_sources`` builds them in this order).
SOURCE_CONTEXT, SOURCE_PARENT, SOURCE_ATTRIBUTES, SOURCE_FROZEN = 2, 3, 4, 10
_LAZY_FIELDS = frozenset(SpanRecord.__slots__) - {"name", "start_ns"}
_SLOT_GETTERS = {f: SpanRecord.__dict__[f].__get__ for f in SpanRecord.__slots__}
_SOURCE_OF = operator.attrgetter("_source")
_get_source = _SdkRecord.__dict__["_source"].__get__
_set_source = _SdkRecord.__dict__["_source"].__set__
_get_shared = _SdkRecord.__dict__["_shared"].__get__
_set_shared = _SdkRecord.__dict__["_shared"].__set__
_ONLY_SDK_RECORDS = frozenset({_SdkRecord})


class _Shared:
    """What the records of one read share: each resource and scope converted once."""

    __slots__ = ("resources", "scopes")

    def __init__(self) -> None:
        # Keyed by identity; the value keeps the original alive so its id stays its own.
        self.resources: dict[int, tuple[object, Mapping[str, AttributeValue]]] = {}
        self.scopes: dict[int, tuple[object, ScopeRecord | None]] = {}


_KIND_NAMES: dict[object, str] = {}


def _convert(record: _SdkRecord) -> None:
    """Set every field of ``record`` not set yet from its source (idempotent)."""
    source = _get_source(record)
    shared: _Shared | None = _get_shared(record)
    if shared is None:  # converted meanwhile (another thread)
        return
    _, _, context, parent, attributes, status, kind, end, resource, scope = source[:10]
    kind_name = _KIND_NAMES.get(kind)
    if kind_name is None:
        kind_name = _KIND_NAMES[kind] = kind.name
    held = shared.resources.get(id(resource))
    if held is None:
        held = shared.resources[id(resource)] = (resource, _resource_attributes(resource))
    in_scope = shared.scopes.get(id(scope))
    if in_scope is None:
        in_scope = shared.scopes[id(scope)] = (scope, _scope_record(scope))
    events, links = source[11:] or ((), ())
    values = (
        _hex(context.trace_id, 32),
        _hex(context.span_id, 16),
        None if parent is None else _hex(parent.span_id, 16),
        end,
        kind_name,
        _status_record(status),
        MappingProxyType(attributes),
        events,
        links,
        held[1],
        in_scope[1],
    )
    # The slots' own setters, C-level (the frozen dataclass refuses __setattr__).
    deque(map(_set_slot, repeat(record), _LAZY_NAMES, values), maxlen=0)
    _set_shared(record, None)  # converted


def sdk_records(
    sources: list[tuple[Any, ...]], spans: Sequence[ReadableSpan], with_extras: Iterable[int]
) -> list[SpanRecord]:
    """One record per source (see :class:`_SdkRecord`), converted on first use.

    ``with_extras``: positions of the spans that have events or links, converted now.
    The only work per other span is C-level: an object, and four slots set column by
    column (source, shared conversions, name and start time).
    """
    for i in with_extras:
        span = spans[i]
        sources[i] = (*sources[i], _events(span.events), _links(span.links))
    shared = _Shared()
    [records] = by_chunks(sources, partial(_sdk_records_of, shared=shared))
    settle_heap()
    return records


def _sdk_records_of(sources: Sequence[tuple[Any, ...]], shared: _Shared) -> list[SpanRecord]:
    n = len(sources)
    records: list[SpanRecord] = list(map(_new_record, repeat(_SdkRecord, n)))
    deque(map(_set_source, records, sources), maxlen=0)
    deque(map(_set_shared, records, repeat(shared, n)), maxlen=0)
    _fill(records, "name", map(_NAME_OF_SOURCE, sources))
    starts = list(map(_START_OF_SOURCE, sources))
    _fill(records, "start_ns", starts if None not in starts else [s or 0 for s in starts])
    return records


def sources_of(records: Sequence[SpanRecord]) -> list[tuple[Any, ...]] | None:
    """Each record's source when every one was read lazily from an SDK span, else None."""
    try:
        kinds, sources = by_chunks(records, partial(map, type), partial(map, _SOURCE_OF))
    except AttributeError:  # a record made otherwise
        return None
    return sources if records and _ONLY_SDK_RECORDS.issuperset(kinds) else None


@runtime_checkable
class HasSpans(Protocol):
    """Anything exposing its span records as ``.spans`` (a capture, a ``CallTrace``)."""

    @property
    def spans(self) -> Sequence[SpanRecord]:
        """The span records, in start order."""
        ...


#: What every helper accepts: a capture, a ``CallTrace``, or an iterable of
#: ``SpanRecord`` / SDK ``ReadableSpan`` objects.
SpansLike: TypeAlias = "HasSpans | Iterable[SpanRecord | ReadableSpan]"


_heap_frozen_by_us = False


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Keep the garbage collector off the objects that exist already, for a while.

    Reading a capture allocates a few objects per span that live on (records, mappings,
    indexes); every so often that triggers a full collection, which walks the whole heap:
    the test's, pytest's, the spans'. ``gc.freeze()`` sets today's objects aside so such a
    collection walks only the new ones; ``gc.unfreeze()`` puts them back. Both are O(1).
    Unlike ``gc.disable()`` the collector keeps running for everything created meanwhile,
    in every thread. Skipped when something else froze objects (we would thaw them) or
    switched the collector off.
    """
    global _heap_frozen_by_us
    # Nested: already frozen by us. Checked first, as ``gc.get_freeze_count()`` walks
    # every frozen object (half a second once a million spans' records are frozen).
    if _heap_frozen_by_us or not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    _heap_frozen_by_us = True
    try:
        yield
    finally:
        _heap_frozen_by_us = False
        gc.unfreeze()


def settle_heap() -> None:
    """Inside :func:`frozen_heap`: set aside what was built so far as well (O(1)).

    Called after each big batch of long-lived objects (a million records), so that the
    next full collection does not walk them again; without it, full collections on
    the growing batch make reading a million spans cost more per span than 20,000.
    """
    if _heap_frozen_by_us:
        gc.freeze()


#: Items per chunk of :func:`by_chunks`: what a few passes touch stays in the CPU's cache.
CHUNK = 4096


def by_chunks(
    items: Sequence[Any], *passes: Callable[[Sequence[Any]], Iterable[Any]]
) -> list[list[Any]]:
    """Each pass's results over ``items`` as a list, the passes run a chunk at a time.

    Several C-level passes over a large list of objects each fetch every object from
    memory again; run a chunk at a time, the later passes find the chunk in cache
    (three times faster per pass at a million spans).
    """
    if len(items) <= CHUNK:
        return [list(run(items)) for run in passes]
    out: list[list[Any]] = [[] for _ in passes]
    for lo in range(0, len(items), CHUNK):
        part = items[lo : lo + CHUNK]
        for column, run in zip(out, passes, strict=True):
            column.extend(run(part))
    return out


def _hex_all(ids: Iterable[int], size: int) -> list[str]:
    """Lower-case hex of each id, ``size`` bytes wide, with C-level calls only."""
    ids = list(ids)
    try:
        big: Iterator[Literal["big"]] = repeat("big")
        return list(map(bytes.hex, map(int.to_bytes, ids, repeat(size), big)))
    except (OverflowError, TypeError):  # an id that is not one: shown as it is
        return [_hex(i, size * 2) for i in ids]


def _hex(value: int, width: int) -> str:
    try:
        # Five times faster than format(value, "032x") for a 128-bit id.
        return value.to_bytes(width // 2, "big").hex()
    except OverflowError:  # not a valid id, shown as it is
        return format(value, f"0{width}x")


def _freeze(value: object) -> AttributeValue:
    if isinstance(value, str | bool | int | float | bytes) or value is None:
        return value
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, Iterable):
        return tuple(_freeze(v) for v in value)
    return str(value)


def freeze_attributes(attributes: Mapping[str, object] | None) -> Mapping[str, AttributeValue]:
    """Copy ``attributes`` into a read-only mapping with tuples for sequences."""
    if not attributes:
        return _EMPTY
    return MappingProxyType({str(k): _freeze(v) for k, v in attributes.items()})


def record_from_readable(span: ReadableSpan) -> SpanRecord:
    """Build a :class:`SpanRecord` from an OpenTelemetry SDK span."""
    return records_from_readables((span,))[0]


# Records are built column by column: each slot descriptor's setter mapped over every
# record at once (C-level, no Python code per span), instead of the frozen dataclass's
# ``__init__`` (13 ``object.__setattr__`` calls and ``__post_init__`` per record).
_SLOT_SETTERS = {f: SpanRecord.__dict__[f].__set__ for f in SpanRecord.__slots__}
_ONLY_RECORDS = frozenset({SpanRecord, _SdkRecord})
_TRACE_ID = operator.attrgetter("trace_id")
_SPAN_ID = operator.attrgetter("span_id")


def _fill(records: list[SpanRecord], field_name: str, column: Iterable[object]) -> None:
    deque(map(_SLOT_SETTERS[field_name], records, column), maxlen=0)


def _once_each(
    column: Sequence[object], convert: Callable[[Any], object]
) -> Sequence[object] | Iterable[object]:
    """``convert`` applied to each distinct object of ``column`` (by identity) once."""
    ids = list(map(id, column))  # by identity: no __eq__ runs, all C-level
    if ids.count(ids[0]) == len(ids):  # the usual case: one provider, one tracer
        return repeat(convert(column[0]), len(ids))
    distinct = dict(zip(ids, column, strict=True))
    converted = {key: convert(value) for key, value in distinct.items()}
    return list(map(converted.__getitem__, ids))


#: Reads spans' fields as columns (``_otel.span_columns``), or ``None`` when it cannot.
ColumnReader: TypeAlias = "Callable[[Sequence[Any]], list[tuple[Any, ...]] | None]"


def records_from_readables(
    spans: Sequence[ReadableSpan], *, read_columns: ColumnReader | None = None
) -> list[SpanRecord]:
    """Build :class:`SpanRecord` objects from SDK spans, sharing what spans share.

    A resource, a scope, a status and an id string are converted once and shared by every
    record that has them. ``read_columns`` (the capture passes ``_otel.span_columns``,
    which sits above this module) reads the SDK's own fields, and shares an ended span's
    attribute dict instead of copying it; without it the public properties are read.
    """
    n = len(spans)
    if not n:
        return []
    columns = None if read_columns is None else read_columns(spans)
    if columns is None:
        columns = list(zip(*map(_public_fields, spans), strict=True))
        contexts = columns[1]
        if None in contexts:
            name = columns[0][contexts.index(None)]
            raise TypeError(f"span {name!r} has no span context")
        columns[1] = tuple(map(_TRACE_ID, contexts))
        columns.append(tuple(map(_SPAN_ID, contexts)))
        # Public mappings are copied: their span may not have ended.
        columns[7] = (None,) * n
        columns[8] = tuple(map(len, columns[8]))
        columns[9] = tuple(map(len, columns[9]))
    names, trace_ints, parents, kinds, statuses, starts, ends = columns[:7]
    attributes, event_counts, link_counts, resources, scopes, span_ints = columns[7:]

    parent_ints = list(map(getattr, parents, repeat("span_id", n), repeat(None, n)))
    # Each id formatted once and its string shared (a trace id by every span of the
    # trace, a span id by its children's parent_span_id).
    distinct_traces = set(trace_ints)
    trace_hex = dict(zip(distinct_traces, _hex_all(distinct_traces, 16), strict=True))
    span_hex = dict(zip(span_ints, _hex_all(span_ints, 8), strict=True))
    parent_ids: list[str | None] = list(map(span_hex.get, parent_ints))
    if parent_ids.count(None) != parent_ints.count(None):
        # Parents outside this batch (or never seen): formatted here.
        for i, pid in enumerate(parent_ints):
            if pid is not None and parent_ids[i] is None:
                parent_ids[i] = _hex(pid, 16)

    records: list[SpanRecord] = list(map(_new_record, repeat(SpanRecord, n)))
    settle_heap()
    _fill(records, "name", names)
    _fill(records, "trace_id", map(trace_hex.__getitem__, trace_ints))
    _fill(records, "span_id", map(span_hex.__getitem__, span_ints))
    _fill(records, "parent_span_id", parent_ids)
    _fill(records, "start_ns", starts if None not in starts else [s or 0 for s in starts])
    _fill(records, "end_ns", ends)
    _fill(records, "kind", _once_each(kinds, operator.attrgetter("name")))
    _fill(records, "status", _once_each(statuses, _status_record))
    if None in attributes:
        frozen = [
            freeze_attributes(span.attributes) if shared is None else MappingProxyType(shared)
            for span, shared in zip(spans, attributes, strict=True)
        ]
        _fill(records, "attributes", frozen)
    else:
        _fill(records, "attributes", map(MappingProxyType, attributes))
    _fill(records, "events", repeat((), n))
    for i in compress(range(n), event_counts):
        _SLOT_SETTERS["events"](records[i], _events(spans[i].events))
    _fill(records, "links", repeat((), n))
    for i in compress(range(n), link_counts):
        _SLOT_SETTERS["links"](records[i], _links(spans[i].links))
    _fill(records, "resource", _once_each(resources, _resource_attributes))
    _fill(records, "scope", _once_each(scopes, _scope_record))
    settle_heap()
    return records


_new_record = object.__new__
#: The fields ``_convert`` sets, in the order it makes them.
_LAZY_NAMES = (
    "trace_id",
    "span_id",
    "parent_span_id",
    "end_ns",
    "kind",
    "status",
    "attributes",
    "events",
    "links",
    "resource",
    "scope",
)
_set_slot = object.__setattr__
_NAME_OF_SOURCE = operator.itemgetter(0)
_START_OF_SOURCE = operator.itemgetter(1)


def _resource_attributes(resource: Any) -> Mapping[str, AttributeValue]:
    return freeze_attributes(None if resource is None else resource.attributes)


def _scope_record(scope: Any) -> ScopeRecord | None:
    return None if scope is None else ScopeRecord(scope.name, scope.version)


def _public_fields(span: ReadableSpan) -> tuple[Any, ...]:
    # Same order as _otel.span_fields_getter's getter, through the public properties.
    return (
        span.name,
        span.get_span_context(),
        span.parent,
        span.kind,
        span.status,
        span.start_time,
        span.end_time,
        span.attributes,
        span.events,
        span.links,
        span.resource,
        span.instrumentation_scope,
    )


def _status_record(status: Any) -> StatusRecord:
    code = status.status_code
    description: str | None = status.description
    if description is None:
        # One record per code, shared (an enum's ``name`` is a Python-level lookup).
        shared = _STATUS_BY_CODE.get(code)
        if shared is None:
            shared = _STATUS_BY_CODE[code] = StatusRecord(code.name)
        return shared
    return StatusRecord(code.name, description)


_STATUS_BY_CODE: dict[object, StatusRecord] = {}


def _events(events: Iterable[Any]) -> tuple[EventRecord, ...]:
    return tuple(
        EventRecord(e.name, e.timestamp or 0, freeze_attributes(e.attributes)) for e in events
    )


def _links(links: Iterable[Any]) -> tuple[LinkRecord, ...]:
    return tuple(
        LinkRecord(
            _hex(link.context.trace_id, 32),
            _hex(link.context.span_id, 16),
            freeze_attributes(link.attributes),
        )
        for link in links
    )


def as_records(spans: SpansLike) -> tuple[SpanRecord, ...]:
    """Turn anything a helper accepts into a tuple of :class:`SpanRecord`.

    Raises:
        TypeError: naming the offending item when something is neither a record nor a
            ``ReadableSpan``.

    """
    if isinstance(spans, SpanRecord):
        return (spans,)
    if isinstance(spans, HasSpans):
        return tuple(spans.spans)
    if isinstance(spans, str | bytes) or not isinstance(spans, Iterable):
        raise TypeError(
            "expected a patter_spans capture, a CallTrace or an iterable of spans, "
            f"got {type(spans).__name__}"
        )
    if isinstance(spans, tuple | list) and _ONLY_RECORDS.issuperset(map(type, spans)):
        return tuple(spans)  # already records, the common case: no per-item work
    items = list(spans)
    readable: list[int] = []
    for index, item in enumerate(items):
        if isinstance(item, SpanRecord):
            continue
        # Imported only when needed: records alone (the guard's re-grouping) may be
        # read after the test blocked imports.
        from opentelemetry.sdk.trace import ReadableSpan

        if isinstance(item, ReadableSpan):
            readable.append(index)
        else:
            raise TypeError(
                f"item {index} is a {type(item).__name__}, not a SpanRecord or ReadableSpan"
            )
    if readable:
        # One batch, so records share what their spans share.
        built = records_from_readables([cast("ReadableSpan", items[i]) for i in readable])
        for index, record in zip(readable, built, strict=True):
            items[index] = record
    return tuple(items)  # type: ignore[arg-type]
