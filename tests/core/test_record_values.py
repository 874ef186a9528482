"""Records are plain values: they pickle, deep-copy, go through ``asdict``, equal hand-made ones.

Whichever way a record was read (a store's SDK spans, the public properties, OTLP), it is
the same frozen dataclass with the same read-only mappings.
"""

from __future__ import annotations

import copy
import dataclasses
import json
import pickle
from collections.abc import Iterator

import pytest
from _builders import record_of
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Link, SpanContext, SpanKind, Status, StatusCode

from pytest_patter_trace.core.model import (
    EventRecord,
    FrozenDict,
    SpanFields,
    SpanRecord,
    as_records,
    read_public,
    record_from_readable,
    records_from_readables,
)
from pytest_patter_trace.sources._otel import span_columns
from pytest_patter_trace.sources.otlp import load_otlp, records_to_otlp_json
from pytest_patter_trace.sources.store import SpanStore


@pytest.fixture
def spans() -> Iterator[tuple[ReadableSpan, ...]]:
    """A root with an event and a list attribute, a child with a link and an error status."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider(resource=Resource.create({"service.name": "svc"}))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("t", "1.0")
    with tracer.start_as_current_span(
        "turn", attributes={"patter.call.id": "c1", "tags": ["x", "y"]}
    ) as root:
        root.add_event("evt", {"k": 1})
        with tracer.start_as_current_span(
            "llm", kind=SpanKind.CLIENT, links=[Link(root.get_span_context(), {"why": "x"})]
        ) as child:
            child.set_status(Status(StatusCode.ERROR, "boom"))
    yield exporter.get_finished_spans()
    provider.shutdown()


def _every_way(spans: tuple[ReadableSpan, ...]) -> dict[str, list[SpanRecord]]:
    store = SpanStore()
    for span in spans:
        store._add_readable(span)
    by_key = {r.key: r for r in store.spans}
    return {
        "store": [by_key[r.key] for r in map(record_of, spans)],
        "sdk fields": records_from_readables(spans, read_columns=span_columns),
        "public properties": records_from_readables(spans),
        "one by one": [record_from_readable(s) for s in spans],
        "as_records": list(as_records(list(spans))),
    }


@pytest.mark.parametrize(
    "way", ["store", "sdk fields", "public properties", "one by one", "as_records"]
)
def test_a_record_pickles_deep_copies_and_goes_through_asdict(
    spans: tuple[ReadableSpan, ...], way: str
) -> None:
    records = _every_way(spans)[way]
    made = list(map(record_of, spans))
    assert records == made
    assert [type(r) for r in records] == [SpanRecord, SpanRecord]
    for record, expected in zip(records, made, strict=True):
        assert pickle.loads(pickle.dumps(record)) == expected
        assert copy.deepcopy(record) == expected
        assert copy.copy(record) == expected
        as_dict = dataclasses.asdict(record)
        assert as_dict == dataclasses.asdict(expected)
        assert as_dict["attributes"] == dict(expected.attributes)
        assert hash(record) == hash(expected)
    root = next(r for r in records if r.name == "turn")
    assert root.attributes["tags"] == ("x", "y")
    (event,) = pickle.loads(pickle.dumps(root)).events
    assert event == EventRecord("evt", root.events[0].timestamp_ns, {"k": 1})


def test_a_record_read_from_otlp_is_a_plain_value(spans: tuple[ReadableSpan, ...]) -> None:
    made = dataclasses.replace(record_of(spans[0]), attributes={"kv": {"inner": [1, 2]}, "n": 3})
    assert type(made.attributes["kv"]) is FrozenDict  # nested mappings are frozen too
    (loaded,) = load_otlp(json.dumps(records_to_otlp_json([made])).encode())
    assert loaded.attributes == {"kv": {"inner": (1, 2)}, "n": 3}
    for record in (made, loaded):
        assert pickle.loads(pickle.dumps(record)) == record
        assert copy.deepcopy(record) == record
        assert dataclasses.asdict(record)["attributes"] == {"kv": {"inner": (1, 2)}, "n": 3}


def test_a_frozen_dict_is_read_only_and_a_dict_underneath() -> None:
    frozen = FrozenDict({"a": 1})
    for change in (
        lambda: frozen.__setitem__("b", 2),
        lambda: frozen.__delitem__("a"),
        frozen.clear,
        lambda: frozen.pop("a"),
        frozen.popitem,
        lambda: frozen.setdefault("b", 2),
        lambda: frozen.update(b=2),
    ):
        with pytest.raises(TypeError, match="read-only"):
            change()
    with pytest.raises(TypeError, match="read-only"):
        frozen |= {"b": 2}
    assert frozen == {"a": 1}
    assert isinstance(frozen, dict)
    assert pickle.loads(pickle.dumps(frozen)) == {"a": 1}
    assert type(copy.deepcopy(frozen)) is FrozenDict


def test_every_reader_reads_the_declared_fields(spans: tuple[ReadableSpan, ...]) -> None:
    public = read_public(spans)
    sdk = span_columns(spans)
    assert sdk is not None
    assert type(public) is type(sdk) is SpanFields
    assert list(public.name) == list(sdk.name) == ["llm", "turn"]
    assert [c[:2] for c in public.context] == [c[:2] for c in sdk.context]  # type: ignore[index]


class _Relabelled(ReadableSpan):
    """Not the SDK's own class: its properties may say something else than its fields."""

    @property
    def name(self) -> str:
        return "relabelled"


def test_a_span_class_of_its_own_is_read_through_its_properties() -> None:
    span = _Relabelled(name="inner", context=SpanContext(1, 2, is_remote=False))
    assert span_columns([span]) is None
    (record,) = records_from_readables([span], read_columns=span_columns)
    assert record.name == "relabelled"
    expected = SpanRecord("relabelled", format(1, "032x"), format(2, "016x"))
    assert record == dataclasses.replace(expected, resource=dict(span.resource.attributes))
