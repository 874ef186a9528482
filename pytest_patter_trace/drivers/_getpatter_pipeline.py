"""Offline calls on getpatter 0.4.2 to 0.6.7, through the release's own pipeline handler.

These releases have no offline harness, but their ``PipelineStreamHandler`` is the
same call loop a phone call runs (STT receive loop, hooks, ``LLMLoop`` with the real
``ToolExecutor``, sentence chunking, TTS). Only the external services are faked, with
the interfaces the release itself defines: an STT whose ``receive_transcripts`` yields
the release's ``Transcript``, a TTS whose ``synthesize`` yields silence, a carrier that
acknowledges marks, and an ``LLMProvider`` that streams scripted chunks. The handler's
STT/TTS slots are filled before ``start()``, as getpatter 0.6.8's ``EvalSession`` does.

Before 0.5.1 an agent cannot carry an LLM provider and ``start()`` builds its
``LLMLoop`` only around OpenAI from a key (and 0.4.2/0.4.3 do not even install the
``openai`` package). There, no key is given and the loop is built after ``start()``
exactly as ``start()`` would, with the ``llm_provider=`` argument ``LLMLoop`` has had
since 0.4.2.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import importlib
import os
from collections import deque
from collections.abc import AsyncIterator, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TYPE_CHECKING, Any

from ..core.errors import SdkError

if TYPE_CHECKING:
    from ._getpatter_types import Call, Release, Turn

__all__ = ["open_call"]

_TURN_TIMEOUT_S = 30.0
_CALLER_PAUSE_S = 0.6
_GRACE_ENV = "PATTER_TTS_TAIL_GRACE_MS"


class _FakeSTT:
    """Feeds the handler's real STT receive loop from a queue of final transcripts."""

    _CLOSE = object()

    def __init__(self, transcript_cls: Any) -> None:
        self._transcript_cls = transcript_cls
        self._queue: asyncio.Queue[Any] = asyncio.Queue()

    async def connect(self) -> None:
        return None

    async def send_audio(self, audio_chunk: bytes) -> None:
        return None

    def push_final(self, text: str) -> asyncio.Event:
        # The event is set once the receive loop asks for the next transcript, i.e.
        # once the loop body for this one has run (inline dispatch: the whole turn).
        consumed = asyncio.Event()
        transcript = self._transcript_cls(text=text, is_final=True, confidence=1.0)
        self._queue.put_nowait((transcript, consumed))
        return consumed

    async def receive_transcripts(self) -> AsyncIterator[Any]:
        while True:
            item = await self._queue.get()
            if item is self._CLOSE:
                return
            transcript, consumed = item
            try:
                yield transcript
            finally:
                consumed.set()

    async def close(self) -> None:
        self._queue.put_nowait(self._CLOSE)


class _FakeTTS:
    """Speaks nothing: 10 ms of PCM16 silence per sentence."""

    async def synthesize(self, text: str) -> AsyncIterator[bytes]:
        yield b"\x00" * 320

    async def close(self) -> None:
        return None


def _carrier(audio_sender_base: Any) -> Any:
    """The telephony side: drops audio, acknowledges marks at once (no pacing stall).

    A subclass of the release's own ``AudioSender``: it keeps the ABC's concrete helpers.
    """

    class FakeCarrier(audio_sender_base):  # type: ignore[misc]
        handler: Any = None

        async def send_audio(self, pcm_audio: bytes) -> None:
            return None

        async def send_clear(self) -> None:
            return None

        async def send_mark(self, mark_name: str) -> None:
            on_mark = getattr(self.handler, "on_mark", None)
            if on_mark is not None:
                await on_mark(mark_name)

    return FakeCarrier()


class _NoVAD:
    """Stops ``start()`` from loading SileroVAD; no audio frames are ever fed."""

    async def process_frame(self, pcm: bytes, sample_rate: int) -> None:
        return None

    def reset(self) -> None:
        return None

    async def close(self) -> None:
        return None


class _NoTailGrace:
    """``PATTER_TTS_TAIL_GRACE_MS=0`` while any offline call runs, then the old value.

    After a reply the handler keeps "agent speaking" set for a grace period (1.5 s by
    default) so a TTS echo is not taken for the caller; with no audio at all, the next
    scripted turn would land in that window and read as a barge-in. The release
    documents 0 for tests. Counted, so concurrent calls restore it only once, last.
    """

    _users = 0
    _saved: str | None = None

    def __enter__(self) -> None:
        if _NoTailGrace._users == 0:
            _NoTailGrace._saved = os.environ.get(_GRACE_ENV)
            os.environ[_GRACE_ENV] = "0"
        _NoTailGrace._users += 1

    def __exit__(self, *exc: object) -> None:
        _NoTailGrace._users -= 1
        if _NoTailGrace._users == 0:
            if _NoTailGrace._saved is None:
                os.environ.pop(_GRACE_ENV, None)
            else:
                os.environ[_GRACE_ENV] = _NoTailGrace._saved


class _ScriptedLLM:
    """An ``LLMProvider``: each ``stream()`` call (one loop iteration) yields the next turn."""

    provider_key = "scripted"

    def __init__(self, script: Sequence[Turn]) -> None:
        self._turns = deque([dict(chunk) for chunk in turn] for turn in script)

    async def stream(
        self, messages: list[dict[str, Any]], tools: Any = None, **kwargs: Any
    ) -> AsyncIterator[dict[str, Any]]:
        # Later releases pass cancel_event= and call_id=; older ones nothing more.
        if not self._turns:
            yield {"type": "done"}
            return
        for chunk in self._turns.popleft():
            if chunk.get("type") == "raise":
                # A provider failing mid-stream (the llm-error scenario).
                raise ConnectionError(str(chunk.get("message", "provider unavailable")))
            yield chunk


