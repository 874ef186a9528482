"""Snapshot text of real getpatter 0.7.0 calls: stable run after run, sensitive to changes."""

from __future__ import annotations

import asyncio
import dataclasses
import random
import re
from collections.abc import Callable
from typing import Any

import pytest

pytest.importorskip(
    "getpatter.evals.session", reason="getpatter>=0.6.8 is not installed (pip install '.[test]')"
)

from _releases import recorded_on_070
from getpatter import Agent
from getpatter.evals.session import EvalSession, ScriptedLLMProvider, text_turn, tool_call_turn

from pytest_patter_trace.core.model import SpanRecord
from pytest_patter_trace.drivers import scenarios
from pytest_patter_trace.snapshot._assertion import PatterSnapshotExtension, render_snapshot
from pytest_patter_trace.sources.capture import SpanCapture

pytestmark = recorded_on_070

RUNS = 20
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


async def _lookup(arguments: dict[str, Any], context: Any = None) -> dict[str, str]:
    return {"status": "shipped"}


async def two_tool_calls(call_id: str) -> None:
    """The tool turn of ``scenarios.tool_turn`` with one more tool round."""
    tool = {
        "name": "lookup_order",
        "description": "Look up an order by id.",
        "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}},
        "handler": _lookup,
    }
    agent = Agent(system_prompt="You are a support agent.", provider="pipeline", tools=(tool,))
    provider = ScriptedLLMProvider(
        [
            tool_call_turn("lookup_order", {"order_id": "A1"}),
            tool_call_turn("lookup_order", {"order_id": "A2"}, call_id="call_2"),
            text_turn("Your order ships tomorrow."),
        ]
    )
    async with EvalSession(agent=agent, llm_provider=provider, call_id=call_id) as session:
        await session.user_says("where is my order?")


def diff(received: str, stored: str) -> list[str]:
    """syrupy's diff lines for our extension, without colours."""
    lines = PatterSnapshotExtension().diff_lines(received, stored)
    return [_ANSI.sub("", line) for line in lines]


# -- stability ---------------------------------------------------------------------------


async def test_tool_turn_is_byte_identical_over_20_runs(patter_spans: SpanCapture) -> None:
    texts: set[str] = set()
    raw_ids: set[str] = set()
    for run in range(RUNS):
        patter_spans.clear()
        await scenarios.tool_turn(f"tool-{run}-{random.random()}")
        texts.add(render_snapshot(patter_spans.call()))
        raw_ids.update(s.trace_id for s in patter_spans)
    assert len(texts) == 1, "\n\n".join(sorted(texts))
    assert len(raw_ids) == 3 * RUNS  # every run really had fresh ids to normalize
    assert "getpatter.tool" in texts.pop()


async def test_concurrent_calls_are_byte_identical_over_20_runs(
    patter_spans: SpanCapture,
) -> None:
    rnd = random.Random(6)
    texts: set[str] = set()
    interleavings: set[tuple[int, ...]] = set()
    for run in range(RUNS):
        patter_spans.clear()
        ids = [f"c{run}-{n}" for n in range(3)]
        rnd.shuffle(ids)  # the order calls start in, hence how their spans interleave
        await scenarios.concurrent_calls(tuple(ids))
        texts.add(render_snapshot(patter_spans))
        rank = {cid: i for i, cid in enumerate(sorted(ids))}
        interleavings.add(tuple(rank[str(s.attributes["patter.call.id"])] for s in patter_spans))
    assert len(texts) == 1
    assert len(interleavings) > 1  # the spans did interleave differently
    assert texts.pop().count("\ncall <call-") == 3


async def test_different_concurrent_calls_sorted_by_content(patter_spans: SpanCapture) -> None:
    runners: list[Callable[[str], Any]] = [
        scenarios.text_turn,
        scenarios.tool_turn,
        two_tool_calls,
    ]
    rnd = random.Random(7)
    texts: set[str] = set()
    for run in range(RUNS // 2):
        patter_spans.clear()
        order = runners[:]
        rnd.shuffle(order)
        await asyncio.gather(*(fn(f"m{run}-{rnd.random()}") for fn in order))
        texts.add(render_snapshot(patter_spans))
    assert len(texts) == 1
    text = texts.pop()
    assert text.count("\ncall <call-") == 3
    # Each call shows up once with its own tool count: they were not mixed up.
    blocks = text.split("\n\n")
    assert sorted(b.count("getpatter.tool ") for b in blocks) == [0, 1, 2]


# -- sensitivity -------------------------------------------------------------------------


def _rename(span: SpanRecord) -> SpanRecord:
    if span.name != "getpatter.tool":
        return span
    return dataclasses.replace(span, name="getpatter.tool_call")


def _drop_tool_name(span: SpanRecord) -> SpanRecord:
    attrs = {k: v for k, v in span.attributes.items() if k != "patter.tool.name"}
    return dataclasses.replace(span, attributes=attrs)


def _text_len_as_str(span: SpanRecord) -> SpanRecord:
    attrs = dict(span.attributes)
    if "getpatter.tts.text_len" in attrs:
        attrs["getpatter.tts.text_len"] = str(attrs["getpatter.tts.text_len"])
    return dataclasses.replace(span, attributes=attrs)


TOOL = (
    'getpatter.tool [patter.call.id=<call-1>, patter.tool.name="lookup_order", '
    'patter.tool.transport="handler"]'
)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            _rename,
            [
                f"-     {TOOL}",
                f"+     {TOOL.replace('getpatter.tool ', 'getpatter.tool_call ')}",
            ],
        ),
        (
            _drop_tool_name,
            [
                f"-     {TOOL}",
                '+     getpatter.tool [patter.call.id=<call-1>, patter.tool.transport="handler"]',
            ],
        ),
        (
            _text_len_as_str,
            [
                "-     getpatter.tts [getpatter.tts.text_len=26, patter.call.id=<call-1>]",
                '+     getpatter.tts [getpatter.tts.text_len="26", patter.call.id=<call-1>]',
            ],
        ),
    ],
    ids=["rename-span", "drop-attribute", "change-type"],
)
async def test_changes_fail_with_readable_diff(
    patter_spans: SpanCapture,
    change: Callable[[SpanRecord], SpanRecord],
    expected: list[str],
) -> None:
    await scenarios.tool_turn("c-1")
    stored = render_snapshot(patter_spans)
    received = render_snapshot([change(s) for s in patter_spans])
    assert received != stored
    lines = diff(received, stored)
    # Changed lines, old (snapshot) first, and nothing else marked as changed.
    assert [line for line in lines if line[:1] in "-+"] == expected


async def test_added_tool_call_fails_with_readable_diff(patter_spans: SpanCapture) -> None:
    await scenarios.tool_turn("c-1")
    stored = render_snapshot(patter_spans)
    patter_spans.clear()
    await two_tool_calls("c-2")
    received = render_snapshot(patter_spans)
    lines = diff(received, stored)
    assert [line for line in lines if line[:1] in "-+"] == [
        f"+     {TOOL}",
        "+     getpatter.llm [patter.call.id=<call-1>, patter.llm.history_size=0, "
        "patter.llm.iteration=2]",
    ]
    # The line above the insertion is shown for context.
    assert "patter.llm.iteration=1]" in lines[lines.index(f"+     {TOOL}") - 1]
