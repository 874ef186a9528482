"""``pytest --patter-report`` and the JUnit-XML properties, in real pytest runs."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="getpatter 0.7.0 needs Python 3.11+"
)

TEST_FILE = """
import asyncio

from pytest_patter_trace.drivers import scenarios

def test_tool_turn(patter_spans):
    asyncio.run(scenarios.tool_turn("call-plugin"))
    assert len(patter_spans.spans) == 7

def test_without_spans():
    pass
"""


def test_waterfall_and_junit_properties(pytester: pytest.Pytester) -> None:
    pytest.importorskip("getpatter")
    pytester.makepyfile(test_report=TEST_FILE)
    result = pytester.runpytest_subprocess(
        "-p", "no:randomly", "--patter-report", "r.html", "--junitxml", "j.xml"
    )
    result.assert_outcomes(passed=2)
    page = (pytester.path / "r.html").read_text(encoding="utf-8")
    assert page.count('data-span-index="') >= 7
    assert len(re.findall(r'<div class="bar[ "]', page)) == 7
    assert "test_report.py::test_tool_turn" in page
    assert "figures: real time" in page

    cases = {c.get("name"): c for c in ET.parse(pytester.path / "j.xml").iter("testcase")}
    props = {p.get("name"): p.get("value") for p in cases["test_tool_turn"].iter("property")}
    assert props["patter.conforms"] == "false"
    assert props["patter.calls"] == "1"
    assert props["patter.spans"] == "7"
    assert props["patter.violations"] == "23"
    assert "missing-span=1" in (props["patter.codes"] or "")
    assert props["patter.clock"] == "real"
    assert float(props["patter.turn_ms.max"] or "nan") > 0
    # A test without patter_spans gets no property.
    assert list(cases["test_without_spans"].iter("property")) == []


def test_nothing_registered_without_the_options(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_plain="""
def test_plain(request):
    assert request.config.pluginmanager.get_plugin("patter-trace-report") is None
"""
    )
    pytester.runpytest_subprocess("-p", "no:randomly").assert_outcomes(passed=1)


def test_waterfall_under_xdist_holds_every_workers_calls(pytester: pytest.Pytester) -> None:
    pytest.importorskip("getpatter")
    pytest.importorskip("xdist")
    pytester.makepyfile(
        test_many="""
import asyncio

import pytest

from pytest_patter_trace.drivers import scenarios

@pytest.mark.parametrize("n", range(4))
def test_tool_turn(patter_spans, n):
    asyncio.run(scenarios.tool_turn(f"call-{n}"))
"""
    )
    result = pytester.runpytest_subprocess(
        "-p", "no:randomly", "-n", "2", "--patter-report", "r.html"
    )
    result.assert_outcomes(passed=4)
    page = (pytester.path / "r.html").read_text(encoding="utf-8")
    # The tests ran on two workers; the controller's one report has all four calls.
    assert len(re.findall(r'<div class="bar[ "]', page)) == 4 * 7
    for n in range(4):
        assert f"test_many.py::test_tool_turn[{n}]" in page
