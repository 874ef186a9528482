"""Matching span trees against expectations, and what a mismatch says."""

from __future__ import annotations

import itertools
import re
import textwrap
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from _paths import DOCS
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from pytest_patter_trace import TreeText
from pytest_patter_trace.checks.tree import (
    ExpectedSpan,
    TreeExpectation,
    assert_call_tree,
    assertrepr_compare,
    call_tree_text,
    parse_tree,
)
from pytest_patter_trace.core import _render
from pytest_patter_trace.core.grouping import CallTrace
from pytest_patter_trace.core.model import SpanRecord, freeze_attributes

TRACE_ID = "0" * 31 + "1"


@dataclass
class N:
    """A span to build: name, attributes, children (in start order)."""

    name: str
    attrs: dict[str, object] = field(default_factory=dict)
    kids: list[N] = field(default_factory=list)


def T(name: str, *rest: dict[str, object] | N) -> N:
    attrs: dict[str, object] = {}
    kids: list[N] = []
    for part in rest:
        if isinstance(part, N):
            kids.append(part)
        else:
            attrs.update(part)
    return N(name, attrs, kids)


def records(roots: list[N]) -> list[SpanRecord]:
    """Depth-first records; start times follow the list order, children after parents."""
    out: list[SpanRecord] = []
    counter = itertools.count(1)
    stack: list[tuple[N, str | None]] = [(r, None) for r in reversed(roots)]
    while stack:
        node, parent = stack.pop()
        i = next(counter)
        sid = f"{i:016x}"
        out.append(
            SpanRecord(
                name=node.name,
                trace_id=TRACE_ID,
                span_id=sid,
                parent_span_id=parent,
                start_ns=i * 10,
                end_ns=i * 10 + 5,
                attributes=freeze_attributes(node.attrs),
            )
        )
        stack.extend((k, sid) for k in reversed(node.kids))
    return out


def call(*roots: N) -> CallTrace:
    return CallTrace("c1", records(list(roots)))


def matches(text: str, *roots: N) -> bool:
    exp = parse_tree(text)
    result = exp.matches(call(*roots))
    # The explanation and the verdict always agree.
    assert (exp.mismatch(call(*roots)) is None) == result
    return result


def failure(text: str, *roots: N) -> str:
    with pytest.raises(AssertionError) as info:
        assert_call_tree(call(*roots), text)
    return str(info.value)


CID = {"patter.call.id": "c1"}


def tool_turn() -> list[N]:
    """The shape getpatter 0.7.0 emits for a tool turn."""
    return [
        T("getpatter.stt", {"getpatter.stt.text_len": 2}, CID),
        T("getpatter.endpoint", CID),
        T(
            "getpatter.llm",
            CID,
            T("getpatter.llm", {"patter.llm.iteration": 0, "patter.llm.history_size": 0}, CID),
            T(
                "getpatter.tool",
                {"patter.tool.name": "lookup_order", "patter.tool.transport": "handler"},
                CID,
            ),
            T("getpatter.llm", {"patter.llm.iteration": 1, "patter.llm.history_size": 0}, CID),
            T("getpatter.tts", {"getpatter.tts.text_len": 26}, CID),
        ),
    ]


TOOL_TURN = """
    getpatter.stt
    getpatter.endpoint
    getpatter.llm
      getpatter.llm [patter.llm.iteration=0]
      getpatter.tool [patter.tool.name=lookup_order]
      getpatter.llm [patter.llm.iteration=1]
      getpatter.tts
"""


# --- structure -----------------------------------------------------------------------------


def test_tool_turn_matches() -> None:
    assert_call_tree(call(*tool_turn()), TOOL_TURN)
    assert_call_tree(call(*tool_turn()), parse_tree(TOOL_TURN))


