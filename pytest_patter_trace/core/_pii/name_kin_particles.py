"""Names a particle marks, beside a kin word or in a self-introduction: Malagasy.

Malagasy puts the personal article "i" before a person's name and the possessive as a
suffix on the kin word, which may come after the name: "tsy tonga i X zanako" ("my
child X is not coming"), "ny zanako vavy, i X"; a speaker says "izaho dia X", "izaho
no X", "ity i X" ("I am X", "this is X"). The article or "I" before the name and the
kin word or the sentence's end after it bound the name; its words are judged as
:mod:`.name_kin` judges any.

Kept by hand: no package on the index lists Malagasy kin words or its articles.
"""

from __future__ import annotations

import re

from . import name_kin
from .hints import holds_any
from .hit import Hit
from .mask import mask_name

__all__ = ["find_particle_names"]

#: Kin words with the suffix "my" or "our" (-ko, -nay, -ntsika): child, son, daughter,
#: grandchild, spouse, mother, father, sister, brother, younger and elder sibling.
_MG_KIN = (
    "zanako|zanakay|zanakantsika|zafiko|zafikeliko|vadiko|vadinay|reniko|raiko|anabaviko"
    "|rahalahiko|zandriko|zokiko|rahavaviko|ranabaviko"
)
_CAP = r"[A-Z][^\W\d_]*(?:[ \t]+[A-Z][^\W\d_]*){0,2}"
#: The article, the name, then the kin word: "i X zanako".
_BEFORE_KIN = re.compile(rf"(?<![^\W\d_])i[ \t]+(?P<name>{_CAP})[ \t,]+(?:{_MG_KIN})(?![^\W\d_])")
#: The kin word, then the article and the name: "ny zanako vavy, i X".
_AFTER_KIN = re.compile(
    rf"(?<![^\W\d_])(?i:{_MG_KIN})(?:[ \t]+(?:vavy|lahy))?[ \t,]+i[ \t]+(?P<name>{_CAP})"
)
#: "I am X", "this is X".
_SELF = re.compile(
    rf"(?<![^\W\d_])(?i:(?:izaho|aho)[ \t]+(?:dia|no|ve)|ity[ \t]+(?:no[ \t]+)?i)[ \t]+"
    rf"(?P<name>{_CAP})"
)
_HINTS = ("zanak", "zafi", "vadi", "reniko", "raiko", "anabavi", "rahalahi", "zandri", "zoki")
_SELF_HINTS = ("izaho", "aho dia", "aho no", "aho ve", "ity i ", "ity no i ")


def _add(hits: list[Hit], text: str, m: re.Match[str]) -> None:
    end = name_kin.name_end(text, m.start("name"), m.group("name"))
    if end > 0:
        hits.append(Hit("name", m.start("name"), end, mask_name(text[m.start("name") : end])))


def find_particle_names(text: str, lowered: str, hits: list[Hit]) -> None:
    """Add Malagasy names marked by the article "i" beside a kin word, or after "I am"."""
    if holds_any(lowered, _HINTS):
        for pattern in (_BEFORE_KIN, _AFTER_KIN):
            for m in pattern.finditer(text):
                _add(hits, text, m)
    if holds_any(lowered, _SELF_HINTS):
        for m in _SELF.finditer(text):
            _add(hits, text, m)
