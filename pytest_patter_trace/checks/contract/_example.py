"""A trace exactly as the documentation describes it, for tests and docs."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from ...core.model import SpanRecord, freeze_attributes

# -- a trace exactly as documented ---------------------------------------------------------


def documented_example_trace(
    *, call_id: str = "call-0001", side: str = "uut"
) -> tuple[SpanRecord, ...]:
    """One pipeline-mode call traced exactly as Patter's documentation describes it.

    Built by hand from the documentation, independently of ``patter_contract.toml``, so
    it checks the contract data as much as the contract checks it. Two turns under one
    ``getpatter.call`` root: a tool round (stt, endpoint, llm, tool, llm, tts, then the
    turn's latency), and a reply cut short by a barge-in. Costs sit on the hot path
    spans with the routing tags ``patter.call_id`` and ``patter.side`` (``side``);
    telephony minutes sit on the root (on call end). Ids and times are deterministic.
    """
    # Ids derive from call id and side: two sides of one call never collide.
    trace_id = hashlib.sha256(f"trace/{call_id}/{side}".encode()).hexdigest()[:32]
    base = 1_700_000_000_000_000_000
    routing = {"patter.call_id": call_id, "patter.side": side}
    records: list[SpanRecord] = []

    def add(
        name: str,
        start_ms: int,
        end_ms: int,
        parent: SpanRecord | None,
        attrs: Mapping[str, object],
        *,
        routed: bool = False,
    ) -> SpanRecord:
        index = len(records)
        record = SpanRecord(
            name=name,
            trace_id=trace_id,
            span_id=hashlib.sha256(f"span/{call_id}/{side}/{index}".encode()).hexdigest()[:16],
            parent_span_id=None if parent is None else parent.span_id,
            start_ns=base + start_ms * 1_000_000,
            end_ns=base + end_ms * 1_000_000,
            attributes=freeze_attributes(
                {"getpatter.call.id": call_id, **attrs, **(routing if routed else {})}
            ),
        )
        records.append(record)
        return record

    call = add(
        "getpatter.call",
        0,
        9_000,
        None,
        {
            "getpatter.call.direction": "inbound",
            "getpatter.call.provider_mode": "pipeline",
            "patter.cost.telephony_minutes": 0.15,
            "patter.telephony": "twilio",
            "patter.direction": "inbound",
        },
        routed=True,
    )
    # Turn 1: the caller asks, the LLM calls a tool, then answers.
    stt = {"patter.stt.provider": "deepgram"}
    llm = {"patter.llm.provider": "openai"}
    tts = {"patter.tts.provider": "elevenlabs"}
    add(
        "getpatter.stt",
        100,
        1_300,
        call,
        {
            "getpatter.stt.text_len": 18,
            "getpatter.stt.confidence": 0.94,
            "patter.cost.stt_seconds": 1.2,
            **stt,
        },
        routed=True,
    )
    add("getpatter.endpoint", 1_300, 1_600, call, {"getpatter.endpoint.silence_ms": 300.0})
    add(
        "getpatter.llm",
        1_600,
        2_100,
        call,
        {
            "getpatter.llm.iteration": 0,
            "getpatter.llm.history_size": 2,
            "getpatter.llm.ttft_ms": 180.5,
            "patter.cost.llm_input_tokens": 412,
            "patter.cost.llm_output_tokens": 21,
            **llm,
        },
        routed=True,
    )
    add(
        "getpatter.tool",
        2_100,
        2_300,
        call,
        {"getpatter.tool.name": "lookup_order", "getpatter.tool.transport": "handler"},
    )
    add(
        "getpatter.llm",
        2_300,
        2_900,
        call,
        {
            "getpatter.llm.iteration": 1,
            "getpatter.llm.history_size": 4,
            "getpatter.llm.ttft_ms": 150.0,
            "patter.cost.llm_input_tokens": 455,
            "patter.cost.llm_output_tokens": 9,
            **llm,
            "patter.latency.ttfb_ms": 1_450.0,
            "patter.latency.turn_ms": 2_300.0,
        },
        routed=True,
    )
    add(
        "getpatter.tts",
        2_900,
        3_400,
        call,
        {"getpatter.tts.text_len": 26, "patter.cost.tts_chars": 26, **tts},
        routed=True,
    )
    # Turn 2: an answer the caller interrupts.
    add(
        "getpatter.stt",
        4_000,
        4_900,
        call,
        {
            "getpatter.stt.text_len": 11,
            "getpatter.stt.confidence": 0.88,
            "patter.cost.stt_seconds": 0.9,
            **stt,
        },
        routed=True,
    )
    add("getpatter.endpoint", 4_900, 5_200, call, {"getpatter.endpoint.silence_ms": 280})
    add(
        "getpatter.llm",
        5_200,
        5_700,
        call,
        {
            "getpatter.llm.iteration": 0,
            "getpatter.llm.history_size": 6,
            "getpatter.llm.ttft_ms": 170.0,
            "patter.cost.llm_input_tokens": 480,
            "patter.cost.llm_output_tokens": 30,
            **llm,
        },
        routed=True,
    )
    add(
        "getpatter.tts",
        5_700,
        6_100,
        call,
        {"getpatter.tts.text_len": 64, "patter.cost.tts_chars": 64, **tts},
        routed=True,
    )
    add("getpatter.bargein", 6_000, 6_010, call, {"getpatter.bargein.cancelled_text_len": 40})
    return tuple(records)
