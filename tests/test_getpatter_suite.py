"""The three-way harness of tests/external/getpatter_suite.py, on a small suite of our own.

The real getpatter suite runs in the ``getpatter-suite`` tox env; here the harness itself is
checked: identical outcomes exit 0, a changed outcome exits 1 naming the test (and nothing
of its failure message), a suite that cannot run exits 2.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from _paths import TESTS

HARNESS = TESTS / "external" / "getpatter_suite.py"

STABLE = {
    "test_stable.py": """
        import pytest
        from opentelemetry import trace

        def test_pass():
            assert 1 + 1 == 2

        def test_skip():
            pytest.skip("not here")

        @pytest.mark.xfail(reason="known")
        def test_xfail():
            assert False

        def test_span():
            with trace.get_tracer("mini").start_as_current_span("mini.work"):
                pass
    """,
    # Like two of getpatter's modules: imports a tests/conftest.py that is not there.
    "test_needs_conftest.py": """
        from tests.conftest import make_agent

        def test_agent():
            assert make_agent()
    """,
}

#: Fails only where patter_spans is active: it turns Patter tracing on for the test.
CHANGED = """
    import os

    def test_flag():
        secret = "jane.doe@example.com"
        assert os.environ.get("PATTER_OTEL_ENABLED") is None, secret
"""


def make_suite(root: Path, modules: dict[str, str]) -> Path:
    suite = root / "suite"
    (suite / "tests").mkdir(parents=True)
    (suite / "pyproject.toml").write_text("[tool.pytest.ini_options]\n", encoding="utf-8")
    for name, body in modules.items():
        (suite / "tests" / name).write_text(textwrap.dedent(body), encoding="utf-8")
    return suite


def harness(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(HARNESS), "--workdir", str(tmp_path / "work"), *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def table_row(stdout: str, label: str) -> list[str]:
    for line in stdout.splitlines():
        if line.startswith(label + "  "):
            return line[len(label) :].split()
    raise AssertionError(f"no {label!r} row in:\n{stdout}")


def test_identical_outcomes_exit_0_with_figures(tmp_path: Path) -> None:
    suite = make_suite(tmp_path, STABLE)
    proc = harness(tmp_path, "--suite-dir", str(suite))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    out = proc.stdout
    assert "left out: tests/test_needs_conftest.py (imports tests/conftest.py" in out
    assert table_row(out, "tests") == ["4", "4", "4"]
    assert table_row(out, "  passed") == ["2", "2", "2"]
    assert table_row(out, "  skipped") == ["1", "1", "1"]
    assert table_row(out, "  xfailed") == ["1", "1", "1"]
    # Only run (c) captures; test_span's one span is counted through patter_spans.
    assert table_row(out, "spans captured") == ["-", "-", "1"]
    assert table_row(out, "  not getpatter's") == ["-", "-", "1"]
    assert table_row(out, "tests with spans") == ["-", "-", "1"]
    assert len(table_row(out, "wall seconds")) == 3
    assert "identical: all 4 tests have the same outcome in the three runs" in out


def test_changed_outcome_exits_1_naming_the_test_only(tmp_path: Path) -> None:
    suite = make_suite(tmp_path, {**STABLE, "test_changed.py": CHANGED})
    proc = harness(tmp_path, "--suite-dir", str(suite))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "1 tests differ between the runs:" in proc.stdout
    assert (
        "  tests/test_changed.py::test_flag: a=passed, b=passed, c=failed (call: AssertionError)"
        in proc.stdout.splitlines()
    )
    # Node ids and exception types only: nothing of the failure message.
    assert "jane.doe" not in proc.stdout + proc.stderr
    assert table_row(proc.stdout, "  failed") == ["0", "0", "1"]


def test_suite_without_tests_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    proc = harness(tmp_path, "--suite-dir", str(tmp_path / "empty"))
    assert proc.returncode == 2
    assert "could not run: --suite-dir" in proc.stderr
    assert "has no tests/ directory" in proc.stderr


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--no-such-option"], "run (a) no plugin wrote no results (pytest exit 4)"),
        (["-k", "nothing_matches"], "run (a) no plugin did not complete: pytest exit 5, 0 tests"),
    ],
)
def test_run_that_cannot_complete_exits_2(tmp_path: Path, extra: list[str], expected: str) -> None:
    suite = make_suite(tmp_path, {"test_stable.py": STABLE["test_stable.py"]})
    proc = harness(tmp_path, "--suite-dir", str(suite), "--", *extra)
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert expected in proc.stderr


def test_bad_sdist_exits_2(tmp_path: Path) -> None:
    sdist = tmp_path / "getpatter-0.7.0.tar.gz"
    sdist.write_bytes(b"not a tarball")
    proc = harness(tmp_path, "--sdist", str(sdist))
    assert proc.returncode == 2
    assert "could not run: cannot unpack getpatter-0.7.0.tar.gz" in proc.stderr


FASTAPI_APP = """
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    def test_health():
        app = FastAPI()

        @app.get("/health")
        def health():
            return {"ok": True}

        assert TestClient(app).get("/health").status_code == 200
