"""Offline Pipecat calls: ``conversation -> turn -> llm / tts`` from the real framework.

Fake LLM and TTS services inside a real ``PipelineWorker(enable_tracing=True)``: no keys,
no network. ``patter-trace check --profile pipecat`` and the ``pipecat`` tox env drive
Pipecat through these scenarios; Pipecat is imported only when one runs.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from ._drivers import quiet_framework

__all__ = ["PHONE_UTTERANCE", "SCENARIOS", "installed", "run_scenario"]

#: The scripted utterance of the ``phone-number`` scenario: Pipecat puts it, raw, on spans.
PHONE_UTTERANCE = "Please call me back at +1 415 555 0132."

_TOOL = ("lookup_order", {"order_id": "A1"})


def installed() -> bool:
    """True when pipecat-ai can be imported (without importing it)."""
    return importlib.util.find_spec("pipecat") is not None


async def text_turn() -> None:
    """One utterance answered with text."""
    from ._pipecat import run_call

    await run_call("pipecat-text", ["Hello."], ["Hello there."])


async def tool_turn() -> None:
    """One utterance that makes the LLM call a tool, then answer."""
    from ._pipecat import run_call

    await run_call("pipecat-tool", ["Where is my order?"], [_TOOL, "It ships tomorrow."])


async def several_turns() -> None:
    """Three text turns in one conversation."""
    from ._pipecat import run_call

    await run_call(
        "pipecat-turns", [f"Question {i}." for i in range(3)], [f"Answer {i}." for i in range(3)]
    )


async def concurrent_calls() -> None:
    """Three conversations at once, each a tool turn then a text turn."""
    from ._pipecat import run_call

    await asyncio.gather(
        *(
            run_call(f"pipecat-{n}", ["Where is my order?", "Thanks."], [_TOOL, "Soon.", "Bye."])
            for n in ("a", "b", "c")
        )
    )


async def phone_number() -> None:
    """A caller who says a phone number: Pipecat records it in raw text attributes."""
    from ._pipecat import run_call

    await run_call("pipecat-phone", [PHONE_UTTERANCE], ["I will call you back."])


#: Scenarios by name, in the order ``patter-trace check --profile pipecat`` runs them.
SCENARIOS: Mapping[str, Callable[[], Coroutine[Any, Any, None]]] = {
    "text-turn": text_turn,
    "tool-turn": tool_turn,
    "several-turns": several_turns,
    "concurrent-calls": concurrent_calls,
    "phone-number": phone_number,
}


def run_scenario(name: str) -> None:
    """Run one scenario to completion in a fresh event loop, Pipecat's logging quiet."""
    scenario = SCENARIOS[name]
    with quiet_framework("pipecat"):
        asyncio.run(scenario())
