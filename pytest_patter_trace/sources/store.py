"""A thread-safe store of finished spans with the per-call query API.

Shared by the in-process capture (``patter_spans``) and the OTLP receiver, so a test
reads spans the same way whatever brought them in.
"""

from __future__ import annotations

import asyncio
import operator
import os
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from itertools import islice, repeat
from typing import TYPE_CHECKING, cast

from ..core._render import display_name, show_call_id
from ..core._selection import Selection
from ..core._selector import Selector, select_traces
from ..core._text import TreeText
from ..core.grouping import (
    DEFAULT_CALL_ID_KEYS,
    CallIdConflict,
    CallTrace,
    Grouping,
    group_sorted,
)
from ..core.model import SpanRecord, frozen_heap, records_from_readables
from ._otel import span_columns, span_context

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import ReadableSpan

__all__ = ["SpanStore"]

_NO_SPANS_HINT = (
    "is PATTER_OTEL_ENABLED set / did the code create spans on a provider we could not "
    "reach, or do the spans end after the call returned (use wait_for)?"
)
_REACH_HINT = (
    "otherwise: did the code create spans on a provider we could not reach, or do the "
    "spans end after the call returned (use wait_for)?"
)
#: Samplers that keep every span; any other may drop the test's spans.
_KEEP_ALL = ("always_on", "parentbased_always_on")
#: Sampler names worth echoing; anything else is shown as "a custom sampler".
_KNOWN_SAMPLERS = (
    *_KEEP_ALL,
    "always_off",
    "traceidratio",
    "parentbased_always_off",
    "parentbased_traceidratio",
    "jaeger_remote",
    "parentbased_jaeger_remote",
    "xray",
)


def _environment_hints() -> list[str]:
    """What in the environment makes the code's own providers record nothing or less.

    Our fallback provider ignores both settings; providers the code builds obey them and
    we cannot override that, so a capture without spans names them first.
    """
    hints: list[str] = []
    if os.environ.get("OTEL_SDK_DISABLED", "").strip().lower() == "true":
        hints.append(
            "OTEL_SDK_DISABLED=true is set: SDK providers the code under test builds "
            "record nothing (only the plugin's own fallback provider records), so neither "
            "their spans nor getpatter's reach the capture once such a provider is global"
        )
    sampler = os.environ.get("OTEL_TRACES_SAMPLER", "").strip().lower()
    if sampler and sampler not in _KEEP_ALL:
        shown = sampler if sampler in _KNOWN_SAMPLERS else "<a custom sampler>"
        hints.append(
            f"OTEL_TRACES_SAMPLER={shown} is set: SDK providers the code under test builds "
            "may drop spans before any processor sees them (the plugin's own fallback "
            "provider keeps every span)"
        )
    return hints


def _span_key(trace_id: int, span_id: int) -> int:
    """One int for a span's (trace_id, span_id): how every route deduplicates a span."""
    return trace_id << 64 | span_id


