"""The observed schema: what a set of spans carries, per span name, as data and as YAML.

:func:`schema_of` reads spans (a capture, a call, records, an OTLP file's spans) and
returns a :class:`Schema`: per span name its parents and children, kinds and statuses,
every attribute key with its value types, unit, presence rate and a value example
(only where the value is neither content nor personal data), and its events.
:meth:`Schema.to_yaml` writes it in the shape of an OpenTelemetry semantic-conventions
registry (``groups:`` of ``type: span``; see ``docs/schema.md``); :func:`load_schema`
reads it back. :mod:`pytest_patter_trace.checks.schema_diff` compares two of them.
"""

from __future__ import annotations

import fnmatch
import os
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..core import _render
from ..core._defaults import DEFAULT_CALL_ID_KEYS, DEFAULT_VOLATILE
from ..core.errors import PatterTraceError
from ..core.model import SpanRecord, SpansLike
from ..sources._span_reader import span_records
from ._schema_yaml import YamlShapeError, dump_yaml, load_yaml
from .attributes import type_name
from .contract import Contract

__all__ = [
    "ROOT",
    "AttributeSchema",
    "EventSchema",
    "Schema",
    "SchemaError",
    "SpanSchema",
    "load_schema",
    "parse_schema",
    "requirement_level",
    "schema_from_dict",
    "schema_of",
    "unit_of",
]

#: The parent name of a span whose parent is not among the spans read.
ROOT = "(root)"
#: First line of every schema file: the format, so an old file is flagged, not misread.
FORMAT = "pytest-patter-trace observed schema, format 1"

#: Unit from a key's last part (UCUM-style symbols as the semantic conventions use).
_SUFFIX_UNITS: tuple[tuple[str, str], ...] = (
    ("ms", "ms"),
    ("seconds", "s"),
    ("secs", "s"),
    ("minutes", "min"),
    ("bytes", "By"),
    ("usd", "USD"),
    ("tokens", "{token}"),
    ("chars", "{char}"),
    ("len", "{char}"),
)
#: How contracts spell units -> the same symbols.
_CONTRACT_UNITS = {"seconds": "s", "minutes": "min", "chars": "{char}", "tokens": "{token}"}
#: Units the OpenTelemetry semantic conventions give keys without a unit in their name.
SEMCONV_UNITS: Mapping[str, str] = {
    "gen_ai.usage.input_tokens": "{token}",
    "gen_ai.usage.output_tokens": "{token}",
    "gen_ai.request.max_tokens": "{token}",
    "gen_ai.request.temperature": "1",
    "gen_ai.server.time_to_first_token": "s",
    "gen_ai.server.time_per_output_token": "s",
    "http.response.body.size": "By",
    "http.request.body.size": "By",
    "server.port": "1",
}
#: Weaver's attribute types for ours.
_WEAVER_TYPES = {"str": "string", "int": "int", "float": "double", "bool": "boolean"}
#: Key flags (``_pii.attribute_keys.key_flags``) that mark a value as content or personal data.
_NO_EXAMPLE_FLAGS = frozenset(
    {"secret", "phone", "card", "ssn", "dob", "address", "postcode", "name", "payload", "ip"}
    | {"strong", "weak", "sysprompt", "stacktrace"}
)
_EXAMPLE_MAX = 60


class SchemaError(PatterTraceError, ValueError):
    """A schema file or mapping that cannot be read; the message says which and where."""


def requirement_level(presence: float) -> str:
    """The registry requirement level for a presence rate: on every span, ``required``."""
    return "required" if presence >= 1.0 else "recommended"


@dataclass(frozen=True)
class AttributeSchema:
    """One attribute key as observed on the spans of one name.

    ``types`` are the value types seen (``str``, ``int``, ``float``, ``bool``, ``str[]``...);
    ``presence`` the share of those spans carrying the key (0 to 1, rounded to 3 places);
    ``unit`` from the key's suffix, the contract or the semantic conventions; ``example``
    a value seen, only when it is neither content nor personal data.
    """

    key: str
    types: tuple[str, ...]
    presence: float
    unit: str | None = None
    example: str | int | bool | None = None

    @property
    def requirement_level(self) -> str:
        """``required`` when on every span of its name, else ``recommended``."""
        return requirement_level(self.presence)

    @property
    def registry_type(self) -> str:
        """The type as a registry names it (``string``, ``int``, ``double``...; ``any``)."""
        names = {_weaver_type(t) for t in self.types}
        if names == {"int", "double"}:
            return "double"
        return names.pop() if len(names) == 1 else "any"


