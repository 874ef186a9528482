"""Snapshot options: what is normalized before spans are written or compared.

:class:`SnapshotOptions` checks every field at construction. Public through
:mod:`pytest_patter_trace.snapshot._assertion`; no syrupy here.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal, TypeAlias

from ..core._defaults import DEFAULT_CALL_ID_KEYS, DEFAULT_VOLATILE

__all__ = ["DEFAULT_VOLATILE", "Order", "SnapshotOptions"]


#: ``"sequence"``: siblings that ran one after the other keep their order, overlapping
#: ones are sorted by content. ``"structural"``: all siblings sorted by content.
Order: TypeAlias = Literal["sequence", "structural"]
_ORDERS: tuple[str, ...] = ("sequence", "structural")


def _globs(value: object, *, name: str) -> tuple[str, ...]:
    # A bare string is the classic slip (it would iterate characters): refuse it.
    if isinstance(value, str) or not isinstance(value, Sequence | frozenset | set):
        raise TypeError(
            f"SnapshotOptions.{name} must be a sequence of strings, got {type(value).__name__}"
        )
    out = tuple(value)
    for item in out:
        if not isinstance(item, str) or not item:
            raise TypeError(f"SnapshotOptions.{name} holds {item!r}, not a non-empty string")
    return out


@dataclass(frozen=True)
class SnapshotOptions:
    """How spans are normalized before they are written or compared.

    Attributes:
        volatile: attribute keys (``fnmatch`` globs, case-sensitive) whose value churns
            between runs; the value is written as its type, e.g. ``<float>``, so a type
            change still shows. Defaults to :data:`DEFAULT_VOLATILE`.
        drop: attribute keys (globs) left out entirely, value and key.
        call_id_keys: keys holding a call id, used to group a plain list of spans (a
            capture groups with its own ``patter_call_id_keys``); their values become
            ``<call-N>``.
        order: sibling order, ``"sequence"`` (default) or ``"structural"``.
        duration_buckets_ms: increasing bucket bounds in ms; empty (default) drops
            durations, otherwise each span shows its bucket, e.g. ``(10-100ms)``.
        scope: show each span's instrumentation scope (tracer) name.
        pii_allow: attribute-key globs whose values are known not to be PII (passed to
            :func:`~pytest_patter_trace.checks.pii.find_pii` as ``allow``).

    Raises:
        TypeError, ValueError: at construction, naming the bad field.

    """

    volatile: tuple[str, ...] = DEFAULT_VOLATILE
    drop: tuple[str, ...] = ()
    call_id_keys: tuple[str, ...] = DEFAULT_CALL_ID_KEYS
    order: Order = "sequence"
    duration_buckets_ms: tuple[float, ...] = ()
    scope: bool = False
    pii_allow: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("volatile", "drop", "call_id_keys", "pii_allow"):
            object.__setattr__(self, name, _globs(getattr(self, name), name=name))
        if self.order not in _ORDERS:
            raise ValueError(
                f"SnapshotOptions.order must be one of {', '.join(_ORDERS)}, got {self.order!r}"
            )
        buckets = self.duration_buckets_ms
        if isinstance(buckets, str) or not isinstance(buckets, Sequence):
            raise TypeError("SnapshotOptions.duration_buckets_ms must be a sequence of numbers")
        bounds = tuple(buckets)
        for bound in bounds:
            if isinstance(bound, bool) or not isinstance(bound, int | float) or not bound > 0:
                raise ValueError(
                    f"SnapshotOptions.duration_buckets_ms holds {bound!r}, not a positive number"
                )
        if any(a >= b for a, b in itertools.pairwise(bounds)):
            raise ValueError(
                f"SnapshotOptions.duration_buckets_ms must increase, got {list(bounds)}"
            )
        object.__setattr__(self, "duration_buckets_ms", bounds)
        if not isinstance(self.scope, bool):
            raise TypeError(f"SnapshotOptions.scope must be a bool, got {self.scope!r}")
