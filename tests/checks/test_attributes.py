"""assert_required_attributes, type rules and near-miss spellings."""

from __future__ import annotations

import pytest
from _builders import span as build_span
from _builders import span_id

from pytest_patter_trace.checks.attributes import (
    AttributeSpec,
    Violation,
    assert_required_attributes,
    check_required_attributes,
    check_value,
    match_misspellings,
    near_miss,
    type_matches,
    type_name,
)
from pytest_patter_trace.core import _render
from pytest_patter_trace.core.model import SpanRecord


def span(name: str, sid: str, call: str | None = "c1", **attrs: object) -> SpanRecord:
    # getpatter's documented key; each call in a trace of its own, a span without one too.
    return build_span(
        name, sid, call=call, call_key="getpatter.call.id", trace=call or "none", **attrs
    )


TOOLS = [
    span(
        "getpatter.tool", "1", getpatter__tool__name="lookup", getpatter__tool__transport="handler"
    ),
    span("getpatter.tool", "2", getpatter__tool__name=3),
    span("getpatter.tool", "3", call="c2", patter__tool__name="x", patter__tool__transport="y"),
]
REQUIRED = {"getpatter.tool": {"getpatter.tool.name": str, "getpatter.tool.transport": "str"}}


# -- types ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "value", "ok"),
    [
        ("int", 3, True),
        ("int", 3.0, False),
        ("int", True, False),
        ("float", 3, True),
        ("float", 3.5, True),
        ("float", False, False),
        ("bool", True, True),
        ("bool", 1, False),
        ("str", "x", True),
        ("str", b"x", False),
        ("str", ("x",), False),
    ],
)
def test_type_matches(expected: str, value: object, ok: bool) -> None:
    assert type_matches(expected, value) is ok


@pytest.mark.parametrize(
    ("value", "name"),
    [
        (1, "int"),
        (1.0, "float"),
        (True, "bool"),
        ("s", "str"),
        (("a", "b"), "str[]"),
        ((1, "a"), "array"),
        (None, "none"),
        ({"a": 1}, "map"),
        (b"x", "bytes"),
    ],
)
def test_type_name(value: object, name: str) -> None:
    assert type_name(value) == name


def test_check_value_findings() -> None:
    s = span("x", "1")
    spec = AttributeSpec("k", "float", nonnegative=True)
    assert check_value(spec, 1, span=s, call_id="c1") == []
    assert [v.code for v in check_value(spec, float("inf"), span=s, call_id="c1")] == ["not-finite"]
    assert [v.code for v in check_value(spec, -0.5, span=s, call_id="c1")] == ["negative-value"]
    assert [v.code for v in check_value(spec, "1", span=s, call_id="c1")] == ["wrong-type"]
    # NaN is not finite even where negatives are fine.
    loose = AttributeSpec("k", "float")
    assert [v.code for v in check_value(loose, float("nan"), span=s, call_id="c1")] == [
        "not-finite"
    ]
    assert check_value(loose, -3.0, span=s, call_id="c1") == []


# -- near misses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "found", "reason"),
    [
        ("getpatter.call.id", "patter.call.id", "patter. prefix instead of getpatter."),
        ("getpatter.llm.iteration", "patter.llm.iteration", "patter. prefix instead of getpatter."),
        ("getpatter.tool.name", "patter.tool.name", "patter. prefix instead of getpatter."),
        ("getpatter.tool.name", "tool.name", "no prefix instead of getpatter."),
        ("patter.call_id", "patter.call.id", "other separators"),
        ("getpatter.call.id", "patter.call_id", "other separators, patter. prefix instead of"),
        ("getpatter.stt.text_len", "getpatter.stt.text-len", "other separators"),
        ("getpatter.Call.id", "getpatter.call.id", "other letter case"),
        ("getpatter.llm.ttft_ms", "getpatter.llm.ttft", "suffix _ms missing"),
        ("getpatter.llm.ttft", "getpatter.llm.ttft_ms", "suffix _ms added"),
        ("getpatter.llm.iteration", "patter.llm.iteratoin", "similar, patter. prefix instead of"),
        ("getpatter.stt.confidence", "getpatter.stt.confidnce", "similar"),
    ],
)
def test_near_miss_matches(expected: str, found: str, reason: str) -> None:
    scored = near_miss(expected, found)
    assert scored is not None
    assert reason in scored[1]


@pytest.mark.parametrize(
    ("expected", "found"),
    [
        ("getpatter.tool.name", "getpatter.tool.name"),  # identical: not a misspelling
        ("getpatter.tool.name", "getpatter.tool.type"),  # a sibling key
        ("patter.cost.stt_seconds", "patter.cost.gpu_seconds"),  # another unit of the same kind
        ("getpatter.call.id", "getpatter.call"),  # a suffix, but not an _suffix
        ("getpatter.stt.confidence", "getpatter.stt.text_len"),
        ("getpatter.call.id", "http.method"),
    ],
)
def test_near_miss_rejects(expected: str, found: str) -> None:
    assert near_miss(expected, found) is None


