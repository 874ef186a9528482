"""Grouping and trees on hostile input: odd values, huge strings, deep chains, parent cycles.

Every case either gives the documented result (checked against a plain reference
implementation) or a clear ``TypeError``; never a ``RecursionError`` or a raw traceback.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pytest
from _builders import span_id, trace_id
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pytest_patter_trace.core._render import MAX_SHOWN
from pytest_patter_trace.core.grouping import DEFAULT_CALL_ID_KEYS, CallTrace, group_calls
from pytest_patter_trace.core.model import SpanRecord

MB = "m" * 2**20
CHAIN = 10_000
KEYS = DEFAULT_CALL_ID_KEYS


# Index n of a generated list is short id n + 1 (the builders' scheme: 0 is no id).
def _tid(n: int) -> str:
    return trace_id(n + 1)


def _sid(n: int) -> str:
    return span_id(n + 1)


# -- reference semantics ----------------------------------------------------------------


def _own(record: SpanRecord, keys: Sequence[str]) -> str | None:
    for key in keys:
        value = record.attributes.get(key)
        if value is not None and value != "":
            return str(value)
    return None


def reference_grouping(records: Sequence[SpanRecord]) -> dict[tuple[str, str], str | None]:
    """Call id per span key, by the documented rules, with plain loops."""
    unique: dict[tuple[str, str], SpanRecord] = {}
    for r in records:
        unique.setdefault(r.key, r)
    out: dict[tuple[str, str], str | None] = {}
    for key, record in unique.items():
        # Nearest call id at or above the span, following parents until a repeat.
        seen: set[tuple[str, str]] = set()
        current: SpanRecord | None = record
        found: str | None = None
        while current is not None and current.key not in seen:
            seen.add(current.key)
            found = _own(current, KEYS)
            if found is not None:
                break
            pid = current.parent_span_id
            current = None if pid is None else unique.get((current.trace_id, pid))
        out[key] = found
    for key, record in unique.items():
        if out[key] is None:
            ids = {_own(r, KEYS) for r in unique.values() if r.trace_id == record.trace_id}
            ids.discard(None)
            if len(ids) == 1:
                out[key] = ids.pop()
    return out


def check_tree(call: CallTrace) -> None:
    """Walk, render and navigate a call; every span exactly once, links consistent."""
    walked = [span for _, span in call.walk()]
    assert sorted(s.key for s in walked) == sorted(s.key for s in call.spans)
    lines = call.tree(durations=False).splitlines()
    assert len(lines) == len(call.spans)
    roots = {r.key for r in call.roots}
    for span in call.spans:
        parent = call.parent(span)
        if span.key in roots:
            assert parent is None
        else:
            assert parent is not None
            assert span in call.children(parent)


# -- strategies -------------------------------------------------------------------------

ODD_VALUES: list[Any] = [
    "a",
    "b",
    "",
    0,
    1,
    -7,
    True,
    False,
    1.5,
    math.nan,
    math.inf,
    -math.inf,
    b"a",
    b"",
    ("a", "b"),
    (1.0, math.nan),
    MB,
]


@st.composite
def span_sets(draw: st.DrawFn) -> list[SpanRecord]:
    count = draw(st.integers(min_value=1, max_value=30))
    traces = draw(st.integers(min_value=1, max_value=3))
    records: list[SpanRecord] = []
    for i in range(count):
        # Any span may be named as parent, itself and later ones included: cycles, self
        # loops and forward references all happen; so do parents that are not there.
        parent = draw(
            st.one_of(
                st.none(),
                st.integers(min_value=0, max_value=count - 1).map(_sid),
                st.just("ffffffffffffffff"),
            )
        )
        attributes: dict[str, Any] = {}
        for key in draw(st.lists(st.sampled_from(KEYS), max_size=2, unique=True)):
            attributes[key] = draw(st.sampled_from(ODD_VALUES))
        for j, value in enumerate(draw(st.lists(st.sampled_from(ODD_VALUES), max_size=3))):
            attributes[f"x.{j}"] = value
        records.append(
            SpanRecord(
                name=draw(st.sampled_from(["s", "getpatter.llm", "getpatter.tts"])),
                trace_id=_tid(draw(st.integers(min_value=0, max_value=traces - 1))),
                span_id=_sid(i),
                parent_span_id=parent,
                start_ns=draw(st.integers(min_value=0, max_value=5)),
                end_ns=draw(st.one_of(st.none(), st.integers(min_value=5, max_value=9))),
                attributes=attributes,
            )
        )
    # Now and then the same span twice (two routes delivered it).
    if draw(st.booleans()):
        records.append(records[draw(st.integers(min_value=0, max_value=count - 1))])
    return records


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(span_sets())
def test_grouping_matches_reference(records: list[SpanRecord]) -> None:
    grouping = group_calls(records)
    expected = reference_grouping(records)
    got: dict[tuple[str, str], str | None] = {}
    for call_id, call in grouping.calls.items():
        assert call.call_id == call_id
        for span in call.spans:
            assert span.key not in got, "a span is in two calls"
            got[span.key] = call_id
        check_tree(call)
    for span in grouping.unattributed:
        assert span.key not in got
        got[span.key] = None
    assert got == expected
    assert grouping.duplicates == len(records) - len(expected)
    if grouping.unattributed:
        check_tree(CallTrace(None, grouping.unattributed))


def test_odd_values_render_without_error() -> None:
    record = SpanRecord(
        name="odd",
        trace_id=_tid(0),
        span_id=_sid(0),
        start_ns=0,
        end_ns=1_000_000,
        attributes={
            "patter.call.id": 42,
            "nan": math.nan,
            "inf": math.inf,
            "ninf": -math.inf,
            "bytes": b"\x00\xff",
            "nested": (1, math.nan, "x"),
            "big": MB,
        },
    )
    grouping = group_calls([record])
    assert list(grouping.calls) == ["42"]
    line = grouping.calls["42"].tree()
    assert "nan=nan" in line
    assert "inf=inf" in line
    assert "ninf=-inf" in line
    assert len(line) < 1_000  # a 1 MB value is shortened, not printed


@pytest.mark.parametrize("name", ["", "two\nlines", MB, "\x00"])
def test_odd_span_names_group_and_render(name: str) -> None:
    records = [
        SpanRecord(
            name=name, trace_id=_tid(0), span_id=_sid(0), attributes={"patter.call.id": "c"}
        ),
        SpanRecord(name=name, trace_id=_tid(0), span_id=_sid(1), parent_span_id=_sid(0)),
    ]
    call = group_calls(records).calls["c"]
    assert [s.name for _, s in call.walk()] == [name, name]
    lines = call.tree(durations=False).splitlines()
    # One line per span whatever the name holds, and never 1 MB of it.
    assert len(lines) == 2
    assert all(len(line) < 2 * MAX_SHOWN for line in lines)
    if name.isprintable() and len(name) < 100:
        assert lines[0].startswith(name)


def _chain(length: int, *, cycle: bool = False) -> list[SpanRecord]:
    # span i's parent is span i-1; with cycle=True the first span's parent is the last.
    return [
        SpanRecord(
            name=f"level-{i}",
            trace_id=_tid(0),
            span_id=_sid(i),
            parent_span_id=_sid(i - 1) if i else (_sid(length - 1) if cycle else None),
            start_ns=i,
            end_ns=i + 1,
            attributes={"patter.call.id": "deep"} if i == 0 else {},
        )
        for i in range(length)
    ]


@pytest.mark.parametrize("cycle", [False, True], ids=["chain", "cycle"])
def test_ten_thousand_levels(cycle: bool) -> None:
    records = _chain(CHAIN, cycle=cycle)
    grouping = group_calls(list(reversed(records)))  # deepest first: the worst order
    assert grouping.unattributed == ()
    call = grouping.calls["deep"]
    assert len(call) == CHAIN
    # In the cycle the earliest span is promoted to root, so the tree is the same chain.
    assert [r.name for r in call.roots] == ["level-0"]
    depths = [depth for depth, _ in call.walk()]
    assert depths == list(range(CHAIN))
    lines = call.tree(durations=False).splitlines()
    assert len(lines) == CHAIN
    assert lines[-1] == "  " * (CHAIN - 1) + f"level-{CHAIN - 1}"
    leaf = call.spans[-1]
    hops = 0
    parent = call.parent(leaf)
    while parent is not None:
        hops += 1
        parent = call.parent(parent)
    assert hops == CHAIN - 1


def test_ten_thousand_levels_contract_and_pii() -> None:
    contract = pytest.importorskip("pytest_patter_trace.checks.contract")
    pii = pytest.importorskip("pytest_patter_trace.checks.pii")
    records = _chain(CHAIN, cycle=True)
    report = contract.check_contract(records)
    assert report.spans_checked == CHAIN
    assert pii.find_pii(records) == []


@pytest.mark.parametrize(
    ("bad", "expected"),
    [
        (None, "got NoneType"),
        ("getpatter.llm", "got str"),
        (42, "got int"),
        ([{"name": "x"}], "item 0 is a dict"),
        ([SpanRecord(name="ok", trace_id=_tid(0), span_id=_sid(0)), "x"], "item 1 is a str"),
    ],
)
def test_not_spans_is_a_clear_type_error(bad: Any, expected: str) -> None:
    with pytest.raises(TypeError, match=expected):
        group_calls(bad)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.none(),
            st.integers(),
            st.floats(allow_nan=True),
            st.text(max_size=5),
            st.binary(max_size=5),
            st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        ),
        min_size=1,
        max_size=5,
    ),
    st.integers(min_value=0, max_value=3),
)
def test_junk_among_spans_names_the_first_bad_item(junk: list[Any], good: int) -> None:
    records: list[Any] = [
        SpanRecord(name="ok", trace_id=_tid(0), span_id=_sid(i)) for i in range(good)
    ]
    with pytest.raises(TypeError, match=rf"item {good} is a {type(junk[0]).__name__}"):
        group_calls(records + junk)
