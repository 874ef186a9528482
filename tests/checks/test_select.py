"""Span selectors, selections and their assertions, on scripted spans."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import replace

import pytest
from _builders import span as build_span
from hypothesis import given, settings
from hypothesis import strategies as st

from pytest_patter_trace.checks.contract import documented_example_trace
from pytest_patter_trace.checks.select import (
    Durations,
    Selection,
    SelectorSyntaxError,
    assert_sequence,
    assert_spans,
    parse_selector,
    percentile,
    select_spans,
)
from pytest_patter_trace.core.errors import PatterTraceAssertion, PatterTraceError
from pytest_patter_trace.core.grouping import CallTrace, group_calls
from pytest_patter_trace.core.model import SpanRecord, StatusRecord

MS = 1_000_000
PHONE = "+1 415 555 0134"
STT = ["getpatter.stt"]


def example(call_id: str = "c-1") -> tuple[SpanRecord, ...]:
    return documented_example_trace(call_id=call_id)


def names(selection: Selection) -> list[str]:
    return [s.name for s in selection]


def span(
    name: str,
    sid: int,
    parent: int | None = None,
    *,
    start: int = 0,
    ms: float = 1.0,
    **attributes: object,
) -> SpanRecord:
    # Starts and lengths in milliseconds; every span is of call c-1.
    return build_span(
        name, sid, parent, start=start * MS, duration=int(ms * MS), call="c-1", **attributes
    )


# -- the grammar ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("selector", "expected"),
    [
        ("getpatter.llm", ["getpatter.llm"] * 3),
        ("getpatter.l*", ["getpatter.llm"] * 3),
        ("getpatter.?t?", ["getpatter.stt", "getpatter.tts", "getpatter.stt", "getpatter.tts"]),
        ("getpatter.call > getpatter.tool", ["getpatter.tool"]),
        ("getpatter.call getpatter.tool", ["getpatter.tool"]),
        ("getpatter.tool > *", []),
        ("getpatter.llm[getpatter.llm.iteration>0]", ["getpatter.llm"]),
        ("getpatter.llm[getpatter.llm.iteration>=0]", ["getpatter.llm"] * 3),
        ("getpatter.llm[getpatter.llm.iteration!=0]", ["getpatter.llm"]),
        ("getpatter.llm[getpatter.llm.ttft_ms<171]", ["getpatter.llm"] * 2),
        ("getpatter.llm[getpatter.llm.ttft_ms<=170]", ["getpatter.llm"] * 2),
        ("*[patter.latency.turn_ms]", ["getpatter.llm"]),
        ("getpatter.llm[!patter.latency.turn_ms]", ["getpatter.llm"] * 2),
        ("*[getpatter.tool.name=lookup_order]", ["getpatter.tool"]),
        ('*[getpatter.tool.name="lookup_order"]', ["getpatter.tool"]),
        ('*[getpatter.tool.name~="^look"]', ["getpatter.tool"]),
        ('*[getpatter.tool.name~="^order"]', []),
        ("*[getpatter.endpoint.silence_ms=300]", ["getpatter.endpoint"]),  # 300.0 == 300
        ('*[getpatter.endpoint.silence_ms="300"]', []),  # a string never equals a number
        ("*[:duration_ms>=900, getpatter.call.id=c-1]", ["getpatter.call", *STT * 2]),
        (
            "getpatter.call > *[:duration_ms>500]",
            ["getpatter.stt", "getpatter.llm", "getpatter.stt"],
        ),
    ],
)
def test_selector_picks(selector: str, expected: list[str]) -> None:
    assert names(select_spans(example(), selector)) == expected


def test_quoted_name_is_exact_and_bare_name_is_a_glob() -> None:
    spans = [span("a*b", 1), span("axb", 2, start=1)]
    assert names(select_spans(spans, "a*b")) == ["a*b", "axb"]
    assert names(select_spans(spans, '"a*b"')) == ["a*b"]


def test_status_and_kind() -> None:
    failed = replace(span("getpatter.tool", 2, start=1), status=StatusRecord("ERROR"))
    client = replace(span("http", 3, start=2), kind="CLIENT")
    spans = [span("getpatter.llm", 1), failed, client]
    assert names(select_spans(spans, "*[:status=ERROR]")) == ["getpatter.tool"]
    assert names(select_spans(spans, "*[:status=error]")) == ["getpatter.tool"]
    assert names(select_spans(spans, "*[:status!=ERROR]")) == ["getpatter.llm", "http"]
    assert names(select_spans(spans, "*[:kind=CLIENT]")) == ["http"]
    # A quoted key is an attribute, never the span's own field.
    assert names(select_spans(spans, '*[":status"]')) == []


def test_arrays_compare_item_by_item() -> None:
    spans = [span("x", 1, tags=("a", "b")), span("y", 2, start=1, tags=("a",))]
    assert names(select_spans(spans, '*[tags=(a, "b")]')) == ["x"]
    assert names(select_spans(spans, "*[tags!=(a, b)]")) == ["y"]


def test_descendant_reaches_below_children() -> None:
    spans = [
        span("root", 1),
        span("mid", 2, 1, start=1),
        span("leaf", 3, 2, start=2),
        span("leaf", 4, start=3),  # a root of its own
    ]
    assert len(select_spans(spans, "root leaf")) == 1
    assert len(select_spans(spans, "root > leaf")) == 0
    assert len(select_spans(spans, "root > mid > leaf")) == 1
    assert len(select_spans(spans, "root  >  mid leaf")) == 1


@pytest.mark.parametrize(
    ("selector", "column", "words"),
    [
        ("", 0, "empty selector"),
        ("   ", 3, "empty selector"),
        ("getpatter.llm[", 13, "unclosed '['"),
        ("getpatter.llm[x", 13, "unclosed '['"),
        ("getpatter.llm[]", 14, "empty block"),
        ("getpatter.llm[x,]", 16, "expected a test after ','"),
        ("getpatter.llm[x y]", 16, "expected ',' or ']'"),
        ("getpatter.llm[x=]", 16, "missing value"),
        ("getpatter.llm[x>abc]", 16, "compares numbers"),
        ('getpatter.llm[x~="("]', 17, "bad regular expression"),
        ("getpatter.llm[x~=1]", 17, "quote it"),
        ("getpatter.llm[:nope=1]", 14, "unknown ':nope'"),
        ("getpatter.llm[:status=BROKEN]", 22, ":status is one of OK, ERROR, UNSET"),
        ("getpatter.llm[:status>1]", 21, ":status compares with = or !="),
        ("getpatter.llm[!x=1]", 14, "takes no comparison"),
        ("getpatter.llm[x][y]", 16, "one [...] block per span"),
        ("getpatter.llm >", 15, "'>' needs a span after it"),
        ("> getpatter.llm", 0, "a child combinator needs a span before it"),
        ('"getpatter.llm', 0, 'unclosed quote "'),
        ('getpatter.llm"x"', 13, "unexpected '\"'"),
        ("getpatter.llm[x>(1, 2)]", 16, "an array value compares with = or !="),
        ("a[x=(1, 2", 4, "unclosed '('"),
        ("a[x=(1, 2]", 9, "expected ',' or ')'"),
    ],
)
def test_malformed_selector_points_at_the_column(selector: str, column: int, words: str) -> None:
    with pytest.raises(SelectorSyntaxError) as caught:
        parse_selector(selector)
    error = caught.value
    assert isinstance(error, ValueError)
    assert isinstance(error, PatterTraceError)
    assert words in str(error)
    assert error.column == column
    # The message ends with the selector and a caret under the column.
    *_, shown, caret = str(error).splitlines()
    assert shown == f"  {selector}"
    assert caret == "  " + " " * column + "^"


def test_selector_must_be_text() -> None:
    with pytest.raises(TypeError, match="a span selector is text, got int"):
        parse_selector(3)  # type: ignore[arg-type]


def test_names_and_values_written_as_in_the_tree_language() -> None:
    # Escapes, quotes and typed values read as parse_tree reads them.
    spans = [
        span("POST /import", 1, note="line\nbreak", flag=True, n=7),
        span("other", 2, start=1, note="true", flag="true"),
    ]
    assert names(select_spans(spans, '"POST /import"[note="line\\nbreak"]')) == ["POST /import"]
    assert names(select_spans(spans, "*[flag=true]")) == ["POST /import"]
    assert names(select_spans(spans, '*[flag="true"]')) == ["other"]
    assert names(select_spans(spans, "*[n=7.0]")) == ["POST /import"]


# -- properties ------------------------------------------------------------------------

NAMES = ("a", "b", "c")


@st.composite
def captures(draw: st.DrawFn) -> list[SpanRecord]:
    """Several calls; each span's parent is an earlier span of its call, or none."""
    out: list[SpanRecord] = []
    for call in range(draw(st.integers(1, 3))):
        size = draw(st.integers(0, 12))
        for i in range(size):
            parent = draw(st.none() | st.integers(0, i - 1)) if i else None
            out.append(
                SpanRecord(
                    name=draw(st.sampled_from(NAMES)),
                    trace_id=f"{call:032x}",
                    span_id=f"{call:08x}{i:08x}",
                    parent_span_id=None if parent is None else f"{call:08x}{parent:08x}",
                    start_ns=i * MS,
                    end_ns=i * MS + draw(st.integers(0, 50)) * MS,
                    attributes={"patter.call.id": f"c{call}", "n": draw(st.integers(0, 3))},
                )
            )
    return out


