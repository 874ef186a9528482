"""Addresses told by how a country ends them: a province in brackets, a state and postcode.

Italy closes an address with the postcode, the town and the province's two letters in
brackets (``Contrada Ulivi, 3, 96100, Siracusa (SR)``); Australia with the state's
abbreviation and a four-digit postcode (``27 Banksia Rise, Ferny Hills QLD 4055``).
A geocoding URL carries an address in its query, its spaces written as ``+``.

Kept by hand, like the grammars of :mod:`.streets`: no library on the package index
finds addresses inside free text without a model.
"""

from __future__ import annotations

import re
from urllib.parse import unquote_plus

from .hints import holds_any

__all__ = ["find_country_tails"]

_WORD = r"[A-ZÀ-Þ][\w'’.\-]*"
#: Street (maybe after a house number), number, postcode, town, province: the number may
#: be comma-set, and the town may take lower-case particles ("Reggio nell'Emilia").
_ITALIAN = re.compile(
    rf"(?<![\w])(?:\d{{1,4}}\s+)?{_WORD}(?:\s+[\w'’.\-]+){{0,4}}?,?\s+\d{{1,4}}[A-Za-z]?"
    rf"(?:/\w{{1,3}})?,?\s+\d{{5}},?\s+{_WORD}(?:\s+[\w'’\-]+){{0,3}}?\s*\([A-Z]{{2}}\)"
)
#: What every _ITALIAN match holds: a province in brackets (searched from its bracket).
_ITALIAN_HINT = re.compile(r"\([A-Z]{2}\)")
#: A flat maybe ("3/15"), number, street, suburb, state, postcode.
_AUSTRALIAN = re.compile(
    r"(?<![\w/])(?:\d{1,4}[A-Za-z]?/)?\d{1,5}[A-Za-z]?\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
    r",?\s+(?:[A-Z][\w'’.\-]*\s*){1,3},?\s+(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT),?\s+\d{4}(?!\d)"
)
#: What every _AUSTRALIAN match holds; no look-behind first, so the search skips ahead
#: to a state's first letter in C.
_AU_HINT = re.compile(r"(?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT|nsw|vic|qld|tas),?\s\d{4}")
#: The same said in lower case (a transcript): only the states whose codes are no words
#: ("sa", "wa", "nt", "act" are), and two words or more of street and suburb.
_AUSTRALIAN_LOWER = re.compile(
    r"(?<![\w/])(?:\d{1,4}[a-z]?/)?\d{1,5}[a-z]?\s+[a-z][\w'’\-]*(?:,?\s+[a-z][\w'’.\-]*){1,5}?"
    r",?\s+(?:nsw|vic|qld|tas),?\s+\d{4}(?!\d)"
)
#: Canada: a house number, the street, the town, the province's code and the postal code
#: (``27 Maple Grove, Saskatoon, SK S7K 2L4``); the street may be French and lower case
#: ("chemin du Lac") and end in any word ("Angel Rest").
_CANADIAN = re.compile(
    r"(?<![\w/])\d{1,6}[A-Za-z]?(?:-\d{1,5})?\s+[^\W\d_][\w'’.\-]*(?:\s+[\w'’.\-]+){0,5}?,"
    r"\s*(?:[A-ZÀ-Þ][\w'’.\-]*\s*){1,4},?\s+(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)"
    r"\s+[ABCEGHJ-NPRSTVXY]\d[A-Z]\s?\d[A-Z]\d(?!\w)"
)
#: What every _CANADIAN match holds: a province's code, then the postal code's first half.
_CA_HINT = re.compile(r"(?:AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT)\s[A-Z]\d[A-Z]")
#: A query parameter naming an address, and its value up to the next parameter.
_QUERY_ADDRESS = re.compile(
    r"(?i)[?&](?:address|addr|street|address_?line\d?|full_?address|destination|origin)"
    r"=([^&#\s]{6,300})"
)
#: The first digits of each state's postcodes (Australia Post): "vic 2023" is a year.
_STATE_FIRST_DIGITS = {"nsw": "12", "act": "02", "vic": "38", "qld": "49", "sa": "5", "wa": "6",
                       "tas": "7", "nt": "0"}  # fmt: skip
_STATE_TAIL = re.compile(r"([A-Za-z]{2,3}),?\s+(\d{4})$")


def _state_postcode(line: str) -> bool:
    """Whether the line's postcode is in its state's range."""
    m = _STATE_TAIL.search(line)
    return m is not None and m.group(2)[0] in _STATE_FIRST_DIGITS.get(m.group(1).lower(), "")


_QUERY_HINTS = ("ddress=", "ddr=", "treet=", "ADDRESS=", "ine1=", "ine=", "estination=",
                "rigin=")  # fmt: skip


def find_country_tails(text: str, found: list[tuple[int, int]]) -> None:
    """Add the spans of Italian, Australian and Canadian address lines, and geocoding queries."""
    if "(" in text and _ITALIAN_HINT.search(text):
        found.extend(m.span() for m in _ITALIAN.finditer(text))
    if _AU_HINT.search(text):
        found.extend(m.span() for m in _AUSTRALIAN.finditer(text))
        # Said in lower case, a state and a year read alike ("in vic 2023"): the range too.
        lower = _AUSTRALIAN_LOWER.finditer(text)
        found.extend(m.span() for m in lower if _state_postcode(m.group()))
    if "," in text and _CA_HINT.search(text):  # the street and the town end in a comma
        found.extend(m.span() for m in _CANADIAN.finditer(text))
    if "=" in text and holds_any(text, _QUERY_HINTS):
        for m in _QUERY_ADDRESS.finditer(text):
            value = unquote_plus(m.group(1))
            words = value.split()
            digits = any(ch.isdigit() for ch in value)
            # A street with its number and at least two more words; not coordinates.
            if digits and len(words) >= 3 and sum(w.isalpha() for w in words) >= 2:
                found.append(m.span(1))
