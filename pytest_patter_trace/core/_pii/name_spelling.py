"""A name spelled letter by letter beside the word it spells.

"wiśniewski w i ś n i e w s k i", "f come firenze e r r a r i", "hale that's H A L E h for
hotel": the letters make a word said next to them, in any case. Speech-to-text often
writes the caller's next letter, said again before its spelling word ("h for hotel"), as
one more single letter: the run is read without it when that makes the word. A code read
out ("a b c d") matches no word said. The mask shows the first letter only.

Kept by hand: no package reads a spelled word out of a transcript.
"""

from __future__ import annotations

import re
from itertools import pairwise

from . import vocabulary as voc
from .hit import Hit
from .mask import mask_name

__all__ = ["alphabet_hint", "alphabet_names", "spelled_names"]

#: A word a letter is spelled by: "b come bologna", "d as in delta", "f wie friedrich".
_SPELL_BY = r"(?:as in|as|for|like|come|como|comme|wie|de|per|voor|jak)"
_LETTER = rf"[^\W\d_](?: {_SPELL_BY} [^\W\d_]+)?"
#: A run of single letters, some spelled by a word, one space (or a comma) apart.
_SPELLED = re.compile(rf"(?<![\w\-.'’])(?:{_LETTER}),? (?:{_LETTER},? ){{2,}}[^\W\d_](?![\w\-])")
#: The fewest letters a turn spelled out with nothing else said must hold.
_ALONE_FEWEST = 5
_VOWELS = frozenset("AEIOUÁÉÍÓÚÀÈÌÒÙÄÖÜÅÆØАЕЁИОУЫЭЮЯІЇЄΑΕΗΙΟΥΩ")
#: How far from the run the written word may be.
_NEAR = 60


def _letters(tokens: list[str]) -> list[str]:
    letters = []
    i = 0
    while i < len(tokens):
        letters.append(tokens[i])
        i += 1
        if i < len(tokens) and len(tokens[i]) > 1:  # "as in delta", "come firenze"
            i += 2 if tokens[i] == "as" and tokens[i + 1 : i + 2] == ["in"] else 1
            i += 1
    return letters


def _written(text: str, start: int, end: int, word: str) -> re.Match[str] | None:
    near = text[max(0, start - _NEAR) : end + _NEAR]
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", near, re.IGNORECASE)


def _spelled_alone(letters: list[str]) -> bool:
    """Whether capitals said one by one with nothing else make a word, not a code.

    Five letters at least, all capitals, a vowel and a consonant, and not the alphabet
    in order ("A B C D E").
    """
    if len(letters) < _ALONE_FEWEST or not all(x.isupper() for x in letters):
        return False
    vowels = sum(x in _VOWELS for x in letters)
    in_order = all(ord(b) - ord(a) == 1 for a, b in pairwise(letters))
    return 0 < vowels < len(letters) and not in_order


def spelled_names(text: str, hits: list[Hit], stops: frozenset[str]) -> None:
    """Add each word spelled out beside its written form, and that written form.

    ``stops``: words that are never a name however spelled ("yes", "also").
    """
    for m in _SPELLED.finditer(text):
        letters = _letters(m.group().replace(",", "").split(" "))
        if m.start() == len(text) - len(text.lstrip()) and not text[m.end() :].strip(" .!?"):
            if _spelled_alone(letters):  # the whole turn: "R O D R I G O"
                hits.append(Hit("name", m.start(), m.end(), mask_name("".join(letters))))
            continue
        candidates = [letters]
        if len(letters) > 3 and letters[-1].casefold() == letters[0].casefold():
            candidates.append(letters[:-1])  # "H A L E h (for hotel)": the next letter said
        for said in candidates:
            word = "".join(said)
            # Three letters make a word only when written as capitals ("L I S"): in lower
            # case, three letters are as often an abbreviation said out ("a t m").
            upper = all(letter.isupper() for letter in said)
            if len(word) < 3 or (len(word) == 3 and not upper):
                continue
            written = _written(text, m.start(), m.end(), word)
            if written is None or written.group().casefold() in stops:
                continue
            if len(said) < len(letters) and not upper:
                continue
            run_end = m.end() if said is letters else m.group().rindex(" ") + m.start()
            hits.append(Hit("name", m.start(), run_end, mask_name(word)))
            s = max(0, m.start() - _NEAR) + written.start()
            hits.append(Hit("name", s, s + len(word), mask_name(text[s : s + len(word)])))
            break


#: Spelling alphabets of the phone, beyond NATO's (read in :mod:`.name_leads`): German
#: (DIN 5009, names and the 2022 cities), Italian (cities), French, Spanish, Portuguese,
#: Dutch; with NATO's, as callers mix them. Kept by hand: no package lists them. Each
#: word stands for its first letter.
_ALPHABET = voc.words(
    """alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike
    november oscar papa quebec romeo sierra tango uniform whiskey yankee zulu
    anton berta cäsar caesar dora emil friedrich gustav heinrich ida julius kaufmann ludwig
    martha nordpol otto paula quelle richard samuel siegfried theodor ulrich viktor wilhelm
    xanthippe ypsilon zacharias zeppelin aachen berlin chemnitz düsseldorf essen frankfurt
    goslar hamburg ingelheim jena köln leipzig münchen nürnberg offenbach potsdam quickborn
    rostock salzwedel tübingen unna völklingen wuppertal xanten zwickau ancona bologna como
    domodossola empoli firenze genova imola jolly livorno milano napoli otranto palermo
    quarto roma savona torino udine venezia zara anatole berthe célestin désiré eugène
    françois gaston henri irma joseph kléber louis marcel nicolas pierre raoul suzanne
    thérèse ursule xavier yvonne zoé antonio barcelona carmen dolores enrique francia
    gerona historia inés josé lorenzo madrid navarra oviedo parís querido ramón sábado
    tarragona ulises valencia zaragoza amor beatriz coimbra faro guarda lisboa maria porto
    anna bernard cornelis dirk eduard ferdinand gerard hendrik izaak johan karel lodewijk
    maria nico pieter quirinus rudolf simon teunis utrecht victor willem"""
)
#: Three or more of those words in a row, with a comma or a space between.
_ALPHABET_RUN = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{'|'.join(sorted(_ALPHABET, key=len, reverse=True))})"
    rf"(?:,? (?:{'|'.join(sorted(_ALPHABET, key=len, reverse=True))})){{2,}}(?![^\W\d_])"
)


def alphabet_names(text: str, hits: list[Hit], stops: frozenset[str]) -> None:
    """Add a word spelled in a local spelling alphabet beside its written form.

    "Becker: Berta Emil Cäsar Kaufmann Emil Richard", "Rossi, Roma Otranto Savona Savona
    Imola": the first letters make the word said next to them.
    """
    for m in _ALPHABET_RUN.finditer(text):
        word = "".join(w[0] for w in m.group().replace(",", "").split())
        if len(word) < 3:
            continue
        written = _written(text, m.start(), m.end(), word)
        if written is None or written.group().casefold() in stops:
            continue
        hits.append(Hit("name", m.start(), m.end(), mask_name(word)))
        s = max(0, m.start() - _NEAR) + written.start()
        hits.append(Hit("name", s, s + len(word), mask_name(text[s : s + len(word)])))


def alphabet_hint(lowered: str) -> bool:
    """Whether ``lowered`` may hold a local spelling alphabet's run (three of its words)."""
    return sum(1 for w in set(lowered.replace(",", " ").split()) if w in _ALPHABET) >= 2
