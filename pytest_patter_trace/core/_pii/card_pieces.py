"""A card number or an SSN told in pieces: split by a filler, or over two turns.

"4556 7375 ... sorry ... 8689 9855", a card's first half in one user turn and the rest
in the next ("first half is four one ...", "... and the second half?", "one one ..."),
"my social is eight two six, and then four one two nine". Each piece alone is too short
for its kind, or reads as a phone number; joined, an issuer's prefix, length and Luhn
check (a card) or an SSN's area and group (after words naming one) tell what it is.
The pieces are joined only across a gap without digits that is a filler, an ellipsis, a
continuation ("and then") or a turn of the conversation.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import numwords as nw
from . import patterns as pat
from .hints import holds_any
from .hit import Hit
from .mask import MASKERS
from .numeric import card_digits, ssn_digits

__all__ = ["find_pieces"]

#: A filler word between the pieces of a number: "sorry", "wait", "I mean", in a few languages.
_FILLER = (
    r"(?i:sorry|wait|uh|um|er|erm|i mean|oops|perdón|perdon|perdona|espera|desculpa|pardon"
    r"|désolé|entschuldigung|moment|scusa|scusi)"
)
#: Figures in groups, then an ellipsis or a filler and nothing else, then more figures.
_FIGURE_PIECES = re.compile(
    r"(?<![\w.+-])(\d(?:[ -]?\d){3,11})"
    rf"(\s*(?:\.\.\.|…)\s*(?:{_FILLER}[,!.]?\s*(?:\.\.\.|…)?\s*)?|\s*,?\s+{_FILLER},?\s+)"
    r"(\d(?:[ -]?\d){3,11})(?![\w+]|[.-]\d)"
)
_EN_DIGIT = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
#: Figures or digit words, a filler, then figures or digit words: a card read half in
#: figures and half in words ("5442 9235 uh two zero ..."), looked at around the filler.
_MIXED_PIECES = re.compile(
    rf"(?i)(?:\d|\b{_EN_DIGIT})\s*,?\s+(?:uh|um|er|erm|sorry|wait)\b,?\s+(?:\d|{_EN_DIGIT}\b)"
)
#: How far either side of the filler the pieces of a card may reach.
_MIXED_REACH = 60
#: What a gap between spoken pieces may be: a filler, a continuation, or a new turn.
_GAP_WORDS = re.compile(
    r"(?i)\.\.\.|…|\b(?:sorry|wait|uh|um|er|i mean|and then|then|next|rest|half|part|dash|hyphen"
    r"|gui[oó]n"
    r"|continue|perdón|perdon|espera|luego|desculpa|depois|pardon|puis|ensuite|dann"
    r"|entschuldigung|poi|scusa)\b|\"role\"|'role'"
)
#: Where a gap stops being one: far past a turn or two, or at a sentence of its own.
_MAX_GAP = 260
#: A filler between figures (the ellipsis is looked for on its own).
_FILLERS = (" sorry", " Sorry", " wait", " Wait", " uh", " um", "I mean")
#: Words naming an SSN, and a continuation or a dash said after which its next piece comes.
_SSN_HINTS = ("ocial", "SSN", "ssn")
_THEN_HINTS = ("then", "luego", "después", "depois", "ensuite", "puis", "dann", "dash", "hyphen",
               "guion", "guión")  # fmt: skip


def find_pieces(text: str, hits: list[Hit]) -> None:
    """Add the cards and SSNs told in pieces; drop the phone numbers they were read as.

    Each case sits behind what all its matches hold: an ellipsis or a filler between
    figures; a message list, or two phone numbers already read out (a card over two
    turns); a word naming an SSN and a word of continuation ("and then").
    """
    if "..." in text or "…" in text or holds_any(text, _FILLERS):
        for m in _FIGURE_PIECES.finditer(text):
            digits = re.sub(r"\D", "", m.group(1) + m.group(3))
            if card_digits(digits):
                _add(text, "card", m.start(1), m.end(3), hits)
        for m in _MIXED_PIECES.finditer(text):
            lo, hi = max(0, m.start() - _MIXED_REACH), min(len(text), m.end() + _MIXED_REACH)
            runs = [(s + lo, e + lo, d) for s, e, d in _spoken_runs(text[lo:hi])]
            _join(text, runs, hits, ssn=False)
    if "role" in text:  # a message list: a piece in each turn
        _join(text, _spoken_runs(text), hits, ssn=False)
    else:
        phones = sorted((h.start, h.end) for h in hits if h.kind == "phone")
        # Only two numbers close together are read (a text of many numbers has few such).
        near = [(a, b) for a, b in pairwise(phones) if b[0] - a[1] <= _MAX_GAP]
        for (s1, e1), (s2, e2) in near:
            if _GAP_WORDS.search(text, e1, s2):
                pair = [(s1, e1, nw.read(text[s1:e1])), (s2, e2, nw.read(text[s2:e2]))]
                _join(text, pair, hits, ssn=False)
    if holds_any(text, _SSN_HINTS) and holds_any(text, _THEN_HINTS):
        _join(text, _spoken_runs(text), hits, ssn=True)


def _join(text: str, runs: list[tuple[int, int, str]], hits: list[Hit], *, ssn: bool) -> None:
    """Join each two runs (an SSN's three too) with a filler, a continuation or a turn between."""
    for i, (s1, e1, d1) in enumerate(runs):
        digits, end = d1, e1
        for s2, e2, d2 in runs[i + 1 : i + (3 if ssn else 2)]:
            gap = text[end:s2]
            if len(gap) > _MAX_GAP or not _GAP_WORDS.search(gap):
                break
            digits, end = digits + d2, e2
            if ssn and ssn_digits(digits) and pat.SSN_CONTEXT.search(text, max(0, s1 - 48), s1):
                _add(text, "ssn", s1, e2, hits)
            elif not ssn and len(d1) >= 4 and len(d2) >= 4 and card_digits(digits):
                _add(text, "card", s1, e2, hits)


def _spoken_runs(text: str) -> list[tuple[int, int, str]]:
    """Runs of number words and figures, each with the digits it reads out (2 or more)."""
    runs: list[tuple[int, int, str]] = []
    start = end = -1
    for m in nw.TOKEN.finditer(text):
        token = m.group().lower()
        joined = end >= 0 and len(text[end : m.start()]) <= 2 and "\n" not in text[end : m.start()]
        if nw.is_number(token) or token.isdigit():
            if start >= 0 and joined:
                end = m.end()
                continue
            _close(text, start, end, runs)
            start, end = m.start(), m.end()
        else:
            _close(text, start, end, runs)
            start = end = -1
    _close(text, start, end, runs)
    return runs


def _close(text: str, start: int, end: int, runs: list[tuple[int, int, str]]) -> None:
    if start < 0:
        return
    digits = nw.read(text[start:end])
    if len(digits) >= 2 and digits.isdigit():
        runs.append((start, end, digits))


def _add(text: str, kind: str, start: int, end: int, hits: list[Hit]) -> None:
    """Add the joined number; a phone or card found in one of its pieces goes."""
    hits[:] = [
        h for h in hits if h.kind not in ("phone", "card") or h.end <= start or h.start >= end
    ]
    hits.append(Hit(kind, start, end, MASKERS[kind](text[start:end])))
