"""Span-tree expectations: say in a few indented lines what a call's span tree must be.

::

    getpatter.stt
    getpatter.endpoint
    getpatter.llm
      getpatter.llm [patter.llm.iteration=0]
      getpatter.tool [patter.tool.name=lookup_order]+
      ...

:func:`parse_tree` turns such text into a reusable :class:`TreeExpectation`;
:func:`assert_call_tree` checks a call against it and, on a mismatch, raises an
``AssertionError`` naming the first place where the two trees part, why, and showing both
trees. The grammar and its meaning are in ``docs/tree-dsl.md``.
"""

from __future__ import annotations

from ...core.errors import TreeSyntaxError
from ._api import assert_call_tree, assertrepr_compare, call_tree_text
from ._match import TreeExpectation
from ._model import (
    AnySpans,
    AttributeFilter,
    ExpectedNode,
    ExpectedSpan,
    TreeMismatch,
)
from ._parse import parse_tree

__all__ = [
    "AnySpans",
    "AttributeFilter",
    "ExpectedNode",
    "ExpectedSpan",
    "TreeExpectation",
    "TreeMismatch",
    "TreeSyntaxError",
    "assert_call_tree",
    "assertrepr_compare",
    "call_tree_text",
    "parse_tree",
]

# Public classes report the package as their home (messages, reprs, pickling).
for _name in __all__:
    _value = globals()[_name]
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value
