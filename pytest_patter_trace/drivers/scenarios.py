"""Offline Patter calls driven through getpatter's real pipeline, on every release with tracing.

Each scenario is one or more calls with fake STT/TTS and a scripted LLM: no keys, no
network. On getpatter 0.6.8 and later the SDK's own ``EvalSession`` runs them; older
releases (back to 0.4.2, the first with tracing) run through their own pipeline
handler with fakes of the services only (see ``_getpatter_pipeline``). The
``patter-trace check`` command and our own integration tests drive the SDK through
these scenarios; the installed release is read from its metadata when a scenario runs,
never when the plugin loads.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Callable, Coroutine, Iterator, Mapping
from typing import Any

from ..core.errors import PatterTraceError, SdkError
from . import _getpatter

__all__ = [
    "SCENARIOS",
    "SCHEMA_SCENARIOS",
    "SUPPORTED_RANGE",
    "concurrent_calls",
    "installed_release",
    "llm_error",
    "run_scenario",
    "several_turns",
    "text_turn",
    "tool_turn",
]

#: The getpatter releases the scenarios can drive (those with OpenTelemetry tracing).
SUPPORTED_RANGE = _getpatter.SUPPORTED_RANGE

_PROMPT = "You are a support agent."


def installed_release() -> str:
    """The installed getpatter version, once it is known the scenarios can drive it.

    Raises:
        SdkError: getpatter is not installed (or its package cannot be imported).
        UnsupportedRelease: the release is outside ``SUPPORTED_RANGE``.
    """
    return _getpatter.release().version


def _quiet() -> None:
    # Patter() may send anonymous usage telemetry; these runs must stay offline.
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("PATTER_TELEMETRY_DISABLED", "1")


async def _lookup_order(arguments: Mapping[str, Any], context: Any = None) -> dict[str, str]:
    return {"status": "shipped"}


_TOOLS: tuple[dict[str, Any], ...] = (
    {
        "name": "lookup_order",
        "description": "Look up an order by id.",
        "parameters": {"type": "object", "properties": {"order_id": {"type": "string"}}},
        "handler": _lookup_order,
    },
)


def _say(text: str) -> list[dict[str, Any]]:
    # One scripted LLM answer streaming ``text``, then its token usage.
    return [
        {"type": "text", "content": text},
        {"type": "usage", "input_tokens": 8, "output_tokens": 8},
    ]


def _call_tool(name: str, arguments: str) -> list[dict[str, Any]]:
    # One scripted LLM answer that calls a tool (the loop then asks again).
    return [
        {"type": "tool_call", "index": 0, "id": "call_1", "name": name, "arguments": arguments},
        {"type": "usage", "input_tokens": 8, "output_tokens": 4},
    ]


async def text_turn(call_id: str = "call-text") -> None:
    """One caller utterance answered with text: stt, endpoint, llm, tts."""
    _quiet()
    script = [_say("Hello there.")]
    async with _getpatter.open_call(
        call_id=call_id, system_prompt=_PROMPT, tools=(), script=script
    ) as call:
        await call.user_says("hi")


async def tool_turn(call_id: str = "call-tool") -> None:
    """One utterance that makes the LLM call a tool, then answer."""
    _quiet()
    script = [_call_tool("lookup_order", '{"order_id": "A1"}'), _say("Your order ships tomorrow.")]
    async with _getpatter.open_call(
        call_id=call_id, system_prompt=_PROMPT, tools=_TOOLS, script=script
    ) as call:
        await call.user_says("where is my order?")


async def several_turns(call_id: str = "call-turns", turns: int = 2) -> None:
    """``turns`` text turns in one call."""
    _quiet()
    script = [_say(f"Answer {i}.") for i in range(turns)]
    async with _getpatter.open_call(
        call_id=call_id, system_prompt=_PROMPT, tools=(), script=script
    ) as call:
        for i in range(turns):
            await call.user_says(f"question {i}")


async def concurrent_calls(call_ids: tuple[str, ...] = ("call-a", "call-b", "call-c")) -> None:
    """Several calls at once (``asyncio.gather``), each a tool turn then a text turn."""
    _quiet()

    async def one(call_id: str) -> None:
        script = [
            _call_tool("lookup_order", '{"order_id": "A1"}'),
            _say("Your order ships tomorrow."),
            _say("Goodbye."),
        ]
        async with _getpatter.open_call(
            call_id=call_id, system_prompt=_PROMPT, tools=_TOOLS, script=script
        ) as call:
            await call.user_says("where is my order?")
            await call.user_says("got it")

    await asyncio.gather(*(one(c) for c in call_ids))


async def llm_error(call_id: str = "call-error") -> None:
    """One utterance whose LLM stream fails: the error as the SDK's spans record it."""
    _quiet()
    script = [[{"type": "raise", "message": "provider unavailable"}]]
    async with _getpatter.open_call(
        call_id=call_id, system_prompt=_PROMPT, tools=(), script=script
    ) as call:
        # Releases differ in whether the failure reaches the caller's side; the spans
        # are what is observed, so the error itself is not the scenario's outcome.
        with contextlib.suppress(ConnectionError), _sdk_errors_unlogged():
            await call.user_says("hello?")


@contextlib.contextmanager
def _sdk_errors_unlogged() -> Iterator[None]:
    # The SDK logs the planted failure with its traceback; it is expected, not news.
    loggers = [logging.getLogger(name) for name in ("getpatter", "patter")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


#: Built-in scenarios by name, in the order ``patter-trace check`` runs them.
SCENARIOS: Mapping[str, Callable[[], Coroutine[Any, Any, None]]] = {
    "text-turn": text_turn,
    "tool-turn": tool_turn,
    "several-turns": several_turns,
    "concurrent-calls": concurrent_calls,
}


#: What ``patter-trace schema`` observes: the built-in scenarios and a failing turn.
SCHEMA_SCENARIOS: Mapping[str, Callable[[], Coroutine[Any, Any, None]]] = {
    **SCENARIOS,
    "llm-error": llm_error,
}


def run_scenario(name: str) -> None:
    """Run one built-in scenario to completion in a fresh event loop.

    Raises:
        ValueError: ``name`` is not a built-in scenario.
        SdkError: getpatter is not installed or could not be driven (one-line reason).
        UnsupportedRelease: the installed release is outside ``SUPPORTED_RANGE``.
    """
    try:
        scenario = SCHEMA_SCENARIOS[name]
    except KeyError:
        known = ", ".join(SCENARIOS)
        raise ValueError(f"unknown scenario {name!r}; known: {known}") from None
    version = _getpatter.release().version
    try:
        asyncio.run(scenario())
    except PatterTraceError:
        raise
    except Exception as exc:
        # One line the CLI can show as it is; the chain keeps the traceback for --debug.
        reason = f"{type(exc).__name__}: {exc}".splitlines()[0]
        raise SdkError(f"scenario {name!r} failed on getpatter {version}: {reason}") from exc
