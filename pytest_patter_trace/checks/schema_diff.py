"""The semantic diff of two observed schemas: what changed in the telemetry, per span name.

:func:`diff_schemas` pairs span names and attribute keys (a removed name and an added one
that are near misses of each other, as the contract check finds misspellings, count as
a rename) and reports typed :class:`SchemaChange` records: added, removed and renamed
spans, attributes and events; type, unit and requirement-level changes; parent changes;
kind and status changes; and changes in how many events of a name one span carries.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from ..core._render import display_name
from .attributes import DEFAULT_NAMESPACES, match_misspellings
from .schema import AttributeSchema, Schema, SpanSchema

__all__ = ["CHANGE_CODES", "SchemaChange", "SchemaDiff", "diff_schemas"]

#: Every change code, with what it means.
CHANGE_CODES: Mapping[str, str] = {
    "span-added": "a span name only the new schema has",
    "span-removed": "a span name only the old schema has",
    "span-renamed": "a span name replaced by a near-identical one",
    "attribute-added": "a key only the new spans of this name carry",
    "attribute-removed": "a key only the old spans of this name carried",
    "attribute-renamed": "a key replaced by a near-identical one on the same span",
    "type-changed": "the value types of a key changed",
    "unit-changed": "the unit of a key changed (or appeared, or went)",
    "requirement-changed": "a key went from every span to some of them, or back",
    "parent-changed": "the names of this span's parents changed",
    "count-changed": "how many spans of this name the same run emits changed",
    "kind-changed": "the span kinds seen changed",
    "status-changed": "the span statuses seen changed",
    "event-added": "an event name only the new spans carry",
    "event-removed": "an event name only the old spans carried",
    "event-count-changed": "how many events of a name one span carries changed",
}


@dataclass(frozen=True)
class SchemaChange:
    """One change between two schemas, on the spans named ``span``.

    ``key`` is the attribute key or event name it is about (``None``: the span itself);
    ``old`` and ``new`` are short texts of what was and what is.
    """

    code: str
    span: str
    key: str | None = None
    old: str | None = None
    new: str | None = None
    reason: str = ""

    def text(self) -> str:
        """One line, as the text and Markdown outputs show it."""
        what = {
            "span-added": "span added",
            "span-removed": "span removed",
            "span-renamed": f"span renamed from {self.old}",
            "attribute-added": f"attribute {self.key} added",
            "attribute-removed": f"attribute {self.key} removed",
            "attribute-renamed": f"attribute {self.old} renamed {self.new}",
            "event-added": f"event {self.key} added",
            "event-removed": f"event {self.key} removed",
            "count-changed": f"{self.old} -> {self.new} spans in the same run",
        }.get(self.code)
        if what is None:
            subject = f"{self.key}: " if self.key else ""
            label = self.code.removesuffix("-changed")
            what = f"{subject}{label} {self.old} -> {self.new}"
        elif self.code in ("attribute-added", "event-added", "span-added") and self.new:
            what += f" ({self.new})"
        if self.reason:
            what += f" ({self.reason})"
        return what

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the fields."""
        return asdict(self)


