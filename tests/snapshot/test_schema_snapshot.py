"""``patter_schema_snapshot`` through real pytest runs (``pytester``) with real syrupy."""

from __future__ import annotations

import importlib

import pytest

for _module in ("opentelemetry.sdk.trace", "syrupy", "pytest_patter_trace.snapshot.schema"):
    importlib.import_module(_module)

FAST = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:randomly")

TEST = """
from opentelemetry import trace


def test_tool_turn(patter_spans, patter_schema_snapshot):
    tracer = trace.get_tracer("app")
    with tracer.start_as_current_span("getpatter.llm", attributes={{"patter.call.id": "c1"}}):
        with tracer.start_as_current_span(
            "getpatter.tool", attributes={{"{key}": "{value}", "patter.call.id": "c1"}}
        ):
            pass
    assert patter_spans == patter_schema_snapshot
"""


def test_a_planted_rename_fails_with_the_semantic_diff(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_telemetry_schema=TEST.format(key="patter.tool.name", value="lookup_order")
    )
    pytester.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=1)
    stored = pytester.path / "__snapshots__" / "test_telemetry_schema" / "test_tool_turn.yaml"
    text = stored.read_text(encoding="utf-8")
    assert text.startswith("# pytest-patter-trace observed schema, format 1\ngroups:\n")
    pytester.runpytest(*FAST).assert_outcomes(passed=1)

    pytester.makepyfile(
        test_telemetry_schema=TEST.format(key="patter.tool_name", value="lookup_order")
    )
    failed = pytester.runpytest(*FAST)
    failed.assert_outcomes(failed=1)
    failed.stdout.fnmatch_lines(
        [
            "E         telemetry schema: stored snapshot -> this run: 1 change(s)",
            "E           getpatter.tool",
            "E             ~ attribute patter.tool.name renamed patter.tool_name "
            "(other separators)",
            "E         accept it with --snapshot-update",
        ],
        consecutive=True,
    )
    assert stored.read_text(encoding="utf-8") == text  # a failure writes nothing

    pytester.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=1)
    assert "patter.tool_name" in stored.read_text(encoding="utf-8")
    pytester.runpytest(*FAST).assert_outcomes(passed=1)


def test_the_same_shape_with_other_values_passes(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_telemetry_schema=TEST.format(key="patter.tool.name", value="lookup_order")
    )
    pytester.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=1)
    pytester.makepyfile(
        test_telemetry_schema=TEST.format(key="patter.tool.name", value="lookup_order").replace(
            "lookup_order", "cancel_order"
        )
    )
    pytester.runpytest(*FAST).assert_outcomes(passed=1)