class SpanStore:
    """Finished spans, each kept once, queried per call.

    Spans are stored as they arrive and turned into :class:`SpanRecord` only when read,
    so recording stays as cheap as an in-memory exporter. Readers get tuple copies.
    """

    def __init__(
        self,
        *,
        call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
        max_spans: int | None = None,
        by_trace: bool = False,
    ) -> None:
        # Recording skips notify_all() while nobody waits: Condition's Python-level
        # wrappers cost as much as the rest of recording.
        self._lock = threading.Lock()
        self._cond = threading.Condition(self._lock)
        self._waiters = 0
        # Spans in arrival order; the first ``_converted`` are records already (a read
        # replaces the SDK spans it converted, so a read capture does not hold both).
        self._raw: list[ReadableSpan | SpanRecord] = []
        # SDK spans appended unchecked (the capture's tap does so lock-free: list.append
        # is atomic): moved into ``_raw``, duplicates dropped, when the store is next read
        # (``_settle``), so ending a span pays no key, lock or set on the way.
        self._pending: list[ReadableSpan] = []
        self._converted = 0
        # Whether ``add_records`` ever added any: until then all of ``_raw`` past
        # ``_converted`` is SDK spans, and reading need not check each.
        self._records_added = False
        # Keys from _span_key(): plain ints, which the collector does not track, so a
        # capture of many spans does not make garbage collection run more often.
        self._seen: set[int] = set()
        self._sorted: tuple[SpanRecord, ...] | None = None
        # The grouping with the very spans tuple it grouped: valid only while that tuple
        # is still ``_sorted`` (a grouping built while spans arrived is of older spans).
        self._grouping: tuple[tuple[SpanRecord, ...], Grouping] | None = None
        self._call_id_keys = tuple(call_id_keys)
        # A profile whose sessions carry no id offline (LiveKit): each trace is a call.
        self._by_trace = by_trace
        self._max_spans = max_spans
        self.dropped = 0
        """Spans refused because ``max_spans`` was reached."""

    # -- recording -------------------------------------------------------------------

    def _settle(self) -> None:
        """Move the unchecked SDK spans into ``_raw``, each once (call with the lock held)."""
        pending = self._pending
        count = len(pending)
        if not count:
            return
        batch = pending[:count]
        # Only what was read: spans appended meanwhile stay for the next settle.
        del pending[:count]
        seen, raw, cap = self._seen, self._raw, self._max_spans
        for span in batch:
            ctx = span_context(span)
            key = ctx[0] << 64 | ctx[1] if ctx is not None else -1 - id(span)  # _span_key()
            if key in seen:
                continue
            if cap is not None and len(raw) >= cap:
                self.dropped += 1
                continue
            seen.add(key)
            raw.append(span)

    def _add_readable(self, span: ReadableSpan) -> None:
        """Record one SDK span from a route other than the tap (an exporter), once."""
        with self._lock:
            # The tap's own path, then its settling now: one duplicate check for both.
            self._pending.append(span)
            count = len(self._raw)
            self._settle()
            if self._waiters and len(self._raw) != count:
                self._cond.notify_all()

    def add_records(self, records: Sequence[SpanRecord]) -> int:
        """Add already-built records (e.g. from OTLP); returns how many were new."""
        added = 0
        with self._cond:
            self._settle()
            for record in records:
                # SDK spans are keyed by int ids; convert so both routes dedupe together.
                key = _span_key(int(record.trace_id, 16), int(record.span_id, 16))
                if key in self._seen:
                    continue
                if self._max_spans is not None and len(self._raw) >= self._max_spans:
                    self.dropped += 1
                    continue
                self._seen.add(key)
                self._raw.append(record)
                self._records_added = True
                added += 1
            if added and self._waiters:
                self._cond.notify_all()
        return added

    def clear(self) -> None:
        """Forget every span recorded so far."""
        with self._cond:
            self._pending.clear()
            self._raw.clear()
            self._converted = 0
            self._records_added = False
            self._seen.clear()
            self._sorted = None
            self._grouping = None

    # -- reading ---------------------------------------------------------------------

    @property
    def spans(self) -> tuple[SpanRecord, ...]:
        """Every recorded span, in start order."""
        with self._cond:
            self._settle()
            count = len(self._raw)
            done = self._converted
            if self._sorted is not None and done == count:
                return self._sorted
            pending = self._raw[done:count]
        with frozen_heap():
            if self._records_added:
                fresh = _to_records(pending)
            else:
                fresh = _from_readables(cast("list[ReadableSpan]", pending))
            with self._cond:
                # Another reader may have converted the same batch meanwhile.
                if self._converted == done:
                    self._raw[done:count] = fresh
                    self._converted = count
                records = cast("list[SpanRecord]", self._raw[: self._converted])
                self._sorted = _sorted_by_start(records)
                return self._sorted

    def __len__(self) -> int:
        with self._cond:
            self._settle()
            return len(self._raw)

    def __iter__(self) -> Iterator[SpanRecord]:
        return iter(self.spans)

    def __bool__(self) -> bool:
        # A store is a fixture object: truthy even when empty, like a list would not be.
        return True

    @property
    def call_id_keys(self) -> tuple[str, ...]:
        """The attribute keys this store groups calls by (``patter_call_id_keys``)."""
        return self._call_id_keys

    def names(self) -> list[str]:
        """Span names in start order."""
        return [s.name for s in self.spans]

    def _group(self) -> Grouping:
        spans = self.spans
        with self._cond:
            cached = self._grouping
            if cached is not None and cached[0] is spans:
                return cached[1]
        # Built outside the lock (recording must not wait on it); kept only if no newer
        # spans were read meanwhile.
        grouping = group_sorted(spans, self._call_id_keys, by_trace=self._by_trace)
        with self._cond:
            if self._sorted is spans:
                self._grouping = (spans, grouping)
        return grouping

    def calls(self) -> Mapping[str, CallTrace]:
        """Call id → :class:`CallTrace`, ordered by call id."""
        return self._group().calls

    def call(self, call_id: str | None = None) -> CallTrace:
        """One call: the only one (``call_id=None``) or the one with that id.

        Raises:
            AssertionError: when there is no such call, saying how many spans were
                captured, which call ids exist and the likely cause.

        """
        __tracebackhide__ = True
        grouping = self._group()
        calls = grouping.calls
        if call_id is not None:
            if call_id in calls:
                return calls[call_id]
            headline = f"no call with id {show_call_id(call_id)}"
            raise AssertionError(self._explain(headline, grouping))
        if len(calls) == 1:
            return next(iter(calls.values()))
        if not calls:
            raise AssertionError(self._explain("expected exactly one call, found none", grouping))
        raise AssertionError(
            self._explain(
                f"expected exactly one call, found {len(calls)}: pass call_id=...", grouping
            )
        )

    def _explain(self, headline: str, grouping: Grouping) -> str:
        total = sum(len(c) for c in grouping.calls.values()) + len(grouping.unattributed)
        lines = [headline]
        if total == 0:
            hints = _environment_hints()
            if hints:
                lines.append(f"  no spans captured: {hints[0]}")
                lines.extend(f"  also: {hint}" for hint in hints[1:])
                lines.append(f"  {_REACH_HINT}")
            else:
                lines.append(f"  no spans captured: {_NO_SPANS_HINT}")
        else:
            lines.append(f"  {total} span(s) captured")
            ids = ", ".join(show_call_id(c) for c in grouping.calls) or "none"
            lines.append(f"  call ids: {ids}")
            if grouping.unattributed:
                names = sorted({display_name(s.name) for s in grouping.unattributed})
                lines.append(
                    f"  {len(grouping.unattributed)} span(s) carry no call id "
                    f"(read from {', '.join(grouping.keys)}): {', '.join(names)}"
                )
        return "\n".join(lines)

    def unattributed(self) -> tuple[SpanRecord, ...]:
        """Spans that belong to no call (no call id on them, their ancestors or trace)."""
        return self._group().unattributed

    def conflicts(self) -> tuple[CallIdConflict, ...]:
        """Spans whose call ids disagree with their parent's or among their own keys."""
        return self._group().conflicts

    def select(self, selector: str | Selector) -> Selection:
        """The spans of every call that ``selector`` matches, grouped per call.

        The selector's grammar is in ``docs/selectors.md``; spans of no call are searched
        as one more group (call id ``None``).

        Raises:
            SelectorSyntaxError: a ``ValueError`` pointing at the bad column.

        """
        __tracebackhide__ = True
        return select_traces(self._group().traces(), selector)

    def tree(self, *, durations: bool = True) -> TreeText:
        """Every call's span tree, then the spans without a call."""
        blocks: list[str] = []
        for trace in self._group().traces():
            head = "no call id" if trace.call_id is None else f"call {show_call_id(trace.call_id)}"
            blocks.append(f"{head}:\n" + _indent(trace.tree(durations=durations)))
        return TreeText("\n".join(blocks) if blocks else "(no spans)")

    # -- waiting ---------------------------------------------------------------------

    def _matching(self, name: str | None) -> int:
        # Called with the lock held.
        self._settle()
        if name is None:
            return len(self._raw)
        return sum(1 for s in self._raw if s.name == name)

    def _timeout_error(self, count: int, name: str | None, timeout: float) -> AssertionError:
        what = f"{count} span(s)" + (f" named {display_name(name)}" if name else "")
        got = [display_name(n) for n in self.names()]
        return AssertionError(
            f"timed out after {timeout:g}s waiting for {what}; "
            f"got {len(got)} span(s): {', '.join(got) or 'none'}"
        )

    def wait_for(
        self, count: int | None = None, name: str | None = None, *, timeout: float = 5.0
    ) -> tuple[SpanRecord, ...]:
        """Block until ``count`` spans (named ``name`` if given; default 1) have ended.

        Returns the matching spans. Do not call it from a coroutine: it would block the
        very event loop whose tasks end the spans; await :meth:`wait_for_async` instead.

        Raises:
            AssertionError: on timeout, naming what was awaited and what arrived.

        """
        __tracebackhide__ = True
        want = 1 if count is None else count
        deadline = time.monotonic() + timeout
        with self._cond:
            self._waiters += 1
            try:
                while self._matching(name) < want:
                    left = deadline - time.monotonic()
                    if left <= 0:
                        break
                    self._cond.wait(left)
            finally:
                self._waiters -= 1
            done = self._matching(name) >= want
        if not done:
            raise self._timeout_error(want, name, timeout)
        return self._select(name)

    async def wait_for_async(
        self, count: int | None = None, name: str | None = None, *, timeout: float = 5.0
    ) -> tuple[SpanRecord, ...]:
        """Awaitable twin of :meth:`wait_for` for async tests; yields to the event loop."""
        __tracebackhide__ = True
        want = 1 if count is None else count
        deadline = time.monotonic() + timeout
        while True:
            with self._cond:
                if self._matching(name) >= want:
                    break
            if time.monotonic() >= deadline:
                raise self._timeout_error(want, name, timeout)
            await asyncio.sleep(0.005)
        return self._select(name)

    def _select(self, name: str | None) -> tuple[SpanRecord, ...]:
        spans = self.spans
        return spans if name is None else tuple(s for s in spans if s.name == name)


