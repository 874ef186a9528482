"""The holder's name and birth date on an identity document read by OCR or a vision model.

A card read line by line gives an identifier line with its label ("PESEL: ...", "ID
number: ...", "Passport No. ..."), and around it the holder's name and birth date on lines
of their own, without a label, in any script. Inside a tool's JSON the lines are one
string (an ``"ocr_text"`` with escaped line breaks). Beside a labelled identifier (or on
a short text naming the document) such a block is a person's card: its line of two to four
name-shaped words is the holder, and its earliest date alone on a line their birth date
(the others, later, are the card's issue and expiry; a date after an "issued" or
"expires" label is not alone on its line). Its labelled lines are read too: a name label
or a birth label with its value on the same line or the next, a licence's short labels
(``LN``, ``FN``) and numbered fields (EU model: 1. surname, 2. given names, 3. birth).
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hit import Hit
from .mask import MASKERS
from .name_records import name_key, name_shaped

__all__ = ["find_document_lines"]

#: What separates lines: a newline, or its escape inside a JSON string.
_BREAK = re.compile(r"\\r\\n|\\n|\r?\n")
#: A date alone on a line: numeric with separators, ISO, or day + month word + year.
_DATE_LINE = re.compile(
    r"\s*(?:(\d{1,2})[./\- ](\d{1,2})[./\- ]((?:19|20)\d\d)"
    r"|((?:19|20)\d\d)[./\-](\d{1,2})[./\-](\d{1,2})"
    r"|(\d{1,2})[ .]{1,2}([^\W\d_]{3,9})\.?(?:/[^\W\d_]{3,9}\.?)?[ .]{1,2}((?:19|20)\d\d))\s*"
)
#: A short text naming an identity document (the card's heading or its number's label).
_DOCUMENT_WORD = re.compile(
    r"(?i)passport|passeport|pasaporte|passaporto|reisepass|paszport|pas\b|паспорт"
    r"|driv(?:er|ing)'?s? licen[cs]e|führerschein|permis de conduire|licencia de conducir"
    r"|carteira de habilita|rijbewijs|prawo jazdy|identity card|id card|personalausweis"
    r"|ausweis|carte d'identité|carte nationale|cédula|documento de identidad|dowód"
    r"|občanský průkaz|kimlik kartı|residence permit|aufenthaltstitel|titre de séjour"
    r"|permiso de residencia|health card|carte vitale|versichertenkarte|tarjeta sanitaria"
)
#: A licence, whose numbered fields (EU model: 1. surname, 2. given names, 3. birth).
_LICENCE = re.compile(
    r"(?i)licen[cs]e|führerschein|permis|licencia|carteira de habilita|rijbewijs|prawo jazdy"
    r"|patente|carta de condução|körkort|kørekort|førerkort|ajokortti|řidičský|vodičský"
    r"|jogosítvány|ehliyet|άδεια οδήγησης|водительское"
)
_NUMBERED = re.compile(r"\s*([1-3])\.\s+(\S.*?)\s*")
_DATE_START = re.compile(r"\d{1,2}[./\-]\d{1,2}[./\-](?:19|20)\d\d")
#: A licence's short label before its value, without a colon (``LN NGUYEN``).
_CODE_LABEL = re.compile(r"\s*(?:LN|FN|GN|SN|MN)\s+")
_NAME_CODES = frozenset(("LN", "FN", "GN", "SN", "MN"))
_BIRTH_LABEL = re.compile(
    r"(?i)\s*[*#]*\s*(?:dob|d\.o\.b\.?|date of birth|birth ?date|born|geburtsdatum|geb\.?"
    r"|date de naissance|né\(?e?\)? le|fecha de nacimiento|data di nascita|data de nascimento"
    r"|geboortedatum|data urodzenia|datum narození|doğum tarihi)\s*[*#]*\s*"
)
#: Words of a name label naming another's name than the holder's ("Bank name").
_NOT_HOLDER = voc.words(
    """bank branch employer company business school street city town issuer issuing
    authority office institution organisation organization product file place
    banque banco bankname firma empresa entreprise société behörde autorité autoridad"""
)
_WORD = re.compile(r"[^\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*\.?")
#: A short text: a card's OCR, not a page of a document.
_SHORT = 600
#: Lines read around the identifier line: a card has few.
_BEFORE, _AFTER = 4, 6
_ID_KINDS = frozenset(("national_id", "ssn"))
#: Month words a date line may hold, by their first three letters (enough to order the
#: dates of one card; a month word of another language orders by year alone).
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS = {w: i + 1 for i, w in enumerate(_MONTH_WORDS)}
#: Words of a card's headings and printed labels: a line holding one names no holder.
_HEADINGS = voc.words(
    """republic république republik república repubblica rzeczpospolita republiek
    kingdom royaume königreich reino federal federale bundesrepublik confederation
    confédération eidgenossenschaft schweizerische union européenne european government
    gouvernement ministry ministère state states estado estados united national nationale
    nacional nazionale identity identité identidad identità card carte karte tarjeta kaart
    karta document documento dokument passport passeport pasaporte reisepass licence
    license driving driver permis führerschein insurance assurance versicherung seguro
    health santé gesundheit salud specimen spécimen muster sample signature unterschrift
    firma nationality nationalité staatsangehörigkeit nacionalidad sex sexe geschlecht
    sexo surname name nom nombre vorname nachname given names"""
)


def _blocks(text: str) -> list[list[tuple[int, int]]]:
    """Runs of lines: spans between line breaks, a JSON string's quotes ending a run."""
    out: list[list[tuple[int, int]]] = []
    start = 0
    for piece in text.split('"'):
        end = start + len(piece)
        if _BREAK.search(piece):
            lines: list[tuple[int, int]] = []
            at = start
            for m in _BREAK.finditer(text, start, end):
                lines.append((at, m.start()))
                at = m.end()
            lines.append((at, end))
            out.append(lines)
        start = end + 1
    return out


