"""PII planted in every part of a trace never leaves through any output of ours.

Span names, call ids, status descriptions, event names and attributes, link attributes,
resource and scope all carry a phone number or an e-mail; every message, report and
result the plugin makes from those spans is collected and searched. None may show five
consecutive digits of a planted number or an e-mail's local part.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from pytest_patter_trace import (
    assert_call_tree,
    assert_contract,
    assert_cost_latency,
    assert_no_pii,
    assert_required_attributes,
    assert_timing,
    check_contract,
    check_cost_latency,
    find_pii,
    group_calls,
    render_snapshot,
)
from pytest_patter_trace import cli as cli_module
from pytest_patter_trace.checks.contract import documented_example_trace
from pytest_patter_trace.checks.tree import call_tree_text
from pytest_patter_trace.core.model import EventRecord, LinkRecord, ScopeRecord, StatusRecord
from pytest_patter_trace.outputs.report import check_spans, render_json
from pytest_patter_trace.outputs.summary import render_markdown
from pytest_patter_trace.outputs.waterfall import write_html
from pytest_patter_trace.sources.otlp import records_to_otlp_json
from pytest_patter_trace.sources.store import SpanStore

PHONE = "+44 20 7946 0958"  # Ofcom's drama range: never a real line
PHONE_DIGITS = re.sub(r"\D", "", PHONE)
EMAIL = "jane.doe@example.com"
LOCAL_PART = "jane.doe"
# Ids made of letters only, so no id can look like a planted digit run.
TRACE = "ab" * 16


def _sid(n: int) -> str:
    # n in base 6 written with the hex letters a-f: unique, and no digit in it.
    out = ""
    for _ in range(16):
        n, digit = divmod(n, 6)
        out = "abcdef"[digit] + out
    return out.replace("a", "c", 1)


def _planted() -> list:
    spans = list(documented_example_trace(call_id=PHONE))
    out = []
    for index, span in enumerate(spans):
        span = dataclasses.replace(
            span,
            trace_id=TRACE,
            span_id=_sid(index),
            parent_span_id=None if span.parent_span_id is None else _sid(0),
        )
        if index == 1:
            span = dataclasses.replace(
                span,
                name=f"getpatter.transfer to {PHONE}",
                status=StatusRecord("ERROR", f"could not reach {EMAIL}"),
                events=(
                    EventRecord(f"sms sent to {PHONE}", 1, {"to": EMAIL}),
                    EventRecord("exception", 2, {"exception.message": f"no answer at {PHONE}"}),
                ),
                links=(LinkRecord(TRACE, _sid(0), {"caller": PHONE}),),
                resource={"host.owner": EMAIL, "service.name": "bot"},
                scope=ScopeRecord(EMAIL, None),
                attributes={
                    **span.attributes,
                    "customer.email": EMAIL,
                    "patter.cost.stt_seconds": PHONE,
                },
            )
        out.append(span)
    # A span whose own call id (an e-mail) differs from its parent's (a phone number).
    out.append(
        dataclasses.replace(
            out[0],
            name=f"getpatter.tool {EMAIL}",
            span_id="f" * 16,
            parent_span_id=out[0].span_id,
            attributes={"getpatter.call.id": EMAIL},
        )
    )
    return out


def _outputs(tmp_path: Path) -> dict[str, str]:
    spans = _planted()
    call = group_calls(spans).traces()[0]
    texts: dict[str, str] = {}

    def failure(name: str, action: Callable[[], object]) -> None:
        try:
            action()
        except (AssertionError, ValueError) as exc:
            texts[name] = f"{exc}\n{exc!r}"
        else:
            texts[name] = "(passed)"

    failure("assert_no_pii", lambda: assert_no_pii(spans))
    findings = find_pii(spans)
    assert findings, "the planted values must be found"
    texts["find_pii"] = "\n".join(f"{f}\n{f!r}\n{json.dumps(f.to_dict())}" for f in findings)
    failure("assert_contract", lambda: assert_contract(spans))
    report = check_contract(spans)
    texts["check_contract"] = "\n".join(
        f"{v}\n{json.dumps(v.to_dict())}" for v in report.violations
    )
    failure(
        "assert_required_attributes",
        lambda: assert_required_attributes(spans, {"getpatter.tts": ["missing.key"]}),
    )
    failure("assert_cost_latency", lambda: assert_cost_latency(spans))
    texts["check_cost_latency"] = "\n".join(str(v) for v in check_cost_latency(spans))
    failure("assert_call_tree", lambda: assert_call_tree(call, "nothing.like.this"))
    texts["tree"] = f"{call_tree_text(call)}\n{call.tree()}"
    failure("assert_timing", lambda: assert_timing(call, turn_ms=0, ttft_ms=0))
    texts["conflicts"] = "\n".join(str(c) for c in group_calls(spans).conflicts)
    store = SpanStore()
    store.add_records(spans)
    failure("store.call", lambda: store.call("no such call"))
    other = SpanStore()
    other.add_records([*spans, dataclasses.replace(spans[0], span_id="e" * 16, attributes={})])
    failure("store.call-many", lambda: other.call())
    failure("store.wait_for", lambda: store.wait_for(50, name=f"to {PHONE}", timeout=0.01))
    texts["store.tree"] = str(store.tree())
    try:
        render_snapshot(spans)
    except Exception as exc:  # SnapshotRefusedError
        texts["snapshot"] = f"{exc}\n{exc!r}"
    source = check_spans("planted", spans)
    texts["report.json"] = json.dumps(render_json([source], exit_code=1))
    texts["markdown"] = render_markdown([source])
    html = tmp_path / "report.html"
    write_html(html, [source], title="planted")
    texts["html"] = html.read_text()
    trace_file = tmp_path / "trace.json"
    trace_file.write_text(json.dumps(records_to_otlp_json(spans)))
    return texts


def _cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, str]:
    trace_file = tmp_path / "trace.json"
    out: dict[str, str] = {}
    for args in (["--no-color"], ["--json"]):
        cli_module.main(["check", str(trace_file), *args])
        captured = capsys.readouterr()
        out[f"cli {args[0]}"] = captured.out + captured.err
    return out


def _leaks(text: str) -> list[str]:
    found = []
    squeezed = re.sub(r"[\s\-().+/]", "", text)
    for start in range(len(PHONE_DIGITS) - 4):
        window = PHONE_DIGITS[start : start + 5]
        if window in squeezed:
            found.append(f"digits {window}")
    if LOCAL_PART in text or LOCAL_PART.replace(".", "") in text.replace(".", ""):
        found.append("e-mail local part")
    return found


def test_no_output_shows_planted_pii(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    texts = _outputs(tmp_path)
    texts.update(_cli(tmp_path, capsys))
    # Every output was made and says something.
    assert all(texts.values()), [k for k, v in texts.items() if not v]
    leaks = {name: _leaks(text) for name, text in texts.items() if _leaks(text)}
    assert leaks == {}


def test_the_search_finds_a_raw_value() -> None:
    # The check itself can fail: a raw value in a text is reported.
    assert _leaks(f"caller {PHONE}") != []
    assert _leaks(f"mail {EMAIL}") != []
    assert _leaks("caller +44 •• •••• ••58, j•••@e•••.com") == []


def test_capture_warnings_and_errors_mask_span_names() -> None:
    from opentelemetry.sdk.trace import TracerProvider

    from pytest_patter_trace.sources.capture import CaptureHub

    hub = CaptureHub()
    capture = hub.start()
    try:
        tracer = TracerProvider().get_tracer("t")
        left_open = tracer.start_span(f"call {PHONE}")
        with tracer.start_as_current_span(f"mail {EMAIL}", attributes={"getpatter.call.id": PHONE}):
            pass
    finally:
        hub.stop(capture)
        hub.close()
    texts = {"open spans": capture.open_spans_message() or ""}
    for name, action in {
        "call": lambda: capture.call("nope"),
        "wait_for": lambda: capture.wait_for(9, name=f"to {PHONE}", timeout=0.01),
    }.items():
        with pytest.raises(AssertionError) as info:
            action()
        texts[name] = str(info.value)
    texts["tree"] = str(capture.tree())
    left_open.end()
    assert all(texts.values())
    assert {name: _leaks(text) for name, text in texts.items() if _leaks(text)} == {}
