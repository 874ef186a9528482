"""A name that opens a caller's turn, or comes before the verb that says it is one.

- "Ștefania Manole, pentru ...", "Νίκος Παππάς, για ...", "Sanna Virtanen-Koski, haluaisin
  ...": two or three capitalised words in any cased script (Latin with any diacritic,
  Greek, Cyrillic, Armenian), then a comma and the reason for the call. The turn's first
  words may be an answer or a copula ("yes", "ni", "это").
- Names said before the verb in the languages that put it second: Swedish "... heter
  jag", Danish "... hedder jeg", Norwegian "... heter eg", German "... heiße ich", Dutch
  "... heet ik"; and a booking said to be under a name in the Nordic languages
  ("bestillingen står på ...", "bokningen är på namnet ...").

Kept by hand: no package reads these word orders; the stop words come from
:mod:`.name_leads`.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .demonyms import demonym
from .hints import holds_any
from .hit import Hit
from .mask import mask_name
from .name_leads import LOWER_STOPS
from .names import everyday, greeting, not_a_name, place_word

__all__ = ["UPPER", "find_opening_names"]

#: Upper-case letters of every cased script below U+0530, and Vietnamese: a regex class.
UPPER = "".join(
    re.escape(chr(c)) for c in (*range(0x41, 0x530), *range(0x1E00, 0x1F00)) if chr(c).isupper()
)
_WORD = r"[^\W\d_]+(?:['’\-][^\W\d_]+)*"
#: Words a caller may open with before their name: an answer or "it is".
_OPENERS = (
    r"yes|yeah|yep|hi|hello|sí|si|oui|ja|jo|sim|da|да|ni|ndiyo|é|evet|tak|áno|ano|ναι"
    r"|это|to je|det er|det är|c'est|es|é o|é a|ito si"
)
_OPENING = re.compile(
    rf"\s*(?:(?i:{_OPENERS}),?\s+)?([{UPPER}]{_WORD}(?: [{UPPER}]{_WORD}){{1,2}}),\s"
)
#: First words of places, things and self-descriptions written in title case ("San
#: Sebastián", "Grand Central", "Soy Mexicano"), in the languages of the cased scripts.
#: Kept by hand: no installed package lists which capitalised pairs are no person's.
_NOT_FIRST = voc.words(
    """san santa são sao saint st sankt port fort mount monte cape cabo new nueva nuevo
    old north south east west nord sud süd est ouest upper lower great grand little
    buenos rio río hong tel kuala costa puerto sri abu ho los las el la le les der die
    das het de del di du union central royal national city county lake river bad
    soy sono sou suis bin ben jestem je ich i'm i’m im am is are was
    санкт нижний новый старый άγιος αγία νέα"""
)
#: A JSON string said by someone, where a turn may open.
_SAID = re.compile(r'"(?:content|text|transcript|utterance)"\s*:\s*"')


def _title(word: str) -> bool:
    """Capitalised in each part: "Ojala-Jussila", "O'Neill"; not "USA" nor "iPhone"."""
    parts = re.split(r"['’\-]", word)
    return all(p[:1].isupper() and (p[1:] == "" or p[1:].islower()) for p in parts if p)


def _opening(text: str, pos: int, hits: list[Hit]) -> None:
    m = _OPENING.match(text, pos)
    if m is None:
        return
    words = m.group(1).split()
    if not all(map(_title, words)) or len(words[0]) < 2:
        return
    if any(not_a_name(w) or greeting(w) or demonym(w) for w in words) or everyday(words[0]):
        return
    if words[0].casefold() in _NOT_FIRST:
        return
    if place_word(words[-1]) or words[0].casefold() in voc.NOT_NAME_WORDS:
        return
    hits.append(Hit("name", m.start(1), m.end(1), mask_name(m.group(1))))


#: Verbs of naming said after the name, in the languages that put the verb second.
_BEFORE_VERB = re.compile(
    rf"(?<![^\W\d_])((?:{_WORD} ){{0,2}}{_WORD}) (?:heter jag|hedder jeg|heter eg"
    r"|heiter eg|heiße ich|heisse ich|heet ik)(?!\w)",
    re.IGNORECASE,
)
_BEFORE_HINTS = ("heter", "hedder", "heiter", "heiße", "heisse", "heet ik")
#: A booking said to be under a name: Norwegian, Danish, Swedish.
_UNDER_NAME = re.compile(
    r"(?i)(?<!\w)(?:bestillingen|reservasjonen|reservationen|bookingen|bokningen"
    r"|beställningen|timen|tiden|bordet|avtalen|aftalen)"
    r" (?:står|er|är|ligger) (?:på|i|under)(?: (?:navnet|namnet|navn|namn))?"
    rf"(?: til| till)? +({_WORD}(?: {_WORD}){{1,2}})(?!\w)"
)
_UNDER_HINTS = ("står", " er på", " er i", " är på", "ligger")


def _plain(word: str) -> bool:
    folded = word.casefold()
    return folded in LOWER_STOPS or folded in voc.DIGIT_WORDS or everyday(word)


def _add_run(text: str, start: int, run: str, hits: list[Hit], *, trim: bool = False) -> None:
    """Flag ``run`` as a name unless a word of it is plain.

    ``trim``: plain words first ("ja also ... heiße ich") are left out instead.
    """
    words = run.split()
    while trim and words and _plain(words[0]):
        start += len(words.pop(0)) + 1
    if words and not any(map(_plain, words)):
        said = " ".join(words)
        hits.append(Hit("name", start, start + len(said), mask_name(said)))


def find_opening_names(text: str, lowered: str, hits: list[Hit]) -> None:
    """Add a name that opens a turn, or that the Nordic or German word order puts first.

    ``lowered``: ``text.lower()``, which the caller has made.
    """
    if "," in text:
        _opening(text, 0, hits)
        if '"' in text:
            for m in _SAID.finditer(text):
                _opening(text, m.end(), hits)
    if holds_any(lowered, _BEFORE_HINTS):
        for m in _BEFORE_VERB.finditer(text):
            _add_run(text, m.start(1), m.group(1), hits, trim=True)
    if holds_any(lowered, _UNDER_HINTS):
        for m in _UNDER_NAME.finditer(text):
            _add_run(text, m.start(1), m.group(1), hits)
