"""TypeScript parity: a trace from the OpenTelemetry JS SDK checked like the Python one.

``tests/node/emit_patter_trace.js`` emits, with the npm OpenTelemetry SDK and its OTLP/HTTP
exporters (JSON and protobuf), the trace getpatter makes in ``test_otlp_getpatter``'s
scenario. Through the receiver it must give the same call tree, the same attribute types,
the same contract findings and no PII, as the Python trace does.

Setup: ``npm ci --prefix tests/node`` (the CI script runs it). Skipped, saying so, only
when ``node`` is absent or those packages are not installed.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from _paths import TESTS

from pytest_patter_trace.checks.contract import assert_contract, check_contract
from pytest_patter_trace.checks.pii import assert_no_pii
from pytest_patter_trace.checks.tree import assert_call_tree, call_tree_text
from pytest_patter_trace.core.grouping import CallTrace
from pytest_patter_trace.core.model import SpanRecord
from pytest_patter_trace.sources.otlp import load_otlp
from pytest_patter_trace.sources.receiver import OtlpReceiver

NODE_DIR = TESTS / "node"
SCRIPT = NODE_DIR / "emit_patter_trace.js"
NODE = shutil.which("node")
CALL_ID = "call-parity-1"

pytestmark = [
    pytest.mark.skipif(NODE is None, reason="node is not installed: no TypeScript parity check"),
    pytest.mark.skipif(
        not (NODE_DIR / "node_modules" / "@opentelemetry" / "sdk-trace-base").is_dir(),
        reason="npm packages missing: run `npm ci --prefix tests/node`",
    ),
]


def emit(receiver: OtlpReceiver, *flags: str) -> None:
    assert NODE is not None
    result = subprocess.run(
        [NODE, str(SCRIPT), "--endpoint", receiver.endpoint, *flags],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def attribute_types(spans: CallTrace) -> set[tuple[str, str, str]]:
    return {(s.name, k, type(v).__name__) for s in spans for k, v in s.attributes.items()}


def python_call() -> CallTrace:
    """The Python reference trace (see test_otlp_getpatter), from its Collector export."""
    records: tuple[SpanRecord, ...] = load_otlp(NODE_DIR / "python_trace.jsonl")
    return CallTrace(CALL_ID, records)


@pytest.mark.parametrize(
    ("flags", "content_type", "encoding"),
    [
        (("--protocol", "json"), "application/json", ""),
        (("--protocol", "protobuf"), "application/x-protobuf", ""),
        (("--protocol", "json", "--gzip"), "application/json", "gzip"),
    ],
    ids=["json", "protobuf", "json-gzip"],
)
def test_node_trace_matches_the_python_trace(
    receiver: OtlpReceiver, flags: tuple[str, ...], content_type: str, encoding: str
) -> None:
    emit(receiver, *flags)
    assert {
        (r.content_type, r.content_encoding, r.status, r.rejected) for r in receiver.requests
    } == {(content_type, encoding, 200, 0)}
    call = receiver.call()
    assert call.call_id == CALL_ID
    assert {s.resource.get("service.name") for s in call} == {"patter"}
    assert {s.scope.name if s.scope else None for s in call} == {"patter"}

    expected_tree = (NODE_DIR / "expected_tree.txt").read_text()
    assert_call_tree(call, expected_tree)
    assert call_tree_text(call) == expected_tree.rstrip("\n")

    python = python_call()
    assert call_tree_text(call) == call_tree_text(python)
    assert attribute_types(call) == attribute_types(python)
    assert check_contract(call).counts() == check_contract(python).counts()
    with pytest.raises(AssertionError, match=r"getpatter\.call absent"):
        assert_contract(receiver)
    assert_no_pii(receiver)
