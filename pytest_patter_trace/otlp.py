"""Read OTLP trace exports into span records, and write records as OTLP/JSON.

Reads what OpenTelemetry tools write or send:

- OTLP/JSON: one ``ExportTraceServiceRequest`` per line (the Collector ``file`` exporter's
  default format) or one document. Ids are hex as the OTLP spec says; base64 ids, as
  protobuf's generic JSON printer writes them, are accepted too.
- OTLP protobuf: one serialized ``ExportTraceServiceRequest``, or a stream of them each
  preceded by a 4-byte big-endian length (the ``file`` exporter's ``format: proto``).
- Either of them gzip-compressed.

Protobuf needs the official ``opentelemetry-proto`` messages (extra ``otlp``), imported
only when protobuf is read; a protobuf request is turned into its JSON form and read by
the same code, so both encodings give the same records and the same error messages. Bad
input raises :class:`OtlpError` naming the file, the line (or message) and the field.
"""

from __future__ import annotations

import base64
import binascii
import functools
import gzip
import importlib
import json
import math
import os
import re
import struct
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType
from typing import Any, Literal, TypeAlias

from . import _render
from ._render import shorten
from .errors import PatterTraceError
from .model import (
    AttributeValue,
    EventRecord,
    LinkRecord,
    ScopeRecord,
    SpanRecord,
    SpansLike,
    StatusRecord,
    as_records,
)

__all__ = [
    "DecodedRequest",
    "Format",
    "OtlpError",
    "decode_otlp_request",
    "load_otlp",
    "load_otlp_files",
    "records_to_otlp_json",
    "records_to_otlp_protobuf",
]

#: The two OTLP encodings.
Format: TypeAlias = Literal["json", "protobuf"]

_KINDS = ("UNSPECIFIED", "INTERNAL", "SERVER", "CLIENT", "PRODUCER", "CONSUMER")
_STATUS_CODES = ("UNSET", "OK", "ERROR")
#: Deeper array/kvlist nesting is refused: no exporter writes it, and it costs recursion.
_MAX_VALUE_DEPTH = 32
_INT64_MIN, _INT64_MAX, _UINT64_MAX = -(2**63), 2**63 - 1, 2**64 - 1
_HEX = re.compile(r"[0-9a-fA-F]+")
_INT_TEXT = re.compile(r"-?[0-9]+")
_SPECIAL_DOUBLES = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
_EMPTY: Mapping[str, AttributeValue] = MappingProxyType({})
_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_PROTO_HINT = (
    "reading OTLP protobuf needs the opentelemetry-proto package: pip install opentelemetry-proto"
)


class OtlpError(PatterTraceError, ValueError):
    """Malformed OTLP input; the message names the source, line or message, and field.

    Example: ``trace.jsonl:3: resourceSpans[0].scopeSpans[0].spans[2].spanId: expected
    16 hex digits, got 'zz'``. The parts are also attributes: ``source``, ``line``,
    ``message`` (the index of a length-prefixed message), ``field`` and ``problem``.
    """

    def __init__(
        self,
        problem: str,
        *,
        source: str = "<bytes>",
        line: int | None = None,
        message: int | None = None,
        field: str = "",
    ) -> None:
        self.problem = problem
        self.source = source
        self.line = line
        self.message = message
        self.field = field
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
        if self.message is not None:
            where += f": message {self.message}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.problem}"

    def __reduce__(self) -> tuple[Any, ...]:
        # The constructor is keyword-only: pickling (pytest-xdist) goes through a function.
        return (_rebuild_error, (self.problem, self.source, self.line, self.message, self.field))


def _rebuild_error(
    problem: str, source: str, line: int | None, message: int | None, field: str
) -> OtlpError:
    return OtlpError(problem, source=source, line=line, message=message, field=field)


@dataclass(frozen=True, slots=True)
class DecodedRequest:
    """The spans of one export request, and the spans refused one by one.

    ``rejected`` is only ever non-empty with ``lenient=True``: each error names why one
    span was refused (an OTLP receiver reports those as a partial success).
    """

    spans: tuple[SpanRecord, ...]
    rejected: tuple[OtlpError, ...] = ()


