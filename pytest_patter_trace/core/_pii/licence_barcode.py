"""A North American driving licence's barcode as a reader decodes it (AAMVA DL/ID text).

The PDF417 barcode on the back of a US or Canadian licence or ID card decodes to a header
(``@``, ``ANSI `` and the issuer's number) and one element per line, each a three-letter
element id glued to its value: ``DCS`` the family name, ``DAC`` the first name, ``DBB``
the birth date, ``DAG`` the street. A scanning tool returns that text as it is.
"""

from __future__ import annotations

import re

from .hit import Hit
from .mask import MASKERS

__all__ = ["find_licence_elements"]

#: Element ids whose value is the holder's, and the kind each holds.
_ELEMENTS = {
    "DCS": "name", "DAB": "name", "DAC": "name", "DCT": "name", "DAD": "name",
    "DAA": "name", "DBB": "dob", "DAG": "address",
}  # fmt: skip
#: One element on its line (a raw or an escaped line break before it).
_ELEMENT = re.compile(r"(?:^|\n|\r|\\n|\\r)(D[A-C][A-Z])([^\n\r\\\"]{1,60})")
_EMPTY = frozenset(("NONE", "UNAVL", "UNKNOWN"))


def find_licence_elements(text: str, hits: list[Hit]) -> None:
    """Add the holder's names, birth date and street from the elements in ``text``."""
    for m in _ELEMENT.finditer(text):
        kind = _ELEMENTS.get(m.group(1))
        value = m.group(2).strip()
        if kind is None or not value or value.upper() in _EMPTY:
            continue
        start = m.start(2) + m.group(2).index(value[0])
        end = start + len(value)
        hits.append(Hit(kind, start, end, MASKERS[kind](value)))
