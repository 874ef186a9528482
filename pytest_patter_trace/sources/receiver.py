"""A real OTLP/HTTP trace receiver on 127.0.0.1, for code that exports spans over OTLP.

A subprocess, another runtime (the TypeScript SDK) or getpatter's own ``init_tracing``
points its OTLP/HTTP exporter at :attr:`OtlpReceiver.endpoint`; the receiver answers as
the OTLP/HTTP spec says (200 with an ``ExportTraceServiceResponse``, a partial success
when spans were refused, 4xx with a ``Status`` body otherwise) and keeps the spans as
records, grouped per call like the in-process capture.

Memory is bounded: at most ``max_spans`` spans are kept (later ones are refused as a
partial success) and bodies above ``max_body_bytes`` (compressed or not) get a 413.
"""

from __future__ import annotations

import importlib.util
import json
import socketserver
import threading
import zlib
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

from ..core.grouping import DEFAULT_CALL_ID_KEYS, Grouping
from ..core.model import SpanRecord
from .otlp import Format, OtlpError, decode_otlp_request
from .store import SpanStore

__all__ = [
    "TRACES_PATH",
    "OtlpReceiver",
    "ReceivedRequest",
]

#: Where OTLP/HTTP exporters send traces.
TRACES_PATH = "/v1/traces"

_MEDIA_TYPES: Mapping[str, Format] = {
    "application/x-protobuf": "protobuf",
    "application/protobuf": "protobuf",
    "application/json": "json",
}
_RESPONSE_TYPES: Mapping[Format, str] = {
    "protobuf": "application/x-protobuf",
    "json": "application/json",
}
_ENCODINGS = ("", "identity", "gzip", "x-gzip", "deflate")
#: google.rpc.Code for the Status body of each HTTP status we send.
_RPC_CODES = {400: 3, 404: 5, 405: 12, 408: 4, 411: 3, 413: 8, 415: 3, 500: 13}
#: An oversized body is read and dropped up to this size so the client sees the 413
#: instead of a reset connection; past it the connection is simply closed.
_DRAIN_LIMIT = 64 * 1024 * 1024
_KEEP_REQUESTS = 256
_KEEP_REJECTIONS = 100


@dataclass(frozen=True, slots=True)
class ReceivedRequest:
    """One request the receiver answered: what came in and what it said back."""

    method: str
    path: str
    content_type: str
    content_encoding: str
    status: int
    accepted: int = 0
    rejected: int = 0
    error: str | None = None


class _HttpError(Exception):
    """Ends a request with ``status`` and a ``Status`` body saying ``message``."""

    def __init__(self, status: int, message: str, *, close_only: bool = False) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.close_only = close_only


