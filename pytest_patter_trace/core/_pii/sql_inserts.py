"""The literals of an SQL ``INSERT`` paired with the columns they go in.

``INSERT INTO users (login, password) VALUES ('ops', '...')`` names what each literal is
by its position: read with its column's name, as a ``WHERE password = '...'`` literal is
read with the column before it (detect.py). Kept by hand: an SQL parser (sqlglot,
sqlparse) would read far more than this one statement shape needs, on every statement.
"""

from __future__ import annotations

import re

__all__ = ["column_literals", "holds_insert", "param_literals"]

#: ``INSERT INTO name (columns) VALUES``: the column list, then where the rows start.
_INSERT = re.compile(
    r"(?is)\binsert\s+into\s+[\w.\"`\[\]]{1,120}\s*\(([^()]{1,2000})\)\s*values\s*"
)
#: How far past ``VALUES`` rows are read: a bulk load's later rows are more of the same.
_MAX_SCAN = 65_536
#: The characters a row's scan stops at: all else is inside an item.
_MARK = re.compile(r"[',()]")
#: A row of placeholders (``%s``, ``?``, ``%(name)s``, ``:name``, ``$1``): the values are
#: the parameters printed beside the statement.
_SLOT = r"(?:%s|\?|%\(\w{1,40}\)s|:\w{1,40}|\$\d{1,3})"
_SLOTS = re.compile(rf"\(\s*{_SLOT}(?:\s*,\s*{_SLOT})*\s*\)")
#: How far past the placeholders the parameters are looked for.
_PARAMS_NEAR = 200
#: Where the next row of values opens, after a row and its comma.
_NEXT_ROW = re.compile(r"\s*,?\s*\(")


def holds_insert(text: str) -> bool:
    """A cheap gate: the text may hold an ``INSERT`` with literals."""
    return "'" in text and ("INSERT" in text or "insert" in text or "Insert" in text)


def column_literals(text: str) -> list[tuple[str, int, int]]:
    """Each quoted literal of each row, with its column's name and its span in ``text``."""
    found: list[tuple[str, int, int]] = []
    for insert in _INSERT.finditer(text):
        columns = _columns(insert)
        at = insert.end()
        limit = at + _MAX_SCAN
        while at < limit and (opened := _NEXT_ROW.match(text, at)) is not None:
            items, at = _row(text, opened.end())
            _pair(columns, items, found)
            if at < 0:
                break
    return found


def param_literals(text: str) -> list[tuple[str, int, int]]:
    """The quoted parameters printed after an ``INSERT`` of placeholders, with their columns.

    ``INSERT INTO t (full_name, dob) VALUES (%s, %s)`` then ``('...', '...')`` or
    ``['...', '...']`` nearby: a driver's log line, a query and its parameters.
    """
    found: list[tuple[str, int, int]] = []
    for insert in _INSERT.finditer(text):
        slots = _SLOTS.match(text, insert.end())
        if slots is None:
            continue
        columns = _columns(insert)
        near = text[slots.end() : slots.end() + _PARAMS_NEAR]
        opened = min((i for i in (near.find("("), near.find("[")) if i >= 0), default=-1)
        if opened < 0:
            continue
        at = slots.end() + opened + 1
        body = text
        if text[at - 1] == "[":  # a list: its ``]`` read as a tuple's ``)``, offsets kept
            close = text.find("]", at)
            body = text[:close] + ")" if close > 0 else text
        items, _ = _row(body, at)
        _pair(columns, items, found)
    return found


def _columns(insert: re.Match[str]) -> list[str]:
    """The column names an ``INSERT`` lists, unquoted."""
    return [c.strip().strip('"`[]') for c in insert.group(1).split(",")]


def _pair(
    columns: list[str], items: list[tuple[int, int]], found: list[tuple[str, int, int]]
) -> None:
    """Add each quoted item of a row with its column's name (unquoted items are skipped)."""
    for column, (start, end) in zip(columns, items, strict=False):
        if column and start >= 0:
            found.append((column, start, end))


def _row(text: str, pos: int) -> tuple[list[tuple[int, int]], int]:
    """The items of the row opening at ``pos`` and the position after its ``)``.

    An item is the span inside its quotes, or ``(-1, -1)`` for one unquoted; a scan of
    each character once (a pattern of quoted literals backtracks without end on quotes
    left open). ``-1`` for the end when the row never closes.
    """
    items: list[tuple[int, int]] = []
    quoted = (-1, -1)
    depth, i = 0, pos
    while (mark := _MARK.search(text, i)) is not None:
        i = mark.start()
        if i - pos > _MAX_SCAN:
            break
        ch = text[i]
        if ch == "'":
            close = i + 1
            while True:  # to the closing quote; '' inside is a quote
                close = text.find("'", close)
                if close < 0:
                    return items, -1
                if text.startswith("''", close):
                    close += 2
                    continue
                break
            quoted = (i + 1, close)
            i = close + 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
        elif ch in ",)" and not depth:
            items.append(quoted)
            quoted = (-1, -1)
            if ch == ")":
                return items, i + 1
        i += 1
    return items, -1
