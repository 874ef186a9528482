"""Plain, frozen records of finished spans, independent of where they came from.

A :class:`SpanRecord` is built from an OpenTelemetry SDK ``ReadableSpan`` (in-process
capture) or from an OTLP message (files, the receiver), so every helper of this package
works on one shape whatever the source.
"""

from __future__ import annotations

import gc
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from itertools import islice, repeat
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    NamedTuple,
    NoReturn,
    Protocol,
    TypeAlias,
    cast,
    runtime_checkable,
)

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import ReadableSpan

__all__ = [
    "AttributeValue",
    "EventRecord",
    "FrozenDict",
    "LinkRecord",
    "ScopeRecord",
    "SpanFields",
    "SpanRecord",
    "SpansLike",
    "StatusRecord",
    "as_records",
    "read_public",
    "record_from_readable",
    "records_from_fields",
    "records_from_readables",
]

#: An attribute value as OpenTelemetry and OTLP carry it. OTLP adds bytes and key/value
#: lists; homogeneous arrays are kept as tuples so records stay immutable.
AttributeValue: TypeAlias = (
    "str | bool | int | float | bytes"
    " | tuple[AttributeValue, ...] | Mapping[str, AttributeValue] | None"
)


class FrozenDict(dict[str, AttributeValue]):
    """A read-only ``dict``: what records hold their attributes and resources in.

    A ``dict`` underneath, so lookups and iteration stay C-level; it pickles, deep-copies
    and goes through ``dataclasses.asdict`` (a ``mappingproxy`` does none of these), and
    compares equal to a plain ``dict`` with the same items. Every method that would change
    it raises ``TypeError``.
    """

    __slots__ = ()

    def _read_only(self, *args: object, **kwargs: object) -> NoReturn:
        raise TypeError(f"'{type(self).__name__}' object is read-only")

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __reduce__(self) -> tuple[type[FrozenDict], tuple[dict[str, AttributeValue]]]:
        # dict's own reduction refills the copy item by item, which it refuses.
        return (type(self), (dict(self),))


_EMPTY: Mapping[str, AttributeValue] = FrozenDict()


def _empty() -> Mapping[str, AttributeValue]:
    return _EMPTY


def _freeze_field(record: object, name: str) -> None:
    """Freeze a mapping field of a record being made (its own ``__post_init__``)."""
    value = getattr(record, name)
    if type(value) is not FrozenDict:
        object.__setattr__(record, name, freeze_attributes(value))


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

    def __post_init__(self) -> None:
        _freeze_field(self, "attributes")


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """A link from a span to another span context."""

    trace_id: str
    span_id: str
    attributes: Mapping[str, AttributeValue] = field(default_factory=_empty)

    def __post_init__(self) -> None:
        _freeze_field(self, "attributes")


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
        # Records built by hand get the same read-only mappings as records read.
        if type(self.attributes) is not FrozenDict:
            _freeze_field(self, "attributes")
        if type(self.resource) is not FrozenDict:
            _freeze_field(self, "resource")

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


#: A name a repr may show: code's own words. Three digits in a row, an ``@`` or a
#: character outside these may be a caller's number or address; this module is below the
#: detector, so such a name is not shown at all.
_PLAIN_NAME = re.compile(r"(?!.*\d{3})[A-Za-z_][\w.:/ {}<>-]{0,119}", re.ASCII)


def _repr_name(name: str) -> str:
    return repr(name) if _PLAIN_NAME.fullmatch(name) else f"<name of {len(name)} chars>"


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
        return FrozenDict({str(k): _freeze(v) for k, v in value.items()})
    if isinstance(value, Iterable):
        return tuple(_freeze(v) for v in value)
    return str(value)


def freeze_attributes(attributes: Mapping[str, object] | None) -> Mapping[str, AttributeValue]:
    """Copy ``attributes`` into a read-only mapping with tuples for sequences."""
    if not attributes:
        return _EMPTY
    return FrozenDict({str(k): _freeze(v) for k, v in attributes.items()})


