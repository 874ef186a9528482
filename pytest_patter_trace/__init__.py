"""pytest-patter-trace: check the OpenTelemetry traces of the Patter voice-AI SDK.

Public names are loaded on first use, so importing the package (which pytest does for
every session once it is installed) costs almost nothing.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: Public name -> module that defines it.
_EXPORTS: dict[str, str] = {
    "SpanRecord": "model",
    "CallTrace": "grouping",
    "group_calls": "grouping",
    "SpanCapture": "capture",
    "assert_call_tree": "tree",
    "parse_tree": "tree",
    "assert_contract": "contract",
    "check_contract": "contract",
    "load_contract": "contract",
    "assert_required_attributes": "attributes",
    "assert_no_pii": "pii",
    "find_pii": "pii",
    "call_cost": "cost",
    "call_latency": "cost",
    "load_otlp": "otlp",
    "load_otlp_files": "otlp",
    "OtlpError": "otlp",
    "records_to_otlp_json": "otlp",
    "OtlpReceiver": "receiver",
}

__all__ = sorted(_EXPORTS)

if TYPE_CHECKING:
    from .attributes import assert_required_attributes
    from .capture import SpanCapture
    from .contract import assert_contract, check_contract, load_contract
    from .cost import call_cost, call_latency
    from .grouping import CallTrace, group_calls
    from .model import SpanRecord
    from .otlp import OtlpError, load_otlp, load_otlp_files, records_to_otlp_json
    from .receiver import OtlpReceiver
    from .pii import assert_no_pii, find_pii
    from .tree import assert_call_tree, parse_tree


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'pytest_patter_trace' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
