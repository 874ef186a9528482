"""Odd text in span data: controls, bidi overrides, lone surrogates and non-finite floats.

Every text that leaves the plugin (tree text, failure messages, the CLI's text, JSON,
HTML and Markdown, snapshots, the pytest report) neither drives the reader's terminal
nor fails to encode, and reads back where it is meant to.
"""

from __future__ import annotations

import io
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _builders import span as build_span
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pytest_patter_trace import cli
from pytest_patter_trace.checks.contract import assert_contract
from pytest_patter_trace.checks.pii import PiiFound, assert_no_pii, find_pii, guard_failure
from pytest_patter_trace.checks.tree import assert_call_tree, parse_tree
from pytest_patter_trace.core.grouping import CallTrace
from pytest_patter_trace.core.model import SpanRecord, StatusRecord
from pytest_patter_trace.outputs import report, summary, waterfall
from pytest_patter_trace.snapshot._assertion import SnapshotRefusedError, render_snapshot
from pytest_patter_trace.sources.otlp import records_to_otlp_json

#: What must never reach a terminal raw: ESC, BEL, backspace, NUL, DEL, a C1 control
#: (CSI), bidi overrides and isolates, a zero-width space, a line separator, a surrogate.
ODD = ["\x1b", "\x07", "\x08", "\x00", "\x7f", "\x9b", "\u202e", "\u2066", "\u200b", "\u2028"]
SURROGATE = "\ud800"
HOSTILE = "".join(ODD) + SURROGATE


def _raw(text: str) -> list[str]:
    return [repr(c) for c in [*ODD, SURROGATE] if c in text]


def _span(name: str, attributes: dict[str, object], *, status: str = "UNSET") -> SpanRecord:
    return build_span(
        name,
        2,
        trace=1,
        start=1_000,
        end=2_001_000,
        attributes={"patter.call.id": "call-1", **attributes},
        status=StatusRecord(status, "boom" + HOSTILE if status == "ERROR" else None),
    )


#: Bare tokens (no space in them) as well as text that must be quoted anyway.
BARE = "\x1bc\x07\x08\x9b\u202e" + SURROGATE
HOSTILE_SPAN = _span(
    "getpatter.llm" + BARE,
    {"k" + HOSTILE: "v" + HOSTILE, "getpatter.llm.model" + BARE: "m" + BARE},
)


def test_tree_text_escapes_every_odd_character_and_reads_back() -> None:
    text = CallTrace("call-1", (HOSTILE_SPAN,)).tree(durations=False)
    assert _raw(text) == []
    text.encode("utf-8")  # a lone surrogate would fail here
    assert_call_tree([HOSTILE_SPAN], text)


@pytest.mark.parametrize("char", [chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]])
def test_each_c0_and_c1_control_is_escaped_in_tree_text(char: str) -> None:
    span = _span("a" + char, {"key" + char: "v" + char})
    text = CallTrace("call-1", (span,)).tree(durations=False)
    assert char not in text
    assert_call_tree([span], text)


def test_non_finite_floats_read_back_from_tree_text() -> None:
    span = _span("getpatter.llm", {"a": math.inf, "b": -math.inf, "c": math.nan, "d": "inf"})
    text = CallTrace("call-1", (span,)).tree(durations=False)
    assert 'a=inf, b=-inf, c=nan, d="inf"' in text
    assert_call_tree([span], text)
    [filters] = [line.filters for line in parse_tree(text).roots]
    values = {f.key: f.value for f in filters}
    assert values["a"] == math.inf
    assert values["b"] == -math.inf
    assert math.isnan(values["c"])  # type: ignore[arg-type]
    assert values["d"] == "inf"


def test_a_failure_message_shows_odd_characters_escaped() -> None:
    with pytest.raises(AssertionError) as failed:
        assert_call_tree([HOSTILE_SPAN], "getpatter.other")
    assert _raw(str(failed.value)) == []
    odd_call = SpanRecord(
        name="getpatter.llm" + BARE,
        trace_id="1" * 32,
        span_id="2" * 16,
        parent_span_id=None,
        start_ns=1,
        end_ns=2,
        attributes={"patter.call.id": "c" + BARE, "getpatter.llm." + BARE: 1},
    )
    with pytest.raises(AssertionError) as contract:
        assert_contract([odd_call])
    assert _raw(str(contract.value)) == []
    with pytest.raises(ValueError, match="bad span-tree") as bad:
        parse_tree('"a" ' + HOSTILE)
    assert _raw(str(bad.value)) == []


