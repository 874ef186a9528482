"""The OTLP/HTTP receiver against real exporters and real HTTP on 127.0.0.1."""

from __future__ import annotations

import copy
import gzip
import http.client
import json
import socket
import threading
import time
import zlib
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.core.model import SpanRecord, record_from_readable
from pytest_patter_trace.sources.otlp import records_to_otlp_json, records_to_otlp_protobuf
from pytest_patter_trace.sources.receiver import (
    OtlpReceiver,
    ReceivedRequest,
    patter_otlp_receiver_fixture,
)

otlp_http = pytest.importorskip(
    "opentelemetry.exporter.otlp.proto.http.trace_exporter",
    reason="needs opentelemetry-exporter-otlp-proto-http (what getpatter[tracing] brings)",
)
trace_service_pb2 = pytest.importorskip("opentelemetry.proto.collector.trace.v1.trace_service_pb2")
status_pb2 = pytest.importorskip("google.rpc.status_pb2")
from opentelemetry.exporter.otlp.proto.http import Compression  # noqa: E402

JSON = "application/json"
PROTOBUF = "application/x-protobuf"


def _post(
    url: str,
    body: bytes,
    content_type: str | None,
    *,
    encoding: str | None = None,
    method: str = "POST",
) -> tuple[int, str, bytes]:
    """Status, Content-Type and body of one request; a 30 s client timeout catches hangs.

    Not shorter: a loaded 2-core runner decodes a 20,000-item array in seconds.
    """
    parts = urlsplit(url)
    headers = {} if content_type is None else {"Content-Type": content_type}
    if encoding:
        headers["Content-Encoding"] = encoding
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        connection.request(
            method, parts.path, body=body if method == "POST" else None, headers=headers
        )
        response = connection.getresponse()
        return response.status, response.headers["Content-Type"], response.read()
    finally:
        connection.close()


def _sdk_spans(*names: str, call_id: str = "call-1") -> tuple[ReadableSpan, ...]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("patter")
    with tracer.start_as_current_span(names[0], attributes={"patter.call.id": call_id}):
        for name in names[1:]:
            with tracer.start_as_current_span(name, attributes={"n": 1}):
                pass
    provider.shutdown()
    return tuple(exporter.get_finished_spans())


def _records(*names: str, call_id: str = "call-1") -> tuple[SpanRecord, ...]:
    return tuple(record_from_readable(s) for s in _sdk_spans(*names, call_id=call_id))


def _json_body(records: tuple[SpanRecord, ...]) -> bytes:
    return json.dumps(records_to_otlp_json(records)).encode()


def _by_start(records: tuple[SpanRecord, ...]) -> list[SpanRecord]:
    return sorted(records, key=lambda s: (s.start_ns, s.name))


# --------------------------------------------------------------------------- real exporters


@pytest.mark.parametrize(
    ("compression", "encoding"),
    [(Compression.NoCompression, ""), (Compression.Gzip, "gzip"), (Compression.Deflate, "deflate")],
)
def test_python_otlp_exporter_protobuf(
    receiver: OtlpReceiver, compression: object, encoding: str
) -> None:
    provider = TracerProvider()
    mirror = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(mirror))
    exporter = otlp_http.OTLPSpanExporter(
        endpoint=receiver.traces_endpoint, compression=compression
    )
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("patter", "0.7.0")
    with (
        tracer.start_as_current_span("getpatter.llm", attributes={"patter.call.id": "c1"}),
        tracer.start_as_current_span("getpatter.tool", attributes={"ids": (1, 2)}),
    ):
        pass
    provider.shutdown()
    expected = _by_start(tuple(record_from_readable(s) for s in mirror.get_finished_spans()))
    assert list(receiver.spans) == expected
    assert [(r.content_type, r.content_encoding, r.status) for r in receiver.requests] == [
        (PROTOBUF, encoding, 200)
    ] * 2
    assert receiver.call().tree(durations=False) == (
        "getpatter.llm [patter.call.id]\n  getpatter.tool [ids=(1, 2)]"
    )


@pytest.mark.parametrize("encoding", [None, "gzip"])
def test_json_posted_with_urllib(receiver: OtlpReceiver, encoding: str | None) -> None:
    records = _records("getpatter.llm", "getpatter.tts")
    body = _json_body(records)
    if encoding:
        body = gzip.compress(body)
    status, content_type, answer = _post(receiver.traces_endpoint, body, JSON, encoding=encoding)
    assert (status, content_type, answer) == (200, JSON, b"{}")
    assert list(receiver.spans) == _by_start(records)


