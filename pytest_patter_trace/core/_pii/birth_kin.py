"""Birth dates said of a child or a relative, and birthdays, in the languages the detector reads.

"Η κόρη μου γεννήθηκε στις 6.3.2019", "Umukobwa wanjye yavutse ku wa 9/12/2019", "મારા
દીકરાનો જન્મ 22/09/2019 ના રોજ થયો", "Mi hijo nació el ...", "Tytär syntyi ...",
"Sünnipäev ...": the birth verb in the third person, the word for a date of birth or a
birthday, that :data:`.patterns.DOB_WORDS` (mostly the first person) lacks, and a date after
it; where the verb closes the sentence (Hungarian, Turkish), the date before it.

Stems, so that one entry holds a verb's persons and a noun's cases ("γεννήθηκ" for
γεννήθηκα, γεννήθηκε, γεννήθηκαν; "sünnipäev" for sünnipäeval). A year not yet reached is a
party's or a sale's, not a birth's.
"""

from __future__ import annotations

import re

from . import patterns as pat
from .birth_tongues import future_year
from .disclosure_scripts import trie_pattern
from .hit import Hit
from .mask import MASKERS

__all__ = ["HINTS", "find_kin_dobs"]

#: Birth words a date follows, by language (stems, lower case): the verb of the third
#: person, a date of birth, a birthday.
_AFTER = (
    # Greek, Gujarati, Kinyarwanda and Kirundi, Malagasy.
    "γεννήθηκ", "γεννηθήκ", "γενέθλι", "γενεθλί", "γέννησ", "જન્મ", "amavuko", "amavuka",
    "navutse", "yavutse", "wavutse", "bavutse", "twavutse", "mwavutse", "isabukuru",
    "teraka", "nahaterahana",
    # Iberian and Romance: the third person and the birthday.
    "nació", "nacieron", "nasceu", "nasceram", "naceu", "naceron", "va néixer", "cumpleaños",
    "aniversário", "aniversario", "aniversari", "compleanno", "anniversaire",
    # Germanic.
    "geburtstag", "verjaardag", "jarig op", "födelsedag", "bursdag", "birthday", "b-day",
    # Finnic, Baltic, Albanian.
    "syntyi", "syntymäpäiv", "sündis", "sünnipäev", "gimė", "gimtadien", "dzimšanas dien",
    "u lind", "ditëlindj",
    # Slavic: the birthday, the third person the patterns lack.
    "rođendan", "rodjendan", "рођендан", "роденден", "рожден ден", "день рождения",
    "день народження", "narozenin", "narodenin", "urodzin", "urodziła się", "urodzila sie",
    "rojstni dan",
    # Hungarian, Turkish, Azerbaijani, Uzbek: the birthday.
    "születésnap", "doğum günü", "ad günü", "tug'ilgan kun",
    # Hebrew, Arabic, Urdu, Vietnamese, Indonesian and Malay.
    "יום הולדת", "יום ההולדת", "עיד מילאד", "عيد ميلاد", "سالگرہ", "sinh nhật", "ulang tahun",
    "hari jadi",
)  # fmt: skip
#: Birth verbs said after the date: "2019.12.09-én született", "09.12.2019 tarihinde doğdu".
_BEFORE = ("született", "doğdu", "doğmuş", "doğuldu", "doğulub", "tug'ilgan")
_AFTER_WORD = re.compile(rf"(?i)(?<!\w)(?:{trie_pattern(frozenset(_AFTER))})[\w'’]*")
_BEFORE_WORD = re.compile(rf"(?i)(?<!\w)(?:{trie_pattern(frozenset(_BEFORE))})")
#: A date, then a few words ("tarihinde", "-én"), then the end of the window.
_DATE_BEFORE = re.compile(
    r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})[^\d\n]{0,20}$"
)
#: What a text with a birth word holds (lower case): a phrase by its longest word, or whole
#: when that word is short and common ("hari jadi", "u lind": not "hari", not "lind").
HINTS = tuple(
    sorted(
        {
            w if len(max(w.split(), key=len)) < 5 else max(w.split(), key=len)
            for w in _AFTER + _BEFORE
        }
    )
)


def find_kin_dobs(text: str, hits: list[Hit]) -> None:
    """Add the dates a birth word of :data:`_AFTER` or :data:`_BEFORE` says are a birth.

    The caller gates it: a text without one of :data:`HINTS` has none.
    """
    for m in _AFTER_WORD.finditer(text):
        d = pat.DOB_AFTER.match(text, m.end())
        if d is not None and ":" not in d.group(1) and not future_year(d.group(1), text):
            hits.append(Hit("dob", d.start(1), d.end(1), MASKERS["dob"](d.group(1))))
    for m in _BEFORE_WORD.finditer(text):
        d = _DATE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if d is not None and not future_year(d.group(1), text):
            hits.append(Hit("dob", d.start(1), d.end(1), MASKERS["dob"](d.group(1))))
