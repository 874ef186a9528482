"""A check that finds many things masks each call id and span name once, and forgets it."""

from __future__ import annotations

from typing import Any

import pytest
from _builders import span

from pytest_patter_trace.checks.attributes import check_required_attributes
from pytest_patter_trace.checks.contract import check_contract
from pytest_patter_trace.checks.cost import check_cost_latency
from pytest_patter_trace.core import _render


def _broken_call(call_id: str, spans: int) -> list[Any]:
    # Undocumented spans with no required attributes: several findings on every span.
    root = span("getpatter.call", call=call_id)
    return [root] + [
        # A cost with no routing tags, and an undocumented key.
        span(
            "getpatter.stt",
            parent=root,
            call=call_id,
            attributes={"x.odd": i, "patter.cost.stt_seconds": "many"},
        )
        for i in range(spans)
    ]


def _count_redactions(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    seen: dict[str, int] = {}
    real = _render.redact

    def counted(key: str, value: Any) -> Any:
        if key in ("call.id", "span.name"):
            seen[value] = seen.get(value, 0) + 1
        return real(key, value)

    monkeypatch.setattr(_render, "redact", counted)
    return seen


def test_a_contract_check_masks_each_call_id_once(monkeypatch: pytest.MonkeyPatch) -> None:
    spans = _broken_call("call-one", 30) + _broken_call("call-two", 30)
    seen = _count_redactions(monkeypatch)
    report = check_contract(spans)
    assert len(report.violations) > 60  # many findings name the same two calls
    assert seen["call-one"] <= 2
    assert seen["call-two"] <= 2
    assert seen["getpatter.stt"] <= 2


@pytest.mark.parametrize(
    "check",
    [
        lambda s: check_contract(s).violations,
        lambda s: check_required_attributes(s, {"getpatter.stt": ["patter.missing"]}),
        lambda s: check_cost_latency(s),
    ],
    ids=["contract", "required", "cost"],
)
def test_masks_are_the_same_and_forgotten_when_the_check_returns(check: Any) -> None:
    # A phone number as call id and span name: masked the same with and without memory.
    spans = _broken_call("+1 646 555 0171", 5)
    spans.append(span("dial +1 646 555 0171", call="+1 646 555 0171"))
    found = check(spans)
    assert found
    text = "\n".join(map(str, found))
    assert "646 555 0171" not in text
    for v in found:
        if v.call_id is not None:
            assert v.call_id == _render.printable(str(_render.redact("call.id", "+1 646 555 0171")))
    assert _render._MASKS.get() is None  # nothing kept once the check returned


def test_a_nested_check_shares_its_callers_memory_and_the_outer_one_forgets() -> None:
    @_render.remembering_masks
    def inner() -> object:
        return _render._MASKS.get()

    @_render.remembering_masks
    def outer() -> tuple[object, object]:
        return _render._MASKS.get(), inner()

    mine, theirs = outer()
    assert mine is theirs
    assert isinstance(mine, dict)
    assert _render._MASKS.get() is None
