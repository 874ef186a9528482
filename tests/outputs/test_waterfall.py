"""The HTML waterfall report: self-contained, masked, and rendered by a real Chromium."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from _paths import ROOT

from pytest_patter_trace import cli
from pytest_patter_trace.checks.contract import documented_example_trace
from pytest_patter_trace.core.model import EventRecord, SpanRecord
from pytest_patter_trace.outputs.report import check_spans
from pytest_patter_trace.outputs.waterfall import render_html

SCREENSHOT = ROOT / "docs" / "img" / "waterfall-tool-turn.png"
WINDOW = (1200, 1100)

PHONE = "+1 415 555 2671"
EMAIL = "jane.doe@example.com"


def planted() -> tuple[SpanRecord, ...]:
    """The documented call with PII in an attribute, a span name and an exception event."""
    out = []
    for s in documented_example_trace(call_id="c-pii"):
        if s.name == "getpatter.tool":
            s = replace(
                s,
                name=f"getpatter.tool <script>alert(1)</script> {EMAIL}",
                attributes={**s.attributes, "app.caller": PHONE},
                events=(
                    EventRecord("exception", 0, {"exception.message": f"no order for {PHONE}"}),
                ),
            )
        out.append(s)
    return tuple(out)


def test_report_holds_no_raw_pii_and_escapes_span_text() -> None:
    report = check_spans("planted", planted())
    assert report.calls[0].pii, "the planted values must be found"
    page = render_html([report])
    for raw in (PHONE, EMAIL, "555 2671", "jane.doe", "<script>alert"):
        assert raw not in page
    assert page.count("<script>") == 1  # the report's own script only
    # The findings are there, masked.
    assert "pii:phone" in page


def test_report_is_self_contained() -> None:
    page = render_html([check_spans("doc", documented_example_trace())])
    assert "Content-Security-Policy" in page
    assert not re.search(r"""(?:src|href)\s*=\s*["'](?!data:|#)""", page)
    assert "url(" not in page
    assert "@import" not in page
    assert "http://" not in page.replace("http-equiv", "")
    assert "https://" not in page


def test_one_bar_per_span_and_rule_marks() -> None:
    spans = tuple(
        replace(s, end_ns=s.start_ns) if s.name == "getpatter.tool" else s
        for s in documented_example_trace()
    )
    page = render_html([check_spans("doc", spans)])
    assert len(re.findall(r'<div class="bar[ "]', page)) == len(spans)
    # The zero-length tool span breaks a timing rule: its bar is red, the axis marked.
    assert re.search(r'class="bar violation rule" data-span-index="5"', page)
    assert 'class="mark" data-span-index="5"' in page
    assert "scripted clock" in page


# -- in a real browser -----------------------------------------------------------------


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail("chromium is not installed; .ci/run installs it (apt-get install chromium)")
    pytest.skip("chromium is not installed (apt-get install chromium); CI installs it")


def _run_chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    return subprocess.run(
        [_chromium(), *flags, *args], capture_output=True, text=True, timeout=120, check=True
    )


def _png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.fixture
def tool_turn_report(tmp_path: Path) -> Path:
    if sys.version_info < (3, 11):
        pytest.skip("getpatter 0.7.0 needs Python 3.11+")
    pytest.importorskip("getpatter")
    path = tmp_path / "report.html"
    assert cli.main(["check", "--scenario", "tool-turn", "--html", str(path)]) == 1
    return path


def test_real_tool_turn_report_in_headless_chromium(
    tool_turn_report: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    dom = _run_chromium(tmp_path, "--dump-dom", tool_turn_report.as_uri()).stdout
    bars = re.findall(
        r'<div class="bar[^"]*" data-span-index="(\d+)" data-span-name="([^"]+)"', dom
    )
    # getpatter 0.7.0's tool turn: 7 spans, one bar each, in tree order.
    assert [int(i) for i, _ in bars] == list(range(1, 8))
    assert [n for _, n in bars] == [
        "getpatter.stt",
        "getpatter.endpoint",
        "getpatter.llm",
        "getpatter.llm",
        "getpatter.tool",
        "getpatter.llm",
        "getpatter.tts",
    ]
    # The inline script ran in the browser and counted the bars it found.
    assert 'data-bars="7"' in dom
    assert "figures: real time" in dom

    shot = tmp_path / "waterfall.png"
    _run_chromium(
        tmp_path,
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        f"--screenshot={shot}",
        tool_turn_report.as_uri(),
    )
    data = shot.read_bytes()
    assert _png_size(data) == WINDOW
    if os.environ.get("PATTER_TRACE_REGENERATE"):
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(data)
    # Compared tolerantly: fonts differ across machines, so same size and a similar
    # amount of drawn detail (PNG size), not the same pixels.
    kept = SCREENSHOT.read_bytes()
    assert _png_size(kept) == WINDOW
    assert len(data) > 20_000, "the screenshot is (nearly) blank"
    assert 0.5 < len(data) / len(kept) < 2.0


# -- the Markdown summary --------------------------------------------------------------


def test_markdown_summary_for_the_step_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from pytest_patter_trace.sources.otlp import records_to_otlp_json

    trace = tmp_path / "pii.json"
    trace.write_text(json.dumps(records_to_otlp_json(planted())))
    md = tmp_path / "summary.md"
    html_path = tmp_path / "r.html"
    args = ["check", str(trace), "--markdown", str(md), "--html", str(html_path)]
    assert cli.main(args) == 1
    text = md.read_text(encoding="utf-8")
    assert text.startswith("## patter-trace check: DOES NOT CONFORM\n")
    assert "| `unknown-span` | 1 |" in text
    assert "| 2 | 800.0 (spans) | 170.0 (attribute) | scripted |" in text
    page = html_path.read_text(encoding="utf-8")
    for raw in (PHONE, EMAIL, "<script>alert"):
        assert raw not in text
        assert raw not in page
    assert PHONE not in capsys.readouterr().out


def test_unwritable_report_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from pytest_patter_trace.sources.otlp import records_to_otlp_json

    trace = tmp_path / "doc.json"
    trace.write_text(json.dumps(records_to_otlp_json(documented_example_trace())))
    # Missing folders are made, as pytest's --junitxml does; a file in the way is an error.
    made = tmp_path / "no" / "such" / "dir" / "r.html"
    assert cli.main(["check", str(trace), "--html", str(made)]) == 0
    assert made.is_file()
    (tmp_path / "file").write_text("")
    blocked = tmp_path / "file" / "r.html"
    assert cli.main(["check", str(trace), "--html", str(blocked)]) == 2
    assert "cannot write" in capsys.readouterr().err
