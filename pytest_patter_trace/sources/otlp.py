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

This module tells the encodings and framings apart and holds the public entry points;
the reader and the writer are their own modules (``_otlp_read``, ``_otlp_write``).
"""

from __future__ import annotations

import gzip
import os
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..core.model import SpanRecord
from ._otlp_proto import Format
from ._otlp_read import OtlpError, Reader, Where, parse
from ._otlp_write import records_to_otlp_json, records_to_otlp_protobuf

# Documented and pickled under the module users import it from.
OtlpError.__module__ = __name__

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

_GZIP_MAGIC = b"\x1f\x8b"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"


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
    reader = Reader(lenient=lenient)
    reader.read(body, format, Where(source))
    return DecodedRequest(tuple(reader.spans), tuple(reader.rejected))


def _load_bytes(data: bytes, *, name: str, format: Format | None) -> tuple[SpanRecord, ...]:
    if data.startswith(_GZIP_MAGIC):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError, zlib.error) as exc:
            raise OtlpError(f"corrupt gzip data: {exc}", source=name) from exc
    elif data.startswith(_ZSTD_MAGIC):
        raise OtlpError("zstd-compressed: decompress it first (zstd -d FILE)", source=name)
    reader = Reader(lenient=False)
    frames = _length_prefixed(data)
    if frames is not None and format != "json":
        for index, frame in enumerate(frames, start=1):
            reader.read(frame, format or _sniff(frame), Where(name, message=index))
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
        reader.read(data, "protobuf", Where(name))
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


def _json_documents(data: bytes, name: str) -> Iterator[tuple[Where, object]]:
    """One document, or one per line (the Collector's JSON lines)."""
    try:
        yield Where(name), parse(data, "json", Where(name))
        return
    except OtlpError as exc:
        if not exc.problem.startswith("invalid JSON: Extra data"):
            raise
    for number, line in enumerate(data.split(b"\n"), start=1):
        if line.strip():
            where = Where(name, line=number)
            yield where, parse(line, "json", where)
