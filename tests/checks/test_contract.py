"""The documented Patter contract, checked on synthetic spans: one case per violation code."""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace

import pytest

from pytest_patter_trace.checks.contract import (
    VIOLATION_CODES,
    ContractReport,
    assert_contract,
    check_contract,
    contract_from_mapping,
    default_contract,
    documented_example_trace,
)
from pytest_patter_trace.checks.timing import TIMING_CODES
from pytest_patter_trace.core.grouping import group_calls
from pytest_patter_trace.core.model import SpanRecord, freeze_attributes

Spans = list[SpanRecord]


def example() -> Spans:
    return list(documented_example_trace(call_id="c1"))


def index_of(spans: Sequence[SpanRecord], name: str, nth: int = 0) -> int:
    return [i for i, s in enumerate(spans) if s.name == name][nth]


def edit(
    spans: Spans,
    name: str,
    *,
    nth: int = 0,
    rename: str | None = None,
    set: Mapping[str, object] | None = None,
    drop: Sequence[str] = (),
    parent: str | bool | None = False,
) -> Spans:
    """Change one span of ``spans``: its name, attributes or parent (False: keep it)."""
    i = index_of(spans, name, nth)
    span = spans[i]
    attrs = {k: v for k, v in span.attributes.items() if k not in drop}
    attrs.update(set or {})
    spans = list(spans)
    spans[i] = replace(
        span,
        name=rename or span.name,
        attributes=freeze_attributes(attrs),
        parent_span_id=span.parent_span_id if parent is False else parent,  # type: ignore[arg-type]
    )
    return spans


def found(report: ContractReport) -> set[tuple[str, str | None, str | None]]:
    return {(v.code, v.span_name, v.key) for v in report.violations}


# -- the documented trace conforms ------------------------------------------------------


def test_documented_example_passes() -> None:
    spans = example()
    report = assert_contract(spans)
    assert report.ok
    assert report.calls == ("c1",)
    assert report.spans_checked == len(spans) == 12
    assert "no violations" in report.format()


def test_documented_example_covers_every_documented_span_and_metric() -> None:
    spans = example()
    contract = default_contract()
    assert {s.name for s in spans} == set(contract.spans)
    carried = {k for s in spans for k in s.attributes}
    for spec in contract.spans.values():
        assert {a.key for a in spec.attributes} <= carried
    # realtime minutes fire in realtime mode only; the example is a pipeline call.
    assert set(contract.metrics) - carried == {"patter.cost.realtime_minutes"}


def test_documented_example_is_deterministic_and_per_call() -> None:
    a1 = documented_example_trace(call_id="a")
    a2 = documented_example_trace(call_id="a")
    b = documented_example_trace(call_id="b", side="driver")
    assert a1 == a2
    assert not {s.key for s in a1} & {s.key for s in b}
    assert {s.attributes.get("patter.side") for s in b} == {"driver", None}
    report = check_contract([*a1, *b])
    assert report.ok, report.format()
    assert report.calls == ("a", "b")


def test_default_contract_data() -> None:
    c = default_contract()
    assert (c.name, c.version) == ("patter", "0.6.1")
    assert "v0.6.1" in c.source
    assert c.root == "getpatter.call"
    assert c.call_id_key == "getpatter.call.id"
    assert c.spans["getpatter.call"].min == c.spans["getpatter.call"].max == 1
    assert all(s.min == 0 for n, s in c.spans.items() if n != "getpatter.call")
    assert c.legacy_spans["patter.stt"] == "getpatter.stt"
    assert c.routing is not None
    assert c.routing.sides == ("driver", "uut")
    assert {m.name: m.type for m in c.metrics.values()} == {
        "telephony_minutes": "float",
        "stt_seconds": "float",
        "tts_chars": "int",
        "llm_input_tokens": "int",
        "llm_output_tokens": "int",
        "realtime_minutes": "float",
        "ttfb_ms": "float",
        "turn_ms": "float",
    }
    assert c.key_specs["patter.side"].values == ("driver", "uut")
    assert default_contract() is c  # read once


# -- one case per violation code ------------------------------------------------------------

Case = Callable[[], Spans]

