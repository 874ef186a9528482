"""``patter-trace check``: the main job, on real getpatter and on OTLP files."""

from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _paths import DATA
from _releases import INSTALLED, recorded_on_070

from pytest_patter_trace import cli
from pytest_patter_trace.checks.contract import documented_example_trace
from pytest_patter_trace.core.model import SpanRecord
from pytest_patter_trace.sources.otlp import records_to_otlp_json

GOLDEN = DATA / "check_getpatter_0.7.0.txt"

needs_getpatter = pytest.mark.skipif(
    sys.version_info < (3, 11), reason="getpatter 0.7.0 needs Python 3.11+"
)


def _write_otlp(path: Path, spans: tuple[SpanRecord, ...]) -> Path:
    path.write_text(json.dumps(records_to_otlp_json(spans)) + "\n")
    return path


@needs_getpatter
@recorded_on_070
def test_golden_report_on_getpatter_070(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("getpatter")
    code = cli.main(["check", "--no-color"])
    out = capsys.readouterr().out
    if os.environ.get("PATTER_TRACE_REGENERATE"):
        GOLDEN.write_text(out)
    assert code == 1
    # The drift the docs do not mention, each found on the real SDK:
    assert "[missing-span] getpatter.call: getpatter.call absent" in out
    # Every finding names the span it is about by its line in the tree.
    assert "[misspelled-attribute] #4, #6 getpatter.llm: getpatter.llm.iteration" in out
    # A summary per code for the whole run comes first.
    assert out.splitlines()[3] == "findings by code:"
    assert "found patter.call.id instead" in out
    assert "found patter.llm.iteration instead" in out
    assert "found patter.tool.name instead" in out
    assert "getpatter.stt.confidence (float) absent" in out
    assert "getpatter.llm.ttft_ms (float) absent" in out
    assert "patter.latency.ttfb_ms on no span" in out
    assert out == GOLDEN.read_text()


@needs_getpatter
def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("getpatter")
    code = cli.main(["check", "--json", "--scenario", "concurrent-calls"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1
    assert payload["conforms"] is False
    (source,) = payload["sources"]
    assert source["source"] == "scenario concurrent-calls"
    assert [c["call_id"] for c in source["calls"]] == ["call-a", "call-b", "call-c"]
    codes = {v["code"] for c in source["calls"] for v in c["violations"]}
    # Timing figures measured from the spans, labelled with the clock they came from.
    timing = source["calls"][0]["timing"]
    assert timing["clock"] == "real"
    assert timing["turns"][0]["turn_ms_source"] == "spans"
    assert timing["turns"][0]["turn_ms"] >= 0
    assert {"missing-span", "misspelled-attribute", "missing-attribute"} <= codes
    assert all(c["pii"] == [] for c in source["calls"])


def test_conforming_file_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_otlp(tmp_path / "doc.jsonl", documented_example_trace(call_id="c-1"))
    assert cli.main(["check", str(path), "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "call 1 (c-1): " in out
    assert "contract: no violation" in out
    assert out.rstrip().endswith("conforms")


def test_pii_in_file_is_reported_masked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = "+1 415 555 2671"
    spans = documented_example_trace(call_id="c-1")
    leaky = SpanRecord(
        name=spans[-1].name,
        trace_id=spans[-1].trace_id,
        span_id=spans[-1].span_id,
        parent_span_id=spans[-1].parent_span_id,
        start_ns=spans[-1].start_ns,
        end_ns=spans[-1].end_ns,
        attributes={**spans[-1].attributes, "user.note": f"call me at {raw}"},
    )
    path = _write_otlp(tmp_path / "leak.json", (*spans[:-1], leaky))
    assert cli.main(["check", str(path), "--no-color"]) == 1
    out = capsys.readouterr().out
    assert "pii: 1 finding\n" in out
    assert "[pii:phone]" in out
    assert raw not in out
    assert "4155552671" not in out.replace(" ", "")
    assert cli.main(["check", str(path), "--json"]) == 1
    assert raw not in capsys.readouterr().out


def test_bad_file_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    good = json.dumps(records_to_otlp_json(documented_example_trace(call_id="c-1")))
    path = tmp_path / "bad.jsonl"
    path.write_text(
        good + '\n{"resourceSpans": [{"scopeSpans": [{"spans": [{"spanId": "zz"}]}]}]}\n'
    )
    assert cli.main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("patter-trace: error: ")
    assert "bad.jsonl:2: resourceSpans[0].scopeSpans[0].spans[0]" in err
    assert "Traceback" not in err


def test_unknown_scenario(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--scenario", "nope"]) == 2
    assert "unknown scenario(s) nope; known: text-turn" in capsys.readouterr().err


def test_bad_contract_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    contract = tmp_path / "c.toml"
    contract.write_text("this is = not [valid toml\n")
    path = _write_otlp(tmp_path / "doc.jsonl", documented_example_trace(call_id="c-1"))
    assert cli.main(["check", str(path), "--contract", str(contract)]) == 2
    err = capsys.readouterr().err
    assert "c.toml" in err
    assert "Traceback" not in err


def test_colour_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_otlp(tmp_path / "doc.jsonl", documented_example_trace(call_id="c-1"))
    cli.main(["check", str(path)])
    assert "\033[" not in capsys.readouterr().out  # not a TTY
    cli.main(["check", str(path), "--color"])
    assert "\033[1;32mconforms\033[0m" in capsys.readouterr().out


def test_list_scenarios(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--list-scenarios"]) == 0
    assert capsys.readouterr().out.split() == [
        "text-turn",
        "tool-turn",
        "several-turns",
        "concurrent-calls",
    ]


@needs_getpatter
def test_console_script_installed() -> None:
    pytest.importorskip("getpatter")
    exe = Path(sys.executable).with_name("patter-trace")
    result = subprocess.run(
        [str(exe), "check", "--scenario", "text-turn", "--no-color"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DO_NOT_TRACK": "1"},
    )
    assert result.returncode == 1, result.stderr
    assert "== scenario text-turn" in result.stdout
    assert "DOES NOT CONFORM" in result.stdout


@needs_getpatter
@recorded_on_070
def test_identical_calls_are_folded(capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("getpatter")
    assert cli.main(["check", "--no-color", "--scenario", "concurrent-calls"]) == 1
    out = capsys.readouterr().out
    assert "  call 1 (call-a): 12 spans, DOES NOT CONFORM" in out
    assert "call 2 (call-b)" not in out
    assert "calls 2-3 (call-b, call-c): the same 12 spans and the same 36 findings as call 1" in out
    assert out.rstrip().endswith(
        "1 source, 3 calls, 108 contract violations, 0 PII findings: DOES NOT CONFORM"
    )


def test_calls_that_differ_are_not_folded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one = documented_example_trace(call_id="c-1")
    two = [
        dataclasses.replace(
            s, attributes={k: v for k, v in s.attributes.items() if k != "getpatter.stt.confidence"}
        )
        for s in documented_example_trace(call_id="c-2")
    ]
    path = _write_otlp(tmp_path / "two.jsonl", (*one, *two))
    assert cli.main(["check", str(path), "--no-color"]) == 1
    out = capsys.readouterr().out
    assert "call 1 (c-1)" in out
    assert "call 2 (c-2)" in out
    assert "the same" not in out


def test_phone_number_call_id_is_masked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    raw = "+14155552671"
    path = _write_otlp(tmp_path / "c.jsonl", documented_example_trace(call_id=raw))
    cli.main(["check", str(path), "--no-color"])
    out = capsys.readouterr().out
    assert "call 1 (+14•••••••71)" in out
    assert "5552671" not in out.replace(" ", "")
    cli.main(["check", str(path), "--json"])
    assert "5552671" not in capsys.readouterr().out.replace(" ", "")


def test_empty_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    assert cli.main(["check", str(path)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"patter-trace: error: {path}: empty file: no OTLP trace data to check\n"
    assert "CONFORM" not in captured.out


def test_text_file_says_it_is_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("call log\nnothing here\n")
    assert cli.main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "neither OTLP/JSON nor OTLP protobuf: this is text" in err
    assert "Wire format" not in err


@pytest.mark.parametrize(
    ("argv", "code", "fragment"),
    [
        (["check", "--json", "--no-such-option"], 2, "usage: unrecognized arguments"),
        (["check", "--json", "--scenario", "nope"], 2, "unknown scenario(s) nope"),
        (["check", "--json", "missing.jsonl"], 2, "cannot read the file"),
    ],
)
def test_json_is_valid_on_errors(
    argv: list[str], code: int, fragment: str, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        got = cli.main(argv)
    except SystemExit as exc:
        got = int(exc.code or 0)
    payload = json.loads(capsys.readouterr().out)
    assert got == code
    assert payload["exit_code"] == code
    assert payload["conforms"] is False
    assert fragment in payload["error"]
    assert payload["sources"] == []


def test_json_on_a_conforming_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_otlp(tmp_path / "doc.jsonl", documented_example_trace(call_id="c-1"))
    assert cli.main(["check", str(path), "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["error"] is None
    assert payload["exit_code"] == 0
    assert payload["summary"]["violations"] == 0


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("patter-trace 0.1.0 (getpatter ")
    assert "opentelemetry-sdk " in out


def test_help_lists_exit_codes_formats_and_range(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    out = capsys.readouterr().out
    for code, meaning in cli.EXIT_CODES.items():
        assert f"  {code}  {meaning}" in out
    assert "OTLP protobuf" in out
    assert "supported getpatter:" in out


def _broken_sdk(tmp_path: Path) -> dict[str, str]:
    # A getpatter that is installed but cannot run: its import fails (under either import
    # name: releases before 0.5 are the `patter` package).
    for name in ("getpatter", "patter"):
        pkg = tmp_path / "shadow" / name
        pkg.mkdir(parents=True)
        (pkg / "__init__.py").write_text(
            "raise RuntimeError('this getpatter cannot be imported')\n"
        )
    return {**os.environ, "PYTHONPATH": str(tmp_path / "shadow"), "DO_NOT_TRACK": "1"}


installed = pytest.mark.skipif(INSTALLED is None, reason="getpatter is not installed")


@installed
@pytest.mark.parametrize("as_json", [False, True])
def test_sdk_that_cannot_be_driven_exits_3(tmp_path: Path, as_json: bool) -> None:
    argv = [sys.executable, "-m", "pytest_patter_trace.cli", "check", "--scenario", "text-turn"]
    result = subprocess.run(
        argv + (["--json"] if as_json else []),
        capture_output=True,
        text=True,
        timeout=120,
        env=_broken_sdk(tmp_path),
    )
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr
    if as_json:
        payload = json.loads(result.stdout)
        assert payload["exit_code"] == 3
        assert "this getpatter cannot be imported" in payload["error"]
    else:
        (line,) = result.stderr.splitlines()
        assert line.startswith("patter-trace: error: ")
        assert "this getpatter cannot be imported" in line


@installed
def test_debug_shows_the_traceback(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest_patter_trace.cli", "check", "--debug"],
        capture_output=True,
        text=True,
        timeout=120,
        env=_broken_sdk(tmp_path),
    )
    assert result.returncode == 3
    assert "Traceback" in result.stderr


@pytest.mark.parametrize("as_json", [False, True])
def test_release_outside_the_range_exits_4(tmp_path: Path, as_json: bool) -> None:
    # An installed distribution's metadata says 0.4.1, the release before tracing.
    info = tmp_path / "site" / "getpatter-0.4.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: getpatter\nVersion: 0.4.1\n")
    argv = [sys.executable, "-m", "pytest_patter_trace.cli", "check"]
    result = subprocess.run(
        argv + (["--json"] if as_json else []),
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(tmp_path / "site"), "DO_NOT_TRACK": "1"},
    )
    assert result.returncode == 4, result.stderr
    if as_json:
        assert (
            "getpatter 0.4.1 is outside the supported range" in json.loads(result.stdout)["error"]
        )
    else:
        (line,) = result.stderr.splitlines()
        assert line.startswith(
            "patter-trace: error: getpatter 0.4.1 is outside the supported range"
        )


def test_without_getpatter_exits_3(tmp_path: Path) -> None:
    # No distribution named getpatter on the path the check sees (metadata hidden).
    code = (
        "import importlib.metadata as m, sys\n"
        "real = m.version\n"
        "def version(name):\n"
        "    if name == 'getpatter':\n"
        "        raise m.PackageNotFoundError(name)\n"
        "    return real(name)\n"
        "m.version = version\n"
        "from pytest_patter_trace.cli import main\n"
        "sys.exit(main(['check']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 3, result.stderr
    assert result.stderr.startswith("patter-trace: error: getpatter is not installed")