def _date_key(line: str) -> tuple[int, int, int] | None:
    """A date alone on a line as (year, month, day), or ``None``."""
    m = _DATE_LINE.fullmatch(line)
    if m is None:
        return None
    g = m.groups()
    if g[0]:
        day, month, year = int(g[0]), int(g[1]), int(g[2])
        if month > 12:  # the US order, month first
            day, month = month, day
        return year, month, day
    if g[3]:
        return int(g[3]), int(g[4]), int(g[5])
    month = _MONTHS.get(g[7].casefold()[:3], 0)
    return int(g[8]), month, int(g[6])


def _anchor(text: str, lines: list[tuple[int, int]], ids: list[int]) -> int:
    """The index of the identifier's line, or -1 when the block is no document."""
    for i, (s, e) in enumerate(lines):
        if any(s <= at < e for at in ids):
            return i
    if lines[-1][1] - lines[0][0] > _SHORT:
        return -1
    for i, (s, e) in enumerate(lines):
        if _DOCUMENT_WORD.search(text, s, e):
            return i
    return -1


def find_document_lines(text: str, hits: list[Hit]) -> None:
    """Add the holder's name line and birth-date line of identity documents in ``text``."""
    ids = [h.start for h in hits if h.kind in _ID_KINDS]
    if not ids and len(text) > _SHORT:
        return  # a long text with no identifier: no card, whatever its words
    for lines in _blocks(text):
        at = _anchor(text, lines, ids)
        if at < 0:
            continue
        short = lines[-1][1] - lines[0][0] <= _SHORT
        near = lines if short else lines[max(0, at - _BEFORE) : at + _AFTER + 1]
        _holder(text, near, lines[at], hits)
        dates = [(key, s, e) for s, e in near if (key := _date_key(text[s:e])) is not None]
        if dates:
            _, s, e = min(dates)
            _add(text, "dob", s, e, hits)
        _labelled(text, near, hits)


