"""Gates in front of the number finders: a whole text ruled out in C, or asked in full.

Each gate answers False only where the pattern it stands in front of cannot match, so
the finder behind it finds what it found without one (tests/core/test_pii_number_gates.py).
"""

from __future__ import annotations

import re

from . import patterns as pat
from .phone import digit_shape, shape_has

__all__ = [
    "CARD_HINT_SHAPE",
    "SINGLE_DIGITS",
    "card_hint",
    "dotted_digits_hint",
    "number_then_word",
    "phone_candidates",
    "single_digits_hint",
]

#: ``CARD_HINT`` on a ``digit_shape``.
CARD_HINT_SHAPE = re.compile(rb"0(?:[ -]?0){12}")
#: What ``CARD_HINT_SHAPE`` may hold between its digits: deleted, a match's 13 digits touch.
_CARD_HINT_SEPARATORS = b" -"


def card_hint(shape: bytes | None, text: str) -> bool:
    """``shape_has(shape, text, CARD_HINT_SHAPE, CARD_HINT)``; most shapes ruled out in C.

    A match is 13 digits with a space or hyphen at most between each two: with every
    space and hyphen deleted, 13 digits in a row. Without those none matches; the
    pattern (tried at every digit of a text full of phone numbers) decides the rest.
    """
    if shape is not None and b"0" * 13 not in shape.translate(None, _CARD_HINT_SEPARATORS):
        return False
    return shape_has(shape, text, CARD_HINT_SHAPE, pat.CARD_HINT)


#: Six digits read one by one: the gate in front of a card read out digit by digit.
SINGLE_DIGITS = re.compile(r"\d[ ,]{1,2}\d[ ,]{1,2}\d[ ,]{1,2}\d[ ,]{1,2}\d[ ,]{1,2}\d")
#: ``SINGLE_DIGITS`` on a ``digit_shape``: its first ``0`` is looked for in C.
_SINGLE_DIGITS_SHAPE = re.compile(rb"0[ ,]{1,2}0[ ,]{1,2}0[ ,]{1,2}0[ ,]{1,2}0[ ,]{1,2}0")


def single_digits_hint(probe: str) -> bool:
    """False when no part of ``probe`` holds ``SINGLE_DIGITS`` (one search, not one a number).

    The pattern looks at nothing around what it matches: none in the whole text, none
    in a candidate of it.
    """
    return shape_has(digit_shape(probe), probe, _SINGLE_DIGITS_SHAPE, SINGLE_DIGITS)


#: ``IPV4_HINT`` (a digit, a dot, a digit) on a ``digit_shape``: a substring test.
_DOTTED_DIGITS_SHAPE = b"0.0"


def dotted_digits_hint(text: str) -> bool:
    """``IPV4_HINT.search(text)``: a digit, a dot, a digit (every dotted quad holds one)."""
    return shape_has(digit_shape(text), text, _DOTTED_DIGITS_SHAPE, pat.IPV4_HINT)


#: ``NUMBER_THEN_WORD`` on a ``digit_shape``: ``\s`` spelt out as the ASCII characters it
#: matches in a ``str`` pattern (``\x1c`` to ``\x1f`` too, unlike a bytes pattern's).
_NUMBER_THEN_WORD_SHAPE = re.compile(rb"0[A-Za-z]?[\t\n\x0b\x0c\r\x1c-\x1f ]+[A-Za-z]")


def number_then_word(text: str) -> bool:
    """``NUMBER_THEN_WORD.search(text)``: a digit, maybe a letter, white space, a letter.

    The street address's gate; on ASCII text its first digit is looked for in C.
    """
    return shape_has(digit_shape(text), text, _NUMBER_THEN_WORD_SHAPE, pat.NUMBER_THEN_WORD)


#: A digit, then the characters ``PHONE_CANDIDATE``'s digits may have between them on
#: ASCII text, on a ``digit_shape``: a run that one candidate's digits lie in (from its
#: first digit: the search skips to a literal in C).
_CANDIDATE_RUN_SHAPE = re.compile(rb"0[0 ().\-]*")
#: What may come before a candidate's first digit and after its run's start: ``+`` (or
#: ``00``, digits of the run), a space, an opening bracket.
_CANDIDATE_LEAD = 3
#: A candidate's digits from its first to its last: a digit, five or more, a digit.
_CANDIDATE_CORE = 7
#: What the candidate's look-ahead reads after it.
_CANDIDATE_TAIL = 2


def phone_candidates(probe: str) -> list[re.Match[str]]:
    """``PHONE_CANDIDATE``'s matches in ``probe``, searched only around its runs of digits.

    On ASCII text every match lies in one run of digits and their separators (and the
    three characters before it): outside those windows none starts, and none crosses
    from one to the next, so a search of each window from its start (the look-behinds
    see the text before it) finds what one search of the whole text finds.
    """
    shape = digit_shape(probe)
    if shape is None:
        return list(pat.PHONE_CANDIDATE.finditer(probe))
    windows: list[list[int]] = []
    for m in _CANDIDATE_RUN_SHAPE.finditer(shape):
        start, end = m.span()
        if end - start < _CANDIDATE_CORE:
            continue
        start = max(0, start - _CANDIDATE_LEAD)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    size = len(probe)
    search = pat.PHONE_CANDIDATE.finditer
    return [
        m for start, end in windows for m in search(probe, start, min(size, end + _CANDIDATE_TAIL))
    ]