_START_NS = operator.attrgetter("start_ns")
_START_ORDER = operator.attrgetter("start_ns", "name", "trace_id", "span_id")


def _sorted_by_start(records: list[SpanRecord]) -> tuple[SpanRecord, ...]:
    """``records`` sorted by :func:`~.grouping.start_order`.

    Sorted on the start time alone (an int, no key tuple to build per span), then runs
    of equal start times, if any, by the whole key.
    """
    ordered = sorted(records, key=_START_NS)
    starts = list(map(_START_NS, ordered))
    if any(map(operator.eq, starts, islice(starts, 1, None))):
        i, n = 0, len(ordered)
        while i < n:
            j = i + 1
            while j < n and starts[j] == starts[i]:
                j += 1
            if j - i > 1:
                ordered[i:j] = sorted(ordered[i:j], key=_START_ORDER)
            i = j
    return tuple(ordered)


def _to_records(pending: Sequence[ReadableSpan | SpanRecord]) -> list[SpanRecord]:
    """Records for ``pending`` in the same order, SDK spans converted in one batch."""
    if not any(map(isinstance, pending, repeat(SpanRecord))):  # the usual case, C-level
        return _from_readables(cast("Sequence[ReadableSpan]", pending))
    readable = [i for i, item in enumerate(pending) if not isinstance(item, SpanRecord)]
    out = list(pending)
    if not readable:
        return cast("list[SpanRecord]", out)
    built = _from_readables([cast("ReadableSpan", pending[i]) for i in readable])
    for index, record in zip(readable, built, strict=True):
        out[index] = record
    return cast("list[SpanRecord]", out)


def _from_readables(spans: Sequence[ReadableSpan]) -> list[SpanRecord]:
    """Records read from the SDK's own fields when it can, else from the public ones."""
    return records_from_readables(spans, read_columns=span_columns)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())
