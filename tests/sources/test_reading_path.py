"""Reading a capture: records built from SDK spans, and grouping, without global side effects."""

from __future__ import annotations

import copy
import dataclasses
import gc
import sys
import weakref
from collections.abc import Iterable, Iterator

import pytest
from _builders import record_of
from opentelemetry.attributes import BoundedAttributes
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.sdk.util import BoundedList
from opentelemetry.trace import Link, SpanContext, SpanKind, Status, StatusCode

from pytest_patter_trace.core.grouping import CallTrace, group_calls
from pytest_patter_trace.core.model import (
    SpanRecord,
    as_records,
    frozen_heap,
    record_from_readable,
    records_from_readables,
)
from pytest_patter_trace.sources._otel import span_columns
from pytest_patter_trace.sources.store import SpanStore


@pytest.fixture
def sdk_spans() -> Iterator[tuple[ReadableSpan, ...]]:
    """Spans of two providers and three tracers, with events, links, statuses and kinds."""
    exporter = InMemorySpanExporter()
    providers = [
        TracerProvider(resource=Resource.create({"service.name": name})) for name in ("a", "b")
    ]
    for provider in providers:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracers = [
        providers[0].get_tracer("one", "1.0"),
        providers[0].get_tracer("two"),
        providers[1].get_tracer("three", "3"),
    ]
    for turn in range(30):
        tracer = tracers[turn % 3]
        with tracer.start_as_current_span(
            f"root-{turn}", attributes={"patter.call.id": f"c{turn % 4}", "tags": ["x", "y"]}
        ) as root:
            root.add_event("evt", {"k": turn})
            kind = SpanKind.CLIENT if turn % 2 else SpanKind.INTERNAL
            with tracer.start_as_current_span(
                "child", kind=kind, links=[Link(root.get_span_context(), {"why": "x"})]
            ) as child:
                if turn % 5 == 0:
                    child.set_status(Status(StatusCode.ERROR, f"boom {turn}"))
                elif turn % 5 == 1:
                    child.set_status(Status(StatusCode.OK))
            with tracer.start_as_current_span("empty", attributes={}):
                pass
    yield exporter.get_finished_spans()
    for provider in providers:
        provider.shutdown()


def test_records_equal_what_the_public_api_says(sdk_spans: tuple[ReadableSpan, ...]) -> None:
    built = records_from_readables(sdk_spans, read_columns=span_columns)  # the SDK's fields
    assert built == [record_of(s) for s in sdk_spans]
    assert records_from_readables(sdk_spans) == built  # the public properties
    assert [record_from_readable(s) for s in sdk_spans] == built
    assert list(as_records(list(sdk_spans))) == built


def test_records_share_what_spans_share(sdk_spans: tuple[ReadableSpan, ...]) -> None:
    built = records_from_readables(sdk_spans, read_columns=span_columns)
    # An ended span's attribute dict is shared, behind a read-only proxy.
    assert built[0].attributes == dict(sdk_spans[0].attributes or {})
    by_service: dict[object, set[int]] = {}
    for record in built:
        by_service.setdefault(record.resource["service.name"], set()).add(id(record.resource))
    assert {k: len(v) for k, v in by_service.items()} == {"a": 1, "b": 1}
    assert len({id(r.scope) for r in built}) == 3
    child = next(r for r in built if r.name == "child")
    root = next(r for r in built if r.span_id == child.parent_span_id)
    assert child.parent_span_id is root.span_id
    assert child.trace_id is root.trace_id
    with pytest.raises(TypeError):
        child.attributes["x"] = 1  # type: ignore[index]


def test_open_span_attributes_are_copied_not_shared() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    span = provider.get_tracer("t").start_span("open", attributes={"a": 1})
    try:
        record = record_from_readable(span)  # type: ignore[arg-type]
        span.set_attribute("b", 2)
        assert dict(record.attributes) == {"a": 1}
        assert record.end_ns is None
    finally:
        span.end()
        provider.shutdown()


def _stored(spans: Iterable[ReadableSpan]) -> SpanStore:
    store = SpanStore()
    for span in spans:
        store._add_readable(span)
    return store


