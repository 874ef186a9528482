"""Span-tree failures as a user sees them in a real pytest run (exact text pinned)."""

from __future__ import annotations

import pytest

from pytest_patter_trace import plugin

# Until (or unless) the plugin wires pytest_assertrepr_compare itself, the runs get it from
# a conftest, so the string-comparison explanation is tested end to end either way.
HOOK = """
import pytest
from pytest_patter_trace.checks.tree import assertrepr_compare

@pytest.hookimpl(tryfirst=True)
def pytest_assertrepr_compare(config, op, left, right):
    return assertrepr_compare(op, left, right)
"""

SPANS = """
from pytest_patter_trace.core.grouping import CallTrace
from pytest_patter_trace.core.model import SpanRecord
from pytest_patter_trace.checks.tree import assert_call_tree

T = "0" * 31 + "1"
CID = {"patter.call.id": "c1"}


def tool_turn():
    return CallTrace("c1", [
        SpanRecord("getpatter.stt", T, "0000000000000001", start_ns=1, attributes=CID),
        SpanRecord("getpatter.llm", T, "0000000000000002", start_ns=2, attributes=CID),
        SpanRecord("getpatter.llm", T, "0000000000000003", "0000000000000002", start_ns=3,
                   attributes={"patter.llm.iteration": 0, **CID}),
        SpanRecord("getpatter.tool", T, "0000000000000004", "0000000000000002", start_ns=4,
                   attributes={"patter.tool.name": "refund", **CID}),
        SpanRecord("getpatter.tts", T, "0000000000000005", "0000000000000002", start_ns=5,
                   attributes=CID),
    ])
"""


# Inner runs need none of these; loading them again for every run costs seconds.
QUIET = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:syrupy", "-p", "no:anyio")


@pytest.fixture
def run(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    # pytest shows long assertion explanations in full on CI only; pin the local default.
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("BUILD_NUMBER", raising=False)
    pytester.makeini("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    if not hasattr(plugin, "pytest_assertrepr_compare"):
        pytester.makeconftest(HOOK)
    return pytester


def test_wrong_attribute(run: pytest.Pytester) -> None:
    run.makepyfile(
        SPANS
        + '''
def test_it():
    assert_call_tree(tool_turn(), """
        getpatter.stt
        getpatter.llm
          getpatter.llm [patter.llm.iteration=0]
          getpatter.tool [patter.tool.name=lookup_order]
          getpatter.tts
    """)
'''
    )
    result = run.runpytest(*QUIET)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       pytest_patter_trace.PatterTraceAssertion: span tree does not match: "
            "span 'getpatter.tool': attribute 'patter.tool.name' is 'refund', "
            "expected 'lookup_order'",
            "E         expected line 5: getpatter.tool [patter.tool.name=lookup_order]",
            "E         actual line 4:   getpatter.tool [patter.call.id, patter.tool.name=refund]",
            "E       ",
            "E       expected:",
            "E         2  getpatter.stt",
            "E         3  getpatter.llm",
            "E         4    getpatter.llm [patter.llm.iteration=0]",
            "E       > 5    getpatter.tool [patter.tool.name=lookup_order]",
            "E         6    getpatter.tts",
            "E       ",
            "E       actual (call 'c1', 5 spans):",
            "E         1  getpatter.stt [patter.call.id]",
            "E         2  getpatter.llm [patter.call.id]",
            "E         3    getpatter.llm [patter.call.id, patter.llm.iteration=0]",
            "E       > 4    getpatter.tool [patter.call.id, patter.tool.name=refund]",
            "E         5    getpatter.tts [patter.call.id]",
            "",
            "test_wrong_attribute.py:*: PatterTraceAssertion",
        ],
        consecutive=True,
    )
    # Our own frames are hidden: the test line is the last code shown.
    assert "tree.py" not in result.stdout.str()


def test_unexpected_child_of_a_leaf_line(run: pytest.Pytester) -> None:
    run.makepyfile(
        SPANS
        + """
def test_it():
    assert_call_tree(tool_turn(), "getpatter.stt\\ngetpatter.llm")
"""
    )
    result = run.runpytest(*QUIET)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       pytest_patter_trace.PatterTraceAssertion: span tree does not match: "
            "unexpected child 'getpatter.llm' under 'getpatter.llm': expected line 2 has no "
            "child lines, which means no children (indent a '...' line under it to allow any)",
            "E         expected line 2: getpatter.llm",
            "E         actual line 3:   getpatter.llm [patter.call.id, patter.llm.iteration=0]",
        ],
        consecutive=True,
    )


