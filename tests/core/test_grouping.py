"""Span records, call grouping and tree navigation on synthetic spans."""

from __future__ import annotations

import pytest
from _builders import span
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import Link, Status, StatusCode

from pytest_patter_trace.core.grouping import CallTrace, group_calls
from pytest_patter_trace.core.model import SpanRecord, as_records, record_from_readable


def test_record_from_readable_round_trip() -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("scope", "1.2")
    with tracer.start_as_current_span("parent", attributes={"a": 1, "tags": ["x", "y"]}) as p:
        p.add_event("evt", {"k": "v"})
        with tracer.start_as_current_span("child", links=[Link(p.get_span_context())]) as c:
            c.set_status(Status(StatusCode.ERROR, "boom"))
    child, parent = (record_from_readable(s) for s in exporter.get_finished_spans())
    assert child.parent_span_id == parent.span_id
    assert len(parent.trace_id) == 32
    assert len(parent.span_id) == 16
    assert parent.attributes["tags"] == ("x", "y")
    assert parent.events[0].name == "evt"
    assert parent.events[0].attributes["k"] == "v"
    assert child.links[0].span_id == parent.span_id
    assert child.status.code == "ERROR"
    assert child.status.description == "boom"
    assert parent.scope is not None
    assert (parent.scope.name, parent.scope.version) == ("scope", "1.2")
    assert parent.duration_ns is not None
    assert parent.duration_ns >= 0
    assert "service.name" in parent.resource


def test_records_are_immutable_and_repr_hides_values() -> None:
    record = span("a", secret="hunter2-very-secret")
    with pytest.raises(AttributeError):
        record.name = "b"  # type: ignore[misc]
    with pytest.raises(TypeError):
        record.attributes["secret"] = "x"  # type: ignore[index]
    assert "hunter2" not in repr(record)


def test_as_records_rejects_garbage_with_position() -> None:
    with pytest.raises(TypeError, match="item 1 is a int"):
        as_records([span("a"), 3])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="got str"):
        as_records("spans")  # type: ignore[arg-type]


def test_grouping_inherits_from_ancestor_and_trace() -> None:
    root = span("root", **{"patter.call.id": "c1"})
    child = span("child", parent=root)
    grandchild = span("grandchild", parent=child)
    sibling_root = span("other-root")  # same trace, no parent: takes the trace's one id
    stranger = span("stranger", trace="t2")
    grouping = group_calls([root, child, grandchild, sibling_root, stranger])
    assert list(grouping.calls) == ["c1"]
    assert [s.name for s in grouping.calls["c1"]] == ["root", "child", "grandchild", "other-root"]
    assert grouping.unattributed == (stranger,)
    assert grouping.conflicts == ()


def test_grouping_documented_keys_and_order() -> None:
    a = span("a", **{"getpatter.call.id": "doc"})
    b = span("b", trace="t2", **{"patter.call_id": "tag"})
    c = span("c", trace="t3", **{"patter.call.id": "real"})
    assert list(group_calls([c, b, a]).calls) == ["doc", "real", "tag"]


def test_conflicting_ids_are_reported_not_merged() -> None:
    root = span("root", **{"patter.call.id": "c1"})
    child = span("child", parent=root, **{"patter.call.id": "c2"})
    both = span("both", trace="t9", **{"getpatter.call.id": "x", "patter.call.id": "y"})
    grouping = group_calls([root, child, both])
    assert set(grouping.calls) == {"c1", "c2", "x"}
    reasons = sorted(str(c) for c in grouping.conflicts)
    assert len(reasons) == 2
    assert "has call id c2 but its parent's call is c1" in reasons[1]
    assert "has call id x but its key 'patter.call.id' says y" in reasons[0]


def test_ambiguous_trace_leaves_span_unattributed() -> None:
    a = span("a", **{"patter.call.id": "c1"})
    b = span("b", **{"patter.call.id": "c2"})
    orphan = span("orphan")
    grouping = group_calls([a, b, orphan])
    assert grouping.unattributed == (orphan,)


def test_orphans_become_roots() -> None:
    orphan = span("orphan", parent="ffffffffffffffff", **{"patter.call.id": "c"})
    call = CallTrace("c", [orphan])
    assert call.roots == (orphan,)
    assert call.parent(orphan) is None


