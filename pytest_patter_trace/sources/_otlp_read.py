"""The OTLP reader: an export request's JSON form (or protobuf, through it) to records.

Each field is read with a typed getter naming where it sits, so bad input raises
:class:`OtlpError` naming the source, line or message, and field; attribute values in
messages pass through the rendering layer (masked). In lenient mode bad spans are
refused one by one. Public through :mod:`pytest_patter_trace.sources.otlp`.
"""

from __future__ import annotations

import base64
import binascii
import functools
import json
import math
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace

from ..core import _render
from ..core._render import shorten
from ..core.errors import OtlpError
from ..core.model import (
    AttributeValue,
    EventRecord,
    FrozenDict,
    LinkRecord,
    ScopeRecord,
    SpanRecord,
    StatusRecord,
)
from ._otlp_proto import KINDS, STATUS_CODES, Format, proto_module, request_type

__all__ = ["OtlpError", "Reader", "Where", "parse"]

#: Deeper array/kvlist nesting is refused: no exporter writes it, and it costs recursion.
_MAX_VALUE_DEPTH = 32
_INT64_MIN, _INT64_MAX, _UINT64_MAX = -(2**63), 2**63 - 1, 2**64 - 1
_HEX = re.compile(r"[0-9a-fA-F]+")
_INT_TEXT = re.compile(r"-?[0-9]+")
_SPECIAL_DOUBLES = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_EMPTY: Mapping[str, AttributeValue] = FrozenDict()