def test_same_key_beats_similarity_and_each_key_pairs_once() -> None:
    pairs = match_misspellings(
        ["getpatter.call.id", "getpatter.tool.name"],
        ["getpatter.call.ix", "patter.call.id", "patter.tool.name"],
    )
    assert pairs["getpatter.call.id"][0] == "patter.call.id"
    assert pairs["getpatter.tool.name"][0] == "patter.tool.name"
    one = match_misspellings(["patter.call_id", "getpatter.call.id"], ["patter.call.id"])
    assert list(one) == ["getpatter.call.id"]  # the namespace variant scores highest


# -- assert_required_attributes ------------------------------------------------------------


def test_every_violation_at_once() -> None:
    found = check_required_attributes(TOOLS, REQUIRED)
    assert [(v.code, v.span_id, v.call_id, v.key, v.found) for v in found] == [
        ("wrong-type", span_id(2), "c1", "getpatter.tool.name", "int"),
        ("missing-attribute", span_id(2), "c1", "getpatter.tool.transport", "absent"),
        ("misspelled-attribute", span_id(3), "c2", "getpatter.tool.name", "patter.tool.name"),
        (
            "misspelled-attribute",
            span_id(3),
            "c2",
            "getpatter.tool.transport",
            "patter.tool.transport",
        ),
    ]
    assert all(isinstance(v, Violation) and v.span_name == "getpatter.tool" for v in found)


def test_assert_message_grouped_by_call() -> None:
    with pytest.raises(AssertionError) as info:
        assert_required_attributes(TOOLS, REQUIRED)
    lines = str(info.value).splitlines()
    assert lines[0] == "required attributes: 4 violations in 2 calls"
    assert lines[1] == "  misspelled-attribute x2, missing-attribute x1, wrong-type x1"
    text = str(info.value)
    assert text.index("call c1: 2 violations") < text.index("call c2: 2 violations")
    assert "getpatter.tool.name is int 3, expected str" in text
    assert f"at getpatter.tool {span_id(2)}" in text
    assert "found patter.tool.transport instead" in text


def test_passes_when_all_present() -> None:
    assert_required_attributes(TOOLS[:1], REQUIRED)
    assert_required_attributes(TOOLS[:1], {"getpatter.tool": ["getpatter.tool.name"]})


def test_missing_span_unless_allowed() -> None:
    required = {"getpatter.bargein": ["getpatter.bargein.cancelled_text_len"]}
    [v] = check_required_attributes(TOOLS, required)
    assert (v.code, v.span_name, v.call_id) == ("missing-span", "getpatter.bargein", None)
    assert check_required_attributes(TOOLS, required, require_spans=False) == []


def test_star_applies_to_every_span_and_types_apply_by_key() -> None:
    spans = [*TOOLS[:2], span("getpatter.stt", "4", call=None, getpatter__stt__text_len="2")]
    found = check_required_attributes(
        spans, {"*": ["getpatter.call.id"]}, types={"getpatter.stt.text_len": int}
    )
    assert [(v.code, v.span_id, v.key) for v in found] == [
        ("missing-attribute", span_id(4), "getpatter.call.id"),
        ("wrong-type", span_id(4), "getpatter.stt.text_len"),
    ]
    assert found[0].call_id is None


def test_bad_expectations_fail_before_looking_at_spans() -> None:
    with pytest.raises(
        ValueError,
        match=r"required\['getpatter.tool'\]\['x'\]: expected one of "
        r"str,int,float,bool, got 'integer'",
    ):
        check_required_attributes([], {"getpatter.tool": {"x": "integer"}})
    with pytest.raises(
        ValueError, match=r"types\['x'\]: expected one of str,int,float,bool, got list"
    ):
        check_required_attributes([], {}, types={"x": list})
    with pytest.raises(TypeError, match="is a string"):
        check_required_attributes([], {"getpatter.tool": "getpatter.tool.name"})
    with pytest.raises(TypeError, match="required must map span names"):
        check_required_attributes([], ["getpatter.tool"])  # type: ignore[arg-type]


def test_values_in_messages_go_through_redact(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def redact(key: str, value: object) -> object:
        seen.append(key)
        return "<masked>"

    monkeypatch.setattr(_render, "redact", redact)
    spans = [span("getpatter.tool", "1", getpatter__tool__name=5551234567)]
    with pytest.raises(AssertionError) as info:
        assert_required_attributes(spans, {"getpatter.tool": {"getpatter.tool.name": str}})
    assert "5551234567" not in str(info.value)
    assert "'<masked>'" in str(info.value)
    assert "getpatter.tool.name" in seen