def ancestors(trace: CallTrace, s: SpanRecord) -> list[SpanRecord]:
    out = []
    up = trace.parent(s)
    while up is not None:
        out.append(up)
        up = trace.parent(up)
    return out


@settings(max_examples=150, deadline=None)
@given(captures(), st.sampled_from(NAMES), st.sampled_from(NAMES), st.integers(0, 3))
def test_selection_properties(spans: list[SpanRecord], a: str, b: str, n: int) -> None:
    grouping = group_calls(spans)
    every = select_spans(spans, "*")
    # "*" returns every span, each call's spans in its order.
    assert every.count() == len(spans)
    assert [s for trace in grouping.traces() for s in trace.spans] == list(every)
    for trace in grouping.traces():
        child = set(map(id, trace.select(f"{a}[n>={n}] > {b}")))
        below = set(map(id, trace.select(f"{a}[n>={n}] {b}")))
        for s in trace.spans:
            up = trace.parent(s)
            parent_ok = up is not None and up.name == a and up.attributes["n"] >= n  # type: ignore[operator]
            any_ok = any(
                x.name == a and x.attributes["n"] >= n  # type: ignore[operator]
                for x in ancestors(trace, s)
            )
            # A child selector never returns a span whose parent does not match, and
            # returns every span whose parent does; likewise for any ancestor.
            assert (id(s) in child) == (s.name == b and parent_ok)
            assert (id(s) in below) == (s.name == b and any_ok)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(0, 1e6, allow_nan=False), min_size=1, max_size=200))
