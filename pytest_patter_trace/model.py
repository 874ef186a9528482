"""Plain, frozen records of finished spans, independent of where they came from.

A :class:`SpanRecord` is built from an OpenTelemetry SDK ``ReadableSpan`` (in-process
capture) or from an OTLP message (files, the receiver), so every helper of this package
works on one shape whatever the source.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol, TypeAlias, runtime_checkable

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
            f"SpanRecord(name={self.name!r}, span_id={self.span_id!r}, "
            f"parent_span_id={self.parent_span_id!r}, attributes=<{len(self.attributes)} keys>)"
        )


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


def _hex(value: int, width: int) -> str:
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
    ctx = span.get_span_context()
    assert ctx is not None  # SDK spans always carry a context
    parent = span.parent
    status = span.status
    scope = span.instrumentation_scope
    resource = span.resource
    return SpanRecord(
        name=span.name,
        trace_id=_hex(ctx.trace_id, 32),
        span_id=_hex(ctx.span_id, 16),
        parent_span_id=None if parent is None else _hex(parent.span_id, 16),
        start_ns=span.start_time or 0,
        end_ns=span.end_time,
        kind=span.kind.name,
        status=StatusRecord(status.status_code.name, status.description),
        attributes=freeze_attributes(span.attributes),
        events=tuple(
            EventRecord(e.name, e.timestamp or 0, freeze_attributes(e.attributes))
            for e in span.events
        ),
        links=tuple(
            LinkRecord(
                _hex(link.context.trace_id, 32),
                _hex(link.context.span_id, 16),
                freeze_attributes(link.attributes),
            )
            for link in span.links
        ),
        resource=freeze_attributes(resource.attributes if resource is not None else None),
        scope=None if scope is None else ScopeRecord(scope.name, scope.version),
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
    out: list[SpanRecord] = []
    for index, item in enumerate(spans):
        if isinstance(item, SpanRecord):
            out.append(item)
            continue
        # Imported only when needed: records alone (the guard's re-grouping) may be
        # read after the test blocked imports.
        from opentelemetry.sdk.trace import ReadableSpan

        if isinstance(item, ReadableSpan):
            out.append(record_from_readable(item))
        else:
            raise TypeError(
                f"item {index} is a {type(item).__name__}, not a SpanRecord or ReadableSpan"
            )
    return tuple(out)
