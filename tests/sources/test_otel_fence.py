"""When the SDK's private state moves, we fail loudly in our runs and warn once in users'."""

from __future__ import annotations

import pytest
from opentelemetry.sdk.trace import SpanProcessor, TracerProvider

from pytest_patter_trace.sources import _otel


class _Moved:
    """What a future SDK might keep instead of its multi-span processor."""

    def shutdown(self) -> None:  # the provider's atexit hook calls it
        return None


def _provider_with_moved_internals() -> TracerProvider:
    provider = TracerProvider()
    provider._active_span_processor = _Moved()  # type: ignore[assignment]
    return provider


def test_strict_runs_fail_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(_otel.STRICT_ENV, "1")
    with pytest.raises(_otel.InternalsChanged, match="_span_processors"):
        _otel.remove_processors(_provider_with_moved_internals(), lambda p: True)


def test_users_get_one_warning_and_nothing_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(_otel.STRICT_ENV, raising=False)
    monkeypatch.setattr(_otel, "_warned", set())
    provider = _provider_with_moved_internals()
    with pytest.warns(RuntimeWarning, match="not where it used to be"):
        assert _otel.remove_processors(provider, lambda p: True) == 0
    with _no_warning():
        assert _otel.has_processor(provider, SpanProcessor()) is False


class _no_warning:
    def __enter__(self) -> None:
        import warnings

        self._catch = warnings.catch_warnings(record=True)
        self._seen = self._catch.__enter__()
        warnings.simplefilter("always")

    def __exit__(self, *exc: object) -> None:
        self._catch.__exit__(*exc)
        assert [w for w in self._seen if issubclass(w.category, RuntimeWarning)] == []


def test_the_real_sdk_is_where_we_expect() -> None:
    provider = TracerProvider()
    processor = SpanProcessor()
    assert _otel.add_processor(provider, processor) is True
    assert _otel.has_processor(provider, processor) is True
    assert _otel.remove_processors(provider, lambda p: p is processor) == 1
    assert _otel.has_processor(provider, processor) is False
