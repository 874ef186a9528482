"""Records every test's outcome of one run of an external suite as JSON.

Loaded into each run by ``getpatter_suite.py`` with ``-p patter_suite_recorder``; not a
test module. Only node ids, outcomes, exception type names and span counts are written,
never a failure message: a message could hold the suite's data.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

#: The user property the run (c) plugin sets to the number of spans a test captured.
SPANS_PROPERTY = "patter_suite_spans"
#: The user property holding how many of those spans are not getpatter's.
OTHER_SPANS_PROPERTY = "patter_suite_other_spans"
_PROPERTIES = {SPANS_PROPERTY: "spans", OTHER_SPANS_PROPERTY: "other_spans"}

_IDENT = re.compile(r"[A-Za-z_][\w.]*")


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the results path option."""
    parser.addoption(
        "--patter-suite-results",
        default=None,
        help="patter suite harness: write each test's outcome to this JSON file.",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Register the recorder for this run when a results path is given."""
    path = config.getoption("patter_suite_results")
    if path:
        config.pluginmanager.register(_Recorder(Path(path)), "patter_suite_recorder_run")


def error_type(report: pytest.TestReport | pytest.CollectReport) -> str | None:
    """The exception's type name (e.g. ``AssertionError``), never its message."""
    crash = getattr(report.longrepr, "reprcrash", None)
    message = getattr(crash, "message", None)
    if not isinstance(message, str):
        return None
    match = _IDENT.match(message)
    if match is None or message[match.end() : match.end() + 1] not in (":", ""):
        return None
    return match.group(0)


def outcome_of(report: pytest.TestReport) -> str | None:
    """The outcome one phase's report sets, or ``None`` if it leaves it alone."""
    xfail = hasattr(report, "wasxfail")
    if report.when == "call":
        if report.passed:
            return "xpassed" if xfail else "passed"
        if report.skipped:
            return "xfailed" if xfail else "skipped"
        return "failed"
    if report.failed:
        return "error"
    if report.when == "setup" and report.skipped:
        return "xfailed" if xfail else "skipped"
    return None


def crash_site(report: pytest.TestReport | pytest.CollectReport, rootdir: Path) -> str | None:
    """Where the failure was raised, ``path:line`` (relative to the suite), never its message."""
    crash = getattr(report.longrepr, "reprcrash", None)
    path, line = getattr(crash, "path", None), getattr(crash, "lineno", None)
    if not isinstance(path, str) or not isinstance(line, int):
        return None
    try:
        path = str(Path(path).resolve().relative_to(rootdir))
    except ValueError:
        path = Path(path).name
    return f"{path}:{line}"


class _Recorder:
    """One run's outcomes, written when the session finishes."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._tests: dict[str, dict[str, Any]] = {}
        self._internal: str | None = None
        self._current: str | None = None
        self._rootdir = Path.cwd().resolve()

    def pytest_runtest_logstart(self, nodeid: str) -> None:
        self._current = nodeid

    def pytest_internalerror(self, excrepr: Any, excinfo: pytest.ExceptionInfo[Any]) -> None:
        # The session ends here, often while reporting a test that never gets its report:
        # the type and that test are what a broken baseline report names.
        self._internal = excinfo.typename

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        entry = self._tests.setdefault(report.nodeid, {"outcome": "passed"})
        outcome = outcome_of(report)
        # An error in setup or teardown is the test's outcome, whatever came before.
        if outcome is not None and entry["outcome"] != "error":
            entry["outcome"] = outcome
            if report.failed:
                entry["error"] = f"{report.when}: {error_type(report) or 'failure'}"
                site = crash_site(report, self._rootdir)
                if site:
                    entry["at"] = site
        for key, value in report.user_properties:
            if key in _PROPERTIES and isinstance(value, int):
                entry[_PROPERTIES[key]] = value

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        # A module that fails to collect, or skips as a whole, counts as one node.
        if report.failed:
            self._tests[report.nodeid] = {
                "outcome": "error",
                "error": f"collect: {error_type(report) or 'failure'}",
            }
            site = crash_site(report, self._rootdir)
            if site:
                self._tests[report.nodeid]["at"] = site
        elif report.skipped:
            self._tests[report.nodeid] = {"outcome": "skipped"}

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        data: dict[str, Any] = {"exitstatus": int(exitstatus), "tests": self._tests}
        if self._internal:
            data["internal_error"] = self._internal
            data["internal_error_test"] = self._current
        tmp = self._path.with_name(self._path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self._path)