# --------------------------------------------------------------------------- loading


def load_otlp(
    source: str | os.PathLike[str] | bytes,
    *,
    format: Format | None = None,
    name: str | None = None,
) -> tuple[SpanRecord, ...]:
    """Read the spans of one OTLP trace export, in file order.

    Args:
        source: a file path, or the export's bytes.
        format: ``"json"`` or ``"protobuf"``; ``None`` tells them apart by content.
        name: what error messages call the source (default: the path, or ``<bytes>``;
            e.g. ``<stdin>``).

    Raises:
        OtlpError: the file cannot be read or is not a valid OTLP trace export.

    """
    if isinstance(source, bytes | bytearray | memoryview):
        return _load_bytes(bytes(source), name=name or "<bytes>", format=format)
    path = os.fspath(source)
    name = name or path
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise OtlpError(f"cannot read the file: {exc.strerror or exc}", source=name) from exc
    return _load_bytes(data, name=name, format=format)


def load_otlp_files(
    paths: Iterable[str | os.PathLike[str]], *, format: Format | None = None
) -> tuple[SpanRecord, ...]:
    """Read several OTLP trace exports, in order, into one tuple of records.

    Raises:
        OtlpError: at the first file that cannot be read or is not valid OTLP.

    """
    out: list[SpanRecord] = []
    for path in paths:
        out.extend(load_otlp(path, format=format))
    return tuple(out)


def decode_otlp_request(
    body: bytes, *, format: Format, source: str = "<request>", lenient: bool = False
) -> DecodedRequest:
    """Decode one uncompressed ``ExportTraceServiceRequest`` body.

    Args:
        body: the request body, as an OTLP/HTTP request carries it.
        format: its encoding.
        source: how error messages name it.
        lenient: refuse bad spans one by one (listed in ``rejected``) instead of
            raising; errors outside any span still raise.

    Raises:
        OtlpError: the body is not a valid request.

    """
    reader = _Reader(lenient=lenient)
    reader.read(body, format, _Where(source))
    return DecodedRequest(tuple(reader.spans), tuple(reader.rejected))


def _load_bytes(data: bytes, *, name: str, format: Format | None) -> tuple[SpanRecord, ...]:
    if data.startswith(_GZIP_MAGIC):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise OtlpError(f"corrupt gzip data: {exc}", source=name) from exc
    elif data.startswith(_ZSTD_MAGIC):
        raise OtlpError("zstd-compressed: decompress it first (zstd -d FILE)", source=name)
    reader = _Reader(lenient=False)
    frames = _length_prefixed(data)
    if frames is not None and format != "json":
        for index, frame in enumerate(frames, start=1):
            reader.read(frame, format or _sniff(frame), _Where(name, message=index))
    elif (format or _sniff(data)) == "json":
        for where, document in _json_documents(data, name):
            reader.document(document, where)
    else:
        if format is None and _is_text(data):
            raise OtlpError(
                "neither OTLP/JSON nor OTLP protobuf: this is text that does not start "
                "with '{' or '['",
                source=name,
            )
        reader.read(data, "protobuf", _Where(name))
    if data.strip() and not reader.saw_spans:
        raise OtlpError(
            "no resourceSpans found: not an OTLP trace export "
            "(one ExportTraceServiceRequest per line, or one document)",
            source=name,
        )
    return tuple(reader.spans)


def _sniff(data: bytes) -> Format:
    stripped = data.lstrip(b" \t\r\n")
    if stripped.startswith(b"\xef\xbb\xbf"):
        stripped = stripped[3:].lstrip(b" \t\r\n")
    if not stripped.startswith((b"{", b"[")):
        return "protobuf"
    if not data.startswith(b"\n"):
        return "json"
    # A serialized request starts with 0x0A, a JSON newline too, and its next byte may be
    # "{": then only JSON is UTF-8 text (random trace-id bytes practically never are).
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "protobuf"
    return "json"


def _is_text(data: bytes) -> bool:
    # Serialized protobuf always holds control bytes (tags, lengths, random ids); text
    # does not, so a text file is told apart instead of failing as corrupt protobuf.
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return False
    return all(c.isprintable() or c in "\t\r\n" for c in text)


