"""Shared test setup: no network, no telemetry; fixtures more than one test module uses."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pytest_patter_trace.sources.capture import SpanCapture
    from pytest_patter_trace.sources.receiver import OtlpReceiver

# getpatter's Patter() sends anonymous usage telemetry by default; CI has no network.
os.environ.setdefault("DO_NOT_TRACK", "1")
os.environ.setdefault("PATTER_TELEMETRY_DISABLED", "1")

# A change in the OpenTelemetry SDK's private state fails loudly in our own runs (users
# get one warning): see _otel.STRICT_ENV.
os.environ.setdefault("PATTER_TRACE_STRICT_INTERNALS", "1")


# Each fixture imports what it needs when it is used: a run that uses neither loads nothing
# more (the receiver's HTTP server, getpatter's scenarios).


@pytest.fixture
def receiver() -> Iterator[OtlpReceiver]:
    """An OTLP/HTTP receiver on 127.0.0.1, closed at teardown (the plugin fixture's body)."""
    from pytest_patter_trace.sources.receiver import patter_otlp_receiver_fixture

    yield from patter_otlp_receiver_fixture()


@pytest.fixture
async def tool_turn(patter_spans: SpanCapture) -> SpanCapture:
    """One real getpatter tool turn, call id ``c-tool``, captured in ``patter_spans``."""
    pytest.importorskip("getpatter")
    from pytest_patter_trace.drivers import scenarios

    await scenarios.tool_turn("c-tool")
    return patter_spans
