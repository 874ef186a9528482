"""One flagged part of a value, and the checks every detection family makes first.

:class:`Hit` is what every family returns; a span that overlaps one already claimed,
sits in a date, time, UUID or decimal (:func:`benign`), or is a placeholder
(:func:`placeholder`) is not flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from . import patterns as pat
from . import vocabulary as voc

_BRACKETED = re.compile(r"[\[<({]{1,2}[\w\s./-]{0,30}[\]>)}]{1,2}")


class Hit(NamedTuple):
    """One flagged part of a value: ``text[start:end]`` is of ``kind``, shown as ``masked``.

    A named tuple, not a frozen dataclass: a megabyte of back-to-back PII makes tens of
    thousands of hits, and a tuple is made in a third of the time.
    """

    kind: str
    start: int
    end: int
    masked: str


#: One ``name=value`` pair of a cookie or a parameter list.
_PAIR = re.compile(r"\s*[\w.$-]{1,64}=(.*)", re.DOTALL)


def placeholder(text: str) -> bool:
    """Whether a value stands in for one (``***``, ``<redacted>``, ``${API_KEY}``).

    Also a cookie's ``name=value`` pairs whose values are all placeholders or plain words
    (``session_id=<redacted>; theme=dark``): a support bundle's cookies, redacted.
    """
    if _stand_in(text):
        return True
    return "=" in text and _redacted_pairs(text)


def _redacted_pairs(text: str) -> bool:
    redacted = False
    for part in text.split(";"):
        if not part.strip():
            continue
        pair = _PAIR.fullmatch(part)
        value = pair.group(1).strip() if pair is not None else ""
        if value and _stand_in(value):
            redacted = True
        elif pair is None or not (value.isalpha() and len(value) <= 12):
            return False  # a pair with a value of its own (``sid=Qw8r...``), or no pair
    return redacted


def _stand_in(text: str) -> bool:
    text = text.strip()
    # ``Bearer ***``, ``Token ${DEEPGRAM_API_KEY}``: the scheme, then the placeholder.
    scheme = pat.AUTH_SCHEME.match(text)
    if scheme:
        text = text[scheme.end() :].strip()
    lowered = text.lower()
    if lowered in voc.PLACEHOLDERS or "•" in lowered or _BRACKETED.fullmatch(lowered):
        return True
    if pat.MASKED_VALUE.match(text) or pat.REDACTION_PHRASE.match(text):  # masked already
        return True
    if lowered.startswith(("$", "env:", "{{")) or set(lowered) <= set("*x#-_. "):
        return True
    # ``<name>``, ``<redacted>``; an XML body closes an element or has an attribute.
    if lowered.startswith("<") and "</" not in lowered and '="' not in lowered:
        return True
    # An environment variable's name (``OPENAI_API_KEY``) names a secret, it is not one.
    return text.isupper() and "_" in text and text.replace("_", "").isalnum()


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """Whether ``start:end`` overlaps any of ``spans``."""
    return any(start < e and s < end for s, e in spans)


def may_hold_benign(text: str) -> bool:
    """Whether :func:`benign` can be true for any span of ``text`` (a gate, once per text).

    Each window :func:`benign` reads is part of ``text``, and its three tests have no
    look-ahead and a look-behind that sees the text before the window anyway: a window
    holding a match means the whole text holds one.
    """
    return (
        pat.BENIGN_SEPARATED.search(text) is not None
        or pat.BENIGN_HEX_RUN.search(text) is not None
        or "0x" in text
    )


def benign(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` overlaps a date, time, UUID, hex id, decimal or IP."""
    lo, hi = max(0, start - 40), min(len(text), end + 40)
    if (
        pat.BENIGN_SEPARATED.search(text, lo, hi) is None
        and pat.BENIGN_HEX_RUN.search(text, lo, hi) is None
        and text.find("0x", lo, hi) < 0
    ):
        return False  # the usual case (a number in words), decided without BENIGN
    return any(m.start() < end and start < m.end() for m in pat.BENIGN.finditer(text, lo, hi))
