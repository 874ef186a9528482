"""``patter-trace check``: the main job, on real getpatter and on OTLP files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from _releases import recorded_on_070

from pytest_patter_trace import cli
from pytest_patter_trace.contract import documented_example_trace
from pytest_patter_trace.model import SpanRecord
from pytest_patter_trace.otlp import records_to_otlp_json

GOLDEN = Path(__file__).parent / "data" / "check_getpatter_0.7.0.txt"

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
    assert {"missing-span", "misspelled-attribute", "missing-attribute"} <= codes
    assert all(c["pii"] == [] for c in source["calls"])


def test_conforming_file_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write_otlp(tmp_path / "doc.jsonl", documented_example_trace(call_id="c-1"))
    assert cli.main(["check", str(path), "--no-color"]) == 0
    out = capsys.readouterr().out
    assert "call c-1:" in out
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
    assert "pii: 1 finding(s)" in out
    assert "[phone]" in out
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
