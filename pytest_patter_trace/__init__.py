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
    "check_required_attributes": "attributes",
    "documented_example_trace": "contract",
    "check_cost_latency": "cost",
    "assert_cost_latency": "cost",
    "assert_no_pii": "pii",
    "find_pii": "pii",
    "call_cost": "cost",
    "call_latency": "cost",
    "load_otlp": "otlp",
    "load_otlp_files": "otlp",
    "OtlpError": "otlp",
    "records_to_otlp_json": "otlp",
    "OtlpReceiver": "receiver",
    "SnapshotOptions": "snapshot",
    "render_snapshot": "snapshot",
    "assert_latency": "timing",
    "call_timing": "timing",
    "TreeText": "_text",
    "select_spans": "select",
    "assert_spans": "select",
    "assert_sequence": "select",
}

# Literal so linters and type checkers see the public names; a test keeps it in sync.
__all__ = [
    "CallTrace",
    "OtlpError",
    "OtlpReceiver",
    "SnapshotOptions",
    "SpanCapture",
    "SpanRecord",
    "TreeText",
    "assert_call_tree",
    "assert_contract",
    "assert_cost_latency",
    "assert_latency",
    "assert_no_pii",
    "assert_required_attributes",
    "assert_sequence",
    "assert_spans",
    "call_cost",
    "call_latency",
    "call_timing",
    "check_contract",
    "check_cost_latency",
    "check_required_attributes",
    "documented_example_trace",
    "find_pii",
    "group_calls",
    "load_contract",
    "load_otlp",
    "load_otlp_files",
    "parse_tree",
    "records_to_otlp_json",
    "render_snapshot",
    "select_spans",
]

if TYPE_CHECKING:
    from ._text import TreeText
    from .attributes import assert_required_attributes, check_required_attributes
    from .capture import SpanCapture
    from .contract import (
        assert_contract,
        check_contract,
        documented_example_trace,
        load_contract,
    )
    from .cost import assert_cost_latency, call_cost, call_latency, check_cost_latency
    from .grouping import CallTrace, group_calls
    from .model import SpanRecord
    from .otlp import OtlpError, load_otlp, load_otlp_files, records_to_otlp_json
    from .pii import assert_no_pii, find_pii
    from .receiver import OtlpReceiver
    from .select import assert_sequence, assert_spans, select_spans
    from .snapshot import SnapshotOptions, render_snapshot
    from .timing import assert_latency, call_timing
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
