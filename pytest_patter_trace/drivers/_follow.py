"""A tracer that follows the global OpenTelemetry provider, whichever it is now."""

from __future__ import annotations

from typing import Any

from opentelemetry import trace as trace_api

__all__ = ["GlobalTracer"]


class GlobalTracer(trace_api.Tracer):
    """Asks the *current* global provider for its tracer on every span.

    A tracer normally stays bound to the provider it came from; the code under test may
    set its own provider mid-test, and spans must then go there. The provider's tracer is
    cached until the global provider changes: building one costs more than a span.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # The arguments of ``TracerProvider.get_tracer`` (name, version, ...).
        self._args = args
        self._kwargs = kwargs
        self._cached: tuple[trace_api.TracerProvider, trace_api.Tracer] | None = None

    def _target(self) -> trace_api.Tracer:
        provider = trace_api.get_tracer_provider()  # the proxy while none is set
        cached = self._cached
        if cached is None or cached[0] is not provider:
            tracer = provider.get_tracer(*self._args, **self._kwargs)
            if isinstance(tracer, GlobalTracer):
                # A tracer that follows the global provider too (the capture's fallback
                # hands those out): use what it resolves to while this provider is
                # global, one hop per span instead of two.
                tracer = tracer._while_global(provider)
            cached = (provider, tracer)
            self._cached = cached
        return cached[1]

    def _while_global(self, provider: trace_api.TracerProvider) -> trace_api.Tracer:
        """The tracer to use directly as long as ``provider`` is the global one."""
        return self

    def start_span(self, *args: Any, **kwargs: Any) -> trace_api.Span:
        return self._target().start_span(*args, **kwargs)

    def start_as_current_span(self, *args: Any, **kwargs: Any) -> Any:
        return self._target().start_as_current_span(*args, **kwargs)
