"""Run (c) of the getpatter suite harness: every test requests ``patter_spans``.

Loaded with ``-p patter_suite_capture`` next to ``--patter-no-pii``; not a test module.
It plays the downstream CI that adds an autouse fixture to a suite it did not write.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from patter_suite_recorder import OTHER_SPANS_PROPERTY, SPANS_PROPERTY

if TYPE_CHECKING:
    from pytest_patter_trace.capture import SpanCapture


@pytest.fixture(autouse=True)
def _patter_suite_capture(
    request: pytest.FixtureRequest, patter_spans: SpanCapture
) -> Iterator[None]:
    """Capture every test's spans; report how many through a user property."""
    yield
    # Counted before patter_spans' own teardown, while the capture is still the test's.
    spans = patter_spans.spans
    # Spans of other instrumentations (FastAPI, the suite's own tracers) beside getpatter's.
    others = sum(1 for span in spans if not span.name.startswith(("getpatter.", "patter.")))
    request.node.user_properties.append((SPANS_PROPERTY, len(spans)))
    request.node.user_properties.append((OTHER_SPANS_PROPERTY, others))
