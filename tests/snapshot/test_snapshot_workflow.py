"""``patter_snapshot`` through real pytest runs (``pytester``) with real syrupy.

Most runs are in-process (fast); the xdist run is a subprocess. The modules the inner runs
use are imported here first: pytester drops modules first imported by an inner run, and
re-importing OpenTelemetry between runs would split its global state.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.metadata
import re
import sys
from pathlib import Path

import _paths
import pytest

for _module in (
    "opentelemetry.sdk.trace",
    "syrupy",
    "pytest_patter_trace.sources.capture",
    "pytest_patter_trace.checks.pii",
    "pytest_patter_trace.snapshot._assertion",
):
    importlib.import_module(_module)
with contextlib.suppress(ImportError):  # the capture switches getpatter's tracing on
    importlib.import_module("getpatter.observability.tracing")

# Inner runs: no cache, no hypothesis plugin (it re-imports hypothesis in every run).
FAST = ("-p", "no:cacheprovider", "-p", "no:hypothesispytest")
DOCS = _paths.DOCS / "snapshots.md"

CONFTEST = """
import pytest
from pytest_patter_trace.snapshot._assertion import make_patter_snapshot, options_from_config


def pytest_addoption(parser):
    parser.addini("patter_snapshot_volatile", "", type="linelist",
                  default=["*_ms", "*_seconds", "*_minutes", "patter.latency.*",
                           "exception.stacktrace"])
    parser.addini("patter_snapshot_drop", "", type="linelist", default=[])
    parser.addini("patter_snapshot_order", "", default="sequence")


@pytest.fixture
def patter_snapshot(snapshot, request):
    return make_patter_snapshot(snapshot, options=options_from_config(request.config))
"""

CALL = """
from opentelemetry import trace


def emit(call_id, tool="lookup_order", **extra):
    tracer = trace.get_tracer("app")
    ids = {{"patter.call.id": call_id}}
    with tracer.start_as_current_span("getpatter.llm", attributes=ids):
        with tracer.start_as_current_span(
            "getpatter.tool", attributes={{**ids, "patter.tool.name": tool, **extra}}
        ):
            pass
        with tracer.start_as_current_span(
            "getpatter.tts",
            attributes={{**ids, "getpatter.tts.text_len": 26, "patter.latency.ttfb_ms": 3.5}},
        ):
            pass


def test_call(patter_spans, patter_snapshot):
    emit("c-1", {args})
    assert patter_spans.call() == patter_snapshot
"""

OTHER_TEST = """

def test_other(patter_spans, patter_snapshot):
    emit("c-2")
    assert patter_spans == patter_snapshot
"""

WITH_OPTIONS_TEST = """

def test_opts(patter_spans, patter_snapshot):
    emit("c-9", {key}=1)
    assert patter_spans == patter_snapshot.with_options(drop=[{key!r}])
