"""pytest entry point: wires fixtures and options to the modules that do the work.

Nothing heavy is imported here: a session that never requests ``patter_spans`` pays for
reading this file and registering a few options, nothing more.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from .core._defaults import DEFAULT_CALL_ID_KEYS, DEFAULT_VOLATILE
from .core._markers import MARKERS, marker_problems, pii_options, test_profile
from .core._text import TreeText

if TYPE_CHECKING:
    from syrupy.assertion import SnapshotAssertion

    from .checks.contract import Contract
    from .checks.profiles import Profile
    from .snapshot._assertion import PatterSnapshotAssertion
    from .sources.capture import CaptureHub, SpanCapture
    from .sources.receiver import OtlpReceiver

_HUB = pytest.StashKey["CaptureHub"]()
#: The test's capture, however the test got it (argument or ``getfixturevalue``).
_CAPTURE = pytest.StashKey["SpanCapture"]()
#: ``pii.guard_failure``, loaded at the first capture's setup when the guard is on.
_GUARD = pytest.StashKey["Callable[..., str | None]"]()
#: Set once the modules a capture's teardown needs are imported.
_WARM = pytest.StashKey[bool]()
#: The test's resolved profile, kept at setup for the guard's content policy.
_PROFILE = pytest.StashKey["Profile"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the plugin's command-line and ini options."""
    parser.getgroup("patter-trace").addoption(
        "--patter-no-pii",
        action="store_true",
        default=False,
        help="patter-trace: fail every test that used patter_spans if its spans hold PII.",
    )
    parser.addini(
        "patter_no_pii",
        type="bool",
        default=False,
        help="patter-trace: the --patter-no-pii guard for every run.",
    )
    parser.addini(
        "patter_pii_allow",
        type="linelist",
        default=[],
        help="patter-trace: attribute-key globs the PII guard accepts.",
    )
    parser.addini(
        "patter_pii_content",
        default="",
        help="patter-trace: forbid or allow conversation content in the PII guard "
        "(default: the profile's; Patter forbids, pipecat, livekit and genai allow).",
    )
    parser.addini(
        "patter_call_id_keys",
        type="linelist",
        default=list(DEFAULT_CALL_ID_KEYS),
        help="patter-trace: span attribute keys holding a call id, first match wins.",
    )
    parser.addini(
        "patter_snapshot_volatile",
        type="linelist",
        default=list(DEFAULT_VOLATILE),
        help="patter-trace: attribute-key globs whose values snapshots store as their type.",
    )
    parser.addini(
        "patter_snapshot_drop",
        type="linelist",
        default=[],
        help="patter-trace: attribute-key globs left out of snapshots.",
    )
    parser.addini(
        "patter_snapshot_order",
        default="sequence",
        help="patter-trace: sibling order in snapshots: sequence or structural.",
    )
    # Waterfall report and JUnit properties (_pytest_report.py).
    parser.getgroup("patter-trace").addoption(
        "--patter-report",
        metavar="FILE",
        default=None,
        help="patter-trace: write an HTML waterfall of every test's patter_spans calls.",
    )
    parser.addini(
        "patter_report_contract",
        default="",
        help="patter-trace: contract TOML that --patter-report and JUnit properties check "
        "each test against, and whose p95 budgets it checks over the whole run (default: "
        "each test's profile's contract; Patter's documented one for the run).",
    )
    _add_profile_option(parser)


# -- profiles (pipecat, livekit, genai): which framework's call-id keys group spans ------


def _add_profile_option(parser: pytest.Parser) -> None:
    parser.addini(
        "patter_profile",
        default="patter",
        help="patter-trace: tracing profile (patter, pipecat, livekit, genai): call-id keys "
        "and contract; the patter_profile marker overrides it per test.",
    )


