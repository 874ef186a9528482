"""The types the getpatter switch and both drive paths share: a release, a call, a turn.

Kept apart so ``_getpatter`` imports the drive paths and they import only this module:
no circle, not even a type-only one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = ["Call", "Release", "Turn"]


@dataclass(frozen=True)
class Release:
    """One installed getpatter release and how to reach its internals."""

    version: str
    """The version string from the distribution's metadata."""
    package: str
    """The import package: ``patter`` before 0.5.0, ``getpatter`` from it."""
    family: str
    """``"evals"`` (0.6.8 on, the SDK's ``EvalSession``) or ``"pipeline"`` (older)."""
    handler_module: str
    """The module holding ``PipelineStreamHandler``, relative to ``package``."""


class Call(Protocol):
    """One offline call in progress: the caller speaks, the agent answers."""

    async def user_says(self, text: str) -> None:
        """Inject one final caller transcript and wait until the agent's turn settles."""


#: One scripted LLM answer: the streamed chunks (``{"type": "text", ...}``,
#: ``{"type": "tool_call", ...}``, ``{"type": "usage", ...}``) every release's
#: ``LLMProvider`` protocol yields.
Turn = Sequence[dict[str, Any]]
