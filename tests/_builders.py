"""One way to build span records by hand in tests, with one id scheme.

A short id (``3``, ``"a1"``) becomes a span id by hex-formatting an int and left-padding
with zeros to 16 digits (32 for a trace): ``span_id(3) == span_id("3") ==
"0000000000000003"``. A span given no id takes the next number of one serial, and, given
no start, starts at that number: spans built one after another start in that order.

Tests import it by name (``from _builders import span``): the rootdir ``conftest.py``
puts ``tests/`` on ``sys.path``.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from pytest_patter_trace.core.model import (
    EventRecord,
    LinkRecord,
    ScopeRecord,
    SpanRecord,
    StatusRecord,
)

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import ReadableSpan

_serial = itertools.count(1)


def _hex_id(short: int | str, width: int) -> str:
    text = format(short, "x") if isinstance(short, int) else short
    return text.rjust(width, "0")


def span_id(short: int | str) -> str:
    """The 16-digit span id of a short one: ``3`` or ``"3"`` -> ``"0000000000000003"``."""
    return _hex_id(short, 16)


def trace_id(short: int | str) -> str:
    """The 32-digit trace id of a short one: ``1`` or ``"1"`` -> ``"000…001"``."""
    return _hex_id(short, 32)


def new_trace() -> int:
    """A short trace id no span built so far has: the serial's next number."""
    return next(_serial)


def span(
    name: str,
    sid: int | str | None = None,
    parent: SpanRecord | int | str | None = None,
    *,
    trace: int | str | None = None,
    call: str | None = None,
    call_key: str = "patter.call.id",
    start: int | None = None,
    end: int | None = None,
    duration: int | None = 10,
    attributes: Mapping[str, object] | None = None,
    status: StatusRecord | None = None,
    events: tuple[EventRecord, ...] = (),
    links: tuple[LinkRecord, ...] = (),
    kind: str = "INTERNAL",
    resource: Mapping[str, object] | None = None,
    scope: ScopeRecord | None = None,
    **attrs: object,
) -> SpanRecord:
    """A finished span; keyword ``a__b=1`` sets attribute ``a.b`` (after ``attributes``).

    Args:
        name: The span's name.
        sid: Short span id; default the next serial number.
        parent: The parent record (its trace is then the default) or its short id.
        trace: Short trace id; default the parent record's trace, else ``1``.
        call: A call id, set under ``call_key`` unless ``None``.
        call_key: The attribute ``call`` is set under.
        start: Start in ns; default the serial number the span took.
        end: End in ns; default ``start + duration``.
        duration: Used when ``end`` is not given; ``None`` for a span that never ended.
        attributes: Attributes, before the keyword ones.
        status: The span's status; default unset.
        events: The span's events.
        links: The span's links.
        kind: The span's kind.
        resource: The resource's attributes.
        scope: The instrumentation scope.
        **attrs: More attributes, ``__`` in a keyword standing for ``.``.
    """
    n = next(_serial)
    fields: dict[str, object] = dict(attributes or {})
    fields.update({key.replace("__", "."): value for key, value in attrs.items()})
    if call is not None:
        fields[call_key] = call
    if isinstance(parent, SpanRecord):
        parent_id: str | None = parent.span_id
        default_trace = parent.trace_id
    else:
        parent_id = None if parent is None else span_id(parent)
        default_trace = trace_id(1)
    begin = n if start is None else start
    finish = end if end is not None else (None if duration is None else begin + duration)
    return SpanRecord(
        name=name,
        trace_id=default_trace if trace is None else trace_id(trace),
        span_id=span_id(n if sid is None else sid),
        parent_span_id=parent_id,
        start_ns=begin,
        end_ns=finish,
        kind=kind,
        status=status or StatusRecord(),
        attributes=fields,  # type: ignore[arg-type]
        events=events,
        links=links,
        resource=resource or {},  # type: ignore[arg-type]
        scope=scope,
    )


def record_of(span: ReadableSpan) -> SpanRecord:
    """The record of an SDK span as its public API describes it, field by field: what
    every reading path must make of it."""
    ctx = span.get_span_context()
    assert ctx is not None
    scope = span.instrumentation_scope
    return SpanRecord(
        name=span.name,
        trace_id=format(ctx.trace_id, "032x"),
        span_id=format(ctx.span_id, "016x"),
        parent_span_id=None if span.parent is None else format(span.parent.span_id, "016x"),
        start_ns=span.start_time or 0,
        end_ns=span.end_time,
        kind=span.kind.name,
        status=StatusRecord(span.status.status_code.name, span.status.description),
        attributes=dict(span.attributes or {}),
        events=tuple(
            EventRecord(e.name, e.timestamp, dict(e.attributes or {})) for e in span.events
        ),
        links=tuple(
            LinkRecord(
                format(link.context.trace_id, "032x"),
                format(link.context.span_id, "016x"),
                dict(link.attributes or {}),
            )
            for link in span.links
        ),
        resource=dict(span.resource.attributes),
        scope=None if scope is None else ScopeRecord(scope.name, scope.version),
    )


def pii_kinds(key: str, value: object, content: str) -> set[str]:
    """The kinds ``find_pii(..., content=content)`` reports for one attribute value."""
    from pytest_patter_trace.checks.pii import find_pii

    found = find_pii([span("getpatter.call", 2, attributes={key: value})], content=content)
    return {f.kind for f in found}


def name_masks(key: str, value: str, content: str) -> list[str]:
    """The masks of the names ``find_pii(..., content=content)`` reports in one value."""
    from pytest_patter_trace.checks.pii import find_pii

    spans = [span("getpatter.call", 2, attributes={key: value})]
    return [f.masked for f in find_pii(spans, content=content) if f.kind == "name"]