def parse(data: bytes, format: Format, where: Where) -> object:
    """Bytes to the JSON form of a request (protobuf goes through its JSON mapping)."""
    if format == "protobuf":
        return _protobuf_to_json(data, where)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = where.line or data[: exc.start].count(b"\n") + 1
        raise where.at_line(line).error(
            "", f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise where.at_line(where.line or exc.lineno).error(
            "", f"invalid JSON: {exc.msg} (column {exc.colno})"
        ) from exc
    except RecursionError as exc:
        raise where.error("", "invalid JSON: nested too deeply") from exc


def _protobuf_to_json(data: bytes, where: Where) -> object:
    try:
        request = request_type()()
    except ImportError as exc:
        raise where.error("", str(exc)) from exc
    decode_error = proto_module("google.protobuf.message").DecodeError
    try:
        request.ParseFromString(data)
    except (decode_error, RecursionError, ValueError) as exc:
        detail = str(exc) or "cannot parse"
        raise where.error(
            "", f"not a valid OTLP protobuf ExportTraceServiceRequest ({detail})"
        ) from exc
    try:
        document: object = proto_module("google.protobuf.json_format").MessageToDict(request)
    except (ValueError, TypeError, RecursionError) as exc:  # parsed, yet not convertible
        raise where.error("", f"cannot read this OTLP protobuf message ({exc})") from exc
    return document


@dataclass(frozen=True, slots=True)
class Where:
    """Where the document being read sits, for error messages."""

    source: str
    line: int | None = None
    message: int | None = None
    binary: bool = False  # read from protobuf: ids were bytes, say so in errors

    def at_line(self, line: int) -> Where:
        return Where(self.source, line, self.message, self.binary)

    def error(self, field: str, problem: str) -> OtlpError:
        return OtlpError(
            problem, source=self.source, line=self.line, message=self.message, field=field
        )


def _describe(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    return shorten(repr(value), 40)


def _shown(key: str, value: object) -> str:
    # Attribute values may be PII: they go through the redactor before any message.
    return _describe(_render.redact(key, value))


@functools.cache
def _snake(camel: str) -> str:
    return re.sub(r"[A-Z]", lambda m: "_" + m.group().lower(), camel)


class _Node:
    """One JSON object of a request, with typed getters that name the field on error.

    The spec writes lowerCamelCase keys; protobuf's JSON parser also takes the original
    snake_case names, so a hand-written or converted file may use either.
    """

    __slots__ = ("obj", "path", "where")

    def __init__(self, value: object, path: str, where: Where) -> None:
        if not isinstance(value, dict):
            raise where.error(path, f"expected an object, got {_describe(value)}")
        self.obj: dict[str, object] = value
        self.path = path
        self.where = where

    def here(self, name: str) -> str:
        if not name:
            return self.path
        return f"{self.path}.{name}" if self.path else name

    def fail(self, name: str, problem: str) -> OtlpError:
        return self.where.error(self.here(name), problem)

    def raw(self, *names: str) -> tuple[str, object]:
        """The first present of ``names`` (or their snake_case forms) and its value."""
        for name in names:
            for key in (name, _snake(name)):
                value = self.obj.get(key)
                if value is not None:
                    return name, value
        return names[0], None

    def child(self, name: str) -> _Node | None:
        value = self.raw(name)[1]
        return None if value is None else _Node(value, self.here(name), self.where)

    def items(self, *names: str) -> Iterator[tuple[str, object]]:
        name, value = self.raw(*names)
        if value is None:
            return
        if not isinstance(value, list):
            raise self.fail(name, f"expected a list, got {_describe(value)}")
        for index, item in enumerate(value):
            yield f"{self.here(names[0])}[{index}]", item

    def nodes(self, *names: str) -> Iterator[_Node]:
        for path, item in self.items(*names):
            yield _Node(item, path, self.where)

    def string(self, name: str) -> str:
        value = self.raw(name)[1]
        if value is None:
            return ""
        if not isinstance(value, str):
            raise self.fail(name, f"expected a string, got {_describe(value)}")
        return value

    def timestamp(self, name: str) -> int:
        value = self.raw(name)[1]
        return 0 if value is None else _integer(self, name, value, 0, _UINT64_MAX, None)

    def hex_id(self, name: str, size: int, *, optional: bool = False) -> str | None:
        text = self.string(name)
        if not text:
            if optional:
                return None
            raise self.fail(name, f"missing: expected {size * 2} hex digits")
        if len(text) == size * 2 and _HEX.fullmatch(text):
            hex_id = text.lower()
        else:
            # Not the spec's hex: maybe base64, as protobuf's generic JSON printer writes.
            raw = _b64decode(text) if len(text) < size * 2 else None
            if raw is not None and self.where.binary and len(raw) != size:
                raise self.fail(name, f"expected {size} bytes, got {len(raw)}")
            if raw is None or len(raw) != size:
                raise self.fail(name, f"expected {size * 2} hex digits, got {_describe(text)}")
            hex_id = raw.hex()
        if hex_id.strip("0"):
            return hex_id
        if optional:  # some exporters write an all-zero parent id for "no parent"
            return None
        raise self.fail(name, "all zeros, which is not a valid id")

    def required_id(self, name: str, size: int) -> str:
        hex_id = self.hex_id(name, size)
        assert hex_id is not None  # only optional ids come back None
        return hex_id

    def enum(self, name: str, names: Sequence[str], prefix: str, type_name: str) -> str:
        value = self.raw(name)[1]
        if value is None:
            return names[0]
        if isinstance(value, str) and value.startswith(prefix):
            if value[len(prefix) :] in names:
                return value[len(prefix) :]
        elif isinstance(value, int | str) and not isinstance(value, bool):
            number = int(value) if isinstance(value, int) or _INT_TEXT.fullmatch(value) else -1
            if 0 <= number < len(names):
                return names[number]
        choices = f"0-{len(names) - 1} or {prefix}*"
        raise self.fail(name, f"expected a {type_name} ({choices}), got {_describe(value)}")

    def attributes(self, name: str = "attributes", depth: int = 0) -> Mapping[str, AttributeValue]:
        out: dict[str, AttributeValue] = {}
        for item in self.nodes(name):
            key = item.string("key")
            value = item.child("value")
            out[key] = None if value is None else _any_value(value, key, depth)
        return FrozenDict(out) if out else _EMPTY


def _integer(node: _Node, name: str, value: object, low: int, high: int, key: str | None) -> int:
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif (isinstance(value, float) and value.is_integer()) or (
        isinstance(value, str) and _INT_TEXT.fullmatch(value)
    ):
        number = int(value)
    if number is not None and low <= number <= high:
        return number
    shown = _describe(value) if key is None else _shown(key, value)
    if number is None:
        raise node.fail(name, f"expected an integer (a decimal string in OTLP/JSON), got {shown}")
    raise node.fail(name, f"integer out of range [{low}, {high}]: {shown}")


def _b64decode(text: str) -> bytes | None:
    padded = text + "=" * (-len(text) % 4)
    try:
        if "-" in text or "_" in text:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None


_VALUE_FIELDS = (
    "stringValue",
    "boolValue",
    "intValue",
    "doubleValue",
    "arrayValue",
    "kvlistValue",
    "bytesValue",
)


#: AnyValue member names, camelCase and snake_case, to the camelCase one.
_VALUE_KINDS = {n: n for n in _VALUE_FIELDS} | {_snake(n): n for n in _VALUE_FIELDS}


def _any_value(node: _Node, key: str, depth: int) -> AttributeValue:
    # One pass over the (usually one-member) object: this runs once per array element.
    present = {_VALUE_KINDS[k]: v for k, v in node.obj.items() if k in _VALUE_KINDS}
    present = {k: v for k, v in present.items() if v is not None}
    if not present:
        return None  # an empty AnyValue: OTLP's "no value"
    if len(present) > 1:
        raise node.fail("", f"more than one value field ({', '.join(present)})")
    ((kind, value),) = present.items()
    if kind == "stringValue" and isinstance(value, str):
        return value
    if kind == "boolValue" and isinstance(value, bool):
        return value
    if kind == "intValue":
        return _integer(node, kind, value, _INT64_MIN, _INT64_MAX, key)
    if kind == "doubleValue":
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
        if isinstance(value, str):
            if value in _SPECIAL_DOUBLES:
                return _SPECIAL_DOUBLES[value]
            try:
                return float(value)
            except ValueError:
                pass
        raise node.fail(kind, f"expected a number, got {_shown(key, value)}")
    if kind == "bytesValue":
        decoded = _b64decode(value) if isinstance(value, str) else None
        if decoded is None:
            raise node.fail(kind, f"expected a base64 string, got {_shown(key, value)}")
        return decoded
    if kind in ("arrayValue", "kvlistValue"):
        if depth >= _MAX_VALUE_DEPTH:
            raise node.fail(kind, f"values nested deeper than {_MAX_VALUE_DEPTH} levels")
        inner = _Node(value, node.here(kind), node.where)
        if kind == "kvlistValue":
            return inner.attributes("values", depth + 1)
        return tuple(
            None if item is None else _any_value(_Node(item, path, node.where), key, depth + 1)
            for path, item in inner.items("values")
        )
    expected = "a string" if kind == "stringValue" else "true or false"
    raise node.fail(kind, f"expected {expected}, got {_shown(key, value)}")


class Reader:
    """Turns request documents into records; in lenient mode refuses bad spans one by one."""

    def __init__(self, *, lenient: bool) -> None:
        self.lenient = lenient
        self.spans: list[SpanRecord] = []
        self.rejected: list[OtlpError] = []
        self.saw_spans = False

    def read(self, data: bytes, format: Format, where: Where) -> None:
        document = parse(data, format, where)
        self.document(document, replace(where, binary=format == "protobuf"))

    def document(self, value: object, where: Where) -> None:
        if not isinstance(value, dict):
            raise where.error(
                "", f"expected an ExportTraceServiceRequest object, got {_describe(value)}"
            )
        request = _Node(value, "", where)
        for other in ("resourceMetrics", "resourceLogs"):
            if request.raw(other)[1] is not None:
                raise request.fail(other, "a metrics or logs export, not traces")
        # "batches": the same list as Grafana Tempo's trace API names it.
        name, listed = request.raw("resourceSpans", "batches")
        if listed is None:
            return  # an empty request: valid, no spans
        self.saw_spans = True
        for rs in request.nodes(name):
            resource_node = rs.child("resource")
            resource = _EMPTY if resource_node is None else resource_node.attributes()
            # instrumentationLibrary*: the names before OTLP 0.15, still in old exports.
            for ss in rs.nodes("scopeSpans", "instrumentationLibrarySpans"):
                scope_node = ss.child(ss.raw("scope", "instrumentationLibrary")[0])
                scope = None
                if scope_node is not None:
                    # "" for no version, as the SDK records it: OTLP cannot tell them apart.
                    version = scope_node.string("version")
                    scope = ScopeRecord(scope_node.string("name"), version)
                for path, value in ss.items("spans"):
                    try:
                        self.spans.append(_span(_Node(value, path, where), resource, scope))
                    except OtlpError as exc:
                        if not self.lenient:
                            raise
                        self.rejected.append(exc)


def _span(
    node: _Node, resource: Mapping[str, AttributeValue], scope: ScopeRecord | None
) -> SpanRecord:
    status = node.child("status")
    end_ns = node.timestamp("endTimeUnixNano")
    return SpanRecord(
        name=node.string("name"),
        trace_id=node.required_id("traceId", 16),
        span_id=node.required_id("spanId", 8),
        parent_span_id=node.hex_id("parentSpanId", 8, optional=True),
        start_ns=node.timestamp("startTimeUnixNano"),
        end_ns=end_ns or None,
        kind=node.enum("kind", KINDS, "SPAN_KIND_", "SpanKind"),
        status=StatusRecord()
        if status is None
        else StatusRecord(
            status.enum("code", STATUS_CODES, "STATUS_CODE_", "StatusCode"),
            status.string("message") or None,
        ),
        attributes=node.attributes(),
        events=tuple(
            EventRecord(e.string("name"), e.timestamp("timeUnixNano"), e.attributes())
            for e in node.nodes("events")
        ),
        links=tuple(
            LinkRecord(
                link.required_id("traceId", 16), link.required_id("spanId", 8), link.attributes()
            )
            for link in node.nodes("links")
        ),
        resource=resource,
        scope=scope,
    )
