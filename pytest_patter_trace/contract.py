"""Patter's documented tracing contract, as data, and the check of a trace against it.

The contract lives in ``patter_contract.toml`` (shipped in the package, transcribed from
Patter's tracing documentation v0.6.1); a user contract is a TOML file with the same
schema (``docs/contract.md``). :func:`check_contract` lists every violation per call;
:func:`assert_contract` fails with that list.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from types import MappingProxyType
from typing import Any, TypeAlias

from . import cost
from .attributes import (
    DEFAULT_NAMESPACES,
    TYPE_NAMES,
    AttributeSpec,
    Violation,
    call_id_violations,
    check_presence,
    check_value,
    closest_key,
    format_violations,
    undocumented_key,
)
from .grouping import DEFAULT_CALL_ID_KEYS, CallTrace, display_name, group_calls
from .model import SpanRecord, SpansLike, as_records, freeze_attributes
from .timing import BUDGETS, TIMING_CODES, TimingSpec, timing_violations

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "VIOLATION_CODES",
    "Contract",
    "ContractError",
    "ContractLike",
    "ContractReport",
    "MetricSpec",
    "ProfileSpec",
    "RoutingSpec",
    "SpanSpec",
    "assert_contract",
    "check_contract",
    "contract_from_mapping",
    "default_contract",
    "documented_example_trace",
    "load_contract",
]

#: Every violation code the contract and cost checks emit, with what it means.
VIOLATION_CODES: Mapping[str, str] = MappingProxyType(
    {
        "no-spans": "nothing was captured, so nothing could be checked",
        "missing-span": "a span the contract requires is absent (e.g. no getpatter.call root)",
        "too-many-spans": "more spans of a name than the contract allows per call",
        "misplaced-span": "the root is under another span, or a span is outside the root",
        "legacy-span": "a span name that the contract lists as replaced",
        "unknown-span": "a span name in the contract's namespaces that it does not document",
        "missing-attribute": "a required attribute is absent",
        "misspelled-attribute": "a required or documented key is absent but a near-identical "
        "one is present",
        "undocumented-attribute": "a key in the contract's namespaces that it does not document",
        "wrong-type": "an attribute has another type than documented",
        "bad-value": "a string attribute outside its documented values",
        "not-finite": "a float attribute is NaN or infinite",
        "negative-value": "a count, size, duration or cost is below zero",
        "missing-routing-tag": "a cost/latency span lacks patter.call_id or patter.side",
        "bad-routing-tag": "a routing tag is empty, not a string, or an unknown side",
        "call-id-mismatch": "call-id keys of a span disagree with each other or with its call",
        "missing-metric": "a call where a metric must fire carries it on no span",
        # The [timing] rules (timing.py).
        **TIMING_CODES,
        "span-name": "a span's name is not the one its profile's naming rule builds",
    }
)

# -- the contract, as read from TOML ---------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SpanSpec:
    """A documented span: when it fires, how many per call, which attributes it carries."""

    name: str
    fires: str = ""
    min: int = 0
    max: int | None = None
    attributes: tuple[AttributeSpec, ...] = ()


@dataclass(frozen=True, slots=True)
class RoutingSpec:
    """The routing tags every cost/latency span carries, and what makes a span one."""

    call_id_key: str
    side_key: str
    sides: tuple[str, ...]
    prefixes: tuple[str, ...]
    fires: str = ""


@dataclass(frozen=True, slots=True)
class MetricSpec:
    """A cost or latency attribute: type, unit, how aggregators combine it, companions.

    ``name`` is the key without its routing prefix (``stt_seconds``). ``aggregate`` is
    ``"sum"`` (costs) or ``"distribution"`` (latencies). ``companions`` must be present
    whenever the metric is. A call holding a span named in ``required_in_calls_with``
    must carry the metric on at least one span.
    """

    key: str
    name: str
    type: str
    unit: str
    aggregate: str
    fires: str = ""
    nonnegative: bool = True
    companions: tuple[AttributeSpec, ...] = ()
    required_in_calls_with: tuple[str, ...] = ()

    @property
    def spec(self) -> AttributeSpec:
        """The metric as an attribute spec, for type and value checks."""
        return AttributeSpec(
            self.key, self.type, required=False, nonnegative=self.nonnegative, unit=self.unit
        )


@dataclass(frozen=True, slots=True)
class ProfileSpec:
    """The optional ``[profile]`` table: how a framework's traces are read (``docs/profiles.md``).

    ``call_id_keys`` replace the default call-id keys for grouping; ``call_id_on`` is
    ``"every-span"`` (the contract's ``call_id_key`` is required on each documented span)
    or ``"listed-spans"`` (only where a span lists it: the others inherit it from their
    ancestors); ``call_id_fallback = "trace"`` makes each trace without any call id one
    call. ``content_keys`` are globs of keys holding raw conversation content,
    ``ignore_keys`` globs of keys the check leaves alone. With ``match_spans_by`` spans
    are checked under the value of that attribute (spans without it are not checked),
    and ``span_names`` maps such a value to the rule its real name follows
    (``"{gen_ai.operation.name} {gen_ai.request.model}"``). ``proposed`` lists the spans
    and keys of the source that are still proposals.
    """

    framework: str | None = None
    distribution: str | None = None
    revision: str | None = None
    call_id_keys: tuple[str, ...] = ()
    call_id_on: str = "every-span"
    call_id_fallback: str = "none"
    content_keys: tuple[str, ...] = ()
    ignore_keys: tuple[str, ...] = ()
    match_spans_by: str | None = None
    span_names: Mapping[str, str] = field(default_factory=dict)
    proposed: tuple[str, ...] = ()


@dataclass(frozen=True)
class Contract:
    """A tracing contract.

    Build one with :func:`load_contract` or :func:`contract_from_mapping` (which validate
    it); :func:`default_contract` is Patter's documented one.
    """

    name: str
    version: str
    source: str
    origin: str
    namespaces: tuple[str, ...] = ()
    root: str | None = None
    call_id_key: str | None = None
    spans: Mapping[str, SpanSpec] = field(default_factory=dict)
    legacy_spans: Mapping[str, str] = field(default_factory=dict)
    routing: RoutingSpec | None = None
    metrics: Mapping[str, MetricSpec] = field(default_factory=dict)
    #: The ``[timing]`` rules and budgets; ``None`` when the contract has no such table.
    timing: TimingSpec | None = None
    #: The profile's grouping and naming rules; ``None`` for plain contracts.
    profile: ProfileSpec | None = None
    key_specs: Mapping[str, AttributeSpec] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Every documented key with its type, wherever it is declared: the first
        # declaration wins (the loader rejects conflicting ones).
        specs: dict[str, AttributeSpec] = {}
        if self.call_id_key:
            specs[self.call_id_key] = AttributeSpec(self.call_id_key, "str")
        for span in self.spans.values():
            for attr in span.attributes:
                specs.setdefault(attr.key, attr)
        if self.routing is not None:
            specs.setdefault(
                self.routing.call_id_key, AttributeSpec(self.routing.call_id_key, "str")
            )
            specs.setdefault(
                self.routing.side_key,
                AttributeSpec(self.routing.side_key, "str", values=self.routing.sides),
            )
        for metric in self.metrics.values():
            specs.setdefault(metric.key, metric.spec)
            for companion in metric.companions:
                specs.setdefault(companion.key, companion)
        optional = {k: _optional(v) for k, v in specs.items()}
        object.__setattr__(self, "key_specs", MappingProxyType(optional))

    @property
    def title(self) -> str:
        """``"<name> tracing contract v<version>"``."""
        return f"{self.name} tracing contract v{self.version}"

    def owns_span(self, name: str) -> bool:
        """True for span names under the contract's namespaces (all, without any)."""
        return not self.namespaces or name.startswith(self.namespaces)

    def owns_key(self, key: str) -> bool:
        """True for attribute keys under the contract's namespaces (all, without any).

        Keys matching the profile's ``ignore_keys`` globs are never the contract's.
        """
        if self.profile is not None and self.profile.ignore_keys:
            from fnmatch import fnmatchcase

            if any(fnmatchcase(key, g) for g in self.profile.ignore_keys):
                return False
        return not self.namespaces or key.startswith(self.namespaces)

    def is_metric_key(self, key: str) -> bool:
        """True for cost/latency keys: documented metrics and keys under their prefixes."""
        if key in self.metrics:
            return True
        return self.routing is not None and key.startswith(self.routing.prefixes)

    @property
    def near_miss_namespaces(self) -> tuple[str, ...]:
        """Prefixes dropped when comparing keys for near-miss spellings."""
        return self.namespaces or DEFAULT_NAMESPACES


def _optional(spec: AttributeSpec) -> AttributeSpec:
    return AttributeSpec(
        spec.key,
        spec.type,
        required=False,
        values=spec.values,
        nonnegative=spec.nonnegative,
        unit=spec.unit,
        description=spec.description,
    )


#: What the check functions accept as a contract: a :class:`Contract`, a path to a TOML
#: contract, or ``None`` for Patter's documented one.
ContractLike: TypeAlias = "Contract | str | os.PathLike[str] | None"


class ContractError(ValueError):
    """A contract file that cannot be used, with every problem and where it is."""

    def __init__(self, origin: str, problems: Sequence[tuple[str, str]]) -> None:
        self.origin = origin
        self.problems = tuple(problems)
        lines = [
            f"{origin}: {path}: {problem}" if path else f"{origin}: {problem}"
            for path, problem in self.problems
        ]
        if len(lines) == 1:
            text = lines[0]
        else:
            text = f"{origin}: {len(lines)} problems in the contract\n" + "\n".join(
                "  " + line for line in lines
            )
        super().__init__(text)


# -- loading and validation ------------------------------------------------------------------

_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_ATTRIBUTE_FIELDS = ("type", "required", "nonnegative", "values", "unit", "description")


def _render_path(path: Sequence[str]) -> str:
    return ".".join(p if _BARE_KEY.fullmatch(p) else json.dumps(p) for p in path)


def _toml_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    names = {str: "string", float: "float", list: "array", dict: "table"}
    return names.get(type(value), type(value).__name__)


def _shown(value: object) -> str:
    try:
        text = json.dumps(value)
    except TypeError:
        text = str(value)
    return text if len(text) <= 60 else text[:57] + "..."


class _Reader:
    """Walks the parsed TOML, collecting every schema problem with its key path."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.problems: list[tuple[str, str]] = []
        self.declared: dict[str, tuple[str, str]] = {}

    def error(self, path: Sequence[str], problem: str) -> None:
        self.problems.append((_render_path(path), problem))

    def table(
        self,
        value: object,
        path: Sequence[str],
        *,
        allowed: Sequence[str] | None = None,
        required: Sequence[str] = (),
    ) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            self.error(path, f"expected a table, got {_shown(value)} ({_toml_type(value)})")
            return {}
        if allowed is not None:
            for key in value:
                if key not in allowed:
                    self.error(
                        (*path, key), f"unknown key; expected one of {', '.join(sorted(allowed))}"
                    )
        for key in required:
            if key not in value:
                self.error((*path, key), "required key missing")
        return value

    def string(self, table: Mapping[str, Any], key: str, path: Sequence[str]) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not value:
            self.error((*path, key), f"expected a non-empty string, got {_shown(value)}")
            return None
        return value

    def boolean(
        self, table: Mapping[str, Any], key: str, path: Sequence[str], default: bool
    ) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            self.error((*path, key), f"expected true or false, got {_shown(value)}")
            return default
        return value

    def count(self, table: Mapping[str, Any], key: str, path: Sequence[str]) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self.error((*path, key), f"expected a whole number >= 0, got {_shown(value)}")
            return None
        return value

    def strings(
        self, table: Mapping[str, Any], key: str, path: Sequence[str]
    ) -> tuple[str, ...] | None:
        value = table.get(key)
        if value is None:
            return None
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            self.error((*path, key), f"expected an array of non-empty strings, got {_shown(value)}")
            return None
        return tuple(value)

    def choice(
        self, table: Mapping[str, Any], key: str, path: Sequence[str], choices: Sequence[str]
    ) -> str | None:
        value = table.get(key)
        if value is None:
            return None
        if value not in choices:
            self.error((*path, key), f"expected one of {','.join(choices)}, got {_shown(value)}")
            return None
        return str(value)

    def declare(self, key: str, type_: str | None, path: Sequence[str]) -> None:
        """Remember a key's type; a second declaration with another type is a problem."""
        if type_ is None:
            return
        where = _render_path(path)
        first = self.declared.setdefault(key, (type_, where))
        if first[0] != type_:
            self.error((*path, "type"), f"{type_} conflicts with {first[0]} declared at {first[1]}")

    def attribute(self, key: str, value: object, path: Sequence[str]) -> AttributeSpec:
        table = self.table(value, path, allowed=_ATTRIBUTE_FIELDS, required=("type",))
        type_ = self.choice(table, "type", path, TYPE_NAMES)
        self.declare(key, type_, path)
        return AttributeSpec(
            key,
            type_,
            required=self.boolean(table, "required", path, True),
            values=self.strings(table, "values", path) or (),
            nonnegative=self.boolean(table, "nonnegative", path, False),
            unit=self.string(table, "unit", path),
            description=self.string(table, "description", path),
        )

    def attributes(self, value: object, path: Sequence[str]) -> tuple[AttributeSpec, ...]:
        table = self.table(value, path)
        return tuple(self.attribute(k, v, (*path, k)) for k, v in table.items())


def contract_from_mapping(data: Mapping[str, Any], *, origin: str = "<contract>") -> Contract:
    """Validate parsed contract data (the TOML schema as a dict) into a :class:`Contract`.

    Raises:
        ContractError: listing every problem as ``origin: key.path: problem``.

    """
    r = _Reader(origin)
    top = r.table(
        data,
        (),
        allowed=("contract", "spans", "legacy_spans", "routing", "metrics", "timing", "profile"),
        required=("contract", "spans"),
    )
    head_path = ("contract",)
    head = r.table(
        top.get("contract", {}),
        head_path,
        allowed=("name", "version", "source", "namespaces", "root", "call_id_key"),
        required=("name", "version", "source"),
    )
    namespaces = r.strings(head, "namespaces", head_path) or ()
    root = r.string(head, "root", head_path)
    call_id_key = r.string(head, "call_id_key", head_path)
    if call_id_key:
        r.declare(call_id_key, "str", (*head_path, "call_id_key"))

    path: tuple[str, ...]
    spans: dict[str, SpanSpec] = {}
    for name, raw in r.table(top.get("spans", {}), ("spans",)).items():
        path = ("spans", name)
        table = r.table(raw, path, allowed=("fires", "min", "max", "attributes"))
        low = r.count(table, "min", path)
        high = r.count(table, "max", path)
        if name == root:
            if (low not in (None, 1)) or (high not in (None, 1)):
                r.error(path, "the root span is exactly one per call: min and max must be 1")
            low, high = 1, 1
        if low is not None and high is not None and high < low:
            r.error((*path, "max"), f"max {high} is below min {low}")
        spans[name] = SpanSpec(
            name,
            fires=r.string(table, "fires", path) or "",
            min=low or 0,
            max=high,
            attributes=r.attributes(table.get("attributes", {}), (*path, "attributes")),
        )
    if root is not None and root not in spans:
        r.error((*head_path, "root"), f"{_shown(root)} is not a span of this contract")

    legacy: dict[str, str] = {}
    for old, new in r.table(top.get("legacy_spans", {}), ("legacy_spans",)).items():
        path = ("legacy_spans", old)
        if not isinstance(new, str) or new not in spans:
            r.error(path, f"{_shown(new)} is not a span of this contract")
        elif old in spans:
            r.error(path, "a documented span cannot also be a legacy name")
        else:
            legacy[old] = new

    routing: RoutingSpec | None = None
    if "routing" in top:
        path = ("routing",)
        table = r.table(
            top["routing"],
            path,
            allowed=("fires", "call_id_key", "side_key", "sides", "prefixes"),
            required=("call_id_key", "side_key", "sides", "prefixes"),
        )
        id_key = r.string(table, "call_id_key", path)
        side_key = r.string(table, "side_key", path)
        sides = r.strings(table, "sides", path)
        prefixes = r.strings(table, "prefixes", path)
        for key, values in (("sides", sides), ("prefixes", prefixes)):
            if values == ():
                r.error((*path, key), "expected at least one value")
        if id_key and side_key and sides and prefixes:
            r.declare(id_key, "str", (*path, "call_id_key"))
            r.declare(side_key, "str", (*path, "side_key"))
            routing = RoutingSpec(
                id_key, side_key, sides, prefixes, r.string(table, "fires", path) or ""
            )

    metrics: dict[str, MetricSpec] = {}
    raw_metrics = r.table(top.get("metrics", {}), ("metrics",))
    if raw_metrics and "routing" not in top:
        r.error(("metrics",), "metrics need a [routing] table (routing tags and prefixes)")
    for key, raw in raw_metrics.items():
        path = ("metrics", key)
        table = r.table(
            raw,
            path,
            allowed=(
                "type",
                "unit",
                "aggregate",
                "fires",
                "nonnegative",
                "with",
                "required_in_calls_with",
            ),
            required=("type", "unit", "aggregate"),
        )
        type_ = r.choice(table, "type", path, ("int", "float"))
        r.declare(key, type_, path)
        aggregate = r.choice(table, "aggregate", path, ("sum", "distribution"))
        unit = r.string(table, "unit", path)
        needs = r.strings(table, "required_in_calls_with", path) or ()
        for span_name in needs:
            if span_name not in spans:
                r.error(
                    (*path, "required_in_calls_with"),
                    f"{_shown(span_name)} is not a span of this contract",
                )
        prefix = ""
        if routing is not None:
            prefix = next((p for p in routing.prefixes if key.startswith(p)), "")
            if not prefix:
                r.error(path, f"a metric key must start with one of {', '.join(routing.prefixes)}")
        if type_ and aggregate and unit:
            metrics[key] = MetricSpec(
                key,
                key[len(prefix) :],
                type_,
                unit,
                aggregate,
                fires=r.string(table, "fires", path) or "",
                nonnegative=r.boolean(table, "nonnegative", path, True),
                companions=r.attributes(table.get("with", {}), (*path, "with")),
                required_in_calls_with=needs,
            )

    timing = _timing(r, top["timing"], spans) if "timing" in top else None

    profile = _read_profile(r, top["profile"], spans) if "profile" in top else None
    if r.problems:
        raise ContractError(origin, r.problems)
    return Contract(
        name=str(head["name"]),
        version=str(head["version"]),
        source=str(head["source"]),
        origin=origin,
        namespaces=namespaces,
        root=root,
        call_id_key=call_id_key,
        spans=MappingProxyType(spans),
        legacy_spans=MappingProxyType(legacy),
        routing=routing,
        metrics=MappingProxyType(metrics),
        timing=timing,
        profile=profile,
    )


def _timing(r: _Reader, raw: object, spans: Mapping[str, SpanSpec]) -> TimingSpec:
    path: tuple[str, ...] = ("timing",)
    table = r.table(raw, path, allowed=("work_spans", "ordering", "exception_events", "budgets"))
    work = r.strings(table, "work_spans", path) or ()
    for name in work:
        if name not in spans:
            r.error((*path, "work_spans"), f"{_shown(name)} is not a span of this contract")
    exception_events = r.count(table, "exception_events", path)
    budgets: dict[str, float] = {}
    budget_path = (*path, "budgets")
    for name, value in r.table(
        table.get("budgets", {}), budget_path, allowed=tuple(BUDGETS)
    ).items():
        if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
            r.error((*budget_path, name), f"expected a number of ms >= 0, got {_shown(value)}")
        elif name in BUDGETS:
            budgets[name] = float(value)
    return TimingSpec(
        work_spans=work,
        ordering=r.boolean(table, "ordering", path, True),
        exception_events=exception_events if "exception_events" in table else 1,
        budgets=MappingProxyType(budgets),
    )


_PROFILE_KEYS = (
    "framework",
    "distribution",
    "revision",
    "call_id_keys",
    "call_id_on",
    "call_id_fallback",
    "content_keys",
    "ignore_keys",
    "match_spans_by",
    "span_names",
    "proposed",
)


def _read_profile(r: _Reader, raw: object, spans: Mapping[str, SpanSpec]) -> ProfileSpec:
    """The ``[profile]`` table (framework profiles); every problem with its key path."""
    path = ("profile",)
    table = r.table(raw, path, allowed=_PROFILE_KEYS)
    names: dict[str, str] = {}
    for op, rule in r.table(table.get("span_names", {}), (*path, "span_names")).items():
        if not isinstance(rule, str) or not rule:
            r.error((*path, "span_names", op), f"expected a non-empty string, got {_shown(rule)}")
        elif op not in spans:
            r.error((*path, "span_names", op), f"{_shown(op)} is not a span of this contract")
        else:
            names[op] = rule
    if names and "match_spans_by" not in table:
        r.error((*path, "span_names"), "span_names needs match_spans_by")
    return ProfileSpec(
        framework=r.string(table, "framework", path),
        distribution=r.string(table, "distribution", path),
        revision=r.string(table, "revision", path),
        call_id_keys=r.strings(table, "call_id_keys", path) or (),
        call_id_on=r.choice(table, "call_id_on", path, ("every-span", "listed-spans"))
        or "every-span",
        call_id_fallback=r.choice(table, "call_id_fallback", path, ("none", "trace")) or "none",
        content_keys=r.strings(table, "content_keys", path) or (),
        ignore_keys=r.strings(table, "ignore_keys", path) or (),
        match_spans_by=r.string(table, "match_spans_by", path),
        span_names=MappingProxyType(names),
        proposed=r.strings(table, "proposed", path) or (),
    )


def call_grouping(
    contract: ContractLike, call_id_keys: Sequence[str] | None = None
) -> tuple[tuple[str, ...], bool]:
    """The call-id keys and whether traces without an id are calls, for ``contract``.

    Explicit ``call_id_keys`` win; else the profile's; else the default keys.
    """
    c = resolve_contract(contract)
    profile = c.profile
    if call_id_keys is None or tuple(call_id_keys) == DEFAULT_CALL_ID_KEYS:
        keys = tuple(profile.call_id_keys) if profile and profile.call_id_keys else None
        call_id_keys = keys or tuple(call_id_keys or DEFAULT_CALL_ID_KEYS)
    by_trace = profile is not None and profile.call_id_fallback == "trace"
    return tuple(call_id_keys), by_trace


def _parse(data: bytes, origin: str) -> Contract:
    try:
        parsed = tomllib.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ContractError(origin, [("", f"not UTF-8 text: {exc.reason}")]) from None
    except tomllib.TOMLDecodeError as exc:
        raise ContractError(origin, [("", f"invalid TOML: {exc}")]) from None
    return contract_from_mapping(parsed, origin=origin)


def load_contract(path: str | os.PathLike[str]) -> Contract:
    """Read and validate a TOML contract file (schema: ``docs/contract.md``).

    Raises:
        ContractError: naming the file and the key path of every problem, e.g.
            ``contract.toml: spans."getpatter.tool".attributes."x".type: expected one of
            str,int,float,bool, got "integer"``; also for unreadable files and TOML syntax
            errors (with line and column).

    """
    origin = os.fspath(path)
    try:
        with open(origin, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        raise ContractError(
            origin, [("", f"cannot read the contract: {exc.strerror or exc}")]
        ) from None
    return _parse(data, origin)


@functools.lru_cache(maxsize=1)
def default_contract() -> Contract:
    """Patter's tracing contract as documented in v0.6.1 (``patter_contract.toml``)."""
    data = resources.files(__package__).joinpath("patter_contract.toml").read_bytes()
    return _parse(data, f"{__package__}/patter_contract.toml")


def resolve_contract(contract: ContractLike) -> Contract:
    """The :class:`Contract` for what a check function was given."""
    if contract is None:
        return default_contract()
    if isinstance(contract, Contract):
        return contract
    if isinstance(contract, str | os.PathLike):
        return load_contract(contract)
    raise TypeError(
        f"contract must be a Contract, a path to a TOML contract or None, "
        f"got {type(contract).__name__}"
    )


# -- checking a trace --------------------------------------------------------------------------


@dataclass(frozen=True)
class ContractReport:
    """The outcome of :func:`check_contract`: every violation, grouped by call."""

    contract: Contract
    violations: tuple[Violation, ...]
    calls: tuple[str, ...] = ()
    spans_checked: int = 0

    @property
    def ok(self) -> bool:
        """True when the trace conforms."""
        return not self.violations

    def by_call(self) -> dict[str | None, tuple[Violation, ...]]:
        """Violations per call id (``None``: spans that belong to no call)."""
        out: dict[str | None, list[Violation]] = {}
        for v in self.violations:
            out.setdefault(v.call_id, []).append(v)
        return {k: tuple(v) for k, v in out.items()}

    def counts(self) -> dict[str, int]:
        """How many violations of each code."""
        return dict(Counter(v.code for v in self.violations))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict: contract identity, counts, and violations per call."""
        return {
            "contract": {
                "name": self.contract.name,
                "version": self.contract.version,
                "source": self.contract.source,
                "origin": self.contract.origin,
            },
            "ok": self.ok,
            "spans_checked": self.spans_checked,
            "calls": list(self.calls),
            "counts": dict(sorted(self.counts().items())),
            "violations_by_call": [
                {"call_id": call_id, "violations": [v.to_dict() for v in found]}
                for call_id, found in self.by_call().items()
            ],
        }

    def format(self) -> str:
        """The report as text for a failure message: counts first, then per call."""
        c = self.contract
        checked = f"{_count(self.spans_checked, 'span')}, {_count(len(self.calls), 'call')} checked"
        footer = f"\ncontract: {c.source} ({c.origin})"
        if self.ok:
            return f"{c.title}: no violations ({checked})" + footer
        return format_violations(self.violations, title=c.title, detail=checked) + "\n" + footer

    def __str__(self) -> str:
        return self.format()


def check_contract(
    spans: SpansLike,
    contract: ContractLike = None,
    *,
    call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
) -> ContractReport:
    """Check spans against a contract (default: Patter's documented one).

    Spans are grouped per call with ``call_id_keys`` (which include the keys real
    getpatter emits, so a call is found even when its call-id key is the wrong one);
    then per call: required spans and the root's placement, required and typed
    attributes on documented spans (with probable misspellings), spans and keys outside
    the documented set, legacy span names, cost/latency attributes and their routing
    tags, and call-id agreement. See :data:`VIOLATION_CODES`.
    """
    c = resolve_contract(contract)
    records = as_records(spans)
    renamed: list[Violation] = []
    if c.profile is not None and c.profile.match_spans_by:
        from .profiles import as_operations

        records, renamed = as_operations(records, c)
    call_id_keys, by_trace = call_grouping(c, call_id_keys)
    grouping = group_calls(records, call_id_keys, by_trace=by_trace)
    id_keys = tuple(
        dict.fromkeys(
            [
                *([c.call_id_key] if c.call_id_key else []),
                *([c.routing.call_id_key] if c.routing else []),
                *call_id_keys,
            ]
        )
    )
    call_of = {s.key: cid for cid, call in grouping.calls.items() for s in call.spans}
    out: list[Violation] = list(renamed)
    if not records:
        out.append(
            Violation(
                "no-spans",
                "no spans were captured: is tracing enabled (PATTER_OTEL_ENABLED) and did "
                "the code under test run?",
            )
        )
    for call_id, call in grouping.calls.items():
        out.extend(_check_structure(call, c))
        out.extend(cost.required_metric_violations(call, contract=c))
        out.extend(timing_violations(call, c))
        for span in call.spans:
            out.extend(_check_span(span, call_id, c, id_keys, call_of))
    for span in grouping.unattributed:
        out.extend(_check_span(span, None, c, id_keys, call_of))
    checked = len(call_of) + len(grouping.unattributed)
    return ContractReport(c, tuple(out), tuple(grouping.calls), checked)


def assert_contract(
    spans: SpansLike,
    contract: ContractLike = None,
    *,
    call_id_keys: Sequence[str] = DEFAULT_CALL_ID_KEYS,
) -> ContractReport:
    """Fail listing every contract violation, grouped by call; return the report if none.

    Same arguments as :func:`check_contract`.

    Raises:
        AssertionError: with the text of :meth:`ContractReport.format`.

    """
    __tracebackhide__ = True
    report = check_contract(spans, contract, call_id_keys=call_id_keys)
    if not report.ok:
        raise AssertionError(report.format())
    return report


def _ancestors(call: CallTrace, span: SpanRecord) -> list[SpanRecord]:
    out: list[SpanRecord] = []
    seen = {span.key}
    parent = call.parent(span)
    while parent is not None and parent.key not in seen:
        out.append(parent)
        seen.add(parent.key)
        parent = call.parent(parent)
    return out


def _check_structure(call: CallTrace, c: Contract) -> list[Violation]:
    out: list[Violation] = []
    owned = [s for s in call.spans if c.owns_span(s.name)]
    counts = Counter(s.name for s in owned)
    for name, spec in c.spans.items():
        n = counts.get(name, 0)
        if n < spec.min:
            if name == c.root:
                message = _missing_root_message(call, spec)
            elif n == 0:
                message = f"{name} absent ({spec.fires or f'at least {spec.min} per call'})"
            else:
                message = f"{n} {name} spans, expected at least {spec.min}"
            out.append(
                Violation(
                    "missing-span",
                    message,
                    call_id=call.call_id,
                    span_name=name,
                    expected=f">= {spec.min}",
                    found=str(n),
                )
            )
        if spec.max is not None and n > spec.max:
            ids = ", ".join(s.span_id for s in owned if s.name == name)
            out.append(
                Violation(
                    "too-many-spans",
                    f"{n} {name} spans, expected at most {spec.max} per call ({ids})",
                    call_id=call.call_id,
                    span_name=name,
                    expected=f"<= {spec.max}",
                    found=str(n),
                )
            )
    if c.root is None:
        return out
    roots = [s for s in owned if s.name == c.root]
    for root in roots:
        above = [a for a in _ancestors(call, root) if c.owns_span(a.name)]
        if above:
            out.append(
                Violation.on(
                    root,
                    "misplaced-span",
                    f"{c.root} is under {above[0].name} {above[0].span_id}; "
                    "it must be the call's root",
                    call_id=call.call_id,
                )
            )
    if len(roots) == 1:
        root = roots[0]
        for span in owned:
            if span is root or span.name not in c.spans:
                continue
            if all(a.key != root.key for a in _ancestors(call, span)):
                out.append(
                    Violation.on(
                        span,
                        "misplaced-span",
                        f"not under the call's {c.root} span {root.span_id} "
                        f"(it is in trace {span.trace_id})",
                        call_id=call.call_id,
                    )
                )
    return out


def _missing_root_message(call: CallTrace, spec: SpanSpec) -> str:
    roots = Counter(r.name for r in call.roots)
    shown = ", ".join(name if n == 1 else f"{name} x{n}" for name, n in roots.items())
    traces = len({s.trace_id for s in call.spans})
    attrs = ", ".join(a.key for a in spec.attributes)
    text = f"{spec.name} absent"
    if attrs:
        text += f", so its attributes are absent too ({attrs})"
    return (
        f"{text}; the call's {len(call.spans)} spans hang from {len(call.roots)} roots in "
        f"{traces} traces ({shown}) instead of one {spec.name} tree"
    )


def _check_span(
    span: SpanRecord,
    call_id: str | None,
    c: Contract,
    id_keys: Sequence[str],
    call_of: Mapping[tuple[str, str], str],
) -> list[Violation]:
    out: list[Violation] = []
    spec = c.spans.get(span.name)
    owned = c.owns_span(span.name)
    namespaces = c.near_miss_namespaces
    checked: set[str] = set()
    if spec is None and owned:
        if span.name in c.legacy_spans:
            new = c.legacy_spans[span.name]
            out.append(_legacy(span, call_id, new))
        else:
            out.append(_unknown(span, call_id, c))
    if spec is not None:
        specs = list(spec.attributes)
        everywhere = c.profile is None or c.profile.call_id_on == "every-span"
        if c.call_id_key and everywhere and all(s.key != c.call_id_key for s in specs):
            specs.append(AttributeSpec(c.call_id_key, "str"))
        candidates = [
            k
            for k in span.attributes
            if c.owns_key(k) and k not in c.key_specs and not c.is_metric_key(k)
        ]
        found, used = check_presence(
            span, specs, call_id=call_id, candidates=candidates, namespaces=namespaces
        )
        out.extend(found)
        checked |= {s.key for s in specs} | used
    metric_found, metric_keys = cost.metric_violations(span, call_id=call_id, contract=c)
    out.extend(metric_found)
    checked |= metric_keys
    for key, value in span.attributes.items():
        if key in checked:
            continue
        known = c.key_specs.get(key)
        if known is not None:
            out.extend(check_value(known, value, span=span, call_id=call_id))
        elif (spec is not None or not owned) and c.owns_key(key):
            out.append(
                undocumented_key(
                    span,
                    call_id=call_id,
                    key=key,
                    known=c.key_specs,
                    namespaces=c.near_miss_namespaces,
                )
            )
    out.extend(call_id_violations(span, call_id=call_id, keys=id_keys))
    if span.parent_span_id is not None:
        parent_call = call_of.get((span.trace_id, span.parent_span_id))
        if parent_call is not None and call_id is not None and parent_call != call_id:
            out.append(
                Violation.on(
                    span,
                    "call-id-mismatch",
                    f"its parent span {span.parent_span_id} belongs to another call "
                    f"({parent_call})",
                    call_id=call_id,
                    expected=call_id,
                    found=parent_call,
                )
            )
    return out


def _legacy(span: SpanRecord, call_id: str | None, new: str) -> Violation:
    return Violation.on(
        span,
        "legacy-span",
        f"legacy span name {span.name}: renamed {new}",
        call_id=call_id,
        expected=new,
        found=span.name,
    )


def _unknown(span: SpanRecord, call_id: str | None, c: Contract) -> Violation:
    guess = closest_key(span.name, c.spans, namespaces=c.near_miss_namespaces)
    hint = f"; did you mean {guess[0]}? ({guess[1]})" if guess else ""
    return Violation.on(
        span,
        "unknown-span",
        f"span name {display_name(span.name)} is not in the contract{hint}",
        call_id=call_id,
        expected=guess[0] if guess else None,
        found=display_name(span.name),
    )


# -- a trace exactly as documented ---------------------------------------------------------


def documented_example_trace(
    *, call_id: str = "call-0001", side: str = "uut"
) -> tuple[SpanRecord, ...]:
    """One pipeline-mode call traced exactly as Patter's documentation describes it.

    Built by hand from the documentation, independently of ``patter_contract.toml``, so
    it checks the contract data as much as the contract checks it. Two turns under one
    ``getpatter.call`` root: a tool round (stt, endpoint, llm, tool, llm, tts, then the
    turn's latency), and a reply cut short by a barge-in. Costs sit on the hot path
    spans with the routing tags ``patter.call_id`` and ``patter.side`` (``side``);
    telephony minutes sit on the root (on call end). Ids and times are deterministic.
    """
    # Ids derive from call id and side: two sides of one call never collide.
    trace_id = hashlib.sha256(f"trace/{call_id}/{side}".encode()).hexdigest()[:32]
    base = 1_700_000_000_000_000_000
    routing = {"patter.call_id": call_id, "patter.side": side}
    records: list[SpanRecord] = []

    def add(
        name: str,
        start_ms: int,
        end_ms: int,
        parent: SpanRecord | None,
        attrs: Mapping[str, object],
        *,
        routed: bool = False,
    ) -> SpanRecord:
        index = len(records)
        record = SpanRecord(
            name=name,
            trace_id=trace_id,
            span_id=hashlib.sha256(f"span/{call_id}/{side}/{index}".encode()).hexdigest()[:16],
            parent_span_id=None if parent is None else parent.span_id,
            start_ns=base + start_ms * 1_000_000,
            end_ns=base + end_ms * 1_000_000,
            attributes=freeze_attributes(
                {"getpatter.call.id": call_id, **attrs, **(routing if routed else {})}
            ),
        )
        records.append(record)
        return record

    call = add(
        "getpatter.call",
        0,
        9_000,
        None,
        {
            "getpatter.call.direction": "inbound",
            "getpatter.call.provider_mode": "pipeline",
            "patter.cost.telephony_minutes": 0.15,
            "patter.telephony": "twilio",
            "patter.direction": "inbound",
        },
        routed=True,
    )
    # Turn 1: the caller asks, the LLM calls a tool, then answers.
    stt = {"patter.stt.provider": "deepgram"}
    llm = {"patter.llm.provider": "openai"}
    tts = {"patter.tts.provider": "elevenlabs"}
    add(
        "getpatter.stt",
        100,
        1_300,
        call,
        {
            "getpatter.stt.text_len": 18,
            "getpatter.stt.confidence": 0.94,
            "patter.cost.stt_seconds": 1.2,
            **stt,
        },
        routed=True,
    )
    add("getpatter.endpoint", 1_300, 1_600, call, {"getpatter.endpoint.silence_ms": 300.0})
    add(
        "getpatter.llm",
        1_600,
        2_100,
        call,
        {
            "getpatter.llm.iteration": 0,
            "getpatter.llm.history_size": 2,
            "getpatter.llm.ttft_ms": 180.5,
            "patter.cost.llm_input_tokens": 412,
            "patter.cost.llm_output_tokens": 21,
            **llm,
        },
        routed=True,
    )
    add(
        "getpatter.tool",
        2_100,
        2_300,
        call,
        {"getpatter.tool.name": "lookup_order", "getpatter.tool.transport": "handler"},
    )
    add(
        "getpatter.llm",
        2_300,
        2_900,
        call,
        {
            "getpatter.llm.iteration": 1,
            "getpatter.llm.history_size": 4,
            "getpatter.llm.ttft_ms": 150.0,
            "patter.cost.llm_input_tokens": 455,
            "patter.cost.llm_output_tokens": 9,
            **llm,
            "patter.latency.ttfb_ms": 1_450.0,
            "patter.latency.turn_ms": 2_300.0,
        },
        routed=True,
    )
    add(
        "getpatter.tts",
        2_900,
        3_400,
        call,
        {"getpatter.tts.text_len": 26, "patter.cost.tts_chars": 26, **tts},
        routed=True,
    )
    # Turn 2: an answer the caller interrupts.
    add(
        "getpatter.stt",
        4_000,
        4_900,
        call,
        {
            "getpatter.stt.text_len": 11,
            "getpatter.stt.confidence": 0.88,
            "patter.cost.stt_seconds": 0.9,
            **stt,
        },
        routed=True,
    )
    add("getpatter.endpoint", 4_900, 5_200, call, {"getpatter.endpoint.silence_ms": 280})
    add(
        "getpatter.llm",
        5_200,
        5_700,
        call,
        {
            "getpatter.llm.iteration": 0,
            "getpatter.llm.history_size": 6,
            "getpatter.llm.ttft_ms": 170.0,
            "patter.cost.llm_input_tokens": 480,
            "patter.cost.llm_output_tokens": 30,
            **llm,
        },
        routed=True,
    )
    add(
        "getpatter.tts",
        5_700,
        6_100,
        call,
        {"getpatter.tts.text_len": 64, "patter.cost.tts_chars": 64, **tts},
        routed=True,
    )
    add("getpatter.bargein", 6_000, 6_010, call, {"getpatter.bargein.cancelled_text_len": 40})
    return tuple(records)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")