"""


def snapshot_files(pytester: pytest.Pytester) -> list[Path]:
    return sorted(pytester.path.joinpath("__snapshots__").rglob("*.trace"))


@pytest.fixture(autouse=True)
def _not_an_xdist_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    # When this suite runs under xdist, the inner runs would inherit the worker's
    # variables, and syrupy would act as a worker (no report, deferred bookkeeping).
    for name in ("PYTEST_XDIST_WORKER", "PYTEST_XDIST_WORKER_COUNT", "PYTEST_XDIST_TESTRUNUID"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    pytester.makeconftest(CONFTEST)
    return pytester


def test_update_pass_change_fail_update(project: pytest.Pytester) -> None:
    project.makepyfile(test_call=CALL.format(args=""))
    stored = project.path / "__snapshots__" / "test_call" / "test_call.trace"

    missing = project.runpytest(*FAST)
    missing.assert_outcomes(failed=1)
    missing.stdout.fnmatch_lines(["*Snapshot 'test_call' does not exist!*"])
    assert snapshot_files(project) == []  # nothing written without --snapshot-update

    created = project.runpytest(*FAST, "--snapshot-update")
    created.assert_outcomes(passed=1)
    created.stdout.fnmatch_lines(["*1 snapshot generated.*"])
    assert snapshot_files(project) == [stored]
    first = stored.read_text(encoding="utf-8")
    assert first.splitlines() == [
        "# pytest-patter-trace snapshot, format 1",
        "call <call-1>",
        "  getpatter.llm [patter.call.id=<call-1>]",
        '    getpatter.tool [patter.call.id=<call-1>, patter.tool.name="lookup_order"]',
        "    getpatter.tts [getpatter.tts.text_len=26, patter.call.id=<call-1>, "
        "patter.latency.ttfb_ms=<float>]",
    ]

    project.runpytest(*FAST).assert_outcomes(passed=1)

    project.makepyfile(test_call=CALL.format(args="tool='cancel_order'"))
    changed = project.runpytest(*FAST, "-vv")
    changed.assert_outcomes(failed=1)
    changed.stdout.fnmatch_lines(
        [
            "E       assert [+ received] == [- snapshot]",
            "E           # pytest-patter-trace snapshot, format 1",
            "E            ...",
            "E             getpatter.llm [patter.call.id=<call-1>]",
            "E         -     getpatter.tool [patter.call.id=<call-1>, "
            'patter.tool.name="lookup_order"]',
            "E         +     getpatter.tool [patter.call.id=<call-1>, "
            'patter.tool.name="cancel_order"]',
            "E               getpatter.tts [*",
        ],
        consecutive=True,
    )
    changed.stdout.fnmatch_lines(["*1 snapshot failed.*"])
    assert stored.read_text(encoding="utf-8") == first  # a failing run overwrites nothing

    updated = project.runpytest(*FAST, "--snapshot-update")
    updated.assert_outcomes(passed=1)
    updated.stdout.fnmatch_lines(["*1 snapshot updated.*"])
    assert 'patter.tool.name="cancel_order"' in stored.read_text(encoding="utf-8")
    project.runpytest(*FAST).assert_outcomes(passed=1)


def test_unused_snapshot_reported_then_deleted(project: pytest.Pytester) -> None:
    project.makepyfile(test_call=CALL.format(args="") + OTHER_TEST)
    project.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=2)
    assert len(snapshot_files(project)) == 2

    project.makepyfile(test_call=CALL.format(args=""))
    result = project.runpytest(*FAST)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*1 snapshot passed. 1 snapshot unused.*"])
    assert result.ret == 1  # syrupy fails the session on unused snapshots

    cleaned = project.runpytest(*FAST, "--snapshot-update")
    cleaned.stdout.fnmatch_lines(["*1 unused snapshot deleted.*"])
    assert [p.name for p in snapshot_files(project)] == ["test_call.trace"]


PHONE = "+1 415 555 0132"


def test_pii_refused_nothing_written(project: pytest.Pytester) -> None:
    project.makepyfile(test_call=CALL.format(args=f"caller={PHONE!r}"))
    result = project.runpytest(*FAST, "--snapshot-update")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*patter_snapshot refused to serialize this trace: 1 PII finding(s); "
            "no snapshot was written or compared.",
            "*- getpatter.tool * attribute caller: phone *",
        ]
    )
    output = result.stdout.str()
    assert re.sub(r"\D", "", PHONE) not in re.sub(r"\D", "", output)
    assert "syrupy/assertion.py" not in output  # a plain message, not a traceback
    assert "During handling" not in output  # and not printed twice
    assert snapshot_files(project) == []

    project.makeini("[pytest]\npatter_snapshot_drop = caller\n")
    project.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=1)
    assert "caller" not in snapshot_files(project)[0].read_text(encoding="utf-8")


def test_old_format_flagged_then_regenerated(project: pytest.Pytester) -> None:
    project.makepyfile(test_call=CALL.format(args=""))
    project.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=1)
    stored = snapshot_files(project)[0]
    current = stored.read_text(encoding="utf-8")
    old = current.replace("format 1", "format 0").replace("getpatter.tool", "tool")
    stored.write_text(old, encoding="utf-8")

    result = project.runpytest(*FAST)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E       assert [+ received] == [- snapshot]",
            "E         The stored snapshot is in pytest-patter-trace snapshot format 0; this "
            "version writes format 1, so a line-by-line diff would be meaningless. "
            "Regenerate it with `pytest --snapshot-update` and review the new file.",
        ],
        consecutive=True,
    )
    assert "-     tool" not in result.stdout.str()  # no garbage diff

    project.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=1)
    assert stored.read_text(encoding="utf-8") == current
    project.runpytest(*FAST).assert_outcomes(passed=1)


def test_options_from_ini_and_with_options(project: pytest.Pytester) -> None:
    project.makeini(
        "[pytest]\n"
        "patter_snapshot_volatile =\n"
        "    patter.tool.*\n"
        "patter_snapshot_order = structural\n"
    )
    project.makepyfile(test_call=CALL.format(args="") + WITH_OPTIONS_TEST.format(key="step"))
    project.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=2)
    base = project.path / "__snapshots__" / "test_call"
    ini_text = (base / "test_call.trace").read_text(encoding="utf-8")
    assert "patter.tool.name=<str>" in ini_text
    assert "patter.latency.ttfb_ms=3.5" in ini_text  # the ini list replaced the defaults
    option_text = (base / "test_opts.trace").read_text(encoding="utf-8")
    assert "step" not in option_text
    assert "patter.tool.name=<str>" in option_text  # with_options starts from the ini
    project.runpytest(*FAST).assert_outcomes(passed=2)


def test_bad_ini_order_is_a_usage_error(project: pytest.Pytester) -> None:
    project.makeini("[pytest]\npatter_snapshot_order = by-time\n")
    project.makepyfile(test_call=CALL.format(args=""))
    result = project.runpytest(*FAST)
    result.stdout.fnmatch_lines(
        ["*patter_snapshot ini options: SnapshotOptions.order must be one of*'by-time'*"]
    )
    result.assert_outcomes(errors=1)


def test_non_span_data_fails_plainly(project: pytest.Pytester) -> None:
    project.makepyfile(
        test_call="""
        def test_dict(patter_snapshot):
            assert {"a": 1} == patter_snapshot
        """
    )
    result = project.runpytest(*FAST, "--snapshot-update")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*patter_snapshot: expected a patter_spans capture, a CallTrace, calls() or "
            "spans, got dict*"
        ]
    )
    assert snapshot_files(project) == []


def test_xdist_two_workers_and_no_cacheprovider(project: pytest.Pytester) -> None:
    pytest.importorskip("xdist")
    modules = {
        f"test_w{i}": CALL.format(args=f"tool='t{i}'") + WITH_OPTIONS_TEST.format(key=f"k{i}")
        for i in range(3)
    }
    project.makepyfile(**modules)
    project.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=6)
    before = {p: p.read_text(encoding="utf-8") for p in snapshot_files(project)}
    assert len(before) == 6

    # One snapshot changes, one is missing, one is unused, three still match.
    modules["test_w0"] = modules["test_w0"].replace("tool='t0'", "tool='t9'")
    modules["test_w2"] = CALL.format(args="tool='t2'")
    project.makepyfile(**modules)
    gone = project.path / "__snapshots__" / "test_w1" / "test_opts.trace"
    gone.unlink()
    result = project.runpytest_subprocess("-n", "2", *FAST, "--snapshot-update")
    result.assert_outcomes(passed=5)
    after = {p: p.read_text(encoding="utf-8") for p in snapshot_files(project)}
    stale = project.path / "__snapshots__" / "test_w2" / "test_opts.trace"
    if _syrupy_version() >= (5, 5):  # syrupy merges the workers' reports since 5.5
        result.stdout.fnmatch_lines(
            [
                "*3 snapshots passed. 1 snapshot generated. 1 snapshot updated. "
                "1 unused snapshot deleted.*"
            ]
        )
        assert set(after) == set(before) - {stale}
    else:
        assert set(after) == set(before)
    assert after[gone] == before[gone]  # written by a worker, same text as in-process
    changed = [p.name for p in after if after[p] != before[p]]
    assert changed == ["test_call.trace"]
    assert "t9" in after[project.path / "__snapshots__" / "test_w0" / "test_call.trace"]


def _syrupy_version() -> tuple[int, ...]:
    version = importlib.metadata.version("syrupy")
    return tuple(int(part) for part in re.findall(r"\d+", version)[:2])


# -- the docs' snapshot file and failing diff come from these real runs -------------------

DOCS_SCENARIO = """
import pytest
from getpatter import Agent
from getpatter.evals.session import EvalSession, ScriptedLLMProvider, text_turn, tool_call_turn

