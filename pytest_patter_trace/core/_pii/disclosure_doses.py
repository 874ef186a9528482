r"""A person's medicine told by its international name and a dose.

"Missed her donepezil dose", "Mama nimmt 5 mg Bisoprolol", "takes ramipril 10mg": the
international nonproprietary name (INN) of a medicine is the same word in every
language, and its stem says the class of illness it treats (``-pezil`` dementia,
``-olol`` and ``-pril`` the heart, ``-formin`` and ``-gliptin`` diabetes, ``-azepam``
anxiety, ``-mab`` cancer or an immune disease). With a dose or a missed or taken dose,
said of a person, the sentence discloses a condition.

The stems are the WHO's published INN stems (the ones whose class is an illness, not a
passing infection): no maintained package lists them with their classes. A business
selling or stocking the medicine ("we stock metformin 500 mg") tells no one's state.
"""

from __future__ import annotations

import re

from .hints import holds_any
from .hit import Hit
from .mask import mask_free_text

__all__ = ["find_doses"]

#: What a text naming one of the medicines holds (lower case): the gate, cheaper than a
#: search for a dose over a long value.
_HINTS = ("pril", "olol", "alol", "sartan", "statin", "pezil", "stigmin", "memantin", "zepam",
          "zolam", "mab", "formin", "gliptin", "gliflozin", "glutide", "glinide", "glitazon",
          "oxetin", "apine", "idone", "peridol", "lamide", "dipine", "semide", "thiazide",
          "xaban", "gatran", "parin", "triptylin", "pramin", "faxin", "lamotrigin", "racetam",
          "pentin", "gabalin", "levodopa", "tinib", "platin", "rubicin", "taxel", "trexat",
          "coxib", "lukast", "thyrox", "dronat", "insulin", "lithium", "warfarin", "tamoxifen",
          "galantamin")  # fmt: skip
#: A dose: a quantity with its unit, or the word for a dose or a tablet (several
#: languages). The gate: a text with none of these holds no dose.
_DOSE = re.compile(
    r"(?i)\d(?:[.,]\d+)? ?(?:mg|mcg|µg|μg|ug|ml|iu|ie|units?|einheiten|unités|unidades)\b"
    r"|\b(?:dose|doses|dosage|dosis|dosi|dosen|tablets?|pills?|tablette\w*|comprimés?"
    r"|pastillas?|compresse|comprimidos?|capsules?|kapsel\w*|injection|injections"
    r"|spritze|piqûre|tabletk\w*|tabletta\w*|tablet\w*|annos\w*|doos|doza|dozu|dózis\w*)\b"
)
#: A word ending in an INN stem whose class treats a lasting illness.
_MEDICINE = re.compile(
    r"(?i)\b[a-z]{2,}(?:pril|prilat|olol|alol|sartan|statin|pezil|stigmine|memantin\w?"
    r"|azepam|azolam|zepam|mab|formin|gliptin|gliflozin|glutide|glinide|glitazone|oxetine"
    r"|apine|idone|peridol|lamide|dipine|semide|thiazide|xaban|gatran|parin|triptyline"
    r"|pramine|faxine|lamotrigine|racetam|tiapine|pentin|gabalin|levodopa|tinib"
    r"|platin|rubicin|taxel|trexate|coxib|lukast|thyroxine|dronate)\b"
    r"|\b(?:insulin\w*|insuline|levothyrox\w*|lithium|warfarin\w*|metformin\w*|donepezil"
    r"|rivastigmin\w*|galantamin\w*|memantin\w*|methotrexat\w*|tamoxifen\w*)\b"
)
#: Who takes it: a person or a relative, in the languages of _DOSE.
_PERSON = re.compile(
    r"(?i)\b(?:i|i'm|i've|my|me|he|she|his|her|him|mum|mom|dad|mother|father|husband|wife"
    r"|son|daughter|patient|client|resident|grandma|grandpa|nan|ich|mein\w*|sein\w*|ihr\w*"
    r"|mama|papa|mutter|vater|je|mon|ma|mes|sa|son|mère|père|mi|mis|su|madre|padre|yo"
    r"|mijn|zijn|haar|moeder|vader|mój|moja|matka|ojciec|minha|meu|mãe|pai|io|mia|mio)\b"
    r"|\bmissed\b|\bforgot\b|\bvergessen\b|\boublié\b|\bolvidó\b"
)
#: A business selling, stocking or pricing the medicine.
_BUSINESS = re.compile(
    r"(?i)^\s*(?:we|our|nous|wir|nosotros)\b|\bin stock\b|\bwe (?:stock|sell|carry|have)\b"
    r"|\bhow much\b|\bprice\b|\bgeneric\b|\bdo you (?:have|sell|stock|carry)\b"
)
#: A sentence; a point between digits ("2.5 mg") ends none.
_SENTENCE = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?]?")


def find_doses(text: str, hits: list[Hit]) -> None:
    """Add each sentence naming a person's medicine by its international name and a dose."""
    if not holds_any(text.lower(), _HINTS) or _DOSE.search(text) is None:
        return
    for sentence in _SENTENCE.finditer(text):
        part = sentence.group()
        if _DOSE.search(part) is None or _MEDICINE.search(part) is None:
            continue
        if _PERSON.search(part) is None or _BUSINESS.search(part) is not None:
            continue
        stripped = part.strip()
        start = sentence.start() + part.index(stripped[0])
        hits.append(Hit("sensitive", start, start + len(stripped), mask_free_text(stripped)))
