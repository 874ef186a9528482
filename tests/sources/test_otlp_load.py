"""Reading OTLP exports: every value type, the Collector's file format, the official encoder."""

from __future__ import annotations

import base64
import copy
import gzip
import json
import math
import pickle
import struct
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Link, SpanKind, Status, StatusCode

from pytest_patter_trace.core.model import (
    EventRecord,
    LinkRecord,
    ScopeRecord,
    SpanRecord,
    StatusRecord,
    record_from_readable,
)
from pytest_patter_trace.sources.otlp import (
    Format,
    OtlpError,
    decode_otlp_request,
    load_otlp,
    load_otlp_files,
    records_to_otlp_json,
    records_to_otlp_protobuf,
)

json_format = pytest.importorskip("google.protobuf.json_format")
trace_service_pb2 = pytest.importorskip("opentelemetry.proto.collector.trace.v1.trace_service_pb2")
trace_encoder = pytest.importorskip(
    "opentelemetry.exporter.otlp.proto.common.trace_encoder",
    reason="the official OTLP encoder comes with opentelemetry-exporter-otlp-proto-http",
)


# --------------------------------------------------------------------------- building blocks


@pytest.fixture
def sdk_spans() -> tuple[ReadableSpan, ...]:
    """Real SDK spans using every attribute type the SDK allows, events, links, statuses."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider(
        resource=Resource.create({"service.name": "patter", "deployment.environment": "ci"})
    )
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("patter", "0.7.0")
    attributes = {
        "patter.call.id": "call-1",
        "s": "text",
        "b": True,
        "i": -42,
        "big": 2**62,
        "d": 0.25,
        "strings": ("a", "b"),
        "ints": (1, 2, 3),
        "bools": (True, False),
        "doubles": (1.5, -2.0),
    }
    with tracer.start_as_current_span(
        "getpatter.llm", kind=SpanKind.SERVER, attributes=attributes
    ) as root:
        root.add_event("exception", {"exception.type": "ValueError"})
        with tracer.start_as_current_span(
            "getpatter.tool",
            kind=SpanKind.CLIENT,
            links=[Link(root.get_span_context(), {"link.kind": "follows"})],
        ) as child:
            child.set_status(Status(StatusCode.ERROR, "tool failed"))
        with tracer.start_as_current_span("getpatter.tts") as ok:
            ok.set_status(Status(StatusCode.OK))
    provider.shutdown()
    return tuple(exporter.get_finished_spans())


def _request(spans: tuple[ReadableSpan, ...]) -> object:
    return trace_encoder.encode_spans(spans)


TRACE_A = "5b8efff798038103d269b633813fc60c"
SPAN_A = "eee19b7ec3c1b174"
SPAN_B = "eee19b7ec3c1b175"
TRACE_C = "0af7651916cd43dd8448eb211c80319c"
SPAN_C = "b7ad6b7169203331"

# A Collector `file` exporter sample, written from the OTLP/JSON spec: one
# ExportTraceServiceRequest per line, lowerCamelCase keys, hex ids, 64-bit integers as
# decimal strings, enums as numbers, bytes in base64; the fields the Collector writes
# but records do not keep (flags, dropped counts, traceState, schemaUrl) are there too.
COLLECTOR_LINE_1 = {
    "resourceSpans": [
        {
            "resource": {
                "attributes": [
                    {"key": "service.name", "value": {"stringValue": "patter"}},
                    {"key": "process.pid", "value": {"intValue": "4242"}},
                ],
                "droppedAttributesCount": 0,
            },
            "scopeSpans": [
                {
                    "scope": {"name": "patter", "version": "0.7.0"},
                    "spans": [
                        {
                            "traceId": TRACE_A,
                            "spanId": SPAN_A,
                            "traceState": "",
                            "flags": 257,
                            "name": "getpatter.llm",
                            "kind": 1,
                            "startTimeUnixNano": "1700000000000000000",
                            "endTimeUnixNano": "1700000000250000000",
                            "attributes": [
                                {"key": "str", "value": {"stringValue": "hello"}},
                                {"key": "bool", "value": {"boolValue": True}},
                                {"key": "int", "value": {"intValue": "-7"}},
                                {"key": "int.big", "value": {"intValue": "9007199254740993"}},
                                {"key": "int.number", "value": {"intValue": 12}},
                                {"key": "double", "value": {"doubleValue": 0.5}},
                                {"key": "double.int", "value": {"doubleValue": 2}},
                                {"key": "double.nan", "value": {"doubleValue": "NaN"}},
                                {"key": "double.inf", "value": {"doubleValue": "-Infinity"}},
                                {"key": "bytes", "value": {"bytesValue": "AQID/w=="}},
                                {"key": "empty", "value": {}},
                                {
                                    "key": "array",
                                    "value": {
                                        "arrayValue": {
                                            "values": [
                                                {"stringValue": "a"},
                                                {"intValue": "1"},
                                                {"boolValue": False},
                                                {"doubleValue": 1.5},
                                                {"arrayValue": {"values": [{"intValue": "2"}]}},
                                                {},
                                            ]
                                        }
                                    },
                                },
                                {
                                    "key": "kvlist",
                                    "value": {
                                        "kvlistValue": {
                                            "values": [
                                                {"key": "x", "value": {"intValue": "1"}},
                                                {
                                                    "key": "inner",
                                                    "value": {
                                                        "kvlistValue": {
                                                            "values": [
                                                                {
                                                                    "key": "y",
                                                                    "value": {"boolValue": True},
                                                                }
                                                            ]
                                                        }
                                                    },
                                                },
                                            ]
                                        }
                                    },
                                },
                                {"key": "array.empty", "value": {"arrayValue": {}}},
                            ],
                            "droppedAttributesCount": 0,
                            "events": [
                                {
                                    "timeUnixNano": "1700000000100000000",
                                    "name": "exception",
                                    "attributes": [
                                        {
                                            "key": "exception.type",
                                            "value": {"stringValue": "ValueError"},
                                        }
                                    ],
                                }
                            ],
                            "links": [
                                {
                                    "traceId": TRACE_C,
                                    "spanId": SPAN_C,
                                    "attributes": [{"key": "link.n", "value": {"intValue": "3"}}],
                                }
                            ],
                            "status": {"code": 2, "message": "boom"},
                        },
                        {
                            "traceId": TRACE_A,
                            "spanId": SPAN_B,
                            "parentSpanId": SPAN_A,
                            "name": "getpatter.tool",
                            "kind": 3,
                            "startTimeUnixNano": "1700000000010000000",
                            "endTimeUnixNano": "1700000000020000000",
                            "status": {},
                        },
                    ],
                    "schemaUrl": "https://opentelemetry.io/schemas/1.21.0",
                }
            ],
        }
    ]
}
COLLECTOR_LINE_2 = {
    "resourceSpans": [
        {
            "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "tts"}}]},
            "scopeSpans": [
                {
                    "scope": {"name": "patter"},
                    "spans": [
                        {
                            "traceId": TRACE_C,
                            "spanId": SPAN_C,
                            "parentSpanId": "",
                            "name": "getpatter.tts",
                            "kind": 2,
                            "startTimeUnixNano": "1700000001000000000",
                            "endTimeUnixNano": "1700000001000000500",
                            "status": {"code": 1},
                        }
                    ],
                }
            ],
        }
    ]
}

EXPECTED_LLM = SpanRecord(
    name="getpatter.llm",
    trace_id=TRACE_A,
    span_id=SPAN_A,
    start_ns=1_700_000_000_000_000_000,
    end_ns=1_700_000_000_250_000_000,
    kind="INTERNAL",
    status=StatusRecord("ERROR", "boom"),
    attributes={
        "str": "hello",
        "bool": True,
        "int": -7,
        "int.big": 9007199254740993,
        "int.number": 12,
        "double": 0.5,
        "double.int": 2.0,
        "double.nan": math.nan,
        "double.inf": -math.inf,
        "bytes": b"\x01\x02\x03\xff",
        "empty": None,
        "array": ("a", 1, False, 1.5, (2,), None),
        "kvlist": {"x": 1, "inner": {"y": True}},
        "array.empty": (),
    },
    events=(EventRecord("exception", 1_700_000_000_100_000_000, {"exception.type": "ValueError"}),),
    links=(LinkRecord(TRACE_C, SPAN_C, {"link.n": 3}),),
    resource={"service.name": "patter", "process.pid": 4242},
    scope=ScopeRecord("patter", "0.7.0"),
)
EXPECTED_TOOL = SpanRecord(
    name="getpatter.tool",
    trace_id=TRACE_A,
    span_id=SPAN_B,
    parent_span_id=SPAN_A,
    start_ns=1_700_000_000_010_000_000,
    end_ns=1_700_000_000_020_000_000,
    kind="CLIENT",
    resource={"service.name": "patter", "process.pid": 4242},
    scope=ScopeRecord("patter", "0.7.0"),
)
EXPECTED_TTS = SpanRecord(
    name="getpatter.tts",
    trace_id=TRACE_C,
    span_id=SPAN_C,
    start_ns=1_700_000_001_000_000_000,
    end_ns=1_700_000_001_000_000_500,
    kind="SERVER",
    status=StatusRecord("OK"),
    resource={"service.name": "tts"},
    scope=ScopeRecord("patter", ""),
)


def _jsonl(*documents: object) -> bytes:
    return b"".join(json.dumps(d).encode() + b"\n" for d in documents)


def _same(got: SpanRecord, expected: SpanRecord) -> None:
    # NaN never equals itself: compare those attributes apart, the rest as records.
    nan_keys = [k for k, v in expected.attributes.items() if isinstance(v, float) and v != v]
    for key in nan_keys:
        assert math.isnan(got.attributes[key])  # type: ignore[arg-type]
    strip = {k: v for k, v in got.attributes.items() if k not in nan_keys}
    want = {k: v for k, v in expected.attributes.items() if k not in nan_keys}
    assert strip == want
    for field in SpanRecord.__slots__:
        if field != "attributes":
            assert getattr(got, field) == getattr(expected, field), field


# --------------------------------------------------------------------------- the Collector file


def test_collector_file_export_every_value_type(tmp_path: Path) -> None:
    path = tmp_path / "traces.jsonl"
    path.write_bytes(_jsonl(COLLECTOR_LINE_1, COLLECTOR_LINE_2))
    got = load_otlp(path)
    assert [s.name for s in got] == ["getpatter.llm", "getpatter.tool", "getpatter.tts"]
    _same(got[0], EXPECTED_LLM)
    assert got[1] == EXPECTED_TOOL
    assert got[2] == EXPECTED_TTS
    # Arrays come back as tuples and kvlists as read-only mappings: records stay frozen.
    assert isinstance(got[0].attributes["array"], tuple)
    with pytest.raises(TypeError):
        got[0].attributes["kvlist"]["x"] = 2  # type: ignore[index]


def test_collector_json_matches_protobufs_own_json_mapping() -> None:
    # Cross-check of the hand-written sample: protobuf's parser reads it into the real
    # message (ids converted to the generic mapping's base64), and our reader gives the
    # same records from that message's bytes as from the JSON text.
    document = copy.deepcopy(COLLECTOR_LINE_1)
    for scope_spans in document["resourceSpans"][0]["scopeSpans"]:
        for span in scope_spans["spans"]:
            for key in ("traceId", "spanId", "parentSpanId"):
                if key in span:
                    span[key] = base64.b64encode(bytes.fromhex(span[key])).decode()
            for link in span.get("links", ()):
                for key in ("traceId", "spanId"):
                    link[key] = base64.b64encode(bytes.fromhex(link[key])).decode()
    # Span.flags is newer than opentelemetry-proto 1.24: unknown there, so ignored.
    message = json_format.ParseDict(
        document, trace_service_pb2.ExportTraceServiceRequest(), ignore_unknown_fields=True
    )
    from_protobuf = load_otlp(message.SerializeToString())
    from_json = load_otlp(_jsonl(COLLECTOR_LINE_1))
    assert len(from_protobuf) == len(from_json) == 2
    for a, b in zip(from_protobuf, from_json, strict=True):
        _same(a, b)


def test_single_pretty_printed_document_and_blank_lines(tmp_path: Path) -> None:
    pretty = tmp_path / "trace.json"
    pretty.write_text(json.dumps(COLLECTOR_LINE_2, indent=2))
    assert load_otlp(pretty) == (EXPECTED_TTS,)
    spaced = _jsonl(COLLECTOR_LINE_2) + b"\n\n" + _jsonl(COLLECTOR_LINE_2)
    assert load_otlp(spaced) == (EXPECTED_TTS, EXPECTED_TTS)


def test_gzip_and_length_prefixed_files(tmp_path: Path) -> None:
    gz = tmp_path / "traces.jsonl.gz"
    gz.write_bytes(gzip.compress(_jsonl(COLLECTOR_LINE_2, COLLECTOR_LINE_2)))
    assert load_otlp(gz) == (EXPECTED_TTS, EXPECTED_TTS)
    # The file exporter's `format: proto`: each message after its 4-byte big-endian size.
    message = records_to_otlp_protobuf([EXPECTED_TTS, EXPECTED_TOOL])
    stream = b"".join(struct.pack(">I", len(message)) + message for _ in range(2))
    assert load_otlp(stream) == (EXPECTED_TTS, EXPECTED_TOOL) * 2
    assert load_otlp(stream, format="protobuf") == (EXPECTED_TTS, EXPECTED_TOOL) * 2
    framed_json = json.dumps(COLLECTOR_LINE_2).encode()
    assert load_otlp(struct.pack(">I", len(framed_json)) + framed_json) == (EXPECTED_TTS,)


def test_variants_protobuf_json_printers_write() -> None:
    # Enum names, snake_case keys, base64 and upper-case hex ids, numbers for int64:
    # what generic protobuf JSON printers and hand-written files contain.
    document = {
        "resource_spans": [
            {
                "scope_spans": [
                    {
                        "spans": [
                            {
                                "trace_id": base64.b64encode(bytes.fromhex(TRACE_C)).decode(),
                                "span_id": SPAN_C.upper(),
                                "parent_span_id": "0000000000000000",
                                "name": "getpatter.tts",
                                "kind": "SPAN_KIND_SERVER",
                                "start_time_unix_nano": 1_700_000_001_000_000_000,
                                "end_time_unix_nano": "1700000001000000500",
                                "status": {"code": "STATUS_CODE_OK"},
                            }
                        ]
                    }
                ]
            }
        ]
    }
    (got,) = load_otlp(json.dumps(document).encode())
    assert got == SpanRecord(
        name="getpatter.tts",
        trace_id=TRACE_C,
        span_id=SPAN_C,
        start_ns=1_700_000_001_000_000_000,
        end_ns=1_700_000_001_000_000_500,
        kind="SERVER",
        status=StatusRecord("OK"),
    )


def test_load_otlp_files_concatenates_in_order(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.pb"
    first.write_bytes(_jsonl(COLLECTOR_LINE_2))
    second.write_bytes(records_to_otlp_protobuf([EXPECTED_TOOL]))
    assert load_otlp_files([first, second]) == (EXPECTED_TTS, EXPECTED_TOOL)


# --------------------------------------------------------------------------- round trips


def test_round_trip_official_encoder_protobuf(
    sdk_spans: tuple[ReadableSpan, ...], tmp_path: Path
) -> None:
    expected = tuple(record_from_readable(s) for s in sdk_spans)
    data = _request(sdk_spans).SerializeToString()
    assert load_otlp(data) == expected
    path = tmp_path / "export.binpb"
    path.write_bytes(data)
    assert load_otlp(path) == expected
    # The encoder really carried every kind of thing the test cares about.
    assert {s.kind for s in expected} == {"SERVER", "CLIENT", "INTERNAL"}
    assert {s.status.code for s in expected} == {"UNSET", "OK", "ERROR"}


def test_round_trip_through_protobufs_json_printer(sdk_spans: tuple[ReadableSpan, ...]) -> None:
    # MessageToJson writes ids in base64 and enums by name (the generic mapping).
    expected = tuple(record_from_readable(s) for s in sdk_spans)
    text = json_format.MessageToJson(_request(sdk_spans))
    assert '"kind": "SPAN_KIND_SERVER"' in text
    assert load_otlp(text.encode()) == expected


def test_our_json_is_what_the_official_encoder_sends(sdk_spans: tuple[ReadableSpan, ...]) -> None:
    records = tuple(record_from_readable(s) for s in sdk_spans)
    ours = records_to_otlp_json(records)
    assert load_otlp(json.dumps(ours).encode()) == records
    # Same message as the official encoder's, apart from what records do not keep
    # (trace flags).
    official = json_format.MessageToDict(_request(sdk_spans))
    mine = json_format.MessageToDict(
        trace_service_pb2.ExportTraceServiceRequest.FromString(records_to_otlp_protobuf(records))
    )
    for resource_spans in official["resourceSpans"]:
        for scope_spans in resource_spans["scopeSpans"]:
            for span in scope_spans["spans"]:
                span.pop("flags", None)
                for link in span.get("links", ()):
                    link.pop("flags", None)
    assert mine == official


def test_decode_request_lenient_keeps_good_spans() -> None:
    document = copy.deepcopy(COLLECTOR_LINE_1)
    document["resourceSpans"][0]["scopeSpans"][0]["spans"][1]["spanId"] = "zz"
    body = json.dumps(document).encode()
    with pytest.raises(OtlpError):
        decode_otlp_request(body, format="json")
    decoded = decode_otlp_request(body, format="json", lenient=True)
    assert [s.name for s in decoded.spans] == ["getpatter.llm"]
    assert [str(e) for e in decoded.rejected] == [
        "<request>: resourceSpans[0].scopeSpans[0].spans[1].spanId: "
        "expected 16 hex digits, got 'zz'"
    ]


# --------------------------------------------------------------------------- errors


def _bad_line(mutate: object) -> bytes:
    document = copy.deepcopy(COLLECTOR_LINE_1)
    assert callable(mutate)
    mutate(document)
    return _jsonl(COLLECTOR_LINE_2, COLLECTOR_LINE_2, document)


def _span(doc: dict, index: int = 0) -> dict:  # type: ignore[type-arg]
    span: dict = doc["resourceSpans"][0]["scopeSpans"][0]["spans"][index]  # type: ignore[type-arg]
    return span


SPAN0 = "resourceSpans[0].scopeSpans[0].spans[0]"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: _span(d, 1).update(spanId="zz"),
            "resourceSpans[0].scopeSpans[0].spans[1].spanId: expected 16 hex digits, got 'zz'",
        ),
        (
            lambda d: _span(d).update(traceId=""),
            f"{SPAN0}.traceId: missing: expected 32 hex digits",
        ),
        (
            lambda d: _span(d).update(traceId="0" * 32),
            f"{SPAN0}.traceId: all zeros, which is not a valid id",
        ),
        (
            lambda d: _span(d).update(kind=9),
            f"{SPAN0}.kind: expected a SpanKind (0-5 or SPAN_KIND_*), got 9",
        ),
        (
            lambda d: _span(d).update(status={"code": "BAD"}),
            f"{SPAN0}.status.code: expected a StatusCode (0-2 or STATUS_CODE_*), got 'BAD'",
        ),
        (
            lambda d: _span(d).update(startTimeUnixNano="-1"),
            f"{SPAN0}.startTimeUnixNano: integer out of range [0, 18446744073709551615]: '-1'",
        ),
        (
            lambda d: _span(d).update(endTimeUnixNano=1.5),
            f"{SPAN0}.endTimeUnixNano: expected an integer (a decimal string in OTLP/JSON), "
            "got 1.5",
        ),
        (
            lambda d: _span(d).update(name=["x"]),
            f"{SPAN0}.name: expected a string, got a list",
        ),
        (
            lambda d: _span(d)["attributes"][2]["value"].update(intValue="seven"),
            f"{SPAN0}.attributes[2].value.intValue: expected an integer (a decimal string in "
            "OTLP/JSON), got 'seven'",
        ),
        (
            lambda d: _span(d)["attributes"][2]["value"].update(intValue=str(2**63)),
            f"{SPAN0}.attributes[2].value.intValue: integer out of range "
            f"[{-(2**63)}, {2**63 - 1}]: '{2**63}'",
        ),
        (
            lambda d: _span(d)["attributes"][1]["value"].update(boolValue="yes"),
            f"{SPAN0}.attributes[1].value.boolValue: expected true or false, got 'yes'",
        ),
        (
            lambda d: _span(d)["attributes"][0]["value"].update(stringValue=5),
            f"{SPAN0}.attributes[0].value.stringValue: expected a string, got 5",
        ),
        (
            lambda d: _span(d)["attributes"][0]["value"].update(intValue="5"),
            f"{SPAN0}.attributes[0].value: more than one value field (stringValue, intValue)",
        ),
        (
            lambda d: _span(d)["attributes"][9]["value"].update(bytesValue="not base64!"),
            f"{SPAN0}.attributes[9].value.bytesValue: expected a base64 string, got 'not base64!'",
        ),
        (
            lambda d: _span(d)["attributes"][5]["value"].update(doubleValue="fast"),
            f"{SPAN0}.attributes[5].value.doubleValue: expected a number, got 'fast'",
        ),
        (
            lambda d: _span(d)["attributes"][11]["value"].update(arrayValue={"values": 3}),
            f"{SPAN0}.attributes[11].value.arrayValue.values: expected a list, got 3",
        ),
        (
            lambda d: _span(d)["attributes"].append({"key": 1, "value": {}}),
            f"{SPAN0}.attributes[14].key: expected a string, got 1",
        ),
        (
            lambda d: _span(d)["links"][0].update(spanId="abc"),
            f"{SPAN0}.links[0].spanId: expected 16 hex digits, got 'abc'",
        ),
        (
            lambda d: _span(d)["events"].append("boom"),
            f"{SPAN0}.events[1]: expected an object, got 'boom'",
        ),
        (
            lambda d: d["resourceSpans"][0].update(scopeSpans={"spans": []}),
            "resourceSpans[0].scopeSpans: expected a list, got an object",
        ),
        (
            lambda d: d["resourceSpans"][0]["resource"].update(attributes=[7]),
            "resourceSpans[0].resource.attributes[0]: expected an object, got 7",
        ),
        (
            lambda d: d.update(resourceMetrics=[]),
            "resourceMetrics: a metrics or logs export, not traces",
        ),
    ],
)
def test_errors_name_file_line_and_field(mutate: object, message: str, tmp_path: Path) -> None:
    path = tmp_path / "trace.jsonl"
    path.write_bytes(_bad_line(mutate))
    with pytest.raises(OtlpError) as info:
        load_otlp(path)
    assert str(info.value) == f"{path}:3: {message}"
    assert info.value.line == 3
    assert info.value.source == str(path)
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            _jsonl(COLLECTOR_LINE_2) + b'{"resourceSpans": [}\n',
            "<bytes>:2: invalid JSON: Expecting value (column 20)",
        ),
        (b'{"resourceSpans": [\n  1,\n  }', "<bytes>:3: invalid JSON: Expecting value (column 3)"),
        (b"[1, 2]", "<bytes>: expected an ExportTraceServiceRequest object, got a list"),
        (
            b'{"hello": "world"}',
            "<bytes>: no resourceSpans found: not an OTLP trace export "
            "(one ExportTraceServiceRequest per line, or one document)",
        ),
        (b'{"resourceSpans": []}\n\xff\xfe', "<bytes>:2: not UTF-8 text (byte 0xff at offset 22)"),
        (b"\x0a\xff\xff", "<bytes>: not a valid OTLP protobuf ExportTraceServiceRequest"),
        (b"\x28\xb5\x2f\xfd0000", "<bytes>: zstd-compressed: decompress it first (zstd -d FILE)"),
        (b"\x1f\x8b\x08\x00broken", "<bytes>: corrupt gzip data"),
        (
            b'{"resourceSpans":' + b"[" * 100_000,
            "<bytes>: invalid JSON: nested too deeply",
        ),
    ],
)
def test_errors_for_unreadable_content(data: bytes, message: str) -> None:
    with pytest.raises(OtlpError) as info:
        load_otlp(data)
    assert str(info.value).startswith(message)


def test_protobuf_errors_name_the_field() -> None:
    request = trace_service_pb2.ExportTraceServiceRequest()
    span = request.resource_spans.add().scope_spans.add().spans.add()
    span.trace_id = bytes.fromhex(TRACE_A)
    span.span_id = b"\x01\x02\x03"
    with pytest.raises(OtlpError) as info:
        load_otlp(request.SerializeToString())
    assert str(info.value) == (
        "<bytes>: resourceSpans[0].scopeSpans[0].spans[0].spanId: expected 8 bytes, got 3"
    )
    # Truncated in the middle of a field: protobuf's own error stays inside ours.
    whole = records_to_otlp_protobuf([EXPECTED_TTS])
    with pytest.raises(OtlpError, match="not a valid OTLP protobuf"):
        load_otlp(whole[:-3], format="protobuf")


def test_deeply_nested_values_are_refused() -> None:
    value: dict[str, object] = {"stringValue": "leaf"}
    for _ in range(40):
        value = {"arrayValue": {"values": [value]}}
    document = copy.deepcopy(COLLECTOR_LINE_2)
    _span(document)["attributes"] = [{"key": "deep", "value": value}]
    with pytest.raises(OtlpError, match=r"values nested deeper than 32 levels"):
        load_otlp(json.dumps(document).encode())


def test_missing_file_and_second_file_named(tmp_path: Path) -> None:
    with pytest.raises(OtlpError, match=r"nope\.jsonl: cannot read the file: No such file"):
        load_otlp(tmp_path / "nope.jsonl")
    good, bad = tmp_path / "good.jsonl", tmp_path / "bad.jsonl"
    good.write_bytes(_jsonl(COLLECTOR_LINE_2))
    bad.write_bytes(b"{oops\n")
    with pytest.raises(OtlpError) as info:
        load_otlp_files([good, bad])
    assert info.value.source == str(bad)
    assert info.value.line == 1


def test_name_overrides_the_source_in_messages() -> None:
    with pytest.raises(OtlpError, match=r"^<stdin>:1: invalid JSON"):
        load_otlp(b"{oops", name="<stdin>")


def test_error_pickles_intact() -> None:
    error = OtlpError("bad", source="f.jsonl", line=3, field="spans[0].spanId")
    copy_ = pickle.loads(pickle.dumps(error))
    assert str(copy_) == str(error) == "f.jsonl:3: spans[0].spanId: bad"
    assert (copy_.line, copy_.field) == (3, "spans[0].spanId")


def test_attribute_values_in_errors_go_through_the_redactor(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pytest_patter_trace.core import _render

    monkeypatch.setattr(_render, "redact", lambda key, value: f"<{key} masked>")
    document = copy.deepcopy(COLLECTOR_LINE_2)
    _span(document)["attributes"] = [{"key": "caller", "value": {"intValue": "+1 415 555 0100"}}]
    with pytest.raises(OtlpError) as info:
        load_otlp(json.dumps(document).encode())
    assert "555" not in str(info.value)
    assert "'<caller masked>'" in str(info.value)


# --------------------------------------------------------------------------- fuzzing


_json_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True),
    st.text(max_size=20),
)
_json_value = st.recursive(
    _json_leaf,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=12), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(node: object, prefix: tuple[object, ...] = ()) -> Iterator[tuple[object, ...]]:
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


def _assert_records_or_clear_error(data: bytes, *, format: Format | None) -> None:
    # Anything but an OtlpError (a parser's own exception, a crash) fails the test.
    outcome: tuple[SpanRecord, ...] | OtlpError
    try:
        outcome = load_otlp(data, format=format)
    except OtlpError as error:
        outcome = error
    if isinstance(outcome, OtlpError):
        assert str(outcome).startswith("<bytes>")
        assert outcome.problem
    else:
        assert all(isinstance(r, SpanRecord) for r in outcome)


_ALL_PATHS = [p for p in _paths(COLLECTOR_LINE_1) if p]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(_ALL_PATHS), replacement=_json_value)
def test_fuzz_wrong_json_types_give_records_or_a_clear_error(
    path: tuple[object, ...], replacement: object
) -> None:
    document = copy.deepcopy(COLLECTOR_LINE_1)
    node: object = document
    for step in path[:-1]:
        node = node[step]  # type: ignore[index]
    node[path[-1]] = replacement  # type: ignore[index]
    _assert_records_or_clear_error(json.dumps(document).encode(), format=None)


@settings(max_examples=100, deadline=None)
@given(cut=st.integers(min_value=1), junk=st.binary(max_size=16))
def test_fuzz_truncated_or_garbled_protobuf(cut: int, junk: bytes) -> None:
    whole = records_to_otlp_protobuf([EXPECTED_TOOL, EXPECTED_TTS])
    data = whole[: cut % len(whole)] + junk
    _assert_records_or_clear_error(data, format="protobuf")
