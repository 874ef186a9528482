"""Snapshot text of synthetic spans: format, normalization, order, options, PII refusal."""

from __future__ import annotations

import dataclasses
import random
import re

import pytest
from _builders import new_trace
from _builders import span as build_span
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.core.grouping import CallTrace, group_calls
from pytest_patter_trace.core.model import (
    EventRecord,
    LinkRecord,
    ScopeRecord,
    SpanRecord,
    StatusRecord,
)
from pytest_patter_trace.snapshot._assertion import (
    DEFAULT_VOLATILE,
    PatterSnapshotExtension,
    SnapshotOptions,
    SnapshotRefusedError,
    render_snapshot,
)
from pytest_patter_trace.snapshot._format import FORMAT_VERSION, format_problem

MARKER = f"# pytest-patter-trace snapshot, format {FORMAT_VERSION}"


def span(
    name: str,
    *,
    trace: int | str | None = None,
    parent: SpanRecord | str | None = None,
    start: int = 0,
    end: int | None = 10,
    **attrs: object,
) -> SpanRecord:
    """A span from 0 to 10 unless told; a root starts a new trace, as in OTel."""
    if trace is None and parent is None:
        return build_span(name, trace=new_trace(), start=start, end=end, duration=None, **attrs)
    return build_span(
        name, parent=parent, trace=trace, start=start, end=end, duration=None, **attrs
    )


def body(text: str) -> list[str]:
    """The snapshot's lines after the format marker."""
    lines = text.splitlines()
    assert lines[0] == MARKER
    assert text.endswith("\n")
    return lines[1:]


# -- format ------------------------------------------------------------------------------


def test_tree_one_span_a_line_attributes_sorted() -> None:
    root = span("getpatter.llm", start=0, end=100, patter__call__id="c-9")
    kids = [
        span("getpatter.tool", parent=root, start=10, end=20, zeta=1, alpha="x"),
        span("getpatter.tts", parent=root, start=30, end=40, getpatter__tts__text_len=26),
    ]
    assert body(render_snapshot([root, *kids])) == [
        "call <call-1>",
        "  getpatter.llm [patter.call.id=<call-1>]",
        '    getpatter.tool [alpha="x", zeta=1]',
        "    getpatter.tts [getpatter.tts.text_len=26]",
    ]


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("0", '"0"'),
        (0, "0"),
        (0.0, "0.0"),
        (False, "false"),
        (("a", 1), '["a", 1]'),
        (b"\x00\x01", "base64:AAE="),
        ({"b": 1, "a": "x"}, '{a: "x", b: 1}'),
        ("two\nlines", '"two\\nlines"'),
    ],
)
def test_values_show_their_type(value: object, shown: str) -> None:
    text = render_snapshot([span("s", v=value)])
    assert body(text)[-1] == f"  s [v={shown}]"


def test_names_and_keys_stay_on_one_line() -> None:
    text = render_snapshot([span("GET /orders\n[x]", **{"odd key": 1})])
    assert body(text) == ["no call id", '  "GET /orders\\n[x]" ["odd key"=1]']


def test_events_links_kind_status_and_scope() -> None:
    root = span("root", start=0, end=50)
    target = span("target", parent=root, start=1, end=2)
    linked = dataclasses.replace(
        span("linked", parent=root, start=3, end=4),
        kind="CLIENT",
        status=StatusRecord("ERROR", "tool failed"),
        events=(
            EventRecord("exception", 5, {"exception.type": "ValueError"}),
            EventRecord("retry", 6),
        ),
        links=(
            LinkRecord(target.trace_id, target.span_id, {"why": "retry"}),
            LinkRecord("f" * 32, "e" * 16),
        ),
    )
    assert body(render_snapshot([root, target, linked])) == [
        "no call id",
        "  root",
        "    target <span-1>",
        '    linked kind=CLIENT status=ERROR "tool failed"',
        '      * exception [exception.type="ValueError"]',
        "      * retry",
        '      -> <span-1> [why="retry"]',
        "      -> (not captured)",
    ]


def test_empty_input() -> None:
    assert body(render_snapshot([])) == ["(no spans)"]


# -- ids ---------------------------------------------------------------------------------


def test_ids_become_ordinals_by_position() -> None:
    first = span("first", trace="1", start=0, end=1)
    second = span("second", trace="2", start=2, end=3, points_at=first.span_id)
    third = span("third", trace="3", start=4, end=5, trace_ref=second.trace_id)
    lines = body(render_snapshot([third, second, first]))
    assert lines == [
        "no call id",
        "  first <span-1>",
        "  second [points_at=<span-1>]",
        "  third [trace_ref=<trace-1>]",
    ]


