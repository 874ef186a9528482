"""Defaults shared by the plugin's options and the modules that use them.

Its own tiny module, importing nothing, so ``plugin.py`` registers the options with the
same values the checks use without loading anything at start-up.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["DEFAULT_CALL_ID_KEYS", "DEFAULT_VOLATILE", "merge_keys"]

#: Attribute keys read for a span's call id, in order: the documented key, the documented
#: routing tag, and the key getpatter 0.7.0 actually emits.
DEFAULT_CALL_ID_KEYS: tuple[str, ...] = ("getpatter.call.id", "patter.call_id", "patter.call.id")

#: Attribute-key globs whose values snapshots store as their type (they change run to run).
DEFAULT_VOLATILE: tuple[str, ...] = (
    "*_ms",
    "*_seconds",
    "*_minutes",
    "patter.latency.*",
    "exception.stacktrace",
)


def merge_keys(*groups: str | Iterable[str] | None) -> tuple[str, ...]:
    """Call-id keys from several sources, first occurrence first, empties skipped.

    Each group is a key, ``None``, or a sequence of keys: the one order every module
    merges keys in, so two checks never name different keys for one mismatch.
    """
    out: dict[str, None] = {}
    for group in groups:
        if group is None:
            continue
        for key in (group,) if isinstance(group, str) else group:
            if key:
                out[key] = None
    return tuple(out)
