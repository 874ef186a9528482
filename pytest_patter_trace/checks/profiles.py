"""Profiles: the tracing contract of a voice framework, and how to drive it offline.

A profile is a TOML contract (the schema of ``patter_contract.toml``) with an optional
``[profile]`` table saying how the framework's traces are read: call-id keys and how a
span without one inherits it, the keys holding raw content, keys to leave alone. Built in:
``patter`` (the default: Patter's documented contract), ``pipecat``, ``livekit`` and
``genai`` (the OpenTelemetry GenAI conventions at a pinned revision). See
``docs/profiles.md``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase

from ..core.model import SpanRecord
from .contract import (
    Contract,
    ContractError,
    ContractLike,
    call_grouping,
    resolve_contract,
)
from .contract._load import builtin_contract
from .pii import content_mode

__all__ = [
    "DEFAULT_PROFILE",
    "DRIVERS",
    "PROFILES",
    "Profile",
    "content_keys_found",
    "load_profile",
    "profile_drivers",
    "resolve_profile",
]

#: The profile used when none is named.
DEFAULT_PROFILE = "patter"

#: Built-in profiles: name -> what it checks.
PROFILES: Mapping[str, str] = {
    "patter": "Patter's documented tracing contract (getpatter)",
    "pipecat": "Pipecat's tracing as pipecat-ai 1.14 emits it",
    "livekit": "LiveKit Agents' tracing as livekit-agents 1.8.9 emits it",
    "genai": "the OpenTelemetry GenAI semantic conventions (v1.41.0; speech proposed)",
}

#: Framework -> module that drives it offline (``SCENARIOS`` and ``run_scenario``).
DRIVERS: Mapping[str, str] = {
    "pipecat": "pytest_patter_trace.drivers.pipecat_scenarios",
    "livekit": "pytest_patter_trace.drivers.livekit_scenarios",
}


def load_profile(name: str) -> Contract:
    """The contract of a built-in profile.

    Raises:
        ContractError: ``name`` is no built-in profile (the message lists them).

    """
    contract = builtin_contract(name) if name in PROFILES else None
    if contract is None:
        known = ", ".join(PROFILES)
        raise ContractError("<profile>", [("", f"unknown profile {name!r}; known: {known}")])
    return contract


@dataclass(frozen=True, slots=True)
class Profile:
    """How a test's or a check's spans are read: one resolution of every input.

    ``call_id_keys`` and ``by_trace`` group spans into calls (see ``group_calls``);
    ``contract`` is what each call is checked against; ``content`` (``"forbid"`` or
    ``"allow"``) and ``content_keys`` are the PII check's content policy.
    """

    name: str
    contract: Contract
    call_id_keys: tuple[str, ...]
    by_trace: bool
    content: str
    content_keys: tuple[str, ...]


def resolve_profile(
    *,
    name: str | None = None,
    contract: ContractLike = None,
    call_id_keys: Sequence[str] | None = None,
    content: str | None = None,
) -> Profile:
    """The one resolution shared by ``patter_spans``, ``--patter-report`` and ``check``.

    Args:
        name: a built-in profile (default ``patter``): its call-id keys, grouping and
            contract.
        contract: a contract (a ``Contract`` or a TOML path) checked instead of the
            profile's own; the profile still says how spans are grouped.
        call_id_keys: keys set explicitly (``patter_call_id_keys``); the default keys
            leave the profile's in place.
        content: ``"forbid"`` or ``"allow"`` instead of the contract's ``[pii] content``.

    Raises:
        ContractError: an unknown profile or an unusable contract file.
        ValueError: ``content`` is neither ``"forbid"`` nor ``"allow"``.

    """
    named = name or DEFAULT_PROFILE
    own = load_profile(named)
    checked = own if contract is None else resolve_contract(contract)
    # A framework profile reads its spans its way whatever they are checked against; with
    # Patter's (no [profile] table), a user contract's own [profile] table says how.
    reader = own if own.profile is not None else checked
    keys, by_trace = call_grouping(reader, call_id_keys)
    spec = reader.profile
    return Profile(
        name=named,
        contract=checked,
        call_id_keys=keys,
        by_trace=by_trace,
        content=content_mode(content or checked.pii_content),
        content_keys=tuple(spec.content_keys) if spec is not None else (),
    )


def profile_drivers(name: str) -> tuple[str, ...]:
    """The frameworks ``patter-trace check --profile name`` drives: none for ``patter``.

    A framework profile drives its framework; ``genai`` drives every framework, to measure
    each against the conventions.
    """
    contract = load_profile(name)
    profile = contract.profile
    if profile is None:
        return ()
    if profile.framework:
        return (profile.framework,)
    return tuple(DRIVERS)


def content_keys_found(records: Sequence[SpanRecord], contract: Contract) -> list[str]:
    """The keys of ``records`` that the profile lists as raw content, sorted."""
    profile = contract.profile
    globs = profile.content_keys if profile is not None else ()
    keys = {k for r in records for k in r.attributes}
    return sorted(k for k in keys if any(fnmatchcase(k, g) for g in globs))


def run_driver(framework: str, scenario: str) -> None:
    """Run one scenario of a framework's offline driver (imports the framework)."""
    import importlib

    module = importlib.import_module(DRIVERS[framework])
    runner: Callable[[str], None] = module.run_scenario
    runner(scenario)


def driver_scenarios(framework: str) -> tuple[str, ...]:
    """Scenario names of a framework's driver, without importing the framework."""
    import importlib

    module = importlib.import_module(DRIVERS[framework])
    names: tuple[str, ...] = tuple(module.SCENARIOS)
    return names
