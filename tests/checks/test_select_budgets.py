"""The contract's percentile and per-span budgets: per call, and over every call together."""

from __future__ import annotations

import statistics
from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pytest

from pytest_patter_trace.checks.contract import (
    ContractError,
    assert_contract,
    check_contract,
    contract_from_mapping,
    default_contract,
    documented_example_trace,
)
from pytest_patter_trace.core.model import SpanRecord

MS = 1_000_000
PHONE = "+1 415 555 0134"


def with_timing(**changes: Any) -> Any:
    base = default_contract()
    assert base.timing is not None
    return replace(base, timing=replace(base.timing, **changes))


def call(cid: str, turn_ms: float) -> list[SpanRecord]:
    """The documented call; turn 1's turn_ms attribute set, turn 2 measures 800 ms."""
    return [
        replace(s, attributes={**s.attributes, "patter.latency.turn_ms": turn_ms})
        if "patter.latency.turn_ms" in s.attributes
        else s
        for s in documented_example_trace(call_id=cid)
    ]


def codes(report: Any, code: str) -> list[Any]:
    return [v for v in report.violations if v.code == code]


def test_budgets_load_from_toml_shaped_data() -> None:
    c = contract_from_mapping(
        {
            "contract": {"name": "mine", "version": "1", "source": "test"},
            "spans": {"getpatter.tts": {}},
            "timing": {
                "budgets": {"p95_turn_ms": 800, "p95_ttft_ms": 300.5},
                "max_span_ms": {"getpatter.tts": 2000},
            },
        }
    )
    assert c.timing is not None
    assert dict(c.timing.budgets) == {"p95_turn_ms": 800.0, "p95_ttft_ms": 300.5}
    assert dict(c.timing.max_span_ms) == {"getpatter.tts": 2000.0}


def test_bad_max_span_ms_is_named_with_its_path() -> None:
    with pytest.raises(ContractError) as info:
        contract_from_mapping(
            {
                "contract": {"name": "mine", "version": "1", "source": "test"},
                "spans": {"getpatter.tts": {}},
                "timing": {
                    "max_span_ms": {"getpatter": {"tts": 2000}, "x": -1, "y": "2"},
                },
            },
            origin="c.toml",
        )
    text = str(info.value)
    assert 'c.toml: timing.max_span_ms.getpatter: quote a dotted span name: "getpatter.tts"' in text
    assert "c.toml: timing.max_span_ms.x: expected a number of ms >= 0, got -1" in text
    assert 'c.toml: timing.max_span_ms.y: expected a number of ms >= 0, got "2"' in text


def test_p95_turn_budget_per_call() -> None:
    contract = with_timing(budgets={"p95_turn_ms": 1000.0})
    report = check_contract(call("c-1", 2300.0), contract)
    [v] = codes(report, "over-budget-percentile")
    expected = statistics.quantiles([2300.0, 800.0], n=100, method="inclusive")[94]
    assert v.found == f"{expected:.1f}"
    assert v.message.startswith(f"p95 turn_ms {expected:.1f} over 2 turns > budget 1000 (")
    assert "slowest: turn 1, turn_ms 2300.0, spans getpatter.stt, getpatter.endpoint, " in v.message
    assert check_contract(call("c-1", 900.0), contract).ok


def test_p95_over_every_call_names_the_slowest_turn_masked() -> None:
    # Each call alone stays within 2500 at p95; together, 3 slow turns in 40 do not.
    spans: list[SpanRecord] = []
    for c in range(20):
        slow = c in (4, 13, 17)
        one = call(f"c-{c:02d}", 2550.0 if slow else 500.0)
        if c == 13:
            # The slowest call's tool span carries a name with a phone number in it.
            one = [
                replace(s, name=f"dial {PHONE}") if s.name == "getpatter.tool" else s for s in one
            ]
            one = [
                replace(s, attributes={**s.attributes, "patter.latency.turn_ms": 2560.0})
                if "patter.latency.turn_ms" in s.attributes
                else s
                for s in one
            ]
        spans += one
    contract = with_timing(budgets={"p95_turn_ms": 2500.0})
    for c in range(20):
        assert not codes(
            check_contract([s for s in spans if _cid(s) == f"c-{c:02d}"], contract),
            "over-budget-percentile",
        )
    report = check_contract(spans, contract)
    [v] = codes(report, "over-budget-percentile")
    assert v.message.startswith("across 20 calls, p95 turn_ms 2550.0 over 40 turns > budget 2500")
    assert "slowest: call c-13 turn 1, turn_ms 2560.0, spans getpatter.stt, " in v.message
    assert PHONE not in v.message
    assert "dial " in v.message
    with pytest.raises(AssertionError, match="over-budget-percentile"):
        assert_contract(spans, contract)


