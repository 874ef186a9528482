"""The ``--patter-report`` waterfall and the JUnit-XML properties, as a pytest plugin.

Registered by ``plugin.py`` only when asked for (``--patter-report FILE`` or
``--junitxml``). Everything it needs is imported when it is registered, never while a
test runs. Under pytest-xdist each worker sends its tests' spans to the controller as
OTLP/JSON (the worker output), and the controller writes the one report.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeAlias

import pytest

from ..checks import contract as _contract
from ..checks import cost as _cost
from ..checks import pii as _pii
from ..checks import timing as _timing
from ..checks.contract import Contract
from ..checks.profiles import DEFAULT_PROFILE, Profile
from ..core._markers import test_profile
from ..core._render import display_name, printable
from ..core.model import AttributeValue, SpanRecord
from ..sources.otlp import OtlpError, load_otlp, records_to_otlp_json
from .report import SourceReport, check_spans
from .summary import junit_properties
from .waterfall import run_budget_messages, write_html

# Loaded here so the checks below import nothing once tests run.
_LOADED = (_contract, _cost, _pii, _timing)

#: How the plugin resolves a test's profile: (config, profile name, report contract).
ProfileOf: TypeAlias = Callable[[pytest.Config, str, "Contract | None"], Profile]

#: The worker-output key carrying a worker's spans to the controller.
_WORKER_KEY = "patter_trace_report"
#: The integers an OTLP intValue holds.
_INT64 = (-(2**63), 2**63 - 1)


class ReportCollector:
    """Checks the spans of each test that captured some, after its body ran.

    A test is reported whether it passed or failed, and however it got its capture
    (argument or ``request.getfixturevalue``): ``capture_key`` is the item stash key
    under which the ``patter_spans`` fixture leaves it. Each test's spans are grouped
    and checked under its own profile, resolved by ``profile_of`` as the fixture does.
    """

    def __init__(
        self,
        config: pytest.Config,
        path: str | None,
        junit: bool,
        *,
        profile_of: ProfileOf,
        capture_key: pytest.StashKey[Any] | None = None,
        contract: str | None = None,
    ) -> None:
        self.config = config
        # The plugin's resolution, the fixture's: each test is read under its own profile.
        self.profile_of = profile_of
        # Loaded once, now: a bad contract file is a usage error before any test runs.
        self.contract: Contract | None = None
        if contract is not None:
            try:
                self.contract = _contract.resolve_contract(contract)
            except (_contract.ContractError, OSError) as exc:
                raise pytest.UsageError(f"patter_report_contract: {exc}") from None
        # Absolute now: a test may change the working directory before the report is written.
        self.path = None if path is None else os.path.abspath(os.path.expanduser(path))
        self.junit = junit
        self.capture_key = capture_key
        self.reports: list[SourceReport] = []
        #: Test node id -> the profile its spans were read under.
        self.profiles: dict[str, str] = {}
        self.outcomes: dict[str, str] = {}
        self.written: str | None = None
        self.over_budget: list[str] = []

    def _capture(self, item: pytest.Item) -> Any:
        if self.capture_key is not None:
            found = item.stash.get(self.capture_key, None)
            if found is not None:
                return found
        return getattr(item, "funcargs", {}).get("patter_spans")

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_call(self, item: pytest.Item) -> Iterator[None]:
        """Check the test's spans while its capture still holds them, even when it failed."""
        try:
            return (yield)
        finally:
            self._record(item)

    def _record(self, item: pytest.Item) -> None:
        capture = self._capture(item)
        if capture is None:
            return
        name = test_profile(item)
        report = check_spans(item.nodeid, capture.spans, profile=self._profile(name))
        # Each test's profile travels with its spans to the xdist controller.
        self.profiles[item.nodeid] = name
        if self.junit:
            item.user_properties.extend(junit_properties(report))
        if self.path is not None:
            self.reports.append(report)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Keep each test's outcome (under xdist, the controller sees every worker's)."""
        if report.when == "call" or (report.when == "setup" and not report.passed):
            outcome: str = report.outcome
            if hasattr(report, "wasxfail"):
                outcome = "xfailed" if report.skipped else "xpassed"
            self.outcomes[report.nodeid] = outcome
        elif report.when == "teardown" and report.failed:
            self.outcomes[report.nodeid] = "error"

    def _profile(self, name: str) -> Profile:
        return self.profile_of(self.config, name, self.contract)

    def pytest_sessionfinish(self, session: pytest.Session) -> None:
        """Write the waterfall once: a worker hands its spans to the controller instead."""
        if self.path is None:
            return
        output: Any = getattr(self.config, "workeroutput", None)
        if output is not None:
            # Spans travel as OTLP/JSON, the same data the controller reads back.
            entries = []
            for report in self.reports:
                records, notes = carried([r for c in report.calls for r in c.records])
                entries.append(
                    {
                        "source": report.source,
                        "spans": records_to_otlp_json(records),
                        "notes": notes,
                        "profile": self.profiles.get(report.source, DEFAULT_PROFILE),
                    }
                )
            output[_WORKER_KEY] = json.dumps(entries)
            return
        reports = sorted(self.reports, key=lambda r: r.source)
        write_html(
            self.path,
            reports,
            title="pytest --patter-report",
            contract=self.contract,
            outcomes=self.outcomes,
        )
        self.written = self.path
        self.over_budget = run_budget_messages(reports, self.contract)

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        """Say where the waterfall was written."""
        if self.written is not None:
            terminalreporter.write_sep(
                "-", f"patter-trace: waterfall report written to {self.written}"
            )
        for message in self.over_budget:
            # Over the whole run, which no single test sees; masked like every finding.
            terminalreporter.write_line(f"patter-trace: run budget exceeded: {message}")

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: object) -> None:
        """pytest-xdist: take in a finished worker's reports (controller side)."""
        if self.path is None:
            return
        payload = getattr(node, "workeroutput", {}).get(_WORKER_KEY)
        if not payload:
            return
        for entry in json.loads(payload):
            source = entry["source"]
            try:
                spans = load_otlp(json.dumps(entry["spans"]).encode(), name=source)
            except OtlpError as exc:
                # Never the controller's INTERNALERROR: the test is listed with why.
                error = f"its spans could not be carried from the xdist worker: {exc}"
                self.reports.append(SourceReport(source, [], error=printable(error)))
                continue
            profile = self._profile(str(entry.get("profile", DEFAULT_PROFILE)))
            report = check_spans(source, spans, profile=profile)
            report.notes.extend(entry.get("notes", ()))
            self.reports.append(report)


def carried(records: Sequence[SpanRecord]) -> tuple[list[SpanRecord], list[str]]:
    """``records`` as OTLP can carry them, and a note for each value that had to change.

    OpenTelemetry accepts any Python int, OTLP only int64: a bigger one travels as its
    decimal text.
    """
    notes: list[str] = []
    out: list[SpanRecord] = []
    for record in records:
        changed: dict[str, AttributeValue] = {}
        for key, value in record.attributes.items():
            fitted = _fit(value)
            if fitted is not value:
                changed[key] = fitted
                notes.append(
                    f"span {display_name(record.name)} attribute {printable(key)}: an int "
                    "beyond what OTLP carries (int64), shown as its decimal text"
                )
        out.append(
            dataclasses.replace(record, attributes={**record.attributes, **changed})
            if changed
            else record
        )
    return out, notes


def _fit(value: AttributeValue) -> AttributeValue:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if _INT64[0] <= value <= _INT64[1] else str(value)
    if isinstance(value, tuple):
        items = tuple(_fit(v) for v in value)
        return value if all(a is b for a, b in zip(items, value, strict=True)) else items
    return value
