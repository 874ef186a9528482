"""How grouping, trees and the contract check grow with the trace: 1k spans to 1M.

    python benchmarks/run.py --only scaling

A section of ``run.py``; ``synthetic_trace`` (getpatter-shaped records) is shared with
its PII and snapshot rows.
"""

from __future__ import annotations

import gc
import math
from collections.abc import Callable, Sequence
from typing import Any

from _harness import CI, Row, _optional, _stage_time

from pytest_patter_trace.core.grouping import group_calls
from pytest_patter_trace.core.model import SpanRecord


def synthetic_trace(n: int, *, spans_per_call: int) -> list[SpanRecord]:
    """``n`` spans shaped like getpatter 0.7.0 turns (stt, endpoint, llm > llm > tts).

    Every turn is 5 spans in 3 traces; the tts span carries no call id, so grouping has to
    inherit it from its parent. ``spans_per_call`` >= ``n`` makes one huge call.
    """
    out: list[SpanRecord] = []
    clock = 1_700_000_000_000_000_000
    for turn in range(max(1, n // 5)):
        call_id = f"call-{(turn * 5) // spans_per_call:06d}"
        base = turn * 5
        ids = [format(base + j + 1, "016x") for j in range(5)]
        traces = [format(3 * turn + j + 1, "032x") for j in range(3)]
        shape: list[tuple[str, int, str | None, dict[str, Any]]] = [
            ("getpatter.stt", 0, None, {"patter.call.id": call_id, "getpatter.stt.text_len": 9}),
            ("getpatter.endpoint", 1, None, {"patter.call.id": call_id}),
            ("getpatter.llm", 2, None, {"patter.call.id": call_id}),
            (
                "getpatter.llm",
                2,
                ids[2],
                {
                    "patter.call.id": call_id,
                    "patter.llm.iteration": 0,
                    "patter.llm.history_size": 2 * turn,
                },
            ),
            ("getpatter.tts", 2, ids[3], {"getpatter.tts.text_len": 12}),
        ]
        for j, (name, trace_no, parent, attrs) in enumerate(shape):
            clock += 1_000
            out.append(
                SpanRecord(
                    name=name,
                    trace_id=traces[trace_no],
                    span_id=ids[j],
                    parent_span_id=parent,
                    start_ns=clock,
                    end_ns=clock + 500_000,
                    attributes=attrs,
                )
            )
            if len(out) == n:
                return out
    return out


def _contract_checker() -> Callable[[Any], Any] | None:
    # check_contract groups the spans itself: its time includes a grouping pass.
    check: Callable[[Any], Any] | None = _optional(
        "pytest_patter_trace.checks.contract", "check_contract"
    )
    return check


def _control(records: list[SpanRecord]) -> None:
    # One dict pass over the same records: how much per-span cost the memory hierarchy
    # alone adds as the trace grows, with no algorithm of ours involved.
    seen: dict[tuple[str, str], Any] = {}
    for r in records:
        seen[r.key] = r.attributes.get("patter.call.id")


def bench_scaling() -> list[Row]:
    sizes = (1_000, 10_000, 100_000) if CI else (1_000, 10_000, 100_000, 1_000_000)
    budget = 20.0 if CI else 120.0  # seconds a single stage may take before we stop growing
    contract = _contract_checker()
    rows: list[Row] = []
    if contract is None:
        rows.append(
            Row(
                "scaling",
                "contract check",
                "-",
                None,
                None,
                "us/span",
                note="n/a: pytest_patter_trace.checks.contract.check_contract not available",
            )
        )
    for shape, per_call in (("many calls", 100), ("one call", 10**9)):
        # Stage -> [(n, seconds)], to project the next size from the measured exponent.
        history: dict[str, list[tuple[int, float]]] = {}
        per_span_10k: dict[str, float] = {}
        # Warm caches and lazy imports so 1k is not charged for them.
        warm = group_calls(synthetic_trace(500, spans_per_call=per_call))
        for c in warm.calls.values():
            c.tree()
        for n in sizes:
            records = synthetic_trace(n, spans_per_call=per_call)
            grouping_box: list[Any] = []
            is_last = n == sizes[-1]

            def group(records: list[SpanRecord] = records, box: list[Any] = grouping_box) -> None:
                box.clear()
                box.append(group_calls(records))

            def tree(box: list[Any] = grouping_box) -> None:
                for call in box[0].calls.values():
                    call.tree()

            def check(records: list[SpanRecord] = records) -> None:
                assert contract is not None
                contract(records)

            def control(records: list[SpanRecord] = records) -> None:
                _control(records)

            stages: list[tuple[str, Callable[[], None]]] = [
                ("control: one dict pass", control),
                ("group_calls", group),
                ("render trees", tree),
            ]
            if contract is not None:
                stages.append(("check_contract", check))
            group()  # the tree stage reads the grouping
            for stage, fn in stages:
                label = f"{stage}, {shape}"
                is_control = stage.startswith("control")
                floor = 2.0 if is_last and not is_control else None
                projected = _project(history.get(stage, []), n)
                if projected is not None and projected > budget:
                    rows.append(
                        Row(
                            "scaling",
                            label,
                            f"{n:,}",
                            None,
                            None,
                            "us/span",
                            math.inf,
                            floor,
                            note=f"skipped: projected {projected:,.0f} s from the measured growth",
                        )
                    )
                    continue
                reps = 5 if n <= 1_000 else (3 if n <= 10_000 else 1)
                if is_control:  # cheap and short: more runs, and the fastest one
                    reps = 9 if n <= 10_000 else 3
                seconds = _stage_time(fn, min_reps=reps, budget=min(budget, 5.0), best=is_control)
                history.setdefault(stage, []).append((n, seconds))
                per_span = seconds / n * 1e6
                if n == 10_000:
                    per_span_10k[stage] = per_span
                ratio = per_span / per_span_10k[stage] if n > 10_000 else None
                note = ""
                if is_last and not is_control and ratio is not None:
                    base_10k = per_span_10k.get("control: one dict pass")
                    last = history["control: one dict pass"][-1]
                    grown = (last[1] / last[0] * 1e6) / base_10k if base_10k else None
                    if grown:
                        note = (
                            f"ratio = per-span time / per-span time at 10k; the control pass "
                            f"grew {grown:.2f}x over the same sizes ({ratio / grown:.2f}x net)"
                        )
                rows.append(
                    Row(
                        "scaling",
                        label,
                        f"{n:,}",
                        per_span,
                        None,
                        "us/span",
                        ratio,
                        floor,
                        note=note,
                    )
                )
            del records, grouping_box
            gc.collect()
    return rows


def _project(history: Sequence[tuple[int, float]], n: int) -> float | None:
    """Seconds expected at ``n`` from the last two sizes' growth exponent."""
    if not history:
        return None
    if len(history) == 1:
        n1, t1 = history[0]
        return t1 * n / n1
    (n1, t1), (n2, t2) = history[-2], history[-1]
    exponent = max(1.0, math.log(max(t2, 1e-9) / max(t1, 1e-9)) / math.log(n2 / n1))
    return float(t2 * (n / n2) ** exponent)
