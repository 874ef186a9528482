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
    from pytest_patter_trace.sources.capture import SpanCapture


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


#: Tests that send the dashboard's auth token in the URL query on purpose. The request
#: spans (FastAPI's own, or its instrumentation's) carry that URL, and the guard rightly
#: flags the token; it is the app's HTTP layer, not getpatter's tracing. Allowed on those
#: URL keys in these tests only (the harness prints it), so every other test keeps the
#: whole guard.
TOKEN_IN_URL_TESTS = (
    "tests/test_dashboard_auth.py::test_auth_valid_query_param",
    "tests/test_dashboard_autotoken.py::TestDashboardAutoToken::"
    "test_exposed_default_authorized_with_query_token_succeeds",
)
URL_KEYS = ("url.query", "url.full", "http.url", "http.target")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Allow the URL keys in the tests that put a token in the URL on purpose."""
    for item in items:
        if item.nodeid in TOKEN_IN_URL_TESTS:
            item.add_marker(pytest.mark.patter_pii(allow=list(URL_KEYS)))
