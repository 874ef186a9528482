"""Snapshots of span trees that stay byte-identical run after run and never store PII.

``assert patter_spans.call() == patter_snapshot`` serializes the spans to a small text
format (one span a line, an indented tree, attributes sorted by key), normalizes what
churns between runs, and hands the text to syrupy, which stores one file per snapshot
and does the update / compare / unused-snapshot bookkeeping. What is normalized and why
is described in ``docs/snapshots.md``:

* trace ids, span ids and call ids become ordinals (``<call-1>``, ``<span-1>``), given by
  position in the output, so references between spans survive;
* timestamps and durations are dropped (or put in coarse buckets);
* values of volatile attributes (timings) are replaced by their type (``<float>``);
* siblings that ran one after the other keep that order; siblings that overlapped in
  time, and calls, are sorted by their rendered content.

A trace with a PII finding is refused: the test fails with the masked finding and no
file is written.

This module is the syrupy side (the extension, the ``patter_snapshot`` assertion and its
options from the ini file); the format itself is ``_snapshot_format``, the options
``_snapshot_options``, neither of which imports syrupy.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, cast

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from ..core.grouping import DEFAULT_CALL_ID_KEYS
from ._format import SnapshotRefusedError, format_problem, render_snapshot
from ._options import DEFAULT_VOLATILE, Order, SnapshotOptions

if TYPE_CHECKING:
    from syrupy.types import PropertyFilter, PropertyMatcher, SerializableData, SerializedData
# Documented and pickled under the module users import it from.
SnapshotRefusedError.__module__ = __name__

__all__ = [
    "DEFAULT_VOLATILE",
    "PatterSnapshotAssertion",
    "PatterSnapshotExtension",
    "SnapshotOptions",
    "SnapshotRefusedError",
    "render_snapshot",
]

# -- syrupy ----------------------------------------------------------------------------


class PatterSnapshotExtension(SingleFileSnapshotExtension):
    """A syrupy extension storing each snapshot as a ``.trace`` text file.

    Files live in ``__snapshots__/<test module>/<test name>.trace`` next to the test.
    Use :meth:`configured` for other :class:`SnapshotOptions`.
    """

    file_extension = "trace"
    _file_extension = "trace"  # the attribute's name before syrupy 5
    _write_mode = WriteMode.TEXT
    options: ClassVar[SnapshotOptions] = SnapshotOptions()

    def serialize(
        self,
        data: SerializableData,
        *,
        exclude: PropertyFilter | None = None,
        include: PropertyFilter | None = None,
        matcher: PropertyMatcher | None = None,
    ) -> SerializedData:
        """Render ``data``; bad input and PII fail the test with a plain message."""
        __tracebackhide__ = True
        if exclude is not None or include is not None:
            pytest.fail(
                "patter_snapshot does not take syrupy's exclude=/include=: leave attributes "
                "out with SnapshotOptions(drop=[...]) or patter_snapshot.with_options(...)",
                pytrace=False,
            )
        try:
            return render_snapshot(data, options=self.options)
        except (SnapshotRefusedError, TypeError) as exc:
            refusal = str(exc)
        # pytest.fail is not an Exception, so syrupy's assertion does not swallow it: the
        # test fails with this message alone and nothing is queued for writing. Raised
        # outside the handler so the message is not printed twice as a chained error.
        pytest.fail(refusal, pytrace=False)

    def diff_lines(
        self, serialized_data: SerializedData, snapshot_data: SerializedData
    ) -> Iterator[str]:
        """The usual syrupy diff, or one clear message when the stored file has another format."""
        problem = format_problem(str(snapshot_data))
        if problem is not None:
            yield problem
            return
        yield from super().diff_lines(serialized_data, snapshot_data)

    @classmethod
    def configured(cls, options: SnapshotOptions) -> type[PatterSnapshotExtension]:
        """A subclass carrying ``options`` (syrupy builds extensions without arguments)."""
        if options == cls.options:
            return cls
        return _configured(cls, options)


@cache
def _configured(
    base: type[PatterSnapshotExtension], options: SnapshotOptions
) -> type[PatterSnapshotExtension]:
    # Same name and module as the base: under xdist the controller re-imports extensions
    # by name, and the base stores files exactly the same way.
    return type(base.__name__, (base,), {"options": options, "__module__": base.__module__})


class PatterSnapshotAssertion(SnapshotAssertion):
    """What ``patter_snapshot`` is: syrupy's assertion plus :meth:`with_options`."""

    @property
    def options(self) -> SnapshotOptions:
        """The options this assertion serializes with."""
        extension = self.extension_class
        if isinstance(extension, type) and issubclass(extension, PatterSnapshotExtension):
            return extension.options
        return SnapshotOptions()

    def with_options(
        self,
        options: SnapshotOptions | None = None,
        *,
        volatile: Sequence[str] | None = None,
        drop: Sequence[str] | None = None,
        call_id_keys: Sequence[str] | None = None,
        order: Order | None = None,
        duration_buckets_ms: Sequence[float] | None = None,
        scope: bool | None = None,
        pii_allow: Sequence[str] | None = None,
    ) -> PatterSnapshotAssertion:
        """A new assertion using ``options`` (default: this one's) with the given changes.

        Fields are those of :class:`SnapshotOptions`. Like syrupy's ``use_extension``, the
        result counts its snapshots from zero: in a test that also asserts with
        ``patter_snapshot``, name one of them (``patter_snapshot.with_options(...)(name="x")``).
        """
        changes: dict[str, Any] = {
            "volatile": volatile,
            "drop": drop,
            "call_id_keys": call_id_keys,
            "order": order,
            "duration_buckets_ms": duration_buckets_ms,
            "scope": scope,
            "pii_allow": pii_allow,
        }
        base = self.options if options is None else options
        merged = dataclasses.replace(base, **{k: v for k, v in changes.items() if v is not None})
        return cast(
            "PatterSnapshotAssertion",
            self.use_extension(PatterSnapshotExtension.configured(merged)),
        )


def make_patter_snapshot(
    snapshot: SnapshotAssertion, *, options: SnapshotOptions | None = None
) -> PatterSnapshotAssertion:
    """The ``patter_snapshot`` fixture's value, built from syrupy's ``snapshot`` fixture."""
    init = {f.name: getattr(snapshot, f.name) for f in dataclasses.fields(snapshot) if f.init}
    init["extension_class"] = PatterSnapshotExtension.configured(options or SnapshotOptions())
    return PatterSnapshotAssertion(**init)


def options_from_config(config: pytest.Config) -> SnapshotOptions:
    """Options from the ``patter_snapshot_*`` and ``patter_call_id_keys`` ini settings."""
    volatile = config.getini("patter_snapshot_volatile")
    drop = config.getini("patter_snapshot_drop")
    order = str(config.getini("patter_snapshot_order") or "sequence").strip()
    keys = config.getini("patter_call_id_keys") or list(DEFAULT_CALL_ID_KEYS)
    try:
        return SnapshotOptions(
            volatile=tuple(volatile),
            drop=tuple(drop),
            call_id_keys=tuple(keys),
            order=cast("Order", order),
        )
    except (TypeError, ValueError) as exc:
        raise pytest.UsageError(f"patter_snapshot ini options: {exc}") from None
