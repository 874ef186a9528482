"""Addresses said after "my address is" or "I live at", read by their shape, in many languages.

"Живеам на Гоце Делчев 3в/11, 6000 Охрид", "Aderesi yanjye ni KN 45 St, No 12, Kigali",
"Ny adiresiko dia Lot IVG 23 Bis, Antananarivo 101", "Ik woon op Lindelei 23, 9000, Gent",
"I live at 45/2, Gandhi Chowk, Nagpur 440001": a lead (the word for "address" with its
possessive, or a verb of living somewhere, in the languages of South-East Europe, the
Great Lakes, Madagascar, the Low Countries and India), the little words after it, then a
head that reads as a house or a plot, and after it a comma and a town or a postcode.

The head is one of: a plot ("Lot IVG 23 Bis", "Plot 14"), a grid street ("KN 45 St"), a
house number with its letter or slash before a comma and a capitalised word ("45/2, Gandhi
Chowk", "C-12, Shanti Colony"), or a capitalised street name and its number ("Партизанска
12а/3", "Dorpsplein 4 bus 2"). Without a head right after the lead ("I live at home with
2 kids, Maria") nothing is read. A person's name found inside such an address that holds
a street word ("Bağlar Cad.", "Ganesh Chowk") is the street's: :func:`without_street_names`.
"""

from __future__ import annotations

import re

from .hints import holds_any
from .hit import Hit
from .mask import MASKERS
from .phone import overlap_test
from .vocabulary import words

__all__ = ["HINTS", "find_led_addresses", "without_street_names"]

#: Words for "address" (a stem; the possessive endings follow it: "adiresiko", "адресата").
_ADDRESS_WORDS = (
    r"address|adres|adresse|adresa|адрес|aderesi|adiresi|adiresy|anwani|naslov|indirizzo"
    r"|endereço|endereco|direcci[oó]n|domicilio"
)
#: Verbs of living somewhere, by language (first person; some plural).
_LIVE_VERBS = (
    r"i live|we live|i stay|we stay|i am staying|i'm staying|i reside|ik woon|we wonen"
    r"|wij wonen|живеам|живееме|живея|живеем|живим|живимо|živim|živimo|живу|мешкаю"
    r"|ntuye|dutuye|ntuba|mba|tuba|ninaishi|naishi|tunaishi|ninakaa|mipetraka|monina"
    r"|j'habite|j’habite|nous habitons|on habite|je vis|nous vivons|je demeure|ich wohne"
    r"|wir wohnen|mieszkam|bydlím"
    # Sending something to a home: "deliver to", "send the parcel to".
    r"|deliver(?: it| this| the \w+)? to|send(?: it| this| the \w+)? to|ship(?: it)? to"
)
#: Little words between the lead and the address: "is", "at", "my", "on the", Slavic
#: prepositions, "kuri", "ao amin'ny", "dia", ":".
_LITTLE = (
    r"is|are|at|in|on|the|my|op|aan|in de|is het|e|е|је|je|ми|mi|моја|мојата|moja|na|на|во|в"
    r"|у|u|v|ni|yanjye|yange|yacu|yangu|ya|kuri|ku|mu|i|ao|amin'ny|amin’ny|dia|ko|est|à|au"
    r"|es|en|ist|in der|jest|na ulici|ulica|ul\."
)
_LEAD = re.compile(
    rf"(?i)(?<!\w)(?:(?:{_ADDRESS_WORDS})\w*|{_LIVE_VERBS})"
    rf"(?:\s*(?::|-|–|,)|\s+(?:{_LITTLE})(?!\w))*\s*"
)
#: What every _LEAD match holds (lower case); a common word with the one before it ("i
#: live", "je vis"), not alone ("vis" is in "visit", "live" in "delivery").
HINTS = ("addr", "adres", "adresa", "адрес", "aderesi", "adiresi", "adiresy", "anwani", "naslov",
         "indirizzo", "endere", "direcci", "domicilio", "i live", "we live", "i stay",
         "we stay", "staying", "reside", "woon", "wonen", "живе", "живим", "živim", "živimo",
         "живу", "мешкаю", "tuye", "tuba", "mba", "naishi", "ninakaa", "mipetraka", "monina",
         "habite", "habitons", "je vis", "vivons", "demeure", "wohne", "wohnen", "mieszkam",
         "bydlím", "deliver", "send", "ship to", "ship it to")  # fmt: skip

