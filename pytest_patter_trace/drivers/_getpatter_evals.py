"""Offline calls on getpatter 0.6.8 and later, through the SDK's own ``EvalSession``.

``getpatter.evals.session.EvalSession`` runs the real ``PipelineStreamHandler`` with fake
STT/TTS/carrier and the scripted LLM the SDK ships: no keys, no network.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._getpatter_types import Call, Turn

__all__ = ["open_call"]


class _EvalCall:
    def __init__(self, session: Any) -> None:
        self._session = session

    async def user_says(self, text: str) -> None:
        await self._session.user_says(text)


def open_call(
    *,
    call_id: str,
    system_prompt: str,
    tools: Sequence[dict[str, Any]],
    script: Sequence[Turn],
) -> AbstractAsyncContextManager[Call]:
    """See ``_getpatter.open_call``."""

    @asynccontextmanager
    async def call() -> AsyncIterator[Call]:
        from getpatter import Agent
        from getpatter.evals.session import EvalSession, ScriptedLLMProvider

        class _Provider(ScriptedLLMProvider):  # type: ignore[misc, unused-ignore]
            # The SDK's scripted provider, plus a chunk that fails the stream (llm-error).
            # The same signature as the SDK's: the loop passes only what it declares.
            async def stream(
                self,
                messages: list[dict[str, Any]],
                tools: list[dict[str, Any]] | None = None,
                *,
                cancel_event: Any = None,
                call_id: str | None = None,
            ) -> AsyncIterator[dict[str, Any]]:
                chunks = super().stream(messages, tools, cancel_event=cancel_event, call_id=call_id)
                async for chunk in chunks:
                    if chunk.get("type") == "raise":
                        raise ConnectionError(str(chunk.get("message", "provider unavailable")))
                    yield chunk

        agent = Agent(system_prompt=system_prompt, provider="pipeline", tools=tuple(tools))
        provider = _Provider([[dict(chunk) for chunk in turn] for turn in script])
        async with EvalSession(agent=agent, llm_provider=provider, call_id=call_id) as session:
            yield _EvalCall(session)

    return call()
