"""Caches of what one scan decided about the words and sentences of span text.

A transcript says the same words again and again, so a scan remembers its verdict on
each. Those words may be a caller's name or a sentence about their health, so nothing
remembered outlives the scan that read it: every scan ends with :func:`forget_text`
(``Scanner.forget``), and a long suite never keeps its callers' words alive.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, TypeVar

__all__ = ["forget_text", "text_cache", "text_dict"]

_T = TypeVar("_T")
_CACHES: list[_lru_cache_wrapper[Any]] = []
_DICTS: list[dict[str, Any]] = []


def text_cache(maxsize: int) -> Callable[[Callable[..., _T]], _lru_cache_wrapper[_T]]:
    """``functools.lru_cache`` for a pure function of span text, emptied when a scan ends."""

    def wrap(function: Callable[..., _T]) -> _lru_cache_wrapper[_T]:
        cached = lru_cache(maxsize=maxsize)(function)
        _CACHES.append(cached)
        return cached

    return wrap


def text_dict() -> dict[str, Any]:
    """A dict from span text to what a scan worked out for it, emptied when a scan ends.

    For what one function learns of another text while reading its own (a text's words
    are its lower-cased form's too): an ``lru_cache`` is filled only by calls. The owner
    keeps it small (cleared when full).
    """
    kept: dict[str, Any] = {}
    _DICTS.append(kept)
    return kept


def forget_text() -> None:
    """Empty every text cache (a scan has ended)."""
    for cached in _CACHES:
        cached.cache_clear()
    for kept in _DICTS:
        kept.clear()