_UP = "A-ZÀ-ÖØ-ÞĀ-ŽΑ-ΩА-ЯЀ-Џ"
_CAP = rf"[{_UP}][\w'’.\-]*"
#: A house number: digits, a letter or two, a slash and a flat ("3в/11", "45/2", "12b/3").
_HOUSE = r"\d{1,5}(?:[^\W\d_]{1,2}(?!\w))?(?:/\d{1,4}[^\W\d_]?)?"
#: A plot: "Lot VA 45 Ter", "Lot IVG 23 Bis", "Plot No. 14".
_PLOT = (
    r"(?:Lot|Lote|Plot|Parcelle|Parcel)\.?\s+(?:No\.?\s*)?"
    rf"(?:[{_UP}\d]\w{{0,4}}\s+){{0,3}}\d{{1,5}}(?:\s+(?:Bis|Ter|[{_UP}]))?(?!\w)"
)
#: A grid street: "KG 210 Ave", "KN 45 St".
_GRID = r"[A-Z]{2,3}\s?\d{1,4}\s+(?:St|Ave|Rd|Street|Avenue|Road)\b\.?"
_HEAD = re.compile(
    rf"{_PLOT}|{_GRID}"
    # A house number, a comma, a capitalised word: "45/2, Gandhi Chowk", "C-12, Shanti".
    rf"|(?:[A-Z]-?)?{_HOUSE}(?=\s*,\s*[{_UP}])"
    # A capitalised street name, lower-case words inside it, and its number.
    rf"|{_CAP}(?:\s+[\w'’.\-]+){{0,3}}?\s+{_HOUSE}(?:\s+(?i:bus|box|app|apt)\.?\s*\d{{1,4}})?"
    r"(?=\s*,)"
)
#: A plot or a grid street a little after the lead, behind a quarter's name.
_PLOT_OR_GRID = re.compile(rf"(?<!\w)(?:{_PLOT}|{_GRID})")
#: After the head: a comma, then a postcode or a capitalised town, and what closes it.
_TAIL = re.compile(
    rf"[^\n.!?]{{0,40}}?,\s*(?:\d{{3,6}}(?![\d.,:])|[{_UP}][\w'’\-]+)"
    rf"(?:[\s\-–]+\d{{3,6}}(?![\d:])|,?\s+[{_UP}][\w'’\-]+|,\s*\d{{3,6}}(?![\d:]))*"
)
#: Words of a street's kind: a name holding one inside an address is the street's.
_STREET_WORDS = words(
    """cad cad. cadde caddesi sok sok. sokak sokağı sk sk. bulvarı bulvar mah mah. mahallesi
    chowk nagar marg colony gali galli road rd street st lane avenue ave layout enclave
    vihar bagh peth chawl society sector phase extension cross main straat laan lei plein
    weg dreef ulica ulice ул улица булевар бул"""
)


def find_led_addresses(text: str, lowered: str, hits: list[Hit]) -> None:
    """Add the addresses said after a lead: their head and their town or postcode.

    Args:
        text: the value.
        lowered: ``text.lower()``, for the gate.
        hits: where the hits go.
    """
    if "," not in text or not holds_any(lowered, HINTS):
        return
    for lead in _LEAD.finditer(text):
        head = _HEAD.match(text, lead.end())
        if head is None:  # a quarter first ("Ntuye mu Kimironko, KG 11 Ave"): a plot or grid
            head = _PLOT_OR_GRID.search(text, lead.end(), lead.end() + 40)
        if head is None:
            continue
        tail = _TAIL.match(text, head.end(), head.end() + 90)
        if tail is not None:
            value = text[head.start() : tail.end()]
            hits.append(Hit("address", head.start(), tail.end(), MASKERS["address"](value)))


def without_street_names(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without a name over an address whose words name a street's kind."""
    spans = [(h.start, h.end) for h in hits if h.kind == "address"]
    if not spans:
        return hits
    over = overlap_test(spans)  # by bisection: a long text holds thousands of each
    dropped = {
        h
        for h in hits
        if h.kind == "name"
        and over(h.start, h.end)
        and not _STREET_WORDS.isdisjoint(text[h.start : h.end].lower().split())
    }
    return [h for h in hits if h not in dropped] if dropped else hits