class SpanFields(NamedTuple):
    """What a record is read from: a span's fields, named as ``ReadableSpan``'s properties.

    The one declaration of what reading a span reads. Reading a batch makes one
    ``SpanFields`` of columns (each field a sequence, one item per span): through the
    public properties here (:func:`read_public`), or through the SDK's own fields
    ``_<name>`` (``sources._otel.span_columns``, for the SDK's own span classes). A
    context is read as ``(trace_id, span_id, ...)``: the SDK's ``SpanContext`` is one.
    :func:`records_from_fields` turns either into records. Readers may hand over an
    ``attributes`` item already frozen (a :class:`FrozenDict`, kept as it is) and, for
    ``events`` and ``links``, any sized iterable.
    """

    name: Sequence[str]
    #: ``(trace_id, span_id, ...)`` as ints (a ``SpanContext`` is such a tuple).
    context: Sequence[Sequence[Any] | None]
    parent: Sequence[Sequence[Any] | None]
    kind: Sequence[Any]
    status: Sequence[Any]
    start_time: Sequence[int | None]
    end_time: Sequence[int | None]
    attributes: Sequence[Mapping[str, object] | None]
    events: Sequence[Sequence[Any]]
    links: Sequence[Sequence[Any]]
    resource: Sequence[Any]
    instrumentation_scope: Sequence[Any]


_PUBLIC_FIELDS = operator.attrgetter(*SpanFields._fields)


def read_public(spans: Sequence[ReadableSpan]) -> SpanFields:
    """The declared fields of ``spans`` through the public ``ReadableSpan`` properties."""
    read = SpanFields._make(zip(*map(_PUBLIC_FIELDS, spans), strict=True))
    return read._replace(context=list(map(_ids, read.context)), parent=list(map(_ids, read.parent)))


def _ids(context: Any) -> tuple[int, int] | None:
    return None if context is None else (context.trace_id, context.span_id)


#: Reads spans' fields as :class:`SpanFields` columns, or ``None`` when it cannot.
FieldReader: TypeAlias = "Callable[[Sequence[Any]], SpanFields | None]"


def record_from_readable(span: ReadableSpan) -> SpanRecord:
    """Build a :class:`SpanRecord` from an OpenTelemetry SDK span."""
    return records_from_readables((span,))[0]


def records_from_readables(
    spans: Sequence[ReadableSpan], *, read_columns: FieldReader | None = None
) -> list[SpanRecord]:
    """Build :class:`SpanRecord` objects from SDK spans, sharing what spans share.

    ``read_columns`` (the store passes ``_otel.span_columns``, which sits above this
    module) reads the SDK's own fields; where it returns ``None``, or without it, the
    public properties are read.
    """
    if not spans:
        return []
    read = None if read_columns is None else read_columns(spans)
    return records_from_fields(read_public(spans) if read is None else read)


_FIRST = operator.itemgetter(0)
_SECOND = operator.itemgetter(1)
_KIND_NAME = operator.attrgetter("name")
#: SpanRecord's fields in its constructor's order: records are made by mapping it.
_RECORD_FIELDS = tuple(f.name for f in fields(SpanRecord))
_ONLY_RECORDS = frozenset({SpanRecord})


def _once_each(
    column: Sequence[object], convert: Callable[[Any], object]
) -> Sequence[object] | Iterable[object]:
    """``convert`` applied to each distinct object of ``column`` (by identity) once."""
    first = column[0]
    if all(map(operator.is_, column, repeat(first))):  # one provider, one tracer
        return repeat(convert(first), len(column))
    ids = list(map(id, column))  # by identity: no __eq__ runs, all C-level
    distinct = dict(zip(ids, column, strict=True))
    converted = {key: convert(value) for key, value in distinct.items()}
    return list(map(converted.__getitem__, ids))