CASES: dict[str, tuple[Case, str, str | None, str | None]] = {
    # id: (spans, expected code, span name, key)
    "no spans": (lambda: [], "no-spans", None, None),
    "no root": (
        lambda: [s for s in example() if s.name != "getpatter.call"],
        "missing-span",
        "getpatter.call",
        None,
    ),
    "two roots": (
        lambda: [*example(), replace(example()[0], span_id="ffffffffffffffff")],
        "too-many-spans",
        "getpatter.call",
        None,
    ),
    "root under another patter span": (
        lambda: [
            replace(example()[2], span_id="dddddddddddddddd", parent_span_id=None, start_ns=0),
            *edit(example(), "getpatter.call", parent="dddddddddddddddd"),
        ],
        "misplaced-span",
        "getpatter.call",
        None,
    ),
    "span outside the root": (
        lambda: edit(example(), "getpatter.tool", parent=None),
        "misplaced-span",
        "getpatter.tool",
        None,
    ),
    "legacy span name": (
        lambda: edit(example(), "getpatter.stt", rename="patter.stt"),
        "legacy-span",
        "patter.stt",
        None,
    ),
    "unknown span name": (
        lambda: edit(example(), "getpatter.tts", rename="getpatter.ttsx"),
        "unknown-span",
        "getpatter.ttsx",
        None,
    ),
    "undocumented fallback span": (
        lambda: [
            *example(),
            replace(
                example()[6],
                name="patter.billable",
                span_id="eeeeeeeeeeeeeeee",
            ),
        ],
        "unknown-span",
        "patter.billable",
        None,
    ),
    "stt confidence missing": (
        lambda: edit(example(), "getpatter.stt", drop=["getpatter.stt.confidence"]),
        "missing-attribute",
        "getpatter.stt",
        "getpatter.stt.confidence",
    ),
    "endpoint silence missing": (
        lambda: edit(example(), "getpatter.endpoint", drop=["getpatter.endpoint.silence_ms"]),
        "missing-attribute",
        "getpatter.endpoint",
        "getpatter.endpoint.silence_ms",
    ),
    "bargein cancelled_text_len missing": (
        lambda: edit(example(), "getpatter.bargein", drop=["getpatter.bargein.cancelled_text_len"]),
        "missing-attribute",
        "getpatter.bargein",
        "getpatter.bargein.cancelled_text_len",
    ),
    "ttft missing": (
        lambda: edit(example(), "getpatter.llm", drop=["getpatter.llm.ttft_ms"]),
        "missing-attribute",
        "getpatter.llm",
        "getpatter.llm.ttft_ms",
    ),
    "patter.call.id instead of getpatter.call.id": (
        lambda: edit(
            example(),
            "getpatter.tts",
            drop=["getpatter.call.id"],
            set={"patter.call.id": "c1"},
        ),
        "misspelled-attribute",
        "getpatter.tts",
        "getpatter.call.id",
    ),
    "patter.llm.iteration instead of getpatter.llm.iteration": (
        lambda: edit(
            example(),
            "getpatter.llm",
            drop=["getpatter.llm.iteration"],
            set={"patter.llm.iteration": 0},
        ),
        "misspelled-attribute",
        "getpatter.llm",
        "getpatter.llm.iteration",
    ),
    "patter.tool.name instead of getpatter.tool.name": (
        lambda: edit(
            example(),
            "getpatter.tool",
            drop=["getpatter.tool.name"],
            set={"patter.tool.name": "lookup_order"},
        ),
        "misspelled-attribute",
        "getpatter.tool",
        "getpatter.tool.name",
    ),
    "unit suffix dropped": (
        lambda: edit(
            example(),
            "getpatter.llm",
            drop=["getpatter.llm.ttft_ms"],
            set={"getpatter.llm.ttft": 12.0},
        ),
        "misspelled-attribute",
        "getpatter.llm",
        "getpatter.llm.ttft_ms",
    ),
    "undocumented key in the namespace": (
        lambda: edit(example(), "getpatter.stt", set={"getpatter.stt.words": 3}),
        "undocumented-attribute",
        "getpatter.stt",
        "getpatter.stt.words",
    ),
    "text_len as a string": (
        lambda: edit(example(), "getpatter.tts", set={"getpatter.tts.text_len": "26"}),
        "wrong-type",
        "getpatter.tts",
        "getpatter.tts.text_len",
    ),
    "text_len as a float": (
        lambda: edit(example(), "getpatter.tts", set={"getpatter.tts.text_len": 26.0}),
        "wrong-type",
        "getpatter.tts",
        "getpatter.tts.text_len",
    ),
    "iteration as a bool": (
        lambda: edit(example(), "getpatter.llm", set={"getpatter.llm.iteration": True}),
        "wrong-type",
        "getpatter.llm",
        "getpatter.llm.iteration",
    ),
    "ttft NaN": (
        lambda: edit(example(), "getpatter.llm", set={"getpatter.llm.ttft_ms": math.nan}),
        "not-finite",
        "getpatter.llm",
        "getpatter.llm.ttft_ms",
    ),
    "negative text_len": (
        lambda: edit(example(), "getpatter.stt", set={"getpatter.stt.text_len": -1}),
        "negative-value",
        "getpatter.stt",
        "getpatter.stt.text_len",
    ),
    "cost span without side": (
        lambda: edit(example(), "getpatter.tts", drop=["patter.side"]),
        "missing-routing-tag",
        "getpatter.tts",
        "patter.side",
    ),
    "unknown side": (
        lambda: edit(example(), "getpatter.tts", set={"patter.side": "tester"}),
        "bad-routing-tag",
        "getpatter.tts",
        "patter.side",
    ),
    "routing call id disagrees": (
        lambda: edit(example(), "getpatter.tts", set={"patter.call_id": "c2"}),
        "call-id-mismatch",
        "getpatter.tts",
        "patter.call_id",
    ),
    "no latency though the agent spoke": (
        lambda: edit(
            example(),
            "getpatter.llm",
            nth=1,
            drop=["patter.latency.ttfb_ms", "patter.latency.turn_ms"],
        ),
        "missing-metric",
        None,
        "patter.latency.ttfb_ms",
    ),
}