def test_top_level_is_the_roots_strictly() -> None:
    assert matches("a\nb", T("a"), T("b"))
    assert not matches("a", T("a"), T("b"))
    assert not matches("a\nb\nc", T("a"), T("b"))
    assert not matches("b\na", T("a"), T("b"))  # start order matters


def test_a_line_without_child_lines_means_no_children() -> None:
    assert matches("a", T("a"))
    assert not matches("a", T("a", T("b")))


def test_a_lone_dots_child_line_means_any_children() -> None:
    assert matches("a\n  ...", T("a", T("b", T("c")), T("d")))
    assert matches("a\n  ...", T("a"))


def test_children_are_strict_at_their_level() -> None:
    assert matches("a\n  b\n  c", T("a", T("b"), T("c")))
    assert not matches("a\n  b", T("a", T("b"), T("c")))
    assert not matches("a\n  b\n  c", T("a", T("b")))


@pytest.mark.parametrize(
    ("pattern", "names", "ok"),
    [
        ("...", "", True),
        ("...", "abc", True),
        ("...\nb", "ab", True),
        ("...\nb", "ba", False),
        ("b\n...", "bac", True),
        ("a\n...\nc", "ac", True),
        ("a\n...\nc", "abbbc", True),
        ("a\n...\nc", "abbb", False),
        ("...\nb\n...\nb\n...", "abcb", True),
        ("...\nb\n...\nb\n...", "abc", False),
        ("...\n...", "ab", True),
    ],
)
def test_dots_match_any_run_anywhere(pattern: str, names: str, ok: bool) -> None:
    assert matches(pattern, *(T(n) for n in names)) is ok


def test_spans_skipped_by_dots_are_not_checked_inside() -> None:
    assert matches("...\nb", T("a", T("x", T("y"))), T("b"))


def test_siblings_with_equal_start_times_are_ordered_by_name_then_ids() -> None:
    spans = [
        SpanRecord("b", TRACE_ID, "0000000000000002", start_ns=5),
        SpanRecord("a", TRACE_ID, "0000000000000003", start_ns=5),
        SpanRecord("a", TRACE_ID, "0000000000000001", start_ns=5, attributes={"n": 1}),
    ]
    assert_call_tree(spans, "a [n=1]\na\nb")
    assert_call_tree(list(reversed(spans)), "a [n=1]\na\nb")


# --- quantifiers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "names", "ok"),
    [
        ("a+", "a", True),
        ("a+", "aaa", True),
        ("a+", "", False),
        ("a*", "", True),
        ("a*\nb", "b", True),
        ("a?\nb", "ab", True),
        ("a?\nb", "aab", False),
        ("a{2}", "aa", True),
        ("a{2}", "aaa", False),
        ("a{0}\nb", "b", True),
        ("a{2,3}", "a", False),
        ("a{2,3}", "aaa", True),
        ("a{2,3}", "aaaa", False),
        ("a{2,}", "aaaaa", True),
        ("a{2,}", "a", False),
        # Backtracking: a greedy first line must give spans back to the next one.
        ("a*\na", "aa", True),
        ("a+\na{2}", "aaa", True),
        ("a+\na{2}", "aa", False),
        ("a*\nb?\na", "aba", True),
        ("...\na{2}\n...", "babaab", True),
        ("...\na{3}\n...", "babaab", False),
    ],
)
def test_quantifiers(pattern: str, names: str, ok: bool) -> None:
    assert matches(pattern, *(T(n) for n in names)) is ok


def test_quantified_line_checks_each_spans_children() -> None:
    assert matches("a+\n  b", T("a", T("b")), T("a", T("b")))
    assert not matches("a+\n  b", T("a", T("b")), T("a", T("c")))


def test_quantifier_with_filters() -> None:
    turn = [T("t", {"n": "x"}), T("t", {"n": "x"}), T("t", {"n": "y"})]
    assert matches("t [n=x]+\nt [n=y]", *turn)
    assert not matches("t [n=x]+", *turn)