def test_percentiles_agree_with_statistics_quantiles(values: list[float]) -> None:
    durations = Durations(values)
    if len(values) >= 2:
        cuts = statistics.quantiles(values, n=100, method="inclusive")
        assert durations.p50 == cuts[49]
        assert durations.p95 == cuts[94]
        assert durations.p99 == cuts[98]
        assert [durations.percentile(q) for q in range(1, 100)] == cuts
        assert percentile(values, 95) == cuts[94]
    else:
        assert durations.p50 == durations.p95 == durations.p99 == values[0]
    assert durations.max == max(values)


def test_percentiles_of_a_selection_agree_with_statistics_quantiles() -> None:
    spans = [s for c in range(20) for s in slowed(example(f"c-{c}"), c * 37 % 500)]
    llm = select_spans(spans, "getpatter.llm").durations_ms()
    by_hand = [(s.end_ns - s.start_ns) / MS for s in spans if s.name == "getpatter.llm"]  # type: ignore[operator]
    cuts = statistics.quantiles(by_hand, n=100, method="inclusive")
    assert len(llm) == 60
    assert (llm.p50, llm.p95, llm.p99, llm.max) == (cuts[49], cuts[94], cuts[98], max(by_hand))


def test_empty_durations_have_no_figures() -> None:
    empty = Durations([])
    assert (empty.p50, empty.p95, empty.max) == (None, None, None)
    with pytest.raises(ValueError, match="from 1 to 99"):
        empty.percentile(100)


# -- selections ------------------------------------------------------------------------


def test_values_and_per_call() -> None:
    spans = [*example("c-1"), *example("c-2")]
    selection = select_spans(spans, "getpatter.llm[getpatter.llm.iteration=0]")
    assert selection.values("getpatter.llm.history_size") == (2, 6, 2, 6)
    per_call = selection.per_call()
    assert list(per_call) == ["c-1", "c-2"]
    assert [p.count() for p in per_call.values()] == [2, 2]
    assert per_call["c-1"].durations_ms() == [500.0, 500.0]
    # The capture, a call and spans give the same selection.
    call = group_calls(spans).calls["c-2"]
    assert list(call.select("getpatter.tool")) == list(per_call_of(spans, "c-2"))


def per_call_of(spans: Sequence[SpanRecord], cid: str) -> Selection:
    return select_spans(spans, "getpatter.tool").per_call()[cid]


def test_open_spans_have_no_duration() -> None:
    spans = [span("x", 1), replace(span("x", 2, start=1), end_ns=None)]
    durations = select_spans(spans, "x").durations_ms()
    assert list(durations) == [1.0]
    assert durations.open_spans == 1


# -- assert_spans ---------------------------------------------------------------------