def _finished_turns(turns: int, *, with_event: bool = False) -> tuple[ReadableSpan, ...]:
    """``turns`` turn/llm span pairs in calls c0-c2, from a real SDK provider."""
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("t")
    for i in range(turns):
        call = {"patter.call.id": f"c{i % 3}"}
        with (
            tracer.start_as_current_span("turn", attributes=call),
            tracer.start_as_current_span("llm") as child,
        ):
            if with_event:
                child.add_event("evt")
    provider.shutdown()
    return exporter.get_finished_spans()


def test_a_read_store_keeps_records_not_sdk_spans() -> None:
    spans = _finished_turns(20, with_event=True)
    store = _stored(spans)
    alive = [weakref.ref(s) for s in spans]
    del spans
    first = store.spans
    assert all(isinstance(item, SpanRecord) for item in store._raw)
    assert store.spans is first  # read once, then cached
    assert [s.name for s in first] == [s.name for s in sorted(first, key=_order)]
    store.calls()
    gc.collect()
    # Records keep nothing of the SDK's: the spans go once read.
    assert [ref for ref in alive if ref() is not None] == []
    assert [len(c) for c in store.calls().values()] == [14, 14, 12]


def test_store_records_equal_what_the_public_api_says(sdk_spans: tuple[ReadableSpan, ...]) -> None:
    # Read eagerly, each a plain SpanRecord, equal to the hand-made record.
    records = list(_stored(sdk_spans).spans)
    assert {type(r) for r in records} == {SpanRecord}
    by_key = {(r.trace_id, r.span_id): r for r in records}
    expected = [record_of(s) for s in sdk_spans]
    assert [by_key[e.key] for e in expected] == expected
    assert records_from_readables(sdk_spans, read_columns=span_columns) == [
        by_key[e.key] for e in expected
    ]


def test_store_records_share_resources_and_scopes(sdk_spans: tuple[ReadableSpan, ...]) -> None:
    records = _stored(sdk_spans).spans
    assert len({id(r.resource) for r in records}) == 2
    assert len({id(r.scope) for r in records}) == 3
    assert {r.kind for r in records} == {"INTERNAL", "CLIENT"}


def test_a_store_record_behaves_as_a_record(sdk_spans: tuple[ReadableSpan, ...]) -> None:
    lazy = _stored(sdk_spans).spans[0]
    made = record_of(
        next(s for s in sdk_spans if s.name == lazy.name and s.start_time == lazy.start_ns)
    )
    assert lazy == made
    assert made == lazy
    assert hash(lazy) == hash(made)
    assert len({lazy, made}) == 1
    assert repr(lazy) == repr(made)
    assert copy.copy(lazy) == made
    renamed = dataclasses.replace(lazy, name="other")
    assert renamed.name == "other"
    assert renamed.attributes == made.attributes
    with pytest.raises(dataclasses.FrozenInstanceError):
        lazy.name = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        lazy.nope  # type: ignore[attr-defined]  # noqa: B018
    assert isinstance(lazy, SpanRecord)


def _order(record: SpanRecord) -> tuple[int, str, str, str]:
    return (record.start_ns, record.name, record.trace_id, record.span_id)