def test_no_exponential_blowup() -> None:
    spans = [T("a")] * 300 + [T("c")]
    started = time.perf_counter()
    assert not matches("a*\na*\na*\na*\na*\n...\na*\nb", *spans)
    assert time.perf_counter() - started < 2.0


# --- attribute filters ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filter_text", "value", "ok"),
    [
        ("k", 0, True),
        ("k", "", True),
        ("k", False, True),
        ("j", 0, False),
        ("k=3", 3, True),
        ("k=3", 3.0, True),
        ("k=3.0", 3, True),
        ("k=3", 4, False),
        ("k=3", "3", False),
        ('k="3"', "3", True),
        ('k="3"', 3, False),
        ("k=1", True, False),
        ("k=true", True, True),
        ("k=true", 1, False),
        ("k=true", "true", False),
        ("k=false", False, True),
        ("k=x", "x", True),
        ("k=x", "X", False),
        ('k="a b"', "a b", True),
        ("k=x", ("x",), False),
        ("k=-1.5", -1.5, True),
    ],
)
def test_filters(filter_text: str, value: object, ok: bool) -> None:
    assert matches(f"a [{filter_text}]", T("a", {"k": value})) is ok


def test_unlisted_attributes_are_ignored() -> None:
    assert matches("a [k=1]", T("a", {"k": 1, "other": "x"}))


def test_several_filters_all_must_hold() -> None:
    assert matches("a [k=1, j]", T("a", {"k": 1, "j": 2}))
    assert not matches("a [k=1, j]", T("a", {"k": 1}))


# --- inputs --------------------------------------------------------------------------------


def test_accepts_records_call_traces_and_sdk_spans() -> None:
    assert_call_tree(records(tool_turn()), TOOL_TURN)

    class Capture:
        spans = tuple(records(tool_turn()))

    assert_call_tree(Capture(), TOOL_TURN)

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("t")
    with (
        tracer.start_as_current_span("root", attributes={"k": 1}),
        tracer.start_as_current_span("child"),
    ):
        pass
    provider.shutdown()
    assert_call_tree(exporter.get_finished_spans(), "root [k=1]\n  child")


def test_malformed_expectation_fails_before_anything_is_compared() -> None:
    with pytest.raises(ValueError, match="line 2: indented by 1 space;"):
        assert_call_tree(123, "a\n b")  # type: ignore[arg-type]


def test_bad_trace_input() -> None:
    with pytest.raises(TypeError, match="got int"):
        assert_call_tree(123, "a")  # type: ignore[arg-type]


def test_call_tree_text() -> None:
    trace = call(*tool_turn())
    assert call_tree_text(trace) == trace.tree(durations=False)
    assert call_tree_text(records(tool_turn())) == trace.tree(durations=False)


# --- failure messages ----------------------------------------------------------------------


def test_message_wrong_attribute_value_full_text() -> None:
    text = TOOL_TURN.replace("lookup_order", "refund")
    assert failure(text, *tool_turn()) == textwrap.dedent(
        """\
        span tree does not match: span 'getpatter.tool': attribute 'patter.tool.name' is 'lookup_order', expected 'refund'
          expected line 6: getpatter.tool [patter.tool.name=refund]
          actual line 5:   getpatter.tool [patter.call.id, patter.tool.name=lookup_order, patter.tool.transport=handler]

        expected:
          2  getpatter.stt
          3  getpatter.endpoint
          4  getpatter.llm
          5    getpatter.llm [patter.llm.iteration=0]
        > 6    getpatter.tool [patter.tool.name=refund]
          7    getpatter.llm [patter.llm.iteration=1]
          8    getpatter.tts

        actual (call 'c1', 7 spans):
          1  getpatter.stt [getpatter.stt.text_len=2, patter.call.id]
          2  getpatter.endpoint [patter.call.id]
          3  getpatter.llm [patter.call.id]
          4    getpatter.llm [patter.call.id, patter.llm.history_size=0, patter.llm.iteration=0]
        > 5    getpatter.tool [patter.call.id, patter.tool.name=lookup_order, patter.tool.transport=handler]
          6    getpatter.llm [patter.call.id, patter.llm.history_size=0, patter.llm.iteration=1]
          7    getpatter.tts [getpatter.tts.text_len=26, patter.call.id]"""  # noqa: E501
    )