@pytest.mark.parametrize("case", list(CASES), ids=list(CASES))
def test_violation_case(case: str) -> None:
    build, code, span_name, key = CASES[case]
    report = check_contract(build())
    assert (code, span_name, key) in found(report), report.format()
    assert not report.ok
    with pytest.raises(AssertionError) as info:
        assert_contract(build())
    assert code in str(info.value)


def test_every_code_has_a_case() -> None:
    # bad-value: below; span-name (profiles only): tests/checks/test_profiles.py
    covered = {code for _, code, _, _ in CASES.values()} | {"bad-value", "span-name"}
    covered |= set(TIMING_CODES)  # tests/checks/test_timing.py
    assert covered == set(VIOLATION_CODES)


def test_single_mutation_reports_only_that_drift() -> None:
    report = check_contract(edit(example(), "getpatter.stt", drop=["getpatter.stt.confidence"]))
    assert [(v.code, v.key) for v in report.violations] == [
        ("missing-attribute", "getpatter.stt.confidence")
    ]
    v = report.violations[0]
    assert (v.call_id, v.span_id) == ("c1", example()[1].span_id)
    assert (v.expected, v.found) == ("float", "absent")


def test_misspelling_is_not_also_reported_as_undocumented() -> None:
    spans = edit(
        example(), "getpatter.tool", drop=["getpatter.tool.name"], set={"patter.tool.name": "x"}
    )
    report = check_contract(spans)
    assert [(v.code, v.expected, v.found) for v in report.violations] == [
        ("misspelled-attribute", "getpatter.tool.name", "patter.tool.name")
    ]
    assert "patter. prefix instead of getpatter." in report.violations[0].message


def test_undocumented_key_close_to_a_present_one_is_not_a_misspelling() -> None:
    spans = edit(example(), "getpatter.tool", set={"patter.tool.name": "x"})
    report = check_contract(spans)
    [v] = report.violations
    assert (v.code, v.key) == ("undocumented-attribute", "patter.tool.name")
    assert "getpatter.tool.name" in v.message