class _PipelineCall:
    def __init__(self, handler: Any, stt: _FakeSTT) -> None:
        self._handler = handler
        self._stt = stt
        self._last_turn_at: float | None = None

    async def user_says(self, text: str) -> None:
        handler = self._handler
        previous = getattr(handler, "_dispatch_task", None)
        history = len(handler.conversation_history)
        # Every release drops a final transcript within 0.5 s of the last committed
        # one (an STT echo guard): pause as a caller would, counted from the end of
        # the previous turn (its transcript was committed before that).
        loop = asyncio.get_running_loop()
        if self._last_turn_at is not None:
            await asyncio.sleep(max(0.0, self._last_turn_at + _CALLER_PAUSE_S - loop.time()))
        consumed = self._stt.push_final(text)
        await self._settle(asyncio.ensure_future(consumed.wait()))
        # 0.6.6 and 0.6.7 dispatch the turn as a task; older releases ran it inline.
        dispatch = getattr(self._handler, "_dispatch_task", None)
        if isinstance(dispatch, asyncio.Task) and dispatch is not previous:
            await self._settle(asyncio.shield(dispatch))
        self._last_turn_at = loop.time()
        if len(handler.conversation_history) == history:
            raise SdkError("the pipeline dropped the caller's turn (its transcript filter)")

    async def _settle(self, step: asyncio.Future[Any]) -> None:
        # Wait for the turn, but stop at once if the handler's STT loop has died.
        stt_task = getattr(self._handler, "_stt_task", None)
        waits: set[asyncio.Future[Any]] = {step}
        if isinstance(stt_task, asyncio.Task):
            waits.add(stt_task)
        done, _ = await asyncio.wait(
            waits, timeout=_TURN_TIMEOUT_S, return_when=asyncio.FIRST_COMPLETED
        )
        if step in done:
            step.result()
            return
        step.cancel()
        if not done:
            raise SdkError(f"the agent's turn did not settle within {_TURN_TIMEOUT_S:.0f} s")
        raise SdkError("the pipeline's STT loop stopped before the turn was handled")


def _has_field(cls: Any, name: str) -> bool:
    return any(f.name == name for f in dataclasses.fields(cls))


def open_call(
    rel: Release,
    *,
    call_id: str,
    system_prompt: str,
    tools: Sequence[dict[str, Any]],
    script: Sequence[Turn],
) -> AbstractAsyncContextManager[Call]:
    """See ``_getpatter.open_call``."""

    @asynccontextmanager
    async def call() -> AsyncIterator[Call]:
        try:
            handlers = importlib.import_module(f"{rel.package}.{rel.handler_module}")
            models = importlib.import_module(f"{rel.package}.models")
            base = importlib.import_module(f"{rel.package}.providers.base")
        except ImportError as exc:
            raise SdkError(
                f"getpatter {rel.version}: cannot import its pipeline handler ({exc})"
            ) from exc
        llm = _ScriptedLLM(script)
        agent_kwargs: dict[str, Any] = {
            "system_prompt": system_prompt,
            "provider": "pipeline",
            "tools": [dict(t) for t in tools] or None,
            "vad": _NoVAD(),
        }
        # Agent.llm ships in 0.5.1; before it, the loop is built in _started().
        agent_llm = _has_field(models.Agent, "llm")
        if agent_llm:
            agent_kwargs["llm"] = llm
        agent = models.Agent(**agent_kwargs)
        carrier = _carrier(handlers.AudioSender)
        stt = _FakeSTT(base.Transcript)
        handler = handlers.PipelineStreamHandler(
            agent=agent,
            audio_sender=carrier,
            call_id=call_id,
            caller="+15550000001",
            callee="+15550000002",
            resolved_prompt=handlers.resolve_agent_prompt(agent, None),
            metrics=None,
            for_twilio=False,
        )
        carrier.handler = handler
        handler._stt = stt
        handler._tts = _FakeTTS()
        with _NoTailGrace():
            async with _started(rel, handler, llm, agent_llm=agent_llm):
                yield _PipelineCall(handler, stt)

    return call()


@asynccontextmanager
async def _started(rel: Release, handler: Any, llm: _ScriptedLLM, *, agent_llm: bool) -> Any:
    # The handler between start() and cleanup(), with the scripted LLM in its loop.
    try:
        await handler.start()
        if handler._llm_loop is None and not agent_llm:
            handler._llm_loop = _llm_loop(rel, handler, llm)
        if handler._llm_loop is None:
            raise SdkError(f"getpatter {rel.version}: the pipeline built no LLM loop")
        yield
    finally:
        grace = getattr(handler, "_grace_task", None)
        await handler.cleanup()
        if isinstance(grace, asyncio.Task):
            grace.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await grace
        await asyncio.sleep(0)


def _llm_loop(rel: Release, handler: Any, llm: _ScriptedLLM) -> Any:
    # What start() of 0.4.2-0.5.0 builds when given an OpenAI key, with our provider.
    llm_loop = importlib.import_module(f"{rel.package}.services.llm_loop")
    tool_executor = importlib.import_module(f"{rel.package}.services.tool_executor")
    tools = handler.agent.tools
    return llm_loop.LLMLoop(
        openai_key="",
        model=handler.agent.model,
        system_prompt=handler.resolved_prompt,
        tools=tools,
        tool_executor=tool_executor.ToolExecutor() if tools else None,
        llm_provider=llm,
    )