def first_line(text: str, *roots: N) -> str:
    return failure(text, *roots).splitlines()[0].removeprefix("span tree does not match: ")


def test_message_attribute_absent_and_type_differs() -> None:
    reason = first_line("a [k=1, j, m=2]", T("a", {"k": "1", "m": 2}))
    assert reason == "span 'a': attribute 'k' is the string '1', expected the number 1; " + (
        "attribute 'j' is absent"
    )
    assert first_line("a [k=true]", T("a", {"k": 1})) == (
        "span 'a': attribute 'k' is the number 1, expected the boolean true"
    )
    assert first_line("a [k=4]", T("a", {"k": 3})) == "span 'a': attribute 'k' is 3, expected 4"


def test_message_missing_span() -> None:
    assert first_line("a\nb", T("a")) == (
        "missing span 'b' (line 2): the trace has no more root spans"
    )
    assert first_line("a\n  b", T("a")) == (
        "missing span 'b' (line 2): 'a' (actual line 1) has no children"
    )
    assert first_line("a\n  b\n  c", T("a", T("b"))) == (
        "missing span 'c' (line 3): 'a' (actual line 1) has no more children"
    )
    assert first_line("a{3}", T("a"), T("a")) == (
        "expected 3 spans for 'a{3}' (line 1), found 2: the trace has no more root spans"
    )


def test_message_unexpected_span() -> None:
    assert first_line("a", T("a"), T("b")) == (
        "unexpected root span 'b': the expectation lists no more root spans (add a line for "
        "it, or a '...' line to allow any spans there)"
    )
    assert first_line("a\n  b", T("a", T("b"), T("c"))) == (
        "unexpected span 'c' under 'a' (actual line 1): the expectation lists no more "
        "children for it (add a line for it, or a '...' line to allow any spans there)"
    )
    assert first_line("a\nc", T("a"), T("b"), T("c")) == (
        "unexpected span 'b': expected 'c' (line 2)"
    )
    assert first_line("a?\nc?\nd", T("b")) == (
        "unexpected span 'b': expected 'a?' (line 1) or 'c?' (line 2) or 'd' (line 3)"
    )
    assert first_line("a{2}", T("a"), T("a"), T("a")) == (
        "unexpected root span 'a': the expectation lists no more root spans (add a line for "
        "it, or a '...' line to allow any spans there); line 1 'a{2}' allows at most 2"
    )
    assert first_line("a{2}\nb", T("a"), T("c")) == (
        "unexpected span 'c': expected 'a{2}' (line 1, 1 found so far)"
    )


def test_message_children_on_a_leaf_line_explains_the_rule() -> None:
    message = failure("a\nb", T("a", T("x")), T("b"))
    assert message.splitlines()[:3] == [
        "span tree does not match: unexpected child 'x' under 'a': expected line 1 has no "
        "child lines, which means no children (indent a '...' line under it to allow any)",
        "  expected line 1: a",
        "  actual line 2:   x",
    ]


def test_message_points_inside_the_span_that_was_meant() -> None:
    # The llm line matches by name and attributes; the fault is among its children.
    reason = first_line(TOOL_TURN.replace("getpatter.tool [", "getpatter.tts ["), *tool_turn())
    assert reason == (
        "unexpected span 'getpatter.tool': expected "
        "'getpatter.tts [patter.tool.name=lookup_order]' (line 6)"
    )