def _profile(config: pytest.Config, name: str, contract: Contract | None = None) -> Profile:
    """The test's profile from its inputs: the profile's name, the ini options, a contract.

    The one resolution the fixture and the ``--patter-report`` collector share.
    """
    from .checks.pii import content_mode
    from .checks.profiles import resolve_profile

    content = config.getini("patter_pii_content") or None
    try:
        content_mode(content)
    except ValueError as exc:
        raise pytest.UsageError(f"patter_pii_content (ini option): {exc}") from None
    try:
        return resolve_profile(
            name=name,
            contract=contract,
            call_id_keys=tuple(config.getini("patter_call_id_keys")) or None,
            content=content,
        )
    except ValueError as exc:
        raise pytest.UsageError(f"patter_profile: {exc}") from None


def pytest_configure(config: pytest.Config) -> None:
    """Register the plugin's markers; a malformed ini value is one error, named."""
    for signature, _, help_text in MARKERS.values():
        config.addinivalue_line("markers", f"{signature}: {help_text}")
    try:
        config.getini("patter_no_pii")
    except (ValueError, pytest.UsageError) as exc:  # pytest 9 raises the latter, unnamed
        raise pytest.UsageError(f"patter_no_pii (ini option): {exc}; write true or false") from None
    _register_report(config)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Refuse malformed patter markers (``alow=``...) before any test runs."""
    problems = [line for item in items for line in marker_problems(item)]
    if problems:
        raise pytest.UsageError("\n".join(problems))


def _register_report(config: pytest.Config) -> None:
    # Only when asked for: a run without a report or JUnit XML pays nothing.
    path = config.getoption("patter_report", None)
    junit = bool(getattr(config.option, "xmlpath", None))
    if path or junit:
        from .outputs._pytest_report import ReportCollector

        contract = config.getini("patter_report_contract") or None
        if contract is not None:
            # Relative to the rootdir, like the other path options of a project's ini.
            contract = str(config.rootpath / contract)
        collector = ReportCollector(
            config, path, junit, capture_key=_CAPTURE, contract=contract, profile_of=_profile
        )
        config.pluginmanager.register(collector, "patter-trace-report")


def _guard_enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("patter_no_pii") or config.getini("patter_no_pii"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """The ``--patter-no-pii`` guard: fail the test itself when its spans hold PII."""
    result = yield
    capture = item.stash.get(_CAPTURE, None)
    guard = item.config.stash.get(_GUARD, None)
    # No spans, nothing to scan. The body may have left imports blocked (a test
    # simulating a missing package): everything used here was imported at setup.
    if capture is not None and guard is not None and len(capture):
        _pii_guard(item, capture, guard)
    return result


def _pii_guard(
    item: pytest.Item, capture: SpanCapture, guard_failure: Callable[..., str | None]
) -> None:
    options = pii_options(item.get_closest_marker("patter_pii"))
    if not options.pop("check", True):
        return
    allow = [*item.config.getini("patter_pii_allow"), *options.pop("allow", ())]
    # The marker, then the test's profile (the ini option, else its contract's answer).
    profile = item.stash.get(_PROFILE, None)
    content = options.pop("content", None) or (profile.content if profile else "forbid")
    message = guard_failure(capture, allow=allow, content=content, **options)
    if message is not None:
        # No traceback: nothing of the test's locals (raw values) reaches the report.
        pytest.fail(message, pytrace=False)


def _warm_up(config: pytest.Config) -> None:
    """Import now what the test's teardown and the guard will run.

    Once a test body starts, nothing of ours imports: the test may block imports until
    its teardown (to simulate a missing package), and it must not fail because of us.
    Runs at the first capture's setup, so a session that never captures pays nothing.
    """
    if config.stash.get(_WARM, False):
        return
    from opentelemetry import context

    from .checks import pii

    # OpenTelemetry before 1.26 loads its runtime context (an entry point) on the first
    # span; the spans of a test go through our provider, so load it before the body runs.
    context.get_current()
    pii.redact("span.name", "warm-up")  # the open-span warning masks names with this
    if _guard_enabled(config):
        from .core._pii.detect import phonenumbers_module

        pii.guard_failure(())  # loads the strict scanner and everything a scan uses
        config.stash[_GUARD] = pii.guard_failure
        phonenumbers: Any = phonenumbers_module()
        if phonenumbers is not None:
            # phonenumbers imports each region's metadata on first use of that region.
            phonenumbers.PhoneMetadata.load_all()
    config.stash[_WARM] = True


def _hub(config: pytest.Config) -> CaptureHub:
    hub = config.stash.get(_HUB, None)
    if hub is None:
        from .sources.capture import CaptureHub

        hub = CaptureHub()
        config.stash[_HUB] = hub
    return hub


@pytest.fixture
def patter_spans(request: pytest.FixtureRequest) -> Iterator[SpanCapture]:
    """Every span that ends during the test, grouped per Patter call.

    Turns Patter tracing on (``PATTER_OTEL_ENABLED``) for the test, captures spans from
    the global OpenTelemetry provider and any SDK provider the test creates, and restores
    everything at teardown.
    """
    config = request.config
    _warm_up(config)
    profile = _profile(config, test_profile(request.node))
    request.node.stash[_PROFILE] = profile
    hub = _hub(config)
    capture = hub.start(call_id_keys=profile.call_id_keys, by_trace=profile.by_trace)
    request.node.stash[_CAPTURE] = capture
    try:
        yield capture
    finally:
        # Items outlive their test: do not keep its spans alive for the whole session.
        del request.node.stash[_CAPTURE]
        del request.node.stash[_PROFILE]
        hub.stop(capture)
        message = capture.open_spans_message()
        if message is not None:
            warnings.warn(pytest.PytestWarning(message), stacklevel=1)


@pytest.fixture
def patter_otlp_receiver() -> Iterator[OtlpReceiver]:
    """A real OTLP/HTTP receiver on 127.0.0.1 for this test; closed at teardown.

    Point any OTLP/HTTP exporter at ``patter_otlp_receiver.endpoint`` (a subprocess, the
    TypeScript SDK...) and read the spans with the same API as ``patter_spans``.
    """
    from .sources.receiver import patter_otlp_receiver_fixture

    yield from patter_otlp_receiver_fixture()


@pytest.fixture
def patter_snapshot(request: pytest.FixtureRequest) -> PatterSnapshotAssertion:
    """Syrupy's ``snapshot``, storing span trees in a stable, PII-free text format.

    ``assert patter_spans.call() == patter_snapshot``; ``--snapshot-update`` writes.
    """
    try:
        from .snapshot._assertion import make_patter_snapshot, options_from_config
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("syrupy"):
            raise
        pytest.fail(
            "patter_snapshot needs syrupy: pip install syrupy",
            pytrace=False,
        )
    return make_patter_snapshot(
        request.getfixturevalue("snapshot"), options=options_from_config(request.config)
    )


@pytest.fixture
def patter_schema_snapshot(request: pytest.FixtureRequest) -> SnapshotAssertion:
    """Syrupy's ``snapshot``, storing the observed schema of spans (``schema_snapshot``).

    ``assert patter_spans == patter_schema_snapshot`` fails with the semantic diff.
    """
    from .snapshot.schema import make_schema_snapshot

    return make_schema_snapshot(request.getfixturevalue("snapshot"))


@pytest.hookimpl(tryfirst=True)
def pytest_assertrepr_compare(
    config: pytest.Config, op: str, left: object, right: object
) -> list[str] | None:
    """Explain failed comparisons of span-tree texts line by line.

    Claims only comparisons with a side of our own :class:`TreeText` type: a suite's
    other strings, however indented, keep pytest's explanation.
    """
    if op != "==" or not (isinstance(left, TreeText) or isinstance(right, TreeText)):
        return None
    from .checks.tree import assertrepr_compare

    return assertrepr_compare(op, left, right)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Remove everything the plugin installed into OpenTelemetry."""
    hub = config.stash.get(_HUB, None)
    if hub is not None:
        hub.close()
        del config.stash[_HUB]
