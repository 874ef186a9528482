"""One number read twice in a value keeps the kind it was found with.

A speech-to-text response lists its alternatives ("my social security number ...",
"my sociel security number ..."), a transcript repeats a number to confirm it: where the
words naming it are misheard, the second reading has no context and reads as a phone
number. Its digits match the first reading's, whose kind they take.
"""

from __future__ import annotations

from .hit import Hit
from .mask import MASKERS

__all__ = ["keep_kinds"]

#: Kinds a bare run of digits may also read as a phone number.
_NUMBER_KINDS = frozenset(("ssn", "card", "national_id", "bank_account"))


def keep_kinds(text: str, hits: list[Hit]) -> None:
    """Give a phone number the kind its same digits were found with elsewhere in ``text``."""
    known = {_digits(text, h): h.kind for h in hits if h.kind in _NUMBER_KINDS and h.end > h.start}
    if not known:
        return
    for i, h in enumerate(hits):
        if h.kind != "phone":
            continue
        kind = known.get(_digits(text, h))
        if kind is not None:
            hits[i] = Hit(kind, h.start, h.end, MASKERS[kind](text[h.start : h.end]))


def _digits(text: str, hit: Hit) -> str:
    return "".join(ch for ch in text[hit.start : hit.end] if ch.isdigit())
