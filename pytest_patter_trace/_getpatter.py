"""Turning getpatter's tracing on for one test, and back off.

getpatter 0.7.0 emits spans only when ``PATTER_OTEL_ENABLED`` is set *and* its module
global ``getpatter.observability.tracing._tracer`` is set, which only ``init_tracing``
does publicly; but ``init_tracing`` claims the global provider (set-once) and wires an
OTLP exporter to the network. No public path gives "emit into the provider the test
uses, nowhere else", so this module sets the private state directly and restores it.
A future getpatter release changes this file only.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from opentelemetry import context as context_api
from opentelemetry import trace as trace_api
from opentelemetry.util import types

__all__ = ["ENV_FLAG", "GlobalTracer", "enable_tracing"]

#: The documented switch for Patter's tracing.
ENV_FLAG = "PATTER_OTEL_ENABLED"
_TRACER_NAME = "patter"


class GlobalTracer(trace_api.Tracer):
    """A tracer that asks the *current* global provider on every span.

    getpatter keeps one tracer for the process; the code under test may set its own
    provider during the test, and getpatter's spans must then go there as they would
    after ``init_tracing`` (which reads the global provider).
    """

    def __init__(self, name: str = _TRACER_NAME) -> None:
        self._name = name
        self._cached: tuple[trace_api.TracerProvider, trace_api.Tracer] | None = None

    def _current(self) -> trace_api.Tracer:
        # Cached per provider: building a tracer costs more than the span itself.
        provider = trace_api.get_tracer_provider()
        cached = self._cached
        if cached is None or cached[0] is not provider:
            cached = (provider, provider.get_tracer(self._name))
            self._cached = cached
        return cached[1]

    def start_span(
        self,
        name: str,
        context: context_api.Context | None = None,
        kind: trace_api.SpanKind = trace_api.SpanKind.INTERNAL,
        attributes: types.Attributes = None,
        links: Sequence[trace_api.Link] | None = None,
        start_time: int | None = None,
        record_exception: bool = True,
        set_status_on_exception: bool = True,
    ) -> trace_api.Span:
        return self._current().start_span(
            name,
            context,
            kind,
            attributes,
            links,
            start_time,
            record_exception,
            set_status_on_exception,
        )

    @contextmanager
    def start_as_current_span(  # type: ignore[override]
        self,
        name: str,
        context: context_api.Context | None = None,
        kind: trace_api.SpanKind = trace_api.SpanKind.INTERNAL,
        attributes: types.Attributes = None,
        links: Sequence[trace_api.Link] | None = None,
        start_time: int | None = None,
        record_exception: bool = True,
        set_status_on_exception: bool = True,
        end_on_exit: bool = True,
    ) -> Iterator[trace_api.Span]:
        with self._current().start_as_current_span(
            name,
            context,
            kind,
            attributes,
            links,
            start_time,
            record_exception,
            set_status_on_exception,
            end_on_exit,
        ) as span:
            yield span


def installed() -> bool:
    """True when getpatter can be imported (without importing it)."""
    return importlib.util.find_spec("getpatter") is not None


def enable_tracing() -> Callable[[], None]:
    """Turn getpatter tracing on into the global provider; returns the undo.

    Sets the documented ``PATTER_OTEL_ENABLED`` flag and, unless getpatter was already
    initialised by the code under test, its tracer. Marking it initialised makes a later
    ``init_tracing(...)`` call inside the test a no-op that returns True: no OTLP
    exporter is built, so nothing reaches the network and nothing waits in a batch queue.
    """
    old_flag = os.environ.get(ENV_FLAG)
    os.environ[ENV_FLAG] = "1"
    restore_state: Callable[[], None] = _noop
    if installed():
        from getpatter.observability import tracing

        state: tuple[Any, Any, Any] = (tracing._tracer, tracing._provider, tracing._initialized)
        if tracing._tracer is None:
            tracing._tracer = GlobalTracer()
            tracing._initialized = True

            def restore_state() -> None:
                tracing._tracer, tracing._provider, tracing._initialized = state

    def undo() -> None:
        restore_state()
        if old_flag is None:
            os.environ.pop(ENV_FLAG, None)
        else:
            os.environ[ENV_FLAG] = old_flag

    return undo


def _noop() -> None:
    return None