def _cid(span: SpanRecord) -> object:
    return span.attributes.get("getpatter.call.id")


def test_max_span_ms_per_name() -> None:
    contract = with_timing(max_span_ms={"getpatter.llm": 550.0})
    [v] = codes(check_contract(call("c-1", 900.0), contract), "span-over-budget")
    assert v.span_name == "getpatter.llm"
    assert v.message == "getpatter.llm lasts 600.0 ms; max_span_ms 550"
    assert (v.expected, v.found) == ("<= 550", "600.0")


def test_no_budget_no_finding() -> None:
    spans = [s for c in range(3) for s in call(f"c-{c}", 9000.0)]
    report = check_contract(spans)
    assert not codes(report, "over-budget-percentile")
    assert not codes(report, "span-over-budget")


def test_budgets_table_of_the_docs_loads(tmp_path: Any) -> None:
    text = (
        '[contract]\nname = "mine"\nversion = "1"\nsource = "test"\n'
        '[spans."getpatter.tts"]\n'
        "[timing.budgets]\np95_turn_ms = 800\np95_ttft_ms = 300\n"
        '[timing.max_span_ms]\n"getpatter.tts" = 2000\n'
    )
    path = tmp_path / "contract.toml"
    path.write_text(text)
    from pytest_patter_trace.checks.contract import load_contract

    timing = load_contract(path).timing
    assert timing is not None
    assert dict(timing.max_span_ms) == {"getpatter.tts": 2000.0}
    assert isinstance(timing.budgets, Mapping)


def test_report_gives_p50_p95_per_span_name_for_the_run() -> None:
    from pytest_patter_trace.outputs.report import check_spans
    from pytest_patter_trace.outputs.waterfall import render_html

    first = call("c-1", 900.0)
    second = [
        replace(s, end_ns=(s.end_ns or 0) + 100 * MS) if s.name == "getpatter.llm" else s
        for s in call("c-2", 900.0)
    ]
    page = render_html([check_spans("test_a", first), check_spans("test_b", second)])
    llm = [
        (s.end_ns - s.start_ns) / MS  # type: ignore[operator]
        for s in [*first, *second]
        if s.name == "getpatter.llm"
    ]
    cuts = statistics.quantiles(llm, n=100, method="inclusive")
    row = (
        '<tr><td class="label">getpatter.llm</td><td>6</td>'
        f"<td>{cuts[49]:.1f}</td><td>{cuts[94]:.1f}</td><td>{max(llm):.1f}</td></tr>"
    )
    assert row in page
    assert "<th>span name (whole run)</th>" in page


def test_waterfall_draws_max_span_ms_bands() -> None:
    from pytest_patter_trace.outputs.report import check_spans
    from pytest_patter_trace.outputs.waterfall import render_html

    contract = with_timing(max_span_ms={"getpatter.llm": 550.0})
    report = check_spans("test_a", call("c-1", 900.0))
    page = render_html([report], contract=contract)
    assert page.count('title="max_span_ms 550"') == 3  # one band per getpatter.llm row
    assert 'class="band"' not in render_html([report])  # no budget, no band


def test_the_report_checks_p95_budgets_over_the_whole_run() -> None:
    import html

    from pytest_patter_trace.outputs.report import check_spans
    from pytest_patter_trace.outputs.waterfall import render_html, run_budget_messages

    contract = with_timing(budgets={"p95_turn_ms": 2500.0})
    # One call per test: each test alone is within budget, the run is not.
    reports = [
        check_spans(
            f"test_{c}",
            call(f"c-{c:02d}", 2550.0 if c in (4, 13, 17) else 500.0),
            contract=contract,
        )
        for c in range(20)
    ]
    assert not [
        v
        for r in reports
        for c in r.calls
        for v in c.violations
        if v.code == "over-budget-percentile"
    ]
    [message] = run_budget_messages(reports, contract)
    assert message.startswith("across 20 calls, p95 turn_ms 2550.0 over 40 turns > budget 2500")
    assert run_budget_messages(reports) == []  # Patter's contract states no percentile budget
    page = render_html(reports, contract=contract)
    assert "<h2>run budgets exceeded</h2>" in page
    assert html.escape(message) in page
    assert "run budgets exceeded" not in render_html(reports)


def test_a_bad_report_contract_is_a_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\npatter_report_contract = missing.toml\n")
    pytester.makepyfile("def test_nothing():\n    pass\n")
    result = pytester.runpytest("-p", "no:randomly", "--patter-report", "r.html")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*patter_report_contract: *missing.toml*"])