def test_protobuf_success_answer_is_an_empty_export_response(receiver: OtlpReceiver) -> None:
    status, content_type, answer = _post(
        receiver.traces_endpoint, records_to_otlp_protobuf(_records("a")), PROTOBUF
    )
    assert (status, content_type) == (200, PROTOBUF)
    response = trace_service_pb2.ExportTraceServiceResponse.FromString(answer)
    assert not response.HasField("partial_success")


def test_same_spans_twice_are_kept_once(receiver: OtlpReceiver) -> None:
    body = _json_body(_records("a", "b"))
    for _ in range(2):
        assert _post(receiver.traces_endpoint, body, JSON)[0] == 200
    assert len(receiver) == 2
    assert len(receiver.requests) == 2


# --------------------------------------------------------------------------- partial success


def test_partial_success_json(receiver: OtlpReceiver) -> None:
    document = records_to_otlp_json(_records("good", "bad"))
    spans = document["resourceSpans"][0]["scopeSpans"][0]["spans"]  # type: ignore[index]
    bad = next(s for s in spans if s["name"] == "bad")
    bad["spanId"] = "zz"
    status, _, answer = _post(receiver.traces_endpoint, json.dumps(document).encode(), JSON)
    assert status == 200
    index = spans.index(bad)
    reason = (
        f"POST /v1/traces: resourceSpans[0].scopeSpans[0].spans[{index}].spanId: "
        "expected 16 hex digits, got 'zz'"
    )
    assert json.loads(answer) == {
        "partialSuccess": {
            "rejectedSpans": "1",
            "errorMessage": f"1 spans rejected; first reason: {reason}",
        }
    }
    assert receiver.names() == ["good"]
    assert receiver.rejections == (reason,)
    assert receiver.requests[-1] == ReceivedRequest(
        "POST", "/v1/traces", JSON, "", 200, accepted=1, rejected=1, error=reason
    )


def test_partial_success_protobuf(receiver: OtlpReceiver) -> None:
    request = trace_service_pb2.ExportTraceServiceRequest.FromString(
        records_to_otlp_protobuf(_records("good", "bad"))
    )
    spans = request.resource_spans[0].scope_spans[0].spans
    next(s for s in spans if s.name == "bad").span_id = b"\x01\x02\x03"
    status, content_type, answer = _post(
        receiver.traces_endpoint, request.SerializeToString(), PROTOBUF
    )
    assert (status, content_type) == (200, PROTOBUF)
    response = trace_service_pb2.ExportTraceServiceResponse.FromString(answer)
    assert response.partial_success.rejected_spans == 1
    assert response.partial_success.error_message.endswith("spanId: expected 8 bytes, got 3")
    assert receiver.names() == ["good"]


def test_full_receiver_refuses_the_rest_as_partial_success() -> None:
    with OtlpReceiver(max_spans=2) as small:
        status, _, answer = _post(small.traces_endpoint, _json_body(_records("a", "b", "c")), JSON)
        assert status == 200
        partial = json.loads(answer)["partialSuccess"]
        assert partial["rejectedSpans"] == "1"
        assert "receiver full: it keeps at most 2 spans" in partial["errorMessage"]
        assert len(small) == 2
        assert small.dropped == 1


# --------------------------------------------------------------------------- 4xx


def _status_message(content_type: str, body: bytes) -> tuple[int, str]:
    if content_type == JSON:
        status = json.loads(body)
        return status["code"], status["message"]
    parsed = status_pb2.Status.FromString(body)
    return parsed.code, parsed.message


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b"{not json", JSON, "POST /v1/traces:1: invalid JSON: Expecting property name"),
        (
            b'{"resourceSpans": {"a": 1}}',
            JSON,
            "POST /v1/traces: resourceSpans: expected a list, got an object",
        ),
        (
            b'{"resourceSpans": [{"resource": {"attributes": [{"key": 3}]}}]}',
            JSON,
            "POST /v1/traces: resourceSpans[0].resource.attributes[0].key: "
            "expected a string, got 3",
        ),
        (b"\x0a\xff\xff\xff", PROTOBUF, "POST /v1/traces: not a valid OTLP protobuf"),
        (b"\x0a\x05\x0a\x03\x0a", PROTOBUF, "POST /v1/traces: not a valid OTLP protobuf"),
    ],
)
def test_bad_payloads_get_400_with_a_status_body(
    receiver: OtlpReceiver, body: bytes, content_type: str, message: str
) -> None:
    status, answer_type, answer = _post(receiver.traces_endpoint, body, content_type)
    assert (status, answer_type) == (400, content_type)
    code, text = _status_message(answer_type, answer)
    assert code == 3  # google.rpc.Code.INVALID_ARGUMENT
    assert text.startswith(message)
    assert receiver.requests[-1].status == 400
    assert len(receiver) == 0


