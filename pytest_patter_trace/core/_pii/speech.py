"""Personal data inside allowed conversation content: the names people give.

When a trace may carry conversation content (Pipecat, LiveKit and GenAI traces with
content capture on), plain talk is clean, but a caller who says who they are or tells
something sensitive about a person is personal data all the same. Here, by the words of
the text and in the languages of the corpora:

- names a speaker gives after an introduction ("my name is", "me llamo", "我叫"), a
  relation ("my sister Laura Bianchi") or a title ("Dr. Okafor").

Sensitive disclosures are :mod:`.disclosure`'s.

A lexicon, kept by hand: no maintained package lists these phrases across languages,
and the NER models measured in docs/pii.md tag names in benign talk ("calling from
Austin") and know nothing of disclosures.
"""

from __future__ import annotations

import re

from . import vocabulary as voc
from .disclosure import sensitive_word as _sensitive_word
from .hit import Hit
from .mask import mask_name

__all__ = ["find_names_in_speech"]

#: An introduction after which the next words are the speaker's name, in any case (STT
#: writes "my name is priya raman").
_INTRO = re.compile(
    r"(?i)\b(?:my name is|my name's|name is|this is|it's|i am|i'm|me llamo|mi nombre es"
    r"|je m'appelle|je m’appelle|mon nom est|ich heiße|ich heisse|mein name ist|ich bin"
    r"|mi chiamo|il mio nome è|nazywam się|mam na imię|meu nome é|me chamo|eu sou"
    r"|mijn naam is|ik heet|jag heter|mitt namn är|jeg heter|benim adım|adım"
    r"|меня зовут|моё имя|мое имя|my emergency contact is(?: my \w+)?"
    r"|(?:my|mi|ma|mon|mein|meine|minha|meu|mio|mia) (?:sister|brother|wife|husband|mother"
    r"|father|son|daughter|partner|friend|hermana|hermano|esposa|esposo|madre|padre|hija"
    r"|hijo|sœur|frère|femme|mari|mère|père|fille|fils|schwester|bruder|frau|mann|mutter"
    r"|vater|tochter|sohn|irmã|irmão|mãe|pai|sorella|fratello|moglie|marito)"
    r"|transfer you to|put you through to|speak(?:ing)? with|ask for"
    # Staff named by role: "your nurse today is Anna Kowalczyk".
    r"|(?:nurse|doctor|therapist|clinician|caseworker|advisor|adviser|agent|representative"
    r"|counsellor|counselor|dentist|midwife)(?: today| tomorrow)? (?:is|will be))\s+"
)
_INTRO_LOWER = re.compile(_INTRO.pattern.replace("(?i)", "", 1))
#: A title that makes the next capitalised word a name ("Dr. Okafor").
_TITLE = re.compile(
    r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Herr|Frau|Sr|Sra|Mme|Mlle|Dott|Dhr|Mevr|Pani|Pan)\.?\s+"
    r"(?=[^\W\d_])"
)
#: The titles of _TITLE as written: a text holding none of them has no title (a fast gate).
_TITLES = ("Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Herr", "Frau", "Sr", "Sra", "Mme", "Mlle",
           "Dott", "Dhr", "Mevr", "Pani", "Pan")  # fmt: skip
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’.\-])*")
#: Words that end a name or show the intro was not one ("this is great", "i'm calling").
_NOT_NAME = voc.words(
    """a an the and or but so calling speaking here from about with for to at on in of please
    just not very really sorry fine good great ok okay yes no sure looking trying going
    calling ringing phoning wondering interested available ready done back still also only
    new happy glad calling, y e et und o ou oder en och und ve i que que,
    llamando appelle anrufe chiamando ligando bellen ringer arıyorum звоню"""
    "\n" + " ".join(sorted(voc.CONVERSATIONAL))
)
#: Introductions that can only be followed by a name: any case counts after them. After
#: the others ("this is", "my sister") only capitalised words are one ("this is fine").
_NAMING = re.compile(
    r"name|llamo|nombre|appelle|nom est|heiße|heisse|chiamo|nome|nazywam|imię|chamo|naam"
    r"|heet|heter|namn|adım|зовут|имя"
)
_CJK_NAME = re.compile(
    r"(?:我叫|我的名字是|我姓)([\u4e00-\u9fff\uac00-\ud7a3\u3040-\u30ff]{1,4})"
    # Kanji or katakana only: "私はうつ病です" says a condition, not a name.
    r"|私は((?![\u4e00-\u9fff\u30a0-\u30ff]*[病症])[\u4e00-\u9fff\u30a0-\u30ff]{2,6})"
    r"(?:です|と申します)"
    r"|(?:저는|제 이름은)\s*([\uac00-\ud7a3]{2,4})(?:입니다|이에요|예요)"
)

