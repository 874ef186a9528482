"""Street addresses in lower case with no word announcing them, as speech-to-text writes.

Capital letters tell a street's name in written text; a transcript has none, so these
shapes lean on what a street has besides: a postcode and a town after the number ("via
dei mille 14 20121 milano"), a number before a French street word ("17 rue des lilas"),
a street word glued to its name ("lindenstraße 5", "storgatan 12"), a Turkish street
word then ``no`` ("atatürk caddesi no 45"), a Philippine barangay after a house and
street, a Singapore postcode after the country's name. Kept by hand for the reasons
:mod:`.street_speech` gives: no library finds addresses in free text without a model.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hints import holds_any, words_of
from .text_forms import word_set

__all__ = ["find_lower_streets"]

_WORD = r"[^\W\d_][\w'’\-]*"
#: A postcode before the town: 5 digits, 4, Polish 2-3, Portuguese 4-3, Swedish 3 2.
_POSTCODE_TOWN = r"\s*,?\s*(?:\d{5}|\d{4}(?:-\d{3})?|\d{2}-\d{3}|\d{3}\s\d{2})\s+[^\W\d_]{3,}"
#: Street words written before the name, in lower case.
_BEFORE = (
    r"via|viale|piazza|piazzale|corso|largo|vicolo|calle|avenida|avda|paseo|plaza|carrer"
    r"|rua|travessa|alameda|rue|avenue|boulevard|chemin|allée|quai|route|ulica|ul\.|aleja"
    r"|strada|str\.|bulevardul|calea"
)
#: Endings of street names written as one word (German, Dutch, Nordic, Finnish...).
_ENDINGS = (
    r"straße|strasse|gasse|weg|allee|platz|ring|damm|gatan|vägen|gata|gränd|veien|vegen"
    r"|gaten|gate|vej|gade|stræde|straat|laan|gracht|katu|tie|kuja"
)
#: A street, its number, then a postcode and a town: the postcode makes it an address.
_POSTCODE_CLOSED = re.compile(
    rf"(?i)(?<![\w.])(?:(?:{_BEFORE})\s+(?:{_WORD}\s+){{1,4}}|{_WORD}(?:{_ENDINGS})\s+)"
    rf"\d{{1,4}}[a-z]?{_POSTCODE_TOWN}"
)
#: Street words glued to the name that no other word ends with: a number after is enough.
_GLUED = re.compile(
    r"(?i)(?<![\w.])[^\W\d_]{2,}(?:straße|strasse|gasse|allee|platz|gatan|vägen|veien|vegen"
    r"|stræde|straat|gracht)\s+\d{1,4}[a-z]?(?![\d.,:]\d)"
)
#: French: a number, then the street word and its name ("17 rue des lilas").
_FRENCH = re.compile(
    r"(?i)(?<![\w.,])\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|boulevard|bd|chemin|allée|impasse"
    r"|quai)\s+(?:(?:de la|de l'|du|des|de|d'|la|le|les)\s*)?[^\W\d_]{2,}"
)
#: Turkish: a name, a street word, then ``no`` and a number.
_TURKISH = re.compile(
    r"(?i)(?<!\w)[^\W\d_]+\s+(?:caddesi|cad\.|cd\.|sokak|sokağı|sk\.|bulvarı|mahallesi|mah\.)"
    r"\s+(?:no\s*[.:]?\s*)?\d{1,4}[a-z]?"
)
#: The Philippines: a house number and street, then the barangay.
_BARANGAY = re.compile(
    r"(?i)(?<![\w.])\d{1,5}[a-z]?\s+(?:[^\W\d_]+\.?\s+){1,4}(?:brgy|barangay)\.?\s+[^\W\d_]+"
)
#: Singapore: the country's name, then its six-digit postcode (``singapore 521123``, ``S(521123)``).
_SINGAPORE = re.compile(r"(?i)(?<!\w)(?:singapore\s*\(?|s\()\d{6}\)?")
#: Post office boxes as a transcript writes them, in lower case ("po box 4521").
_PO_BOX = re.compile(
    r"(?i)(?<!\w)(?:p\.?\s?o\.?\s?box|post office box|apartado(?: de correos| postal)"
    r"|caixa postal|casella postale|boîte postale|boite postale|postfach|postbus|postboks)"
    r"(?:\s+(?:is|es|é|ist|est|number|no\.?|n[°º]))?\s*:?\s*\d{1,6}(?!\d)"
)
#: Vietnamese in lower case: "số 12 ngõ 34", "số 5 đường ...": the number, then the lane
#: or street word.
_VIETNAMESE = re.compile(
    r"(?i)(?<!\w)số\s+(?:nhà\s+)?\d{1,5}[a-z]?(?:/\d{1,4})*\s*,?\s+(?:ngõ|ngách|hẻm|kiệt|đường"
    r"|phố)\s+[^\W_]+"
)
_HINTS = {
    _POSTCODE_CLOSED: (),  # no literal every match holds: run when the text has 4+ digits
    _GLUED: ("straße", "strasse", "gasse", "allee", "platz", "gatan", "vägen", "veien", "vegen",
             "stræde", "straat", "gracht"),
    _FRENCH: ("rue", "boulevard", "bd", "chemin", "allée", "impasse", "quai"),
    _TURKISH: ("cadde", "cad.", "cd.", "sokak", "sokağı", "sk.", "bulvar", "mahalle", "mah."),
    _BARANGAY: ("brgy", "barangay"),
    _SINGAPORE: ("singapore", "s("),
    _PO_BOX: ("box", "apartado", "caixa", "casella", "postale", "postfach", "postbus", "postboks"),
    _VIETNAMESE: ("số",),
}  # fmt: skip
_FOUR_DIGITS = re.compile(r"\d{4}")
#: The first words of those shapes, in an ASCII text: a text with none skips them all.
_ASCII_FIRST = voc.words(
    """via viale piazza piazzale corso largo vicolo calle avenida avda paseo plaza carrer rua
    travessa alameda rue avenue boulevard chemin quai route ulica ul. aleja strada str.
    bulevardul calea bd brgy brgy. barangay singapore caddesi cad. cd. sokak sk. mahallesi
    mah. box p.o. po apartado caixa casella boite postfach postbus postboks"""
)
_ASCII_ENDINGS = ("strasse", "gasse", "allee", "platz", "weg", "ring", "damm", "gatan", "gata",
                  "veien", "vegen", "gaten", "gate", "vej", "gade", "straat", "laan", "gracht",
                  "katu", "tie", "kuja", "s(", "str.")  # fmt: skip


#: One of _ASCII_ENDINGS at a word's end: white space or the text's end after it.
_ENDING = re.compile(f"(?:{'|'.join(map(re.escape, _ASCII_ENDINGS))})(?=\\s|$)")


def _word_ending(lowered: str) -> bool:
    """Whether a word of ``lowered`` (split on white space) ends with one of _ASCII_ENDINGS.

    Asked of the distinct words, in one search: an ending holds no white space, so it
    ends a word exactly where white space or the end follows it.
    """
    return _ENDING.search(words_of(lowered)) is not None


def find_lower_streets(text: str, lowered: str, found: list[tuple[int, int]]) -> None:
    """Add the spans of the lower-case street shapes of this module."""
    # Distinct words: speech repeats its words, and each is asked for its ending.
    ascii_text = lowered.isascii()
    if ascii_text and _ASCII_FIRST.isdisjoint(word_set(lowered)) and not _word_ending(lowered):
        return
    for pattern, hints in _HINTS.items():
        if hints and not holds_any(lowered, hints):
            continue
        if not hints and not _FOUR_DIGITS.search(text):
            continue
        found.extend(m.span() for m in pattern.finditer(text))
