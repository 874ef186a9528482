"""What the framework drivers share: the scripted conversations, and quiet logging."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

__all__ = ["PHONE_UTTERANCE", "SCRIPTS", "Reply", "Script", "quiet_framework"]

#: One scripted LLM answer: text, or a tool call ``(name, arguments)``.
Reply = str | tuple[str, dict[str, Any]]

#: The scripted utterance of the ``phone-number`` scenario (a fictional number).
PHONE_UTTERANCE = "Please call me back at +1 415 555 0132."

_TOOL: Reply = ("lookup_order", {"order_id": "A1"})


@dataclass(frozen=True)
class Script:
    """One offline conversation: what the caller says, what the scripted LLM answers.

    ``name`` tells the conversations of a scenario apart (a driver may build its
    conversation id from it).
    """

    name: str
    utterances: tuple[str, ...]
    replies: tuple[Reply, ...]


#: Scenario -> its conversations, run at once; every framework driver runs the same ones.
SCRIPTS: Mapping[str, tuple[Script, ...]] = {
    "text-turn": (Script("text", ("Hello.",), ("Hello there.",)),),
    "tool-turn": (Script("tool", ("Where is my order?",), (_TOOL, "It ships tomorrow.")),),
    "several-turns": (
        Script(
            "turns",
            tuple(f"Question {i}." for i in range(3)),
            tuple(f"Answer {i}." for i in range(3)),
        ),
    ),
    "concurrent-calls": tuple(
        Script(n, ("Where is my order?", "Thanks."), (_TOOL, "Soon.", "Bye.")) for n in "abc"
    ),
    "phone-number": (Script("phone", (PHONE_UTTERANCE,), ("I will call you back.",)),),
}

# Loggers that warn about every placeholder value a framework sets on a span.
_NOISY = ("opentelemetry.attributes", "opentelemetry.sdk.trace", "livekit", "livekit.agents")


@contextmanager
def quiet_framework(package: str) -> Iterator[None]:
    """Silence ``package``'s loguru logging and the noisy std loggers; restore after.

    Pipecat logs through loguru to stderr: a report would drown in it. Only levels and
    loguru's per-package switch change, and both are put back.
    """
    levels = {name: logging.getLogger(name).level for name in _NOISY}
    for name in _NOISY:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    loguru: Any = None
    try:
        from loguru import logger

        loguru = logger
    except ImportError:
        pass
    if loguru is not None:
        loguru.disable(package)
    try:
        yield
    finally:
        if loguru is not None:
            loguru.enable(package)
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)