def _length_prefixed(data: bytes) -> list[bytes] | None:
    """Split a stream of 4-byte big-endian length-prefixed messages, else ``None``."""
    frames: list[bytes] = []
    offset = 0
    while offset < len(data):
        if len(data) - offset < 4:
            return None
        (size,) = struct.unpack_from(">I", data, offset)
        offset += 4
        if size == 0 or offset + size > len(data):
            return None
        frames.append(data[offset : offset + size])
        offset += size
    return frames or None


def _json_documents(data: bytes, name: str) -> Iterator[tuple[_Where, object]]:
    """One document, or one per line (the Collector's JSON lines)."""
    try:
        yield _Where(name), _parse(data, "json", _Where(name))
        return
    except OtlpError as exc:
        if not exc.problem.startswith("invalid JSON: Extra data"):
            raise
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.strip():
            where = _Where(name, line=number)
            yield where, _parse(line, "json", where)


def _parse(data: bytes, format: Format, where: _Where) -> object:
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


def _proto_module(name: str) -> Any:
    # By name: the package works without the ``otlp`` extra, and type checking does not
    # depend on protobuf's type stubs, which protobuf does not ship.
    return importlib.import_module(name)


def _request_type() -> Any:
    try:
        module = _proto_module("opentelemetry.proto.collector.trace.v1.trace_service_pb2")
    except ImportError as exc:
        raise ImportError(_PROTO_HINT) from exc
    return module.ExportTraceServiceRequest


def _protobuf_to_json(data: bytes, where: _Where) -> object:
    try:
        request = _request_type()()
    except ImportError as exc:
        raise where.error("", str(exc)) from exc
    decode_error = _proto_module("google.protobuf.message").DecodeError
    try:
        request.ParseFromString(data)
    except (decode_error, RecursionError, ValueError) as exc:
        detail = str(exc) or "cannot parse"
        raise where.error(
            "", f"not a valid OTLP protobuf ExportTraceServiceRequest ({detail})"
        ) from exc
    try:
        document: object = _proto_module("google.protobuf.json_format").MessageToDict(request)
    except (ValueError, TypeError, RecursionError) as exc:  # parsed, yet not convertible
        raise where.error("", f"cannot read this OTLP protobuf message ({exc})") from exc
    return document


# --------------------------------------------------------------------------- reading JSON


@dataclass(frozen=True, slots=True)
class _Where:
    """Where the document being read sits, for error messages."""

    source: str
    line: int | None = None
    message: int | None = None
    binary: bool = False  # read from protobuf: ids were bytes, say so in errors

    def at_line(self, line: int) -> _Where:
        return _Where(self.source, line, self.message, self.binary)

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

    def __init__(self, value: object, path: str, where: _Where) -> None:
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
        return MappingProxyType(out) if out else _EMPTY


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


class _Reader:
    """Turns request documents into records; in lenient mode refuses bad spans one by one."""

    def __init__(self, *, lenient: bool) -> None:
        self.lenient = lenient
        self.spans: list[SpanRecord] = []
        self.rejected: list[OtlpError] = []
        self.saw_spans = False

    def read(self, data: bytes, format: Format, where: _Where) -> None:
        document = _parse(data, format, where)
        self.document(document, replace(where, binary=format == "protobuf"))

    def document(self, value: object, where: _Where) -> None:
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
        kind=node.enum("kind", _KINDS, "SPAN_KIND_", "SpanKind"),
        status=StatusRecord()
        if status is None
        else StatusRecord(
            status.enum("code", _STATUS_CODES, "STATUS_CODE_", "StatusCode"),
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


# --------------------------------------------------------------------------- writing


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
        "kind": _KINDS.index(span.kind) if span.kind in _KINDS else 0,
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
    if span.status.code in _STATUS_CODES[1:]:
        status["code"] = _STATUS_CODES.index(span.status.code)
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
    for span in as_records(spans):
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
    request = _request_type()()
    _proto_module("google.protobuf.json_format").ParseDict(document, request)
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