def test_message_prefers_the_near_miss_over_skipping_dots() -> None:
    reason = first_line("...\nb [k=1]\n...", T("a"), T("b", {"k": 2}), T("c"))
    assert reason == "span 'b': attribute 'k' is 2, expected 1"
    assert first_line("...\nz", T("a"), T("b")) == (
        "missing span 'z' (line 2): none of the root spans matches it "
        "('...' on line 1 skipped all 2)"
    )


def test_count_mismatch_after_dots_says_what_was_found() -> None:
    # With '...' before a quantified line the count is still the news, not "no more
    # children" while the parent has some.
    spans = (T("a"), T("tool"), T("tool"), T("tts"))
    expected = (
        "expected 3 spans for 'tool{3}' (line 2), found 2 in a row among the root spans, "
        "at actual lines 2-3; the '...' on line 1 skips spans before them, not between them"
    )
    assert first_line("...\ntool{3}", *spans) == expected
    assert first_line("...\ntool{3}\n...", *spans) == expected
    assert first_line("...\ntool{2}", *spans) == (
        "unexpected span 'tts' after 'tool{2}' (line 2, actual lines 2-3): the expectation "
        "lists no more spans there (add a line for it, or a '...' line to allow any spans "
        "there)"
    )


def test_message_on_empty_trace() -> None:
    message = failure("a", *[])
    assert message.splitlines()[0] == (
        "span tree does not match: missing span 'a' (line 1): the trace has no more root spans"
    )
    assert message.splitlines()[-2:] == ["actual (call 'c1', 0 spans):", "  (no spans)"]


def test_message_masks_pii(monkeypatch: pytest.MonkeyPatch) -> None:
    def redact(key: str, value: object) -> object:
        return "<phone>" if key == "caller" else value

    monkeypatch.setattr(_render, "redact", redact)
    message = failure("a [caller=x]", T("a", {"caller": "+14155550100"}))
    assert "+14155550100" not in message
    assert "attribute 'caller' is '<phone>', expected 'x'" in message
    assert "a [caller=<phone>]" in message


def test_message_windows_a_long_tree() -> None:
    roots = [T("s", {"i": i}) for i in range(500)]
    message = failure("s+\nt", *roots)
    assert len(message.splitlines()) < 60
    assert "... 484 lines above" in message
    assert "> 500  s [i=499]" in message


# --- deep and wide traces ------------------------------------------------------------------


def chain(depth: int, *, leaf: str = "s") -> list[SpanRecord]:
    spans = []
    parent = None
    for i in range(depth):
        sid = f"{i + 1:016x}"
        name = leaf if i == depth - 1 else "s"
        spans.append(SpanRecord(name, TRACE_ID, sid, parent, start_ns=i))
        parent = sid
    return spans


def test_ten_thousand_levels_deep_trace() -> None:
    spans = chain(10_000)
    assert_call_tree(spans, "s\n  ...")
    with pytest.raises(AssertionError) as info:
        assert_call_tree(spans, "s\n  s\n    t")
    lines = str(info.value).splitlines()
    assert lines[0] == "span tree does not match: unexpected span 's': expected 't' (line 3)"
    assert len(lines) < 60


def test_deep_expectation_without_recursion() -> None:
    depth = 1500  # deeper than Python's default recursion limit
    text = "\n".join("  " * d + "s" for d in range(depth))
    assert_call_tree(chain(depth), text)
    with pytest.raises(AssertionError, match="expected 's' \\(line 1500\\)"):
        assert_call_tree(chain(depth, leaf="x"), text)


def test_wide_level() -> None:
    spans = [SpanRecord("a", TRACE_ID, f"{i + 1:016x}", start_ns=i) for i in range(5000)]
    assert_call_tree(spans, "a+")
    assert_call_tree(spans, "...\na{2}")
    with pytest.raises(AssertionError, match="unexpected root span 'a'"):
        assert_call_tree(spans, "a{4999}")


# --- generated trees -----------------------------------------------------------------------

