"""The OTLP writer: records to an ``ExportTraceServiceRequest``, as JSON or protobuf.

Spans sharing a resource and a scope are grouped as an exporter groups them. Public
through :mod:`pytest_patter_trace.sources.otlp`.
"""

from __future__ import annotations

import base64
import math
from collections.abc import Mapping

from ..core.model import AttributeValue, ScopeRecord, SpanRecord, SpansLike
from ._otlp_proto import KINDS, STATUS_CODES, proto_module, request_type
from ._span_reader import span_records

__all__ = ["records_to_otlp_json", "records_to_otlp_protobuf"]


def _json_any(value: AttributeValue) -> dict[str, object]:
    if value is None:
        return {}
    if isinstance(value, bool):
        return {"boolValue": value}
    if isinstance(value, int):
        return {"intValue": str(value)}
    if isinstance(value, float):
        if math.isnan(value):
            return {"doubleValue": "NaN"}
        if math.isinf(value):
            return {"doubleValue": "Infinity" if value > 0 else "-Infinity"}
        return {"doubleValue": value}
    if isinstance(value, str):
        return {"stringValue": value}
    if isinstance(value, bytes):
        return {"bytesValue": base64.b64encode(value).decode("ascii")}
    if isinstance(value, Mapping):
        return {"kvlistValue": {"values": _json_key_values(value)}}
    return {"arrayValue": {"values": [_json_any(v) for v in value]}}


def _json_key_values(attributes: Mapping[str, AttributeValue]) -> list[dict[str, object]]:
    return [{"key": k, "value": _json_any(v)} for k, v in attributes.items()]


def _json_span(span: SpanRecord) -> dict[str, object]:
    out: dict[str, object] = {
        "traceId": span.trace_id,
        "spanId": span.span_id,
        "name": span.name,
        "kind": KINDS.index(span.kind) if span.kind in KINDS else 0,
        "startTimeUnixNano": str(span.start_ns),
        "endTimeUnixNano": str(span.end_ns or 0),
    }
    if span.parent_span_id:
        out["parentSpanId"] = span.parent_span_id
    if span.attributes:
        out["attributes"] = _json_key_values(span.attributes)
    if span.events:
        out["events"] = [
            {"timeUnixNano": str(e.timestamp_ns), "name": e.name}
            | ({"attributes": _json_key_values(e.attributes)} if e.attributes else {})
            for e in span.events
        ]
    if span.links:
        out["links"] = [
            {"traceId": link.trace_id, "spanId": link.span_id}
            | ({"attributes": _json_key_values(link.attributes)} if link.attributes else {})
            for link in span.links
        ]
    status: dict[str, object] = {}
    if span.status.code in STATUS_CODES[1:]:
        status["code"] = STATUS_CODES.index(span.status.code)
    if span.status.description:
        status["message"] = span.status.description
    out["status"] = status
    return out


def _hashable(value: AttributeValue) -> object:
    # Resources are grouped by value; mappings and tuples need a hashable stand-in.
    if isinstance(value, Mapping):
        return tuple((k, _hashable(v)) for k, v in value.items())
    if isinstance(value, tuple):
        return tuple(_hashable(v) for v in value)
    return (type(value).__name__, value)


def records_to_otlp_json(spans: SpansLike) -> dict[str, object]:
    """One OTLP/JSON ``ExportTraceServiceRequest`` holding ``spans``, as the spec writes it.

    Ids are hex, 64-bit integers decimal strings, enums numbers; spans sharing a resource
    and a scope are grouped as an exporter groups them. ``json.dumps`` of the result is
    one line of a Collector ``file`` export.
    """
    groups: dict[object, tuple[Mapping[str, AttributeValue], dict[object, list[SpanRecord]]]]
    groups = {}
    for span in span_records(spans):
        _, by_scope = groups.setdefault(_hashable(span.resource), (span.resource, {}))
        by_scope.setdefault(span.scope, []).append(span)
    resource_spans: list[dict[str, object]] = []
    for resource, by_scope in groups.values():
        scope_spans: list[dict[str, object]] = []
        for scope, members in by_scope.items():
            entry: dict[str, object] = {"spans": [_json_span(s) for s in members]}
            if isinstance(scope, ScopeRecord):
                entry["scope"] = {"name": scope.name} | (
                    {"version": scope.version} if scope.version else {}
                )
            scope_spans.append(entry)
        resource_spans.append(
            {"resource": {"attributes": _json_key_values(resource)}, "scopeSpans": scope_spans}
        )
    return {"resourceSpans": resource_spans}


def records_to_otlp_protobuf(spans: SpansLike) -> bytes:
    """``spans`` as one serialized OTLP protobuf ``ExportTraceServiceRequest``.

    Raises:
        ImportError: opentelemetry-proto (extra ``otlp``) is not installed.

    """
    document = records_to_otlp_json(spans)
    _ids_to_base64(document)
    request = request_type()()
    proto_module("google.protobuf.json_format").ParseDict(document, request)
    data: bytes = request.SerializeToString()
    return data


def _ids_to_base64(node: object) -> None:
    # protobuf's JSON parser follows the generic mapping (bytes in base64), not OTLP's hex.
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("traceId", "spanId", "parentSpanId") and isinstance(value, str):
                node[key] = base64.b64encode(bytes.fromhex(value)).decode("ascii")
            else:
                _ids_to_base64(value)
    elif isinstance(node, list):
        for item in node:
            _ids_to_base64(item)
