"""Specimen and sample documents: an issuer's or a vendor's example names no one.

Issuers print their cards with a made-up holder and a watermark (``SPECIMEN``,
``SPÉCIMEN``, ``MUSTER``; Germany's ``ERIKA MUSTERMANN``, ICAO 9303's ``ANNA MARIA
ERIKSSON``), and test fixtures flag a record ``"sample": true``. The holder's details
read from such a short value are the specimen's: the person kinds found in it are
dropped, and so is a name made only of specimen words or of an issuer's example holder.
A long value (a transcript, a log) is no one document: it is left as it is.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .hit import Hit

__all__ = ["SPECIMEN_HOLDERS", "SPECIMEN_WORDS", "drop_specimens"]

#: Words printed on a specimen instead of (or over) a holder's details, in the languages
#: issuers print them in (capitals: a watermark, never "a sample of blood").
SPECIMEN_WORDS = voc.words(
    """SPECIMEN SPÉCIMEN ESPÉCIMEN ESPECIMEN SPECIMENE MUSTER MUSTERMANN MUSTERFRAU
    MUESTRA CAMPIONE FACSIMILE FAC-SIMILÉ ÉCHANTILLON VOORBEELD WZÓR WZOR
    VZOR MINTA ÖRNEK ΔΕΙΓΜΑ ОБРАЗЕЦ ЗРАЗОК SAMPLE 見本 样本 樣本 样张 견본 ตัวอย่าง
    नमूना דוגמה نموذج"""
)
#: Holders issuers print on their specimens (family name, then given names).
SPECIMEN_HOLDERS = frozenset(
    (("MUSTERMANN", "ERIKA"), ("MUSTERFRAU", "ERIKA"), ("ERIKSSON", "ANNA", "MARIA"))
)
#: A value longer than this is more than one document: its words say nothing of a hit.
_SHORT = 2000
_PERSON_KINDS = frozenset(("name", "dob", "national_id", "ssn", "address"))
#: A specimen word alone (its own capitals), or a record's flag saying it is an example.
_MARKER = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(map(re.escape, sorted(SPECIMEN_WORDS, key=len, reverse=True)))
    + r")(?![^\W_])"
    r"|(?i:\"(?:is_?)?(?:sample|specimen|example|dummy|test_?data)\"\s*:\s*true)"
)
_WORD = re.compile(r"[^\W\d_]+")


def _specimen_name(text: str) -> bool:
    words = [w.upper() for w in _WORD.findall(text)]
    if not words:
        return False
    if all(w in SPECIMEN_WORDS for w in words):
        return True
    return any(set(holder) <= set(words) for holder in SPECIMEN_HOLDERS)


def drop_specimens(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits`` without the specimen holder's details (see the module's text)."""
    if len(text) > _SHORT or not any(h.kind in _PERSON_KINDS for h in hits):
        return hits  # most values: nothing of a person found; a long one is no document
    if _MARKER.search(text) is not None:
        return [h for h in hits if h.kind not in _PERSON_KINDS]
    return [h for h in hits if h.kind != "name" or not _specimen_name(text[h.start : h.end])]
