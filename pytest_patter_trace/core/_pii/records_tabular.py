"""Fields of CSV and TSV tables, keyed by their header row.

A tool's export or lookup returns a table (``name,phone,postcode`` then rows): the header
names each column as an attribute key names its value. :func:`table_fields` yields each
cell of a column whose header names a person's field, with the header as its key, for
the scanner to judge as it judges keyed values. A table whose header names a thing (a
``sku``, a ``price``) is a stock list: its ``name`` column names products.


Hand-written: the stdlib's :mod:`csv` reads the dialect and the cells; no library says
which columns hold personal data or where each cell sits in the text.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

__all__ = ["table_fields", "table_hint"]

#: Past this size a value is a bulk export: only its first part is read.
_MAX_TEXT = 65_536
_DELIMITERS = ",;\t"
#: Header words of a table of things, not of people.
_THING_COLUMNS = frozenset(("qty", "quantity", "price", "amount", "stock", "cost", "total",
                            "unit", "units", "weight", "sku", "ean", "upc", "barcode", "product",
                            "item", "article", "producto", "produit", "produkt", "artikel",
                            "prodotto", "produto", "precio", "prix", "preis", "prezzo", "preco",
                            "preço", "cantidad", "quantité", "menge"))  # fmt: skip
#: A header cell: a letter first, up to 40 characters of at most three words.
_HEADER_CELL = re.compile(r"[^\W\d][\w.'\-()/]*(?: [\w.'\-()/]+){0,2}")


def table_hint(text: str) -> bool:
    """Whether a text may be a table with a header row (a cheap gate)."""
    newline = text.find("\n")
    return 2 < newline < 400 and any(d in text[:newline] for d in _DELIMITERS)


def _dialect(header: str) -> type[csv.Dialect] | csv.Dialect | None:
    try:
        return csv.Sniffer().sniff(header, delimiters=_DELIMITERS)
    except csv.Error:
        counts = {d: header.count(d) for d in _DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        if not counts[best]:
            return None

        class _Simple(csv.excel):
            delimiter = best

        return _Simple


def table_fields(text: str, keyed: Callable[[str], bool]) -> list[tuple[str, str, int, int]]:
    """Cells of the columns ``keyed`` says hold personal data: ``(header, cell, start, end)``.

    ``keyed``: whether a header names a personal field (the scanner's key reading).
    """
    newline = text.find("\n")
    first = text[:newline].rstrip("\r")
    # The header's cells, split plainly first: prose with a comma is refused before the
    # dialect is sniffed (a long transcript has many such lines).
    plain = [c.strip().strip('"') for c in first.split(max(_DELIMITERS, key=first.count))]
    if len(plain) < 2 or not all(len(h) <= 40 and _HEADER_CELL.fullmatch(h) for h in plain if h):
        return []
    if not any(keyed(h) for h in plain if h):
        return []
    lines = text[:_MAX_TEXT].splitlines(keepends=True)
    dialect = _dialect(lines[0])
    if dialect is None:
        return []
    header = next(csv.reader([lines[0]], dialect), [])
    cells = [h.strip() for h in header]
    if any(h.casefold() in _THING_COLUMNS for h in cells):
        return []
    wanted = {i for i, h in enumerate(cells) if h and keyed(h)}
    if not wanted:
        return []
    out: list[tuple[str, str, int, int]] = []
    offset = len(lines[0])
    for line in lines[1:]:
        row = next(csv.reader([line], dialect), [])
        cursor = 0
        for i, cell in enumerate(row):
            at = line.find(cell, cursor) if cell else -1
            if at >= 0:
                cursor = at + len(cell)
            if i in wanted and cell.strip() and at >= 0:
                out.append((cells[i], cell.strip(), offset + at, offset + at + len(cell)))
        offset += len(line)
    return out
