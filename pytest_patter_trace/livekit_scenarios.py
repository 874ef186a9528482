"""Offline LiveKit Agents sessions: ``agent_session -> agent_turn -> llm_node ...``.

A scripted LLM inside a real text-only ``AgentSession``: no room, no keys, no network.
``patter-trace check --profile livekit`` and the ``livekit`` tox env drive LiveKit
Agents through these scenarios; the framework is imported only when one runs.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Callable, Coroutine, Mapping
from typing import Any

from ._drivers import quiet_framework

__all__ = ["PHONE_UTTERANCE", "SCENARIOS", "installed", "run_scenario"]

#: The scripted utterance of the ``phone-number`` scenario.
PHONE_UTTERANCE = "Please call me back at +1 415 555 0132."

_TOOL = ("lookup_order", {"order_id": "A1"})


def installed() -> bool:
    """True when livekit-agents can be imported (without importing it)."""
    return importlib.util.find_spec("livekit.agents") is not None


async def text_turn() -> None:
    """One utterance answered with text."""
    from ._livekit import run_session

    await run_session(["Hello."], ["Hello there."])


async def tool_turn() -> None:
    """One utterance that makes the LLM call a tool, then answer."""
    from ._livekit import run_session

    await run_session(["Where is my order?"], [_TOOL, "It ships tomorrow."])


async def several_turns() -> None:
    """Three text turns in one session."""
    from ._livekit import run_session

    await run_session([f"Question {i}." for i in range(3)], [f"Answer {i}." for i in range(3)])


async def concurrent_calls() -> None:
    """Three sessions at once, each a tool turn then a text turn."""
    from ._livekit import run_session

    await asyncio.gather(
        *(
            run_session(["Where is my order?", "Thanks."], [_TOOL, "Soon.", "Bye."])
            for _ in range(3)
        )
    )


async def phone_number() -> None:
    """A caller who says a phone number: LiveKit records it under lk.pii.* keys."""
    from ._livekit import run_session

    await run_session([PHONE_UTTERANCE], ["I will call you back."])


#: Scenarios by name, in the order ``patter-trace check --profile livekit`` runs them.
SCENARIOS: Mapping[str, Callable[[], Coroutine[Any, Any, None]]] = {
    "text-turn": text_turn,
    "tool-turn": tool_turn,
    "several-turns": several_turns,
    "concurrent-calls": concurrent_calls,
    "phone-number": phone_number,
}


def run_scenario(name: str) -> None:
    """Run one scenario in a fresh event loop, LiveKit's tracer pointed at a capturable provider."""
    scenario = SCENARIOS[name]
    with quiet_framework("livekit"):
        from ._livekit import traced

        with traced():
            asyncio.run(scenario())