@pytest.mark.parametrize(
    ("path", "method", "content_type", "encoding", "status", "message"),
    [
        ("/v1/traces", "POST", "text/plain", None, 415, "unsupported Content-Type 'text/plain'"),
        ("/v1/traces", "POST", None, None, 415, "unsupported Content-Type '(none)'"),
        ("/v1/traces", "POST", JSON, "br", 415, "unsupported Content-Encoding 'br'"),
        ("/v1/metrics", "POST", JSON, None, 404, "no such path '/v1/metrics'"),
        ("/", "GET", None, None, 404, "no such path '/'"),
        ("/v1/traces", "GET", None, None, 405, "GET not allowed"),
    ],
)
def test_wrong_requests_get_their_4xx(
    receiver: OtlpReceiver,
    path: str,
    method: str,
    content_type: str | None,
    encoding: str | None,
    status: int,
    message: str,
) -> None:
    got, answer_type, answer = _post(
        receiver.endpoint + path, b"{}", content_type, encoding=encoding, method=method
    )
    assert got == status
    assert _status_message(answer_type, answer)[1].startswith(message)
    assert receiver.requests[-1].status == status


@pytest.mark.parametrize("method", ["HEAD", "OPTIONS", "GET", "DELETE", "PROPFIND"])
def test_every_other_method_gets_405_and_is_recorded(receiver: OtlpReceiver, method: str) -> None:
    # A health check (HEAD) or a CORS preflight (OPTIONS) is answered like any
    # other method, with the Allow header, and shows up in .requests.
    parts = urlsplit(receiver.traces_endpoint)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        connection.request(method, parts.path)
        response = connection.getresponse()
        body = response.read()
        assert response.status == 405
        assert response.headers["Allow"] == "POST"
    finally:
        connection.close()
    if method == "HEAD":
        assert body == b""  # a HEAD answer has headers only
    else:
        assert f"{method} not allowed" in _status_message(response.headers["Content-Type"], body)[1]
    (request,) = receiver.requests
    assert (request.method, request.path, request.status) == (method, "/v1/traces", 405)


def test_oversize_bodies_get_413() -> None:
    with OtlpReceiver(max_body_bytes=2000) as small:
        status, _, answer = _post(small.traces_endpoint, b" " * 3000, JSON)
        assert status == 413
        assert "body of 3000 bytes is over the receiver's limit of 2000 bytes" in answer.decode()
        bomb = gzip.compress(b"{" + b" " * 1_000_000 + b"}")
        assert len(bomb) < 2000
        status, _, answer = _post(small.traces_endpoint, bomb, JSON, encoding="gzip")
        assert status == 413
        assert "uncompressed body" in answer.decode()
        # Still serving.
        assert _post(small.traces_endpoint, b"{}", JSON)[0] == 200


def test_corrupt_compressed_body_gets_400(receiver: OtlpReceiver) -> None:
    whole = zlib.compress(_json_body(_records("a")))
    status, _, answer = _post(receiver.traces_endpoint, whole[:-6], JSON, encoding="deflate")
    assert status == 400
    assert "truncated deflate body" in answer.decode()
    status, _, _ = _post(receiver.traces_endpoint, b"not gzip", JSON, encoding="gzip")
    assert status == 400


def test_chunked_body(receiver: OtlpReceiver) -> None:
    body = _json_body(_records("a", "b"))
    connection = http.client.HTTPConnection("127.0.0.1", int(receiver.endpoint.rsplit(":", 1)[1]))
    try:
        parts = iter([body[:10], body[10:50], body[50:]])
        connection.request(
            "POST", "/v1/traces", body=parts, headers={"Content-Type": JSON}, encode_chunked=True
        )
        response = connection.getresponse()
        assert (response.status, response.read()) == (200, b"{}")
    finally:
        connection.close()
    assert len(receiver) == 2


def test_missing_length_gets_411(receiver: OtlpReceiver) -> None:
    with socket.create_connection(_address(receiver), timeout=5) as sock:
        sock.sendall(
            b"POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n\r\n"
        )
        assert sock.recv(100).startswith(b"HTTP/1.1 411")