def test_missing_span(run: pytest.Pytester) -> None:
    run.makepyfile(
        SPANS
        + """
def test_it():
    assert_call_tree(tool_turn(), "getpatter.stt\\ngetpatter.llm\\n  ...\\ngetpatter.bargein")
"""
    )
    result = run.runpytest(*QUIET, "-rf")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       pytest_patter_trace.PatterTraceAssertion: span tree does not match: "
            "missing span 'getpatter.bargein' (line 4): the trace has no more root spans",
            "E         expected line 4: getpatter.bargein",
            "E         actual line 2:   getpatter.llm [patter.call.id]",
        ],
        consecutive=True,
    )
    result.stdout.fnmatch_lines(
        ["FAILED test_missing_span.py::test_it - pytest_patter_trace.PatterTrace*"]
    )


def test_malformed_expectation(run: pytest.Pytester) -> None:
    run.makepyfile(
        SPANS
        + """
def test_it():
    assert_call_tree(tool_turn(), "getpatter.llm\\n  getpatter.tool{2,1}")
"""
    )
    result = run.runpytest(*QUIET)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       pytest_patter_trace.checks.tree.TreeSyntaxError: bad span-tree expectation, "
            "line 2: unknown quantifier '{2,1}'; use +, *, ?, {n}, {n,} or {n,m} with n <= m",
            "E         2 |   getpatter.tool{2,1}",
            "E           |                 ^",
        ],
        consecutive=True,
    )
    assert "tree.py" not in result.stdout.str()


def test_tree_text_comparison(run: pytest.Pytester) -> None:
    run.makepyfile(
        SPANS
        + '''
import textwrap

def test_it():
    assert tool_turn().tree(durations=False) == textwrap.dedent("""\\
        getpatter.stt [patter.call.id]
        getpatter.llm [patter.call.id]
          getpatter.llm [patter.call.id, patter.llm.iteration=0]
          getpatter.tool [patter.call.id, patter.tool.name=lookup_order]
          getpatter.tts [patter.call.id]""")
'''
    )
    result = run.runpytest(*QUIET, "-vv")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       assert span trees differ, first at left line 4 / right line 4",
            "E           left line 4:    getpatter.tool [patter.call.id, patter.tool.name=refund]",
            "E           right line 4:   getpatter.tool [patter.call.id, "
            "patter.tool.name=lookup_order]",
            "E         note: same span names and shape; only attributes differ "
            "(assert_call_tree(call, text) checks just the attributes a pattern lists)",
            "E         diff (- left, + right), first difference marked <--:",
            "E             getpatter.stt [patter.call.id]",
            "E             getpatter.llm [patter.call.id]",
            "E               getpatter.llm [patter.call.id, patter.llm.iteration=0]",
            "E           -   getpatter.tool [patter.call.id, patter.tool.name=refund]   "
            "<-- first difference",
            "E           +   getpatter.tool [patter.call.id, patter.tool.name=lookup_order]",
            "E               getpatter.tts [patter.call.id]",
        ],
        consecutive=True,
    )


def test_tree_text_comparison_keeps_the_essentials_when_truncated(run: pytest.Pytester) -> None:
    run.makepyfile(
        """
from pytest_patter_trace import TreeText

def test_it():
    left = TreeText("root\\n" + "\\n".join(f"  span.{i} [k={i}]" for i in range(12)))
    assert left == left.replace("k=7", "k=8")
"""
    )
    result = run.runpytest(*QUIET)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       AssertionError: assert span trees differ, first at left line 9 / right line 9",
            "E           left line 9:    span.7 [k=7]",
            "E           right line 9:   span.7 [k=8]",
            "E         note: same span names and shape; only attributes differ*",
        ],
        consecutive=True,
    )
    result.stdout.fnmatch_lines(["*Full output truncated*"])


def test_other_string_comparisons_are_left_to_pytest(run: pytest.Pytester) -> None:
    run.makepyfile(
        """
def test_it():
    assert "alpha\\nbeta" == "alpha\\ngamma"
"""
    )
    result = run.runpytest(*QUIET)
    result.assert_outcomes(failed=1)
    assert "span trees differ" not in result.stdout.str()
    result.stdout.fnmatch_lines(["E         - gamma", "E         + beta"])
