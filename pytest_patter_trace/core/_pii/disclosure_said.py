"""Disclosures said plainly by naming a treatment, and the business's own talk of them.

A caller who names an opioid substitution or an HIV medicine ("I'm on suboxone", "my PrEP
refill", "haen buprenorfiinia", "biorę leki antyretrowirusowe") discloses an addiction or
an HIV status in any language: the medicine's name is the same word everywhere. The agent's
reply is the business speaking ("We dispense methadone ...", "I'm very sorry for your
loss. Our chapel is available ..."): its services and condolences disclose nothing about a
person, so a sensitive hit in such a sentence on the agent's side is dropped.

Kept by hand: no library lists the medicines whose name alone says a condition; the few
below are the international names (INN) and brands of opioid substitution and HIV therapy.
"""

from __future__ import annotations

import re

from .hints import holds_any
from .hit import Hit
from .mask import mask_free_text

__all__ = ["drop_business_talk", "find_said_treatments"]

#: What a text naming one of the medicines holds (lower case): the gate.
_HINTS = ("metad", "methad", "bupr", "retrowir", "suboxon", "subutex", "prep", "retrovir",
          "truvada", "descovy", "korvaushoi")  # fmt: skip
#: Opioid substitution and HIV medicines by their international names, brands and the
#: word for the treatment, inflected ("metadona", "buprenorfiinia", "antyretrowirusowe").
_TREATMENT = re.compile(
    r"(?i:\b(?:meth?ad[oó]n\w*|bupr[eé]n\w+|suboxon\w*|subutex|antiretrovir\w*|antyretrowir\w*"
    r"|antirr?etrovir\w*|truvada|descovy|korvaushoi\w*|substitution therap\w*))"
    r"|\bPrEP\b"
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
#: The business speaking of itself or offering condolence, in several languages.
_BUSINESS_VOICE = re.compile(
    r"(?i)^\s*(?:we|our|nous|notre|nos|wir|unser\w*|nosotros|nuestr[ao]s?|noi|nostr[ao])\b"
    r"|sorry for your loss|my condolences|our condolences|mis condolencias|mes condoléances"
    r"|nos condoléances|herzliches beileid|mein beileid|le mie condoglianze|sentite condoglianze"
    r"|meus pêsames|gecondoleerd"
)


def find_said_treatments(text: str, hits: list[Hit]) -> None:
    """Add each sentence of a caller's turn that names an addiction or HIV treatment."""
    if not holds_any(text.lower(), _HINTS):
        return
    for sentence in _SENTENCE.finditer(text):
        if _TREATMENT.search(sentence.group()):
            part = sentence.group().strip()
            start = sentence.start() + sentence.group().index(part[0])
            hits.append(Hit("sensitive", start, start + len(part), mask_free_text(part)))


def drop_business_talk(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` of an agent's reply without the sensitive ones in the business's own talk."""
    if not any(h.kind == "sensitive" for h in hits):
        return hits
    voiced = [
        (s.start(), s.end()) for s in _SENTENCE.finditer(text) if _BUSINESS_VOICE.search(s.group())
    ]
    return [
        h
        for h in hits
        if h.kind != "sensitive" or not any(s < h.end and h.start < e for s, e in voiced)
    ]
