"""Whether any word window around a number can name an identifier: one look per text.

The named-identifier finder reads the words just before and after each number and looks
them up as identifier names. A transcript holds thousands of numbers (phone numbers read
out) and usually no identifier name at all: this gate asks the whole text once, and when
it says no, no window is read.

Why no window can name one when the gate says no (ASCII text): a window's words are the
text's words, whole, but for its first word when the window starts inside a word (the
word's end) and its last word when the window ends inside one (the word's start); a window
before a number never ends inside a word, one after a number never starts inside one (a
number has no letter right before or after it). So a name of one word or a stem is
inside one of the text's words, and a name of words ``w1 ... wn`` is, in the text's words
joined by single spaces, ``w1 ... wn`` then a space (its first word maybe a word's end)
or a space then ``w1 ... wn`` (its last word maybe a word's start). Both of those need
its first or its last word whole among the text's words: the distinct words are asked
that first, the text's words in order only for a name that passes. On other text the
gate always says yes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .hints import prefix_tree, words_of
from .text_forms import lower

__all__ = ["named_gate"]

#: Every byte but a lower-case ASCII letter, as a space: a text's words split on any
#: other character, as a window's words are.
_NOT_LETTER = bytes(ch if ord("a") <= ch <= ord("z") else ord(" ") for ch in range(256))
#: The one name that counts only in title case (Japan's "My Number"; "my number is ..."
#: is a phone): its words as written.
_TITLE_ONLY = "my number"
_TITLE_WORDS = ("My", "Number")


def _letter_words(text: str) -> list[str]:
    """The runs of letters of a lower-case ASCII ``text``, in order."""
    return text.encode("ascii").translate(_NOT_LETTER).decode("ascii").split()


def named_gate(names: Iterable[str], stems: Iterable[str]) -> Callable[[str], bool]:
    """A test of a text: False only when no window of it can name an identifier.

    ``names``: the names looked up, as words joined by one space, lower case; ``stems``:
    the words looked up with any ending.
    """
    singles = [stem for stem in stems if stem.isascii()]
    # By each end word: the names of several words that end or start with it.
    by_end: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        if not name.isascii() or name == _TITLE_ONLY:
            continue  # no other name is in ASCII words
        words = tuple(name.split())
        if len(words) == 1:
            singles.append(name)
            continue
        for end in {words[0], words[-1]}:
            by_end.setdefault(end, []).append(words)
    inside = prefix_tree(tuple(singles)).search
    ends = frozenset(by_end)

    def may_name(text: str) -> bool:
        if not text.isascii():
            return True
        if all(word in text for word in _TITLE_WORDS):
            return True
        lowered = lower(text)
        distinct = words_of(lowered)
        if inside(distinct) is not None:
            return True
        tokens = set(_letter_words(distinct))
        said = ""
        for end in ends.intersection(tokens):
            for words in by_end[end]:
                if not tokens.issuperset(words[1:-1]):
                    continue
                if words[0] not in distinct or words[-1] not in distinct:
                    continue
                if not said:
                    said = " " + " ".join(_letter_words(lowered)) + " "
                name = " ".join(words)
                if f"{name} " in said or f" {name}" in said:
                    return True
        return False

    return may_name
