"""The contract as data: spans, attributes, metrics, routing, timing and profile rules."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TypeAlias

from ..attributes import (
    DEFAULT_NAMESPACES,
    AttributeSpec,
)

#: Budget name -> what it bounds, in milliseconds.
BUDGETS: Mapping[str, str] = MappingProxyType(
    {
        "turn_ms": "end of the caller's speech (getpatter.stt end) to the first getpatter.tts",
        "ttft_ms": "start of the turn's first LLM iteration to its first output",
        "bargein_stop_ms": "start of a getpatter.bargein to the end of the TTS it interrupts",
        "p95_turn_ms": "95th percentile of turn_ms over a call's turns, and over every call "
        "checked together",
        "p95_ttft_ms": "95th percentile of ttft_ms over a call's turns, and over every call "
        "checked together",
    }
)

#: Every violation code of the timing rules, with what it means.
TIMING_CODES: Mapping[str, str] = MappingProxyType(
    {
        "stt-after-llm": "a turn's getpatter.stt ends after its LLM starts",
        "tts-before-llm-output": "a turn's first getpatter.tts starts before the LLM's output",
        "bargein-without-tts": "a getpatter.bargein starts while no getpatter.tts is open",
        "tts-not-stopped": "the TTS a barge-in interrupts ends later than bargein_stop_ms after it",
        "zero-length-span": "a span the contract says does work lasts no time at all",
        "repeated-exception-event": "a failed span records its exception more than once",
        "missing-exception-event": "a span with ERROR status records no exception event",
        "over-budget": "a turn's measured turn_ms or ttft_ms is above the contract's budget",
        "over-budget-percentile": "the 95th percentile of turn_ms or ttft_ms, over a call's "
        "turns or over every call checked together, is above the contract's budget",
        "span-over-budget": "a span lasts longer than the contract's max_span_ms for its name",
    }
)


@dataclass(frozen=True, slots=True)
class TimingSpec:
    """The ``[timing]`` table of a contract.

    ``work_spans`` must never last zero time; ``ordering`` turns the per-turn order and
    barge-in rules on; ``exception_events`` is how many ``exception`` events a failed
    span carries (``None``: not checked); ``budgets`` bound the figures of
    :data:`BUDGETS`, in milliseconds, inclusive; ``max_span_ms`` bounds the duration of
    every span of a name (span name -> milliseconds, inclusive).
    """

    work_spans: tuple[str, ...] = ()
    ordering: bool = True
    exception_events: int | None = 1
    budgets: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    max_span_ms: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))


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
    #: ``[pii] content``: ``"forbid"`` (conversation content is a PII-check finding, as
    #: Patter promises) or ``"allow"`` (content is clean unless it names someone).
    pii_content: str = "forbid"
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


#: What the check functions accept as a contract: a :class:`Contract`, a built-in
#: profile's name (``"pipecat"``), a path to a TOML contract, or ``None`` for Patter's
#: documented one.
ContractLike: TypeAlias = "Contract | str | os.PathLike[str] | None"