def test_pii_findings_show_odd_keys_escaped() -> None:
    span = _span("getpatter.llm", {"customer" + BARE + ".email": "jane.doe@example.com"})
    with pytest.raises(PiiFound) as found:
        assert_no_pii([span])
    assert _raw(str(found.value)) == []
    assert "j•••@e•••.com" in str(found.value)


def _reports() -> list[report.SourceReport]:
    spans = [HOSTILE_SPAN, _span("x", {}, status="ERROR")]
    return [report.check_spans("source" + HOSTILE, spans)]


def test_the_check_outputs_hold_no_odd_character() -> None:
    reports = _reports()
    out = io.StringIO()
    report.render_text(reports, out, report.Style(False))
    for name, text in {
        "text": out.getvalue(),
        "html": waterfall.render_html(reports),
        "markdown": summary.render_markdown(reports),
    }.items():
        assert _raw(text) == [], name
        text.encode("utf-8")


def test_markdown_shows_markup_in_call_ids_literally() -> None:
    marked = [
        SpanRecord(
            name="getpatter.llm",
            trace_id="1" * 32,
            span_id="2" * 16,
            parent_span_id=None,
            start_ns=1,
            end_ns=2,
            attributes={"patter.call.id": "<b>*x*</b>[a](b)|`c`_u_"},
        )
    ]
    text = summary.render_markdown([report.check_spans("f", marked)])
    assert "<b>" not in text
    assert "[a](b)" not in text
    assert "*x*" not in text
    assert r"&lt;b&gt;\*x\*&lt;/b&gt;\[a\]\(b\)\|\`c\`\_u\_" in text


def _otlp_file(path: Path, spans: list[SpanRecord]) -> Path:
    # json.dumps writes a lone surrogate as the escape \ud800, which JSON readers accept.
    path.write_text(json.dumps(records_to_otlp_json(tuple(spans))), "ascii")
    return path


def test_cli_text_report_on_a_strict_utf8_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    trace = _otlp_file(tmp_path / "odd.json", [HOSTILE_SPAN])
    buffer = io.BytesIO()
    stdout = io.TextIOWrapper(buffer, encoding="utf-8", errors="strict")
    monkeypatch.setattr(sys, "stdout", stdout)
    html, markdown = tmp_path / "r.html", tmp_path / "r.md"
    code = cli.main(
        ["check", "--no-color", str(trace), "--html", str(html), "--markdown", str(markdown)]
    )
    stdout.flush()
    text = buffer.getvalue().decode("utf-8")
    assert code == 1
    assert "getpatter.llm" in text
    for shown in (text, html.read_text("utf-8"), markdown.read_text("utf-8")):
        assert _raw(shown) == []


def test_cli_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    spans = [
        SpanRecord(
            name=f"getpatter.s{i}",
            trace_id="1" * 32,
            span_id=f"{i + 1:016x}",
            parent_span_id=None,
            start_ns=i,
            end_ns=i + 1,
            attributes={"patter.call.id": f"call-{i}", "text": "x" * 200},
        )
        for i in range(400)
    ]
    trace = _otlp_file(tmp_path / "many.json", spans)
    script = (
        f"set -o pipefail; {sys.executable} -m pytest_patter_trace.cli check --no-color "
        f"{trace} | head -n 2"
    )
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert "Traceback" not in done.stderr, done.stderr
    assert "BrokenPipeError" not in done.stderr
    assert done.returncode == 1  # the verdict, not a crash
    assert len(done.stdout.splitlines()) == 2


def test_pytest_report_and_snapshot_with_a_lone_surrogate(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        r"""
        from opentelemetry import trace

        def _emit():
            tracer = trace.get_tracer("t")
            with tracer.start_as_current_span(
                "getpatter.llm\ud800\x1b",
                attributes={"patter.call.id": "c1", "getpatter.llm.model": "m\ud800\x07"},
            ):
                pass

        def test_snap(patter_spans, patter_snapshot):
            _emit()
            assert patter_spans.call() == patter_snapshot
        """
    )
    updated = pytester.runpytest(
        "-p", "no:randomly", "--snapshot-update", "--patter-report", "r.html"
    )
    updated.assert_outcomes(passed=1)
    stored = next(pytester.path.rglob("*.trace")).read_text("utf-8")
    assert _raw(stored) == []
    assert r"\ud800" in stored
    page = (pytester.path / "r.html").read_text("utf-8")
    assert _raw(page) == []
    assert "getpatter.llm" in page
    again = pytester.runpytest("-p", "no:randomly")
    again.assert_outcomes(passed=1)


