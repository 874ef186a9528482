"""The public entry points: assert, render, and the assertion explanation hook."""

from __future__ import annotations

import difflib
import re

from ...core._text import TreeText
from ...core.errors import PatterTraceAssertion
from ...core.model import SpansLike
from ._match import TreeExpectation, as_trace
from ._model import (
    AnySpans,
    ExpectedSpan,
)
from ._parse import parse_tree

# ---------------------------------------------------------------------------------------
# Public entry points


def assert_call_tree(trace: SpansLike, expected: str | TreeExpectation) -> None:
    """Assert that ``trace`` has the span tree ``expected`` describes.

    ``trace`` is a capture, a ``CallTrace`` or spans; ``expected`` is text as described in
    ``docs/tree-dsl.md`` or a parsed :class:`TreeExpectation`.

    Raises:
        ValueError: ``expected`` is malformed (raised before anything is compared).
        PatterTraceAssertion: the tree differs; the message names the first difference, why,
            and shows the expected and the actual tree (attribute values PII-masked).

    """
    __tracebackhide__ = True  # pytest shows the message, not this module's frames
    expectation = expected if isinstance(expected, TreeExpectation) else parse_tree(expected)
    found = expectation.mismatch(trace)
    if found is not None:
        raise PatterTraceAssertion(found.message)


def call_tree_text(trace: SpansLike) -> TreeText:
    """The actual tree as text, without durations: what a failure message shows."""
    return as_trace(trace).tree(durations=False)


_DURATION_RE = re.compile(r"\s+\((?:open|[\d.]+ ms)\)\s*$")
_ERROR_RE = re.compile(r"\s+!ERROR\s*$")
_BLOCK_RE = re.compile(r"\[.*\]")
_SHAPE_RE = re.compile(r"\s*\[.*\]\s*$")


def _tree_shape(text: str) -> TreeExpectation | None:
    """``text`` parsed as a span tree (rendered or pattern), or ``None`` if it is not one."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    simple: list[str] = []
    for line in text.splitlines():
        line = _ERROR_RE.sub("", _DURATION_RE.sub("", line))
        # Attribute contents may be anything (arrays, truncated text): only shape matters.
        simple.append(_BLOCK_RE.sub("[x]", line))
    try:
        shape = parse_tree("\n".join(simple))
    except ValueError:
        return None
    nested = any(isinstance(n, ExpectedSpan) and n.children for _, n in shape.walk())
    if not nested and "[" not in text:
        return None
    return shape


def _uses_patterns(shape: TreeExpectation, text: str) -> bool:
    for _, node in shape.walk():
        if isinstance(node, AnySpans) or (
            isinstance(node, ExpectedSpan) and (node.min_count, node.max_count) != (1, 1)
        ):
            return True
    return any(line.lstrip().startswith("#") for line in text.splitlines())


def _normalized(text: str) -> list[str]:
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    widths = [len(line) - len(line.lstrip(" ")) for line in lines if line]
    base = min(widths, default=0)
    return [line[base:] for line in lines]


def assertrepr_compare(op: str, left: object, right: object) -> list[str] | None:
    """Explain a failed ``tree_text == other_tree_text`` comparison, else ``None``.

    For ``pytest_assertrepr_compare``: only claims ``==`` where a side is a
    :class:`TreeText` (what our renderers return) and both look like span trees (several
    lines, nested or with ``[...]`` attributes); returns a line diff whose first line
    names the first differing line.
    """
    if op != "==" or not isinstance(left, str) or not isinstance(right, str):
        return None
    if not isinstance(left, TreeText) and not isinstance(right, TreeText):
        return None
    left_shape, right_shape = _tree_shape(left), _tree_shape(right)
    if left_shape is None or right_shape is None:
        return None
    a, b = _normalized(left), _normalized(right)
    if a == b:
        return [
            "span trees are equal apart from indentation or blank lines around them",
            "hint: dedent the expected text, e.g. textwrap.dedent(text).strip()",
        ]
    ops = difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes()
    first = next(code for code in ops if code[0] != "equal")
    _, i1, _, j1, _ = first
    left_at = f"left line {i1 + 1}:  {a[i1]}" if i1 < len(a) else "left:  (no more lines)"
    right_at = f"right line {j1 + 1}: {b[j1]}" if j1 < len(b) else "right: (no more lines)"
    out = [f"span trees differ, first at left line {i1 + 1} / right line {j1 + 1}"]
    out += [f"  {left_at}", f"  {right_at}"]
    if [_SHAPE_RE.sub("", line) for line in a] == [_SHAPE_RE.sub("", line) for line in b]:
        out.append(
            "note: same span names and shape; only attributes differ (assert_call_tree(call, "
            "text) checks just the attributes a pattern lists)"
        )
    for side, shape, text in (("left", left_shape, left), ("right", right_shape, right)):
        if _uses_patterns(shape, text):
            out.append(
                f"hint: the {side} text uses span-tree pattern syntax ('...', quantifiers or "
                "comments), which == compares literally; use assert_call_tree(call, text)"
            )
    out.append("diff (- left, + right), first difference marked <--:")
    marked = False
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            out.extend(f"    {line}" for line in a[i1:i2])
            continue
        chunk = [f"  - {line}" for line in a[i1:i2]] + [f"  + {line}" for line in b[j1:j2]]
        if not marked:
            chunk[0] += "   <-- first difference"
            marked = True
        out.extend(chunk)
    return out
