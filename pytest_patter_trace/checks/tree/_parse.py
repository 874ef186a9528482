"""Reading expectation text, with errors that point at the line and column."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...core._cursor import Cursor
from ...core._render import KEY_TOKEN as _KEY_RE
from ...core._render import NAME_TOKEN as _NAME_RE
from ...core.errors import TreeSyntaxError
from ._match import TreeExpectation
from ._model import (
    AnySpans,
    AttributeFilter,
    ExpectedNode,
    ExpectedSpan,
    FilterValue,
)

# ---------------------------------------------------------------------------------------
# Parsing

_QUANT_RE = re.compile(r"\+|\*|\?|\{(\d+)(?:(,)(\d*))?\}")
_QUANT_START = "+*?{"


class _LineParser(Cursor):
    """Reads one span line; raises :class:`TreeSyntaxError` pointing at the bad column."""

    def __init__(self, body: str, *, line: int, raw: str, indent: int) -> None:
        super().__init__(body)
        self.line = line
        self.raw = raw
        self.indent = indent

    def fail(self, message: str, at: int | None = None) -> TreeSyntaxError:
        column = self.indent + (self.pos if at is None else at)
        return TreeSyntaxError(message, line=self.line, text=self.raw, column=column)

    def span_line(self) -> tuple[str, tuple[AttributeFilter, ...], int, int | None, bool]:
        __tracebackhide__ = True
        quoted = self.at_quote()
        name = self.quoted() if quoted else (self.token(_NAME_RE) or "")
        if not name and not quoted:
            raise self.fail("empty span name: each line starts with the span's name", 0)
        filters: tuple[AttributeFilter, ...] = ()
        bounds: tuple[int, int | None] = (1, 1)
        after = "the span name"
        gap = self.skip_spaces()
        if self.peek() == "[":
            filters = self.filter_block()
            after = "the filter block"
            if self.peek() and self.peek() in _QUANT_START:
                bounds = self.quantifier()
                after = "the quantifier"
            gap = self.skip_spaces()
        elif self.peek() and self.peek() in _QUANT_START and not gap:
            bounds = self.quantifier()
            after = "the quantifier"
            gap = self.skip_spaces()
            if self.peek() == "[":
                raise self.fail(
                    "the quantifier goes after the filter block, e.g. 'name [key=value]+'"
                )
        rest = self.text[self.pos :]
        error = False
        if gap and rest.startswith("!ERROR"):
            self.pos += len("!ERROR")
            error, after = True, "!ERROR"
            gap = self.skip_spaces()
            rest = self.text[self.pos :]
        if not rest or (rest.startswith("#") and gap):
            return name, filters, bounds[0], bounds[1], error
        if rest[0] in _QUANT_START:
            raise self.fail(f"write the quantifier straight after {after}, without a space")
        if rest[0] == "[":
            raise self.fail("only one filter block per line: [key1=value, key2]")
        raise self.fail(f"unexpected text {rest.split()[0]!r} after {after}")

    def filter_block(self) -> tuple[AttributeFilter, ...]:
        __tracebackhide__ = True
        opened = self.pos
        self.pos += 1
        filters: list[AttributeFilter] = []
        seen: set[str] = set()
        while True:
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '[': close the filter block with ']'", opened)
            if self.peek() == "]":
                what = "empty filter block '[]'" if not filters else "expected a key after ','"
                raise self.fail(what)
            start = self.pos
            quoted = self.at_quote()
            key = self.quoted() if quoted else self.token(_KEY_RE)
            if key is None or (not key and not quoted):  # "" is a key too, quoted
                raise self.fail("expected an attribute key")
            if key in seen:
                raise self.fail(f"attribute {key!r} is filtered twice in this block", start)
            seen.add(key)
            self.skip_spaces()
            value: FilterValue | None = None
            if self.peek() == "=":
                self.pos += 1
                self.skip_spaces()
                missing = f"missing value after '{key}='; write \"\" for empty"
                # (1, "two", true): an array attribute, compared item by item.
                value = self.array(missing) if self.peek() == "(" else self.scalar(missing)
            filters.append(AttributeFilter(key, value))
            self.skip_spaces()
            if not self.peek():
                raise self.fail("unclosed '[': close the filter block with ']'", opened)
            if self.peek() == ",":
                self.pos += 1
                continue
            if self.peek() == "]":
                self.pos += 1
                return tuple(filters)
            raise self.fail("expected ',' or ']' after a filter (key or key=value)")

    def quantifier(self) -> tuple[int, int | None]:
        __tracebackhide__ = True
        start = self.pos
        found = _QUANT_RE.match(self.text, self.pos)
        end = self.pos
        while end < len(self.text) and not self.text[end].isspace():
            end += 1
        word = self.text[start:end]
        usage = "use +, *, ?, {n}, {n,} or {n,m} with n <= m"
        if found is None or (found.end() < end and self.text[found.end()] in _QUANT_START):
            raise self.fail(f"unknown quantifier {word!r}; {usage}")
        self.pos = found.end()
        symbol = found.group()
        if symbol == "+":
            return 1, None
        if symbol == "*":
            return 0, None
        if symbol == "?":
            return 0, 1
        low = int(found.group(1))
        if not found.group(2):
            return low, low
        if not found.group(3):
            return low, None
        high = int(found.group(3))
        if high < low:
            raise self.fail(f"unknown quantifier {word!r}; {usage}", start)
        return low, high


@dataclass(slots=True)
class _Draft:
    depth: int
    line: int
    parent: int | None
    name: str = ""
    filters: tuple[AttributeFilter, ...] = ()
    low: int = 1
    high: int | None = 1
    any_spans: bool = False
    error: bool = False


def _is_comment_or_blank(stripped: str) -> bool:
    return not stripped or stripped.startswith("#")


def parse_tree(text: str) -> TreeExpectation:
    """Parse an expectation (see ``docs/tree-dsl.md``).

    Common indentation is removed first, so a triple-quoted string indented with the code
    works. Line numbers in errors and messages count the lines of ``text`` from 1.

    Raises:
        TreeSyntaxError: a ``ValueError`` naming the line, for bad indentation, a child
            under ``...``, an unknown quantifier, an unclosed ``[`` or quote, an empty
            name, or an expectation without any line.

    """
    __tracebackhide__ = True  # pytest shows the message, not this module's frames
    if not isinstance(text, str):
        raise TypeError(f"a span-tree expectation is text, got {type(text).__name__}")
    raw_lines = text.splitlines()
    content: list[tuple[int, str, int]] = []  # (line number, raw line, indent width)
    for number, raw in enumerate(raw_lines, start=1):
        raw = raw.rstrip()
        stripped = raw.lstrip()
        if _is_comment_or_blank(stripped):
            continue
        lead = raw[: len(raw) - len(stripped)]
        if "\t" in lead:
            raise TreeSyntaxError(
                "indent with spaces (2 a level), not tabs",
                line=number,
                text=raw,
                column=lead.index("\t"),
            )
        content.append((number, raw, len(lead)))
    if not content:
        raise ValueError("empty span-tree expectation: write at least one span line or '...'")
    base = min(width for _, _, width in content)

    drafts: list[_Draft] = []
    open_at: list[int] = []  # draft index of the last line seen at each depth
    for number, raw, width in content:
        relative = width - base
        if relative % 2:
            raise TreeSyntaxError(
                f"indented by {relative} space{'s' if relative > 1 else ''}; "
                "indent 2 spaces a level",
                line=number,
                text=raw,
                column=width,
            )
        depth = relative // 2
        if depth > len(open_at):
            above = "the line above" if open_at else "any line above it"
            raise TreeSyntaxError(
                f"indented {depth - len(open_at) + 1} levels deeper than {above}; "
                "a child line is indented exactly 2 spaces more than its parent",
                line=number,
                text=raw,
                column=width,
            )
        del open_at[depth:]
        parent = open_at[-1] if open_at else None
        if parent is not None and drafts[parent].any_spans:
            raise TreeSyntaxError(
                f"'...' (line {drafts[parent].line}) cannot have child lines: it already "
                "stands for any spans with any children",
                line=number,
                text=raw,
                column=width,
            )
        body = raw[width:]
        draft = _Draft(depth=depth, line=number, parent=parent)
        if body.startswith("..."):
            rest = body[3:]
            if rest.strip() and not (rest[0] == " " and rest.strip().startswith("#")):
                raise TreeSyntaxError(
                    "'...' stands alone on its line (no name, filter or quantifier)",
                    line=number,
                    text=raw,
                    column=width + 3,
                )
            draft.any_spans = True
        else:
            reader = _LineParser(body, line=number, raw=raw, indent=width)
            draft.name, draft.filters, draft.low, draft.high, draft.error = reader.span_line()
        open_at.append(len(drafts))
        drafts.append(draft)

    # Children always come after their parent: build from the last line back.
    kids: list[list[ExpectedNode]] = [[] for _ in drafts]
    built: list[ExpectedNode | None] = [None] * len(drafts)
    for index in range(len(drafts) - 1, -1, -1):
        d = drafts[index]
        node: ExpectedNode
        if d.any_spans:
            node = AnySpans(line=d.line)
        else:
            node = ExpectedSpan(
                name=d.name,
                filters=d.filters,
                min_count=d.low,
                max_count=d.high,
                children=tuple(reversed(kids[index])),
                line=d.line,
                error=d.error,
            )
        built[index] = node
        if d.parent is not None:
            kids[d.parent].append(node)
    roots = [n for n, d in zip(built, drafts, strict=True) if d.parent is None and n is not None]
    return TreeExpectation(roots, source=text)