def records_from_fields(read: SpanFields) -> list[SpanRecord]:
    """One :class:`SpanRecord` per span of ``read`` (columns of the same length).

    A resource, a scope, a kind, a status and an id string are converted once and
    shared by every record that has them; everything else is converted column by
    column, and each record made by its constructor.

    Raises:
        TypeError: naming the span that has no span context.

    """
    n = len(read.name)
    if not n:
        return []
    if None in read.context:
        raise TypeError(f"span {read.name[read.context.index(None)]!r} has no span context")
    contexts = cast("Sequence[Sequence[Any]]", read.context)
    trace_ints = list(map(_FIRST, contexts))
    span_ints = list(map(_SECOND, contexts))
    parent_ints = [None if p is None else p[1] for p in read.parent]
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
    starts = read.start_time
    columns: dict[str, Iterable[object]] = {
        "name": read.name,
        "trace_id": map(trace_hex.__getitem__, trace_ints),
        "span_id": map(span_hex.__getitem__, span_ints),
        "parent_span_id": parent_ids,
        "start_ns": starts if None not in starts else [s or 0 for s in starts],
        "end_ns": read.end_time,
        "kind": _once_each(read.kind, _KIND_NAME),
        "status": _once_each(read.status, _status_record),
        "attributes": _frozen_all(read.attributes),
        "events": _converted_where_any(read.events, _events),
        "links": _converted_where_any(read.links, _links),
        "resource": _once_each(read.resource, _resource_attributes),
        "scope": _once_each(read.instrumentation_scope, _scope_record),
    }
    return _made(n, [iter(columns[name]) for name in _RECORD_FIELDS])


#: Each field's slot setter, in field order: what the dataclass's ``__init__`` calls.
_SETTERS = tuple(getattr(SpanRecord, name).__set__ for name in _RECORD_FIELDS)
_new = object.__new__


def _made(n: int, columns: list[Iterator[object]]) -> list[SpanRecord]:
    """The ``n`` records whose fields are ``columns`` (field order), made a chunk at a time.

    The reader's values are converted and frozen already, so each chunk of records is
    made whole here, a column at a time, before any is returned: the dataclass's own
    ``__init__`` (a Python call per record, a lookup per field, ``__post_init__``) costs
    twice as much, about half of reading a capture. Each chunk is then set aside from the
    collector: else each full collection meanwhile walks every record made so far again.
    """
    out: list[SpanRecord] = []
    while len(out) < n:
        chunk = list(map(_new, repeat(SpanRecord, min(CHUNK, n - len(out)))))
        for setter, column in zip(_SETTERS, columns, strict=True):
            for _ in map(setter, chunk, islice(column, len(chunk))):
                pass
        out.extend(chunk)
        settle_heap()
    return out


def _converted_where_any(
    column: Sequence[Sequence[Any]], convert: Callable[[Sequence[Any]], tuple[Any, ...]]
) -> Iterable[tuple[Any, ...]]:
    # Most spans have no events and no links: then the whole column is tested C-level.
    if not any(column):
        return repeat((), len(column))
    return [convert(items) if items else () for items in column]


def _frozen_all(column: Sequence[Mapping[str, object] | None]) -> Iterable[object]:
    if set(map(type, column)) == {FrozenDict}:  # frozen by the reader already
        return column
    return [a if type(a) is FrozenDict else freeze_attributes(a) for a in column]


def _resource_attributes(resource: Any) -> Mapping[str, AttributeValue]:
    return freeze_attributes(None if resource is None else resource.attributes)


def _scope_record(scope: Any) -> ScopeRecord | None:
    return None if scope is None else ScopeRecord(scope.name, scope.version)


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


def as_records(
    spans: SpansLike, *, read_columns: FieldReader | None = None
) -> tuple[SpanRecord, ...]:
    """Turn anything a helper accepts into a tuple of :class:`SpanRecord`.

    ``read_columns``: as :func:`records_from_readables` takes it, for SDK spans.

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
        built = records_from_readables(
            [cast("ReadableSpan", items[i]) for i in readable], read_columns=read_columns
        )
        for index, record in zip(readable, built, strict=True):
            items[index] = record
    return tuple(items)  # type: ignore[arg-type]
