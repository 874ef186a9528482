"""Offline Patter calls driven through getpatter's real pipeline.

``getpatter.evals.session.EvalSession`` runs the real call loop with fake STT/TTS and a
scripted LLM: no keys, no network. The ``patter-trace check`` command and our own
integration tests drive the SDK through these scenarios.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

__all__ = [
    "SCENARIOS",
    "concurrent_calls",
    "run_scenario",
    "several_turns",
    "text_turn",
    "tool_turn",
]


def _quiet() -> None:
    # Patter() may send anonymous usage telemetry; these runs must stay offline.
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PATTER_TELEMETRY_DISABLED", "1")


async def _lookup_order(arguments: Mapping[str, Any], context: Any = None) -> dict[str, str]:
    return {"status": "shipped"}


def _agent(*, tools: bool = False) -> Any:
    from getpatter import Agent

    tool_defs: tuple[dict[str, Any], ...] = ()
    if tools:
        tool_defs = (
            {
                "name": "lookup_order",
                "description": "Look up an order by id.",
                "parameters": {
                    "type": "object",
                    "properties": {"order_id": {"type": "string"}},
                },
                "handler": _lookup_order,
            },
        )
    return Agent(system_prompt="You are a support agent.", provider="pipeline", tools=tool_defs)


async def text_turn(call_id: str = "call-text") -> None:
    """One caller utterance answered with text: stt, endpoint, llm, tts."""
    _quiet()
    from getpatter.evals.session import EvalSession, ScriptedLLMProvider
    from getpatter.evals.session import text_turn as scripted_text

    provider = ScriptedLLMProvider([scripted_text("Hello there.")])
    async with EvalSession(agent=_agent(), llm_provider=provider, call_id=call_id) as session:
        await session.user_says("hi")


async def tool_turn(call_id: str = "call-tool") -> None:
    """One utterance that makes the LLM call a tool, then answer."""
    _quiet()
    from getpatter.evals.session import EvalSession, ScriptedLLMProvider, tool_call_turn
    from getpatter.evals.session import text_turn as scripted_text

    provider = ScriptedLLMProvider(
        [
            tool_call_turn("lookup_order", {"order_id": "A1"}),
            scripted_text("Your order ships tomorrow."),
        ]
    )
    agent = _agent(tools=True)
    async with EvalSession(agent=agent, llm_provider=provider, call_id=call_id) as session:
        await session.user_says("where is my order?")


async def several_turns(call_id: str = "call-turns", turns: int = 2) -> None:
    """``turns`` text turns in one call."""
    _quiet()
    from getpatter.evals.session import EvalSession, ScriptedLLMProvider
    from getpatter.evals.session import text_turn as scripted_text

    provider = ScriptedLLMProvider([scripted_text(f"Answer {i}.") for i in range(turns)])
    async with EvalSession(agent=_agent(), llm_provider=provider, call_id=call_id) as session:
        for i in range(turns):
            await session.user_says(f"question {i}")


async def concurrent_calls(call_ids: tuple[str, ...] = ("call-a", "call-b", "call-c")) -> None:
    """Several calls at once (``asyncio.gather``), each a tool turn then a text turn."""
    _quiet()
    from getpatter.evals.session import EvalSession, ScriptedLLMProvider, tool_call_turn
    from getpatter.evals.session import text_turn as scripted_text

    async def one(call_id: str) -> None:
        provider = ScriptedLLMProvider(
            [
                tool_call_turn("lookup_order", {"order_id": "A1"}),
                scripted_text("Your order ships tomorrow."),
                scripted_text("Goodbye."),
            ]
        )
        agent = _agent(tools=True)
        async with EvalSession(agent=agent, llm_provider=provider, call_id=call_id) as session:
            await session.user_says("where is my order?")
            await session.user_says("thanks")

    await asyncio.gather(*(one(c) for c in call_ids))


#: Built-in scenarios by name, in the order ``patter-trace check`` runs them.
SCENARIOS: Mapping[str, Callable[[], Coroutine[Any, Any, None]]] = {
    "text-turn": text_turn,
    "tool-turn": tool_turn,
    "several-turns": several_turns,
    "concurrent-calls": concurrent_calls,
}


def run_scenario(name: str) -> None:
    """Run one built-in scenario to completion in a fresh event loop."""
    try:
        scenario = SCENARIOS[name]
    except KeyError:
        known = ", ".join(SCENARIOS)
        raise ValueError(f"unknown scenario {name!r}; known: {known}") from None
    asyncio.run(scenario())
