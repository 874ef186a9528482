"""Cheap gates: whether a text can hold a finder's hints or a context pattern's match.

:func:`holds_any` asks a long text's distinct words for a finder's literal hints;
:func:`may_match` asks a whole text once whether a context pattern, searched in windows
before each number, can match in any of them.

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

import re
from functools import lru_cache
from typing import Any

from .memo import text_cache, text_dict

__all__ = ["holds_any", "lowered_gate", "may_match", "prefix_tree", "whole_words", "words_of"]

#: Shorter texts are asked directly: splitting them costs more than it saves.
_SHORT = 512


#: From this many hints without white space on, one search of a pattern asks for them all.
_MANY = 8
#: The characters of a hexadecimal identifier (a UUID, a trace, request or response id,
#: a hash): the values a capture holds most of. Few hints are made of these alone.
_HEX_ID_CHARS = frozenset("0123456789abcdefABCDEF-")


# Keyed by the hint tuples of our own modules, never by span text.
@lru_cache(maxsize=128)
def _split_hints(
    hints: tuple[str, ...],
) -> tuple[
    tuple[str, ...] | re.Pattern[str],
    tuple[tuple[str, str], ...],
    re.Pattern[str] | None,
    tuple[str, ...],
]:
    """The hints without white space (as one pattern when many); those with, by longest word.

    Third: with many hints holding white space, their longest words as one pattern: a
    text's words holding none of those hold no such hint. Fourth: the hints made of
    :data:`_HEX_ID_CHARS` alone, the only ones a text made of those can hold.
    """
    spaced = tuple(h for h in hints if any(ch.isspace() for ch in h))
    plain = tuple(h for h in hints if h not in spaced)
    asked = prefix_tree(plain) if len(plain) >= _MANY else plain
    longest = tuple((max(h.split(), key=len, default=""), h) for h in spaced)
    gate = prefix_tree(tuple(w for w, _ in longest)) if len(longest) >= _MANY else None
    return asked, longest, gate, tuple(h for h in hints if _HEX_ID_CHARS.issuperset(h))


def prefix_tree(literals: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern found in a text exactly where one of ``literals`` is, as a prefix tree.

    ``a|b|...`` of a few dozen literals tries each at every position; the tree tries one
    branch per character, and its first characters are a set the search skips to in C.
    A literal that is a prefix of another ends its branch: the shorter one is found first.
    """
    tree: dict[str, dict[str, Any]] = {}
    for literal in literals:
        node = tree
        for ch in literal:
            node = node.setdefault(ch, {})
        node[""] = {}  # a literal ends here

    def branches(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # found: what may follow is not needed
        alternatives = [re.escape(ch) + branches(child) for ch, child in node.items()]
        return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"

    # An empty literal is in every text: its branch is "(?:)", found everywhere too.
    return re.compile("|".join(re.escape(ch) + branches(child) for ch, child in tree.items()))


def whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    r"""A pattern found where one of ``words`` is a whole ``\w+`` token (``re.ASCII``).

    A prefix tree like :func:`prefix_tree`, but a word that is a prefix of another keeps
    the longer one as an optional branch (``on(?:ce|e)?``): the token must end where the
    word does, so the shorter one alone would miss ``once``. Words holding other
    characters than ``[A-Za-z0-9_]`` are never one token and are left out.
    """
    tree: dict[str, dict[str, Any]] = {}
    for word in words:
        if re.fullmatch(r"\w+", word, re.ASCII) is None:
            continue
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branches(node: dict[str, Any]) -> str:
        alternatives = [re.escape(ch) + branches(child) for ch, child in node.items() if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
        return f"(?:{body})?" if "" in node else body

    return re.compile(rf"\b{branches(tree)}\b" if tree else r"(?!)", re.ASCII)


#: Texts' lower-cased forms, each to the distinct words of its text, lower-cased: the
#: finders ask a text and then its ``lower()`` (per scan: span text). The words of
#: ``text.lower()`` are those of ``text``, each lower-cased: lowering turns no character
#: into white space or white space into another, and its one rule that reads around a
#: letter (a final sigma) stops at white space (tests/core/test_pii_quick_forms.py).
_LOWERED_WORDS: dict[str, str] = text_dict()
#: Lower-cased forms kept at most (a piece of a long value is asked a few times).
_LOWERED_KEPT = 16


@text_cache(maxsize=16)  # per scan: the words are span text
def _distinct_words(text: str) -> str:
    """``text``'s distinct words, in no set order, joined by a space (lowered, may repeat).

    The order and repeats do not matter: a hint without white space never crosses the joining
    space, so it is in the joined text exactly when it is inside one of the words.
    """
    words = _LOWERED_WORDS.get(text)
    if words is not None:
        return words
    words = " ".join(set(text.split()))
    lowered = text.lower()
    if lowered != text:
        if len(_LOWERED_WORDS) >= _LOWERED_KEPT:
            _LOWERED_WORDS.clear()
        _LOWERED_WORDS[lowered] = words.lower()
    return words


def words_of(text: str) -> str:
    """A text holding exactly ``text``'s words (split on white space), shorter if it repeats.

    Any search for what lies inside one word (a run of letters, a hint without white
    space) finds the same set in it as in ``text``: a long text's distinct words joined by
    a space (cached per scan), a short text itself.
    """
    return text if len(text) < _SHORT else _distinct_words(text)


def holds_any(text: str, hints: tuple[str, ...]) -> bool:
    """``any(hint in text for hint in hints)``; a long text's distinct words are asked.

    Many hints without white space are asked by one search of their prefix tree.
    """
    # ``map`` over ``__contains__``: the same test as a generator, without a Python frame
    # per hint.
    plain, spaced, spaced_gate, hex_hints = _split_hints(hints)
    if len(text) < _SHORT:
        if _HEX_ID_CHARS.issuperset(text):
            # An identifier: a hint holds a character it has not, but for a few. A search
            # of the hints' tree would stop at each of its letters (a to f) and digits.
            return any(map(text.__contains__, hex_hints))
        if isinstance(plain, tuple):
            return any(map(text.__contains__, hints))
        return plain.search(text) is not None or any(hint in text for _, hint in spaced)
    words = _distinct_words(text)
    if isinstance(plain, tuple):
        if any(map(words.__contains__, plain)):
            return True
    elif plain.search(words) is not None:
        return True
    if spaced_gate is not None and spaced_gate.search(words) is None:
        return False  # one search for all the longest words, in C
    return any(word in words and hint in text for word, hint in spaced)


#: What a pattern's body may hold for :func:`lowered_gate`: escapes of classes or of
#: punctuation, and non-capturing groups. Anything else (a look-around, an anchor, a
#: back-reference, an inline flag, a hex escape) and no gate is derived.
_GATE_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_GATE_SAFE_ESCAPES = frozenset("sSdDwW.-#:/\\()[]{}?*+|'\" ")


# Keyed by our own modules' compiled patterns, never by span text.
@lru_cache(maxsize=64)
def lowered_gate(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    r"""A pattern found in an ASCII text's ``lower()`` wherever ``pattern`` is found in a part.

    For a context pattern of the form ``(?i)\b<body>$`` searched in windows before a
    number: ``body`` alone, case-sensitive. On ASCII text, ignoring case is matching the
    lower-cased text when every letter of ``body`` is lower case (the letters ``(?i)``
    folds beyond ASCII, ``ſ`` and ``K``, are not in ASCII text); a window's match, its
    ``\b`` and ``$`` dropped, is a match of ``body`` in the whole text when ``body``
    looks at nothing around what it consumes. ``None`` when the pattern is not of that
    form: the caller then asks ``pattern`` itself.
    """
    source = pattern.pattern
    if pattern.flags & ~(re.IGNORECASE | re.UNICODE) or not source.startswith("(?i)"):
        return None
    if source.endswith("\\$"):
        return None  # an escaped dollar sign is no end anchor
    body = source.removeprefix("(?i)").removeprefix("\\b").removesuffix("$")
    escapes = _GATE_ESCAPE.findall(body)
    bare = _GATE_ESCAPE.sub("", body)
    if not all(ch in _GATE_SAFE_ESCAPES for ch in escapes):
        return None
    if any(ch in bare for ch in "^$") or "(?" in bare.replace("(?:", ""):
        return None
    if any(ch.isascii() and ch.isupper() for ch in bare):
        return None
    return re.compile(body)


def may_match(text: str, pattern: re.Pattern[str]) -> bool:
    """False only when no window of ``text`` holds a match of ``pattern`` (a gate, per text).

    Decided by :func:`lowered_gate`'s one search on ASCII text; ``True`` (ask each
    window) where it cannot decide.
    """
    gate = lowered_gate(pattern)
    if gate is None or not text.isascii():
        return True
    return gate.search(text.lower()) is not None
