"""The literals of an SQL ``INSERT`` paired with the columns they go in.

``INSERT INTO users (login, password) VALUES ('ops', '...')`` names what each literal is
by its position: read with its column's name, as a ``WHERE password = '...'`` literal is
read with the column before it (detect.py). Kept by hand: an SQL parser (sqlglot,
sqlparse) would read far more than this one statement shape needs, on every statement.
"""

from __future__ import annotations

import re

__all__ = ["column_literals", "holds_insert"]

#: ``INSERT INTO name (columns) VALUES``: the column list, then where the rows start.
_INSERT = re.compile(
    r"(?is)\binsert\s+into\s+[\w.\"`\[\]]{1,120}\s*\(([^()]{1,2000})\)\s*values\s*"
)
#: One row of values; a quoted literal may hold anything but a lone quote.
_ROW = re.compile(r"\(((?:'(?:[^']|'')*'|[^'()]|\([^'()]*\))*)\)\s*,?\s*")
#: One item of a row: a quoted literal, or anything else up to the next comma.
_ITEM = re.compile(r"\s*(?:'((?:[^']|'')*)'|(?:\([^()]*\)|[^,])*?)\s*(?:,|$)")


def holds_insert(text: str) -> bool:
    """A cheap gate: the text may hold an ``INSERT`` with literals."""
    return "'" in text and ("INSERT" in text or "insert" in text or "Insert" in text)


def column_literals(text: str) -> list[tuple[str, int, int]]:
    """Each quoted literal of each row, with its column's name and its span in ``text``."""
    found: list[tuple[str, int, int]] = []
    for insert in _INSERT.finditer(text):
        columns = [c.strip().strip('"`[]') for c in insert.group(1).split(",")]
        at = insert.end()
        while (row := _ROW.match(text, at)) is not None:
            pos, end = row.start(1), row.end(1)
            for column in columns:
                item = _ITEM.match(text, pos, end)
                if item is None or (item.end() == pos and pos >= end):
                    break
                if item.group(1) is not None and column:
                    found.append((column, item.start(1), item.end(1)))
                pos = item.end()
            at = row.end()
    return found
