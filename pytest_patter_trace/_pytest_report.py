"""The ``--patter-report`` waterfall and the JUnit-XML properties, as a pytest plugin.

Registered by ``plugin.py`` only when asked for (``--patter-report FILE`` or
``--junitxml``). Everything it needs is imported when it is registered, never while a
test runs.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator

import pytest

from . import contract as _contract
from . import cost as _cost
from . import pii as _pii
from . import timing as _timing
from .report import SourceReport, check_spans
from .summary import junit_properties
from .waterfall import write_html

# Loaded here so the checks below import nothing once tests run.
_LOADED = (_contract, _cost, _pii, _timing)


class ReportCollector:
    """Checks the spans of each test that used ``patter_spans``, after its body ran."""

    def __init__(self, config: pytest.Config, path: str | None, junit: bool) -> None:
        self.config = config
        self.path = path
        self.junit = junit
        self.reports: list[SourceReport] = []

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Iterator[None]:
        """Check the test's spans while its capture still holds them."""
        result = yield
        capture = getattr(item, "funcargs", {}).get("patter_spans")
        if capture is None:
            return result
        keys = tuple(item.config.getini("patter_call_id_keys")) or None
        report = check_spans(item.nodeid, capture.spans, call_id_keys=keys)
        if self.junit:
            item.user_properties.extend(junit_properties(report))
        if self.path is not None:
            self.reports.append(report)
        return result

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write the waterfall once, from the process that ran the tests."""
        if self.path is None:
            return
        if hasattr(self.config, "workerinput") or self.config.getoption("numprocesses", None):
            warnings.warn(
                pytest.PytestWarning(
                    "--patter-report is written only without xdist (-n): run the report "
                    "tests in one process"
                ),
                stacklevel=1,
            )
            return
        write_html(self.path, self.reports, title="pytest --patter-report")
