"""The few places where we reach into OpenTelemetry's private state.

OpenTelemetry offers no public way to: remove a span processor from a provider, install
a global provider that the code under test may still replace (``set_tracer_provider`` is
set-once), un-set the global provider afterwards, or learn that a provider was made
global. A capture that must restore everything it touched needs all of them, so they
live here, in one small module, and a change in the SDK means changing this file only.
"""

from __future__ import annotations

import operator
import os
import threading
import warnings
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, cast

from opentelemetry import trace as trace_api
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider

from ..core.errors import InternalsChanged
from ..core.model import FrozenDict, SpanFields, by_chunks

__all__ = [
    "STRICT_ENV",
    "InternalsChanged",
    "add_processor",
    "clear_global_if",
    "enable_despite_environment",
    "global_provider",
    "has_processor",
    "patch_provider_init",
    "patch_set_global",
    "remove_processors",
    "set_global_soft",
    "span_columns",
    "span_context",
]


def global_provider() -> trace_api.TracerProvider | None:
    """The provider set globally, or ``None`` while only the proxy is in place."""
    provider: trace_api.TracerProvider | None = getattr(trace_api, "_TRACER_PROVIDER", None)
    return provider


def set_global_soft(provider: TracerProvider) -> None:
    """Make ``provider`` the global one without using up ``set_tracer_provider``'s once.

    The code under test can still call ``set_tracer_provider`` and win, exactly as it
    would without us.
    """
    trace_api._TRACER_PROVIDER = provider


def clear_global_if(provider: TracerProvider) -> None:
    """Un-set the global provider if it is still ``provider``."""
    if getattr(trace_api, "_TRACER_PROVIDER", None) is provider:
        trace_api._TRACER_PROVIDER = None


def enable_despite_environment(provider: TracerProvider) -> None:
    """Make ``provider`` record even when ``OTEL_SDK_DISABLED=true`` is set.

    The SDK reads the variable once, in ``__init__``, into ``_disabled`` and then hands
    out no-op tracers. For our own fallback only: a test must see its spans whatever
    the environment says about production exporting.
    """
    if getattr(provider, "_disabled", False):
        provider._disabled = False


#: Set (to anything) in our own test runs: a change in the SDK's internals fails loudly
#: there instead of warning once, so an SDK release that moves them is caught in CI.
STRICT_ENV = "PATTER_TRACE_STRICT_INTERNALS"
_warned: set[str] = set()


def _changed(what: str) -> None:
    message = (
        f"pytest-patter-trace: the OpenTelemetry SDK's {what} is not where it used to be; "
        "span processors added for captures may stay on this provider. Please report the "
        "SDK version."
    )
    if os.environ.get(STRICT_ENV):
        raise InternalsChanged(message)
    if what not in _warned:
        _warned.add(what)
        warnings.warn(message, RuntimeWarning, stacklevel=3)


def _processors(provider: TracerProvider) -> tuple[Any, tuple[SpanProcessor, ...]] | None:
    # (the provider's multi-processor, its processors), or None when they moved.
    multi = getattr(provider, "_active_span_processor", None)
    found = getattr(multi, "_span_processors", None)
    if multi is None or not isinstance(found, tuple):
        _changed("TracerProvider._active_span_processor._span_processors")
        return None
    return multi, found


def has_processor(provider: TracerProvider, processor: SpanProcessor) -> bool:
    """True when ``processor`` is on ``provider``."""
    held = _processors(provider)
    return held is not None and processor in held[1]


def add_processor(provider: TracerProvider, processor: SpanProcessor) -> bool:
    """Add ``processor`` unless it is already there; True if added."""
    if has_processor(provider, processor):
        return False
    provider.add_span_processor(processor)
    return True


def remove_processors(provider: TracerProvider, predicate: Callable[[SpanProcessor], bool]) -> int:
    """Remove every processor matching ``predicate``; returns how many went.

    When the SDK's internals moved, warns once (fails under ``STRICT_ENV``) and
    removes nothing.
    """
    held = _processors(provider)
    if held is None:
        return 0
    multi = held[0]
    lock: threading.Lock | None = getattr(multi, "_lock", None)
    if lock is None:
        _changed("multi-span-processor lock")
        return 0
    with lock:
        kept = tuple(p for p in multi._span_processors if not predicate(p))
        removed = len(multi._span_processors) - len(kept)
        multi._span_processors = kept
    return removed


