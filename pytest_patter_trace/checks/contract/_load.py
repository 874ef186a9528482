"""Reading a contract from TOML, every problem named with its key path."""

from __future__ import annotations

import functools
import json
import os
import re
import sys
from collections.abc import Mapping, Sequence
from importlib import resources
from types import MappingProxyType
from typing import Any

from ...core._defaults import merge_keys
from ...core._render import shorten
from ...core.errors import ContractError
from ..attributes import (
    TYPE_NAMES,
    AttributeSpec,
)
from ._schema import (
    BUDGETS,
    Contract,
    ContractLike,
    MetricSpec,
    ProfileSpec,
    RoutingSpec,
    SpanSpec,
    TimingSpec,
)

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib


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
    return shorten(text, 60)


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
        allowed=(
            "contract",
            "spans",
            "legacy_spans",
            "routing",
            "metrics",
            "timing",
            "profile",
            "pii",
        ),
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
    pii = r.table(top.get("pii", {}), ("pii",), allowed=("content",))
    # Conversation content: Patter promises none leaves the process, so "forbid" unless
    # the contract says its traces carry content by design.
    pii_content = r.choice(pii, "content", ("pii",), ("forbid", "allow")) or "forbid"
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
        pii_content=pii_content,
    )


def _timing(r: _Reader, raw: object, spans: Mapping[str, SpanSpec]) -> TimingSpec:
    path: tuple[str, ...] = ("timing",)
    table = r.table(
        raw, path, allowed=("work_spans", "ordering", "exception_events", "budgets", "max_span_ms")
    )
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
    # Span name -> longest allowed duration; any name (a profile's spans too).
    max_span: dict[str, float] = {}
    max_path = (*path, "max_span_ms")
    for name, value in r.table(table.get("max_span_ms", {}), max_path).items():
        if isinstance(value, dict):
            # TOML reads a bare dotted key (getpatter.tts = 2000) as nested tables.
            r.error((*max_path, name), 'quote a dotted span name: "getpatter.tts" = 2000')
        elif isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
            r.error((*max_path, name), f"expected a number of ms >= 0, got {_shown(value)}")
        else:
            max_span[name] = float(value)
    return TimingSpec(
        work_spans=work,
        ordering=r.boolean(table, "ordering", path, True),
        exception_events=exception_events if "exception_events" in table else 1,
        budgets=MappingProxyType(budgets),
        max_span_ms=MappingProxyType(max_span),
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


def parse_contract(data: bytes, origin: str) -> Contract:
    """A contract from TOML bytes; ``origin`` names the source in error messages."""
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
    return parse_contract(data, origin)


@functools.lru_cache(maxsize=1)
def default_contract() -> Contract:
    """Patter's tracing contract as documented in v0.6.1 (``patter_contract.toml``)."""
    # The data file sits in the top-level package, beside the profiles.
    data = resources.files("pytest_patter_trace").joinpath("patter_contract.toml").read_bytes()
    return parse_contract(data, "pytest_patter_trace/patter_contract.toml")


@functools.cache
def builtin_contract(name: str) -> Contract | None:
    """The contract of the built-in profile ``name`` (``patter``: Patter's), else ``None``."""
    if name == "patter":
        return default_contract()
    # A bare name only: a path is never looked up among the profiles.
    if not name.isidentifier():
        return None
    source = resources.files("pytest_patter_trace").joinpath("profiles").joinpath(f"{name}.toml")
    if not source.is_file():
        return None
    return parse_contract(source.read_bytes(), f"pytest_patter_trace/profiles/{name}.toml")


def resolve_contract(contract: ContractLike) -> Contract:
    """The :class:`Contract` for what a check function was given.

    A built-in profile's name (``"pipecat"``) is its contract; any other text is a path
    to a TOML contract.
    """
    if contract is None:
        return default_contract()
    if isinstance(contract, Contract):
        return contract
    if isinstance(contract, str):
        builtin = builtin_contract(contract)
        if builtin is not None:
            return builtin
    if isinstance(contract, str | os.PathLike):
        return load_contract(contract)
    raise TypeError(
        f"contract must be a Contract, a built-in profile's name, a path to a TOML contract "
        f"or None, got {type(contract).__name__}"
    )


def contract_id_keys(contract: Contract, call_id_keys: Sequence[str]) -> tuple[str, ...]:
    """The keys a call id is read from: the contract's, its routing tag's, then the given ones.

    The one order every check merges them in, so two checks never name different keys
    for the same mismatch.
    """
    routing = contract.routing.call_id_key if contract.routing else None
    return merge_keys(contract.call_id_key, routing, call_id_keys)
