"""Schema snapshots: ``assert patter_spans == patter_schema_snapshot``.

The stored file is the observed schema's YAML (``__snapshots__/<module>/<test>.yaml``),
so it changes only when the telemetry's shape does, never with values. A failed
comparison shows the semantic diff (renamed keys, changed types, units, parents,
exception events), not a line diff; ``--snapshot-update`` accepts the new schema.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, cast

import pytest
from syrupy.assertion import SnapshotAssertion
from syrupy.extensions.single_file import SingleFileSnapshotExtension, WriteMode

from ..checks.schema import Schema, SchemaError, parse_schema, schema_of
from ..checks.schema_diff import diff_schemas

if TYPE_CHECKING:
    from syrupy.types import PropertyFilter, PropertyMatcher, SerializableData, SerializedData

__all__ = ["PatterSchemaExtension", "make_schema_snapshot"]


class PatterSchemaExtension(SingleFileSnapshotExtension):
    """A syrupy extension storing the observed schema of spans as a ``.yaml`` file."""

    file_extension = "yaml"
    _file_extension = "yaml"  # the attribute's name before syrupy 5
    _write_mode = WriteMode.TEXT

    def serialize(
        self,
        data: SerializableData,
        *,
        exclude: PropertyFilter | None = None,
        include: PropertyFilter | None = None,
        matcher: PropertyMatcher | None = None,
    ) -> SerializedData:
        """The schema YAML of ``data`` (a capture, a call, or spans)."""
        __tracebackhide__ = True
        try:
            schema = data if isinstance(data, Schema) else schema_of(cast("Any", data))
        except TypeError as exc:
            message = f"patter_schema_snapshot: {exc}"
        else:
            return _shape_only(schema).to_yaml()
        pytest.fail(message, pytrace=False)

    def matches(
        self, *, serialized_data: SerializableData, snapshot_data: SerializableData
    ) -> bool:
        """Equal when the semantic diff is empty (a presence rate may move, a shape not)."""
        if serialized_data == snapshot_data:
            return True
        try:
            old = parse_schema(str(snapshot_data), origin="stored snapshot")
            new = parse_schema(str(serialized_data), origin="this run")
        except SchemaError:
            return False
        return not diff_schemas(old, new)

    def diff_lines(
        self, serialized_data: SerializedData, snapshot_data: SerializedData
    ) -> Iterator[str]:
        """The semantic diff from the stored schema to this run's (a line diff if unreadable)."""
        try:
            old = parse_schema(str(snapshot_data), origin="stored snapshot")
            new = parse_schema(str(serialized_data), origin="this run")
        except SchemaError as exc:
            yield f"the stored snapshot is not a schema this version reads: {exc}"
            yield from super().diff_lines(serialized_data, snapshot_data)
            return
        diff = diff_schemas(
            Schema(old.spans, source="stored snapshot"), Schema(new.spans, source="this run")
        )
        if not diff:
            # Same schema, other text (examples): show where the text differs.
            yield from super().diff_lines(serialized_data, snapshot_data)
            return
        yield from diff.format().splitlines()
        yield "accept it with --snapshot-update"


def _shape_only(schema: Schema) -> Schema:
    # Examples are values: a snapshot of the shape must not change when they do.
    spans = tuple(
        dataclasses.replace(
            span,
            attributes=tuple(dataclasses.replace(a, example=None) for a in span.attributes),
        )
        for span in schema.spans
    )
    return Schema(spans, source=schema.source)


def make_schema_snapshot(snapshot: SnapshotAssertion) -> SnapshotAssertion:
    """The ``patter_schema_snapshot`` fixture's value, built from syrupy's ``snapshot``."""
    init = {f.name: getattr(snapshot, f.name) for f in dataclasses.fields(snapshot) if f.init}
    init["extension_class"] = PatterSchemaExtension
    return SnapshotAssertion(**init)
