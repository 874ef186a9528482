"""``--patter-report`` and JUnit properties for every test that captured spans, however it did."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

TESTS = """
import pytest
from opentelemetry import trace


def _emit(call_id, **extra):
    tracer = trace.get_tracer("t")
    with tracer.start_as_current_span(
        "getpatter.llm", attributes={"patter.call.id": call_id, **extra}
    ):
        pass


def test_passes(patter_spans):
    _emit("call-pass")


def test_fails(patter_spans):
    _emit("call-fail")
    assert False, "the one a reader opens the report for"


def test_by_request(request):
    spans = request.getfixturevalue("patter_spans")
    _emit("call-request")
    assert len(spans.spans) == 1
"""


def _props(path: str, pytester: pytest.Pytester) -> dict[str, dict[str, str | None]]:
    out = {}
    for case in ET.parse(pytester.path / path).iter("testcase"):
        out[str(case.get("name"))] = {
            p.get("name") or "": p.get("value") for p in case.iter("property")
        }
    return out


@pytest.mark.parametrize("workers", [[], ["-n", "2"]])
def test_failing_and_getfixturevalue_tests_are_reported(
    pytester: pytest.Pytester, workers: list[str]
) -> None:
    if workers:
        pytest.importorskip("xdist")
    pytester.makepyfile(test_three=TESTS)
    result = pytester.runpytest_subprocess(
        "-p", "no:randomly", *workers, "--patter-report", "out/deeper/r.html", "--junitxml", "j.xml"
    )
    result.assert_outcomes(passed=2, failed=1)
    page = (pytester.path / "out" / "deeper" / "r.html").read_text("utf-8")
    for name in ("test_passes", "test_fails", "test_by_request"):
        assert f"test_three.py::{name}" in page
    # The outcome of each test is on its section.
    assert 'data-outcome="failed"' in page
    assert page.count('data-outcome="passed"') == 2
    props = _props("j.xml", pytester)
    for name in ("test_passes", "test_fails", "test_by_request"):
        assert props[name]["patter.calls"] == "1", name
    # pytest says where it wrote the report.
    result.stdout.fnmatch_lines(["*patter-trace: waterfall report written to *out*deeper*r.html*"])


def test_an_int_beyond_int64_under_xdist_degrades_with_a_note(pytester: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    pytester.makepyfile(
        test_big="""
from opentelemetry import trace

def test_big(patter_spans):
    with trace.get_tracer("t").start_as_current_span(
        "getpatter.llm", attributes={"patter.call.id": "c1", "big": 2**70, "fine": 3}
    ):
        pass
"""
    )
    result = pytester.runpytest_subprocess(
        "-p", "no:randomly", "-n", "2", "--patter-report", "r.html"
    )
    result.assert_outcomes(passed=1)
    assert "INTERNALERROR" not in result.stdout.str()
    page = (pytester.path / "r.html").read_text("utf-8")
    assert "test_big.py::test_big" in page
    assert "getpatter.llm" in page
    assert "beyond what OTLP carries" in page
