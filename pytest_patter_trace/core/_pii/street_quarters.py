"""Addresses where the house is a villa or a lot in a quarter, or the street word is local.

- West and Central Africa, in French: a villa, lot or plot number, then the quarter, the
  estate or the town after commas (``Villa n° 58, Cité ..., Dakar``, ``lot 15, quartier
  ..., Abidjan``, ``Villa 203, Sacré-Cœur 3``);
- the Maghreb, in Arabic: a number beside the lane or alley word (``12 زنقة ...``,
  ``زنقة 8``, ``درب``, ``نهج``);
- Yoruba: a number before the road word (``14 Ọ̀nà ...``, ``9 Òpópónà ...``), with or
  without its tone marks.

A street word said with no number ("which bus goes to Ọ̀nà Ìbàdàn?", "la villa est
libre") is no one's address. Kept by hand, like the grammars of :mod:`.streets`: no
library on the package index reads these forms without a model.
"""

from __future__ import annotations

import re

__all__ = ["find_quarter_addresses"]

_CAP = r"[A-ZÀ-Þ][\w'’\-]*"
#: A villa, lot or plot and its number, then one to three comma-set parts (the first may
#: open with a quarter's word in lower case). No assertion first: the search skips to the
#: words' letters in C ("a lot of ..." fails at once); the word's edge is checked after.
_VILLA = re.compile(
    r"(?:[Vv]illa|[Ll]ot|[Pp]arcelle)\s+(?:n[°º]\s*|[Nn]o\.?\s*)?\d{1,5}[A-Za-z]?"
    rf"(?:,\s*(?:(?:cité|quartier|zone|secteur|résidence)\s+)?{_CAP}(?:[ \-][\w'’]+){{0,3}}"
    r"){1,3}"
)
_VILLA_HINTS = ("illa ", "lot ", "Lot ", "arcelle ")
_AR_WORDS = r"(?:[\u0621-\u064a\u0660-\u0669]+\s+){0,3}[\u0621-\u064a]+"
#: A lane or alley word of the Maghreb with its number before or after it.
_MAGHREB = re.compile(
    rf"(?<!\d)\d{{1,4}}\s+(?:زنقة|درب|نهج)\s+{_AR_WORDS}"
    r"|(?:زنقة|درب|نهج)\s+(?:رقم\s+)?\d{1,4}(?!\d)(?:[،,]\s*رقم\s+\d{1,4})?"
)
_MAGHREB_HINTS = ("زنقة", "درب", "نهج")
_MARKS = "\u0300\u0301\u0323"
_YO_WORD = rf"[^\W\d_][\w{_MARKS}'’\-]*"
#: Yoruba: a number, "road" (Ọ̀nà, Òpópónà), the road's name.
_YORUBA = re.compile(
    rf"(?<!\w)\d{{1,4}}\s+(?:[ỌọOo][{_MARKS}]*n[àa]\u0300?|[ÒòOo]\u0300?p[óo]\u0301?p[óo]\u0301?"
    rf"n[àa]\u0300?)\s+{_YO_WORD}(?:\s+{_YO_WORD}){{0,2}}"
)


def find_quarter_addresses(text: str, found: list[tuple[int, int]]) -> None:
    """Add the spans of villa and quarter lines, Maghrebi lanes and Yoruba roads."""
    if "," in text and any(hint in text for hint in _VILLA_HINTS):  # its parts are comma-set
        found.extend(
            m.span()
            for m in _VILLA.finditer(text)
            if not m.start() or not text[m.start() - 1].isalnum()
        )
    if text.isascii():
        return
    if any(hint in text for hint in _MAGHREB_HINTS):
        found.extend(m.span() for m in _MAGHREB.finditer(text))
    if "nà" in text or "na\u0300" in text:
        found.extend(m.span() for m in _YORUBA.finditer(text))
