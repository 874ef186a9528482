"""getpatter's own OTLP path: ``init_tracing(otlp_endpoint=...)`` in a subprocess → receiver.

The subprocess is a plain Patter app: tracing switched on by ``PATTER_OTEL_ENABLED=1``,
getpatter's ``init_tracing`` building its OTLP/HTTP exporter (what ``getpatter[tracing]``
installs), an offline ``EvalSession`` with a text turn and a tool turn, and
``shutdown_tracing()`` flushing the batch. Nothing of the plugin runs in that process.

The trace it sends is the reference for the TypeScript parity test (``test_otlp_node``):
``tests/node/expected_tree.txt`` is its tree, ``tests/node/python_trace.jsonl`` the trace
itself as a Collector ``file`` export. Regenerate both after a getpatter upgrade with
``PATTER_TRACE_REGENERATE=1 pytest tests/sources/test_otlp_getpatter.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from _paths import TESTS

from pytest_patter_trace.checks.contract import assert_contract, check_contract
from pytest_patter_trace.checks.pii import assert_no_pii
from pytest_patter_trace.checks.tree import assert_call_tree, call_tree_text
from pytest_patter_trace.core.grouping import CallTrace
from pytest_patter_trace.core.model import ScopeRecord, SpanRecord
from pytest_patter_trace.sources.otlp import load_otlp, records_to_otlp_json
from pytest_patter_trace.sources.receiver import OtlpReceiver

pytest.importorskip("getpatter")
pytest.importorskip(
    "opentelemetry.exporter.otlp.proto.http.trace_exporter",
    reason="getpatter's init_tracing exports only with opentelemetry-exporter-otlp-proto-http "
    "(pip install 'getpatter[tracing]')",
)

NODE_DIR = TESTS / "node"
EXPECTED_TREE_FILE = NODE_DIR / "expected_tree.txt"
GOLDEN_TRACE_FILE = NODE_DIR / "python_trace.jsonl"
CALL_ID = "call-parity-1"

# A Patter app as a user writes it; argv[1] is the OTLP endpoint (base URL).
SCENARIO = f"""
import asyncio, sys

from getpatter.evals.session import EvalSession, ScriptedLLMProvider, text_turn, tool_call_turn
from getpatter.models import Agent
from getpatter.observability import init_tracing, is_enabled, shutdown_tracing


async def lookup_order(arguments, context):
    return {{"status": "ships tomorrow"}}


async def main(endpoint):
    assert init_tracing(service_name="patter", otlp_endpoint=endpoint), "tracing not wired"
    assert is_enabled()
    tools = [{{
        "name": "lookup_order",
        "description": "Look an order up.",
        "parameters": {{"type": "object", "properties": {{"order_id": {{"type": "string"}}}}}},
        "handler": lookup_order,
    }}]
    agent = Agent(system_prompt="You are a shop agent.", provider="pipeline", tools=tools)
    llm = ScriptedLLMProvider([
        text_turn("Hello there."),
        tool_call_turn("lookup_order", {{"order_id": "A1"}}),
        text_turn("Your order ships tomorrow."),
    ])
    async with EvalSession(agent=agent, llm_provider=llm, call_id={CALL_ID!r}) as session:
        await session.user_says("hi")
        await session.user_says("where is my order?")
    shutdown_tracing()  # flushes getpatter's BatchSpanProcessor


asyncio.run(main(sys.argv[1]))
"""


def run_patter_app(endpoint: str) -> subprocess.CompletedProcess[str]:
    """Run the scenario in a fresh interpreter exporting to ``endpoint``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OTEL_")}
    env.update(PATTER_OTEL_ENABLED="1", DO_NOT_TRACK="1", PATTER_TELEMETRY_DISABLED="1")
    return subprocess.run(
        [sys.executable, "-c", SCENARIO, endpoint],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def attribute_types(spans: CallTrace | tuple[SpanRecord, ...]) -> set[tuple[str, str, str]]:
    """(span name, attribute key, value type) triples: the shape parity compares."""
    return {(s.name, k, type(v).__name__) for s in spans for k, v in s.attributes.items()}


def golden_call() -> CallTrace:
    """The reference Python trace, read back from its Collector-format file."""
    return CallTrace(CALL_ID, load_otlp(GOLDEN_TRACE_FILE))


def test_getpatter_init_tracing_exports_to_the_receiver(receiver: OtlpReceiver) -> None:
    result = run_patter_app(receiver.endpoint)
    assert result.returncode == 0, result.stderr[-3000:]

    # What came over the wire: getpatter's protobuf exporter, every request accepted.
    assert receiver.requests, "no request reached the receiver"
    assert {(r.content_type, r.status, r.rejected) for r in receiver.requests} == {
        ("application/x-protobuf", 200, 0)
    }
    call = receiver.call()
    assert call.call_id == CALL_ID
    assert receiver.unattributed() == ()
    assert {s.scope for s in call} == {ScopeRecord("patter", "")}
    assert {s.resource["service.name"] for s in call} == {"patter"}

    if os.environ.get("PATTER_TRACE_REGENERATE"):
        EXPECTED_TREE_FILE.write_text(call_tree_text(call) + "\n")
        GOLDEN_TRACE_FILE.write_text(json.dumps(records_to_otlp_json(call)) + "\n")

    expected_tree = EXPECTED_TREE_FILE.read_text()
    assert_call_tree(call, expected_tree)
    assert call_tree_text(call) == expected_tree.rstrip("\n")
    assert_no_pii(receiver)
    # The real 0.7.0 trace drifts from the documented contract, over OTLP as in-process.
    with pytest.raises(AssertionError, match=r"getpatter\.call absent"):
        assert_contract(receiver)

    # The committed reference trace is this same trace.
    golden = golden_call()
    assert call_tree_text(golden) == call_tree_text(call)
    assert attribute_types(golden) == attribute_types(call)
    assert check_contract(golden).counts() == check_contract(call).counts()
