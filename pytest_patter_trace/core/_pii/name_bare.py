"""Names a caller says in answer to the agent with a short frame, not "my name is".

- "it's for ...", "under ...", "es para ...", "c'est pour ...": whose a booking is;
- "det er ...", "это ...", "to je ...", "jina ni ...", "ngingu ...": "it is" or "I am",
  Scandinavian, Russian, Czech and Slovak, Swahili, Zulu;
- said before its frame: Hindi-English "... ke naam pe" (in the name of), Yoruba "... ni"
  (it is), at the start of the turn.

The frames are short and common, so the name must be two to four capitalised words that the
caller's-introduction judge takes (no stop, place or sensitive word) and that are no everyday
or calendar words; a lower-case name is read only when :mod:`.name_leads` confirms its run,
or, with the ``names`` extra, when the lexicon knows its first word as a given name and its
last as a surname, neither an everyday word ("it's for gordon fletcher"): words that are
names and everyday words too ("will", "may", "rose") never start one.

Kept by hand: no maintained list of these answer frames across languages was found (CLDR
lists none), and NER models measured in docs/pii.md miss lower-case and code-switched turns.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .names import everyday, lexicon, not_a_name

Takes = Callable[[str], bool]
Confirm = Callable[..., tuple[int, int]]

__all__ = ["bare_hint", "bare_names", "known_name", "known_run"]

#: Frames after which the name follows (lower case, as speech-to-text writes them).
_AFTER = re.compile(
    r"(?<![\w'])(?:está a nombre de|está em nome de|это|to je|tady je|jina ni|jina langu ni"
    r"|ngingu|ngu)\s+"
)
_AFTER_HINTS = ("nome", "nombre", "это", "je ", "ni ", "ngu")
#: Frames said as often before a thing ("it's for Christmas Eve", "det er Ikke Muligt"),
#: read only with the ``names`` extra's lexicon: before a capital (see _given), or before
#: a lower-case given name and surname it knows (see known_run).
_WEAK_AFTER = re.compile(
    r"(?<![\w'])(?:it's for|it is for|its for|under|es para|c'est pour|è per|é para|det er"
    r"|det är|det e) (?=[^\W\d_])"
)
#: A capitalised run said before its frame at the start of the turn (Hinglish, Yoruba).
_BEFORE = re.compile(
    r"([^\W\d_][\w'\-]*(?: [^\W\d_][\w'\-]*){1,3}) (?:ke naam (?:pe|par|se|mein)|ni,)"
)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def bare_hint(lowered: str) -> bool:
    """Whether a lower-cased turn may hold one of this module's frames (a cheap gate)."""
    strong = holds(lowered, _AFTER_HINTS) or "ni," in lowered
    return strong or (lexicon() is not None and ("naam" in lowered or " " in lowered))


def holds(lowered: str, hints: tuple[str, ...]) -> bool:
    """Whether ``lowered`` holds one of ``hints``."""
    return any(h in lowered for h in hints)


def _given(word: str) -> bool:
    lex = lexicon()
    folded = word.casefold()
    return lex is not None and folded in lex.given and folded not in lex.words


def known_name(words: list[str]) -> bool:
    """Two or three words: a given name and a surname the lexicon knows (never without it).

    The first word no everyday word and no given name that is one too ("will", "rose"),
    the last no everyday word: "saya mau pesan ..." is none ("mau" is a given name
    somewhere, "pesan" no surname).
    """
    lex = lexicon()
    if lex is None or not 2 <= len(words) <= 3:
        return False
    first, last = words[0].casefold(), words[-1].casefold()
    given = first in lex.given and first not in lex.common and first not in lex.words
    return given and last in lex.surnames and last not in lex.words


def known_run(text: str, pos: int) -> tuple[int, int]:
    """A lower-case given name and surname the lexicon knows, at ``pos``, or ``(-1, -1)``.

    Two words, and a third when it is a surname too ("gordon fletcher", "ana da silva"
    is left to the particle rules).
    """
    words: list[str] = []
    end = pos
    for w in _WORD.finditer(text, pos):
        if w.start() != end or len(words) == 3 or not w.group().islower():
            break
        words.append(w.group())
        end = w.end() + 1
    if len(words) == 3 and not known_name(words):
        words.pop()
    if not known_name(words):
        return -1, -1
    return pos, pos + len(" ".join(words))


def _capitalised(words: list[str], takes: Takes, *, weak: bool = False) -> bool:
    if weak and (not words or not _given(words[0])):
        return False
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() and not w.isupper() and takes(w) and not everyday(w) and not not_a_name(w)
        for w in words
    )


def bare_names(text: str, lowered: str, takes: Takes, confirm: Confirm) -> list[tuple[int, int]]:
    """Spans of names after or before the short answer frames (see the module's docstring)."""
    found: list[tuple[int, int]] = []
    if len(lowered) != len(text):
        return found
    frames = list(_AFTER.finditer(lowered)) if holds(lowered, _AFTER_HINTS) else []
    if lexicon() is not None:
        frames += _WEAK_AFTER.finditer(text)
    for m in frames:
        words: list[str] = []
        end = m.end()
        for w in _WORD.finditer(text, m.end()):
            if w.start() != end or len(words) == 4:
                break
            words.append(w.group())
            end = w.end() + 1
        caps = [w for w in words if w[:1].isupper()]
        caps = words[: len(caps)] if caps == words[: len(caps)] else []
        weak = m.re is _WEAK_AFTER
        if len(caps) >= 2 and _capitalised(caps, takes, weak=weak):
            start = m.end()
            found.append((start, text.index(caps[-1], start) + len(caps[-1])))
        elif not caps:
            start, stop = (-1, -1) if weak else confirm(text, m.end(), takes)
            if start < 0:  # speech-to-text's lower case: a name the lexicon knows
                start, stop = known_run(text, m.end())
            if start >= 0:
                found.append((start, stop))
    if "ke naam" not in lowered and "ni," not in lowered:
        return found
    for m in _BEFORE.finditer(text):
        said = m.group(1).split()
        lower = said[-3:] if known_name(said[-3:]) else said[-2:]
        while said and not said[0][:1].isupper():  # "booking ... ke naam pe"
            said.pop(0)
        if _capitalised(said, takes, weak="naam" in m.group()):
            found.append((m.end(1) - len(" ".join(said)), m.end(1)))
        elif not said and known_name(lower):  # in lower case: a name the lexicon knows
            found.append((m.end(1) - len(" ".join(lower)), m.end(1)))
    return found