class OtlpReceiver(SpanStore):
    """An OTLP/HTTP trace receiver listening on ``host`` (an ephemeral port by default).

    It reads like the in-process ``patter_spans`` capture (iteration in start order,
    ``calls()``, ``call()``, ``wait_for()``, ``tree()``), plus :attr:`endpoint` for the
    exporter and :attr:`requests` for what came over the wire. A span received twice
    (an exporter retrying) is kept once. Use it as a context manager or call
    :meth:`close`.
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        max_spans: int = 10_000,
        max_body_bytes: int = 16 * 1024 * 1024,
        call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
        read_timeout: float = 5.0,
    ) -> None:
        if max_spans < 1 or max_body_bytes < 1 or read_timeout <= 0:
            raise ValueError("max_spans, max_body_bytes and read_timeout must be positive")
        super().__init__(call_id_keys=call_id_keys, max_spans=max_spans)
        self.max_spans = max_spans
        self.max_body_bytes = max_body_bytes
        self.read_timeout = read_timeout
        self._log_lock = threading.Lock()
        self._add_lock = threading.Lock()
        self._requests: deque[ReceivedRequest] = deque(maxlen=_KEEP_REQUESTS)
        self._rejections: deque[str] = deque(maxlen=_KEEP_REJECTIONS)
        self._request_count = 0
        self._rejected_total = 0
        self._server = _Server((host, port), self)
        bound_host, bound_port = self._server.server_address[:2]
        self.endpoint = f"http://{bound_host!s}:{bound_port}"
        """Base URL, for ``init_tracing(otlp_endpoint=...)`` / ``OTEL_EXPORTER_OTLP_ENDPOINT``."""
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"patter-otlp-receiver:{bound_port}",
            daemon=True,
        )
        self._closed = False
        self._thread.start()

    @property
    def traces_endpoint(self) -> str:
        """The full URL for traces: ``OTLPSpanExporter(endpoint=...)`` takes this one."""
        return self.endpoint + TRACES_PATH

    @property
    def requests(self) -> tuple[ReceivedRequest, ...]:
        """The last requests answered (at most 256), oldest first."""
        with self._log_lock:
            return tuple(self._requests)

    @property
    def rejections(self) -> tuple[str, ...]:
        """Why spans or requests were refused (the last 100 reasons), oldest first."""
        with self._log_lock:
            return tuple(self._rejections)

    def clear(self) -> None:
        """Forget every span, request and rejection received so far."""
        super().clear()
        with self._log_lock:
            self._requests.clear()
            self._rejections.clear()
            self._request_count = 0
            self._rejected_total = 0

    def close(self) -> None:
        """Stop listening and wait for the server thread (idempotent)."""
        if self._closed:
            return
        self._closed = True
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5.0)

    def __enter__(self) -> OtlpReceiver:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        state = "closed" if self._closed else "open"
        return f"<OtlpReceiver {self.endpoint} spans={len(self)} {state}>"

    # -- failure messages: what the wire saw is the likely cause ---------------------

    def _explain(self, headline: str, grouping: Grouping) -> str:
        return super()._explain(headline, grouping) + "\n" + self._wire_report()

    def _timeout_error(self, count: int, name: str | None, timeout: float) -> AssertionError:
        error = super()._timeout_error(count, name, timeout)
        return AssertionError(f"{error}\n{self._wire_report()}")

    def _wire_report(self) -> str:
        with self._log_lock:
            requests = tuple(self._requests)
            request_count = self._request_count
            rejected = self._rejected_total
            reasons = tuple(self._rejections)
        if request_count == 0:
            return (
                f"  no export request reached {self.traces_endpoint}: point the exporter "
                f"here (OTLPSpanExporter(endpoint={self.traces_endpoint!r}); "
                f"init_tracing(otlp_endpoint=...) and OTEL_EXPORTER_OTLP_ENDPOINT take "
                f"{self.endpoint!r}) and flush before checking (shutdown_tracing(), "
                "provider.force_flush()): a BatchSpanProcessor exports every few seconds"
            )
        lines = [f"  {request_count} export request(s) reached {self.traces_endpoint}"]
        refused = [r for r in requests if r.status != 200]
        if refused:
            last = refused[-1]
            lines.append(f"  {len(refused)} refused; last: {last.status} {last.error}")
        if rejected:
            lines.append(f"  {rejected} span(s) rejected; last reason: {reasons[-1]}")
        return "\n".join(lines)

    # -- called by the HTTP handler --------------------------------------------------

    def _keep(self, records: Sequence[SpanRecord]) -> int:
        """Store what fits; returns how many spans did not fit."""
        with self._add_lock:
            before = self.dropped
            self.add_records(records)
            return self.dropped - before

    def _log(self, request: ReceivedRequest, reasons: Sequence[str]) -> None:
        with self._log_lock:
            self._requests.append(request)
            self._request_count += 1
            self._rejected_total += request.rejected
            self._rejections.extend(reasons)


# ---------------------------------------------------------------------- HTTP side


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default of 5 resets the connections of exporters that connect at
    # once (a test suite's workers flushing together); the kernel caps it at somaxconn.
    request_queue_size = 1024

    def __init__(self, address: tuple[str, int], receiver: OtlpReceiver) -> None:
        self.receiver = receiver
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks the host's FQDN up, which can stall on DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name = str(host)
        self.server_port = int(port)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that vanished mid-request is not our failure: no traceback on stderr.
        return None


def _varint(number: int) -> bytes:
    out = bytearray()
    while True:
        byte = number & 0x7F
        number >>= 7
        if number:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _status_body(http_status: int, message: str, fmt: Format) -> bytes:
    """A ``google.rpc.Status`` in the request's encoding (the spec's 4xx/5xx body)."""
    code = _RPC_CODES.get(http_status, 2)
    if fmt == "json":
        return json.dumps({"code": code, "message": message}).encode()
    text = message.encode()
    # Two fields need no protobuf library: 1 = code (varint), 2 = message (bytes).
    return b"\x08" + _varint(code) + b"\x12" + _varint(len(text)) + text


def _success_body(rejected: int, message: str, fmt: Format) -> bytes:
    """An ``ExportTraceServiceResponse``, with ``partial_success`` when spans were refused."""
    if fmt == "json":
        if not rejected:
            return b"{}"
        partial = {"rejectedSpans": str(rejected), "errorMessage": message}
        return json.dumps({"partialSuccess": partial}).encode()
    if not rejected:
        return b""
    text = message.encode()
    # ExportTracePartialSuccess: 1 = rejected_spans (int64), 2 = error_message.
    partial_bytes = b"\x08" + _varint(rejected) + b"\x12" + _varint(len(text)) + text
    return b"\x0a" + _varint(len(partial_bytes)) + partial_bytes


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "patter-trace-otlp"

    def setup(self) -> None:
        super().setup()
        # A client that stalls mid-body must not hold a thread forever.
        self.connection.settimeout(self.server.receiver.read_timeout)

    def log_message(self, format: str, *args: Any) -> None:
        return None  # quiet: the request log is ReceivedRequest

    def do_POST(self) -> None:
        self._serve("POST")

    def do_GET(self) -> None:
        self._serve("GET")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def do_DELETE(self) -> None:
        self._serve("DELETE")

    def do_PATCH(self) -> None:
        self._serve("PATCH")

    def do_HEAD(self) -> None:
        self._serve("HEAD")

    def do_OPTIONS(self) -> None:
        self._serve("OPTIONS")

    def __getattr__(self, name: str) -> Callable[[], None]:
        # Any other method (TRACE, PROPFIND...): http.server answers 501 unrecorded when
        # ``do_<METHOD>`` is missing; we answer 405 with Allow and record it like the rest.
        if name.startswith("do_") and name[3:].isupper():
            return lambda: self._serve(name[3:])
        raise AttributeError(name)

    def _serve(self, method: str) -> None:
        receiver = self.server.receiver
        path = urlsplit(self.path).path
        content_type = self.headers.get("Content-Type", "")
        encoding = self.headers.get("Content-Encoding", "").strip().lower()
        fmt: Format = _MEDIA_TYPES.get(content_type.split(";")[0].strip().lower(), "json")
        logged = ReceivedRequest(method, path, content_type, encoding, 0)
        try:
            status, body, accepted, rejected, reasons = self._process(method, path, encoding)
        except _HttpError as exc:
            receiver._log(_replace(logged, exc.status, error=exc.message), [exc.message])
            if not exc.close_only:
                self._reply(exc.status, _status_body(exc.status, exc.message, fmt), fmt)
            self.close_connection = True
            return
        except (TimeoutError, ConnectionError) as exc:
            message = f"connection failed while reading the body: {exc}"
            receiver._log(_replace(logged, 408, error=message), [message])
            self.close_connection = True
            return
        except Exception as exc:  # a receiver bug must answer, not kill the connection
            message = f"internal error in the receiver: {type(exc).__name__}: {exc}"
            receiver._log(_replace(logged, 500, error=message), [message])
            self._reply(500, _status_body(500, message, fmt), fmt)
            return
        error = reasons[0] if reasons else None
        receiver._log(
            ReceivedRequest(
                method, path, content_type, encoding, status, accepted, rejected, error
            ),
            reasons,
        )
        self._reply(status, body, fmt)

    def _process(
        self, method: str, path: str, encoding: str
    ) -> tuple[int, bytes, int, int, list[str]]:
        receiver = self.server.receiver
        if path != TRACES_PATH:
            raise _HttpError(404, f"no such path {path!r}: traces go to POST {TRACES_PATH}")
        if method != "POST":
            raise _HttpError(405, f"{method} not allowed: traces go to POST {TRACES_PATH}")
        media = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        fmt = _MEDIA_TYPES.get(media)
        if fmt is None:
            raise _HttpError(
                415,
                f"unsupported Content-Type {media or '(none)'!r}: "
                "send application/x-protobuf or application/json",
            )
        if fmt == "protobuf" and importlib.util.find_spec("opentelemetry.proto") is None:
            raise _HttpError(
                415,
                "this receiver cannot read protobuf without opentelemetry-proto "
                "(pip install opentelemetry-proto): send application/json",
            )
        if encoding not in _ENCODINGS:
            raise _HttpError(
                415, f"unsupported Content-Encoding {encoding!r}: send gzip, deflate or none"
            )
        body = _decompress(self._read_body(receiver.max_body_bytes), encoding, receiver)
        try:
            decoded = decode_otlp_request(
                body, format=fmt, source=f"POST {TRACES_PATH}", lenient=True
            )
        except OtlpError as exc:
            raise _HttpError(400, str(exc)) from exc
        overflow = receiver._keep(decoded.spans)
        reasons = [str(e) for e in decoded.rejected]
        if overflow:
            reasons.append(
                f"receiver full: it keeps at most {receiver.max_spans} spans "
                f"(OtlpReceiver(max_spans=...)); {overflow} spans dropped"
            )
        rejected = len(decoded.rejected) + overflow
        message = ""
        if rejected:
            message = f"{rejected} spans rejected; first reason: {reasons[0]}"
        accepted = len(decoded.spans) - overflow
        return 200, _success_body(rejected, message, fmt), accepted, rejected, reasons

    def _read_body(self, limit: int) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            return self._read_chunked(limit)
        length_text = self.headers.get("Content-Length")
        if length_text is None:
            raise _HttpError(411, "a Content-Length or a chunked body is required")
        try:
            length = int(length_text)
        except ValueError:
            length = -1
        if length < 0:
            raise _HttpError(400, f"bad Content-Length {length_text!r}")
        if length > limit:
            self._drain(length)
            raise _HttpError(413, _too_large(length, limit))
        data = self.rfile.read(length)
        if len(data) < length:
            raise _HttpError(
                400, f"body ended after {len(data)} of {length} bytes", close_only=True
            )
        return data

    def _read_chunked(self, limit: int) -> bytes:
        parts: list[bytes] = []
        total = 0
        while True:
            line = self.rfile.readline(1026)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise _HttpError(400, "bad chunked encoding", close_only=not line) from None
            if size == 0:
                break
            total += size
            if total > _DRAIN_LIMIT:
                raise _HttpError(413, _too_large(total, limit), close_only=True)
            chunk = self.rfile.read(size)
            if len(chunk) < size:
                raise _HttpError(400, "chunked body ended early", close_only=True)
            if total <= limit:
                parts.append(chunk)
            self.rfile.readline(3)  # the CRLF closing the chunk
        while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
            pass  # trailers: nothing we use
        if total > limit:
            raise _HttpError(413, _too_large(total, limit))
        return b"".join(parts)

    def _drain(self, length: int) -> None:
        if length > _DRAIN_LIMIT:
            return
        while length > 0:
            chunk = self.rfile.read(min(length, 65536))
            if not chunk:
                return
            length -= len(chunk)

    def _reply(self, status: int, body: bytes, fmt: Format) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", _RESPONSE_TYPES[fmt])
            self.send_header("Content-Length", str(len(body)))
            if status == 405:
                self.send_header("Allow", "POST")
            # One request per connection: no idle keep-alive thread outlives a test.
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":  # a HEAD answer carries the headers only
                self.wfile.write(body)
        except (ConnectionError, TimeoutError):
            pass  # the client left; its request is already logged
        self.close_connection = True


def _replace(request: ReceivedRequest, status: int, *, error: str) -> ReceivedRequest:
    return ReceivedRequest(
        request.method,
        request.path,
        request.content_type,
        request.content_encoding,
        status,
        error=error,
    )


def _too_large(size: int, limit: int) -> str:
    return (
        f"body of {size} bytes is over the receiver's limit of {limit} bytes "
        "(OtlpReceiver(max_body_bytes=...))"
    )


def _decompress(body: bytes, encoding: str, receiver: OtlpReceiver) -> bytes:
    if encoding in ("", "identity"):
        return body
    limit = receiver.max_body_bytes
    out = bytearray()
    rest = body
    # A gzip body may hold several members (a streaming compressor flushing chunk by
    # chunk): read each in turn, as gzip.decompress does, not the first one only.
    while True:
        # wbits 32+15 reads both gzip and zlib ("deflate" in HTTP) headers.
        inflater = zlib.decompressobj(32 + zlib.MAX_WBITS)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as exc:
            raise _HttpError(400, f"corrupt {encoding} body: {exc}") from exc
        if len(out) > limit or inflater.unconsumed_tail:
            raise _HttpError(413, f"uncompressed {_too_large(len(out), limit)}")
        if not inflater.eof:
            raise _HttpError(400, f"truncated {encoding} body")
        rest = inflater.unused_data
        if not rest:
            return bytes(out)


def patter_otlp_receiver_fixture() -> Iterator[OtlpReceiver]:
    """Body of the ``patter_otlp_receiver`` fixture: a receiver, closed at teardown."""
    receiver = OtlpReceiver()
    try:
        yield receiver
    finally:
        receiver.close()