def test_self_parent_and_cycles_do_not_hang_or_hide_spans() -> None:
    selfish = span("selfish", sid="00000000000000aa", parent="00000000000000aa")
    a = span("a", sid="00000000000000b1", parent="00000000000000b2")
    b = span("b", sid="00000000000000b2", parent="00000000000000b1")
    call = CallTrace("c", [selfish, a, b])
    assert {s.name for _, s in call.walk()} == {"selfish", "a", "b"}
    assert len(list(call.walk())) == 3
    grouping = group_calls([selfish, a, b])
    assert len(grouping.unattributed) == 3


def test_duplicate_span_ids_kept_once() -> None:
    a = span("a", sid="0000000000000001", **{"patter.call.id": "c"})
    grouping = group_calls([a, a])
    assert grouping.duplicates == 1
    assert len(grouping.calls["c"]) == 1
    assert len(CallTrace("c", [a, a])) == 1


def test_a_parent_id_from_another_trace_is_not_the_parent() -> None:
    # Span ids are looked up alone when unique: the parent must still be in the same trace.
    other = span("other", trace="t2", sid="00000000000000c1", **{"patter.call.id": "c2"})
    child = span("child", trace="t1", parent="00000000000000c1", **{"patter.call.id": "c1"})
    loose = span("loose", trace="t3", parent="00000000000000c1")
    grouping = group_calls([other, child, loose])
    assert grouping.conflicts == ()
    assert grouping.calls["c1"].roots == (child,)
    assert grouping.calls["c1"].parent(child) is None
    assert grouping.unattributed == (loose,)


def test_same_span_ids_in_two_traces_are_two_spans() -> None:
    roots = [span("root", trace=t, sid="00000000000000d1", **{"patter.call.id": t}) for t in "ab"]
    kids = [span("kid", trace=t, sid="00000000000000d2", parent="00000000000000d1") for t in "ab"]
    grouping = group_calls([*roots, *kids])
    assert grouping.duplicates == 0
    for t, root, kid in zip("ab", roots, kids, strict=True):
        call = grouping.calls[t]
        assert call.spans == (root, kid)
        assert call.children(root) == (kid,)
        assert call.parent(kid) is root


def test_siblings_in_start_order_ties_deterministic() -> None:
    root = span("root", start=0)
    late = span("late", parent=root, start=50)
    early_b = span("b", parent=root, start=10)
    early_a = span("a", parent=root, start=10)
    call = CallTrace(None, [late, early_b, root, early_a])
    assert [s.name for s in call.children(root)] == ["a", "b", "late"]
    assert call.find("late") == (late,)


def test_tree_text() -> None:
    root = span("getpatter.llm", **{"patter.call.id": "c"})
    span("unrelated")
    child = span("getpatter.tool", parent=root, **{"patter.tool.name": "lookup"})
    text = CallTrace("c", [root, child]).tree(durations=False)
    assert text == "getpatter.llm [patter.call.id]\n  getpatter.tool [patter.tool.name=lookup]"
    assert "(0.0 ms)" in CallTrace("c", [root]).tree()


def test_deep_chain_no_recursion_error() -> None:
    spans = [span("s0", trace="deep", **{"patter.call.id": "c"})]
    for i in range(1, 10_000):
        spans.append(span(f"s{i}", trace="deep", parent=spans[-1]))
    grouping = group_calls(spans)
    call = grouping.calls["c"]
    assert len(call) == 10_000
    depths = [d for d, _ in call.walk()]
    assert max(depths) == 9_999
    assert len(call.tree(durations=False).splitlines()) == 10_000


def test_ten_thousand_spans_many_calls() -> None:
    # Linear scaling is measured by benchmarks/run.py (timings do not belong in tests).
    out: list[SpanRecord] = []
    for c in range(1000):
        root = span("getpatter.llm", trace=f"t{c}", **{"patter.call.id": f"c{c}"})
        out.append(root)
        out.extend(span("getpatter.tts", trace=f"t{c}", parent=root) for _ in range(9))
    grouping = group_calls(out)
    assert len(grouping.calls) == 1000
    assert all(len(c) == 10 for c in grouping.calls.values())
    assert all(c.roots[0].name == "getpatter.llm" for c in grouping.calls.values())
    assert grouping.unattributed == ()
