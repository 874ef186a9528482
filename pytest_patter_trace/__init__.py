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
    "scenarios",
    "select_spans",
]

if TYPE_CHECKING:
    # One line per name, sorted: the place each public name is said to live.
    # isort: off
    from .checks.attributes import Violation
    from .checks.attributes import assert_required_attributes
    from .checks.attributes import check_required_attributes
    from .checks.contract import assert_contract
    from .checks.contract import check_contract
    from .checks.contract import documented_example_trace
    from .checks.contract import load_contract
    from .checks.cost import assert_cost_latency
    from .checks.cost import call_cost
    from .checks.cost import call_latency
    from .checks.cost import check_cost_latency
    from .checks.pii import assert_no_pii
    from .checks.pii import find_pii
    from .checks.select import assert_sequence
    from .checks.select import assert_spans
    from .checks.select import select_spans
    from .checks.timing import CallTiming
    from .checks.timing import assert_timing
    from .checks.timing import call_timing
    from .checks.tree import assert_call_tree
    from .checks.tree import call_tree_text
    from .checks.tree import parse_tree
    from .core._text import TreeText
    from .core.errors import ContractError
    from .core.errors import OtlpError
    from .core.errors import PatterTraceAssertion
    from .core.errors import PatterTraceError
    from .core.errors import PiiFound
    from .core.errors import SelectorSyntaxError
    from .core.errors import SnapshotRefusedError
    from .core.errors import TreeSyntaxError
    from .core.grouping import CallTrace
    from .core.grouping import group_calls
    from .core.model import SpanRecord
    from .drivers import scenarios
    from .snapshot._assertion import PatterSnapshotAssertion
    from .snapshot._assertion import SnapshotOptions
    from .snapshot._assertion import render_snapshot
    from .sources.capture import SpanCapture
    from .sources.otlp import load_otlp
    from .sources.otlp import load_otlp_files
    from .sources.otlp import records_to_otlp_json
    from .sources.receiver import OtlpReceiver
    # isort: on

#: Old names kept one release (they warn when used) -> the module that still has them.
_RENAMED: dict[str, str] = {"assert_latency": "pytest_patter_trace.checks.timing"}


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
    home = importlib.import_module(f".{module}", __name__)
    # A name may be a module of its own (scenarios): imported on first use too.
    value = getattr(home, name, None) or importlib.import_module(f".{module}.{name}", __name__)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
