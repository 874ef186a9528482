"""Patter's documented tracing contract, as data, and the check of a trace against it.

The contract lives in ``patter_contract.toml`` (shipped in the package, transcribed from
Patter's tracing documentation v0.6.1); a user contract is a TOML file with the same
schema (``docs/contract.md``). :func:`check_contract` lists every violation per call;
:func:`assert_contract` fails with that list.

Inside, one module a job, importing one way: ``_schema`` (the data) → ``_load`` (TOML) →
the rule modules (``_metrics``, ``_timing``, ``_profile``) → ``_check``; ``_example`` is a
documented trace for tests and docs.
"""

from __future__ import annotations

from ...core.errors import ContractError
from ._check import ContractReport, assert_contract, check_contract
from ._example import documented_example_trace
from ._load import (
    contract_from_mapping,
    default_contract,
    load_contract,
    resolve_contract,
)
from ._profile import call_grouping
from ._schema import (
    BUDGETS,
    TIMING_CODES,
    VIOLATION_CODES,
    Contract,
    ContractLike,
    MetricSpec,
    ProfileSpec,
    RoutingSpec,
    SpanSpec,
    TimingSpec,
)
from ._timing import run_timing_violations

__all__ = [
    "BUDGETS",
    "TIMING_CODES",
    "VIOLATION_CODES",
    "Contract",
    "ContractError",
    "ContractLike",
    "ContractReport",
    "MetricSpec",
    "ProfileSpec",
    "RoutingSpec",
    "SpanSpec",
    "TimingSpec",
    "assert_contract",
    "call_grouping",
    "check_contract",
    "contract_from_mapping",
    "default_contract",
    "documented_example_trace",
    "load_contract",
    "resolve_contract",
    "run_timing_violations",
]

# Public classes report the package as their home (messages, reprs, pickling).
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value
