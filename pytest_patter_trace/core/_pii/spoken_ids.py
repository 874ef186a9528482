"""Identifiers read out letter by letter and digit by digit, after a word naming them.

A caller spells a codice fiscale, a CURP, a PAN or a NINO the way speech-to-text writes
it: single letters between number words ("t b b s s m sei cinque l ..."). The letters
and the digits the words read out make the identifier, and the module of the word before
it (``ids.named_number``) checks it, with its check character: without a word naming an
identifier nothing is read, and without a check that holds nothing is found.
"""

from __future__ import annotations

import re

from . import ids
from . import numwords as nw
from .hit import Hit
from .mask import mask_spoken

__all__ = ["find_spoken_ids"]

#: Two single letters in a row after a space: every identifier spelled out after the word
#: naming it holds them. Led by a literal space, the search runs in C from one space to
#: the next instead of trying a look-behind at every character (a fast gate).
_LETTER_PAIR = re.compile(r" [A-Za-z][ ,.-]{1,2}[A-Za-z](?![^\W\d_])")
#: What may stand between two characters read out.
_GAP = frozenset(" ,.-")
#: Longest text read: utterances are short; a long value is scanned in pieces anyway.
_LONGEST = 4096
_BEFORE = 48


def _read(token: str) -> str | None:
    """The characters one token reads out: a letter, a digit word's digit, or figures."""
    if len(token) == 1 and token.isascii() and token.isalpha():
        return token.upper()
    if token.isascii() and token.isdigit() and len(token) <= 4:
        return token
    digit = nw.DIGITS.get(token.lower())
    return digit if digit is not None and len(digit) == 1 else None


def _runs(text: str) -> list[list[tuple[int, int, str]]]:
    """Runs of tokens that each read out one letter or digits, joined by short gaps."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    for m in nw.TOKEN.finditer(text):
        read = _read(m.group())
        joined = bool(run) and all(ch in _GAP for ch in text[run[-1][1] : m.start()])
        if read is None or (run and (not joined or m.start() - run[-1][1] > 3)):
            if len(run) >= 6:
                runs.append(run)
            run = []
        if read is not None:
            run.append((m.start(), m.end(), read))
    if len(run) >= 6:
        runs.append(run)
    return runs


def find_spoken_ids(text: str, hits: list[Hit]) -> None:
    """Add identifiers spelled out after a word naming them, whose check holds."""
    if len(text) > _LONGEST or _LETTER_PAIR.search(text) is None:
        return
    for run in _runs(text):
        letters = sum(read.isalpha() for _, _, read in run)
        if letters < 2 or letters == len(run):
            continue  # digits alone are the spoken-number finder's; letters alone a word
        # The run may hold a word or two of the sentence at either end ("a", "e"): the
        # whole run first, then with up to two tokens off each end.
        for head in range(3):
            before = text[max(0, run[head][0] - _BEFORE) : run[head][0]]
            for tail in range(3):
                part = run[head : len(run) - tail]
                compact = "".join(read for _, _, read in part)
                if len(part) < 6 or not 8 <= len(compact) <= 20:
                    continue
                if ids.named_number(before, compact):
                    start, end = part[0][0], part[-1][1]
                    hits.append(Hit("national_id", start, end, mask_spoken(text[start:end])))
                    return
