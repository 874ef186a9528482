"""The OTLP receiver under many exporters at once, and with gzip bodies of several members."""

from __future__ import annotations

import gzip
import http.client
import json
import threading
from urllib.parse import urlsplit

import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace.core.model import SpanRecord, record_from_readable
from pytest_patter_trace.sources.otlp import records_to_otlp_json, records_to_otlp_protobuf
from pytest_patter_trace.sources.receiver import OtlpReceiver

pytest.importorskip("opentelemetry.proto.collector.trace.v1.trace_service_pb2")


def _records(count: int, call_id: str) -> tuple[SpanRecord, ...]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("patter")
    for index in range(count):
        with tracer.start_as_current_span(
            f"getpatter.s{index}", attributes={"patter.call.id": call_id}
        ):
            pass
    provider.shutdown()
    return tuple(record_from_readable(s) for s in exporter.get_finished_spans())


def _post(url: str, body: bytes, content_type: str, encoding: str | None = None) -> int:
    parts = urlsplit(url)
    headers = {"Content-Type": content_type}
    if encoding:
        headers["Content-Encoding"] = encoding
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        connection.request("POST", parts.path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def _members(body: bytes, parts: int) -> bytes:
    # What a streaming compressor writes: each chunk flushed as its own gzip member.
    size = -(-len(body) // parts)
    return b"".join(gzip.compress(body[i : i + size]) for i in range(0, len(body), size))


@pytest.mark.parametrize("kind", ["json", "protobuf"])
def test_a_gzip_body_of_several_members_is_read_whole(receiver: OtlpReceiver, kind: str) -> None:
    records = _records(6, "call-gz")
    if kind == "json":
        body, content_type = json.dumps(records_to_otlp_json(records)).encode(), "application/json"
    else:
        body, content_type = records_to_otlp_protobuf(records), "application/x-protobuf"
    status = _post(receiver.traces_endpoint, _members(body, 3), content_type, "gzip")
    assert status == 200
    assert sorted(s.name for s in receiver.spans) == sorted(r.name for r in records)


def test_a_corrupt_later_gzip_member_is_a_400(receiver: OtlpReceiver) -> None:
    body = json.dumps(records_to_otlp_json(_records(1, "c"))).encode()
    status = _post(
        receiver.traces_endpoint, gzip.compress(body) + b"\x1f\x8bjunk", "application/json", "gzip"
    )
    assert status == 400
    assert not receiver.spans


def test_48_exporters_posting_at_once_all_get_through(receiver: OtlpReceiver) -> None:
    # Each thread connects at the same moment (a barrier), then posts: with a listen
    # backlog of 5 the kernel resets the connections it cannot queue.
    count = 48
    bodies = [
        json.dumps(records_to_otlp_json(_records(1, f"call-{n}"))).encode() for n in range(count)
    ]
    barrier = threading.Barrier(count)
    statuses: list[object] = [None] * count

    def post(index: int) -> None:
        barrier.wait(timeout=30)
        try:
            statuses[index] = _post(receiver.traces_endpoint, bodies[index], "application/json")
        except OSError as exc:
            statuses[index] = repr(exc)

    threads = [threading.Thread(target=post, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert statuses == [200] * count
    assert len(receiver.calls()) == count