"""


def test_fastapi_spans_are_captured_beside_the_suite(tmp_path: Path) -> None:
    pytest.importorskip("opentelemetry.instrumentation.fastapi")
    suite = make_suite(tmp_path, {"test_app.py": FASTAPI_APP})
    proc = harness(tmp_path, "--suite-dir", str(suite), "--fastapi")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "(c) patter_spans + no-pii + FastAPI" in proc.stdout
    # The server span and its ASGI send spans, none of them getpatter's.
    spans = table_row(proc.stdout, "spans captured")
    assert spans[:2] == ["-", "-"]
    assert int(spans[2]) >= 1
    assert table_row(proc.stdout, "  not getpatter's") == spans


#: Like CPython 3.11.7 once a suite has hit its AST bug: every later ``ast.parse`` of a
#: failure's source raises SystemError, so pytest's own failure rendering crashes.
RENDER_CRASH_CONFTEST = """
    import _pytest._code.code as code
    import _pytest._code.source as source

    def _broken(*args, **kwargs):
        raise SystemError("AST constructor recursion depth mismatch (before=129, after=146)")

    source.getstatementrange_ast = code.getstatementrange_ast = _broken
"""

#: A baseline broken by what is installed: fails with or without the plugin.
BROKEN = """
    def test_first_ok():
        assert True

    def test_client_breaks():
        client = {"state": "closed"}
        assert client["state"] == "open", "jane.doe@example.com"

    def test_last_ok():
        assert True
"""


def test_broken_baseline_is_reported_as_such_and_fails(tmp_path: Path) -> None:
    suite = make_suite(tmp_path, {"test_broken.py": BROKEN, "conftest.py": RENDER_CRASH_CONFTEST})
    proc = harness(tmp_path, "--suite-dir", str(suite))
    assert proc.returncode == 2, proc.stdout + proc.stderr
    err = proc.stderr
    assert "getpatter's own suite does not complete under these pins" in err
    assert "run (a) no plugin has 1 failed or errored tests" in err
    assert (
        "first error: tests/test_broken.py::test_client_breaks "
        "(call: AssertionError at tests/test_broken.py:7)" in err
    )
    assert "    tests/test_broken.py::test_client_breaks (call: AssertionError)" in err
    # The rendering crash did not end the session: every test ran, in all three runs.
    assert table_row(proc.stdout, "tests") == ["3", "3", "3"]
    assert table_row(proc.stdout, "  failed") == ["1", "1", "1"]
    assert "INTERNALERROR" not in (tmp_path / "work" / "pytest-a.log").read_text("utf-8")
    assert "jane.doe" not in proc.stdout + err


def test_baseline_that_cannot_complete_names_tests_and_first_error(tmp_path: Path) -> None:
    suite = make_suite(tmp_path, {"test_broken.py": BROKEN, "conftest.py": RENDER_CRASH_CONFTEST})
    # Long tracebacks bring the rendering crash back: pytest stops on an internal error.
    proc = harness(tmp_path, "--suite-dir", str(suite), "--", "--tb=long")
    assert proc.returncode == 2, proc.stdout + proc.stderr
    err = proc.stderr
    assert "getpatter's own suite does not complete under these pins" in err
    assert "run (a) no plugin did not complete: pytest exit 3" in err
    assert "pytest stopped on an internal error: SystemError" in err
    assert "first error: tests/test_broken.py::test_client_breaks" in err
    assert "running (b)" not in proc.stdout
