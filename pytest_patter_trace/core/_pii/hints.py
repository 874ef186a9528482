"""Whether a long text holds any of a finder's literal hints, decided on its distinct words.

Most finders first ask whether a text holds one of their hint words, and skip their
pattern when it holds none. Each ``hint in text`` reads the whole text; a 4 KB piece of a
transcript asked for a few hundred hints reads it a few hundred times. Speech repeats its
words, so the piece's distinct words, joined once, are a much shorter text to ask.

Why that is the same answer: a hint without white space that occurs in the text lies
inside one run of non-space characters, one of ``str.split()``'s words (which splits on
exactly the characters ``str.isspace`` names), so it occurs in the words joined by a
space; and each such word is part of the text. Hints holding white space may cross words:
they are asked of the whole text, only when the longest of their own words is among the
text's (each of a hint's words lies inside one of the text's words, the same way).
"""

from __future__ import annotations

from functools import lru_cache

from .memo import text_cache

__all__ = ["holds_any"]

#: Shorter texts are asked directly: splitting them costs more than it saves.
_SHORT = 512


# Keyed by the hint tuples of our own modules, never by span text.
@lru_cache(maxsize=128)
def _split_hints(
    hints: tuple[str, ...],
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The hints without white space; those with, each after its longest word."""
    spaced = tuple(h for h in hints if any(ch.isspace() for ch in h))
    plain = tuple(h for h in hints if h not in spaced)
    return plain, tuple((max(h.split(), key=len, default=""), h) for h in spaced)


@text_cache(maxsize=16)  # per scan: the words are span text
def _distinct_words(text: str) -> str:
    """``text``'s distinct words, in their first order, joined by a space."""
    return " ".join(dict.fromkeys(text.split()))


def holds_any(text: str, hints: tuple[str, ...]) -> bool:
    """``any(hint in text for hint in hints)``, asked of the text's distinct words."""
    if len(text) < _SHORT:
        return any(hint in text for hint in hints)
    plain, spaced = _split_hints(hints)
    words = _distinct_words(text)
    if any(hint in words for hint in plain):
        return True
    return any(word in words and hint in text for word, hint in spaced)
