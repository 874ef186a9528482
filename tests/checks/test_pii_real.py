"""Real getpatter 0.7.0 traces (offline EvalSession) hold no PII, even when the caller
says some: the SDK exports only sizes, counts and ids."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest

pytest.importorskip("getpatter", reason="getpatter is not installed (pip install '.[test]')")

from getpatter import Agent
from getpatter.evals.session import EvalSession, ScriptedLLMProvider, text_turn, tool_call_turn
from opentelemetry import trace

from pytest_patter_trace.checks.pii import find_pii
from pytest_patter_trace.sources.capture import SpanCapture

#: What the caller says and the agent answers: every kind the detector knows.
UTTERANCE = (
    "hi this is Maria Silva, my number is +1 415 555 0132 and my email is "
    "maria.silva@example.com, I live at 42 Maple Street, card 4242 4242 4242 4242"
)
REPLY = "Thanks Maria, I will call you back on +1 415 555 0132."


async def _lookup_order(arguments: Mapping[str, Any], context: Any = None) -> dict[str, str]:
    return {"status": "shipped", "note": "delivered to 42 Maple Street, signed by Maria"}


def _agent(*, tools: bool = False) -> Agent:
    tool = {
        "name": "lookup_order",
        "description": "Look up an order by id.",
        "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}},
        "handler": _lookup_order,
    }
    return Agent(
        system_prompt="You are a support agent. The caller's e-mail is {email}.",
        provider="pipeline",
        tools=(tool,) if tools else (),
        variables={"email": "maria.silva@example.com"},
    )


@pytest.mark.asyncio
async def test_text_turn_exports_no_pii(patter_spans: SpanCapture) -> None:
    provider = ScriptedLLMProvider([text_turn(REPLY)])
    async with EvalSession(agent=_agent(), llm_provider=provider) as session:
        await session.user_says(UTTERANCE)
    assert len(patter_spans) >= 5
    assert find_pii(patter_spans) == []


@pytest.mark.asyncio
async def test_tool_turn_exports_no_pii(patter_spans: SpanCapture) -> None:
    provider = ScriptedLLMProvider(
        [
            tool_call_turn("lookup_order", {"order_id": "A1", "email": "maria.silva@example.com"}),
            text_turn(REPLY),
        ]
    )
    async with EvalSession(agent=_agent(tools=True), llm_provider=provider) as session:
        await session.user_says(UTTERANCE)
    assert "getpatter.tool" in patter_spans.names()
    assert find_pii(patter_spans) == []


@pytest.mark.asyncio
async def test_pii_added_around_a_real_call_is_found(patter_spans: SpanCapture) -> None:
    # The same capture path does carry PII when the application puts it there.
    provider = ScriptedLLMProvider([text_turn("Hello there.")])
    tracer = trace.get_tracer("app")
    with tracer.start_as_current_span(
        "app.handle_call", attributes={"caller.phone_number": "+14155550132"}
    ):
        async with EvalSession(agent=_agent(), llm_provider=provider) as session:
            await session.user_says("hi")
    findings = find_pii(patter_spans)
    assert [(f.span_name, f.kind, f.masked) for f in findings] == [
        ("app.handle_call", "phone", "+14•••••••32")
    ]
    assert findings[0].call_id is not None  # grouped with the call it wraps
