"""The ``--patter-no-pii`` guard, through real pytest runs."""

from __future__ import annotations

import pytest

RAW_EMAIL = "jane.doe@example.com"

LEAKY = f"""
import pytest
from opentelemetry import trace


def _leak(name="s"):
    with trace.get_tracer("t").start_as_current_span(name) as span:
        span.set_attribute("user.contact", "{RAW_EMAIL}")


def test_leaks(patter_spans):
    _leak()


@pytest.mark.patter_pii(allow=["user.contact"])
def test_allowed_by_marker(patter_spans):
    _leak()


@pytest.mark.patter_pii(check=False)
def test_opted_out(patter_spans):
    _leak()


def test_clean(patter_spans):
    with trace.get_tracer("t").start_as_current_span("ok") as span:
        span.set_attribute("getpatter.tts.text_len", 12)


def test_without_fixture():
    _leak()
"""


@pytest.mark.parametrize("how", ["option", "ini"])
def test_guard_fails_leaky_tests_masked(pytester: pytest.Pytester, how: str) -> None:
    pytester.makepyfile(LEAKY)
    args = ["-p", "no:cacheprovider", "-vv", "--tb=long", "--showlocals"]
    if how == "option":
        args.append("--patter-no-pii")
    else:
        pytester.makeini("[pytest]\npatter_no_pii = true\n")
    result = pytester.runpytest_subprocess(*args)
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines(["*test_leaks FAILED*", "*1 PII finding*", "*email*"])
    out = result.stdout.str() + result.stderr.str()
    assert RAW_EMAIL not in out
    assert "jane.doe" not in out


def test_guard_off_by_default(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(LEAKY)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


def test_ini_allow_list(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(LEAKY)
    pytester.makeini("[pytest]\npatter_no_pii = true\npatter_pii_allow =\n    user.*\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)