def slowed(
    spans: Sequence[SpanRecord], extra_ms: int, name: str = "getpatter.llm"
) -> list[SpanRecord]:
    """The spans with every ``name`` span ``extra_ms`` longer."""
    return [
        replace(s, end_ns=(s.end_ns or 0) + extra_ms * MS) if s.name == name else s for s in spans
    ]


def twenty_calls() -> list[SpanRecord]:
    """20 calls of 2 turns; in 3 of them the LLM is slow, slowest in call c-13."""
    out: list[SpanRecord] = []
    for c in range(20):
        spans = example(f"c-{c:02d}")
        if c in (5, 17):
            spans = tuple(slowed(spans, 1500))
        if c == 13:
            # The slow call's caller left a phone number in the transcript's attributes.
            spans = tuple(
                replace(s, attributes={**s.attributes, "getpatter.stt.text": f"call {PHONE}"})
                if s.name == "getpatter.stt"
                else s
                for s in spans
            )
            spans = tuple(slowed(spans, 2000))
        out.extend(spans)
    return out


def test_assert_spans_passes_and_returns_the_selection() -> None:
    spans = twenty_calls()
    selection = assert_spans(spans, "getpatter.call > getpatter.tool", count=20, max_ms=300)
    assert selection.count() == 20
    assert_spans(spans, "getpatter.llm", min_count=3, max_count=3, per_call=True, p95_ms=3000)


def test_budget_failure_names_the_slowest_turns_spans_masked() -> None:
    spans = twenty_calls()
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_spans(spans, "getpatter.llm", p95_ms=800)
    text = str(caught.value)
    lines = text.splitlines()
    assert lines[0] == "assert_spans('getpatter.llm'): 1 problem"
    assert lines[1] == (
        "- p95 duration 2120.0 ms > p95_ms 800 (60 spans in 20 calls: "
        "p50 500.0, p95 2120.0, p99 2541.0, max 2600.0 ms over 60 spans)"
    )
    assert lines[2] == "slowest first (9 of 9 over 800 ms):"
    # The slowest span first, named with its call and its line in that call's tree.
    assert lines[3].startswith("  call 'c-13' line 6: getpatter.llm [")
    assert lines[3].endswith("(2600.0 ms)")
    turn = lines.index(
        "the slowest span's turn: call 'c-13', turn 1 (its lines of the call's tree, "
        "> the slowest span):"
    )
    listing = lines[turn + 1 :]
    assert [(line[:7], line[7:].split()[0]) for line in listing] == [
        ("    2  ", "getpatter.stt"),
        ("    3  ", "getpatter.endpoint"),
        ("    4  ", "getpatter.llm"),
        ("    5  ", "getpatter.tool"),
        ("  > 6  ", "getpatter.llm"),
        ("    7  ", "getpatter.tts"),
    ]
    # The phone number of that turn is masked, in the listing as everywhere.
    assert PHONE not in text
    assert "415" not in text
    assert isinstance(caught.value, AssertionError)


def test_max_ms_lists_every_span_over_budget() -> None:
    spans = twenty_calls()
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_spans(spans, "getpatter.llm", max_ms=1000)
    text = str(caught.value)
    assert "- 9 spans longer than max_ms 1000 (60 spans in 20 calls:" in text
    assert text.count("call 'c-13' line") == 3
    assert text.count("call 'c-05' line") == 3


def test_count_failure_lists_the_spans_found() -> None:
    spans = example()
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_spans(spans, "getpatter.stt", count=1)
    lines = str(caught.value).splitlines()
    assert lines[1] == "- expected exactly 1 matching span, found 2"
    assert lines[2].startswith("  call 'c-1' line 2: getpatter.stt [")
    assert lines[3].startswith("  call 'c-1' line 8: getpatter.stt [")


def test_per_call_count_names_the_call() -> None:
    spans = [*example("c-1"), *example("c-2")[:-3]]
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_spans(spans, "getpatter.llm", count=3, per_call=True)
    text = str(caught.value)
    assert "- expected exactly 3 matching spans in call 'c-2', found 2" in text
    assert "'c-1'" not in text


def test_nothing_matched_names_the_nearest_span_names() -> None:
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_spans(example(), "getpatter.lm", min_count=1)
    assert "span names present: getpatter.llm, " in str(caught.value)


