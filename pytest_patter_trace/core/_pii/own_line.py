"""The business's own phone line or address, read out in the agent's reply.

"Our pharmacy is at ..., the line is ...", "Llámenos al ...", "Notre agence est ouverte de
9 h à 18 h, au ...", "Sie erreichen unsere Werkstatt unter ...": a number or an address in a
sentence where the business speaks of itself (its premises, "call us", its opening hours)
is the business's published contact, not the caller's. A sentence that speaks of the
caller's own ("your number", "we'll call you back at") keeps its hits.

Kept by hand: no library tells whose contact a sentence gives; the words a business uses
of itself are a short list per language.
"""

from __future__ import annotations

import re

from .hit import Hit

__all__ = ["MAX_TEXT", "agent_side", "drop_business_own"]

#: Longest reply looked at: a business's contact line is a short turn.
MAX_TEXT = 600
_KINDS = frozenset(("phone", "address"))
#: Premises a business names as its own, after a first-person plural possessive.
_PLACE = (
    r"(?:pharmacy|clinic|office|store|shop|branch|practice|agency|showroom|restaurant|hotel"
    r"|workshop|garage|salon|surgery|hotline|helpline|front desk|reception|main line"
    r"|sucursal|oficina|tienda|farmacia|cl[ií]nica|consultorio|agencia|local|taller"
    r"|agence|boutique|magasin|pharmacie|cabinet|bureau|atelier|clinique|standard"
    r"|werkstatt|praxis|filiale|b[üu]ro|laden|gesch[äa]ft|apotheke|kanzlei"
    r"|sede|ufficio|negozio|agenzia|studio|officina|loja|farm[áa]cia|ag[êe]ncia"
    r"|escrit[óo]rio|winkel|apotheek|vestiging|kantoor|butik|apotek|kontor)"
)
#: A business speaking of itself, in several languages (lower case).
_OWN = re.compile(
    rf"(?i)\b(?:our|nuestr[ao]s?|notre|nos|unser(?:e[mnrs]?)?|nostr[ao]|noss[ao]s?|onze|ons"
    rf"|v[åa]r|vårt|vores|nasz[aey]?)\s+(?:\w+\s+)?{_PLACE}\b"
    r"|\b(?:call|reach|contact|visit|text|find)\s+us\b|\bwe(?:'re|\s+are)\s+(?:located|open)\b"
    r"|ll[áa]m[ae]nos|cont[áa]ctenos|vis[íi]tenos|de atenci[óo]n|estamos ubicad"
    r"|appelez[- ]nous|contactez[- ]nous|nous sommes situ|est ouverte?\b|ouverts?\s+de"
    r"|erreichen\s+sie\s+(?:uns|unser)|rufen\s+sie\s+uns|besuchen\s+sie\s+uns|öffnungszeit"
    r"|chiamateci|contattateci|siamo aperti|ligue(?:-nos| para n[óo]s)|estamos abertos"
    r"|bel\s+ons|wij zijn geopend|ring\s+oss|ring\s+os"
)
#: The caller's own contact spoken of in the same sentence: the hit stays.
_CALLERS = re.compile(
    r"(?i)\b(?:your|yours|tu|tus|votre|vos|ihre[mnrs]?|deine?|tuo|tua|seu|sua|uw|jouw|din|ditt)\b"
    r"|\b(?:call|text|ring|reach)\s+you\b|te\s+llam|vous\s+rappel|sie\s+zur[üu]ck"
)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
#: Key words of the caller's side of a call: a caller's "call us there" gives their own.
_CALLER_KEY = re.compile(r"(?i)user|transcri|input|prompt|caller|stt|asr|human")


def agent_side(key: str | None) -> bool:
    """Whether a key may hold the agent's reply (not the caller's side of the call)."""
    return key is not None and _CALLER_KEY.search(key) is None


def drop_business_own(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the phone numbers and addresses a business gives as its own.

    Args:
        text: a turn of conversation.
        hits: the hits found in it.

    Returns:
        The hits kept: all of them unless a sentence holding a phone number or an address
        is the business speaking of itself.
    """
    if not any(h.kind in _KINDS for h in hits) or _OWN.search(text) is None:
        return hits
    # Sentences with the business speaking of itself and not of the caller's contact.
    own: list[tuple[int, int]] = []
    start = 0
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        sentence = text[start:end]
        if _OWN.search(sentence) and not _CALLERS.search(sentence):
            own.append((start, end))
        start = end
    return [
        h
        for h in hits
        if h.kind not in _KINDS or not any(s <= h.start and h.end <= e for s, e in own)
    ]
