"""Forms of one text that several finders ask for: lower-cased, and its set of words.

A long value is scanned in pieces of a few kilobytes, and a dozen finders each lowered
a piece or split it into words to gate their search. Each form is made once per piece
here and kept for the scan (the forms are span text: :mod:`.memo` forgets them when the
scan ends). Short texts are cheaper to lower than to look up: they are made each time.
"""

from __future__ import annotations

from .hints import words_of
from .memo import text_cache

__all__ = ["lower", "word_set"]

#: Texts shorter than this are lowered directly: a cache look-up costs about as much.
_SHORT = 512


@text_cache(maxsize=16)  # per scan: span text
def _lowered(text: str) -> str:
    return text.lower()


def lower(text: str) -> str:
    """``text.lower()``, made once per scan for a long text."""
    return text.lower() if len(text) < _SHORT else _lowered(text)


@text_cache(maxsize=16)  # per scan: span text
def word_set(text: str) -> frozenset[str]:
    """``frozenset(text.split())``: the text's words, split on white space.

    Made from :func:`~.hints.words_of`, the distinct words a long text's gates already
    made (the same set: each of them is one of the text's words, and each word is there).
    """
    return frozenset(words_of(text).split())
