"""pytest-patter-trace: check the OpenTelemetry traces of the Patter voice-AI SDK.

``__all__`` is the one list of public names; the import lines under ``TYPE_CHECKING``
say, one line per name, where each is defined. A name is imported on first use (read
from those lines), so importing the package, which pytest does for every session once
it is installed, costs almost nothing.
"""

from __future__ import annotations

import importlib
from functools import cache
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "CallTiming",
    "CallTrace",
    "ContractError",
    "OtlpError",
    "OtlpReceiver",
    "PatterSnapshotAssertion",
    "PatterTraceAssertion",
    "PatterTraceError",
    "PiiFound",
    "SelectorSyntaxError",
    "SnapshotOptions",
    "SnapshotRefusedError",
    "SpanCapture",
    "SpanRecord",
    "TreeSyntaxError",
    "TreeText",
    "Violation",
    "assert_call_tree",
    "assert_contract",
    "assert_cost_latency",
    "assert_no_pii",
    "assert_required_attributes",
    "assert_sequence",
    "assert_spans",
    "assert_timing",
    "call_cost",
    "call_latency",
    "call_timing",
    "call_tree_text",
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
    # One line per name, sorted: the place each public name is said to live.
    # isort: off
    from ._text import TreeText
    from .attributes import Violation
    from .attributes import assert_required_attributes
    from .attributes import check_required_attributes
    from .capture import SpanCapture
    from .contract import assert_contract
    from .contract import check_contract
    from .contract import documented_example_trace
    from .contract import load_contract
    from .cost import assert_cost_latency
    from .cost import call_cost
    from .cost import call_latency
    from .cost import check_cost_latency
    from .errors import ContractError
    from .errors import OtlpError
    from .errors import PatterTraceAssertion
    from .errors import PatterTraceError
    from .errors import PiiFound
    from .errors import SelectorSyntaxError
    from .errors import SnapshotRefusedError
    from .errors import TreeSyntaxError
    from .grouping import CallTrace
    from .grouping import group_calls
    from .model import SpanRecord
    from .select import assert_sequence
    from .select import assert_spans
    from .select import select_spans
    from .otlp import load_otlp
    from .otlp import load_otlp_files
    from .otlp import records_to_otlp_json
    from .pii import assert_no_pii
    from .pii import find_pii
    from .receiver import OtlpReceiver
    from .snapshot import PatterSnapshotAssertion
    from .snapshot import SnapshotOptions
    from .snapshot import render_snapshot
    from .timing import CallTiming
    from .timing import assert_timing
    from .timing import call_timing
    from .tree import assert_call_tree
    from .tree import call_tree_text
    from .tree import parse_tree
    # isort: on

#: Old names kept one release (they warn when used) -> the module that still has them.
_RENAMED: dict[str, str] = {"assert_latency": "pytest_patter_trace.timing"}


@cache
def _homes() -> dict[str, str]:
    """Public name -> the module it is imported from, read from the lines above."""
    import ast
    from pathlib import Path

    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If))
    return {
        alias.name: node.module
        for node in block.body
        if isinstance(node, ast.ImportFrom) and node.module
        for alias in node.names
    }


def __getattr__(name: str) -> Any:
    if name in _RENAMED:
        return getattr(importlib.import_module(_RENAMED[name]), name)
    module = _homes().get(name) if name in __all__ else None
    if module is None:
        raise AttributeError(f"module 'pytest_patter_trace' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
