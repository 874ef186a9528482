"""US military and diplomatic mail: "PSC 1234, Box 5678, APO AE 09123".

The Postal Service's forms for a person overseas: a unit (``PSC``, ``CMR`` or ``Unit`` and a
number, then ``Box`` and a number) or a ship's name, then ``APO`` (Army and Air Force),
``FPO`` (Fleet) or ``DPO`` (Diplomatic), the "state" ``AA``, ``AE`` or ``AP`` and a ZIP
code. The closing triple alone is the address's mark; what comes before it is the
person's unit and box. Speech-to-text writes it in lower case ("psc 3110 box 22 apo aa
34021").
"""

from __future__ import annotations

import re

__all__ = ["find_military_addresses"]

#: The closing triple: "APO AE 09123", "FPO AP 96616-1234".
_CLOSE = re.compile(r"(?i)(?<!\w)[adf]po,?\s+a[aep]\s+\d{5}(?:-\d{4})?(?![\d\-])")
#: The unit and box, or the ship, right before the closing triple.
_BEFORE = re.compile(
    r"(?i:(?<!\w)(?:(?:PSC|CMR|Unit)\s+\d{1,5},?\s+Box\s+\d{1,5}"
    r"|US[NC]?S\s+[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){0,3}),?\s+)$"
)


def find_military_addresses(text: str, found: list[tuple[int, int]]) -> None:
    """Add the spans of the US military and diplomatic addresses of ``text``."""
    if "PO" not in text and "po" not in text:
        return  # most values: two searches in C
    for m in _CLOSE.finditer(text):
        before = _BEFORE.search(text, max(0, m.start() - 60), m.start())
        found.append((m.start() if before is None else before.start(), m.end()))
