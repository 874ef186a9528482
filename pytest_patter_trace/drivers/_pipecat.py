"""Pipecat internals for the offline driver: fake LLM and TTS services, one call each run.

Pipecat (``pipecat-ai``) is imported here only, when a scenario runs. Its tracing needs
no setup beyond ``PipelineWorker(enable_tracing=True, conversation_id=...)``: spans go to
the global OpenTelemetry provider, where the capture already listens. The fake LLM is
Pipecat's own OpenAI service with the network call replaced by scripted chunks; the fake
TTS yields silence. Turns are driven the way a transport would: the user starts speaking,
the reply is spoken, the bot stops speaking.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Sequence
from typing import Any

from openai.types.chat import ChatCompletionChunk
from openai.types.chat.chat_completion_chunk import (
    Choice,
    ChoiceDelta,
    ChoiceDeltaToolCall,
    ChoiceDeltaToolCallFunction,
)
from pipecat.adapters.llm.schemas.function_schema import FunctionSchema
from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema
from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    EndFrame,
    LLMMessagesAppendFrame,
    TTSAudioRawFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import LLMContextAggregatorPair
from pipecat.services.openai.llm import OpenAILLMService
from pipecat.services.settings import TTSSettings
from pipecat.services.tts_service import TTSService
from pipecat.utils.tracing.service_decorators import traced_tts
from pipecat.workers.runner import WorkerRunner

__all__ = ["Reply", "run_call"]

#: A scripted LLM reply: text, or ``(tool name, arguments)`` for a tool call.
Reply = str | tuple[str, dict[str, Any]]

_STEP_TIMEOUT = 10.0


def _chunk(delta: ChoiceDelta, finish: Any = None) -> ChatCompletionChunk:
    choice = Choice(delta=delta, index=0, finish_reason=finish)
    return ChatCompletionChunk(
        id="offline", object="chat.completion.chunk", created=0, model="fake", choices=[choice]
    )


def _chunks(reply: Reply) -> list[ChatCompletionChunk]:
    if isinstance(reply, str):
        return [_chunk(ChoiceDelta(content=reply)), _chunk(ChoiceDelta(), "stop")]
    name, arguments = reply
    call = ChoiceDeltaToolCall(
        index=0,
        id="call_1",
        type="function",
        function=ChoiceDeltaToolCallFunction(name=name, arguments=json.dumps(arguments)),
    )
    return [_chunk(ChoiceDelta(tool_calls=[call])), _chunk(ChoiceDelta(), "tool_calls")]


class _FakeLLM(OpenAILLMService):  # type: ignore[misc]
    """Pipecat's OpenAI service, answering from a script instead of the network."""

    def __init__(self, replies: Sequence[Reply]) -> None:
        super().__init__(api_key="offline", settings=OpenAILLMService.Settings(model="fake-llm"))
        self._replies = list(replies)

    async def get_chat_completions(self, context: Any) -> AsyncIterator[ChatCompletionChunk]:
        chunks = _chunks(self._replies.pop(0) if self._replies else "Okay.")

        async def stream() -> AsyncIterator[ChatCompletionChunk]:
            for chunk in chunks:
                yield chunk

        return stream()


class _FakeTTS(TTSService):  # type: ignore[misc]
    """Silence for every text; sets ``spoken`` so the driver knows a reply was said."""

    def __init__(self) -> None:
        super().__init__(
            sample_rate=16000,
            settings=TTSSettings(model="fake-tts", voice="fake", language=None),
        )
        self.spoken = asyncio.Event()

    @traced_tts  # type: ignore[untyped-decorator]
    async def run_tts(self, text: str, context_id: str) -> AsyncIterator[Any]:
        self.spoken.set()
        yield TTSAudioRawFrame(
            audio=b"\0\0" * 160, sample_rate=16000, num_channels=1, context_id=context_id
        )


async def _lookup_order(params: Any) -> None:
    await params.result_callback({"status": "shipped"})


async def run_call(
    conversation_id: str, utterances: Sequence[str], replies: Sequence[Reply]
) -> None:
    """One traced conversation: each utterance is a turn, answered from ``replies``."""
    llm = _FakeLLM(replies)
    tts = _FakeTTS()
    tools = None
    if any(not isinstance(r, str) for r in replies):
        llm.register_function("lookup_order", _lookup_order)
        schema = FunctionSchema(
            name="lookup_order",
            description="Look up an order by id.",
            properties={"order_id": {"type": "string"}},
            required=["order_id"],
        )
        tools = ToolsSchema(standard_tools=[schema])
    system = {"role": "system", "content": "You are a support agent."}
    context = LLMContext(messages=[system], tools=tools) if tools else LLMContext([system])
    aggregators = LLMContextAggregatorPair(context)
    pipeline = Pipeline([aggregators.user(), llm, tts, aggregators.assistant()])
    worker = PipelineWorker(
        pipeline,
        params=PipelineParams(),
        enable_tracing=True,
        conversation_id=conversation_id,
        cancel_on_idle_timeout=False,
    )
    runner = WorkerRunner(handle_sigint=False)
    started = asyncio.Event()

    @worker.event_handler("on_pipeline_started")  # type: ignore[untyped-decorator]
    async def _started(worker: Any, frame: Any) -> None:
        started.set()

    await runner.add_workers(worker)

    async def converse() -> None:
        try:
            # Frames queued before the pipeline started would be dropped.
            await asyncio.wait_for(started.wait(), _STEP_TIMEOUT)
            for text in utterances:
                tts.spoken.clear()
                message = {"role": "user", "content": text}
                await worker.queue_frames(
                    [
                        UserStartedSpeakingFrame(),
                        LLMMessagesAppendFrame([message], run_llm=True),
                        UserStoppedSpeakingFrame(),
                    ]
                )
                await asyncio.wait_for(tts.spoken.wait(), _STEP_TIMEOUT)
                # What an output transport reports around the reply; it ends the turn.
                await worker.queue_frames([BotStartedSpeakingFrame(), BotStoppedSpeakingFrame()])
            await worker.queue_frames([EndFrame()])
        except BaseException:
            # The runner ignores cancellation while it waits: stop it, or it waits forever.
            await runner.cancel()
            raise

    await asyncio.gather(runner.run(), converse())
