"""Every check reads a call once: one grouping, one contract, turns cut once per call."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import pytest

from pytest_patter_trace.checks.contract import check_contract, documented_example_trace
from pytest_patter_trace.checks.timing import call_timing
from pytest_patter_trace.outputs.report import check_spans


def _count(monkeypatch: pytest.MonkeyPatch, name: str) -> list[int]:
    """Count the calls of ``name`` however a module of the package imported it."""
    calls = [0]
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("pytest_patter_trace"):
            continue
        real: Callable[..., Any] | None = getattr(module, name, None)
        if real is None or not callable(real):
            continue

        def counted(*args: Any, _real: Callable[..., Any] = real, **kwargs: Any) -> Any:
            calls[0] += 1
            return _real(*args, **kwargs)

        monkeypatch.setattr(module, name, counted)
    return calls


def _two_calls() -> tuple[Any, ...]:
    return documented_example_trace(call_id="c-1") + documented_example_trace(call_id="c-2")


def test_the_report_cuts_each_call_into_turns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    cut = _count(monkeypatch, "split_turns")
    report = check_spans("doc", _two_calls())
    assert [c.call_id for c in report.calls] == ["c-1", "c-2"]
    assert all(c.timing is not None and len(c.timing.turns) == 2 for c in report.calls)
    assert cut[0] == 2


def test_the_report_groups_the_spans_once(monkeypatch: pytest.MonkeyPatch) -> None:
    grouped = _count(monkeypatch, "group_calls")
    report = check_spans("doc", _two_calls())
    assert len(report.calls) == 2
    assert grouped[0] == 1


def test_the_report_resolves_its_contract_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    from pytest_patter_trace.checks.contract._load import default_contract

    path = tmp_path / "contract.toml"
    # The packaged contract, read from a file: each resolution would read the file again.
    path.write_bytes(_packaged_contract())
    loaded = _count(monkeypatch, "load_contract")
    report = check_spans("doc", _two_calls(), contract=str(path))
    assert len(report.calls) == 2
    assert loaded[0] == 1
    assert default_contract().name == "patter"


def _packaged_contract() -> bytes:
    from importlib import resources

    return resources.files("pytest_patter_trace").joinpath("patter_contract.toml").read_bytes()


def test_public_checks_group_once_and_cut_turns_once(monkeypatch: pytest.MonkeyPatch) -> None:
    grouped = _count(monkeypatch, "group_calls")
    cut = _count(monkeypatch, "split_turns")
    report = check_contract(_two_calls())
    assert report.calls == ("c-1", "c-2")
    assert (grouped[0], cut[0]) == (1, 2)
    grouped[0] = cut[0] = 0
    timing = call_timing(documented_example_trace(call_id="c-1"))
    assert len(timing.turns) == 2
    assert (grouped[0], cut[0]) == (1, 1)


def test_a_check_takes_a_profile_name_a_path_or_a_contract(tmp_path: Any) -> None:
    from pytest_patter_trace.checks.profiles import load_profile

    spans = documented_example_trace(call_id="c-1")
    by_name = check_contract(spans, "pipecat")
    assert by_name.contract is load_profile("pipecat")
    path = tmp_path / "pipecat"
    path.write_bytes(_packaged_contract())
    # A path is read as a file, even one named like a profile.
    assert check_contract(spans, str(path)).contract.name == "patter"
    assert check_contract(spans, by_name.contract).contract is by_name.contract
    assert call_timing(spans, contract="livekit").call_id == "c-1"