# -- one fuzz test over every output -------------------------------------------------

_TEXT = st.text(st.characters(codec=None, blacklist_categories=()), max_size=12)
_VALUE = st.one_of(
    _TEXT,
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.lists(_TEXT, max_size=3).map(tuple),
)
PLANTED = "jane.doe@example.com"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=_TEXT,
    attributes=st.dictionaries(_TEXT.filter(lambda k: k != "patter.call.id"), _VALUE, max_size=4),
)
def test_fuzz_arbitrary_keys_and_values_never_raise_nor_leak(
    name: str, attributes: dict[str, object]
) -> None:
    attributes = {**attributes, "customer.note": f"mail {PLANTED} now"}
    attributes[name + ".email"] = PLANTED  # a finding under a key the fuzz chose
    span = _span(name, attributes)
    spans = [span]
    # PII scans
    assert find_pii(spans)
    with pytest.raises(PiiFound) as found:
        assert_no_pii(spans)
    guard = guard_failure(spans)
    assert guard is not None
    outputs = {"pii": str(found.value), "guard": guard}
    # tree text parses, and reads back exactly when nothing in it is masked
    tree = CallTrace("call-1", (span,)).tree(durations=False)
    outputs["tree"] = str(tree)
    parse_tree(tree)
    clean = [_span(name, {k: v for k, v in attributes.items() if PLANTED not in str(v)})]
    if not find_pii(clean):
        assert_call_tree(clean, CallTrace("call-1", tuple(clean)).tree(durations=False))
    # the check's four outputs
    reports = [report.check_spans("fuzz", spans)]
    out = io.StringIO()
    report.render_text(reports, out, report.Style(False))
    outputs["text"] = out.getvalue()
    outputs["json"] = json.dumps(report.render_json(reports, exit_code=1))
    outputs["html"] = waterfall.render_html(reports)
    outputs["markdown"] = summary.render_markdown(reports)
    # the snapshot refuses the trace (it holds PII) without showing it
    with pytest.raises(SnapshotRefusedError) as refused:
        render_snapshot(spans)
    outputs["snapshot-refusal"] = str(refused.value)
    # without the planted value: written, or refused when the fuzz made PII of its own
    try:
        outputs["snapshot"] = render_snapshot(clean)
    except SnapshotRefusedError as exc:
        outputs["snapshot"] = str(exc)
    for where, text in outputs.items():
        text.encode("utf-8")
        assert PLANTED not in text, where
        if where != "json":
            assert _raw(text) == [], where


#: Runs a rule whose repetition could split them in many ways would try each way: a long
#: mixed-case run after a quote (base64 in JSON, ``eyJ...``), a CamelCase run before a call's
#: parenthesis, a run of capitals after a capital and a digit (``A0AAAA...``).
BACKTRACKING = [
    '{"encoding": "base64", "data": "/Qa' + "AbCdEfGhIj" * 40 + '=="}',
    "Ab" + "Cd" * 300 + ' ("' + "k" * 30 + '")',
    "A0" + "A" * 3000 + " (",
    "x = Aa" + "B" * 3000 + "!",
]


def test_a_value_no_rule_backtracks_over_is_scanned_at_once() -> None:
    # In a child process, so that a rule that backtracks without end fails this test
    # instead of hanging the run; the bound is far beyond a linear scan of a few kB.
    script = (
        "import sys; from _builders import span\n"
        "from pytest_patter_trace.checks.pii import find_pii\n"
        f"for value in {BACKTRACKING!r}:\n"
        "    one = span('getpatter.call', 2, attributes={'body': value})\n"
        "    for content in ('allow', 'forbid'):\n"
        "        find_pii([one], content=content)\n"
    )
    tests = Path(__file__).resolve().parent.parent
    try:
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=tests,
            env={**os.environ, "PYTHONPATH": str(tests)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail("a rule backtracked over one of BACKTRACKING for 120 s")
    assert done.returncode == 0, done.stderr[-2000:]