from pytest_patter_trace.drivers import scenarios

TWO_TOOL_CALLS = False


async def lookup(arguments, context=None):
    return {"status": "shipped"}


async def tool_turn_twice(call_id):
    tool = {"name": "lookup_order", "description": "Look up an order by id.",
            "parameters": {"type": "object", "properties": {}}, "handler": lookup}
    agent = Agent(system_prompt="x", provider="pipeline", tools=(tool,))
    provider = ScriptedLLMProvider([
        tool_call_turn("lookup_order", {"order_id": "A1"}),
        tool_call_turn("lookup_order", {"order_id": "A2"}, call_id="call_2"),
        text_turn("Your order ships tomorrow."),
    ])
    async with EvalSession(agent=agent, llm_provider=provider, call_id=call_id) as session:
        await session.user_says("where is my order?")


@pytest.mark.asyncio
async def test_tool_turn(patter_spans, patter_snapshot):
    if TWO_TOOL_CALLS:
        await tool_turn_twice("call-tool")
    else:
        await scenarios.tool_turn()
    assert patter_spans.call() == patter_snapshot
"""


def docs_block(name: str) -> str:
    """The fenced block after ``<!-- snapshot-doc: name -->`` in docs/snapshots.md."""
    text = DOCS.read_text(encoding="utf-8")
    found = re.search(
        rf"<!-- snapshot-doc: {re.escape(name)} -->\s*\n```[^\n]*\n(?P<body>.*?)\n```",
        text,
        re.DOTALL,
    )
    assert found is not None, f"no block marked {name!r} in {DOCS}"
    return found["body"] + "\n"


@pytest.mark.skipif(sys.version_info < (3, 11), reason="getpatter 0.7.0 needs Python 3.11+")
def test_docs_file_and_failing_diff_come_from_real_runs(project: pytest.Pytester) -> None:
    pytest.importorskip("getpatter")
    project.makepyfile(test_order=DOCS_SCENARIO)
    project.runpytest(*FAST, "--snapshot-update").assert_outcomes(passed=1)
    stored = snapshot_files(project)[0].read_text(encoding="utf-8")
    assert stored == docs_block("snapshot-file")
    committed = Path(__file__).parent / "__snapshots__" / "test_snapshot_example"
    assert stored == (committed / "test_tool_turn.trace").read_text(encoding="utf-8")

    two_tools = DOCS_SCENARIO.replace("TWO_TOOL_CALLS = False", "TWO_TOOL_CALLS = True")
    project.makepyfile(test_order=two_tools)
    result = project.runpytest(*FAST, "-vv")
    result.assert_outcomes(failed=1)
    diff = docs_block("failing-diff").splitlines()
    result.stdout.fnmatch_lines(diff, consecutive=True)