def test_parent_links_across_calls_and_uncaptured_parents_survive() -> None:
    outer = span("app.handle", trace="1", start=0, end=100, patter__call__id="a")
    # Its own call id differs from its parent's: it is a root of call "b".
    inner = span("getpatter.llm", trace="1", parent=outer, start=1, end=2, patter__call__id="b")
    orphan = span("getpatter.stt", trace="2", parent="9" * 16, start=3, end=4)
    sibling = span("getpatter.endpoint", trace="2", parent="8" * 16, start=5, end=6)
    lines = body(render_snapshot([outer, inner, orphan, sibling]))
    assert lines == [
        "call <call-1>",
        "  app.handle <span-1> [patter.call.id=<call-1>]",
        "",
        "call <call-2>",
        "  getpatter.llm [patter.call.id=<call-2>] parent=<span-1>",
        "",
        "no call id",
        "  getpatter.stt parent=(not captured) trace=<trace-1>",
        "  getpatter.endpoint parent=(not captured) trace=<trace-1>",
    ]


def test_call_ids_replaced_and_calls_sorted_by_content() -> None:
    def call(cid: str, tool: str) -> list[SpanRecord]:
        root = span("getpatter.llm", trace=cid, start=0, end=9, patter__call__id=cid)
        return [root, span("getpatter.tool", trace=cid, parent=root, start=1, end=2, tool=tool)]

    one = render_snapshot(call("fff", "a") + call("aaa", "b") + call("ccc", "c"))
    two = render_snapshot(call("d1", "c") + call("d2", "a") + call("d3", "b"))
    assert one == two
    assert body(one)[:3] == [
        "call <call-1>",
        "  getpatter.llm [patter.call.id=<call-1>]",
        '    getpatter.tool [tool="a"]',
    ]
    for cid in ("fff", "aaa", "ccc"):
        assert cid not in one


def test_call_id_in_other_attributes_and_non_string_call_id() -> None:
    root = span("s", patter__call__id=7, echo="7")
    assert body(render_snapshot([root])) == [
        "call <call-1>",
        "  s [echo=<call-1>, patter.call.id=<call-1:int>]",
    ]


def test_accepts_capture_like_inputs() -> None:
    spans = [span("a", start=0, end=1, patter__call__id="c1"), span("b", start=2, end=3)]
    grouping = group_calls(spans)
    expected = render_snapshot(spans)
    assert render_snapshot(grouping) == expected
    assert render_snapshot(tuple(spans)) == expected
    assert body(render_snapshot(grouping.calls)) == [
        "call <call-1>",
        "  a [patter.call.id=<call-1>]",
    ]
    assert body(render_snapshot(CallTrace("c1", spans[:1]))) == body(
        render_snapshot(grouping.calls)
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"c1": [1]}, "got dict ('c1' maps to a list, not a CallTrace)"),
        (42, "got int"),
        ("spans", "got str"),
        ([object()], "item 0 is a object"),
    ],
)
def test_bad_input_names_the_problem(data: object, message: str) -> None:
    with pytest.raises(TypeError, match=re.escape(message)):
        render_snapshot(data)


# -- normalization -----------------------------------------------------------------------


def test_timestamps_dropped_volatile_values_typed() -> None:
    spans = [
        span(
            "getpatter.llm",
            start=123,
            end=456_789,
            getpatter__llm__ttft_ms=12.5,
            patter__latency__turn_ms=3,
            patter__cost__stt_seconds=1.25,
            patter__llm__iteration=0,
        )
    ]
    assert body(render_snapshot(spans))[-1] == (
        "  getpatter.llm [getpatter.llm.ttft_ms=<float>, patter.cost.stt_seconds=<float>, "
        "patter.latency.turn_ms=<int>, patter.llm.iteration=0]"
    )


def test_runs_differing_only_in_volatile_parts_render_the_same() -> None:
    def run(offset: int, ttft: float, seed: int) -> list[SpanRecord]:
        root = span("r", trace=str(seed), start=offset, end=offset + seed, x_ms=ttft)
        return [root, span("c", trace=str(seed), parent=root, start=offset + 1, end=offset + 2)]

    assert render_snapshot(run(0, 1.5, 3)) == render_snapshot(run(10**9, 99.0, 7))


def test_drop_and_custom_volatile() -> None:
    spans = [span("s", host__name="ci-42", session_start="2026-01-01", keep=1)]
    options = SnapshotOptions(drop=("host.*",), volatile=("session_*",))
    assert body(render_snapshot(spans, options=options))[-1] == (
        "  s [keep=1, session_start=<str>]"
    )