@dataclass(frozen=True)
class SchemaDiff:
    """Every change from ``old`` to ``new``; true when there is any."""

    changes: tuple[SchemaChange, ...]
    old: str = ""
    new: str = ""

    def __bool__(self) -> bool:
        return bool(self.changes)

    def by_span(self) -> dict[str, list[SchemaChange]]:
        """Changes per span name, in the order found."""
        out: dict[str, list[SchemaChange]] = {}
        for change in self.changes:
            out.setdefault(change.span, []).append(change)
        return out

    def format(self) -> str:
        """The diff as text: a header, then per span name one line a change."""
        head = f"telemetry schema: {self.old or 'old'} -> {self.new or 'new'}"
        if not self.changes:
            return f"{head}: no change"
        lines = [f"{head}: {len(self.changes)} change(s)"]
        for span, changes in self.by_span().items():
            lines.append(f"  {display_name(span)}")
            lines.extend(f"    {_mark(c.code)} {c.text()}" for c in changes)
        return "\n".join(lines)

    def markdown(self, *, heading: str | None = None) -> str:
        """The diff as Markdown, fit for a pull-request comment."""
        title = heading or f"Telemetry changes: `{self.old or 'old'}` → `{self.new or 'new'}`"
        lines = [f"### {title}", ""]
        if not self.changes:
            return "\n".join([*lines, "No change.", ""])
        lines += ["| span | change | what |", "| --- | --- | --- |"]
        for c in self.changes:
            text = c.text().replace("|", "\\|")
            lines.append(f"| `{display_name(c.span)}` | {c.code} | {text} |")
        return "\n".join([*lines, ""])

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: both sources, whether anything changed, every change."""
        return {
            "old": self.old,
            "new": self.new,
            "changed": bool(self.changes),
            "changes": [c.to_dict() for c in self.changes],
        }

    def __str__(self) -> str:
        return self.format()


def _mark(code: str) -> str:
    if code.endswith("-added"):
        return "+"
    if code.endswith("-removed"):
        return "-"
    return "~"


def _list(items: tuple[str, ...]) -> str:
    return ", ".join(items) if items else "(none)"


#: Unit suffixes a key may swap for another while it stays the same measurement.
_UNIT_SUFFIXES = ("_ms", "_seconds", "_secs", "_s", "_minutes", "_min", "_us", "_ns")


def _stem(key: str) -> str | None:
    for suffix in _UNIT_SUFFIXES:
        for sep in (suffix, "." + suffix[1:]):
            if key.endswith(sep) and len(key) > len(sep):
                return key[: -len(sep)]
    return None


def _pair(gone: list[str], came: list[str]) -> dict[str, tuple[str, str]]:
    """Renames: the same measurement under another unit suffix, then near misses."""
    out: dict[str, tuple[str, str]] = {}
    stems = {_stem(k): k for k in came if _stem(k) is not None}
    for key in gone:
        match = stems.pop(_stem(key) or "\0", None)
        if match is not None:
            out[key] = (match, "unit suffix changed")
    rest_gone = [k for k in gone if k not in out]
    rest_came = [k for k in came if k not in {v for v, _ in out.values()}]
    out.update(match_misspellings(rest_gone, rest_came, namespaces=DEFAULT_NAMESPACES))
    return out


def diff_schemas(old: Schema, new: Schema) -> SchemaDiff:
    """The changes from ``old`` to ``new``, per span name (renamed spans under their new name)."""
    old_names, new_names = set(old.names), set(new.names)
    gone = sorted(old_names - new_names)
    came = sorted(new_names - old_names)
    renamed = match_misspellings(gone, came, namespaces=DEFAULT_NAMESPACES)
    pairs = [(name, name) for name in sorted(old_names & new_names)]
    pairs += [(was, now) for was, (now, _) in renamed.items()]
    changes: list[SchemaChange] = []
    for was, now in sorted(pairs, key=lambda p: p[1]):
        before, after = old.span(was), new.span(now)
        assert before is not None
        assert after is not None
        if was != now:
            changes.append(
                SchemaChange("span-renamed", now, old=was, new=now, reason=renamed[was][1])
            )
        changes.extend(_span_changes(before, after))
    taken = {now for now, _ in renamed.values()}
    for name in came:
        if name not in taken:
            span = new.span(name)
            count = f"{span.count} seen" if span is not None else None
            changes.append(SchemaChange("span-added", name, new=count))
    for name in gone:
        if name not in renamed:
            changes.append(SchemaChange("span-removed", name))
    return SchemaDiff(tuple(changes), old=old.source, new=new.source)


def _span_changes(old: SpanSchema, new: SpanSchema) -> Iterator[SchemaChange]:
    name = new.name
    if old.count != new.count:
        yield SchemaChange("count-changed", name, old=str(old.count), new=str(new.count))
    if old.parents != new.parents:
        yield SchemaChange("parent-changed", name, old=_list(old.parents), new=_list(new.parents))
    if old.kinds != new.kinds:
        yield SchemaChange("kind-changed", name, old=_list(old.kinds), new=_list(new.kinds))
    if old.statuses != new.statuses:
        yield SchemaChange("status-changed", name, old=_list(old.statuses), new=_list(new.statuses))
    yield from _attribute_changes(old, new)
    yield from _event_changes(old, new)


def _attribute_changes(old: SpanSchema, new: SpanSchema) -> Iterator[SchemaChange]:
    name = new.name
    old_keys = {a.key for a in old.attributes}
    new_keys = {a.key for a in new.attributes}
    gone = sorted(old_keys - new_keys)
    came = sorted(new_keys - old_keys)
    renamed = _pair(gone, came)
    pairs = [(k, k) for k in sorted(old_keys & new_keys)]
    pairs += [(was, now) for was, (now, _) in renamed.items()]
    for was, now in sorted(pairs, key=lambda p: p[1]):
        before, after = old.attribute(was), new.attribute(now)
        assert before is not None
        assert after is not None
        if was != now:
            yield SchemaChange("attribute-renamed", name, now, was, now, renamed[was][1])
        yield from _compare_attribute(name, now, before, after)
    taken = {now for now, _ in renamed.values()}
    for key in came:
        if key not in taken:
            attr = new.attribute(key)
            shown = f"{'/'.join(attr.types)}, {attr.requirement_level}" if attr else None
            yield SchemaChange("attribute-added", name, key, new=shown)
    for key in gone:
        if key not in renamed:
            yield SchemaChange("attribute-removed", name, key)


def _compare_attribute(
    span: str, key: str, old: AttributeSchema, new: AttributeSchema
) -> Iterator[SchemaChange]:
    if old.types != new.types:
        yield SchemaChange("type-changed", span, key, "/".join(old.types), "/".join(new.types))
    if old.unit != new.unit:
        yield SchemaChange("unit-changed", span, key, old.unit or "(none)", new.unit or "(none)")
    if old.requirement_level != new.requirement_level:
        yield SchemaChange(
            "requirement-changed",
            span,
            key,
            f"{old.requirement_level} ({old.presence:.0%})",
            f"{new.requirement_level} ({new.presence:.0%})",
        )


def _event_changes(old: SpanSchema, new: SpanSchema) -> Iterator[SchemaChange]:
    name = new.name
    old_events = {e.name: e for e in old.events}
    new_events = {e.name: e for e in new.events}
    for event in sorted(old_events.keys() | new_events.keys()):
        before, after = old_events.get(event), new_events.get(event)
        if before is None and after is not None:
            yield SchemaChange(
                "event-added", name, event, new=f"up to {after.per_span_max} per span"
            )
        elif after is None or before is None:
            yield SchemaChange("event-removed", name, event)
        elif before.per_span_max != after.per_span_max:
            yield SchemaChange(
                "event-count-changed",
                name,
                event,
                f"up to {before.per_span_max} per span",
                f"up to {after.per_span_max} per span",
            )
