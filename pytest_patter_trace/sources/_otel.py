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
from collections.abc import Callable, Iterable, Sequence, Sized
from functools import partial
from itertools import compress, repeat
from typing import Any

from opentelemetry import trace as trace_api
from opentelemetry.attributes import BoundedAttributes
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider

from ..core.errors import InternalsChanged
from ..core.model import SOURCE_ATTRIBUTES, SOURCE_CONTEXT, SOURCE_FROZEN, SOURCE_PARENT, by_chunks

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
    "source_ids",
    "span_columns",
    "span_context",
    "span_sources",
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
# Turning spans into records through the public properties costs a dozen Python calls per
# span, three of which copy (``attributes``, ``events``, ``links``). Reading the SDK's
# fields column by column with C-level getters (``map`` over ``attrgetter``) runs no
# Python code per span, and an ended span's attribute dict can be shared, not copied.

_SPAN_FIELD_NAMES = (
    "_name",
    "_context",
    "_parent",
    "_kind",
    "_status",
    "_start_time",
    "_end_time",
    "_attributes",
    "_events",
    "_links",
    "_resource",
    "_instrumentation_scope",
)
_SPAN_FIELDS = operator.attrgetter(*_SPAN_FIELD_NAMES)
# What an SDK-made span holds (BoundedAttributes, BoundedList) read in the same pass: the
# attribute dict, whether it is frozen, and the event and link deques (C-level len()).
_SDK_SPAN_FIELDS = operator.attrgetter(
    *_SPAN_FIELD_NAMES[:7],
    "_attributes._dict",
    "_events._dq",
    "_links._dq",
    *_SPAN_FIELD_NAMES[10:],
    "_attributes._immutable",
)
# A span context is a tuple (trace_id, span_id, ...); the properties are Python calls.
_TRACE_ID = operator.itemgetter(0)
_SPAN_ID = operator.itemgetter(1)
_IMMUTABLE = operator.attrgetter("_immutable")
# Only the SDK's own classes: a subclass may override a property with other data.
_SDK_SPAN_TYPES = frozenset({ReadableSpan, Span})
_SDK_FIELDS_OK = set(_SPAN_FIELD_NAMES) <= set(ReadableSpan.__init__.__code__.co_names)


def span_columns(spans: Sequence[Any]) -> list[tuple[Any, ...]] | None:
    """The SDK fields of ``spans`` as columns, or ``None`` to use the public properties.

    Columns: names, trace ids, parents, kinds, statuses, starts, ends, attribute dicts,
    event counts, link counts, resources, scopes, span ids. An attribute dict is
    the one behind an ended span's attributes, which the SDK never changes again, or
    ``None`` where the public mapping must be copied (span still open, or not the SDK's
    mapping). ``None`` for anything but the SDK's own span classes, or when the SDK moved
    these fields.
    """
    if not _SDK_FIELDS_OK or not _SDK_SPAN_TYPES.issuperset(map(type, spans)):
        return None
    n = len(spans)
    try:
        columns = list(zip(*map(_SDK_SPAN_FIELDS, spans), strict=True))
    except AttributeError:  # a ReadableSpan made by hand: plain dicts, tuples, no context
        columns = list(zip(*map(_SPAN_FIELDS, spans), strict=True))
        attributes = columns[7]
        columns[7] = tuple(
            a._dict if type(a) is BoundedAttributes and a._immutable else None for a in attributes
        )
        for at in (8, 9):
            sized: Iterable[Sized] = map(getattr, columns[at], repeat("_dq", n), columns[at])
            columns[at] = tuple(map(len, sized))
    else:
        if not all(columns.pop()):  # some spans still open: their attributes may change
            columns[7] = tuple(
                d if frozen else None
                for d, frozen in zip(columns[7], map(_IMMUTABLE, map(_ATTRS, spans)), strict=True)
            )
        columns[8] = tuple(map(len, columns[8]))
        columns[9] = tuple(map(len, columns[9]))
    contexts = columns[1]
    if None in contexts:
        return None  # no span context: let the caller name the span
    columns[1] = tuple(map(_TRACE_ID, contexts))
    columns.append(tuple(map(_SPAN_ID, contexts)))
    return columns


