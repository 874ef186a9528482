"""Loading the plugin costs nothing heavy: no optional dependency is imported up front."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

#: What importing the plugin (or the package) must never pull in: the optional extras and
#: the SDK under test. They load on first use of the helper that needs them.
FORBIDDEN = ("phonenumbers", "syrupy", "opentelemetry.proto", "google.protobuf", "getpatter")


def _forbidden(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == f or m.startswith(f + ".") for f in FORBIDDEN)]


def _new_modules(statement: str) -> list[str]:
    # A fresh interpreter: this test process has long imported everything.
    code = textwrap.dedent(
        f"""
        import json, sys
        import pytest
        before = set(sys.modules)
        {statement}
        print(json.dumps(sorted(set(sys.modules) - before)))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    modules: list[str] = json.loads(out.stdout)
    return modules


@pytest.mark.parametrize(
    "statement", ["import pytest_patter_trace.plugin", "import pytest_patter_trace"]
)
def test_import_pulls_in_nothing_heavy(statement: str) -> None:
    new = _new_modules(statement)
    assert "pytest_patter_trace" in new  # the probe really imported something
    assert _forbidden(new) == [], f"{statement!r} imported {_forbidden(new)}"


def test_probe_detects_a_heavy_import() -> None:
    # The check above can fail: importing an optional dependency is seen.
    pytest.importorskip("phonenumbers")
    new = _new_modules("import pytest_patter_trace.plugin; import phonenumbers")
    assert "phonenumbers" in _forbidden(new)


CONFTEST_RECORDING_MODULES = """
import json, sys

def pytest_sessionfinish(session):
    with open("modules.json", "w") as fh:
        json.dump(sorted(sys.modules), fh)
"""


def test_session_without_the_fixture_loads_nothing_heavy(pytester: pytest.Pytester) -> None:
    """A whole session with the plugin on vs off (other plugins loaded alike in both)."""
    pytester.makeconftest(CONFTEST_RECORDING_MODULES)
    pytester.makepyfile("def test_plain():\n    assert True\n")
    seen: dict[str, set[str]] = {}
    for label, args in (("on", ()), ("off", ("-p", "no:patter_trace"))):
        result = pytester.runpytest_subprocess("-p", "no:cacheprovider", *args)
        result.assert_outcomes(passed=1)
        seen[label] = set(json.loads((pytester.path / "modules.json").read_text()))
    added = sorted(seen["on"] - seen["off"])
    assert "pytest_patter_trace.plugin" in added
    assert _forbidden(added) == [], f"the plugin made the session import {_forbidden(added)}"


BLOCKING_CONFTEST = """
import builtins
import sys

import pytest


class _RefuseNew:
    # A missing package, as a test simulates it: any module not imported yet fails.
    def find_spec(self, name, path=None, target=None):
        raise ImportError(f"blocked import of {name}")


@pytest.fixture
def block_imports():
    real = builtins.__import__
    finder = _RefuseNew()

    def no_otel(name, *args, **kwargs):
        # getpatter's own suite does this to simulate a missing OpenTelemetry SDK;
        # it fails even for modules already imported.
        if name.startswith("opentelemetry"):
            raise ImportError("simulated")
        return real(name, *args, **kwargs)

    def start():
        sys.meta_path.insert(0, finder)
        builtins.__import__ = no_otel

    # Set up before patter_spans, so still blocking through its teardown.
    yield start
    builtins.__import__ = real
    sys.meta_path.remove(finder)
"""

BLOCKING_TESTS = """
from opentelemetry import trace


def test_no_spans(block_imports, patter_spans):
    block_imports()


def test_leak_reported(block_imports, patter_spans):
    tracer = trace.get_tracer("t")
    block_imports()
    with tracer.start_as_current_span("s") as span:
        span.set_attribute("user.contact", "+44 20 7946 0958")


def test_span_left_open(block_imports, patter_spans):
    tracer = trace.get_tracer("t")
    block_imports()
    tracer.start_span("never ended")
"""


@pytest.mark.parametrize("guard", [True, False], ids=["guard", "no-guard"])
def test_nothing_imported_after_the_test_started(pytester: pytest.Pytester, guard: bool) -> None:
    pytester.makeconftest(BLOCKING_CONFTEST)
    pytester.makepyfile(BLOCKING_TESTS)
    args = ["-p", "no:cacheprovider", "-rA", *(["--patter-no-pii"] if guard else [])]
    result = pytester.runpytest_subprocess(*args)
    out = result.stdout.str() + result.stderr.str()
    assert "blocked import" not in out
    assert "simulated" not in out
    result.stdout.fnmatch_lines(["*1 span still open at the end of the test (never ended)*"])
    if guard:
        result.assert_outcomes(passed=2, failed=1)
        result.stdout.fnmatch_lines(["*test_leak_reported*", "*1 PII finding*"])
    else:
        result.assert_outcomes(passed=3)