def _address(receiver: OtlpReceiver) -> tuple[str, int]:
    host, port = receiver.endpoint.removeprefix("http://").rsplit(":", 1)
    return host, int(port)


def test_stalled_and_truncated_clients_never_block_the_receiver() -> None:
    with OtlpReceiver(read_timeout=3.0) as short:
        head = (
            b"POST /v1/traces HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
            b"Content-Length: 100\r\n\r\n{"
        )
        stalled = socket.create_connection(_address(short), timeout=5)
        truncated = socket.create_connection(_address(short), timeout=5)
        try:
            stalled.sendall(head)
            truncated.sendall(head)
            truncated.shutdown(socket.SHUT_WR)
            # Others are served meanwhile.
            started = time.monotonic()
            assert _post(short.traces_endpoint, _json_body(_records("a")), JSON)[0] == 200
            # Well before the stalled client's read timeout (3 s): it did not block us.
            assert time.monotonic() - started < 2.0
            # Both odd connections are closed without an answer, the stalled one after
            # the read timeout.
            assert truncated.recv(100) == b""
            assert stalled.recv(100) == b""
        finally:
            stalled.close()
            truncated.close()
        assert len(short) == 1


# --------------------------------------------------------------------------- reading back


def test_wait_for_spans_exported_from_another_thread(receiver: OtlpReceiver) -> None:
    body = _json_body(_records("getpatter.llm", "getpatter.tool", "getpatter.tool"))

    def later() -> None:
        time.sleep(0.05)
        _post(receiver.traces_endpoint, body, JSON)

    thread = threading.Thread(target=later)
    thread.start()
    try:
        got = receiver.wait_for(count=2, name="getpatter.tool", timeout=5)
    finally:
        thread.join()
    assert [s.name for s in got] == ["getpatter.tool", "getpatter.tool"]


def test_wait_for_timeout_says_nothing_arrived(receiver: OtlpReceiver) -> None:
    with pytest.raises(AssertionError) as info:
        receiver.wait_for(count=3, name="getpatter.tool", timeout=0.05)
    text = str(info.value)
    assert "timed out after 0.05s waiting for 3 span(s) named getpatter.tool" in text
    assert f"no export request reached {receiver.traces_endpoint}" in text
    assert "shutdown_tracing()" in text


def test_wait_for_timeout_reports_refused_requests(receiver: OtlpReceiver) -> None:
    _post(receiver.traces_endpoint, b"{oops", JSON)
    with pytest.raises(AssertionError) as info:
        receiver.wait_for(timeout=0.01)
    assert "1 export request(s) reached" in str(info.value)
    assert "1 refused; last: 400 POST /v1/traces:1: invalid JSON" in str(info.value)


def test_call_picks_the_only_call_or_explains(receiver: OtlpReceiver) -> None:
    with pytest.raises(AssertionError, match="expected exactly one call, found none") as info:
        receiver.call()
    assert "no export request reached" in str(info.value)
    _post(receiver.traces_endpoint, _json_body(_records("a", "b", call_id="c1")), JSON)
    assert receiver.call().call_id == "c1"
    assert [s.name for s in receiver.call("c1")] == ["a", "b"]
    _post(receiver.traces_endpoint, _json_body(_records("x", call_id="c2")), JSON)
    with pytest.raises(AssertionError, match="found 2: pass call_id=") as info:
        receiver.call()
    assert "call ids: c1, c2" in str(info.value)
    assert "2 export request(s) reached" in str(info.value)
    assert sorted(receiver.calls()) == ["c1", "c2"]
    receiver.clear()
    assert (len(receiver), receiver.requests, receiver.rejections) == (0, (), ())


def test_close_stops_listening_and_fixture_closes_at_teardown() -> None:
    fixture = patter_otlp_receiver_fixture()
    receiver = next(fixture)
    assert receiver.endpoint.startswith("http://127.0.0.1:")
    assert receiver.traces_endpoint == receiver.endpoint + "/v1/traces"
    assert _post(receiver.traces_endpoint, b"{}", JSON)[0] == 200
    with pytest.raises(StopIteration):
        next(fixture)  # teardown
    assert "closed" in repr(receiver)
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(_address(receiver), timeout=1).close()
    receiver.close()  # idempotent
    assert not any(
        t.name.endswith(receiver.endpoint.rsplit(":", 1)[1]) for t in threading.enumerate()
    )


# --------------------------------------------------------------------------- fuzzing