_keys = st.sampled_from(["k", "patter.call.id", "n.count", "odd key"])
_values = st.one_of(
    st.integers(-1000, 1000),
    st.booleans(),
    st.floats(-1e6, 1e6, allow_nan=False),
    st.text(alphabet="ab 3#,]=\"'\\", max_size=5),
)
_span_names = st.sampled_from(["a", "b", "getpatter.llm", "x y"])


def _nodes(depth: int = 0) -> st.SearchStrategy[list[N]]:
    node = st.builds(
        N,
        _span_names,
        st.dictionaries(_keys, _values, max_size=3),
        _nodes(depth + 1) if depth < 3 else st.just([]),
    )
    return st.lists(node, max_size=2 if depth else 4)


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    assert isinstance(value, str)
    return _quote(value)


def render_dsl(trace: CallTrace) -> str:
    """Every span with every attribute as an equality filter: the tightest expectation."""
    lines = []
    for depth, span in trace.walk():
        filters = ", ".join(f"{_quote(k)}={_value(v)}" for k, v in span.attributes.items())
        lines.append("  " * depth + _quote(span.name) + (f" [{filters}]" if filters else ""))
    return "\n".join(lines)


def _all(roots: list[N]) -> Iterator[tuple[list[N], int]]:
    """(sibling list, index) for every node."""
    stack = [roots]
    while stack:
        level = stack.pop()
        for i, node in enumerate(level):
            yield level, i
            stack.append(node.kids)


def _changed(value: object) -> object:
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return str(value)  # same digits, other type
    if isinstance(value, float):
        return value + 1.0
    assert isinstance(value, str)
    return value + "x"


@settings(max_examples=60, deadline=None)
@given(_nodes().filter(bool))
def test_rendered_tree_matches_itself(roots: list[N]) -> None:
    trace = call(*roots)
    assert_call_tree(trace, render_dsl(trace))


@settings(max_examples=80, deadline=None)
@given(_nodes(), st.data())
def test_a_single_mutation_never_matches(roots: list[N], data: st.DataObject) -> None:
    expectation = parse_tree(render_dsl(call(*roots))) if roots else None
    places = list(_all(roots))
    kinds = ["add"]
    if places:
        kinds += ["rename", "drop", "swap"]
    if any(level[i].attrs for level, i in places):
        kinds += ["change", "remove-attribute"]
    kind = data.draw(st.sampled_from(kinds))
    if kind == "add":
        targets = [roots] + [level[i].kids for level, i in places]
        level = data.draw(st.sampled_from(targets))
        level.insert(data.draw(st.integers(0, len(level))), N("new"))
    else:
        with_attrs = [(lv, i) for lv, i in places if lv[i].attrs]
        pool = with_attrs if kind in ("change", "remove-attribute") else places
        level, i = data.draw(st.sampled_from(pool))
        node = level[i]
        if kind == "rename":
            node.name += "2"
        elif kind == "drop":
            del level[i]
        elif kind == "swap":
            assume(i + 1 < len(level))
            a, b = level[i], level[i + 1]
            assume(render_dsl(call(a)) != render_dsl(call(b)))
            level[i], level[i + 1] = b, a
        else:
            key = data.draw(st.sampled_from(sorted(node.attrs)))
            if kind == "change":
                node.attrs[key] = _changed(node.attrs[key])
            else:
                del node.attrs[key]
    mutated = call(*roots)
    if expectation is None:  # the empty trace has no expectation text; any span is new
        assert len(mutated) == 1
        return
    found = expectation.mismatch(mutated)
    assert found is not None, kind
    assert found.message.startswith("span tree does not match: ")
    assert not expectation.matches(mutated)


