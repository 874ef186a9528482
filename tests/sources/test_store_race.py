"""The store's grouping cache under a forced race: a span recorded while calls are grouped."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

import pytest
from _builders import span as build_span

from pytest_patter_trace.core.grouping import Grouping
from pytest_patter_trace.core.model import SpanRecord
from pytest_patter_trace.sources import store as store_module
from pytest_patter_trace.sources.store import SpanStore

WAIT = 10.0


def _span(n: int, call_id: str) -> SpanRecord:
    return build_span(
        f"span{n}", n, trace=n, start=n, duration=1, attributes={"patter.call_id": call_id}
    )


def test_a_span_recorded_while_grouping_is_not_lost_for_good(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Reader A groups call c1; meanwhile c2 is recorded and read; A then stores its grouping.

    The grouping A built is of the old spans: the store must not keep it as the grouping
    of the spans it holds now.
    """
    store = SpanStore()
    store.add_records([_span(1, "c1")])
    real = store_module.group_sorted
    grouping_started = threading.Event()
    recorded = threading.Event()
    first = [True]

    def paused(spans: Sequence[SpanRecord], *args: Any, **kwargs: Any) -> Grouping:
        # Only reader A's first grouping pauses, after it has read the spans it groups.
        if first[0] and threading.current_thread().name == "reader-a":
            first[0] = False
            grouping_started.set()
            assert recorded.wait(WAIT)
        return real(spans, *args, **kwargs)

    monkeypatch.setattr(store_module, "group_sorted", paused)
    seen_by_a: list[list[str]] = []
    reader = threading.Thread(target=lambda: seen_by_a.append(list(store.calls())), name="reader-a")
    reader.start()
    assert grouping_started.wait(WAIT)
    store.add_records([_span(2, "c2")])
    assert [s.attributes["patter.call_id"] for s in store.spans] == ["c1", "c2"]
    recorded.set()
    reader.join(WAIT)
    assert not reader.is_alive()

    assert seen_by_a == [["c1"]]  # A saw the spans as they were when it read them
    assert list(store.calls()) == ["c1", "c2"]
    assert [s.name for s in store.call("c2").spans] == ["span2"]