def _records(n: int) -> list[SpanRecord]:
    return [
        SpanRecord(
            name="s",
            trace_id=format(i // 5 + 1, "032x"),
            span_id=format(i + 1, "016x"),
            parent_span_id=None if i % 5 == 0 else format(i, "016x"),
            start_ns=i,
            end_ns=i + 1,
            attributes={"patter.call.id": f"c{i // 500}"} if i % 5 < 4 else {},
        )
        for i in range(n)
    ]


def test_grouping_leaves_the_garbage_collector_running() -> None:
    # Other threads rely on it: the collector must stay on while a trace is grouped.
    # Grouping allocates almost nothing per span, so collections are no evidence either
    # way: what is checked is that nothing switches the collector off or retunes it.
    records = _records(20_000)
    switched: list[str] = []

    def watch(frame: object, event: str, arg: object) -> None:
        if event == "c_call" and arg in (gc.disable, gc.set_threshold):
            switched.append(getattr(arg, "__name__", "?"))

    assert gc.isenabled()
    # Something else (a library, an earlier test) may hold objects frozen: left as is.
    frozen_before = gc.get_freeze_count()
    sys.setprofile(watch)
    try:
        grouping = group_calls(records)
        trace = CallTrace("c0", records[:500])
        for call in grouping.calls.values():
            call.roots  # noqa: B018 - builds the call's parent/child index
    finally:
        sys.setprofile(None)
    assert len(grouping.calls) == 40
    assert len(trace.roots) > 0
    assert switched == [], f"grouping called gc.{switched[0]}()"
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen_before


def test_grouping_leaves_objects_frozen_by_others_frozen() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        group_calls(_records(2_000))
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_tracer_following_the_global_provider_reaches_the_sdk_in_one_hop() -> None:
    # getpatter's tracer follows the global provider; during a test that is the capture's
    # fallback, whose tracers follow the global provider too: no second hop per span.
    from opentelemetry.sdk.trace import Tracer

    from pytest_patter_trace.drivers._follow import GlobalTracer
    from pytest_patter_trace.sources.capture import CaptureHub

    hub = CaptureHub()
    capture = hub.start()
    try:
        tracer = GlobalTracer("patter")
        assert type(tracer._target()) is Tracer
        with tracer.start_as_current_span("through getpatter's tracer"):
            pass
        assert capture.names() == ["through getpatter's tracer"]
    finally:
        hub.stop(capture)
        hub.close()


def test_a_nested_freeze_does_not_count_the_frozen_objects(
    sdk_spans: tuple[ReadableSpan, ...],
) -> None:
    # gc.get_freeze_count() walks every frozen object: asked again inside our own freeze
    # it cost half a second per million spans read.
    store = _stored(sdk_spans)
    asked: list[object] = []

    def watch(frame: object, event: str, arg: object) -> None:
        if event == "c_call" and arg is gc.get_freeze_count:
            asked.append(arg)

    sys.setprofile(watch)
    try:
        records = store.spans  # one freeze
        store.calls()  # one freeze
        with frozen_heap():  # one freeze, and grouping inside it asks nothing
            group_calls(records)
            CallTrace("c0", records)
    finally:
        sys.setprofile(None)
    assert len(asked) == 3


def test_a_store_copies_attributes_the_sdk_did_not_freeze() -> None:
    # OpenTelemetry 1.24 does not freeze a span's attributes at end(): they are copied at
    # the read, so a later change does not reach the record.
    attributes = BoundedAttributes(16, {"patter.call.id": "c1", "n": 1}, immutable=False)
    span = ReadableSpan(
        name="s",
        context=SpanContext(1, 2, is_remote=False),
        attributes=attributes,
        events=BoundedList(8),
        links=BoundedList(8),
    )
    store = _stored([span])
    (record,) = store.spans
    attributes["n"] = 2
    assert dict(record.attributes) == {"patter.call.id": "c1", "n": 1}
    assert list(store.calls()) == ["c1"]


def test_every_check_reads_sdk_spans_by_their_fields(
    sdk_spans: tuple[ReadableSpan, ...], monkeypatch: pytest.MonkeyPatch
) -> None:
    """One reader for all checks: each reads the SDK's fields, and answers as on records."""
    import pytest_patter_trace as ppt
    from pytest_patter_trace.sources import _otel

    records = list(as_records(list(sdk_spans)))
    checks = {
        "check_contract": lambda s: ppt.check_contract(s).to_dict(),
        "check_required_attributes": lambda s: ppt.check_required_attributes(
            s, {"child": ["patter.call.id"]}
        ),
        "find_pii": lambda s: [f.kind for f in ppt.find_pii(s)],
        "select_spans": lambda s: [r.name for r in ppt.select_spans(s, "child")],
        "call_tree_text": lambda s: str(ppt.call_tree_text(s[:3])),
        "render_snapshot": lambda s: ppt.render_snapshot(s),
        "records_to_otlp_json": lambda s: ppt.records_to_otlp_json(s),
    }
    calls: list[int] = []
    real = _otel.span_columns

    def counting(spans: object) -> object:
        calls.append(1)
        return real(spans)  # type: ignore[arg-type]

    monkeypatch.setattr(_otel, "span_columns", counting)
    for name, check in checks.items():
        before = len(calls)
        assert check(list(sdk_spans)) == check(records), name
        assert len(calls) > before, f"{name} read SDK spans by their public properties"