@settings(max_examples=60, deadline=None)
@given(_nodes().filter(bool), st.data())
def test_relaxing_an_expectation_keeps_the_match(roots: list[N], data: st.DataObject) -> None:
    trace = call(*roots)
    lines = render_dsl(trace).splitlines()
    at = data.draw(st.integers(0, len(lines) - 1))
    depth = (len(lines[at]) - len(lines[at].lstrip())) // 2
    how = data.draw(st.sampled_from(["dots-before", "dots-after", "quantifier", "drop-filters"]))
    if how == "dots-before":
        lines.insert(at, "  " * depth + "...")
    elif how == "dots-after":
        end = at + 1
        while end < len(lines) and len(lines[end]) - len(lines[end].lstrip()) > depth * 2:
            end += 1
        lines.insert(end, "  " * depth + "...")
    elif how == "quantifier":
        lines[at] += data.draw(st.sampled_from(["+", "*", "?", "{1}", "{0,2}", "{1,}"]))
    else:
        lines[at] = lines[at].split(" [")[0]
    assert_call_tree(trace, "\n".join(lines))


@settings(max_examples=60, deadline=None)
@given(_nodes().filter(bool))
def test_runs_of_equal_siblings_collapse_into_a_count(roots: list[N]) -> None:
    trace = call(*roots)
    exp = parse_tree(render_dsl(trace))

    def collapse(level: tuple[ExpectedSpan, ...]) -> list[ExpectedSpan]:
        out: list[tuple[ExpectedSpan, int]] = []
        for node in level:
            kids = tuple(collapse(node.children))  # type: ignore[arg-type]
            node = ExpectedSpan(node.name, node.filters, 1, 1, kids)
            if out and str(TreeExpectation([out[-1][0]])) == str(TreeExpectation([node])):
                out[-1] = (out[-1][0], out[-1][1] + 1)
            else:
                out.append((node, 1))
        return [ExpectedSpan(n.name, n.filters, c, c, n.children) for n, c in out]

    collapsed = TreeExpectation(collapse(exp.roots))  # type: ignore[arg-type]
    assert collapsed.matches(trace)


_letters = st.sampled_from("ab")
_quants = st.sampled_from(["", "+", "*", "?", "{2}", "{0,2}", "{1,}"])


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.one_of(st.tuples(_letters, _quants), st.just(("...", ""))), min_size=1),
    st.text(alphabet="ab", max_size=8),
)
def test_sibling_matching_agrees_with_regular_expressions(
    items: list[tuple[str, str]], names: str
) -> None:
    pattern = "\n".join(name + quant for name, quant in items)
    regex = "".join(".*" if name == "..." else name + quant for name, quant in items)
    assert matches(pattern, *(T(n) for n in names)) is bool(re.fullmatch(regex, names))


# --- assertrepr_compare --------------------------------------------------------------------

ACTUAL = call(*tool_turn()).tree(durations=False)


@pytest.mark.parametrize(
    ("op", "left", "right"),
    [
        ("!=", ACTUAL, ACTUAL + "x"),
        ("==", ACTUAL, 3),
        ("==", 3, ACTUAL),
        ("==", "hello", "world"),
        ("==", "hello\nworld", "hello\nthere"),  # two lines, but nothing tree-like
        ("==", ACTUAL, "not a tree at all"),
        ("==", ACTUAL, "a\n   b"),  # malformed indentation: not a tree
        ("==", ["a"], ["b"]),
        ("==", "a\n  b", "a\n  c"),  # tree-like, but neither side is our TreeText
    ],
)
def test_assertrepr_ignores_what_is_not_its_own(op: str, left: object, right: object) -> None:
    assert assertrepr_compare(op, left, right) is None


