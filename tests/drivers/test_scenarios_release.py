"""The scenarios on whichever getpatter release is installed, and the release table.

The real-trace tests here hold on every supported release (the CI runs them next to
the oldest, 0.6.1, 0.6.8 and 0.7.0): one stt/llm/tts chain per caller turn, every span
stamped with its own call's id, no barge-in between turns, globals restored.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from _releases import INSTALLED

from pytest_patter_trace.core.errors import SdkError, UnsupportedRelease
from pytest_patter_trace.drivers import _getpatter, scenarios
from pytest_patter_trace.sources.capture import SpanCapture

needs_release = pytest.mark.skipif(
    INSTALLED is None or sys.version_info < (3, 11),
    reason="getpatter is not installed (it needs Python 3.11+)",
)


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.4.2", ("patter", "pipeline", "handlers.stream_handler")),
        ("0.4.4", ("patter", "pipeline", "handlers.stream_handler")),
        ("0.5.0", ("getpatter", "pipeline", "handlers.stream_handler")),
        ("0.5.4", ("getpatter", "pipeline", "handlers.stream_handler")),
        ("0.6.0", ("getpatter", "pipeline", "stream_handler")),
        ("0.6.7", ("getpatter", "pipeline", "stream_handler")),
        ("0.6.8", ("getpatter", "evals", "stream_handler")),
        ("0.7.0rc1", ("getpatter", "evals", "stream_handler")),
    ],
)
def test_release_families(version: str, expected: tuple[str, str, str]) -> None:
    assert _getpatter._family(_getpatter._numbers(version)) == expected


@pytest.mark.parametrize("version", ["0.4.1", "0.3.0", "dev"])
def test_release_before_tracing_is_unsupported(
    monkeypatch: pytest.MonkeyPatch, version: str
) -> None:
    monkeypatch.setattr(_getpatter, "_installed_version", lambda: version)
    with pytest.raises(UnsupportedRelease) as info:
        scenarios.run_scenario("text-turn")
    assert info.value.version == version
    assert info.value.supported == scenarios.SUPPORTED_RANGE == ">=0.4.2"
    assert "\n" not in str(info.value)


def test_not_installed_is_one_line_sdk_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_getpatter, "_installed_version", lambda: None)
    assert not _getpatter.installed()
    with pytest.raises(SdkError, match=r"^getpatter is not installed: pip install") as info:
        scenarios.installed_release()
    assert not isinstance(info.value, UnsupportedRelease)


def test_unknown_scenario_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown scenario 'nope'; known: text-turn"):
        scenarios.run_scenario("nope")


def _kind(name: str) -> str:
    # patter.stt (0.4.x) and getpatter.stt (later) are the same step.
    return name.rsplit(".", 1)[-1]


def _turn_chains(capture: SpanCapture, call_id: str) -> list[str]:
    call = capture.call(call_id)
    assert {s.attributes["patter.call.id"] for s in call} == {call_id}
    return [_kind(s.name) for s in call]


@needs_release
async def test_text_turn_on_installed_release(patter_spans: SpanCapture) -> None:
    await scenarios.text_turn("r-text")
    kinds = _turn_chains(patter_spans, "r-text")
    assert kinds.count("stt") == 1
    assert kinds.count("tts") == 1
    assert "llm" in kinds


@needs_release
async def test_tool_turn_on_installed_release(patter_spans: SpanCapture) -> None:
    await scenarios.tool_turn("r-tool")
    call = patter_spans.call("r-tool")
    tools = [s for s in call if _kind(s.name) == "tool"]
    assert [t.attributes["patter.tool.name"] for t in tools] == ["lookup_order"]
    iterations = [s.attributes.get("patter.llm.iteration") for s in call if _kind(s.name) == "llm"]
    assert 0 in iterations
    assert 1 in iterations  # the loop asked the LLM again after the tool ran


@needs_release
async def test_several_turns_without_barge_in(patter_spans: SpanCapture) -> None:
    grace = os.environ.get("PATTER_TTS_TAIL_GRACE_MS")
    await scenarios.several_turns("r-turns", turns=3)
    kinds = _turn_chains(patter_spans, "r-turns")
    assert kinds.count("stt") == 3
    assert kinds.count("tts") == 3
    # A turn sent while the agent still "speaks" would read as a barge-in.
    assert "bargein" not in kinds
    assert os.environ.get("PATTER_TTS_TAIL_GRACE_MS") == grace


@needs_release
async def test_concurrent_calls_on_installed_release(patter_spans: SpanCapture) -> None:
    ids = ("r0", "r1", "r2")
    await scenarios.concurrent_calls(ids)
    calls = patter_spans.calls()
    assert sorted(calls) == sorted(ids)
    sizes = {len(call) for call in calls.values()}
    assert len(sizes) == 1  # the same calls, the same spans
    for call_id in ids:
        kinds = _turn_chains(patter_spans, call_id)
        assert kinds.count("stt") == 2
        assert kinds.count("tool") == 1


@needs_release
def test_check_on_installed_release_reports_missing_call_root(tmp_path: object) -> None:
    env = {**os.environ, "DO_NOT_TRACK": "1", "PATTER_TELEMETRY_DISABLED": "1", "NO_COLOR": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "pytest_patter_trace.cli", "check", "--no-color"],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "[missing-span] getpatter.call" in out
    assert "Traceback" not in out


@needs_release
def test_enable_tracing_restores_on_installed_release(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_getpatter.ENV_FLAG, raising=False)
    tracing = _getpatter._tracing_module()
    before = (tracing._tracer, tracing._provider, tracing._initialized)
    undo = _getpatter.enable_tracing()
    try:
        assert tracing.is_enabled()  # the release's own switch: flag and tracer set
    finally:
        undo()
    assert (tracing._tracer, tracing._provider, tracing._initialized) == before
    assert _getpatter.ENV_FLAG not in os.environ
    assert not tracing.is_enabled()