def test_duration_buckets_and_open_spans() -> None:
    spans = [
        span("fast", start=0, end=2_000_000),
        span("mid", start=3_000_000, end=60_000_000),
        span("slow", start=61_000_000, end=400_000_000),
        span("open", start=500_000_000, end=None),
    ]
    plain = body(render_snapshot(spans))
    assert plain[1:] == ["  fast", "  mid", "  slow", "  open (open)"]
    bucketed = body(render_snapshot(spans, options=SnapshotOptions(duration_buckets_ms=(10, 100))))
    assert bucketed[1:] == [
        "  fast (<10ms)",
        "  mid (10-100ms)",
        "  slow (>=100ms)",
        "  open (open)",
    ]


def test_scope_option() -> None:
    record = dataclasses.replace(span("s"), scope=None)
    scoped = dataclasses.replace(span("t", start=20, end=30), scope=ScopeRecord("patter", "1"))
    lines = body(render_snapshot([record, scoped], options=SnapshotOptions(scope=True)))
    assert lines[1:] == ["  s", "  t scope=patter"]
    assert "scope=" not in render_snapshot([record, scoped])


# -- order -------------------------------------------------------------------------------


def test_sequential_siblings_keep_their_order() -> None:
    root = span("llm", start=0, end=100)
    kids = [
        span("llm", parent=root, start=10, end=20, iteration=0),
        span("tool", parent=root, start=21, end=30),
        span("llm", parent=root, start=31, end=40, iteration=1),
        span("tts", parent=root, start=41, end=50),
    ]
    lines = body(render_snapshot([root, *kids]))
    assert lines[2:] == ["    llm [iteration=0]", "    tool", "    llm [iteration=1]", "    tts"]
    structural = body(render_snapshot([root, *kids], options=SnapshotOptions(order="structural")))
    assert structural[2:] == [
        "    llm [iteration=0]",
        "    llm [iteration=1]",
        "    tool",
        "    tts",
    ]


def test_overlapping_siblings_sorted_by_content_whatever_the_timing() -> None:
    def tree(times: list[tuple[int, int]]) -> list[SpanRecord]:
        root = span("llm", start=0, end=1000)
        names = ["tool", "tool", "tts"]
        attrs = [{"tool": "b"}, {"tool": "a"}, {}]
        kids = [
            span(n, parent=root, start=s, end=e, **a)
            for n, a, (s, e) in zip(names, attrs, times, strict=True)
        ]
        return [root, *kids]

    one = render_snapshot(tree([(10, 90), (20, 50), (30, 40)]))
    two = render_snapshot(tree([(30, 95), (10, 60), (12, 20)]))
    assert one == two
    assert body(one)[2:] == ['    tool [tool="a"]', '    tool [tool="b"]', "    tts"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["tool", "tts", "llm"]),
            st.integers(0, 2),
            st.integers(0, 499),
            st.integers(501, 1000),
        ),
        min_size=2,
        max_size=6,
    ),
    st.randoms(use_true_random=False),
)
def test_concurrent_siblings_any_start_and_end_order(
    kids: list[tuple[str, int, int, int]], rnd: random.Random
) -> None:
    # Every child spans t=500, so all of them overlap: their order must not matter.

    def render(times: list[tuple[int, int]]) -> str:
        root = span("root", start=0, end=2000)
        spans = [root]
        for (name, n, _, _), (start, end) in zip(kids, times, strict=True):
            spans.append(span(name, parent=root, start=start, end=end, n=n))
        rnd.shuffle(spans)
        return render_snapshot(spans)

    original = [(s, e) for _, _, s, e in kids]
    shuffled = original[:]
    rnd.shuffle(shuffled)
    assert render(original) == render(shuffled)


def test_several_calls_interleaved_in_time_render_the_same() -> None:
    def call(cid: str, t0: int, step: int) -> list[SpanRecord]:
        root = span("llm", trace=cid, start=t0, end=t0 + 10 * step, patter__call__id=cid)
        return [
            root,
            span("tool", trace=cid, parent=root, start=t0 + step, end=t0 + 2 * step),
            span("tts", trace=cid, parent=root, start=t0 + 3 * step, end=t0 + 4 * step),
        ]

    one = render_snapshot(call("1", 0, 5) + call("2", 1, 7) + call("3", 2, 3))
    two = render_snapshot(call("7", 9, 2) + call("8", 0, 11) + call("9", 4, 1))
    assert one == two


# -- options -----------------------------------------------------------------------------