def test_assertrepr_diff_marks_the_first_difference() -> None:
    other = ACTUAL.replace("tool.name=lookup_order", "tool.name=refund")
    out = assertrepr_compare("==", ACTUAL, other)
    assert out is not None
    assert out[:4] == [
        "span trees differ, first at left line 5 / right line 5",
        "  left line 5:    getpatter.tool [patter.call.id, patter.tool.name=lookup_order, "
        "patter.tool.transport=handler]",
        "  right line 5:   getpatter.tool [patter.call.id, patter.tool.name=refund, "
        "patter.tool.transport=handler]",
        "note: same span names and shape; only attributes differ (assert_call_tree(call, "
        "text) checks just the attributes a pattern lists)",
    ]
    assert out[5:10] == [
        "    getpatter.stt [getpatter.stt.text_len=2, patter.call.id]",
        "    getpatter.endpoint [patter.call.id]",
        "    getpatter.llm [patter.call.id]",
        "      getpatter.llm [patter.call.id, patter.llm.history_size=0, patter.llm.iteration=0]",
        "  -   getpatter.tool [patter.call.id, patter.tool.name=lookup_order, "
        "patter.tool.transport=handler]   <-- first difference",
    ]
    assert all("\n" not in line for line in out)


def test_assertrepr_with_durations_and_missing_lines() -> None:
    left = call(*tool_turn()).tree()
    right = "\n".join(left.splitlines()[:-1])
    out = assertrepr_compare("==", left, right)
    assert out is not None
    assert out[0] == "span trees differ, first at left line 7 / right line 7"
    assert out[2] == "  right: (no more lines)"


def test_assertrepr_whitespace_only() -> None:
    indented = textwrap.indent("\n" + ACTUAL + "\n", "        ")
    assert assertrepr_compare("==", ACTUAL, indented) == [
        "span trees are equal apart from indentation or blank lines around them",
        "hint: dedent the expected text, e.g. textwrap.dedent(text).strip()",
    ]


def test_assertrepr_hints_at_patterns() -> None:
    out = assertrepr_compare("==", ACTUAL, textwrap.dedent(TOOL_TURN) + "  ...\n")
    assert out is not None
    assert (
        "hint: the right text uses span-tree pattern syntax ('...', quantifiers or comments), "
        "which == compares literally; use assert_call_tree(call, text)"
    ) in out


def test_assertrepr_claims_error_status_and_odd_values() -> None:
    left = TreeText("app [k=('a', 'b')]  (1.0 ms)\n  child !ERROR  (open)")
    right = "app [k=('a', 'c')]  (1.0 ms)\n  child !ERROR  (open)"
    out = assertrepr_compare("==", left, right)
    assert out is not None
    assert out[0] == "span trees differ, first at left line 1 / right line 1"


# --- the documentation's examples are run, so they cannot rot ------------------------------

DOC = DOCS / "tree-dsl.md"


def doc_blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def doc_example(name: str) -> str:
    found = re.search(
        rf"<!-- example: {name} -->\n```text\n(.*?)\n```", DOC.read_text(encoding="utf-8"), re.S
    )
    assert found is not None, name
    return found.group(1)


def test_doc_expectations_parse() -> None:
    blocks = doc_blocks("tree")
    assert len(blocks) == 2
    for block in blocks:
        parse_tree(block)


def test_doc_python_example_expectation_matches_the_tool_turn() -> None:
    (block,) = doc_blocks("python")
    text = re.search(r'"""\n(.*?)"""', block, re.S)
    assert text is not None
    assert_call_tree(call(*tool_turn()), text.group(1))


def test_doc_failure_example() -> None:
    assert failure(TOOL_TURN.replace("lookup_order", "refund"), *tool_turn()) == (
        doc_example("failure")
    )


def test_doc_malformed_example() -> None:
    with pytest.raises(ValueError, match="unknown quantifier") as info:
        parse_tree("getpatter.llm\n  getpatter.tool{2,1}")
    assert str(info.value) == doc_example("malformed")


def test_doc_assertrepr_example() -> None:
    out = assertrepr_compare("==", ACTUAL, ACTUAL.replace("name=lookup_order", "name=refund"))
    assert out is not None
    assert "\n".join(out) == doc_example("assertrepr")
