"""Synthetic spans for the benchmarks: the SDK's own span classes, built without a tracer."""

from __future__ import annotations

from typing import Any

#: The issue's harness: spans in 50 calls, the call id and four more attributes set after
#: the span started (as getpatter's ``start_span`` does), 20,000 spans a round.
N_CALLS = 50


def _call_ids(n: int) -> list[str]:
    per_call = max(1, n // N_CALLS)
    return [f"call-{i // per_call:04d}" for i in range(n)]


def synthetic_readable_spans(n: int) -> list[Any]:
    """``n`` finished spans as the SDK hands them to processors (``_readable_span()``).

    For sizes where making real spans would take minutes: same classes, same shapes
    (getpatter turns, children ending before parents), built without a tracer.
    """
    from opentelemetry.attributes import BoundedAttributes
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import ReadableSpan
    from opentelemetry.sdk.util import BoundedList
    from opentelemetry.sdk.util.instrumentation import InstrumentationScope
    from opentelemetry.trace import SpanContext, SpanKind, Status, StatusCode, TraceFlags

    resource = Resource.create({"service.name": "bench"})
    scope = InstrumentationScope("patter")
    status = Status(StatusCode.UNSET)
    flags = TraceFlags(TraceFlags.SAMPLED)
    call_ids = _call_ids(n)
    out: list[Any] = []
    clock = 1_700_000_000_000_000_000
    for turn in range(n // 5):
        call_id = call_ids[turn * 5]
        traces = [(3 * turn + j + 1) << 64 | 0xABCDEF for j in range(3)]
        ids = [(turn * 5 + j + 1) << 20 | 0x123 for j in range(5)]
        ctx = [SpanContext(traces[t], ids[j], False, flags) for j, t in enumerate((0, 1, 2, 2, 2))]
        shape: list[tuple[str, int | None, dict[str, Any]]] = [
            ("getpatter.stt", None, {"patter.call.id": call_id, "getpatter.stt.text_len": 9}),
            ("getpatter.endpoint", None, {"patter.call.id": call_id}),
            ("getpatter.llm", None, {"patter.call.id": call_id}),
            (
                "getpatter.llm",
                2,
                {
                    "patter.call.id": call_id,
                    "patter.llm.iteration": 0,
                    "patter.llm.history_size": 2 * turn,
                },
            ),
            ("getpatter.tts", 3, {"getpatter.tts.text_len": 12}),
        ]
        for j in (0, 1, 4, 3, 2):  # the order they end in
            name, parent, attrs = shape[j]
            start = clock + j * 1_000
            out.append(
                ReadableSpan(
                    name=name,
                    context=ctx[j],
                    parent=None if parent is None else ctx[parent],
                    resource=resource,
                    attributes=BoundedAttributes(128, attrs, immutable=True),
                    events=BoundedList(128),
                    links=BoundedList(128),
                    kind=SpanKind.INTERNAL,
                    status=status,
                    start_time=start,
                    end_time=start + 500_000,
                    instrumentation_scope=scope,
                )
            )
        clock += 10_000
    return out