def test_unknown_span_suggests_the_close_documented_name() -> None:
    report = check_contract(edit(example(), "getpatter.tts", rename="getpatter.ttsx"))
    [v] = [v for v in report.violations if v.code == "unknown-span"]
    assert v.expected == "getpatter.tts"
    assert "did you mean getpatter.tts" in v.message


def test_int_accepted_where_float_documented_but_not_the_reverse() -> None:
    assert check_contract(
        edit(example(), "getpatter.endpoint", set={"getpatter.endpoint.silence_ms": 300})
    ).ok
    report = check_contract(edit(example(), "getpatter.tts", set={"patter.cost.tts_chars": 26.0}))
    assert [(v.code, v.key, v.expected, v.found) for v in report.violations] == [
        ("wrong-type", "patter.cost.tts_chars", "int", "float")
    ]


def test_legacy_span_is_reported_once_not_with_every_attribute() -> None:
    report = check_contract(edit(example(), "getpatter.stt", rename="patter.stt"))
    assert [v.code for v in report.violations] == ["legacy-span"]
    assert "renamed getpatter.stt" in report.violations[0].message


def test_missing_root_names_its_attributes_and_the_roots_instead() -> None:
    spans = [s for s in example() if s.name != "getpatter.call"]
    report = check_contract(spans)
    [v] = [v for v in report.violations if v.code == "missing-span"]
    assert "getpatter.call.direction" in v.message
    assert "getpatter.call.provider_mode" in v.message
    assert "11 roots in 1 traces" in v.message
    # With no root there is nothing to be placed under: no misplaced-span noise.
    assert "misplaced-span" not in report.counts()


def test_foreign_spans_around_and_inside_the_call_are_left_alone() -> None:
    spans = example()
    app = SpanRecord(name="app.handle_call", trace_id=spans[0].trace_id, span_id="a" * 16)
    spans = edit(spans, "getpatter.call", parent=app.span_id)
    http = SpanRecord(
        name="HTTP POST",
        trace_id=spans[0].trace_id,
        span_id="b" * 16,
        parent_span_id=spans[3].span_id,
        start_ns=spans[3].start_ns + 1,
    )
    tool = edit(spans, "getpatter.tool", parent=http.span_id)
    report = check_contract([app, *tool, http])
    assert report.ok, report.format()


def test_parent_in_another_call_is_a_call_id_mismatch() -> None:
    spans = example()
    other = edit(
        list(documented_example_trace(call_id="c2")),
        "getpatter.tool",
        parent=spans[3].span_id,
    )
    # Same trace id, so the parent lookup crosses calls.
    other = [replace(s, trace_id=spans[0].trace_id) for s in other]
    report = check_contract([*spans, *other])
    mismatches = [v for v in report.violations if v.code == "call-id-mismatch"]
    assert [(v.call_id, v.span_name, v.found) for v in mismatches] == [
        ("c2", "getpatter.tool", "c1")
    ]


def test_spans_without_any_call_id_are_checked_outside_calls() -> None:
    lone = replace(example()[4], attributes=freeze_attributes({"getpatter.tool.name": "x"}))
    lone = replace(lone, trace_id="9" * 32, parent_span_id=None)
    report = check_contract([*example(), lone])
    outside = report.by_call()[None]
    assert {(v.code, v.key) for v in outside} == {
        ("missing-attribute", "getpatter.tool.transport"),
        ("missing-attribute", "getpatter.call.id"),
    }
    assert "outside any call" in report.format()


def test_bad_value_from_a_user_contract() -> None:
    contract = contract_from_mapping(
        {
            "contract": {"name": "mine", "version": "1", "source": "ours"},
            "spans": {
                "getpatter.tool": {
                    "attributes": {
                        "getpatter.tool.transport": {
                            "type": "str",
                            "values": ["handler", "webhook", "none"],
                        }
                    }
                }
            },
        }
    )
    spans = [
        replace(s, attributes=freeze_attributes({"getpatter.tool.transport": "handler"}))
        for s in example()
        if s.name == "getpatter.tool"
    ]
    assert check_contract(spans, contract).ok
    bad = edit(spans, "getpatter.tool", set={"getpatter.tool.transport": "carrier-pigeon"})
    [v] = check_contract(bad, contract).violations
    assert (v.code, v.key, v.expected) == (
        "bad-value",
        "getpatter.tool.transport",
        "handler|webhook|none",
    )


