"""Machine-readable zones of passports, identity cards and visas (ICAO 9303).

A zone is two or three lines of capitals, digits and ``<`` fillers of one width: TD3
(passports, MRV-A visas) two of 44, TD2 (and MRV-B) two of 36, TD1 (cards) three of 30.
The holder's names are on the name line (``SURNAME<<GIVEN<NAMES``: the first line after
the document code and the issuer, or TD1's third line) and the birth date (``YYMMDD``)
on the line of numbers. Check digits are not required: a zone retyped by hand or made
up for a test fails them, and its shape alone is distinctive. Specimens (the issuer's
example holder, a name of specimen words) name no one.
"""

from __future__ import annotations

import re

from .hit import Hit
from .mask import MASKERS
from .specimens import SPECIMEN_HOLDERS, SPECIMEN_WORDS

__all__ = ["find_zones"]

#: A run of zone characters, not inside a longer one: a candidate line.
_LINE = re.compile(r"(?<![A-Z0-9<])[A-Z0-9<]{30,44}(?![A-Z0-9<])")
#: The name line of TD3 and TD2: a document code, an issuer, then the names.
_NAMES_FIRST = re.compile(r"[PVIAC][A-Z<][A-Z<]{3}([A-Z]+(?:<{1,2}[A-Z]+)*)<*")
#: TD1's name line: the names alone.
_NAMES_ONLY = re.compile(r"([A-Z]+(?:<{1,2}[A-Z]+)*)<*")
#: TD3 and TD2's second line: number, check, nationality, birth date, check, sex.
_NUMBERS_LONG = re.compile(r"[A-Z0-9<]{9}[0-9<][A-Z<]{3}(\d{6})[0-9<][MFX<]\d{6}.*")
#: TD1's second line: birth date, check, sex, expiry, check, nationality.
_NUMBERS_SHORT = re.compile(r"(\d{6})[0-9<][MFX<]\d{6}[0-9<][A-Z<]{3}.*")
#: TD1's first line: document code, issuer, then the document number.
_CARD_FIRST = re.compile(r"[IAC][A-Z<][A-Z<]{3}[A-Z0-9<]{25}")


def _specimen(names: str) -> bool:
    words = {w for w in names.split("<") if w}
    return bool(words & SPECIMEN_WORDS) or any(set(h) <= words for h in SPECIMEN_HOLDERS)


def _add(hits: list[Hit], kind: str, start: int, end: int, text: str) -> None:
    hits.append(Hit(kind, start, end, MASKERS[kind](text[start:end])))


def find_zones(text: str, hits: list[Hit]) -> None:
    """Add the holder's names and birth date of each machine-readable zone in ``text``."""
    lines = [m for m in _LINE.finditer(text) if len(m.group()) in (30, 36, 44)]
    for i, line in enumerate(lines):
        width = len(line.group())
        after = lines[i + 1] if i + 1 < len(lines) else None
        second = after if after is not None and len(after.group()) == width else None
        if width == 30:
            _card(text, lines, i, hits)
            continue
        named = _NAMES_FIRST.fullmatch(line.group())
        if named is None or "<<" not in line.group() or _specimen(named.group(1)):
            continue
        at = line.start()
        _add(hits, "name", at + named.start(1), at + named.end(1), text)
        numbers = _NUMBERS_LONG.fullmatch(second.group()) if second is not None else None
        if second is not None and numbers is not None:
            at = second.start()
            _add(hits, "dob", at + numbers.start(1), at + numbers.end(1), text)


def _card(text: str, lines: list[re.Match[str]], i: int, hits: list[Hit]) -> None:
    """TD1: three lines of 30, the first the card's code and number."""
    if i + 2 >= len(lines) or not _CARD_FIRST.fullmatch(lines[i].group()):
        return
    second, third = lines[i + 1], lines[i + 2]
    if len(second.group()) != 30 or len(third.group()) != 30:
        return
    numbers = _NUMBERS_SHORT.fullmatch(second.group())
    named = _NAMES_ONLY.fullmatch(third.group())
    if numbers is None or named is None or "<<" not in third.group() or _specimen(named.group(1)):
        return
    _add(hits, "name", third.start() + named.start(1), third.start() + named.end(1), text)
    _add(hits, "dob", second.start() + numbers.start(1), second.start() + numbers.end(1), text)
