"""Offline Pipecat calls: ``conversation -> turn -> llm / tts`` from the real framework.

Fake LLM and TTS services inside a real ``PipelineWorker(enable_tracing=True)``: no keys,
no network. ``patter-trace check --profile pipecat`` and the ``pipecat`` tox env drive
Pipecat through these scenarios (the conversations of ``_drivers.SCRIPTS``); Pipecat is
imported only when one runs. In ``phone-number`` Pipecat puts the utterance, raw, on spans.
"""

from __future__ import annotations

import asyncio
import importlib.util
from collections.abc import Mapping

from ._frameworks import PHONE_UTTERANCE, SCRIPTS, Script, quiet_framework

__all__ = ["PHONE_UTTERANCE", "SCENARIOS", "installed", "run_scenario"]

#: Scenarios by name, in the order ``patter-trace check --profile pipecat`` runs them.
SCENARIOS: Mapping[str, tuple[Script, ...]] = SCRIPTS


def installed() -> bool:
    """True when pipecat-ai can be imported (without importing it)."""
    return importlib.util.find_spec("pipecat") is not None


def run_scenario(name: str) -> None:
    """Run one scenario to completion in a fresh event loop, Pipecat's logging quiet."""
    scripts = SCENARIOS[name]
    with quiet_framework("pipecat"):
        # Imported inside: Pipecat logs as it loads.
        from ._pipecat import run_call

        async def conversations() -> None:
            await asyncio.gather(
                *(run_call(f"pipecat-{s.name}", s.utterances, s.replies) for s in scripts)
            )

        asyncio.run(conversations())
