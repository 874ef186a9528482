"""The ``--patter-report`` waterfall and the JUnit-XML properties, as a pytest plugin.

Registered by ``plugin.py`` only when asked for (``--patter-report FILE`` or
``--junitxml``). Everything it needs is imported when it is registered, never while a
test runs. Under pytest-xdist each worker sends its tests' spans to the controller as
OTLP/JSON (the worker output), and the controller writes the one report.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from . import contract as _contract
from . import cost as _cost
from . import pii as _pii
from . import timing as _timing
from .otlp import load_otlp, records_to_otlp_json
from .report import SourceReport, check_spans
from .summary import junit_properties
from .waterfall import write_html

# Loaded here so the checks below import nothing once tests run.
_LOADED = (_contract, _cost, _pii, _timing)

#: The worker-output key carrying a worker's spans to the controller.
_WORKER_KEY = "patter_trace_report"


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
        report = check_spans(item.nodeid, capture.spans, call_id_keys=self._keys())
        if self.junit:
            item.user_properties.extend(junit_properties(report))
        if self.path is not None:
            self.reports.append(report)
        return result

    def _keys(self) -> tuple[str, ...] | None:
        return tuple(self.config.getini("patter_call_id_keys")) or None

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write the waterfall once: a worker hands its spans to the controller instead."""
        if self.path is None:
            return
        output: Any = getattr(self.config, "workeroutput", None)
        if output is not None:
            # Spans travel as OTLP/JSON, the same data the controller reads back.
            output[_WORKER_KEY] = json.dumps(
                [
                    {
                        "source": report.source,
                        "spans": records_to_otlp_json([r for c in report.calls for r in c.records]),
                    }
                    for report in self.reports
                ]
            )
            return
        reports = sorted(self.reports, key=lambda r: r.source)
        write_html(self.path, reports, title="pytest --patter-report")

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: object) -> None:
        """pytest-xdist: take in a finished worker's reports (controller side)."""
        if self.path is None:
            return
        payload = getattr(node, "workeroutput", {}).get(_WORKER_KEY)
        if not payload:
            return
        for entry in json.loads(payload):
            spans = load_otlp(json.dumps(entry["spans"]).encode(), name=entry["source"])
            self.reports.append(check_spans(entry["source"], spans, call_id_keys=self._keys()))