@dataclass(frozen=True)
class EventSchema:
    """One event name on the spans of one name: how many carry it, and how often."""

    name: str
    spans: int
    per_span_max: int
    attributes: tuple[str, ...] = ()


@dataclass(frozen=True)
class SpanSchema:
    """Everything observed about the spans of one name."""

    name: str
    count: int
    parents: tuple[str, ...] = ()
    children: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    attributes: tuple[AttributeSchema, ...] = ()
    events: tuple[EventSchema, ...] = ()

    def attribute(self, key: str) -> AttributeSchema | None:
        """The attribute ``key``, or None."""
        return next((a for a in self.attributes if a.key == key), None)

    def event(self, name: str) -> EventSchema | None:
        """The event ``name``, or None."""
        return next((e for e in self.events if e.name == name), None)


@dataclass(frozen=True)
class Schema:
    """The observed schema: one :class:`SpanSchema` per span name, sorted by name."""

    spans: tuple[SpanSchema, ...] = ()
    #: What was observed (a file, scenarios, a release); not part of the comparison.
    source: str = field(default="", compare=False)

    def span(self, name: str) -> SpanSchema | None:
        """The spans named ``name``, or None."""
        return next((s for s in self.spans if s.name == name), None)

    @property
    def names(self) -> tuple[str, ...]:
        """Every span name."""
        return tuple(s.name for s in self.spans)

    def to_dict(self) -> dict[str, Any]:
        """The schema as the registry-shaped mapping its YAML holds (JSON-ready)."""
        events: dict[str, set[str]] = defaultdict(set)
        groups: list[dict[str, Any]] = []
        for span in self.spans:
            groups.append(_span_group(span))
            for event in span.events:
                events[event.name].update(event.attributes)
        for name in sorted(events):
            groups.append(
                {
                    "id": f"event.{_ident(name)}",
                    "type": "event",
                    "name": name,
                    "brief": f"The {name} event as observed.",
                    "stability": "development",
                    "attributes": [
                        {
                            "id": key,
                            "type": "string",
                            "brief": f"Observed on {name} events.",
                            "requirement_level": "recommended",
                            "stability": "development",
                        }
                        for key in sorted(events[name])
                    ],
                }
            )
        return {"groups": groups}

    def to_yaml(self) -> str:
        """The schema as registry-shaped YAML (see ``docs/schema.md``)."""
        header = [FORMAT]
        if self.source:
            header.append(f"observed from: {self.source}")
        return dump_yaml(self.to_dict(), header=header)


def _weaver_type(name: str) -> str:
    if name.endswith("[]"):
        inner = _WEAVER_TYPES.get(name[:-2])
        return f"{inner}[]" if inner else "any"
    return _WEAVER_TYPES.get(name, "any")


def _ident(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._" else "_" for c in name)


def _span_group(shape: SpanSchema) -> dict[str, Any]:
    kinds = [k.lower() for k in shape.kinds]
    group: dict[str, Any] = {
        "id": f"span.{_ident(shape.name)}",
        "type": "span",
        "brief": f"{shape.name} spans as observed ({shape.count}).",
        "stability": "development",
        "span_kind": kinds[0] if len(kinds) == 1 else "internal",
        "attributes": [_attribute_entry(a) for a in shape.attributes],
    }
    if shape.events:
        group["events"] = [e.name for e in shape.events]
    group["annotations"] = {
        "observed": {
            "span_name": shape.name,
            "count": shape.count,
            "parents": list(shape.parents),
            "children": list(shape.children),
            "kinds": list(shape.kinds),
            "statuses": list(shape.statuses),
            "events": [
                {
                    "name": e.name,
                    "spans": e.spans,
                    "per_span_max": e.per_span_max,
                    "attributes": list(e.attributes),
                }
                for e in shape.events
            ],
        }
    }
    return group


def _attribute_entry(attr: AttributeSchema) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": attr.key,
        "type": attr.registry_type,
        "brief": f"Observed on {attr.presence:.0%} of these spans.",
        "requirement_level": attr.requirement_level,
        "stability": "development",
    }
    if attr.unit:
        entry["note"] = f"Unit: {attr.unit}."
    if attr.example is not None:
        entry["examples"] = [attr.example]
    observed: dict[str, Any] = {"types": list(attr.types), "presence": attr.presence}
    if attr.unit:
        observed["unit"] = attr.unit
    entry["annotations"] = {"observed": observed}
    return entry


