"""Offline LiveKit Agents sessions: ``agent_session -> agent_turn -> llm_node ...``.

A scripted LLM inside a real text-only ``AgentSession``: no room, no keys, no network.
``patter-trace check --profile livekit`` and the ``livekit`` tox env drive LiveKit
Agents through these scenarios (the conversations of ``_drivers.SCRIPTS``); the framework
is imported only when one runs. In ``phone-number`` LiveKit records the utterance under
``lk.pii.*`` keys.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Mapping

from ._frameworks import PHONE_UTTERANCE, SCRIPTS, Script, quiet_framework

__all__ = ["PHONE_UTTERANCE", "SCENARIOS", "installed", "run_scenario"]

#: Scenarios by name, in the order ``patter-trace check --profile livekit`` runs them.
SCENARIOS: Mapping[str, tuple[Script, ...]] = SCRIPTS


def installed() -> bool:
    """True when livekit-agents can be imported (without importing it)."""
    try:
        return importlib.util.find_spec("livekit.agents") is not None
    except ModuleNotFoundError:  # no ``livekit`` package at all: find_spec looks it up first
        return False


def run_scenario(name: str) -> None:
    """Run one scenario in a fresh event loop, LiveKit's tracer pointed at a capturable provider."""
    scripts = SCENARIOS[name]
    with quiet_framework("livekit"):
        # Imported inside: LiveKit logs as it loads.
        from ._livekit import run_session, traced

        async def sessions() -> None:
            await asyncio.gather(*(run_session(s.utterances, s.replies) for s in scripts))

        with traced():
            asyncio.run(sessions())
