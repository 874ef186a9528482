"""Downstream-style tests: what an SDK team writes against the real getpatter pipeline."""

from __future__ import annotations

import pytest

pytest.importorskip("getpatter", reason="install getpatter==0.7.0 to run the examples")

from pytest_patter_trace import scenarios  # noqa: E402


@pytest.mark.asyncio
async def test_tool_turn_tree(patter_spans):
    await scenarios.tool_turn("call-1")
    call = patter_spans.call()
    print(call.tree())
    assert [s.name for s in call.roots] == ["getpatter.stt", "getpatter.endpoint", "getpatter.llm"]
    assert len(call.find("getpatter.tool")) == 1


@pytest.mark.asyncio
async def test_concurrent_calls_are_separate(patter_spans):
    await scenarios.concurrent_calls(("a", "b"))
    assert list(patter_spans.calls()) == ["a", "b"]