# -- observing ---------------------------------------------------------------------------


def unit_of(key: str, contract: Contract | None = None) -> str | None:
    """The unit of ``key``: from the contract, the semantic conventions, or its suffix."""
    if contract is not None:
        spec = contract.key_specs.get(key)
        metric = contract.metrics.get(key)
        unit = (spec.unit if spec is not None else None) or (metric.unit if metric else None)
        if unit:
            return _CONTRACT_UNITS.get(unit, unit)
    if key in SEMCONV_UNITS:
        return SEMCONV_UNITS[key]
    last = key.rsplit(".", 1)[-1].lower()
    for suffix, unit in _SUFFIX_UNITS:
        if last == suffix or last.endswith("_" + suffix):
            return unit
    return None


def _example(key: str, value: object, hidden: Sequence[str]) -> str | int | bool | None:
    # Only values that say nothing about a caller: no content key, no call id, nothing
    # the masking layer would change, nothing that churns from run to run.
    from ..core._pii.attribute_keys import key_flags

    if isinstance(value, float) or not isinstance(value, str | int | bool):
        return None
    if key in hidden or any(fnmatch.fnmatchcase(key, g) for g in DEFAULT_VOLATILE):
        return None
    if key_flags(key) & _NO_EXAMPLE_FLAGS:
        return None
    if isinstance(value, str) and (len(value) > _EXAMPLE_MAX or not value.isprintable()):
        return None
    shown = _render.redact(key, value)
    return value if shown == value and type(shown) is type(value) else None


def schema_of(
    spans: SpansLike,
    *,
    contract: Contract | None = None,
    source: str = "",
    hide_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
) -> Schema:
    """The observed schema of ``spans``.

    Args:
        spans: a capture, a call, or any iterable of span records or SDK spans.
        contract: where units come from first (default: Patter's documented contract).
        source: what was observed, written in the YAML's header.
        hide_keys: keys whose values are never shown as examples (call ids).

    """
    if contract is None:
        from .contract import default_contract

        contract = default_contract()
    records = span_records(spans)
    by_key = {r.key: r for r in records}
    by_name: dict[str, list[SpanRecord]] = defaultdict(list)
    children: dict[str, set[str]] = defaultdict(set)
    parents: dict[str, set[str]] = defaultdict(set)
    for record in records:
        name = _name(record.name)
        by_name[name].append(record)
        parent = by_key.get((record.trace_id, record.parent_span_id or ""))
        parent_name = ROOT if parent is None else _name(parent.name)
        parents[name].add(parent_name)
        if parent is not None:
            children[parent_name].add(name)
    out = [
        _observe(name, group, parents[name], children[name], contract, tuple(hide_keys))
        for name, group in sorted(by_name.items())
    ]
    return Schema(tuple(out), source=source)


def _name(name: str) -> str:
    return str(_render.redact("span.name", name))