def _holder(
    text: str, near: list[tuple[int, int]], anchor: tuple[int, int], hits: list[Hit]
) -> None:
    """The first name line after the identifier's line (else the nearest before it)."""
    names = [
        (s, e)
        for s, e in near
        if (s, e) != anchor and _name_line(text[s:e]) and not _name_label(_split(text[s:e])[0])
    ]
    after = [span for span in names if span[0] > anchor[0]]
    if names:
        _add(text, "name", *(after or names[::-1])[0], hits)


def _split(line: str) -> tuple[str, str, int]:
    """A line's label, its value and where the value starts (``Surname: X``, ``LN X``).

    No label: the label is the whole line and the value empty.
    """
    colon = line.find(":")
    if 0 < colon <= 40:
        rest = line[colon + 1 :]
        value = rest.strip(" *#\t")
        return line[:colon], value, colon + 1 + rest.find(value[:1]) if value else len(line)
    m = _BIRTH_LABEL.match(line) or _CODE_LABEL.match(line)
    if m is not None and m.end() < len(line):
        return m.group(), line[m.end() :].strip(), m.end()
    return line, "", len(line)


def _labelled(text: str, near: list[tuple[int, int]], hits: list[Hit]) -> None:
    """Values after a name label or a birth label, on the label's line or the next one.

    Inside a JSON string an escaped line break glues its ``n`` to the next word: the
    readers of labelled text see ``nDOB``; read line by line here the label is a word.
    A licence's numbered fields (1. surname, 2. given names, 3. birth date and place)
    count only on a licence.
    """
    licence = _LICENCE.search(text, near[0][0], near[-1][1]) is not None
    for i, (s, e) in enumerate(near):
        line = text[s:e]
        numbered = _NUMBERED.fullmatch(line) if licence else None
        if numbered is not None:
            at = s + numbered.start(2)
            date = _DATE_START.match(numbered.group(2))
            if numbered.group(1) in "12":
                _name_value(text, at, s + numbered.end(2), hits)
            elif date is not None:
                _add(text, "dob", at, at + date.end(), hits)
            continue
        label, value, at = _split(line)
        if _name_label(label) and value:
            _name_value(text, s + at, e, hits)
        elif _name_label(label) and i + 1 < len(near):
            _name_value(text, *near[i + 1], hits)
        elif value and _BIRTH_LABEL.fullmatch(label) and _date_key(value) is not None:
            _add(text, "dob", s + at, e, hits)


def _name_label(label: str) -> bool:
    label = label.strip(" *#:.-\t")
    if not 0 < len(label) <= 40 or not _NOT_HOLDER.isdisjoint(_WORD.findall(label.casefold())):
        return False
    return label in _NAME_CODES or name_key(label)


def _name_value(text: str, start: int, end: int, hits: list[Hit]) -> None:
    """A labelled name: one word will do (a surname alone on its line)."""
    value = text[start:end].strip()
    words = value.split()
    if not 1 <= len(words) <= 4 or not all(_LETTERS.fullmatch(w) for w in words):
        return
    if not _HEADINGS.isdisjoint(w.casefold() for w in words):
        return
    if len(words) > 1 and not name_shaped(value):
        return  # "Chase Bank" under "Bank name": a business's, not the holder's
    if len(words) == 1 and value[0].islower():
        return
    _add(text, "name", start, end, hits)


def _add(text: str, kind: str, start: int, end: int, hits: list[Hit]) -> None:
    start, end = _trimmed(text, start, end)
    if start < end:
        hits.append(Hit(kind, start, end, MASKERS[kind](text[start:end])))


def _name_line(line: str) -> bool:
    """Two to four name-shaped words alone on a line (or a name in a script without spaces)."""
    line = line.strip()
    if not line or len(line) > 60 or ":" in line or any(ch.isdigit() for ch in line):
        return False
    if not _HEADINGS.isdisjoint(w.casefold() for w in line.split()):
        return False
    return name_shaped(line) and _DOCUMENT_WORD.search(line) is None


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