@pytest.fixture(scope="module")
def shared_receiver() -> Iterator[OtlpReceiver]:
    # One receiver for all fuzz examples: it must survive every one of them.
    with OtlpReceiver(max_body_bytes=2 * 1024 * 1024) as receiver:
        yield receiver
        statuses = {r.status for r in receiver.requests}
        assert 500 not in statuses, receiver.rejections


_VALID = records_to_otlp_json(_records("getpatter.llm", "getpatter.tool"))
_VALID_PROTOBUF = records_to_otlp_protobuf(_records("getpatter.llm", "getpatter.tool"))


def _leaf_paths(node: object, prefix: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    if prefix:
        yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaf_paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaf_paths(value, (*prefix, index))


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
)
_FUZZ = settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _check_alive(receiver: OtlpReceiver) -> None:
    assert _post(receiver.traces_endpoint, b"{}", JSON) == (200, JSON, b"{}")


@_FUZZ
@given(cut=st.integers(min_value=0), junk=st.binary(max_size=8), gzipped=st.booleans())
def test_fuzz_truncated_protobuf(
    shared_receiver: OtlpReceiver, cut: int, junk: bytes, gzipped: bool
) -> None:
    body = _VALID_PROTOBUF[: cut % len(_VALID_PROTOBUF)] + junk
    status, content_type, answer = _post(
        shared_receiver.traces_endpoint,
        gzip.compress(body) if gzipped else body,
        PROTOBUF,
        encoding="gzip" if gzipped else None,
    )
    assert status in (200, 400)
    assert content_type == PROTOBUF
    if status == 400:
        assert status_pb2.Status.FromString(answer).message.startswith("POST /v1/traces")
    else:
        trace_service_pb2.ExportTraceServiceResponse.FromString(answer)


@_FUZZ
@given(data=st.data(), replacement=_json_values)
def test_fuzz_wrong_json_types(
    shared_receiver: OtlpReceiver, data: st.DataObject, replacement: object
) -> None:
    document = copy.deepcopy(_VALID)
    path = data.draw(st.sampled_from(list(_leaf_paths(document))))
    node: object = document
    for step in path[:-1]:
        node = node[step]  # type: ignore[index]
    node[path[-1]] = replacement  # type: ignore[index]
    status, _, answer = _post(shared_receiver.traces_endpoint, json.dumps(document).encode(), JSON)
    assert status in (200, 400)
    reply = json.loads(answer)
    if status == 400:
        assert reply["message"].startswith("POST /v1/traces")
    elif reply:
        assert int(reply["partialSuccess"]["rejectedSpans"]) >= 1


@settings(_FUZZ, max_examples=15)
@given(size=st.integers(min_value=0, max_value=20_000), kind=st.sampled_from(["json", "protobuf"]))
def test_fuzz_huge_attribute_arrays(shared_receiver: OtlpReceiver, size: int, kind: str) -> None:
    (record,) = _records("getpatter.llm")
    huge = SpanRecord(
        name=record.name,
        trace_id=record.trace_id,
        span_id=format(size + 1, "016x"),
        attributes={"huge": tuple(range(size)), "nested": (tuple(range(size // 100)),) * 3},
    )
    if kind == "json":
        body, content_type = _json_body((huge,)), JSON
    else:
        body, content_type = records_to_otlp_protobuf([huge]), PROTOBUF
    status, _, _ = _post(shared_receiver.traces_endpoint, body, content_type)
    assert status == (200 if len(body) <= shared_receiver.max_body_bytes else 413)


@_FUZZ
@given(
    body=st.binary(max_size=64),
    content_type=st.sampled_from([JSON, PROTOBUF, "text/plain", "application/json; charset=utf-8"]),
    encoding=st.sampled_from([None, "gzip", "deflate", "identity"]),
)
def test_fuzz_random_bytes(
    shared_receiver: OtlpReceiver, body: bytes, content_type: str, encoding: str | None
) -> None:
    status, _, _ = _post(shared_receiver.traces_endpoint, body, content_type, encoding=encoding)
    assert status in (200, 400, 415)
    _check_alive(shared_receiver)


def test_huge_array_over_the_limit_gets_413() -> None:
    with OtlpReceiver(max_body_bytes=100_000) as small:
        (record,) = _records("getpatter.llm")
        huge = SpanRecord(
            name=record.name,
            trace_id=record.trace_id,
            span_id=record.span_id,
            attributes={"huge": tuple(range(50_000))},
        )
        status, _, _ = _post(small.traces_endpoint, _json_body((huge,)), JSON)
        assert status == 413
        _check_alive(small)