def patch_provider_init(on_new: Callable[[TracerProvider], None]) -> Callable[[], None]:
    """Call ``on_new`` for every SDK provider created from now on; returns the undo."""
    original = TracerProvider.__init__

    def __init__(self: TracerProvider, *args: Any, **kwargs: Any) -> None:
        original(self, *args, **kwargs)
        on_new(self)

    TracerProvider.__init__ = __init__  # type: ignore[method-assign]

    def undo() -> None:
        if TracerProvider.__init__ is __init__:
            TracerProvider.__init__ = original  # type: ignore[method-assign]

    return undo


# -- reading finished spans --------------------------------------------------------------
# The public properties copy three of the fields a record needs (``attributes``,
# ``events``, ``links``) and cost a Python call each. The SDK's own fields, named as the
# properties with a leading underscore, read column by column with one C-level getter
# (``map`` over ``attrgetter``), run no Python code per span.

_SDK_FIELD_NAMES = tuple(f"_{name}" for name in SpanFields._fields)
# What a span the SDK made holds: for the three fields the properties copy, the container
# inside (``BoundedAttributes``' dict, ``BoundedList``'s deque), read in the same pass.
_INSIDE = {"_attributes": "._dict", "_events": "._dq", "_links": "._dq"}
# One C-level pass per field (``by_chunks``): no tuple per span for the collector to walk.
_SDK_MADE_FIELDS = [
    partial(map, operator.attrgetter(f + _INSIDE.get(f, ""))) for f in _SDK_FIELD_NAMES
]
_SDK_FIELDS = [partial(map, operator.attrgetter(f)) for f in _SDK_FIELD_NAMES]
# Only the SDK's own classes: a subclass may override a property with other data.
_SDK_SPAN_TYPES = frozenset({ReadableSpan, Span})
_SDK_FIELDS_OK = set(_SDK_FIELD_NAMES) <= set(ReadableSpan.__init__.__code__.co_names)


def span_columns(spans: Sequence[Any]) -> SpanFields | None:
    """The declared fields of ``spans`` read from the SDK's own, or ``None``.

    Attributes are copied into a :class:`~..core.model.FrozenDict` straight from the
    dict behind the SDK's ``BoundedAttributes`` (its values are clean already): a copy,
    as OpenTelemetry before 1.25 does not freeze a span's attributes at ``end()``, and
    an open span's may still change. Events and links are the SDK's deques, which the
    reading only counts and iterates. ``None`` for anything but the SDK's own span
    classes, or when the SDK moved these fields; the caller reads the public
    properties then.
    """
    if not _SDK_FIELDS_OK or not _SDK_SPAN_TYPES.issuperset(map(type, spans)):
        return None
    try:
        read = SpanFields._make(by_chunks(spans, *_SDK_MADE_FIELDS))
    except AttributeError:  # a ReadableSpan made by hand: plain dicts, tuples
        # Its mappings are frozen by the reading, as the public properties' are.
        return SpanFields._make(by_chunks(spans, *_SDK_FIELDS))
    dicts = cast("list[dict[str, Any]]", read.attributes)
    return read._replace(attributes=list(map(FrozenDict, dicts)))


#: A span's ``SpanContext`` as one C-level call (the ``context`` property is a Python
#: call): the tap reads it twice per span. Falls back to the property if the SDK moved it.
span_context: Callable[[Any], trace_api.SpanContext | None] = operator.attrgetter(
    "_context" if "_context" in ReadableSpan.__init__.__code__.co_names else "context"
)


def patch_set_global(on_set: Callable[[TracerProvider], None]) -> Callable[[], None]:
    """Call ``on_set`` with every SDK provider made global from now on; returns the undo.

    ``set_tracer_provider`` (and the ``OTEL_PYTHON_TRACER_PROVIDER`` path of
    ``get_tracer_provider``) go through the private ``_set_tracer_provider``: a provider
    built before the test (at import) and set during it is seen there, and only there.
    """
    original = trace_api._set_tracer_provider

    def _set_tracer_provider(tracer_provider: trace_api.TracerProvider, log: bool) -> None:
        original(tracer_provider, log)
        # Only when it really became global: set-once may have refused it.
        if isinstance(tracer_provider, TracerProvider) and global_provider() is tracer_provider:
            on_set(tracer_provider)

    trace_api._set_tracer_provider = _set_tracer_provider

    def undo() -> None:
        if trace_api._set_tracer_provider is _set_tracer_provider:
            trace_api._set_tracer_provider = original

    return undo