_ATTRS = operator.attrgetter("_attributes")

# A lazily read record's source (``model._SdkRecord``), in the order model reads it; the
# last item says whether the attributes are frozen (the SDK freezes them at ``end()``).
_SOURCE = operator.attrgetter(
    "_name",
    "_start_time",
    "_context",
    "_parent",
    "_attributes._dict",
    "_status",
    "_kind",
    "_end_time",
    "_resource",
    "_instrumentation_scope",
    "_attributes._immutable",
)
_EVENT_AND_LINK_DEQUES = operator.attrgetter("_events._dq", "_links._dq")
_CONTEXT_OF = operator.itemgetter(SOURCE_CONTEXT)
_PARENT_OF = operator.itemgetter(SOURCE_PARENT)
_ATTRIBUTES_OF = operator.itemgetter(SOURCE_ATTRIBUTES)
_FROZEN_OF = operator.itemgetter(SOURCE_FROZEN)


class _Unusable(Exception):
    """A span the lazy path does not take: the eager one converts the batch."""


def span_sources(spans: Sequence[Any]) -> tuple[list[tuple[Any, ...]], list[int]] | None:
    """Each span's fields as one tuple (``model.sdk_records``' sources), or ``None``.

    Also the positions of the spans with events or links. Two C-level passes, one tuple
    kept per span and nothing else allocated, so reading a large capture gives the
    garbage collector almost nothing to walk. ``None`` (the caller then converts
    eagerly) for anything but spans of the SDK's own classes with the SDK's attribute and
    event containers and a span context, or when the SDK moved these fields.
    """
    if not _SDK_FIELDS_OK or not _SDK_SPAN_TYPES.issuperset(map(type, spans)):
        return None
    try:
        sources, extras = by_chunks(spans, _usable_sources, _has_events_or_links)
    except (AttributeError, _Unusable):  # AttributeError: made by hand (dicts, tuples)
        return None
    return sources, list(compress(range(len(spans)), extras))


def _usable_sources(spans: Sequence[Any]) -> list[tuple[Any, ...]]:
    sources = list(map(_SOURCE, spans))
    # Checked while the chunk is in cache. A span without a context is named by the
    # eager path's error; a context is a non-empty tuple, its truth the cheapest test.
    if not all(map(_CONTEXT_OF, sources)):
        raise _Unusable
    if not all(map(_FROZEN_OF, sources)):
        # Attributes the SDK did not freeze (an open span, or an SDK before freezing at
        # ``end()``, such as 1.24) may still change: copied now, as the eager path does.
        sources = [s if s[SOURCE_FROZEN] else _with_attributes_copied(s) for s in sources]
    return sources


def _with_attributes_copied(source: tuple[Any, ...]) -> tuple[Any, ...]:
    at = SOURCE_ATTRIBUTES
    return (*source[:at], dict(source[at]), *source[at + 1 :])


def _has_events_or_links(spans: Sequence[Any]) -> Iterable[bool]:
    return map(any, map(_EVENT_AND_LINK_DEQUES, spans))


def source_ids(
    sources: Sequence[tuple[Any, ...]],
) -> tuple[list[int], list[int], list[int | None], list[Any]]:
    """Trace ids, span ids, parent span ids (ints) and attribute dicts of ``sources``."""
    traces, span_ids, parents, attributes = by_chunks(
        sources,
        _trace_ids,
        _span_ids,
        _parent_span_ids,
        partial(map, _ATTRIBUTES_OF),
    )
    return traces, span_ids, parents, attributes


def _trace_ids(sources: Sequence[tuple[Any, ...]]) -> Iterable[int]:
    return map(_TRACE_ID, map(_CONTEXT_OF, sources))


def _span_ids(sources: Sequence[tuple[Any, ...]]) -> Iterable[int]:
    return map(_SPAN_ID, map(_CONTEXT_OF, sources))


def _parent_span_ids(sources: Sequence[tuple[Any, ...]]) -> list[int | None]:
    return [None if p is None else p[1] for p in map(_PARENT_OF, sources)]


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
