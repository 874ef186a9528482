"""Committed example snapshots of real getpatter calls, in ``__snapshots__/`` beside this file.

They show the format on real traces and fail when getpatter's spans change shape.
Regenerate with ``pytest tests/snapshot/test_snapshot_example.py --snapshot-update`` and review the
diff like any other change.
"""

from __future__ import annotations

import importlib.util

import pytest
from syrupy.assertion import SnapshotAssertion

from pytest_patter_trace.drivers import scenarios
from pytest_patter_trace.sources.capture import SpanCapture

# Skip the tests, not the module: syrupy reports the snapshots of a module skipped at
# import as unused (and --snapshot-update deletes them).
pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("getpatter") is None,
    reason="getpatter is not installed (pip install '.[test]')",
)


async def test_tool_turn(patter_spans: SpanCapture, patter_snapshot: SnapshotAssertion) -> None:
    await scenarios.tool_turn()
    assert patter_spans.call() == patter_snapshot


async def test_concurrent_calls(
    patter_spans: SpanCapture, patter_snapshot: SnapshotAssertion
) -> None:
    await scenarios.concurrent_calls()
    assert patter_spans == patter_snapshot
