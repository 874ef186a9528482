"""Span-tree expectations on what getpatter 0.7.0 really emits (offline EvalSession)."""

from __future__ import annotations

import pytest
from _releases import recorded_on_070

pytest.importorskip("getpatter", reason="getpatter is not installed (pip install '.[test]')")

from pytest_patter_trace.checks.tree import assert_call_tree, parse_tree
from pytest_patter_trace.drivers import scenarios
from pytest_patter_trace.sources.capture import SpanCapture

TOOL_TURN = parse_tree(
    """
    getpatter.stt
    getpatter.endpoint
    getpatter.llm
      getpatter.llm [patter.llm.iteration=0]
      getpatter.tool [patter.tool.name=lookup_order]
      getpatter.llm [patter.llm.iteration=1]
      getpatter.tts
    """
)


@recorded_on_070
async def test_text_turn_tree(patter_spans: SpanCapture) -> None:
    await scenarios.text_turn("c-text")
    assert_call_tree(
        patter_spans.call(),
        """
        getpatter.stt [getpatter.stt.text_len=2, patter.call.id=c-text]
        getpatter.endpoint [patter.call.id]
        getpatter.llm [patter.call.id]
          # the LLMLoop iteration; a short reply is spoken while it is current
          getpatter.llm [patter.llm.iteration=0, patter.llm.history_size=0]
            getpatter.tts [getpatter.tts.text_len=12]
        """,
    )


@pytest.mark.usefixtures("tool_turn")
async def test_tool_turn_tree(patter_spans: SpanCapture) -> None:
    assert_call_tree(patter_spans.call(), TOOL_TURN)
    # The capture itself works too when it holds one call.
    assert_call_tree(patter_spans, TOOL_TURN)


async def test_tool_turn_with_room_for_change(patter_spans: SpanCapture) -> None:
    await scenarios.tool_turn("c-loose")
    assert_call_tree(
        patter_spans.call(),
        """
        ...
        getpatter.llm
          getpatter.llm [patter.llm.iteration=0]
          getpatter.tool [patter.tool.transport=handler]+
          ...
          getpatter.tts?
        """,
    )


@recorded_on_070
async def test_two_turns(patter_spans: SpanCapture) -> None:
    await scenarios.several_turns("c-two", turns=2)
    assert_call_tree(
        patter_spans.call(),
        """
        getpatter.stt
        getpatter.endpoint
        getpatter.llm
          getpatter.llm [patter.llm.history_size=0]
          # "Answer 0." is only flushed at the end of the stream: a child of the outer span
          getpatter.tts [getpatter.tts.text_len=9]
        getpatter.stt
        getpatter.endpoint
        getpatter.llm
          getpatter.llm [patter.llm.history_size=2]
          getpatter.tts
        """,
    )


@recorded_on_070
async def test_documented_shape_fails_showing_both_trees(patter_spans: SpanCapture) -> None:
    await scenarios.tool_turn("c-doc")
    # What the docs describe: one getpatter.call root, getpatter.* attribute keys.
    documented = """
        getpatter.call [getpatter.call.id]
          ...
    """
    with pytest.raises(AssertionError) as info:
        assert_call_tree(patter_spans.call(), documented)
    lines = str(info.value).splitlines()
    assert lines[:3] == [
        "span tree does not match: unexpected span 'getpatter.stt': expected "
        "'getpatter.call [getpatter.call.id]' (line 2)",
        "  expected line 2: getpatter.call [getpatter.call.id]",
        "  actual line 1:   getpatter.stt [getpatter.stt.text_len=18, patter.call.id]",
    ]
    assert lines[4:7] == ["expected:", "> 2  getpatter.call [getpatter.call.id]", "  3    ..."]
    assert lines[8:] == [
        "actual (call 'c-doc', 7 spans):",
        "> 1  getpatter.stt [getpatter.stt.text_len=18, patter.call.id]",
        "  2  getpatter.endpoint [patter.call.id]",
        "  3  getpatter.llm [patter.call.id]",
        "  4    getpatter.llm [patter.call.id, patter.llm.history_size=0, patter.llm.iteration=0]",
        "  5    getpatter.tool [patter.call.id, patter.tool.name=lookup_order, "
        "patter.tool.transport=handler]",
        "  6    getpatter.llm [patter.call.id, patter.llm.history_size=0, patter.llm.iteration=1]",
        "  7    getpatter.tts [getpatter.tts.text_len=26, patter.call.id]",
    ]


async def test_documented_attribute_keys_fail(patter_spans: SpanCapture) -> None:
    await scenarios.tool_turn("c-keys")
    expected = str(TOOL_TURN).replace("patter.tool.name", "getpatter.tool.name")
    with pytest.raises(AssertionError) as info:
        assert_call_tree(patter_spans.call(), expected)
    assert str(info.value).splitlines()[0] == (
        "span tree does not match: span 'getpatter.tool': attribute 'getpatter.tool.name' is absent"
    )
