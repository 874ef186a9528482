"""Optional part of run (c): FastAPI's OpenTelemetry instrumentation, on for the session.

Loaded with ``-p patter_suite_fastapi`` when the harness gets ``--fastapi``; not a test
module. getpatter's dashboard and API tests then emit HTTP server spans beside getpatter's
own, into the same providers, as an instrumented application would.
"""

from __future__ import annotations

import pytest

_INSTRUMENTOR = pytest.StashKey[object]()


def pytest_configure(config: pytest.Config) -> None:
    """Instrument ``fastapi.FastAPI`` before the suite's modules import it."""
    from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor

    instrumentor = FastAPIInstrumentor()
    instrumentor.instrument()
    config.stash[_INSTRUMENTOR] = instrumentor


def pytest_unconfigure(config: pytest.Config) -> None:
    """Undo the instrumentation."""
    instrumentor = config.stash.get(_INSTRUMENTOR, None)
    if instrumentor is not None:
        instrumentor.uninstrument()  # type: ignore[attr-defined]