_JA_NAME = re.compile(
    r"([\u4e00-\u9fff\u3040-\u30ff]{2,6})(?:と申します|といいます|と言います)"
    rf"|(?:^|(?<=[、。\s]))((?:{'|'.join(sorted(voc.JA_SURNAMES, key=len, reverse=True))})"
    # A given name may follow; a place suffix (中野区: a ward) makes it a place.
    r"(?:(?![区市町村県都府駅店線])[\u4e00-\u9fff]){0,2})(?:です|でございます)"
)


def find_names_in_speech(text: str, hits: list[Hit]) -> None:
    """Add the names a speaker gives: after an introduction, a relation or a title."""
    lowered = text.lower()
    if any(ch in text for ch in "我私저제"):
        for m in _CJK_NAME.finditer(text):
            group = next(g for g in range(1, 4) if m.group(g) is not None)
            hits.append(Hit("name", m.start(group), m.end(group), mask_name(m.group(group))))
    if "す" in text:
        for m in _JA_NAME.finditer(text):
            group = 1 if m.group(1) is not None else 2
            hits.append(Hit("name", m.start(group), m.end(group), mask_name(m.group(group))))
    if "." in text and any(title in text for title in _TITLES) and _TITLE.search(text):
        for m in _TITLE.finditer(text):
            _take_name(text, m.end(), hits, capitals=True)
    signed = _SIGNED.match(text.lstrip())
    if signed is not None:  # "Priya Raman here, ...", "Tomasz Nowak speaking"
        offset = len(text) - len(text.lstrip())
        _take_name(text, offset, hits, capitals=True)
    if not _INTRO_HINT.search(lowered):
        return
    # Matching lower-cased text is several times faster than ignoring case, when lowering
    # keeps every offset (it does not for a few letters, such as "İ").
    searched, intro_re = (lowered, _INTRO_LOWER) if len(lowered) == len(text) else (text, _INTRO)
    for m in intro_re.finditer(searched):
        intro = m.group().strip().lower()
        _take_name(text, m.end(), hits, capitals=_NAMING.search(intro) is None)


#: A speaker who opens with their own name, then "here", "speaking" or "calling".
_SIGNED = re.compile(
    r"(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_][\w'’\-]*,?\s+(?:here|speaking|calling)\b"
    r"|(?:[^\W\d_][\w'’.\-]*\s+){0,3}[^\W\d_][\w'’\-]*,?\s+(?:al habla|à l'appareil|am apparat)"
)
_INTRO_HINTS = ("nurse", "doctor", "therapist", "clinician", "caseworker", "advis", "agent",
                "representative", "counsel", "dentist", "midwife", "name", "this is", "it's",
                "i am", "i'm", "llamo", "nombre", "appelle", "nom ",
                "heiße", "heisse", "ich bin", "chiamo", "nome", "nazywam", "imię", "chamo",
                "sou ", "naam", "heet", "heter", "namn", "adım", "зовут", "имя", "contact",
                "my ", "mi ", "ma ", "mon ", "mein", "minha", "meu ", "mio ", "mia ",
                "transfer", "put you", "speak", "ask for")  # fmt: skip
#: The hints as one pattern: one search in C instead of a loop in Python.
_INTRO_HINT = re.compile("|".join(map(re.escape, _INTRO_HINTS)))


def _take_name(text: str, pos: int, hits: list[Hit], *, capitals: bool) -> None:
    start = end = -1
    count = 0
    while count < 4:
        m = _WORD.match(text, pos)
        if m is None:
            break
        word = m.group().rstrip(".’'")
        lowered = word.lower()
        if lowered in voc.NAME_PARTICLES and start >= 0:
            pos = _skip_space(text, m.end())
            continue
        if lowered in _NOT_NAME or (len(word) < 2 and not m.group().endswith(".")):
            break
        if capitals and not word[:1].isupper():
            break
        if len(word) > 1 and word.isupper() and word.isascii():
            break  # an acronym ("I'm HIV positive"), not a name
        if _sensitive_word(word):
            break
        if start < 0:
            start = m.start()
        end = m.start() + len(word)
        count += 1
        nxt = _skip_space(text, m.end())
        if nxt == m.end():  # punctuation or the end: the name is over
            break
        pos = nxt
    if count and not (count == 1 and end - start < 2):
        hits.append(Hit("name", start, end, mask_name(text[start:end])))


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] == " ":
        pos += 1
    return pos
