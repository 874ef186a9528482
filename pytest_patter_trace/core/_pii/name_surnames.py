"""Surnames known by their shape, for a turn that is only a name in lower case.

Speech-to-text writes the answer to "who am I speaking with?" as two or three lower-case
words with no lead-in. Without the ``names`` extra's lexicon, such a turn is a name here
when its last word is a surname by the morphology of its language, which no everyday word
shares:

- suffixes: Armenian "-yan", Georgian "-dze", "-shvili"; Pashto and
  Baloch "-zai", "-khel"; Sinhala "-suriya", "-singhe", "-wardena", "-ratne"; Greek
  "-poulos", "-opoulou", "-akis", "-idis"; Romanian "-escu", "-eanu"; Turkish "-oğlu";
  Slavic "-ović", "-ević", "-wicz", "-enko", "-chuk", "-czuk"; Nordic "-sson",
  "-dóttir"; Russian and Central Asian "-ov(a)", "-ev(a)", Kazakh "-uly", "-kyzy";
- prefixes: Igbo "nw-" ("nwosu"), Ethiopian "gebre-", "wolde-", "haile-", "tekle-";
  Arabic "el-", "al-", "abu-" joined by a hyphen; Gaelic "mac", "mc";
- whole words that are surnames and nothing else: Punjabi "kaur", "singh"; Nepali
  "gurung", "tamang", "thapa", "shrestha", "magar", "adhikari", "bhattarai";
- a Chinese or Korean surname in romanisation before a hyphenated two-syllable given
  name ("lin yi-chun", "park ji-hoon").

The first word must be no stop word or everyday word. Kept by hand: no package on the
index classifies surnames by their morphology; faker's lists (the extra) hold names, not
the rules that make them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import vocabulary as voc

__all__ = ["surname_turn"]

_SUFFIXES = re.compile(
    r"[^\W\d_]{2,}(?:yan|dze|shvili|zai|khel|suriya|singhe|wardena|wardhana|ratne"
    r"|poulos|opoulou|akis|idis|escu|eanu|oğlu|oglu|ović|ević|ovic|evic|wicz|enko|chuk"
    r"|czuk|sson|dóttir|dottir|ovna|evna|uly|kyzy)"
    # "-ov(a)", "-ev(a)" after a consonant: "kasparov", "bekova" ("nova" is too short).
    r"|[^\W\d_]{3,}[bcdfghjklmnprstvzž](?:ov|ova|ev|eva)"
)
_PREFIXES = re.compile(
    r"nw[aeiouọụ][^\W\d_]{2,}|(?:gebre|wolde|haile|tekle|habte|kidane)[^\W\d_]{2,}"
    r"|(?:el|al|abu|bin|ibn)-[^\W\d_]{3,}|(?:mac|mc)[^\W\d_]{4,}"
)
#: Surnames that are whole words of no other use.
_WHOLE = voc.words("kaur singh gurung tamang thapa shrestha magar adhikari bhattarai")
#: Words of that shape that are places or things ("moldova", "macaroni", "alaska").
_NOT_SURNAMES = voc.words(
    """moldova geneva casanova kishinev kiev kharkov rostov romanov machine machines
    macaroni mackerel macbook macintosh macro macros mcdonalds mcdonald's machinery
    chernobyl yerevan tbilisi bucharest kazakhstan"""
)
#: Romanised Chinese and Korean surnames, before a hyphenated given name.
_EAST_ASIAN = voc.words(
    """lin chen wang li lee zhang chang huang wong chan liu lau yang yeung zhao chiu wu ng
    zhou chow xu hsu sun tsai cai guo kuo he ho lo luo gao kao zheng cheng liang leung
    tang tong kim park pak choi choe jung jeong kang cho yoon yun jang lim han shin seo
    kwon hwang ahn oh song jeon hong"""
)
_HYPHENATED_GIVEN = re.compile(r"[a-z]{1,6}-[a-z]{2,6}")


def _surname(word: str) -> bool:
    folded = word.casefold()
    if folded in _NOT_SURNAMES:
        return False
    return (
        folded in _WHOLE
        or _SUFFIXES.fullmatch(folded) is not None
        or _PREFIXES.fullmatch(folded) is not None
    )


def surname_turn(words: list[str], plain: Callable[[str], bool]) -> bool:
    """Whether two or three lower-case ``words`` are a given name and a surname by shape.

    ``plain``: whether a word is a stop word or an everyday word, which no part of a
    name said alone may be.
    """
    if not 2 <= len(words) <= 3 or any(map(plain, words)):
        return False
    if any(len(w) < 2 for w in words):
        return False
    if len(words) == 2 and words[0] in _EAST_ASIAN and _HYPHENATED_GIVEN.fullmatch(words[1]):
        return True
    # "manjit kaur gill": the surname-shaped word may be the middle one.
    return any(map(_surname, words[1:])) and not _surname(words[0])
