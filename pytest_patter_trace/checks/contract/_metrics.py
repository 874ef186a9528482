"""The checks of ``patter.cost.*`` / ``patter.latency.*`` attributes and their routing tags."""

from __future__ import annotations

from ...core._render import show_value
from ...core.grouping import CallTrace
from ...core.model import SpanRecord
from ..attributes import (
    Violation,
    check_value,
    undocumented_key,
)
from ._schema import (
    Contract,
)


def metric_violations(
    span: SpanRecord, *, call_id: str | None, contract: Contract
) -> tuple[list[Violation], set[str]]:
    """Findings on ``span``'s cost/latency keys, companions and routing tags.

    Returns the findings and every key looked at (the caller checks the others).
    """
    attrs = span.attributes
    keys = [k for k in attrs if contract.is_metric_key(k)]
    if not keys:
        return [], set()
    checked = set(keys)
    out: list[Violation] = []

    def add(code: str, message: str, key: str, *, expected: str | None, found: str) -> None:
        out.append(
            Violation.on(
                span,
                code,
                message,
                call_id=call_id,
                key=key,
                expected=expected,
                found=found,
            )
        )

    routing = contract.routing
    if routing is not None:
        carried = keys[0] + (f" and {len(keys) - 1} more" if len(keys) > 1 else "")
        for tag in (routing.call_id_key, routing.side_key):
            checked.add(tag)
            if tag not in attrs:
                add(
                    "missing-routing-tag",
                    f"{tag} absent on a cost/latency span (it carries {carried})",
                    tag,
                    expected="present",
                    found="absent",
                )
        value = attrs.get(routing.call_id_key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            add(
                "bad-routing-tag",
                f"{routing.call_id_key} is {show_value(routing.call_id_key, value)}, "
                "expected a non-empty string",
                routing.call_id_key,
                expected="non-empty str",
                found=type(value).__name__,
            )
        side = attrs.get(routing.side_key)
        if side is not None and side not in routing.sides:
            add(
                "bad-routing-tag",
                f"{routing.side_key} is {show_value(routing.side_key, side)}, "
                f"expected one of {', '.join(routing.sides)}",
                routing.side_key,
                expected="|".join(routing.sides),
                found=show_value(routing.side_key, side),
            )
    seen_companions: set[str] = set()
    for key in keys:
        metric = contract.metrics.get(key)
        if metric is None:
            out.append(
                undocumented_key(
                    span,
                    call_id=call_id,
                    key=key,
                    known=contract.metrics,
                    namespaces=contract.near_miss_namespaces,
                )
            )
            continue
        out.extend(check_value(metric.spec, attrs[key], span=span, call_id=call_id))
        for companion in metric.companions:
            if companion.key in seen_companions:
                continue
            seen_companions.add(companion.key)
            checked.add(companion.key)
            if companion.key in attrs:
                out.extend(check_value(companion, attrs[companion.key], span=span, call_id=call_id))
            else:
                add(
                    "missing-attribute",
                    f"{companion.key} absent; it comes with {key}",
                    companion.key,
                    expected=companion.type or "present",
                    found="absent",
                )
    return out, checked


def required_metric_violations(call: CallTrace, *, contract: Contract) -> list[Violation]:
    """``missing-metric`` for each metric the call should carry somewhere but does not."""
    names = {s.name for s in call.spans}
    out: list[Violation] = []
    for metric in contract.metrics.values():
        triggers = [n for n in metric.required_in_calls_with if n in names]
        if not triggers or any(metric.key in s.attributes for s in call.spans):
            continue
        why = f"; documented to fire: {metric.fires}" if metric.fires else ""
        out.append(
            Violation(
                "missing-metric",
                f"{metric.key} on no span, though the call has {triggers[0]} spans{why}",
                call_id=call.call_id,
                key=metric.key,
                expected="present",
                found="absent",
            )
        )
    return out