def test_default_options() -> None:
    options = SnapshotOptions()
    assert options.volatile == DEFAULT_VOLATILE
    assert options.order == "sequence"
    assert options.drop == ()


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"volatile": "*_ms"}, TypeError, "volatile must be a sequence of strings, got str"),
        ({"drop": ["ok", ""]}, TypeError, "drop holds '', not a non-empty string"),
        ({"order": "time"}, ValueError, "order must be one of sequence, structural, got 'time'"),
        ({"duration_buckets_ms": (10, 10)}, ValueError, "must increase, got [10, 10]"),
        ({"duration_buckets_ms": (0,)}, ValueError, "holds 0, not a positive number"),
        ({"duration_buckets_ms": "10"}, TypeError, "sequence of numbers"),
        ({"scope": "yes"}, TypeError, "scope must be a bool"),
    ],
)
def test_bad_options_rejected_at_construction(
    kwargs: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=re.escape(message)):
        SnapshotOptions(**kwargs)  # type: ignore[arg-type]


def test_options_lists_become_tuples_and_hash() -> None:
    options = SnapshotOptions(volatile=["a.*"], drop=["b"])  # type: ignore[arg-type]
    assert options.volatile == ("a.*",)
    assert hash(options) == hash(SnapshotOptions(volatile=("a.*",), drop=("b",)))


def test_configured_extension_classes_are_cached() -> None:
    custom = SnapshotOptions(drop=("x",))
    assert PatterSnapshotExtension.configured(SnapshotOptions()) is PatterSnapshotExtension
    configured = PatterSnapshotExtension.configured(custom)
    assert configured is PatterSnapshotExtension.configured(SnapshotOptions(drop=("x",)))
    assert configured.options == custom
    assert issubclass(configured, PatterSnapshotExtension)
    # Same importable name: an xdist controller re-imports extensions by name.
    assert configured.__qualname__ == "PatterSnapshotExtension"


# -- PII ---------------------------------------------------------------------------------

PHONE = "+1 415 555 0132"


def test_pii_refused_with_masked_finding() -> None:
    spans = [span("getpatter.tool", patter__call__id="c1", user__phone=PHONE)]
    with pytest.raises(SnapshotRefusedError) as info:
        render_snapshot(spans)
    message = str(info.value)
    assert "1 PII finding(s)" in message
    assert "user.phone" in message
    assert re.sub(r"\D", "", PHONE) not in re.sub(r"\D", "", message)
    assert "SnapshotOptions(drop=[...])" in message


@pytest.mark.parametrize(
    ("options", "shown"),
    [
        (SnapshotOptions(drop=("user.*",)), "  getpatter.tool"),
        (SnapshotOptions(volatile=("user.phone",)), "  getpatter.tool [user.phone=<str>]"),
        (SnapshotOptions(pii_allow=("user.phone",)), f'  getpatter.tool [user.phone="{PHONE}"]'),
    ],
)
def test_pii_not_written_is_not_refused(options: SnapshotOptions, shown: str) -> None:
    assert body(render_snapshot([span("getpatter.tool", user__phone=PHONE)], options=options)) == [
        "no call id",
        shown,
    ]


def test_call_id_that_looks_like_pii_is_replaced_not_refused() -> None:
    text = render_snapshot([span("s", patter__call__id=PHONE)])
    assert body(text) == ["call <call-1>", "  s [patter.call.id=<call-1>]"]


# -- format marker -----------------------------------------------------------------------


def test_format_problem() -> None:
    assert format_problem(render_snapshot([span("s")])) is None
    assert format_problem("") is None  # no stored snapshot yet: syrupy says so itself
    old = format_problem("# pytest-patter-trace snapshot, format 0\ncall <call-1>\n")
    assert old is not None
    assert "format 0" in old
    assert f"writes format {FORMAT_VERSION}" in old
    assert "--snapshot-update" in old
    foreign = format_problem("call <call-1>\n  s\n")
    assert foreign is not None
    assert "not written by patter_snapshot" in foreign


def test_diff_lines_flags_format_instead_of_diffing() -> None:
    extension = PatterSnapshotExtension()
    new = render_snapshot([span("s")])
    old = new.replace("format 1", "format 0")
    lines = list(extension.diff_lines(new, old))
    assert len(lines) == 1
    assert "format 0" in lines[0]
    ansi = re.compile(r"\x1b\[[0-9;]*m")
    diff = [ansi.sub("", line) for line in extension.diff_lines(new, new.replace("  s", "  t"))]
    assert "-   t" in diff
    assert "+   s" in diff


def test_extension_serialize_fails_plainly_on_bad_input() -> None:
    extension = PatterSnapshotExtension()
    with pytest.raises(pytest.fail.Exception, match="got dict") as info:
        extension.serialize({"a": 1})
    assert not info.value.pytrace
    with pytest.raises(pytest.fail.Exception, match="exclude=/include="):
        extension.serialize([span("s")], exclude=lambda **_: False)
    assert extension.serialize([span("s")]) == render_snapshot([span("s")])
