"""The observed schema (``schema_of``), its registry-shaped YAML, and its semantic diff."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from _builders import span as build_span

from pytest_patter_trace.checks.schema import (
    Schema,
    SchemaError,
    load_schema,
    parse_schema,
    schema_of,
)
from pytest_patter_trace.checks.schema_diff import diff_schemas
from pytest_patter_trace.cli import main
from pytest_patter_trace.core.model import EventRecord, SpanRecord, StatusRecord
from pytest_patter_trace.sources.otlp import records_to_otlp_json

T = 1
PHONE = "+1 415 555 0132"


def span(name: str, sid: str, parent: str | None = None, **fields: Any) -> SpanRecord:
    # All at 0 and never ended: the schema reads names, keys and types, not times.
    return build_span(name, sid, parent, trace=T, start=0, duration=None, **fields)


def exception(n: int) -> tuple[EventRecord, ...]:
    return tuple(EventRecord("exception", i, {"exception.type": "ValueError"}) for i in range(n))


def trace(
    *,
    ttfb_key: str = "patter.latency.ttfb",
    tool_key: str = "patter.tool.name",
    events: int = 1,
    llm_name: str = "getpatter.llm",
) -> list[SpanRecord]:
    return [
        span(llm_name, "1", attributes={"patter.call.id": "c1", ttfb_key: 0.25}),
        span(
            llm_name,
            "2",
            "1",
            attributes={"patter.call.id": "c1", "patter.llm.iteration": 0},
            status=StatusRecord("ERROR"),
            events=exception(events),
        ),
        span(
            "getpatter.tool",
            "3",
            "1",
            kind="CLIENT",
            attributes={
                tool_key: "lookup_order",
                "patter.caller.phone": PHONE,
                "patter.call.id": "c1",
                "getpatter.stt.transcript": "where is my order",
                "patter.tool.size_ms": 12,
            },
        ),
    ]


def test_schema_of_reads_structure_types_units_presence_and_events() -> None:
    schema = schema_of(trace())
    assert schema.names == ("getpatter.llm", "getpatter.tool")
    llm = schema.span("getpatter.llm")
    assert llm is not None
    assert (llm.count, llm.parents, llm.children) == (
        2,
        ("(root)", "getpatter.llm"),
        ("getpatter.llm", "getpatter.tool"),
    )
    assert llm.statuses == ("ERROR", "UNSET")
    iteration = llm.attribute("patter.llm.iteration")
    assert iteration is not None
    assert (iteration.types, iteration.presence, iteration.requirement_level) == (
        ("int",),
        0.5,
        "recommended",
    )
    ttfb = llm.attribute("patter.latency.ttfb")
    assert ttfb is not None
    assert ttfb.unit is None  # no suffix, and the contract documents only ttfb_ms
    event = llm.event("exception")
    assert event is not None
    assert (event.spans, event.per_span_max, event.attributes) == (1, 1, ("exception.type",))
    tool = schema.span("getpatter.tool")
    assert tool is not None
    assert tool.kinds == ("CLIENT",)
    size = tool.attribute("patter.tool.size_ms")
    assert size is not None
    assert size.unit == "ms"  # from the key's suffix


def test_examples_only_where_not_content_pii_or_ids() -> None:
    tool = schema_of(trace()).span("getpatter.tool")
    assert tool is not None
    shown = {a.key: a.example for a in tool.attributes}
    assert shown["patter.tool.name"] == "lookup_order"
    assert shown["patter.caller.phone"] is None
    assert shown["getpatter.stt.transcript"] is None
    assert shown["patter.call.id"] is None
    text = schema_of(trace()).to_yaml()
    assert "0132" not in text
    assert "where is my order" not in text


def test_yaml_loads_as_a_registry_shaped_document() -> None:
    schema = schema_of(trace())
    text = schema.to_yaml()
    document = yaml.safe_load(text)
    groups = document["groups"]
    spans = [g for g in groups if g["type"] == "span"]
    assert [g["id"] for g in spans] == ["span.getpatter.llm", "span.getpatter.tool"]
    weaver_types = {"string", "int", "double", "boolean", "any"}
    for group in spans:
        assert {"id", "type", "brief", "stability", "span_kind", "attributes"} <= set(group)
        assert group["stability"] == "development"
        for attr in group["attributes"]:
            assert {"id", "type", "requirement_level", "stability"} <= set(attr)
            assert attr["type"] in weaver_types or attr["type"].endswith("[]")
            assert attr["requirement_level"] in ("required", "recommended")
    size = next(a for a in spans[1]["attributes"] if a["id"] == "patter.tool.size_ms")
    assert size["note"] == "Unit: ms."
    assert [g["name"] for g in groups if g["type"] == "event"] == ["exception"]
    assert parse_schema(text) == schema
    assert document == schema.to_dict()


def test_awkward_names_and_values_survive_the_yaml() -> None:
    odd = [span('say "hi": yes', "1", attributes={"k": "true", "n": 1, "on": "null"})]
    schema = schema_of(odd)
    text = schema.to_yaml()
    assert yaml.safe_load(text) == schema.to_dict()
    assert parse_schema(text) == schema


def test_the_diff_names_renames_units_types_requirements_parents_and_events() -> None:
    old = schema_of(trace(llm_name="patter.llm"))
    bumped = trace(ttfb_key="patter.latency.ttfb_ms", tool_key="patter.tool_name", events=2)
    bumped[2] = dataclasses.replace(bumped[2], parent_span_id=None)
    new = schema_of(bumped)
    diff = diff_schemas(old, new)
    found = {(c.code, c.span, c.key) for c in diff.changes}
    assert ("span-renamed", "getpatter.llm", None) in found
    assert ("attribute-renamed", "getpatter.llm", "patter.latency.ttfb_ms") in found
    assert ("unit-changed", "getpatter.llm", "patter.latency.ttfb_ms") in found
    assert ("attribute-renamed", "getpatter.tool", "patter.tool_name") in found
    assert ("event-count-changed", "getpatter.llm", "exception") in found
    assert ("parent-changed", "getpatter.tool", None) in found
    text = diff.format()
    assert "span renamed from patter.llm" in text
    assert "exception: event-count up to 1 per span -> up to 2 per span" in text
    assert "patter.latency.ttfb_ms: unit (none) -> ms" in text
    assert diff_schemas(new, new).changes == ()


def test_unit_type_and_requirement_changes() -> None:
    old = schema_of([span("s", "1", attributes={"x.wait_seconds": 1, "y": 1}), span("s", "2")])
    new = schema_of(
        [span("s", "1", attributes={"x.wait_ms": 1.5, "y": 1}), span("s", "2", attributes={"y": 2})]
    )
    found = {(c.code, c.key, c.old, c.new) for c in diff_schemas(old, new).changes}
    assert ("attribute-renamed", "x.wait_ms", "x.wait_seconds", "x.wait_ms") in found
    assert ("unit-changed", "x.wait_ms", "s", "ms") in found
    assert ("type-changed", "x.wait_ms", "int", "float") in found
    assert ("requirement-changed", "y", "recommended (50%)", "required (100%)") in found


def write(path: Path, spans: list[SpanRecord]) -> str:
    path.write_text(json.dumps(records_to_otlp_json(spans)), encoding="utf-8")
    return str(path)


def test_cli_schema_and_diff(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old_trace = write(tmp_path / "old.json", trace())
    new_trace = write(tmp_path / "new.json", trace(tool_key="patter.tool_name", events=2))
    assert main(["schema", old_trace, "-o", str(tmp_path / "old.yaml")]) == 0
    assert load_schema(tmp_path / "old.yaml") == schema_of(trace())
    assert main(["diff", str(tmp_path / "old.yaml"), old_trace]) == 0
    capsys.readouterr()
    assert main(["diff", str(tmp_path / "old.yaml"), new_trace]) == 1
    out = capsys.readouterr().out
    assert "attribute patter.tool.name renamed patter.tool_name (other separators)" in out
    assert main(["diff", old_trace, new_trace, "--json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["changed"] is True
    assert {c["code"] for c in data["changes"]} == {"attribute-renamed", "event-count-changed"}
    assert main(["diff", old_trace, new_trace, "--markdown"]) == 1
    assert "| `getpatter.tool` | attribute-renamed |" in capsys.readouterr().out


def test_cli_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(tmp_path / "missing.yaml"), "0.7.0"]) == 2
    err = capsys.readouterr().err
    assert "missing.yaml: no such file, and not a getpatter release" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("groups:\n  - id: [unclosed\n", encoding="utf-8")
    assert main(["diff", str(bad), str(bad)]) == 2
    assert "bad.yaml:2" in capsys.readouterr().err
    assert main(["diff", "only-one"]) == 2
    with pytest.raises(SchemaError, match="no 'groups:' list"):
        parse_schema("other: 1\n")


def test_an_empty_schema_diffs_as_every_span_added() -> None:
    diff = diff_schemas(Schema(), schema_of(trace()))
    assert [c.code for c in diff.changes] == ["span-added", "span-added"]


def test_real_getpatter_llm_error_records_its_exception_twice() -> None:
    pytest.importorskip("getpatter.evals.session", reason="getpatter>=0.6.8 is not installed")
    from pytest_patter_trace.drivers.scenarios import run_scenario
    from pytest_patter_trace.sources.capture import run_captured

    capture = run_captured(lambda: run_scenario("llm-error"))
    llm = schema_of(capture.spans).span("getpatter.llm")
    assert llm is not None
    event = llm.event("exception")
    assert event is not None
    # 0.6.8 and later: start_span records it, then the SDK's own span exit again.
    assert (event.spans, event.per_span_max) == (1, 2)
    assert llm.statuses == ("ERROR", "UNSET")


def test_a_release_that_cannot_be_installed_is_exit_3(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("", encoding="utf-8")  # venv cannot be made under a file
    old = write(tmp_path / "old.json", trace())
    assert main(["diff", old, "0.7.0", "--venv-dir", str(blocker)]) == 3
    err = capsys.readouterr().err
    assert err.startswith("patter-trace: installing getpatter 0.7.0 in ")
    assert "patter-trace: error: python -m venv " in err
    assert "not-a-dir/getpatter-0.7.0 failed: " in err
    assert "Traceback" not in err


def test_profile_units_for_otlp_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spans = [
        span(
            "chat gpt-4o",
            "1",
            attributes={"gen_ai.usage.input_tokens": 12, "gen_ai.operation.name": "chat"},
        )
    ]
    path = write(tmp_path / "genai.json", spans)
    assert main(["schema", path, "--profile", "genai", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    (group,) = [g for g in document["groups"] if g["type"] == "span"]
    tokens = next(a for a in group["attributes"] if a["id"] == "gen_ai.usage.input_tokens")
    assert tokens["annotations"]["observed"]["unit"] == "{token}"


def test_genai_coverage_of_required_attributes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from pytest_patter_trace.checks.profiles import load_profile
    from pytest_patter_trace.checks.schema_coverage import coverage_of

    chat = {"gen_ai.operation.name": "chat", "gen_ai.request.model": "gpt-4o"}
    spans = [
        span("chat gpt-4o", "1", attributes={**chat, "gen_ai.provider.name": "openai"}),
        span("chat gpt-4o", "2", attributes=chat),
        span("getpatter.stt", "3", attributes={"patter.call.id": "c1"}),  # no GenAI span
    ]
    report = coverage_of(spans, load_profile("genai"))
    rows = {(r.span, r.key): r.status for r in report.rows}
    assert rows == {
        ("chat", "gen_ai.operation.name"): "present",
        ("chat", "gen_ai.provider.name"): "partial",
        ("chat", "gen_ai.request.model"): "present",
    }
    assert report.percent == 66.7
    assert "execute_tool" in report.not_observed
    path = write(tmp_path / "genai.json", spans)
    assert main(["schema", path, "--profile", "genai", "--coverage"]) == 0
    out = capsys.readouterr().out
    assert "66.7% of required attributes present (2/3)" in out
    assert "  partial  chat gen_ai.provider.name (50%)" in out


def test_json_errors_are_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", str(tmp_path / "gone.yaml"), "x", "--json"]) == 2
    data = json.loads(capsys.readouterr().out)
    assert data["exit_code"] == 2
    assert "gone.yaml: no such file" in data["error"]


def test_a_span_emitted_more_often_is_count_changed() -> None:
    more = [
        *trace(),
        span(
            "getpatter.tool",
            "4",
            "1",
            kind="CLIENT",
            attributes={
                "patter.tool.name": "x",
                "patter.caller.phone": PHONE,
                "patter.call.id": "c1",
                "getpatter.stt.transcript": "hi there",
                "patter.tool.size_ms": 1,
            },
        ),
    ]
    diff = diff_schemas(schema_of(trace()), schema_of(more))
    assert [(c.code, c.span, c.old, c.new) for c in diff.changes] == [
        ("count-changed", "getpatter.tool", "1", "2")
    ]


def test_a_profile_whose_framework_is_missing_is_exit_3(
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("pytest_patter_trace.drivers.livekit_scenarios")
    import importlib.util

    try:
        present = importlib.util.find_spec("livekit.agents") is not None
    except ModuleNotFoundError:
        present = False
    if present:
        pytest.skip("livekit-agents is installed here")
    assert main(["schema", "--profile", "livekit"]) == 3
    err = capsys.readouterr().err
    assert err == "patter-trace: error: livekit is not installed (or pass OTLP trace files)\n"