def test_a_duration_bound_over_nothing_fails() -> None:
    with pytest.raises(PatterTraceAssertion, match="no duration to bound"):
        assert_spans(example(), "getpatter.nothing", max_ms=10)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({}, "needs a bound"),
        ({"count": -1}, "count must be a whole number >= 0"),
        ({"count": 1.5}, "count must be a whole number"),
        ({"max_ms": float("nan")}, "max_ms must be a number of ms >= 0"),
        ({"count": 1, "min_count": 1}, "not both"),
        ({"min_count": 3, "max_count": 1}, "min_count 3 > max_count 1"),
    ],
)
def test_assert_spans_rejects_bad_bounds(kwargs: dict[str, float], words: str) -> None:
    with pytest.raises(ValueError, match=words):
        assert_spans(example(), "getpatter.llm", **kwargs)  # type: ignore[arg-type]


def test_bad_selector_fails_before_anything_is_checked() -> None:
    with pytest.raises(SelectorSyntaxError, match="column 14:"):
        assert_spans(example(), "getpatter.llm[x", count=1)


# -- assert_sequence ------------------------------------------------------------------


def test_sequence_in_every_turn() -> None:
    spans = [*example("c-1"), *example("c-2")]
    assert_sequence(spans, ["getpatter.stt", "getpatter.llm", "getpatter.tts"])
    assert_sequence(spans, ["getpatter.stt", "getpatter.endpoint", "getpatter.llm"])
    steps = ["getpatter.llm[getpatter.llm.iteration=0]", "getpatter.tool"]
    assert_sequence(spans, steps, per_turn=False)
    # Turn 2 has no tool call.
    with pytest.raises(PatterTraceAssertion, match=r"turn 2: no span matches 'getpatter\.tool'"):
        assert_sequence(spans, steps)


def test_sequence_failure_names_call_turn_and_lines() -> None:
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_sequence(example(), ["getpatter.stt", "getpatter.llm", "getpatter.endpoint"])
    lines = str(caught.value).splitlines()
    assert lines[0] == (
        "assert_sequence: expected, in start order, "
        "getpatter.stt -> getpatter.llm -> getpatter.endpoint"
    )
    assert lines[1] == (
        "call 'c-1', turn 1: no span matching 'getpatter.endpoint' starts after "
        "'getpatter.llm' (> line 4, at +1500.0 ms into the turn)"
    )
    # The turn's lines, numbered as in the call's tree, the last step found marked.
    assert [line[:7] for line in lines[2:8]] == [
        "    2  ",
        "    3  ",
        "  > 4  ",
        "    5  ",
        "    6  ",
        "    7  ",
    ]
    assert lines[8].startswith("call 'c-1', turn 2: no span matching 'getpatter.endpoint'")


def test_sequence_reports_a_missing_step() -> None:
    spans = [s for s in example() if not (s.name == "getpatter.tts" and s.start_ns > 5e18)]
    spans = [s for s in spans if s.span_id != "a35c20cfe7a9b7b1"]
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_sequence(spans, ["getpatter.stt", "getpatter.llm", "getpatter.tts"])
    text = str(caught.value)
    assert "call 'c-1', turn 2: no span matches 'getpatter.tts'\n" in text
    assert "turn 1" not in text


def test_sequence_over_a_whole_call() -> None:
    assert_sequence(example(), ["getpatter.tts", "getpatter.stt"], per_turn=False)
    with pytest.raises(
        PatterTraceAssertion, match=r"no span matching 'getpatter\.stt' starts after"
    ):
        assert_sequence(example(), ["getpatter.bargein", "getpatter.stt"], per_turn=False)


def test_sequence_needs_a_list() -> None:
    with pytest.raises(ValueError, match="a list of steps"):
        assert_sequence(example(), "getpatter.stt")
    with pytest.raises(ValueError, match="a list of steps"):
        assert_sequence(example(), [])


def test_a_long_turn_is_listed_around_the_slowest_span() -> None:
    spans = [span("root", 1)]
    spans += [span("x", i, 1, start=i, ms=50 if i == 70 else 1) for i in range(2, 202)]
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_spans(spans, "x", max_ms=10)
    lines = str(caught.value).splitlines()
    turn = next(i for i, line in enumerate(lines) if line.startswith("the slowest span's turn"))
    listing = lines[turn + 1 :]
    assert listing[0] == "    ... 49 lines above"
    assert listing[-1] == "    ... 112 lines below"
    assert len(listing) == 42
    assert "  >  70    x [patter.call.id]" in listing


def test_p95_broken_and_max_kept_lists_spans_over_the_p95_bound() -> None:
    spans = twenty_calls()
    with pytest.raises(PatterTraceAssertion) as caught:
        assert_spans(spans, "getpatter.llm", p95_ms=800, max_ms=5000)
    lines = str(caught.value).splitlines()
    assert lines[0] == "assert_spans('getpatter.llm'): 1 problem"
    assert lines[2] == "slowest first (9 of 9 over 800 ms):"
