"""Caches keyed by attribute keys, which keep only keys shaped like code.

Traces repeat a few keys (``gen_ai.usage.input_tokens``, ``patter.call_id``) on every
span, so what a key says is worked out once per key. A key is almost always the code's
own choice, but one built from data (``callback.+1 646 555 0199``, ``contact.ana@x.io``)
is as personal as a value, and a process-wide cache would keep it alive for the rest
of the suite. So only keys that look like code are kept: ASCII identifier words joined
by ``.``, ``:``, ``/`` or brackets, with no run of four digits, at most
:data:`LONGEST_KEPT` characters. Any other key is worked out again on each call, which
costs microseconds and keeps nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import update_wrapper
from typing import Any, Generic, TypeVar

__all__ = ["KEY_CACHES", "LONGEST_KEPT", "KeyCache", "code_shaped", "key_cache"]

_T = TypeVar("_T")

#: The longest key a cache keeps: code's keys are short, a key holding a sentence is not.
LONGEST_KEPT = 128

_CODE_KEY = re.compile(r"[A-Za-z_$][\w$-]*(?:(?:[.:/]|\[|\]\.?)[\w$-]*)*\]?", re.ASCII)
# Four digits in a row are a year, a phone number's tail or an account's: data, not code.
_DIGIT_RUN = re.compile(r"\d{4}")


def code_shaped(key: str) -> bool:
    """Whether ``key`` has the shape of a key written in code (and may be remembered)."""
    return (
        len(key) <= LONGEST_KEPT
        and _CODE_KEY.fullmatch(key) is not None
        and _DIGIT_RUN.search(key) is None
    )


class KeyCache(Generic[_T]):
    """A pure function of an attribute key that remembers its answer for code-shaped keys.

    Args:
        function: the function to wrap; it must depend on the key alone.
        maxsize: how many keys to keep; the cache starts over when it is full (a
            trace's keys are few, so a full cache means keys built from data).
    """

    def __init__(self, function: Callable[[str], _T], maxsize: int) -> None:
        self._function = function
        self._maxsize = maxsize
        self._kept: dict[str, _T] = {}
        update_wrapper(self, function)

    def __call__(self, key: str) -> _T:
        """The function's answer for ``key``, from the cache when the key is kept."""
        try:
            return self._kept[key]
        except KeyError:
            pass
        answer = self._function(key)
        if code_shaped(key):
            if len(self._kept) >= self._maxsize:
                self._kept.clear()
            self._kept[key] = answer
        return answer

    def kept_keys(self) -> list[str]:
        """The keys remembered now (for tests of what the cache holds)."""
        return list(self._kept)

    def cache_clear(self) -> None:
        """Forget every key, as ``functools.lru_cache`` does."""
        self._kept.clear()


#: Every key cache, so a test can look at what each one keeps.
KEY_CACHES: list[KeyCache[Any]] = []


def key_cache(maxsize: int) -> Callable[[Callable[[str], _T]], KeyCache[_T]]:
    """Decorate a pure function of an attribute key with a :class:`KeyCache`."""

    def wrap(function: Callable[[str], _T]) -> KeyCache[_T]:
        cached = KeyCache(function, maxsize)
        KEY_CACHES.append(cached)
        return cached

    return wrap
