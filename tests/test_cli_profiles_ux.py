"""``patter-trace check`` with profiles, scenario lists and the contract it names."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from pytest_patter_trace import cli
from pytest_patter_trace.checks.contract import documented_example_trace
from pytest_patter_trace.sources.otlp import records_to_otlp_json


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


no_livekit = pytest.mark.skipif(_installed("livekit.agents"), reason="livekit-agents installed")


@no_livekit
@pytest.mark.parametrize("profile", ["livekit", "genai"])
def test_a_missing_framework_is_one_line_and_exit_3(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["check", "--profile", profile])
    captured = capsys.readouterr()
    assert code == 3
    assert "Traceback" not in captured.err
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1
    assert "is not installed: pip install " in lines[0]


@no_livekit
@pytest.mark.parametrize("profile", ["livekit", "genai"])
def test_a_missing_framework_under_json_is_valid_json(
    profile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["check", "--profile", profile, "--json"])
    payload = json.loads(capsys.readouterr().out)
    assert code == 3
    assert payload["exit_code"] == 3
    assert "not installed" in payload["error"]


def test_list_scenarios_of_a_profile(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--profile", "pipecat", "--list-scenarios"]) == 0
    pipecat = capsys.readouterr().out.split()
    assert cli.main(["check", "--list-scenarios"]) == 0
    patter = capsys.readouterr().out.split()
    assert "phone-number" in pipecat  # a framework scenario getpatter's list has not
    assert "phone-number" not in patter
    assert cli.main(["check", "--profile", "nope", "--list-scenarios"]) == 2


@pytest.mark.parametrize("profile", [[], ["--profile", "livekit"], ["--profile", "genai"]])
def test_list_scenarios_as_json(profile: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "--list-scenarios", "--json", *profile]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["exit_code"] == 0
    assert "text-turn" in payload["scenarios"]
    assert payload["profile"] == (profile[1] if profile else "patter")


def test_the_text_report_names_the_contract_it_checks_against(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    trace = tmp_path / "t.json"
    trace.write_text(json.dumps(records_to_otlp_json(documented_example_trace())))
    cli.main(["check", "--no-color", str(trace)])
    head = capsys.readouterr().out.splitlines()[:3]
    assert any("patter tracing contract v0.6.1" in line for line in head), head
    cli.main(["check", "--no-color", "--profile", "pipecat", str(trace)])
    head = capsys.readouterr().out.splitlines()[:3]
    assert any("pipecat tracing contract v1.14" in line for line in head), head
    cli.main(["check", "--json", str(trace)])
    assert json.loads(capsys.readouterr().out)["contract"]["version"] == "0.6.1"