def test_contract_without_namespaces_owns_every_span() -> None:
    contract = contract_from_mapping(
        {
            "contract": {"name": "mine", "version": "1", "source": "ours"},
            "spans": {"work": {"attributes": {"size": {"type": "int"}}}},
        }
    )
    spans = [
        SpanRecord(name="work", trace_id="1" * 32, span_id="1" * 16, attributes={"size": 1}),
        SpanRecord(name="other", trace_id="1" * 32, span_id="2" * 16),
    ]
    assert [(v.code, v.span_name) for v in check_contract(spans, contract).violations] == [
        ("unknown-span", "other")
    ]


# -- the report ------------------------------------------------------------------------------


def drifted() -> Spans:
    spans = edit(example(), "getpatter.stt", drop=["getpatter.stt.confidence"])
    for nth in range(3):
        spans = edit(
            spans,
            "getpatter.llm",
            nth=nth,
            drop=["getpatter.call.id"],
            set={"patter.call.id": "c1"},
        )
    return [*spans, *documented_example_trace(call_id="c2")]


def test_report_groups_by_call_and_counts() -> None:
    report = check_contract(drifted())
    assert report.counts() == {"missing-attribute": 1, "misspelled-attribute": 3}
    assert list(report.by_call()) == ["c1"]
    text = report.format()
    lines = text.splitlines()
    assert lines[0] == (
        "patter tracing contract v0.6.1: 4 violations in 1 call (24 spans, 2 calls checked)"
    )
    assert lines[1] == "  misspelled-attribute x3, missing-attribute x1"
    assert "call c1: 4 violations" in lines
    # The same drift on three spans is one entry listing the three spans.
    entry = [i for i, line in enumerate(lines) if "found patter.call.id instead" in line]
    assert len(entry) == 1
    assert lines[entry[0] + 1].strip().startswith("at 3 spans: getpatter.llm x3 ")
    assert lines[-1].startswith("contract: Patter documentation v0.6.1")


def test_report_to_dict_is_json() -> None:
    report = check_contract(drifted())
    data = json.loads(json.dumps(report.to_dict()))
    assert data["ok"] is False
    assert data["contract"]["version"] == "0.6.1"
    assert data["calls"] == ["c1", "c2"]
    assert data["counts"] == {"misspelled-attribute": 3, "missing-attribute": 1}
    [c1] = data["violations_by_call"]
    assert c1["call_id"] == "c1"
    assert {v["code"] for v in c1["violations"]} == {"missing-attribute", "misspelled-attribute"}
    assert set(c1["violations"][0]) == {
        "code",
        "call_id",
        "span_name",
        "span_id",
        "key",
        "expected",
        "found",
        "message",
    }


def test_grouping_keys_can_be_changed() -> None:
    spans = example()
    # Grouping by a key nobody carries leaves every span outside any call: the spans
    # are still checked one by one, but no call-level rule (the root) applies.
    report = check_contract(spans, call_id_keys=("x.call",))
    assert (report.calls, report.spans_checked, report.ok) == ((), 12, True)
    report = check_contract(
        edit(spans, "getpatter.tool", set={"getpatter.tool.name": 1}), call_id_keys=("x.call",)
    )
    assert [(v.code, v.call_id) for v in report.violations] == [("wrong-type", None)]


def test_contract_argument_types() -> None:
    with pytest.raises(TypeError, match="contract must be a Contract"):
        check_contract(example(), 42)  # type: ignore[arg-type]


def test_check_uses_grouping_of_real_call_id_keys() -> None:
    # getpatter 0.7.0 puts its call id under patter.call.id: still one call.
    spans = [
        replace(
            s,
            attributes=freeze_attributes(
                {
                    ("patter.call.id" if k == "getpatter.call.id" else k): v
                    for k, v in s.attributes.items()
                }
            ),
        )
        for s in example()
    ]
    assert list(group_calls(spans).calls) == ["c1"]
    report = check_contract(spans)
    assert report.calls == ("c1",)
    assert report.counts() == {"misspelled-attribute": 12}
