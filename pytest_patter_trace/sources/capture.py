"""In-process capture of every span that ends during a test.

How spans reach the capture, whatever the code under test does with providers:

* one small span processor (the *tap*) is added to the global SDK provider at the start
  of each capturing test, and to every SDK ``TracerProvider`` created while a capture is
  active (``TracerProvider.__init__`` is wrapped for the test only), so providers set
  during the test, and tracers obtained at import time from a provider, are covered;
* an SDK provider made global during the test (``set_tracer_provider``, intercepted while
  a capture is active) gets the tap too, wherever and whenever it was built;
* when no provider is set at all, a fallback SDK provider is made global *softly*: the
  code under test can still call ``set_tracer_provider`` and win;
* getpatter's tracing is switched on for the test (see ``_getpatter``) into the global
  provider;
* :attr:`SpanCapture.exporter` is a real ``SpanExporter`` for
  ``Patter._attach_span_exporter``.

Spans are deduplicated by ``(trace_id, span_id)``, so a span arriving by two routes is
recorded once. The tap only forwards while a capture is active; at teardown it is removed
from every provider, and the fallback, the getpatter state and the flag are restored.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from opentelemetry import trace as trace_api
from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.sdk.trace.sampling import ALWAYS_ON

from ..core.grouping import DEFAULT_CALL_ID_KEYS, display_name, start_order
from ..core.model import SpanRecord, record_from_readable
from ..drivers import _getpatter
from ..drivers._follow import GlobalTracer
from . import _otel
from .store import SpanStore

if TYPE_CHECKING:
    from opentelemetry.sdk.resources import Resource

__all__ = ["CaptureHub", "SpanCapture", "run_captured"]


_span_context = _otel.span_context


class _Tap(SpanProcessor):
    """Forwards finished spans to the active capture; inert otherwise."""

    def __init__(self, hub: CaptureHub) -> None:
        self._hub = hub

    # Both hooks run for every span of every tapped provider, so each is a few C-level
    # steps. A span is known by the identity of its context object, which the copy that
    # on_end is handed shares with the span on_start saw: no key is computed, and the
    # id cannot be reused while ``_open`` holds the span. Ending a span takes no lock
    # and adds to no set: the store drops duplicates when it is next read
    # (SpanStore._settle).

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        capture = self._hub.active
        if capture is not None:
            ctx = _span_context(span)
            if ctx is not None:
                capture._open[id(ctx)] = span

    def on_end(self, span: ReadableSpan) -> None:
        capture = self._hub.active
        if capture is not None:
            ident = id(_span_context(span))
            capture._open.pop(ident, None)
            orphans = self._hub._orphans
            if orphans and ident in orphans:
                # Started during an earlier test and left open there: not this test's.
                del orphans[ident]
                return
            capture._pending.append(span)
            if capture._waiters:
                with capture._cond:
                    capture._cond.notify_all()

    def shutdown(self) -> None:
        return None

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


class _CaptureExporter(SpanExporter):
    """A ``SpanExporter`` feeding one capture; ignores spans once its test is over."""

    def __init__(self, capture: SpanCapture) -> None:
        self._capture: weakref.ref[SpanCapture] = weakref.ref(capture)

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        capture = self._capture()
        if capture is not None and capture.active:
            for span in spans:
                capture._add_readable(span)
        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        return None

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


class _FallbackProvider(TracerProvider):
    """Our soft global provider; its tracers follow the global provider once it is not us.

    A ``ProxyTracer`` obtained at import binds, on first use, to whatever provider is
    global then: during a test that is this fallback. Without the plugin it would bind to
    the provider the code sets later, so these tracers forward there once we are gone.
    """

    def get_tracer(self, *args: Any, **kwargs: Any) -> trace_api.Tracer:
        return _FollowGlobal(self, super().get_tracer(*args, **kwargs), args, kwargs)


class _FollowGlobal(GlobalTracer):
    """The fallback's own tracer while it is global; else the current global's tracer."""

    def __init__(
        self,
        fallback: TracerProvider,
        own: trace_api.Tracer,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
    ) -> None:
        super().__init__(*args, **kwargs)
        self._fallback = fallback
        self._own = own

    def _target(self) -> trace_api.Tracer:
        if _otel.global_provider() is self._fallback:
            return self._own
        return super()._target()

    def _while_global(self, provider: trace_api.TracerProvider) -> trace_api.Tracer:
        return self._own if provider is self._fallback else self


class SpanCapture(SpanStore):
    """What the ``patter_spans`` fixture returns: the spans that ended during the test.

    Iterate it for :class:`~pytest_patter_trace.core.model.SpanRecord` objects in start order;
    ``calls()`` / ``call()`` group them per Patter call id.
    """

    def __init__(
        self, *, call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS, by_trace: bool = False
    ) -> None:
        super().__init__(call_id_keys=call_id_keys, by_trace=by_trace)
        self.active = False
        # Spans started during this capture and not ended yet, by id() of their context.
        self._open: dict[int, Span] = {}
        self._exporter = _CaptureExporter(self)
        self._undo: Callable[[], None] | None = None

    @property
    def exporter(self) -> SpanExporter:
        """A real ``SpanExporter`` feeding this capture.

        For ``Patter._attach_span_exporter(patter_spans.exporter, side=...)`` or your own
        ``SimpleSpanProcessor``; spans it receives twice are recorded once.
        """
        return self._exporter

    def open_spans(self) -> tuple[SpanRecord, ...]:
        """Spans started during the test that have not ended (yet), in start order."""
        return tuple(
            sorted((record_from_readable(s) for s in list(self._open.values())), key=start_order)
        )

    def open_spans_message(self) -> str | None:
        """The teardown warning for spans left open, or ``None`` when every span ended."""
        left = self.open_spans()
        if not left:
            return None
        names = ", ".join(sorted({display_name(s.name) for s in left}))
        return (
            f"patter_spans: {len(left)} span{'s' if len(left) != 1 else ''} still open "
            f"at the end of the test ({names}); they are not in the capture. End them, "
            "or await the task that does, before the test returns."
        )

    def __repr__(self) -> str:
        return f"<SpanCapture spans={len(self)} active={self.active}>"


class CaptureHub:
    """Process-wide wiring shared by the captures of one pytest session."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._tap = _Tap(self)
        self._tapped: weakref.WeakSet[TracerProvider] = weakref.WeakSet()
        self._fallback: TracerProvider | None = None
        self._unpatch: Callable[[], None] | None = None
        self._unset: Callable[[], None] | None = None
        # Spans left open by a finished capture, by id() of their context (held, so the
        # id stays theirs): when they end later, during another test, they are dropped
        # instead of landing in that test's capture.
        self._orphans: dict[int, Span] = {}
        self.active: SpanCapture | None = None

    def _tap_provider(self, provider: TracerProvider) -> None:
        if _otel.add_processor(provider, self._tap):
            self._tapped.add(provider)

    def start(
        self, *, call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS, by_trace: bool = False
    ) -> SpanCapture:
        """Begin capturing for one test."""
        if self.active is not None:
            raise RuntimeError("a patter_spans capture is already active in this process")
        capture = SpanCapture(call_id_keys=call_id_keys, by_trace=by_trace)
        with self._lock:
            # Wrapped for this test only: providers made outside captures stay untouched.
            if self._unpatch is None:
                self._unpatch = _otel.patch_provider_init(self._tap_provider)
            if self._unset is None:
                self._unset = _otel.patch_set_global(self._tap_provider)
            current = _otel.global_provider()
            if current is None:
                if self._fallback is None:
                    # Explicit sampler: OTEL_TRACES_SAMPLER (always_off, a ratio) must not
                    # make the test's spans go missing at random.
                    self._fallback = _FallbackProvider(
                        resource=_fallback_resource(), sampler=ALWAYS_ON
                    )
                    _otel.enable_despite_environment(self._fallback)
                _otel.set_global_soft(self._fallback)
                current = self._fallback
            if isinstance(current, TracerProvider):
                self._tap_provider(current)
            for provider in list(self._tapped):
                self._tap_provider(provider)
        capture.active = True
        self.active = capture
        capture._undo = _getpatter.enable_tracing()
        return capture

    def stop(self, capture: SpanCapture) -> None:
        """End a capture: restore getpatter, untap providers, drop the soft fallback."""
        if capture._undo is not None:
            capture._undo()
            capture._undo = None
        capture.active = False
        self.active = None
        self._orphans.update(capture._open)
        exporter = capture.exporter
        with self._lock:
            self._undo_wraps()
            for provider in list(self._tapped):
                _otel.remove_processors(provider, lambda p: p is self._tap)
                _otel.remove_processors(
                    provider,
                    lambda p: (
                        isinstance(p, SimpleSpanProcessor)
                        and getattr(p, "span_exporter", None) is exporter
                    ),
                )
                _getpatter.forget_attached(provider, exporter)
            if self._fallback is not None:
                _otel.clear_global_if(self._fallback)
                # The fallback is ours and leaves with the test, with whatever was attached.
                _otel.remove_processors(self._fallback, lambda p: True)
                _getpatter.forget_attached(self._fallback, None)

    def close(self) -> None:
        """End of session: undo whatever is still installed and forget the providers."""
        with self._lock:
            self._undo_wraps()
            for provider in list(self._tapped):
                _otel.remove_processors(provider, lambda p: p is self._tap)
            self._tapped = weakref.WeakSet()
            if self._fallback is not None:
                _otel.clear_global_if(self._fallback)
                self._fallback.shutdown()
                self._fallback = None

    def _undo_wraps(self) -> None:
        if self._unpatch is not None:
            self._unpatch()
            self._unpatch = None
        if self._unset is not None:
            self._unset()
            self._unset = None

    def tapped_providers(self) -> list[TracerProvider]:
        """Providers currently carrying the tap (for diagnostics and tests)."""
        return [p for p in list(self._tapped) if _otel.has_processor(p, self._tap)]


def _fallback_resource() -> Resource:
    from opentelemetry.sdk.resources import Resource

    return Resource.create({"service.name": "pytest-patter-trace"})


def run_captured(run: Callable[[], object]) -> SpanCapture:
    """Call ``run`` under a capture of its own, outside pytest; return the capture.

    The same machinery as ``patter_spans`` (a fresh hub, started and closed around the
    call), for ``patter-trace check`` and scripts. Whatever ``run`` raises propagates
    after everything is restored.
    """
    hub = CaptureHub()
    try:
        capture = hub.start()
        try:
            run()
        finally:
            hub.stop(capture)
    finally:
        hub.close()
    return capture
