"""LiveKit Agents internals for the offline driver: a scripted LLM and text-only sessions.

``livekit-agents`` is imported here only, when a scenario runs. LiveKit traces through
its own tracer, pointed at a provider with ``livekit.agents.telemetry.set_tracer_provider``
(as its repository's tests/test_llm_telemetry.py does); the provider made here is an SDK
``TracerProvider``, which the capture taps as it is created. The previous provider is put
back after the run. ``AgentSession(llm=...)`` runs text turns with ``session.run``: no
room, no keys, no network.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from livekit.agents import Agent, AgentSession, RunContext, function_tool, llm
from livekit.agents.telemetry import set_tracer_provider, tracer
from livekit.agents.types import DEFAULT_API_CONNECT_OPTIONS, NOT_GIVEN
from opentelemetry.sdk.trace import TracerProvider

__all__ = ["Reply", "run_session", "traced"]

#: A scripted LLM reply: text, or ``(tool name, arguments)`` for a tool call.
Reply = str | tuple[str, dict[str, Any]]


class _FakeLLM(llm.LLM):  # type: ignore[misc]
    """An LLM answering from a script."""

    def __init__(self, replies: Sequence[Reply]) -> None:
        super().__init__()
        self._replies = list(replies)

    @property
    def model(self) -> str:
        return "fake-llm"

    @property
    def provider(self) -> str:
        return "offline"

    def chat(
        self,
        *,
        chat_ctx: Any,
        tools: Any = None,
        conn_options: Any = DEFAULT_API_CONNECT_OPTIONS,
        parallel_tool_calls: Any = NOT_GIVEN,
        tool_choice: Any = NOT_GIVEN,
        extra_kwargs: Any = NOT_GIVEN,
    ) -> Any:
        reply = self._replies.pop(0) if self._replies else "Okay."
        return _FakeStream(
            self, chat_ctx=chat_ctx, tools=tools or [], conn_options=conn_options, reply=reply
        )


class _FakeStream(llm.LLMStream):  # type: ignore[misc]
    def __init__(self, *args: Any, reply: Reply, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._reply = reply

    async def _run(self) -> None:
        if isinstance(self._reply, str):
            delta = llm.ChoiceDelta(role="assistant", content=self._reply)
        else:
            name, arguments = self._reply
            call = llm.FunctionToolCall(
                name=name, arguments=json.dumps(arguments), call_id="call_1"
            )
            delta = llm.ChoiceDelta(role="assistant", tool_calls=[call])
        self._event_ch.send_nowait(llm.ChatChunk(id="offline", delta=delta))
        usage = llm.CompletionUsage(prompt_tokens=12, completion_tokens=4, total_tokens=16)
        self._event_ch.send_nowait(llm.ChatChunk(id="offline", usage=usage))


class _Support(Agent):  # type: ignore[misc]
    def __init__(self) -> None:
        super().__init__(instructions="You are a support agent.")

    @function_tool  # type: ignore[untyped-decorator]
    async def lookup_order(self, context: RunContext, order_id: str) -> str:
        """Look up an order by id."""
        return "shipped"


@contextmanager
def traced() -> Iterator[TracerProvider]:
    """LiveKit's tracer pointed at a fresh SDK provider for the block, then put back."""
    previous = tracer._tracer_provider
    provider = TracerProvider()
    set_tracer_provider(provider)
    try:
        yield provider
    finally:
        set_tracer_provider(previous)
        provider.shutdown()


async def run_session(utterances: Sequence[str], replies: Sequence[Reply]) -> None:
    """One text-only AgentSession: each utterance a turn, answered from ``replies``."""
    async with AgentSession(llm=_FakeLLM(replies)) as session:
        await session.start(_Support())
        for text in utterances:
            await asyncio.wait_for(session.run(user_input=text), 10.0)