def _observe(
    name: str,
    group: Sequence[SpanRecord],
    parents: Iterable[str],
    children: Iterable[str],
    contract: Contract,
    hidden: Sequence[str],
) -> SpanSchema:
    types: dict[str, set[str]] = defaultdict(set)
    present: Counter[str] = Counter()
    examples: dict[str, set[str | int | bool]] = defaultdict(set)
    event_spans: Counter[str] = Counter()
    event_max: Counter[str] = Counter()
    event_keys: dict[str, set[str]] = defaultdict(set)
    for record in group:
        for key, value in record.attributes.items():
            types[key].add(type_name(value))
            present[key] += 1
            example = _example(key, value, hidden)
            if example is not None:
                examples[key].add(example)
        per_span = Counter(_name(e.name) for e in record.events)
        for event in record.events:
            event_keys[_name(event.name)].update(event.attributes)
        for event_name, n in per_span.items():
            event_spans[event_name] += 1
            event_max[event_name] = max(event_max[event_name], n)
    attributes = tuple(
        AttributeSchema(
            key,
            tuple(sorted(types[key])),
            round(present[key] / len(group), 3),
            unit_of(key, contract),
            min(examples[key], key=repr) if examples.get(key) else None,
        )
        for key in sorted(types)
    )
    events = tuple(
        EventSchema(e, event_spans[e], event_max[e], tuple(sorted(event_keys[e])))
        for e in sorted(event_spans)
    )
    return SpanSchema(
        name,
        len(group),
        tuple(sorted(parents)),
        tuple(sorted(children)),
        tuple(sorted({r.kind for r in group})),
        tuple(sorted({r.status.code for r in group})),
        attributes,
        events,
    )


# -- reading back ------------------------------------------------------------------------


def schema_from_dict(data: Mapping[str, Any], *, origin: str = "<schema>") -> Schema:
    """A :class:`Schema` from the mapping :meth:`Schema.to_dict` returns.

    Raises:
        SchemaError: the mapping is not such a schema (the message names where).

    """
    groups = data.get("groups") if isinstance(data, Mapping) else None
    if not isinstance(groups, list):
        raise SchemaError(f"{origin}: no 'groups:' list: not an observed schema")
    spans: list[SpanSchema] = []
    for n, group in enumerate(groups):
        if not isinstance(group, Mapping) or group.get("type") != "span":
            continue
        where = f"{origin}: groups[{n}]"
        try:
            spans.append(_span_from(group))
        except (KeyError, TypeError, ValueError) as exc:
            raise SchemaError(f"{where}: not an observed span group ({exc})") from None
    return Schema(tuple(sorted(spans, key=lambda s: s.name)), source=origin)


def _span_from(group: Mapping[str, Any]) -> SpanSchema:
    seen = group["annotations"]["observed"]
    attributes = tuple(
        AttributeSchema(
            str(a["id"]),
            tuple(a["annotations"]["observed"]["types"]),
            float(a["annotations"]["observed"]["presence"]),
            a["annotations"]["observed"].get("unit"),
            (a.get("examples") or [None])[0],
        )
        for a in group.get("attributes") or ()
    )
    events = tuple(
        EventSchema(str(e["name"]), int(e["spans"]), int(e["per_span_max"]), tuple(e["attributes"]))
        for e in seen.get("events") or ()
    )
    return SpanSchema(
        str(seen["span_name"]),
        int(seen["count"]),
        tuple(seen["parents"]),
        tuple(seen["children"]),
        tuple(seen["kinds"]),
        tuple(seen["statuses"]),
        attributes,
        events,
    )


def parse_schema(text: str, *, origin: str = "<schema>") -> Schema:
    """A :class:`Schema` from the YAML text :meth:`Schema.to_yaml` wrote.

    Raises:
        SchemaError: the text is not such a schema (the message names the line).

    """
    first = text.lstrip().splitlines()[0] if text.strip() else ""
    if first.startswith("# pytest-patter-trace observed schema") and first != f"# {FORMAT}":
        raise SchemaError(f"{origin}: written in another format ({first[2:]}); regenerate it")
    try:
        data = load_yaml(text, origin=origin)
    except YamlShapeError as exc:
        raise SchemaError(str(exc)) from None
    return schema_from_dict(data, origin=origin)


def load_schema(path: str | os.PathLike[str]) -> Schema:
    """Read a schema file :meth:`Schema.to_yaml` wrote.

    Raises:
        SchemaError: unreadable, or not such a schema (the message names the file and line).

    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SchemaError(f"{path}: cannot read: {exc}") from None
    return parse_schema(text, origin=str(path))
